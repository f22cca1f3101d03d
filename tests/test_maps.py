"""The choropleth of the provinces' GDP growth targets: what it draws is the targets rows, byte for byte the same."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from policydata import maps, regions

SVG = "{http://www.w3.org/2000/svg}"
YEAR = 2025
PROVINCES = regions.divisions_at("province", YEAR)


def _doc(code: str, year: int = YEAR, level: str = "province") -> dict:
    return {"document_id": f"p{code}-{year}", "region_code": code, "region_level": level, "plan_year": year,
            "region_name": code, "issuer": f"{code}人民政府"}


def _target(doc: dict, value: float, *, kind: str = "headline", code: str = "gdp_growth", char_start: int = 100,
            comparator: str = "approx", value_max: float | None = None) -> dict:
    return {"document_id": doc["document_id"], "indicator_code": code, "kind": kind, "value": value,
            "value_max": value_max, "comparator": comparator, "target_year": doc["plan_year"],
            "char_start": char_start, "direction": None}


@pytest.fixture(scope="module")
def tables():
    """20 provinces state a figure, 2 state none, the rest have no report; noise that must not be drawn."""
    docs = [_doc(c) for c in PROVINCES[:22]]
    targets = []
    for i, d in enumerate(docs[:20]):
        targets.append(_target(d, 4.5 + (i % 5) * 0.5, comparator="ge" if i % 4 == 0 else "approx",
                               value_max=6.0 if i == 3 else None))
        targets.append(_target(d, 9.9, char_start=500))  # a later headline row of the same indicator
        targets.append(_target(d, 3.0, code="cpi", char_start=50))
        targets.append(_target(d, 8.0, kind="horizon", char_start=10))
    city = _doc("451100", level="prefecture")
    targets.append(_target(city, 12.0))
    return {"documents": docs + [city], "targets": targets}


def test_targets_drawn_are_the_first_headline_rows(tables):
    found, reported = maps.province_targets(tables, YEAR)
    assert set(found) == set(PROVINCES[:20]) and reported == set(PROVINCES[:22])
    assert all(t["char_start"] == 100 and t["indicator_code"] == "gdp_growth" for t in found.values())
    assert maps.map_years(tables) == [YEAR]
    assert maps.map_years({"documents": tables["documents"], "targets": tables["targets"][:8]}) == []  # 2 of 31


def _fill(root, group) -> tuple[str, bool]:
    """(background colour, hatched) of a province's shape."""
    fill = re.search(r"fill:\s*([^;]+)", next(group.iter(f"{SVG}path")).get("style", "")).group(1).strip()
    if not fill.startswith("url(#"):
        return fill, False
    pattern = next(p for p in root.iter(f"{SVG}pattern") if p.get("id") == fill[5:-1])
    return next(pattern.iter(f"{SVG}rect")).get("fill"), True


def test_the_map_draws_each_province_value_and_the_gaps_apart(tables, tmp_path):
    [path] = maps.write_maps(tables, tmp_path / "a")
    assert path.name == f"map-gdp-growth-province-{YEAR}.svg"
    [again] = maps.write_maps(tables, tmp_path / "b")
    assert again.read_bytes() == path.read_bytes()  # deterministic
    root = ET.parse(path).getroot()
    groups = {g.get("id"): g for g in root.iter(f"{SVG}g") if g.get("id")}
    found, _ = maps.province_targets(tables, YEAR)
    from matplotlib.colors import to_hex

    cmap, norm = maps.colour_scale([t["value"] for t in found.values()])
    for code, t in found.items():
        label = "".join(groups[f"value-{code}"].itertext()).strip()
        assert label == maps.value_label(t)
        assert _fill(root, groups[f"province-{code}"]) == (to_hex(cmap(norm(t["value"]))), False)
    for code in PROVINCES[20:22]:  # a report without a figure: no value, hatched in the gap colour
        assert f"value-{code}" not in groups and _fill(root, groups[f"province-{code}"]) == (maps.NO_FIGURE, True)
    for code in PROVINCES[22:]:
        assert _fill(root, groups[f"province-{code}"]) == (maps.NO_REPORT, False)
    assert "value-451100" not in groups


def test_value_labels():
    assert maps.value_label({"value": 5.0, "value_max": None, "comparator": "approx"}) == "5"
    assert maps.value_label({"value": 5.0, "value_max": 5.5, "comparator": "range"}) == "5–5.5"
    assert maps.value_label({"value": 6.0, "value_max": None, "comparator": "ge"}) == "≥6"


def test_every_province_has_a_boundary():
    for code in regions.divisions_at("province", YEAR, mainland_only=False):
        assert maps.outline(code), code


def test_the_data_card_shows_the_map_and_coverage_by_level(tables):
    from policydata.card import _coverage_by_level
    from policydata.package import Summary

    assert f"![{YEAR}: GDP growth targets of the provinces](figures/{maps.filename(YEAR)})" in maps.card_section(tables)
    docs = [{**d, "plan_year": YEAR} for d in tables["documents"]]
    lines = _coverage_by_level(Summary(documents=docs))
    assert f"| provinces (省级) | {YEAR} | 22 | 31 | 71.0% |" in lines
    assert f"| prefecture-level cities and prefectures (地级) | {YEAR} | 1 | 333 | 0.3% |" in lines


def test_a_cached_map_is_drawn_again_only_when_what_it_shows_changed(tables, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    [first] = maps.write_maps(tables, tmp_path / "a", cache)
    drawn = []
    real = maps.svg
    monkeypatch.setattr(maps, "svg", lambda t, y: drawn.append(y) or real(t, y))
    # a county's report and a non-headline row change nothing the map shows: read from the cache
    county = _doc("451121", level="county")
    more = {"documents": tables["documents"] + [county],
            "targets": tables["targets"] + [_target(county, 7.0), _target(tables["documents"][0], 1.0, kind="horizon")]}
    [again] = maps.write_maps(more, tmp_path / "b", cache)
    assert drawn == [] and again.read_bytes() == first.read_bytes()
    # one province's figure changed: drawn again, as without a cache
    changed = {"documents": tables["documents"],
               "targets": [dict(t, value=7.5) if t["document_id"] == tables["documents"][1]["document_id"]
                           and t["char_start"] == 100 and t["indicator_code"] == "gdp_growth" else t
                           for t in tables["targets"]]}
    [redrawn] = maps.write_maps(changed, tmp_path / "c", cache)
    assert drawn == [YEAR]
    [plain] = maps.write_maps(changed, tmp_path / "d")
    assert redrawn.read_bytes() == plain.read_bytes() != first.read_bytes()
