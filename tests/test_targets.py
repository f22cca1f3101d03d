"""The quantity grammar, rule by rule, on sentences written for these tests in the genre's style."""

from __future__ import annotations

import pytest

from helpers import doc
from policydata.extract.outline import parse_outline
from policydata.extract.targets import target_rows
from policydata.grammar.quantities import scan_quantities, split_items, tidy_noun
from policydata.text import fold

PLAN = "二、2021年工作安排\n（一）重点工作\n"


def rows(body: str, prefix: str = PLAN) -> list[dict]:
    return target_rows(parse_outline(doc(prefix + body + "\n")))[0]


def one(body: str, prefix: str = PLAN) -> dict:
    found = rows(body, prefix)
    assert len(found) == 1, found
    return found[0]


def brief(r: dict) -> tuple:
    return (r["indicator"], r["comparator"], r["value"], r["unit"])


# --- numbers ---------------------------------------------------------------------------------

def test_full_width_digits_and_percent():
    r = one("全年实施重点项目１２０个，城镇登记失业率控制在４．５％以内。".split("，")[0] + "。")
    assert brief(r) == ("重点项目", "eq", 120, "个")
    assert brief(one("城镇登记失业率控制在４．５％以内。")) == ("城镇登记失业率", "le", 4.5, "%")  # width folded


def test_decimal_and_base_value():
    r = one("为2.5万户家庭改造供水管网。")
    assert (r["value"], r["unit"], r["base_value"], r["base_unit"]) == (2.5, "万户", 25000, "户")


@pytest.mark.parametrize("sentence, value, unit", [
    ("实现全国卫生城市三连冠。", 3, "连冠"),
    ("办好十件民生实事。", 10, "件"),
    ("推进第一中学、实验小学、城关小学三所学校改扩建。", 3, "所"),
    ("城镇居民收入增长百分之六。", 6, "%"),
])
def test_chinese_numerals(sentence, value, unit):
    r = one(sentence)
    assert (r["value"], r["unit"]) == (value, unit)


@pytest.mark.parametrize("sentence", [
    "推进十九中学、二十中学教学楼改造。",  # school names
    "编制“十四五”规划，落实“六稳”“六保”任务。",  # quoted plans and slogans
    "深化“一制三化”改革，推行“双随机、一公开”监管。",
    "学习贯彻党的十九届五中全会精神。",  # congress sessions
    "推动地铁7号线开通运营，创建国家5A级旅游景区。",  # line numbers, grades
    "加快建设5G网络，降低PM2.5浓度。",  # names with digits
    "实施“1001工程”，构建“1+6”政务服务体系，落实7+18+N机制。",
    "举办第十五届读书节，开展第三次全国土壤普查。",  # ordinals
    "完成鞍山道54号提升改造，发布政策2.0版。",  # addresses, versions
    "2021年6月底前完成2021年度审计整改。",  # years and dates
    "严格落实中央八项规定精神，打赢三大攻坚战。",  # fixed names
    "把14亿多中国人的饭碗牢牢端在自己手中。",  # a description, not a commitment
    "我国有2.9亿在校学生。",  # a fact
    "以“厕所革命”、污水治理等6项内容为重点。",  # a focus frame
    "将3岁以下婴幼儿照护费用纳入扣除。",  # a class of things
    "推行24小时自助服务，实施科技创新十年规划。",  # durations as attributes
    "精心打造四张城市名片。",  # a small Chinese count with no list
    "关乎千家万户的切身利益。",  # an idiom
    "重点做好以下五个方面工作。",  # the report's own structure
])
def test_numbers_that_are_not_targets(sentence):
    assert rows(sentence) == []


# --- units -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, unit, base_value, base_unit", [
    ("新增就业4万人。", "万人", 40000, "人"),
    ("实际利用外资3000万美元。", "万美元", 30000000, "美元"),
    ("一般公共预算收入达到110亿元。", "亿元", 11000000000, "元"),
    ("盘活闲置楼宇20万平方米。", "万平方米", 200000, "平方米"),
    ("改造老旧供热管网12公里。", "公里", 12, "公里"),
    ("细颗粒物年均浓度控制在35微克/立方米以内。", "微克/立方米", 35, "微克/立方米"),
    ("新增光伏装机容量1000万千瓦。", "万千瓦", 10000000, "千瓦"),
    ("粮食产量稳定在1.2万亿斤以上。", "万亿斤", 1.2e12, "斤"),
    ("建成区绿地率提高1.5个百分点。", "个百分点", 1.5, "个百分点"),
])
def test_units_and_magnitudes(sentence, unit, base_value, base_unit):
    r = one(sentence)
    assert (r["unit"], r["base_value"], r["base_unit"]) == (unit, base_value, base_unit)


@pytest.mark.parametrize("sentence, unit", [("新建停车泊位800个。", "个"), ("培育规上企业25家。", "家"),
                                            ("完成民生项目30项。", "项"), ("新建幼儿园4所。", "所"),
                                            ("建成公园6座。", "座"), ("改造农户危房200户。", "户"),
                                            ("新增养老床位500张。", "张"), ("整治黑臭水体12处。", "处")])
def test_measure_words(sentence, unit):
    assert one(sentence)["unit"] == unit


# --- structures ------------------------------------------------------------------------------

def test_respectively_pairs_values_in_order():
    found = rows("城镇、农村居民人均可支配收入分别增长6%和8%左右。")
    assert [(r["indicator"], r["value"], r["comparator"]) for r in found] == [
        ("城镇居民人均可支配收入", 6, "approx"), ("农村居民人均可支配收入", 8, "approx")]


def test_respectively_expands_a_shared_head():
    found = rows("全年内、外资到位额分别达到80亿元和3000万美元。")
    assert [(r["indicator"], r["base_value"]) for r in found] == [("内资到位额", 8e9), ("外资到位额", 3e7)]


def test_respectively_shares_a_tail_and_a_verb():
    assert split_items("居民医保和基本公卫服务经费人均补助标准", 2) == ["居民医保人均补助标准", "基本公卫服务经费人均补助标准"]
    assert split_items("新建和改造学校", 2) == ["新建学校", "改造学校"]
    assert split_items("城乡居民收入", 2) == ["城镇居民收入", "农村居民收入"]


def test_paired_values_without_respectively():
    found = rows("高新技术企业、科技型中小企业力争达到80家和200家。")
    assert [(r["indicator"], r["value"], r["comparator"], r["aspirational"]) for r in found] == [
        ("高新技术企业", 80, "ge", True), ("科技型中小企业", 200, "ge", True)]


def test_respectively_with_mismatched_counts_is_flagged_not_guessed():
    o = parse_outline(doc(PLAN + "引进企业和项目分别为10家、20个和30个。\n"))
    found, issues = target_rows(o)
    assert found == [] and [i["kind"] for i in issues] == ["count-mismatch"]


def test_each_gives_every_item_the_value():
    found = rows("新建社区食堂和老年助餐点各10个。")
    assert [(r["indicator"], r["value"]) for r in found] == [("新建社区食堂", 10), ("新建老年助餐点", 10)]


def test_a_total_over_a_list_stays_one_row():
    assert one("新建提升农贸市场、便民菜店8家。")["indicator"] == "新建提升农贸市场、便民菜店"


def test_count_before_noun():
    assert brief(one("精心组织实施25项民心工程。")) == ("民心工程", "eq", 25, "项")
    assert one("建成100个“智慧书屋”。")["indicator"] == "建成“智慧书屋”"
    assert one("完成5个口袋公园建设。")["indicator"] == "口袋公园"


def test_count_before_noun_lists_share_verb_and_quoted_tail():
    found = rows("推进120项审批事项、80项服务事项“一网通办”。")
    assert [r["indicator"] for r in found] == ["审批事项“一网通办”", "服务事项“一网通办”"]
    found = rows("新建12座公共厕所、3座垃圾转运站以及配套设施。")
    assert [r["indicator"] for r in found] == ["新建公共厕所", "新建垃圾转运站"]


def test_noun_before_count():
    assert brief(one("引进高层次人才50名以上。")) == ("引进高层次人才", "ge", 50, "名")


def test_generic_count_takes_the_object_before():
    assert one("继续推进老旧小区改造，完成1200户的改造任务。")["indicator"] == "老旧小区改造"


def test_attribute_takes_the_subject_before():
    found = rows("市对区转移支付增加约20亿元、规模近300亿元，增长7%。")
    assert [(r["indicator"], r["comparator"]) for r in found] == [
        ("市对区转移支付", "approx"), ("市对区转移支付规模", "approx"), ("市对区转移支付", "eq")]


def test_from_value_is_not_a_target():
    r = one("将小微企业研发费用加计扣除比例从75%提高到100%。")
    assert (r["indicator"], r["value"], r["direction"]) == ("小微企业研发费用加计扣除比例", 100, None)


@pytest.mark.parametrize("sentence, comparator, value, value_max", [
    ("新增上市企业3-5家。", "range", 3, 5),
    ("完成技术攻关30－50项。", "range", 30, 50),
    ("引进总部企业5至10家。", "range", 5, 10),
    ("地区生产总值增长6%—6.5%。", "range", 6, 6.5),
    ("居民收入增长4.5-5%。", "range", 4.5, 5),
])
def test_ranges(sentence, comparator, value, value_max):
    r = one(sentence)
    assert (r["comparator"], r["value"], r["value_max"]) == (comparator, value, value_max)


@pytest.mark.parametrize("sentence, comparator", [
    ("新增市场主体1万户以上。", "ge"), ("城镇调查失业率控制在5.5%以内。", "le"), ("居民消费价格涨幅3%左右。", "approx"),
    ("新增城镇就业约3万人。", "approx"), ("森林覆盖率不低于30%。", "ge"), ("税收收入占比超过75%。", "gt"),
    ("空气优良天数达到300天。", "ge"), ("营业收入突破100亿元。", "ge"), ("万元生产总值能耗不超过0.5吨标准煤。", "le"),
    ("耕地保有量守住50万亩。", "ge"), ("规上工业增加值增长7%。", "eq"), ("集中供热率保持100%。", "eq"),
])
def test_comparators(sentence, comparator):
    assert rows(sentence)[0]["comparator"] == comparator


def test_aspiration_reaches_to_the_end_of_the_sentence():
    found = rows("地区生产总值增长6%，力争7%。")
    assert [(r["indicator"], r["value"], r["aspirational"]) for r in found] == [
        ("地区生产总值", 6, False), ("地区生产总值", 7, True)]
    assert one("争取新增就业2万人。")["aspirational"] is True


@pytest.mark.parametrize("sentence, direction", [
    ("单位地区生产总值能耗下降3%。", "down"), ("农村居民人均收入提高1000元。", "up"),
    ("研发投入强度提高到2.5%。", None), ("新增就业3万人。", None), ("一般公共预算收入增长5%。", "up"),
])
def test_direction(sentence, direction):
    assert one(sentence)["direction"] == direction


# --- context ---------------------------------------------------------------------------------

def test_review_part_gives_no_targets():
    text = "一、2020年工作回顾\n全年地区生产总值增长6.8%，城镇登记失业率控制在4.5%以内。\n"
    assert rows(text, prefix="") == []


@pytest.mark.parametrize("sentence", ["去年地区生产总值增长6.8%。", "预计全年一般公共预算收入增长5%。",
                                      "过去一年，新增就业2.1万人，新建学校3所。", "2020年全区粮食产量达到10亿斤。"])
def test_past_results_and_estimates_are_not_targets(sentence):
    assert rows(sentence) == []


def test_comparison_with_last_year_is_still_a_target():
    assert one("今年赤字率按3%左右安排、比去年有所下调。")["indicator"] == "赤字率"


def test_headline_paragraph_and_qualitative_rows():
    text = "今年经济社会发展主要预期目标是：地区生产总值增长6%左右，外贸进出口保持稳定增长。\n"
    found = rows(text, prefix="")
    assert [(r["kind"], r["indicator"], r["value"], r["comparator"]) for r in found] == [
        ("headline", "地区生产总值", 6, "approx"), ("headline", "外贸进出口", None, None)]


def test_horizon_goals_and_their_year():
    r = one("到2025年，全市常住人口达到300万人。")
    assert (r["kind"], r["target_year"]) == ("horizon", 2025)
    r = one("“十四五”期间，地区生产总值年均增长6%。")
    assert (r["kind"], r["target_year"]) == ("horizon", 2025)
    r = one("细颗粒物年均浓度控制在35微克以内。")
    assert (r["kind"], r["target_year"]) == ("task", 2021)


def test_part_titled_as_multi_year_is_horizon():
    text = "三、今后五年的主要目标\n地区生产总值年均增长6%，新增就业15万人。\n"
    assert {r["kind"] for r in rows(text, prefix="")} == {"horizon"}


def test_glossary_definitions_give_none():
    text = PLAN + "推进改革。\n附注：\n1.“1+6”体系：“1”是指1个中心，“6”是指6个分中心。\n"
    assert target_rows(parse_outline(doc(text)))[0] == []


def test_markup_ends_a_clause():
    found = rows("细颗粒物浓度控制在40微克<span改造排水管网和80处雨污混接点。")
    assert [(r["indicator"], r["value"]) for r in found] == [("细颗粒物浓度", 40), ("雨污混接点", 80)]


def test_offsets_point_at_the_source_text():
    o = parse_outline(doc(PLAN + "全年新增就业4万人，引进企业30家以上。\n"))
    for r in target_rows(o)[0]:
        assert o.document.text[r["char_start"]:r["char_end"]] == r["source_text"]


def test_fold_keeps_length():
    s = "增长５．５％，（一）"
    assert len(fold(s)) == len(s) and fold(s) == "增长5.5%,(一)"


def test_scan_reads_qualifiers():
    [q] = scan_quantities("新增就业4万人以上")
    assert (q.value, q.unit, q.after_comparator) == (4, "万人", "ge")


def test_scan_reads_more_than_between_a_magnitude_and_its_unit_and_counts_of_visits():
    [q] = scan_quantities("安置就业3.6万余人")
    assert (q.value, q.unit, q.vague) == (3.6, "万人", True)
    [q] = scan_quantities("服务经营主体52万户次")
    assert (q.value, q.unit) == (52, "万户次")
    [q] = scan_quantities("通关车辆45万辆次")
    assert q.unit == "万辆次"
    assert tidy_noun("县通过学前教育普及普惠县验收") == "县通过学前教育普及普惠县验收"


def test_bare_investment_takes_its_measure_or_the_clause_after():
    text = PLAN + "完善城市路网。全年计划投资12亿元，加快推进主干道改造。\n"
    assert one(text.split("\n", 2)[2], prefix=PLAN)["indicator"] == "城市路网投资"  # (shortest form: the lead's verb is no part)
    assert one("投资3.2亿元，实施滨湖景区基础设施建设。")["indicator"] == "滨湖景区基础设施建设投资"


def test_counts_sharing_one_noun():
    found = rows("完成42条、总长度36.5公里的城市道路新建改造。")
    assert [(r["indicator"], r["value"], r["unit"]) for r in found] == [
        ("城市道路新建改造", 42, "条"), ("城市道路新建改造", 36.5, "公里")]


def test_a_bare_magnitude_is_a_count():
    r = one("农村贫困人口减少1000万以上。")
    assert (r["value"], r["unit"], r["base_value"], r["base_unit"], r["comparator"], r["direction"]) == \
        (1000, "万", 1e7, None, "ge", "down")
    assert rows("启动百万青少年冰雪冬令营。") == []


def test_a_paragraph_opened_by_a_multi_year_goal_is_horizon_throughout():
    found = rows("“十四五”时期主要目标是：地区生产总值年均增长6%。研发经费投入强度达到2.5%，常住人口城镇化率提高到65%。")
    assert [(r["kind"], r["indicator"], r["target_year"]) for r in found] == [
        ("horizon", "地区生产总值", 2025), ("horizon", "研发经费投入强度", 2025), ("horizon", "常住人口城镇化率", 2025)]


def test_headline_sentence_without_number_naming_a_plan_period():
    text = "今年主要预期目标是：地区生产总值增长6%左右；能耗强度目标在“十四五”规划期内统筹考核。\n"
    found = rows(text, prefix="")
    assert [(r["kind"], r["indicator"], r["value"]) for r in found] == [
        ("headline", "地区生产总值", 6), ("horizon", "能耗强度目标在“十四五”规划期内统筹", None)]


def test_a_leading_year_and_frame_verb_are_not_the_indicator():
    assert one("二〇二一年要求植树造林三千二百万亩。")["indicator"] == "植树造林"
    assert one("二〇二一年的粮食播种面积达到一亿八千万亩。")["indicator"] == "粮食播种面积"


def test_quan_li_zheng_chuang_is_no_aspiration_and_a_marker_with_its_own_object_does_not_carry():
    assert one("全力争创国家卫生城市，扎实推进管网更新，改造供水管网180公里。")["aspirational"] is False
    assert one("争取省级试点落户，新建公园12个。")["aspirational"] is False
    assert one("力争到2023年，新建公园12个。")["aspirational"] is True
    assert one("全力争取新建公园12个。")["aspirational"] is True


def test_a_goal_over_n_years_is_a_horizon_ending_n_minus_one_years_after_the_plan_year():
    r = one("争取用两年时间，解决80万户农村困难家庭的饮水问题。")
    assert (r["kind"], r["target_year"], r["value"]) == ("horizon", 2022, 80)
    r = one("今后三年内新建保障性住房5万套。")
    assert (r["kind"], r["target_year"]) == ("horizon", 2023)
    assert one("今年新建保障性住房5万套。")["kind"] == "task"


def test_a_list_between_a_cutting_verb_and_a_capacity_noun_gives_each_item_both():
    assert [r["indicator"] for r in rows("今年要淘汰炼铁1500万吨、焦炭3000万吨、造纸600万吨等落后产能。")] == [
        "淘汰炼铁落后产能", "淘汰焦炭落后产能", "淘汰造纸落后产能"]
    assert [r["indicator"] for r in rows("压减粗钢500万吨、煤炭800万吨等过剩产能。")] == ["压减粗钢过剩产能", "压减煤炭过剩产能"]
    assert [r["indicator"] for r in rows("新增粗钢500万吨、煤炭800万吨。")] == ["新增粗钢", "新增煤炭"]


def test_an_elliptic_second_band_takes_the_first_items_words():
    assert [r["indicator"] for r in rows("新培育年销售额20亿元以上商贸园区3个、5亿元园区6个。")] == [
        "新培育20亿元以上商贸园区", "新培育5亿元以上商贸园区"]
    assert [r["indicator"] for r in rows("亿元企业达300家、10亿元企业达20家。")] == ["亿元企业", "10亿元企业"]


def test_a_yearly_share_of_an_n_year_goal_stays_the_years_task():
    assert one("用三年时间，每年培训农民工8000人。")["kind"] == "task"


def test_a_clause_of_examples_counted_takes_the_verb_opening_the_sentence():
    found = rows("新开工华兴芯片基地、绿源储能等15个20亿元以上，星光材料、蓝海医药等200个亿元以上工业项目。"
                 "新投产蓝星工厂、晨光电子一期等6个50亿元以上，远航光电、天成汽车等120个亿元以上工业项目。")
    assert [r["indicator"] for r in found] == ["新开工亿元以上工业项目", "新投产亿元以上工业项目"]
    assert [r["indicator"] for r in rows("新开工厂房20万平方米，建成道路5公里。")] == ["新开工厂房", "建成道路"]


def test_a_modal_inside_or_a_frame_after_the_subject_is_not_the_indicator():
    assert one("今年中央财政拟安排种粮补助资金260亿元。")["indicator"] == "中央财政安排种粮补助资金"
    assert one("全省病床将增设2万张。")["indicator"] == "病床增设"
    assert one("行政村垃圾处理设施覆盖率达到国家要求的95%。")["indicator"] != ""


def test_shared_verbs_and_bands_stop_at_a_verb_of_its_own_and_at_a_range():
    assert [r["indicator"] for r in rows("开工青山水库、白塔灌区等30个项目，加快推进红岩水库、石门堤防等15个项目。")][1] == "项目"
    assert [r["indicator"] for r in rows("其中20亿—50亿元项目9个、50亿元以上项目4个。")][1] == "50亿元以上项目"


def test_an_n_year_phrase_after_a_target_does_not_make_it_a_horizon():
    found = rows("改造提升村卫生室500个，用三年时间将乡村医生轮训一遍。")
    assert [(r["kind"], r["value"]) for r in found] == [("task", 500)]
    r = one("用两年时间将补助标准由每人每年40元提高到90元。")
    assert (r["kind"], r["target_year"]) == ("horizon", 2022)


def test_a_marker_on_a_goal_without_a_number_carries_to_the_list_after_it():
    found = rows("力争园区产值、投资较快增长，工业增加值增幅达到12%以上。")
    assert [r["aspirational"] for r in found] == [True]


def test_a_marker_after_its_subject_is_that_subjects_only():
    found = rows("外贸进出口力争保持正增长，城镇新增就业8万人。")
    assert [r["aspirational"] for r in found] == [False]
