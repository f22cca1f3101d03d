"""Paragraphs of a body: lines joined over soft breaks.

Portal pages put every hyperlinked keyword on a line of its own (国民\\n经济和社会发\\n展第十个五年计划,
视察河北\\n重要讲话\\n和党的二十大精神), and scraped wikis do the same with bold or linked words
(已經締結了\\n友好同盟互助條約\\n。). Such a break is soft: it does not end a paragraph. A break is
hard after a line that ends a sentence or a clause, before an enumerator (一、 （一） 第一， 一是 ——),
and after a heading line (a short title that does not end with punctuation).

A paragraph is a Span in document offsets from its first character to its last; the line breaks
inside it stay in the text (text.passage() reads past them).
"""

from __future__ import annotations

import re
from collections import Counter

from ..grammar.headings import NUMERAL, RAW_ENUMERATOR as ENUMERATOR
from ..lexicon import load
from ..text import Span, strip_span
from .flattened import layout
from .pages import page_marks

# A line that closes with one of these ends its paragraph.
CLOSERS = set("。！？!?；;：:…”’】」』")  # not ） or 》: 关于《…纲要（草案）\\n》的说明
# A line that opens with one of these continues the paragraph before it.
CONTINUERS = set("，,。．、；;：:！!？?”’）)】」』》〉…%％")
# A line that ends with one of these goes on in the next line.
OPENERS = set("“‘\"'《〈（(【「『")  # a straight quote at a line end opens more often than it closes
ENUMERATOR_ONLY = re.compile(
    rf"^(?:[{NUMERAL}]{{1,3}}[、.．]?|[(（][{NUMERAL}]{{1,3}}[)）]|第[{NUMERAL}]{{1,3}}[，,、:：]?|\d{{1,2}}[.．、])$")
ANNEX_LABEL = re.compile(rf"^附[件表][\d{NUMERAL}]*[:：]?$")
PUNCT = re.compile(r"[，,、。．.！!？?；;：:]")
SENTENCE_END = re.compile(r"[。！？!?；;]")
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
MAX_FRAGMENT = 12  # a hyperlinked keyword is a few characters
MIN_TITLE, MAX_TITLE, MAX_NUMBERED_TITLE = 3, 40, 80


_SPACE = re.compile(rf"[\s{INVISIBLE}]+")


def bare(s: str) -> str:
    """The line without whitespace or invisible characters."""
    return _SPACE.sub("", s)


def _is_fragment(b: str) -> bool:
    """A few words without punctuation: what a hyperlinked keyword looks like on its own line."""
    return (0 < len(b) <= MAX_FRAGMENT and not PUNCT.search(b) and b[-1] not in CLOSERS
            and any(c.isalnum() for c in b))


def _stops_mid_phrase(b: str) -> bool:
    return b[-1] in _function_ends()


def _function_ends() -> set[str]:
    return set(load("soft_breaks")["function_ends"])


def _is_link(b: str) -> bool:
    """A hyperlinked keyword on a line of its own (重要讲话, 法制): a fragment that ends a phrase."""
    return _is_fragment(b) and not _stops_mid_phrase(b)


def _names_a_part(b: str) -> bool:
    """A title line that names a part or section of the report (总体要求和目标任务): a heading of its own."""
    return _is_title(b) and any(w in b for w in load("soft_breaks")["heading_phrases"])


def _is_title(b: str) -> bool:
    """A heading line: short, no sentence inside, enumerated or free of punctuation, a whole phrase."""
    numbered = bool(ENUMERATOR.match(b))
    if not MIN_TITLE <= len(b) <= (MAX_NUMBERED_TITLE if numbered else MAX_TITLE) or SENTENCE_END.search(b) \
            or _stops_mid_phrase(b):
        return False
    return numbered or not PUNCT.search(b)


def _soft(x: str, y: str, z: str, para: str, fragments: set[str], gap: str, indented: bool) -> bool:
    """Whether the break between line x and the next line y is soft.

    x, y, z, para: bare texts (para: the paragraph so far, x its last line, z the line after y); gap: what lies between
    the two lines; indented: y opens with an indent (a scraped wiki indents every paragraph).
    """
    if x[-1] in CLOSERS or ANNEX_LABEL.match(x) or ANNEX_LABEL.match(y):
        return False
    if ENUMERATOR_ONLY.match(x):
        return not ENUMERATOR.match(y)  # 一、 / 全国人民… is one heading; 一、 / （一） are two
    if y[0] in CONTINUERS or x[-1] in OPENERS:
        return True
    if ENUMERATOR.match(y) or gap.count("\n") >= 3 or indented:
        return False  # a new item, or a new paragraph after blank lines or an indent
    if _is_title(para) and x not in fragments and (x == para or not _is_link(x)):
        # a heading line, unless the title itself was split at a keyword (第三，切实加强民主 / 法制 / 建设。),
        # but not when the keyword opens the next paragraph (…农村经济 / 全面建设小康社会 / ，难点在…)
        return ((_is_link(y) or y in fragments) and y[-1] not in OPENERS and not (z and z[0] in CONTINUERS)
                and not _names_a_part(y))
    return True  # a line that stops without punctuation goes on in the next one


def body_lines(text: str, body: Span) -> list[Span]:
    """The body's lines (a flattened text read as the lines it once was: ingest.flattened), stripped."""
    out = []
    for ln in layout(text[:body.end]):
        if ln.end > body.start:
            s = strip_span(text, max(ln.start, body.start), ln.end)
            if s.text:
                out.append(s)
    return out


def paragraphs(text: str, body: Span, chrome: list[Span] = ()) -> list[Span]:
    """The body's paragraphs in order, chrome lines (captions, editor lines) left out and breaking paragraphs,
    page numbers (— 9 —) left out and not breaking them (a paragraph goes on across a page break)."""
    skip = {c.start for c in chrome}
    pages = {p.start for p in page_marks(body_lines(text, body))}
    rows: list[tuple[Span, str, bool, bool] | None] = []
    indent_only = False
    after_page = {}  # row index -> end of the page number just before it
    page_end = None
    for ln in layout(text[:body.end]):
        if ln.end <= body.start:
            indent_only = bool(ln.text) and not bare(ln.text)
            continue
        s = strip_span(text, max(ln.start, body.start), ln.end)
        b = bare(s.text)
        if not b:
            indent_only = bool(ln.text)
            continue
        if s.start in pages:
            page_end = s.end
            continue
        indented = s.start > ln.start and ln.start >= body.start
        if page_end is not None:
            after_page[len(rows)] = page_end
            page_end = None
        rows.append(None if ln.start in skip else (s, b, indented, indent_only))
        indent_only = False
    counts = Counter(r[1] for r in rows if r and _is_fragment(r[1]) and not ENUMERATOR.match(r[1]))
    fragments = {b for b, n in counts.items() if n >= 2}
    out: list[Span] = []
    prev: str | None = None
    para = ""
    set_off = False
    for k, r in enumerate(rows):
        if r is None:
            prev = None
            continue
        s, b, indented, after_indent = r
        gap = text[after_page.get(k, out[-1].end if out else s.start):s.start] if out else ""
        z = rows[k + 1][1] if k + 1 < len(rows) and rows[k + 1] else ""
        if prev is not None and (_soft(prev, b, z, para, fragments, gap, indented)
                                 or (set_off and _continues_set_off(prev, b, gap, indented))):
            start = out[-1].start
            out[-1] = Span(start, s.end, text[start:s.end])
            para += b
            set_off = False
        else:
            out.append(s)
            para = b
            set_off = after_indent
        prev = b
    return out


def _continues_set_off(x: str, y: str, gap: str, indented: bool) -> bool:
    """A scraped wiki sets a paragraph's bold lead sentence off on a line of its own, after an indent
    (\u3000\u3000 / 持续改善农村人居环境。 / 污水治理要…): the next line goes on with the same paragraph."""
    return x[-1] in "。！？!?" and gap == "\n" and not indented and not ENUMERATOR.match(y)
