"""`policydata ids`: publication ids for an agency's tables, minted as the pipeline mints its own.

Each schema with an `idScheme` names a letter and the fields that identify a row; the id is
`<document_id>-<letter>-<digest>` with the digest of those values and how often they occurred before
in the document (policydata/ids.py), so the same rows always get the same ids, and an edit elsewhere
moves none. Resources are minted referenced-first, and every reference to an old id is rewritten.
"""

from __future__ import annotations

import csv
import gc
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..ids import IdMaker
from ..validation.check import _as_strings
from ..validation.sources import Unusable, expand, load_schemas, open_table, recognise
from ..validation.spans import Texts

SPAN_KEY = re.compile(r"^text\[(\w+):(\w+)\]$")  # a key part that is a slice of the document's text


class MintError(Exception):
    """Ids cannot be minted: the message names the file, row and what to change."""


@dataclass
class Part:
    """One input file: its rows within its resource's table."""
    path: Path
    header: list[str]
    start: int
    stop: int


@dataclass
class Tables:
    rows: dict[str, list[dict]] = field(default_factory=dict)
    parts: dict[str, list[Part]] = field(default_factory=dict)


def read_tables(paths: list[Path], schemas: dict[str, dict], resource: str | None = None) -> tuple[Tables, list[Path]]:
    """Every table the paths name, rows as dicts of text ("" when empty), by resource; and the text folders."""
    tables, bad, text_dirs = expand(paths)
    if bad:
        path, exc = bad[0]
        raise MintError(f"{path}: {exc.key}")
    known = {f["name"] for s in schemas.values() for f in s["fields"]}
    out = Tables()
    for t in tables:
        try:
            header, _, batches = open_table(t, [], known)
            recognise(t, header, schemas, resource)
            rows = [{k: v or "" for k, v in zip(header, vals)} for b in batches
                    for vals in zip(*(c.to_pylist() for c in _as_strings(b).columns))]
        except Unusable as exc:
            raise MintError(f"{t.path}: cannot be read ({exc.key})") from None
        table = out.rows.setdefault(t.resource, [])
        out.parts.setdefault(t.resource, []).append(Part(t.path, header, len(table), len(table) + len(rows)))
        for r in rows:
            r["_where"] = (t.path, t.header_row)
        table.extend(rows)
    gc.collect()  # free the readers' Arrow objects now (see validation.check_paths)
    return out, text_dirs


def _fk_columns(schema: dict) -> list[tuple[str, str]]:
    """(column, referenced resource) for each foreign key; "" resource means the table itself."""
    out = []
    for fk in schema.get("foreignKeys", []):
        cols = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
        out.append((cols[0], fk["reference"]["resource"] or schema["name"]))
    return out


def mint_order(schemas: dict[str, dict], present: list[str]) -> list[str]:
    """Resources with an idScheme, each after the resources its key refers to."""
    todo = [n for n in present if "idScheme" in schemas[n]]
    done: list[str] = []
    while todo:
        for n in todo:
            deps = {ref for col, ref in _fk_columns(schemas[n]) if ref != n and ref in todo}
            if not deps:
                done.append(n)
                todo.remove(n)
                break
        else:
            raise MintError("the id schemes refer to each other in a cycle: " + ", ".join(todo))
    return done


def mint(tables: Tables, schemas: dict[str, dict], texts: Texts) -> dict[str, int]:
    """Mint ids in place; rewrite references. Returns how many ids were minted per resource."""
    doc_field = next(f for f in schemas["documents"]["fields"] if f["name"] == "document_id")
    doc_pattern = re.compile(doc_field.get("constraints", {}).get("pattern", ".*"))
    maps: dict[str, dict[str, str]] = {}
    counts = {}
    for name in mint_order(schemas, list(tables.rows)):
        s, rows = schemas[name], tables.rows[name]
        pk = s["primaryKey"][0]
        scheme = s["idScheme"]
        fks = _fk_columns(s)
        for col, ref in fks:  # references to resources minted before
            if ref != name and ref in maps:
                for r in rows:
                    r[col] = maps[ref].get(r.get(col, ""), r.get(col, ""))
        old_ids = [r.get(pk, "") for r in rows]
        seen: dict[str, int] = {}
        for i, v in enumerate(old_ids):
            if v and v in seen:
                raise MintError(f"{_where(tables, name, i)}: the id '{v}' repeats {_where(tables, name, seen[v])}; "
                                f"old ids must be unique (or empty) so that references to them can be rewritten")
            seen.setdefault(v, i)
        self_cols = [col for col, ref in fks if ref == name]
        makers: dict[str, IdMaker] = {}
        new: dict[int, str] = {}
        busy: set[int] = set()

        def mint_row(i: int) -> str:
            if i in new:
                return new[i]
            if i in busy:
                raise MintError(f"{_where(tables, name, i)}: the row is its own ancestor ({', '.join(self_cols)})")
            busy.add(i)
            r = rows[i]
            for col in self_cols:  # the parent first, so the key holds the parent's new id
                j = seen.get(r.get(col, ""))
                if r.get(col) and j is not None:
                    r[col] = mint_row(j)
            doc = r.get("document_id", "")
            if not doc_pattern.match(doc):
                raise MintError(f"{_where(tables, name, i)}: document_id '{doc}' is not lowercase ASCII letters, "
                                f"digits and hyphens; ids are made from it: choose one like 'region-2021' for this "
                                f"document, in every table")
            key = [_key_value(r, k, texts, tables, name, i) for k in scheme["key"]]
            maker = makers.setdefault(doc, IdMaker(doc, scheme["letter"]))
            new[i] = maker(*key)
            busy.discard(i)
            return new[i]

        for i in range(len(rows)):
            mint_row(i)
        maps[name] = {old: new[i] for old, i in seen.items() if old}
        for i, r in enumerate(rows):
            r[pk] = new[i]
        counts[name] = len(rows)
    for name, rows in tables.rows.items():  # references from resources that have no idScheme of their own
        if name in counts:
            continue
        for col, ref in _fk_columns(schemas[name]):
            if ref in maps:
                for r in rows:
                    r[col] = maps[ref].get(r.get(col, ""), r.get(col, ""))
    return counts


def _where(tables: Tables, name: str, i: int) -> str:
    part = next(p for p in tables.parts[name] if p.start <= i < p.stop)
    header_row = tables.rows[name][i]["_where"][1]
    return f"{part.path} row {header_row + 1 + i - part.start}"


def _key_value(r: dict, k: str, texts: Texts, tables: Tables, name: str, i: int) -> str:
    m = SPAN_KEY.match(k)
    if not m:
        return r.get(k, "")
    doc = r.get("document_id", "")
    if doc not in texts.paths:
        raise MintError(f"{_where(tables, name, i)}: {name} ids are made from {k}, and no text/{doc}.txt was given "
                        f"(put it beside the tables or pass --texts DIR)")
    try:
        a, b = int(r.get(m.group(1), "")), int(r.get(m.group(2), ""))
    except ValueError:
        raise MintError(f"{_where(tables, name, i)}: {m.group(1)} and {m.group(2)} must be integers to mint the id")
    return texts.get(doc)[a:b]


def write_tables(tables: Tables, out: Path) -> list[Path]:
    """One CSV per input file (UTF-8 with BOM, as the package's), columns as they came."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, parts in tables.parts.items():
        for part in parts:
            path = out / (part.path.stem + ".csv")
            with open(path, "w", encoding="utf-8-sig", newline="") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(part.header)
                for r in tables.rows[name][part.start:part.stop]:
                    w.writerow([r.get(h, "") for h in part.header])
            written.append(path)
    return written


def mint_paths(paths: list[Path], out: Path, texts: Path | None = None, schemas_source: str | None = None,
               resource: str | None = None) -> tuple[dict[str, int], list[Path]]:
    """Read the tables, mint their ids, write them to `out`. Raises MintError or Unusable."""
    schemas = load_schemas(schemas_source)
    tables, text_dirs = read_tables(paths, schemas, resource)
    counts = mint(tables, schemas, Texts(([texts] if texts else []) + text_dirs))
    return counts, write_tables(tables, out)
