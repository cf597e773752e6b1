"""The twentieth set's e-mail writer; every other format is written by the earlier sets' writers.

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
from bench.names_eval20.cast import COUNCIL_DOMAIN
from bench.names_eval20.doc import Doc

__all__ = ["email_text", "write_eml"]


def write_eml(doc: Doc, path: Path, number: int) -> None:
    """An RFC 5322 message from Mutt: display names in the document's forms."""
    msg = EmailMessage()
    msg["From"] = doc.meta["sender"]
    msg["To"] = ", ".join(doc.meta["to"])
    if doc.meta["cc"]:
        msg["Cc"] = ", ".join(doc.meta["cc"])
    msg["Subject"] = doc.meta["subject"]
    when = dt.datetime.combine(doc.date, dt.time(7 + number % 11, (number * 29) % 60,
                                                 (number * 13) % 60), tzinfo=dt.UTC)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = (f"<{when:%Y%m%d%H%M%S}.GA{number:04d}@mx.{COUNCIL_DOMAIN}>")
    msg["User-Agent"] = "Mutt/1.5.21 (2010-09-15)" if doc.date.year > 2010 else "Mutt/1.4.2.3i"
    msg.set_content(doc.text())
    # Long lines, so that a display name is never split inside a word by header folding.
    path.write_bytes(msg.as_bytes(policy=msg.policy.clone(max_line_length=998)))
