"""Site chrome: navigation, metadata bars and footers that a scrape keeps around the report.

Chrome is recognised, not deleted: the published text is the source as decoded, and the
extractors read only the body span between the header and footer zones.
"""

from __future__ import annotations

import re

from ..lexicon import load
from ..text import Span, lines

HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")
SENTENCE_END = re.compile(r"[。！？]")
CLAUSE_MARK = re.compile(r"[；;:：,，]")
SEPARATORS = re.compile(r"[\s|丨｜/>›»·•]+")
MIN_CONTENT_CHARS = 8  # a line with only clause marks must be this long to be report text


def is_chrome_line(line: str) -> bool:
    lex = load("site_chrome")
    if any(p in line for p in lex["contains"]):
        return True
    if line.strip().startswith(tuple(lex["breadcrumb_starts"])) and re.search(r"[>›»/|丨｜]", line):
        return True
    bare = SEPARATORS.sub("", line)
    return bool(bare) and bare in set(lex["exact"])


def _is_content(line: str) -> bool:
    s = line.strip()
    return (bool(HEADING.match(s)) or bool(SENTENCE_END.search(s))
            or (len(s) >= MIN_CONTENT_CHARS and bool(CLAUSE_MARK.search(s))))


def find_body(text: str) -> tuple[Span, list[Span]]:
    """(body span, chrome line spans) of a document's text.

    Chrome is looked for only in the header zone (before the first line that ends a
    sentence) and the footer zone (after the last one), so report sentences that happen
    to mention 微信 or 首页 are never taken for navigation.
    """
    ls = [ln for ln in lines(text) if ln.text.strip()]
    if not ls:
        return Span(0, 0, ""), []
    with_stop = [i for i, ln in enumerate(ls) if "。" in ln.text or "！" in ln.text]
    # with no sentence at all, every line is in the header-or-footer zone
    first = with_stop[0] if with_stop else len(ls)
    last = with_stop[-1] if with_stop else len(ls)
    chrome = [ln for i, ln in enumerate(ls) if (i < first or i > last) and is_chrome_line(ln.text)]
    chrome_starts = {c.start for c in chrome}
    content = [ln for ln in ls if ln.start not in chrome_starts and _is_content(ln.text)]
    if not content:
        return Span(0, 0, ""), chrome
    start, end = content[0].start, content[-1].end
    return Span(start, end, text[start:end]), chrome
