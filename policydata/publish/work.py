"""What a worker does with a batch of documents: each one's result (publish.document), from the cache when
it holds it (any process; picklable, no Prefect, no shared state).

Results are cached by content (report bytes, source.yml, and fingerprint.extraction_fingerprint: the
code, lexicons and schemas that extraction runs on): an unchanged document under unchanged rules is not
read again, and editing publish, CLI or diff code keeps every cached result.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from collections.abc import Callable
from pathlib import Path

from ..extract.result import Result
from ..fingerprint import extraction_fingerprint
from .document import checked, extract_document, per_document_rows  # noqa: F401 (what a result is)


# --- cache and batches ------------------------------------------------------------------------------

CACHE_DIR_NAME = ".policydata-cache"


def default_cache_dir(out: Path) -> Path:
    """Extraction results by content, beside the published folder (ignored by git)."""
    return Path(out).resolve().parent / CACHE_DIR_NAME


_KEYS: dict[tuple, str] = {}  # keys by the folder's files' (name, size, mtime, ctime, inode)


def cache_key(folder: Path) -> str | None:
    """The content key of a raw folder's extraction, or None when its files cannot be read as bytes.

    A run asks twice (which documents to extract, then each batch), and the next run asks again: files
    whose size, mtime, ctime and inode are unchanged are not read and hashed again (as git decides
    whether a file changed; ctime cannot be set back). remember_keys/keep_keys carry the keys from run
    to run."""
    try:
        if folder.is_symlink() or any(p.is_symlink() for p in folder.iterdir()):
            return None  # never from the cache: load_document refuses links, and says so
        files = sorted(p for p in folder.iterdir() if p.is_file())
        stats = (str(folder), tuple((p.name, (st := p.stat()).st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
                                    for p in files))
        if stats in _KEYS:
            return _KEYS[stats]
        h = hashlib.sha256(extraction_fingerprint().encode())
        h.update(folder.name.encode())
        for p in files:
            h.update(p.name.encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    except OSError:
        return None
    _KEYS[stats] = key = h.hexdigest()
    return key


KEYS_FILE = "keys.json"


def remember_keys(cache_dir: Path | None) -> None:
    """The keys the last run kept in the cache (for the same code): their files are not hashed again."""
    if cache_dir is None:
        return
    try:
        saved = json.loads((Path(cache_dir) / KEYS_FILE).read_text(encoding="utf-8"))
        if saved.get("code") != extraction_fingerprint():
            return
        for folder, files, key in saved["keys"]:
            _KEYS[(folder, tuple(tuple(f) for f in files))] = key
    except (OSError, ValueError, TypeError, AttributeError, KeyError):
        pass  # none kept, or unreadable: the files are hashed


def keep_keys(cache_dir: Path | None, folders: list[Path]) -> None:
    """Keep the keys of these folders (those of this run) for the next run; never fails a run."""
    if cache_dir is None:
        return
    names = {str(f) for f in folders}
    keys = [[folder, files, key] for (folder, files), key in _KEYS.items() if folder in names]
    path = Path(cache_dir) / KEYS_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"code": extraction_fingerprint(), "keys": keys}), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass


def _read(path: Path | None) -> bytes | None:
    try:
        return path.read_bytes() if path is not None else None
    except OSError:
        return None


def _cached(path: Path | None) -> Result | None:
    blob = _read(path)
    if blob is None:
        return None
    try:
        return pickle.loads(blob)
    except Exception:  # a cache file from another version or cut short: extract again
        path.unlink(missing_ok=True)
        return None


def _store(path: Path | None, blob: bytes) -> None:
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.{id(blob)}.tmp")
    tmp.write_bytes(blob)
    tmp.replace(path)  # atomic: concurrent workers never read half a file


def _paths(folders: list[str], cache_dir: str | None) -> list[Path | None]:
    if not cache_dir:
        return [None] * len(folders)
    return [Path(cache_dir) / f"{k}.pickle" if (k := cache_key(Path(f))) else None for f in folders]


def _dumps(result: Result) -> bytes:
    return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)


def _fill(folders: list[str], paths: list[Path | None], found: list, packed: bool) -> list:
    """`found` with each missing (None) document extracted, checked with the others and cached: as its
    result, or as its pickle when `packed`."""
    todo = [i for i, x in enumerate(found) if x is None]
    for i, r in zip(todo, checked([extract_document(Path(folders[i])) for i in todo])):
        blob = _dumps(r) if packed or paths[i] is not None else b""
        _store(paths[i], blob)
        found[i] = blob if packed else r
    return found


def extract_batch(folders: list[str], cache_dir: str | None = None) -> list[Result]:
    """Read, extract and check a batch of documents, in order (what one task does on one worker).

    Documents unchanged since a run that cached them come from the cache; the others are extracted,
    their rows checked together (validation.gate.row_problems) and cached.
    """
    paths = _paths(folders, cache_dir)
    return _fill(folders, paths, [_cached(p) for p in paths], packed=False)


Packed = list[tuple[str, bytes]]


def extract_packed(folders: list[str], cache_dir: str | None = None) -> Packed:
    """extract_batch for another process: each document's result as its pickle, beside its folder.

    What crosses processes is a few bytes objects, not millions of rows: Dask serialises a nested list
    of rows object by object (a 50-report batch took minutes on 2 cores and, fetched with a timeout,
    never arrived); bytes it sends as they are. A cached document's pickle is its cache file, sent
    without being loaded here; a fresh one is pickled once, for the cache and for the trip.
    """
    paths = _paths(folders, cache_dir)
    return list(zip(folders, _fill(folders, paths, [_read(p) for p in paths], packed=True)))


def unpack(packed: Packed, cache_dir: str | None = None) -> list[Result]:
    """The results extract_packed sent; a document whose cache file turns out unreadable is dropped
    from the cache and extracted here (as extract_batch does)."""
    results = []
    for folder, blob in packed:
        try:
            results.append(pickle.loads(blob))
        except Exception:
            if (path := cached_path(Path(folder), cache_dir and Path(cache_dir))) is not None:
                path.unlink(missing_ok=True)
            results.append(extract_batch([folder], cache_dir)[0])
    return results


BATCH = 50  # documents per batch at most


def cached_path(folder: Path, cache_dir: Path | None) -> Path | None:
    """Where the cache holds this folder's extraction, or None when it holds none (or no cache)."""
    if cache_dir is None or not (k := cache_key(Path(folder))):
        return None
    path = Path(cache_dir) / f"{k}.pickle"
    return path if path.exists() else None


def uncached(folders: list[Path], cache_dir: Path) -> int:
    """How many of the folders have no extraction in the cache (what a run would really extract)."""
    return sum(1 for f in folders if cached_path(f, cache_dir) is None)


def from_cache(folder: Path, cache_dir: Path) -> Result:
    """A document whose extraction the cache holds, read in this process (a pickle load: no worker, no
    task); extracted here after all if its cache file turns out unreadable."""
    found = _cached(cached_path(folder, cache_dir))
    return found if found is not None else extract_batch([str(folder)], str(cache_dir))[0]


def batches(folders: list[Path], workers: int, per_batch: int = BATCH) -> list[list[str]]:
    """Documents in folder order, cut into batches: enough to keep every worker busy, few enough
    that Prefect's cost per task stays small. Outputs never depend on the cut."""
    n = len(folders)
    if n == 0:
        return []
    size = max(1, min(per_batch, -(-n // (4 * max(1, workers)))))
    return [[str(f) for f in folders[i:i + size]] for i in range(0, n, size)]


def extract_ahead(folders: list[Path], cache_dir: Path | None) -> Callable[[], None]:
    """Extract the documents the cache lacks into it, in folder order, in a forked process, while this
    one gets ready (the CLI imports Prefect and waits for its server: seconds in which a core is idle).

    Returns `stop`: the process ends after the document at hand (what it cached, the run reads from the
    cache; the rest is the run's work, as without it) and `stop` returns once it has. Never fails a run:
    without fork or a cache, `stop` does nothing. A document extracted here is the one extract_batch gives.
    """
    if cache_dir is None or not hasattr(os, "fork"):
        return lambda: None
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the forked process (tests see its cache files)
        code = 0
        try:
            import select
            import signal

            signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the supervisor's (interrupt.py)
            os.close(write_end)
            remember_keys(cache_dir)
            todo = [f for f in folders if cached_path(f, cache_dir) is None]
            keep_keys(cache_dir, folders)  # the run does not hash the folders again
            for folder in todo:
                if select.select([read_end], [], [], 0)[0]:
                    break  # stopped (or the run's process is gone: the pipe's end closed)
                extract_batch([str(folder)], str(cache_dir))
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(read_end)

    def stop() -> None:
        try:
            os.write(write_end, b"x")
            os.close(write_end)
        except OSError:
            pass
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass

    return stop
