"""Glossary rules: headings, numbering, separators, definitions and mentions in the body."""

from __future__ import annotations

import pytest

from helpers import doc
from policydata.extract.outline import parse_outline
from policydata.extract.terms import term_forms, term_rows

BODY = ("二、2021年工作安排\n（一）深化改革\n深化放管服改革。推行“一网通办”，实施“证照分离”改革。\n"
        "发展新经济。培育“专精特新”企业，建设“智慧园区”综合平台。\n")


def terms_of(glossary: str, body: str = BODY):
    return term_rows(parse_outline(doc(body + glossary)))


@pytest.mark.parametrize("heading", ["附注：", "附注:", "名词解释", "名词解释：", "注释："])
def test_glossary_headings(heading):
    rows = terms_of(f"{heading}\n1.一网通办：是指政务服务事项网上一次办成。\n")
    assert [(r["number"], r["term"], r["definition"]) for r in rows] == [(1, "一网通办", "政务服务事项网上一次办成。")]


@pytest.mark.parametrize("heading", ["附件\n《政府工作报告》有关内容名词注释", "报告中有关名词解释：", "附：政府工作报告用语解释"])
def test_a_glossary_heading_may_qualify_its_terms(heading):
    """A heading that names what its terms are from (…有关内容名词注释), even after an annex line, opens the glossary."""
    rows = terms_of(f"{heading}\n1.一网通办：是指政务服务事项网上一次办成。\n2.专精特新：专业化、精细化的中小企业。\n")
    assert [r["term"] for r in rows] == ["一网通办", "专精特新"]


@pytest.mark.parametrize("line", ["字库未存字注释：", "关于表格数据的注释", "本报告所列名词解释如下，请各位代表参阅。"])
def test_a_note_that_is_not_a_glossary_opens_none(line):
    assert terms_of(f"{line}\n1.一网通办：是指政务服务事项网上一次办成。\n") == []


@pytest.mark.parametrize("number", ["1.", "1、", "1．", "[1]", "【1】", "(1)", "（1）"])
def test_numbering_styles(number):
    rows = terms_of(f"名词解释：\n{number}专精特新：是指专业化、精细化、特色化、新颖化的中小企业。\n")
    assert rows[0]["number"] == 1 and rows[0]["term"] == "专精特新"


@pytest.mark.parametrize("entry, definition", [
    ("1.证照分离：是指将许可类证与营业执照分离。", "将许可类证与营业执照分离。"),
    ("1.证照分离:即将许可类证与营业执照分离。", "将许可类证与营业执照分离。"),
    ("1.证照分离：许可类证与营业执照分离的改革。", "许可类证与营业执照分离的改革。"),
    ("1.证照分离是指将许可类证与营业执照分离。", "将许可类证与营业执照分离。"),
])
def test_separators_and_definition_leads(entry, definition):
    rows = terms_of("附注：\n" + entry + "\n")
    assert rows[0]["term"] == "证照分离" and rows[0]["definition"] == definition


def test_compound_definition_keeps_its_parts():
    rows = terms_of("附注：\n1.“2+3”工作体系：“2”是指两个中心，“3”是指三个平台。\n")
    assert rows[0]["term"] == "“2+3”工作体系"
    assert rows[0]["definition"] == "“2”是指两个中心，“3”是指三个平台。"


def test_continuation_lines_join_the_entry():
    rows = terms_of("附注：\n1.智慧园区：是指运用物联网技术管理的园区，\n包括安防、能耗和物流系统。\n2.一网通办：是指网上办。\n")
    assert rows[0]["definition"] == "运用物联网技术管理的园区，\n包括安防、能耗和物流系统。"
    assert rows[1]["number"] == 2


def test_mentions_use_the_quoted_core():
    rows = {r["term"]: r for r in terms_of(
        "附注：\n1.“智慧园区”综合平台：是指园区管理平台。\n2.“一网通办”改革：是指网上办。\n"
        "3.放管服：即简政放权、放管结合、优化服务。\n4.“五个一”机制：是指一套制度。\n")}
    assert rows["“智慧园区”综合平台"]["mentioned"] and rows["“智慧园区”综合平台"]["mention_count"] == 1
    assert rows["“一网通办”改革"]["mentioned"]  # its core 一网通办 occurs
    assert rows["放管服"]["mentioned"] and rows["放管服"]["first_program_id"]
    assert not rows["“五个一”机制"]["mentioned"] and rows["“五个一”机制"]["first_program_id"] is None


def test_first_program_is_where_the_term_first_occurs():
    o = parse_outline(doc(BODY + "附注：\n1.专精特新：是指中小企业。\n"))
    row = term_rows(o)[0]
    first = next(p for p in o.programs if p.program_id == row["first_program_id"])
    assert first.title == "发展新经济"


def test_mentions_inside_the_glossary_do_not_count():
    rows = terms_of("附注：\n1.双碳：是指碳达峰、碳中和。\n2.降碳：是指实现双碳目标的行动。\n")
    assert not rows[0]["mentioned"]


def test_term_forms():
    assert term_forms("“一制三化”改革") == ["一制三化改革", "一制三化"]
    assert term_forms("行政执法“三项制度”") == ["行政执法三项制度", "三项制度"]
    assert term_forms("“1”") == []


def test_spans_point_at_the_entry():
    o = parse_outline(doc(BODY + "附注：\n12.专精特新：是指中小企业。\n"))
    row = term_rows(o)[0]
    assert o.document.text[row["char_start"]:row["char_end"]] == "12.专精特新：是指中小企业。"


def test_no_glossary_no_terms():
    assert terms_of("") == []


CLOSING = "各位代表！让我们凝心聚力，奋力谱写新篇章！\n"
ANNEX = "附件\n2021年民生实事\n一、新建岚州第一中学。\n二、改造鹤城路。\n"


@pytest.mark.parametrize("heading", ["名词解释", "附注：", "注释"])
def test_a_glossary_after_an_annex_is_read(heading):
    rows = terms_of(CLOSING + ANNEX + f"{heading}\n1.一网通办：是指政务服务事项网上一次办成。\n2.专精特新：是指中小企业。\n")
    assert [(r["number"], r["term"], r["definition"]) for r in rows] == [
        (1, "一网通办", "政务服务事项网上一次办成。"), (2, "专精特新", "中小企业。")]
    assert all(r["mentioned"] for r in rows)  # mentions are counted in the body before the annex


@pytest.mark.parametrize("heading", ["名词解释", "附注："])
def test_an_annex_after_the_glossary_is_no_part_of_its_last_entry(heading):
    rows = terms_of(CLOSING + f"{heading}\n1.一网通办：是指政务服务事项网上一次办成。\n" + ANNEX)
    assert [(r["term"], r["definition"]) for r in rows] == [("一网通办", "政务服务事项网上一次办成。")]
