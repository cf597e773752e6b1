"""Redaction boxes burned into a page image: painted black, the reason written on each in
white when it fits."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ingest.production.glyphs import Rect

FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu")
SANS = "DejaVuSans.ttf"
MONO = "DejaVuSansMono.ttf"
PAD = 0.002  # of the page: a glyph's box is tight; antialiased edges reach just past it
MIN_REASON_PX = 7


def font_file(name: str) -> Path | None:
    """A DejaVu font (Debian's fonts-dejavu-core), or None when it is not installed."""
    for folder in FONT_DIRS:
        path = Path(folder) / name
        if path.is_file():
            return path
    return None


@cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = font_file(SANS)
    if path is None:
        return ImageFont.load_default(size)
    return ImageFont.truetype(str(path), size)


def paint(image: Image.Image, rects: list[tuple[Rect, str]]) -> None:
    """Paint each rectangle (page fractions) black on ``image``, then write its reason on it."""
    draw = ImageDraw.Draw(image)
    width, height = image.size
    boxes = []
    for (left, top, right, bottom), reason in rects:
        box = (max(int((left - PAD) * width), 0), max(int((top - PAD) * height), 0),
               min(int((right + PAD) * width) + 1, width), min(int((bottom + PAD) * height) + 1, height))
        draw.rectangle(box, fill="black")
        boxes.append((box, reason))
    for box, reason in boxes:
        _reason(draw, box, reason)


def _reason(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], reason: str) -> None:
    """The reason in the box, as large as fits up to 14 px, cut short with an ellipsis."""
    left, top, right, bottom = box
    size = min(14, int((bottom - top) * 0.7))
    if size < MIN_REASON_PX or not reason:
        return
    font = _font(size)
    text = reason
    while text and draw.textlength(text, font=font) > right - left - 4:
        text = text[:-2] + "…" if len(text) > 2 else ""
    if text:
        draw.text((left + 2, top + (bottom - top - size) / 2), text, fill="white", font=font)
