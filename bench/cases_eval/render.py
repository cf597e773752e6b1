"""Writes a `Doc` as a text file, a PDF (one PDF page per page), a DOCX or an e-mail.

PDFs are written with reportlab in invariant mode and DOCX files with fixed core properties, so a
given seed gives the same text; a page of the ground truth is a page of the PDF.
"""

from __future__ import annotations

import textwrap
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from bench.cases_eval.docs import Doc

LINES_PER_PAGE = 52


def write(doc: Doc, root: Path) -> None:
    path = root / doc.name
    path.parent.mkdir(parents=True, exist_ok=True)
    {"txt": write_text, "pdf": write_pdf, "docx": write_docx, "eml": write_eml}[doc.fmt](doc, path)


def page_texts(doc: Doc) -> list[str]:
    """The text of each page as the ground truth searches it (headers of an e-mail on page 1)."""
    texts = ["\n".join(lines) for lines in doc.pages]
    if doc.headers:
        texts[0] = "\n".join(f"{k}: {v}" for k, v in doc.headers.items()) + "\n" + texts[0]
    return texts


def write_text(doc: Doc, path: Path) -> None:
    path.write_text("\n".join(line for page in doc.pages for line in page) + "\n", encoding="utf-8")


def write_pdf(doc: Doc, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setTitle(doc.kind)
    height = A4[1]
    for lines in doc.pages:
        wrapped = [part for line in lines for part in (textwrap.wrap(line, 95) or [""])]
        if len(wrapped) > LINES_PER_PAGE:
            raise ValueError(f"{doc.name}: a page is too long to stay one PDF page")
        text = pdf.beginText(50, height - 60)
        text.setFont("Helvetica", 10)
        text.setLeading(14)
        for line in wrapped:
            text.textLine(line)
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()


def write_docx(doc: Doc, path: Path) -> None:
    import docx

    document = docx.Document()
    stamp = datetime(doc.day.year, doc.day.month, doc.day.day, 9, 0)
    document.core_properties.created = stamp
    document.core_properties.modified = stamp
    document.core_properties.author = "records"
    for lines in doc.pages:
        for line in lines:
            document.add_paragraph(line)
    document.save(str(path))


def write_eml(doc: Doc, path: Path) -> None:
    message = EmailMessage()
    for name, value in doc.headers.items():
        message[name] = value
    message["Date"] = format_datetime(datetime(doc.day.year, doc.day.month, doc.day.day, 10, 30))
    message["Message-ID"] = f"<{Path(doc.name).stem}.{doc.day:%Y%m%d}@cases-eval.invalid>"
    message.set_content("\n".join(line for page in doc.pages for line in page) + "\n")
    path.write_bytes(bytes(message))
