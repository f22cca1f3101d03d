"""The indicator vocabulary (lexicon/indicators.yml): one code for what reports name in many ways.

`targets.indicator` and `outcomes.indicator` keep each report's own words (地区生产总值, 生产总值,
国内生产总值, 经济增长速度); `indicator_code` maps them to one code per indicator and kind of value,
so that a target can be compared with the result a later report states.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .grammar.quantities import unit_table
from .lexicon import load
from .text import fold

_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _lex() -> dict:
    return load("indicators")


@lru_cache(maxsize=1)
def vocabulary() -> list[dict]:
    """Every code, in the order of the lexicon: code, family, kind, units, better, zh, en."""
    out = []
    for fam in _lex()["families"]:
        for code, facts in fam["codes"].items():
            out.append({"code": code, "family": fam["family"], **facts})
    return out


@lru_cache(maxsize=1)
def _by_code() -> dict[str, dict]:
    return {v["code"]: v for v in vocabulary()}


def wordings(family: str) -> list[str]:
    """The wordings of a family, as listed in the lexicon."""
    return next(f["wordings"] for f in _lex()["families"] if f["family"] == family)


def facts(code: str) -> dict:
    """The vocabulary entry of a code (KeyError for an unknown one)."""
    return _by_code()[code]


def approx_tolerance() -> float:
    return float(_lex()["approx_tolerance"])


@lru_cache(maxsize=1)
def _matchers() -> tuple[dict[str, dict], list[tuple[re.Pattern, dict]]]:
    words, patterns = {}, []
    for fam in _lex()["families"]:
        for w in fam["wordings"]:
            words.setdefault(_norm(w), fam)
        for p in fam.get("patterns", []):
            patterns.append((re.compile(p), fam))
    return words, patterns


@lru_cache(maxsize=1)
def _strip_lists() -> tuple[list[str], list[str], re.Pattern]:
    L = _lex()
    lead = sorted(L["leading"], key=len, reverse=True)
    trail = sorted(L["trailing"] + L["growth_words"], key=len, reverse=True)
    return lead, trail, re.compile(L["year_prefix"])


@lru_cache(maxsize=1)
def _base_units() -> dict[str, str]:
    table: dict[str, str] = {}
    for written, base, kind, _scale in unit_table():
        table.setdefault(written, base if kind != "bare" else "")
    return table


def base_unit(unit: str | None) -> str | None:
    """The unit without its magnitude prefix (万亿元 → 元, 万人 → 人, % → %); None when unknown."""
    if not unit:
        return None
    return _base_units().get(fold(unit), fold(unit))


def _norm(s: str) -> str:
    return _SPACE.sub("", fold(s))


@lru_cache(maxsize=1 << 15)  # pure in s; the same shortened readings recur across rows
def _family(s: str) -> dict | None:
    words, patterns = _matchers()
    if s in words:
        return words[s]
    return next((fam for p, fam in patterns if p.fullmatch(s)), None)


def _candidates(indicator: str):
    """The indicator, then shorter readings of it: place, time and framing words stripped from its edges."""
    lead, trail, year = _strip_lists()
    s = _norm(indicator)
    yield s
    changed = True
    while changed and s:
        changed = False
        m = year.match(s)
        if m and m.end() < len(s):
            s, changed = s[m.end():], True
        else:
            w = next((w for w in lead if s.startswith(w) and len(s) > len(w)), None)
            if w:
                s, changed = s[len(w):], True
        if changed:
            yield s
    changed = True
    while changed and s:
        w = next((w for w in trail if s.endswith(w) and len(s) > len(w)), None)
        changed = w is not None
        if changed:
            s = s[: -len(w)]
            yield s


def family_of(indicator: str | None) -> str | None:
    """The family (gdp, cpi, …) an indicator's wording names, or None."""
    if not indicator:
        return None
    for c in _candidates(indicator):
        fam = _family(c)
        if fam is not None:
            return fam["family"]
    return None


@lru_cache(maxsize=8192)  # pure in its arguments, and the same wordings recur across rows and reports
def indicator_code(indicator: str | None, unit: str | None = None) -> str | None:
    """The vocabulary code of a row's indicator, or None when it is not in the vocabulary.

    The wording picks the family; the unit picks the code within it (地区生产总值 with % is
    gdp_growth, with 亿元 gdp). A row without a unit (a headline sentence without a number) takes
    the family's default code; a unit no code of the family takes (粮食产量 in %, 城镇登记失业率
    in 个百分点) gives None: the code says what kind of value the row holds.
    """
    if not indicator:
        return None
    fam = next((f for f in (_family(c) for c in _candidates(indicator)) if f is not None), None)
    if fam is None:
        return None
    codes = fam["codes"]
    if not unit:
        return fam["default"]
    base = base_unit(unit)
    return next((code for code, f in codes.items() if base in f["units"]), None)


def with_indicator_codes(rows: list[dict]) -> list[dict]:
    """Fill `indicator_code` of target rows in place from their indicator and unit (and return them)."""
    for row in rows:
        row["indicator_code"] = indicator_code(row["indicator"], row["unit"])
    return rows
