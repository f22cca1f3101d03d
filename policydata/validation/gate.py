"""The publication gate: the same checker as `policydata validate`, plus checks the schemas cannot state.

Two places use it. Each document's rows are checked on their own in the worker that extracted them
(`row_problems`), so a document that breaks the schemas is withheld with its place named while
the others publish. The whole staged package is checked before it is swapped into place
(`validate_package`): the shared checker under the publication profile (types, constraints, primary
and foreign keys of every CSV and Parquet file, every span against text/ — frictionless-equivalent
findings at a fraction of the time, file hashes and sizes as declared included), plus what only a
publisher can check: the Parquet copy equal to the CSV. A document whose text and rows are the bytes of
the package already published, which passed the same rules (`trusted`: adding a report to a large one),
has its rows counted in every key but its cells and spans not checked again: that package's gate did.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from .. import schemas
from ..errors import ValidationFailed
from ..extract.result import Extracted
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
    # one block for the whole batch: a row longer than a block (a 10 MB title) cannot straddle two
    table = pacsv.read_csv(io.BytesIO(lines), read_options=pacsv.ReadOptions(column_names=names,
                                                                             block_size=max(1 << 20, len(lines) + 1)),
                           parse_options=PARSE,
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


def row_problems(docs: list[Extracted]) -> dict[str, str]:
    """How the rows of each document that breaks the schemas break them, as one line: {document_id: line}.

    The documents of a batch are checked together, resource by resource, so the
    checker's cost per call is paid once per batch, not once per document; each problem is then traced
    to its document, and a document's first problem (in resource order, then row order) names it.
    """
    try:
        return _row_problems(docs)
    except (pa.ArrowException, ValueError) as exc:  # the batch's rows cannot be read back together
        if len(docs) == 1:
            return {docs[0].document_id: f"its rows cannot be read back as CSV ({str(exc)[:160]})"}
        found: dict[str, str] = {}
        for d in docs:  # one by one: only the documents whose own rows fail are withheld
            found.update(row_problems([d]))
        return found


def _row_problems(docs: list) -> dict[str, str]:
    first: dict[str, tuple[int, int, str]] = {}
    ids = pa.array([d.document_id for d in docs], pa.string())
    # each resource's rows read once, as the gate reads them: checked, and looked up by foreign keys
    read = {name: _string_batch(name, b"".join(d.lines[name] for d in docs)) for name in schemas.PER_DOCUMENT}
    for k, name in enumerate(schemas.PER_DOCUMENT):
        schema = schemas.schema(name)
        batch = read[name]
        if not batch.num_rows:
            continue
        table = pa.concat_tables([d.tables[name] for d in docs])
        owner = batch.column("document_id").to_pylist()
        found = Collector(limit=batch.num_rows)
        for f in schema["fields"]:
            check_field(f, batch.column(f["name"]), 2, found)
        KeyTracker("primary-key", schema["primaryKey"]).check(batch, 2, found)
        for fk in schema.get("foreignKeys", []):
            ref = fk["reference"]
            target = ref["resource"] or name
            if target == "documents":
                keys = ids
            elif target in schemas.PER_DOCUMENT:
                col = ref["fields"][0] if isinstance(ref["fields"], list) else ref["fields"]
                keys = read[target].column(col)
            else:
                continue  # a reference across documents: the package gate checks it
            check_foreign_key(fk, batch, keys, 2, found)
        for p in (p for examples in found.examples.values() for p in examples):
            doc = owner[(p.row or 2) - 2]
            if doc not in first or (k, p.row or 0) < first[doc][:2]:
                first[doc] = (k, p.row or 0, f"{name}: {_describe(p)} {_place(p, table)}")
    return {doc: line for doc, (_k, _row, line) in first.items()}


# --- the staged package --------------------------------------------------------------------------------

def rules_digest() -> str:
    """A digest of the rules the gate applies (the schemas under the publication profile): a document
    is trusted (validate_package) only by a package that passed these very rules."""
    import hashlib

    from .profiles import apply_all, load_profile
    from .sources import load_schemas

    rules = apply_all(load_schemas(None), load_profile("publication"))
    return hashlib.sha256(json.dumps(rules, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def checker_errors(root: Path, trusted: frozenset[str] = frozenset()) -> list[str]:
    """Everything the shared checker finds in the package's CSV and Parquet files (the Parquet files'
    columns and types; their rows are compared with the CSV's by parquet_errors). `trusted`: documents
    whose spans are not checked against their texts again (check_paths)."""
    out = []
    # the rows of each Parquet file are those of its CSV (parquet_errors): checked once, in the CSV
    for r in check_paths([root / "datapackage.json"], profile="publication", copies=False, trusted=trusted):
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


def _typed_csv_batches(path: Path, name: str):
    """A CSV file read back in batches with the Parquet file's types (empty cells null), to compare the two."""
    schema = schemas.arrow_schema(name)
    return pacsv.open_csv(path, read_options=pacsv.ReadOptions(skip_rows=1, column_names=schema.names,
                                                                block_size=4 << 20), parse_options=PARSE,
                          convert_options=pacsv.ConvertOptions(column_types=schema, strings_can_be_null=True,
                                                               true_values=["true"], false_values=["false"]))


def _differs(path_parquet: Path, path_csv: Path, name: str) -> str | None:
    """How a resource's Parquet file differs from its CSV, batch by batch (memory: a batch, not the files)."""
    parquet = pq.ParquetFile(path_parquet)
    rows = parquet.metadata.num_rows
    pending: list[pa.RecordBatch] = []
    batches = parquet.iter_batches(batch_size=65_536)
    seen = 0
    for c in _typed_csv_batches(path_csv, name):
        while sum(b.num_rows for b in pending) < c.num_rows:
            nxt = next(batches, None)
            if nxt is None:
                break
            pending.append(nxt)
        have = pa.Table.from_batches(pending, schema=parquet.schema_arrow) if pending else None
        if have is None or have.num_rows < c.num_rows:
            return f"{rows} rows, but its CSV has more"
        part, rest = have.slice(0, c.num_rows), have.slice(c.num_rows)
        pending = rest.to_batches()
        ct = pa.Table.from_batches([c])
        if not part.cast(ct.schema).equals(ct):
            return "column " + next(n for n in ct.column_names
                                    if not part.column(n).cast(ct.schema.field(n).type).equals(ct.column(n))) + \
                " differs from its CSV"
        seen += c.num_rows
    if seen != rows:
        return f"{rows} rows, but its CSV has {seen}"
    return None


def parquet_errors(root: Path, desc: dict) -> list[str]:
    """The Parquet copy of each resource holds the same rows, in the same order, as its CSV."""
    out = []
    for res in desc["resources"]:
        if res["format"] != "parquet":
            continue
        name = res["name"].removesuffix("-parquet")
        try:
            problem = _differs(root / res["path"], root / f"data/{name}.csv", name)
        except pa.ArrowInvalid as exc:
            problem = f"the CSV copy cannot be read with the schema's types ({exc})"
        if problem:
            out.append(f"{res['name']}: {problem}")
    return out


def validate_package(root: Path, trusted: frozenset[str] = frozenset()) -> None:
    """Raise ValidationFailed, with a readable report, unless the staged package is valid.

    `trusted`: documents whose text and rows are the bytes of a package that passed this gate under the
    same rules (adding one report to a large package): their rows count in every key (primary, unique,
    foreign) and in the Parquet copy's comparison, but their cells are not checked against the field
    rules nor their spans against their texts again, which could only find what they found before."""
    desc = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    errors = checker_errors(root, trusted) + parquet_errors(root, desc)  # the checker compares sizes and hashes too
    if errors:
        shown = errors[:MAX_SHOWN] + ([f"… and {len(errors) - MAX_SHOWN} more"] if len(errors) > MAX_SHOWN else [])
        raise ValidationFailed("\n".join(shown))
