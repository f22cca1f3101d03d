"""Name-ness: whether the words before a facility's head say which one it is, or only what kind.

批发市场, 特殊教育学校, 战略物资储备基地 are kinds: every word of the modifier is a common word.
潮白河, 港珠澳大桥, 石家庄机场 are particular: the modifier holds a place or brand name. A hand list of
generic words never reaches the long tail, so the cue comes from a segmenter's own dictionary: jieba ships
one (jieba/dict.txt: word, frequency, part of speech) inside its package. Its common words (any tag but the
proper-noun ones: ns place, nr/nrt/nrfg person, nt organisation, nz other proper) cover a generic modifier
from end to end; a name leaves a stretch that only a proper word (ns, nt, nz) or no word at all covers
(雄安, 昝岗, 港珠澳: abbreviations and local names are in no dictionary; person-name entries are left out,
so 石家庄, tagged nr, counts as no word).

The dictionary is read once, lazily, with two regular expressions (no jieba code runs).
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from ..lexicon import load

MAX_WORD = 4  # longest dictionary word tried; longer words are compounds of shorter ones
# A number or code as a name (626小河, T9工厂, 六二六市场), not a quantity (日处理3万吨, 2×66万千瓦) nor an acronym (5G, PPP).
DIGITS = re.compile(r"(?<![0-9.×])[0-9]{3,}(?![0-9.×万亿千百吨瓦米亩个条所座家项户套人元%])|[A-Za-z]+[0-9]+|[〇零一二三四五六七八九]{3}")
# Common words: CJK, 2-4 characters, frequency >= 5 (rarer entries are mostly names, places and idioms),
# any part of speech but the proper-noun tags (ns, nr, nt, nz).
_COMMON = re.compile(r"\n([\u4e00-\u9fff]{2,4}) (?:[5-9]|[1-9]\d+) (?!n[srtz])")
# Places, organisations and other proper nouns (ns, nt, nz): a modifier holding one names a particular thing.
# The tags are noisy (城市 ns, 普通 nz): lexicon/projects.yml common_words lists the genre's common ones.
_PROPER = re.compile(r"\n([\u4e00-\u9fff]{2,4}) \d+ n[stz](?=\n)")


def dictionary_path() -> Path:
    """jieba's dictionary, found without importing jieba (its import reads and caches the whole model)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba is not installed: its dictionary is the name-ness cue (see pyproject.toml)")
    return Path(list(spec.submodule_search_locations)[0]) / "dict.txt"


@lru_cache(maxsize=1)
def vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(common words, proper words) of the dictionary, minus the lexicon's own corrections."""
    data = "\n" + dictionary_path().read_text(encoding="utf-8")  # each entry after a line break: a fast scan
    lex = load("projects")
    common = set(_COMMON.findall(data)) | set(lex.get("common_words", []))
    proper = set(_PROPER.findall(data)) - common - set(lex.get("common_words", []))
    return frozenset(common), frozenset(proper)


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset("".join(load("projects")["province_abbreviations"]))


@lru_cache(maxsize=1)
def _generic_chars() -> frozenset[str]:
    return frozenset("".join(load("projects")["generic_chars"]))


def pieces(s: str) -> list[tuple[str, str]]:
    """s cut longest-word-first from the left: (piece, kind), kind 'common', 'proper' or '' (no word)."""
    common, proper = vocabulary()
    out, i, n = [], 0, len(s)
    while i < n:
        for k in range(min(MAX_WORD, n - i), 1, -1):
            w = s[i:i + k]
            if w in common:
                out.append((w, "common"))
                break
            if w in proper:
                out.append((w, "proper"))
                break
        else:
            out.append((s[i], ""))
            k = 1
        i += k
    return out


@lru_cache(maxsize=8192)
def is_named(modifier: str) -> bool:
    """Whether a modifier names a particular thing: it holds a place or organisation word, a stretch no
    common word covers (two characters or more, not all generic ones such as 新 or 中), digits and letters
    (626, S524), or opens with two provinces' one-character names (京沪)."""
    if not modifier:
        return False
    if DIGITS.search(modifier):
        return True
    if len(modifier) >= 2 and modifier[0] in _abbreviations() and modifier[1] in _abbreviations():
        return True  # 京沪, 湘鄂赣: provinces by their one-character names (the dictionary files them as common words)
    generic = _generic_chars()
    run = []
    for piece, kind in pieces(modifier) + [("", "common")]:
        if kind == "proper":
            return True
        if kind == "" and not (piece.isascii() and piece.isalpha()):
            run.append(piece)  # letters alone are acronyms (PPP, LNG), no names
            continue
        own = sum(c not in generic for c in run)
        if own >= 1 and len(run) >= 2:
            return True
        run = []
    return False


# A place the report names as one: two characters before 县, 旗, 镇, 乡 (长青县, 奋斗镇), or before 区, 市 when they
# are no word the dictionary knows (宝安区, 凯里市; not 城市, 园区, 合作区, nor 光明区: 光明 is a word first).
_PLACE = re.compile(r"(?=([\u4e00-\u9fff]{2})([县旗镇乡区市]))")
_HARD_PLACE = "县旗镇乡"
_NOT_IN_PLACES = frozenset("本该每我其这那此等和与及的在为是了对")


def document_places(text: str) -> frozenset[str]:
    """The two-character place names a report uses before a level word (县, 市, 区, 镇, 乡, 旗): a modifier that
    opens with one of them names its thing (长青县 → 长青工业园区), whatever the dictionary says of the word."""
    common, _ = vocabulary()
    generic = _generic_chars() | _NOT_IN_PLACES
    genre = frozenset(load("projects").get("common_words", []))
    out = set()
    for m in _PLACE.finditer(text):
        stem, level = m.group(1), m.group(2)
        end = m.start() + 2
        pair = text[end - 1:end + 1]  # 城市, 景区: the level word is part of a word; 州市 (杭州市) is none
        if any(c in generic for c in stem) or stem + level in common or pair in common and pair != "州市" \
                or text[end:end + 2] in common:
            continue  # 全县, 城市, 景区, 市场: a word, not a place
        if stem in common and (level not in _HARD_PLACE or stem in genre):
            continue  # 合作区, 建成区: a common word before 区 or 市 is no place; 重点县: the genre's word
        out.add(stem)
    return frozenset(out)


# --- a work written once after a list of places ---------------------------------------------------------------

WORK_NOUNS = ("工程", "项目")
WORK_JOINS = "与和及、"  # 续建配套与现代化改造: two works of one phrase


def _works_only(work: str) -> bool:
    """Whether `work` is made of actions (lexicon), common words and joins only (防洪提升, 续建配套与现代化改造), with
    no head of a facility inside (三级航道整治 is a waterway's work)."""
    from .projects import lex  # projects imports this module: its helpers are read at call time
    L, i = lex(), 0
    if any(head in work for head in L.heads if len(head) > 1):
        return False
    while i < len(work):
        a = L.actions.prefix(work[i:], shorter=False)
        if a:
            i += len(a)
            continue
        piece, kind = pieces(work[i:])[0]
        if kind != "common" and piece not in WORK_JOINS:
            return False
        i += len(piece)
    return True


def _work_split(core: str) -> tuple[str, str] | None:
    """(place, work) of `core` (an item without its 工程/项目): the longest front that ends in a facility's or a place's
    head and a rest of works (_works_only) that ends in an action (漳卫河 + 防洪提升, 某灌区 + 续建配套与现代化改造);
    None when no such cut exists (a bare place, or a work with a name of its own inside)."""
    from .projects import head_of, lex
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
    from .projects import PHASE_END, head_of, lex
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


def _words_only(s: str) -> bool:
    """s made only of common words and actions (整体开发, 基础设施提质): it names no place of its own."""
    from .projects import lex
    L, i = lex(), 0
    while i < len(s):
        a = L.actions.prefix(s[i:], shorter=False)
        if a:
            i += len(a)
            continue
        piece, kind = pieces(s[i:])[0]
        if kind != "common":
            return False
        i += len(piece)
    return bool(s)


WORK_VERBS = ("保护", "开发", "治理", "整治", "修复", "改造", "提升", "建设", "配套", "续建")


def _does_work(s: str) -> bool:
    """A stretch that says what is done (续建配套, 河道整治): an action of the lexicon or a verb of works in it."""
    from .projects import lex
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
    from .projects import head_of, lex
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
