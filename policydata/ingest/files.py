"""Input files are regular files inside their folder: never a link, a FIFO or a device, never over a limit.

Checked on the open file itself (O_NOFOLLOW, O_NONBLOCK, then fstat), before a byte is read, so a
symlink to /etc/passwd is refused rather than published, a FIFO never hangs the run and /dev/zero never
fills memory. Limits are stated in the README (Inputs).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import InputError

MB = 1024 * 1024
# A work plan's text is well under 1 MB (the corpus's longest report.txt is 0.2 MB); a saved page or a PDF
# carries markup or fonts besides. A file over its limit is almost surely the wrong file (or a report
# repeated over and over), so it is refused before it is read.
REPORT_LIMITS = {"txt": 5 * MB, "html": 10 * MB, "pdf": 20 * MB}
SOURCE_YML_LIMIT = 64 * 1024  # a few hundred bytes in practice
_KINDS = {stat.S_ISDIR: "a folder", stat.S_ISFIFO: "a FIFO (named pipe)", stat.S_ISCHR: "a character device",
          stat.S_ISBLK: "a block device", stat.S_ISSOCK: "a socket"}


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS.items() if test(mode)), "not a regular file")


def check_folder(folder: Path) -> None:
    """A document folder must be a real folder of raw/, not a link to one elsewhere, and readable."""
    try:
        st = os.lstat(folder)
    except OSError as exc:
        raise InputError(folder, f"cannot be read ({exc.strerror})") from None
    if stat.S_ISLNK(st.st_mode):
        raise InputError(folder, f"is a symbolic link (to {os.readlink(folder)}); inputs must be real folders inside "
                                 f"the raw folder: copy the files in")
    if not stat.S_ISDIR(st.st_mode):
        raise InputError(folder, f"is {_kind(st.st_mode)}, not a document folder")
    if not os.access(folder, os.R_OK | os.X_OK):
        raise InputError(folder, "the folder cannot be read (permissions)")


def _open_regular(path: Path, limit: int) -> tuple[int, int]:
    """(fd, size) of a regular file no larger than `limit`; anything else raises InputError naming the file."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        if os.path.islink(path):
            raise InputError(path, f"is a symbolic link (to {os.readlink(path)}); inputs must be regular files "
                                   f"inside the raw folder: copy the file in") from None
        raise InputError(path, f"cannot be read ({exc.strerror})") from None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise InputError(path, f"is {_kind(st.st_mode)}; inputs must be regular files")
    if st.st_size > limit:
        os.close(fd)
        raise InputError(path, f"the file is {st.st_size / MB:.1f} MB, over the limit of {limit / MB:g} MB for this "
                               f"file: probably the wrong file (README: Inputs)")
    return fd, st.st_size


def check_regular(path: Path, limit: int) -> int:
    """The size of a regular file within `limit` (nothing read)."""
    fd, size = _open_regular(path, limit)
    os.close(fd)
    return size


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file within `limit`, read from the descriptor that was checked."""
    fd, size = _open_regular(path, limit)
    try:
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=True) as f:
            fd = -1
            data = f.read(limit + 1)
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > limit:  # it grew since fstat
        raise InputError(path, f"the file is over the limit of {limit / MB:g} MB for this file (README: Inputs)")
    return data
