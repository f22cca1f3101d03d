"""The data card (the package's README.md) and the metadata files written with it: coverage, counts, flags,
files, how to read, validate and cite, known problems, figures, maps, indicators and fields.
"""

from __future__ import annotations

import json
from pathlib import Path

from . import accuracy, maps, regions, schemas
from .docs import VOCABULARY_INTRO, all_field_tables, vocabulary_table
from .figures import card_section
from .package import PACKAGE_TITLE_ZH, Summary, descriptor


def write_metadata(root: Path, summary: Summary, version: str, described: dict | None = None) -> dict:
    """datapackage.json and the data card for the data files already in `root`, at this version.

    `described`: the descriptor of these very files at another version (the files are not read and
    hashed again: only the version differs)."""
    desc = {**described, "version": version} if described is not None else descriptor(summary.documents, root, version)
    (root / "datapackage.json").write_text(json.dumps(desc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    sizes = {r["path"]: (root / r["path"]).stat().st_size for r in desc["resources"]}
    (root / "README.md").write_text(data_card(desc, summary, sizes), encoding="utf-8")
    return desc


FLAG_TEXT = {
    "targets_paragraph_without_headline": "states its main targets, but no headline target was extracted",
    "no_programs": "no outline (programs) was recognised",
    "duplicated_text": "the page holds the report twice (the second copy is not read)",
}


LEVEL_TEXT = {"national": "national (the State Council)", "province": "provinces (省级)",
              "prefecture": "prefecture-level cities and prefectures (地级)", "county": "counties and districts (县级)"}


def _coverage_by_level(summary: Summary) -> list[str]:
    """Per level of government and plan year: how many of the divisions in force have a report here.

    The denominators are counted in the GB/T 2260 table (regions.divisions_at), never typed in."""
    by: dict[tuple[str, int], set[str]] = {}
    for d in summary.documents:
        by.setdefault((d["region_level"], int(d["plan_year"])), set()).add(d["region_code"])
    out = [f"Governments with a report, of the divisions in force when the reports were delivered (counted in "
           f"the GB/T 2260 table of {regions.table_source()}: the table of the year before the plan year; mainland "
           "divisions):", "", "| level | plan year | governments | of | share |", "|---|---|---|---|---|"]
    for level in regions.LEVELS:
        years = sorted(y for lv, y in by if lv == level)
        if level == "national" and years:
            out.append(f"| {LEVEL_TEXT[level]} | {_year_ranges(years)} | 1 each year | 1 | 100% |")
            continue
        for y in years:
            n, total = len(by[level, y]), len(regions.divisions_at(level, y))
            out.append(f"| {LEVEL_TEXT[level]} | {y} | {n} | {total} | {n / total:.1%} |")
    return out


def _indicator_coverage(linked: dict[str, list[dict]]) -> list[str]:
    """The coverage resource counted per core indicator: targets stated, and their outcomes."""
    rows = linked.get("coverage", [])
    if not rows:
        return []
    count: dict[str, dict[str, int]] = {}
    for r in rows:
        c = count.setdefault(r["indicator_code"], {})
        for key in (f"target:{r['target']}", f"outcome:{r['outcome']}"):
            c[key] = c.get(key, 0) + 1
    cols = [("target:stated", "target with a figure"), ("target:stated-without-figure", "without a figure"),
            ("target:not-found", "none found"), ("outcome:stated", "outcome stated"),
            ("outcome:not-stated", "outcome not stated"), ("outcome:no-report", "next report not here")]
    out = ["## Core indicators: targets and outcomes, gaps included", "",
           "`coverage` has a row for every document and core headline indicator: whether the report states a target, "
           "and for a target with a figure whether its outcome is stated, not stated, or the report that would state "
           "it is not in the package. Documents per indicator:", "",
           "| indicator | " + " | ".join(h for _, h in cols) + " |", "|---|" + "---|" * len(cols)]
    for code in dict.fromkeys(r["indicator_code"] for r in rows):
        out.append(f"| `{code}` | " + " | ".join(str(count[code].get(k, 0)) for k, _ in cols) + " |")
    return out + [""]


def _coverage(summary: Summary) -> list[str]:
    """Documents as a region × plan-year table: which governments and years the package covers."""
    by_region: dict[str, dict[int, list[str]]] = {}
    names = {}
    for d in summary.documents:
        names[d["region_code"]] = f"{d['region_full_name']}, {d['region_level']}"
        by_region.setdefault(d["region_code"], {}).setdefault(int(d["plan_year"]), []).append(d["document_id"])
    years = sorted({y for r in by_region.values() for y in r})
    out = ["| region | documents | plan years |", "|---|---|---|"]
    for code in sorted(by_region):
        ys = sorted(by_region[code])
        out.append(f"| {names[code]} ({code}) | {sum(len(v) for v in by_region[code].values())} | {_year_ranges(ys)} |")
    decades = sorted({y // 10 * 10 for y in years})
    if decades:
        out += ["", "| region | " + " | ".join(f"{d}s" for d in decades) + " |", "|---|" + "---|" * len(decades)]
        for code in sorted(by_region):
            cells = [str(sum(1 for y in by_region[code] if y // 10 * 10 == d) or "") for d in decades]
            out.append(f"| {names[code]} | " + " | ".join(cells) + " |")
    return out


def _year_ranges(years: list[int]) -> str:
    """1998, 1999, 2000, 2003 → 1998–2000, 2003."""
    out, start = [], None
    for i, y in enumerate(years):
        if start is None:
            start = y
        if i + 1 == len(years) or years[i + 1] != y + 1:
            out.append(str(start) if start == y else f"{start}–{y}")
            start = None
    return ", ".join(out)


def _count_table(summary: Summary) -> list[str]:
    names = [n for n in schemas.RESOURCES if n not in ("documents", "coverage")]  # coverage: a row per indicator
    out = ["| document | plan year | " + " | ".join(names) + " | look again |", "|---|---|" + "---|" * (len(names) + 1)]
    totals = dict.fromkeys(names, 0)
    for d in summary.documents:
        doc_id = d["document_id"]
        counts = summary.counts.get(doc_id, {})
        for n in names:
            totals[n] += counts.get(n, 0)
        flags = [k for k, on in summary.flags.get(doc_id, {}).items() if on]
        if doc_id in summary.kept:
            flags.append("withheld")
        out.append(f"| `{doc_id}` | {d['plan_year']} | " + " | ".join(str(counts.get(n, 0)) for n in names)
                   + " | " + ", ".join(flags) + " |")
    out.append("| **all** | | " + " | ".join(str(totals[n]) for n in names) + " | |")
    return out


def data_card(desc: dict, summary: Summary, sizes: dict[str, int]) -> str:
    """The package README: coverage, counts, flags, files, how to read, validate and cite, known problems, fields."""
    docs = summary.documents
    L = [f"# {desc['title']}", "", f"{PACKAGE_TITLE_ZH}", "",
         f"Version **{desc['version']}**, created {desc['created']} (the latest publication date of its sources). "
         f"Data licensed {desc['licenses'][0]['title']} ({desc['licenses'][0]['name']}); each source document keeps "
         f"its own status, listed below.", "",
         "Generated by the policydata pipeline from `raw/`; do not edit by hand.", "",
         "## Coverage", "", f"{len(docs)} documents from {len({d['region_code'] for d in docs})} governments; "
         f"{sum(1 for d in docs if not d['published'])} of them undated (the copy states no publication date: "
         "`published` is empty).", ""]
    L += _coverage_by_level(summary) + [""] + _coverage(summary) + [""]
    L += accuracy.section(accuracy.load())
    L += ["## Documents", "", "| document | title | issuer | published | format |", "|---|---|---|---|---|"]
    for d in docs:
        L.append(f"| `{d['document_id']}` | {d['title']} | {d['issuer']} | {d['published'] or '—'} | "
                 f"{d['source_format']} ({d['source_encoding']}) |")
    L += ["", "## Rows per document", "",
          "*Look again* flags outputs that look wrong, so you know which documents to trust less: "
          + "; ".join(f"`{k}`: {v}" for k, v in FLAG_TEXT.items())
          + "; `withheld`: this version could not read the document again, its rows are those of the previous "
            "version (see Withheld).", ""] + _count_table(summary)
    L += ["", "## Withheld", ""]
    if summary.withheld:
        L += ["Documents that could not be published in this version (a failed read, a failed extraction or rows that "
              "break the schemas). A document already published keeps its previous rows; a new one is left out "
              "until it is fixed.", "", "| document | step | problem | rows |", "|---|---|---|---|"]
        for w in summary.withheld:
            kept = "previous version's rows kept" if w.document_id in summary.kept else "not published"
            L.append(f"| `{w.document_id}` | {w.step} | {w.message.replace('|', '/')} | {kept} |")
    else:
        L.append("None: every document of `raw/` is published from its current source.")
    L += ["", "## Files", "", "| resource | CSV | Parquet |", "|---|---|---|"]
    by_name = {r["name"]: r for r in desc["resources"]}
    for name in schemas.RESOURCES:
        c, p = by_name[name], by_name[name + "-parquet"]
        L.append(f"| `{name}` | [`{c['path']}`]({c['path']}) ({sizes[c['path']]:,} bytes) | "
                 f"[`{p['path']}`]({p['path']}) ({sizes[p['path']]:,} bytes) |")
    first = docs[0]["document_id"] if docs else "<document_id>"
    L += ["", "CSV files are UTF-8 with a byte-order mark (Excel opens them without garbled characters), comma-separated,",
          "quoted where needed, with LF line ends. Parquet files hold the same rows in the same order, typed; their",
          "schemas in datapackage.json also list `nan` and `NaT` as missing values, because frictionless reads",
          "Parquet through pandas, which turns a null number into NaN.",
          "`text/<document_id>.txt` is the plain text of each document that every `char_start`/`char_end` points into.",
          "", "## Reading offsets", "", "Offsets are Python string indices into the text file, read without newline translation:",
          "", "```python", f"text = open('text/{first}.txt', encoding='utf-8', newline='').read()",
          "assert text[row.char_start:row.char_end] == row.source_text", "```", "",
          "## Validate", "", "```sh", "frictionless validate datapackage.json", "```", "",
          "This checks every resource, CSV and Parquet, against its schema, including primary and foreign keys.", "",
          "## Versions", "", "Each publication is a semantic version: patch when a document's source is corrected (or the",
          "extraction improves), minor when a document is added, major when a schema changes incompatibly or a",
          "document is withdrawn. [`CHANGELOG.md`](CHANGELOG.md) says, per version and per document, what changed:",
          "each changed field as old → new, rows added and removed (counted when many), rows that only moved in",
          "the text counted, and documents withheld from the version with the reason; `changes/<version>.json`",
          "holds every row and field, old and new, for machines (the rows of a document added whole are that",
          "version's rows of the document, counted there, not repeated).", "",
          "## Cite", "", f"policydata, *{desc['title']}*, version {desc['version']} ({desc['created'][:10]}), "
          f"{desc['licenses'][0]['name']}. Sources: the governments listed under Coverage.", "",
          "## Known problems in the sources", ""]
    if not summary.issues:
        L.append("None found.")
    by_doc: dict[str, list[dict]] = {}
    for r in summary.issues:
        by_doc.setdefault(r["document_id"], []).append(r)
    for d in docs:
        mine = by_doc.get(d["document_id"])
        if not mine:
            continue
        L += [f"### `{d['document_id']}`", "", "| kind | where (chars) | problem |", "|---|---|---|"]
        L += [f"| {r['kind']} | {r['char_start']}–{r['char_end']} | {r['message'].replace('|', '/')} |" for r in mine]
        L.append("")
    L += [""] + card_section(summary.linked) + maps.card_section(summary.linked)
    L += _indicator_coverage(summary.linked) + ["## Indicators", "", VOCABULARY_INTRO, "", vocabulary_table()]
    L += ["", "## Fields", "", all_field_tables()]
    return "\n".join(L).rstrip() + "\n"
