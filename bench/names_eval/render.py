"""Writing a generated document to disk: text, PDF, Word, e-mail, or a scan that needs OCR.

Every writer is deterministic for a given document (fixed dates in metadata, reportlab's
invariant mode, seeded noise on scans), so the frozen set is the same files on every run.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import textwrap
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from bench.names_eval.doc import Doc

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def write_txt(doc: Doc, path: Path) -> None:
    path.write_text(doc.text(), encoding="utf-8")


def _wrapped_lines(doc: Doc, width: int) -> list[str]:
    lines: list[str] = []
    for raw in doc.text().split("\n"):
        lines += textwrap.wrap(raw.replace("\t", "   |   "), width) or [""]
    return lines


def _canvas(doc: Doc, path: Path) -> canvas.Canvas:
    """A reportlab canvas in invariant mode whose creation date is the document's date."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    stamp = f"D:{doc.date:%Y%m%d}090000+00'00'"
    pdf.setDateFormatter(lambda *_: stamp)
    return pdf


def write_pdf(doc: Doc, path: Path) -> None:
    """A born-digital PDF with a text layer."""
    pdf = _canvas(doc, path)
    pdf.setTitle(doc.kind.replace("_", " "))
    pdf.setAuthor("")
    _, height = A4
    y = height - 60
    pdf.setFont("Helvetica", 10)
    for line in _wrapped_lines(doc, 95):
        if y < 60:
            pdf.showPage()
            pdf.setFont("Helvetica", 10)
            y = height - 60
        pdf.drawString(50, y, line)
        y -= 14
    pdf.save()


def write_docx(doc: Doc, path: Path) -> None:
    """A Word document: headings, paragraphs and tables."""
    import docx

    word = docx.Document()
    props = word.core_properties
    props.author = ""
    props.last_modified_by = ""
    written = dt.datetime.combine(doc.date, dt.time(9, 0))
    props.created = written
    props.modified = written
    for kind, value in doc.blocks:
        if kind == "h":
            word.add_heading(value, level=2)
        elif kind == "p":
            word.add_paragraph(value)
        else:
            table = word.add_table(rows=len(value), cols=len(value[0]))
            for r, row in enumerate(value):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    buffer = io.BytesIO()
    word.save(buffer)
    path.write_bytes(_fixed_zip_times(buffer.getvalue()))


def _fixed_zip_times(data: bytes) -> bytes:
    """The same zip with every member dated 1 January 2013, so the file's bytes are stable."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2013, 1, 1, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def write_eml(doc: Doc, path: Path, number: int) -> None:
    """An RFC 5322 message whose From/To/Cc carry display names in the document's forms."""
    msg = EmailMessage()
    msg["From"] = doc.meta["from"]
    msg["To"] = ", ".join(doc.meta["to"])
    if doc.meta["cc"]:
        msg["Cc"] = ", ".join(doc.meta["cc"])
    msg["Subject"] = doc.meta["subject"]
    when = dt.datetime.combine(doc.date, dt.time(9 + number % 8, number % 60),
                               tzinfo=dt.UTC)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<names-eval-{number:04d}@ravensholt.gov.uk>"
    msg.set_content(doc.text())
    path.write_bytes(bytes(msg))


def scan_image(doc: Doc, rng: random.Random) -> Image.Image:
    """The document typed on one A4 page at 150 dpi, slightly skewed, with specks."""
    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 21)
    y = 90
    for line in _wrapped_lines(doc, 88)[:62]:
        draw.text((90, y), line, fill=rng.randint(0, 50), font=font)
        y += 26
    for _ in range(400):
        x, yy = rng.randrange(1240), rng.randrange(1754)
        draw.point((x, yy), fill=rng.randint(80, 180))
    return page.rotate(rng.uniform(-0.8, 0.8), fillcolor=255, resample=Image.BILINEAR)


def write_scan(doc: Doc, path: Path, rng: random.Random) -> None:
    """A scan: a PNG, or a PDF holding only the page image (no text layer)."""
    image = scan_image(doc, rng)
    if path.suffix == ".png":
        image.save(path, format="PNG")
        return
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    pdf = _canvas(doc, path)
    width, height = A4
    pdf.drawImage(ImageReader(buffer), 0, 0, width=width, height=height)
    pdf.save()
