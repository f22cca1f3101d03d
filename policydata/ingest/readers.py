"""Format readers: a report file's bytes to the plain text that every offset points into."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .decode import read_text_file

REPORT_NAMES = {"report.txt": "txt", "report.html": "html", "report.htm": "html", "report.pdf": "pdf"}
# A work plan is well under 5 MB in any format; a file this large is almost surely the wrong file.
MAX_REPORT_BYTES = 20 * 1024 * 1024


def find_report(folder: Path) -> tuple[Path, str]:
    """The one report file of a raw folder and its format."""
    found = sorted(p for p in folder.iterdir() if p.name.lower() in REPORT_NAMES)
    if not found:
        raise InputError(folder, "no report file: expected one of report.txt, report.html or report.pdf")
    if len(found) > 1:
        names = ", ".join(p.name for p in found)
        raise InputError(folder, f"more than one report file ({names}): keep exactly one")
    size = found[0].stat().st_size
    if size > MAX_REPORT_BYTES:
        raise InputError(found[0], f"the file is {size / 1024 / 1024:.1f} MB; a work plan is under 5 MB, so this is "
                                   f"probably the wrong file (limit {MAX_REPORT_BYTES // 1024 // 1024} MB)")
    return found[0], REPORT_NAMES[found[0].name.lower()]


def read_report(path: Path, fmt: str, declared_encoding: str | None) -> tuple[bytes, str, str]:
    """(raw bytes, plain text, encoding) of a report file."""
    if fmt == "txt":
        return read_text_file(path, declared_encoding)
    if fmt == "html":
        from .html import read_html

        return read_html(path, declared_encoding)
    from .pdf import read_pdf

    return read_pdf(path)
