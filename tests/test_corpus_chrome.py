"""Over the whole corpus (raw/): chrome recognition never takes report prose, and what follows the closing
address (a glossary, an annex) stays in the body."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policydata.extract.outline import is_glossary_heading
from policydata.grammar.headings import NUMERAL
from policydata.ingest import discover, load_document
from policydata.ingest.chrome import is_attachment_line, is_chrome_line
from policydata.ingest.flattened import layout
from policydata.lexicon import load
from policydata.text import lines

RAW = Path(__file__).resolve().parent.parent / "raw"
ANNEX = re.compile(rf"^附[件表][\d{NUMERAL}]*(?:[:：、.．]|$)")
PROSE = re.compile("[。；]")


@pytest.fixture(scope="module")
def corpus():
    return [load_document(folder) for folder in discover(RAW)]


def test_the_whole_corpus_is_read(corpus):
    assert len(corpus) >= 245


def test_no_line_of_prose_is_chrome(corpus):
    """A line of 40 or more characters with 。 or ； is report prose, whatever words it holds (老字号, 适老化改造)."""
    taken = [f"{d.document_id}: {ln.text[:50]!r}" for d in corpus for ln in lines(d.text)
             if _prose(ln.text) and is_chrome_line(ln.text)]
    assert taken == [], "\n".join(taken[:20])


def _prose(line: str) -> bool:
    return len("".join(line.split())) >= 40 and PROSE.search(line) is not None


def _footer(line: str) -> bool:
    """What the page adds after the report: a line opening a licence notice or disclaimer, or chrome that is not prose."""
    bare = "".join(line.split()).lstrip("（(【[")
    return bare.startswith(tuple(load("site_chrome")["footer_starts"])) or (is_chrome_line(line) and not _prose(line))


def _after_closing(d) -> list:
    """The lines after the report's closing address (各位代表…！ after the first part), in the text."""
    openers = tuple(load("site_chrome")["report_openers"])
    ls = [ln for ln in layout(d.text) if ln.text.strip()]
    starts = [i for i, ln in enumerate(ls) if ln.text.strip().startswith(openers)]
    if len(starts) < 2:
        return []
    return ls[starts[-1] + 1:]


def test_glossaries_and_annexes_after_the_closing_address_stay_in_the_body(corpus):
    """A glossary (名词解释) or an annex (附件1：…) after the closing address is in the body, with every entry up to
    the page's own footer (a licence notice or disclaimer, or chrome that is not prose)."""
    lost, seen = [], 0
    for d in corpus:
        tail = _after_closing(d)
        for k, ln in enumerate(tail):
            s = ln.text.strip()
            if not (is_glossary_heading(s) or (ANNEX.match(s) and not is_attachment_line(s))):
                continue
            if d.duplicates and ln.start >= d.duplicates[0].start:
                continue
            seen += 1
            rest = tail[k + 1:]
            stop = next((j for j, x in enumerate(rest) if _footer(x.text)), len(rest))
            entries = [x for x in rest[:stop] if PROSE.search(x.text)]
            last = entries[-1].end if entries else ln.end
            if not (d.body.start <= ln.start and last <= d.body.end):
                lost.append(f"{d.document_id}: {s[:20]!r} at {ln.start}, body ends at {d.body.end}, entries to {last}")
            break
    assert seen >= 5, "the corpus has glossaries and annexes after the closing address"
    assert lost == [], "\n".join(lost)


def test_chrome_words_count_only_on_short_lines_without_sentence_ends():
    assert is_chrome_line("技术支持：某某网络科技有限公司")
    assert is_chrome_line("网站访问量：123456")
    assert not is_chrome_line("支持老字号创新发展，完成适老化改造3000户。")
    assert not is_chrome_line("（三）推动老字号焕发新活力")  # a numbered heading is report text
    assert not is_chrome_line("加强对中小企业的技术支持；扩大服务覆盖面")
