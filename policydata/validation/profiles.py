"""Profiles of the standard: one set of schemas, read as the publication demands or as an agency submits.

A profile is data (`schemas/profiles/<name>.json`): a list of changes, each selecting fields (`keys`:
primary keys and the fields that refer to them; or `names`) and removing constraints from them.
A change with `required_with_text` keeps the field required for rows whose document text is given.
"""

from __future__ import annotations

import copy
import json
import urllib.request
from pathlib import Path

from ..standard import PROFILE_DIR
from .sources import Unusable

PROFILES = ("exchange", "publication")
DEFAULT_FOR_FILES, DEFAULT_FOR_PACKAGE = "exchange", "publication"
WITH_TEXT = "requiredWithText"  # set on a field of an applied schema


def load_profile(name: str, source: str | None = None) -> dict:
    """The profile from our schemas/profiles/, or from `profiles/` of a copy of the schemas (folder or URL)."""
    if source is None:
        path = PROFILE_DIR / f"{name}.json"
        return json.loads(path.read_text(encoding="utf-8"))
    if source.startswith(("http://", "https://")):
        url = source.rstrip("/") + f"/profiles/{name}.json"
        try:
            with urllib.request.urlopen(url, timeout=30) as resp:
                return json.loads(resp.read().decode("utf-8"))
        except OSError as exc:
            raise Unusable("schemas-unreadable", where=url, why=str(exc)) from None
    path = Path(source) / "profiles" / f"{name}.json"
    if not path.exists():
        raise Unusable("schemas-unreadable", where=str(path), why="no such file")
    return json.loads(path.read_text(encoding="utf-8"))


def key_fields(schema: dict) -> set[str]:
    """Primary key fields and foreign key fields: the ids of a resource and the references to ids."""
    out = set(schema.get("primaryKey", []))
    for fk in schema.get("foreignKeys", []):
        out.update(fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]])
    return out


def selected(schema: dict, selector: dict) -> set[str]:
    names = set()
    if selector.get("keys"):
        names |= key_fields(schema)
    names |= set(selector.get("names", []))
    return names


def apply_profile(schema: dict, profile: dict) -> dict:
    """A copy of the schema as the profile reads it; `profile` names the profile on the copy."""
    s = copy.deepcopy(schema)
    s["profile"] = profile["name"]
    for change in profile.get("changes", []):
        names = selected(s, change["fields"])
        for f in s["fields"]:
            if f["name"] not in names:
                continue
            c = f.get("constraints", {})
            if change.get("required_with_text") and c.get("required"):
                f[WITH_TEXT] = True
            for key in change.get("remove", []):
                c.pop(key, None)
    return s


def apply_all(schemas: dict[str, dict], profile: dict) -> dict[str, dict]:
    return {name: apply_profile(s, profile) for name, s in schemas.items()}
