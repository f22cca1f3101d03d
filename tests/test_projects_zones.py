"""Issue 20 (round 12): the last head of a name decides its category, verbs and merged list items stay out of names,
and partnerships, institutions and kinds of schools are no projects. Phrases written for these tests in the style
of the genre (not copied from the corpus or the gold sets)."""

from __future__ import annotations

import pytest

from policydata.extract.projects import category_of, clause_projects


def names(clause: str) -> list[str]:
    return [p.name for p in clause_projects(clause)]


@pytest.mark.parametrize("name,category", [
    ("青禾科学城", "commerce"),  # a development zone, no school
    ("青禾大学城科技成果转化基地", "other"),  # the base, not the university town before it
    ("青禾能源产学研中心", "other"),  # research, not the energy network
    ("青禾国际会展中心", "commerce"),  # trade fairs
    ("青禾湾国际生态旅游岛", "culture"),  # a resort, not nature
    ("青禾路高架北延", "transport"),  # an elevated road
    ("青禾高架项目", "transport"),
    ("青禾光源白石线站", "other"),  # a beamline station, no railway
])
def test_the_last_head_decides(name, category):
    assert category_of(name) == category


def test_a_building_verb_inside_the_name_is_dropped():
    assert names("加快推进青禾大学附属医院新建门诊楼") == ["青禾大学附属医院门诊楼"]


def test_a_second_verb_opening_the_list_is_no_part_of_the_name():
    assert names("建成试运行青禾光源白石线站") == ["青禾光源白石线站"]


def test_an_extension_of_the_next_railway_is_not_lent_to_a_railway():
    assert names("加快建设青禾物流园专用铁路、蒲岭铁路北延伸线") == ["青禾物流园专用铁路", "蒲岭铁路北延伸线"]


def test_a_zone_between_two_places_takes_the_shared_kind():
    assert names("提速提效青山—白河、东坡—西岭新型功能区建设") == ["青山—白河新型功能区", "东坡—西岭新型功能区"]


def test_kinds_of_schools_are_no_projects():
    assert names("加快普通高中领航学校、特色学校建设") == []


def test_institutions_set_up_are_no_projects():
    assert names("推进青禾新材料研发中心、白石检测中心等机构建设") == []


def test_a_partnership_is_no_project():
    assert names("推动与青禾集团合作项目落地") == []


def test_a_village_name_holding_he_is_one_item():
    assert names("加快青禾县义和庄空港产业基地建设") == ["青禾县义和庄空港产业基地"]


def test_a_hospital_becoming_a_kind_of_hospital_keeps_no_joined_name():
    assert "青禾县中医院特色医院" not in names("推动青禾县中医院建成特色医院")


def test_a_bare_compass_point_shares_the_next_ring_road():
    assert names("全力推进南、北外环路和青禾大道建设") == ["南外环路", "北外环路", "青禾大道"]


def test_river_banks_take_no_elevated_road_from_the_next_item():
    assert names("完成青禾河两岸和虹桥路高架、东西高架沿线景观照明提升改造") == ["虹桥路高架"]


def test_hospitals_built_as_medical_institutions_stay():  # a guard: 医疗机构 are built, no institutions set up
    assert names("加快推进市第三人民医院、青禾医院新院区等医疗机构建设") == ["市第三人民医院", "青禾医院新院区"]


def test_a_list_opening_with_he_keeps_it_in_the_first_name():
    assert names("加快和泰职业学院二期、蒲岭职业学校实训基地等项目建设")[0] == "和泰职业学院二期"


def test_schools_in_a_partnership_of_teaching_are_no_projects():
    assert names("推动青禾中学、蒲岭中学等合作办学项目") == []


def test_newly_launched_is_no_part_of_the_kind():
    assert "青禾药业项目" in names("推动青禾药业、蒲岭生物等新上项目投产")


@pytest.mark.parametrize("name,category", [
    ("青禾中医学院", "education"),  # a college
    ("蒲岭奶源基地", "commerce"),  # dairy farming, no nature
    ("青禾野生动物园", "culture"),  # a zoo is a sight, no park of nature nor a business
    ("青禾中医疫病防治基地", "health"),
    ("蒲岭30万吨铜冶炼项目", "commerce"),
])
def test_more_heads_and_fields(name, category):
    assert category_of(name) == category


def test_a_size_word_after_deng_is_no_part_of_a_name():
    assert "蒲岭新材料项目" in names("推动青禾精品钢一期、蒲岭新材料等重特大项目开工建设")


def test_a_sector_and_status_after_deng_leave_only_project():
    assert names("实施青禾北方20万吨醋酸乙烯等产业链重点项目") == ["青禾北方20万吨醋酸乙烯项目"]


def test_raising_the_reach_of_a_belt_is_no_works():
    assert names("提升环青禾湾、蒲岭沿海等现代产业带辐射功能") == []


def test_a_bare_head_beside_named_things_is_a_kind():
    assert "道路" not in [p.name for p in clause_projects("完成青禾公园景观、道路、蒲岭广场建设", True, False)]


@pytest.mark.parametrize("name,category", [
    ("青禾公交调度中心", "transport"),  # a centre by what it dispatches
    ("青禾汽车公司调度中心", "transport"),
    ("青禾大数据指挥调度中心", "other"),
])
def test_a_dispatch_centre_by_what_it_dispatches(name, category):
    assert category_of(name) == category


def test_a_route_widened_in_a_list_of_works_is_a_road():
    found = clause_projects("加快建设青禾至蒲岭改扩建等项目")
    assert [(p.name, p.action) for p in found] == [("青禾至蒲岭项目", "改扩建")]
    assert category_of(found[0].name) == "transport"


def test_a_renaming_is_no_works():
    assert names("加快青禾学院更名设置青禾大学") == []


def test_a_continental_land_bridge_is_a_strategy():
    assert names("加强新欧亚大陆桥、青禾口岸建设") == []


def test_jiali_and_qiangli_are_adverbs_of_the_governing_verb():
    found = clause_projects("加力推进青禾特别合作区、蒲岭经济特别合作区建设")
    assert [(p.name, p.stage) for p in found] == [("青禾特别合作区", "推进"), ("蒲岭经济特别合作区", "推进")]


def test_fuchi_is_the_stage_no_part_of_the_name():
    assert [(p.name, p.stage) for p in clause_projects("重点扶持青禾创业园建设")] == [("青禾创业园", "扶持")]


def test_lizu_opening_the_list_is_no_part_of_the_name():
    assert names("立足青禾经济技术开发区蒲岭食品产业园建设") == ["青禾经济技术开发区蒲岭食品产业园"]


def test_works_told_only_by_their_rank_are_no_project():
    assert names("加力推进省重大项目建设") == []


def test_a_town_takes_no_academy_from_the_next_item():
    assert names("规划建设文昌城、侨乡城、蒲岭书院") == ["文昌城", "侨乡城", "蒲岭书院"]


@pytest.mark.parametrize("name,category", [
    ("青禾东环至蒲岭段", "transport"),  # a section of a way between two places
    ("青禾LNG三期", "utilities"),  # a fuel terminal's phase
])
def test_sections_and_fuel_phases(name, category):
    assert category_of(name) == category


def test_the_great_wall_still_takes_the_shared_park():
    assert names("加快长城、珠江国家文化公园建设") == ["长城国家文化公园", "珠江国家文化公园"]


def test_kinds_of_rural_roads_are_no_names():
    assert names("加快青禾大道、资源路、旅游路和产业路建设") == ["青禾大道"]
    assert names("建设青禾旅游路") == ["青禾旅游路"]
