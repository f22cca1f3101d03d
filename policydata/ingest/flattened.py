"""Flattened texts: a whole report on one line, its paragraphs joined by spaces or U+3000 indents.

Copies taken from datasets, spreadsheets and PDFs often keep no line breaks: 各位代表： 现在，…意见。
\u3000\u3000一、2023年工作回顾 \u3000\u3000过去一年，… (or nothing at all between paragraphs: …意见。2023年工作回顾2023年是…).
The text stays exactly as decoded; `layout` reads such a line as the lines it once was, each a Span inside
it, so that the body finder and the paragraph reader work on it as on any other text. A line break is
recovered
  - at an indent (U+3000, U+2003 or two or more spaces): a new paragraph, its indent kept in the line;
  - at a single space after a sentence or clause end, after a heading (一、2023年工作回顾), or before a
    heading or the address (一、 （一） 1. —— 各位代表); a single space elsewhere is a PDF line break inside
    a paragraph and stays inside the line. When the single spaces are a PDF's line breaks (most stretches
    between them are about as wide), a sentence end at the end of a full-width line does not end the
    paragraph: only a line stopped short does;
  - without any space, before a part or section enumerator, an unnumbered part heading or the address right
    after a sentence end (…意见。2023年工作回顾2023年是…, …解决。各位代表！…), and after such a part heading;
  - around a page number between spaces (…一 — 1 — 般公共预算…), which becomes a line of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..grammar.headings import CLAUSE_END, NUMERAL, RAW_ENUMERATOR, SENTENCE_END
from ..lexicon import load
from ..text import Span, lines
from .pages import inline_marks

MIN_FLAT_CHARS = 3000  # a paragraph of a report is rarely half this long
MIN_FLAT_SENTENCES = 30  # and a flattened report holds hundreds of sentences
MAX_HEADING = 80  # a numbered heading line is at most this long
LINE_ENDS = CLAUSE_END + "：:…"
SPACE = re.compile(r"\s+")
INDENT_CHARS = "\u3000\u2003"
PUNCT = "，。；：、！？“”‘’,.;:!?"
MIN_WRAP_LINES = 0.5  # single spaces are a PDF's line breaks when this share of the lines between them
WRAP_TOLERANCE = 0.15  # is within this share of the median width
MIN_WRAP_WIDTH = 15  # and the median line is at least this wide (in CJK characters)


@lru_cache(maxsize=1)
def _part_heading() -> re.Pattern:
    """An unnumbered part heading: a short phrase without punctuation closing with a part-heading word."""
    ends = sorted(load("soft_breaks")["part_heading_ends"], key=len, reverse=True)
    words = "|".join(re.escape(w) for w in ends)
    return re.compile(rf"[^\s{PUNCT}]{{0,20}}?(?:{words})(?![{PUNCT}的])")


@lru_cache(maxsize=1)
def _heading_after_end() -> re.Pattern:
    """A part or section enumerator, an unnumbered part heading or the address (各位代表！ the closing opens
    with it) right after a sentence or clause end."""
    openers = "|".join(re.escape(w) for w in _openers())
    return re.compile(rf"(?<=[{re.escape(LINE_ENDS)}])(?=[{NUMERAL}]{{1,3}}、|[(（][{NUMERAL}]{{1,3}}[)）]"
                      rf"|{openers}|{_part_heading().pattern})")


def _openers() -> tuple[str, ...]:
    return tuple(load("site_chrome")["report_openers"])


def is_flattened(line: str) -> bool:
    """A whole report (or most of it) on one line."""
    return len(line) >= MIN_FLAT_CHARS and sum(line.count(c) for c in SENTENCE_END) >= MIN_FLAT_SENTENCES


def flattened_lines(text: str) -> list[Span]:
    """The lines of the text that hold a flattened report."""
    return [ln for ln in lines(text) if is_flattened(ln.text)]


def layout(text: str) -> list[Span]:
    """The lines of the text, each flattened line read as the lines it once was (Spans of the text itself)."""
    out: list[Span] = []
    for ln in lines(text):
        if not is_flattened(ln.text):
            out.append(ln)
            continue
        for a, b in _split(ln.text):
            out.append(Span(ln.start + a, ln.start + b, ln.text[a:b]))
    return out


def _is_heading(s: str) -> bool:
    """A line that is a heading and nothing more (一、2023年工作回顾; 2023年工作回顾)."""
    if RAW_ENUMERATOR.match(s) and not s.startswith("—"):
        return len(s) <= MAX_HEADING and not any(c in s for c in CLAUSE_END)
    return _part_heading().fullmatch(s) is not None


def _ends_line(left: str) -> bool:
    return bool(left) and (left[-1] in LINE_ENDS or _is_heading(left))


def _starts_line(right: str) -> bool:
    return bool(RAW_ENUMERATOR.match(right)) or right.startswith(_openers()) or (
        _part_heading().match(right) is not None and _is_heading(_part_heading().match(right).group(0)))


def _width(s: str) -> float:
    """Printed width in CJK characters: an ASCII character (a digit, a Latin letter) is half as wide."""
    return sum(0.5 if ord(c) < 128 else 1.0 for c in s)


def _wrap_width(s: str) -> float | None:
    """The width of a PDF's lines when the single spaces of s are its line breaks, else None."""
    widths = sorted(_width(x) for x in s.split(" ") if x)
    if len(widths) < 20:
        return None
    mid = widths[len(widths) // 2]
    near = sum(1 for w in widths if abs(w - mid) <= WRAP_TOLERANCE * mid)
    return mid if mid >= MIN_WRAP_WIDTH and near >= MIN_WRAP_LINES * len(widths) else None


def _split(s: str) -> list[tuple[int, int]]:
    """(start, end) of the recovered lines of flattened line s; page numbers are lines of their own."""
    out: list[tuple[int, int]] = []
    pos = 0
    wrap = _wrap_width(s)
    for a, b in inline_marks(s) + [(len(s), len(s))]:
        out += _split_run(s, pos, a, wrap)
        if b > a:
            out.append((a, b))
        pos = b
    return [(a, b) for a, b in out if s[a:b].strip()]


def _split_run(s: str, lo: int, hi: int, wrap: float | None) -> list[tuple[int, int]]:
    """Recovered lines of s[lo:hi], a stretch without page numbers; wrap: the width of its PDF lines, if any."""
    while lo < hi and s[lo].isspace():
        lo += 1
    while hi > lo and s[hi - 1].isspace():
        hi -= 1
    events = [(m.start(), m.end()) for m in SPACE.finditer(s, lo, hi)]
    heading = _part_heading()
    for m in _heading_after_end().finditer(s, lo, hi):
        events.append((m.start(), m.start()))
        h = heading.match(s, m.start(), hi)
        if h and h.end() < hi and not s[h.end()].isspace() and _is_heading(h.group(0)):
            events.append((h.end(), h.end()))  # 2023年工作回顾|2023年是…
    out, cur, printed = [], lo, lo  # printed: where the PDF line ending at the next space began
    for a, b in sorted(set(events)):
        if a < cur:
            continue
        if a == b:  # a heading without a space before or after it
            if a > cur:
                out.append((cur, a))
                cur = a
            continue
        w, left = s[a:b], s[cur:a].strip()
        indent = any(c in INDENT_CHARS for c in w) or len(w) >= 2
        full = wrap is not None and _width(s[printed:a]) >= wrap - 1  # the PDF line runs to the margin
        printed = b
        if indent or _starts_line(s[b:b + MAX_HEADING]) or _is_heading(left) or (
                _ends_line(left) and not full):
            out.append((cur, a))
            cur = a if indent else b
    out.append((cur, hi))
    return out
