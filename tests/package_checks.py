"""Checks every published package must pass, shared by the end-to-end and committed-package tests."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pyarrow.parquet as pq

from policydata import schemas

INNER = r"[\s\u200b\u200c\u200d\u2060\ufeff]+"  # what a passage drops: spaces, breaks, invisible characters


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def check_package(root: Path) -> dict:
    """frictionless says valid; Parquet is typed as the schemas say; every span points at its text."""
    from frictionless import Package

    report = Package(str(root / "datapackage.json")).validate()
    assert report.valid, report.flatten(["taskName", "rowNumber", "fieldName", "type", "note"])
    desc = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    names = {r["name"] for r in desc["resources"]}
    assert names == set(schemas.RESOURCES) | {n + "-parquet" for n in schemas.RESOURCES}
    texts = {p.stem: p.open(encoding="utf-8", newline="").read() for p in (root / "text").glob("*.txt")}
    for name in schemas.RESOURCES:
        rows = read_csv(root / "data" / f"{name}.csv")
        table = pq.read_table(root / "data" / f"{name}.parquet")
        assert table.schema.equals(schemas.arrow_schema(name), check_metadata=False)
        assert table.num_rows == len(rows)
        for row in rows:
            if "char_start" not in row:
                continue
            text = texts[row["document_id"]]
            a, b = int(row["char_start"]), int(row["char_end"])
            if "source_text" in row:
                assert text[a:b] == row["source_text"], (name, row)
            elif name == "programs":  # a title is read across the line breaks that link markup leaves in it
                squeeze = re.sub(INNER, "", text[a:b])
                assert re.sub(INNER, "", row["title"]) in squeeze and (row["text"] or "") in text[a:b], row
    return desc
