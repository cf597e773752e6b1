"""Reading archives their own library gives up on: the fallbacks of ``ingest.containers.archives``.

- ``damaged_zip``: a ZIP whose central directory is damaged or missing (a truncated download, a
  carved file) is read by libarchive, which streams local headers, then by ``local_entries``, a
  scan for the local file headers that precede every member's bytes.
- ``local_member``: one member's bytes from its local header, when the directory's entry for it
  points at the wrong place.
- ``with_tools``: the 7-Zip or unrar command line, for a RAR or 7z libarchive reads nothing from.
- ``inflate``: a deflate stream into a sink a chunk out at a time (here and for a bare zlib
  stream in ``ingest.containers.archives``), so a bomb meets the sink's limits first.
  The tool writes into a folder of its own, bounded by a file-size limit and a time limit; the
  files are then taken as members through the budget like any other.

When none of them yields a member from an archive that holds bytes, ``NothingUnpacked`` says
so: a silent empty archive would hide a loss.
"""

from __future__ import annotations

import resource
import shutil
import struct
import subprocess
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ingest.containers.base import Member, Unpack, clean_name
from ingest.containers.limits import CHUNK, Sink
from ingest.errors import CorruptFile, IngestError

LOCAL_HEADER = b"PK\x03\x04"
_HEADER = struct.Struct("<4sHHHHHIIIHH")
_DESCRIPTOR_FLAG = 0x8
_ENCRYPTED = 0x1
STORED, DEFLATED = 0, 8
EMPTY_ARCHIVE_BYTES = 64  # an empty ZIP, RAR or 7z archive is smaller than this
TOOL_TIMEOUT_S = 300
TOOLS = (("7z", ["x", "-y", "-p-", "-o{out}", "{archive}"]),
         ("7zz", ["x", "-y", "-p-", "-o{out}", "{archive}"]),
         ("unrar-free", ["-x", "{archive}", "{out}"]),
         ("unrar", ["x", "-y", "-p-", "{archive}", "{out}/"]))


class NothingUnpacked(IngestError):
    """A container that holds bytes yielded no member: its document is kept, ``partial``."""

    state = "partial"


@dataclass(frozen=True)
class LocalEntry:
    name: str
    method: int
    flags: int
    data_offset: int
    packed: int


def local_entries(path: Path) -> Iterator[LocalEntry]:
    """Every local file header in the file, found by scanning, in order."""
    data = path.read_bytes()
    position = data.find(LOCAL_HEADER)
    while position >= 0 and position + _HEADER.size <= len(data):
        fields = _HEADER.unpack_from(data, position)
        flags, method, packed, name_len, extra_len = fields[2], fields[3], fields[7], fields[9], fields[10]
        start = position + _HEADER.size
        name = data[start:start + name_len].decode("utf-8" if flags & 0x800 else "cp437", "replace")
        entry = LocalEntry(name, method, flags, start + name_len + extra_len, packed)
        yield entry
        following = entry.data_offset + (packed if not flags & _DESCRIPTOR_FLAG else 0)
        position = data.find(LOCAL_HEADER, max(following, position + 4))


def inflate(source: BinaryIO, sink: Sink, window: int = zlib.MAX_WBITS) -> None:
    """A deflate stream (``window`` as zlib takes it) into ``sink``, a chunk out at a time: a
    bomb is stopped by the sink's limits before it is held in memory."""
    inflater = zlib.decompressobj(window)
    try:
        while not inflater.eof and (block := source.read(CHUNK)):
            sink.write(inflater.decompress(block, CHUNK))
            while inflater.unconsumed_tail and not inflater.eof:
                sink.write(inflater.decompress(inflater.unconsumed_tail, CHUNK))
        sink.write(inflater.flush())
    except zlib.error as exc:
        raise CorruptFile(f"the compressed stream is corrupt ({exc})") from exc
    if not inflater.eof:
        raise CorruptFile("the compressed stream is truncated")


def _copy_entry(path: Path, entry: LocalEntry, sink: Sink) -> None:
    """The member's bytes, inflated until the deflate stream ends (a data descriptor gives no
    size up front), or its stored bytes."""
    if entry.flags & _ENCRYPTED:
        raise CorruptFile("the member is encrypted and its directory entry is damaged")
    with path.open("rb") as handle:
        handle.seek(entry.data_offset)
        if entry.method == STORED:
            left = entry.packed
            while left > 0 and (block := handle.read(min(CHUNK, left))):
                sink.write(block)
                left -= len(block)
            return
        if entry.method != DEFLATED:
            raise CorruptFile(f"compression method {entry.method} cannot be recovered")
        inflate(handle, sink, -zlib.MAX_WBITS)


def local_member(path: Path, name: str, sink: Sink) -> bool:
    """Write the member called ``name`` from its local header; False when there is none."""
    entry = next((e for e in local_entries(path) if e.name == name), None)
    if entry is None:
        return False
    _copy_entry(path, entry, sink)
    return True


def _scanned_zip(path: Path, unpack: Unpack) -> Iterator[Member]:
    for number, entry in enumerate(local_entries(path), start=1):
        if entry.name.endswith("/"):
            continue
        name = clean_name(entry.name, f"member-{number}")
        yield unpack.member(name, lambda sink, e=entry: _copy_entry(path, e, sink),
                            packed=max(1, entry.packed or path.stat().st_size))


def damaged_zip(path: Path, unpack: Unpack, error: CorruptFile) -> Iterator[Member]:
    """The members of a ZIP zipfile refused: libarchive's, else those of the local headers."""
    from ingest.containers.archives import _libarchive

    found = 0
    try:
        for member in _libarchive(path, unpack, "zip"):
            found += 1
            yield member
    except CorruptFile:
        if found:
            raise
    if found:
        return
    for member in _scanned_zip(path, unpack):
        found += 1
        yield member
    if not found:
        raise error


def _limits(max_bytes: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _run_tool(path: Path, out: Path, max_bytes: int) -> str | None:
    """Extract with the first installed tool; the tool's name, or None when none is installed."""
    for tool, arguments in TOOLS:
        if shutil.which(tool) is None:
            continue
        command = [tool, *(a.format(out=out, archive=path) for a in arguments)]
        try:
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           stdin=subprocess.DEVNULL, timeout=TOOL_TIMEOUT_S, check=False,
                           preexec_fn=lambda: _limits(max_bytes))
        except subprocess.TimeoutExpired:
            continue
        if any(out.rglob("*")):
            return tool
    return None


def with_tools(path: Path, unpack: Unpack, error: CorruptFile | None) -> Iterator[Member]:
    """Members a command-line tool extracts; ``error`` (libarchive's) or ``NothingUnpacked``
    when none does and the archive is not an empty one."""
    with tempfile.TemporaryDirectory(prefix="docket-tool-", dir=unpack.workdir) as folder:
        out = Path(folder)
        tool = _run_tool(path, out, unpack.limits.max_bytes)
        files = sorted(p for p in out.rglob("*") if p.is_file() and not p.is_symlink()) if tool else []
        for file in files:
            name = clean_name(str(file.relative_to(out)), "member")
            with file.open("rb") as handle:
                yield unpack.stream(name, handle, packed=path.stat().st_size)
            file.unlink()
    if files:
        return
    if error is not None:
        raise error
    if path.stat().st_size > EMPTY_ARCHIVE_BYTES:
        raise NothingUnpacked(f"the archive holds {path.stat().st_size} bytes but no reader "
                              "(libarchive, 7-Zip, unrar) extracted a member from it")


__all__ = ["NothingUnpacked", "damaged_zip", "local_entries", "local_member", "with_tools"]
