"""Interruption with real processes: Ctrl-C, kill -9 and a lost Dask worker never leave processes or debris.

`policydata publish` runs its work (the flow, the temporary Prefect server, a Dask LocalCluster) in a
child process group (policydata.interrupt); these tests start the real command, interrupt it while
that tree is alive, and look at what is left with psutil.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest

from conftest import SEED, source_yml, write_doc
from helpers import snapshot
from policydata import publish
from policydata.paths import PROJECT_DIR

pytestmark = pytest.mark.e2e
CLI = str(Path(sys.executable).parent / "policydata")
sys.path.insert(0, str(PROJECT_DIR / "benchmarks"))
from synthetic import report  # noqa: E402

REPORTS = ["national-2016", "national-2017", "hailar-district-2014", "baoding-city-2025"]


@pytest.fixture
def published(tmp_path):
    """A published package of the seed, and raw/ with more reports (one large) to publish over it."""
    raw, out = tmp_path / "raw", tmp_path / "datapackage"
    shutil.copytree(SEED, raw / SEED.name)
    publish.run(raw, out)
    for name in REPORTS:
        shutil.copytree(PROJECT_DIR / "raw" / name, raw / name)
    write_doc(raw, "big-2021", report(300_000), source_yml())
    return raw, out


def tree(pid: int) -> list[psutil.Process]:
    try:
        root = psutil.Process(pid)
        return [root] + root.children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def start(raw: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([CLI, "publish", "--raw", str(raw), "--out", str(out), "--no-cache", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(proc: subprocess.Popen, what, seconds: float = 240) -> list[psutil.Process]:
    """The process tree once `what(tree)` holds (the run is under way), failing if the run ends first."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        procs = tree(proc.pid)
        if proc.poll() is not None:
            pytest.fail(f"the publish ended ({proc.returncode}) before it could be interrupted: {proc.stderr.read()}")
        if what(procs):
            return procs
        time.sleep(0.2)
    pytest.fail("the publish never got under way")


def cmdline(p: psutil.Process) -> str:
    try:
        return " ".join(p.cmdline())
    except psutil.Error:
        return ""


def server_and_workers(procs: list[psutil.Process]) -> bool:
    lines = [cmdline(p) for p in procs]
    return any("uvicorn" in c for c in lines) and sum("multiprocessing" in c for c in lines) >= 2


def gone(procs: list[psutil.Process], seconds: float = 5) -> list[str]:
    """The processes of `procs` still alive after `seconds` (zombies count as gone)."""
    _, alive = psutil.wait_procs(procs, timeout=seconds)
    return [f"{p.pid} {cmdline(p)}" for p in alive if p.status() != psutil.STATUS_ZOMBIE]


def test_sigint_ends_a_running_publish_within_10_s_with_one_line_and_leaves_nothing(published):
    raw, out = published
    before = snapshot(out)
    proc = start(raw, out, "--workers", "2")
    procs = wait_for(proc, server_and_workers)
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=10)
    assert time.monotonic() - sent < 10
    assert proc.returncode == 130
    assert err.strip().splitlines() == [f"policydata: publish stopped (SIGINT): {out} was left as it was"]
    assert gone(procs) == []  # the temporary Prefect server and the Dask workers too
    assert snapshot(out) == before
    assert not list(out.parent.glob(f".{out.name}.staging-*"))


def test_kill_9_of_a_publish_leaves_no_server_or_worker_behind(published):
    raw, out = published
    before = snapshot(out)
    proc = start(raw, out, "--workers", "2")
    procs = wait_for(proc, server_and_workers)
    proc.kill()
    proc.wait(timeout=10)
    assert gone(procs, seconds=10) == []  # the work's group noticed its parent had gone
    assert snapshot(out) == before
    publish.run(raw, out)  # the next run clears the staging folder and publishes
    assert not list(out.parent.glob(f".{out.name}.staging-*"))


def test_a_dask_worker_killed_mid_run_is_replaced_and_the_run_gives_the_same_bytes(published, tmp_path):
    raw, out = published
    proc = start(raw, out, "--workers", "2")
    procs = wait_for(proc, server_and_workers)
    time.sleep(3)  # batches are on the workers
    victim = next(p for p in procs if "multiprocessing" in cmdline(p))
    victim.kill()
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    expected, seed_only = tmp_path / "expected", tmp_path / "seed-only"
    shutil.copytree(SEED, seed_only / SEED.name)
    publish.run(seed_only, expected)
    publish.run(raw, expected)  # the same two publications by the library path
    assert snapshot(out) == snapshot(expected)


class DaskFuture:
    """What the Prefect runner waits on, as prefect-dask gives it: the Dask future as `wrapped_future`."""

    def __init__(self, future):
        self.wrapped_future = future

    def result(self, timeout=None):
        from distributed import TimeoutError as DaskTimeout

        try:
            return self.wrapped_future.result(timeout=timeout)
        except DaskTimeout as exc:
            raise TimeoutError(str(exc)) from exc


def test_a_dask_cluster_left_with_no_worker_is_an_error_within_the_bound(monkeypatch):
    from distributed import Client, LocalCluster

    from policydata.errors import ClusterLost
    from policydata.prefect_env import result_while_workers_live

    monkeypatch.setenv("POLICYDATA_NO_WORKERS_SECONDS", "3")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        assert result_while_workers_live(DaskFuture(client.submit(sum, [1, 2]))) == 3  # a live worker answers
        slow = DaskFuture(client.submit(time.sleep, 120))
        cluster.scale(0)  # every worker gone: the task can run nowhere
        started = time.monotonic()
        with pytest.raises(ClusterLost, match="no live worker for 3 s"):
            result_while_workers_live(slow)
        assert time.monotonic() - started < 30


class _Scheduler:
    address = "tcp://127.0.0.1:1"


class _Client:
    scheduler = _Scheduler()

    def scheduler_info(self):
        return {"workers": {"w": {}}}


class _Dropped:
    """A Dask future whose timed result() fails the way distributed's does when the future is cancelled
    under it (dask/distributed#8514): UnboundLocalError the first `spurious` times, then per `status`."""

    client = _Client()

    def __init__(self, status, spurious=0):
        self.status, self.spurious = status, spurious


class _Wrapped:
    def __init__(self, dask):
        self.wrapped_future = dask

    def result(self, timeout=None):
        if self.wrapped_future.spurious:
            self.wrapped_future.spurious -= 1
            raise UnboundLocalError("cannot access local variable 'result' where it is not associated with a value")
        return "done"


def test_a_task_dropped_by_the_cluster_is_one_line_not_a_traceback():
    from policydata.errors import ClusterLost
    from policydata.prefect_env import result_while_workers_live

    with pytest.raises(ClusterLost, match=r"dropped a task \(cancelled: UnboundLocalError\); nothing was published"):
        result_while_workers_live(_Wrapped(_Dropped("cancelled", spurious=10**6)), poll=0, wait=_done)
    # the same error while the task is still pending is read as a poll that timed out: the result follows
    assert result_while_workers_live(_Wrapped(_Dropped("pending", spurious=2)), poll=0, wait=_done) == "done"


def _done(future, timeout):
    """distributed.wait for the fakes above: their task is always done."""


class SlowToSend:
    """A result that takes `seconds` to pickle, as a large batch of rows does on a busy worker."""

    def __init__(self, seconds):
        self.seconds = seconds

    def __reduce__(self):
        time.sleep(self.seconds)
        return (SlowToSend, (self.seconds,))


def test_a_result_slower_to_send_than_the_poll_still_arrives():
    """The poll waits for the task's state, not its data: a timed result() would drop every transfer
    longer than the poll and ask again, for ever (a 1,000-report CLI run never finished this way)."""
    from distributed import Client, LocalCluster, wait

    from policydata.prefect_env import result_while_workers_live

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        future = DaskFuture(client.submit(SlowToSend, 1.0, pure=False))
        wait(future.wrapped_future)
        got = []
        fetch = threading.Thread(target=lambda: got.append(result_while_workers_live(future, poll=0.2)), daemon=True)
        fetch.start()
        fetch.join(60)  # the timed fetch never ends: a thread, so that the test fails rather than hangs
        assert got and isinstance(got[0], SlowToSend)
