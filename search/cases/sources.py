"""What the case register reads of a collection's documents (``SourceDocument``: pages and
mentions), and the references they cite made whole across the collection before grouping:

- a crime number is one key however it is labelled ("Crime No", "URN", "Your ref:"): the
  collection's one key for that year and serial that names a force, or else one of them; a
  letter quoting a crime number cites it;
- a labelled number written bare elsewhere ("12345/04 was filed") is that reference;
- an incident number without its day is the document's one dated incident of that serial.

Pure: documents in, documents out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date

from search.entity_kinds.reference import LABELLED_HEADS, reference_format, reference_written


@dataclass(frozen=True)
class Mention:
    kind: str
    key: str
    text: str
    page: int
    start: int
    end: int


@dataclass(frozen=True)
class SourceDocument:
    """What the register reads of one document: its pages as (text, citation), its mentions."""

    doc_id: str
    control: str
    title: str
    date: date | None
    force: str | None
    pages: dict[int, tuple[str, str]]
    mentions: tuple[Mention, ...]


# Heads a label gives a number when it names no force or council: the same crime number may be
# written under any of them ("Crime No 16560/01", "URN 16560/01", "Your ref: 16560/2001"). Some
# forces' crime number is their occurrence (OB) number; others raise a crime number from an
# occurrence: an OB number is merged only when the collection writes the same digits under
# another of these heads or as a force's crime number. Incident and referral numbers are other
# series, never merged by their digits.
_CRIME_FAMILY = ("CRIME", "URN", "OCCURRENCE", "REF")


def _one_key_per_crime_number(documents: list[SourceDocument]) -> list[SourceDocument]:
    """Documents with each crime number keyed once, however it was labelled: the keys of one
    year and serial under the crime family's heads (CRIME/2001/16560, URN/2001/16560,
    REF/2001/16560) become the collection's one key for it that names an issuer
    (HD/2001/16560), or the first head's when none does. A letter quoting a crime number cites
    that crime. Two issuers with that year and serial (two forces' 16560/01) leave them alone."""
    family: dict[str, set[str]] = defaultdict(set)
    issued: dict[str, set[str]] = defaultdict(set)
    for document in documents:
        for m in document.mentions:
            head, _, tail = m.key.partition("/")
            if m.kind != "reference" or not re.fullmatch(r"\d{4}/\d{5,}", tail):
                continue
            if head in _CRIME_FAMILY:
                family[tail].add(head)
            elif head not in LABELLED_HEADS and (found := reference_format(m.key)) \
                    and found.scheme == "crime":
                issued[tail].add(m.key)  # a council's referral of the same digits is not it
    canonical: dict[str, str] = {}
    for tail, heads in family.items():
        if len(issued.get(tail, ())) == 1:
            canonical[tail] = next(iter(issued[tail]))
        elif not issued.get(tail) and len(heads) > 1:
            canonical[tail] = f"{next(h for h in _CRIME_FAMILY if h in heads)}/{tail}"

    def resolved(m: Mention) -> Mention:
        head, _, tail = m.key.partition("/")
        if m.kind != "reference" or head not in _CRIME_FAMILY or tail not in canonical:
            return m
        return replace(m, key=canonical[tail])
    return [replace(d, mentions=tuple(resolved(m) for m in d.mentions)) for d in documents]


def _recurring(documents: list[SourceDocument]) -> list[SourceDocument]:
    """Documents with the references the collection states after a label ("Crime No:
    12345/04") found again where they are written bare ("12345/04 was filed"): a number that
    recurs as a labelled reference is that reference. Only numbers of a reference's shape
    (``_recurs``) and with one key in the collection."""
    keys: dict[str, set[str]] = defaultdict(set)
    for document in documents:
        for m in document.mentions:
            page = document.pages.get(m.page, ("", ""))[0]
            written = reference_written(page[m.start:m.end] or m.text).upper()
            if m.kind == "reference" and _recurs(written):
                keys[written].add(m.key)
    known = {token: next(iter(found)) for token, found in keys.items() if len(found) == 1}
    return [_with_bare(d, known) for d in documents] if known else documents


_BARE = re.compile(r"(?<![\w/])[A-Za-z0-9]+(?:[/.\-][A-Za-z0-9]+)*(?![\w/])")


def _recurs(token: str) -> bool:
    """A number distinctive enough to be the reference wherever it is written: five digits or
    more, and groups joined by / - . or letters glued to digits ("23WX0518807")."""
    if not _BARE.fullmatch(token) or sum(c.isdigit() for c in token) < 5:
        return False
    return bool(re.search(r"[/.\-]", token)) or (len(token) >= 7 and bool(re.search(r"[A-Z]", token)))


def _with_bare(document: SourceDocument, known: dict[str, str]) -> SourceDocument:
    added = []
    for number, (text, _citation) in document.pages.items():
        taken = [(m.start, m.end) for m in document.mentions
                 if m.page == number and m.kind == "reference"]
        for found in _BARE.finditer(text):
            key = known.get(found.group().upper())
            if key and all(found.end() <= a or found.start() >= b for a, b in taken):
                added.append(Mention("reference", key, found.group(), number, found.start(),
                                     found.end()))
    return replace(document, mentions=document.mentions + tuple(added)) if added else document


def _dated_incidents(document: SourceDocument) -> SourceDocument:
    """The document with an incident number it cites without its day ("incident 0456") keyed
    as the one dated incident of that serial it cites elsewhere ("Log 0456 of 12/03/2003"): an
    incident serial restarts every day, so alone it would join other days' incidents."""
    dated: dict[str, set[str]] = defaultdict(set)
    for m in document.mentions:
        if m.kind == "reference" and m.key.startswith("CAD/") and m.key.count("/") == 2:
            dated[m.key.rsplit("/", 1)[1]].add(m.key)
    rekeyed = tuple(
        replace(m, key=next(iter(dated[m.key[4:]])))
        if m.kind == "reference" and m.key.count("/") == 1 and m.key.startswith("CAD/")
        and len(dated.get(m.key[4:], ())) == 1 else m
        for m in document.mentions)
    return replace(document, mentions=rekeyed)


def cited_references(documents: list[SourceDocument]) -> list[SourceDocument]:
    """The documents with their references made whole (see the module docstring)."""
    return [_dated_incidents(d) for d in _recurring(_one_key_per_crime_number(documents))]
