"""Stage: unpack containers. An unpacker takes a file and yields its members (``Member``), each
written to disk within a ``Budget``; ingest.worker hands them back, and ingest.job makes them child
documents that go through the same stages as any file.

Families listed in ``LISTING_FAMILIES`` have no text of their own beyond what they hold: their
document's text is the list of their members' names, so the container itself can be found.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from ingest.containers.base import Member, Unpack
from ingest.containers.limits import Budget, Limits

Unpacker = Callable[[Path, Unpack], Iterator[Member]]

LISTING_FAMILIES = frozenset(
    {"zip", "7z", "rar", "tar", "gzip", "bzip2", "xz", "compress", "zstd", "mbox", "pst", "tnef"}
)
MAIL_FAMILIES = frozenset({"email", "msg", "tnef", "mbox", "pst"})


def unpacker_for(family: str) -> Unpacker | None:
    """The unpacker of a family, or None for files that hold no other files."""
    from ingest.containers import archives, mail, pdf, pst

    unpackers: dict[str, Unpacker] = {
        "zip": archives.zip_members,
        "tar": archives.tar_members, "gzip": archives.tar_members,
        "bzip2": archives.tar_members, "xz": archives.tar_members,
        "7z": archives.libarchive_members, "rar": archives.libarchive_members,
        "compress": archives.libarchive_members, "zstd": archives.libarchive_members,
        "email": mail.eml_members, "msg": mail.msg_members, "mbox": mail.mbox_members,
        "tnef": mail.tnef_members, "pst": pst.pst_members, "pdf": pdf.pdf_members,
    }
    return unpackers.get(family)


__all__ = ["LISTING_FAMILIES", "MAIL_FAMILIES", "Budget", "Limits", "Member", "Unpack",
           "unpacker_for"]
