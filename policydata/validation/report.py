"""What `policydata validate` says, in English or Chinese, or as JSON for machines."""

from __future__ import annotations

import json
import locale
import os

from .check import FileResult
from .sources import Unusable
from .suggest import read_number
from ..standard.wording import catalogue, pairs

_V = "validation"
TYPE_NAMES = pairs(_V, "type_names")
TYPE_EXAMPLES = catalogue()[_V]["type_examples"]
MESSAGES = pairs(_V, "messages")  # what is wrong, with the value
EXPECTED = pairs(_V, "expected")  # what is expected instead; {example} is appended from the schema when the field has one
COMMANDS = pairs(_V, "commands")  # where a command does the work
NOTES = pairs(_V, "notes")
UNUSABLE = pairs(_V, "unusable")
HOW = pairs(_V, "how")
DELIMITERS = pairs(_V, "delimiters")  # how a file's separator is named in each language
PROFILE_ZH = {k: zh for k, (_, zh) in pairs(_V, "profiles").items()}


def default_lang() -> str:
    lang = os.environ.get("LC_ALL") or os.environ.get("LANG") or (locale.getlocale()[0] or "")
    return "zh" if lang.lower().startswith("zh") else "en"


def _fmt(table: dict, key: str, lang: str, params: dict) -> str:
    en, zh = table[key]
    template = zh if lang == "zh" else en
    params = _localised(key, params, lang)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def _localised(key: str, params: dict, lang: str) -> dict:
    """Parameters whose words depend on the language: a separator's name, the nearest known unit."""
    out = dict(params)
    zh = lang == "zh"
    if key == "delimiter" and out.get("found") in DELIMITERS:
        out["found"] = DELIMITERS[out["found"]][1 if zh else 0]
    if key == "unknown-unit":
        near = out.get("nearest")
        out["nearest_en"] = f" (did you mean '{near}'?)" if near else ""
        out["nearest_zh"] = f"（是否应为“{near}”？）" if near else ""
    return out


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
        params["suggestion"] = params["suggestion_zh"] = ""
        reading = read_number(str(p.value), p.params.get("expected", "")) if p.value is not None else None
        if reading:
            en, zh = [], []
            if reading.comparator:
                en.append(f"{reading.comparator} in the comparator column")
                zh.append(f"comparator 列填写 {reading.comparator}")
            if reading.unit:
                en.append(f"{reading.unit} in the unit column")
                zh.append(f"unit 列填写 {reading.unit}")
            params["suggestion"] = f" (did you mean {reading.value}?" + (
                " Put " + " and ".join(en) if en else "") + ")"
            params["suggestion_zh"] = f"（是否应为 {reading.value}？" + ("另在" + "，".join(zh) if zh else "") + "）"
    if p.kind == "enum":
        params["allowed"] = ", ".join(str(v) for v in f.get("constraints", {}).get("enum", [])) or p.params.get("allowed")
    if p.kind == "foreign-key":
        res, _, ref_field = str(p.params.get("target", "")).partition(".")
        params.update(ref_resource=res or (r.resource if r else ""), ref_field=ref_field,
                      or_empty="" if f.get("constraints", {}).get("required") else ", or leave it empty",
                      or_empty_zh="" if f.get("constraints", {}).get("required") else "，无则留空",
                      known_en=f" (it has {p.params['known']})" if p.params.get("known") else "",
                      known_zh=f"（已有：{p.params['known']}）" if p.params.get("known") else "")
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
        sep = "，" if zh else ", "
        rows = f"{r.rows}行" if zh else f"{r.rows} row{'s' if r.rows != 1 else ''}"
        rows += f"，{PROFILE_ZH.get(r.profile, r.profile)}规范（{r.profile}）" if zh else f", {r.profile} profile"
        if r.valid:
            out.append(f"✔ {r.path} ({what}{sep}{rows}): " + ("有效" if zh else "valid"))
        else:
            n = r.problems.total
            out.append(f"✘ {r.path} ({what}{sep}{rows}): " + (f"{n}个错误" if zh else f"{n} error{'s' if n != 1 else ''}"))
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
