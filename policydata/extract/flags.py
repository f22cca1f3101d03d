"""What makes a document's rows look wrong to a reader (listed on the data card as *look again*)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import load
from ..text import fold


def document_flags(text: str, start: int, end: int, tables: dict[str, list[dict]]) -> dict[str, bool]:
    """What makes a document's rows look wrong to a reader (listed on the data card)."""
    issues = {r["kind"] for r in tables["source_issues"]}
    return {
        # a plan's main targets are headline rows, or horizon rows in a five-year plan's report
        "targets_paragraph_without_headline": has_targets_paragraph(text[start:end])
        and not any(r["kind"] in ("headline", "horizon") for r in tables["targets"]),
        "no_programs": not tables["programs"],
        "duplicated_text": "duplicated-text" in issues,
    }


@lru_cache(maxsize=1)
def _headline_statement() -> re.Pattern:
    """A headline head noun followed by a copula (lexicon quantities.yml, `headline`)."""
    words = load("quantities")["headline"]
    return re.compile("(?:" + "|".join(map(re.escape, words["heads"])) + r")[^。；;！？]{0,8}?(?:"
                      + "|".join(map(re.escape, words["copulas"])) + ")")


def has_targets_paragraph(body: str) -> bool:
    """Whether the text states a plan's main targets with figures (主要预期目标是：…增长6%左右).

    A headline statement, then a figure with a unit within the next 120 characters, in a sentence that
    does not look back (去年, 过去…).
    """
    text = re.sub(r"\s+", "", fold(body))
    for m in _headline_statement().finditer(text):
        opened = max(text.rfind(c, 0, m.start()) for c in "。；;！？") + 1
        if any(w in text[opened:m.start()] for w in load("quantities")["past_markers"]):
            continue
        if re.search(r"\d(?:\.\d+)?(?:%|万|亿)|百分之", text[m.end():m.end() + 120]):
            return True
    return False
