"""Enumerators and sentence ends, as the genre writes them.

Two forms of each pattern: RAW_* read the text as found (full-width brackets and punctuation, spaces a
scrape leaves); the unprefixed ones read a folded passage (text.fold: （ → (, ， → ,, ： → :, ． → .).
"""

from __future__ import annotations

import re

# The Chinese numerals of enumerators (parts and sections run to 二十 at most).
NUMERAL = "一二三四五六七八九十"

# Sentence ends: a sentence closes with one of these (full-width and ASCII).
SENTENCE_END = "。！？!?"
# Clause ends: a sentence's parts close with these as well.
CLAUSE_END = SENTENCE_END + "；;"

# Headings in raw text: a part 一、…, a section （一）…
RAW_PART = re.compile(rf"^\s*[{NUMERAL}]{{1,3}}\s*、")
RAW_SECTION_OR_PART = re.compile(rf"^\s*(?:[{NUMERAL}]+、|[(（][{NUMERAL}]+[)）])")

# Any enumerator that opens a heading or an item in raw text: 一、 （一） 第一， 第一部分 一是 —— 1. （1）.
RAW_ENUMERATOR = re.compile(
    rf"^(?:[{NUMERAL}]{{1,3}}[、.．]|[(（][{NUMERAL}]{{1,3}}[)）]|第[{NUMERAL}]{{1,3}}(?:[，,、:：]|部分)"
    rf"|[{NUMERAL}]{{1,3}}[是要]|——|—|\d{{1,2}}[.．、](?!\d)|[(（]\d{{1,2}}[)）])")
