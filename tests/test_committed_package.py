"""The committed datapackage/ is valid and is exactly what the pipeline makes from raw/ (never hand-edited)."""

from __future__ import annotations

from package_checks import check_package
from policydata import pipeline
from policydata.paths import PROJECT_DIR

PUBLISHED = PROJECT_DIR / "datapackage"


def test_committed_package_is_valid():
    check_package(PUBLISHED)


def test_committed_package_is_what_the_pipeline_builds(tmp_path):
    docs = pipeline.load_all(PROJECT_DIR / "raw")
    staging = pipeline.stage(tmp_path / "datapackage", docs, pipeline.assemble([pipeline.extract(d) for d in docs]))
    built = {p.relative_to(staging).as_posix(): p.read_bytes() for p in staging.rglob("*") if p.is_file()}
    committed = {p.relative_to(PUBLISHED).as_posix(): p.read_bytes() for p in PUBLISHED.rglob("*") if p.is_file()}
    assert built.keys() == committed.keys()
    stale = sorted(k for k in built if built[k] != committed[k])
    assert not stale, f"datapackage/ is out of date (run `make run`): {stale}"
