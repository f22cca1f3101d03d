"""Issue 20, outcomes precision (round outc6): 分别 and demonstratives left in an indicator, a preposition
with its noun taken for one."""

from __future__ import annotations

from test_outcomes import rows

YEAR = "各位代表：\n\n一、2020年工作回顾\n\n"


def _found(body):
    return [(r["indicator"], r["value"]) for r in rows(body, head=YEAR)]


def test_respectively_is_never_in_an_indicator():
    from policydata.extract.outcomes import _unpointed
    assert _unpointed("出口额分别占全市") == "出口额占全市"
    assert _unpointed("这一年新建的小型水库") == "新建的小型水库"
    assert _unpointed("这三年新建的小型水库") == "新建的小型水库"
    found = _found("甲区、乙区污水处理能力分别提升到每天8万吨和5万吨。")
    assert found and all("分别" not in i for i, _v in found)


def test_a_leading_demonstrative_is_cut():
    assert _found("这三部分合计节约开支120亿元。") == [("节约开支", 120)]
    assert _found("这些园区的用地面积扩大到38平方公里。") == [("园区的用地面积", 38)]


def test_a_preposition_with_its_noun_is_no_indicator():
    assert _found("从山脚300米到山顶的步道全线贯通。") == []
    assert all(v != 80 for _i, v in _found("由年初的80万人减少到年末的12万人。"))
    assert _found("在改革初期由上年的20%提高到31%。") == []


def test_words_with_a_standing_preposition_stay():
    assert _found("在建项目126个。") == [("在建项目", 126)]
    assert _found("从业人员达到5.2万人。") == [("从业人员", 5.2)]


def test_names_given_as_examples_are_not_the_indicator():
    assert _found("新竣工甲厂、乙厂等项目45个。") == [("新竣工项目", 45)]
    assert _found("新增普通高等学校3所。") == [("新增普通高等学校", 3)]
