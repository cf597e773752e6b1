"""The nineteenth set's e-mail writer; every other format is written by the earlier sets' writers.

Text and Word files use the first set's writers, born-digital PDFs the second set's (an embedded
TrueType font, so that the letters of every tradition survive in the text layer), and scans the
third set's (one typed page, skewed and specked, as a PNG or an image-only PDF).
"""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from bench.names_eval7.render import email_text  # the same text: headers, then the body
from bench.names_eval19.cast import COUNCIL_DOMAIN
from bench.names_eval19.doc import Doc

__all__ = ["email_text", "write_eml"]


def write_eml(doc: Doc, path: Path, number: int) -> None:
    """An RFC 5322 message from Eudora or Pegasus Mail: display names in the document's forms."""
    msg = EmailMessage()
    msg["From"] = doc.meta["sender"]
    msg["To"] = ", ".join(doc.meta["to"])
    if doc.meta["cc"]:
        msg["Cc"] = ", ".join(doc.meta["cc"])
    msg["Subject"] = doc.meta["subject"]
    when = dt.datetime.combine(doc.date, dt.time(7 + number % 11, (number * 23) % 60),
                               tzinfo=dt.UTC)
    msg["Date"] = format_datetime(when)
    forwarded = doc.meta["subject"].startswith("Fw")
    msg["Message-ID"] = (f"<{number:05d}.{doc.date:%Y%m%d}@"
                         f"{'pmail' if forwarded else 'eudora'}.{COUNCIL_DOMAIN}>")
    msg["X-Mailer"] = ("Pegasus Mail for Windows (4.52)" if forwarded
                       else "QUALCOMM Windows Eudora Version 7.1.0.9")
    msg.set_content(doc.text())
    # Long lines, so that a display name is never split inside a word by header folding.
    path.write_bytes(msg.as_bytes(policy=msg.policy.clone(max_line_length=998)))
