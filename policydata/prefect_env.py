"""Prefect settings for running without a server: set before prefect is first imported.

Without a server Prefect starts a temporary one per process; on a fresh PREFECT_HOME that
takes ~30 s, beyond Prefect's default 20 s start-up timeout. Values already set in the
environment win, so a steward pointing PREFECT_API_URL at a real server keeps it.
"""

from __future__ import annotations

import atexit
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from .paths import PROJECT_DIR, in_checkout

# In a checkout Prefect keeps its state beside the code (as `make` does); installed, in its own default (~/.prefect).
DEFAULTS = {
    **({"PREFECT_HOME": str(PROJECT_DIR / ".prefect")} if in_checkout() else {}),
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LOG_PRINTS": "false",
}


def configure() -> None:
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)


def quiet_console() -> None:
    """The CLI prints its own progress and one line per problem: Prefect's console log only for the critical.

    Everything is still logged to the Prefect API (the UI shows every run, task and log line); set
    PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL=INFO to see Prefect's own lines on the terminal again.
    """
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")


_pending: list[Callable[[], None]] = []  # the wait for a server start_server_early() began


def start_server_early() -> None:
    """With no Prefect API configured, start the temporary server now, as a process, so that its start-up
    (seconds to tens of seconds) overlaps with the CLI's own (importing Prefect, reading raw/).

    Call before prefect is first imported: PREFECT_API_URL is set at once (a port chosen here), so this
    process and its workers all use this one server; api_ready() waits until it answers.
    """
    if os.environ.get("PREFECT_API_URL"):
        return
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    os.environ["PREFECT_API_URL"] = f"http://127.0.0.1:{port}/api"
    server = subprocess.Popen(_server_command(port), env={**os.environ, **SERVER_ENV})
    atexit.register(_stop, server)
    deadline = time.monotonic() + float(os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"])

    def wait() -> None:
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"the temporary Prefect server exited with code {server.returncode} on start")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("timed out while waiting for the temporary Prefect server to answer")
            time.sleep(0.1)

    _pending.append(wait)


# the temporary server as Prefect's own SubprocessASGIServer runs it (prefect/server/api/server.py), started
# here without importing that module in this process (seconds of CPU and ~80 MB the server process spends anyway);
# no block types registered: the flows use none (measured on a fresh PREFECT_HOME: 28.6 -> 25.2 s CPU to start)
SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1",
              "PREFECT_API_BLOCKS_REGISTER_ON_START": "false"}


def _server_command(port: int) -> list[str]:
    import importlib.util

    site = Path(importlib.util.find_spec("prefect").origin).parent.parent
    return [sys.executable, "-m", "uvicorn", "--app-dir", str(site), "--factory", "prefect.server.api.server:create_app",
            "--host", "127.0.0.1", "--port", str(port), "--log-level", "error", "--lifespan", "on"]


def _stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def api_ready() -> None:
    """Wait for the server start_server_early() started, if any."""
    while _pending:
        _pending.pop()()


def share_api_with_workers() -> str:
    """Make the Prefect API this process uses visible to worker processes, starting one if there is none.

    Tasks on Dask workers report to the Prefect API. With no server configured, each worker process
    would start a temporary server of its own (measured here: ~20 s each); starting the temporary
    server once, here, and exporting its URL lets every worker of a local cluster share it. Returns
    the API URL.
    """
    from prefect.settings import PREFECT_API_URL

    api_ready()
    url = PREFECT_API_URL.value()
    if not url:
        from prefect.server.api.server import SubprocessASGIServer

        server = SubprocessASGIServer()
        server.start(timeout=int(os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"]))
        url = server.api_url
    os.environ["PREFECT_API_URL"] = url
    return url


def task_runner(workers: int, dask_address: str | None = None):
    """Where the publish flow's batches run: an existing Dask scheduler, a local cluster of `workers`
    processes (prefect-dask), or this process. Called just before the flow: the temporary server the
    CLI started early must answer by then."""
    api_ready()
    if dask_address or workers > 1:
        from prefect_dask import DaskTaskRunner

        share_api_with_workers()
        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                              "dashboard_address": ":0"})  # any free port: never "8787 is already in use"
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=1)


def no_workers_seconds() -> float:
    """How long a run waits for a Dask cluster that has no live worker (POLICYDATA_NO_WORKERS_SECONDS, default 60)."""
    return float(os.environ.get("POLICYDATA_NO_WORKERS_SECONDS", "60"))


def _wait_for_state(dask, timeout: float) -> None:
    """distributed.wait on the future's own client (prefect-dask's is not the default one)."""
    from distributed import wait

    with dask.client.as_current():
        wait(dask, timeout=timeout)


FETCH_SECONDS = 300.0  # for a done task's data; past it, the poll goes on (no worker left: ClusterLost)


def result_while_workers_live(future, top_up=lambda: None, poll: float = 1.0, wait=None):
    """A task's result; on a Dask cluster, ClusterLost once the cluster has had no live worker for
    no_workers_seconds() (a lost worker's task is retried on another; with none left it would wait forever).
    `top_up` is called at every poll (runners.in_order gives idle workers their next batch).

    The poll waits for the task's state (`distributed.wait`), never for its data: a result fetched with a
    timeout shorter than its transfer is asked for again and again and never arrives (each timed
    `result()` drops the transfer under way). The data is fetched once, when the task is done."""
    from concurrent.futures import CancelledError

    from policydata.errors import ClusterLost

    dask = getattr(future, "wrapped_future", None)
    if not hasattr(dask, "client"):
        return future.result()
    if wait is None:
        wait = _wait_for_state
    limit, alone = no_workers_seconds(), 0.0
    while True:
        try:
            wait(dask, timeout=poll)
            return future.result(timeout=FETCH_SECONDS)  # done: the data, once (a lost worker's: computed again)
        except TimeoutError:
            top_up()
        except (UnboundLocalError, CancelledError) as exc:
            # distributed's result() ends this way when the task's future was cancelled under it
            # (dask/distributed#8514: a lost worker or scheduler connection): one line, nothing published.
            if dask.status in ("cancelled", "lost", "error"):
                raise ClusterLost(f"the Dask cluster at {dask.client.scheduler.address} dropped a task "
                                  f"({dask.status}: {type(exc).__name__}); nothing was published") from None
        alone = 0.0 if dask.client.scheduler_info().get("workers") else alone + poll
        if alone >= limit:
            raise ClusterLost(f"the Dask cluster at {dask.client.scheduler.address} has had no live worker for "
                              f"{limit:.0f} s; nothing was published")
