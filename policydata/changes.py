"""What changed between two versions of a package: documents, and rows per resource by primary key.

The same diff names the next version (semver), writes the CHANGELOG entry and changes/<version>.json,
and is what `policydata diff OLD NEW` prints.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from . import schemas
from .writers import _cell

CHANGELOG = "CHANGELOG.md"
CHANGES_DIR = "changes"


@dataclass
class ResourceDiff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[dict] = field(default_factory=list)  # {"key": …, "fields": [names]}

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass
class Diff:
    documents_added: list[str] = field(default_factory=list)
    documents_changed: list[str] = field(default_factory=list)
    documents_removed: list[str] = field(default_factory=list)
    resources: dict[str, ResourceDiff] = field(default_factory=dict)
    schemas_changed: dict[str, str] = field(default_factory=dict)  # resource -> "compatible" | "incompatible"

    def __bool__(self) -> bool:
        return bool(self.documents_added or self.documents_changed or self.documents_removed or self.schemas_changed
                    or any(self.resources.values()))

    def to_json(self) -> dict:
        return {
            "documents": {"added": self.documents_added, "changed": self.documents_changed,
                          "removed": self.documents_removed},
            "schemas": self.schemas_changed,
            "resources": {n: {"added": d.added, "removed": d.removed, "changed": d.changed}
                          for n, d in self.resources.items() if d},
        }


# --- reading tables as text ------------------------------------------------------------------------

def rows_as_text(name: str, rows: list[dict]) -> list[dict]:
    """Rows as their CSV cells, so old (read from CSV) and new (in memory) compare like for like."""
    types = {f["name"]: f["type"] for f in schemas.fields(name)}
    return [{k: _cell(v, types.get(k, "string")) for k, v in r.items()} for r in rows]


def read_package_tables(root: Path) -> tuple[dict, dict[str, list[dict]]]:
    """(descriptor, CSV rows by resource) of a published package; ({}, {}) when there is none."""
    desc_path = root / "datapackage.json"
    if not desc_path.exists():
        return {}, {}
    desc = json.loads(desc_path.read_text(encoding="utf-8"))
    tables = {}
    for res in desc.get("resources", []):
        if res.get("format") == "csv" and (root / res["path"]).exists():
            with open(root / res["path"], encoding="utf-8-sig", newline="") as f:
                tables[res["name"]] = list(csv.DictReader(f))
    return desc, tables


# --- comparing -----------------------------------------------------------------------------------

def _key(schema: dict, row: dict) -> str:
    return "|".join(row.get(k, "") for k in schema["primaryKey"])


def diff_rows(schema: dict, old: list[dict], new: list[dict]) -> ResourceDiff:
    old_by = {_key(schema, r): r for r in old}
    new_by = {_key(schema, r): r for r in new}
    d = ResourceDiff(added=[k for k in new_by if k not in old_by], removed=[k for k in old_by if k not in new_by])
    for k, row in new_by.items():
        if k in old_by and row != old_by[k]:
            fields_ = [f for f in row if row.get(f) != old_by[k].get(f)]
            fields_ += [f for f in old_by[k] if f not in row]
            d.changed.append({"key": k, "fields": fields_})
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
            new_tables: dict[str, list[dict]]) -> Diff:
    """The diff between an old package (descriptor + CSV rows) and a new one (descriptor + rows as text)."""
    d = Diff()
    old_src = {s["document_id"]: s["sha256"] for s in old_desc.get("sources", []) if "document_id" in s}
    new_src = {s["document_id"]: s["sha256"] for s in new_desc.get("sources", []) if "document_id" in s}
    d.documents_added = sorted(set(new_src) - set(old_src))
    d.documents_removed = sorted(set(old_src) - set(new_src))
    d.documents_changed = sorted(k for k in set(new_src) & set(old_src) if new_src[k] != old_src[k])
    old_schemas = {r["name"]: r.get("schema") for r in old_desc.get("resources", []) if r.get("format") == "csv"}
    for name in schemas.RESOURCES:
        new_schema = next(r["schema"] for r in new_desc["resources"] if r["name"] == name)
        change = schema_change(old_schemas.get(name), new_schema) if old_desc else None
        if change:
            d.schemas_changed[name] = change
        d.resources[name] = diff_rows(new_schema, old_tables.get(name, []), new_tables.get(name, []))
    return d


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


# --- writing ----------------------------------------------------------------------------------

def render(d: Diff, version: str | None = None, first: bool = False, limit: int = 200) -> str:
    """The diff as markdown: the CHANGELOG entry of a version, or the output of `policydata diff`."""
    L = [f"## {version}", ""] if version else []
    if first:
        L.append("First release.")
    for label, docs in (("Documents added", d.documents_added), ("Documents changed (corrected source)",
                                                                 d.documents_changed),
                        ("Documents removed", d.documents_removed)):
        if docs:
            L.append(f"{label}: " + ", ".join(f"`{x}`" for x in docs) + ".")
    for name, change in d.schemas_changed.items():
        L.append(f"Schema of `{name}` changed ({change}).")
    L += ["", "| resource | rows added | rows removed | rows changed |", "|---|---|---|---|"]
    L += [f"| {n} | {len(r.added)} | {len(r.removed)} | {len(r.changed)} |" for n, r in d.resources.items()]
    if not first:
        for n, r in d.resources.items():
            if not r:
                continue
            L += ["", f"### {n}", ""]
            items = [f"- added `{k}`" for k in r.added] + [f"- removed `{k}`" for k in r.removed]
            items += [f"- changed `{c['key']}`: {', '.join(c['fields'])}" for c in r.changed]
            L += items[:limit] + ([f"- … and {len(items) - limit} more (see changes/{version}.json)"]
                                  if len(items) > limit else [])
    if not d and not first:
        L.append("No change.")
    return "\n".join(L).rstrip() + "\n"


def write_history(root: Path, old_root: Path | None, version: str, d: Diff, first: bool) -> None:
    """CHANGELOG.md (new entry on top of the old ones) and changes/<version>.json, old ones carried over."""
    (root / CHANGES_DIR).mkdir(exist_ok=True)
    old_entries = ""
    if old_root is not None and (old_root / CHANGELOG).exists():
        old_entries = (old_root / CHANGELOG).read_text(encoding="utf-8").split("\n", 2)[2] if \
            (old_root / CHANGELOG).read_text(encoding="utf-8").startswith("# Changelog") else ""
        if (old_root / CHANGES_DIR).is_dir():
            for p in sorted((old_root / CHANGES_DIR).glob("*.json")):
                (root / CHANGES_DIR / p.name).write_bytes(p.read_bytes())
    header = "# Changelog\n\n"
    entry = render(d, version, first=first)
    (root / CHANGELOG).write_text(header + entry + ("\n" + old_entries.lstrip("\n") if old_entries.strip() else ""),
                                  encoding="utf-8")
    payload = {"version": version, **d.to_json()}
    (root / CHANGES_DIR / f"{version}.json").write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n",
                                                        encoding="utf-8")


def diff_packages(old_root: Path, new_root: Path) -> Diff:
    old_desc, old_tables = read_package_tables(old_root)
    new_desc, new_tables = read_package_tables(new_root)
    if not new_desc:
        raise FileNotFoundError(new_root / "datapackage.json")
    return compare(old_desc, old_tables, new_desc, new_tables)
