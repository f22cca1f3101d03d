"""Target indicators as noun phrases naming the measured thing (issue 20): an action listed before the counted one
is not part of it, notes to a glossary are no words of it, a growth rate of listed measures is each one's, a size
band that sorts the things counted stays in their name, and a colloquial 个亿 is a magnitude. Every sentence is
written for these tests in the genre's style; none is taken from a report."""

from __future__ import annotations

from helpers import plan_target_rows

from policydata.grammar.quantities import clean, scan_quantities

PLAN = "二、2021年工作安排\n（一）重点工作\n"


def seen(body: str) -> list[tuple]:
    return [(r["indicator"], r["value"], r["unit"]) for r in plan_target_rows(body, PLAN, 2021)]


# --- an action listed before the counted one ------------------------------------------------------

def test_an_action_before_the_counted_one_is_not_its_subject():
    assert seen("加强返乡创业指导服务、举办创业培训班40期。") == [("举办创业培训班", 40, "期")]


def test_a_finished_action_before_the_counted_one_is_not_its_subject():
    assert seen("推进老旧厂区腾退整理、完成危旧房屋改造800户。") == [("危旧房屋改造", 800, "户")]


def test_verbs_that_share_the_object_stay():
    assert seen("新建和扩建、改造提升农贸市场12个。") == [("新建和扩建、改造提升农贸市场", 12, "个")]


def test_a_list_of_places_that_share_a_verb_stays():
    assert seen("新增创建森林乡镇、生态村、提升村30个。")[0][0] == "新增创建森林乡镇、生态村、提升村"


def test_an_investment_after_an_action_keeps_the_subject_before():
    found = seen("加快推进园区配套工程、完成投资30亿元。")
    assert found and found[0][0] != "投资"


# --- notes ----------------------------------------------------------------------------------------

def test_circled_and_bracketed_notes_are_no_words_of_the_indicator():
    assert seen("培育“零碳园区”③5个。") == [("培育“零碳园区”", 5, "个")]
    assert seen("研发经费投入强度[12]达到2.5%。") == [("研发经费投入强度", 2.5, "%")]
    assert seen("新建“口袋公园”（18）20个。") == [("新建“口袋公园”", 20, "个")]


def test_clean_drops_notes_inside_but_keeps_a_bracketed_name():
    assert clean("数字化车间⑦") == "数字化车间"
    assert clean("按疾病诊断分组(DRG)付费") == "按疾病诊断分组(DRG)付费"


# --- a growth rate of listed measures ------------------------------------------------------------

def test_a_growth_rate_of_two_listed_measures_is_each_ones():
    assert seen("接待游客人次、旅游总收入增长12%。") == [("接待游客人次", 12, "%"), ("旅游总收入", 12, "%")]


def test_a_level_of_a_list_stays_one_row():
    assert seen("县、乡两级养老服务机构覆盖率达到95%。") == [("县、乡两级养老服务机构覆盖率", 95, "%")]


def test_a_count_over_a_list_stays_one_row():
    assert seen("新建口袋公园、街心游园25个。") == [("新建口袋公园、街心游园", 25, "个")]


# --- a size band that sorts the things counted ---------------------------------------------------

def test_a_band_named_by_a_bound_before_it_stays_in_the_indicator():
    assert seen("新增营业收入超5亿元企业12家。") == [("新增营业收入超5亿元企业", 12, "家")]


def test_later_bands_of_a_list_share_the_measure_of_the_first():
    assert seen("新增营业收入超5亿元企业12家、超20亿元企业3家。") == [
        ("新增营业收入超5亿元企业", 12, "家"), ("新增营业收入超20亿元企业", 3, "家")]


def test_a_band_with_guo_names_the_class():
    assert seen("谋划总投资过30亿元项目15个以上。") == [("谋划总投资过30亿元项目", 15, "个")]


# --- 个亿 ---------------------------------------------------------------------------------------

def test_ge_yi_is_a_magnitude():
    qs = scan_quantities("全年网络点击量突破3个亿")
    assert [(q.value, q.unit, q.base_value) for q in qs] == [(3, "亿", 3e8)]


def test_a_count_before_a_band_in_yi_stays_a_count():
    qs = scan_quantities("推进120个亿元以上项目建设")
    assert [(q.value, q.unit) for q in qs][0] == (120, "个")


# --- numbers inside a name and punctuation -------------------------------------------------------

def test_a_numeral_inside_a_race_name_is_no_count():
    assert seen("举办山地自行车赛、城市马拉松赛、湖区铁人三项赛。") == []


def test_a_caret_note_is_dropped_whole():
    assert clean("“双百”企业^[3]净增") == "“双百”企业净增"


def test_a_list_inside_a_note_on_the_noun_is_no_list_of_actions():
    assert seen("选育国家审定(登记、认定)水稻新品种6个。") == [("选育国家审定(登记、认定)水稻新品种", 6, "个")]


def test_a_growth_rate_of_a_list_closed_by_other_may_be_a_sum():
    found = seen("行政事业支出、科学研究支出和其他支出增长9%。")
    assert [f[0] for f in found] == ["行政事业支出、科学研究支出和其他支出"]


def test_a_band_after_framing_words_only_names_the_band():
    assert seen("年内实施过800万元工业技改项目300个以上。") == [("过800万元工业技改项目", 300, "个")]
