"""What changed between two versions of a package, for people and for machines.

The same diff names the next version (semver), writes the CHANGELOG entry (grouped by document, each
changed field as old → new, rows that only moved in the text counted, not listed) and
changes/<version>.json (every row and field, old and new), and is what `policydata diff OLD NEW` prints.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import schemas
from .regions import LEVELS
from .writers import _cell

CHANGELOG = "CHANGELOG.md"
CHANGES_DIR = "changes"

#: Fields that only say where a row sits in the text: a row whose only change is here has "moved".
POSITION = ("char_start", "char_end")
#: Rows of one document, resource and kind of change are listed up to this many, counted beyond.
LIST_AT_MOST = 20
#: Rows listed in one entry in all; past this the notes count and point to the JSON.
LIST_BUDGET = 100
#: Text longer than this is shown shortened around the difference.
SHORT = 40
#: What makes a row recognisable, and what an added or removed row shows besides.
LABEL = {"documents": ("title",), "programs": ("label", "title"), "targets": ("indicator",),
         "projects": ("name",), "terms": ("term",), "source_issues": ("kind", "message"),
         "outcomes": ("year", "indicator"), "target_results": ("year", "indicator_code")}
SUMMARY = {"targets": ("comparator", "value", "value_max", "unit", "target_year"), "projects": ("action", "stage"),
           "terms": ("definition",), "outcomes": ("value", "unit"), "target_results": ("met",)}


@dataclass
class ResourceDiff:
    """Rows of one resource: added and removed are whole rows; the others {"key", "document_id", "fields",
    "old", "new"} with whole old and new rows (re-identified ones also carry "old_key")."""
    added: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    changed: list[dict] = field(default_factory=list)
    moved: list[dict] = field(default_factory=list)  # only char_start/char_end differ; old/new hold just those
    reidentified: list[dict] = field(default_factory=list)  # same content under a new id
    added_whole: Counter = field(default_factory=Counter)  # document_id -> rows of a document added whole (not kept)
    # documents whose rows are the same bytes in both packages, known from the byte ranges (publish.index)
    # without reading them; empty when the files were compared row by row. Not part of the record.
    same_bytes: set[str] = field(default_factory=set, compare=False)

    KINDS = ("changed", "added", "removed", "moved", "reidentified")

    def __bool__(self) -> bool:
        return any(getattr(self, k) for k in self.KINDS) or bool(self.added_whole)

    def to_json(self) -> dict:
        return {k: getattr(self, k) for k in self.KINDS}


@dataclass
class Diff:
    documents_added: list[str] = field(default_factory=list)
    documents_changed: list[str] = field(default_factory=list)  # the source's sha256 changed
    documents_removed: list[str] = field(default_factory=list)
    resources: dict[str, ResourceDiff] = field(default_factory=dict)
    schemas_changed: dict[str, str] = field(default_factory=dict)  # resource -> "compatible" | "incompatible"
    withheld: list[dict] = field(default_factory=list)  # {"document_id", "step", "message"}: left out, old rows kept
    titles: dict[str, str] = field(default_factory=dict)  # document_id -> title, new over old
    groups: dict[str, tuple[str, int]] = field(default_factory=dict)  # document_id -> (region_level, plan_year)

    def __bool__(self) -> bool:
        """Whether the package changed; withheld documents alone change nothing in it."""
        return bool(self.documents_added or self.documents_changed or self.documents_removed or self.schemas_changed
                    or any(self.resources.values()))

    def to_json(self) -> dict:
        """Every detail, except the rows of documents added as a whole: those are the documents' rows in
        the package of this version, counted per resource under `rows_of_added_documents`."""
        return {
            "documents": {"added": self.documents_added, "changed": self.documents_changed,
                          "removed": self.documents_removed},
            "withheld": self.withheld,
            "schemas": self.schemas_changed,
            "rows_of_added_documents": {n: dict(d.added_whole) for n, d in self.resources.items() if d.added_whole},
            "resources": {n: d.to_json() for n, d in self.resources.items() if any(getattr(d, k) for k in d.KINDS)},
        }


# --- reading tables as text ------------------------------------------------------------------------

def rows_as_text(name: str, rows: list[dict]) -> list[dict]:
    """Rows as their CSV cells, so old (read from CSV) and new (in memory) compare like for like."""
    types = {f["name"]: f["type"] for f in schemas.fields(name)}
    return [{k: _cell(v, types.get(k, "string")) for k, v in r.items()} for r in rows]


class LazyTables(Mapping):
    """A package's CSV rows by resource, read each time one is asked for and never kept: a diff holds one
    resource of each version at a time, not the whole of both packages."""

    def __init__(self, root: Path, desc: dict):
        self.paths = {r["name"]: Path(root) / r["path"] for r in desc.get("resources", [])
                      if r.get("format") == "csv" and (Path(root) / r["path"]).exists()}

    def __getitem__(self, name: str) -> list[dict]:
        with open(self.paths[name], encoding="utf-8-sig", newline="") as f:
            return list(csv.DictReader(f))

    def cells(self, name: str) -> tuple[list[str], list[list[str]]]:
        """(header, rows as lists of cells, in file order) of a resource; ([], []) when it has no CSV file."""
        if name not in self.paths:
            return [], []
        with open(self.paths[name], encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f)
            return next(reader, []), [r for r in reader if r]  # as DictReader: a blank line is no row

    def __iter__(self):
        return iter(self.paths)

    def __len__(self) -> int:
        return len(self.paths)


def read_package_tables(root: Path) -> tuple[dict, Mapping[str, list[dict]]]:
    """(descriptor, CSV rows by resource, read when asked for) of a published package; ({}, {}) when none."""
    desc_path = Path(root) / "datapackage.json"
    if not desc_path.exists():
        return {}, {}
    desc = json.loads(desc_path.read_text(encoding="utf-8"))
    return desc, LazyTables(root, desc)


# --- comparing -----------------------------------------------------------------------------------

def _key(schema: dict, row: dict) -> str:
    return "|".join(row.get(k, "") for k in schema["primaryKey"])


def _fields_changed(old: dict, new: dict) -> list[str]:
    """Fields whose cell differs; a field new in the schema, or gone from it, counts only where it holds a value
    (an empty cell under a new field is not a change)."""
    return [f for f in new if new.get(f) != old.get(f, "")] + [f for f in old if f not in new and old[f] != ""]


def _content(schema: dict, row: dict) -> tuple:
    """A row without its id, the ids it points at and its position: what a reader would call its content.

    Ids derive from content and from the heading a row sits under, so a corrected heading gives every row
    under it a new id; rows equal here are the same row re-identified, not one removed and one added.
    """
    ids = set(schema["primaryKey"]) | {f for fk in schema.get("foreignKeys", []) for f in fk["fields"]}
    ids.discard("document_id")
    return tuple((k, v) for k, v in sorted(row.items()) if k not in ids and k not in POSITION)


def diff_rows(schema: dict, old: list[dict], new: list[dict]) -> ResourceDiff:
    """Rows matched by primary key; unmatched rows of equal content paired as re-identified."""
    old_by = {_key(schema, r): r for r in old}
    new_by = {_key(schema, r): r for r in new}
    d = ResourceDiff()
    for k, row in new_by.items():
        fields_ = _fields_changed(old_by[k], row) if k in old_by and row != old_by[k] else []
        if fields_:
            item = {"key": k, "document_id": row.get("document_id", ""), "fields": fields_, "old": old_by[k], "new": row}
            if set(fields_) <= set(POSITION):  # the rest of the row is in the package: keep what moved
                item.update(old={f: old_by[k].get(f, "") for f in fields_}, new={f: row.get(f, "") for f in fields_})
                d.moved.append(item)
            else:
                d.changed.append(item)
    removed = [r for k, r in old_by.items() if k not in new_by]
    pool: dict[tuple, list[dict]] = {}
    for r in removed:
        pool.setdefault(_content(schema, r), []).append(r)
    for k, row in new_by.items():
        if k in old_by:
            continue
        same = pool.get(_content(schema, row))
        if same:
            o = same.pop(0)
            d.reidentified.append({"key": k, "old_key": _key(schema, o), "document_id": row.get("document_id", ""),
                                   "fields": _fields_changed(o, row), "old": o, "new": row})
        else:
            d.added.append(row)
    paired = {id(x["old"]) for x in d.reidentified}
    d.removed = [r for r in removed if id(r) not in paired]
    return d


def schema_change(old: dict | None, new: dict) -> str | None:
    """None when equal; "compatible" for added optional fields or looser or documentary changes;
    "incompatible" for removed or renamed fields, changed types, new required fields or tighter constraints."""
    if old is None or old == new:
        return None
    old_f = {f["name"]: f for f in old.get("fields", [])}
    new_f = {f["name"]: f for f in new.get("fields", [])}
    if set(old_f) - set(new_f) or old.get("primaryKey") != new.get("primaryKey"):
        return "incompatible"
    for name, f in new_f.items():
        c_new = f.get("constraints", {})
        if name not in old_f:
            if c_new.get("required"):
                return "incompatible"
            continue
        o = old_f[name]
        c_old = o.get("constraints", {})
        if o["type"] != f["type"] or (c_new.get("required") and not c_old.get("required")):
            return "incompatible"
        for k in ("pattern", "minimum", "maximum"):
            if k in c_new and c_new.get(k) != c_old.get(k):
                return "incompatible"
        if "enum" in c_new and not set(c_new["enum"]) >= set(c_old.get("enum", c_new["enum"])):
            return "incompatible"
    return "compatible"


def compare(old_desc: dict, old_tables: dict[str, list[dict]], new_desc: dict,
            new_tables: dict[str, list[dict]], withheld: list[dict] | None = None,
            ranges: tuple[dict | None, dict] | None = None) -> Diff:
    """The diff between an old package (descriptor + CSV rows) and a new one (descriptor + rows as text).

    `withheld`: documents left out of the new version ({"document_id", "step", "message"}), for the notes.
    `ranges`: (old, new) byte ranges of each document's rows in the CSV files of both packages
    (publish.index; old None when nothing was published before): the rows of a document whose bytes are
    the same in both are then never read.
    """
    d = Diff(withheld=[{"document_id": w["document_id"], "step": w["step"], "message": w["message"]}
                       for w in withheld or []])
    old_src = {s["document_id"]: s["sha256"] for s in old_desc.get("sources", []) if "document_id" in s}
    new_src = {s["document_id"]: s["sha256"] for s in new_desc.get("sources", []) if "document_id" in s}
    d.documents_added = sorted(set(new_src) - set(old_src))
    d.documents_removed = sorted(set(old_src) - set(new_src))
    d.documents_changed = sorted(k for k in set(new_src) & set(old_src) if new_src[k] != old_src[k])
    for rows in (old_tables.get("documents", []), new_tables.get("documents", [])):
        d.titles.update({r["document_id"]: r.get("title", "") for r in rows})
        d.groups.update({r["document_id"]: (r.get("region_level") or "", int(r.get("plan_year") or 0)) for r in rows})
    old_schemas = {r["name"]: r.get("schema") for r in old_desc.get("resources", []) if r.get("format") == "csv"}
    added = set(d.documents_added)
    for name in schemas.RESOURCES:
        new_schema = next(r["schema"] for r in new_desc["resources"] if r["name"] == name)
        change = schema_change(old_schemas.get(name), new_schema) if old_desc else None
        if change:
            d.schemas_changed[name] = change
        same: set[str] = set()
        fast = _rows_by_ranges(old_desc, old_tables, new_tables, name, added, ranges, same) if ranges else None
        if fast is not None:
            old_rows, new_rows, whole = fast
        elif isinstance(new_tables, LazyTables):
            old_rows, new_rows, whole = _rows_to_compare(old_tables, new_tables, name, added)
        else:
            rows = new_tables.get(name, [])
            whole = Counter(r.get("document_id", "") for r in rows if r.get("document_id") in added)
            old_rows, new_rows = old_tables.get(name, []), [r for r in rows if r.get("document_id") not in added]
        d.resources[name] = diff_rows(new_schema, old_rows, new_rows)
        d.resources[name].added_whole = whole
        d.resources[name].same_bytes = same
    return d


def _first_line(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.readline()


def _parse(header: list[str], data: bytes) -> list[dict]:
    """Rows of a byte range of a CSV file (whole records), as LazyTables reads them."""
    if not data:
        return []
    return [dict(zip(header, c)) for c in csv.reader(io.StringIO(data.decode("utf-8"), newline="")) if c]


def _rows_by_ranges(old_desc: dict, old_tables: Mapping, new_tables: Mapping, name: str, added: set[str],
                    ranges: tuple[dict | None, dict], same: set[str] | None = None
                    ) -> tuple[list[dict], list[dict], Counter] | None:
    """What _rows_to_compare gives, from the byte ranges of each document's rows (publish.index): a document
    whose rows are the same bytes in both packages is left out of both sides unread (and put in `same`), the
    rows of a document added whole are counted from the index. None when the ranges cannot say (then the
    files are read)."""
    same = set() if same is None else same
    old_ranges, new_ranges = ranges
    if name not in new_ranges or not isinstance(new_tables, LazyTables) or name not in new_tables.paths:
        return None
    if old_desc:
        if old_ranges is None or name not in old_ranges or not isinstance(old_tables, LazyTables) \
                or name not in old_tables.paths:
            return None
        old_path = old_tables.paths[name]
        if _first_line(old_path) != _first_line(new_tables.paths[name]):
            return None  # another header: every row is compared, as _rows_to_compare does
        old_r = old_ranges[name]
    else:
        old_path, old_r = None, {}
    header = next(csv.reader([_first_line(new_tables.paths[name]).decode("utf-8-sig")]))
    new_r = new_ranges[name]
    whole: Counter = Counter()
    old_parts: list[tuple[int, int]] = []
    new_parts: list[tuple[int, int]] = []
    with open(new_tables.paths[name], "rb") as fn, (open(old_path, "rb") if old_path else io.BytesIO()) as fo:
        def read(f, start: int, length: int) -> bytes:
            f.seek(start)
            return f.read(length)

        for doc, (start, length, rows) in new_r.items():
            if doc in added:
                if rows:
                    whole[doc] += rows
                continue
            old = old_r.get(doc)
            if old is not None and old[1] == length and read(fo, old[0], old[1]) == read(fn, start, length):
                same.add(doc)
                continue  # the same rows, byte for byte
            if old is not None:
                old_parts.append(old[:2])
            new_parts.append((start, length))
        old_parts += [r[:2] for doc, r in old_r.items() if doc not in new_r]
        old_rows = [row for start, length in sorted(old_parts) for row in _parse(header, read(fo, start, length))]
        new_rows = [row for start, length in sorted(new_parts) for row in _parse(header, read(fn, start, length))]
    return old_rows, new_rows, whole


def _rows_to_compare(old_tables: Mapping, new_tables: LazyTables, name: str,
                     added: set[str]) -> tuple[list[dict], list[dict], Counter]:
    """(old rows, new rows, rows counted per document added) of a resource, as diff_rows needs them, with
    the rows of every document that did not change left out of both sides.

    A document added whole is only counted, so a first release of a large corpus is not read into dicts.
    A document whose rows are the same cells in the same order in both versions contributes nothing to
    diff_rows: each of its rows finds its key on the other side with an equal row (primary keys are unique
    in both versions: the old one passed the gate and is verified against its hashes before a run builds
    on it, and a new one with a duplicate key never passes the gate), and re-identification pairs rows of
    the same document only (document_id is part of a row's content). So adding one report to a large
    package turns into dicts and compares the rows of the documents that changed, not of the whole corpus.
    """
    header, new_cells = new_tables.cells(name)
    k = header.index("document_id") if "document_id" in header else None
    if isinstance(old_tables, LazyTables):
        old_header, old_cells = old_tables.cells(name)
    else:  # nothing published before, or rows in memory
        old_header, old_cells = [], None
    same: set[str] = set()
    if k is not None and old_cells is not None and old_header == header:
        old_by: dict[str, list[list[str]]] = {}
        for c in old_cells:
            old_by.setdefault(c[k], []).append(c)
        new_by: dict[str, list[list[str]]] = {}
        for c in new_cells:
            new_by.setdefault(c[k], []).append(c)
        same = {doc for doc, rows in new_by.items() if old_by.get(doc) == rows}
    if old_cells is None:
        old_rows = old_tables.get(name, [])
    else:
        ko = old_header.index("document_id") if "document_id" in old_header else None
        old_rows = [dict(zip(old_header, c)) for c in old_cells if ko is None or c[ko] not in same]
    whole: Counter = Counter()
    new_rows = []
    for c in new_cells:
        if k is not None and c[k] in added:
            whole[c[k]] += 1
        elif k is None or c[k] not in same:
            new_rows.append(dict(zip(header, c)))
    return old_rows, new_rows, whole


def next_version(old: str | None, d: Diff) -> str | None:
    """Semver of the new package: major for incompatible schemas or removed documents, minor for added
    documents or compatible schema changes, patch for anything else that changed; None for no change."""
    if old is None:
        return "1.0.0"
    if not d:
        return None
    major, minor, patch = (int(x) for x in old.split("."))
    if "incompatible" in d.schemas_changed.values() or d.documents_removed:
        return f"{major + 1}.0.0"
    if d.documents_added or d.schemas_changed:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


# --- showing values ------------------------------------------------------------------------------

def _flat(text: str) -> str:
    return " ".join(text.split()) if any(c in text for c in "\r\n\t") else text


def _show(value: str) -> str:
    value = _flat(value)
    if value == "":
        return "(empty)"
    return value if len(value) <= SHORT else value[:SHORT] + "…"


def _show_pair(old: str, new: str, context: int = 10) -> tuple[str, str]:
    """Old and new value; long ones cut to the part that differs, with a little context either side."""
    old, new = _flat(old), _flat(new)
    if len(old) <= SHORT and len(new) <= SHORT:
        return _show(old), _show(new)
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1

    def cut(t: str) -> str:
        start, end = max(0, p - context), min(len(t), len(t) - s + context)
        middle = t[p:len(t) - s]
        if len(middle) > SHORT // 2:
            middle = middle[:SHORT // 2] + "…"
        return ("…" if start else "") + t[start:p] + middle + t[len(t) - s:end] + ("…" if end < len(t) else "")
    return cut(old) or "(empty)", cut(new) or "(empty)"


def _n(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _label(name: str, row: dict) -> str:
    text = " ".join(_flat(row.get(f, "")) for f in LABEL.get(name, ()) if row.get(f))
    return _show(text) if text else ""


def _md(text: str) -> str:
    """Plain text safe inside a markdown table cell or list item."""
    return text.replace("|", "\\|")


def _row_line(name: str, verb: str, key: str, row: dict, detail: str) -> str:
    label = _label(name, row)
    return f"  - {verb} {_md(label) + ' ' if label else ''}(`{key}`){': ' + _md(detail) if detail else ''}"


def _changed_detail(item: dict) -> str:
    parts = []
    for f in item["fields"]:
        if f in POSITION:
            continue
        old, new = _show_pair(item["old"].get(f, ""), item["new"].get(f, ""))
        parts.append(f"{f} {old} → {new}")
    return "; ".join(parts)


def _summary_detail(name: str, row: dict) -> str:
    return ", ".join(f"{f} {_show(row[f])}" for f in SUMMARY.get(name, ()) if row.get(f))


# --- writing ----------------------------------------------------------------------------------

GROUP_AT = 40  # more documents than this in one table: grouped by level of government and plan year


def _coverage(d: Diff, docs: list[str], rows: str, total: bool = False) -> list[str]:
    """A table of documents × rows per resource (rows of d.resources[*].added or .removed); grouped by level
    and plan year when there are more than GROUP_AT documents."""
    names = [n for n in schemas.RESOURCES if n != "documents"]
    def rows_of(n: str) -> Counter:
        r = d.resources.get(n, ResourceDiff())
        return Counter(x.get("document_id", "") for x in getattr(r, rows)) + (r.added_whole if rows == "added" else Counter())

    count = {n: rows_of(n) for n in names}
    if len(docs) > GROUP_AT:  # a corpus at once: a line per level of government and plan year, not per document
        groups: dict[tuple[str, int], list[str]] = {}
        for doc in docs:
            groups.setdefault(d.groups.get(doc, ("", 0)), []).append(doc)
        order = sorted(groups, key=lambda g: (LEVELS.index(g[0]) if g[0] in LEVELS else len(LEVELS), g))
        L = ["| level | plan year | documents | " + " | ".join(names) + " |", "|---|---|---:|" + "---:|" * len(names)]
        L += [f"| {level or '—'} | {year or '—'} | {len(groups[(level, year)])} | "
              + " | ".join(str(sum(count[n][x] for x in groups[(level, year)])) for n in names) + " |"
              for level, year in order]
        if total:
            L.append(f"| **all** | | {len(docs)} | " + " | ".join(str(sum(count[n][x] for x in docs)) for n in names) + " |")
        return L + ["", "Rows of each document: the data card's *Rows per document*."]
    L = ["| document | title | " + " | ".join(names) + " |", "|---|---|" + "---:|" * len(names)]
    L += [f"| `{doc}` | {_md(d.titles.get(doc, ''))} | " + " | ".join(str(count[n][doc]) for n in names) + " |"
          for doc in docs]
    if total:
        L.append(f"| **all** | {_n(len(docs), 'document')} | "
                 + " | ".join(str(sum(count[n][x] for x in docs)) for n in names) + " |")
    return L


class _Budget:
    def __init__(self, rows: int):
        self.left = rows

    def take(self, n: int) -> bool:
        """Whether n rows may still be listed (and if so, they are counted against the budget)."""
        if 0 < n <= LIST_AT_MOST and n <= self.left:
            self.left -= n
            return True
        return False


def _document_section(d: Diff, doc: str, budget: _Budget) -> list[str]:
    status = "source corrected" if doc in d.documents_changed else "same source, rows changed"
    title = d.titles.get(doc, "")
    L = ["", f"### `{doc}`{' ' + _md(title) if title else ''} ({status})", ""]
    for name in schemas.RESOURCES:
        r = d.resources.get(name)
        if not r:
            continue
        mine = {k: [x for x in getattr(r, k) if x.get("document_id", "") == doc] for k in ResourceDiff.KINDS}
        if not any(mine.values()):
            continue
        words, items, schema = [], [], schemas.schema(name)
        for kind, verb in (("changed", "changed"), ("added", "added"), ("removed", "removed")):
            rows = mine[kind]
            if not rows:
                continue
            if budget.take(len(rows)):
                words.append(f"{len(rows)} {verb}")
                for x in rows:
                    if kind == "changed":
                        items.append(_row_line(name, verb, x["key"], x["new"], _changed_detail(x)))
                    else:
                        items.append(_row_line(name, verb, _key(schema, x), x, _summary_detail(name, x)))
            elif kind == "changed":
                by_field = Counter(f for x in rows for f in x["fields"] if f not in POSITION)
                words.append(f"{len(rows)} changed (" + ", ".join(f"{f} {n}" for f, n in by_field.most_common()) + ")")
            else:
                words.append(f"{len(rows)} {verb}")
        for kind, word in (("moved", "moved"), ("reidentified", "re-identified")):
            if mine[kind]:
                words.append(f"{len(mine[kind])} {word}")
        L.append(f"- {name}: " + ", ".join(words))
        L += items
    return L


def render(d: Diff, version: str | None = None, first: bool = False, heading: str | None = None) -> str:
    """The diff as markdown a person can read: the CHANGELOG entry of a version, the summary of a publish,
    or what `policydata diff` prints. `heading` defaults to the version; `first` gives a coverage table."""
    heading = heading or version
    L = [f"## {heading}", ""] if heading else []
    budget = _Budget(LIST_BUDGET)
    added = set(d.documents_added)
    if first:
        L += [f"First release: {_n(len(d.documents_added), 'document')}.", ""]
        L += _coverage(d, d.documents_added, "added", total=True)
    else:
        touched = sorted({x.get("document_id", "") for r in d.resources.values() for k in ResourceDiff.KINDS
                          for x in getattr(r, k)} - added - set(d.documents_removed))
        counts = [(len(d.documents_added), "added"), (len(d.documents_removed), "removed"),
                  (len(d.documents_changed), "with a corrected source"),
                  (len([x for x in touched if x not in d.documents_changed]), "with rows changed, same source")]
        said = [f"{_n(n, 'document')} {what}" for n, what in counts if n]
        L.append(("; ".join(said) + ".") if said else "No change." if not d else "No document changed.")
        L += [f"Schema of `{name}` changed ({change})." for name, change in d.schemas_changed.items()]
        if d.documents_added:
            L += ["", "### Documents added", ""] + _coverage(d, d.documents_added, "added", len(d.documents_added) > 1)
        if d.documents_removed:
            L += ["", "### Documents removed", ""] + _coverage(d, d.documents_removed, "removed",
                                                             len(d.documents_removed) > 1)
        for doc in touched:
            L += _document_section(d, doc, budget)
    if d.withheld:
        L += ["", "### Withheld", "", "Left out of this version because a step failed; "
              "the rows they had in the previous version, if any, are kept.", ""]
        L += [f"- `{w['document_id']}` ({w['step']}): {_md(_flat(str(w['message'])).strip())}" for w in d.withheld]
    notes = []
    if any(r.moved for r in d.resources.values()):
        notes.append("Moved: only the row's place in the text (" + ", ".join(POSITION) + ") changed.")
    if any(r.reidentified for r in d.resources.values()):
        notes.append("Re-identified: the same content under a new id, because a heading above it changed.")
    if version and (first or d):
        notes.append(f"Every row and field, old and new: `changes/{version}.json`.")
    elif d and not first:
        notes.append("Every row and field, old and new: `policydata diff --json`.")
    if notes:
        L += ["", " ".join(notes)]
    return "\n".join(L).rstrip() + "\n"


def write_history(root: Path, old_root: Path | None, version: str, d: Diff, first: bool) -> None:
    """CHANGELOG.md (new entry on top of the old ones) and changes/<version>.json, old ones carried over."""
    (root / CHANGES_DIR).mkdir(exist_ok=True)
    old_entries = ""
    if old_root is not None and (old_root / CHANGELOG).exists():
        old_text = (old_root / CHANGELOG).read_text(encoding="utf-8")
        old_entries = old_text.split("\n", 2)[2] if old_text.startswith("# Changelog") else ""
        if (old_root / CHANGES_DIR).is_dir():
            for p in sorted((old_root / CHANGES_DIR).glob("*.json")):
                (root / CHANGES_DIR / p.name).write_bytes(p.read_bytes())
    header = "# Changelog\n\n"
    entry = render(d, version, first=first)
    (root / CHANGELOG).write_text(header + entry + ("\n" + old_entries.lstrip("\n") if old_entries.strip() else ""),
                                  encoding="utf-8")
    payload = {"version": version, **d.to_json()}
    (root / CHANGES_DIR / f"{version}.json").write_text(dump_json(payload) + "\n", encoding="utf-8")


def dump_json(value, indent: str = "") -> str:
    """JSON with one row per line: containers of plain values inline, the structure around them indented,
    so a large diff stays small and a line of `git diff` is a row."""
    def plain(v):
        return not isinstance(v, (dict, list)) or not any(isinstance(x, (dict, list))
                                                          for x in (v.values() if isinstance(v, dict) else v))
    if plain(value):
        return json.dumps(value, ensure_ascii=False)
    inner = indent + "  "
    if isinstance(value, dict):
        body = ",\n".join(f"{inner}{json.dumps(k, ensure_ascii=False)}: {dump_json(v, inner)}" for k, v in value.items())
        return "{\n" + body + "\n" + indent + "}"
    return "[\n" + ",\n".join(inner + dump_json(v, inner) for v in value) + "\n" + indent + "]"


def diff_packages(old_root: Path, new_root: Path) -> Diff:
    """The diff between two package folders (the old one may be empty: then everything is added)."""
    old_desc, old_tables = read_package_tables(old_root)
    new_desc, new_tables = read_package_tables(new_root)
    if not new_desc:
        raise FileNotFoundError(new_root / "datapackage.json")
    return compare(old_desc, old_tables, new_desc, new_tables)
