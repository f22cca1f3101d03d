"""Text primitives shared by ingest and the extractors: lines with offsets, sentences, normalisation."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from .grammar.headings import SENTENCE_END

LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r|$)")


@dataclass(frozen=True)
class Span:
    """A [start, end) slice of a document's text, with the text it covers."""

    start: int
    end: int
    text: str


def lines(text: str) -> list[Span]:
    """Every line of the text with its offsets, line breaks excluded (handles \\r\\n, \\n, \\r)."""
    out = []
    pos = 0
    for m in LINE.finditer(text):
        raw = m.group(0)
        if not raw and m.start() == len(text) and out:
            break
        body = raw.rstrip("\r\n")
        out.append(Span(m.start(), m.start() + len(body), body))
        pos = m.end()
        if pos >= len(text):
            break
    return out


def strip_span(text: str, start: int, end: int) -> Span:
    """The span narrowed to exclude leading and trailing whitespace (including full-width spaces)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentences of text[start:end], each ending with its 。！？ (kept), whitespace trimmed."""
    out = []
    i = start
    for j in range(start, end):
        if text[j] in SENTENCE_END:
            s = strip_span(text, i, j + 1)
            if s.text:
                out.append(s)
            i = j + 1
    s = strip_span(text, i, end)
    if s.text:
        out.append(s)
    return out


def nfkc(s: str) -> str:
    """Full-width forms folded to half-width (for matching only; offsets never point into this)."""
    return unicodedata.normalize("NFKC", s)


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """NFKC-normalised text and, for each of its characters, the index it came from in `text`."""
    out, index = [], []
    for i, ch in enumerate(text):
        n = unicodedata.normalize("NFKC", ch)
        out.append(n)
        index.extend([i] * len(n))
    return "".join(out), index


OPEN_QUOTES, CLOSE_QUOTES = "“‘「『《〈", "”’」』》〉"


def quote_depths(s: str) -> list[int]:
    """Quotation / book-title nesting depth at each character of s."""
    depth, out = 0, []
    for c in s:
        if c in OPEN_QUOTES:
            depth += 1
            out.append(depth)
        elif c in CLOSE_QUOTES:
            out.append(depth)
            depth = max(0, depth - 1)
        else:
            out.append(depth)
    return out


def split_list(s: str, seps: list[str]) -> list[str]:
    """Items of a coordinated list, split at separators outside quotes (longest separator first).

    和 before 平/谐/美/睦 is part of a name (和平区), and 及 before 其 is not a list (及其配套).
    """
    seps = sorted(seps, key=len, reverse=True)
    depths = quote_depths(s)
    parts, cur, i = [], "", 0
    while i < len(s):
        sep = next((w for w in seps if s.startswith(w, i) and depths[i] == 0), None)
        if (sep == "和" and s[i + 1:i + 2] in "平谐美睦") or (sep == "及" and s[i + 1:i + 2] == "其"):
            sep = None
        if sep:
            parts.append(cur)
            cur, i = "", i + len(sep)
        else:
            cur, i = cur + s[i], i + 1
    parts.append(cur)
    return [p for p in (x.strip() for x in parts) if p]


def strip_words(s: str, words, at_end: bool = False) -> str:
    """Strip any of `words` (tried in the order given: pass them longest first) from one edge of s,
    again and again, but never down to nothing (今年赤字率 → 赤字率; 今年 stays 今年)."""
    changed = True
    while changed and s:
        changed = False
        for w in words:
            if len(s) > len(w) and (s.endswith(w) if at_end else s.startswith(w)):
                s, changed = (s[: -len(w)] if at_end else s[len(w):]), True
                break
    return s


# --- passages: what the rules read ----------------------------------------------------------------------------

# Full-width ASCII forms (！ to ～) and the ideographic space, folded to half-width one for one.
_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")
# Whitespace inside a paragraph: line breaks left by link markup (国民\n\n经济), typesetting spaces
# (1 9 9 7 年, 8 ．8 ％), stray spaces and no-break spaces (刚 刚过去), zero-width spaces (74.4\u200b万亿元).
# Chinese prose has no spaces.
_INNER_SPACE = re.compile("[\\s\u200b\u200c\u200d\u2060\ufeff]+")  # and the invisible ones a scrape leaves


# Traditional magnitude characters of a numeral (萬, 億), folded one for one to the simplified ones the grammar reads.
_TRADITIONAL_MAGNITUDE = {"萬": "万", "億": "亿"}
_TRADITIONAL_MAGNITUDES = re.compile("[萬億]")


def fold(text: str) -> str:
    """Full-width forms folded to half-width, one character for one, so offsets stay valid.

    One str.replace per distinct full-width character: much faster on Chinese text than translate().
    """
    for ch in set(_FULL_WIDTH.findall(text)):
        text = text.replace(ch, " " if ch == "\u3000" else chr(ord(ch) - 0xFEE0))
    for ch in set(_TRADITIONAL_MAGNITUDES.findall(text)):  # 四十二萬五千: one numeral run, read whole
        text = text.replace(ch, _TRADITIONAL_MAGNITUDE[ch])
    return text


@dataclass(frozen=True)
class Passage:
    """A span of a document as the rules read it, with the way back to exact offsets.

    `text` is the span full-width folded with its inner whitespace dropped (a space between two
    ASCII letters is kept: it separates words). Rules match on `text`; `span(a, b)` turns a slice
    of it back into a Span of the document's own text, which is what rows publish.
    """

    doc_text: str
    text: str
    starts: tuple[int, ...]  # positions in `text` where a run of kept characters begins
    origins: tuple[int, ...]  # the document offset of each run's first character

    def offset(self, i: int) -> int:
        """Document offset of character i of the reading (i == len(text): just past the last one)."""
        if i >= len(self.text):
            return self.offset(len(self.text) - 1) + 1 if self.text else self.origins[0]
        k = bisect_right(self.starts, i) - 1
        return self.origins[k] + (i - self.starts[k])

    def span(self, a: int, b: int) -> Span:
        """The document Span that characters [a, b) of the reading come from."""
        start, end = self.offset(a), self.offset(b - 1) + 1 if b > a else self.offset(a)
        return Span(start, end, self.doc_text[start:end])


def passage(doc_text: str, start: int, end: int, folded: str | None = None) -> Passage:
    """The passage doc_text[start:end] as the rules read it (pass `folded`, fold(doc_text), when reading many spans)."""
    src = (folded if folded is not None else fold(doc_text))[start:end]
    pieces, starts, origins = [], [], []
    pos = n = 0
    for m in _INNER_SPACE.finditer(src):
        a, b = m.span()
        keep = 0 < a and b < len(src) and src[a - 1].isascii() and src[a - 1].isalpha() \
            and src[b].isascii() and src[b].isalpha()
        if keep or a == pos == len(src):
            continue
        if a > pos:
            pieces.append(src[pos:a])
            starts.append(n)
            origins.append(start + pos)
            n += a - pos
        pos = b
    if pos < len(src) or not pieces:
        pieces.append(src[pos:])
        starts.append(n)
        origins.append(start + pos)
    return Passage(doc_text, "".join(pieces), tuple(starts), tuple(origins))
