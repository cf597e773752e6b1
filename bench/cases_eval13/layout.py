"""The thirteenth set's file formats and its scans.

Plain text: Quillmoor's in Windows-1252 with CRLF line ends, Brackenholt's in UTF-16 with a
byte-order mark and CRLF line ends, Wexcombe's in UTF-8 (its cell separator is the double vertical
line). PDFs are set in a Unicode font (the eighth set's writer), DOCX through the fifth set's
writer, and scans as the third set's image-only PDF, specked and skewed. E-mails: a
quoted-printable text part, in Windows-1252 for Quillmoor and UTF-8 for Brackenholt; Wexcombe's
UTF-8 text part is sent as 8-bit. `file_pages` reads every format back as the self-check compares it.
"""

from __future__ import annotations

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

TEXT_STYLE = {
    "quillmoor": ("cp1252", "\r\n"),
    "brackenholt": ("utf-16", "\r\n"),  # Python writes the byte-order mark, then little-endian
    "wexcombe": ("utf-8", "\n"),
}
MAIL_STYLE = {
    "quillmoor": ("windows-1252", "quoted-printable"),
    "brackenholt": ("utf-8", "quoted-printable"),
    "wexcombe": ("utf-8", "8bit"),
}


def force_of(doc_name: str) -> str:
    return doc_name.split("/")[0]


def write(doc: Doc, root: Path) -> None:
    path = root / doc.name
    path.parent.mkdir(parents=True, exist_ok=True)
    writers = {"txt": write_text, "pdf": write_pdf, "docx": write_docx, "eml": write_mail}
    writers[doc.fmt](doc, path)


def write_text(doc: Doc, path: Path) -> None:
    encoding, end = TEXT_STYLE[force_of(doc.name)]
    path.write_bytes((end.join(lines_of(doc)) + end).encode(encoding))


def write_mail(doc: Doc, path: Path) -> None:
    charset, transfer = MAIL_STYLE[force_of(doc.name)]
    message = EmailMessage()
    for name, value in doc.headers.items():
        message[name] = value
    message["Date"] = format_datetime(datetime(doc.day.year, doc.day.month, doc.day.day, 16, 40))
    message["Message-ID"] = f"<{Path(doc.name).stem}.{doc.day:%Y%m%d}@cases-eval13.invalid>"
    message.set_content("\n".join(lines_of(doc)) + "\n", charset=charset, cte=transfer)
    path.write_bytes(bytes(message))


def file_pages(path: Path) -> list[str]:
    """The text of each page of a written file, as an extractor sees it."""
    if path.suffix == ".txt":
        force = next(part for part in path.parts if part in TEXT_STYLE)
        text = path.read_bytes().decode(TEXT_STYLE[force][0])
        return [text.replace("\r\n", "\n")]
    return eighth_set_pages(path)
