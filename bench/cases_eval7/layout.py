"""The seventh set's file formats the earlier sets never wrote, and its scans.

XML exports, OpenDocument spreadsheets (ODS), PowerPoint slides (PPTX, a slide a page), plain
text in Windows-1252, UTF-16 or UTF-8 with a byte-order mark (by force), PDFs set in a Unicode
font (the names carry accents no standard PDF font holds), e-mails with a text and an HTML part,
and scans as multi-page TIFF or a single JPEG photograph of a page besides the third set's PDF.
A line with " | " between its cells is a row (XML, ODS) or a table row (DOCX, through the fifth
set's writer); other lines are paragraphs. `file_pages` reads every format back as the self-check
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
from bench.cases_eval5.layout import CELL, write_docx
from bench.cases_eval5.layout import file_pages as fifth_set_pages
from bench.cases_eval7.docs import ENCODING

PDF_WIDTH = 95
LINES_PER_PAGE = 52
MULTIPART_FORCES = ("vennmouth",)
ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
}
IMAGE_FORMATS = ("tiff", "jpg")


def lines_of(doc: Doc) -> list[str]:
    return [line for page in doc.pages for line in page]


def page_texts(doc: Doc) -> list[str]:
    """Each page's text as the file holds it: PDF and scan lines wrapped, e-mail headers on page 1."""
    pages = []
    for lines in doc.pages:
        if doc.fmt in ("pdf", *IMAGE_FORMATS):
            lines = [part for line in lines for part in (textwrap.wrap(line, PDF_WIDTH) or [""])]
        pages.append("\n".join(lines))
    if doc.headers:
        pages[0] = "\n".join(f"{k}: {v}" for k, v in doc.headers.items()) + "\n" + pages[0]
    return pages


def write(doc: Doc, root: Path) -> None:
    path = root / doc.name
    path.parent.mkdir(parents=True, exist_ok=True)
    writers = {
        "xml": write_xml,
        "ods": write_ods,
        "pptx": write_pptx,
        "txt": write_text,
        "pdf": write_pdf,
        "docx": write_docx,
        "eml": write_mail,
    }
    writers[doc.fmt](doc, path)


def force_of(doc: Doc) -> str:
    return doc.name.split("/")[0]


def write_text(doc: Doc, path: Path) -> None:
    text = "\r\n".join(lines_of(doc)) + "\r\n"
    path.write_bytes(text.encode(ENCODING[force_of(doc)]))


def write_xml(doc: Doc, path: Path) -> None:
    root = ElementTree.Element("export", {"kind": doc.kind, "date": doc.day.isoformat()})
    for line in lines_of(doc):
        if CELL in line:
            row = ElementTree.SubElement(root, "row")
            for cell in line.split(CELL):
                ElementTree.SubElement(row, "cell").text = cell
        else:
            ElementTree.SubElement(root, "p").text = line
    ElementTree.indent(root)
    path.write_bytes(ElementTree.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n")


def write_ods(doc: Doc, path: Path) -> None:
    rows = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{html.escape(cell, quote=False)}'
            "</text:p></table:table-cell>"
            for cell in line.split(CELL)
        )
        + "</table:table-row>"
        for line in lines_of(doc)
    )
    namespaces = " ".join(f'xmlns:{k}="{v}"' for k, v in ODF.items())
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {namespaces} office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Sheet1">{rows}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>\n"
    )
    mime = "application/vnd.oasis.opendocument.spreadsheet"
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        f'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>\n"
    )
    stamp = (doc.day.year, doc.day.month, doc.day.day, 9, 0, 0)
    with zipfile.ZipFile(path, "w") as ods:
        ods.writestr(zipfile.ZipInfo("mimetype", stamp), mime)
        for name, data in (("META-INF/manifest.xml", manifest), ("content.xml", content)):
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            ods.writestr(info, data)


def write_pptx(doc: Doc, path: Path) -> None:
    """A slide a page: the page's lines as the paragraphs of one text box."""
    from pptx import Presentation
    from pptx.util import Emu, Pt

    deck = Presentation()
    stamp = datetime(doc.day.year, doc.day.month, doc.day.day, 9, 0)
    deck.core_properties.created = deck.core_properties.modified = stamp
    deck.core_properties.author = "records"
    deck.core_properties.last_modified_by = "records"
    blank = deck.slide_layouts[6]
    for lines in doc.pages:
        slide = deck.slides.add_slide(blank)
        box = slide.shapes.add_textbox(Emu(457200), Emu(457200), deck.slide_width - Emu(914400), Emu(5486400))
        frame = box.text_frame
        frame.word_wrap = True
        for n, line in enumerate(lines):
            paragraph = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
            paragraph.text = line
            paragraph.font.size = Pt(14)
    deck.save(str(path))


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
    """Plain text, or in one force text with an HTML alternative, as its mail client sends it."""
    message = EmailMessage()
    for name, value in doc.headers.items():
        message[name] = value
    message["Date"] = format_datetime(datetime(doc.day.year, doc.day.month, doc.day.day, 16, 40))
    message["Message-ID"] = f"<{Path(doc.name).stem}.{doc.day:%Y%m%d}@cases-eval7.invalid>"
    body = "\n".join(lines_of(doc)) + "\n"
    message.set_content(body)
    if force_of(doc) in MULTIPART_FORCES:
        paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines_of(doc))
        message.add_alternative(f"<html><body>\n{paragraphs}</body></html>\n", subtype="html")
        message.set_boundary(f"=-=-{Path(doc.name).stem}-{doc.day:%Y%m%d}-=-=")  # not a random one
    path.write_bytes(bytes(message))


def write_scan(doc: Doc, path: Path, pages: list[str]) -> None:
    """An image-only scan: the third set's PDF, a multi-page TIFF or a JPEG photograph of one page."""
    if doc.fmt == "pdf":
        write_pdf_scan(doc, path, pages)
        return
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(doc.name)
    font = ImageFont.truetype(FONT, SIZE)
    images = []
    for text in pages:
        image = Image.new("L", A4_PIXELS, 250 if doc.fmt == "jpg" else 255)
        draw = ImageDraw.Draw(image)
        for row, line in enumerate(text.split("\n")):
            draw.text((LEFT, TOP + row * LEADING), line, fill=rng.randint(0, 40), font=font)
        for _ in range(500):  # specks of dust and toner
            x, y = rng.randrange(A4_PIXELS[0]), rng.randrange(A4_PIXELS[1])
            draw.point((x, y), fill=rng.randint(60, 160))
        angle = rng.uniform(-1.1, 1.1)
        images.append(image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255))
    path.parent.mkdir(parents=True, exist_ok=True)
    if doc.fmt == "jpg":
        images[0].save(path, "JPEG", quality=85, dpi=(DPI, DPI))
    else:
        images[0].save(
            path, "TIFF", save_all=True, append_images=images[1:], compression="tiff_deflate", dpi=(DPI, DPI)
        )


def file_pages(path: Path) -> list[str]:
    """The text of each page of a written file, as an extractor sees it (rows and slides included)."""
    suffix = path.suffix[1:]
    if suffix in IMAGE_FORMATS:
        from PIL import Image

        with Image.open(path) as image:
            return [""] * getattr(image, "n_frames", 1)
    if suffix == "txt":
        return [read_text(path)]
    if suffix == "xml":
        root = ElementTree.parse(path).getroot()
        return [
            "\n".join(
                CELL.join(c.text or "" for c in el) if el.tag == "row" else el.text or "" for el in root
            )
        ]
    if suffix == "ods":
        with zipfile.ZipFile(path) as ods:
            root = ElementTree.fromstring(ods.read("content.xml"))
        rows = root.iter(f"{{{ODF['table']}}}table-row")
        cells = f"{{{ODF['table']}}}table-cell"
        return ["\n".join(CELL.join("".join(c.itertext()) for c in row.iter(cells)) for row in rows)]
    if suffix == "pptx":
        from pptx import Presentation

        deck = Presentation(str(path))
        return [
            "\n".join(
                p.text for shape in slide.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs
            )
            for slide in deck.slides
        ]
    if suffix == "eml":
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        head = "\n".join(f"{k}: {v}" for k, v in message.items() if k not in ("MIME-Version", "Content-Type"))
        body = message.get_body(preferencelist=("plain", "html"))
        return [head + "\n" + (body.get_content() if body is not None else "")]
    return fifth_set_pages(path)


def read_text(path: Path) -> str:
    """A text file in its force's encoding (the folder names the force)."""
    force = next(part for part in path.parts if part in ENCODING)
    return path.read_bytes().decode(ENCODING[force]).replace("\r\n", "\n")
