"""PDF: the text layer with pypdfium2; pages without usable text are rendered and OCR'd.

A text layer is not usable when it is missing, when it is unmapped glyph codes ("(cid:12)",
U+FFFD, private-use characters) or letter-spaced ("T h e  c a t": a search for "cat" misses
it). A short but clean text layer is kept unless an image covers the page: that is a scan with a
stamp (a Bates number) on it. Annotation comments and form values are added to their page.
"""

from __future__ import annotations

import ctypes
import re
from datetime import datetime
from itertools import islice
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ingest.containers.pdf import pdf_members
from ingest.errors import CorruptFile, OcrFailed, PasswordProtected
from ingest.extract import ExtractContext
from ingest.extract.ocr import ocr_image
from ingest.formats import Format, register
from ingest.model import Extraction, Page

OCR_DPI = 300
MAX_RENDER_PIXELS = 60_000_000  # ~A0 at 150 DPI; a poster-sized page must not exhaust memory
MIN_TEXT_CHARS = 20
SCAN_COVERAGE = 0.3  # share of the page an image covers for the page to count as a scan
_PDF_DATE = re.compile(r"D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?")
_WORD = re.compile(r"[^\W\d_]+")
_CID = re.compile(r"\(cid:\d+\)")
# Regular expressions rather than a Python loop over characters: a page of text is thousands of
# characters, and the loop was a fifth of the time of extracting a text PDF.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_ALNUM = re.compile(r"[^\W_]")  # exactly str.isalnum: re's \w is isalnum() or "_"
_NOTE_TYPES = {pdfium_c.FPDF_ANNOT_TEXT, pdfium_c.FPDF_ANNOT_FREETEXT,
               pdfium_c.FPDF_ANNOT_HIGHLIGHT, pdfium_c.FPDF_ANNOT_UNDERLINE,
               pdfium_c.FPDF_ANNOT_STRIKEOUT, pdfium_c.FPDF_ANNOT_SQUIGGLY,
               pdfium_c.FPDF_ANNOT_STAMP, pdfium_c.FPDF_ANNOT_INK, pdfium_c.FPDF_ANNOT_SQUARE,
               pdfium_c.FPDF_ANNOT_CIRCLE, pdfium_c.FPDF_ANNOT_WIDGET}


def _open(path: Path, passwords: tuple[str, ...]) -> pdfium.PdfDocument:
    for password in (None, *passwords):
        try:
            return pdfium.PdfDocument(str(path), password=password)
        except pdfium.PdfiumError as exc:
            if "password" not in str(exc).lower():
                raise CorruptFile(f"not a readable PDF ({exc})") from exc
    tried = f"none of the {len(passwords)} configured passwords opens it" if passwords else (
        "no password is configured for it")
    raise PasswordProtected(f"the PDF is encrypted and {tried}")


def _pdf_date(raw: str | None) -> datetime | None:
    match = _PDF_DATE.match(raw or "")
    if not match:
        return None
    parts = [int(p) if p else d for p, d in zip(match.groups(), (0, 1, 1, 0, 0, 0), strict=True)]
    try:
        return datetime(*parts)
    except ValueError:
        return None


def is_letter_spaced(text: str) -> bool:
    """Words broken into letters by the text layer ("T h e  c a t", "H e re i s so me"):
    English runs at 4-5 letters a word, even a sentence of "a", "I" and "to" above 2.2."""
    words = _WORD.findall(text)
    if len(words) < 5:
        return False
    lengths = list(map(len, words))  # counted in C: a page has thousands of words
    return lengths.count(1) / len(words) > 0.5 or sum(lengths) / len(words) < 2.2


def is_garbage(text: str) -> bool:
    """A text layer of unmapped glyphs or broken words: worse than OCR."""
    size = max(len(text), 1)
    unmapped = text.count("\ufffd") + len(_PRIVATE_USE.findall(text))
    cid_chars = sum(len(m) for m in _CID.findall(text))
    return cid_chars * 3 >= size or unmapped * 10 >= size or is_letter_spaced(text)


def is_usable(text: str) -> bool:
    """A text layer worth keeping as it is: enough letters, and not garbage."""
    enough = next(islice(_ALNUM.finditer(text), MIN_TEXT_CHARS - 1, None), None) is not None
    return enough and not is_garbage(text)


def _image_coverage(page: pdfium.PdfPage) -> float:
    width, height = page.get_size()
    covered = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=4):
        left, bottom, right, top = obj.get_bounds()
        covered += (max(0.0, min(right, width) - max(left, 0.0))
                    * max(0.0, min(top, height) - max(bottom, 0.0)))
    return covered / max(width * height, 1.0)


def _needs_ocr(page: pdfium.PdfPage, text: str) -> bool:
    if is_usable(text):
        return False
    if text.strip() and not is_garbage(text):
        return _image_coverage(page) >= SCAN_COVERAGE
    return True


def _annotation_text(page: pdfium.PdfPage) -> list[str]:
    """Comments, highlights' notes and filled-in form values: evidence the page text lacks."""
    found = []
    for index in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, index)
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) in _NOTE_TYPES:
                found += [v for key in (b"Contents", b"V") if (v := _annot_string(annot, key))]
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return found


def _annot_string(annot: object, key: bytes) -> str:
    size = pdfium_c.FPDFAnnot_GetStringValue(annot, key, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    pointer = ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR))
    pdfium_c.FPDFAnnot_GetStringValue(annot, key, pointer, size)
    return buffer.raw.decode("utf-16-le", "replace").rstrip("\x00").strip()


def _page_text(pdf: pdfium.PdfDocument, index: int, context: ExtractContext,
               warnings: list[str]) -> Page:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        text = textpage.get_text_bounded().replace("\r\n", "\n")
        textpage.close()
        notes = [n for n in _annotation_text(page) if n not in text]
        if not _needs_ocr(page, text):
            return Page(number=index + 1, text="\n\n".join([text, *notes]).strip())
        width, height = page.get_size()
        scale = min(OCR_DPI / 72, (MAX_RENDER_PIXELS / max(width * height, 1.0)) ** 0.5)
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            ocr_text, confidence = ocr_image(bitmap.to_pil(), context.ocr_languages)
        except OcrFailed as exc:
            # One unreadable page keeps what its text layer had; the rest of the file goes on.
            warnings.append(f"page {index + 1}: {exc}")
            return Page(number=index + 1, text="\n\n".join([text, *notes]).strip())
        finally:
            bitmap.close()
        return Page(number=index + 1, text="\n\n".join([ocr_text, *notes]).strip(), ocr=True,
                    ocr_confidence=confidence)
    finally:
        page.close()


def extract_pdf(path: Path, context: ExtractContext) -> Extraction:
    pdf = _open(path, context.passwords)
    warnings: list[str] = []
    try:
        meta = pdf.get_metadata_dict(skip_empty=True)
        pages = [_page_text(pdf, i, context, warnings) for i in range(len(pdf))]
    finally:
        pdf.close()
    return Extraction(
        pages=pages,
        extractor="pypdfium2+tesseract" if any(p.ocr for p in pages) else "pypdfium2",
        title=meta.get("Title"),
        author=meta.get("Author"),
        date=_pdf_date(meta.get("CreationDate")),
        warnings=warnings,
    )


register(Format(family="pdf", mimes=("application/pdf",), extractor=extract_pdf,
                unpacker=pdf_members))
