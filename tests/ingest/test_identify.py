"""Identify by bytes: zip packages by their parts, OLE2 files by their streams, text by what it
holds. Files are made here; corpus files cover what cannot be made (real DOC, XLS, PPT, MSG)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ingest.identify import identify


def write_zip(path: Path, members: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in members.items():
            zf.writestr(name, text)
    return path


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "nothing.txt"
    path.write_bytes(b"")
    assert identify(path).family == "empty"


def test_docx_named_pdf_is_docx(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "letter.pdf"
    docx.Document().save(path)
    identity = identify(path)
    assert identity.family == "docx" and identity.extension == "pdf"


@pytest.mark.parametrize(("members", "family"), [
    ({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}, "odt"),
    ({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}, "ods"),
    ({"mimetype": "application/vnd.oasis.opendocument.presentation", "content.xml": "<x/>"},
     "odp"),
    ({"mimetype": "application/epub+zip", "META-INF/container.xml": "<x/>"}, "epub"),
    ({"mimetype": "application/x-ibooks+zip", "META-INF/container.xml": "<x/>"}, "epub"),
    ({"[Content_Types].xml": "<x/>", "xl/workbook.bin": "\x00"}, "xlsb"),
    ({"[Content_Types].xml": "<x/>", "visio/document.xml": "<x/>"}, "vsdx"),
    ({"notes.txt": "just a zip"}, "zip"),
])
def test_zip_packages_by_their_parts(tmp_path: Path, members: dict[str, str], family: str) -> None:
    assert identify(write_zip(tmp_path / "file.bin", members)).family == family


def test_encrypted_docx_is_an_encrypted_ooxml(tmp_path: Path) -> None:
    import docx
    from msoffcrypto.format.ooxml import OOXMLFile

    plain, locked = tmp_path / "plain.docx", tmp_path / "locked.docx"
    docx.Document().save(plain)
    with plain.open("rb") as source, locked.open("wb") as out:
        OOXMLFile(source).encrypt("secret", out)
    identity = identify(locked)
    assert (identity.mime, identity.family) == ("application/x-encrypted-ooxml", "ooxml-encrypted")


@pytest.mark.parametrize(("head", "family"), [
    (b"MIME-Version: 1.0\nFrom: Joan Price <joan@example.org>\nTo: desk@example.org\n"
     b"Subject: Statement\n\nI saw the van.\n", "email"),
    (b"Received: from mx.example.org\nFrom: a@example.org\nDate: Tue, 4 Mar 2003 10:15:00 +0000"
     b"\n\nBody\n", "email"),
    (b"Dear Sir,\nFrom: the depot manager\nI write about the van.\n", "text"),
    (b'<?xml version="1.0"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml">'
     b"<body><p>Statement</p></body></html>", "html"),
    (b'<?xml version="1.0"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:'
     b'xmlns:office:1.0" office:mimetype="application/vnd.oasis.opendocument.text">'
     b"<office:body/></office:document>", "odt"),
    (b'<?xml version="1.0"?>\n<log><entry>Door forced</entry></log>', "xml"),
    (b"{\\rtf1\\ansi Statement of Joan Price\\par}", "rtf"),
    (b"From joan@example.org Tue Mar  4 10:15:00 2003\nFrom: joan@example.org\n\nHi\n", "mbox"),
    (b"!BDN" + bytes(600), "pst"),
])
def test_text_by_what_it_holds(tmp_path: Path, head: bytes, family: str) -> None:
    path = tmp_path / "file.dat"
    path.write_bytes(head)
    assert identify(path).family == family


MESSAGE = ("MIME-Version: 1.0\nFrom: Joan Price <joan@example.org>\nTo: desk@example.org\n"
           "Subject: Statement\n\nI saw the van on Łódź Road.\n")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_message_in_utf16_is_an_email(tmp_path: Path, codec: str) -> None:
    """Windows tools save mail as UTF-16, often without a byte-order mark."""
    path = tmp_path / "statement.eml"
    path.write_bytes(MESSAGE.encode(codec))
    assert identify(path).family == "email"


def test_a_file_with_nul_bytes_is_not_taken_for_utf16(tmp_path: Path) -> None:
    path = tmp_path / "table.bin"
    path.write_bytes(bytes(range(256)) * 40)
    assert identify(path).family == "unknown"


def test_unreadable_ole_file_is_ole(tmp_path: Path) -> None:
    path = tmp_path / "cut.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1500))
    assert identify(path).family == "ole"


@pytest.mark.corpus
@pytest.mark.parametrize(("name", "family"), [
    ("tika/tika-parser-microsoft-module/testWORD_various.doc", "doc"),
    ("tika/tika-parser-microsoft-module/testEXCEL.xls", "xls"),
    ("tika/tika-parser-microsoft-module/testEXCEL_WORKBOOK_in_capitals.xls", "xls"),
    ("tika/tika-parser-microsoft-module/testPPT.ppt", "ppt"),
    ("tika/tika-parser-microsoft-module/test-outlook.msg", "msg"),
    ("unstructured/password_protected.xlsx", "ooxml-encrypted"),
    ("tika/tika-parser-microsoft-module/testVISIO.vsd", "ole"),
    ("tika/tika-parser-microsoft-module/testEXCEL_various.xlsb", "xlsb"),
    ("tika/tika-parser-miscoffice-module/testODTMacro.fodt", "odt"),
    ("tika/tika-parser-mail-module/testRFC822_dkim.eml", "email"),
    ("unstructured/empty.txt", "empty"),
])
def test_corpus_files(corpus: Path, name: str, family: str) -> None:
    assert identify(corpus / name).family == family
