"""The `publish` flow: the library's one publish loop (policydata.publish.run) with a Prefect runner.

Batches run as tasks on a Dask cluster (a LocalCluster of `workers` processes, or the scheduler at
`dask_address`) or in this process; whole-package steps are tasks, a withheld document a failed task.
"""

from __future__ import annotations

from pathlib import Path

from policydata.prefect_env import configure

configure()

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402

from policydata.ingest import discover  # noqa: E402
from policydata.prefect_env import result_while_workers_live, task_runner  # noqa: E402
from policydata.publish import loop, runners, work  # noqa: E402


class DocumentWithheld(Exception):
    """A document left out of this version (its reason is the message); recorded as a failed task."""


@task(name="extract-batch", cache_policy=NO_CACHE, task_run_name="extract-batch-{index}")
def extract_batch(index: int, folders: list[str], cache_dir: str | None) -> work.Packed:
    return work.extract_packed(folders, cache_dir)


@task(name="withheld", cache_policy=NO_CACHE, retries=0, task_run_name="withheld-{document_id}")
def withheld(document_id: str, step: str, message: str) -> None:
    raise DocumentWithheld(f"{document_id}: {step}: {message}")


class PrefectRunner(runners.Inline):
    """Batches as `extract-batch` tasks on the flow's task runner; steps as tasks; notes to the run's log."""

    def __init__(self, workers: int):
        self.workers, self.logger = workers, get_run_logger()

    def extract(self, batches, cache_dir):  # a few batches ahead; consumed ones let go (Dask drops them too)
        cache_dir = cache_dir and str(cache_dir)
        yield from runners.in_order(lambda i, b: extract_batch.submit(i, b, cache_dir), batches,
                                    runners.AHEAD * self.workers,
                                    lambda f, top_up: work.unpack(result_while_workers_live(f, top_up), cache_dir),
                                    lambda f: getattr(getattr(f, "wrapped_future", None), "release", lambda: None)(),
                                    lambda f: f.wrapped_future.done())

    def step(self, name, fn, *args):  # quote(): Prefect would otherwise walk the builder's rows for futures
        return task(fn, name=name, cache_policy=NO_CACHE)(*map(quote, args))

    def withheld(self, w):  # a failed task per withheld document, with its reason
        withheld(w.document_id, w.step, w.message, return_state=True)
        self.logger.warning("withheld %s", w.line())

    def log(self, message, *args):
        self.logger.info(message, *args)

@flow(name="publish")
def publish(raw_dir: str = "raw", out_dir: str = "datapackage", strict: bool = False,
            cache_dir: str | None = None, workers: int = 1) -> dict:
    """Publish every document under raw_dir into out_dir (policydata.publish.run); `workers` sizes the batches."""
    result = loop.run(Path(raw_dir), Path(out_dir), PrefectRunner(workers), strict, cache_dir and Path(cache_dir))
    get_run_logger().info("%s: %s", out_dir, result.line())
    create_markdown_artifact(result.markdown(Path(out_dir)), key="publish-summary", description="What was published")
    return result.as_dict()


def run(raw_dir: str = "raw", out_dir: str = "datapackage", strict: bool = False, cache_dir: str | None = None,
        workers: int | None = None, dask_address: str | None = None) -> dict:
    """Run the publish flow on the task runner that `workers` and `dask_address` ask for."""
    workers = runners.default_workers() if workers is None else workers
    if not dask_address:  # a report or two to extract: starting a cluster costs more than it saves
        workers = runners.workers_for(discover(Path(raw_dir)), workers, cache_dir and Path(cache_dir))
    return publish.with_options(task_runner=task_runner(workers, dask_address))(
        raw_dir=raw_dir, out_dir=out_dir, strict=strict, cache_dir=cache_dir, workers=workers)
