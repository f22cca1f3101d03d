"""Projects: named places and facilities with what is to be done to them, split and distributed.

A clause of the work plan reads  [stage] names [action]  (推进A、B、C改扩建),  [stage] action names
(加快建设X), or  names action  (A、B投入使用). Its list of names is split on 、/和/及, and what
the items share is distributed: the action, a prefix (地铁七号线…、八号线… → 地铁八号线…), a head
borrowed from the next item (雄商、雄忻高铁 → 雄商高铁; 长江路、黄河路拆迁地块 → 长江路拆迁地块), a tail
after 等 (石家庄、唐山等机场 → 石家庄机场). An item is a project when it ends in a facility or place head
and its modifier says which one (names.is_named: a place, a brand, a number), not only what kind
(批发市场); a kind beside named siblings in a local report is the local one (快递中心、保税仓和…分拣中心).
Designations, campaigns, generic categories and counts are not projects.

All words come from lexicon/projects.yml. Only clauses holding an action word (or 工程, 项目) and a head are read,
each as its Passage (text.passage: folded, inner whitespace dropped), mapped back to exact offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..grammar.numerals import cn_to_int
from ..ids import IdMaker
from ..lexicon import load
from ..text import CLOSE_QUOTES, OPEN_QUOTES, passage, split_list
from .names import document_places, is_named, pieces
from .outline import Outline

NUMERAL = "0-9一二三四五六七八九十两"
LINE_NUMBER = re.compile(rf"[{NUMERAL}]+号线")
ADDRESS = re.compile(rf"[{NUMERAL}]+号(?:楼|院)?$")
COUNT = re.compile(rf"^[{NUMERAL}百千.]+(?:万|亿)?(?:个|座|所|家|处|条|项|栋|户|平方米|公里|亩|套|批|类|片|间|张|台|块|大(?![道街桥厦]))")
INNER_COUNT = re.compile(rf"[0-9.]+(?:万|亿)?余?户|[{NUMERAL}百千]+(?:万|亿)?余?(?:个|条|所|座|家|项|处|批|套|间)|[{NUMERAL}]大(?![道街桥厦连])")  # 棚户区改造20条配套道路: a count, no name
GOAL_INSIDE = re.compile(r".(?:力争|争取)")  # 甲园区、乙园区力争落地…: the places are the subject of a goal
VERB_INSIDE = re.compile(r".建设(?!路|街|大街|大道|村|新村|小区|银行|区|工程|项目)")  # 某地建设世界级景区: a verb phrase, no name
TRAILING_QUANTITY = re.compile(rf"[0-9{NUMERAL}.]+(?:万|亿)?(?:亩|公顷|公里|千米|平方米|平方公里|个|座|所|家|处|条|项|套|间|户)(?:[（(][^）)]{{1,3}}[）)])?$")
TOTAL = re.compile(r"^(?:近|约|超过|超|逾|共|合计)?[0-9.]+(?:万|亿)?(?:吨|千瓦|兆瓦|立方米|标准箱|平方米|亩|公里)")
MANNER_END = re.compile(r"(?:现代化|智能化|数字化|信息化|标准化|电气化|快速化|生态化|绿色化|智慧化)$")
ROUTE = re.compile(r"高速|公路|铁路|国道|省道|高铁|城际|轻轨|航道|快速路")
CAPACITY_END = re.compile(r"(?:孵化能力|服务能力|承载能力|运营效能|能力|效能|质效|水平|辐射功能|影响力|辐射力|竞争力)$")
LETTER_CODE_END = re.compile(r"[A-Z][0-9]{1,2}$")
LETTER_LINE = re.compile(r"([A-Z][0-9]{1,2})(线)")
LEAD_COUNT = re.compile(rf"^[{NUMERAL}百千.]+(?:万|亿)?(?:个|座|所|家|处|条|项|栋|户|大类|大|批|类|片)")
MONEY_MODIFIER = re.compile(r"^(?:总)?投资(?:约)?[0-9.]+(?:万|亿)?元(?:的)?")  # 投资5.5亿元的体育中心二期工程
SIZE_MODIFIER = re.compile(r"[0-9.]+(?:万)?(?:平方米|亩|公里)(?:的)?")  # 23万平方米的建材城, 某商场5万平方米主力店
PLACE_LEAD = re.compile(r"^[\u4e00-\u9fff]{1,3}?[省市县区旗镇乡]")  # 某县…: an item that names its own place
# A count and the kind the listed names share, written on the last of them (甲、乙、丙三个一号公路; 甲、乙两个新村的…)
COUNTED_KIND = re.compile(rf"^(.+?)([{NUMERAL}]+)(?:个|大(?=[\u4e00-\u9fff]{{2}}))(.+)$")  # 甲、乙五大科技城 too
NUMBERED_START = re.compile(rf"[{NUMERAL}]+(?:号|#|＃|标段)")  # 3号机组, 二标段: a numbered unit
BARE_NUMBER_END = re.compile(r"(?<![0-9×.])[0-9]{1,2}$")
NUMBERED_END = re.compile(rf"[{NUMERAL}]+(?:号|#|＃|标段)$")
ORDINAL_ONLY = re.compile(rf"^第[{NUMERAL}]+$")
ORDINAL = re.compile(rf"第[{NUMERAL}]+")
ORDINAL_OWNER = re.compile(rf"^([\u4e00-\u9fff]{{0,5}}[市县区旗])第[{NUMERAL}]+")  # 某县第一中学: the place that numbers it
PHASE = re.compile(rf"[{NUMERAL}]+期")
VOLTAGE_LEAD = re.compile(r"^[0-9±]+(?:千伏|kV|KV)")
MONTH_END = re.compile(r"(?<=[\u4e00-\u9fff])(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:底|前|份|底前)?$")
PHASE_ONLY = re.compile(rf"[{NUMERAL}]+期(?:工程|项目)?")
PHASE_END = re.compile(rf"[{NUMERAL}]+期(?:工程|项目)?$")
ENUMERATOR = re.compile(rf"^(?:[（(][{NUMERAL}]{{1,3}}[)）]|[{NUMERAL}]{{1,3}}[、.．])")  # 一、新建…: an item's number
DEBRIS = re.compile(r"^[A-Za-z\s]+(?=[\u4e00-\u9fff])")  # markup debris left by a scrape: span改造…
FRAME = re.compile(r"^以.{1,20}为")  # 以…为引擎: a frame, not an undertaking
# 以A整治、B生态治理为重点: a frame whose items carry their own actions
FOCUS = re.compile(r"^以(.{2,60})为(?:重点|抓手|突破口|主线|核心|载体)$")
PLACED = re.compile(r"(落地|落户|入驻)(?:于|在)?[\u4e00-\u9fff]{2,4}$")  # 农场落地某市: the action, then where
# 沧州新区要抓好…, 与北京共同推动…: the subject (or partner) before the stage
SUBJECT = re.compile(r"^(?:[^、，和]{2,10}?(?:要|将)|(?:与|同)[^、，]{1,8}?(?:共同|一道|一起|联合))")
SPEEDS = ("加快", "加速", "加紧", "提速", "抓紧")
PACES = ("加快", "加速", "加紧", "提速", "抓紧", "继续", "稳步", "有序")  # words of pace a work after its names takes
HYPOTHETICAL = re.compile(r"^(?:如果|假如|假若|倘若|如若|若是|(?:如|若)(?=[用把将使能]))")  # 如用之于…: a supposition
STRATEGY_CORRIDOR = re.compile(r"(?:开放|出海|出省|出境)大?通道$|大通道$|大陆桥$")  # 新亚欧大陆桥: a continent's route  # a region's outlet, a strategy
REFORMED = re.compile(r"(?:高质量发展|发展|改革|综合改革)$")  # 等公立医院高质量发展: what becomes of institutions
FINANCED = re.compile(r"(?:贷款|专项债|专项债券|债券|国债|基金|资金|外资|内资|PPP)(?:项目|工程)$")
# 甲研发中心、乙实验室等机构建设: institutions set up, no works (医疗机构 are hospitals, built)
INSTITUTIONS = re.compile(r"^(?:[0-9一二三四五六七八九十]+[个家])?(?:创新|研发|科研|研究|新型研发)?机构(?:建设)?$")
LEVEL_LEAD = re.compile(r"^(?:省|市|县|区|州|全省|全市|全县|全区)")
PARTNERED = re.compile(r"(?:合作|协作|共建|对接|招商|引进)(?:办学|办医)?(?:项目|工程)$")  # 与某公司合作项目: a partnership, no place
QUOTE_CHARS = re.compile("[" + re.escape(OPEN_QUOTES + CLOSE_QUOTES + '"') + "]")
QUOTED = re.compile(r"[“\"「《][^”\"」》]*[”\"」》]")
CLAUSE_PARTS = ("plan", "self-government", "preamble", "requirements", "annex")  # annexes: 民生实事 of the plan year
FIRMS_TAIL = re.compile(r"^(?:重点|骨干|龙头|国有|困难|老|大型|中小)?企业")
# 与某通道同步通车: the work the items keep pace with is a reference, no project of the clause
IN_STEP = re.compile(r"(?:与|同|和)[^、，与同和]{2,20}?(?:同步|同期|同时)(?=[\u4e00-\u9fff]{2,8}$)")
LISTED_WORKS = re.compile(r"等(?:重点|重大)?(?:项目|工程)$")  # A、B、C等项目: the text says its items are works
LISTED_PROJECTS = re.compile(r"等([^、，,等]{0,6}?(?:工程|项目))(?:进展|进度|进程|步伐|的|建设)*(实施)?$")  # …等项目实施: 实施 is done
JOINT = re.compile(r"([^、，,]+和[^、，,]+?)合建(?:项目)?")
KEEP_HE = "\ue000"  # stands for 和 inside a joint project while the list is split
KEEP_YU = "\ue001"  # stands for 与 inside a verb (参与) while the list is split
KEEP_DENG = "\ue002"  # stands for 等 inside a word (高等级, 平等) while lists and their 等-kinds are read
KEEP_JI = "\ue003"  # stands for 及 inside one name (某集团铝及硅材料加工) while the list is split
WORD_DENG = re.compile(r"(?<=[高初平同相对均])等|(?<![一二三四五六七八九十0-9]中)(?<=中)等|等(?=[级次])")  # 八中等: a school


class WordSet:
    """Words matched at the start or end of a string, longest first, with one set lookup per length."""

    def __init__(self, words):
        self.words = frozenset(words)
        self.lengths = sorted({len(w) for w in self.words}, reverse=True)

    def prefix(self, s: str, shorter: bool = True) -> str:
        """The longest word s starts with ('' if none); with `shorter`, a word that is all of s does not count."""
        n = len(s) - (1 if shorter else 0)
        for k in self.lengths:
            if k <= n and s[:k] in self.words:
                return s[:k]
        return ""

    def suffix(self, s: str, shorter: bool = True) -> str:
        n = len(s) - (1 if shorter else 0)
        for k in self.lengths:
            if k <= n and s[-k:] in self.words:
                return s[-k:]
        return ""

    def strip_end(self, s: str) -> str:
        """s without any of the words at its end, again and again, never down to nothing."""
        while True:
            w = self.suffix(s)
            if not w:
                return s
            s = s[: -len(w)]

    def __contains__(self, w: str) -> bool:
        return w in self.words


def _trie(words) -> str:
    """A regular expression matching any of the words, as a trie (公园|公路 → 公(?:园|路)): the engine tries one
    branch per character instead of every word in turn. Longer words first, as in a plain alternation."""
    root: dict = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def walk(node: dict) -> str:
        branches = [re.escape(c) + walk(child) for c, child in sorted(node.items()) if c]
        if "" in node:  # a word may end here, but a longer one is tried first
            return "(?:" + "|".join(branches) + ")?" if branches else ""
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return walk(root)


def _alternation(words) -> re.Pattern:
    return re.compile(_trie(set(words)))


@dataclass(frozen=True)
class Lexicon:
    """lexicon/projects.yml compiled for matching."""

    heads: dict
    head_set: WordSet
    weak_heads: frozenset
    field_heads: frozenset
    field_words: tuple
    energy_heads: frozenset
    energy_words: tuple
    district_heads: frozenset
    plant_words: tuple
    sector_leads: tuple
    work_words: re.Pattern
    geographic: frozenset
    geographic_ends: tuple
    basin: re.Pattern
    locator: re.Pattern
    locators: frozenset
    containers: tuple
    qualifier: re.Pattern
    road_name: re.Pattern
    road_code: re.Pattern
    actions: WordSet
    action_tails: WordSet
    own_actions: tuple
    sector_words: WordSet
    company_ends: WordSet
    firm_ends: WordSet
    company_names: frozenset
    upkeep_actions: frozenset
    strategy_prefixes: tuple
    strategy_roles: frozenset
    geographic_words: frozenset
    name_tails: WordSet
    completion: frozenset
    stages: WordSet
    adverbs: WordSet
    pace_words: frozenset
    industry_words: WordSet
    designation_verbs: re.Pattern
    designation_prefixes: tuple
    great_waters: WordSet
    cargo_words: WordSet
    cargo_heads: frozenset
    material_classes: WordSet
    designation_heads: WordSet
    campaign_words: re.Pattern
    designation_words: re.Pattern
    plural_marks: re.Pattern
    kind_prefixes: tuple
    support_stages: frozenset
    work_stages: frozenset
    running_stages: frozenset
    role_stages: frozenset
    role_heads: frozenset
    region_words: tuple
    rank_prefixes: tuple
    rank_works: frozenset
    slogan_words: WordSet
    campaign_openers: tuple
    event_tails: re.Pattern
    capacity_lead: re.Pattern
    status_words: re.Pattern
    singular: frozenset
    own_levels: WordSet
    verb_starts: WordSet
    not_in_names: re.Pattern
    place_suffixes: frozenset
    generic_tails: frozenset
    strategy_ends: tuple
    area_tails: re.Pattern
    right_words: re.Pattern
    standing_words: re.Pattern
    standing_heads: frozenset
    kind_tails: re.Pattern
    plain_tails: frozenset
    separators: list
    separator: re.Pattern
    cue: re.Pattern
    head_rx: re.Pattern
    default_stage: str


@lru_cache(maxsize=1)
def lex() -> Lexicon:
    L = load("projects")
    heads = {h: cat for cat, hs in L["heads"].items() for h in hs}
    qualifiers = "|".join(L["name_qualifiers"])
    return Lexicon(
        heads=heads,
        head_set=WordSet(heads),
        weak_heads=frozenset(L["weak_heads"]),
        field_heads=frozenset(L["field_heads"]),
        field_words=tuple((w, cat) for cat, ws in L["field_words"].items() for w in ws),
        energy_heads=frozenset(L["energy_heads"]),
        energy_words=tuple(L["energy_words"]),
        district_heads=frozenset(L["district_heads"]),
        plant_words=tuple((w, cat) for cat, ws in L["plant_words"].items() for w in ws),
        sector_leads=tuple((w, cat) for cat, ws in L["sector_leads"].items() for w in ws),
        work_words=_alternation(L["work_words"] + [w for ws in L["plant_words"].values() for w in ws]),
        geographic=frozenset(L["geographic_heads"]),
        geographic_ends=tuple(L["water_ends"]),
        basin=re.compile(f"[{''.join(L['water_ends'])}]((?:{'|'.join(L['basin_words'])}).*)$"),
        locator=re.compile(L["locator"]),
        locators=frozenset(L["locator_heads"]),
        containers=tuple(L["container_heads"]),
        qualifier=re.compile(f"(?:{qualifiers})+"),
        road_name=re.compile("(?:" + "|".join(L["road_names"]) + ")$"),
        road_code=re.compile(L["road_codes"]),
        actions=WordSet(L["actions"]),
        action_tails=WordSet(L["action_tails"]),
        own_actions=tuple(L["own_actions"]),
        sector_words=WordSet(L["sector_words"]),
        company_ends=WordSet(L["company_ends"]),
        material_classes=WordSet(L["material_classes"]),
        cargo_words=WordSet(L["cargo_words"]),
        great_waters=WordSet(L["great_waters"]),
        cargo_heads=frozenset(L["cargo_heads"]),
        firm_ends=WordSet(L["firm_ends"]),
        company_names=frozenset(L["company_names"]),
        upkeep_actions=frozenset(L["upkeep_actions"]),
        strategy_prefixes=tuple(L["strategy_prefixes"]),
        strategy_roles=frozenset(L["strategy_roles"]),
        geographic_words=frozenset(L["geographic_words"]),
        name_tails=WordSet(L["name_tails"]),
        completion=frozenset(L["completion_actions"]),
        stages=WordSet(L["stages"]),
        adverbs=WordSet(L["adverbs"]),
        pace_words=frozenset(L["pace_words"]),
        industry_words=WordSet(L["industry_words"]),
        designation_verbs=_alternation(L["designation_verbs"]),
        designation_prefixes=tuple(L["designation_prefixes"]),
        designation_heads=WordSet(L["designation_heads"]),
        campaign_words=_alternation(L["campaign_words"]),
        designation_words=_alternation(L["designation_words"]),
        plural_marks=_alternation(L["plural_marks"]),
        kind_prefixes=tuple(L["kind_prefixes"]),
        support_stages=frozenset(L["support_stages"]),
        work_stages=frozenset(L["work_stages"]),
        running_stages=frozenset(L["running_stages"]),
        role_stages=frozenset(L["role_stages"]),
        role_heads=frozenset(L["role_heads"]),
        region_words=tuple(L["region_words"]),
        rank_prefixes=tuple(L["rank_prefixes"]),
        rank_works=frozenset(L["rank_works"]),
        slogan_words=WordSet(L["slogan_words"]),
        campaign_openers=tuple(L["campaign_openers"]),
        event_tails=_alternation(L["event_tails"]),
        capacity_lead=re.compile(rf"^[{NUMERAL}百千.×]+(?:万|亿)?(?:{'|'.join(L['capacity_units'])})"),
        status_words=re.compile("^(?:" + _trie(L["status_words"]) + ")+"),
        singular=frozenset(L["singular_institutions"]),
        own_levels=WordSet(L["own_levels"]),
        verb_starts=WordSet(L["verb_starts"]),
        not_in_names=_alternation(L["not_in_names"]),
        place_suffixes=frozenset(L["place_suffixes"]),
        generic_tails=frozenset(L["generic_tails"]),
        strategy_ends=tuple(L["strategy_ends"]),
        area_tails=_alternation(L["area_tails"]),
        right_words=_alternation(L["right_words"]),
        standing_words=_alternation(L["standing_words"]),
        standing_heads=frozenset(L["standing_heads"]),
        kind_tails=_alternation(L["kind_tails"]),
        plain_tails=frozenset(L["plain_tails"]),
        separators=L["list_separators"],
        # text.split_list's rules as one expression: longest separator first, 和平 and 及其 are no lists
        separator=re.compile("|".join(re.escape(w) + {"和": "(?![平谐美睦·・])", "及": "(?!其)"}.get(w, "")
                                      for w in sorted(L["list_separators"], key=len, reverse=True))),
        # a clause that may name a project holds an action, or says 工程 or 项目
        cue=_alternation(L["actions"] + L["work_stages"] + ["工程", "项目"]),
        head_rx=re.compile(_alternation(heads).pattern + "|" + "|".join(L["road_names"]) + "|" + qualifiers),
        default_stage=L["default_stage"],
    )


# --- heads and name-ness ---------------------------------------------------------------------

@dataclass(frozen=True)
class Head:
    head: str  # the head noun ('' for a road named by a code or a ring)
    category: str
    modifier: str  # what stands before the head, qualifiers (二期, 南段) aside
    qualifier: str = ""  # 二期, 秦皇岛段, （东延线）


@lru_cache(maxsize=16384)
def head_of(name: str) -> Head | None:
    """The head noun the name ends with, qualifiers such as 二期 or 秦皇岛段 aside; an address (88号) is a building."""
    L = lex()
    forms = [name] + [name[:i] for i in range(len(name) - 1, 0, -1) if L.qualifier.fullmatch(name, i)]
    deferred = None
    for form in forms:
        q = name[len(form):]
        h = L.head_set.suffix(form, shorter=False)
        if h and deferred is None and len(h) == 1 and q and len(L.head_set.suffix(form[:-1], shorter=False)) >= 2:
            deferred = Head(h, L.heads[h], form[: -len(h)], q)  # 某高速公路河北段: 河 opens the section's place, the road is the head
            continue
        if h:
            return Head(h, L.heads[h], form[: -len(h)], q)
        road = L.road_name.search(form)
        if road:
            return Head("", "transport", form[: road.start()] + road.group(0), q)
        address = ADDRESS.search(form)
        if address:
            return Head(address.group(0), "other", form[: address.start()], q)
    if deferred is not None:
        return deferred
    if len(forms) > 1 and is_named(forms[-1]):
        return Head("", "other", forms[-1], name[len(forms[-1]):])  # 青云二期, 青云二期北段: a named work by its phase or section
    return None


@lru_cache(maxsize=1)
def _heads_longest_first() -> list[tuple[str, str]]:
    return sorted(lex().heads.items(), key=lambda r: -len(r[0]))


NUMBERED_SCHOOL = re.compile(r"(?:^|[市县区])[一二三四五六七八九十]{1,3}[中小](?=$|迁建|改扩建|扩建|新建|改造|新校区|校区)")
NATURE_WORK = re.compile(r"保护|治理|修复|整治|生态")
SECTION_BETWEEN = re.compile(r"^[\u4e00-\u9fff]{2,8}至[\u4e00-\u9fff]{2,6}段$")
THROUGH = re.compile(r"^[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4}$")  # 甲地至乙地: a route, nothing else
ROAD_LINK = re.compile(r"(?:路|街|大道|大街)[-－—–~至][\u4e00-\u9fff]{1,8}(?:路|街|大道|大街)(?:连通|连接|贯通|打通|衔接)$")
ROAD_EXTENSION = re.compile(r"(?:路|街|大道|道)[东南西北]{0,2}延(?:伸)?(?:段|线)?$")
RENEWAL = re.compile(r"改造|更新|棚改|棚户|征收|拆迁|安置|旧改")


# A corridor told only by the way it heads (向海, 沿江, 出海) and the kind of way it is: no name.
GENERIC_CORRIDOR = re.compile(r"^(?:向|沿|出|临|通|疏)(?:海|江|河|湖|边|港)(?:疏港|出海|出省|高速公路|高速|铁路|公路|运输|快速|综合|物流|交通)*$")
CITY_PART = re.compile(r"中心城区|中心城|主城区|城市中心")


BUILT = ("建设", "新建", "续建", "开工", "开工建设", "建成", "加快建设")
PLOT_CODE = re.compile(r"(?:[A-Z0-9]{1,3}|[东南西北]|[一二三四五六七八九十]号)$")
RESETTLEMENT = re.compile(r"安置(?:区|房|小区|住房|点)")
SUPPLY_WORK = re.compile(r"(?:供电|配电|输变电|供水|供气|供热)(?:配套)?$|(?:供电|配电|供水|供气|供热)(?:配套)?(?:基础)?设施$|配套(?:供电|供水|供气|供热)$")
PRODUCTION_LINE = re.compile(r"(?:[0-9一二三四五六七八九十]+期)?[A-Z][0-9]?线$")


def category_of(name: str, action: str = "") -> str:
    """The category of the most specific head in the name (学校 in 南开学校人防物资储备库 is not it); `action`: what is
    done to it (a bay built is a development zone, 某湾 protected is nature)."""
    h = head_of(name)
    if RESETTLEMENT.search(name):
        return "housing"  # 某片区安置区项目, 某安置房: homes for those moved
    if h and h.head in ("项目", "工程", "设施", "基础设施") and SUPPLY_WORK.search(h.modifier):
        return "utilities"  # 某新区供电配套项目: the supply network's works, whatever place they serve
    if h and h.head == "地块" and action in BUILT:
        owner = head_of(PLOT_CODE.sub("", h.modifier))
        if owner is not None and owner.category in ("health", "education", "culture", "sport"):
            return owner.category  # 某医院B地块 built: the hospital's new building on its plot, no land for sale
    line = PRODUCTION_LINE.search(name)
    if line and lex().firm_ends.suffix(name[: line.start()], shorter=False):
        return "commerce"  # 某新材料一期A线: a firm's production line, no railway
    if h and h.head in ("湾", "海湾") and (ROUTE.search(name) or lex().road_code.search(name)):
        return "transport"  # S462某湾至某段, 某国道某湾过境段: a road's section named by the bay it passes
    if h and h.head in ("湾", "海湾") and action and not NATURE_WORK.search(action + name) and not ROUTE.search(name) \
            and not lex().road_code.search(name):
        return "commerce"  # 佛山某龙湾、某滨海湾建设: zones named after a bay, not the water (nor a road's section)
    if h and h.head in ("项目", "工程") and NUMBERED_SCHOOL.search(h.modifier):
        return "education"  # 市三中迁建项目: a school named by its number (三中, 第二中学's short form)
    if h and h.head in ("项目", "工程") and ROAD_EXTENSION.search(h.modifier):
        return "transport"  # 某路南延工程, 某大道延伸工程: the road carried further
    if h and h.head in ("项目", "工程") and ROAD_LINK.search(h.modifier):
        return "transport"  # 甲路-乙路连通工程: a road joined to a road, no water's link
    if h and h.head in ("项目", "工程") and THROUGH.search(h.modifier):
        return "transport"  # 甲地至乙地项目 in a list of roads: a route between two places
    if SECTION_BETWEEN.search(name):
        return "transport"  # 甲地东高环至乙地段: a section of a way between two places
    route = ROUTE.search(name)
    if route and h and h.qualifier.startswith("至") and route.end() <= len(h.modifier):
        return "transport"  # 某高速甲山至乙段: a section of the road, not the hill it starts at
    if h and h.head in lex().energy_heads and any(w in h.modifier for w in lex().energy_words) \
            and not LINE_NUMBER.search(name):
        return "utilities"  # 某LNG接收站, 某天然气站线: a fuel's station or line is the energy network's, no road's
    if h and h.head == "运河" and NATURE_WORK.search(action):
        return "environment"  # 大运河保护: the waterway kept as nature and heritage; a canal built or upgraded is transport's
    if h and h.head in ("新区", "东区", "西区", "南区", "北区", "新院", "城") and re.search("院(?:健康|医疗|医学)?$", h.modifier):
        return "education" if re.search("(?:学院|书院)$", h.modifier) else "health"  # 市三院新区, 某附属医院健康城: a hospital's new campus
    if h and h.head == "山" and h.modifier.endswith("矿") and not NATURE_WORK.search(action + name):
        return "commerce"  # 某铁矿山, 某绿色智能矿山: a mine is a business, not a hill (one restored is nature's)
    if h and h.head == "街区" and h.modifier.endswith(("历史文化", "文化", "历史")):
        return "culture"  # 某历史文化街区: a heritage quarter, not a market
    if h and h.head == "片区" and RENEWAL.search(action + name):
        return "housing"  # 某路片区改造, 某片区征收: old homes renewed; a zone developed is the zone's field
    inner = head_of(h.modifier) if h and h.category == "other" and h.modifier and h.head not in lex().field_heads \
        else h  # …中心项目: the 中心; 某革命军事馆: the 馆 itself
    if inner and inner.head in lex().field_heads:
        field = max(((inner.modifier.rfind(w), cat) for w, cat in lex().field_words if w in inner.modifier),
                    default=None)  # the field word nearest the head
        if field is not None:
            return field[1]
    if h and h.category != "other":
        return h.category
    if h and h.head in lex().district_heads:
        return "other"  # 高铁新城: a town by the station, no station's; the head decides, and says no sector
    if h and h.head in ("楼", "大楼", "综合楼") and h.modifier:
        field = max(((h.modifier.rfind(w), cat) for w, cat in lex().field_words
                     if w in h.modifier and cat != "other"), default=None)  # 某疾控中心实验楼: 实验 says no field
        if field is not None:
            return field[1]  # 某中心门诊综合楼: a building of the field its modifier names nearest (门诊: health)
    if VOLTAGE_LEAD.match(name):
        return "utilities"  # 500千伏某某变, 220千伏某某输变电工程: the grid's
    plant = next((cat for w, cat in lex().plant_words if w in name), None)
    if plant:
        return plant  # 某地抽水蓄能项目, 某输变电工程
    if lex().road_code.search(name):
        return "transport"  # S312东乡至东金段改建项目
    before_head = h.modifier if h and h.head else name  # 市政务服务中心: its 中心 is its own head's, no field
    before_head = CITY_PART.sub("", before_head)  # 市中心城区积水点改造工程: a part of the city, no centre
    nearest = max(((before_head.rfind(head) + len(head), len(head), cat) for head, cat in _heads_longest_first()
                   if cat != "other" and len(head) > 1 and head in before_head
                   and not (h and len(h.head) == 1 and before_head.endswith(head))), default=None)  # 某大道馆: a hall's name
    if nearest is not None:
        return nearest[2]  # the facility word nearest the head (某船闸扩能工程: 船闸; 某码头奥特莱斯购物公园项目: 购物公园)
    if h and h.head in ("工程", "项目") and h.modifier.endswith(lex().geographic_ends) \
            and (head_of(h.modifier) or Head("", "", "")).head in lex().geographic_ends:
        return "environment"  # 某江工程, 某河项目: a river's works (a port, a bridge or a plant on it has its head)
    return h.category if h else "other"


def _place_named(s: str) -> bool:
    """奋斗镇, 胜利路, 五大道: two characters or more before a place word, together no common word (街道, 农村)."""
    L = lex()
    for i in range(len(s) - 1, 1, -1):
        if s[i] in L.place_suffixes:
            word = s[i - 1: i + 1]
            return not _is_common(s[max(0, i - 2): i + 1]) and (not _is_common(word) or word in ("大道", "大街"))
    return False


def _says_which(mod: str) -> bool:
    """A modifier that names its thing: a name, a place word, a number."""
    return is_named(mod) or _place_named(mod) or bool(ORDINAL.search(mod))


def _one_name(s: str) -> bool:
    """滦河 (a place word), 潮白河 or 昝岗 (no word at all): the whole of s is one name."""
    ps = pieces(s)
    return len(s) >= 2 and (ps == [(s, "proper")] or all(kind == "" for _, kind in ps))


def _is_common(word: str) -> bool:
    return len(word) >= 2 and pieces(word) == [(word, "common")]


def is_specific(name: str, local: bool = True, places: frozenset = frozenset()) -> bool:
    """Whether the name says which one: a named modifier (潮白河, 港珠澳大桥), a place word (哈克村牧场), a
    number (第五中学, 626小河), the government's own (市儿童医院), a place the report names (长青工业园区 where
    it speaks of 长青县: `places`), or in a local report one of its singular institutions (殡仪馆)."""
    L = lex()
    h = head_of(name)
    if h is None or L.plural_marks.search(name):
        return False
    mod = QUOTED.sub("", h.modifier)
    if not h.head:
        return True  # a road code, a ring, a named phase
    if mod.startswith(L.region_words) and h.head.endswith("基地"):
        return False  # 长三角某某供应基地: a role the city takes toward a region, not a place of its own
    # 山洪沟道: the place word 沟 makes a word with the head (沟道), it names no place
    place_mod = mod[:-1] if mod and _is_common(mod[-1] + h.head) else mod
    if mod[:2] in places:
        return True
    if is_named(mod) or ORDINAL.search(mod) or _place_named(place_mod) or PHASE.search(h.modifier + h.qualifier) \
            or L.road_name.search(mod) or L.locator.search(mod) or LINE_NUMBER.search(name):
        return True
    if h.head in L.geographic and _one_name(name[: len(name) - len(h.qualifier)]):
        return True  # 滦河, 白洋淀: a river or lake named by one word
    if h.head in ("路", "街", "大街", "道", "大道", "村", "镇") and len(mod) >= 2 and not _is_common(name[-3:]) \
            and (len(h.head) > 1 and not mod.startswith(L.kind_prefixes) or not _is_common(name[-2:])):
        return True  # 胜利路, 建设大街: a street name is a name whatever its words (道路, 公路: kinds)
    if local and (name in L.singular or mod == "" and h.head in L.singular):
        return True
    level = L.own_levels.prefix(mod, shorter=False)
    if level and (len(mod) == len(level) or mod[len(level)] not in "级域属内外直市县区乡镇村"
                  and not _is_common(mod[: len(level) + 1])):  # 市儿童医院, not 市民素质提升工程
        return local or level == "省"  # 市儿童医院, 区医院新院区, 省图书馆: the one the government runs
    return False


COMPANY = re.compile("(?:公司|集团|股份)")
VERSION = re.compile(r"[0-9０-９]{2,4}年?版")


def valid_name(name: str) -> bool:
    """A name at all: a head, no verb or count or campaign, not a designation."""
    L = lex()
    h = head_of(name)
    if len(name) < 2 or h is None or COUNT.match(name) or INNER_COUNT.search(name) or len(name) > 40:
        return False
    if VERSION.search(h.qualifier):
        return False  # 某某提升举措（2025版）: a document in its edition, no place
    bare = QUOTE_CHARS.sub("", name)
    strategy = next((w for w in L.strategy_prefixes if bare.startswith(w)), "")
    if strategy:
        rest_h = head_of(bare[len(strategy):])
        if rest_h is None or not _says_which(rest_h.modifier) or rest_h.head in L.strategy_roles:
            return False  # “一带一路”南向大通道, 海上丝绸之路重要枢纽: a national strategy's role, no place
    if name.startswith(L.designation_prefixes) or L.designation_heads.suffix(name, shorter=False) \
            and not _water_work(name, L.designation_heads.suffix(name, shorter=False)) \
            or name.endswith("项目") and L.designation_heads.suffix(name[:-2], shorter=False) \
            or L.designation_words.search(name):
        return False
    voltage = VOLTAGE_LEAD.match(name)
    if voltage and not re.sub("电网|输变电|变电|线路|电力|配套|送出|主网|骨干|网架", "", h.modifier[voltage.end():]):
        return False  # 500千伏电网工程: a voltage class, no place (220千伏某某输变电工程 names its place)
    if name.startswith(L.rank_prefixes) and h.head not in L.rank_works:
        return False  # 国家级某某培训基地, 国家级某某试验区: a rank sought or given
    if h.head in ("工程", "项目") and not _strip_sectors(L.status_words.sub("", h.modifier)):
        return False  # 重点城建项目, 重大民生工程: the sectors of a list, no name
    if h.head in ("工程", "项目") and h.modifier.endswith("类"):
        return False  # 城建类项目, 产业类项目: a class of projects, none named
    if h.head in ("工程", "项目") and L.campaign_words.search(h.modifier):
        return False  # 某某文化传承弘扬工程, 某某技术攻关项目: a programme promoted, not a place worked on
    if L.capacity_lead.match(name):
        return False  # 10万吨某材料项目: a kind of line by its size
    firm = COMPANY.search(name)
    if firm and h.head in ("项目", "工程") and L.capacity_lead.match(name[firm.end():]):
        return False  # 某某矿业公司20万吨某冶炼项目: a firm's product line by its size, no place named
    if h.head in ("工程", "项目") and h.modifier in L.head_set and L.heads.get(h.modifier) != "other":
        return False  # 航道工程, 管网项目: a kind of work, none named
    if h.head in ("通道", "大通道", "主通道") and GENERIC_CORRIDOR.match(h.modifier):
        return False  # 向海高速公路通道, 沿江疏港通道: a direction and a kind of way, no corridor named
    if name.startswith(("数字", "数智")) and h.head in ("通道", "走廊"):
        return False  # 数字某某通道: a digital system named like a corridor
    if h.head == "工程" and len(h.modifier) == 2 and h.modifier.startswith(L.campaign_openers):
        return False  # 强校工程: a campaign's slogan
    slogan = L.slogan_words.prefix(name)
    rest = name[len(slogan):]
    rest_head = head_of(rest) if slogan else None
    if slogan and (len(rest) <= 3 and (rest_head is None or len(rest_head.head) == 1 and rest_head.head in L.weak_heads)
                   or rest.endswith("工程") and len(rest) <= 5):
        return False  # 平安某某江, 美丽某某港, 健康某某工程: a slogan over a city's name
    if QUOTED.search(name) and not _says_which(QUOTED.sub("", h.modifier)):
        return False  # “城市双修”工程: a campaign's name
    if name.endswith("分中心") and any(w in name[:-3] for w in _designated_centres()):
        return False  # 某某技术创新中心某省分中心: a branch of a designated institution, no work
    if any(L.designation_heads.suffix(QUOTE_CHARS.sub("", q.group(0)), shorter=False) for q in QUOTED.finditer(name)):
        return False  # “国家某某创新中心”某省分中心: a branch of a designated institution, no work
    if L.verb_starts.prefix(name) and name not in L.head_set or L.not_in_names.search(name) or VERB_INSIDE.search(name):
        return False
    return True


def _water_work(name: str, campaign: str) -> bool:
    """某河防洪提升工程: a campaign's word (提升工程) after a river's flood works names the works, no campaign."""
    rest = name[: -len(campaign)]
    return campaign.endswith("工程") and any(c in lex().geographic_ends for c in rest) \
        and bool(FLOOD_WORK.search(rest))


FLOOD_WORK = re.compile(r"防洪|排涝|治涝|堤防|蓄洪|滞洪|行洪")


@lru_cache(maxsize=1)
def _designated_centres() -> tuple[str, ...]:
    """Designated institutions (创新中心, 实验室, 研究院): what a 分中心 may be a branch of."""
    return tuple(w for w in lex().designation_heads.words if w.endswith(("中心", "实验室", "研究院", "研究所")))


ONE_CHAR_HEADS = frozenset("路街道河江湖淀湾岛山港桥站厂矿楼馆园林城渠库谷坪")
ABBREVIATIONS = frozenset("京沪津渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇藏陕甘陇青宁")  # 川渝某某工程: provinces


def _abstract_work(name: str, places: frozenset = frozenset()) -> bool:
    """A 工程 named by what it promotes, not where (精雕细琢工程, 某某增收共富工程, 度冬保暖工程): the words before 工程
    hold no place, no proper name, no phase or number, no facility and no word of a built work (lexicon work_words:
    输变电, 防洪, 入 of 引甲入乙). A stretch no dictionary word covers is no place there: a coined slogan. A 项目
    is left alone: before it a word of no dictionary is mostly a firm's name (某诺电子项目)."""
    h = head_of(name)
    if h is None or h.head != "工程" or h.qualifier:
        return False
    mod = QUOTE_CHARS.sub("", h.modifier)
    if len(mod) < 2 or mod[:2] in places or re.search(r"[0-9A-Za-z]", mod) or ORDINAL.search(mod) or PHASE.search(mod) \
            or _place_named(mod) or mod[0] in ABBREVIATIONS or lex().work_words.search(mod):
        return False
    if any(kind == "proper" for _, kind in pieces(mod)):
        return False
    if any(len(w) > 1 and w not in ("工程", "项目") and w in mod for w in lex().heads):
        return False  # 某某水库增容工程: a reservoir is a place
    return not any(c in ONE_CHAR_HEADS or c in lex().geographic_words for c in mod)  # 某河治理工程, 某峡工程


def _product_kind(name: str) -> bool:
    """新型显示模组项目, 数字货运平台项目: a 项目 named by words of industries and products alone (lexicon
    industry_words), two at least, no firm, place or number among them: a kind of line, no project."""
    h = head_of(name)
    if h is None or h.head != "项目" or h.qualifier:
        return False
    words, s = 0, h.modifier
    while s:
        w = lex().industry_words.prefix(s, shorter=False)
        if not w:
            return False
        s, words = s[len(w):], words + 1
    return words >= 2


def _core(name: str) -> str:
    """The name without a trailing 项目 or 工程 when what it marks has a head of its own (时代广场项目 → 时代广场)."""
    for w in ("建设项目", "项目", "工程"):
        if name.endswith(w) and len(name) > len(w) + 1 and head_of(name[: -len(w)]):
            return name[: -len(w)]
    return name


def _district_facility(item: str) -> bool:
    """铁路专用线, 电商快递园: a facility by its own head, which a district's list names as its own."""
    h = head_of(_core(item))
    return h is not None and bool(h.head) and h.head not in ("路", "街", "道", "线", "中心", "项目", "工程") and (
        h.head not in lex().weak_heads or len(h.modifier) >= 2)


def _has_own_head(item: str) -> bool:
    """An item that names a thing by itself (唐山 ends in 山 but names a city: it has no head of its own)."""
    h = head_of(item)
    return h is not None and (h.head not in lex().weak_heads or is_specific(item))


@dataclass
class Project:
    name: str
    action: str
    stage: str


# --- reading a clause ------------------------------------------------------------------------

def _lead(s: str) -> tuple[str, str]:
    """(stage, rest): adverbs, time words and stage verbs dropped from the start; the first stage is kept."""
    stage, rest, _ = _lead_verbs(s)
    return stage, rest


def _main_verb(word: str) -> str:
    """The verb of a stage word without its pace (加快推进 → 推进, 全力推进 → 推进); a plain verb as it is."""
    L = lex()
    tail = L.stages.suffix(word)
    front = word[: len(word) - len(tail)]
    return tail if tail and (front in L.pace_words or front in L.adverbs) else word


def _lead_verbs(s: str) -> tuple[str, str, str]:
    """(stage, rest, verb): as _lead, and the verb the lead ends with, its pace aside (加快实施X: 实施; 加快推进X:
    推进): what is done when the clause writes no action of its own."""
    L = lex()
    stage = verb = ""
    for _ in range(8):
        st = L.stages.prefix(s)
        adv = L.adverbs.prefix(s)
        if st and len(st) >= len(adv):
            place = L.head_set.prefix(s, shorter=False)
            if stage and st in L.actions or len(place) > len(st) and s[len(place):len(place) + 1] in ("、", "和", "等", ""):
                break  # 抓好启动区、起步区…: 启动区 is a place (a head), not the stage 启动
            stage = st if st in L.role_stages else stage or st  # 加快打造某基地: the role given is what the clause says
            verb = _main_verb(st)
            s = s[len(st):]
        elif adv:
            s = s[len(adv):]
        elif not stage and SUBJECT.match(s) and L.stages.prefix(s[SUBJECT.match(s).end():]):
            s = s[SUBJECT.match(s).end():]
        else:
            break
    return stage, s, verb or stage


QUOTED_END = re.compile(r"[“\"「]([\u4e00-\u9fff]{2,6})[”\"」]$")


def _action_at_end(s: str) -> tuple[str, str]:
    """(action, rest) when s ends with an action, after dropping words such as 进度 and 工作."""
    L = lex()
    quoted = QUOTED_END.search(s)
    if quoted and L.actions.suffix(quoted.group(1), shorter=False) == quoted.group(1) and len(quoted.group(1)) >= 4 \
            and quoted.group(1) not in L.completion:  # a quoted 合龙 is a figure of speech over what the text names
        s = s[: quoted.start()] + quoted.group(1)  # 推动甲、乙“腾笼换鸟”: a quoted phrase of the genre is the action
    t, action = L.action_tails.strip_end(s), ""
    placed = PLACED.search(t)
    if placed and not L.actions.suffix(t[placed.end(1):], shorter=False):
        t = t[: placed.start()] + placed.group(1)
    while True:  # 竣工投入使用, 提标改造前期工作, 整治及生态修复: actions in a row are one
        a = L.actions.suffix(t)
        if not a:
            break
        action, t = a + action, L.name_tails.strip_end(t[: -len(a)])
        if t[-1:] in ("及", "和", "与", "、", "并") and L.actions.suffix(t[:-1]):  # 改造并投入使用
            action, t = t[-1] + action, t[:-1]
    if action:
        t = MONTH_END.sub("", t)  # 某段10月全线通车: the month says when, it is no part of the name
    return (action, t) if action else ("", s)


def read_clause(s: str) -> tuple[str, str, str] | None:
    """(stage, action, names) of a clause that names things and acts on them, or None."""
    read = _read_clause(s)
    return read[:3] if read else None


def _read_clause(s: str) -> tuple[str, str, str, bool, str] | None:
    """read_clause, and whether the action is written after the names (推进A、B扩建), and the lead's verb (_lead_verbs). An action closing the clause is
    the whole list's (完成甲公园、乙公园升级改造; 推进甲高速、乙高速改扩建: so the genre writes, right across the corpus)."""
    L = lex()
    s = ENUMERATOR.sub("", DEBRIS.sub("", s).strip())
    focus = FOCUS.match(s)
    if focus:
        return "", "", focus.group(1), False, ""  # its items must carry their own actions
    if not s or FRAME.match(s) or L.designation_verbs.search(s):
        return None
    stage, rest, verb = _lead_verbs(s)
    if stage and rest.startswith("对") and "的" in rest:
        rest = rest[1:].replace("的", "", 1)  # 完成对胜利大街的改造: the object in a 对…的 frame
    elif rest.startswith("对") and "进行" in rest:
        rest = rest[1:].replace("进行", "", 1)  # 对某某路进行绿化改造: the object in a 对…进行 frame
    first_action = L.actions.prefix(rest)
    while first_action and L.actions.prefix(rest[len(first_action):]):
        first_action += L.actions.prefix(rest[len(first_action):])  # 改造扩建X: actions in a row are one
    if first_action and rest[len(first_action):len(first_action) + 1] == "好":
        first_action += "好"  # 保护好, 利用好: a verb and its complement
    if first_action and CAPACITY_END.search(rest):
        return None  # 提升某园区孵化能力, 提升某大桥运营效能: what is there made to do more, no work on it
    in_step = IN_STEP.search(rest)
    if in_step and L.actions.suffix(rest[in_step.end():], shorter=False) and in_step.start() > 0:
        rest = rest[: in_step.start()] + rest[in_step.end():]
    end_action, names = _action_at_end(rest)
    if end_action in ("延伸", "拓展", "辐射") and TOWARD.match(rest) or "提升" in end_action and QUALITY_END.search(names):
        return None  # 向某县城、某开发区延伸: where the city grows; 河湖水质稳步提升: a quality, no work
    if first_action and len(rest) > len(first_action) and not end_action:
        names = rest[len(first_action):]  # 加快建设X, 规划建设A、B和C; 建设A、B等重大项目 keeps its kind
        return stage, first_action, names if LISTED_WORKS.search(names) else L.action_tails.strip_end(names), False, verb
    if end_action:
        if first_action and len(names) > len(first_action) and first_action not in ("建设",):
            names = names[len(first_action):]  # 新建扩建X改造: the first action is part of the predicate
        return stage, end_action, names, True, verb
    listed = LISTED_PROJECTS.search(rest)
    if listed and stage:  # 完成A、B等工程, 加快A、B等重点项目进度: a list that says its items are projects
        # the lead's verb is what is done (加快实施A、B等项目: 实施; 加快A等工程进度: 加快, the only verb)
        return stage, listed.group(2) or verb, rest[: listed.start()] + "等" + listed.group(1), False, verb
    if stage:
        if stage in L.completion or stage in L.actions:
            return stage, stage, rest, False, verb  # 建成X: the stage verb is the action
        t = L.action_tails.strip_end(rest)
        return stage, "", t, False, verb  # 继续推进X工程: the lead's verb is what is done (加快实施X工程: 实施)
    return None


# --- splitting and distributing a list of names ---------------------------------------------

TOWARD = re.compile(r"^(?:逐步|逐渐|不断|持续|加快)?向")
QUALITY_GOAL = re.compile(r"(?:水质|质量)(?:改善|好转|达标)$")
QUALITY_END = re.compile(r"(?:水质|质量|品质|空气)(?:稳步|持续|明显|进一步|不断)?$")


PARENS = re.compile(r"（[^（）]*）|\([^()]*\)")
IN_PARENS = str.maketrans("、和及与", "\ue010\ue011\ue012\ue013")
OUT_PARENS = str.maketrans("\ue010\ue011\ue012\ue013", "、和及与")


# 和 after one character that opens the list or an item is part of a name (仁和抽水蓄能电站): a lone 仁 is no item
ONE_CHAR_HE = re.compile(r"(?:^|(?<=[、，和]))([\u4e00-\u9fff])和(?=[\u4e00-\u9fff](?!的)[\u4e00-\u9fff])")
KEEP_ONE_HE = "\ue014"
HE_BEFORE_ZHI = re.compile(r"和(?=至)")
HE_OPENING = re.compile(r"(?:^|(?<=[、，,]))和(?=[\u4e00-\u9fff]{2})")  # no list opens with 和: 和某学院 is a name
HE_VILLAGE = re.compile(r"(?<=[\u4e00-\u9fff])和(?=[庄屯寨堡][\u4e00-\u9fff])")  # 某义和庄空港: a village's name, no list


def split_names(names: str) -> list[str]:
    """Items of a list of names; quotes and brackets protect what they hold (“三河三湖”（淮河、海河…）)."""
    if "（" in names or "(" in names:
        names = PARENS.sub(lambda m: m.group(0).translate(IN_PARENS), names)
    if QUOTE_CHARS.search(names):
        items = split_list(names, lex().separators)
    else:
        kept = ONE_CHAR_HE.sub(lambda m: m.group(1) + KEEP_ONE_HE, names)
        kept = HE_BEFORE_ZHI.sub(KEEP_ONE_HE, kept)  # 乌兰布和至某地通道: no item opens with 至, the 和 is a name's
        kept = HE_OPENING.sub(KEEP_ONE_HE, kept)  # 甲村、和合某园: a 和 right after 、 opens the item's name
        kept = HE_VILLAGE.sub(KEEP_ONE_HE, kept)
        items = [p.replace(KEEP_ONE_HE, "和") for p in (x.strip() for x in lex().separator.split(kept)) if p]
    return [it.translate(OUT_PARENS) for it in items]


def _joined_products(names: str) -> str:
    """及 between words that are no names (某钻采及减振器生产等项目, 某集团铝及硅材料加工): one undertaking of two
    products, not two names; the left side has no head of its own, the right side none either before 等 (a short right
    side only after a long left one: 某科技高性能铝板带及电池箔, not 甲及乙等电站)."""
    parts = names.split("、")
    for k, part in enumerate(parts):
        left, ji, right = part.partition("及")
        if not ji or left.endswith("以") or len(left) < 2 or "等" in left or head_of(left) is not None \
                or lex().actions.suffix(left, shorter=False) or len(right.partition("等")[0]) <= 3 and len(left) < 6:
            continue  # 某机场改扩建及…: the left side is done; 甲及乙等电站: short places, two names
        rh = head_of(right.partition("等")[0])
        if rh is None or rh.head in ("项目", "工程"):
            parts[k] = left + KEEP_JI + right
    return "、".join(parts)


def _unnamed(s: str) -> bool:
    """Words that name nothing particular: no proper word, no place word."""
    return not any(kind == "proper" for _, kind in pieces(s)) and not _place_named(s)


def _joined_works(names: str) -> str:
    """和/及 between two works of one facility (某发动机试车和制造基地, 路桥设施及配件生产基地): the left side has no head
    and names nothing, the right side ends in a facility's head with nothing named before it: one name, not two."""
    parts = names.split("、")
    for k, part in enumerate(parts):
        for sep, keep in (("和", KEEP_HE), ("及", KEEP_JI)):
            left, j, right = part.partition(sep)
            right = right.partition("等")[0]
            tail = part.partition("等")[2]
            if j and sep not in right and not lex().actions.suffix(left, shorter=False) and sep == "和" and "等" in part \
                    and head_of(tail) is not None and head_of(tail).head not in ("项目", "工程") \
                    and len(right) >= 4 and head_of(right) is None and head_of(left) is None and not right.startswith(left[:2]) \
                    and all(kind == "common" for _, kind in pieces(right)) and pieces(left)[-1][1] == "common" \
                    and any(kind != "common" for _, kind in pieces(left)):
                parts[k] = part.replace(sep, keep, 1)  # 某地干细胞和免疫治疗等园区: a named field and its twin, one name
                continue
            if not j or sep in right or len(left) < 4 or head_of(left) is not None or not _unnamed(left) \
                    or lex().actions.suffix(left, shorter=False):
                continue
            rh = head_of(right)
            if rh is not None and len(rh.head) > 1 and rh.head not in lex().weak_heads and rh.head not in ("工程", "项目") \
                    and rh.modifier and _unnamed(rh.modifier) and _is_common(rh.modifier):
                parts[k] = part.replace(sep, keep, 1)
    return "、".join(parts)


def split_joint(names: str) -> list[str]:
    """Split a list of names, keeping A和B合建项目 as one project (and 参与, 给与 whole: no list there)."""
    names = _joined_works(names) if ("和" in names or "及" in names) else names
    names = APPROACH.sub(lambda m: KEEP_JI + m.group(1), names) if "及" in names else names
    if "及" in names:
        return [n.replace(KEEP_JI, "及").replace(KEEP_HE, "和") for n in _split_joint(_joined_products(names))]
    if KEEP_JI in names:
        return [n.replace(KEEP_JI, "及").replace(KEEP_HE, "和") for n in _split_joint(names)]
    return [n.replace(KEEP_HE, "和") for n in _split_joint(names)]


def _split_joint(names: str) -> list[str]:
    names = names.replace("参与", "参" + KEEP_YU).replace("给与", "给" + KEEP_YU)
    if KEEP_YU in names:
        return [n.replace(KEEP_YU, "与") for n in split_names(names)]
    if "合建" in names:
        protected = JOINT.sub(lambda m: m.group(1).replace("和", KEEP_HE) + "合建项目", names)
        return [n.replace(KEEP_HE, "和") for n in split_names(protected)]
    return split_names(names)


# 某路上跨某国道及接线工程, 某大桥及连接线: the crossing's approach roads are part of the one work, no item of their own
APPROACH = re.compile(r"(?<=[桥跨穿隧道立交0-9A-Z])及((?:其)?(?:连接线|接线|引线|引道)(?:工程|项目)?)(?=$|[、和等])")


EXISTING = re.compile(rf"^(?:现有|既有|原有|原(?=[0-9{NUMERAL}市县区省镇乡]))")  # what is there: no part of its name


FIRST_OF = re.compile(r"^(?:全国|全省|全市|全区|全县|全州|[\u4e00-\u9fff]{1,2}(?=首))?首(?:个|家|座|条|所|批)")  # 川南首个: a boast
# 某医院新建某楼: a verb of building between the owner and the facility built, no part of either's name
INNER_VERB = re.compile(r"^(.{2,}?)(?:新建|改建|扩建|改扩建|迁建|续建|建成|启动)(.{2,})$")
# 建成试运行某站: the second verb of a pair opens the list, no part of the name
LEAD_VERB = re.compile(r"^(?:立足|试运行|试运营|投入运行|投入运营|投运|投用)(?=[\u4e00-\u9fff]{3})")


def _clean_item(item: str) -> str:
    """An item without what describes rather than names it: money (投资5亿元的), size (23万平方米的), 及其…,
    a boast of being the first (全省首个, 西南首家)."""
    item = MONEY_MODIFIER.sub("", item)
    item = FIRST_OF.sub("", item) if len(FIRST_OF.sub("", item)) >= 3 else item
    item = EXISTING.sub("", item) if len(EXISTING.sub("", item)) >= 3 else item  # 改造现有某镇农业园区: the park
    item = SIZE_MODIFIER.sub("", item) if not COUNT.match(item) else item
    if "及其" in item:
        item = item[: item.index("及其")]
    name, deng, tail = item.partition("等")
    name = LEAD_VERB.sub("", name)
    inner = INNER_VERB.match(name)
    if inner and all((head_of(part) or Head("", "", "")).head not in ("", "项目", "工程") for part in inner.groups()) \
            and head_of(inner.group(1)).head[-1] != head_of(inner.group(2)).head[-1]:  # 某医院建成某特色医院: what it becomes
        name = inner.group(1) + inner.group(2)  # 某医院新建康复楼 → 某医院康复楼: the owner's building
    if "的" in name and not name.endswith("的"):
        name = name[name.rindex("的") + 1:]  # 大西北的兰新复线: what comes before 的 describes it
    return name.strip("的") + deng + tail


def _described(raw: str, item: str) -> bool:
    """面向某地的复合型某枢纽: the item is what follows a 的 whose words before it describe (no facility of their own,
    no action: 新建的某中学 is the school built; no measure: 投资5亿元的某中心 is the centre) rather than possess."""
    before, de, after = raw.rpartition("的")
    return bool(de) and after == item and bool(before) and head_of(before) is None and not re.search(r"[0-9]", before) \
        and not lex().actions.suffix(before, shorter=False)


def _tail_kind(tail: str) -> str:
    """The kind a 等-tail gives its items: counts, 重点 and plural words dropped (等7个现代牧场 → 现代牧场)."""
    L = lex()
    tail = TOTAL.sub("", tail)  # 等近70万吨某材料项目: the group's total, no part of any one item
    while LEAD_COUNT.match(tail) or TOTAL.match(tail):
        tail = TOTAL.sub("", LEAD_COUNT.sub("", tail))  # 等10大类40个某某集聚区, 等5个770万千瓦某电站: every count and total goes
    tail = L.plural_marks.sub("", tail)
    tail = L.status_words.sub("", tail)
    if "的" in tail:
        tail = tail[tail.rindex("的") + 1:]
    a, rest = _action_at_end(tail)
    tail = rest if a and rest else tail
    if tail.endswith(("项目", "工程")) and len(tail) > 2 and not _strip_sectors(tail[:-2]):
        return tail[-2:]  # 甲、乙等能源水利项目: the sectors of the list, no part of a name (甲项目)
    return tail


def _strip_sectors(s: str) -> str:
    """s without the sector words it is made of (能源水利 → ''), or s as it is when another word is in it."""
    L, rest = lex(), s
    while rest:
        w = L.sector_words.prefix(rest, shorter=False)
        if not w:
            return s
        rest = rest[len(w):]
    return ""


def _activity(item: str, places: frozenset = frozenset()) -> bool:
    """An item that is a kind of work done, not a place (石漠化治理, 老城区雨污分流改造, 某某异地搬迁): it ends in an
    action and what stands before it has no head and names no place."""
    action, rest = _action_at_end(item)
    return bool(action) and bool(rest) and head_of(rest) is None and not _place_named(rest) and rest[:2] not in places \
        and not any(kind == "proper" for _, kind in pieces(rest)) \
        and not any(len(h) > 1 and h in rest for h in lex().heads)  # 某铁路电气化改造: the railway is the place


def _short_label(name: str, item: str, places: frozenset) -> bool:
    """A name that is a short label and 项目 (航新项目 of 航新、速威等重点项目): a firm's or a scheme's tag, no place."""
    return name == item.replace(KEEP_DENG, "等") + "项目" and len(item) <= 3 and head_of(item) is None \
        and item[:2] not in places and not any(kind == "proper" for _, kind in pieces(item))


def _company(item: str) -> bool:
    """An item that names only a company (某某股份, 某某集团, 中建): whose works it does is no place."""
    L = lex()
    return head_of(item) is None and (item in L.company_names or bool(L.company_ends.suffix(item)))


def _material(item: str, tail: str, places: frozenset = frozenset()) -> bool:
    """An item of a group whose 等-kind opens with a class of materials (甲灰、乙泥等资源循环利用项目): a material the
    works use, not a name; an item with a facility head of its own (某某发电厂等资源利用项目) or a place is one."""
    tail = _tail_kind(tail)
    return bool(lex().material_classes.prefix(tail, shorter=False)) and head_of(item) is None and item[:2] not in places


def _great_water_campaign(name: str, action: str) -> bool:
    """One of the great rivers or lakes alone (太湖, 长江; 淮河等大江大河), cleaned up or protected: the campaign of a
    whole basin, a programme of many works, no one work (a work named on it, 某河段整治工程 or 某湖大桥, has a head)."""
    L = lex()
    water = L.great_waters.prefix(name, shorter=False)
    rest = name[len(water):]
    return bool(water) and (not rest or rest in L.generic_tails and not rest.endswith(WORK_NOUNS)) \
        and bool(NATURE_WORK.search(action))


def _cargo_kind(name: str) -> bool:
    """A wharf or berth told only by the goods it takes (危化品码头, 散货泊位): a kind of wharf, no named one."""
    h = head_of(name)
    if h is None or h.head not in lex().cargo_heads or h.qualifier or not h.modifier:
        return False
    words, mod = lex().cargo_words, h.modifier
    while mod:
        w = words.prefix(mod, shorter=False)
        if not w:
            return False
        mod = mod[len(w):]
    return True


BRACKET_END = re.compile(r"[（(][\u4e00-\u9fff]{1,3}[）)]$")


def _kind_suffix(item: str) -> str:
    """What an item says of its kind: its trailing common words, head included (雄忻高铁 → 高铁, 曲阳X国家考古遗址公园
    → …国家考古遗址公园); '' when a name stands right before the head."""
    h = head_of(item)
    if h is None or not h.head:
        return ""  # 惠州中海壳牌三期 names its work by a phase, not a kind
    if h.head in lex().weak_heads and len(h.head) == 1:
        return ""  # 西鲁岗 borrows 污水处理厂, never a bare 厂
    mod = h.modifier
    quoted = QUOTED.search(mod)
    if quoted and quoted.end() == len(mod):
        return mod[quoted.start():] + item[len(mod):]  # 东风镇、光明办“菜篮子”工程: the quoted kind goes along
    bracket = BRACKET_END.search(mod)  # 甲、乙市域（郊）铁路: the bracketed word goes along with the kind
    if bracket:  # the common words before the bracket, however the dictionary cuts the name before them (某马市域)
        start = next((i for i in range(1, bracket.start())
                      if all(k == "common" for _, k in pieces(mod[i:bracket.start()]))), None)
        return mod[start:] + item[len(mod):] if start else ""
    cut = len(mod)
    for piece, kind in reversed(pieces(mod)):
        if kind != "common" and not (piece == "新" and cut == len(mod) and len(mod) >= 3):
            break  # 甲地、乙地新机场: the new airport of each, 新 goes with the kind (not 新 of a name: 甲新铁路)
        cut -= len(piece)
    return mod[cut:] + item[len(mod):] if cut > 0 else ""


def _own_tail(k: int, tails: dict[int, str], lender: str) -> bool:
    """Whether the group item k is in closes with a kind of its own (A、B、C等某某集聚区): its items take that kind,
    not another the next item (the lender) has (甲总部); the same kind more closely said (拆迁地块 of 等地块) may go."""
    L = lex()
    end = min((e for e in tails if e >= k), default=None)
    if end is None:
        return False
    tail = tails[end]
    h = head_of(tail) if tail else None
    lh = head_of(lender)
    return h is not None and bool(h.head) and tail not in L.generic_tails and h.head not in ("工程", "项目") \
        and not (lh is not None and lh.head == h.head)


def distribute(items: list[str], places: frozenset = frozenset()) -> list[str]:
    """Share what coordinated names share: tails after 等, heads, prefixes, parallel ordinals."""
    L = lex()
    # each 等 closes a group of items that share the kind after it: A、B等高铁和C、D等城际
    tails: dict[int, str] = {}
    for k, it in enumerate(items):
        if "等" in it:
            before, _, after = it.partition("等")
            items[k] = before
            tails[k] = _tail_kind(after.strip("的"))
    items = _counted_kind(items, tails)  # the count said, the names read as any list does
    out = list(items)
    # parallel ordinals: 第一、第二配套幼儿园
    for k in range(len(out) - 1):
        nxt = re.match(rf"^第[{NUMERAL}]+", out[k + 1])
        if ORDINAL_ONLY.match(out[k]) and nxt:
            out[k] = out[k] + out[k + 1][nxt.end():]
    out = _numbered_series(out)
    for k in range(len(out) - 1):  # 东、西外环路: a bare compass point shares the next way's name after its own point
        if len(out[k]) == 1 and out[k] in COMPASS and out[k + 1][:1] in COMPASS and out[k + 1][:1] != out[k] \
                and len(out[k + 1]) >= 3 and head_of(out[k + 1]) is not None:
            out[k] = out[k] + out[k + 1][1:]
    for k in range(len(out) - 1):  # 福莆宁F2和F3线: lines coded by a letter and a number share the line and its name
        here, nxt = LETTER_CODE_END.search(out[k]), LETTER_LINE.fullmatch(out[k + 1])
        if here and nxt and here.start() > 0:
            out[k], out[k + 1] = out[k] + nxt.group(2), out[k][: here.start()] + out[k + 1]
    # a phase alone continues the work before it: 某配置工程一期、二期 → 某配置工程二期 (not 二期 of the next item's kind)
    for k in range(1, len(out)):
        here = PHASE_ONLY.fullmatch(out[k])
        prev = PHASE_END.search(out[k - 1])
        if here and prev and prev.start() > 0:
            out[k] = out[k - 1][: prev.start()] + out[k]
    # a head borrowed from the next item: 长江路、黄河路拆迁地块 → 长江路拆迁地块; 雄商、雄忻高铁 → 雄商高铁; along a row
    # of short names (上海、广东、天津自贸试验区), but no longer ones (西气东输、西电东送、某某铁路 lends 铁路 to neither)
    own = [_has_own_head(o) for o in out]
    parallel = _parallel_kind(out, places)
    for k in range(len(out) - 2, -1, -1):
        lender = own[k + 1] or len(items[k + 1]) <= 3 and _has_own_head(out[k + 1])
        if k in tails or _own_tail(k, tails, out[k + 1]):
            continue  # the kind after 等 is theirs: no head from beyond it, nor from a sibling
        basin = L.basin.search(out[k + 1])
        nh = head_of(out[k + 1])
        if nh is not None and nh.head == "片区" and nh.modifier and out[k].endswith(("路", "街", "巷")) and len(out[k]) <= 5:
            out[k] = out[k] + "片区"  # 胜利路、某厂片区改造: the area along the street is renewed, not the road
        elif basin and out[k].endswith(L.geographic_ends) and len(out[k]) <= 5 and head_of(out[k]).head in L.geographic_ends:
            out[k] = out[k] + basin.group(1)  # 甲河和乙江流域治理工程: 甲河流域治理工程, not the river alone
        elif lender and nh is not None and nh.head not in ("路", "街", "道", "村", "镇"):
            place = next((m for m in re.finditer(r"[路道街村镇]", out[k + 1][:-1])
                          if _sharable(out[k + 1][m.end():], out[k]) and (head_of(out[k + 1][m.end():]) or Head("", "", "")).head),
                         None)  # 甲路、乙街东延一期: a stretch or phase (no head) is the street's own, no kind to lend
            if place and out[k].endswith(("路", "道", "街", "村", "镇")) and not L.qualifier.fullmatch(out[k + 1][place.end():]) \
                    and (head_of(out[k]) or Head("", "", "")).head in ("路", "道", "街", "村", "镇", "大街", "大道"):
                # 甲专用铁路、乙铁路北延伸线: an extension is the railway's own, and 专用铁路 is a head, no street
                out[k] = out[k] + out[k + 1][place.end():]
            elif _place_pair(out[k]) and _place_pair(out[k + 1][: len(out[k + 1]) - len(_kind_suffix(out[k + 1]))]) \
                    and _kind_suffix(out[k + 1]):
                out[k] = out[k] + _kind_suffix(out[k + 1])  # 甲—乙、丙—丁新型功能区: a zone between two places each
            elif out[k].endswith(ALONG):
                pass  # 某河两岸和某路高架: the banks are a strip of the place, no kind of the next item's
            elif (not _has_own_head(out[k]) or _city_word(out[k], out[k + 1])) and not LANDMARK.search(out[k]) \
                    and not COMPASS_WORK.match(out[k]) and not out[k].endswith("快速") \
                    and not (PLACE_LEAD.match(items[k]) and PLACE_LEAD.match(items[k + 1])):
                kind = parallel or _kind_suffix(out[k + 1])
                if kind and (not _sharable(kind, out[k]) or head_of(kind) and head_of(kind).category != "transport"
                             and not kind.endswith(("项目", "工程")) and len(out[k]) >= 4
                             and not out[k].endswith(("镇", "县", "区", "市", "乡", "村")) and any(
                        own[j] and head_of(out[j]).head != head_of(out[k + 1]).head
                        for j in range(len(out)) if j not in (k, k + 1))):
                    continue  # 甲开发区、中国某都、丙小镇: a name standing alone among headed items takes no kind (龙大、某高速 and 甲、乙水库 do)
                if len(out[k]) >= 4 and not _says_which(out[k]) and out[k][:2] not in places \
                        and kind and _says_which(out[k + 1][: len(out[k + 1]) - len(kind)]):
                    continue  # 煤制甲醇和某地能源基地: a kind (no name) takes no kind from a named sibling
                kh = head_of(kind) if kind else None
                if kh is not None and len(out[k]) >= 3 and out[k].endswith("城") and kh.category not in ("commerce", "other"):
                    continue  # 状元城、华侨城、某书院: a town of its own (a resort, a quarter) takes no academy's kind  (长城 is a wall: it takes the park)
                if kh is not None and kind in L.geographic_words:
                    pass  # 某地勒门、某地红海湾: 海湾 is part of the one place's name, no kind to lend
                elif L.firm_ends.suffix(out[k]) and kh is not None and kh.category not in ("transport", "utilities") \
                        and _said_works(tails):
                    pass  # 某诺电子、某某泉基地等项目: a firm's work, not the base its neighbour is (等项目 names it)
                elif len(out[k]) <= 4 or len(out[k]) <= 6 and kh is not None and (
                        kh.category in ("transport", "culture", "environment") or kh.head.endswith("线")):
                    # 雄商、雄忻高铁; 某某至某某、某某至某某高速: short names or routes take a line's kind, a longer
                    # name takes no plant's or park's (某某制药、某某智能电网: the company's works are its own)
                    out[k] = out[k] + kind
                elif len(out[k]) <= 15 and head_of(out[k]) is None and kind.endswith(("项目", "工程")):
                    out[k] = out[k] + kind[-2:]  # 某电力2×35万千瓦发电、…热电联产项目: a long name borrows only 项目
    # the tail after 等 goes to items without a head of their own (石家庄、唐山等机场), and to items of another
    # kind when it names a kind of its own (胜利路、东风路等周边小区雨水管网; 汕头港、湛江港等疏港铁路)
    start = 0
    for end, tail in sorted(tails.items()):
        th = head_of(tail) if tail else None
        for k in range(start, end + 1):
            o, h = out[k], head_of(out[k])
            other_kind = th is not None and tail not in L.generic_tails and th.head not in ("工程", "项目") \
                and not (th.head in L.weak_heads and len(th.head) == 1 and len(th.modifier) < 2) \
                and h is not None and th.head not in o and not th.head.startswith(h.head) \
                and (h.category != th.category or h.head in L.locators and th.head not in L.locators) \
                and not (h.head.endswith("区") and th.head.endswith("区")) \
                and not (h.category == "other" and h.head in L.field_heads) \
                and not (h.head in ROADS and th.head in WAY_KINDS)  # 起步区、某片区等片区: a zone is no part of a zone; 某中心、某新城: their own; 某大道等6个进出城通道: what the road is
            place_only = th is not None and th.head in ("工程", "项目") and th.modifier != "" \
                and tail not in L.generic_tails and h is not None and h.head in L.geographic_words \
                and not L.road_code.search(o)  # S462某湾至某段: a road's section, not a bay
            if (L.kind_tails.search(tail) or tail in L.plain_tails) and _has_own_head(o):
                continue  # 甲路、乙路等主要道路: the named items keep their names, the kind is no part of them
            phase_only = h is not None and not h.head and PHASE_END.search(o) and th is not None and bool(th.head) \
                and tail not in L.generic_tails and not QUOTED.search(o)  # 梅州二期 of 等抽水蓄能项目, 甲二期 of 等污水处理厂: a phase of that kind
            # 某家庄、某皇岛、某水等某产业聚集区: a city named like an island among headless siblings is one of them
            city = h is not None and h.head in ("岛", "山", "江") and len(o) <= 3 and _one_name(o) \
                and h.head not in tail and any(not _has_own_head(out[j]) for j in range(start, end + 1) if j != k)
            if tail and (not _has_own_head(o) or other_kind or place_only or phase_only or city):  # 甲山、乙河等抽水蓄能项目
                out[k] = o + tail
        start = end + 1
    # a prefix before a line number: 地铁三号线人民广场站、五号线体育中心站
    first_line = LINE_NUMBER.search(out[0]) if out else None
    if first_line and first_line.start() > 0:
        prefix = out[0][: first_line.start()]
        out = [out[0]] + [prefix + o if LINE_NUMBER.match(o) else o for o in out[1:]]
    for k in range(1, len(out)):  # 某高速甲段及乙支线: the branch is the highway's, its name shared
        road = list(ROAD_NAME_END.finditer(out[k - 1]))
        branch = BRANCH_END.search(out[k])
        if branch and not ROUTE.search(out[k]) and road and road[-1].start() > 0 and 2 <= branch.start() <= 4 \
                and len((head_of(out[k][: branch.start()]) or Head("", "", "")).head) <= 1 \
                and not out[k].startswith(out[k - 1][: road[-1].end()]) \
                and not ROUTE.search(out[k - 1][road[-1].end():]) and out[k - 1].endswith("段"):
            out[k] = out[k - 1][: road[-1].end()] + out[k]
    return _container_prefix(items, out)


COMPASS = "东南西北"
ALONG = ("两岸", "沿岸", "沿线", "两侧", "周边")
PLACE_PAIR = re.compile(r"^[\u4e00-\u9fff]{2,4}[—－-][\u4e00-\u9fff]{2,4}$")


def _place_pair(item: str) -> bool:
    """甲山—乙河: two places joined by a dash, the span of a zone or a route; a river's or a hill's name is no head."""
    h = head_of(item)
    return bool(PLACE_PAIR.match(item)) and (h is None or len(h.head) <= 1)


def _parallel_kind(out: list[str], places: frozenset = frozenset()) -> str:
    """甲山、乙庭通湖河道整治: bare names of one length before the last item say where its name ends; all it has
    after that length is the kind they share (通湖河道), not only its trailing common words (河道)."""
    if len(out) < 2 or any(_has_own_head(o) for o in out[:-1]):
        return ""
    sizes = {len(o) for o in out[:-1]}
    last = out[-1]
    if len(sizes) != 1 or not 2 <= (n := sizes.pop()) <= 3 or not _has_own_head(last):
        return ""
    kind, rest = _kind_suffix(last), last[n:]
    if not kind or not rest.endswith(kind) or len(rest) - len(kind) < 2 or head_of(rest) is None:
        return ""
    placed = last[:n] in places and all(o in places for o in out[:-1])  # 甲、乙抽蓄项目: the report's own counties
    if not placed and (_is_common(last[:n]) or not all(
            k == "proper" and len(p) >= 2 for p, k in pieces(rest[: len(rest) - len(kind)]))):
        return ""  # the stretch between is a place's word (通湖) that the kind is named by, not more of a name
    return rest


BRANCH_END = re.compile(r"(?:支线|连接线|联络线)$")
ROAD_NAME_END = re.compile(r"高速公路|高速铁路|高速|公路|铁路|国道|省道|高铁|城际铁路|城际|快速路")


def _counted_kind(out: list[str], tails: dict[int, str]) -> list[str]:
    """甲、乙、丙三个一号旅游公路 → 甲一号旅游公路, 乙…, 丙…: a count as large as the list before the kind on its last
    item; the kind (up to its head, or a 的) goes to each name that has no head of its own, a headed name keeps its own."""
    out = list(out)
    m = COUNTED_KIND.match(out[-1]) if len(out) > 1 and not tails else None
    count = (int(m.group(2)) if m.group(2).isdigit() else cn_to_int(m.group(2))) if m else None
    if count != len(out):
        return out
    rest = m.group(3).partition("的")[0]
    kind = next((rest[:i] for i in range(len(rest), 0, -1) if head_of(rest[:i]) and head_of(rest[:i]).head), "")
    if not kind:
        return out  # 甲、乙两个某某实验室: the count names no facility the items are
    great = out[-1][m.end(2)] == "大"  # 甲、乙、丙五大科技城: the kind the places are made
    if great:
        kh = head_of(kind)
        if QUOTE_CHARS.search(out[-1]) or kh.head in ("项目", "工程") or kh.head in lex().role_heads \
                or head_of(rest) is None or kind != rest and not rest.startswith(kind) or L_CITY.search(kind):
            return out  # “两大廊道”, 两大百亿级工程, 两大中心城市: a slogan's count, a size or a role, no kind of works
        out[-1] = m.group(1)
        # 甲桥、乙湖五大科技城: a place whose name ends like a head of another kind is only where the kind is;
        # 甲港、乙港三大港口: the item says its kind already
        return [o if _has_own_head(o) and (head_of(o).head[-1:] in kh.head or o.endswith(kind)) else o + kind for o in out]
    if head_of(kind).head in ("项目", "工程"):
        out[-1] = m.group(1) + rest  # 甲城、乙园、丙三个重点项目: how many works, no kind; the list reads as without it
        return out
    out[-1] = m.group(1)
    weak = lex().weak_heads  # 甲河、乙路两个…: a river's or a street's name is the name, not the thing
    return [o if _has_own_head(o) and head_of(o).head not in weak else o + kind for o in out]


L_CITY = re.compile(r"城市|都市|城区")  # 两大中心城市: cities ranked, no works


def _city_word(item: str, lender: str) -> bool:
    """A city named by one word ending like a place's head (某皇岛, 某山): in a list of another kind of thing (甲岛、乙、
    丙新机场) it takes its siblings' kind; an island or a hill stays one (lexicon geographic_heads aside)."""
    h, lh = head_of(item), head_of(lender)
    return h is not None and lh is not None and h.head in ("岛", "山", "江") and len(item) <= 3 \
        and _one_name(item) and bool(lh.head) and lh.category not in (h.category, "other")


def _said_works(tails: dict[int, str]) -> bool:
    """The list closes with 等…项目 or 等…工程: the text says its items are works."""
    return any(t.endswith(("项目", "工程")) for t in tails.values())


def _sharable(suffix: str, onto: str) -> bool:
    """Whether a suffix written on one item may go to a neighbour: an ordinal or phase (二线, 三期, 第二…) is its own
    item's, and a split that doubles a character (甲路 + 路绿化工程) or opens on a place word (道路 → 路…) is no kind."""
    return bool(suffix) and not OWN_ORDINAL.match(suffix) and suffix[0] not in "路道街村镇" and onto[-1:] != suffix[0]


LANDMARK = re.compile(r"[\u4e00-\u9fff]{2}之[\u4e00-\u9fff]{1,2}$")  # 某城之窗, 某地之眼: a landmark's whole name, no kind
COMPASS_WORK = re.compile(r"^[东南西北][\u4e00-\u9fff][东南西北][\u4e00-\u9fff]$")  # 西电东送, 南水北调: a work's whole name
OWN_ORDINAL = re.compile(rf"^(?:第|[{NUMERAL}]+(?:线|期|号|标段))")  # 二线, 三期, 第二…: an item's own, not a kind


def _numbered_series(out: list[str]) -> list[str]:
    """Numbered units of one thing share its name and kind: 某电厂3号、4号机组 → 某电厂3号机组, 某电厂4号机组."""
    out = list(out)
    for k in range(len(out) - 2, -1, -1):  # the kind after the last number goes back along the row
        nxt = NUMBERED_START.match(out[k + 1])
        if nxt and nxt.end() < len(out[k + 1]) and NUMBERED_END.search(out[k]):
            out[k] += out[k + 1][nxt.end():]
        elif nxt and nxt.end() < len(out[k + 1]) and BARE_NUMBER_END.search(out[k]):  # 某核电5、6号机组
            out[k] += nxt.group(0)[len(nxt.group(0).rstrip("号标段")):] + out[k + 1][nxt.end():]
    for k in range(len(out) - 1):  # the name before the first number goes forward
        here = NUMBERED_START.search(out[k])
        if here and here.start() > 0 and NUMBERED_START.match(out[k + 1]):
            out[k + 1] = out[k][: here.start()] + out[k + 1]
    return out


def _container_prefix(items: list[str], out: list[str]) -> list[str]:
    """Units of one place share its name: 某港区甲、乙泊位 → 某港区甲泊位, 某港区乙泊位 (the first item names the
    place, a head of lexicon container_heads, then its unit; the next items, of the same kind, name only units)."""
    if len(out) < 2:
        return out
    L = lex()
    first = items[0]
    for i in range(len(first) - 1, 1, -1):
        container = next((c for c in L.containers if first[:i].endswith(c)), "")
        if container and i > len(container) and 0 < len(first) - i <= 6:  # 机场联络线: no named place holds it
            prefix = first[:i]
            break
    else:
        return out
    h0 = head_of(out[0])
    fixed = [out[0]]
    for orig, o in zip(items[1:], out[1:]):
        h = head_of(o)
        if h0 and h and h.head == h0.head and h.head not in ("项目", "工程") and len(orig) <= 6 \
                and not any(c in orig for c in L.containers) and not o.startswith(prefix) and not PLACE_LEAD.match(orig):
            # 某枢纽甲船闸和乙船闸 where 乙船闸 already took the place's first word (某乙船闸): the prefix holds it once
            said = next((i for i in range(len(prefix) - 1, 1, -1) if o.startswith(prefix[:i])), 0)
            o = prefix + o[said:]
        fixed.append(o)
    return fixed


SCOPE_OPEN = re.compile(r"[省市县区镇乡村][内域级属]")  # 市内电网, 县域管网: the item says its own scope, no place
CUT_PLACE = set("区县市旗镇乡州盟")  # 某会区工业集中区和乙新区: 某会 would cut the district's name, and the zone is its own


def _share_place(names: str, places: frozenset) -> str:
    """A place named before the first of two things joined by 和 is the place of both: 某县甲山和乙河 → 某县甲山和
    某县乙河 (the place a name the report uses, the second thing short and without one)."""
    if not places or "和" not in names:
        return names
    parts = names.split("、")
    for k, part in enumerate(parts):
        left, he, right = part.partition("和")
        place = left[:2]
        if he and "和" not in right and place in places and len(left) > 3 and 2 <= len(right.partition("等")[0]) <= 5 \
                and not SCOPE_OPEN.match(right) \
                and right[:2] not in places and not right.startswith(place) and left[2:3] not in CUT_PLACE:
            parts[k] = left + he + place + right
    return "、".join(parts)


def _item_action(item: str) -> tuple[str, str]:
    """An item that carries its own action (第二中学教学楼维修改造, 省图书馆改扩建工程): (name, action)."""
    before, deng, tail = item.partition("等")
    if deng:  # 某高速市政化改造等项目: the item before 等 carries the action, the tail stays
        name, action = _item_action(before)
        if not action:  # 甲、乙等水库建设及丙水库改扩建: the group's own action closes its tail
            tail_action, kind = _action_at_end(tail)
            if tail_action and kind and head_of(kind) is not None:
                return before + deng + kind, tail_action
        return (name + deng + tail, action) if action else (item, "")
    core = item[:-2] if item.endswith(("工程", "项目")) else item
    action, rest = _action_at_end(core)
    manner = MANNER_END.search(rest) if action else None
    if manner and head_of(rest[: manner.start()]):
        return rest[: manner.start()], manner.group(0) + action  # 某灌区现代化改造: 现代化 says how it is changed
    if action and rest and (head_of(rest) or THROUGH.match(rest)):
        return rest, action  # 甲地至乙地改扩建: the route between the two places is what is widened
    if action and rest and _own_action(action):
        return item, action  # 某湖区某垸堤防加固: no head to cut it from, but the change is its own, not a neighbour's
    return item, ""


LINE_CHANGE = re.compile(r"扩容|改扩建|扩能|复线|电气化|提质|提速|改造|升级")  # a line's own change, already in its name


MEASURED = re.compile(r"[0-9.]+(?:万|亿)?(?:平方米|公里|千米|亩|公顷)")  # 完成景观改造26万平方米: a kind measured, a target
BASIN = re.compile(r"(?<!小)流域$")  # a whole basin (甲江流域治理); a small watershed (某河小流域) is one place's work
ROLE_MADE = re.compile(r"打造[^、，和]*的")  # 打造高品位的文化中心: what the city is to become, no one building


def _kind_of_work(name: str) -> tuple[str, bool]:
    """What kind of thing a name is, for whether a change written after another item is its change too: its category
    and whether it is a line route (a line built, 渝某高铁) or a site (an airport, a school: widened, moved)."""
    h = head_of(name)
    return category_of(name), bool(h and ROUTE.search(h.head) and not LINE_CHANGE.search(name))


def _other_kind_unchanged(candidates: list[tuple[str, str]], shared: list[str], action: str, after: bool, stage: str,
                          names: str) -> list[tuple[str, str]]:
    """A change closing a list (提速甲高铁、乙机场改扩建): the last item's, and the items of its kind (甲、乙机场改扩建;
    甲路、乙大街改造); an item of another kind (a route before an airport) is not widened, it is built or pushed on."""
    if not (after and action and _own_action(action)) or len(candidates) < 2 or "等" in names \
            or len(candidates) != len(shared):
        return candidates
    last = _kind_of_work(candidates[-1][0])
    out = []
    for (n, a), sh in zip(candidates, shared):
        kind = _kind_of_work(n)
        if not sh and a == action and n != candidates[-1][0] and kind[1] and not last[1] and "至" not in n:
            a = ""  # the lead's verb is what is done to it
        out.append((n, a))
    return out


def _own_action(action: str) -> bool:
    """An action that changes a thing which is there (扩容提升, 改扩建, 迁建): written after one item inside a list, it is
    that item's (推进甲水库、乙水库扩容提升、丙线等建设: 甲水库 is built, not enlarged); 建设, 开工, 建成 are said of
    the items before them. Closing the whole clause, any action is the list's (_read_clause)."""
    return any(w in action for w in lex().own_actions)


def _shared_actions(own: list[str], headed: list[bool] | None = None, nouned: list[bool] | None = None,
                    names: list[str] | None = None) -> list[str]:
    """The action of each item: its own, or that of the next item that states one (完成甲线、乙线建设和丙线改造: 甲线
    and 乙线 are built, 丙线 improved); items after the last stated one keep none (the clause's action is theirs).
    An action that changes what is there (_own_action) goes back only to items without a head of their own (甲、乙水库
    扩建), unless a work noun closes the list and the items before are bare places of its kind (甲河、乙河综合整治
    工程: the work of both; not 甲路西延三期 before 乙路西段提升工程): `headed`, `nouned`, `names` per item."""
    headed = headed or [False] * len(own)
    nouned = nouned or [False] * len(own)
    heads = [h.head if h else "" for h in (head_of(n) for n in (names or [""] * len(own)))]
    bare = [bool(h) and not h.qualifier for h in (head_of(n) for n in (names or [""] * len(own)))]
    out, cur, kin = [], "", None
    for k in range(len(own) - 1, -1, -1):
        if own[k] and (k < len(own) - 1 or nouned[k]):  # the last item's own action is its own (甲、乙水库扩建)
            cur = own[k] if not _own_action(own[k]) else "\0" + own[k]
            kin = heads[k] if nouned[k] else None  # 甲河、乙河综合整治工程: rivers of one kind
        elif not own[k] and cur.startswith("\0") and headed[k] and not (kin and heads[k] == kin and bare[k]):
            cur = ""  # 甲水库、乙水库扩容提升、丙线等建设: 甲水库 is built, not enlarged
        out.append(own[k] or cur.lstrip("\0"))
    return out[::-1]


ROADS = ("路", "街", "大街", "道", "大道")
WAY_KINDS = ("通道", "道路", "公路", "干线", "快速路", "主干道", "快速通道", "大通道")  # kinds of way a named road is  # 甲路、乙路等6处…: the spots lie along the roads
SPOTS = re.compile(rf"^[{NUMERAL}百]+(?:处|个|座|段)")  # 等6处…: a count of places the text does not name


PRELIMINARY = ("前期", "前期工作", "前期准备")
MODAL_STAGES = ("确保", "力争", "推动", "争取", "力保", "保证")
STRATEGY_LINK = re.compile(r"等[^、，,]*战略(?:的)?(?:协同联动|联动|对接)?$|(?:协同联动|联动|对接)$")
WATER_TASKS = ("保护", "生态保护")  # kept, not governed: 加强甲河、乙河等跨界河流综合治理 is the rivers' works (gold)


def _part_of_items(tail: str) -> bool:
    """A 等-tail ending in 的 and a thing no head names (…险要河段的堤防, …沿岸的排污口): a part of the items."""
    if "的" not in tail:
        return False
    L = lex()
    part = tail[tail.rindex("的") + 1:]
    return len(part) >= 2 and head_of(part) is None and not L.cue.search(part) and not L.stages.prefix(part, shorter=False) \
        and not COUNT.match(part) and bool(_strip_sectors(L.status_words.sub("", part)))  # …的重大(项目): the list's kind


def _ongoing_water_task(stage: str, action: str, items: list[str]) -> bool:
    """加强甲河、乙河等重点河湖保护: rivers kept (protected) as a standing task, no works (a 工程 or 项目 is; a wetland's
    protection, and a basin's 综合治理, stay works)."""
    L = lex()
    if (action in WATER_TASKS or action == "开发") and any("流域" in it for it in items) and all(
            "流域" in it or (head_of(it.partition("等")[0]) or Head("", "", "")).head in L.geographic_ends + ("",)
            for it in items) and not any(
            w in it for it in items for w in ("工程", "项目")):
        return True  # 推进甲河、乙江等流域生态保护 (or 水电开发): a basin kept or tapped, whatever the stage: a programme
    if action not in WATER_TASKS or stage not in L.support_stages or any(
            it.partition("等")[0].endswith(("工程", "项目")) or it.partition("等")[2].endswith(("工程", "项目"))
            for it in items):
        return False
    heads = [head_of(it.partition("等")[0]) for it in items]
    return all(h is not None and (h.head in L.geographic_ends or h.head in ("流域", "水系")) for h in heads)


def clause_projects(s: str, local: bool = True, district: bool = True,
                    places: frozenset = frozenset()) -> list[Project]:
    """The projects one (width-folded) clause names; `local`: a city, county or district report; `district`: a
    county or district's own; `places`: the place names the report uses (names.document_places)."""
    read = _read_clause(s)
    if read is None:
        return []
    stage, action, names, after, verb = read
    L = lex()
    # 甲、乙项目加快建设; 支持某校区加快建设: the pace the text gives the work after the names is how far it goes
    before_action = s[: s.rfind(action)] if action and after else ""
    pace = next((w for w in PACES if before_action.endswith(w)), "") \
        if (not stage or stage in L.support_stages) and action not in L.completion else ""  # 全面投产: how far is 投产
    if not stage and not pace:  # 提速建设某基地, 加紧某机场迁建: the pace the text opens with is how far, not the action
        pace = next((w for w in SPEEDS if s.startswith(w)), "")
    if HYPOTHETICAL.match(s):
        return []  # 如用之于铁路建设: a supposition, nothing planned
    if not action and names.endswith("发展") and not re.search(r"保护(?:与|和)发展$", names) \
            and not any(L.actions.suffix(it, shorter=True) for it in names.split("、")[:-1]):
        return []  # 推动甲园区、乙园区融合联动发展: places developed as a policy, no works on them
    if any(STRATEGY_CORRIDOR.search(it) for it in names.partition("等")[0].split("、")):
        return []  # 甲、乙开放大通道建设: a region's corridor for trade, a strategy, no one work
    if not L.head_rx.search(names) or TRAILING_QUANTITY.search(names) or GOAL_INSIDE.search(names):
        return []  # nothing in it ends like a facility or a place; 建设某林15万亩: a quantity to reach, a target
    if L.right_words.search(names):
        return []  # 甲矿、乙矿等5宗矿业权出让: licences sold, no place built or changed
    if QUALITY_GOAL.search(names):
        return []  # 甲湖、乙湖等水体水环境质量改善: the quality of the waters, a target, no works
    names = WORD_DENG.sub(KEEP_DENG, _share_place(names, places))
    raw_listed = [unkeep(it) for it in split_joint(keep_joined(names))]  # 某灌区续建配套与现代化改造工程: one
    listed = [_clean_item(it) for it in raw_listed]
    # 面向某地的复合型某枢纽: a kind told by what it is for, which no sibling makes a name
    described = {c.partition("等")[0] for r, c in zip(raw_listed, listed) if _described(r.partition("等")[0], c.partition("等")[0])}
    if listed and (COUNT.match(listed[0]) or L.plural_marks.match(listed[0].partition("等")[0])):
        return []  # 五所中小学新建扩建、…; 更多具备…的好项目: a list that opens with a count or "more" lists kinds
    items = [it for it in listed if it and not COUNT.match(it)]  # a count inside the list is a target
    items = [L.name_tails.strip_end(it) for it in items]
    if not items or (not action and any(re.search(rf"[{NUMERAL}]+[所个座家]", it) for it in items)):
        return []
    if sum(it.endswith(L.strategy_ends) for it in items) * 2 >= len(items) > 1:
        return []  # 京津冀协同发展、…大湾区建设、…一体化发展: a list of strategies, not of places
    if any(L.area_tails.search(it.partition("等")[2]) for it in items if "等" in it) \
            and sum(_district_facility(it.partition("等")[0]) for it in items) * 2 <= len(items):
        return []  # 京津冀、长三角等区域: regions, not works (A新城、B片区等重点区域 are works: they have heads)
    if any(L.designation_heads.suffix(it.partition("等")[2], shorter=False) or INSTITUTIONS.match(it.partition("等")[2])
           or PARTNERED.search(it.partition("等")[2])
           for it in items if "等" in it):
        return []  # 甲、乙等实验室: institutions or designations, not works
    if STRATEGY_LINK.search(names):
        return []  # 甲新区、乙自贸港等国家重大战略的协同联动; 与甲港、乙区对接: strategies linked, no works
    if any(L.event_tails.search(it.partition("等")[2]) for it in items if "等" in it):
        return []  # 某剧院等剧场演出活动: events held in places, not works on them
    if any(FIRMS_TAIL.match(it.partition("等")[2]) for it in items if "等" in it):
        return []  # 某某厂等企业改制: the items are firms, what is done is done to the firm, not to a place
    if _ongoing_water_task(stage, action, items):
        return []
    if any(SPOTS.match(t) and not L.head_rx.search(SPOTS.sub("", t)) for t in (it.partition("等")[2] for it in items if "等" in it)) \
            and all((head_of(it.partition("等")[0]) or Head("", "", "")).head in ROADS for it in items):
        return []  # 甲路、乙路等9处易涝点改造: the works are at spots the text counts but does not name, not the roads
    if any(_part_of_items(it.partition("等")[2]) for it in items if "等" in it):
        return []  # 加固甲江、乙河等主要河流险要河段的堤防: the work is on a part of the items, which the text does not name
    said_list = bool(LISTED_WORKS.search(names))
    items = [it for it in items if not it.partition("等")[0].endswith(("发展", "战略"))  # 可持续发展等…: no place
             and not REFORMED.search(it.partition("等")[2])]  # 某医院等公立医院高质量发展: institutions reformed, no works
    if sum(bool(L.verb_starts.prefix(it)) for it in items) * 2 >= len(items) > 1:
        return []  # 绿电进某省、进企业、进园区: parallel predicates, not names
    if not items:
        return []
    pairs = shared_work(items, [_item_action(it) for it in items])  # 实施甲河、乙河防洪提升工程: the work of each
    names_ = [n.replace(KEEP_DENG, "等") for n in shared_line_kind(distribute([n for n, _ in pairs], places))]
    if action in L.upkeep_actions:
        return []  # 推动某通道建设提质增效: an initiative run better, no work on a place
    headed = [_has_own_head(n.partition("等")[0]) for n, _ in pairs]
    nouned = [it.partition("等")[0].endswith(("工程", "项目")) for it in items]
    unheaded = [bool(a) and n == it for (n, a), it in zip(pairs, items)]  # 某垸堤防加固: its own, lent to none
    shared = _shared_actions([a if not u else "" for (_, a), u in zip(pairs, unheaded)], headed, nouned,
                             [n for n, _ in pairs])
    shared = [a if u else sh for (_, a), u, sh in zip(pairs, unheaded, shared)]
    # 推进甲、乙等快速通道建设和丙铁路前期工作: a group whose action closes its 等-kind keeps it; the preliminary work
    # closing the clause is the last item's
    closed = [("等" in it and bool(a) and not _item_action(it.partition("等")[0])[1]) for it, (_, a) in zip(items, pairs)]
    group_closed = {names_[k] for k in range(len(items))
                    if next((closed[j] for j in range(k, len(items)) if "等" in items[j]), False)}
    short = [_short_label(n, it.partition("等")[0], places) for n, it in zip(names_, items)]
    group_tails = [next((items[j].partition("等")[2] for j in range(k, len(items)) if "等" in items[j]), "")
                   for k in range(len(items))]  # the kind after the 等 that closes each item's group
    candidates = [(n, a or action) for n, a, it, sh, gt in zip(names_, shared, items, short, group_tails) if not sh
                  and not _company(it.partition("等")[0])  # 中建、中铁等项目: companies, no places
                  and not _material(it.partition("等")[0], gt, places)  # 甲灰、乙泥等资源利用项目: materials
                  and not _activity(it.partition("等")[0].replace(KEEP_DENG, "等"), places)]
    candidates = _other_kind_unchanged(candidates, shared, action, after, stage, names)
    if not stage and not action:  # a frame: only items with their own action are undertakings
        candidates = [(n, a) for n, a in candidates if a]
    if not action:  # a stage and no action: a list is of projects only if one of its items says so (…工程, …项目),
        # or every item is a named place or facility the stage works on (加快推进某某至某某机场快线)
        said = any(a or (head_of(n) or Head("", "", "")).head.endswith(("工程", "项目")) for n, a in candidates)
        named = [valid_name(n) and is_specific(n, local, places) for n, _ in candidates]
        worked = stage in L.work_stages and (all(named) or local and len(named) > 2 and sum(named) * 2 > len(named)
                                             and all(valid_name(n) and _has_own_head(n) or _district_facility(n)
                                                     for n, _ in candidates))
        if not said and not worked:
            return []
    bare = [head_of(n) is not None and head_of(n).modifier == "" and not head_of(n).qualifier for n, _ in candidates]
    own_ones = local and all(n in L.singular for (n, _), b in zip(candidates, bare) if b)  # the city's museum, library
    if candidates and candidates[0][0].startswith(L.kind_prefixes):
        # 县级中医院和妇幼保健院: the level or kind of the first is shared, the others are kinds too unless named
        candidates = [c for c in candidates if is_specific(c[0], False, places) and (
            not c[0].startswith(L.kind_prefixes) or any(k == "proper" for _, k in pieces(head_of(c[0]).modifier)))]
        bare = [False] * len(candidates)
    if sum(bare) >= 3 and sum(bare) * 2 > len(bare) and not own_ones:
        return []  # 机场、口岸、学校、大型医院等: kinds of places, none named
    valid = [(n, a) for n, a in candidates if valid_name(n)]
    specific = [is_specific(n, local, places) for n, _ in valid]
    # a kind beside named siblings in a local report is the local one (会展大厦 beside 城北污水处理厂); in a
    # district's report a list of facilities is a list of its own (物流中心、冷链仓和快件处理中心)
    sibling = local and len(items) > 1
    own = sibling and district and stage not in L.support_stages and len(valid) == len(items) and all(
        _district_facility(n) and not n.startswith(L.kind_prefixes) for n, _ in pairs)
    anchored = any(specific) or own
    if not anchored and not said_list:
        return []
    # a list the text calls projects (A、B、C等项目) holds works, a kind among them too (儿童康复中心), and in a
    # city's list a facility with a long modifier is one (临港国际会展城)
    if any(L.kind_tails.search(it.partition("等")[2]) for it in items if "等" in it):
        # 甲道、乙路等基础设施: a list of kinds of facilities, only a named item (by its words) is a project
        valid = [(n, a) for n, a in valid if is_named(QUOTED.sub("", head_of(n).modifier)) or n[:2] in places
                 or _place_named(n)]  # 胜利大街, 兴业路: a street is named whatever its words
        specific = [True] * len(valid)
    # items written without a head that take the kind after 等 (汽车装备、医疗器材等生产基地): kinds, unless most of
    # them are named (甲湾、乙湖、丙站等集聚区)
    own_words = {n: orig.partition("等")[0] for n, (orig, _) in zip(names_, pairs) if head_of(orig.partition("等")[0]) is None}
    named_own = {n: len(w) <= 2 and not _is_common(w) or _says_which(w) or w[:2] in places for n, w in own_words.items()}  # 东, 第一: parts
    if own_words and "等" in names and not said_list and sum(named_own.values()) * 2 < len(own_words):
        kept = [n not in named_own for n, _ in valid]  # a list of kinds: its short words are kinds too (电竞)
        valid = [v for v, k in zip(valid, kept) if k]
        specific = [sp for sp, k in zip(specific, kept) if k]
    keep = [(n, a) for (n, a), sp in zip(valid, specific)
            if sp or anchored and sibling and not L.plural_marks.search(n) and not n.startswith(L.kind_prefixes)
            and n not in described
            and (head_of(n).head not in ("项目", "工程") or len(head_of(n).modifier) >= 5  # 冷链物流项目: a kind
                 or _core(n) != n and head_of(_core(n)).head not in L.weak_heads)  # 某广场项目: the square
            and (head_of(n).head not in L.weak_heads
                 or (district or said_list or len(head_of(n).modifier) >= 3) and _district_facility(n))
            or said_list and not n.startswith(L.kind_prefixes) and _district_facility(n)
            and len(head_of(n).modifier) >= 2 and not _is_common(head_of(n).modifier)  # 园林绿化: a kind
            and not (head_of(n).head in WORK_NOUNS and _words_only(head_of(n).modifier)
                     and head_of(head_of(n).modifier) is None)]  # 河湖治理等项目: kinds of works
    keep = [(n, a) for n, a in keep if not _great_water_campaign(n, a)]  # 太湖治理, 长江大保护: a programme
    keep = [(n, a) for n, a in keep if not _cargo_kind(n)]  # 危化品码头 beside named ports: a kind of wharf, none named
    keep = [(n, a) for n, a in keep if n not in L.heads or own or local and n in L.singular]  # 道路 beside named things: a kind
    keep = [(n, a) for n, a in keep if n not in L.heads or not (MEASURED.search(s) or ROLE_MADE.search(s))]
    keep = [(n, a) for n, a in keep if not BASIN.search(n)  # 某江流域综合治理: a basin's programme, no one work with a site
            or re.search(re.escape(n) + r"[^、，；等]*(?:工程|项目)", s)]  # 某河流域保护修复工程: a work named so
    keep = [(n, a) for n, a in keep if head_of(n).head not in WORK_NOUNS or head_of(n).qualifier
            or _strip_sectors(LEVEL_LEAD.sub("", head_of(n).modifier))]  # 省重大项目: works told by their rank, none named
    # (a district's own list of facilities, 快递中心、保税仓和某分拣中心, keeps them: they are its own)
    keep = [(n, a) for n, a in keep if not _abstract_work(n, places) and not _product_kind(n)
            and not FINANCED.search(n) and not PARTNERED.search(n)]  # 某行贷款项目, 专项债项目: works told by how they are paid for, no place
    keep = [(n, a) for n, a in keep if n not in described or head_of(n).head not in L.role_heads or n[:2] in places
            or _place_named(head_of(n).modifier)]  # 面向某地的复合型某枢纽: a role told by whom it serves, unless a place names it
    if L.standing_words.search(s):  # 某大学等重点大学建设, 某大学“双一流”建设: a university's standing, no building
        keep = [(n, a) for n, a in keep if not L.standing_words.search(n)
                and (head_of(n).head not in L.standing_heads or head_of(n).qualifier)]
    if stage in L.running_stages or action in L.running_stages:
        keep = [(n, a) for n, a in keep if category_of(n) not in ("education", "health")]
    if stage in L.role_stages:  # 打造某物流枢纽: a role given, unless the clause also builds it
        keep = [(n, a) for n, a in keep if a not in ("", stage) or head_of(n).head not in L.role_heads]
        if any("等" in it for it in items):  # 打造甲河、乙湖等一批消费体验区: the waters are given the kind after 等
            keep = [(n, a) for n, a in keep if a not in ("", stage) or head_of(n).head not in L.geographic]
    out = []
    ordinal_place = ""  # 市第九小学、第十中学: the place before the first ordinal goes to a later bare ordinal
    for n, a in keep:
        owner = ORDINAL_OWNER.match(n)
        if owner:
            ordinal_place = owner.group(1)
        elif ordinal_place and ORDINAL.match(n) and head_of(n) is not None:
            n = ordinal_place + n
        act = a or verb or stage or L.default_stage
        if action in PRELIMINARY and not (a and a != action and (n in group_closed and n != names_[-1]
                                                                  or not re.search("等|项目|工程", names))):
            # 抓好甲铁路改造升级、乙高速等项目前期, 甲机场扩建项目前期工作: the preliminary work of the listed works,
            # whatever each item's action; written after the last of items that carry their own actions, neither
            # grouped by 等 nor called 项目 (甲机场新建、乙机场前期工作), it is that item's alone
            act = action
        elif n.endswith(("建设项目", "建设工程")) and act not in L.actions:
            act = "建设"  # 加快推进某蓄洪区建设、…等项目: the building is what is done
        elif a and a != action and after and action in L.completion and len(keep) == 1 and (a == "建设" or re.search(
                re.escape(a) + "(?:工程|项目)", s)):
            act = action  # 力争某航道建设工程开工, 某路改造工程开工建设: the work named is begun; the clause's verb governs it
        stg = stage or act  # 提升某开发区: the verb the text has, no default beside it
        if pace and a in ("", action):
            stg = pace
        if act in PRELIMINARY:
            stg = stage or act  # 推进某水库前期工作: the preliminary work is what is done, the governing verb how far
        elif stg in MODAL_STAGES and (act in L.completion or action in L.completion):
            stg = act if act in L.completion else action  # 确保某工程如期完工: how far is the completion, not the promise
        elif after and said_list and action.endswith(tuple(L.completion)) and not stg.endswith(tuple(L.completion)):
            act = stg = action  # 促进甲电厂扩建、乙等项目竣工投产: how far the listed works go this year
        listed = LISTED_WORKS.search(n)
        if listed and head_of(n[: listed.start()]) is not None:
            n = n[: listed.start()]  # 开工建设某县综合高中等项目: 等项目 says the item is one of the works, no part of its name
        out.append(Project(n, act, stg))
    return out


def is_local(region_code: str) -> bool:
    """A city, county or district report (region codes end in 0000 for a province, 100000 for the nation)."""
    return not str(region_code).endswith("0000")


def is_district(region_code: str) -> bool:
    """A county or district report (a city's code ends in 00)."""
    return not str(region_code).endswith("00")


# Clauses of the raw text: split at ，；。！？：<> in both widths, line breaks aside (passage drops those inside a
# paragraph, so a clause may run over one). A clause is read only when it holds an action (or 工程, 项目) and
# something that ends like a facility or a place. Those words are CJK, which folding leaves alone; only a space
# inside a word (建 设, typesetting) or full-width letters and digits (Ｓ５２４) could hide one from the raw text,
# so a clause holding either is read before it is judged.
RAW_BREAKS = "，,；;。！？!?：:<>＜＞"
RAW_CLAUSE = re.compile(f"[^{RAW_BREAKS}]+")
RAW_BREAK = re.compile(f"[{RAW_BREAKS}]")
HIDDEN = re.compile(r"[\s\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def _cue_clauses(text: str, start: int, end: int, cue: re.Pattern):
    """Spans of the clauses of text[start:end] that hold a cue word, each once: found from the cue words, so the
    clauses without one (most of them) cost nothing."""
    done, breaks = start, None
    for m in cue.finditer(text, start, end):
        if m.start() < done:
            continue  # a second cue word in the clause just read
        if breaks is None:
            breaks = [b.start() for b in RAW_BREAK.finditer(text, start, end)]
        k = bisect_right(breaks, m.start())
        a = breaks[k - 1] + 1 if k else start
        done = breaks[k] if k < len(breaks) else end
        yield a, done


LEAD_CLAUSE = re.compile(r"[^，。；！？：,;]*[，,]$")


def _category_in(name: str, action: str, text: str, start: int) -> str:
    """The category of a work named only 项目 or 工程 (某某、某某等项目): its sector may be the one the clause just before
    it names (规模化开发海上风电，推进甲、乙等项目建设: the wind farms'), which the name does not."""
    cat = category_of(name, action)
    h = head_of(name)
    if cat != "other" or h is None or h.head not in ("项目", "工程"):
        return cat
    lead = LEAD_CLAUSE.search(text, max(0, start - 40), start)
    if lead is None:
        return cat
    return next((c for w, c in lex().sector_leads if w in lead.group(0)), cat)


def project_rows(outline: Outline) -> list[dict]:
    """Rows of the projects resource: one per named item and document (a doubled page names it twice)."""
    doc = outline.document
    text, folded = doc.text, doc.folded
    local, district = is_local(doc.meta.region_code), is_district(doc.meta.region_code)
    places = document_places(text)
    cue, head_rx = lex().cue, lex().head_rx
    make = IdMaker(doc.document_id, "j")
    rows, seen = [], set()
    for para in outline.paragraphs:
        if outline.part_kind_at(para.start) not in CLAUSE_PARTS:
            continue
        hidden = HIDDEN.search(text, para.start, para.end) is not None
        spans = (m.span() for m in RAW_CLAUSE.finditer(text, para.start, para.end)) if hidden else \
            _cue_clauses(text, para.start, para.end, cue)
        for a, b in spans:
            if hidden and HIDDEN.search(text, a, b):
                pv = passage(text, a, b, folded)  # judged as read: a space may split a word
                if not (cue.search(pv.text) and head_rx.search(pv.text)):
                    continue
            elif not (cue.search(text, a, b) and head_rx.search(text, a, b)):
                continue
            else:
                pv = passage(text, a, b, folded)
            found = clause_projects(pv.text, local, district, places)
            if not found:
                continue
            clause = pv.span(0, len(pv.text))
            program = outline.program_at(clause.start)
            for p in found:
                if p.name in seen:
                    continue
                seen.add(p.name)
                rows.append({
                    "project_id": make(program.program_id if program else "", p.name),
                    "document_id": doc.document_id,
                    "program_id": program.program_id if program else None,
                    "name": p.name,
                    "action": p.action,
                    "stage": p.stage,
                    "category": _category_in(p.name, p.action, text, clause.start),
                    "source_text": clause.text,
                    "char_start": clause.start,
                    "char_end": clause.end,
                })
    return rows


# (the rules below read a list of names: they use this module's heads, so they live beside them)

# --- a work written once after a list of places ---------------------------------------------------------------

WORK_NOUNS = ("工程", "项目")
WORK_JOINS = "与和及、"  # 续建配套与现代化改造: two works of one phrase


def _works_only(work: str) -> bool:
    """Whether `work` is made of actions (lexicon), common words and joins only (防洪提升, 续建配套与现代化改造), with
    no head of a facility inside (三级航道整治 is a waterway's work)."""
    if any(head in work for head in lex().heads if len(head) > 1):
        return False
    return not work or _words_only(work, WORK_JOINS)


def _work_split(core: str) -> tuple[str, str] | None:
    """(place, work) of `core` (an item without its 工程/项目): the longest front that ends in a facility's or a place's
    head and a rest of works (_works_only) that ends in an action (漳卫河 + 防洪提升, 某灌区 + 续建配套与现代化改造);
    None when no such cut exists (a bare place, or a work with a name of its own inside)."""
    L = lex()
    for i in range(len(core) - 1, 1, -1):
        place, work = core[:i], core[i:]
        h = head_of(place)
        if h is None or not h.head or h.head in WORK_NOUNS or not L.actions.suffix(work, shorter=False):
            continue
        if _works_only(work):
            return place, work
    return None


def _joined_work(item: str, pair: tuple[str, str]) -> tuple[str, str]:
    """An item whose work is two works joined (某河生态修复和环境整治提升工程, kept whole by keep_joined): the place, and
    both works as its action, when the item alone read no place out of it."""
    before = item.partition("等")[0]
    core = before[:-2] if before.endswith(WORK_NOUNS) else before
    if pair[1] and pair[0] != item or not any(j in core for j in JOINS):
        return pair
    split = _work_split(core)
    if split is None or not any(j in split[1] for j in JOINS):
        return pair
    return split[0] + item[len(before):], split[1]


def shared_work(items: list[str], pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A work written once after the last of a list of places is the work of each (实施甲河、乙河防洪提升工程: 甲河 and
    乙河 both get 防洪提升; 开工甲河、乙河、丙河治理等项目: all three are governed). `items` are the list's items, `pairs`
    their (name, action) as each item reads alone. The places before the last item take its work while they are bare
    (a head, no action, no phase) and of the same head as the last item's place: 甲高铁、乙高速扩容工程 leaves the
    railway new. After 等 the list goes on beyond what is written, and each item may be its own work (甲水库、乙水库扩建
    等工程: the first is new): only waters take the work then (a river is governed, never built). The last item then
    names the place, the work is its action."""
    pairs = [_joined_work(it, p) for it, p in zip(items, pairs)]
    if len(items) < 2 or any("等" in it for it in items[:-1]):
        return pairs
    last = items[-1].partition("等")[0]
    core = last[:-2] if last.endswith(WORK_NOUNS) else last
    if last == core and "等" not in items[-1]:
        return pairs  # 推进甲河、乙河治理: the clause's closing action is the list's already (read_clause)
    split = _work_split(core)
    if split is None:
        return pairs
    place, work = split
    h = head_of(place)
    if "等" in items[-1] and not h.head.endswith(lex().geographic_ends):
        return pairs
    out = list(pairs)
    run = []
    for k in range(len(items) - 2, -1, -1):
        name, action = pairs[k]
        hk = head_of(name)
        if action or name != items[k] or hk is None or hk.head != h.head or PHASE_END.search(name):
            break
        run.append(k)
    if not run:
        return pairs
    for k in run:
        out[k] = (pairs[k][0], work)
    if not pairs[-1][1] or pairs[-1][0] == items[-1]:
        rest = items[-1][len(last):]
        out[-1] = (place + rest, work)  # 乙河防洪提升工程: 乙河, 防洪提升 (an 等 and its kind stay)
    return out


# --- 和, 与, 及 inside one name --------------------------------------------------------------------------------

JOINS = "和与及"
KEEP_JOIN = str.maketrans("和与及", "\ue020\ue021\ue022")  # protected from the list's split, restored after it
UNKEEP_JOIN = str.maketrans("\ue020\ue021\ue022", "和与及")
LINKING = ("连通", "联通", "连接", "互联互通", "贯通")  # 甲江与乙湖连通工程: one work between two places
_SIDE_END = re.compile(r"等|(?:工程|项目)$")


def _words_only(s: str, joins: str = "") -> bool:
    """s made only of common words and actions (整体开发, 基础设施提质), and of `joins` (与, 和) when given: it names no
    place of its own."""
    L, i = lex(), 0
    while i < len(s):
        a = L.actions.prefix(s[i:], shorter=False)
        if a:
            i += len(a)
            continue
        piece, kind = pieces(s[i:])[0]
        if kind != "common" and piece not in joins:
            return False
        i += len(piece)
    return bool(s)


WORK_VERBS = ("保护", "开发", "治理", "整治", "修复", "改造", "提升", "建设", "配套", "续建")


def _does_work(s: str) -> bool:
    """A stretch that says what is done (续建配套, 河道整治): an action of the lexicon or a verb of works in it."""
    L = lex()
    return any(w in s for w in WORK_VERBS + tuple(L.own_actions)) or any(
        L.actions.prefix(s[i:], shorter=False) for i in range(len(s)))


def _one_work(left: str, right: str) -> bool:
    """Whether a 和/与/及 between `left` and `right` (the text on each side up to the list's next 、) joins two parts
    of one name rather than two items: two works of one named place (某灌区续建配套与现代化改造工程, 某带整体开发与基础
    设施提质项目: the right side names no place and ends in an action, the left side closes on a work done to a place),
    the two ends of one link (甲江与乙湖连通工程: a bare place on the left), or two fields of one named facility (某地
    软件与信息技术服务产业园: the left side has no head and closes on one or two common words after a name, the right side
    is a common kind; the name opens the left side)."""
    L = lex()
    core = _SIDE_END.split(right, 1)[0]
    if len(left) < 2 or len(core) < 2 or any(j in core for j in JOINS):
        return False
    if core.endswith(LINKING):
        h = head_of(left)
        return right.endswith(WORK_NOUNS) and h is not None and bool(h.head) and h.head not in WORK_NOUNS \
            and not _does_work(left)
    if _words_only(core) and (L.actions.suffix(core, shorter=False) or core.endswith(tuple(L.own_actions))):
        if L.actions.suffix(left, shorter=False) and head_of(left) is None and not _words_only(left):
            return True  # 某带整体开发 与 基础设施提质
        for i in range(2, len(left) - 1):
            h = head_of(left[:i])
            if h is not None and h.head and h.modifier and _words_only(left[i:]) and _does_work(left[i:]):
                return True  # 某灌区 续建配套 与 现代化改造
        return False
    h = head_of(core)
    if h is None or not h.head or not h.modifier or head_of(left) is not None or L.actions.suffix(left, shorter=False):
        return False
    if not all(kind == "common" for _, kind in pieces(h.modifier)):
        return False
    ps = pieces(left)
    n = 0
    while n < len(ps) and ps[len(ps) - 1 - n][1] == "common":
        n += 1
    named = ps[: len(ps) - n]
    return 1 <= n <= 2 and bool(named) and all(kind != "common" for _, kind in named) \
        and sum(len(p) for p, _ in named) >= 2  # 某地 + 软件: a name, then the field (not 紧密型医联体)


def keep_joined(names: str) -> str:
    """names with the 和, 与, 及 that join parts of one name (_one_work) protected from the list's split; undo with
    `unkeep`."""
    if not any(j in names for j in JOINS):
        return names
    parts = names.split("、")
    for k, part in enumerate(parts):
        for m in re.finditer(f"[{JOINS}]", part):
            left, right = part[: m.start()], part[m.end():]
            if _one_work(left, right):
                parts[k] = part[: m.start()] + m.group(0).translate(KEEP_JOIN) + right
                break
    return "、".join(parts)


def unkeep(name: str) -> str:
    return name.translate(UNKEEP_JOIN)


# --- a kind of line written once before a list of lines --------------------------------------------------------

# 市域（郊）铁路成眉线、成德线: the kind of railway before the first line's two-character name is the kind of each
LINE_KIND = re.compile(r"^((?:市域|城际|市郊|都市圈|轨道交通|地铁|轻轨)?(?:[（(][\u4e00-\u9fff][）)])?(?:铁路|地铁|轻轨|城际|有轨电车))"
                       r"[\u4e00-\u9fff]{2}线$")
SHORT_LINE = re.compile(r"^[\u4e00-\u9fff]{2}线$")


def shared_line_kind(names: list[str]) -> list[str]:
    """Lines named by two places after a first one written with its kind (市域（郊）铁路甲乙线、丙丁线): each takes the
    kind, so that each row says what the line is (a 丙丁线 alone may be any road's or grid's)."""
    if len(names) < 2:
        return names
    kind = LINE_KIND.match(names[0])
    if not kind:
        return names
    out = [names[0]]
    for n in names[1:]:
        if not SHORT_LINE.match(n):
            return out + names[len(out):]  # the run of bare lines ends at the first other item
        out.append(kind.group(1) + n)
    return out
