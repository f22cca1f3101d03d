"""`make test` installs the Debian packages its tests need (.ci/system-packages) before pytest runs.

The script is run for real with stand-ins for dpkg-query and apt-get first on PATH, so both of its
paths are exercised without touching the machine's packages.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from conftest import ROOT

SCRIPT = ROOT / ".ci" / "system-packages"


def make_tools(bin_dir: Path, installed: set[str]) -> Path:
    """dpkg-query that knows `installed`, apt-get and sudo that log their arguments to calls.log."""
    bin_dir.mkdir()
    log = bin_dir / "calls.log"
    status = " ".join(sorted(installed))
    (bin_dir / "dpkg-query").write_text(
        "#!/bin/sh\n"
        f'for p in {status}; do [ "$p" = "$3" ] && {{ printf "install ok installed"; exit 0; }}; done\n'
        'echo "dpkg-query: no packages found matching $3" >&2; exit 1\n')
    (bin_dir / "apt-get").write_text(f'#!/bin/sh\necho "apt-get $*" >> {log}\n')
    (bin_dir / "sudo").write_text('#!/bin/sh\n[ "$1" = "-n" ] && shift; exec "$@"\n')
    for tool in ("dpkg-query", "apt-get", "sudo"):
        (bin_dir / tool).chmod(0o755)
    return log


def run_script(bin_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}")
    return subprocess.run([str(SCRIPT)], capture_output=True, text=True, env=env, timeout=60)


def test_make_test_runs_the_install_step_before_pytest():
    r = subprocess.run(["make", "-n", "test"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    install = lines.index(".ci/system-packages")
    pytest_line = next(i for i, line in enumerate(lines) if "-m pytest" in line)
    assert install < pytest_line


def test_ci_is_just_make_test():
    commands = [line for line in (ROOT / ".ci" / "run").read_text().splitlines()
                if line.strip() and not line.startswith(("#", "set ", "cd "))]
    assert commands == ["make test"]


def test_nothing_is_installed_when_every_package_is_there(tmp_path):
    log = make_tools(tmp_path / "bin", {"chromium", "fonts-wqy-microhei"})
    r = run_script(tmp_path / "bin")
    assert r.returncode == 0, r.stderr
    assert "already installed" in r.stdout
    assert not log.exists()


def test_only_the_missing_packages_are_installed(tmp_path):
    log = make_tools(tmp_path / "bin", {"chromium"})
    r = run_script(tmp_path / "bin")
    assert r.returncode == 0, r.stderr
    calls = log.read_text().splitlines()
    assert calls[0] == "apt-get update -qq"
    assert calls[1].startswith("apt-get install -y") and calls[1].split()[-1] == "fonts-wqy-microhei"
    assert "chromium" not in calls[1]
