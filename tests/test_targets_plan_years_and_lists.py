"""Rule tests for shapes the independent audits of 2.2.1 found wrong: a count that only numbers a list of sectors or
programmes, a five-year plan's goal given the report's year (第一个五年计划规定…, 即比一九五二年…, 三年建成…), a year
phrase or a modal comparison standing as the indicator. Every sentence is written for these tests in the genre's style;
none is taken from a report."""

from __future__ import annotations

from helpers import plan_target_rows

PLAN = "二、2021年工作安排\n（一）重点工作\n"
FIVE_YEAR = "二、关于发展国民经济的第一个五年计划\n（一）计划的任务\n"


def rows(body: str, prefix: str = PLAN, year: int = 2021) -> list[tuple]:
    return [(r["indicator"], r["value"], r["kind"], r["target_year"]) for r in plan_target_rows(body, prefix, year)]


# --- a count that numbers the sectors or programmes just listed -----------------------------------

def test_a_count_of_listed_sectors_is_no_target():
    assert rows("做强汽车、电子、食品3条产业链，建成5个产业园。") == [("建成产业园", 5, "task", 2021)]


def test_a_small_numeral_after_a_closed_list_of_actions_is_no_target():
    assert rows("在东扩、西进、南拓、北联等四项行动上持续用力，新建学校6所。") == [("新建学校", 6, "task", 2021)]


def test_listed_designations_to_gain_and_listed_things_to_build_stay():
    assert [r[:2] for r in rows("新培育石材、茶叶2个省级产业集群。")] == [("省级产业集群", 2)]
    assert [r[:2] for r in rows("建成第一中学、第二中学2所学校。")] == [("学校", 2)]


# --- the years of a five-year plan -----------------------------------------------------------------

def test_a_goal_the_current_five_year_plan_sets_is_for_its_last_year():
    found = rows("第一个五年计划规定工业总产值增长百分之九十。", FIVE_YEAR, 1955)
    assert found == [("工业总产值", 90, "horizon", 1957)]


def test_a_year_phrase_takes_the_subject_of_the_clause_before():
    found = rows("第一个五年计划规定农业的总产值在五年内增长百分之二十，到一九五七年达到五百亿元。", FIVE_YEAR, 1955)
    assert [(ind, kind, year) for ind, _, kind, year in found] == [("农业的总产值", "horizon", 1957)] * 2


def test_a_comparison_with_the_year_before_the_plan_marks_the_plan_goal():
    body = "第一个五年计划是我们的中心任务。\n货物周转量将达到三十亿吨公里，即比一九五二年增长一倍。"
    assert {(kind, year) for _, _, kind, year in rows(body, FIVE_YEAR, 1955)} == {("horizon", 1957)}


def test_a_modal_comparison_with_the_plan_takes_the_subject_before():
    found = rows("各项工程的造价，应该比原计划节约百分之八。", FIVE_YEAR, 1955)
    assert [ind for ind, *_ in found] == ["各项工程的造价"]


def test_a_clause_that_opens_on_its_years_is_a_multi_year_goal():
    assert rows("三年建成学校70所。") == [("建成学校", 70, "horizon", 2023)]
    assert [(k, y) for *_, k, y in rows("今后三年各级财政投入800亿元。")] == [("horizon", 2023)]


def test_years_gone_by_or_a_named_programme_are_no_span_of_a_goal():
    assert [k for *_, k, _ in rows("两年货运量增长百分之五十五。")] == ["task"]
    assert [k for *_, k, _ in rows("实施三年行动计划，新增绿地20公顷。")] == ["task"]


def test_a_year_opening_a_subject_is_the_goals_year_not_its_subject():
    found = rows("到一九五七年全国社会商品零售总额将达到五百亿元。", FIVE_YEAR, 1955)
    assert [(ind, kind, year) for ind, _, kind, year in found] == [("全国社会商品零售总额", "horizon", 1957)]


def test_the_year_a_sentence_names_comes_before_a_later_plan_it_mentions():
    body = "计划在一九八五年底以前建成项目四百个，其余转入第七个五年计划期间继续建设。"
    assert [(k, y) for *_, k, y in rows(body, "二、关于第六个五年计划\n（一）计划的任务\n", 1982)] == [("horizon", 1985)]


def test_a_clause_that_states_a_condition_is_no_target():
    assert rows("如果再把五百万亩荒地改种牧草，新建学校6所。") == [("新建学校", 6, "task", 2021)]
    assert [r[:2] for r in rows("只要成本降低2%，全年建成厂房10座。")] == [("建成厂房", 10)]


def test_a_small_numeral_that_numbers_listed_sectors_or_key_points_is_no_target():
    assert rows("推进食品、钢铁、医药等三个优势产业的改造升级，新建学校6所。") == [("新建学校", 6, "task", 2021)]
    assert rows("牢牢抓住企业、产业、产业链、产业生态四个着力点，新建学校6所。") == [("新建学校", 6, "task", 2021)]


def test_a_named_span_of_schooling_is_no_span_of_a_goal():
    assert rows("九年义务教育巩固率达到96%。") == [("九年义务教育巩固率", 96, "task", 2021)]
