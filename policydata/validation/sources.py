"""Finding the tables to check, telling which resource each is, and reading them in batches of strings.

Every format is read into Arrow string columns (empty = missing), so one set of rules checks them all.
"""

from __future__ import annotations

import datetime as dt
import json
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pyarrow as pa

from ..paths import SCHEMA_DIR
from ..schemas import RESOURCES

BATCH_ROWS = 65_536
TABLE_SUFFIXES = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".parquet": "parquet", ".xlsx": "xlsx"}


class Unusable(Exception):
    """The file cannot be read as a table at all (exit 2): the message says why and what to do."""

    def __init__(self, key: str, **params):
        self.key, self.params = key, params
        super().__init__(key)


@dataclass
class Table:
    path: Path
    fmt: str
    resource: str | None = None
    how: str = ""  # how the resource was recognised: name, header, option, package
    header_row: int = 1  # the row holding the field names (a template puts a row of titles above it)
    notes: list[tuple[str, dict]] = field(default_factory=list)  # file-level problems found while sniffing
    declared: dict | None = None  # the package's resource entry (path, bytes, hash) for a table of a package


# --- schemas ---------------------------------------------------------------------------------

def load_schemas(source: str | None) -> dict[str, dict]:
    """The standard: our schemas/, or a copy in another folder or at a URL."""
    out = {}
    for name in RESOURCES:
        if source is None:
            text = (SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8")
        elif source.startswith(("http://", "https://")):
            url = source.rstrip("/") + f"/{name}.schema.json"
            try:
                with urllib.request.urlopen(url, timeout=30) as resp:
                    text = resp.read().decode("utf-8")
            except OSError as exc:
                raise Unusable("schemas-unreadable", where=url, why=str(exc)) from None
        else:
            p = Path(source) / f"{name}.schema.json"
            if not p.exists():
                raise Unusable("schemas-unreadable", where=str(p), why="no such file")
            text = p.read_text(encoding="utf-8")
        out[name] = json.loads(text)
    return out


# --- finding tables ----------------------------------------------------------------------------

def expand(paths: list[Path]) -> tuple[list[Table], list[tuple[Path, Unusable]], list[Path]]:
    """Tables named by the paths (files, folders, datapackage.json); unusable paths separately; and
    the `text/` folders beside them, where the documents' texts are (`text/<document_id>.txt`)."""
    tables, bad, texts = [], [], []
    for p in paths:
        if not p.exists():
            bad.append((p, Unusable("not-found")))
        elif p.is_dir():
            desc = p / "datapackage.json"
            if (p / "text").is_dir():
                texts.append(p / "text")
            if desc.exists():
                tables.extend(_package_tables(desc))
            else:
                found = sorted(f for f in p.rglob("*") if f.suffix.lower() in TABLE_SUFFIXES and f.is_file()
                               and not f.relative_to(p).parts[0] == "text")
                if not found:
                    bad.append((p, Unusable("no-tables")))
                tables.extend(Table(f, TABLE_SUFFIXES[f.suffix.lower()]) for f in found)
        elif p.name == "datapackage.json" or p.suffix.lower() == ".json":
            try:
                tables.extend(_package_tables(p))
                if (p.parent / "text").is_dir():
                    texts.append(p.parent / "text")
            except Unusable as exc:
                bad.append((p, exc))
        elif p.suffix.lower() in TABLE_SUFFIXES:
            tables.append(Table(p, TABLE_SUFFIXES[p.suffix.lower()]))
        else:
            bad.append((p, Unusable("unknown-format", suffix=p.suffix or "(none)")))
    return tables, bad, list(dict.fromkeys(texts))


def _package_tables(desc_path: Path) -> list[Table]:
    try:
        desc = json.loads(desc_path.read_text(encoding="utf-8"))
        resources = desc["resources"]
    except (ValueError, KeyError, TypeError):
        raise Unusable("bad-package") from None
    out = []
    for res in resources:
        path = res.get("path")
        path = path[0] if isinstance(path, list) else path
        if not path:
            continue
        fmt = TABLE_SUFFIXES.get(Path(path).suffix.lower())
        name = str(res.get("name", "")).removesuffix("-parquet")
        if fmt:
            out.append(Table(desc_path.parent / path, fmt, name if name in RESOURCES else None, "package",
                             declared=res))
    return out


def recognise(table: Table, header: list[str], schemas: dict[str, dict], forced: str | None) -> None:
    """Which resource a table is: --resource, its package, its file name, or its columns."""
    if forced:
        table.resource, table.how = forced, "option"
        return
    if table.resource:
        return
    stem = table.path.stem.lower().replace("-", "_")
    for name in sorted(RESOURCES, key=len, reverse=True):
        if stem == name or stem.startswith(name + "_") or stem.endswith("_" + name):
            table.resource, table.how = name, "name"
            return
    cols = set(header)
    best, score = None, 0.0
    for name, s in schemas.items():
        fields = {f["name"] for f in s["fields"]}
        j = len(cols & fields) / len(cols | fields) if cols | fields else 0
        if j > score and set(s["primaryKey"]) <= cols:
            best, score = name, j
    if best and score >= 0.6:
        table.resource, table.how = best, "header"
        return
    raise Unusable("unknown-resource", names=", ".join(RESOURCES))


# --- reading -------------------------------------------------------------------------------------

def sniff_csv(table: Table) -> tuple[str, str]:
    """(encoding, delimiter) of a CSV file; problems that do not stop reading become notes."""
    with open(table.path, "rb") as f:
        head = f.read(65_536)
    if not head.strip():
        raise Unusable("empty")
    if b"\x00" in head:
        raise Unusable("binary")
    encoding = "utf-8"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the sample
            try:
                head.decode("gb18030")
            except UnicodeDecodeError:
                raise Unusable("not-text") from None
            encoding = "gb18030"
            table.notes.append(("encoding", {"found": "GB18030/GBK"}))
    first = head.decode(encoding, errors="replace").lstrip("\ufeff").splitlines()[0] if head else ""
    delimiter = ","
    counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
    if counts[","] == 0 and max(counts.values()) > 0:
        delimiter = max(counts, key=counts.get)
        table.notes.append(("delimiter", {"found": delimiter}))
    return encoding, delimiter


def csv_header(table: Table, known: set[str] = frozenset()) -> tuple[list[str], str, str]:
    """(header, encoding, delimiter), read with the csv module: cheap, no Arrow reader opened.
    A template saved as CSV keeps its row of titles above the field names: the header is then row 2."""
    import csv
    import itertools

    encoding, delimiter = sniff_csv(table)
    with open(table.path, encoding="utf-8-sig" if encoding == "utf-8" else encoding, errors="replace", newline="") as f:
        first_rows = list(itertools.islice(csv.reader(f, delimiter=delimiter), 3))
    if not first_rows or not first_rows[0]:
        raise Unusable("empty")
    at = _header_row(first_rows, known) if known else 0
    table.header_row = at + 1
    return [field_name(h) for h in first_rows[at]], encoding, delimiter


def csv_batches(table: Table, bad_rows: list, known: set[str] = frozenset(),
                columns: list[str] | None = None) -> tuple[list[str], Iterator[pa.RecordBatch]]:
    """The header and the batches of a CSV, every column read as text (or only `columns`: the others are
    not converted). Blocks of 2 MB keep memory small."""
    import pyarrow.csv as pacsv

    header, encoding, delimiter = csv_header(table, known)

    def on_invalid(row):
        bad_rows.append((row.expected_columns, row.actual_columns, row.text))
        return "skip"

    read = pacsv.ReadOptions(block_size=1 << 21, use_threads=False, column_names=header, skip_rows=table.header_row,
                             encoding="utf8" if encoding == "utf-8" else encoding)
    parse = pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True, invalid_row_handler=on_invalid)
    convert = pacsv.ConvertOptions(column_types={n: pa.string() for n in header}, strings_can_be_null=False,
                                   quoted_strings_can_be_null=False, include_columns=columns)
    try:
        reader = pacsv.open_csv(table.path, read_options=read, parse_options=parse, convert_options=convert)
    except Exception as exc:  # pyarrow.ArrowInvalid and friends: not a table we can parse
        raise Unusable("not-csv", why=str(exc).splitlines()[0]) from None

    def batches():
        try:
            yield from reader
        finally:
            reader.close()  # stops its read-ahead thread now, not at interpreter exit (which can abort)

    return header, batches()


def parquet_batches(table: Table) -> tuple[list[str], pa.Schema, Iterator[pa.RecordBatch]]:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(table.path)
    except Exception as exc:
        raise Unusable("not-parquet", why=str(exc).splitlines()[0]) from None
    schema = pf.schema_arrow
    return schema.names, schema, pf.iter_batches(batch_size=BATCH_ROWS)


def _cell_text(v) -> str | None:
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


REQUIRED_MARKS = "*＊"  # a header may mark a required field as people do on forms: `name*`


def field_name(cell) -> str:
    """A header cell as a field name: spaces and a required-field mark around it dropped."""
    return "" if cell is None else str(cell).strip().rstrip(REQUIRED_MARKS).strip()


def _header_row(first_rows: list[tuple], known: set[str]) -> int:
    """Index of the row holding the field names: the first whose cells are mostly names of the standard
    (a template has a row of titles above it), else the first row."""
    for i, r in enumerate(first_rows):
        cells = [field_name(c) for c in r if field_name(c)]
        if cells and sum(c in known for c in cells) * 2 >= len(cells):
            return i
    return 0


def xlsx_batches(table: Table, known: set[str] = frozenset()) -> tuple[list[str], Iterator[pa.RecordBatch]]:
    """The header and batches of the first sheet. Blank rows at the end (formatted but never filled) are
    not rows; a blank row between filled ones is."""
    import itertools
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(table.path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise Unusable("not-xlsx", why=str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None
    percent_cells: dict[int, int] = {}  # column index → cells typed as a percentage (6% stored as 0.06)

    def values(row) -> tuple:
        out = []
        for i, c in enumerate(row):
            v = getattr(c, "value", None)
            if isinstance(v, (int, float)) and not isinstance(v, bool) and "%" in (getattr(c, "number_format", "") or ""):
                v = round(v * 100, 10)  # what the person typed and saw: 6, not 0.06
                percent_cells[i] = percent_cells.get(i, 0) + 1
            out.append(v)
        return tuple(out)

    rows = (values(r) for r in wb.worksheets[0].iter_rows())
    first_rows = list(itertools.islice(rows, 3))
    if not first_rows or not any(c is not None for c in first_rows[0]):
        raise Unusable("empty")
    at = _header_row(first_rows, known)
    table.header_row = at + 1
    header = [field_name(h) for h in first_rows[at]]
    while header and header[-1] == "":
        header.pop()
    rows = itertools.chain(first_rows[at + 1:], rows)

    def batches():
        buf: list[tuple] = []
        blanks: list[tuple] = []
        for r in rows:
            if all(c is None or (isinstance(c, str) and not c.strip()) for c in r):
                blanks.append(r)
                continue
            buf.extend(blanks)
            blanks.clear()
            buf.append(r)
            if len(buf) >= BATCH_ROWS:
                yield _to_batch(header, buf)
                buf = []
        if buf:
            yield _to_batch(header, buf)
        wb.close()
        for i, n in sorted(percent_cells.items()):
            if i < len(header):
                table.notes.append(("percent-cells", {"column": header[i], "rows": n}))

    return header, batches()


def _to_batch(header: list[str], rows: list[tuple]) -> pa.RecordBatch:
    cols = [[_cell_text(r[i]) if i < len(r) else None for r in rows] for i in range(len(header))]
    return pa.RecordBatch.from_arrays([pa.array(c, pa.string()) for c in cols], names=header)


def open_table(table: Table, bad_rows: list, known: set[str] = frozenset()):
    """(header, arrow schema or None, batches of any format)."""
    if table.fmt == "csv":
        header, batches = csv_batches(table, bad_rows, known)
        return header, None, batches
    if table.fmt == "parquet":
        return parquet_batches(table)
    header, batches = xlsx_batches(table, known)
    return header, None, batches
