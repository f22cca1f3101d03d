"""The project's own words in Chinese and English (wording.yml beside this file), read once.

Field facts (titles, descriptions, examples) live in the schemas; the phrases around them, in validation
messages, templates and the docs, live in the catalogue, so one fact is worded once.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import yaml


@lru_cache(maxsize=1)
def catalogue() -> dict:
    return yaml.load(files("policydata.standard").joinpath("wording.yml").read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def pairs(section: str, part: str) -> dict[str, tuple[str, str]]:
    """A table of the catalogue as {key: (english, chinese)}."""
    return {k: (v["en"], v["zh"]) for k, v in catalogue()[section][part].items()}


def constraints_text(field: dict, lang: str = "en", code: bool = False, required: bool = True) -> str:
    """A field's constraints in words: `required; one of a, b; ≥ 0`. `code`: values and patterns in backticks."""
    w = catalogue()["constraints"][lang]
    c = field.get("constraints", {})
    mark = (lambda v: f"`{v}`") if code else str
    parts = []
    if required and c.get("required"):
        parts.append(w["required"])
    if c.get("unique"):
        parts.append(w["unique"])
    if "enum" in c:
        parts.append(w["one_of"].format(values=", ".join(mark(v) for v in c["enum"])))
    if "pattern" in c:
        parts.append(w["pattern"].format(pattern=mark(c["pattern"])))
    if "minimum" in c:
        parts.append(w["min"].format(bound=c["minimum"]))
    if "maximum" in c:
        parts.append(w["max"].format(bound=c["maximum"]))
    return "; ".join(parts)
