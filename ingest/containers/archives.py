"""Archives: ZIP (zipfile), TAR and compressed TAR or single streams (tarfile, gzip, bz2, lzma),
7z, RAR, .Z and zstd (libarchive). Every one is read as a stream, member by member.

For ZIP the ratio guard compares a member with its own compressed size (capped by the archive's
size, so a lying header cannot loosen it); for the others, whose members share a compressed
stream, with the whole archive's size.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from ingest.containers.base import Member, Unpack, clean_name
from ingest.containers.limits import CHUNK, Sink
from ingest.errors import CorruptFile, PasswordProtected
from ingest.formats import Format, register

_STREAMS = {"gzip": gzip.open, "bzip2": bz2.open, "xz": lzma.open}
_ENCRYPTED = 0x1


def _zip_date(info: zipfile.ZipInfo) -> datetime | None:
    try:
        return datetime(*info.date_time)
    except ValueError:
        return None


def _zip_open(zf: zipfile.ZipFile, info: zipfile.ZipInfo, passwords: tuple[str, ...]) -> BinaryIO:
    if not info.flag_bits & _ENCRYPTED:
        try:
            return zf.open(info)
        except NotImplementedError as exc:
            raise CorruptFile(f"uses an unsupported compression method ({exc})") from exc
    for password in passwords:
        try:
            return zf.open(info, pwd=password.encode("utf-8"))
        except (RuntimeError, NotImplementedError):
            continue
    raise PasswordProtected("the member is encrypted and no configured password opens it")


def zip_members(path: Path, unpack: Unpack) -> Iterator[Member]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CorruptFile(f"not a readable ZIP ({exc})") from exc
    size = path.stat().st_size
    with zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            name = clean_name(info.filename, "unnamed")

            def write(sink: Sink, info: zipfile.ZipInfo = info) -> None:
                with _zip_open(zf, info, unpack.passwords) as handle:
                    sink.copy(handle)

            packed = max(1, min(info.compress_size, size))
            yield unpack.member(name, write, packed=packed, date=_zip_date(info))


def _is_tarball(path: Path) -> bool:
    """Whether the (decompressed) stream starts with a valid tar header: tarfile would take a
    stream of zeros for an empty archive, and so lose a compressed file that starts with them."""
    with path.open("rb") as raw:
        magic = raw.read(6)
    opener = _STREAMS.get(_compression(magic) or "", open)
    try:
        with opener(path, "rb") as handle:
            tarfile.TarInfo.frombuf(handle.read(tarfile.BLOCKSIZE), "utf-8", "surrogateescape")
    except (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError):
        return False
    return True


def _compression(magic: bytes) -> str | None:
    return ("gzip" if magic[:2] == b"\x1f\x8b" else "bzip2" if magic[:3] == b"BZh"
            else "xz" if magic == b"\xfd7zXZ\x00" else None)


def tar_members(path: Path, unpack: Unpack) -> Iterator[Member]:
    """A tarball, compressed or not; a compressed file that is not a tarball is one member."""
    size = path.stat().st_size
    if not _is_tarball(path):
        yield from _single_stream(path, unpack)
        return
    try:
        with tarfile.open(path, mode="r|*") as tar:
            for info in tar:
                if not info.isfile():
                    continue
                handle = tar.extractfile(info)
                if handle is None:
                    continue
                date = datetime.fromtimestamp(info.mtime) if info.mtime > 0 else None
                yield unpack.stream(clean_name(info.name, "unnamed"), handle, packed=size,
                                    date=date)
    except (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise CorruptFile(f"the archive is truncated or corrupt ({exc})") from exc


def _single_stream(path: Path, unpack: Unpack) -> Iterator[Member]:
    with path.open("rb") as raw:
        family = _compression(raw.read(6))
    if family is None:
        raise CorruptFile("not a readable archive")
    name = path.name
    for suffix in (".gz", ".tgz", ".bz2", ".xz", ".z"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)] + (".tar" if suffix == ".tgz" else "")
            break
    else:
        name = f"{name}.out"
    with _STREAMS[family](path, "rb") as handle:
        yield unpack.stream(clean_name(name, "content"), handle, packed=path.stat().st_size)


def libarchive_members(path: Path, unpack: Unpack) -> Iterator[Member]:
    """7z, RAR (4 and 5), .Z, zstd: libarchive streams them entry by entry. A compressed stream
    that holds no archive (a lone .zst or .Z) is read in libarchive's raw format, as one member."""
    from libarchive.exception import ArchiveError

    try:
        yield from _libarchive(path, unpack, "all")
    except CorruptFile as exc:
        if "Unrecognized archive format" not in str(exc):
            raise
        yield from _libarchive(path, unpack, "raw")
    except ArchiveError as exc:
        raise _archive_error(exc) from exc


def _libarchive(path: Path, unpack: Unpack, format_name: str) -> Iterator[Member]:
    import libarchive
    from libarchive.exception import ArchiveError

    size = path.stat().st_size
    passphrase = unpack.passwords[0] if unpack.passwords else None
    try:
        with libarchive.file_reader(str(path), format_name=format_name,
                                    passphrase=passphrase) as archive:
            for number, entry in enumerate(archive, start=1):
                if not entry.isfile and format_name != "raw":
                    continue
                name = (clean_name(entry.pathname or "", f"member-{number}")
                        if format_name != "raw" else clean_name(path.stem, "content"))
                date = datetime.fromtimestamp(entry.mtime) if entry.mtime else None

                def write(sink: Sink, entry: object = entry) -> None:
                    try:
                        for block in entry.get_blocks(CHUNK):  # type: ignore[attr-defined]
                            sink.write(block)
                    except ArchiveError as exc:
                        raise _archive_error(exc) from exc

                yield unpack.member(name, write, packed=size, date=date)
    except ArchiveError as exc:
        raise _archive_error(exc) from exc


def _archive_error(exc: Exception) -> CorruptFile | PasswordProtected:
    text = str(exc)
    if "assphrase" in text or "ncrypt" in text:
        return PasswordProtected("the archive is encrypted and no configured password opens it")
    return CorruptFile(f"not a readable archive ({text[:300]})")


register(
    Format(family="zip", mimes=("application/zip",), label="archive", unpacker=zip_members),
    Format(family="tar", mimes=("application/x-tar",), label="archive", unpacker=tar_members),
    Format(family="gzip", mimes=("application/gzip", "application/x-gzip"), label="archive",
           unpacker=tar_members),
    Format(family="bzip2", mimes=("application/x-bzip2",), label="archive", unpacker=tar_members),
    Format(family="xz", mimes=("application/x-xz",), label="archive", unpacker=tar_members),
    Format(family="7z", mimes=("application/x-7z-compressed",), label="archive",
           unpacker=libarchive_members),
    Format(family="rar", mimes=("application/x-rar", "application/vnd.rar"), label="archive",
           unpacker=libarchive_members),
    Format(family="compress", mimes=("application/x-compress",), label="archive",
           unpacker=libarchive_members),
    # libmagic calls a Zstandard stream "data".
    Format(family="zstd", mimes=("application/zstd",), label="archive",
           unpacker=libarchive_members, signatures=(b"\x28\xb5\x2f\xfd",)),
)
