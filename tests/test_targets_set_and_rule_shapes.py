"""Counts that only sum the fields just listed, and the parameters of aid rules, are not targets.
Sentences composed for these tests."""

from __future__ import annotations

import pytest

from helpers import doc
from policydata.extract.outline import parse_outline
from policydata.extract.targets import target_rows


def seen(body: str) -> list[tuple]:
    d = doc("二、2021年工作安排\n" + body + "\n")
    return [(r["indicator"], r["value"]) for r in target_rows(parse_outline(d))[0]]


@pytest.mark.parametrize("sentence", [
    "聚焦智能制造、绿色化工、现代物流、文化旅游四个重点方向，开展精准招商。",
    "围绕种业、农机、冷链3个领域，实施一批补短板项目。",
    "抓住营商环境、科技创新两个方面，推动高质量发展。",
    "着力在种业振兴、农机装备、冷链物流三个领域取得突破。",
    "坚持稳增长、调结构、惠民生3个方向，加快发展。",
])
def test_a_count_that_sums_the_fields_listed_is_not_a_target(sentence):
    assert seen(sentence) == []


@pytest.mark.parametrize("sentence, kept", [
    ("新建城东小学、城西小学、城北小学三所学校。", [("学校", 3)]),
    ("各县打造1-2个特色产业、1-2个重点镇。", [("特色产业", 1), ("重点镇", 1)]),
    ("聚焦智能制造、绿色化工等四个重点方向，新引进项目30个。", [("新引进项目", 30)]),
    ("新建智能制造、绿色化工两个产业园，新增标准厂房20万平方米。", None),
])
def test_a_listed_count_of_things_built_still_counts(sentence, kept):
    found = seen(sentence)
    if kept is None:
        assert ("新增标准厂房", 20) in found
    else:
        assert found == kept


@pytest.mark.parametrize("sentence", [
    "对符合条件的技改企业，按设备投资额最高5%、单个企业不超过500万元给予补助。",
    "对新认定的专精特新企业给予30万元奖励。",
    "对新建的冷库按每立方米100元的标准给予补贴。",
])
def test_the_parameters_of_an_aid_rule_are_not_targets(sentence):
    assert seen(sentence) == []


@pytest.mark.parametrize("sentence, kept", [
    ("安排企业技改补助资金5亿元。", [("企业技改补助资金", 5)]),
    ("全年发放创业担保贷款10亿元，新增就业岗位2万个。", [("发放创业担保贷款", 10), ("新增就业岗位", 2)]),
])
def test_an_aid_budget_to_spend_still_counts(sentence, kept):
    assert [(i, v) for i, v in seen(sentence)] == kept


@pytest.mark.parametrize("sentence, kept", [
    ("新开工亿元以上项目开工率、投产率稳定在60%以上。",
     [("新开工亿元以上项目开工率", 60), ("新开工亿元以上项目投产率", 60)]),
    ("重点企业产能利用率、达产率均达到85%。", [("重点企业产能利用率", 85), ("重点企业达产率", 85)]),
    ("森林覆盖率、城市绿化率达到40%。", [("森林覆盖率", 40), ("城市绿化率", 40)]),
])
def test_rates_that_share_one_value_are_one_row_each_with_their_subject(sentence, kept):
    assert seen(sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("新建和改造供水管网600公里、排水管网2500公里。", [("新建和改造供水管网", 600), ("新建和改造排水管网", 2500)]),
    ("新建及改造农村公路300公里、桥梁20座。", [("新建及改造农村公路", 300), ("新建及改造桥梁", 20)]),
    ("新建学校10所和改造校舍5万平方米。", [("新建学校", 10), ("改造校舍", 5)]),
])
def test_two_verbs_joined_before_a_list_reach_every_item(sentence, kept):
    assert seen(sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("新建公办幼儿园共25所。", [("新建公办幼儿园", 25)]),
    ("全市新增就业岗位合计3万个。", [("新增就业岗位", 3)]),
    ("发电设备、电动机、拖拉机增长的速度都将达到百分之五十以上。",
     [("发电设备增长的速度", 50), ("电动机增长的速度", 50), ("拖拉机增长的速度", 50)]),
])
def test_a_total_word_or_all_of_a_list_is_no_part_of_the_indicator(sentence, kept):
    assert seen(sentence) == kept


@pytest.mark.parametrize("sentence", [
    "地区生产总值增速高于全省平均1个百分点、7%左右。",
    "地区生产总值增速高于省平1个百分点，增长7%左右。",
])
def test_a_headline_level_after_a_gap_to_the_average_is_the_measure_own_growth(sentence):
    found = seen(sentence)
    assert ("地区生产总值", 7) in found
    assert all(v != 7 or "高于" not in i for i, v in found)


@pytest.mark.parametrize("sentence, kept", [
    ("促进甲公司年产200万吨钢材装置扩能、乙公司30万吨乙烯等项目开工。", []),
    ("推动甲、乙等10个项目开工，新建厂房20万平方米。", [("项目开工", 10), ("新建厂房", 20)]),
    ("新建5条主干道路、10公里供水管网、20公里给排水管网等项目。",
     [("新建主干道路", 5), ("新建供水管网", 10), ("新建给排水管网等项目", 20)]),
])
def test_a_capacity_in_the_name_of_a_listed_project_is_not_a_target(sentence, kept):
    assert seen(sentence) == kept
