"""A package published from a few real reports of raw/, built once per test session in a temporary folder.

The committed datapackage/ is older than the code; tests of the validator need a package the current
pipeline makes (its schemas, ids and texts).
"""

from __future__ import annotations

import shutil
from functools import lru_cache
from pathlib import Path

from policydata.paths import PROJECT_DIR

DOCUMENTS = ("tj-heping-2020", "national-2010")


@lru_cache(maxsize=None)
def published_package(base: Path) -> Path:
    from policydata.publish import builder, memory
    from policydata.extract.registry import extract

    raw, out = base / "raw", base / "datapackage"
    for doc in DOCUMENTS:
        shutil.copytree(PROJECT_DIR / "raw" / doc, raw / doc)
    documents = memory.load_all(raw)
    tables = memory.assemble([extract(d) for d in documents])
    builder.check_and_swap(memory.stage(out, documents, tables), out)
    return out
