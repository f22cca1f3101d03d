"""Part kinds in the older national reports' style: years written in words (一九五七年), the five-year plans
by name (第一个五年计划, “七五”), sections without parts titled by a past year, an enumeration running on
inside a part, and parts titled as a review joined to what comes next. Sentences composed for these tests."""

from __future__ import annotations

import dataclasses

from helpers import META, doc
from policydata.extract.outline import parse_outline, part_kind
from policydata.extract.parts import Parts
from policydata.extract.tense import sentence_tense, years


def doc_of(text: str, plan_year: int):
    return dataclasses.replace(doc(text), meta=dataclasses.replace(META, plan_year=plan_year))


def test_years_written_in_words_are_years():
    assert years("一九五七年比一九五二年增长百分之二十，到1960年") == [1957, 1952, 1960]
    assert years("八十年代") == []
    assert sentence_tense("一九五四年粮食产量增加百分之五", 1955) == "past"
    assert sentence_tense("一九五六年钢产量计划达到四百万吨", 1955) == "future"
    assert part_kind("一九五四年国家决算", 1955) == "review"


def test_a_section_without_a_part_titled_by_a_past_year_is_a_review():
    text = ("各位代表：\n现在我代表国务院作报告。\n"
            "（一）一九五七年工业战线上的成绩\n全国钢产量比上年增长百分之十。\n"
            "（二）一九五八年国民经济计划的安排\n一九五八年要增产粮食百分之五。\n")
    o = parse_outline(doc_of(text, 1958))
    assert [(p.title, p.part_kind) for p in o.programs if p.level == 2] == [
        ("一九五七年工业战线上的成绩", "review"), ("一九五八年国民经济计划的安排", "plan")]


def _parts(text, plan_year):
    d = doc_of(text, plan_year)
    o = parse_outline(d)
    return o, Parts(o, [])


def test_a_part_on_a_five_year_plan_that_ends_after_the_plan_year_is_a_horizon():
    text = ("各位代表：\n现在我代表国务院作报告。\n"
            "一、过渡时期的总任务\n我们要逐步实现国家的工业化。\n"
            "二、第一个五年计划概要\n到一九五七年，工业总产值将增长一倍。\n"
            "三、“七五”计划的设想\n五年内粮食产量要增加一成。\n")
    o, part = _parts(text, 1955)
    assert part(text.index("到一九五七年")) == "horizon"
    assert part(text.index("我们要逐步")) == "plan"
    _, later = _parts(text, 1991)  # a plan that ended before the plan year is no horizon
    assert later(text.index("五年内粮食")) == "plan"


def test_a_part_naming_the_plan_year_of_a_five_year_plan_is_the_plan_not_a_horizon():
    text = ("各位代表：\n现在我代表国务院作报告。\n"
            "一、第二个五年计划的第二年——一九五九年经济战线上的任务\n一九五九年钢产量要达到一千八百万吨。\n")
    _, part = _parts(text, 1959)
    assert part(text.index("一九五九年钢")) == "plan"


def test_an_enumeration_inside_a_part_that_goes_on_past_its_number_is_not_a_part():
    text = ("各位代表：\n现在我代表国务院作报告。\n"
            "一、工业的基本建设问题\n保证工程质量，要做到以下几点：\n"
            "一、\n提高设计工作的水平。\n二、\n加强施工的技术指导。\n"
            "三、\n各方面协同地工作。\n四、\n主管部门经常检查工程的质量。\n"
            "二、为完成计划而奋斗\n我们要努力完成计划。\n")
    o = parse_outline(doc_of(text, 1955))
    assert [p.title for p in o.programs if p.level == 1] == ["工业的基本建设问题", "为完成计划而奋斗"]


def test_a_part_titled_as_a_review_then_what_comes_next_opens_with_its_review():
    review = ["过去几年，我们克服了严重的困难。", "农业生产连续三年增产了。", "工业生产已经全面恢复。",
              "市场供应显著改善，物价稳定了。", "我们建成了一批重点工程。"]
    plan = ["明年要继续发展农业生产。", "要进一步扩大城乡物资交流。", "基本建设将更好地集中力量。"]
    text = ("各位代表：\n现在我代表国务院作报告。\n一、国民经济的成就和今后的建设任务\n"
            + "\n".join(review) + "\n" + "\n".join(plan) + "\n"
            "二、关于国际形势\n我们要继续维护世界和平。\n")
    _, part = _parts(text, 1964)
    assert part(text.index("农业生产连续")) == "review"
    assert part(text.index("明年要继续")) == "plan"
    assert part(text.index("要进一步扩大")) == "plan"
    # a title without a review word before the plan's does not turn
    plain = text.replace("国民经济的成就和今后的建设任务", "今后的建设任务")
    _, part = _parts(plain, 1964)
    assert part(plain.index("农业生产连续")) == "plan"


def test_a_bare_heading_that_names_a_part_by_its_time_may_list_with_a_pause_mark():
    text = ("各位代表：\n　　现在我代表国务院作报告。\n\n过去五年工作的基本总结\n\n　　我们建成了一批重点工程。\n\n"
            "今后五年建设和改革的目标、方针和任务\n\n　　今后五年要加快改革。\n\n"
            "结束语\n各位代表！让我们团结奋斗。\n")
    o = parse_outline(doc_of(text, 1988))
    assert [p.title for p in o.programs if p.level == 1] == [
        "过去五年工作的基本总结", "今后五年建设和改革的目标、方针和任务", "结束语"]
    # a short line that lists topics with 、 and names no part is no heading
    assert not any(p.title == "产业、城市和生态工作" for p in parse_outline(doc_of(
        text.replace("今后五年建设和改革的目标、方针和任务", "产业、城市和生态工作"), 1988)).programs)


def test_a_part_telling_how_a_plan_was_carried_out_is_a_review():
    assert part_kind("农业发展纲要在过去四年中执行的情况", 1960) == "review"
