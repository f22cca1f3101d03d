"""Reading results out of a report's review, rule by rule, on sentences written for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from helpers import META, doc
from policydata.extract.outcomes import government_level, outcome_rows
from policydata.extract.outline import parse_outline

REVIEW = "各位代表：\n\n一、2020年工作回顾\n\n"
PLAN = "\n\n二、2021年工作安排\n\n（一）重点工作\n\n加快项目建设。全年实施重点项目30个。\n"


def rows(body: str, head: str = REVIEW, tail: str = PLAN, region_code: str = "110105") -> list[dict]:
    d = doc(head + body + tail)
    d = dataclasses.replace(d, meta=dataclasses.replace(META, region_code=region_code))
    out = outcome_rows(parse_outline(d))
    for r in out:  # offsets are exact: the published text at the span is the source text
        assert d.text[r["char_start"]:r["char_end"]] == r["source_text"]
    return out


def brief(r: dict) -> tuple:
    return (r["indicator"], r["indicator_code"], r["direction"], r["value"], r["unit"], r["year"], r["basis"])


def test_growth_over_the_year_before():
    [level, growth] = rows("过去一年，全区地区生产总值完成120.5亿元，比上年增长6.2%。")
    assert brief(level) == ("地区生产总值", "gdp", None, 120.5, "亿元", 2020, "annual")
    assert level["base_value"] == 12050000000 and level["base_unit"] == "元"
    assert brief(growth) == ("地区生产总值", "gdp_growth", "up", 6.2, "%", 2020, "annual")
    assert growth["first_year"] == 2020 and growth["comparator"] is None and growth["estimate"] is False


def test_completed_amount_then_growth_takes_the_subject_before():
    found = rows("一般公共预算收入完成8.6亿元，增长4.1%；社会消费品零售总额完成45亿元，增长5%。")
    assert [(r["indicator_code"], r["value"]) for r in found] == [
        ("budget_revenue", 8.6), ("budget_revenue_growth", 4.1), ("retail_sales", 45), ("retail_sales_growth", 5)]
    assert all(r["year"] == 2020 for r in found)


def test_growth_verb_that_names_the_indicator():
    [r] = rows("去年经济增长8.1%，发展质量稳步提升。")
    assert brief(r) == ("经济增长", "gdp_growth", "up", 8.1, "%", 2020, "annual")


def test_full_width_figures_map_back_to_exact_offsets():
    [r] = rows("城镇居民人均可支配收入增长６．５％。")
    assert (r["indicator_code"], r["value"], r["source_text"]) == ("urban_income_growth", 6.5, "城镇居民人均可支配收入增长６．５％")


def test_five_year_review_gives_the_period():
    found = rows("五年来，地区生产总值由2015年的80亿元增加到2020年的120亿元，年均增长8.4%；城镇新增就业累计3.2万人。")
    level, average, jobs = found
    assert brief(level) == ("地区生产总值", "gdp", None, 120, "亿元", 2020, "annual")
    assert brief(average)[:6] == ("地区生产总值", "gdp_growth", "up", 8.4, "%", 2020)
    assert (average["basis"], average["first_year"]) == ("average", 2016)
    assert (jobs["indicator_code"], jobs["basis"], jobs["first_year"], jobs["base_value"]) == (
        "new_urban_jobs", "cumulative", 2016, 32000)


def test_five_year_part_and_growth_since_a_base_year():
    head = "各位代表：\n\n一、过去五年工作回顾\n\n"
    found = rows("2020年，全区地区生产总值达到120亿元，比2015年增长50%，年均增长8.4%。", head=head)
    assert [(r["value"], r["year"], r["first_year"], r["basis"]) for r in found] == [
        (120, 2020, 2020, "annual"), (50, 2020, 2016, "cumulative"), (8.4, 2020, 2016, "average")]


def test_a_year_named_in_the_sentence():
    [r] = rows("2019年，地区生产总值增长7%。")
    assert (r["year"], r["value"]) == (2019, 7)


def test_estimates_are_marked_not_mixed_with_results():
    found = rows("城镇新增就业1万人。预计全年固定资产投资增长5%左右。城镇登记失业率为3.2%。")
    assert [(r["indicator_code"], r["comparator"], r["estimate"]) for r in found] == [
        ("new_urban_jobs", None, False), ("fixed_asset_investment_growth", "approx", True),
        ("registered_unemployment", None, False)]


def test_a_paragraph_opening_with_an_estimate_is_all_estimates():
    found = rows("预计全年固定资产投资增长5%左右。城镇登记失业率为3.2%。\n\n城镇新增就业1万人。")
    assert [(r["indicator_code"], r["estimate"]) for r in found] == [
        ("fixed_asset_investment_growth", True), ("registered_unemployment", True), ("new_urban_jobs", False)]
    found = rows("根据初步预计，全区工业总产值完成300亿元。农业总产值80亿元，比上年增长4%。")
    assert [r["estimate"] for r in found] == [True, True, True]


def test_comparators_where_the_text_has_one():
    found = rows("实际利用外资超过2亿美元，粮食总产量达到25万吨以上，城镇新增就业近1万人。")
    assert [(r["indicator_code"], r["comparator"], r["base_value"]) for r in found] == [
        ("foreign_capital", "gt", 200000000), ("grain_output", "ge", 250000), ("new_urban_jobs", "approx", 10000)]


def test_respectively_pairs_values_with_subjects():
    found = rows("城镇、农村居民人均可支配收入分别增长5.2%和7.1%。")
    assert [(r["indicator"], r["value"]) for r in found] == [
        ("城镇居民人均可支配收入", 5.2), ("农村居民人均可支配收入", 7.1)]
    found = rows("城镇居民人均可支配收入3.2万元，农村居民人均可支配收入1.8万元，分别增长5%和7%。")
    assert [(r["indicator_code"], r["value"]) for r in found] == [
        ("urban_income", 3.2), ("rural_income", 1.8), ("urban_income_growth", 5), ("rural_income_growth", 7)]


def test_figures_of_other_places_are_ignored():
    body = ("全省生产总值增长6.5%，高于全国平均水平0.4个百分点。全国居民消费价格上涨2.5%，"
            "全省居民消费价格上涨2.1%。世界经济增长3%。全省进出口总额占全国的比重为3.1%。")
    found = rows(body, region_code="130000")
    assert [(r["indicator"], r["value"]) for r in found] == [
        ("生产总值", 6.5), ("居民消费价格", 2.1), ("进出口总额占全国的比重", 3.1)]
    # a national report's own figures are 全国 figures
    [r] = rows("全国居民消费价格上涨2.5%。", region_code="100000")
    assert (r["indicator_code"], r["value"]) == ("cpi", 2.5)


def test_targets_cited_in_the_review_are_not_results():
    found = rows("地区生产总值增长5.8%，略低于6%的预期目标；城镇新增就业1.2万人，完成市下达的1万人任务。")
    assert [(r["indicator_code"], r["value"]) for r in found] == [("gdp_growth", 5.8), ("new_urban_jobs", 1.2)]


def test_sentences_about_the_plan_year_are_not_results():
    found = rows("全年地区生产总值增长5%。今年地区生产总值预期增长6%左右，城镇登记失业率控制在4%以内。")
    assert [(r["value"], r["year"]) for r in found] == [(5, 2020)]


def test_review_sentences_in_the_preamble():
    text = ("各位代表：\n\n过去一年，全区地区生产总值增长5%，一般公共预算收入增长3%。\n\n"
            "2021年是“十四五”开局之年。今年经济社会发展的主要预期目标是：地区生产总值增长6%。")
    found = rows("", head=text, tail="\n")
    assert [(r["indicator_code"], r["value"], r["year"], r["program_id"]) for r in found] == [
        ("gdp_growth", 5, 2020, None), ("budget_revenue_growth", 3, 2020, None)]


def test_plan_parts_hold_no_results_unless_a_sentence_turns_to_the_past():
    tail = "\n\n二、2021年工作安排\n\n（一）发展经济\n\n地区生产总值增长6%。去年，全区城镇新增就业1.5万人。\n"
    found = rows("地区生产总值增长5%。", tail=tail)
    assert [(r["indicator_code"], r["value"]) for r in found] == [("gdp_growth", 5), ("new_urban_jobs", 1.5)]


def test_ids_are_stable_and_distinct():
    a = rows("地区生产总值增长5%。一般公共预算收入增长3%。")
    b = rows("地区生产总值增长5%。一般公共预算收入增长3%。")
    assert [r["outcome_id"] for r in a] == [r["outcome_id"] for r in b]
    assert len({r["outcome_id"] for r in a}) == 2


@pytest.mark.parametrize("code, level", [("100000", "national"), ("130000", "province"), ("130600", "city"),
                                         ("150702", "county")])
def test_government_level(code, level):
    assert government_level(code) == level


def test_a_paragraph_that_opens_with_a_time_sets_the_paragraphs_after_it():
    head = "各位代表：\n\n一、过去一年和五年工作回顾\n\n"
    body = ("过去五年，我们砥砺前行。\n\n——经济实力明显增强。单位地区生产总值能耗下降15%。\n\n"
            "刚刚过去的2020年，各项目标任务全面完成。\n\n——经济平稳运行。单位地区生产总值能耗下降3%。")
    found = rows(body, head=head)
    assert [(r["value"], r["year"], r["first_year"], r["basis"]) for r in found] == [
        (15, 2020, 2016, "cumulative"), (3, 2020, 2020, "annual")]


def test_a_year_framed_or_tied_to_a_value_is_not_the_sentence_time():
    found = rows("在2018年较快增长的基础上，2019年地区生产总值增长6%。")
    assert [(r["value"], r["year"]) for r in found] == [(6, 2019)]
    head = "各位代表：\n\n一、“十三五”时期发展成就\n\n"
    found = rows("地区生产总值2015年为80亿元，2020年超过120亿元，年均增长8%。", head=head)
    assert [(r["value"], r["year"], r["first_year"], r["basis"]) for r in found] == [
        (80, 2015, 2015, "annual"), (120, 2020, 2020, "annual"), (8, 2020, 2016, "average")]


def test_years_a_value_spans():
    found = rows("地区生产总值五年年均增长6.1%，十年增加60亿元、年均增长7.2%。")
    assert [(r["value"], r["first_year"], r["basis"]) for r in found] == [
        (6.1, 2016, "average"), (60, 2011, "cumulative"), (7.2, 2011, "average")]


# --- periods, budgets and comparisons (issue 20) -------------------------------------------------

def test_a_two_year_review_gives_its_period():
    [r] = rows("这两年，全区蔬菜产量增长12%。")
    assert (r["year"], r["first_year"], r["basis"]) == (2020, 2019, "cumulative")


def test_from_a_year_to_a_year_gives_the_end_value_of_the_end_year():
    for text in ("全区商品零售额由一九七六年的80亿元增加到一九八〇年的130亿元。",
                 "全区商品零售额由1976年的80亿元增加到1980年的130亿元。"):
        [r] = rows(text)
        assert (r["indicator"], r["value"], r["year"]) == ("商品零售额", 130, 1980)


def test_budget_figures_are_not_results_but_the_actual_figure_is():
    found = rows("去年地方税收收入预算为90亿元，实际完成93亿元，完成年初预算的103%。")
    assert [(r["indicator"], r["value"]) for r in found] == [("地方税收收入", 93)]
    [r] = rows("去年省预算内基建投资完成12亿元。")
    assert r["value"] == 12


def test_comparisons_are_not_results():
    found = rows("去年全区工业增加值达到300亿元，是2016年的2倍，增速快于全区经济增长1.5个百分点；"
                 "城镇化率达到58%，比上年提高1.1个百分点。")
    assert [(r["indicator"], r["value"], r["unit"]) for r in found] == [
        ("工业增加值", 300, "亿元"), ("城镇化率", 58, "%"), ("城镇化率", 1.1, "个百分点")]


def test_a_middle_dot_between_digits_is_a_decimal_point():
    [r] = rows("去年全区粮食产量增长4·5%。")
    assert r["value"] == 4.5


def test_a_verb_or_a_bare_share_is_no_indicator():
    found = rows("去年全区20个重点项目8个竣工、12个加快建设；外送电量300亿千瓦时、占全国5%。")
    assert all(r["indicator"] not in ("加快", "占全国") for r in found)


def test_a_year_after_since_is_a_base_not_the_time_of_the_sentence():
    found = rows("这一年，全区遭遇自1961年有记录以来最严重的干旱，粮食产量仍达到50万吨。")
    assert [(r["indicator"], r["year"]) for r in found] == [("粮食产量", 2020)]


def test_list_items_share_the_measured_property_and_keep_their_own_words():
    found = rows("去年全区高技术产业、装备制造业增加值分别增长9%、7%；蔬菜产量首次跃上80万吨新台阶、亩产提升12斤。")
    assert [(r["indicator"], r["value"]) for r in found] == [
        ("高技术产业增加值", 9), ("装备制造业增加值", 7), ("蔬菜产量", 80), ("亩产", 12)]


def test_thresholds_of_a_class_and_parts_of_a_text_are_not_results():
    assert rows("去年全区产值过50亿元、20亿元企业分别达到3家和7家。") == []
    assert rows("去年全区重点抓了以下六个方面的工作。") == []


def test_a_span_of_years_is_not_a_result_and_old_forms_of_about_are_read():
    found = rows("四十年来，全区面貌发生巨大变化。去年全区蔬菜产量約为58万吨。")
    assert [(r["indicator"], r["value"], r["comparator"]) for r in found] == [("蔬菜产量", 58, "approx")]


def test_a_start_with_a_comparator_a_streak_and_a_total_after_a_count():
    found = rows("过去五年，全区地区生产总值从不到70亿元增加到超过100亿元。去年全区城乡低保标准连续12年提高。"
                 "去年全区认证绿色食品40个，总数达到300个。")
    assert [(r["indicator"], r["value"]) for r in found] == [
        ("地区生产总值", 100), ("认证绿色食品", 40), ("认证绿色食品总数", 300)]


@pytest.mark.parametrize("text, expected", [
    ("去年全区居民养老金最低标准从每月100元提高到120元。", [("居民养老金最低标准", 120)]),
    ("去年全区配套企业增至800家。", [("配套企业", 800)]),
    ("去年全区新增24小时自助图书馆12家。", [("自助图书馆", 12)]),
    ("去年全区特困供养标准年人均提高300元。", [("特困供养标准年人均", 300)]),
    ("去年全区某某基地等超30亿元项目加快建设。", []),
    ("去年，全区争取每年新增装机50万千瓦以上。", []),
    ("去年，我们共同经历了六件大事。", []),
])
def test_plans_thresholds_names_and_narrative_counts_are_not_results(text, expected):
    assert [(r["indicator"], r["value"]) for r in rows(text)] == expected


def test_the_noun_of_a_count_ends_at_the_verb_after_it_and_unit_rests_are_no_indicator():
    found = rows("去年全区国道等25个重点工程完成投资80亿元。去年全区宽带普及率达40部/百人。")
    assert [(r["indicator"], r["value"]) for r in found] == [("重点工程完成投资", 80)]  # (the 25 says whose: scope)


def test_the_cost_of_one_facility_and_a_set_of_types_are_not_results():
    found = rows("去年，总投资30亿元的物流园区已开工，新建污水处理厂4座。我们按城区、集镇、村庄3种类型分类推进改造。")
    assert [(r["indicator"], r["value"]) for r in found] == [("新建污水处理厂", 4)]


def test_the_cost_of_one_facility_after_a_comparator_is_not_a_result():
    """投资约120亿元的X项目投产: 约 between the cost word and the figure, still the size of one thing."""
    found = rows("去年，投资约120亿元的临江石化一体化项目全面投产，总投资超50亿元的港区二期开工，新建厂房8万平方米。")
    assert [(r["indicator"], r["value"]) for r in found] == [("新建厂房", 8)]


def test_numbers_sharing_the_last_ones_unit_are_no_subject():
    """分别提高8.2、10.5个百分点: the numbers before the last are no indicator of it; each takes the unit
    written once at the end and goes with its own item, as a lone 提高8.2个百分点 does."""
    found = rows("去年，民间投资、产业投资占比分别达47.1%、60.4%，分别提高8.2、10.5个百分点。")
    assert [(r["indicator"], r["value"], r["unit"]) for r in found] == [
        ("民间投资占比", 47.1, "%"), ("产业投资占比", 60.4, "%"),
        ("民间投资占比", 8.2, "个百分点"), ("产业投资占比", 10.5, "个百分点")]


def test_a_stock_after_new_things_is_the_stock_of_those_things():
    """新增经营主体3万户、存量突破60万户: 存量 alone says nothing; it is the stock of what was added to."""
    found = rows("去年，新增各类经营主体3万户、存量突破60万户。")
    assert [(r["indicator"], r["value"]) for r in found] == [("新增各类经营主体", 3), ("各类经营主体存量", 60)]


def test_a_net_change_is_a_direction_not_part_of_the_subject():
    """净减少 / 净增加: the net change of the subject, 净 no word of its name."""
    found = rows("去年，全县耕地面积净增加1.2万亩，水土流失面积净减少30平方公里。")
    assert [(r["indicator"], r["value"], r["direction"]) for r in found] == [
        ("耕地面积", 1.2, "up"), ("水土流失面积", 30, "down")]


def test_a_count_of_rules_is_the_title_of_a_policy_not_a_result():
    found = rows("去年，我们出台稳就业18条、助企纾困12条一揽子政策，兑现9条奖补政策，新建道路25条。")
    assert [(r["indicator"], r["value"]) for r in found] == [("新建道路", 25)]


def test_a_size_that_sorts_the_things_counted_is_not_the_result():
    found = rows("去年全区新签约5亿元以上项目31个，完成投资80亿元以上。")
    assert [(r["value"], r["unit"]) for r in found] == [(31, "个"), (80, "亿元")]


def test_a_lone_word_or_a_bare_grade_names_no_result():
    found = rows("去年全区新完成50万平方米改造，争取国家级试点3项、省级12项，筹措8亿元撬动贷款90亿元，新建学校4所。")
    assert all(r["indicator"] not in ("新", "省级", "筹措") for r in found)
    assert ("新建学校", 4) in [(r["indicator"], r["value"]) for r in found]


def test_a_span_of_years_written_as_its_ends_is_the_period():
    found = rows("2006年到2020年，全区工业产值由30亿元增加到260亿元，规模扩大了7.7倍，年均增长15.5%。")
    assert [(r["value"], r["year"], r["first_year"], r["basis"]) for r in found] == [
        (260, 2020, 2020, "annual"), (7.7, 2020, 2006, "cumulative"), (15.5, 2020, 2006, "average")]
    [r] = rows("在一九六一年至一九七〇年的十年间，全区农机站由一九六〇年的三百多个增加到九百多个（不含社办农机站）。")
    assert (r["indicator"], r["value"], r["year"]) == ("农机站", 900, 1970)


def test_list_items_share_a_head_of_investment_trade_or_revenue():
    found = rows("去年全区交通、水利投资分别增长9.4%、9.1%，机电产品、农产品出口分别增长12%和8%。")
    assert [r["indicator"] for r in found] == ["交通投资", "水利投资", "机电产品出口", "农产品出口"]


def test_a_start_per_household_an_estimate_word_and_the_year_before_in_full():
    found = rows("去年全区低保补助标准由每户150元提高到900元。去年，全区财政收入预计突破30亿元。"
                 "去年全区地区生产总值比上一年增长百分之七。")
    assert [(r["indicator"], r["value"], r["estimate"]) for r in found] == [
        ("低保补助标准", 900, False), ("财政收入", 30, True), ("地区生产总值", 7, False)]


def test_a_milestone_and_the_count_before_a_rate_are_not_the_noun_or_the_result():
    found = rows("去年全区税收收入首次突破50亿元大关。去年全区9个考核断面水质达标率达100%。")
    assert [(r["indicator"], r["value"]) for r in found] == [("税收收入", 50), ("考核断面水质达标率", 100)]


def test_the_size_of_one_fund_and_a_lone_verb_are_not_results():
    found = rows("去年，全区发放总规模12.5亿元的40个专项债券项目，设立总规模8亿元的产业引导基金。")
    assert [(r["indicator"], r["value"]) for r in found] == [("专项债券项目", 40)]
    assert rows("去年全区工作扎实。\n\n著名商标\n\n发展到25个。") == []


def test_more_than_between_a_magnitude_and_its_unit_and_counts_of_visits():
    found = rows("去年全区新增城镇就业1.2万余人，走访服务企业2.3万家次。")
    assert [(r["indicator"], r["value"], r["unit"], r["comparator"]) for r in found] == [
        ("新增城镇就业", 1.2, "万人", "gt"), ("走访服务企业", 2.3, "万家次", None)]


def test_revenue_of_a_budget_a_streak_and_items_of_a_plan():
    found = rows("去年全区一般公共预算总收入55.6亿元、增长0.8%。去年全区经济增速连续5个季度高于全省。"
                 "去年全区18项重点任务全面完成，新建学校5所。")
    assert [(r["indicator"], r["value"]) for r in found] == [
        ("一般公共预算总收入", 55.6), ("一般公共预算总收入", 0.8), ("新建学校", 5)]


def test_a_shared_share_after_a_head_a_note_in_brackets_and_a_verb_with_居():
    found = rows("去年全区产业投资、民间投资占比分别达80%、70%，建设筹措1.1万套（间）保障性租赁住房，"
                 "推动1.2万户农民相对集中居住。去年全区13亿多人口的市场优势明显。")
    assert [(r["indicator"], r["value"]) for r in found] == [
        ("产业投资占比", 80), ("民间投资占比", 70), ("保障性租赁住房", 1.1), ("农民相对集中居住", 1.2)]


def test_a_part_in_brackets_has_its_own_indicator_and_an_equivalent_is_no_result():
    found = rows("去年全区新增托位6870个（其中普惠托位5505个），新开工5亿元（3000万美元）以上产业项目13个。")
    assert [(r["indicator"], r["value"]) for r in found] == [("新增托位", 6870), ("普惠托位", 5505), ("产业项目", 13)]


def test_a_count_that_names_a_doctrine_is_no_result():
    found = rows("去年，我们坚持和平共处五项原则，落实十条方针，新建公园3个。")
    assert [(r["indicator"], r["value"]) for r in found] == [("新建公园", 3)]


def test_a_total_after_a_count_of_new_things_is_of_the_things():
    found = rows("去年全区新增公园14座、累计达到97座，经营主体净增3.6万户、总数超32万户。")
    assert [(r["indicator"], r["value"]) for r in found] == [
        ("新增公园", 14), ("公园", 97), ("经营主体净增", 3.6), ("经营主体总数", 32)]


def test_things_under_way_are_not_results_and_a_span_from_a_year_to_a_year_is_the_period():
    assert [(r["indicator"], r["value"]) for r in rows("去年全区20个产业项目加快建设，新建学校3所。")] == [("新建学校", 3)]
    [r] = rows("从一九七九年到一九八一年，全区财政收入增加四十四亿元。")
    assert (r["year"], r["first_year"], r["basis"]) == (1981, 1979, "cumulative")


def test_a_rate_set_against_and_words_of_narration_around_a_rate():
    found = rows("从一九六〇年到一九八〇年，全区农业总产值平均每年递增的速度是百分之三点四，"
                 "远远超过一九五〇年到一九五九年平均每年增长百分之二点二的速度，而财政收入却下降了百分之三点三。")
    assert [(r["indicator"], r["value"], r["first_year"], r["basis"]) for r in found] == [
        ("农业总产值", 3.4, 1960, "average"), ("财政收入", 3.3, 1960, "cumulative")]


def test_the_noun_of_a_count_of_new_things_ends_before_the_total():
    found = rows("去年全区新增35家省级专精特新企业、总数达270家，新建改造高标准农田54万亩、达到682万亩。")
    assert [(r["indicator"], r["value"]) for r in found] == [
        ("新增省级专精特新企业", 35), ("省级专精特新企业总数", 270), ("新建改造高标准农田", 54), ("高标准农田", 682)]


def test_a_noun_ending_in_a_stripped_word_is_kept_whole_and_actions_being_carried_out_are_not_results():
    found = rows("去年全区新建天气雷达1部，39项便民行动深入实施。")
    assert [(r["indicator"], r["value"]) for r in found] == [("新建天气雷达", 1)]


def test_a_total_passed_the_noun_before_a_total_funding_of_one_programme_and_约_of_签约():
    found = rows("去年全区经营主体净增9.8万户、突破190万户，集中签约39个重大项目、总投资超400亿元，"
                 "投入3亿元实施技能提升工程，完成投资8亿元。")
    assert [(r["indicator"], r["value"], r["comparator"]) for r in found] == [
        ("经营主体净增", 9.8, None), ("经营主体", 190, "gt"), ("重大项目", 39, None), ("重大项目总投资", 400, "gt")]
    # (完成投资8亿元: a bare 投资 does not say what was invested in; issue 20's audits judge it no indicator)


def test_only_and_a_per_volume_before_the_value_are_not_the_indicator():
    found = rows("去年全区PM2.5浓度降至每立方米37微克、下降7.7%，城镇用水量仅增长1.2%。")
    assert [(r["indicator"], r["value"]) for r in found] == [("PM2.5浓度", 37), ("PM2.5浓度", 7.7), ("城镇用水量", 1.2)]


def test_a_focus_a_count_of_ranks_and_the_set_counted_from_are_not_results():
    found = rows("去年全区聚焦11条重点产业链开展招商，16项指标中10项居前3位、5项排全省第二，"
                 "20家企业上榜中国品牌价值榜、列全省第2位，新建高中2所。")
    assert [(r["indicator"], r["value"]) for r in found] == [("企业上榜中国品牌价值榜", 20), ("新建高中", 2)]


def test_a_share_of_another_year_and_a_year_after_a_comparison_verb_are_not_the_time():
    found = rows("去年全区旅游人次、旅游总收入分别恢复到2019年的104.9%、110.3%。全区旅游经济全面超过2019年同期水平。"
                 "全区湖区水质创1979年有监测记录以来最好水平，新增商标19件。")
    assert [(r["indicator"], r["value"], r["year"]) for r in found] == [("新增商标", 19, 2020)]


def test_a_span_of_years_opening_a_clause_is_the_period():
    found = rows("2012年，全区经济总量破千亿。8年来，全区生产总值增长80%、达到2000亿元。")
    assert [(r["value"], r["year"], r["first_year"], r["basis"]) for r in found] == [
        (80, 2020, 2013, "cumulative"), (2000, 2020, 2020, "annual")]


def test_in_a_multi_year_review_a_small_bare_rate_after_a_level_is_that_years():
    found = rows("8年来，全区生产总值2000亿元、增长5.6%。五年来，全区工业产值由80亿元增加到120亿元、增长50%。")
    assert [(r["value"], r["year"], r["first_year"], r["basis"]) for r in found] == [
        (2000, 2020, 2020, "annual"), (5.6, 2020, 2020, "annual"), (120, 2020, 2020, "annual"), (50, 2020, 2016, "cumulative")]


def test_a_record_and_a_streak_are_not_periods():
    found = rows("五年来，全区企业贷款利率降至十年来最低，银行贷款余额年均增长8.8%。去年全区上重点高校人数连续两年增长10%以上。")
    assert [(r["indicator"], r["value"], r["first_year"], r["basis"]) for r in found] == [
        ("银行贷款余额", 8.8, 2016, "average"), ("上重点高校人数", 10, 2020, "annual")]


def test_a_class_sorted_by_size_names_its_count_and_a_total_a_plan_in_a_name_and_破零():
    found = rows("去年全区新引进10亿元以上产业项目85个，其中100亿元以上项目7个、总投资900亿元。"
                 "13个项目入选国家“十四五”规划重大工程项目库。179家外贸企业破零倍增。新增绿色认证产品20个、总量达135个。")
    assert [(r["indicator"], r["value"]) for r in found] == [
        ("新引进10亿元以上产业项目", 85), ("新引进100亿元以上项目", 7),
        ("项目入选国家“十四五”规划重大工程项目库", 13), ("外贸企业破零倍增", 179),
        ("新增绿色认证产品", 20), ("绿色认证产品", 135)]


def test_a_size_class_after_another_is_not_joined_to_the_count_before_it():
    found = rows("去年全区新签约项目200个，其中10亿元及以上项目95个、50亿元及以上项目25个。")
    assert [(r["indicator"], r["value"]) for r in found] == [
        ("新签约项目", 200), ("新签约10亿元及以上项目", 95), ("新签约50亿元及以上项目", 25)]


def test_a_list_of_values_ending_in_a_target_the_length_of_one_road_and_the_size_of_a_plan_item():
    found = rows("去年全区提前一年实现学生人均公用经费500元和300元的目标，全长130公里的旅游公路全线贯通，"
                 "完成1800户、18万平方米棚改任务，新建学校3所。")
    assert [(r["indicator"], r["value"]) for r in found] == [("新建学校", 3)]


def test_及_inside_a_word_does_not_end_a_counted_noun_and_vehicle_trips_are_a_unit():
    found = rows("去年全区3个县通过国家学前教育普及普惠县创建验收，跨境自驾车辆突破45万辆次。")
    assert [(r["indicator"], r["value"], r["unit"]) for r in found] == [
        ("县通过国家学前教育普及普惠县创建验收", 3, "个"), ("跨境自驾车辆", 45, "万辆次")]


def test_a_measured_item_takes_the_head_of_the_first_and_a_class_may_have_two_sizes():
    found = rows("去年全区粮食播面、总产分别达96.8万亩、7.4亿斤，规上制造业亩均税收可比增长13.2%，"
                 "新增入库超10亿元或1亿美元项目46个。")
    assert [(r["indicator"], r["value"]) for r in found] == [
        ("粮食播面", 96.8), ("粮食总产", 7.4), ("规上制造业亩均税收", 13.2), ("新增入库超10亿元或1亿美元项目", 46)]


def test_the_class_of_a_count_ends_before_its_verb_and_needs_a_noun():
    found = rows("去年全区产值过50亿元的企业达到3家，统筹实施总投资超3200亿元的100个重大项目。")
    assert [(r["indicator"], r["value"]) for r in found] == [("产值过50亿元的企业", 3), ("重大项目", 100)]


def test_counts_done_in_a_multi_year_review_are_its_totals_and_回升_is_a_change():
    found = rows("五年来，全区淘汰老旧车20多万辆，高新技术企业达到240家。去年全区地下水位较2018年回升4.5米。")
    assert [(r["indicator"], r["value"], r["first_year"], r["basis"]) for r in found] == [
        ("淘汰老旧车", 20, 2016, "cumulative"), ("高新技术企业", 240, 2020, "annual"), ("地下水位", 4.5, 2019, "cumulative")]


def test_a_level_reached_in_a_multi_year_review_stays_that_years_and_不超过_is_at_most():
    found = rows("五年来，全区专精特新企业达700多家，远程教育已覆盖360所学校，新建学校30所。去年全区PM2.5浓度不超过35微克。")
    assert [(r["value"], r["first_year"], r["basis"], r["comparator"]) for r in found] == [
        (700, 2020, "annual", "gt"), (360, 2020, "annual", None), (30, 2016, "cumulative", None), (35, 2020, "annual", "le")]


def test_a_period_named_inside_a_paragraph_does_not_make_later_counts_its_totals():
    found = rows("工业发展提速增效。工业振兴三年行动圆满收官，近三年工业产值净增量超90亿元。8家企业入选全省企业100强。"
                 "近十年来首次实现零事故，新建学校3所。")
    assert [(r["value"], r["first_year"], r["basis"]) for r in found][1:] == [(8, 2020, "annual"), (3, 2020, "annual")]


def test_a_ratio_to_another_span_and_大于_are_read():
    found = rows("五年来，全区环保投入580亿元，是1950年到1997年投入总和的1.7倍。去年全区可透水地面面积比例大于40%。")
    assert [(r["indicator"], r["value"], r["comparator"]) for r in found] == [
        ("环保投入", 580, None), ("可透水地面面积比例", 40, "gt")]


def test_a_base_year_in_a_clause_of_its_own_and_years_spanned_before_the_indicator():
    [r] = rows("一九五四年比一九五二年，全区中学在校学生人数增长百分之四十四。")
    assert (r["year"], r["first_year"], r["basis"]) == (1954, 1953, "cumulative")
    found = rows("去年全区五年新增节水灌溉面积66万公顷、新建改建农村公路1300公里。")
    assert [(r["indicator"], r["first_year"], r["basis"]) for r in found] == [
        ("新增节水灌溉面积", 2016, "cumulative"), ("新建改建农村公路", 2016, "cumulative")]


def test_years_spanned_carry_to_changes_and_new_things_not_to_a_level_and_a_multiple_of_another_figure():
    found = rows("去年全区近三年来共培育企业134家、总量达到456家，总产值566.7亿元。去年全区投资是此前历史总和的1.5倍。")
    assert [(r["value"], r["first_year"], r["basis"]) for r in found] == [
        (134, 2018, "cumulative"), (456, 2020, "annual"), (566.7, 2020, "annual")]


# --- shapes of issue 20 (audits of 2.0.4/2.0.5): each item of a list carries the head it shares --------------

def test_a_shared_subject_is_carried_to_the_attributes_after_it():
    found = rows("区属国企营收增长7.5%、利润总额增长4.2%、资产总额增长9.1%。")
    assert [r["indicator"] for r in found] == ["区属国企营收", "区属国企利润总额", "区属国企资产总额"]
    [_loans, invest] = rows("去年物流业贷款增长18%、投资增长12.6%。")
    assert invest["indicator"] == "物流业投资"


def test_a_subject_of_the_clause_before_is_carried_to_a_bare_attribute():
    [_output, added] = rows("规模以上工业总产值达到3200亿元，增加值增长5.4%。")
    assert (added["indicator"], added["indicator_code"]) == ("规模以上工业增加值", "industrial_value_added_growth")
    [_n, money] = rows("新引进外资项目42个、投资总额96.3亿元。")
    assert money["indicator"] == "新引进外资项目投资总额"


def test_a_subject_is_not_carried_from_a_whole_or_a_share():
    found = rows("社会消费品零售总额增长4.4%，出口增长5.3%。")
    assert [r["indicator"] for r in found] == ["社会消费品零售总额", "出口"]
    found = rows("服务业占地区生产总值的比重达51.2%，增加值增长6.5%。")
    assert [r["indicator"] for r in found][-1] == "增加值"


def test_a_shared_verb_is_carried_over_a_list_of_counts():
    found = rows("新增丙类企业8家、丁类企业37家，改造老旧小区26个、背街小巷14条。")
    assert [r["indicator"] for r in found] == ["新增丙类企业", "新增丁类企业", "改造老旧小区", "改造背街小巷"]


def test_a_shared_verb_is_not_carried_to_a_total_a_rate_or_a_grade():
    found = rows("新增公园12座、累计达到80座，新增就业1.1万人、城镇登记失业率3.2%，新增国家级试点5项、省级20项。")
    names = [r["indicator"] for r in found]
    assert "新增公园" in names and "公园" in names and "城镇登记失业率" in names
    assert "新增省级" not in names and "新增城镇登记失业率" not in names


def test_a_trade_partner_after_qizhong_takes_the_trade_figure():
    [_all, part] = rows("外贸进出口总值增长9.3%，其中对东盟增长21.7%。")
    assert part["indicator"] == "对东盟外贸进出口总值"
    found = rows("全区开展招商活动80批次、对接企业300家。")
    assert found[-1]["indicator"] == "对接企业"


def test_ordinals_of_the_three_sectors_share_di():
    found = rows("第一、二、三产业增加值分别增长3.9%、7.3%、6.1%。")
    assert [r["indicator"] for r in found] == ["第一产业增加值", "第二产业增加值", "第三产业增加值"]


def test_adverbs_and_note_marks_are_not_part_of_an_indicator():
    assert rows("棉花、油料的产量，也都比上年增长一成以上。") == []
    [r] = rows("三大主导产业［5］增加值占比提高3个百分点。")
    assert r["indicator"] == "三大主导产业增加值占比"
    [r] = rows("新增“四上”企业（3）210家。")
    assert r["indicator"] == "新增“四上”企业"
    [r] = rows("都市圈经济总量达1.5万亿元。")
    assert r["indicator"].startswith("都市圈")


def test_figures_of_part_of_the_year_are_not_the_years():
    assert rows("前三季度，全区实现地区生产总值895.5亿元、增长5.1%；一般公共预算收入完成63.1亿元。") == []
    assert rows("1—11月，固定资产投资增长12.2%。上半年，规上工业增加值增长7%。") == []
    [r] = rows("在上半年价格下滑的情况下，粮食总产量达到310万吨。")
    assert (r["indicator"], r["year"]) == ("粮食总产量", 2020)
    [r] = rows("上半年受灾减产，全年粮食产量仍达到52万吨。")
    assert r["value"] == 52


def test_an_estimate_opening_a_sentence_holds_over_its_semicolons():
    found = rows("初步预计，全区地区生产总值391.5亿元，增长5.1%；一般公共预算收入21.8亿元，增长3.1%。")
    assert [r["estimate"] for r in found] == [True, True, True, True]
    found = rows("全区地区生产总值391.5亿元；预计一般公共预算收入21.8亿元。")
    assert [r["estimate"] for r in found] == [False, True]
    found = rows("新增电池产能20GWh，乙项目建成投产，预计甲产业实现营收800亿元、增长6.2%；启动建设储能园，签约储能基地等项目9个。")
    assert [r["estimate"] for r in found] == [True, True, False]


def test_totals_of_actions_in_a_multi_year_review_add_up():
    found = rows("五年间，通过贴息方式安排助学贷款320亿元，发行8800亿元长期建设国债，平均每年新增就业90万人。")
    assert [(r["indicator"], r["basis"], r["first_year"]) for r in found][:2] == [
        ("通过贴息方式安排助学贷款", "cumulative", 2016), ("发行长期建设国债", "cumulative", 2016)]
    assert all(r["basis"] != "cumulative" for r in found[2:])
    found = rows("近三年淘汰落后炼钢产能6000多万吨、水泥1.3亿吨。")
    assert [(r["indicator"], r["basis"]) for r in found] == [("淘汰落后炼钢产能", "cumulative"), ("淘汰落后水泥产能", "cumulative")]
    found = rows("全年压减退出炼铁产能820万吨、焦炭460万吨、火电32万千瓦。")
    assert [r["indicator"] for r in found] == ["压减退出炼铁产能", "压减退出焦炭产能", "压减退出火电产能"]


def test_the_crop_of_the_sown_area_before_and_the_firms_of_a_split_list():
    [_area, crop] = rows("粮食播种面积86.5万亩、产量31.2万吨。")
    assert (crop["indicator"], crop["indicator_code"]) == ("粮食产量", "grain_output")
    found = rows("区属企业营业收入、利润分别增长8.5%、11.2%。")
    assert [r["indicator"] for r in found] == ["区属企业营业收入", "区属企业利润"]


def test_the_investment_of_projects_counted_before_is_theirs():
    [_n, money] = rows("实施乡村建设项目126个、完成投资18.4亿元。")
    assert money["indicator"] == "实施乡村建设项目投资"
    [_n, money] = rows("实施重点水利项目23个，完成投资9.6亿元。")
    assert money["indicator"] == "实施重点水利项目投资"
    assert rows("全年完成投资87.9亿元。") == []  # (whose investment is not said: a bare 投资 names no measure)


def test_rates_of_a_list_under_jun_give_a_row_each():
    found = rows("秸秆综合利用率、农膜回收利用率均达96%。")
    assert [(r["indicator"], r["value"]) for r in found] == [("秸秆综合利用率", 96), ("农膜回收利用率", 96)]
    [merged] = rows("办结率、满意率均为100%。")  # too short to stand alone: kept as one row
    assert merged["indicator"] == "办结率、满意率"


def test_a_total_after_newly_registered_ones_is_of_the_things():
    [_new, total] = rows("市场经营主体新设3.5万户、总量超40万户。")
    assert total["indicator"] == "市场经营主体"


def test_a_running_total_has_no_first_year():
    [r] = rows("累计建成城市口袋公园46个。")
    assert (r["basis"], r["first_year"], r["year"]) == ("cumulative", None, 2020)
    [r] = rows("全年累计完成投资16亿元。")
    assert (r["basis"], r["first_year"]) == ("annual", 2020)
    [r] = rows("城镇新增就业累计1.3万人。")
    assert r["basis"] == "annual"


def test_a_list_of_products_shares_only_their_output():
    found = rows("原煤、原油、天然气产量分别增长3.3%、2.3%、11.2%。")
    assert [r["indicator"] for r in found] == ["原煤产量", "原油产量", "天然气产量"]
    found = rows("一、二、三产业增加值分别增长3.9%、6.3%、4.4%。")
    assert [r["indicator"] for r in found] == ["一产业增加值", "二产业增加值", "三产业增加值"]


def test_what_was_done_to_the_things_counted_is_part_of_the_indicator():
    [r] = rows("326项区级事项实现全流程网办。")
    assert r["indicator"] == "区级事项实现全流程网办"
    [r] = rows("9个重点“保交楼”项目全部完成交付。")
    assert r["indicator"] == "重点“保交楼”项目完成交付"
    [money] = rows("88个重点工程完成投资179亿元。")  # (the count says whose investment: scope, not a result)
    assert money["indicator"] == "重点工程完成投资"


def test_a_bare_rate_under_jun_whose_subjects_are_before_is_left_out():
    found = rows("办理人大代表建议215件、政协提案310件，办复率均达100%。")
    assert [r["indicator"] for r in found] == ["办理人大代表建议", "办理政协提案"]


def test_more_shared_heads_and_counts_before_a_share():
    [_a, b] = rows("省管企业净资产增长5.9%、研发投入增长24.4%。")
    assert b["indicator"] == "省管企业研发投入"
    [_a, b] = rows("新增污水处理能力2.03万吨/天、城市公共停车位3251个。")
    assert b["indicator"] == "新增城市公共停车位"
    [_a, b] = rows("新引进项目512个、投资额703.6亿元。")
    assert b["indicator"] == "投资额"
    found = rows("钒钛产业、绿色化工、装备制造分别实现产值566.3亿元、261.7亿元、99.2亿元。")
    assert [r["indicator"] for r in found] == ["钒钛产业产值", "绿色化工产值", "装备制造产值"]
    [r] = rows("全区九项民生支出占一般公共预算支出78.1%。")
    assert (r["value"], r["unit"]) == (78.1, "%")


def test_amounts_add_up_only_where_the_paragraph_names_its_period():
    found = rows("五年来，经济较快增长。\n\n国家财政安排资金32.5亿元。")
    assert [(r["basis"], r["first_year"]) for r in found] == [("annual", 2020)]


def test_moves_in_a_ranking_are_not_counts_and_what_the_projects_reached_is_said():
    assert rows("甲经开区、乙经开区在国家级经开区考核排名分别提升13位、28位。") == []
    assert rows("营商环境排名从36位提升到21位。") == []
    [r] = rows("30多位外国元首先后访华。")
    assert r["value"] == 30
    [r] = rows("德国某材料等5个百亿级项目顺利落地开工。")
    assert r["indicator"] == "百亿级项目落地开工"


def test_a_share_takes_the_figure_before_it_or_is_left_out():
    [_v, share] = rows("新能源发电量50.9亿度、占全社会用电量的45.8%。")
    assert share["indicator"] == "新能源发电量占全社会用电量"
    assert [r["indicator"] for r in rows("项目进展顺利，占全部投资的55%。")] == []


def test_bases_periods_and_sources_are_not_indicators():
    [_v, growth] = rows("意向成交额611.3亿美元，比首届增长13%。")
    assert (growth["indicator"], growth["direction"]) == ("意向成交额", "up")
    assert rows("“五五”时期平均每年增长百分之五点一。") == []
    assert rows("根据三十四万多个农业生产合作社的统计，收入增加。") == []
    [r] = rows("粮食比上年增产1199万吨。")
    assert r["indicator"].endswith("增产")
    found = rows("地方一般公共预算收入突破200亿元大关、达213.9亿元。")
    assert [r["value"] for r in found] == [213.9]  # (the milestone passed is not a second figure)
    found = rows("主城区建成公园20个、公交站台105个。")
    assert found[-1]["indicator"] == "建成公交站台"


def test_the_verb_before_a_count_of_things_stays():
    [r] = rows("按期办结89件人大代表建议。")
    assert r["indicator"] == "办结人大代表建议"
    [r] = rows("完成58个老旧小区改造。")
    assert r["indicator"] == "完成老旧小区改造"
    [r] = rows("累计新（改）建雨污管网888.7公里。")
    assert (r["basis"], r["first_year"]) == ("cumulative", None)


def test_class_bounds_group_sizes_rules_issued_and_work_under_way_are_no_results():
    assert rows("主营业务收入3亿元以上工业企业全部设立研发机构。") == []
    found = rows("实施300万元以上技改项目860个。")
    assert [r["value"] for r in found] == [860]  # (the size sorts the projects counted)
    assert rows("是全省两个全年未发生较大事故的县之一。") == []
    assert rows("出台促进消费提质扩容16条、人才新政22条。") == []
    [r] = rows("新开通公交线路36条。")
    assert r["value"] == 36  # (lines are things built, not rules)
    assert rows("剩余8个按序时推进。") == []


def test_a_part_after_qizhong_that_names_no_thing_is_left_out():
    found = rows("在建百亿级工业项目12个、其中新开工4个。")
    assert [r["value"] for r in found] == [12]
    found = rows("改造道路9条，其中3条实现通车。")
    assert [r["value"] for r in found] == [9]
    [r] = rows("其中净增规上工业企业31户。")
    assert r["indicator"] == "净增规上工业企业"  # (a part that names itself stays)


def test_figures_compared_against_and_sizes_naming_a_class_are_no_results():
    assert rows("山区每户农民的收入比80元的数目低。") == []
    assert rows("成为全省首个产值超过3000亿元的化工园区。") == []
    found = rows("工业产值超过500亿元，增长9%。")
    assert [r["value"] for r in found] == [500, 9]  # (超过 before a pause is a level reached)
    [r] = rows("38家重点企业产值同比增长40%以上。")
    assert r["unit"] == "%"  # (the count names whose output grew)
    found = rows("新增市场主体6213户、同比增长35%。")
    assert [r["value"] for r in found] == [6213, 35]


def test_a_part_after_qizhong_keeps_what_the_whole_had_done_to_it():
    found = rows("全年谋划储备项目4200个，其中产业项目1900个。")
    assert [r["indicator"] for r in found] == ["谋划储备项目", "储备产业项目"]
    found = rows("新签约亿元以上项目880个，其中五十亿级项目25个、百亿级项目9个。")
    assert [r["indicator"] for r in found][1:] == ["新签约五十亿级项目", "新签约百亿级项目"]
    found = rows("引进企业42家，其中外资企业7家。")
    assert found[-1]["indicator"] == "引进外资企业"


def test_works_said_to_go_on_well_are_not_results():
    assert rows("华能600万吨露天矿、啤酒厂迁建等项目进展顺利。") == []
    assert rows("48个安置房项目建设进展顺利。") == []
    assert rows("投资2.6亿元的供水管网改造工程进展顺利。") == []


def test_a_later_item_that_is_only_a_verb_counts_the_things_of_the_first():
    found = rows("新开工工业项目47个、竣工投产39个。")
    assert [r["indicator"] for r in found] == ["新开工工业项目", "竣工投产工业项目"]
    found = rows("新增企业30家、注销12家。")
    assert found[-1]["indicator"] == "注销企业"
    found = rows("开工406个、投产239个。")
    assert [r["indicator"] for r in found if r["value"] == 239] == []  # (no things named: left out)


def test_a_supposition_is_no_result_and_conjunctions_leave_the_indicator():
    assert rows("即使每年增产百分之十五，也难以满足需要。") == []
    [r] = rows("但财政用于民生的比例达到72%。")
    assert r["indicator"] == "财政用于民生的比例"


def test_money_set_aside_for_a_purpose_and_a_turn_are_no_results():
    found = rows("出台招商引资方案并拿出800万元用于奖励先进单位，获得上级资金310亿元。")
    assert [(r["indicator"], r["value"]) for r in found] == [("获得上级资金", 310)]
    found = rows("长期亏损的国营林场，2020年有了盈利，由上年亏损6000万元转为盈利2亿多元。")
    assert found == []
    found = rows("全区农民合作社发展很快，年底已发展到将近三十万个。")
    assert found == []


def test_a_change_since_a_base_that_is_no_year_is_cumulative():
    [r] = rows("全区学校数比建国初期的最高水平增加了百分之三百二十。")
    assert (r["indicator"], r["basis"], r["first_year"], r["value"]) == ("学校数", "cumulative", None, 320)


def test_a_count_of_places_is_where_not_what():
    found = rows("在甲国、乙国等12个国家投运海外仓31个，中欧班列货运40万标箱。")
    assert [(r["indicator"], r["value"]) for r in found] == [("投运海外仓", 31), ("中欧班列货运", 40)]


def test_a_bare_deal_value_takes_the_event_its_sentence_opens_with():
    found = rows("第五届农博会促成856项项目签约，成交额超1500亿元。")
    assert [r["indicator"] for r in found] == ["项目签约", "第五届农博会成交额"]
    found = rows("企业发展势头良好，成交额超120亿元。")
    assert found == []


def test_an_estimate_word_opening_the_sentence_covers_its_pieces_without_a_comma():
    found = rows("预计全年完成地区生产总值2600亿元，增长6%；规上工业增加值增长8%。")
    assert [r["estimate"] for r in found] == [True, True, True]
    found = rows("全区生产总值520亿元（预计数，下同），增长5%；一般公共预算收入40亿元。")
    assert all(r["estimate"] for r in found[1:])


def test_a_word_holding_bi_is_no_base_and_a_period_against_a_period_is_left_out():
    found = rows("创建示范、评比表彰项目分别压减66.5%、31.5%。")
    assert [r["indicator"] for r in found][-1].endswith("评比表彰项目")
    assert rows("出口总值比“七五”增长38.2％。") == []


def test_an_estimate_after_a_topic_without_figures_covers_the_sentence():
    found = rows("金融服务质效不断增强，预计贷款余额3200亿元；保费收入86亿元。")
    assert [r["estimate"] for r in found] == [True, True]


def test_paired_amounts_each_naming_the_noun_after_them_and_bare_places_are_left_out():
    assert rows("中央财政安排210亿元救灾款和530亿元恢复重建资金，迅速出台政策。") == []
    assert rows("国际友城增至28个国家43个城市。") == []
    found = rows("实现营业收入30亿元和利润5亿元。")
    assert [r["value"] for r in found] == [30, 5]


def test_a_margin_over_a_standard_and_a_lone_adverb_are_no_results():
    found = rows("普惠园覆盖率达88.6%、超省定标准3.6个百分点。")
    assert [r["value"] for r in found] == [88.6]
    assert rows("全面完成9.5万亩高标准农田建设任务。") == []


def test_a_year_opening_the_clause_after_an_adverb_is_the_values_year():
    found = rows("在恢复期间工业总产值平均每年递增百分之三十。但是2019年工业总产值仍然比2018年增加了百分之二十一。")
    r = found[-1]
    assert (r["indicator"], r["year"], r["basis"], r["value"]) == ("工业总产值", 2019, "annual", 21)
    r = rows("2019年平均工资比2016年增加了百分之六十。")[-1]
    assert (r["year"], r["first_year"], r["basis"]) == (2019, 2017, "cumulative")
    assert all(r["year"] == 2020 for r in rows("2013年以来新增的市场主体去年纳税达到3.2万亿元。"))


def test_a_capacity_in_a_projects_name_is_no_result():
    assert rows("甲石化年产120万吨芳烃、乙水利枢纽等项目开工建设。") == []
    assert rows("全年新建年产30万吨饲料厂项目投产。") == []


def test_a_note_before_the_measure_and_its_lead_verb_leave_the_indicator():
    found = rows("预计（下同）全年实现地区生产总值2300亿元左右、增长6.5%左右。")
    assert [r["indicator"] for r in found] == ["地区生产总值", "地区生产总值"]
    assert [r["indicator_code"] for r in found] == ["gdp", "gdp_growth"]


def test_a_comparison_at_an_edge_of_the_indicator_is_stripped():
    found = rows("新建铁路铺轨四百公里，比2018年的铺轨里数增长了35%。")
    assert found and found[-1]["indicator"] == "铺轨里数" and found[-1]["value"] == 35
    found = rows("省财政对山区县的补助资金比五年前增长48.2%。")
    assert found[-1]["indicator"] == "省财政对山区县的补助资金"


def test_a_traditional_numeral_run_is_read_whole_across_its_magnitude():
    found = rows("托兒所的兒童數，即達到三十一萬六千人。")
    assert all(r["value"] != 6000 for r in found)
    assert not any(r["indicator"].startswith(("即達到", "达到")) or "萬" in r["indicator"] for r in found)


def test_a_size_between_an_owners_name_and_a_project_noun_names_the_project():
    assert rows("甲能源1200化工、甲能源8万千瓦风电项目按期完工。") == []
    assert rows("乙矿业500万吨露天矿完成项目核准。") == []
    found = rows("新建6万千瓦风电项目，新增装机9万千瓦。")
    assert [r["value"] for r in found][-1] == 9


def test_the_items_of_a_list_of_losses_carry_the_verb_and_no_level_code():
    found = rows("全省大约损失农业总产值八十亿元，粮食产量五百万吨，财政收入十二亿元。")
    assert all(r["indicator_code"] != "budget_revenue" for r in found)
    found = rows("全省损失农业总产值80亿元，粮食500万吨，财政收入12亿元。")
    assert [r["indicator"] for r in found][-2:] == ["损失粮食", "损失财政收入"]
    found = rows("全年损失粮食3万吨，财政收入增长5%。")
    assert found[-1]["indicator"] == "财政收入"


def test_a_count_before_a_future_word_names_a_noun_and_a_status_and_a_yearly_capacity():
    found = rows("打造16个未来产业试验场，建成数字车间40个。")
    assert [r["indicator"] for r in found] == ["未来产业试验场", "建成数字车间"]
    assert rows("36个合作项目加快实施。") == []
    found = rows("完成技改煤矿9个、释放煤炭产能520万吨／年。")
    assert found[-1]["unit"] == "万吨/年" and found[-1]["value"] == 520


def test_a_comparison_leaving_no_noun_takes_the_subject_and_a_people_is_no_count():
    found = rows("植树面积二百万亩，比2018年完成数增长30%。")
    assert found[-1]["indicator"] == "植树面积"
    assert rows("这表明了全省八千万人民的共同心愿。") == []


def test_a_verb_alone_is_no_indicator():
    assert rows("打造36个。") == []
    assert rows("较上年净增61家。") == []


def test_a_people_counted_in_wanwan_and_a_lone_adverb_name_nothing():
    assert rows("我们要感谢全国四万万农民。") == []
    assert rows("仅东部各省，就有二百一十万人。") == []


def test_a_year_named_in_passing_does_not_date_the_paragraphs_after_it():
    body = ("2018年，全区新建学校5所。\n\n新建医院3所。\n\n"
            "在农业方面，农民在2019年的大丰收中积累了经验，当年粮食产量增长8%。\n\n新建卫生院7所。")
    found = rows(body)
    assert [(r["indicator"], r["year"]) for r in found] == [
        ("新建学校", 2018), ("新建医院", 2018), ("粮食产量", 2019), ("新建卫生院", 2018)]


def test_a_sentence_opening_with_a_year_reached_dates_the_levels_after_it():
    body = "2017年，全区新建学校5所。\n\n农村教育成绩很大。到2019年已有乡村学校500所。中小学在校学生达到12万人。"
    found = rows(body)  # (a bare 在校学生 names no school: the test names them)
    assert [(r["indicator"], r["year"]) for r in found] == [("新建学校", 2017), ("乡村学校", 2019), ("中小学在校学生", 2019)]


def test_the_verb_leading_a_list_of_counts_reaches_every_item():
    found = rows("新增8条航线、5个港口。办结代表建议120件、委员提案98件。新增恢复6条货运航线。")
    assert [(r["indicator"], r["value"]) for r in found] == [
        ("新增航线", 8), ("新增港口", 5), ("办结代表建议", 120), ("办结委员提案", 98), ("新增恢复货运航线", 6)]
    found = rows("新增12个绿色产品、3个产品纳入名录。新开工项目40个、新落地25个。")
    assert [r["indicator"] for r in found] == ["新增绿色产品", "产品纳入名录", "新开工项目", "新落地项目"]


def test_rates_sharing_one_value_each_get_a_row_with_the_first_ones_subject():
    found = rows("服务热线接通率、办结率、满意率均达98%以上。")
    assert [(r["indicator"], r["value"], r["comparator"]) for r in found] == [
        ("服务热线接通率", 98, "ge"), ("服务热线办结率", 98, "ge"), ("服务热线满意率", 98, "ge")]


def test_a_size_naming_the_things_a_share_is_of_is_no_result():
    found = rows("限速调整道路3000公里、时速100公里路段占比由20%提高到60%。")
    assert [(r["indicator"], r["value"], r["unit"]) for r in found] == [("限速调整道路", 3000, "公里"), ("路段占比", 60, "%")]


def test_counts_naming_the_scope_of_a_total_are_no_results():
    found = rows("将12个部门和教育等2个领域共96项审批事项划转至审批局。三个乡镇共5000名学生吃上营养餐。")
    assert [(r["value"], r["unit"]) for r in found] == [(96, "项"), (5000, "名")]


def test_bare_items_after_a_span_and_a_verb_are_the_spans_totals_too():
    found = rows("过去五年，城乡面貌明显改善。五年建成干线800公里，支线450公里，专用线路120公里。新增就业2万人，再就业900人。",
                 head="各位代表：\n\n一、过去五年工作回顾\n\n")
    assert [(r["indicator"], r["first_year"], r["basis"]) for r in found[:3]] == [
        ("建成干线", 2016, "cumulative"), ("建成支线", 2016, "cumulative"), ("建成专用线路", 2016, "cumulative")]
    found = rows("五年新增就业3万人，再就业1500人，发放小额贷款9000万元。")
    assert [(r["indicator"], r["basis"]) for r in found] == [
        ("新增就业", "cumulative"), ("再就业", "cumulative"), ("发放小额贷款", "annual")]


def test_a_noun_clause_after_er_is_the_subject_of_the_change_after_it():
    found = rows("钢产量比上年增加50万吨，而能耗总量（按标准煤计算，每公斤7，000大卡），比上年降低了20万吨。")
    assert [(r["indicator"], r["value"], r["direction"]) for r in found] == [("钢产量", 50, "up"), ("能耗总量", 20, "down")]


def test_a_change_word_alone_takes_the_subject_before():
    found = rows("全年决算支出占预算数的97%，比预算数30亿元少支9000万元。粮食总产量600万吨，比上年增产20万吨。")
    assert [(r["indicator"], r["value"]) for r in found if r["unit"] != "%"] == [
        ("决算支出少支", 9000), ("粮食总产量", 600), ("粮食总产量增产", 20)]


def test_a_span_of_years_before_what_is_counted_makes_it_the_spans_total():
    found = rows("五年来，经济实力显著增强。五年全区公路建设投资1200亿元。五年累计实际利用外资26亿美元。"
                 "五年总体赤字率控制在3%以内。九年义务教育巩固率99%。")
    assert [(r["indicator"], r["year"], r["first_year"], r["basis"]) for r in found] == [
        ("公路建设投资", 2020, 2016, "cumulative"), ("实际利用外资", 2020, 2016, "cumulative"),
        ("总体赤字率", 2020, 2016, "average"), ("九年义务教育巩固率", 2020, 2020, "annual")]


def test_a_year_end_in_a_five_year_paragraph_dates_its_own_sentence_only():
    found = rows("五年来，经济实力显著增强。2020年末，全区常住人口达到50万人；每百户拥有汽车20辆。新建学校30所。")
    assert [(r["indicator"], r["first_year"], r["basis"]) for r in found] == [
        ("常住人口", 2020, "annual"), ("每百户拥有汽车", 2020, "annual"), ("新建学校", 2016, "cumulative")]
    found = rows("五年来，经济实力显著增强。2020年，全区新建学校30所。新建医院3所。")
    assert [(r["indicator"], r["first_year"]) for r in found] == [("新建学校", 2020), ("新建医院", 2020)]


def test_a_part_after_qizhong_shares_the_wholes_verb_and_period():
    found = rows("五年来，城乡面貌改善。新增公路19万公里，其中高速公路2万公里；储备项目500个，其中产业项目200个。")
    assert [(r["indicator"], r["first_year"], r["basis"]) for r in found] == [
        ("新增公路", 2016, "cumulative"), ("新增高速公路", 2016, "cumulative"),
        ("储备项目", 2016, "cumulative"), ("储备产业项目", 2016, "cumulative")]


def test_a_streak_before_a_level_and_a_like_for_like_basis_are_not_the_indicator():
    found = rows("去年经济增长连续四年达到或略高于8%。一般公共预算收入同口径增长5%。")
    assert [(r["indicator"], r["value"]) for r in found] == [("经济增长", 8), ("一般公共预算收入", 5)]


def test_a_compound_verb_leads_its_list_and_a_shared_throughput_reaches_each_item():
    found = rows("建成投用60个文化空间、18个口袋公园。港口集装箱、机场旅客和货邮吞吐量分别达到13万标箱、116万人次、1.6万吨。")
    assert [r["indicator"] for r in found] == [
        "建成投用文化空间", "建成投用口袋公园", "港口集装箱吞吐量", "机场旅客吞吐量", "货邮吞吐量"]


def test_accident_figures_share_their_subject_and_a_class_in_a_name_is_no_count():
    found = rows("全区生产安全事故起数、死亡人数分别下降6%、8%。全区首个国家1类新药获批上市，新培育企业5家。")
    assert [(r["indicator"], r["value"]) for r in found] == [
        ("生产安全事故起数", 6), ("生产安全事故死亡人数", 8), ("新培育企业", 5)]


def test_a_bare_noun_counted_keeps_the_longer_predicate_that_says_what_it_reached():
    found = rows("86家机构达到“甲级服务”省级推荐标准。12个园区全部通过省级合格园区复核认定。")
    assert [(r["indicator"], r["value"]) for r in found] == [
        ("机构达到“甲级服务”省级推荐标准", 86), ("园区通过省级合格园区复核认定", 12)]


def test_a_count_saying_whose_figure_or_works_under_way_is_no_result_but_names_the_subject():
    found = rows("64个县市新增城镇人口30万人。100个重点项目完成投资156亿元。加快实施75个更新项目，完成投资49亿元。"
                 "300家培育企业完成产值900亿元、增长6%。建成4个现代化牧场。")
    assert [(r["indicator"], r["value"]) for r in found] == [
        ("县市新增城镇人口", 30), ("重点项目完成投资", 156), ("更新项目投资", 49),
        ("培育企业完成产值", 900), ("培育企业完成产值", 6), ("建成现代化牧场", 4)]


def test_a_running_total_after_new_ones_the_four_modernisations_and_kilowatt_hours():
    found = rows("新获批国家级集群4个，累计14个。我们要实现四个现代化。发电量达到445亿千瓦小时。")
    assert [(r["indicator"], r["value"], r["unit"]) for r in found] == [
        ("新获批国家级集群", 4, "个"), ("国家级集群", 14, "个"), ("发电量", 445, "亿千瓦小时")]


def test_counts_of_a_clause_opening_with_tuijin_are_under_way_and_name_the_subject_after():
    found = rows("推进12个示范村和30个试点村建设。推进重点项目556个，完成投资702亿元。"
                 "120个市级统筹推进重大项目完成投资260亿元。")
    assert [(r["indicator"], r["value"]) for r in found] == [
        ("重点项目投资", 702), ("市级统筹推进重大项目完成投资", 260)]


def test_a_grade_in_the_name_of_the_things_counted_is_not_the_value():
    found = rows("全年获批2类新药7个，建成5G基站300个。")
    assert [(r["indicator"], r["value"], r["unit"]) for r in found] == [("2类新药", 7, "个"), ("建成5G基站", 300, "个")]
    [r] = rows("新增产品5类。")  # a count of kinds, nothing after it: the value itself
    assert (r["value"], r["unit"]) == (5, "类")


def test_a_pair_joined_by_he_with_jun_gives_a_row_each():
    found = rows("城市污水处理率和垃圾无害化处理率均达98%，小学及初中入学率均达99%。")
    assert [(r["indicator"], r["value"]) for r in found] == [
        ("城市污水处理率", 98), ("垃圾无害化处理率", 98), ("小学入学率", 99), ("初中入学率", 99)]
    [r] = rows("学前教育普及率均达90%。")  # 及 inside a word joins nothing
    assert r["indicator"] == "学前教育普及率"


def test_a_year_after_zai_and_gaoda_are_not_part_of_the_indicator():
    [r] = rows("储蓄率在2018年高达41%。")
    assert (r["indicator"], r["value"], r["year"]) == ("储蓄率", 41, 2018)
    [r] = rows("粮食产量在上年达到120万吨。")
    assert (r["indicator"], r["value"]) == ("粮食产量", 120)


def test_a_pair_with_jun_splits_only_when_the_first_is_measured_or_a_parallel_head():
    found = rows("城镇和农村低保标准均达100%。")
    assert [r["indicator"] for r in found] == ["城镇低保标准", "农村低保标准"]
    [r] = rows("甲委员建议和乙代表提案办结率均为100%。")  # things, then the rate of both: one row
    assert r["indicator"] == "甲委员建议和乙代表提案办结率"


def test_gaoda_after_a_superlative_keeps_the_superlative():
    found = rows("日均接待1.2万人次、单日最高达3.5万人次。")
    assert [r["indicator"] for r in found][-1] == "单日最高"
    found = rows("许可证从60类减少到10类。")  # counts of kinds, not a grade in a name
    assert [(r["indicator"], r["value"]) for r in found] == [("许可证", 10)]


def test_a_share_that_reached_a_standard_names_it():
    found = rows("甲断面水质100%达标，乙断面100%达到优良水体标准。")
    assert [(r["indicator"], r["value"]) for r in found] == [("甲断面水质达标率", 100), ("乙断面优良水体比例", 100)]
    [r] = rows("垃圾分类覆盖率达到100%。")  # the rate is named before the value: nothing added
    assert r["indicator"] == "垃圾分类覆盖率"


def test_an_adverb_alone_is_no_indicator():
    [r] = rows("一次性增加3000亿元地方债务限额。")
    assert (r["indicator"], r["value"]) == ("地方债务限额", 3000)


def test_whom_a_raised_standard_is_per_leaves_the_verb_out_of_the_indicator():
    found = rows("低保补助标准提高到每人每月900元，医保补助标准增加到人均600元。")
    assert [(r["indicator"], r["value"]) for r in found] == [("低保补助标准", 900), ("医保补助标准", 600)]
    [r] = rows("农民人均纯收入增加到3000元。")  # 人均 inside the indicator stays
    assert r["indicator"] == "农民人均纯收入"


def test_what_is_to_be_is_no_result_but_its_subject_goes_on():
    found = rows("物价涨幅要从8%降到5%左右，实际回落到4.1%。")
    assert [(r["indicator"], r["value"]) for r in found] == [("物价涨幅", 4.1)]
    assert rows("粮食产量要增长10%。") == []
    [r] = rows("主要污染物排放量下降3%。")  # 主要 is no modal
    assert r["indicator"] == "主要污染物排放量"


def test_a_change_over_a_span_counted_in_years_is_the_spans_total():
    [one, span] = rows("全区农民人均收入比上年增加了500元，而2008年到2018年10年中，农民人均收入总共只增加了1200元。")
    assert (span["indicator"], span["value"], span["year"], span["first_year"], span["basis"]) == (
        "农民人均收入", 1200.0, 2018, 2009, "cumulative")
    assert (one["year"], one["basis"]) == (2020, "annual")


def test_a_span_whose_count_is_not_the_difference_of_its_ends_sets_no_base():
    [r] = rows("2012年到2018年的3年间，全区农民人均收入增加了900元。")  # not since 2012: the count says otherwise
    assert r["first_year"] != 2013


def test_two_years_compared_at_a_sentences_start_frame_each_piece_after_a_semicolon():
    found = rows("2020年同2012年相比，地区生产总值由300亿元增加到600亿元，按可比价格计算增长80%；"
                 "财政收入由20亿元增加到50亿元，按可比价格计算增长120%。")
    rates = [(r["indicator"], r["value"], r["year"], r["first_year"], r["basis"]) for r in found if r["unit"] == "%"]
    assert rates == [("地区生产总值", 80.0, 2020, 2013, "cumulative"), ("财政收入", 120.0, 2020, 2013, "cumulative")]
    levels = [(r["value"], r["year"], r["basis"]) for r in found if r["unit"] == "亿元"]
    assert levels == [(600.0, 2020, "annual"), (50.0, 2020, "annual")]


def test_a_count_of_indicators_that_stayed_at_zero_is_no_result():
    assert rows("全区道路交通事故起数、受伤人数等三项指标连续两年保持为零。") == []
    [r] = rows("全区新增监测指标12项。")  # a count of indicators set up is a result
    assert (r["value"], r["unit"]) == (12.0, "项")


def test_a_width_before_a_road_is_no_value_and_the_share_that_reaches_it_names_its_indicator():
    [r] = rows("全区行政村100%通6米宽硬化路。")
    assert (r["indicator"], r["value"], r["unit"]) == ("行政村通硬化路比例", 100.0, "%")
    [road] = rows("新建农村公路4500米。")
    assert (road["value"], road["unit"]) == (4500.0, "米")


def test_people_counted_with_a_bare_magnitude_in_a_five_year_review_are_its_total_in_persons():
    [r] = rows("过去五年，全区解决了20多万农村人口的饮水安全问题。", head="各位代表：\n\n一、过去五年工作回顾\n\n")
    assert (r["indicator"], r["value"], r["unit"], r["comparator"], r["basis"], r["first_year"], r["year"]) == (
        "解决农村人口的饮水安全问题", 20.0, "万人", "gt", "cumulative", 2016, 2020)
    [one] = rows("去年惠及3万群众。")
    assert (one["indicator"], one["value"], one["unit"], one["comparator"], one["basis"]) == (
        "惠及群众", 3.0, "万人", None, "annual")


def test_a_contribution_rate_without_a_subject_is_the_figures_in_the_clause_before():
    found = rows("全区工业增加值增长9%，对经济增长贡献率超40%。")
    assert [(r["indicator"], r["value"], r["comparator"]) for r in found] == [
        ("工业增加值", 9.0, None), ("工业增加值对经济增长贡献率", 40.0, "gt")]
    shared = rows("工业增加值占地区生产总值的35%，对经济增长贡献率达到45%。")
    assert shared[-1]["indicator"] == "工业增加值对经济增长贡献率"
    [alone] = rows("对经济增长贡献率达到45%。")  # no figure before: nothing to borrow
    assert alone["indicator"] == "对经济增长贡献率"
