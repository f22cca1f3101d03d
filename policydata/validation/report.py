"""What `policydata validate` says, in English or Chinese, or as JSON for machines."""

from __future__ import annotations

import json
import locale
import os

from .check import FileResult
from .sources import Unusable

TYPE_NAMES = {"integer": ("an integer", "整数"), "number": ("a number", "数字"),
              "boolean": ("true or false", "布尔值（true/false）"), "date": ("a date as YYYY-MM-DD", "日期（YYYY-MM-DD）"),
              "string": ("text", "文本")}
TYPE_EXAMPLES = {"integer": "3", "number": "5.5", "boolean": "true", "date": "2021-07-16", "string": "文本"}
# What is wrong, with the value.
MESSAGES = {
    "required": ("a value is required but the cell is empty", "必填，但单元格为空"),
    "required-text": ("the document's text is given, so this offset is required, but the cell is empty",
                      "已提供该文件的文本，此位置必填，但单元格为空"),
    "type": ("'{value}' is not {type_en}", "“{value}”不是{type_zh}"),
    "enum": ("'{value}' is not an allowed value", "“{value}”不是允许的值"),
    "pattern": ("'{value}' does not match the pattern {pattern}", "“{value}”不符合格式 {pattern}"),
    "minimum": ("'{value}' is below the minimum {bound}", "“{value}”小于最小值 {bound}"),
    "maximum": ("'{value}' is above the maximum {bound}", "“{value}”大于最大值 {bound}"),
    "primary-key": ("the id '{value}' repeats row {first_row}", "编号“{value}”与第{first_row}行重复"),
    "unique": ("'{value}' repeats row {first_row}; the column must be unique", "“{value}”与第{first_row}行重复，该列不得重复"),
    "foreign-key": ("'{value}' is not a {target} in the tables given", "“{value}”不是所给表中已有的 {target}"),
    "missing-column": ("the column is missing", "缺少该列"),
    "extra-column": ("the column is not in the standard", "标准中没有该列"),
    "span-range": ("the span {value} lies outside the text of {document} ({length} characters)",
                   "位置 {value} 超出文件 {document} 的文本（共{length}个字符）"),
    "span-text": ("text[{start}:{end}] of {document} is '{found}', not the source_text '{value}'",
                  "文件 {document} 的 text[{start}:{end}] 为“{found}”，与原文“{value}”不同"),
    "char-count": ("char_count is {value}, but text/{document}.txt has {length} characters",
                   "char_count 为 {value}，但 text/{document}.txt 有{length}个字符"),
    "no-text": ("no text/{value}.txt: the offsets of this document cannot be checked",
                "缺少 text/{value}.txt：该文件的位置无法检查"),
    "parquet-type": ("the column is stored as {found}; the standard says {expected}: convert the column",
                     "该列存储类型为 {found}，标准要求 {expected}：请转换该列类型"),
    "row-structure": ("a row has {actual} fields instead of {expected} ('{value}'): check its quoting and delimiter",
                      "某行有 {actual} 个字段而非 {expected} 个（“{value}”）：请检查引号和分隔符"),
    "encoding": ("the file is {found}; the standard is UTF-8: re-save it as UTF-8 (in Excel: 'CSV UTF-8')",
                 "文件编码为 {found}，标准要求 UTF-8：请另存为 UTF-8（Excel 中选择“CSV UTF-8”）"),
    "declared-hash": ("the file does not match the sha256 that datapackage.json declares for it ({expected}): it was "
                      "changed after it was published", "文件与 datapackage.json 声明的 sha256（{expected}）不符："
                                                        "发布后被修改过"),
    "declared-bytes": ("the file is {found} bytes, but datapackage.json declares {expected}: it was changed after it "
                       "was published", "文件为 {found} 字节，但 datapackage.json 声明为 {expected} 字节：发布后被修改过"),
    "declared-path": ("the descriptor's path {found} cannot be trusted: {why}", "描述文件中的路径 {found} 不可信：{why}"),
    "delimiter": ("the file is separated by {found}; the standard uses commas: re-save it comma-separated",
                  "文件以{found}分隔，标准要求逗号：请另存为逗号分隔"),
}
# What is expected instead; {example} is appended from the schema when the field has one.
EXPECTED = {
    "required": ("fill in {title}", "请填写{title_zh}"),
    "required-text": ("fill in {title}: {description}", "请填写{title_zh}：{description_zh}"),
    "type": ("expected {type_en}", "应为{type_zh}"),
    "enum": ("expected one of {allowed} (the template's drop-down list offers them)",
             "应为以下之一：{allowed}（模板中可从下拉列表选择）"),
    "pattern": ("expected: {description}", "应为：{description_zh}"),
    "minimum": ("expected {bound} or more", "应不小于 {bound}"),
    "maximum": ("expected {bound} or less", "应不大于 {bound}"),
    "primary-key": ("give every row its own {column} (any text, unique in the resource)",
                    "每行的 {column} 须互不相同（任意文字均可，在同一资源内唯一）"),
    "unique": ("every row needs its own {column}", "每行的 {column} 须互不相同"),
    "foreign-key": ("use a {target} that the {ref_resource} table has{or_empty}",
                    "应填写 {ref_resource} 表中已有的 {ref_field}{or_empty_zh}"),
    "missing-column": ("add the column {column} ({title}), empty where unknown", "请补上 {column} 列（{title_zh}），未知处留空"),
    "extra-column": ("remove or rename it{suggestion}", "请删除或改名{suggestion_zh}"),
    "span-range": ("offsets count characters (not bytes) from 0, with char_start ≤ char_end ≤ the text's length",
                   "位置按字符（非字节）从 0 计数，且 char_start ≤ char_end ≤ 文本长度"),
    "span-text": ("the source_text must be exactly the text between the offsets; offsets count characters from 0",
                  "原文须与两位置之间的文字完全一致；位置按字符从 0 计数"),
    "char-count": ("expected {length}", "应为 {length}"),
    "declared-hash": ("restore the published file (from git or a backup) or publish the package again",
                      "请恢复已发布的文件（从 git 或备份），或重新发布数据包"),
    "declared-bytes": ("restore the published file (from git or a backup) or publish the package again",
                       "请恢复已发布的文件（从 git 或备份），或重新发布数据包"),
    "no-text": ("add the document's text beside the tables (text/<document_id>.txt)",
                "请在表格旁提供该文件的文本（text/<document_id>.txt）"),
}
# Where a command does the work.
COMMANDS = {
    "mint": ("`policydata ids TABLE… --out DIR` mints these ids from the document id and each row's content",
             "`policydata ids 表格… --out 目录` 可按文件编号和各行内容生成编号"),
    "exchange": ("an agency's own ids pass with `--profile exchange`", "报送方自定的编号可用 `--profile exchange` 检查"),
    "template": ("`policydata template {resource}` writes a table with every column in order",
                 "`policydata template {resource}` 可生成含全部列的模板"),
}
NOTES = {
    "spans-unchecked": ("offsets of {rows} row(s) not checked against a text: their documents' texts were not given "
                        "(put text/<document_id>.txt beside the tables, or pass --texts DIR)",
                        "有{rows}行的位置未据文本检查：未提供其文件的文本（请在表格旁放 text/<document_id>.txt，或使用 --texts 目录）"),
    "fk-unchecked": ("foreign key {column} → {target} not checked: that table was not given; pass it too to check "
                     "the references", "外键 {column} → {target} 未检查：未提供该表；请一并提供以检查引用"),
    "no-rows": ("the table has a header but no rows", "表格只有表头，没有数据行"),
}
UNUSABLE = {
    "not-found": ("no such file or folder", "文件或文件夹不存在"),
    "no-tables": ("no CSV, Parquet or XLSX files in this folder", "该文件夹中没有 CSV、Parquet 或 XLSX 文件"),
    "unknown-format": ("'{suffix}' files are not tables this command reads (CSV, Parquet, XLSX, datapackage.json)",
                       "不支持“{suffix}”格式（支持 CSV、Parquet、XLSX、datapackage.json）"),
    "bad-package": ("not a data package descriptor (no resources)", "不是数据包描述文件（没有 resources）"),
    "unknown-resource": ("cannot tell which resource this is: name the file after one ({names}) or pass --resource",
                         "无法判断这是哪个资源：请按资源命名文件（{names}）或使用 --resource"),
    "empty": ("the file is empty", "文件为空"),
    "binary": ("a binary file, not a CSV (did you mean to save it as CSV?)", "这是二进制文件而非 CSV（是否需要另存为 CSV？）"),
    "not-text": ("not text in UTF-8 or GB18030: re-save it as CSV UTF-8", "不是 UTF-8 或 GB18030 文本：请另存为 UTF-8 编码的 CSV"),
    "not-csv": ("cannot be read as CSV: {why}", "无法作为 CSV 读取：{why}"),
    "not-parquet": ("not a readable Parquet file: {why}", "不是可读取的 Parquet 文件：{why}"),
    "not-xlsx": ("not a readable XLSX workbook: {why}", "不是可读取的 XLSX 工作簿：{why}"),
    "unreadable": ("cannot be read: {why}", "无法读取：{why}"),
    "schemas-unreadable": ("the schemas at {where} cannot be read: {why}", "无法读取 {where} 的架构：{why}"),
}
HOW = {"name": ("by its name", "依据文件名"), "header": ("by its columns", "依据列名"), "option": ("as given", "按指定"),
       "package": ("from its package", "依据数据包"), "": ("", "")}


def default_lang() -> str:
    lang = os.environ.get("LC_ALL") or os.environ.get("LANG") or (locale.getlocale()[0] or "")
    return "zh" if lang.lower().startswith("zh") else "en"


def _fmt(table: dict, key: str, lang: str, params: dict) -> str:
    en, zh = table[key]
    template = zh if lang == "zh" else en
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def _field(r: FileResult | None, column: str | None) -> dict:
    if r is None or r.schema is None or column is None:
        return {}
    return next((f for f in r.schema["fields"] if f["name"] == column), {})


def _example(f: dict) -> str | None:
    v = f.get("example")
    if v is None or v == "":
        return TYPE_EXAMPLES.get(f.get("type", ""), None) if f else None
    return json.dumps(v) if isinstance(v, bool) else str(v)


def _kind(p) -> str:
    return "required-text" if p.kind == "required" and p.params.get("reason") == "text" else p.kind


def _mintable(r: FileResult | None, column: str | None) -> bool:
    """Whether the column holds ids that `policydata ids` mints (the resource's key or a reference to one)."""
    if r is None or r.schema is None or not column:
        return False
    s = r.schema
    if column in s.get("primaryKey", []):
        return "idScheme" in s
    return any(column in fk["fields"] and fk["reference"]["fields"] != ["document_id"] for fk in s.get("foreignKeys", []))


def _params(p, r: FileResult | None) -> dict:
    f = _field(r, p.column)
    params = dict(p.params, value=_short(p.value), column=p.column, title=f.get("title", p.column),
                  title_zh=f.get("title_zh", p.column), description=f.get("description", "").rstrip("。."),
                  description_zh=f.get("description_zh", "").rstrip("。."))
    if "found" in params:
        params["found"] = _short(params["found"])
    if p.kind == "type":
        params["type_en"], params["type_zh"] = TYPE_NAMES[p.params.get("expected", "string")]
    if p.kind == "enum":
        params["allowed"] = ", ".join(str(v) for v in f.get("constraints", {}).get("enum", [])) or p.params.get("allowed")
    if p.kind == "foreign-key":
        res, _, ref_field = str(p.params.get("target", "")).partition(".")
        params.update(ref_resource=res or (r.resource if r else ""), ref_field=ref_field,
                      or_empty="" if f.get("constraints", {}).get("required") else ", or leave it empty",
                      or_empty_zh="" if f.get("constraints", {}).get("required") else "，无则留空")
    if p.kind == "extra-column":
        params["suggestion"] = params["suggestion_zh"] = ""
        guess = _rename_guess(r, p.column)
        if guess:
            params["suggestion"], params["suggestion_zh"] = f" (did you mean {guess}?)", f"（是否应为 {guess}？）"
    if p.kind == "primary-key" and "first_row" not in params:
        params["first_row"] = "?"
    return params


def _short(v, n: int = 40):
    """A cell value fit for one line: line breaks shown, long texts cut."""
    if not isinstance(v, str):
        return v
    v = v.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")
    return v if len(v) <= n else v[:n] + "…"


def _sentence(text: str, lang: str) -> str:
    return text if lang == "zh" or not text else text[0].upper() + text[1:]


def _rename_guess(r: FileResult | None, column: str | None) -> str | None:
    """The field an unknown column probably is: one whose title it is, or the closest name."""
    import difflib

    if r is None or r.schema is None or not column:
        return None
    fields = r.schema["fields"]
    for f in fields:
        if column in (f.get("title"), f.get("title_zh")) or column.lower() == f["name"].lower():
            return f["name"]
    close = difflib.get_close_matches(column.lower(), [f["name"] for f in fields], n=1, cutoff=0.75)
    return close[0] if close else None


def advice(p, r: FileResult | None, lang: str) -> dict:
    """What the problem is, what is expected (with an example from the schema) and a command that helps."""
    kind = _kind(p)
    params = _params(p, r)
    f = _field(r, p.column)
    out = {"problem": _fmt(MESSAGES, kind, lang, params), "expected": None, "example": None, "command": None}
    if kind in EXPECTED:
        out["expected"] = _fmt(EXPECTED, kind, lang, params)
        if kind in ("required", "required-text", "type", "enum", "pattern", "minimum", "maximum", "primary-key",
                    "unique") and f:
            out["example"] = _example(f)
    commands = []
    if kind in ("pattern", "primary-key", "unique") and _mintable(r, p.column):
        commands.append("mint")
        if kind == "pattern" and r is not None and r.profile == "publication":
            commands.append("exchange")
    if kind == "missing-column":
        commands.append("template")
    if commands:
        sep = "；" if lang == "zh" else "; "
        out["command"] = sep.join(_fmt(COMMANDS, c, lang, {"resource": r.resource if r else ""}) for c in commands)
    return out


def problem_message(p, lang: str, r: FileResult | None = None) -> str:
    """One line: the problem, what is expected with an example, and a command where one helps."""
    a = advice(p, r, lang)
    zh = lang == "zh"
    text = a["problem"]
    if a["expected"]:
        text += ("。" if zh else ". ") + _sentence(a["expected"], lang)
        if a["example"] is not None:
            text += f"，例如“{_short(a['example'])}”" if zh else f", e.g. '{_short(a['example'])}'"
    if a["command"]:
        text += ("。" if zh else ". ") + _sentence(a["command"], lang)
    return text


def where(p, lang: str, r: FileResult | None = None) -> str:
    parts = []
    if p.row is not None:
        parts.append(f"第{p.row}行" if lang == "zh" else f"row {p.row}")
    if p.column:
        f = _field(r, p.column)
        if lang == "zh":
            parts.append(f"{p.column}列" + (f"（{f['title_zh']}）" if f.get("title_zh") else ""))
        else:
            parts.append(f"column {p.column}" + (f" ({f['title']})" if f.get("title") else ""))
    return ("，" if lang == "zh" else ", ").join(parts)


def unusable_message(u: Unusable, lang: str) -> str:
    return _fmt(UNUSABLE, u.key, lang, u.params)


def render_text(results: list[FileResult], lang: str, max_errors: int) -> str:
    zh = lang == "zh"
    out = []
    for r in results:
        if r.unusable:
            out.append(f"! {r.path}: " + ("无法读取：" if zh else "unusable: ") + unusable_message(r.unusable, lang))
            continue
        how = HOW[r.how][1 if zh else 0]
        what = f"{r.resource}" + (f"，{how}识别" if zh and how else f", recognised {how}" if how else "")
        rows = f"{r.rows}行" if zh else f"{r.rows} row{'s' if r.rows != 1 else ''}"
        rows += f"，{r.profile} 规范" if zh else f", {r.profile} profile"
        if r.valid:
            out.append(f"✔ {r.path} ({what}, {rows}): " + ("有效" if zh else "valid"))
        else:
            n = r.problems.total
            out.append(f"✘ {r.path} ({what}, {rows}): " + (f"{n}个错误" if zh else f"{n} error{'s' if n != 1 else ''}"))
        for kind, params in r.notes:
            if kind in NOTES:
                out.append("    " + ("注：" if zh else "note: ") + _fmt(NOTES, kind, lang, params))
        shown = sorted((p for ex in r.problems.examples.values() for p in ex[:max_errors]),
                       key=lambda p: (p.row is not None, p.row or 0))
        for p in shown:
            loc = where(p, lang, r)
            out.append(f"    {loc + ('：' if zh else ': ') if loc else ''}{problem_message(p, lang, r)}")
        for key, examples in r.problems.examples.items():
            rest = r.problems.counts[key] - min(len(examples), max_errors)
            if rest > 0:
                kind, column = key
                out.append(f"    … 另有{rest}个同类错误（{kind}，{column}列）" if zh else
                           f"    … and {rest} more {kind} error{'s' if rest != 1 else ''} in column {column}")
    out.append(summary(results, lang))
    return "\n".join(out)


def summary(results: list[FileResult], lang: str) -> str:
    n = len(results)
    valid = sum(r.status == "valid" for r in results)
    invalid = sum(r.status == "invalid" for r in results)
    unusable = sum(r.status == "unusable" for r in results)
    if lang == "zh":
        return f"共{n}个文件：{valid}个有效，{invalid}个无效，{unusable}个无法读取"
    return f"{n} file{'s' if n != 1 else ''}: {valid} valid, {invalid} invalid, {unusable} unusable"


def render_json(results: list[FileResult], lang: str, max_errors: int) -> str:
    files = []
    for r in results:
        entry = {"path": str(r.path), "status": r.status, "resource": r.resource, "recognised_by": r.how or None,
                 "profile": r.profile, "header_row": r.header_row if not r.unusable else None,
                 "rows": r.rows if not r.unusable else None, "error_count": r.problems.total,
                 "error_counts": [{"kind": k, "column": c, "count": n} for (k, c), n in r.problems.counts.items()],
                 "errors": [_error_json(p, r, lang) for ex in r.problems.examples.values() for p in ex[:max_errors]],
                 "notes": [{"kind": k, "message": _fmt(NOTES, k, lang, v), **v} for k, v in r.notes if k in NOTES]}
        if r.unusable:
            entry["unusable"] = {"kind": r.unusable.key, "message": unusable_message(r.unusable, lang)}
        files.append(entry)
    valid = all(r.valid for r in results)
    return json.dumps({"valid": valid, "summary": summary(results, lang), "files": files}, ensure_ascii=False, indent=2)


def _error_json(p, r: FileResult, lang: str) -> dict:
    a = advice(p, r, lang)
    return {**p.params, "kind": p.kind, "row": p.row, "column": p.column, "value": p.value,
            "message": problem_message(p, lang, r), "problem": a["problem"],
            "hint": {"expected": a["expected"], "example": a["example"], "command": a["command"]}}


def exit_code(results: list[FileResult]) -> int:
    if any(r.unusable for r in results):
        return 2
    return 0 if all(r.valid for r in results) else 1
