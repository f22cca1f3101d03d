"""source_issues rules: markup, replacement characters, numbering gaps, unused terms, chrome."""

from __future__ import annotations

from helpers import doc
from policydata.extract.outline import parse_outline
from policydata.extract.quality import issue_rows
from policydata.extract.terms import term_rows


def issues(text):
    o = parse_outline(doc(text))
    return issue_rows(o, term_rows(o))


def kinds(text):
    return [r["kind"] for r in issues(text)]


def test_swallowed_markup_points_at_the_tag():
    text = "一、工作安排\n（一）改善环境\n细颗粒物浓度控制在40微克<span改造排水管网，推进海绵城市建设。\n"
    [row] = issues(text)
    assert row["kind"] == "swallowed-markup" and text[row["char_start"]:row["char_end"]] == "<span"


def test_entities_are_markup_but_comparisons_are_not():
    assert kinds("一、工作安排\n推进工作&nbsp;落实。\n") == ["swallowed-markup"]
    assert kinds("一、工作安排\n失业率控制在5%以内，且<5.5%。\n") == []


def test_replacement_characters():
    [row] = issues("一、工作安排\n到二\ufffd\ufffd三五年基本实现现代化。\n")
    assert row["kind"] == "replacement-character" and "2 character(s)" in row["message"]


def test_numbering_gaps():
    text = "一、回顾\n过去一年成绩显著。\n三、安排\n（一）发展经济\n推进工作。\n（三）改善民生\n办好实事。\n"
    msgs = [r["message"] for r in issues(text) if r["kind"] == "numbering-gap"]
    assert msgs == ["part 二、 is missing before part 三、: text may have been lost",
                    "section (二) is missing before section (三): text may have been lost"]


def test_sections_restarting_under_a_new_part_are_no_gap():
    text = "一、回顾\n（一）经济\n增长。\n（二）民生\n改善。\n二、安排\n（一）经济\n发展。\n"
    assert "numbering-gap" not in kinds(text)


def test_unused_glossary_terms():
    text = "一、安排\n推进“一网通办”改革。\n附注：\n1.一网通办：是指网上办。\n2.四个最严：是指最严格的监管。\n"
    rows = [r for r in issues(text) if r["kind"] == "unused-glossary-term"]
    assert [r["message"] for r in rows] == ["glossary term '四个最严' is never used in the body of the report"]


def test_site_chrome_is_reported_once_per_block():
    text = "首页 | 政务公开\n发布时间：2021-02-01\n一、安排\n推进改革。\n版权所有：某区政府\n微信\n"
    rows = [r for r in issues(text) if r["kind"] == "site-chrome"]
    assert [r["message"].split(" line")[0] for r in rows] == ["2", "2"]


def test_issue_ids_unique_and_stable():
    text = "一、安排\n推进<b>改革</b>。\n"
    a, b = issues(text), issues(text)
    assert a == b and len({r["issue_id"] for r in a}) == 2
    assert [text[r["char_start"]:r["char_end"]] for r in a] == ["<b>", "</b>"]
