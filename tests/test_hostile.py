"""Nothing leaked: inputs are regular files inside raw/, within their limits; hostile ones are withheld, named.

A symlink never publishes the file it points to, a FIFO never hangs a run, a device never fills memory,
a YAML alias bomb is refused before it is expanded, and a folder that is not read is named, not skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from conftest import SEED, SMALL_REPORT, source_yml, write_doc
from policydata.errors import InputError
from policydata.ingest import discover, load_document
from policydata.ingest.files import REPORT_LIMITS, SOURCE_YML_LIMIT

CLI = str(Path(sys.executable).parent / "policydata")
SECRET = "这是一份不应被发布的本地文件：账户与口令。\n" * 40  # a file outside raw/, in the genre's script

# An alias bomb: each level refers nine times to the one below (9**9 leaves), a few hundred bytes on disk.
BOMB = "\n".join(["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
                 + [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
                 + ["plan_year: *i", ""])


def hostile_raw(tmp_path: Path) -> tuple[Path, Path]:
    """raw/ with one good report and one of each hostile input; and a file outside raw/."""
    raw = tmp_path / "raw"
    shutil.copytree(SEED, raw / SEED.name)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.txt").write_text(SMALL_REPORT + SECRET, encoding="utf-8")
    (outside / "source.yml").write_text(source_yml(), encoding="utf-8")
    folder = raw / "link-file-2021"  # report.txt -> a file outside raw/
    folder.mkdir()
    (folder / "report.txt").symlink_to(outside / "secret.txt")
    (folder / "source.yml").write_text(source_yml(), encoding="utf-8")
    meta = raw / "link-meta-2021"  # the report is real, source.yml is a link
    write_doc(raw, "link-meta-2021", SMALL_REPORT)
    (meta / "source.yml").symlink_to(outside / "source.yml")
    os.symlink(outside, raw / "link-folder-2021")  # a whole folder that is a link
    fifo = raw / "fifo-2021"
    fifo.mkdir()
    os.mkfifo(fifo / "report.txt")  # reading it would wait forever
    (fifo / "source.yml").write_text(source_yml(), encoding="utf-8")
    dev = raw / "device-2021"
    dev.mkdir()
    (dev / "report.txt").symlink_to("/dev/zero")  # reading it would fill memory
    (dev / "source.yml").write_text(source_yml(), encoding="utf-8")
    write_doc(raw, ".hidden-2020", SMALL_REPORT, source_yml())
    write_doc(raw, "bomb-2021", SMALL_REPORT, BOMB)
    write_doc(raw, "long-title-2021", SMALL_REPORT, source_yml(title="报" * (10 * 1024 * 1024 // 3)))  # 10 MB
    write_doc(raw, "repeated-2021", SMALL_REPORT * (19 * 1024 * 1024 // len(SMALL_REPORT.encode())), source_yml())  # 19 MB
    return raw, outside


WITHHELD = {
    "link-file-2021": "report.txt: is a symbolic link",
    "link-meta-2021": "source.yml: is a symbolic link",
    "link-folder-2021": "link-folder-2021: is a symbolic link",
    "fifo-2021": "report.txt: is a FIFO",
    "device-2021": "report.txt: is a symbolic link",
    ".hidden-2020": ".hidden-2020: a hidden folder",
    "bomb-2021": "aliases (*a) are not allowed",
    "long-title-2021": "source.yml: the file is 10.0 MB, over the limit",
    "repeated-2021": "report.txt: the file is 19.0 MB, over the limit of 5 MB",
}


def test_each_hostile_input_is_refused_with_one_line(tmp_path):
    raw, _ = hostile_raw(tmp_path)
    folders = discover(raw)
    assert {f.name for f in folders} == set(WITHHELD) | {SEED.name}  # hidden and linked folders are listed
    for f in folders:
        if f.name == SEED.name:
            load_document(f)
            continue
        started = time.monotonic()
        with pytest.raises(InputError) as exc:
            load_document(f)
        assert WITHHELD[f.name] in str(exc.value) and "\n" not in str(exc.value), str(exc.value)
        assert time.monotonic() - started < 2


def test_the_alias_bomb_is_refused_within_seconds_and_little_memory(tmp_path):
    write_doc(tmp_path, "bomb-2021", SMALL_REPORT, BOMB)
    assert len(BOMB.encode()) < 1000
    script = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))  # 1 GB: the bomb expanded needs far more
        from pathlib import Path
        from policydata.errors import InputError
        from policydata.ingest import load_document
        try:
            load_document(Path({str(tmp_path / "bomb-2021")!r}))
        except InputError as exc:
            print(exc)
    """)
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=30)
    assert time.monotonic() - started < 5 + 3  # the interpreter's own start-up aside
    assert proc.returncode == 0, proc.stderr
    assert "not valid YAML at line" in proc.stdout and "aliases (*" in proc.stdout


def test_publish_withholds_every_hostile_input_and_leaks_nothing(tmp_path):
    raw, outside = hostile_raw(tmp_path)
    out = tmp_path / "out"
    started = time.monotonic()
    proc = subprocess.run([CLI, "publish", "--raw", str(raw), "--out", str(out), "--workers", "1", "--no-cache"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 4, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("policydata: withheld: ")]
    assert len(lines) == len(WITHHELD), proc.stderr
    for doc_id, words in WITHHELD.items():
        assert any(ln.startswith(f"policydata: withheld: {doc_id}: read: ") and words in ln for ln in lines), doc_id
    assert sorted(p.name for p in (out / "text").iterdir()) == [f"{SEED.name}.txt"]
    secret = "账户与口令"
    assert not any(secret in p.read_text(encoding="utf-8", errors="replace")
                   for p in out.rglob("*") if p.is_file() and p.suffix in (".txt", ".csv", ".md", ".json"))
    assert (outside / "secret.txt").read_text(encoding="utf-8").endswith(SECRET)  # never touched
    assert time.monotonic() - started < 300


def test_limits_are_stated_in_the_readme():
    """In the dataset guide (docs/dataset.md, Inputs), where the README's front page sends readers."""
    readme = (Path(__file__).resolve().parent.parent / "docs" / "dataset.md").read_text(encoding="utf-8")
    for fmt, limit in REPORT_LIMITS.items():
        assert f"`report.{fmt}` {limit // (1024 * 1024)} MB" in readme
    assert f"`source.yml` {SOURCE_YML_LIMIT // 1024} KB" in readme


def test_an_inbox_never_follows_links_or_opens_a_fifo(tmp_path):
    from policydata import incoming

    inbox, _ = hostile_raw(tmp_path)
    started = time.monotonic()
    releases, rejected = incoming.list_inbox(inbox)
    assert time.monotonic() - started < 5
    assert sorted(r.document_id for r in releases) == ["bomb-2021", SEED.name]  # the bomb is refused when read
    applied, bad = incoming.apply([(r, open(r.location, "rb").read()) for r in releases], tmp_path / "new-raw")
    assert applied == [SEED.name] and WITHHELD["bomb-2021"] in bad[0].reason
    reasons = {r.entry: r.reason for r in rejected}
    for doc_id in ("link-file-2021", "link-meta-2021", "link-folder-2021", "fifo-2021", "device-2021", ".hidden-2020",
                   "long-title-2021", "repeated-2021"):
        assert WITHHELD[doc_id] in reasons[doc_id], (doc_id, reasons.get(doc_id))


def test_the_cache_never_serves_a_document_that_became_a_link(tmp_path):
    from policydata import publish

    raw, out, cache = tmp_path / "raw", tmp_path / "out", tmp_path / "cache"
    shutil.copytree(SEED, raw / SEED.name)
    folder = write_doc(raw, "mou-qu-2021", SMALL_REPORT, source_yml())
    assert not publish.run(raw, out, cache_dir=cache).withheld
    copy = tmp_path / "elsewhere.txt"
    shutil.copy(folder / "report.txt", copy)
    (folder / "report.txt").unlink()
    (folder / "report.txt").symlink_to(copy)  # the same bytes, now read through a link
    result = publish.run(raw, out, cache_dir=cache)
    assert [w.line() for w in result.withheld] == [f"mou-qu-2021: read: {folder / 'report.txt'}: is a symbolic link "
                                                   f"(to {copy}); inputs must be regular files inside the raw folder: "
                                                   f"copy the file in"]
