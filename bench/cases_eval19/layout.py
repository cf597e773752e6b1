"""The nineteenth set's file encodings and its scans.

Plain text: Quillinghurst's in ISO-8859-14, the Celtic set (for its Welsh ŷ), with LF line ends;
Sallowfield's in the DOS Nordic code page 865 (for its æ, ø and å; its pound sign is byte 9C) with
CRLF line ends; Kelthorpe's in the DOS Baltic code page 775 (for its Lithuanian ą, č, ę, ė, į, š, ų,
ū and ž) with LF line ends. PDFs are set in a Unicode font (the eighth set's writer), DOCX through the
fifth set's writer, and scans as the third set's image-only PDF. E-mails: an 8-bit ISO-8859-14 text
part for Quillinghurst, a base64 IBM865 one for Sallowfield, a quoted-printable IBM775 one for
Kelthorpe. `file_pages` reads every format back as the self-check compares it.
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
    "quillinghurst": ("iso-8859-14", "\n"),
    "sallowfield": ("cp865", "\r\n"),
    "kelthorpe": ("cp775", "\n"),
}
MAIL_STYLE = {
    "quillinghurst": ("iso-8859-14", "8bit"),
    "sallowfield": ("ibm865", "base64"),
    "kelthorpe": ("ibm775", "quoted-printable"),
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
    message["Message-ID"] = f"<{Path(doc.name).stem}.{doc.day:%Y%m%d}@cases-eval19.invalid>"
    message.set_content("\n".join(lines_of(doc)) + "\n", charset=charset, cte=transfer)
    path.write_bytes(bytes(message))


def file_pages(path: Path) -> list[str]:
    """Each page's text as an extractor would give it (text files decoded, CRLF or CR read as LF)."""
    if path.suffix == ".txt":
        force = next(part for part in path.parts if part in TEXT_STYLE)
        text = path.read_bytes().decode(TEXT_STYLE[force][0])
        return [text.replace("\r\n", "\n").replace("\r", "\n")]
    return eighth_set_pages(path)
