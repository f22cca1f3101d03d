"""Release notes a person can read: grouped by document, fields old → new, moved rows counted, not listed."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SMALL_REPORT, source_yml, write_doc
from policydata import changes, schemas
from policydata.publish import builder, memory
from policydata.extract.registry import extract
from policydata.changes import LIST_AT_MOST, compare, render
from policydata.ingest import load_document

CLI = str(Path(sys.executable).parent / "policydata")


# --- the diff of hand-made rows ----------------------------------------------------------------------

def desc(*docs: tuple[str, str]) -> dict:
    """A descriptor as compare() reads it: the sources' sha256 and each resource's schema."""
    return {"sources": [{"document_id": d, "sha256": sha} for d, sha in docs],
            "resources": [{"name": n, "format": "csv", "schema": schemas.schema(n)} for n in schemas.RESOURCES]}


def target(tid: str, indicator: str, value: str, start: int, program: str = "", **more) -> dict:
    text = more.pop("source_text", f"{indicator}增长{value}%左右")
    row = {f: "" for f in schemas.field_names("targets")}
    row.update({"target_id": tid, "document_id": "a-2021", "program_id": program, "kind": "headline",
                "indicator": indicator, "comparator": "approx", "value": value, "unit": "%", "source_text": text,
                "char_start": str(start), "char_end": str(start + len(text)), **more})
    return row


def program(pid: str, title: str, start: int, parent: str = "", text: str = "") -> dict:
    return {"program_id": pid, "document_id": "a-2021", "parent_id": parent, "level": "2" if parent else "1",
            "label": "（一）" if parent else "一、", "title": title, "text": text, "char_start": str(start),
            "char_end": str(start + len(title) + len(text))}


def document(doc_id: str = "a-2021", title: str = "某区2021年政府工作报告") -> dict:
    return {"document_id": doc_id, "title": title}


OLD = {"documents": [document()],
       "targets": [target("a-2021-t-1", "地区生产总值", "6", 100), target("a-2021-t-2", "居民收入", "6", 130),
                   target("a-2021-t-3", "城镇调查失业率", "5.5", 160, comparator="le")]}


def test_a_corrected_value_is_shown_old_to_new_and_rows_that_only_moved_are_counted():
    new = {"documents": [document()],
           "targets": [target("a-2021-t-1", "地区生产总值", "6.5", 100), target("a-2021-t-2", "居民收入", "6", 132),
                       target("a-2021-t-3", "城镇调查失业率", "5.5", 162, comparator="le")]}
    d = compare(desc(("a-2021", "1")), OLD, desc(("a-2021", "2")), new)
    text = render(d, "1.0.1")
    assert "### `a-2021` 某区2021年政府工作报告 (source corrected)" in text
    assert "- targets: 1 changed, 2 moved" in text
    assert "changed 地区生产总值 (`a-2021-t-1`): value 6 → 6.5; source_text 地区生产总值增长6%左右 → 地区生产总值增长6.5%左右" in text
    assert "a-2021-t-2" not in text and "a-2021-t-3" not in text  # moved: counted, not listed
    moved = d.to_json()["resources"]["targets"]["moved"]
    assert [(m["key"], m["old"], m["new"]) for m in moved] == [
        ("a-2021-t-2", {"char_start": "130", "char_end": "140"}, {"char_start": "132", "char_end": "142"}),
        ("a-2021-t-3", {"char_start": "160", "char_end": "175"}, {"char_start": "162", "char_end": "177"})]


def test_every_changed_field_is_shown_and_long_text_is_cut_around_the_difference():
    long_old = "坚持稳中求进工作总基调，" * 4 + "城镇调查失业率控制在5.5%以内" + "，确保就业形势总体稳定。" * 4
    long_new = long_old.replace("控制在5.5%以内", "不高于5%")
    old = {"targets": [target("a-2021-t-3", "城镇调查失业率", "5.5", 160, source_text=long_old)]}
    new = {"targets": [target("a-2021-t-3", "城镇调查失业率", "5", 160, source_text=long_new, comparator="le")]}
    line = next(x for x in render(compare(desc(("a-2021", "1")), old, desc(("a-2021", "1")), new)).splitlines()
                if "a-2021-t-3" in x)
    assert "comparator approx → le; value 5.5 → 5; source_text …基调，城镇调查失业率控制在5.5%以内，确保就业形势总体稳… → " \
           "…基调，城镇调查失业率不高于5%，确保就业形势总体稳…" in line
    assert len(line) < 200


def test_rows_under_a_corrected_heading_are_reidentified_not_removed_and_added():
    def rows(title: str) -> dict:
        parent = "a-2021-p-" + ("x" if title == "推动产业升级" else "y")
        return {"programs": [program(parent, title, 10)],
                "targets": [target(f"{parent}-t-{i}", ind, "5", 30 + 10 * i, program=parent)
                            for i, ind in enumerate(["工业增加值", "研发投入"])]}
    d = compare(desc(("a-2021", "1")), rows("推动产业升级"), desc(("a-2021", "2")), rows("推动产业转型升级"))
    t = d.resources["targets"]
    assert not t.added and not t.removed and [x["old_key"] for x in t.reidentified] == \
        ["a-2021-p-x-t-0", "a-2021-p-x-t-1"]
    text = render(d)
    assert "- targets: 2 re-identified" in text
    assert "- programs: 1 added, 1 removed" in text and "added 一、 推动产业转型升级 (`a-2021-p-y`)" in text


def test_few_added_rows_are_listed_many_are_counted():
    base = {"documents": [document()], "targets": []}
    for n, listed in ((LIST_AT_MOST, True), (LIST_AT_MOST + 1, False)):
        new = {"documents": [document()],
               "targets": [target(f"a-2021-t-{i}", f"指标{i}", "5", 100 + 20 * i) for i in range(n)]}
        text = render(compare(desc(("a-2021", "1")), base, desc(("a-2021", "1")), new))
        assert f"- targets: {n} added" in text
        assert ("added 指标0 (`a-2021-t-0`): comparator approx, value 5, unit %" in text) is listed


def test_an_entry_lists_at_most_its_budget_of_rows_and_counts_the_rest():
    docs = [f"d{i:02}-2021" for i in range(changes.LIST_BUDGET // 10 + 2)]

    def rows(value: str) -> dict:
        return {"documents": [document(x) for x in docs],
                "targets": [{**target(f"{x}-t-{i}", f"指标{i}", value, 100 + 20 * i), "document_id": x}
                            for x in docs for i in range(10)]}
    text = render(compare(desc(*[(x, "1") for x in docs]), rows("5"), desc(*[(x, "1") for x in docs]), rows("6")))
    assert sum(line.startswith("  - changed ") for line in text.splitlines()) == changes.LIST_BUDGET
    assert text.count("- targets: 10 changed (value 10, source_text 10)") == 2  # the last two documents
    assert len(text.splitlines()) < changes.LIST_BUDGET + 5 * len(docs)


def test_withheld_documents_are_in_the_notes_and_the_json():
    withheld = [{"document_id": "b-2021", "step": "extract", "message": "outline: no heading found\nsecond line"}]
    d = compare(desc(("a-2021", "1")), OLD, desc(("a-2021", "1")), OLD, withheld=withheld)
    assert not d and changes.next_version("1.0.0", d) is None  # a withheld document alone changes no row
    text = render(d, "1.0.1")
    assert "### Withheld" in text and "- `b-2021` (extract): outline: no heading found second line" in text
    assert d.to_json()["withheld"] == withheld


def test_json_has_one_row_per_line_and_reads_back():
    # rows added to a document already published are listed whole, one per line
    payload = {"version": "1.0.1", **compare(desc(("a-2021", "0")), {}, desc(("a-2021", "1")), OLD).to_json()}
    text = changes.dump_json(payload)
    assert json.loads(text) == payload
    assert sum('"target_id": "a-2021-t-' in line for line in text.splitlines()) == 3


def test_rows_of_a_document_added_whole_are_counted_not_repeated():
    """They are the document's rows in the package of that version; the JSON says how many per resource."""
    payload = compare({}, {}, desc(("a-2021", "1")), OLD).to_json()
    assert payload["documents"]["added"] == ["a-2021"]
    assert payload["rows_of_added_documents"]["targets"] == {"a-2021": 3}
    assert "targets" not in payload["resources"]


# --- a published package, re-issued ------------------------------------------------------------------

def publish(raw: Path, out: Path) -> None:
    docs = memory.load_all(raw)
    builder.check_and_swap(memory.stage(out, docs, memory.assemble([extract(d) for d in docs])), out)


def top_entry(out: Path) -> str:
    return (out / "CHANGELOG.md").read_text(encoding="utf-8").split("\n## ")[1]


def test_a_reissued_report_with_one_value_corrected(tmp_path):
    raw, out, old = tmp_path / "raw", tmp_path / "out", tmp_path / "old"
    write_doc(raw, "mou-qu-2021", SMALL_REPORT, source_yml())
    publish(raw, out)
    shutil.copytree(out, old)
    assert "增长6%左右" in SMALL_REPORT
    write_doc(raw, "mou-qu-2021", SMALL_REPORT.replace("增长6%左右", "增长6.5%左右"), source_yml())
    publish(raw, out)

    entry = top_entry(out)
    assert entry.startswith("1.0.1\n") and "### `mou-qu-2021` 某市某区2021年政府工作报告 (source corrected)" in entry
    payload = json.loads((out / "changes" / "1.0.1.json").read_text(encoding="utf-8"))
    targets = payload["resources"]["targets"]
    [fixed] = targets["changed"]
    assert f"changed 地区生产总值 (`{fixed['key']}`): value 6 → 6.5" in entry
    assert set(fixed["old"]) == set(fixed["new"]) == set(schemas.field_names("targets"))  # the full row
    assert (fixed["old"]["value"], fixed["new"]["value"]) == ("6", "6.5")
    moved = [m["key"] for r in payload["resources"].values() for m in r["moved"]]
    listed = set(re.findall(r"\(`([^`]+)`\)", entry))
    changed = {c["key"] for r in payload["resources"].values() for c in r["changed"]}
    assert moved and listed == changed and not listed & set(moved)  # what only moved is not listed
    assert f"- targets: 1 changed, {len(targets['moved'])} moved" in entry

    shown = subprocess.run([CLI, "diff", str(old), str(out)], capture_output=True, text=True, check=True).stdout
    assert shown.startswith(f"## {old} (1.0.0) → {out} (1.0.1)\n")
    section = entry[entry.index("### "):entry.index("\n\nMoved:")]
    assert section in shown  # the same notes as the CHANGELOG
    as_json = subprocess.run([CLI, "diff", "--json", str(old), str(out)], capture_output=True, text=True,
                             check=True).stdout
    assert json.loads(as_json) == {k: v for k, v in payload.items() if k != "version"}


def test_a_document_added_to_a_published_package_is_named_with_its_row_counts(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_doc(raw, "mou-qu-2021", SMALL_REPORT, source_yml())
    publish(raw, out)
    second = SMALL_REPORT.replace("2021", "2022").replace("幼儿园3所", "幼儿园4所")
    write_doc(raw, "mou-qu-2022", second, source_yml(title="某市某区2022年政府工作报告", plan_year="2022"))
    publish(raw, out)

    entry = top_entry(out)
    # the new report's review may answer the first one's targets: its target_results can change too
    assert entry.startswith("1.1.0\n\n1 document added")
    _, tables = changes.read_package_tables(out)
    counts = [sum(r["document_id"] == "mou-qu-2022" for r in tables[n]) for n in schemas.RESOURCES[1:]]
    assert counts[1] > 0  # it has targets
    assert "| `mou-qu-2022` | 某市某区2022年政府工作报告 | " + " | ".join(map(str, counts)) + " |" in entry
    # the other document's own rows did not change; its target is now answered by the new report's review
    other = entry.split("### `mou-qu-2021`")[1].split("\n\n")[1]
    assert other.splitlines()[0] == "- target_results: 1 added", other


# --- the first release of the whole corpus ----------------------------------------------------------

def test_the_first_release_of_the_corpus_is_a_coverage_table_by_level_and_year():
    """Real rows of a few reports, given to every document of raw/: a corpus at once is one line per level of
    government and plan year (the rows of each document are in the data card), so the notes stay short."""
    folders = sorted(p for p in (ROOT / "raw").iterdir() if (p / "source.yml").exists())
    assert len(folders) >= 245
    picked = [f for f in folders if f.name.split("-")[0] in {"national", "hebei", "hailar", "guangdong"}][::12]
    extracted = [extract(load_document(f)) for f in picked]
    small = render(compare({}, {}, desc(*[(f.name, f.name) for f in picked]),
                           {n: changes.rows_as_text(n, rows) for n, rows in memory.assemble(extracted).items()}),
                   "1.0.0", first=True)
    assert all(f"`{f.name}`" in small for f in picked)  # a few documents: a line each

    metas = {f.name: load_document(f).meta for f in folders}
    def as_document(rows: dict, doc_id: str) -> dict:
        old = rows["documents"][0]["document_id"]
        out = {n: [{k: v.replace(old, doc_id, 1) if isinstance(v, str) and k.endswith("_id") else v
                    for k, v in r.items()} for r in rs] for n, rs in rows.items()}
        out["documents"][0].update(plan_year=metas[doc_id].plan_year)
        return out
    everything = [as_document(extracted[i % len(extracted)], f.name) for i, f in enumerate(folders)]
    tables = {n: changes.rows_as_text(n, rows) for n, rows in memory.assemble(everything).items()}
    d = compare({}, {}, desc(*[(f.name, f.name) for f in folders]), tables)
    full = render(d, "1.0.0", first=True)
    groups = {(r["region_level"], r["plan_year"]) for r in tables["documents"]}
    table = [line for line in full.splitlines() if line.startswith("| ") and not line.startswith("| level")]
    assert len(table) == len(groups) + 1  # a line per level and year, and the total
    assert f"| **all** | | {len(folders)} |" in full and f"First release: {len(folders)} documents." in full
    assert len(full.splitlines()) < 200
    assert sum(len(r) for r in tables.values()) > 1000 and not re.search(r"\(`[^`]+`\)", full)  # counted, no row listed


def test_a_field_new_in_the_schema_changes_a_row_only_where_it_holds_a_value():
    schema = {"primaryKey": ["target_id"], "fields": []}
    old = [{"target_id": "a-t-1", "value": "5"}, {"target_id": "a-t-2", "value": "6"}]
    new = [{"target_id": "a-t-1", "value": "5", "indicator_code": ""},
           {"target_id": "a-t-2", "value": "6", "indicator_code": "gdp_growth"}]
    d = changes.diff_rows(schema, old, new)
    assert [(c["key"], c["fields"]) for c in d.changed] == [("a-t-2", ["indicator_code"])]


def test_the_diff_from_the_row_index_is_the_diff_from_the_files(tmp_path, monkeypatch):
    """With a cache, a run keeps where each document's rows sit (publish.index) and the next run's diff
    compares bytes per document; without one it reads the files: the two packages are the same bytes."""
    from policydata.publish import run

    raw, cache = tmp_path / "raw", tmp_path / "cache"
    second = source_yml(title="某市某区2022年政府工作报告", plan_year="2022")
    write_doc(raw, "mou-qu-2021", SMALL_REPORT, source_yml())
    write_doc(raw, "mou-qu-2022", SMALL_REPORT.replace("2021", "2022"), second)
    for out, cache_dir in ((tmp_path / "indexed", cache), (tmp_path / "read", None)):
        run(raw, out, cache_dir=cache_dir)
    assert list(cache.glob("rows-*.json"))
    write_doc(raw, "mou-qu-2021", SMALL_REPORT.replace("增长6%左右", "增长6.5%左右"), source_yml())
    shutil.rmtree(raw / "mou-qu-2022")
    write_doc(raw, "mou-qu-2023", SMALL_REPORT.replace("2021", "2023").replace("幼儿园3所", "幼儿园5所"),
              source_yml(title="某市某区2023年政府工作报告", plan_year="2023"))
    read_whole = changes._rows_to_compare

    def across_documents_only(old, new, name, added):
        assert name not in schemas.PER_DOCUMENT
        return read_whole(old, new, name, added)

    with monkeypatch.context() as m:  # the indexed run reads only the tables computed across documents whole
        m.setattr(changes, "_rows_to_compare", across_documents_only)
        run(raw, tmp_path / "indexed", cache_dir=cache)
    run(raw, tmp_path / "read")
    files = {p.relative_to(tmp_path / "read") for p in (tmp_path / "read").rglob("*") if p.is_file()}
    assert files == {p.relative_to(tmp_path / "indexed") for p in (tmp_path / "indexed").rglob("*") if p.is_file()}
    assert all((tmp_path / "read" / f).read_bytes() == (tmp_path / "indexed" / f).read_bytes() for f in files)
    assert "2.0.0" in (tmp_path / "read" / "CHANGELOG.md").read_text(encoding="utf-8")


def test_the_gate_trusts_only_documents_whose_text_and_rows_are_the_bytes_published(tmp_path):
    """Adding a report to a package: the documents whose text and rows are the bytes of the published
    package (which passed the gate) are not sliced against their texts again; a changed or added one is,
    and a span of it that does not hold still stops the package."""
    import pytest

    from policydata.errors import ValidationFailed
    from policydata.publish import run
    from policydata.validation.gate import validate_package

    raw, cache, out = tmp_path / "raw", tmp_path / "cache", tmp_path / "out"
    write_doc(raw, "mou-qu-2021", SMALL_REPORT, source_yml())
    write_doc(raw, "mou-qu-2022", SMALL_REPORT.replace("2021", "2022"),
              source_yml(title="某市某区2022年政府工作报告", plan_year="2022"))
    first = run(raw, out, cache_dir=cache)
    assert first.staged.trusted == frozenset()  # nothing published before: nothing to trust
    write_doc(raw, "mou-qu-2022", SMALL_REPORT.replace("2021", "2022").replace("增长6%左右", "增长6.5%左右"),
              source_yml(title="某市某区2022年政府工作报告", plan_year="2022"))
    write_doc(raw, "mou-qu-2023", SMALL_REPORT.replace("2021", "2023"),
              source_yml(title="某市某区2023年政府工作报告", plan_year="2023"))
    staged = _staged_run(raw, out, cache, tmp_path, "staged")  # the staged package, before the gate and the swap
    assert staged.trusted == {"mou-qu-2021"}
    validate_package(tmp_path / "staged", staged.trusted)
    for doc in ("mou-qu-2021", "mou-qu-2022", "mou-qu-2023"):  # a text that no longer holds the spans
        shutil.copytree(tmp_path / "staged", tmp_path / doc)
        path = tmp_path / doc / "text" / f"{doc}.txt"
        path.write_text(path.read_text(encoding="utf-8").replace("增长", "增加"), encoding="utf-8")
        if doc in staged.trusted:
            validate_package(tmp_path / doc, staged.trusted)
        else:
            with pytest.raises(ValidationFailed, match="span-text"):
                validate_package(tmp_path / doc, staged.trusted)
        with pytest.raises(ValidationFailed, match="span-text"):
            validate_package(tmp_path / doc)


def _staged_run(raw, out, cache, tmp_path, name):
    """Run a publish that stops before its gate: the Staged package, copied to tmp_path/name."""
    from policydata.publish import run
    import policydata.publish.loop as loop

    seen = []

    def keep(staged_, out_):
        seen.append(staged_)
        shutil.copytree(staged_.path, tmp_path / name)

    real = loop.check_and_swap
    loop.check_and_swap = keep
    try:
        run(raw, out, cache_dir=cache)
    finally:
        loop.check_and_swap = real
    return seen[0]


def _two_then_three(tmp_path):
    from policydata.publish import run

    raw, cache, out = tmp_path / "raw", tmp_path / "cache", tmp_path / "out"
    write_doc(raw, "mou-qu-2021", SMALL_REPORT, source_yml())
    write_doc(raw, "mou-qu-2022", SMALL_REPORT.replace("2021", "2022"),
              source_yml(title="某市某区2022年政府工作报告", plan_year="2022"))
    run(raw, out, cache_dir=cache)
    write_doc(raw, "mou-qu-2023", SMALL_REPORT.replace("2021", "2023"),
              source_yml(title="某市某区2023年政府工作报告", plan_year="2023"))
    return raw, cache, out


def _break_cell(package, doc, column, value):
    """Set `column` of `doc`'s first target to `value` in the CSV (the Parquet copy left alone)."""
    import csv as _csv
    import io

    path = package / "data" / "targets.csv"
    text = path.read_text(encoding="utf-8-sig")
    rows = list(_csv.reader(io.StringIO(text)))
    header = rows[0]
    i = next(k for k, r in enumerate(rows) if k and r[header.index("document_id")] == doc)
    rows[i][header.index(column)] = value
    buf = io.StringIO()
    _csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_bytes("\ufeff".encode() + buf.getvalue().encode("utf-8"))
    return i + 1  # the row's number in the file, the header being row 1


def test_the_gate_checks_the_cells_of_the_new_document_only_and_the_keys_of_all(tmp_path):
    """Adding a report: the cells of trusted documents (bytes of a package that passed) are not checked
    against the field rules again, but an added document's are, with the row named in the whole file;
    and a key shared with a trusted document's row is still a duplicate."""
    import pytest

    from policydata.errors import ValidationFailed
    from policydata.validation.gate import checker_errors

    raw, cache, out = _two_then_three(tmp_path)
    staged = _staged_run(raw, out, cache, tmp_path, "staged")
    assert staged.trusted == {"mou-qu-2021", "mou-qu-2022"}
    validate = __import__("policydata.validation.gate", fromlist=["x"]).validate_package
    validate(tmp_path / "staged", staged.trusted)

    shutil.copytree(tmp_path / "staged", tmp_path / "new-bad")
    row = _break_cell(tmp_path / "new-bad", "mou-qu-2023", "comparator", "about")
    found = [e for e in checker_errors(tmp_path / "new-bad", staged.trusted) if "targets.csv" in e and "enum" in e]
    assert found and f"row {row} field comparator" in found[0], found
    assert found == [e for e in checker_errors(tmp_path / "new-bad") if "targets.csv" in e and "enum" in e]

    shutil.copytree(tmp_path / "staged", tmp_path / "old-bad")
    _break_cell(tmp_path / "old-bad", "mou-qu-2021", "comparator", "about")
    assert not [e for e in checker_errors(tmp_path / "old-bad", staged.trusted) if "enum" in e]  # trusted: not again
    assert [e for e in checker_errors(tmp_path / "old-bad") if "enum" in e]  # without trust: found

    shutil.copytree(tmp_path / "staged", tmp_path / "dup")
    first = next(r for r in (tmp_path / "dup" / "data" / "targets.csv").read_text(encoding="utf-8-sig").splitlines()[1:]
                 if ",mou-qu-2021," in r).split(",")[0]
    _break_cell(tmp_path / "dup", "mou-qu-2023", "target_id", first)
    with pytest.raises(ValidationFailed, match="primary-key"):
        validate(tmp_path / "dup", staged.trusted)


def test_a_package_that_passed_other_rules_is_not_trusted(tmp_path, monkeypatch):
    """Trust holds only for the gate's rules the published package passed: when the schemas or the
    publication profile change, every cell is checked again."""
    from policydata.publish import builder as b

    raw, cache, out = _two_then_three(tmp_path)
    monkeypatch.setattr(b, "rules_digest", lambda: "other rules")
    staged = _staged_run(raw, out, cache, tmp_path, "staged")
    assert staged.trusted == frozenset()


def test_documents_the_cache_holds_are_no_work_for_the_runner(tmp_path):
    """Adding one report to a cached package sends that report alone to the runner; the others come from
    the cache in this process; the package is the bytes of a run without any cache."""
    from policydata.publish import Inline, run

    class Recording(Inline):
        def __init__(self):
            self.sent = []

        def extract(self, work, cache_dir):
            self.sent += [Path(f).name for batch in work for f in batch]
            yield from super().extract(work, cache_dir)

    raw, cache, out = _two_then_three(tmp_path)
    runner = Recording()
    run(raw, out, runner, cache_dir=cache)
    assert runner.sent == ["mou-qu-2023"]
    first = Recording()
    run(raw, tmp_path / "fresh", first)
    assert first.sent == ["mou-qu-2021", "mou-qu-2022", "mou-qu-2023"]
    files = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file() and "changes" not in p.parts
                   and p.name != "CHANGELOG.md")
    assert files and all((out / f).read_bytes() == (tmp_path / "fresh" / f).read_bytes()
                         for f in files if f.parts[0] != "datapackage.json" and f.name not in ("README.md", "datapackage.json"))
