"""The content-addressed store of originals: ``<root>/<sha256[:2]>/<sha256>``."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

_HEX = set("0123456789abcdef")


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
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    os.close(fd)
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target
