"""The part of the report every row comes from, and what may come from which part.

A post-pass over the rows of one document (extract.registry.extract calls `apply_parts` once): each row of
targets, projects, outcomes and programs gets `part`, the kind of the part its `char_start` falls in:

  preamble         the opening address before the first heading
  review           the review of the past year or years (by its title, or by its tense: tense.py)
  headline         the general requirements and main targets of the plan year (总体要求和主要预期目标), and
                   the paragraph that states the main targets wherever it sits
  horizon          a part on a multi-year period to come (“十四五”时期主要目标任务, 今后五年)
  plan             the work plan of the plan year
  self-government  the government's own conduct (政府自身建设)
  closing          the closing address (结束语, 各位代表！…)
  annex            an annex after the report (附件：2024年民生实事)
  glossary         the glossary (名词解释)

Then the rules that follow from the part: a target never comes from the review, the closing or the
glossary; an outcome comes from the review or the preamble, or from a sentence that states a past
year's result in so many words (去年全市地区生产总值增长6%); and one span is never both a target and
an outcome (the review and stated past-year results keep the outcome, the plan keeps the target).
"""

from __future__ import annotations

from bisect import bisect_right

from ..lexicon import load
from ..text import Span, fold
from .outcomes import FUTURE, Period, _phrases as time_phrases, lex as outcome_lex, opening_time
from .outline import Outline, Program
from .tense import sentence_tense, years

PARTS = ("preamble", "review", "headline", "horizon", "plan", "self-government", "closing", "annex", "glossary")
RESOURCES = ("targets", "projects", "outcomes", "programs")
NO_TARGETS = {"review", "closing", "glossary"}
OUTCOME_PARTS = {"review", "preamble"}
# the outline's kinds as published
_PUBLISHED = {"requirements": "headline"}
_SENTENCE_END = "。！？!?\n"
SELF_GOVERNMENT_HEAD_MAX = 24  # a heading line is short
OPENS_WITHIN = 3  # a time phrase this close to a sentence's start opens it (2023年，… / 在2023年…)


class Parts:
    """part(offset) for one document: the outline's part kinds, refined by the headline paragraphs and
    the parts on a multi-year period to come."""

    def __init__(self, outline: Outline, headline_offsets: list[int]):
        self.outline = outline
        self.paragraphs: list[Span] = sorted(outline.paragraphs, key=lambda s: s.start)
        self._starts = [s.start for s in self.paragraphs]
        self.headline = {p.start for o in headline_offsets if (p := self.paragraph_at(o)) is not None}
        self.plan_year = outline.document.meta.plan_year

    def paragraph_at(self, offset: int) -> Span | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.paragraphs[i].start <= offset < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    def __call__(self, offset: int) -> str:
        kind = self.outline.part_kind_at(offset)
        para = self.paragraph_at(offset)
        if para is not None and para.start in self.headline and (
                kind not in ("review", "closing", "glossary") or (kind == "review" and self._looks_ahead(para))):
            return "headline"
        if kind in ("plan", "self-government") and para is not None and self._self_government_review(para):
            return "review"
        if kind == "plan" and _looks_ahead_years(_top(self.outline.program_at(offset)), self.plan_year):
            return "horizon"
        if kind == "plan" and self.past_statement(offset) \
                and sentence_tense(self.sentence_at(offset), self.plan_year) != "future":
            return "review"  # 两年来，…: a paragraph of a plan part that reviews, up to its turn to the plan year
        return _PUBLISHED.get(kind, kind)

    def _self_government_review(self, para: Span) -> bool:
        """A paragraph right under a bare self-government heading (加强政府自身建设) that opens with the past
        (过去一年，我们…) reviews the government's own work; the plan for it follows (新的一年…)."""
        text = self.outline.document.text
        head = text[:para.start].rstrip()
        head = head[max(head.rfind("\n"), 0):].strip()
        words = load("outline")["part_kinds"]["self-government"]
        if not head or len(head) > SELF_GOVERNMENT_HEAD_MAX or not any(w in head for w in words) \
                or self.plan_year is None:
            return False
        end = min((i + 1 for c in _SENTENCE_END if (i := text.find(c, para.start, para.end)) >= 0), default=para.end)
        own = opening_time(fold(text[para.start:end]).lstrip(), self.plan_year)
        return own is not None and own[0] <= OPENS_WITHIN and isinstance(own[1], Period)

    def _looks_ahead(self, para: Span) -> bool:
        """A headline paragraph inside a stretch read as a review (a report whose plan part has no heading
        before its sections): it states the plan year's targets when its first sentence is in the future tense
        (今年经济社会发展主要预期目标是：…)."""
        return sentence_tense(self.sentence_at(para.start), self.plan_year) == "future"

    def states_result(self, kind: str, offset: int, strict: bool = False) -> bool:
        """Whether an outcome at offset (in a part of this kind) is a stated result: the review or the
        preamble; a sentence that opens with a past time, or reads in the past tense; or, unless strict (a
        target shares the span), a sentence in no tense in a part titled in part as a review; in the
        preamble, when a target shares the span, a sentence not in the future tense."""
        if kind == "review" or self.past_statement(offset):
            return True
        tense = sentence_tense(self.sentence_at(offset), self.plan_year)
        if kind == "preamble":
            return not strict or tense != "future"
        if kind == "plan" and self.opened_in_plan_time(offset):
            return False  # 2021年预算安排支出…，比上年增长5%: the plan year's figures, past only by comparison
        return tense == "past" or (not strict and tense is None and self.reviews(offset))

    def sentence_at(self, offset: int) -> str:
        text = self.outline.document.text
        a = max(text.rfind(c, 0, offset) for c in _SENTENCE_END) + 1
        ends = [i for c in _SENTENCE_END if (i := text.find(c, offset)) >= 0]
        return text[a:min(ends) + 1 if ends else len(text)]

    def reviews(self, offset: int) -> bool:
        """Whether the part at offset is titled, in part, as a review (“十三五”时期发展成就和“十四五”时期主要目标任务,
        1998年工作回顾和1999年工作的总体要求): its results are outcomes though it goes on to the plan."""
        top = _top(self.outline.program_at(offset))
        if top is None:
            return False
        title = fold(top.title)
        words = load("outline")["part_kinds"]["review"] + outcome_lex()["review_titles"]
        return any(fold(w) in title for w in words)

    def opened_in_plan_time(self, offset: int) -> bool:
        """Whether the last sentence that opens with a time, in the paragraph at offset up to the sentence at
        offset, opens with the plan year or a later time (2021年预算…, 今年…): what follows is about the plan
        year until a sentence opens with a past time again."""
        if self._last_opening(offset, strict=True) != FUTURE:
            return False
        sentence = fold(self.sentence_at(offset))
        return not any(isinstance(t, Period) for _, t in time_phrases(sentence, self.plan_year))

    def past_statement(self, offset: int) -> bool:
        """Whether the sentence at offset states a past result in so many words: it, or a sentence before
        it in its paragraph with no turn to the plan year between, opens with a past time (去年…, 2023年…)."""
        return isinstance(self._last_opening(offset), Period)

    def _last_opening(self, offset: int, strict: bool = False) -> object:
        """The time (a Period or FUTURE) the last sentence opening with one opens with, in the paragraph at
        offset up to the sentence at offset; None if none does. A turn to the plan year counts anywhere
        before the sentence's first number, unless strict (then only at its start, like a past time)."""
        para = self.paragraph_at(offset)
        if para is None or self.plan_year is None:
            return None
        text = self.outline.document.text
        last = None
        a = para.start
        while a <= offset:
            b = next((i + 1 for i in range(a, para.end) if text[i] in _SENTENCE_END), para.end)
            own = opening_time(fold(text[a:b]).lstrip(), self.plan_year)
            if own is not None and (own[0] <= OPENS_WITHIN or (own[1] == FUTURE and not strict)):
                last = own[1]
            a = b
            if b >= para.end:
                break
        return last


def _top(p: Program | None) -> Program | None:
    while p is not None and p.level > 1 and p.parent is not None:
        p = p.parent
    return p if p is not None and p.level == 1 else None


def _looks_ahead_years(part: Program | None, plan_year: int | None) -> bool:
    """A part titled for a multi-year period to come: 今后五年, “十四五”时期 or 第一个五年计划概要 (when the plan
    ends after the plan year), or a year after the plan year (到2035年); not one that names the plan year too
    (第二个五年计划的第二年——一九五九年…的任务, 今后五年和今年的工作)."""
    if part is None or plan_year is None:
        return False
    horizon = load("quantities")["horizon"]
    title = fold(part.title)
    named = years(title)
    if plan_year in named or any(w in title for w in horizon["plan_year_words"]):
        return False
    plans = {**horizon["plans"], **load("outline")["five_year_plans"]}
    if any(name in title and year > plan_year for name, year in plans.items()):
        return True
    if any(w in title for w in horizon["part_titles"] if w not in horizon["plans"]):
        return True
    return any(y > plan_year for y in named)


def apply_parts(outline: Outline, rows: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Stamp `part` on every row of targets, projects, outcomes and programs, then drop targets from parts
    that hold none, outcomes from parts that state none, and the outcome or target that shares its span
    with the other. Returns the same dict."""
    part = Parts(outline, [r["char_start"] for r in rows.get("targets", []) if r.get("kind") == "headline"])
    for name in RESOURCES:
        for r in rows.get(name, []):
            r["part"] = part(r["char_start"])
    targets = [r for r in rows.get("targets", []) if r["part"] not in NO_TARGETS]
    outcomes = [r for r in rows.get("outcomes", []) if part.states_result(r["part"], r["char_start"])]
    by_span = {(r["char_start"], r["char_end"]): r for r in outcomes}
    shared = {(r["char_start"], r["char_end"]) for r in targets} & set(by_span)
    result = {s for s in shared if part.states_result(by_span[s]["part"], s[0], strict=True)}
    if "targets" in rows:
        rows["targets"] = [r for r in targets if (r["char_start"], r["char_end"]) not in result]
    if "outcomes" in rows:
        rows["outcomes"] = [r for r in outcomes if (r["char_start"], r["char_end"]) not in shared - result]
    return rows
