"""Text PDFs laid out by hand, so the page every declared phrase lands on is known exactly.

reportlab's flowables would paginate for us, but then the page of a phrase could only be found
by re-reading the output; laying lines out here makes the manifest's page numbers a by-product.
The standard PDF fonts are used unembedded: they need no font files and extract cleanly.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from ingest.samples.doc import Doc, locate_phrases, squash

MARGIN_X = 60.0
TOP = 70.0
BOTTOM = 70.0
FICTION_NOTE = "Fictional sample material - Docket demo corpus"

LOOKS: dict[str, tuple[str, str, str, float, float]] = {
    # look: (regular, bold, italic, size, leading)
    "typewriter": ("Courier", "Courier-Bold", "Courier-Oblique", 10.0, 13.5),
    "report": ("Times-Roman", "Times-Bold", "Times-Italic", 11.5, 15.0),
}


@dataclass(frozen=True)
class Line:
    font: str
    size: float
    x: float
    text: str
    centred: bool = False


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    page_count: int
    page_of_phrase: dict[str, int]


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    return simpleSplit(text, font, size, width) or [""]


def layout(doc: Doc) -> list[list[tuple[float, Line]]]:
    """Place every block; returns pages of (gap-before, line) pairs."""
    regular, bold, italic, size, leading = LOOKS[doc.look]
    width = A4[0] - 2 * MARGIN_X
    usable = A4[1] - TOP - BOTTOM
    pages: list[list[tuple[float, Line]]] = [[]]
    used = 0.0

    def put(lines: list[Line], gap: float, keep: int = 1) -> None:
        nonlocal used
        # Keep headings with what follows them: a heading alone at the foot of a page is a
        # layout fault real typists avoided too.
        if pages[-1] and used + gap + leading * keep > usable:
            pages.append([])
            used = 0.0
        for i, line in enumerate(lines):
            g = gap if i == 0 and pages[-1] else 0.0
            if pages[-1] and used + g + leading > usable:
                pages.append([])
                used, g = 0.0, 0.0
            pages[-1].append((g, line))
            used += g + leading

    for block in doc.blocks:
        if block.style == "break":
            if pages[-1]:
                pages.append([])
                used = 0.0
        elif block.style == "title":
            put([Line(bold, size + 3, MARGIN_X, t, True)
                 for t in _wrap(block.text, bold, size + 3, width)], 4)
        elif block.style == "heading":
            put([Line(bold, size, MARGIN_X, t) for t in _wrap(block.text, bold, size, width)],
                10, keep=3)
        elif block.style == "entry":
            serial, when, body = block.text.split("  ", 2)
            prefix = f"{serial}  {when}  "
            indent = stringWidth(prefix, regular, size)
            body_lines = _wrap(body, regular, size, width - indent)
            lines = [Line(regular, size, MARGIN_X, prefix + body_lines[0])]
            lines += [Line(regular, size, MARGIN_X + indent, t) for t in body_lines[1:]]
            put(lines, 4)
        elif block.style == "quote":
            put([Line(italic, size, MARGIN_X + 24, t)
                 for t in _wrap(block.text, italic, size, width - 24)], 4)
        else:
            gap = {"para": 6.0, "sign": 8.0}.get(block.style, 1.0)
            put([Line(regular, size, MARGIN_X, t)
                 for t in _wrap(block.text, regular, size, width)], gap)
    if not pages[-1]:
        pages.pop()
    return pages


def render_pdf(doc: Doc) -> RenderedPdf:
    pages = layout(doc)
    regular, _, _, _, leading = LOOKS[doc.look]
    total = len(pages)
    buf = io.BytesIO()
    # invariant=1 pins the creation date and document ID so equal input gives equal bytes.
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(doc.title)
    c.setAuthor(doc.author)
    c.setSubject(doc.kind.replace("_", " "))
    c.setCreator("Docket sample corpus generator")
    # invariant=1 would date every file 2000-01-01; the document's own date keeps the bytes
    # deterministic and gives the Year facet and date sort something true to show.
    stamp = doc.when.strftime("D:%Y%m%d%H%M%S+00'00'")
    c._doc.info._dateFormatter = lambda *_parts: stamp
    texts: list[str] = []
    for number, page in enumerate(pages, start=1):
        head = f"RESTRICTED    {doc.title}"
        foot = f"Page {number} of {total}"
        c.setFont(regular, 8)
        c.drawString(MARGIN_X, A4[1] - 40, head)
        c.drawCentredString(A4[0] / 2, 40, foot)
        c.setFillGray(0.55)
        c.setFont("Helvetica", 6)
        c.drawString(MARGIN_X, 26, FICTION_NOTE)
        c.setFillGray(0)
        y = A4[1] - TOP
        for gap, line in page:
            y -= gap
            c.setFont(line.font, line.size)
            if line.centred:
                c.drawCentredString(A4[0] / 2, y, line.text)
            else:
                c.drawString(line.x, y, line.text)
            y -= leading
        c.showPage()
        texts.append(squash(" ".join([head, *(line.text for _, line in page), foot])))
    c.save()
    return RenderedPdf(buf.getvalue(), total, locate_phrases(doc, texts))



def image_pdf(pages: list[bytes], size_px: tuple[int, int], dpi: int, title: str) -> bytes:
    """A PDF of scanned pages only, with no text layer: what a scanner's 'scan to PDF' makes."""
    w, h = size_px[0] * 72 / dpi, size_px[1] * 72 / dpi
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    c.setTitle(title)
    c.setCreator("Harwick Civic Centre MFD scanner")
    for jpeg in pages:
        # JPEG bytes are embedded as-is (DCTDecode), as scanners do, keeping the file small.
        c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()
