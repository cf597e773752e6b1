"""Zip-based document packages (OOXML, ODF, EPUB, Visio, IDML): list and read parts safely.

A part is read only when its declared size and its compression ratio are plausible, so a
zip bomb dressed as a DOCX costs a refusal, not the worker's memory.
"""

from __future__ import annotations

import fnmatch
import re
import zipfile
from pathlib import Path

from ingest.errors import CorruptFile

MAX_PART_BYTES = 256 * 1024**2
MAX_TOTAL_BYTES = 1024**3
MAX_RATIO = 200  # text XML compresses 10-30x; bombs compress 1000x


class Package:
    def __init__(self, path: Path, what: str = "document") -> None:
        self.what = what
        try:
            self._zip = zipfile.ZipFile(path)
            self._infos = {info.filename: info for info in self._zip.infolist()}
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise CorruptFile(f"the {what} is not a readable zip package ({exc})") from exc
        total = sum(info.file_size for info in self._infos.values())
        if total > MAX_TOTAL_BYTES:
            raise CorruptFile(f"the {what} would unpack to {total >> 20} MB; refused as a zip bomb")

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self._zip.close()

    @property
    def names(self) -> list[str]:
        return list(self._infos)

    def matching(self, *patterns: str) -> list[str]:
        """Part names matching any glob, in natural order (slide2 before slide10)."""
        found = [n for n in self._infos if any(fnmatch.fnmatchcase(n, p) for p in patterns)]
        return sorted(found, key=_natural)

    def has(self, name: str) -> bool:
        return name in self._infos

    def read(self, name: str) -> bytes:
        info = self._infos[name]
        if info.file_size > MAX_PART_BYTES or (
            info.compress_size and info.file_size / info.compress_size > MAX_RATIO
            and info.file_size > 10 * 1024**2
        ):
            raise CorruptFile(f"part {name} of the {self.what} is implausibly large; refused")
        try:
            return self._zip.read(info)
        except RuntimeError as exc:  # a member encrypted with a zip password
            raise CorruptFile(f"part {name} of the {self.what} is encrypted ({exc})") from exc
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise CorruptFile(f"part {name} of the {self.what} is damaged ({exc})") from exc

    def read_optional(self, name: str) -> bytes | None:
        """A part that may be missing or damaged without the document being lost."""
        if name not in self._infos:
            return None
        try:
            return self.read(name)
        except CorruptFile:
            return None


def _natural(name: str) -> list[object]:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]
