"""Issue 20, outcomes precision (round outc4): 累计 at the head of a list covers each item, one with its own verb too."""

from __future__ import annotations

from test_outcomes import rows

YEAR = "各位代表：\n\n一、2020年工作回顾\n\n"


def _bases(body):
    return [(r["indicator"], r["value"], r["basis"], r["first_year"]) for r in rows(body, head=YEAR)]


def test_an_item_with_its_own_verb_in_a_cumulative_list_is_cumulative_too():
    found = _bases("累计走访小微企业4200家、改造老旧厂房35处。")
    assert found[1] == ("改造老旧厂房", 35, "cumulative", None)


def test_a_new_thing_in_a_cumulative_list_stays_the_year_s():
    found = _bases("累计培训新型职业农民3200人、新增返乡创业人员150人。")
    assert found[1][2:] == ("annual", 2020)


def _units(body):
    return [(r["indicator"], r["value"], r["unit"]) for r in rows(body, head=YEAR)]


def test_a_unit_written_once_at_the_end_of_a_respectively_list_is_every_item_s():
    found = _units("森林覆盖面积、湿地面积分别达到4.6万、1.3万平方公里。")
    assert found == [("森林覆盖面积", 4.6, "万平方公里"), ("湿地面积", 1.3, "万平方公里")]


def test_each_item_of_a_list_of_awards_keeps_the_shared_award():
    found = _units("获评省级文明单位4个、文明村镇12个。")
    assert [x[0] for x in found] == ["获评省级文明单位", "获评文明村镇"]
