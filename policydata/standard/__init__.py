"""The standard as something to cite: where each schema and profile is named, and its history.

The standard ships inside the package (`policydata/standard/schemas/`, read through importlib.resources),
so an installed copy validates and writes templates without a checkout.
Every `schemas/*.schema.json` and `schemas/profiles/*.json` carries a `version` and an `$id` made
from its name and version by one pattern, so a citation names an exact, unchanging text. The ids
live under a permanent-identifier prefix (w3id.org), which redirects to wherever the files are served.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..paths import SCHEMA_DIR

ID_BASE = "https://w3id.org/policydata/schemas/"
SCHEMA_ID = ID_BASE + "{name}/{version}.schema.json"
PROFILE_ID = ID_BASE + "profiles/{name}/{version}.json"
PROFILE_DIR = SCHEMA_DIR / "profiles"
CHANGELOG = SCHEMA_DIR / "CHANGELOG.md"
SEMVER = re.compile(r"^\d+\.\d+\.\d+$")
_ID_LINE = re.compile(r'^(\s*)"\$id":\s*"[^"]*",\n', re.M)
_VERSION_LINE = re.compile(r'^(\s*)"version":\s*"[^"]*",\n', re.M)


def schema_files(root: Path = SCHEMA_DIR) -> list[Path]:
    """Every schema of the standard, whatever resources the code knows about."""
    return sorted(root.glob("*.schema.json"))


def profile_files(root: Path = SCHEMA_DIR) -> list[Path]:
    return sorted((root / PROFILE_DIR.name).glob("*.json"))


def expected_id(path: Path, doc: dict) -> str:
    pattern = PROFILE_ID if path.parent.name == PROFILE_DIR.name else SCHEMA_ID
    return pattern.format(name=doc["name"], version=doc["version"])


def with_id(path: Path) -> str:
    """The file's text with its `$id` line set from its name and version (inserted before `version`)."""
    text = path.read_text(encoding="utf-8")
    line = f'"$id": "{expected_id(path, json.loads(text))}",\n'
    if _ID_LINE.search(text):
        return _ID_LINE.sub(lambda m: m.group(1) + line, text, count=1)
    return _VERSION_LINE.sub(lambda m: m.group(1) + line + m.group(0), text, count=1)


def changelog_entries(root: Path = SCHEMA_DIR) -> set[tuple[str, str]]:
    """(name, version) pairs the schemas' CHANGELOG has an entry for: lines starting "- `name` version"."""
    path = root / CHANGELOG.name
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    return set(re.findall(r"^- `([a-z_]+)` (\d+\.\d+\.\d+)\b", text, re.M))


def citable_problems(root: Path = SCHEMA_DIR) -> list[str]:
    """What keeps the standard from being citable: a missing or stale `$id` or version, a version
    without its CHANGELOG line. Empty when every schema and profile file is in order."""
    out = []
    entries = changelog_entries(root)
    for p in schema_files(root) + profile_files(root):
        doc = json.loads(p.read_text(encoding="utf-8"))
        rel = p.relative_to(root)
        if not SEMVER.match(str(doc.get("version", ""))):
            out.append(f"{rel}: `version` must be MAJOR.MINOR.PATCH, found {doc.get('version')!r}")
            continue
        if doc.get("$id") != expected_id(p, doc):
            out.append(f"{rel}: `$id` must be {expected_id(p, doc)} (run `make docs`)")
        if (doc["name"], doc["version"]) not in entries:
            out.append(f"{rel}: no line '- `{doc['name']}` {doc['version']}: …' in schemas/CHANGELOG.md")
    return out
