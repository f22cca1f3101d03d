"""Throughput of the targets extractor (outline + quantity grammar) in MB/s of report text.

Runs on a large synthetic report built from many varied paragraphs, and reports the time of
a plain regex scan for number+unit over the same text in the same run, so the figure can be
read as a ratio that does not depend on the machine. Run: .venv/bin/python benchmarks/extract_targets.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import REALISTIC_TARGET_SHARE, report  # noqa: E402

from policydata.extract.outline import parse_outline  # noqa: E402
from policydata.extract.targets import extract_targets  # noqa: E402
from policydata.ingest.chrome import find_body  # noqa: E402
from policydata.ingest.document import Document  # noqa: E402
from policydata.ingest.metadata import SourceMeta  # noqa: E402

NAIVE = re.compile(r"\d+(?:\.\d+)?(?:%|个百分点|万人|亿元|万元|万美元|万平方米|平方米|公里|家|个|项|所|座|户|张|处|人|天)")


def document(text: str) -> Document:
    meta = SourceMeta(title="synthetic", issuer="-", region_code="110000", region_name="-", plan_year=2021,
                      published=dt.date(2021, 1, 1), publisher="-", license="-")
    body, chrome = find_body(text)
    return Document("synthetic-2021", meta, Path("report.txt"), "txt", "0" * 64, "utf-8", text, body, chrome)


def best_of(n: int, fn):
    times, result = [], None
    for _ in range(n):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def run(chars: int, share: float, repeat: int) -> None:
    text = report(chars, target_share=share)
    mb = len(text.encode("utf-8")) / 1e6
    doc = document(text)
    t_regex, naive = best_of(repeat, lambda: sum(1 for _ in NAIVE.finditer(text)))
    t_outline, outline = best_of(repeat, lambda: parse_outline(doc))
    t_targets, (found, _) = best_of(repeat, lambda: extract_targets(outline))
    t_total = t_outline + t_targets
    print(f"synthetic report: {mb:.2f} MB, {len(found)} targets ({len(text.encode()) / max(1, len(found)):.0f} bytes "
          f"per target), target share {share}")
    print(f"  plain regex scan      {t_regex:7.3f} s  {mb / t_regex:8.1f} MB/s  ({naive} matches)")
    print(f"  outline               {t_outline:7.3f} s  {mb / t_outline:8.1f} MB/s")
    print(f"  targets               {t_targets:7.3f} s  {mb / t_targets:8.1f} MB/s")
    print(f"  outline + targets     {t_total:7.3f} s  {mb / t_total:8.2f} MB/s  "
          f"= {t_total / t_regex:.0f}x the regex scan's time (one core)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=4.0, help="approximate size of the synthetic report")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    chars = int(args.mb * 1e6 / 3)  # Chinese text is about 3 bytes per character in UTF-8
    run(chars, REALISTIC_TARGET_SHARE, args.repeat)
    run(chars, 0.6, args.repeat)  # a stress case: most sentences state a target


if __name__ == "__main__":
    main()
