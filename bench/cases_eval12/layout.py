"""The twelfth set's file formats and its scans.

Plain text: Ormskeld's in UTF-8 with a byte-order mark and CRLF line ends, Tarrowfield's in UTF-8,
Hendlecombe's in UTF-8 with CRLF line ends (its cell separator is the broken bar). PDFs are set
in a Unicode font (the eighth set's writer, so the Filipino names' tildes are in the text layer), DOCX
through the fifth set's writer, and scans as the third set's image-only PDF, specked and skewed.
E-mails: a base64 UTF-8 text part; Tarrowfield's with an HTML alternative. `file_pages` reads every
format back as the self-check compares it.
"""

from __future__ import annotations

import html
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
    "ormskeld": ("utf-8-sig", "\r\n"),
    "tarrowfield": ("utf-8", "\n"),
    "hendlecombe": ("utf-8", "\r\n"),
}
MAIL_CHARSET = {"ormskeld": "utf-8", "tarrowfield": "utf-8", "hendlecombe": "utf-8"}


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
    force = force_of(doc.name)
    message = EmailMessage()
    for name, value in doc.headers.items():
        message[name] = value
    message["Date"] = format_datetime(datetime(doc.day.year, doc.day.month, doc.day.day, 7, 25))
    message["Message-ID"] = f"<{Path(doc.name).stem}.{doc.day:%Y%m%d}@cases-eval12.invalid>"
    lines = lines_of(doc)
    message.set_content("\n".join(lines) + "\n", charset=MAIL_CHARSET[force], cte="base64")
    if force == "tarrowfield":
        body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        message.add_alternative(f"<html><body>{body}</body></html>\n", subtype="html")
        message.set_boundary(f"=_alt_{Path(doc.name).stem}_{doc.day:%Y%m%d}")  # the same bytes every run
    path.write_bytes(bytes(message))


def file_pages(path: Path) -> list[str]:
    """The text of each page of a written file, as an extractor sees it."""
    if path.suffix == ".txt":
        data = path.read_bytes()
        text = data.decode("utf-8-sig")  # Ormskeld's files begin with a byte-order mark
        return [text.replace("\r\n", "\n")]
    return eighth_set_pages(path)
