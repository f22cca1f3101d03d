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
MESSAGES = {
    "required": ("a value is required but the cell is empty", "必填，但单元格为空"),
    "type": ("'{value}' is not {type_en}", "“{value}”不是{type_zh}"),
    "enum": ("'{value}' is not one of: {allowed}", "“{value}”不在允许值之中：{allowed}"),
    "pattern": ("'{value}' does not match the pattern {pattern}", "“{value}”不符合格式 {pattern}"),
    "minimum": ("'{value}' is below the minimum {bound}", "“{value}”小于最小值 {bound}"),
    "maximum": ("'{value}' is above the maximum {bound}", "“{value}”大于最大值 {bound}"),
    "primary-key": ("the primary key '{value}' repeats an earlier row", "主键“{value}”与前面的行重复"),
    "unique": ("'{value}' repeats an earlier row; the column must be unique", "“{value}”与前面的行重复，该列不得重复"),
    "foreign-key": ("'{value}' is not a {target} in the tables given", "“{value}”在所给的 {target} 中不存在"),
    "missing-column": ("the column is missing; the standard lists it (add it, empty where unknown)",
                       "缺少该列；标准中有此列（请补上，未知处留空）"),
    "extra-column": ("the column is not in the standard; remove or rename it", "标准中没有该列；请删除或改名"),
    "parquet-type": ("the column is stored as {found}; the standard says {expected}: convert the column",
                     "该列存储类型为 {found}，标准要求 {expected}：请转换该列类型"),
    "row-structure": ("a row has {actual} fields instead of {expected} ('{value}'): check its quoting and delimiter",
                      "某行有 {actual} 个字段而非 {expected} 个（“{value}”）：请检查引号和分隔符"),
    "encoding": ("the file is {found}; the standard is UTF-8: re-save it as UTF-8 (in Excel: 'CSV UTF-8')",
                 "文件编码为 {found}，标准要求 UTF-8：请另存为 UTF-8（Excel 中选择“CSV UTF-8”）"),
    "delimiter": ("the file is separated by {found}; the standard uses commas: re-save it comma-separated",
                  "文件以{found}分隔，标准要求逗号：请另存为逗号分隔"),
}
NOTES = {
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


def problem_message(p, lang: str) -> str:
    params = dict(p.params, value=p.value, column=p.column)
    if p.kind == "type":
        params["type_en"], params["type_zh"] = TYPE_NAMES[p.params.get("expected", "string")]
    return _fmt(MESSAGES, p.kind, lang, params)


def where(p, lang: str) -> str:
    parts = []
    if p.row is not None:
        parts.append(f"第{p.row}行" if lang == "zh" else f"row {p.row}")
    if p.column:
        parts.append(f"{p.column}列" if lang == "zh" else f"column {p.column}")
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
        if r.valid:
            out.append(f"✔ {r.path} ({what}, {rows}): " + ("有效" if zh else "valid"))
        else:
            n = r.problems.total
            out.append(f"✘ {r.path} ({what}, {rows}): " + (f"{n}个错误" if zh else f"{n} error{'s' if n != 1 else ''}"))
        for kind, params in r.notes:
            if kind in NOTES:
                out.append("    " + ("注：" if zh else "note: ") + _fmt(NOTES, kind, lang, params))
        for key, examples in r.problems.examples.items():
            for p in examples[:max_errors]:
                loc = where(p, lang)
                out.append(f"    {loc + ('：' if zh else ': ') if loc else ''}{problem_message(p, lang)}")
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
                 "rows": r.rows if not r.unusable else None, "error_count": r.problems.total,
                 "error_counts": [{"kind": k, "column": c, "count": n} for (k, c), n in r.problems.counts.items()],
                 "errors": [{"kind": p.kind, "row": p.row, "column": p.column, "value": p.value,
                             "message": problem_message(p, lang), **p.params}
                            for ex in r.problems.examples.values() for p in ex[:max_errors]],
                 "notes": [{"kind": k, "message": _fmt(NOTES, k, lang, v), **v} for k, v in r.notes if k in NOTES]}
        if r.unusable:
            entry["unusable"] = {"kind": r.unusable.key, "message": unusable_message(r.unusable, lang)}
        files.append(entry)
    valid = all(r.valid for r in results)
    return json.dumps({"valid": valid, "summary": summary(results, lang), "files": files}, ensure_ascii=False, indent=2)


def exit_code(results: list[FileResult]) -> int:
    if any(r.unusable for r in results):
        return 2
    return 0 if all(r.valid for r in results) else 1
