"""A born-digital PDF writer whose text layer keeps every letter of this set's names.

The first set's PDF writer (bench/names_eval/render.py) uses a standard PDF font, whose encoding
has no glyph for letters such as "ł", "ś" or "ć": the text layer would lose them, and the truth
would no longer match the text. This writer embeds a TrueType font instead; the first set's
writers are reused for text, Word documents and scans.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from bench.names_eval2.doc import Doc

FONT_NAME = "DejaVuSans"
FONT_FILE = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINE_WIDTH = 95


def _lines(doc: Doc) -> list[str]:
    lines: list[str] = []
    for raw in doc.text().split("\n"):
        wrapped = textwrap.wrap(raw.replace("\t", "   |   "), LINE_WIDTH, break_on_hyphens=False)
        lines += wrapped or [""]
    return lines


def write_pdf(doc: Doc, path: Path) -> None:
    """A PDF with a text layer, in invariant mode, dated with the document's date."""
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, FONT_FILE))
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    stamp = f"D:{doc.date:%Y%m%d}090000+00'00'"
    pdf.setDateFormatter(lambda *_: stamp)
    pdf.setTitle(doc.kind.replace("_", " "))
    pdf.setAuthor("")
    _, height = A4
    y = height - 60
    pdf.setFont(FONT_NAME, 9.5)
    for line in _lines(doc):
        if y < 60:
            pdf.showPage()
            pdf.setFont(FONT_NAME, 9.5)
            y = height - 60
        pdf.drawString(50, y, line)
        y -= 14
    pdf.save()
