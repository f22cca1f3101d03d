"""Issue 20 (round proj4): the class a list is filed under after 等 is never part of an item's name (甲、乙等配套工程,
等国家重大工程, 等大中型水库 → 甲工程, 乙水库), and an action written after the last item belongs to that item's kind only.
Phrases written for these tests in the style of the genre."""

from __future__ import annotations

from policydata.extract.projects import clause_projects


def names(clause: str) -> list[str]:
    return [p.name for p in clause_projects(clause)]


def test_a_class_of_works_after_deng_is_no_part_of_the_names():
    got = names("加快东水北调、引河补淀等配套工程建设")
    assert "引河补淀工程" in got and not any("配套" in n for n in got), got


def test_a_rank_and_network_class_is_no_part_of_a_name():
    got = names("推进青溪河整治、白鹭渠扩建等国家水网骨干工程")
    assert all("骨干" not in n and "国家" not in n for n in got), got


def test_a_size_class_before_the_kind_is_no_part_of_a_name():
    got = names("做好石门、柳湾、青龙坪等大中型水库前期工作")
    assert got == ["石门水库", "柳湾水库", "青龙坪水库"]


def test_a_small_size_class_too():
    got = names("建成北岭白水、南溪龙潭等10座中小型水库")
    assert got == ["北岭白水水库", "南溪龙潭水库"]


def actions(clause: str) -> list[tuple[str, str]]:
    return [(p.name, p.action) for p in clause_projects(clause)]


def test_a_change_after_an_airport_is_not_the_railway_before_it():
    got = dict(actions("加快青山高铁、白云机场改扩建"))
    assert got["白云机场"] == "改扩建" and got["青山高铁"] != "改扩建", got


def test_a_change_after_the_last_of_one_kind_is_every_item_s():
    got = actions("推进东州机场、西州机场改扩建")
    assert [a for _, a in got] == ["改扩建", "改扩建"]


def test_a_line_whose_own_change_is_named_keeps_the_change():
    got = dict(actions("推进青山高速扩容、白云机场改扩建"))
    assert got["白云机场"] == "改扩建", got


def test_a_bare_kind_measured_in_square_metres_is_a_target():
    assert names("完成绿化改造12万平方米") == []
    assert "道路" not in names("完成8万平方米的滨湖公园绿化、道路、健身广场建设")


def test_a_role_the_city_is_made_into_is_no_building():
    assert names("打造高水平的会展中心") == []


def test_a_whole_basin_treated_is_a_programme():
    assert names("统筹推进青阳江流域综合治理") == []


def test_a_basin_s_named_work_is_a_project():
    assert names("全面完成大别山南段白水河流域保护和修复工程") != []
    assert names("推进青阳江流域综合治理工程") != []


def test_a_group_total_after_its_count_is_no_part_of_a_name():
    got = names("抓好青岭、白沙、红石等3个360万千瓦抽水蓄能电站前期工作")
    assert got and not any("万千瓦" in n for n in got), got
