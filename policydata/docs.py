"""Documentation rendered from the schemas: field tables for the data card, schemas/README.md and README.md."""

from __future__ import annotations

from . import schemas

FIELDS_START = "<!-- fields:start (generated from schemas/ by `make docs`; do not edit by hand) -->"
FIELDS_END = "<!-- fields:end -->"


def _md(s) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def constraints_text(field: dict) -> str:
    c = field.get("constraints", {})
    parts = []
    if c.get("required"):
        parts.append("required")
    if c.get("unique"):
        parts.append("unique")
    if "enum" in c:
        parts.append("one of " + ", ".join(f"`{v}`" for v in c["enum"]))
    if "pattern" in c:
        parts.append(f"pattern `{c['pattern']}`")
    if "minimum" in c:
        parts.append(f"≥ {c['minimum']}")
    if "maximum" in c:
        parts.append(f"≤ {c['maximum']}")
    return "; ".join(parts)


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


def schemas_readme() -> str:
    versions = {n: schemas.schema_version(n) for n in schemas.RESOURCES}
    lines = ["# policydata schemas", "",
             "The Table Schemas in this folder are the published standard of the policydata datasets: the pipeline",
             "builds its tables from them, the data card and this page are generated from them, and other agencies",
             "validate their own tables against them.", "",
             "Each schema carries a `version`. It changes only with a line in the package CHANGELOG: a new optional",
             "field or a looser constraint is a minor change; a removed or renamed field, a changed type or a tighter",
             "constraint is a major change.", "",
             "| resource | version | file |", "|---|---|---|"]
    lines += [f"| `{n}` | {v} | [`{n}.schema.json`]({n}.schema.json) |" for n, v in versions.items()]
    lines += ["", "Besides the standard Table Schema keys, every schema and field has `title_zh` and `description_zh`",
              "(Chinese title and description) and most fields an `example`.", "",
              "## Indicator vocabulary", "", VOCABULARY_INTRO, "", vocabulary_table(), "", all_field_tables()]
    return "\n".join(lines).rstrip() + "\n"


def replace_fields_section(readme: str) -> str:
    """README.md with the generated field tables between the markers brought up to date."""
    start, end = readme.index(FIELDS_START), readme.index(FIELDS_END)
    return readme[:start] + FIELDS_START + "\n\n" + all_field_tables() + "\n" + readme[end:]
