"""The steps of a publication as plain functions; flows/publish.py runs them as Prefect tasks."""

from __future__ import annotations

from pathlib import Path

from . import schemas
from .extract.outline import parse_outline, program_rows
from .extract.projects import project_rows
from .extract.quality import issue_rows
from .extract.targets import target_rows
from .extract.terms import term_rows
from .ingest import Document, discover, load_document
from .package import document_row, write_package
from .release import discard, new_staging, swap_into_place
from .validate import validate_package


def load_all(raw_dir: Path) -> list[Document]:
    """Every document of a raw folder, checked; the first bad input raises InputError."""
    return [load_document(folder) for folder in discover(raw_dir)]


def extract(doc: Document) -> dict[str, list[dict]]:
    """All rows one document contributes, by resource."""
    outline = parse_outline(doc)
    terms = term_rows(outline)
    targets, target_issues = target_rows(outline)
    return {
        "documents": [document_row(doc)],
        "programs": program_rows(outline),
        "targets": targets,
        "projects": project_rows(outline),
        "terms": terms,
        "source_issues": issue_rows(outline, terms, target_issues),
    }


def assemble(results: list[dict[str, list[dict]]]) -> dict[str, list[dict]]:
    """One table per resource, documents in folder order, rows in text order within each."""
    return {name: [row for r in results for row in r[name]] for name in schemas.RESOURCES}


def stage(out: Path, documents: list[Document], tables: dict[str, list[dict]]) -> Path:
    """Write the package into a fresh staging folder beside `out` and return it."""
    staging = new_staging(out)
    try:
        write_package(staging, documents, tables)
    except BaseException:
        discard(staging)
        raise
    return staging


def check_and_swap(staging: Path, out: Path) -> None:
    """Validate the staged package; publish it only if valid. The staging folder never survives."""
    try:
        validate_package(staging)
        swap_into_place(staging, out)
    finally:
        discard(staging)


def counts(tables: dict[str, list[dict]]) -> dict[str, int]:
    return {name: len(rows) for name, rows in tables.items()}
