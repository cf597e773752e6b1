"""The format registry: every file format Docket reads is one ``Format`` declaration.

Identification (``ingest.identify``, ``ingest.containers.sniff``), the type label of the
document record and the container tables of ``ingest.containers`` are all derived from here, so
adding a format is one module that calls ``register``, next to the code that reads it (as
alephdata ingest-file's ingestors declare their MIME types).

The seam, in the manner of datasette's ``hookspecs``:

- ``register(*formats)``: declare formats. Each module of ``ingest.extract`` and
  ``ingest.containers`` registers the formats it reads when imported; those packages are
  discovered (every submodule imported, once) on the first lookup, so nothing lists them by
  hand, and a process that never looks a format up imports no extractor.

What a ``Format`` declares:

- ``family``: the name the pipeline dispatches on; tasks and ledger entries carry it.
- ``mimes``: the MIME types (as libmagic, or identify's refinements, name them) that are this
  format; each belongs to one family. The first is the format's own: a file retyped by
  ``refine`` gets it.
- ``label``: the document's ``type``, as users see and filter it ("word" for DOC, DOCX, RTF);
  the family when not given.
- ``extractor``: ``(path, ExtractContext) -> Extraction``; raises an ``ingest.errors``
  ``IngestError`` for input it cannot read.
- ``fallbacks``: extractors tried in order when ``extractor`` (or the fallback before) raises
  ``CorruptFile`` (or times out): other parsers, a repair and a retry, LibreOffice. They run only
  after a failure, so the usual path costs nothing more; the one that read the file names itself
  in ``Extraction.extractor``, which the document and its ledger entry record.
- ``unpacker``: ``(path, Unpack) -> Iterator[Member]``: the files the format holds. A format with
  an unpacker and no extractor has no text of its own: its document's text is the list of its
  members' names (``listing_families``).
- ``mail``: its members are messages or attachments (``mail_families``; nesting limits count it).
- ``package_parts``: a zip package holding one of these parts is this format (OOXML has no
  "mimetype" member to say so).
- ``ole_streams``: an OLE2 compound file with one of these top-level streams is this format (a
  name ending in "_" is a prefix). Checked in ``ole_rank`` order, lowest first, then as
  declared: a stream name can also occur inside another kind of compound file.
- ``ole_classes``: an OLE2 compound file whose root storage has one of these class ids (CLSID,
  upper case) is this format, checked before any stream name: for the formats whose stream
  names other programs use too (Works 2000's "CONTENTS" is Publisher's and SolidWorks's).
- ``signatures``: leading bytes that name the format before libmagic is asked (it misnames
  PST and Zstandard).

Lookups: ``all_formats``, ``by_family``, ``by_mime``, ``by_signature``, ``label_of``, and the
derived tables ``package_parts``, ``ole_streams``, ``ole_classes``, ``listing_families``,
``mail_families``.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.containers.base import Member, Unpack
    from ingest.extract import ExtractContext
    from ingest.model import Extraction

# The packages whose modules declare the built-in formats.
BUILTIN_PACKAGES = ("ingest.extract", "ingest.containers")
DEFAULT_OLE_RANK = 100


@dataclass(frozen=True)
class Format:
    """One file format: how it is recognised, shown and read (fields: see the module's doc)."""

    family: str
    mimes: tuple[str, ...]
    label: str = ""
    extractor: Callable[[Path, ExtractContext], Extraction] | None = None
    fallbacks: tuple[Callable[[Path, ExtractContext], Extraction], ...] = ()
    unpacker: Callable[[Path, Unpack], Iterator[Member]] | None = None
    mail: bool = False
    package_parts: tuple[str, ...] = ()
    ole_streams: tuple[str, ...] = ()
    ole_rank: int = DEFAULT_OLE_RANK
    ole_classes: tuple[str, ...] = ()
    signatures: tuple[bytes, ...] = ()

    def __post_init__(self) -> None:
        if not self.mimes:
            raise ValueError(f"format {self.family!r} declares no MIME type")
        if not self.label:
            object.__setattr__(self, "label", self.family)

    @property
    def mime(self) -> str:
        return self.mimes[0]


_FORMATS: dict[str, Format] = {}
_BY_MIME: dict[str, Format] = {}
_discovery = threading.RLock()
_discovered = False


def register(*formats: Format) -> None:
    """Declare formats. A family or a MIME type claimed twice is a programming error."""
    for fmt in formats:
        if _FORMATS.get(fmt.family, fmt) != fmt:
            raise ValueError(f"format family {fmt.family!r} is declared twice")
        for mime in fmt.mimes:
            owner = _BY_MIME.get(mime.lower())
            if owner is not None and owner.family != fmt.family:
                raise ValueError(f"{mime} is claimed by {owner.family!r} and {fmt.family!r}")
        _FORMATS[fmt.family] = fmt
        _BY_MIME.update(dict.fromkeys((m.lower() for m in fmt.mimes), fmt))


def discover() -> None:
    """Import every module of the built-in packages once, so that their formats are declared.
    Lazy: a process that never looks a format up never imports the extractors."""
    global _discovered
    if _discovered:
        return
    with _discovery:
        if _discovered:
            return
        for package_name in BUILTIN_PACKAGES:
            package = importlib.import_module(package_name)
            for module in pkgutil.iter_modules(package.__path__, f"{package_name}."):
                importlib.import_module(module.name)
        _discovered = True


def all_formats() -> tuple[Format, ...]:
    """Every declared format, in the order declared."""
    discover()
    return tuple(_FORMATS.values())


def by_family(family: str) -> Format | None:
    discover()
    return _FORMATS.get(family)


def by_mime(mime: str) -> Format | None:
    discover()
    return _BY_MIME.get(mime.lower())


def label_of(family: str) -> str:
    """The type label of a family (a family no format declares is its own label)."""
    fmt = by_family(family)
    return fmt.label if fmt else family


def package_parts() -> dict[str, str]:
    """Zip part -> MIME type of the package that holds it, in the order declared."""
    return {part: fmt.mime for fmt in all_formats() for part in fmt.package_parts}


def ole_streams() -> tuple[tuple[str, str], ...]:
    """(stream name, MIME type) pairs, in the order they are to be checked."""
    ranked = sorted(all_formats(), key=lambda fmt: fmt.ole_rank)  # stable: declared order
    return tuple((stream, fmt.mime) for fmt in ranked for stream in fmt.ole_streams)


def ole_classes() -> dict[str, str]:
    """Root storage class id -> MIME type of the compound file that has it."""
    return {clsid: fmt.mime for fmt in all_formats() for clsid in fmt.ole_classes}


def by_signature(head: bytes) -> Format | None:
    """The format whose declared leading bytes start ``head``, if any."""
    return next((fmt for fmt in all_formats()
                 if any(head.startswith(prefix) for prefix in fmt.signatures)), None)


def listing_families() -> frozenset[str]:
    """Families whose text is the list of their members: they unpack and extract nothing."""
    return frozenset(f.family for f in all_formats() if f.unpacker and not f.extractor)


def mail_families() -> frozenset[str]:
    return frozenset(f.family for f in all_formats() if f.mail)


# Empty files are settled by the planner and never read; the family only names them.
register(Format(family="empty", mimes=("application/x-empty", "inode/x-empty")))

__all__ = ["BUILTIN_PACKAGES", "Format", "all_formats", "by_family", "by_mime", "by_signature",
           "discover", "label_of", "listing_families", "mail_families", "ole_classes",
           "ole_streams", "package_parts", "register"]
