"""coverage: every document × core indicator is a row; a missing target or outcome says which gap it is."""

from __future__ import annotations

from policydata import schemas
from policydata.coverage import core_codes, coverage_rows
from policydata.indicators import vocabulary


def _doc(doc_id: str, region: str, year: int) -> dict:
    return {"document_id": doc_id, "region_code": region, "plan_year": year}


def _t(doc_id: str, code: str, value: float | None, start: int, kind: str = "headline", year: int = 2023) -> dict:
    return {"target_id": f"{doc_id}-t-{start:08x}", "document_id": doc_id, "indicator_code": code, "kind": kind,
            "value": value, "char_start": start, "target_year": year}


def tables() -> dict:
    docs = [_doc("a-2023", "110000", 2023), _doc("a-2024", "110000", 2024), _doc("b-2023", "120000", 2023)]
    targets = [
        _t("a-2023", "gdp_growth", 5.0, 300),
        _t("a-2023", "gdp_growth", None, 100),  # an earlier mention without a figure: the figure wins
        _t("a-2023", "cpi", 3.0, 400),
        _t("a-2023", "disposable_income_growth", None, 500),
        _t("a-2023", "grain_output", 600.0, 50, kind="horizon"),  # not a headline target
        _t("b-2023", "gdp_growth", 6.0, 10),
    ]
    results = [{"target_id": "a-2023-t-0000012c", "outcome_id": "a-2024-o-00000001", "met": True}]
    return {"documents": docs, "targets": targets, "target_results": results}


def test_each_document_has_a_row_per_core_indicator_in_order():
    rows = coverage_rows(tables())
    assert [(r["document_id"], r["indicator_code"]) for r in rows] == \
        [(d, c) for d in ("a-2023", "a-2024", "b-2023") for c in core_codes()]
    assert coverage_rows(tables()) == rows  # deterministic


def test_targets_and_outcomes_say_which_gap():
    got = {(r["document_id"], r["indicator_code"]): r for r in coverage_rows(tables())}
    gdp = got["a-2023", "gdp_growth"]
    assert (gdp["target"], gdp["target_id"], gdp["outcome"], gdp["outcome_id"], gdp["met"]) == \
        ("stated", "a-2023-t-0000012c", "stated", "a-2024-o-00000001", True)
    cpi = got["a-2023", "cpi"]  # the next report is here but states no outcome that links
    assert (cpi["target"], cpi["outcome"], cpi["outcome_id"], cpi["met"]) == ("stated", "not-stated", None, None)
    income = got["a-2023", "disposable_income_growth"]
    assert (income["target"], income["outcome"]) == ("stated-without-figure", None)
    assert income["target_id"] == "a-2023-t-000001f4"
    grain = got["a-2023", "grain_output"]
    assert (grain["target"], grain["target_id"], grain["outcome"]) == ("not-found", None, None)
    other = got["b-2023", "gdp_growth"]  # no report of 2024 for this government
    assert (other["target"], other["outcome"]) == ("stated", "no-report")
    assert got["a-2024", "gdp_growth"]["target"] == "not-found"


def test_core_codes_are_vocabulary_codes_and_the_schema_lists_them():
    codes = {v["code"] for v in vocabulary()}
    assert set(core_codes()) <= codes and len(core_codes()) == len(set(core_codes()))
    [field] = [f for f in schemas.fields("coverage") if f["name"] == "indicator_code"]
    assert field["constraints"]["enum"] == core_codes()
    assert "coverage" in schemas.RESOURCES and "coverage" not in schemas.PER_DOCUMENT
