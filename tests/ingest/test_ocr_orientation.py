"""Pages scanned on their side or upside down are read upright (ingest.extract.ocr, real
tesseract with its orientation data)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from ingest.extract.ocr import ocr_image, upright_turn

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
LINES = (
    "STATEMENT OF WITNESS",
    "I am the mother of the girl known as Child A.",
    "On the evening of 14 March 1998 a man called Darren came",
    "to the house in a blue Vauxhall Astra and took her away.",
    "I reported this to the police at Harwick station the next day.",
)


@pytest.fixture(scope="module")
def page() -> Image.Image:
    """An A4-width page of typed statement text, upright."""
    image = Image.new("L", (1654, 1100), 255)
    font = ImageFont.truetype(str(FONT), 36) if FONT.exists() else ImageFont.load_default(36)
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(LINES):
        draw.text((80, 100 + number * 70), line, fill=0, font=font)
    return image


@pytest.mark.parametrize("scanned_turn", [90, 180])
def test_a_page_scanned_turned_is_read_upright(page: Image.Image, scanned_turn: int) -> None:
    turned = page.rotate(scanned_turn, expand=True, fillcolor=255)

    text, confidence = ocr_image(turned, "eng")

    assert "STATEMENT OF WITNESS" in text
    assert "Vauxhall Astra" in text
    assert confidence is not None and confidence > 80


def test_orientation_detection_says_how_far_to_turn(page: Image.Image) -> None:
    # PIL turns anticlockwise; the answer is the clockwise turn that puts it right.
    assert upright_turn(page.rotate(90, expand=True, fillcolor=255)) == 90
    assert upright_turn(page.rotate(180, expand=True, fillcolor=255)) == 180


def test_an_upright_page_reads_as_before(page: Image.Image) -> None:
    text, confidence = ocr_image(page, "eng")

    assert text.splitlines()[0] == "STATEMENT OF WITNESS"
    assert confidence is not None and confidence > 80


def test_a_blank_page_is_empty_not_an_error() -> None:
    text, confidence = ocr_image(Image.new("L", (800, 600), 255), "eng")

    assert text == "" and confidence is None
