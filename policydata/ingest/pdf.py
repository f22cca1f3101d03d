"""report.pdf: a text PDF reduced to its paragraphs.

pdfplumber reads the text lines with their positions. Running headers and footers (text
repeated at the top or bottom of most pages) and page numbers are dropped; lines are joined
without spaces, since Chinese has none and a break inside a number or a word is not a space;
a paragraph starts where a line is indented, where the line before it stopped short of the
right margin, or where a heading (一、, (一), 附注) begins.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from statistics import median

from ..errors import InputError
from .decode import cjk_share
from .pages import PAGE_NUMBER

HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|附注|名词解释|注释|\d+[.．、]|[\[［【]\d+)")
EDGE_BAND = 0.09  # share of the page height, top and bottom, where running headers and footers live


def _lines(path: Path) -> list[list[dict]]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        with pdfplumber.open(path) as pdf:
            pages = []
            for page in pdf.pages:
                height = float(page.height)
                rows = page.extract_text_lines(strip=True, return_chars=False)
                for r in rows:
                    r["edge"] = r["top"] < height * EDGE_BAND or r["bottom"] > height * (1 - EDGE_BAND)
                pages.append(rows)
            return pages
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError(path, "the PDF is encrypted; save an unprotected copy") from None
    except PDFSyntaxError as exc:
        raise InputError(path, f"not a readable PDF ({exc})") from None
    except Exception as exc:  # pdfplumber wraps pdfminer's many errors on damaged or protected files
        if b"/Encrypt" in path.read_bytes():
            raise InputError(path, "the PDF is encrypted; save an unprotected copy") from None
        cause = exc.__cause__ or exc.__context__ or exc
        raise InputError(path, f"not a readable PDF ({type(cause).__name__}: {cause or 'damaged file'})") from None


def _running(pages: list[list[dict]]) -> set[str]:
    """Edge lines repeated on at least half of the pages (digits ignored): headers and footers."""
    shapes = Counter()
    for rows in pages:
        shapes.update({re.sub(r"\d+", "#", r["text"]) for r in rows if r["edge"]})
    need = max(2, (len(pages) + 1) // 2)
    return {s for s, n in shapes.items() if n >= need}


def pdf_to_text(path: Path) -> str:
    pages = _lines(path)
    running = _running(pages)
    body = [[r for r in rows if not (r["edge"] and (re.sub(r"\d+", "#", r["text"]) in running
                                                    or PAGE_NUMBER.match(r["text"])))] for rows in pages]
    flat = [r for rows in body for r in rows if r["text"]]
    if not flat:
        raise InputError(path, "the PDF has no text layer (a scan?); run OCR and save a text PDF first")
    widths = [(r["x1"] - r["x0"]) / len(r["text"]) for r in flat if len(r["text"]) >= 5]
    char = median(widths) if widths else 10.0
    left = Counter(round(r["x0"]) for r in flat).most_common(1)[0][0]
    right = sorted(r["x1"] for r in flat)[int(len(flat) * 0.9)]
    paragraphs: list[str] = []
    prev = None
    for r in flat:
        starts = (prev is None or r["x0"] > left + 0.8 * char or prev["x1"] < right - 1.5 * char
                  or HEADING.match(r["text"]))
        if starts:
            paragraphs.append(r["text"])
        else:
            paragraphs[-1] += r["text"]
        prev = r
    text = "\n".join(p.strip() for p in paragraphs if p.strip()) + "\n"
    if cjk_share(text) < 0.3:
        raise InputError(path, "the PDF's text is not Chinese report text (wrong font encoding or a scan?)")
    return text


def read_pdf(path: Path) -> tuple[bytes, str, str]:
    """(raw bytes, extracted text, encoding label) of a text PDF."""
    data = path.read_bytes()
    if not data.strip():
        raise InputError(path, "the file is empty")
    if not data.lstrip().startswith(b"%PDF"):
        raise InputError(path, "not a PDF file (it does not start with %PDF)")
    return data, pdf_to_text(path), "pdf"
