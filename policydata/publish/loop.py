"""The one publish loop: raw/ in, a validated data package swapped into place out.

    discover raw/ → batches of documents → runner (inline | process pool | Prefect tasks on Dask)
                  → PackageBuilder.add, in folder order (rows streamed to a staging folder; a withheld
                    document keeps its previous rows) → finish (link, card, figures, diff, version,
                    history) → gate → atomic swap

The library, the CLI and the Prefect flow all run this function; they differ only in the runner.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from .. import progress, schemas
from ..changes import render
from ..extract.result import Result, Withheld
from ..ingest import discover
from ..swap import publish_lock
from .builder import PackageBuilder, Staged, check_and_swap, read_descriptor
from .runners import Inline
from .work import BATCH, batches, cached_path, from_cache, keep_keys, remember_keys


@dataclass
class Publication:
    """What a run did: the version published (None: no change), the documents withheld and those of
    them whose previous rows were kept."""
    version: str | None
    previous: str | None
    counts: dict[str, int]
    withheld: list[Withheld]
    staged: Staged | None = None
    kept: set[str] = field(default_factory=set)

    @property
    def changed(self) -> bool:
        return self.version is not None

    def as_dict(self) -> dict:
        return {"version": self.version, "previous": self.previous, "changed": self.changed, "counts": self.counts,
                "withheld": [w.line() for w in self.withheld], "kept": sorted(self.kept)}

    def line(self) -> str:
        """One line for a log: the version published and the rows, or that nothing changed."""
        if not self.changed:
            return "unchanged: the inputs give the package already published"
        return f"published version {self.version}: " + ", ".join(f"{k} {v}" for k, v in self.counts.items())

    def markdown(self, out: Path) -> str:
        """What was published (the changelog's readable summary) and what was withheld."""
        staged = self.staged
        if staged is None:
            head = f"# `{out}`: no change\n\nThe inputs give the package already published; nothing was written."
        else:
            head = (f"# Published `{out}` version {staged.version}"
                    + (f" (was {staged.previous})" if staged.previous else "")
                    + "\n\n" + render(staged.diff, version=staged.version, first=staged.previous is None))
        lines = [head, "", "## Withheld", ""]
        if self.withheld:
            lines += ["| document | step | problem | rows |", "|---|---|---|---|"]
            lines += [f"| `{w.document_id}` | {w.step} | {w.message.replace('|', '/')} | "
                      f"{'previous rows kept' if w.document_id in self.kept else 'not published'} |"
                      for w in self.withheld]
        else:
            lines.append("None.")
        return "\n".join(lines) + "\n"


def run(raw: Path, out: Path, runner: Inline | None = None, strict: bool = False,
        cache_dir: Path | None = None) -> Publication:
    """Publish every document under `raw` into `out`, versioned against what is there, under the publish lock.

    Raises StrictFailure (with `strict` and documents withheld) or NothingToPublish; in both cases, and
    whenever the gate fails, the published package is left as it was.
    """
    runner = runner or Inline()
    raw, out = Path(raw), Path(out)
    bar = progress.reporter()
    with publish_lock(out):
        folders = discover(raw)
        remember_keys(cache_dir)
        # documents the cache holds are read here, in folder order (a pickle load each); only the others
        # are work for the runner: adding one report to a large package sends one document to it
        todo = [f for f in folders if cached_path(f, cache_dir) is None]
        keep_keys(cache_dir, folders)
        work = batches(todo, runner.workers)
        runner.log("%d documents, %d to extract in %d batches", len(folders), len(todo), len(work))
        builder = PackageBuilder(out, cache_dir)
        bar.start(len(folders))
        done = 0
        try:
            for group in _in_folder_order(folders, set(map(str, todo)), runner.extract(work, cache_dir), cache_dir):
                lost = [r for r in group if isinstance(r, Withheld)]
                bar.extracted(len(group), len(lost))
                for r in group:
                    builder.add(r)
                for w in lost:
                    runner.withheld(w)
                done += len(group)
                bar.written(len(group))
                runner.log("extracted and written %d/%d documents", done, len(folders))
                del group  # a batch of documents is large: let it go before the next arrives
            bar.stage("checking")
            staged = runner.step("finish-package", builder.finish, strict)
        except BaseException:
            builder.discard()
            raise
        finally:
            bar.close()
        runner.step("validate-and-swap", check_and_swap, staged, out)
    summary = builder.summary
    version = staged.version if staged else None
    previous = staged.previous if staged else read_descriptor(out).get("version")
    return Publication(version, previous, counts(out), list(summary.withheld), staged, set(summary.kept))


def _in_folder_order(folders: list[Path], todo: set[str], extracted: Iterator[list[Result]],
                     cache_dir: Path | None) -> Iterator[list[Result]]:
    """Every document's result in folder order, in groups of at most BATCH (and never waiting on the
    runner with results at hand): the runner's results for the documents in `todo` (its batches, in
    order), the cache's for the others."""
    ready: deque[Result] = deque()
    group: list[Result] = []
    for folder in folders:
        if str(folder) in todo:
            if not ready and group:  # what is at hand is written while the runner works on
                yield group
                group = []
            while not ready:
                ready.extend(next(extracted))
            group.append(ready.popleft())
        else:
            group.append(from_cache(folder, cache_dir))
        if len(group) >= BATCH:
            yield group
            group = []
    if group:
        yield group
    for _ in extracted:  # the runner's generator ends (its pool or cluster closes)
        pass


def counts(out: Path) -> dict[str, int]:
    """Rows per resource of a published package (from the Parquet files' metadata)."""
    return {n: pq.ParquetFile(out / "data" / f"{n}.parquet").metadata.num_rows for n in schemas.RESOURCES
            if (out / "data" / f"{n}.parquet").exists()}
