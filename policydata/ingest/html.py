"""report.html: a page saved from a government portal, reduced to the report's own text.

Main-content extraction is trafilatura's job (it drops navigation, breadcrumbs, share bars and
footers, and keeps every paragraph of the article); we only decode the bytes and check that
something report-like came out. Paragraphs are separated by line breaks.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from .decode import cjk_share, decode_bytes

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)
GB_NAMES = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936"}


def _declared_in_page(data: bytes) -> str | None:
    m = META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    return "gb18030" if name in GB_NAMES else name


def html_to_text(page: str, path: Path) -> str:
    import trafilatura

    text = trafilatura.extract(page, output_format="txt", favor_recall=True, include_comments=False,
                               include_tables=True, include_images=False, include_links=False, deduplicate=False)
    if not text or not re.search(r"[。！？；]", text):
        raise InputError(path, "no report text found in the HTML page (empty body or only navigation)")
    if cjk_share(text) < 0.3:
        raise InputError(path, "the HTML page's main text is not Chinese report text")
    return text.strip() + "\n"


def read_html(path: Path, declared_encoding: str | None) -> tuple[bytes, str, str]:
    """(raw bytes, extracted text, encoding) of a saved HTML page."""
    data = path.read_bytes()
    encoding_hint = declared_encoding
    if encoding_hint is None:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            encoding_hint = _declared_in_page(data)
    page, encoding = decode_bytes(data, path, encoding_hint)
    return data, html_to_text(page, path), encoding
