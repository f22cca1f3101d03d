"""Rule tests for shapes the independent audits of 2.2.5 found wrong (issue 20): indicators that open on a
preamble (a decision, an insistence, the standard a cut follows), a size threshold cut off before 以上, a start
value taken for the target (由原定A调高到B), a five-year plan's yearly average dated to the report's year, counts
that only give the scope of a measure over places that exist, and the capacity of one project. Every sentence is
written for these tests in the genre's style; none is taken from a report."""

from __future__ import annotations

from helpers import plan_target_rows

PLAN = "二、2021年工作安排\n（一）重点工作\n"
HEADLINE = "二、2021年工作安排\n今年经济社会发展的主要预期目标是："
SIXTH_PLAN = "二、关于第六个五年计划\n（一）主要任务\n第六个五年计划期间，要继续贯彻调整方针。"


def rows(body: str, prefix: str = PLAN, plan_year: int = 2021) -> list[dict]:
    return plan_target_rows(body, prefix, plan_year)


def seen(found: list[dict]) -> list[tuple]:
    return [(r["indicator"], r["value"]) for r in found]


# --- preambles are no part of the indicator ---------------------------------------------------------

def test_the_standard_a_cut_follows_is_no_part_of_the_indicator():
    assert seen(rows("市直机关日常公用经费按定额标准压减8%。")) == [("市直机关日常公用经费", 8)]


def test_a_standard_that_opens_the_clause_is_dropped():
    assert seen(rows("按乡村振兴示范标准建设美丽乡村80个。")) == [("建设美丽乡村", 80)]


def test_a_decision_to_focus_on_a_count_with_no_noun_names_nothing():
    assert seen(rows("国家决定首先集中力量抓好500户。")) == []


def test_concentrating_forces_is_no_part_of_the_indicator():
    assert seen(rows("集中力量培育省级以上科技创新平台6个。")) == [("培育省级以上科技创新平台", 6)]


def test_a_word_of_insistence_is_no_qualitative_indicator():
    found = rows("地区生产总值增长6%左右，居民消费价格涨幅3%左右；确保完成省下达的节能减排目标。", HEADLINE)
    assert [r["indicator"] for r in found if r["value"] is None] == ["节能减排"]


# --- a size threshold stays with its noun -----------------------------------------------------------

def test_a_threshold_with_a_note_stays_with_the_projects_counted():
    found = rows("力争3亿元（2000万美元）以上工业项目新开工80个、新竣工60个。")
    assert seen(found) == [("3亿元以上工业项目新开工", 80), ("3亿元以上工业项目新竣工", 60)]


def test_a_threshold_stays_with_the_funds_measured():
    found = rows("地区生产总值增长6%左右，实际利用省外1000万元以上项目资金增长6%以上。", HEADLINE)
    assert seen(found)[1] == ("实际利用省外1000万元以上项目资金", 6)


# --- from A to B: the target is B ---------------------------------------------------------------------

def test_raised_from_the_set_value_to_a_new_one_takes_the_new_one():
    found = rows("经济增长速度由原定平均每年6%调高到8%至9%。")
    assert [(r["indicator"], r["value"], r["value_max"]) for r in found] == [("经济增长速度", 8, 9)]


def test_a_level_per_unit_after_its_start_takes_the_subject():
    assert seen(rows("全市工业用水价格从每吨2元提高到每吨3元。")) == [("工业用水价格", 3)]


# --- a five-year plan's yearly average ------------------------------------------------------------------

def test_a_yearly_average_in_a_plan_period_is_dated_to_the_plans_end():
    found = rows("城乡居民的消费水平提高百分之二十，平均每年递增百分之四。", SIXTH_PLAN, 1982)
    assert [(r["kind"], r["value"], r["target_year"]) for r in found] == [("horizon", 20, 1985), ("horizon", 4, 1985)]


def test_a_yearly_average_over_years_gone_by_is_no_target():
    assert rows("过去十七年间，原油产量平均每年增长百分之二十八。", SIXTH_PLAN, 1982) == []


def test_the_plan_that_sets_a_value_is_no_part_of_the_indicator():
    found = rows("在这个期间，工农业总产值计划增长百分之二十。", SIXTH_PLAN, 1982)
    assert [r["indicator"] for r in found] == ["工农业总产值"]


# --- counts of places that exist ------------------------------------------------------------------------

def test_the_places_that_have_something_are_a_set_that_exists():
    assert rows("甲、乙、丙等12个有河道的县城，三年内做好治水文章。") == []


def test_all_the_places_of_a_kind_are_the_scope_of_a_measure():
    assert rows("推动全市9个开发区加快发展。") == []
    assert rows("我市3个国家级、10个省级开发区是发展的主阵地。") == []


def test_coverage_of_places_stays_a_target():
    assert [r["value"] for r in rows("实现5G网络覆盖全市120个行政村。")] == [120]


def test_a_new_thing_counted_over_a_region_stays_a_target():
    assert [r["value"] for r in rows("培育60家有国际竞争力的领军企业。")] == [60]


# --- the capacity of one project ------------------------------------------------------------------------

def test_capacities_of_projects_listed_are_no_targets():
    assert rows("开工建设某县30万千瓦风电场、某地抽水蓄能等项目。") == []
    assert rows("建成投产丙化工280万吨催化裂化装置等项目。") == []
    assert rows("建成投运甲地50万吨、乙地40万吨超细粉体材料项目（一期）。") == []


def test_a_capacity_added_is_a_target():
    assert seen(rows("新增装机容量50万千瓦。")) == [("新增装机容量", 50)]


def test_people_served_across_a_region_stay_a_target():
    assert [r["value"] for r in rows("免费为全市3万名以上适龄妇女提供一次筛查。")] == [3]


def test_a_threshold_on_a_headline_indicator_is_its_statistical_scope():
    assert seen(rows("500万元以上固定资产投资增长3%。")) == [("固定资产投资", 3)]


def test_a_goal_set_from_above_keeps_neither_the_insistence_nor_the_period():
    found = rows("地区生产总值增长6%左右；确保完成国家下达的“十四五”能耗强度下降目标。", HEADLINE)
    assert [r["indicator"] for r in found if r["value"] is None] == ["能耗强度下降"]


def test_a_duration_after_an_insistence_stays_with_the_stock():
    assert seen(rows("确保两年储备项目保持在800亿元以上。")) == [("两年储备项目", 800)]


# --- a bare measure of the industry its sentence is about ----------------------------------------------

def test_a_bare_measure_takes_the_industry_named_before_a_bare_industry_word():
    found = rows("新能源产业，把新能源作为产业发展的新引擎，积极推动一批储能项目落地，力争产业规模突破300亿元。")
    assert seen(found) == [("新能源产业规模", 300)]
    found = rows("新型化工产业要围绕涂料、合成材料等重点领域，推动产业提质扩量，力争产值达750亿元。")
    assert seen(found) == [("新型化工产业产值", 750)]


def test_a_capacity_formed_keeps_the_products_it_makes():
    assert seen(rows("形成车用铜箔、电池铝箔12万吨生产能力。")) == [("车用铜箔、电池铝箔生产能力", 12)]
    assert seen(rows("新增50万吨产能。")) == [("新增产能", 50)]


def test_what_covers_the_places_counted_stays_in_the_indicator():
    assert seen(rows("推动物业服务覆盖200个老旧小区。")) == [("物业服务覆盖老旧小区", 200)]


# --- rates of a rule ---------------------------------------------------------------------------------------

def test_a_policy_named_by_its_rate_is_no_target():
    assert rows("延续执行企业研发费用加计扣除75%政策。") == []


def test_a_share_a_rule_grants_is_no_target():
    assert rows("财政按照60%比例给予风险分担。") == []


def test_a_rate_raised_stays_a_target():
    assert [r["value"] for r in rows("城乡居民医保报销比例提高到70%。")] == [70]
