"""和, 与, 及 inside one name (projects.keep_joined), on sentences written for these tests."""

from __future__ import annotations

from policydata.extract.projects import keep_joined
from policydata.extract.projects import clause_projects


def rows(s: str) -> dict[str, str]:
    return {p.name: p.action for p in clause_projects(s)}


def test_two_works_joined_after_a_list_of_places_are_the_work_of_each():
    # before: 与 cut the work in two, the second place and the second work were lost
    assert rows("加快推进青禾灌区、白鹭灌区续建配套与现代化改造工程") == {
        "青禾灌区": "续建配套与现代化改造", "白鹭灌区": "续建配套与现代化改造"}


def test_two_works_joined_after_one_river():
    assert rows("实施青禾河生态修复和环境整治提升工程") == {"青禾河": "生态修复和环境整治提升"}


def test_a_link_between_two_places_is_one_work():
    assert list(rows("加快推进金沙江与白鹭湖连通工程")) == ["金沙江与白鹭湖连通工程"]


def test_two_fields_of_one_named_park_are_one_park():
    assert list(rows("加快青禾软件与信息技术服务产业园建设")) == ["青禾软件与信息技术服务产业园"]


def test_two_places_or_two_items_stay_two():
    for names in ("青禾路和白鹭路改造", "青禾和白鹭产业园", "黄河和长江流域防护林", "青禾路改造和白鹭路提升",
                  "紧密型医联体和区域中心医院", "青禾供水工程前期工作和白鹭湖至金沙水库连通工程"):
        assert keep_joined(names) == names
