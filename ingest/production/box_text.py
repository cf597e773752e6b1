"""The words a box drawn on a page covers, as spans of the page's stored text.

A box redaction is burned into the page image of a production; the redacted copy that users
without clearance search and read is made from the stored text, so it must lose the same words.
Docket stores no positions of words, so they are read again from the source, as a production
reads them (ingest.production.glyphs): PDFium's character boxes for a PDF page with a text
layer, tesseract's word boxes for a scanned page or an image, the typeset layout for a document
whose pages are text. Every character whose box the rectangle touches is covered, and so is the
rest of its word in the stored text: half a name is still a name.

When the rectangle touches characters of the page that cannot be matched to the stored text
(an OCR reading that differs from the one stored), the box is refused with that reason: a box
that took nothing out of the searchable text would be a redaction only on paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageSequence

from ingest.extract.pdf import OCR_DPI
from ingest.production.glyphs import Alignment, Glyph, Rect, overlaps
from ingest.production.render import (
    ProductionError,
    ocr_glyphs,
    open_pdf,
    pdf_glyphs,
    printable,
    rendered,
)
from ingest.production.typeset import sheets

Span = tuple[int, int]


@dataclass(frozen=True)
class BoxedPage:
    """One page a box is drawn on: its file (the page's own file for a scan filed one page per
    file, then ``number`` is 1), the page's stored text and whether that text was OCR'd."""

    path: Path | None
    mime: str
    number: int
    stored: str
    scanned: bool
    label: str
    passwords: tuple[str, ...] = ()
    ocr_languages: str = "eng"


def box_spans(page: BoxedPage, rect: Rect) -> list[Span]:
    """The spans of ``page.stored`` that ``rect`` (page fractions: left, top, right, bottom)
    covers, whole words, joined where only spaces part them. ProductionError when the page
    cannot be read or the words under the box cannot be matched to the stored text."""
    if page.mime == "application/pdf" and page.path is not None:
        offsets = _aligned(page, _pdf_page_glyphs(page), rect)
    elif page.mime.startswith("image/") and page.path is not None:
        offsets = _aligned(page, _image_glyphs(page), rect)
    else:
        offsets = _typeset_offsets(page.stored, page.number, rect)
    return whole_words(page.stored, offsets)


def whole_words(text: str, offsets: list[int]) -> list[Span]:
    """The words of ``text`` that hold any of ``offsets``, as spans; words parted only by
    whitespace are one span (so the copy shows one mask, not how many words there were)."""
    spans: list[Span] = []
    for offset in sorted(set(offsets)):
        if not 0 <= offset < len(text) or text[offset].isspace():
            continue
        if spans and spans[-1][0] <= offset < spans[-1][1]:
            continue
        start, end = offset, offset + 1
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        if spans and not text[spans[-1][1]:start].strip():
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _touched(glyphs: list[Glyph], rect: Rect) -> list[int]:
    return [i for i, g in enumerate(glyphs)
            if g.box is not None and not g.char.isspace() and overlaps(g.box, rect)]


def _aligned(page: BoxedPage, glyphs: list[Glyph], rect: Rect) -> list[int]:
    touched = _touched(glyphs, rect)
    offsets = Alignment(page.stored, glyphs).stored_offsets(touched)
    if touched and not offsets:
        raise ProductionError(
            f"{page.label} page {page.number}: the words under the box could not be matched to "
            f"the page's stored text, so the box would hide nothing from the searchable copy: "
            f"redact them as a span, or the whole page")
    return offsets


def _pdf_page_glyphs(page: BoxedPage) -> list[Glyph]:
    assert page.path is not None
    pdf = open_pdf(page.path, page.passwords, page.label)
    try:
        if not 1 <= page.number <= len(pdf):
            raise ProductionError(f"{page.label} has {len(pdf)} pages, not {page.number}")
        source = pdf[page.number - 1]
        try:
            if not page.scanned:
                return pdf_glyphs(source)
            return ocr_glyphs(rendered(source, OCR_DPI), page.ocr_languages,
                              f"{page.label} page {page.number}")
        finally:
            source.close()
    finally:
        pdf.close()


def _image_glyphs(page: BoxedPage) -> list[Glyph]:
    assert page.path is not None
    try:
        with Image.open(page.path) as opened:
            for index, frame in enumerate(ImageSequence.Iterator(opened), start=1):
                if index == page.number:
                    return ocr_glyphs(frame.convert("RGB"), page.ocr_languages,
                                      f"{page.label} page {page.number}")
    except (OSError, Image.DecompressionBombError) as exc:
        raise ProductionError(f"{page.label}: the image cannot be read ({exc})") from None
    raise ProductionError(f"{page.label} has no page {page.number}")


def _typeset_offsets(stored: str, number: int, rect: Rect) -> list[int]:
    """A page of text is typeset on one or more sheets, and a box is drawn on each of them, as
    the production draws it (ingest.production.render): the characters it touches on any."""
    offsets: list[int] = []
    for sheet in sheets(number, printable(stored)):
        offsets += [sheet.start + i for i in _touched(sheet.glyphs, rect)]
    return offsets

