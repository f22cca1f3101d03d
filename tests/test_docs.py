"""Docs are generated from the schemas and must not drift from them."""

from __future__ import annotations

import json

from policydata import schemas
from policydata.cli import cli_reference
from policydata.docs import field_table, replace_fields_section, schemas_readme
from policydata.paths import PROJECT_DIR, SCHEMA_DIR


def test_schemas_readme_is_up_to_date():
    assert (SCHEMA_DIR / "README.md").read_text(encoding="utf-8") == schemas_readme()


def test_dataset_guide_field_tables_are_up_to_date():
    readme = (PROJECT_DIR / "docs" / "dataset.md").read_text(encoding="utf-8")
    assert replace_fields_section(readme) == readme


def test_every_field_is_documented_in_both_languages():
    for name in schemas.RESOURCES:
        s = schemas.schema(name)
        assert s["name"] == name and s["version"]
        for f in s["fields"]:
            for key in ("title", "title_zh", "description", "description_zh"):
                assert f.get(key), (name, f["name"], key)
            assert f"`{f['name']}`" in field_table(name)


def test_schemas_are_valid_table_schemas_with_resolvable_keys():
    from frictionless import Schema

    for name in schemas.RESOURCES:
        s = schemas.schema(name)
        Schema.from_descriptor(json.loads(json.dumps(s)))  # raises on an invalid descriptor
        names = {f["name"] for f in s["fields"]}
        assert set(s["primaryKey"]) <= names
        for fk in s.get("foreignKeys", []):
            ref = fk["reference"]["resource"] or name
            assert ref in schemas.RESOURCES and set(fk["fields"]) <= names
            assert set(fk["reference"]["fields"]) <= set(schemas.field_names(ref))


def test_cli_reference_is_up_to_date_and_plain():
    """docs/cli.md is every command's --help; help shows metavars and choices, not Python types."""
    text = (PROJECT_DIR / "docs" / "cli.md").read_text(encoding="utf-8")
    assert text == cli_reference()
    assert "<list[" not in text and "<bool>" not in text and "<str>" not in text and "{" not in text.split("## ")[1]
    assert "--lang <zh|en>" in text and "--profile <exchange|publication>" in text
    for name in ("publish", "check", "serve", "sqlite", "browse"):
        section = text.split(f"## policydata {name}\n")[1].split("## ")[0]
        assert "--package" in section, name


def test_the_readme_exit_code_table_names_every_exit_code_the_cli_uses():
    """Every EXIT_* code of the CLI (and the signal codes) has a row in the README's exit-code table."""
    import re

    from policydata import cli
    from policydata.paths import PROJECT_DIR

    readme = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    listed = {int(c) for row in re.findall(r"^\| ([\d, ]+) \|", table, re.M) for c in row.split(",")}
    used = {v for k, v in vars(cli).items() if k.startswith("EXIT_") and isinstance(v, int)}
    assert used and used | {0, 130, 143} <= listed, sorted(used - listed)
