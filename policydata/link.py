"""Targets linked to the results the same government later reported: did it reach them?

Runs across documents after assembly: a target of one report is checked against an outcome stated
in another (normally the next year's review). The rule that decides `met` is written in
schemas/target_results.schema.json; this module is that rule.
"""

from __future__ import annotations

import math
import re

from .indicators import approx_tolerance, facts

_AVERAGE = re.compile(r"年均|平均每年|每年平均")
# a goal counted over its span (五年新增…, 三年累计…, 今后五年…): a sum of the years, not one year's level
_SPAN_SUM = re.compile(r"(?<![第\d〇零一二两三四五六七八九十百])[两二三四五六七八九十\d]年(?![底末前后级])|累计|新增")
_CHANGE_KINDS = ("growth", "ceiling")  # rates of change: a value without a direction is a rise


def target_basis(target: dict) -> str:
    """annual for a year's target; for a multi-year goal, average (年均), cumulative (a change, or a count over
    its span: 五年新增…), else annual (a level)."""
    if target["kind"] != "horizon":
        return "annual"
    if _AVERAGE.search(target["source_text"]):
        return "average"
    return "cumulative" if target["direction"] or _SPAN_SUM.search(target["source_text"]) else "annual"


def _direction(row: dict, kind: str) -> str | None:
    return row["direction"] or ("up" if kind in _CHANGE_KINDS else None)


def _along(value: float, direction: str | None, target_direction: str | None) -> float:
    """A value measured along the target's direction: a fall counts positive against a target to fall."""
    signed = -value if direction == "down" else value
    return -signed if target_direction == "down" else signed


def _outcome_interval(o: dict, kind: str, target_direction: str | None) -> tuple[float, float]:
    """The outcome as an interval along the target's direction (超过5% is (5, +inf), 左右 the value itself)."""
    d = _direction(o, kind)
    v = _along(o["base_value"], d, target_direction)
    vmax = _along(o["base_value"] / o["value"] * o["value_max"], d, target_direction) \
        if o["value_max"] is not None and o["value"] else None
    flipped = (d == "down") != (target_direction == "down")  # the interval turns round when the sign flips
    c = o["comparator"]
    if c == "range" and vmax is not None:
        return (min(v, vmax), max(v, vmax))
    if c in ("gt", "ge"):
        return (-math.inf, v) if flipped else (v, math.inf)
    if c in ("lt", "le"):
        return (v, math.inf) if flipped else (-math.inf, v)
    return (v, v)


def _wants_more(better: str, target_direction: str | None) -> bool:
    """Whether more along the target's direction is better: a rise in GDP, a fall in energy intensity (not in CPI)."""
    return (better == "down") == (target_direction == "down")


def decide(target: dict, outcome: dict, code_facts: dict) -> tuple[float | None, bool | None]:
    """(difference, met) of a target and its outcome, by the rule in the schema's description."""
    kind = code_facts["kind"]
    if target["base_value"] is None or not target["comparator"]:
        return None, None
    td = _direction(target, kind)
    tv = target["base_value"]
    scale = tv / target["value"] if target["value"] else 1.0
    tmax = target["value_max"] * scale if target["value_max"] is not None else None
    wants_more = _wants_more(code_facts["better"], td)
    c = target["comparator"]
    lo, hi = _outcome_interval(outcome, kind, td)
    if c in ("ge", "gt") or (c in ("eq", "approx", "range") and wants_more):
        bound = tv * (1 - approx_tolerance()) if c == "approx" else tv
        strict = c == "gt"
        met = True if (lo > bound or (lo == bound and not strict)) else \
            False if (hi < bound or (hi == bound and strict)) else None
        reference = tv
    else:
        if c == "range":
            bound = tmax if tmax is not None else tv
        else:
            bound = tv * (1 + approx_tolerance()) if c == "approx" else tv
        strict = c == "lt"
        met = True if (hi < bound or (hi == bound and not strict)) else \
            False if (lo > bound or (lo == bound and strict)) else None
        reference = tmax if c == "range" and tmax is not None else tv
    stated = _along(outcome["base_value"], _direction(outcome, kind), td)
    return round(stated - reference, 9), met


def _compatible(target: dict, outcome: dict, kind: str) -> bool:
    if target["base_unit"] is not None and outcome["base_unit"] != target["base_unit"]:
        return False
    if kind not in _CHANGE_KINDS and (target["direction"] or outcome["direction"]):
        return False  # a change in a level is not the level
    return outcome["basis"] == target_basis(target)


def pick_outcome(candidates: list[tuple[int, dict]], docs: dict[str, dict], year: int) -> dict:
    """The outcome to check a target of `year` against, among (row index, outcome) candidates:
    a stated result before an estimate, then the earliest report after the year, then table order."""
    def rank(item):
        i, o = item
        plan = docs[o["document_id"]]["plan_year"]
        return (o["estimate"], plan <= year, abs(plan - year - 1), i)
    return min(candidates, key=rank)[1]


def target_result_rows(tables: dict[str, list[dict]]) -> list[dict]:
    """One row per target with an indicator code that a report of the same government answers.

    The outcome is the one for the same region_code, indicator_code, year and basis, in the target's
    base unit: a result before an estimate, then the earliest report after the year, then text order.
    """
    docs = {d["document_id"]: d for d in tables["documents"]}
    by_key: dict[tuple, list[tuple[int, dict]]] = {}
    for i, o in enumerate(tables.get("outcomes", [])):
        if o["indicator_code"] is None:
            continue
        key = (docs[o["document_id"]]["region_code"], o["indicator_code"], o["year"])
        by_key.setdefault(key, []).append((i, o))
    rows = []
    for t in tables["targets"]:
        code = t.get("indicator_code")
        if code is None or t["target_year"] is None:
            continue
        region = docs[t["document_id"]]["region_code"]
        kind = facts(code)["kind"]
        found = [(i, o) for i, o in by_key.get((region, code, t["target_year"]), []) if _compatible(t, o, kind)]
        if not found:
            continue
        o = pick_outcome(found, docs, t["target_year"])
        difference, met = decide(t, o, facts(code))
        rows.append({
            "target_id": t["target_id"],
            "document_id": t["document_id"],
            "outcome_id": o["outcome_id"],
            "outcome_document_id": o["document_id"],
            "region_code": region,
            "indicator_code": code,
            "year": t["target_year"],
            "comparator": t["comparator"],
            "direction": t["direction"],
            "target_value": t["base_value"],
            "target_value_max": (t["value_max"] * (t["base_value"] / t["value"])
                                 if t["value_max"] is not None and t["value"] else t["value_max"]),
            "outcome_comparator": o["comparator"],
            "outcome_direction": o["direction"],
            "outcome_value": o["base_value"],
            "unit": o["base_unit"],
            "difference": difference,
            "met": met,
            "estimate": o["estimate"],
        })
    return rows
