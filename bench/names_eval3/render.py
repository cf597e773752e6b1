"""Writers for the third set: e-mails that reply to an earlier message, and typed-page scans.

Text and Word files are written by the first set's writers, born-digital PDFs by the second
set's (an embedded TrueType font, so that "ș", "ễ" or "Đ" survive in the text layer). The scan
writer here never breaks a line inside a hyphenated name, and refuses a document longer than one
page, so that every name the manifest records is on the scanned image.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from bench.names_eval3.cast import COUNCIL_DOMAIN
from bench.names_eval3.doc import Doc

SCAN_WIDTH, SCAN_LINES = 84, 60
FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",  # a typewriter, before 2003
         "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def email_text(doc: Doc) -> str:
    """The e-mail's headers as a reader sees them, then the body: the text its names are in."""
    lines = [f"From: {doc.meta['sender']}", f"To: {', '.join(doc.meta['to'])}"]
    if doc.meta["cc"]:
        lines.append(f"Cc: {', '.join(doc.meta['cc'])}")
    return "\n".join([*lines, f"Subject: {doc.meta['subject']}", "", doc.text()])


def write_eml(doc: Doc, path: Path, number: int) -> None:
    """An RFC 5322 reply: display names in the document's forms, threaded to its parent."""
    msg = EmailMessage()
    msg["From"] = doc.meta["sender"]
    msg["To"] = ", ".join(doc.meta["to"])
    if doc.meta["cc"]:
        msg["Cc"] = ", ".join(doc.meta["cc"])
    msg["Subject"] = doc.meta["subject"]
    when = dt.datetime.combine(doc.date, dt.time(7 + number % 11, (number * 7) % 60),
                               tzinfo=dt.UTC)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<ne3.{number:04d}.reply@{COUNCIL_DOMAIN}>"
    msg["In-Reply-To"] = f"<ne3.{number:04d}.first@{COUNCIL_DOMAIN}>"
    msg.set_content(doc.text())
    path.write_bytes(bytes(msg))


def scan_lines(doc: Doc) -> list[str]:
    """The lines typed on the scanned page (a document must fit on one page)."""
    lines: list[str] = []
    for raw in doc.text().split("\n"):
        lines += textwrap.wrap(raw.replace("\t", "  |  "), SCAN_WIDTH, break_on_hyphens=False,
                               break_long_words=False) or [""]
    if len(lines) > SCAN_LINES:
        raise ValueError(f"a {doc.kind} of {len(lines)} lines does not fit on a scanned page")
    return lines


def _face(doc: Doc) -> str:
    """A typewriter face before 2003, unless it lacks a letter of the page (some tone marks)."""
    mono = TTFont("scan-mono", FONTS[0])
    if doc.date.year < 2003 and all(ord(ch) in mono.face.charToGlyph
                                    for ch in doc.text() if not ch.isspace()):
        return FONTS[0]
    return FONTS[1]


def _page(doc: Doc, rng: random.Random) -> Image.Image:
    """One A4 page at 150 dpi: typed, a little skewed, with specks of dust."""
    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(_face(doc), 20)
    y = 100
    for line in scan_lines(doc):
        draw.text((95, y), line, fill=rng.randint(10, 60), font=font)
        y += 27
    for _ in range(300):
        draw.point((rng.randrange(1240), rng.randrange(1754)), fill=rng.randint(90, 190))
    return page.rotate(rng.uniform(-1.0, 1.0), fillcolor=255, resample=Image.BILINEAR)


def write_scan(doc: Doc, path: Path, rng: random.Random) -> None:
    """A scan: a PNG, or a PDF holding only the page image (no text layer)."""
    image = _page(doc, rng)
    if path.suffix == ".png":
        image.save(path, format="PNG")
        return
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    stamp = f"D:{doc.date:%Y%m%d}100000+00'00'"
    pdf.setDateFormatter(lambda *_: stamp)
    width, height = A4
    pdf.drawImage(ImageReader(buffer), 0, 0, width=width, height=height)
    pdf.save()
