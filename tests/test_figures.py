"""The targets-and-outcomes figure, and a publication that carries outcomes, target_results and figures."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from policydata import publish
from policydata.publish import memory
from policydata.extract.registry import extract
from policydata.figures import gdp_growth_series, write_figures
from policydata.ingest import load_document
from policydata.paths import PROJECT_DIR

YEARS = (2013, 2014, 2015)  # three national reports: targets of 2013-2015, outcomes of 2012-2014
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def tables():
    return memory.assemble([extract(load_document(PROJECT_DIR / "raw" / f"national-{y}")) for y in YEARS])


def test_series_pairs_targets_and_outcomes(tables):
    [s] = gdp_growth_series(tables)
    assert (s.region_code, s.name) == ("100000", "国务院 (中华人民共和国)")
    assert sorted(s.targets) == [2013, 2014, 2015] and sorted(s.outcomes) == [2013, 2014]  # from the first pair
    assert (s.targets[2014]["value"], s.outcomes[2014]["value"]) == (7.5, 7.4)


def test_the_figure_renders_and_names_its_series(tables, tmp_path):
    [path] = write_figures(tables, tmp_path / "figures")
    assert path.name == "gdp-growth-100000.svg"
    root = ET.parse(path).getroot()  # well-formed SVG
    assert root.tag == f"{SVG}svg"
    texts = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "国务院" in texts and "100000" in texts and "GDP growth" in texts
    assert "target" in texts and "outcome" in texts
    assert "Noto Sans CJK SC" in path.read_text(encoding="utf-8")  # the viewer has fonts to draw the Chinese
    [again] = write_figures(tables, tmp_path / "again")
    assert again.read_bytes() == path.read_bytes()  # deterministic


def test_a_figure_whose_series_did_not_change_is_not_drawn_again(tables, tmp_path, monkeypatch):
    from policydata import figures

    [plain] = write_figures(tables, tmp_path / "plain")
    [first] = write_figures(tables, tmp_path / "first", tmp_path / "cache")
    assert first.read_bytes() == plain.read_bytes()

    def no_drawing(series):
        raise AssertionError(f"{series.filename} drawn again")

    monkeypatch.setattr(figures, "svg", no_drawing)
    [again] = write_figures(tables, tmp_path / "again", tmp_path / "cache")
    assert again.read_bytes() == plain.read_bytes()
    changed = {**tables, "targets": [dict(r, value=r["value"] + 1) if r.get("value") is not None else r
                                     for r in tables["targets"]]}
    with pytest.raises(AssertionError, match="drawn again"):  # a changed series is drawn
        write_figures(changed, tmp_path / "changed", tmp_path / "cache")


def test_no_series_no_figure(tmp_path):
    docs = [{"document_id": "x-2021", "region_code": "110105", "plan_year": 2021, "issuer": "某区人民政府",
             "region_name": "某区"}]
    assert write_figures({"documents": docs, "targets": [], "outcomes": []}, tmp_path) == []


def test_publishing_gives_valid_outcomes_target_results_and_figures(tmp_path):
    raw = tmp_path / "raw"
    for y in YEARS:
        shutil.copytree(PROJECT_DIR / "raw" / f"national-{y}", raw / f"national-{y}")
    out = tmp_path / "datapackage"
    publish.run(raw, out)  # validates before it swaps: a package that is there is valid
    proc = subprocess.run([str(Path(sys.executable).parent / "frictionless"), "validate", str(out / "datapackage.json")],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:]
    with open(out / "data" / "target_results.csv", encoding="utf-8-sig", newline="") as f:
        results = list(csv.DictReader(f))
    with open(out / "data" / "outcomes.csv", encoding="utf-8-sig", newline="") as f:
        outcomes = {r["outcome_id"]: r for r in csv.DictReader(f)}
    gdp = [r for r in results if r["indicator_code"] == "gdp_growth" and r["year"] == "2014"]
    assert gdp and gdp[0]["met"] == "true" and outcomes[gdp[0]["outcome_id"]]["value"] == "7.4"
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "(figures/gdp-growth-100000.svg)" in card and (out / "figures" / "gdp-growth-100000.svg").is_file()
    assert "`gdp_growth`" in card and "Registered urban unemployment rate" in card  # the vocabulary, in English
