"""Doubled pages: a portal page that holds the report twice (navigation, report, link lists,
navigation, the same report again, footer). The report is read once: the second copy stays in
the published text, outside the body, and is reported as a source issue.

Found by text, not by site: a long run of lines that the page repeats line for line.
"""

from __future__ import annotations

from ..text import Span
from .chrome import is_chrome_line
from .flattened import layout

MIN_KEY_CHARS = 20  # a line this long that comes back is worth following
MIN_RUN_LINES = 12  # a quoted sentence repeats; a report repeats line after line
MIN_SHARE = 0.25  # and the repeat covers a good part of the page


def _key(line: str) -> str:
    return "".join(line.split())


def find_repeat(text: str) -> Span | None:
    """The second copy of a repeated report, or None when nothing long repeats.

    The copy runs from the first repeated line (taking back the title lines that the two
    copies share, not the navigation) to the last line of the repeated run.
    """
    ls = [ln for ln in layout(text) if ln.text.strip()]  # a flattened page read as its lines
    keys = [_key(ln.text) for ln in ls]
    seen: dict[str, int] = {}
    for j, k in enumerate(keys):
        if len(k) < MIN_KEY_CHARS:
            continue
        i = seen.setdefault(k, j)
        if i == j:
            continue
        run = 0
        while j + run < len(keys) and i + run < j and keys[i + run] == keys[j + run]:
            run += 1
        chars = sum(len(keys[j + r]) for r in range(run))
        if run < MIN_RUN_LINES or chars < MIN_SHARE * len(text):
            continue
        back = 0
        while (i - back - 1 >= 0 and keys[i - back - 1] == keys[j - back - 1]
               and not is_chrome_line(ls[j - back - 1].text)):
            back += 1
        start, end = ls[j - back].start, ls[j + run - 1].end
        return Span(start, end, text[start:end])
    return None
