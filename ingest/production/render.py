"""The produced pages of one document, one at a time: what a production (and a hearing bundle)
writes, with the approved redactions taken out.

``produced_pages`` yields a ``ProducedPage`` per page of the output, in order, holding no more
than that page: a 2,000-page document is never in memory at once. What each page is:

- a PDF page without redactions is the source page itself (``copy_of``), with its own text
  layer; the writer copies it and strips what is not page content (ingest.production.pdf);
- a page with redactions, or a page of an image, is rendered to an image (``RENDER_DPI``) with
  the redaction boxes painted black and the reason written on each, and is given a text layer
  of the words it still shows, invisible, at their positions;
- a page of a document with no page image (text, e-mail, office files) is typeset from its
  stored text (ingest.production.typeset), redacted characters left out and boxes drawn where
  they were;
- a page redacted whole is a black page with its reason; nothing of the source is read.

What a redaction covers: a span, the glyphs its characters are (ingest.production.glyphs); a
box, the box, and every glyph it touches, which is also painted over whole; a page, all of it.
``hidden`` lists what was taken out, for the proof (ingest.production.proof).
"""

from __future__ import annotations

import ctypes
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageSequence

from ingest.errors import OcrFailed
from ingest.extract.ocr import ocr_words
from ingest.extract.pdf import MAX_RENDER_PIXELS, OCR_DPI
from ingest.production.glyphs import (
    Alignment,
    Glyph,
    Rect,
    glyph_text,
    line_rects,
    overlaps,
    split_word,
    words,
)
from ingest.production.paint import paint
from ingest.production.typeset import PAGE_SIZE, sheets

RENDER_DPI = 150
JPEG_QUALITY = 80
IMAGE_DPI = 150  # an image's size on the page when its file gives no resolution
MAX_PAGES = 20_000
Record = dict[str, Any]


class ProductionError(ValueError):
    """A document that cannot be produced as its redactions say: the message names the
    document, the page and why."""


@dataclass
class ProducedPage:
    """One page of the output. ``copy_of``: the source PDF and page index kept as they are;
    otherwise ``image`` (JPEG, redactions burned in) and/or ``words`` (a text layer: drawn on a
    typeset page, invisible over an image), and ``boxes`` to draw (a typeset page's)."""

    document_page: int
    size: tuple[float, float]
    copy_of: tuple[Path, int] | None = None
    image: bytes | None = None
    words: list[tuple[str, Rect]] = field(default_factory=list)
    typeset: bool = False
    boxes: list[tuple[Rect, str]] = field(default_factory=list)
    redactions: int = 0
    hidden: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SourceDocument:
    """What a production reads of one document: its original(s) on local paths (one file, or
    one per page of a page-per-file scan), and its stored pages."""

    label: str  # the control number, for messages
    mime: str
    files: list[Path]
    page_texts: dict[int, str]
    ocr_pages: frozenset[int] = frozenset()
    passwords: tuple[str, ...] = ()
    ocr_languages: str = "eng"


@dataclass
class PageMarks:
    """One page's approved redactions: spans (offsets of the stored text), boxes (page
    fractions) and whether the whole page goes, each with its reason."""

    spans: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, reason, text
    boxes: list[tuple[Rect, str]] = field(default_factory=list)
    whole: str | None = None
    count: int = 0


def page_marks(records: list[Record], label: str, size_of: Any) -> dict[int, PageMarks]:
    """Approved redaction records by page. ``size_of(page)`` gives a page's size in points
    (for boxes given in points); a box off the page is a ProductionError."""
    marks: dict[int, PageMarks] = {}
    for record in records:
        page = int(record["page"])
        mark = marks.setdefault(page, PageMarks())
        mark.count += 1
        reason = str(record.get("reason") or "")
        if record["kind"] == "page":
            mark.whole = mark.whole or reason
        elif record["kind"] == "span":
            mark.spans.append((int(record["start"]), int(record["end"]), reason,
                               str(record.get("text") or "")))
        elif record["kind"] == "box":
            mark.boxes.append((_fraction_box(record, label, size_of), reason))
    return marks


def _fraction_box(record: Record, label: str, size_of: Any) -> Rect:
    box = record["box"]
    x0, y0, x1, y1 = (float(box[k]) for k in ("x0", "y0", "x1", "y1"))
    width, height = (1.0, 1.0) if box.get("unit", "fraction") == "fraction" else size_of(
        int(record["page"]))
    rect = (x0 / width, y0 / height, x1 / width, y1 / height)
    if not (0 <= rect[0] < rect[2] <= 1.0001 and 0 <= rect[1] < rect[3] <= 1.0001):
        raise ProductionError(
            f"{label} page {record['page']}: the box of redaction {record.get('id')} lies off "
            f"the page ({x0:g},{y0:g} to {x1:g},{y1:g} {box.get('unit', 'fraction')} on a page "
            f"of {width:g} by {height:g})")
    return rect


def produced_pages(source: SourceDocument, records: list[Record]) -> Iterator[ProducedPage]:
    """The document's output pages in order, with ``records`` (its approved redactions)
    burned in."""
    if source.mime == "application/pdf":
        yield from _pdf_pages(source, records)
    elif source.mime.startswith("image/"):
        yield from _image_pages(source, records)
    else:
        yield from _typeset_pages(source, records)


# --- PDF ------------------------------------------------------------------------------------


def open_pdf(path: Path, passwords: tuple[str, ...], label: str) -> pdfium.PdfDocument:
    for password in (None, *passwords):
        try:
            return pdfium.PdfDocument(str(path), password=password)
        except pdfium.PdfiumError as exc:
            if "password" not in str(exc).lower():
                raise ProductionError(f"{label}: the original is not a readable PDF ({exc})") \
                    from None
    raise ProductionError(f"{label}: the original PDF is encrypted and no configured password "
                          f"(DOCKET_PASSWORDS) opens it")


def _pdf_pages(source: SourceDocument, records: list[Record]) -> Iterator[ProducedPage]:
    pdf = open_pdf(source.files[0], source.passwords, source.label)
    try:
        count = len(pdf)
        if count > MAX_PAGES:
            raise ProductionError(f"{source.label}: {count} pages, more than a production "
                                  f"takes ({MAX_PAGES})")

        def size_of(number: int) -> tuple[float, float]:
            if not 1 <= number <= count:
                raise ProductionError(f"{source.label}: a redaction is on page {number}, and "
                                      f"the PDF has {count}")
            page = pdf[number - 1]
            try:
                return page.get_size()
            finally:
                page.close()

        marks = page_marks(records, source.label, size_of)
        for index in range(count):
            number = index + 1
            mark = marks.get(number)
            if mark is None:
                yield ProducedPage(number, size_of(number), copy_of=(source.files[0], index))
            elif mark.whole is not None:
                yield _whole(number, size_of(number), mark, source.page_texts.get(number, ""))
            else:
                yield _redacted_pdf_page(pdf, index, mark, source)
    finally:
        pdf.close()


def _redacted_pdf_page(pdf: pdfium.PdfDocument, index: int, mark: PageMarks,
                       source: SourceDocument) -> ProducedPage:
    number = index + 1
    page = pdf[index]
    try:
        size = page.get_size()
        scanned = number in source.ocr_pages
        image = rendered(page, OCR_DPI if scanned else RENDER_DPI)
        glyphs = (ocr_glyphs(image, source.ocr_languages, f"{source.label} page {number}")
                  if scanned else pdf_glyphs(page))
    finally:
        page.close()
    if scanned:
        image = image.resize(_pixels(size, RENDER_DPI))
    return _image_page(number, size, image, glyphs, mark, source)


def rendered(page: pdfium.PdfPage, dpi: int) -> Image.Image:
    """The PDF page as an RGB image at ``dpi`` (bounded in pixels), without form fields or
    annotations: what a produced page shows, and what tesseract reads of a scanned one."""
    bitmap = page.render(scale=_scale(page.get_size(), dpi), may_draw_forms=False,
                         draw_annots=False)
    try:
        return bitmap.to_pil().convert("RGB")
    finally:
        bitmap.close()


def pdf_glyphs(page: pdfium.PdfPage) -> list[Glyph]:
    """The page's characters from PDFium, boxes in fractions of the page as shown (rotation
    and crop applied, as rendering applies them)."""
    textpage = page.get_textpage()
    try:
        width, height = page.get_size()
        # A device as large as the page in hundredths of a point: positions to 1/100 pt.
        device = (max(int(width * 100), 1), max(int(height * 100), 1))
        x, y = ctypes.c_int(), ctypes.c_int()
        glyphs = []
        for i in range(textpage.count_chars()):
            char = chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i) or 32)
            left, bottom, right, top = textpage.get_charbox(i)
            if right <= left or top <= bottom or char in "\r\n":
                glyphs.append(Glyph(char if char != "\r" else "\n", None))
                continue
            corners = []
            for px, py in ((left, bottom), (right, top)):
                pdfium_c.FPDF_PageToDevice(page.raw, 0, 0, device[0], device[1], 0, px, py,
                                           x, y)
                corners.append((x.value / device[0], y.value / device[1]))
            (ax, ay), (bx, by) = corners
            glyphs.append(Glyph(char, (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))))
        return glyphs
    finally:
        textpage.close()


def ocr_glyphs(image: Image.Image, languages: str, where: str) -> list[Glyph]:
    """The words tesseract reads on a scanned page, as glyphs (each word's box shared by its
    characters), spaced as the stored OCR text is. ``where`` names the page in an error."""
    try:
        found = ocr_words(image, languages)
    except OcrFailed as exc:
        raise ProductionError(f"{where}: {exc}") from None
    width, height = image.size
    glyphs: list[Glyph] = []
    for word, (left, top, right, bottom) in found:
        if glyphs:
            glyphs.append(Glyph(" ", None))
        glyphs += split_word(word, (left / width, top / height, right / width, bottom / height))
    return glyphs


def _scale(size: tuple[float, float], dpi: int) -> float:
    width, height = size
    return min(dpi / 72, (MAX_RENDER_PIXELS / max(width * height, 1.0)) ** 0.5)


def _pixels(size: tuple[float, float], dpi: int) -> tuple[int, int]:
    scale = _scale(size, dpi)
    return max(int(size[0] * scale), 1), max(int(size[1] * scale), 1)


# --- what a page's redactions cover ----------------------------------------------------------


def _covered(glyphs: list[Glyph], mark: PageMarks, stored: str, label: str, number: int,
             identity: bool = False) -> tuple[list[bool], list[tuple[Rect, str]], list[str]]:
    """Which glyphs the marks take out, the rectangles to paint (with their reasons), and the
    strings taken out."""
    removed = [False] * len(glyphs)
    rects: list[tuple[Rect, str]] = []
    hidden: list[str] = []
    alignment = None if identity else Alignment(stored, glyphs)
    for start, end, reason, text in mark.spans:
        hidden.append(text or stored[start:end])
        if identity:
            places = [[i for i in range(start, end) if 0 <= i < len(glyphs)]]
        else:
            found = alignment.locate(start, end) if alignment else None
            places = [found] if found else (alignment.occurrences(text or stored[start:end])
                                             if alignment else [])
            if not places and _shown_text(glyphs, text or stored[start:end]):
                raise ProductionError(
                    f"{label} page {number}: the words of a span redaction could not be placed "
                    f"on the page: redact them with a box or the whole page")
        for place in places:
            for i in place:
                removed[i] = True
            rects += [(r, reason) for r in line_rects(glyphs[i] for i in place)]
    for box, reason in mark.boxes:
        rects.append((box, reason))
        touched = [i for i, g in enumerate(glyphs) if g.box is not None and overlaps(g.box, box)]
        for i in touched:
            removed[i] = True
        rects += [(glyphs[i].box, reason) for i in touched if glyphs[i].box is not None]
        hidden += [w for w, _ in words(glyphs, [i in set(touched) for i in range(len(glyphs))])]
    return removed, rects, hidden


def _shown_text(glyphs: list[Glyph], text: str) -> bool:
    """Whether the page's glyphs show ``text`` at all (a span of an annotation's note or a
    form value is in the stored text but not on the page: the production drops those)."""
    target = "".join(text.split()).casefold()
    return bool(target) and target in "".join(glyph_text(glyphs).split()).casefold()


def _image_page(number: int, size: tuple[float, float], image: Image.Image,
                glyphs: list[Glyph], mark: PageMarks, source: SourceDocument) -> ProducedPage:
    stored = source.page_texts.get(number, "")
    removed, rects, hidden = _covered(glyphs, mark, stored, source.label, number)
    paint(image, rects)
    kept = words(glyphs, [not r for r in removed])
    return ProducedPage(number, size, image=_jpeg(image), words=kept, redactions=mark.count,
                        hidden=hidden)


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return buffer.getvalue()


def _whole(number: int, size: tuple[float, float], mark: PageMarks, stored: str
           ) -> ProducedPage:
    return ProducedPage(number, size, typeset=True, boxes=[((0.0, 0.0, 1.0, 1.0), mark.whole or "")],
                        redactions=mark.count, hidden=[w for w in stored.split() if len(w) > 3])


# --- images ---------------------------------------------------------------------------------


def _image_pages(source: SourceDocument, records: list[Record]) -> Iterator[ProducedPage]:
    marks = page_marks(records, source.label, lambda _page: (1.0, 1.0))
    number = 0
    for path in source.files:
        try:
            with Image.open(path) as opened:
                for frame in ImageSequence.Iterator(opened):
                    number += 1
                    if number > MAX_PAGES:
                        raise ProductionError(f"{source.label}: more than {MAX_PAGES} pages")
                    yield _image_frame(number, frame, marks.get(number), source)
        except (OSError, Image.DecompressionBombError) as exc:
            raise ProductionError(f"{source.label}: the image {path.name} cannot be read "
                                  f"({exc})") from None


def _image_frame(number: int, frame: Image.Image, mark: PageMarks | None,
                 source: SourceDocument) -> ProducedPage:
    image = frame.convert("RGB")
    dpi = frame.info.get("dpi") or (IMAGE_DPI, IMAGE_DPI)
    size = (image.width * 72 / max(float(dpi[0]), 1.0), image.height * 72 / max(float(dpi[1]), 1.0))
    if mark is None:
        return ProducedPage(number, size, image=_jpeg(_bounded(image)))
    if mark.whole is not None:
        return _whole(number, size, mark, source.page_texts.get(number, ""))
    glyphs = (ocr_glyphs(image, source.ocr_languages, f"{source.label} page {number}")
              if mark.spans or mark.boxes else [])
    return _image_page(number, size, _bounded(image), glyphs, mark, source)


def _bounded(image: Image.Image) -> Image.Image:
    """An image no larger than a page rendered at MAX_RENDER_PIXELS."""
    pixels = image.width * image.height
    if pixels <= MAX_RENDER_PIXELS:
        return image
    factor = (MAX_RENDER_PIXELS / pixels) ** 0.5
    return image.resize((int(image.width * factor), int(image.height * factor)))


# --- typeset --------------------------------------------------------------------------------


def _typeset_pages(source: SourceDocument, records: list[Record]) -> Iterator[ProducedPage]:
    marks = page_marks(records, source.label, lambda _page: PAGE_SIZE)
    for number in sorted(source.page_texts):
        text = printable(source.page_texts[number])
        mark = marks.get(number)
        if mark is not None and mark.whole is not None:
            yield _whole(number, PAGE_SIZE, mark, text)
            continue
        for sheet in sheets(number, text):
            if mark is None:
                yield ProducedPage(number, PAGE_SIZE, typeset=True,
                                   words=words(sheet.glyphs, [True] * len(sheet.glyphs)))
                continue
            local = PageMarks([(s - sheet.start, e - sheet.start, r, t or text[s:e])
                               for s, e, r, t in mark.spans if s < sheet.end and e > sheet.start],
                              mark.boxes, None, mark.count)
            removed, rects, hidden = _covered(sheet.glyphs, local, text[sheet.start:sheet.end],
                                              source.label, number, identity=True)
            yield ProducedPage(number, PAGE_SIZE, typeset=True, boxes=rects,
                               words=words(sheet.glyphs, [not r for r in removed]),
                               redactions=mark.count, hidden=hidden)


def printable(text: str) -> str:
    """Control characters as spaces (offsets unchanged): a font has no glyph for them."""
    return "".join(c if c == "\n" or c >= " " else " " for c in text)

