"""source.yml: the metadata a person writes for each document, checked before anything is read."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import InputError
from .files import SOURCE_YML_LIMIT, read_regular

REGION_CODE = re.compile(r"^[1-9][0-9]{5}$")
LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")
URL = re.compile(r"^https?://\S+$")
REQUIRED = ("title", "issuer", "region_code", "region_name", "plan_year", "publisher", "license")
# Where a copy came from when it is not the publisher's own page: a repository (owner/name@commit) and the
# path inside it, or the address of an archived copy. Published in `documents` as one `provenance` value.
PROVENANCE = ("repository", "path", "archive")
KNOWN = set(REQUIRED) | {"published", "url", "language", "encoding"} | set(PROVENANCE)
MAX_VALUE_CHARS = 2000  # a title is under 100 characters, an address under 2000


class NoAliasLoader(yaml.SafeLoader):
    """YAML's safe loader, refusing aliases (*name): source.yml has no use for them, and an alias bomb
    (aliases of aliases, a few hundred bytes) would expand to gigabytes. Refused while composing, before
    any value is built."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, f"aliases (*{event.anchor}) are not allowed; write the "
                                                          f"value itself", event.start_mark)
        return super().compose_node(parent, index)


def safe_yaml(text: str):
    """A YAML document as plain values, aliases refused (raises yaml.YAMLError)."""
    return yaml.load(text, Loader=NoAliasLoader)


@dataclass(frozen=True)
class SourceMeta:
    title: str
    issuer: str
    region_code: str
    region_name: str
    plan_year: int
    published: dt.date | None  # None: the copy does not state it
    publisher: str
    license: str
    url: str = ""
    language: str = "zh-Hans"
    encoding: str | None = None  # declared encoding of the report file, if the person knew it
    provenance: str = ""  # repository@commit:path, or an archive address; empty for the publisher's own page


def _text(path: Path, data: dict, key: str, required: bool = True) -> str:
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InputError(path, f"required key '{key}' is missing or empty")
        return ""
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise InputError(path, f"'{key}' must be text, got {type(value).__name__}")
    if len(str(value)) > MAX_VALUE_CHARS:
        raise InputError(path, f"'{key}' is {len(str(value)):,} characters long, over the limit of {MAX_VALUE_CHARS:,}")
    return str(value).strip()


def load_metadata(path: Path) -> SourceMeta:
    """Read and check a source.yml; any problem raises InputError naming the file."""
    if not path.exists() and not path.is_symlink():
        raise InputError(path, "source.yml is missing: every raw/<document_id>/ folder needs one")
    raw = read_regular(path, SOURCE_YML_LIMIT)  # a regular file of at most 64 KB, checked before it is read
    try:
        data = safe_yaml(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(path, "source.yml is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise InputError(path, f"not valid YAML{where}: {str(getattr(exc, 'problem', None) or exc)[:200]}") from None
    except ValueError as exc:  # YAML reads 2021-02-30 as a date and fails on it
        raise InputError(path, f"a value is not valid: {exc} (dates are written YYYY-MM-DD)") from None
    if not isinstance(data, dict):
        raise InputError(path, "source.yml must be a mapping of keys to values")
    unknown = sorted(set(map(str, data)) - KNOWN)
    if unknown:
        raise InputError(path, f"unknown key(s) {', '.join(unknown)}; known keys are {', '.join(sorted(KNOWN))}")

    region_code = _text(path, data, "region_code")
    if not REGION_CODE.match(region_code):
        raise InputError(path, f"region_code '{region_code}' is not a six-digit GB/T 2260 code such as \"120101\"")
    year = data.get("plan_year")
    if isinstance(year, bool) or not isinstance(year, int) or not 1949 <= year <= 2100:
        raise InputError(path, f"plan_year must be a year such as 2020, got {year!r}")
    published = data.get("published")
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published.strip())
        except ValueError:
            raise InputError(path, f"published must be a date as YYYY-MM-DD, got {published!r}") from None
    if isinstance(published, dt.datetime):
        published = published.date()
    if published is not None and not isinstance(published, dt.date):
        raise InputError(path, f"published must be a date as YYYY-MM-DD, got {published!r}")
    url = _text(path, data, "url", required=False)
    if url and not URL.match(url):
        raise InputError(path, f"url '{url}' is not an http(s) address")
    language = _text(path, data, "language", required=False) or "zh-Hans"
    if not LANGUAGE.match(language):
        raise InputError(path, f"language '{language}' is not a language tag such as zh-Hans")
    encoding = _text(path, data, "encoding", required=False) or None
    if encoding is not None:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(path, f"encoding '{encoding}' is not an encoding Python knows (try utf-8 or gb18030)") from None
    provenance = _provenance(path, data)
    return SourceMeta(
        title=_text(path, data, "title"),
        issuer=_text(path, data, "issuer"),
        region_code=region_code,
        region_name=_text(path, data, "region_name"),
        plan_year=year,
        published=published,
        publisher=_text(path, data, "publisher"),
        license=_text(path, data, "license"),
        url=url,
        language=language,
        encoding=encoding,
        provenance=provenance,
    )


def _provenance(path: Path, data: dict) -> str:
    """`repository@commit:path` for a copy taken from a repository, the archive address for an archived one."""
    repository = _text(path, data, "repository", required=False)
    inner = _text(path, data, "path", required=False)
    archive = _text(path, data, "archive", required=False)
    if inner and not repository:
        raise InputError(path, "'path' names a file inside a repository: give the 'repository' (owner/name@commit) too")
    if repository and archive:
        raise InputError(path, "give either 'repository' (with 'path') or 'archive', not both")
    if archive and not URL.match(archive):
        raise InputError(path, f"archive '{archive}' is not an http(s) address")
    if repository:
        return f"{repository}:{inner}" if inner else repository
    return archive
