"""Documentation rendered from the schemas: field tables for the data card, the schemas' README and docs/dataset.md."""

from __future__ import annotations

import json

from . import schemas, standard
from .standard import wording

FIELDS_START = "<!-- fields:start (generated from policydata/standard/schemas/ by `make docs`; do not edit by hand) -->"
FIELDS_END = "<!-- fields:end -->"


def _md(s) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def constraints_text(field: dict) -> str:
    return wording.constraints_text(field, "en", code=True)


def field_table(name: str) -> str:
    """A markdown table of a resource's fields, in English and Chinese."""
    s = schemas.schema(name)
    out = [f"### `{name}`: {s['title']} / {s['title_zh']}", "", s["description"], "", s["description_zh"], "",
           "| field | type | constraints | title | 标题 | description | 说明 | example |", "|---|---|---|---|---|---|---|---|"]
    for f in s["fields"]:
        example = f"`{_md(f['example'])}`" if "example" in f and f["example"] != "" else ""
        out.append(f"| `{f['name']}` | {f['type']} | {_md(constraints_text(f))} | {_md(f['title'])} | "
                   f"{_md(f['title_zh'])} | {_md(f['description'])} | {_md(f['description_zh'])} | {example} |")
    keys = [f"primary key `{', '.join(s['primaryKey'])}`"]
    if "idScheme" in s:
        keys[0] += f" (ids: {id_rule(s)})"
    for fk in s.get("foreignKeys", []):
        ref = fk["reference"]["resource"] or name
        keys.append(f"`{', '.join(fk['fields'])}` → `{ref}.{', '.join(fk['reference']['fields'])}`")
    out += ["", "Keys: " + "; ".join(keys) + ".", ""]
    return "\n".join(out)


def vocabulary_table() -> str:
    """The indicator vocabulary (lexicon/indicators.yml) as a markdown table: what indicator_code means."""
    from .indicators import vocabulary, wordings

    out = ["| code | kind | indicator | 指标 | better | wordings in the reports (some) |", "|---|---|---|---|---|---|"]
    for v in vocabulary():
        words = "、".join(wordings(v["family"])[:6])
        out.append(f"| `{v['code']}` | {v['kind']} | {_md(v['en'])} | {_md(v['zh'])} | {v['better']} | {_md(words)} |")
    return "\n".join(out)


VOCABULARY_INTRO = ("`targets.indicator_code`, `outcomes.indicator_code` and `target_results.indicator_code` come from one "
                    "vocabulary, `policydata/lexicon/indicators.yml`: the wording of a row's indicator picks the indicator, "
                    "its unit the kind of value (growth rate in %, level in 元, count in 人…). Kinds: growth (a rate of "
                    "change), level (an amount reached), ceiling (a rate to keep at or below), count (added in the year), "
                    "share (a proportion).")


def all_field_tables() -> str:
    return "\n".join(field_table(n) for n in schemas.RESOURCES)


def id_rule(s: dict) -> str:
    scheme = s["idScheme"]
    return (f"`<document_id>-{scheme['letter']}-<digest>` of " + ", ".join(f"`{k}`" for k in scheme["key"])
            + " and the occurrence")


def _profile_section() -> list[str]:
    lines = ["## Profiles", "",
             "One standard, read two ways. A profile is a file in [`profiles/`](profiles/) listing what it changes",
             "in every schema; `policydata validate --profile NAME` applies it (default: `publication` for a data",
             "package, `exchange` for files), and `policydata template` marks required fields as it says.", ""]
    for path in standard.profile_files():
        prof = json.loads(path.read_text(encoding="utf-8"))
        lines += [f"### `{prof['name']}` {prof['version']}: {prof['title']} / {prof['title_zh']}", "",
                  prof["description"], "", prof["description_zh"], "",
                  f"`$id`: `{prof['$id']}`; default for: {prof.get('default_for', '—')}.", ""]
        if not prof.get("changes"):
            lines += ["No changes: every constraint applies as written.", ""]
            continue
        lines += ["| fields | removes | why | 理由 |", "|---|---|---|---|"]
        for ch in prof["changes"]:
            sel = ch["fields"]
            which = (["ids: primary keys and the fields that refer to them"] if sel.get("keys") else []) + \
                [f"`{n}`" for n in sel.get("names", [])]
            removes = ", ".join(f"`{k}`" for k in ch.get("remove", []))
            if ch.get("required_with_text"):
                removes += " (still required for rows whose document's text is given)"
            lines.append(f"| {_md(', '.join(which))} | {_md(removes)} | {_md(ch['why'])} | {_md(ch['why_zh'])} |")
        lines.append("")
    return lines


def _citing_section() -> list[str]:
    rows = []
    for path in standard.schema_files():
        s = json.loads(path.read_text(encoding="utf-8"))
        rows.append(f"| `{s['name']}` | {s['version']} | `{s.get('$id', '')}` | [`{path.name}`]({path.name}) |")
    for path in standard.profile_files():
        s = json.loads(path.read_text(encoding="utf-8"))
        rows.append(f"| profile `{s['name']}` | {s['version']} | `{s.get('$id', '')}` | "
                    f"[`profiles/{path.name}`](profiles/{path.name}) |")
    return ["## Citing the standard", "",
            "Every schema and profile carries a `version` and an `$id` made from its name and version:", "",
            f"- schemas: `{standard.SCHEMA_ID}`",
            f"- profiles: `{standard.PROFILE_ID}`", "",
            "The prefix is a permanent identifier (w3id.org) that redirects to wherever the files are served, so an",
            "`$id` names one exact text for good. Cite the `$id` of the schemas you validated against, or",
            "pass `--schemas DIR_OR_URL` to `policydata validate` to check against exactly those files.", "",
            "A version changes only with an entry in [`CHANGELOG.md`](CHANGELOG.md) (the schemas' history, apart",
            "from the data's): a new optional field or a looser constraint is a minor change; a removed or renamed",
            "field, a changed type or a tighter constraint is a major change; a change of wording or examples is",
            "a patch. `make docs` sets each `$id` from the name and version; a test fails when a file has no",
            "`$id`, a stale one, or a version without its CHANGELOG entry.", "",
            "| standard | version | `$id` | file |", "|---|---|---|---|", *rows, ""]


def _ids_section() -> list[str]:
    lines = ["## Ids", "",
             "Published ids are `<document_id>-<letter>-<digest>`: the first 8 hex digits of the SHA-1 of the row's",
             "identifying fields and how many rows of the document had the same fields before, joined by U+001F.",
             "The same rows always get the same ids, and an edit elsewhere in a document moves none. A slice",
             "`text[char_start:char_end]` means those characters of the document's text. `policydata ids TABLE…",
             "--out DIR` mints them for tables with ids of their own and rewrites every reference; `document_id`",
             "itself is chosen, not minted (lowercase ASCII letters, digits and hyphens).", "",
             "| resource | id | made from |", "|---|---|---|"]
    for name in schemas.RESOURCES:
        s = schemas.schema(name)
        if "idScheme" in s:
            sc = s["idScheme"]
            lines.append(f"| `{name}` | `{s['primaryKey'][0]}` = `<document_id>-{sc['letter']}-<digest>` | "
                         + ", ".join(f"`{k}`" for k in sc["key"]) + " |")
    return lines + [""]


def schemas_readme() -> str:
    lines = ["# policydata schemas", "",
             "The Table Schemas in this folder are the published standard of the policydata datasets: the pipeline",
             "builds its tables from them, the data card and this page are generated from them, and other agencies",
             "validate their own tables against them (`policydata validate`) and start from templates made from them",
             "(`policydata template`).", ""]
    lines += _citing_section() + _profile_section() + _ids_section()
    lines += ["## Fields", "",
              "Besides the standard Table Schema keys, every schema and field has `title_zh` and `description_zh`",
              "(Chinese title and description), every field an `example` (the templates' example row), and every",
              "schema whose ids are minted an `idScheme`.", "",
              "## Indicator vocabulary", "", VOCABULARY_INTRO, "", vocabulary_table(), "", all_field_tables()]
    return "\n".join(lines).rstrip() + "\n"


def generated_files() -> dict:
    """Every file `policydata docs` writes, with the text it should hold: schemas/README.md and the `$id`
    line of each schema and profile (docs/dataset.md's field tables are added by the command)."""
    from .paths import SCHEMA_DIR

    out = {p: standard.with_id(p) for p in standard.schema_files() + standard.profile_files()}
    out[SCHEMA_DIR / "README.md"] = schemas_readme()
    return out


def replace_fields_section(readme: str) -> str:
    """A guide (docs/dataset.md) with the generated field tables between the markers brought up to date."""
    start, end = readme.index(FIELDS_START), readme.index(FIELDS_END)
    return readme[:start] + FIELDS_START + "\n\n" + all_field_tables() + "\n" + readme[end:]
