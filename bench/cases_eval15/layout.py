"""The fifteenth set's file encodings and its scans.

Plain text: Calderwick's in Mac Icelandic (the old Macintosh set its thorns and eths need) with LF
line ends; Quernmoor's in Windows-1257 (Baltic, for its Estonian õ) with CRLF line ends; Hobcarton's in UTF-8
with every accented letter decomposed (NFD: a letter, then its combining mark), as one old export
writes it. PDFs are set in a Unicode font (the eighth set's writer), DOCX through the fifth set's
writer, and scans as the third set's image-only PDF. E-mails: a base64 ISO-8859-1 text part for
Calderwick, a quoted-printable ISO-8859-4 (North European) one for Quernmoor, an 8-bit
ISO-8859-3 (Maltese) one for Hobcarton. `file_pages` reads every format back as the self-check compares it.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from bench.cases_eval.docs import Doc
from bench.cases_eval3.scan import write_scan
from bench.cases_eval5.layout import write_docx
from bench.cases_eval8.layout import file_pages as eighth_set_pages
from bench.cases_eval8.layout import lines_of, page_texts, write_pdf

__all__ = ["file_pages", "page_texts", "write", "write_scan"]

TEXT_STYLE = {  # encoding, line end, Unicode normal form of the bytes
    "calderwick": ("mac_iceland", "\n", "NFC"),
    "quernmoor": ("cp1257", "\r\n", "NFC"),
    "hobcarton": ("utf-8", "\n", "NFD"),
}
MAIL_STYLE = {
    "calderwick": ("iso-8859-1", "base64"),
    "quernmoor": ("iso-8859-4", "quoted-printable"),
    "hobcarton": ("iso-8859-3", "8bit"),
}


def force_of(doc_name: str) -> str:
    return doc_name.split("/")[0]


def write(doc: Doc, root: Path) -> None:
    path = root / doc.name
    path.parent.mkdir(parents=True, exist_ok=True)
    writers = {"txt": write_text, "pdf": write_pdf, "docx": write_docx, "eml": write_mail}
    writers[doc.fmt](doc, path)


def write_text(doc: Doc, path: Path) -> None:
    encoding, end, normal = TEXT_STYLE[force_of(doc.name)]
    text = unicodedata.normalize(normal, end.join(lines_of(doc)) + end)
    path.write_bytes(text.encode(encoding))


def write_mail(doc: Doc, path: Path) -> None:
    charset, transfer = MAIL_STYLE[force_of(doc.name)]
    message = EmailMessage()
    for name, value in doc.headers.items():
        message[name] = value
    message["Date"] = format_datetime(datetime(doc.day.year, doc.day.month, doc.day.day, 16, 40))
    message["Message-ID"] = f"<{Path(doc.name).stem}.{doc.day:%Y%m%d}@cases-eval15.invalid>"
    message.set_content("\n".join(lines_of(doc)) + "\n", charset=charset, cte=transfer)
    path.write_bytes(bytes(message))


def file_pages(path: Path) -> list[str]:
    """Each page's text as an extractor would give it (text files decoded, composed, LF-ended)."""
    if path.suffix == ".txt":
        force = next(part for part in path.parts if part in TEXT_STYLE)
        text = path.read_bytes().decode(TEXT_STYLE[force][0])
        return [unicodedata.normalize("NFC", text.replace("\r\n", "\n"))]
    return eighth_set_pages(path)
