"""The files of the disclosure journey (tests/journeys/test_disclosure.py): 25 documents of a
collection under a restriction order, written into a folder as real files (text, DOCX, text PDFs
made with reportlab, a scanned page as a PNG and as an image-only PDF, read by OCR).

Every document holds a word of its own (a bird's name, for its ledger) and some of what the order
protects: a phone number written one of three ways, a protected person's name in one of four
written forms, and, in every other document, an anonymised child's code. One statement carries a
home address that a reviewer selects and redacts by hand; one PDF a safe combination that a
reviewer boxes on the page."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

PHONES = ("07700 900123", "07700900123", "+44 7700 900123")
NAME = "Rosalind Quenby"
NAME_FORMS = ("Rosalind Quenby", "QUENBY, Rosalind", "R. Quenby", "rosalind.quenby@example.org")
CHILD = "Child A"
ADDRESS = "14 Tamarisk Row"  # redacted by a span selected on the page
BOXED = "Safe combination 93-17-44 in the warden's desk."  # redacted by a box on the PDF page
BOXED_SECRET = "93-17-44"
# Everything a user without clearance must never read, and no produced PDF may hold.
REDACTED = (*PHONES, *NAME_FORMS, "Quenby", "Rosalind", CHILD, ADDRESS, "Tamarisk")

BIRDS = ("avocet", "bittern", "curlew", "dunlin", "egret", "fulmar", "gannet", "heron", "ibis",
         "jackdaw", "kittiwake", "lapwing", "merlin", "nightjar", "osprey", "plover", "quail",
         "redshank", "siskin", "starling", "turnstone", "vireo", "warbler", "wagtail", "swallow")
PDF_PAGES = (2, 3, 1, 3, 3)  # documents 1-5
DOCX = range(6, 11)
TEXTS = range(11, 24)
SCAN_PNG, SCAN_PDF = 24, 25
BOXED_DOC, BOXED_PAGE = 2, 2  # the safe combination: the second page of the second PDF
ADDRESS_DOC = 11  # a text statement
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
LINE_Y = 780  # reportlab: the first line's baseline, in points from the bottom
LINE_STEP = 20


@dataclass
class Doc:
    number: int
    filename: str
    bird: str
    phone: str
    name_form: str
    child: bool
    pages: int
    page_lines: list[list[str]] = field(default_factory=list)

    @property
    def secrets(self) -> list[str]:
        """The protected strings the document holds, as written."""
        return [self.phone, self.name_form, *([CHILD] if self.child else []),
                *([ADDRESS] if self.number == ADDRESS_DOC else [])]


def _lines(number: int, bird: str, phone: str, name_form: str, child: bool,
           page: int) -> list[str]:
    lines = [f"Record {number}, sheet {page}: the {bird} ledger kept at the depot.",
             f"Caller {name_form} rang on {phone} about the delivery."]
    if child:
        lines.append(f"{CHILD} was named in the referral.")
    if number == ADDRESS_DOC:
        lines.append(f"Her home address was {ADDRESS}, Hexham.")
    lines.append(f"The {bird} ledger was countersigned by the duty sergeant.")
    return lines


def documents() -> list[Doc]:
    docs = []
    for number, bird in enumerate(BIRDS, start=1):
        if number <= len(PDF_PAGES):
            filename, pages = f"record-{number:02d}.pdf", PDF_PAGES[number - 1]
        elif number in DOCX:
            filename, pages = f"record-{number:02d}.docx", 1
        elif number in TEXTS:
            filename, pages = f"record-{number:02d}.txt", 1
        else:
            filename, pages = f"scan-{number:02d}.{'png' if number == SCAN_PNG else 'pdf'}", 1
        # The scans carry the plainest forms: what tesseract reads back letter for letter.
        phone = PHONES[0 if number == SCAN_PNG else 1 if number == SCAN_PDF else number % 3]
        name_form = NAME_FORMS[0 if number == SCAN_PNG else 1 if number == SCAN_PDF
                               else number % 4]
        doc = Doc(number, filename, bird, phone, name_form, number % 2 == 1, pages)
        doc.page_lines = [_lines(number, bird, phone, name_form, doc.child, page)
                          for page in range(1, pages + 1)]
        if number == BOXED_DOC:
            doc.page_lines[BOXED_PAGE - 1].append(BOXED)
        docs.append(doc)
    return docs


def write_corpus(folder: Path) -> list[Doc]:
    folder.mkdir(parents=True, exist_ok=True)
    docs = documents()
    for doc in docs:
        path = folder / doc.filename
        if doc.filename.endswith(".pdf") and doc.number != SCAN_PDF:
            _write_pdf(path, doc.page_lines)
        elif doc.filename.endswith(".docx"):
            _write_docx(path, doc.page_lines[0])
        elif doc.filename.endswith(".txt"):
            path.write_text("\n".join(doc.page_lines[0]) + "\n", encoding="utf-8")
        else:
            image = _scan_image(doc.page_lines[0])
            image.save(path, **({"resolution": 200.0} if doc.number == SCAN_PDF else {}))
    return docs


def _write_pdf(path: Path, pages: list[list[str]]) -> None:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        pdf.setFont("Helvetica", 12)
        for index, line in enumerate(lines):
            pdf.drawString(60, LINE_Y - index * LINE_STEP, line)
        pdf.showPage()
    pdf.save()


def boxed_box(doc: Doc) -> dict[str, float]:
    """The box a reviewer draws around the safe combination's line, in page fractions from
    the top left (as the viewer sends it)."""
    width, height = A4
    index = doc.page_lines[BOXED_PAGE - 1].index(BOXED)
    baseline = LINE_Y - index * LINE_STEP
    right = 60 + stringWidth(BOXED, "Helvetica", 12)
    return {"x0": 50 / width, "y0": (height - baseline - 14) / height,
            "x1": (right + 10) / width, "y1": (height - baseline + 5) / height}


def _write_docx(path: Path, lines: list[str]) -> None:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())


def _scan_image(lines: list[str]) -> Image.Image:
    """A page as a scanner gives it: black type on white at 200 dpi, large enough to read."""
    image = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
    font = ImageFont.truetype(str(FONT), 36) if FONT.exists() else ImageFont.load_default(36)
    draw = ImageDraw.Draw(image)
    for index, line in enumerate(lines):
        draw.text((120, 200 + index * 80), line, fill=0, font=font)
    return image
