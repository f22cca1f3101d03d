"""Outline: parts (一、), sections ((一)) and measures (lead sentences, 一是/—— items).

Pure functions from a Document to an Outline. The Outline is also the context every other
extractor reads: which program an offset falls in, what kind of part it is (review of the
past year, general requirements, work plan…), where the preamble and the glossary are.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..ids import IdMaker
from ..ingest.document import Document
from ..lexicon import load
from ..text import Span, lines, sentences, strip_span

NUMERAL = "一二三四五六七八九十"
PART = re.compile(rf"^([{NUMERAL}]{{1,3}})\s*[、.．]\s*(\S.*)$", re.S)
SECTION = re.compile(rf"^[(（]\s*([{NUMERAL}]{{1,3}})\s*[)）]\s*(\S.*)$", re.S)
# Enumerated items: 一是…, 一要…, ——…, 1．…, (1)…  (not 1.5万: a decimal is not an enumerator)
ITEM = re.compile(rf"^(?:[{NUMERAL}]{{1,3}}[是要]|——|—|\d{{1,2}}[.．、](?!\d)|[(（]\d{{1,2}}[)）])\s*(?=\S)")
TITLE_END = "。！？!?"
TRAILING = "。．.！!？?；;：:，,、 \t\u3000"
COMMAS = re.compile(r"[,，]")


@dataclass
class Program:
    level: int
    label: str
    title: str
    start: int  # first character of the enumerator or title
    title_end: int  # just past the title and its closing punctuation
    end: int = 0  # just past the last character of the whole program, sub-programs included
    parent: "Program | None" = None
    part_kind: str = "plan"
    program_id: str = ""
    children: list["Program"] = field(default_factory=list)

    def own_end(self) -> int:
        """End of the text that belongs to this program itself, before its first sub-program."""
        return self.children[0].start if self.children else self.end


@dataclass
class Outline:
    document: Document
    programs: list[Program]  # document order
    paragraphs: list[Span]  # body paragraphs before the glossary, chrome excluded
    preamble: Span  # text before the first heading: belongs to the document, not a program
    glossary: Span | None  # the glossary heading and its entries, if any
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self):
        self._starts = [p.start for p in self.programs]

    def program_at(self, offset: int) -> Program | None:
        """The innermost program whose span holds the offset (None in the preamble)."""
        i = bisect_right(self._starts, offset) - 1
        while i >= 0:
            p = self.programs[i]
            if p.start <= offset < p.end:
                return p
            i -= 1
        return None

    def part_kind_at(self, offset: int) -> str:
        p = self.program_at(offset)
        return p.part_kind if p else "preamble"


def _lex():
    return load("outline")


def part_kind(title: str) -> str:
    lex = _lex()
    for kind, words in lex["part_kinds"].items():
        if any(w in title for w in words):
            return kind
    return lex["default_part_kind"]


def _heading(text: str, para: Span, m: re.Match, level: int) -> Program:
    """A part or section heading: the title runs to the first sentence end or the line end."""
    label = m.group(1)
    rest_start = para.start + m.start(2)
    stop = next((i for i in range(rest_start, para.end) if text[i] in TITLE_END), None)
    title_end = stop + 1 if stop is not None else para.end
    title = text[rest_start:title_end].rstrip(TRAILING).strip()
    return Program(level=level, label=label, title=title, start=para.start, title_end=title_end)


def is_glossary_heading(line: str) -> bool:
    bare = line.strip().rstrip(":：").strip()
    return bare in _lex()["glossary_headings"]


def _paragraphs(doc: Document) -> list[Span]:
    chrome = {c.start for c in doc.chrome}
    out = []
    for ln in lines(doc.text):
        if ln.start < doc.body.start or ln.end > doc.body.end or ln.start in chrome:
            continue
        s = strip_span(doc.text, ln.start, ln.end)
        if s.text:
            out.append(s)
    return out


def parse_outline(doc: Document) -> Outline:
    """The outline of a document: programs with spans, plus preamble and glossary."""
    text = doc.text
    paras = _paragraphs(doc)
    glossary = None
    for i, p in enumerate(paras):
        if is_glossary_heading(p.text) and i > 0:
            glossary = Span(p.start, doc.body.end, text[p.start:doc.body.end])
            paras = paras[:i]
            break
    body_end = paras[-1].end if paras else doc.body.start

    programs: list[Program] = []
    part: Program | None = None
    inline_rest: dict[int, Span] = {}  # heading paragraph start -> body text on the same line
    for p in paras:
        m = PART.match(p.text)
        level = 1
        if not m:
            m, level = SECTION.match(p.text), 2
        if not m:
            continue
        node = _heading(text, p, m, level)
        if level == 1:
            node.part_kind = part_kind(node.title)
            part = node
        else:
            node.parent = part
            node.part_kind = part.part_kind if part else _lex()["default_part_kind"]
        programs.append(node)
        rest = strip_span(text, node.title_end, p.end)
        if rest.text:
            inline_rest[node.start] = rest

    _close(programs, body_end)
    measures = []
    starts = [p.start for p in paras]
    for container in _containers(programs):
        measures.extend(_measures(text, container, paras, starts, inline_rest))
    programs = sorted(programs + measures, key=lambda n: (n.start, n.level))
    for n in programs:
        if n.parent:
            n.parent.children.append(n)
    _assign_ids(doc.document_id, programs)
    first = programs[0].start if programs else body_end
    preamble = strip_span(text, doc.body.start, first)
    return Outline(document=doc, programs=programs, paragraphs=paras, preamble=preamble, glossary=glossary)


def _close(headings: list[Program], body_end: int) -> None:
    """Set each part's and section's end: the next heading of the same or a higher level."""
    for i, n in enumerate(headings):
        nxt = next((m for m in headings[i + 1:] if m.level <= n.level), None)
        n.end = nxt.start if nxt else body_end


def _containers(headings: list[Program]) -> list[Program]:
    """Programs that hold measures directly: sections, and parts that have no sections."""
    has_sections = {id(n.parent) for n in headings if n.level == 2 and n.parent}
    return [n for n in headings if n.level == 2 or id(n) not in has_sections]


def _own_paragraphs(container: Program, paras: list[Span], starts: list[int]) -> list[Span]:
    """Paragraphs inside the container and before any sub-heading (starts: the paragraphs' offsets)."""
    out = []
    for p in paras[bisect_right(starts, container.start):]:
        if p.start >= container.end or PART.match(p.text) or SECTION.match(p.text):
            break
        out.append(p)
    return out


def _measure(text: str, container: Program, sent: Span, item: bool) -> Program:
    start = sent.start
    title_start = start
    if item:
        m = ITEM.match(sent.text)
        title_start = start + m.end()
    title = text[title_start:sent.end].rstrip(TRAILING).strip()
    return Program(level=3, label="", title=title, start=start, title_end=sent.end,
                   parent=container, part_kind=container.part_kind)


def _first_clause(text: str, para: Span) -> Span:
    """The paragraph's first sentence, ending at 。 or, for items, at 。 or ；."""
    sents = sentences(text, para.start, para.end)
    return sents[0] if sents else para


def _measures(text: str, container: Program, paras: list[Span], starts: list[int],
              inline_rest: dict[int, Span]) -> list[Program]:
    lex = _lex()
    if container.part_kind not in lex["parts_with_measures"]:
        return []
    own = _own_paragraphs(container, paras, starts)
    addresses = tuple(lex["address_openers"])
    found: list[Program] = []
    for k, para in enumerate(own):
        if para.text.startswith(addresses):
            continue
        if ITEM.match(para.text):
            first = _item_clause(text, para)
            found.append(_measure(text, container, first, item=True))
            continue
        if container.level == 1 and k == 0:
            continue  # a part's first paragraph introduces it
        first = _first_clause(text, para)
        if _is_lead(first, para, container.part_kind, lex["max_lead_chars"]):
            found.append(_measure(text, container, first, item=False))
    if not found and container.part_kind == "plan":
        found = _embedded(text, container, own, inline_rest, lex)
    for i, m in enumerate(found):
        m.end = found[i + 1].start if i + 1 < len(found) else container.end
    return found


def _item_clause(text: str, para: Span) -> Span:
    """An 一是/—— item's title runs to its first 。 or ；."""
    for i in range(para.start, para.end):
        if text[i] in "。；;！":
            return Span(para.start, i + 1, text[para.start:i + 1])
    return para


def _is_lead(sent: Span, para: Span, kind: str, max_chars: int) -> bool:
    title = sent.text.rstrip(TRAILING)
    if not sent.text.endswith("。") or sent.end >= para.end:
        return False  # a lead sentence ends with 。 and opens a paragraph that goes on
    if len(title) > max_chars:
        return False
    commas = len(COMMAS.findall(title))
    return commas == 0 or (commas == 1 and kind == "plan")


def _embedded(text: str, container: Program, own: list[Span], inline_rest: dict[int, Span], lex) -> list[Program]:
    """Measures written as short sentences inside one long paragraph (全力化解重大风险。按照…)."""
    body = list(own)
    if container.start in inline_rest:
        body.insert(0, inline_rest[container.start])
    sents = [s for para in body for s in sentences(text, para.start, para.end)]
    if len(sents) < 3:
        return []
    addresses = tuple(lex["address_openers"])
    short = [s for s in sents[1:] if s.text.endswith("。") and not COMMAS.search(s.text)
             and len(s.text.rstrip(TRAILING)) <= lex["max_embedded_chars"] and not s.text.startswith(addresses)]
    kept = []
    for i, s in enumerate(short):
        nxt = short[i + 1].start if i + 1 < len(short) else container.end
        if nxt - s.end >= lex["min_embedded_body_chars"]:
            kept.append(s)
    if len(kept) < 2:
        return []
    return [_measure(text, container, s, item=False) for s in kept]


def _assign_ids(document_id: str, programs: list[Program]) -> None:
    make = IdMaker(document_id, "p")
    for n in programs:
        parent = n.parent.program_id if n.parent else ""
        n.program_id = make(parent, n.level, n.label, n.title)


def program_rows(outline: Outline) -> list[dict]:
    """Rows of the programs resource."""
    text = outline.document.text
    rows = []
    for n in outline.programs:
        own = strip_span(text, n.title_end, n.own_end())
        end = strip_span(text, n.start, n.end).end
        rows.append({
            "program_id": n.program_id,
            "document_id": outline.document.document_id,
            "parent_id": n.parent.program_id if n.parent else None,
            "level": n.level,
            "label": n.label or None,
            "title": n.title,
            "text": own.text or None,
            "char_start": n.start,
            "char_end": max(end, n.title_end),
        })
    return rows
