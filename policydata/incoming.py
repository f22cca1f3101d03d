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
from .ingest.readers import REPORT_NAMES

TIMEOUT_SECONDS = 30
ATTEMPTS = 3


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
    for d in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
        try:
            if not DOCUMENT_ID.match(d.name):
                raise InputError(d, "folder name is the document id and must be lowercase ASCII letters, digits and '-'")
            report, _ = find_report(d)
            meta = d / "source.yml"
            if not meta.exists():
                raise InputError(meta, "source.yml is missing: every release needs one")
            out.append(Release(d.name, _report_name(report.name), hashlib.sha256(report.read_bytes()).hexdigest(),
                               meta.read_text(encoding="utf-8"), str(report)))
        except InputError as exc:
            rejected.append(Rejected(d.name, str(exc)))
    return out, rejected


def download(url: str, timeout: float = TIMEOUT_SECONDS, attempts: int = ATTEMPTS) -> bytes:
    """GET a URL, retrying network errors and 5xx answers with a growing pause; 4xx is final."""
    last = ""
    for attempt in range(attempts):
        try:
            with urllib.request.urlopen(url, timeout=timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as exc:
            last = f"HTTP {exc.code} {exc.reason}"
            if exc.code < 500:
                break
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            last = str(getattr(exc, "reason", exc))
        if attempt + 1 < attempts:
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
    return hashlib.sha256(reports[0].read_bytes()).hexdigest(), meta.read_text(encoding="utf-8")


def _same_metadata(a: str, b: str) -> bool:
    try:
        return yaml.safe_load(a) == yaml.safe_load(b)
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
    if release.location.startswith(("http://", "https://")):
        data = download(release.location)
    else:
        data = Path(release.location).read_bytes()
    got = hashlib.sha256(data).hexdigest()
    if got != release.sha256:
        raise InputError(release.location, f"checksum mismatch: the feed says sha256 {release.sha256}, the file is {got}")
    return data


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
