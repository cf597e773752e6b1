"""The twenty-second set's e-mail writer; every other format is written by the earlier sets' writers.

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
from bench.names_eval22.cast import COUNCIL_DOMAIN
from bench.names_eval22.doc import Doc

__all__ = ["email_text", "write_eml"]


def _agent(day: dt.date) -> str:
    """Entourage of the day, then Outlook for Mac, as its User-Agent header gives it."""
    if day.year < 2004:
        return "Microsoft-Entourage/10.1.4.030702"
    if day.year < 2008:
        return "Microsoft-Entourage/11.4.0.080122"
    if day.year < 2011:
        return "Microsoft-Entourage/12.24.0.100205"
    return "Microsoft-MacOutlook/14.3.9.131030"


def write_eml(doc: Doc, path: Path, number: int) -> None:
    """An RFC 5322 message from Entourage or Outlook for Mac: display names in the document's
    forms, a Thread-Topic header, and a Message-ID in Entourage's shape."""
    msg = EmailMessage()
    msg["From"] = doc.meta["sender"]
    msg["To"] = ", ".join(doc.meta["to"])
    if doc.meta["cc"]:
        msg["Cc"] = ", ".join(doc.meta["cc"])
    msg["Subject"] = doc.meta["subject"]
    when = dt.datetime.combine(doc.date, dt.time(8 + number % 10, (number * 29) % 60,
                                                 (number * 13) % 60), tzinfo=dt.UTC)
    msg["Date"] = format_datetime(when)
    msg["User-Agent"] = _agent(doc.date)
    msg["Thread-Topic"] = doc.meta["subject"].split(": ", 1)[-1]
    msg["Message-ID"] = f"<C{number * 7919 % 16**7:07X}.{number:04X}%mail@{COUNCIL_DOMAIN}>"
    msg.set_content(doc.text())
    # Long lines, so that a display name is never split inside a word by header folding.
    path.write_bytes(msg.as_bytes(policy=msg.policy.clone(max_line_length=998)))
