"""The content-addressed store of originals: ``<root>/<sha256[:2]>/<sha256>``.

Files found on disk are copied in by the worker (``store_blob``). Bytes that exist nowhere else
(an upload) are streamed straight in (``stage_blob``, then ``keep_staged``) and ingested from
their blob, so they are stored once; the worker's copy then finds the blob already there.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_HEX = set("0123456789abcdef")
INCOMING = ".incoming-"


def blob_path(root: Path, sha256: str) -> Path:
    if len(sha256) != 64 or not set(sha256) <= _HEX:
        raise ValueError(f"not a SHA-256: {sha256!r}")
    return root / sha256[:2] / sha256


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
