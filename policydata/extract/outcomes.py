"""Outcomes: the results a report states for a past period, as pure functions from an Outline to rows.

Every report opens by reviewing the year before (去年国内生产总值增长8.1%, 全年完成2180亿元，增长6.4%);
those figures, read with the same quantity grammar as targets (grammar/quantities.scan_quantities), are
what a later target is checked against. Where the review is:
- a part the outline classifies as review, or whose title says so (…工作回顾, …成就的五年);
- in the preamble, from a paragraph that turns to the past (去年…, 2001年…, 报告2001年的工作) until
  one that turns to the plan year (今年…, 2002年是…);
- elsewhere, a paragraph or sentence that opens with a past time phrase.
Which years a figure is about comes from the nearest time phrase: the sentence's own, else one earlier
in its paragraph, else (in a review part) the last paragraph that opened with one (五年来…, 刚刚过去的
2017年…), else the part's title, else the year before the plan year. Multi-year reviews (过去五年,
“十一五”时期, 比2002年增长, 年均增长) give the period (first_year…year) and its basis (average,
cumulative); levels stated in them are the period's last year. Estimates (预计) are flagged, and
figures of other places (全国 in a provincial report, 世界) are left out.

All words come from lexicon/outcomes.yml; matching runs on each paragraph's Passage and every clause
is mapped back to its exact span in the published text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..ids import IdMaker
from ..indicators import facts, indicator_code
from ..grammar.numerals import cn_to_int
from ..lexicon import load
from ..text import Passage, Span, fold, passage
from .outline import Outline, Program
from ..grammar.quantities import (AFTER_VERBS, CLASS_NOUN_MAX, CLAUSE_BREAK, CN_NUMERALS, SENTENCE_BREAK, YEAR_NUMBER, Quantity, clean,
                                  lex as quantity_lex, names_nothing, sorts_what_follows, titles_rules, quantity_hint, scan_quantities, split_items, split_spans, tidy_noun,
                                  year_value)


@lru_cache(maxsize=1)
def lex() -> dict:
    return load("outcomes")


_LONGEST: dict[tuple, list[str]] = {}


def _longest(words) -> list[str]:
    """The words, longest first; sorted once per distinct list (callers run per clause; do not change the list)."""
    key = tuple(words)
    got = _LONGEST.get(key)
    if got is None:
        got = _LONGEST[key] = sorted(set(key), key=len, reverse=True)
    return got


@lru_cache(maxsize=1)
def _year_re() -> re.Pattern:
    return re.compile(lex()["year_pattern"].replace("YEAR", YEAR_NUMBER))  # 2001年, 一九八二年


@lru_cache(maxsize=1)
def _range_re() -> re.Pattern:
    """A span of years written as its ends (2003年到2023年, 一九七一年至一九八○年, 2016—2020年): one period."""
    dash = "|".join(re.escape(w) for w in _longest(lex()["year_range_joins"]))
    return re.compile(lex()["year_pattern"].replace("YEAR", f"{YEAR_NUMBER}年?(?:{dash}){YEAR_NUMBER}"))


@lru_cache(maxsize=1)
def _years_since() -> re.Pattern:
    return re.compile(rf"(?:过去|近|这)?([{CN_NUMERALS}两]{{1,3}}|\d{{1,2}})年(?:来|间|以来)")


@lru_cache(maxsize=1)
def _plan_re() -> re.Pattern:
    L = lex()
    names = "|".join(re.escape(p) for p in _longest(L["plans"]))
    suffixes = "|".join(re.escape(s) for s in _longest(L["plan_period_suffixes"]))
    return re.compile(f"“?({names})”?(?:{suffixes})")


@lru_cache(maxsize=1)
def _value_follows() -> re.Pattern:
    verbs = "|".join(re.escape(w) for w in _longest(lex()["value_verbs"]))
    return re.compile(rf"(?:末|底)?的?(?:{verbs})?[\d{CN_NUMERALS}]")

# --- periods -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Period:
    """The years a statement is about: first..year (one year when first == year)."""
    year: int
    first: int

    @property
    def multi(self) -> bool:
        return self.first < self.year


FUTURE = "future"


@lru_cache(maxsize=1)
def _phrase_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, dict[str, int], re.Pattern, re.Pattern]:
    """One regex per kind of time phrase (longest alternatives first), the years of each period word,
    the frame words, and a quick test that a clause may hold a phrase at all (most hold none)."""
    L = lex()
    alt = lambda words: re.compile("|".join(re.escape(w) for w in _longest(words)))  # noqa: E731
    past, periods, future = alt(L["past_year_words"]), alt(L["period_words"]), alt(L["future_words"])
    anything = re.compile("|".join(p.pattern for p in (past, periods, future, _plan_re(), _year_re(), _years_since())))
    return past, periods, future, {w: int(n) for w, n in L["period_words"].items()}, alt(L["frame_words"]), anything


def _phrases(s: str, plan_year: int) -> list[tuple[int, object]]:
    """Every time phrase of s with its position: a Period for the past, FUTURE for the plan year on."""
    L = lex()
    past, periods, future, years, frame_words, anything = _phrase_patterns()
    if not anything.search(s):
        return []
    out: list[tuple[int, object]] = []
    last = plan_year - 1
    not_after = L["not_after"]

    def free(i: int) -> bool:  # 比上年, 从2002年: a comparison base, not the time of the sentence
        return i == 0 or s[i - 1] not in not_after

    out += [(m.start(), Period(last, last)) for m in past.finditer(s) if free(m.start())]
    out += [(m.start(), Period(last, last - years[m.group(0)] + 1)) for m in periods.finditer(s)
            if not s.startswith(tuple(L["superlatives"]), m.end())]  # (降至十年来最低: a record, not the time)
    for m in _years_since().finditer(s):  # 8年来，…: a span of years that opens a clause
        n = int(m.group(1)) if m.group(1).isdigit() else cn_to_int(m.group(1))
        if n and 1 < n <= 100 and (m.start() == 0 or s[m.start() - 1] in "，,。；;：:") \
                and not s.startswith(tuple(L["superlatives"]), m.end()) \
                and not any(i == m.start() for i, _p in out):
            out.append((m.start(), Period(last, last - n + 1)))
    for m in _plan_re().finditer(s):
        end = int(L["plans"][m.group(1)])
        if end >= plan_year and s[:m.start()].endswith(tuple(L["plan_as_name_after"])):
            continue  # 入选国家“十四五”规划重大工程项目库: a plan named in a name, not a turn to the plan years
        if free(m.start()):
            out.append((m.start(), Period(end, end - 4) if end < plan_year else FUTURE))
    ranges = []  # 2003年到2023年: the period of both years (a range that reaches the plan year is left to them)
    for m in _range_re().finditer(s):
        first, end = year_value(m.group(1)), year_value(m.group(2))
        if first < end < plan_year and (free(m.start()) or s[m.start() - 1] in L["range_from"]):  # 从…到…
            out.append((m.start(), Period(end, first)))
            ranges.append((m.start(), m.end()))
    for m in _year_re().finditer(s):
        y = year_value(m.group(1))
        if any(a <= m.start() < b for a, b in ranges):
            continue
        if free(m.start()) and not _value_follows().match(s, m.end()):  # 2015年为7.5万亿元: the value's year
            out.append((m.start(), Period(y, y) if y < plan_year else FUTURE))
    counted = re.compile(rf"[\d{CN_NUMERALS}两][{L['future_noun_measures']}]$")  # 打造28个未来产业试验场: a noun
    out += [(m.start(), FUTURE) for m in future.finditer(s) if free(m.start()) and not counted.search(s, 0, m.start())]
    frames = [m.start() for m in frame_words.finditer(s)]
    if frames:  # 在1992年快速增长的基础上，1993年…: a phrase in the frame's clause is not the time of the sentence
        clause_end = [min([j for j in frames if j >= i] + [len(s)]) for i, _p in out]
        out = [(i, p) for (i, p), e in zip(out, clause_end)
               if e == len(s) or any(c in s[i:e] for c in "，,；;。")]
    out.sort(key=lambda x: x[0])
    return out


def opening_time(s: str, plan_year: int) -> tuple[int, object] | None:
    """The time a sentence opens with: its first time phrase before its first number, with its position
    (a Period or FUTURE), or None."""
    phrases = _phrases(s, plan_year)
    if not phrases:
        return None
    if quantity_hint().search(s, 0, phrases[0][0] + 1):  # a quantity may come first: find where it starts
        qs = scan_quantities(s)
        qs = [q for q in qs if q.kind != "time"]  # (8年来，…: the span is the phrase, not a quantity)
        limit = qs[0].start if qs else len(s)
        phrases = [(i, p) for i, p in phrases if i < limit]
    found = phrases  # (no digit up to the first phrase: no quantity can start before it)
    if not found:
        return None
    # the earliest phrase; at one position a period phrase (过去五年) wins over the year word inside it
    first = min(i for i, _ in found)
    at = [p for i, p in found if i == first]
    return first, next((p for p in at if isinstance(p, Period) and p.multi), at[0])


def _future_at(s: str, plan_year: int) -> int | None:
    """Where a clause turns to the plan year or later (今年…, 2020年…, 到2025年), or None."""
    hits = [i for i, p in _phrases(s, plan_year) if p is FUTURE]
    for m in _TO_YEAR_IN.finditer(s):
        if year_value(m.group(1)) >= plan_year:
            hits.append(m.start())
    return min(hits) if hits else None


def title_period(title: str, plan_year: int) -> tuple[Period, Period | None]:
    """The default period of a review part and the multi-year period it names, from its title.

    A year named in the title is the default (“十三五”时期和2020年工作回顾: 2020; the paragraphs on the
    five years say so themselves), else the period it names, else the year before the plan year.
    """
    found = [p for _i, p in _phrases(fold(title), plan_year) if isinstance(p, Period)]
    single = next((p for p in found if not p.multi), None)
    multi = next((p for p in found if p.multi), None)
    return single or multi or Period(plan_year - 1, plan_year - 1), multi


# --- reading one value ---------------------------------------------------------------------------

@dataclass
class Reading:
    indicator: str
    comparator: str | None = None
    direction: str | None = None
    average: bool = False
    cumulative: bool = False
    annual: bool = False  # 比上年, 同比, 增速: the rate of one year, also in a multi-year review
    years: int | None = None  # 十年增加…: the number of years the value spans
    year: int | None = None  # a year written right before the value (增加到2002年的10.2万亿元)
    base_year: int | None = None  # 比2002年, 从1997年: the period starts the year after
    from_value: bool = False
    skip: bool = False
    other_place: bool = False
    level: bool = False  # 累计达到, 增至: a level reached, not a change
    total: bool = False  # 总量达, 总数超: a total
    reached: bool = False  # 达, 为, 覆盖, 压缩到: a level the value is
    sorts: bool = False  # 10亿元以上项目8个: the size that sorts the things counted after it
    plan_item: bool = False  # 189万平方米棚改任务: a plan's item
    of_class: bool = False  # …8个 after such a size: its indicator names the class
    running: bool = False  # 累计建成…, 累计突破…: a running total, its first year not said
    other_base: bool = False  # 比解放前的最高水平增加了…: a change since a base that is no year
    scope: bool = False  # 3个领域共184项: the things a total after it is taken over
    planned: bool = False  # 要从…降到…: a change that is to be
    grade: bool = False  # 获批1类创新药14个: the number is the grade in the name of the things counted after it
    summed: bool = False  # 累计 in the clause before the value, not right before it (累计减税降费80亿元)
    span_verb: str = ""  # 五年建成新线…: the verb after the span, which the bare items after it share


@lru_cache(maxsize=1)
def _strip_words() -> tuple[str, ...]:
    """The words of _strip_table, for one quick endswith() before looking up which one it is."""
    return tuple(w for w, _what, _v in _strip_table())


@lru_cache(maxsize=1)
def _strip_table() -> list[tuple[str, str, str | None]]:
    """(word, what, value) for every word that may stand between an indicator and its number, longest first."""
    L = lex()
    rows = []
    for c, ws in L["comparators"]["before"].items():
        rows += [(w, "comparator", c) for w in ws]
    rows += [(w, "level", None) for w in L["level_words"]]
    for d, ws in L["direction"].items():
        rows += [(w, "direction", d) for w in ws]
    rows += [(w, "average", None) for w in L["average_words"]]
    rows += [(w, "cumulative", None) for w in L["cumulative_words"]]
    rows += [(w, "annual", None) for w in L["annual_words"]]
    rows += [(w, "filler", None) for w in L["filler_words"]]
    seen, out = set(), []
    for r in sorted(rows, key=lambda r: -len(r[0])):
        if r[0] not in seen:
            seen.add(r[0])
            out.append(r)
    return out


_YEAR_BEFORE = re.compile(rf"在?(?:{YEAR_NUMBER}年|(去年|上年|现在|目前))(?:末|底)?的?$")  # (提高到现在的1721元)
_PERIOD_SPAN = re.compile(r"(?:过去|这|近|前)?(?<!连续)(?<![\d一二两三四五六七八九十])([一二两三四五六七八九十]|\d{1,2})年(?:来|间|里|中|以来)?$")
_LIST_REST = re.compile(r"^(?:(?:和|、|及|与)[\d.]+[^\d和、及与，,；;。的]{0,3})+")
_SPAN_LEAD = re.compile(r"^(?:过去|近)?([二两三四五六七八九十]|\d{1,2})年(?:来|间|里|中|以来|内)?(?:共|累计)?(?=新增|新建|建成|完成|改造|引进|培育|解决|减少|淘汰|投入|新开工)")
_SPAN_NOUN = re.compile(r"^(?:过去|近|这)?([二两三四五六七八九十]|\d{1,2})年(?:来|间|里|中(?!央)|以来|内)?(?:共|累计|共计|合计)?"
                        r"(?=[\u4e00-\u9fff])(?!行动|计划|规划|攻坚|工程|义务|期|制|级|一|的|前|后|度|代|连|底|末|初|来|间|里|内|以|中央)")
_ACTION_START = re.compile(r"^(?:新增|新建|建成|完成|改造|引进|培育|解决|减少|淘汰|投入|新开工|累计)")
_STREAK = re.compile(r"连续(?:[一二两三四五六七八九十]{1,3}|\d{1,2})(?:个)?(?:年|季度|月)(?:[都均保持稳定在达到或略高于低于超过])*$")
_YEAR_AT_START = re.compile(rf"(?:到|至|截至)?{YEAR_NUMBER}年(?:末|底)?")  # (到1959年已有…: the level's year)
_PER_AFTER_VERB = re.compile(r"(?:人均|户均|每[人户亩天月年])(?:每?[月年天])?$")  # (提高到人均, 增加到每人每年)
_BASE_YEAR = re.compile(rf"(?:比|较|与|同){YEAR_NUMBER}年(?:相比|同期)?$")
_FROM_VALUE = re.compile(rf"(?:从|由)(?:{YEAR_NUMBER}年(?:末|底)?的?)?(?:每[\u4e00-\u9fff]{{1,4}}?|人均|户均)?(?:每[月年天])?"
                         r"(?:不到|不足|超过|近|约)?$")  # (由每户200元; 从2004年人均每月700元: the start of the change)
_BASE_YEAR_IN = re.compile(rf"(?:从|由|比|较|与|同){YEAR_NUMBER}年")
_NOTE_AT_START = re.compile(r"^[（(][^（）()]*[）)]")
_NOUN_THEN_RATE = re.compile(r"^的?[\u4e00-\u9fff]{1,6}?(?:占比|比重|比例)")
_COMPARED_TO_YEAR = re.compile(rf"(?:比|较|同){YEAR_NUMBER}年(?:相比|同期)?$")
_CLASS_BOUND = re.compile(r"^(?:及)?以上(?!的)[\u4e00-\u9fff“]")  # (5亿元以上工业企业; not 以上的新阶段)
_PART_OF = re.compile(r"其中([\u4e00-\u9fff]{0,4})$")  # (其中新开工5个, 其中5项…: a part of what came before)
_ONE_OF = re.compile(r"(?<!分)之一")  # (三个…之一; not 五分之一)
_FIRST_OF_KIND = re.compile(r"首(?:个|家|座|条|款|台|项)[\u4e00-\u9fff“”]{0,6}$")  # (首个国家1类创新药)
_OTHER_BASE = re.compile(r"(?<![可评对占相类无环同攀])(?:比|较)(?![重例率值较赛])(\S{2,14})$")  # (not 比重, 评比)
_AT_PLACES = re.compile(r"在[^，,；;。在]{0,30}等$")  # 在甲国、乙国等(13个国家): where, listed
_AT_PLACES_COUNTED = re.compile(r"在[^，,；;。在]{0,30}等[^，,；;。、]{1,8}$")  # 在甲国、乙国等13个
_TO_YEAR_IN = re.compile(rf"(?:到|至){YEAR_NUMBER}年")
# 甲年到乙年N年中: a span whose count of years is the difference of its ends, so a change in it is since 甲年
_SPAN_SINCE = re.compile(rf"{YEAR_NUMBER}年(?:到|至){YEAR_NUMBER}年的?([{CN_NUMERALS}两]{{1,3}}|\d{{1,2}})年(?:中|间|里|内)")
# 乙年同甲年相比，…: a sentence that opens by comparing two years frames every piece of it (after ； too)
_YEARS_COMPARED = re.compile(rf"^{YEAR_NUMBER}年(?:同|与|比|较){YEAR_NUMBER}年(?:相比|比较)?[，,]")
_LEAD_COMPARISON = re.compile(rf"^(?:比|较|同)(?:{YEAR_NUMBER}年|上年|去年)(?![前到至以])(?:相比|同期)?的?")
_TAIL_COMPARISON = re.compile(rf"(?<=[\u4e00-\u9fff])(?:比|较)(?:{YEAR_NUMBER}年|上年|去年|(?:[一二两三四五六七八九十]|\d{{1,2}})年前)(?:同期)?$")


@lru_cache(maxsize=1)
def _facility_cost() -> re.Pattern:
    """The words before the cost or size of one thing (投资, 总规模, 全长), a comparator (约, 超) between or not."""
    L = lex()
    comparators = [w for ws in L["comparators"]["before"].values() for w in ws]
    words, comps = (map(re.escape, _longest(ws)) for ws in (L["facility_cost_before"], comparators))
    return re.compile(f"(?:{'|'.join(words)})(?:{'|'.join(comps)})?$")


@lru_cache(maxsize=1)
def _implemented_plan() -> re.Pattern:
    """A verb of carrying out, then the mark of a plan set by another body (落实…确定的, 贯彻…部署的), in the
    clause before a count."""
    L = lex()["implemented_plan"]
    verbs, marks = ("|".join(map(re.escape, _longest(L[k]))) for k in ("verbs", "marks"))
    return re.compile(rf"(?:{verbs})[^，,；;。]*?(?:{marks})[^，,；;。]*$")


@lru_cache(maxsize=1)
def _CONTRIBUTION() -> re.Pattern:
    """A contribution rate with no subject (对经济增长贡献率): whose it is, is the figure's named before it."""
    words = "|".join(re.escape(w) for w in _longest(lex()["contribution_words"]))
    return re.compile(rf"对[\u4e00-\u9fffA-Za-z]{{1,12}}?的?(?:{words})")


@lru_cache(maxsize=1)
def _PEOPLE_AFTER() -> re.Pattern:
    """A bare magnitude counting people (3亿多农村人口, 200万群众): the noun after it, a few words on, is people."""
    nouns = "|".join(re.escape(w) for w in _longest(lex()["people_nouns"]))
    return re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{nouns})")


@lru_cache(maxsize=1)
def _project_noun() -> re.Pattern:
    """A project noun right after a size (…风电项目, …露天矿): the size is part of the project's name."""
    L = lex()
    nouns = "|".join(re.escape(w) for w in _longest(L["sized_project_nouns"]))
    return re.compile(rf"^[\u4e00-\u9fff]{{0,6}}?(?:{nouns})")


def _named_project_size(pre: str, post: str) -> bool:
    """A size between an owner's name (a company, a place: no verb, no measure word before it) and a project noun."""
    L = lex()
    owner = clean(re.split(r"[，,；;、]", pre)[-1])
    if not (2 <= len(owner) <= 8) or not re.fullmatch(r"[\u4e00-\u9fff]+", owner) or not _project_noun().match(post):
        return False
    verbs = L["done_verbs"] + L["total_action_verbs"] + L["noun_ends_at"] + L["sized_project_verbs"]
    return _strip_tail(owner) == owner and not any(v in owner for v in verbs)


def _other_place(pre: str, level: str) -> bool:
    L = lex()["other_places"]
    words = L["always"] + L.get(level, [])
    for w in words:
        k = pre.find(w)
        while k >= 0:
            if not pre[max(0, k - 2):k].endswith(tuple(lex()["own_share_before"])) and \
                    not pre[max(0, k - 3):k].endswith(tuple(lex()["own_share_before"])):
                return True
            k = pre.find(w, k + 1)
    return False


@lru_cache(maxsize=1)
def _budget_word() -> re.Pattern:
    L = lex()["budgets"]
    not_after = "|".join(re.escape(w) for w in _longest(L["not_after"]))
    return re.compile(rf"(?:{'|'.join(map(re.escape, _longest(L['words'])))})(?!{not_after})")


def _budget_at(pre: str) -> int | None:
    """Where the words before a value name a budget (预算为, 年初预算的), not a budget's revenue or spending
    (一般公共预算收入, 预算内投资); None when they do not."""
    L = lex()["budgets"]
    m = None
    for m in _budget_word().finditer(pre):
        pass
    if m and any(w in pre[m.end():m.end() + L["within"] + 2] for w in L["not_within"]):
        return None  # 一般公共预算总收入: a revenue of the budget
    return m.start() if m else None


@lru_cache(maxsize=1)
def _ratio_to_year() -> re.Pattern:
    return re.compile(rf"(?:是|为){YEAR_NUMBER}年的?$")


@lru_cache(maxsize=1)
def _ratio_to_span() -> re.Pattern:
    return re.compile(rf"(?:是|为|相当于){YEAR_NUMBER}年?(?:到|至|—|-){YEAR_NUMBER}年[^，,；;。]{{0,12}}的$")


@lru_cache(maxsize=1)
def _recovered_to_year() -> re.Pattern:
    """恢复到2019年的105%, 达到2019年同期水平的98%: a share of another year's figure."""
    verbs = "|".join(re.escape(w) for w in _longest(lex()["comparisons"]["share_of_year_verbs"]))
    return re.compile(rf"(?:{verbs}){YEAR_NUMBER}年(?:全年|同期)?(?:水平)?的?$")


def _compares(pre: str, q: Quantity) -> bool:
    """A value set against another figure: a ratio (相当于…, 是2015年的2倍) or a gap in points to another
    indicator or place (快于经济增长2个百分点)."""
    L = lex()["comparisons"]
    if any(w in pre for w in L["ratio_words"]) or _ratio_to_year().search(pre):
        return True
    if q.unit == "倍" and re.search(r"是[^，,；;。]{0,15}的$", pre):
        return True  # 是此前历史总和的1.5倍: a multiple of another figure
    if q.unit in ("倍", "%") and _ratio_to_span().search(pre):
        return True  # 是1950年到1997年投入总和的1.7倍: a ratio to the figure of another span
    if q.unit in ("%", "倍") and _recovered_to_year().search(pre):
        return True
    return q.unit in L["gap_units"] and any(w in pre for w in L["gap_words"])


def read_value(clause: str, q: Quantity, prev_end: int, next_start: int, plan_year: int, level: str) -> Reading:
    """What the words around one value say: its indicator, comparator, direction and period hints."""
    L = lex()
    pre = raw_pre = clause[prev_end:q.start]
    if prev_end and "、" in pre:  # 跃上1.4万亿斤新台阶、亩产提升10.1斤: the words before 、 end the item before
        pre = pre[pre.rfind("、") + 1:]
    post = clause[q.end:next_start].lstrip()
    r = Reading("")
    places = tuple(_longest(L["place_nouns"]))
    where = _AT_PLACES.search(clause[:q.start])
    if q.kind in ("measure", "bare") and where and post.startswith(places) and next_start < len(clause):
        r.skip = True  # 在甲国、乙国等13个国家投运…: the places where things were done, not a result
        return r
    if prev_end and pre.startswith(places) and _AT_PLACES_COUNTED.search(clause[:prev_end]):
        pre = pre[len(next(w for w in _longest(L["place_nouns"]) if pre.startswith(w))):]  # (…国家投运海外仓36个)
    r.total = any(w in raw_pre for w in L["total_words"])
    r.reached = clean(raw_pre).endswith(tuple(L["reach_words"]))  # 达7万多家, 覆盖36万所: a level
    if pre.strip() in ("（", "("):
        r.skip = True  # 5亿元（3000万美元）: the same figure in another unit
        return r
    if pre.startswith(("（", "(")) and not any(c in pre for c in "）)"):
        pre = pre[1:]  # 新增托位6870个（其中普惠托位5505个）: a part of the figure before, its own indicator
    if pre.endswith(tuple(L["streak_before"])):
        r.skip = True  # 连续7个季度高于全国: how long something has gone on, not a figure of the year
        return r
    if q.kind == "time" and (post.startswith(tuple(L["span_after"]))
                             or post[:1] and "\u4e00" <= post[0] <= "\u9fff"):  # (24小时城市书房: a name)
        r.skip = True  # 40年来: a span of time
        return r
    if post.lstrip("的").startswith(tuple(quantity_lex()["not_quantities"]["structural_nouns"])):
        r.skip = True  # 抓了以下九个方面的工作: the parts of a text, not a result
        return r
    if q.unit in L["size_units"] and post.startswith(tuple(L["sized_nouns"])):
        r.skip = True  # 通4.5米硬化路: the width of the thing, not a result
        return r
    if q.unit in L["indicator_count_units"] and post.startswith(tuple(L["indicator_count_nouns"])) \
            and any(w in clause[q.end:] for w in L["zero_words"]):
        r.skip = True  # 三项指标保持为零: how many indicators stayed at zero, not a result of its own
        return r
    rest = clause[q.end:]
    if q.kind == "amount" and _NOTE_AT_START.match(rest) and _NOTE_AT_START.sub("", rest).startswith(("以上", "及以上")):
        r.skip = True  # 5亿元（3000万美元）以上产业项目13个: the size that sorts the projects, a note between
        return r
    if sorts_what_follows(q, post, next_start < len(clause)):
        r.skip = r.sorts = True  # 新引进10亿元以上项目52个: the size that sorts the projects counted
        return r
    own_rest = re.split(r"[，,；;。]", rest, maxsplit=1)[0]
    if q.kind == "amount" and (_CLASS_BOUND.match(own_rest) or (
            clause[:q.end].endswith("以上") and _CLASS_BOUND.match("以上" + own_rest))):
        r.skip = r.sorts = True  # 收入5亿元以上工业企业全部设立…: the size that sorts the things named after it
        return r
    if clean(raw_pre).endswith(tuple(L["size_modifier_before"])) and re.match(r"的[\u4e00-\u9fff“]", post):
        r.skip = True  # 长达4000公里的甲管道: the size describes the thing, not a result
        return r
    if clean(raw_pre).endswith(tuple(L["each_before"])) and re.match(r"的[\u4e00-\u9fff“]", post):
        r.skip = True  # 包括年炼铁和炼钢各300万吨的甲工程: the size each of the things named has, not a result
        return r
    if q.kind in ("measure", "bare") and _supported_set(clause[:q.start]) \
            and clean(own_rest.split("、")[-1]).endswith(tuple(L["support_noun_ends"])):
        r.skip = True  # 安排1万亩用地指标支持15个主平台建设: the set the resource went to, not a result
        return r
    if q.kind in ("measure", "bare") and clean(own_rest).endswith(tuple(L["operated_ends"])):
        r.skip = True  # 14个赛区和运动员村高效运行: the set that ran, not a result
        return r
    if any(w in own_rest for w in L["progress_said_after"]):
        r.skip = True  # 甲公司300万吨选矿厂、…项目进展顺利, 投资2.5亿元的…工程进展顺利: works under way, not a result
        return r
    if q.kind in ("measure", "bare") and q.unit.endswith("类") and _FIRST_OF_KIND.search(clause[:q.start]):
        r.skip = True  # 首个国家1类创新药获批: the number is in the name of the one thing, not a count
        return r
    if q.kind in ("measure", "bare") and q.unit == "类" and next_start < len(clause) \
            and re.fullmatch(r"[\u4e00-\u9fff]{1,8}", post.strip()) and not post.startswith(AFTER_VERBS) \
            and _strip_tail(post.strip()) == post.strip():  # (从60类减少到10类: a count of kinds, not a grade)
        r.skip = r.grade = True  # 获批2类新药5个: the grade names the things the count after it is of
        return r
    if q.kind in ("measure", "bare") and _implemented_plan().search(clause[:q.start]):
        r.skip = True  # 落实省委全会确定的300项改革举措: the size of a plan set by another body, being carried out
        return r
    if q.kind in ("measure", "bare") and _ONE_OF.search(own_rest):
        r.skip = True  # 是全省三个…城市之一: the size of a group it belongs to, not a result
        return r
    if q.unit.endswith("条") and not own_rest.split("、")[0].strip() and any(w in clause[:q.start] for w in L["rules_issued_verbs"]):
        r.skip = True  # 出台促进消费18条: a set of rules issued, counted by its articles
        return r
    if q.unit.endswith("条") and titles_rules(clause[q.end:]):
        r.skip = True  # 出台稳经济25条政策, 兑现23条奖补政策: the title of a set of rules
        return r
    if q.kind == "amount" and _facility_cost().search(pre) and post.startswith("的"):
        r.skip = True  # 投资50亿元的产业园已签约, 投资约700亿元的炼化项目投产: the cost or size of one thing
        return r
    if q.kind in ("measure", "bare") and next_start < len(clause) and not re.search(r"[、，,；;]", post) \
            and _scope_re().fullmatch(clean(post)):
        r.skip = r.scope = True  # 64个县市新增城镇人口30万人, 100个重点项目完成投资150亿元: the things the figure is of
        return r  # (the noun, the figure's subject, is read with the figure after it)
    if q.kind in ("measure", "bare") and next_start < len(clause) and clean(post).endswith(tuple(L["scope_totals"])):
        r.skip = r.scope = True  # 3个领域共184项事项…: the scope the total after it is taken over, not a result
        return r
    if q.kind in ("measure", "bare") and next_start < len(clause) and "、" not in post \
            and any(w in post for w in L["rate_words"]):
        r.skip = True  # 12个监测断面水质达标率达100%: the count says which things the rate after it is of
        return r
    if q.kind == "amount" and next_start < len(clause) and _NOUN_THEN_RATE.match(post) \
            and not post.startswith(tuple(L["rate_words"])):
        r.skip = True  # 时速120公里路段占比增至71%: the size names the things the rate after it is of
        return r
    if post.startswith(tuple(L["target_words_after"])) or any(w in pre for w in L["target_words_before"]) \
            or _LIST_REST.sub("", clause[q.end:]).startswith(tuple(L["target_words_after"])):
        r.skip = True  # (…500元和300元的目标: the list of values ends in the word for a target)
        return r
    if q.kind == "amount" and _tidy(pre) in L["money_verbs"] and post.startswith(tuple(L["purpose_verbs"])):
        r.skip = True  # 投入4.3亿元实施技能提升工程: the funding of one programme, its name after it
        return r
    if q.kind == "amount" and post.startswith(tuple(L["purpose_verbs"])) and any(
            clean(pre).endswith(j + v) for j in L["set_aside_joins"] for v in L["set_aside_verbs"]):
        r.skip = True  # 出台…方案并拿出500万元用于奖励…: money set aside for a purpose, not a result
        return r
    if q.kind in ("measure", "amount") and clean(raw_pre).endswith(tuple(L["capacity_in_name"])) \
            and re.match(r"[\u4e00-\u9fff]", post):
        r.skip = True  # 甲石化年产120万吨芳烃项目开工: the capacity in the name of a project, not a result
        return r
    if (q.unit.endswith("人") and post.startswith("民")) or q.unit.startswith("万万"):
        r.skip = True  # 我国十四亿人民, 五万万农民 (万万: the old 亿 a people is counted in): a people named, not a count
        return r
    if q.kind in ("measure", "amount") and q.unit.endswith(tuple(L["sized_project_units"])) and _named_project_size(pre, post):
        r.skip = True  # 甲能源5万千瓦风电项目按期完工, 乙矿业300万吨露天矿完成核准: a project named by its owner and size
        return r
    margin = clean(raw_pre)
    lead_m = next((w for w in _longest(L["margin_leads"]) if margin.startswith(w)), "")
    if q.unit.endswith("百分点") and lead_m and any(b in margin for b in L["margin_bases"]):
        r.skip = True  # 覆盖率达90%、超省定标准5.8个百分点: the margin over a standard, not a result
        return r
    pair = re.compile(r"[\u4e00-\u9fff]{2,8}[和及]")
    if q.kind == "amount" and ((next_start < len(clause) and pair.fullmatch(post.strip()))
                               or (prev_end and pair.fullmatch(pre.strip()) and re.match(r"[\u4e00-\u9fff]", post))):
        r.skip = True  # 安排30亿元救灾款和70亿元重建资金: each amount's noun follows it, the one before reads wrong
        return r
    budget = _budget_at(pre)
    if budget is not None:  # 收入预算为120亿元, 完成年初预算的105%: a budget figure, not a result
        r.skip, r.indicator = True, _tidy(pre[:budget])
        return r
    if q.kind == "percent" and post.startswith(tuple(L["comparisons"]["rate_of_after"])):
        r.skip = True  # 远远超过…平均每年增长2.2%的速度: the rate another is set against
        return r
    if _compares(pre, q):
        r.skip = True  # 相当于2015年的1.5倍, 快于经济增长2个百分点: a comparison, not a result
        return r
    if clean(raw_pre).endswith("比") and post.startswith(tuple(L["compared_after"])):
        r.skip = True  # 收入比70元的数目低: the figure compared against, not a result
        return r
    if q.kind == "amount" and clean(raw_pre).endswith(tuple(L["class_over"])) and re.match(r"的[\u4e00-\u9fff“]", post):
        r.skip = True  # 产值超过2000亿元的化工园区: a class named by a size
        return r
    if q.unit == "位" and (any(w in clause[:q.start] for w in L["rank_words"]) or post.startswith(("至第", "到第"))):
        r.skip = True  # 考核排名提升23位, 排名上升5位至第24位: a move in a ranking, not a result
        return r
    r.other_place = _other_place(pre, level)
    m = _YEAR_BEFORE.search(pre)
    if m:
        r.year = year_value(m.group(1)) if m.group(1) else plan_year - 1
        pre = pre[: m.start()]
    start = _FROM_VALUE.search(pre)  # 从75亿元, 从不到70万亿元: the starting point
    if start:
        r.from_value, r.base_year = True, r.year or (year_value(start.group(1)) if start.group(1) else None)
        r.indicator = _tidy(pre[:start.start()])
        modal = _modal_end(r.indicator)
        if modal:  # 涨幅要从8%降到5%: a change that is to be, its end no result either
            r.indicator, r.planned = _tidy(r.indicator[:-len(modal)]), True
        return r
    level_value = False
    direction_word = ""
    while pre:
        b = _BASE_YEAR.search(pre)
        if b:
            r.base_year = r.base_year or year_value(b.group(1))
            pre = pre[: b.start()]
            continue
        per = _PER_AFTER_VERB.search(pre)
        if per and any(w in L["level_words"] or what == "direction"
                       for w, what, _v in _strip_table() if pre[:per.start()].endswith(w)):
            pre = pre[:per.start()]  # 补助标准提高到人均500元: the verb, then whom the value is per
            continue
        if pre.endswith(tuple(L["words_not_split"])):
            break  # 年人均提高200元, 新建天气雷达1部: 均 belongs to 人均, 达 to 雷达
        hit = next(((w, what, v) for w, what, v in _strip_table() if pre.endswith(w)), None) \
            if pre.endswith(_strip_words()) else None
        if hit is None:
            y = _YEAR_BEFORE.search(pre)
            if y is None:
                break
            r.year = r.year or (year_value(y.group(1)) if y.group(1) else plan_year - 1)
            pre = pre[: y.start()]
            continue
        w, what, v = hit
        kept = next((j for j in range(1, len(w)) if pre[:len(pre) - len(w) + j].endswith(tuple(L["words_not_split"]))), None)
        if kept is not None:  # 单日最高达: 最高 is kept whole, only 达 is stripped
            w, what, v = next((row for row in _strip_table() if row[0] == w[kept:]), (w[kept:], "filler", None))
        pre = pre[: -len(w)]
        r.annual = r.annual or w in L["annual_words"]
        if what == "comparator":
            r.comparator = r.comparator or v
        elif what == "level":
            level_value = True
        elif what == "direction":
            r.direction = r.direction or v
            direction_word = direction_word or w
        elif what == "average":
            r.average = True
        elif what == "cumulative":
            r.cumulative = True
        elif what == "annual":
            r.annual = True
    base = _OTHER_BASE.search(clean(pre))
    if base and r.direction is not None and not re.search(r"年|月|季|同期|均|全国|全省|全市|平均|计划|预算|目标", base.group(1)):
        if re.search(r"[“”\"]", base.group(1)):
            r.skip = True  # 比“八五”增长…: one period set against another, not a change since a time
            return r
        r.other_base = True  # 比解放前的最高水平增加了411%: a change since a time that is no year
        pre = clean(pre)[:base.start()]
    if any(w in clause for w in L["average_not"]):
        r.average = False
    if level_value:
        r.direction, r.level = None, True
    if q.after_comparator:
        r.comparator = q.after_comparator if r.comparator is None or q.after_comparator == "approx" else r.comparator
    elif q.vague:
        r.comparator = r.comparator or "gt"  # 6800多万: more than
    if q.value_max is not None:
        r.comparator = "range"
    streak = _STREAK.search(clean(pre))
    if streak:  # 人数连续两年增长10%: each year's rate, the streak is not the indicator's
        pre = clean(pre)[: streak.start()]
    lead = _SPAN_LEAD.match(_tidy(pre))
    if lead and not r.years:  # 五年新增节水灌溉面积…: the years the value spans, before the indicator
        r.years = cn_to_int(lead.group(1)) if not lead.group(1).isdigit() else int(lead.group(1))
        pre = _tidy(pre)[lead.end():]
        r.span_verb = _ACTION_START.match(pre).group(0)
    lead = None if r.years else _SPAN_NOUN.match(_tidy(pre))
    if lead:  # 五年全国公路建设投资…, 五年内毕业生…: the years the value spans, before what it counts
        r.years = cn_to_int(lead.group(1)) if not lead.group(1).isdigit() else int(lead.group(1))
        r.cumulative = r.cumulative or "累计" in lead.group(0)
        r.average = r.average or (q.kind == "percent" and r.direction is None)  # 五年赤字率3%: a rate over the years
        pre = _tidy(_tidy(pre)[lead.end():])
    span = _PERIOD_SPAN.search(clean(pre))
    if span:  # 五年年均增长5.2%, 十年增加近70万亿元: the years the value spans
        r.years = cn_to_int(span.group(1)) if not span.group(1).isdigit() else int(span.group(1))
        pre = clean(pre)[: span.start()]
    lead = clean(raw_pre)
    stock = tuple(c + v for c in L["cumulative_words"] for v in L["running_total_verbs"])
    if lead.startswith(stock) and not any(w in raw_pre for w in L["year_total_words"]):
        r.running = True  # 累计建成18个…, 累计交付1.2万套: a running total since a start not said (not 全年累计)
    told = next((lead[lead.find(w) + len(w):] for w in L["cumulative_words"] if w in lead), None)
    if q.kind != "percent" and told and not told.lstrip("分别").startswith(tuple(L["reach_words"])) \
            and not any(w in raw_pre for w in L["year_total_words"]):
        r.summed = True  # 甲保险累计参保6万人: a total said outright (in a review of years, the period's)
    money = next((w for w in _longest(L["running_money_ends"]) if lead.endswith(w)), "")
    if q.kind == "amount" and money and not any(w in raw_pre for w in L["year_total_words"]):
        r.running = True  # 甲工程已投入80亿元: the money spent since the programme began, not the year's
        if money.startswith("已") and "累计" not in money and pre.endswith(money):
            pre = pre[:-len(money)] + "投入"  # (甲工程已投入: the indicator is 甲工程投入)
    own_year = _own_year_re().match(clean(pre))
    if own_year and r.year is None and year_value(own_year.group(1)) < plan_year:
        r.year = year_value(own_year.group(1))  # 但是一九五三年总产值仍比一九五二年增加…: the value's own year
        pre = clean(pre)[own_year.end():]
    r.indicator = _tidy(pre)
    lead_avg = next((w for w in _longest(L["average_words"]) if r.indicator.startswith(w)), None)
    if lead_avg and len(r.indicator) > len(lead_avg) + 1 and not any(w in clause for w in L["average_not"]):
        r.average = True  # 年均城镇调查失业率4.7%, 年均新增就业5万人: the period's average, not one year's
        r.indicator = _tidy(r.indicator[len(lead_avg):])
    modal = _modal_end(r.indicator)
    if modal:
        r.skip = True  # 产量要增长13%, 总产值就应当是…: what is to be or would be, not a result (its subject goes on)
        r.indicator = _tidy(r.indicator[:-len(modal)])
        r.indicator = r.indicator if len(r.indicator) >= 2 else ""
        return r
    if r.indicator.startswith(tuple(L["turn_leads"])) or post.startswith(tuple(L["turn_leads"])):
        r.skip = True  # 由上年亏损…转为盈利3亿元: the turn's subject is in a clause before (and its start no result)
        return r
    if r.indicator.endswith(tuple(L["threshold_words"])) or (
            raw_pre.endswith(tuple(L["threshold_words"])) and not raw_pre.endswith("超过") and post[:1].strip("，,；;。、")):
        r.skip = True  # 营收过100亿元企业: a class of the things counted, not a result
        r.sorts = q.kind == "amount"
        return r
    if direction_word and r.indicator and indicator_code(r.indicator, q.unit) is None \
            and indicator_code(r.indicator + direction_word, q.unit) is not None:
        r.indicator += direction_word  # 经济增长8.8%: the verb is part of the indicator's name
    reached_after = re.fullmatch(r"(?:达到|达)([\u4e00-\u9fff\u2160-\u216b]{1,10})", clean(post))
    if q.kind == "percent" and next_start >= len(clause) and r.indicator and reached_after and not r.direction:
        what = reached_after.group(1)  # 甲断面水质100%达标, 乙断面100%达到优良水体: the share that reached it
        r.indicator += "达标率" if what == "标" else what.removesuffix("标准") + "比例"
    share_of = re.fullmatch(rf"({'|'.join(map(re.escape, L['share_verbs_after']))})(?:[\d.]+(?:{'|'.join(map(re.escape, L['size_units']))})宽?)?"
                            r"([\u4e00-\u9fff]{1,10})", clean(clause[q.end:]))
    if q.kind == "percent" and r.indicator and share_of and not r.direction and not reached_after:
        r.indicator += share_of.group(1) + share_of.group(2) + "比例"  # 乙村100%通硬化路: the share of them that do
    if r.indicator in L["adverb_indicators"]:
        r.indicator = ""  # 一次性增加6万亿元专项债务限额: an adverb names nothing, the noun after the value does
    noun = post.lstrip("的").strip()
    if _NOTE_AT_START.match(noun):
        noun = _NOTE_AT_START.sub("", noun).strip()
        noun = noun if len(noun) > 1 else ""  # (2813万辆（艘、架）次: the rest of a unit, not a noun)
    for w in L["total_words"] + L["attribute_words"] + L["rank_verbs"] + L["clause_after_noun"]:  # 新增35家企业、总数达270家,
        k = noun.find("、" + w)  # 吸引50万名采购商、创历史新高: the noun ends
        noun = noun[:k] if k > 0 else noun
    if q.kind in ("measure", "bare") and (pre.endswith(tuple(L["focus_before"])) or _rank().match(noun)):
        r.skip = True  # 聚焦11条产业链开展招商: what the work focused on; 10项居前3位: a count of ranks
        return r
    if q.kind in ("measure", "bare") and next_start < len(clause) and re.match(r"[\u4e00-\u9fff“]", noun) \
            and clean(_before_predicate(noun)).endswith("同比"):
        r.skip = True  # 55家重点企业产值同比增长50%: the count says which things the rate after it is of
        return r
    if q.kind in ("measure", "bare") and (any(w in noun for w in L["progress_words"])
                                          or clean(clause[:q.start]).lstrip("，,、；; ").startswith(tuple(L["progress_words"] + L["progress_leads"]))):
        r.skip = True  # 20个产业项目加快建设: things under way, not a result
        thing = _before_predicate(noun.lstrip("的")) if noun.strip() else _tidy(pre)  # (推进重点项目556个: before it)
        lead = next((w for w in _longest(L["progress_words"] + L["progress_leads"]) if thing.startswith(w)), "")
        thing = thing[len(lead):]
        cuts = [k for k in (thing.find(w) for w in L["progress_words"]) if k >= 0]
        thing = tidy_noun(clean(thing[:min(cuts)] if cuts else thing))
        r.indicator = thing if 2 <= len(thing) <= 12 and not any(w in thing for w in L["progress_words"]) else ""
        return r  # (加快实施175个更新项目，完成投资…: they are the subject of the figure after)
    part_of = _PART_OF.search(raw_pre)
    if part_of and q.kind in ("measure", "bare") and (
            (part_of.group(1) in L["subset_verbs"] and not re.match(r"[\u4e00-\u9fff“]", noun))
            or (not part_of.group(1) and noun.startswith(tuple(L["subset_verbs"] + L["subset_predicates"])))):
        r.skip = True  # 在建项目16个、其中新开工5个, 其中4条实现通车: a part of the things counted before, unnamed
        return r
    if q.kind in ("measure", "bare") and (noun.startswith(tuple(L["doctrine_nouns"]))
                                          or any(noun == w or noun.startswith(w + "的") for w in L["doctrine_whole"])):
        r.skip = True  # 和平共处五项原则, 八项主张, 十条方针: the name of a doctrine, not a count of results
        return r
    noun = noun.lstrip("）)")  # 8万套（间）住房, 37万个（不包括…）: a note
    if noun.startswith(tuple(L["milestone_after"])) and next_start < len(clause) \
            and re.match(r"^[\u4e00-\u9fff]{0,3}[、，,]?(?:达到|达|为)$", noun):
        r.skip = True  # 突破300亿元大关、达313.9亿元: the milestone passed; the figure follows
        return r
    if noun.startswith(tuple(L["milestone_after"]) + ("（", "(")):  # (…（其中…5505个）: a note holding a value)
        noun = ""  # 突破500亿元大关: a milestone, not a noun it counts
    if q.kind == "amount" and r.indicator in L["amount_verbs"] and noun and not noun.startswith(AFTER_VERBS):
        thing = _before_predicate(noun)
        cuts = [k for k in (thing.find(w) for w in L["amount_verb_ends"]) if k >= 0]
        thing = tidy_noun(clean(thing[:min(cuts)] if cuts else thing))
        if thing and not thing.startswith(tuple(L["purpose_verbs"])) and len(thing) <= 12 and "了" not in thing:
            r.indicator += thing  # 发行6600亿元长期建设国债: what was issued
            return r
    verb = next((v for v in _longest(quantity_lex()["keep_verbs"]) if pre.endswith(v)), "") \
        or next((v for v in _longest(L["count_verbs"]) if clean(raw_pre).endswith(v)), "")
    if verb and verb in L["count_verbs"]:  # 新增恢复8条航线: both verbs say what was done
        rest_pre = clean(raw_pre)[:-len(verb)]
        verb = next((v for v in _longest(quantity_lex()["keep_verbs"]) if rest_pre.endswith(v)), "") + verb
    own = r.indicator and r.indicator != verb and q.kind not in ("measure", "bare")  # 粮食产量跃上100万斤新台阶
    if noun and q.kind != "percent" and not noun.startswith(AFTER_VERBS) and not own \
            and "分别" not in noun:  # 建成12所学校: the noun follows (not 50亿元企业分别达到…: a class, then its count)
        counted = clean(_before_predicate(noun))
        if counted.endswith("中") and not counted.endswith(tuple(L["nouns_ending_in_zhong"])):
            r.skip = True  # 16项指标中10项…: the set the counts after it are taken from
            return r
        if counted.endswith(tuple(L["plan_items"])):
            r.skip = r.plan_item = True  # 18项重点任务全面完成: items of a plan, not a measured result
            return r
        r.indicator = verb + tidy_noun(counted)
        rest = noun[len(_before_predicate(noun)):]
        if not verb and r.indicator and next_start >= len(clause) and rest:
            said = _predicate_said(rest, len(r.indicator) <= 2)  # (101家机构达到…标准: a bare noun needs all of it)
            if said:
                r.indicator += said  # 651项省级事项实现全流程网办: what was done to the things counted
    return r


def _supported_set(before: str) -> bool:
    """Whether a count stands in the list after a verb of support that a resource given before it in the clause
    goes to (安排1万亩用地指标支持15个主平台、3个…): the set supported, not a result."""
    L = lex()
    k = max(before.rfind(w) for w in L["support_verbs"])
    return k > 0 and not re.search(r"[，,；;：:]", before[k:]) \
        and any(w in before[:k] for w in L["support_resource_verbs"])


def _modal_end(indicator: str) -> str:
    """The modal verb that ends the words before a value (产量要, 就应当), or ""."""
    L = lex()["modal_ends"]
    modal = next((w for w in _longest(L["words"]) if indicator.endswith(w)), "")
    return modal if modal and len(indicator) > len(modal) and not indicator.endswith(tuple(L["not"])) else ""


def _predicate_said(rest: str, bare: bool = False) -> str:
    """The predicate after the things a count names, when it says what was done to them (实现全流程网办,
    全部完成销号, 纳入医保定点): without its adverbs; "" when it is long or says something else."""
    L = lex()
    rest = clean(rest)
    lead = next((w for w in _longest(L["predicate_adverbs"]) if rest.startswith(w)), "")
    said = rest[len(lead):]
    verbs = L["done_verbs"] + (L["reached_verbs"] if bare else [])
    if not said.startswith(tuple(verbs)) or len(said) > L["predicate_max"] * (2 if bare else 1) \
            or re.search(r"[\d，,；;、]", said):
        return ""
    return said


@lru_cache(maxsize=1)
def _rank() -> re.Pattern:
    """A rank (居前3位, 排全区第二, 获全省第三, 前三): what a count of indicators reached, not a result."""
    L = lex()
    verbs = "|".join(re.escape(w) for w in _longest(L["rank_verbs"]))
    return re.compile(rf"^(?:{verbs})?[^，,、第前]{{0,8}}?(?:第|前)[\d{CN_NUMERALS}两]")


@lru_cache(maxsize=1)
def _predicate() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in _longest(lex()["noun_ends_at"])))


def _before_predicate(noun: str) -> str:
    """The noun a count names, up to the verb of what follows it (131个重点工程完成投资… → 重点工程)."""
    m = _predicate().search(noun)
    return noun[:m.start()] if m and m.start() > 0 else noun


def _strip_tail(s: str) -> str:
    """The words before a value without the verbs and fillers that end them (…的企业达到 → …的企业)."""
    while s.endswith(_strip_words()):
        s = s[: -len(next(w for w, _what, _v in _strip_table() if s.endswith(w)))]
    return s


@lru_cache(maxsize=1)
def _leading_re() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in _longest(lex()["leading"])))


def _tidy(s: str) -> str:
    """The indicator: the words before the value without framing at its edges (全年地区生产总值完成 → 地区生产总值)."""
    L = lex()
    s = clean(s)
    lead = _leading_re()  # (the first of the words, longest first, that s starts with)
    changed, compared = True, False
    while changed and s:
        compared = compared or bool(_LEAD_COMPARISON.match(s))
        m = _YEAR_AT_START.match(s) or _NOTE_AT_START.match(s) or _LEAD_COMPARISON.match(s) or lead.match(s)
        w = m.group(0) if m else None  # （下同）, 比2010年的
        changed = w is not None and w != ""
        if changed:
            s = clean(s[len(w):])
    s = _TAIL_COMPARISON.sub("", s)  # …资金比五年前: the base of the change, not the thing measured
    s = clean(s.rstrip("的"))
    return "" if compared and len(s) < 2 else s  # 比上年完成数: no noun left, the subject is before


# --- a sentence ----------------------------------------------------------------------------------

@dataclass
class Found:
    indicator: str
    q: Quantity
    reading: Reading
    clause: Span  # in the document
    year: int
    first_year: int | None
    basis: str
    estimate: bool


def _resolve(r: Reading, ctx: Period, outer: Period | None, base_year: int | None, to_year: int | None,
             code: str | None, counted: bool = False, lost: bool = False) -> tuple[int, int | None, str]:
    """(year, first_year, basis) of one value from its reading and the time it is stated in."""
    base = r.base_year or base_year
    end = to_year or ctx.year
    if r.other_base:
        return end, None, "cumulative"  # 比解放前增加了…: since a time that is no year
    period = ctx if ctx.multi else outer
    if r.years and r.years > 1:
        period = Period(end, end - r.years + 1)
        if not r.average:
            return end, period.first, "cumulative"
    if r.average:
        first = base + 1 if base else (period.first if period and period.year == end else None)
        return end, first, "average"
    changed = r.direction is not None  # 比2002年增长65.5%; a level reached (由2476元增加到4140元) is the end year's
    if (r.cumulative and (base or period)) or (changed and base is not None and base < end - 1 and r.year is None):
        first = base + 1 if base else (period.first if period.year == end else None)
        return end, first, "cumulative"
    if (r.running or r.summed) and r.year is None and not ctx.multi:
        return end, None, "cumulative"  # 累计建成18个…, 累计发放…: a running total, its start not said (not 全年累计)
    if (r.running or r.summed) and r.year is None and ctx.multi and not r.annual and to_year is None:
        return ctx.year, ctx.first, "cumulative"  # 五年来…累计减税降费…: the period's total, said outright
    if r.year is not None and changed and base is not None and base < r.year - 1:
        return r.year, base + 1, "cumulative"  # 2019年…比2015年增长…: the years since the base
    if r.year is not None:
        return r.year, r.year, "annual"
    if ctx.multi and not r.annual:
        kind = facts(code)["kind"] if code else None
        if r.direction is not None or kind == "count" or (counted and not (r.level or r.total or r.reached or code)) \
                or (lost and not (r.level or r.total or r.reached)):  # (从甲年到乙年…损失工业总产值…: the years' loss)
            return ctx.year, ctx.first, "cumulative"  # (淘汰老旧车2000多万辆 in a five-year review: its total)
    return ctx.year, ctx.year, "annual"


def _annual_after_level(before: Reading, qb: Quantity, r: Reading, q: Quantity) -> bool:
    """In a multi-year review, a bare growth rate right after a level of the same subject (20059亿元、增长5.6%),
    small enough for one year, is the rate of that level's year, not of the period."""
    L = lex()
    return (not r.indicator and r.direction is not None and q.kind == "percent" and q.value <= L["one_year_rate_max"]
            and not (r.cumulative or r.average or r.base_year or r.years)
            and before.direction is None and not before.skip and qb.kind in ("amount", "measure")
            and not (before.cumulative or before.average or before.years))


def sentence_outcomes(pv: Passage, sentence: Span, ctx: Period, outer: Period | None, plan_year: int,
                      level: str, totals: bool = True, named: bool = True) -> list[Found]:
    """Results stated in one sentence (positions in the passage pv), all about the period ctx."""
    L = lex()
    s = pv.text[sentence.start:sentence.end]
    est = [s.find(w) for w in L["estimate_words"] if w in s]
    estimate_from = sentence.start + min(est) if est else None
    whole = _whole_sentence_start(pv.text, sentence.start)  # 初步预计，…；…: the pieces after ； too
    if whole < sentence.start and _frames_sentence(pv.text[whole:sentence.start], L["estimate_words"]):
        estimate_from = sentence.start  # (…；预计甲产业营收…；签约…: 预计 in one piece covers that piece only)
    part_year = _part_year_spans(pv.text, whole, sentence.end)
    subjects: list[str] = []  # indicators named so far; "" after a figure of another place
    last_subject: str | None = None
    base_year = to_year = span_years = None
    framed = _YEARS_COMPARED.match(clean(pv.text[whole:sentence.start]).lstrip())
    if framed and year_value(framed.group(2)) < year_value(framed.group(1)) < plan_year:
        base_year, to_year = year_value(framed.group(2)), year_value(framed.group(1))
    span_lead: tuple[int, str, str | None, str] | None = None  # (years, verb, unit, noun) of a list opened by 五年建成…
    # a span of years written as its ends opens the sentence or one of its clauses (从1979年到1981年，国家用于…的
    # 支出…): the amounts after it, with no verb of a level, are the span's totals
    spanned = ctx.multi and re.search(rf"(?:^|[，,])(?:{'|'.join(map(re.escape, L['range_from']))}){_range_re().pattern}[，,]",
                                      clean(s).lstrip()) is not None
    found: list[Found] = []
    loss_verb = ""  # the verb of a list of losses (损失…，…，…) while its items go on
    parents: dict = {}  # per unit: what the things before a 其中 had done to them (储备项目…，其中…), and their period
    found_mark = 0
    spots: list[tuple[int, int]] = []  # where each found value is in pv.text
    for clause in split_spans(pv.text, sentence.start, sentence.end, CLAUSE_BREAK):
        c = pv.text[clause.start:clause.end]
        figure_before = found[-1].indicator if len(found) > found_mark else None  # in the clause right before
        found_mark = len(found)
        part_of = c.lstrip("，,、；; ").startswith("其中")
        stop = _future_at(c, plan_year)
        topic = _subject_clause(c)
        if topic:  # 而能源消耗总量（按…计算），比上年降低了…: the subject of the figure in the clause after
            subjects.append(topic)
            continue
        if not quantity_hint().search(c):  # no figure (nor a base or end year: written in digits)
            lost = next((w for w in _longest(L["loss_verbs"]) if w in c), None)
            loss_verb = lost or (loss_verb if _bare_noun(re.split(r"[\d一二两三四五六七八九十百千]", clean(c).strip("，,、；; "))[0]) else "")
            if stop is not None:
                break  # the sentence turns to the plan year here
            for m in _COMPARED_TO_YEAR.finditer(c):  # 一九五四年比一九五二年，…增长33%: the base in a clause of its own
                base_year = year_value(m.group(1))
            continue
        if stop is not None:
            c = c[:stop]
        for m in _BASE_YEAR_IN.finditer(c):
            base_year = year_value(m.group(1))
        for m in _TO_YEAR_IN.finditer(c):
            if year_value(m.group(1)) < plan_year:
                to_year = year_value(m.group(1))
        for m in _SPAN_SINCE.finditer(c):
            first, end = year_value(m.group(1)), year_value(m.group(2))
            n = int(m.group(3)) if m.group(3).isdigit() else cn_to_int(m.group(3))
            if first < end < plan_year and n == end - first:
                base_year, to_year = first, end
        qs = [q for q in scan_quantities(c) if not (q.value == 0 and c[q.start] in "零〇○")]  # (破零, 零增长)
        qs = _shared_unit(c, qs)
        readings = []
        continued = False
        for i, q in enumerate(qs):
            prev_end = qs[i - 1].end if i else 0
            next_start = qs[i + 1].start if i + 1 < len(qs) else len(c)
            r = read_value(c, q, prev_end, next_start, plan_year, level)
            own_years = r.years
            if r.direction is not None or r.average or _ACTION_START.match(r.indicator):  # 十年增加…、年均增长…: both
                # over the ten years; 五年新增…、新建…: both totals (not a level after them)
                r.years = r.years or span_years
            span_years = own_years or span_years
            added = r.indicator.endswith(tuple(L["span_added_ends"]))  # (新增发电装机容量…，铁路通车里程…)
            if span_lead and i == 0 and not r.years and not r.skip and r.direction is None \
                    and (q.base_unit == span_lead[2] or added) \
                    and not (r.level or r.reached or r.total or r.average) and _bare_noun(r.indicator) \
                    and clean(c[:q.start]).strip("，,、；; ") == r.indicator:
                r.years = span_lead[0]  # 五年建成新线…，复线…: the five years' too
                if (added or span_lead[3][-1:] in r.indicator) and not r.indicator.endswith(span_lead[3]) \
                        and not r.indicator.startswith(verbs_all() + tuple(L["amount_verbs"])):
                    r.indicator = span_lead[1] + r.indicator  # (things of one kind, 新线 and 复线: 建成复线)
                continued = True  # (the values after it in its clause are items of the list too)
            elif i > 0 and continued:
                pass
            else:
                span_lead = (r.years, r.span_verb, q.base_unit, r.indicator[len(r.span_verb):]) \
                    if r.span_verb and not r.skip else None
            if readings and readings[-1].sorts and q.kind == "amount" and c[qs[i - 1].end:q.start] in L["class_or"]:
                r.skip = r.sorts = True  # 超10亿元或1亿美元项目: the class has two sizes
            if readings and readings[-1].sorts and q.kind in ("measure", "bare") \
                    and 0 < q.start - qs[i - 1].end <= CLASS_NOUN_MAX and clean(c[qs[i - 1].end:q.start]):
                j = i - 1
                while j > 0 and readings[j - 1].sorts:
                    j -= 1
                r.indicator = _tidy(_strip_tail(c[qs[j - 1].end if j > 0 else 0:q.start]))  # 其中50亿元以上项目8个
                r.of_class = True
            if readings and readings[-1].planned and not r.indicator and c[qs[i - 1].end:q.start].strip() \
                    and not re.search(r"[，,；;、]", c[qs[i - 1].end:q.start]):
                r.skip = True  # 要从8%降到5%: the end of a change that is to be
            if readings and readings[-1].grade:  # 获批2类新药5个: the grade is part of the name (2类新药)
                noun = c[qs[i - 1].end:q.start].strip()
                if r.indicator.endswith(noun):
                    r.indicator = r.indicator[:-len(noun)] + c[qs[i - 1].start:qs[i - 1].end] + noun
                    r.of_class = True  # (it names something though it opens with a number)
            if ctx.multi and readings and _annual_after_level(readings[-1], qs[i - 1], r, q):
                r.annual = True  # 8年来…生产总值20059亿元、增长5.6%: the growth of the level's year
            readings.append(r)
        head = clean(c[:qs[0].start]).strip("，,、；; ") if qs else ""
        lost = next((w for w in _longest(L["loss_verbs"]) if w in head), None)
        if lost:
            loss_verb = lost  # 损失工业总产值…，钢产量…: the items after are losses too
        elif loss_verb and (_bare_noun(head) or not qs):
            for r in readings:
                if r.indicator == head:
                    r.indicator = loss_verb + r.indicator  # (…，财政收入四百亿元: 损失财政收入, no level)
        else:
            loss_verb = ""
        for i in range(len(qs) - 1, 0, -1):  # 18个部门和3个领域共184项: the scope has two parts
            if readings[i].scope and qs[i - 1].kind in ("measure", "bare") \
                    and re.search(r"[和及与、]", c[qs[i - 1].end:qs[i].start]) and not re.search(r"[，,；;]", c[qs[i - 1].end:qs[i].start]):
                readings[i - 1].skip = readings[i - 1].scope = True
        for i in range(1, len(qs)):  # 完成1.8万户、189万平方米棚改任务: both measure the plan's item
            if readings[i].plan_item and not readings[i - 1].indicator and c[qs[i - 1].end:qs[i].start] in ("、", "和"):
                readings[i - 1].skip = True
        prev_item: str | None = None  # the indicator of the value before in this clause
        groups: list[list[int]] = []
        for i, q in enumerate(qs):
            between = c[qs[i - 1].end:q.start] if i else ""
            joined = i and clean(between) == "" and between.strip() != "" and not readings[i].indicator \
                and not readings[i].skip
            if joined and groups:
                groups[-1].append(i)
            else:
                groups.append([i])
        at = pv.span(clause.start, clause.end if stop is None else clause.start + len(c.rstrip("，,、 ")))
        for g in groups:
            r0 = readings[g[0]]
            before, last_subject = last_subject, None  # the subject of the value right before, if it named one
            if r0.from_value:
                if r0.indicator:
                    subjects.append("" if r0.other_place else r0.indicator)
                continue
            if r0.other_place:
                subjects.append("")
                continue
            if r0.skip:
                if r0.indicator and r0.indicator not in lex()["attribute_words"]:
                    subjects.append(r0.indicator)  # 收入预算为120亿元，实际完成125亿元: the subject goes on
                    last_subject = r0.indicator
                continue
            head = _RESPECTIVELY_INSIDE.sub("", r0.indicator) if len(g) > 1 else r0.indicator  # X、Y分别实现产值
            items = _items(head, subjects, len(g), "分别" in c[:qs[g[0]].start], before or "")
            if items is None:
                continue
            items = [_both_ways(x, head) for x in items]
            if len(items) > 1 and len(items[0]) >= 4 and all(x in L["attribute_items"] for x in items[1:]):
                items = items[:1] + [items[0][:-2] + x for x in items[1:]]  # 粮食播面、总产: 粮食总产
            if r0.indicator and r0.indicator not in lex()["attribute_words"]:
                subjects.append(items[0] if len(items) == 1 else r0.indicator)  # (利润总额 after 国企营收: 国企利润总额)
                last_subject = subjects[-1]
            elif not r0.indicator:
                last_subject = before  # 总产值4.4万亿元、增长5%，增加值…: the subject goes on
            reached = r0.level or r0.total or r0.indicator in L["total_words"] or (r0.cumulative and not r0.indicator) or (
                r0.comparator == "gt" and not r0.indicator and qs[g[0]].kind != "percent")  # …、突破1900万户
            if len(g) == 1 and reached and items[0] != r0.indicator:
                items = [_total_of(items[0], r0.indicator)]  # 新增公园141座、累计达到973座: the total is of 公园
            if len(g) == 1 and g[0] > 0 and prev_item is not None and not reached:
                between = c[qs[g[0] - 1].end:qs[g[0]].start]
                shared = _shared_head(items[0], prev_item, between, qs[g[0] - 1], qs[g[0]])
                if shared != items[0]:  # (近三年淘汰…9000万吨、水泥2.3亿吨: the years are shared too)
                    r0.years = r0.years or readings[g[0] - 1].years
                rb = readings[g[0] - 1]
                if "占" in prev_item and between.startswith("、") and between.rstrip().endswith("的") and "占" not in shared \
                        and qs[g[0] - 1].kind == qs[g[0]].kind == "percent" and shared:
                    shared = prev_item[:prev_item.rfind("占") + 1] + shared  # 甲占A的51.7%、B的31.8%: 甲占B, not B
                scope = _EVERY_ONE.match(prev_item)
                if scope and between.startswith("、") and shared and not _EVERY_ONE.match(shared) \
                        and shared[-2:] == prev_item[-2:] and len(shared) <= 6:
                    shared = scope.group(0) + shared  # 所有村经常性收入超过…、经营性收入超过…: every village's, both
                if between.startswith("、") and (rb.cumulative or rb.running or rb.summed) and not r0.indicator.startswith(
                        tuple(L["increment_words"])) \
                        and qs[g[0] - 1].kind == qs[g[0]].kind and qs[g[0]].kind in ("amount", "measure") \
                        and not (r0.direction or r0.average or r0.annual or r0.level or r0.reached or r0.total):
                    r0.cumulative, r0.running, r0.summed = rb.cumulative, rb.running, rb.summed  # 累计发放甲…、乙…: the list shares its 累计
                    # (an item with a verb of its own too, 累计诊断…、改造…: 累计 heads the list; not a new thing, 新增…)
                items = [shared]
            listed = items[0].count("、") + 1 if "、" in items[0] else (2 if _measured_pair(items[0]) else 0)
            both = split_items(items[0], listed) if len(g) == 1 and listed > 1 \
                and "均" in c[max(0, qs[g[0]].start - 5):qs[g[0]].start] else None  # (甲率和乙率均达…: a pair too)
            if both and len(both[0]) >= 4 and all(_BARE_RATE.fullmatch(x) and len(x) < len(both[0]) for x in both[1:]) \
                    and both[0].endswith("率"):  # 热线接听率、办结率、满意率均达…: the rates of the first's subject
                both = both[:1] + [both[0][:len(both[0]) - len(x)] + x for x in both[1:]]
            verb = next((v for v in _longest(quantity_lex()["keep_verbs"]) if items[0].startswith(v)), "")
            if both and verb and "、" in items[0] and len(both[0]) > len(verb) + 1 \
                    and not any(x.endswith(tuple(L["rate_words"])) for x in both):  # (not 新增甲占比、乙执行率)
                both = both[:1] + [x if x.startswith(verb) else verb + x for x in both[1:]]  # 新增甲、乙均超…: 新增乙
                verb = ""
            if both and all(len(x) >= 4 for x in both) and not any(x[-1] in CN_NUMERALS for x in both) \
                    and not verb:
                items, g = both, g * len(both)  # 秸秆综合利用率、畜禽粪污资源化利用率均达95%: a row for each
            if len(items) > 1:  # 企业亩均税收、营收分别提高…: 企业亩均营收
                items = items[:1] + [_of_subject(x, items[0]) for x in items[1:]]
                items = _shared_measure(items)  # 化学需氧量、二氧化硫排放量分别下降…: 化学需氧量排放量
                items = _shared_qualifier(items)  # 城镇职工失业保险、养老保险覆盖面分别…: 城镇职工养老保险覆盖面
            items = [_bare(x) for x in items]
            for item, i in zip(items, g):
                q, r = qs[i], readings[i]
                if len(g) > 1 and i != g[0]:
                    r.comparator = r.comparator or r0.comparator
                    r.direction, r.average, r.cumulative = r0.direction, r0.average, r0.cumulative
                    r.reached, r.level = r.reached or r0.reached, r.level or r0.level  # 甲、乙分别达到…: levels both
                    r.year, r.base_year = r.year or r0.year, r.base_year or r0.base_year
                if not item or (names_nothing(item) and not r.of_class) or item in L["lone_verbs"] or _NUMBER_LIST.search(item) \
                        or item.endswith("占"):  # (社会文教支出占36.8%: a share of what the sentence does not say)
                    continue  # 14个加快建设, 占全国34.5%, 发展到13个, 分别提高9.6、5.3(、11.9个百分点): no subject
                if _BARE_RATE.fullmatch(item) and "均" in c[max(0, q.start - 5):q.start] and not indicator_code(item, q.unit):
                    continue  # …议案建议431件、政协提案589件，满意率均达99%: whose rate is in the clauses before
                if _carries_a_figure(item):
                    continue  # 出让矿业权182宗、成交价116.8亿元: a figure of its own inside names nothing of this one
                item = _whole_quoted_name(item, c[:q.start])
                if not item:
                    continue  # (“三年…: a name whose quote opens but does not close in the item is cut off)
                shared = _share_of_subject(item, before or "")  # 营收增长20%，增加值占工业增加值比重…: 甲产业增加值占…
                if shared != item:
                    subjects[:] = [shared if x == item else x for x in subjects]  # (the figures after it are its too)
                    last_subject = shared if last_subject == item else last_subject
                    item = shared
                if _CHANGE_ONLY.fullmatch(item) or item in L["change_ends"]:  # 比预算少支4亿元: whose spending
                    owner = next((x for x in reversed(subjects) if len(x) >= 2 and x != item and not x.startswith(("比", "较"))
                                  and not _CHANGE_ONLY.fullmatch(x)), "")
                    owner = _strip_tail(owner.split("占")[0]) if owner else ""
                    if owner and not names_nothing(owner) and not re.search(r"[\d年]", owner) and len(owner) <= 10:
                        item = owner + item
                head_text = clean(pv.text[sentence.start:clause.start])
                if item in L["place_nouns"] or item in L["ownerless_items"] or _part_year_re().fullmatch(item):
                    # (四季度…，全年增长4.8%: a part of the year names no measure; its subject is before it)
                    continue  # 友城增至28个国家43个城市: a bare place noun names nothing; nor 实际金额 alone
                if item in L["needs_subject"] and r.indicator == item and head_text:
                    event = _event_subject(head_text)
                    if not event:
                        continue  # …，成交额超100亿元: whose deals is in a sentence not read here
                    item = event + item  # 某博览会促成…签约，成交额…: the fair's
                if figure_before and _CONTRIBUTION().fullmatch(item):  # 工业增加值增长9%，对经济增长贡献率达40%:
                    # the figure's in the clause before (工业增加值占…的40%: the figure's, not its share's)
                    item = re.sub(r"(?:增速|增幅|增长|增加)$", "", figure_before.split("占")[0]) + item
                if _in_part_year(part_year, clause.start + q.start):
                    continue  # 前三季度…地区生产总值1995亿元: the figure of part of the year, not of the year
                people = q.kind == "bare" and _PEOPLE_AFTER().match(c, q.end) is not None
                if people:  # 解决了3亿多农村人口…: people, counted by the verb before them (in a review of years, its total)
                    q = replace(q, unit=q.unit + "人", base_unit="人", kind="amount")
                    verb = max(quantity_lex()["people_verbs"], key=lambda v: c.rfind(v, 0, q.start))
                    if verb in c[:q.start] and not item.startswith(verb):
                        item = verb + item
                if q.unit.endswith("百分点") and r.direction is not None and _changes_growth_rate(item, c[:q.start], found):
                    item = item + L["growth_rate_word"]  # 零售总额增长7.3%，比上年提高9.7个百分点: its growth rate rose
                if _counts_the_subject(c, qs, readings, i, item):
                    continue  # 6家园区企业总产值35亿元: the firms whose output is measured, not a result of their own
                code = indicator_code(item, q.unit)
                # (a count is the period's total only where the paragraph or its part is about the period)
                acts = q.kind == "amount" and any(v in item for v in L["total_action_verbs"]) \
                    and not any(w in item for w in L["average_words"] + L["per_period_words"])  # 五年间…安排贷款770亿元
                if q.kind == "amount" and q.base_unit not in L["money_units"] and not acts and r.indicator and r.indicator in c[:q.start] \
                        and not any(w in item for w in L["average_words"] + L["per_period_words"]):
                    lead_words = clean(c[:c.rfind(r.indicator, 0, q.start)])  # 完成道路硬化134公里: the verb was cut off
                    acts = lead_words.endswith(tuple(L["total_action_verbs"] + L["action_leads"]))
                per_period = any(w in item for w in L["per_period_words"])  # 每年新增就业岗位60万个: each year's
                year, first, basis = _resolve(r, ctx, outer, base_year, to_year, code,
                                              people or (totals and not per_period and (q.kind == "measure" or (acts and named))),
                                              lost=totals and named and not per_period and (any(v in item for v in L["loss_verbs"]) or (
                                                  spanned and code is None and q.kind in ("measure", "amount", "bare")
                                                  and not item.endswith(tuple(L["attribute_items"])))))
                if q.kind in ("measure", "bare", "amount") and not part_of:
                    parents[q.base_unit] = (_verb_of(item), item[-2:], (year, first, basis))
                elif q.kind in ("measure", "bare", "amount") and q.base_unit in parents and parents[q.base_unit][0] \
                        and item[-2:] == parents[q.base_unit][1] and _verb_of(item) == "" and r.direction is None:
                    parent_verb, _head, (year, first, basis) = parents[q.base_unit]  # (and the period of the whole)
                    item = parent_verb + item  # 储备项目5000个，其中产业项目2000个: 储备产业项目
                    code = indicator_code(item, q.unit)
                estimate = estimate_from is not None and clause.start + q.start >= estimate_from
                hedge = _HEDGE_END.search(item)
                if hedge:  # 全年粮食总产量可达到…, 有望突破…: a figure expected, not yet counted
                    item, estimate = item[:hedge.start()], True
                    if not item:
                        continue
                found.append(Found(item, q, r, at, year, first, basis, estimate))
                spots.append((clause.start + q.start, clause.start + q.end))
            prev_item = items[-1] if len(g) == 1 else None
        if stop is not None:
            break
    _carry_list_predicate(pv.text, found, spots)
    return found


def _shared_unit(c: str, qs: list[Quantity]) -> list[Quantity]:
    """A 分别 list whose unit is written once at the end (…分别达到3.2万、5.6万平方公里): each value before 、 that
    has only its magnitude (万, 亿) takes the unit of the value after it."""
    out = list(qs)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        if q.kind == "bare" and q.unit in ("万", "亿", "千", "百万", "千万") and c[q.end:nxt.start] in ("、", "和") \
                and nxt.unit.startswith(q.unit) and len(nxt.unit) > len(q.unit) and nxt.base_unit and "分别" in c[:q.start]:
            out[i] = replace(q, unit=nxt.unit, base_unit=nxt.base_unit, kind=nxt.kind)
    return out


def _both_ways(item: str, whole: str) -> str:
    """An item split from a list of trade partners sharing trade both ways (对甲、乙进出口总额分别…) keeps 进出口:
    the split took 出口 for the head, and 对甲出口总额 would be exports only."""
    if whole.startswith("对") and "进出口" in whole and "出口" in item and "进出口" not in item \
            and "进出口" + item[item.find("出口") + 2:] in whole:
        return item.replace("出口", "进出口", 1)
    return item


def _carries_a_figure(item: str) -> bool:
    """An item holding a figure and a list mark (甲开行370列、贸易额; 确权登记57.99万宗、完成率): the words of another
    figure whose unit was not read, not a name (18号线、9号线二期: numbers that name stay)."""
    m = re.search(r"(?<![A-Za-z\d.])\d[\d.]*([\u4e00-\u9fff]{0,2})[、，,]", item)  # (T800、T1000: model names)
    return m is not None and not m.group(1).startswith(tuple(lex()["numbered_name_units"]))


def _whole_quoted_name(item: str, before: str) -> str:
    """An item cut inside a quoted name by a list's 、 (…、“甲提建议、乙在行动”意见建议636件): the name whole, from the
    quote's opening in the text before the value; an item whose quote opens and never closes names nothing ("")."""
    opened, closed = item.find("“"), item.find("”")
    if opened >= 0 and closed < 0:
        return ""
    if closed < 0 or (0 <= opened < closed):
        return item
    close_at = before.rfind("”")
    open_at = before.rfind("“", 0, close_at)
    cut = before.rfind("、", open_at, close_at)
    if open_at < 0 or cut < 0:
        return item
    k = item.find(before[cut + 1:cut + 5])
    return item[:k] + before[open_at:cut + 1] + item[k:] if k >= 0 else item


def _share_of_subject(item: str, before: str) -> str:
    """A share whose measure has no owner (增加值占工业增加值比重达27%) right after a figure of a named subject
    (汽车产业营收增长36%): the share of that subject's measure (汽车产业增加值占…); else the item as it is."""
    L = lex()
    attrs = _longest(L["subject_attributes"])
    attr = next((a for a in attrs if item.startswith(a + "占")), None)
    if attr is None or not before or "占" in before:
        return item
    own = next((a for a in attrs if before.endswith(a) and len(before) > len(a)), None)
    owner = before[:-len(own)] if own else ""
    if len(owner) < 2 or owner.endswith(("的", "和", "、", "及", "与")) or re.search(r"[\d年]", owner) \
            or owner.startswith(tuple(L["not_after"])):
        return item
    return owner + item


def _carry_list_predicate(text: str, found: list[Found], spots: list[tuple[int, int]]) -> None:
    """A list of counts that shares the predicate said after its last item (3个县、4个园区、10家企业成为全省试点):
    each item before the last is counted for that predicate too (园区成为全省试点), not as a bare noun.
    spots: where each found value is in text (the sentence's passage)."""
    L = lex()
    for j in range(len(found) - 1, 0, -1):
        last = found[j]
        at = min((k for k in (last.indicator.find(v) for v in L["list_predicates"]) if k > 0), default=None)
        if at is None or not clean(text[spots[j][1]:spots[j][1] + len(last.indicator) + 8]).lstrip().startswith(last.indicator[:at]):
            continue  # (the last item's noun must follow its number, and the predicate that noun)
        predicate = last.indicator[at:]
        tail = text[spots[j][1]:spots[j][1] + len(last.indicator) + 8]
        if any(w in tail for w in L["list_predicate_not"]):
            continue
        k = j - 1
        while k >= 0:  # back from the last, while the items are nouns joined by 、 or 和
            f = found[k]
            between = text[spots[k][1]:spots[k + 1][0]].strip()
            if not (f.indicator and between.startswith(f.indicator) and between[len(f.indicator):] in L["list_joins"]) \
                    or any(v in f.indicator for v in L["list_predicates"]) or len(f.indicator) > 8 \
                    or f.indicator.endswith(predicate):
                break
            found[k] = replace(f, indicator=f.indicator + predicate)
            k -= 1


@lru_cache(maxsize=1)
def _rate_ends() -> tuple[str, ...]:
    """Endings of an indicator that is itself a rate, share or growth rate: points change it directly."""
    L = lex()
    return tuple(L["rate_words"]) + tuple(L["points_ends"])


def _changes_growth_rate(item: str, before: str, found: list[Found]) -> bool:
    """Points (提高9.7个百分点) published under an indicator that is no rate: the change of its growth rate, where
    that rate was just stated (零售总额增长7.3%，比上年提高…) or is named before the value (增速比上年提高…)."""
    L = lex()
    if not item or item.endswith(_rate_ends()) or any(w in item for w in L["points_not_growth"]) \
            or any(w in item for w in L["drive_verbs"]) or _CONTRIBUTION().search(item):
        return False  # (a rate or share already, 占地区生产总值…; a contribution, 拉低全市经济增速…)
    last = found[-1] if found else None
    if last is not None and last.indicator == item and last.q.unit == "%" and last.reading.direction is not None:
        return True
    return any(w in before for w in L["points_ends"][:3])


def _counts_the_subject(c: str, qs: list[Quantity], readings: list[Reading], i: int, item: str) -> bool:
    """A count standing before the very noun the next value measures (6家园区企业总产值35亿元, 12个项目完成投资8亿元):
    the count says how many things the amount is of; the amount is the result, the count carries its indicator."""
    if i + 1 >= len(qs) or qs[i].kind not in ("measure", "bare") or qs[i + 1].kind not in ("amount", "measure", "percent"):
        return False
    nxt = readings[i + 1]
    if nxt.skip or nxt.from_value or nxt.other_place or nxt.sorts or qs[i + 1].unit == qs[i].unit:
        return False
    between = clean(c[qs[i].end:qs[i + 1].start])
    return bool(item) and clean(c[:qs[i].start]).strip("，,、；; ") == "" and nxt.indicator == item \
        and between.endswith(item) and len(between) - len(item) <= 4  # (the noun right after the count's unit)


def _subject_clause(c: str) -> str:
    """A clause that is only a noun, after a conjunction and before a note (而能源消耗总量（按…计算），比上年…):
    the subject of the figure after it; "" for any other clause."""
    L = lex()
    plain = re.split(r"[（(]", _NOTES.sub("", c))[0].strip("，,、；; ")  # (a note with a comma inside: cut at it)
    if not plain.startswith(tuple(L["subject_clause_leads"])) or quantity_hint().search(plain):
        return ""
    noun = _tidy(plain)
    verbs = L["done_verbs"] + L["total_action_verbs"] + L["noun_ends_at"] + L["loss_verbs"]
    return noun if re.fullmatch(r"[\u4e00-\u9fff]{2,10}", noun) and not any(v in noun for v in verbs) \
        and not noun.endswith(tuple(L["topic_ends"])) else ""


_EVERY_ONE = re.compile(r"(?:所有|全部|每个)(?:行政)?(?:村|乡镇|镇|社区|企业|学校)")  # 所有村…: a floor for each
_HEDGE_END = re.compile(r"(?:预计)?(?:有望|可望|(?<![许认不])可)$")  # (粮食总产量可达到…: the hedge is no part of the indicator)
_NOTES = re.compile(r"[（(][^（）()]*[）)]")
_CHANGE_ONLY = re.compile(r"[多少超节][收支用产交缴付]")  # 少支, 多收: a change with no subject of its own


def _bare_noun(head: str) -> bool:
    """A clause head that is only a noun (钢产量, 财政收入): no verb of its own, an item of the list before."""
    L = lex()
    verbs = L["done_verbs"] + L["total_action_verbs"] + L["noun_ends_at"] + L["loss_verbs"]
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,8}", head)) and _strip_tail(head) == head \
        and not any(v in head for v in verbs)


def _event_subject(head: str) -> str:
    """The event a sentence opens with (第十届甲博览会促成…, 甲交易会吸引…): its name, or ""."""
    head = clean(head)
    ends = "|".join(re.escape(w) for w in _longest(lex()["event_ends"]))
    m = re.match(rf"^([\u4e00-\u9fff“”《》0-9]{{0,14}}?(?:{ends}))(?=[\u4e00-\u9fff])", head)
    return m.group(1) if m and not re.search(r"[，,]", m.group(1)) else ""


def _verb_of(item: str) -> str:
    """The last verb of a count's indicator that says what was done to the things (谋划储备项目: 储备), or ""."""
    hits = [(item.rfind(v) + len(v), len(v), v) for v in lex()["parent_count_verbs"] if v in item]
    return max(hits)[2] if hits else ""


# Numbers of a list whose unit comes after the last (分别提高9.6、5.3、11.9个百分点): left before a value, no subject.
_NUMBER_LIST = re.compile(r"\d[、，,]\d|分别\D{0,4}\d")


def _total_of(item: str, attribute: str) -> str:
    """The indicator of a total after a count of new things (新增公园…、累计达到…; 经营主体净增…、总数超…)."""
    L = lex()
    base = item[: -len(attribute)] if attribute and item.endswith(attribute) else item
    for w in _longest(L["increment_words"]):
        if base.startswith(w) and len(base) > len(w):
            base = base[len(w):]
            break
        if base.endswith(w) and len(base) > len(w):
            base = base[: -len(w)]
            break
    else:  # 甲园区新落地项目19个、累计达61个: the new-word after the place the things are in
        at = next(((base.find(w), w) for w in _longest(L["increment_words"])
                   if base.find(w) >= 2 and base[base.find(w) - 1] not in L["increment_not_after"]), None)
        if at is None or len(base) - len(at[1]) < 3:
            return item
        base = base[:at[0]] + base[at[0] + len(at[1]):]
    return base + attribute


def _items(indicator: str, subjects: list[str], k: int, respectively: bool, before: str = "") -> list[str] | None:
    """The indicator of each of k values: their own, the subject of the clause before, or a list split."""
    attrs = lex()["attribute_words"]
    if _names_a_base(indicator):  # 比首届增长23%, “五五”时期平均每年增长…: the base or the period, not the thing
        compared = re.match(r"(?:比|较)", indicator) is not None  # (the thing of a comparison is the figure before)
        return [before] if compared and k == 1 and before and not _names_a_base(before) else None
    if indicator and indicator not in attrs:
        if k == 1:
            return [_of_subject(indicator, before)]
        return split_items(indicator, k)
    if not subjects or not subjects[-1]:
        return None
    if k == 1:
        return [subjects[-1] + indicator] if indicator else [subjects[-1]]
    split = split_items(subjects[-1], k)
    if split:
        return split
    if respectively and len(subjects) >= k and all(subjects[-k:]):
        return subjects[-k:]  # 城镇居民…9422元，农村居民…2936元，分别实际增长7.7%和6.8%
    return None


def _shared_measure(items: list[str]) -> list[str]:
    """Items of a list whose last ends with a measure (化学需氧量、二氧化硫排放量; 小麦、玉米产量): the items before
    it that name only the thing measured take the measure too."""
    L = lex()
    measure = next((m for m in _longest(L["shared_measures"]) if items[-1].endswith(m) and len(items[-1]) > len(m)), None)
    if measure is None:
        return items
    # (a thing that is itself a quantity, 化学需氧量, still takes it: only other measures end an item)
    ends = tuple(quantity_lex()["indicator_heads"]) + tuple(L["shared_measures"]) + tuple(L["rate_words"]) \
        + tuple(L["attribute_words"]) + tuple(w for w in quantity_lex()["measured_ends"] if w not in ("量", "度"))
    return [x + measure if x and x != items[-1] and not x.endswith(ends) and len(x) <= 8
            and re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9.]+", x) else x for x in items]


_QUALIFIER_END = re.compile(r"(?:职工|居民|城镇|农村|城乡|企业|全市|全省|全区|全县|规上|规模以上)$")


def _shared_qualifier(items: list[str]) -> list[str]:
    """Items of a list that name things of one kind (失业保险、养老保险覆盖面): a qualifier before the first thing
    (城镇企业职工) is the others' too; the first's thing is as long as the other's (失业, 养老)."""
    first, out = items[0], items[:1]
    for x in items[1:]:
        n = 0
        while n < min(len(first), len(x)) and first[-1 - n] == x[-1 - n]:
            n += 1  # the words both end with (保险覆盖面)
        head, first_head = x[:len(x) - n], first[:len(first) - n]
        lead = first_head[:len(first_head) - len(head)]
        ok = n >= 2 and 1 <= len(head) <= 4 and len(first_head) > len(head) and _QUALIFIER_END.search(lead) \
            and not x.startswith(lead)
        out.append(lead + x if ok else x)
    return out


def _names_a_base(indicator: str) -> bool:
    """An indicator that is only a comparison base (比首届, 较上年同期), a period (“五五”时期, 十年间) or the
    source of a statistic (…合作社的统计)."""
    L = lex()
    if not indicator:
        return False
    if re.fullmatch(r"(?:比|较)[^，,；;]{1,8}?(?:相比)?", indicator) and not indicator.endswith(tuple(L["change_ends"])):
        return True  # (比上年增产1199万吨: the change is named, it stays)
    if _plan_re().fullmatch(indicator) or _years_since().fullmatch(indicator) \
            or re.fullmatch(r"“?[一二三四五六七八九十]+五”?(?:时期|期间|计划期间)?", indicator):
        return True
    return indicator.endswith(tuple(L["statistic_sources"]))


def _of_subject(indicator: str, before: str) -> str:
    """An indicator that names only what is measured (利润总额, 增加值, 投资总额) takes the subject of the
    indicator before it in the sentence (区属企业营收…、利润总额…: 区属企业利润总额; 规上工业总产值…，增加值…:
    规上工业增加值; 新引进项目20个、投资总额…: 新引进项目投资总额); a partner of trade after 其中 (其中对东盟增长…)
    takes the whole indicator before it."""
    L = lex()
    if indicator.startswith("占") and len(indicator) > 1:  # 新能源发电量60.9亿度、占全社会用电量的55.8%
        return before + indicator if before and "占" not in before else ""
    if not before or before == indicator:
        return indicator
    if indicator.startswith("对") and not indicator.startswith(tuple(L["not_partners"])) and len(indicator) <= 8 \
            and not any(h in indicator for h in _heads()) and any(w in before for w in L["trade_words"]):
        return indicator + before  # 进出口总值增长12.3%，其中对东盟增长28.1%: 对东盟进出口总值
    if indicator in L["of_projects"] and before.endswith(tuple(L["projects_nouns"])):
        return before + indicator
    if indicator not in L["subject_attributes"]:
        return indicator
    attr = next((a for a in _longest(L["subject_attributes"]) if before.endswith(a) and len(before) > len(a)), None)
    if attr is None or attr == indicator:
        return indicator
    subject = before[: -len(attr)]
    if len(subject) < 2 or subject.endswith(("的", "和", "、", "及", "与")) or "占" in subject \
            or subject[0] in L["not_after"] or any(w in subject for w in L["annual_words"]):
        return indicator
    return subject + indicator


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    return tuple(quantity_lex()["indicator_heads"]) + tuple(quantity_lex()["measured_ends"])


def verbs_all() -> tuple[str, ...]:
    return tuple(lex()["shared_verbs"]) + tuple(quantity_lex()["keep_verbs"]) + tuple(lex()["verb_only_items"])


def _shared_head(item: str, before: str, between: str, qb: Quantity, q: Quantity) -> str:
    """The item of a list of counts after 、 takes the verb that starts the first (新增甲类企业6家、乙类企业49家:
    新增乙类企业) when it has none of its own."""
    L = lex()
    # counts and amounts (新增污水处理能力3万吨/天、停车位4251个), two amounts only of one unit (新增贷款…、存款…)
    # (not an amount after a count: 新引进项目512个、投资额703亿元 — the amount is the projects')
    same = {qb.kind, q.kind} <= {"measure", "amount"} and not (qb.kind == q.kind == "amount" and qb.base_unit != q.base_unit) \
        and not (qb.kind == "measure" and q.kind == "amount")
    between = re.sub(r"^[/／][\u4e00-\u9fff]", "", between)  # 3万吨/天、…: the rest of the unit before 、
    noun = clean(between[:-1]) if between.endswith("、") else ""
    if noun and before.endswith(noun) and len(before) > len(noun):
        between = "、"  # 新增8条航线、5个港口: the noun of the count before, then the list goes on
    cap = L["capacity_word"]
    if between.startswith("、") and before.endswith(cap) and item and cap not in item and len(item) <= 4 \
            and q.kind != "percent" and not item.startswith(verbs_all()):
        verb = next((v for v in _longest(L["capacity_verbs"]) if before.startswith(v)), None)
        if verb and len(before) > len(verb) + len(cap):  # 压减炼钢产能…、煤炭…、水泥…: 压减水泥产能
            return verb + item + cap
    if not between.startswith("、") or not same or not item:
        return item
    verb = next((v for v in _longest(L["shared_verbs"]) if before.startswith(v)), None)
    if verb is None:  # 主城区建成公园30个、…: a place before the verb
        verb = next((v for v in _longest(L["shared_verbs"]) if before[:before.find(v)] in L["place_prefixes"]
                     and len(v) >= 2), None)
    if item in L["verb_only_items"]:  # 新开工工业项目51个、竣工投产43个: the things of the first, another verb
        noun = before[before.find(verb) + len(verb):] if verb and qb.unit == q.unit else ""
        return item + noun if noun and not noun.startswith(verbs_all()) else ""
    if verb and verb in item:
        return item
    if verb is None or len(before) <= len(verb):
        return item
    verbs = tuple(L["shared_verbs"]) + tuple(quantity_lex()["keep_verbs"]) + tuple(quantity_lex()["indicator_leads"])
    if item.startswith(verbs) or names_nothing(item) or item in L["lone_verbs"] or item in L["attribute_words"] or item in L["total_words"] \
            or any(w in item for w in lex()["rate_words"]) or any(w in item for w in L["total_words"]) \
            or any(w in item[1:] for w in L["done_verbs"]):  # (…、5个产品纳入名录: a predicate of its own)
        return item
    return verb + item


_RESPECTIVELY_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])分别(?:实现|完成|达到|达|为)(?=[\u4e00-\u9fff])")
_PAIR_JOIN = re.compile(r"(?<![普涉以])[和及](?![其以])")  # 甲和乙 (not 普及率, 以及)


def _measured_pair(item: str) -> bool:
    """Two indicators joined by 和 or 及, the first measured in full (污水处理率和垃圾处理率) or a short parallel
    head sharing the rest (城镇和农村低保标准); not things and their measure (甲建议和乙提案办结率)."""
    joins = list(_PAIR_JOIN.finditer(item))
    if len(joins) != 1:
        return False
    first = item[:joins[0].start()]
    ends = tuple(quantity_lex()["measured_ends"]) + tuple(w for w in lex()["rate_words"] if len(w) > 1)
    return len(first) == 2 or first.endswith(ends)


_BARE_RATE = re.compile(r"[\u4e00-\u9fff]{1,3}率")
_NOTE_MARK = re.compile(r"\^?[\[［]\d{1,2}[\]］]|[（(]\d{1,2}[）)]")


def _bare(item: str) -> str:
    """An indicator without the adverbs that lead a clause (也都…) and the marks of notes ([7], （12）)."""
    item = _NOTE_MARK.sub("", item)
    if item.startswith(tuple(lex()["hypothetical_leads"])):
        return ""  # 即使每年增产10%: a supposition, not a result
    manner = next((w for w in _longest(lex()["manner_leads"]) if item.startswith(w)), "")
    if manner and item[len(manner):].startswith(verbs_all()):
        item = item[len(manner):]  # 成功创建甲示范园1所: the verb says what was done, the adverb how
    lead = next((w for w in _longest(lex()["adverb_leads"]) if item.startswith(w)), "")
    return item[len(lead):] if lead and len(item) > len(lead) + 1 else ("" if lead else item)


def _whole_sentence_start(text: str, start: int) -> int:
    """Where the sentence ended by 。 (or a line) that holds text[start] begins: pieces after ； are in it."""
    k = max(text.rfind(c, 0, start) for c in "。！？!?\n")
    return k + 1


def _whole_sentence_end(text: str, start: int) -> int:
    """Where the sentence ended by 。 (or a line) that holds text[start] ends."""
    ends = [k for k in (text.find(c, start) for c in "。！？!?\n") if k >= 0]
    return min(ends) if ends else len(text)


def _frames_sentence(before: str, words: list[str]) -> bool:
    """Whether the pieces of a sentence before this one open with an estimate word (预计全年…；…, 初步预计，…；…,
    据预计，…; after a topic with no figure: 能源方面，预计…) or mark all figures as estimates (（预计数，下同）):
    then it covers every piece; 预计 after figures stated as results (…建成投产，预计甲产业营收…；签约…)
    covers its own piece only."""
    k = min((before.find(w) for w in words if w in before), default=-1)
    if k < 0:
        return False
    w = next(w for w in words if before.startswith(w, k))
    after = before[k + len(w):]
    return not re.search(r"[，,；;]", before[:k].lstrip(" \u3000（(")) or "下同" in after[:6] \
        or not quantity_hint().search(before[:k])  # (甲方面，预计…；…: only a topic before it)


@lru_cache(maxsize=1)
def _part_year_re() -> re.Pattern:
    return re.compile(lex()["part_year_pattern"])


def _part_year_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches of text[start:end] that speak of part of a year: from a part-year phrase (前三季度, 上半年,
    1—11月; not a base: 比上半年) to a turn to the whole year (全年) or the end."""
    L = lex()
    out = []
    for m in _part_year_re().finditer(text, start, end):
        if m.start() > 0 and text[m.start() - 1] in L["not_after"]:
            continue
        ends = [k for k in (text.find(c, m.end(), end) for c in "，,；;。") if k >= 0]
        if any(w in text[m.end():min(ends) if ends else end] for w in L["part_year_frames"]):
            continue  # 在上半年价格下滑的情况下，全年粮食产量…: a frame, not the time of the figures
        stops = [text.find(w, m.end(), end) for w in L["whole_year_words"]]
        stops = [k for k in stops if k >= 0]
        out.append((m.start(), min(stops) if stops else end))
    return out


def _in_part_year(spans: list[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in spans)


# --- a document ----------------------------------------------------------------------------------

def government_level(region_code: str) -> str:
    """national, province, city or county, from a GB/T 2260 code."""
    if region_code == "100000":
        return "national"
    if region_code.endswith("0000"):
        return "province"
    if region_code.endswith("00"):
        return "city"
    return "county"


def _part(outline: Outline, offset: int) -> Program | None:
    p = outline.program_at(offset)
    while p is not None and p.level > 1:
        p = p.parent
    return p


def _section(outline: Outline, offset: int) -> Program | None:
    """The section (level 2) an offset is in, or None."""
    p = outline.program_at(offset)
    while p is not None and p.level > 2:
        p = p.parent
    return p if p is not None and p.level == 2 else None


def _is_review_part(p: Program | None) -> bool:
    return p is not None and (p.part_kind == "review" or any(w in fold(p.title) for w in lex()["review_titles"]))


def extract_outcomes(outline: Outline) -> list[Found]:
    doc = outline.document
    text, folded = doc.text, doc.folded
    plan_year = doc.meta.plan_year
    level = government_level(doc.meta.region_code)
    last_year = Period(plan_year - 1, plan_year - 1)
    out: list[Found] = []
    preamble_on = False
    running: dict[int, tuple[Period, Period | None]] = {}  # per review part: the time its paragraphs are in
    sections: dict[int, Program | None] = {}  # per review part: the section of its paragraph before
    for para in outline.paragraphs:
        part = _part(outline, para.start)
        pv = passage(text, para.start, para.end, folded)
        sentences = split_spans(pv.text, 0, len(pv.text), SENTENCE_BREAK)
        if not sentences:
            continue
        opening = opening_time(pv.text[sentences[0].start:sentences[0].end], plan_year)
        outer = None
        if _is_review_part(part):
            # a paragraph that opens with a time phrase (五年来…, 刚刚过去的2017年…) sets the time of the
            # paragraphs after it in the part, until another does so
            if id(part) not in running:
                running[id(part)] = title_period(part.title, plan_year)
            section = _section(outline, para.start)
            default, years = title_period(part.title, plan_year)  # (a part on the years only, not 和2015年)
            now = running[id(part)][0]
            if sections.get(id(part), section) is not section and years is not None and default == years and now.multi \
                    and years.first < now.first and now.year <= years.year:
                running[id(part)] = (years, years)  # (a section of a review of years starts in the years of its
                # part: 近两年… in one section does not narrow the sections after it)
            sections[id(part)] = section
            ctx, outer = running[id(part)]
            if opening and isinstance(opening[1], Period):
                ctx = opening[1]
                outer = ctx if ctx.multi else outer
                first_sentence = pv.text[sentences[0].start:sentences[0].end]
                if not _named_in_passing(first_sentence, opening[0]) \
                        and not _year_in_passing(first_sentence, opening[0], running[id(part)][0], ctx):
                    running[id(part)] = (ctx, outer)  # (…在1958年的大跃进中…: its own paragraph only)
        elif part is None:  # the preamble: on from a turn to the past, off at a turn to the plan year
            if opening and opening[1] is FUTURE:
                preamble_on = False
            elif (opening and isinstance(opening[1], Period)) or _mentions_past(pv.text, plan_year):
                preamble_on = True
            ctx = last_year if preamble_on else None
        else:
            ctx = None
        local, para_ctx = False, ctx  # local: the time comes from a sentence inside the paragraph, not its part's
        if para_ctx is None and opening and isinstance(opening[1], Period):
            para_ctx = opening[1]  # 两年来，…。…两年来共建设…: the paragraph's own period, named again inside it
        # the paragraph names its period itself, or its part does (过去五年工作回顾)
        named_here = bool(opening and isinstance(opening[1], Period)) or (
            _is_review_part(part) and ctx is not None and ctx.multi and ctx == title_period(part.title, plan_year)[1])
        # a part that reviews years (过去五年工作回顾): a period named inside a paragraph holds for the counts after it
        years_part = _is_review_part(part) and title_period(part.title, plan_year)[1] is not None
        estimated = _opens_with_estimate(pv.text[sentences[0].start:sentences[0].end])  # 预计全年…。…: all estimates
        year_end: tuple[Period, int] | None = None
        for k, sent in enumerate(sentences):
            own = opening_time(pv.text[sent.start:sent.end], plan_year)
            if own is None:
                own = _by_year(pv.text[sent.start:sent.end], plan_year)  # 到1959年已有…: the levels of that year on
            if own is not None and own[1] is FUTURE:
                if own[0] <= 2:  # 今年…: the sentences after it speak of the plan year too
                    ctx = None
                continue
            here, keep = ctx, (ctx, local)
            if year_end is not None and sent.start < year_end[1] and own is None:
                here = year_end[0]  # (2012年底，…；…: the year's end holds to the end of its sentence)
            if own is not None:  # a time phrase holds for the sentences after it in the paragraph
                ctx = here = own[1]
                local = k > 0 and ctx != para_ctx
                if ctx.multi:
                    outer = ctx
                elif keep[0] is not None and keep[0].multi and here.year == keep[0].year \
                        and _year_end(pv.text[sent.start:sent.end], own[0]):
                    ctx, local = keep  # 五年来…。2020年末，…达到…: the levels at the end; the five years go on after
                    year_end = (here, _whole_sentence_end(pv.text, sent.start))
            if here is None:
                continue
            # (a sentence that names its period itself is about it: 两年来新建学校2400多所)
            found = sentence_outcomes(pv, sent, here, outer, plan_year, level, totals=own is not None or not local or (here.multi and years_part),
                                      named=own is not None or named_here)  # (amounts add up only there)
            for f in found if estimated else ():
                f.estimate = True
            out.extend(found)
    return out


# Patterns made once (they were built per clause): the words come from the lexicon, read when first needed.
_YEAR_END = re.compile(rf"(?:到|至|截至|截止)?{YEAR_NUMBER}年(末|底)?")


@lru_cache(maxsize=1)
def _scope_re() -> re.Pattern:
    return re.compile(rf"[\u4e00-\u9fff“”]{{2,16}}?(?:{'|'.join(map(re.escape, _longest(lex()['scope_verbs'])))})[\u4e00-\u9fff“”]{{0,10}}")


@lru_cache(maxsize=1)
def _own_year_re() -> re.Pattern:
    return re.compile(rf"^(?:{'|'.join(map(re.escape, _longest(lex()['adverb_leads'])))})?{YEAR_NUMBER}年(?:末|底)?(?!以来|以前|之前|前|度|代)")


@lru_cache(maxsize=1)
def _by_year_re() -> re.Pattern:
    return re.compile(rf"^(?:{'|'.join(map(re.escape, lex()['by_year_leads']))}){YEAR_NUMBER}年(?:末|底)?(?!以来|以前|之前|前|后|的)")


def _year_end(s: str, at: int) -> bool:
    """The time phrase at s[at] is a year's end (2020年末, 到2020年底, 截至2020年): the date of the levels after
    it, not a turn to that year."""
    m = _YEAR_END.match(s, at)
    return m is not None and (bool(m.group(2)) or not m.group(0)[:1].isdigit() and not m.group(0)[:1] in CN_NUMERALS)


def _named_in_passing(s: str, at: int) -> bool:
    """A year that qualifies a noun after the sentence's first clause (在甲方面，乙在1958年的大跃进中…): an event
    named in passing, not the time of the paragraphs after it."""
    m = _year_re().match(s, at)
    return m is not None and s.startswith("的", m.end()) and bool(re.search(r"[，,]", s[:at]))


def _year_in_passing(s: str, at: int, before: Period, now: Period) -> bool:
    """In a review of years (五年来…), one year named inside a clause after its subject (建立…补贴制度，补贴资金
    去年达到…亿元): the year of that figure, not a turn of the paragraphs after it to that one year (a clause that
    opens with the year, or sets it off, 各位代表，刚刚过去的2015年，…, turns to it)."""
    framed = re.match(r"[^，,。；;：:]{0,10}?年(?:末|底|度|里|中)?[，,]", s[at:]) is not None
    return before.multi and not now.multi and at > 0 and not framed


def _opens_with_estimate(s: str) -> bool:
    """A paragraph whose first sentence opens with an estimate word (预计全年…, 据初步预计，…): the report was
    delivered before the year's statistics, and every figure of the paragraph is an estimate."""
    L = lex()
    s = clean(s).lstrip("（(")
    lead = next((w for w in _longest(L["estimate_leads"]) if s.startswith(w)), "")
    return s[len(lead):].startswith(tuple(L["estimate_words"]))


def _by_year(s: str, plan_year: int) -> tuple[int, Period] | None:
    """A sentence that opens with a past year reached (到1959年已有…, 至2019年底…): the time of the levels it
    states and of the sentences after it in the paragraph."""
    m = _by_year_re().match(clean(s))
    if m is None:
        return None
    y = year_value(m.group(1))
    return (0, Period(y, y)) if y < plan_year else None


def _mentions_past(s: str, plan_year: int) -> bool:
    """A paragraph that names a past year or says 去年 (首先报告2001年的工作) turns the preamble to the review."""
    return any(isinstance(p, Period) for _i, p in _phrases(s, plan_year)) and \
        not any(p is FUTURE for _i, p in _phrases(s, plan_year))


def _unlinked(indicator: str, r: Reading, q: Quantity) -> str:
    """The indicator without a verb that links it to what drove it (带动一般公共预算收入增长6%: the change, in %,
    of 一般公共预算收入); a contribution in points (拉动GDP增长3个百分点) and amounts driven keep it."""
    verb = next((w for w in lex()["linking_verbs"] if indicator.startswith(w)), "")
    rest = indicator[len(verb):]
    if verb and q.unit == "%" and r.direction is not None and len(rest) >= 2:
        return rest
    return indicator


@lru_cache(maxsize=1)
def _clause_marker() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in lex()["clause_markers"]))


def _uncut(indicator: str, source: str) -> str:
    """The indicator without the half of a word cut off before it (及时救助困难群众: 救助困难群众, not 时救助…)."""
    for tail, heads in lex()["cut_word_heads"].items():
        if indicator.startswith(tail) and len(indicator) > len(tail) + 1 \
                and any(h + indicator in source for h in heads):
            return indicator[len(tail):]
    return indicator


def _fragment(indicator: str, source: str, q: Quantity) -> bool:
    """An indicator that is no noun phrase of what the number measures: a clause (_clause_marker), or a
    generic noun whose qualifiers stand before the number (落实促进就业35项措施: 措施)."""
    if _clause_marker().search(indicator):
        return True
    if indicator.endswith(tuple(lex()["amount_heads"])) and q.unit in lex()["count_classifiers"]:
        return True  # (16条产业链产值增长…: the size of the set, not its amount)
    if q.unit in lex()["duration_units"] and any(re.search(m, indicator) for m in lex()["anecdote_marks"]):
        return True  # (甲项目从洽谈到投产仅用时8个月: one project's story)
    if indicator in lex()["generic_heads"]:
        at = source.find(indicator, q.end)
        before = source[:q.start].rstrip()
        return at >= 0 and at - q.end <= 2 and bool(before) and "\u4e00" <= before[-1] <= "\u9fff" \
            and not before.endswith(("其中", "中"))
    return False


@lru_cache(maxsize=1)
def _frame_re() -> re.Pattern:
    ends = "|".join(map(re.escape, lex()["frame_ends"]))
    return re.compile(rf"在[^，,。；;！!？?]*?(?:{ends})")


def _in_frame(indicator: str, text: str, start: int) -> bool:
    """An indicator opening with 在 that is the frame of its sentence (在减税降费超过…亿元的情况下，收入增长…;
    在我们这样一个近八亿人口的国家): the condition of another figure, no measure of its own."""
    if not indicator.startswith("在") or len(indicator) < 3:
        return False
    a = max(text.rfind(c, 0, start) for c in "。；;\n") + 1
    b = min([i for i in (text.find(c, start) for c in "。；;\n") if i >= 0] + [len(text)])
    return any(m.group(0).startswith(indicator[:3]) for m in _frame_re().finditer(text, a, b))


def _names_nothing(indicator: str) -> bool:
    """The last check on an indicator (issue 20): a noun that says nothing alone (措施, 年人均), a verb with no
    noun (成立, 已开工, 多出), or a whole clause, a subject with its predicate (企业成为…企业, 实事件件有着落)."""
    L = lex()
    word = re.sub(r"[“”\"'‘’]", "", indicator)
    if word in L["lone_nouns"]:
        return True
    verb = word
    lead = next((w for w in _longest(L["bare_verb_leads"]) if verb.startswith(w)), "")
    verb = verb[len(lead):]
    end = next((w for w in L["bare_verb_ends"] if verb.endswith(w) and len(verb) > len(w)), "")
    verb = verb[:len(verb) - len(end)]
    if not verb or verb in L["bare_verbs"]:
        return True
    preds = "|".join(map(re.escape, _longest(L["clause_predicates"])))
    return re.search(rf"[\u4e00-\u9fff](?:{preds})", word) is not None


def _unpointed(indicator: str) -> str:
    """The indicator without the word 分别 (each of a list: never part of what is measured) and without a
    demonstrative at its head (这两部分共计减收增支: 减收增支), where a noun of two characters or more is left."""
    indicator = re.sub(r"(?<!区)分别", "", indicator)
    m = re.match(lex()["demonstrative_lead"], indicator)
    if m and m.group(0) and len(indicator) - m.end() >= 2:
        indicator = indicator[m.end():]
        total = next((w for w in _longest(lex()["scope_totals"]) if indicator.startswith(w)), "")
        if len(indicator) - len(total) >= 2:  # (这两部分共计减收增支: the total word was behind the demonstrative)
            indicator = indicator[len(total):]
    return indicator


@lru_cache(maxsize=1)
def _examples_re() -> re.Pattern:
    verbs = "|".join(map(re.escape, _longest(lex()["example_verbs"])))
    return re.compile(rf"^({verbs})([^，,；;等]{{2,}}?)(?<![{lex()['example_not_before']}])等(?![级次奖同])([^、，,]{{2,}})$")


def _without_examples(indicator: str) -> str:
    """The indicator without the names given as examples before 等 (新竣工甲厂、乙厂等项目: 新竣工项目)."""
    m = _examples_re().match(indicator)
    return m.group(1) + m.group(3) if m else indicator


def _preposition_only(indicator: str, source: str, q: Quantity) -> bool:
    """A preposition with a short noun and no more (从海拔500米到…, 由年初的…扩大到…, 在调整初期…): the start of
    a range or the time of a change, no indicator."""
    L = lex()
    if not indicator.startswith(tuple(L["preposition_leads"])) or indicator.startswith(tuple(L["preposition_words"])):
        return False
    if len(indicator) > 5:
        return False
    rest = indicator[1:]
    to_follows = re.match(r"[^，,。；;、]{0,8}?[到至]", source[q.end:]) is not None
    return to_follows or rest.endswith(tuple(L["preposition_time_ends"])) or rest.isdigit()


def outcome_rows(outline: Outline) -> list[dict]:
    """Rows of the outcomes resource for one document, in text order."""
    doc = outline.document
    make = IdMaker(doc.document_id, "o")
    rows = []
    for f in extract_outcomes(outline):
        program = outline.program_at(f.clause.start)
        q = f.q
        indicator = _without_examples(_unpointed(_uncut(_unlinked(f.indicator, f.reading, q), f.clause.text)))
        if _fragment(indicator, f.clause.text, q) or _in_frame(indicator, doc.text, f.clause.start) \
                or _names_nothing(indicator) or _preposition_only(indicator, f.clause.text, q):
            continue  # (no clean noun phrase for the number: no row rather than a fragment)
        code = indicator_code(indicator, q.unit)
        base_unit = q.base_unit or (None if q.kind == "bare" else q.unit)
        rows.append({
            "outcome_id": make(program.program_id if program else "", indicator, f.year, f.basis, base_unit or ""),
            "document_id": doc.document_id,
            "program_id": program.program_id if program else None,
            "year": f.year,
            "first_year": f.first_year,
            "basis": f.basis,
            "indicator": indicator,
            "indicator_code": code,
            "comparator": f.reading.comparator,
            "direction": f.reading.direction,
            "value": q.value,
            "value_max": q.value_max,
            "unit": q.unit,
            "base_value": q.base_value,
            "base_unit": base_unit,
            "estimate": f.estimate,
            "source_text": f.clause.text,
            "char_start": f.clause.start,
            "char_end": f.clause.end,
        })
    return rows
