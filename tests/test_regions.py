"""Regions: codes and names checked against the GB/T 2260 table the pinned package ships; levels and parents."""

from __future__ import annotations

import pytest

from conftest import ROOT, SMALL_REPORT, source_yml, write_doc
from policydata import regions
from policydata.extract.result import Withheld
from policydata.publish import work
from policydata.errors import InputError
from policydata.ingest.metadata import load_metadata


@pytest.mark.parametrize("code, written, year, name, full, level, parent", [
    ("100000", "中华人民共和国", 2024, "中华人民共和国", "中华人民共和国", "national", None),
    ("450000", "广西壮族自治区", 2025, "广西壮族自治区", "广西壮族自治区", "province", "100000"),
    ("451100", "广西壮族自治区贺州市", 2024, "贺州市", "广西壮族自治区贺州市", "prefecture", "450000"),
    ("451100", "贺州市", 2024, "贺州市", "广西壮族自治区贺州市", "prefecture", "450000"),
    ("451100", "广西贺州市", 2024, "贺州市", "广西壮族自治区贺州市", "prefecture", "450000"),
    ("110105", "北京市朝阳区", 2021, "朝阳区", "北京市朝阳区", "county", "110000"),  # a municipality's district
    ("429005", "潜江市", 2024, "潜江市", "湖北省潜江市", "county", "420000"),  # a county-level city under the province
    ("422801", "恩施市", 2024, "恩施市", "湖北省恩施土家族苗族自治州恩施市", "county", "422800"),
    ("150702", "呼伦贝尔市海拉尔区", 2024, "海拉尔区", "内蒙古自治区呼伦贝尔市海拉尔区", "county", "150700"),
])
def test_names_levels_and_parents_come_from_the_table(code, written, year, name, full, level, parent):
    d = regions.resolve(code, written, year, "x/source.yml")
    assert (d.name, d.full_name, d.level, d.parent) == (name, full, level, parent)


def test_the_table_of_the_year_the_report_was_delivered():
    """襄樊市 became 襄阳市 at the end of 2010: a report of 2010 still says 襄樊, one of 2012 襄阳."""
    assert regions.resolve("420600", "湖北省襄樊市", 2010, "x").name == "襄樊市"
    assert regions.resolve("420600", "襄阳市", 2012, "x").name == "襄阳市"
    with pytest.raises(InputError, match="names it 襄阳市, 湖北省襄阳市"):
        regions.resolve("420600", "襄樊市", 2015, "x")
    assert regions.table_year(2030) == regions.table_years()[-1]  # later years: the latest table


def test_an_unknown_code_and_a_contradicting_name_are_one_line_each():
    with pytest.raises(InputError) as exc:
        regions.resolve("451199", "贺州市", 2024, "raw/a-2024/source.yml")
    assert str(exc.value) == ("raw/a-2024/source.yml: region_code '451199' is not in the GB/T 2260 table for "
                              "2023–2024 (plan_year 2024)")
    with pytest.raises(InputError) as exc:
        regions.resolve("451100", "梧州市", 2024, "raw/a-2024/source.yml")
    assert str(exc.value) == ("raw/a-2024/source.yml: region_name '梧州市' is not the name of region_code '451100': "
                              "the GB/T 2260 table of 2023 names it 贺州市, 广西壮族自治区贺州市; correct one of the two")
    with pytest.raises(InputError, match="not the name of region_code '100000'"):
        regions.resolve("100000", "北京市", 2024, "x")


def test_denominators_are_counted_in_the_table():
    """The mainland's divisions in force for 2025 reports (the table of 2024): the counts the statistics
    bureau publishes for that year-end (31 provincial, 333 prefectural, 2846 county-level)."""
    assert [len(regions.divisions_at(lv, 2025)) for lv in regions.LEVELS] == [1, 31, 333, 2846]
    assert len(regions.divisions_at("province", 2025, mainland_only=False)) == 34


def test_every_document_in_raw_names_its_region_as_the_table_does():
    bad = []
    for yml in sorted((ROOT / "raw").glob("*/source.yml")):
        m = load_metadata(yml)
        try:
            regions.resolve(m.region_code, m.region_name, m.plan_year, yml)
        except InputError as exc:
            bad.append(str(exc))
    assert not bad, "\n".join(bad)
    assert len(list((ROOT / "raw").glob("*/source.yml"))) >= 245


def test_a_document_with_an_unknown_code_is_withheld_naming_its_source_yml(tmp_path):
    folder = write_doc(tmp_path, "mou-qu-2021", SMALL_REPORT, source_yml(region_code='"110199"'))
    result = work.extract_document(folder)
    assert isinstance(result, Withheld) and result.step == "read"
    assert result.message == (f"{folder / 'source.yml'}: region_code '110199' is not in the GB/T 2260 table "
                              "for 2020–2021 (plan_year 2021)")
    good = work.extract_document(write_doc(tmp_path, "mou-qu-2022", SMALL_REPORT, source_yml()))
    row = good.rows("documents")[0]
    assert (row["region_name"], row["region_full_name"], row["region_level"], row["parent_region_code"]) == \
        ("朝阳区", "北京市朝阳区", "county", "110000")


def test_the_codes_of_a_level_are_those_of_the_year_s_divisions():
    """divisions_at counts codes without making each Division: it must name the very codes, at the very
    levels, that the table's Divisions of that year have (a code written at several ranks takes the last)."""
    for year in regions.table_years()[::7] + regions.table_years()[-1:]:
        table = regions._divisions_of(year)
        for level in regions.LEVELS[1:]:
            for mainland in (True, False):
                expected = sorted(c for c, d in table.items() if d.level == level and (not mainland or c[0] in "123456"))
                assert list(regions._codes_at(level, year, mainland)) == expected, (level, year, mainland)
