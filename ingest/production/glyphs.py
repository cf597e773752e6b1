"""Where the characters of a page are: glyphs with boxes, and the stored page text mapped onto
them.

Docket stores the text of each page but not where its words are, so a production reads the
positions from the source again: PDFium's character boxes for a PDF page with a text layer,
tesseract's word boxes for a scanned page (read as ingestion read it, so the words are the
stored OCR text's), or the layout of a typeset page (ingest.production.typeset), which places
every character itself. A span redaction's offsets are into the stored text; ``locate`` finds
the glyphs they cover by aligning the stored text with the glyphs' text, character by
character with whitespace left out (the stored text was read from the same source, so the two
agree but for spacing; where they differ, the longest matching runs are aligned).

Boxes are page fractions from the top left (left, top, right, bottom), as a box redaction's are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

Rect = tuple[float, float, float, float]  # left, top, right, bottom, page fractions
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Glyph:
    """One character as the page shows it; ``box`` is None for a space the source inferred."""

    char: str
    box: Rect | None


def glyph_text(glyphs: list[Glyph]) -> str:
    return "".join(g.char for g in glyphs)


def _visible(text: str) -> tuple[str, list[int]]:
    """``text`` without whitespace, and where each of its characters was."""
    kept = [(i, c) for i, c in enumerate(text) if not c.isspace()]
    return "".join(c for _, c in kept), [i for i, _ in kept]


@dataclass
class Alignment:
    """The stored page text mapped onto the page's glyphs."""

    stored: str
    glyphs: list[Glyph]

    def __post_init__(self) -> None:
        stored, self._stored_at = _visible(self.stored)
        shown, self._glyph_at = _visible(glyph_text(self.glyphs))
        self._map: dict[int, int] = {}
        if stored == shown:
            self._map = dict(zip(self._stored_at, self._glyph_at, strict=True))
            return
        matcher = SequenceMatcher(None, stored, shown, autojunk=False)
        for block in matcher.get_matching_blocks():
            for k in range(block.size):
                self._map[self._stored_at[block.a + k]] = self._glyph_at[block.b + k]

    def locate(self, start: int, end: int) -> list[int] | None:
        """The glyphs that show characters ``start``-``end`` of the stored text, or None when
        some of its (non-space) characters are not on the page as aligned."""
        wanted = [i for i in range(start, min(end, len(self.stored)))
                  if not self.stored[i].isspace()]
        found = [self._map[i] for i in wanted if i in self._map]
        if len(found) < len(wanted) or not found:
            return None
        return list(range(min(found), max(found) + 1))

    def stored_offsets(self, glyph_indices: Iterable[int]) -> list[int]:
        """The offsets of the stored text that ``glyph_indices`` show, in order (what
        ``locate`` maps the other way)."""
        wanted = set(glyph_indices)
        return sorted(at for at, glyph in self._map.items() if glyph in wanted)

    def occurrences(self, words: str) -> list[list[int]]:
        """Every place the page shows ``words`` (any case and spacing): where a span that does
        not align is painted instead."""
        shown, at = _visible(glyph_text(self.glyphs))
        target = "".join(words.split()).casefold()
        if not target:
            return []
        folded = shown.casefold()
        places, pos = [], folded.find(target)
        while pos >= 0 and len(folded) == len(shown):
            places.append(list(range(at[pos], at[pos + len(target) - 1] + 1)))
            pos = folded.find(target, pos + 1)
        return places


def line_rects(glyphs: Iterable[Glyph]) -> list[Rect]:
    """The boxes of ``glyphs`` (consecutive, in text order) joined into one rectangle per line."""
    rects: list[Rect] = []
    for glyph in glyphs:
        if glyph.box is None:
            continue
        left, top, right, bottom = glyph.box
        if rects:
            l0, t0, r0, b0 = rects[-1]
            same_line = min(bottom, b0) - max(top, t0) > 0.5 * min(bottom - top, b0 - t0)
            if same_line and left >= l0 - 0.01:
                rects[-1] = (min(l0, left), min(t0, top), max(r0, right), max(b0, bottom))
                continue
        rects.append(glyph.box)
    return rects


def overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def words(glyphs: list[Glyph], kept: list[bool]) -> list[tuple[str, Rect]]:
    """The kept glyphs as words with their boxes: what a page's text layer is written from.
    A word ends at a space, at a glyph not kept, or where the next glyph is not beside it."""
    out: list[tuple[str, Rect]] = []
    chars: list[str] = []
    box: Rect | None = None
    for glyph, keep in zip(glyphs, kept, strict=True):
        joins = (keep and glyph.box is not None and not glyph.char.isspace() and box is not None
                 and _beside(box, glyph.box))
        if not joins and chars and box is not None:
            out.append(("".join(chars), box))
            chars, box = [], None
        if keep and glyph.box is not None and not glyph.char.isspace():
            chars.append(glyph.char)
            box = glyph.box if box is None else (min(box[0], glyph.box[0]), min(box[1], glyph.box[1]),
                                                 max(box[2], glyph.box[2]), max(box[3], glyph.box[3]))
    if chars and box is not None:
        out.append(("".join(chars), box))
    return out


def _beside(box: Rect, next_box: Rect) -> bool:
    height = max(box[3] - box[1], 1e-6)
    shorter = max(min(height, next_box[3] - next_box[1]), 1e-6)
    same_line = min(box[3], next_box[3]) - max(box[1], next_box[1]) > 0.3 * shorter
    return same_line and -0.5 * height <= next_box[0] - box[2] <= 0.6 * height


def split_word(word: str, box: Rect) -> list[Glyph]:
    """A word read as a whole (an OCR word) as glyphs that share its box evenly."""
    left, top, right, bottom = box
    step = (right - left) / max(len(word), 1)
    return [Glyph(c, (left + i * step, top, left + (i + 1) * step, bottom))
            for i, c in enumerate(word)]


def collapse(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
