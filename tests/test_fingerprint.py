"""The extraction cache's key (fingerprint.extraction_fingerprint): what decides extraction, and only that.

Editing an extractor, the grammar, a lexicon or a schema changes the key (cached results are made again);
editing the CLI, the publish loop, the diff or the data card does not (every cached result is kept).
"""

from __future__ import annotations

import ast
import shutil
import sys
from pathlib import Path

import pytest

from policydata import fingerprint
from policydata.paths import PACKAGE_DIR, PROJECT_DIR
from policydata.publish import document


@pytest.fixture(scope="module")
def copy(tmp_path_factory) -> Path:
    """A copy of the package's code and data, to edit."""
    root = tmp_path_factory.mktemp("fp") / "policydata"
    shutil.copytree(PACKAGE_DIR, root, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return root


def _edited(root: Path, relative: str, tail: str) -> str:
    """The key of the package at `root` with `tail` appended to one of its files (put back afterwards)."""
    path = root / relative
    before = path.read_bytes()
    try:
        path.write_bytes(before + tail.encode())
        return fingerprint.extraction_digest(root)
    finally:
        path.write_bytes(before)


@pytest.mark.parametrize("relative", ["extract/targets.py", "extract/registry.py", "grammar/quantities.py",
                                      "indicators.py", "extract/outline.py", "ingest/paragraphs.py", "regions.py",
                                      "writers.py", "validation/gate.py", "publish/document.py", "package.py"])
def test_editing_what_extraction_runs_changes_the_key(copy, relative):
    assert _edited(copy, relative, "\n# edited\n") != fingerprint.extraction_digest(copy)


@pytest.mark.parametrize("relative", ["lexicon/quantities.yml", "lexicon/indicators.yml",
                                      "standard/schemas/targets.schema.json", "standard/wording.yml"])
def test_editing_the_data_extraction_reads_changes_the_key(copy, relative):
    assert _edited(copy, relative, "\n") != fingerprint.extraction_digest(copy)


@pytest.mark.parametrize("relative", ["cli.py", "publish/builder.py", "publish/loop.py", "publish/work.py",
                                      "publish/runners.py", "changes.py", "card.py", "link.py", "figures.py",
                                      "prefect_env.py", "fingerprint.py", "docs.py"])
def test_editing_publish_cli_or_diff_code_keeps_the_key(copy, relative):
    assert _edited(copy, relative, "\n# edited\n") == fingerprint.extraction_digest(copy)


def test_the_copy_has_the_key_of_the_package(copy):
    assert fingerprint.extraction_digest(copy) == fingerprint.extraction_fingerprint()


def _ast_imports(name: str) -> set[str]:
    """What fingerprint.imported finds, found by Python's own parser instead."""
    path = fingerprint.module_path(name)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            parts = package.split(".")
            base = (".".join(parts[:len(parts) - node.level + 1] + ([node.module] if node.module else []))
                    if node.level else node.module)
            subs = {f"{base}.{a.name}" for a in node.names}
            mods = {s for s in subs if fingerprint.module_path(s)}
            found |= mods | ({base} if len(mods) < len(subs) else set())
    return {m for m in found if m != name and fingerprint.module_path(m)}


def test_the_import_scan_finds_what_the_parser_finds_in_every_module():
    names = [".".join(p.relative_to(PROJECT_DIR).with_suffix("").parts).removesuffix(".__init__")
             for p in sorted(PACKAGE_DIR.rglob("*.py"))]
    differ = {n: (fingerprint.imported(n) ^ _ast_imports(n)) for n in names}
    # the scan may find more (an import-like line in a docstring), never less
    assert {n: d for n, d in differ.items() if d - fingerprint.imported(n)} == {}


def test_every_module_of_the_key_that_reads_data_has_its_files_in_the_key():
    for name in fingerprint.closure(fingerprint.EXTRACTION_ROOTS):
        source = fingerprint.module_path(name).read_text(encoding="utf-8")
        if any(word in source for word in fingerprint.DATA_NAMES) and name not in ("policydata.paths",):
            assert fingerprint._data_files(name) or fingerprint._outside_data(name), name


def test_every_function_that_runs_on_a_document_is_in_the_key():
    """Extract a real report under a profiler: each file of our code that runs is one the key digests."""
    folder = min((p for p in (PROJECT_DIR / "raw").iterdir() if p.is_dir()),
                 key=lambda p: sum(f.stat().st_size for f in p.iterdir()))
    ran: set[str] = set()

    def seen(frame, event, arg):
        ran.add(frame.f_code.co_filename)

    sys.setprofile(seen)
    try:
        result = document.checked([document.extract_document(folder)])[0]
    finally:
        sys.setprofile(None)
    assert result.rows("targets") is not None
    ours = {Path(f) for f in ran if f.startswith(str(PACKAGE_DIR) + "/")}
    assert ours and ours <= set(fingerprint.extraction_files()), sorted(map(str, ours - set(fingerprint.extraction_files())))
