"""Projects: named places and facilities with what is to be done to them, split and distributed.

A clause of the work plan reads  [stage] names [action]  (推进A、B、C改扩建),  [stage] action names
(加快建设X), or  names action  (A、B投入使用). Its list of names is split on 、/和/及, and what
the items share is distributed: the action, a prefix (地铁七号线…、八号线… → 地铁八号线…), a head
borrowed from the next item (长江路、黄河路拆迁地块 → 长江路拆迁地块), a tail after 等
(A、B等周边小区排水设施). Designations, campaigns, generic categories and counts are not projects.

All words come from lexicon/projects.yml; matching runs on each paragraph's Passage (text.passage).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..ids import IdMaker
from ..lexicon import load
from .outline import Outline
from ..text import fold, passage, split_list, strip_words
from .targets import CLAUSE_BREAK, SENTENCE_BREAK, split_spans

NUMERAL = "0-9一二三四五六七八九十两"
LINE_NUMBER = re.compile(rf"[{NUMERAL}]+号线")
ADDRESS = re.compile(rf"[{NUMERAL}]+号(?:楼|院)?$")
COUNT = re.compile(rf"^[{NUMERAL}.]+(?:万|亿)?(?:个|座|所|家|处|条|项|栋|户|平方米|公里|亩|套)")
MONEY_MODIFIER = re.compile(r"^(?:总)?投资[0-9.]+(?:万|亿)?元的")  # 投资5.5亿元的体育中心二期工程
ORDINAL_ONLY = re.compile(rf"^第[{NUMERAL}]+$")
CLAUSE_PARTS = ("plan", "self-government", "preamble")
LISTED_PROJECTS = re.compile(r"等([^、，,等]{0,6}?(?:工程|项目))(?:进展|进度|进程|步伐|的|建设)*$")


@lru_cache(maxsize=1)
def lex() -> dict:
    return load("projects")


def _longest_first(words) -> list[str]:
    return sorted(set(words), key=len, reverse=True)


@lru_cache(maxsize=1)
def head_table() -> list[tuple[str, str]]:
    rows = [(h, cat) for cat, hs in lex()["heads"].items() for h in hs]
    return sorted(rows, key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def _qualifier_tail() -> re.Pattern:
    return re.compile("(?:" + "|".join(lex()["name_qualifiers"]) + ")+$")


def head_of(name: str) -> tuple[str, str] | None:
    """(head noun, category) the name ends with, qualifiers such as 二期 or 南段 aside; an address (88号) is a building."""
    q = _qualifier_tail().search(name)
    for form in (name, name[: q.start()] if q and q.start() > 0 else None):
        if form is None:
            continue
        for h, cat in head_table():
            if form.endswith(h) and len(form) > len(h) or form == h:
                return h, cat
        if ADDRESS.search(form):
            return ADDRESS.search(form).group(0), "other"
    return None


def category_of(name: str) -> str:
    """The category of the most specific head in the name (学校 in 南开学校人防物资储备库 is not it)."""
    h = head_of(name)
    if h and h[1] != "other":
        return h[1]
    for head, cat in head_table():
        if cat != "other" and head in name:
            return cat
    return h[1] if h else "other"


@dataclass
class Project:
    name: str
    action: str
    stage: str


# --- reading a clause ------------------------------------------------------------------------

def _strip_start(s: str, words: list[str]) -> tuple[str, str]:
    for w in _longest_first(words):
        if s.startswith(w) and len(s) > len(w):
            return w, s[len(w):]
    return "", s


def _strip_adverbs(s: str) -> str:
    changed = True
    while changed:
        w, s2 = _strip_start(s, lex()["adverbs"])
        changed = bool(w) and not any(s.startswith(st) for st in lex()["stages"] if len(st) > len(w))
        if changed:
            s = s2
    return s


def _action_at_end(s: str) -> tuple[str, str]:
    """(action, rest) when s ends with an action, after dropping words such as 进度 and 工作."""
    L = lex()
    t = strip_words(s, _longest_first(L["action_tails"]), at_end=True)
    for a in _longest_first(L["actions"]):
        if t.endswith(a) and len(t) > len(a):
            return a, t[: -len(a)]
    return "", s


def read_clause(s: str) -> tuple[str, str, str] | None:
    """(stage, action, names) of a clause that names things and acts on them, or None."""
    L = lex()
    s = re.sub(r"^[A-Za-z\s]+", "", s).strip()  # markup debris left by a scrape: span改造…
    if not s or (s.startswith("以") and "为" in s):
        return None  # 以…为引擎: a frame, not an undertaking
    if any(v in s for v in L["designation_verbs"]):
        return None
    s = _strip_adverbs(s)
    stage, rest = _strip_start(s, L["stages"])
    rest = _strip_adverbs(rest)
    first_action, after = _strip_start(rest, L["actions"])
    end_action, names = _action_at_end(rest)
    if first_action and after and not end_action:
        return stage, first_action, after  # 加快建设X, 规划建设A、B和C
    if end_action:
        return stage, end_action, names
    listed = LISTED_PROJECTS.search(rest)
    if listed and stage:  # 完成A、B等工程, 加快A、B等重点项目进度: a list that says its items are projects
        category = listed.group(1)
        return stage, "工程" if category.endswith("工程") else stage, rest[: listed.start()]
    if stage:
        if stage in L["completion_actions"] or stage in L["actions"]:
            return stage, stage, rest  # 建成X: the stage verb is the action
        return stage, "", strip_words(rest, ("进度", "进展", "进程", "步伐"), at_end=True)  # 继续推进X工程
    return None


# --- splitting and distributing a list of names ---------------------------------------------

def split_names(names: str) -> list[str]:
    return split_list(names, lex()["list_separators"])


JOINT = re.compile(r"([^、，,]+和[^、，,]+?)合建(?:项目)?")
KEEP_HE = "\ue000"  # stands for 和 inside a joint project while the list is split


def split_joint(names: str) -> list[str]:
    """Split a list of names, keeping A和B合建项目 as one project."""
    protected = JOINT.sub(lambda m: m.group(1).replace("和", KEEP_HE) + "合建项目", names)
    return [n.replace(KEEP_HE, "和") for n in split_names(protected)]


def distribute(items: list[str]) -> list[str]:
    """Share what coordinated names share: tails after 等, heads, prefixes, parallel ordinals."""
    # tail after 等 (A、B等周边小区排水设施) and 等 dropped
    tail = ""
    for k, it in enumerate(items):
        if "等" in it:
            before, _, after = it.partition("等")
            items[k] = before
            tail = after.strip("的")
    generic_tail = tail in ("", "项目", "工程", "重点项目", "生态工程", "配套设施")
    out = list(items)
    # parallel ordinals: 第一、第二配套幼儿园
    for k in range(len(out) - 1):
        m = ORDINAL_ONLY.match(out[k])
        nxt = re.match(rf"^第[{NUMERAL}]+", out[k + 1])
        if m and nxt:
            out[k] = out[k] + out[k + 1][nxt.end():]
    # a head borrowed from the next item: 长江路、黄河路拆迁地块 → 长江路拆迁地块
    for k in range(len(out) - 1):
        if head_of(out[k]) is None and head_of(out[k + 1]) is not None:
            place = re.match(r"^(.+?[路道街村镇])(.+)$", out[k + 1])
            if place and out[k].endswith(("路", "道", "街", "村", "镇")):
                out[k] = out[k] + place.group(2)
    # the tail after 等 goes to items still without a head
    if tail:
        out = [o + tail if head_of(o) is None or not generic_tail and not o.endswith(tail) else o for o in out]
    # a prefix before a line number: 地铁三号线人民广场站、五号线体育中心站
    first_line = LINE_NUMBER.search(out[0]) if out else None
    if first_line and first_line.start() > 0:
        prefix = out[0][: first_line.start()]
        out = [out[0]] + [prefix + o if LINE_NUMBER.match(o) else o for o in out[1:]]
    return out


def _item_action(item: str) -> tuple[str, str]:
    """An item that carries its own action (第二中学教学楼维修改造): (name, action)."""
    action, rest = _action_at_end(item)
    if action and rest and head_of(rest):
        return rest, action
    return item, ""


def is_generic(name: str) -> bool:
    """老旧小区, 基础设施, 重点水利工程: a kind of thing, not a particular one."""
    if name in lex()["singular_institutions"]:
        return False
    h = head_of(name)
    rest = name[: -len(h[0])] if h and name != h[0] else ("" if h else name)
    for w in _longest_first(lex()["generic_words"]):
        rest = rest.replace(w, "")
    return len(rest) < 2


def is_designation(name: str) -> bool:
    L = lex()
    return name.startswith(tuple(L["designation_prefixes"])) or name.endswith(tuple(L["designation_heads"]))


def valid_name(name: str) -> bool:
    L = lex()
    h = head_of(name)
    if len(name) < 2 or h is None or COUNT.match(name) or is_designation(name):
        return False
    if any(c in name for c in "“”\"《》「」"):
        return False  # “城市双修”工程: a campaign's name
    if name.startswith(tuple(L["verb_starts"])):
        return False
    if h[0] in ("工程", "项目"):  # 文化惠民工程 names a programme, not a place
        rest = name[: -len(h[0])]
        for w in _longest_first(L["generic_words"]):
            rest = rest.replace(w, "")
        if not any(m in rest for m in L["place_marks"]):
            return False
    return True


def clause_projects(s: str) -> list[Project]:
    """The projects one (width-folded) clause names."""
    read = read_clause(s)
    if read is None:
        return []
    stage, action, names = read
    L = lex()
    listed = [MONEY_MODIFIER.sub("", it) for it in split_joint(names)]
    if listed and COUNT.match(listed[0]):
        return []  # 五所中小学新建扩建、职业高中扩建…: a list that opens with a count lists kinds of things
    items = [it for it in listed if not COUNT.match(it)]  # a count inside the list is a target
    items = [strip_words(it, _longest_first(L["name_tails"]), at_end=True) for it in items]
    if not items or (not action and any(re.search(rf"[{NUMERAL}]+[所个座家]", it) for it in items)):
        return []
    pairs = [_item_action(it) for it in items]
    names_ = distribute([n for n, _ in pairs])
    own_actions = [a for _, a in pairs]
    candidates = [(n, a or action) for n, a in zip(names_, own_actions)]
    if not action:  # a stage and no action: a list is of projects only if one of its items says so (…工程, …项目)
        if not any(a or (head_of(n) or ("", ""))[0].endswith(("工程", "项目")) for n, a in candidates):
            return []
    valid = [(n, a) for n, a in candidates if valid_name(n)]
    specific = [(n, a) for n, a in valid if not is_generic(n)]
    if not specific:
        return []
    keep = valid if len(items) > 1 else specific  # a generic item beside named siblings (快递中心、保税仓和国际快件分拣中心)
    out = []
    for n, a in keep:
        act = a or stage or L["default_stage"]
        stg = stage or (act if act in L["completion_actions"] else L["default_stage"])
        out.append(Project(n, act, stg))
    return out


def project_rows(outline: Outline) -> list[dict]:
    """Rows of the projects resource."""
    doc = outline.document
    text, folded = doc.text, fold(doc.text)
    make = IdMaker(doc.document_id, "j")
    rows = []
    for para in outline.paragraphs:
        if outline.part_kind_at(para.start) not in CLAUSE_PARTS:
            continue
        pv = passage(text, para.start, para.end, folded)
        for sentence in split_spans(pv.text, 0, len(pv.text), SENTENCE_BREAK):
            for part in split_spans(pv.text, sentence.start, sentence.end, CLAUSE_BREAK):
                clause = pv.span(part.start, part.end)
                for p in clause_projects(part.text):
                    program = outline.program_at(clause.start)
                    rows.append({
                        "project_id": make(program.program_id if program else "", p.name),
                        "document_id": doc.document_id,
                        "program_id": program.program_id if program else None,
                        "name": p.name,
                        "action": p.action,
                        "stage": p.stage,
                        "category": category_of(p.name),
                        "source_text": clause.text,
                        "char_start": clause.start,
                        "char_end": clause.end,
                    })
    return rows
