"""SQLite and Datasette: the package as a database, served for people to browse, checked through a real server.

The package is built here from a few raw/ reports with the library (no Prefect); every expectation is read
from that package, never typed in. The Chromium test also writes the README's screenshot when
POLICYDATA_SCREENSHOT names where (see `make screenshot`).
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import sqlite_utils
from markupsafe import escape

from conftest import ROOT
from policydata.browse import database
from policydata.browse import datasette as browse
from policydata.browse.search import match_query, segmented
from policydata.extract.registry import extract
from policydata.publish import builder, memory

# Two years of one government (headline targets across years) and the seed (glossary, source issues).
DOCS = ("hebei-province-2022", "hebei-province-2024", "tj-heping-2020")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars"]


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("browse")
    for d in DOCS:
        shutil.copytree(ROOT / "raw" / d, tmp / "raw" / d)
    out = tmp / "datapackage"
    docs = memory.load_all(tmp / "raw")
    builder.check_and_swap(memory.stage(out, docs, memory.assemble([extract(d) for d in docs])), out)
    return out


def package_rows(package: Path, name: str) -> list[dict]:
    """A resource's rows as the package's Parquet copy gives them."""
    return pq.read_table(package / "data" / f"{name}.parquet").to_pylist()


def package_names(package: Path) -> list[str]:
    desc = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    return list(dict.fromkeys(Path(r["path"]).stem for r in desc["resources"]))


@pytest.fixture(scope="module")
def db(package) -> Path:
    out = package.parent / "built" / "datapackage.db"
    database.build(package, out)
    return out


# ---------------------------------------------------------------- the database


def test_two_builds_are_byte_identical(package, db, tmp_path):
    again = tmp_path / "again.db"
    database.build(package, again)
    assert again.read_bytes() == db.read_bytes()


def test_every_resource_is_a_table_with_its_rows_keys_and_types(package, db):
    sdb = sqlite_utils.Database(db)
    desc = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    schemas = {Path(r["path"]).stem: r["schema"] for r in desc["resources"]}
    assert package_names(package) and set(package_names(package)) <= set(sdb.table_names())
    sql_types = {"string": "TEXT", "integer": "INTEGER", "number": "REAL", "boolean": "INTEGER", "date": "TEXT"}
    for name in package_names(package):
        schema, table = schemas[name], sdb[name]
        expected = package_rows(package, name)
        assert table.count == len(expected), name
        with open(package / "data" / f"{name}.csv", encoding="utf-8-sig", newline="") as f:
            assert table.count == sum(1 for _ in csv.DictReader(f)), name
        assert table.pks == ([schema["primaryKey"]] if isinstance(schema["primaryKey"], str) else schema["primaryKey"])
        assert {c.name: c.type for c in table.columns} == {f["name"]: sql_types[f["type"]] for f in schema["fields"]}
        fks = {(fk.column, fk.other_table, fk.other_column) for fk in table.foreign_keys}
        for fk in schema.get("foreignKeys", []):
            other = fk["reference"]["resource"].removesuffix("-parquet") or name
            assert (fk["fields"][0], other, fk["reference"]["fields"][0]) in fks, (name, fk)
        # Same rows in the same order, nulls null and booleans 0/1.
        first = next(table.rows_where(order_by="rowid", limit=1), None)
        if expected:
            want = {k: (int(v) if isinstance(v, bool) else v.isoformat() if hasattr(v, "isoformat") else v)
                    for k, v in expected[0].items()}
            assert first == want


def test_references_resolve_inside_the_database(db):
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_full_text_search_finds_substrings_of_chinese_text(package, db):
    """Chinese has no spaces between words: the trigram index finds any run of 3+ characters."""
    targets = package_rows(package, "targets")
    needle = next(r["indicator"][:4] for r in targets if len(r["indicator"]) >= 4)
    want = {r["target_id"] for r in targets if needle in r["indicator"] or needle in r["source_text"]}
    conn = sqlite3.connect(db)
    got = {r[0] for r in conn.execute(
        "SELECT target_id FROM targets WHERE rowid IN (SELECT rowid FROM targets_fts WHERE targets_fts MATCH ?)",
        [f'"{needle}"'])}
    conn.close()
    assert got == want and got


def word_search(db: Path, table: str, query: str, key: str) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute(
            f"SELECT {key} FROM {table} WHERE rowid IN (SELECT rowid FROM {table}_fts_words WHERE {table}_fts_words "
            "MATCH ?)", [match_query(query)])}
    finally:
        conn.close()


def test_two_character_chinese_words_are_found_in_sqlite(package, db):
    """Most Chinese search words are two characters, too short for trigrams: the word index finds them."""
    projects = package_rows(package, "projects")
    named = {p["project_id"] for p in projects if "高铁" in p["name"]}
    assert named, "the reports chosen for this module name high-speed railway projects"
    found = word_search(db, "projects", "高铁", "project_id")
    assert named <= found
    by_id = {p["project_id"]: p for p in projects}
    assert all("高铁" in by_id[i]["name"] or "高铁" in by_id[i]["source_text"] for i in found)
    conn = sqlite3.connect(db)
    trigram = conn.execute("SELECT count(*) FROM projects_fts WHERE projects_fts MATCH ?", ['"高铁"']).fetchone()[0]
    conn.close()
    assert trigram == 0  # what the trigram index alone gave


def test_word_search_needs_whole_words():
    """Whole words, as the query is cut: 提高铁路 holds 高 + 铁路, so it is not a 高铁 row; every word of a
    longer query must occur."""
    assert "高铁" not in segmented("适当提高铁路运价").split()
    assert {"城际", "高铁"} <= set(segmented("建设城际高铁").split())
    assert match_query("京津冀 高铁") == '"京津冀" "高铁"'
    assert match_query('"铁路建设"') == '"铁路 建设"'


def test_resources_published_later_come_in_without_code_changes(package, tmp_path):
    """A package with two more resources (CSV only, as a newer publisher might write) gets their tables,
    keys, search and the canned query that needs them."""
    pkg = tmp_path / "pkg"
    shutil.copytree(package, pkg)
    targets = package_rows(package, "targets")[:3]
    desc = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
    outcome_fields = [
        {"name": "outcome_id", "type": "string", "title": "Outcome id", "title_zh": "结果编号",
         "constraints": {"required": True}},
        {"name": "document_id", "type": "string", "title": "Document id", "title_zh": "文件编号"},
        {"name": "year", "type": "integer", "title": "Year", "title_zh": "年度"},
        {"name": "indicator", "type": "string", "title": "Indicator", "title_zh": "指标"},
        {"name": "indicator_code", "type": "string", "title": "Indicator code", "title_zh": "指标代码"},
        {"name": "value", "type": "number", "title": "Value", "title_zh": "数值"},
        {"name": "estimate", "type": "boolean", "title": "Estimate", "title_zh": "预计数"},
    ]
    result_fields = [
        {"name": "target_id", "type": "string", "title": "Target id", "title_zh": "目标编号"},
        {"name": "outcome_id", "type": "string", "title": "Outcome id", "title_zh": "结果编号"},
        {"name": "met", "type": "boolean", "title": "Met", "title_zh": "是否完成"},
    ]
    desc["resources"] = [r for r in desc["resources"]  # as a package from before these two resources (and coverage)
                         if r["name"].removesuffix("-parquet") not in ("outcomes", "target_results", "coverage")]
    for name in ("outcomes", "target_results", "coverage"):
        (pkg / "data" / f"{name}.parquet").unlink(missing_ok=True)
    desc["resources"] += [
        {"name": "outcomes", "type": "table", "path": "data/outcomes.csv", "format": "csv",
         "schema": {"title": "Outcomes", "title_zh": "结果", "fields": outcome_fields, "primaryKey": ["outcome_id"],
                    "missingValues": [""], "foreignKeys": [{"fields": ["document_id"], "reference": {
                        "resource": "documents", "fields": ["document_id"]}}]}},
        {"name": "target_results", "type": "table", "path": "data/target_results.csv", "format": "csv",
         "schema": {"title": "Target results", "fields": result_fields, "primaryKey": ["target_id", "outcome_id"],
                    "missingValues": [""], "foreignKeys": [
                        {"fields": ["target_id"], "reference": {"resource": "targets", "fields": ["target_id"]}},
                        {"fields": ["outcome_id"], "reference": {"resource": "outcomes", "fields": ["outcome_id"]}}]}},
    ]
    (pkg / "datapackage.json").write_text(json.dumps(desc, ensure_ascii=False), encoding="utf-8")
    (pkg / "data" / "outcomes.csv").write_text(
        "\ufeffoutcome_id,document_id,year,indicator,indicator_code,value,estimate\n"
        + "".join(f"o{i},{t['document_id']},{t['target_year'] or ''},{t['indicator']},gdp,{i}.5,{'true' if i else 'false'}\n"
                  for i, t in enumerate(targets)), encoding="utf-8")
    (pkg / "data" / "target_results.csv").write_text(
        "\ufefftarget_id,outcome_id,met\n" + "".join(f"{t['target_id']},o{i},\n" for i, t in enumerate(targets)),
        encoding="utf-8")

    out = tmp_path / "later.db"
    database.build(pkg, out)
    sdb = sqlite_utils.Database(out)
    assert sdb["outcomes"].count == len(targets) == sdb["target_results"].count
    assert sdb["target_results"].pks == ["target_id", "outcome_id"]
    assert {(fk.column, fk.other_table) for fk in sdb["target_results"].foreign_keys} == {
        ("target_id", "targets"), ("outcome_id", "outcomes")}
    assert list(sdb["outcomes"].rows_where("outcome_id = 'o0'", select="value, estimate, year")) == [
        {"value": 0.5, "estimate": 0, "year": targets[0]["target_year"]}]
    assert "outcomes_fts" in sdb.table_names()

    meta = browse.metadata(pkg, "later")
    tables = meta["databases"]["later"]["tables"]
    assert tables["outcomes"]["boolean_columns"] == ["estimate"]
    assert tables["outcomes"]["column_titles"]["estimate"] == "预计数"
    query = meta["databases"]["later"]["queries"]["targets_with_outcomes"]["sql"]
    conn = sqlite3.connect(out)
    got = conn.execute(query).fetchall()
    conn.close()
    assert len(got) == len(targets)
    # Without those resources the question is not offered.
    older = tmp_path / "older"
    shutil.copytree(package, older)
    desc["resources"] = [r for r in desc["resources"] if r["name"] not in ("outcomes", "target_results")]
    (older / "datapackage.json").write_text(json.dumps(desc, ensure_ascii=False), encoding="utf-8")
    assert "targets_with_outcomes" not in browse.metadata(older, "datapackage")["databases"]["datapackage"]["queries"]


def test_is_current_follows_the_package(package, db, tmp_path):
    assert database.is_current(package, db)
    pkg = tmp_path / "pkg"
    shutil.copytree(package, pkg)
    desc = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
    desc["version"] = desc["version"] + "-changed"
    (pkg / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    assert not database.is_current(pkg, db)
    assert not database.is_current(package, tmp_path / "missing.db")


def test_sqlite_command_reports_a_missing_package_in_one_line(tmp_path):
    r = subprocess.run([sys.executable, "-m", "policydata.cli", "sqlite", str(tmp_path / "nope"), str(tmp_path / "x.db")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "datapackage.json" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "x.db").exists()


def test_a_package_that_would_not_validate_is_refused_in_one_line(package, tmp_path):
    """Two rows with one primary key: no database, one line naming the file, exit code 2."""
    pkg = tmp_path / "pkg"
    shutil.copytree(package, pkg)
    table = pq.read_table(pkg / "data" / "documents.parquet")
    pq.write_table(pa.concat_tables([table, table]), pkg / "data" / "documents.parquet")
    r = subprocess.run([sys.executable, "-m", "policydata.cli", "sqlite", str(pkg), str(tmp_path / "x.db")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2, r.stderr
    line = r.stderr.strip()
    assert "\n" not in line and "documents.parquet" in line and "UNIQUE" in line and "Traceback" not in line
    assert not list(tmp_path.glob("*.db*")) and not list(tmp_path.glob(".x.db*"))


# ---------------------------------------------------------------- the server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(base: str, path: str, **params) -> bytes:
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    with urllib.request.urlopen(url, timeout=30) as r:
        assert r.status == 200
        return r.read()


def get_json(base: str, path: str, **params) -> dict:
    return json.loads(get(base, path, **params))


@pytest.fixture(scope="module")
def server(package):
    """`policydata browse` as a user starts it, on a free port; it builds its database first."""
    db_path = package.parent / "served" / "datapackage.db"
    port = free_port()
    log = (package.parent / "browse.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "policydata.cli", "browse", "--package", str(package),
                             "--db", str(db_path), "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120  # a readiness wait, not an assertion on speed
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"browse exited {proc.returncode}: {log.name}")
            try:
                get(base, "/-/versions.json")
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield base, db_path
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def test_browse_built_its_database(server, package):
    _, db_path = server
    assert database.is_current(package, db_path)


def test_table_pages_and_api_count_what_the_package_holds(server, package):
    base, _ = server
    listed = get_json(base, "/datapackage.json")["tables"]
    visible = {t["name"]: t["count"] for t in listed if not t["hidden"]}
    for name in package_names(package):
        n = len(package_rows(package, name))
        assert visible[name] == n, name
        page = get_json(base, f"/datapackage/{name}.json", _size="max", _shape="objects")
        assert page["filtered_table_rows_count"] == n
        assert f"{n:,} row" in get(base, f"/datapackage/{name}").decode()
    assert database.BUILD_TABLE not in visible


def test_context_view_lists_rows_in_text_order_across_pages(server, package):
    """Table pages sort by primary key (hashed ids, grouped by document); the view keeps the package's order."""
    base, _ = server
    ids, path, params = [], "/datapackage/targets_in_context.json", {"_shape": "objects", "_size": 50}
    while path:
        page = get_json(base, path, **params)
        ids += [r["target_id"] for r in page["rows"]]
        nxt = page.get("next_url")
        path, params = (urllib.parse.urlsplit(nxt).path + "?" + urllib.parse.urlsplit(nxt).query, {}) if nxt else (None, {})
    assert ids == [r["target_id"] for r in package_rows(package, "targets")]


def test_facets_count_what_the_package_holds(server, package):
    base, _ = server
    targets = package_rows(package, "targets")
    facet = get_json(base, "/datapackage/targets.json", _facet="kind")["facet_results"]["kind"]["results"]
    assert {f["value"]: f["count"] for f in facet} == Counter(r["kind"] for r in targets)
    # Region and plan year live in documents: the context view facets targets by them.
    docs = {d["document_id"]: d for d in package_rows(package, "documents")}
    page = get_json(base, "/datapackage/targets_in_context.json", _size=0)
    results = page["facet_results"]
    assert {f["value"]: f["count"] for f in results["region_name"]["results"]} == Counter(
        docs[r["document_id"]]["region_name"] for r in targets)
    assert {f["value"]: f["count"] for f in results["plan_year"]["results"]} == Counter(
        docs[r["document_id"]]["plan_year"] for r in targets)
    assert page["filtered_table_rows_count"] == len(targets)


def test_a_target_shows_its_programs_and_documents_titles(server, package):
    base, _ = server
    titles = {p["program_id"]: p["title"] for p in package_rows(package, "programs")}
    doc_titles = {d["document_id"]: d["title"] for d in package_rows(package, "documents")}
    target = next(t for t in package_rows(package, "targets") if t["program_id"])
    row = get_json(base, "/datapackage/targets.json", target_id=target["target_id"], _labels="on",
                   _shape="objects")["rows"][0]
    assert row["program_id"] == {"value": target["program_id"], "label": titles[target["program_id"]]}
    assert row["document_id"] == {"value": target["document_id"], "label": doc_titles[target["document_id"]]}
    page = get(base, "/datapackage/targets", target_id=target["target_id"]).decode()
    program_link = f'<a href="/datapackage/programs/{target["program_id"]}">{escape(titles[target["program_id"]])}</a>'
    assert program_link in page and escape(doc_titles[target["document_id"]]) in page


def test_full_text_search_through_the_server(server, package):
    """The search box searches by words: what the word index gives in SQLite, and every 高铁 project."""
    base, db_path = server
    targets = package_rows(package, "targets")
    needle = next(r["indicator"] for r in targets if len(r["indicator"]) >= 3)
    want = word_search(db_path, "targets", needle, "target_id")
    assert {t["target_id"] for t in targets if t["indicator"] == needle} <= want
    page = get_json(base, "/datapackage/targets.json", _search=needle, _size="max", _shape="objects")
    assert {r["target_id"] for r in page["rows"]} == want
    assert f"{len(want):,} row" in get(base, "/datapackage/targets", _search=needle).decode()
    named = {p["project_id"] for p in package_rows(package, "projects") if "高铁" in p["name"]}
    page = get_json(base, "/datapackage/projects.json", _search="高铁", _size="max", _shape="objects")
    assert named and named <= {r["project_id"] for r in page["rows"]}


def test_pages_read_as_words_labels_and_both_languages(server, package):
    base, _ = server
    target = next(t for t in package_rows(package, "targets") if t["program_id"])
    titles = {p["program_id"]: p["title"] for p in package_rows(package, "programs")}
    row_page = get(base, f"/datapackage/targets/{target['target_id']}").decode()
    assert f'<a href="/datapackage/programs/{target["program_id"]}">{escape(titles[target["program_id"]])}</a>' in row_page
    assert ("是 yes" if target["aspirational"] else "否 no") in row_page
    table_page = get(base, "/datapackage/targets").decode()
    assert '<details class="facets">' in table_page  # folded: the table starts right below
    assert "indicator_code" not in get_json(base, "/datapackage/targets.json", _size=0)["facet_results"]
    rows = get_json(base, "/datapackage/headline_targets_by_year.json", government=package_rows(
        package, "documents")[0]["region_name"], _shape="objects")["rows"]
    assert rows and all(r["目标编号 target_id"] for r in rows)
    assert {r["力争目标 aspirational"] for r in rows} <= {"是 yes", "否 no"}


def test_canned_query_lists_a_governments_headline_targets_across_years(server, package):
    base, _ = server
    docs = package_rows(package, "documents")
    region = Counter(d["region_name"] for d in docs).most_common(1)[0][0]  # the one with several years
    ids = {d["document_id"]: d["plan_year"] for d in docs if d["region_name"] == region}
    want = [t["target_id"] for t in package_rows(package, "targets") if t["document_id"] in ids and t["kind"] == "headline"]
    page = get_json(base, "/datapackage/headline_targets_by_year.json", government=region, _shape="objects", _size="max")
    assert sorted(r["目标编号 target_id"] for r in page["rows"]) == sorted(want) and want
    years = [r["计划年度 plan_year"] for r in page["rows"]]
    assert years == sorted(years) and len(set(years)) == len(ids) > 1


def test_metadata_describes_tables_and_columns_in_both_languages(server, package):
    base, _ = server
    meta = get_json(base, "/-/metadata.json")
    desc = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    schema = next(r["schema"] for r in desc["resources"] if r["name"] == "targets")
    table = meta["databases"]["datapackage"]["tables"]["targets"]
    assert schema["title_zh"] in table["title"] and schema["title"] in table["title"]
    assert schema["description_zh"] in table["description"] and schema["description"] in table["description"]
    for f in schema["fields"]:
        assert f["description_zh"] in table["columns"][f["name"]] and f["description"] in table["columns"][f["name"]]
    assert meta["license_url"] == desc["licenses"][0]["path"]
    assert desc["licenses"][0]["path"] in get(base, "/datapackage/targets").decode()


# ---------------------------------------------------------------- a browser


def chromium(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    profile = cwd / "chromium-profile"
    shutil.rmtree(profile, ignore_errors=True)
    return subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120, cwd=cwd)


def test_targets_page_in_a_browser_shows_chinese_column_titles_and_rows(server, package, tmp_path):
    assert Path(CHROMIUM).exists(), "Chromium is missing: apt-get install chromium fonts-wqy-microhei (make test does, through .ci/system-packages)"
    base, _ = server
    url = f"{base}/datapackage/targets"
    dom = chromium("--dump-dom", url, cwd=tmp_path)
    assert dom.returncode == 0, dom.stderr[-2000:]
    desc = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    fields = next(r["schema"]["fields"] for r in desc["resources"] if r["name"] == "targets")
    for f in fields:
        assert f'<span class="column-title-zh" lang="zh-Hans">{f["title_zh"]}</span>' in dom.stdout, f["name"]
    first = package_rows(package, "targets")[0]
    assert first["target_id"] in dom.stdout and first["indicator"] in dom.stdout
    assert dom.stdout.count('<td class="col-target_id') == min(50, len(package_rows(package, "targets")))

    shot = tmp_path / "browse-targets.png"
    r = chromium("--window-size=1400,1400", f"--screenshot={shot}", url, cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("POLICYDATA_SCREENSHOT"):  # `make screenshot` refreshes the README's picture
        shutil.copyfile(shot, os.environ["POLICYDATA_SCREENSHOT"])
