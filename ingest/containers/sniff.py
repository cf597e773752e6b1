"""Second looks at a file's type where libmagic's first answer misleads the unpacking stage.

``ingest.identify`` judges by bytes; these checks cover cases it does not (yet) tell apart, and
the hint an unpacker gives about its members (an MBOX message is an e-mail whatever libmagic says
of its first line).
"""

from __future__ import annotations

from pathlib import Path

from ingest.identify import MAIL_HEADER, looks_like_email
from ingest.model import Identity

PST_MAGIC = b"!BDN"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_RETYPED = {
    "pst": "application/vnd.ms-outlook-pst",
    "msg": "application/vnd.ms-outlook",
    "email": "message/rfc822",
    "compress": "application/x-compress",
    "zstd": "application/zstd",
}


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
            looks_like_email(head) or (hint == "email" and MAIL_HEADER.match(head.lstrip()))):
        # A mailbox message is an e-mail when it has headers at all; without, it is its text.
        family = "email"
    elif hint == "msg" and head.startswith(OLE_MAGIC):
        family = "msg"
    if family == identity.family:
        return identity
    return Identity(mime=_RETYPED.get(family, identity.mime), family=family,
                    extension=identity.extension)
