"""Stages: discover the files under the paths a user named, and hash them (SHA-256)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from ingest.model import SourceFile

HASH_CHUNK = 1 << 20


def discover(paths: list[Path]) -> Iterator[SourceFile]:
    """Every regular file under the paths, in a stable order. Links are not followed, so a
    link cannot lead ingestion outside the folders the user named."""
    for root in paths:
        root = root.resolve()
        if root.is_file():
            yield SourceFile(path=root, relpath=root.name, size=root.stat().st_size)
            continue
        if not root.is_dir():
            raise FileNotFoundError(f"{root}: no such file or folder")
        for folder, dirs, files in os.walk(root, followlinks=False):
            dirs.sort()
            for name in sorted(files):
                path = Path(folder) / name
                if path.is_symlink() or not path.is_file():
                    continue
                relpath = path.relative_to(root).as_posix()
                yield SourceFile(path=path, relpath=relpath, size=path.stat().st_size)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
