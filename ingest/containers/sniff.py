"""Second looks at a file's type where libmagic's first answer misleads the unpacking stage.

``ingest.identify`` judges by bytes; these checks cover cases it does not (yet) tell apart, and
the hint an unpacker gives about its members (an MBOX message is an e-mail whatever libmagic says
of its first line).
"""

from __future__ import annotations

import re
from pathlib import Path

from ingest.model import Identity

PST_MAGIC = b"!BDN"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADER = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{0,60}:")
_MAIL_HEADERS = {b"from", b"to", b"subject", b"date", b"message-id", b"received", b"cc",
                 b"mime-version", b"return-path", b"reply-to", b"in-reply-to", b"references"}
_RETYPED = {
    "pst": "application/vnd.ms-outlook-pst",
    "msg": "application/vnd.ms-outlook",
    "email": "message/rfc822",
    "compress": "application/x-compress",
    "zstd": "application/zstd",
}


def looks_like_email(head: bytes) -> bool:
    """A block of RFC 822 headers up to the first blank line, with From and another mail
    header: libmagic calls many real messages text/plain when they start with ``MIME-Version``."""
    names: set[bytes] = set()
    for line in head.splitlines():
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            continue
        if not _HEADER.match(line):
            return False
        names.add(line.split(b":", 1)[0].lower())
    return b"from" in names and len(names & _MAIL_HEADERS) >= 2


def _is_msg(path: Path) -> bool:
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            return any(entry[0].startswith("__substg1.0_") for entry in ole.listdir())
    except (OSError, ValueError):
        return False


def refine(identity: Identity, path: Path, hint: str | None = None) -> Identity:
    with path.open("rb") as handle:
        head = handle.read(8192)
    family = identity.family
    if head.startswith(PST_MAGIC):
        family = "pst"
    elif head.startswith(OLE_MAGIC) and family in ("unknown", "ole", "msg") and _is_msg(path):
        family = "msg"
    elif identity.mime == "application/x-compress":
        family = "compress"
    elif identity.mime == "application/zstd" or head.startswith(b"\x28\xb5\x2f\xfd"):
        family = "zstd"
    elif family in ("text", "unknown") and (
            looks_like_email(head) or (hint == "email" and _HEADER.match(head.lstrip()))):
        # A mailbox message is an e-mail when it has headers at all; without, it is its text.
        family = "email"
    elif hint == "msg" and head.startswith(OLE_MAGIC):
        family = "msg"
    if family == identity.family:
        return identity
    return Identity(mime=_RETYPED.get(family, identity.mime), family=family,
                    extension=identity.extension)
