"""Rule tests for shapes the independent audits of 2.2.13 found at an indicator's left edge (issue 20): a conjunction
that opens the clause (而, 而且) and a relative clause on who lives in the place acted on (…万人居住的棚户区改造) are no
part of the indicator. Every sentence is written for these tests in the genre's style; none is taken from a report."""

from __future__ import annotations

import pytest

from helpers import plan_target_rows

PLAN = "二、2021年工作安排\n（一）重点工作\n"


def seen(body: str) -> list[tuple]:
    return [(r["indicator"], r["comparator"], r["value"], r["unit"]) for r in plan_target_rows(body, PLAN)]


@pytest.mark.parametrize("sentence, indicator", [
    ("城镇化率提高1个百分点，而城镇居民人均可支配收入增长7%。", "城镇居民人均可支配收入"),
    ("建成区面积有所扩大，而森林覆盖率提高到45%。", "森林覆盖率"),
    ("工业增加值增长6%，而且规上工业企业利润增长8%。", "规上工业企业利润"),
])
def test_a_conjunction_never_opens_an_indicator(sentence, indicator):
    assert indicator in [r[0] for r in seen(sentence)]
    assert not any(r[0].startswith("而") for r in seen(sentence))


@pytest.mark.parametrize("sentence, indicator", [
    ("基本完成约1亿人居住的棚户区和城中村改造。", "棚户区和城中村改造"),
    ("加快约3万人居住的城中村改造，完成改造面积200万平方米。", "城中村改造"),
    ("完成约5万户居民居住的老旧小区改造120个。", "老旧小区改造"),
    ("改造约2万人居住的城镇棚户区。", "改造城镇棚户区"),
])
def test_who_lives_in_the_place_is_no_part_of_the_indicator(sentence, indicator):
    got = [r[0] for r in seen(sentence)]
    assert indicator in got
    assert not any("居住的" in g for g in got)


def test_the_money_a_past_total_took_is_no_target():
    assert not any(r[3] == "亿元" for r in seen("新建办公楼三千万平方公尺，共用投资四十亿元，建成道路30公里。"))
    assert ("投资", "eq", 40, "亿元") in seen("全年共计划投资40亿元。")
