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
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


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
        latest = _latest_rounds(audits)
        L += [f"Audits: the latest round of each table ({len(audits)} judged in all, each kept in "
              "`benchmarks/audits/`; a round of several samples is pooled on its last line):", "",
              "| table | date | seed | rows | documents | correct | borderline | wrong | precision |",
              "|---|---|---|---|---|---|---|---|---|"]
        for name in sorted(latest, key=lambda n: (RESOURCES.index(n) if n in RESOURCES else len(RESOURCES), n)):
            for a in latest[name]:
                L.append(f"| {name} | {a['date']} | {a['seed']} | {a['rows']} | {a['documents']} | {a['correct']} | "
                         f"{a['borderline']} | {a['wrong']} | {a['precision']:.3f} |")
            if len(latest[name]) > 1:
                n, c = (sum(a[k] for a in latest[name]) for k in ("rows", "correct"))
                b, w = (sum(a[k] for a in latest[name]) for k in ("borderline", "wrong"))
                L.append(f"| {name} | pooled | | {n} | | {c} | {b} | {w} | {c / n:.3f} |")
        L.append("")
    return L


def _latest_rounds(audits: list[dict]) -> dict[str, list[dict]]:
    """Per table, the audits of its latest round: the last audit and those of the same date and round before it
    (an audit with no round is a round of its own)."""
    out: dict[str, list[dict]] = {}
    for k, a in enumerate(audits):
        key = (a["date"], a.get("round", f"#{k}"))
        kept = out.get(a["resource"])
        if kept and (kept[-1]["date"], kept[-1].get("round", "")) == key and "round" in a:
            kept.append(a)
        else:
            out[a["resource"]] = [a]
    return out
