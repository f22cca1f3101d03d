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


def csv_header(name: str) -> bytes:
    """The first bytes of a resource's CSV file: the byte-order mark and the header line."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerow(schemas.field_names(name))
    return "\ufeff".encode("utf-8") + buf.getvalue().encode("utf-8")


def csv_lines(name: str, rows: list[dict]) -> bytes:
    """The CSV lines of these rows (no header): what one document adds to a resource's file."""
    fields = schemas.fields(name)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        w.writerow([_cell(row[f["name"]], f["type"]) for f in fields])
    return buf.getvalue().encode("utf-8")


def csv_bytes(name: str, rows: list[dict]) -> bytes:
    return csv_header(name) + csv_lines(name, rows)


def arrow_table(name: str, rows: list[dict]) -> pa.Table:
    schema = schemas.arrow_schema(name)
    cols = {f.name: [row[f.name] for row in rows] for f in schema}
    return pa.table(cols, schema=schema)


ROW_GROUP_ROWS = 16_384  # fixed, so files do not depend on how documents were batched; small, so memory stays small
PARQUET_OPTIONS = {"compression": "zstd", "write_statistics": True}


class ResourceWriter:
    """One resource's CSV and Parquet files, written as documents arrive (memory bounded by a row group).

    Parquet row groups are cut every ROW_GROUP_ROWS rows whatever the size of each addition, so the
    bytes depend only on the rows and their order, not on how many workers produced them.
    """

    def __init__(self, name: str, data_dir: Path):
        data_dir.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.paths = {"csv": data_dir / f"{name}.csv", "parquet": data_dir / f"{name}.parquet"}
        self.schema = schemas.arrow_schema(name)
        self._csv = open(self.paths["csv"], "wb")
        self._csv.write(csv_header(name))
        self._parquet = pq.ParquetWriter(self.paths["parquet"], self.schema, **PARQUET_OPTIONS)
        self._pending: list[pa.Table] = []
        self._pending_rows = 0
        self.rows = 0

    def add(self, lines: bytes, table: pa.Table) -> None:
        """Append one document's rows: its CSV lines and the same rows as an Arrow table."""
        self._csv.write(lines)
        if table.num_rows:
            if table.schema != self.schema:  # rows made elsewhere: the file's columns, order and types
                table = table.select(self.schema.names).cast(self.schema)
            self._pending.append(table)
            self._pending_rows += table.num_rows
            self.rows += table.num_rows
        while self._pending_rows >= ROW_GROUP_ROWS:
            self._flush(ROW_GROUP_ROWS)

    def _flush(self, n: int) -> None:
        batch = pa.concat_tables(self._pending)
        self._parquet.write_table(batch.slice(0, n), row_group_size=n)
        rest = batch.slice(n)
        self._pending, self._pending_rows = ([rest] if rest.num_rows else []), rest.num_rows

    def close(self) -> dict[str, Path]:
        """Write what is pending and close both files (again: nothing more)."""
        if self._csv.closed:
            return self.paths
        if self._pending_rows or self.rows == 0:
            if self._pending_rows:
                self._flush(self._pending_rows)
            else:
                self._parquet.write_table(self.schema.empty_table())
        self._parquet.close()
        self._csv.close()
        return self.paths


def parquet_bytes(name: str, rows: list[dict]) -> bytes:
    sink = io.BytesIO()
    pq.write_table(arrow_table(name, rows), sink, **PARQUET_OPTIONS)
    return sink.getvalue()


def write_resource(name: str, rows: list[dict], data_dir: Path) -> dict[str, Path]:
    """Write data/<name>.csv and data/<name>.parquet from rows in memory; return their paths by format."""
    check_columns(name, rows)
    writer = ResourceWriter(name, data_dir)
    writer.add(csv_lines(name, rows), arrow_table(name, rows))
    return writer.close()
