"""Coverage: for each document and each core headline indicator, whether the report states a target, and
whether a later report states the outcome. A gap never reads as a value: a missing target or outcome is a
row that says so, and says why.

Computed across documents after target_results (the outcome of a target is whether target_results links
it, and whether the report that would state it is in the package). The rules are written in
schemas/coverage.schema.json; this module is those rules.
"""

from __future__ import annotations

from .indicators import facts
from .lexicon import load


def core_codes() -> list[str]:
    """The core headline indicators, in the lexicon's order (lexicon coverage.yml, each a vocabulary code)."""
    codes = list(load("coverage")["core"])
    for c in codes:
        facts(c)  # KeyError: a code that the indicator vocabulary does not have
    return codes


def coverage_rows(tables: dict[str, list[dict]]) -> list[dict]:
    """One row per document and core indicator, documents in package order.

    `tables` holds documents, targets (at least those with an indicator code) and target_results.
    """
    codes = core_codes()
    headline: dict[tuple[str, str], list[dict]] = {}
    for t in tables["targets"]:
        if t["kind"] == "headline" and t.get("indicator_code") in codes:
            headline.setdefault((t["document_id"], t["indicator_code"]), []).append(t)
    results = {r["target_id"]: r for r in tables.get("target_results", [])}
    reports = {(d["region_code"], int(d["plan_year"])) for d in tables["documents"]}
    rows = []
    for d in tables["documents"]:
        for code in codes:
            found = sorted(headline.get((d["document_id"], code), []), key=lambda t: t["char_start"])
            with_figure = [t for t in found if t["value"] is not None]
            t = (with_figure or found or [None])[0]
            target = "stated" if with_figure else "stated-without-figure" if found else "not-found"
            outcome = result = None
            if with_figure:
                result = results.get(t["target_id"])
                year = t["target_year"] if t["target_year"] is not None else int(d["plan_year"])
                outcome = "stated" if result else \
                    "not-stated" if (d["region_code"], year + 1) in reports else "no-report"
            rows.append({
                "document_id": d["document_id"],
                "indicator_code": code,
                "region_code": d["region_code"],
                "plan_year": int(d["plan_year"]),
                "target": target,
                "target_id": t["target_id"] if t else None,
                "outcome": outcome,
                "outcome_id": result["outcome_id"] if result else None,
                "met": result["met"] if result else None,
            })
    return rows
