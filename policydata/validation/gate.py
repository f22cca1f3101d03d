"""The publication gate: the same checker as `policydata validate`, plus checks the schemas cannot state.

Two places use it. Each document's rows are checked on their own in the worker that extracted them
(`document_problem`), so a document that breaks the schemas is withheld with its place named while
the others publish. The whole staged package is checked before it is swapped into place
(`validate_package`): the shared checker under the publication profile (types, constraints, primary
and foreign keys of every CSV and Parquet file, every span against text/ — frictionless-equivalent
findings at a fraction of the time), plus what only a publisher can check: file hashes and sizes as
declared, and the Parquet copy equal to the CSV.
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from .. import schemas
from ..errors import ValidationFailed
from .check import check_paths
from .report import problem_message, unusable_message
from .rules import Collector, KeyTracker, Problem, check_field, check_foreign_key

MAX_SHOWN = 50
PARSE = pacsv.ParseOptions(newlines_in_values=True)  # source_text and text may hold line breaks


# --- one document ------------------------------------------------------------------------------------

def _string_batch(name: str, lines: bytes) -> pa.RecordBatch:
    """A document's CSV lines read back as the gate reads them: every column as text, empty as ""."""
    names = schemas.field_names(name)
    if not lines:
        return pa.RecordBatch.from_arrays([pa.array([], pa.string()) for _ in names], names=names)
    table = pacsv.read_csv(io.BytesIO(lines), read_options=pacsv.ReadOptions(column_names=names), parse_options=PARSE,
                           convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                                                strings_can_be_null=False, quoted_strings_can_be_null=False))
    return table.combine_chunks().to_batches()[0] if table.num_rows else _string_batch(name, b"")


def _place(p: Problem, table: pa.Table) -> str:
    """Where a row is in the document's text (chars a–b), else its position among the document's rows."""
    i = (p.row or 2) - 2
    if "char_start" in table.column_names and 0 <= i < table.num_rows:
        a, b = table.column("char_start")[i].as_py(), table.column("char_end")[i].as_py()
        if a is not None and b is not None:
            return f"at chars {a}–{b}"
    return f"in its row {i + 1}"


def _describe(p: Problem) -> str:
    if p.kind == "required":
        return f"empty {p.column}"
    return f"{p.column}: {problem_message(p, 'en')}"


def document_problem(document_id: str, lines: dict[str, bytes], tables: dict[str, pa.Table]) -> str | None:
    """The first way one document's rows break the schemas, as one line, or None when they do not."""
    for name in lines:
        schema = schemas.schema(name)
        batch = _string_batch(name, lines[name])
        found = Collector(limit=1)
        for f in schema["fields"]:
            check_field(f, batch.column(f["name"]), 2, found)
        KeyTracker("primary-key", schema["primaryKey"]).check(batch, 2, found)
        for fk in schema.get("foreignKeys", []):
            ref = fk["reference"]
            target = ref["resource"] or name
            if target == "documents":
                keys = pa.array([document_id], pa.string())
            elif target in lines:
                col = ref["fields"][0] if isinstance(ref["fields"], list) else ref["fields"]
                keys = _string_batch(target, lines[target]).column(col)
            else:
                continue  # a reference across documents: the package gate checks it
            check_foreign_key(fk, batch, keys, 2, found)
        if found.total:
            first = min((p for ex in found.examples.values() for p in ex), key=lambda p: (p.row or 0))
            return f"{name}: {_describe(first)} {_place(first, tables[name])}"
    return None


# --- the staged package --------------------------------------------------------------------------------

def checker_errors(root: Path) -> list[str]:
    """Everything the shared checker finds in the package's CSV and Parquet files."""
    out = []
    for r in check_paths([root / "datapackage.json"], profile="publication"):
        rel = r.path.relative_to(root) if r.path.is_relative_to(root) else r.path
        if r.unusable is not None:
            out.append(f"{rel}: {unusable_message(r.unusable, 'en')}")
            continue
        for kind, params in r.notes:
            if kind == "fk-unchecked":
                out.append(f"{rel}: foreign key {params['column']} → {params['target']} could not be checked")
        for examples in r.problems.examples.values():
            for p in examples:
                where = "".join([f" row {p.row}" if p.row else "", f" field {p.column}" if p.column else ""])
                out.append(f"{rel}{where}: {p.kind}: {problem_message(p, 'en')}")
        hidden = r.problems.total - sum(len(e) for e in r.problems.examples.values())
        if hidden > 0:
            out.append(f"{rel}: … and {hidden} more")
    return out


def file_errors(root: Path, desc: dict) -> list[str]:
    """Each file's sha256 (and size, where declared) as in the descriptor."""
    out = []
    for res in desc["resources"]:
        data = (root / res["path"]).read_bytes()
        if res.get("hash") != "sha256:" + hashlib.sha256(data).hexdigest():
            out.append(f"{res['name']}: {res['path']} does not match its declared sha256")
        if "bytes" in res and res["bytes"] != len(data):
            out.append(f"{res['name']}: {res['path']} is {len(data)} bytes, declared {res['bytes']}")
    return out


def _typed_csv(path: Path, name: str) -> pa.Table:
    """A CSV file read back with the Parquet file's types (empty cells null), to compare the two."""
    schema = schemas.arrow_schema(name)
    return pacsv.read_csv(path, read_options=pacsv.ReadOptions(skip_rows=1, column_names=schema.names), parse_options=PARSE,
                          convert_options=pacsv.ConvertOptions(column_types=schema, strings_can_be_null=True,
                                                               true_values=["true"], false_values=["false"]))


def parquet_errors(root: Path, desc: dict) -> list[str]:
    """The Parquet copy of each resource holds the same rows, in the same order, as its CSV."""
    out = []
    for res in desc["resources"]:
        if res["format"] != "parquet":
            continue
        name = res["name"].removesuffix("-parquet")
        parquet = pq.read_table(root / res["path"])
        try:
            csv = _typed_csv(root / f"data/{name}.csv", name)
        except pa.ArrowInvalid as exc:
            out.append(f"{res['name']}: the CSV copy cannot be read with the schema's types ({exc})")
            continue
        if parquet.num_rows != csv.num_rows:
            out.append(f"{res['name']}: {parquet.num_rows} rows, but its CSV has {csv.num_rows}")
        elif not parquet.cast(csv.schema).equals(csv):
            differs = next(n for n in csv.column_names if not parquet.column(n).cast(csv.schema.field(n).type).equals(csv.column(n)))
            out.append(f"{res['name']}: column {differs} differs from its CSV")
    return out


def validate_package(root: Path) -> None:
    """Raise ValidationFailed, with a readable report, unless the staged package is valid."""
    desc = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    errors = file_errors(root, desc) + checker_errors(root) + parquet_errors(root, desc)
    if errors:
        shown = errors[:MAX_SHOWN] + ([f"… and {len(errors) - MAX_SHOWN} more"] if len(errors) > MAX_SHOWN else [])
        raise ValidationFailed("\n".join(shown))
