"""Issue 20, outcomes precision: sizes that describe, sets supported, linking verbs, money spent so far."""

from __future__ import annotations

from test_outcomes import rows


def test_a_length_describing_a_thing_is_no_result():
    found = rows("全长达860公里的甲乙输水干渠全线通水，长达120公里的丙丁公路建成通车。")
    assert [r["value"] for r in found] == []
    [r] = rows("全区新建农村公路120公里。")  # a length built is a result
    assert (r["value"], r["unit"]) == (120.0, "公里")


def test_a_size_each_of_a_list_of_works_has_is_no_result():
    found = rows("建成的项目包括年产甲和乙各50万吨的丙化工二期工程、丁港码头。")
    assert [r["value"] for r in found] == []


def test_the_set_a_resource_goes_to_is_no_result():
    found = rows("安排专项资金3亿元支持12个特色小镇、5个产业园区建设。")
    assert [(r["value"], r["unit"]) for r in found] == [(3.0, "亿元")]
    [r] = rows("全区新建特色小镇12个。")
    assert (r["value"], r["unit"]) == (12.0, "个")


def test_a_set_of_venues_that_ran_well_is_no_result():
    assert rows("9个场馆和甲村高效运行。") == []


def test_a_linking_verb_is_no_part_of_the_measure_whose_growth_it_drove():
    [r] = rows("减税降费政策落地见效，带动一般公共预算收入增长6.5%。")
    assert (r["indicator"], r["indicator_code"], r["value"]) == ("一般公共预算收入", "budget_revenue_growth", 6.5)
    [pts] = rows("拉动地区生产总值增长1.2个百分点。")  # a contribution in points keeps its verb
    assert pts["indicator"].startswith("拉动")
    [amount] = rows("发放消费券2亿元。带动消费15亿元。")[1:]  # an amount driven keeps it too
    assert amount["indicator"] == "带动消费"


def test_money_spent_so_far_is_a_running_total():
    [r] = rows("甲乙引水工程已投入12亿元，惠及群众。")
    assert (r["indicator"], r["value"], r["basis"], r["first_year"]) == ("甲乙引水工程投入", 12.0, "cumulative", None)
    [total] = rows("完成三年行动计划，累计投入6.5亿元。")
    assert total["basis"] == "cumulative"
    [year] = rows("全年累计投入6.5亿元。")  # the year's own total
    assert year["basis"] == "annual"


def test_works_being_carried_out_in_order_are_no_result():
    assert rows("25个城市更新项目有序实施。") == []
