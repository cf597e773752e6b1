"""PDF: the text layer with pypdfium2; pages without usable text are rendered and OCR'd."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pypdfium2 as pdfium

from ingest.errors import CorruptFile, PasswordProtected
from ingest.extract import ExtractContext, register
from ingest.extract.ocr import ocr_image
from ingest.model import Extraction, Page

OCR_DPI = 300
MIN_TEXT_CHARS = 20
_PDF_DATE = re.compile(r"D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?")


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise PasswordProtected("the PDF is encrypted and needs a password") from exc
        raise CorruptFile(f"not a readable PDF ({exc})") from exc


def _pdf_date(raw: str | None) -> datetime | None:
    match = _PDF_DATE.match(raw or "")
    if not match:
        return None
    parts = [int(p) if p else d for p, d in zip(match.groups(), (0, 1, 1, 0, 0, 0), strict=True)]
    try:
        return datetime(*parts)
    except ValueError:
        return None


def is_usable(text: str) -> bool:
    """A text layer worth keeping: enough letters, and not a run of unmapped glyph codes."""
    letters = sum(ch.isalnum() for ch in text)
    if letters < MIN_TEXT_CHARS:
        return False
    return text.count("(cid:") * 6 < len(text) and text.count("\ufffd") * 10 < len(text)


def _page_text(pdf: pdfium.PdfDocument, index: int, context: ExtractContext) -> Page:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        text = textpage.get_text_bounded().replace("\r\n", "\n")
        textpage.close()
        if is_usable(text):
            return Page(number=index + 1, text=text)
        bitmap = page.render(scale=OCR_DPI / 72, grayscale=True)
        ocr_text, confidence = ocr_image(bitmap.to_pil(), context.ocr_languages)
        bitmap.close()
        return Page(number=index + 1, text=ocr_text, ocr=True, ocr_confidence=confidence)
    finally:
        page.close()


@register("pdf")
def extract_pdf(path: Path, context: ExtractContext) -> Extraction:
    pdf = _open(path)
    try:
        meta = pdf.get_metadata_dict(skip_empty=True)
        pages = [_page_text(pdf, i, context) for i in range(len(pdf))]
    finally:
        pdf.close()
    return Extraction(
        pages=pages,
        extractor="pypdfium2+tesseract" if any(p.ocr for p in pages) else "pypdfium2",
        title=meta.get("Title"),
        author=meta.get("Author"),
        date=_pdf_date(meta.get("CreationDate")),
    )
