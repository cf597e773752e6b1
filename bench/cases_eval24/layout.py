"""The twenty-fourth set's file encodings and its scans.

Plain text: Quillanby's in ISO 8859-10 (Latin-6, for the Northern Sami á, č, đ, ŋ, š, ŧ and ž, and
its middle dot between cells) with LF line ends; Tessingford's in ISO 8859-9 (Latin-5, for the
Frisian â, ê, ô, û and ú, its pilcrow between cells and its pound sign) with CRLF line ends;
Drumwhinnet's in code page 866 (DOS Cyrillic: the Malagasy names are plain ASCII; its degree sign
is byte F8) with CR line ends. PDFs are set in a Unicode font (the eighth set's writer), DOCX
through the fifth set's writer, and scans as the third set's image-only PDF. E-mails: a
quoted-printable KOI8-U text part for Quillanby, a base64 ISO 8859-5 one for Tessingford, an 8-bit
ISO 8859-8 one for Drumwhinnet (the mails' text is plain ASCII, which each holds). `file_pages`
reads every format back as the self-check compares it.
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
    "quillanby": ("iso-8859-10", "\n"),
    "tessingford": ("iso-8859-9", "\r\n"),
    "drumwhinnet": ("cp866", "\r"),
}
MAIL_STYLE = {
    "quillanby": ("koi8-u", "quoted-printable"),
    "tessingford": ("iso-8859-5", "base64"),
    "drumwhinnet": ("iso-8859-8", "8bit"),
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
    message["Date"] = format_datetime(datetime(doc.day.year, doc.day.month, doc.day.day, 16, 42))
    message["Message-ID"] = f"<{Path(doc.name).stem}.{doc.day:%Y%m%d}@cases-eval24.invalid>"
    message.set_content("\n".join(lines_of(doc)) + "\n", charset=charset, cte=transfer)
    path.write_bytes(bytes(message))


def file_pages(path: Path) -> list[str]:
    """Each page's text as an extractor would give it (text files decoded, CRLF and CR read as LF)."""
    if path.suffix == ".txt":
        force = next(part for part in path.parts if part in TEXT_STYLE)
        text = path.read_bytes().decode(TEXT_STYLE[force][0])
        return [text.replace("\r\n", "\n").replace("\r", "\n")]
    return eighth_set_pages(path)
