"""The seventeenth set's file encodings and its scans.

Plain text: Gorsedge's in the DOS code page 852 (Latin-2, for its Czech ř, ě and ů) with CRLF line
ends; Cradlebrook's in UTF-16 big-endian with a byte-order mark (for its Azerbaijani ə, which no
8-bit code page holds) with LF line ends; Fallowmere's in the first IBM PC code page, 437 (its
pound sign is byte 9C), with CRLF line ends. PDFs are set in a Unicode font (the eighth set's
writer), DOCX through the fifth set's writer, and scans as the third set's image-only PDF.
E-mails: a base64 ISO-8859-2 text part for Gorsedge, a base64 UTF-16 one for Cradlebrook, an 8-bit
windows-1254 (Turkish) one for Fallowmere. `file_pages` reads every format back as the self-check
compares it.
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

BOM = "\ufeff"
TEXT_STYLE = {  # encoding, line end and whether a byte-order mark leads a force's plain text files
    "gorsedge": ("cp852", "\r\n", False),
    "cradlebrook": ("utf-16-be", "\n", True),
    "fallowmere": ("cp437", "\r\n", False),
}
MAIL_STYLE = {
    "gorsedge": ("iso-8859-2", "base64"),
    "cradlebrook": ("utf-16", "base64"),
    "fallowmere": ("windows-1254", "8bit"),
}


def force_of(doc_name: str) -> str:
    return doc_name.split("/")[0]


def write(doc: Doc, root: Path) -> None:
    path = root / doc.name
    path.parent.mkdir(parents=True, exist_ok=True)
    writers = {"txt": write_text, "pdf": write_pdf, "docx": write_docx, "eml": write_mail}
    writers[doc.fmt](doc, path)


def write_text(doc: Doc, path: Path) -> None:
    encoding, end, bom = TEXT_STYLE[force_of(doc.name)]
    text = end.join(lines_of(doc)) + end
    path.write_bytes(((BOM if bom else "") + text).encode(encoding))


def write_mail(doc: Doc, path: Path) -> None:
    charset, transfer = MAIL_STYLE[force_of(doc.name)]
    message = EmailMessage()
    for name, value in doc.headers.items():
        message[name] = value
    message["Date"] = format_datetime(datetime(doc.day.year, doc.day.month, doc.day.day, 14, 5))
    message["Message-ID"] = f"<{Path(doc.name).stem}.{doc.day:%Y%m%d}@cases-eval17.invalid>"
    message.set_content("\n".join(lines_of(doc)) + "\n", charset=charset, cte=transfer)
    path.write_bytes(bytes(message))


def file_pages(path: Path) -> list[str]:
    """Each page's text as an extractor would give it (text files decoded, LF-ended, no BOM)."""
    if path.suffix == ".txt":
        force = next(part for part in path.parts if part in TEXT_STYLE)
        text = path.read_bytes().decode(TEXT_STYLE[force][0])
        return [text.removeprefix(BOM).replace("\r\n", "\n")]
    return eighth_set_pages(path)
