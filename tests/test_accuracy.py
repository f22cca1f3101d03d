"""The data card states the measured accuracy of each table: dev-set scores and the latest round of audits of each."""

from __future__ import annotations

import importlib.util
import sys

import yaml

from policydata import accuracy
from policydata.paths import PROJECT_DIR


def _script():
    spec = importlib.util.spec_from_file_location("accuracy_script", PROJECT_DIR / "benchmarks" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _audit(path, verdicts):
    lines = ["row,document_id,chars,before,span,after,fields,verdict,reason"]
    lines += [f"{i},doc-{i % 3},0-1,,x,,,{v},why" for i, v in enumerate(verdicts)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_judged_audit_is_counted_as_the_audit_tool_counts_it(tmp_path):
    path = tmp_path / "targets-2026-12-07-4242.csv"
    _audit(path, ["correct"] * 7 + ["borderline", "wrong", "correct"])
    a = _script().judged(path)
    assert (a["resource"], a["date"], a["seed"]) == ("targets", "2026-12-07", 4242)
    assert (a["rows"], a["correct"], a["borderline"], a["wrong"], a["documents"]) == (10, 8, 1, 1, 3)
    assert a["precision"] == 0.8


def test_an_unjudged_or_misnamed_file_is_not_an_audit(tmp_path):
    script = _script()
    _audit(tmp_path / "targets-2026-12-07-1.csv", ["", ""])
    _audit(tmp_path / "notes.csv", ["correct"])
    assert script.judged(tmp_path / "targets-2026-12-07-1.csv") is None
    assert script.judged(tmp_path / "notes.csv") is None


def test_the_card_shows_dev_scores_and_the_latest_audit_of_each_table(tmp_path):
    record = {"dev": {"date": "2026-12-07", "reports": 9, "scores": {
                  "targets": {"tp": 90, "fp": 5, "fn": 10, "precision": 0.947, "recall": 0.9, "f1": 0.923},
                  "terms": {"tp": 0, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}}},
              "audits": [
                  {"resource": "targets", "date": "2026-12-01", "seed": 1, "rows": 40, "documents": 30, "correct": 30,
                   "borderline": 5, "wrong": 5, "precision": 0.75},
                  {"resource": "targets", "date": "2026-12-07", "seed": 2, "rows": 40, "documents": 33, "correct": 37,
                   "borderline": 2, "wrong": 1, "precision": 0.925}]}
    path = tmp_path / "accuracy.yml"
    path.write_text(yaml.safe_dump(record), encoding="utf-8")
    text = "\n".join(accuracy.section(accuracy.load(path)))
    assert "| targets | 0.947 | 0.900 | 0.923 | 100 |" in text
    assert "| terms | — | — | — | 0 (none in the dev reports) |" in text  # a vacuous 1.000 is not a measure
    assert "| targets | 2026-12-07 | 2 | 40 | 33 | 37 | 2 | 1 | 0.925 |" in text
    assert "0.750" not in text  # only the latest audit of a table is in the table
    assert "2 judged in all" in text


def test_a_round_of_several_samples_is_shown_whole_and_pooled(tmp_path):
    def audit(seed, rnd, correct, borderline, wrong):
        return {"resource": "projects", "date": "2026-12-07", "seed": seed, "round": rnd, "rows": 40, "documents": 30,
                "correct": correct, "borderline": borderline, "wrong": wrong, "precision": correct / 40}

    record = {"audits": [audit(1, 100, 20, 10, 10), audit(2, 200, 30, 6, 4), audit(3, 200, 34, 4, 2)]}
    path = tmp_path / "accuracy.yml"
    path.write_text(yaml.safe_dump(record), encoding="utf-8")
    text = "\n".join(accuracy.section(accuracy.load(path)))
    assert "| projects | 2026-12-07 | 2 | 40 | 30 | 30 | 6 | 4 | 0.750 |" in text
    assert "| projects | 2026-12-07 | 3 | 40 | 30 | 34 | 4 | 2 | 0.850 |" in text
    assert "| projects | pooled | | 80 | | 64 | 10 | 6 | 0.800 |" in text
    assert "0.500" not in text  # the round before is not the latest


def test_without_a_record_the_card_says_so(tmp_path):
    assert "Not measured for this build." in accuracy.section(accuracy.load(tmp_path / "none.yml"))
