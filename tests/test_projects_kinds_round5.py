"""Issue 20 (round proj5): names made up from a class or a kind are no projects: materials filed under 等资源…项目,
wharves told only by their cargo, platforms of innovation, the clean-up of a great river or lake (a campaign); and a
link of two roads is a road's work. Phrases written for these tests in the style of the genre."""

from __future__ import annotations

from policydata.extract.projects import category_of, clause_projects


def names(clause: str, local: bool = True) -> list[str]:
    return [p.name for p in clause_projects(clause, local)]


def test_materials_filed_under_a_class_of_resources_are_no_names():
    got = names("加快钢渣、粉灰等资源综合循环利用项目建设")
    assert got == [], got


def test_a_plant_with_its_own_head_in_such_a_list_is_kept():
    got = names("推进青石发电厂、泰和电厂等资源综合利用项目建设")
    assert got == ["青石发电厂", "泰和电厂"], got


def test_firms_filed_under_a_kind_of_work_are_still_their_works():
    got = names("加快鑫源环科、瑞达新材等固废利用项目建设")
    assert "鑫源环科固废利用项目" in got, got


def test_a_wharf_told_only_by_its_cargo_is_a_kind():
    got = names("加快推进清河航道二期、青岭船闸、石桥码头、危化品码头建设")
    assert "危化品码头" not in got and "石桥码头" in got, got


def test_a_named_wharf_of_a_cargo_is_kept():
    got = names("开工建设东滩港区散货码头")
    assert got == ["东滩港区散货码头"], got


def test_centres_filed_under_platforms_of_innovation_are_no_works():
    got = names("加快建设青云算力适配中心、云岭智能体适配中心等产业创新平台")
    assert got == [], got


def test_the_clean_up_of_a_great_lake_is_a_campaign():
    assert names("扎实推进太湖综合治理", local=False) == []
    assert names("继续治理长江、淮河等大江大河", local=False) == []


def test_a_named_work_on_a_great_river_is_a_project():
    assert names("开工建设淮河干流河道整治工程") == ["淮河干流河道"]
    assert names("加强清水河综合治理") == ["清水河"]


def test_a_link_of_two_roads_is_transport():
    assert category_of("青年路-光明路连通工程") == "transport"
    assert category_of("青湖至白溪水库连通工程") != "transport"


def test_a_community_told_by_the_gate_it_lies_at_is_a_kind():
    got = names("推动森林公园入口社区等项目建设", local=False)
    assert got == [], got


def test_words_of_a_kind_the_dictionary_tags_as_names_name_nothing():
    # 嵌入式, 开放型, 国际航空: jieba files them as proper words; a modifier made of them and common words is a kind
    assert names("实施城市社区嵌入式服务设施建设工程", local=False) == []
    assert names("建设开放型会展经济集聚区") == []
    assert names("加快建设门户型国际航空枢纽") == []


def test_regions_and_trades_the_dictionary_tags_as_names_name_nothing():
    assert names("建设华中地区重要战略物资储备基地") == []
    assert names("加快建设海洋生物医药创新基地") == []
    assert names("加快建设锂电新材料零碳产业园") == []
