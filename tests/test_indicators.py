"""The indicator vocabulary: wordings of the genre mapped to one code per indicator and kind of value."""

from __future__ import annotations

import pytest

from policydata import schemas
from policydata.indicators import approx_tolerance, base_unit, facts, indicator_code, vocabulary, with_indicator_codes


@pytest.mark.parametrize("indicator, unit, code", [
    ("地区生产总值", "%", "gdp_growth"),
    ("国内生产总值", "%", "gdp_growth"),
    ("全省生产总值", "%", "gdp_growth"),
    ("生产总值", "%", "gdp_growth"),
    ("国民生产总值", "%", "gdp_growth"),  # the older wording
    ("经济增长速度", "%", "gdp_growth"),
    ("今年经济增长预期目标", "%", "gdp_growth"),  # framing stripped
    ("2020年国内生产总值", "万亿元", "gdp"),
    ("地区生产总值", "亿元", "gdp"),
    ("地区生产总值", None, "gdp_growth"),  # a headline sentence without a number: the family's default
    ("一般公共预算收入", "%", "budget_revenue_growth"),
    ("财政收入", "亿元", "budget_revenue"),
    ("全部财政收入", "%", "total_fiscal_revenue_growth"),
    ("全社会固定资产投资", "%", "fixed_asset_investment_growth"),
    ("社会消费品零售总额", "亿元", "retail_sales"),
    ("外贸进出口总额", "亿美元", "foreign_trade"),
    ("实际利用外资", "亿美元", "foreign_capital"),
    ("居民消费价格涨幅", "%", "cpi"),
    ("城镇新增就业", "万人", "new_urban_jobs"),
    ("城镇登记失业率", "%", "registered_unemployment"),
    ("城镇调查失业率", "%", "surveyed_unemployment"),
    ("城镇居民人均可支配收入", "元", "urban_income"),
    ("农民人均纯收入", "%", "rural_income_growth"),  # the older wording of rural income
    ("农村常住居民人均可支配收入", "%", "rural_income_growth"),
    ("粮食总产量", "亿斤", "grain_output"),
    ("单位地区生产总值能耗", "%", "energy_intensity"),
    ("研究与试验发展经费支出占地区生产总值比重", "%", "rd_intensity"),
    ("全社会研发经费投入强度", "%", "rd_intensity"),
])
def test_wordings_map_to_codes(indicator, unit, code):
    assert indicator_code(indicator, unit) == code


@pytest.mark.parametrize("indicator, unit", [
    ("人均地区生产总值", "元"),  # per-capita GDP is another indicator
    ("工农业总产值", "%"),
    ("第一产业增加值", "%"),
    ("城镇登记失业率", "个百分点"),  # a change in the rate is not the rate
    ("规模以上工业增加值", "万亿元"),  # the family has a growth code only
    ("粮食产量", "%"),
    ("国际收支", None),
    ("", None),
])
def test_other_indicators_have_no_code(indicator, unit):
    assert indicator_code(indicator, unit) is None


def test_base_units():
    assert [base_unit(u) for u in ("万亿元", "万人", "%", "亿美元", "万吨", None)] == ["元", "人", "%", "美元", "吨", None]


def test_vocabulary_covers_the_genre():
    codes = {v["code"] for v in vocabulary()}
    assert {"gdp_growth", "gdp", "budget_revenue_growth", "fixed_asset_investment_growth", "retail_sales_growth",
            "foreign_trade_growth", "foreign_capital", "cpi", "new_urban_jobs", "registered_unemployment",
            "surveyed_unemployment", "urban_income_growth", "rural_income_growth", "grain_output", "energy_intensity",
            "rd_intensity"} <= codes
    for v in vocabulary():
        assert v["kind"] in ("growth", "level", "ceiling", "count", "share") and v["better"] in ("up", "down")
        assert v["zh"] and v["en"] and v["units"]
    assert facts("cpi")["kind"] == "ceiling"


def test_schemas_list_exactly_the_vocabulary():
    codes = [v["code"] for v in vocabulary()]
    for name in ("targets", "outcomes", "target_results"):
        [field] = [f for f in schemas.fields(name) if f["name"] == "indicator_code"]
        assert field["constraints"]["enum"] == codes, name
    names = schemas.field_names("targets")
    assert names[names.index("indicator") + 1] == "indicator_code"


def test_the_met_rule_states_the_tolerance_in_use():
    [met] = [f for f in schemas.fields("target_results") if f["name"] == "met"]
    assert f"{round((1 - approx_tolerance()) * 100)}%" in met["description"]
    assert f"{round(approx_tolerance() * 100)}%" in met["description_zh"]


def test_target_rows_get_their_code():
    rows = [{"indicator": "地区生产总值", "unit": "%"}, {"indicator": "新建学校", "unit": "所"}]
    assert [r["indicator_code"] for r in with_indicator_codes(rows)] == ["gdp_growth", None]
