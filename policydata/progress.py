"""Progress of a long run: a bar on the terminal, a line in the logs per batch.

The flow reports to whatever reporter is installed (none by default); the CLI installs a terminal
bar when stderr is a terminal. Reporting never changes what is published.
"""

from __future__ import annotations

import sys


class Reporter:
    """Does nothing: the default, for library use and tests."""

    def start(self, total: int) -> None:
        pass

    def extracted(self, n: int, withheld: int) -> None:
        pass

    def written(self, n: int) -> None:
        pass

    def stage(self, what: str) -> None:
        pass

    def close(self) -> None:
        pass


class TerminalBar(Reporter):
    """Two bars on stderr: documents read and extracted (with those withheld), documents written."""

    def __init__(self, console=None):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.console = console or Console(stderr=True)
        self.bar = Progress(TextColumn("{task.description:<22}"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[note]}"), TimeElapsedColumn(), console=self.console,
                            transient=False)
        self.tasks: dict[str, int] = {}
        self.withheld = 0

    def start(self, total: int) -> None:
        self.bar.start()
        self.tasks = {"extracted": self.bar.add_task("read and extracted", total=total, note=""),
                      "written": self.bar.add_task("written", total=total, note="")}

    def extracted(self, n: int, withheld: int) -> None:
        self.withheld += withheld
        note = f"{self.withheld} withheld" if self.withheld else ""
        self.bar.update(self.tasks["extracted"], advance=n, note=note)

    def written(self, n: int) -> None:
        self.bar.update(self.tasks["written"], advance=n)

    def stage(self, what: str) -> None:
        self.bar.update(self.tasks["written"], note=what)

    def close(self) -> None:
        self.bar.stop()


_current: Reporter = Reporter()


def reporter() -> Reporter:
    return _current


def install(r: Reporter | None = None) -> Reporter:
    """Install a reporter (a terminal bar when stderr is a terminal, else nothing); return it."""
    global _current
    _current = r if r is not None else (TerminalBar() if sys.stderr.isatty() else Reporter())
    return _current
