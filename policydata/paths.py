"""Where the project's own files live, so code never guesses relative to the working directory."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
SCHEMA_DIR = PROJECT_DIR / "schemas"
LEXICON_DIR = PACKAGE_DIR / "lexicon"
