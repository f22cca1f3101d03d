"""Nothing lost: --out is never a stranger's folder, a tampered package is never built on, a full disk is
one line. Each case runs the real command line and checks that nothing was changed."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED, SMALL_REPORT, source_yml, write_doc
from helpers import lock_held_elsewhere, snapshot
from policydata import publish
from policydata.swap import Busy, publish_lock
from policydata.trust import Untrusted, verify_published

CLI = str(Path(sys.executable).parent / "policydata")


def cli(*args, timeout=600):
    return subprocess.run([CLI, *map(str, args)], capture_output=True, text=True, timeout=timeout)


def error_lines(proc) -> list[str]:
    return [ln for ln in proc.stderr.splitlines() if ln.strip()]


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """raw/ with the seed and a small report, published once (library path, no Prefect); tests copy it."""
    root = tmp_path_factory.mktemp("trust")
    raw, out = root / "raw", root / "out"
    shutil.copytree(SEED, raw / SEED.name)
    write_doc(raw, "mou-qu-2021", SMALL_REPORT, source_yml())
    publish.run(raw, out)
    return raw, out


@pytest.fixture
def copy(published, tmp_path):
    raw, out = published
    shutil.copytree(raw, tmp_path / "raw")
    shutil.copytree(out, tmp_path / "out")
    return tmp_path / "raw", tmp_path / "out"


# --- --out is absent, empty, or ours ---------------------------------------------------------------------------

def test_out_on_a_strangers_folder_is_refused_and_nothing_deleted(copy, tmp_path):
    raw, _ = copy
    mine = tmp_path / "mydata"
    mine.mkdir()
    (mine / "notes.txt").write_text("my own notes", encoding="utf-8")
    before = snapshot(mine)
    proc = cli("publish", "--raw", raw, "--out", mine, "--workers", "1")
    assert proc.returncode == 5, proc.stderr
    assert error_lines(proc) == [f"policydata: error: {mine}: is not empty and not a package published by policydata "
                                 f"(it holds notes.txt): choose an empty or new folder; nothing was deleted"]
    assert snapshot(mine) == before


def test_out_with_a_strangers_descriptor_is_refused(tmp_path):
    other = tmp_path / "theirs"
    other.mkdir()
    (other / "datapackage.json").write_text(json.dumps({"name": "someone-else", "resources": []}), encoding="utf-8")
    with pytest.raises(Untrusted, match="not a policydata package"):
        verify_published(other)


@pytest.mark.parametrize("damage, words", [
    ("delete", "holds a package's files but no datapackage.json: restore the descriptor"),
    ("truncate", "datapackage.json: cannot be read as a descriptor"),
])
def test_a_missing_or_broken_descriptor_is_one_line_never_a_new_1_0_0(copy, damage, words):
    raw, out = copy
    desc = out / "datapackage.json"
    if damage == "delete":
        desc.unlink()
    else:
        desc.write_bytes(desc.read_bytes()[:500])
    before = snapshot(out)
    proc = cli("publish", "--raw", raw, "--out", out, "--workers", "1")
    assert proc.returncode == 5 and len(error_lines(proc)) == 1 and words in proc.stderr, proc.stderr
    assert snapshot(out) == before


def test_the_lock_is_taken_on_the_resolved_path(copy, tmp_path):
    raw, out = copy
    link = tmp_path / "link-to-out"
    link.symlink_to(out)
    with lock_held_elsewhere(out):
        with pytest.raises(Busy):
            with publish_lock(link):
                pass
        proc = cli("publish", "--raw", raw, "--out", link, "--workers", "1")
        assert proc.returncode == 3 and "another publish into this folder is running" in proc.stderr


def test_publishing_through_a_symlink_replaces_the_real_folder(copy, tmp_path):
    raw, out = copy
    link = tmp_path / "link-to-out"
    link.symlink_to(out)
    write_doc(raw, "second-2022", SMALL_REPORT.replace("2021", "2022"), source_yml(plan_year="2022"))
    result = publish.run(raw, link)
    assert result.version == "1.1.0"
    assert link.is_symlink() and (out / "text" / "second-2022.txt").exists()


# --- a tampered package ----------------------------------------------------------------------------------------

def edit_one_value(out: Path) -> None:
    path = out / "data" / "targets.csv"
    text = path.read_text(encoding="utf-8-sig")
    assert ",6," in text
    path.write_text(text.replace(",6,", ",9,", 1), encoding="utf-8-sig")


def test_validate_names_the_file_that_differs_from_its_hash(copy):
    _, out = copy
    edit_one_value(out)
    proc = cli("validate", out, "--lang", "en", timeout=300)
    assert proc.returncode == 1, proc.stdout
    assert "targets.csv" in proc.stdout and "sha256" in proc.stdout
    report = json.loads(cli("validate", out, "--json", "--lang", "en", timeout=300).stdout)
    flagged = [f for f in report["files"] if any("declared-hash" in json.dumps(e) for e in f.get("errors", []))]
    assert [Path(f["path"]).name for f in flagged] == ["targets.csv"]


@pytest.mark.parametrize("tamper, words", [
    (edit_one_value, "targets: data/targets.csv does not match its sha256"),
    (lambda out: (out / "data" / "targets.parquet").unlink(), "targets-parquet: data/targets.parquet: the file is missing"),
    (lambda out: (out / "text" / "mou-qu-2021.txt").unlink(), "text/mou-qu-2021.txt: the file is missing"),
])
def test_publish_refuses_to_build_on_a_tampered_package(copy, tamper, words):
    raw, out = copy
    tamper(out)
    (raw / "mou-qu-2021" / "source.yml").write_text("title: [unclosed\n", encoding="utf-8")  # would be withheld
    before = snapshot(out)
    proc = cli("publish", "--raw", raw, "--out", out, "--workers", "1")
    assert proc.returncode == 5 and len(error_lines(proc)) == 1 and words in proc.stderr, proc.stderr
    assert "move it aside to rebuild from raw/" in proc.stderr
    assert snapshot(out) == before


# --- a full disk -------------------------------------------------------------------------------------------------

@pytest.fixture
def tiny_disk(tmp_path):
    """A 160 KB tmpfs: room for the lock and staging folder, not for a package."""
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=160k", "tmpfs", str(mnt)], capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({proc.stderr.strip() or 'not root'}); "
                    f"test_enospc_in_process covers the same path")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_a_full_disk_is_one_line_exit_6_and_no_staging_left(tiny_disk, published):
    raw, _ = published
    out = tiny_disk / "pkg"
    proc = cli("publish", "--raw", raw, "--out", out, "--workers", "1")
    assert proc.returncode == 6, proc.stderr[-3000:]
    assert error_lines(proc)[-1].startswith(f"policydata: error: {out}: no space left on device")
    assert "Traceback" not in proc.stderr and len(error_lines(proc)) == 1, proc.stderr[-3000:]
    assert not out.exists()
    assert not [p for p in tiny_disk.iterdir() if ".staging-" in p.name or p.suffix == ".tmp"]
    cache = tiny_disk / ".policydata-cache"
    assert not cache.exists() or not list(cache.glob("*.tmp"))


def test_enospc_in_process(published, tmp_path, monkeypatch, capsys):
    """The same path without a tmpfs: the writer raises ENOSPC; one line, exit 6, staging removed."""
    import typer

    from policydata import cli as cli_module
    from policydata import writers

    def full(self, *a, **k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self.paths["csv"]))

    def run(raw_dir, out_dir, cache_dir):
        return publish.run(Path(raw_dir), Path(out_dir), cache_dir=cache_dir and Path(cache_dir))

    raw, _ = published
    out = tmp_path / "pkg"
    monkeypatch.setattr(writers.ResourceWriter, "add", full)
    with pytest.raises(typer.Exit) as exc:
        cli_module._run_flow(run, out, raw_dir=str(raw), out_dir=str(out), cache_dir=None)
    assert exc.value.exit_code == 6
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"policydata: error: {out}: no space left on device writing ")
    assert not out.exists() and not list(tmp_path.glob(".pkg.staging-*"))
