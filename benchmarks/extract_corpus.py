"""Throughput of every extraction stage over a folder of real reports, in MB/s of report text (UTF-8).

Each stage is timed on its own over every document, one core; the whole chain (read + outline +
terms + targets + projects + outcomes + quality, what one worker does per document) is the sum. A plain `str.count` scan of the same texts is timed in the same run, so the
figures can be read as ratios that do not depend on the machine.

    .venv/bin/python benchmarks/extract_corpus.py [--raw ../shared/corpus/raw] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from policydata.extract.outcomes import outcome_rows
from policydata.extract.outline import parse_outline, program_rows
from policydata.extract.projects import project_rows
from policydata.extract.quality import issue_rows
from policydata.extract.targets import target_rows
from policydata.extract.terms import term_rows
from policydata.indicators import with_indicator_codes
from policydata.ingest import discover, load_document
from policydata.paths import PROJECT_DIR

DEFAULT_RAW = PROJECT_DIR.parent / "shared" / "corpus" / "raw"


def stages(doc):
    """(name, function) of each stage, in the order one document goes through them."""
    state = {}

    def outline():
        state["outline"] = parse_outline(doc)
        program_rows(state["outline"])

    def terms():
        state["terms"] = term_rows(state["outline"])

    def targets():
        state["targets"] = target_rows(state["outline"])
        with_indicator_codes(state["targets"][0])

    def outcomes():
        outcome_rows(state["outline"])

    def projects():
        project_rows(state["outline"])

    def quality():
        issue_rows(state["outline"], state["terms"], state["targets"][1])

    return [("outline", outline), ("terms", terms), ("targets", targets), ("projects", projects),
            ("outcomes", outcomes), ("quality", quality)]


def run(raw: Path, repeat: int = 3) -> dict[str, float]:
    folders = discover(raw)
    size = sum(len(load_document(f).text.encode("utf-8")) for f in folders)
    best: dict[str, float] = {}
    for _ in range(repeat):
        spent = dict.fromkeys(["read", "outline", "terms", "targets", "projects", "outcomes", "quality", "baseline"], 0.0)
        for folder in folders:
            t = time.perf_counter()
            doc = load_document(folder)
            spent["read"] += time.perf_counter() - t
            for name, fn in stages(doc):
                t = time.perf_counter()
                fn()
                spent[name] += time.perf_counter() - t
            t = time.perf_counter()
            doc.text.count("。") + doc.text.count("%")
            spent["baseline"] += time.perf_counter() - t
        for k, v in spent.items():
            best[k] = min(best.get(k, v), v)
    mb = size / 1e6
    chain = sum(v for k, v in best.items() if k != "baseline")
    print(f"{len(folders)} documents, {mb:.2f} MB of text (UTF-8), best of {repeat}, one core")
    for k in ("read", "outline", "terms", "targets", "projects", "outcomes", "quality"):
        print(f"  {k:<10} {best[k]:7.2f} s  {mb / best[k]:8.2f} MB/s")
    print(f"  {'chain':<10} {chain:7.2f} s  {mb / chain:8.2f} MB/s   (read + every extractor: one worker's job)")
    print(f"  baseline   {best['baseline']:7.3f} s  {mb / best['baseline']:8.1f} MB/s   (str.count scan; chain is "
          f"{chain / best['baseline']:.0f}x slower)")
    return {k: mb / v for k, v in best.items()} | {"chain": mb / chain}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--raw", type=Path, default=DEFAULT_RAW if DEFAULT_RAW.exists() else PROJECT_DIR / "raw")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    run(args.raw, args.repeat)
