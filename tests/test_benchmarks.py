"""The benchmarks stay runnable (tiny inputs, no timing asserted: speed is measured in benchmarks/, not tests)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import extract_targets  # noqa: E402  (benchmarks/ is on sys.path above)
import synthetic  # noqa: E402


def test_synthetic_report_is_deterministic_and_sized():
    a, b = synthetic.report(20_000), synthetic.report(20_000)
    assert a == b and 20_000 <= len(a) < 25_000


def test_extract_targets_benchmark_runs(capsys):
    extract_targets.run(20_000, synthetic.REALISTIC_TARGET_SHARE, repeat=1)
    out = capsys.readouterr().out
    assert "outline + targets" in out and "plain regex scan" in out


def test_validate_benchmark_runs(tmp_path):
    import validate as bench

    path = tmp_path / "targets.csv"
    bench.generate(path, 200)
    assert bench.run(bench.OURS, path)["valid"] is True


def test_extract_corpus_benchmark_runs(tmp_path, capsys):
    import shutil

    import extract_corpus
    from conftest import SEED

    shutil.copytree(SEED, tmp_path / "raw" / SEED.name)
    figures = extract_corpus.run(tmp_path / "raw", repeat=1)
    out = capsys.readouterr().out
    assert "chain" in out and "outcomes" in out and figures["chain"] > 0


def test_corpus_benchmark_makes_reports_with_new_ids(tmp_path):
    import os
    import shutil

    import corpus
    from conftest import SEED

    (tmp_path / "src").mkdir()
    shutil.copytree(SEED, tmp_path / "src" / SEED.name)
    (tmp_path / "raw").mkdir()
    size = corpus.make_reports(tmp_path / "src", 3, tmp_path / "raw")
    names = sorted(p.name for p in (tmp_path / "raw").iterdir())
    assert names == [f"b0000{i}-{SEED.name}" for i in range(3)] and size == 3 * (SEED / "report.txt").stat().st_size
    assert corpus._tree_rss(os.getpid()) > 0


def test_the_growth_reporter_prints_a_line_per_thousand_reports_written(capsys):
    import time

    import corpus

    growth = corpus.Growth(time.perf_counter(), {"peak": 3 * 2**29})
    for _ in range(4):
        growth.written(600)  # 600, 1200, 1800, 2400 written: the 1,000th and the 2,000th are crossed
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["1000", "2000"]
    assert all("peak RSS 1.50 GB" in line for line in lines)
