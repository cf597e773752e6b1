"""The twenty-second set's file encodings and its scans.

Plain text: Wyrmbridge's in Mac Romanian (for the Catalan à, è, é, í, ï, ò, ó, ú, ç and the middle
dot of l·l, its lozenge between cells and its en dash) with CRLF line ends; Heddlesford's in UTF-32
big-endian with a byte-order mark and CRLF line ends; Pellinghoe's in Windows-1256 (the Arabic
Windows code page; its pound sign is byte A3) with LF line ends. PDFs are set in a Unicode font (the
eighth set's writer), DOCX through the fifth set's writer, and scans as the third set's image-only
PDF. E-mails: a quoted-printable Mac Romanian text part for Wyrmbridge, a base64 Windows-1258 one
for Heddlesford, an 8-bit Windows-1256 one for Pellinghoe. `file_pages` reads every format back as
the self-check compares it.
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
    "wyrmbridge": ("mac-romanian", "\r\n"),
    "heddlesford": ("utf-32-be", "\r\n"),
    "pellinghoe": ("cp1256", "\n"),
}
MAIL_STYLE = {
    "wyrmbridge": ("mac-romanian", "quoted-printable"),
    "heddlesford": ("windows-1258", "base64"),
    "pellinghoe": ("windows-1256", "8bit"),
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
    if encoding == "utf-32-be":  # big-endian with its byte-order mark
        path.write_bytes(b"\x00\x00\xfe\xff" + text.encode("utf-32-be"))
        return
    path.write_bytes(text.encode(encoding))


def write_mail(doc: Doc, path: Path) -> None:
    charset, transfer = MAIL_STYLE[force_of(doc.name)]
    message = EmailMessage()
    for name, value in doc.headers.items():
        message[name] = value
    message["Date"] = format_datetime(datetime(doc.day.year, doc.day.month, doc.day.day, 14, 52))
    message["Message-ID"] = f"<{Path(doc.name).stem}.{doc.day:%Y%m%d}@cases-eval22.invalid>"
    message.set_content("\n".join(lines_of(doc)) + "\n", charset=charset, cte=transfer)
    path.write_bytes(bytes(message))


def file_pages(path: Path) -> list[str]:
    """Each page's text as an extractor would give it (text files decoded, CRLF or CR read as LF)."""
    if path.suffix == ".txt":
        force = next(part for part in path.parts if part in TEXT_STYLE)
        data = path.read_bytes()
        encoding = TEXT_STYLE[force][0]
        text = data[4:].decode(encoding) if encoding == "utf-32-be" else data.decode(encoding)
        return [text.replace("\r\n", "\n").replace("\r", "\n")]
    return eighth_set_pages(path)
