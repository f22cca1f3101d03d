"""Digests of the code and data that decide an output, for the caches keyed on them.

`extraction_fingerprint()` keys the extraction cache (publish.work): the modules a document's cached
result is made by (read, extract, rows as CSV lines and Arrow tables, the per-document row check) and
every module they import, found by walking their syntax trees (imports inside functions count), with
the data files those modules read (lexicons, schemas, profiles, wording, the GB/T 2260 table's
package). Editing publish, CLI, diff, card or flow code leaves it, and so every cached extraction, as
it was; editing an extractor, the grammar, a lexicon or a schema changes it.

`code_fingerprint()` digests the whole package (every module, lexicon and schema): for caches whose
output any of it may decide (the figures).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .paths import LEXICON_DIR, PACKAGE_DIR, SCHEMA_DIR, STANDARD_DIR

#: The modules whose code makes a document's cached result (publish.document.extract_document and
#: checked): everything they import, directly or not, is found from these.
EXTRACTION_ROOTS = ("policydata.publish.document",)


def _data_files(module: str, package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """The files of the package's own data a module reads (a module that reads none: [])."""
    lexicon, standard = package_dir / LEXICON_DIR.name, package_dir / STANDARD_DIR.name
    schemas = standard / SCHEMA_DIR.name
    found = {
        "lexicon": lambda: sorted(lexicon.glob("*.yml")),
        "schemas": lambda: sorted(schemas.glob("*.schema.json")),
        "validation.sources": lambda: sorted(schemas.glob("*.schema.json")),
        "standard": lambda: sorted(schemas.glob("*.schema.json")),
        "validation.profiles": lambda: sorted((schemas / "profiles").glob("*.json")),
        "standard.wording": lambda: [standard / "wording.yml"],
    }.get(module.partition(".")[2])
    return found() if found else []


def _outside_data(module: str) -> str:
    """What names the version of data a module reads from outside the package, as text ("": none)."""
    if module.partition(".")[2] == "regions":  # the GB/T 2260 table ships in a package of its own
        from importlib import metadata

        from .regions import TABLE_PACKAGE

        try:
            return f"{TABLE_PACKAGE}=={metadata.version(TABLE_PACKAGE)}"
        except metadata.PackageNotFoundError:
            return f"{TABLE_PACKAGE} not installed"
    return ""


#: The names in a module's source that say it reads data files: each such module must be in _data_files
#: or _outside_data (tests/test_fingerprint.py checks it).
DATA_NAMES = ("LEXICON_DIR", "SCHEMA_DIR", "STANDARD_DIR", "PROFILE_DIR", "wording.yml", "_table_file")


def module_path(name: str, package_dir: Path = PACKAGE_DIR) -> Path | None:
    """The file of a module of the package (`policydata.x.y`), or None when it is not one."""
    parts = name.split(".")
    if parts[0] != package_dir.name or not all(parts):
        return None
    base = package_dir.parent.joinpath(*parts)
    for path in (base / "__init__.py", base.with_suffix(".py")):
        if path.is_file():
            return path
    return None


# every import statement of a module, wherever it is (module level, functions, methods): `from X import
# (a, b)` over lines, `from X import a as b, c`, `import a.b as c, d`. A line of a docstring that reads
# like an import counts too (a dependency too many, never one too few). tests/test_fingerprint.py checks
# that it finds what Python's own parser (ast) finds in every module of the package.
_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)|import[ \t]+([^\n]*))", re.M)


def _names(text: str) -> list[str]:
    """The names of an import list (`a as b, c` or `(a,\n b,  # note\n)`), aliases and comments dropped."""
    text = re.sub(r"#[^\n]*", "", text).strip("()\\ \t\n")
    return [n.split()[0] for n in text.split(",") if n.split()]


def imported(name: str, package_dir: Path = PACKAGE_DIR) -> set[str]:
    """The package's modules a module imports anywhere in its body (module level, functions, methods).

    `from a import b` names the module a.b when b is one, else a (whose code defines b); `import a.b`
    names a.b. The __init__ of a package a module sits in is not counted unless imported by name: here
    none of them decides what a module computes."""
    path = module_path(name, package_dir)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for m in _IMPORT.finditer(path.read_text(encoding="utf-8")):
        source, names, plain = m.groups()
        if plain is not None:
            found |= set(_names(plain))
            continue
        dots = len(source) - len(source.lstrip("."))
        if dots:
            parts = package.split(".")
            base = ".".join(parts[:len(parts) - dots + 1] + ([source[dots:]] if source[dots:] else []))
        else:
            base = source
        subs = {f"{base}.{n}" for n in _names(names)}
        modules = {s for s in subs if module_path(s, package_dir)}
        found |= modules
        if len(modules) < len(subs):
            found.add(base)
    return {m for m in found if m != name and module_path(m, package_dir)}


def closure(roots: Iterable[str], package_dir: Path = PACKAGE_DIR) -> list[str]:
    """The roots and every module of the package they import, directly or not, sorted."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        m = todo.pop()
        if m not in seen:
            seen.add(m)
            todo += imported(m, package_dir) - seen
    return sorted(seen)


def extraction_files(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """The module and data files that decide a document's extraction, sorted (what the key digests)."""
    return _files(closure(EXTRACTION_ROOTS, package_dir), package_dir)


def _files(modules: list[str], package_dir: Path) -> list[Path]:
    return sorted({module_path(m, package_dir) for m in modules} | {p for m in modules for p in _data_files(m, package_dir)})


def extraction_digest(package_dir: Path = PACKAGE_DIR) -> str:
    """The digest of what decides a document's extraction in the package at `package_dir`."""
    modules = closure(EXTRACTION_ROOTS, package_dir)
    h = hashlib.sha256()
    for p in _files(modules, package_dir):
        h.update(p.relative_to(package_dir).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(p.read_bytes()).digest())
    for text in filter(None, map(_outside_data, modules)):
        h.update(text.encode() + b"\0")
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def extraction_fingerprint() -> str:
    """The key of this package's extraction (see the module's docstring), computed once per process."""
    return extraction_digest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The digest of the whole package: every module, lexicon and schema."""
    h = hashlib.sha256()
    files = sorted(PACKAGE_DIR.rglob("*.py")) + sorted(PACKAGE_DIR.rglob("*.yml")) + sorted(SCHEMA_DIR.glob("*.json"))
    for p in files:
        h.update(p.relative_to(PACKAGE_DIR.parent).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]
