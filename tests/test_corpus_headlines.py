"""Every report of the corpus that states its main targets gets headline rows.

A report "has a targets paragraph" by a rule of the genre written here on its own, not by a list of
reports: a plan-part paragraph in which a headline head noun (预期目标, 主要目标, 调控目标, 主要指标) is
followed by a copula (是, 为, 定为, 如下) and, in the same paragraph or the next one, by a percentage
within a short distance. Such a paragraph must hold a row of kind headline (or horizon, for the
targets of a five-year plan), anywhere in it or in the paragraph after it.
"""

from __future__ import annotations

import re

import pytest

from policydata.errors import InputError
from policydata.extract.outline import parse_outline
from policydata.extract.targets import target_rows
from policydata.ingest import discover, load_document
from policydata.paths import PROJECT_DIR
from policydata.text import fold

RAW = PROJECT_DIR / "raw"
STATEMENT = re.compile(r"(预期目标|主要目标|调控目标|主要指标)[^。；;！？]{0,8}?(是|为|定为|如下)")
PERCENT = re.compile(r"\d+(?:\.\d+)?%|百分之[一二三四五六七八九十点]+")
LOOKING_BACK = ("去年", "上年", "过去", "五年来", "一年来")
WINDOW = 120


def targets_paragraphs(doc, outline) -> list[tuple[int, int, float | None]]:
    """(start, end, first value) of each paragraph that states targets, the next paragraph included in
    its span; the value is the first percentage after the statement (None when written in words)."""
    paras = [p for p in outline.paragraphs if outline.part_kind_at(p.start) != "review"]
    reads = [re.sub(r"\s+", "", fold(p.text)) for p in paras]
    found, seen = [], set()
    for i, (p, t) in enumerate(zip(paras, reads)):
        if t in seen:
            continue  # a page holding the report twice states it once
        seen.add(t)
        for m in STATEMENT.finditer(t):
            sentence_start = max(t.rfind(c, 0, m.start()) for c in "。；;！？") + 1
            if any(w in t[sentence_start:m.start()] for w in LOOKING_BACK):
                continue
            after = t[m.end():m.end() + WINDOW]
            nxt = reads[i + 1][:WINDOW] if i + 1 < len(paras) else ""
            pct = PERCENT.search(after) or (not after.strip(":：。.") and PERCENT.search(nxt))
            if pct:
                end = paras[i + 1].end if i + 1 < len(paras) else p.end
                value = float(pct.group(0)[:-1]) if pct.group(0).endswith("%") else None
                found.append((p.start, end, value))
                break
    return found


def test_the_rule_finds_a_statement_and_its_list_on_the_next_line():
    from helpers import doc
    text = ("二、2021年工作安排\n今年经济社会发展的主要预期目标是：\n地区生产总值增长6%左右，"
            "城镇登记失业率控制在4.5%以内。\n")
    d = doc(text)
    o = parse_outline(d)
    assert len(targets_paragraphs(d, o)) == 1
    kinds = {r["kind"] for r in target_rows(o)[0]}
    assert kinds == {"headline"}


def test_the_rule_ignores_results_measured_against_targets():
    from helpers import doc
    text = "二、2021年工作安排\n去年城镇新增就业超过预期目标，主要目标是：实现增长6%。\n"
    d = doc(text)
    assert targets_paragraphs(d, parse_outline(d)) == []


@pytest.fixture(scope="module")
def read():
    """(reports read, reports that could not be read with the reason)."""
    out, unread = [], []
    for folder in discover(RAW):
        try:
            d = load_document(folder)
        except InputError as e:
            unread.append(f"{folder.name}: {e}")
            continue
        o = parse_outline(d)
        out.append((folder.name, d, o, target_rows(o)[0]))
    return out, unread


@pytest.fixture(scope="module")
def corpus(read):
    return read[0]


def test_the_corpus_is_there(corpus):
    assert len(corpus) > 200, "raw/ should hold the whole corpus"


def test_every_report_of_the_corpus_is_read(read):
    """A report that cannot be read gets no row at all: none may be left out of the test below."""
    assert read[1] == [], "\n".join(read[1])


def test_every_report_with_a_targets_paragraph_gets_headline_rows(corpus):
    """…or, for a paragraph that restates a target already stated (提出…增长8%左右的目标，主要考虑是…),
    a headline row of that value elsewhere in the report: a restated target is one row, not two."""
    missing = []
    stated = 0
    for name, d, o, rows in corpus:
        heads = [r for r in rows if r["kind"] in ("headline", "horizon")]
        for start, end, value in targets_paragraphs(d, o):
            stated += 1
            here = any(start <= r["char_start"] < end for r in heads)
            restated = value is not None and any(r["value"] == value and r["unit"] == "%" for r in heads)
            if not (here or restated):
                missing.append(f"{name} at chars {start}-{end}: {d.text[start:start + 60]!r}")
    assert stated > 40  # the rule does find the genre's statements
    assert missing == [], "\n".join(missing)
