"""A typeset page: the stored text of a page that has no page image of its own (an e-mail, a
text file, an office document read as text), laid out in a monospaced font on A4.

Why typeset rather than convert the original (LibreOffice for office files): a span redaction
is a range of the stored page text, and the stored pages are what Docket cites. Laying that text
out places every character where the layout knows, so a redaction covers exactly its characters
and the page numbers stay the stored pages'. A converter paginates and words the document its
own way, so a span could only be found again by guessing. The cost is the look of the original;
the text, its line breaks and its pages are kept.

A stored page is one sheet, in the largest size from ``SIZES`` that fits it; a page too long
for the smallest goes on over more sheets, each citing the same document page.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.production.glyphs import Glyph

PAGE_SIZE = (595.28, 841.89)  # A4, points
MARGIN = 54.0
BOTTOM = 64.0  # room for the URN stamp
SIZES = (10.0, 9.0, 8.0, 7.0, 6.0)
ADVANCE = 0.6021  # DejaVu Sans Mono's advance width per point of size (Courier's is 0.6)
LEADING = 1.25
ASCENT, DESCENT = 0.928, 0.236  # of the em, DejaVu Sans Mono


@dataclass(frozen=True)
class Sheet:
    """One typeset sheet: the stored page it shows, the offsets of the text it holds, its
    glyphs (one per character of that text, in order) and its font size."""

    page: int
    start: int
    end: int
    size: float
    glyphs: list[Glyph]


def _lines(text: str, columns: int) -> list[tuple[int, int]]:
    """The text's lines as (start, end) offsets, wrapped at ``columns`` at a space if there is
    one, mid-word otherwise."""
    out: list[tuple[int, int]] = []
    start = 0
    for paragraph in text.split("\n"):
        end_of_paragraph = start + len(paragraph)
        line = start
        while end_of_paragraph - line > columns:
            cut = text.rfind(" ", line + 1, line + columns + 1)
            cut = cut + 1 if cut > line else line + columns
            out.append((line, cut))
            line = cut
        out.append((line, end_of_paragraph))
        start = end_of_paragraph + 1
    return out


def _capacity(size: float) -> tuple[int, int]:
    width, height = PAGE_SIZE
    columns = int((width - 2 * MARGIN) / (ADVANCE * size))
    rows = int((height - MARGIN - BOTTOM) / (LEADING * size))
    return columns, rows


def sheets(page: int, text: str) -> list[Sheet]:
    """The sheets that show stored page ``page`` whose text is ``text``."""
    for size in SIZES:
        columns, rows = _capacity(size)
        lines = _lines(text, columns)
        if len(lines) <= rows or size == SIZES[-1]:
            break
    out = []
    for first in range(0, max(len(lines), 1), rows):
        chunk = lines[first:first + rows] or [(0, 0)]
        out.append(_sheet(page, text, chunk, size))
    return out


def _sheet(page: int, text: str, lines: list[tuple[int, int]], size: float) -> Sheet:
    width, height = PAGE_SIZE
    advance, leading = ADVANCE * size, LEADING * size
    start, end = lines[0][0], lines[-1][1]
    boxes: dict[int, tuple[float, float, float, float]] = {}
    for row, (line_start, line_end) in enumerate(lines):
        baseline = MARGIN + row * leading + ASCENT * size
        top, bottom = (baseline - ASCENT * size) / height, (baseline + DESCENT * size) / height
        for column, offset in enumerate(range(line_start, line_end)):
            left = MARGIN + column * advance
            boxes[offset] = (left / width, top, (left + advance) / width, bottom)
    # A line break (and the space a wrap breaks at) has no place of its own on the sheet.
    glyphs = [Glyph(text[i], boxes.get(i)) for i in range(start, end)]
    return Sheet(page, start, end, size, glyphs)
