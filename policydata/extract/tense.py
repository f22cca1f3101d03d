"""Tense: whether a stretch of a report tells what was done (a review) or what will be done (a plan).

Read where headings do not say it: a part titled without a kind word (牢记殷殷嘱托，在接续奋斗中…取得新成效),
sections without parts, a report without headings. Each sentence votes: past when it has a past word
(了, 已经, 去年, 五年来) or names only years before the plan year, future when it has a future word (今年,
要, 将, 力争) or names the plan year or a later one; a sentence with both, or neither, does not vote.
"""

from __future__ import annotations

import re

from ..grammar.headings import SENTENCE_END
from ..grammar.quantities import YEAR as _YEAR, year_value
from ..lexicon import load

_SENTENCES = re.compile(f"[{SENTENCE_END}]")


def years(text: str) -> list[int]:
    """The years a text names, in digits or in words: 2023年 → 2023, 一九五七年 → 1957 (not 八十年代)."""
    return [y for m in _YEAR.finditer(text) if (y := year_value(m.group(1))) is not None]


def _tense():
    return load("outline")["tense"]


def sentence_tense(sentence: str, plan_year: int | None) -> str | None:
    """past, future, or None (no vote) for one sentence."""
    t = _tense()
    for w in t["not_tense"]:
        sentence = sentence.replace(w, "")
    named = years(sentence)
    past = any(w in sentence for w in t["past"]) or bool(plan_year and named and max(named) < plan_year)
    future = any(w in sentence for w in t["future"]) or bool(plan_year and named and max(named) >= plan_year)
    if past != future:
        return "past" if past else "future"
    return None


def votes(text: str, plan_year: int | None) -> tuple[int, int]:
    """(sentences that tell what was done, sentences that tell what will be done)."""
    past = future = 0
    for s in _SENTENCES.split(text):
        v = sentence_tense(s, plan_year)
        past += v == "past"
        future += v == "future"
    return past, future


def reads_as_review(text: str, plan_year: int | None) -> bool:
    t = _tense()
    past, future = votes(text, plan_year)
    return past >= t["min_past"] and past >= t["review_share"] * (past + future)


def review_then_plan(counts: list[tuple[int, int]]) -> int:
    """The index k that best splits paragraphs (their (past, future) votes) into a review [0, k) and a
    plan [k, n): the most past votes before k and future votes from k on, net of the others."""
    best_k, best = 0, sum(f - p for p, f in counts)
    score = best
    for k, (p, f) in enumerate(counts, start=1):
        score += 2 * (p - f)
        if score > best:
            best_k, best = k, score
    return best_k
