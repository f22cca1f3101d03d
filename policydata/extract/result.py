"""What extracting one document gives the package builder: its rows ready to write, or why it is withheld.

A small shared type: extraction makes these, the row check (validation.gate) and the package builder
read them; none of them needs the others to know it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

STEPS = ("read", "extract", "rows")


@dataclass
class Extracted:
    """A document ready to publish: its text, and its rows per resource as CSV lines and as Arrow."""

    document_id: str
    text: str
    lines: dict[str, bytes]
    tables: dict[str, pa.Table]
    flags: dict[str, bool] = field(default_factory=dict)

    def rows(self, name: str) -> list[dict]:
        return self.tables[name].to_pylist()


@dataclass
class Withheld:
    """A document left out of this version: which step failed, and one line saying what and where."""

    document_id: str
    step: str
    message: str

    def line(self) -> str:
        return f"{self.document_id}: {self.step}: {self.message}"


Result = Extracted | Withheld
