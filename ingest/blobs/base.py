"""What every blob store offers (``BlobStore``), and the checks they share.

A blob is named by the SHA-256 of its bytes, under ``<sha256[:2]>/<sha256>``. The hash is
checked twice: on the way in (``HashingReader`` while bytes are put; a mismatch keeps nothing)
and on the way out (``VerifiedReader``: the end of a read raises ``BlobCorrupt`` when the bytes
are not those the name promises). Neither ever holds a whole blob in memory.

A task carries a blob as a *reference* (``BlobStore.ref``): for the local store the blob's
path, which a worker reads as it reads any file; for a remote store ``blob:<sha256>``, which a
worker fetches to a private temporary file first (``BlobStore.local_copy``).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

_HEX = frozenset("0123456789abcdef")
BLOB_SCHEME = "blob:"
COPY_BLOCK = 1 << 20


class BlobError(Exception):
    """A blob store could not do what was asked (named by the blob's hash)."""


class BlobMissing(BlobError):
    """No blob with this hash is in the store."""


class BlobCorrupt(BlobError):
    """The bytes read or written are not those the blob's hash names."""


class BlobUnreachable(BlobError):
    """The store did not answer (network, server error): the service's failure, not the
    file's, so the work is to be tried again later rather than recorded as failed."""


def check_sha256(sha256: str) -> str:
    if len(sha256) != 64 or not set(sha256) <= _HEX:
        raise ValueError(f"not a SHA-256: {sha256!r}")
    return sha256


def blob_key(sha256: str) -> str:
    """The blob's name below the store's root or prefix: ``<sha256[:2]>/<sha256>``."""
    return f"{check_sha256(sha256)[:2]}/{sha256}"


def blob_ref(sha256: str) -> str:
    """How a task names a blob held by a remote store."""
    return BLOB_SCHEME + check_sha256(sha256)


def ref_sha256(path: str | Path) -> str | None:
    """The hash a ``blob:`` reference names; None for a file path."""
    text = str(path)
    return check_sha256(text[len(BLOB_SCHEME):]) if text.startswith(BLOB_SCHEME) else None


@dataclass(frozen=True)
class Health:
    """What ``/api/health`` and ``docket doctor`` say of the store (never a secret)."""

    kind: str
    location: str
    reachable: bool
    writable: bool
    error: str | None = None


class BlobStore(Protocol):
    """The content-addressed store of originals. Implementations: ``LocalBlobStore``
    (ingest.blobs.local), ``S3BlobStore`` (ingest.blobs.s3)."""

    kind: str
    remote: bool  # True when workers cannot read the blobs as files of their own

    def put_stream(self, stream: BinaryIO, sha256: str) -> int:
        """Store the bytes of ``stream`` as the blob ``sha256``, checking the hash as they
        pass; returns their size. A blob already there is kept and the stream left unread.
        Raises ``BlobCorrupt`` (and keeps nothing) when the bytes hash otherwise."""
        ...

    def put_file(self, path: Path, sha256: str) -> None:
        """``put_stream`` of a file."""
        ...

    def open(self, sha256: str, verify: bool = True) -> AbstractContextManager[BinaryIO]:
        """The blob's bytes as a stream; with ``verify``, reading it to its end raises
        ``BlobCorrupt`` when they do not hash to ``sha256``. ``BlobMissing`` when absent."""
        ...

    def exists(self, sha256: str) -> bool:
        ...

    def size(self, sha256: str) -> int:
        """The blob's size in bytes; ``BlobMissing`` when absent."""
        ...

    def ref(self, sha256: str) -> str:
        """How a task names the blob (see the module's doc)."""
        ...

    def local_copy(self, ref: str) -> AbstractContextManager[Path]:
        """A file holding the bytes ``ref`` names, for extractors that need a file: a file
        path as it is, a remote blob fetched (and checked) to a private temporary file that
        is deleted afterwards."""
        ...

    def health(self) -> Health:
        """Whether the store answers and takes a write."""
        ...

    def prepare(self) -> None:
        """Make the store ready for blobs (its directory or its bucket created)."""
        ...


class HashingReader(io.RawIOBase):
    """A read-only stream that hashes and counts what passes through it."""

    def __init__(self, source: BinaryIO) -> None:
        super().__init__()
        self.source = source
        self.digest = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        block = self.source.read(size)
        self.digest.update(block)
        self.size += len(block)
        return block

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        block = self.read(len(buffer))
        buffer[:len(block)] = block
        return len(block)

    def check(self, sha256: str) -> None:
        if self.digest.hexdigest() != sha256:
            raise BlobCorrupt(f"blob {sha256}: the bytes given hash to "
                              f"{self.digest.hexdigest()}, not to its name; nothing was kept")


class VerifiedReader(io.RawIOBase):
    """A blob being read: at its end, its bytes must hash to its name."""

    def __init__(self, source: BinaryIO, sha256: str) -> None:
        super().__init__()
        self.source, self.sha256 = source, sha256
        self.digest = hashlib.sha256()
        self.checked = False

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            return self.readall()
        block = self.source.read(size)
        if block:
            self.digest.update(block)
        elif not self.checked and size != 0:
            self.checked = True
            if self.digest.hexdigest() != self.sha256:
                raise BlobCorrupt(f"blob {self.sha256} is corrupt: its bytes hash to "
                                  f"{self.digest.hexdigest()}")
        return block

    def readall(self) -> bytes:
        parts = []
        while block := self.read(COPY_BLOCK):
            parts.append(block)
        return b"".join(parts)

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        block = self.read(len(buffer))
        buffer[:len(block)] = block
        return len(block)


def blocks(stream: BinaryIO, size: int = COPY_BLOCK) -> Iterator[bytes]:
    while block := stream.read(size):
        yield block
