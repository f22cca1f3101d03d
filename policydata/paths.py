"""Where the project's own files live, so code never guesses relative to the working directory.

The standard (schemas, profiles) and the lexicons are data inside the package, found through
importlib.resources: they are there whether the package runs from a checkout or from an installed wheel.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE_DIR = Path(str(files("policydata")))
#: The checkout holding the package (README.md, raw/, …); an installed wheel has none of those files.
PROJECT_DIR = PACKAGE_DIR.parent
STANDARD_DIR = PACKAGE_DIR / "standard"
SCHEMA_DIR = STANDARD_DIR / "schemas"
LEXICON_DIR = PACKAGE_DIR / "lexicon"


def in_checkout() -> bool:
    """Whether the package runs from a source checkout (its pyproject.toml beside it), not from an install."""
    return (PROJECT_DIR / "pyproject.toml").is_file()
