"""Issue 20, outcomes precision (fourth round): flows over a review of years are the period's totals
(累计 said inside the clause, a verb cut off before the thing done, a list sharing its 累计), shares of
a whole named after 占, qualifiers shared by a 分别 list, and fragments that name no outcome."""

from __future__ import annotations

from test_outcomes import rows

YEAR = "各位代表：\n\n一、2020年工作回顾\n\n"


def _periods(found):
    return [(r["indicator"], r["value"], r["basis"], r["first_year"], r["year"]) for r in found]


def test_a_total_said_inside_a_clause_of_a_five_year_review_is_the_periods():
    found = rows("过去五年，我们改造棚户区住房1.6万套，累计减税降费45亿元。", head=YEAR)
    assert _periods(found)[1] == ("累计减税降费", 45, "cumulative", 2016, 2020)
    [one] = rows("全年累计减税降费12亿元。", head=YEAR)  # the year's own total stays the year's
    assert (one["basis"], one["first_year"]) == ("annual", 2020)


def test_a_verb_cut_off_before_the_thing_done_makes_a_flow_of_the_period():
    found = rows("五年来，城乡面貌明显改善。统筹城乡发展，五年来，完成村道硬化86公里、新建文化广场12个。", head=YEAR)
    assert _periods(found) == [("村道硬化", 86, "cumulative", 2016, 2020), ("新建文化广场", 12, "cumulative", 2016, 2020)]


def test_a_list_after_a_total_said_once_shares_it():
    found = rows("五年累计发放困难群众救助金6200万元、助学金150万元、临时救助金380万元。", head=YEAR)
    assert [r["basis"] for r in found] == ["cumulative"] * 3
    assert {r["first_year"] for r in found} == {2016}
