"""Text primitives shared by ingest and the extractors: lines with offsets, sentences, normalisation."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r|$)")
SENTENCE_END = "。！？!?"


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
