"""Split archives: one archive written across several files ("volumes"), as a backup made to
floppies, CDs or e-mail-sized parts was:

- ZIP: ``X.z01``, ``X.z02`` ... and ``X.zip``, the last, which holds the directory;
- numbered: ``X.7z.001``, ``X.7z.002`` ... (also ``.zip.001``, ``.rar.001``, ``.tar.001``);
- RAR: ``X.part1.rar``, ``X.part2.rar`` ... or ``X.rar`` with ``X.r00``, ``X.r01`` ...

No volume is an archive alone, so a set is told by its volumes' names and their presence beside
each other, not by any one file's bytes (``split_role``, asked by ``ingest.identify``). The
volume a reader opens (``X.zip``, ``X.7z.001``, ``X.part1.rar``, ``X.rar``) is read with 7-Zip or
unrar, which find the others beside it, and its members are the set's. Every other volume is
settled ``skipped``, its reason naming the volume its members are read from, so the ledger
accounts for every file received. A volume whose opening volume is not beside it is read as any
file is (what can be read of it is its own).

Only files loaded from a folder have their volumes beside them; volumes found inside another
archive or uploaded one by one are read as any file is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from ingest.containers import recover
from ingest.containers.base import Member, Unpack
from ingest.errors import CorruptFile, IngestError
from ingest.formats import Format, register

SPLIT_MIME = "application/x-split-archive"
VOLUME_MIME = "application/x-archive-volume"


class ReadWithItsSet(IngestError):
    """A volume of a split archive whose members are read from the set's opening volume."""

    state = "skipped"


def _sibling(folder: Path, name: str) -> Path | None:
    """``name`` beside the volume, as written or in either case (a set copied from a CD is often
    in capitals)."""
    for candidate in (name, name.lower(), name.upper()):
        path = folder / candidate
        if path.is_file():
            return path
    return None


def _zip_set(path: Path, name: str) -> tuple[str, str] | None:
    if name.lower().endswith(".zip"):
        return ("opening", "") if _sibling(path.parent, f"{name[:-4]}.z01") else None
    found = re.fullmatch(r"(.+)\.z(\d{2,3})", name, re.IGNORECASE)
    return ("volume", f"{found.group(1)}.zip") if found else None


def _counted_set(path: Path, name: str, pattern: str, volume: str) -> tuple[str, str] | None:
    """A set whose volumes are counted in their names (``pattern``: the stem and the count;
    ``volume``: a volume's name from the stem and a count written as wide as this one's)."""
    found = re.fullmatch(pattern, name, re.IGNORECASE)
    if found is None:
        return None
    stem, digits = found.groups()
    named = {n: volume.format(stem=stem, n=str(n).zfill(len(digits))) for n in (1, 2)}
    if int(digits) == 1:
        return ("opening", "") if _sibling(path.parent, named[2]) else None
    return "volume", named[1]


def _numbered_set(path: Path, name: str) -> tuple[str, str] | None:
    return _counted_set(path, name, r"(.+\.(?:7z|zip|rar|tar|tgz|gz))\.(\d{3})", "{stem}.{n}")


def _rar_parts(path: Path, name: str) -> tuple[str, str] | None:
    return _counted_set(path, name, r"(.+)\.part(\d+)\.rar", "{stem}.part{n}.rar")


def _old_rar(path: Path, name: str) -> tuple[str, str] | None:
    if name.lower().endswith(".rar") and not re.search(r"\.part\d+\.rar$", name, re.IGNORECASE):
        return ("opening", "") if _sibling(path.parent, f"{name[:-4]}.r00") else None
    found = re.fullmatch(r"(.+)\.r(\d{2})", name, re.IGNORECASE)
    return ("volume", f"{found.group(1)}.rar") if found else None


_NAMINGS: tuple[Callable[[Path, str], tuple[str, str] | None], ...] = (
    _zip_set, _numbered_set, _rar_parts, _old_rar)


def split_role(path: Path) -> tuple[str, str] | None:
    """("opening", "") for the volume a reader opens, when another volume of its set is beside
    it; ("volume", OPENING) for another volume whose opening volume, named OPENING, is beside
    it; None otherwise (a volume alone is read as any file is: what it holds is its own)."""
    for naming in _NAMINGS:
        role = naming(path, path.name)
        if role is not None:
            kind, opening = role
            return role if kind == "opening" or _sibling(path.parent, opening) else None
    return None


def split_mime(path: Path) -> str | None:
    """The MIME type ``ingest.identify`` gives a file that is part of a split set, if it is."""
    role = split_role(path)
    return None if role is None else SPLIT_MIME if role[0] == "opening" else VOLUME_MIME


def split_members(path: Path, unpack: Unpack) -> Iterator[Member]:
    """The members of the set ``path`` opens, extracted by a tool that reads its volumes."""
    try:
        yield from recover.with_tools(path, unpack, None)
    except recover.NothingUnpacked as exc:
        raise CorruptFile("the volumes of this split archive could not be read together: one "
                          "is missing, damaged or from another set") from exc


def read_with_its_set(path: Path, _context: object) -> None:
    """A volume other than the opening one: settled by the set it belongs to."""
    role = split_role(path)
    if role is not None:
        raise ReadWithItsSet(f"a volume of the split archive {role[1]}, whose members are read "
                             "from that file")
    raise CorruptFile("a volume of a split archive whose opening volume is no longer beside it: "
                      "the set cannot be read without it")


register(
    Format(family="split-archive", mimes=(SPLIT_MIME,), label="archive", unpacker=split_members),
    Format(family="archive-volume", mimes=(VOLUME_MIME,), label="archive",
           extractor=read_with_its_set),  # type: ignore[arg-type]
)
