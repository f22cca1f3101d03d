"""Quantities that are not commitments, indicators that are noun phrases, and the year a target is for
(issue 20). Sentences composed for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from helpers import META, doc
from policydata.extract.outline import parse_outline
from policydata.extract.targets import target_rows
from policydata.grammar.quantities import scan_quantities


def rows(body: str, prefix: str = "二、2021年工作安排\n", plan_year: int = 2021) -> list[dict]:
    d = doc(prefix + body + "\n")
    if plan_year != META.plan_year:
        d = dataclasses.replace(d, meta=dataclasses.replace(META, plan_year=plan_year))
    return target_rows(parse_outline(d))[0]


def seen(found: list[dict]) -> list[tuple]:
    return [(r["indicator"], r["value"]) for r in found]


@pytest.mark.parametrize("sentence, kept", [
    ("如果资金到位，则可以新建公路二千公里以上。", []),
    ("只要各方共同努力，就能增加粮食产量50亿斤。", []),
    ("全市研发投入强度提高到2.5%，相当于3年前的1.6倍。", [("研发投入强度", 2.5)]),
    ("今年出口总额达到300亿元，是2015年的2倍。", [("出口总额", 300)]),
    ("农民收入增速高出全省平均水平0.5个百分点，相当于5年前2个百分点。", [("农民收入增速高出全省平均水平", 0.5)]),
    ("全市现有国家级开发区12个。新建标准厂房10万平方米。", [("新建标准厂房", 10)]),
    ("新增财政投入300亿元，即比上年多60亿元。", [("新增财政投入", 300)]),
    ("聚焦数字经济、生物医药等8条重点产业链，开展招商攻坚行动。", []),
    ("围绕主导产业，新引进项目20个。", [("新引进项目", 20)]),
])
def test_hypotheses_comparisons_and_existing_sets_are_not_targets(sentence, kept):
    assert seen(rows(sentence)) == kept


def test_a_clause_that_builds_on_what_exists_is_a_target():
    assert seen(rows("在现有基础上新增养老床位500张。")) == [("新增养老床位", 500)]


def test_a_lone_word_of_grammar_is_never_an_indicator():
    found = rows("粮食产量达到500万吨，棉花产量达到20万吨；其中，将增长8%。")
    assert all(len(r["indicator"]) > 1 for r in found)
    assert ("粮食产量", 500) in seen(found)


def test_a_middle_dot_between_digits_is_a_decimal_point():
    q = scan_quantities("粮食产量增长19·5%")
    assert [(x.value, x.unit) for x in q] == [(19.5, "%")]
    assert seen(rows("粮食产量增长19·5％。")) == [("粮食产量", 19.5)]


def test_a_plan_stated_for_next_year_is_for_the_year_after_the_report():
    found = rows("明年地区生产总值增长7%左右，新建学校5所。")
    assert [(r["indicator"], r["target_year"]) for r in found] == [("地区生产总值", 2022), ("新建学校", 2022)]
    found = rows("今明两年新建学校5所。")
    assert [r["target_year"] for r in found] == [2021]


def test_a_later_year_opening_a_goal_is_its_horizon():
    found = rows("一九九〇年，钢产量要达到6000万吨。", prefix="二、今后的任务\n", plan_year=1985)
    assert [(r["kind"], r["indicator"], r["target_year"]) for r in found] == [("horizon", "钢产量", 1990)]


def test_the_year_headline_in_a_part_for_five_years_and_the_year_is_headline():
    text = ("二、今后五年和2021年的工作\n今年是关键一年。今年全省经济社会发展\n的主要预期目标是：地区生产总值增长6%，"
            "城镇调查失业率控制在5.5%以内。\n实现上述目标，要抓好以下工作。\n新建学校5所。\n")
    found = rows(text, prefix="")
    assert [(r["kind"], r["indicator"], r["target_year"]) for r in found] == [
        ("headline", "地区生产总值", 2021), ("headline", "城镇调查失业率", 2021), ("task", "新建学校", 2021)]


def test_next_year_holds_from_where_the_sentence_says_it():
    found = rows("今年投入将由上年18亿元增加到95亿元，明年将安排200亿元。")
    assert [(r["value"], r["target_year"]) for r in found] == [(95, 2021), (200, 2022)]


def test_a_holding_per_head_and_a_ratio_named_as_the_indicator_are_targets():
    found = rows("每万人口发明专利拥有量达到12件，研发经费支出相当于地区生产总值的比例达到3%。")
    assert [r["value"] for r in found] == [12, 3]


@pytest.mark.parametrize("sentence, indicators", [
    ("新建省级科技孵化器6家、市级20家。", ["新建省级科技孵化器", "新建市级科技孵化器"]),
    ("建设8个分布式和5个集中式光伏电站。", ["分布式光伏电站", "集中式光伏电站"]),
    ("电动汽车保有量达到15万辆，其中县域达到6万辆。", ["电动汽车保有量", "县域电动汽车保有量"]),
])
def test_a_part_or_grade_of_a_subject_takes_the_subject(sentence, indicators):
    assert [r["indicator"] for r in rows(sentence)] == indicators


def test_a_threshold_of_a_class_is_not_a_target():
    assert [r["value"] for r in rows("力争集体收入过20万元的村占60%以上。")] == [60]


def test_a_level_reached_in_a_past_year_is_not_a_target():
    found = rows("储蓄率由1978年的30%降低到1981年的25%。", prefix="二、今后的任务\n", plan_year=1985)
    assert found == []


def test_items_that_are_measures_themselves_do_not_share_the_last_items_head():
    found = rows("力争游客人次、旅游总收入分别增长8%、12%。")
    assert [r["indicator"] for r in found] == ["游客人次", "旅游总收入"]


@pytest.mark.parametrize("sentence, kept", [
    ("推进投资超5亿元项目40个以上。", [40]),
    ("产能60万吨以上煤矿全部完成智能化改造。", []),
    ("对认定的企业给予5%的设备投资补助。", []),
    ("力争营收超100亿元。", [100]),
])
def test_sizes_that_sort_a_class_and_rates_set_by_a_rule_are_not_targets(sentence, kept):
    assert [r["value"] for r in rows(sentence)] == kept


def test_a_bare_verb_before_a_sum_is_no_indicator_and_old_script_ratios_are_comparisons():
    assert [r["indicator"] for r in rows("继续拿出500万元进行表彰奖励。")] == []
    assert rows("今年棉花産量可以等於一九四九年的二點八倍。") == []


def test_the_title_of_a_set_of_policies_is_not_a_count():
    assert rows("用好稳增长15条支持政策。") == []


def test_a_size_that_sorts_the_things_counted_is_not_a_target():
    assert [r["value"] for r in rows("新签约5亿元以上项目30个，完成投资80亿元以上。")] == [30, 80]


def test_an_indicator_does_not_keep_the_item_before_with_its_value():
    found = rows("力争茶叶种植面积突破30万亩、食用菌规模扩大到2.5亿袋、油菜种植面积达到40万亩以上。")
    assert seen(found)[-1] == ("油菜种植面积", 40)


def test_a_start_value_after_its_year_is_not_the_target():
    found = rows("今后五年，计划将高等学校招生人数由二〇二〇年的三十万人，增加到二〇二五年的四十五万人。")
    assert 30 not in [r["value"] for r in found]


def test_a_set_of_rules_counted_in_words_is_a_title():
    assert rows("严格执行安全生产十二条硬措施，新建消防站5个。") and \
        seen(rows("严格执行安全生产十二条硬措施，新建消防站5个。")) == [("新建消防站", 5)]
