"""The data package: a document's `documents` row, datapackage.json and the Summary the data card is made from.

Extraction imports `document_row` from here, so this module imports only what that row and the descriptor need
(the extraction cache is keyed on the code extraction imports: fingerprint.py); the data card, which draws on
figures, maps, docs and the accuracy record, is card.py. Nothing here touches the published folder;
`swap.swap_into_place` does that after validation.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from . import regions, schemas
from .ingest.document import Document

PACKAGE_NAME = "policydata"
PACKAGE_VERSION = "1.0.0"
PACKAGE_TITLE = "Chinese government work plans: targets, programs, terms and projects"
PACKAGE_TITLE_ZH = "政府工作报告数据集：目标、工作部署、名词解释与项目"
PACKAGE_LICENSE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                   "title": "Creative Commons Attribution 4.0"}
FORMATS = {"csv": ("text/csv", ""), "parquet": ("application/vnd.apache.parquet", "-parquet")}


def document_row(doc: Document) -> dict:
    """The documents row of a document; its region checked against the GB/T 2260 table (InputError naming
    source.yml when the code is not in it or the name is not the code's)."""
    m = doc.meta
    region = regions.resolve(m.region_code, m.region_name, m.plan_year, doc.source_path.parent / "source.yml")
    return {
        "document_id": doc.document_id, "title": m.title, "issuer": m.issuer, "region_code": m.region_code,
        "region_name": region.name, "region_full_name": region.full_name, "region_level": region.level,
        "parent_region_code": region.parent, "plan_year": m.plan_year, "published": m.published, "publisher": m.publisher,
        "url": m.url or None, "provenance": m.provenance or None, "license": m.license, "language": m.language, "source_format": doc.source_format,
        "source_encoding": doc.encoding, "source_sha256": doc.source_sha256, "char_count": len(doc.text),
    }


def _file_facts(path: Path) -> dict:
    data = path.read_bytes()
    return {"hash": "sha256:" + hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def _created(documents: list[dict]) -> str:
    """The latest publication date of the sources; for undated copies, 1 January of their plan year
    (deterministic: the same inputs give the same descriptor)."""
    return max(str(r["published"]) if r["published"] else f"{int(r['plan_year']):04d}-01-01" for r in documents)


def descriptor(documents: list[dict], root: Path, version: str = PACKAGE_VERSION) -> dict:
    """datapackage.json for the data files already in `root`: sources from the documents rows."""
    created = _created(documents)
    resources = []
    for fmt, (mediatype, suffix) in FORMATS.items():
        for name in schemas.RESOURCES:
            s = schemas.schema(name)
            path = root / "data" / f"{name}.{fmt}"
            res = {"name": name + suffix, "type": "table", "path": path.relative_to(root).as_posix(),
                   "format": fmt, "mediatype": mediatype}
            if fmt == "csv":
                res["encoding"] = "utf-8"
            facts = _file_facts(path)
            if fmt == "parquet":
                # frictionless reads Parquet through pyarrow and cannot count its bytes: declaring
                # `bytes` would fail every validation. The hash is declared; our gate checks both.
                del facts["bytes"]
            res.update({"title": s["title"], "description": s["description"], **facts,
                        "schema": schemas.for_resource(name, suffix, parquet=fmt == "parquet")})
            resources.append(res)
    return {
        "name": PACKAGE_NAME,
        "title": PACKAGE_TITLE,
        "description": "Every quantitative target, program, glossary term and named project of Chinese government "
                       "work plans, extracted from the published text with exact source spans.",
        "version": version,
        "created": dt.datetime.combine(_date(created), dt.time(), dt.timezone.utc).isoformat().replace("+00:00", "Z"),
        "licenses": [PACKAGE_LICENSE],
        "sources": [{"title": r["title"], "path": r["url"] or f"raw/{r['document_id']}",
                     "document_id": r["document_id"], "sha256": r["source_sha256"], "license": r["license"]}
                    for r in documents],
        "resources": resources,
    }


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@dataclass
class Summary:
    """What the data card says about a package, gathered while its rows were written (not the rows)."""

    documents: list[dict] = field(default_factory=list)  # the documents rows, in package order
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # document_id -> resource -> rows
    issues: list[dict] = field(default_factory=list)  # the source_issues rows
    flags: dict[str, dict[str, bool]] = field(default_factory=dict)  # document_id -> flag -> raised
    withheld: list = field(default_factory=list)  # extraction.Withheld, in folder order
    kept: set[str] = field(default_factory=set)  # withheld documents published with their previous rows
    linked: dict[str, list[dict]] = field(default_factory=dict)  # what the link step read and made
