"""Where each document's rows sit in a package's CSV files, kept beside the extraction cache.

    {resource: {document_id: (offset, length, rows)}}: the bytes of a document's rows in data/<resource>.csv

The builder knows these ranges as it writes (every document's rows are written at once, in folder
order). Saved after a run under the cache folder, tied to the sha256 of the package's datapackage.json
(which holds the sha256 of every data file, checked by trust.verify_published before a run builds on the
package), they let the next run's diff compare the bytes of each document's rows instead of parsing the
whole of both packages: adding one report to a large package turns into dicts the rows of that report only.
Without a saved index (no cache, another package, files changed) the diff reads the files as before.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

Ranges = dict[str, dict[str, tuple[int, int, int]]]


def _descriptor_sha(package: Path) -> str | None:
    path = Path(package) / "datapackage.json"
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _index_path(cache_dir: Path, sha: str) -> Path:
    return Path(cache_dir) / f"rows-{sha}.json"


def save(cache_dir: Path | None, staged: Path, ranges: Ranges, replaces: Path | None = None,
         gate: str | None = None) -> None:
    """Keep the ranges of the package at `staged` (never fails a run), with `gate`, the digest of the
    rules the package passed (validation.gate.rules_digest); the index of the package at `replaces`
    (the version it succeeds) goes."""
    if cache_dir is None or (sha := _descriptor_sha(staged)) is None:
        return
    path = _index_path(cache_dir, sha)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"ranges": ranges, "gate": gate}, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
        old = _descriptor_sha(replaces) if replaces is not None else None
        if old and old != sha:
            _index_path(cache_dir, old).unlink(missing_ok=True)
    except OSError:
        pass


def _saved(cache_dir: Path | None, package: Path) -> dict | None:
    if cache_dir is None or (sha := _descriptor_sha(package)) is None:
        return None
    try:
        saved = json.loads(_index_path(cache_dir, sha).read_text(encoding="utf-8"))
        return saved if isinstance(saved, dict) else None
    except (OSError, ValueError):
        return None


def load(cache_dir: Path | None, package: Path) -> Ranges | None:
    """The ranges of the package at `package`, or None when none were kept for exactly that package
    (its datapackage.json, which holds the sha256 of every data file, names the index)."""
    try:
        saved = _saved(cache_dir, package)
        return {name: {doc: tuple(r) for doc, r in docs.items()} for name, docs in saved["ranges"].items()}
    except (KeyError, TypeError, AttributeError):
        return None


def gate(cache_dir: Path | None, package: Path) -> str | None:
    """The digest of the gate's rules that the package at `package` passed, when its index says so."""
    saved = _saved(cache_dir, package)
    return saved.get("gate") if saved else None
