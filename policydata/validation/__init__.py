"""Validate tables in the policydata format against the published schemas (`policydata validate`).

For other agencies: CSV, Parquet, XLSX files, a datapackage.json or a folder; every error with
its row, column, value, what was expected (with an example from the schema) and the command that
helps; foreign keys checked among the tables given and said to be unchecked when they are not;
offsets checked against the documents' texts where given. Two profiles of one standard:
`publication` (every constraint) and `exchange` (an agency's own ids, offsets optional). Files are
read in batches, so memory stays bounded by the batch and the key sets, not by the file.
"""

from .check import FileResult, check_paths, default_profile
from .profiles import PROFILES, apply_profile, load_profile

__all__ = ["FileResult", "check_paths", "default_profile", "PROFILES", "apply_profile", "load_profile"]
