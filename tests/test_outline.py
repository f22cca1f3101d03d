"""Outline rules: parts, sections, measures, spans and ids, on paragraphs written in the genre's style."""

from __future__ import annotations

from helpers import doc
from policydata.extract.outline import parse_outline, part_kind, program_rows


def outline_of(text):
    return parse_outline(doc(text))


def titles(text):
    return [(p.level, p.label, p.title) for p in outline_of(text).programs]


PLAN = """各位代表：
现在，我代表区人民政府向大会报告工作，请予审议。
一、2020年工作回顾
过去一年，我们克服困难，较好完成了全年目标任务。
二、2021年工作安排
今年发展的主要预期目标是：地区生产总值增长6%左右。
（一）加快产业转型升级
做强先进制造业。围绕集成电路、生物医药等领域，引进一批龙头企业。
提升现代服务业。推动金融、物流、会展等产业集聚发展，打造服务业高地。
(二)持续保障和改善民生
办好人民满意的教育。新建改扩建中小学5所，增加学位2000个。
三、加强政府自身建设
（一）坚持依法行政
自觉接受人大法律监督和政协民主监督，认真办理建议提案。
"""


def test_parts_sections_and_measures():
    assert titles(PLAN) == [
        (1, "一", "2020年工作回顾"),
        (1, "二", "2021年工作安排"),
        (2, "一", "加快产业转型升级"),
        (3, "", "做强先进制造业"),
        (3, "", "提升现代服务业"),
        (2, "二", "持续保障和改善民生"),
        (3, "", "办好人民满意的教育"),
        (1, "三", "加强政府自身建设"),
        (2, "一", "坚持依法行政"),
    ]


def test_section_restarting_under_a_new_part_belongs_to_it():
    o = outline_of(PLAN)
    by_title = {p.title: p for p in o.programs}
    assert by_title["坚持依法行政"].parent is by_title["加强政府自身建设"]
    assert by_title["加快产业转型升级"].parent is by_title["2021年工作安排"]
    assert by_title["做强先进制造业"].parent is by_title["加快产业转型升级"]


def test_preamble_is_not_a_program():
    o = outline_of(PLAN)
    assert o.preamble.text.startswith("现在，我代表区人民政府")
    assert o.program_at(o.preamble.start) is None
    assert o.part_kind_at(o.preamble.start) == "preamble"


def test_program_spans_cover_title_and_text():
    o = outline_of(PLAN)
    text = o.document.text
    for row in program_rows(o):
        span = text[row["char_start"]:row["char_end"]]
        assert row["title"] in span
        if row["text"]:
            assert row["text"] in span
    measure = next(r for r in program_rows(o) if r["title"] == "做强先进制造业")
    assert measure["text"] == "围绕集成电路、生物医药等领域，引进一批龙头企业。"
    assert measure["label"] is None and measure["level"] == 3


def test_ids_are_stable_and_parent_ids_resolve():
    rows1, rows2 = program_rows(outline_of(PLAN)), program_rows(outline_of(PLAN))
    assert rows1 == rows2
    ids = {r["program_id"] for r in rows1}
    assert len(ids) == len(rows1)
    assert all(r["parent_id"] in ids for r in rows1 if r["parent_id"])
    # an edit in one section does not move the ids of another
    edited = program_rows(outline_of(PLAN.replace("增加学位2000个", "增加学位2500个")))
    assert [r["program_id"] for r in edited] == [r["program_id"] for r in rows1]


def test_full_and_half_width_section_brackets():
    text = "二、工作安排\n(一)推进城市更新\n完成老旧小区改造，提升居住品质。\n（二）加强生态保护\n持续改善空气质量，推进河湖治理。\n"
    assert [(lvl, lab) for lvl, lab, _ in titles(text)] == [(1, "二"), (2, "一"), (2, "二")]


def test_inline_section_heading_takes_title_to_first_full_stop():
    text = ("二、2021年工作任务\n"
            "（一）着力稳定经济运行，保持发展势头。继续做好各项工作。宏观政策要稳健有效，财政政策要提质增效，更可持续。\n"
            "提升财政政策效能。今年赤字率按3%左右安排，保障重点支出。\n")
    t = titles(text)
    assert (2, "一", "着力稳定经济运行，保持发展势头") in t
    # the sentence after an inline heading is the section's text, not a measure
    assert all(title != "继续做好各项工作" for _, _, title in t)
    assert (3, "", "提升财政政策效能") in t


def test_numbered_items_are_measures():
    text = ("一、2020年工作回顾\n过去一年，全区上下团结奋斗，经济社会发展取得新成效。\n"
            "一是稳增长取得实效，经济运行保持平稳。全年新增市场主体1万户。\n"
            "二是改革开放不断深化。营商环境持续优化。\n"
            "——民生保障更加有力。新增就业1.2万人。\n"
            "三要强化执行，狠抓落实。对重点工作实时跟进。\n")
    assert titles(text)[1:] == [(3, "", "稳增长取得实效，经济运行保持平稳"), (3, "", "改革开放不断深化"),
                                (3, "", "民生保障更加有力"), (3, "", "强化执行，狠抓落实")]


def test_lead_sentence_rules():
    text = ("二、2021年重点工作\n（一）推动高质量发展\n"
            "这是一个很长的开头句子它没有逗号但是超过了二十个字所以不是举措。后面还有内容。\n"
            "坚持项目带动，扩大有效投资。全年实施重点项目80个。\n"
            "各位代表，让我们团结一心。共创美好未来。\n"
            "加快数字化转型。\n")
    t = [title for _, _, title in titles(text)]
    assert "坚持项目带动，扩大有效投资" in t  # one comma is allowed in a work-plan part
    assert not any(x.startswith("这是一个很长") for x in t)  # too long
    assert not any(x.startswith("各位代表") for x in t)  # an address, not a measure
    assert "加快数字化转型" not in t  # a one-sentence paragraph is not a lead


def test_review_leads_allow_no_comma():
    text = ("一、2020年工作回顾\n过去一年，我们奋力拼搏。全年经济稳中向好。\n"
            "回顾过去一年，成绩来之不易。我们深刻体会到团结的力量。\n"
            "生态环境明显改善。空气优良天数比例达到85%。\n")
    assert [title for lvl, _, title in titles(text) if lvl == 3] == ["生态环境明显改善"]


def test_requirements_part_has_no_measures():
    text = ("二、2021年经济社会发展总体要求\n做好今年工作，要坚持稳中求进工作总基调。\n"
            "坚持扩大内需。要激发消费潜力，扩大有效投资。\n")
    assert titles(text) == [(1, "二", "2021年经济社会发展总体要求")]


def test_embedded_measures_inside_one_paragraph():
    filler = "，".join(["加强统筹协调", "完善工作机制", "压实各方责任", "强化督查考核", "确保各项任务落到实处"] * 3) + "。"
    text = ("二、2021年工作安排\n（一）打好三大攻坚战\n"
            "坚持把打好三大攻坚战作为重大政治任务，以更大决心、更强力度推进各项工作。全力防范化解风险。" + filler +
            "全力推进污染防治。" + filler + "开展专项行动。" + "严格执法监管，巩固治理成果。\n")
    t = [title for lvl, _, title in titles(text) if lvl == 3]
    assert t == ["全力防范化解风险", "全力推进污染防治"]  # 开展专项行动 has too little text after it


def test_glossary_ends_the_outline():
    text = PLAN + "名词解释：\n1．一网通办：是指政务服务线上办理。\n"
    o = outline_of(text)
    assert o.glossary is not None and o.glossary.text.startswith("名词解释")
    assert all(p.end <= o.glossary.start for p in o.programs)


def test_part_kinds():
    assert part_kind("2020年工作回顾") == "review"
    assert part_kind("2021年经济社会发展总体要求和政策取向") == "requirements"
    assert part_kind("2021年政府工作任务") == "plan"
    assert part_kind("全面加强政府自身建设") == "self-government"
    assert part_kind("奋力开创新局面") == "plan"


def test_arabic_numbered_items_are_measures_but_decimals_are_not():
    text = ("二、2021年工作安排\n（一）推动产业升级\n1．加快建设现代产业体系。培育战略性新兴产业集群，壮大数字经济。\n"
            "（2）提升科技创新能力。加大研发投入。\n1.5万户家庭完成改造，居民满意。\n")
    assert [t for lvl, _, t in titles(text) if lvl == 3] == ["加快建设现代产业体系", "提升科技创新能力"]
