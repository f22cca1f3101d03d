"""The steps of a publication as plain functions; flows/publish.py runs the same steps as Prefect tasks.

    discover raw/  →  extract documents in batches (any process: extraction.extract_batch)
                   →  PackageBuilder.add, in folder order: rows streamed to the files of a staging folder;
                      a withheld document keeps its previous version's rows
                   →  PackageBuilder.finish: descriptor, data card, diff, version, changelog
                   →  check_and_swap: the gate, then the staged folder replaces the published one
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from . import schemas
from .changes import Diff, compare, next_version, read_package_tables, write_history
from .coverage import coverage_rows
from .errors import InputError
from .extract.outcomes import outcome_rows
from .extract.outline import parse_outline, program_rows
from .extract.parts import apply_parts
from .extract.projects import project_rows
from .extract.quality import issue_rows
from .extract.targets import target_rows
from .extract.terms import term_rows
from .extraction import Extracted, Result, Withheld, batches, document_flags, extract_batch
from .figures import write_figures
from .indicators import with_indicator_codes
from .ingest import Document, discover, load_document
from .link import target_result_rows
from .maps import write_maps
from .package import Summary, document_row, write_metadata
from .swap import discard, new_staging, publish_lock, swap_into_place
from .validation.gate import validate_package
from .writers import ResourceWriter, arrow_table, csv_lines

HISTORY = ("CHANGELOG.md", "changes")
CACHE_DIR_NAME = ".policydata-cache"


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


# --- one document ------------------------------------------------------------------------------------

def load_all(raw_dir: Path) -> list[Document]:
    """Every document of a raw folder, checked; the first bad input raises InputError."""
    return [load_document(folder) for folder in discover(raw_dir)]


def extract(doc: Document) -> dict[str, list[dict]]:
    """All rows one document contributes, by resource."""
    outline = parse_outline(doc)
    terms = term_rows(outline)
    targets, target_issues = target_rows(outline)
    with_indicator_codes(targets)
    return apply_parts(outline, {
        "documents": [document_row(doc)],
        "programs": program_rows(outline),
        "targets": targets,
        "projects": project_rows(outline),
        "terms": terms,
        "source_issues": issue_rows(outline, terms, target_issues),
        "outcomes": outcome_rows(outline),
    })


def assemble(results: list[dict[str, list[dict]]]) -> dict[str, list[dict]]:
    """One table per resource, documents in folder order, rows in text order within each;
    then the tables computed across documents (target_results)."""
    tables = {name: [row for r in results for row in r.get(name, [])] for name in schemas.RESOURCES}
    return link(tables)


def link(tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The resources that need every document: targets linked to the outcomes later reports state."""
    tables["target_results"] = target_result_rows(tables)
    tables["coverage"] = coverage_rows(tables)
    return tables


def as_extracted(doc: Document, rows: dict[str, list[dict]]) -> Extracted:
    """A document and rows already in memory, as the builder takes them (no row check: the gate does it)."""
    names = schemas.PER_DOCUMENT
    return Extracted(doc.document_id, doc.text, {n: csv_lines(n, rows[n]) for n in names},
                     {n: arrow_table(n, rows[n]) for n in names},
                     document_flags(doc.text, doc.body.start, doc.body.end, rows))


# --- the package -------------------------------------------------------------------------------------

@dataclass
class Staged:
    """A package written beside `out`, with the version it will carry and what changed."""
    path: Path
    version: str
    previous: str | None
    diff: Diff
    summary: Summary = field(default_factory=Summary)


class PackageBuilder:
    """Writes a staged package from documents that arrive one by one, in folder order.

    Rows go straight to the CSV and Parquet writers, so memory holds one document at a time, not the
    corpus. A withheld document keeps the rows it had in the package already published, so that a
    failure cannot silently delete data.
    """

    def __init__(self, out: Path):
        self.out = Path(out)
        self.old_desc = read_descriptor(self.out)
        self.staging = new_staging(self.out)
        self.writers = {n: ResourceWriter(n, self.staging / "data") for n in schemas.RESOURCES}
        (self.staging / "text").mkdir()
        self.summary = Summary()
        self.coded: dict[str, list[dict]] = {"targets": [], "outcomes": []}  # rows the link step reads

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
        counts = {}
        for name in schemas.PER_DOCUMENT:
            self.writers[name].add(result.lines[name], result.tables[name])
            counts[name] = result.tables[name].num_rows
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
        write_figures(linked, self.staging / "figures")
        write_maps(linked, self.staging / "figures")
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
        desc = write_metadata(self.staging, self.summary, previous or "1.0.0")
        if previous and _same_files(self.staging, self.out):
            discard(self.staging)
            return None
        old_desc, old_tables = read_package_tables(self.out)
        new_desc, new_tables = read_package_tables(self.staging)
        diff = compare(old_desc, old_tables, desc, new_tables,
                       withheld=[{"document_id": w.document_id, "step": w.step, "message": w.message}
                                 for w in self.summary.withheld])
        version = next_version(previous, diff) or _patch(previous)  # only packaging changed: still a new patch
        if version != (previous or "1.0.0"):
            write_metadata(self.staging, self.summary, version)
        write_history(self.staging, self.out if previous else None, version, diff, first=previous is None)
        return Staged(self.staging, version, previous, diff, self.summary)


def read_descriptor(root: Path) -> dict:
    """The datapackage.json of a published folder, or {} when nothing is published there."""
    import json

    path = Path(root) / "datapackage.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _same_files(a: Path, b: Path) -> bool:
    """Whether two package folders hold the same files, the history aside."""
    def files(root):
        return {p.relative_to(root).as_posix(): p for p in root.rglob("*")
                if p.is_file() and p.relative_to(root).parts[0] not in HISTORY}
    fa, fb = files(a), files(b)
    return fa.keys() == fb.keys() and all(fa[k].read_bytes() == fb[k].read_bytes() for k in fa)


def _patch(version: str) -> str:
    major, minor, patch = (int(x) for x in version.split("."))
    return f"{major}.{minor}.{patch + 1}"


def stage(out: Path, documents: list[Document], tables: dict[str, list[dict]]) -> Staged | None:
    """Stage documents and rows already in memory (tests, small jobs); None when nothing changed."""
    builder = PackageBuilder(out)
    try:
        for doc in documents:
            builder.add(as_extracted(doc, {n: [r for r in tables[n] if r["document_id"] == doc.document_id]
                                           for n in schemas.PER_DOCUMENT}))
        return builder.finish()
    except BaseException:
        builder.discard()
        raise


def check_and_swap(staged: Staged | Path | None, out: Path) -> None:
    """Validate the staged package; publish it only if valid. The staging folder never survives."""
    if staged is None:
        return
    staging = staged.path if isinstance(staged, Staged) else staged
    try:
        validate_package(staging)
        swap_into_place(staging, out)
    finally:
        discard(staging)


# --- the whole run, without Prefect ------------------------------------------------------------------------

def default_cache_dir(out: Path) -> Path:
    """Extraction results by content, beside the published folder (ignored by git)."""
    return Path(out).resolve().parent / CACHE_DIR_NAME


def extract_all(folders: list[Path], workers: int = 1, cache_dir: Path | None = None) -> Iterator[list[Result]]:
    """Batches of results in folder order, extracted in `workers` processes."""
    work = batches(folders, workers)
    cache = str(cache_dir) if cache_dir else None
    if workers <= 1:
        for b in work:
            yield extract_batch(b, cache)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(extract_batch, work, [cache] * len(work))


@dataclass
class Publication:
    """What a run did: the version published (None: no change), and the documents withheld."""
    version: str | None
    previous: str | None
    counts: dict[str, int]
    withheld: list[Withheld]
    staged: Staged | None = None

    @property
    def changed(self) -> bool:
        return self.version is not None


def build(out: Path, results: Iterable[list[Result]], strict: bool = False,
          on_batch: Callable[[list[Result]], None] | None = None) -> tuple[Staged | None, Summary]:
    """Stage a package from batches of results (the part of a run that the flow shares).

    Returns the staged package (None: the inputs give the package already published) and what the
    builder saw, withheld documents included.
    """
    builder = PackageBuilder(out)
    try:
        for batch in results:
            for r in batch:
                builder.add(r)
            if on_batch:
                on_batch(batch)
            del batch  # a batch of documents is large: let it go before the next arrives
        return builder.finish(strict), builder.summary
    except BaseException:
        builder.discard()
        raise


def publish(raw_dir: Path, out: Path, workers: int = 1, strict: bool = False, cache_dir: Path | None = None,
            on_batch: Callable[[list[Result]], None] | None = None) -> Publication:
    """The whole publication without Prefect, under the publish lock (the flow runs the same steps).

    Raises StrictFailure (with --strict and documents withheld) or NothingToPublish; in both cases, and
    whenever the gate fails, the published package is left as it was.
    """
    with publish_lock(out):
        folders = discover(raw_dir)
        staged, summary = build(out, extract_all(folders, workers, cache_dir), strict, on_batch)
        check_and_swap(staged, out)
    return publication(staged, summary, out)


def publication(staged: Staged | None, summary: Summary, out: Path) -> Publication:
    version = staged.version if staged else None
    previous = staged.previous if staged else read_descriptor(out).get("version")
    return Publication(version, previous, _counts(out), list(summary.withheld), staged)


def _counts(out: Path) -> dict[str, int]:
    return {n: pq.ParquetFile(out / "data" / f"{n}.parquet").metadata.num_rows for n in schemas.RESOURCES
            if (out / "data" / f"{n}.parquet").exists()}


__all__ = ["InputError", "NothingToPublish", "PackageBuilder", "Publication", "Staged", "StrictFailure", "build",
           "check_and_swap", "extract", "extract_all", "load_all", "publish", "stage"]
