"""The `publish` flow: raw/ in, a validated data package swapped into place out.

Each step is a function of policydata (extraction, pipeline); the flow gives them Prefect's run
history, logs, per-batch tasks and an artifact. Extraction fans out in batches of documents: on a
Dask cluster (prefect-dask: a `LocalCluster` of `workers` processes, or an existing scheduler at
`dask_address`), or in this process when `workers` is 1. The package is written here, as batches
come back in folder order, so the output never depends on how the work was spread.
"""

from __future__ import annotations

import os
from pathlib import Path

from policydata.prefect_env import configure

configure()

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402

from policydata import extraction, pipeline, progress  # noqa: E402
from policydata.changes import render  # noqa: E402
from policydata.ingest import discover  # noqa: E402
from policydata.swap import publish_lock  # noqa: E402


class DocumentWithheld(Exception):
    """A document left out of this version (its reason is the message); recorded as a failed task."""


@task(name="extract-batch", cache_policy=NO_CACHE, task_run_name="extract-batch-{index}")
def extract_batch(index: int, folders: list[str], cache_dir: str | None) -> list[extraction.Result]:
    return extraction.extract_batch(folders, cache_dir)


@task(name="withheld", cache_policy=NO_CACHE, retries=0, task_run_name="withheld-{document_id}")
def withheld(document_id: str, step: str, message: str) -> None:
    """Fails on purpose, so that Prefect records each withheld document as a failed task with its reason."""
    raise DocumentWithheld(f"{document_id}: {step}: {message}")


@task(name="finish-package", cache_policy=NO_CACHE)
def finish_package(builder: pipeline.PackageBuilder, strict: bool) -> pipeline.Staged | None:
    return builder.finish(strict)


@task(name="validate-and-swap", cache_policy=NO_CACHE)
def validate_and_swap(staged: pipeline.Staged | None, out: Path) -> None:
    pipeline.check_and_swap(staged, out)


def summary_markdown(out: Path, staged, summary) -> str:
    """The artifact: what was published (the changelog's readable summary) and what was withheld."""
    if staged is None:
        head = f"# `{out}`: no change\n\nThe inputs give the package already published; nothing was written."
    else:
        head = (f"# Published `{out}` version {staged.version}" + (f" (was {staged.previous})" if staged.previous else "")
                + "\n\n" + render(staged.diff, version=staged.version, first=staged.previous is None))
    lines = [head, "", "## Withheld", ""]
    if summary.withheld:
        lines += ["| document | step | problem | rows |", "|---|---|---|---|"]
        lines += [f"| `{w.document_id}` | {w.step} | {w.message.replace('|', '/')} | "
                  f"{'previous rows kept' if w.document_id in summary.kept else 'not published'} |"
                  for w in summary.withheld]
    else:
        lines.append("None.")
    return "\n".join(lines) + "\n"


def _release(future) -> None:
    """Let the Dask cluster drop a batch's result once the flow has it (a no-op for other runners)."""
    wrapped = getattr(future, "wrapped_future", None)
    if hasattr(wrapped, "release"):
        wrapped.release()


def task_runner(workers: int, dask_address: str | None = None):
    """Where extraction runs: an existing Dask scheduler, a local cluster of `workers` processes, or here."""
    if dask_address or workers > 1:
        from prefect_dask import DaskTaskRunner

        from policydata.prefect_env import share_api_with_workers

        share_api_with_workers()
        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                              "dashboard_address": None})
    return ThreadPoolTaskRunner(max_workers=1)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


@flow(name="publish")
def publish(raw_dir: str = "raw", out_dir: str = "datapackage", strict: bool = False,
            cache_dir: str | None = None, workers: int = 1) -> dict:
    """Publish every document under raw_dir into out_dir, versioned against what is there.

    A document that cannot be read, extracted or checked is withheld (a failed `withheld` task names
    it) and keeps its previous rows; with `strict`, any withheld document means nothing is published.
    `workers` only sizes the batches; where they run is the flow's task runner (see `run`).
    """
    logger = get_run_logger()
    raw, out = Path(raw_dir), Path(out_dir)
    bar = progress.reporter()
    with publish_lock(out):
        folders = discover(raw)
        work = extraction.batches(folders, workers)
        logger.info("%d documents in %d batches", len(folders), len(work))
        bar.start(len(folders))
        futures = list(extract_batch.map(list(range(len(work))), work, [cache_dir] * len(work)))
        builder = pipeline.PackageBuilder(out)
        done = 0
        try:
            for i in range(len(futures)):
                future, futures[i] = futures[i], None  # consumed batches are let go: memory holds few
                batch = future.result()
                _release(future)
                lost = [r for r in batch if isinstance(r, extraction.Withheld)]
                bar.extracted(len(batch), len(lost))
                for r in batch:
                    builder.add(r)
                for w in lost:
                    withheld(w.document_id, w.step, w.message, return_state=True)
                    logger.warning("withheld %s", w.line())
                done += len(batch)
                bar.written(len(batch))
                del batch  # a batch of documents is large: let it go before the next arrives
                logger.info("extracted and written %d/%d documents", done, len(folders))
            bar.stage("checking")
            # quote(): Prefect would otherwise walk the builder's rows looking for futures in its inputs
            staged = finish_package(quote(builder), strict)
        except BaseException:
            builder.discard()
            raise
        finally:
            bar.close()
        validate_and_swap(quote(staged), out)
    summary = builder.summary
    result = pipeline.publication(staged, summary, out)
    if staged is None:
        logger.info("%s unchanged: the inputs give the package already published", out)
    else:
        logger.info("published %s version %s: %s", out, staged.version,
                    ", ".join(f"{k} {v}" for k, v in result.counts.items()))
    create_markdown_artifact(key="publish-summary", markdown=summary_markdown(out, staged, summary),
                             description="What this publication found, published and withheld")
    return {"version": result.version, "previous": result.previous, "changed": result.changed,
            "counts": result.counts, "withheld": [w.line() for w in result.withheld],
            "kept": sorted(summary.kept)}


def run(raw_dir: str = "raw", out_dir: str = "datapackage", strict: bool = False, cache_dir: str | None = None,
        workers: int | None = None, dask_address: str | None = None) -> dict:
    """Run the publish flow on the task runner that `workers` and `dask_address` ask for."""
    workers = default_workers() if workers is None else workers
    if workers > 1 and not dask_address and cache_dir:
        todo = extraction.uncached(discover(Path(raw_dir)), Path(cache_dir))
        if todo <= extraction.BATCH:  # a new report or two: starting a cluster costs more than it saves
            workers = 1
    runner = task_runner(workers, dask_address)
    return publish.with_options(task_runner=runner)(raw_dir=raw_dir, out_dir=out_dir, strict=strict,
                                                     cache_dir=cache_dir, workers=workers)
