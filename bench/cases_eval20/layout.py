"""The twentieth set's file encodings and its scans.

Plain text: Cratchmere's in Mac Croatian (for its č, ć, đ, š and ž) with LF line ends; Dunmallow's
in the DOS Canadian French code page 863 (for its é, è, ê, ç and ô; its pound sign is byte 9C) with
CRLF line ends; Ousebarrow's in HP Roman-8 (for the Irish fada) with LF line ends. PDFs are set in
a Unicode font (the eighth set's writer), DOCX through the fifth set's writer, and scans as the
third set's image-only PDF. E-mails: an 8-bit Mac Croatian text part for Cratchmere, a base64
IBM863 one for Dunmallow, a quoted-printable HP Roman-8 one for Ousebarrow. `file_pages` reads
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
    "cratchmere": ("mac-croatian", "\n"),
    "dunmallow": ("cp863", "\r\n"),
    "ousebarrow": ("hp-roman8", "\n"),
}
MAIL_STYLE = {
    "cratchmere": ("mac-croatian", "8bit"),
    "dunmallow": ("ibm863", "base64"),
    "ousebarrow": ("hp-roman8", "quoted-printable"),
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
    message["Message-ID"] = f"<{Path(doc.name).stem}.{doc.day:%Y%m%d}@cases-eval20.invalid>"
    message.set_content("\n".join(lines_of(doc)) + "\n", charset=charset, cte=transfer)
    path.write_bytes(bytes(message))


def file_pages(path: Path) -> list[str]:
    """Each page's text as an extractor would give it (text files decoded, CRLF or CR read as LF)."""
    if path.suffix == ".txt":
        force = next(part for part in path.parts if part in TEXT_STYLE)
        text = path.read_bytes().decode(TEXT_STYLE[force][0])
        return [text.replace("\r\n", "\n").replace("\r", "\n")]
    return eighth_set_pages(path)
