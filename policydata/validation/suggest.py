"""What a cell typed the way people write in Chinese probably means: `约8%` is the number 8 with the
comparator approx, `二〇二五` the year 2025. Words come from the quantity lexicon, not from this module."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import load
from ..grammar.numerals import cn_to_int

_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$")


@dataclass(frozen=True)
class Reading:
    value: str  # the number to type instead
    comparator: str | None = None  # the comparator the words said (approx, ge, …), for its own column
    unit: str | None = None  # the unit written after the number (%), for the unit column


@lru_cache(maxsize=1)
def _comparator_words() -> list[tuple[str, str, bool]]:
    """(word, comparator, before the number?) longest first."""
    comps = load("quantities")["comparators"]
    out = [(w, c, side == "before") for side in ("before", "after") for c, words in comps[side].items() for w in words]
    return sorted(out, key=lambda x: -len(x[0]))


@lru_cache(maxsize=1)
def known_units() -> frozenset[str]:
    """Every unit the quantity lexicon knows, with the magnitudes a count or an amount may carry (万人, 亿元)."""
    lex = load("quantities")
    mags = [""] + list(lex["magnitudes"])
    out = set(lex["magnitudes"])  # a bare magnitude is a unit as written (3万: unit 万)
    for kind, units in lex["units"].items():
        for u in units:
            out.update(m + u for m in (mags if kind in ("amount", "measure") else [""]))
    return frozenset(out)


def nearest(value: str, known, n: int = 1) -> list[str]:
    """The known units closest to `value`: a word the lexicon names for a unit (百分比 → %) first, else by spelling."""
    named = load("quantities").get("unit_words", {}).get(value)
    if named:
        return [named]
    return difflib.get_close_matches(value, sorted(known), n=n, cutoff=0.5)


def read_number(text: str, ftype: str) -> Reading | None:
    """The number a cell means, when it is not one as typed; None when there is no sure reading."""
    s = text.strip().replace("％", "%").replace("，", "")
    comparator = None
    for word, comp, before in _comparator_words():
        if before and s.startswith(word):
            s, comparator = s[len(word):].strip(), comp
            break
        if not before and s.endswith(word):
            s, comparator = s[:-len(word)].strip(), comp
            break
    unit = None
    if s.endswith("%"):
        s, unit = s[:-1].strip(), "%"
    if ftype == "integer" and s.endswith("年"):
        s = s[:-1]
    if _NUMBER.match(s):
        number = s
    else:
        n = cn_to_int(s)
        if n is None:
            return None
        number = str(n)
    if number == text.strip():
        return None
    return Reading(number, comparator, unit)
