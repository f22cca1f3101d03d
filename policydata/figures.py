"""Figures for the data card: per government, its headline GDP growth targets against the outcomes
its later reports state, drawn from the published tables with matplotlib into figures/*.svg.

The SVGs are deterministic (fixed hash salt, no date, text kept as text), so publishing the same
tables twice writes the same bytes. Text is measured with DejaVu Sans, which matplotlib ships, so
the layout does not depend on the fonts of the machine; the SVG names fallback fonts for the
Chinese characters, which the viewer's browser draws.
"""

from __future__ import annotations

import io
import logging
import os
import re
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .fingerprint import code_fingerprint
from .link import pick_outcome

CODE = "gdp_growth"
CJK_FONTS = "'DejaVu Sans', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"
RC = {
    "svg.hashsalt": "policydata",
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


@dataclass
class Series:
    """One government's headline GDP growth: targets and outcomes by year."""
    region_code: str
    name: str  # the issuer and its region, as in documents
    targets: dict[int, dict]  # year -> the target row
    outcomes: dict[int, dict]  # year -> the outcome row

    @property
    def filename(self) -> str:
        return f"gdp-growth-{self.region_code}.svg"

    @property
    def years(self) -> list[int]:
        return sorted(set(self.targets) | set(self.outcomes))

    def from_first_pair(self) -> "Series":
        """The series from the first year with both a target and an outcome: where it can be compared."""
        both = set(self.targets) & set(self.outcomes)
        if not both:
            return self
        start = min(both)
        return Series(self.region_code, self.name, {y: r for y, r in self.targets.items() if y >= start},
                      {y: r for y, r in self.outcomes.items() if y >= start})


def gdp_growth_series(tables: dict[str, list[dict]]) -> list[Series]:
    """Per government with at least two years of GDP growth targets or outcomes, in region_code order,
    from the first year that has both (earlier plans' figures are not comparable this way).

    The target of a year is its report's headline row (else the first row of the year in text
    order) with a value; the outcome is the one target_results would link (link.pick_outcome).
    """
    docs = {d["document_id"]: d for d in tables["documents"]}
    targets: dict[str, dict[int, dict]] = {}
    for t in tables["targets"]:
        d = docs[t["document_id"]]
        if t.get("indicator_code") != CODE or t["value"] is None or t["kind"] == "horizon" \
                or t["target_year"] != d["plan_year"]:
            continue
        mine = targets.setdefault(d["region_code"], {})
        old = mine.get(t["target_year"])
        if old is None or (old["kind"] != "headline" and t["kind"] == "headline"):
            mine[t["target_year"]] = t
    found: dict[str, dict[int, list]] = {}
    for i, o in enumerate(tables.get("outcomes", [])):
        if o["indicator_code"] == CODE and o["basis"] == "annual" and o["base_unit"] == "%":
            found.setdefault(docs[o["document_id"]]["region_code"], {}).setdefault(o["year"], []).append((i, o))
    out = []
    for region in sorted(set(targets) | set(found)):
        outcomes = {y: pick_outcome(c, docs, y) for y, c in found.get(region, {}).items()}
        s = Series(region, _name(tables["documents"], region), targets.get(region, {}), outcomes).from_first_pair()
        if len(s.years) >= 2:
            out.append(s)
    return out


def _name(documents: list[dict], region: str) -> str:
    d = next(d for d in documents if d["region_code"] == region)
    return d["issuer"] if d["issuer"].endswith("人民政府") else f"{d['issuer']} ({d['region_name']})"


def _signed(row: dict) -> float:
    return -row["value"] if row["direction"] == "down" else row["value"]


def svg(series: Series) -> str:
    """The figure of one series as SVG text."""
    from matplotlib.figure import Figure

    with drawing():
        fig = Figure(figsize=(8, 4.2))
        ax = fig.add_subplot()
        ty = sorted(series.targets)
        if ty:
            lows = [series.targets[y]["value"] for y in ty]
            highs = [series.targets[y]["value_max"] if series.targets[y]["value_max"] is not None
                     else series.targets[y]["value"] for y in ty]
            ax.vlines(ty, lows, highs, color="#d95f02", linewidth=3, alpha=0.6)
            ax.plot(ty, lows, linestyle="none", marker="_", markersize=14, markeredgewidth=2.5, color="#d95f02",
                    label="target (预期目标)")
        oy = sorted(series.outcomes)
        if oy:
            xs, ys = [], []
            for y in oy:  # a year without an outcome breaks the line
                if xs and y - xs[-1] > 1:
                    xs.append(y - 0.5)
                    ys.append(float("nan"))
                xs.append(y)
                ys.append(_signed(series.outcomes[y]))
            ax.plot(xs, ys, color="#1b9e77", marker="o", markersize=4, linewidth=1.5, label="outcome (实际)")
            est = [y for y in oy if series.outcomes[y]["estimate"]]
            if est:
                ax.plot(est, [_signed(series.outcomes[y]) for y in est], linestyle="none", marker="o", markersize=7,
                        markerfacecolor="white", markeredgecolor="#1b9e77", label="estimate (预计)")
        years = series.years
        ax.set_xlim(years[0] - 0.8, years[-1] + 0.8)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_ylabel("GDP growth, %")
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        ax.set_title(f"{series.name} ({series.region_code})\nGDP growth: target and outcome / 生产总值增长：预期目标与实际",
                     loc="left", fontsize=10)
        ax.legend(frameon=False, loc="best", fontsize=9)
        fig.tight_layout()
        return svg_text(fig)


def svg_text(fig) -> str:
    """A figure as deterministic SVG text (call inside `drawing()`): no date, fixed hash salt, and the
    fonts that draw Chinese named after DejaVu Sans."""
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": "policydata (matplotlib)"})
    return re.sub(r"font-family:\s*'?DejaVu Sans'?", f"font-family: {CJK_FONTS}",
                  re.sub(r"font: ([0-9.]+px) 'DejaVu Sans'", rf"font: \1 {CJK_FONTS}", buf.getvalue()))


@contextmanager
def drawing():
    """matplotlib set for the package's figures (RC), quiet about the CJK glyphs DejaVu Sans lacks."""
    import matplotlib  # imported here: only publishing draws

    with matplotlib.rc_context(RC), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # DejaVu Sans has no CJK glyphs: the viewer's fonts draw them
        logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
        yield


def write_figures(tables: dict[str, list[dict]], out_dir: Path, cache_dir: Path | None = None) -> list[Path]:
    """Write figures/gdp-growth-<region_code>.svg for every series; return the paths written.

    Drawing is most of the cost of a publish that adds one report to a large package, and a series that
    did not change draws the same bytes: with `cache_dir`, each figure is kept there under the digest of
    its series, the code and matplotlib's version, and drawn again only when one of them changed.
    """
    paths = []
    for s in gdp_growth_series(tables):
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / s.filename
        path.write_text(_cached_svg(s, cache_dir), encoding="utf-8")
        paths.append(path)
    return paths


def _cached_svg(series: Series, cache_dir: Path | None) -> str:
    if cache_dir is None:
        return svg(series)
    import hashlib

    import matplotlib

    key = hashlib.sha256(f"{code_fingerprint()}|{matplotlib.__version__}|{series!r}".encode()).hexdigest()
    path = Path(cache_dir) / "figures" / f"{key}.svg"
    if path.exists():
        return path.read_text(encoding="utf-8")
    text = svg(series)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)  # atomic: a concurrent run never reads half a figure
    return text


def card_section(tables: dict[str, list[dict]]) -> list[str]:
    """The data card's section on targets and outcomes: what target_results holds and the figures."""
    results = tables.get("target_results", [])
    met = sum(1 for r in results if r["met"] is True)
    missed = sum(1 for r in results if r["met"] is False)
    out = ["## Did governments reach their targets?", "",
           f"`target_results` links {len(results):,} targets to the outcome a later report of the same government "
           f"states for the same indicator and year: {met:,} met, {missed:,} not met, "
           f"{len(results) - met - missed:,} undecidable (the rule is in the field `met` below). "
           "Per government with a series, its GDP growth targets against its outcomes:", ""]
    series = gdp_growth_series(tables)
    if not series:
        out.append("No government has a series yet.")
    for s in series:
        out += [f"![{s.name}: GDP growth, target and outcome](figures/{s.filename})", ""]
    return out
