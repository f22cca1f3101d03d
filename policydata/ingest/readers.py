"""Format readers: a report file's bytes to the plain text that every offset points into."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .decode import read_text_file

REPORT_NAMES = {"report.txt": "txt", "report.html": "html", "report.htm": "html", "report.pdf": "pdf"}


def find_report(folder: Path) -> tuple[Path, str]:
    """The one report file of a raw folder and its format."""
    found = sorted(p for p in folder.iterdir() if p.name.lower() in REPORT_NAMES)
    if not found:
        raise InputError(folder, "no report file: expected one of report.txt, report.html or report.pdf")
    if len(found) > 1:
        names = ", ".join(p.name for p in found)
        raise InputError(folder, f"more than one report file ({names}): keep exactly one")
    return found[0], REPORT_NAMES[found[0].name.lower()]


def read_report(path: Path, fmt: str, declared_encoding: str | None) -> tuple[bytes, str, str]:
    """(raw bytes, plain text, encoding) of a report file."""
    if fmt == "txt":
        return read_text_file(path, declared_encoding)
    raise InputError(path, f"{fmt.upper()} reports are not supported yet; convert it to report.txt")
