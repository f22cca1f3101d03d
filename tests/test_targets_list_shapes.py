"""Rule tests for list shapes the independent audits of 2.1.0 found wrong: a list that ends at 分别 before a shared
verb, a classifier in brackets after a count (条(段), 套(间)), and a qualitative headline clause whose first item names
who, not the measure. Every sentence is written for these tests in the genre's style; none is taken from a report."""

from __future__ import annotations

from helpers import plan_target_rows

PLAN = "二、2021年工作安排\n（一）重点工作\n"
HEADLINE = "二、2021年工作安排\n"


def seen(body: str, prefix: str = PLAN) -> list[tuple]:
    return [(r["indicator"], r["value"]) for r in plan_target_rows(body, prefix, 2021)]


# --- 分别 ends the list; the verb after it is shared, pace words are not -------------------------

def test_respectively_after_a_list_shares_the_verb_without_pace_words():
    found = seen("小麦、玉米分别稳定播种80万亩和60万亩以上。")
    assert found == [("小麦播种", 80), ("玉米播种", 60)]


def test_respectively_after_a_list_keeps_verb_and_object():
    found = seen("今年力争公路、港口分别完成投资90亿元、30亿元。")
    assert found == [("公路完成投资", 90), ("港口完成投资", 30)]


def test_respectively_never_stays_in_an_indicator():
    for body in ("东湖、西湖分别实施清淤30万方、40万方。", "孵化器、众创空间分别新增6家、12家。"):
        assert all("分别" not in ind for ind, _ in seen(body)), body


def test_a_shared_head_before_respectively_still_spreads():
    found = seen("氨氮、总磷排放量分别削减3%和2%。")
    assert [ind for ind, _ in found] == ["氨氮排放量削减", "总磷排放量削减"]


# --- a classifier in brackets after a count is the unit's alternative ----------------------------

def test_a_bracketed_classifier_before_a_conjunction_is_no_indicator():
    found = seen("整治提质县乡道路45条(段)及背街小巷60条。")
    assert found == [("整治提质县乡道路", 45), ("背街小巷", 60)]


def test_a_bracketed_classifier_before_the_noun_counted():
    assert seen("建设30条（段）生态河道。") == [("生态河道", 30)]


def test_a_bracketed_classifier_before_a_qualifier_after_the_unit():
    rows = plan_target_rows("筹建保障性租赁住房2万套（间）以上。", PLAN, 2021)
    assert [(r["indicator"], r["value"], r["comparator"]) for r in rows] == [("筹建保障性租赁住房", 2, "ge")]


def test_a_bracketed_classifier_before_the_next_item():
    found = seen("改造住房1200户(套)、新建安置房300套。")
    assert found == [("改造住房", 1200), ("新建安置房", 300)]


# --- a qualitative headline clause: an item naming who takes the shared measure -------------------

HEAD = "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；"


def test_a_qualitative_item_naming_a_population_takes_the_measure():
    found = seen(HEAD + "城镇常住居民、农村常住居民人均可支配收入与经济增长同步。", HEADLINE)
    assert [ind for ind, _ in found][1:] == ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]


def test_qualitative_items_that_are_measures_stay_as_they_are():
    found = seen(HEAD + "一般公共预算收入、城乡居民收入与经济增长同步；实际利用外资、进出口总额增长高于全省平均。",
                 HEADLINE)
    assert [ind for ind, _ in found][1:] == ["一般公共预算收入", "城乡居民收入", "实际利用外资", "进出口总额"]


# --- an estimate that announces a list: the list's figures, to the paragraph's end, are no targets ----

def test_an_estimate_announcing_a_list_covers_the_sentences_after_it():
    body = ("预计到今年年底，各类企业在全省出口总额中所占的比重将变化如下：国有企业占40%，民营企业占55%。"
            "在服务贸易中，数字服务的比重将上升到35%，传统服务的比重将下降为65%。")
    assert seen(body) == []


def test_a_plan_announcing_a_list_without_an_estimate_keeps_its_targets():
    body = ("今年各类企业在全省出口总额中所占的比重将变化如下：国有企业占40%，民营企业占55%。"
            "在服务贸易中，数字服务的比重将上升到35%。")
    assert ("数字服务的比重", 35) in seen(body)


# --- a bare trade after a first item that cuts capacity shares the verb and 产能 -------------------

def test_bare_trades_after_a_capacity_cut_are_capacity_cut_by_the_same_verb():
    found = seen("坚定不移化解过剩产能，年内再压减水泥产能500万吨、焦炭300万吨、平板玻璃200万重量箱。")
    assert [ind for ind, _ in found] == ["压减水泥产能", "压减焦炭产能", "压减平板玻璃产能"]


def test_an_item_with_its_own_verb_after_a_capacity_cut_keeps_its_own_words():
    assert ("新建光伏电站", 12) in seen("化解煤炭产能300万吨、新建光伏电站12座。")


# --- counts of one noun that differ by the verb before each keep the verb ---------------------------

def test_counts_of_one_noun_with_different_verbs_keep_their_verbs():
    found = seen("启动职教城建设，签约3—4所职业院校，动工1—2所职业院校。")
    assert [ind for ind, _ in found] == ["签约职业院校", "动工职业院校"]


def test_a_cost_and_a_count_of_one_work_take_no_verb_from_each_other():
    found = seen("投资12亿元实施15个老旧街区改造。")
    assert all(not ind.startswith(("投资", "实施")) for ind, _ in found), found


# --- a bare 产量 after the area of a crop is that crop's output ---------------------------------------

def test_a_bare_output_after_a_crop_area_takes_the_crop():
    found = seen("稳定粮食生产，粮食播种面积稳定在300万亩以上、产量稳定在20亿斤以上。")
    assert found == [("粮食播种面积", 300), ("粮食产量", 20)]
