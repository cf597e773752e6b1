"""One page of an original as a PNG, for the viewer to show and a reviewer to draw redaction
boxes on (boxes are kept in page fractions, so the image's size does not matter to them).

A PDF page is rendered by PDFium at ``WIDTH_PX`` wide (the configured passwords open an
encrypted one); a page of an image document is its frame (a multi-page TIFF) or, for a scan
filed one page per file, that page's file. Every image is bounded in pixels, so a poster-sized
page cannot exhaust memory. Other documents have no page image: their pages are text.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageSequence

from ingest.extract.pdf import MAX_RENDER_PIXELS
from ingest.production.render import ProductionError, open_pdf

WIDTH_PX = 1100
MAX_SIDE_PX = 4000


class NoPageImage(ValueError):
    """The document has no image of that page; the message says why."""


def has_page_images(mime: str | None) -> bool:
    return bool(mime) and (mime == "application/pdf" or str(mime).startswith("image/"))


def page_png(path: Path, mime: str, number: int, passwords: tuple[str, ...], label: str) -> bytes:
    """Page ``number`` (from 1) of the file at ``path`` as PNG bytes. ``path`` is the page's own
    file for a scan filed one page per file (then ``number`` is 1)."""
    if mime == "application/pdf":
        return _pdf_page(path, number, passwords, label)
    if mime.startswith("image/"):
        return _image_frame(path, number, label)
    raise NoPageImage(f"{label} is not a PDF or an image: its pages are text, redacted by span "
                      f"or whole")


def _pdf_page(path: Path, number: int, passwords: tuple[str, ...], label: str) -> bytes:
    try:
        pdf = open_pdf(path, passwords, label)
    except ProductionError as exc:
        raise NoPageImage(str(exc)) from None
    try:
        if not 1 <= number <= len(pdf):
            raise NoPageImage(f"{label} has {len(pdf)} pages, not {number}")
        page = pdf[number - 1]
        try:
            width, height = page.get_size()
            scale = min(WIDTH_PX / max(width, 1.0),
                        (MAX_RENDER_PIXELS / max(width * height, 1.0)) ** 0.5,
                        MAX_SIDE_PX / max(height, 1.0))
            bitmap = page.render(scale=scale)
            try:
                return _png(bitmap.to_pil())
            finally:
                bitmap.close()
        finally:
            page.close()
    finally:
        pdf.close()


def _image_frame(path: Path, number: int, label: str) -> bytes:
    try:
        with Image.open(path) as opened:
            for index, frame in enumerate(ImageSequence.Iterator(opened), start=1):
                if index == number:
                    return _png(_bounded(frame.convert("RGB")))
            raise NoPageImage(f"{label} has no page {number}")
    except (OSError, Image.DecompressionBombError) as exc:
        raise NoPageImage(f"{label}: the image cannot be read ({exc})") from None


def _bounded(image: Image.Image) -> Image.Image:
    factor = min(1.0, MAX_SIDE_PX / max(image.width, image.height, 1),
                 (MAX_RENDER_PIXELS / max(image.width * image.height, 1)) ** 0.5)
    if factor >= 1.0:
        return image
    return image.resize((max(1, int(image.width * factor)), max(1, int(image.height * factor))))


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()
