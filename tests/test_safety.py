"""Publishing is safe: one at a time, and an interrupted publish leaves the last good package."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import lock_held_elsewhere, snapshot
from conftest import SEED, source_yml, write_doc
from policydata import publish
from policydata.swap import Busy, publish_lock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synthetic import report  # noqa: E402

CLI = str(Path(sys.executable).parent / "policydata")
PUBLISH = "import sys; from pathlib import Path; from policydata import publish; " \
          "from policydata.swap import Busy\n" \
          "try:\n    publish.run(Path(sys.argv[1]), Path(sys.argv[2]))\nexcept Busy:\n    sys.exit(3)\n"


@pytest.fixture
def published(tmp_path):
    """raw/ with the seed and a large second report (slow enough to interrupt), and a published package."""
    raw = tmp_path / "raw"
    shutil.copytree(SEED, raw / SEED.name)
    out = tmp_path / "datapackage"
    publish.run(raw, out)
    write_doc(raw, "big-2021", report(500_000), source_yml())  # about 1.5 MB of report text
    return raw, out


def test_a_held_lock_refuses_a_second_publish(published):
    raw, out = published
    before = snapshot(out)
    with lock_held_elsewhere(out, seconds=30):
        with pytest.raises(Busy):
            publish.run(raw, out)
        proc = subprocess.run([CLI, "publish", "--raw", str(raw), "--out", str(out)], capture_output=True, text=True,
                              timeout=300)
        assert proc.returncode == 3 and "another publish into this folder is running" in proc.stderr
        assert snapshot(out) == before
    with publish_lock(out):  # the lock died with its holder
        pass


def test_two_concurrent_publishes_never_mix(published):
    raw, out = published
    procs = [subprocess.Popen([sys.executable, "-c", PUBLISH, str(raw), str(out)]) for _ in range(2)]
    codes = sorted(p.wait(timeout=600) for p in procs)
    assert codes in ([0, 3], [0, 0])  # one refused, or (if they did not overlap) one after the other
    from package_checks import check_package

    desc = check_package(out)
    assert desc["version"] == "1.1.0" and {s["document_id"] for s in desc["sources"]} == {SEED.name, "big-2021"}


def test_a_publish_killed_midway_leaves_the_last_good_package(published):
    raw, out = published
    before = snapshot(out)
    proc = subprocess.Popen([sys.executable, "-c", PUBLISH, str(raw), str(out)])
    deadline = time.time() + 120
    while not list(out.parent.glob(f".{out.name}.staging-*")) and time.time() < deadline and proc.poll() is None:
        time.sleep(0.01)
    assert proc.poll() is None, "the publish finished before it could be interrupted"
    os.kill(proc.pid, signal.SIGKILL)  # mid-way: the staging folder exists, the swap has not happened
    proc.wait()
    assert snapshot(out) == before
    assert list(out.parent.glob(f".{out.name}.staging-*"))  # the debris of the killed run
    publish.run(raw, out)  # the next run cleans it up and publishes
    assert not list(out.parent.glob(f".{out.name}.staging-*"))
    assert "big-2021" in (out / "CHANGELOG.md").read_text(encoding="utf-8")


def test_a_swap_cut_between_its_two_renames_is_put_back(published):
    raw, out = published
    before = snapshot(out)
    aside = out.parent / f".{out.name}.previous-crash"
    os.replace(out, aside)  # what a crash between the two renames of a swap leaves
    with publish_lock(out):
        pass  # taking the lock recovers
    assert snapshot(out) == before and not aside.exists()
