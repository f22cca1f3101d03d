"""A package from documents and rows already in memory (tests, small jobs), through the same builder.

The publish loop (publish.run) reads raw/ and extracts in batches; these helpers let a test extract a
few documents, change their rows, and stage or publish exactly those rows.
"""

from __future__ import annotations

from pathlib import Path

from .. import schemas
from ..coverage import coverage_rows
from ..extract.flags import document_flags
from ..extract.result import Extracted
from ..ingest import Document, discover, load_document
from ..link import target_result_rows
from ..writers import arrow_table, csv_lines
from .builder import PackageBuilder, Staged


def load_all(raw_dir: Path) -> list[Document]:
    """Every document of a raw folder, checked; the first bad input raises InputError."""
    return [load_document(folder) for folder in discover(raw_dir)]


def assemble(results: list[dict[str, list[dict]]]) -> dict[str, list[dict]]:
    """One table per resource, documents in folder order, rows in text order within each; then the
    tables computed across documents (target_results: targets linked to the outcomes later reports state)."""
    tables = {name: [row for r in results for row in r.get(name, [])] for name in schemas.RESOURCES}
    tables["target_results"] = target_result_rows(tables)
    tables["coverage"] = coverage_rows(tables)
    return tables


def as_extracted(doc: Document, rows: dict[str, list[dict]]) -> Extracted:
    """A document and rows already in memory, as the builder takes them (no row check: the gate does it)."""
    names = schemas.PER_DOCUMENT
    return Extracted(doc.document_id, doc.text, {n: csv_lines(n, rows[n]) for n in names},
                     {n: arrow_table(n, rows[n]) for n in names},
                     document_flags(doc.text, doc.body.start, doc.body.end, rows))


def stage(out: Path, documents: list[Document], tables: dict[str, list[dict]]) -> Staged | None:
    """Stage documents and rows already in memory (tests, small jobs); None when nothing changed."""
    builder = PackageBuilder(out)
    try:
        for doc in documents:
            builder.add(as_extracted(doc, {n: [r for r in tables[n] if r["document_id"] == doc.document_id]
                                           for n in schemas.PER_DOCUMENT}))
        return builder.finish()
    except BaseException:
        builder.discard()
        raise
