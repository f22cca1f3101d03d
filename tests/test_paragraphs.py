"""Paragraphs over soft breaks: words split by link markup or wiki bold stay in one paragraph."""

from __future__ import annotations

from policydata.ingest.chrome import find_body
from policydata.ingest.paragraphs import bare, paragraphs


def paras(text):
    body, chrome = find_body(text)
    return [bare(p.text) for p in paragraphs(text, body, chrome)]


def spans(text):
    body, chrome = find_body(text)
    return paragraphs(text, body, chrome)


def test_hyperlinked_keywords_on_lines_of_their_own_do_not_break_a_paragraph():
    text = ("各位代表：\n\n现在，我代表省人民政府，向大会作国民\n\n经济和社会发\n\n展第十个五年计划纲要的报告，请予审议。\n\n"
            "一、工作回顾\n\n过去一年，我们深入学习贯彻总书记视察本省\n重要讲话\n和党的二十大精神，推动国民\n\n经济和社会发\n\n展取得新成就。\n")
    assert paras(text) == ["现在，我代表省人民政府，向大会作国民经济和社会发展第十个五年计划纲要的报告，请予审议。",
                           "一、工作回顾",
                           "过去一年，我们深入学习贯彻总书记视察本省重要讲话和党的二十大精神，推动国民经济和社会发展取得新成就。"]


def test_a_paragraph_span_covers_its_soft_breaks_in_document_offsets():
    text = "各位代表：\n推动国民\n经济和社会发\n展取得新成就。\n二、工作安排\n"
    p = spans(text)[0]
    assert text[p.start:p.end] == "推动国民\n经济和社会发\n展取得新成就。"


def test_quoted_titles_and_brackets_split_over_lines_stay_in_the_sentence():
    text = "各位代表：\n我国第一部《\n国防法\n》开始实施。各级政府认真贯彻“\n十四五\n”规划。\n一、工作回顾\n"
    assert paras(text)[0] == "我国第一部《国防法》开始实施。各级政府认真贯彻“十四五”规划。"


def test_heading_lines_end_their_paragraph():
    text = ("各位代表：\n现在，我代表市政府报告工作。\n一、2023年工作回顾\n过去一年，经济平稳运行。\n2024年主要工作\n"
            "今年工作的总体要求是稳中求进。\n第一，切实稳定粮食生产\n持续改善农村人居环境。\n")
    assert paras(text)[1:] == ["一、2023年工作回顾", "过去一年，经济平稳运行。", "2024年主要工作", "今年工作的总体要求是稳中求进。",
                               "第一，切实稳定粮食生产", "持续改善农村人居环境。"]


def test_an_enumerator_alone_on_its_line_joins_the_next_line():
    text = "各位代表：\n现在，我代表国务院报告工作。\n\n（一）\n进一步为改革创造良好的经济环境。\n\n\n二\n\n\n　　下面我首先说一下执行情况。\n"
    assert paras(text)[1:] == ["（一）进一步为改革创造良好的经济环境。", "二下面我首先说一下执行情况。"]


def test_a_bold_lead_set_off_after_an_indent_continues_its_paragraph():
    text = ("各位代表：\n现在，我代表国务院报告工作。\n\n　　\n持续改善农村人居环境。\n污水治理要因地制宜，突出重点。\n\n"
            "　　要稳定农村基本经营制度。\n")
    assert paras(text)[1:] == ["持续改善农村人居环境。污水治理要因地制宜，突出重点。", "要稳定农村基本经营制度。"]


def test_a_heading_split_at_a_keyword_is_one_heading():
    text = "各位代表：\n现在，我代表省政府报告工作。\n第三，切实加强民主\n法制\n建设。健全民主制度。\n"
    assert paras(text)[1] == "第三，切实加强民主法制建设。健全民主制度。"


def test_a_keyword_that_opens_the_next_paragraph_does_not_join_the_heading():
    text = ("各位代表：\n现在，我代表省政府报告工作。\n（二）全面落实农村政策，大力发展农村经济\n全面建设小康社会\n，难点在农村。"
            "必须把农业放在首位。\n（四）加快城镇化进程\n城镇是\n经济和社会发\n展的主要载体。\n要推动人口集聚。\n")
    assert paras(text)[1:] == ["（二）全面落实农村政策，大力发展农村经济", "全面建设小康社会，难点在农村。必须把农业放在首位。",
                               "（四）加快城镇化进程", "城镇是经济和社会发展的主要载体。", "要推动人口集聚。"]


def test_blank_lines_and_indents_end_a_long_bold_heading():
    text = ("各位代表：\n现在，我代表国务院报告工作。\n\n\n\n第三，随着国民经济比例关系的调整和企业整顿的进展，各方面的经济效果提高了\n\n\n"
            "　　在农业生产中，瞎指挥和无效劳动有所减少。\n")
    assert paras(text)[1:] == ["第三，随着国民经济比例关系的调整和企业整顿的进展，各方面的经济效果提高了",
                               "在农业生产中，瞎指挥和无效劳动有所减少。"]


def test_captions_inside_the_body_are_left_out():
    text = "各位代表：\n现在，我代表省政府报告工作。\n某某作政府工作报告。记者 某某 摄\n一、工作回顾\n过去一年成绩显著。\n"
    assert "某某作政府工作报告。记者某某摄" not in paras(text)


def test_a_part_heading_and_the_section_title_under_it_are_two_headings():
    text = ("各位代表：\n现在，我代表市政府报告工作。\n\n三、2031年工作\n\n目标任务和总体要求\n\n"
            "今年工作的总体要求是稳中求进。\n")
    assert paras(text)[1:] == ["三、2031年工作", "目标任务和总体要求", "今年工作的总体要求是稳中求进。"]
