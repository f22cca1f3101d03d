"""Issue 20 (round of 2.2.7): a list's shared ending is carried whole to each place, a count's kind (五大…) goes to
every place named before it, financing kinds, institutions reformed, suppositions and trade corridors are no
projects, and the category follows what the work is (a firm's line, power supply, resettlement homes). Phrases
written for these tests in the style of the genre."""

from __future__ import annotations

import pytest

from policydata.extract.projects import category_of, clause_projects


def names(clause: str) -> list[str]:
    return [p.name for p in clause_projects(clause)]


def test_bare_places_take_the_whole_shared_ending_of_the_last_item():
    # 通湖 is a place word the kind is named by: both bays' channels to the lake, not 东坡河道
    assert names("全面推动东坡、西庭通湖河道整治") == ["东坡通湖河道", "西庭通湖河道"]


def test_a_count_of_great_kinds_gives_each_place_the_kind():
    got = names("加快青溪、白鹭桥、月湖、临港、长河五大科技城建设")
    assert got == ["青溪科技城", "白鹭桥科技城", "月湖科技城", "临港科技城", "长河科技城"]


def test_a_count_of_great_kinds_keeps_a_place_that_is_one_already():
    assert names("加快北仑港、南塘港、东湾港三大港口基础设施建设")[:1] == ["北仑港"]


def test_a_great_count_of_a_slogan_or_of_cities_gives_no_kind():
    assert names("提升甲州、乙州两大中心城市发展能级") == []


@pytest.mark.parametrize("clause", [
    "推动市中心医院等公立医院高质量发展",  # institutions reformed, no works
    "加快城南专项债项目建设",  # works told by how they are paid for
    "如用之于公路建设",  # a supposition
    "提速推进甬舟、丽温开放大通道建设",  # a region's outlet corridor, a strategy
    "积极推进甬台开放大通道建设",
])
def test_not_projects(clause):
    assert names(clause) == []


def test_approach_roads_after_ji_stay_with_the_crossing():
    assert names("开工建设长安路上跨G205及接线工程") == ["长安路上跨G205及接线工程"]
    assert names("开工建设东河大桥及连接线") == ["东河大桥及连接线"]


@pytest.mark.parametrize("name,category", [
    ("华兴新材料二期B线", "commerce"),  # a firm's production line, no railway
    ("北区供电配套基础设施项目", "utilities"),
    ("边境小镇配套供电工程", "utilities"),
    ("南片区第三安置区项目", "housing"),
])
def test_category(name, category):
    assert category_of(name) == category


def test_the_pace_written_before_a_work_after_the_names_is_the_stage():
    got = [(p.name, p.action, p.stage) for p in clause_projects("支持并保障南湖学院北岸校区加快建设")]
    assert got == [("南湖学院北岸校区", "建设", "加快")]
    got = [(p.name, p.stage) for p in clause_projects("北山、东川抽蓄项目加快建设", True, False, frozenset({"北山", "东川"}))]
    assert got == [("北山抽蓄项目", "加快"), ("东川抽蓄项目", "加快")]


def test_a_completion_after_an_adverb_keeps_the_completion_as_stage():
    assert [p.stage for p in clause_projects("西海物流园一期全面投产")] == ["投产"]


def test_places_developed_as_a_policy_are_no_works():
    assert names("推动东江高新区、南岭经开区、北坡开发区与中心城区融合联动发展") == []
    assert names("推动甲县经济开发区、乙县工业园区等县级园区特色化、差异化发展") == []


def test_a_work_of_its_own_before_a_closing_development_is_kept():
    assert names("抓好金牛岛公园提升、滨江生态长廊保护和高质量发展")[:1] == ["金牛岛公园"]


def test_a_plot_of_a_hospital_built_on_is_the_hospitals():
    assert category_of("市儿童医院C地块", "建设") == "health"
    assert category_of("市儿童医院C地块", "挂牌出让") == "land"  # sold: land
    assert category_of("海河东路地块", "建设") == "land"  # a plot along a road


def test_a_pace_opening_the_clause_is_the_stage():
    got = [(p.name, p.action, p.stage) for p in clause_projects("提速建设东港物流基地、西岭产业园")]
    assert got == [("东港物流基地", "建设", "提速"), ("西岭产业园", "建设", "提速")]
