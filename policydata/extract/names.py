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
