"""Issue 20, outcomes precision (round outc3): the period of a review of years is not narrowed for good by
one year named in passing, nor by a shorter span named in another section."""

from __future__ import annotations

from test_outcomes import rows

PLAN5 = "各位代表：\n\n一、“十二五”时期工作回顾\n\n"


def _periods(found):
    return [(r["indicator"], r["value"], r["basis"], r["first_year"], r["year"]) for r in found]


def test_a_year_named_after_the_first_clause_does_not_turn_the_paragraphs_after_it_to_that_year():
    found = rows("完善种粮补贴制度，补贴资金去年达到12亿元。\n\n加强水利建设，新建小型水库36座。", head=PLAN5)
    assert _periods(found)[-1] == ("新建小型水库", 36, "cumulative", 2011, 2015)


def test_a_paragraph_that_opens_with_a_year_still_turns_to_it():
    found = rows("2015年，全市新建小型水库36座。\n\n加强交通建设，新建桥梁18座。", head=PLAN5)
    assert _periods(found)[-1] == ("新建桥梁", 18, "annual", 2015, 2015)
    found = rows("五年来，新建学校12所。\n\n各位代表，刚刚过去的2015年，我们新建桥梁18座。\n\n加强交通建设，新建码头9座。",
                 head=PLAN5)
    assert _periods(found)[-1] == ("新建码头", 9, "annual", 2015, 2015)


def test_a_shorter_span_named_in_one_section_does_not_hold_in_the_next():
    body = ("（一）稳增长。\n\n近两年，我们新建标准厂房12万平方米。\n\n加强水利建设，新建桥梁18座。\n\n"
            "（二）惠民生。\n\n改造农村危房2.3万户。")
    found = rows(body, head="各位代表：\n\n一、过去五年工作回顾\n\n")
    assert _periods(found)[0][2:] == ("cumulative", 2019, 2020)
    assert _periods(found)[-1] == ("改造农村危房", 2.3, "cumulative", 2016, 2020)


YEAR = "各位代表：\n\n一、2020年工作回顾\n\n"


def _names(body):
    return [(r["indicator"], r["value"]) for r in rows(body, head=YEAR)]


def test_a_clause_with_a_modal_or_disposal_marker_is_no_indicator():
    assert _names("我们坚持把可用财力的75%用于民生。") == []
    assert _names("全年有3000余户居民的住房条件将得到改善。") == []


def test_a_count_of_things_under_way_is_no_result():
    assert _names("东区等5个重点园区加快打造成区域增长极。") == []
    assert _names("26项重点合作事项加快落地。") == []
    assert _names("新增省级孵化器6家、加速器3家。") == [("新增省级孵化器", 6), ("新增加速器", 3)]


def test_a_clause_with_its_own_object_or_a_preposition_after_already_is_no_indicator():
    assert _names("12万人参与的灯会点亮了古城的夜空。") == []
    assert _names("试验区形成的26项经验已向全省复制推广。") == []


def test_a_modifier_left_without_its_noun_is_no_indicator():
    assert all(name != "省重点" for name, _v in _names("31个省重点、215个市重点项目均超额完成年度投资计划。"))


def test_a_word_cut_in_two_at_the_indicators_start_is_made_whole():
    assert _names("全年及时救助困难群众3.2万人。") == [("救助困难群众", 3.2)]


def test_a_generic_noun_whose_qualifiers_stand_before_the_number_is_dropped():
    assert _names("落实促进农民增收的12项措施。") == []
    assert _names("市场主体达到8.6万户，其中企业2.1万户。")[-1] == ("企业", 2.1)


def test_a_count_of_the_set_whose_amount_is_given_is_no_result():
    assert _names("种养等8条重点产业链产值突破500亿元。") == [("重点产业链产值", 500)]
    assert all(v != 140 for _n, v in _names("140个村集体经济收入全部突破10万元。"))


def test_a_total_said_with_lei_ji_in_a_review_of_one_year_is_a_running_total():
    [r] = rows("各级干部累计走访企业2.3万家次。", head=YEAR)
    assert (r["basis"], r["first_year"], r["year"]) == ("cumulative", None, 2020)
    [r] = rows("各级干部全年累计走访企业2.3万家次。", head=YEAR)  # (the year's own total)
    assert (r["basis"], r["first_year"]) == ("annual", 2020)


def test_one_projects_duration_is_an_anecdote_not_an_outcome():
    assert _names("某新材料项目从签约到投产仅用时9个月。") == []
    assert _names("空气质量优良天数达到301天。") == [("空气质量优良天数", 301)]


def test_a_figure_in_the_frame_of_its_sentence_is_no_indicator_of_its_own():
    found = _names("在较大规模减税降费总额超过300亿元、拉低收入增幅5个百分点的情况下，区级一般公共预算收入增长2.1%。")
    assert all(not name.startswith("在") for name, _v in found) and found[-1] == ("区级一般公共预算收入", 2.1)
    assert _names("在我们这样一个近九千万人口的省份，粮食总产量达到600亿斤。") == [("粮食总产量", 600)]
    assert _names("在校学生总数达到18万人。") == [("在校学生总数", 18)]


def test_a_list_sharing_trade_both_ways_keeps_both_ways_in_each_item():
    found = _names("对日本、东盟进出口总额分别增长12.1%、5.2%。")
    assert found == [("对日本进出口总额", 12.1), ("东盟进出口总额", 5.2)]
    assert _names("进口、出口总额分别增长3%、4%。") == [("进口总额", 3), ("出口总额", 4)]
    assert ("实际利用外资进出口", 1) not in _names("实际利用外资、外贸进出口分别增长1%、20%。")
