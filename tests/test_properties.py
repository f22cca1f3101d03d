"""Property-based: arbitrary bytes and text never make ingest or extraction fail unexpectedly."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import source_yml
from helpers import doc
from policydata.extract.registry import extract
from policydata.errors import InputError
from policydata.extract.outline import parse_outline, program_rows
from policydata.extract.projects import project_rows
from policydata.extract.quality import issue_rows
from policydata.extract.targets import target_rows
from policydata.extract.terms import term_rows
from policydata.ingest import load_document
from policydata.ingest.decode import decode_bytes

# The genre's own characters, so generated text reaches deep into the grammar.
GENRE = ("一二三四五六七八九十百千万亿两零〇第是要、，,。；;：:（）()“”《》%％0123456789.．-—至到增长达到以上以内左右约超过"
         "控制在分别各新建推进建设改造完成投入使用等和及项个家所万人亿元公里附注名词解释是指即去年预计力争到年均十四五号线"
         "<span>&nbsp;\ufffd^[]\n\r 　学校医院公园地块站路道区工程项目")
genre_text = st.text(alphabet=st.sampled_from(GENRE) | st.characters(codec="utf-8"), max_size=400)
SETTINGS = settings(max_examples=int(__import__("os").environ.get("HYPOTHESIS_EXAMPLES", "300")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.binary(max_size=600))
def test_decoding_arbitrary_bytes_returns_text_or_a_clear_error(data):
    try:
        text, encoding = decode_bytes(data, Path("report.txt"))
    except InputError as exc:
        assert str(exc).startswith("report.txt: ")
    else:
        assert isinstance(text, str) and text.strip() and encoding


@SETTINGS
@given(genre_text)
def test_every_extractor_survives_arbitrary_text_and_points_into_it(text):
    d = doc(text)
    outline = parse_outline(d)
    terms = term_rows(outline)
    targets, target_issues = target_rows(outline)
    rows = program_rows(outline) + terms + targets + project_rows(outline) + issue_rows(outline, terms, target_issues)
    for r in rows:
        assert 0 <= r["char_start"] <= r["char_end"] <= len(text)
        if "source_text" in r:
            assert text[r["char_start"]:r["char_end"]] == r["source_text"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=400), genre_text.map(lambda t: t.encode("utf-8")),
                      genre_text.map(lambda t: t.encode("gb18030"))),
       name=st.sampled_from(["report.txt", "report.html", "report.pdf"]))
def test_a_raw_folder_with_any_report_loads_or_fails_clearly(tmp_path_factory, data, name):
    folder = tmp_path_factory.mktemp("raw") / "any-2021"
    folder.mkdir()
    (folder / name).write_bytes(data)
    (folder / "source.yml").write_text(source_yml(), encoding="utf-8")
    try:
        document = load_document(folder)
    except InputError as exc:
        assert str(exc).split(": ", 1)[0].endswith((name, "any-2021"))
    else:
        extract(document)
