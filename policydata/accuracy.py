"""How far to trust each table: the measured accuracy the data card states.

The figures are measured, not computed at publish time: `benchmarks/accuracy.py` scores the dev set
(gold sets of real reports) and the judged audits of random corpus rows (`benchmarks/audits/`), and
writes `benchmarks/accuracy.yml`. The data card renders that record; a build without it (an
installed package outside the checkout) says the accuracy was not measured for it.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .paths import PROJECT_DIR

RECORD = PROJECT_DIR / "benchmarks" / "accuracy.yml"
RESOURCES = ("targets", "targets_qualitative", "projects", "programs", "terms", "outcomes", "target_results")


def load(path: Path = RECORD) -> dict:
    """The accuracy record, or {} when there is none."""
    if not path.is_file():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def section(record: dict) -> list[str]:
    """The data card's Accuracy section (markdown lines)."""
    L = ["## Accuracy", "",
         "How far to trust each table, as measured on this version's code. *Dev set*: precision, recall and F1 "
         "against gold sets made by hand from real reports (`eval/ANNOTATION.md` says what counts). *Audits*: "
         "random published rows of the whole corpus (reports without gold), each read in its text and judged "
         "correct, borderline or wrong; precision is correct / judged, so a borderline row counts against it.", ""]
    if not record:
        return L + ["Not measured for this build.", ""]
    dev = record.get("dev") or {}
    if dev.get("scores"):
        L += [f"Dev set ({dev.get('reports', '?')} reports, measured {dev.get('date', '?')}):", "",
              "| table | precision | recall | F1 | gold rows |", "|---|---|---|---|---|"]
        for name in RESOURCES:
            s = dev["scores"].get(name)
            if s and s["tp"] + s["fn"] + s["fp"] == 0:  # nothing to find and nothing found: no measure at all
                L.append(f"| {name} | — | — | — | 0 (none in the dev reports) |")
            elif s:
                L.append(f"| {name} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['tp'] + s['fn']} |")
        L.append("")
    audits = record.get("audits") or []  # oldest first, as benchmarks/accuracy.py lists them
    if audits:
        latest = {a["resource"]: a for a in audits}
        L += [f"Audits: the latest of each table ({len(audits)} judged in all, each kept in `benchmarks/audits/`):", "",
              "| table | date | seed | rows | documents | correct | borderline | wrong | precision |",
              "|---|---|---|---|---|---|---|---|---|"]
        for name in sorted(latest, key=lambda n: (RESOURCES.index(n) if n in RESOURCES else len(RESOURCES), n)):
            a = latest[name]
            L.append(f"| {name} | {a['date']} | {a['seed']} | {a['rows']} | {a['documents']} | {a['correct']} | "
                     f"{a['borderline']} | {a['wrong']} | {a['precision']:.3f} |")
        L.append("")
    return L
