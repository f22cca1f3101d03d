"""The standard as other agencies use it: templates, the exchange profile, fix-it messages, minted ids,
and schemas that can be cited."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from policydata import schemas, standard
from policydata.paths import SCHEMA_DIR
from published import published_package

CLI = str(Path(sys.executable).parent / "policydata")


def cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, *map(str, args)], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    return published_package(tmp_path_factory.getbasetemp() / "published")


# What an agency types in: its own ids, no offsets, no text. The sentences are in the genre's shapes.
PROGRAM = {"program_id": "P1", "document_id": "city-2021", "level": 1, "label": "一", "title": "推动经济高质量发展"}
TARGETS = [
    {"target_id": "T1", "document_id": "city-2021", "program_id": "P1", "kind": "headline", "indicator": "地区生产总值",
     "comparator": "approx", "direction": "up", "value": 6, "unit": "%", "base_value": 6, "base_unit": "%",
     "aspirational": False, "target_year": 2021, "source_text": "地区生产总值增长6%左右"},
    {"target_id": "T2", "document_id": "city-2021", "program_id": "P1", "kind": "task", "indicator": "城镇新增就业",
     "comparator": "ge", "value": 1.2, "unit": "万人", "base_value": 12000, "base_unit": "人", "aspirational": True,
     "target_year": 2021, "source_text": "城镇新增就业1.2万人以上"},
]


def fill(path: Path, rows: list[dict]) -> None:
    """Fill the data sheet below the titles and the field names, as someone would with openpyxl."""
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    names = [c.value for c in ws[2]]
    for i, row in enumerate(rows, start=3):
        for name, value in row.items():
            ws.cell(row=i, column=names.index(name) + 1).value = value
    wb.save(path)


def templates(out: Path, *resources: str, lang: str = "zh") -> None:
    proc = cli("template", *resources, "--format", "xlsx", "--lang", lang, "--out", out)
    assert proc.returncode == 0, proc.stderr


def validate_json(*args) -> tuple[int, dict]:
    proc = cli("validate", *args, "--json")
    return proc.returncode, json.loads(proc.stdout)


def test_filled_xlsx_template_passes_the_exchange_profile(tmp_path):
    templates(tmp_path, "programs", "targets")
    fill(tmp_path / "programs.xlsx", [PROGRAM])
    fill(tmp_path / "targets.xlsx", TARGETS)
    proc = cli("validate", tmp_path / "programs.xlsx", tmp_path / "targets.xlsx", "--profile", "exchange", "--lang", "zh")
    assert proc.returncode == 0, proc.stdout
    assert "共2个文件：2个有效，0个无效，0个无法读取" in proc.stdout
    code, report = validate_json(tmp_path, "--lang", "en")  # files: exchange by default
    assert code == 0 and {f["profile"] for f in report["files"]} == {"exchange"}
    assert [f["rows"] for f in report["files"]] == [1, 2] and report["files"][1]["header_row"] == 2
    notes = [n["message"] for n in report["files"][1]["notes"]]
    assert any("document_id → documents.document_id not checked" in n for n in notes)  # no documents table given
    assert not any("program_id" in n for n in notes)  # programs was given: checked among the tables given


def test_the_publication_profile_rejects_the_same_tables(tmp_path):
    templates(tmp_path, "programs", "targets")
    fill(tmp_path / "programs.xlsx", [PROGRAM])
    fill(tmp_path / "targets.xlsx", TARGETS)
    code, report = validate_json(tmp_path, "--profile", "publication", "--lang", "en")
    kinds = {(e["kind"], e["column"]) for f in report["files"] for e in f["errors"]}
    assert code == 1 and {("pattern", "target_id"), ("pattern", "program_id"), ("required", "char_start")} <= kinds
    pattern = next(e for e in report["files"][1]["errors"] if e["kind"] == "pattern" and e["column"] == "target_id")
    assert "policydata ids" in pattern["hint"]["command"] and "--profile exchange" in pattern["hint"]["command"]


def test_bad_enum_missing_value_and_duplicate_id_are_explained_in_chinese(tmp_path):
    templates(tmp_path, "targets")
    bad = dict(TARGETS[1], kind="重点目标", indicator=None, target_id="T1")
    fill(tmp_path / "targets.xlsx", [TARGETS[0], bad])
    proc = cli("validate", tmp_path / "targets.xlsx", "--profile", "exchange", "--lang", "zh")
    assert proc.returncode == 1
    errors = [line.strip() for line in proc.stdout.splitlines() if line.startswith("    第")]
    assert errors == [
        "第4行，kind列（类型）：“重点目标”不是允许的值。应为以下之一：headline, horizon, task（模板中可从下拉列表选择），"
        "例如“headline”",
        "第4行，indicator列（指标）：必填，但单元格为空。请填写指标，例如“地区生产总值”",
        "第4行，target_id列（目标编号）：编号“T1”与第3行重复。每行的 target_id 须互不相同（任意文字均可，在同一资源内唯一），"
        "例如“tj-heping-2020-t-9f8e7d6c”。`policydata ids 表格… --out 目录` 可按文件编号和各行内容生成编号",
    ]
    code, report = validate_json(tmp_path / "targets.xlsx", "--lang", "zh")
    for e in report["files"][0]["errors"]:
        assert e["row"] == 4 and e["column"] and e["hint"]["expected"] and e["hint"]["example"]


def test_template_has_drop_downs_on_enum_columns_and_explains_each_field(tmp_path):
    for name in ("targets", "projects", "source_issues", "programs"):
        templates(tmp_path, name)
        wb = load_workbook(tmp_path / f"{name}.xlsx")
        ws = wb.worksheets[0]
        names = [c.value for c in ws[2]]
        assert names == schemas.field_names(name)
        assert [c.value.rstrip(" *") for c in ws[1]] == [f["title_zh"] for f in schemas.fields(name)]
        lists = {}
        for dv in ws.data_validations.dataValidation:
            col = str(dv.sqref).split(":")[0].rstrip("0123456789")
            assert str(dv.sqref).startswith(f"{col}3:") and dv.prompt  # input message from the description
            if dv.type == "list":
                formula = dv.formula1
                if formula.startswith('"'):
                    values = formula.strip('"').split(",")
                else:  # a long list lives in the hidden sheet
                    sheet, cells = formula.split("!")
                    first, last = (c.replace("$", "") for c in cells.split(":"))
                    values = [c.value for row in wb[sheet][first:last] for c in row]
                lists[names[ord(col) - ord("A")]] = values
        for f in schemas.fields(name):
            c = f.get("constraints", {})
            if "enum" in c:
                assert lists.get(f["name"]) == [str(v) for v in c["enum"]], (name, f["name"])
            elif f["type"] == "boolean":
                assert lists.get(f["name"]) == ["true", "false"]
        letters = {f["name"]: chr(ord("A") + i) for i, f in enumerate(schemas.fields(name))}
        for f in schemas.fields(name):
            fmt = ws.column_dimensions[letters[f["name"]]].number_format
            assert fmt == {"integer": "0", "date": "yyyy-mm-dd", "string": "@"}.get(f["type"], "General")
        doc = wb.worksheets[1]
        text = [[c.value for c in row] for row in doc.iter_rows()]
        described = {row[0]: row for row in text if row and row[0] in names}
        assert set(described) == set(names)
        assert any(f"policydata validate {name}.xlsx --profile exchange" in (row[0] or "") for row in text)
        assert text[-2][:len(names)] == names  # the example row, under the field names
        assert [v for v in text[-1] if v is not None] == [json.dumps(f["example"]) if isinstance(f["example"], bool)
                                                          else f["example"] for f in schemas.fields(name)
                                                          if f["example"] not in (None, "")]


def test_templates_are_deterministic_and_csv_is_the_header(tmp_path):
    templates(tmp_path / "a", "documents", "terms", lang="en")
    templates(tmp_path / "b", "documents", "terms", lang="en")
    for name in ("documents", "terms"):
        assert (tmp_path / "a" / f"{name}.xlsx").read_bytes() == (tmp_path / "b" / f"{name}.xlsx").read_bytes()
    assert load_workbook(tmp_path / "a" / "documents.xlsx").worksheets[0]["A1"].value == "Document id *"
    proc = cli("template", "targets", "--format", "csv", "--out", tmp_path / "c")
    assert proc.returncode == 0
    with open(tmp_path / "c" / "targets.csv", encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f)) == [schemas.field_names("targets")]
    proc = cli("template", "budgets", "--out", tmp_path / "d")
    assert proc.returncode == 2 and "'budgets' is not one of 'documents'" in proc.stderr and "\n" == proc.stderr[-1:]


def test_every_schema_example_row_is_valid(tmp_path):
    """The templates show the schema's examples: each resource's example row passes the publication profile."""
    for name in schemas.RESOURCES:
        fields = schemas.fields(name)
        assert all("example" in f for f in fields), name
        row = ["" if f["example"] is None else json.dumps(f["example"]) if isinstance(f["example"], bool)
               else str(f["example"]) for f in fields]
        with open(tmp_path / f"{name}.csv", "w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows([[x["name"] for x in fields], row])
        code, report = validate_json(tmp_path / f"{name}.csv", "--profile", "publication", "--lang", "en")
        assert code == 0, report["files"][0]["errors"]


def test_offsets_are_required_and_checked_where_the_text_is_given(package, tmp_path):
    """Exchange: offsets are optional, unless the document's text is beside the tables (text/)."""
    shutil.copytree(package / "text", tmp_path / "text")
    with open(package / "data" / "targets.csv", encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    a, b, src = header.index("char_start"), header.index("char_end"), header.index("source_text")
    rows[0][a] = rows[0][b] = ""  # row 2: offsets left out although the text is given
    rows[1][a] = str(int(rows[1][a]) + 1)  # row 3: one character off
    rows[2][b] = "99999999"  # row 4: past the end of the text
    with open(tmp_path / "targets.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header] + rows)
    code, report = validate_json(tmp_path, "--lang", "en")
    errors = {(e["kind"], e["row"], e["column"]) for e in report["files"][0]["errors"]}
    assert code == 1 and errors == {("required", 2, "char_start"), ("required", 2, "char_end"),
                                    ("span-text", 3, "source_text"), ("span-range", 4, "char_end")}
    [span] = [e for e in report["files"][0]["errors"] if e["kind"] == "span-text"]
    assert span["found"] == rows[1][src][1:][:60] or span["found"].startswith(rows[1][src][1:5])
    shutil.rmtree(tmp_path / "text")  # without the text: nothing required, nothing checked, and said so
    code, report = validate_json(tmp_path, "--lang", "en")
    assert code == 0 and [n["kind"] for n in report["files"][0]["notes"]] == ["fk-unchecked"] * 2 + ["spans-unchecked"]
    code, report = validate_json(tmp_path, "--lang", "en", "--texts", package / "text")
    assert code == 1 and report["files"][0]["error_count"] == 4


def test_ids_mint_the_published_ids_from_an_agencys_own(package, tmp_path):
    """Give programs and targets ids of one's own; `policydata ids` gives back exactly the published tables."""
    own = tmp_path / "own"
    own.mkdir()
    read = {}
    for name in ("programs", "targets", "source_issues"):
        with open(package / "data" / f"{name}.csv", encoding="utf-8-sig", newline="") as f:
            read[name] = list(csv.reader(f))
    ph, *programs = read["programs"]
    new = {r[0]: f"P{i}" for i, r in enumerate(programs)}
    programs = [[new[r[0]], r[1], new.get(r[2], r[2]), *r[3:]] for r in programs]
    th, *targets = read["targets"]
    targets = [[f"T{i}", r[1], new.get(r[2], r[2]), *r[3:]] for i, r in enumerate(targets)]
    sh, *issues = read["source_issues"]
    issues = [[f"Q{i}", *r[1:]] for i, r in enumerate(issues)]
    for name, rows in (("programs", [ph] + programs), ("targets", [th] + targets), ("source_issues", [sh] + issues)):
        with open(own / f"{name}.csv", "w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows(rows)
    proc = cli("ids", own, "--out", tmp_path / "minted")
    assert proc.returncode == 2 and "no text/" in proc.stderr  # source_issues ids are made from the text
    proc = cli("ids", own, "--out", tmp_path / "minted", "--texts", package / "text")
    assert proc.returncode == 0, proc.stderr
    for name in ("programs", "targets", "source_issues"):
        assert (tmp_path / "minted" / f"{name}.csv").read_bytes() == (package / "data" / f"{name}.csv").read_bytes()
    proc = cli("validate", tmp_path / "minted", "--profile", "publication", "--texts", package / "text", "--lang", "en")
    assert proc.returncode == 0, proc.stdout


def test_ids_need_a_document_id_fit_for_ids(tmp_path):
    with open(tmp_path / "terms.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([schemas.field_names("terms"),
                                 ["G1", "某市2021", "1", "“放管服”改革", "简政放权、放管结合、优化服务。", "true", "1", "", "", ""]])
    proc = cli("ids", tmp_path / "terms.csv", "--out", tmp_path / "out")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    assert "terms.csv row 2: document_id '某市2021'" in proc.stderr
    proc = cli("ids", tmp_path / "terms.csv", "--out", tmp_path)
    assert proc.returncode == 2 and "other than the inputs'" in proc.stderr


def test_the_standard_can_be_cited(tmp_path):
    assert standard.citable_problems() == []
    files = standard.schema_files() + standard.profile_files()
    assert {p.name for p in standard.schema_files()} >= {f"{n}.schema.json" for n in schemas.RESOURCES}
    for p in files:
        doc = json.loads(p.read_text(encoding="utf-8"))
        assert doc["$id"].startswith(standard.ID_BASE) and doc["$id"].count(doc["version"]) == 1
    ids = [json.loads(p.read_text(encoding="utf-8"))["$id"] for p in files]
    assert len(set(ids)) == len(ids)
    copy = tmp_path / "schemas"
    shutil.copytree(SCHEMA_DIR, copy)
    target = copy / "targets.schema.json"
    version = json.loads(target.read_text(encoding="utf-8"))["version"]
    target.write_text(target.read_text(encoding="utf-8").replace(f'"version": "{version}"', '"version": "9.0.0"'),
                      encoding="utf-8")  # a version bumped without its $id and CHANGELOG line
    (copy / "commitments.schema.json").write_text(json.dumps({"name": "commitments", "version": "1.0.0",
                                                              "fields": []}), encoding="utf-8")  # a new schema
    problems = standard.citable_problems(copy)
    assert any(p.startswith("targets.schema.json: `$id` must be") for p in problems)
    assert any("- `targets` 9.0.0" in p for p in problems)
    assert any(p.startswith("commitments.schema.json: `$id`") for p in problems)


def test_profiles_are_documented_and_change_only_what_they_say():
    from policydata.validation.profiles import PROFILES, apply_profile, load_profile

    readme = (SCHEMA_DIR / "README.md").read_text(encoding="utf-8")
    for name in PROFILES:
        prof = load_profile(name)
        assert f"### `{name}` {prof['version']}" in readme
    exchange = load_profile("exchange")
    for name in schemas.RESOURCES:
        before, after = schemas.schema(name), apply_profile(schemas.schema(name), exchange)
        assert [f["name"] for f in before["fields"]] == [f["name"] for f in after["fields"]]
        for f, g in zip(before["fields"], after["fields"]):
            assert f["type"] == g["type"] and f.get("constraints", {}).get("enum") == g.get("constraints", {}).get("enum")
        pk = before["primaryKey"][0]
        assert "pattern" not in next(f for f in after["fields"] if f["name"] == pk).get("constraints", {})
        assert apply_profile(before, load_profile("publication"))["fields"] == before["fields"]


def test_a_template_saved_as_csv_keeps_its_titles_row(tmp_path):
    """Excel's "Save as CSV" of a filled template: titles in row 1, field names in row 2, rows from row 3."""
    fields = schemas.fields("targets")
    rows = [[f["title_zh"] for f in fields], [f["name"] for f in fields]]
    for t in TARGETS:
        rows.append(["" if t.get(f["name"]) is None else json.dumps(t[f["name"]]) if isinstance(t[f["name"]], bool)
                     else str(t[f["name"]]) for f in fields])
    rows[-1][[f["name"] for f in fields].index("value")] = "many"
    with open(tmp_path / "targets.csv", "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    code, report = validate_json(tmp_path / "targets.csv", "--lang", "en")
    assert code == 1 and report["files"][0]["header_row"] == 2 and report["files"][0]["rows"] == 2
    assert [(e["kind"], e["row"], e["column"]) for e in report["files"][0]["errors"]] == [("type", 4, "value")]
