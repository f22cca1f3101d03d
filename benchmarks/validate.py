"""`policydata validate` on a generated 1,000,000-row targets table, next to frictionless on the same file.

policydata runs with the publication profile (every constraint, as frictionless checks them), and again
with the exchange profile (id patterns off).

Each validator runs in its own process, which reports its wall time and peak memory (max RSS),
so the two figures come from the same machine in the same run.
Run: .venv/bin/python benchmarks/validate.py [--rows 1000000]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policydata import schemas  # noqa: E402

CHILD = """
import json, resource, sys, time
t = time.perf_counter()
{body}
print(json.dumps({{"seconds": time.perf_counter() - t, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "valid": valid}}))
"""
OURS = """
from pathlib import Path
from policydata.validation import check_paths
valid = all(r.valid for r in check_paths([Path(sys.argv[1])], resource="targets", profile="publication"))
"""
OURS_EXCHANGE = OURS.replace('"publication"', '"exchange"')
FRICTIONLESS = """
from frictionless import Resource, Schema
from policydata import schemas
s = schemas.schema("targets"); s.pop("foreignKeys")
from pathlib import Path
p = Path(sys.argv[1])
valid = Resource(path=p.name, basepath=str(p.parent), schema=Schema.from_descriptor(s)).validate().valid
"""


def generate(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    names = schemas.field_names("targets")
    kinds, comps, units = ["headline", "task", "horizon"], ["eq", "ge", "le", "approx"], ["%", "万人", "亿元", "家", "个"]
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(names)
        for i in range(rows):
            v = rng.randint(1, 9999) / rng.choice([1, 10])
            row = {"target_id": f"bench-2021-t-{i:08x}", "document_id": "bench-2021", "kind": rng.choice(kinds),
                   "indicator": f"指标{i % 997}", "comparator": rng.choice(comps), "direction": rng.choice(["", "up", "down"]),
                   "value": v, "unit": rng.choice(units), "base_value": v, "base_unit": "个",
                   "aspirational": rng.choice(["true", "false"]), "target_year": 2021, "source_text": "地区生产总值增长5%",
                   "char_start": i, "char_end": i + 10}
            w.writerow([row.get(n, "") for n in names])  # fields not set here (program_id, …) stay empty


def run(code: str, path: Path) -> dict:
    proc = subprocess.run([sys.executable, "-c", CHILD.format(body=code.strip()), str(path)], capture_output=True,
                          text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=1_000_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "targets.csv"
        generate(path, args.rows)
        size = path.stat().st_size / 1e6
        ours, exchange, theirs = run(OURS, path), run(OURS_EXCHANGE, path), run(FRICTIONLESS, path)
    print(f"targets table: {args.rows:,} rows, {size:.0f} MB")
    for name, r in (("policydata validate", ours), ("  --profile exchange", exchange), ("frictionless validate", theirs)):
        print(f"  {name:22s} {r['seconds']:8.1f} s  {args.rows / r['seconds']:>10,.0f} rows/s  "
              f"peak {r['peak_mb']:6.0f} MB  valid={r['valid']}")
    print(f"  ratio: policydata takes {ours['seconds'] / theirs['seconds']:.2f}x frictionless's time")


if __name__ == "__main__":
    main()
