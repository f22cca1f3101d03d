"""Extraction fans out over processes or a Dask cluster without changing a byte; progress is shown."""

from __future__ import annotations

import io
import shutil

import pytest

from conftest import SEED
from helpers import snapshot
from policydata import progress
from policydata.paths import PROJECT_DIR

pytestmark = pytest.mark.e2e
REPORTS = ["baoding-city-2025", "hailar-district-2019", "national-2022", "hebei-province-2024"]


@pytest.fixture
def raw(tmp_path):
    raw = tmp_path / "raw"
    for name in REPORTS:
        shutil.copytree(PROJECT_DIR / "raw" / name, raw / name)
    shutil.copytree(SEED, raw / SEED.name)
    return raw


def test_a_two_worker_dask_cluster_gives_the_bytes_of_one_process(prefect_harness, raw, tmp_path, monkeypatch):
    from flows.publish import run

    monkeypatch.delenv("PREFECT_API_URL", raising=False)  # the flow exports it for its workers; undone after
    one = run(raw_dir=str(raw), out_dir=str(tmp_path / "one"), workers=1)
    two = run(raw_dir=str(raw), out_dir=str(tmp_path / "two"), workers=2)  # a real LocalCluster via prefect-dask
    assert one["counts"] == two["counts"] and one["counts"]["documents"] == len(REPORTS) + 1
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")


def test_the_terminal_shows_documents_extracted_and_written(prefect_harness, raw, tmp_path):
    from rich.console import Console

    from flows.publish import publish

    out = io.StringIO()
    progress.install(progress.TerminalBar(Console(file=out, force_terminal=True, width=120)))
    try:
        publish(raw_dir=str(raw), out_dir=str(tmp_path / "out"))
    finally:
        progress.install(progress.Reporter())
    shown = out.getvalue()
    total = len(REPORTS) + 1
    assert "read and extracted" in shown and f"{total}/{total}" in shown and "written" in shown
