"""Check a set of paths: recognise each table, stream it through the rules, resolve foreign keys."""

from __future__ import annotations

import gc
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from .profiles import DEFAULT_FOR_FILES, DEFAULT_FOR_PACKAGE, PROFILES, apply_all, load_profile
from .rules import Collector, KeyTracker, Problem, check_field, check_foreign_key, missing_mask
from .sources import (Table, Unusable, csv_batches, csv_header, expand, load_schemas, open_table, parquet_batches, recognise,
                      xlsx_batches)
from .spans import SpanCheck, Texts
from .suggest import known_units, nearest

ARROW_KINDS = {
    "integer": lambda t: pa.types.is_integer(t),
    "number": lambda t: pa.types.is_floating(t) or pa.types.is_integer(t) or pa.types.is_decimal(t),
    "boolean": lambda t: pa.types.is_boolean(t),
    "date": lambda t: pa.types.is_date(t),
    "string": lambda t: pa.types.is_string(t) or pa.types.is_large_string(t),
}
# Problems about the file as a whole that make it invalid (a BOM is allowed: our own CSVs carry one).
FILE_ERRORS = {"encoding", "delimiter"}


@dataclass
class FileResult:
    path: Path
    resource: str | None = None
    how: str = ""
    rows: int = 0
    problems: Collector = field(default_factory=Collector)
    notes: list[tuple[str, dict]] = field(default_factory=list)
    unusable: Unusable | None = None
    profile: str = ""
    schema: dict | None = None  # the resource's schema as the profile reads it (titles, examples for messages)
    header_row: int = 1

    @property
    def valid(self) -> bool:
        return self.unusable is None and self.problems.total == 0

    @property
    def status(self) -> str:
        return "unusable" if self.unusable else ("valid" if self.valid else "invalid")


def _header(table: Table, known: set[str] = frozenset()) -> list[str]:
    """The column names alone, without opening a batch reader."""
    if table.fmt == "csv":
        return csv_header(table, known)[0]
    if table.fmt == "parquet":
        return parquet_batches(table)[0]
    return xlsx_batches(table, known)[0]


def _open(table: Table, bad_rows: list, known: set[str] = frozenset()):
    """(header, arrow schema or None, batches)."""
    return open_table(table, bad_rows, known)


def _as_strings(batch: pa.RecordBatch) -> pa.RecordBatch:
    cols = [c if pa.types.is_string(c.type) else pc.cast(c, pa.string()) for c in batch.columns]
    return pa.RecordBatch.from_arrays(cols, names=batch.schema.names)


def _key_values(table: Table, column: str, known: set[str]) -> list[str]:
    """The distinct non-empty values of a column (the keys a foreign key may point at)."""
    if table.fmt == "csv":  # that column alone is converted
        header = _header(table, known)
        if column not in header:
            return []
        header, batches = csv_batches(table, [], known, columns=[column])
    else:
        header, _, batches = _open(table, [], known)
        if column not in header:
            return []
    seen = [pc.unique(_as_strings(b).column(column)) for b in batches]
    if not seen:
        return []
    values = pc.unique(pa.chunked_array(seen, pa.string()))
    return [v for v in values.to_pylist() if v]


def default_profile(tables: list[Table]) -> str:
    """publication when every table comes from a data package, exchange for files an agency gives."""
    return DEFAULT_FOR_PACKAGE if tables and all(t.how == "package" for t in tables) else DEFAULT_FOR_FILES


def check_paths(paths: list[Path], schemas_source: str | None = None, resource: str | None = None,
                profile: str | None = None, texts: Path | None = None, copies: bool = True,
                trusted: frozenset[str] = frozenset()) -> list[FileResult]:
    """Check tables against the standard as `profile` reads it (None: by what the paths are).

    `texts`: a folder of `<document_id>.txt`, besides any `text/` folder next to the paths, against
    which offsets are checked. Raises Unusable when the schemas or the profile cannot be read.
    `copies=False`: the rows of a Parquet file whose resource also has a CSV file are not checked (only
    its columns and types): the caller checks that the two hold the same rows (the publication gate).
    `trusted`: documents whose spans the caller knows to hold (the same bytes as a package that passed):
    their rows' offsets are not compared with their texts.
    """
    if profile is not None and profile not in PROFILES:
        raise ValueError(f"profile must be one of {', '.join(PROFILES)}")
    tables, bad, text_dirs = expand(paths)
    profile = profile or default_profile(tables)
    schemas = apply_all(load_schemas(schemas_source), load_profile(profile, schemas_source))
    known = {f["name"] for s in schemas.values() for f in s["fields"]}
    store = Texts(([texts] if texts else []) + text_dirs, trusted)
    results = [FileResult(p, unusable=u, profile=profile) for p, u in bad]
    opened: list[tuple[Table, FileResult]] = []
    for t in tables:
        r = FileResult(t.path, profile=profile)
        _check_declared(t, r)
        try:
            recognise(t, _header(t, known), schemas, resource)
            r.resource, r.how, r.schema = t.resource, t.how, schemas[t.resource]
        except Unusable as exc:
            r.unusable = exc
        except OSError as exc:
            r.unusable = Unusable("unreadable", why=str(exc))
        results.append(r)
        if r.unusable is None:
            opened.append((t, r))
    by_resource: dict[str, list[Table]] = {}
    for t, _ in opened:
        by_resource.setdefault(t.resource, []).append(t)
    with_csv = {t.resource for t, _ in opened if t.fmt == "csv"}
    if not copies:  # keys are read from the CSV file alone: the Parquet copy holds the same rows
        by_resource = {res: [t for t in ts if t.fmt == "csv" or res not in with_csv] for res, ts in by_resource.items()}
    key_cache: dict[tuple[str, str], pa.Array] = {}

    def keys_of(res: str, column: str) -> pa.Array | None:
        if res not in by_resource:
            return None
        if (res, column) not in key_cache:
            values = sorted({v for t in by_resource[res] for v in _key_values(t, column, known)})
            key_cache[(res, column)] = pa.array(values, pa.string())
        return key_cache[(res, column)]

    for t, r in opened:
        rows = copies or t.fmt != "parquet" or t.resource not in with_csv
        _check_table(t, r, schemas[t.resource], keys_of, store, known, rows)
    del keys_of, key_cache, store
    gc.collect()  # free the readers' Arrow objects now: left to interpreter exit, their threads can abort it
    return results


def _fresh_rows(batch: pa.RecordBatch, trusted: pa.Array) -> pa.RecordBatch:
    """The rows of a batch that are not of a trusted document (the batch itself when none are trusted).

    A trusted document's rows are the bytes of a package that passed the gate (adding one report to a
    large package): the field rules cannot find in them what they did not find before. Keys (unique,
    primary, foreign) span documents and are checked on every row."""
    if not len(trusted) or "document_id" not in batch.schema.names:
        return batch
    keep = pc.invert(pc.fill_null(pc.is_in(batch.column("document_id"), value_set=trusted), False))
    if pc.all(keep).as_py() is not False:
        return batch
    return batch.filter(keep)


def _check_declared(t: Table, r: FileResult) -> None:
    """A package's file is the one its descriptor declares: size and sha256 (what frictionless checks too)."""
    if t.declared is None or not t.path.exists():
        return  # a file that is missing is said to be unusable when it is opened
    from ..trust import resource_problem

    root = t.path.parent
    for _ in Path(str(t.declared.get("path", ""))).parts[:-1]:
        root = root.parent
    found = resource_problem(root, t.declared)
    if found:
        kind, params = found
        r.problems.add(Problem(f"declared-{kind}", params=params))


def _check_table(t: Table, r: FileResult, schema: dict, keys_of, texts: Texts, known: set[str],
                 rows: bool = True) -> None:
    bad_rows: list = []
    t.notes.clear()
    header, arrow_schema, batches = _open(t, bad_rows, known)
    if not rows:  # a copy of rows checked elsewhere: its columns and types only
        import pyarrow.parquet as pq

        counted, batches = pq.ParquetFile(t.path).metadata.num_rows, []
    r.header_row = t.header_row
    r.notes.extend(t.notes)
    for kind, params in t.notes:
        if kind in FILE_ERRORS:
            r.problems.add(Problem(kind, params=params))
    fields = schema["fields"]
    names = [f["name"] for f in fields]
    left_out = []
    for f in fields:
        if f["name"] in header:
            continue
        if f.get("constraints", {}).get("required"):
            r.problems.add(Problem("missing-column", column=f["name"]))
        else:  # an optional column may be left out: its cells are empty
            left_out.append(f["name"])
    if left_out:
        r.notes.append(("optional-columns-absent", {"columns": ", ".join(left_out)}))
    for h in header:
        if h not in names:
            r.problems.add(Problem("extra-column", column=h))
    if arrow_schema is not None:
        for f in fields:
            if f["name"] in arrow_schema.names:
                found = arrow_schema.field(f["name"]).type
                if not ARROW_KINDS[f["type"]](found):
                    r.problems.add(Problem("parquet-type", column=f["name"], params={"found": str(found), "expected": f["type"]}))
    present = [f for f in fields if f["name"] in header]
    trackers = [KeyTracker("primary-key", schema["primaryKey"])] if set(schema["primaryKey"]) <= set(header) else []
    trackers += [KeyTracker("unique", [f["name"]]) for f in present
                 if f.get("constraints", {}).get("unique") and [f["name"]] != schema["primaryKey"]]
    fks = []
    for fk in schema.get("foreignKeys", []):
        ref = fk["reference"]
        target = ref["resource"] or schema["name"]
        column = fk["fields"][0] if isinstance(fk["fields"], list) else fk["fields"]
        ref_field = ref["fields"][0] if isinstance(ref["fields"], list) else ref["fields"]
        if column not in header:
            continue
        keys = keys_of(target, ref_field)
        if keys is None:
            r.notes.append(("fk-unchecked", {"column": column, "target": f"{target}.{ref_field}"}))
        else:
            fks.append((fk, keys, frozenset(keys.to_pylist())))
    spans = SpanCheck(schema, header, texts, need_text=any(
        f.get("constraints", {}).get("required") for f in fields if f["name"] in ("char_start", "char_end")))
    units = {f["name"]: Counter() for f in present if f["name"] == "unit" or f["name"].endswith("_unit")}
    first = row = t.header_row + 1
    for batch in batches:
        batch = _as_strings(batch)
        fresh = _fresh_rows(batch, texts.trusted)
        if fresh is batch:
            for f in present:
                check_field(f, batch.column(f["name"]), row, r.problems)
        elif fresh.num_rows:  # rows of trusted documents aside; if the others break a rule, say where in the batch
            scratch = Collector()
            for f in present:
                check_field(f, fresh.column(f["name"]), row, scratch)
            if scratch.total:
                for f in present:
                    check_field(f, batch.column(f["name"]), row, r.problems)
        for tr in trackers:
            tr.check(batch, row, r.problems)
        for fk, keys, lookup in fks:
            check_foreign_key(fk, batch, keys, row, r.problems, lookup)
        if spans.active:
            spans.check(batch, row, r.problems)
        for name, seen in units.items():
            seen.update(v for v in fresh.column(name).to_pylist() if v)
        row += batch.num_rows
    r.notes.extend([n for n in t.notes if n not in r.notes])  # found while reading (percent-formatted cells)
    for name, seen in units.items():
        for value, n in sorted(seen.items()):
            if value not in known_units():
                near = nearest(value, known_units())
                r.notes.append(("unknown-unit", {"column": name, "value": value, "rows": n,
                                                 "nearest": near[0] if near else ""}))
    r.rows = row - first if rows else counted
    for tr in trackers:
        tr.finish(r.problems)
    if spans.active:
        r.notes.extend(spans.finish(r.problems))
    for expected, actual, text in bad_rows:
        r.problems.add(Problem("row-structure", value=(text or "")[:80], params={"expected": expected, "actual": actual}))
    if r.rows == 0 and not bad_rows:
        r.notes.append(("no-rows", {}))


__all__ = ["FileResult", "check_paths", "missing_mask"]
