"""Outline: parts, sections and measures, and the part kinds every other extractor reads.

Pure functions from a Document to an Outline. Levels follow the genre:
  1  parts: 一、…, 第一部分, or bare heading lines (2024年主要工作), the closing (结束语), an annex (附件);
  2  sections: （一）…, or, in a part without them, 第一，-headings, unnumbered sub-titles, or the items
     (——…, 一是…) of a part whose items head paragraphs of their own;
  3  measures: the short lead sentence that opens a paragraph, an item (一是…, ——…, 1．…, 第一，…),
     an item inside a paragraph (…。二是…), and short lead sentences inside a long paragraph.
The Outline is also the context every other extractor reads: which program an offset falls in, what
kind of part it is (review of the past year, general requirements, work plan, self-government,
closing, glossary, annex), where the preamble and the glossary are.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..ids import IdMaker
from ..ingest.document import Document
from ..ingest.paragraphs import paragraphs as body_paragraphs
from ..lexicon import load
from ..grammar.headings import NUMERAL
from ..grammar.numerals import cn_to_int
from ..text import Passage, Span, fold, passage, strip_span
from .tense import reads_as_review, review_then_plan, votes, years as named_years

# Patterns read the folded passage of a paragraph: （ → (, ， → ,, ： → :, ； → ;, ！ → !, ． → .
PART = re.compile(rf"^([{NUMERAL}]{{1,3}})(?:、|\.(?!\d))")
PART_WORD = re.compile(rf"^第([{NUMERAL}]{{1,3}})部分[、.,:]?")
SECTION = re.compile(rf"^\(([{NUMERAL}]{{1,3}})\)")
ORDINAL = re.compile(rf"^第([{NUMERAL}]{{1,3}})[,、:]")
# Enumerated items: 一是…, 一要…, ——…, 1．…, (1)…  (not 1.5万: a decimal is not an enumerator)
ITEM = re.compile(rf"^(?:[{NUMERAL}]{{1,3}}[是要](?![否为的])|—+|\d{{1,2}}[.、](?!\d)|\(\d{{1,2}}\))")
# An item inside a paragraph opens a sentence: …。二是推动产业集群发展。 (not …；二是… inside one sentence)
INLINE_ITEM = re.compile(rf"(?<=[。!?])[{NUMERAL}]{{1,2}}[是要](?![否为的])")
# The first item of a series a colon opens inside a sentence: …抓好三件事：一是…。二是…。 (read only when the
# series goes on in sentences of their own)
FIRST_AFTER_COLON = re.compile(r"(?<=:)一[是要](?![否为的])")
# A numbered item inside a paragraph: …民生实事。(1)稳定扩大居民就业，…。(2)提升基础教育质量，…
INLINE_NUMBERED = re.compile(r"(?<=[。!?;])\(\d{1,2}\)")
# A paragraph that sums up a stretch of time it names (这一年，… 这五年，…): one of a series opened alike
SUMMARY_OPENER = re.compile(r"^这(?:一|[两三四五]|几)年(?:里|来)?,")
LONE_NUMERAL = re.compile(rf"^\s*([{NUMERAL}]{{1,3}})\s*\n")
NEXT_ITEM = re.compile(rf",[{NUMERAL}]{{1,2}}[是要](?![否为的])")
DIGITS_LABEL = re.compile(r"^\(?(\d{1,2})")
ANNEX = re.compile(rf"^附[件表][\d{NUMERAL}]*(?:[:、.]|$)")
SENTENCE_END = "。!?"
ITEM_END = "。;!?"
TRAILING = "。.!?;:,、 \t\u3000"
LEADING = ",:;、. "
COMMA = re.compile(r",")
COMMAS = re.compile(r"[,，]")
CLAUSE_MARK = re.compile(r"[,;:]")
DIGIT = re.compile(r"\d")
COPULA = re.compile(r"(?<![特尤还就总但只要凡若于而一二三四五六七八九十])是(?![否非])")
ENDS_WITH_FIGURE = re.compile(r"\d[\d.]*\D{0,3}$")
QUOTES = "“”‘’\"'"
PRECISE = re.compile(r"\d[.．]\d|\d{3}")  # a decimal or a figure of three digits or more
# A maxim judges what something is or decides (法治乃安邦之基, 人才决定未来): X乃Y, X决定Y (not 乃至, 决定性)
MAXIM = re.compile(r"乃(?!至)|决定(?![性了])")


@dataclass
class Program:
    level: int
    label: str
    title: str
    start: int  # first character of the enumerator or title
    title_end: int  # just past the title and its closing punctuation
    end: int = 0  # just past the last character of the whole program, sub-programs included
    parent: "Program | None" = None
    part_kind: str = "plan"
    program_id: str = ""
    children: list["Program"] = field(default_factory=list)

    def own_end(self) -> int:
        """End of the text that belongs to this program itself, before its first sub-program."""
        return self.children[0].start if self.children else self.end


@dataclass
class Outline:
    document: Document
    programs: list[Program]  # document order
    paragraphs: list[Span]  # body paragraphs before the glossary (annexes included), chrome excluded
    preamble: Span  # text before the first heading: belongs to the document, not a program
    glossary: Span | None  # the glossary heading and its entries, if any
    closing: Span | None = None  # the closing address (各位代表！…), if any
    annexes: list[Span] = field(default_factory=list)  # annexes after the closing (附件1：…)
    # a long text before the first heading (a report without headings) read by its tense: (span, review|plan)
    untitled: list[tuple[Span, str]] = field(default_factory=list)
    # the review that opens a part titled as a review joined to what comes next (国民经济的成就和今后的建设
    #任务), read by its tense: (span, review); the address on the government's own conduct that ends the plan
    # without a heading (各位代表！…对政府自身建设提出了更高要求…): (span, self-government)
    turns: list[tuple[Span, str]] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self):
        self._starts = [p.start for p in self.programs]

    def program_at(self, offset: int) -> Program | None:
        """The innermost program whose span holds the offset (None in the preamble)."""
        i = bisect_right(self._starts, offset) - 1
        while i >= 0:
            p = self.programs[i]
            if p.start <= offset < p.end:
                return p
            i -= 1
        return None

    def part_kind_at(self, offset: int) -> str:
        """review, requirements, plan, self-government, closing, glossary, annex, or preamble."""
        if self.glossary is not None and self.glossary.start <= offset < self.glossary.end:
            return "glossary"
        if any(a.start <= offset < a.end for a in self.annexes):
            return "annex"
        for span, kind in self.turns:  # inside a part: its opening review, or its end on the government's own
            if span.start <= offset < span.end:  # conduct (in a report without parts, outside any program)
                return kind
        p = self.program_at(offset)
        if p is not None:
            return p.part_kind
        if self.closing is not None and self.closing.start <= offset < self.closing.end:
            return "closing"
        for span, kind in self.untitled:
            if span.start <= offset < span.end:
                return kind
        return "preamble"


def _lex():
    return load("outline")


def part_kind(title: str, plan_year: int | None = None, text: str = "") -> str:
    """The kind of a part from the words of its title, or, when they name none, from its text's tense.

    Self-government first; then a title that names only years before the plan year reviews them
    (2023年主要工作 in a report on 2024, “十三五”时期发展成就和2020年主要工作, １９５５年国家决算); a title with
    the words of one kind is of that kind. A title with words of several kinds, or none, that names the
    plan year looks ahead (1998年工作回顾和1999年工作的总体要求). Otherwise a review followed by what comes
    next is what comes next (…发展成就和“十四五”时期主要目标任务); the lexicon's order decides other ties.
    A title with no kind word (牢记殷殷嘱托，在接续奋斗中…取得新成效) is a review when its text reads as
    one (tense.reads_as_review) and the title does not look ahead (…和今后的建设任务).
    """
    lex = _lex()
    kind = _titled_kind(title, plan_year, lex)
    if kind is not None:
        return kind
    folded = fold(title)
    if text and not any(w in folded for w in lex["tense"]["future_title_words"]) \
            and not _title_outside_the_plan(folded, lex) and reads_as_review(text, plan_year):
        return "review"  # (a part on diplomacy, 关于外交工作, tells of the past too, but it is no review)
    return lex["default_part_kind"]


def _titled_kind(title: str, plan_year: int | None, lex) -> str | None:
    folded = fold(title).replace(" ", "")
    found = {kind: min((folded.find(fold(w)) for w in words if fold(w) in folded), default=None)
             for kind, words in lex["part_kinds"].items()}
    found = {k: v for k, v in found.items() if v is not None}
    if "self-government" in found:
        return "self-government"
    years = set(named_years(folded))
    if plan_year and years and max(years) < plan_year:
        return "review"
    if plan_year and years and len(found) != 1:  # no kind word, or a review joined to what comes next
        found.pop("review", None)
        if not found:
            return lex["default_part_kind"]  # names the plan year: looks ahead
    if not found:
        return None
    order = list(lex["part_kinds"])
    if "review" in found and len(found) > 1 and found["review"] < max(found.values()):
        found.pop("review")
    return min(found, key=lambda k: order.index(k))


def is_glossary_heading(line: str) -> bool:
    bare = "".join(line.split()).rstrip(":：")
    lex = _lex()
    if bare in lex["glossary_headings"]:
        return True
    return len(bare) <= lex["max_bare_chars"] and bare.endswith(tuple(lex["glossary_heading_endings"])) and not any(
        fold(c) in SENTENCE_END for c in bare)


# --- paragraphs as the outline reads them ------------------------------------------------------------------------

@dataclass
class _Para:
    span: Span
    pv: Passage
    r: str  # the reading: folded, inner whitespace dropped
    set_off: bool  # its first line is a lead sentence set off on a line of its own
    line_end: int = -1  # document offset of its first line break (-1: one line)


def _read(doc: Document) -> list[_Para]:
    text, folded = doc.text, doc.folded
    out = []
    for s in body_paragraphs(text, doc.body, doc.chrome):
        pv = passage(text, s.start, s.end, folded)
        nl = s.text.find("\n")
        first = s.text[:nl].rstrip() if nl >= 0 else ""
        out.append(_Para(s, pv, pv.text, bool(first) and fold(first[-1]) in SENTENCE_END,
                         s.start + nl if nl >= 0 else -1))
    return out


def _clean(text: str, span: Span) -> str:
    """A title as published: the document's own characters, inner whitespace and line breaks dropped."""
    if not WHITESPACE.search(span.text):
        return span.text
    return passage(text, span.start, span.end, text).text


_ENDS: dict[str, re.Pattern] = {}


def _sentence_end(r: str, start: int, ends: str = SENTENCE_END) -> int:
    """Index just past the first sentence end at or after start, outside quotes (len(r) if none)."""
    pattern = _ENDS.get(ends) or _ENDS.setdefault(ends, re.compile(f"[{re.escape(ends)}]"))
    pos = start
    while (m := pattern.search(r, pos)) is not None:
        i = m.start()
        if r.count("“", start, i) <= r.count("”", start, i):
            return i + 1
        pos = i + 1
    return len(r)


WHITESPACE = re.compile(r"\s")
def _title(doc: Document, para: _Para, a: int, b: int) -> tuple[str, int]:
    """(title text, document offset just past the title and its punctuation) for reading slice [a, b)."""
    while a < b and para.r[a] in LEADING:  # 二是，城乡人民的消费水平迅速提高
        a += 1
    k = b
    while k > a and para.r[k - 1] in TRAILING:
        k -= 1
    if k <= a:
        return "", para.pv.offset(b) if b < len(para.r) else para.span.end
    span = para.pv.span(a, k)
    end = para.pv.offset(b - 1) + 1 if b > a else span.end
    return _clean(doc.text, span), end


# --- headings -------------------------------------------------------------------------------------------------

@dataclass
class _Head:
    index: int  # paragraph index
    kind: str  # part, section, ordinal, item, bare, closing, annex
    label: str
    title_from: int  # where the title starts in the reading


def _bare_title(r: str, lex) -> bool:
    """A heading line without enumerator: short, no sentence, no clause marks, not an address."""
    body = r.rstrip(TRAILING)
    marks = SENTENCE_END + ",;:" + ("" if _names_a_part(body, lex) else "、")
    return (lex["min_bare_chars"] <= len(body) <= lex["max_bare_chars"] and body == r
            and not any(c in body for c in marks) and not DIGIT.fullmatch(body)
            and not body.startswith(tuple(lex["address_openers"]))
            and (any(w in body for w in lex["bare_heading_words"]) or _names_self_government(body, lex)))


def _names_self_government(title: str, lex) -> bool:
    """A title on the government's own conduct (全面加强政府自身建设): a bare line so titled is the
    self-government part, wherever it comes (after the plan's numbered sections too)."""
    return any(w in title for w in lex["part_kinds"]["self-government"])


def _annex_title(r: str, lex) -> bool:
    """The line after a bare 附件 line is the annex's title when it reads as one (2026年十件惠民实事): short, no
    sentence, no clause marks, no enumerator; the words of body headings are not needed there."""
    body = r.rstrip(TRAILING)
    return (lex["min_bare_chars"] <= len(body) <= lex["max_bare_chars"] and body == r
            and not any(c in body for c in SENTENCE_END + ",;:") and PART.match(body) is None)


def _names_a_part(title: str, lex) -> bool:
    """A title that names a part of the report by its kind or its time (今后五年建设和改革的目标、方针和任务):
    a bare heading line so titled may list with 、."""
    words = [w for ws in lex["part_kinds"].values() for w in ws] + lex["tense"]["future_title_words"]
    return any(w in title for w in words if w != "任务")


def _classify(paras: list[_Para], i: int, lex) -> _Head | None:
    r = paras[i].r
    lone = LONE_NUMERAL.match(paras[i].span.text)
    if lone:  # a part numbered by a numeral alone on its line (二 / 下面我首先说一下…)
        return _Head(i, "part", lone.group(1), len(lone.group(1)))
    for kind, pattern in (("part", PART), ("part", PART_WORD), ("section", SECTION), ("ordinal", ORDINAL)):
        m = pattern.match(r)
        if m:
            return _Head(i, kind, m.group(1), m.end())
    m = ITEM.match(r)
    if m:
        return _Head(i, "item", "", m.end())
    if ANNEX.match(r):
        return _Head(i, "annex", "", 0)
    bare = r.rstrip(TRAILING)
    if bare in lex["closing_headings"]:
        return _Head(i, "closing", "", 0)
    if _bare_title(r, lex) and i + 1 < len(paras) and (i == 0 or paras[i - 1].r[-1] in "。!?…:;"):
        return _Head(i, "bare", "", 0)  # a heading line follows a finished paragraph
    return None


def _wordless_bare_heads(paras: list[_Para], heads: dict[int, _Head], lex) -> dict[int, _Head]:
    """In a report whose parts are headed by bare lines (全力实现2024年高质量发展的奋斗目标), a line of the same
    shape without a heading word (切实提升服务高质量发展的政务水平) heads a part too: a line of its own between
    finished paragraphs, no clause marks, no figures, quotes or brackets, a longer finished paragraph after it."""
    if not any(h.kind == "bare" for h in heads.values()):
        return {}
    out = {}
    for i in range(1, len(paras) - 1):
        r = paras[i].r
        if i in heads or i - 1 in heads or i + 1 in heads or paras[i - 1].r[-1] not in "。!?":
            continue
        if (2 * lex["max_embedded_chars"] // 3 <= len(r) <= lex["max_bare_chars"]
                and not any(c in r for c in SENTENCE_END + ",;:、" + QUOTES + "()《》〈〉")
                and not DIGIT.search(r) and not r.startswith(tuple(lex["address_openers"]))
                and len(paras[i + 1].r) > len(r) and paras[i + 1].r[-1] in "。!?"):
            out[i] = _Head(i, "bare", "", 0)
    return out


def _drop_subtitles(paras: list[_Para], heads: dict[int, _Head], lex) -> dict[int, _Head]:
    """A part's motto set under its heading (一、2024年工作回顾 / ——经济稳中有进、发展质效向好) is neither
    a section nor a measure: a standalone —— line right after a part heading."""
    drop = {i for i, h in heads.items()
            if h.kind == "item" and i > 0 and (i - 1) in heads and heads[i - 1].kind in ("part", "bare")
            and _standalone(paras[i], h, lex) and not _heading_item(paras, heads, i)}
    return {i: h for i, h in heads.items() if i not in drop}


def _drop_colon_lists(paras: list[_Para], heads: dict[int, _Head]) -> dict[int, _Head]:
    """The items of a list a colon introduces (…从以下几个方面进行： / 一、节约能源，降低消耗； / 二、…； /
    三、…。), each one clause with no text of its own, are parts of one sentence: neither sections nor
    measures."""
    drop: set[int] = set()
    for i in sorted(heads):
        h = heads[i]
        if h.kind not in ("part", "section", "item", "ordinal") or i == 0:
            continue
        r = paras[i].r
        one_clause = "。" not in r[h.title_from:].rstrip("。")
        prev = paras[i - 1].r
        opens = prev.endswith(":") and (i - 1) not in heads
        goes_on = (i - 1) in drop and heads[i - 1].kind == h.kind
        if one_clause and (opens or goes_on) and (r.endswith(";") or (goes_on and r.endswith("。"))):
            drop.add(i)
    return {i: h for i, h in heads.items() if i not in drop}


def _closing_index(paras: list[_Para], heads: dict[int, _Head], lex) -> int | None:
    """The closing address: the last paragraph opening with 各位代表 after which no heading follows."""
    openers = tuple(lex["address_openers"])
    for i in range(len(paras) - 1, -1, -1):
        if i in heads and heads[i].kind not in ("closing",):
            return None
        if paras[i].r.startswith(openers):
            return i
    return None


# --- parse ----------------------------------------------------------------------------------------------------

def parse_outline(doc: Document) -> Outline:
    """The outline of a document: programs with spans, plus preamble, closing, glossary and annexes."""
    lex = _lex()
    text = doc.text
    paras = _read(doc)
    glossary = None
    for i, p in enumerate(paras):
        if i > 0 and is_glossary_heading(p.r):
            # An annex after the glossary (附件 2025年10件惠民实事) ends it and is read as an annex.
            j = next((k for k in range(i + 1, len(paras)) if ANNEX.match(paras[k].r)), len(paras))
            end = paras[j].span.start if j < len(paras) else doc.body.end
            glossary = strip_span(text, p.span.start, end)
            paras = paras[:i] + paras[j:]
            break

    heads = {i: h for i in range(len(paras)) if (h := _classify(paras, i, lex))}
    heads.update(_wordless_bare_heads(paras, heads, lex))
    heads = _drop_subtitles(paras, heads, lex)
    heads = _drop_colon_lists(paras, heads)
    all_paras = paras
    annexes, paras, heads = _split_annexes(doc, paras, heads, lex)
    if glossary is not None and annexes and annexes[0].start > glossary.start:
        glossary = strip_span(text, glossary.start, annexes[0].start)
    closing_i = _closing_index(paras, heads, lex)
    body_end = paras[-1].span.end if paras else doc.body.start
    closing = None
    if closing_i is not None and closing_i > 0:
        closing = Span(paras[closing_i].span.start, body_end, text[paras[closing_i].span.start:body_end])

    programs = _headings(doc, paras, heads, lex)
    outline_end = closing.start if closing is not None and not any(
        p.part_kind == "closing" for p in programs) else body_end
    _close(programs, outline_end)
    tails = _review_tails(programs, paras, heads, lex)
    for part, since in tails:
        last = [n for n in programs if n.level == 2 and n.parent is part][-1]
        last.end = since  # the last numbered section of the review ends where the lessons or problems begin
    stretches = _self_government_stretches(programs, paras, lex)
    for holder, since, _until in stretches:
        if holder.level == 2:
            holder.end = since  # a plan section ends where the address on the government's own conduct begins
    measures = []
    starts = [p.span.start for p in paras]
    styles: dict[int, bool] = {}  # per part (or per document, for sections without parts)
    for container in _containers(programs):
        part = container.parent if container.level > 1 and container.parent else container
        if id(part) not in styles:
            lo, hi = (part.start, part.end) if part.level == 1 else (doc.body.start, doc.body.end)
            styles[id(part)] = _writes_embedded(
                paras, {i: h for i, h in heads.items() if lo <= paras[i].span.start < hi}, lex,
                part.part_kind == "review")
        measures.extend(_measures(doc, container, paras, starts, heads, lex, styles[id(part)]))
    for part, first in _lead_ins(programs):  # a part's own measures before its first section
        measures.extend(_measures(doc, part, paras, starts, heads, lex, False, until=first.start))
    for part, since in tails:  # …主要体会是： ——…: the review's own items
        measures.extend(_measures(doc, part, paras, starts, heads, lex, styles.get(id(part), False), since=since))
    _end_at_the_hall(programs, measures, paras, lex)
    for holder, since, until in stretches:
        if holder.level == 2:  # its measures belong to the part (a report without parts: to none)
            found = _measures(doc, holder, paras, starts, heads, lex,
                              styles.get(id(holder.parent or holder), False), since=since, until=until)
            for m in found:
                m.parent = holder.parent
            measures.extend(found)
        for m in measures:
            if since <= m.start < until:
                m.part_kind = "self-government"
    programs = sorted(programs + measures, key=lambda n: (n.start, n.level))
    for n in programs:
        if n.parent:
            n.parent.children.append(n)
    programs += _annex_programs(doc, all_paras, annexes, lex)
    _assign_ids(doc.document_id, programs)
    first = programs[0].start if programs else (closing.start if closing else body_end)
    preamble = strip_span(text, doc.body.start, first)
    spans = [p.span for p in all_paras]  # the closing and annexes too: part_kind_at tells them apart
    untitled = _untitled(doc, [p for p in paras if preamble.start <= p.span.start < preamble.end], lex)
    turns = [t for p in programs if p.level == 1 and (t := _turn(doc, p, paras, lex)) is not None]
    turns += [(Span(since, until, text[since:until]), "self-government") for _h, since, until in stretches]
    return Outline(document=doc, programs=programs, paragraphs=spans, preamble=preamble, glossary=glossary,
                   closing=closing, annexes=annexes, untitled=untitled, turns=turns)


def _end_at_the_hall(programs: list[Program], measures: list[Program], paras: list[_Para], lex) -> None:
    """A part's section whose text ends in an address with no measure after it (（七）… / 各位代表！这些成绩的取得…
    向…表示衷心的感谢！) ends where the address begins: the speech has turned from the section's topic to the
    hall, and the address is the part's own text."""
    openers = tuple(lex["address_openers"])
    for n in programs:
        if n.level != 2 or n.parent is None or n.parent.level != 1:
            continue
        first = next((p.span.start for p in paras if n.title_end <= p.span.start < n.end and p.r.startswith(openers)),
                     None)
        if first is not None and not any(m.parent is n and m.start >= first for m in measures):
            n.end = first


def _self_government_stretches(programs: list[Program], paras: list[_Para], lex) -> list[tuple[Program, int, int]]:
    """The government's own conduct addressed at the end of the plan without a heading of its own (各位代表！
    新的任务对政府自身建设提出了更高要求。…, then 一是… or lead sentences): from that address to the end of the
    plan section or part it falls in, a stretch of kind self-government. (holder, start, end) for each: the
    section or the part (one without sections) it was read in."""
    openers = tuple(lex["address_openers"])
    words = lex["part_kinds"]["self-government"]
    out, seen = [], set()
    for para in paras:
        r = para.r
        if not r.startswith(openers):
            continue
        end = 0
        for _ in range(lex["self_government_address_sentences"]):
            end = _sentence_end(r, end)
        if not any(w in r[:end] for w in words):
            continue
        start = para.span.start
        holders = [p for p in programs if p.level <= 2 and p.start < start < p.end]
        holder = max(holders, key=lambda p: p.level, default=None)
        if holder is None or holder.part_kind != "plan" or id(holder) in seen or (
                holder.level == 1 and any(p.level == 2 and p.parent is holder for p in programs)):
            continue  # (in a part with sections, before the first: its lead-in, not its end)
        seen.add(id(holder))
        out.append((holder, start, holder.end))
    return out


def _turn(doc: Document, part: Program, paras: list[_Para], lex) -> tuple[Span, str] | None:
    """A part titled as a review joined to what comes next (国民经济的成就和今后的建设任务, 三年来的斗争和新时期
    的总任务, 1998年工作回顾和1999年工作的总体要求) opens with the review: its paragraphs that tell what was
    done, up to where the tense turns to what will be done (tense.review_then_plan)."""
    if part.part_kind not in ("plan", "requirements"):
        return None
    title = fold(part.title)
    back = [title.find(w) for w in lex["turn_titles"]["review"] if w in title]
    ahead = [title.rfind(w) for w in lex["turn_titles"]["ahead"] + lex["tense"]["future_title_words"] if w in title]
    if not back or not ahead or min(back) > max(ahead):
        return None
    own = [p for p in paras if part.title_end <= p.span.start < part.end]
    k = review_then_plan([votes(p.r, doc.meta.plan_year) for p in own])
    if k == 0 or k == len(own):
        return None
    a, b = own[0].span.start, own[k - 1].span.end
    if not reads_as_review(doc.text[a:b], doc.meta.plan_year):
        return None
    return Span(a, b, doc.text[a:b]), "review"


def _untitled(doc: Document, paras: list[_Para], lex) -> list[tuple[Span, str]]:
    """A report without part headings: after its opening address, the paragraphs that tell what was done
    and then those that tell what will be done (过去一年… / 今年…), split where the tense turns."""
    if len(paras) < lex["tense"]["min_untitled_paragraphs"]:
        return []
    plan_year = doc.meta.plan_year
    body = paras[1:]
    k = review_then_plan([votes(p.r, plan_year) for p in body])
    out = []
    for group, kind in ((body[:k], "review"), (body[k:], "plan")):
        if not group:
            continue
        a, b = group[0].span.start, group[-1].span.end
        past, future = votes(doc.text[a:b], plan_year)
        if (kind == "review" and reads_as_review(doc.text[a:b], plan_year)) or (kind == "plan" and future > past):
            out.append((Span(a, b, doc.text[a:b]), kind))
    return out


def _split_annexes(doc: Document, paras: list[_Para], heads: dict[int, _Head], lex):
    """Annexes (附件1：… after the report's parts, or a bare title line after the closing address) leave
    the outline's body: their 一、 items are not parts of the report."""
    openers = tuple(lex["address_openers"])
    last_address = max((i for i, p in enumerate(paras) if p.r.startswith(openers)), default=None)
    first_part = min((i for i, h in heads.items() if h.kind in ("part", "section")), default=len(paras))
    cut = next((i for i, h in sorted(heads.items())
                if (h.kind == "annex" and i > first_part)
                or (last_address is not None and i > last_address and h.kind in ("annex", "bare"))), None)
    if cut is None:
        return [], paras, heads
    starts = [i for i in range(cut, len(paras)) if i in heads and heads[i].kind == "annex"] or [cut]
    if starts[0] != cut:
        starts.insert(0, cut)
    spans = []
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else len(paras)
        s, e = paras[a].span.start, paras[b - 1].span.end
        spans.append(Span(s, e, doc.text[s:e]))
    return spans, paras[:cut], {i: h for i, h in heads.items() if i < cut}


def _annex_programs(doc: Document, all_paras: list[_Para], annexes: list[Span], lex) -> list[Program]:
    """An annex is a level-1 program of kind annex (title after 附件1：, or on the line after 附件1);
    its 一、 items are its level-2 sections."""
    out = []
    for a in annexes:
        paras = [p for p in all_paras if a.start <= p.span.start < a.end]
        if not paras:
            continue
        head = paras[0]
        m = ANNEX.match(head.r)
        title_from = m.end() if m else 0
        title, title_end = _title(doc, head, title_from, len(head.r))
        body = paras[1:]
        if not title and body and _annex_title(body[0].r, lex):
            title, title_end = _title(doc, body[0], 0, len(body[0].r))
            body = body[1:]
        if not title:
            continue
        node = Program(level=1, label="", title=title, start=head.span.start, title_end=title_end, end=a.end,
                       part_kind="annex")
        out.append(node)
        items = [p for p in body if PART.match(p.r)]
        for k, p in enumerate(items):
            m = PART.match(p.r)
            t, t_end = _title(doc, p, m.end(), _sentence_end(p.r, m.end()))
            if not t:
                continue
            nxt = items[k + 1].span.start if k + 1 < len(items) else a.end
            child = Program(level=2, label=m.group(1), title=t, start=p.span.start, title_end=t_end, end=nxt,
                            parent=node, part_kind="annex")
            node.children.append(child)
            out.append(child)
    return out


def _headings(doc: Document, paras: list[_Para], heads: dict[int, _Head], lex) -> list[Program]:
    """Parts and sections with their levels and parents (measures come later)."""
    order = sorted(heads.values(), key=lambda h: h.index)
    tops = [h for h in order if h.kind in ("part", "section", "bare", "closing")]
    bare_parts = bool(tops) and tops[0].kind == "bare" and sum(h.kind == "bare" for h in tops) >= 2
    default_kind = lex["default_part_kind"]
    # level 1: parts (一、, or bare heading lines when the report opens with one), the closing
    level1: list[_Head] = []
    last_part_no = 0
    # the enumerations 一、二、… running inside a part, outermost first: the last number of each ([] outside one)
    nested: list[int] = []
    last_section_no = 0  # the number of the last (一) section seen before any part
    parts = [h for h in order if h.kind == "part"]
    seen_heading = False
    for h in order:
        if h.kind == "closing" or (h.kind == "bare" and (bare_parts or not seen_heading or (
                level1 and _names_self_government(paras[h.index].r, lex)))):
            level1.append(h)
        elif h.kind == "part" and not (bare_parts and level1):
            number = cn_to_int(h.label)
            para = paras[h.index]
            long_title = (_sentence_end(para.r, h.title_from) - h.title_from > lex["max_heading_chars"]
                          and not LONE_NUMERAL.match(para.span.text))
            goes_on = [k for k, last in enumerate(nested) if number == last + 1]
            inside = not level1 and _inside_a_section(order, h, last_section_no)  # (一)(二) 一、…十、 (三)
            if number is not None and (inside or (level1 and level1[-1].kind != "bare" and (
                    number <= last_part_no or long_title
                    or (goes_on and (not _standalone(para, h, lex) or para.r.endswith(tuple(SENTENCE_END))
                                     or _number_comes_again(parts, h, number)))))):
                # 一、 restarting inside a part: an enumeration, not a part; a number that goes on an enumeration
                # running inside the part is one of its items when the part's own number comes later
                if goes_on:
                    del nested[goes_on[-1] + 1:]
                    nested[-1] = number
                elif number == 1 or not nested:
                    nested.append(number)
                else:
                    nested[-1] = number
            else:
                level1.append(h)
                last_part_no, nested = number or last_part_no, []
        elif h.kind == "section":
            nested = []
            last_section_no = cn_to_int(h.label) or last_section_no
        seen_heading = seen_heading or h.kind in ("part", "section")
    starts = [h.index for h in level1]
    programs: list[Program] = []
    for k, h in enumerate([None] + level1):
        lo = h.index if h is not None else -1
        hi = starts[k] if k < len(starts) else len(paras)
        part = _heading_node(doc, paras[h.index], h, 1) if h is not None else None
        if part is not None:
            body = doc.text[paras[h.index].span.start:paras[hi - 1].span.end] if hi > h.index else ""
            part.part_kind = "closing" if h.kind == "closing" else part_kind(part.title, doc.meta.plan_year, body)
            programs.append(part)
        inner = [x for x in order if lo < x.index < hi]
        for sub in _sections(paras, inner, bare_parts, lex, lo):
            node = _heading_node(doc, paras[sub.index], sub, 2)
            if node is None:
                continue
            node.parent = part
            node.part_kind = part.part_kind if part else default_kind
            if node.part_kind == "plan" and _titled_kind(node.title, doc.meta.plan_year, lex) == "self-government":
                node.part_kind = "self-government"  # the plan's last section on the government's own conduct
            programs.append(node)
    _partless_kinds(doc, paras, [p for p in programs if p.parent is None and p.level == 2], level1)
    return [p for p in programs if p.title]


def _inside_a_section(order: list[_Head], h: _Head, last_section_no: int) -> bool:
    """A numbered line 一、 after sections (一)(二) and before any part, when the sections' series goes on
    after it ((三)…): an item inside the section, not a part above it."""
    return bool(last_section_no) and any(
        s.kind == "section" and s.index > h.index and cn_to_int(s.label) == last_section_no + 1 for s in order)


def _number_comes_again(parts: list[_Head], h: _Head, number: int) -> bool:
    """Whether a later numbered heading bears this number or a lower one (not 一) before any enumeration
    restarts at 一: no enumeration goes on from there, so that one is a part (三、“七五”时期的经济体制改革
    after the items 一、…五、 of part 二), and this one goes on the enumeration inside the part before it."""
    for later in parts:
        if later.index <= h.index:
            continue
        n = cn_to_int(later.label)
        if n == 1:
            return False
        if n is not None and n <= number:
            return True
    return False


def _partless_kinds(doc: Document, paras: list[_Para], sections: list[Program], level1: list[_Head]) -> None:
    """Sections outside any part ((一)…(七) of the year's work, then (一)… of the plan, no part headings):
    a series restarts where a section's number is not above the one before; a series whose text reads
    as a review is one, and so is a section whose title is one's (names only past years, or a review word)."""
    if not sections:
        return
    series: list[list[Program]] = [[]]
    last = 0
    for n in sections:
        number = cn_to_int(n.label) if n.label else None
        if series[-1] and number is not None and number <= last:
            series.append([])
        series[-1].append(n)
        last = number or last
    end = paras[level1[0].index].span.start if level1 else paras[-1].span.end
    lex = _lex()
    for k, group in enumerate(series):
        hi = series[k + 1][0].start if k + 1 < len(series) else end
        if reads_as_review(doc.text[group[0].start:hi], doc.meta.plan_year):
            for n in group:
                n.part_kind = "review"
        elif len(group) > 1:  # (一)当前的经济形势 (二)今后经济建设的方针 (三)…前景: a review, then the plan
            bounds = [n.start for n in group] + [hi]
            texts = [doc.text[a:b] for a, b in zip(bounds, bounds[1:])]
            cut = review_then_plan([votes(t, doc.meta.plan_year) for t in texts])
            if 0 < cut < len(group) and reads_as_review("".join(texts[:cut]), doc.meta.plan_year):
                for n in group[:cut]:
                    n.part_kind = "review"
        for n in group:  # one titled as a review (一九五七年经济战线上的胜利 in a report on 1958) is one
            if _titled_kind(n.title, doc.meta.plan_year, lex) == "review":
                n.part_kind = "review"


def _heading_node(doc: Document, para: _Para, h: _Head, level: int) -> Program | None:
    if h.kind in ("closing", "bare"):
        title, title_end = _title(doc, para, 0, len(para.r))
    else:
        title, title_end = _title(doc, para, h.title_from, _sentence_end(para.r, h.title_from))
    if not title:
        return None
    label = h.label if h.kind in ("part", "section", "ordinal") else ""
    if h.kind == "item" and (digits := DIGITS_LABEL.match(para.r)):
        label = digits.group(1)  # 1、国民经济保持较快增长 heading a part's section
    elif h.kind == "item" and (numeral := re.match(rf"([{NUMERAL}]{{1,2}})是", para.r)):
        label = numeral.group(1)  # 一是聚焦全方位扩大内需，… heading a part's section
    return Program(level=level, label=label, title=title, start=para.span.start, title_end=title_end)


def _standalone(para: _Para, h: _Head, lex) -> bool:
    """A heading line with nothing after its title (第一，切实稳定粮食生产)."""
    r = para.r
    return _sentence_end(r, h.title_from) >= len(r.rstrip("。")) and len(r) <= lex["max_heading_chars"]


def _heads_its_paragraph(para: _Para, h: _Head, lex) -> bool:
    """A heading line with nothing after its title (第一，切实稳定粮食生产), or a heading sentence set off on
    the first line of its paragraph, the text it heads on the lines below (第一，调整农业结构。⏎农业…)."""
    if _standalone(para, h, lex):
        return True
    if not para.set_off or para.line_end < 0:
        return False
    end = _sentence_end(para.r, h.title_from)
    if end - h.title_from > lex["max_heading_chars"] or end >= len(para.r):
        return False
    return not para.pv.doc_text[para.pv.offset(end - 1) + 1:para.line_end].strip()


def _sections(paras: list[_Para], inner: list[_Head], bare_parts: bool, lex, lo: int = -1) -> list[_Head]:
    """The level-2 headings of one part: its (一) sections; or, in a part without them, its 第一， headings
    that head their paragraphs (standalone, or set off on their first line: unless the part's own lead
    sentences, set off the same way, come before them: then they list lessons among its measures); or its
    bare sub-titles; or items that head paragraphs of their own."""
    sections = [h for h in inner if h.kind == "section" or (bare_parts and h.kind == "part")]
    ordinals = [h for h in inner if h.kind == "ordinal" and _standalone(paras[h.index], h, lex)]
    if bare_parts and ordinals and not any(h.kind == "section" for h in inner) and (
            not sections or ordinals[0].index < sections[0].index):
        return ordinals  # 第一、严格控制投资规模 heads the part's 一、二、 items (measures)
    if sections:
        # items before the first section may head groups of their own (a five-year review before the year's)
        lead_in = [h for h in inner if h.kind == "item" and h.index < sections[0].index
                   and paras[h.index].r.startswith("—")]
        return (lead_in if _items_head_groups(paras, lead_in, lex) else []) + sections
    numbered = [h for h in inner if h.kind in ("ordinal", "item") and paras[h.index].r[0] in "第0123456789("
                and _standalone(paras[h.index], h, lex)]
    set_off = [h for h in inner if h.kind == "ordinal" and h not in numbered and paras[h.index].set_off]
    if set_off and not numbered:
        heading = [h for h in set_off if _heads_its_paragraph(paras[h.index], h, lex)]
        leads_before = any(paras[j].set_off and j not in {h.index for h in inner}
                           for j in range(lo + 1, set_off[0].index))
        if len(heading) >= 2 and len(heading) == len(set_off) and not leads_before:
            numbered = heading
    if numbered:
        return numbered  # 第一，切实稳定粮食生产 / 1、国民经济保持较快增长，综合实力明显增强
    bare = [h for h in inner if h.kind == "bare"]
    if bare:
        return bare
    dashes = [h for h in inner if h.kind == "item" and paras[h.index].r.startswith("—")]
    if _items_head_groups(paras, dashes, lex):
        return dashes
    lines = [h for h in inner if h.kind == "item" and _heading_item(paras, {x.index: x for x in inner}, h.index)]
    return lines if _items_head_groups(paras, lines, lex) else []


def _heading_item(paras: list[_Para], heads: dict[int, _Head], i: int) -> bool:
    """An item 一是… set as a heading line of its own (一是聚焦全方位扩大内需，着力提消费促投资 / 大力提振消费
    需求。…): no sentence end, a paragraph that is no item after it; then a part's items may head groups."""
    r = paras[i].r
    nxt = heads.get(i + 1)
    return (re.match(rf"[{NUMERAL}]{{1,2}}是", r) is not None and r[-1] not in SENTENCE_END + ";"
            and i + 1 < len(paras) and (nxt is None or nxt.kind != "item"))


def _items_head_groups(paras: list[_Para], items: list[_Head], lex) -> bool:
    """Whether a part's items head groups of paragraphs (——工业结构持续升级。… / 消费市场日趋活跃。…):
    then they are its sections. Items that follow one another are measures; what follows the last
    item is the part's conclusion."""
    if len(items) < 2:
        return False
    marks = {h.index for h in items}
    leads = 0
    for j in range(items[0].index + 1, items[-1].index):
        if j not in marks:
            r = paras[j].r
            leads += _is_lead(r, _sentence_end(r, 0), paras[j].set_off, "review", lex)  # strict: no comma
    return leads >= 2


def _close(headings: list[Program], body_end: int) -> None:
    """Set each part's and section's end: the next heading of the same or a higher level."""
    for i, n in enumerate(headings):
        nxt = next((m for m in headings[i + 1:] if m.level <= n.level), None)
        n.end = nxt.start if nxt else max(body_end, n.title_end)


def _lead_ins(headings: list[Program]) -> list[tuple[Program, Program]]:
    """Parts with sections, each with its first section: the text between them may hold the part's own
    measures (一、2023年工作回顾 / ——经济运行稳中向好。… / （一）…)."""
    first: dict[int, tuple[Program, Program]] = {}
    for n in headings:
        if n.level == 2 and n.parent is not None and id(n.parent) not in first:
            first[id(n.parent)] = (n.parent, n)
    return list(first.values())


def _containers(headings: list[Program]) -> list[Program]:
    """Programs that hold measures directly: sections, and parts that have no sections."""
    has_sections = {id(n.parent) for n in headings if n.level == 2 and n.parent}
    return [n for n in headings if n.level == 2 or id(n) not in has_sections]


# --- measures -------------------------------------------------------------------------------------------------

def _review_tails(programs: list[Program], paras: list[_Para], heads: dict[int, _Head], lex) -> list[tuple[Program, int]]:
    """Review parts whose last numbered section is followed by an unnumbered block of lessons or problems
    (…我们的主要体会是： / 我们也清醒地认识到…问题。 then ——… or 第一，… items), with where that block begins: the
    block belongs to the part itself, not to the section before it."""
    out = []
    for part in programs:
        if part.level != 1 or part.part_kind != "review":
            continue
        sections = [n for n in programs if n.level == 2 and n.parent is part]
        if not sections:
            continue
        last = sections[-1]
        inside = [i for i, p in enumerate(paras) if last.start < p.span.start < last.end]
        for k, i in enumerate(inside):
            r = paras[i].r
            lessons = r.rstrip().endswith(("：", ":")) and any(w in r for w in lex["lesson_words"])
            problems = any(w in r[:_sentence_end(r, 0)] for w in lex["problem_cues"])
            if problems or (lessons and any(heads.get(j) is not None and heads[j].kind in ("item", "ordinal")
                                            for j in inside[k + 1:])):
                out.append((part, paras[i].span.start))
                break
    return out


def _own(container: Program, paras: list[_Para], starts: list[int], until: int | None = None,
         since: int | None = None) -> list[int]:
    """Indexes of the paragraphs inside the container after its heading (containers hold no sub-headings), or from
    `since` on."""
    out = []
    i = bisect_right(starts, container.start) if since is None else bisect_left(starts, since)
    while i < len(paras) and paras[i].span.start < (until or container.end):
        out.append(i)
        i += 1
    return out


def _measures(doc: Document, container: Program, paras: list[_Para], starts: list[int],
              heads: dict[int, _Head], lex, embedded_style: bool, until: int | None = None,
              since: int | None = None) -> list[Program]:
    if container.part_kind not in lex["parts_with_measures"] or (container.part_kind != "review" and (
            _outside_the_plan(container, lex) or (container.parent is not None
                                                  and _outside_the_plan(container.parent, lex)))):
        return []  # a part on diplomacy (关于外交工作) holds no measures, in none of its sections
    own = _own(container, paras, starts, until, since)
    head_i = bisect_right(starts, container.start) - 1 if since is None else -1  # (from `since`: not the heading's)
    found: list[Program] = []
    # the heading paragraph itself may run on: (一)经济发展稳中有进。坚持…。多方发力扩投资。…
    if since is None and 0 <= head_i < len(paras) and paras[head_i].span.start == container.start:
        hp = paras[head_i]
        after = _pv_index(hp, container.title_end)
        if after < len(hp.r):
            intro_end = _sentence_end(hp.r, after)
            if container.part_kind == "review" and _runs_on_with_a_lead(hp.r, after, intro_end, lex):
                # (五)协同并进城乡发展。城市品质不断提升。北部湾大道…: in a review, a short lead runs on after the
                # title (in the plan the sentence there introduces the section: …。继续做好各项工作。)
                item = ITEM.match(hp.r[after:])  # (二)…。一是立起了“四梁八柱”。…
                title, title_end = _title(doc, hp, after + (item.end() if item else 0), intro_end)
                found.append(_node(container, hp.pv.offset(after), title, title_end))
            found += _inline(doc, container, hp, intro_end, lex)
    summaries = [i for i in own if paras[i].r.lstrip("—").startswith(tuple(lex["summary_openers"]))]
    if len(summaries) < 2:  # 这五年，我们…。 / 这一年，经济发展打赢翻身仗。: a series opened alike by the time it sums up
        openers: dict[str, list[int]] = {}
        for i in own:
            m = SUMMARY_OPENER.match(paras[i].r.lstrip("—"))
            if m:
                openers.setdefault(m.group(0), []).append(i)
        summaries = max(openers.values(), key=len, default=[])
        summaries = [i for i in summaries if not DIGIT.search(paras[i].r[:_sentence_end(paras[i].r, 0)])]
    for k, i in enumerate(own):
        para = paras[i]
        h = heads.get(i)
        r = para.r
        if len(summaries) >= 2 and i in summaries:  # 这一年，我们…，…风生水起。 a series summing up the year
            a = len(r) - len(r.lstrip("—"))
            end = _sentence_end(r, a)
            if end - a <= lex["max_set_off_lead_chars"]:
                title, title_end = _title(doc, para, a, end)
                found.append(_node(container, para.span.start, title, title_end))
            continue
        if any(w in r[:_sentence_end(r, 0)] for w in lex["problem_cues"]):
            continue  # 我们也清醒认识到…还面临一些困难和挑战。一是…: problems, not measures
        if r.startswith(tuple(lex["address_openers"])):
            found += _inline(doc, container, para, _sentence_end(r, 0), lex)
            continue
        if h is not None and h.kind in ("item", "ordinal", "part", "section"):
            end = _item_end(r, h.title_from)
            title, title_end = _title(doc, para, h.title_from, end)
            if title and _is_item_title(title, lex):
                found.append(_node(container, para.span.start, title, title_end))
            found += _inline(doc, container, para, end, lex)
            continue
        if container.level == 1 and k == 0 and not para.set_off:
            found += _inline(doc, container, para, _sentence_end(r, 0), lex)
            continue  # a part's first paragraph introduces it
        end = _sentence_end(r, 0)
        if _is_lead(r, end, para.set_off, container.part_kind, lex):
            title, title_end = _title(doc, para, 0, end)
            found.append(_node(container, para.span.start, title, title_end))
        found += _inline(doc, container, para, end, lex)
    if container.part_kind != "review":
        for i in own:
            for a, b in _parallel_leads(paras[i], lex):
                title, title_end = _title(doc, paras[i], a, b)
                found.append(_node(container, paras[i].pv.offset(a), title, title_end))
    if embedded_style or (not found and container.part_kind in ("plan", "self-government")):
        found = _with_embedded(doc, container, found, paras, own, head_i, lex)
    found.sort(key=lambda m: m.start)
    if container.part_kind != "review":
        found = [m for m in found if not _outside_the_plan(m, lex)]
    dedup, titles = [], set()
    for m in found:
        if (dedup and m.start == dedup[-1].start) or m.title in titles:
            continue  # one place found twice, or a sentence the source repeats
        dedup.append(m)
        titles.add(m.title)
    addresses = [paras[i].span.start for i in own if paras[i].r.startswith(tuple(lex["address_openers"]))]
    for i, m in enumerate(dedup):
        m.end = dedup[i + 1].start if i + 1 < len(dedup) else (until or container.end)
        m.end = min([m.end] + [a for a in addresses if a > m.start])  # 各位代表！… opens another stretch
    return [m for m in dedup if m.title]


def _runs_on_with_a_lead(r: str, after: int, intro_end: int, lex) -> bool:
    """Whether the sentence right after a heading's title, in the heading's own paragraph, is a short lead that
    heads the text after it: a lead shape (no clause marks, no figures), followed by a sentence of body text
    that reports (long, or with figures; not another short one: then it is a list of facts), not a saying of
    what must be (打铁必须自身硬)."""
    if intro_end >= len(r) or _lead_from(r, after, lex) != after or "必须" in r[after:intro_end]:
        return False
    nxt = r[intro_end:_sentence_end(r, intro_end)]
    return len(nxt) > lex["max_lead_chars"] or DIGIT.search(nxt) is not None


def _outside_the_plan(program: Program, lex) -> bool:
    """Defence, diplomacy and reunification: the report states the government's support, it does not plan
    them (关于外交工作, 推进祖国统一, 加强国防建设). Every clause of the title
    is about them: 加强精神文明和民主法制建设，加强国防建设 is still planned."""
    return _title_outside_the_plan(program.title, lex)


def _title_outside_the_plan(title: str, lex) -> bool:
    clauses = [_not_about().sub("", c) for c in COMMAS.split(title) if c]
    return bool(clauses) and all(any(w in c for w in lex["outside_the_plan"]) for c in clauses)


@lru_cache(maxsize=1)
def _not_about() -> re.Pattern:
    """Words holding a topic word without being about it (对外交流), compiled once: the check runs per lead."""
    return re.compile("|".join(map(re.escape, _lex()["outside_the_plan_not"])))


def _pv_index(para: _Para, offset: int) -> int:
    """The reading index of the first kept character at or after a document offset."""
    lo, hi = 0, len(para.r)
    while lo < hi:
        mid = (lo + hi) // 2
        if para.pv.offset(mid) < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _node(container: Program, start: int, title: str, title_end: int) -> Program:
    return Program(level=3, label="", title=title, start=start, title_end=title_end, parent=container,
                   part_kind=container.part_kind)


def _is_lead(r: str, end: int, set_off: bool, kind: str, lex) -> bool:
    """A paragraph's first sentence is a measure when it is short and the paragraph goes on after it."""
    if end >= len(r) or r[end - 1] not in SENTENCE_END:
        return False
    title = r[:end].rstrip(TRAILING)
    if any(w in title for w in lex["announcing_words"]) or _states_no_measure(title, lex):
        return False  # 要把握好以下几点: it announces the items that follow, it heads none of its own
    if set_off:  # the source set it off as a heading of its own
        return len(title) <= lex["max_set_off_lead_chars"]
    if title.startswith(tuple(lex["not_measure_openers"])) or ENDS_WITH_FIGURE.search(title) or COPULA.search(title):
        return False  # when or who, a result given in figures (…今年再提高10%), a judgment (改善民生是…目的)
    if len(title) > lex["max_lead_chars"] or ";" in title or ":" in title:
        return False
    commas = len(COMMA.findall(title))
    return commas == 0 or (commas == 1 and kind != "review")


def _states_no_measure(title: str, lex) -> bool:
    """A sentence that frames the situation (从国内看，…), judges (…刻不容缓) or states a maxim (绿色决定发展底色,
    法治乃安邦之基) plans nothing: no measure."""
    return (title.startswith(tuple(lex["situation_openers"])) or any(w in title for w in lex["not_measure_words"])
            or MAXIM.search(title) is not None)


def _item_end(r: str, start: int) -> int:
    """An item's title runs to its first 。 or ；, or to the next item of the same sentence (…，二是…)."""
    end = _sentence_end(r, start, ITEM_END)
    m = NEXT_ITEM.search(r, start, end)
    return m.start() + 1 if m else end


def _is_item_title(title: str, lex) -> bool:
    """An item's title is a heading: not a long sentence, not a statement of when or who (——这一年，我们…)."""
    return len(title) <= lex["max_item_chars"] and not title.startswith(tuple(lex["not_measure_openers"]))


def _inline(doc: Document, container: Program, para: _Para, start: int, lex) -> list[Program]:
    """Items inside a paragraph after its first sentence: …。二是推动产业集群发展。…, and the first of them when a
    colon opens the series (…三件事：一是…。二是…。); in the plan also
    numbered items whose lead is their first clause: …十件民生实事。(1)稳定扩大居民就业，开展…。(2)…"""
    out = []
    series = list(INLINE_ITEM.finditer(para.r, start))
    first = FIRST_AFTER_COLON.search(para.r)
    if series and first is not None and first.start() < series[0].start():
        series.insert(0, first)  # 重点抓好三件事：一是…。二是…。 the series opens after the colon
    full = [_title(doc, para, m.end(), _item_end(para.r, m.end()))[0] for m in series]
    sibling = any(t and _is_item_title(t, lex) for t in full) or re.match(r"[一二三四五六七八九十]+是", para.r)
    for m in series:
        end = _item_end(para.r, m.end())
        title, title_end = _title(doc, para, m.end(), end)
        comma = para.r.find(",", m.end(), end)
        if title and len(title) > lex["max_item_chars"] and 0 <= comma - m.end() <= lex["max_lead_chars"] \
                and container.part_kind != "review" and sibling \
                and not para.r.startswith(tuple(lex["clause_lead_not"]), m.end()):
            # (only beside an item that is a heading, or in a paragraph an item opens: a principle's
            # 一是坚持…，… among others as long is no measure, nor a review's)
            title, title_end = _title(doc, para, m.end(), comma + 1)  # 二是切实加强廉洁自律，认真贯彻…(a long
            # sentence): the item's lead is its first clause
        if title and _is_item_title(title, lex):
            out.append(_node(container, para.pv.offset(m.start()), title, title_end))
    if container.part_kind == "review":
        return out
    items = list(INLINE_NUMBERED.finditer(para.r, start))
    if len(items) < 2:
        return out  # a series, not a lone reference (…（1）…)
    for m in items:
        end = _item_end(para.r, m.end())
        comma = para.r.find(",", m.end(), end)
        if 0 <= comma - m.end() <= lex["max_lead_chars"]:
            end = comma + 1  # the lead is the first clause
        title, title_end = _title(doc, para, m.end(), end)
        if title and len(title) <= lex["max_lead_chars"] and not DIGIT.search(title):
            out.append(_node(container, para.pv.offset(m.start()), title, title_end))
    return out


def _embedded_in(para: _Para, pos: int, lex, review: bool = False, pairs: bool = True) -> list[tuple[int, int]]:
    """Short lead sentences inside a paragraph from reading position pos on; none unless there are two.

    Each heads the stretch of text up to the next one: a short sentence that comes right after
    another (重点工程加快推进。青山大桥…加快推进。北站枢纽加快实施。) belongs to the stretch of the one
    before, and the last one must be followed by some text too. But in a run of short sentences after
    the first lead the last heads what follows, the others close the stretch before it: a run of three
    (推进老旧小区改造。建设口袋公园。提升城市品质。), or of two whose first names a fact or a list
    (三馆一中心等项目开工。…) and whose second, in a review, states how a field fared (…势头良好).
    A paragraph whose leads are single phrases (以便利化优化服务。…以市场化激发活力。…) writes no paired
    slogan among them: a sentence of two clauses there (深化要素市场化改革，落实公平竞争审查制度。) is text.
    """
    r = para.r
    start = pos
    room = lex["min_embedded_body_chars"]
    heads: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []  # the short sentences in a row from the last head on
    while pos < len(r):
        end = _sentence_end(r, pos)
        if not _is_embedded(r[pos:end], lex, pairs):
            run = []
        elif run and pos == run[-1][1] and len(heads) > 1:
            run.append((pos, end))
            if len(run) >= 3 or (len(run) == 2 and (
                    _closes_a_stretch(r[run[0][0]:run[0][1]], r[pos:end], review, lex)
                    or _opens_like_the_heads(r, heads[:-1], run[0][0], pos, lex))):
                heads[-1] = (pos, end)
        elif not heads or pos - heads[-1][1] >= room:
            heads.append((pos, end))
            run = [(pos, end)]
        else:
            run = []
        pos = end
    if heads and len(r) - heads[-1][1] < room // 2:
        heads.pop()
    paired = [h for h in heads if "," in r[h[0]:h[1]]]
    if pairs and paired and len(heads) - len(paired) >= 2:
        return _embedded_in(para, start, lex, review, pairs=False)
    return heads if len(heads) >= 2 else []


def _opens_like_the_heads(r: str, heads: list[tuple[int, int]], first: int, second: int, lex) -> bool:
    """Of two short sentences in a row, whether the second is the lead because it opens as the leads before
    it do and the first does not (着力提升教育质量。… 支持某地建设职业教育基地。着力推进健康城市建设。…)."""
    n = lex["parallel_opening_chars"] // 2
    openings = {r[a:a + n] for a, _b in heads}
    return r[second:second + n] in openings and r[first:first + n] not in openings


def _closes_a_stretch(first: str, second: str, review: bool, lex) -> bool:
    """Of two short sentences in a row, whether the first closes the stretch before them and the second
    heads what follows: the first names a fact (…开工, …落地使用) or a list (…等项目建设), and the second,
    in a review, states how a field fared (政务服务明显提速)."""
    concrete = "等" in first or any(w in first for w in lex["review_fact_words"])
    states = second.rstrip(TRAILING).endswith(tuple(lex["review_state_ends"]))
    return concrete and (states or not review)


def _lead_from(r: str, pos: int, lex) -> int:
    """Where the first embedded lead may start after reading position pos: right there when the sentence
    there is one ((一)推动产业提质增效。工业基础持续巩固。出台…), else after the sentence that
    introduces the heading ((一)经济发展稳中有进。坚持…。多方发力扩投资。…)."""
    end = _sentence_end(r, pos)
    if pos < len(r) and _is_embedded(r[pos:end], lex) and not _is_embedded(r[end:_sentence_end(r, end)], lex):
        return pos  # a short lead with its text after it; two short sentences: the first introduces
    return end


def _parallel_leads(para: _Para, lex) -> list[tuple[int, int]]:
    """A series of short sentences inside a paragraph that open alike, each followed by its text (我们要做到
    依法行政。…。我们要做到勤政为民。…。我们要做到清正廉洁。…): each heads the text after it."""
    r = para.r
    groups: dict[str, list[tuple[int, int]]] = {}
    pos = _sentence_end(r, 0)
    while pos < len(r):
        end = _sentence_end(r, pos)
        body = r[pos:end].rstrip(TRAILING)
        if lex["min_embedded_chars"] <= len(body) <= lex["max_lead_chars"] and not CLAUSE_MARK.search(body) \
                and not DIGIT.search(body):
            groups.setdefault(body[:lex["parallel_opening_chars"]], []).append((pos, end))
        pos = end
    out = []
    for series in groups.values():
        if len(series) >= lex["min_parallel_leads"] and all(
                b2 - a1 >= lex["min_embedded_body_chars"] for (a1, _b1), (b2, _e2) in zip(series, series[1:])):
            out.extend(series)
    return sorted(out)


def _writes_embedded(paras: list[_Para], heads: dict[int, _Head], lex, review: bool = False) -> bool:
    """Whether a part writes measures inside paragraphs: a good share of its section and item headings
    run on into them, in the heading's own paragraph or the next one (（一）经济发展稳中有进。坚持…。
    多方发力扩投资。…多点发力稳消费。…)."""
    n = total = 0
    for i, h in heads.items():
        if h.kind in ("section", "item", "ordinal"):
            total += 1
            r = paras[i].r
            intro = _lead_from(r, _sentence_end(r, h.title_from), lex)
            para = paras[i]
            if intro >= len(r) and i + 1 < len(paras) and i + 1 not in heads:  # a heading line on its own
                para, r = paras[i + 1], paras[i + 1].r
                intro = _sentence_end(r, 0)
            found = _embedded_in(para, intro, lex, review)
            # the first comes right after the introduction; in a review, which reports facts between, any
            # that states how a field fared (物流枢纽功能不断增强, 文化惠民持续深化)
            n += bool(found) and (found[0][0] == intro or (review and any(
                r[a:b].rstrip(TRAILING).endswith(tuple(lex["review_state_ends"])) for a, b in found)))
    return n >= 2 and n >= lex["min_embedded_style_share"] * total


def _with_embedded(doc: Document, container: Program, found: list[Program], paras: list[_Para],
                   own: list[int], head_i: int, lex) -> list[Program]:
    """Measures written as short sentences inside a long paragraph (多方发力扩投资。加强重点项目…。多点发力稳消费。…)."""
    taken = {m.start for m in found}
    pool = list(own)
    if 0 <= head_i < len(paras) and paras[head_i].span.start == container.start:
        pool.insert(0, head_i)
    out = list(found)
    for i in pool:
        para = paras[i]
        pos = _sentence_end(para.r, 0) if i != head_i else _lead_from(para.r, _pv_index(para, container.title_end), lex)
        for a, b in _embedded_in(para, pos, lex, container.part_kind == "review"):
            start = para.pv.offset(a)
            if container.part_kind == "review" and any(w in para.r[a:b] for w in lex["review_fact_words"]):
                continue  # 东海写字楼完成室内外装修: a fact the review reports, not a heading of it
            if start not in taken:
                title, title_end = _title(doc, para, a, b)
                out.append(_node(container, start, title, title_end))
    return out


def _is_embedded(s: str, lex, pairs: bool = True) -> bool:
    """A sentence that may head a stretch of text: short, no clause marks, no precise figure (a count such
    as 20项 may open it; 8.8万, 627个 or a figure at its end report a fact). A paired slogan of two short
    verb phrases (坚持开放发展，着力拓展合作空间。) is one too."""
    body = s.rstrip(TRAILING)
    pair = body.split(",")
    if pairs and len(pair) == 2 and all(lex["min_embedded_chars"] <= len(p) <= lex["max_embedded_chars"] for p in pair) \
            and all(p.startswith(tuple(lex["slogan_verbs"])) for p in pair):
        body = "".join(pair)
    n = len(body) - sum(body.count(q) for q in QUOTES)  # quotes are no words: “门户城市”建设初见成效
    return (s.endswith("。") and lex["min_embedded_chars"] <= n <= 2 * lex["max_embedded_chars"]
            and (n <= lex["max_embedded_chars"] or len(pair) == 2)
            and not CLAUSE_MARK.search(body) and not DIGIT.search(body.lstrip("0123456789"))
            and not PRECISE.search(body) and not COPULA.search(body)
            and not body.startswith(tuple(lex["not_measure_openers"]) + tuple(lex["address_openers"]))
            and not _states_no_measure(body, lex)
            and not INLINE_ITEM.match("。" + s))


def _assign_ids(document_id: str, programs: list[Program]) -> None:
    make = IdMaker(document_id, "p")
    for n in programs:
        parent = n.parent.program_id if n.parent else ""
        n.program_id = make(parent, n.level, n.label, n.title)


def program_rows(outline: Outline) -> list[dict]:
    """Rows of the programs resource (never one with an empty title)."""
    text = outline.document.text
    rows = []
    for n in outline.programs:
        if not n.title:
            continue
        own = strip_span(text, n.title_end, n.own_end())
        end = strip_span(text, n.start, n.end).end
        rows.append({
            "program_id": n.program_id,
            "document_id": outline.document.document_id,
            "parent_id": n.parent.program_id if n.parent else None,
            "level": n.level,
            "label": n.label or None,
            "title": n.title,
            "text": own.text or None,
            "char_start": n.start,
            "char_end": max(end, n.title_end),
        })
    return rows
