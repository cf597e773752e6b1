"""E-mail: RFC 822 (.eml, and the messages of MBOX and PST mailboxes, which the containers
stage writes out as RFC 822) with the standard library and unstructured; Outlook .msg with
extract-msg.

Every message gets the same fields, threading included: the thread is named by its first
message, the oldest of References, else In-Reply-To, else the message's own Message-ID.
Attachments are listed on the record here; each becomes a child document of its own in the
containers stage (ingest.containers.mail).

The parties (From, To, Cc, Bcc) keep their display names (ingest.extract.parties). The body is
every inline text part outside attached messages (the plain or else the HTML one of each
alternative), each decoded with charset repair: a part labelled ISO-8859-1 that holds Windows-1252
dashes and quotes keeps them.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
from collections.abc import Iterator
from datetime import datetime
from email.message import Message
from pathlib import Path
from typing import Any

from ingest.containers.limits import Limits, MessageTooLarge, human
from ingest.containers.mail import eml_members, msg_members, read_message
from ingest.errors import CorruptFile
from ingest.extract import ExtractContext
from ingest.extract.elements import pages_from_elements
from ingest.extract.parties import decode_words, header_block, parties, party_fields
from ingest.extract.text import decode_labelled
from ingest.formats import Format, register
from ingest.model import Extraction, Page

MAX_MESSAGE_BYTES = Limits().max_message_bytes


def _addresses(message: Message, header: str) -> list[str]:
    return [p.address for p in parties(message) if p.role == header and p.address]


def _ids(raw: object) -> list[str]:
    return [part.strip() for part in str(raw or "").replace("\n", " ").split() if "@" in part]


def email_fields(message: Message, attachments: list[str] | None = None) -> dict[str, Any]:
    references = _ids(message.get("References"))
    in_reply_to = _ids(message.get("In-Reply-To"))
    message_id = (_ids(message.get("Message-ID")) or [None])[0]
    thread_root = (references or in_reply_to or [message_id])[0]
    if attachments is None and isinstance(message, email.message.EmailMessage):
        attachments = [part.get_filename() for part in message.iter_attachments()
                       if part.get_filename()]
    return {
        "email_from": _addresses(message, "From"),
        "email_to": _addresses(message, "To"),
        "email_cc": _addresses(message, "Cc"),
        "message_id": message_id,
        "in_reply_to": in_reply_to[0] if in_reply_to else None,
        "references": references,
        "thread_id": thread_root,
        "attachments": attachments or [],
        **party_fields(parties(message)),
    }


def _header_block(message: Message) -> str:
    return header_block(parties(message), message)


def _alternative(part: Message) -> Message | None:
    """The alternative a reader sees in text: the HTML one with text (as unstructured chose),
    else the plain one, else a nested multipart. The richest alternative (the last) wins when it
    is a multipart of several text parts: Apple Mail puts text written after an inline
    attachment only there."""
    children = [p for p in part.get_payload() if isinstance(p, Message)]
    last = children[-1] if children else None
    if last is not None and last.is_multipart() and len(list(body_parts(last, root=False))) > 1:
        return last
    for wanted in ("text/html", "text/plain"):
        for child in children:
            if child.get_content_type() == wanted and (child.get_payload(decode=True) or b"").strip():
                return child
    return next((c for c in children if c.is_multipart()), None)


def body_parts(part: Message, root: bool = True) -> Iterator[Message]:
    """The inline text parts of a message, in order, not descending into attached messages
    (those are documents of their own) nor into attachments."""
    kind = part.get_content_type()
    if kind == "message/rfc822" and not root:
        return
    if kind == "multipart/alternative":
        chosen = _alternative(part)
        if chosen is not None:
            yield from body_parts(chosen, root=False)
        return
    if part.is_multipart():
        for child in part.get_payload():
            if isinstance(child, Message):
                yield from body_parts(child, root=False)
        return
    attached = (part.get_content_disposition() or "") == "attachment" or part.get_filename()
    if kind in ("text/plain", "text/html") and not (attached and not root):
        yield part


def body_text(message: Message) -> str:
    texts = []
    for part in body_parts(message):
        raw = part.get_payload(decode=True) or b""
        text = decode_labelled(raw, part.get_content_charset())
        if part.get_content_type() == "text/html":
            text = _html_text(text.encode("utf-8"))
        if text.strip():
            texts.append(text.strip())
    return "\n\n".join(texts)


def _date(raw: object) -> datetime | None:
    if not raw:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(raw))
    except (TypeError, ValueError, IndexError):
        return None


def _check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_MESSAGE_BYTES:
        raise MessageTooLarge(f"a {human(size)} message is over the {human(MAX_MESSAGE_BYTES)} "
                              "that is parsed in memory")


def _subject(message: Message) -> str | None:
    values = [str(v) for name, v in message.raw_items() if name.lower() == "subject"]
    subject = " ".join(decode_words(values[0]).split()) if values else ""
    return subject or None


def extract_email(path: Path, context: ExtractContext) -> Extraction:
    _check_size(path)
    message = read_message(path)
    if not message.keys():
        raise CorruptFile("no e-mail headers found")
    try:
        body = body_text(message)
    except (ValueError, LookupError, UnicodeError) as exc:
        raise CorruptFile(f"the e-mail body could not be read ({exc})") from exc
    text = "\n\n".join(filter(None, [_header_block(message), body])).strip()
    return Extraction(
        pages=[Page(number=1, text=text)],
        extractor="email",
        title=_subject(message),
        author=(_addresses(message, "From") or [None])[0],
        date=_date(message["Date"]),
        email=email_fields(message),
    )


def _msg_headers(msg: Any) -> Message:
    """The transport headers an Outlook message kept, else headers built from its properties."""
    header = getattr(msg, "header", None)
    if isinstance(header, Message) and header.get("From"):
        return header
    built = Message()  # compat32: takes whatever Outlook stored without validating it
    for name, attribute in (("From", "sender"), ("To", "to"), ("Cc", "cc"), ("Subject", "subject"),
                            ("Message-ID", "messageId"), ("In-Reply-To", "inReplyTo")):
        value = getattr(msg, attribute, None)
        if value:
            built[name] = str(value).replace("\r", " ").replace("\n", " ")
    sent = _msg_property_date(msg)
    if sent is not None:
        built["Date"] = email.utils.format_datetime(sent)
    return built


def _msg_property_date(msg: Any) -> datetime | None:
    """The submit time Outlook stored, else the delivery time (an encrypted or draft-like message
    may keep only that)."""
    for attribute in ("date", "receivedTime"):
        value = getattr(msg, attribute, None)
        if isinstance(value, datetime):
            return value
    return None


def _html_text(html: bytes) -> str:
    from unstructured.partition.html import partition_html

    elements = partition_html(text=html.decode("utf-8", "replace"))
    return "\n\n".join(page.text for page in pages_from_elements(elements))


def extract_msg(path: Path, context: ExtractContext) -> Extraction:
    import extract_msg as outlook

    _check_size(path)
    try:
        msg = outlook.openMsg(str(path), strict=False, delayAttachments=True)
    except Exception as exc:  # extract-msg raises many kinds for a damaged or non-mail OLE file
        raise CorruptFile(f"not a readable Outlook message ({exc})") from exc
    try:
        headers = _msg_headers(msg)
        body = (getattr(msg, "body", None) or "").strip()
        if not body and getattr(msg, "htmlBody", None):
            body = _html_text(msg.htmlBody)
        names = [a.longFilename or a.shortFilename or "" for a in getattr(msg, "attachments", [])
                 if getattr(a, "longFilename", None) or getattr(a, "shortFilename", None)]
        # The transport header's Date is the one the message shows: a message saved again by
        # a tool carries the save as its submit time (months after it was sent).
        date = _date(headers.get("Date")) or _msg_property_date(msg)
        subject = getattr(msg, "subject", None)
    except (UnicodeError, LookupError, ValueError, KeyError) as exc:
        raise CorruptFile(f"extract-msg could not read the message ({exc})") from exc
    finally:
        msg.close()
    text = "\n\n".join([_header_block(headers), body]).strip()
    return Extraction(
        pages=[Page(number=1, text=text)],
        extractor="extract-msg",
        title=str(subject) if subject else None,
        author=(_addresses(headers, "From") or [None])[0],
        date=date,
        email=email_fields(headers, names),
    )


register(
    Format(family="email", mimes=("message/rfc822", "message/news"), extractor=extract_email,
           unpacker=eml_members, mail=True),
    # Ranked before the Office streams: a message's attachments are its own storages.
    Format(family="msg", mimes=("application/vnd.ms-outlook",), label="email",
           extractor=extract_msg, unpacker=msg_members, mail=True, ole_streams=("__substg1.0_",),
           ole_rank=10),
)
