"""Flattened texts (a whole report on one line) read as the lines they once were; page numbers stepped over."""

from __future__ import annotations

import shutil

from policydata.extract.outline import parse_outline
from policydata.extract.quality import issue_rows
from policydata.ingest import load_document
from policydata.ingest.chrome import find_body
from policydata.ingest.flattened import is_flattened, layout
from policydata.ingest.pages import page_marks
from policydata.ingest.paragraphs import bare, body_lines, paragraphs
from policydata.text import Span, passage

# Composed sentences, repeated to the length of a report (a flattened line is thousands of characters).
FILLER = "我们坚持稳中求进，推动经济运行持续向好，群众生活不断改善。" * 8


def _report(sep: str, indent: str) -> str:
    parts = [
        "各位代表：", "现在，我代表市人民政府向大会报告工作，请予审议。",
        "一、2023年工作回顾", "过去一年，全市地区生产总值增长5%。" + FILLER,
        "（一）稳住经济大盘，发展质效稳步提升", "工业生产加快恢复。" + FILLER,
        "二、2024年工作安排", "今年的主要预期目标是：地区生产总值增长6%左右。" + FILLER,
    ] + [f"（{n}）着力做好第{n}项工作。" + FILLER for n in "一二三四五六七八九十"] + [
        "各位代表，让我们团结奋斗，再创佳绩！"]
    return parts[0] + sep + sep.join(indent + p for p in parts[1:])


def _load(tmp_path, text):
    """The Document of a raw folder holding `text` as report.txt."""
    folder = tmp_path / "test-2024"
    folder.mkdir()
    (folder / "report.txt").write_text(text, encoding="utf-8")
    (folder / "source.yml").write_text(
        'title: "2024年某市政府工作报告"\nissuer: "某市人民政府"\nregion_code: "110105"\nregion_name: "某市"\n'
        'plan_year: 2024\npublisher: "某市人民政府"\nurl: ""\nlicense: "public"\nlanguage: "zh-Hans"\n', encoding="utf-8")
    return load_document(folder)


def _paras(text):
    body, chrome = find_body(text)
    return [bare(p.text) for p in paragraphs(text, body, chrome)]


def test_a_line_holding_a_whole_report_is_flattened_and_a_paragraph_is_not():
    assert is_flattened(_report(" ", "\u3000\u3000"))
    assert not is_flattened(FILLER * 3)


def test_paragraphs_are_recovered_from_indents_and_are_spans_of_the_text_itself():
    text = _report(" ", "\u3000\u3000")
    body, chrome = find_body(text)
    ps = paragraphs(text, body, chrome)
    assert [bare(p.text) for p in ps][:4] == [
        "现在，我代表市人民政府向大会报告工作，请予审议。", "一、2023年工作回顾", "过去一年，全市地区生产总值增长5%。" + FILLER,
        "（一）稳住经济大盘，发展质效稳步提升"]
    assert all(text[p.start:p.end] == p.text for p in ps)
    assert len(ps) == 18


def test_single_spaces_end_a_line_after_a_sentence_or_a_heading_only():
    text = _report(" ", "")
    assert _paras(text)[1:4] == ["一、2023年工作回顾", "过去一年，全市地区生产总值增长5%。" + FILLER,
                                 "（一）稳住经济大盘，发展质效稳步提升"]
    # a PDF line break inside a sentence (a single space) does not break it
    pdf = text.replace("推动经济运行持续向好", "推动经济 运行持续向好")
    assert _paras(pdf)[2] == "过去一年，全市地区生产总值增长5%。" + FILLER


def test_headings_are_found_without_any_space_between_paragraphs():
    text = _report("", "").replace("一、2023年工作回顾", "2023年工作回顾").replace("二、2024年工作安排", "2024年工作安排建议")
    got = _paras(text)
    assert got[1] == "2023年工作回顾"
    assert got[2].startswith("过去一年，")
    assert "2024年工作安排建议" in got
    assert any(p.startswith("（三）着力做好第三项工作。") for p in got)
    assert got[-1] == "各位代表，让我们团结奋斗，再创佳绩！"  # the closing address is a paragraph of its own


def test_the_outline_finds_parts_and_sections_of_a_flattened_report(tmp_path):
    d = _load(tmp_path, _report(" ", "\u3000\u3000"))
    o = parse_outline(d)
    levels = [(p.level, p.label) for p in o.programs if p.level <= 2]
    assert levels[:3] == [(1, "一"), (2, "一"), (1, "二")]
    assert sum(1 for lv, _ in levels if lv == 2) == 11
    kinds = [r["kind"] for r in issue_rows(o, [])]
    assert kinds.count("flattened-text") == 1


PAGED = ("各位代表：\n现在，我代表市政府报告工作。\n一、2023年工作回顾\n全市地区生产总值增长6.4%，一\n— 1 —\n"
         "般公共预算收入增长7.2%。\n二、2024年工作安排\n")


def test_a_page_number_inside_a_paragraph_is_stepped_over():
    body, chrome = find_body(PAGED)
    ps = paragraphs(PAGED, body, chrome)
    assert [bare(p.text) for p in ps][2] == "全市地区生产总值增长6.4%，一—1—般公共预算收入增长7.2%。"
    marks = page_marks(body_lines(PAGED, body))
    assert [m.text for m in marks] == ["— 1 —"]


def test_page_numbers_are_blanked_for_the_extractors_and_reported(tmp_path):
    d = _load(tmp_path, PAGED)
    assert d.text == PAGED  # the published text is the source as decoded
    assert len(d.folded) == len(d.text)
    a = PAGED.index("全市")
    assert passage(d.text, a, PAGED.index("。", a) + 1, d.folded).text == "全市地区生产总值增长6.4%,一般公共预算收入增长7.2%。"
    kinds = [r["kind"] for r in issue_rows(parse_outline(d), [])]
    assert kinds.count("page-number") == 1


def test_page_numbers_inside_a_flattened_line_are_lines_of_their_own():
    text = _report(" ", "").replace("推动经济运行持续向好", "推动经济 — 7 — 运行持续向好", 1)
    got = [ln.text for ln in layout(text)]
    assert "— 7 —" in got
    body, _ = find_body(text)
    assert [m.text for m in page_marks(body_lines(text, body))] == ["— 7 —"]
    assert _paras(text)[2] == ("过去一年，全市地区生产总值增长5%。" + FILLER).replace("推动经济运行", "推动经济—7—运行", 1)


def test_lone_digits_are_page_numbers_only_when_they_count_up():
    rows = [Span(i * 10, i * 10 + len(t), t) for i, t in enumerate(["增长6%，", "7", "持续向好。", "8", "群众满意。", "9"])]
    assert [m.text for m in page_marks(rows)] == ["7", "8", "9"]
    exponent = [Span(i * 10, i * 10 + len(t), t) for i, t in enumerate(["广义货币M", "2", "增长12%左右。", "M", "2", "余额"])]
    assert page_marks(exponent) == []


def test_a_one_line_copy_of_a_corpus_report_gives_the_same_programs_and_targets(tmp_path):
    """A multi-line report of raw/ joined into one line with U+3000: same programs and targets, offsets into its own text."""
    from pathlib import Path

    from policydata.extract.targets import target_rows

    raw = Path(__file__).resolve().parent.parent / "raw" / "beijing-municipality-2025"
    original = load_document(raw)
    folder = tmp_path / "beijing-municipality-2025"
    folder.mkdir()
    shutil.copy(raw / "source.yml", folder / "source.yml")
    text = "\u3000".join(ln.strip() for ln in original.text.splitlines() if ln.strip())
    (folder / "report.txt").write_text(text, encoding="utf-8")
    flat = load_document(folder)
    assert "\n" not in flat.text and flat.flattened

    def rows(d):
        o = parse_outline(d)
        targets = target_rows(o)[0]
        return ([(p.level, p.title) for p in o.programs], [(r["indicator"], r["value"], r["unit"]) for r in targets],
                o.programs, targets)

    progs, targets, orig_programs, orig_rows = rows(original)
    fprogs, ftargets, programs, frows = rows(flat)
    assert len(progs) > 20 and len(targets) > 20
    assert fprogs == progs
    assert ftargets == targets
    # offsets point into the one-line text: the same words as in the original
    for r, o in zip(frows, orig_rows):
        assert bare(flat.text[r["char_start"]:r["char_end"]]) == bare(original.text[o["char_start"]:o["char_end"]])
    for p, o in zip(programs, orig_programs):
        assert bare(flat.text[p.start:p.title_end]) == bare(original.text[o.start:o.title_end])


def test_a_newspaper_page_turn_is_a_page_mark():
    from policydata.ingest.pages import is_page_mark

    assert is_page_mark("下转7版") and is_page_mark("（上接第4版）") and is_page_mark("— 12 —") and is_page_mark("-9-")
    assert not is_page_mark("第7版规划") and not is_page_mark("2024") and not is_page_mark("——加快发展")


def _wrapped(paragraph: str, width: int = 28) -> str:
    """A paragraph as a PDF prints it: lines of `width` characters, a space at each line break."""
    return " ".join(paragraph[i:i + width] for i in range(0, len(paragraph), width))


def test_a_sentence_end_at_a_full_pdf_line_does_not_end_the_paragraph():
    first = FILLER + "今年工作成效明显。"  # every line but the last ends a sentence at the margin
    second = "过去一年，全市地区生产总值增长5%。" + FILLER
    paras_ = ["一、2023年工作回顾", first, second, "二、2024年工作安排", first]
    text = "各位代表： 现在，我代表市人民政府向大会报告工作。 " + " ".join(_wrapped(p) for p in paras_ * 4)
    got = _paras(text)
    assert got[1:5] == ["一、2023年工作回顾", first, second, "二、2024年工作安排"]
