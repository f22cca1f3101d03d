"""Rule tests for the shapes of the genre that reports state their targets in (issue 11): headline
statements in their many wordings, and the numbers of a plan that are not targets. Every sentence is
written for these tests in the genre's style; none is taken from a report."""

from __future__ import annotations

import pytest

from helpers import doc, plan_target_rows
from policydata.extract.outline import parse_outline
from policydata.extract.targets import target_rows
from policydata.grammar.quantities import scan_quantities

PLAN = "二、2021年工作安排\n（一）重点工作\n"


def rows(body: str, prefix: str = PLAN, plan_year: int = 2021) -> list[dict]:
    return plan_target_rows(body, prefix, plan_year)


def seen(found: list[dict]) -> list[tuple]:
    return [(r["kind"], r["indicator"], r["value"]) for r in found]


# --- headline statements ----------------------------------------------------------------------

def test_the_list_on_the_line_after_the_statement_is_headline():
    found = rows("今年经济社会发展的主要预期目标是：\n地区生产总值增长6%左右；城镇新增就业2万人以上。\n"
                 "这里要说明，提出增长6%左右，主要是引导各方面把精力放在提质增效上。", prefix="")
    assert seen(found) == [("headline", "地区生产总值", 6), ("headline", "城镇新增就业", 2)]


def test_a_list_over_several_lines_ends_at_a_line_without_numbers():
    found = rows("根据上述要求，2022年计划主要指标安排如下。\n工业总产值比2021年预计增长5%。\n"
                 "粮食产量4,250万吨，增加50万吨。\n在2022年计划安排中，要注意解决以下问题。\n新建厂房3万平方米。",
                 prefix="二、2022年计划\n", plan_year=2021)
    heads = [r for r in found if r["kind"] == "headline"]
    assert [(r["indicator"], r["value"], r["target_year"]) for r in heads] == [
        ("工业总产值", 5, 2022), ("粮食产量", 4250, 2022), ("粮食产量", 50, 2022)]  # an increment: direction up (issue 20)
    assert [r["kind"] for r in found if r["kind"] != "headline"] == ["task"]


@pytest.mark.parametrize("sentence, indicator, value, comparator", [
    ("今年经济增长的预期目标为7%左右，这是必要的，经过努力也是可以实现的。", "经济增长", 7, "approx"),
    ("综合考虑各方面因素，今年全区经济增长速度的调控目标定为8%，物价涨幅低于去年。", "经济增长速度", 8, "eq"),
    ("中央提出今年经济增长预期目标为7.5%左右，既考虑了需要，也考虑了可能。", "经济增长", 7.5, "approx"),
])
def test_targets_stated_in_one_sentence(sentence, indicator, value, comparator):
    found = rows(sentence)
    assert [(r["kind"], r["indicator"], r["value"], r["comparator"]) for r in found] == [
        ("headline", indicator, value, comparator)]


def test_older_wordings_and_spaced_digits():
    found = rows("今年国民经济宏观调控的主要目标是：经济增长速度8 ％，商品零售价格涨幅控制在3 ％以内。"
                 "这体现了稳中求进的精神。实现这样的目标，就能保持良好的发展势头。")
    assert [(r["kind"], r["indicator"], r["value"], r["comparator"]) for r in found] == [
        ("headline", "经济增长速度", 8, "eq"), ("headline", "商品零售价格", 3, "le")]
    found = rows("今年全县宏观调节的主要预期目标为：县域生产总值增长9%以上，全部财政收入增长10%以上。")
    assert seen(found) == [("headline", "县域生产总值", 9), ("headline", "全部财政收入", 10)]


def test_main_goals_of_a_reform_are_not_the_plans_targets():
    found = rows("深化投资体制改革。主要目标是：改革政府对企业投资的管理制度，扩大企业投资自主权。")
    assert found == []


def test_a_five_year_plans_targets_are_horizon():
    # (issue 20: the number-free slogan of a five-year goals list, 创新能力显著提升, is no target; only the plan
    # year's headline paragraph yields number-free rows)
    found = rows("“十四五”时期全市经济社会发展的主要目标是：地区生产总值年均增长6%左右，创新能力显著提升。")
    assert [(r["kind"], r["indicator"], r["value"], r["target_year"]) for r in found] == [
        ("horizon", "地区生产总值", 6, 2025)]


def test_a_review_of_five_years_names_no_horizon():
    text = ("一、“十三五”时期发展成就\n全市地区生产总值年均增长7.5%，新建学校30所。\n"
            "二、2021年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n推进新建学校8所。\n")
    assert seen(rows(text, prefix="")) == [("headline", "地区生产总值", 6), ("task", "新建学校", 8)]


def test_a_target_restated_in_its_explanation_is_one_row():
    found = rows("今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇调查失业率5.5%左右。\n"
                 "提出地区生产总值增长6%左右的目标，主要考虑是稳就业保民生的需要。", prefix="")
    assert seen(found) == [("headline", "地区生产总值", 6), ("headline", "城镇调查失业率", 5.5)]


def test_a_target_restated_with_its_indicator_is_one_row():
    found = rows("今年主要预期目标是：地区生产总值增长5%左右；城镇调查失业率5.5%左右。\n"
                 "城镇调查失业率5.5%左右，体现了加大稳就业力度的要求。", prefix="")
    assert seen(found) == [("headline", "地区生产总值", 5), ("headline", "城镇调查失业率", 5.5)]


def test_the_explanation_after_a_list_gives_no_qualitative_rows():
    found = rows("今年主要预期目标是：地区生产总值增长6%左右；国际收支基本平衡。这些目标的设定，"
                 "综合考虑了各方面因素，体现了稳中求进。", prefix="")
    assert seen(found) == [("headline", "地区生产总值", 6), ("headline", "国际收支", None)]


@pytest.mark.parametrize("clause, indicator", [
    ("国际收支基本平衡", "国际收支"),
    ("经济增长质量和效益显著提高", "经济增长质量和效益"),
    ("进出口稳中提质", "进出口"),
    ("发展平衡性协调性实现新跨越", "发展平衡性协调性"),
])
def test_qualitative_headline_rows_read_the_subject(clause, indicator):
    found = rows(f"今年主要预期目标是：地区生产总值增长6%左右；{clause}。", prefix="")
    assert seen(found)[-1] == ("headline", indicator, None)


def test_an_achievement_in_a_field_names_the_field():
    found = rows("今年主要预期目标是：地区生产总值增长6%左右。力争在全省营商环境评价中取得优异成绩。", prefix="")
    assert seen(found) == [("headline", "地区生产总值", 6), ("headline", "营商环境评价", None)]
    found = rows("今年主要预期目标是：地区生产总值增长6%左右，在实际工作中争取更好结果。", prefix="")
    assert seen(found) == [("headline", "地区生产总值", 6)]


def test_a_comment_on_the_target_before_is_no_qualitative_row():
    found = rows("今年主要预期目标是：轻工业总产值增长8%，继续高于重工业的增长速度；财政收入增长5%，都将有新的增长。",
                 prefix="")
    assert seen(found) == [("headline", "轻工业总产值", 8), ("headline", "财政收入", 5)]


# --- numbers that are not targets ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "抓好“幸福家园”“美丽庭院”“清洁田园”三项工程。",  # a numeral that labels a list
    "突出粮油、果蔬、畜牧三个重点。",
    "正确处理生产、流通、消费三个环节的关系。",
    "贯彻落实支持小微企业稳健经营的25条措施。",  # the title of a set of rules
    "抓细抓实“六个常态化”30项措施。",
    "推进30万吨级航道和5万吨级泊位建设。",  # grades
    "加快2×35万千瓦热电联产机组前期工作。",  # a specification
    "团结带领全市900万人民奋勇前进。",  # the population
    "保障好全县40万人的粮食安全。",
    "进一步提高处于低保边缘2600人的生活水平。",
    "确保新建的5.7万平方米购物中心年内投入运营。",  # the size of one facility
    "完成日处理3万吨水厂改扩建。",  # its capacity
    "推进投资5亿元的全民健身中心建设。",  # its cost
    "打造沿江100公里“生态长廊”。",  # the length of a named place
    "国家已经组织了57户企业集团试点。",  # results stated in the plan
    "先后在58个城市进行了试点。",
    "根据2020年对3280个企业的统计，效益普遍提高。",  # a past year
    "预计全年新增就业2万人。",  # an estimate
    "今年高校毕业生将高达900万人。",  # a forecast of a population
    "将制造业现行16%的税率降至13%。".replace("降至13%", "调整"),  # the value in force today
    "扶持三元、五星等龙头企业发展。",  # a name written with a numeral
    "其中投资500万元以上的项目2350个。".replace("项目2350个", "项目占多数"),  # a class of things
])
def test_numbers_of_a_plan_that_are_not_targets(sentence):
    assert rows(sentence) == []


@pytest.mark.parametrize("sentence", ["之后每连续参保1年，提高最高支付限额。".split("，")[0] + "。", "全市实时人口1.5亿左右。"])
def test_rules_parameters_and_population_sizes(sentence):
    assert rows(sentence) == []


def test_a_target_stated_again_word_for_word_is_one_row():
    found = rows("办好十件民生实事。\n（二）民生保障\n用心用情办好十件民生实事，让群众有更多获得感。")
    assert seen(found) == [("task", "民生实事", 10)]


def test_rates_per_day_and_per_second():
    found = rows("新增污水处理能力30万吨/日，提升城市排涝能力600立方米/秒。")
    assert [(r["indicator"], r["unit"]) for r in found] == [("新增污水处理能力", "万吨/日"), ("提升城市排涝能力", "立方米/秒")]


def test_only_the_level_reached_is_a_target():
    assert seen(rows("将制造业现行16%的税率降至13%。")) == [("task", "税率", 13)]
    assert seen(rows("博士点由62个增加到96个。")) == [("task", "博士点", 96)]
    assert seen(rows("落实好增值税起征点从月销售额3万元提高到10万元。")) == [("task", "增值税起征点", 10)]
    assert seen(rows("国家已经组织了57户企业集团试点，今年要扩大到120户。")) == [
        ("task", "国家已经组织了57户企业集团试点", 120)]


def test_a_class_of_things_is_not_counted_but_the_things_are():
    assert seen(rows("力争全年生产总值超200亿元的县达到10个。")) == [("task", "生产总值超200亿元的县", 10)]  # (the
    # class is what is counted: 县 alone would read as all counties)


def test_people_the_plan_reaches_are_counted():
    assert seen(rows("再解决6000万农村人口的安全饮水问题。")) == [("task", "农村人口的安全饮水问题", 6000)]
    assert seen(rows("要按期完成裁减人员五十万的任务。")) == [("task", "裁减人员", 50)]


def test_a_count_of_amount_for_many_things_is_kept():
    found = rows("建设10万平方米保障性住房，实施1.8万亩节水灌溉等工程建设。")
    assert [(r["indicator"], r["value"]) for r in found] == [("保障性住房", 10), ("节水灌溉等工程", 1.8)]


# --- money tied to its indicator ----------------------------------------------------------

def test_money_of_the_things_counted_after_it():
    found = rows("抓好滨河公园、东部新城等总投资600亿元的80个市重点项目建设。")
    assert [(r["indicator"], r["value"], r["unit"]) for r in found] == [
        ("市重点项目总投资", 600, "亿元"), ("市重点项目", 80, "个")]


def test_money_after_the_things_counted():
    found = rows("全力完成今年45个重点项目38亿元的投资计划。")
    assert [(r["indicator"], r["value"]) for r in found] == [("重点项目", 45), ("重点项目投资", 38)]


def test_a_bare_total_investment_takes_the_subject_before():
    found = rows("力争谋划项目突破2500个，总投资突破1.5万亿元。")
    assert [(r["indicator"], r["value"]) for r in found] == [("谋划项目", 2500), ("谋划项目总投资", 1.5)]


def test_a_comparison_with_last_year_keeps_the_subject():
    # the amount is an increment of the subject (audit shape: 8000亿元 read as the deficit itself), so it says so
    found = rows("今年拟安排财政赤字2.8万亿元，比去年增加8000亿元。")
    assert [(r["indicator"], r["value"]) for r in found] == [("财政赤字", 2.8), ("财政赤字", 8000)]
    found = rows("中央财政拟安排就业补助资金900亿元，比上年增加70亿元，补助标准比上年增长10%。")
    assert [(r["indicator"], r["value"]) for r in found][1:] == [("中央财政安排就业补助资金", 70),
                                                                 ("补助标准", 10)]


# --- lists ------------------------------------------------------------------------------------

def test_a_bare_grade_takes_the_head_of_the_last_item():
    found = rows("推进8个国家级、4个省级区域医疗中心建设。")
    assert [r["indicator"] for r in found] == ["国家级区域医疗中心", "省级区域医疗中心"]
    found = rows("推进省级400个、市级3000个重点项目建设。")
    assert [r["indicator"] for r in found] == ["省级重点项目", "重点项目"]


def test_a_verb_is_shared_along_a_list():
    found = rows("新改扩建职业学校12所、宿舍30万平方米。")
    assert [r["indicator"] for r in found] == ["新改扩建职业学校", "新改扩建宿舍"]


def test_one_indicator_in_two_units():
    found = rows("实现农村贫困人口96户、183人全部稳定脱贫。")
    assert [(r["indicator"], r["unit"]) for r in found] == [("农村贫困人口", "户"), ("农村贫困人口", "人")]


def test_each_with_jun():
    found = rows("城镇居民人均消费支出、农村居民人均消费支出均增长6%。")
    assert [r["indicator"] for r in found] == ["城镇居民人均消费支出", "农村居民人均消费支出"]


def test_a_generic_noun_takes_the_measure_it_is_stated_in():
    text = PLAN + "四是全力推进城中村改造工程。争取政策资金，全力完成今年8000户改造任务。\n"
    found = target_rows(parse_outline(doc(text)))[0]
    assert [(r["indicator"], r["value"]) for r in found] == [("城中村改造", 8000)]


# --- numbers in words, and text broken by a scrape ------------------------------------------

@pytest.mark.parametrize("clause, value, unit, base_value", [
    ("工业总产值计划达到六百四十三亿七千万元", 643.7, "亿元", 64370000000),
    ("公路通车里程将达二万五千五百公里", 2.55, "万公里", 25500),
    ("钢产量增长二点一倍", 2.1, "倍", 2.1),
    ("粮食产量增长百分之八至九", 8, "%", 8),
])
def test_numerals_in_words(clause, value, unit, base_value):
    [q] = scan_quantities(clause)
    assert (q.value, q.unit, q.base_value) == (value, unit, base_value)


def test_a_range_in_words():
    [q] = scan_quantities("经济增长速度定为百分之八至九")
    assert (q.value, q.value_max) == (8, 9)


def test_a_sentence_broken_over_lines_keeps_its_subject():
    found = rows("保持流动性合理充裕，引导货币信贷和社会融资规模合理增长。今年广义货币M\n2\n预期增长13%左右，"
                 "社会融资规模余额增长12%左右。")
    assert [r["indicator"] for r in found] == ["广义货币M2", "社会融资规模余额"]
    r = found[0]
    assert "\n" in r["source_text"]  # the published span still covers the text as it is


def test_a_paragraph_repeated_word_for_word_is_read_once():
    para = "新建公办幼儿园12所，新增学位3600个。\n"
    found = rows(para + para)
    assert [(r["indicator"], r["value"]) for r in found] == [("新建公办幼儿园", 12), ("新增学位", 3600)]


def test_a_floor_before_the_verb_is_at_least():
    """每个县至少建成2所: 至少 before the verb says at least, and is no part of the subject."""
    rows = plan_target_rows("每个县至少建成2所乡镇养老服务中心，最少培育3家龙头企业。", "二、2021年工作安排\n（一）民生\n")
    assert [(r["comparator"], r["value"]) for r in rows] == [("ge", 2), ("ge", 3)]
    assert not any("至少" in r["indicator"] or "最少" in r["indicator"] for r in rows)


def test_an_items_number_is_not_its_subject():
    rows = plan_target_rows("七是新建城市公园5个。八是建成乡镇污水处理设施12座。", "二、2021年工作安排\n（一）环境\n")
    assert [r["indicator"] for r in rows] and not any(r["indicator"].startswith(("七是", "八是")) for r in rows)


@pytest.mark.parametrize("adverb", ["动态", "始终", "长期"])
def test_an_adverb_of_the_holding_verb_is_no_part_of_the_subject(adverb):
    """储备项目动态保持在800个以上: 动态 says how the level is held, not what is held."""
    rows = plan_target_rows(f"市级储备项目{adverb}保持在800个以上。", "二、2021年工作安排\n（一）项目\n")
    assert [(r["indicator"], r["value"]) for r in rows] == [("市级储备项目", 800)]


# --- indicators that carry their subject (issue 20, audit shapes of 2026-12-07) ---------------

@pytest.mark.parametrize("sentence,indicator", [
    ("加强乡镇生活污水治理，确保治理率达到85%。", "乡镇生活污水治理率"),
    ("以更大力度推进城中村污水治理，因地制宜选择治理模式，力争年底前治理率超80%。", "城中村污水治理率"),
    ("健全城乡垃圾分类收运体系，力争覆盖率达到90%以上。", "城乡垃圾分类收运体系覆盖率"),
    ("加快建设宜居宜业的美丽乡村，确保覆盖率达到30%以上。", "美丽乡村覆盖率"),
    ("提高高中阶段教育质量，巩固率达到95%。", "高中阶段教育巩固率"),
    ("拓宽煤矸石综合利用途径，确保综合利用率不低于65%。", "煤矸石综合利用率"),
    ("深化拓展“惠民卡”应用，场景覆盖达到40%以上。", "“惠民卡”应用场景覆盖"),
])
def test_a_bare_rate_takes_the_subject_of_the_clause_before(sentence, indicator):
    assert [r["indicator"] for r in rows(sentence)] == [indicator]


def test_a_bare_rate_without_a_clause_naming_a_thing_stays_as_it_is():
    found = rows("新建公办幼儿园学位3000个，公办率达到60%。")  # the clause before states a value: no subject taken
    assert [r["indicator"] for r in found] == ["新建公办幼儿园学位", "公办率"]


def test_a_time_word_inside_a_rate_does_not_cut_its_subject():
    assert [r["indicator"] for r in rows("推动招商项目落地，确保签约项目当年开工率超过60%。")] == ["签约项目开工率"]
    assert [r["indicator"] for r in rows("推进安居工程，续建安置房项目年内交付率达到95%。")] == ["续建安置房项目交付率"]


@pytest.mark.parametrize("sentence,second", [
    ("城镇居民电子健康档案建档率达到60%，农村达到35%。", "农村居民电子健康档案建档率"),
    ("城区公共绿地率达到40%，县城达到30%。", "县城公共绿地率"),
    ("城镇登记失业率控制在4.5%以内，农村达到6%。", "农村登记失业率"),
])
def test_a_second_clause_naming_only_another_scope_reuses_the_indicator(sentence, second):
    assert [r["indicator"] for r in rows(sentence)][1] == second


def test_the_class_a_share_is_of_stays_in_its_indicator():
    assert seen(rows("壮大村级集体经济，收入超20万元的村占比达到60%。")) == [("task", "收入超20万元的村占比", 60)]
    assert seen(rows("将制造业现行16%的税率降至13%。")) == [("task", "税率", 13)]  # today's value is no class


def test_a_value_per_unit_keeps_the_unit_and_the_unit_is_no_target():
    assert seen(rows("今年玉米最低收购价每100公斤提高6元。")) == [("task", "玉米最低收购价每100公斤", 6)]


def test_a_start_value_stated_per_person_is_not_a_target():
    found = rows("困难老人护理补贴、高龄津贴标准分别从每人每月150元、100元提高到160元、120元。")
    assert [(r["indicator"], r["value"]) for r in found] == [("困难老人护理补贴标准", 160), ("高龄津贴标准", 120)]


def test_a_bare_rate_after_another_value_of_its_clause_takes_no_subject_from_before():
    found = rows("完善产业园区配套，标准化厂房新建20万平方米以上、入驻率85%以上。")
    assert "园区配套入驻率" not in [r["indicator"] for r in found]
    found = rows("巩固普惠性幼儿园覆盖面，确保普惠率85％以上。")  # the clause before names another measure
    assert [r["indicator"] for r in found] == ["普惠率"]


def test_a_count_per_place_says_per_what():
    assert seen(rows("每个乡镇打造2-3个美丽庭院示范片区。")) == [("task", "每个乡镇美丽庭院示范片区", 2)]
    assert seen(rows("每个县至少建成1所标准化托育中心。")) == [("task", "每个县建成标准化托育中心", 1)]


def test_the_verb_new_or_rebuilt_is_kept_whole():
    assert [r["indicator"] for r in rows("新建改扩建20个社区体育公园、60个健身广场。")] == [
        "新建改扩建社区体育公园", "新建改扩建健身广场"]


def test_a_start_value_inside_a_subject_is_cut_off():
    from policydata.extract.targets import tidy_indicator
    assert tidy_indicator("全国平均每个职工的工资将由一九八○年的七百元") == "全国平均每个职工的工资"


def test_the_scope_of_a_count_per_place_is_the_place_only():
    assert [r["indicator"] for r in rows("每个县(市、区)集中建设1个现代农业示范园。")] == ["每个县(市、区)现代农业示范园"]


def test_a_bare_grade_in_a_respectively_list_shares_the_head_of_the_last_item():
    assert [r["indicator"] for r in rows("新培育国家级、省级制造业单项冠军企业分别达8家和30家以上。")] == [
        "新培育国家级制造业单项冠军企业", "新培育省级制造业单项冠军企业"]


def test_a_count_of_kinds_is_the_scope_of_a_measure_not_a_target():
    assert rows("突出抓好6类重点场所和8类重点人群安全防控。") == []
    assert rows("全面推开白血病等5类重大疾病保障。") == []


def test_a_rate_by_which_something_is_cut_names_what_is_cut():
    assert [(r["indicator"], r["comparator"], r["value"]) for r in rows("各部门一律按不低于3%的幅度压减非刚性支出。")] == [
        ("压减非刚性支出", "ge", 3)]


def test_a_horizon_after_a_lead_word_is_not_in_the_indicator():
    found = rows("力争到2025年农村居民人均可支配收入达到30000元以上。")
    assert [(r["indicator"], r["target_year"]) for r in found] == [("农村居民人均可支配收入", 2025)]


def test_a_second_item_naming_another_level_reuses_the_measure():
    found = rows("确保地表水国控断面优良水体比例保持100%、市控断面达92%以上。")
    assert [r["indicator"] for r in found] == ["地表水国控断面优良水体比例", "地表水市控断面优良水体比例"]


def test_points_over_last_year_are_an_increment_of_the_rate():
    assert [(r["indicator"], r["value"]) for r in rows("今年赤字率拟按3%安排，比去年预算高0.4个百分点。")] == [
        ("赤字率", 3), ("赤字率", 0.4)]


def test_a_shared_verb_of_starting_new_works_is_kept_for_every_item():
    assert [r["indicator"] for r in rows("开工新建中小学12所、幼儿园7所。")] == ["开工新建中小学", "开工新建幼儿园"]


def test_works_under_way_keep_their_word():
    assert [r["indicator"] for r in rows("在建重点水利项目完成投资25亿元。")] == ["在建重点水利项目完成投资"]


def test_a_count_labelling_whose_revenue_is_no_target():
    assert seen(rows("推动12家省级服务业集聚区完成营收2500亿元左右。")) == [("task", "省级服务业集聚区完成营收", 2500)]


@pytest.mark.parametrize("sentence", ["维修农村供水工程900处，受益60万人。", "所占比重由2020年的40%上升到2022年的55%。"])
def test_a_lone_verb_is_no_indicator(sentence):
    assert all(r["indicator"] not in ("受益", "上升到") for r in rows(sentence))


def test_the_figure_of_the_year_a_change_is_counted_from_is_no_target():
    found = rows("今年社会消费品零售总额拟定为3200亿元，比2020年的2800亿元增长14%。")
    assert 2800 not in [r["value"] for r in found]
    found = rows("全年工业总产值将比2020年的5000亿元增长8%。")
    assert [(r["indicator"], r["value"]) for r in found] == [("工业总产值", 8)]


def test_a_running_total_after_an_increment_says_it_is_the_total():
    assert [(r["indicator"], r["value"]) for r in rows("新增国家高新技术企业50家，累计达到600家。")] == [
        ("新增国家高新技术企业", 50), ("累计国家高新技术企业", 600)]


def test_a_bare_grade_in_an_each_list_shares_the_head():
    assert [r["indicator"] for r in rows("力争新增五星级和四星级酒店各1家、等级民宿10家。")] == [
        "新增五星级酒店", "新增四星级酒店", "新增等级民宿"]


def test_each_of_a_list_with_a_verb_after_jun_gets_the_value():
    found = rows("力争市属国企营业收入、利润总额、上缴税费均实现8%以上增长。")
    assert [r["indicator"] for r in found] == ["市属国企营业收入", "市属国企利润总额", "市属国企上缴税费"]  # (issue 20:
    # the bare measures after the first are the SOEs' too)


def test_a_comparator_before_the_base_of_a_share_is_the_comparator():
    got = [(r["indicator"], r["comparator"], r["value"]) for r in rows(
        "确保示范街区、标准街区分别不少于城区面积的8%和30%。县域经济总量达到全市经济总量的45%。")]
    assert got == [("示范街区", "ge", 8.0), ("标准街区", "ge", 30.0), ("县域经济总量占全市经济总量比重", "eq", 45.0)]


def test_an_item_ending_on_an_activity_shares_the_head_of_the_last_item():
    assert [r["indicator"] for r in rows("新建工程研究、技术创新和企业技术中心各5个。")] == [
        "新建工程研究中心", "新建技术创新中心", "新建企业技术中心"]
    assert [r["indicator"] for r in rows("新增企业技术中心、实验室分别20家和5家。")] == ["新增企业技术中心", "新增实验室"]


def test_an_item_with_a_verb_of_its_own_does_not_take_the_first_items_verb():
    assert [r["indicator"] for r in rows("力争新开工亿元项目300个以上、新入库项目总投资1500亿元以上、完成固投900亿元以上。")] == [
        "新开工亿元项目", "新入库项目总投资", "固投"]
    assert [r["indicator"] for r in rows("新改扩建学校100所、校舍50万平方米。")] == ["新改扩建学校", "新改扩建校舍"]
    assert [r["indicator"] for r in rows("新增光伏50万千瓦、新型储能20万千瓦。")] == ["新增光伏", "新增新型储能"]
