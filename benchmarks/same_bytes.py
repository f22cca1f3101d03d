"""Same bytes by every path: a handful of raw/ reports published by the library and by the flow.

Two rounds, so that versioning, the diff and the history are compared too: round 1 publishes a few
reports (one of them withheld today); round 2 adds two, changes one report's text and drops one.
Each round is published three ways into separate folders — the library path in this process, the
library path with a process pool, `policydata publish --no-cache` (the Prefect flow on a two-worker
Dask cluster) and `policydata publish` with its cache of extractions and figures (round 2 reuses
round 1's) — and every file of the four packages must be byte-identical.

`--save FILE` writes the sha256 of every file of both rounds; `--against FILE` compares with a
manifest saved earlier (before a refactor: the package must not change by a byte).

    .venv/bin/python benchmarks/same_bytes.py --save /tmp/before.json
    .venv/bin/python benchmarks/same_bytes.py --against /tmp/before.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from policydata.paths import PROJECT_DIR

BIN = Path(sys.executable).parent
ROUND_1 = ["tj-heping-2020", "national-2016", "national-2017", "hailar-district-2013", "hailar-district-2014",
           "luzhou-city-2024"]
ADDED = ["national-2018", "baoding-city-2025"]
CHANGED = "hailar-district-2013"
DROPPED = "hailar-district-2014"
# a sentence composed for this check, appended to the changed report: a new work item with a figure
APPENDED = "\n\n今年还将新建社区养老服务中心12个，改造老旧小区30个。\n"


def manifest(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def library(raw: Path, out: Path, workers: int) -> None:
    from policydata import publish

    publish.run(raw, out, publish.local(workers))


def flow(raw: Path, out: Path, env: dict, *options: str) -> None:
    proc = subprocess.run([str(BIN / "policydata"), "publish", "--raw", str(raw), "--out", str(out), "--workers", "2",
                           *options], env=env, capture_output=True, text=True, cwd=os.getcwd())
    if proc.returncode not in (0, 4):
        raise SystemExit(f"policydata publish failed ({proc.returncode}):\n{proc.stderr[-3000:]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--save", type=Path, help="write the manifest of both rounds here")
    ap.add_argument("--against", type=Path, help="compare with a manifest saved earlier")
    args = ap.parse_args()
    env = {**os.environ}
    found: dict[str, dict[str, str]] = {}
    ok = True
    with tempfile.TemporaryDirectory(prefix="policydata-same-bytes-") as tmp:
        os.chdir(tmp)  # relative paths: a withheld document's message names its file, the same in every run
        tmp = Path(".")
        raw = tmp / "raw"
        for name in ROUND_1:
            shutil.copytree(PROJECT_DIR / "raw" / name, raw / name)
        for rnd in (1, 2):
            if rnd == 2:
                for name in ADDED:
                    shutil.copytree(PROJECT_DIR / "raw" / name, raw / name)
                with open(raw / CHANGED / "report.txt", "a", encoding="utf-8") as f:
                    f.write(APPENDED)
                shutil.rmtree(raw / DROPPED)
            library(raw, tmp / "inline", workers=1)
            library(raw, tmp / "pool", workers=2)
            flow(raw, tmp / "flow", env, "--no-cache")  # a two-worker Dask LocalCluster
            flow(raw, tmp / "cached" / "flow", env)  # few to extract: in the flow's process, with the cache
            ways = {"inline": tmp / "inline", "pool": tmp / "pool", "flow": tmp / "flow", "cached": tmp / "cached" / "flow"}
            m = {way: manifest(path) for way, path in ways.items()}
            for way in ("pool", "flow", "cached"):
                differ = sorted(k for k in m["inline"].keys() | m[way].keys() if m["inline"].get(k) != m[way].get(k))
                print(f"round {rnd}: {way} vs inline: " + ("same bytes" if not differ else f"DIFFER: {differ}"))
                ok &= not differ
            found[f"round{rnd}"] = m["inline"]
            print(f"round {rnd}: {len(m['inline'])} files, version "
                  f"{json.loads((tmp / 'inline' / 'datapackage.json').read_text())['version']}")
    if args.save:
        args.save.write_text(json.dumps(found, indent=1, sort_keys=True), encoding="utf-8")
    if args.against:
        before = json.loads(args.against.read_text(encoding="utf-8"))
        for rnd, files in found.items():
            differ = sorted(k for k in files.keys() | before[rnd].keys() if files.get(k) != before[rnd].get(k))
            print(f"{rnd} vs {args.against}: " + ("same bytes" if not differ else f"DIFFER: {differ}"))
            ok &= not differ
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
