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
