"""HTML pages and PDFs read into the same report as the .txt: the same rows come out of all three."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import SEED, source_yml
from fixtures import portal_page, text_pdf, write
from policydata.publish import builder, memory
from policydata.extract.registry import extract
from policydata.errors import InputError
from policydata.ingest import load_document
from policydata.ingest.html import html_to_text
from policydata.paths import PROJECT_DIR

SCORE = PROJECT_DIR.parent / "shared" / "eval" / "score.py"


def seed_paragraphs() -> list[str]:
    doc = load_document(SEED)
    return [ln.strip() for ln in doc.body.text.splitlines() if ln.strip()]


def essence(tables: dict) -> dict:
    """What a reader of the data sees, without offsets, ids and source spans (which differ by format)."""
    return {
        "programs": [(r["level"], r["label"], r["title"]) for r in tables["programs"]],
        "targets": [(r["kind"], r["indicator"], r["comparator"], r["value"], r["unit"], r["aspirational"])
                    for r in tables["targets"]],
        "projects": [(r["name"], r["action"], r["stage"], r["category"]) for r in tables["projects"]],
        "terms": [(r["number"], r["term"], r["definition"], r["mentioned"], r["mention_count"]) for r in tables["terms"]],
    }


@pytest.fixture(scope="module")
def seed_tables():
    return extract(load_document(SEED))


def publish_format(tmp_path, name: str, data: bytes | str):
    folder = tmp_path / "raw" / f"tj-heping-2020-{name.split('.')[1]}"
    write(folder, name, data)
    shutil.copy(SEED / "source.yml", folder / "source.yml")
    docs = memory.load_all(tmp_path / "raw")
    tables = memory.assemble([extract(d) for d in docs])
    out = tmp_path / "out"
    builder.check_and_swap(memory.stage(out, docs, tables), out)
    return docs[0], tables, out


@pytest.mark.parametrize("br_layout", [False, True], ids=["p-layout", "br-layout"])
def test_portal_html_gives_the_same_rows_as_the_txt(tmp_path, seed_tables, br_layout):
    page = portal_page("天津市和平区2020年重大政策情况", seed_paragraphs(), br_layout=br_layout)
    doc, tables, _ = publish_format(tmp_path, "report.html", page)
    assert doc.source_format == "html"
    assert essence(tables) == essence(seed_tables)
    assert "首页" not in doc.text and "ICP" not in doc.text  # portal chrome dropped


def test_text_pdf_gives_the_same_rows_as_the_txt(tmp_path, seed_tables):
    pdf = text_pdf(seed_paragraphs(), header="天津市和平区2020年重大政策情况")
    doc, tables, _ = publish_format(tmp_path, "report.pdf", pdf)
    assert doc.source_format == "pdf"
    assert essence(tables) == essence(seed_tables)
    assert "— 2 —" not in doc.text  # page numbers and running headers dropped


def test_gbk_page_declared_in_meta(tmp_path):
    page = portal_page("某区2021年政府工作报告", ["一、2021年工作安排", "推进各项改革，新增就业2万人。"], charset="gb2312")
    doc, tables, _ = publish_format(tmp_path, "report.html", page.encode("gb18030"))
    assert doc.encoding == "gb18030" and tables["targets"][0]["value"] == 2


@pytest.mark.skipif(not SCORE.exists(), reason="the shared eval scorer is not beside this checkout")
@pytest.mark.parametrize("name", ["report.html", "report.pdf"])
def test_scores_match_the_txt_within_001(tmp_path, name):
    data = portal_page("天津市和平区2020年重大政策情况", seed_paragraphs()) if name.endswith("html") else \
        text_pdf(seed_paragraphs(), header="天津市和平区2020年重大政策情况")
    _, _, out = publish_format(tmp_path, name, data)

    def f1s(package, document_id):
        proc = subprocess.run([sys.executable, str(SCORE), "--gold", str(SCORE.parent / "seed"), "--package", str(package),
                               "--document-id", document_id], capture_output=True, text=True, check=True)
        return {ln.split(":")[0]: float(ln.split("F1=")[1].split()[0]) for ln in proc.stdout.splitlines() if "F1=" in ln}

    txt, other = f1s(PROJECT_DIR / "datapackage", SEED.name), f1s(out, f"{SEED.name}-{name.split('.')[1]}")
    assert txt.keys() == other.keys() and all(abs(txt[k] - other[k]) <= 0.01 for k in txt), (txt, other)


def test_html_without_report_text(tmp_path):
    with pytest.raises(InputError, match="no report text found in the HTML page"):
        html_to_text("<html><body><ul class='nav'><li><a>首页</a></li></ul></body></html>", tmp_path / "report.html")
