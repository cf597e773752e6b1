"""What an unpacker yields (``Member``) and the helper that writes one member within the budget.

Members are written under the worker's work folder with generated names (only the extension of the
member's own name is kept, for identification), so a hostile name such as ``../../etc/passwd``
names the child in the index and nothing on disk.

A member that is not a file (a link, a device, a FIFO) is not extracted, and is not dropped
either: it comes back as a ``Member`` with a ``Skip``, the rule that left it out, so that it has
a ledger entry of its own (state ``skipped``). Directories are not members: their files are.
Members that are not content (``SKIP_RULES``: Apple resource forks, S/MIME signatures, the
folder metadata of macOS and Windows) are skipped the same way, each with its rule, rather than
failing and making their container ``partial``.
"""

from __future__ import annotations

import itertools
import re
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from ingest.containers.limits import Budget, ContainerLimit, Limits, Sink
from ingest.errors import CorruptFile, IngestError, PasswordProtected

_SAFE_SUFFIX = re.compile(r"^\.[A-Za-z0-9]{1,10}$")
_counter = itertools.count(1)
_SPECIAL_KINDS = {
    stat.S_IFLNK: "a symbolic link", stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device", stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFSOCK: "a socket",
}
HARD_LINK = "a hard link"
NOT_A_FILE = "NotAFile"  # the skip rule, recorded as the ledger entry's error class
MAX_SHOWN_TARGET = 200
# (rule, what the member is, test on its name): recorded as the skipped entry's error class and
# message. The names are the conventions of the software that writes them.
SKIP_RULES: tuple[tuple[str, str, Callable[[PurePosixPath], bool]], ...] = (
    ("ResourceFork", "an Apple resource fork (AppleDouble metadata), not content",
     lambda p: "__MACOSX" in p.parts[:-1] or p.name.startswith("._")),
    ("Signature", "an S/MIME signature, not content",
     lambda p: p.suffix.lower() in (".p7s",)),
    ("FolderMetadata", "a folder's metadata file (.DS_Store, Thumbs.db, desktop.ini), not content",
     lambda p: p.name.lower() in (".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini")),
)


@dataclass(frozen=True)
class Skip:
    """Why a member was deliberately not extracted: a result, not a failure. ``rule`` is
    recorded as the ledger entry's error class, ``reason`` in its message."""

    rule: str
    reason: str


@dataclass
class Member:
    """One file found in a container. ``path`` is None when its bytes could not be had, and
    ``error`` then says why (encrypted, corrupt, a bomb), or when it was not extracted, and
    ``skip`` then says by which rule (a link, a device)."""

    name: str
    path: Path | None = None
    sha256: str = ""
    size: int = 0
    date: datetime | None = None
    family_hint: str | None = None
    error: IngestError | None = None
    skip: Skip | None = None


@dataclass
class Unpack:
    """Where and within what an unpacker writes members: one container's unpacking."""

    root: Path
    budget: Budget
    passwords: tuple[str, ...] = ()

    @property
    def workdir(self) -> Path:
        """The folder members are written to, made when the first one is: most files a job
        looks into (a PDF without attachments) have none, and the folder's making and removal
        were a tenth of a text PDF's work besides its entities."""
        self.root.mkdir(parents=True, exist_ok=True)
        return self.root

    @property
    def limits(self) -> Limits:
        return self.budget.limits

    def member(
        self, name: str, write: Callable[[Sink], None], packed: int | None = None,
        date: datetime | None = None, hint: str | None = None,
    ) -> Member:
        """Write one member through ``write(sink)``. The container's limits raise (it stops);
        a failure of this member alone comes back on the member."""
        self.budget.admit()
        skip = skip_rule(name)
        if skip is not None:
            return Member(name=name, date=date, skip=skip)
        target = self.workdir / f"m{next(_counter):08d}{_suffix(name)}"
        sink = Sink(self.budget, target, packed)
        try:
            write(sink)
        except IngestError as exc:
            sink.close()
            target.unlink(missing_ok=True)
            if isinstance(exc, ContainerLimit) and self.budget.exhausted is exc:
                raise
            return Member(name=name, date=date, error=exc)
        except (OSError, EOFError, ValueError, RuntimeError, zipfile.BadZipFile, zlib.error) as exc:
            # Damaged headers, zlib, CRC and truncation errors of the container's libraries.
            sink.close()
            target.unlink(missing_ok=True)
            return Member(name=name, date=date, error=_member_error(exc))
        sink.close()
        return Member(name=name, path=target, sha256=sink.sha256, size=sink.size, date=date,
                      family_hint=hint)

    def not_a_file(self, name: str, kind: str, target: str | None = None,
                   date: datetime | None = None) -> Member:
        """A member that is not a file (``kind``, from ``special_kind``, pointing at ``target``
        for a link): not extracted, but counted against the budget and reported."""
        self.budget.admit()
        pointing = f" to {shown(target)}" if target else ""
        return Member(name=name, date=date,
                      skip=Skip(NOT_A_FILE, f"{kind}{pointing}, not a file: not extracted"))

    def stream(self, name: str, source: BinaryIO, packed: int | None = None,
               date: datetime | None = None, hint: str | None = None) -> Member:
        return self.member(name, lambda sink: sink.copy(source), packed, date, hint)

    def data(self, name: str, payload: bytes, date: datetime | None = None,
             hint: str | None = None) -> Member:
        return self.member(name, lambda sink: sink.write(payload), None, date, hint)


def skip_rule(name: str) -> Skip | None:
    """The rule of ``SKIP_RULES`` that leaves a member of this name out, if any."""
    path = PurePosixPath(name)
    for rule, what, matches in SKIP_RULES:
        if matches(path):
            return Skip(rule, f"{what}: not extracted")
    return None


def special_kind(mode: int) -> str | None:
    """What a member with the file-type bits of ``mode`` is, when it is neither a regular file
    nor a directory (those are None)."""
    kind = stat.S_IFMT(mode)
    if kind in (stat.S_IFREG, stat.S_IFDIR):
        return None
    return _SPECIAL_KINDS.get(kind, f"an entry of unknown type ({kind:#o})")


def shown(text: str) -> str:
    """A name from inside an archive, fit for a message: valid UTF-8, no control or bidi
    characters (a hostile link target must not reorder or break the ledger line), bounded."""
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf"))
    return text if len(text) <= MAX_SHOWN_TARGET else text[:MAX_SHOWN_TARGET] + "..."


def _member_error(exc: Exception) -> IngestError:
    text = str(exc) or type(exc).__name__
    if "password" in text.lower() or "encrypt" in text.lower():
        return PasswordProtected(f"encrypted ({text})")
    return CorruptFile(f"could not be unpacked ({type(exc).__name__}: {text})")


def _suffix(name: str) -> str:
    suffix = PurePosixPath(name).suffix
    return suffix.lower() if _SAFE_SUFFIX.match(suffix) else ""


def clean_name(raw: str, fallback: str) -> str:
    """A member name fit for a path in the index: '/'-separated, no '..', no leading '/', valid
    UTF-8 (undecodable bytes become U+FFFD rather than failing the JSON of the record)."""
    text = raw.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    text = text.replace("\\", "/").replace("\x00", "")
    parts = [p.strip() for p in text.split("/") if p.strip() not in ("", ".", "..")]
    return "/".join(parts) or fallback


def unique_names(members: Iterator[Member]) -> Iterator[Member]:
    """Number repeated names ('image001 (2).png') so every child has its own path and ledger
    entry: mail attachments and zip entries repeat names freely."""
    seen: set[str] = set()
    for member in members:
        name = member.name
        number = 1
        while name.lower() in seen:
            number += 1
            path = PurePosixPath(member.name)
            name = str(path.with_name(f"{path.stem} ({number}){path.suffix}"))
        seen.add(name.lower())
        member.name = name
        yield member
