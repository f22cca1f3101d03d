"""Deterministic ids: the same input always gives the same id, and an edit elsewhere does not move it."""

from __future__ import annotations

import hashlib
from collections import Counter


def digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:8]


class IdMaker:
    """Makes `<document_id>-<letter>-<digest>` ids from a row's identifying key.

    The digest covers the key and how many times that key was seen before, so two rows
    with the same key still get distinct, stable ids.
    """

    def __init__(self, document_id: str, letter: str):
        self.prefix = f"{document_id}-{letter}-"
        self.seen: Counter = Counter()

    def __call__(self, *key: object) -> str:
        k = tuple(map(str, key))
        n = self.seen[k]
        self.seen[k] += 1
        return self.prefix + digest(*k, n)
