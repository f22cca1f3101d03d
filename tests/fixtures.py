"""Inputs the tests make: a portal page and text PDFs built from a report's paragraphs, and broken files."""

from __future__ import annotations

import html
import io
from pathlib import Path

PORTAL = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}_区人民政府</title>
<script>var tracker = 1;</script><style>.nav {{ color: red }}</style></head><body>
<div class="header"><div class="topbar"><a href="#">网站无障碍</a> | <a href="#">关怀版</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 计划总结</div>
<div class="main"><div class="article"><h1 class="title">{title}</h1>
<div class="info"><span>发布日期：2021-03-01</span>&nbsp;&nbsp;<span>来源：区政府办公室</span></div>
<div class="content" id="zoom">
{body}
</div><div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div></div>
<div class="sidebar"><h3>相关链接</h3><ul><li><a href="#">市人民政府</a></li></ul></div></div>
<div class="footer"><p>法律声明 | 关于我们 | 网站地图</p><p>主办单位：区人民政府 版权所有：区人民政府</p>
<p>京ICP备00000000号 网站标识码：0000000000</p></div></body></html>"""


def portal_page(title: str, paragraphs: list[str], charset: str = "utf-8", br_layout: bool = False) -> str:
    """A government portal page around the paragraphs: nav, breadcrumb, share bar, sidebar, footer."""
    if br_layout:  # one block, <br> between paragraphs, &nbsp; indents
        body = "<div>" + "<br/>".join("&nbsp;&nbsp;&nbsp;&nbsp;<span>" + html.escape(p) + "</span>" for p in paragraphs) + "</div>"
    else:
        body = "\n".join(f'<p style="text-indent:2em"><span>{html.escape(p)}</span></p>' for p in paragraphs)
    return PORTAL.format(charset=charset, title=html.escape(title), body=body)


def text_pdf(paragraphs: list[str], header: str = "", encrypt: str | None = None) -> bytes:
    """A text PDF (CJK CID font, not embedded) with a running header and page numbers."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=12, leading=20, firstLineIndent=24, wordWrap="CJK")
    flush = ParagraphStyle("flush", parent=body, firstLineIndent=0)

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("STSong-Light", 9)
        if header:
            canvas.drawCentredString(A4[0] / 2, A4[1] - 40, header)
        canvas.drawCentredString(A4[0] / 2, 30, f"— {doc.page} —")
        canvas.restoreState()

    heading = ("(", "（", "一", "二", "三", "四", "五", "六", "附注", "名词解释")
    flows = [Paragraph(escape(p), flush if p.startswith(heading) or p[:2].rstrip(".．、").isdigit() else body)
             for p in paragraphs]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, topMargin=70, bottomMargin=60, encrypt=encrypt, invariant=1)
    doc.build(flows, onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue()


def drawing_only_pdf() -> bytes:
    """A PDF with a page of vector drawing and no text: what a scan without OCR looks like to a reader."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.rect(100, 100, 300, 500, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()


def write(folder: Path, name: str, data: bytes | str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p
