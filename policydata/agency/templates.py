"""`policydata template`: empty tables an agency fills in, laid out and explained by the schemas.

The XLSX has the titles above the field names, drop-down lists for enums and booleans, whole-number
checks with the schema's bounds, number, date and text formats per column, the field's description
as the input message, and a second sheet explaining every field with an example row. The first
sheet is the one `policydata validate` reads; it finds the field names below the titles.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path

from ..standard.wording import catalogue, constraints_text
from ..validation.profiles import apply_profile, load_profile
from ..validation.sources import load_schemas

FIRST_DATA_ROW = 3
LAST_ROW = 1_048_576  # the last row of a sheet: validations and formats reach every row an agency may fill
FIXED_TIME = dt.datetime(2000, 1, 1)  # in the file's metadata, so the same schemas give the same bytes
NUMBER_FORMATS = {"integer": "0", "number": "General", "date": "yyyy-mm-dd", "boolean": "General", "string": "@"}
WORDS = catalogue()["template"]  # the template's own words, by language (policydata/standard/wording.yml)


def _text(field_or_schema: dict, key: str, lang: str) -> str:
    return field_or_schema.get(f"{key}_zh" if lang == "zh" else key) or field_or_schema.get(key, "")


def _example(f: dict):
    v = f.get("example")
    if v is None or v == "":
        return None
    return json.dumps(v) if isinstance(v, bool) else v


def _required(f: dict, w: dict) -> str:
    if f.get("constraints", {}).get("required"):
        return w["yes"]
    return w["with_text"] if f.get("requiredWithText") else ""


def _validation(f: dict, lang: str, lists, w: dict):
    """The data validation of a column: a list for enums and booleans, whole numbers within the schema's
    bounds for integers, otherwise only the input message."""
    from openpyxl.worksheet.datavalidation import DataValidation

    c = f.get("constraints", {})
    prompt = _text(f, "description", lang)
    example = _example(f)
    if example is not None:
        prompt += (f"（{w['example']}：{example}）" if lang == "zh" else f" ({w['example']}: {example})")
    kw = dict(showInputMessage=True, allow_blank=True, promptTitle=_text(f, "title", lang)[:32],
              prompt=prompt if len(prompt) <= 255 else prompt[:254] + "…")
    values = [str(v) for v in c["enum"]] if "enum" in c else (["true", "false"] if f["type"] == "boolean" else None)
    if values is not None:
        inline = '"' + ",".join(values) + '"'
        formula = inline if len(inline) <= 255 else lists(f["name"], values)
        return DataValidation(type="list", formula1=formula, showErrorMessage=True, errorTitle=w["bad_value"],
                              error=constraints_text({"constraints": {"enum": values}}, lang)[:255], **kw)
    if f["type"] == "integer":
        low, high = c.get("minimum", -2_147_483_648), c.get("maximum", 2_147_483_647)
        return DataValidation(type="whole", operator="between", formula1=str(low), formula2=str(high),
                              showErrorMessage=True, errorTitle=w["bad_value"],
                              error=f"{w['types']['integer']} " + constraints_text(
                                  {"constraints": {"minimum": low, "maximum": high}}, lang), **kw)
    return DataValidation(**kw)


def xlsx_template(schema: dict, lang: str, filename: str) -> bytes:
    """The workbook of one resource, byte for byte the same for the same schema and language."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    w = WORDS[lang]
    wb = Workbook()
    ws = wb.active
    ws.title = schema["name"]
    bold, grey = Font(bold=True), Font(color="808080", size=9)
    fill = PatternFill("solid", fgColor="DDEBF7")
    list_columns: list[str] = []

    def lists(name: str, values: list[str]) -> str:
        """A list too long to write inline (Excel allows 255 characters) goes in a hidden sheet."""
        sheet = wb["lists"] if "lists" in wb.sheetnames else wb.create_sheet("lists")
        sheet.sheet_state = "hidden"
        list_columns.append(name)
        col = get_column_letter(len(list_columns))
        for i, v in enumerate([name] + values, start=1):
            sheet[f"{col}{i}"] = v
        return f"lists!${col}$2:${col}${len(values) + 1}"

    for i, f in enumerate(schema["fields"], start=1):
        col = get_column_letter(i)
        title = _text(f, "title", lang) + (w["required_mark"] if f.get("constraints", {}).get("required") else "")
        ws.cell(row=1, column=i, value=title).font = bold
        ws.cell(row=1, column=i).fill = fill
        ws.cell(row=2, column=i, value=f["name"]).font = grey
        ws.column_dimensions[col].width = max(12, len(f["name"]) + 2, min(40, (2 if lang == "zh" else 1) * len(title) + 4))
        ws.column_dimensions[col].number_format = NUMBER_FORMATS[f["type"]]
        dv = _validation(f, lang, lists, w)
        dv.add(f"{col}{FIRST_DATA_ROW}:{col}{LAST_ROW}")
        ws.add_data_validation(dv)
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"

    doc = wb.create_sheet(w["fields"], 1)
    doc.append([f"{schema['name']}: {_text(schema, 'title', lang)} — {schema.get('$id', '')} ({schema['version']})"])
    doc["A1"].font = Font(bold=True, size=12)
    doc.append([_text(schema, "description", lang)])
    doc.append([w["check"].format(file=filename, profile=schema.get("profile", "exchange"))])
    doc.append([])
    heads = [w[k] for k in ("field", "title", "type", "required", "constraints", "description", "example")]
    doc.append(heads)
    for cell in doc[doc.max_row]:
        cell.font, cell.fill = bold, fill
    for f in schema["fields"]:
        doc.append([f["name"], _text(f, "title", lang), w["types"][f["type"]], _required(f, w),
                    constraints_text(f, lang, required=False), _text(f, "description", lang), _example(f)])
    doc.append([])
    doc.append([w["example_row"]])
    doc.append([f["name"] for f in schema["fields"]])
    for cell in doc[doc.max_row]:
        cell.font = grey
    doc.append([_example(f) for f in schema["fields"]])
    for col, width in zip("ABCDEFG", (18, 16, 14, 10, 30, 70, 30)):
        doc.column_dimensions[col].width = width
    for row in doc.iter_rows(min_row=6):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.properties.created = wb.properties.modified = FIXED_TIME
    wb.properties.creator = "policydata"
    buf = io.BytesIO()
    wb.save(buf)
    return _fixed_zip(buf.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same archive with fixed entry times and modification date (openpyxl stamps the time of saving),
    so unchanged schemas give unchanged bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>", body)
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0)), body,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def csv_template(schema: dict) -> bytes:
    """The header row: field names in order, UTF-8 with BOM (Excel opens it as UTF-8)."""
    return ("\ufeff" + ",".join(f["name"] for f in schema["fields"]) + "\n").encode("utf-8")


def write_templates(resources: list[str], fmt: str, lang: str, out: Path, profile: str = "exchange",
                    schemas_source: str | None = None) -> list[Path]:
    """Write `<out>/<resource>.<fmt>` for each resource, as the profile reads the schemas."""
    schemas = load_schemas(schemas_source)
    prof = load_profile(profile, schemas_source)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in resources:
        schema = apply_profile(schemas[name], prof)
        path = out / f"{name}.{fmt}"
        path.write_bytes(xlsx_template(schema, lang, path.name) if fmt == "xlsx" else csv_template(schema))
        written.append(path)
    return written
