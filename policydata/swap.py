"""All-or-nothing publication: stage beside the target folder, validate, then swap into place."""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path


class Busy(Exception):
    """Another publication into the same folder is running."""

    def __init__(self, out: Path):
        self.out = out
        super().__init__(f"{out}: another publish into this folder is running; try again when it has finished")


@contextmanager
def publish_lock(out: Path):
    """One publication per target folder at a time (an flock, released even if the process dies).

    Holding it, leftovers of an interrupted run are cleaned: stale staging folders are removed, and
    a package moved aside by a swap that was cut short is put back.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(out.parent / f".{out.name}.lock", os.O_CREAT | os.O_RDWR, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Busy(out) from None
        recover(out)
        yield
    finally:
        os.close(fd)


def ensure_free(out: Path) -> None:
    """Raise Busy now if a publication holds `out` (a quick check before starting Prefect; the flow locks for real)."""
    with publish_lock(out):
        pass


def recover(out: Path) -> None:
    """Undo what an interrupted publication left beside `out` (call only while holding the lock)."""
    previous = sorted(out.parent.glob(f".{out.name}.previous-*"))
    if previous and not out.exists():
        os.replace(previous[-1], out)  # the swap stopped between its two renames
        previous = previous[:-1]
    for p in previous + sorted(out.parent.glob(f".{out.name}.staging-*")):
        shutil.rmtree(p, ignore_errors=True)


def new_staging(out: Path) -> Path:
    """A fresh, empty staging folder on the same filesystem as `out` (so the swap is a rename)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.staging-", dir=out.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; the published folder is for everyone to read
    return staging


def discard(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)


def swap_into_place(staging: Path, out: Path) -> None:
    """Replace `out` by `staging`. The old folder is moved aside first and removed only after."""
    previous = None
    if out.exists():
        previous = Path(tempfile.mkdtemp(prefix=f".{out.name}.previous-", dir=out.parent))
        os.rmdir(previous)
        os.replace(out, previous)
    try:
        os.replace(staging, out)
    except BaseException:
        if previous is not None:
            os.replace(previous, out)
        raise
    if previous is not None:
        shutil.rmtree(previous, ignore_errors=True)
