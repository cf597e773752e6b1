"""What a box drawn on a page takes out of the searchable text (ingest.production.box_text), on
real files: a PDF's text layer read by PDFium, a scan read by tesseract, a text page typeset as
a production typesets it. No store: the spans are offsets of the page text as stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from ingest.production import ProductionError
from ingest.production.box_text import BoxedPage, box_spans, whole_words

LINES = ("Statement of Imogen Carrow about the blue van.",
         "The locker code was quagmire57 that night.",
         "Signed at the Eastgate office.")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _pdf(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 12)
    for index, line in enumerate(LINES):
        pdf.drawString(72, 780 - 24 * index, line)
    pdf.showPage()
    pdf.save()
    return path


def _around(words: str, line: int) -> tuple[float, float, float, float]:
    """A box around ``words`` of line ``line``, in page fractions from the top left."""
    width, height = A4
    text = LINES[line]
    left = 72 + stringWidth(text[:text.index(words)], "Helvetica", 12)
    right = left + stringWidth(words, "Helvetica", 12)
    baseline = 780 - 24 * line
    return ((left - 1) / width, (height - baseline - 10) / height, (right + 1) / width,
            (height - baseline + 3) / height)


def _covered(stored: str, spans: list[tuple[int, int]]) -> list[str]:
    return [stored[start:end] for start, end in spans]


def test_a_box_on_a_pdf_line_covers_its_words_in_the_stored_text(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "statement.pdf")
    stored = "\n".join(LINES)  # as ingestion stores it: the same characters, its own spacing
    page = BoxedPage(path, "application/pdf", 1, stored, False, "TST-000001")
    spans = box_spans(page, _around("quagmire57", 1))
    assert _covered(stored, spans) == ["quagmire57"]
    assert _covered(stored, box_spans(page, _around("code was quagmire57", 1))) == [
        "code was quagmire57"]  # one span: the copy shows one mask, not three


def test_half_a_word_under_the_box_takes_the_whole_word(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "statement.pdf")
    stored = "\n".join(LINES)
    left, top, right, bottom = _around("Carrow", 0)
    half = (left, top, (left + right) / 2, bottom)
    page = BoxedPage(path, "application/pdf", 1, stored, False, "TST-000001")
    assert _covered(stored, box_spans(page, half)) == ["Carrow"]


def test_a_box_over_blank_paper_covers_nothing(tmp_path: Path) -> None:
    page = BoxedPage(_pdf(tmp_path / "s.pdf"), "application/pdf", 1, "\n".join(LINES), False,
                     "TST-000001")
    assert box_spans(page, (0.1, 0.6, 0.9, 0.9)) == []


def test_a_box_on_a_scan_covers_the_words_tesseract_stored(tmp_path: Path) -> None:
    from ingest.extract.ocr import ocr_image

    scan = tmp_path / "scan.png"
    image = Image.new("RGB", (1700, 600), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 48)
    draw.text((100, 100), "Witness Imogen Carrow", fill="black", font=font)
    draw.text((100, 250), "Telephone 07700 900461", fill="black", font=font)
    image.save(scan, dpi=(200, 200))
    stored, _confidence = ocr_image(Image.open(scan), "eng")
    page = BoxedPage(scan, "image/png", 1, stored, True, "TST-000002")
    spans = box_spans(page, (0.0, 0.35, 1.0, 0.6))  # the telephone line, across the page
    assert " ".join(_covered(stored, spans)).split() == ["Telephone", "07700", "900461"]
    assert "Carrow" not in " ".join(_covered(stored, spans))


def test_a_box_on_a_text_page_covers_what_the_production_typesets_under_it() -> None:
    stored = "From: a clerk\nMiss Carrow rang 07700 900461.\nfiller line\n"
    page = BoxedPage(None, "message/rfc822", 1, stored, False, "TST-000003")
    everything = box_spans(page, (0.0, 0.0, 1.0, 1.0))
    assert " ".join(_covered(stored, everything)).split() == stored.split()
    assert box_spans(page, (0.0, 0.9, 1.0, 1.0)) == []  # the foot of the sheet is blank


def test_a_scan_that_reads_differently_now_is_refused_naming_the_page(tmp_path: Path) -> None:
    scan = tmp_path / "scan.png"
    image = Image.new("RGB", (1200, 300), "white")
    ImageDraw.Draw(image).text((100, 100), "Kestrel Yard", fill="black",
                               font=ImageFont.truetype(str(FONT), 48))
    image.save(scan)
    page = BoxedPage(scan, "image/png", 1, "@@@@ ####", True, "TST-000004")
    with pytest.raises(ProductionError, match=r"TST-000004 page 1: the words under the box"):
        box_spans(page, (0.0, 0.0, 1.0, 1.0))


def test_whole_words_joins_words_parted_only_by_spaces() -> None:
    text = "call Ann Bell on 0113"
    assert whole_words(text, [6, 10]) == [(5, 13)]
    assert whole_words(text, [0, 17]) == [(0, 4), (17, 21)]
    assert whole_words(text, [4, 99]) == []  # a space, and past the end
