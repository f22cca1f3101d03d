"""Outcomes: the period of figures in multi-year reviews, indicators cut or overgrown, and paragraphs of plan
parts that review. Sentences composed for these tests in the genre's style (plan year 2021)."""

from __future__ import annotations

from helpers import doc
from policydata.extract.outcomes import outcome_rows
from policydata.extract.outline import parse_outline
from policydata.extract.registry import extract

REVIEW = "各位代表：\n\n一、2020年工作回顾\n\n"
PLAN = "\n\n二、2021年工作安排\n\n（一）重点工作\n\n加快项目建设。全年实施重点项目30个。\n"
THEME = "各位代表：\n\n一、2020年工作回顾\n\n全年经济平稳运行。\n\n二、坚持扩大内需的方针\n\n"


def rows(body: str, head: str = REVIEW) -> list[dict]:
    d = doc(head + body + PLAN)
    out = outcome_rows(parse_outline(d))
    for r in out:
        assert d.text[r["char_start"]:r["char_end"]] == r["source_text"]
    return out


def published(body: str, head: str = REVIEW) -> list[dict]:
    return extract(doc(head + body + PLAN))["outcomes"]


def brief(r: dict) -> tuple:
    return (r["indicator"], r["value"], r["year"], r["first_year"], r["basis"])


def test_a_span_within_years_opens_a_list_of_additions_in_other_units():
    found = rows("五年内新增发电装机容量2100万千瓦，铁路通车里程1800公里、复线里程900公里。")
    assert [brief(r) for r in found] == [
        ("新增发电装机容量", 2100, 2020, 2016, "cumulative"),
        ("新增铁路通车里程", 1800, 2020, 2016, "cumulative"),
        ("新增复线里程", 900, 2020, 2016, "cumulative")]


def test_a_level_after_a_span_lead_stays_the_years_level():
    found = rows("五年内新增耕地12万亩，粮食产量480亿斤。")
    assert [brief(r) for r in found][1] == ("粮食产量", 480, 2020, 2020, "annual")


def test_a_paragraph_that_opens_with_its_period_keeps_it_for_the_totals_after():
    body = ("两年来，我们坚持实施积极的财政政策。实践证明，这一政策是正确的。"
            "从效果看，两年来发行长期国债2600亿元，共建设6200多个项目。"
            "已建成的主要有：加固江河堤防近5200公里；新增公路通车里程1.4万公里。")
    found = {r["indicator"]: r for r in rows(body, THEME)}
    assert brief(found["加固江河堤防"]) == ("加固江河堤防", 5200, 2020, 2019, "cumulative")
    assert brief(found["新增公路通车里程"]) == ("新增公路通车里程", 1.4, 2020, 2019, "cumulative")


def test_a_paragraph_of_a_plan_part_that_reviews_is_part_of_the_review():
    body = "两年来，我们发行长期国债2600亿元，共建设6200多个项目。今年要继续新建公路1万公里。"
    found = published(body, THEME)
    assert found and all(r["part"] == "review" for r in found)
    d = doc(THEME + body + PLAN)
    targets = extract(d)["targets"]
    assert any(r["value"] == 1 and r["part"] == "plan" for r in targets)  # the turn to the plan year ends it


def test_an_amount_after_a_count_of_projects_is_theirs():
    found = rows("新引进项目86个、金额215.6亿元。签约产业项目40个，协议金额320亿元。")
    assert [r["indicator"] for r in found] == ["新引进项目", "新引进项目金额", "签约产业项目", "签约产业项目协议金额"]


def test_a_measure_that_ends_a_list_with_respectively_is_shared():
    found = rows("化学需氧量、氨氮排放量分别下降8.2%、9.6%。")
    assert [r["indicator"] for r in found] == ["化学需氧量排放量", "氨氮排放量"]


def test_a_clause_after_the_things_counted_is_not_their_name():
    [r] = rows("全年共吸引约36万名境外采购商、创历史新高。")
    assert r["indicator"].endswith("境外采购商") and "创" not in r["indicator"]


def test_a_slogan_after_the_things_counted_is_not_their_name():
    [r] = rows("31个海外工坊擦亮职业教育品牌。")
    assert r["indicator"] == "海外工坊"


def test_the_verb_of_creation_after_an_adverb_is_kept_and_shared():
    found = rows("成功创建省级示范幼儿园3所、省级示范高中1所。")
    assert [r["indicator"] for r in found] == ["创建省级示范幼儿园", "创建省级示范高中"]


def test_measures_of_a_plan_set_by_another_body_being_carried_out_are_no_results():
    assert rows("扎实落实市委全会确定的12个方面200多项改革举措。") == []


def test_a_sum_that_names_no_owner_is_no_row():
    found = rows("外商投资保持良好势头，实际金额达到120多亿美元。")
    assert [r["indicator"] for r in found] == []


def test_a_sentence_of_a_reviewing_paragraph_that_looks_ahead_stays_in_the_plan():
    body = "两年来，我们发行长期国债2600亿元。到2023年，全区地区生产总值将达到900亿元。"
    d = doc(THEME + body + PLAN)
    targets = extract(d)["targets"]
    assert any(r["value"] == 900 and r["part"] == "plan" for r in targets)


def test_a_count_of_places_before_what_they_brought_in_is_their_scope():
    found = rows("27个试点街道新引进项目140个、金额95.2亿元。")
    assert [(r["indicator"], r["value"]) for r in found] == [("试点街道新引进项目", 140), ("试点街道新引进项目金额", 95.2)]
