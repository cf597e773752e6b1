"""Second looks at a file's type where libmagic's first answer misleads the unpacking stage.

``ingest.identify`` judges by bytes; these checks cover cases it does not (yet) tell apart, and
the hint an unpacker gives about its members (an MBOX message is an e-mail whatever libmagic says
of its first line).
"""

from __future__ import annotations

from pathlib import Path

from ingest import formats
from ingest.identify import MAIL_HEADER, OLE_MAGIC, looks_like_email
from ingest.model import Identity


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
    signed = formats.by_signature(head)
    if signed is not None:
        # Leading bytes a format declares outrank libmagic's guess (PST, Zstandard).
        family = signed.family
    elif head.startswith(OLE_MAGIC) and family in ("unknown", "ole", "msg") and _is_msg(path):
        family = "msg"
    elif identity.mime == "application/x-compress":
        family = "compress"
    elif identity.mime == "application/zstd":
        family = "zstd"
    elif family in ("text", "unknown") and (
            looks_like_email(head) or (hint == "email" and MAIL_HEADER.match(head.lstrip()))):
        # A mailbox message is an e-mail when it has headers at all; without, it is its text.
        family = "email"
    elif hint == "msg" and head.startswith(OLE_MAGIC):
        family = "msg"
    if family == identity.family:
        return identity
    retyped = formats.by_family(family)
    return Identity(mime=retyped.mime if retyped else identity.mime, family=family,
                    extension=identity.extension)
