"""The publication gate: frictionless over the whole staged package, plus checks it cannot make.

frictionless checks types, constraints, primary and foreign keys, hashes and byte counts of
every resource, CSV and Parquet. We add what the schemas cannot say: each span points at its
text, and the Parquet copy holds the same rows as the CSV.
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pyarrow.parquet as pq

from ..errors import ValidationFailed
from ..writers import _cell


def frictionless_errors(descriptor_path: Path) -> list[str]:
    from frictionless import Package

    package = Package(str(descriptor_path))
    report = package.validate()
    if report.valid:
        return []
    out = []
    for task in report.tasks:
        for e in task.errors:
            row = getattr(e, "row_number", None)
            field = getattr(e, "field_name", None)
            where = "".join([f" row {row}" if row else "", f" field {field}" if field else ""])
            out.append(f"{task.name}{where}: {e.type}: {e.note}")
    out += [f"package: {e.type}: {e.note}" for e in report.errors]
    return out


def _read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def span_errors(root: Path, desc: dict) -> list[str]:
    """Every row with a span must point into its document's text; source_text must equal the slice."""
    # newline="" keeps \r\n as written: offsets count every character
    texts = {p.stem: p.open(encoding="utf-8", newline="").read() for p in (root / "text").glob("*.txt")}
    out = []
    for res in desc["resources"]:
        if res["format"] != "csv":
            continue
        names = {f["name"] for f in res["schema"]["fields"]}
        if "char_start" not in names:
            continue
        for i, row in enumerate(_read_csv(root / res["path"]), start=2):
            text = texts.get(row["document_id"])
            if text is None:
                out.append(f"{res['name']} row {i}: no text/{row['document_id']}.txt")
                continue
            a, b = int(row["char_start"]), int(row["char_end"])
            if not 0 <= a <= b <= len(text):
                out.append(f"{res['name']} row {i}: span {a}-{b} outside the text ({len(text)} chars)")
            elif "source_text" in row and text[a:b] != row["source_text"]:
                out.append(f"{res['name']} row {i}: text[{a}:{b}] is not its source_text")
    return out


def parquet_matches_csv(root: Path, desc: dict) -> list[str]:
    out = []
    by_name = {r["name"]: r for r in desc["resources"]}
    for res in desc["resources"]:
        if res["format"] != "parquet":
            continue
        twin = by_name[res["name"].removesuffix("-parquet")]
        types = {f["name"]: f["type"] for f in res["schema"]["fields"]}
        rows = pq.read_table(root / res["path"]).to_pylist()
        expected = _read_csv(root / twin["path"])
        if len(rows) != len(expected):
            out.append(f"{res['name']}: {len(rows)} rows, but {twin['name']} has {len(expected)}")
            continue
        for i, (p, c) in enumerate(zip(rows, expected), start=2):
            if {k: _cell(v, types[k]) for k, v in p.items()} != c:
                out.append(f"{res['name']} row {i}: differs from {twin['name']}")
                break
    return out


def file_errors(root: Path, desc: dict) -> list[str]:
    """Each file's sha256 (and size, where declared) as in the descriptor; frictionless skips Parquet's."""
    out = []
    for res in desc["resources"]:
        data = (root / res["path"]).read_bytes()
        if res.get("hash") != "sha256:" + hashlib.sha256(data).hexdigest():
            out.append(f"{res['name']}: {res['path']} does not match its declared sha256")
        if "bytes" in res and res["bytes"] != len(data):
            out.append(f"{res['name']}: {res['path']} is {len(data)} bytes, declared {res['bytes']}")
    return out


def validate_package(root: Path) -> None:
    """Raise ValidationFailed, with a readable report, unless the staged package is valid."""
    path = root / "datapackage.json"
    desc = json.loads(path.read_text(encoding="utf-8"))
    errors = frictionless_errors(path) + file_errors(root, desc) + span_errors(root, desc) + parquet_matches_csv(root, desc)
    if errors:
        shown = errors[:50] + ([f"… and {len(errors) - 50} more"] if len(errors) > 50 else [])
        raise ValidationFailed("\n".join(shown))
