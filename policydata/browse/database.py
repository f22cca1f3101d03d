"""The published package as one SQLite database, for people who browse and query rather than download.

Everything comes from the package itself: its datapackage.json names the resources and embeds their
Table Schemas, so a resource published later becomes a table without a change here. Each resource is
written from its Parquet copy (typed) when it has one, else from its CSV copy. sqlite-utils does the
writing; the same package always gives a byte-identical file.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .search import WORDS_SUFFIX, segmented

#: Columns searched by full-text search, where a table has them.
FTS_COLUMNS = ("title", "name", "term", "indicator", "source_text")

#: Columns of a referenced table that describe the row it points at, first present wins (Datasette's label).
LABEL_COLUMNS = ("title", "name", "term", "indicator")

#: Columns of the documents table worth seeing beside every row that comes from a document.
CONTEXT_COLUMNS = ("issuer", "region_code", "region_name", "plan_year")

#: Holds what the database was built from, so `browse` knows when to rebuild; hidden in Datasette.
BUILD_TABLE = "_package"

_SQLITE_TYPES = {"string": str, "integer": int, "number": float, "boolean": int, "year": int}


@dataclass(frozen=True)
class Table:
    """One resource of the package, whatever number of copies (CSV, Parquet) it is published in."""
    name: str
    schema: dict
    path: Path  # the copy the rows are read from
    resources: tuple[str, ...]  # the names its copies carry in datapackage.json

    @property
    def fields(self) -> list[dict]:
        return self.schema["fields"]

    @property
    def field_names(self) -> list[str]:
        return [f["name"] for f in self.fields]

    def primary_key(self) -> list[str]:
        pk = self.schema.get("primaryKey") or []
        return [pk] if isinstance(pk, str) else list(pk)


def descriptor(package: Path) -> dict:
    """The package's datapackage.json; a missing or unreadable one is the user's error."""
    path = package / "datapackage.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "no datapackage.json here: give the folder of a published data package") from None
    except (OSError, ValueError) as exc:
        raise InputError(path, f"cannot be read as JSON ({exc})") from None


def package_digest(package: Path) -> str:
    """sha256 of datapackage.json, which holds the hash of every data file: it changes when any data does."""
    return hashlib.sha256((package / "datapackage.json").read_bytes()).hexdigest()


def tables(package: Path, desc: dict | None = None) -> list[Table]:
    """The package's resources as tables, named for their file (data/targets.csv, .parquet: targets).

    Referenced tables come before the tables pointing at them.
    """
    desc = desc if desc is not None else descriptor(package)
    copies: dict[str, list[dict]] = {}
    for res in desc.get("resources", []):
        if res.get("type", "table") == "table" and isinstance(res.get("path"), str) and res.get("schema"):
            copies.setdefault(Path(res["path"]).stem, []).append(res)
    out = []
    for name, group in copies.items():
        chosen = next((r for r in group if r.get("format") == "parquet"), None) or next(
            (r for r in group if r.get("format", "csv") == "csv"), None)
        if chosen is None:
            continue
        path = package / chosen["path"]
        if not path.exists():
            raise InputError(path, f"resource {chosen['name']} is listed in datapackage.json but the file is missing")
        out.append(Table(name, chosen["schema"], path, tuple(r["name"] for r in group)))
    return _referenced_first(out)


def table_of_resource(all_tables: list[Table]) -> dict[str, str]:
    return {r: t.name for t in all_tables for r in t.resources}


def foreign_keys(table: Table, all_tables: list[Table]) -> list[tuple[tuple[str, ...], str, tuple[str, ...]]]:
    """(columns, other table, other columns) for each foreign key; an empty resource means the table itself."""
    names = table_of_resource(all_tables)
    out = []
    for fk in table.schema.get("foreignKeys", []):
        ref = fk["reference"]
        if ref["resource"] and ref["resource"] not in names:
            raise InputError(table.path, f"a foreign key of {table.name} refers to {ref['resource']}, "
                                         "which the package does not have")
        other = names[ref["resource"]] if ref["resource"] else table.name
        cols = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
        other_cols = ref["fields"] if isinstance(ref["fields"], list) else [ref["fields"]]
        out.append((tuple(cols), other, tuple(other_cols)))
    return out


def _referenced_first(all_tables: list[Table]) -> list[Table]:
    """Package order, except that a table waits for the tables it references (cycles keep package order)."""
    by_name = {t.name: t for t in all_tables}
    done: list[Table] = []
    seen: set[str] = set()

    def visit(t: Table, path: tuple[str, ...]) -> None:
        if t.name in seen or t.name in path:
            return
        for _, other, _ in foreign_keys(t, all_tables):
            if other in by_name:
                visit(by_name[other], path + (t.name,))
        seen.add(t.name)
        done.append(t)

    for t in all_tables:
        visit(t, ())
    return done


def label_column(table: Table) -> str | None:
    return next((c for c in LABEL_COLUMNS if c in table.field_names), None)


def fts_columns(table: Table) -> list[str]:
    return [c for c in FTS_COLUMNS if c in table.field_names]


@dataclass(frozen=True)
class ContextView:
    """A table's rows with their document's issuer, region and year: people facet targets by those."""
    name: str
    sql: str
    table: Table
    context: Table  # the referenced table the added columns come from
    columns: tuple[str, ...]  # the added columns


def context_view(table: Table, all_tables: list[Table]) -> ContextView | None:
    """The view over `table` adding CONTEXT_COLUMNS from the first table it references that has them."""
    by_name = {t.name: t for t in all_tables}
    for cols, other, other_cols in foreign_keys(table, all_tables):
        ref = by_name.get(other)
        if ref is None or ref is table or len(cols) != 1:
            continue
        extra = tuple(c for c in CONTEXT_COLUMNS if c in ref.field_names and c not in table.field_names)
        if not extra:
            continue
        select = ", ".join([f"t.{_q(c)}" for c in table.field_names] + [f"d.{_q(c)}" for c in extra])
        sql = (f"SELECT {select} FROM {_q(table.name)} AS t LEFT JOIN {_q(other)} AS d "
               f"ON d.{_q(other_cols[0])} = t.{_q(cols[0])} ORDER BY t.rowid")
        return ContextView(f"{table.name}_in_context", sql, table, ref, extra)
    return None


def _q(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def rows(table: Table):
    """The rows of a table as dicts of SQLite values, in the order the package gives them."""
    types = {f["name"]: f["type"] for f in table.fields}
    if table.path.suffix == ".parquet":
        import pyarrow.parquet as pq

        records = pq.read_table(table.path, columns=table.field_names).to_pylist()
    else:
        records = _csv_records(table)
    for rec in records:
        yield {name: _value(rec.get(name), types[name]) for name in table.field_names}


def _csv_records(table: Table):
    """Typed rows of a CSV copy, read by frictionless against the resource's own schema."""
    from frictionless import Resource, Schema

    schema = Schema.from_descriptor({k: v for k, v in table.schema.items() if k != "foreignKeys"})
    with Resource(path=table.path.name, basepath=str(table.path.parent), schema=schema,
                  format="csv", encoding="utf-8-sig") as res:
        for row in res.row_stream:
            yield row.to_dict()


def _value(value, ftype: str):
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN: a missing number
        return None
    if ftype == "boolean":
        return int(bool(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if ftype in ("string", "date", "datetime", "time") and not isinstance(value, str):
        return str(value)
    return value


def build(package: Path, out: Path) -> dict[str, int]:
    """Write the package at `package` as the SQLite database `out`; returns the rows per table.

    The file is written beside `out` and moved into place, so a reader never sees half a database.
    """
    import sqlite_utils

    desc = descriptor(package)
    all_tables = tables(package, desc)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.building-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    counts: dict[str, int] = {}
    try:
        db = sqlite_utils.Database(tmp)
        # A scratch file until it is moved into place: no need to sync every batch to disk.
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA journal_mode = MEMORY")
        for t in all_tables:
            fks = [(c if len(c) > 1 else c[0], other, oc if len(oc) > 1 else oc[0])
                   for c, other, oc in foreign_keys(t, all_tables)]
            pk = t.primary_key()
            db[t.name].create(
                {f["name"]: _SQLITE_TYPES.get(f["type"], str) for f in t.fields},
                pk=(pk[0] if len(pk) == 1 else tuple(pk)) if pk else None,
                not_null=[f["name"] for f in t.fields if f.get("constraints", {}).get("required")],
                foreign_keys=fks,
            )
            try:
                db[t.name].insert_all(rows(t), batch_size=1000)
            except sqlite3.IntegrityError as exc:  # a package that would not validate: say where
                raise InputError(t.path, f"cannot be loaded as table {t.name}: {exc}") from None
            counts[t.name] = db[t.name].count
            if fts_columns(t):
                db[t.name].enable_fts(fts_columns(t), tokenize="trigram")
                _index_words(db, t.name, fts_columns(t))
        for t in all_tables:
            if view := context_view(t, all_tables):
                db.create_view(view.name, view.sql)
        db.index_foreign_keys()
        db[BUILD_TABLE].insert_all(
            [{"key": "name", "value": desc.get("name", "")},
             {"key": "version", "value": desc.get("version", "")},
             {"key": "datapackage_sha256", "value": package_digest(package)}], pk="key")
        db.vacuum()
        db.close()
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return counts


def _index_words(db, table: str, columns: list[str]) -> None:
    """The word index of a table (see search.py): contentless, one row per row of the table, same rowid."""
    name = table + WORDS_SUFFIX
    cols = ", ".join(_q(c) for c in columns)
    db.execute(f"CREATE VIRTUAL TABLE {_q(name)} USING fts5({cols}, content='', tokenize='unicode61')")
    read = f"SELECT rowid, {cols} FROM {_q(table)} ORDER BY rowid"
    rows = ([r[0], *(segmented(v) for v in r[1:])] for r in db.execute(read).fetchall())
    marks = ", ".join("?" * (len(columns) + 1))
    with db.conn:
        db.conn.executemany(f"INSERT INTO {_q(name)} (rowid, {cols}) VALUES ({marks})", rows)


def built_from(db_path: Path) -> str | None:
    """The digest of the datapackage.json a database was built from (None: not one of ours)."""
    if not db_path.exists():
        return None
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        row = conn.execute(f"SELECT value FROM {BUILD_TABLE} WHERE key = 'datapackage_sha256'").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return row[0] if row else None


def is_current(package: Path, db_path: Path) -> bool:
    return built_from(db_path) == package_digest(package)
