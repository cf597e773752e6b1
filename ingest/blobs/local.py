"""The local blob store: a directory, ``<root>/<sha256[:2]>/<sha256>`` (the default).

Files found on disk are copied in by the worker (``store_blob``). Bytes that exist nowhere else
(an upload) are streamed straight in (``stage_blob``, then ``keep_staged``) and ingested from
their blob, so they are stored once; the worker's copy then finds the blob already there.
``LocalBlobStore`` is the same directory behind the ``BlobStore`` interface (ingest.blobs.base).
A task names a local blob by its path, so workers read it as they read any file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ingest.blobs.base import (
    BlobMissing,
    HashingReader,
    Health,
    VerifiedReader,
    blob_key,
    blocks,
    ref_sha256,
)

INCOMING = ".incoming-"


def blob_path(root: Path, sha256: str) -> Path:
    return root / blob_key(sha256)


def store_blob(root: Path, source: Path, sha256: str) -> Path:
    """Copy an original into the store once; concurrent writers cannot leave a partial blob."""
    target = blob_path(root, sha256)
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=INCOMING)
    os.close(fd)
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


@dataclass(frozen=True)
class Staged:
    """Bytes written into the store's root under a temporary name, not yet filed by hash."""

    temp: Path
    sha256: str
    size: int


def stage_blob(root: Path, chunks: Iterable[bytes]) -> Staged:
    """Write ``chunks`` under a temporary name in the store, hashing them as they come (the
    same file system as the blobs, so filing it is a rename). If ``chunks`` raises (a size
    limit), nothing is left behind."""
    root.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=root, prefix=INCOMING)
    digest, size = hashlib.sha256(), 0
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
    except BaseException:
        os.unlink(name)
        raise
    return Staged(Path(name), digest.hexdigest(), size)


def keep_staged(root: Path, staged: Staged) -> Path:
    """File staged bytes under their hash; when the store holds them already, the staged copy
    goes and the blob there is the one used."""
    target = blob_path(root, staged.sha256)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        staged.temp.unlink(missing_ok=True)
    else:
        os.replace(staged.temp, target)
    return target


def discard_staged(staged: Staged) -> None:
    staged.temp.unlink(missing_ok=True)


def clear_stale_incoming(root: Path, older_than_s: float) -> None:
    """Staged bytes a killed server left behind (an upload cut off mid-way)."""
    for path in root.glob(f"{INCOMING}*") if root.is_dir() else ():
        with contextlib.suppress(FileNotFoundError):  # filed or cleared meanwhile
            if time.time() - path.stat().st_mtime > older_than_s:
                path.unlink()


@dataclass(frozen=True)
class LocalBlobStore:
    """The blob store in a local directory (``settings.blob_dir``)."""

    root: Path
    kind: str = "local"
    remote: bool = False

    def put_stream(self, stream: BinaryIO, sha256: str) -> int:
        target = blob_path(self.root, sha256)
        if target.exists():
            return target.stat().st_size
        reader = HashingReader(stream)
        staged = stage_blob(self.root, blocks(reader))
        try:
            reader.check(sha256)
        except BaseException:
            discard_staged(staged)
            raise
        keep_staged(self.root, staged)
        return staged.size

    def put_file(self, path: Path, sha256: str) -> None:
        if blob_path(self.root, sha256).exists():
            return
        with path.open("rb") as stream:
            self.put_stream(stream, sha256)

    @contextlib.contextmanager
    def open(self, sha256: str, verify: bool = True) -> Iterator[BinaryIO]:
        try:
            handle = blob_path(self.root, sha256).open("rb")
        except FileNotFoundError:
            raise BlobMissing(f"blob {sha256} is not in the store at {self.root}") from None
        with handle:
            yield VerifiedReader(handle, sha256) if verify else handle  # type: ignore[misc]

    def exists(self, sha256: str) -> bool:
        return blob_path(self.root, sha256).is_file()

    def size(self, sha256: str) -> int:
        try:
            return blob_path(self.root, sha256).stat().st_size
        except FileNotFoundError:
            raise BlobMissing(f"blob {sha256} is not in the store at {self.root}") from None

    def ref(self, sha256: str) -> str:
        return str(blob_path(self.root, sha256))

    @contextlib.contextmanager
    def local_copy(self, ref: str) -> Iterator[Path]:
        sha256 = ref_sha256(ref)
        yield Path(ref) if sha256 is None else blob_path(self.root, sha256)

    def prepare(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)

    def health(self) -> Health:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.root, prefix=INCOMING):
                pass
        except OSError as exc:
            return Health(self.kind, str(self.root), self.root.is_dir(), False,
                          f"{type(exc).__name__}: {exc.strerror or exc}")
        return Health(self.kind, str(self.root), True, True)
