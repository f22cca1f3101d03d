"""Headline statements as provincial and city reports write them, and their goals without a number
(issue 19 headline rows, issue 21 qualitative goals). Sentences composed for these tests."""

from __future__ import annotations

import pytest

from helpers import plan_target_rows

PLAN = "二、2021年工作安排\n"


def rows(body: str, prefix: str = PLAN, plan_year: int = 2021) -> list[dict]:
    return plan_target_rows(body, prefix, plan_year)


def headline(found: list[dict]) -> list[tuple]:
    return [(r["indicator"], r["value"], r["target_year"]) for r in found if r["kind"] == "headline"]


@pytest.mark.parametrize("statement", [
    "2021年经济社会发展主要预期目标：",  # a colon, no copula
    "全市经济社会发展主要预期目标建议为：",  # a draft's wording
    "主要目标是：全市",  # 主要目标 with no time word: the list names the economy's indicator itself
])
def test_headline_statements_without_a_copula_or_a_time_word(statement):
    found = rows(statement + "地区生产总值增长6%左右，城镇新增就业3万人，粮食产量保持稳定。")
    assert headline(found)[:2] == [("地区生产总值", 6, 2021), ("城镇新增就业", 3, 2021)]


def test_a_goal_of_a_reform_named_with_a_colon_is_no_headline():
    found = rows("推进国企改革。改革的主要目标：建立现代企业制度，完善治理结构。")
    assert headline(found) == []


@pytest.mark.parametrize("clause, indicators", [
    ("财政收入、城乡居民收入与经济增长同步", ["财政收入", "城乡居民收入"]),
    ("社会消费品零售总额增速不低于全省平均水平", ["社会消费品零售总额增速"]),
    ("全面完成国家下达的节能降碳约束性指标", ["节能降碳约束性指标"]),  # who set it is the reference (seed gold)
    ("粮食总产量保持基本稳定", ["粮食总产量"]),
])
def test_goals_without_a_number_are_rows_with_an_empty_value(clause, indicators):
    found = rows("今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，" + clause + "。")
    qual = [r for r in found if r["kind"] == "headline" and r["value"] is None]
    assert [r["indicator"] for r in qual] == indicators
    assert all(r["target_year"] == 2021 and r["comparator"] is None for r in qual)


def test_a_list_right_after_the_general_requirements_is_the_headline_without_a_head():
    """No 主要预期目标 stated: the paragraph after 总体要求是：… that opens with the economy's indicator is the list."""
    from helpers import plan_target_rows

    body = ("政府工作的总体要求是：坚持稳中求进工作总基调，推动高质量发展。\n"
            "地区生产总值增长6%左右，规上工业增加值增长7%，城镇调查失业率控制在5.5%以内。\n"
            "一是应对挑战的现实所需。我们必须坚定信心。\n")
    rows = plan_target_rows(body, "二、2021年工作安排\n")
    assert [(r["kind"], r["indicator"], r["value"]) for r in rows] == [
        ("headline", "地区生产总值", 6), ("headline", "规上工业增加值", 7), ("headline", "城镇调查失业率", 5.5)]


def test_a_requirements_paragraph_does_not_make_a_head_where_the_report_states_one():
    from helpers import plan_target_rows

    body = ("政府工作的总体要求是：推动高质量发展。\n地区生产总值增长6%左右。\n"
            "主要预期目标是：城镇新增就业1万人以上。\n")
    rows = plan_target_rows(body, "二、2021年工作安排\n")
    assert [(r["kind"], r["indicator"]) for r in rows if r["kind"] == "headline"] == [("headline", "城镇新增就业")]


def test_the_period_of_a_horizon_target_is_no_word_of_its_indicator():
    """“十四五”时期经济年均增长…, 今后五年城镇新增就业…: the period gives target_year; the subject follows it."""
    from helpers import plan_target_rows

    rows = plan_target_rows("“十四五”时期经济年均增长保持在6%以上，今后五年城镇新增就业5万人以上。", "二、今后五年的主要目标\n")
    assert [(r["indicator"], r["value"], r["target_year"]) for r in rows] == [("经济", 6, 2025), ("城镇新增就业", 5, 2025)]
