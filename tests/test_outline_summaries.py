"""Summary lines of a review: a series of paragraphs opened alike by the stretch of time they sum up."""

from __future__ import annotations

from helpers import doc
from policydata.extract.outline import parse_outline

REVIEW = """各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
一、过去五年工作回顾
过去五年，是全市发展极不平凡的五年。
这五年，城市综合实力迈上新台阶。全市经济总量连续跨越几个台阶，财政收入稳步增长，发展质量持续提升，各项主要指标好于预期。
这五年，改革开放迈出新步伐。重点领域改革全面推开，营商环境持续优化，对外开放的广度和深度不断拓展，市场活力竞相迸发。
这五年，人民生活得到新改善。就业保持稳定，教育、医疗、养老等公共服务水平不断提高，城乡居民收入与经济增长基本同步。
二、今后五年的目标任务
今后五年，我们要坚持稳中求进，推动经济社会高质量发展。
"""


def test_a_series_opened_by_the_time_it_sums_up_heads_its_paragraphs():
    titles = [p.title for p in parse_outline(doc(REVIEW)).programs if p.level == 3]
    assert titles == ["这五年，城市综合实力迈上新台阶", "这五年，改革开放迈出新步伐", "这五年，人民生活得到新改善"]


def test_one_such_paragraph_alone_is_no_series():
    one = REVIEW.replace("这五年，改革开放", "改革开放").replace("这五年，人民生活", "人民生活")
    titles = [p.title for p in parse_outline(doc(one)).programs if p.level == 3]
    assert "这五年，城市综合实力迈上新台阶" not in titles
