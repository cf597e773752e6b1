"""Archives: ZIP and JAR (zipfile), TAR and compressed TAR or single streams (tarfile, gzip, bz2,
lzma, zlib), 7z, RAR, CAB, .Z, zstd, LZ4, cpio, ar and a bare LZMA stream (libarchive). Every one
is read as a stream, member by member.

For ZIP the ratio guard compares a member with its own compressed size (capped by the archive's
size, so a lying header cannot loosen it); for the others, whose members share a compressed
stream, with the whole archive's size.

Members that are not files (symbolic and hard links, devices, FIFOs) are reported, not extracted
(``Unpack.not_a_file``); directories are passed over, their files being members of their own.

Fallbacks, only after a failure: a ZIP whose central directory zipfile cannot read is read by
libarchive, then recovered from its local headers (``ingest.containers.recover``), as is a member
whose entry in a damaged directory points at the wrong bytes. An archive libarchive reads
nothing from (or refuses) is extracted by the 7-Zip or unrar command line when installed. An
archive that still yields no member while holding bytes is not an empty archive:
``NothingUnpacked`` says so, and its document is ``partial``.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import re
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from ingest.containers import recover
from ingest.containers.base import HARD_LINK, Member, Unpack, clean_name, special_kind
from ingest.containers.limits import CHUNK, Sink
from ingest.errors import CorruptFile, PasswordProtected
from ingest.formats import Format, register

_STREAMS = {"gzip": gzip.open, "bzip2": bz2.open, "xz": lzma.open}
_ENCRYPTED = 0x1
_UNIX = 3  # ZipInfo.create_system of archives made on Unix, whose external_attr holds a mode
_TAR_MODES = {tarfile.SYMTYPE: stat.S_IFLNK, tarfile.CHRTYPE: stat.S_IFCHR,
              tarfile.BLKTYPE: stat.S_IFBLK, tarfile.FIFOTYPE: stat.S_IFIFO}
MAX_LINK_TARGET = 4096
# What zipfile decompresses. Older and rarer methods (shrink, implode, Deflate64, which Windows'
# own zipper writes for large folders) 7-Zip reads, so such an archive is read with it.
_ZIPFILE_METHODS = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2,
                              zipfile.ZIP_LZMA})


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
        yield from recover.damaged_zip(path, unpack, CorruptFile(f"not a readable ZIP ({exc})"))
        return
    # (An encrypted member's method may be its cipher's, 99 for AES: its passwords decide.)
    others = {i.compress_type for i in zf.infolist()
              if not i.is_dir() and not i.flag_bits & _ENCRYPTED} - _ZIPFILE_METHODS
    if others:
        zf.close()
        methods = ", ".join(str(m) for m in sorted(others))
        yield from recover.with_tools(path, unpack, CorruptFile(
            f"uses a compression method no installed reader supports (ZIP method {methods})"))
        return
    yielded = 0
    for member in _zipfile_members(zf, path, unpack):
        yielded += 1
        yield member
    if not yielded and path.stat().st_size > recover.EMPTY_ARCHIVE_BYTES:
        # A directory that lists nothing in a ZIP that holds bytes: read the local headers.
        yield from recover.damaged_zip(path, unpack, recover.NothingUnpacked(
            f"the ZIP's directory lists no member, yet it holds {path.stat().st_size} bytes"))


def _zipfile_members(zf: zipfile.ZipFile, path: Path, unpack: Unpack) -> Iterator[Member]:
    size = path.stat().st_size
    with zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            name = clean_name(info.filename, "unnamed")
            kind = _zip_kind(info)
            if kind is not None:
                yield unpack.not_a_file(name, kind, _zip_link(zf, info), _zip_date(info))
                continue

            def write(sink: Sink, info: zipfile.ZipInfo = info) -> None:
                try:
                    with _zip_open(zf, info, unpack.passwords) as handle:
                        sink.copy(handle)
                except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                    # The directory points at the wrong bytes: read the member's local header.
                    if sink.size or not recover.local_member(path, info.filename, sink):
                        raise CorruptFile(f"could not be unpacked ({exc})") from exc

            packed = max(1, min(info.compress_size, size))
            yield unpack.member(name, write, packed=packed, date=_zip_date(info))


def _zip_kind(info: zipfile.ZipInfo) -> str | None:
    """What a zip entry made on Unix is, when its mode says it is not a file (Info-ZIP stores
    symbolic links so, their target as the entry's bytes)."""
    mode = info.external_attr >> 16
    if info.create_system != _UNIX or not stat.S_IFMT(mode):
        return None
    return special_kind(mode)


def _zip_link(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> str | None:
    if not stat.S_ISLNK(info.external_attr >> 16) or info.flag_bits & _ENCRYPTED:
        return None
    try:
        with zf.open(info) as handle:
            return handle.read(MAX_LINK_TARGET).decode("utf-8", "replace")
    except (zipfile.BadZipFile, OSError, NotImplementedError, zlib.error, EOFError):
        return None


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
                if info.isdir():
                    continue
                name = clean_name(info.name, "unnamed")
                date = datetime.fromtimestamp(info.mtime) if info.mtime > 0 else None
                handle = tar.extractfile(info) if info.isfile() else None
                if handle is None:
                    yield unpack.not_a_file(name, _tar_kind(info), info.linkname or None, date)
                    continue
                yield unpack.stream(name, handle, packed=size, date=date)
    except (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise CorruptFile(f"the archive is truncated or corrupt ({exc})") from exc


def _tar_kind(info: tarfile.TarInfo) -> str:
    if info.islnk():
        return HARD_LINK
    mode = _TAR_MODES.get(info.type)
    kind = special_kind(mode) if mode else None
    return kind or f"an entry of unknown type ({info.type.decode('latin-1')!r})"


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


def zlib_members(path: Path, unpack: Unpack) -> Iterator[Member]:
    """A bare zlib stream (a program's saved state, a carved fragment): one member."""
    name = path.name[: -len(path.suffix)] if path.suffix.lower().startswith(".zlib") else f"{path.name}.out"

    def write(sink: Sink) -> None:
        with path.open("rb") as raw:
            recover.inflate(raw, sink)

    yield unpack.member(clean_name(name, "content"), write, packed=path.stat().st_size)


def libarchive_members(path: Path, unpack: Unpack) -> Iterator[Member]:
    """7z, RAR (4 and 5), .Z, zstd: libarchive streams them entry by entry, and the command-line
    tools take what it cannot read (``recover.with_tools``)."""
    yielded = 0
    try:
        for member in _libarchive_any(path, unpack):
            yielded += 1
            yield member
    except CorruptFile as exc:
        if yielded:
            raise
        yield from recover.with_tools(path, unpack, exc)
        return
    if not yielded:
        yield from recover.with_tools(path, unpack, None)


def _libarchive_any(path: Path, unpack: Unpack) -> Iterator[Member]:
    """A compressed stream that holds no archive (a lone .zst or .Z) is read in libarchive's raw
    format, as one member."""
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
                if format_name != "raw" and entry.isdir:
                    continue
                name = (clean_name(entry.pathname or "", f"member-{number}")
                        if format_name != "raw" else clean_name(path.stem, "content"))
                date = datetime.fromtimestamp(entry.mtime) if entry.mtime else None
                kind = _libarchive_kind(entry) if format_name != "raw" else None
                if kind is not None:
                    yield unpack.not_a_file(name, kind, entry.linkpath or None, date)
                    continue

                def write(sink: Sink, entry: object = entry) -> None:
                    try:
                        for block in entry.get_blocks(CHUNK):  # type: ignore[attr-defined]
                            sink.write(block)
                    except ArchiveError as exc:
                        raise _archive_error(exc) from exc

                yield unpack.member(name, write, packed=size, date=date)
    except ArchiveError as exc:
        raise _archive_error(exc) from exc


def _libarchive_kind(entry: object) -> str | None:
    """What an entry is when not a file; libarchive gives a hard link the type of a regular
    file, with the path it links to and no bytes of its own."""
    if entry.islnk and not entry.size:  # type: ignore[attr-defined]
        return HARD_LINK
    return special_kind(entry.filetype)  # type: ignore[attr-defined]


# libarchive's message ends with its return codes and a pointer: nothing a reader can use.
_LIBARCHIVE_INTERNALS = re.compile(r"\s*\((?:errno=[^)]*|retcode=[^)]*)\)")


def _archive_error(exc: Exception) -> CorruptFile | PasswordProtected:
    text = str(exc)
    if "assphrase" in text or "ncrypt" in text:
        return PasswordProtected("the archive is encrypted and no configured password opens it")
    return CorruptFile(f"not a readable archive ({_LIBARCHIVE_INTERNALS.sub('', text)[:300]})")


register(
    # A Java archive is a ZIP; a build's JAR may carry documents as well as classes.
    Format(family="zip", mimes=("application/zip", "application/java-archive"), label="archive",
           unpacker=zip_members),
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
    # Unix archives an old server's backups are made of, and a bare LZMA stream.
    Format(family="cpio", mimes=("application/x-cpio",), label="archive",
           unpacker=libarchive_members),
    Format(family="ar", mimes=("application/x-archive",), label="archive",
           unpacker=libarchive_members),
    Format(family="lzma", mimes=("application/x-lzma",), label="archive",
           unpacker=libarchive_members),
    # Windows' cabinet files (installers, backups of an old desktop) and LZ4 frames.
    Format(family="cab", mimes=("application/vnd.ms-cab-compressed",), label="archive",
           unpacker=libarchive_members),
    Format(family="lz4", mimes=("application/x-lz4",), label="archive",
           unpacker=libarchive_members),
    Format(family="zlib", mimes=("application/zlib",), label="archive", unpacker=zlib_members),
    # libmagic calls a Zstandard stream "data".
    Format(family="zstd", mimes=("application/zstd",), label="archive",
           unpacker=libarchive_members, signatures=(b"\x28\xb5\x2f\xfd",)),
)
