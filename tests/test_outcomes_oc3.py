"""Issue 20, outcomes precision (third round): averages over the years, points that change a growth rate,
counts of the things an amount is of, part-year words and bare money verbs that name no measure."""

from __future__ import annotations

from test_outcomes import rows

FIVE = "各位代表：\n\n一、过去五年工作回顾\n\n"


def test_an_indicator_led_by_an_average_word_is_the_periods_average():
    found = rows("五年来，居民收入稳步增长，年均城镇调查失业率4.6%左右，年均新增城镇就业2.8万人。", head=FIVE)
    assert [(r["indicator"], r["value"], r["basis"], r["first_year"], r["year"]) for r in found] == [
        ("城镇调查失业率", 4.6, "average", 2016, 2020), ("新增城镇就业", 2.8, "average", 2016, 2020)]
    [conc] = rows("细颗粒物年均浓度降至32微克每立方米。")  # an annual mean of a concentration stays one year's
    assert conc["basis"] == "annual"


def test_points_after_a_growth_rate_change_that_rate():
    found = rows("社会消费品零售总额增长5%，比上年提高2.6个百分点；常住人口城镇化率达61%、提高1.1个百分点。")
    assert [(r["indicator"], r["value"], r["unit"]) for r in found] == [
        ("社会消费品零售总额", 5, "%"), ("社会消费品零售总额增速", 2.6, "个百分点"),
        ("常住人口城镇化率", 61, "%"), ("常住人口城镇化率", 1.1, "个百分点")]
    [pts] = rows("拉动地区生产总值增长0.8个百分点。")  # a contribution keeps its own words
    assert pts["indicator"].startswith("拉动") and not pts["indicator"].endswith("增速")


def test_a_count_before_the_noun_an_amount_measures_is_no_result_of_its_own():
    found = rows("农业提质增效，9家丙丁农业园入驻企业总产值28亿元。")
    assert [(r["indicator"], r["value"], r["unit"]) for r in found] == [("丙丁农业园入驻企业总产值", 28, "亿元")]
    found = rows("全年新增市场主体3200户、注册资本56亿元。")  # a count said as a result stays
    assert [r["value"] for r in found] == [3200, 56]


def test_a_part_of_the_year_is_no_indicator_for_the_whole_year_after_it():
    found = rows("经济企稳回升，二季度增长4%，四季度增长6.1%、高于全省0.4个百分点，全年增长5.2%。")
    assert [r["indicator"] for r in found if r["indicator"].endswith("季度")] == []


def test_bare_money_verbs_name_no_measure():
    assert rows("投资2800万元，对老城区供水管网进行改造。") == []
    [r] = rows("全年投入9亿元，实施民生项目26个。")
    assert (r["indicator"], r["value"]) == ("实施民生项目", 26)
    [r] = rows("全区民生投入9亿元。")  # an investment that names its object stays
    assert (r["indicator"], r["value"]) == ("民生投入", 9)


def test_a_list_of_counted_nouns_shares_the_predicate_after_its_last_item():
    found = rows("绿色发展扎实推进，2个县、3个园区、6家企业成为全省试点。")
    assert found == []  # (县成为全省试点: a whole clause, a subject with its 成为 predicate, is no indicator; outc5)
    found = rows("5个乡村和12个社区入选省级示范名单。")
    assert [r["indicator"] for r in found] == ["乡村入选省级示范名单", "社区入选省级示范名单"]
    found = rows("全年新建学校3所、新增学位2400个。")  # items that name their own verb keep it
    assert [r["indicator"] for r in found] == ["新建学校", "新增学位"]


def test_enrolment_with_no_school_named_is_no_indicator():
    assert rows("各地还办了一批业余学校，在校生二十多万人。") == []
    [r] = rows("普通高校在校生达到8.6万人。")
    assert r["indicator"] == "普通高校在校生"


def test_a_share_of_an_unowned_measure_after_a_named_subject_is_that_subjects():
    found = rows("甲乙产业营收增长18%，增加值占规上工业比重达21%、提高2个百分点。")
    assert [r["indicator"] for r in found] == ["甲乙产业营收", "甲乙产业增加值占规上工业比重", "甲乙产业增加值占规上工业比重"]


def test_a_bare_rate_names_no_measure():
    [r] = rows("筹集保障性住房2100套、完成率118%。")
    assert (r["indicator"], r["value"]) == ("筹集保障性住房", 2100)


def test_a_running_total_after_things_new_in_a_place_drops_the_new_word():
    found = rows("甲乙两个产业园区新落地过亿元项目21个、累计达67个。")
    assert [(r["indicator"], r["value"]) for r in found] == [
        ("甲乙两个产业园区新落地过亿元项目", 21), ("甲乙两个产业园区过亿元项目", 67)]


def test_a_quoted_name_holding_a_list_mark_stays_whole():
    found = rows("办理人大代表建议120件、“甲乙提建议、丙丁在行动”意见建议500件。")
    assert [r["indicator"] for r in found] == ["办理人大代表建议", "办理“甲乙提建议、丙丁在行动”意见建议"]


def test_an_item_holding_another_figure_names_nothing():
    found = rows("全年出让采矿权41宗、成交价18.5亿元。")
    assert all("宗" not in r["indicator"] for r in found)
    [r] = rows("建成地铁6号线、8号线二期共52公里。")  # numbers that name lines (or models, X800、X900) stay
    assert r["value"] == 52 and "6号线" in r["indicator"]
    [m] = rows("实施X800、X900碳纤维等攻关项目5项。")
    assert m["value"] == 5
