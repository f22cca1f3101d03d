"""Validate tables in the policydata format against the published schemas (`policydata validate`).

For other agencies: CSV, Parquet, XLSX files, a datapackage.json or a folder; every error with
its row, column, value and what was expected; foreign keys checked when the referenced tables
are given and said to be unchecked when they are not. Files are read in batches, so memory
stays bounded by the batch and the key sets, not by the file.
"""

from .check import FileResult, check_paths

__all__ = ["FileResult", "check_paths"]
