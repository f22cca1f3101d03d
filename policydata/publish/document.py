"""What decides a document's result, cached by content: read it, extract it, make its rows CSV lines and
Arrow tables, check them (any process).

Pure and picklable, with no Prefect and no shared state, so the same function runs in the flow's
process, in a process pool or on a Dask worker on another machine. A document that cannot be read,
whose extraction fails or whose rows break the schemas comes back as `Withheld`, naming the step,
the problem and where it is, so that the other documents publish without it.

The extraction cache (publish.work) is keyed on this module and everything it imports
(fingerprint.extraction_fingerprint): keep here only what decides a result.
"""

from __future__ import annotations

import traceback
from pathlib import Path

import pyarrow as pa

from .. import schemas
from ..errors import InputError
from ..extract.flags import document_flags
from ..extract.registry import extract
from ..extract.result import Extracted, Result, Withheld
from ..ingest import load_document
from ..validation.gate import row_problems
from ..writers import arrow_table, csv_lines


def _where_in_code(exc: BaseException) -> str:
    """The innermost frame of our own code that raised: where a maintainer looks first."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/policydata/" in f.filename]
    if not frames:
        return ""
    f = frames[-1]
    return f" ({f.filename[f.filename.rindex('/policydata/') + 1:]}:{f.lineno})"


def per_document_rows(folder: Path) -> tuple[str, dict[str, list[dict]], dict[str, bool]]:
    """(text, rows by resource, flags) of one raw folder; raises InputError for a bad input."""
    doc = load_document(folder)
    tables = extract(doc)
    return doc.text, tables, document_flags(doc.text, doc.body.start, doc.body.end, tables)


def extract_document(folder: Path) -> Result:
    """Read, extract and check one document; never raises for a problem of the document itself."""
    folder = Path(folder)
    try:
        text, rows, flags = per_document_rows(folder)
    except InputError as exc:
        return Withheld(folder.name, "read", str(exc))
    except Exception as exc:  # a rule that fails on this text: withhold the document, name the fault
        return Withheld(folder.name, "extract", f"{type(exc).__name__}: {exc}{_where_in_code(exc)}")
    try:
        tables = {name: arrow_table(name, rows[name]) for name in schemas.PER_DOCUMENT}
        lines = {name: csv_lines(name, rows[name]) for name in schemas.PER_DOCUMENT}
    except (pa.ArrowException, KeyError, ValueError, TypeError) as exc:
        return Withheld(folder.name, "rows", f"rows do not fit the schemas: {exc}")
    return Extracted(folder.name, text, lines, tables, flags)


def checked(results: list[Result]) -> list[Result]:
    """The results with every document whose rows break the schemas withheld, naming how and where."""
    problems = row_problems([r for r in results if isinstance(r, Extracted)])
    return [Withheld(r.document_id, "rows", problems[r.document_id]) if r.document_id in problems else r
            for r in results]
