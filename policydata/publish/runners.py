"""Where the documents of a run are read and extracted: a runner maps batches of raw folders to results.

The publish loop (`publish.run`) hands every runner the same batches and consumes results in folder
order, so outputs never depend on where the work ran. Three runners: `Inline` (this process),
`ProcessPool` (local processes) and, in flows/publish.py, Prefect tasks on a Dask cluster. A runner
also decides how the few whole-package steps run (`step`: plain calls here, Prefect tasks there) and
where the loop's notes go.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from ..extract.result import Result, Withheld
from .work import BATCH, extract_batch, extract_packed, uncached, unpack

T = TypeVar("T")


class Inline:
    """Extract in this process, batch after batch."""

    workers = 1

    def extract(self, work: list[list[str]], cache_dir: Path | None) -> Iterator[list[Result]]:
        cache = str(cache_dir) if cache_dir else None
        for batch in work:
            yield extract_batch(batch, cache)

    def step(self, name: str, fn: Callable[..., T], *args) -> T:
        """One step over the whole package (finish, validate and swap)."""
        return fn(*args)

    def withheld(self, w: Withheld) -> None:
        """A document left out: nothing to do here (the publication lists it)."""

    def log(self, message: str, *args) -> None:
        """A note on the run's progress: none without a logger."""


AHEAD = 2  # batches per worker submitted and not yet consumed: enough to keep every worker busy


def in_order(submit: Callable[[int, list[str]], T], work: list[list[str]], window: int,
             result: Callable[[T, Callable[[], None]], list[Result]], release: Callable[[T], None] = lambda f: None,
             done: Callable[[T], bool] = lambda f: False) -> Iterator[list[Result]]:
    """The results of `submit(index, batch)` for every batch, in order, with at most `window` batches
    running (submitted and not `done`) and at most twice that held (running, or finished and not yet
    consumed): workers never run far ahead of the loop that writes their results, so memory holds a few
    batches, not all that are done (a batch of documents is large). `result(future, top_up)` calls
    `top_up` while it waits for the oldest batch, so a worker that finished a later one is given the next
    at once instead of idling until the slow one is written."""
    pending: deque[T] = deque()
    todo = iter(enumerate(work))

    def top_up() -> None:
        while len(pending) < 2 * window and sum(not done(f) for f in pending) < window:
            nxt = next(todo, None)
            if nxt is None:
                return
            pending.append(submit(*nxt))

    top_up()
    while pending:
        done_batch = result(pending[0], top_up)
        future = pending.popleft()
        release(future)
        del future
        top_up()  # the next batches start before this one is written
        yield done_batch
        del done_batch


def waiting(future, top_up: Callable[[], None], poll: float = 0.5):
    """A concurrent.futures result, calling `top_up` every `poll` seconds while it is not there."""
    while True:
        try:
            return future.result(timeout=poll)
        except TimeoutError:
            top_up()


class ProcessPool(Inline):
    """Extract in `workers` local processes (no Prefect)."""

    def __init__(self, workers: int):
        self.workers = workers

    def extract(self, work: list[list[str]], cache_dir: Path | None) -> Iterator[list[Result]]:
        from concurrent.futures import ProcessPoolExecutor

        cache = str(cache_dir) if cache_dir else None
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            yield from in_order(lambda i, batch: pool.submit(extract_packed, batch, cache), work,
                                AHEAD * self.workers, lambda f, top_up: unpack(waiting(f, top_up), cache),
                                done=lambda f: f.done())


def local(workers: int = 1) -> Inline:
    """This process for one worker, else a pool of `workers` processes."""
    return Inline() if workers <= 1 else ProcessPool(workers)


def default_workers() -> int:
    """The cores this process may use."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def workers_for(folders: list[Path], workers: int, cache_dir: Path | None) -> int:
    """How many workers a run is worth: one when at most a batch needs extracting (a report or two added
    to a cached corpus: starting workers costs more than it saves), else `workers`."""
    if workers > 1 and cache_dir and uncached(folders, Path(cache_dir)) <= BATCH:
        return 1
    return workers
