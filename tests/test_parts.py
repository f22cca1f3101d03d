"""Part kinds read by years and tense, the `part` of every row, and what may come from which part.

Sentences are composed for these tests in the genre's style (plan year 2021)."""

from __future__ import annotations

from helpers import doc
from policydata.extract.outline import parse_outline, part_kind
from policydata.extract.parts import PARTS, apply_parts
from policydata.extract.tense import reads_as_review, review_then_plan, sentence_tense, votes
from policydata.extract.registry import extract

FILLER = "，".join(["加强统筹协调", "完善工作机制", "压实各方责任"]) + "。"


def test_sentence_tense_reads_past_and_future_words_and_years():
    assert sentence_tense("去年全区地区生产总值增长6.5%", 2021) == "past"
    assert sentence_tense("我们建成了一批重点项目", 2021) == "past"
    assert sentence_tense("2020年新增城镇就业1.2万人", 2021) == "past"
    assert sentence_tense("今年要新建中小学5所", 2021) == "future"
    assert sentence_tense("到2025年，全区研发投入强度达到3%", 2021) == "future"
    assert sentence_tense("为了更好服务群众，推动主要指标稳定", 2021) is None  # 为了 and 主要 are not tense words


def test_a_stretch_reads_as_a_review_only_with_enough_past_sentences():
    review = "去年经济增长6%。我们建成了三座桥。新增就业已超过1万人。获评全国文明城市。全年完成投资80亿元，比上年增长9%。"
    plan = "今年要推进产业升级。将新建学校5所。力争新增就业1万人。要加快城市更新。"
    assert reads_as_review(review, 2021)
    assert not reads_as_review(plan, 2021)
    assert not reads_as_review("去年经济增长6%。", 2021)  # one sentence is not enough


def test_the_split_of_a_report_without_headings_falls_where_the_tense_turns():
    assert review_then_plan([(3, 0), (4, 1), (2, 0), (0, 3), (1, 4)]) == 3
    assert review_then_plan([(0, 2), (0, 3)]) == 0


def test_a_title_that_names_only_years_before_the_plan_year_reviews_them():
    assert part_kind("2020年主要工作", 2021) == "review"
    assert part_kind("2021年主要工作", 2021) == "plan"


def test_a_title_without_kind_words_is_read_by_the_tense_of_its_text():
    past = "去年经济增长6%。我们建成了三座桥。新增就业已超过1万人。获评全国文明城市。全年完成投资80亿元，比上年增长9%。"
    assert part_kind("牢记嘱托，在奋斗中取得新成效", 2021, past) == "review"
    assert part_kind("牢记使命，在新征程上奋勇争先", 2021, "今年要推进产业升级。将新建学校5所。") == "plan"
    assert part_kind("过去的成就和今后的任务", 2021, past) == "plan"  # the title looks ahead


REVIEW_SECTIONS = ("各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n"
                   "（一）持续抓工业，新动能进一步积蓄。全区新增规上工业企业20家，比上年增长12%。获评省级工业强区。"
                   "建成产业园区2个。工业投资累计完成80亿元。\n"
                   "（二）持续抓民生，群众获得感进一步提升。新增城镇就业1.2万人，比上年增长5%。建成养老服务中心3个。"
                   "获评全国文明城区。\n"
                   "今年重点做好以下工作：\n"
                   "（一）做强先进制造业，加快产业升级。要新建产业园区2个，力争新增规上工业企业30家。\n"
                   "（二）办好民生实事，增进民生福祉。将新建学校5所，新增学位3000个。\n")


def test_sections_without_parts_whose_numbers_restart_are_a_review_then_a_plan():
    o = parse_outline(doc(REVIEW_SECTIONS))
    kinds = [(p.label, p.part_kind) for p in o.programs if p.level == 2]
    assert kinds == [("一", "review"), ("二", "review"), ("一", "plan"), ("二", "plan")]


def test_rows_carry_their_part_and_no_target_comes_from_the_review():
    rows = extract(doc(REVIEW_SECTIONS))
    for name in ("targets", "projects", "outcomes", "programs"):
        assert all(r["part"] in PARTS for r in rows[name]), name
    assert rows["targets"], "the plan's targets are kept"
    assert all(r["part"] != "review" for r in rows["targets"])
    assert not any("1.2万人" in r["source_text"] for r in rows["targets"])  # a result of the review


def test_the_post_pass_drops_review_targets_and_plan_outcomes_and_shared_spans():
    text = ("一、2020年工作回顾\n去年全区地区生产总值增长6%。新增城镇就业1.2万人。\n"
            "二、2021年工作安排\n今年要新建学校5所。力争新增就业1万人。\n")
    o = parse_outline(doc(text))
    at = text.index
    def row(span, **kw):
        return {"char_start": at(span), "char_end": at(span) + len(span), **kw}
    rows = {
        "targets": [row("新增城镇就业1.2万人", kind="task"), row("新建学校5所", kind="task"),
                    row("力争新增就业1万人", kind="task")],
        "outcomes": [row("新增城镇就业1.2万人"), row("新建学校5所")],
        "projects": [], "programs": [],
    }
    out = apply_parts(o, rows)
    assert [r["char_start"] for r in out["targets"]] == [at("新建学校5所"), at("力争新增就业1万人")]
    assert [r["char_start"] for r in out["outcomes"]] == [at("新增城镇就业1.2万人")]
    assert {r["part"] for r in out["targets"]} == {"plan"} and out["outcomes"][0]["part"] == "review"


def test_an_explicit_past_statement_in_the_plan_stays_an_outcome_and_is_not_a_target():
    text = ("一、2021年工作安排\n去年，全区新增城镇就业1.2万人。今年要新建学校5所。\n")
    o = parse_outline(doc(text))
    s = text.index("新增城镇就业1.2万人")
    rows = {"targets": [{"char_start": s, "char_end": s + 11, "kind": "task"}],
            "outcomes": [{"char_start": s, "char_end": s + 11}], "projects": [], "programs": []}
    out = apply_parts(o, rows)
    assert out["targets"] == [] and len(out["outcomes"]) == 1


def test_a_report_without_headings_is_split_into_review_and_plan():
    text = ("各位代表：现在，我代表区人民政府向大会报告工作，请予审议。\n"
            "过去一年，全区经济增长6%，比上年提高1个百分点。\n"
            "我们建成了三座桥，新增就业已超过1万人。\n"
            "获评全国文明城区，累计完成投资80亿元。\n"
            "全年完成固定资产投资120亿元，同比增长8%。\n"
            "今年要推进产业升级，力争经济增长6%。\n"
            "要新建学校5所，将新增学位3000个。\n"
            "我们要加快城市更新，确保完成年度任务。\n")
    o = parse_outline(doc(text))
    assert o.part_kind_at(text.index("我们建成了")) == "review"
    assert o.part_kind_at(text.index("要新建学校")) == "plan"
    assert o.part_kind_at(text.index("现在，我代表")) == "preamble"


def test_an_unnumbered_review_heading_over_numbered_parts_keeps_their_results_out_of_the_targets():
    past = "全年地区生产总值增长6%，比上年提高1个百分点。我们建成了三座桥。新增就业已超过1万人。获评全国文明城区。累计完成投资80亿元。"
    text = ("各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"
            "2020年政府工作回顾\n"
            "一、经济发展稳中向好\n" + past + "\n"
            "二、文教卫生协调发展\n" + past + "\n"
            "三、2021年主要目标和重点工作\n今年要推进产业升级，力争经济增长6%。要新建学校5所。\n")
    o = parse_outline(doc(text))
    assert [(p.label, p.part_kind) for p in o.programs if p.level == 1] == [
        ("", "review"), ("一", "review"), ("二", "review"), ("三", "plan")]
    rows = extract(doc(text))
    assert rows["targets"] and all(r["part"] == "plan" for r in rows["targets"])
    assert not any("新增就业" in r["source_text"] for r in rows["targets"])


def test_a_part_on_diplomacy_that_tells_of_the_past_is_no_review():
    past = "去年我国同各国的友好关系有了新的发展。我们已经同许多国家建立了合作关系。五年来外交工作取得了重大成就。我们成功举办了多场主场外交活动。"
    assert part_kind("关于外交工作", 2021, past) == "plan"
    assert part_kind("关于经济建设", 2021, past) == "review"


def test_a_part_on_the_governments_own_governance_is_self_government():
    assert part_kind("全面提升政府治理效能", 2021) == "self-government"
    assert part_kind("加快提升城市治理水平", 2021) == "plan"


def test_the_plan_years_targets_paragraph_inside_a_stretch_read_as_a_review_is_headline():
    past = "全区地区生产总值增长6%，比上年提高1个百分点。我们建成了三座桥。新增就业已超过1万人。获评全国文明城区。累计完成投资80亿元。"
    text = ("各位代表：现在，我代表区人民政府向大会报告工作，请予审议。\n"
            f"（一）经济运行稳中向好。{past}\n（二）民生福祉持续增进。{past}\n"
            "今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，城镇调查失业率控制在5.5%以内。\n"
            "（一）加快产业升级。要新建学校5所，将新增学位3000个。\n（二）推进城市更新。要改造老旧小区20个。\n")
    o = parse_outline(doc(text))
    s = text.index("地区生产总值增长6.5%")
    assert o.part_kind_at(s) == "review"  # the first series of sections runs on to the second one
    rows = {"targets": [{"char_start": s, "char_end": s + 12, "kind": "headline"}],
            "outcomes": [], "projects": [], "programs": []}
    assert [r["part"] for r in apply_parts(o, rows)["targets"]] == ["headline"]
    p = text.index("新增就业已超过1万人")
    rows = {"targets": [{"char_start": p, "char_end": p + 10, "kind": "headline"}],
            "outcomes": [], "projects": [], "programs": []}
    assert apply_parts(o, rows)["targets"] == []  # a past sentence of the review stays out


def test_a_past_paragraph_under_a_bare_self_government_heading_is_review():
    past = "全区地区生产总值增长6%，比上年提高1个百分点。我们建成了三座桥。新增就业已超过1万人。获评全国文明城区。累计完成投资80亿元。"
    text = ("各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n"
            "2020年政府工作回顾\n一、经济发展稳中向好\n" + past + "\n"
            "二、2021年主要目标和重点工作\n今年要推进产业升级，力争经济增长6%。要新建学校5所。\n"
            "（一）守牢安全底线。要加强应急管理，完善工作机制。\n"
            "建设人民满意政府\n"
            "过去一年，我们持续转变职能，办理人大代表建议61件、政协委员提案185件，办结率100%。\n"
            "新的一年，我们要持续加强自身建设，办理代表建议要做到件件有回音。\n")
    rows = extract(doc(text))
    got = [(r["source_text"], r["part"]) for r in rows["outcomes"] if "提案" in r["source_text"]]
    assert got and all(p == "review" for _s, p in got)
    assert not any("提案" in r["source_text"] for r in rows["targets"])


def test_plan_year_budget_figures_compared_with_the_year_before_are_no_outcomes():
    text = ("一、2021年工作安排\n2021年区级预算安排教育支出8亿元，占一般公共预算支出的20%，比上年增长6%。"
            "其中，学前教育支出1亿元，比上年增长9%。\n"
            "2020年，全区教育支出7.5亿元。今年要新建学校5所。\n")
    o = parse_outline(doc(text))
    def row(span):
        s = text.index(span)
        return {"char_start": s, "char_end": s + len(span)}
    rows = {"targets": [], "projects": [], "programs": [],
            "outcomes": [row("比上年增长6%"), row("比上年增长9%"), row("教育支出7.5亿元")]}
    out = apply_parts(o, rows)
    # the plan year's budget is no result though it reads past by 上年; a sentence opening with a past year is
    assert [r["char_start"] for r in out["outcomes"]] == [text.index("教育支出7.5亿元")]


def test_a_past_year_named_inside_a_plan_year_paragraph_keeps_its_result():
    text = ("一、2021年工作安排\n今年要新建学校5所。与之相比，2020年全区新建学校3所。\n")
    o = parse_outline(doc(text))
    s = text.index("新建学校3所")
    rows = {"targets": [], "projects": [], "programs": [], "outcomes": [{"char_start": s, "char_end": s + 6}]}
    assert len(apply_parts(o, rows)["outcomes"]) == 1
