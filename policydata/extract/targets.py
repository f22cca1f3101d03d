"""Targets: the quantity grammar of Chinese work plans, as pure functions from an Outline to rows.

A target is a number with a unit, in a clause of the plan (not the review of the past year),
that is not a name, an ordinal, a date or a fact. Its indicator is the noun phrase before the
number (地区生产总值同比增长5%) or, for counts, the noun after it (实施20项民心工程). Lists are
distributed: 分别 and paired values (65家和180家) give one row per item, 各 gives every item
the value, a shared head or tail is expanded (内、外资到位额 → 内资到位额, 外资到位额).

All words come from lexicon/quantities.yml. Matching runs on a width-folded copy of the text
of the same length, so every offset found is an offset into the published text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..ids import IdMaker
from ..lexicon import load
from ..numerals import DIGITS, cn_to_int
from ..text import Span, strip_span
from .outline import Outline

CLAUSE_BREAK = "，,；;。！？!?：:\n\r<>"  # < and >: markup a scrape left in the text ends a clause
SENTENCE_BREAK = "。；;！？!?\n\r"
OPEN_QUOTES, CLOSE_QUOTES = "“‘「『《〈", "”’」』》〉"
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


def _words(key: str) -> list[str]:
    return sorted(lex()[key], key=len, reverse=True)


# --- text helpers ---------------------------------------------------------------------------

def fold(text: str) -> str:
    """Full-width forms folded to half-width, one character for one, so offsets stay valid."""
    out = []
    for c in text:
        n = unicodedata.normalize("NFKC", c)
        out.append(n if len(n) == 1 else c)
    return "".join(out)


def quote_depths(s: str) -> list[int]:
    """Quotation / book-title nesting depth at each character of s."""
    depth, out = 0, []
    for c in s:
        if c in OPEN_QUOTES:
            depth += 1
            out.append(depth)
        elif c in CLOSE_QUOTES:
            out.append(depth)
            depth = max(0, depth - 1)
        else:
            out.append(depth)
    return out


def split_spans(text: str, start: int, end: int, breaks: str) -> list[Span]:
    out, i = [], start
    for j in range(start, end + 1):
        if j == end or text[j] in breaks:
            s = strip_span(text, i, j)
            if s.text:
                out.append(s)
            i = j + 1
    return out


def strip_leads(s: str, words: list[str]) -> str:
    changed = True
    while changed and s:
        changed = False
        for w in words:
            if s.startswith(w) and len(s) > len(w):
                s, changed = s[len(w):], True
                break
    return s


def strip_tails(s: str, words: list[str]) -> str:
    changed = True
    while changed and s:
        changed = False
        for w in words:
            if s.endswith(w) and len(s) > len(w):
                s, changed = s[: -len(w)], True
                break
    return s


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
    for written, base, kind, scale in unit_table():
        if s.startswith(written, i):
            return written, base, kind, scale
    return None


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
    """Numbers that name or order things: 第三次, 5G, PM2.5, 1+6, 七号线, 2020年, 十九中学."""
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


def _after_qualifier(s: str, q: Quantity, end: int) -> int:
    """Read 以上 / 以内 / 左右 after the unit into q; return the new end."""
    for comp, words in lex()["comparators"]["after"].items():
        w = next((w for w in sorted(words, key=len, reverse=True) if s.startswith(w, end)), None)
        if w:
            q.after_comparator = comp
            return end + len(w)
    return end


def scan_quantities(s: str) -> list[Quantity]:
    """Every quantity of a (folded) clause, names, ordinals and dates left out."""
    L = lex()
    depths = quote_depths(s)
    named = [False] * len(s)
    for name in L["not_quantities"]["fixed_names"]:
        for m in re.finditer(re.escape(name), s):
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
            continue  # 3个五人制足球场: a numeral glued to a count is part of the noun
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
        if unit is None:
            continue
        written, base, kind, scale = unit
        if m.group("cn") is not None:
            allowed = L["small_numeral_units"] if m.group("cn") in ("一", "两") else L["chinese_numeral_units"]
            if written not in allowed and base not in allowed:
                continue
            if m.start() > 0 and s[m.start() - 1] in CN_NUM + "".join(DIGITS):
                continue
        if kind == "bare":  # 14亿多中国人, 1100万人: a magnitude alone is a quantity only before a unit
            nxt = _unit_at(s, i + len(written))
            if nxt is None:
                continue
            written, base, kind = written + nxt[0], nxt[1], nxt[2]
            scale = scale * nxt[3]
        end = i + len(written)
        q = Quantity(m.start(), end, value, written, base, kind, scale, vague=vague)
        # ranges: 3-5家, 5至10家, 6%—6.5%, 4.5-5%
        j = RANGE_JOIN.match(s, end) or (RANGE_JOIN.match(s, m.end()) if end == m.end() else None)
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


def _comparator_before(pre: str) -> tuple[str | None, str | None, bool, str]:
    """Strip comparator, direction and aspiration words from the end of `pre`.

    Returns (comparator, direction, level, rest): level is True for 提高到 (a level to reach).
    """
    L = lex()
    comparator = direction = None
    level = hold = False
    strip_words = (_words("aspiration") + ["在", "为", "按", "安排", "再", "分别", "各", "同比", "比上年"]
                   + L["direction"]["level_markers"])
    comps = sorted(((w, c) for c, ws in L["comparators"]["before"].items() for w in ws), key=lambda x: -len(x[0]))
    dirs = sorted(((w, d) for d in ("up", "down") for w in L["direction"][d]), key=lambda x: -len(x[0]))
    changed = True
    while changed and pre:
        changed = False
        for w in sorted(L["hold_words"], key=len, reverse=True):
            if pre.endswith(w):
                hold, pre, changed = True, pre[: -len(w)], True
                break
        if changed:
            continue
        for w, c in comps:
            if pre.endswith(w):
                comparator = comparator or c
                pre, changed = pre[: -len(w)], True
                break
        if changed:
            continue
        for w, d in dirs:
            if pre.endswith(w):
                direction = direction or d
                pre, changed = pre[: -len(w)], True
                break
        if changed:
            continue
        for w in strip_words:
            if pre.endswith(w):
                if w in L["direction"]["level_markers"]:
                    level = True
                pre, changed = pre[: -len(w)], True
                break
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
            return None  # 24小时无人审批机, 十年规划, 14亿多中国人: attributes and descriptions
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
    """十九中学、二十中学、万全小学三所学校: the numeral follows the list of exactly that many items."""
    tail = re.split(r"[，,；;：:]", pre)[-1]
    return len(_top_split(tail, ["、"])) == value


# --- indicators -----------------------------------------------------------------------------

def _top_split(s: str, seps: list[str]) -> list[str]:
    """Split at separators outside quotes; 和 in 和平/和谐 is part of a name."""
    depths = quote_depths(s)
    parts, cur, i = [], "", 0
    while i < len(s):
        sep = next((w for w in seps if s.startswith(w, i) and depths[i] == 0), None)
        if sep == "和" and s[i + 1:i + 2] in "平谐美睦":
            sep = None
        if sep:
            parts.append(cur)
            cur, i = "", i + len(sep)
        else:
            cur, i = cur + s[i], i + 1
    parts.append(cur)
    return [p for p in (x.strip() for x in parts) if p]


def split_items(subject: str, k: int) -> list[str] | None:
    """The k indicators of a coordinated subject (for 分别 and 各), or None when they do not count k."""
    L = lex()
    for head, parts in L["split_heads"].items():
        if subject.startswith(head) and len(parts) == k:
            return [p + subject[len(head):] for p in parts]
    items = _top_split(subject, ["、"])
    if len(items) != k:
        items = _top_split(subject, L["list_separators"])
    if len(items) != k:
        return None
    last = items[-1]
    heads = [last.find(h) for h in L["indicator_heads"] if last.find(h) > 0]
    tail = last[min(heads):] if heads else ""
    out = []
    for it in items[:-1]:
        if len(it) == 1:  # 内、外资到位额: a single character shares the rest of the next item
            it = it + last[1:]
        elif tail and not any(h in it for h in L["indicator_heads"]):
            it = it + tail
        out.append(it)
    out.append(last)
    verb = next((v for v in _words("keep_verbs") if out[0].startswith(v)), "")
    if verb:
        out = [o if o.startswith(verb) else verb + o for o in out]
    return out


def tidy_indicator(s: str) -> str:
    L = lex()
    s = clean(s)
    s = strip_leads(s, _words("indicator_leads"))
    s = strip_tails(s, _words("indicator_tails"))
    return clean(s)


def tidy_noun(s: str) -> str:
    L = lex()
    s = clean(s)
    for stop in L["item_stops"][:2]:
        k = s.find(stop)
        if k > 0 and quote_depths(s)[k] == 0:
            s = s[:k]
    return clean(strip_tails(s, _words("noun_tails")))


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


def _horizon_year(sentence: str, plan_year: int) -> tuple[bool, int | None]:
    H = lex()["horizon"]
    for pat in H["by_year"]:
        m = re.search(pat, sentence)
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
    if p is None or not any(w in fold(p.title) for w in lex()["horizon"]["part_titles"]):
        return None
    found, year = _horizon_year(fold(p.title) + "期间", plan_year)
    return True, year if found else None


def _is_past(sentence: str, clause_start_in_sentence: int, plan_year: int) -> bool:
    """A sentence about the past year: it opens with 去年 / 过去一年, or a past year, or estimates."""
    L = lex()
    head = sentence[: clause_start_in_sentence + 1]
    for w in L["past_markers"]:
        k = sentence.find(w)
        if k >= 0 and (k == 0 or sentence[k - 1] not in "比较同与") and k <= clause_start_in_sentence + 2:
            return True
    if any(w in head or sentence.startswith(w) for w in L["estimate_markers"]):
        return True
    m = re.match(r"\s*(20\d\d)年(?!度)", sentence)
    return bool(m) and int(m.group(1)) < plan_year


# --- rows -----------------------------------------------------------------------------------

@dataclass
class Found:
    indicator: str
    q: Quantity | None  # None for a headline target stated without a number
    reading: Reading
    clause: Span
    aspirational: bool
    context: Context


def _clause_targets(text: str, folded: str, clause: Span, sentence: Span, ctx: Context,
                    aspiration_from: int | None, last_subject: list[str], issues: list[dict],
                    prev_object: list[str] = ()) -> list[Found]:
    s = folded[clause.start:clause.end]
    qs = scan_quantities(s)
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
                f = Found(r.indicator, qs[i], r, clause, aspirational, ctx)
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
                                              f"not paired", "char_start": clause.start, "char_end": clause.end})
                    continue
                items = [subject]
            if k > 1:
                for item, i in zip(items, g):
                    found.append(Found(item, qs[i], first, clause, aspirational, ctx))
                    found[-1].reading = Reading(comparator, first.direction, item, "before")
            else:
                for item in items:
                    found.append(Found(item, qs[g[0]], first, clause, aspirational, ctx))
            continue
        found.append(Found(subject, qs[g[0]], Reading(comparator, first.direction, subject, "before"), clause,
                           aspirational, ctx))
    _distribute_after(after_items)
    for f in after_items:  # 继续推进棚户区改造，完成800户的改造任务: a generic noun takes the clause before
        if is_generic(f.indicator) and prev_object:
            f.indicator = prev_object[0]
    return found


def _each_items(subject: str) -> list[str] | None:
    items = _top_split(subject, lex()["list_separators"])
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
    items = _top_split(indicator[:k], ["、"])
    return items if len(items) > 1 else [indicator]


def _is_bare_subject(s: str) -> bool:
    """A clause that only names an indicator (no predicate, no number)."""
    L = lex()
    return (not re.search(r"\d", s) and not any(p in s for p in L["qualitative_predicates"])
            and len(s) <= 12 and not any(w in s for w in L["headline_markers"]))


def _qualitative(s: str, first_in_sentence: bool) -> str | None:
    """The indicator of a headline clause without a number (外贸进出口总额保持稳定增长), or None."""
    L = lex()
    if re.search(r"\d", s) or any(w in s for w in L["headline_markers"]) or "以下" in s or "上述" in s:
        return None
    if any(c in CN_NUM for c in s) and re.search(rf"[{CN_NUM}][个项大条方]", s):
        return None
    body = strip_leads(s, _words("aspiration"))
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
    for para in outline.paragraphs:
        if outline.part_kind_at(para.start) == "review":
            continue
        ptext = folded[para.start:para.end]
        if ptext.startswith(tuple(L["past_markers"])):
            continue  # 过去一年，…: a review paragraph outside the review part
        part_horizon = _part_horizon(outline, para.start, plan_year)
        marker = next((ptext.find(w) for w in L["headline_markers"] if w in ptext), -1)
        headline_from = para.start + marker if marker >= 0 else None
        for sentence in split_spans(text, para.start, para.end, SENTENCE_BREAK):
            stext = folded[sentence.start:sentence.end]
            horizon, hyear = _horizon_year(stext, plan_year)
            if not horizon and part_horizon:
                horizon, hyear = part_horizon
            asp_k = [stext.find(w) for w in L["aspiration"] if w in stext]
            aspiration_from = sentence.start + min(asp_k) if asp_k else None
            last_subject: list[str] = []
            prev_object: list[str] = []
            pending_subjects: list[str] = []
            for clause in split_spans(text, sentence.start, sentence.end, CLAUSE_BREAK):
                if _is_past(stext, clause.start - sentence.start, plan_year):
                    break
                if horizon:
                    ctx = Context("horizon", hyear)
                elif headline_from is not None and clause.start >= headline_from:
                    ctx = Context("headline", plan_year)
                else:
                    ctx = Context("task", plan_year)
                rows = _clause_targets(text, folded, clause, sentence, ctx, aspiration_from, last_subject, issues,
                                       prev_object)
                if not rows and ctx.kind == "headline":
                    first_in_sentence = clause.start == split_spans(text, sentence.start, sentence.end, CLAUSE_BREAK)[0].start
                    ctext = folded[clause.start:clause.end]
                    qual = _qualitative(ctext, first_in_sentence)
                    asp = aspiration_from is not None and clause.start >= aspiration_from
                    if qual:
                        rows = [Found(item, None, Reading("", None, item, "before"), clause, asp, ctx)
                                for item in pending_subjects + _listed(qual)]
                        pending_subjects = []
                    elif first_in_sentence and _is_bare_subject(ctext):
                        pending_subjects = [tidy_indicator(ctext)]  # 城镇新增就业人数，…等指标完成…目标
                out.extend(rows)
                prev_object[:] = [tidy_indicator(folded[clause.start:clause.end])]
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
            "base_unit": (q.base_unit or q.unit) if q else None,
            "aspirational": f.aspirational,
            "target_year": f.context.target_year,
            "source_text": f.clause.text,
            "char_start": f.clause.start,
            "char_end": f.clause.end,
        })
    return rows, issues
