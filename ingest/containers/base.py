"""What an unpacker yields (``Member``) and the helper that writes one member within the budget.

Members are written under the worker's work folder with generated names (only the extension of the
member's own name is kept, for identification), so a hostile name such as ``../../etc/passwd``
names the child in the index and nothing on disk.
"""

from __future__ import annotations

import itertools
import re
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


@dataclass
class Member:
    """One file found in a container. ``path`` is None when its bytes could not be had, and
    ``error`` then says why (encrypted, corrupt, a bomb)."""

    name: str
    path: Path | None = None
    sha256: str = ""
    size: int = 0
    date: datetime | None = None
    family_hint: str | None = None
    error: IngestError | None = None


@dataclass
class Unpack:
    """Where and within what an unpacker writes members: one container's unpacking."""

    workdir: Path
    budget: Budget
    passwords: tuple[str, ...] = ()

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

    def stream(self, name: str, source: BinaryIO, packed: int | None = None,
               date: datetime | None = None, hint: str | None = None) -> Member:
        return self.member(name, lambda sink: sink.copy(source), packed, date, hint)

    def data(self, name: str, payload: bytes, date: datetime | None = None,
             hint: str | None = None) -> Member:
        return self.member(name, lambda sink: sink.write(payload), None, date, hint)


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
