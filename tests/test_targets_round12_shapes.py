"""Rule tests for shapes the independent audits of 2.2.8/2.2.9 still found wrong (issue 20): a fused pair before
分别 with the unit written once, a share of the things over a threshold, counts that size the set acted on, the
payer of a sum, a word cut at its left edge, a modal and an anaphor inside the indicator, slogans of a five-year
goals list, a verb carried into an employment term, a stock glued to a new count, the investment of the projects
counted after it. Every sentence is written for these tests in the genre's style; none is taken from a report."""

from __future__ import annotations

import pytest

from helpers import plan_target_rows

PLAN = "二、2021年工作安排\n（一）重点工作\n"


def rows(body: str, prefix: str = PLAN) -> list[dict]:
    return plan_target_rows(body, prefix)


def seen(body: str, prefix: str = PLAN) -> list[tuple]:
    return [(r["indicator"], r["comparator"], r["value"], r["unit"]) for r in rows(body, prefix)]


# --- 1. 分别 after a fused pair, the unit written once after the last value ---------------------

def test_a_fused_pair_splits_and_shares_the_unit_written_once():
    assert seen("全年新增贷款260亿元以上，存贷款余额分别突破3800、4100亿元。") == [
        ("新增贷款", "ge", 260, "亿元"), ("存款余额", "ge", 3800, "亿元"), ("贷款余额", "ge", 4100, "亿元")]


def test_three_values_share_the_unit_after_the_last():
    assert seen("甲区、乙区、丙区税收分别达到11、14和18亿元。") == [
        ("甲区税收", "ge", 11, "亿元"), ("乙区税收", "ge", 14, "亿元"), ("丙区税收", "ge", 18, "亿元")]


def test_a_modifier_before_a_fused_pair_is_shared():
    assert seen("力争本外币存贷款余额分别增长9%、11%以上。") == [
        ("本外币存款余额", "ge", 9, "%"), ("本外币贷款余额", "ge", 11, "%")]


def test_a_pair_inside_a_listed_item_is_not_split():
    assert [r["indicator"] for r in rows("乡村中小学达标率、优质幼儿园占比分别达到60%、45%以上。")] == [
        "乡村中小学达标率", "优质幼儿园占比"]


def test_an_employment_term_keeps_its_first_word():
    assert seen("全年实现新增就业4800人、再就业1100人。")[1][0] == "再就业"


def test_bare_numbers_without_respectively_are_no_values():
    assert [r["value"] for r in rows("实施第3、4批老旧小区改造，新建公园2个。")] == [2]


# --- 2. a share of the things over a threshold ------------------------------------------------------

@pytest.mark.parametrize("sentence, indicator, comparator", [
    ("推动65%村集体经济组织年收入超过40万元。", "村集体经济组织年收入超过40万元", "eq"),
    ("确保75%以上的行政村集体经营性收入达到15万元。", "行政村集体经营性收入达到15万元", "ge"),
])
def test_the_threshold_of_a_share_stays_in_its_indicator(sentence, indicator, comparator):
    assert seen(sentence) == [(indicator, comparator, 65 if "65" in sentence else 75, "%")]


# --- 3. counts that size the set acted on ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "加大对东湖、西湖等60个产粮大县的扶持力度。",
    "在4个县开展集体林权制度改革试点。",
    "总结推广甲市、乙市、丙市3个城市的医共体建设试点经验。",
])
def test_a_count_that_sizes_the_set_acted_on_is_no_target(sentence):
    assert seen(sentence) == []


def test_pilots_counted_as_things_made_still_count():
    assert [(r["indicator"], r["value"]) for r in rows("新建试点社区12个，在4个县开展改革试点。")] == [("新建试点社区", 12)]


# --- 4. who pays, a modal and an anaphor, a word cut at its left edge ------------------------------

def test_the_payer_takes_the_funds_named_in_the_clause_before():
    assert seen("加强重点项目前期工作经费保障，县本级至少安排2500万元、每个乡镇至少安排400万元。") == [
        ("县本级重点项目前期工作经费", "ge", 2500, "万元"), ("每个乡镇重点项目前期工作经费", "ge", 400, "万元")]


def test_a_modal_and_an_anaphor_are_no_part_of_the_spending():
    assert seen("省财政将为此投入60亿元。") == [("省财政投入", "eq", 60, "亿元")]
    assert seen("市财政为此安排3亿元。")[0][0] == "市财政"


@pytest.mark.parametrize("sentence, indicator", [
    ("实现在保余额超12亿元。", "在保余额"),
    ("确保在校学生达到2.5万人。", "在校学生"),
])
def test_a_word_that_begins_with_zai_keeps_its_first_character(sentence, indicator):
    assert seen(sentence)[0][0] == indicator


# --- 5. slogans of a five-year goals list ------------------------------------------------------------

def test_slogans_of_a_five_year_goals_list_are_no_targets():
    text = ("二、“十四五”时期的发展目标\n“十四五”时期全市发展的主要目标是：经济实力迈上新台阶，城市品质实现新提升，"
            "居民人均可支配收入年均增长7%。\n")
    assert [(r["kind"], r["indicator"], r["value"]) for r in rows(text, prefix="")] == [("horizon", "居民人均可支配收入", 7)]


# --- 6. a verb carried into a term, a stock glued to a new count, investment of counted projects -----

def test_a_new_employment_term_lends_its_verb_to_nothing():
    assert seen("新增就业8200人、高校毕业生就业创业1500人。") == [
        ("新增就业", "eq", 8200, "人"), ("高校毕业生就业创业", "eq", 1500, "人")]


def test_a_shared_verb_still_reaches_the_things_built():
    assert seen("新改扩建学校12所、校舍6万平方米。") == [
        ("新改扩建学校", "eq", 12, "所"), ("新改扩建校舍", "eq", 6, "万平方米")]


@pytest.mark.parametrize("sentence, stock", [
    ("新开通充电桩900个、总量突破1.5万个。", "充电桩总量"),
    ("新认定科技型中小企业300家、总数达到2100家。", "科技型中小企业总数"),
])
def test_a_stock_after_a_new_count_is_of_all_the_things(sentence, stock):
    assert seen(sentence)[1][0] == stock


def test_the_investment_of_the_projects_counted_after_it():
    assert seen("推动总投资420亿元的60个项目尽快落地见效。")[0] == ("项目总投资", "eq", 420, "亿元")


@pytest.mark.parametrize("sentence, indicator", [
    ("村集体经济年收入超过40万元的村占65%。", "村集体经济年收入超过40万元的村占比"),
    ("集体经营性收入达到15万元以上的行政村占75%以上。", "集体经营性收入达到15万元以上的行政村占比"),
])
def test_the_share_of_a_class_over_a_threshold(sentence, indicator):
    assert [r["indicator"] for r in rows(sentence)] == [indicator]


def test_a_share_stated_as_a_fact_is_still_no_target():
    assert rows("全市耕地面积占全省的6%。") == []


# --- names that begin with a digit, vague counts --------------------------------------------------------

def test_a_subject_named_with_a_digit_and_letter_is_kept():
    assert seen("新开通5G基站900个、总量突破1.5万个。") == [
        ("新开通5G基站", "eq", 900, "个"), ("5G基站总量", "ge", 1.5, "万个")]


@pytest.mark.parametrize("sentence", ["代表团出访数十个国家。", "帮助几百家企业纾困解难。"])
def test_some_tens_or_hundreds_are_no_value(sentence):
    assert rows(sentence) == []


# --- the set a support acts on, the size of one project, the rate of an aid rule --------------------------

def test_the_pilots_supported_are_a_set_that_exists():
    assert rows("支持5个国家级农村改革试点创新，新建公园3个。")[0]["value"] == 3
    assert len(rows("支持5个国家级农村改革试点创新，新建公园3个。")) == 1


def test_the_capacity_of_one_named_project_is_no_target():
    assert rows("抓好甲公司40万头生猪产业链项目落地开工。") == []
    assert seen("新建年产20万吨饲料项目3个。") == [("饲料项目", "eq", 3, "个")]


def test_a_rate_an_aid_rule_pays_is_no_target():
    found = rows("在市财政按照LPR的30%给予贴息支持基础上，县财政再给予补助。")
    assert [r for r in found if r["unit"] == "%"] == []


def test_the_cap_an_aid_rule_pays_is_no_target():
    assert rows("市、县财政再给予最高800万元贴息支持。") == []


def test_the_projects_whose_investment_is_named_before_the_pace():
    assert seen("推动总投资900亿元的200个储备项目加速落地转化。")[0] == ("储备项目总投资", "eq", 900, "亿元")


def test_a_shorter_head_shares_the_rest_after_a_longer_one():
    assert [r["indicator"] for r in rows("水稻、农作物耕种收综合机械化率分别达90%和75%以上。")] == [
        "水稻耕种收综合机械化率", "农作物耕种收综合机械化率"]


@pytest.mark.parametrize("sentence, kept", [
    ("力争区属国企主营收入、利润总额、上缴税费均实现9%以上增长。", ["区属国企主营收入", "区属国企利润总额", "区属国企上缴税费"]),
    ("开发区营业收入、税收分别增长11%和7%。", ["开发区营业收入", "开发区税收"]),
    ("地区生产总值、税收分别增长6%和5%。", ["地区生产总值", "税收"]),
])
def test_bare_measures_after_an_owned_one_are_the_owners_too(sentence, kept):
    assert [r["indicator"] for r in rows(sentence)] == kept
