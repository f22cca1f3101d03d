"""New releases of reports: from an inbox folder or an HTTP(S) feed into raw/, all or nothing.

A feed is JSON: {"reports": [{"document_id", "url" (absolute or relative to the feed), "sha256",
"source": {the source.yml fields}}]}. An inbox is a folder laid out like raw/. A release is new
when raw/ has no such document, changed when its report bytes or its metadata differ. Downloads
are retried on network faults (never on a bad input) and time out; every file is checked against its
sha256 and read as a document in a hidden staging folder before anything in raw/ is replaced.

One bad entry never blocks the others: it is `Rejected`, with one line saying which entry and why,
and the good entries come in.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlparse

import yaml

from .errors import InputError
from .ingest import load_document
from .ingest.document import DOCUMENT_ID
from .ingest.files import REPORT_LIMITS, SOURCE_YML_LIMIT, check_folder, read_regular
from .ingest.metadata import safe_yaml
from .ingest.readers import REPORT_NAMES

TIMEOUT_SECONDS = 30  # the longest wait for any one answer or read
DEADLINE_SECONDS = 300  # the longest a whole download may take, however the server trickles its bytes
ATTEMPTS = 3
FEED_LIMIT = 5 * 1024 * 1024  # a feed lists reports: 5 MB is tens of thousands of entries
CHUNK = 64 * 1024


@dataclass(frozen=True)
class Release:
    document_id: str
    report_name: str  # report.txt, report.html or report.pdf
    sha256: str
    source_yml: str  # the metadata as it will be written to raw/<id>/source.yml
    location: str  # URL or local path of the report file


@dataclass(frozen=True)
class Rejected:
    """An entry of a release source that cannot be brought in, and why (one line)."""

    entry: str  # the document id, or "entry N" when the entry has no usable id
    reason: str

    def line(self) -> str:
        return f"{self.entry}: {self.reason}"


def _report_name(location: str) -> str:
    suffix = Path(urlparse(location).path).suffix.lower()
    name = f"report{suffix}"
    if name not in REPORT_NAMES:
        raise InputError(location, "a release's report must be a .txt, .html or .pdf file")
    return "report.html" if name == "report.htm" else name


def list_inbox(folder: Path) -> tuple[list[Release], list[Rejected]]:
    """Releases waiting in an inbox folder laid out like raw/, and the folders that are not releases."""
    from .ingest.readers import find_report

    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(folder, "release inbox not found")
    out, rejected = [], []
    for d in sorted(p for p in folder.iterdir() if p.is_dir()):  # hidden folders and links are named, not skipped
        try:
            if d.name.startswith("."):
                raise InputError(d, "a hidden folder in the inbox: rename it to its document id, or move it out")
            if not DOCUMENT_ID.match(d.name):
                raise InputError(d, "folder name is the document id and must be lowercase ASCII letters, digits and '-'")
            check_folder(d)
            report, fmt = find_report(d)  # a regular file within its size limit, never a link, FIFO or device
            meta = d / "source.yml"
            if not meta.exists() and not meta.is_symlink():
                raise InputError(meta, "source.yml is missing: every release needs one")
            data = read_regular(report, REPORT_LIMITS[fmt])
            try:
                meta_text = read_regular(meta, SOURCE_YML_LIMIT).decode("utf-8")
            except UnicodeDecodeError:
                raise InputError(meta, "source.yml is not UTF-8 text") from None
            out.append(Release(d.name, _report_name(report.name), hashlib.sha256(data).hexdigest(), meta_text,
                               str(report)))
        except InputError as exc:
            rejected.append(Rejected(d.name, str(exc)))
    return out, rejected


def _read_capped(resp, url: str, limit: int, deadline: float) -> bytes:
    """The body of a response, read as it streams: refused once it passes `limit` bytes (or announces more),
    and cut off at `deadline` (time.monotonic()) however slowly the server trickles its bytes."""
    length = resp.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > limit:
        raise InputError(url, f"the server announces {int(length):,} bytes, over the limit of {limit:,}")
    sock = getattr(getattr(getattr(resp, "fp", None), "raw", None), "_sock", None)
    parts, total = [], 0
    late = f"the download took longer than its deadline of {DEADLINE_SECONDS} s"
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(late)
        if sock is not None:
            sock.settimeout(min(TIMEOUT_SECONDS, left))  # a read never outlives the deadline
        try:
            chunk = resp.read1(CHUNK)
        except TimeoutError:
            raise TimeoutError(late if time.monotonic() >= deadline - 0.05 else "timed out") from None
        if not chunk:
            return b"".join(parts)
        total += len(chunk)
        if total > limit:
            raise InputError(url, f"more than {limit:,} bytes: over the limit for this file, so it was not read on")
        parts.append(chunk)


def download(url: str, timeout: float = TIMEOUT_SECONDS, attempts: int = ATTEMPTS, limit: int = FEED_LIMIT) -> bytes:
    """GET a URL, retrying network errors and 5xx answers with a growing pause; 4xx is final.

    The body is read with a size cap while it streams (never more than `limit` bytes in memory) and the
    whole download, retries included, has an overall deadline (DEADLINE_SECONDS), not only a timeout per read.
    """
    last = ""
    deadline = time.monotonic() + DEADLINE_SECONDS  # for the entry: every attempt and pause included
    for attempt in range(attempts):
        try:
            with urllib.request.urlopen(url, timeout=min(timeout, DEADLINE_SECONDS)) as resp:
                return _read_capped(resp, url, limit, deadline)
        except urllib.error.HTTPError as exc:
            last = f"HTTP {exc.code} {exc.reason}"
            if exc.code < 500:
                break
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            last = str(getattr(exc, "reason", exc))
        if attempt + 1 < attempts:
            if time.monotonic() + 0.5 * 2 ** attempt >= deadline:
                break
            time.sleep(0.5 * 2 ** attempt)
    raise InputError(url, f"download failed after {attempt + 1} attempt(s): {last}")


def list_feed(url: str) -> tuple[list[Release], list[Rejected]]:
    """Releases announced by a JSON feed, and the entries that cannot be releases."""
    try:
        feed = json.loads(download(url).decode("utf-8"))
        entries = feed["reports"]
        if not isinstance(entries, list):
            raise TypeError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise InputError(url, 'not a release feed: expected JSON {"reports": [...]}') from None
    out, rejected = [], []
    for i, e in enumerate(entries):
        name = str(e.get("document_id")) if isinstance(e, dict) and e.get("document_id") else f"entry {i}"
        try:
            doc_id, location, sha, source = e["document_id"], urljoin(url, e["url"]), e["sha256"].lower(), e["source"]
            if not isinstance(source, dict):
                raise TypeError
        except (KeyError, TypeError, AttributeError):
            rejected.append(Rejected(name, f"feed entry {i} needs document_id, url, sha256 and source (a mapping)"))
            continue
        if not DOCUMENT_ID.match(str(doc_id)):
            rejected.append(Rejected(f"entry {i}", f"document_id '{doc_id}' must be lowercase ASCII letters, digits "
                                                   f"and '-'"))
            continue
        try:
            report_name = _report_name(location)
        except InputError as exc:
            rejected.append(Rejected(doc_id, str(exc)))
            continue
        text = yaml.safe_dump(source, allow_unicode=True, sort_keys=False)
        out.append(Release(doc_id, report_name, sha, text, location))
    return out, rejected


def list_source(source: str) -> tuple[list[Release], list[Rejected]]:
    return list_feed(source) if source.startswith(("http://", "https://")) else list_inbox(Path(source))


def _current(raw: Path, doc_id: str) -> tuple[str, str] | None:
    folder = raw / doc_id
    reports = [p for p in folder.glob("report.*") if p.name in REPORT_NAMES] if folder.is_dir() else []
    meta = folder / "source.yml"
    if len(reports) != 1 or not meta.exists():
        return None
    try:
        data = read_regular(reports[0], REPORT_LIMITS[REPORT_NAMES[reports[0].name]])
        return hashlib.sha256(data).hexdigest(), read_regular(meta, SOURCE_YML_LIMIT).decode("utf-8", "replace")
    except InputError:  # not a file we would read: the release replaces it
        return None


def _same_metadata(a: str, b: str) -> bool:
    try:
        return safe_yaml(a) == safe_yaml(b)
    except yaml.YAMLError:
        return a == b


def plan(releases: list[Release], raw: Path) -> tuple[list[Release], list[Release], list[Release]]:
    """(new, changed, unchanged) releases compared with raw/ by content hash and metadata."""
    new, changed, unchanged = [], [], []
    for r in releases:
        cur = _current(raw, r.document_id)
        if cur is None:
            new.append(r)
        elif cur[0] != r.sha256 or not _same_metadata(cur[1], r.source_yml):
            changed.append(r)
        else:
            unchanged.append(r)
    return new, changed, unchanged


def fetch(release: Release) -> bytes:
    """The report's bytes, checked against the release's sha256."""
    limit = REPORT_LIMITS[REPORT_NAMES[release.report_name]]
    if release.location.startswith(("http://", "https://")):
        data = download(release.location, limit=limit)
    else:
        data = read_regular(Path(release.location), limit)
    got = hashlib.sha256(data).hexdigest()
    if got != release.sha256:
        raise InputError(release.location, f"checksum mismatch: the feed says sha256 {release.sha256}, the file is {got}")
    return data


def pending(raw: Path, out: Path) -> list[str]:
    """Documents of raw/ that the package at `out` does not hold as they are: taken into raw/ by a run
    whose publish did not finish (stopped, killed, the disk full). Reconciled by content: a report whose
    sha256 is not the package's `source_sha256` for that document, unless the package's last version
    names it withheld (publishing again would withhold it again)."""
    import csv

    from .ingest import discover

    raw, out = Path(raw), Path(out)
    try:
        folders = [f for f in discover(raw) if DOCUMENT_ID.match(f.name)]
    except InputError:
        return []
    published: dict[str, str] = {}
    table = out / "data" / "documents.csv"
    if table.is_file():
        with open(table, encoding="utf-8-sig", newline="") as f:
            published = {r["document_id"]: r["source_sha256"] for r in csv.DictReader(f)}
    withheld: set[str] = set()
    changes = sorted((out / "changes").glob("*.json"), key=lambda p: [int(x) for x in p.stem.split(".")
                                                                     if x.isdigit()]) if (out / "changes").is_dir() else []
    if changes:
        try:
            withheld = {w["document_id"] for w in json.loads(changes[-1].read_text(encoding="utf-8")).get("withheld", [])}
        except (ValueError, KeyError, TypeError):
            withheld = set()
    out_of_date = []
    for folder in folders:
        current = _current(raw, folder.name)
        if current is not None and published.get(folder.name) != current[0] and folder.name not in withheld:
            out_of_date.append(folder.name)
    return out_of_date


def clear_leftovers(raw: Path) -> None:
    """Undo what an interrupted apply left in raw/ (call only while holding raw/'s lock): a document moved
    aside for its new release, and not replaced, is put back; staging folders are removed."""
    raw = Path(raw)
    for aside in sorted(raw.glob(".replaced-*")):
        doc_id = aside.name[len(".replaced-"):-9]  # mkdtemp adds "-" + 8 characters to the prefix's id
        if (aside / "old").is_dir() and DOCUMENT_ID.match(doc_id) and not (raw / doc_id).exists():
            os.replace(aside / "old", raw / doc_id)
        shutil.rmtree(aside, ignore_errors=True)
    for p in raw.glob(".incoming-*"):
        shutil.rmtree(p, ignore_errors=True)


def apply(fetched: list[tuple[Release, bytes]], raw: Path) -> tuple[list[str], list[Rejected]]:
    """Put fetched releases into raw/: each staged and read as a document first, then swapped in.

    A release that cannot be read is rejected and replaces nothing; the others come in.
    """
    raw.mkdir(parents=True, exist_ok=True)
    applied, rejected = [], []
    for release, data in fetched:
        tmp = Path(tempfile.mkdtemp(prefix=f".incoming-{release.document_id}-", dir=raw))
        try:
            folder = tmp / release.document_id
            folder.mkdir()
            (folder / release.report_name).write_bytes(data)
            (folder / "source.yml").write_text(release.source_yml, encoding="utf-8")
            try:
                load_document(folder)  # a release that cannot be read must not replace anything
            except InputError as exc:
                rejected.append(Rejected(release.document_id, exc.problem + f" (in {release.location})"))
                continue
            target = raw / release.document_id
            aside = None
            if target.exists():
                aside = Path(tempfile.mkdtemp(prefix=f".replaced-{release.document_id}-", dir=raw))
                os.replace(target, aside / "old")
            os.replace(folder, target)
            if aside is not None:
                shutil.rmtree(aside, ignore_errors=True)
            applied.append(release.document_id)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return applied, rejected
