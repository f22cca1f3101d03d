"""Issue 20: the category follows the name's head, names stay inside their list item, programmes and described kinds
are no projects, shared prefixes are neither invented nor doubled nor lost, and the verb after a named work governs
it. Phrases written for these tests in the style of the genre."""

from __future__ import annotations

import pytest

from policydata.extract.projects import category_of, clause_projects


def names(clause: str, places: frozenset = frozenset()) -> list[str]:
    return [p.name for p in clause_projects(clause, True, True, places)]


def triples(clause: str) -> list[tuple[str, str, str]]:
    return [(p.name, p.action, p.stage) for p in clause_projects(clause)]


@pytest.mark.parametrize("name,category", [
    ("南港LNG接收站", "utilities"),  # a fuel's station: the energy network's, no railway's
    ("东海天然气站线", "utilities"),
    ("城西CNG加气母站", "utilities"),
    ("地铁5号线南湖站", "transport"),  # a metro line's station stays the line's
    ("临江北站", "transport"),
    ("清溪新城", "other"),  # a new town: the head says no sector
    ("北站高铁新城", "other"),  # named after the station, no station
    ("滨河产业新城", "commerce"),  # its field word says industry
    ("省地震防灾减灾指挥中心", "other"),  # a centre says no sector; its field words none of commerce
    ("东湖国际交流合作中心", "other"),
    ("南岭道路交通安全管理中心", "other"),  # a word of roads in the modifier is no road
    ("江城超算中心", "commerce"),
    ("西部国际金融中心", "commerce"),
    ("市儿童福利中心", "health"),
    ("青山国际网球中心", "sport"),
    ("城南在线经济生态园", "commerce"),  # an eco-park of a trade, no nature
    ("湾区能源生态园", "utilities"),
    ("东镇综合文化站", "culture"),
    ("临港国际物流枢纽", "commerce"),  # logistics is commerce (schema)
    ("北山国际陆港", "commerce"),
    ("江城国际物流港", "commerce"),  # a port of logistics: a trade's, no harbour
    ("西江国际铁路港", "commerce"),
    ("北湾港", "transport"),
    ("南湖综保区二期", "commerce"),  # a bonded zone: trade
    ("省重大传染病防治基地", "health"),
    ("青禾枸杞加工项目", "commerce"),  # a processing plant: a firm's
    ("青禾钒钛2000吨钒铝合金生产项目", "commerce"),
    ("县二中迁建项目", "education"),  # a school by its number
])
def test_the_category_follows_the_head_and_its_field(name, category):
    assert category_of(name, "建设") == category


def test_a_landmark_named_by_zhi_takes_no_head_from_the_next_item():
    assert "临江之窗公园" not in names("完成临江之窗、翠湖山公园提标改造")
    assert "翠湖山公园" in names("完成临江之窗、翠湖山公园提标改造")


def test_a_stretch_or_phase_of_the_next_street_is_no_kind_to_lend():
    got = names("推进红星北路、朝阳大街北延一期、解放路等城区道路新改扩建")
    assert "红星北路" in got and "红星北路北延一期" not in got
    got = names("推进兴华东路、胜利大街南延二期、和平路等城区道路新改扩建")
    assert "兴华东路" in got and "胜利大街南延二期" in got


def test_an_item_with_its_own_renewal_takes_no_kind_after_the_next_items():
    got = clause_projects("加快青龙古镇更新和东河两岸、胜利街等老街改造")
    assert ("青龙古镇", "更新") in [(p.name, p.action) for p in got]
    assert not any(p.name.startswith("青龙古镇更新") for p in got)


def test_a_basin_kept_is_a_programme():
    assert names("推进清水河、白龙江、青溪河等流域生态保护") == []
    assert names("抓好清水河流域生态环境、西山湿地和北塘水源地保护") != []  # a wetland's and a source's protection stay works


def test_kinds_of_water_works_called_projects_are_no_projects():
    assert not any("江河湖泊" in n for n in names("支持引水调水、骨干水源、江河湖泊治理、高效节水灌溉等重点项目"))
    assert "民兵综合训练馆项目" in names("加快推进特警、消防、民兵综合训练馆等项目建设")  # a hall is a place


def test_a_kind_told_by_what_it_is_for_is_no_name_beside_named_siblings():
    got = names("推动江州国际商贸物流中心和面向东盟的复合型国际航空枢纽建设")
    assert "江州国际商贸物流中心" in got and not any("航空枢纽" in n for n in got)
    assert "学府路中学" in names("确保新建的学府路中学、呼伦小学投入使用")  # what is built, not described


def test_a_place_is_not_lent_to_an_item_that_says_its_own_scope():
    got = names("加快江州北500千伏输变电工程建设和市内电网升级改造", frozenset({"江州"}))
    assert "江州市内电网" not in got


def test_a_container_named_before_a_unit_is_not_doubled():
    got = names("协调推进青石水利枢纽一线船闸提升改造和二线船闸前期工作", frozenset({"青石"}))
    assert "青石水利枢纽二线船闸" in got and not any("青石水利枢纽青石" in n for n in got)


def test_a_branch_line_after_a_highways_section_is_that_highways():
    assert "平安高速东山支线" in names("力争平安高速东山段及东山支线建成通车")
    assert "甲湛高铁乙丙联络线" not in names("推进甲湛高铁、乙丙联络线等轨道交通项目建设")


def test_the_verb_after_a_named_work_governs_it():
    assert triples("S215东关至西岭段一级公路改造工程开工建设") == [("S215东关至西岭段一级公路", "开工建设", "开工建设")]


def test_a_work_named_by_its_compass_points_takes_no_head_from_the_next_item():
    got = names("加快北煤南运、西电东送、川藏铁路等重大工程建设")
    assert "西电东送铁路" not in got and "北煤南运铁路" not in got and "川藏铁路" in got
    assert category_of("西电东送工程", "建设") == "utilities"


def test_a_basins_hydropower_tapped_is_no_work():
    assert names("推进甲曲、乙布、丙龙河等流域水电开发") == []
    assert category_of("市消防训练基地", "建设") == "other"  # a fire brigade's, no sport's


def test_a_he_opening_an_item_after_a_comma_is_the_names_first_character():
    assert "和顺生态园" in names("推进青溪温泉度假区、南坡康养示范村、和顺生态园等重点区块建设")


def test_a_named_road_keeps_its_name_before_the_kind_of_way_it_is():
    assert names("推进青年大道东延线、江岸大道等6个进出城通道建设") == ["青年大道东延线", "江岸大道"]
    assert names("推进兴华北路、胜利街等快速路建设") == ["兴华北路", "胜利街"]
    assert names("加快汕尾港、揭西港等疏港铁路建设") == ["汕尾港疏港铁路", "揭西港疏港铁路"]  # a railway to the ports


def test_an_expressway_named_short_takes_no_head_from_the_next_item():
    assert names("东西大道、城南快速、青龙大桥建成投用") == ["东西大道", "青龙大桥"]
