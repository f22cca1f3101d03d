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


def test_paired_slogans_head_stretches_of_a_paragraph_but_judgments_do_not():
    filler = "，".join(["加强统筹协调", "完善工作机制", "压实各方责任", "强化督查考核", "确保各项任务落到实处"] * 3) + "。"
    text = ("二、今后五年的主要任务\n（一）贯彻新发展理念\n"
            "今后五年，要深入贯彻新发展理念，推动高质量发展，奋力谱写新篇章。坚持创新发展，着力培育发展新动能。" + filler +
            "推进绿色发展，着力建设美丽城乡。" + filler + "形势依然复杂，任务十分艰巨。" + filler + "\n")
    t = [title for lvl, _, title in titles(text) if lvl == 3]
    assert t == ["坚持创新发展，着力培育发展新动能", "推进绿色发展，着力建设美丽城乡"]


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


# --- shapes of real reports -------------------------------------------------------------------------------------

def levels(text):
    return [(p.level, p.label, p.title) for p in outline_of(text).programs]


def test_measures_inline_in_a_long_section_paragraph():
    text = ("二、2021年工作安排\n"
            "（一）推进产业升级。坚持把发展经济的着力点放在实体经济上。一是做好项目建设。全年实施重点项目80个。"
            "加快推进各类园区建设。二是抓好招商引资。围绕主导产业精准招商。\n")
    assert levels(text)[1:] == [(2, "一", "推进产业升级"), (3, "", "做好项目建设"), (3, "", "抓好招商引资")]


def test_items_inside_one_sentence_are_not_measures():
    text = ("二、2021年工作安排\n（一）深化国企改革\n国企改革的任务，一是完善治理；二是优化布局；三是强化监管。要确保改革取得实效。\n")
    assert [t for lvl, _, t in levels(text) if lvl == 3] == []


def test_an_item_title_stops_at_the_next_item_of_the_sentence():
    text = "二、2021年工作安排\n（一）保障民生\n办好民生实事。一是提升就业服务能力，二是提高养老服务水平。确保按期完成。\n"
    assert (3, "", "提升就业服务能力") in levels(text)


def test_standalone_ordinal_lines_are_sections_and_ordinals_with_text_are_measures():
    text = ("一、关于过去五年的政府工作\n五年来，经济持续发展。我们有以下几点体会：\n"
            "第一，坚持从实际出发、按规律办事。改革开放必须从国情出发。\n"
            "第二，妥善处理改革、发展、稳定的关系。改革是发展的动力。\n"
            "二、关于今年政府工作的建议\n今年要着重抓好以下工作：\n"
            "第一，切实稳定粮食生产\n农业事关全局，决不能放松。\n持续改善农村人居环境。污水治理要因地制宜，突出重点。\n"
            "第二，国有企业改革要取得新的突破\n推进重点企业的改革和发展。要抓好大型企业。\n")
    assert levels(text) == [
        (1, "一", "关于过去五年的政府工作"),
        (3, "", "坚持从实际出发、按规律办事"), (3, "", "妥善处理改革、发展、稳定的关系"),
        (1, "二", "关于今年政府工作的建议"),
        (2, "一", "切实稳定粮食生产"), (3, "", "持续改善农村人居环境"),
        (2, "二", "国有企业改革要取得新的突破"), (3, "", "推进重点企业的改革和发展"),
    ]


def test_parts_given_as_bare_heading_lines():
    text = ("各位代表：\n现在，我代表省政府报告工作。\n2023年工作回顾\n过去一年，全省经济稳中向好。\n"
            "（一）经济运行回升向好\n投资消费协同发力。\n2024年主要工作\n今年要重点做好以下工作。\n"
            "（一）扩大有效投资\n实施重点项目攻坚工程。全年完成投资2000亿元。\n结束语\n让我们团结奋斗，再创佳绩！\n")
    o = outline_of(text)
    assert [(p.level, p.label, p.title, p.part_kind) for p in o.programs] == [
        (1, "", "2023年工作回顾", "review"), (2, "一", "经济运行回升向好", "review"),
        (1, "", "2024年主要工作", "plan"), (2, "一", "扩大有效投资", "plan"),
        (3, "", "实施重点项目攻坚工程", "plan"),
        (1, "", "结束语", "closing"),
    ]


def test_unnumbered_sub_titles_are_sections_of_a_part_without_them():
    text = ("一、关于社会主义建设\n我国的建设事业有了很大发展。\n关于教育改革问题\n教育要为建设服务。要提高质量。\n"
            "关于向科学进军\n科学研究要面向生产。要培养人才。\n")
    assert levels(text) == [(1, "一", "关于社会主义建设"), (2, "", "关于教育改革问题"), (3, "", "教育要为建设服务"),
                            (2, "", "关于向科学进军"), (3, "", "科学研究要面向生产")]


def test_review_items_that_head_paragraphs_are_sections():
    text = ("一、“十二五”时期工作回顾\n五年来，我们攻坚克难，各项事业取得新进展。\n"
            "——综合实力显著增强。五年来，地区生产总值年均增长8%。\n"
            "——工业结构持续升级。高新技术产业占比提高。\n消费市场日趋活跃。商贸物流加快发展。\n旅游业持续发展。旅游收入逐年增长。\n"
            "——城市面貌发生巨变。城市基础设施日臻完善。\n")
    assert levels(text) == [(1, "一", "“十二五”时期工作回顾"), (2, "", "综合实力显著增强"), (2, "", "工业结构持续升级"),
                            (3, "", "消费市场日趋活跃"), (3, "", "旅游业持续发展"), (2, "", "城市面貌发生巨变")]


def test_review_items_that_follow_one_another_are_measures():
    text = ("一、2021年工作回顾\n过去一年，我们砥砺前行。\n——经济运行总体平稳。国内生产总值增长8%。\n"
            "——创新能力进一步增强。关键核心技术攻关取得进展。\n回顾过去一年，成绩得来殊为不易。我们主要做了以下工作。\n")
    assert levels(text) == [(1, "一", "2021年工作回顾"), (3, "", "经济运行总体平稳"), (3, "", "创新能力进一步增强")]


def test_a_motto_under_a_part_heading_is_neither_section_nor_measure():
    text = ("一、2024年工作回顾\n——经济稳中有进、发展质效向好\n过去一年，面对复杂形势，我们攻坚克难。\n"
            "一是协同发展走深走实。坚持全域对接。\n")
    assert levels(text) == [(1, "一", "2024年工作回顾"), (3, "", "协同发展走深走实")]


def test_a_heading_that_runs_on_into_its_first_sentence():
    text = "三、2021年工作安排\n(一)深入推进区域协调发展，打造高质量发展动力源。推动规则衔接、机制对接。全面贯彻新发展理念。\n"
    assert levels(text)[1] == (2, "一", "深入推进区域协调发展，打造高质量发展动力源")


def test_short_leads_inside_long_paragraphs_where_the_report_writes_them_so():
    filler = "，".join(["加强统筹协调", "完善工作机制", "压实各方责任", "强化督查考核"] * 2) + "。"
    text = ("一、2023年工作回顾\n"
            "（一）经济运行回升向好。坚持投资、消费、出口协同发力。千方百计增投资。" + filler + "多措并举促消费。" + filler + "\n"
            "（二）开放合作持续深化。坚持以开放促改革。重点改革蹄疾步稳。" + filler + "营商环境明显改善。" + filler + "\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert t == ["千方百计增投资", "多措并举促消费", "重点改革蹄疾步稳", "营商环境明显改善"]


def test_short_sentences_inside_paragraphs_of_a_report_that_does_not_write_so_are_prose():
    filler = "，".join(["加强统筹协调", "完善工作机制", "压实各方责任", "强化督查考核"] * 2) + "。"
    text = ("三、2022年政府工作任务\n（一）着力稳定宏观经济大盘\n"
            "完善企业研发激励政策。强化企业创新主体地位，" + filler + "加强知识产权保护和运用。" + filler + "深入推进全民阅读。" + filler + "\n")
    assert [title for lvl, _, title in levels(text) if lvl == 3] == ["完善企业研发激励政策"]


def test_a_report_without_parts_numbers_its_sections_only():
    text = "（一）一九五七年经济战线上的胜利\n一九五七年是伟大胜利的一年。\n（二）争取国民经济的新跃进\n我们要鼓足干劲。\n"
    assert levels(text) == [(2, "一", "一九五七年经济战线上的胜利"), (2, "二", "争取国民经济的新跃进")]


def test_an_enumeration_restarting_inside_a_part_is_not_a_part():
    text = ("一、国家在过渡时期的总任务\n总任务已经明确。\n二、第一个五年计划概要\n积累来源有以下几个：\n"
            "一、我国人民推翻了帝国主义的统治。这就提供了重要的积累来源。\n二、我国人民推翻了封建主义。农民不再交纳地租。\n"
            "三、五年计划的若干问题\n下面讲几个问题。\n")
    assert [(lvl, lab) for lvl, lab, _ in levels(text) if lvl == 1] == [(1, "一"), (1, "二"), (1, "三")]


def test_a_part_numbered_by_a_numeral_alone_takes_its_first_sentence_as_title():
    text = "各位代表：\n一\n\n\n　　全国农业发展纲要是根据毛泽东同志的倡议提出的。纲要已经深入人心。\n二\n\n\n　　下面说一下纲要的执行情况。各地都有进展。\n"
    assert [(lvl, lab, t) for lvl, lab, t in levels(text)] == [
        (1, "一", "全国农业发展纲要是根据毛泽东同志的倡议提出的"), (1, "二", "下面说一下纲要的执行情况")]


def test_closing_annex_and_glossary_after_the_closing():
    text = (PLAN + "各位代表！让我们团结奋斗，再创佳绩！\n附件1：2025年十件民生实事\n"
            "一、提升养老服务水平。为老年人提供健康管理服务。\n二、扎实推进污水治理。新增改造管网200公里。\n")
    o = outline_of(text)
    annex = [p for p in o.programs if p.part_kind == "annex"]
    assert [(p.level, p.label, p.title) for p in annex] == [(1, "", "2025年十件民生实事"), (2, "一", "提升养老服务水平"),
                                                            (2, "二", "扎实推进污水治理")]
    assert o.closing is not None and o.closing.text.startswith("各位代表！让我们团结奋斗")
    assert o.part_kind_at(o.closing.start) == "closing"
    assert o.part_kind_at(annex[1].start) == "annex"
    assert all(p.end <= o.closing.start for p in o.programs if p.part_kind != "annex")
    assert all(not (o.closing.start <= s.start < o.closing.end) or True for s in o.paragraphs)
    assert o.part_kind_at(text.index("新增改造管网")) == "annex"


def test_an_annex_after_the_glossary_is_read_as_an_annex():
    """附件 after the glossary ends it; its title may be any short line (惠民实事 is no heading word of the body)."""
    text = (PLAN + "各位代表！让我们团结奋斗，再创佳绩！\n名词解释\n1.一网通办：是指政务服务线上办理。\n"
            "附件\n2026年10件惠民实事\n一、稳定和扩大就业\n年度目标：城镇新增就业3万人以上。\n"
            "二、改造老旧小区\n年度目标：改造老旧小区120个。\n")
    o = outline_of(text)
    annex = [(p.level, p.label, p.title) for p in o.programs if p.part_kind == "annex"]
    assert annex == [(1, "", "2026年10件惠民实事"), (2, "一", "稳定和扩大就业"), (2, "二", "改造老旧小区")]
    assert o.part_kind_at(text.index("一网通办")) == "glossary"
    assert o.part_kind_at(text.index("改造老旧小区120个")) == "annex"
    assert o.glossary.end < text.index("附件")


def test_glossary_kind():
    text = PLAN + "名词解释：\n1．一网通办：是指政务服务线上办理。\n"
    o = outline_of(text)
    assert o.part_kind_at(text.index("一网通办")) == "glossary"


def test_titles_never_empty_nor_hold_a_line_break():
    text = ("一、\n\n（一）\n\n二、2021年工作安排\n（一）加快发展“\n数字经济\n”，推动产业升级\n"
            "培育新兴产业。推动集成电路、生物医药等产业集聚。\n")
    rows = program_rows(outline_of(text))
    assert rows and all(r["title"] and "\n" not in r["title"] for r in rows)
    assert levels(text)[:2] == [(1, "二", "2021年工作安排"), (2, "一", "加快发展“数字经济”，推动产业升级")]


def test_a_title_split_by_link_markup_is_read_whole():
    text = "二、2024年工作安排\n（一）深入学习贯彻\n重要讲话\n精神，推动高质量发展\n实施创新驱动战略。加大研发投入。\n"
    assert levels(text)[1] == (2, "一", "深入学习贯彻重要讲话精神，推动高质量发展")


def test_part_kinds_of_mixed_titles():
    assert part_kind("“十三五”时期发展成就和2020年主要工作", 2021) == "review"
    assert part_kind("1998年工作回顾和1999年工作的总体要求", 1999) == "requirements"
    assert part_kind("“十三五”时期发展成就和“十四五”时期主要目标任务", 2021) == "plan"
    assert part_kind("2025年和“十四五”时期工作回顾", 2026) == "review"
    assert part_kind("“十三五”经济社会发展的主要目标和任务", 2016) == "plan"
    assert part_kind("2024年目标任务和主要工作", 2024) == "plan"


def test_judgments_and_figures_do_not_lead():
    text = ("二、2021年工作安排\n（一）保障和改善民生\n改善民生是经济发展的根本目的。要着力解决群众急难愁盼问题。\n"
            "企业退休人员基本养老金再提高10%。城乡低保标准同步提高。\n办好人民满意的教育。新建中小学5所。\n")
    assert [t for lvl, _, t in levels(text) if lvl == 3] == ["办好人民满意的教育"]


def test_a_sentence_the_source_repeats_is_one_measure():
    text = ("二、2021年工作安排\n（一）防范金融风险\n一是加强风险管理。完善监管制度。\n一是加强风险管理。完善监管制度。\n")
    assert [t for lvl, _, t in levels(text) if lvl == 3] == ["加强风险管理"]


def test_fold_maps_every_full_width_form_one_for_one():
    from policydata.text import fold
    s = "（一）增长５％左右，达到１２０万人；　完成！" + "".join(chr(c) for c in range(0xFF01, 0xFF5F))
    assert fold(s) == s.translate({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20})


def test_an_annex_without_a_closing_address_is_still_an_annex():
    text = (PLAN + "附件：2021年十件民生实事\n一、新建社区食堂10个。方便老年人就餐。\n二、改造老旧小区30个。提升居住品质。\n")
    o = outline_of(text)
    assert [(p.level, p.title) for p in o.programs if p.part_kind == "annex"] == [
        (1, "2021年十件民生实事"), (2, "新建社区食堂10个"), (2, "改造老旧小区30个")]
    assert not any(p.level == 1 and p.label == "一" and p.part_kind != "review" for p in o.programs)


def test_defence_diplomacy_and_reunification_are_not_planned_measures():
    text = ("一、过去五年的回顾\n五年来成绩显著。\n国防和军队现代化建设迈出新的步伐。军队建设取得新进展。\n"
            "二、今年政府工作的建议\n（一）切实稳定粮食生产\n持续改善农村人居环境。污水治理要因地制宜。\n"
            "大力加强军队思想政治建设。坚持政治建军。\n（二）推进祖国和平统一大业\n坚持一个中国原则。反对分裂。\n"
            "三、关于对外工作\n和平与发展仍然是时代主题。我们要继续努力。\n")
    t = [(lvl, title) for lvl, _, title in levels(text) if lvl == 3]
    assert t == [(3, "国防和军队现代化建设迈出新的步伐"), (3, "持续改善农村人居环境")]


def test_a_citys_exchanges_abroad_are_planned_measures():
    """对外交流 holds the letters of 外交 but is a city's own work: its lead is a measure."""
    text = ("二、2024年工作安排\n（一）坚持改革创新\n一是深化重点改革。优化营商环境。\n"
            "二是扩大对外交流。推动与友好城市合作。\n三是加强对外交往。办好国际论坛。\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert t == ["深化重点改革", "扩大对外交流", "加强对外交往"]


def test_a_parts_own_measures_before_its_first_section():
    filler = "，".join(["加强统筹协调", "完善工作机制", "压实各方责任", "强化督查考核"]) + "。"
    text = ("一、2020年工作回顾\n"
            "——经济运行稳中向好。全区地区生产总值增长6%，" + filler + "\n"
            "——城乡面貌持续改善。新建口袋公园12个，" + filler + "\n"
            "（一）全力稳住经济大盘\n全年新增市场主体1万户。" + filler + "\n")
    assert levels(text)[:3] == [(1, "一", "2020年工作回顾"), (3, "", "经济运行稳中向好"), (3, "", "城乡面貌持续改善")]
    assert (2, "一", "全力稳住经济大盘") in levels(text)


def test_review_leads_right_after_a_run_on_section_heading():
    filler = "，".join(["出台支持政策十条", "开展助企服务行动", "新增减税降费20亿元", "推动企业稳产增产"] * 2) + "。"
    text = ("一、2020年工作回顾\n"
            "（一）全力推动经济稳中提质。市场活力持续激发。" + filler + "投资规模持续扩大。" + filler
            + "消费潜能加快释放。" + filler + "\n"
            "（二）加快建设先进制造业高地。产业集群不断壮大。" + filler + "创新能力显著提升。" + filler + "\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert t == ["市场活力持续激发", "投资规模持续扩大", "消费潜能加快释放", "产业集群不断壮大", "创新能力显著提升"]


def test_a_fact_the_review_reports_is_not_a_lead():
    filler = "，".join(["出台支持政策十条", "开展助企服务行动", "新增减税降费20亿元", "推动企业稳产增产"] * 2) + "。"
    text = ("一、2020年工作回顾\n"
            "（一）城市建设取得新进展\n面对困难挑战，我们狠抓项目建设。城市功能持续完善。" + filler
            + "区图书馆新馆建成开放。" + filler + "老城改造成效明显。" + filler + "\n"
            "（二）文教卫生协调发展\n我们坚持民生优先。文化惠民持续深化。" + filler + "公共服务不断优化。" + filler + "\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert "区图书馆新馆建成开放" not in t
    assert "城市功能持续完善" in t and "老城改造成效明显" in t


def test_a_paragraph_of_problems_holds_no_measures():
    text = ("一、2020年工作回顾\n过去一年，我们较好完成了目标任务。\n"
            "我们也清醒认识到，发展还面临一些困难和挑战。一是产业结构有待优化。二是民生短板仍然存在。\n"
            "二、2021年工作安排\n（一）推进产业升级\n一是做大先进制造业。全年新建项目20个。\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert "产业结构有待优化" not in t and "民生短板仍然存在" not in t
    assert "做大先进制造业" in t


def test_numbered_items_inside_a_plan_paragraph_lead_with_their_first_clause():
    text = ("二、2021年工作安排\n（一）办好民生实事\n"
            "我们将扎实办好十件民生实事，让群众得到实惠。（1）促进群众就业增收，开展职业技能培训2万人次。"
            "（2）办好人民满意教育，新建幼儿园10所。（3）完善养老服务体系，新建养老服务中心5个。\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert t == ["促进群众就业增收", "办好人民满意教育", "完善养老服务体系"]


def test_parallel_short_sentences_that_open_alike_head_the_text_after_each():
    filler = "，".join(["严格规范公正文明执法", "自觉接受各方监督", "提高行政效能"] * 2) + "。"
    text = ("二、2021年工作安排\n（一）加强政府自身建设\n"
            "各位代表！新征程对政府工作提出了新要求。我们要做到依法行政。" + filler
            + "我们要做到勤政为民。" + filler + "我们要做到清正廉洁。" + filler + "\n"
            "各位代表！让我们团结一心，为全面完成今年目标任务而努力奋斗！\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert t == ["我们要做到依法行政", "我们要做到勤政为民", "我们要做到清正廉洁"]
    two = ("二、2021年工作安排\n（一）加强政府自身建设\n各位代表！新征程对政府工作提出了新要求。我们要做到依法行政。"
           + filler + "我们要做到清正廉洁。" + filler + "\n各位代表！让我们团结一心，努力奋斗！\n")
    assert [title for lvl, _, title in levels(two) if lvl == 3] == []  # two alike are not yet a series


def test_a_series_of_summary_lines_of_the_year_are_the_reviews_own_measures():
    text = ("一、2020年工作回顾\n"
            "这一年，我们迎难而上、奋力拼搏，经济运行稳中向好。全区地区生产总值增长6%。\n"
            "这一年，我们改革创新、扩大开放，发展活力持续增强。新增市场主体1万户。\n"
            "（一）全力稳住经济大盘\n全年新增规上工业企业20家。\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert t == ["这一年，我们迎难而上、奋力拼搏，经济运行稳中向好", "这一年，我们改革创新、扩大开放，发展活力持续增强"]
    one = ("一、2020年工作回顾\n这一年，我们迎难而上、奋力拼搏，经济运行稳中向好。全区地区生产总值增长6%。\n"
           "（一）全力稳住经济大盘\n全年新增规上工业企业20家。\n")
    assert [title for lvl, _, title in levels(one) if lvl == 3] == []  # one line sums up, it heads nothing


FILLER = "，".join(["加强统筹协调", "完善工作机制", "压实各方责任", "强化督查考核", "确保各项任务落到实处"] * 2) + "。"


def test_the_last_of_a_run_of_short_sentences_heads_what_follows():
    text = ("二、2021年工作安排\n（一）建设宜居城市\n"
            "坚持以人民为中心推进城市建设，让城市更有温度。加快城市更新。" + FILLER +
            "完善社区服务。新建口袋公园。" + "提升城市品质。" + FILLER +
            "推动滨江新城等项目建设。" + "打造韧性城市。" + FILLER + "\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    # a run of three: the last heads; a run of two whose first names a list (…等项目建设): the second heads
    assert t == ["加快城市更新", "提升城市品质", "打造韧性城市"]


def test_two_short_sentences_in_a_row_the_first_a_lead_keep_the_first():
    text = ("二、2021年工作安排\n（一）建设宜居城市\n"
            "坚持以人民为中心推进城市建设，让城市更有温度。加快城市更新。" + FILLER +
            "培育绿色生活方式。建好节约型机关。" + FILLER + "\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert t == ["加快城市更新", "培育绿色生活方式"]


def test_in_a_review_a_fact_before_a_state_closes_the_stretch_before_it():
    filler = "，".join(["出台支持政策十条", "开展助企服务行动", "新增减税降费20亿元", "推动企业稳产增产"] * 2) + "。"
    text = ("一、2020年工作回顾\n"
            "（一）全力推动经济稳中提质。市场活力持续激发。" + filler
            + "东区综合体开工。开放型经济势头良好。" + filler + "\n"
            "（二）加快建设先进制造业高地。产业集群不断壮大。" + filler + "创新能力显著提升。" + filler + "\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert t == ["市场活力持续激发", "开放型经济势头良好", "产业集群不断壮大", "创新能力显著提升"]


def test_quotes_do_not_count_in_the_length_of_an_embedded_lead():
    text = ("二、2021年工作安排\n（一）全力稳增长促发展，推动经济回升向好。"
            "加快恢复消费，推动经济复苏。“双循环”节点建设初步见效。" + FILLER + "“三大行动”深入推进。" + FILLER + "\n"
            "（二）持续保障和改善民生。办好民生实事。" + FILLER + "织密社会保障网。" + FILLER + "\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert "“双循环”节点建设初步见效" in t and "加快恢复消费，推动经济复苏" not in t


def test_standalone_ordinals_head_the_numbered_items_of_a_bare_headed_part():
    text = ("各位代表：\n　　现在我代表国务院作报告。\n\n过去两年的工作回顾\n\n　　我们建成了一批重点工程。\n\n"
            "今后三年的主要措施\n\n第一、严格控制投资规模\n\n　　我们要保持合理的建设规模。\n\n"
            "一、大中型项目由计划部门审批。\n不得擅自开工。\n\n二、建设项目一律实行责任制。\n必须明确责任。\n\n"
            "第二、积极推进技术进步\n\n　　要加快科技成果推广。\n\n结束语\n\n　　各位代表！让我们团结奋斗。\n")
    lv = [(lvl, title) for lvl, _, title in levels(text)]
    assert (2, "严格控制投资规模") in lv and (2, "积极推进技术进步") in lv
    assert (3, "大中型项目由计划部门审批") in lv and (2, "大中型项目由计划部门审批") not in lv


def test_the_items_of_a_list_a_colon_introduces_are_neither_sections_nor_measures():
    text = ("各位代表：\n　　现在我代表政府作报告。\n\n一、2021年工作安排\n\n"
            "　　进行技术改造要紧紧围绕提高经济效益，从以下几个方面进行：\n\n"
            "一、节约能源，降低消耗；\n\n二、改进产品结构，提高产品质量；\n\n三、合理利用资源。\n\n"
            "　　加快设备更新。今年要更新一批老旧设备，提高生产效率和产品质量。\n\n"
            "二、加强政府自身建设\n\n　　坚持依法行政。自觉接受人大法律监督和政协民主监督。\n")
    found = {title for _, _, title in levels(text)}
    assert {x for x in found if x.startswith(("节约能源", "改进产品结构", "合理利用资源"))} == set()
    assert {"加快设备更新", "加强政府自身建设"} <= found


def test_the_first_item_of_a_series_a_colon_opens_is_a_measure_with_the_others():
    text = ("二、2021年工作安排\n（一）稳定经济运行\n"
            "今年重点抓好三件事：一是稳定和完善政策。保持政策连续性。二是加强和改善调控。提高调控的针对性。"
            "三是扩大有效需求。促进消费和投资。\n"
            "（二）办好民生实事\n要把好事办好：一是办好教育，提高质量；二是搞好医疗。\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert t[:3] == ["稳定和完善政策", "加强和改善调控", "扩大有效需求"]
    assert "办好教育，提高质量" not in t  # a series inside one sentence (…；二是…) is no series of measures


ADDRESS_AFTER_MEASURES = """各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
一、2023年工作回顾
过去一年，我们克服困难，较好完成了全年目标任务。
二、2024年工作安排
（一）加强政府自身建设
坚持依法行政。自觉接受人大法律监督和政协民主监督，认真办理建议提案。
坚决反对形式主义。持续精简会议文件，切实减轻基层负担。
各位代表！做好民族宗教工作，是全市人民的共同责任。我们要铸牢中华民族共同体意识，促进各民族交往交流交融。
各位代表！新的征程已经开启，让我们团结一心，砥砺前行，为建设现代化新城市而努力奋斗！
"""


def test_a_measure_ends_where_an_address_to_the_deputies_begins():
    rows = {r["title"]: r for r in program_rows(outline_of(ADDRESS_AFTER_MEASURES))}
    last = rows["坚决反对形式主义"]
    assert last["text"] == "持续精简会议文件，切实减轻基层负担。"


def test_an_inline_item_in_a_long_sentence_is_split_on_its_first_clause():
    text = ADDRESS_AFTER_MEASURES.replace(
        "坚决反对形式主义。持续精简会议文件，切实减轻基层负担。",
        "一是严肃查处公职人员以权谋私问题。针对重点领域存在的问题，加大办案力度。二是切实加强廉洁自律，"
        "认真贯彻执行《廉洁从政准则》，落实领导干部个人收入、房产、投资以及配偶子女从业等情况定期报告制度，自觉接受监督。")
    titles_ = [r["title"] for r in program_rows(outline_of(text))]
    assert "切实加强廉洁自律" in titles_


def test_a_long_inline_item_beside_a_short_one_is_split_but_a_run_of_long_principles_is_not():
    split = ADDRESS_AFTER_MEASURES.replace(
        "坚决反对形式主义。持续精简会议文件，切实减轻基层负担。",
        "建设廉洁政府是人民的期望。一是严肃查处公职人员以权谋私问题。针对重点领域存在的问题，加大办案力度。"
        "二是切实加强廉洁自律，认真贯彻执行《廉洁从政准则》，落实领导干部个人收入、房产、投资以及配偶子女从业等"
        "情况定期报告制度，自觉接受监督。")
    assert "切实加强廉洁自律" in [r["title"] for r in program_rows(outline_of(split))]
    principles = ADDRESS_AFTER_MEASURES.replace(
        "坚决反对形式主义。持续精简会议文件，切实减轻基层负担。",
        "实现上述目标，最根本的是坚持高质量发展。一是坚持创新驱动，推动创新链产业链资金链人才链深度融合，不断催生"
        "新产业新模式新动能，努力在推进创新驱动发展中闯出新路子。二是坚持绿色发展，调整优化产业能源运输结构，加强"
        "资源节约集约利用，发展绿色低碳产业，努力在推进全面绿色转型中实现新突破。")
    assert "坚持创新驱动" not in [r["title"] for r in program_rows(outline_of(principles))]


def test_a_long_inline_item_opening_on_a_means_is_not_split_on_it():
    text = ADDRESS_AFTER_MEASURES.replace(
        "坚决反对形式主义。持续精简会议文件，切实减轻基层负担。",
        "深化国企改革是重点。一是推进国有企业股份制改革。加快建立现代企业制度。二是通过上市、兼并、重组等形式，"
        "推动国有资本向关系国计民生的重要行业和关键领域集中，提高国有经济的控制力、影响力和带动力，增强企业活力。")
    assert "通过上市、兼并、重组等形式" not in [r["title"] for r in program_rows(outline_of(text))]


def parents(text):
    rows = program_rows(outline_of(text))
    by = {r["program_id"]: r for r in rows}
    return [(r["level"], r["title"], by[r["parent_id"]]["title"] if r["parent_id"] else None) for r in rows]


def test_lessons_after_the_last_review_section_belong_to_the_review_part():
    text = ("一、2019年工作回顾\n过去一年，我们主要做了以下工作。\n（一）稳住农业基础\n粮食生产再获丰收。\n"
            "（二）加强社会治理\n平安建设扎实推进。\n"
            "一年来，我们在实践中深化了认识，我们的主要体会是：\n——必须坚持稳中求进。\n稳是大局，进是方向。\n"
            "——必须坚持依法办事。\n法治是最好的营商环境。\n"
            "二、2020年工作安排\n（一）扩大有效投资\n新建学校3所。\n")
    got = parents(text)
    assert (3, "必须坚持稳中求进", "2019年工作回顾") in got
    assert (3, "必须坚持依法办事", "2019年工作回顾") in got
    section = next(p for p in outline_of(text).programs if p.title == "加强社会治理")
    assert section.end <= text.find("一年来，我们在实践中")


def test_problems_after_the_last_review_section_belong_to_the_review_part():
    text = ("一、2019年工作回顾\n（一）稳住农业基础\n粮食生产再获丰收。\n（二）加强社会治理\n平安建设扎实推进。\n"
            "我们也清醒地认识到，发展中还存在不少问题。\n——产业结构调整任务艰巨。\n新兴产业规模偏小。\n"
            "——公共服务短板依然突出。\n教育医疗资源不足。\n"
            "二、2020年工作安排\n（一）扩大有效投资\n新建学校3所。\n")
    got = parents(text)
    assert (3, "产业结构调整任务艰巨", "2019年工作回顾") in got
    assert not any(parent == "加强社会治理" and level == 3 for level, _, parent in got)


SET_OFF = "\u3000\u3000\n"  # a scraped wiki's indent line: the lead sentence below it is set off, its text follows


def test_ordinals_set_off_on_their_first_line_are_the_sections_of_a_part_without_them():
    # 第一，…。 alone on its paragraph's first line, the text it heads below: the part's level-2 headings
    text = ("二、关于今年工作的建议\n\n\u3000\u3000今年的交通工作，要统筹兼顾，突出重点。\n\n"
            + SET_OFF + "第一，加快干线公路建设，完善路网结构。\n要集中力量建成两条高速公路，新改建农村公路一千公里。\n\n"
            "\u3000\u3000要抓好养护管理，落实管养责任。\n\n"
            + SET_OFF + "第二，深化运输体制改革。\n推进客运站场市场化经营，放开城市出租车经营权。\n\n")
    assert outline_of(text).paragraphs[2].text.startswith("第一，加快干线公路建设，完善路网结构。\n要集中")
    assert levels(text) == [
        (1, "二", "关于今年工作的建议"),
        (2, "一", "加快干线公路建设，完善路网结构"),
        (2, "二", "深化运输体制改革"),
    ]


def test_set_off_ordinals_after_the_parts_own_set_off_leads_stay_measures():
    # the same shape after the part's own set-off leads lists lessons among its measures (level 3)
    text = ("一、关于过去五年的工作\n\n\u3000\u3000过去五年，我们团结奋斗，成绩显著。\n\n"
            + SET_OFF + "城乡面貌发生新的变化。\n新建一批学校和医院，群众生活明显改善。\n\n"
            "\u3000\u3000各位代表！回顾五年的工作，我们有以下几点体会：\n\n"
            + SET_OFF + "第一，坚持从实际出发。\n一切工作都要立足本地条件，尊重群众的首创精神。\n\n"
            + SET_OFF + "第二，坚持改革开放。\n改革是发展的动力，开放促进改革。\n\n"
            "二、关于今年的工作\n\n\u3000\u3000今年要抓好以下工作。\n\n")
    got = levels(text)
    assert (3, "", "坚持从实际出发") in got and (3, "", "坚持改革开放") in got
    assert not any(level == 2 for level, _label, _title in got)


def test_an_ordinal_with_text_on_its_own_line_is_no_section():
    # 第一，…。 with more text on its first line opens a paragraph as an item: a measure
    text = ("二、关于今年工作的建议\n\n\u3000\u3000今年的交通工作，要统筹兼顾，突出重点。\n\n"
            + SET_OFF + "第一，加快干线公路建设。要集中力量建成两条高速公路。\n新改建农村公路一千公里。\n\n"
            + SET_OFF + "第二，深化运输体制改革。推进客运站场市场化经营。\n放开城市出租车经营权。\n\n")
    assert levels(text) == [
        (1, "二", "关于今年工作的建议"),
        (3, "", "加快干线公路建设"),
        (3, "", "深化运输体制改革"),
    ]


SELF_GOVERNMENT_ADDRESS = """各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
一、2020年工作回顾
过去一年，我们克服困难，较好完成了全年目标任务。
二、2021年工作安排
（一）加快产业转型升级
做强先进制造业。围绕集成电路、生物医药等领域，引进一批龙头企业。
（二）守牢安全发展底线
加强应急管理。完善应急预案体系，开展隐患排查整治，提升防灾减灾能力。
各位代表！任务越重，越要以实干担当。新的形势对政府自身建设提出了更高要求，我们要努力建设人民满意的政府。
一是加强政治建设。坚持党的全面领导，严守政治纪律和政治规矩。
二是坚持依法行政。自觉接受人大法律监督和政协民主监督，认真办理建议提案。
各位代表！让我们团结一心，埋头苦干，奋力夺取新的更大胜利！
"""


def test_an_address_on_the_governments_own_conduct_ends_the_plan_section_and_opens_self_government():
    o = outline_of(SELF_GOVERNMENT_ADDRESS)
    by_title = {p.title: p for p in o.programs}
    address = SELF_GOVERNMENT_ADDRESS.index("各位代表！任务越重")
    section = by_title["守牢安全发展底线"]
    assert section.end <= address and section.part_kind == "plan"
    assert o.part_kind_at(address) == "self-government"
    for title in ("加强政治建设", "坚持依法行政"):
        m = by_title[title]
        assert (m.level, m.part_kind) == (3, "self-government")
        assert m.parent is by_title["2021年工作安排"]  # the part's, not the plan section's
    assert by_title["加强应急管理"].parent is section and by_title["加强应急管理"].part_kind == "plan"
    assert o.part_kind_at(SELF_GOVERNMENT_ADDRESS.index("各位代表！让我们")) == "closing"


def test_an_address_on_the_governments_own_conduct_in_a_report_without_parts():
    text = SELF_GOVERNMENT_ADDRESS.replace("一、2020年工作回顾\n过去一年，我们克服困难，较好完成了全年目标任务。\n", "") \
        .replace("二、2021年工作安排\n", "")
    o = outline_of(text)
    by_title = {p.title: p for p in o.programs}
    assert by_title["守牢安全发展底线"].end <= text.index("各位代表！任务越重")
    m = by_title["加强政治建设"]
    assert (m.level, m.parent, m.part_kind) == (3, None, "self-government")
    assert o.part_kind_at(text.index("各位代表！任务越重")) == "self-government"


def test_an_address_that_does_not_name_the_governments_conduct_stays_in_the_plan():
    text = SELF_GOVERNMENT_ADDRESS.replace("新的形势对政府自身建设提出了更高要求，我们要努力建设人民满意的政府。",
                                           "新的一年，我们要以更大力度推动发展。")
    o = outline_of(text)
    by_title = {p.title: p for p in o.programs}
    assert by_title["加强政治建设"].part_kind == "plan"
    assert by_title["加强政治建设"].parent is by_title["守牢安全发展底线"]
    assert o.part_kind_at(text.index("各位代表！任务越重")) == "plan"


def test_a_bare_line_on_the_governments_own_conduct_after_the_plan_sections_is_the_self_government_part():
    text = ("各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"
            "一、2020年工作回顾\n过去一年，我们克服困难，较好完成了全年目标任务。\n"
            "二、2021年工作安排\n今年要重点抓好以下工作。\n"
            "（一）加快产业转型升级\n做强先进制造业。围绕集成电路、生物医药等领域，引进一批龙头企业。\n"
            "（二）守牢安全发展底线\n加强应急管理。完善应急预案体系，开展隐患排查整治。\n"
            "持续加强政府自身建设\n"
            "（一）坚持依法行政。自觉接受人大法律监督和政协民主监督，认真办理建议提案。\n"
            "（二）持续改进作风。坚决纠治形式主义、官僚主义，切实减轻基层负担。\n"
            "各位代表！让我们团结一心，奋力夺取新的更大胜利！\n")
    o = outline_of(text)
    assert [(p.level, p.label, p.title, p.part_kind) for p in o.programs if p.level < 3] == [
        (1, "一", "2020年工作回顾", "review"), (1, "二", "2021年工作安排", "plan"),
        (2, "一", "加快产业转型升级", "plan"), (2, "二", "守牢安全发展底线", "plan"),
        (1, "", "持续加强政府自身建设", "self-government"),
        (2, "一", "坚持依法行政", "self-government"), (2, "二", "持续改进作风", "self-government"),
    ]
    by_title = {p.title: p for p in o.programs}
    assert by_title["守牢安全发展底线"].end <= text.index("持续加强政府自身建设")


def test_a_bare_line_without_a_heading_word_after_the_sections_is_no_part():
    # a short line on another topic in the same place is no heading of its own
    text = ("各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"
            "2021年工作安排\n今年要重点抓好以下工作。\n"
            "（一）加快产业转型升级\n做强先进制造业。围绕集成电路、生物医药等领域，引进一批龙头企业。\n"
            "持续优化营商环境\n"
            "（二）守牢安全发展底线\n加强应急管理。完善应急预案体系，开展隐患排查整治。\n")
    assert [p.level for p in outline_of(text).programs if "营商环境" in p.title] in ([], [3])


def test_a_streak_in_a_review_paragraph_is_a_fact_not_a_lead():
    # …连续三年进位 reports a result among the facts of a review: it heads no stretch of its own
    text = ("一、2020年工作回顾\n（一）经济运行稳中向好。"
            "开放型经济加快发展。" + FILLER + "临港物流园区连续三年进位。" + FILLER + "城乡融合不断深化。" + FILLER + "\n"
            "（二）民生福祉持续增进。就业形势总体稳定。" + FILLER + "社会保障更加完善。" + FILLER + "\n"
            "二、2021年工作安排\n今年要重点抓好以下工作。\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert "开放型经济加快发展" in t and "城乡融合不断深化" in t
    assert "临港物流园区连续三年进位" not in t


def test_an_inspection_passed_in_a_review_paragraph_is_a_fact_not_a_lead():
    # 省级文明城市通过复审 / 通过…评估验收 reports a result: it heads no stretch of its own
    text = ("一、2020年工作回顾\n（一）城市品质持续提升。"
            "城市功能不断完善。" + FILLER + "省级文明城市顺利通过复审。" + FILLER + "人居环境明显改善。" + FILLER + "\n"
            "（二）民生福祉持续增进。就业形势总体稳定。" + FILLER + "社会保障更加完善。" + FILLER + "\n"
            "二、2021年工作安排\n今年要重点抓好以下工作。\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert "城市功能不断完善" in t and "人居环境明显改善" in t
    assert "省级文明城市顺利通过复审" not in t


def test_a_line_opened_in_a_review_paragraph_is_a_fact_not_a_lead():
    # 城际铁路开通运营 reports a result: it heads no stretch of its own
    text = ("一、2020年工作回顾\n（一）城市功能持续完善。"
            "交通枢纽功能提升。" + FILLER + "东西城际铁路开通运营。" + FILLER + "城市更新扎实推进。" + FILLER + "\n"
            "（二）民生福祉持续增进。就业形势总体稳定。" + FILLER + "社会保障更加完善。" + FILLER + "\n"
            "二、2021年工作安排\n今年要重点抓好以下工作。\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert "交通枢纽功能提升" in t and "城市更新扎实推进" in t
    assert "东西城际铁路开通运营" not in t


def test_a_first_success_in_a_review_paragraph_is_a_fact_not_a_lead():
    # 国家级孵化器实现零的突破 reports a first result: it heads no stretch of its own
    text = ("一、2020年工作回顾\n（一）创新动能持续增强。"
            "科技创新成果丰硕。" + FILLER + "国家级孵化器实现零的突破。" + FILLER + "人才引育成效明显。" + FILLER + "\n"
            "（二）民生福祉持续增进。就业形势总体稳定。" + FILLER + "社会保障更加完善。" + FILLER + "\n"
            "二、2021年工作安排\n今年要重点抓好以下工作。\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert "科技创新成果丰硕" in t and "人才引育成效明显" in t
    assert "国家级孵化器实现零的突破" not in t


def test_a_sentence_announcing_the_items_that_follow_is_no_measure():
    text = ("二、2021年工作安排\n（一）稳住经济大盘\n"
            "扩大有效投资。加快重大项目建设，全年完成投资两千亿元。\n"
            "做好今年的工作，要把握好以下几点。一是坚持稳字当头。二是坚持进中求好。\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert "扩大有效投资" in t and "坚持稳字当头" in t
    assert not any("以下几点" in title for title in t)


def test_of_two_short_sentences_in_a_row_the_one_opening_as_the_leads_do_heads():
    # 支持某地建设职教基地。着力推进健康城市建设。: the second opens as the paragraph's leads (着力…) do
    text = ("二、2021年工作安排\n（一）增进民生福祉。坚持尽力而为、量力而行，办好民生实事。"
            "着力提升教育质量。" + FILLER + "支持东山建设职教基地。着力推进健康城市建设。" + FILLER
            + "着力繁荣文化事业。" + FILLER + "\n"
            "（二）守牢安全底线。统筹发展和安全。着力防范化解风险。" + FILLER + "着力提升应急能力。" + FILLER + "\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert "着力推进健康城市建设" in t and "着力繁荣文化事业" in t
    assert "支持东山建设职教基地" not in t


def test_a_sentence_framing_the_situation_or_judging_is_no_measure():
    text = ("二、2021年工作安排\n（一）扩大内需\n"
            "从国内看，发展仍处在重要机遇期。市场空间广阔，发展韧性强劲。\n"
            "调整结构刻不容缓。产能过剩问题突出，必须下决心解决。\n"
            "扩大有效投资。加快重大项目建设，全年完成投资两千亿元。\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert t == ["扩大有效投资"]


def test_the_problems_after_the_last_review_section_are_not_in_it():
    text = ("一、2020年工作回顾\n过去一年，我们克服困难，较好完成了全年目标任务。\n"
            "（一）经济运行稳中向好\n地区生产总值增长百分之六，财政收入稳步增长。\n"
            "（二）民生福祉持续增进\n新增城镇就业两万人，新建改建学校五所。\n"
            "我们也清醒地认识到，发展中还存在不少困难和问题，产业结构不优，创新能力不强。\n"
            "二、2021年工作安排\n今年要重点抓好以下工作。\n")
    o = outline_of(text)
    by_title = {p.title: p for p in o.programs}
    problems = text.index("我们也清醒地认识到")
    assert by_title["民生福祉持续增进"].end <= problems
    assert by_title["2020年工作回顾"].end > problems  # the part's own text
    assert o.part_kind_at(problems) == "review"


def test_a_plan_section_on_the_governments_own_conduct_is_self_government():
    text = ("二、2021年工作安排\n（一）加快产业转型升级\n做强先进制造业。围绕集成电路等领域，引进一批龙头企业。\n"
            "（二）努力打造人民满意政府\n坚持依法行政。自觉接受人大法律监督和政协民主监督。\n")
    o = outline_of(text)
    kinds = {p.title: p.part_kind for p in o.programs}
    assert kinds["加快产业转型升级"] == "plan" and kinds["做强先进制造业"] == "plan"
    assert kinds["努力打造人民满意政府"] == "self-government" and kinds["坚持依法行政"] == "self-government"


def test_a_part_titled_for_the_governments_duties_is_self_government():
    for title in ("全面提升政府履职水平", "全面加强政府效能建设", "努力建设人民满意的服务型政府"):
        assert part_kind(title, 2021) == "self-government"
    assert part_kind("建设人民满意城市", 2021) != "self-government"


def test_a_maxim_is_no_measure():
    # 法治乃兴城之基 / 人才决定未来: a judgment of what something is, not a measure (乃至, 决定性 are no maxims)
    text = ("二、2021年工作安排\n（一）建设法治政府\n"
            "法治乃兴城之基。我们要完善行政决策制度，推进严格规范公正文明执法。\n"
            "创新驱动发展，人才决定未来。我们要引进一批高层次人才，完善人才评价机制。\n"
            "迈出决定性步伐。深化重点领域改革，推动各项改革落地见效。\n")
    t = [title for lvl, _, title in levels(text) if lvl == 3]
    assert t == ["迈出决定性步伐"]


def test_an_address_that_closes_a_section_without_measures_after_it_is_the_parts_text():
    text = ("一、2020年工作回顾\n过去一年，我们克服困难，较好完成了全年目标任务。\n"
            "（一）经济运行稳中向好\n地区生产总值增长百分之六，财政收入稳步增长。\n"
            "（二）民生福祉持续增进\n新增城镇就业两万人，新建改建学校五所。\n"
            "各位代表！过去一年的成绩来之不易，我代表市人民政府，向全市人民表示衷心的感谢！\n"
            "二、2021年工作安排\n（一）扩大有效投资\n"
            "加快重大项目建设。全年完成投资两千亿元，新开工项目一百个。\n"
            "各位代表！我们将继续办好民生实事。\n"
            "办好人民满意的教育。新建改扩建中小学五所，增加学位两千个。\n"
            "三、加强政府自身建设\n（一）坚持依法行政\n自觉接受人大法律监督和政协民主监督，认真办理建议提案。\n")
    o = outline_of(text)
    by_title = {p.title: p for p in o.programs}
    thanks = text.index("各位代表！过去一年")
    assert by_title["民生福祉持续增进"].end <= thanks < by_title["2020年工作回顾"].end
    # a measure after the address keeps the section to its end
    assert by_title["扩大有效投资"].end > text.index("办好人民满意的教育")
