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


def resolved(out: Path) -> Path:
    """The real folder behind `out` (symlinks followed): what is locked, staged beside and swapped."""
    return Path(os.path.realpath(out))


@contextmanager
def publish_lock(out: Path, package: bool = True):
    """One publication per target folder at a time (an flock, released even if the process dies).

    The lock is taken on the resolved path, so a symlink to the folder is the same folder. Holding it,
    leftovers of an interrupted run are cleaned: stale staging folders are removed, and a package moved
    aside by a swap that was cut short is put back. With `package` (a package folder, not raw/), the
    folder must then be one `publish` may write into and build on (trust.verify_published): else
    trust.Untrusted, nothing changed.
    """
    out = resolved(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(out.parent / f".{out.name}.lock", os.O_CREAT | os.O_RDWR, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Busy(out) from None
        recover(out)
        if package:
            from .trust import verify_published

            verify_published(out)
        yield
    finally:
        os.close(fd)


def ensure_free(out: Path) -> None:
    """Raise Busy (or trust.Untrusted) now if `out` cannot be published into: a quick check before Prefect
    starts; the flow locks and checks for real."""
    with publish_lock(out):
        pass


def recover(out: Path) -> None:
    """Undo what an interrupted publication left beside `out` (call only while holding the lock)."""
    out = resolved(out)
    previous = sorted(out.parent.glob(f".{out.name}.previous-*"))
    if previous and not out.exists():
        os.replace(previous[-1], out)  # the swap stopped between its two renames
        previous = previous[:-1]
    for p in previous + sorted(out.parent.glob(f".{out.name}.staging-*")):
        shutil.rmtree(p, ignore_errors=True)


def new_staging(out: Path) -> Path:
    """A fresh, empty staging folder on the same filesystem as `out` (so the swap is a rename)."""
    out = resolved(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.staging-", dir=out.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; the published folder is for everyone to read
    return staging


def discard(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)


def swap_into_place(staging: Path, out: Path) -> None:
    """Replace `out` by `staging`. The old folder is moved aside first and removed only after."""
    out = resolved(out)
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


def clear_leftovers(out: Path, cache_dir: str | Path | None = None) -> None:
    """After a failed run (a full disk): remove its staging folders and the cache's half-written files,
    so that the space they took is given back. Waits for nothing: if another run holds `out`, it cleans."""
    try:
        with publish_lock(out, package=False):
            pass  # taking the lock runs recover(): staging folders go
    except Busy:
        return
    if cache_dir and Path(cache_dir).is_dir():
        for tmp in Path(cache_dir).glob("*.tmp"):
            tmp.unlink(missing_ok=True)
