"""Project rules on phrases written for these tests in the style of the genre."""

from __future__ import annotations

import pytest

from helpers import doc
from policydata.extract.outline import parse_outline
from policydata.extract.projects import category_of, clause_projects, distribute, project_rows, split_names


def names(clause: str) -> list[str]:
    return [p.name for p in clause_projects(clause)]


def triples(clause: str) -> list[tuple[str, str, str]]:
    return [(p.name, p.action, p.stage) for p in clause_projects(clause)]


def test_shared_predicate_is_distributed():
    assert triples("推进长江路小学东校区、实验中学南校区、城关小学改扩建") == [
        ("长江路小学东校区", "改扩建", "推进"), ("实验中学南校区", "改扩建", "推进"), ("城关小学", "改扩建", "推进")]


def test_action_before_the_names():
    assert triples("加快建设滨江科技产业园") == [("滨江科技产业园", "建设", "加快")]
    assert names("规划建设城东物流中心、北站保税仓和跨境电商分拣中心") == ["城东物流中心", "北站保税仓", "跨境电商分拣中心"]


def test_names_then_a_completion_action():
    assert triples("区人民医院新院区、区图书馆投入使用") == [
        ("区人民医院新院区", "投入使用", "投入使用"), ("区图书馆", "投入使用", "投入使用")]


def test_each_item_may_carry_its_own_action():
    assert triples("完成第二中学教学楼维修改造和建设路88号提升改造") == [
        ("第二中学教学楼", "维修改造", "完成"), ("建设路88号", "提升改造", "完成")]


def test_shared_prefix_before_line_numbers():
    assert names("实施地铁三号线人民广场站、五号线体育中心站房屋征收") == ["地铁三号线人民广场站", "地铁五号线体育中心站"]


def test_head_borrowed_from_the_next_item_and_deng_dropped():
    assert names("推动长江路、黄河路拆迁地块和滨河道等地块挂牌出让") == ["长江路拆迁地块", "黄河路拆迁地块", "滨河道地块"]


def test_tail_after_deng_is_shared():
    assert names("改造胜利路、东风三号路等周边小区雨水管网") == ["胜利路周边小区雨水管网", "东风三号路周边小区雨水管网"]


def test_parallel_ordinals():
    assert names("推进第一、第二配套幼儿园、育才中学等新建续建项目") == ["第一配套幼儿园", "第二配套幼儿园", "育才中学"]


def test_a_list_that_calls_itself_projects():
    assert names("完成城北污水处理厂、会展大厦等工程") == ["城北污水处理厂", "会展大厦"]
    assert names("继续推进南湖片区供热互联互通工程") == ["南湖片区供热互联互通工程"]


def test_qualifiers_that_belong_to_the_name_are_kept():
    assert names("继续推进万象城二期项目建设") == ["万象城二期项目"]
    assert names("加快轨道交通1号线（东延线）建设") == ["轨道交通1号线（东延线）"]
    assert names("推进滨江大道南段建设") == ["滨江大道南段"]
    assert names("启动青山湖湿地公园二期建设") == ["青山湖湿地公园二期"]


def test_singular_institutions_need_no_modifier():
    assert names("全力推进殡仪馆新建项目建设进度") == ["殡仪馆"]
    assert triples("全力推进殡仪馆新建项目建设进度")[0][1] == "新建"


def test_joint_project_stays_one():
    assert names("加快区妇幼保健中心和区疾控中心合建项目进度") == ["区妇幼保健中心和区疾控中心合建项目"]


@pytest.mark.parametrize("clause", [
    "推进国家全域旅游示范区创建",  # a designation
    "建成全国健康促进区",  # a designation head
    "大力推进零散棚户区改造",  # a kind of thing, not a named place
    "推进小型消防站建设",
    "加强基础设施、生态环保等重点领域和薄弱环节建设",
    "继续推进地下综合管廊建设",
    "实施教师培训系列项目",  # a programme, not a place
    "深入实施文化惠民工程",
    "主动承接北京非首都功能疏解和服务新区建设",  # a verb, not a name
    "加强储能电站建设",
    "新建24座公共厕所、2座垃圾转运站以及停车场等配套设施",  # counts are targets
    "抓好“城市双修”工程",  # a campaign
    "以“十运会”主场馆建设为引擎",  # a frame
    "推动金融、物流、会展等产业集聚发展",  # no facility, no action on one
])
def test_not_projects(clause):
    assert names(clause) == []


def test_split_names_keeps_place_names_with_he():
    assert split_names("和平区文化馆和河西区图书馆") == ["和平区文化馆", "河西区图书馆"]


def test_distribute_is_pure():
    items = ["胜利路", "东风路等周边管网"]
    assert distribute(list(items)) == ["胜利路周边管网", "东风路周边管网"]


@pytest.mark.parametrize("name, category", [("实验中学南校区", "education"), ("区人民医院", "health"), ("滨江剧场", "culture"),
                                            ("全民健身活动中心", "sport"), ("地铁三号线人民广场站", "transport"),
                                            ("长江路拆迁地块", "land"), ("城北污水处理厂", "utilities"), ("滨江公园", "environment"),
                                            ("科技产业园", "commerce"), ("建设路88号", "other")])
def test_categories(name, category):
    assert category_of(name) == category


def test_a_road_named_by_its_code_is_transport_whatever_its_head():
    assert category_of("S215青山至白沙段改建项目") == "transport" and category_of("G205线改建工程") == "transport"
    assert category_of("5G基站建设项目") != "transport"


@pytest.mark.parametrize("name", ["青山水利枢纽", "白江航电枢纽", "东岭抽水蓄能项目", "北坡风电场二期", "南山光伏发电项目",
                                  "城东输变电工程"])
def test_power_and_water_works_are_utilities(name):
    assert category_of(name) == "utilities"


def test_a_park_of_an_energy_industry_stays_commerce():
    assert category_of("光伏产业园") == "commerce" and category_of("综合交通枢纽") == "transport"


def test_a_tourist_route_is_no_work():
    """打造…旅游精品线路: a product of tourism, not a thing built."""
    assert names("建设青山湖生态旅游精品线路、古镇文化旅游线路。") == []


@pytest.mark.parametrize("name, category", [("县公共文化艺术中心", "culture"), ("市融媒体中心", "culture"),
                                            ("区养老服务中心项目", "health"), ("市康复医疗中心", "health"),
                                            ("青少年体育运动中心", "sport"), ("冷链物流中心", "commerce"), ("城市数据中心", "commerce")])
def test_a_centre_takes_the_field_its_words_name(name, category):
    """中心 names only a kind of building: the field before it (文化艺术, 养老) says what it serves."""
    assert category_of(name) == category


def test_rows_have_program_offsets_and_review_gives_none():
    text = ("一、2020年工作回顾\n完成城北污水处理厂建设。\n二、2021年工作安排\n（一）完善城市功能\n"
            "补齐设施短板。加快建设滨江科技产业园，启动城东体育公园建设。\n")
    o = parse_outline(doc(text))
    rows = project_rows(o)
    assert [r["name"] for r in rows] == ["滨江科技产业园", "城东体育公园"]
    for r in rows:
        assert o.document.text[r["char_start"]:r["char_end"]] == r["source_text"]
        assert r["program_id"] and r["category"] and r["action"] and r["stage"]


def test_money_modifier_is_not_part_of_the_name():
    assert names("推进投资5.5亿元的市体育中心二期工程建设") == ["市体育中心二期工程"]


def test_stage_shi_xian():
    assert triples("实现滨江冰球馆、城东游泳馆主体封顶") == [("滨江冰球馆", "主体封顶", "实现"), ("城东游泳馆", "主体封顶", "实现")]


@pytest.mark.parametrize("clause", ["实施市区道路畅通工程", "加快全民健身路径等体育惠民工程建设",
                                    "重点实施五所中小学新建扩建、职业高中扩建、实训基地等工程建设"])
def test_programmes_and_lists_of_kinds_are_not_projects(clause):
    assert names(clause) == []


# --- names the hand list never saw: the segmenter's dictionary says which modifiers name one thing ---------------

@pytest.mark.parametrize("clause, expected", [
    ("加快岚溪、鹤岭高铁等项目建设", ["岚溪高铁", "鹤岭高铁"]),  # a head borrowed from the next item
    ("推进岚州、鹤城等机场改扩建", ["岚州机场", "鹤城机场"]),  # the kind after 等 goes to bare place names
    ("推进岚河、鹤溪河等跨界河流综合治理", ["岚河", "鹤溪河"]),  # items that are already rivers keep their names
    ("确保云溪高速鹤岭段、岚州至鹤城高速公路建成通车", ["云溪高速鹤岭段", "岚州至鹤城高速公路"]),
    ("抓好云岚新材料和鹤翔智能装备等项目建设", ["云岚新材料项目", "鹤翔智能装备项目"]),  # company projects
    ("推进岚湖二期、鹤川三期建设", ["岚湖二期", "鹤川三期"]),  # works named by their phase
    ("实现北三环东延、西二环南延建成通车", ["北三环东延", "西二环南延"]),  # ring roads and their extensions
    ("协助推进东、西外环公路建设", ["东外环公路", "西外环公路"]),
    ("力促鹤翔汽车海外工厂建成投产", ["鹤翔汽车海外工厂"]),
    ("建好岚溪大学新校区", ["岚溪大学新校区"]),
    ("继续办好岚州经济特区和鹤城新区", ["岚州经济特区", "鹤城新区"]),
    ("广岚医院岚州院区、鹤城儿童医院正式运营", ["广岚医院岚州院区", "鹤城儿童医院"]),
    ("完成城北污水处理厂、会展大厦等工程", ["城北污水处理厂", "会展大厦"]),  # a kind beside a named sibling
])
def test_named_places_of_every_kind(clause, expected):
    assert names(clause) == expected


def test_actions_in_a_row_are_one():
    assert triples("岚溪科技园数据楼竣工投入使用") == [("岚溪科技园数据楼", "竣工投入使用", "竣工投入使用")]
    assert triples("完成岚州污水处理厂提标改造前期工作") == [("岚州污水处理厂", "提标改造前期", "完成")]


@pytest.mark.parametrize("clause", [
    "支持批发市场和农贸市场升级改造",  # kinds of market: every word of the modifier is a common word
    "加强特殊教育学校建设",
    "推进战略物资储备基地建设",
    "抓好零碳园区建设",  # a word of the genre the dictionary lacks
    "推进岚州技术创新中心建设",  # an institute, not a place
    "统筹推进城乡结合部、主干道等重点区域综合治理",
])
def test_kinds_and_institutes_are_not_projects(clause):
    assert names(clause) == []


def test_singular_institutions_and_the_states_own_are_local():
    assert names("推进图书馆、博物馆建设") == ["图书馆", "博物馆"]  # a district has one of each
    assert [p.name for p in clause_projects("推进图书馆、博物馆建设", local=False)] == []  # a nation has kinds
    assert [p.name for p in clause_projects("加快国家物流枢纽建设", local=False)] == []


def test_a_doubled_page_gives_each_project_once():
    text = "一、2021年工作安排\n加快建设岚溪科技产业园。\n加快建设岚溪科技产业园。\n"
    rows = project_rows(parse_outline(doc(text)))
    assert [r["name"] for r in rows] == ["岚溪科技产业园"]


def test_a_frame_whose_items_carry_their_own_actions():
    assert triples("以岚溪河河道整治、岚河生态治理为重点") == [("岚溪河河道", "整治", "整治"), ("岚河", "生态治理", "生态治理")]
    assert names("以鹤城新区建设为引擎") == []  # 为引擎 frames a strategy, not a list of works


def test_an_action_followed_by_where():
    assert names("推动岚鹤友谊示范农场落地岚州") == ["岚鹤友谊示范农场"]


def test_sizes_and_zones():
    assert names("确保鹤翔5.7万平方米主力店正式运营") == ["鹤翔主力店"]
    assert names("抓好岚州数据中心集群、鹤城数字经济创新发展试验区建设") == ["岚州数据中心集群", "鹤城数字经济创新发展试验区"]


@pytest.mark.parametrize("clause", [
    "让更多具备高新技术、高附加值的好项目落地岚州",  # "more" lists kinds
    "力促更多项目落户岚州",
])
def test_more_of_a_kind_is_no_project(clause):
    assert names(clause) == []


def test_brackets_hold_their_own_lists():
    assert split_names("“两河一湖”（岚河、鹤河、云湖）流域和鹤城新区") == ["“两河一湖”（岚河、鹤河、云湖）流域", "鹤城新区"]


def test_actions_in_a_row_before_the_names():
    assert triples("改造扩建岚州机场") == [("岚州机场", "改造扩建", "改造扩建")]  # no default stage beside the verb of the text


@pytest.mark.parametrize("clause", [
    "提升岚州、鹤城、云溪湾区等经济发展优势区域的辐射能力",  # regions, not works
    "推进岚河、鹤河等地区的天然林保护工程建设",
    "办好12345政务服务热线",  # a service line, not a facility
])
def test_regions_and_services_are_not_projects(clause):
    assert names(clause) == []


def test_a_stage_that_works_on_named_places():
    assert triples("加快推进岚州至鹤城机场快线") == [("岚州至鹤城机场快线", "推进", "加快推进")]
    assert names("与鹤城共同推动岚州新机场和临空经济区建设") == ["岚州新机场", "临空经济区"]
    assert names("加快推进产业升级") == []  # no place, no project


# --- shapes of lists, heads and name cues (issue 21) and what stays out (issue 20) --------------

def test_numbered_units_share_the_plant_and_the_kind():
    assert names("推进鹤城电厂3号、4号机组建设") == ["鹤城电厂3号机组", "鹤城电厂4号机组"]
    assert names("加快岚州港区东作业区5号、6号泊位建设") == ["岚州港区东作业区5号泊位", "岚州港区东作业区6号泊位"]


def test_units_of_one_port_share_its_name():
    assert names("加快岚州港区甲、乙泊位建设") == ["岚州港区甲泊位", "岚州港区乙泊位"]
    # two places, each named in full: nothing shared
    assert names("推进岚州港区通用码头、鹤城港区集装箱码头建设") == ["岚州港区通用码头", "鹤城港区集装箱码头"]


def test_an_item_naming_its_own_county_takes_no_prefix_nor_kind():
    from policydata.extract.names import document_places
    places = document_places("岚州市、鹤峰县、埇桥区、灵璧县")
    found = [p.name for p in clause_projects(
        "加快建设岚州高新区钛材新能源、鹤峰县莱卡织造、埇桥区远景风电等重大项目", True, False, places)]
    assert found == ["岚州高新区钛材新能源项目", "鹤峰县莱卡织造项目", "埇桥区远景风电项目"]
    found = [p.name for p in clause_projects(
        "推进岚州高铁鹤峰段、鹤峰县奥特莱斯、灵璧县新型产业基地等工程建设", True, False, places)]
    assert "鹤峰县奥特莱斯新型产业基地" not in found and "灵璧县新型产业基地" in found


def test_a_place_before_two_things_joined_by_he_is_both_places():
    found = [p.name for p in clause_projects("加快推进鹤峰云台山和杉木河、岚州温泉等景区提升建设", True, True,
                                             frozenset({"鹤峰", "岚州"}))]
    assert "鹤峰杉木河景区" in found and "杉木河景区" not in found


def test_places_the_report_names_say_which_one():
    from policydata.extract.names import document_places
    places = document_places("长青县、鹤峰县和岚州市各建一所学校。城市更新和景区建设同步推进。")
    assert {"长青", "鹤峰", "岚州"} <= places and "城市" not in places
    assert [p.name for p in clause_projects("推进长青工业园区建设", True, False, places)] == ["长青工业园区"]
    assert clause_projects("推进长青工业园区建设", True, False, frozenset()) == []  # 长青 alone is a word


def test_a_list_closed_by_its_own_kind_gives_each_item_that_kind():
    assert names("建设岚湾高科技企业、鹤港现代服务业、岚北数字经济等5大类20个总部经济集聚区") == [
        "岚湾高科技企业总部经济集聚区", "鹤港现代服务业总部经济集聚区", "岚北数字经济总部经济集聚区"]


def test_city_lists_of_zones_by_their_heads():
    assert names("加快岚湾会展城、鹤港新金融中心、岚北数字城等重点区域开发建设") == [
        "岚湾会展城", "鹤港新金融中心", "岚北数字城"]
    assert names("提升西关、岚桥等步行街业态发展能级") == ["西关步行街", "岚桥步行街"]


def test_a_list_the_text_calls_projects():
    assert names("新开工岚州钛业三期、鹤城硅材料产业园等项目") == ["岚州钛业三期", "鹤城硅材料产业园"]
    assert names("推动金融商务、区域总部等项目落地") == []  # kinds of projects, none named


def test_ports_and_crossings_are_heads():
    assert names("加快建设岚州口岸、鹤城渔港") == ["岚州口岸", "鹤城渔港"]


def test_kinds_of_places_listed_for_a_campaign_are_no_projects():
    assert names("深入开展机场、口岸、高铁站、学校、大型医院等的交通综合治理") == []
    assert names("加强旅游景区绿道、骑行道、旅游公路、旅游厕所等基础设施建设") == []


def test_campaigns_named_gongcheng_are_no_projects():
    assert names("实施制造业品牌提升工程") == []
    assert names("持续开展文明风尚传播工程") == []


def test_a_quantity_to_reach_is_a_target_not_a_project():
    assert names("完成鹤城储备林项目建设15万亩") == []


def test_a_school_run_is_routine_a_zone_run_is_a_project():
    assert names("办好岚州理工职业学院") == []
    assert names("继续办好岚州经济特区和鹤城新区") == ["岚州经济特区", "鹤城新区"]


def test_a_strategy_in_a_list_is_no_name():
    assert "全力打造岚鹤副中心" not in names("加快建设岚州科技城、全力打造岚鹤副中心")


def test_an_item_number_opens_no_name():
    assert names("一、新建岚州第一中学、鹤城路小学") == ["岚州第一中学", "鹤城路小学"]


def test_annex_lists_of_the_plan_year_give_projects():
    text = ("二、2021年工作安排\n（一）深化改革\n深化放管服改革。\n各位代表！让我们奋力谱写新篇章！\n"
            "附件\n2021年市政府民生实事\n一、新建岚州第一中学、鹤城路小学。\n二、建成岚州市儿童医院。\n")
    o = parse_outline(doc(text))
    rows = project_rows(o)
    assert [r["name"] for r in rows] == ["岚州第一中学", "鹤城路小学", "岚州市儿童医院"]
    assert all(o.part_kind_at(r["char_start"]) == "annex" for r in rows)


def test_a_he_inside_a_brand_before_a_middle_dot_is_no_list():
    assert names("加快建设仁和·星油藤茶大健康产业园等项目") == ["仁和·星油藤茶大健康产业园"]


def test_shorelines_institutions_and_smart_city_phases_are_no_projects():
    assert names("加强岚江岸线保护修复") == []
    assert names("筹建省知识产权保护中心") == []
    assert names("实施岚州新型智慧城市二期工程") == []


def test_events_listed_with_dengsaishi_are_no_projects():
    assert names("办好岚州马拉松、鹤城国际跆拳道公开赛等赛事") == []


def test_a_verb_inside_a_long_name_makes_it_a_phrase():
    assert names("推动岚山鹤谷建设世界级旅游景区") == []
    assert names("加快推进鹤城国家文化公园岚州建设区项目建设") == ["鹤城国家文化公园岚州建设区项目"]


def test_kinds_written_without_a_head_do_not_take_the_kind_after_deng():
    assert names("加快建设岚州军民融合高技术产业基地和汽车装备、医疗器材、家居用品等高端钛品生产基地") == [
        "岚州军民融合高技术产业基地"]


def test_zones_as_subjects_of_a_goal_are_no_projects():
    assert names("岚州高新区、鹤城工业园力争落地过百亿项目") == []


def test_online_malls_and_budgets_are_no_places():
    assert names("建设岚州、鹤城等线上商城") == []
    assert names("安排专项经费做深做细项目前期工作") == []


def test_national_programmes_by_kind_are_no_projects():
    assert clause_projects("推进天然林保护、退耕还林还草以及防沙治沙等重要工程的建设", local=False) == []


def test_units_numbered_before_the_last_hao_share_it():
    assert names("推进岚州核电5、6号机组建设") == ["岚州核电5号机组", "岚州核电6号机组"]


def test_a_citys_own_museum_library_and_archive_open():
    assert names("推动博物馆、图书馆、档案馆年内建成开馆") == ["博物馆", "图书馆", "档案馆"]


def test_counts_upgrades_and_verbs_with_xiangmu_are_no_names():
    assert names("确保14块绿地布景造园工程按时完工") == []
    assert names("持续推进岚州高新技术产业开发区升级为国家级高新区") == []
    assert names("抓牢项目建设") == []


def test_a_shuyuan_is_a_head_of_its_own():
    assert names("实施笔山书院、鹤峰书院、笔山小学等新建项目")[:2] == ["笔山书院", "鹤峰书院"]


def test_a_kind_takes_no_kind_from_a_named_sibling():
    found = names("加快岚东煤制气、煤制甲醇和鹤州能源集成创新基地等现代煤化工项目建设")
    assert "煤制甲醇能源集成创新基地" not in found and "鹤州能源集成创新基地" in found


def test_a_plants_own_pipes_and_rail_works_are_its_parts():
    assert names("完成长乐山工业污水处理厂及配套管网建设") == ["长乐山工业污水处理厂"]
    assert names("开工建设高铁南站综合交通枢纽及涉铁工程") == ["高铁南站综合交通枢纽"]


def test_strategies_campaign_venues_and_specialities_are_no_projects():
    assert not any("可持续发展" in n for n in names("统筹实施岚山矿区生态修复及可持续发展等生态修复重大项目"))
    assert names("加强新时代文明实践中心建设") == []
    assert names("打造岚南足球、鹤南攀岩等特色项目") == []
    assert "田家河片区独立成园" not in names("推动岚州化工园区扩容、田家河片区独立成园")


def test_counts_inside_names_and_campaigns_of_a_year_are_no_projects():
    assert names("推进岚州灌区现代化改造30余个重点项目") == []
    assert names("加快环鹤山创新策源区四大片区建设") == []
    assert names("实施岚州试验区三年行动重点项目") == []
    assert names("实施湖湘文化精品创作工程") == []


def test_companies_and_campaigns_into_places_are_no_projects():
    assert "鹤西煤矿" not in names("推进岚啤集团白酒生产线迁建、岚乳与鹤西煤矿等企业改造升级")
    assert names("实施绿电进岚州、进企业、进园区工程") == []


def test_a_short_kind_of_project_beside_a_named_one_stays_a_kind():
    assert names("抓好岚州临港产业园和冷链物流等项目建设") == ["岚州临港产业园"]


def test_consulates_and_kinds_of_bases_are_no_projects():
    assert names("推动岚国、鹤国驻岚总领馆开馆") == []
    assert names("加强农业引智示范推广基地建设") == []


def test_services_strategies_joined_campaigns_and_investment_figures_are_no_names():
    assert names("推动普惠托育服务覆盖50%以上的镇街") == []
    assert names("积极融入长江经济带、西部陆海新通道建设") == []
    assert names("积极推进岚州老区散煤清零工程") == []
    assert names("重点抓好道路改造、园林绿化、供气供热等项目建设") == []
    assert names("加快开工建设总投资45亿元的岚州显示面板等投资10亿元以上重大工程项目") == []


def test_a_role_given_by_dazao_is_no_work():
    assert names("打造岚州国际物流枢纽") == []
    assert names("打造鹤城新能源装备制造基地、岚山低空旅游集聚区") == []
    assert names("打造岚山湖湿地公园") == ["岚山湖湿地公园"]
    assert names("加快建设岚州物流枢纽") == ["岚州物流枢纽"]


def test_a_campaign_slogan_before_gongcheng_is_no_work():
    assert names("实施强校工程、名医工程") == []
    assert names("加快推进岚峡工程建设") == ["岚峡工程"]


def test_a_provincewide_role_is_no_place():
    assert names("加快省域经济副中心建设") == []


def test_events_held_in_a_named_building_are_no_work():
    assert names("推动岚州大剧院等剧场驻场展演活动常态化") == []
    assert names("加快岚州大剧院等文化设施建设") == ["岚州大剧院"]


def test_a_border_campaign_and_an_academy_are_no_works():
    assert names("全面推进智慧广电固边工程") == []
    assert names("支持岚州医学科学院建设") == []


def test_an_action_inside_a_list_is_shared_by_the_items_before_it():
    found = clause_projects("完成岚州地铁4号线北段、7号线一期南段建设和鹤城轻轨提升改造")
    assert [(p.name, p.action) for p in found] == [
        ("岚州地铁4号线北段", "建设"), ("岚州地铁7号线一期南段", "建设"), ("鹤城轻轨", "提升改造")]


def test_a_stage_of_two_verbs_is_not_part_of_the_name():
    assert names("建成开放岚州、鹤城等遗址博物馆") == ["岚州遗址博物馆", "鹤城遗址博物馆"]
    assert names("推深做实岚州产业园、鹤城化工园") == ["岚州产业园", "鹤城化工园"]


def test_promotions_and_supply_campaigns_are_no_works():
    assert names("推进岚山湿地晋升国家级自然保护区") == []
    assert names("全力抓好“米袋子”稳产保供工程") == []


def test_rivers_listed_before_a_basin_work_take_the_work():
    assert names("推进岚湖和鹤江流域防洪治理工程建设") == ["岚湖流域防洪治理工程", "鹤江流域防洪治理工程"]
    assert names("推进岚山河、鹤城湖综合治理") == ["岚山河", "鹤城湖"]


def test_a_name_that_opens_with_a_capacity_is_a_kind_of_line():
    assert names("实施岚州化工新厂区二期、10万吨聚乳酸改性材料、8万吨钛白粉等项目") == ["岚州化工新厂区二期"]


def test_more_stages_roles_and_river_works():
    assert names("服务好岚山水利枢纽工程") == ["岚山水利枢纽工程"]
    assert names("打造田园综合体") == []
    assert names("启动岚山河、鹤城河堤防工程") == ["岚山河堤防工程", "鹤城河堤防工程"]
    assert names("开工建设220千伏岚山输变电工程") == ["220千伏岚山输变电工程"]


def test_the_last_items_own_action_is_its_alone():
    found = clause_projects("推进岚州水库和鹤城水库扩建等工程建设")
    assert [(p.name, p.action) for p in found] == [("岚州水库", "建设"), ("鹤城水库", "扩建")]


def test_kinds_designations_campaigns_and_labs_are_no_works():
    assert names("高标准建设岚芯、鉴湖、岚江等实验室") == []
    assert names("推进国家骨干冷链物流基地建设") == []
    assert names("统筹抓好桥下空间利用、口袋公园建设、岚河绿道贯通") == ["岚河绿道"]
    assert names("实施国省干线公路路况升级改造工程") == []
    assert names("实施农村劳动力转移培训阳光工程") == []
    assert names("大学城完成岚州职业学院等9个项目建设") == []


def test_a_long_name_without_a_head_borrows_only_xiangmu():
    assert names("有序推进岚滩枢纽1000吨级通航设施、鹤城八渡水电站项目建设") == [
        "岚滩枢纽1000吨级通航设施项目", "鹤城八渡水电站项目"]


def test_places_named_by_a_hill_or_river_take_the_kind_after_deng():
    assert names("加快鹤城水源山、岚山陆河等一批抽水蓄能项目建设") == ["鹤城水源山抽水蓄能项目", "岚山陆河抽水蓄能项目"]


def test_a_programme_named_as_a_work_is_no_project():
    # a campaign or programme ends in 工程 or 项目 like a work, but its modifier says what is promoted
    assert names("深入实施东岭文化传承弘扬工程") == []
    assert names("实施青峰人才引育工程、科教为民办实事工程") == []
    assert names("推进南港钢铁氢能技术攻关项目") == []
    assert names("继续推进保交楼项目建设") == []
    # a work on a named place keeps its name
    assert names("实施北溪河防洪治理工程") == ["北溪河防洪治理工程"]


def test_a_designation_is_no_project():
    assert names("建成国家级青少年篮球训练基地") == []
    assert names("建成柳河县翠湖国家湿地公园试点项目") == []
    assert names("推进青龙峡创国家5A级旅游景区") == []
    assert names("加快推动铸牢民族团结意识教育实践基地建设") == []


def test_the_object_of_a_dui_jinxing_frame():
    assert names("对长青水库进行除险加固") == ["长青水库"]
    # a kind after 等 (主要道路, 交通节点) is no part of the named items, and the unnamed ones are kinds
    assert names("对城东大道等主要道路及高铁站等交通节点进行绿化改造") == ["城东大道"]


def test_a_role_given_after_another_stage_is_no_work():
    # 加快打造…基地 gives a role as 打造…基地 does: a goal of the plan, not a work
    assert names("加快打造东川新能源材料制造基地") == []
    assert names("加快建设东川新能源材料制造基地") == ["东川新能源材料制造基地"]


def test_ji_between_two_products_of_one_works():
    # 及 joins two products of one plant (neither side a name with a head), not two names
    assert names("新开工青禾集团铝及镁系列材料精深加工、北岭玻璃三期等项目") == [
        "青禾集团铝及镁系列材料精深加工项目", "北岭玻璃三期"]
    # a done side (改扩建) or short places (甲及乙) are two names
    assert names("推进东川水库及西岭水库改扩建工程") == ["东川水库", "西岭水库"]
    assert names("加快推进长青机场改扩建及高铁东站集疏运道路建设") == ["长青机场", "高铁东站集疏运道路"]


def test_kinds_of_the_genre_name_nothing():
    # 多式联运, 古镇古村: words of the genre the dictionary lacks or tags as places; a list of such kinds names nothing
    assert clause_projects("加快供应链基地、电商产业园、多式联运仓储物流基地建设", True, False) == []  # a city's
    assert names("系统开展传统建筑和古镇古村古街区等历史载体保护利用") == []


def test_tisu_before_the_stage():
    # 提速实施A、B、C等项目: 提速 says how fast, the stage follows
    assert names("提速实施青溪大道、南坪隧道、北岭物流园、东沙污水处理厂等项目") == [
        "青溪大道", "南坪隧道", "北岭物流园", "东沙污水处理厂"]


def test_a_plain_kind_after_deng_is_no_part_of_the_names():
    assert names("启动建设金岭大道、银杏路等市政道路") == ["金岭大道", "银杏路"]


def test_a_national_kind_in_a_local_report_is_no_work_of_its_own():
    # 市儿童医院 is the city's own; 国家物流枢纽 in a city's report is a rank sought, not a place of the city
    assert clause_projects("布局建设国家物流枢纽、重点园区、冷链基地", True, False) == []
    assert names("加快推进国家储备林项目建设") == []
    assert names("加快建设市儿童医院") == ["市儿童医院"]


def test_buju_jianshe_and_youhua_tizhi_are_actions():
    assert names("布局建设州农投绿色数据中心") == ["州农投绿色数据中心"]
    assert names("对州儿童福利院进行优化提质") == ["州儿童福利院"]


def test_a_place_named_by_a_head_is_no_stage():
    # 启动区 is a place (a head word), not the stage 启动 before a 区; a zone takes no 片区 from the tail
    assert names("抓好启动区、起步区、青溪片区等重点片区建设") == ["启动区", "起步区", "青溪片区"]
    assert names("推动北湖工业园区、小河口、吴家街等片区建设") == ["北湖工业园区", "小河口片区", "吴家街片区"]


def test_more_completion_actions():
    assert names("确保青州天然气调峰电厂全容量并网") == ["青州天然气调峰电厂"]
    assert names("力争核准石门、岭口水电站") == ["石门水电站", "岭口水电站"]
    assert names("力争长青高铁南段具备通车条件") == ["长青高铁南段"]
    assert names("完成育英中学东校区改造并投入使用") == ["育英中学东校区"]
    assert names("推进青山独立储能电站等项目建设") == ["青山独立储能电站"]


def test_he_after_one_character_is_inside_a_name():
    # 仁和, 太和, 协和: a lone character before 和 is no item of a list
    assert names("加快建设泰和医院新院区") == ["泰和医院新院区"]
    assert names("力促永和抽水蓄能电站尽快核准开工") == ["永和抽水蓄能电站"]
    assert names("突出加强水和路的建设") == []


def test_time_words_between_a_name_and_its_action():
    assert names("确保青南铁路东段上半年通车") == ["青南铁路东段"]
    assert names("力争长岭机场年底开工") == ["长岭机场"]
    assert names("实现G9青川长江大桥主桥合龙") == ["G9青川长江大桥主桥"]


def test_kinds_that_look_like_places():
    # 沟 of 山洪沟道 makes a word with the head (沟道): no place named 山洪沟; 县城 is the town of any county
    assert names("抓好山洪沟道治理") == []
    assert names("加强沿岸环境综合治理和滩区湿地保护修复") == []
    assert names("建设绿色低碳县城") == []
    assert names("实施村村通5G工程") == []
    assert names("推进王家沟道路改造") == ["王家沟道路"]


def test_a_base_named_after_a_region_is_a_role():
    assert clause_projects("加快建设承接长三角产业转移基地、长三角优质果蔬供应基地", True, False) == []


def test_a_phase_alone_continues_the_work_before_it():
    assert names("推进北岭水资源配置一期、二期和青石峡水库建设") == ["北岭水资源配置一期", "北岭水资源配置二期", "青石峡水库"]
    assert names("青州就有项目落地") == []


def test_slogans_sizes_and_designation_zones():
    assert names("扎实推进平安青州建设") == []  # a slogan over a city's name
    assert names("加快推进千万千瓦级风光储一体化等项目") == []  # a size class, no name
    assert names("加快东岭国家城乡融合发展试验区建设") == []  # a designation
    assert names("加快推进北港作业区5#、6#泊位等项目") == ["北港作业区5#泊位", "北港作业区6#泊位"]


def test_a_kind_prefix_of_the_first_item_is_shared():
    # 县级中医院和妇幼保健院: county hospitals of two kinds, no named one
    assert names("实施县级中医院和妇幼保健院改造") == []
    assert names("推进县级文化馆、图书馆建设") == []


def test_tongchou_hao_is_a_stage_and_a_list_of_projects_is_none():
    assert names("要统筹好冀中经济区建设") != ["好冀中经济区"]
    assert names("加快山海协作清单项目落地实施") == []


def test_jianqiang_is_a_stage():
    assert names("建好建强重型装备生产制造基地") == []


def test_a_month_and_qiyong():
    assert names("确保青溪高速东岭至西坪段10月全线通车") == ["青溪高速东岭至西坪段"]
    assert names("启用市中医医院南院区") == ["市中医医院南院区"]


def test_a_facility_marked_project_beside_a_named_sibling():
    # 时代广场项目: the square is the facility, 项目 only marks it; beside a named sibling it is the local one
    assert names("加快繁荣广场、时代广场项目建设") == ["繁荣广场", "时代广场项目"]


def test_no_named_place_holds_the_list_and_no_verb_inside():
    # 机场联络线、某某线: 机场 names no place, its units are no units of it
    assert "机场青川线" not in names("加快建设机场联络线、青川线等轨道交通线")
    assert clause_projects("甲市、乙市、丙市协同开展青河流域治理", True, False) == []
    assert names("强化单村供水工程建设和管护") == []


def test_a_longer_name_takes_only_a_lines_kind():
    # a company's works take no plant's kind from the next item; a route takes the line's kind
    assert "青禾悦康制药智能电网" not in names("确保青禾悦康制药、北岭华电智能电网等项目开工建设")
    assert names("加快建设东岭至西坪、南川至北湖高速公路") == ["东岭至西坪高速公路", "南川至北湖高速公路"]


def test_a_rank_before_a_park_is_its_kind():
    # 国家级…产业园 a district builds is a work; 国家级…基地 is a rank given
    assert names("加快建设国家级人才服务产业园") == ["国家级人才服务产业园"]
    assert names("建成国家级青少年篮球训练基地") == []


def test_planning_zones_and_hazard_programmes():
    assert names("加强青岭山和白河源等重点生态功能区建设") == []
    assert names("推进自然灾害防治工程建设") == []


def test_a_voltage_class_alone_and_dahao_are_no_names():
    assert clause_projects("推动500千伏电网工程、青木石油储备基地项目加快落地", True, False)[0].name != "500千伏电网工程"
    assert names("建成220千伏东岭输变电工程") == ["220千伏东岭输变电工程"]
    assert names("打好招商引资项目落地攻坚战") == []


@pytest.mark.parametrize("name, category", [
    ("岚州商贸学院新院区", "education"), ("岚州人民医院东院区", "health"), ("鹤城第三初中", "education"),
    ("岚州消防应急救援训练基地", "other"), ("鹤城体育训练基地", "sport"), ("岚鹤产业合作示范园", "commerce"),
    ("岚山户外运动集聚区", "sport"), ("鹤城植物园", "environment")])
def test_a_campus_training_base_or_park_takes_the_field_its_words_name(name, category):
    assert category_of(name) == category


def test_an_action_that_changes_what_is_there_inside_a_list_is_its_items_alone():
    # inside a list, an action that changes what is there is its item's alone; closing the clause, it is the list's
    assert triples("完成岚山公园、鹤溪公园升级改造") == [("岚山公园", "升级改造", "完成"), ("鹤溪公园", "升级改造", "完成")]
    assert triples("推进岚州、鹤城水库扩建") == [("岚州水库", "扩建", "推进"), ("鹤城水库", "扩建", "推进")]
    found = clause_projects("推进岚州水库、鹤城水库扩容提升、甲乙特高压工程等建设")
    assert [(p.name, p.action) for p in found] == [
        ("岚州水库", "建设"), ("鹤城水库", "扩容提升"), ("甲乙特高压工程", "建设")]
    found = clause_projects("重点推进岚州水库、岚山电厂三期、鹤岚高速扩容、岚江航道")
    assert [(p.name, p.action) for p in found] == [
        ("岚州水库", "推进"), ("岚山电厂三期", "推进"), ("鹤岚高速", "扩容"), ("岚江航道", "推进")]


def test_a_work_noun_after_the_last_item_is_the_work_of_all():
    assert triples("加快推进岚州河、鹤城河综合整治工程") == [
        ("岚州河", "综合整治", "加快推进"), ("鹤城河", "综合整治", "加快推进")]


def test_a_list_that_says_it_holds_works_takes_the_stage_as_its_action_not_the_noun():
    assert [(p.name, p.action) for p in clause_projects("开工建设500千伏岚山、220千伏鹤城等输变电工程")] == [
        ("500千伏岚山输变电工程", "开工建设"), ("220千伏鹤城输变电工程", "开工建设")]
    assert all(p.action not in ("工程", "项目") for p in clause_projects("抓好岚鹤城际、鹤岚城际等重点交通工程"))


def test_an_items_own_verb_is_its_action_not_part_of_its_name():
    assert triples("抓好岚山古城维修等重点项目") == [("岚山古城", "维修", "抓好")]
    assert triples("加快推进岚山宾馆技改、鹤城大厦改造等项目")[0] == ("岚山宾馆", "技改", "加快推进")


def test_sectors_after_deng_are_no_part_of_a_name():
    assert names("加快推进岚山大塘、城北排涝等重大能源水利项目") == ["岚山大塘项目", "城北排涝项目"]
    assert names("加快鹤城水源山、岚山陆河等一批抽水蓄能项目建设") == ["鹤城水源山抽水蓄能项目", "岚山陆河抽水蓄能项目"]


def test_a_groups_total_and_companies_name_no_project():
    assert all("万吨" not in n for n in names("推进岚鹤股份、鹤城龙蟒等近60万吨磷酸铁锂项目"))
    assert names("推进中建、中铁等项目") == []
    assert names("推进岚州能建、鹤城交投等8处风电项目") == []
    assert names("推进岚州钢铁集团、鹤城能源公司等技改项目") == []


def test_an_initiative_run_better_and_stalled_buildings_are_no_works():
    assert names("推动岚鹤新通道建设提质增效") == []
    assert names("持续开展保交楼、烂尾工程整治") == []


def test_sectors_alone_and_development_concepts_name_nothing():
    assert names("推进重点城建项目建设") == []
    assert names("加快建设岚山粮经饲统筹高质量发展区") == []
    assert names("推进岚鹤民族特色高质量发展廊道建设") == []


@pytest.mark.parametrize("name, category", [("岚州龙山文体中心", "culture"), ("鹤城风情精品街", "commerce")])
def test_a_sports_and_culture_centre_and_a_shopping_street(name, category):
    assert category_of(name) == category


def test_kinds_of_work_done_are_no_places():
    assert names("实施退牧还草、天然林保护、防沙治沙、石漠化治理等重大生态工程") == []
    assert names("加快推进岚山路及鹤溪大桥、老城区雨污分流改造等20个项目") == ["岚山路", "鹤溪大桥"]
    assert triples("加快建设岚州港东作业区、岚鹤铁路电气化改造等项目") == [
        ("岚州港东作业区", "建设", "加快"), ("岚鹤铁路", "电气化改造", "加快")]


def test_a_national_strategys_role_is_no_place():
    assert names("服务打造21世纪海上丝绸之路重要枢纽和岚鹤新通道建设") == ["岚鹤新通道"]
    assert names("提速建设“一带一路”南向国际陆海大通道") == []
    assert names("筹建“一带一路”国际班列岚州组货基地") == ["“一带一路”国际班列岚州组货基地"]


def test_a_work_noun_goes_back_only_to_bare_places_of_its_kind():
    assert triples("开工岚江三桥改建工程、岚山西路西延三期、鹤城路西段提升工程") == [
        ("岚江三桥", "改建", "开工"), ("岚山西路西延三期", "开工", "开工"), ("鹤城路西段", "提升", "开工")]


def test_a_lists_rank_is_a_sector_and_a_port_area_a_head():
    assert names("岚东特高压东平段、岚兴电子级硅烷等120个市级重点项目建设") == ["岚东特高压东平段", "岚兴电子级硅烷项目"]
    assert category_of("岚州新桥作业区") == "transport" and category_of("岚大科创港") == "commerce"


def test_ji_after_a_long_product_joins_a_short_one():
    assert names("全力推进岚鹤科技高性能铝板带及电池箔、鹤城铝业铝板带箔等项目建设") == [
        "岚鹤科技高性能铝板带及电池箔项目", "鹤城铝业铝板带箔项目"]


def test_how_a_thing_is_changed_is_its_action_and_a_phase_takes_the_kind():
    assert triples("推进岚峡灌区现代化改造、鹤山东麓大型灌区建设等重大工程")[0] == ("岚峡灌区", "现代化改造", "推进")
    assert names("加快岚尾陆河、鹤州二期等抽水蓄能项目建设") == ["岚尾陆河抽水蓄能项目", "鹤州二期抽水蓄能项目"]
    assert names("开工建设岚育公园片区、鹤川片区等城市更新项目") == ["岚育公园片区", "鹤川片区"]
    assert names("加快G351岚蕉至鹤家段、S462岚家湾至鹤土段等7个国省道项目建设") == ["G351岚蕉至鹤家段", "S462岚家湾至鹤土段"]


def test_short_labels_and_inspection_centres_are_no_places():
    assert names("加快航岚、速鹤、豪然等重点项目建设") == []
    assert names("启动建设铝基新材料省级质检中心") == []
    assert category_of("岚州水质净化厂") == "utilities" and category_of("岚山基地送电鹤城工程") == "utilities"


def test_a_hospitals_new_campus_is_health():
    assert category_of("岚州市三院新区") == "health" and category_of("鹤城师范学院东区") == "education"


def test_kinds_of_utilities_agreements_and_study_are_no_works():
    assert names("加快推进主城区雨污分流和排水、燃气、供水等老旧管网改造") == []
    assert names("谋划研究岚江口深水港建设") == []
    assert names("持续推动央企总部、区域总部、功能性板块落户岚州") == []
    assert names("推动我市与岚州理工大学等5所高校市校合作框架协议落地见效") == []


def test_quality_words_of_a_lists_kind_and_road_and_line_categories():
    assert names("加快岚湖水产生态养殖、鹤城农产品加工产业园二期等特色基地建设") == [
        "岚湖水产生态养殖基地", "鹤城农产品加工产业园二期"]
    assert category_of("岚州330千伏第二回电源线路") == "utilities"
    assert category_of("638国道岚宁九龙至鹤星段") == "transport"


def test_two_works_of_one_facility_joined_by_he_are_one_name():
    assert names("加快岚钢卫星总装测试基地、液体火箭发动机试车和制造基地等项目建设") == [
        "岚钢卫星总装测试基地", "液体火箭发动机试车和制造基地"]
    assert names("加快岚州和鹤城水库建设") == ["岚州水库", "鹤城水库"]


def test_a_kind_that_extends_the_items_head_and_foreign_investment_are_no_part_of_names():
    assert names("改造提升岚州区钟鼓楼街、鹤城万达金街等重点特色街区") == ["岚州区钟鼓楼街", "鹤城万达金街"]
    assert names("加快岚江巴斯夫、鹤州中海壳牌三期等重大外资项目建设")[1] == "鹤州中海壳牌三期"


def test_a_corridor_frame_is_no_work():
    assert names("打造北起岚州陆港、鹤城高科园、岚州经开区") == []


def test_a_road_section_from_a_hill_is_transport():
    assert category_of("岚长高速鹤筒山至岚春段") == "transport"


def test_raising_what_is_there_to_do_more_is_no_work():
    assert names("提升岚州现代食品产业园、鹤城健康食品产业园等园区孵化能力") == []
    assert names("持续提升岚河公路大桥、鹤城铁路大桥运营效能") == []
    assert names("全面提升岚街、鹤城街等9个核心商圈品质") != []


def test_a_bay_is_no_kind_to_lend_and_a_hall_takes_no_list_kind():
    assert "鹤头勒门海湾" not in names("推进岚江青洲、鹤头勒门、岚尾红海湾等项目建设")
    assert "岚州文学馆" in names("推进岚州文学馆、岚州美术馆等重点文化标识工程建设")


def test_a_list_of_kinds_before_a_cluster_names_none_of_them():
    assert names("加快建设影视、演艺、电竞、艺术品等文创产业集聚区") == []
    assert names("加快建设岚州、鹤城等物流集聚区") == ["岚州物流集聚区", "鹤城物流集聚区"]


def test_lines_coded_by_a_letter_share_the_line_and_its_name():
    assert names("推进岚鹤城际、岚鹤宁F2和F3线等建设") == ["岚鹤城际", "岚鹤宁F2线", "岚鹤宁F3线"]


@pytest.mark.parametrize("name, category", [
    ("岚洋教育城", "education"), ("岚州市奥体中心", "sport"), ("岚鹤3万吨碳纤维首条生产线", "commerce"),
    ("岚山液化天然气储配基地", "utilities")])
def test_more_fields_by_their_heads(name, category):
    assert category_of(name) == category


def test_a_works_own_action_inside_a_list_stays_its_own_and_a_whole_territory_is_no_place():
    found = clause_projects("开工建设岚金高速岚兴段、鹤永高速直埠至街亭段扩建工程、岚桥作业区码头等项目")
    assert [(p.name, p.action) for p in found][:2] == [("岚金高速岚兴段", "开工建设"), ("鹤永高速直埠至街亭段", "扩建")]
    assert names("启动实施全域水患治理工程") == []


def test_air_routes_campaigns_and_plans_for_places_are_no_works():
    assert names("开通日韩、岚州航线") == []
    assert names("实施外资量质突破工程") == []
    assert names("加快完善岚江工业园、鹤溪新区等重点区域国土空间详细规划") == []


def test_households_counted_are_a_target_not_a_project():
    assert names("改造老旧小区1.5万户（套）") == []
    assert names("新建、改建12万户农村户用卫生厕所") == []


@pytest.mark.parametrize("name, category", [
    ("“岚三县”天然气长输管线工程", "utilities"), ("中岚商贸街", "commerce"), ("岚州机场T3航站区", "transport")])
def test_pipelines_trade_streets_and_terminal_areas(name, category):
    assert category_of(name) == category


@pytest.mark.parametrize("clause", [
    "实施城市大脑提级工程",  # a digital system
    "加快数字陆海新通道建设",  # a digital system named like a corridor
    "支持宏远矿业公司30万吨锌冶炼项目前期工作",  # a firm's product line by its size
])
def test_digital_systems_and_firms_lines_are_no_works(clause):
    assert names(clause) == []


@pytest.mark.parametrize("clause", [
    "全力建设株洲商贸服务型国家物流枢纽",  # a title the state grants, not a place built
    "推进白鹭岭古墓考古发掘工程",  # archaeology is routine work
])
def test_logistics_hub_titles_and_digs_are_no_works(clause):
    assert names(clause) == []


def test_an_archaeology_museum_stays_a_work():
    assert names("加快建设白鹭考古博物馆") == ["白鹭考古博物馆"]


def test_a_document_in_its_edition_is_no_work():
    assert names("实施优化营商环境提升举措（2026版）") == []


@pytest.mark.parametrize("clause", [
    "加快建设石桥等6个乡村振兴省级示范片区",  # a title a village area is given
    "打造青峰湖全国融合发展示范景区",  # a title sought for a scenic area
    "推进西岭现代农业发展示范区项目落地",  # a designation, 项目 or not
])
def test_demonstration_titles_are_no_works(clause):
    assert names(clause) == []


def test_items_of_a_list_of_national_strategies_are_no_works():
    assert names("深入推动南岭经济圈、东部陆海大通道、珠江经济带高质量发展等国家战略落地实施") == []


def test_a_name_does_not_start_with_to_construct():
    assert names("加快构建南湖都市圈北部综合交通枢纽") == []


def test_a_multimodal_freight_route_is_no_work():
    assert names("强化滇桂江铁海联运通道建设") == []


def _probe(s):
    return [(p.name, p.action, p.stage) for p in clause_projects(s)]


def test_shared_suffix_never_doubles_the_boundary_character():
    names = [n for n, _, _ in _probe("实施东风路、长安路、棚改配套道路绿化工程")]
    assert not any("路路" in n for n in names)
    assert "东风路绿化工程" in names


def test_an_items_ordinal_suffix_is_not_shared():
    names = [n for n, _, _ in _probe("加快建设白石至青川铁路、东山庙至西湖铁路二线等一批重大项目")]
    assert "白石至青川铁路" in names and "白石至青川铁路二线" not in names


def test_a_list_whose_items_have_heads_shares_no_suffix():
    names = [n for n, _, _ in _probe("提升青山经济开发区、中国袜都、瓯海时尚智造小镇等重点平台")]
    assert "中国袜都小镇" not in names


def test_category_from_the_field_not_a_surface_character():
    assert category_of("甲丰工业固体废物处置中心") == "environment"
    assert category_of("乙地危险废物处理项目") == "environment"
    assert category_of("市职教园区") == "education"
    assert category_of("青山教育园区") == "education"
    assert category_of("甲市现代物流园区") == "commerce"
    assert category_of("佛山某龙湾", "建设") == "commerce"  # a zone named after a bay
    assert category_of("某港三十六湾", "保护与治理") == "environment"


def test_a_street_beside_an_area_shares_the_area():
    got = dict((n, None) for n, _, _ in _probe("加快建国路、红星商城水泥厂片区改造"))
    assert "建国路片区" in got and category_of("建国路片区", "改造") == "housing"


def test_preliminary_work_after_a_list_is_the_action_and_stage():
    got = _probe("抓好长安和青山铁路改造升级、甲乙高速扩容、甲丙高速等项目前期")
    assert got and all(a == "前期" and st == "抓好" for _, a, st in got)


def test_stage_is_the_progress_not_the_promise():
    got = _probe("推动甲山至乙河高速建成通车")
    assert got == [("甲山至乙河高速", "建成通车", "建成通车")]
    assert _probe("确保青山大桥改造提升工程如期完工")[0][2] == "完工"


def test_no_default_stage_beside_a_verb_of_the_text():
    assert _probe("建设江海联运作业区") == [("江海联运作业区", "建设", "建设")]


def test_a_name_ending_in_building_project_is_built():
    got = dict((n, a) for n, a, _ in _probe("加快推进淮河流域重要行蓄洪区建设、引江济淮二期等项目"))
    assert got.get("淮河流域重要行蓄洪区建设项目") == "建设"


def test_existing_is_no_part_of_a_name():
    assert [n for n, _, _ in _probe("改造现有青山镇农业园区")] == ["青山镇农业园区"]
    assert [n for n, _, _ in _probe("开工原318国道新甲河大桥")] == ["318国道新甲河大桥"]


def test_strategies_linked_hold_no_works():
    assert _probe("加强甲湾区建设与京津冀协同发展、长江经济带发展、雄安新区、海南自由贸易港等国家重大战略的协同联动") == []


def test_rivers_kept_as_a_standing_task_are_no_works():
    assert _probe("加强大清河、白沙河、红水江等重点河湖保护") == []
    assert _probe("加强清水河、白沙河等跨界河流综合治理")  # a basin's governing: the rivers' works
    assert _probe("推进甲河、乙河综合治理")  # works on named rivers stay


def test_bay_in_a_road_section_is_the_road():
    assert category_of("S321甲家湾至乙段", "建设") == "transport"


def test_a_list_of_strategic_projects_is_no_strategy():
    assert "青藏铁路" in [n for n, _, _ in _probe("要集中力量建设西气东输、青藏铁路等一批具有战略意义的重大项目")]


def test_a_work_noun_is_still_shared_in_a_mixed_list():
    assert "桂山锚地扩建工程" in [n for n, _, _ in _probe("推动南沙港区四期、桂山锚地扩建、环大虎岛公用航道工程正式投产")]


def test_short_places_in_a_mixed_list_still_take_the_kind():
    got = [n for n, _, _ in _probe("推进凤山、万家、汤村水库及港口湾灌区续建配套工程建设")]
    assert "万家水库" in got
    got = [n for n, _, _ in _probe("加快卫生急救中心、健康和正阳社区卫生服务中心等项目建设")]
    assert "健康社区卫生服务中心" in got


def test_growing_toward_places_and_qualities_are_no_works():
    assert _probe("逐步向甲山新城、乙口县城、丙龙开发区延伸") == []
    assert _probe("推动河湖和近岸海域水质稳步提升") == []


def test_a_kind_of_road_work_after_named_items_is_no_part_of_them():
    got = _probe("实施春江路隧道、长宁路打通等市政道路工程")
    assert ("长宁路", "打通", "实施") in got and "春江路隧道" in [n for n, _, _ in got]


def test_nuclear_plant_is_utilities():
    assert category_of("甲堡核电项目") == "utilities"


def test_a_name_that_opens_with_xiang_is_still_a_name():
    assert "向家湾灌区一期工程" in [n for n, _, _ in _probe("加快向家湾灌区一期工程、土门水库等项目建设")]


def test_fields_of_plants_parks_and_corridors():
    assert category_of("贵州能源甲城燃煤发电项目") == "utilities"
    assert category_of("高教园区") == "education"
    assert category_of("泥山大熊猫廊道") == "environment"
    assert "白石干渠水库" not in [n for n, _, _ in _probe("抓好白石干渠、芦溪水库等工程")]


def test_a_city_slogan_or_a_national_class_is_no_site():
    assert _probe("加快建设精密智造名城") == []
    assert _probe("全力打造西部人才高地") == []
    assert _probe("加快推进沙漠戈壁大基地建设") == []


def test_a_generic_bus_service_opened_is_no_project():
    assert _probe("开通跨县公交线路") == []
    assert _probe("开通城乡公交专线") == []


def test_an_upgrade_written_before_the_work_noun_is_the_action():
    assert _probe("实施区游泳馆提质改造工程") == [("区游泳馆", "提质改造", "实施")]


def test_a_boast_of_being_the_first_is_no_part_of_the_name():
    assert _probe("建成川北首家蓉城会展中心") == [("蓉城会展中心", "建成", "建成")]
    assert _probe("启用全省首个龙湖物流园") == [("龙湖物流园", "启用", "启用")]


def test_trial_bases_and_plant_part_factories_take_their_own_field():
    assert category_of("东海国家实验室岳阳水稻试验基地") == "other"
    assert category_of("鑫钢30万吨光伏组件智能装备制造项目") == "commerce"
    assert category_of("甲山风电项目") == "utilities"


def test_he_before_zhi_belongs_to_a_place_name():
    got = [n for n, _, _ in _probe("加快推进库布齐至上海、乌兰布和至江西外送通道建设")]
    assert "乌兰布和至江西外送通道" in got and "乌兰布通道" not in got


def test_a_districts_name_is_not_cut_and_fused_onto_the_next_zone():
    from policydata.extract.names import document_places
    places = document_places("岚州市、龙会区、鹤山区")
    got = [p.name for p in clause_projects("加快市高新区、龙会区工业集中区和马岭新区建设", True, False, places)]
    assert "龙会马岭新区" not in got and "马岭新区" in got


# --- third round of independent audits: campaigns, shared kinds, neighbours' actions, results, references ---

def test_a_slogan_work_is_no_project_a_named_work_is():
    assert _probe("实施精雕细琢工程") == []
    assert _probe("大力实施牧民富裕安康工程") == []
    assert _probe("建设保暖过冬、清凉度夏工程") == []
    assert "青石水库增容工程" in [n for n, _, _ in _probe("建成青石水库增容工程和白河水库")]
    assert [n for n, _, _ in _probe("加快推进西电东送工程")] == ["西电东送工程"]
    assert [n for n, _, _ in _probe("实施槐江二期工程")] == ["槐江二期工程"]


def test_firms_reformed_and_pairing_aid_are_no_projects():
    assert _probe("加快红星酿造厂等企业改制进程") == []
    assert _probe("实施市属高校对口帮扶西部县区学校") == []


def test_a_city_named_like_an_island_takes_the_shared_new_airport():
    got = [n for n, _, _ in _probe("推进甲城机场改扩建和昌皇岛、白云口、南河新机场建设")]
    assert "昌皇岛新机场" in got and "白云口新机场" in got and "南河新机场" in got and "昌皇岛" not in got


def test_new_of_a_lines_own_name_does_not_travel():
    got = [n for n, _, _ in _probe("开工甲城至乙镇、鲁新铁路扩能改造项目")]
    assert not any("新铁路" in n and not n.startswith("鲁新") for n in got)


def test_a_firm_in_a_list_of_works_borrows_no_base_from_its_neighbour():
    got = [n for n, _, _ in _probe("新开工博宇新材、宏远电子、清泉饮料湖州基地等重点项目")]
    assert "宏远电子基地" not in got and "博宇新材基地" not in got and "清泉饮料湖州基地" in got


def test_an_item_keeps_its_own_change_not_a_neighbours():
    got = {n: a for n, a, _ in _probe("重点推进青石水库、东湖区重点圩堤加固、甲乙铁路电气化改造等交通水利项目")}
    assert got.get("东湖区重点圩堤加固项目") == "加固" and got.get("甲乙铁路") == "电气化改造"


def test_a_list_of_works_ending_on_a_result_is_staged_at_the_result():
    assert _probe("支持青山电厂三期扩建、南县光明新能二期等项目建成投产") == [
        ("青山电厂三期", "建成投产", "建成投产"), ("南县光明新能二期", "建成投产", "建成投产")]


def test_the_work_kept_pace_with_is_no_project_of_the_clause():
    got = [n for n, _, _ in _probe("力争东环高速、南环高速改建项目与跨江大桥同步建成")]
    assert "跨江大桥" not in got and "东环高速" in got


def test_he_between_a_named_field_and_its_twin_keeps_one_park():
    assert [n for n, _, _ in _probe("加快江北干细胞和免疫治疗等专业园区建设")] == ["江北干细胞和免疫治疗专业园区"]
    got = [n for n, _, _ in _probe("抓好华光膜材料和新型固态电池等项目建设")]
    assert not any("和" in n for n in got)


def test_categories_of_disease_control_zones_and_energy_bases():
    assert category_of("市疾病预防控制中心") == "health"
    assert category_of("西山综合能源基地") == "utilities"
    assert category_of("新能源汽车零部件产业基地") == "commerce"
    assert category_of("高铁新城片区", "开发建设") == "commerce"
    assert category_of("长江路片区", "改造") == "housing"
    assert category_of("甲河港航项目") == "transport"


def test_an_avenue_named_by_a_common_word_is_a_street_a_kind_is_not():
    assert [n for n, _, _ in _probe("改造升级振兴大道")] == ["振兴大道"]
    assert _probe("改造升级城市道路") == []
    assert not any(n.startswith("商业") for n, _, _ in _probe("持续推进商业步行街、小吃专业街等特色街区提档改造"))


def test_a_grain_depot_is_a_facility_and_land_readied_an_action():
    assert "西山粮库" in [n for n, _, _ in _probe("建成西山粮库、东港粮库二期工程")]
    assert ("甲镇高端装备产业园区", "土地整备") in [(n, a) for n, a, _ in _probe("推动甲镇等5个高端装备产业园区土地整备")]


def test_a_groups_own_action_after_its_kind_is_not_the_next_groups():
    got = {n: a for n, a, _ in _probe("加快推进青山、白石等水库建设及红岩水库改扩建工程")}
    assert got.get("青山水库") == "建设" and got.get("白石水库") == "建设" and got.get("红岩水库") == "改扩建"


def test_a_single_works_building_staged_at_what_the_clause_says():
    assert _probe("力争白沙河四级航道建设工程开工") == [("白沙河四级航道", "开工", "开工")]


def test_categories_of_plants_halls_and_water_works_by_their_field():
    assert category_of("甲区垃圾焚烧厂三期") == "utilities"
    assert category_of("某省革命军事馆") == "culture"
    assert category_of("甲河雨洪资源调配工程") == "utilities"
    assert category_of("甲地水资源配置工程") == "utilities"
    assert category_of("某某机械厂") == "commerce"


def test_a_bay_given_a_role_and_a_quoted_institutions_branch_are_no_works():
    assert _probe("打造滨江百里生态湾") == []
    assert _probe("推动“国家某某技术创新中心”某省分中心落地甲市") == []


def test_categories_of_routes_and_restorations_named_by_work_nouns():
    assert category_of("甲城至乙县项目") == "transport"
    assert category_of("甲湖水环境综合治理项目") == "environment"


def test_a_part_of_the_listed_places_is_the_work_not_the_places():
    assert _probe("加固甲江、乙河等主要河流险要河段的堤防") == []
    assert [n for n, _, _ in _probe("集中力量建设甲线输气、丙藏铁路等一批关系全局的重大项目")] != []


def test_a_phase_takes_its_lists_kind_and_joint_designations_are_no_works():
    assert ("甲港二期污水处理厂", "提标改造") in [(n, a) for n, a, _ in _probe("加快城北、甲港二期等污水处理厂提标改造")]
    assert _probe("支持市人民医院与某医科大学附属医院共建国家区域医疗中心") == []


def test_a_one_character_he_inside_a_later_name_is_kept_and_a_numbered_school_ends_before_deng():
    got = [n for n, _, _ in _probe("推进旧粮站和五和六顺等地块规划建设")]
    assert "五和六顺地块" in got and "五地块" not in got
    assert not any(n.startswith("老六中等") for n, _, _ in _probe("加快推进旧纱厂、老六中等更新项目建设"))


def test_categories_of_culture_parks_substations_and_dc_lines():
    assert category_of("某窑文化园") == "culture"
    assert category_of("甲县职教园") == "education"
    assert category_of("500千伏甲村变项目") == "utilities"
    assert category_of("“甲乙直流”清洁电力外送工程") == "utilities"
    assert category_of("甲县数字印刷产业园") == "commerce"


def test_the_verb_after_a_pace_word_is_what_is_done():
    # 加快实施 / 推进实施: the pace (加快) or the first stage is how, 实施 what is done; 加快推进: 推进
    assert triples("加快实施长青大桥、向阳水库等项目") == [("长青大桥", "实施", "加快"), ("向阳水库", "实施", "加快")]
    assert triples("推进实施青禾化工、向阳新材料等重点项目") == [
        ("青禾化工项目", "实施", "推进"), ("向阳新材料项目", "实施", "推进")]
    assert triples("加快推进长青大桥、向阳路等项目") == [("长青大桥", "推进", "加快推进"), ("向阳路", "推进", "加快推进")]
    assert triples("加快实施长青水库工程") == [("长青水库工程", "实施", "加快")]
    # the pace word alone is the only verb the text has: it stays
    assert triples("加快长青大桥、向阳水库等工程进度") == [("长青大桥", "加快", "加快"), ("向阳水库", "加快", "加快")]
    # an action written after the names is still the action
    assert triples("加快推进长青大桥建设") == [("长青大桥", "建设", "加快推进")]


def test_waters_given_the_kind_after_deng_by_a_role_verb_are_no_works():
    # 打造: the river and lake are made into the kind after 等 (a role), none of them is worked on by name
    assert triples("持续打造长青河等国际消费体验区") == []
    assert triples("打造长青河、向阳湖等一批水岸公共空间") == []
    # built, a water's park of the same list stays
    assert names("加快建设长青河、向阳湖等湿地公园") != []


def test_a_city_named_like_an_island_among_headless_cities_takes_their_kind():
    # 某皇岛 between two headless city names is a city of the list, not an island: it takes the kind after 等
    assert "秦皇岛" not in names("加快石家庄、秦皇岛、衡水等康复辅助器具产业聚集区建设")
    # islands among islands stay islands
    assert names("推进长青岛、向阳岛等海岛生态修复") == ["长青岛", "向阳岛"]
    # a hill among hills of the tail's own kind (等山体) stays a hill
    assert "长青山" in names("长青山、向阳山等山体保护利用")


def test_a_project_named_by_industry_words_alone_is_a_kind():
    # a kind of line (no firm, no place) beside a firm's line: only the firm's is a project
    got = names("加快推进青禾光电显示模组、新型储能动力电池等项目建设")
    assert "新型储能动力电池项目" not in got and "青禾光电显示模组项目" in got
    assert names("推动第三代化合物半导体项目建设") == []
    # a firm's name before the product keeps it a project; a phase names one too
    assert "青禾新材料项目" in names("加快推进青禾新材料、向阳智能制造等项目建设")
    assert "智能制造二期项目" in names("加快推进青禾新材料、智能制造二期等项目建设")


def test_preliminary_work_written_after_the_last_item_is_that_items_alone():
    got = triples("加紧长青机场新建、向阳机场迁建、东岭机场前期工作")
    assert [(n, a) for n, a, _ in got] == [("长青机场", "新建"), ("向阳机场", "迁建"), ("东岭机场", "前期")]
    # a list closed by 等…项目前期 is the group's preliminary work, whatever each item's own action
    assert [a for _, a, _ in triples("加快长青大桥新建、向阳水库扩建等项目前期工作")] == ["前期", "前期"]
    # the preliminary work of works called projects (甲机场扩建项目前期工作) is what is done to each
    assert [a for _, a, _ in triples("加快长青机场扩建工程、向阳机场迁建项目前期工作")] == ["前期", "前期"]


def test_a_building_takes_the_field_its_modifier_names():
    assert category_of("长青精神卫生中心门诊综合楼") == "health"
    assert category_of("长青产业园综合楼") == "commerce"
    assert category_of("长青疾控中心实验大楼") == "health"


@pytest.mark.parametrize("name, category", [
    ("青禾湾调水工程", "utilities"),
    ("南水北调东线配套工程", "utilities"),  # the national water transfer: its works are the water supply's
    ("石门区污水处理提质增效项目", "utilities"),  # sewage, not the 片区 or 中心 it lies in
    ("城东片区污水处理提质增效工程", "utilities"),
    ("柳岸天然气发电项目", "utilities"),
    ("北郊燃气热电联产二期", "utilities"),
    ("松岭气电替代电源项目", "utilities"),
    ("青溪河防洪治理工程", "environment"),  # flood control and river works: nature's, as a basin's治理 is
    ("白沙江干流治理工程", "environment"),
    ("石湾河堤防工程", "environment"),
    ("港口片防洪排涝工程", "environment"),  # not the port's
    ("明珠百货改造工程", "commerce"),
    ("东海商贸城项目", "commerce"),
    ("北岭动车组扩能二期", "other"),  # a works that builds trains, not a line
    ("石坪铁矿山", "commerce"),  # a mine, not a hill
    ("青山矿产品运输廊道", "transport"),  # a corridor for freight, not a green belt
    ("青溪河生态廊道", "environment"),
])
def test_category_of_water_power_flood_store_and_mine_works(name, category):
    assert category_of(name) == category


def test_mine_restored_is_nature():
    assert category_of("石坪铁矿山", "生态修复") == "environment"


@pytest.mark.parametrize("clause, names", [
    ("提升青山、白水、红岭三个一号旅游公路交旅融合功能", ["青山一号旅游公路", "白水一号旅游公路", "红岭一号旅游公路"]),
    ("加快建设清河、东升路两个市民广场", ["清河市民广场", "东升路市民广场"]),  # a river's or street's name takes the kind
    ("推进甲乙纪念馆、丙丁博物馆两个重点场馆建设", ["甲乙纪念馆", "丙丁博物馆"]),  # named facilities keep their own
])
def test_counted_kind_goes_to_each_listed_name(clause, names):
    assert [p.name for p in clause_projects(clause)] == names


def test_counted_kind_needs_the_count_of_the_list():
    assert distribute(["青山", "白水", "红岭两个一号公路"]) != ["青山一号公路", "白水一号公路", "红岭一号公路"]


def test_counted_project_kind_leaves_headed_names():
    # a count before 项目 says how many works, no kind: the list reads as it would without it
    assert distribute(["青禾智慧城", "白水机械园", "红岭设备三个重点项目"]) \
        == distribute(["青禾智慧城", "白水机械园", "红岭设备重点项目"])


def test_river_before_a_corridor_takes_the_corridor():
    assert [p.name for p in clause_projects("推进清河、京杭运河生态廊道建设")] == ["清河生态廊道", "京杭运河生态廊道"]


@pytest.mark.parametrize("name, category", [
    ("青禾锂电池正极材料项目", "commerce"),  # a firm's plant of a product: a business, as 工厂 and 生产线 are
    ("白水储能电池项目", "commerce"),  # a battery plant, no storage station
    ("红岭晶圆项目", "commerce"),
    ("石门纸业二期项目", "commerce"),
    ("青松路绿化工程", "environment"),  # 化工 inside 绿化工程 is no chemical plant
    ("北郊货场迁建工程", "transport"),
    ("白水储能电站", "utilities"),
])
def test_category_of_plants_of_products(name, category):
    assert category_of(name) == category


@pytest.mark.parametrize("clause, action", [
    ("推动青石街区二期、柳岸片区等老城片区有机更新", "有机更新"),
    ("推动云溪景区、松岭度假区等提质发展", "提质发展"),
    ("推动望江广场、北仓片区等一批存量楼宇“腾笼换鸟”", "腾笼换鸟"),
])
def test_action_after_the_list_is_the_clause_action_not_the_pace(clause, action):
    got = triples(clause)
    assert got and all(a == action for _, a, _ in got)


@pytest.mark.parametrize("name, category", [
    ("云溪文学馆", "culture"), ("北岭作家馆", "culture"),
    ("梧桐路南延工程", "transport"), ("青年大道延伸工程", "transport"), ("望海路东西延工程", "transport"),
    ("蒙电入鄂工程", "utilities"),
])
def test_category_of_literature_halls_road_extensions_and_power_sent(name, category):
    assert category_of(name) == category


def test_suburban_railway_bracket_goes_to_each_item():
    assert names("续建宁云、宁峰市域（郊）铁路") == ["宁云市域（郊）铁路", "宁峰市域（郊）铁路"]


def test_rivers_before_a_tourism_belt_take_the_belt():
    assert names("加快建设青溪江、白沙河、东渠运河文化旅游带") == [
        "青溪江文化旅游带", "白沙河文化旅游带", "东渠运河文化旅游带"]


def test_counted_unnamed_spots_along_roads_are_no_projects():
    assert names("完成梧桐路、柏林路等6处易涝点改造") == []


def test_branch_of_a_designated_centre_is_no_project():
    assert names("筹建江东储能技术创新中心云岭分中心") == []
    assert names("开工建设云岭应急物资储备分中心") == ["云岭应急物资储备分中心"]


def test_supervised_projects_are_a_group_not_a_project():
    assert names("完成省挂牌督办项目整改销号") == []


def test_preliminary_work_is_the_last_item_s_when_a_group_closes_with_its_own_action():
    got = {n: a for n, a, _ in triples("加快推进青石、柳岸、松岭等快速通道建设和云峰铁路扩能工程前期工作")}
    assert got["青石快速通道"] == "建设" and got["松岭快速通道"] == "建设"
    assert got["云峰铁路"] in ("前期", "前期工作")


def test_a_county_town_renewed_is_no_project():
    assert names("推动县城有机更新") == []


def test_counted_spots_after_named_parks_keep_the_parks():
    assert names("加快实施柳岸片区等12个危旧房改造项目") != []


def test_implementation_written_after_a_listed_group_is_the_action():
    got = triples("加快云岭物流园、青石商贸物流园等项目实施")
    assert got and all(a == "实施" for _, a, _ in got)


def test_raising_a_platform_s_efficiency_or_level_is_no_work():
    assert names("持续提升云岭科技园、青石产业新城等合作平台承载质效") == []


def test_a_section_named_after_a_region_is_the_road_s():
    assert category_of("云岭高速公路河东段") == "transport"
    assert category_of("青石铁路江南段") == "transport"


def test_mining_rights_sold_are_no_projects():
    assert names("力争完成东岭铜矿外围、西沟金矿等3宗矿业权出让") == []
    assert names("完成南坡煤矿采矿权挂牌出让") == []


def test_a_university_s_standing_is_no_building():
    assert names("抓好东海大学等重点大学建设和重点学科建设") == []
    assert names("加快南山大学、北湖大学“双一流”建设") == []
    assert names("推进南山大学新校区建设和优势学科建设") == ["南山大学新校区"]
    assert names("建成东海大学科技园和北湖中学科学楼") == ["东海大学科技园", "北湖中学科学楼"]


def test_talent_programmes_named_works_are_no_projects():
    assert names("推进大学生留乡工程、青年英才聚青工程") == []


def test_a_corridor_given_as_a_role_is_no_work():
    assert names("全力打造江北物流能源廊道") == []
    assert names("打造南江古道精品文旅线路") == []
    assert names("加快建设江北滨河生态廊道") == ["江北滨河生态廊道"]


def test_charging_stations_as_a_kind_of_infrastructure_are_no_project():
    assert names("加快5G、算力、充换电站等新型基础设施建设") == []
    assert names("推进城东充换电站建设") == ["城东充换电站"]


def test_sport_and_river_categories():
    assert category_of("市民攀岩中心") == "sport"
    assert category_of("白沙江工程") == "environment"
    assert category_of("白沙江大桥工程") == "transport"


def test_a_government_service_centre_is_no_business():
    assert category_of("县政务服务中心") == "other"


def test_a_firm_s_plant_named_by_its_product_is_commerce():
    assert category_of("东港石化乙烯二期") == "commerce"
    assert category_of("北田氨纶（三期）") == "commerce"
    assert category_of("南湖渔光互补项目") == "utilities"


def test_companies_and_people_are_no_places():
    assert names("推进国投、华润等项目并网发电") == []
    assert names("推动5万农村人口进城") == []


def test_a_national_park_sought_and_a_transfer_centre_are_no_works():
    assert names("加快申创南岭国家公园") == []
    assert names("加快建设全国高校区域技术转移转化中心") == []


def test_the_central_city_is_no_centre_of_business():
    assert category_of("市中心城区积水点改造工程") == "other"
    assert category_of("东田汽车底盘项目") == "commerce"
    assert category_of("北岭农机项目") == "commerce"


def test_rivers_listed_before_their_flood_works_take_the_works():
    # the shared work reaches each river (projects.shared_work gives it as the action, not lost to 实施)
    assert [(n, a) for n, a, _ in triples("实施东沙河、西沙河防洪提升工程")] == [("东沙河", "防洪提升"), ("西沙河", "防洪提升")]
    assert names("实施城区防洪提升工程") == []


def test_a_work_named_only_project_takes_the_sector_of_the_clause_before():
    from policydata.extract.projects import _category_in
    text = "有序开发海上风电，推进东港北、西湾南等项目建设"
    assert _category_in("东港北项目", "建设", text, text.index("推进")) == "utilities"
    text = "扩大有效投资。推进东港北、西湾南等项目建设"
    assert _category_in("东港北项目", "建设", text, text.index("推进")) == "other"


def test_a_river_given_its_flood_works_before_a_reservoir_zone():
    assert [(n, a) for n, a, _ in triples("开工建设北淮蓄洪区以及东沙河、西沙河防洪治理等一批重大水利工程")] == [
        ("北淮蓄洪区工程", "开工建设"), ("东沙河", "防洪治理"), ("西沙河", "防洪治理")]


def test_a_river_s_environmental_works_are_environment():
    assert category_of("北岭河环境综合治理工程") == "environment"


def test_classes_of_projects_and_water_quality_are_no_works():
    assert names("加快推进平台类、产业类、城建类等项目建设") == []
    assert names("持续推动东湖、南湖等水体水环境质量改善") == []


def test_dredging_works_are_environment_and_a_lorry_plant_commerce():
    assert category_of("北塘片区控源清淤工程") == "environment"
    assert category_of("东田高端商用车项目") == "commerce"


def test_named_roads_keep_their_names_before_a_plain_kind():
    assert names("加快建设坦洲大道、南三公路（三角段）等干线公路") == ["坦洲大道", "南三公路（三角段）"]
    assert names("加快推进潍宿高铁、台睢高速等互联互通工程") == ["潍宿高铁", "台睢高速"]


@pytest.mark.parametrize("name, action, category", [
    ("岚江鹤溪船闸扩能工程", "扩能", "transport"),  # a ship lock's works: the lock, not 江
    ("岚鹤运河", "前期", "transport"),  # a canal built
    ("岚鹤大运河", "保护", "environment"),  # a canal kept as nature and heritage
    ("岚州至鹤城天然气管道", "建设", "utilities"),  # a pipeline is no road for its 道
    ("鹤城天然气管道项目", "前期", "utilities"),
    ("岚鹤西气东输工程", "建设", "utilities"),
    ("鹤溪湖蓄滞洪区主体工程", "建设", "environment"),
    ("岚大附一院总院二期", "投用", "health"),  # a hospital written short
    ("岚州医科大学第一附属医院健康城", "推进", "health"),
    ("鹤城步行街", "改造提升", "commerce"),  # a shopping street is trade's
    ("岚湾码头奥特莱斯旅游购物公园项目", "建设", "commerce"),  # a brand's 码头 is no port, a shopping park no park
    ("鹤城奥特莱斯工程", "建设", "commerce"),
    ("岚州医药创新柔性服务站", "建设", "other"),  # a service station is no transport stop
    ("鹤城西关历史文化街区保护修缮工程", "建设", "culture"),  # a heritage quarter, no market
    ("鹤城新区配套路网项目", "建设", "transport"),
    ("市妇儿中心", "建设", "health"),  # a centre of women's and children's care
    ("岚州书法馆", "建设", "culture"),
    ("鹤钢工业余热利用项目", "建设", "utilities"),  # a plant's waste heat sent to homes
])
def test_the_category_is_the_facility_word_nearest_the_head(name, action, category):
    assert category_of(name, action) == category


def test_a_platform_set_up_and_a_corridor_told_only_by_its_direction_are_no_projects():
    assert names("加快建立国际中转集拼中心") == []
    assert names("提升向海高速公路通道") == []
    assert names("建设沿江疏港通道") == []
    assert names("建设岚鹤快速通道") == ["岚鹤快速通道"]
    assert names("推进岚江鹤溪船闸及航道工程建设") == ["岚江鹤溪船闸"]  # 航道工程 alone names no one


def test_preliminary_work_takes_its_stage_from_the_governing_verb():
    # 前期工作 is what is done; the verb that governs it (推进) says how far, never 前期 for both
    assert triples("推进南岭水库前期工作") == [("南岭水库", "前期", "推进")]


def test_an_ancient_city_is_heritage_not_a_market():
    # 故城 is the ruin of a walled town, kept as heritage; its 城 is no shopping city
    assert category_of("青河故城", "保护") == "culture"


@pytest.mark.parametrize("clause", ["开工建设北川县综合高中等项目", "推进青溪区人民医院等重点工程"])
def test_listed_works_tail_is_no_part_of_the_name(clause):
    # 等项目/等工程 says the item is one of the works; the name ends before it
    assert all("等" not in n for n in names(clause)) and names(clause)


def test_a_later_bare_ordinal_takes_the_place_of_the_first():
    # 市第九小学、第十中学: the city numbers both schools
    assert names("开工建设市第九小学、第十中学") == ["市第九小学", "市第十中学"]
    assert names("新建青溪县第一中学、第三小学") == ["青溪县第一中学", "青溪县第三小学"]
