"""The twenty-fourth set's e-mail writer; every other format is written by the earlier sets' writers.

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
from bench.names_eval24.cast import COUNCIL_DOMAIN
from bench.names_eval24.doc import Doc

__all__ = ["email_text", "write_eml", "zimbra"]

ZIMBRA_FROM = 2008  # the council's webmail: Horde IMP, then Zimbra


def zimbra(day: dt.date) -> bool:
    return day.year >= ZIMBRA_FROM


def _agent(day: dt.date) -> tuple[str, str]:
    """The webmail of the day, as the header it signs itself with gives it."""
    if day.year < 2005:
        return "User-Agent", "Internet Messaging Program (IMP) 3.2.2"
    if not zimbra(day):
        return "User-Agent", "Internet Messaging Program (IMP) H3 (4.1.4)"
    return "X-Mailer", "Zimbra 5.0.18_GA_3011 (ZimbraWebClient - FF3.0 (Win)/5.0.18_GA_3011)"


def _message_id(number: int, when: dt.datetime, day: dt.date) -> str:
    """A Message-ID in the shape the webmail of the day makes."""
    if zimbra(day):
        return f"<{number * 7919 % 10**8}.{number * 31 % 997}.{int(when.timestamp())}" \
               f"{number % 1000:03d}.JavaMail.root@mail.{COUNCIL_DOMAIN}>"
    return f"<{when:%Y%m%d%H%M%S}.{number * 104723 % 16**8:08x}@webmail.{COUNCIL_DOMAIN}>"


def write_eml(doc: Doc, path: Path, number: int) -> None:
    """An RFC 5322 message from Horde IMP or Zimbra: display names in the document's forms, the
    webmail's own signing header, and the Message-ID shape of each."""
    msg = EmailMessage()
    msg["From"] = doc.meta["sender"]
    msg["To"] = ", ".join(doc.meta["to"])
    if doc.meta["cc"]:
        msg["Cc"] = ", ".join(doc.meta["cc"])
    msg["Subject"] = doc.meta["subject"]
    when = dt.datetime.combine(doc.date, dt.time(7 + number % 11, (number * 29) % 60,
                                                 (number * 13) % 60), tzinfo=dt.UTC)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = _message_id(number, when, doc.date)
    header, agent = _agent(doc.date)
    msg[header] = agent
    msg["X-Originating-IP"] = f"[10.41.{number % 200}.{number * 7 % 250 + 2}]"
    msg.set_content(doc.text())
    # Long lines, so that a display name is never split inside a word by header folding.
    path.write_bytes(msg.as_bytes(policy=msg.policy.clone(max_line_length=998)))
