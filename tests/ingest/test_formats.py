"""Every non-container format of PRODUCT.md section 3, on real files made here (by hand, with
python-docx/openpyxl/python-pptx/reportlab, or converted by LibreOffice) and on corpus files.
Each test asserts what a user would search for, or the named error and its reason."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from ingest.errors import CorruptFile, ExtractionTimeout, PasswordProtected
from ingest.extract import ExtractContext, extract
from ingest.extract.pdf import is_letter_spaced, is_usable
from ingest.identify import identify
from ingest.model import Extraction

CONTEXT = ExtractContext()
needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice missing")
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract missing")


def read(path: Path, context: ExtractContext = CONTEXT) -> Extraction:
    return extract(path, identify(path), context)


def flat(extraction: Extraction) -> str:
    return " ".join(extraction.text.split())


def soffice_convert(source: Path, target: str) -> Path:
    """Convert with LibreOffice the way a user's old Office would have saved the file."""
    profile = source.parent / f"profile-{target}"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", target, "--outdir", str(source.parent / target), str(source)],
                   check=True, capture_output=True, timeout=180)
    return source.parent / target / f"{source.stem}.{target}"


def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Northshire Constabulary - RESTRICTED"
    paragraph = document.add_paragraph("The van was seen at the depot on Tuesday.")
    document.add_paragraph("Interview the night porter", style="List Number")
    document.add_paragraph("Seize the CCTV recordings", style="List Number")
    document.add_comment(paragraph.runs, text="Check the depot logbook", author="DS Whitlock")
    document.core_properties.title = "Operation Kestrel summary"
    document.core_properties.keywords = "kestrel depot"
    document.save(path)
    return path


# --- Word ----------------------------------------------------------------------------------

def test_docx_keeps_headers_comments_numbering_and_properties(tmp_path: Path) -> None:
    extraction = read(make_docx(tmp_path / "summary.docx"))
    text = flat(extraction)
    assert "The van was seen at the depot on Tuesday." in text
    assert "1. Interview the night porter" in text and "2. Seize the CCTV recordings" in text
    assert "Northshire Constabulary - RESTRICTED" in text
    assert "Check the depot logbook" in text
    assert "keywords: kestrel depot" in text
    assert extraction.title == "Operation Kestrel summary"


@needs_soffice
def test_legacy_doc_converted_by_libreoffice(tmp_path: Path) -> None:
    doc = soffice_convert(make_docx(tmp_path / "summary.docx"), "doc")
    renamed = doc.rename(tmp_path / "EXHIBIT-7.dat")  # identified by its streams, not its name
    assert identify(renamed).family == "doc"
    text = flat(read(renamed))
    assert "The van was seen at the depot on Tuesday." in text
    assert "Northshire Constabulary - RESTRICTED" in text
    assert "Seize the CCTV recordings" in text


@needs_soffice
def test_rtf_written_by_hand(tmp_path: Path) -> None:
    path = tmp_path / "statement.rtf"
    path.write_bytes(
        rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0\fswiss Arial;}}"
        rb"{\info{\title Witness statement}{\keywords depot}}"
        rb"{\header\pard Page header of the statement\par}"
        rb"\f0\pard I saw the blue Transit van outside the caf\'e9 at 10pm.\par"
        rb"\pard Signed: Joan Price\par}")
    extraction = read(path)
    text = flat(extraction)
    assert "I saw the blue Transit van outside the café at 10pm." in text
    assert "Signed: Joan Price" in text and "Page header of the statement" in text
    assert extraction.title == "Witness statement"


# --- Excel and PowerPoint ------------------------------------------------------------------

def make_xlsx(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Payments"
    sheet.append(["Payee", "Amount"])
    sheet.append(["Harwick Haulage Ltd", 4200])
    sheet.oddHeader.center.text = "Finance - CONFIDENTIAL"
    book.create_sheet("Calls").append(["07700 900123", "Danby"])
    book.save(path)
    return path


def test_xlsx_cells_per_sheet_and_header(tmp_path: Path) -> None:
    extraction = read(make_xlsx(tmp_path / "ledger.xlsx"))
    assert len(extraction.pages) == 2
    assert "Harwick Haulage Ltd" in extraction.pages[0].text
    assert "Danby" in extraction.text and "Finance - CONFIDENTIAL" in extraction.text


@needs_soffice
def test_legacy_xls(tmp_path: Path) -> None:
    xls = soffice_convert(make_xlsx(tmp_path / "ledger.xlsx"), "xls")
    assert identify(xls).family == "xls"
    extraction = read(xls)
    assert "Harwick Haulage Ltd" in extraction.text and "4200" in extraction.text
    assert "Danby" in extraction.text


def make_pptx(path: Path) -> Path:
    from pptx import Presentation

    deck = Presentation()
    for title, note in (("Timeline of the night", "Ask about the 22:40 call"),
                        ("Vehicles seen", "The Transit was blue, not grey")):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        slide.notes_slide.notes_text_frame.text = note
    deck.save(path)
    return path


def test_pptx_slides_are_pages_with_their_notes(tmp_path: Path) -> None:
    extraction = read(make_pptx(tmp_path / "briefing.pptx"))
    assert [p.number for p in extraction.pages] == [1, 2]
    assert "Timeline of the night" in extraction.pages[0].text
    assert "The Transit was blue, not grey" in extraction.pages[1].text
    assert "Click to edit Master" not in extraction.text  # layout prompts are not content


@needs_soffice
def test_legacy_ppt(tmp_path: Path) -> None:
    ppt = soffice_convert(make_pptx(tmp_path / "briefing.pptx"), "ppt")
    assert identify(ppt).family == "ppt"
    extraction = read(ppt)
    assert "Vehicles seen" in extraction.pages[1].text
    assert "Ask about the 22:40 call" in extraction.text


# --- Encryption ----------------------------------------------------------------------------

def encrypt_docx(tmp_path: Path, password: str) -> Path:
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = make_docx(tmp_path / "plain.docx")
    locked = tmp_path / "locked.docx"
    with plain.open("rb") as source, locked.open("wb") as out:
        OOXMLFile(source).encrypt(password, out)
    return locked


def test_encrypted_docx_is_password_protected(tmp_path: Path) -> None:
    locked = encrypt_docx(tmp_path, "kestrel")
    assert identify(locked).family == "ooxml-encrypted"
    with pytest.raises(PasswordProtected, match="no password is configured"):
        read(locked)
    with pytest.raises(PasswordProtected, match="none of the 1 configured passwords"):
        read(locked, ExtractContext(passwords=("wrong",)))


def test_encrypted_docx_opens_with_a_configured_password(tmp_path: Path) -> None:
    locked = encrypt_docx(tmp_path, "kestrel")
    extraction = read(locked, ExtractContext(passwords=("wrong", "kestrel")))
    assert "The van was seen at the depot on Tuesday." in extraction.text


def test_encrypted_pdf_opens_with_a_configured_password(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    source = tmp_path / "plain.pdf"
    make_pdf(source, [("Custody record for Martin Keeble", 14)])
    writer = PdfWriter()
    writer.append(PdfReader(source))
    writer.encrypt(user_password="custody")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(PasswordProtected, match="PDF is encrypted"):
        read(locked)
    assert "Martin Keeble" in read(locked, ExtractContext(passwords=("custody",))).text


# --- OpenDocument, EPUB, XML ----------------------------------------------------------------

ODF = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' \
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' \
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' \
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' \
      'xmlns:dc="http://purl.org/dc/elements/1.1/" ' \
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'


def write_zip(path: Path, members: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in members.items():
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zf.writestr(name, text, compress_type=method)
    return path


def test_odt_written_by_hand(tmp_path: Path) -> None:
    content = (f'<office:document-content {ODF}><office:body><office:text>'
               '<text:h>Minutes of the licensing committee</text:h>'
               '<text:p>Councillor<text:s/>Danby declared an interest.</text:p>'
               '<text:soft-page-break/><text:p>Item 2: the <text:span>depot</text:span> lease.</text:p>'
               '</office:text></office:body></office:document-content>')
    styles = (f'<office:document-styles {ODF}><office:master-styles><style:master-page>'
              '<style:footer><text:p>Harwick Borough Council</text:p></style:footer>'
              '</style:master-page></office:master-styles></office:document-styles>')
    meta = (f'<office:document-meta {ODF}><office:meta><dc:title>Committee minutes</dc:title>'
            '</office:meta></office:document-meta>')
    path = write_zip(tmp_path / "minutes.odt", {
        "mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content,
        "styles.xml": styles, "meta.xml": meta})
    assert identify(path).family == "odt"
    extraction = read(path)
    assert len(extraction.pages) == 2
    assert "Councillor Danby declared an interest." in extraction.pages[0].text
    assert "Item 2: the depot lease." in extraction.pages[1].text
    assert "Harwick Borough Council" in extraction.text
    assert extraction.title == "Committee minutes"


def test_ods_sheets_are_pages(tmp_path: Path) -> None:
    def sheet(name: str, cell: str) -> str:
        return (f'<table:table table:name="{name}"><table:table-row><table:table-cell>'
                f'<text:p>{cell}</text:p></table:table-cell></table:table-row></table:table>')

    content = (f'<office:document-content {ODF}><office:body><office:spreadsheet>'
               f'{sheet("Calls", "07700 900123")}{sheet("Cars", "KX09 ABC")}'
               '</office:spreadsheet></office:body></office:document-content>')
    path = write_zip(tmp_path / "log.ods", {
        "mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": content})
    extraction = read(path)
    assert [p.text for p in extraction.pages] == ["07700 900123", "KX09 ABC"]


def test_epub_chapters_in_spine_order(tmp_path: Path) -> None:
    opf = ('<package xmlns="http://www.idpf.org/2007/opf" version="2.0"><metadata '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>The Harwick Affair</dc:title>'
           '</metadata><manifest><item id="b" href="two.xhtml" media-type="application/xhtml+xml"/>'
           '<item id="a" href="one.xhtml" media-type="application/xhtml+xml"/></manifest>'
           '<spine><itemref idref="a"/><itemref idref="b"/></spine></package>')

    def chapter(text: str) -> str:
        return ('<html xmlns="http://www.w3.org/1999/xhtml"><head><style>p {font-style: italic}'
                f'</style></head><body><p>{text}</p></body></html>')

    path = write_zip(tmp_path / "book.epub", {
        "mimetype": "application/epub+zip",
        "META-INF/container.xml": '<container><rootfiles><rootfile full-path="OPS/book.opf"/>'
                                  '</rootfiles></container>',
        "OPS/book.opf": opf, "OPS/one.xhtml": chapter("Chapter one: the depot"),
        "OPS/two.xhtml": chapter("Chapter two: the inquiry")})
    assert identify(path).family == "epub"
    extraction = read(path)
    assert [p.text for p in extraction.pages] == ["Chapter one: the depot", "Chapter two: the inquiry"]
    assert extraction.title == "The Harwick Affair" and "font-style" not in extraction.text


def test_xml_text_without_markup_scripts_or_binaries(tmp_path: Path) -> None:
    path = tmp_path / "export.xml"
    path.write_text('<?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/'
                    'office/word/2003/wordml"><w:body><w:p><w:r><w:t>Sus</w:t></w:r><w:r><w:t>pect '
                    'left at 23:10</w:t></w:r></w:p><w:binData>iVBORw0KGgoAAAANSUhEUgAA</w:binData>'
                    '<w:p><w:r><w:t>Second paragraph</w:t></w:r></w:p></w:body></w:wordDocument>')
    assert identify(path).family == "xml"
    text = read(path).text
    assert "Suspect left at 23:10" in text and "Second paragraph" in text
    assert "iVBORw0KGgo" not in text and "wordDocument" not in text


def test_broken_xml_still_gives_its_words(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text('<?xml version="1.0"?><log><entry>Door forced at 02:00</entry><entry>Alarm')
    assert "Door forced at 02:00" in read(path).text


def test_html_table_rows_are_lines_of_cells(tmp_path: Path) -> None:
    path = tmp_path / "history.html"
    path.write_text("<html><body><p>Crime system - history</p><table>"
                    "<tr><td>Date</td><th>Event</th><td>Detail</td></tr>"
                    "<tr><td>03MAY2004</td><td>status change</td><td>INV - under way</td></tr>"
                    "<tr><td>09JUN2004</td><td>status change</td><td>UNX - filed</td></tr>"
                    "</table></body></html>")
    lines = read(path).text.split("\n")
    assert "Date\tEvent\tDetail" in lines
    assert "03MAY2004\tstatus change\tINV - under way" in lines
    assert "09JUN2004\tstatus change\tUNX - filed" in lines


def test_csv_in_utf16_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "calls.csv"
    path.write_bytes("caller,number\nJoan Price,07700 900123\nSéamus Ó Briain,07700 900456\n"
                     .encode("utf-16"))
    assert "Séamus Ó Briain" in read(path).text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_text_in_utf16_without_a_byte_order_mark_is_decoded(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "calls.txt"
    path.write_bytes("Caller: Séamus Ó Briain, 07700 900456\n".encode(codec))
    assert flat(read(path)) == "Caller: Séamus Ó Briain, 07700 900456"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_an_email_in_utf16_has_its_headers_and_body(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "statement.eml"
    path.write_bytes(("From: Joan Price <joan@example.org>\nTo: desk@example.org\n"
                      "Date: Tue, 4 Mar 2003 10:15:00 +0000\nSubject: Statement\n"
                      "Content-Type: text/plain; charset=UTF-8\n\nI saw the van on Łódź Road.\n"
                      ).encode(codec))
    extraction = read(path)
    assert extraction.title == "Statement"
    assert extraction.date is not None and extraction.date.year == 2003
    assert "I saw the van on Łódź Road." in extraction.text


def test_xml_with_a_prefix_no_namespace_declares_is_read(tmp_path: Path) -> None:
    """A forgiving parse keeps "log:entry" as the element's name; reading it must not fail."""
    path = tmp_path / "log.xml"
    path.write_bytes(b'<?xml version="1.0"?>\n<log:log><log:entry log:at="09:15">The van was '
                     b"seen on Hale Road.</log:entry></log:log>")
    assert flat(read(path)) == "The van was seen on Hale Road."


# --- PDF text layers --------------------------------------------------------------------------

def make_pdf(path: Path, pages: list[tuple[str, float]], letter_space: bool = False) -> None:
    """Pages of one line each. ``letter_space`` writes each word's text layer as "M e e t i n g"
    while the page still looks normal: word spacing cancels the width of the spaces between
    letters, and each word is placed on its own, as some producers do."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    for text, size in pages:
        words = text.split() if letter_space else [text]
        x = 72.0
        for word in words:
            line = pdf.beginText(x, 700)
            line.setFont("Helvetica", size)
            if letter_space:
                line.setWordSpace(-stringWidth(" ", "Helvetica", size))
            line.textOut(" ".join(word) if letter_space else word)
            pdf.drawText(line)
            x += stringWidth(word + " ", "Helvetica", size)
        pdf.showPage()
    pdf.save()


@pytest.mark.parametrize(("text", "usable"), [
    ("The van was seen at the depot on Tuesday evening by two witnesses.", True),
    ("T h e  v a n  w a s  s e e n  a t  t h e  d e p o t  o n  T u e s d a y", False),
    ("H e re i s so me fo rma tte d te xt o n th e pa ge", False),
    ("(cid:12)(cid:15)(cid:8)(cid:3)(cid:44)(cid:12)(cid:15)(cid:8)(cid:3)(cid:44)", False),
    ("\ufffd\ufffd\ufffd \ufffd\ufffd\ufffd\ufffd depot \ufffd\ufffd\ufffd\ufffd\ufffd\ufffd", False),
    ("Page 1", False),
])
def test_is_usable(text: str, usable: bool) -> None:
    assert is_usable(text) is usable


def test_letter_spacing_is_not_confused_with_short_words() -> None:
    assert not is_letter_spaced("I saw a man in a van at a depot by the A1 road to York.")
    assert is_letter_spaced("W i t n e s s  s t a t e m e n t  o f  J o a n  P r i c e")


@needs_tesseract
def test_letter_spaced_pdf_page_is_ocrd(tmp_path: Path) -> None:
    path = tmp_path / "spaced.pdf"
    make_pdf(path, [("Meeting with Councillor Danby at the depot", 20)], letter_space=True)
    page = read(path).pages[0]
    assert page.ocr
    assert "Councillor Danby" in page.text


def test_short_clean_text_without_images_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "short.pdf"
    make_pdf(path, [("Exhibit JP/3", 14)])
    page = read(path).pages[0]
    assert not page.ocr and page.text.strip() == "Exhibit JP/3"


# --- Bad input: named errors, bounded time -------------------------------------------------

def test_truncated_docx_is_corrupt(tmp_path: Path) -> None:
    whole = make_docx(tmp_path / "whole.docx").read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(CorruptFile, match="not a readable zip package"):
        extract(cut, identify(tmp_path / "whole.docx"), CONTEXT)


def test_truncated_ole_file_is_corrupt_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "cut.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1500))
    with pytest.raises(CorruptFile, match="truncated or damaged"):
        read(path)


@needs_soffice
def test_libreoffice_is_killed_at_its_timeout(tmp_path: Path) -> None:
    from ingest.extract.soffice import convert

    source = make_docx(tmp_path / "slow.docx")
    before = _soffice_count()
    started = time.monotonic()
    with pytest.raises(ExtractionTimeout, match="LibreOffice took longer than"):
        convert(source, "docx", "doc", tmp_path, timeout=0.5)
    assert time.monotonic() - started < 10
    time.sleep(0.5)
    assert _soffice_count() <= before  # nothing left running


def _soffice_count() -> int:
    found = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            found += b"soffice" in Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
    return found


def test_oversized_part_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ingest.extract import package

    monkeypatch.setattr(package, "MAX_PART_BYTES", 4096)  # the real limit is 256 MB
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"<w:document>" + b" " * 10_000 + b"</w:document>")
    path = tmp_path / "bomb.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(CorruptFile, match="implausibly large"):
        read(path)


# --- The development corpus -----------------------------------------------------------------

@pytest.mark.corpus
@pytest.mark.parametrize(("name", "needle"), [
    ("tika/tika-parser-microsoft-module/testWORD_various.docx", "Here is a text box"),
    ("tika/tika-parser-microsoft-module/testPPT_various2.pptx", "NotesForSlide2"),
    ("tika/tika-parser-microsoft-module/testEXCEL_textbox.xlsx", "some autoshape"),
    ("tika/tika-parser-microsoft-module/testVISIO_text.vsdx", "Text, text, everywhere!"),
    ("tika/tika-parser-miscoffice-module/testODTMacro.odt", "Hello dear user"),
    ("tika/tika-parser-miscoffice-module/testEPUB.epub", "This is the text for chapter Two"),
    ("tika/tika-parser-microsoft-module/testWORD2003.xml", "MyFooter"),
    ("tika/tika-parser-pdf-module/testAnnotations.pdf", "Here is a comment"),
])
def test_corpus_text(corpus: Path, name: str, needle: str) -> None:
    assert needle in flat(read(corpus / name))


@pytest.mark.corpus
@needs_soffice
@pytest.mark.parametrize(("name", "needle"), [
    ("tika/tika-parser-microsoft-module/testWORD_various.doc", "Here is a text box"),
    ("tika/tika-parser-microsoft-module/testRTFVarious.rtf", "This is a footnote."),
    ("tika/tika-parser-microsoft-module/testPPT_masterFooter.ppt", "Master footer is here"),
    ("tika/tika-parser-microsoft-module/testEXCEL_WORKBOOK_in_capitals.xls", "Inventarliste"),
])
def test_corpus_legacy_text(corpus: Path, name: str, needle: str) -> None:
    assert needle in flat(read(corpus / name))


@pytest.mark.corpus
@needs_soffice
@pytest.mark.parametrize(("name", "family", "needle"), [
    # The other suites of a 1990s desk: Lotus 1-2-3 from WKS to 123, Quattro Pro for DOS and
    # for Windows, Works 3 to 2000.
    ("tika-parsers-standard-integration-tests/testLotus123.wks", "lotus", "X Y Z 1 10 10"),
    ("tika-parsers-standard-integration-tests/testLotus123-lotusftp.wk4", "lotus",
     "Mordocs Arthur"),
    ("tika-parsers-standard-integration-tests/testLotus123-lotusftp.123", "lotus", "PREF_ID"),
    ("tika-parser-miscoffice-module/testQuattro.wq2", "lotus", "INVERSE AUGERHOLE METHOD"),
    ("tika-parser-miscoffice-module/testQUATTRO.wb3", "quattro",
     "This is an example spreadsheet made with Quattro Pro X3"),
    ("tika-parsers-standard-integration-tests/testWORKSWordProcessor3.0.wps", "works",
     "This is an example document made with Microsoft Works"),
    ("tika-parsers-standard-integration-tests/testWORKS2000.wps", "works",
     "This is an example document made with Microsoft Works"),
])
def test_corpus_other_suites_of_the_nineties(corpus: Path, name: str, family: str,
                                             needle: str) -> None:
    path = corpus / "tika" / name
    assert identify(path).family == family
    assert needle in flat(read(path))


@pytest.mark.corpus
@pytest.mark.skipif(shutil.which("mdb-export") is None, reason="mdbtools missing")
def test_corpus_access_databases_are_read_table_by_table(corpus: Path) -> None:
    folder = corpus / "tika/tika-parser-microsoft-module"
    for name in ("testAccess_V1997.mdb", "testAccess2_2000.mdb", "testAccess2.accdb"):
        pages = read(folder / name).pages
        assert pages[0].text.startswith("Table: Table1\n\n"), name
    rows = read(folder / "testAccess2.accdb").pages[0].text.splitlines()
    # Dates as ISO, rich text without its markup, the embedded Word file's bytes left out.
    assert "1\tthe quick\t3\t6.2300\t2015-06-24 00:00:00\t1\tfox jumped\t" \
           "over the bold italic dog\t\t#http://tika.apach.org#\tred and brown" in rows
    with pytest.raises(CorruptFile, match="mdbtools could not read the Access database"):
        read(folder / "testAccess2_encrypted.accdb")


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["tika-parser-microsoft-module/testPUBLISHER.pub",
                                  "tika-parsers-standard-integration-tests/testCOREL.shw"])
def test_corpus_streams_shared_with_other_suites_do_not_misname_a_file(corpus: Path,
                                                                        name: str) -> None:
    # Publisher has Works 2000's "CONTENTS" stream, Corel Presentations Quattro's
    # "PerfectOffice_MAIN": neither is read as the other.
    assert identify(corpus / "tika" / name).family == "ole"


@pytest.mark.corpus
@needs_tesseract
def test_corpus_letter_spaced_pdf_is_ocrd(corpus: Path) -> None:
    extraction = read(corpus / "tika/tika-parser-pdf-module/testExtraSpaces.pdf")
    assert extraction.ocr and "Here is some formatted text" in flat(extraction)


@pytest.mark.corpus
@needs_soffice
def test_corpus_encrypted_doc_needs_its_password(corpus: Path) -> None:
    path = corpus / "tika/tika-parser-microsoft-module/testWORD_protected_passtika.doc"
    with pytest.raises(PasswordProtected, match="DOC file is encrypted"):
        read(path)
    assert "encrypted Word" in read(path, ExtractContext(passwords=("tika",))).text


@pytest.mark.corpus
def test_corpus_encrypted_xlsx(corpus: Path) -> None:
    with pytest.raises(PasswordProtected):
        read(corpus / "unstructured/password_protected.xlsx")


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["fake-email.msg", "fake-email-attachment.msg"])
def test_corpus_outlook_message_is_dated_when_it_was_sent(corpus: Path, name: str) -> None:
    # These were saved again by a tool months after they were sent; the saved copy's submit
    # time (2023) must not date the message, nor differ from the same message as .eml.
    message = read(corpus / "unstructured" / name)
    as_eml = read(corpus / "unstructured/eml" / name.replace(".msg", ".eml"))
    assert message.date is not None and message.date.year == 2022
    assert message.date == as_eml.date
