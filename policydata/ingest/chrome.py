"""Site chrome: navigation, metadata headers, captions, licence notices and footers around the report.

Chrome is recognised, not deleted: the published text is the source as decoded, and the
extractors read only the body span, from the report's opening to its closing (and any
glossary or annex after it), minus caption and editor lines inside it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..grammar.headings import CLAUSE_END, RAW_ENUMERATOR, RAW_PART as PART_HEADING, RAW_SECTION_OR_PART as HEADING
from ..lexicon import load
from ..text import Span
from .flattened import layout

SENTENCE_END = re.compile(r"[。！？]")
CLAUSE_MARK = re.compile(r"[；;:：,，]")
SEPARATORS = re.compile(r"[\s|丨｜/>›»·•]+")
SPACES = re.compile(r"\s+")
MIN_CONTENT_CHARS = 8  # a line with only clause marks must be this long to be report text
MAX_CAPTION_CHARS = 60  # a photo caption or editor line is one short line
MAX_CHROME_CHARS = 60  # a navigation bar or footer line holding a chrome word is short
OPENER_ZONE = 0.3  # the report's opening address lies in the first part of the page


def _lex():
    return load("site_chrome")


def _bare(line: str) -> str:
    return SPACES.sub("", line)


def is_metadata_line(line: str) -> bool:
    """A label-and-value line of a scrape's metadata header (标题：…, 发文单位：…, 来源URL：…)."""
    return _is_metadata(_bare(line))


@lru_cache(maxsize=1)
def _metadata_label() -> re.Pattern:
    return re.compile("(?:" + "|".join(re.escape(w) for w in _lex()["metadata_labels"]) + ")[:：]")


def _is_metadata(bare: str) -> bool:
    return _metadata_label().match(bare) is not None


def is_caption_line(line: str) -> bool:
    """A photo caption (某某作政府工作报告。记者某某摄) or an editor line ((责任编辑：某某)): never report text."""
    return _is_caption(_bare(line))


def _is_caption(bare: str) -> bool:
    if not bare or len(bare) > MAX_CAPTION_CHARS:
        return False
    lex = _lex()
    if bare.endswith(tuple(lex["caption_ends"])) and any(w in bare for w in lex["caption_marks"]):
        return True
    inner = bare.strip("（）()【】[]")
    return inner.startswith(tuple(lex["editor_marks"]))


def is_attachment_line(line: str) -> bool:
    """The file name of an attached document (附件：….pdf): a link, not text."""
    return _is_attachment(_bare(line))


def _is_attachment(bare: str) -> bool:
    return bare.lower().endswith(tuple(_lex()["attachment_suffixes"]))


@lru_cache(maxsize=1)
def _chrome_words() -> tuple[re.Pattern, tuple[str, ...], frozenset[str]]:
    """The lexicon's chrome words, compiled once: phrases anywhere, breadcrumb starts, whole lines."""
    lex = _lex()
    contains = re.compile("|".join(re.escape(w) for w in sorted(lex["contains"], key=len, reverse=True)))
    return contains, tuple(lex["breadcrumb_starts"]), frozenset(lex["exact"])


def _may_hold_chrome_words(bare: str) -> bool:
    """Chrome words count only on a short line without sentence or clause ends or a comma that is not a
    heading: report prose names 老字号, 适老化改造 and 技术支持 too, and an annex's table of works names the
    units in charge of each (主办单位：省教育厅、省民政厅，各州、市人民政府), where a site's bar names one."""
    return (len(bare) <= MAX_CHROME_CHARS and not any(c in bare for c in CLAUSE_END + "，")
            and RAW_ENUMERATOR.match(bare) is None)


def is_chrome_line(line: str) -> bool:
    contains, breadcrumb_starts, exact = _chrome_words()
    if contains.search(line) and _may_hold_chrome_words(_bare(line)):
        return True
    if line.strip().startswith(breadcrumb_starts) and re.search(r"[>›»/|丨｜]", line):
        return True
    bare = _bare(line)
    if _is_metadata(bare) or _is_caption(bare) or _is_attachment(bare):
        return True
    bare = SEPARATORS.sub("", line)
    return bool(bare) and bare in exact


def is_footer_start(line: str) -> bool:
    """A line that opens what a page adds after the report: a licence notice, a disclaimer, related links."""
    bare = _bare(line).lstrip("（(【[")
    return bare.startswith(tuple(_lex()["footer_starts"])) or is_chrome_line(line)


def _is_content(line: str) -> bool:
    s = line.strip()
    return (bool(HEADING.match(s)) or bool(SENTENCE_END.search(s))
            or (len(s) >= MIN_CONTENT_CHARS and bool(CLAUSE_MARK.search(s))))


def _is_opener(line: str) -> bool:
    return _bare(line).startswith(tuple(_lex()["report_openers"]))


def _opening(ls: list[Span], limit: int) -> int | None:
    """Index of the line with the report's opening address (各位代表：), if it opens the report.

    It must come before the first part heading (一、), and early in the page when the report
    has no part heading: a closing 各位代表！ of a report without an opening address is not one.
    """
    for i, ln in enumerate(ls):
        if PART_HEADING.match(ln.text):
            return None
        if _is_opener(ln.text):
            has_parts = any(PART_HEADING.match(x.text) for x in ls[i + 1:])
            return i if has_parts or ln.start <= limit * OPENER_ZONE else None
    return None


def find_body(text: str, limit: int | None = None) -> tuple[Span, list[Span]]:
    """(body span, chrome line spans) of a document's text, reading text[:limit] only.

    The body opens at the opening address (各位代表：) when the report has one, so that the
    title block, metadata header, captions and editorial summaries before it stay outside;
    otherwise at the first line that reads like report text. It closes before the first
    footer line (licence notice, disclaimer, editor line, related links, site footer) after
    the closing address, or at the last line that reads like report text. Chrome lines inside
    the body (captions, editor lines) are listed too: the outline skips them.
    """
    limit = len(text) if limit is None else limit
    ls = [ln for ln in layout(text[:limit]) if ln.text.strip()]
    if not ls:
        return Span(0, 0, ""), []
    opening = _opening(ls, limit)
    content = [i for i, ln in enumerate(ls) if _is_content(ln.text) and not is_chrome_line(ln.text)]
    if opening is not None:
        # the report goes on right after its opening address (各位代表：), whatever that line looks like
        first = opening if opening in content else next(
            (i for i in range(opening + 1, len(ls)) if not is_chrome_line(ls[i].text)), None)
    else:
        first = content[0] if content else None
    if first is None:
        return Span(0, 0, ""), _chrome_outside(ls, 0, len(ls))
    closing = max((i for i, ln in enumerate(ls) if i > first and _is_opener(ln.text)), default=None)
    zone = closing if closing is not None else _tail_zone(ls, limit)
    cut = next((i for i in range(max(zone, first) + 1, len(ls)) if is_footer_start(ls[i].text)), len(ls))
    last = max((i for i in content if first <= i < cut), default=first)
    start, end = ls[first].start, ls[last].end
    chrome = _chrome_outside(ls, first, last + 1)
    chrome += [ln for ln in ls[first:last + 1] if is_caption_line(ln.text) or is_attachment_line(ln.text)]
    chrome += [ln for ln in ls[cut:] if not is_chrome_line(ln.text)]  # a licence notice or disclaimer and what follows
    chrome.sort(key=lambda s: s.start)
    return Span(start, end, text[start:end]), chrome


def _tail_zone(ls: list[Span], limit: int) -> int:
    """Without a closing address, footers are looked for in the last fifth of the page only."""
    return next((i for i, ln in enumerate(ls) if ln.start >= limit * 0.8), len(ls))


def _chrome_outside(ls: list[Span], first: int, stop: int) -> list[Span]:
    return [ln for i, ln in enumerate(ls) if (i < first or i >= stop) and is_chrome_line(ln.text)]
