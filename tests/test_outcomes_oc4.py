"""Issue 20, outcomes precision (fourth round): flows over a review of years are the period's totals
(累计 said inside the clause, a verb cut off before the thing done, a list sharing its 累计), shares of
a whole named after 占, qualifiers shared by a 分别 list, and fragments that name no outcome."""

from __future__ import annotations

from test_outcomes import rows

YEAR = "各位代表：\n\n一、2020年工作回顾\n\n"


def _periods(found):
    return [(r["indicator"], r["value"], r["basis"], r["first_year"], r["year"]) for r in found]


def test_a_total_said_inside_a_clause_of_a_five_year_review_is_the_periods():
    found = rows("过去五年，我们改造棚户区住房1.6万套，累计减税降费45亿元。", head=YEAR)
    assert _periods(found)[1] == ("累计减税降费", 45, "cumulative", 2016, 2020)
    [one] = rows("全年累计减税降费12亿元。", head=YEAR)  # the year's own total stays the year's
    assert (one["basis"], one["first_year"]) == ("annual", 2020)


def test_a_verb_cut_off_before_the_thing_done_makes_a_flow_of_the_period():
    found = rows("五年来，城乡面貌明显改善。统筹城乡发展，五年来，完成村道硬化86公里、新建文化广场12个。", head=YEAR)
    assert _periods(found) == [("村道硬化", 86, "cumulative", 2016, 2020), ("新建文化广场", 12, "cumulative", 2016, 2020)]


def test_a_list_after_a_total_said_once_shares_it():
    found = rows("五年累计发放困难群众救助金6200万元、助学金150万元、临时救助金380万元。", head=YEAR)
    assert [r["basis"] for r in found] == ["cumulative"] * 3
    assert {r["first_year"] for r in found} == {2016}

FIVE = "各位代表：\n\n一、过去五年工作回顾\n\n"


def test_a_period_named_inside_a_paragraph_of_a_years_review_holds_for_the_flows_after_it():
    found = rows("我们重视生态保护。近两年，又实施了专项行动。依法整治污染企业，关停小电厂 120万千瓦，淘汰落后水泥产能260万吨。",
                 head=FIVE)
    assert _periods(found) == [("关停小电厂", 120, "cumulative", 2019, 2020), ("淘汰落后水泥产能", 260, "cumulative", 2019, 2020)]
    found = rows("我们重视生态保护。近两年，又实施了专项行动。依法整治污染企业，新增绿色工厂12家。", head=YEAR)
    assert [r["basis"] for r in found] == ["annual"]  # (in a review of one year, the year's)


def test_a_flow_verb_before_an_amount_makes_it_the_periods_total():
    found = rows("五年来，治理水土流失面积860平方公里，安置搬迁群众2.1万人。", head=YEAR)
    assert [(r["basis"], r["first_year"]) for r in found] == [("cumulative", 2016)] * 2


def test_a_respectively_list_of_levels_reached_stays_the_end_years_levels():
    found = rows("五年来，创新能力明显增强，省级实验室、工程中心分别达到17家、25家。", head=YEAR)
    assert _periods(found) == [("省级实验室", 17, "annual", 2020, 2020), ("工程中心", 25, "annual", 2020, 2020)]


def test_a_figure_for_each_year_is_no_total_of_the_period():
    found = rows("五年来，民生持续改善，每年新增就业岗位近30万个。", head=YEAR)
    assert [r["basis"] for r in found] == ["annual"]


def test_a_share_of_a_second_whole_is_the_subjects_share_of_it():
    found = rows("民营企业增加值占全区生产总值的58.2%、税收的61.4%。", head=YEAR)
    assert [r["indicator"] for r in found] == ["民营企业增加值占全区生产总值", "民营企业增加值占税收"]


def test_a_share_whose_whole_is_not_said_is_no_outcome():
    assert rows("预算内支出中，教育卫生支出占21.6%。", head=YEAR) == []


def test_the_start_of_a_change_from_a_year_is_no_outcome_the_end_is():
    found = rows("五年来，企业退休人员基本养老金从2015年人均每月1200元提高到现在的1900元。", head=YEAR)
    assert [(r["indicator"], r["value"], r["year"]) for r in found] == [("企业退休人员基本养老金", 1900, 2020)]


def test_a_hedge_before_the_value_is_an_estimate_not_part_of_the_indicator():
    found = rows("全年粮食总产量可达到1500万吨，增长1.8%。办理外国人工作许可增长12%。", head=YEAR)
    assert [(r["indicator"], r["estimate"]) for r in found] == [
        ("粮食总产量", True), ("粮食总产量", True), ("办理外国人工作许可", False)]


def test_a_scope_of_each_one_goes_to_the_items_after_it():
    found = rows("实施强村计划，所有村年经常性收入超过80万元、经营性收入超过30万元。", head=YEAR)
    assert [r["indicator"] for r in found] == ["所有村年经常性收入", "所有村经营性收入"]


def test_a_qualifier_of_a_respectively_list_goes_to_every_item():
    found = rows("城镇企业职工工伤保险、生育保险覆盖面分别达到91%、93%。规上工业增加值、服务业增加值分别增长6%、5%。",
                 head=YEAR)
    assert [r["indicator"] for r in found] == ["城镇企业职工工伤保险覆盖面", "城镇企业职工生育保险覆盖面",
                                               "规上工业增加值", "服务业增加值"]
