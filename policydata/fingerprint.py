"""A digest of everything that decides what extraction produces: code, lexicons and schemas.

Cached extraction results are keyed on it together with a document's content hash, so a change
to any rule invalidates the cache and an unchanged document under unchanged rules is not re-read.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from .paths import PACKAGE_DIR, SCHEMA_DIR


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    h = hashlib.sha256()
    files = sorted(PACKAGE_DIR.rglob("*.py")) + sorted(PACKAGE_DIR.rglob("*.yml")) + sorted(SCHEMA_DIR.glob("*.json"))
    for p in files:
        h.update(p.relative_to(PACKAGE_DIR.parent).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def document_key(doc) -> str:
    """Cache key of one document's extraction."""
    meta = hashlib.sha256(repr(doc.meta).encode("utf-8")).hexdigest()[:12]
    return f"extract-{code_fingerprint()}-{doc.document_id}-{doc.source_sha256[:16]}-{doc.source_format}-{meta}"
