"""Quantities as the genre writes them: numbers (Arabic, Chinese, 百分之), magnitudes and units, ranges and
the comparators after a number (以上, 左右), read from a folded clause; and the nouns such quantities count.

Every extractor that reads figures (targets, outcomes) and the indicator catalogue (units and magnitudes)
imports them from here. All words come from lexicon/quantities.yml.
"""

from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import load
from ..text import OPEN_QUOTES, Span, quote_depths, split_list, strip_span, strip_words
from .numerals import DIGITS, cn_to_int

CLAUSE_BREAK = "，,；;。！？!?：:\n\r<>"  # < and >: markup a scrape left in the text ends a clause
SENTENCE_BREAK = "。；;！？!?\n\r"
# 34,250万吨: a thousands separator; 19·5%: a middle dot between digits is a decimal point (a typeset copy)
ARABIC = r"\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:[.·・]\d+)?"


def arabic_value(s: str) -> float:
    """34,250 → 34250.0; 19·5 → 19.5."""
    return float(s.replace(",", "").replace("·", ".").replace("・", "."))
CN_NUMERALS = "零〇一二两三四五六七八九十百千"  # digits and units: the characters of a numeral
CN_DIGITS = "零〇一二三四五六七八九"  # digits only (the decimals of 十三点七)
# Chinese numerals: 二万五千五百 and 六百四十三亿七千 (with inner magnitudes), 十三点七 (a decimal)
NUMBER = re.compile(rf"百分之(?P<pct>{ARABIC}|[{CN_NUMERALS}点點]+)|(?P<ar>{ARABIC})"
                    rf"|(?P<cn>[{CN_NUMERALS}]+(?:[万亿]+[{CN_NUMERALS}]+)*(?:[点點][{CN_DIGITS}]+)?)")
YEAR_NUMBER = rf"((?:1[89]|20)\d\d|[一二][九〇零][{CN_NUMERALS}〇○]{{2}})"  # 1981, 一九八一
YEAR = re.compile(YEAR_NUMBER + "年(?!代)")


def year_value(s: str) -> int | None:
    """The year of a YEAR_NUMBER match: 1981 → 1981, 一九八一 → 1981."""
    return int(s) if s.isdigit() else cn_to_int(s)
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
def words(key: str) -> list[str]:
    return sorted(lex()[key], key=len, reverse=True)


_ALTERNATIONS: dict[tuple, re.Pattern] = {}


def alternation(words) -> re.Pattern:
    """One regex for a word list, longest alternatives first (so the longest match wins).

    Made once per distinct list: callers build it inside functions that run per clause."""
    key = tuple(words)
    pattern = _ALTERNATIONS.get(key)
    if pattern is None:
        pattern = _ALTERNATIONS[key] = re.compile(
            "|".join(re.escape(w) for w in sorted(set(key), key=len, reverse=True)))
    return pattern


@lru_cache(maxsize=1)
def _unit_index() -> tuple[re.Pattern, dict]:
    table = {}
    for row in unit_table():  # sorted longest first, unprefixed reading first: keep the first seen
        table.setdefault(row[0], row)
    return alternation(table), table


@lru_cache(maxsize=None)
def edge_pattern(key: str, at_end: bool) -> re.Pattern:
    alts = "|".join(re.escape(w) for w in words(key))
    return re.compile(f"(?:{alts})+$" if at_end else f"^(?:{alts})+")


# --- text helpers ---------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _break_pattern(breaks: str) -> re.Pattern:
    """A class of break characters; a comma between a digit and three more (34,250万吨) is a
    thousands separator, not a break."""
    others = breaks.replace(",", "")
    pattern = "[" + re.escape(others) + "]"
    return re.compile(pattern + r"|(?<!\d),|,(?!\d{3}(?![\d.]))" if "," in breaks else pattern)


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


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# a note to the glossary inside a phrase: ⑮, @① (a typeset copy), [24] or ^[4], or (30) right after a word or a quote
NOTE_MARK = re.compile(rf"@?[{CIRCLED}]|\^?\[\d{{1,3}}\]|(?<=[\u4e00-\u9fff”’\"])\(\d{{1,3}}\)")


@lru_cache(maxsize=1 << 16)  # a pure function of a short string, called on the same pieces again and again
def clean(s: str) -> str:
    if "\u200b" in s:
        s = s.replace("\u200b", "")  # a zero-width space left by a scrape (城镇新增\u200b就业)
    if ("[" in s or "(" in s or any(c in s for c in CIRCLED)) and NOTE_MARK.search(s):
        k = 1 if s[:1] in CIRCLED else 0  # (a circled mark that opens the phrase is an item's number, dropped below)
        s = s[:k] + NOTE_MARK.sub("", s[k:])  # 数字化车间⑦, 投入强度[26]: the note is no word of the phrase
    s = s.strip(" \t、，,和及与的").lstrip("》”’)」』").strip()  # (》提出了…: a title closed on the line before)
    return s.lstrip(CIRCLED).strip() if s[:1] in CIRCLED else s  # ⑨完成…: an item's number in a list of results


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
        return float(f"{self.value * self.scale:.12g}")  # 643.7 亿 is 64370000000, not …00001


def _unit_at(s: str, i: int) -> tuple[str, str, str, float] | None:
    pattern, table = _unit_index()
    m = pattern.match(s, i)
    return table[m.group(0)] if m else None


def _number_value(m: re.Match) -> float | None:
    if m.group("pct") is not None:  # 百分之六, 百分之六点五
        whole, _, frac = m.group("pct").replace("點", "点").partition("点")
        if re.fullmatch(ARABIC, m.group("pct")):
            return arabic_value(m.group("pct"))
        w = cn_to_int(whole)
        f = "".join(str(DIGITS[c]) for c in frac if c in DIGITS)
        return None if w is None or len(f) != len(frac) else float(f"{w}.{f}" if f else w)
    if m.group("ar") is not None:
        return arabic_value(m.group("ar"))
    return _cn_value(m.group("cn"))


def _cn_value(cn: str, magnitude: str = "") -> float | None:
    """二点一 → 2.1; 六百四十三亿七千 before 万 → 64370000000 (the magnitude the unit begins with applied)."""
    whole, _, frac = cn.replace("點", "点").partition("点")
    w = cn_to_int(whole + magnitude)
    if w is None:
        return None
    f = "".join(str(DIGITS[c]) for c in frac if c in DIGITS)
    return float(f"{w}.{f}") if f else float(w)


def _is_name(s: str, m: re.Match, unit) -> bool:
    """Numbers that name or order things: 第三次, 5G, PM2.5, 1+X, 三号线, 2021年, 十二中学."""
    L = lex()["not_quantities"]
    before, after = s[: m.start()], s[m.end():]
    if before.endswith(tuple(L["before"])) and not before.endswith("近") \
            and not (before.endswith("前") and before[-2:-1] in L["time_before_qian"]):  # 入冬前2万户 is a deadline
        return True
    if before[-1:].isascii() and (before[-1:].isalnum() or before[-1:] in "+.") and before[-1:] != "":
        return True
    if after[:1].isascii() and (after[:1].isalpha() or after[:1] in "+"):
        return True
    if before.endswith(tuple(L["spec_marks"])) or after.startswith(tuple(L["spec_marks"])):
        return True  # 2×66万千瓦: the specification of a facility
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
    return alternation(which), which


def _counts_people(before: str) -> bool:
    """再解决6000万农村人口…, 再扫除350万青壮年文盲: a verb that reaches people counts them with a bare magnitude."""
    tail = re.split(r"[，,；;：:]", before)[-1]
    return any(v in tail for v in lex()["people_verbs"])


def _magnitude_range(s: str, i: int, magnitude: str, m: re.Match) -> tuple[float, tuple, int] | None:
    """50亿—100亿元: after a bare magnitude, a range sign and a number with the same magnitude and a unit give
    (the top value, the unit, where it ends); else None."""
    j = RANGE_JOIN.match(s, i)
    m2 = NUMBER.match(s, j.end()) if j else None
    if m2 is None or m2.group("ar") is None or m.group("ar") is None:
        return None
    u2 = _unit_at(s, m2.end())
    top = _number_value(m2)
    if u2 is None or top is None or not u2[0].startswith(magnitude) or u2[0] == magnitude:
        return None
    return top, u2, m2.end() + len(u2[0])


def _ends_quantity(s: str, i: int) -> bool:
    """Whether a bare magnitude ends its quantity here: at the clause end or before 以上, 左右…"""
    return i >= len(s) or bool(_after_words()[0].match(s, i))


CLASSIFIER_NOTE = re.compile(r"\([\u4e00-\u9fff]\)")  # 12条(段), 30套(间): another classifier for the count


def _after_qualifier(s: str, q: Quantity, end: int) -> int:
    """Read 以上 / 以内 / 左右 after the unit into q; return the new end."""
    pattern, which = _after_words()
    m = pattern.match(s, end)
    note = CLASSIFIER_NOTE.match(s, end)
    if m is None and note:
        m = pattern.match(s, note.end())  # 3万套(间)以上: the classifier in brackets is the unit's alternative
    if m:
        q.after_comparator = which[m.group(0)]
        return m.end()
    return end


@lru_cache(maxsize=1)
def _fixed_names() -> re.Pattern:
    return alternation(lex()["not_quantities"]["fixed_names"])


@lru_cache(maxsize=1)
def quantity_hint() -> re.Pattern:
    """A quick test that a clause may hold a quantity: a digit, 百分之, or a Chinese numeral followed by a
    unit that Chinese numerals may carry (三所, 五千万人, 三至五家, 十几个). Every quantity scan_quantities
    finds starts at a match; most clauses have none (一批, 进一步 are not counts) and are not scanned."""
    L = lex()
    allowed = set(L["chinese_numeral_units"]) | set(L["small_numeral_units"])
    units = sorted({w for w, base, _kind, _scale in unit_table() if w in allowed or base in allowed}, key=len,
                   reverse=True)
    cn = NUMBER.pattern.split("|(?P<cn>", 1)[1][:-1]  # the Chinese-numeral branch of NUMBER
    vague = "".join(L["not_quantities"]["vague_after"])
    return re.compile(rf"\d|百分之|{cn}[{vague}]?(?:{RANGE_JOIN.pattern}{cn})?(?:"
                      + "|".join(map(re.escape, units)) + ")")


def scan_quantities(s: str) -> list[Quantity]:
    """Every quantity of a (folded) clause, names, ordinals and dates left out.

    The extractors scan the same clauses again and again (targets, outcomes, the headline zones, a sentence's
    opening time): each clause is scanned once, and every caller gets its own copies of the quantities."""
    if not quantity_hint().search(s):
        return []  # most clauses: no number at all
    return [copy(q) for q in _scan_quantities(s)]


@lru_cache(maxsize=1 << 14)
def _scan_quantities(s: str) -> tuple[Quantity, ...]:
    L = lex()
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
        if m.group("cn") in ("十", "百", "千", "万", "十万", "百万") and m.start() and s[m.start() - 1] in "数几" \
                and not s[:m.start()].endswith(VAGUE_NOT):
            continue  # 出访了数十个国家, 几百家企业: some tens, no value (not 就业人数十万人: the count of a measure)
        value = _number_value(m)
        if value is None:
            continue
        if m.group("pct") is not None:
            q = Quantity(m.start(), m.end(), value, "%", "%", "percent", 1.0)
            j = RANGE_JOIN.match(s, m.end())  # 百分之八至九, 百分之四至百分之五
            m2 = NUMBER.match(s, j.end()) if j else None
            if m2 is not None and m2.group("ar") is None and (m2.group("pct") or m2.group("cn")):
                top = _number_value(m2)
                if top is not None and top > value:
                    q.value_max, q.end = top, m2.end()
            q.end, pos = _after_qualifier(s, q, q.end), max(pos, q.end)
            out.append(q)
            continue
        i = m.end()
        vague = False
        if s[i:i + 1] in L["not_quantities"]["vague_after"]:
            vague, i = True, i + 1
        unit = _unit_at(s, i)
        if unit is not None and unit[0] != unit[1] and unit[1] and \
                s.startswith(tuple(L["not_quantities"]["unit_word_starts"]), i + len(unit[0]) - len(unit[1])):
            unit = _unit_at(s[:i + len(unit[0]) - len(unit[1])], i)  # 过50亿项目: 项 begins 项目; the magnitude alone
        if unit is not None and unit[0] in lex()["count_before_magnitude"] and _ends_quantity(s, i + len(unit[0]) + 1) \
                and (mag := _unit_at(s[:i + len(unit[0]) + 1], i + len(unit[0]))) is not None and mag[2] == "bare":
            i, unit = i + len(unit[0]), mag  # 突破3个亿: a colloquial count of a magnitude (not 120个亿元以上项目)
        if _is_name(s, m, unit):
            continue
        first_max = None
        shared = _unit_written_once(s, m) if unit is None else None
        if shared is not None:
            unit, i = shared, m.end() - len(shared[0])  # 存贷款余额分别突破5000、5300亿元: the values listed share
            # the unit after the last (the value ends where its digits do)
        elif unit is None:  # 3-5家, 5至10家: the unit comes after the second number
            j = RANGE_JOIN.match(s, m.end())
            m2 = NUMBER.match(s, j.end()) if j else None
            if not m2 or (m2.group("ar") is None) != (m.group("ar") is None) or _number_value(m2) is None:
                continue
            unit = _unit_at(s, m2.end())
            if unit is None or (unit[2] == "time" and value >= 1900):
                continue  # 2021-2025年 is a period, not a quantity
            first_max, i = _number_value(m2), m2.end()
        written, base, kind, scale = unit
        if written in L["not_quantities"]["units_need_magnitude"]:
            continue  # 10方面, 3.0方案, 15方成员: 方 is a unit only after a magnitude (26万方)
        if m.group("cn") is not None:
            allowed = L["small_numeral_units"] if m.group("cn") in ("一", "两") else L["chinese_numeral_units"]
            if written not in allowed and base not in allowed:
                continue
            if base == "元" and written == "元":
                continue  # 三元、麦福劳等企业: a small sum in words is a name
            if m.start() > 0 and s[m.start() - 1] in CN_NUMERALS + "".join(DIGITS):
                continue
        gap = 0
        if kind == "bare":  # 1200万人: a magnitude before a unit; 减少1000万以上: a magnitude alone, as a count
            k = i + len(written)
            if s[k:k + 1] in L["not_quantities"]["vague_after"] and _unit_at(s, k + 1) is not None \
                    and not s.startswith(tuple(L["not_quantities"]["nouns_not_units"]), k + 1):
                gap = 1  # 4.5万余人, 1万多人: more than, between the magnitude and the unit
            nxt = _unit_at(s, k + gap)
            if nxt is not None and s.startswith(tuple(L["not_quantities"]["unit_word_starts"]),
                                                k + gap + len(nxt[0]) - 1):
                nxt, gap = None, 0  # 过50亿项目: 项 begins the noun 项目, it is no unit
            top = _magnitude_range(s, k, written, m) if nxt is None else None
            if top is not None:  # 营收50亿—100亿元企业: a range written with the magnitude on both ends
                value_top, u2, end2 = top
                q = Quantity(m.start(), end2, value, u2[0], u2[1], u2[2], u2[3], value_max=value_top)
                q.end = _after_qualifier(s, q, end2)
                pos = max(pos, end2)
                out.append(q)
                continue
            if nxt is not None:
                vague = vague or bool(gap)
                written, base, kind = written + nxt[0], nxt[1], nxt[2]
                scale = scale * nxt[3]
            elif not _ends_quantity(s, i + len(written)) and not _counts_people(s[:m.start()]):
                continue  # 3亿多居民, 百万青少年: a magnitude inside a noun phrase (but 再解决6000万农村人口…)
            if nxt is None and s[k:k + 1] in L["not_quantities"]["vague_after"][:2] and _counts_people(s[:m.start()]):
                gap, vague = 1, True  # 解决了3亿多农村人口…: more than, the people counted after it
        end = i + len(written) + gap
        if s.startswith(tuple(L["not_quantities"]["after_units"]), end):
            continue  # 30万吨级航道, 10万千瓦级机组: a grade, not a quantity
        cn = m.group("cn") or ""
        if "万" in cn or "亿" in cn:  # 二百零七万六千人 → 207.6 万人; 七百六十六亿四千万元 → 766.4 亿元
            mag = written[: len(written) - len(base)] if base else written
            total = _cn_value(cn, mag if mag in ("万", "亿", "万亿") else "")
            if total is None:
                continue
            top = "亿" if "亿" in cn + mag else "万"
            scale = 1e8 if top == "亿" else 1e4
            value, written, kind = total / scale, top + base, kind if base else "bare"
        q = Quantity(m.start(), end, value, written, base, kind, scale, value_max=first_max, vague=vague)
        k = m.start()
        if first_max is None and cn and len(cn) == 1 and k >= 2 and s[k - 1] == "、" and \
                s[k - 2] in "一二两三四五六七八九" and cn_to_int(s[k - 2]) == value - 1 and \
                (k < 3 or s[k - 3] not in CN_NUMERALS + "、第"):  # 增加两、三倍, 五、六万人: two or three, a range
            q.start, q.value, q.value_max = k - 2, value - 1, value
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
    return tuple(out)


HEAD_FINALS = "物品类"  # characters that close a noun head (农作物, 农产品, 畜禽类), never open a shared rest
VAGUE_NOT = ("人数", "户数", "次数", "总数", "个数", "件数", "家数", "场数", "位数", "指数", "系数")
RESPECTIVELY_BEFORE = re.compile(r"分别[^，,；;。:：]{0,8}$")


def _unit_written_once(s: str, m: re.Match) -> tuple | None:
    """The unit of a bare Arabic value listed after 分别 and written once after the last value of the list
    (分别突破5000、5300亿元, 分别达到12、15和20万人), or None."""
    if m.group("ar") is None or not RESPECTIVELY_BEFORE.search(s, max(0, m.start() - 12), m.start()):
        return None
    end = m.end()
    while s[end:end + 1] in ("、", "和"):
        m2 = NUMBER.match(s, end + 1)
        if m2 is None or m2.group("ar") is None or m2.group("pct") is not None:
            return None
        unit = _unit_at(s, m2.end())
        if unit is not None:
            return None if unit[2] in ("time", "bare") else unit
        end = m2.end()
    return None


# --- the nouns quantities count ---------------------------------------------------------------

AFTER_VERBS = ("安排", "比", "用于", "左右", "增长", "提高", "为", "，", "、", "和", "并", "等", "这", "该", "进行")


INDUSTRY_AT_END = re.compile(rf"(?:[{CN_NUMERALS}两\d]+大)?(产业集群|产业链|产业|行业)$")  # (两大)产业集群 before the measure


def split_items(subject: str, k: int, respectively: bool = False) -> list[str] | None:
    """The k indicators of a coordinated subject (for 分别 and 各), or None when they do not count k.

    With `respectively`, a list that ends at 分别 shares the verb after it (甲、乙分别稳定播种 → 甲播种, 乙播种)."""
    L = lex()
    k_resp = subject.find("分别")
    if respectively and k_resp > 0 and any(sep in subject[:k_resp] for sep in ["、"] + L["list_separators"]):
        items = split_items(subject[:k_resp], k)  # 甲、乙分别稳定播种…: the list ends at 分别, the verb after is shared
        if items is None:
            return None
        shared = edge_pattern("indicator_tails", False).sub("", subject[k_resp + 2:])  # (稳定, 力争: pace, not measure)
        ups_downs = L["direction"]["up"] + L["direction"]["down"]
        if len(shared) < 2 or shared in ups_downs:
            shared = ""  # 甲、乙排放量分别削减: the direction says how, the items are the measures
        return [it + shared for it in items]
    for head, parts in L["split_heads"].items():
        if subject.startswith(head) and len(parts) == k:
            return [p + subject[len(head):] for p in parts]
    for head, parts in L["split_heads"].items():  # 本外币存贷款余额: a short modifier before the pair is shared
        at = subject.find(head)
        if 0 < at <= 3 and len(parts) == k and not any(c in subject for c in "、，,和及与"):
            return [subject[:at] + p + subject[at + len(head):] for p in parts]
    items = split_list(subject, ["、"])
    if len(items) != k:
        items = split_list(subject, L["list_separators"])
    if len(items) != k:
        return None
    if items[0].startswith("第") and all(it[:1] in CN_NUMERALS and not it.startswith("第") for it in items[1:]):
        items = [items[0]] + ["第" + it for it in items[1:]]  # 第一、二、三产业: 第 is shared by the ordinals
    last = items[-1]
    heads = [last.find(h) for h in L["indicator_heads"] if last.find(h) > 0]
    tail = last[min(heads):] if heads else ""
    trade = INDUSTRY_AT_END.search(last[:min(heads)]) if heads else None  # 甲、乙产业规模: the trade word is shared
    if trade and any(INDUSTRY_AT_END.search(it) or any(h in it for h in L["indicator_heads"]) for it in items[:-1]):
        trade = None  # (甲产业、乙产业规模, 甲产值、乙产业规模: each item has its own)
    if trade:
        tail = trade.group(1) + tail
        last = last[:trade.start()] + tail  # (畜牧水产两大产业集群营收: the numeral sums the list, no part of an item)
    out = []
    for it in items[:-1]:
        shared = last[len(it):]
        if len(items) > 2 and tail in L["product_heads"] and len(it) <= 2 and len(last) - len(tail) != len(it):
            it = it + tail  # 粮食、蔬菜、肉蛋奶产量: heads of other lengths share only the measured property
        elif len(it) <= 2 and len(last) > len(it) and not it.endswith(tuple(L["measured_ends"])):
            if shared[:1] in HEAD_FINALS and len(shared) > 2:
                shared = shared[1:]  # 水稻、农作物耕种收…率: the last head is a character longer (农作物), its end is no
                # part of the shared rest (not 水稻物耕种收…)
            it = it + shared  # 中、外资企业数, 城镇、农村居民收入: parallel heads share the rest (not 能耗、二氧化碳排放量)
        elif tail and not any(h in it for h in L["indicator_heads"]) and not it.endswith(tuple(L["measured_ends"])):
            it = it + tail  # 居民医保和公卫经费人均补助标准: the measured property is shared (not 旅游人次、旅游总收入)
        elif tail:  # 产业投资、民间投资占比: the item ends with the head the shared rest starts with
            head = next((h for h in L["indicator_heads"] if tail.startswith(h) and it.endswith(h) and tail != h), "")
            it = it + tail[len(head):] if head else it
        out.append(it)
    out.append(last)
    verbs = words("keep_verbs")
    own = tuple(verbs) + tuple(L["stage_verbs"]) + tuple(L["not_targets"]["item_verbs"])  # 新开工、新投产项目: its own verb
    verb = next((v for v in verbs if out[0].startswith(v)), "")
    if verb:
        out = [o if o.startswith(own) else verb + o for o in out]
    return out



def tidy_noun(s: str) -> str:
    L = lex()
    s = clean(s)
    for k in [i for i, c in enumerate(s) if c == "、"]:  # 22个典型县、培育更多典型县: a new verb ends the item
        if s.startswith(tuple(words("keep_verbs")) + tuple(words("indicator_leads")), k + 1):
            s = s[:k]
            break
    for stop in L["item_stops"][:2]:
        k = s.find(stop)
        while k > 0 and any(s.startswith(w, k - w.index(stop)) for w in L["words_holding_stops"] if stop in w):
            k = s.find(stop, k + 1)  # 学前教育普及普惠县: 及 of 普及 does not end the item
        if k > 0 and quote_depths(s)[k] == 0 and not s.startswith(("以下", "以上"), k + len(stop)):
            s = s[:k]  # (10蒸吨及以下的锅炉: a class, not the end of the item)
    return clean(strip_words(s, words("noun_tails"), at_end=True))


def names_nothing(indicator: str) -> bool:
    """An indicator that is a lone word of grammar or a bare verb (即, 前, 将, 加快), a share with no
    subject (占全国), a bare grade (省级), or what is left of another quantity (822人, /百人): the row it would
    head says nothing."""
    L = lex()
    if (indicator[:1].isdigit() and not re.match(r"\d[GKD](?![A-Za-z])", indicator)) or indicator[:1] in "/／":
        return True  # 822人, /百人: the rest of another quantity or of its unit (not 5G基站, 4K频道: a name)
    return indicator in L["not_indicators"] or indicator in L["share_without_subject"] or indicator in L["grade_words"]


# --- the phrase a target's indicator is ----------------------------------------------------------

def _strip_leads(s: str) -> str:
    """力争新增产值 → 新增产值: framing words off the front, never down to nothing."""
    m = edge_pattern("indicator_leads", False).match(s)
    return s[m.end():] if m and m.end() < len(s) else s


def _own_action(s: str) -> str:
    """加大返乡创业扶持力度、举办专场招聘会(70场) → 举办专场招聘会: an action listed before the counted one, that does
    not open on a verb of counted works itself (新建口袋公园、改造街心游园 is one total; 新建和扩建、改造提升农贸市场 share
    the object), is not part of the thing counted."""
    k = s.rfind("、")
    if k <= 0 or quote_depths(s)[k] > 0 or s.count("(", 0, k) > s.count(")", 0, k):
        return s  # (审定(登记、认定)优良品种: a list inside a note)
    head, last = s[:k], s[k + 1:]
    verb = next((v for v in words("action_verbs") if last.startswith(v)), None)
    if verb is None or len(last) - len(verb) < 2:
        return s  # (生态村、提升村: a noun that begins like a verb)
    counted = tuple(words("keep_verbs") + words("stage_verbs") + lex()["not_targets"]["item_verbs"])
    if _strip_leads(head).startswith(counted) or head.startswith(counted):
        return s  # 新建口袋公园、改造街心游园: parallel works counted together
    own = _strip_leads(last)
    L = lex()
    if own in L["investment_words"] + L["attribute_words"] + L["bare_measures"] + L["bare_rates"] + L["bare_totals"] \
            or own.startswith("总"):
        return s  # 实施甲项目、完成投资: a measure with no subject of its own keeps the works before
    return own


def _growth_items(s: str, q: Quantity, direction: str | None, known=None) -> list[str] | None:
    """接待游客人次、旅游总收入增长12% → each grows 12%: a rate of change of listed measures is each one's (a level of a
    list, 县、乡两级机构覆盖率达到95%, and a count over a list stay one row)."""
    if q.kind != "percent" or direction not in ("up", "down") or "、" not in s:
        return None
    items = split_list(s, ["、"])
    if not 2 <= len(items) <= 4 or any(len(it) < 3 for it in items):
        return None  # (城镇、农村居民收入: a shared head, read where the values are paired)
    if any(w in s for w in lex()["sum_marks"]):
        return None  # 储备支出、建设支出和其他支出(增长…): a list closed by a conjunction or 其他 may be summed
    ends = tuple(lex()["measured_ends"]) + tuple(lex()["indicator_heads"]) + tuple(lex()["bare_measures"])
    if not all(it.endswith(ends) or (known is not None and known(it)) for it in items):
        return None
    return items


def _band_class(s: str, clause: str, q: Quantity) -> str | None:
    """新增营业收入超5亿元企业(12家) → 新增营业收入超5亿元企业, not 企业: a size band with its bound sorts the things
    counted and stays in their name; a later band of the list (、超20亿元企业3家) takes the measure of the one before."""
    L = lex()
    if q.kind != "measure" or len(s) > 6 or not clause:
        return None
    before = clause[:q.start]
    comps = sorted({w for ws in L["comparators"]["before"].values() for w in ws} | set(L["aspiration"]), key=len,
                   reverse=True)
    before = strip_words(before, comps, at_end=True)
    if not before.endswith(s):
        return None
    head_at = len(before) - len(s)
    bands = [b for b in scan_quantities(before) if b.end <= head_at and b.base_unit == "元"]
    if not bands or before[bands[-1].end:head_at] not in L["band_gaps"]:
        return None
    band = bands[-1]

    def lead_of(b: Quantity) -> tuple[str, str]:
        seg = re.split(r"[、，,；;：:]", before[:b.start])[-1]
        bound = next((w for w in words("band_bounds") if seg.endswith(w)), "")
        measure = seg[:len(seg) - len(bound)]
        m = edge_pattern("indicator_leads", False).match(measure)
        return (measure[m.end():] if m else measure), bound  # (年内实施过500万元项目: no measure before the bound)

    measure, bound = lead_of(band)
    if not bound and band.after_comparator != "ge" and band.value_max is None:
        return None
    if not measure:  # 、超20亿元企业: the measure of the band before in the list
        measure = next((m for b in reversed(bands[:-1]) if (m := lead_of(b)[0])), "")
    return clean(measure + bound + before[band.start:])


def noun_phrases(indicator: str, clause: str = "", q: Quantity | None = None, mode: str = "before",
                 direction: str | None = None, known=None) -> list[str]:
    """The noun phrases a target row's indicator names (issue 20), one per row: notes dropped, an action listed
    before the counted one dropped, a size band that sorts the things counted kept, a rate of change of listed
    measures split; [] when nothing is named (punctuation only). `clause` is the folded clause q was read in;
    `known(phrase)` says whether the indicator vocabulary knows a phrase (indicators.family_of: passed in, since the
    vocabulary reads its units from this module)."""
    s = clean(indicator)
    if not any(c.isalnum() for c in s):
        return []  # ((3000万美元)以上…: a bracket left of a note on the value)
    if q is None or mode != "before":
        return [s]
    band = _band_class(s, clause, q)
    if band:
        return [band]
    s = _own_action(s)
    return _growth_items(s, q, direction, known) or [s]


CLASS_NOUN_MAX = 8  # 10亿元以上项目: the noun a size sorts is short


def sorts_what_follows(q: Quantity, post: str, more_follow: bool) -> bool:
    """An amount at or above which the things named right after it are meant, their count following
    (新引进10亿元以上项目52个, 营收1亿元以上企业达到50家, 20—50亿元项目12个): the size sorts a class, it is not a
    value reached."""
    return (q.kind == "amount" and (q.after_comparator == "ge" or q.value_max is not None) and more_follow
            and 0 < len(post) <= CLASS_NOUN_MAX
            and not any(c in post for c in "、，,；;和及与"))


RULES_WINDOW = 16  # how far after a count of 条 the word for rules may come (20条一揽子政策)


def titles_rules(after: str) -> bool:
    """Whether the words after a count of 条 name a set of rules (条支持政策, 条硬措施), up to the clause's end."""
    after = re.split(r"[，,；;。]", after, maxsplit=1)[0][:RULES_WINDOW]
    return any(w in after for w in lex()["not_targets"]["document_nouns"])
