"""Mail containers: attachments and inline images of an e-mail (EML, MSG), the messages of an
MBOX, the attachments of a TNEF ``winmail.dat``.

A message is parsed in memory by every mail library, so messages over ``max_message_bytes`` are
refused with a clear reason rather than risking the worker's memory. An MBOX is split without
parsing, streaming, so a mailbox of any size is fine.
"""

from __future__ import annotations

import email
import email.policy
import mimetypes
from collections.abc import Iterator
from email.message import Message
from pathlib import Path
from typing import BinaryIO

from ingest.containers.base import Member, Unpack, clean_name
from ingest.containers.limits import CHUNK, MessageTooLarge, Sink, human
from ingest.errors import CorruptFile
from ingest.extract.text import wide_codec
from ingest.formats import Format, register

BODY_TYPES = ("text/plain", "text/html")


def check_size(path: Path, unpack: Unpack) -> None:
    size = path.stat().st_size
    if size > unpack.limits.max_message_bytes:
        raise MessageTooLarge(f"a {human(size)} message is over the "
                              f"{human(unpack.limits.max_message_bytes)} parsed in memory")


def read_message(path: Path) -> Message:
    """A message file parsed. One written out as UTF-16 or UTF-32 text (with or without its byte-order
    mark) is parsed from its characters: the mail parser reads headers from bytes."""
    raw = path.read_bytes()
    wide = wide_codec(raw)
    if wide is not None:
        raw = raw.decode(wide, errors="replace").encode("utf-8")
    return email.message_from_bytes(raw, policy=email.policy.default)


def _parts(message: Message, root: bool = True) -> Iterator[Message]:
    """Leaf parts and attached messages, not descending into an attached message (that message
    is a child of its own, whose body and attachments are its document and its children),
    whether or not it was given a file name."""
    if message.get_content_type() == "message/rfc822" and not root:
        yield message
    elif message.is_multipart():
        for part in message.get_payload():
            if isinstance(part, Message):
                yield from _parts(part, root=False)
    else:
        yield message


def _is_body(part: Message, seen_body: set[str]) -> bool:
    disposition = (part.get_content_disposition() or "").lower()
    if disposition == "attachment" or part.get_filename():
        return False
    kind = part.get_content_type()
    if kind in BODY_TYPES and kind not in seen_body:
        seen_body.add(kind)
        return True
    return kind.startswith(("text/", "multipart/"))


def eml_members(path: Path, unpack: Unpack) -> Iterator[Member]:
    check_size(path, unpack)
    message = read_message(path)
    seen_body: set[str] = set()
    for number, part in enumerate(_parts(message), start=1):
        if part is message and not message.is_multipart():
            continue  # a single-part message is all body
        kind = part.get_content_type()
        if kind == "message/rfc822" or isinstance(part.get_payload(), list):
            inner = part.get_payload()
            payload = inner[0].as_bytes() if isinstance(inner, list) and inner else b""
            name = part.get_filename() or f"attached-message-{number}.eml"
            yield unpack.data(clean_name(name, f"message-{number}.eml"), payload, hint="email")
            continue
        if _is_body(part, seen_body):
            continue
        payload = part.get_payload(decode=True) or b""
        extension = mimetypes.guess_extension(kind) or ".bin"
        name = part.get_filename() or f"part-{number}{extension}"
        yield unpack.data(clean_name(str(name), f"part-{number}{extension}"), payload)


def msg_members(path: Path, unpack: Unpack) -> Iterator[Member]:
    import extract_msg

    check_size(path, unpack)
    try:
        msg = extract_msg.openMsg(str(path), strict=False, delayAttachments=False)
    except Exception as exc:  # extract-msg raises many kinds for a damaged OLE file
        raise CorruptFile(f"not a readable Outlook message ({exc})") from exc
    try:
        for number, attachment in enumerate(getattr(msg, "attachments", []), start=1):
            name = (getattr(attachment, "longFilename", None)
                    or getattr(attachment, "shortFilename", None) or f"attachment-{number}")
            data = getattr(attachment, "data", None)
            if isinstance(data, bytes):
                yield unpack.data(clean_name(name, f"attachment-{number}"), data)
            elif data is not None and hasattr(data, "exportBytes"):
                # An attached Outlook message: written out as a .msg of its own.
                name = name if name.lower().endswith(".msg") else f"{name}.msg"
                yield unpack.data(clean_name(name, f"attachment-{number}.msg"),
                                  data.exportBytes(), hint="msg")
    finally:
        msg.close()


class _Mbox:
    """Reads an MBOX one message at a time. Lines are read at most ``CHUNK`` bytes at a time, so
    a line without an end cannot take the worker's memory; a ``From `` line ends a message only
    at the start of a line, as the standard library's mailbox splits."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.at_line_start = True
        self.separator: bytes | None = None

    def next_message(self) -> bool:
        """Move to the next message's separator; False at the end of the file."""
        while self.separator is None:
            line = self.handle.readline(CHUNK)
            if not line:
                return False
            if self.at_line_start and line.startswith(b"From "):
                self.separator = line
            self.at_line_start = line.endswith(b"\n")
        return True

    def copy_message(self, sink: Sink) -> None:
        self.separator = None  # the envelope line is not part of the message
        while True:
            line = self.handle.readline(CHUNK)
            if not line:
                return
            if self.at_line_start and line.startswith(b"From "):
                self.separator = line
                self.at_line_start = line.endswith(b"\n")
                return
            self.at_line_start = line.endswith(b"\n")
            sink.write(line)


def mbox_members(path: Path, unpack: Unpack) -> Iterator[Member]:
    with path.open("rb") as handle:
        mbox = _Mbox(handle)
        number = 0
        while mbox.next_message():
            number += 1
            yield unpack.member(f"message-{number:05d}.eml", mbox.copy_message, hint="email")


def tnef_members(path: Path, unpack: Unpack) -> Iterator[Member]:
    """Attachments of a winmail.dat, and its body when it has one (often the only copy of an
    Outlook rich-text body)."""
    import tnefparse

    check_size(path, unpack)
    try:
        tnef = tnefparse.TNEF(path.read_bytes())
    except Exception as exc:  # tnefparse raises bare ValueErrors and struct errors
        raise CorruptFile(f"not a readable TNEF file ({exc})") from exc
    for number, attachment in enumerate(tnef.attachments, start=1):
        try:
            name = attachment.long_filename() or attachment.name or f"attachment-{number}"
        except Exception:
            name = f"attachment-{number}"
        yield unpack.data(clean_name(str(name), f"attachment-{number}"), attachment.data or b"")
    for name, body in (("body.html", getattr(tnef, "htmlbody", None)),
                       ("body.rtf", getattr(tnef, "rtfbody", None)),
                       ("body.txt", getattr(tnef, "body", None))):
        if body:
            payload = body.encode("utf-8") if isinstance(body, str) else bytes(body)
            yield unpack.data(name, payload)
            break


register(
    Format(family="mbox", mimes=("application/mbox",), label="mailbox", unpacker=mbox_members,
           mail=True),
    Format(family="tnef", mimes=("application/vnd.ms-tnef",), label="email",
           unpacker=tnef_members, mail=True),
)
