"""What is wrong with a source: problems users of the data should know about (source_issues rows).

None of these stops publication; they go to the source_issues resource and the data card.
"""

from __future__ import annotations

import re

from ..ids import IdMaker
from ..grammar.numerals import cn_to_int
from .outline import Outline

# An HTML tag (closed, or cut off as in 微克<span改造) or entity left in the text by a scrape.
MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[\x20-\x7e]*?)?/?>|</?[A-Za-z][A-Za-z0-9]*(?![A-Za-z0-9])"
                    r"|&(?:nbsp|lt|gt|amp|quot|#\d+);")
REPLACEMENT = re.compile("\ufffd+")
# Footnote markers: ^[1], [1] or ［1］ after a word, circled numbers.
FOOTNOTE = re.compile(r"\^\[\d{1,2}\]|(?<=[\u4e00-\u9fff”）)])[\[［]\d{1,2}[\]］]|[\u2460-\u2473]")
# 重点做好以下五个方面工作 / 突出抓好七方面工作: the report announces how many sections follow.
ANNOUNCED = re.compile(r"([一二三四五六七八九十]{1,3}|\d{1,2})\s*(?:个)?方面(?:的)?(?:重点)?工作")


def _issue(kind: str, message: str, start: int, end: int) -> dict:
    return {"kind": kind, "message": message, "char_start": start, "char_end": end}


def flattened_issues(outline: Outline) -> list[dict]:
    """One row per line that holds a whole report: its paragraphs and headings were recovered (ingest.flattened)."""
    return [_issue("flattened-text",
                   f"the report is one line of {ln.end - ln.start} characters with its paragraphs joined by spaces, "
                   f"indents or nothing; paragraph and heading boundaries were recovered from indents, spaces and headings",
                   ln.start, ln.end)
            for ln in outline.document.flattened]


def page_number_issues(outline: Outline) -> list[dict]:
    """One row per page number (— 9 —) inside the body: kept in the text, not read, paragraphs joined across it."""
    return [_issue("page-number",
                   f"page number '{p.text.strip()}' inside the report text (a copy of a printed page); kept in the "
                   f"text, not read: the paragraph goes on across it", p.start, p.end)
            for p in outline.document.page_numbers]


def markup_issues(text: str, start: int, end: int) -> list[dict]:
    return [_issue("swallowed-markup",
                   f"HTML markup '{m.group(0)}' inside the text: the words around it were probably lost in the scrape",
                   m.start(), m.end())
            for m in MARKUP.finditer(text, start, end)]


def replacement_issues(text: str) -> list[dict]:
    return [_issue("replacement-character",
                   f"{len(m.group(0))} character(s) could not be decoded and were replaced by U+FFFD",
                   m.start(), m.end())
            for m in REPLACEMENT.finditer(text)]


def chrome_issues(outline: Outline) -> list[dict]:
    """One row per block of website chrome (header, footer) kept in the text."""
    doc = outline.document
    out = []
    for where, block in (("header", [c for c in doc.chrome if c.end <= doc.body.start]),
                         ("footer", [c for c in doc.chrome if c.start >= doc.body.end])):
        if block:
            out.append(_issue("site-chrome",
                              f"{len(block)} line(s) of website navigation or footer in the page {where}; "
                              f"kept in the text, not read as report content",
                              block[0].start, block[-1].end))
    return out


def duplicate_issues(outline: Outline) -> list[dict]:
    """One row per later copy of the report on the same page: kept in the text, read once."""
    return [_issue("duplicated-text",
                   f"the page holds the report again ({d.end - d.start} characters); kept in the text, "
                   f"read once: only the first copy is the body", d.start, d.end)
            for d in outline.document.duplicates]


def numbering_issues(outline: Outline) -> list[dict]:
    """Parts and sections whose enumerators skip or go backwards within their parent."""
    out = []
    groups: dict[tuple, list] = {}
    for p in outline.programs:
        if p.level in (1, 2):
            groups.setdefault((p.level, id(p.parent) if p.level == 2 else None), []).append(p)
    for (level, _), nodes in groups.items():
        what = "part" if level == 1 else "section"
        fmt = "{}、" if level == 1 else "({})"
        expected = 1
        for n in nodes:
            got = cn_to_int(n.label)
            if got is None:
                continue
            label = fmt.format(n.label)
            if got > expected:
                gap = fmt.format(_cn(expected)) + (f" to {fmt.format(_cn(got - 1))} are" if got > expected + 1 else " is")
                out.append(_issue("numbering-gap", f"{what} {gap} missing before {what} {label}: text may have been lost",
                                  n.start, n.title_end))
            elif got < expected:
                out.append(_issue("numbering-gap", f"{what} {label} comes after {fmt.format(_cn(expected - 1))}: "
                                  f"numbering out of order", n.start, n.title_end))
            expected = got + 1
    return out


def _cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n <= 10:
        return "十" if n == 10 else digits[n]
    tens, ones = divmod(n, 10)
    return (digits[tens] if tens > 1 else "") + "十" + (digits[ones] if ones else "")


def footnote_issues(outline: Outline) -> list[dict]:
    """Footnote markers in a report that has no glossary to resolve them."""
    if outline.glossary is not None:
        return []
    doc = outline.document
    return [_issue("missing-glossary", f"footnote marker '{m.group(0)}' but the report has no glossary (附注/名词解释)",
                   m.start(), m.end())
            for m in FOOTNOTE.finditer(doc.text, doc.body.start, doc.body.end)]


def truncation_issues(outline: Outline) -> list[dict]:
    """The report announces N sections (以下五个方面工作) but fewer follow: text was probably lost."""
    out = []
    for para in outline.paragraphs:
        m = ANNOUNCED.search(para.text)
        if not m:
            continue
        announced = cn_to_int(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
        at = para.start + m.start()
        owner = outline.program_at(at)
        while owner is not None and owner.level > 1:
            owner = owner.parent
        present = [p for p in outline.programs if p.level == 2 and p.start > at and p.parent is owner]
        if announced and len(present) < announced:
            out.append(_issue("truncated-document",
                              f"the report announces {announced} sections ('{m.group(0)}') but {len(present)} follow: "
                              f"text was probably lost", at, para.start + m.end()))
    return out


def glossary_issues(term_rows: list[dict]) -> list[dict]:
    return [_issue("unused-glossary-term", f"glossary term '{r['term']}' is never used in the body of the report",
                   r["char_start"], r["char_end"])
            for r in term_rows if not r["mentioned"]]


def issue_rows(outline: Outline, term_rows: list[dict], extra: list[dict] = ()) -> list[dict]:
    """All source_issues rows of a document, in text order, with ids."""
    doc = outline.document
    issues = (chrome_issues(outline) + duplicate_issues(outline) + flattened_issues(outline)
              + page_number_issues(outline) + markup_issues(doc.text, doc.body.start, doc.body.end)
              + replacement_issues(doc.text) + numbering_issues(outline) + glossary_issues(term_rows)
              + footnote_issues(outline) + truncation_issues(outline) + list(extra))
    issues.sort(key=lambda r: (r["char_start"], r["char_end"], r["kind"]))
    make = IdMaker(doc.document_id, "q")
    return [{"issue_id": make(r["kind"], doc.text[r["char_start"]:r["char_end"]]), "document_id": doc.document_id, **r}
            for r in issues]
