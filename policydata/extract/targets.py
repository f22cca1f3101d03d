"""Targets: the quantity grammar of Chinese work plans, as pure functions from an Outline to rows.

A target is a number with a unit, in a clause of the plan (not the review of the past year),
that is not a name, an ordinal, a date or a fact. Its indicator is the noun phrase before the
number (地区生产总值同比增长5%) or, for counts, the noun after it (实施25项惠民工程). Lists are
distributed: 分别 and paired values (80家和200家) give one row per item, 各 gives every item
the value, a shared head or tail is expanded (中、外资企业数 → 中资企业数, 外资企业数).

All words come from lexicon/quantities.yml. Matching runs on each paragraph's Passage (full-width
folded, inner whitespace such as 1 9 9 7 年 or a line break left by link markup dropped), and every
clause found is mapped back to its exact span in the published text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..ids import IdMaker
from ..lexicon import load
from ..numerals import DIGITS, cn_to_int
from ..text import OPEN_QUOTES, Passage, Span, fold, passage, quote_depths, split_list, strip_span, strip_words
from .outline import Outline

CLAUSE_BREAK = "，,；;。！？!?：:\n\r<>"  # < and >: markup a scrape left in the text ends a clause
SENTENCE_BREAK = "。；;！？!?\n\r"
ARABIC = r"\d+(?:\.\d+)?"
CN_NUM = "零〇一二两三四五六七八九十百千"
NUMBER = re.compile(rf"百分之(?P<pct>{ARABIC}|[{CN_NUM}点]+)|(?P<ar>{ARABIC})|(?P<cn>[{CN_NUM}]+)")
RANGE_JOIN = re.compile(r"\s*[-－—–~～至到]\s*")


# --- lexicon --------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def lex() -> dict:
    return load("quantities")


@lru_cache(maxsize=1)
def unit_table() -> list[tuple[str, str, str, float]]:
    """(written unit, base unit, kind, scale) for every magnitude+unit, longest first."""
    L = lex()
    mags = [("", 1.0)] + [(m, float(v)) for m, v in L["magnitudes"].items()]
    mags += [("千万", 1e7), ("百万", 1e6)]
    rows = []
    for kind, units in L["units"].items():
        for u in units:
            for m, scale in mags:
                if m and kind in ("percent", "time", "title"):
                    continue
                rows.append((m + u, u, kind, scale))
    rows += [(m, "", "bare", float(v)) for m, v in L["magnitudes"].items() if m in ("万", "亿", "万亿")]
    # longest first; for equal length prefer the reading without a magnitude (千米 is a unit)
    rows.sort(key=lambda r: (-len(r[0]), r[3] != 1.0))
    return rows


@lru_cache(maxsize=None)
def _words(key: str) -> list[str]:
    return sorted(lex()[key], key=len, reverse=True)


def _alternation(words) -> re.Pattern:
    """One regex for a word list, longest alternatives first (so the longest match wins)."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


@lru_cache(maxsize=1)
def _unit_index() -> tuple[re.Pattern, dict]:
    table = {}
    for row in unit_table():  # sorted longest first, unprefixed reading first: keep the first seen
        table.setdefault(row[0], row)
    return _alternation(table), table


@lru_cache(maxsize=None)
def _edge_pattern(key: str, at_end: bool) -> re.Pattern:
    words = "|".join(re.escape(w) for w in _words(key))
    return re.compile(f"(?:{words})+$" if at_end else f"^(?:{words})+")


# --- text helpers ---------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _break_pattern(breaks: str) -> re.Pattern:
    return re.compile("[" + re.escape(breaks) + "]")


def split_spans(text: str, start: int, end: int, breaks: str) -> list[Span]:
    """Pieces of text[start:end] between break characters, whitespace trimmed, empty ones dropped."""
    out, i = [], start
    for m in _break_pattern(breaks).finditer(text, start, end):
        s = strip_span(text, i, m.start())
        if s.text:
            out.append(s)
        i = m.end()
    s = strip_span(text, i, end)
    if s.text:
        out.append(s)
    return out


def clean(s: str) -> str:
    return s.strip(" \t、，,和及与的").strip()


# --- quantities -----------------------------------------------------------------------------

@dataclass
class Quantity:
    start: int  # offsets within the clause
    end: int  # past the unit and any qualifier after it
    value: float
    unit: str
    base_unit: str
    kind: str
    scale: float
    value_max: float | None = None
    after_comparator: str | None = None
    vague: bool = False
    chinese: bool = False

    @property
    def base_value(self) -> float:
        return self.value * self.scale


def _unit_at(s: str, i: int) -> tuple[str, str, str, float] | None:
    pattern, table = _unit_index()
    m = pattern.match(s, i)
    return table[m.group(0)] if m else None


def _number_value(m: re.Match) -> float | None:
    if m.group("pct") is not None:  # 百分之六, 百分之六点五
        whole, _, frac = m.group("pct").partition("点")
        if re.fullmatch(ARABIC, m.group("pct")):
            return float(m.group("pct"))
        w = cn_to_int(whole)
        f = "".join(str(DIGITS[c]) for c in frac if c in DIGITS)
        return None if w is None or len(f) != len(frac) else float(f"{w}.{f}" if f else w)
    if m.group("ar") is not None:
        return float(m.group("ar"))
    return None if cn_to_int(m.group("cn")) is None else float(cn_to_int(m.group("cn")))


def _is_name(s: str, m: re.Match, unit) -> bool:
    """Numbers that name or order things: 第三次, 5G, PM2.5, 1+X, 三号线, 2021年, 十二中学."""
    L = lex()["not_quantities"]
    before, after = s[: m.start()], s[m.end():]
    if before.endswith(tuple(L["before"])) and not before.endswith("近"):
        return True
    if before[-1:].isascii() and (before[-1:].isalnum() or before[-1:] in "+.") and before[-1:] != "":
        return True
    if after[:1].isascii() and (after[:1].isalpha() or after[:1] in "+"):
        return True
    if m.group("ar") and re.fullmatch(r"(1[89]|20)\d\d", m.group("ar")) and after.startswith(tuple(L["years"])):
        return True
    if after.startswith(("月", "日")) and not after.startswith("月份"):
        return True
    name = next((w for w in L["after_names"] if after.startswith(w)), None)
    if name and (unit is None or len(name) > len(unit[0])):
        return True  # 七号线, 70周年 (not 70 周), 十九届
    return False


@lru_cache(maxsize=1)
def _after_words() -> tuple[re.Pattern, dict]:
    which = {w: c for c, ws in lex()["comparators"]["after"].items() for w in ws}
    return _alternation(which), which


def _ends_quantity(s: str, i: int) -> bool:
    """Whether a bare magnitude ends its quantity here: at the clause end or before 以上, 左右…"""
    return i >= len(s) or bool(_after_words()[0].match(s, i))


def _after_qualifier(s: str, q: Quantity, end: int) -> int:
    """Read 以上 / 以内 / 左右 after the unit into q; return the new end."""
    pattern, which = _after_words()
    m = pattern.match(s, end)
    if m:
        q.after_comparator = which[m.group(0)]
        return m.end()
    return end


@lru_cache(maxsize=1)
def _fixed_names() -> re.Pattern:
    return _alternation(lex()["not_quantities"]["fixed_names"])


def scan_quantities(s: str) -> list[Quantity]:
    """Every quantity of a (folded) clause, names, ordinals and dates left out."""
    L = lex()
    if not NUMBER.search(s):
        return []  # most clauses: no number at all
    depths = quote_depths(s) if any(c in s for c in OPEN_QUOTES) else [0] * len(s)
    named = [False] * len(s)
    for m in _fixed_names().finditer(s):
        named[m.start():m.end()] = [True] * (m.end() - m.start())
    out: list[Quantity] = []
    pos = 0
    while True:
        m = NUMBER.search(s, pos)
        if not m:
            break
        pos = m.end()
        if depths[m.start()] > 0 or named[m.start()]:
            continue  # inside quotes or a title, or a fixed name: 十四五, 《六条措施》, 八项规定
        if out and m.start() == out[-1].end:
            continue  # 4个三人制篮球场: a numeral glued to a count is part of the noun
        if m.group("cn") in ("百", "千", "万", "十百", "百千"):
            continue  # 千家万户, 百姓: a bare unit character is not a number
        value = _number_value(m)
        if value is None:
            continue
        if m.group("pct") is not None:
            q = Quantity(m.start(), m.end(), value, "%", "%", "percent", 1.0)
            q.end, pos = _after_qualifier(s, q, m.end()), max(pos, m.end())
            out.append(q)
            continue
        i = m.end()
        vague = False
        if s[i:i + 1] in L["not_quantities"]["vague_after"]:
            vague, i = True, i + 1
        unit = _unit_at(s, i)
        if _is_name(s, m, unit):
            continue
        first_max = None
        if unit is None:  # 3-5家, 5至10家: the unit comes after the second number
            j = RANGE_JOIN.match(s, m.end())
            m2 = NUMBER.match(s, j.end()) if j else None
            if not m2 or (m2.group("ar") is None) != (m.group("ar") is None) or _number_value(m2) is None:
                continue
            unit = _unit_at(s, m2.end())
            if unit is None or (unit[2] == "time" and value >= 1900):
                continue  # 2021-2025年 is a period, not a quantity
            first_max, i = _number_value(m2), m2.end()
        written, base, kind, scale = unit
        if m.group("cn") is not None:
            allowed = L["small_numeral_units"] if m.group("cn") in ("一", "两") else L["chinese_numeral_units"]
            if written not in allowed and base not in allowed:
                continue
            if m.start() > 0 and s[m.start() - 1] in CN_NUM + "".join(DIGITS):
                continue
        if kind == "bare":  # 1200万人: a magnitude before a unit; 减少1000万以上: a magnitude alone, as a count
            nxt = _unit_at(s, i + len(written))
            if nxt is not None:
                written, base, kind = written + nxt[0], nxt[1], nxt[2]
                scale = scale * nxt[3]
            elif not _ends_quantity(s, i + len(written)):
                continue  # 3亿多居民, 百万青少年: a magnitude inside a noun phrase
        end = i + len(written)
        q = Quantity(m.start(), end, value, written, base, kind, scale, value_max=first_max, vague=vague)
        # ranges: 3-5家, 5至10家, 6%—6.5%, 4.5-5%
        j = RANGE_JOIN.match(s, end) if first_max is None else None
        if j:
            m2 = NUMBER.match(s, j.end())
            if m2 and _number_value(m2) is not None and (m2.group("ar") is None) == (m.group("ar") is None):
                u2 = _unit_at(s, m2.end())
                if u2 and (end == m.end() or u2[0] == written):
                    q.value_max = _number_value(m2)
                    q.unit, q.base_unit, q.kind, q.scale = u2[0], u2[1], u2[2], u2[3]
                    end = m2.end() + len(u2[0])
        q.end = _after_qualifier(s, q, end)
        q.chinese = m.group("cn") is not None
        pos = max(pos, end)
        out.append(q)
    return out


# --- reading a quantity in its clause --------------------------------------------------------

@dataclass
class Reading:
    """What the words around a quantity say: comparator, direction, aspiration, indicator."""
    comparator: str
    direction: str | None
    indicator: str
    mode: str  # "before" (noun before count) or "after" (count before noun)
    keep_verb: str = ""
    each: bool = False
    respectively: bool = False
    from_value: bool = False


@lru_cache(maxsize=1)
def _before_tail() -> re.Pattern:
    strip_words, comps, dirs, holds = _before_words()
    words = strip_words + [w for w, _ in comps] + [w for w, _ in dirs] + holds
    return re.compile("(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")$")


@lru_cache(maxsize=1)
def _before_words():
    L = lex()
    strip_words = (_words("aspiration") + ["在", "为", "按", "安排", "再", "分别", "各", "同比", "比上年"]
                   + L["direction"]["level_markers"])
    comps = sorted(((w, c) for c, ws in L["comparators"]["before"].items() for w in ws), key=lambda x: -len(x[0]))
    dirs = sorted(((w, d) for d in ("up", "down") for w in L["direction"][d]), key=lambda x: -len(x[0]))
    return strip_words, comps, dirs, sorted(L["hold_words"], key=len, reverse=True)


def _comparator_before(pre: str) -> tuple[str | None, str | None, bool, str]:
    """Strip comparator, direction and aspiration words from the end of `pre`.

    Returns (comparator, direction, level, rest): level is True for 提高到 (a level to reach).
    """
    L = lex()
    comparator = direction = None
    level = hold = False
    strip_words, comps, dirs, holds = _before_words()
    # word groups in priority order; each hit strips the word and records what it says
    groups = [[(w, ("hold", None)) for w in holds], [(w, ("comparator", c)) for w, c in comps],
              [(w, ("direction", d)) for w, d in dirs],
              [(w, ("level" if w in L["direction"]["level_markers"] else "strip", None)) for w in strip_words]]
    while pre and _before_tail().search(pre[-6:]):  # one regex decides the common case: nothing to strip
        hit = next(((w, what) for group in groups for w, what in group if pre.endswith(w)), None)
        if hit is None:
            break
        (w, (what, value)) = hit
        pre = pre[: -len(w)]
        if what == "hold":
            hold = True
        elif what == "comparator":
            comparator = comparator or value
        elif what == "direction":
            direction = direction or value
        elif what == "level":
            level = True
    if hold and comparator is None:
        comparator = lex()["hold_comparator"]
    return comparator, (None if level else direction), level, pre


AFTER_VERBS = ("安排", "比", "用于", "左右", "增长", "提高", "为", "，", "、", "和")


def read(clause: str, q: Quantity, prev_end: int, next_start: int) -> Reading | None:
    """Read one quantity in its clause; None when the words say it is not a target."""
    L = lex()
    pre = clause[prev_end:q.start]
    post = clause[q.end:next_start]
    if pre.endswith(tuple(L["not_quantities"]["facts_before"])) and not pre.endswith(("达到", "保持", "分别为", "为")):
        return None
    if pre.endswith("从"):  # 从75%提高到100%: the starting point, not the target
        return Reading("eq", None, tidy_indicator(pre[:-1]), "before", from_value=True)
    each = pre.endswith("各")
    comparator, direction, level, rest = _comparator_before(pre)
    if q.after_comparator:
        comparator = q.after_comparator if comparator in (None, "eq") or q.after_comparator == "approx" else comparator
    if q.value_max is not None:
        comparator = "range"
    comparator = comparator or "eq"
    respectively = "分别" in clause[:q.start]
    noun = post.lstrip("的").strip()
    if noun.startswith(tuple(L["not_quantities"]["structural_nouns"])):
        return None
    if any(w in noun for w in L["not_quantities"]["frame_words"]):
        return None  # 以…等6项内容为重点
    count_first = bool(noun) and q.kind not in ("percent",) and not noun.startswith(AFTER_VERBS) and not each
    if count_first:
        if q.kind == "time" or q.vague:
            return None  # 24小时无人审批机, 十年规划, 3亿多居民: attributes and descriptions
        if q.after_comparator:
            return None  # 8座以下小汽车, 3岁以下婴幼儿: a class of things, not a count
        if q.chinese and q.value < L["chinese_count_min"] and not _sums_a_list(rest, q.value):
            return None  # 四张名片, 三项制度: a small Chinese numeral counts only the items it sums
        keep = next((v for v in _words("keep_verbs") if rest.endswith(v)), "")
        return Reading(comparator, direction, noun, "after", keep_verb=keep)
    if q.vague:
        return None
    return Reading(comparator, direction, rest, "before", each=each, respectively=respectively)


def _sums_a_list(pre: str, value: float) -> bool:
    """第一中学、实验小学、城关小学三所学校: the numeral follows the list of exactly that many items."""
    tail = re.split(r"[，,；;：:]", pre)[-1]
    return len(split_list(tail, ["、"])) == value


# --- indicators -----------------------------------------------------------------------------

def split_items(subject: str, k: int) -> list[str] | None:
    """The k indicators of a coordinated subject (for 分别 and 各), or None when they do not count k."""
    L = lex()
    for head, parts in L["split_heads"].items():
        if subject.startswith(head) and len(parts) == k:
            return [p + subject[len(head):] for p in parts]
    items = split_list(subject, ["、"])
    if len(items) != k:
        items = split_list(subject, L["list_separators"])
    if len(items) != k:
        return None
    last = items[-1]
    heads = [last.find(h) for h in L["indicator_heads"] if last.find(h) > 0]
    tail = last[min(heads):] if heads else ""
    out = []
    for it in items[:-1]:
        if len(it) <= 2 and len(last) > len(it):
            it = it + last[len(it):]  # 中、外资企业数, 城镇、农村居民收入: parallel heads share the rest
        elif tail and not any(h in it for h in L["indicator_heads"]):
            it = it + tail  # 居民医保和公卫经费人均补助标准: the measured property is shared
        out.append(it)
    out.append(last)
    verbs = _words("keep_verbs")
    verb = next((v for v in verbs if out[0].startswith(v)), "")
    if verb:
        out = [o if o.startswith(tuple(verbs)) else verb + o for o in out]
    return out


def _strip_edge(s: str, key: str, at_end: bool) -> str:
    """Strip words of lexicon[key] from one edge, never down to nothing (今年负债率 → 负债率)."""
    m = _edge_pattern(key, at_end).search(s)
    if not m:
        return s
    rest = s[: m.start()] if at_end else s[m.end():]
    return rest if rest else strip_words(s, _words(key), at_end)


def tidy_indicator(s: str) -> str:
    s = clean(s)
    s = _strip_edge(s, "indicator_leads", at_end=False)
    s = _strip_edge(s, "indicator_tails", at_end=True)
    return clean(s)


def tidy_noun(s: str) -> str:
    L = lex()
    s = clean(s)
    for stop in L["item_stops"][:2]:
        k = s.find(stop)
        if k > 0 and quote_depths(s)[k] == 0:
            s = s[:k]
    return clean(strip_words(s, _words("noun_tails"), at_end=True))


def is_generic(s: str) -> bool:
    rest = s
    for w in _words("generic_words"):
        rest = rest.replace(w, "")
    return not rest


# --- context ----------------------------------------------------------------------------------

@dataclass
class Context:
    kind: str  # headline, horizon, task
    target_year: int | None
    skip: bool = False


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _horizon_year(sentence: str, plan_year: int) -> tuple[bool, int | None]:
    H = lex()["horizon"]
    for pat in H["by_year"]:
        m = _compiled(pat).search(sentence)
        if m and int(m.group(1)) > plan_year:
            return True, int(m.group(1))
    for name, year in H["plans"].items():
        k = sentence.find(name)
        if k >= 0 and year > plan_year and any(sentence.find(w, k) >= 0 for w in H["plan_period_words"]):
            return True, year
    s = sentence
    for w in H["average_not_horizon"]:
        s = s.replace(w, "")
    if any(w in s for w in H["average_words"]):
        year = next((y for n, y in H["plans"].items() if n in sentence and y > plan_year), None)
        return True, year
    return False, None


def _part_horizon(outline: Outline, offset: int, plan_year: int) -> tuple[bool, int | None] | None:
    """A part titled 今后五年 / “十四五”时期 holds multi-year goals throughout."""
    p = outline.program_at(offset)
    while p is not None and p.level > 1:
        p = p.parent
    title = fold(p.title) if p is not None else ""
    if not any(w in title for w in lex()["horizon"]["part_titles"]):
        return None
    found, year = _horizon_year(title + "期间", plan_year)
    return True, year if found else None


def past_from(sentence: str, plan_year: int) -> int | None:
    """Where a sentence turns to the past year or to estimates (去年…, 预计…, 2019年… in a 2020 plan).

    Clauses from there on state results, not targets; 比去年 / 较去年 compare and do not count.
    """
    m = re.match(r"\s*(20\d\d)年(?!度)", sentence)
    if m and int(m.group(1)) < plan_year:
        return 0
    hits = [m.start() for m in _past_pattern().finditer(sentence) if m.start() == 0 or sentence[m.start() - 1] not in "比较同与"]
    return min(hits) if hits else None


@lru_cache(maxsize=1)
def _past_pattern() -> re.Pattern:
    return _alternation(lex()["past_markers"] + lex()["estimate_markers"])


# --- rows -----------------------------------------------------------------------------------

@dataclass
class Found:
    indicator: str
    q: Quantity | None  # None for a headline target stated without a number
    reading: Reading
    clause: Span
    aspirational: bool
    context: Context


def _clause_targets(pv: Passage, clause: Span, ctx: Context,
                    aspiration_from: int | None, last_subject: list[str], issues: list[dict],
                    prev_object: list[str] = ()) -> list[Found]:
    """Targets of one clause; `clause` and `aspiration_from` are positions in the passage pv."""
    s = pv.text[clause.start:clause.end]
    at = pv.span(clause.start, clause.end)  # where the clause is in the document
    qs = scan_quantities(s)
    if not qs:
        return []
    found: list[Found] = []
    readings = []
    for i, q in enumerate(qs):
        prev_end = qs[i - 1].end if i else 0
        next_start = qs[i + 1].start if i + 1 < len(qs) else len(s)
        readings.append(read(s, q, prev_end, next_start))
    # groups of values joined only by list separators share the reading of the first
    groups: list[list[int]] = []
    for i, q in enumerate(qs):
        joined = i and clean(s[qs[i - 1].end:q.start]) == "" and s[qs[i - 1].end:q.start].strip() != ""
        if joined and groups and readings[groups[-1][0]] and readings[groups[-1][0]].mode == "before":
            groups[-1].append(i)
        else:
            groups.append([i])
    asp = aspiration_from is not None and clause.start >= aspiration_from
    asp_in = [k for k in (s.find(w) for w in lex()["aspiration"]) if k >= 0]
    after_items: list[Found] = []
    for g in groups:
        first = readings[g[0]]
        if first is not None and first.from_value:
            if first.indicator:
                last_subject[:] = [first.indicator]
            continue
        if first is None:
            continue
        q_last = qs[g[-1]]
        comparator = first.comparator
        if len(g) > 1 and q_last.after_comparator and comparator in ("eq", None):
            comparator = q_last.after_comparator
        aspirational = asp or any(k < qs[g[0]].start for k in asp_in)
        if first.mode == "after":
            for i in g:
                r = readings[i] or first
                f = Found(r.indicator, qs[i], r, at, aspirational, ctx)
                f.reading.comparator = r.comparator
                after_items.append(f)
                found.append(f)
            continue
        subject = tidy_indicator(first.indicator)
        if subject in lex()["attribute_words"] or not subject:
            subject = (last_subject[0] + subject) if last_subject else subject
        elif subject:
            last_subject[:] = [subject]
        if not subject:
            continue
        if is_generic(subject) and last_subject:
            subject = last_subject[0]
        k = len(g)
        if k > 1 or first.each:
            n = k if k > 1 else None
            items = split_items(subject, n) if n else _each_items(subject)
            if items is None:
                if first.respectively or k > 1:
                    issues.append({"kind": "count-mismatch",
                                   "message": f"'{subject}' lists a different number of indicators than its {k} values; "
                                              f"not paired", "char_start": at.start, "char_end": at.end})
                    continue
                items = [subject]
            if k > 1:
                for item, i in zip(items, g):
                    found.append(Found(item, qs[i], first, at, aspirational, ctx))
                    found[-1].reading = Reading(comparator, first.direction, item, "before")
            else:
                for item in items:
                    found.append(Found(item, qs[g[0]], first, at, aspirational, ctx))
            continue
        found.append(Found(subject, qs[g[0]], Reading(comparator, first.direction, subject, "before"), at,
                           aspirational, ctx))
    _distribute_after(after_items)
    for f in after_items:  # 推进老旧小区改造，完成1200户的改造任务: a generic noun takes the clause before
        if is_generic(f.indicator) and prev_object:
            f.indicator = prev_object[0]
    leads = set(lex()["indicator_leads"])
    for f in found:  # 完成65条、总长度57.9公里的城市道路改造: the counts share the noun at the end
        if f.indicator in leads and after_items and after_items[-1] is not f:
            f.indicator = after_items[-1].indicator
    return found


def _each_items(subject: str) -> list[str] | None:
    items = split_list(subject, lex()["list_separators"])
    if len(items) < 2:
        return [subject]
    return split_items(subject, len(items))


def _distribute_after(items: list[Found]) -> None:
    """Count-before-noun lists: a keep-verb and a quoted tail are shared by every item."""
    if not items:
        return
    nouns = [tidy_noun(f.indicator) for f in items]
    last = nouns[-1]
    m = re.search(r"“[^”]+”$", last)
    if len(items) > 1 and m and m.start() > 0:
        nouns = [n if n.endswith("”") else n + m.group(0) for n in nouns]
    verb = items[0].reading.keep_verb
    for f, n in zip(items, nouns):
        v = f.reading.keep_verb or verb
        f.indicator = (v + n) if v and not n.startswith(v) else n


def _listed(indicator: str) -> list[str]:
    """城镇登记失业率、节能减排、安全生产等约束性指标 → its listed items."""
    k = indicator.rfind("等")
    if k <= 0:
        return [indicator]
    items = split_list(indicator[:k], ["、"])
    return items if len(items) > 1 else [indicator]


def _is_bare_subject(s: str) -> bool:
    """A clause that only names an indicator (no predicate, no number)."""
    L = lex()
    return (not re.search(r"\d", s) and not any(p in s for p in L["qualitative_predicates"])
            and len(s) <= 12 and not any(w in s for w in L["headline_markers"]))


def _investment_object(outline: Outline, para: Span, pv: Passage, clause: Span, clauses: list[Span]) -> str:
    """What a bare 投资N亿元 is for: the measure whose paragraph it is in, else the clause after it."""
    program = outline.program_at(pv.offset(clause.start))
    if program is not None and program.level == 3 and program.start >= para.start:
        return program.title  # 让城市基础设施更完善。全年计划投资8.6亿元…
    later = [c for c in clauses if c.start > clause.start]
    if later:
        return tidy_indicator(pv.text[later[0].start:later[0].end])  # 投资6.6亿元,实施景区基础设施建设
    return ""


def _qualitative(s: str, first_in_sentence: bool) -> str | None:
    """The indicator of a headline clause without a number (外贸进出口总额保持稳定增长), or None."""
    L = lex()
    if re.search(r"\d", s) or any(w in s for w in L["headline_markers"]) or "以下" in s or "上述" in s:
        return None
    if any(c in CN_NUM for c in s) and re.search(rf"[{CN_NUM}][个项大条方]", s):
        return None
    body = strip_words(s, _words("aspiration"))
    hits = [(body.find(p), p) for p in L["qualitative_predicates"] if body.find(p) >= 0]
    if not hits:
        return None
    k, pred = min(hits)
    indicator = tidy_indicator(body[:k])
    if not indicator and first_in_sentence:
        indicator = tidy_indicator(body[k + len(pred):])  # 完成市下达的节能目标任务
    return indicator or None


def extract_targets(outline: Outline) -> tuple[list[Found], list[dict]]:
    """Every target of a document (as Found) and the source issues met on the way."""
    doc = outline.document
    text, folded = doc.text, fold(doc.text)
    plan_year = doc.meta.plan_year
    L = lex()
    issues: list[dict] = []
    out: list[Found] = []
    horizons: dict[int, tuple | None] = {}
    for para in outline.paragraphs:
        if outline.part_kind_at(para.start) == "review":
            continue
        pv = passage(text, para.start, para.end, folded)
        ptext = pv.text
        if ptext.startswith(tuple(L["past_markers"])):
            continue  # 过去一年，…: a review paragraph outside the review part
        part_horizon = horizons.setdefault(id(outline.program_at(para.start)),
                                           _part_horizon(outline, para.start, plan_year))
        para_sentences = split_spans(ptext, 0, len(ptext), SENTENCE_BREAK)
        lead = _horizon_year(ptext[para_sentences[0].start:para_sentences[0].end], plan_year) if para_sentences else None
        if lead and lead[0] and not part_horizon:
            part_horizon = lead  # “十四五”时期主要目标是：… holds for the whole paragraph
        marker = next((ptext.find(w) for w in L["headline_markers"] if w in ptext), -1)
        headline_from = marker if marker >= 0 else None
        for sentence in para_sentences:
            stext = ptext[sentence.start:sentence.end]
            horizon, hyear = _horizon_year(stext, plan_year)
            if not horizon and part_horizon:
                horizon, hyear = part_horizon
            asp_k = [stext.find(w) for w in L["aspiration"] if w in stext]
            aspiration_from = sentence.start + min(asp_k) if asp_k else None
            last_subject: list[str] = []
            prev_object: list[str] = []
            pending_subjects: list[str] = []
            past = past_from(stext, plan_year)
            clauses = split_spans(ptext, sentence.start, sentence.end, CLAUSE_BREAK)
            for clause in clauses:
                if past is not None and past <= clause.end - sentence.start:
                    break
                if horizon:
                    ctx = Context("horizon", hyear)
                elif headline_from is not None and clause.start >= headline_from:
                    ctx = Context("headline", plan_year)
                else:
                    ctx = Context("task", plan_year)
                rows = _clause_targets(pv, clause, ctx, aspiration_from, last_subject, issues,
                                       prev_object)
                for f in rows:
                    if f.indicator in L["investment_words"]:
                        f.indicator = _investment_object(outline, para, pv, clause, clauses) + f.indicator
                in_headline = headline_from is not None and clause.start >= headline_from
                if not rows and in_headline:  # headline sentences without a number (kind stays horizon if it is one)
                    first_in_sentence = clause is clauses[0]
                    ctext = ptext[clause.start:clause.end]
                    qual = _qualitative(ctext, first_in_sentence)
                    asp = aspiration_from is not None and clause.start >= aspiration_from
                    if qual:
                        rows = [Found(item, None, Reading("", None, item, "before"), pv.span(clause.start, clause.end), asp, ctx)
                                for item in pending_subjects + _listed(qual)]
                        pending_subjects = []
                    elif first_in_sentence and _is_bare_subject(ctext):
                        pending_subjects = [tidy_indicator(ctext)]  # 城镇新增就业人数，…等指标完成…目标
                out.extend(rows)
                prev_object[:] = [tidy_indicator(ptext[clause.start:clause.end])]
    return out, issues


def target_rows(outline: Outline) -> tuple[list[dict], list[dict]]:
    """Rows of the targets resource, and source issues (count mismatches) for source_issues."""
    doc = outline.document
    found, issues = extract_targets(outline)
    make = IdMaker(doc.document_id, "t")
    rows = []
    for f in found:
        program = outline.program_at(f.clause.start)
        q = f.q
        rows.append({
            "target_id": make(program.program_id if program else "", f.indicator, q.base_unit if q else ""),
            "document_id": doc.document_id,
            "program_id": program.program_id if program else None,
            "kind": f.context.kind,
            "indicator": f.indicator,
            "comparator": f.reading.comparator or None,
            "direction": f.reading.direction,
            "value": q.value if q else None,
            "value_max": q.value_max if q else None,
            "unit": q.unit if q else None,
            "base_value": q.base_value if q else None,
            "base_unit": (q.base_unit or (None if q.kind == "bare" else q.unit)) if q else None,
            "aspirational": f.aspirational,
            "target_year": f.context.target_year,
            "source_text": f.clause.text,
            "char_start": f.clause.start,
            "char_end": f.clause.end,
        })
    return rows, issues
