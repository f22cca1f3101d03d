"""The command line on bad inputs: one clear line naming the file, a non-zero exit, nothing lost."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import snapshot
from conftest import SEED, SMALL_REPORT, source_yml, write_doc
from policydata.publish import builder, memory
from policydata.extract.registry import extract

CLI = str(Path(sys.executable).parent / "policydata")


def run(*args, cwd=None):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120, cwd=cwd)



@pytest.fixture
def published(tmp_path):
    """A good package already published at tmp/out (built with the library, no Prefect needed)."""
    raw = tmp_path / "good"
    shutil.copytree(SEED, raw / SEED.name)
    out = tmp_path / "out"
    docs = memory.load_all(raw)
    builder.check_and_swap(memory.stage(out, docs, memory.assemble([extract(d) for d in docs])), out)
    return out


def bad_raw(tmp_path, case):
    raw = tmp_path / "raw"
    if case == "missing source.yml":
        write_doc(raw, "a-2021", SMALL_REPORT, meta=None)
    elif case == "invalid source.yml":
        write_doc(raw, "a-2021", SMALL_REPORT, source_yml(region_code='"12345"'))
    elif case == "empty report":
        write_doc(raw, "a-2021", b"", source_yml())
    elif case == "binary report":
        write_doc(raw, "a-2021", bytes(range(256)) * 8, source_yml())
    elif case == "GB18030 declared as UTF-8":
        write_doc(raw, "a-2021", SMALL_REPORT.encode("gb18030"), source_yml(encoding="utf-8"))
    elif case == "no raw folder":
        return tmp_path / "nowhere"
    return raw


CASES = {
    "missing source.yml": "a-2021/source.yml: source.yml is missing",
    "invalid source.yml": "a-2021/source.yml: region_code '12345' is not a six-digit GB/T 2260 code",
    "empty report": "a-2021/report.txt: the file is empty",
    "binary report": "a-2021/report.txt: binary file, not text",
    "GB18030 declared as UTF-8": "a-2021/report.txt: does not decode as utf-8 (declared in source.yml): invalid byte",
    "no raw folder": "nowhere: raw folder not found",
}


@pytest.mark.parametrize("case", CASES)
def test_bad_input_one_line_nonzero_exit_package_untouched(tmp_path, published, case):
    before = snapshot(published)
    proc = run("publish", "--raw", str(bad_raw(tmp_path, case)), "--out", str(published))
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("policydata: error: "), proc.stderr
    assert CASES[case] in lines[0]
    assert snapshot(published) == before


def test_undeclared_gb18030_is_detected_not_refused(tmp_path):
    raw = tmp_path / "raw"
    write_doc(raw, "a-2021", SMALL_REPORT.encode("gb18030"), source_yml())
    [doc] = memory.load_all(raw)
    assert doc.encoding == "gb18030" and doc.text == SMALL_REPORT


def test_docs_check_passes_on_the_committed_docs():
    proc = run("docs", "--check")
    assert proc.returncode == 0, proc.stderr


def test_help_lists_the_commands():
    proc = run("--help")
    assert proc.returncode == 0 and "publish" in proc.stdout and "docs" in proc.stdout
