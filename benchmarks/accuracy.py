"""Record the measured accuracy the data card states: dev-set scores and the judged audits.

    .venv/bin/python benchmarks/accuracy.py            # score the dev set and every audit, write the record
    .venv/bin/python benchmarks/accuracy.py --no-dev   # audits only (keeps the dev scores already recorded)

Dev set: `../shared/eval/score_corpus.py` (publishes the dev reports with this checkout's CLI and scores
them). Audits: every judged CSV in benchmarks/audits/, named <resource>-<YYYY-MM-DD>-<seed>.csv, listed
oldest first (by the date in the name, then by when git first saw the file), so the card shows the
latest round of each table (the audits committed together, several samples of a round pooled). Writes
benchmarks/accuracy.yml; `make run` then puts it in the data card.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
SHARED_EVAL = PROJECT.parent / "shared" / "eval"
AUDITS = HERE / "audits"
RECORD = HERE / "accuracy.yml"
NAME = re.compile(r"^(?P<resource>[a-z_]+)-(?P<date>\d{4}-\d{2}-\d{2})-(?P<seed>\d+)\.csv$")
MICRO = re.compile(r"^(\w+) micro tp=(\d+) fp=(\d+) fn=(\d+) P=([\d.]+) R=([\d.]+) F1=([\d.]+)")


def judged(path: Path) -> dict | None:
    """Counts of one judged audit CSV (the verdicts audit.py score counts), or None when it is not one."""
    m = NAME.match(path.name)
    if not m:
        return None
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    verdicts = [(r.get("verdict") or "").strip().lower() for r in rows]
    done = [v for v in verdicts if v]
    if not done:
        return None
    correct = done.count("correct")
    return {"resource": m["resource"], "date": m["date"], "seed": int(m["seed"]), "file": path.name,
            "rows": len(done), "documents": len({r["document_id"] for r in rows}), "correct": correct,
            "borderline": done.count("borderline"), "wrong": done.count("wrong"),
            "precision": round(correct / len(done), 3)}


def first_seen(path: Path) -> int:
    """When git first saw the file (seconds), so audits of one day keep the order they were judged in."""
    out = subprocess.run(["git", "log", "--diff-filter=A", "--format=%ct", "--", str(path.relative_to(PROJECT))],
                         cwd=PROJECT, capture_output=True, text=True).stdout.split()
    return int(out[-1]) if out else sys.maxsize


def audits() -> list[dict]:
    """Every judged audit, oldest first; `round` is when git first saw it: audits committed together are one round."""
    found = [(a | {"round": first_seen(p)}, p) for p in AUDITS.glob("*.csv") if (a := judged(p))]
    return [a for a, p in sorted(found, key=lambda ap: (ap[0]["date"], ap[0]["round"], ap[1].name))]


def dev_scores() -> dict:
    proc = subprocess.run([sys.executable, str(SHARED_EVAL / "score_corpus.py")], cwd=PROJECT,
                          capture_output=True, text=True, timeout=1800)
    scores = {}
    for line in proc.stdout.splitlines():
        m = MICRO.match(line.strip())
        if m:
            name, tp, fp, fn, p, r, f1 = m.groups()
            scores[name] = {"tp": int(tp), "fp": int(fp), "fn": int(fn), "precision": float(p), "recall": float(r),
                            "f1": float(f1)}
    if not scores:
        sys.exit("accuracy: the dev scorer printed no micro scores:\n" + proc.stdout[-2000:] + proc.stderr[-2000:])
    reports = len([d for d in (SHARED_EVAL / "dev" / "gold").iterdir() if d.is_dir()])
    return {"date": dt.date.today().isoformat(), "reports": reports, "scores": scores}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-dev", action="store_true", help="keep the recorded dev scores; re-read the audits only")
    a = ap.parse_args()
    old = yaml.safe_load(RECORD.read_text(encoding="utf-8")) if RECORD.exists() else {}
    record = {"dev": (old or {}).get("dev") if a.no_dev else dev_scores(), "audits": audits()}
    RECORD.write_text("# Written by benchmarks/accuracy.py; the data card states these figures.\n"
                      + yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for x in record["audits"]:
        print(f"{x['file']}: precision {x['precision']:.3f} ({x['correct']}/{x['rows']}, {x['documents']} documents)")
    for name, s in ((record["dev"] or {}).get("scores") or {}).items():
        print(f"dev {name}: P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}")


if __name__ == "__main__":
    main()
