"""The extraction chain of issue 14: each fallback reads what the reader before it refused, the
text judge sends symbol soup to OCR, nothing ends silently empty, and the parties of a message
keep their names. Files are generated here or taken from ../shared/corpus (skipped without it)."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen import canvas

from ingest.containers import Budget, Limits, Unpack
from ingest.containers.archives import libarchive_members, zip_members
from ingest.containers.base import skip_rule
from ingest.containers.recover import NothingUnpacked, local_entries
from ingest.errors import CorruptFile, PasswordProtected, UnsupportedFormat
from ingest.extract import ExtractContext, extract, run_chain
from ingest.extract.parties import decode_words, header_mentions
from ingest.extract.pdf import (
    extract_pdf_pdfminer,
    extract_pdf_pypdf,
    extract_pdf_repaired,
    garbage_reason,
)
from ingest.extract.sniff import looks_like_text
from ingest.extract.text import decode, decode_labelled
from ingest.identify import identify
from ingest.model import Extraction, Identity, Page

SENTENCE = "The committee met on Tuesday to discuss the budget report."


def pdf_bytes(text: str = SENTENCE) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


@pytest.fixture
def refused_pdf(tmp_path: Path) -> Path:
    """A PDF whose trailer has no /Root: PDFium says "Data format error", pypdf reads it."""
    path = tmp_path / "refused.pdf"
    path.write_bytes(pdf_bytes().replace(b"/Root", b"/Rxxx"))
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(str(path))
    return path


def unpack(tmp_path: Path) -> Unpack:
    return Unpack(tmp_path, Budget(Limits()))


def test_a_pdf_pdfium_refuses_is_read_by_pypdf(refused_pdf: Path) -> None:
    extraction = extract(refused_pdf, identify(refused_pdf), ExtractContext())
    assert SENTENCE in extraction.text
    assert extraction.extractor == "pypdf"
    assert any("PDFium" in w for w in extraction.warnings)


def test_pdfminer_and_the_repair_read_pdfs(tmp_path: Path) -> None:
    intact = tmp_path / "intact.pdf"
    intact.write_bytes(pdf_bytes())
    assert SENTENCE in extract_pdf_pdfminer(intact, ExtractContext()).text
    # A mangled cross-reference table: qpdf rebuilds it, PDFium reads the rebuilt copy.
    mangled = tmp_path / "mangled.pdf"
    mangled.write_bytes(pdf_bytes().replace(b"xref", b"xxxx"))
    repaired = extract_pdf_repaired(mangled, ExtractContext())
    assert SENTENCE in repaired.text
    assert repaired.extractor == "qpdf-repair+pypdfium2"


def test_the_repair_names_the_file_not_where_the_server_keeps_it(tmp_path: Path) -> None:
    """qpdf's reason names the file it read, which at ingest is the blob store's copy: the
    reason shows the file's name, never the server's folder."""
    kept = tmp_path / "blobs" / "59"
    kept.mkdir(parents=True)
    broken = kept / "59135f1a.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    with pytest.raises(CorruptFile) as refused:
        extract_pdf_repaired(broken, ExtractContext())
    message = str(refused.value)
    assert message.startswith("qpdf could not repair the PDF (")
    assert "59135f1a.pdf" in message and str(kept) not in message


def test_a_fallback_with_no_usable_text_hands_on(tmp_path: Path) -> None:
    blank = tmp_path / "blank.pdf"
    blank.write_bytes(pdf_bytes(""))
    with pytest.raises(CorruptFile, match="no usable text"):
        extract_pdf_pypdf(blank, ExtractContext())


def test_the_chain_raises_the_first_failure_with_the_others(tmp_path: Path) -> None:
    def refuses(name: str) -> Callable[[Path, ExtractContext], Extraction]:
        def reader(path: Path, context: ExtractContext) -> Extraction:
            raise CorruptFile(f"{name} refused it")
        return reader

    def locked(path: Path, context: ExtractContext) -> Extraction:
        raise PasswordProtected("encrypted")

    with pytest.raises(CorruptFile, match=r"first refused it \(also tried: second refused it"):
        run_chain(tmp_path, (refuses("first"), refuses("second")), ExtractContext())
    with pytest.raises(PasswordProtected):  # a password ends the chain
        run_chain(tmp_path, (locked, refuses("never")), ExtractContext())


def test_a_fallback_that_quotes_the_file_is_cut_short_in_the_reason(tmp_path: Path) -> None:
    """A library whose error quotes part of the file (a rights-management licence) does not
    bury the reasons: every reader is named, each fallback's reason in at most 300 characters."""
    def refuses(reason: str) -> Callable[[Path, ExtractContext], Extraction]:
        def reader(path: Path, context: ExtractContext) -> Extraction:
            raise CorruptFile(reason)
        return reader

    licence = "pdfminer could not read the PDF (" + "<XrML>" * 800 + ")"
    with pytest.raises(CorruptFile) as refused:
        run_chain(tmp_path, (refuses("not a readable PDF"), refuses(licence),
                             refuses("pypdf could not read the PDF")), ExtractContext())
    message = str(refused.value)
    assert message.startswith("not a readable PDF (also tried: pdfminer could not read the PDF")
    assert message.endswith("…; pypdf could not read the PDF)")
    assert len(message) < 400


def test_the_judge_sends_symbol_soup_to_ocr_and_keeps_prose_and_tables() -> None:
    assert garbage_reason("!\" #! $%&$'( )*+, -./ 0!1 2\" #$ %&' () !\" #! $%&$'(") == "symbol soup"
    assert garbage_reason("BCDF GHJK LMNP QRST VWXZ BCDF GHJK PRST") == "symbol soup"
    assert garbage_reason(SENTENCE * 3) is None
    assert garbage_reason("Total 1,234.56 2,345.00 (3,210.00) 45% 12/03/2021 Revenue") is None
    assert garbage_reason("Contents ........................................ 9\n" * 5) is None
    assert garbage_reason("(cid:12)(cid:13)(cid:14) (cid:15)") == "unmapped glyphs (cid)"


def test_text_that_libmagic_calls_something_else_is_sniffed_as_text(tmp_path: Path) -> None:
    path = tmp_path / "note.plt"
    path.write_text("IN; this is a plain note about the meeting on Tuesday.\n", encoding="utf-8")
    extraction = extract(path, Identity("application/vnd.hp-HPGL", "unknown", "plt"),
                         ExtractContext())
    assert "plain note about the meeting" in extraction.text
    assert extraction.extractor.startswith("sniffed-text")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 8)
    assert not looks_like_text(binary)
    with pytest.raises(UnsupportedFormat):
        extract(binary, Identity("application/octet-stream", "unknown", "bin"), ExtractContext())


def test_windows_1252_bytes_under_a_latin_1_label_are_repaired() -> None:
    assert decode_labelled(b"2010 \x96 2012", "iso-8859-1") == "2010 \u2013 2012"
    assert decode_labelled("caf\u00e9".encode(), "us-ascii") == "caf\u00e9"
    assert decode_labelled("na\u00efve".encode(), None) == "na\u00efve"


def test_windows_text_is_read_as_windows_text_when_other_pages_read_it_the_same() -> None:
    """The detector files Western text under the first of the code pages that read its bytes
    alike (cp1250 for a name's "Ö"); DOS's cp850 reads the same byte as "Í", so a tie must go
    to the page UK archives were written in."""
    raw = ("LEGACY RECORD\r\nNOMINAL (ARRESTED 04-MAR-2002): KÖSE/Emre\r\n"
           "Address for KÖSE/Emre: 4 Mill Row.\r\n").encode("cp1252")
    text, encoding = decode(raw)
    assert (encoding, text.count("KÖSE/Emre")) == ("cp1252", 2)


@pytest.mark.parametrize("page", ["mac_roman", "mac_iceland"])
def test_text_saved_on_a_mac_is_read_in_a_mac_code_page(page: str) -> None:
    """A Mac's accented letters are Windows-1252's dashes, daggers and ellipses ("Jónsdóttir"
    would read "J—nsd—ttir", "Ásta" "ÁËsta"): the Mac page that reads them as letters wins."""
    lines = ["log 12 :: seen=Ásta Kristín Jónsdóttir :: by=PC Ormsby",
             "log 13 :: seen=Gunnlaugur Æsir Hallgrímsson (ht 180 cm)",
             "Home of Gunnlaugur Æsir Hallgrímsson; car seen by Sigrún Bára Ólafsdóttir."]
    raw = "\n".join(lines).encode(page)
    text, encoding = decode(raw)
    assert encoding.startswith("mac") and text.splitlines() == lines


def test_windows_text_with_its_own_dashes_and_accents_stays_windows_text() -> None:
    raw = ("Note \u2014 Ren\u00e9e M\u00fcller met the caf\u00e9 owner\u2026 twice, "
           "O\u2019Neill said.\r\n").encode("cp1252")
    assert decode(raw)[1] == "cp1252"
    raw = "I\u2019m sure L\u2019amour and D\u2019arcy met.\r\n".encode("cp1252")
    assert decode(raw)[1] == "cp1252"


def test_broken_encoded_words_decode_whole() -> None:
    # "Zoë Lefèvre" split mid-character across two encoded words, as some mailers do.
    raw = "=?UTF-8?B?Wm/D?= =?UTF-8?B?qyBMZWbDqHZyZQ==?= <zoe@example.org>"
    assert decode_words(raw).startswith("Zoë Lefèvre")
    assert decode_words("=?iso-8859-1?q?Ren=E9_Dupont?=") == "René Dupont"


def message_file(tmp_path: Path, body: bytes, charset: str = "iso-8859-1") -> Path:
    path = tmp_path / "message.eml"
    path.write_bytes(
        b"From: =?UTF-8?B?Wm/D?= =?UTF-8?B?qyBMZWbDqHZyZQ==?= <Zoe@Example.org>\r\n"
        b"To: Raymond Stokes <ray@example.org>, plain@example.org\r\n"
        b"Cc: \"Smith, Anna\" <anna@example.org>\r\nBcc: Hidden Person <hidden@example.org>\r\n"
        b"Subject: Minutes\r\nDate: Mon, 3 Mar 2014 10:00:00 +0000\r\n"
        b"Content-Type: text/plain; charset=" + charset.encode() + b"\r\n\r\n" + body)
    return path


def test_message_parties_keep_their_names_and_become_people(tmp_path: Path) -> None:
    path = message_file(tmp_path, b"Budget 2010 \x96 2012 was agreed.\r\n")
    extraction = extract(path, identify(path), ExtractContext())
    assert "2010 \u2013 2012" in extraction.text
    assert extraction.email["email_from"] == ["zoe@example.org"]
    assert extraction.email["email_bcc"] == ["hidden@example.org"]
    assert extraction.email["email_parties"] == [
        "Zoë Lefèvre <zoe@example.org>", "Raymond Stokes <ray@example.org>", "plain@example.org",
        "Smith, Anna <anna@example.org>", "Hidden Person <hidden@example.org>"]
    assert "From: Zoë Lefèvre <zoe@example.org>" in extraction.text
    people = {m.text for m in header_mentions(extraction, [])}
    assert {"Raymond Stokes", "Hidden Person"} <= people


def test_an_attached_message_without_a_name_is_a_child_with_its_body(tmp_path: Path) -> None:
    from ingest.containers.mail import eml_members

    path = tmp_path / "outer.eml"
    path.write_bytes(
        b"From: a@example.org\r\nTo: b@example.org\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain\r\n\r\n"
        b"See below.\r\n--XX\r\nContent-Type: message/rfc822\r\n\r\n"
        b"From: c@example.org\r\nSubject: Inner\r\nContent-Type: text/plain\r\n\r\n"
        b"The inner body names the warehouse.\r\n--XX--\r\n")
    members = list(eml_members(path, unpack(tmp_path)))
    assert len(members) == 1 and members[0].family_hint == "email"
    inner = extract(members[0].path, Identity("message/rfc822", "email", "eml"), ExtractContext())
    assert "The inner body names the warehouse." in inner.text
    assert "warehouse" not in extract(path, identify(path), ExtractContext()).text


@pytest.mark.parametrize(("name", "rule"), [
    ("__MACOSX/docs/._report.pdf", "ResourceFork"), ("docs/._report.pdf", "ResourceFork"),
    ("smime.p7s", "Signature"), ("photos/.DS_Store", "FolderMetadata"),
    ("photos/Thumbs.db", "FolderMetadata"), ("docs/report.pdf", None)])
def test_skip_rules(name: str, rule: str | None) -> None:
    skip = skip_rule(name)
    assert (skip.rule if skip else None) == rule


def zip_with_note(text: str = SENTENCE) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("note.txt", text * 10)
        zf.writestr("__MACOSX/._note.txt", b"\x00\x05\x16\x07")
    return buffer.getvalue()


@pytest.mark.parametrize("damage", ["no directory", "zeroed directory"])
def test_a_zip_with_a_damaged_directory_is_recovered(tmp_path: Path, damage: str) -> None:
    data = zip_with_note()
    directory = data.rfind(b"PK\x01\x02")
    damaged = data[:directory] if damage == "no directory" else (
        data[:directory] + bytes(len(data) - directory))
    path = tmp_path / "damaged.zip"
    path.write_bytes(damaged)
    members = list(zip_members(path, unpack(tmp_path)))
    assert [m.name for m in members] == ["note.txt", "__MACOSX/._note.txt"]
    assert members[0].path.read_text() == SENTENCE * 10
    assert members[1].skip.rule == "ResourceFork"


def test_local_headers_are_read_without_any_directory(tmp_path: Path) -> None:
    path = tmp_path / "carved.zip"
    data = zip_with_note()
    path.write_bytes(data[: data.rfind(b"PK\x01\x02")])
    assert [e.name for e in local_entries(path)] == ["note.txt", "__MACOSX/._note.txt"]


def test_an_archive_nothing_reads_is_not_silently_empty(tmp_path: Path) -> None:
    path = tmp_path / "broken.rar"
    path.write_bytes(b"Rar!\x1a\x07\x00" + bytes(200))
    with pytest.raises((NothingUnpacked, CorruptFile)):
        list(libarchive_members(path, unpack(tmp_path)))


def test_rar_members_are_extracted(corpus: Path, tmp_path: Path) -> None:
    path = corpus / "tika/tika-parser-pkg-module/test-documents.rar"
    members = {m.name: m for m in libarchive_members(path, unpack(tmp_path))}
    assert "test-documents/testTXT.txt" in members
    assert members["test-documents/testTXT.txt"].path.read_bytes().strip()


def test_imploded_zip_members_are_extracted(corpus: Path, tmp_path: Path) -> None:
    """An old PKZIP archive (method 6, implode), which zipfile and libarchive cannot read."""
    path = corpus / "tika/tika-parser-pkg-module/moby.zip"
    members = {m.name: m for m in zip_members(path, unpack(tmp_path))}
    assert len(members) == 135
    assert b"Moby-Dick" in members["moby.0"].path.read_bytes()


def test_a_deflate64_zip_is_read(tmp_path: Path) -> None:
    """Windows' own zipper writes Deflate64 (method 9) for large folders."""
    seven = shutil.which("7zz") or shutil.which("7z")
    assert seven, "7-Zip is one of the Debian packages scripts/setup.sh installs"
    (tmp_path / "note.txt").write_text(SENTENCE * 10)
    path = tmp_path / "large-folder.zip"
    subprocess.run([seven, "a", "-tzip", "-mm=Deflate64", str(path), str(tmp_path / "note.txt")],
                   check=True, stdout=subprocess.DEVNULL)
    assert {i.compress_type for i in zipfile.ZipFile(path).infolist()} == {9}
    members = list(zip_members(path, unpack(tmp_path / "out")))
    assert [m.name for m in members] == ["note.txt"]
    assert members[0].path.read_text() == SENTENCE * 10


@pytest.mark.parametrize("kind", ["cpio", "ar"])
def test_unix_archives_are_unpacked(tmp_path: Path, kind: str) -> None:
    import libarchive

    (tmp_path / "note.txt").write_text(SENTENCE)
    path = tmp_path / f"backup.{kind}"
    with libarchive.file_writer(str(path), "cpio" if kind == "cpio" else "ar_svr4") as archive:
        archive.add_files(str(tmp_path / "note.txt"))
    assert identify(path).family == kind
    members = list(libarchive_members(path, unpack(tmp_path / "out")))
    assert [m.path.read_text() for m in members] == [SENTENCE]


def test_an_encrypted_odt_is_password_protected(corpus: Path) -> None:
    path = next(corpus.glob("tika/*/testODTEncrypted.odt"))
    with pytest.raises(PasswordProtected):
        extract(path, identify(path), ExtractContext())


def test_a_docx_its_reader_refuses_is_read_by_libreoffice(tmp_path: Path) -> None:
    from docx import Document

    source = tmp_path / "source.docx"
    document = Document()
    document.add_paragraph(SENTENCE)
    document.save(str(source))
    # Drop the content types part: the package reader refuses it, LibreOffice does not care.
    damaged = tmp_path / "damaged.docx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(damaged, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"</w:body>", b"<w:p><w:r><w:t>unclosed</w:body>")
            zout.writestr(item, data)
    extraction = extract(damaged, Identity("application/x", "docx", "docx"), ExtractContext())
    assert extraction.extractor in ("soffice:docx", "ooxml:docx")
    assert SENTENCE in extraction.text


def test_header_mentions_do_not_repeat_what_ner_found() -> None:
    from ingest.model import Mention

    text = "From: Raymond Stokes <ray@example.org>\nSubject: x\n\nBody"
    extraction = Extraction(pages=[Page(1, text)], extractor="email",
                            email={"email_parties": ["Raymond Stokes <ray@example.org>"]})
    found = Mention("person", "Raymond Stokes", "raymond stokes", 1, 6, 20)
    assert header_mentions(extraction, [found]) == []
    assert [m.key for m in header_mentions(extraction, [])] == ["raymond stokes"]


def test_central_european_text_read_as_windows_1250() -> None:
    """A Windows-1250 text's "ć" and "đ" read as Windows-1252 are "æ" ending a word and "Ð"
    starting one, which no Western language writes there: the Central European page wins."""
    lines = ["12/03/2004 suspect DETAINED >> Vedran Đuro Kolarić", "Seen by Mirela Novaković."]
    raw = "\r\n".join(lines).encode("cp1250")
    text, encoding = decode(raw)
    assert encoding == "cp1250" and text.splitlines() == lines


def test_western_text_with_a_pound_sign_stays_western() -> None:
    raw = "Paid \u00a35 to Ivo Mari\u00e6 at the caf\u00e9.\r\n".encode("cp1252")
    assert decode(raw)[1] == "cp1252"


def test_mac_letters_read_as_capitals_inside_a_word() -> None:
    """A Mac's "ä" is Windows-1252's "Š": "Mäkelä" would read "MŠkelŠ"."""
    lines = ["Q7. Anyone detained or arrested?", "A. Yes: Ossi Petteri Mäkelä; build slim, 2006.04.11"]
    raw = "\n".join(lines).encode("mac_roman")
    text, encoding = decode(raw)
    assert encoding.startswith("mac") and text.splitlines() == lines


def test_dos_western_text_keeps_its_spanish_letters() -> None:
    lines = ["Custody record 44: detained Eñaut Ibáñez Arrieta Muñoa at 14:10.",
             "Solicitor attended; detained person Eñaut Ibáñez Arrieta Muñoa interviewed."]
    raw = "\r\n".join(lines).encode("cp850")
    assert decode(raw)[0].splitlines() == lines


def test_dos_central_european_text_whose_windows_reading_breaks_words() -> None:
    """DOS code page 852's "ě" is Windows-1252's "Ø" and Windows-1250's "Ř": a capital between
    two small letters ("VØroslav"), which no language writes; the DOS page that reads the words
    whole wins."""
    lines = ["Person detained 2004-Mar-02: Věroslav Kořen Dušek, occupation glazier",
             "Interviewing officer PC Ann Lee."]
    raw = "\r\n".join(lines).encode("cp852")
    text, encoding = decode(raw)
    assert encoding == "cp852" and text.splitlines() == lines



def test_mac_central_european_text_is_read_in_its_own_mac_page() -> None:
    """A Mac Central European text read as Windows-1252 turns "í" into a quote mark inside a
    word, "Ľ" into a guillemet and "č" into a dagger; Mac Roman reads the same bytes as symbols
    ("ª", "‰"): the Mac Central European page reads the names whole, even without the Western
    Mac signs, and even with the old Mac's CR line ends."""
    lines = ["Detained: Ľubica Pšenčíková, born 03/05/1988",
             "Seen with Kristína Bartošová and Miloš Dlhý at the depot."]
    raw = "\r".join(lines).encode("mac_latin2")
    text, encoding = decode(raw)
    assert encoding == "mac_latin2" and text.splitlines() == lines


def test_western_mac_text_stays_in_mac_roman() -> None:
    """Mac Central European reads a Western Mac text's "ç" as "ć": Mac Roman wins the tie."""
    lines = ["Statement of François Lefèvre — garçon at the café, née Aubrée."]
    raw = "\r".join(lines).encode("mac_roman")
    text, encoding = decode(raw)
    assert encoding == "mac_roman" and text.splitlines() == lines


@pytest.mark.parametrize("lines", [
    ["Pupil Špela Čebašek absent; father Jože Kržič informed.", "Welfare meeting held."],
    ["Kid seen: Žan Kočevar.", "Nothing further at 10:40 on the day of the visit to the flat."],
])
def test_latin_10_text_keeps_its_slovene_letters(lines: list[str]) -> None:
    """ISO-8859-16 (Latin-10) writes "č" and "ž" where Latin-9 has "¹" and "¸" and the Baltic
    and Nordic pages other letters: the Latin page that reads every word cleanly wins."""
    raw = "\n".join(lines).encode("iso8859_16")
    text, _encoding = decode(raw)
    assert text.splitlines() == lines


def test_polish_iso_text_keeps_its_letters_and_western_pounds_stay() -> None:
    lines = ["Zeznanie: Paweł Wróbel widział Żanetę w Łomży."]
    assert decode("\n".join(lines).encode("iso8859_2"))[0].splitlines() == lines
    raw = "Paid \u00a320 for the car; Ren\u00e9e signed.\n".encode("cp1252")
    assert decode(raw)[1] == "cp1252"


@pytest.mark.parametrize("line", ["ANPR check: keeper Igor Tesáč, seen at the depot twice on 3rd May.",
                                  "Search of premises: occupier Pavol Hrabáč present throughout."])
def test_mac_pages_that_both_read_letters_are_told_apart_by_the_detector(line: str) -> None:
    """Mac Roman reads Mac Central European's "č" as "ã" ("Hrabáã"): both readings are all
    letters, and the detector's chaos prefers the Central European one."""
    text, encoding = decode(line.encode("mac_latin2"))
    assert (encoding, text) == ("mac_latin2", line)


def test_dos_central_european_text_is_not_taken_for_mac_central_european() -> None:
    """Code page 852's "ě" and "ý" read as Windows-1252 are a capital inside a word, as a Mac's
    would be; Mac Central European reads them as other letters ("Zbynōk"), DOS 852 as the
    right ones: a capital alone is no Mac Central European sign."""
    lines = ["Booked in: Zbyněk Hladký, 14:20.", "Detained person Zbyněk Hladký searched."]
    text, encoding = decode("\r\n".join(lines).encode("cp852"))
    assert (encoding, text.splitlines()) == ("cp852", lines)
