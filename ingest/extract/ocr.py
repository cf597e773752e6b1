"""Tesseract OCR of page images, with the mean word confidence of each page.

A page scanned sideways or upside down reads as noise at low confidence. Such a page (and only
such a page: orientation detection costs about a third of a page's OCR) is asked for its
orientation with tesseract's OSD, turned upright and read again; the reading with the higher
confidence is kept, so a page OSD misjudges is never made worse.
"""

from __future__ import annotations

import os
import re

from PIL import Image

from ingest.errors import OcrFailed

# One tesseract thread per page: the pool already runs one process per core.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
# A page tesseract cannot finish in this time is noise or hostile; tesseract is killed.
OCR_TIMEOUT_S = 180
# Upright typed pages read at 85-95; a page on its side or upside down at about 50.
ORIENTATION_CHECK_BELOW = 65.0
_ROTATE = re.compile(r"^Rotate:\s*(\d+)", re.MULTILINE)


def ocr_image(image: Image.Image, languages: str) -> tuple[str, float | None]:
    """The text tesseract reads in an image, and its mean word confidence (0-100); a page that
    reads poorly is tried again turned the way tesseract's orientation detection says."""
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    text, confidence = _read(image, languages)
    if confidence is not None and confidence >= ORIENTATION_CHECK_BELOW:
        return text, confidence
    turn = upright_turn(image)
    if not turn:
        return text, confidence
    turned_text, turned_confidence = _read(image.rotate(-turn, expand=True, fillcolor="white"),
                                           languages)
    if turned_confidence is not None and (confidence is None or turned_confidence > confidence):
        return turned_text, turned_confidence
    return text, confidence


def upright_turn(image: Image.Image) -> int:
    """Degrees clockwise that turn the page upright (0, 90, 180 or 270), by tesseract's OSD; 0
    when it cannot tell (no OSD data installed, too little text)."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(image, config="--psm 0", timeout=OCR_TIMEOUT_S)
    except (pytesseract.TesseractError, pytesseract.TesseractNotFoundError, OSError,
            RuntimeError):
        return 0
    found = _ROTATE.search(osd)
    return int(found.group(1)) % 360 if found else 0


def _data(image: Image.Image, languages: str) -> dict[str, list]:
    """tesseract's words with their boxes, lines and confidences (``image_to_data``)."""
    # Imported here: pytesseract loads pandas, and identifying files (which imports every
    # extractor module to learn the formats) must not pay for it.
    import pytesseract

    try:
        data = pytesseract.image_to_data(
            image, lang=languages, config="--psm 3", output_type=pytesseract.Output.DICT,
            timeout=OCR_TIMEOUT_S,
        )
    except (pytesseract.TesseractError, pytesseract.TesseractNotFoundError, OSError) as exc:
        raise OcrFailed(f"tesseract failed: {exc}") from exc
    except RuntimeError as exc:  # pytesseract's timeout (TesseractError is caught above)
        raise OcrFailed(f"tesseract took longer than {OCR_TIMEOUT_S}s on a page") from exc
    return data


def ocr_words(image: Image.Image, languages: str) -> list[tuple[str, tuple[int, int, int, int]]]:
    """The words tesseract reads in ``image`` in reading order, each with its box in pixels
    (left, top, right, bottom): the words ``ocr_image`` joins into the page text, read the same
    way, so that a production finds where each word of a stored OCR text is on the page."""
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    data = _data(image, languages)
    return [(word, (data["left"][i], data["top"][i], data["left"][i] + data["width"][i],
                    data["top"][i] + data["height"][i]))
            for i, word in enumerate(data["text"]) if word.strip()]


def _read(image: Image.Image, languages: str) -> tuple[str, float | None]:
    data = _data(image, languages)
    lines: dict[tuple[int, int, int], list[str]] = {}
    confidences: list[float] = []
    for i, word in enumerate(data["text"]):
        if not word.strip():
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append(word)
        conf = float(data["conf"][i])
        if conf >= 0:
            confidences.append(conf)
    text_lines: list[str] = []
    previous_block = None
    for (block, _par, _line), words in lines.items():
        if previous_block is not None and block != previous_block:
            text_lines.append("")
        text_lines.append(" ".join(words))
        previous_block = block
    confidence = sum(confidences) / len(confidences) if confidences else None
    return "\n".join(text_lines), confidence
