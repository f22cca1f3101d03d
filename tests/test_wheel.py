"""The installed package is whole: a wheel built from the checkout, installed into a fresh venv, runs the
agency's commands (template, validate with both profiles, ids) in a folder outside the checkout.

The venv gets only the wheel (`--no-deps`); its third-party dependencies are reached through a .pth line
naming the project venv's site-packages, which keeps the test to seconds instead of a full install. The
project's own editable install is not visible there (its finder is loaded by a .pth file of that folder,
and .pth files of a folder named in a .pth file are not read), so every `policydata` import comes from the wheel.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from conftest import ROOT
from policydata import __version__

# Our own rows, in the genre's phrasing: one program and two of its targets, with an agency's own ids.
PROGRAM = {"program_id": "P1", "document_id": "town-2023", "level": "1", "label": "一", "title": "加快建设现代化产业体系"}
TARGETS = [
    {"target_id": "T1", "document_id": "town-2023", "program_id": "P1", "kind": "headline",
     "indicator": "城镇居民人均可支配收入", "comparator": "approx", "direction": "up", "value": "5.5", "unit": "%",
     "aspirational": "false", "target_year": "2023", "source_text": "城镇居民人均可支配收入增长5.5%左右"},
    {"target_id": "T2", "document_id": "town-2023", "program_id": "P1", "kind": "task", "indicator": "新建改造农村公路",
     "comparator": "ge", "value": "120", "unit": "公里", "aspirational": "false", "target_year": "2023",
     "source_text": "新建改造农村公路120公里以上"},
]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin/ folder of a fresh venv holding the wheel built from this checkout."""
    tmp = tmp_path_factory.mktemp("wheel")
    # Built from a copy of what the wheel is made of: a build in the checkout would leave build/ behind, whose
    # stale files a later build would ship.
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    for name in ("policydata", "flows"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp / "dist"), str(src)],
                           capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr[-3000:]
    (wheel,) = (tmp / "dist").glob("policydata-*.whl")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    site = Path(subprocess.run([venv / "bin" / "python", "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "policydata-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    inst = subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q",
                           "--no-deps", str(wheel)], capture_output=True, text=True, timeout=300)
    assert inst.returncode == 0, inst.stderr[-3000:]
    return venv / "bin"


def run(bin_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(bin_dir / "policydata"), *args], cwd=cwd, capture_output=True, text=True, timeout=300)


TEXT = "一、加快建设现代化产业体系\n城镇居民人均可支配收入增长5.5%左右。新建改造农村公路120公里以上。\n"


def with_spans(row: dict, key: str) -> dict:
    """The row with char_start/char_end pointing at its `key` text in TEXT."""
    start = TEXT.index(row[key])
    return {**row, "char_start": str(start), "char_end": str(start + len(row[key]))}


def write_rows(path: Path, rows: list[dict]) -> None:
    """Fill a CSV template: its header row as written, our rows below (absent fields empty)."""
    header = next(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=header)
        w.writeheader()
        w.writerows(rows)


def test_the_wheel_holds_the_standard_and_runs_outside_the_checkout(installed, tmp_path):
    work = tmp_path / "agency"
    work.mkdir()
    where = subprocess.run([str(installed / "python"), "-c", "import policydata.paths as p; print(p.SCHEMA_DIR)"],
                           cwd=work, capture_output=True, text=True, check=True).stdout.strip()
    assert where.startswith(str(installed.parent)) and ROOT.as_posix() not in where

    version = run(installed, work, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"policydata {__version__}"

    tpl = run(installed, work, "template", "programs", "targets", "--format", "csv", "--lang", "en", "--out", ".")
    assert tpl.returncode == 0, tpl.stderr
    write_rows(work / "programs.csv", [with_spans({**PROGRAM, "text": "一、加快建设现代化产业体系"}, "text")])
    write_rows(work / "targets.csv", [with_spans(t, "source_text") for t in TARGETS])
    (work / "text").mkdir()
    (work / "text" / "town-2023.txt").write_text(TEXT, encoding="utf-8")

    exchange = run(installed, work, "validate", "programs.csv", "targets.csv", "--profile", "exchange", "--lang", "en")
    assert exchange.returncode == 0, exchange.stdout + exchange.stderr
    publication = run(installed, work, "validate", "programs.csv", "targets.csv", "--profile", "publication", "--lang", "en")
    assert publication.returncode == 1 and "'T1' does not match the pattern" in publication.stdout

    minted = run(installed, work, "ids", "programs.csv", "targets.csv", "--out", "minted")
    assert minted.returncode == 0, minted.stderr
    assert "targets: 2 ids minted" in minted.stdout
    after = run(installed, work, "validate", "minted", "--texts", "text", "--profile", "publication", "--lang", "en")
    assert after.returncode == 0, after.stdout + after.stderr
    assert "2 files: 2 valid" in after.stdout
