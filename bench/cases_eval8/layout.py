"""The eighth set's file formats and its scans.

OpenDocument presentations (ODP, a slide a page), plain text in UTF-8, ISO-8859-1 or ISO-8859-2
(by force), PDFs set in a Unicode font, DOCX through the fifth set's writer, e-mails whose text part
is quoted-printable, base64 or plain 8-bit (by force), and scans as the third set's PDF or as a PNG
photograph of one page, specked and skewed. A line with " | " between its cells is a table row in
the DOCX files; other lines are paragraphs. `file_pages` reads every format back as the self-check
compares it: cells joined by " | ", in document order, a page per PDF page or slide.
"""

from __future__ import annotations

import email
import html
import random
import textwrap
import zipfile
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from xml.etree import ElementTree

from bench.cases_eval.docs import Doc
from bench.cases_eval3.scan import A4_PIXELS, DPI, FONT, LEADING, LEFT, SIZE, TOP
from bench.cases_eval3.scan import write_scan as write_pdf_scan
from bench.cases_eval5.layout import file_pages as fifth_set_pages
from bench.cases_eval5.layout import write_docx
from bench.cases_eval8.docs import ENCODING

PDF_WIDTH = 95
LINES_PER_PAGE = 52
# How each force's mail client encodes the text part: (charset, content-transfer-encoding).
MAIL_ENCODING = {
    "carrbeck": ("utf-8", "quoted-printable"),
    "oxmarsh": ("iso-8859-1", "base64"),
    "rudmere": ("utf-8", "8bit"),
}
ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
}
ODP_MIME = "application/vnd.oasis.opendocument.presentation"


def lines_of(doc: Doc) -> list[str]:
    return [line for page in doc.pages for line in page]


def page_texts(doc: Doc) -> list[str]:
    """Each page's text as the file holds it: PDF and scan lines wrapped, e-mail headers on page 1."""
    pages = []
    for lines in doc.pages:
        if doc.fmt in ("pdf", "png"):
            lines = [part for line in lines for part in (textwrap.wrap(line, PDF_WIDTH) or [""])]
        pages.append("\n".join(lines))
    if doc.headers:
        pages[0] = "\n".join(f"{k}: {v}" for k, v in doc.headers.items()) + "\n" + pages[0]
    return pages


def write(doc: Doc, root: Path) -> None:
    path = root / doc.name
    path.parent.mkdir(parents=True, exist_ok=True)
    writers = {"odp": write_odp, "txt": write_text, "pdf": write_pdf, "docx": write_docx, "eml": write_mail}
    writers[doc.fmt](doc, path)


def force_of(doc: Doc) -> str:
    return doc.name.split("/")[0]


def write_text(doc: Doc, path: Path) -> None:
    text = "\n".join(lines_of(doc)) + "\n"
    path.write_bytes(text.encode(ENCODING[force_of(doc)]))


def write_odp(doc: Doc, path: Path) -> None:
    """A slide a page: the page's lines as the paragraphs of one text box."""
    slides = "".join(
        f'<draw:page draw:name="page{n}" draw:master-page-name="Default">'
        '<draw:frame svg:x="1cm" svg:y="1cm" svg:width="26cm" svg:height="17cm"><draw:text-box>'
        + "".join(f"<text:p>{html.escape(line, quote=False)}</text:p>" for line in lines)
        + "</draw:text-box></draw:frame></draw:page>"
        for n, lines in enumerate(doc.pages, 1)
    )
    namespaces = " ".join(f'xmlns:{k}="{v}"' for k, v in ODF.items())
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {namespaces} office:version="1.2">'
        f"<office:body><office:presentation>{slides}</office:presentation></office:body>"
        "</office:document-content>\n"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODP_MIME}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>\n"
    )
    stamp = (doc.day.year, doc.day.month, doc.day.day, 9, 0, 0)
    with zipfile.ZipFile(path, "w") as odp:
        odp.writestr(zipfile.ZipInfo("mimetype", stamp), ODP_MIME)
        for name, data in (("META-INF/manifest.xml", manifest), ("content.xml", content)):
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            odp.writestr(info, data)


def write_pdf(doc: Doc, path: Path) -> None:
    """A born-digital PDF set in DejaVu Sans, so every accent the names carry is in the text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", FONT))
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setTitle(doc.kind)
    for text in page_texts(doc):
        wrapped = text.split("\n")
        if len(wrapped) > LINES_PER_PAGE:
            raise ValueError(f"{doc.name}: a page is too long to stay one PDF page")
        block = pdf.beginText(50, A4[1] - 60)
        block.setFont("DejaVuSans", 9)
        block.setLeading(13)
        for line in wrapped:
            block.textLine(line)
        pdf.drawText(block)
        pdf.showPage()
    pdf.save()


def write_mail(doc: Doc, path: Path) -> None:
    """A text e-mail, its body encoded as the force's mail client encodes it."""
    message = EmailMessage()
    for name, value in doc.headers.items():
        message[name] = value
    message["Date"] = format_datetime(datetime(doc.day.year, doc.day.month, doc.day.day, 11, 5))
    message["Message-ID"] = f"<{Path(doc.name).stem}.{doc.day:%Y%m%d}@cases-eval8.invalid>"
    charset, encoding = MAIL_ENCODING[force_of(doc)]
    message.set_content("\n".join(lines_of(doc)) + "\n", charset=charset, cte=encoding)
    path.write_bytes(bytes(message))


def write_scan(doc: Doc, path: Path, pages: list[str]) -> None:
    """An image-only scan: the third set's PDF, or a PNG photograph of a one-page file."""
    if doc.fmt == "pdf":
        write_pdf_scan(doc, path, pages)
        return
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(doc.name)
    font = ImageFont.truetype(FONT, SIZE)
    image = Image.new("L", A4_PIXELS, 246)
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(pages[0].split("\n")):
        draw.text((LEFT, TOP + row * LEADING), line, fill=rng.randint(0, 45), font=font)
    for _ in range(600):  # specks of dust and toner
        x, y = rng.randrange(A4_PIXELS[0]), rng.randrange(A4_PIXELS[1])
        draw.point((x, y), fill=rng.randint(60, 160))
    angle = rng.uniform(-1.3, 1.3)
    image = image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "PNG", dpi=(DPI, DPI))


def file_pages(path: Path) -> list[str]:
    """The text of each page of a written file, as an extractor sees it (slides included)."""
    suffix = path.suffix[1:]
    if suffix == "png":
        return [""]
    if suffix == "txt":
        return [read_text(path)]
    if suffix == "odp":
        with zipfile.ZipFile(path) as odp:
            root = ElementTree.fromstring(odp.read("content.xml"))
        paragraph = f"{{{ODF['text']}}}p"
        return [
            "\n".join("".join(p.itertext()) for p in page.iter(paragraph))
            for page in root.iter(f"{{{ODF['draw']}}}page")
        ]
    if suffix == "eml":
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        skip = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")
        head = "\n".join(f"{k}: {v}" for k, v in message.items() if k not in skip)
        body = message.get_body(preferencelist=("plain",))
        return [head + "\n" + (body.get_content() if body is not None else "")]
    return fifth_set_pages(path)


def read_text(path: Path) -> str:
    """A text file in its force's encoding (the folder names the force)."""
    force = next(part for part in path.parts if part in ENCODING)
    return path.read_bytes().decode(ENCODING[force])
