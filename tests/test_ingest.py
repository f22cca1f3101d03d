"""Ingest rules: source.yml checks, decoding, site chrome, document folders."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import SEED, SMALL_REPORT, source_yml, write_doc
from policydata.errors import InputError
from policydata.ingest import discover, load_document
from policydata.ingest.chrome import find_body, is_chrome_line
from policydata.ingest.decode import decode_bytes
from policydata.ingest.metadata import load_metadata

REPORT = "今年主要预期目标是：地区生产总值增长6%左右。\n（一）做好重点工作\n推进各项改革。持续改善民生。\n"


# --- source.yml -------------------------------------------------------------

def meta_file(tmp_path, text):
    p = tmp_path / "source.yml"
    p.write_text(text, encoding="utf-8")
    return p


def test_metadata_valid(tmp_path):
    m = load_metadata(meta_file(tmp_path, source_yml()))
    assert m.region_code == "110105" and m.plan_year == 2021 and m.published == dt.date(2021, 2, 1)
    assert m.encoding is None and m.url == ""


def test_published_may_be_left_out_when_the_copy_states_no_date(tmp_path):
    assert load_metadata(meta_file(tmp_path, source_yml(published=None))).published is None


def test_provenance_of_a_copy_from_a_repository_or_an_archive(tmp_path):
    yml = source_yml() + 'repository: "someone/reports@0123abcd"\npath: "data/城市.txt"\n'
    assert load_metadata(meta_file(tmp_path, yml)).provenance == "someone/reports@0123abcd:data/城市.txt"
    yml = source_yml() + 'archive: "https://archive.example.org/2024/report"\n'
    assert load_metadata(meta_file(tmp_path, yml)).provenance == "https://archive.example.org/2024/report"
    assert load_metadata(meta_file(tmp_path, source_yml())).provenance == ""


@pytest.mark.parametrize("extra, message", [
    ('path: "data/a.txt"\n', "give the 'repository'"),
    ('repository: "a/b@1"\narchive: "https://x.org/a"\n', "not both"),
    ('archive: "an old copy"\n', r"is not an http\(s\) address"),
])
def test_provenance_errors(tmp_path, extra, message):
    with pytest.raises(InputError, match=message):
        load_metadata(meta_file(tmp_path, source_yml() + extra))


def test_metadata_accepts_unquoted_region_code(tmp_path):
    assert load_metadata(meta_file(tmp_path, source_yml(region_code="110105"))).region_code == "110105"


@pytest.mark.parametrize("override, message", [
    ({"title": None}, "required key 'title' is missing"),
    ({"issuer": '""'}, "required key 'issuer' is missing or empty"),
    ({"region_code": '"12010"'}, "region_code '12010' is not a six-digit"),
    ({"region_code": '"abc123"'}, "is not a six-digit"),
    ({"plan_year": '"2020"'}, "plan_year must be a year"),
    ({"plan_year": "1800"}, "plan_year must be a year"),
    ({"published": "16/07/2021"}, "published must be a date"),
    ({"url": "ftp://example"}, "is not an http(s) address"),
    ({"language": '"Chinese language"'}, "is not a language tag"),
    ({"encoding": "klingon-8"}, "is not an encoding Python knows"),
    ({"colour": "red"}, "unknown key(s) colour"),
])
def test_metadata_errors_name_file_and_problem(tmp_path, override, message):
    p = meta_file(tmp_path, source_yml(**override))
    with pytest.raises(InputError) as exc:
        load_metadata(p)
    assert str(exc.value).startswith(str(p) + ": ")
    assert message in str(exc.value)


def test_metadata_missing_file(tmp_path):
    with pytest.raises(InputError, match="source.yml is missing"):
        load_metadata(tmp_path / "source.yml")


def test_metadata_not_yaml(tmp_path):
    with pytest.raises(InputError, match="not valid YAML at line 2"):
        load_metadata(meta_file(tmp_path, "title: a\n  - : [\n"))


def test_metadata_not_a_mapping(tmp_path):
    with pytest.raises(InputError, match="must be a mapping"):
        load_metadata(meta_file(tmp_path, "- a\n- b\n"))


# --- decoding ---------------------------------------------------------------

def test_utf8_with_and_without_bom_give_the_same_text(tmp_path):
    plain, enc = decode_bytes(REPORT.encode("utf-8"), tmp_path / "r.txt")
    bom, enc2 = decode_bytes(b"\xef\xbb\xbf" + REPORT.encode("utf-8"), tmp_path / "r.txt")
    assert plain == bom == REPORT and enc == enc2 == "utf-8"


def test_gb18030_declared(tmp_path):
    text, enc = decode_bytes(REPORT.encode("gb18030"), tmp_path / "r.txt", declared="gb18030")
    assert text == REPORT and enc == "gb18030"


def test_gb18030_undeclared_is_detected(tmp_path):
    text, enc = decode_bytes((REPORT * 5).encode("gb18030"), tmp_path / "r.txt")
    assert text == REPORT * 5 and enc == "gb18030"


def test_wrong_declared_encoding_names_the_byte(tmp_path):
    with pytest.raises(InputError, match=r"does not decode as utf-8 \(declared in source.yml\): invalid byte 0x"):
        decode_bytes(REPORT.encode("gb18030"), tmp_path / "r.txt", declared="utf-8")


@pytest.mark.parametrize("data, message", [
    (b"", "the file is empty"),
    (b" \n\t\r\n", "only whitespace"),
    (bytes(range(256)) * 4, "binary file"),
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary file"),
])
def test_unusable_bytes(tmp_path, data, message):
    with pytest.raises(InputError, match=message):
        decode_bytes(data, tmp_path / "r.txt")


def test_undetectable_non_chinese_bytes(tmp_path):
    with pytest.raises(InputError, match="declare it in source.yml"):
        decode_bytes(bytes([0xE9, 0x20, 0xE8, 0x20, 0xFC]) * 3, tmp_path / "r.txt")


# --- site chrome ------------------------------------------------------------

@pytest.mark.parametrize("line", ["首页 > 政务公开 > 计划总结", "发布时间：2021-03-01  来源：区发改委",
                                  "主办单位：某区人民政府办公室", "京ICP备12345678号", "微信", "丨 关怀版 丨 无障碍浏览"])
def test_chrome_lines(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", ["推进政务服务“一网通办”，开通政务微信公众号。", "（一）加快发展数字经济",
                                  "主办单位：市卫生健康委、市医保局，各区县人民政府"])
def test_report_lines_are_not_chrome(line):
    assert not is_chrome_line(line)


def test_body_excludes_header_and_footer_chrome_but_keeps_the_text():
    text = "首页 | 政务公开\n\n某区2021年政府工作报告\n\n发布日期：2021-02-01\n\n现在，我代表区政府报告工作。\n推进改革。\n\n版权所有：某区人民政府\n微博\n"
    body, chrome = find_body(text)
    assert body.text == "现在，我代表区政府报告工作。\n推进改革。"
    assert [c.text for c in chrome] == ["首页 | 政务公开", "发布日期：2021-02-01", "版权所有：某区人民政府", "微博"]


def test_an_annex_table_naming_the_units_in_charge_stays_in_the_body():
    """An annex of works lists 主办单位 under each (several units, a comma): the body goes on past it."""
    text = ("现在，我代表市政府报告工作。\n推进改革。\n各位代表！让我们团结奋斗！\n附件\n2026年十件民生实事\n"
            "一、扩大就业\n年度目标：城镇新增就业3万人以上。\n主办单位：市人力社保局、市财政局，各区县人民政府\n"
            "二、改造老旧小区\n年度目标：改造老旧小区120个。\n")
    body, chrome = find_body(text)
    assert chrome == [] and body.text.endswith("改造老旧小区120个。")


def test_chrome_words_inside_the_report_are_content():
    text = "现在，我代表区政府报告工作。\n开通政务微信，方便群众办事。\n微信\n主要目标是：增长5%。\n"
    body, chrome = find_body(text)
    assert chrome == [] and body.text.endswith("增长5%。")


# --- document folders -------------------------------------------------------

def test_seed_document():
    doc = load_document(SEED)
    assert doc.document_id == "tj-heping-2020" and doc.source_format == "txt"
    assert doc.text == (SEED / "report.txt").read_bytes().decode("utf-8")
    assert doc.body.text.startswith("2020年是全面建成") and len(doc.chrome) == 9  # 8 chrome lines and a stray "`"


def test_document_id_must_be_lowercase_ascii(tmp_path):
    folder = write_doc(tmp_path, "Heping_2020", SMALL_REPORT, source_yml())
    with pytest.raises(InputError, match="lowercase ASCII"):
        load_document(folder)


def test_two_report_files(tmp_path):
    folder = write_doc(tmp_path, "a-2021", SMALL_REPORT, source_yml())
    (folder / "report.html").write_text("<html></html>", encoding="utf-8")
    with pytest.raises(InputError, match=r"more than one report file \(report.html, report.txt\)"):
        load_document(folder)


def test_no_report_file(tmp_path):
    folder = tmp_path / "a-2021"
    folder.mkdir()
    (folder / "source.yml").write_text(source_yml(), encoding="utf-8")
    with pytest.raises(InputError, match="no report file"):
        load_document(folder)


def test_text_without_any_sentence(tmp_path):
    folder = write_doc(tmp_path, "a-2021", "首页\n微信\n微博\n", source_yml())
    with pytest.raises(InputError, match="no report text found"):
        load_document(folder)


def test_discover_sorted_and_names_hidden_folders(tmp_path):
    for name in ("b-2021", "a-2021", ".hidden-2020"):
        (tmp_path / name).mkdir()
    (tmp_path / "notes.md").write_text("not a document", encoding="utf-8")
    assert [p.name for p in discover(tmp_path)] == [".hidden-2020", "a-2021", "b-2021"]  # never skipped silently
    with pytest.raises(InputError, match=r"\.hidden-2020: a hidden folder in the raw folder"):
        load_document(tmp_path / ".hidden-2020")


def test_discover_errors(tmp_path):
    with pytest.raises(InputError, match="raw folder not found"):
        discover(tmp_path / "nope")
    with pytest.raises(InputError, match="no document folders"):
        discover(tmp_path)


# --- text shapes of real pages ------------------------------------------------

REPORT_COPY = (
    "某市2024年政府工作报告\n"
    "——2024年1月20日在某市第十届人民代表大会第三次会议上\n"
    "某市人民政府市长 某某\n"
    "各位代表：\n"
    "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员提出意见。\n"
    "一、2023年工作回顾\n"
    + "".join(f"过去一年，第{n}项工作扎实推进，各项任务圆满完成，群众满意度持续提高。\n" for n in range(1, 16))
    + "二、2024年工作安排\n"
    + "".join(f"今年要抓好第{n}项重点任务，确保按期完成，取得更大实效。\n" for n in range(1, 16))
    + "各位代表！让我们团结一心，为建设美好家园而努力奋斗！\n"
)
LINK_LISTS = "".join(f"{name}\n" for name in ("各区县", "甲区", "乙区", "丙县", "市政府各部门", "市发展改革委", "市教育局"))
NAVIGATION = "首页\n政务公开\n当前位置：首页 > 政府工作报告\n"


def test_a_page_holding_the_report_twice_is_read_once(tmp_path):
    text = NAVIGATION + REPORT_COPY + LINK_LISTS + NAVIGATION + REPORT_COPY + "版权所有：某市人民政府\n"
    doc = load_document(write_doc(tmp_path, "a-2024", text, source_yml()))
    second = text.index(REPORT_COPY, text.index(REPORT_COPY) + 1)
    assert doc.text == text  # the published text keeps both copies
    assert doc.body.start == text.index("现在，我代表") and doc.body.text.endswith("而努力奋斗！")
    assert doc.body.end < second
    [dup] = doc.duplicates
    assert dup.start == second and dup.text == REPORT_COPY.rstrip("\n")


def test_a_report_quoting_itself_is_not_a_doubled_page(tmp_path):
    line = "坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念。\n"
    text = "各位代表：\n现在，我代表市人民政府报告工作。\n" + line + "一、工作回顾\n过去一年成绩显著。\n" + line
    doc = load_document(write_doc(tmp_path, "a-2024", text, source_yml()))
    assert doc.duplicates == [] and doc.body.text.endswith(line.strip())


def test_doubled_page_is_a_source_issue(tmp_path):
    from policydata.extract.outline import parse_outline
    from policydata.extract.quality import issue_rows
    text = NAVIGATION + REPORT_COPY + LINK_LISTS + NAVIGATION + REPORT_COPY
    doc = load_document(write_doc(tmp_path, "a-2024", text, source_yml()))
    rows = [r for r in issue_rows(parse_outline(doc), []) if r["kind"] == "duplicated-text"]
    assert [(r["char_start"], r["char_end"]) for r in rows] == [(doc.duplicates[0].start, doc.duplicates[0].end)]


def test_metadata_header_title_block_and_caption_stay_outside_the_body():
    text = ("标题：2024年某市政府工作报告\n发文单位：某市人民政府\n发文时间：未知\n来源URL：https://example.org/a.html\n正文：\n"
            "——2024年1月20日在某市第十届人民代表大会第三次会议上\n某某作政府工作报告。记者 某某 摄\n"
            "各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2023年工作回顾\n过去一年，经济运行稳中向好。\n")
    body, chrome = find_body(text)
    assert body.text.startswith("现在，我代表") and body.text.endswith("稳中向好。")
    assert {c.text for c in chrome} >= {"标题：2024年某市政府工作报告", "发文单位：某市人民政府", "正文：",
                                        "某某作政府工作报告。记者 某某 摄"}


def test_repost_chrome_and_editorial_summary_before_the_opening_stay_outside():
    text = ("2024年某省政府工作报告_财经评论_某某网\n2024-01-28 07:27:21\n来源：某某日报 作者：某某\n"
            "近日某省省长作政府工作报告，提出要加快建设现代化产业体系。\n"
            "各位代表，现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n过去一年，发展稳中有进。\n"
            "各位代表！让我们团结奋斗，创造新的更大业绩！\n"
            "（文章来源：某某日报） [点击查看原文]\n郑重声明：用户发表的所有信息仅代表个人观点，与本网站无关。\n")
    body, _ = find_body(text)
    assert body.text.startswith("各位代表，现在") and body.text.endswith("新的更大业绩！")


def test_licence_notice_after_the_closing_stays_outside():
    text = ("各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、过去一年工作回顾\n过去一年，经济平稳运行。\n"
            "各位代表！\n让我们团结奋斗，为实现宏伟目标而不懈奋斗！\n\n\n"
            "本作品是中华人民共和国的\n法律\n、\n法规\n，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件。"
            "根据《\n著作权法\n》第五条第一项，本作品不适用于该法，属于\n公有领域\n。\n"
            "注：社群认为，公务演讲不总是具有立法性质的文件。\n\nPublic domain\nfalse\n")
    body, _ = find_body(text)
    assert body.text.endswith("而不懈奋斗！")


def test_editor_line_and_attachment_link_after_the_closing_stay_outside():
    text = ("各位代表：\n现在，我代表市政府报告工作。\n一、工作回顾\n过去一年，成绩显著。\n"
            "各位代表！让我们携手奋进，再创佳绩！\n附件：2024年某市政府工作报告.pdf\n（责任编辑：某某）\n编辑推荐\n"
            "某地风景如画，游客纷至沓来。\n")
    body, chrome = find_body(text)
    assert body.text.endswith("再创佳绩！")
    assert "附件：2024年某市政府工作报告.pdf" in {c.text for c in chrome}


def test_a_glossary_after_the_closing_stays_in_the_body():
    text = ("各位代表：\n现在，我代表区政府报告工作。\n一、工作回顾\n过去一年，成绩显著。\n"
            "各位代表！让我们携手奋进，再创佳绩！\n名词解释：\n1．一网通办：是指政务服务一网办理。\n"
            "版权所有：某区人民政府\n")
    body, _ = find_body(text)
    assert body.text.endswith("是指政务服务一网办理。")


def test_a_closing_address_without_an_opening_one_does_not_move_the_start():
    text = "首页 | 政务公开\n2020年是全面建成小康社会之年。\n一、工作安排\n推进改革。\n各位代表，让我们团结奋斗！\n"
    body, _ = find_body(text)
    assert body.text.startswith("2020年是全面建成")
