"""Rows to files: CSV (UTF-8 with BOM) and Parquet, columns and types read from the schemas.

Both writers are deterministic: the same rows give byte-identical files.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import schemas


def _cell(value, ftype: str) -> str:
    if value is None:
        return ""
    if ftype == "boolean":
        return "true" if value else "false"
    if ftype == "number":
        v = float(value)
        return str(int(v)) if v.is_integer() and abs(v) < 1e18 else repr(v)
    if ftype == "date":
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    return str(value)


def check_columns(name: str, rows: list[dict]) -> None:
    """Every row must have exactly the schema's fields: a mismatch is a bug, caught before writing."""
    expected = set(schemas.field_names(name))
    for i, row in enumerate(rows):
        if set(row) != expected:
            extra, missing = sorted(set(row) - expected), sorted(expected - set(row))
            raise ValueError(f"{name} row {i}: fields do not match schemas/{name}.schema.json "
                             f"(extra {extra}, missing {missing})")


def csv_bytes(name: str, rows: list[dict]) -> bytes:
    fields = schemas.fields(name)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow([f["name"] for f in fields])
    for row in rows:
        w.writerow([_cell(row[f["name"]], f["type"]) for f in fields])
    return "\ufeff".encode("utf-8") + buf.getvalue().encode("utf-8")


def arrow_table(name: str, rows: list[dict]) -> pa.Table:
    schema = schemas.arrow_schema(name)
    cols = {f.name: [row[f.name] for row in rows] for f in schema}
    return pa.table(cols, schema=schema)


def parquet_bytes(name: str, rows: list[dict]) -> bytes:
    sink = io.BytesIO()
    pq.write_table(arrow_table(name, rows), sink, compression="zstd", write_statistics=True)
    return sink.getvalue()


def write_resource(name: str, rows: list[dict], data_dir: Path) -> dict[str, Path]:
    """Write data/<name>.csv and data/<name>.parquet; return their paths by format."""
    check_columns(name, rows)
    data_dir.mkdir(parents=True, exist_ok=True)
    out = {"csv": data_dir / f"{name}.csv", "parquet": data_dir / f"{name}.parquet"}
    out["csv"].write_bytes(csv_bytes(name, rows))
    out["parquet"].write_bytes(parquet_bytes(name, rows))
    return out
