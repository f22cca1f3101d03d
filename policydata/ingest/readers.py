"""Format readers: a report file's bytes to the plain text that every offset points into."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .decode import decode_bytes
from .files import REPORT_LIMITS, check_folder, check_regular, read_regular

REPORT_NAMES = {"report.txt": "txt", "report.html": "html", "report.htm": "html", "report.pdf": "pdf"}


def find_report(folder: Path) -> tuple[Path, str]:
    """The one report file of a raw folder and its format: a regular file within its format's size limit
    (files.py), checked before anything reads it."""
    check_folder(folder)
    try:
        found = sorted(p for p in folder.iterdir() if p.name.lower() in REPORT_NAMES)
    except OSError as exc:
        raise InputError(folder, f"the folder cannot be read ({exc.strerror})") from None
    if not found:
        raise InputError(folder, "no report file: expected one of report.txt, report.html or report.pdf")
    if len(found) > 1:
        names = ", ".join(p.name for p in found)
        raise InputError(folder, f"more than one report file ({names}): keep exactly one")
    fmt = REPORT_NAMES[found[0].name.lower()]
    check_regular(found[0], REPORT_LIMITS[fmt])
    return found[0], fmt


def read_report(path: Path, fmt: str, declared_encoding: str | None) -> tuple[bytes, str, str]:
    """(raw bytes, plain text, encoding) of a report file."""
    if fmt == "txt":
        data = read_regular(path, REPORT_LIMITS[fmt])
        return (data, *decode_bytes(data, path, declared_encoding))
    if fmt == "html":
        from .html import read_html

        return read_html(path, declared_encoding)
    from .pdf import read_pdf

    return read_pdf(path)
