"""Images (PNG, JPEG, JPEG 2000, TIFF and DCX fax pages including multi-page, GIF, BMP, WebP,
PCX and the portable any-maps): tesseract OCR per frame."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageSequence, UnidentifiedImageError

from ingest.errors import CorruptFile
from ingest.extract import ExtractContext
from ingest.extract.ocr import ocr_image
from ingest.formats import Format, register
from ingest.model import Extraction, Page

# Scans beyond this are almost surely hostile (decompression bombs), not letters.
Image.MAX_IMAGE_PIXELS = 200_000_000


def extract_image(path: Path, context: ExtractContext) -> Extraction:
    try:
        with Image.open(path) as image:
            pages = []
            for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
                text, confidence = ocr_image(frame.copy(), context.ocr_languages)
                pages.append(Page(number=number, text=text, ocr=True, ocr_confidence=confidence))
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError) as exc:
        raise CorruptFile(f"not a readable image ({exc})") from exc
    return Extraction(pages=pages, extractor="tesseract")


register(Format(family="image", mimes=("image/png", "image/jpeg", "image/tiff", "image/gif",
                                       "image/bmp", "image/webp", "image/jp2", "image/x-pcx",
                                       "image/x-dcx", "image/x-portable-pixmap",
                                       "image/x-portable-graymap", "image/x-portable-greymap",
                                       "image/x-portable-bitmap", "image/x-portable-anymap"),
                extractor=extract_image))
