"""Page numbers left in a text taken from a PDF or a newspaper (— 9 —, -9-, 第9页, 下转7版, lone 7 8 9 lines).

They are not report text: the paragraph reader steps over them (a paragraph goes on across a page
break), the extractors do not read them (Document.folded blanks them) and each is reported as a
source issue. Lone digits count only as a run of consecutive page numbers (a lone 2 is as often
the exponent of M2 set on a line of its own).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import load
from ..text import Span

DASHES = "—–\\-－"
# A page number with its dashes or its 页: — 9 —, -9-, 第9页, 9/40, 第9页 共40页.
PAGE_NUMBER = re.compile(rf"^[\s{DASHES}·•]*(?:第\s*)?\d+\s*(?:页|/\s*\d+)?(?:\s*共\s*\d+\s*页)?[\s{DASHES}·•]*$")
DASHED = re.compile(rf"^(?:[{DASHES}]\s*\d{{1,3}}\s*[{DASHES}]?|第\s*\d{{1,3}}\s*页(?:\s*共\s*\d+\s*页)?|\d{{1,3}}\s*/\s*\d{{1,3}})$")
# Inside a flattened line, a page number stands between spaces: …增长6.4%，一 — 1 — 般公共预算收入…
INLINE = re.compile(rf"(?<=\s)[{DASHES}]\s?\d{{1,3}}\s?[{DASHES}](?=\s|$)")
LONE = re.compile(r"^\d{1,3}$")
MIN_RUN = 3  # lone digits are page numbers when at least this many count up one by one


@lru_cache(maxsize=1)
def _turns() -> tuple[re.Pattern, re.Pattern]:
    """A newspaper's page turn as a whole line (spaces dropped), and between spaces inside a flattened line."""
    words = "|".join(re.escape(w) for w in load("soft_breaks")["page_turns"])
    turn = rf"[(（]?(?:{words})第?\d{{1,3}}版[)）]?"
    return re.compile(rf"^{turn}$"), re.compile(rf"(?<=\s){turn}(?=\s|$)")


def _bare(s: str) -> str:
    return "".join(s.split())


def is_page_mark(line: str) -> bool:
    """A line that is a page number with its dashes or 页 (— 9 —), or a newspaper page turn (下转7版)."""
    s = line.strip()
    return bool(s) and (DASHED.match(s) is not None or _turns()[0].match(_bare(s)) is not None)


def inline_marks(line: str) -> list[tuple[int, int]]:
    """(start, end) of the page numbers and page turns inside a flattened line."""
    return sorted([m.span() for m in INLINE.finditer(line)] + [m.span() for m in _turns()[1].finditer(line)])


def page_marks(rows: list[Span]) -> list[Span]:
    """The rows (lines of a body, text stripped) that are page numbers: marks, and runs of counting lone digits."""
    out = [r for r in rows if is_page_mark(r.text)]
    lone = [(r, int(r.text.strip())) for r in rows if LONE.match(r.text.strip())]
    run: list[Span] = []
    for k, (r, n) in enumerate(lone):
        if run and n == lone[k - 1][1] + 1:
            run.append(r)
        else:
            if len(run) >= MIN_RUN:
                out += run
            run = [r]
    if len(run) >= MIN_RUN:
        out += run
    return sorted(out, key=lambda s: s.start)
