"""The checks a schema implies, run column by column on Arrow string batches (vectorised).

Type, required, enum, pattern, minimum/maximum per field; unique and primary keys across
batches by 64-bit hashes; foreign keys against the referenced tables' key sets.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

TYPE_PATTERNS = {
    "integer": r"^[+-]?\d+$",
    "number": r"^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|NaN|INF|-INF)$",
    "boolean": r"^(?:true|True|TRUE|1|false|False|FALSE|0)$",
    "date": r"^\d{4}-\d{2}-\d{2}$",
}
EXAMPLES_PER_KIND = 20
KNOWN_IDS_LISTED = 8  # a foreign-key error lists the ids that exist when there are this few,
NEAREST_AMONG = 20_000  # else the nearest ones, when there are no more than this many to compare with


@dataclass
class Problem:
    kind: str
    row: int | None = None
    column: str | None = None
    value: str | None = None
    params: dict = field(default_factory=dict)


class Collector:
    """Counts every problem; keeps the first few of each kind and column as examples."""

    def __init__(self, limit: int = EXAMPLES_PER_KIND):
        self.limit = limit
        self.counts: Counter = Counter()
        self.examples: dict[tuple, list[Problem]] = defaultdict(list)

    def add(self, p: Problem, n: int = 1) -> None:
        key = (p.kind, p.column)
        self.counts[key] += n
        if len(self.examples[key]) < self.limit:
            self.examples[key].append(p)

    def add_rows(self, kind: str, column: str, mask: pa.Array, values: pa.Array, first_row: int, **params) -> None:
        idx = pc.indices_nonzero(mask).to_numpy()
        if not len(idx):
            return
        key = (kind, column)
        room = max(0, self.limit - len(self.examples[key]))
        for i in idx[:room]:
            v = values[int(i)].as_py()
            self.examples[key].append(Problem(kind, first_row + int(i), column, v, params))
        self.counts[key] += len(idx)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def missing_mask(arr: pa.Array) -> pa.Array:
    return pc.fill_null(pc.equal(arr, ""), True)


def check_field(f: dict, arr: pa.Array, first_row: int, out: Collector) -> pa.Array:
    """Check one field's column of a batch; return the mask of values that are present and well typed."""
    name, ftype, c = f["name"], f["type"], f.get("constraints", {})
    missing = missing_mask(arr)
    present = pc.invert(missing)
    if c.get("required"):
        out.add_rows("required", name, missing, arr, first_row)
    ok = present
    if ftype in TYPE_PATTERNS:
        typed = pc.fill_null(pc.match_substring_regex(arr, TYPE_PATTERNS[ftype]), False)
        if ftype == "date":
            parsed = pc.strptime(pc.if_else(typed, arr, None), format="%Y-%m-%d", unit="s", error_is_null=True)
            typed = pc.fill_null(pc.equal(pc.strftime(parsed, format="%Y-%m-%d"), arr), False)  # 2021-02-30 rolls over
        bad = pc.and_(present, pc.invert(typed))
        out.add_rows("type", name, bad, arr, first_row, expected=ftype)
        ok = pc.and_(present, typed)
    if "enum" in c:
        allowed = [str(v) for v in c["enum"]]
        if ftype == "integer":
            ints = pc.cast(pc.if_else(ok, arr, None), pa.int64())
            inside = pc.is_in(ints, value_set=pa.array([int(v) for v in c["enum"]], pa.int64()))
        else:
            inside = pc.is_in(arr, value_set=pa.array(allowed, pa.string()))
        out.add_rows("enum", name, pc.and_(ok, pc.invert(pc.fill_null(inside, False))), arr, first_row,
                     allowed=", ".join(allowed))
    if "pattern" in c:
        matches = pc.fill_null(pc.match_substring_regex(arr, f"^(?:{c['pattern']})$"), False)
        out.add_rows("pattern", name, pc.and_(ok, pc.invert(matches)), arr, first_row, pattern=c["pattern"])
    for bound, compare, kind in (("minimum", pc.less, "minimum"), ("maximum", pc.greater, "maximum")):
        if bound in c and ftype in ("integer", "number"):
            nums = pc.cast(pc.if_else(ok, arr, None), pa.float64())
            below = pc.fill_null(compare(nums, pa.scalar(float(c[bound]))), False)
            out.add_rows(kind, name, below, arr, first_row, bound=c[bound])
    return ok


class KeyTracker:
    """Duplicate detection across batches with 16 bytes per row (hashes of the key values, sorted for
    lookup and in row order to find, at the end, the earlier row each shown duplicate repeats)."""

    def __init__(self, kind: str, columns: list[str]):
        self.kind, self.columns = kind, columns
        self.label = ", ".join(columns)
        self.runs: list[np.ndarray] = []  # sorted runs, each at least twice the size of the next
        self.in_order: list[np.ndarray] = []
        self.first_row: int | None = None

    def _known(self, hashes: np.ndarray) -> np.ndarray:
        known = np.zeros(len(hashes), dtype=bool)
        for run in self.runs:
            pos = np.minimum(np.searchsorted(run, hashes), len(run) - 1)
            known |= run[pos] == hashes
        return known

    def _remember(self, hashes: np.ndarray) -> None:
        self.runs.append(np.sort(hashes))
        self.in_order.append(hashes)
        while len(self.runs) > 1 and len(self.runs[-2]) < 2 * len(self.runs[-1]):
            last = self.runs.pop()
            self.runs[-1] = np.sort(np.concatenate([self.runs[-1], last]))

    def check(self, batch: pa.RecordBatch, first_row: int, out: Collector) -> None:
        if self.first_row is None:
            self.first_row = first_row
        cols = [batch.column(c).to_pylist() for c in self.columns]
        if len(cols) == 1:  # the usual key: one column, its values are the keys
            keys = ["" if v is None else v for v in cols[0]]
        else:
            keys = ["\x1f".join("" if v is None else v for v in vals) for vals in zip(*cols)]
        hashes = np.fromiter((hash(k) for k in keys), dtype=np.int64, count=len(keys))
        dup = np.zeros(len(keys), dtype=bool)
        _, first_idx = np.unique(hashes, return_index=True)
        within = np.ones(len(keys), dtype=bool)
        within[first_idx] = False  # every occurrence after the first inside this batch
        dup |= within
        dup |= self._known(hashes)
        self._remember(hashes)
        key = (self.kind, self.label)
        room = max(0, out.limit - len(out.examples[key]))
        for i in np.nonzero(dup)[0][:room]:
            shown = keys[int(i)].replace("\x1f", ", ")
            out.examples[key].append(Problem(self.kind, first_row + int(i), self.label, shown,
                                             {"_hash": int(hashes[int(i)])}))
        if dup.any():
            out.counts[key] += int(dup.sum())

    def finish(self, out: Collector) -> None:
        """Name, for each duplicate shown, the first row that has the same key."""
        examples = out.examples.get((self.kind, self.label), [])
        if not examples:
            return
        everything = np.concatenate(self.in_order)
        for p in examples:
            h = p.params.pop("_hash", None)
            if h is not None:
                p.params["first_row"] = self.first_row + int(np.argmax(everything == h))


def check_foreign_key(fk: dict, batch: pa.RecordBatch, keys: pa.Array, first_row: int, out: Collector,
                      lookup: frozenset | None = None) -> None:
    """`lookup`: the keys as a set, made once for a table of many batches (is_in would hash every key
    again for every batch)."""
    column = fk["fields"][0] if isinstance(fk["fields"], list) else fk["fields"]
    arr = batch.column(column)
    present = pc.invert(missing_mask(arr))
    if lookup is not None:
        known = pa.array([v in lookup for v in arr.to_pylist()], pa.bool_())
    else:
        known = pc.fill_null(pc.is_in(arr, value_set=keys), False)
    ref = fk["reference"]
    target = f"{ref['resource']}.{ref['fields'][0] if isinstance(ref['fields'], list) else ref['fields']}"
    out.add_rows("foreign-key", column, pc.and_(present, pc.invert(known)), arr, first_row, target=target)
    ids = None  # the known keys as a list, made only for an example to show (not for every batch)
    for p in out.examples.get(("foreign-key", column), []):
        if "known" in p.params:
            continue
        ids = keys.to_pylist() if ids is None else ids
        p.params = dict(p.params)
        if len(ids) <= KNOWN_IDS_LISTED:  # few ids: list them all
            p.params["known"] = ", ".join(ids)
        elif len(ids) <= NEAREST_AMONG:
            p.params["known"] = ", ".join(difflib.get_close_matches(str(p.value), ids, n=3, cutoff=0.6))
