"""All-or-nothing publication: stage beside the target folder, validate, then swap into place."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


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
