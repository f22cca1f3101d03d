"""Quantities that are not commitments, indicators that are noun phrases, and the year a target is for
(issue 20). Sentences composed for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from helpers import META, doc, plan_target_rows
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


# --- audit shapes of the second round (composed sentences) ---------------------------------------

@pytest.mark.parametrize("sentence, kept", [
    # a size class written as a range sorts the things counted after it
    ("确保新开工20亿元以上工业项目不少于6个、5—20亿元项目不少于11个。",
     [("新开工20亿元以上工业项目", 6), ("新开工5—20亿元项目", 11)]),
    ("新增营收30亿—60亿元企业4家。", [("新增30亿—60亿元企业", 4)]),
    # 项 begins the noun 项目 after a magnitude: no unit 亿项
    ("新落地过20亿项目5个以上。", [("新落地过20亿项目", 5)]),
    # a numbered set of rules applied, a set named as the means of a measure: titles, not quantities
    ("严格落实中央八项规定精神和省委十项规定。", []),
    ("落实惠企服务十二项举措。", []),
    ("把十二条重点产业链作为工业强县的主要抓手。", []),
    # a level written with 水平 after the value is the level of the subject before
    ("粮食产量稳定在180万吨水平。", [("粮食产量", 180)]),
])
def test_sizes_titles_and_levels(sentence, kept):
    assert seen(rows(sentence)) == kept


def test_units_the_genre_writes():
    assert [(r["indicator"], r["value"], r["unit"]) for r in rows("新建充电桩1500台套，新增成品油罐容12万方。")] == [
        ("新建充电桩", 1500, "台套"), ("新增成品油罐容", 12, "万方")]
    assert rows("重点做好以下9方面工作，编制对外开放2.0方案。") == []  # 方 alone is no unit
    assert [(r["indicator"], r["unit"]) for r in rows("农业社会化服务规模达到600万亩次。")] == [("农业社会化服务规模", "万亩次")]


def test_a_lone_stage_verb_takes_the_works_of_the_stage_before():
    assert seen(rows("城镇老旧小区改造新开工260个、完工180个。")) == [("城镇老旧小区改造新开工", 260),
                                                                   ("城镇老旧小区改造完工", 180)]
    assert seen(rows("力争年内新开工重点项目80个、竣工60个。")) == [("新开工重点项目", 80), ("重点项目竣工", 60)]
    assert seen(rows("加快“美丽农村路”建设，新改建50公里、养护700公里。")) == [
        ("新改建", 50), ("养护", 700)]  # not 新改建养护
    assert seen(rows("强力推进160个市重点项目建设，开工70个、续建90个。")) == [
        ("市重点项目", 160), ("市重点项目开工", 70), ("市重点项目续建", 90)]
    assert rows("完成投放8家以上。") == []  # a lone verb names nothing


def test_a_subject_is_never_a_modal_a_direction_or_a_duration():
    found = seen(rows("全年供应社会的商品总量，可以达到四百亿元，比上一年增加十五亿元，增长百分之四点五。"))
    assert found == [("供应社会的商品总量", 400), ("供应社会的商品总量", 15), ("供应社会的商品总量", 4.5)]
    assert seen(rows("钢材在工业总产值中的比重，将由百分之二十上升到百分之二十四。")) == [("钢材在工业总产值中的比重", 24)]
    assert seen(rows("出口总额达到二百亿元，平均每年递增百分之七点二。")) == [("出口总额", 200), ("出口总额", 7.2)]
    assert seen(rows("两年平均每年增长百分之九点八。")) == []


def test_a_later_year_compared_with_an_earlier_one_is_the_goal_year():
    found = rows("从主要消费品来看，一九五七年比一九五二年将有如下的增长：食盐增长百分之三十，食糖增长百分之九十。",
                 prefix="二、今后工作\n", plan_year=1955)
    assert [(r["indicator"], r["kind"], r["target_year"]) for r in found] == [("食盐", "horizon", 1957),
                                                                             ("食糖", "horizon", 1957)]
    found = rows("中学在校学生人数在一九五七年达到八十万人。", prefix="二、今后工作\n", plan_year=1955)
    assert [(r["value"], r["target_year"]) for r in found] == [(80, 1957)]


def test_an_increment_over_an_estimate_or_a_named_year_is_an_increment():
    found = rows("对外贸易，进出口总额620亿元，比2020年预计增加35亿元。")
    assert seen(found) == [("进出口总额", 620), ("进出口总额", 35)]
    found = rows("中央财政赤字2100亿元，比上年预算减少60亿元。")
    assert seen(found)[1] == ("中央财政赤字", 60)


def test_a_clause_with_a_value_of_its_own_lends_only_its_noun():
    found = rows("内河旅客周转量将达到四十二亿人公里，增长百分之六十五点五。", prefix="二、今后工作\n", plan_year=1955)
    assert seen(found) == [("内河旅客周转量", 42), ("内河旅客周转量", 65.5)]
    assert seen(rows("粮食产量比上一年增加100亿斤，增长百分之三点五。")) == [("粮食产量", 100),
                                                                          ("粮食产量", 3.5)]


def test_a_named_five_year_plan_gives_its_last_year():
    found = rows("“七五”计划草案规定，五年内全国工农业总产值增长百分之三十五。", prefix="二、今后工作\n", plan_year=1986)
    assert [(r["kind"], r["target_year"]) for r in found] == [("horizon", 1990)]
    assert rows("一九七五年计划完成钢产量二千万吨。", prefix="二、今后工作\n", plan_year=1978) == [] or \
        all(r["target_year"] != 1990 for r in rows("一九七五年计划完成钢产量二千万吨。", prefix="二、今后工作\n", plan_year=1978))


@pytest.mark.parametrize("sentence, kept", [
    ("建成投用华牧3万头奶牛养殖园区，新建养殖园区5个。", [("新建养殖园区", 5)]),  # the herd of one facility
    ("引进8户以上外贸企业入驻综合保税园区，关停、改造7台小煤电机组。", [("引进外贸企业入驻综合保税园区", 8),
                                                                   ("改造小煤电机组", 7)]),
    ("规划建设充电站3000个、建成3公里汽车充电服务圈。", [("规划建设充电站", 3000)]),  # a radius
    ("将慢性病处方用药量放宽至3个月，企业开办时间压缩至1天以内。", [("企业开办时间", 1)]),  # a rule relaxed
])
def test_sizes_radii_and_rules_are_not_targets(sentence, kept):
    assert seen(rows(sentence)) == kept


def test_the_parts_of_a_goal_share_its_year():
    found = rows("今年对外贸易要稳步发展。计划规定，到一九八五年，进出口贸易总额将达到七百亿元。"
                 "其中，出口总额将达到三百五十亿元；进口总额将达到三百五十亿元。今年出口增长百分之五。",
                 prefix="二、今后工作\n", plan_year=1982)
    assert [(r["indicator"], r["target_year"]) for r in found] == [
        ("进出口贸易总额", 1985), ("出口总额", 1985), ("进口总额", 1985), ("出口", 1982)]


@pytest.mark.parametrize("sentence, kept", [
    # institutes named by their number after their group
    ("发挥海洋大学和中船集团715所、703所等引领作用，新增涉海科技创新平台8家。", [("新增涉海科技创新平台", 8)]),
    ("深化与本地高校、中电科九所等战略合作。", []),
    # a count that labels the subject of the value after it
    ("“茶果菜药”4个产业集群全产业链产值突破3000亿元。", [("产业集群全产业链产值", 3000)]),
    ("12项社会救助标准提高6%以上。", [("社会救助标准", 6)]),
    # a bare increment after a level is an increment of that subject
    ("糖280万吨，增加12万吨；合成洗涤剂50万吨，增加6万吨。",
     [("糖", 280), ("糖", 12), ("合成洗涤剂", 50), ("合成洗涤剂", 6)]),
])
def test_names_labels_and_bare_increments(sentence, kept):
    assert seen(rows(sentence)) == kept


def test_a_paragraph_that_opens_on_the_past_year_holds_no_target():
    body = ("各位代表，一年来，我们持续加强政府自身建设。认真办理人大代表建议180件、政协提案210件。\n"
            "今年，认真办理人大代表建议和政协提案，新建学校6所。")
    assert seen(rows(body)) == [("新建学校", 6)]
    assert seen(rows("2020年，全区新建学校8所，新增学位1万个。\n今年新建学校5所。")) == [("新建学校", 5)]


def test_a_sentence_of_this_year_in_a_paragraph_led_by_a_goal_is_the_years_own():
    found = rows("到2025年，森林覆盖率达到45%。今年新增造林5万亩。", plan_year=2021)
    assert [(r["indicator"], r["kind"], r["target_year"]) for r in found] == [
        ("森林覆盖率", "horizon", 2025), ("新增造林", "task", 2021)]


@pytest.mark.parametrize("sentence, kept", [
    # a note on the unit, or an item's number, is never the subject
    ("筹集建设保障性租赁住房2万套（间）、配租1.2万套（间）。", [("筹集建设保障性租赁住房", 2), ("配租", 1.2)]),
    ("（3）新建农村户厕1.5万户。", [("新建农村户厕", 1.5)]),
    # a class of things sorted by size keeps its size in the indicator
    ("力争新签约10亿元以上项目40个、30亿元以上项目12个。", [("新签约10亿元以上项目", 40), ("新签约30亿元以上项目", 12)]),
    # a size that names the class a count or a share is of is not a value
    ("力争亿元企业达300家、10亿元企业达20家。", [("亿元企业", 300), ("10亿元企业", 20)]),
    ("年收益超10万元、超30万元村集体占比分别达50%、20%。", [("收益", 10)]),
    ("实际使用外资8亿美元、其中制造业外资占比30%以上。", [("实际使用外资", 8), ("制造业外资占比", 30)]),
])
def test_unit_notes_numbers_and_classes(sentence, kept):
    assert seen(rows(sentence)) == kept


def test_a_part_of_a_class_keeps_its_size():
    found = rows("全年实施5000万元以上项目400个，其中5亿元以上项目50个。")
    assert seen(found) == [("实施5000万元以上项目", 400), ("5亿元以上项目", 50)]


def test_a_count_that_labels_the_projects_whose_investment_is_the_target():
    assert seen(rows("200个市重点项目完成投资600亿元以上。")) == [("市重点项目完成投资", 600)]
    assert seen(rows("加快推进58个投资10亿元以上的重大项目。")) != []  # the projects counted stay


def test_a_goal_year_inside_the_sentence_and_a_subject_clause_before():
    found = rows("社会商品零售总额一九八五年将达到二千五百亿元。", prefix="二、今后工作\n", plan_year=1982)
    assert [(r["indicator"], r["kind"], r["target_year"]) for r in found] == [("社会商品零售总额", "horizon", 1985)]
    found = rows("重工业的产值则增长百分之六十，轻工业的产值所占的比重，将由百分之四十下降为百分之三十五。")
    assert seen(found) == [("重工业的产值", 60), ("轻工业的产值所占的比重", 35)]


def test_an_increment_over_a_named_figure_of_last_year():
    found = rows("今年中央财政赤字预算拟安排1600亿元，比去年预算赤字减少500亿元。")
    assert seen(found) == [("中央财政赤字预算", 1600), ("中央财政赤字预算", 500)]


def test_a_sentence_on_the_whole_period_of_the_plan_the_report_is_about():
    body = ("第六个五年计划的基本任务是发展生产。五年内全国新建铁路铺轨二千公里，建成复线一千七百公里。"
            "今年新建学校5所。\n一九八二年是第六个五年计划的第二年。一九八二年的计划，要求社会商品零售总额增长百分之八。")
    found = rows(body, prefix="二、今后工作\n", plan_year=1982)
    assert [(r["indicator"], r["kind"], r["target_year"]) for r in found] == [
        ("全国新建铁路铺轨", "horizon", 1985), ("建成复线", "horizon", 1985), ("新建学校", "task", 1982),
        ("社会商品零售总额", "task", 1982)]


@pytest.mark.parametrize("sentence, kept", [
    # the capacity of one project among those counted after 等 is not a value
    ("推动宝镁30万吨镁合金、天赐15万吨锂电新材料等20个项目建成投产。", [("项目建成投产", 20)]),
    ("新建绿道100公里、口袋公园20个。", [("新建绿道", 100), ("新建口袋公园", 20)]),
    # a stage verb of its own (新竣工达产) takes the works counted before
    ("投资超5亿元工业项目新开工200个、新竣工达产180个以上。", [("工业项目新开工", 200), ("工业项目新竣工达产", 180)]),
])
def test_capacities_of_listed_projects_and_stages(sentence, kept):
    assert seen(rows(sentence)) == kept


def test_five_year_totals_are_the_plans():
    found = rows("第六个五年计划规定。全国城镇五年合计建成住宅三亿平方米，平均每年六千万平方米。",
                 prefix="二、今后工作\n", plan_year=1982)
    assert {(r["kind"], r["target_year"]) for r in found} == {("horizon", 1985)}


@pytest.mark.parametrize("sentence, indicator", [
    ("加快推动纺织服装产业升级改造，推进35个技改项目建设，力争产业规模突破400亿元。", "纺织服装产业规模"),
    ("整合优化九条重点产业链，营收规模达到220亿元。", "九条重点产业链营收规模"),
    ("高端装备制造产业重点发展医疗器械，支持龙头企业做大做强，力争产值160亿元。", "高端装备制造产业产值"),
    ("力争产值突破100亿元。", "产值"),  # no industry named: left as it is
])
def test_a_bare_measure_is_of_the_industry_its_sentence_is_about(sentence, indicator):
    assert [r["indicator"] for r in rows(sentence) if r["unit"] == "亿元"] == [indicator]


@pytest.mark.parametrize("sentence, kept", [
    # the cost of one project named after 总投资…的 is not a value
    ("开工建设总投资80亿元的华星高端装备特厚板、总投资50亿元的国能三期等牵动性项目，制造业投资增长15%以上。",
     [("制造业投资", 15)]),
    # households above a size sort the villages
    ("加快推进乡镇通三级以上公路、30户以上自然村通硬化路等专项工程。", []),
    # a generic noun after the count takes the quoted name before it
    ("完成太行二号旅游公路120公里、“四好农村路”90公里建设任务。",
     [("太行二号旅游公路", 120), ("“四好农村路”", 90)]),
    # a short later item shares the lead of the first
    ("全年旅游总人次、总收入均增长15%以上。", [("旅游总人次", 15), ("旅游总收入", 15)]),
])
def test_project_costs_village_classes_and_shared_leads(sentence, kept):
    assert seen(rows(sentence)) == kept


def test_an_estimate_opened_by_keyi_or_a_consequence_of_ruguo_with_jiang_is_no_target():
    got = [r["indicator"] for r in plan_target_rows(
        "明年计划把轻工业比重提高1%，可以少用标准煤500万吨。如果今年的计划完成，农业总产值比去年将增长20%。",
        "二、2021年工作安排\n（一）重点工作\n", 2021)]
    assert got == ["轻工业比重"]
    assert [r["value"] for r in plan_target_rows("如果没有大的灾害，粮食产量将达到6000万吨。",
                                                  "二、2021年工作安排\n（一）重点工作\n", 2021)] == [6000]


def test_a_count_of_a_set_that_exists_is_no_target():
    got = [(r["indicator"], r["value"]) for r in plan_target_rows(
        "继续抓实86个市级示范片区，用好30个国家级平台、200个省级平台，抓好3个国家级和8个省级农村改革试点，"
        "抓好50个市重点项目建设，新增试点5个。", "二、2021年工作安排\n（一）重点工作\n", 2021)]
    assert got == [("市重点项目", 50), ("新增试点", 5)]


def test_the_capacity_of_each_project_named_in_a_list_is_no_target():
    got = [r["value"] for r in plan_target_rows(
        "实施年产30万吨优质大米、2万吨米粉等项目15个，全产业链产值达120亿元。", "二、2021年工作安排\n（一）重点工作\n", 2021)]
    assert got == [15, 120]


def test_a_size_in_yi_before_a_noun_and_its_count_names_the_class_counted():
    got = [(r["indicator"], r["value"]) for r in plan_target_rows(
        "新增100亿产业链2个。力争新增百亿企业3家。", "二、2021年工作安排\n（一）重点工作\n", 2021)]
    assert got == [("产业链", 2), ("新增百亿企业", 3)]


@pytest.mark.parametrize("sentence, kept", [
    # a count followed by 已(经) + a finished verb states where things stand, not a commitment
    ("援建项目中，除了9个项目已经建成投产、6个项目已经部分地投入使用以外，今年新开工项目15个。",
     [("新开工项目", 15)]),
    ("30个改革试点均已完成验收，今年新建示范园区4个。", [("新建示范园区", 4)]),
    # an attribute before the noun (已签约) still leaves a count to reach
    ("推动45个已签约项目开工建设。", [("已签约项目开工", 45)]),
])
def test_a_count_with_a_finished_state_is_a_status(sentence, kept):
    assert seen(rows(sentence)) == kept


def test_a_restatement_at_another_price_base_is_not_a_second_target():
    found = rows("今年农业总产值达到800亿元。如果仍然按照1990年的不变价格计算，农业总产值则为650亿元，"
                 "工业总产值则为900亿元。")
    assert seen(found) == [("农业总产值", 800)]


def test_a_size_band_before_the_noun_stays_in_later_items():
    found = rows("培育骨干企业梯队，力争亿元企业达280家、10亿元企业达30家、50亿元企业达6家。")
    assert seen(found) == [("亿元企业", 280), ("10亿元企业", 30), ("50亿元企业", 6)]


@pytest.mark.parametrize("sentence, kept", [
    ("今年加快推进85个在建重点项目，新开工项目40个。", [("新开工项目", 40)]),
    ("持续推进12个在建省重大项目建设。", []),
    ("提速31个续建工业项目。", []),
])
def test_works_already_under_way_are_a_set_that_exists(sentence, kept):
    assert seen(rows(sentence)) == kept


def test_two_numerals_joined_by_a_pause_mark_are_a_range():
    q = scan_quantities("商品粮产量增加两、三倍")
    assert [(x.value, x.value_max, x.unit) for x in q] == [(2, 3, "倍")]
    assert scan_quantities("一、二、三类水体比例") == []
    found = rows("全市蔬菜产量增加两、三倍。")
    assert [(r["indicator"], r["value"], r["value_max"]) for r in found] == [("蔬菜产量", 2, 3)]


def test_a_sum_spent_on_a_named_purpose_is_the_spending_on_it():
    found = rows("区校企投资3亿元共同建设智能制造研究院及中试基地。")
    assert seen(found) == [("投资共同建设智能制造研究院及中试基地", 3)]
    assert seen(rows("市财政投入2亿元支持文旅产业发展。")) == [("投入支持文旅产业发展", 2)]


def test_works_pushed_to_build_faster_are_a_set_that_exists():
    assert seen(rows("全力推动60个重点工业项目加快建设，新开工项目30个。")) == [("新开工项目", 30)]


def test_the_verb_of_the_first_item_is_shared_by_a_later_item():
    assert seen(rows("开工改造城镇老旧小区260个、棚户区823套。")) == [("开工改造城镇老旧小区", 260),
                                                                    ("开工改造棚户区", 823)]


def test_a_vague_count_after_a_conjunction_opens_another_item():
    assert seen(rows("实施9个老旧街区改造项目和一批背街小巷整治项目。")) == [("老旧街区改造项目", 9)]


def test_more_than_after_a_bare_magnitude_of_people_reached_is_part_of_the_figure():
    from policydata.grammar.quantities import scan_quantities
    [q] = scan_quantities("解决了6亿多城乡人口的用水问题")
    assert (q.value, q.unit, q.vague, q.end) == (6.0, "亿", True, 6)
    assert scan_quantities("6亿多城乡人口") == []  # no verb reaches them: a population described
