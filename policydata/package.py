"""The data package: files, datapackage.json and the data card, written into a staging folder.

Nothing here touches the published folder; `swap.swap_into_place` does that after validation.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from . import schemas
from .docs import VOCABULARY_INTRO, all_field_tables, vocabulary_table
from .figures import card_section, write_figures
from .ingest.document import Document
from .writers import write_resource

PACKAGE_NAME = "policydata"
PACKAGE_VERSION = "1.0.0"
PACKAGE_TITLE = "Chinese government work plans: targets, programs, terms and projects"
PACKAGE_TITLE_ZH = "政府工作报告数据集：目标、工作部署、名词解释与项目"
PACKAGE_LICENSE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                   "title": "Creative Commons Attribution 4.0"}
FORMATS = {"csv": ("text/csv", ""), "parquet": ("application/vnd.apache.parquet", "-parquet")}


def document_row(doc: Document) -> dict:
    m = doc.meta
    return {
        "document_id": doc.document_id, "title": m.title, "issuer": m.issuer, "region_code": m.region_code,
        "region_name": m.region_name, "plan_year": m.plan_year, "published": m.published, "publisher": m.publisher,
        "url": m.url or None, "license": m.license, "language": m.language, "source_format": doc.source_format,
        "source_encoding": doc.encoding, "source_sha256": doc.source_sha256, "char_count": len(doc.text),
    }


def _file_facts(path: Path) -> dict:
    data = path.read_bytes()
    return {"hash": "sha256:" + hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def descriptor(tables: dict[str, list[dict]], files: dict[str, dict[str, Path]], root: Path,
               version: str = PACKAGE_VERSION) -> dict:
    docs = tables["documents"]
    created = max(r["published"] for r in docs)
    resources = []
    for fmt, (mediatype, suffix) in FORMATS.items():
        for name in schemas.RESOURCES:
            s = schemas.schema(name)
            path = files[name][fmt]
            res = {"name": name + suffix, "type": "table", "path": path.relative_to(root).as_posix(),
                   "format": fmt, "mediatype": mediatype}
            if fmt == "csv":
                res["encoding"] = "utf-8"
            facts = _file_facts(path)
            if fmt == "parquet":
                # frictionless reads Parquet through pyarrow and cannot count its bytes: declaring
                # `bytes` would fail every validation. The hash is declared; our gate checks both.
                del facts["bytes"]
            res.update({"title": s["title"], "description": s["description"], **facts,
                        "schema": schemas.for_resource(name, suffix, parquet=fmt == "parquet")})
            resources.append(res)
    return {
        "name": PACKAGE_NAME,
        "title": PACKAGE_TITLE,
        "description": "Every quantitative target, program, glossary term and named project of Chinese government "
                       "work plans, extracted from the published text with exact source spans.",
        "version": version,
        "created": dt.datetime.combine(created, dt.time(), dt.timezone.utc).isoformat().replace("+00:00", "Z"),
        "licenses": [PACKAGE_LICENSE],
        "sources": [{"title": r["title"], "path": r["url"] or f"raw/{r['document_id']}",
                     "document_id": r["document_id"], "sha256": r["source_sha256"], "license": r["license"]}
                    for r in docs],
        "resources": resources,
    }


def write_package(root: Path, documents: list[Document], tables: dict[str, list[dict]],
                  version: str = PACKAGE_VERSION) -> dict:
    """Write every file of the package into `root` (a fresh staging folder); return the descriptor."""
    root.mkdir(parents=True, exist_ok=True)
    text_dir = root / "text"
    text_dir.mkdir(exist_ok=True)
    for doc in documents:
        # newline="" keeps \r\n as in the source: offsets count every character of the decoded text
        with open(text_dir / f"{doc.document_id}.txt", "w", encoding="utf-8", newline="") as f:
            f.write(doc.text)
    for name in schemas.RESOURCES:
        write_resource(name, tables[name], root / "data")
    write_figures(tables, root / "figures")
    return write_metadata(root, tables, version)


def write_metadata(root: Path, tables: dict[str, list[dict]], version: str) -> dict:
    """datapackage.json and the data card for the data files already in `root`, at this version."""
    files = {name: {"csv": root / "data" / f"{name}.csv", "parquet": root / "data" / f"{name}.parquet"}
             for name in schemas.RESOURCES}
    desc = descriptor(tables, files, root, version)
    (root / "datapackage.json").write_text(json.dumps(desc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    sizes = {r["path"]: (root / r["path"]).stat().st_size for r in desc["resources"]}
    (root / "README.md").write_text(data_card(desc, tables, sizes), encoding="utf-8")
    return desc


def _count_table(tables: dict[str, list[dict]]) -> list[str]:
    names = [n for n in schemas.RESOURCES if n != "documents"]
    out = ["| document | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for d in tables["documents"]:
        counts = [sum(1 for r in tables[n] if r["document_id"] == d["document_id"]) for n in names]
        out.append(f"| `{d['document_id']}` | " + " | ".join(map(str, counts)) + " |")
    out.append("| **all** | " + " | ".join(str(len(tables[n])) for n in names) + " |")
    return out


def data_card(desc: dict, tables: dict[str, list[dict]], sizes: dict[str, int]) -> str:
    """The package README: coverage, counts, files, how to read, validate and cite, known problems, fields."""
    L = [f"# {desc['title']}", "", f"{PACKAGE_TITLE_ZH}", "",
         f"Version **{desc['version']}**, created {desc['created']} (the latest publication date of its sources). "
         f"Data licensed {desc['licenses'][0]['title']} ({desc['licenses'][0]['name']}); each source document keeps "
         f"its own status, listed below.", "",
         "Generated by the policydata pipeline from `raw/`; do not edit by hand.", "",
         "## Coverage", "", "| document | title | issuer | region | plan year | published | format |",
         "|---|---|---|---|---|---|---|"]
    for d in tables["documents"]:
        L.append(f"| `{d['document_id']}` | {d['title']} | {d['issuer']} | {d['region_name']} ({d['region_code']}) | "
                 f"{d['plan_year']} | {d['published']} | {d['source_format']} ({d['source_encoding']}) |")
    L += ["", "## Rows per document", ""] + _count_table(tables)
    L += ["", "## Files", "", "| resource | CSV | Parquet |", "|---|---|---|"]
    by_name = {r["name"]: r for r in desc["resources"]}
    for name in schemas.RESOURCES:
        c, p = by_name[name], by_name[name + "-parquet"]
        L.append(f"| `{name}` | [`{c['path']}`]({c['path']}) ({sizes[c['path']]:,} bytes) | "
                 f"[`{p['path']}`]({p['path']}) ({sizes[p['path']]:,} bytes) |")
    L += ["", "CSV files are UTF-8 with a byte-order mark (Excel opens them without garbled characters), comma-separated,",
          "quoted where needed, with LF line ends. Parquet files hold the same rows in the same order, typed; their",
          "schemas in datapackage.json also list `nan` and `NaT` as missing values, because frictionless reads",
          "Parquet through pandas, which turns a null number into NaN.",
          "`text/<document_id>.txt` is the plain text of each document that every `char_start`/`char_end` points into.",
          "", "## Reading offsets", "", "Offsets are Python string indices into the text file, read without newline translation:",
          "", "```python", "text = open('text/tj-heping-2020.txt', encoding='utf-8', newline='').read()",
          "assert text[row.char_start:row.char_end] == row.source_text", "```", "",
          "## Validate", "", "```sh", "frictionless validate datapackage.json", "```", "",
          "This checks every resource, CSV and Parquet, against its schema, including primary and foreign keys.", "",
         "## Versions", "", "Each publication is a semantic version: patch when a document's source is corrected (or the",
         "extraction improves), minor when a document is added, major when a schema changes incompatibly or a",
         "document is withdrawn. [`CHANGELOG.md`](CHANGELOG.md) lists, per version, the documents added or changed",
         "and the rows added, removed and changed per resource; `changes/<version>.json` holds the same for",
         "machines.", "",
          "## Cite", "", f"policydata, *{desc['title']}*, version {desc['version']} ({desc['created'][:10]}), "
          f"{desc['licenses'][0]['name']}. Sources: the governments listed under Coverage.", "",
          "## Known problems in the sources", ""]
    issues = tables["source_issues"]
    if not issues:
        L.append("None found.")
    for d in tables["documents"]:
        mine = [r for r in issues if r["document_id"] == d["document_id"]]
        if not mine:
            continue
        L += [f"### `{d['document_id']}`", "", "| kind | where (chars) | problem |", "|---|---|---|"]
        L += [f"| {r['kind']} | {r['char_start']}–{r['char_end']} | {r['message'].replace('|', '/')} |" for r in mine]
        L.append("")
    L += [""] + card_section(tables) + ["## Indicators", "", VOCABULARY_INTRO, "", vocabulary_table()]
    L += ["", "## Fields", "", all_field_tables()]
    return "\n".join(L).rstrip() + "\n"
