"""A Document: one report's checked metadata, its decoded text and where its body lies."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..errors import InputError
from ..text import Span, fold
from .chrome import find_body, is_chrome_line
from .doubled import find_repeat
from .files import check_folder
from .flattened import flattened_lines, layout
from .metadata import SourceMeta, load_metadata
from .pages import page_marks
from .paragraphs import body_lines
from .readers import find_report, read_report

DOCUMENT_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Document:
    document_id: str
    meta: SourceMeta
    source_path: Path
    source_format: str
    source_sha256: str
    encoding: str
    text: str
    body: Span
    chrome: list[Span] = field(default_factory=list)
    duplicates: list[Span] = field(default_factory=list)  # later copies of the report on the same page
    page_numbers: list[Span] = field(default_factory=list)  # page numbers inside the body (— 9 —): not read
    flattened: list[Span] = field(default_factory=list)  # lines that hold a whole report (ingest.flattened)

    @cached_property
    def folded(self) -> str:
        """The text full-width folded (text.fold), made once for every extractor that reads it; page numbers
        inside the body are blanked (spaces, one for one), so that a passage reads across a page break."""
        folded = fold(self.text)
        if not self.page_numbers:
            return folded
        pieces, pos = [], 0
        for p in self.page_numbers:
            pieces += [folded[pos:p.start], " " * (p.end - p.start)]
            pos = p.end
        return "".join(pieces) + folded[pos:]


def load_document(folder: Path) -> Document:
    """Read and check one raw/<document_id>/ folder; any problem raises InputError."""
    folder = Path(folder)
    if folder.name.startswith("."):
        raise InputError(folder, "a hidden folder in the raw folder: rename it to its document id to publish it, or "
                                 "move it out")
    if not DOCUMENT_ID.match(folder.name):
        raise InputError(folder, "folder name is the document id and must be lowercase ASCII letters, digits and '-'")
    check_folder(folder)  # a real, readable folder: not a link to one elsewhere
    meta = load_metadata(folder / "source.yml")
    path, fmt = find_report(folder)
    data, text, encoding = read_report(path, fmt, meta.encoding)
    repeat = find_repeat(text)
    body, chrome = find_body(text, repeat.start if repeat else None)
    if repeat:  # the page's own footer after the second copy
        chrome += [Span(repeat.end + ln.start, repeat.end + ln.end, ln.text)
                   for ln in layout(text[repeat.end:]) if is_chrome_line(ln.text)]
    if not body.text:
        raise InputError(path, "no report text found: no line reads like a sentence or a heading")
    return Document(
        document_id=folder.name,
        meta=meta,
        source_path=path,
        source_format=fmt,
        source_sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        text=text,
        body=body,
        chrome=chrome,
        duplicates=[repeat] if repeat else [],
        page_numbers=page_marks(body_lines(text, body)),
        flattened=flattened_lines(text),
    )


def discover(raw_dir: Path) -> list[Path]:
    """The document folders of a raw directory, in a stable order.

    Every folder is listed, hidden ones and links to folders included, so that load_document names
    (and withholds) what it will not read instead of skipping it silently. Plain files are not documents.
    """
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise InputError(raw_dir, "raw folder not found")
    try:
        folders = sorted(p for p in raw_dir.iterdir() if p.is_dir())
    except OSError as exc:
        raise InputError(raw_dir, f"the raw folder cannot be read ({exc.strerror})") from None
    if not folders:
        raise InputError(raw_dir, "no document folders: expected raw/<document_id>/ with a report and source.yml")
    return folders
