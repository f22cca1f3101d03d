"""Lexicons are data: each file here lists the words one rule needs, next to the code that uses it."""

from __future__ import annotations

from functools import lru_cache

import yaml

from ..paths import LEXICON_DIR


@lru_cache(maxsize=None)
def load(name: str):
    """Parsed contents of lexicon/<name>.yml."""
    return yaml.load((LEXICON_DIR / f"{name}.yml").read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
