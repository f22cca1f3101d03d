"""Rule tests for shapes the independent audits of 2.2.7 found wrong: a labelled list of the year's main
indicators that a comment inside one item cut short, a bare grade that takes the head of the wrong item, and
candidates put to the congress's vote. Every sentence is written for these tests in the genre's style."""

from __future__ import annotations

from helpers import plan_target_rows

PLAN = "二、2021年工作安排\n（一）重点工作\n"
HEADLINE = "二、2021年工作安排\n"


def rows(body: str, prefix: str = PLAN) -> list[dict]:
    return plan_target_rows(body, prefix, 2021)


def test_a_comment_closing_one_labelled_item_does_not_end_the_headline_list():
    body = ("2021年计划主要指标安排如下。\n"
            "种植业，油料产量410万吨，比上年增加12万吨。\n"
            "冶金工业，生铁产量900万吨，铝锭30万吨，这是按照电力供应的可能安排的。\n"
            "运输业，公路货运量2.4亿吨，水运货运量1.1亿吨。\n"
            "商业，社会商品零售总额860亿元。\n")
    found = {r["indicator"]: r["kind"] for r in rows(body, HEADLINE)}
    assert found.get("公路货运量") == "headline"
    assert found.get("社会商品零售总额") == "headline"
    assert found.get("油料产量") == "headline"


def test_the_label_of_an_item_and_a_lone_modal_are_no_indicators():
    body = ("2021年计划主要指标安排如下。\n"
            "冶金工业，生铁产量900万吨，这是按照电力供应的可能安排的。\n"
            "基本建设，各方面安排的建设投资，总额控制在300亿元左右。\n"
            "人民生活，职工工资总额增加20亿元，福利设施等方面，将继续有所改善。\n")
    found = [r["indicator"] for r in rows(body, HEADLINE)]
    assert "将" not in found and "建设" not in found and "基本建设" not in found


def test_a_bare_grade_takes_the_head_of_the_item_that_closes_its_run():
    found = [(r["indicator"], r["value"]) for r in rows("今年新评2家五星级、4家四星级宾馆、5家精品民宿。")]
    assert ("五星级宾馆", 2) in [(i[-5:], v) for i, v in found]
    assert not any("五星级" in i and "民宿" in i for i, _ in found)


def test_a_bare_grade_before_the_last_item_still_takes_its_head():
    found = [r["indicator"] for r in rows("新建8个国家级、4个省级区域医疗中心。")]
    assert found == ["新建国家级区域医疗中心", "新建省级区域医疗中心"]


def test_candidates_put_to_the_vote_are_not_targets():
    for body in ("遴选出15件民生实事候选项目，请各位代表审议。", "市政府遴选了教育、医疗等十五项为民办实事候选项目。",
                 "向大会提交了6方面15项候选民生实事项目。"):
        assert rows(body) == [], body


def test_projects_promised_after_the_vote_are_still_targets():
    assert [r["value"] for r in rows("今年办好15件民生实事项目。")] == [15]


def test_the_size_of_a_chain_built_is_of_the_industry_the_sentence_names():
    found = [r["indicator"] for r in rows("推动光伏和储能产业协同发展，打造完整储能产业链，力争产业规模突破300亿元。")]
    assert found == ["储能产业规模"]
    found = [r["indicator"] for r in rows("大力发展新型显示产业，打造完整显示产业链，力争产业规模突破300亿元。")]
    assert found == ["新型显示产业规模"]


def test_a_whole_chain_named_as_such_keeps_its_name():
    assert [r["indicator"] for r in rows("延伸肉食品全产业链，力争产业规模突破200亿元。")] == ["肉食品全产业链规模"]


def test_a_bare_investment_under_a_call_to_act_takes_the_projects_counted():
    found = [r["indicator"] for r in rows("发起工业振兴攻势。新开工甲乙化工等30个项目，竣工投产丙丁等20个项目，完成投资200亿元以上。")]
    assert "项目投资" in found and not any("攻势" in i for i in found)


def test_a_bare_investment_under_a_call_to_act_takes_the_works_of_its_verb():
    assert [r["indicator"] for r in rows("扎实推进民生工程。全年计划投资5亿元，实施道路改造。")] == ["民生工程投资"]


def test_a_bare_investment_with_nothing_named_is_dropped():
    assert rows("打好水利建设攻坚战。全年完成投资30亿元以上。") == []


def test_respectively_over_industries_shares_the_trade_word_and_the_measure():
    found = [r["indicator"] for r in rows("力争轨道交通、生物医药产业规模分别提升至450亿元、750亿元。")]
    assert found == ["轨道交通产业规模", "生物医药产业规模"]


def test_a_numeral_summing_the_industries_is_no_part_of_an_item():
    found = [r["indicator"] for r in rows("食品加工、畜牧水产两大产业集群营收分别突破2000亿元、1600亿元。")]
    assert found == ["食品加工产业集群营收", "畜牧水产产业集群营收"]


def test_items_with_their_own_trade_word_or_measure_keep_it():
    found = [r["indicator"] for r in rows("农产品加工业产值、绿色食品全产业链产值分别达到2600亿元、1350亿元。")]
    assert found == ["农产品加工业产值", "绿色食品全产业链产值"]
    assert [r["indicator"] for r in rows("东区、西区营业收入分别达到120亿元、80亿元。")] == ["东区营业收入", "西区营业收入"]


def test_a_bare_investment_under_a_lead_that_betters_things_takes_the_things():
    assert [r["indicator"] for r in rows("让城市基础设施更完善。全年计划投资8.6亿元。")] == ["城市基础设施投资"]


def test_a_bare_investment_under_a_call_with_no_works_takes_the_clause_after():
    found = [r["indicator"] for r in rows("全面坚持高标准建设。全年计划投资15亿元，统筹推进棚户区改造和城市基础设施建设。")]
    assert len(found) == 1 and "城市基础设施建设" in found[0] and "坚持" not in found[0]


def test_a_stage_adverb_of_the_first_item_is_not_shared():
    found = [r["indicator"] for r in rows("今年城镇保障性住房基本建成470万套、新开工630万套。")]
    assert found[1] == "城镇保障性住房新开工"


def test_a_zone_that_opens_the_sentence_owns_its_totals():
    assert [r["indicator"] for r in rows("经开区加快转型升级，工业总产值达到500亿元。")] == ["经开区工业总产值"]
    assert [r["indicator"] for r in rows("临港经济开发区要加快转型，营业收入增长15%。")] == ["临港经济开发区营业收入"]


def test_a_zone_inside_a_verb_phrase_is_no_subject():
    assert [r["indicator"] for r in rows("推动园区企业加快转型，工业总产值达到500亿元。")] == ["工业总产值"]
