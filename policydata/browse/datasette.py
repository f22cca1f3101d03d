"""Datasette over the package's SQLite database, with its metadata generated from the published schemas.

Titles and descriptions in Chinese and English, licence and source links, facets, foreign-key labels
and canned queries all follow from datapackage.json, so a resource published later shows up described.
A small plugin (plugin.py) makes the search box search by Chinese words (search.py), shows booleans
as words and puts the referenced row's label beside an id on row pages.
"""

from __future__ import annotations

import html
from pathlib import Path

from . import database, search
from .plugin import BOOLEAN_WORDS
from .database import Table
from .database import _q as quote
from ..paths import PACKAGE_DIR

TEMPLATE_DIR = PACKAGE_DIR / "browse" / "templates"
STATIC_DIR = PACKAGE_DIR / "browse" / "static"

#: Columns people filter by, faceted wherever a table or view has them: few values each, so the facets stay
#: short (an indicator code has dozens of values: facet by it from its column menu).
FACET_COLUMNS = ("region_name", "plan_year", "kind", "category", "level", "met")

#: Datasette settings: facets and queries over the whole corpus need more than the defaults allow.
SETTINGS = {"facet_time_limit_ms": 2000, "sql_time_limit_ms": 5000, "default_page_size": 50,
            "suggest_facets": False, "default_facet_size": 8}


def _both(zh: str | None, en: str | None, sep: str = " · ") -> str:
    return sep.join(x for x in (zh, en) if x)


def column_description(field: dict) -> str:
    """`指标 Indicator: 中文说明 / English description` from a field's schema."""
    title = _both(field.get("title_zh"), field.get("title"), " ")
    text = _both(field.get("description_zh"), field.get("description"), " / ")
    return f"{title}: {text}" if text else title


def _described(schema: dict, fields: list[dict], name: str) -> dict:
    """Title, description, column notes, Chinese column titles and facets of a table or view."""
    meta = {
        "title": _both(schema.get("title_zh"), schema.get("title") or name, " "),
        "description": _both(schema.get("description_zh"), schema.get("description"), "\n\n"),
        "columns": {f["name"]: column_description(f) for f in fields},
        "column_titles": {f["name"]: f["title_zh"] for f in fields if f.get("title_zh")},
        "boolean_columns": [f["name"] for f in fields if f.get("type") == "boolean"],
    }
    if facets := [c for c in FACET_COLUMNS if c in meta["columns"]]:
        meta["facets"] = facets
    return meta


def table_metadata(t: Table, all_tables: list[Table]) -> dict:
    meta = _described(t.schema, t.fields, t.name)
    by_name = {x.name: x for x in all_tables}
    refs = {cols[0]: [other, ocols[0], database.label_column(by_name[other])]
            for cols, other, ocols in database.foreign_keys(t, all_tables)
            if len(cols) == 1 and other in by_name and database.label_column(by_name[other])}
    if refs:
        meta["references"] = refs  # column → [table, column, label column]: labels on row pages
    if label := database.label_column(t):
        meta["label_column"] = label  # how other tables show a link to this one
    if database.fts_columns(t):  # the search box searches by words (search.py), not by trigrams
        meta["fts_table"], meta["fts_pk"] = t.name + search.WORDS_SUFFIX, "rowid"
    return meta


def view_metadata(view: database.ContextView) -> dict:
    fields = view.table.fields + [f for f in view.context.fields if f["name"] in view.columns]
    meta = _described(view.table.schema, fields, view.name)
    meta["title"] += "（含地区、年度 · with region and year）"
    return meta


def _has(by_name: dict[str, Table], table: str, *columns: str) -> bool:
    return table in by_name and all(c in by_name[table].field_names for c in columns)


def _field(t: Table, column: str) -> dict:
    return next((f for f in t.fields if f["name"] == column), {"name": column})


def _pick(alias: str, t: Table, column: str, name: str | None = None, zh_prefix: str = "") -> tuple[str, str]:
    """`alias.column AS "中文 name"`: a canned query's column headed in both languages, a boolean as words."""
    f, name = _field(t, column), name or column
    expr = f"{alias}.{quote(column)}"
    if f.get("type") == "boolean":
        expr = f"CASE {expr} " + " ".join(f"WHEN {k} THEN '{v}'" for k, v in BOOLEAN_WORDS.items()) + " END"
    header = f"{zh_prefix}{f['title_zh']} {name}" if f.get("title_zh") else name
    return name, f"{expr} AS {quote(header)}"


def _select(picks: list[tuple[str, str]]) -> str:
    """The select list, each column name once (the first pick of a name wins)."""
    seen: dict[str, str] = {}
    for name, sql in picks:
        seen.setdefault(name, sql)
    return ", ".join(seen.values())


def canned_queries(all_tables: list[Table]) -> dict:
    """The questions people ask, each offered only when the tables and columns it needs exist."""
    by_name = {t.name: t for t in all_tables}
    queries = {}
    where_gov = "(d.region_name LIKE '%' || :government || '%' OR d.issuer LIKE '%' || :government || '%')"
    if _has(by_name, "targets", "document_id", "kind", "indicator") and _has(
            by_name, "documents", "document_id", "region_name", "issuer", "plan_year"):
        tcols = [c for c in ("indicator", "indicator_code", "comparator", "direction", "value", "value_max",
                             "unit", "aspirational", "source_text", "target_id") if c in by_name["targets"].field_names]
        targets, documents = by_name["targets"], by_name["documents"]
        picks = [_pick("d", documents, "region_name"), _pick("d", documents, "plan_year")] + [
            _pick("t", targets, c) for c in tcols]
        select = _select(picks)
        select_kind = _select(picks + [_pick("t", targets, "kind")])
        queries["headline_targets_by_year"] = {
            "title": "一个政府历年的主要预期目标 · A government's headline targets across years",
            "description": "输入行政区或发文机关名称的一部分（如省名），按年度列出其主要预期目标。"
                           " / Type part of a region's or issuer's name; its headline targets, year by year.",
            "sql": (f"SELECT {select} FROM targets AS t JOIN documents AS d ON d.document_id = t.document_id\n"
                    f"WHERE t.kind = 'headline' AND {where_gov}\nORDER BY d.plan_year, d.document_id, t.rowid"),
        }
        queries["targets_for_indicator"] = {
            "title": "某一指标在各地各年的目标 · One indicator's targets across governments and years",
            "description": "输入指标名称的一部分（如“生产总值”）。 / Type part of an indicator's name.",
            "sql": (f"SELECT {select_kind} FROM targets AS t JOIN documents AS d ON d.document_id = t.document_id\n"
                    f"WHERE t.indicator LIKE '%' || :indicator || '%'\n"
                    f"ORDER BY d.region_code, d.plan_year, t.rowid"),
        }
    if "outcomes" in by_name and "target_results" in by_name:
        sql = _targets_with_outcomes(by_name, all_tables)
        if sql:
            queries["targets_with_outcomes"] = {
                "title": "目标与实际完成情况 · Targets with their outcomes",
                "description": "每个目标与同一政府后来报告的同一指标、同一年度的结果。"
                               " / Each target beside the outcome the same government later reported.",
                "sql": sql,
            }
    return queries


def _targets_with_outcomes(by_name: dict[str, Table], all_tables: list[Table]) -> str | None:
    """A join of target_results to both sides, from its foreign keys (whatever its columns are called)."""
    links = {other: (cols[0], ocols[0]) for cols, other, ocols in
             database.foreign_keys(by_name["target_results"], all_tables) if len(cols) == 1}
    if "targets" not in links or "outcomes" not in links:
        return None
    (tcol, tkey), (ocol, okey) = links["targets"], links["outcomes"]
    side = {"targets": ("t", "target", "目标"), "outcomes": ("o", "outcome", "结果")}
    results = by_name["target_results"]
    picks = [_pick("r", results, c) for c in results.field_names]
    for table, (alias, prefix, zh) in side.items():
        for c in ("indicator", "year", "target_year", "comparator", "value", "value_max", "unit", "source_text"):
            if c in by_name[table].field_names:
                name = c if c.startswith(prefix) else f"{prefix}_{c}"
                picks.append(_pick(alias, by_name[table], c, name, "" if c.startswith(prefix) else zh))
    joins = (f"FROM target_results AS r JOIN targets AS t ON t.{tkey} = r.{tcol}\n"
             f"JOIN outcomes AS o ON o.{okey} = r.{ocol}")
    if _has(by_name, "documents", "document_id", "region_name", "plan_year") and "document_id" in by_name["targets"].field_names:
        joins += "\nJOIN documents AS d ON d.document_id = t.document_id"
        picks = [_pick("d", by_name["documents"], "region_name"), _pick("d", by_name["documents"], "plan_year")] + picks
    head = "region_name" in dict(picks)
    return f"SELECT {_select(picks)}\n{joins}\nORDER BY " + (
        "d.region_code, d.plan_year, t.rowid" if head else "t.rowid")


def _sources_html(desc: dict) -> str:
    items = []
    for src in desc.get("sources", []):
        title = html.escape(src.get("title") or src.get("path", ""))
        path = src.get("path", "")
        link = f'<a href="{html.escape(path)}">{title}</a>' if path.startswith(("http://", "https://")) else title
        lic = f" — {html.escape(src['license'])}" if src.get("license") else ""
        items.append(f"<li>{link}{lic}</li>")
    return (f"<details><summary>来源文件 {len(items)} 份 · {len(items)} source documents</summary>"
            f"<ul>{''.join(items)}</ul></details>")


def metadata(package: Path, db_name: str) -> dict:
    """Datasette metadata for the database `db_name` built from the package at `package`."""
    desc = database.descriptor(package)
    all_tables = database.tables(package, desc)
    lic = (desc.get("licenses") or [{}])[0]
    tables_meta = {t.name: table_metadata(t, all_tables) for t in all_tables}
    for t in all_tables:
        if view := database.context_view(t, all_tables):
            tables_meta[view.name] = view_metadata(view)
    tables_meta[database.BUILD_TABLE] = {"hidden": True}
    for t in all_tables:
        if database.fts_columns(t):
            tables_meta[t.name + search.WORDS_SUFFIX] = {"hidden": True}
    about = (f"<p>{html.escape(desc.get('description', ''))}</p>"
             f"<p>版本 Version {html.escape(desc.get('version', ''))}</p>" + _sources_html(desc))
    return {
        "title": desc.get("title") or desc.get("name") or db_name,
        "description_html": about,
        "license": lic.get("title") or lic.get("name"),
        "license_url": lic.get("path"),
        "source": "政府工作报告原文 · The reports (documents: url, license)",
        "source_url": f"/{db_name}/documents" if "documents" in tables_meta else None,
        "extra_css_urls": ["/policydata-static/browse.css"],
        "databases": {db_name: {
            "title": desc.get("title") or db_name,
            "description_html": about,
            "tables": tables_meta,
            "queries": canned_queries(all_tables),
        }},
    }


def _register_plugin() -> None:
    from datasette.plugins import pm

    from . import plugin

    if not pm.is_registered(plugin):
        pm.register(plugin, name="policydata.browse.plugin")


def datasette(db_path: Path, package: Path):
    """A Datasette instance serving the database read-only, described by the package."""
    from datasette.app import Datasette

    _register_plugin()
    return Datasette(
        immutables=[str(db_path)],
        metadata=metadata(package, db_path.stem),
        template_dir=str(TEMPLATE_DIR),
        static_mounts=[("policydata-static", str(STATIC_DIR))],
        settings=dict(SETTINGS),
    )


def serve(db_path: Path, package: Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve until interrupted (Ctrl-C)."""
    import uvicorn
    from datasette import handle_exception

    # Datasette prints every error page, a 404 included, as a full traceback with locals whenever rich is
    # importable (typer brings it); the person browsing gets the error page, the terminal needs none of that.
    handle_exception.rich = None
    ds = datasette(db_path, package)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
