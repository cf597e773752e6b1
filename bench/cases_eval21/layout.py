"""The twenty-first set's file encodings and its scans.

Plain text: Kestrelford's in the DOS Icelandic code page 861 (for the Faroese á, í, ó, ú, ý, æ, ø
and ð, and its box-drawing bar between cells) with CRLF line ends; Thrushcombe's in Mac Turkish
(for the Kurmanji ş, ê, î, û and ç) with LF line ends; Orrishaw's in UTF-32 (little-endian, with a
byte-order mark) with LF line ends. PDFs are set in a Unicode font (the eighth set's writer), DOCX
through the fifth set's writer, and scans as the third set's image-only PDF. E-mails: a
quoted-printable IBM861 text part for Kestrelford, a base64 IBM857 one for Thrushcombe, an 8-bit
IBM858 one for Orrishaw. `file_pages` reads every format back as the self-check compares it.
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
    "kestrelford": ("cp861", "\r\n"),
    "thrushcombe": ("mac-turkish", "\n"),
    "orrishaw": ("utf-32", "\n"),
}
MAIL_STYLE = {
    "kestrelford": ("ibm861", "quoted-printable"),
    "thrushcombe": ("ibm857", "base64"),
    "orrishaw": ("ibm858", "8bit"),
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
    text = end.join(lines_of(doc)) + end
    if encoding == "utf-32":  # little-endian with its byte-order mark, whatever the machine
        path.write_bytes(b"\xff\xfe\x00\x00" + text.encode("utf-32-le"))
        return
    path.write_bytes(text.encode(encoding))


def write_mail(doc: Doc, path: Path) -> None:
    charset, transfer = MAIL_STYLE[force_of(doc.name)]
    message = EmailMessage()
    for name, value in doc.headers.items():
        message[name] = value
    message["Date"] = format_datetime(datetime(doc.day.year, doc.day.month, doc.day.day, 10, 17))
    message["Message-ID"] = f"<{Path(doc.name).stem}.{doc.day:%Y%m%d}@cases-eval21.invalid>"
    message.set_content("\n".join(lines_of(doc)) + "\n", charset=charset, cte=transfer)
    path.write_bytes(bytes(message))


def file_pages(path: Path) -> list[str]:
    """Each page's text as an extractor would give it (text files decoded, CRLF or CR read as LF)."""
    if path.suffix == ".txt":
        force = next(part for part in path.parts if part in TEXT_STYLE)
        text = path.read_bytes().decode(TEXT_STYLE[force][0])
        return [text.replace("\r\n", "\n").replace("\r", "\n")]
    return eighth_set_pages(path)
