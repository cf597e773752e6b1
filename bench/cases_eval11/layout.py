"""The eleventh set's file formats and its scans.

Plain text: Threlmoor's occurrence logs and other text in UTF-16 with a byte-order mark and CRLF
line ends (as its command system exports them), Cawdrey's and Blesworth's in UTF-8. PDFs are set
in a Unicode font (the eighth set's writer, so the Filipino names' tildes are in the text layer), DOCX
through the fifth set's writer, and scans as the third set's image-only PDF, specked and skewed.
E-mails: Threlmoor's a quoted-printable UTF-8 text part, Cawdrey's a text part with an HTML
alternative, Blesworth's a windows-1252 text part in quoted-printable. `file_pages` reads every
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

TEXT_STYLE = {"threlmoor": ("utf-16", "\r\n"), "cawdrey": ("utf-8", "\n"), "blesworth": ("utf-8", "\n")}
MAIL_CHARSET = {"threlmoor": "utf-8", "cawdrey": "utf-8", "blesworth": "windows-1252"}


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
    message["Date"] = format_datetime(datetime(doc.day.year, doc.day.month, doc.day.day, 16, 40))
    message["Message-ID"] = f"<{Path(doc.name).stem}.{doc.day:%Y%m%d}@cases-eval11.invalid>"
    lines = lines_of(doc)
    message.set_content("\n".join(lines) + "\n", charset=MAIL_CHARSET[force], cte="quoted-printable")
    if force == "cawdrey":
        body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        message.add_alternative(f"<html><body>{body}</body></html>\n", subtype="html")
        message.set_boundary(f"=_part_{Path(doc.name).stem}_{doc.day:%Y%m%d}")  # the same bytes every run
    path.write_bytes(bytes(message))


def file_pages(path: Path) -> list[str]:
    """The text of each page of a written file, as an extractor sees it."""
    if path.suffix == ".txt":
        data = path.read_bytes()
        text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8")
        return [text.replace("\r\n", "\n")]
    return eighth_set_pages(path)
