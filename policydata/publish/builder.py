"""The package builder: documents in, a staged package out; and the gate before the swap.

    PackageBuilder.add, in folder order: rows streamed to the files of a staging folder; a withheld
    document keeps its previous version's rows
    PackageBuilder.finish: link (target_results), figures, descriptor, data card, diff, version, history
    check_and_swap: the gate, then the staged folder replaces the published one
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from .. import schemas
from ..changes import Diff, LazyTables, compare, next_version, read_package_tables, write_history
from ..coverage import coverage_rows
from ..extract.flags import document_flags
from ..extract.result import Extracted, Result, Withheld
from ..figures import write_figures
from ..link import target_result_rows
from ..maps import write_maps
from ..card import write_metadata
from ..package import Summary, descriptor
from ..swap import discard, new_staging, swap_into_place
from ..validation.gate import rules_digest, validate_package
from ..writers import ResourceWriter, arrow_table, csv_header, csv_lines
from . import index

HISTORY = ("CHANGELOG.md", "changes")
METADATA = ("datapackage.json", "README.md")


class NothingToPublish(Exception):
    """No document of raw/ could be published and none had rows to keep: the package is left as it was."""

    def __init__(self, withheld: list[Withheld]):
        self.withheld = withheld
        super().__init__("no document could be published: " + "; ".join(w.line() for w in withheld))


class StrictFailure(Exception):
    """--strict: documents were withheld, so nothing was published."""

    def __init__(self, withheld: list[Withheld]):
        self.withheld = withheld
        super().__init__(f"{len(withheld)} document(s) withheld; with --strict nothing is published")


# --- the package -------------------------------------------------------------------------------------

@dataclass
class Staged:
    """A package written beside `out`, with the version it will carry and what changed."""
    path: Path
    version: str
    previous: str | None
    diff: Diff
    summary: Summary = field(default_factory=Summary)
    # documents whose text and rows of every resource are the bytes of the published package, which
    # passed the gate: their spans are not checked against their texts again (validate_package)
    trusted: frozenset[str] = frozenset()


class PackageBuilder:
    """Writes a staged package from documents that arrive one by one, in folder order.

    Rows go straight to the CSV and Parquet writers, so memory holds one document at a time, not the
    corpus. A withheld document keeps the rows it had in the package already published, so that a
    failure cannot silently delete data.
    """

    def __init__(self, out: Path, cache_dir: Path | None = None):
        self.out = Path(out)
        self.cache_dir = cache_dir  # figures drawn by an earlier run are kept there
        self.old_desc = read_descriptor(self.out)
        self.staging = new_staging(self.out)
        self.writers = {n: ResourceWriter(n, self.staging / "data") for n in schemas.RESOURCES}
        (self.staging / "text").mkdir()
        self.summary = Summary()
        self.coded: dict[str, list[dict]] = {"targets": [], "outcomes": []}  # rows the link step reads
        # where each document's rows sit in the CSV files (publish.index): the next run's diff reads these
        self.ranges: index.Ranges = {n: {} for n in schemas.PER_DOCUMENT}
        self._ends = {n: len(csv_header(n)) for n in schemas.PER_DOCUMENT}
        self.same_text: set[str] = set()  # documents whose text is that of the published package

    def add(self, result: Result) -> None:
        if isinstance(result, Withheld):
            self.summary.withheld.append(result)
            previous = self._previous(result.document_id)
            if previous is None:
                return
            self.summary.kept.add(result.document_id)
            result = previous
        with open(self.staging / "text" / f"{result.document_id}.txt", "w", encoding="utf-8", newline="") as f:
            f.write(result.text)  # newline="" keeps \r\n: offsets count every character of the decoded text
        if self.old_desc and _same_text(self.out / "text" / f"{result.document_id}.txt", result.text):
            self.same_text.add(result.document_id)
        counts = {}
        for name in schemas.PER_DOCUMENT:
            lines = result.lines[name]
            self.writers[name].add(lines, result.tables[name])
            counts[name] = result.tables[name].num_rows
            self.ranges[name][result.document_id] = (self._ends[name], len(lines), counts[name])
            self._ends[name] += len(lines)
        self.summary.counts[result.document_id] = counts
        for name, rows in self.coded.items():
            coded = result.tables[name].filter(result.tables[name]["indicator_code"].is_valid())
            rows += coded.to_pylist()
        self.summary.documents += result.rows("documents")
        self.summary.issues += result.rows("source_issues")
        self.summary.flags[result.document_id] = result.flags

    def _previous(self, document_id: str) -> Extracted | None:
        """A withheld document as the published package has it, or None if it has never been published."""
        text_path = self.out / "text" / f"{document_id}.txt"
        if not self.old_desc or not text_path.exists():
            return None
        rows = {}
        for name in schemas.PER_DOCUMENT:
            path = self.out / "data" / f"{name}.parquet"
            old = pq.read_table(path, filters=[("document_id", "==", document_id)]).to_pylist() if path.exists() else []
            fields = schemas.field_names(name)
            rows[name] = [{f: r.get(f) for f in fields} for r in old]
        if not rows["documents"]:
            return None
        text = text_path.open(encoding="utf-8", newline="").read()
        return Extracted(document_id, text, {n: csv_lines(n, r) for n, r in rows.items()},
                         {n: arrow_table(n, r) for n, r in rows.items()}, document_flags(text, 0, len(text), rows))

    def discard(self) -> None:
        for w in self.writers.values():
            w.close()
        discard(self.staging)

    def link(self) -> None:
        """The resources computed across documents: targets linked to the outcomes later reports state."""
        linked = {"documents": self.summary.documents, **self.coded}
        linked["target_results"] = rows = target_result_rows(linked)
        self.writers["target_results"].add(csv_lines("target_results", rows), arrow_table("target_results", rows))
        for r in rows:
            counts = self.summary.counts[r["document_id"]]
            counts["target_results"] = counts.get("target_results", 0) + 1
        linked["coverage"] = cover = coverage_rows(linked)
        self.writers["coverage"].add(csv_lines("coverage", cover), arrow_table("coverage", cover))
        write_figures(linked, self.staging / "figures", self.cache_dir)
        write_maps(linked, self.staging / "figures", self.cache_dir)
        self.summary.linked = linked

    def finish(self, strict: bool = False) -> Staged | None:
        """Close the files, write descriptor, data card and history. None: the package already published."""
        if strict and self.summary.withheld:
            raise StrictFailure(self.summary.withheld)
        if not self.summary.documents:
            raise NothingToPublish(self.summary.withheld)
        self.link()
        for w in self.writers.values():
            w.close()
        previous = self.old_desc.get("version")
        # datapackage.json and the data card are written once, at the version the diff decides: at the
        # previous version only when the data files are those published (then they decide whether anything
        # changed at all); when a data file differs, the package differs whatever its metadata says
        if previous and _same_files(self.staging, self.out, METADATA):
            desc = write_metadata(self.staging, self.summary, previous)
            if _same_files(self.staging, self.out):
                discard(self.staging)
                index.save(self.cache_dir, self.out, self.ranges, gate=index.gate(self.cache_dir, self.out))
                return None
        else:
            desc = descriptor(self.summary.documents, self.staging, previous or "1.0.0")
        old_desc, old_tables = read_package_tables(self.out)
        old_ranges = index.load(self.cache_dir, self.out) if old_desc else None
        diff = compare(old_desc, old_tables, desc, LazyTables(self.staging, desc),
                       withheld=[{"document_id": w.document_id, "step": w.step, "message": w.message}
                                 for w in self.summary.withheld], ranges=(old_ranges, self.ranges))
        version = next_version(previous, diff) or _patch(previous)  # only packaging changed: still a new patch
        if version != desc["version"] or not (self.staging / "datapackage.json").exists():
            write_metadata(self.staging, self.summary, version, desc)  # the files as described: not hashed again
        write_history(self.staging, self.out if previous else None, version, diff, first=previous is None)
        rules = rules_digest()
        trusted = self._trusted(diff) if index.gate(self.cache_dir, self.out) == rules else frozenset()
        index.save(self.cache_dir, self.staging, self.ranges, replaces=self.out, gate=rules)
        return Staged(self.staging, version, previous, diff, self.summary, trusted)

    def _trusted(self, diff: Diff) -> frozenset[str]:
        """The documents whose text and rows (every resource) are the bytes of the published package
        (which passed the gate's present rules: finish checks that)."""
        same = set(self.same_text)
        for name in schemas.PER_DOCUMENT:
            same &= diff.resources[name].same_bytes if name in diff.resources else set()
        return frozenset(same)


def read_descriptor(root: Path) -> dict:
    """The datapackage.json of a published folder, or {} when nothing is published there."""
    import json

    path = Path(root) / "datapackage.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _same_files(a: Path, b: Path, besides: tuple[str, ...] = ()) -> bool:
    """Whether two package folders hold the same files, the history (and `besides`) aside."""
    def files(root):
        return {p.relative_to(root).as_posix(): p for p in root.rglob("*")
                if p.is_file() and p.relative_to(root).parts[0] not in HISTORY + besides}
    fa, fb = files(a), files(b)
    return fa.keys() == fb.keys() and all(fa[k].read_bytes() == fb[k].read_bytes() for k in fa)


def _same_text(path: Path, text: str) -> bool:
    """Whether a published text file holds `text` (as PackageBuilder.add writes it)."""
    try:
        return path.read_bytes() == text.encode("utf-8")
    except (OSError, UnicodeEncodeError):
        return False


def _patch(version: str) -> str:
    major, minor, patch = (int(x) for x in version.split("."))
    return f"{major}.{minor}.{patch + 1}"


def check_and_swap(staged: Staged | Path | None, out: Path) -> None:
    """Validate the staged package; publish it only if valid. The staging folder never survives."""
    if staged is None:
        return
    staging = staged.path if isinstance(staged, Staged) else staged
    try:
        validate_package(staging, staged.trusted if isinstance(staged, Staged) else frozenset())
        swap_into_place(staging, out)
    finally:
        discard(staging)
