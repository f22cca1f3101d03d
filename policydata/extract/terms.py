"""Glossary → terms: entries of 附注 / 名词解释 / 注释 and where each term is used in the body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..ids import IdMaker
from ..text import Span, lines, normalize_with_map, strip_span
from .outline import ANNEX, Outline

# Entry numbering as printed: 1.  1、  1．  [1]  【1】  (1)  （1）
ENTRY = re.compile(r"^\s*(?:(\d{1,3})\s*[.．、]|[\[［【]\s*(\d{1,3})\s*[\]］】]|[(（]\s*(\d{1,3})\s*[)）])\s*")
SEPARATOR = re.compile(r"[:：]")
LEADS = ("是指", "即")  # dropped from the start of a definition
QUOTES = "“”\"'‘’「」『』《》〈〉"
QUOTED = re.compile(r"[“\"「『‘]([^”\"」』’]{2,})[”\"」』’]")
MAX_TERM_CHARS = 40


@dataclass
class Entry:
    number: int | None
    term: str
    definition: str
    start: int
    end: int


def _split(text: str, body: Span) -> tuple[Span, Span] | None:
    """(term, definition) spans of one entry's text, or None when it has no recognisable split."""
    s = body.text
    m = SEPARATOR.search(s)
    if m and 0 < m.start() <= MAX_TERM_CHARS:
        term = strip_span(text, body.start, body.start + m.start())
        definition = strip_span(text, body.start + m.end(), body.end)
    else:
        k = s.find("是指")
        if not 0 < k <= MAX_TERM_CHARS:
            return None
        term = strip_span(text, body.start, body.start + k)
        definition = strip_span(text, body.start + k, body.end)
    for lead in LEADS:
        if definition.text.startswith(lead):
            definition = strip_span(text, definition.start + len(lead), definition.end)
            break
    if not term.text or not definition.text:
        return None
    return term, definition


def parse_glossary(text: str, glossary: Span) -> list[Entry]:
    """Entries of a glossary region (its heading line first). Unnumbered lines continue the entry before."""
    entries: list[Entry] = []
    g0 = glossary.start
    spans = [strip_span(text, g0 + ln.start, g0 + ln.end) for ln in lines(text[g0:glossary.end])]
    spans = [s for s in spans if s.text]
    # The heading may carry the first entry on its own line: 附注：1.六稳：…
    head = spans[0]
    after = re.match(r"^\s*\S+?[:：]\s*", head.text)
    spans[0] = strip_span(text, head.start + (after.end() if after else len(head.text)), head.end)
    pending: list[tuple[int | None, Span]] = []
    for sp in spans:
        if not sp.text:
            continue
        if ANNEX.match(sp.text):
            break  # an annex after the glossary (附件 2024年民生实事…) is no entry nor part of one
        m = ENTRY.match(sp.text)
        if m:
            number = int(next(g for g in m.groups() if g))
            pending.append((number, strip_span(text, sp.start + m.end(), sp.end)))
        elif pending and not _looks_like_entry(sp.text):
            number, prev = pending[-1]
            pending[-1] = (number, Span(prev.start, sp.end, text[prev.start:sp.end]))
        else:
            pending.append((None, sp))
    for number, body in pending:
        split = _split(text, body)
        if split is None:
            continue
        term, definition = split
        start = body.start
        if number is not None:  # the entry starts at its number
            start = text.rfind(str(number), glossary.start, body.start)
            start = start if start >= 0 else body.start
        entries.append(Entry(number, term.text, definition.text, start, definition.end))
    return entries


def _looks_like_entry(s: str) -> bool:
    m = SEPARATOR.search(s)
    return bool(m) and m.start() <= 12


def term_forms(term: str) -> list[str]:
    """What counts as a mention: the term without quotes, and each quoted core (一制三化)."""
    bare = "".join(c for c in term if c not in QUOTES).strip()
    forms = [bare] if len(bare) >= 2 else []
    for core in QUOTED.findall(term):
        core = core.strip()
        if len(core) >= 2 and not core.isdigit() and core not in forms:
            forms.append(core)
    return forms


def find_mentions(body: str, forms: list[str]) -> list[tuple[int, int]]:
    """Non-overlapping spans (in `body`) where any form occurs; overlapping hits count once."""
    hits = []
    for f in forms:
        i = body.find(f)
        while i >= 0:
            hits.append((i, i + len(f)))
            i = body.find(f, i + 1)
    hits.sort()
    merged: list[tuple[int, int]] = []
    for a, b in hits:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def term_rows(outline: Outline) -> list[dict]:
    """Rows of the terms resource."""
    doc = outline.document
    if outline.glossary is None:
        return []
    entries = parse_glossary(doc.text, outline.glossary)
    # The body is everything of the report before its glossary; quotes removed, forms folded.
    body_start, body_end = doc.body.start, outline.glossary.start
    norm, index = normalize_with_map(doc.text[body_start:body_end])
    kept = [(c, i) for c, i in zip(norm, index) if c not in QUOTES]
    body = "".join(c for c, _ in kept)
    where = [i for _, i in kept]
    make = IdMaker(doc.document_id, "g")
    rows = []
    for e in entries:
        forms = [normalize_with_map(f)[0] for f in term_forms(e.term)]
        forms = ["".join(c for c in f if c not in QUOTES) for f in forms]
        mentions = find_mentions(body, [f for f in forms if f])
        first = outline.program_at(body_start + where[mentions[0][0]]) if mentions else None
        rows.append({
            "term_id": make(e.term),
            "document_id": doc.document_id,
            "number": e.number,
            "term": e.term,
            "definition": e.definition,
            "mentioned": bool(mentions),
            "mention_count": len(mentions),
            "first_program_id": first.program_id if first else None,
            "char_start": e.start,
            "char_end": e.end,
        })
    return rows
