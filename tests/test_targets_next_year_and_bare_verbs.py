"""Rule tests for shapes the independent audits of 2.2.3 found (issue 20): a report of one year that sets the next
year's plan, a goal over a five-year plan named by its ordinal, an increment over another year kept in the indicator,
a bare verb standing as the indicator, a qualitative clause swallowed by a list. Every sentence is written for these
tests in the genre's style; none is taken from a report."""

from __future__ import annotations

from helpers import plan_target_rows

PLAN = "二、2021年工作安排\n（一）重点工作\n"


def rows(body: str, prefix: str = PLAN, year: int = 2021) -> list[tuple]:
    return [(r["indicator"], r["value"], r["direction"], r["target_year"]) for r in plan_target_rows(body, prefix, year)]


def test_a_part_that_sets_next_years_plan_dates_its_targets_to_that_year():
    got = rows("钢材产量安排为4200万吨，化纤产量安排为60万吨。", "二、1978年国民经济计划的安排\n", 1977)
    assert [r[3] for r in got] == [1978, 1978]


def test_a_paragraph_opening_on_next_year_dates_its_targets_to_that_year():
    got = rows("1978年是调整的第二年。1978年的计划，要求粮食产量增长3%。", PLAN, 1977)
    assert [r[3] for r in got] == [1978]


def test_two_years_plans_in_a_heading_do_not_move_the_year():
    got = rows("钢材产量安排为4200万吨。", "二、1977、1978年计划的安排\n", 1977)
    assert [r[3] for r in got] == [1977]


def test_a_plan_named_by_its_ordinal_dates_its_goal_to_its_last_year():
    got = rows("“十二五”期间，全县财政收入年均增长11%。", PLAN, 2011)
    assert [r[3] for r in got] == [2015]
    got = rows("“十五”期间城镇新增就业3000万人。", PLAN, 2001)
    assert [r[3] for r in got] == [2005]


def test_an_increment_over_another_year_is_the_subjects_growth():
    got = rows("今年，棉纱的产量要比上一年增加二十万件。", "", 1958)
    assert [r[:3] for r in got] == [("棉纱的产量", 20, "up")]
    got = rows("今年，棉纱的产量要比上一年减少二万件。", "", 1958)
    assert [r[:3] for r in got] == [("棉纱的产量", 2, "down")]


def test_a_bare_verb_takes_the_thing_counted_after_the_number_or_gives_no_row():
    assert [r[0] for r in rows("今年加快建设12个和美乡村示范村。")] == ["和美乡村示范村"]
    assert rows("实施老城区棚户改造攻坚，年内安置不少于3000人。") == []


def test_a_qualitative_clause_joined_by_a_stop_is_not_the_indicator():
    got = rows("乡镇污水处理设施全覆盖、农村卫生厕所普及率达到90%。")
    assert [r[0] for r in got] == ["农村卫生厕所普及率"]


def test_a_bare_verb_counting_part_of_a_whole_named_before_takes_that_whole():
    got = rows("今年施工的水利工程共有300个，其中继续建设的180个。")
    assert ("继续建设的水利工程", 180) in [r[:2] for r in got]


def test_an_increment_after_a_level_is_marked_by_its_direction_not_its_words():
    got = rows("今年拟安排地方债券3.1万亿元，比去年增加5000亿元。")
    assert [r[:3] for r in got] == [("地方债券", 3.1, None), ("地方债券", 5000, "up")]
