"""Offsets against the documents' texts: `text[char_start:char_end] == source_text`, anyone can check it.

Only where a document's text is given (`text/<document_id>.txt`). Offsets count characters (Python
string indices), not bytes. The masks are vectorised; only rows with a text and both offsets are
sliced one by one.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from .rules import TYPE_PATTERNS, Collector, Problem, missing_mask

OFFSETS = ("char_start", "char_end")


class Texts:
    """The texts of the documents, by document id, read when first needed.

    Only the most recently read ones are kept: rows come grouped by document, so a few suffice, and a
    corpus of a thousand texts is never held at once.
    """

    KEEP = 8

    def __init__(self, folders: list[Path], trusted: frozenset[str] = frozenset()):
        self.paths: dict[str, Path] = {}
        for folder in folders:
            for p in sorted(folder.glob("*.txt")):
                self.paths.setdefault(p.stem, p)
        self.ids = pa.array(sorted(self.paths), pa.string())
        # documents whose spans were checked against these very texts before: not sliced again
        self.trusted = pa.array(sorted(trusted), pa.string())
        self._cache: dict[str, str] = {}

    def __bool__(self) -> bool:
        return bool(self.paths)

    def get(self, document_id: str) -> str:
        if document_id not in self._cache:
            data = self.paths[document_id].read_bytes()
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("gb18030", errors="replace")
            if len(self._cache) >= self.KEEP:
                self._cache.pop(next(iter(self._cache)))  # the oldest read
            self._cache[document_id] = text.removeprefix("\ufeff")
        return self._cache[document_id]


def _ints(arr: pa.Array) -> pa.Array:
    ok = pc.fill_null(pc.match_substring_regex(arr, TYPE_PATTERNS["integer"]), False)
    return pc.cast(pc.if_else(ok, arr, None), pa.int64())


class SpanCheck:
    """Per table: required-with-text offsets, spans inside the text and equal to source_text,
    char_count equal to the text's length, and (publication) a text for every document."""

    def __init__(self, schema: dict, header: list[str], texts: Texts, need_text: bool):
        self.texts, self.need_text = texts, need_text
        names = set(header)
        self.has_doc = "document_id" in names
        self.with_text = [f["name"] for f in schema["fields"] if f.get("requiredWithText") and f["name"] in names]
        self.offsets = set(OFFSETS) <= names and "document_id" in names
        self.source_text = "source_text" in names
        self.count = "char_count" in names and "document_id" in names
        self.unchecked_rows = 0  # rows with offsets whose document has no text given
        self.missing_docs: set[str] = set()

    @property
    def active(self) -> bool:
        return self.has_doc and bool(self.offsets or self.count or self.with_text)

    def check(self, batch: pa.RecordBatch, first_row: int, out: Collector) -> None:
        if not self.texts:  # nothing to check against: only count the offsets left unchecked
            if self.offsets:
                given = pc.invert(missing_mask(batch.column("char_start")))
                self.unchecked_rows += pc.sum(pc.cast(given, pa.int64())).as_py() or 0
            return
        doc = batch.column("document_id")
        has_text = pc.fill_null(pc.is_in(doc, value_set=self.texts.ids), False)
        for name in self.with_text:
            arr = batch.column(name)
            mask = pc.and_(has_text, missing_mask(arr))
            out.add_rows("required", name, mask, arr, first_row, reason="text")
        if self.offsets:
            self._offsets(batch, doc, has_text, first_row, out)
        if self.count:
            self._count(batch, doc, has_text, first_row, out)

    def _untrusted(self, doc: pa.Array) -> pa.Array:
        """Rows whose document's spans are to be checked (Texts.trusted aside)."""
        if not len(self.texts.trusted):
            return pa.array([True] * len(doc), pa.bool_())
        return pc.invert(pc.fill_null(pc.is_in(doc, value_set=self.texts.trusted), False))

    def _offsets(self, batch, doc, has_text, first_row, out) -> None:
        start, end = _ints(batch.column("char_start")), _ints(batch.column("char_end"))
        both = pc.and_(pc.is_valid(start), pc.is_valid(end))
        without = pc.and_(both, pc.invert(has_text))
        self.unchecked_rows += pc.sum(without).as_py() or 0
        if self.need_text and self.texts:
            self.missing_docs.update(v for v in pc.unique(pc.filter(doc, pc.invert(has_text))).to_pylist() if v)
        idx = pc.indices_nonzero(pc.and_(pc.and_(both, has_text), self._untrusted(doc))).to_pylist()
        if not idx:
            return
        docs, starts, ends = doc.to_pylist(), start.to_pylist(), end.to_pylist()
        sources = batch.column("source_text").to_pylist() if self.source_text else None
        for i in idx:
            text = self.texts.get(docs[i])
            a, b = starts[i], ends[i]
            row = first_row + i
            if not 0 <= a <= b <= len(text):
                out.add(Problem("span-range", row, "char_end", f"{a}–{b}", {"length": len(text), "document": docs[i]}))
            elif sources is not None and sources[i] is not None and text[a:b] != sources[i]:
                out.add(Problem("span-text", row, "source_text", sources[i][:60],
                                {"start": a, "end": b, "found": text[a:b][:60], "document": docs[i]}))

    def _count(self, batch, doc, has_text, first_row, out) -> None:
        counts = _ints(batch.column("char_count"))
        idx = pc.indices_nonzero(pc.and_(pc.and_(pc.is_valid(counts), has_text), self._untrusted(doc))).to_pylist()
        docs, values = doc.to_pylist(), counts.to_pylist()
        for i in idx:
            n = len(self.texts.get(docs[i]))
            if values[i] != n:
                out.add(Problem("char-count", first_row + i, "char_count", str(values[i]),
                                {"length": n, "document": docs[i]}))

    def finish(self, out: Collector) -> list[tuple[str, dict]]:
        """Problems and notes known only at the end of the table."""
        for d in sorted(self.missing_docs):
            out.add(Problem("no-text", None, "document_id", d))
        notes = []
        if self.unchecked_rows and not self.missing_docs:
            notes.append(("spans-unchecked", {"rows": self.unchecked_rows}))
        return notes
