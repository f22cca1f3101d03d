"""The traps of filling a table in a spreadsheet, each caught with a message that says what to type instead.

Rows are our own, in the genre's phrasing; the XLSX is the one `policydata template` writes, filled with openpyxl
as someone would fill it in Excel.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from policydata import schemas
from policydata.agency.templates import write_templates
from policydata.validation import check_paths
from policydata.validation.report import render_json, render_text
from policydata.validation.sources import Table, xlsx_batches

PROGRAM = {"program_id": "P1", "document_id": "town-2023", "level": 1, "label": "一", "title": "加快建设现代化产业体系"}
TARGET = {"target_id": "T1", "document_id": "town-2023", "program_id": "P1", "kind": "headline",
          "indicator": "城镇居民人均可支配收入", "comparator": "approx", "direction": "up", "unit": "%",
          "aspirational": False, "target_year": 2023, "source_text": "城镇居民人均可支配收入增长6%左右"}


def fill(path: Path, rows: list[dict], formats: dict[str, str] | None = None) -> None:
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    names = [c.value for c in ws[2]]
    for i, row in enumerate(rows, start=3):
        for name, value in row.items():
            cell = ws.cell(row=i, column=names.index(name) + 1)
            cell.value = value
            if formats and name in formats:
                cell.number_format = formats[name]
    wb.save(path)


@pytest.fixture
def tables(tmp_path) -> Path:
    write_templates(["programs", "targets"], "xlsx", "zh", tmp_path, "exchange", None)
    fill(tmp_path / "programs.xlsx", [PROGRAM])
    return tmp_path


def check(folder: Path, lang: str = "en"):
    results = check_paths([folder / "programs.xlsx", folder / "targets.xlsx"])
    return results, render_text(results, lang, 20)


def test_a_percent_typed_in_excel_reads_as_the_number_seen(tables):
    """6% typed in Excel is stored as 0.06 with a percent format: it is read as 6, and said so."""
    fill(tables / "targets.xlsx", [dict(TARGET, value=0.06)], formats={"value": "0%"})
    results, text = check(tables)
    targets = results[1]
    assert targets.valid, text
    report = json.loads(render_json(results, "en", 20))
    [note] = [n for n in report["files"][1]["notes"] if n["kind"] == "percent-cells"]
    assert note["column"] == "value" and note["rows"] == 1
    header, batches = xlsx_batches(Table(tables / "targets.xlsx", "xlsx"), set(schemas.field_names("targets")))
    assert next(batches).column("value").to_pylist() == ["6"]


def test_chinese_ways_of_writing_numbers_get_a_suggestion(tables):
    fill(tables / "targets.xlsx", [dict(TARGET, value="约8%"), dict(TARGET, target_id="T2", value=8, target_year="二〇二五")])
    results, en = check(tables)
    assert not results[1].valid
    assert "'约8%' is not a number. Expected a number (did you mean 8? Put approx in the comparator column and % " \
           "in the unit column)" in en
    assert "'二〇二五' is not an integer. Expected an integer (did you mean 2025?)" in en
    _, zh = check(tables, "zh")
    assert "（是否应为 8？另在comparator 列填写 approx，unit 列填写 %）" in zh and "（是否应为 2025？）" in zh


def test_unknown_units_are_a_warning_with_the_nearest_known_unit(tables):
    fill(tables / "targets.xlsx", [dict(TARGET, value=6, unit="百分比"), dict(TARGET, target_id="T2", value=3, unit="万个人")])
    results, en = check(tables)
    assert results[1].valid  # a warning, not an error
    assert "the unit '百分比' (1 row(s)) is not one the standard knows (did you mean '%'?)" in en
    assert "the unit '万个人' (1 row(s)) is not one the standard knows (did you mean '万人'?)" in en


def test_a_reference_that_does_not_exist_lists_the_ids_that_do(tables):
    fill(tables / "targets.xlsx", [dict(TARGET, value=6, program_id="P2")])
    _, en = check(tables)
    assert "'P2' is not a programs.program_id in the tables given" in en and "(it has P1)" in en


def test_required_marks_in_the_header_and_optional_columns_left_out(tmp_path):
    """Headers `indicator*` as on forms; optional columns absent: a note, not one error per column."""
    required = [f["name"] for f in schemas.fields("targets") if f.get("constraints", {}).get("required")]
    row = dict(TARGET, char_start=0, char_end=len(TARGET["source_text"]))
    path = tmp_path / "targets.csv"
    path.write_text(",".join(n + "*" for n in required) + "\n" + ",".join(str(row[n]) for n in required) + "\n",
                    encoding="utf-8")
    results = check_paths([path])
    text = render_text(results, "en", 20)
    assert results[0].valid, text
    assert "optional columns left out (their cells count as empty): " in text


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_a_chinese_message_has_no_english_words(tmp_path, delimiter):
    path = tmp_path / "targets.csv"
    names = schemas.field_names("targets")
    path.write_text(delimiter.join(names) + "\n", encoding="utf-8")
    text = render_text(check_paths([path]), "zh", 20)
    [line] = [x for x in text.splitlines() if "分隔" in x]
    # Field names, ids and commands are names, not words of a sentence: drop them, then no Latin word is left.
    prose = re.sub(r"`[^`]*`|\b(?:%s)\b" % "|".join(map(re.escape, names)), "", line)
    assert not re.search(r"[A-Za-z]{2,}", prose.replace("targets.csv", "").replace(str(tmp_path), "")), line


def test_the_template_example_row_is_one_coherent_target():
    """The example row: a range comparator with both ends, the unit of a percentage, offsets spanning the text."""
    ex = {f["name"]: f.get("example") for f in schemas.fields("targets")}
    assert ex["comparator"] == "range" and ex["value"] < ex["value_max"]
    assert f"{ex['value']:g}{ex['unit']}" in ex["source_text"] and f"{ex['value_max']:g}{ex['unit']}" in ex["source_text"]
    assert ex["indicator"] in ex["source_text"]
    assert ex["char_end"] - ex["char_start"] == len(ex["source_text"])
    project = {f["name"]: f.get("example") for f in schemas.fields("projects")}
    assert project["name"] in project["source_text"] and project["action"] in project["source_text"]
    assert project["char_end"] - project["char_start"] == len(project["source_text"])
