"""E-mail (RFC 822 .eml): headers with the standard library, the body with unstructured.

Attachments are listed on the record here; expanding them into child documents is the
containers stage's work.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from ingest.errors import CorruptFile
from ingest.extract import ExtractContext, register
from ingest.extract.elements import pages_from_elements
from ingest.model import Extraction, Page


def _addresses(message: EmailMessage, header: str) -> list[str]:
    values = message.get_all(header, [])
    return [addr.lower() for _name, addr in email.utils.getaddresses(values) if addr]


def _ids(raw: str | None) -> list[str]:
    return [part.strip() for part in (raw or "").replace("\n", " ").split() if "@" in part]


def email_fields(message: EmailMessage) -> dict[str, Any]:
    references = _ids(message.get("References"))
    in_reply_to = _ids(message.get("In-Reply-To"))
    message_id = (_ids(message.get("Message-ID")) or [None])[0]
    # The thread is named by its first message: the oldest reference, else this message.
    thread_root = (references or in_reply_to or [message_id])[0]
    return {
        "email_from": _addresses(message, "From"),
        "email_to": _addresses(message, "To"),
        "email_cc": _addresses(message, "Cc"),
        "message_id": message_id,
        "in_reply_to": in_reply_to[0] if in_reply_to else None,
        "references": references,
        "thread_id": thread_root,
        "attachments": [part.get_filename() for part in message.iter_attachments()
                        if part.get_filename()],
    }


def _header_block(message: EmailMessage) -> str:
    lines = [f"{name}: {message[name]}" for name in ("From", "To", "Cc", "Date", "Subject")
             if message[name]]
    return "\n".join(lines)


@register("email")
def extract_email(path: Path, context: ExtractContext) -> Extraction:
    from unstructured.partition.email import partition_email

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
    date = None
    if message["Date"]:
        try:
            date = email.utils.parsedate_to_datetime(str(message["Date"]))
        except (TypeError, ValueError):
            date = None
    return Extraction(
        pages=[Page(number=1, text=text)],
        extractor="unstructured:email",
        title=str(message["Subject"]) if message["Subject"] else None,
        author=(_addresses(message, "From") or [None])[0],
        date=date,
        email=email_fields(message),
    )
