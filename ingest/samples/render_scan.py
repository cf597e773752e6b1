"""Letters rendered as page images that look scanned: off-white paper, skew, dust, punch holes.

The text stays large and dark enough for tesseract to read back the declared phrases; the
ageing effects are kept mild on purpose, since the demo must show OCR working, not failing.
All randomness comes from the seeded generator, never from Pillow's own noise functions.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from ingest.samples.doc import Doc, locate_phrases
from ingest.samples.render_pdf import image_pdf

PAGE = (1654, 2339)  # A4 at 200 dpi
DPI = 200
MARGIN = 170
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@dataclass(frozen=True)
class RenderedScan:
    data: bytes
    page_count: int
    page_of_phrase: dict[str, int]


def _font(name: str, size: int) -> Font:
    path = FONT_DIR / name
    if path.exists():
        return ImageFont.truetype(str(path), size)
    # Pillow's bundled font scales since 10.1, so OCR still works without DejaVu installed.
    return ImageFont.load_default(size=size)


def _wrap(text: str, font: Font, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and font.getlength(trial) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current]


def _pages(doc: Doc) -> list[list[tuple[str, Font, int, bool]]]:
    """Lay out (text, font, gap-before, centred) lines over as many pages as needed."""
    body, bold = _font("DejaVuSerif.ttf", 38), _font("DejaVuSerif-Bold.ttf", 44)
    width, height = PAGE[0] - 2 * MARGIN, PAGE[1] - 2 * MARGIN
    pages: list[list[tuple[str, Font, int, bool]]] = [[]]
    used = 0
    for block in doc.blocks:
        if block.style == "break":
            pages.append([])
            used = 0
            continue
        font = bold if block.style == "title" else body
        gap = 0 if block.style in ("sign", "heading") else 26
        for i, line in enumerate(_wrap(block.text, font, width)):
            g = gap if i == 0 and pages[-1] else 0
            if used + g + 58 > height:
                pages.append([])
                used, g = 0, 0
            pages[-1].append((line, font, g, block.style in ("title", "heading")))
            used += g + 58
    return pages


def _draw(page: list[tuple[str, Font, int, bool]]) -> Image.Image:
    img = Image.new("L", PAGE, 255)
    draw = ImageDraw.Draw(img)
    y = MARGIN
    for text, font, gap, centred in page:
        y += gap
        x = (PAGE[0] - font.getlength(text)) / 2 if centred else MARGIN
        draw.text((x, y), text, font=font, fill=28)
        y += 58
    return img


def _age(img: Image.Image, rng: random.Random) -> Image.Image:
    w, h = img.size
    # Soften the glyph edges the way a flatbed's optics do.
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    # Low-frequency blotches for the paper, in steps of two grey levels: fine per-pixel grain
    # would triple the PNG size and slow encoding without making the scan more realistic.
    bw, bh = w // 48, h // 48
    small = Image.frombytes("L", (bw, bh), rng.randbytes(bw * bh))
    paper = small.resize((w, h), Image.Resampling.BILINEAR).point(
        lambda v: 238 + (v * 12 // 255) // 2 * 2)
    img = ImageChops.multiply(img, paper)
    draw = ImageDraw.Draw(img)
    # Dust: sparse and mostly single pixels, so it never turns a letter into another one.
    for _ in range(160):
        x, y, r = rng.randrange(w), rng.randrange(h), rng.choice((1, 1, 1, 2))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(120, 200))
    for cy in (h * 3 // 10, h * 7 // 10):
        draw.ellipse((50, cy - 22, 94, cy + 22), fill=rng.randint(70, 100))
    angle = rng.uniform(0.25, 0.9) * rng.choice((-1, 1))
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=200)
    shadow = Image.linear_gradient("L").rotate(90).resize((36, h)).point(lambda v: 140 + v // 3)
    img.paste(ImageChops.darker(img.crop((0, 0, 36, h)), shadow), (0, 0))
    return img



def render_scan(doc: Doc, rng: random.Random) -> RenderedScan:
    layout = _pages(doc)
    images = [_age(_draw(page), rng) for page in layout]
    buf = io.BytesIO()
    if doc.fmt == "png":
        if len(images) != 1:
            raise ValueError(f"{doc.path}: a PNG scan must fit on one page")
        images[0].save(buf, format="PNG", dpi=(DPI, DPI))
        data = buf.getvalue()
    elif doc.fmt == "tiff":
        images[0].save(buf, format="TIFF", save_all=True, append_images=images[1:],
                       compression="tiff_deflate", dpi=(DPI, DPI))
        data = buf.getvalue()
    elif doc.fmt == "pdf":
        jpegs = []
        for image in images:
            page = io.BytesIO()
            image.save(page, format="JPEG", quality=80, dpi=(DPI, DPI))
            jpegs.append(page.getvalue())
        data = image_pdf(jpegs, PAGE, DPI, doc.title)
    else:
        raise ValueError(f"{doc.path}: no scan writer for {doc.fmt!r}")
    page_texts = [" ".join(line[0] for line in page) for page in layout]
    return RenderedScan(data, len(images), locate_phrases(doc, page_texts))
