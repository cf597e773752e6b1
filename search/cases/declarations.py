"""The reference formats a collection declares (search.entity_kinds.reference_declared), kept with the
collection and read into its documents by the case register.

``declared_references`` is the per-document reading: pure, a function of one document and the
collection's declarations. Each reference a declared format reads becomes a reference mention
with the format's key, in place of whatever the built-in shapes read over the same characters
(a part of it, or the wrong split of its year and serial). The register applies it before the
collection-wide passes (search.cases.sources, search.cases.codes) and again after them, so a
declared reference keeps its key whatever those passes would have made of its characters.

``CaseFormats`` keeps the declarations in the collection's record (``case_formats``), read
and changed through the caller's scoped store: a collection the caller may not see has none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from search.cases.sources import Mention, SourceDocument
from search.entity_kinds.reference import DECLARED_HEAD, LABELLED_HEADS, reference_format
from search.entity_kinds.reference_declared import DeclarationError, DeclaredFormat, from_record
from search.scoped import ScopedStore
from search.store import visible_collection

FIELD = "case_formats"
MAX_FORMATS = 50


def declared_references(document: SourceDocument, formats: tuple[DeclaredFormat, ...]
                        ) -> SourceDocument:
    """The document with the references the collection's declared ``formats`` read in it
    (see the module docstring)."""
    if not formats:
        return document
    added: list[Mention] = []
    # a number of a shape of digits alone counts anywhere in the document once it is written
    # after its label (its anchor) somewhere in it
    known = frozenset(key for f in formats if f.anchors for text, _c in document.pages.values()
                      for _s, _e, key in f.read(text))
    for number, (text, _citation) in document.pages.items():
        read = _ocr_digits(text) if number in document.scanned else text
        # the longest reading at each place, none overlapping; of two as long, the format
        # that writes more of the reference as it is ("SB 2009:44120" is one force's "SB"
        # series before another force's shape of any two letters), then the key, so that the
        # choice never depends on the order a set is walked in
        found = sorted({(start, stop, key, len(f.mark)) for f in formats
                        for start, stop, key in f.read(read, known)},
                       key=lambda hit: (hit[0], -(hit[1] - hit[0]), -hit[3], hit[2]))
        end = -1
        for start, stop, key, _mark in found:
            if start >= end:
                added.append(Mention("reference", key, text[start:stop], number, start, stop))
                end = stop
    if not added:
        return document

    def covered(m: Mention) -> bool:
        return m.kind == "reference" and any(
            a.page == m.page and a.start < m.end and m.start < a.end for a in added)
    kept = tuple(m for m in document.mentions if not covered(m))
    return replace(document, mentions=kept + tuple(added))


# A labelled number written as its serial alone, with or without its year ("CRIME/3751",
# "CRIME/2008/3751"): how a file's second part heads itself ("crime 03751 taken online").
_BARE = re.compile(r"(?P<head>[A-Z]+)/(?:(?P<year>(?:19|20)\d\d)/)?(?P<serial>\d{3,})")
_YEAR_PART = re.compile(r"(?:19|20)\d\d")


def _declared_serial(key: str) -> tuple[str, int, int] | None:
    """A declared key's scheme, year and serial (the number after its year), or None."""
    parts = key.split("/")
    if len(parts) < 5 or parts[0] != DECLARED_HEAD:
        return None
    rest = parts[3:]
    for at, part in enumerate(rest[:-1]):
        if _YEAR_PART.fullmatch(part) and rest[at + 1].isdigit():
            return parts[2], int(part), int(rest[at + 1])
    return None


def bare_as_declared(document: SourceDocument) -> SourceDocument:
    """The document with a labelled number written as its serial alone (a label's key with no
    letters: "crime 03751") read as the one declared number of that scheme and serial (and
    year, if it is written) the same document cites: its short form, not another case's
    look-alike of the same serial, which another document may cite. Two declared numbers of
    that serial in the document leave it alone."""
    declared = {key: found for m in document.mentions if m.kind == "reference"
                and (found := _declared_serial(key := m.key)) is not None}

    def resolved(m: Mention) -> Mention:
        bare = _BARE.fullmatch(m.key) if m.kind == "reference" else None
        if bare is None or bare.group("head") not in LABELLED_HEADS:
            return m
        scheme = (found.scheme if (found := reference_format(m.key)) else "")
        year = int(bare.group("year")) if bare.group("year") else None
        fits = {key for key, (s, y, serial) in declared.items() if s == scheme
                and serial == int(bare.group("serial")) and year in (None, y)}
        return replace(m, key=fits.pop()) if len(fits) == 1 else m
    if not declared:
        return document
    return replace(document, mentions=tuple(resolved(m) for m in document.mentions))


# OCR's letter for a digit beside a digit: "BHO8/C/013644" is "BH08/C/013644", "2O04" is "2004".
_OCR_ZERO = re.compile(r"(?<=\d)[Oo]|[Oo](?=\d)")
# OCR's digit one (or small l) for the capital I a number starts with, before its other
# capitals: "1CO4/..." is "IC04/...".
_OCR_CAPITAL_I = re.compile(r"(?<![\w/.\-])[1l](?=[A-Z])")


def _ocr_digits(text: str) -> str:
    """A scanned page's text with an O beside a digit read as the zero OCR took it for, and a
    1 starting a word of capitals as the I: one character for one, so a reading's offsets are
    the page's own."""
    return _OCR_CAPITAL_I.sub("I", _OCR_ZERO.sub("0", text))


def formats_of(record: dict) -> tuple[DeclaredFormat, ...]:
    """The declarations a collection's record keeps (one that no longer reads, after the
    notation changed, is left out rather than failing the register)."""
    found = []
    for entry in record.get(FIELD) or []:
        try:
            found.append(from_record(entry))
        except (DeclarationError, KeyError):
            continue
    return tuple(found)


class CaseFormats:
    """A collection's declared reference formats, through the caller's store."""

    def __init__(self, store: ScopedStore) -> None:
        self.store = store

    def list(self, collection: str) -> tuple[DeclaredFormat, ...]:
        """NotFoundError for a collection the caller may not see."""
        return formats_of(visible_collection(self.store, collection))

    def add(self, collection: str, declared: DeclaredFormat) -> tuple[DeclaredFormat, ...]:
        """The collection's declarations with ``declared`` (replacing one of the same name)."""
        kept = [f for f in self.list(collection) if f.label != declared.label]
        if len(kept) >= MAX_FORMATS:
            raise DeclarationError(f"a collection declares at most {MAX_FORMATS} formats")
        return self._write(collection, [*kept, declared])

    def remove(self, collection: str, name: str) -> tuple[DeclaredFormat, ...]:
        """The collection's declarations without the one called ``name`` (KeyError: none)."""
        found = self.list(collection)
        kept = [f for f in found if f.label != name]
        if len(kept) == len(found):
            raise KeyError(f"{collection} declares no format called {name!r}")
        return self._write(collection, kept)

    def _write(self, collection: str, formats: list[DeclaredFormat]
               ) -> tuple[DeclaredFormat, ...]:
        self.store.client.update(
            index=self.store.indices.collections, id=collection, refresh=True,
            retry_on_conflict=5, body={"doc": {FIELD: [f.as_record() for f in formats]}})
        return tuple(formats)
