"""A disclosure for the completeness report's tests: the sample corpus with what a real
production also holds and the sample lacks: the same file at two paths, a copy inside a ZIP, an
e-mail with a Bcc recipient whose attachments include a locked PDF (a broken family)."""

from __future__ import annotations

import io
import shutil
import zipfile
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from config import Settings
from tests.ingested import ingest_folder

COLLECTION = "completeness"
COPIED = "email/2002-03-11_1642_Ferncliffe_House_calls_from_mobile_07700_900152.eml"
COPY_PATHS = ("extras/copies/calls_forwarded.eml", "extras/bundle.zip/calls.eml")
BCC_NOTICE = "extras/bcc_notice.eml"
BCC = "oversight.clerk@example.gov.uk"
LOCKED = f"{BCC_NOTICE}/minutes_locked.pdf"


@dataclass(frozen=True)
class Disclosure:
    job_id: str
    counts: dict[str, int]
    root: Path


def locked_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt(user_password="closed")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def bcc_notice() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Records Officer <records@example.gov.uk>"
    msg["To"] = "Inquiry Team <inquiry@example.gov.uk>"
    msg["Cc"] = "Legal Services <legal@example.gov.uk>"
    msg["Bcc"] = BCC
    msg["Subject"] = "Strategy meeting papers withheld"
    msg["Date"] = "Tue, 04 Jun 2002 10:00:00 +0000"
    msg["Message-ID"] = "<bcc-notice@example.gov.uk>"
    msg.set_content("The minutes of the strategy meeting are attached; they are locked.")
    msg.add_attachment(b"Covering note: the minutes follow.\n", maintype="text",
                       subtype="plain", filename="covering_note.txt")
    msg.add_attachment(locked_pdf(), maintype="application", subtype="pdf",
                       filename="minutes_locked.pdf")
    return msg.as_bytes()


def write_disclosure(sample_root: Path, root: Path) -> Path:
    shutil.copytree(sample_root, root)
    original = (root / COPIED).read_bytes()
    (root / COPY_PATHS[0]).parent.mkdir(parents=True)
    (root / COPY_PATHS[0]).write_bytes(original)
    with zipfile.ZipFile(root / "extras/bundle.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("calls.eml", original)
        zf.writestr("index.txt", "Bundle of forwarded messages, March 2002.\n")
    (root / BCC_NOTICE).write_bytes(bcc_notice())
    return root


def ingest_disclosure(store, settings: Settings, sample_root: Path, root: Path) -> Disclosure:  # noqa: ANN001
    write_disclosure(sample_root, root)
    job_id, counts = ingest_folder(store, settings, root, COLLECTION)
    return Disclosure(job_id, counts, root)
