"""The fourteenth set's file encodings and its scans.

Plain text: Dunmerrow's in ISO-8859-13 (the Baltic Latin set its Latvian names need) with CRLF
line ends; Fellbridge's in ISO-8859-15 (Latin-9) with LF line ends;
Ravensike's in UTF-8 with bare CR line ends, as an old records system exports them. PDFs are set in
a Unicode font (the eighth set's writer), DOCX through the fifth set's writer, and scans as the
third set's image-only PDF, specked and skewed. E-mails: a quoted-printable text part in
ISO-8859-13 for Dunmerrow, an 8-bit text part in ISO-8859-15 for Fellbridge, and a base64 UTF-8
text part for Ravensike. `file_pages` reads every format back as the self-check compares it.
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
    "dunmerrow": ("iso-8859-13", "\r\n"),
    "fellbridge": ("iso-8859-15", "\n"),
    "ravensike": ("utf-8", "\r"),
}
MAIL_STYLE = {
    "dunmerrow": ("iso-8859-13", "quoted-printable"),
    "fellbridge": ("iso-8859-15", "8bit"),
    "ravensike": ("utf-8", "base64"),
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
    message["Date"] = format_datetime(datetime(doc.day.year, doc.day.month, doc.day.day, 9, 25))
    message["Message-ID"] = f"<{Path(doc.name).stem}.{doc.day:%Y%m%d}@cases-eval14.invalid>"
    message.set_content("\n".join(lines_of(doc)) + "\n", charset=charset, cte=transfer)
    path.write_bytes(bytes(message))


def file_pages(path: Path) -> list[str]:
    """The text of each page of a written file, as an extractor sees it."""
    if path.suffix == ".txt":
        force = next(part for part in path.parts if part in TEXT_STYLE)
        text = path.read_bytes().decode(TEXT_STYLE[force][0])
        return [text.replace("\r\n", "\n").replace("\r", "\n")]
    return eighth_set_pages(path)
