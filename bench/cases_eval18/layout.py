"""The eighteenth set's file encodings and its scans.

Plain text: Thirlwick's in the Mac Central European code page (mac_latin2, for its Slovak ľ, ĺ, ŕ,
ô, ď and ť) with the old Mac's CR line ends; Wendlecombe's in the DOS Portuguese code page 860 (its
pound sign is byte 9C) with CRLF line ends; Pellingford's in ISO-8859-16, the Latin-10 set (for its
Slovene č, š and ž; it has no pound sign), with LF line ends. PDFs are set in a Unicode font (the
eighth set's writer), DOCX through the fifth set's writer, and scans as the third set's image-only
PDF. E-mails: a UTF-7 text part for Thirlwick (as an old mail client sent it), a quoted-printable
windows-1251 one for Wendlecombe, a base64 ISO-8859-16 one for Pellingford. `file_pages` reads
every format back as the self-check compares it.
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

TEXT_STYLE = {  # encoding and line end of a force's plain text files
    "thirlwick": ("mac_latin2", "\r"),
    "wendlecombe": ("cp860", "\r\n"),
    "pellingford": ("iso-8859-16", "\n"),
}
MAIL_STYLE = {
    "thirlwick": ("utf-7", "7bit"),
    "wendlecombe": ("windows-1251", "quoted-printable"),
    "pellingford": ("iso-8859-16", "base64"),
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
    message["Date"] = format_datetime(datetime(doc.day.year, doc.day.month, doc.day.day, 9, 41))
    message["Message-ID"] = f"<{Path(doc.name).stem}.{doc.day:%Y%m%d}@cases-eval18.invalid>"
    message.set_content("\n".join(lines_of(doc)) + "\n", charset=charset, cte=transfer)
    path.write_bytes(bytes(message))


def file_pages(path: Path) -> list[str]:
    """Each page's text as an extractor would give it (text files decoded, CRLF or CR read as LF)."""
    if path.suffix == ".txt":
        force = next(part for part in path.parts if part in TEXT_STYLE)
        text = path.read_bytes().decode(TEXT_STYLE[force][0])
        return [text.replace("\r\n", "\n").replace("\r", "\n")]
    return eighth_set_pages(path)
