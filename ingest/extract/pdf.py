"""PDF: the text layer with pypdfium2; pages without usable text are rendered and OCR'd.

A text layer is not usable when it is missing, when it is unmapped glyph codes ("(cid:12)",
U+FFFD, private-use characters), letter-spaced ("T h e  c a t": a search for "cat" misses
it) or symbol soup (Type3 fonts without a ToUnicode map give ``!" #! $%&$'(``, and glyph codes
that land on letters give words without vowels): ``garbage_reason`` is the judge, and says why.
A short but clean text layer is kept unless an image covers the page: that is a scan with a
stamp (a Bates number) on it. Annotation comments and form values are added to their page.

When PDFium refuses the file, other readers are tried (the format's fallbacks, in order, only
after that failure): pypdf, pdfminer.six, then a repair by qpdf (through pikepdf) and PDFium again
on the repaired copy, which renders and OCRs what has no text.
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
_LETTER = re.compile(r"[^\W\d_]")
_SYMBOL = re.compile(r"[!-/:-@\[-`{-~]")  # ASCII punctuation and symbols
_LATIN_WORD = re.compile(r"\b[A-Za-z]{4,}\b")
_VOWELS = frozenset("aeiouyAEIOUY")
_SPACE = re.compile(r"\s")
# Leaders and rules ("Chapter 1 ........ 9", "-----"): layout, not glyph codes.
_REPEATED_SYMBOL = re.compile(r"([!-/:-@\[-`{-~])\1{2,}")
SOUP_SYMBOL_SHARE = 0.3  # prose has 3-5% symbols, code and tables up to ~20%
SOUP_LETTER_SHARE = 0.5
SOUP_VOWELLESS_SHARE = 0.4  # of the words of four Latin letters or more
MIN_JUDGED_CHARS = 20
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


def is_symbol_soup(text: str) -> bool:
    """Glyph codes shown as characters: mostly ASCII symbols and few letters, or "words" that
    have no vowel (codes that land on letters). Tables of figures are digits, not symbols."""
    text = _REPEATED_SYMBOL.sub(r"\1", text)
    visible = len(text) - len(_SPACE.findall(text))
    if visible < MIN_JUDGED_CHARS:
        return False
    symbols = len(_SYMBOL.findall(text)) / visible
    if symbols > SOUP_SYMBOL_SHARE and len(_LETTER.findall(text)) / visible < SOUP_LETTER_SHARE:
        return True
    words = _LATIN_WORD.findall(text)
    if len(words) < 5:
        return False
    vowelless = sum(1 for word in words if _VOWELS.isdisjoint(word))
    return vowelless / len(words) > SOUP_VOWELLESS_SHARE


def garbage_reason(text: str) -> str | None:
    """Why a text layer is worse than OCR (unmapped glyphs, broken words, symbol soup), or
    None when it reads as text."""
    size = max(len(text), 1)
    unmapped = text.count("\ufffd") + len(_PRIVATE_USE.findall(text))
    cid_chars = sum(len(m) for m in _CID.findall(text))
    if cid_chars * 3 >= size:
        return "unmapped glyphs (cid)"
    if unmapped * 10 >= size:
        return "unmapped glyphs (U+FFFD or private use)"
    if is_letter_spaced(text):
        return "letter-spaced"
    if is_symbol_soup(text):
        return "symbol soup"
    return None


def is_garbage(text: str) -> bool:
    """A text layer of unmapped glyphs, broken words or symbol soup: worse than OCR."""
    return garbage_reason(text) is not None


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


def pdf_page_size(path: Path, number: int) -> tuple[float, float] | None:
    """Width and height in points of page ``number`` (from 1) of a PDF, as it is shown
    (rotation applied); None when the file cannot be opened or has no such page. A redaction
    box given in points is checked against it (search.redactions)."""
    try:
        pdf = _open(path, ())
    except (CorruptFile, PasswordProtected):
        return None
    try:
        if not 1 <= number <= len(pdf):
            return None
        page = pdf[number - 1]
        try:
            width, height = page.get_size()
            return float(width), float(height)
        finally:
            page.close()
    finally:
        pdf.close()


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




def _fallback_pages(texts: list[str], reader: str) -> list[Page]:
    """Pages a fallback reader gave; it must have found some usable text, or the next reader
    (the repair, which can render and OCR) is tried."""
    if not any(is_usable(text) for text in texts):
        raise CorruptFile(f"{reader} opened the PDF but read no usable text")
    return [Page(number=n, text=text.strip()) for n, text in enumerate(texts, start=1)]


def extract_pdf_pypdf(path: Path, context: ExtractContext) -> Extraction:
    """pypdf, lenient: it reads many files whose cross-reference table PDFium refuses."""
    import pypdf
    from pypdf.errors import PyPdfError

    try:
        reader = pypdf.PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            opened = any(reader.decrypt(p) for p in ("", *context.passwords))
            if not opened:
                raise PasswordProtected("the PDF is encrypted and no configured password opens it")
        texts = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata or {}
    except PasswordProtected:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError,
            RecursionError, NotImplementedError) as exc:
        raise CorruptFile(f"pypdf could not read the PDF ({type(exc).__name__}: {exc})") from exc
    return Extraction(pages=_fallback_pages(texts, "pypdf"), extractor="pypdf",
                      title=meta.get("/Title"), author=meta.get("/Author"),
                      date=_pdf_date(str(meta.get("/CreationDate") or "")))


def extract_pdf_pdfminer(path: Path, context: ExtractContext) -> Extraction:
    """pdfminer.six: slower, and the most forgiving of damaged content streams."""
    from pdfminer.high_level import extract_text
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfpage import PDFPage

    try:
        with path.open("rb") as handle:
            count = sum(1 for _ in PDFPage.get_pages(handle))
        texts = [extract_text(str(path), page_numbers=[i]) for i in range(count)]
    except PDFPasswordIncorrect as exc:
        raise PasswordProtected("the PDF is encrypted and no configured password opens it") from exc
    except Exception as exc:  # pdfminer raises bare PSExceptions, struct and zlib errors
        raise CorruptFile(f"pdfminer could not read the PDF ({type(exc).__name__}: {exc})") from exc
    return Extraction(pages=_fallback_pages(texts, "pdfminer"), extractor="pdfminer")


def extract_pdf_repaired(path: Path, context: ExtractContext) -> Extraction:
    """qpdf (through pikepdf) rebuilds the cross-reference table and the damaged objects; PDFium
    reads the repaired copy, rendering and OCRing the pages that have no text."""
    import tempfile

    import pikepdf

    with tempfile.TemporaryDirectory(prefix="docket-pdf-") as workdir:
        repaired = Path(workdir) / "repaired.pdf"
        try:
            with pikepdf.open(str(path), password=(context.passwords or ("",))[0]) as pdf:
                pdf.save(str(repaired))
        except pikepdf.PasswordError as exc:
            raise PasswordProtected("the PDF is encrypted and no configured password opens it") from exc
        except (pikepdf.PdfError, OSError, ValueError, RuntimeError) as exc:
            # qpdf names the file it read: the blob store's copy, a path of the server's.
            reason = str(exc).replace(str(path), path.name)
            raise CorruptFile(f"qpdf could not repair the PDF ({reason})") from exc
        extraction = extract_pdf(repaired, context)
    extraction.extractor = f"qpdf-repair+{extraction.extractor}"
    return extraction


register(Format(family="pdf", mimes=("application/pdf",), extractor=extract_pdf,
                fallbacks=(extract_pdf_pypdf, extract_pdf_pdfminer, extract_pdf_repaired),
                unpacker=pdf_members))
