"""A corpus of malformed inputs made by the tests. Each either stops with one clear line (naming the
file and the problem, non-zero exit, the published package untouched) or publishes with the problem
listed in source_issues."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import snapshot
from conftest import SEED, SMALL_REPORT, source_yml
from fixtures import drawing_only_pdf, portal_page, text_pdf, write
from policydata.publish import builder, memory
from policydata.extract.registry import extract

CLI = str(Path(sys.executable).parent / "policydata")
GOOD = SMALL_REPORT.replace("新建幼儿园3所", "新建幼儿园3所。城镇调查失业率控制在5%以内")
HEADLINE = "一、2021年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。\n"
# A clean report (no chrome, no glossary): the problems a case adds are the only ones found.
CLEAN = HEADLINE + "（一）持续改善民生\n办好人民满意的教育。新建幼儿园3所，推进学校改扩建。\n（二）推进城市更新\n完成老旧小区改造。\n"


def folder_with(raw: Path, files: dict[str, bytes | str], meta: str | None = None, doc_id: str = "bad-2021") -> None:
    for name, data in files.items():
        write(raw / doc_id, name, data)
    if meta is not None:
        write(raw / doc_id, "source.yml", meta)


# name -> (files, source.yml, words the one-line error must contain)
ERRORS = {
    "empty file": ({"report.txt": b""}, source_yml(), "report.txt: the file is empty"),
    "whitespace only": ({"report.txt": " \r\n\t\u3000\n"}, source_yml(), "report.txt: the file holds only whitespace"),
    "binary with NUL bytes": ({"report.txt": bytes(range(256)) * 16}, source_yml(), "report.txt: binary file"),
    "an image named report.txt": ({"report.txt": b"\x89PNG\r\n\x1a\n" + b"\x00IHDR" * 50}, source_yml(), "binary file"),
    "latin-1 text, no encoding declared": ({"report.txt": "Rapport annuel: croissance économique à 5 %.".encode("latin-1")},
                                           source_yml(), "declare it in source.yml"),
    "GB18030 declared as UTF-8": ({"report.txt": GOOD.encode("gb18030")}, source_yml(encoding="utf-8"),
                                  "does not decode as utf-8 (declared in source.yml)"),
    "unknown declared encoding": ({"report.txt": GOOD}, source_yml(encoding="big-5-ish"), "is not an encoding Python knows"),
    "truncated HTML before the article": ({"report.html": portal_page("报告", [GOOD])[:700]}, source_yml(),
                                          "no report text found in the HTML page"),
    "HTML with navigation only": ({"report.html": "<html><body><ul><li><a>首页</a></li><li><a>政务公开</a></li></ul></body></html>"},
                                  source_yml(), "no report text found in the HTML page"),
    "HTML that is empty": ({"report.html": b""}, source_yml(), "report.html: the file is empty"),
    "PDF with no text layer": ({"report.pdf": drawing_only_pdf()}, source_yml(), "the PDF has no text layer"),
    "encrypted PDF": ({"report.pdf": text_pdf(GOOD.splitlines(), encrypt="secret")}, source_yml(), "the PDF is encrypted"),
    "report.pdf that is not a PDF": ({"report.pdf": "这不是PDF文件。"}, source_yml(), "not a PDF file"),
    "truncated PDF": ({"report.pdf": text_pdf(GOOD.splitlines())[:400]}, source_yml(), "report.pdf:"),
    "missing source.yml": ({"report.txt": GOOD}, None, "source.yml: source.yml is missing"),
    "source.yml not YAML": ({"report.txt": GOOD}, "title: [unclosed\n", "source.yml: not valid YAML"),
    "source.yml missing a key": ({"report.txt": GOOD}, source_yml(publisher=None), "required key 'publisher' is missing"),
    "source.yml bad region code": ({"report.txt": GOOD}, source_yml(region_code='"11010"'), "is not a six-digit GB/T 2260"),
    "source.yml impossible date": ({"report.txt": GOOD}, source_yml(published="2021-02-30"),
                                   "day is out of range for month (dates are written YYYY-MM-DD)"),
    "source.yml date as text": ({"report.txt": GOOD}, source_yml(published='"last spring"'), "published must be a date"),
    "two report files": ({"report.txt": GOOD, "report.pdf": text_pdf(["推进改革。"])}, source_yml(),
                         "more than one report file (report.pdf, report.txt)"),
    "no report file": ({"notes.txt": GOOD}, source_yml(), "no report file"),
    "only website chrome": ({"report.txt": "首页 | 政务公开\n微信\n微博\n版权所有：某区人民政府\n"}, source_yml(),
                            "no report text found"),
    "a 50 MB report": ({"report.txt": ("推进各项工作。" * 20 + "\n") * 125_000}, source_yml(), "probably the wrong file"),
}


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """The last good package: published once, checked unchanged after every bad input."""
    root = tmp_path_factory.mktemp("good")
    shutil.copytree(SEED, root / "raw" / SEED.name)
    docs = memory.load_all(root / "raw")
    out = root / "out"
    builder.check_and_swap(memory.stage(out, docs, memory.assemble([extract(d) for d in docs])), out)
    return out



def test_the_corpus_has_at_least_twenty_malformed_inputs():
    assert len(ERRORS) + len(USABLE) >= 20


@pytest.mark.parametrize("case", ERRORS)
def test_unusable_input_stops_with_one_line(tmp_path, published, case):
    files, meta, expected = ERRORS[case]
    raw = tmp_path / "raw"
    folder_with(raw, files, meta)
    before = snapshot(published)
    proc = subprocess.run([CLI, "publish", "--raw", str(raw), "--out", str(published)], capture_output=True, text=True,
                          timeout=120)
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2, proc.stderr
    assert len(lines) == 1 and lines[0].startswith("policydata: error: ") and "bad-2021" in lines[0], proc.stderr
    assert expected in lines[0], lines[0]
    assert snapshot(published) == before


# name -> (files, source.yml, source_issues kinds expected)
USABLE = {
    "replacement characters": ({"report.txt": CLEAN.replace("持续改善民生", "持续改善\ufffd\ufffd民生")}, source_yml(),
                               {"replacement-character"}),
    "swallowed markup": ({"report.txt": CLEAN.replace("推进学校改扩建", "推进学校<span改扩建")}, source_yml(),
                         {"swallowed-markup"}),
    "footnote markers with no glossary": ({"report.txt": HEADLINE + "推进“放管服”改革^[1]，深化“一网通办”[2]。\n"},
                                          source_yml(), {"missing-glossary"}),
    "numbering gap": ({"report.txt": "一、安排\n（一）经济\n推进发展。\n（三）民生\n改善民生。\n"}, source_yml(), {"numbering-gap"}),
    "fewer sections than announced": ({"report.txt": HEADLINE + "重点做好以下十个方面工作。\n（一）经济\n推进发展。\n"
                                                      "（二）民生\n改善民生。\n"}, source_yml(), {"truncated-document"}),
    "分别 with mismatched counts": ({"report.txt": HEADLINE + "引进企业和项目分别为10家、20个和30个。\n"}, source_yml(),
                                   {"count-mismatch"}),
    "undeclared GB18030": ({"report.txt": CLEAN.encode("gb18030")}, source_yml(), set()),
    "UTF-8 with BOM and CRLF": ({"report.txt": b"\xef\xbb\xbf" + CLEAN.replace("\n", "\r\n").encode("utf-8")}, source_yml(),
                                set()),
    # cut before </body>, the page loses its structure: the navigation comes through and is reported as chrome
    "truncated HTML inside the article": ({"report.html": portal_page("报告", CLEAN.splitlines())[:-400]}, source_yml(),
                                          {"site-chrome"}),
}


@pytest.mark.parametrize("case", USABLE)
def test_usable_input_publishes_with_its_problems_listed(tmp_path, case):
    files, meta, kinds = USABLE[case]
    raw = tmp_path / "raw"
    folder_with(raw, files, meta)
    docs = memory.load_all(raw)
    tables = memory.assemble([extract(d) for d in docs])
    out = tmp_path / "out"
    builder.check_and_swap(memory.stage(out, docs, tables), out)
    assert (out / "datapackage.json").exists()
    found = {r["kind"] for r in tables["source_issues"]}
    assert found == kinds, tables["source_issues"]
    if kinds:
        assert all(k in (out / "README.md").read_text(encoding="utf-8") for k in kinds)  # listed on the data card
