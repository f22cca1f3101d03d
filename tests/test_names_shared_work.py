"""A work written once after a list of places (projects.shared_work), on sentences written for these tests."""

from __future__ import annotations

import pytest

from policydata.extract.projects import clause_projects


def rows(s: str) -> dict[str, str]:
    return {p.name: p.action for p in clause_projects(s)}


def test_a_work_after_two_rivers_is_the_work_of_both():
    # before: the first river kept only the lead verb and the second, whose name carried the work, was lost
    assert rows("实施青禾河、白鹭河防洪提升工程") == {"青禾河": "防洪提升", "白鹭河": "防洪提升"}


def test_rivers_before_a_governed_river_and_a_list_that_goes_on_are_governed():
    assert rows("力争开工建设青禾河、白鹭河、金沙河治理等项目") == {"青禾河": "治理", "白鹭河": "治理", "金沙河": "治理"}


def test_facilities_of_one_kind_share_a_work_noun_closing_the_list():
    assert rows("实施青禾水库、白鹭水库除险加固工程") == {"青禾水库": "除险加固", "白鹭水库": "除险加固"}


@pytest.mark.parametrize("clause, first, action", [
    ("提速建设青禾高铁、白鹭高速公路扩容工程", "青禾高铁", "建设"),  # another kind: the railway is new
    ("推进青禾水库、白鹭水库扩建等工程建设", "青禾水库", "建设"),  # 等: the list goes on, each its own work
])
def test_the_work_stays_with_its_item(clause, first, action):
    assert rows(clause)[first] == action


def test_a_kind_of_railway_before_the_first_line_is_each_lines():
    # before: the second line was a bare 白鹭线, which may be any road's or grid's
    assert set(rows("加快建设市域（郊）铁路青禾线、白鹭线")) == {"市域（郊）铁路青禾线", "市域（郊）铁路白鹭线"}


def test_a_line_with_a_kind_of_its_own_keeps_it():
    assert "白鹭大道" in rows("加快建设城际铁路青禾线、白鹭大道")
