"""One document never blocks the others: it is withheld, named with its step and place, and keeps its rows."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import SEED, SMALL_REPORT, source_yml, write_doc
from helpers import doc, snapshot
from package_checks import read_csv
from policydata import publish
from policydata.publish import document, memory, work
from policydata.extract.registry import extract
from policydata.validation.gate import row_problems

CLI = str(Path(sys.executable).parent / "policydata")


@pytest.fixture
def two_published(tmp_path):
    """raw/ with the seed and a small report, both published (library path, no Prefect)."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(SEED, raw / SEED.name)
    write_doc(raw, "mou-qu-2021", SMALL_REPORT, source_yml())
    result = publish.run(raw, out)
    assert result.version == "1.0.0" and not result.withheld
    return raw, out


def rows_of(out: Path, document_id: str) -> dict[str, list[dict]]:
    return {n: [r for r in read_csv(out / "data" / f"{n}.csv") if r["document_id"] == document_id]
            for n in ("documents", "programs", "targets", "projects", "source_issues")}


def test_a_failing_extraction_is_withheld_and_keeps_its_previous_rows(two_published, monkeypatch):
    raw, out = two_published
    before = rows_of(out, "mou-qu-2021")
    seed_before = rows_of(out, SEED.name)
    real = document.extract

    def breaks_on_one(d):  # a rule that fails on one text, as a regression in an extractor would
        if d.document_id == "mou-qu-2021":
            return [][0]
        return real(d)

    monkeypatch.setattr(document, "extract", breaks_on_one)
    (raw / "mou-qu-2021" / "report.txt").write_text(SMALL_REPORT.replace("3%", "4%"), encoding="utf-8")  # re-issued
    (raw / SEED.name / "report.txt").write_bytes((raw / SEED.name / "report.txt").read_bytes() + b"\n")
    result = publish.run(raw, out)
    [w] = result.withheld
    assert (w.document_id, w.step) == ("mou-qu-2021", "extract")
    assert w.message.startswith("IndexError: list index out of range (") and "test_withheld.py" not in w.message
    assert result.version == "1.0.1"  # the seed's re-issue is published
    assert rows_of(out, "mou-qu-2021") == before  # the withheld document's rows as they were
    assert rows_of(out, SEED.name)["targets"] == seed_before["targets"]
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "| `mou-qu-2021` | extract | IndexError" in card and "previous version's rows kept" in card
    assert "withheld" in (out / "CHANGELOG.md").read_text(encoding="utf-8").lower()


def test_strict_publishes_nothing_when_a_document_is_withheld(two_published):
    raw, out = two_published
    before = snapshot(out)
    (raw / "mou-qu-2021" / "source.yml").write_text(source_yml(encoding="utf-16"), encoding="utf-8")
    with pytest.raises(publish.StrictFailure) as info:
        publish.run(raw, out, strict=True)
    assert [w.document_id for w in info.value.withheld] == ["mou-qu-2021"]
    assert snapshot(out) == before
    assert not list(out.parent.glob(".out.staging-*"))


def test_cli_names_each_withheld_document_and_exits_4(two_published):
    raw, out = two_published
    (raw / "mou-qu-2021" / "report.txt").write_bytes(SMALL_REPORT.encode("gb18030"))
    (raw / "mou-qu-2021" / "source.yml").write_text(source_yml(encoding="utf-8"), encoding="utf-8")
    write_doc(raw, "new-2022", b"\x00\x01binary", source_yml())
    before_kept = rows_of(out, "mou-qu-2021")
    proc = subprocess.run([CLI, "publish", "--raw", str(raw), "--out", str(out), "--workers", "1", "--no-cache"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 4, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert lines == [
        f"policydata: withheld: mou-qu-2021: read: {raw}/mou-qu-2021/report.txt: does not decode as utf-8 (declared "
        f"in source.yml): invalid byte 0xca at offset 0 (its previous rows are kept)",
        f"policydata: withheld: new-2022: read: {raw}/new-2022/report.txt: binary file, not text (it contains NUL "
        f"bytes)"], proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert rows_of(out, "mou-qu-2021") == before_kept

    strict = subprocess.run([CLI, "publish", "--raw", str(raw), "--out", str(out), "--workers", "1", "--strict"],
                            capture_output=True, text=True, timeout=300)
    assert strict.returncode == 1 and strict.stderr.strip().splitlines()[-1].startswith("policydata: error: --strict")


def problem_of(d, rows) -> str | None:
    return row_problems([memory.as_extracted(d, rows)]).get(d.document_id)


def test_rows_that_break_the_schema_are_named_with_their_place():
    d = doc("一、工作安排\n（一）推进改革\n推进改革。\n")
    rows = extract(d)
    rows["programs"][1]["title"] = ""  # a section whose title came out empty
    p = rows["programs"][1]
    assert problem_of(d, rows) == f"programs: empty title at chars {p['char_start']}–{p['char_end']}"
    rows["programs"][1]["title"] = "推进改革"
    assert problem_of(d, rows) is None


def test_a_reference_to_a_program_of_the_document_must_exist():
    d = doc("一、工作安排\n今年新增就业2万人。\n")
    rows = extract(d)
    assert rows["targets"], rows
    rows["targets"][0]["program_id"] = "test-2021-p-00000000"
    assert problem_of(d, rows).startswith("targets: program_id: 'test-2021-p-00000000' is not")


def test_documents_checked_together_are_each_named_with_their_own_first_problem():
    a, b, c = doc("一、工作安排\n（一）推进改革\n推进改革。\n", "a-2021"), doc("一、安排\n新增就业2万人。\n", "b-2021"), \
        doc("一、部署\n（一）民生\n改善民生。\n", "c-2021")
    ra, rb, rc = (extract(x) for x in (a, b, c))
    ra["programs"][1]["title"] = ""
    rc["programs"][0]["level"] = 9
    rc["programs"][1]["title"] = ""  # c's first problem is its first row's
    found = row_problems([memory.as_extracted(x, r) for x, r in ((a, ra), (b, rb), (c, rc))])
    assert set(found) == {"a-2021", "c-2021"}
    assert found["a-2021"].startswith("programs: empty title at chars")
    assert found["c-2021"].startswith("programs: level: '9' is not")


def test_a_document_with_a_10_mb_value_never_sinks_its_batch():
    a, b, c = doc("一、工作安排\n（一）推进改革\n推进改革。\n", "a-2021"), doc("一、安排\n新增就业2万人。\n", "b-2021"), \
        doc("一、部署\n（一）民生\n改善民生。\n", "c-2021")
    ra, rb, rc = (extract(x) for x in (a, b, c))
    ra["documents"][0]["title"] = "报" * (10 * 1024 * 1024 // 3)  # a 10 MB title: longer than a CSV read block
    rb["programs"][0]["title"] = ""
    extracted = [memory.as_extracted(x, r) for x, r in ((a, ra), (b, rb), (c, rc))]
    found = row_problems(extracted)
    assert set(found) == {"b-2021"} and found["b-2021"].startswith("programs: empty title")
    extracted[2].lines["documents"] = b'"c-2021,an unclosed quote\n'  # rows that cannot be read back at all
    found = row_problems(extracted)
    assert set(found) == {"b-2021", "c-2021"}
    assert found["c-2021"].startswith("its rows cannot be read back as CSV")


def test_extraction_results_are_cached_by_content(tmp_path):
    raw, cache = tmp_path / "raw", tmp_path / "cache"
    write_doc(raw, "mou-qu-2021", SMALL_REPORT, source_yml())
    first = work.extract_batch([str(raw / "mou-qu-2021")], str(cache))
    assert len(list(cache.glob("*.pickle"))) == 1
    again = work.extract_batch([str(raw / "mou-qu-2021")], str(cache))
    assert again[0].lines == first[0].lines
    (raw / "mou-qu-2021" / "report.txt").write_text(SMALL_REPORT + "\n", encoding="utf-8")
    work.extract_batch([str(raw / "mou-qu-2021")], str(cache))
    assert len(list(cache.glob("*.pickle"))) == 2  # a changed source is extracted again


def test_a_packed_batch_is_the_batch_and_sends_cached_pickles_as_they_are(tmp_path):
    """What workers send across processes (extract_packed: each document's pickle) unpacks to what
    extract_batch gives; a cached document's pickle is its cache file's bytes; an unreadable cache file
    is dropped and the document extracted again where it is unpacked."""
    raw, cache, direct = tmp_path / "raw", tmp_path / "cache", tmp_path / "direct"
    for i in range(2):
        write_doc(raw, f"mou-qu-202{i}", SMALL_REPORT.replace("50家", f"{50 + i}家"), source_yml())
    folders = [str(f) for f in sorted(raw.iterdir())]
    packed = work.extract_packed(folders, str(cache))
    assert [f for f, _ in packed] == folders and all(isinstance(b, bytes) for _, b in packed)
    mine = work.extract_batch(folders, str(direct))
    for got, want in zip(work.unpack(packed, str(cache)), mine):
        assert got.lines == want.lines and all(got.tables[n].equals(want.tables[n]) for n in want.tables)
    assert work.extract_packed(folders, str(cache))[0][1] == work.cached_path(Path(folders[0]), cache).read_bytes()
    work.cached_path(Path(folders[1]), cache).write_bytes(b"cut sh")
    again = work.unpack(work.extract_packed(folders, str(cache)), str(cache))
    assert again[1].lines == mine[1].lines
    assert work.unpack(work.extract_packed(folders[1:], None), None)[0].lines == mine[1].lines


def test_batches_never_change_the_package(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SEED, raw / SEED.name)
    for i in range(5):
        write_doc(raw, f"mou-qu-202{i}", SMALL_REPORT.replace("50家", f"{50 + i}家"), source_yml())
    outs = []
    for workers in (1, 2):
        out = tmp_path / f"out{workers}"
        publish.run(raw, out, publish.local(workers))
        outs.append(snapshot(out))
    assert outs[0] == outs[1]
    assert pq.read_table(tmp_path / "out2" / "data" / "targets.parquet").num_rows > 6


def test_keys_kept_from_run_to_run_follow_the_files(tmp_path):
    """The next run takes a folder's cache key from the last run without hashing its files, but a file
    rewritten since (even with the same size and its mtime set back) gets a new key."""
    import os

    raw, cache = tmp_path / "raw", tmp_path / "cache"
    write_doc(raw, "mou-qu-2021", SMALL_REPORT, source_yml())
    folder = raw / "mou-qu-2021"
    first = work.cache_key(folder)
    work.keep_keys(cache, [folder])
    work._KEYS.clear()
    work.remember_keys(cache)
    assert work.cache_key(folder) == first
    report = next(p for p in folder.iterdir() if p.name.startswith("report."))
    st = report.stat()
    report.write_bytes(report.read_bytes().replace("6%".encode(), "7%".encode()))
    os.utime(report, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert report.stat().st_size == st.st_size and report.stat().st_mtime_ns == st.st_mtime_ns
    work._KEYS.clear()
    work.remember_keys(cache)
    assert work.cache_key(folder) != first


def test_documents_extracted_ahead_are_those_extract_batch_caches(tmp_path):
    """The CLI extracts the documents the cache lacks in a forked process while Prefect gets ready:
    what that process caches is what extract_batch would have (the run then reads it from the cache),
    documents already cached are not extracted again, and `stop` returns once the process has ended."""
    raw, cache, direct = tmp_path / "raw", tmp_path / "cache", tmp_path / "direct"
    for i in range(3):
        write_doc(raw, f"mou-qu-202{i}", SMALL_REPORT.replace("50家", f"{50 + i}家"), source_yml())
    folders = sorted(raw.iterdir())
    work.extract_batch([str(folders[0])], str(cache))  # already cached: not extracted again
    before = {p.name: p.stat().st_mtime_ns for p in cache.glob("*.pickle")}
    stop = work.extract_ahead(folders, cache)
    import time

    for _ in range(600):  # the forked process works on while this one waits
        if len(list(cache.glob("*.pickle"))) == 3:
            break
        time.sleep(0.1)
    stop()
    assert {p.name: p.stat().st_mtime_ns for p in cache.glob("*.pickle") if p.name in before} == before
    assert len(list(cache.glob("*.pickle"))) == 3 and not list(cache.glob("*.tmp"))
    ahead = {r.document_id: r for r in (work.from_cache(f, cache) for f in folders)}
    for f in folders:
        mine = work.extract_batch([str(f)], str(direct))[0]
        assert ahead[f.name].lines == mine.lines and ahead[f.name].text == mine.text
        assert all(ahead[f.name].tables[n].equals(mine.tables[n]) for n in mine.tables)
    assert (cache / work.KEYS_FILE).exists()  # the run takes the folders' keys without hashing them again


def test_extract_ahead_stopped_at_once_leaves_the_rest_to_the_run(tmp_path):
    raw, cache = tmp_path / "raw", tmp_path / "cache"
    for i in range(3):
        write_doc(raw, f"mou-qu-202{i}", SMALL_REPORT.replace("50家", f"{50 + i}家"), source_yml())
    work.extract_ahead(sorted(raw.iterdir()), cache)()  # stopped before (or after) its first document
    assert len(list(cache.glob("*.pickle"))) <= 1 and not list(cache.glob("*.tmp"))
    work.extract_ahead(sorted(raw.iterdir()), None)()  # no cache: nothing to do
