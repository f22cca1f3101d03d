"""The committed datapackage/ is valid and is what the pipeline makes from raw/ (never hand-edited)."""

from __future__ import annotations

from package_checks import check_package
from policydata import pipeline
from policydata.swap import discard
from policydata.paths import PROJECT_DIR

PUBLISHED = PROJECT_DIR / "datapackage"


def test_committed_package_is_valid():
    check_package(PUBLISHED)


def test_publishing_raw_again_changes_nothing():
    docs = pipeline.load_all(PROJECT_DIR / "raw")
    staged = pipeline.stage(PUBLISHED, docs, pipeline.assemble([pipeline.extract(d) for d in docs]))
    if staged is not None:
        discard(staged.path)
    assert staged is None, "datapackage/ is out of date: run `make run` and commit it"
