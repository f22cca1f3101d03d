"""Publishing at scale: N reports made from the real corpus, timed three ways in one run.

Makes N report folders from ../shared/corpus/raw (new ids, texts and metadata unchanged, cycling
through the corpus), then times, in this run and on this machine:

1. the library path: `policydata.publish.run` with a process pool of the default workers (no Prefect);
2. `policydata publish` (the CLI, default workers: a LocalCluster via prefect-dask), end to end with
   its temporary Prefect server, and again against a running `prefect server start`, so Prefect's
   share over the library path is shown with and without the server's start-up. PREFECT_HOME is kept
   between runs, as a user's is (the checkout's .prefect, or ~/.prefect): the first run on it, which
   creates its database, is timed apart with one report;
3. the Dask path: `policydata publish --dask-address` against a `dask scheduler` and `dask worker`
   processes started here;
4. adding one report to the published N-report package (cached extraction of the others).

Peak RSS is the largest sum of resident memory over the process tree of each run (sampled).

    .venv/bin/python benchmarks/corpus.py --reports 1000
    .venv/bin/python benchmarks/corpus.py --reports 10000 --skip-dask   # long: prints time and RSS per 1,000
    .venv/bin/python benchmarks/corpus.py --reports 10000 --library-only   # the growth of cost alone (1.)

With 2,000 reports or more, the library path prints its time and peak RSS at every 1,000 reports
written, so that the growth of cost with the package is seen, not just the total.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from policydata import progress, publish
from policydata.paths import PROJECT_DIR

BIN = Path(sys.executable).parent
CORPUS = PROJECT_DIR.parent / "shared" / "corpus" / "raw"


def make_reports(source: Path, n: int, dest: Path) -> int:
    """N folders named b0000-<original id>…, copies of the corpus's; returns their bytes of text."""
    folders = sorted(p for p in source.iterdir() if p.is_dir())
    size = 0
    for i in range(n):
        src = folders[i % len(folders)]
        out = dest / f"b{i:05d}-{src.name}"
        shutil.copytree(src, out)
        size += sum(p.stat().st_size for p in out.iterdir() if p.name.startswith("report."))
    return size


def _tree_rss(root: int) -> int:
    """Resident bytes of a process and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                parts = f.read().rsplit(")", 1)[1].split()
            children.setdefault(int(parts[1]), []).append(int(d))
            rss[int(d)] = int(parts[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [root]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo += children.get(p, [])
    return total


@contextmanager
def peak_rss(pid: int | None = None):
    """Samples the tree's RSS every 0.2 s; yields a dict whose 'peak' is filled on exit."""
    result = {"peak": 0}
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            result["peak"] = max(result["peak"], _tree_rss(pid or os.getpid()))
            stop.wait(0.2)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    try:
        yield result
    finally:
        stop.set()
        t.join()


STEP = 1000
CPU = {"last": 0.0}  # CPU seconds of the last timed_cli run's process tree


class Growth(progress.Reporter):
    """Prints, per 1,000 reports written, the time since the start and for those 1,000, and the peak RSS so far."""

    def __init__(self, started: float, rss: dict):
        self.started, self.rss, self.done, self.last = started, rss, 0, started

    def written(self, n: int) -> None:
        before, self.done = self.done, self.done + n
        if self.done // STEP > before // STEP:
            now = time.perf_counter()
            print(f"  {self.done // STEP * STEP:6d} reports: {now - self.started:7.1f} s (last 1,000: {now - self.last:6.1f} s)"
                  f"  peak RSS {self.rss['peak'] / 2**30:.2f} GB", flush=True)
            self.last = now

    def stage(self, what: str) -> None:
        print(f"  all written: {time.perf_counter() - self.started:7.1f} s; {what} the whole package", flush=True)


def cpu_seconds(who: int = resource.RUSAGE_CHILDREN) -> float:
    """User and system CPU seconds of this process (RUSAGE_SELF) or of its children that have ended and
    were waited for, with theirs (RUSAGE_CHILDREN): a cost that a loaded machine does not inflate as it
    does wall time."""
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def timed_cli(args: list[str], env: dict) -> tuple[float, int, subprocess.CompletedProcess]:
    t, cpu = time.perf_counter(), cpu_seconds()
    proc = subprocess.Popen([str(BIN / "policydata"), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    with peak_rss(proc.pid) as rss:
        out, err = proc.communicate()
    took = time.perf_counter() - t
    CPU["last"] = cpu_seconds() - cpu
    if proc.returncode not in (0, 4):
        raise SystemExit(f"policydata {' '.join(args)} failed ({proc.returncode}):\n{err[-2000:]}")
    return took, rss["peak"], subprocess.CompletedProcess(args, proc.returncode, out, err)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def prefect_server(home: Path):
    import httpx

    port = free_port()
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/api"
    try:
        for _ in range(300):
            try:
                if httpx.get(url + "/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=60)


@contextmanager
def dask_cluster(workers: int, env: dict):
    port = free_port()
    sched = subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                              "--dashboard-address", ":0"], env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    address = f"tcp://127.0.0.1:{port}"
    time.sleep(3)
    ws = [subprocess.Popen([str(BIN / "dask"), "worker", address, "--nthreads", "1", "--nworkers", "1",
                            "--dashboard-address", ":0"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
          for _ in range(workers)]
    time.sleep(5)
    try:
        yield address
    finally:
        for p in ws + [sched]:
            p.terminate()
        for p in ws + [sched]:
            p.wait(timeout=60)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--library-only", action="store_true", help="time the library path alone (1.), not the CLI")
    args = ap.parse_args()
    cores = len(os.sched_getaffinity(0))
    with tempfile.TemporaryDirectory(prefix="policydata-bench-") as tmp:
        tmp = Path(tmp)
        raw = tmp / "raw"
        raw.mkdir()
        size = make_reports(args.corpus, args.reports, raw)
        print(f"{args.reports} reports, {size / 1e6:.1f} MB of report files, {cores} cores")
        env = {**os.environ, "PREFECT_HOME": str(tmp / "prefect-home")}
        env.pop("PREFECT_API_URL", None)

        with peak_rss() as rss:
            t, cpu = time.perf_counter(), cpu_seconds(resource.RUSAGE_SELF) + cpu_seconds()
            if args.reports >= 2 * STEP:  # how cost grows: time and memory per 1,000 reports written
                progress.install(Growth(t, rss))
            try:
                lib = publish.run(raw, tmp / "lib", publish.local(cores))
            finally:
                progress.install(progress.Reporter())
            t_lib = time.perf_counter() - t
            cpu_lib = cpu_seconds(resource.RUSAGE_SELF) + cpu_seconds() - cpu
        print(f"library path ({cores} processes, no Prefect):     {t_lib:6.1f} s  peak RSS {rss['peak'] / 2**30:.2f} GB"
              f"  CPU {cpu_lib:6.1f} s  ({len(lib.withheld)} withheld)")
        if args.library_only:
            return

        # a user's PREFECT_HOME is kept from run to run (the checkout's .prefect, or ~/.prefect installed): its
        # database is created and migrated once, by the first run. That first run is timed here on its own, with
        # one report, and the runs below reuse the home, as a user's second and later runs do.
        one = tmp / "raw-one"
        one.mkdir()
        shutil.copytree(next(p for p in sorted(raw.iterdir()) if p.is_dir()), one / "first")
        t_first, _, _ = timed_cli(["publish", "--raw", str(one), "--out", str(tmp / "first"), "--no-cache"], env)
        print(f"first run on a fresh PREFECT_HOME (1 report; its database created): {t_first:6.1f} s  CPU "
              f"{CPU['last']:6.1f} s (once per PREFECT_HOME; not in the figures below)")

        t_cli, rss_cli, _ = timed_cli(["publish", "--raw", str(raw), "--out", str(tmp / "cli"), "--no-cache"], env)
        print(f"policydata publish (temporary Prefect server):    {t_cli:6.1f} s  peak RSS {rss_cli / 2**30:.2f} GB"
              f"  Prefect's share {100 * (t_cli - t_lib) / t_lib:+.0f} %; CPU {CPU['last']:6.1f} s "
              f"({100 * (CPU['last'] - cpu_lib) / cpu_lib:+.0f} %)")

        with prefect_server(tmp / "server-home") as url:
            served = {**env, "PREFECT_API_URL": url}
            t_srv, rss_srv, _ = timed_cli(["publish", "--raw", str(raw), "--out", str(tmp / "srv"), "--no-cache"],
                                          served)
            print(f"policydata publish (running Prefect server):      {t_srv:6.1f} s  peak RSS {rss_srv / 2**30:.2f} GB"
                  f"  Prefect's share {100 * (t_srv - t_lib) / t_lib:+.0f} %; CPU {CPU['last']:6.1f} s "
                  f"({100 * (CPU['last'] - cpu_lib) / cpu_lib:+.0f} %)")
            identical = all((tmp / "lib" / p.relative_to(tmp / "srv")).read_bytes() == p.read_bytes()
                            for p in (tmp / "srv").rglob("*") if p.is_file())
            print(f"  same bytes as the library path: {identical}")

            # adding one report to the published package: the others come from the extraction cache
            cache_out = tmp / "cached"
            timed_cli(["publish", "--raw", str(raw), "--out", str(cache_out)], served)
            extra = sorted(args.corpus.iterdir())[0]
            shutil.copytree(extra, raw / f"z-added-{extra.name}")
            t_add, _, _ = timed_cli(["publish", "--raw", str(raw), "--out", str(cache_out)], served)
            print(f"adding one report to the {args.reports}-report package:  {t_add:6.1f} s (running server, cached "
                  f"extraction); CPU {CPU['last']:5.1f} s")
            shutil.rmtree(raw / f"z-added-{extra.name}")

            if not args.skip_dask:
                with dask_cluster(cores, served) as address:
                    t_dask, rss_dask, _ = timed_cli(["publish", "--raw", str(raw), "--out", str(tmp / "dask"),
                                                     "--no-cache", "--dask-address", address], served)
                print(f"policydata publish --dask-address ({cores} workers): {t_dask:6.1f} s  peak RSS (CLI only) "
                      f"{rss_dask / 2**30:.2f} GB")


if __name__ == "__main__":
    main()
