"""Extractors on real files made here: pages, OCR, e-mail headers, encodings."""

from __future__ import annotations

import shutil
from email.message import EmailMessage
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from ingest.errors import CorruptFile, PasswordProtected
from ingest.extract import ExtractContext, extract
from ingest.identify import identify

CONTEXT = ExtractContext()
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def make_pdf(path: Path, pages: list[str]) -> None:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    for text in pages:
        pdf.drawString(72, 720, text)
        pdf.showPage()
    pdf.save()


def test_pdf_text_is_kept_page_by_page(tmp_path: Path) -> None:
    path = tmp_path / "log.pdf"
    make_pdf(path, ["Incident log opened by the duty sergeant today.",
                    "Second page mentions the blue Transit van parked outside."])
    extraction = extract(path, identify(path), CONTEXT)
    assert [p.number for p in extraction.pages] == [1, 2]
    assert "blue Transit van" in extraction.pages[1].text
    assert "blue Transit van" not in extraction.pages[0].text
    assert not extraction.ocr


def test_a_pdf_renamed_dat_is_still_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "archive.dat"
    make_pdf(path, ["Hidden behind another extension."])
    assert identify(path).family == "pdf"


def test_truncated_pdf_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "cut.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    with pytest.raises(CorruptFile):
        extract(path, identify(path), CONTEXT)


def test_encrypted_pdf_is_password_protected(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    writer.encrypt(user_password="pw")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(PasswordProtected):
        extract(path, identify(path), CONTEXT)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_scanned_image_is_read_by_ocr(tmp_path: Path) -> None:
    image = Image.new("L", (1600, 400), 255)
    font = ImageFont.truetype(str(FONT), 64) if FONT.exists() else ImageFont.load_default(64)
    ImageDraw.Draw(image).text((60, 150), "Meeting with Councillor Danby", fill=0, font=font)
    path = tmp_path / "scan.png"
    image.save(path)
    extraction = extract(path, identify(path), CONTEXT)
    page = extraction.pages[0]
    assert page.ocr and page.ocr_confidence and page.ocr_confidence > 50
    assert "Councillor Danby" in page.text


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
@pytest.mark.parametrize("suffix", [".pcx", ".ppm", ".pgm", ".jp2"])
def test_a_scan_in_an_older_image_format_is_read_by_ocr(tmp_path: Path, suffix: str) -> None:
    """Fax and scanner software of the 1990s wrote PCX and the portable any-maps."""
    image = Image.new("L", (1600, 400), 255)
    font = ImageFont.truetype(str(FONT), 64) if FONT.exists() else ImageFont.load_default(64)
    ImageDraw.Draw(image).text((60, 150), "Meeting with Councillor Danby", fill=0, font=font)
    path = tmp_path / f"scan{suffix}"
    image.save(path)
    assert identify(path).family == "image"
    assert "Councillor Danby" in extract(path, identify(path), CONTEXT).pages[0].text


def test_email_headers_and_thread(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "Sarah Whitlock <s.whitlock@northshire.example>"
    message["To"] = "p.danby@harwick.example"
    message["Subject"] = "Re: strategy meeting"
    message["Date"] = "Tue, 04 Mar 2003 10:15:00 +0000"
    message["Message-ID"] = "<b2@northshire.example>"
    message["In-Reply-To"] = "<a1@harwick.example>"
    message["References"] = "<a1@harwick.example>"
    message.set_content("The meeting is moved to Thursday at the civic centre.")
    path = tmp_path / "reply.eml"
    path.write_bytes(bytes(message))
    extraction = extract(path, identify(path), CONTEXT)
    assert extraction.title == "Re: strategy meeting"
    assert extraction.date.year == 2003
    assert extraction.email["email_from"] == ["s.whitlock@northshire.example"]
    assert extraction.email["thread_id"] == "<a1@harwick.example>"
    assert "civic centre" in extraction.pages[0].text


def test_cp1252_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes("Paid £40 to the café owner on Tuesday evening, as agreed with the "
                     "manager of the premises.\n".encode("cp1252"))
    extraction = extract(path, identify(path), CONTEXT)
    assert "£40" in extraction.pages[0].text and "café" in extraction.pages[0].text


@pytest.mark.parametrize("text", [
    "Notatka: zgłaszająca Bożena Kołodziejczyk, ul. Źródlana 4, Łódź; świadek Paweł Żółkowski.\n",
    "Záznam: oznamovatel Šimon Vlček, svědek Zdeněk Růžička, Šumperk.\n",
    "Notatka policyjna z dnia 3 marca: rozmowa z panem Pawłem Nowakiem w sprawie kradzieży "
    "roweru sprzed sklepu przy ulicy Długiej.\n",
])
def test_central_european_text_in_iso_8859_2_keeps_its_letters(tmp_path: Path, text: str) -> None:
    """Short ISO-8859-2 notes fit several code pages to the detector; the one that keeps the
    names letters ("Łódź", not "£ód¼") is the one read."""
    path = tmp_path / "notatka.txt"
    path.write_bytes(text.encode("iso8859_2"))
    extraction = extract(path, identify(path), CONTEXT)
    assert extraction.pages[0].text.strip() == text.strip()


def test_language_of_a_document() -> None:
    from ingest.language import detect_language

    assert detect_language("The strategy meeting was held at the civic centre on Tuesday, "
                           "and the social worker reported on the welfare visit.") == "en"
    assert detect_language("La réunion a eu lieu au centre civique mardi dernier, et "
                           "l'assistante sociale a présenté son rapport.") == "fr"
    assert detect_language("12/03/1997 14:20") is None


def test_huge_text_is_cut_at_a_line_end_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ingest.extract import text

    monkeypatch.setattr(text, "MAX_TEXT_BYTES", 4096)
    path = tmp_path / "log.txt"
    path.write_text("".join(f"line {n} of the duty log\n" for n in range(2000)))
    extraction = extract(path, identify(path), CONTEXT)
    assert extraction.pages[0].text.startswith("line 0 of the duty log")
    assert extraction.text.endswith("of the duty log")
    assert "line 1999" not in extraction.text
    assert extraction.warnings and extraction.warnings[0].startswith(text.TRUNCATED)
