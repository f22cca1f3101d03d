"""Whether a folder may be published into, and whether a published package is what its descriptor says.

`publish` writes only into a folder that is absent, empty, or a package this tool published (its
datapackage.json names the package `policydata`), and builds only on a package whose files match the
sizes and sha256 its descriptor declares, with every document's text/<document_id>.txt in place: a
stranger's folder is never deleted, an edited or deleted file is never taken as the previous version
(which would invent changes or drop a withheld document's rows), and a missing or broken descriptor is
never read as "nothing published yet". `validate` reports the same file checks.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

from .package import PACKAGE_NAME

PACKAGE_PARTS = ("data", "text", "CHANGELOG.md", "changes", "figures", "README.md")
_CHUNK = 1 << 20


class Untrusted(Exception):
    """The target folder is not a package this tool can build on; nothing was changed (one line)."""

    def __init__(self, out: str | Path, problem: str):
        self.out, self.problem = str(out), problem
        super().__init__(f"{out}: {problem}")


def descriptor(out: Path) -> dict:
    """The descriptor of the package at `out`, {} when nothing is there yet; Untrusted when `out` holds
    anything else (a stranger's files, a package without its descriptor, a descriptor that cannot be read)."""
    out = Path(out)
    if not out.exists():
        return {}
    if not out.is_dir():
        raise Untrusted(out, "is not a folder: --out must be an empty or new folder, or a package published by "
                             "policydata")
    entries = sorted(p.name for p in out.iterdir())
    if not entries:
        return {}
    path = out / "datapackage.json"
    if not path.is_file():
        if set(entries) & set(PACKAGE_PARTS):
            raise Untrusted(out, "holds a package's files but no datapackage.json: restore the descriptor (from git "
                                 "or a backup) rather than start again at 1.0.0, which would erase its history; "
                                 "nothing was changed")
        shown = ", ".join(entries[:3]) + (f" and {len(entries) - 3} more" if len(entries) > 3 else "")
        raise Untrusted(out, f"is not empty and not a package published by policydata (it holds {shown}): choose an "
                             f"empty or new folder; nothing was deleted")
    try:
        desc = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        raise Untrusted(path, f"cannot be read as a descriptor ({str(exc)[:120]}): restore it from git or a backup; "
                              f"nothing was changed") from None
    if not isinstance(desc, dict) or desc.get("name") != PACKAGE_NAME or not isinstance(desc.get("resources"), list):
        raise Untrusted(out, f"holds a datapackage.json that is not a {PACKAGE_NAME} package: choose an empty or new "
                             f"folder; nothing was deleted")
    return desc


def sha256_of(path: Path) -> tuple[str, int]:
    """(hex sha256, bytes) of a file, read in chunks."""
    h, n = hashlib.sha256(), 0
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
            n += len(chunk)
    return h.hexdigest(), n


def resource_problem(root: Path, res: dict) -> tuple[str, dict] | None:
    """(kind, details) when a resource's file is not what the descriptor declares, else None.

    kind: "path" (outside the package, a link, not a regular file, missing), "bytes" or "hash"."""
    rel = res.get("path")
    if not isinstance(rel, str) or not rel or Path(rel).is_absolute() or ".." in Path(rel).parts:
        return "path", {"found": str(rel), "why": "the path is not a file inside the package"}
    path = Path(root) / rel
    try:
        st = os.lstat(path)
    except OSError:
        return "path", {"found": rel, "why": "the file is missing"}
    if not stat.S_ISREG(st.st_mode):
        return "path", {"found": rel, "why": "not a regular file (a link or a device)"}
    if "bytes" in res and res["bytes"] != st.st_size:
        return "bytes", {"found": st.st_size, "expected": res["bytes"]}
    declared = str(res.get("hash", ""))
    digest, _ = sha256_of(path)
    if declared.removeprefix("sha256:") != digest:
        return "hash", {"found": digest, "expected": declared.removeprefix("sha256:") or "(none)"}
    return None


def describe(res: dict, kind: str, details: dict) -> str:
    rel = res.get("path")
    if kind == "path":
        return f"{rel}: {details['why']}"
    if kind == "bytes":
        return f"{rel} is {details['found']} bytes, but datapackage.json declares {details['expected']}"
    return f"{rel} does not match its sha256 in datapackage.json (changed after it was published)"


def file_problems(root: Path, desc: dict) -> list[str]:
    """One line per resource whose file differs from the descriptor (size, sha256, or missing)."""
    out = []
    for res in desc.get("resources", []):
        found = resource_problem(root, res)
        if found:
            out.append(f"{res.get('name', '?')}: {describe(res, *found)}")
    return out


def missing_texts(root: Path) -> list[str]:
    """Documents of the package without their text/<document_id>.txt (the text a withheld document keeps)."""
    import csv

    table = Path(root) / "data" / "documents.csv"
    if not table.is_file():
        return []
    with open(table, encoding="utf-8-sig", newline="") as f:
        ids = [r.get("document_id", "") for r in csv.DictReader(f)]
    return [f"text/{d}.txt: the file is missing" for d in ids
            if not (Path(root) / "text" / f"{d}.txt").is_file() or (Path(root) / "text" / f"{d}.txt").is_symlink()]


def verify_published(out: Path) -> dict:
    """The descriptor of the package at `out` once every file matches it ({} when nothing is published).

    Raises Untrusted, naming the first file that differs, when the package was edited or damaged since it
    was published: building on it would invent changes or lose rows."""
    desc = descriptor(out)
    if not desc:
        return desc
    problems = file_problems(Path(out), desc)
    problems = problems or missing_texts(Path(out))  # read only once the tables are known to be as published
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise Untrusted(out, f"the published package does not match its descriptor: {problems[0]}{more}; restore "
                             f"it (from git or a backup), or move it aside to rebuild from raw/; nothing was changed")
    return desc
