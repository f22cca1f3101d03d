"""Levels consistent within a report: an enumeration 一、二、… inside a part, with one of its own inside it, is
not read as the next parts when the report's own next part comes later (old national reports)."""

from __future__ import annotations

from helpers import doc
from policydata.extract.outline import parse_outline

REPORT = """各位代表：
现在，我代表国务院向大会作报告，请予审议。
一、过去五年计划执行情况的回顾
过去五年，我们完成了计划规定的各项主要任务，工农业生产稳步增长，人民生活有了改善。
二、今后五年的基本任务和建设方针
今后五年的建设，要按照以下几条方针进行。
一、确定适度的增长速度，保持国民经济按比例发展
今后五年，工农业总产值要保持适度的增长，防止盲目攀比速度。
二、合理安排投资规模，调整投资结构
在投资的安排上，要做到以下几点：
一、
保证能源和交通的重点建设，逐步缓解供应紧张的状况。
二、
加快现有企业的技术改造，把更多资金用于更新设备。
三、
适当增加教育和科学研究的投资，为长远发展打好基础。
三、坚持把科技进步放在重要的战略地位，大力发展教育事业
科学技术和教育是发展经济的基础，要继续增加对它们的投入。
四、扩大对外经济技术交流，增强出口创汇能力
要积极开拓国际市场，进一步改善出口商品结构。
三、今后五年的经济体制改革
今后五年，要为新的经济体制打下基础，在以下几个方面取得进展。
一、增强企业特别是大中型企业的活力
要继续简政放权，使企业成为自主经营、自负盈亏的生产者和经营者。
二、进一步发展商品市场，逐步完善市场体系
要积极发展生产资料市场，开放和发展资金市场和技术市场。
四、坚持独立自主的和平外交政策
我们将继续奉行独立自主的和平外交政策，维护世界和平。
"""


def test_items_that_go_on_an_enumeration_inside_a_part_are_not_parts():
    parts = [(p.label, p.title) for p in parse_outline(doc(REPORT)).programs if p.level == 1]
    assert parts == [
        ("一", "过去五年计划执行情况的回顾"),
        ("二", "今后五年的基本任务和建设方针"),
        ("三", "今后五年的经济体制改革"),
        ("四", "坚持独立自主的和平外交政策"),
    ]


def test_the_items_are_under_the_part_they_go_on():
    o = parse_outline(doc(REPORT))
    by_title = {p.title: p for p in o.programs}
    item = by_title["坚持把科技进步放在重要的战略地位，大力发展教育事业"]
    assert item.level == 3
    assert item.parent is not None and item.parent is by_title["今后五年的基本任务和建设方针"]


SECTIONS = """各位代表：
现在，我代表国务院向大会作报告，请予审议。
（一）当前的经济形势
去年，全国农业获得了好收成，粮食产量比上年增加了一千多万吨。轻工业生产增长较快，市场供应有了改善。城乡人民的收入都有了增加，生活继续得到改善。财政收支基本平衡，物价基本稳定。对外贸易也有了较大的发展。
（二）今后经济建设的方针
今后的经济建设，要走出一条速度比较实在、经济效益比较好、人民可以得到更多实惠的新路子。
一、依靠政策和科学，加快农业的发展
要继续落实农村的各项经济政策，加强农业科学研究和技术推广。
二、把消费品工业的发展放到重要地位
要继续调整轻重工业的比例，满足城乡人民日益增长的需要。
三、提高能源的利用效率，加强交通运输业的建设
要把节约能源放在突出的地位，加快铁路和港口的建设。
（三）我国经济发展的前景
我们将要努力使国民经济走上持续稳定发展的轨道，人民生活将会逐步改善。
"""


def test_numbered_lines_between_sections_are_items_of_the_section_before():
    o = parse_outline(doc(SECTIONS))
    assert not [p for p in o.programs if p.level == 1]
    by_title = {p.title: p for p in o.programs}
    item = by_title["把消费品工业的发展放到重要地位"]
    assert item.level == 3 and item.parent is by_title["今后经济建设的方针"]
    assert by_title["我国经济发展的前景"].level == 2 and by_title["我国经济发展的前景"].parent is None


def test_sections_without_parts_split_into_the_review_then_the_plan():
    o = parse_outline(doc(SECTIONS))
    kinds = {p.title: p.part_kind for p in o.programs if p.level == 2}
    assert kinds == {"当前的经济形势": "review", "今后经济建设的方针": "plan", "我国经济发展的前景": "plan"}


BARE = """各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
奋力完成2020年发展的各项任务
过去一年，我们克服困难，较好完成了全年目标任务，全市经济稳中有进。
扎实做好2021年政府各项工作
今年发展的主要预期目标是：地区生产总值增长6%左右。
一、着力推进产业强市
壮大产业集群。围绕新材料、装备制造等领域，引进一批龙头企业，培育一批专精特新企业。
二、着力增进民生福祉
办好人民满意的教育。新建改扩建中小学5所，增加学位2000个，推进集团化办学。
持续擦亮幸福宜居的城市底色
奋进新征程，需要我们持续加强自身建设，以担当实干的作风推动各项工作落地见效。
在依法履职中提升治理能力。严格执行重大行政决策程序，自觉接受各方面监督。
"""


def test_a_bare_line_without_heading_words_heads_a_part_where_parts_are_bare_lines():
    o = parse_outline(doc(BARE))
    assert [p.title for p in o.programs if p.level == 1] == [
        "奋力完成2020年发展的各项任务", "扎实做好2021年政府各项工作", "持续擦亮幸福宜居的城市底色"]
    by_title = {p.title: p for p in o.programs}
    assert by_title["着力增进民生福祉"].level == 2
    assert by_title["在依法履职中提升治理能力"].parent is by_title["持续擦亮幸福宜居的城市底色"]


ITEM_LINES = """各位代表：
现在，我代表省人民政府向大会报告工作，请予审议。
一、2020年工作回顾
过去一年，我们克服困难，较好完成了全年目标任务，全省经济稳中有进。
二、2021年重点工作
一是聚焦扩大内需，着力促消费稳投资
大力提振消费需求。落实以旧换新政策，培育新型消费，办好各类促消费活动，繁荣夜间经济。
加力扩大有效投资。加快铁路、高速公路和水利工程建设，谋划储备一批重大项目，用好专项债券。
二是推进新型工业化，加快构建现代化产业体系
强化科技创新引领。建设一批创新平台，支持企业加大研发投入，促进科技成果就地转化。
加快传统产业改造。实施技术改造工程，推动冶金、化工等产业高端化、智能化、绿色化发展。
"""


def test_item_lines_that_head_groups_of_lead_sentences_are_sections():
    o = parse_outline(doc(ITEM_LINES))
    by_title = {p.title: p for p in o.programs}
    first = by_title["聚焦扩大内需，着力促消费稳投资"]
    assert (first.level, first.label) == (2, "一") and first.parent is by_title["2021年重点工作"]
    assert by_title["推进新型工业化，加快构建现代化产业体系"].level == 2
    assert by_title["加力扩大有效投资"].level == 3 and by_title["加力扩大有效投资"].parent is first


RUN_ON = """各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
一、2020年工作回顾
过去一年，我们克服困难，较好完成了全年目标任务，全市经济稳中有进。
（一）改革开放纵深推进。机构改革顺利完成。市县两级政府机构改革任务全面完成，职能配置更加优化，运行更加顺畅高效。
（二）城乡面貌持续改善。城市品质不断提升。完成老旧小区改造36个，新建城市公园8个，城市更加宜居。
（三）安全形势总体平稳。风险防范扎实有效。风险隐患排查整治有序。债务风险总体可控。
（四）政府自身建设全面加强。打铁必须自身硬。我们坚持依法行政，自觉接受各方面监督，持续改进工作作风。
二、2021年工作安排
（一）深化改革开放增强发展动能。有序推进机构改革。落实综合改革试点方案，推动土地、数据、农业农村等领域改革事项落地见效。
"""


def test_a_short_lead_on_the_heading_line_of_a_review_is_a_measure():
    o = parse_outline(doc(RUN_ON))
    by_title = {p.title: p for p in o.programs}
    assert by_title["机构改革顺利完成"].level == 3
    assert by_title["机构改革顺利完成"].parent is by_title["改革开放纵深推进"]
    assert by_title["城市品质不断提升"].parent is by_title["城乡面貌持续改善"]
    assert "风险防范扎实有效" not in by_title  # a list of short facts
    assert "打铁必须自身硬" not in by_title
    assert "有序推进机构改革" not in by_title  # in the plan: the section's introduction
