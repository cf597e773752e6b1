"""E-mail: RFC 822 (.eml, and the messages of MBOX and PST mailboxes, which the containers
stage writes out as RFC 822) with the standard library and unstructured; Outlook .msg with
extract-msg.

Every message gets the same fields, threading included: the thread is named by its first
message, the oldest of References, else In-Reply-To, else the message's own Message-ID.
Attachments are listed on the record here; each becomes a child document of its own in the
containers stage (ingest.containers.mail).
"""

from __future__ import annotations

import email
import email.policy
import email.utils
from datetime import datetime
from email.message import Message
from pathlib import Path
from typing import Any

from ingest.containers.limits import Limits, MessageTooLarge, human
from ingest.containers.mail import eml_members, msg_members
from ingest.errors import CorruptFile
from ingest.extract import ExtractContext
from ingest.extract.elements import pages_from_elements
from ingest.formats import Format, register
from ingest.model import Extraction, Page

MAX_MESSAGE_BYTES = Limits().max_message_bytes


def _addresses(message: Message, header: str) -> list[str]:
    values = [str(v) for v in message.get_all(header, [])]
    return [addr.lower() for _name, addr in email.utils.getaddresses(values) if addr]


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
    }


def _header_block(message: Message) -> str:
    lines = [f"{name}: {message[name]}" for name in ("From", "To", "Cc", "Date", "Subject")
             if message[name]]
    return "\n".join(lines)


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


def extract_email(path: Path, context: ExtractContext) -> Extraction:
    from unstructured.partition.email import partition_email

    _check_size(path)
    with path.open("rb") as handle:
        message = email.message_from_binary_file(handle, policy=email.policy.default)
    if not message.keys():
        raise CorruptFile("no e-mail headers found")
    try:
        elements = partition_email(filename=str(path), process_attachments=False)
    except (ValueError, LookupError, UnicodeError) as exc:
        raise CorruptFile(f"unstructured could not read the e-mail body ({exc})") from exc
    body = pages_from_elements(elements)
    text = "\n\n".join([_header_block(message), *(page.text for page in body)]).strip()
    return Extraction(
        pages=[Page(number=1, text=text)],
        extractor="unstructured:email",
        title=str(message["Subject"]) if message["Subject"] else None,
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
    return built


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
        date = getattr(msg, "date", None)
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
        date=date if isinstance(date, datetime) else _date(headers.get("Date")),
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
