"""Access to the Table Schemas in policydata/standard/schemas/: the single source of truth for every field.

Column order, types, Arrow types and documentation are all read from here.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache

import pyarrow as pa

from .paths import SCHEMA_DIR

#: Resources in publication order: referenced tables before the tables that point at them.
RESOURCES = ("documents", "programs", "targets", "projects", "terms", "source_issues", "outcomes", "target_results",
             "coverage")
#: Resources whose rows come from one document each (the rest are computed across documents).
PER_DOCUMENT = tuple(r for r in RESOURCES if r not in ("target_results", "coverage"))

_ARROW_TYPES = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
}

# Keys of ours that standard Table Schema tools do not know; kept in the published schemas.
DOC_KEYS = ("title_zh", "description_zh", "example")


@lru_cache(maxsize=None)
def _load(name: str) -> str:
    path = SCHEMA_DIR / f"{name}.schema.json"
    return path.read_text(encoding="utf-8")


def schema(name: str) -> dict:
    """The schema of a resource as a fresh dict (callers may change their copy)."""
    return json.loads(_load(name))


def field_names(name: str) -> list[str]:
    return [f["name"] for f in schema(name)["fields"]]


def fields(name: str) -> list[dict]:
    return schema(name)["fields"]


def arrow_schema(name: str) -> pa.Schema:
    """Arrow schema for the Parquet file of a resource, nullability from `required`."""
    out = []
    for f in fields(name):
        required = f.get("constraints", {}).get("required", False)
        out.append(pa.field(f["name"], _ARROW_TYPES[f["type"]], nullable=not required))
    return pa.schema(out)


def schema_version(name: str) -> str:
    return schema(name)["version"]


# frictionless reads Parquet through pandas, where a null integer or number becomes NaN and a
# null timestamp NaT; it then compares str(cell) with missingValues. Declaring their string
# forms as missing keeps nulls null in the Parquet copies (the CSV copies need only "").
PARQUET_MISSING_VALUES = ["", "nan", "NaN", "NaT", "<NA>"]


def for_resource(name: str, suffix: str = "", parquet: bool = False) -> dict:
    """The schema as embedded in a package resource whose tables are named `<name><suffix>`.

    Foreign keys are rewritten to point at the sibling resources with the same suffix,
    so the Parquet copies check their references against the Parquet copies.
    """
    s = copy.deepcopy(schema(name))
    if parquet:
        s["missingValues"] = list(PARQUET_MISSING_VALUES)
    for fk in s.get("foreignKeys", []):
        ref = fk["reference"]
        if ref["resource"]:
            ref["resource"] = ref["resource"] + suffix
    return s
