"""Every command the README and the guides in docs/ show, run as a reader would run it, and every relative link.

Shell lines run in a scratch folder that looks like a checkout (`.venv` linked, `datapackage/` a package built
from the seed report, `old-package/` a copy of it); Python blocks run there too. A line that is not run is
matched by one of SKIPPED, which says why (another test runs the same thing, or it starts a server that does
not stop); a new command in the docs that matches neither fails this test until it is run or classified.
"""

from __future__ import annotations

import re
import shutil
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT, SEED
from policydata.extract.registry import extract
from policydata.publish import builder, memory

PAGES = [ROOT / "README.md"] + sorted(p for p in (ROOT / "docs").glob("*.md") if p.name != "cli.md")
SKIPPED = {
    r"^make (run|test|bench|screenshot|setup)\b": "make run publishes the whole corpus and make test is this suite: "
                                                  "the e2e tests run the same flow",
    r"^(make browse|\S*policydata browse|\S*prefect server start|\S*policydata serve|dask )":
        "starts a server that runs until stopped: tests/test_browse.py and tests/test_check_for_releases.py start them",
    r"^export PREFECT_API_URL": "points at the server above",
    r"^\S*policydata (publish|check)\b": "runs the Prefect flow: tests/test_publish_e2e.py, test_cli.py and "
                                         "test_check_for_releases.py run it",
    r"^make db\b": "the same as the `policydata sqlite` line, which is run",
    r"^pip install \.": "tests/test_wheel.py builds and installs the wheel",
    r"^\S*policydata docs$": "writes the checkout's docs: tests/test_docs.py checks they are current",
    r"^\S*policydata (validate my-targets\.csv|ids my-tables/)": "names the reader's own files; the same commands "
                                                                 "run on mine/ in the agency guide",
}


def blocks(page: Path) -> list[tuple[str, str]]:
    """(language, code) of each fenced block marked sh or python."""
    return [(m.group(2), textwrap.dedent(m.group(3))) for m in
            re.finditer(r"(?ms)^( *)```(sh|python)\n(.*?)^\1```", page.read_text(encoding="utf-8"))]


def shell_lines(code: str) -> list[str]:
    out = []
    for line in code.splitlines():
        line = re.sub(r"\s+#\s.*$", "", line.strip())  # a comment after two or more spaces
        if line and not line.startswith("#"):
            out.append(line)
    return out


def skip_reason(line: str) -> str | None:
    return next((why for pattern, why in SKIPPED.items() if re.search(pattern, line)), None)


COMMANDS = [(p.name, line) for p in PAGES for lang, code in blocks(p) if lang == "sh" for line in shell_lines(code)]
PYTHON = [(p.name, code) for p in PAGES for lang, code in blocks(p) if lang == "python"]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("reader")
    (work / ".venv").symlink_to(Path(sys.executable).parent.parent)
    raw = work / "raw"
    shutil.copytree(SEED, raw / SEED.name)
    docs = memory.load_all(raw)
    builder.check_and_swap(memory.stage(work / "datapackage", docs,
                                           memory.assemble([extract(d) for d in docs])), work / "datapackage")
    shutil.copytree(work / "datapackage", work / "old-package")
    return work


def test_every_command_is_run_or_skipped_for_a_reason():
    assert COMMANDS and PYTHON
    run = [c for c in COMMANDS if not skip_reason(c[1])]
    assert len(run) >= 10, run  # most of what the docs show is run below


@pytest.mark.parametrize("page, line", [c for c in COMMANDS if not skip_reason(c[1])],
                         ids=[f"{p}:{c[:50]}" for p, c in COMMANDS if not skip_reason(c)])
def test_shell_command(workdir, page, line):
    if line.startswith("sqlite3 ") and not shutil.which("sqlite3"):
        pytest.skip("the sqlite3 command-line shell is not installed")
    if line.startswith("sqlite3 ") and not (workdir / "datapackage.db").exists():
        subprocess.run([str(workdir / ".venv/bin/policydata"), "sqlite", "--package", "datapackage", "--db",
                        "datapackage.db"], cwd=workdir, check=True, capture_output=True, timeout=300)
    env = dict(os.environ, PATH=f"{workdir / '.venv' / 'bin'}:{os.environ['PATH']}")  # as after `pip install .`
    r = subprocess.run(line, shell=True, cwd=workdir, capture_output=True, text=True, timeout=300,
                       executable="/bin/bash", env=env)
    assert r.returncode == 0, f"{page}: {line}\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}"


@pytest.mark.parametrize("page, code", PYTHON, ids=[f"{p}:{i}" for i, (p, _) in enumerate(PYTHON)])
def test_python_block(workdir, page, code):
    r = subprocess.run([sys.executable, "-c", code], cwd=workdir, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, f"{page}:\n{code}\n{r.stderr[-3000:]}"
    assert r.stdout.strip()  # each block shows something


@pytest.mark.parametrize("page", PAGES + [ROOT / "docs" / "cli.md"], ids=lambda p: p.name)
def test_relative_links_resolve(page):
    text = page.read_text(encoding="utf-8")
    missing = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if target.startswith(("http://", "https://", "mailto:", "#")):
            continue
        path = target.split("#")[0]
        if (page.parent / path).resolve().is_relative_to(ROOT / "datapackage"):
            continue  # written by publish: the committed package is the lead's to republish (test_committed_package)
        if not (page.parent / path).exists():
            missing.append(target)
    assert not missing, f"{page.name}: {missing}"
