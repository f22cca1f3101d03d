"""The steps of a publication as plain functions; flows/publish.py runs them as Prefect tasks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import schemas
from .extract.outcomes import outcome_rows
from .extract.outline import parse_outline, program_rows
from .extract.projects import project_rows
from .extract.quality import issue_rows
from .extract.targets import target_rows
from .extract.terms import term_rows
from .indicators import with_indicator_codes
from .ingest import Document, discover, load_document
from .link import target_result_rows
from .changes import Diff, compare, next_version, read_package_tables, rows_as_text, write_history
from .package import document_row, write_metadata, write_package
from .swap import discard, new_staging, publish_lock, swap_into_place
from .validation.gate import validate_package


def load_all(raw_dir: Path) -> list[Document]:
    """Every document of a raw folder, checked; the first bad input raises InputError."""
    return [load_document(folder) for folder in discover(raw_dir)]


def extract(doc: Document) -> dict[str, list[dict]]:
    """All rows one document contributes, by resource."""
    outline = parse_outline(doc)
    terms = term_rows(outline)
    targets, target_issues = target_rows(outline)
    with_indicator_codes(targets)
    return {
        "documents": [document_row(doc)],
        "programs": program_rows(outline),
        "targets": targets,
        "projects": project_rows(outline),
        "terms": terms,
        "source_issues": issue_rows(outline, terms, target_issues),
        "outcomes": outcome_rows(outline),
    }


def assemble(results: list[dict[str, list[dict]]]) -> dict[str, list[dict]]:
    """One table per resource, documents in folder order, rows in text order within each;
    then the tables computed across documents (target_results)."""
    tables = {name: [row for r in results for row in r.get(name, [])] for name in schemas.RESOURCES}
    return link(tables)


def link(tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The resources that need every document: targets linked to the outcomes later reports state."""
    tables["target_results"] = target_result_rows(tables)
    return tables


@dataclass
class Staged:
    """A package written beside `out`, with the version it will carry and what changed."""
    path: Path
    version: str
    previous: str | None
    diff: Diff


HISTORY = ("CHANGELOG.md", "changes")


def _same_files(a: Path, b: Path) -> bool:
    """Whether two package folders hold the same files, the history aside."""
    def files(root):
        return {p.relative_to(root).as_posix(): p for p in root.rglob("*")
                if p.is_file() and p.relative_to(root).parts[0] not in HISTORY}
    fa, fb = files(a), files(b)
    return fa.keys() == fb.keys() and all(fa[k].read_bytes() == fb[k].read_bytes() for k in fa)


def stage(out: Path, documents: list[Document], tables: dict[str, list[dict]]) -> Staged | None:
    """Write the package beside `out`, versioned against the package already there.

    Returns None when the result is the package already published: unchanged inputs change nothing.
    """
    old_desc, old_tables = read_package_tables(out)
    previous = old_desc.get("version")
    staging = new_staging(out)
    try:
        desc = write_package(staging, documents, tables, previous or "1.0.0")
        if previous and _same_files(staging, out):
            discard(staging)
            return None
        diff = compare(old_desc, old_tables, desc, {n: rows_as_text(n, rows) for n, rows in tables.items()})
        version = next_version(previous, diff) or _patch(previous)  # only packaging changed: still a new patch
        if version != (previous or "1.0.0"):
            write_metadata(staging, tables, version)
        write_history(staging, out if previous else None, version, diff, first=previous is None)
    except BaseException:
        discard(staging)
        raise
    return Staged(staging, version, previous, diff)


def _patch(version: str) -> str:
    major, minor, patch = (int(x) for x in version.split("."))
    return f"{major}.{minor}.{patch + 1}"


def check_and_swap(staged: Staged | Path | None, out: Path) -> None:
    """Validate the staged package; publish it only if valid. The staging folder never survives."""
    if staged is None:
        return
    staging = staged.path if isinstance(staged, Staged) else staged
    try:
        validate_package(staging)
        swap_into_place(staging, out)
    finally:
        discard(staging)


def publish(raw_dir: Path, out: Path) -> Staged | None:
    """The whole publication without Prefect, under the publish lock (the flow runs the same steps)."""
    with publish_lock(out):
        documents = load_all(raw_dir)
        tables = assemble([extract(d) for d in documents])
        staged = stage(out, documents, tables)
        check_and_swap(staged, out)
        return staged


def counts(tables: dict[str, list[dict]]) -> dict[str, int]:
    return {name: len(rows) for name, rows in tables.items()}
