"""The extractors, in the order they run, and `extract(doc)`: every row one document contributes.

Each extractor takes the document and what the earlier ones found (the outline first) and returns
new entries: resources' rows, or intermediate results a later extractor reads (the outline, the
targets' issues). Adding an extractor is one entry here; the resources it fills are the schemas'.
"""

from __future__ import annotations

from collections.abc import Callable

from .. import schemas
from ..indicators import with_indicator_codes
from ..ingest.document import Document
from ..package import document_row
from .outcomes import outcome_rows
from .outline import parse_outline, program_rows
from .parts import apply_parts
from .projects import project_rows
from .quality import issue_rows
from .targets import target_rows
from .terms import term_rows

Found = dict[str, object]


def _outline(doc: Document, found: Found) -> Found:
    outline = parse_outline(doc)
    return {"outline": outline, "documents": [document_row(doc)], "programs": program_rows(outline)}


def _terms(doc: Document, found: Found) -> Found:
    return {"terms": term_rows(found["outline"])}


def _targets(doc: Document, found: Found) -> Found:
    targets, issues = target_rows(found["outline"])
    with_indicator_codes(targets)
    return {"targets": targets, "target_issues": issues}


def _projects(doc: Document, found: Found) -> Found:
    return {"projects": project_rows(found["outline"])}


def _outcomes(doc: Document, found: Found) -> Found:
    return {"outcomes": outcome_rows(found["outline"])}


def _quality(doc: Document, found: Found) -> Found:
    return {"source_issues": issue_rows(found["outline"], found["terms"], found["target_issues"])}


EXTRACTORS: dict[str, Callable[[Document, Found], Found]] = {
    "outline": _outline,  # parts of the report, programs; the document's own row
    "terms": _terms,
    "targets": _targets,  # with indicator codes; what it could not read goes to quality
    "projects": _projects,
    "outcomes": _outcomes,
    "quality": _quality,  # source issues: what the others found wrong with the text
}


def extract(doc: Document) -> dict[str, list[dict]]:
    """All rows one document contributes, by resource (in the schemas' order), each row with its part."""
    found: Found = {}
    for extractor in EXTRACTORS.values():
        found.update(extractor(doc, found))
    return apply_parts(found["outline"], {name: found[name] for name in schemas.PER_DOCUMENT})
