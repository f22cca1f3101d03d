"""Passages: what the rules read (folded, inner whitespace dropped) and the way back to exact offsets."""

from __future__ import annotations

import pytest

from policydata.text import fold, passage


def test_typeset_digits_read_as_one_number_and_map_back():
    text = "序\n去年经济增长8 ．8 ％，1 9 9 7 年粮食产量4 9 2 5 0 万吨。"
    pv = passage(text, 2, len(text))
    assert pv.text == "去年经济增长8.8%,1997年粮食产量49250万吨。"
    i = pv.text.index("49250万吨")
    span = pv.span(i, i + len("49250万吨"))
    assert span.text == "4 9 2 5 0 万吨" and text[span.start:span.end] == span.text


def test_a_line_break_left_by_link_markup_does_not_split_a_word():
    text = "较好地完成了2000年\n\n经济和社会发\n\n展计划。"
    pv = passage(text, 0, len(text))
    assert pv.text == "较好地完成了2000年经济和社会发展计划。"
    span = pv.span(0, len(pv.text))
    assert (span.start, span.end) == (0, len(text)) and span.text == text


@pytest.mark.parametrize("raw, read", [
    ("刚 刚过去的一年", "刚刚过去的一年"),  # a stray ASCII space
    ("河北\u00a0省委", "河北省委"),  # a no-break space
    ("增长\u30006％", "增长6%"),  # an ideographic space, full-width digits
    ("推广Windows XP系统", "推广Windows XP系统"),  # a space between two words is kept
])
def test_inner_whitespace(raw, read):
    assert passage(raw, 0, len(raw)).text == read


def test_offsets_of_a_passage_inside_a_document():
    text = "一、总体要求\n今年 地区生产总值增长６％左右。"
    start = text.index("今年")
    pv = passage(text, start, len(text), fold(text))
    k = pv.text.index("6%")
    assert pv.offset(k) == text.index("６") and pv.span(k, k + 2).text == "６％"
    assert pv.offset(len(pv.text)) == len(text)
