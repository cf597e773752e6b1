"""Writes a `Doc` as a scanned PDF: one grey image a page, no text layer, slightly skewed and specked.

A tenth of the third set's files are scans, as in real disclosures, so a register that reads only
text layers misses what they say. The lines are the ones a born-digital PDF of the same page would
hold (wrapped at the same width), so the ground truth's page texts stand for both. The skew and
specks come from a generator seeded by the file's name, so the bytes repeat.
"""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

from bench.cases_eval.docs import Doc

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 200
A4_PIXELS = (1654, 2339)  # A4 at 200 dpi
LEFT, TOP, LEADING, SIZE = 110, 140, 40, 26


def write_scan(doc: Doc, path: Path, pages: list[str]) -> None:
    """`pages` are the page texts as wrapped for a PDF (see `generate.page_texts`)."""
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(doc.name)
    font = ImageFont.truetype(FONT, SIZE)
    images = []
    for text in pages:
        image = Image.new("L", A4_PIXELS, 255)
        draw = ImageDraw.Draw(image)
        for row, line in enumerate(text.split("\n")):
            draw.text((LEFT, TOP + row * LEADING), line, fill=rng.randint(0, 40), font=font)
        for _ in range(400):  # specks of dust and toner
            x, y = rng.randrange(A4_PIXELS[0]), rng.randrange(A4_PIXELS[1])
            draw.point((x, y), fill=rng.randint(60, 160))
        angle = rng.uniform(-0.7, 0.7)
        images.append(image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255))
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = datetime(doc.day.year, doc.day.month, doc.day.day, 9, 0).timetuple()  # not the time of writing
    images[0].save(
        path,
        "PDF",
        resolution=DPI,
        save_all=True,
        append_images=images[1:],
        creationDate=stamp,
        modDate=stamp,
        producer="scanner",
    )
