"""The twenty-third set's e-mail writer; every other format is written by the earlier sets' writers.

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
from bench.names_eval23.cast import COUNCIL_DOMAIN
from bench.names_eval23.doc import Doc

__all__ = ["email_text", "roundcube", "write_eml"]

ROUNDCUBE_FROM = 2010  # the council's webmail: SquirrelMail, then Roundcube


def roundcube(day: dt.date) -> bool:
    return day.year >= ROUNDCUBE_FROM


def _agent(day: dt.date) -> str:
    """The webmail of the day, as its User-Agent header gives it."""
    if day.year < 2004:
        return "SquirrelMail/1.2.11"
    if day.year < ROUNDCUBE_FROM:
        return "SquirrelMail/1.4.19"
    return "Roundcube Webmail/0.7.2"


def _message_id(number: int, when: dt.datetime, day: dt.date) -> str:
    """A Message-ID in the shape the webmail of the day makes."""
    if roundcube(day):
        return f"<{number * 104729 % 16**12:012x}{number:04x}@webmail.{COUNCIL_DOMAIN}>"
    return (f"<{number * 7 % 65536}.10.1.{number % 250}.{int(when.timestamp())}"
            f".squirrel@webmail.{COUNCIL_DOMAIN}>")


def write_eml(doc: Doc, path: Path, number: int) -> None:
    """An RFC 5322 message from SquirrelMail or Roundcube: display names in the document's
    forms, SquirrelMail's priority headers or Roundcube's X-Sender, and the Message-ID shape
    of each."""
    msg = EmailMessage()
    msg["From"] = doc.meta["sender"]
    msg["To"] = ", ".join(doc.meta["to"])
    if doc.meta["cc"]:
        msg["Cc"] = ", ".join(doc.meta["cc"])
    msg["Subject"] = doc.meta["subject"]
    when = dt.datetime.combine(doc.date, dt.time(8 + number % 10, (number * 31) % 60,
                                                 (number * 17) % 60), tzinfo=dt.UTC)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = _message_id(number, when, doc.date)
    msg["User-Agent"] = _agent(doc.date)
    if roundcube(doc.date):
        msg["X-Sender"] = doc.meta["sender_address"]
    else:
        msg["X-Priority"] = "3 (Normal)"
        msg["Importance"] = "Normal"
    msg.set_content(doc.text())
    # Long lines, so that a display name is never split inside a word by header folding.
    path.write_bytes(msg.as_bytes(policy=msg.policy.clone(max_line_length=998)))
