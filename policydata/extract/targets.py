"""Targets: the quantity grammar of Chinese work plans, as pure functions from an Outline to rows.

A target is a number with a unit, in a clause of the plan (not the review of the past year),
that is not a name, an ordinal, a date or a fact. Its indicator is the noun phrase before the
number (地区生产总值同比增长5%) or, for counts, the noun after it (实施25项惠民工程). Lists are
distributed: 分别 and paired values (80家和200家) give one row per item, 各 gives every item
the value, a shared head or tail is expanded (中、外资企业数 → 中资企业数, 外资企业数).

Headline targets are those of a headline zone: a statement (主要预期目标是：, 调控目标定为8%, 主要指标安排
如下) with the list after it, on the same line or the lines below, up to the sentence that turns to
explaining them; a target restated in that explanation is one row. Parts before the statement that
name no period to come review the past, and so do sentences about past years or results (已, 了).

All words come from lexicon/quantities.yml. Matching runs on each paragraph's Passage (full-width
folded, inner whitespace such as 1 9 9 7 年 or a line break left by link markup dropped; lines of a
sentence broken by a scrape joined), and every clause found is mapped back to its exact span in the
published text.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from ..ids import IdMaker
from ..grammar.headings import RAW_ENUMERATOR
from ..grammar.numerals import cn_to_int
from ..grammar.quantities import (AFTER_VERBS, CLASSIFIER_NOTE, CLAUSE_BREAK, CN_NUMERALS, NUMBER, SENTENCE_BREAK, YEAR, YEAR_NUMBER, Quantity,
                                  alternation, clean, edge_pattern, lex, names_nothing, quantity_hint, sorts_what_follows, titles_rules, scan_quantities, split_items,
                                  split_spans, tidy_noun, words)
from ..grammar.quantities import noun_phrases
from ..indicators import family_of
from ..text import OPEN_QUOTES, Passage, Span, fold, passage, split_list, strip_words
from .outline import Outline


# --- reading a quantity in its clause --------------------------------------------------------

@dataclass
class Reading:
    """What the words around a quantity say: comparator, direction, aspiration, indicator."""
    comparator: str
    direction: str | None
    indicator: str
    mode: str  # "before" (noun before count) or "after" (count before noun)
    keep_verb: str = ""
    lead: str = ""  # (mode "after") the words of the clause before the count: 签约 in 签约3所高校
    each: bool = False
    respectively: bool = False
    from_value: bool = False


# 由原定6%调高到8%, 上调至3元: verbs that adjust a set value, read like 提高 / 降低 (the value after 到 is the level)
ADJUST_VERBS = {"up": ("调高", "上调", "调增"), "down": ("调低", "下调", "调减")}


@lru_cache(maxsize=1)
def _before_tail() -> re.Pattern:
    strip_words, comps, dirs, holds = _before_words()
    words = strip_words + [w for w, _ in comps] + [w for w, _ in dirs] + holds
    return re.compile("(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")$")


@lru_cache(maxsize=1)
def _before_words():
    L = lex()
    strip_words = sorted(words("aspiration") + ["在", "为", "定为", "设定为", "确定为", "定在", "按", "安排", "再", "分别", "各",
                                                 "同比", "比上年"] + L["direction"]["level_markers"] + L["value_qualifiers"],
                         key=len, reverse=True)
    comps = sorted(((w, c) for c, ws in L["comparators"]["before"].items() for w in ws), key=lambda x: -len(x[0]))
    dirs = sorted(((w, d) for d in ("up", "down") for w in L["direction"][d] + list(ADJUST_VERBS[d])),
                  key=lambda x: -len(x[0]))
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
        if pre.endswith(tuple(L["approx_word_ends"])):
            break  # 新签约(60个), 节约(10%): 约 ends a word here, it is no comparator
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




# 示范区、标准区分别不少于城市建成区面积的7%和40%: the comparator, then the base the percent is of
SHARE_OF_BASE = re.compile(r"(分别)?(不少于|不低于|不超过|不高于|超过|达到)([^，,、；;的分]{2,12})的$")


# an amount at or above which things are meant, with a note on it (5亿元(3000万美元)以上), right before a noun
THRESHOLD_BEFORE = re.compile(r"(\d+(?:\.\d+)?(?:万亿|千万|百万|亿|万)?元)(?:\([^()]{1,12}\))?(及以上|以上)(?:\([^()]{1,12}\))?$")


def _with_threshold(indicator: str, clause: str, q: Quantity | None) -> str:
    """力争5亿元(3000万美元)以上产业项目新开工150个, 实际利用省外2000万元以上项目资金增长5%: the size that sorts the
    things measured, and the measure before it, belong to the indicator (not 以上产业项目新开工, not 项目资金)."""
    if q is None or not indicator:
        return indicator
    own = indicator
    if own.startswith(("以上", "及以上")):
        own = own.removeprefix("及以上").removeprefix("以上")
    m = None
    for j in range(len(own), 1, -1):  # (…以上工业项目新开工80个、新竣工60个: the head the second item shares)
        k = clause.rfind(own[:j], 0, q.start)
        if k >= 0 and (m := THRESHOLD_BEFORE.search(clause[:k])):
            break
    if m is None or family_of(own):
        return indicator  # (500万元以上固定资产投资增长3%: the statistical scope of a headline indicator)
    seg = re.split(r"[、，,；;：:]", clause[:m.start()])[-1]
    lead = strip_words(PREAMBLE.sub("", seg) + "|", sorted(words("indicator_leads") + words("aspiration"), key=len,
                                                           reverse=True), at_end=False)[:-1]  # (力争: all lead words)
    return clean(lead + m.group(1) + m.group(2) + own)


# 全市253个村(社区), 我市4个国家级、13个省级开发区: all the places of a kind there are, counted as the scope of a
# measure (not 覆盖全市80个村: the coverage is the goal)
WHOLE_SET_BEFORE = re.compile(rf"(?<!覆盖)(?:全市|全省|全县|全区|全州|全国|全镇|全旗|我市|我省|我县|我区)"
                              rf"(?:[\d{CN_NUMERALS}]+[个家所座条][^，,；;。\d]{{0,10}}、)*$")
# 推动物业服务覆盖300个老旧小区: what covers the places counted belongs to the indicator (not 老旧小区)
COVERS_AT_END = re.compile(r"^(?:推动|推进|实现|力争|争取|确保|基本)*([^，,；;。、\d]*?)(?:全面|基本)?覆盖"
                           r"(?:全市|全省|全县|全区|全州)?$")
CAPACITY_NOUNS = ("生产能力", "产能", "年产能", "处理能力", "加工能力")  # (形成甲、乙14万吨)生产能力: of what is made
CAPACITY_VERBS = ["新增", "形成", "达到", "具备", "建成", "实现", "年"]
SET_UNITS = ("个", "家", "所", "座", "条", "件", "处")  # (为全市3万名妇女提供筛查: people served are counted)
HAVING_CLASS = re.compile(r"有[^，,、；;的\d]{1,8}的")  # 有河道的县城: the places that have one


CAPACITY_BASES = ("吨", "千瓦", "瓦", "千伏安", "伏安", "片", "台", "辆", "只", "头", "羽", "标准箱", "立方米")
PROJECT_HEAD = re.compile(r"(?:等(?:[\d一二三四五六七八九十]+[个项套批])?)?(?:项目|装置|生产线|电站|风电场|光伏电站|电厂)"
                          r"(?:\([^()]{1,6}\))?[^、\d]{0,8}$")


def _capacity_of_a_project(clause: str, q: Quantity, pre: str) -> bool:
    """加快甲公司10万吨A、乙公司5万吨B等项目建设, 建成投产丙化工280万吨催化裂化装置: a capacity before the product of a
    project, the list of such projects closing on its head (项目, 装置): the size of one project, not a quantity to reach.
    A verb right before the amount with no list (建成50万千瓦光伏项目) may total several and stays."""
    if q.kind != "amount" or q.base_unit not in CAPACITY_BASES:
        return False
    seg = re.split(r"[，,；;。]", clause[q.end:])[0]
    m = PROJECT_HEAD.search(seg)
    if m is None or m.start() == 0:
        return False
    pieces = seg[:m.start()].split("、")
    verbs = tuple(words("keep_verbs") + words("stage_verbs"))
    if any(c.isdigit() for c in pieces[0]) or pieces[0].startswith(verbs + ("的",)) or \
            any(p.lstrip().startswith(verbs) or not p for p in pieces[1:]):
        return False  # (10万吨、新建3个项目: another item of its own)
    item = re.split(r"[，,；;。、]", clause[:q.start])[-1]
    listed = len(pieces) > 1 or m.group(0).startswith("等") or "、" in re.split(r"[，,；;。]", clause[:q.start])[-1]
    named = bool(item) and not item.endswith(verbs + tuple(words("indicator_leads")) + tuple(words("aspiration")))
    return listed or named or pre.endswith("年产")


def _own_verb(item: str) -> bool:
    """、新入库项目总投资…, 、完成固投…: an item of a list that opens on a verb of its own does not share the verb of
    the first item (新开工亿元项目300个)."""
    own = UNIT_NOTE.sub("", item.lstrip()).lstrip("、 ")
    return own.startswith(tuple(lex()["not_targets"]["focus_verbs"] + lex()["not_targets"]["item_verbs"]))


def _pilots_kept(clause: str, q: Quantity, key: str = "pilot_verbs") -> bool:
    """抓好3个国家级和8个省级改革试点, 用好40个国家级平台、200个省级平台: the list of counts after the verb runs to q
    without a break."""
    before = re.split(r"[，,；;。]", clause[:q.start])[-1]
    return _pilot_verbs_re(key).match(before) is not None


@lru_cache(maxsize=None)
def _pilot_verbs_re(key: str) -> re.Pattern:
    """Any of the verbs of `key` within the first few characters (one regex for the list, made once)."""
    return re.compile(r"^[^\d]{0,4}(?:" + "|".join(lex()["not_targets"][key]) + ")")


def read(clause: str, q: Quantity, prev_end: int, next_start: int) -> Reading | None:
    """Read one quantity in its clause; None when the words say it is not a target."""
    L = lex()
    N = L["not_targets"]
    pre = clause[prev_end:q.start]
    post = clause[q.end:next_start]
    note = CLASSIFIER_NOTE.match(post)
    if note and next_start < len(clause) and post.startswith(("及", "和", "与"), note.end()) and len(post) <= 12:
        post = post[:note.end() + 1]  # 改造道路40条(段)及小巷60条: the words before the next count are its own
    elif note:
        post = post[note.end():]  # 建设12条(段)景观河道: the classifier in brackets is the unit's alternative, no noun
    if next_start < len(clause) and "、" in post:  # 1万亩节水灌溉、哈克镇7000平方米…: the words just before the
        k = post.rfind("、")                          # next quantity are its own (not 补植、管护任务和3000亩…)
        if len(post) - k <= 9 and not post.endswith(("和", "及", "与", "以及", "或")):
            post = post[:k + 1]
    facts = L["not_quantities"]
    if pre.endswith(tuple(facts["facts_before"])) and not pre.endswith(tuple(facts["facts_before_not"])):
        return None
    if _is_done(clause[:q.start]):
        return None  # 已经加入17个公约, 增长了47%: a result, not a target
    if pre.endswith(tuple(N["existing_set_verbs"])) or _pilots_kept(clause, q, "existing_set_verbs") or (
            _pilots_kept(clause, q) and re.sub(
            r"(?:建设|工作|创新|探索)$", "", re.split(r"[，,；;。]", clause[q.end:])[0]).endswith(tuple(N["pilot_heads"]))):
        return None  # 用好43个国家级平台, 继续抓实120个示范片区, 抓好4个改革试点: a set that exists, not a new one
    if _not_a_commitment(clause[:q.start]):
        return None  # 全市现有开发区12个, 即300亿元, 相当于5年前的2倍, 是2015年的2倍
    if base := BASE_BEFORE.search(pre):  # 总产值将比一九五八年的2050亿元(增长40%): the other year's figure a change is
        return Reading("eq", None, tidy_indicator(pre[:base.start()]), "before", from_value=True)  # counted from
    if PER_UNIT_BEFORE.search(pre):
        return None  # 最低收购价每50公斤提高5元: 50公斤 is what the value after it is per, not a quantity to reach
    start = FROM_START.search(PER_UNITS.sub("", pre))  # (从每人每月202元: the start value, per person and month)
    if start:
        pre = PER_UNITS.sub("", pre)
    start = start and FROM_START.search(pre)  # 从75%提高到100%, 博士点由62个增加到96个, 由2020年的…: the starting point
    if start:
        return Reading("eq", None, tidy_indicator(pre[:start.start()]), "before", from_value=True)
    k = max(pre.rfind("从"), pre.rfind("由"))
    if k >= 0 and post.startswith(tuple(L["to_level"])):  # 起征点从月销售额3万元提高到10万元
        return Reading("eq", None, tidy_indicator(pre[:k]), "before", from_value=True)
    if (per := PER_UNITS.search(pre)) and pre[:per.start()].endswith(("到", "至")):
        pre = pre[:per.start()]  # (从每吨2元)提高到每吨3元: the unit the level is per, said again, is no subject
    if pre.endswith(tuple(N["current_before"])):
        return None  # 现行16%的税率: the value today, not a target
    if q.kind == "amount" and pre.endswith(tuple(L["investment_words"])) and post.startswith("的") \
            and len(post.strip("的、，, ")) > 1 and not is_generic(tidy_noun(post.lstrip("的"))) \
            and not post.lstrip("的").startswith(tuple(N["class_not"])):
        return None  # 总投资106亿元的旋力短流程高端装备特厚板、…: the cost of one project named after it
    if pre.endswith(tuple(N["rule_relax_before"])):
        return None  # 处方用药量放宽至3个月: a rule's parameter
    if q.unit in N["institute_units"] and re.search(
            "(?:" + "|".join(map(re.escape, N["institute_groups"])) + r")(?:[\d" + CN_NUMERALS + r"]+[所院]、)*$",
            clause[:q.start]):
        return None  # 中船集团716所、702所: institutes named by number
    if pre.endswith(N["threshold_before"]) and not pre.endswith(tuple(N["threshold_not"])):
        return None  # 经营性收入过10万元的行政村: the threshold of a class
    if _capacity_of_a_project(clause, q, pre):
        return None  # 中韩石化280万吨催化裂化装置等项目, 甲50万吨、乙40万吨新材料项目: the size of one project named
    if _sorts_a_class(clause, q, pre, post, next_start):
        return None  # 推进超10亿元项目60个, 产能120万吨以上煤矿: the size that sorts the things counted
    if pre.endswith(tuple(N["rule_rate_before"])) and post.startswith("的") and \
            any(w in post[:12] for w in N["rule_rate_after"]):
        return None  # 给予10%的研发投入后补助: a rate set by a rule
    if q.kind == "percent" and (post.startswith(("政策", "的政策")) or pre.endswith(("按", "按照")) and re.match(
            r"的?比例(?:给予|予以|进行|分担|承担)", post) or re.search(r"按照?[^，,；;。\d]{0,8}的$", pre) and re.match(
            r"(?:给予|予以|再给予)", post)):  # (按照LPR的35%给予贴息: the rate of an aid rule)
        return None  # 延续执行加计扣除75%政策, 财政按照70%比例给予风险分担: a policy's rate, a rule's parameter
    if _grants_by_rule(clause, q):
        return None  # 按最高5%、单个企业不超过500万元给予补助: the parameters of an aid rule
    if q.base_unit == "元" and pre.endswith(tuple(N["cap_before"])):
        return None  # 给予最高2000万元贴息, 最高奖励50万元: the cap an aid rule pays one applicant
    by = BY_RATE_BEFORE.search(pre)
    if by and q.kind == "percent" and (after := re.match(r"的(?:幅度|比例)([^，,；;。]{2,16})$", post)):
        comparator = {"不低于": "ge", "不少于": "ge", "不超过": "le", "不高于": "le"}.get(by.group(1), "eq")
        return Reading(comparator, None, after.group(1), "before")  # 按不低于5%的幅度压减一般性支出: what is cut
    comparator, direction, level, rest = _comparator_before(pre)
    if q.kind == "percent" and comparator is None and (share := SHARE_OF_BASE.search(rest)):
        comparator = {"不少于": "ge", "不低于": "ge", "超过": "gt", "不超过": "le", "不高于": "le"}.get(share.group(2), "eq")
        rest = rest[:share.start()] + (share.group(1) or "") if share.group(1) or rest[:share.start()].endswith(
            ("率", "比重", "比例")) else rest[:share.start()] + "占" + share.group(3) + "比重"  # 县域经济总量达到全市经济总量的45%
    if comparator is None and (floor := _floor_before_verb().search(rest)):
        comparator, rest = "ge", rest[:floor.start()] + rest[floor.end():]  # 每个县至少建成2所: at least
    if m := re.search(r"均(?:实现|保持)$", rest):
        rest = rest[:m.start() + 1]  # 主营收入、利润总额、上缴税费均实现(10%以上增长): each of them
    each = pre.endswith("各") or (rest.endswith("均") and not rest.endswith(("年均", "人均"))) or (
        "、" in rest and re.search(r"都(?:将|要|能|会)?$", rest) is not None)  # 甲、乙…增长的速度都将达到: each of them  # 城镇、农村居民收入均增长8%
    if q.after_comparator:
        comparator = q.after_comparator if comparator in (None, "eq") or q.after_comparator == "approx" else comparator
    if q.value_max is not None:
        comparator = "range"
    comparator = comparator or "eq"
    respectively = "分别" in clause[:q.start]
    noun = post.lstrip("的").strip()
    noun = re.split("(?:" + "|".join(N["vague_item_openers"]) + ")", noun)[0]  # 7个城市更新项目和一批城中村改造项目:
    # a vague count after a conjunction opens another item, not part of the noun counted
    if re.fullmatch(r"\([^()]*\)[、，,和及与]?", noun):
        noun = ""  # 18万套(间), 1715户(套)、…: a note on the unit, not the thing counted
    if noun.startswith(tuple(N["level_nouns"])):
        noun = ""  # 稳定在149万吨水平: the level of the subject before, not a thing counted
    opener, frame = N["designation"]
    if opener in clause[:q.start] and frame in post and opener not in post:
        return None  # 把十条重点产业链作为…路径: a set named as the means, not a quantity to reach
    if noun.startswith(tuple(L["not_quantities"]["structural_nouns"])):
        return None
    if any(w in noun for w in L["not_quantities"]["frame_words"]):
        return None  # 以…等6项内容为重点
    if _describes_people(clause[:q.start], q, post, noun):
        return None
    share_over = q.kind == "percent" and next_start < len(clause) and bool(THRESHOLD_AT_END.search(noun))
    if post.startswith("的") and (q.after_comparator in ("ge", "le") or comparator in ("gt", "ge") and noun) \
            and not noun.startswith(tuple(N["class_not"])) and not share_over:
        return None  # 其中500万元以上的2350个, 生产总值超200亿元的县: a class of the things counted after it
    count_first = bool(noun) and q.kind not in ("percent",) and not noun.startswith(AFTER_VERBS) and not each
    if count_first and next_start < len(clause) and (_measured_after(noun) or any(
            noun.endswith(w) and len(noun) - len(w) >= 2 and "的" not in noun for w in L["investment_words"])):
        return None  # “甲乙丙”8个产业集群全产业链产值突破6100亿元: the count labels the subject of the value after it
    if count_first and next_start < len(clause) and clause[q.end:next_start].lstrip("的").strip() == noun and any(
            noun.endswith(w) and len(noun) - len(w) >= 2 for w in L["measured_after_count"]):
        return None  # 14家省级服务业创新发展区完成营收3000亿元: the count labels whose revenue
    spend = next((v for v in N["spending_verbs"] if rest.endswith(v)), "")
    if count_first and spend and q.base_unit == "元" and next_start == len(clause) \
            and noun.startswith(tuple(N["purpose_verbs"])):
        return Reading(comparator, direction, spend + noun, "before")  # 投资5亿元共同打造…研究院: the investment in it
    if count_first and re.search(re.escape(N["scope_before"]) + r"(?:[^，,；;。对]{1,30}等)?$", pre) and re.search(
            "^[^，,；;。]*?的(?:" + "|".join(map(re.escape, N["scope_action_nouns"])) + ")", noun):
        return None  # 加大对(甲、乙等)8个示范县的扶持力度: the scope of the support, not a quantity to reach
    if count_first and q.unit in SET_UNITS and pre.endswith(N["place_before"]) and re.match(
            r"[^，,；;。的]{1,8}?(?:" + "|".join(map(re.escape, N["trial_verbs"])) + r")[^，,；;。]{0,12}?试点", noun):
        return None  # 在5个县开展试点: the places a pilot runs in size the set acted on, no quantity to reach
    if count_first and re.split(r"[，,；;。]", noun)[0].endswith(tuple(N["experience_nouns"])):
        return None  # 总结推广甲、乙3个城市的试点经验: the count names whose experience is spread
    if count_first and q.unit in SET_UNITS and WHOLE_SET_BEFORE.search(clause[:q.start]) and \
            not noun.startswith(("新", "的")):
        return None  # 推动全市12个开发区加快发展, 我市4个国家级…开发区: the places there are, the scope of a measure
    if count_first and HAVING_CLASS.match(noun) and (not rest or rest.endswith("等")):
        return None  # 甲、乙等17个有河道的县城: the places that have something, a set that exists
    if count_first:
        head = tidy_noun(noun)
        if q.kind == "time" or q.vague:
            return None  # 24小时无人审批机, 十年规划, 3亿多居民: attributes and descriptions
        if q.unit in N["kind_units"] and not post.startswith(("及以上", "以上")):
            return None  # 突出抓好9类重点行业: the kinds a measure covers (not 水质四类及以上: a grade to reach)
        if q.after_comparator == "le" or (q.after_comparator == "ge" and q.kind not in ("measure", "bare")):
            return None  # 8座以下小汽车, 10亿元以上企业: a class of things (but 5家以上企业 counts them)
        if "了" in noun.replace("为了", "").replace("除了", ""):
            return None  # 在58个城市进行了试点: a result
        if noun.startswith(tuple(N["ongoing_attributes"])) and rest.endswith(tuple(N["advance_verbs"])) or \
                re.sub(r"[、，,；;和及与]+$", "", noun).endswith(tuple(N["advance_tails"])):
            return None  # 加快推进85个在建项目, 推动60个重点项目加快建设: the works already under way, a set that exists
        if _states_a_status(noun):
            return None  # 9个项目已经建成投产, 30个试点均已完成: where things stand, not a commitment
        if _sums_a_list(rest, q.value) and not rest.endswith("等") and "、" in rest and (head.endswith(tuple(N["set_nouns"])) or re.match(
                r"(?:重点|主要|关键|重大|核心)?(?:" + "|".join(N["set_nouns"]) + r")(?:$|[，,；;。]|上|中|取得|实现|" +
                "|".join(map(re.escape, words("keep_verbs"))) + ")", noun)):
            return None  # 聚焦甲、乙、丙三个重点方向: the count only sums the fields listed
        if _numbers_listed_programmes(rest, q, noun, head):
            return None  # 做强甲、乙、丙3条产业链, 在甲、乙…等六项行动上发力: the count only numbers the sectors or programmes named
        if q.chinese and q.value < L["chinese_count_min"] and (
                not _sums_a_list(rest, q.value) or ("的" in noun and not rest.endswith("等"))):
            return None  # 四张名片, 三项制度, 生产、交换、分配、消费四个环节的关系: a small numeral labels
        if q.chinese and q.value < L["chinese_count_min"] and head.endswith(tuple(N["label_nouns"])):
            return None  # 三项工程, 五个重点: a numeral that labels a list of programmes
        if head.endswith(tuple(N["rules_nouns"])) and any(v in clause[:q.start] for v in N["applying_verbs"]):
            return None  # 落实…十项举措, 贯彻…十条方针: the title of a set of rules applied
        if q.kind == "amount" and noun.startswith(tuple(OPEN_QUOTES)):
            return None  # 100公里“黄金内湾”: the size of a named place
        if pre.endswith(tuple(N["capacity_before"])):
            return None  # 日处理3万吨水厂: the capacity of one facility
        if q.kind == "amount" and pre.endswith("、") and (seg := re.split(r"[，,；;。]", clause[:q.start])[-1]) and \
                any(re.search(re.escape(w) + r"[\d.]+", seg) for w in N["capacity_before"]):
            return None  # 年产30万吨大米、2万吨米粉等项目: the capacity of the next project named in the list
        item = re.split(r"[，,；;。、]", clause[:q.start])[-1]
        if q.kind == "amount" and "、" in re.split(r"[，,；;。]", clause[:q.start])[-1] and (
                len(item) >= 2 or q.base_unit in N["capacity_units"]) and re.match(
                r"[^，,；;。\d、]{1,10}等(?:[\d" + CN_NUMERALS + r"]+[个项批])?[^，,；;。\d、]{0,6}项目", noun):
            return None  # 甲公司年产20万吨A装置、乙公司3万吨B等项目: a capacity in the name of a project listed
        if q.kind == "amount" and _single_facility(head):
            return None  # 300万吨选煤厂, 投资5亿元的体育中心: the size or cost of one facility
        if q.base_unit in N["capacity_counters"] and re.sub(r"等.*$", "", head).endswith(tuple(N["facility_heads"])):
            return None  # 4万头奶牛养殖园区: the herd of one facility, not facilities counted
        if q.base_unit in N["capacity_counters"] + N["capacity_units"] and re.match(r"[^，,；;。、\d]{0,12}?项目", head):
            return None  # 甲公司60万头生猪产业链项目落地开工: the size of one project named, not projects counted
        if q.after_comparator == "ge" and q.base_unit in N["people_units"] and \
                re.split(r"[等通]", head)[0].endswith(tuple(N["place_heads"])):
            return None  # 30户以上自然村: the size that sorts the places, not places counted
        if q.kind in ("amount", "time") and head.endswith(tuple(N["radius_heads"])):
            return None  # 3公里汽车充电服务圈: the radius of a service circle
        if (head.startswith(tuple(N["document_nouns"])) and (q.unit.endswith("条") or pre.endswith(("”", "的")))) or (
                q.unit.endswith("条") and titles_rules(post)):
            return None  # 25条措施, “十个常态化”30项措施: the title of a set of rules
        if (post.startswith("的") or rest.lstrip("、，, ").startswith(tuple(OPEN_QUOTES))) and is_generic(head) \
                and not _says_nothing(rest):
            return Reading(comparator, direction, rest, "before")  # 完成裁减军队员额五十万的任务: the task frames it
        if head.endswith(tuple(L["investment_words"])) and not _says_nothing(rest):
            return Reading(comparator, direction, rest + head, "before")  # 66个重点项目54亿元的投资计划
        cover = COVERS_AT_END.search(re.split(r"[，,；;。]", rest)[-1])
        if cover and len(cover.group(1)) >= 2 and not cover.group(1).startswith(tuple(
                words("keep_verbs") + words("stage_verbs")) + ("建设",)):  # (建成覆盖38个村的公墓: the facility is counted)
            return Reading(comparator, direction, cover.group(1) + "覆盖" + head, "before")  # 物业服务覆盖300个老旧小区
        made = strip_words(re.split(r"[，,；;。]", rest)[-1], CAPACITY_VERBS, at_end=False)
        if head in CAPACITY_NOUNS and made not in CAPACITY_VERBS and len(made) >= 2 and not made.endswith("等"):
            return Reading(comparator, direction, made + head, "before")  # 形成甲、乙14万吨生产能力: what is made
        keep = next((v for v in words("keep_verbs") if rest.endswith(v)), "")
        return Reading(comparator, direction, noun, "after", keep_verb=keep, lead=rest)
    if q.vague:
        return None
    if q.kind == "time" and "每" in pre[-6:] and comparator == "eq" and direction is None:
        return None  # 每连续参保1年: a rule's parameter, not a quantity to reach
    if rest.endswith(tuple(N["population_subjects"])) and comparator in ("eq", "approx") and direction is None \
            and not level and q.kind in ("bare", "amount"):
        return None  # 实时人口1.5亿左右: the size of a population (但 常住人口达到300万人 is a target)
    if q.kind == "percent" and N["share_word"] in pre and comparator == "eq" and direction is None and not level \
            and not CLASS_SHARE.search(clause[:q.start]):
        return None  # 占全国耕地的24%: a share stated as a fact (not 收入超过50万元的村占70%: the share of a class)
    if q.kind == "percent" and _says_nothing(rest) and noun and not noun.startswith(AFTER_VERBS):
        rest = noun  # 在60%政府举办的基层医疗卫生机构实施…: the share of what follows
        if share_over and noun == post.lstrip("的").strip():
            rest = noun + re.split(r"[，,；;。、]", clause[next_start:])[0]  # 推动70%村集体收入超过50万元: the share
            # of the things over the threshold, the threshold stays in the indicator (达到30年一遇…标准: all of it)
    if THRESHOLD_AT_END.search(pre) and not re.search(r"[，,、；;和及与]", pre) and (
            share := SHARE_BEFORE.search(clause[:prev_end])) and _says_nothing(share.group(1)):
        return None  # (70%村集体收入超过)50万元: the threshold of the share before, no target of its own
    if q.kind == "percent" and rest.endswith(N["share_word"]) and CLASS_SHARE.search(clause[:q.start]):
        rest += "比"  # 收入超过50万元的村占(70%): the share of the class, 村占比
    return Reading(comparator, direction, rest, "before", each=each, respectively=respectively)


@lru_cache(maxsize=1)
def _floor_before_verb() -> re.Pattern:
    """至少 before the verb of a value (至少建成2所, 最少培育3家): a floor; a short verb, no number, between them."""
    words = "|".join(map(re.escape, lex()["comparators"]["before_verb"]["ge"]))
    return re.compile(rf"(?:{words})(?=[^\d、，,；;的]{{1,4}}$)")


def _measured_after(noun: str) -> bool:
    """Whether the words after a count name a measured property and its verb of reaching (产业集群全产业链产值突破,
    企业营收达到): the count is then part of the subject of the next value, not a value itself."""
    L = lex()
    verbs = [w for ws in L["comparators"]["before"].values() for w in ws if len(w) > 1] + L["to_level"] + L["direction"]["up"]
    k = min((noun.find(v) for v in verbs if noun.find(v) > 0), default=-1)
    heads = tuple(L["measured_ends"]) + tuple(L["indicator_heads"]) + tuple(L["not_targets"]["measured_words"])
    return k > 0 and noun[:k].endswith(heads) and "、" not in noun[:k]


@lru_cache(maxsize=1)
def _ratio_to_other_time() -> re.Pattern:
    bases = "|".join(re.escape(w) for w in lex()["not_targets"]["ratio_bases"])
    return re.compile(rf"(?:是|为)(?:{YEAR_NUMBER}年|{bases})的?$")


def _not_a_commitment(before: str) -> bool:
    """What the clause before a quantity says makes it a fact or a comparison: a set counted as it stands
    (现有…) or named as the fields a measure works in (围绕…12条产业链), a restatement in other terms (即…), a ratio to another time (相当于…, 是2015年的…)."""
    N = lex()["not_targets"]
    s = before
    for w in N["existing_set_not"]:
        s = s.replace(w, "")
    if any(w in s for w in N["existing_set"]):
        return True
    if before.startswith(tuple(N["focus_openers"])) and not any(w in before for w in N["focus_verbs"]):
        return True  # 围绕12条重点产业链: the fields a measure works in
    if before.lstrip("(").startswith(tuple(N["restatement_openers"])):
        return True
    if before.rstrip().endswith(tuple(N["spent_totals"])):
        return True  # 共用投资…亿元: the sum a past total took
    k = max(before.rfind(w) for w in N["ratio_words"])
    if k >= 0 and not any(w in before[k:] for w in N["ratio_of_indicator"]):
        return True  # (研发经费支出相当于生产总值的比例达到4.5%: the ratio is the indicator)
    return bool(_ratio_to_other_time().search(before))


def conditional(sentence: str, clause: str) -> bool:
    """则可以新建…, 只要…就能增加…: the clause is the consequence of a condition."""
    N = lex()["not_targets"]
    if clause.startswith(tuple(N["estimate_openers"])):
        return True  # …提高1%，可以少用标准煤500万吨: what a measure would bring, an estimate
    first = re.search(r"[\d" + CN_NUMERALS + "]", clause)
    opener = re.search("|".join(map(re.escape, N["conditional_openers"] + ["要是", "假定", "假设"])), clause)
    if opener and first and opener.start() < first.start():
        return True  # 如果再把一千万亩粮田改种薯类, 成本只要降低1%(，就可以…): the condition itself, a hypothesis
    k = sentence.find(clause)
    if k > 0 and "将" in clause and any(w in sentence[:k] and not sentence[:k].split(w)[-1].startswith(("没有", "不", "无"))
                                       for w in N["conditional_openers"]):
        return True  # 计划如果完成，农业总产值将增长20% (not 如果没有特大灾荒，…将要达到: a proviso on a plan)
    if not clause.startswith(tuple(N["conditional_consequents"])) and not any(
            w in clause for w in N["conditional_consequents"][1:]):
        return False
    return clause.startswith("则") or any(w in sentence for w in N["conditional_openers"])


def _sorts_a_class(clause: str, q: Quantity, pre: str, post: str, next_start: int) -> bool:
    """A size before the things it sorts: 超10亿元项目60个 (an amount, a noun, then their count) or
    产能120万吨以上…煤矿 (a capacity at or above which things are meant)."""
    N = lex()["not_targets"]
    if sorts_what_follows(q, post, next_start < len(clause)):
        return True  # 营收1亿元以上企业50家
    if q.kind == "amount" and next_start < len(clause) and post and not post.startswith(("的", "、")):
        m = re.search(r"等[\d" + CN_NUMERALS + r"]+[个项批]", clause[q.end:])
        if m and not scan_quantities(clause[q.end:q.end + m.start()].split("、")[0]):
            return True  # 宝镁30万吨镁合金、天赐15.2万吨锂电新材料等20个项目: a capacity of one project of those counted
    if q.kind == "amount" and next_start < len(clause) and 0 < len(post) <= 8 and re.fullmatch(
            r"[^、，,和及与的]+?(?:" + "|".join(map(re.escape, N["class_count_verbs"])) + ")", post):
        nxt = scan_quantities(clause[next_start:])
        if nxt and nxt[0].kind == "measure":
            return True  # 10亿元企业达25家: the size names the class counted
    if q.kind in ("amount", "bare") and q.unit.startswith(("亿", "千亿", "百亿", "万亿")) and next_start < len(clause) and \
            re.fullmatch(r"[^、，,；;和及与的\d]{2,6}", post) and not pre.endswith(tuple(lex()["investment_words"])):
        nxt = scan_quantities(clause[next_start:])
        if nxt and nxt[0].kind == "measure" and nxt[0].start == 0:
            return True  # 新增100亿产业链2个: the size names the class counted
    if q.kind == "amount" and next_start < len(clause) and any(w in post for w in N["class_share_words"]) \
            and not any(c in post for c in "、，,；;和及与"):
        nxt = scan_quantities(clause[next_start:])
        return bool(nxt) and nxt[0].kind == "percent"  # 超30万元村集体占比达20%: the size names the class measured
    if q.kind != "amount" or not pre.endswith(tuple(N["class_size_before"])):
        return False
    if pre.endswith("产能"):
        return q.after_comparator in ("ge", "le")
    return next_start < len(clause) and bool(post) and not any(c in post for c in "、，,和及与")


def _says_nothing(s: str) -> bool:
    """Only lead words (完成, 全年计划): no indicator of its own."""
    s = clean(s)
    m = edge_pattern("indicator_leads", False).match(s)
    s = s[m.end():] if m else s
    m = edge_pattern("indicator_tails", True).search(s)
    return not clean(s[:m.start()] if m else s)


def _single_facility(head: str) -> bool:
    """300万吨选煤厂, 5.7万平方米主力店正式运营: a facility is the head of the noun (not 退耕还林工程的补植任务,
    where it only qualifies it, nor 节水灌溉等工程, a list of works)."""
    if re.search(r"[一二三四五六七八九十\d]期", head):
        return True  # 10万吨大麦芽二期: a phase of one named project
    for h in lex()["not_targets"]["facility_heads"]:
        k = head.find(h)
        if k > 0 and head[k - 1] != "等" and "的" not in head[k:]:
            return True
    return False


def _is_done(pre: str) -> bool:
    """已 before a number, or a perfective 了 right before it, states a result (已经建成, 增长了)."""
    N = lex()["not_targets"]
    k = pre.find(N["done_marker"])
    if k >= 0 and not any(pre.find(w) <= k < pre.find(w) + len(w) for w in N["done_exceptions"] if w in pre):
        return True
    return pre.endswith("了") and not pre.endswith(tuple(N["done_exceptions"]))


def _states_a_status(noun: str) -> bool:
    """The words after a count say what the things counted already are (9个项目已经建成, 30个试点均已完成),
    or the count sits inside an exception (除了…以外): not 45个已签约项目, where 已签约 sorts the things."""
    N = lex()["not_targets"]
    if re.sub(r"[，,；;。].*$", "", noun).endswith(tuple(N["exception_tails"])):
        return True
    k = noun.find(N["done_marker"])
    return k > 0 and not any(w in noun for w in N["done_exceptions"])


def _describes_people(before: str, q: Quantity, post: str, noun: str) -> bool:
    """A count of people that describes the population (全市900万人民, 保障14亿人的粮食安全, 提高…2600人的
    生活水平) rather than the people a measure reaches (解决200万人的饮水问题)."""
    N = lex()["not_targets"]
    people = q.base_unit == "人" or (q.kind == "bare" and noun.startswith(tuple(N["population_nouns"])))
    if not people:
        return False
    if (q.unit[-1:] + post).startswith(tuple(N["population_nouns"])) or noun.startswith(tuple(N["population_nouns"])):
        return before.endswith(tuple(N["population_before"])) or not any(v in before for v in lex()["people_verbs"])
    if before.endswith(tuple(N["population_before"])):
        return True
    return post.startswith("的") and bool(noun) and not any(v in before for v in lex()["people_verbs"])


def _grants_by_rule(clause: str, q: Quantity) -> bool:
    """对符合条件的企业按最高5%、单个企业不超过500万元给予补助: the clause ends on an aid (补助, 奖励) granted
    by a rule, and a word before the value says how it is reckoned or capped: a policy parameter."""
    N = lex()["not_targets"]
    tail = clause[q.end:].rstrip("。；;，,、 ")
    later = scan_quantities(tail)
    words = tail[later[-1].end:] if later else tail  # the words after the clause's last value
    aid = next((w for w in N["rule_rate_after"] if words.endswith(w)), None)
    if not aid:
        return False
    words = words[:-len(aid)]
    if len(words) > 6 and not words.endswith(tuple(N["rule_grant_tail"])):
        return False  # the aid is far from the values: another phrase
    head = re.split(r"[，,；;。]", clause[:q.start])[-1]
    return any(w in head for w in N["rule_grant_marks"])


# the kinds of thing a report names by a list and then numbers: sectors and programmes that exist as the list
# names them (做强甲、乙、丙3条产业链), not things to be built or counted (建成甲、乙2所学校)
PROGRAMME_HEADS = ("产业链", "产业集群", "集群", "产业", "行业", "经济", "行动", "行动计划", "工程", "改革", "专项", "攻坚",
                   "战役", "三年行动")
PROGRAMME_HEAD = re.compile(r"^[^，,；;、的\d]{0,6}?(?:" + "|".join(PROGRAMME_HEADS) + r")(?:上|中|里|方面|等|的)")
ABSTRACT_HEADS = ("着力点", "关键", "层级", "指标")  # (甲、乙、丙、丁四个着力点: with a small Chinese numeral, what a list is)
NEW_DESIGNATION = ("新", "创", "争创", "申报", "获批", "认定")  # 新培育甲、乙2个省级集群: a designation still to gain


def _numbers_listed_programmes(rest: str, q: Quantity, noun: str, head: str) -> bool:
    """A count right after a list of exactly that many named items (no number in them) whose noun is a sector or a
    programme: 做强甲、乙、丙3条产业链, 在甲、乙、丙等三项行动上持续发力 (等 closes the list when the count is a small
    Chinese numeral). The count only numbers the list; what the sentence commits to is the work on each item."""
    tail = re.split(r"[，,；;：:。]", rest)[-1]
    if "、" not in tail or re.search(r"\d", tail):
        return False
    closed = tail.endswith("等")
    if closed and not q.chinese:
        return False
    items = [it for it in split_list(tail.removesuffix("等"), ["、"]) if it.strip()]
    if len(items) != q.value or len(items) < 2:
        return False
    lead = tail.lstrip("在对把将")
    if lead.startswith(NEW_DESIGNATION) or any(lead.startswith(v + w) for v in ("培育", "打造", "力争") for w in NEW_DESIGNATION):
        return False
    h = re.sub(r"[“”\"]", "", head)
    if PROGRAMME_HEAD.match(re.sub(r"[“”\"]", "", noun)):
        return True  # 甲、乙等三个优势产业的改造升级, 甲、乙等六项行动上
    if "的" in h:
        return False  # 甲、乙两个小区的二期工程: the works of the places listed, counted by place
    heads = PROGRAMME_HEADS + (tuple(w for w in lex()["not_targets"]["label_nouns"] + lex()["not_targets"]["set_nouns"]
                                     if w not in ("建设", "工作", "问题")) + ABSTRACT_HEADS if q.chinese else ())
    return h.endswith(heads)


def _sums_a_list(pre: str, value: float) -> bool:
    """第一中学、实验小学、城关小学三所学校: the numeral follows the list of exactly that many items."""
    tail = re.split(r"[，,；;：:]", pre)[-1]
    return tail.endswith("等") or len(split_list(tail, ["、"])) == value  # 金星村等四个村: 等 says more were listed


# --- indicators -----------------------------------------------------------------------------


def _strip_edge(s: str, key: str, at_end: bool) -> str:
    """Strip words of lexicon[key] from one edge, never down to nothing (今年负债率 → 负债率)."""
    m = edge_pattern(key, at_end).search(s)
    if not m:
        return s
    end, start = m.end(), m.start()
    if not at_end:  # 年度投资: a lead word that begins a kept word stays
        end = min([k for k in (s.find(w) for w in lex()["lead_keep"]) if 0 <= k < end < k + 2] + [end])
    else:  # 人均: a tail word that ends a kept word stays
        start = max([k + 2 for k in (s.rfind(w) for w in lex()["lead_keep"]) if 0 <= k < start < k + 2] + [start])
    rest = s[:start] if at_end else s[end:]
    return rest if rest else strip_words(s, words(key), at_end)


@lru_cache(maxsize=1)
def _period_lead() -> re.Pattern:
    return re.compile("(?:" + "|".join(lex()["period_leads"]) + ")")


def _time_words() -> re.Pattern:
    return alternation(lex()["time_words"])


COMPARED_TO = re.compile(rf"(?:比|较|与)(?:上年|去年|上一年|前一年|前五年|{YEAR_NUMBER}年)")


PER_UNIT_BEFORE = re.compile(r"每$")
ABOVE_AVERAGE = re.compile(r"(?:高于|快于|高出|超过|超出)(?:全国|全省|全市|全区|省|市|省平|全省平均|平均)")  # a gap to an average
CUMULATIVE = "累计"  # a running total after a year's increment (新增50家、累计达600家)
# an earlier plan's period as a base (比第二个五年计划期间, 比“八五”时期)
PLAN_PERIOD = rf"(?:第[{CN_NUMERALS}]+个五年计划|“?[{CN_NUMERALS}]{{1,2}}五”?)(?:计划)?(?:期间|时期)"
BASE_BEFORE = re.compile(rf"[比较](?:{YEAR_NUMBER}年(?:底|末)?|{PLAN_PERIOD})的$")
SCOPE_CHARS = "国省市县区镇乡村"  # the level a 国控/省控/市控 measure is kept at
BY_RATE_BEFORE = re.compile(r"按(不低于|不少于|不超过|不高于)?$")  # 按不低于5%的幅度(压减…)
CLASS_SHARE = re.compile(r"(?:超过|超|过|高于|达到|达)[\d.]+[^\d，,、；;。]{0,3}(?:以上)?的[^，,、；;。\d的]{1,8}占$")  # 收入超过
# 50万元的村占(70%): the share of a class
CLASS_BOUND = re.compile(r"(?:超过|超|过|高于|低于|不足|达)$")  # 收入超20万元的(村): the bound of a class
PER_UNITS = re.compile(r"(?:平均)?(?:每(?:人|户|月|年|天|日|亩|吨|斤|公斤))+$")  # 从每人每月(202元)
FROM_START = re.compile(rf"[从由](?:{YEAR_NUMBER}年(?:底|末)?的?|原定的?|原来的|原计划的?|现行的?|目前的)?"
                        r"(?:平均)?(?:每年|年均)?$")  # 由2020年的, 由原定(平均每年) before a start value
ENDS_ON_A_VALUE = re.compile(r"\d[^\d、]{0,3}$")  # an item that closes with its value and unit (扩大到2.5亿袋)


PLAN_SAYS = re.compile(rf"^[^，,；;、的]{{0,6}}?(?:第[{CN_NUMERALS}]+个)?五年计划(?:中)?(?:规定|要求|预定)|^(?:计划|国家计划)(?:规定|预定)")
DURATION_TAIL = re.compile(rf"(?:要|将|应)?(?:在[{CN_NUMERALS}两几]+年(?:内|间|中)|在{YEAR_NUMBER}年的?基数上)$")
MODAL_COMPARISON = re.compile(r"(?:应该|应当|应|必须|要|将|可以|可)(?:比|较)")  # 应该比原计划(节约10%): a modal before the base
ONLY_A_YEAR = re.compile(rf"(?:到|至|在|于)?{YEAR_NUMBER}年(?:底前|底|末|前|时|内)?(?:将|要|可|可以|应|应该)?")
FROM_YEAR = re.compile(rf"将?[由从]{YEAR_NUMBER}年")
EACH_SCOPE = re.compile(r"每个[\u4e00-\u9fa5（）()、]{0,7}?[县区市镇村)）]"  # 每个县(市、区), 每个乡镇: a place
                        r"(?=\s*(?:都要|都|均|要|至少|打造|建成|建设|新建|培育|创建|建|引进|集中|重点|聚焦))")
REACH_AT_END = re.compile(r"(?:分别|力争|全年)?(?:完成|实现)$")
YEAR_AT_END = re.compile(YEAR_NUMBER + "年(?:底|末)?$")
INNER_MODAL = re.compile(r"(?<=[^\d，,、])(?:(?:将|拟|要)(?:为此|对此)?|为此|对此)(?=安排|增设|投入|新增|新建|拨付|招收)")  # 将为此投入
FRAME_AT_END = re.compile(r"(?<![级家准的定])要求$")
YEAR_AT_START = re.compile(rf"(?:到|至)?[一二][九〇零][{CN_NUMERALS}〇○]{{2}}年(?:底|末|内|度)?(?:的)?")  # (a year in digits
# opening an indicator is left to the checks on the quantity's year)
UNIT_NOTE = re.compile(r"^(?:\([^()]{1,3}\)[、，,和及与]?|\(\d{1,2}\)|\d{1,2}[.、](?!\d))")  # (间)、 (段)及 (2) 3.


NOT_ASPIRATION = re.compile(r"全力争[创取]")  # 全力争创示范城市: 全力 + 争创, no 力争
ASPIRATION_LEAD = re.compile(rf"^(?:在|于|到|至|用|花)?(?:{YEAR_NUMBER}年(?:底|末|前)?|[{CN_NUMERALS}\d]+年(?:时间|左右)?|今年|全年|年内|年底前?|明年)?(?:时间|内|前)?$")


def _directions() -> tuple[str, ...]:
    """力争生产总值、投资大幅增长，…: a clause led by the marker that states a goal without a number keeps the marker
    on (not 进出口力争保持正增长，…: a marker after its subject is that subject's)."""
    return tuple(lex()["direction"]["up"] + lex()["direction"]["down"])


def _aspiration_marks(stext: str) -> list[int]:
    """Where 力争/争取… mark a sentence's targets as aspirational, as offsets in stext.

    A marker holds from its clause on when that clause states a target or only leads in (力争到2025年，…);
    a marker whose clause has an object of its own and no number (全力争取国家试点，改造管网30公里) marks nothing after it."""
    out = []
    for w in lex()["aspiration"]:
        for m in re.finditer(w, stext):
            k = m.start()
            if w == "力争" and NOT_ASPIRATION.match(stext, max(k - 1, 0)) and k >= 1:
                continue
            end = min([j for j in (stext.find(c, m.end()) for c in CLAUSE_BREAK) if j >= 0] or [len(stext)])
            rest = clean(stext[m.end():end])
            if not quantity_hint().search(rest) and rest and not ASPIRATION_LEAD.match(rest) \
                    and not _period_lead().fullmatch(rest) and not (rest.endswith(_directions()) and (k == 0 or stext[k - 1] in CLAUSE_BREAK)):
                continue
            out.append(k)
    return out


# 国家决定首先集中力量抓好(…), 确保(完成…), 按定额标准(压减10%): a decision, an insistence or the standard a cut
# follows opens or frames the clause; none of them is part of what is measured
PREAMBLE = re.compile(r"^(?:(?:国家|中央|国务院|省委|省政府|市委|市政府|我们|政府)?决定|首先|集中力量|确保|务必|"
                      r"按(?:照)?[^，,、；;。\d]{1,8}?标准|(?:国家|省|市|区|县|上级)下达的)+")
SET_BY_LEAD = re.compile(r"^(?:国家|省|市|区|县|上级)下达的")
# (改造)约1亿人居住的棚户区: the people who live in the place are a relative clause, no part of what is done
LIVED_IN_LEAD = re.compile(r"(?:居民|群众|职工|人口|农户)?(?:居住|生活)的(?=[^，,、；;。\d的]{2})")
STANDARD_AT_END = re.compile(r"(?<=.{2})(?:按(?:照)?[^，,、；;。\d按]{1,8}?标准)$")  # 公用经费按定额标准(压减10%)
FOCUS_ONLY = ("抓好", "抓实", "抓住", "办好", "做好", "管好", "用好", "落实好", "抓")  # (国家决定首先集中力量)抓好(1000户)
PLAN_FRAME_AT_END = re.compile(r"(?<=[值额量入平率])计划$")  # 工农业总产值计划(增长21.7%): the plan sets it


def tidy_indicator(s: str) -> str:
    s = clean(s)
    s = SET_BY_LEAD.sub("", s) or s  # 国家下达的“十四五”能耗强度下降(目标): who set it is the reference, not the subject
    s = STANDARD_AT_END.sub("", s)
    s = PLAN_FRAME_AT_END.sub("", s)
    s = RAW_ENUMERATOR.sub("", s)  # 八是建成乡集镇污水处理设施: the item's number is not its subject
    s = UNIT_NOTE.sub("", s)  # 3万套(间)、配租1.5万套: the note on the unit before, or an item's number, is not its subject
    m = PLAN_SAYS.match(s)
    if m and m.end() < len(s):
        s = s[m.end():]  # 第一个五年计划规定工业总产值(增长98.3%): the plan that sets it is not its subject
    m = CLAUSE_DURATION.match(s)
    if m and len(s) - m.end() >= 3 and not s.startswith(("合计", "累计"), m.end() - 2):
        s = s[m.end():]  # 三年建成(70所), 五年城镇新增就业: the years the goal takes are not its subject
    m = DURATION_TAIL.search(s)
    if m and m.start() >= 2:
        s = s[:m.start()]  # 总产值在五年内(增长23.3%), 工业总产值要在一九五四年的基数上: the years and the base, not the subject
    m = COMPARED_TO.search(s)
    if m and m.start() > 0:
        s = s[:m.start()]  # 工业总产值比1980年预计(增长5%): the base of the comparison is not the indicator
    k = s.rfind("、")
    if k > 0 and ENDS_ON_A_VALUE.search(s[:k]) and s[k + 1:] and not any(c.isdigit() for c in s[k + 1:]):
        s = s[k + 1:]  # 规模扩大到3.6亿袋、油茶种植面积: the item before, value and all, is not this one's
    last = None
    for last in _time_words().finditer(s):  # 中央提出今年经济增长 → 经济增长: the subject starts after its time word
        pass
    if last is not None and 0 < last.start() and not _says_nothing(s[last.end():]):
        if s[last.end():] in lex()["bare_rates"] + lex()["bare_measures"] + lex()["bare_totals"]:
            s = s[:last.start()] + s[last.end():]  # 签约项目当年开工率, 茶产业全年总产值: a rate or a bare measure
            # keeps the subject before its time word
        else:
            s = s[last.end():]  # (调查失业率全年平均: what follows the time word is no subject, keep all)
    m = FROM_YEAR.search(s)
    if m and m.start() > 1:
        s = s[:m.start()]  # 农民的纯收入将由一九八○年的一百九十一元(…每年递增6%): the start value is not the subject
    lead = _period_lead().match(s)
    if lead is None:
        led = _strip_edge(s, "indicator_leads", at_end=False)
        if (lead := _period_lead().match(led)) is not None:
            s = led  # 力争到2015年城镇居民…: a lead word before the period
    if lead and lead.end() < len(s):
        s = s[lead.end():]  # “十四五”时期经济(年均增长6%): the period is the target's years, not its subject
    m = YEAR_AT_START.match(s)
    if m and m.end() < len(s) and not _says_nothing(_strip_edge(s[m.end():], "indicator_leads", at_end=False)):
        s = s[m.end():]  # 二〇二二年要求植树…: the year is the target's, not the indicator's
    s = PREAMBLE.sub("", s) or s
    s = LIVED_IN_LEAD.sub("", s, count=1) or s
    s = _strip_edge(s, "indicator_leads", at_end=False)
    s = _strip_edge(s, "indicator_tails", at_end=True)
    s = INNER_MODAL.sub("", s)  # 中央财政拟安排补助资金: the modal frames the verb, it is no part of the indicator
    m = FRAME_AT_END.search(s)
    if m and m.start() > 1:
        s = s[:m.start()]  # 棉花要求(…万担): the frame after the subject
    m = YEAR_AT_END.search(s)
    if m and m.start() > 1:
        s = _strip_edge(s[:m.start()], "indicator_tails", at_end=True)  # 社会商品零售总额一九八五年(将达到…): the
        # year is the target's, not the indicator's
    m = REACH_AT_END.search(s)
    if m and m.start() > 1 and s[:m.start()].endswith(
            tuple(lex()["measured_ends"]) + tuple(lex()["indicator_heads"]) + tuple(lex()["investment_words"])):
        s = s[:m.start()]  # 网络零售额实现(220亿元), 园区投资完成(85亿元): the verb of reaching is no part of the measure
    return clean(s)



def is_generic(s: str) -> bool:
    rest = s
    for w in words("generic_words"):
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


@lru_cache(maxsize=1)
def _by_year_patterns() -> tuple[re.Pattern, ...]:
    """The horizon's by-year patterns, compiled once (read for every sentence)."""
    return tuple(_compiled(pat.replace("YEAR", YEAR_NUMBER)) for pat in lex()["horizon"]["by_year"])


DURATION_GOAL = re.compile(r"(?:用|花)(?:近|约)?([二两三四五六七八九十\d]{1,2})年(?:左右)?的?时间"
                           r"|(?:今后|在|于)([二两三四六七八九十\d]{1,2})年内")  # (五年内: the plan named, below)


YEARLY = re.compile(r"(?<![人户])每年")  # (每人每年: a per-head rate, not the year's share)


def _years_in(n: str) -> int | None:
    return int(n) if n.isdigit() else cn_to_int(n)


# “十五”期间, 十一五时期, “九五”规划期: a five-year plan named by its ordinal (followed by a word of its period)
PLAN_ORDINAL = re.compile(r"(?<![\d一二三四五六七八九十〇○])[“\"]?(十[一二三四五六七八九]?|[三四五六七八九])五[”\"]?"
                          r"(?=期间|时期|期末|规划期)")  # (not “十五”计划纲要, 对接“十四五”规划: the document)


def plan_end_year(ordinal: str) -> int | None:
    """The last year of the Nth five-year plan (the third, 1966-1970, onwards: 1955 + 5N): 十五 → 2005, 六五 → 1985."""
    n = cn_to_int(ordinal)
    return 1955 + 5 * n if n is not None and n >= 3 else None


def _plans_named(sentence: str) -> list[tuple[int, int]]:
    """(position, end year) of each five-year plan a sentence names by its ordinal."""
    return [(m.start(), y) for m in PLAN_ORDINAL.finditer(sentence) if (y := plan_end_year(m.group(1))) is not None]


def _horizon_year(sentence: str, plan_year: int) -> tuple[bool, int | None]:
    H = lex()["horizon"]
    for pattern in _by_year_patterns():  # 到2025年, 2025年前, 到一九五七年
        m = pattern.search(sentence)
        year = _year_of(m.group(1) + "年") if m else None
        if year is not None and year > plan_year:
            return True, year
    m = _reach_pattern().match(sentence)  # 一九九〇年，钢产量要达到…: a later year opens the sentence of a goal
    year = _year_of(m.group(1) + "年") if m else None
    if year is not None and year > plan_year:
        return True, year
    m = DURATION_GOAL.search(sentence)  # 用三年时间解决…, 今后两年内建成…: a goal over the years from the plan year on
    if m and (YEARLY.search(sentence) or quantity_hint().search(sentence[:m.start()])):
        m = None  # (用三年时间，每年培训…: the year's share; 改造1000个，用三年时间轮训…: the later clause's years)
    n = _years_in(m.group(1) or m.group(2)) if m else None
    if n is not None and 1 < n <= 15:
        return True, plan_year + n - 1
    for name, year in H["plans"].items():
        k = sentence.find(name)
        if k > 0 and sentence[k - 1] in CN_NUMERALS + "〇○":
            k = -1  # 一九七五年 is a year, not the plan 七五
        if k >= 0 and year > plan_year and any(sentence.find(w, k) >= 0 for w in H["plan_period_words"]):
            return True, year
    later = [y for _, y in _plans_named(sentence) if y > plan_year]
    if later:
        return True, later[0]  # “十五”期间城镇新增就业…: the plan's end year
    s = sentence
    for w in H["average_not_horizon"]:
        s = s.replace(w, "")
    if any(w in s for w in H["average_words"]):
        year = next((y for n, y in H["plans"].items() if n in sentence and y > plan_year), None)
        if year is None:  # “十五”期间…年均增长8—9%: the plan named by its ordinal
            year = next((y for _, y in _plans_named(sentence) if y > plan_year), None)
        return True, year
    return False, None


@lru_cache(maxsize=1)
def _reach_pattern() -> re.Pattern:
    verbs = "|".join(re.escape(w) for w in sorted(lex()["horizon"]["reach_verbs"], key=len, reverse=True))
    return re.compile(rf"{YEAR_NUMBER}年[^;。]{{0,30}}?(?:{verbs})")


def _part_horizon(outline: Outline, offset: int, plan_year: int) -> tuple[bool, int | None] | None:
    """A part titled 今后五年 / “十四五”时期 holds multi-year goals throughout."""
    p = outline.program_at(offset)
    while p is not None and p.level > 1:
        p = p.parent
    title = fold(p.title) if p is not None else ""
    if not any(w in title for w in lex()["horizon"]["part_titles"]):
        return None
    if _year_of(title) == plan_year or any(w in title for w in lex()["horizon"]["plan_year_words"]):
        return None  # 对今后五年和2003年工作的建议: the year's plan is in it too (its sentences say which)
    found, year = _horizon_year(title + "期间", plan_year)
    if found:
        return True, year
    H = lex()["horizon"]  # 今后五年 names no year; a plan that ended before the plan year is a review
    return (True, None) if not any(name in title for name in H["plans"]) else None


def past_from(sentence: str, plan_year: int) -> int | None:
    """Where a sentence turns to the past year or to estimates (去年…, 预计…, 2019年… in a 2020 plan).

    Clauses from there on state results, not targets; 比去年 / 较去年 compare and do not count.
    """
    m = YEAR.match(sentence)
    if m and not sentence.startswith("度", m.end()) and (_year_of(m.group(0)) or plan_year) < plan_year:
        return 0
    hits = [m.start() for m in _past_pattern().finditer(sentence)
            if not _COMPARED.search(sentence, 0, m.start()) and not _inside_word(sentence, m)]
    m = PAST_SPAN.search(sentence)  # 从2003年到2006年年均超收2040亿元: a span of past years
    if m and (_year_of(m.group(2) + "年") or plan_year) < plan_year:
        hits.append(m.start())
    for m in _REACHED_IN.finditer(sentence):  # 由1978年的36.5%降低到1981年的28.5% in a 1985 report: a past level
        if (_year_of(m.group(1) + "年") or plan_year) < plan_year - 1:
            hits.append(m.start())
    for m in YEAR.finditer(sentence):  # 根据1955年对3280个单位的统计 in a 1956 plan: a statement about a past year
        year = _year_of(m.group(0))
        if year is not None and year < plan_year and not _COMPARED.search(sentence, 0, m.start()) \
                and not sentence.startswith(tuple(lex()["past_year_bases"]), m.end()):
            hits.append(m.start())
            break
    return min(hits) if hits else None


def _inside_word(s: str, m: re.Match) -> bool:
    """基础上年均增长: the marker's characters belong to other words here."""
    return any(s.find(w, max(0, m.start() - len(w)), m.end() + len(w)) >= 0 for w in lex()["past_not"] if m.group(0) in w)


ANNOUNCED_LIST = re.compile(r"如下[：:]\s*$")


def _announces_an_estimate(sentence: str) -> bool:
    """预计到年底，各部门的比重将变化如下：: an estimate that announces a list; what follows in its paragraph is the
    estimate's figures, not targets."""
    k = sentence.find("：")
    k = k if k >= 0 else sentence.find(":")
    head = sentence[:k + 1] if k >= 0 else sentence
    return bool(ANNOUNCED_LIST.search(head)) and any(w in head for w in lex()["estimate_markers"])


_REACHED_IN = re.compile(rf"[到至]{YEAR_NUMBER}年(?:底|末)?的")
PAST_SPAN = re.compile(rf"{YEAR_NUMBER}年(?:到|至|—|-|～){YEAR_NUMBER}年")
# 比去年, 较上年, 比1980年预计, 由今年预计的3%: the past as a base of comparison, not a statement about it
_COMPARED = re.compile(r"(?:[比较同与从按以在到至]|由(?!于))[^,;:，；：]{0,8}$")


@lru_cache(maxsize=1)
def _past_pattern() -> re.Pattern:
    return alternation(lex()["past_markers"] + lex()["estimate_markers"])


# --- headline zones ---------------------------------------------------------------------------

@dataclass
class Zone:
    """Where a paragraph states the plan's headline targets: [start, end) of its passage."""
    start: int
    end: int
    year: int | None  # the year the targets are for (a 1980 report may set the 1981 plan)
    first: int  # index of the paragraph whose marker opened this zone


@lru_cache(maxsize=1)
def _marker_pattern() -> re.Pattern:
    H = lex()["headline"]
    heads = "|".join(re.escape(w) for w in sorted(H["heads"], key=len, reverse=True))
    copulas = "|".join(re.escape(w) for w in sorted(H["copulas"], key=len, reverse=True))
    return re.compile(f"(?:{heads}),?(?:{copulas})")


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern:
    return alternation(lex()["headline"]["heads"])


def _year_of(s: str) -> int | None:
    """The last year named in s (1981年, 一九八一年), or None."""
    out = None
    for m in YEAR.finditer(s):
        y = m.group(1)
        out = int(y) if y.isdigit() else cn_to_int(y)
    return out


def _stated_year(sentence: str, plan_year: int) -> int:
    """The year a sentence of the plan is for: the year after the plan year when it says 明年 (a report
    given at the end of a year sets the next year's plan), else the plan year."""
    H = lex()["horizon"]
    s = sentence
    for w in H["next_year_not"]:
        s = s.replace(w, "")
    nxt = max((s.rfind(w) for w in H["next_year_words"]), default=-1)
    return plan_year + 1 if nxt >= 0 and nxt > max(s.rfind(w) for w in H["this_year_words"]) else plan_year


def _marker(t: str, plan_year: int) -> tuple[re.Match, bool, int] | None:
    """The first headline statement of a paragraph: (match, opens a list, year of the targets)."""
    H = lex()["headline"]
    for m in _marker_pattern().finditer(t):
        k = max(t.rfind(c, 0, m.start()) for c in SENTENCE_BREAK) + 1
        before = t[k:m.start()]
        if past_from(before + "目标", plan_year) is not None:
            continue  # 去年预期目标是…: a review
        head = _head_pattern().match(t, m.start()).group(0)
        stop = min((i for i in (t.find(c, m.end()) for c in SENTENCE_BREAK) if i >= 0), default=len(t))
        rest = t[m.end():stop]
        if head in H["need_context"] and not any(w in before for w in H["contexts"]) \
                and not rest.lstrip(":").startswith(tuple(H["contexts_after"])):
            continue  # (主要目标是:全市地区生产总值增长6%: the list names the economy's indicators itself)
        colon = m.group(0).endswith(":")  # 主要预期目标:地区生产总值增长5%…
        opens = t[m.end():m.end() + 1] == ":" or m.group(0).endswith("如下") or not rest.strip(",") or colon
        if (not opens or colon and rest.strip(",")) and not scan_quantities(rest):
            continue  # 预期目标是指导性的, 发展目标:建设…: a remark about targets, not a statement of them
        year = _year_of(before)
        return m, opens, year if year is not None and year >= plan_year else _stated_year(before, plan_year)
    return None


def _list_end(t: str, start: int, first_item: bool = True) -> int:
    """Where a list of targets beginning at `start` ends: at the first sentence (after the first item)
    that turns to explaining them (这些目标…, 实现上述目标…), or at a clause that comments (…左右，这是必要的)."""
    H = lex()["headline"]
    for n, piece in enumerate(split_spans(t, start, len(t), SENTENCE_BREAK)):
        text = t[piece.start:piece.end]
        if (n or not first_item) and (text.startswith(tuple(H["list_end_openers"]))
                                      or any(w in text for w in H["list_end_refs"])):
            return piece.start
        for c, clause in enumerate(split_spans(t, piece.start, piece.end, CLAUSE_BREAK)):
            if (n or c) and t.startswith(tuple(H["clause_end_openers"]), clause.start):
                return clause.start
    return len(t)


LABELLED_ITEM = re.compile(r"^[^\d,，、；;。:：()（）]{2,6}[,，、]")  # 轻工业,总产值增长8%: a sector, then its figures


def _labelled_item(t: str) -> bool:
    """A paragraph of a list whose items are each headed by a sector or field and a comma (农业,粮食产量…万吨)."""
    return bool(LABELLED_ITEM.match(t.lstrip()))


def headline_zones(outline: Outline, paras: list[tuple[Span, Passage]], plan_year: int) -> dict[int, Zone]:
    """Headline zones by paragraph index: the statement of the plan's main targets, with the list that
    follows it on the same line or, when the statement ends its paragraph, on the lines after."""
    zones: dict[int, Zone] = {}
    cap = lex()["headline"]["max_list_paragraphs"]
    for i, (_, pv) in enumerate(paras):
        if i in zones:
            continue
        t = pv.text
        found = _marker(t, plan_year)
        if found is None:
            continue
        m, opens, year = found
        if not opens:  # targets stated in one sentence, from the clause of the statement (今年经济增长预期目标为7%左右)
            k = max(t.rfind(c, 0, m.start()) for c in CLAUSE_BREAK) + 1  # to the first clause without a number
            stop = min((j for j in (t.find(c, m.end()) for c in SENTENCE_BREAK) if j >= 0), default=len(t))
            after = [c for c in split_spans(t, m.end(), stop, CLAUSE_BREAK) if c.start > m.end()]
            stop = next((c.start for c in after if not scan_quantities(t[c.start:c.end])), stop)
            zones[i] = Zone(k, min(stop, _list_end(t, k)), year, i)
            continue
        end = _list_end(t, m.start())
        zones[i] = Zone(m.start(), end, year, i)
        if t[m.end():end].strip(":。.,") or end < len(t):
            continue
        labelled = i + 1 < len(paras) and _labelled_item(paras[i + 1][1].text)
        for j in range(i + 1, min(len(paras), i + 1 + cap)):  # 主要预期目标是： then the list below
            para, pv2 = paras[j]
            program = outline.program_at(para.start)
            if program is not None and program.start == para.start and program.level <= 2:
                break  # a heading ends the list
            if not any(scan_quantities(pv2.text[c.start:c.end]) for c in split_spans(pv2.text, 0, len(pv2.text), CLAUSE_BREAK)):
                break
            end = _list_end(pv2.text, 0, first_item=j == i + 1)
            if end == 0:
                break
            zones[j] = Zone(0, end, year, i)
            if end < len(pv2.text) and not (labelled and j + 1 < len(paras) and _labelled_item(paras[j + 1][1].text)):
                break  # (a comment closing one labelled item, 机械工业,…,这是…安排的: the next item still belongs)
    if not zones:
        zones.update(_list_after_requirements(paras, plan_year))
    return zones


def _list_after_requirements(paras: list[tuple[Span, Passage]], plan_year: int) -> dict[int, Zone]:
    """With no head stated, the list in the paragraph right after the general requirements (总体要求是：…) that
    opens with the economy's indicator and a number (地区生产总值增长7%左右，规上工业增加值增长8%，…)."""
    H = lex()["headline"]
    for i in range(1, len(paras)):
        before, t = paras[i - 1][1].text, paras[i][1].text
        if not any(w in before for w in H["requirement_heads"]) or not t.startswith(tuple(H["contexts_after"])):
            continue
        first = min((j for j in (t.find(c) for c in CLAUSE_BREAK) if j >= 0), default=len(t))
        if scan_quantities(t[:first]):
            return {i: Zone(0, _list_end(t, 0), plan_year, i)}
    return {}


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
                    context: list[str] = (), counted: str = "") -> list[Found]:
    """Targets of one clause; `clause` and `aspiration_from` are positions in the passage pv.

    `context` holds what the clause may refer to, nearest first: the clause before, the measure's title."""
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
    for i in range(len(qs) - 1):  # 等总投资6074亿元的813个重点项目: the money of the things counted after it
        r, nxt = readings[i], readings[i + 1]
        inv = max((w for w in words("investment_words") if r and r.indicator.endswith(w)), key=len, default=None)
        if inv and nxt and nxt.mode == "after" and s[qs[i].end:qs[i + 1].start] == "的":
            if m := WORKS_THEN_PACE.match(nxt.indicator):  # (74个项目)尽快落地见效: the pace is the predicate, no
                readings[i + 1] = nxt = dataclasses.replace(nxt, indicator=m.group(1))  # part of the works
            readings[i] = Reading(r.comparator, r.direction, tidy_noun(nxt.indicator) + inv, "before")
    for i in range(1, len(qs)):  # 收入超20万元的村占比达到60%, 收购价每50公斤提高6元: the class or the unit the value
        r = readings[i]          # is of belongs to its indicator (not 村占比, not 收购价每)
        gap = s[qs[i - 1].end:qs[i].start]
        per = PER_UNIT_BEFORE.search(s[:qs[i - 1].start]) is not None
        if r is None or r.mode != "before" or r.from_value or readings[i - 1] is not None:
            continue
        bound = qs[i - 1].after_comparator is not None or re.search(CLASS_BOUND, s[:qs[i - 1].start]) is not None
        if not (per or bound and re.match(r"(?:以上|以下|以内)?的", gap)) or \
                not (per or tidy_indicator(r.indicator.lstrip("的"))):
            continue  # (现行16%的税率降至13%: today's value, no class)
        wide = read(s, q := qs[i], qs[i - 2].end if i > 1 else 0, qs[i + 1].start if i + 1 < len(qs) else len(s))
        if wide is not None and wide.mode == "before" and wide.indicator.endswith(r.indicator) \
                and len(tidy_indicator(wide.indicator)) > len(tidy_indicator(r.indicator)):
            readings[i] = wide
    for i in range(1, len(qs)):  # 亿元企业达300家、10亿元企业达20家: a bare size band (no bound, no range: those are
        r, band = readings[i], qs[i - 1]  # named as a class below) that was no target sorts the noun after it, which keeps it
        if r is None or r.mode != "before" or r.from_value or readings[i - 1] is not None or band.base_unit != "元" \
                or not r.indicator or not s[band.end:qs[i].start].startswith(r.indicator) \
                or not re.search(r"(?:^|[、，,；;])$", s[:band.start]) or band.after_comparator or band.value_max is not None or band.vague:
            continue
        readings[i] = dataclasses.replace(r, indicator=s[band.start:band.end] + r.indicator)
    # groups of values joined only by list separators share the reading of the first
    groups: list[list[int]] = []
    for i, q in enumerate(qs):
        gap = s[qs[i - 1].end:q.start].strip() if i else ""
        joined = gap != "" and gap.strip("、，,和及与") == ""
        if joined and readings[i] is None and groups and q.kind != qs[groups[-1][0]].kind:
            joined = False  # 不少于4个、10—30亿元项目…: a size of another kind, which the words said is no target
        head = readings[groups[-1][0]] if joined and groups else None
        if head and head.mode == "before" and q.base_unit == "%" and qs[i - 1].base_unit == "个百分点" and (
                m := ABOVE_AVERAGE.search(head.indicator)) and m.start() >= 2:
            own = re.sub(r"(?:增速|增幅|增长速度)$", "", head.indicator[:m.start()])  # 增速高于全省平均1个百分点、7%左右:
            readings[i] = Reading(q.after_comparator or "eq", "up", own, "before")  # the level is the measure's own growth
            groups.append([i])
        elif joined and groups and readings[groups[-1][0]] and readings[groups[-1][0]].mode == "before":
            groups[-1].append(i)
        else:
            groups.append([i])
    asp = aspiration_from is not None and clause.start >= aspiration_from
    asp_in = _aspiration_marks(s)
    after_items: list[Found] = []
    verbs = words("keep_verbs")
    clause_verb = ""
    for g in groups:
        first = readings[g[0]]
        if first is not None and first.from_value:
            if first.indicator and not _says_nothing(first.indicator):
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
        subject = "" if _says_nothing(first.indicator) else tidy_indicator(first.indicator)
        increment = _increment(s[qs[g[0] - 1].end if g[0] else 0:qs[g[0]].start], qs[g[0]])
        if subject.startswith(("比", "较")) or MODAL_COMPARISON.match(subject):
            subject = ""  # 比去年增加8000亿元, 应该比原计划节约10%: the subject is the one before
        if subject and ONLY_A_YEAR.fullmatch(subject):
            subject = ""  # (…总产值增长23%，)到一九五七年达到596亿元: the year is the target's, the subject the one before
        stage = subject if subject in lex()["stage_verbs"] else ""
        if stage and last_subject:
            stem = _stage_stem(last_subject[0])
            subject = stem + stage if stem else stage  # 新开工300个、完工200个: the works of the stage before
        before_things = [f.indicator for f in after_items] + last_subject[:1] or ([counted] if counted else [])
        if stage and subject == stage and before_things:
            lead = strip_words(before_things[-1], words("keep_verbs") + words("stage_verbs"), at_end=False)
            thing = strip_words(lead, words("noun_tails"), at_end=True)  # (“四好农村路”建设 → “四好农村路”)
            if thing in words("keep_verbs") + words("stage_verbs"):
                thing = ""  # 新改建60公里、养护1100公里: a verb before, no thing
            subject = thing + stage if thing else stage  # 新开工重大项目100个、竣工80个: the things counted before
        if subject and all(c in CN_NUMERALS for c in subject.removesuffix("年")):
            subject = ""  # 三年内达到26.5%, 两年平均每年增长: a numeral of a duration is no subject
        lead_in = s[qs[g[0] - 1].end if g[0] else 0:qs[g[0]].start]
        if not subject and CUMULATIVE in lead_in and last_subject:  # 新增高新技术企业50家、累计达600家: the total
            stock = strip_words(last_subject[0], words("keep_verbs") + words("stage_verbs"), at_end=False)
            subject = CUMULATIVE + stock if stock != last_subject[0] else last_subject[0]
        total = subject in lex()["bare_totals"] + lex()["stock_words"]  # (新增铁路通车里程…、总里程: the verb of the first is not the total's)
        narrowed = _narrowed(subject, s, last_subject)
        if subject in lex()["attribute_words"] or subject in lex()["investment_words"] or not subject:
            owner = last_subject[0] if last_subject else ""
            if subject in lex()["stock_words"] and (new := NEW_COUNT_LEAD.match(owner)) and len(owner) - new.end() >= 2:
                owner = owner[new.end():]  # 新开通5G基站1500个、总量突破1.6万个: the stock is of all 5G基站, not the new ones
            subject = (owner + subject) if last_subject else subject  # 储备项目2500个，总投资1.5万亿元
            m = ABOVE_AVERAGE.search(subject)
            if m and m.start() >= 2 and qs[g[0]].base_unit == "%":  # 增速高于省平1个百分点、增长7%左右: the growth
                subject = re.sub(r"(?:增速|增幅|增长速度)$", "", subject[:m.start()])  # is the measure's own
        elif narrowed:
            subject = narrowed  # 其中农村达到…, 省级企业技术中心8家、市级30家: a part of the subject before
        elif len(subject) > 1:
            last_subject[:] = [subject]
        noun_after = any(r is not None and r.mode == "after" for r in readings[g[-1] + 1:])
        if not subject and context and not noun_after:
            subject = tidy_noun(context[0])  # 推进幸福河湖建设，年底前达到45条
        elif len(subject) == 1 and context and re.search(re.escape(subject) + "[为到给入出]", context[0]):
            subject = context[0]  # 把基金转为资本金，今年再转500亿元: the verb of the clause before
        if not subject and tidy_indicator(first.indicator) in lex()["indicator_leads"]:
            subject = tidy_indicator(first.indicator)  # 完成42条、总长度36.5公里的道路改造: the noun comes after
        if not subject:
            continue
        i0 = g[0]
        if i0 and readings[i0 - 1] is None and qs[i0 - 1].kind == "amount" and subject in tidy_indicator(
                s[qs[i0 - 1].end:qs[i0].start]) and (qs[i0 - 1].after_comparator or qs[i0 - 1].value_max is not None
                                                     or _comparator_before(s[qs[i0 - 1].end:qs[i0].start])[0]):
            size = _comparator_before(s[qs[i0 - 1].start:qs[i0].start])[3]  # 10亿元以上项目50个: the class is named
            lead = s[qs[i0 - 2].end if i0 > 1 else 0:qs[i0 - 1].start]
            verbs_ = words("keep_verbs") + words("class_verbs")
            verb = next((v for v in verbs_ if lead.endswith(v) or lead.lstrip("、，,").startswith(v)), "") or \
                next((v for v in verbs_ if tidy_indicator(s).startswith(v)), "")  # (…、30亿元以上项目16个: the clause's)
            named = clean(verb + size)
            counts = qs[i0].kind == "measure" or any(w in subject for w in lex()["not_targets"]["class_share_words"])
            if named and counts and (not named[:1].isdigit() or _names_a_class(named)):
                subject = named  # (not 500万元以上固定资产投资增长3%: the statistical scope of a headline indicator)
        if not increment and counted and qs[g[0]].kind != "percent" and \
                s[qs[g[0] - 1].end if g[0] else 0:qs[g[0]].start].strip("，,") in lex()["bare_increments"]:
            increment = s[qs[g[0] - 1].end if g[0] else 0:qs[g[0]].start].strip("，,")  # 糖260万吨，增加10万吨
        inc_dir = None
        if increment and not subject.endswith(increment):
            inc_dir = increment_direction(increment) if subject else None
            if inc_dir is None:
                subject += increment  # 增加10万吨 with no subject of its own: the words say what it is
            # else 棉纱的产量比上一年增加六十万件: the subject's growth by the value (direction up), not its level
        verb = next((v for v in verbs if subject.startswith(v)), "")
        if verb and (pair := re.match("(?:和|及|与|或)(?:" + "|".join(map(re.escape, verbs)) + ")", subject[len(verb):])):
            verb += pair.group(0)  # 新建和改造供水管网600公里、排水管网…: both verbs reach every item
        if verb and not subject.endswith(tuple(lex()["verb_terms"])):
            clause_verb = verb  # (新增就业7500人、高校毕业生就业创业1300人: 新增就业 is a term, its 新增 is its own)
        elif verb:
            clause_verb = ""
        elif clause_verb and UNIT_NOTE.sub("", first.indicator.lstrip()).startswith("、") \
                and not subject.startswith(("总", "累计")) and not total \
                and not stage and not _own_verb(first.indicator):
            subject = clause_verb + subject  # 新改扩建学校100所、校舍50万平方米: the verb is shared
        if is_generic(subject) and last_subject:
            subject = last_subject[0]
        k = len(g)
        rates = k == 1 and qs[g[0]].kind == "percent" and _lists_rates(subject)
        if k > 1 or first.each or rates:
            n = k if k > 1 else None
            items = split_items(subject, n, respectively=True) if n else _each_items(subject)
            items = _share_lead(items) if items else items  # 旅游总人次、总收入均增长: 总收入 is 旅游总收入
            items = _share_rate_owner(items) if items else items  # 项目开工率、纳统率: 纳统率 is 项目纳统率
            if items is None and k > 1 and len({qs[i].base_unit for i in g}) == k:
                items = [subject] * k  # 贫困人口96户、183人: one indicator in two units
            if items is None:
                if first.respectively or k > 1:
                    issues.append({"kind": "count-mismatch",
                                   "message": f"'{subject}' lists a different number of indicators than its {k} values; "
                                              f"not paired", "char_start": at.start, "char_end": at.end})
                    continue
                items = [subject]
            items = _share_object(_share_head(_share_grade(items)))  # 国家级、省级专精特新企业分别达50家和200家, 五星级和四星级酒店各1家
            if k > 1:
                for item, i in zip(items, g):
                    found.append(Found(item, qs[i], first, at, aspirational, ctx))
                    found[-1].reading = Reading(comparator, first.direction, item, "before")
            else:
                for item in items:
                    found.append(Found(item, qs[g[0]], first, at, aspirational, ctx))
            continue
        found.append(Found(subject, qs[g[0]], Reading(comparator, inc_dir or first.direction, subject, "before"), at,
                           aspirational, ctx))
    _distribute_after(after_items)
    for f in found + after_items:  # 每个县打造1-2个示范片区: the count is per county, and the indicator says so
        m = EACH_SCOPE.search(s[:f.q.start])
        if m and "每" not in f.indicator and not quantity_hint().search(s, m.end(), f.q.start):
            f.indicator = re.sub(r"\s", "", m.group(0)) + f.indicator
    for f in after_items:  # 推进老旧小区改造，完成1200户的改造任务: a generic noun takes what it refers to
        if is_generic(f.indicator):  # (水利、景观、市政三项建设: a numeral summing a list labels it, and refers to nothing)
            f.indicator = "" if f.q.chinese else _referent(f.indicator, context)
    found = [f for f in found if f.indicator]  # 水利、景观、市政三项建设: a label, nothing counted
    leads = set(lex()["indicator_leads"])
    grades = tuple(lex()["grade_suffixes"])
    for f in found:  # 完成65条、总长度57.9公里的城市道路改造: the counts share the noun at the end
        if after_items and after_items[-1] is not f:
            if f.indicator in leads:
                f.indicator = after_items[-1].indicator
            elif len(f.indicator) <= 4 and f.indicator.endswith(grades):  # 推进省级400个、市级3000个重点项目
                f.indicator = f.indicator + after_items[-1].indicator
                last_subject[:] = [f.indicator]
    found = [f for f in found if not CANDIDATES.search(f.indicator)
             and not (f.q and CANDIDATES.search(re.split(r"[、，,；;]", s[f.q.end:], maxsplit=1)[0]))]
    _capacity_tail(found, s)
    _elliptic_bands(found)
    return found


CANDIDATES = re.compile(r"候选")  # 筛选出12件民生实事候选项目(提交大会票决): put to a vote, not yet promised


CAPACITY_TAIL = re.compile(r"^等([^\d，,、；;]{0,6}产能)")  # 钢铁200万吨、水泥300万吨等落后产能
BAND_ITEM = re.compile(r"^(\d+(?:\.\d+)?[万亿]?元)(以上)?([^\d]{1,8})$")  # 10亿元园区
BAND_IN = re.compile(r"\d+(?:\.\d+)?[万亿]?元(以上)?")


def _capacity_tail(found: list[Found], s: str) -> None:
    """淘汰钢铁200万吨、水泥300万吨等落后产能: each item is capacity of its trade cut by the list's verb
    (淘汰水泥落后产能), not the trade's output."""
    items = [f for f in found if f.q is not None]
    if len(items) < 2:
        return
    m = CAPACITY_TAIL.match(s[items[-1].q.end:])
    if m is None:
        _capacity_list(items, s)
        return
    verbs = sorted(lex()["capacity_verbs"], key=len, reverse=True)
    lead = s[:items[0].q.start]
    verb = max(((lead.rfind(v), v) for v in verbs if v in lead), default=(-1, ""))[1]
    if not verb:
        return
    for f in items:
        item = f.indicator[len(verb):] if f.indicator.startswith(verb) else f.indicator
        if item and not item.endswith("产能"):
            f.indicator = verb + item + m.group(1)


def _capacity_list(items: list[Found], s: str) -> None:
    """压减水泥产能500万吨、焦炭300万吨: a bare trade listed after a first item that cuts a trade's capacity is that
    trade's capacity cut by the same verb (压减焦炭产能), not its output."""
    verbs = tuple(sorted(lex()["capacity_verbs"], key=len, reverse=True))
    first = items[0].indicator
    verb = next((v for v in verbs if first.startswith(v)), "")
    if not verb or not first.endswith("产能") or len(first) <= len(verb) + 2:
        return
    for a, b in zip(items, items[1:]):
        gap = s[a.q.end:b.q.start]
        if not gap.startswith("、") or gap[1:] != b.indicator or not 1 < len(b.indicator) <= 6 \
                or "产能" in b.indicator or b.indicator.startswith(verbs + tuple(words("keep_verbs"))) \
                or _own_verb(gap) or b.q.kind != items[0].q.kind or quantity_hint().search(gap):
            return  # (the list ends where an item is not a bare trade)
        b.indicator = verb + b.indicator + "产能"


def _elliptic_bands(found: list[Found]) -> None:
    """年营业额50亿元以上园区2个、10亿元园区3个: a later item named by its size band and the last word of the first
    item's noun is of the first item's kind, and takes its words (…10亿元以上园区)."""
    for a, b in zip(found, found[1:]):
        m = BAND_ITEM.match(b.indicator)
        band = BAND_IN.search(a.indicator)
        if m is None or band is None or b.q is None or a.q is None:
            continue
        if a.indicator[:band.start()].endswith(("—", "-", "~", "～", "至", "到")):
            continue  # 50亿—100亿元项目8个、100亿元以上项目6个: the first is a range, no band to share
        head = a.indicator[band.end():]
        if not head.endswith(m.group(3)) or head == m.group(3) and not m.group(2) and not band.group(1):
            continue
        b.indicator = a.indicator[:band.start()] + m.group(1) + (m.group(2) or band.group(1) or "") + head


def _increment(before: str, q: Quantity) -> str:
    """比去年增加5600亿元: an amount that says by how much the subject before grows over another year is an
    increment of that subject (its words, 比去年增加, kept); a rate (比上年增长8%) is the subject's own growth."""
    if q.kind == "percent" and q.unit != "个百分点":
        return ""  # (赤字率比去年预算高0.2个百分点: points over another year are an increment too)
    clause = re.split(r"[，,；;：:]", before)[-1]
    m = _increment_base().search(clause)
    if m is None:
        return ""
    base, rest = m.group(0), clause[m.end():]
    verbs = lex()["direction"]["up"] + lex()["direction"]["down"] + ["多"] + (["高", "低"] if q.unit == "个百分点" else [])
    for k in range(0, 5):  # 比去年预算赤字减少650亿元: a few words may name the base's own figure
        verb = next((v for v in verbs if rest.startswith(v, k)), None)
        if verb and not any(c.isdigit() for c in rest[:k]) and len(rest.strip()) - k - len(verb) <= 2:
            return base + rest[:k] + verb  # (比上一年增加将近六十万件)
    return ""


def increment_direction(increment: str) -> str | None:
    """比上一年增加 → up, 比去年预算低 → down: the way an increment over another year goes (None when its verb is neither)."""
    D = lex()["direction"]
    ups = sorted(D["up"] + ["多", "高"], key=len, reverse=True)
    downs = sorted(D["down"] + ["少", "低"], key=len, reverse=True)
    if increment.endswith(tuple(downs)) and not increment.endswith(("提高", "增高")):
        return "down"
    if increment.endswith(tuple(ups)):
        return "up"
    return None


@lru_cache(maxsize=1)
def _increment_base() -> re.Pattern:
    """比去年, 比上年预算, 比1980年预计, 较上年: the other year an increment is counted from."""
    N = lex()["not_targets"]
    bases = "|".join(map(re.escape, sorted(N["increment_bases"], key=len, reverse=True)))
    quals = "|".join(map(re.escape, sorted(N["increment_qualifiers"], key=len, reverse=True)))
    return re.compile(rf"(?:{bases}|[比较]{YEAR_NUMBER}年(?:底|末)?的?|[比较]{PLAN_PERIOD})(?:{quals})?")


CONTEXT_VERB = re.compile(r"将?(?:要)?(?:达到|增长|增加|提高|降低|下降|减少|上升|为)")


def _context_noun(clause: str) -> str:
    """What a clause before offers as a subject: all of it (推进幸福河湖建设), or, when it states a value of its own
    (旅客周转量将达到三十四亿人公里), the noun before its verb."""
    if quantity_hint().search(clause):
        m = CONTEXT_VERB.search(clause)
        if m and m.start() > 1:
            clause = clause[:m.start()]
        else:
            end = re.sub(r"(?:以上|左右|以下|以内)$", "", clause)
            h = ([n for n in NUMBER.finditer(end)] or [None])[-1]
            h = h if h and h.group("cn") not in ("百", "千", "万", "十百", "百千") and quantity_hint().search(end) and re.fullmatch(r"[^\d的、和及与，,]{1,4}", end[h.end():]) else None
            if h and "“" not in end and "”" not in end and not end[:h.start()].endswith(("第", "近")):
                pre = _comparator_before(end[:h.start()])[3]  # 棉花三百六十万吨, 达到三千万担 (no verb before the
                clause = strip_words(pre, sorted(lex()["not_quantities"]["facts_before"], key=len, reverse=True), at_end=True)
                # value, or no noun): the noun before the value, not the value; nothing when none is named
    noun = tidy_indicator(clause)
    return "" if noun.startswith(("比", "较", "从", "由")) else noun  # 比上一年增加…, 从135万吨…: a base, no noun


def _names_a_class(indicator: str) -> bool:
    """5亿元以上项目, 10—30亿元项目, 10亿元企业: a size with its bound and the noun it sorts names a class of things (not the
    rest of another quantity, as 822人 is)."""
    qs = scan_quantities(indicator)
    return bool(qs) and qs[0].start == 0 and (qs[0].after_comparator is not None or qs[0].value_max is not None
                                              or qs[0].base_unit == "元") \
        and len(indicator) - qs[0].end >= 2  # (10亿元企业: a bare band of money sorts as well)


def _without_increment(indicator: str) -> str:
    """商品总量比上一年增加 → 商品总量: the subject an increment is of."""
    m = _increment_base().search(indicator)
    return indicator[:m.start()] if m and m.start() > 0 else indicator


def _stage_stem(subject: str) -> str:
    """老旧小区综合整治新开工 → 老旧小区综合整治: the works a stage verb at the end of a subject is about."""
    stage = next((v for v in words("stage_verbs") if subject.endswith(v)), None)
    stem = subject[:-len(stage)] if stage and len(subject) > len(stage) else ""
    return STAGE_ADVERB.sub("", stem) if len(STAGE_ADVERB.sub("", stem)) >= 2 else stem  # (住房基本建成、新开工…)


STAGE_ADVERB = re.compile(r"(?:基本上|基本|全面|全部|全)$")  # how far the first stage goes, not the works


def _referent(generic: str, context: list[str]) -> str:
    """What a generic noun (改造, 建设任务) stands for: the nearest context that names it (棚户区改造工程 →
    棚户区改造), or nothing."""
    word = max((w for w in lex()["generic_words"] if w in generic and w != "的"), key=len, default="")
    for c in context:
        k = c.rfind(word) if word else -1
        if k > 0:
            return c[:k + len(word)]
    return ""


def _share_lead(items: list[str]) -> list[str]:
    """旅游总人次、总收入 → 旅游总人次, 旅游总收入: a short later item that begins as the first item goes on after its
    lead (旅游) shares that lead; so does a bare total after another property of the same thing (蔬菜种植面积和总产 →
    蔬菜总产)."""
    first = items[0]
    out = [first]
    for it in items[1:]:
        k = first.find(it[:1]) if it else -1
        if 2 <= k and len(it) <= 4 and not it.startswith(first[:2]) and first[k:k + 1] == it[:1] and it[:1] in "总人年产":
            it = first[:k] + it
        elif it in lex()["bare_totals"] and (lead := _topic_lead(first)):
            it = lead + it
        elif it in lex()["owned_measures"] and (owner := OWNER_LEAD.match(first)) and \
                first[owner.end():] in lex()["owned_measures"]:
            it = owner.group(0) + it  # 市属国企主营收入、利润总额均增长: the profits are the SOEs' too
        out.append(it)
    return out


def _lists_rates(subject: str) -> bool:
    """项目开工率、纳统率稳定在65%以上: a list of rates that share one value, each of them."""
    items = split_list(subject, ["、"])
    return len(items) >= 2 and all(it.endswith("率") and len(it) >= 2 for it in items)


def _share_rate_owner(items: list[str]) -> list[str]:
    """新签约项目开工率、纳统率 → 新签约项目开工率, 新签约项目纳统率: a short later rate is of the thing the first
    rate is of (up to the last word of the lexicon that names what a rate is of)."""
    first = items[0]
    ends = [first.rfind(w) + len(w) for w in lex()["rate_owners"] if 0 <= first.rfind(w)]
    e = max(ends, default=0)
    if not first.endswith("率") or e < 2 or len(first) - e < 2:
        return items
    verb = next((v for v in words("keep_verbs") + words("stage_verbs") if first.startswith(v)), "")
    out = [first]
    for it in items[1:]:
        own = it[len(verb):] if verb and it.startswith(verb) and len(it) - len(verb) <= 4 else it  # (建成厂房入驻率、
        if own.endswith("率") and len(own) <= 4 and not own.startswith(first[:2]):  # 产出率: the verb went to it alone)
            it = first[:e] + own
        out.append(it)
    return out


def _topic_lead(subject: str) -> str:
    """蔬菜种植面积 → 蔬菜, 新增铁路通车里程 → 铁路: the thing a subject measures, before the property it names (the
    verb that opens it dropped); empty when no property of the lexicon ends it or nothing is left before it."""
    props = sorted(lex()["lead_properties"], key=len, reverse=True)
    k = min((subject.find(w) for w in props if subject.find(w) > 0), default=-1)
    if k <= 0 or not subject[k:].startswith(tuple(props)) or subject[k:] not in props:
        return ""
    lead = strip_words(subject[:k], words("keep_verbs") + words("stage_verbs"), at_end=False)
    return lead if len(lead) >= 2 and lead not in words("keep_verbs") + words("stage_verbs") else ""


def _share_object(items: list[str]) -> list[str]:
    """新开工、新投产项目各100个 → 新开工项目, 新投产项目: an item that is only a verb of works shares the noun the last
    item puts after its own verb; 项目新签约、新开工 → 项目新开工: or, when the last is a bare verb too, the noun the first
    item puts before its verb."""
    verbs = sorted(set(words("keep_verbs") + words("stage_verbs") + lex()["not_targets"]["item_verbs"]),
                   key=len, reverse=True)
    first, last = items[0], items[-1]
    after = next((last[len(v):] for v in verbs if last.startswith(v) and len(last) > len(v)), "")
    before = next((first[:-len(v)] for v in verbs if first.endswith(v) and len(first) > len(v)), "")
    out = []
    for n, it in enumerate(items):
        if it in verbs and after and n < len(items) - 1:
            it = it + after
        elif it in verbs and before and not after and n > 0:
            it = before + it
        out.append(it)
    return out


def _share_grade(items: list[str]) -> list[str]:
    """国家级、省级专精特新企业 → 国家级专精特新企业, 省级专精特新企业: an item that is only a grade (its verb aside)
    shares the head of the last item, from the grade's last character on."""
    grades = tuple(lex()["grade_suffixes"])
    last = items[-1]
    return [it + last[last.find(it[-1]) + 1:]
            if it != last and it.endswith(grades) and len(strip_words(it, words("keep_verbs"), at_end=False)) <= 4
            and 0 <= last.find(it[-1]) < len(last) - 1 else it for it in items]


def _share_head(items: list[str]) -> list[str]:
    """工程技术研究和企业技术中心 → 工程技术研究中心, 企业技术中心: an item that ends on an activity shares the head
    noun the last item ends on."""
    head = next((h for h in lex()["shared_heads"] if items[-1].endswith(h) and len(items[-1]) > len(h)), None)
    if head is None:
        return items
    tails = tuple(lex()["activity_tails"])
    return [it + head if it is not items[-1] and it.endswith(tails) else it for it in items]


def _each_items(subject: str) -> list[str] | None:
    items = split_list(subject, lex()["list_separators"])
    if len(items) < 2:
        return [subject]
    return split_items(subject, len(items))


def FACILITY_ENDS() -> list[str]:
    return lex()["not_targets"]["facility_heads"]


SUMMING_NAME = re.compile(rf"[{CN_NUMERALS}]+大|[{CN_NUMERALS}][^{CN_NUMERALS}]{{1,3}}[{CN_NUMERALS}]")  # 八大载体, 一核两翼


def _distribute_after(items: list[Found]) -> None:
    """Count-before-noun lists: a keep-verb and a quoted tail are shared by every item."""
    if not items:
        return
    nouns = [tidy_noun(f.indicator) for f in items]
    last = nouns[-1]
    grades = tuple(lex()["grade_suffixes"])
    bare = [n.endswith(grades) and len(n) <= 4 for n in nouns]
    for i, n in enumerate(nouns[:-1]):  # 8个国家级、4个省级区域医疗中心: a bare grade takes the head of the item
        head = next((nouns[j] for j in range(i + 1, len(nouns)) if not bare[j]), last)  # that closes its run
        k = head.find(n[-1:]) if bare[i] else -1  # (1家五星级、3家四星级饭店、6家民宿: 饭店, not 民宿)
        if k >= 0 and k + 1 < len(head):
            nouns[i] = n + head[k + 1:]
    heads = tuple(lex()["count_list_heads"])
    for i, n in enumerate(nouns[:-1]):  # 9万亩大豆、6万亩玉米高产示范田: a bare item parallel to the last one's modifier
        rest = last[len(n):]             # takes the head the last one ends on
        if 2 <= len(n) <= 4 and rest in heads and not n.endswith(heads) and not n.endswith(tuple(FACILITY_ENDS())) \
                and not any(c in n for c in "、和及与的“”") and len(nouns) == 2:
            nouns[i] = n + rest
    m = re.search(r"“[^”]+”$", last)
    if len(items) > 1 and m and m.start() >= 2 and SUMMING_NAME.match(m.group(0)[1:-1]) \
            and not last[:m.start()].endswith(tuple(lex()["grade_suffixes"])):
        nouns[-1] = last[:m.start()]  # 3个甲中心、5个乙平台“八大载体”: a numbered name that sums the list, no head
    elif len(items) > 1 and m and m.start() > 0:
        nouns = [n if n.endswith("”") else n + m.group(0) for n in nouns]
    verb = items[0].reading.keep_verb
    for f, n in zip(items, nouns):
        v = f.reading.keep_verb or verb
        f.indicator = (v + n) if v and not n.startswith(v) else n


SHARE_OF = "占"  # a share with no subject of its own (、占工业投资比重…)
SHARE_BASE_CUTS = ("实现", "完成", "达到", "增长", "保持", "突破")


def _narrowed(subject: str, clause: str, last_subject: list[str]) -> str | None:
    """A subject that names only a part or a grade of the subject before it: 其中农村 after 新能源汽车保有量
    (→ 农村新能源汽车保有量); 市级 after 省级企业技术中心 (→ 市级企业技术中心); None otherwise."""
    if not last_subject or not subject:
        return None
    last = last_subject[0]
    if subject in lex()["bare_totals"] and (lead := _topic_lead(last)):
        return lead + subject  # 蔬菜种植面积稳定在…、总产达到…: the total of the same thing
    if subject.startswith(SHARE_OF) and not last.startswith(SHARE_OF) and len(subject) > 3:
        base = re.sub(rf"^{YEAR_NUMBER}年", "", last)  # 技改投资增长9%、占工业投资比重达到40%: the share is of the subject
        k = min((base.find(v) for v in SHARE_BASE_CUTS if base.find(v) > 1 and not base.endswith(
            tuple(lex()["investment_words"]))), default=len(base))  # before (not its
        base = base[:k]                                                                         # verb: 完成, 实现翻番)
        return base + subject if len(base) >= 2 and not base[:1].isdigit() else None
    if clause.startswith("其中") and len(subject) <= 3 and subject not in last:
        return subject + last
    k = last.find(subject[1:]) if 4 <= len(subject) <= 5 and subject not in last else -1
    if k >= 1 and subject[0] in SCOPE_CHARS and last[k - 1] in SCOPE_CHARS and last[k - 1] != subject[0]:
        return last[:k - 1] + subject + last[k + len(subject) - 1:]  # 国控断面优良比率达100%、省控断面达95%
    for pair in lex()["scope_pairs"]:  # 城镇居民建档率达到60%，农村达到35%: 农村居民建档率
        for mine, other in (pair, pair[::-1]):
            if subject == mine and last.startswith(other) and len(last) > len(other):
                return mine + last[len(other):]
    if len(subject) <= 4 and subject.endswith(tuple(lex()["grade_suffixes"])):
        for g in words("grade_words"):
            k = last.find(g)
            if k >= 0 and g != subject:
                return last[:k] + subject + last[k + len(g):]
    return None


def _listed(indicator: str) -> list[str]:
    """城镇登记失业率、节能减排、安全生产等约束性指标 → its listed items; 财政收入、城乡居民收入(与经济增长同步)
    → each of the coordinated indicators, when each is a noun phrase of its own (not 中、外资)."""
    k = indicator.rfind("等")
    if k <= 0:
        items = split_list(indicator, ["、"])
        if len(items) > 1 and all(len(i) >= 3 for i in items):
            return [_with_shared_measure(it, items[-1]) for it in items[:-1]] + items[-1:]
        return [indicator]
    items = split_list(indicator[:k], ["、"])
    return items if len(items) > 1 else [indicator]


def _with_shared_measure(item: str, last: str) -> str:
    """城镇常住居民、农村居民人均收入: an item that names who or what, no measure, takes the measure of the last item
    after the word they end on alike (居民); an item that is a measure of its own (财政收入、居民收入) stays."""
    heads = lex()["indicator_heads"]
    at = last.find(item[-2:])
    tail = last[at + 2:] if at > 0 else ""
    if not tail or any(h in item for h in heads) or item.endswith(tuple(lex()["measured_ends"])) \
            or not any(h in tail for h in heads):
        return item
    return item + tail


def _is_bare_subject(s: str) -> bool:
    """A clause that only names an indicator (no predicate, no number)."""
    L = lex()
    return (not re.search(r"\d", s) and not any(p in s for p in L["qualitative_predicates"])
            and s not in L["indicator_leads"]
            and len(s) <= 12 and not _head_pattern().search(s))


def _names_a_measure(clause: str) -> bool:
    """消费资料的产值所占的比重 standing alone before 将由…下降为…: a clause that only names what the next one measures."""
    L = lex()
    s = tidy_indicator(clause)
    return bool(s) and not quantity_hint().search(clause) and len(s) <= 24 and _is_bare_subject(s[-12:]) and \
        s.endswith(tuple(L["measured_ends"]) + tuple(L["indicator_heads"]) + tuple(L["not_targets"]["measured_words"]))


EXAMPLES_OF_WORKS = re.compile(r"等([^，,；;。、等\d]{1,12}?(?:项目|工程))(?:建设)?$")  # …等农业项目建设


ZONE_SUBJECT = re.compile(r"(?!推|加|打|建|做|提|发|深|围|聚|支|引|培|实|完|抓|强|优)([\u4e00-\u9fa5]{0,8}?(?:经开区|高新区|开发区|园区|新区))"
                          r"(?=要|将|力争|加快|持续|聚焦|推动|着力|围绕|坚持|全力|大力|积极|深入|以)")  # the zone is the subject
ZONE_MEASURE = re.compile(r"(?:规上|规模以上)?(?:工业总产值|工业产值|工业增加值|营业收入|营收|总收入|税收|产值)")  # a zone's totals
VERB_TITLE = re.compile(r"^(?:积极|扎实|加快|着力|全力|大力|精准发力|全面|坚持|持续|高标准|高质量|更高效率|奋力|努力|切实|深入)*"
                        r"(?:发起|打好|打响|打赢|让|使|做强|做优|做大|做实|提升|增强|扩大|推动|推进|加快|建设|实施|打造|完善|"
                        r"提高|强化|优化|深化|聚焦|抓好|抓实|攻坚|掀起|开展)")  # 发起…攻势, 扎实推进…: a call to act
COUNTED_WORKS = re.compile(r"\d+个([^\d，,、；;。等]{0,6}(?:项目|工程))")  # (新开工甲等)52个(重点)项目
COMPLEMENT = re.compile(r"更(?:加)?(?!新)[^，,、；;。]{1,2}$")  # (让…)更完善, 更完备: the state it is brought to
NAMES_WORKS = re.compile(r"建设|改造|项目|工程|设施")  # (统筹推进棚户区改造和城市基础设施建设)
ABSTRACT_OBJECT = re.compile(r"(?:攻势|战|仗|步伐|格局|水平|能力|品质|功能|辐射力|样板|雁阵|更\S*|提速|[的地得]|作用|效益|之势|"
                             r"突破|发展|升级)$|投资.")  # a pace, a quality, a process: no works
WORKS_IN_TITLE = re.compile(r"([^\d，,、；;。等]{0,6}(?:项目|工程))")  # 加快项目建设, 扎实推进民生工程


def _investment_object(outline: Outline, para: Span, pv: Passage, clause: Span, clauses: list[Span]) -> str | None:
    """What a bare 投资N亿元 is for: the kind of works the clause before lists examples of (加快甲、乙等水利项目
    建设，完成投资8亿元 → 水利项目), else the measure whose paragraph it is in, else the clause after it."""
    earlier = [c for c in clauses if c.end <= clause.start]
    if earlier and (m := EXAMPLES_OF_WORKS.search(pv.text[earlier[-1].start:earlier[-1].end])):
        return m.group(1)
    program = outline.program_at(pv.offset(clause.start))
    if program is not None and program.level == 3 and program.start >= para.start:
        title = COUNT_IN_TITLE.sub("", program.title)
        if not VERB_TITLE.match(title):
            return title  # 城市建设重点项目20个。全年计划投资12.8亿元: the works the title names
        # 发起工业崛起攻势。…新开工甲等52个项目…，完成投资350亿元: a lead that calls for action names no object; the
        # investment is in the projects the sentence counts, or in the works the lead's verb takes, or unnamed
        counted = [m.group(1) for c in earlier for m in COUNTED_WORKS.finditer(pv.text[c.start:c.end])]
        if counted:
            return counted[-1]
        rest = COMPLEMENT.sub("", title[VERB_TITLE.match(title).end():])  # 让城市设施更完善: the things made better
        m = WORKS_IN_TITLE.search(rest)
        if m:
            return m.group(1)
        if len(rest) >= 2 and not ABSTRACT_OBJECT.search(rest):
            return rest  # 完善城市路网 → 城市路网
        named = None  # (发起…攻势, 提升…品质: no works; the clause after may name them)
    else:
        named = ""
    later = [c for c in clauses if c.start > clause.start]
    if later and (named == "" or NAMES_WORKS.search(pv.text[later[0].start:later[0].end])):
        return tidy_indicator(pv.text[later[0].start:later[0].end])  # 投资6.6亿元,实施景区基础设施建设
    return named  # (under a call to act, a clause after that names no works: 做实…发展模式)


# 市属国企(主营收入), 开发区(营业收入): the owner a first measure is of, shared by the bare measures listed after it
OWNER_LEAD = re.compile(r"[^、，,和及与的]{0,8}?(?:国企|企业|集团|园区|开发区|经开区|高新区|自贸区|产业园)")
WORKS_THEN_PACE = re.compile(r"([^，,；;。、]{0,12}?项目)(?:尽快|加快|加速|早日|全部|按期|如期|顺利|落地|开工|投产|达产)")
NEW_COUNT_LEAD = re.compile(r"新(?:开通|增|建成?|开工|引进|培育|签约|注册|登记|设立|认定|发展|招引|落地|投产|上线)")
SHARE_BEFORE = re.compile(r"([^，,、；;。]*?)[\d.]+%(?:以上|左右)?$")  # (推动)70%(村集体收入超过50万元)
THRESHOLD_AT_END = re.compile(r"(?:超过|超|达到|达|突破|不低于|不少于|高于|在)$")  # (收入超过)50万元


# 市本级, 省级财政, 每个县(市、区): who pays, not what is paid for
PAYER_ONLY = re.compile(r"(?:每个|各)?[^，,；;。、]{0,6}?(?:本级|[省市县区乡镇]级|财政)(?:\([^()]{1,8}\))?"
                        r"|每个[^，,；;。、]{1,6}?(?:\([^()]{1,8}\))?")
FUNDS_BEFORE = re.compile(r"([^，,；;。]{2,24}?(?:经费|资金))(?:保障|支持|投入|筹措|需求)?[，,]$")


def _funds_of(before: str, payer: str) -> str:
    """The funds a payer's sum is for, named in the clause before (加强…工作经费保障，市本级至少安排…): the payer
    with them; the payer alone when nothing is named."""
    m = FUNDS_BEFORE.search(before)
    if m is None:
        return payer
    funds = _strip_edge(m.group(1), "indicator_leads", at_end=False)
    funds = re.sub(r"^(?:加强|强化|加大|落实|保障|统筹|做好|安排|筹措)", "", funds)
    return payer + funds if len(funds) >= 2 else payer


@lru_cache(maxsize=1)
def _qualitative_pattern() -> re.Pattern:
    return alternation(lex()["qualitative_predicates"] + lex()["qualitative_adverbs"])


def _qualitative(s: str, first_in_sentence: bool) -> str | None:
    """The indicator of a headline clause without a number (外贸进出口总额保持稳定增长), or None."""
    L = lex()
    if re.search(r"\d", s) or _head_pattern().search(s) or "以下" in s or "上述" in s:
        return None
    if any(c in CN_NUMERALS for c in s) and re.search(rf"[{CN_NUMERALS}][个项大条方]", s):
        return None
    if any(w in s for w in L["qualitative_rules"]):
        return None  # 不纳入…控制: an exemption, not a target
    body = strip_words(s, words("aspiration"))
    body = PREAMBLE.sub("", body) or body  # 确保完成…目标: the word that insists is no part of what is measured
    m = re.match(r"在(.{2,16}?)中", body)
    if m and first_in_sentence:
        return tidy_indicator(m.group(1))  # 力争在市绩效考评中取得优异成绩: the field of the achievement
    if body.startswith(tuple(L["qualitative_not_openers"])):
        return None  # 继续高于重工业的增长速度, (…增长6.5%，)在实际工作中争取更好结果: a comment on the target before
    nouns = tuple(L["qualitative_noun_after"])
    hits = [(m.start(), m.group(0)) for m in _qualitative_pattern().finditer(body)
            if not body.startswith(nouns, m.end())]  # (经济增长质量, 平衡性: the verb is part of a noun)
    if not hits:
        return None
    k, pred = min(hits)
    if "同步" in body:  # 居民收入增长和经济增长基本同步: the first of the two kept in step
        j = min((body.find(w) for w in ("和", "与") if 0 < body.find(w) < body.find("同步")), default=-1)
        if j > 0:
            k = min([m.start() for m in _qualitative_pattern().finditer(body, 0, j)] + [j])
    if body[k - 1:k] == "不":
        k -= 1  # 增速不低于全省平均水平: the negation belongs to the predicate
    indicator = tidy_indicator(body[:k])
    run, j = [], k  # the predicate with the adverbs before it (全面完成)
    for at, word in sorted(hits):
        if at == j:
            run.append(word)
            j = at + len(word)
    if not indicator and (first_in_sentence or set(run) & set(L["qualitative_object_predicates"])):
        indicator = tidy_indicator(body[j:])  # 完成市下达的节能目标任务
    return indicator or None


SENTENCE_ENDS = "。!?;:”’)》」』.…"


def _joined(outline: Outline, folded: str) -> list[Span]:
    """Paragraphs with a sentence broken over lines put back together (广义货币M / 2 / 预期增长13%左右:
    link markup in a scraped page), so that a clause keeps its subject. A line joins the one before when
    that one does not end a sentence, is not a heading, and is long (a body line) or the line starts
    with punctuation or goes on with ASCII (PM / 2.5)."""
    out: list[Span] = []
    for para in outline.paragraphs:
        t = folded[para.start:para.end].strip().strip("\u200b")
        if not t:
            continue
        if out:
            prev = out[-1]
            p = folded[prev.start:prev.end].rstrip().rstrip("\u200b")
            program = outline.program_at(prev.start)
            heading = program is not None and program.start == prev.start and program.level <= 2
            starts_here = outline.program_at(para.start)
            new_item = starts_here is not None and starts_here.start == para.start
            if p and p[-1] not in SENTENCE_ENDS and not heading and not new_item and (
                    len(p) >= 20 or not ("\u4e00" <= t[0] <= "\u9fff") or (p[-1].isascii() and t[0].isascii())):
                out[-1] = Span(prev.start, para.end, outline.document.text[prev.start:para.end])
                continue
        out.append(para)
    return out


COUNT_IN_TITLE = re.compile(r"\d+(?:\.\d+)?[个项家所座条]")  # 实施重点项目17个 as the context of 投资12.7亿元


def _paragraphs(outline: Outline, text: str, folded: str) -> list[tuple[Span, Passage]]:
    """The paragraphs targets are read from, with their passages. Left out: the review part, review
    paragraphs outside it (过去一年，…) and a paragraph repeated word for word (a page that holds the
    report twice states each target once)."""
    past = tuple(lex()["past_markers"])
    seen: set[str] = set()
    out = []
    for para in _joined(outline, folded):
        if outline.part_kind_at(para.start) == "review":
            continue
        pv = passage(text, para.start, para.end, folded)
        if pv.text.startswith(past):
            continue
        if len(pv.text) >= 8:
            if pv.text in seen:
                continue
            seen.add(pv.text)
        out.append((para, pv))
    return out


def _same_indicator(a: str, b: str) -> bool:
    """城镇调查失业率 and 城镇调查失业率: most characters of the shorter found in the longer."""
    short, long_ = sorted((a, b), key=len)
    return bool(short) and sum(c in long_ for c in short) >= 0.5 * len(short) + 0.5


# 1981年国民经济计划, １９８２年的计划, 1982年经济和社会发展计划 (not 1980、1981年计划: two years' plans)
YEAR_PLAN = re.compile(rf"(?<![、,，和\d]){YEAR_NUMBER}年(?:的)?(?:国民经济|经济和社会发展|经济社会发展)?(?:计划|规划)")


def next_year_plan(titles: list[str], opening: str, plan_year: int) -> int | None:
    """The year after the report's when the part it sits in sets that year's plan (二、1981年国民经济计划的任务 in a report
    of 1980), or when its paragraph opens on that year (１９８２年是…, １９８２年的计划，…); else None."""
    for t in titles:
        for m in YEAR_PLAN.finditer(t):
            if _year_of(m.group(0)) == plan_year + 1:
                return plan_year + 1
    m = YEAR.match(opening.lstrip())
    if m and _year_of(m.group(0)) == plan_year + 1 and opening.lstrip().startswith(("是", "的计划", "计划"), m.end()):
        return plan_year + 1
    return None


def _titles_over(outline: Outline, offset: int) -> list[str]:
    out, p = [], outline.program_at(offset)
    while p is not None:
        out.append(fold(p.title))
        p = p.parent
    return out


# the verb alone that a row may be left with (安置, 开始建设, 继续建设的): a doing, not the thing done
BARE_VERB = re.compile(r"(?:本年内|年内|今年|开始|继续|加快|完成)*(?:安置|安排|建设|新建|建成|开工|改造|新增|完成|开始建设)的?")
OBJECT_AFTER = re.compile(r"([^，,、；;。：:\s]{2,12})")


def counted_noun(f: Found, ctext: str, before: str = "") -> Found | None:
    """A row whose indicator is a bare verb (安置, 开始建设): the thing its number counts when the clause names it right
    after the number (建设9个和美乡村示范村 → 和美乡村示范村) or the sentence names the whole it is a part of before
    (…项目共有300个，其中继续建设的200个 → 继续建设的项目); no row when it names none (年内安置2000人)."""
    if not BARE_VERB.fullmatch(f.indicator) or f.q is None:
        return f
    m = OBJECT_AFTER.match(ctext, f.q.end) if f.q.end <= len(ctext) else None
    if m and not quantity_hint().search(m.group(1)) and not m.group(1).startswith(tuple(words("keep_verbs"))):
        noun = m.group(1).removesuffix("等")  # (as written: tidying would take 和美乡村's 和 for a conjunction)
        if len(noun) >= 2:
            return dataclasses.replace(f, indicator=noun)
    whole = WHOLE_BEFORE.findall(before)  # 施工的建设单位共有900个，其中…继续建设的600个: a part of the whole named before
    if whole:
        lead = ctext[:f.q.start].strip()
        for w in ("其中", "本年内", "年内", "今年"):
            lead = lead.removeprefix(w)
        noun = [g for g in whole[-1] if g][0]
        return dataclasses.replace(f, indicator=(lead if lead.endswith("的") else "") + noun)
    return None


# 建设单位共有900个，其中…; 设计的150个项目中，…: the whole a count of its part is of
COUNT_DIGITS = r"[\d０-９一二三四五六七八九十百千万零〇两]+"
WHOLE_BEFORE = re.compile(rf"([^，,、；;。：:的]{{2,12}}?)共有{COUNT_DIGITS}个|{COUNT_DIGITS}个([^，,、；;。：:的\d０-９]{{2,10}})中[，,]")


QUALITATIVE_ENDS = ("全覆盖", "覆盖", "常态化", "规范化", "制度化", "全面推开", "全面完成", "基本完成", "达标")


def after_qualitative(indicator: str) -> str:
    """甲全覆盖、乙占比 → 乙占比: a clause that states its own result with no number (…全覆盖, …明显改善), joined to
    the measured one by 、, is not part of what the number measures."""
    parts = indicator.split("、")
    if len(parts) < 2:
        return indicator
    ends = QUALITATIVE_ENDS + tuple(lex()["qualitative_predicates"])
    cut = max((i for i, p in enumerate(parts[:-1]) if len(p) >= 3 and p.endswith(ends)), default=-1)
    rest = "、".join(parts[cut + 1:])
    return rest if cut >= 0 and len(rest) >= 2 else indicator


def _part_of(outline: Outline, offset: int):
    p = outline.program_at(offset)
    while p is not None and p.level > 1:
        p = p.parent
    return p


def _reviews_before(outline: Outline, first_zone: int, folded: str, plan_year: int) -> set[int]:
    """Parts that review the past though their title does not say so (“十三五”时期发展成就…, 国民经济持续快速
    健康发展): every part of the default kind that ends before the plan states its main targets, unless its
    heading names a period still to come (“十四五”时期的总体思路…)."""
    out = set()
    for p in outline.programs:
        if p.level != 1 or p.end > first_zone or p.part_kind != "plan":
            continue
        heading = re.sub(r"\s+", "", folded[p.start:p.start + 60])[:30]
        if not _names_future_period(heading, plan_year):
            out.add(p.start)
    return out


def _names_future_period(heading: str, plan_year: int) -> bool:
    """“十四五”时期的总体思路…, 今后五年的主要任务 (a heading broken over lines read whole)."""
    H = lex()["horizon"]
    if any(name in heading and year > plan_year for name, year in H["plans"].items()):
        return True
    if any(w in heading for w in H["part_titles"] if w not in H["plans"]):
        return True
    year = _year_of(heading)
    return year is not None and year > plan_year


def extract_targets(outline: Outline) -> tuple[list[Found], list[dict]]:
    """Every target of a document (as Found) and the source issues met on the way."""
    doc = outline.document
    text, folded = doc.text, doc.folded
    plan_year = doc.meta.plan_year
    L = lex()
    H = L["headline"]
    issues: list[dict] = []
    out: list[Found] = []
    horizons: dict[int, tuple | None] = {}
    paras = _paragraphs(outline, text, folded)
    zones = headline_zones(outline, paras, plan_year)
    reviews = _reviews_before(outline, paras[min(zones)][0].start if zones else 0, folded, plan_year)
    paras = [(para, pv) for para, pv in paras if getattr(_part_of(outline, para.start), "start", None) not in reviews]
    zones = headline_zones(outline, paras, plan_year)
    stated: dict[tuple, tuple[int, int, str]] = {}  # quantity -> (zone it was stated in, paragraph index, indicator)
    for i, (para, pv) in enumerate(paras):
        ptext = pv.text
        zone = zones.get(i)
        part_horizon = horizons.setdefault(id(outline.program_at(para.start)),
                                           _part_horizon(outline, para.start, plan_year))
        para_sentences = split_spans(ptext, 0, len(ptext), SENTENCE_BREAK)
        program = outline.program_at(para.start)
        measure: list[str] | None = None  # the measure's title as a context noun, made when a clause needs it
        lead = _horizon_year(ptext[para_sentences[0].start:para_sentences[0].end], plan_year) if para_sentences else None
        led = bool(lead and lead[0] and not part_horizon)
        next_plan = next_year_plan(_titles_over(outline, para.start), ptext, plan_year)  # 二、1981年国民经济计划 in 1980
        if led:
            part_horizon = lead  # “十四五”时期主要目标是：… holds for the whole paragraph
        if zone is None and _opens_on_the_past(ptext, plan_year):
            continue  # 各位代表，一年来，我们…: a paragraph that opens on the past year reviews it throughout
        carried: tuple[bool, int | None] = (False, None)  # the horizon a sentence hands on to the next
        reviewing = False  # after a sentence that opens on the past year, until one speaks of the plan
        estimating = False  # after an estimate that announces a list (预计到年底…将变化如下：), to the paragraph's end
        for sentence in para_sentences:
            stext = ptext[sentence.start:sentence.end]
            if estimating:
                continue
            if _announces_an_estimate(stext):
                estimating = True  # (the list goes on past the sentence: 在某方面，…将上升到…)
            if zone is None and (stext.lstrip().startswith(tuple(L["past_markers"])) or (
                    past_from(stext, plan_year) is not None and _done_in(stext)
                    and not _speaks_of(stext, L["future_markers"]))):
                reviewing = True  # 去年，进出口总额增长…。全年共批准…。: the sentences after it go on with the review
            elif reviewing and (_speaks_of(stext, L["plan_markers"]) or any(
                    (_year_of(m.group(0)) or 0) >= plan_year for m in YEAR.finditer(stext))):  # (在1956年，…准备…)
                reviewing = False
            elif reviewing:
                continue
            own = _horizon_year(stext, plan_year)
            if not own[0] and any(w in stext for w in L["horizon"]["period_words"]) \
                    and not any(w in stext for w in L["horizon"]["period_not"]):
                own = (True, _plan_named_before(text[:para.start + sentence.start], plan_year))  # 五年内新建铁路…
            if not own[0]:
                own = _plan_period(stext, text[:para.start + sentence.start], plan_year)  # 第一个五年计划规定…
            if not own[0] and AVERAGE_YEARLY.search(stext):
                if YEARS_GONE_BY.search(stext) or any(int(_year_of(m.group(2) + "年") or plan_year) < plan_year
                                                       for m in PAST_SPAN.finditer(stext)):
                    continue  # 大庆原油产量在十七年间平均每年增长28%: the years gone by, a result
                end = next((y for _, y in _plans_named(stext)), None) or _plan_named_before(
                    text[:para.start + sentence.start], plan_year)
                if end is not None and end >= plan_year:
                    own = (True, end)  # (第六个五年计划期间…)工农业总产值平均每年递增4%: the plan period's goal
            if not own[0] and carried[0] and not any(w in stext for w in L["time_words"]) \
                    and (stext.lstrip().startswith(tuple(L["horizon"]["carry_openers"]))
                                              or ptext[:sentence.start].rstrip().endswith(("；", ";"))):
                own = carried  # 到1985年，…达到855亿元。其中，出口…；进口…: the parts of a goal share its year
            carried = own
            if not quantity_hint().search(stext) and (zone is None or sentence.end <= zone.start or sentence.start >= zone.end):
                continue  # no number and no headline: nothing to find
            horizon, hyear = own
            in_zone = zone is not None and sentence.start < zone.end and sentence.end > zone.start
            if not horizon and part_horizon and (led or not in_zone) and \
                    not any(w in stext for w in L["horizon"]["this_year_words"]):
                horizon, hyear = part_horizon  # (a headline statement of the year in a five-year part stays headline;
                # 今年要关停1000万千瓦 in a paragraph led by a five-year goal is the year's own)
            asp_k = _aspiration_marks(stext)
            aspiration_from = sentence.start + min(asp_k) if asp_k else None
            restates = any(w in stext for w in H["repeat_cues"])
            last_subject: list[str] = []
            prev_clause: Span | None = None
            prev_rows: list[Found] = []
            held: tuple | None = None  # the clause and rows before a purpose clause (用于…)
            pending_subjects: list[str] = []
            past = past_from(stext, plan_year)
            clauses = split_spans(ptext, sentence.start, sentence.end, CLAUSE_BREAK)
            sentence_rows = len(out)
            for clause in clauses:
                if past is not None and past <= clause.end - sentence.start:
                    break
                in_headline = zone is not None and clause.start < zone.end and clause.end > zone.start
                year_now = _stated_year(ptext[sentence.start:clause.end], plan_year)  # 明年…: the year after the report's
                year_now = max(year_now, next_plan or year_now)
                span_years = None if horizon or in_headline else _clause_duration(ptext[clause.start:clause.end], plan_year,
                                                                                   text[:para.start + sentence.start])
                if horizon:
                    ctx = Context("horizon", hyear)
                elif span_years is not None:
                    ctx = Context("horizon", span_years)  # 三年建成70所, 今后三年投入8500亿元: a goal over the years named
                elif in_headline:
                    ctx = Context("headline", max(zone.year, year_now))
                else:
                    ctx = Context("task", year_now)
                if conditional(stext, ptext[clause.start:clause.end]):
                    rows = []  # 如果…，则可以新建铁路…: a hypothesis
                elif quantity_hint().search(ptext, clause.start, clause.end):  # no number: no target in this clause
                    if measure is None:
                        measure = [tidy_indicator(COUNT_IN_TITLE.sub("", fold(program.title)))] \
                            if program is not None and program.level == 3 else []
                    if held and ptext.startswith(("比", "较"), clause.start):
                        prev_clause, prev_rows = held  # 拨出…专项资金，用于…，比上一时期增加…: the sum before the purpose
                    context = [_context_noun(ptext[prev_clause.start:prev_clause.end])] if prev_clause else []
                    if prev_rows and prev_rows[-1].q is not None:  # 可以达到五百亿元，比上一年增加…: that target's subject
                        context = [_without_increment(prev_rows[-1].indicator)]
                    counted = prev_rows[-1].indicator if prev_rows and prev_rows[-1].q is not None else ""
                    if prev_clause and not prev_rows and _names_a_measure(ptext[prev_clause.start:prev_clause.end]):
                        last_subject[:] = [tidy_indicator(ptext[prev_clause.start:prev_clause.end])]  # ……的比重，将由…
                    rows = _clause_targets(pv, clause, ctx, aspiration_from, last_subject, issues, context + measure,
                                           counted)  # (推进200个重点项目，开工70个: what the clause before counted)
                else:
                    rows = []
                for f in rows:
                    if f.indicator in L["bare_measures"]:  # 加快纺织服装产业升级…，力争产业规模突破400亿元
                        f.indicator = _topic_of(ptext[sentence.start:clause.start], f.indicator)
                    if PAYER_ONLY.fullmatch(f.indicator) and f.q is not None and f.q.base_unit == "元":
                        f.indicator = _funds_of(ptext[sentence.start:clause.start], f.indicator)  # 市本级(至少安排…)
                    if f.indicator in L["investment_words"]:
                        obj = _investment_object(outline, para, pv, clause, clauses)
                        f.indicator = "" if obj is None else obj if obj.endswith(f.indicator) else obj + f.indicator
                        # (nothing named: no target; 扩大有效投资: the object is the measure)
                rows = [f for f in rows if f.indicator]
                zone_ = ZONE_SUBJECT.match(ptext, sentence.start, clause.start) if clause is not clauses[0] else None
                for f in rows:
                    if zone_ and ZONE_MEASURE.fullmatch(f.indicator):  # 经开区加快转型，工业总产值达到…: the zone's
                        f.indicator = zone_.group(1) + f.indicator
                    if f.indicator in L["bare_rates"] and f.q is not None and not quantity_hint().search(
                            ptext, clause.start, clause.start + f.q.start):  # 加强乡镇生活污水治理，确保治理率达到85%
                        # (not 标准化厂房新建30万平方米、入驻率80%: the clause's own subject comes first)
                        f.indicator = _rate_subject(ptext[sentence.start:clause.start], f.indicator)
                if rows and clause is not clauses[0]:  # 新开工甲、乙等15个…，丙、丁等200个亿元以上项目: the verb is shared
                    _share_opening_verb(rows, ptext[clauses[0].start:clauses[0].end], ptext[clause.start:clause.end])
                rows = [dataclasses.replace(f, indicator=n) for f in rows for n in noun_phrases(  # issue 20: the phrase
                    f.indicator, ptext[clause.start:clause.end], f.q, f.reading.mode, f.reading.direction,
                    family_of)]  # of the thing
                rows = [dataclasses.replace(f, indicator=_with_threshold(f.indicator, ptext[clause.start:clause.end], f.q))
                        for f in rows]  # (5亿元以上)产业项目新开工, 实际利用省外(2000万元以上)项目资金: the size stays
                rows = [f for f in rows if (not names_nothing(f.indicator) or _names_a_class(f.indicator))
                        and f.indicator not in FOCUS_ONLY]  # 即, 前, 将; 抓好(1000户): a verb of focus names nothing
                rows = [r for f in rows if (r := counted_noun(f, ptext[clause.start:clause.end],
                                                                ptext[sentence.start:clause.start])) is not None]  # 安置2000人
                for f in rows:
                    f.indicator = after_qualitative(f.indicator)  # 甲全覆盖、乙占比达到65%: 乙占比
                kept = []
                for f in rows:  # a target restated in the explanation after its list is not a second target
                    key = (f.q.value, f.q.value_max, f.q.unit)
                    seen = stated.get(key)
                    if seen and (not in_headline or seen[0] != zone.first) and i - seen[1] <= H["repeat_window"] \
                            and (restates or _same_indicator(seen[2], f.indicator)):
                        continue
                    if in_headline:
                        stated.setdefault(key, (zone.first, i, f.indicator))
                    kept.append(f)
                rows = kept
                if not rows and in_headline and (ctx.kind == "headline" or not (part_horizon and part_horizon[0])):
                    # headline sentences without a number: the plan year's (kind stays horizon if the sentence names a
                    # period); a paragraph or part of multi-year goals (“十四五”时期主要目标是：…治理能力达到新水平) gives
                    # slogans, not the year's targets
                    first_in_sentence = clause is clauses[0]
                    ctext = ptext[clause.start:clause.end]
                    qual = _qualitative(ctext, first_in_sentence)
                    if qual and (len(qual) < 2 or clause.start == 0 and _labelled_item(ptext) and ctext == ptext[:len(ctext)]
                                 and LABELLED_ITEM.match(ptext[:len(ctext) + 1])):
                        qual = None  # 将(继续有所改善): a modal is no indicator; 基本建设, (…): the label of the item
                    asp = aspiration_from is not None and clause.start >= aspiration_from
                    if qual:
                        listed = _listed(qual)  # 城镇新增就业人数，城镇登记失业率、节能减排等约束性指标完成…: the
                        items = (pending_subjects if len(listed) > 1 and "等" in qual else []) + listed  # subject before joins a 等 list
                        rows = [Found(item, None, Reading("", None, item, "before"), pv.span(clause.start, clause.end), asp, ctx)
                                for item in items]
                        pending_subjects = []
                    elif first_in_sentence and _is_bare_subject(ctext):
                        pending_subjects = [tidy_indicator(ctext)]  # 城镇新增就业人数，…等指标完成…目标
                out.extend(rows)
                purpose = not rows and ptext.startswith(tuple(L["purpose_openers"]), clause.start)
                held = (prev_clause, prev_rows) if purpose and prev_rows else None
                prev_clause, prev_rows = clause, rows
            _verbs_that_differ(out[sentence_rows:])
    return _once(out), issues


def _verbs_that_differ(rows: list[Found]) -> None:
    """签约3所高校，动工2所高校: counts of one noun in a sentence that differ by the verb before each are counts of
    different actions; each keeps its verb (签约高校, 动工高校)."""
    by: dict[str, list[Found]] = {}
    for f in rows:
        if f.q is not None and f.reading.mode == "after":
            by.setdefault(f.indicator, []).append(f)
    for noun, fs in by.items():
        leads = [re.split(r"[，,、；;：:]", f.reading.lead)[-1].strip() for f in fs]
        if len(fs) < 2 or len(set(leads)) < len(leads) or len({id(f.reading) for f in fs}) < len(fs) \
                or len({f.q.base_unit for f in fs}) > 1:  # (投资8亿元实施10个: a cost and a count, one work)
            continue
        if all(1 < len(v) <= 3 and not quantity_hint().search(v) and not re.search(r"[\d\W]", v)
               and not noun.startswith(v) and not names_nothing(v) for v in leads):
            for f, v in zip(fs, leads):
                f.indicator = v + noun


def _rate_subject(before: str, rate: str) -> str:
    """A bare rate (治理率, 覆盖率) takes its subject from the clauses before it in its sentence: a clause that ends on
    the rate's stem (加强乡镇生活污水治理 → 乡镇生活污水治理率) or holds it (拓宽磷石膏综合利用场景 → 磷石膏综合利用率),
    else the noun of the clause just before (健全城乡垃圾分类收运体系 → 城乡垃圾分类收运体系覆盖率); the rate alone when
    none names a thing."""
    L = lex()
    stem = rate.removesuffix("率").removeprefix("毛")
    clauses = [c.strip() for c in re.split(r"[，,；;：:]", before) if c.strip()][::-1][:2]  # nearest first
    clauses = [c for c in clauses if not quantity_hint().search(c)]

    def noun(c: str) -> str:
        verbs = sorted(L["rate_subject_verbs"], key=len, reverse=True)
        at = [(c.find(v), -len(v), v) for v in verbs if 0 <= c.find(v) <= 8]
        if at:
            k, _, v = min(at)
            c = c[k + len(v):]
            while (v := next((v for v in verbs if c.startswith(v) and len(c) > len(v)), None)):
                c = c[len(v):]  # 深化拓展“惠民卡”应用: both verbs
        k = c.rfind("的")
        if k >= 0 and len(c) - k - 1 >= 2:
            c = c[k + 1:]  # 设施完善、管理有序的完整社区 → 完整社区
        c = strip_words(c, L["rate_subject_tails"], at_end=True)
        return tidy_indicator(c)

    for c in clauses:
        if c.endswith(stem):
            n = noun(c)
            if len(n) > len(stem) + 1 and n.endswith(stem):
                return n[:-len(stem)] + rate
    for c in clauses:
        k = c.rfind(stem)
        if k > 0 and len(c) - k - len(stem) <= 2:  # 综合利用场景 (not 普惠性幼儿园覆盖面: another measure)
            n = noun(c[:k])
            if len(n) >= 2:
                return n + rate
    if clauses and clauses[0] == before.rstrip("，,；;：: ").split("，")[-1].split(",")[-1].strip():
        n = noun(clauses[0])
        if 2 <= len(n) <= 12 and not any(w in n for w in "、和及与率") and not n.endswith(tuple("面量数额")) \
                and not n.endswith(tuple(L["rate_subject_verbs"])):
            return n + rate
    return rate


def _speaks_of(stext: str, markers: list[str]) -> bool:
    """Whether a sentence holds one of `markers` as a word of its own (要, not the 要 of 重要 or 主要)."""
    for w in lex()["marker_words_not"]:
        stext = stext.replace(w, "")
    return any(w in stext for w in markers)


def _done_in(stext: str) -> bool:
    """A sentence that says something is done: 已, or a perfective 了 after a verb (增长了, 超额完成了)."""
    N = lex()["not_targets"]
    s = stext
    for w in N["done_exceptions"]:
        s = s.replace(w, "")
    return N["done_marker"] in s or "了" in s


def _opens_on_the_past(ptext: str, plan_year: int) -> bool:
    """A paragraph whose first clause (after an address to the deputies) is set in the past year or the years
    before (一年来, 过去一年, 去年, 2023年 in a 2024 plan): its sentences state results, not targets."""
    clauses = [c for c in re.split(r"[，,：:。；;]", ptext[:80]) if c.strip()]
    clauses = clauses[1:] if clauses and clauses[0].strip() in lex()["address_openers"] else clauses
    if not clauses:
        return False
    first = clauses[0].strip()
    if any(first.startswith(w) for w in lex()["past_markers"]):
        return True
    m = YEAR.fullmatch(first)
    return bool(m) and (_year_of(first) or plan_year) < plan_year


TOPIC = re.compile(r"([\u4e00-\u9fa5“”]{2,10}?(?:产业集群|产业链|产业|行业))")
CHAIN_QUALITY = re.compile(r"^(?:完整的?|完善的?|完备的?|整条|全链条的?)")  # (打造)完整(储能产业链): a quality of the verb phrase


def _cut_topic(named: str) -> str:
    """推动光伏和储能产业 → 储能产业: the industry a phrase names, without the verb and the items before it."""
    topic = strip_words(named, words("indicator_leads") + words("keep_verbs"), at_end=False)
    return re.sub(r"^.*(?:[把将对以在为、和及与的]|" + "|".join(map(re.escape, lex()["topic_cut_verbs"])) + ")", "", topic)


def _topic_of(before: str, measure: str) -> str:
    """产业规模 in a sentence on 纺织服装产业 → 纺织服装产业规模: a bare measure is of the industry the sentence is about
    (the last one it names before the clause); unchanged when it names none."""
    found = [m.group(1) for m in TOPIC.finditer(before)]
    for named in reversed(found):  # (新能源产业，把新能源作为产业发展的引擎，…: a bare 产业 after a verb names none;
        topic = _cut_topic(named)  # the one before does)
        if topic.startswith(("上", "下", "内")):
            return measure  # (…以上产业集群: what a class, not an industry)
        m = re.search(r"[\d" + CN_NUMERALS + r"]+[条个项大]", topic)
        topic = topic[m.start():] if m else topic  # 整合优化九条重点产业链 → 九条重点产业链
        if len(topic) < 3:
            continue
        if topic.endswith("产业链") and CHAIN_QUALITY.match(topic):  # 打造完整乙产业链: the chain built is of 乙产业,
            core = CHAIN_QUALITY.sub("", topic)[:-3]  # which the sentence names (甲和乙产业协同发展)
            if len(core) < 2:
                continue
            names = [_cut_topic(m.group(1)) for m in re.finditer(r"([\u4e00-\u9fa5]{0,8}" + re.escape(core) + "产业)(?!链)",
                                                                  before)]
            topic = names[-1] if names and names[-1].endswith(core + "产业") else core + "产业链"
        rest = measure[2:] if measure.startswith("产业") and topic.endswith(("产业", "产业链", "产业集群", "行业")) else measure
        return topic + rest
    return measure


def _share_opening_verb(rows: list[Found], first: str, ctext: str) -> None:
    """新投产甲、乙等6个…，丙、丁等120个亿元以上项目: a clause that only lists examples (…等N个) carries the verb that
    opens the sentence's first clause, which also lists examples."""
    verbs = sorted(set(words("keep_verbs") + words("stage_verbs")), key=len, reverse=True)
    verb = next((w for v in verbs for w in ("新" + v, v) if first.startswith(w)), "")  # (新投产)
    if not verb or not EXAMPLES_COUNTED.search(first[len(verb):]) or not EXAMPLES_COUNTED.search(ctext) \
            or any(ctext.startswith(v) for v in verbs) or _strip_edge(ctext, "indicator_leads", at_end=False) != ctext:
        return  # (开工甲等40个项目，加快推进乙等20个项目: a clause with a verb of its own)
    for f in rows:
        if f.q is not None and not any(f.indicator.startswith(v) for v in verbs) and "等" in ctext[:f.q.start - 0]:
            f.indicator = verb + f.indicator


EXAMPLES_COUNTED = re.compile(r"^[^，,；;\d、]+、[^，,；;\d]+等\d")  # 丙、丁等120个


PLAN_SETS = ("规定", "期间", "时期", "要求", "预定", "中", "内", "末")  # 第一个五年计划规定…: what the plan sets
UNNAMED_PLAN = re.compile(r"(?<![个第])五年计划(?:规定|期间|时期|要求|预定)")  # 五年计划规定扩大耕地面积…
BASE_YEAR = re.compile(rf"(?:比|较|同){YEAR_NUMBER}年")


def _plan_period(stext: str, before: str, plan_year: int) -> tuple[bool, int | None]:
    """A sentence on the five-year plan under way or to come (a 1955 report on the first plan, 1953-1957): it names the
    plan with what it sets (第一个五年计划规定…, 五年计划规定…), or it compares with the year before the plan began
    (即比一九五二年增长3.7倍): its goals are for the plan's last year, not the report's."""
    H = lex()["horizon"]
    for m in YEAR.finditer(stext):  # 计划在一九八五年底以前全部建成…，其余转入第七个五年计划期间: the year it names
        year = _year_of(m.group(0))
        if year is not None and year > plan_year and stext.startswith(("底以前", "以前", "底前", "前"), m.end()):
            return True, year
    for name, year in H["plan_names"].items():
        k = stext.find(name)
        if k >= 0 and year > plan_year and stext.startswith(PLAN_SETS, k + len(name)):
            return True, year
    if any(w in stext for w in H["this_year_words"]) or any(_year_of(m.group(0)) == plan_year for m in YEAR.finditer(stext)):
        return False, None  # (一九五五年…比一九五二年: the year's own plan)
    named = None
    if UNNAMED_PLAN.search(stext):
        named = _plan_named_before(before + stext, plan_year)
    for m in BASE_YEAR.finditer(stext):
        base = _year_of(m.group(0)[1:])
        plan_end = named or _plan_named_before(before + stext, plan_year)
        if base is not None and plan_end is not None and base == plan_end - 5 and base < plan_year - 1:
            return True, plan_end
    return (True, named) if named else (False, None)


# 平均每年递增4%: the yearly average over a plan's years (a rate; 平均每年新增30万人 is a yearly amount)
AVERAGE_YEARLY = re.compile(r"(?:平均每年|每年平均)的?(?:实际)?(?:递增|增长|提高|下降|降低)")
YEARS_GONE_BY = re.compile(rf"(?:[在这过去近]|以来的?)[{CN_NUMERALS}\d]+(?:多)?年(?:间|中|里|来)(?!内)")  # 在十七年间, 过去五年中


CLAUSE_DURATION = re.compile(rf"^(?:今后|未来|再用|用)?([两二三四五六七八九十]|\d)年(?:内|间|时间|合计|累计)?"
                             rf"(?!来|前|以来|以前|行动|攻坚|计划|规划|倍增|义务|制|期|[\d{CN_NUMERALS}])")


DURATION_ACTS = ("建设", "建成", "完成", "实现", "投入", "投资", "淘汰", "改造", "新增", "达到", "累计")


def _clause_duration(ctext: str, plan_year: int, before: str) -> int | None:
    """The last year of a goal whose clause opens on the years it takes (三年建成70所, 今后三年投入8500亿元, 五年新增…):
    the plan year and the years after it, or the end of the five-year plan the report names. Bare years (三年…) need
    a verb of doing or a modal in the clause (not 两年铁路货运量增长55%: two years gone by)."""
    c = ctext.strip().lstrip("并力争")
    m = CLAUSE_DURATION.match(c)
    n = _years_in(m.group(1)) if m else None
    if n is None or not 1 < n <= 10:
        return None
    if not c.startswith(("今后", "未来", "再用", "用")) and not any(w in c for w in DURATION_ACTS + tuple(
            words("keep_verbs")) + tuple(lex()["future_markers"])):
        return None
    return (_plan_named_before(before, plan_year) if n == 5 else None) or plan_year + n - 1


def _plan_named_before(text: str, plan_year: int) -> int | None:
    """The last year of the plan still to come that the report names most before this point (第六个五年计划 in a
    1982 report → 1985), or None."""
    counts: dict[int, int] = {}
    H = lex()["horizon"]
    for name, year in {**H["plans"], **H["plan_names"]}.items():
        if year <= plan_year:
            continue
        n = sum(1 for m in re.finditer(re.escape(name), text)
                if not (m.start() and text[m.start() - 1] in CN_NUMERALS + "〇○"))  # (一九八五年 names no 八五)
        if n:
            counts[year] = counts.get(year, 0) + n
    return max(counts, key=lambda y: (counts[y], -y)) if counts else None  # the plan the report is about


def _once(found: list[Found]) -> list[Found]:
    """A target stated again word for word (办好十件民生实事 … 十件民生实事): the first statement only."""
    seen, out = set(), []
    for f in found:
        key = (f.indicator, f.q.value if f.q else None, f.q.unit if f.q else None, f.reading.comparator)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def target_rows(outline: Outline) -> tuple[list[dict], list[dict]]:
    """Rows of the targets resource, and source issues (count mismatches) for source_issues."""
    doc = outline.document
    found, issues = extract_targets(outline)
    make = IdMaker(doc.document_id, "t")
    rows = []
    for f in found:
        program = outline.program_at(f.clause.start)
        q = f.q
        if f.indicator and LIVED_IN_LEAD.search(f.indicator):  # (a count before its noun keeps the clause it read)
            f = dataclasses.replace(f, indicator=LIVED_IN_LEAD.sub("", f.indicator, count=1))
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
