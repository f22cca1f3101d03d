"""Interruption: Ctrl-C, SIGTERM or `kill -9` end a command within seconds and leave no process behind.

The command's work (the Prefect flow, its temporary server, a Dask cluster, a process pool) runs in
a child process that leads a process group of its own; this process only waits for it. So:

- Ctrl-C in a terminal reaches this process alone (the work is not in the terminal's foreground
  group, so no child prints a traceback); SIGINT or SIGTERM here kills the whole group at once,
  says so in one line and exits 130 or 143 (`serve` first passes the signal on, so that its runner
  pauses the schedules and says so itself);
- `kill -9` of this process: the child notices its parent is gone within a second and kills its
  group, temporary Prefect server and Dask workers included;
- `kill -9` of the child: this process kills what is left of its group;
- after any of these, `cleanup` runs (the CLI takes the publish lock, which removes the staging
  folder and puts back a package that a swap cut short had moved aside).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable

EXIT = {signal.SIGINT: 130, signal.SIGTERM: 143}  # 128 + the signal's number, as shells report it
POLL = 0.5


class Stopped(Exception):
    def __init__(self, signum: int):
        self.signum = signum
        super().__init__(signal.Signals(signum).name)


def supervise(line: str, cleanup: Callable[[], None] | None = None, forward: float = 0.0) -> None:
    """Fork; return in the child (which goes on with the command), never in this process.

    This process waits for the child and exits with its code. On SIGINT or SIGTERM: with `forward`,
    the signal is passed to the child, which has `forward` seconds to end on its own (its exit code
    and its own line stand); otherwise, or after that, the child's group is killed, `cleanup` runs,
    `line` (with {signal} filled in) is printed on stderr and the exit code is 130 or 143.
    Without fork, or with POLICYDATA_NO_SUPERVISOR set, returns at once and does nothing.
    """
    if not hasattr(os, "fork") or os.environ.get("POLICYDATA_NO_SUPERVISOR"):
        return
    sys.stdout.flush()
    sys.stderr.flush()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:
        os.setpgid(0, 0)
        threading.Thread(target=_orphan_watch, args=(parent,), daemon=True, name="policydata-orphan-watch").start()
        return
    try:
        os.setpgid(pid, pid)  # also here: whichever of the two runs first, the group exists before any work
    except OSError:
        pass
    for sig in EXIT:
        signal.signal(sig, _raise_stopped)
    try:
        code = _wait(pid)
    except Stopped as stop:
        for sig in EXIT:
            signal.signal(sig, signal.SIG_IGN)  # a second Ctrl-C does not cut the clean-up short
        code = _forwarded(pid, stop.signum, forward) if forward else None
        if code is None:
            kill_group(pid)
            if cleanup:
                cleanup()
            print("policydata: " + line.format(signal=stop), file=sys.stderr, flush=True)
            os._exit(EXIT[stop.signum])
    kill_group(pid)  # whatever the child left running (it was killed, or exited leaving a server behind)
    if code < 0 and cleanup:
        cleanup()
    os._exit(code if code >= 0 else 128 - code)


def _forwarded(pid: int, signum: int, seconds: float) -> int | None:
    """Pass the signal to the child; its exit code if it ends within `seconds`, else None."""
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.1)
    return None


def _raise_stopped(signum, frame):
    raise Stopped(signum)


def _wait(pid: int) -> int:
    """The child's exit code, or minus the signal that killed it."""
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def kill_group(pgid: int) -> None:
    """SIGKILL to every process of the group (the work, its temporary Prefect server, its Dask workers):
    nothing is half-written that the next run's recovery does not undo, and nothing prints after it."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        os.waitpid(pgid, 0)
    except ChildProcessError:
        pass


def _orphan_watch(parent: int) -> None:
    """In the child: when the supervising parent is gone (kill -9), kill this whole group at once."""
    while os.getppid() == parent:
        time.sleep(POLL)
    os.killpg(0, signal.SIGKILL)
