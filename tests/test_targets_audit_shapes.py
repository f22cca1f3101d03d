"""Rule tests for shapes the independent audits of 2.0.10 found wrong (issue 20): a bare total that shares the
subject of the item before, the scope of an action counted after 对, a head shared by verbs before 各, a
numbered name that sums a list, an increment over an earlier plan's period after a purpose clause, and
estimates. Every sentence is written for these tests in the genre's style; none is taken from a report."""

from __future__ import annotations

from helpers import plan_target_rows

PLAN = "二、2021年工作安排\n（一）重点工作\n"


def rows(body: str, prefix: str = PLAN, plan_year: int = 2021) -> list[dict]:
    return plan_target_rows(body, prefix, plan_year)


def seen(found: list[dict]) -> list[tuple]:
    return [(r["indicator"], r["value"]) for r in found]


# --- a bare total after another property of the same thing ------------------------------------

def test_a_bare_total_takes_the_thing_the_item_before_measures():
    found = rows("稳定蔬菜生产，蔬菜种植面积稳定在36万亩以上、总产达到120万吨。")
    assert seen(found) == [("蔬菜种植面积", 36), ("蔬菜总产", 120)]


def test_a_bare_total_after_a_verb_led_subject_drops_the_verb():
    found = rows("新增城际铁路通车里程90公里、总里程达到1200公里。")
    assert seen(found) == [("新增城际铁路通车里程", 90), ("城际铁路总里程", 1200)]


def test_a_bare_total_in_a_respectively_pair():
    found = rows("全年油菜播面和总产分别稳定在40万亩、6万吨以上。")
    assert seen(found) == [("油菜播面", 40), ("油菜总产", 6)]


def test_a_total_without_a_property_before_stays_as_it_is():
    found = rows("新建冷链仓储设施12个、总产值达到30亿元。")
    assert ("总产值", 30) in seen(found)


# --- 对 + a count + 的 + the action it receives ----------------------------------------------------

def test_the_scope_of_support_is_no_target():
    assert seen(rows("加大对6个革命老区县的扶持力度，新建产业园区3个。")) == [("新建产业园区", 3)]
    assert seen(rows("加强对80家成长型企业的指导和服务。")) == []


def test_a_count_after_dui_that_is_worked_on_stays():
    found = rows("对120户困难家庭实施危房改造。")
    assert [r["value"] for r in found] == [120]


# --- verbs that share a head before 各 / 分别 ------------------------------------------------------

def test_verbs_before_ge_share_the_head_of_the_last_item():
    found = rows("全年新开工、新投产工业项目各60个以上。")
    assert [(r["indicator"], r["value"], r["comparator"]) for r in found] == [
        ("新开工工业项目", 60, "ge"), ("新投产工业项目", 60, "ge")]


def test_verbs_before_fenbie_share_the_head_of_the_last_item():
    found = rows("新签约、新开工、新竣工重点产业项目分别达到90个、70个和40个。")
    assert seen(found) == [("新签约重点产业项目", 90), ("新开工重点产业项目", 70), ("新竣工重点产业项目", 40)]


def test_verbs_after_the_noun_share_the_noun_before():
    found = rows("全年重点项目新签约、新开工、新竣工分别达到50个、40个、30个。")
    assert seen(found) == [("重点项目新签约", 50), ("重点项目新开工", 40), ("重点项目新竣工", 30)]


def test_qian_yue_is_a_word_not_the_comparator():
    found = rows("力争重点项目新签约35个、新开工28个。")
    assert [(r["indicator"], r["value"], r["comparator"]) for r in found] == [
        ("重点项目新签约", 35, "eq"), ("重点项目新开工", 28, "eq")]
    assert [r["comparator"] for r in rows("公用经费支出节约8%。")] == ["eq"]
    assert [r["comparator"] for r in rows("公用经费支出约8亿元。")] == ["approx"]


# --- a numbered name that sums a list -------------------------------------------------------------

def test_a_numbered_name_after_a_list_is_no_part_of_its_last_item():
    found = rows("建成3个科创服务中心、12家中试基地“三大载体”。")
    assert seen(found) == [("建成科创服务中心", 3), ("建成中试基地", 12)]
    found = rows("打造1个核心区、2个产业园、50家特色街区“一核两园百街”。")
    assert seen(found) == [("核心区", 1), ("产业园", 2), ("特色街区", 50)]


def test_a_quoted_predicate_after_a_list_is_still_shared():
    found = rows("推动60项审批事项、90项服务事项“一窗受理”。")
    assert seen(found) == [("审批事项“一窗受理”", 60), ("服务事项“一窗受理”", 90)]


# --- increments over an earlier plan's period ------------------------------------------------------

def test_an_increment_after_a_purpose_clause_is_of_the_sum_before():
    found = rows("五年内国家财政将拨出四十亿元专项资金，用于扶持边远地区的建设，比第四个五年计划期间增加十五亿元。",
                 prefix="二、第五个五年计划\n", plan_year=1976)
    got = seen(found)
    assert got[0] == ("专项资金", 40)
    assert got[1][1] == 15 and got[1][0] == "专项资金"  # the increment: its subject, direction up (issue 20)


def test_the_figure_of_an_earlier_period_is_a_base_not_a_target():
    found = rows("五年内科学事业费安排三十亿元，比第四个五年计划期间的十八亿元增长百分之六十七。",
                 prefix="二、第五个五年计划\n", plan_year=1976)
    assert 18 not in [r["value"] for r in found]
    assert 67 in [r["value"] for r in found]


# --- estimates ---------------------------------------------------------------------------------

def test_an_estimate_and_a_net_of_estimates_are_no_targets():
    assert rows("今年的社会购买力估算为三百二十亿元左右。") == []
    assert rows("两项增减相抵，净增九亿元。") == []
    assert rows("职工的收入估计将增加四十亿元左右。") == []
    assert rows("初步测算，各项减税政策可减轻企业负担约900亿元。") == []


def test_a_plan_figure_based_on_an_estimate_stays():
    found = rows("根据购买力估算，社会商品零售额要比上年增长9%。")
    assert [r["value"] for r in found] == [9]


# --- a bare item parallel to the modifier of the last item -----------------------------------------

def test_a_bare_item_shares_the_head_the_parallel_item_ends_on():
    found = rows("建设9万亩大豆、6万亩玉米高产示范田。")
    assert seen(found) == [("大豆高产示范田", 9), ("玉米高产示范田", 6)]
    found = rows("加快推进4个光伏、2个风电项目建设。")
    assert seen(found) == [("光伏项目", 4), ("风电项目", 2)]


def test_items_that_name_things_of_their_own_share_no_head():
    found = rows("新建10个公园、5个城市书房。")
    assert seen(found) == [("新建公园", 10), ("新建城市书房", 5)]


# --- a share with no subject of its own ----------------------------------------------------------

def test_a_share_takes_the_subject_before():
    found = rows("技改投资增长9%、占工业投资比重达到40%。")
    assert seen(found) == [("技改投资", 9), ("技改投资占工业投资比重", 40)]


def test_a_share_takes_the_subject_before_without_its_verb():
    found = rows("数字经济核心产业增加值完成900亿元以上、占地区生产总值的比重达到12%。")
    assert ("数字经济核心产业增加值占地区生产总值的比重", 12) in seen(found)
    found = rows("年度完成投资300亿元，占固定资产投资比重达到30%以上。")
    assert ("年度完成投资占固定资产投资比重", 30) in seen(found)


# --- a bare investment after a clause that lists works of a kind --------------------------------

def test_a_bare_investment_is_of_the_kind_of_works_listed_before():
    found = rows("加快甲水库、乙灌区等水利项目建设，力争完成投资12亿元。加快丙园、丁园等文旅项目建设，力争完成投资12亿元。",
                 prefix="二、2021年工作安排\n（一）重点工作\n推动项目提速。")
    assert seen(found) == [("水利项目投资", 12), ("文旅项目投资", 12)]


# --- the clause before states a value in words and no verb ------------------------------------------

def test_a_growth_after_a_level_in_words_takes_the_noun_not_the_level():
    found = rows("到2025年，全市粮食产量计划达到120万吨，比2020年增长12%；油料四十万吨，增长百分之十五；"
                 "生猪出栏三百万头，增长百分之八。")
    assert [(r["indicator"], r["value"]) for r in found if r["unit"] == "%"][1:] == [("油料", 15), ("生猪出栏", 8)]


def test_a_growth_after_a_bare_level_names_nothing_and_is_left_out():
    found = rows("主要产品2025年的计划产量如下：\n油料：达到三千万担，增长百分之二十五。")
    assert all(not r["indicator"].startswith("达到") for r in found)


# --- a review that goes on after the sentence that opened on the past year -------------------------

def test_sentences_after_a_past_year_opening_review_it_until_the_plan_speaks():
    found = rows("在扩大开放的同时，我们推动了对外贸易的发展。去年，全市进出口总额增长12%，实际使用外资增长8%。全年共批准外资企业六百个。"
                 "新设外资研发中心15家，比上年增长20%。今年，新设外资研发中心20家。")
    assert seen(found) == [("新设外资研发中心", 20)]


def test_a_plan_paragraph_without_a_past_opening_keeps_its_targets():
    found = rows("新改建农村公路300公里。全年共培育家庭农场600家。")
    assert [r["value"] for r in found] == [300, 600]


def test_sentences_after_a_past_result_stated_as_done_review_it_too():
    found = rows("在农业生产方面：两年计划都已完成，2020年粮食总产量比2018年增长了9%；主要作物的产量都有较大增长，"
                 "如油料增长14%，蔬菜增长21%。在2021年，油料种植面积扩大到50万亩。")
    assert seen(found) == [("油料种植面积", 50)]


def test_words_that_only_hold_a_markers_characters_do_not_end_the_review():
    found = rows("在工业方面：两年计划都超额完成，2020年工业产值比2018年增长了30%；重要产品的产量都有增长，如纱增长16%。")
    assert seen(found) == []


def test_a_bare_measure_after_a_time_word_keeps_the_industry_before_it():
    found = rows("做强茶产业，力争茶叶加工产业全年总产值达到80亿元。")
    assert seen(found) == [("茶叶加工产业总产值", 80)]


def test_a_verb_of_reaching_after_a_measure_is_no_part_of_it():
    found = rows("力争跨境电商交易额实现60亿元以上，园区基础设施投资完成25亿元。")
    assert seen(found) == [("跨境电商交易额", 60), ("园区基础设施投资", 25)]
    assert seen(rows("钢材完成3万吨。")) == [("钢材完成", 3)]  # (no measure before the verb: left as it is)
