"""The tenth set's file formats and its scans.

Plain text: Ockleton's command-and-control prints and other text in UTF-8, Wraysholme's
investigation logs and other text in UTF-8 with a byte-order mark and CRLF line ends (as its
Windows export writes them), Fennick's in UTF-8. PDFs are set in a Unicode font (the eighth set's
writer, so the Vietnamese accents are in the text layer), DOCX through the fifth set's writer,
e-mails with a base64 UTF-8 text part, and scans as the third set's image-only PDF, specked and
skewed. `file_pages` reads every format back as the self-check compares it.
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

TEXT_STYLE = {"ockleton": ("utf-8", "\n"), "wraysholme": ("utf-8-sig", "\r\n"), "fennick": ("utf-8", "\n")}


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
    message = EmailMessage()
    for name, value in doc.headers.items():
        message[name] = value
    message["Date"] = format_datetime(datetime(doc.day.year, doc.day.month, doc.day.day, 11, 5))
    message["Message-ID"] = f"<{Path(doc.name).stem}.{doc.day:%Y%m%d}@cases-eval10.invalid>"
    message.set_content("\n".join(lines_of(doc)) + "\n", charset="utf-8", cte="base64")
    path.write_bytes(bytes(message))


def file_pages(path: Path) -> list[str]:
    """The text of each page of a written file, as an extractor sees it."""
    if path.suffix == ".txt":
        return [path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")]
    return eighth_set_pages(path)
