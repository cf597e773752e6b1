"""The twenty-first set's e-mail writer; every other format is written by the earlier sets' writers.

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
from bench.names_eval21.cast import COUNCIL_DOMAIN
from bench.names_eval21.doc import Doc

__all__ = ["email_text", "write_eml"]


def _agent(year: int) -> str:
    """The KMail of the year, as its User-Agent header gives it."""
    if year < 2005:
        return "KMail/1.5.4"
    if year < 2009:
        return "KMail/1.9.10"
    if year < 2014:
        return "KMail/1.13.7 (Linux/3.2.0-4-amd64; KDE/4.8.4; x86_64; ; )"
    return "KMail/5.2.3 (Linux/4.9.0-8-amd64; KDE/5.28.0; x86_64; ; )"


def write_eml(doc: Doc, path: Path, number: int) -> None:
    """An RFC 5322 message from KMail: display names in the document's forms."""
    msg = EmailMessage()
    msg["From"] = doc.meta["sender"]
    msg["To"] = ", ".join(doc.meta["to"])
    if doc.meta["cc"]:
        msg["Cc"] = ", ".join(doc.meta["cc"])
    msg["Subject"] = doc.meta["subject"]
    when = dt.datetime.combine(doc.date, dt.time(8 + number % 10, (number * 23) % 60,
                                                 (number * 17) % 60), tzinfo=dt.UTC)
    msg["Date"] = format_datetime(when)
    msg["User-Agent"] = _agent(doc.date.year)
    msg["Message-ID"] = f"<{when:%Y%m%d%H%M}.{number:05d}.kmail@{COUNCIL_DOMAIN}>"
    msg.set_content(doc.text())
    # Long lines, so that a display name is never split inside a word by header folding.
    path.write_bytes(msg.as_bytes(policy=msg.policy.clone(max_line_length=998)))
