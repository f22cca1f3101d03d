"""The command line in one style: --version, choices checked by the framework, one option for the package
folder, --json where the output is for machines."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED
from policydata import __version__
from policydata.extract.registry import extract
from policydata.publish import builder, memory

CLI = str(Path(sys.executable).parent / "policydata")


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, *map(str, args)], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("style") / "raw"
    shutil.copytree(SEED, raw / SEED.name)
    out = raw.parent / "datapackage"
    docs = memory.load_all(raw)
    builder.check_and_swap(memory.stage(out, docs, memory.assemble([extract(d) for d in docs])), out)
    return out


def test_version():
    r = run("--version")
    assert r.returncode == 0 and r.stdout == f"policydata {__version__}\n"


@pytest.mark.parametrize("args, option", [
    (("validate", ".", "--profile", "strict"), "--profile"),
    (("validate", ".", "--lang", "fr"), "--lang"),
    (("template", "targets", "--format", "ods"), "--format"),
    (("ids", ".", "--out", "x", "--resource", "budget"), "--resource"),
])
def test_choices_are_checked_by_the_framework(args, option):
    r = run(*args)
    assert r.returncode == 2 and f"Invalid value for '{option}'" in r.stderr and "is not one of" in r.stderr


def test_sqlite_takes_the_package_option_the_old_arguments_and_json(package, tmp_path):
    r = run("sqlite", "--package", package, "--db", tmp_path / "a.db", "--json")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["db"] == str(tmp_path / "a.db") and report["rows"]["documents"] == 1
    old = run("sqlite", package, tmp_path / "b.db")  # the earlier form keeps working
    assert old.returncode == 0, old.stderr
    assert (tmp_path / "a.db").read_bytes() == (tmp_path / "b.db").read_bytes()
