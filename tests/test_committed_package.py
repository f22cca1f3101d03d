"""The committed datapackage/ is valid and is what the pipeline makes from raw/ (never hand-edited)."""

from __future__ import annotations

import shutil

from package_checks import check_package
from policydata import publish
from policydata.ingest import discover
from policydata.paths import PROJECT_DIR

PUBLISHED = PROJECT_DIR / "datapackage"
RAW = PROJECT_DIR / "raw"


def test_committed_package_is_valid():
    check_package(PUBLISHED)


def test_the_whole_corpus_publishes_in_strict_mode_and_gives_the_committed_package(tmp_path):
    """Every report of raw/ is read, extracted and checked (none withheld), and the result is datapackage/."""
    folders = discover(RAW)
    out = tmp_path / "datapackage"
    shutil.copytree(PUBLISHED, out)
    result = publish.run(RAW, out, publish.local(2), strict=True)  # raises StrictFailure if any is withheld
    assert not result.withheld
    assert result.counts["documents"] == len(folders) >= 79
    assert not result.changed, "datapackage/ is out of date: run `make run` and commit it"
