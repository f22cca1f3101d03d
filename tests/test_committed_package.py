"""The committed datapackage/ is valid and is what the pipeline makes from raw/ (never hand-edited)."""

from __future__ import annotations

from package_checks import check_package
from policydata import pipeline
from policydata.ingest import discover
from policydata.paths import PROJECT_DIR
from policydata.swap import discard

PUBLISHED = PROJECT_DIR / "datapackage"
RAW = PROJECT_DIR / "raw"


def test_committed_package_is_valid():
    check_package(PUBLISHED)


def test_the_whole_corpus_publishes_in_strict_mode_and_gives_the_committed_package():
    """Every report of raw/ is read, extracted and checked (none withheld), and the result is datapackage/."""
    folders = discover(RAW)
    staged, summary = pipeline.build(PUBLISHED, pipeline.extract_all(folders, workers=2), strict=True)
    if staged is not None:
        discard(staged.path)
    assert not summary.withheld
    assert len(summary.documents) == len(folders) >= 79
    assert staged is None, "datapackage/ is out of date: run `make run` and commit it"
