"""`policydata validate` on a freshly published package and on broken variants the tests make."""

from __future__ import annotations

import csv
import http.server
import io
import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from policydata.paths import SCHEMA_DIR
from policydata.schemas import RESOURCES
from published import published_package

CLI = str(Path(sys.executable).parent / "policydata")


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    return published_package(tmp_path_factory.getbasetemp() / "published")


def run(*args):
    return subprocess.run([CLI, "validate", *map(str, args)], capture_output=True, text=True, timeout=120)


def run_json(*args) -> tuple[int, dict]:
    proc = run(*args, "--json", "--lang", "en")
    return proc.returncode, json.loads(proc.stdout)


def read_rows(package: Path, name: str) -> tuple[list[str], list[list[str]]]:
    with open(package / "data" / f"{name}.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def write_rows(path: Path, header: list[str], rows: list[list[str]], encoding="utf-8-sig", delimiter=",") -> Path:
    with open(path, "w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter, lineterminator="\n").writerows([header] + rows)
    return path


def variant(package: Path, tmp_path: Path, name: str, edit, filename: str | None = None, **kw) -> Path:
    header, rows = read_rows(package, name)
    header, rows = edit(list(header), [list(r) for r in rows])
    return write_rows(tmp_path / (filename or f"{name}.csv"), header, rows, **kw)


def set_cell(column: str, row_number: int, value: str):
    """row_number counts the header as row 1, as the report does."""
    def edit(header, rows):
        rows[row_number - 2][header.index(column)] = value
        return header, rows
    return edit


def errors_of(report: dict) -> list[tuple]:
    return [(e["kind"], e["row"], e["column"]) for f in report["files"] for e in f["errors"]]


def test_published_package_is_valid(package):
    """A data package is checked under the publication profile: every constraint, spans against text/."""
    proc = run(package, "--lang", "en")
    assert proc.returncode == 0, proc.stdout
    n = 2 * len(RESOURCES)  # a CSV and a Parquet file per resource
    assert proc.stdout.strip().splitlines()[-1] == f"{n} files: {n} valid, 0 invalid, 0 unusable"
    code, report = run_json(package)
    assert code == 0 and {f["profile"] for f in report["files"]} == {"publication"}
    assert not any(n["kind"] == "spans-unchecked" for f in report["files"] for n in f["notes"])


@pytest.mark.parametrize("name, column, row, value, kind, profile", [
    ("targets", "value", 3, "abc", "type", "exchange"),
    ("targets", "indicator", 4, "", "required", "exchange"),
    ("targets", "comparator", 5, "between", "enum", "exchange"),
    ("targets", "target_id", 2, "T-1", "pattern", "publication"),
    ("targets", "char_start", 6, "", "required", "publication"),
    ("targets", "char_start", 6, "-1", "minimum", "exchange"),
    ("targets", "target_year", 7, "3000", "maximum", "exchange"),
    ("targets", "aspirational", 8, "yes", "type", "exchange"),
    ("documents", "published", 2, "2021-02-30", "type", "exchange"),
    ("documents", "source_sha256", 2, "5f2b", "pattern", "exchange"),
    ("programs", "level", 3, "7", "enum", "exchange"),
])
def test_cell_errors_name_row_and_column(package, tmp_path, name, column, row, value, kind, profile):
    path = variant(package, tmp_path, name, set_cell(column, row, value))
    code, report = run_json(path, "--profile", profile)
    assert code == 1
    assert (kind, row, column) in errors_of(report)
    assert report["files"][0]["error_count"] == 1


def test_duplicate_primary_key(package, tmp_path):
    def dup(header, rows):
        return header, rows + [rows[0]]
    code, report = run_json(variant(package, tmp_path, "targets", dup))
    _, rows = read_rows(package, "targets")
    assert code == 1 and ("primary-key", len(rows) + 2, "target_id") in errors_of(report)


def test_foreign_keys_checked_when_the_referenced_table_is_given(package, tmp_path):
    bad = variant(package, tmp_path, "targets", set_cell("program_id", 3, "tj-heping-2020-p-00000000"))
    shutil.copy(package / "data" / "programs.csv", tmp_path / "programs.csv")
    shutil.copy(package / "data" / "documents.csv", tmp_path / "documents.csv")
    code, report = run_json(bad, tmp_path / "programs.csv", tmp_path / "documents.csv")
    assert code == 1 and ("foreign-key", 3, "program_id") in errors_of(report)


def test_foreign_keys_not_checked_are_said_so(package, tmp_path):
    bad = variant(package, tmp_path, "targets", set_cell("program_id", 3, "tj-heping-2020-p-00000000"))
    code, report = run_json(bad)
    assert code == 0  # the reference cannot be checked without programs: valid, but the report says so
    notes = [n["message"] for n in report["files"][0]["notes"]]
    assert any("program_id → programs.program_id not checked" in n for n in notes)


def test_missing_and_extra_columns(package, tmp_path):
    """A required column left out is an error; an optional one is a note (its cells count as empty)."""
    def edit(header, rows):
        gone = [header.index(c) for c in ("unit", "indicator")]
        keep = [i for i in range(len(header)) if i not in gone]
        return [header[i] for i in keep] + ["notes"], [[r[i] for i in keep] + ["x"] for r in rows]
    code, report = run_json(variant(package, tmp_path, "targets", edit))
    assert code == 1
    errors = set(errors_of(report))
    assert {("missing-column", None, "indicator"), ("extra-column", None, "notes")} <= errors
    assert ("missing-column", None, "unit") not in errors
    [note] = [n for n in report["files"][0]["notes"] if n["kind"] == "optional-columns-absent"]
    assert "unit" in note["columns"].split(", ")


def test_gbk_csv_is_explained(package, tmp_path):
    code, report = run_json(variant(package, tmp_path, "targets", lambda h, r: (h, r), encoding="gb18030"))
    assert code == 1
    [err] = report["files"][0]["errors"]
    assert err["kind"] == "encoding" and "re-save it as UTF-8" in err["message"]


@pytest.mark.parametrize("delimiter, word", [(";", "semicolon"), ("\t", "tab")])
def test_other_delimiters_are_explained(package, tmp_path, delimiter, word):
    code, report = run_json(variant(package, tmp_path, "targets", lambda h, r: (h, r), delimiter=delimiter))
    assert code == 1
    [err] = report["files"][0]["errors"]
    assert err["kind"] == "delimiter" and word in err["message"]


def test_row_with_too_many_fields(package, tmp_path):
    path = variant(package, tmp_path, "terms", lambda h, r: (h, r))
    path.write_text(path.read_text(encoding="utf-8-sig") + "a,b,c\n", encoding="utf-8")
    code, report = run_json(path)
    assert code == 1 and report["files"][0]["errors"][0]["kind"] == "row-structure"


def test_parquet_with_wrong_types(package, tmp_path):
    table = pq.read_table(package / "data" / "targets.parquet")
    k = table.schema.get_field_index("value")
    table = table.set_column(k, "value", pa.array([None if v is None else str(v) for v in table.column("value").to_pylist()]))
    pq.write_table(table, tmp_path / "targets.parquet")
    code, report = run_json(tmp_path / "targets.parquet")
    assert code == 1
    [err] = [e for e in report["files"][0]["errors"] if e["kind"] == "parquet-type"]
    assert err["column"] == "value" and err["expected"] == "number"


def test_xlsx_errors_have_rows_and_columns(package, tmp_path):
    from openpyxl import Workbook

    header, rows = read_rows(package, "terms")
    rows[1][header.index("mention_count")] = "many"
    wb = Workbook()
    ws = wb.active
    for r in [header] + rows:
        ws.append([int(v) if v.isdigit() else v for v in r])
    wb.save(tmp_path / "terms.xlsx")
    code, report = run_json(tmp_path / "terms.xlsx")
    assert code == 1 and errors_of(report) == [("type", 3, "mention_count")]


@pytest.mark.parametrize("content, kind", [(b"", "empty"), (bytes(range(256)) * 8, "binary"),
                                           (b"\xe9t\xe9 \xff\xfe\x81\x82" * 30, "not-text")])
def test_unusable_files_exit_2(tmp_path, content, kind):
    (tmp_path / "targets.csv").write_bytes(content)
    code, report = run_json(tmp_path / "targets.csv")
    assert code == 2 and report["files"][0]["unusable"]["kind"] == kind


def test_unknown_resource_exit_2_and_forced_resource(package, tmp_path):
    path = variant(package, tmp_path, "terms", lambda h, r: (h, r), filename="glossary.csv")
    code, report = run_json(write_rows(tmp_path / "x.csv", ["a", "b"], [["1", "2"]]))
    assert code == 2 and report["files"][0]["unusable"]["kind"] == "unknown-resource"
    code, report = run_json(path)
    assert code == 0 and report["files"][0]["recognised_by"] == "header"
    code, report = run_json(path, "--resource", "programs")
    assert code == 1 and report["files"][0]["resource"] == "programs"


def test_both_languages(package, tmp_path):
    path = variant(package, tmp_path, "targets", set_cell("value", 3, "abc"))
    en = run(path, "--lang", "en").stdout
    zh = run(path, "--lang", "zh").stdout
    assert "row 3, column value (Value): 'abc' is not a number. Expected a number, e.g. '6'" in en
    assert "第3行，value列（数值）：“abc”不是数字。应为数字，例如“6”" in zh
    assert zh.strip().endswith("共1个文件：0个有效，1个无效，0个无法读取")


def test_errors_beyond_the_limit_are_counted(package, tmp_path):
    def many(header, rows):
        k = header.index("value")
        rows = (rows * 3)[:100]
        for i, r in enumerate(rows):
            r[header.index("target_id")] = f"tj-heping-2020-t-{i:08x}"
            r[k] = "x"
        return header, rows
    proc = run(variant(package, tmp_path, "targets", many), "--lang", "en", "--max-errors", "5")
    assert proc.stdout.count("is not a number") == 5 and "… and 95 more type errors in column value" in proc.stdout


def test_schemas_from_a_url(package, tmp_path):
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(SCHEMA_DIR), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        proc = run(package / "data" / "terms.csv", "--schemas", url, "--lang", "en")
        assert proc.returncode == 0, proc.stdout + proc.stderr
        proc = run(package / "data" / "terms.csv", "--schemas", url + "nowhere/", "--lang", "en")
        assert proc.returncode == 2 and "cannot be read" in proc.stderr
    finally:
        server.shutdown()
