"""Errors a user can cause, each naming the file and the problem in one line."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """A problem with an input file: the message names the file and says what is wrong."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ValidationFailed(Exception):
    """The staged package did not pass validation; nothing was published."""

    def __init__(self, report_text: str):
        self.report_text = report_text
        super().__init__("the staged package is not valid; nothing was published\n" + report_text)


class ClusterLost(Exception):
    """The Dask cluster extracting the documents has had no live worker for too long; nothing was published."""
