"""Name-ness cues from the segmenter's dictionary, on modifiers written for these tests."""

from __future__ import annotations

import pytest

from policydata.extract.names import dictionary_path, is_named, pieces, vocabulary


def test_the_dictionary_ships_with_the_segmenter():
    assert dictionary_path().name == "dict.txt" and dictionary_path().exists()
    common, proper = vocabulary()
    assert "批发" in common and "北京" in proper and not common & proper


@pytest.mark.parametrize("modifier", [
    "北京",  # a place word of the dictionary
    "雄商",  # an abbreviation of two cities: no word covers it
    "港珠澳",
    "乐凯膜材料",  # a brand before common words
    "626",  # a number as a name
    "六二六建材",
    "S524",
])
def test_named_modifiers(modifier):
    assert is_named(modifier)


@pytest.mark.parametrize("modifier", [
    "批发",  # a kind of market
    "特殊教育",
    "战略物资储备",
    "小企业创业",
    "零碳",  # a word of the genre the dictionary lacks, listed in the lexicon
    "城市",  # tagged a place by the dictionary, a common noun in the genre
    "新",  # generic single characters make no name
    "",
])
def test_kinds_are_not_names(modifier):
    assert not is_named(modifier)


def test_pieces_cut_longest_word_first():
    assert pieces("战略物资储备") == [("战略物资", "common"), ("储备", "common")]
    assert [k for _, k in pieces("雄商高铁")] == ["", "", "common"]


def test_two_provinces_by_their_one_character_names():
    assert is_named("京沪") and is_named("湘鄂赣") and not is_named("青年创新")
