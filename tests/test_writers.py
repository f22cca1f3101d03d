"""Writers: CSV formatting, Parquet types, and frictionless reading our nulls correctly."""

from __future__ import annotations

import datetime as dt

import pyarrow.parquet as pq
import pytest

from policydata import schemas
from policydata.writers import _cell, check_columns, csv_bytes, parquet_bytes, write_resource


def target_row(**kw):
    row = {f: None for f in schemas.field_names("targets")}
    row.update(target_id="d-2021-t-0123abcd", document_id="d-2021", kind="task", indicator="新增就业",
               aspirational=False, target_year=2021, source_text="新增就业4万人", char_start=0, char_end=7)
    row.update(kw)
    return row


@pytest.mark.parametrize("value, ftype, text", [
    (None, "number", ""), (5.0, "number", "5"), (3.8, "number", "3.8"), (11000000000.0, "number", "11000000000"),
    (0.1 + 0.2, "number", "0.30000000000000004"), (True, "boolean", "true"), (False, "boolean", "false"),
    (dt.date(2021, 7, 16), "date", "2021-07-16"), (12, "integer", "12"), ("a,b", "string", "a,b"),
])
def test_cells(value, ftype, text):
    assert _cell(value, ftype) == text


def test_csv_has_bom_lf_and_schema_order():
    data = csv_bytes("targets", [target_row(value=4.0, unit="万人", base_value=40000.0, base_unit="人")])
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" not in data
    header, row = data.decode("utf-8-sig").splitlines()
    assert header.split(",") == schemas.field_names("targets")
    assert ",4,,万人,40000,人,false," in row


def test_rows_must_match_the_schema():
    with pytest.raises(ValueError, match="extra \\['colour'\\]"):
        check_columns("targets", [target_row(colour="red")])


def test_parquet_types_come_from_the_schema_and_nulls_stay_null():
    table = pq.read_table(__import__("io").BytesIO(parquet_bytes("targets", [target_row()])))
    assert str(table.schema.field("value").type) == "double"
    assert str(table.schema.field("char_start").type) == "int64"
    assert str(table.schema.field("aspirational").type) == "bool"
    assert table.to_pylist()[0]["value"] is None


def test_writers_are_deterministic(tmp_path):
    rows = [target_row(value=5.0, unit="%")]
    a = write_resource("targets", rows, tmp_path / "a")
    b = write_resource("targets", rows, tmp_path / "b")
    for fmt in ("csv", "parquet"):
        assert a[fmt].read_bytes() == b[fmt].read_bytes()


def test_frictionless_reads_null_numbers_and_dates_from_parquet(tmp_path):
    """The NaN/NaT trap: with the Parquet schema as published, null integers, numbers and dates validate."""
    from frictionless import Resource, Schema

    docs = [{f: None for f in schemas.field_names("documents")} | {
        "document_id": "d-2021", "title": "t", "issuer": "i", "region_code": "110105", "region_name": "r",
        "region_full_name": "r", "region_level": "county",
        "plan_year": 2021, "published": dt.date(2021, 1, 1), "publisher": "p", "license": "l", "language": "zh-Hans",
        "source_format": "txt", "source_encoding": "utf-8", "source_sha256": "0" * 64, "char_count": 10}]
    paths = write_resource("targets", [target_row()], tmp_path) | {"docs": write_resource("documents", docs, tmp_path)}
    for name, path in (("targets", paths["parquet"]), ("documents", paths["docs"]["parquet"])):
        s = schemas.for_resource(name, "-parquet", parquet=True)
        s.pop("foreignKeys", None)
        report = Resource(path=path.name, basepath=str(path.parent), schema=Schema.from_descriptor(s)).validate()
        assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_without_the_parquet_missing_values_a_null_integer_fails(tmp_path):
    """Why PARQUET_MISSING_VALUES exists: the plain schema rejects pandas' NaN in an integer column."""
    from frictionless import Resource, Schema

    path = write_resource("terms", [{f: None for f in schemas.field_names("terms")} | {
        "term_id": "d-2021-g-0123abcd", "document_id": "d-2021", "term": "t", "definition": "d", "mentioned": False,
        "mention_count": 0, "char_start": 0, "char_end": 1}], tmp_path)["parquet"]
    s = schemas.schema("terms")
    s.pop("foreignKeys")
    report = Resource(path=path.name, basepath=str(path.parent), schema=Schema.from_descriptor(s)).validate()
    assert [e[:2] for e in report.flatten(["fieldName", "type"])] == [["number", "type-error"]]
