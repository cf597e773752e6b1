"""Tesseract OCR of page images, with the mean word confidence of each page."""

from __future__ import annotations

import os

from PIL import Image

from ingest.errors import OcrFailed

# One tesseract thread per page: the pool already runs one process per core.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
# A page tesseract cannot finish in this time is noise or hostile; tesseract is killed.
OCR_TIMEOUT_S = 180


def ocr_image(image: Image.Image, languages: str) -> tuple[str, float | None]:
    """The text tesseract reads in an image, and its mean word confidence (0-100)."""
    # Imported here: pytesseract loads pandas, and identifying files (which imports every
    # extractor module to learn the formats) must not pay for it.
    import pytesseract

    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    try:
        data = pytesseract.image_to_data(
            image, lang=languages, config="--psm 3", output_type=pytesseract.Output.DICT,
            timeout=OCR_TIMEOUT_S,
        )
    except (pytesseract.TesseractError, pytesseract.TesseractNotFoundError, OSError) as exc:
        raise OcrFailed(f"tesseract failed: {exc}") from exc
    except RuntimeError as exc:  # pytesseract's timeout (TesseractError is caught above)
        raise OcrFailed(f"tesseract took longer than {OCR_TIMEOUT_S}s on a page") from exc
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
