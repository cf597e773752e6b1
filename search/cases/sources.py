"""What the case register reads of a collection's documents (``SourceDocument``: pages and
mentions), and the references they cite made whole across the collection before grouping:

- a force's number written glued after a label ("URN RV9974657") is the force's number it
  spells (RV/1999/74657);
- a crime number is one key however it is labelled ("Crime No", "URN", "Your ref:"): the
  collection's one key for that year and serial that names a force, or else one of them; a
  letter quoting a crime number cites it;
- a labelled number written bare elsewhere ("12345/04 was filed") is that reference;
- a number quoted under a weak label ("Our ref: M04260/2047") is the one reference of another
  label with the same groups, and one written without its last group ("Incident S1818") the
  one longer number the document cites that begins with it; a council's number written with
  its department's letters only is the council's one number with those letters, serial (and
  year);
- an incident number without its day is the document's one dated incident of that serial;
- a reference a scan's text misread (a zero read as the letter O) is the one it spells with
  the zero, when the rest of the collection cites that one;
- an incident number dated with six digits that read both as DDMMYY and YYMMDD is the
  reading the collection confirms;
- a force's letters and numbers in any of the layouts the collection writes them
  (search.cases.layouts: glued, spaced, with or without leading zeros) are one reference, and
  found again where the entity stage did not read them.

Pure: documents in, documents out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date

from search.cases.layouts import (
    Identity,
    Written,
    identity,
    identity_key,
    learn_layouts,
    written_in,
    written_parts,
)
from search.cases.rules import dates_in
from search.entity_kinds.reference import (
    LABELLED_HEADS,
    other_day_order,
    reference_format,
    reference_key,
    reference_written,
)
from search.redaction_text import Applied, moved_mention, redacted_page


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
    path: str = ""  # where the file came from in its upload: a case lists its documents by it
    scanned: frozenset[int] = frozenset()  # the pages whose text is OCR's reading of an image
    month_first: bool = False  # its numeric dates are read month first (search.cases.rules)


def redacted_source(document: SourceDocument, applied: Applied) -> SourceDocument:
    """The document as its redacted copy has it (search.redaction_text): each span a mask, a
    page redacted whole empty, the mentions touching them left out. The register of the copy
    is built from these, so a redacted reference, person, phone or vehicle makes no case, role,
    item or link there."""
    if not applied:
        return document
    pages = {number: (redacted_page(text, number, applied), citation)
             for number, (text, citation) in document.pages.items()}
    mentions = []
    for mention in document.mentions:
        where = moved_mention(mention.page, mention.start, mention.end,
                              applied.merged(mention.page), applied)
        if where is not None:
            mentions.append(replace(mention, start=where[0], end=where[1]))
    return replace(document, pages=pages, mentions=tuple(mentions))


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
    that crime. Two issuers with that year and serial (two forces' 16560/01) leave them alone,
    and so does a number called a crime number in a collection where a force writes its crime
    numbers bare (``_writes_bare_crime_numbers``), unless a document writes the two together."""
    family: dict[str, set[str]] = defaultdict(set)
    issued: dict[str, set[str]] = defaultdict(set)
    together: set[tuple[str, str]] = set()  # (tail, issued key) cited by one document
    for document in documents:
        cited: dict[str, set[str]] = defaultdict(set)
        for m in document.mentions:
            head, _, tail = m.key.partition("/")
            if m.kind != "reference" or not re.fullmatch(r"\d{4}/\d{5,}", tail):
                continue
            if head in _CRIME_FAMILY:
                family[tail].add(head)
                cited[tail].add(head)
            elif head not in LABELLED_HEADS and (found := reference_format(m.key)) \
                    and found.scheme == "crime":
                issued[tail].add(m.key)  # a council's referral of the same digits is not it
                cited[tail].add(m.key)
        together |= {(tail, key) for tail, keys in cited.items() for key in keys
                     if key not in _CRIME_FAMILY and keys & set(_CRIME_FAMILY)}
    canonical: dict[str, str] = {}
    bare_force = _writes_bare_crime_numbers(family, issued)
    for tail, heads in family.items():
        # Where a force writes its crime numbers bare, a bare one is that force's, not another
        # force's lettered number of the same year and serial, unless a document writes the
        # two together; a quoted one ("Your ref", "URN") may be the lettered one shortened.
        owners = [key for key in sorted(issued.get(tail, ())) if (tail, key) in together]
        if not owners and len(issued.get(tail, ())) == 1 \
                and not (bare_force and "CRIME" in heads):
            owners = list(issued[tail])
        if len(owners) == 1:
            canonical[tail] = owners[0]
        elif not owners and len(heads) > 1:
            canonical[tail] = f"{next(h for h in _CRIME_FAMILY if h in heads)}/{tail}"

    def resolved(m: Mention) -> Mention:
        head, _, tail = m.key.partition("/")
        if m.kind != "reference" or head not in _CRIME_FAMILY or tail not in canonical:
            return m
        return replace(m, key=canonical[tail])
    return [replace(d, mentions=tuple(resolved(m) for m in d.mentions)) for d in documents]


def _writes_bare_crime_numbers(family: dict[str, set[str]], issued: dict[str, set[str]]) -> bool:
    """Whether some force of the collection writes its crime numbers without letters: more of
    the numbers called crime numbers bare ("Crime No 47036/06") match no force's lettered
    number than match one. Then a bare one that matches is a look-alike, not a shortening."""
    called = [tail for tail, heads in family.items() if "CRIME" in heads]
    matched = sum(1 for tail in called if issued.get(tail))
    return len(called) - matched > matched


def _quoted_numbers(documents: list[SourceDocument]) -> list[SourceDocument]:
    """Documents with a number quoted under a weak label ("Our ref: M04260/2047", keyed
    REF/M/4260/2047) keyed as the collection's one reference of another label with the same
    groups (INCIDENT/M/4260/2047): a correspondent quotes the number the force gave it. Two
    such references (an incident's and a referral's) leave it alone."""
    labelled: dict[str, set[str]] = defaultdict(set)
    for document in documents:
        for m in document.mentions:
            head, _, tail = m.key.partition("/")
            if m.kind == "reference" and head in LABELLED_HEADS and head != "REF":
                labelled[tail].add(m.key)

    def resolved(m: Mention) -> Mention:
        head, _, tail = m.key.partition("/")
        found = labelled.get(tail, set()) if m.kind == "reference" and head == "REF" else set()
        return replace(m, key=next(iter(found))) if len(found) == 1 else m
    return [replace(d, mentions=tuple(resolved(m) for m in d.mentions)) for d in documents]


def _department_numbers(documents: list[SourceDocument]) -> list[SourceDocument]:
    """Documents with a council's number written with its department's letters only ("CSC
    01234", keyed CSC/01234; "CSC1234-04", keyed CSC/2004/01234) keyed as the collection's one
    number of that council with those letters last and that serial, and year when it has one
    (ABC-CSC/01234, ABC-CSC/2004/01234): a council's staff drop their council's own
    initials."""
    keys = {m.key for d in documents for m in d.mentions if m.kind == "reference"}
    whole: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        letters, _, serial = key.partition("/")
        # with a year, only a council's initials in letters ("ODC-FS"), not a code before a
        # force's number ("YP40-KH/1999/12130" is a subject's code and a crime number)
        if "-" in letters and (serial.isdigit() or (
                re.fullmatch(r"\d{4}/\d+", serial) and re.fullmatch(r"[A-Z]{2,5}-[A-Z]{1,4}", letters))):
            whole[f"{letters.rsplit('-', 1)[1]}/{serial}"].add(key)

    def resolved(m: Mention) -> Mention:
        found = whole.get(m.key, set()) if m.kind == "reference" else set()
        return replace(m, key=next(iter(found))) if len(found) == 1 else m
    return [replace(d, mentions=tuple(resolved(m) for m in d.mentions)) for d in documents]


def _completed_numbers(document: SourceDocument) -> SourceDocument:
    """The document with a labelled number it cites without its last group ("Incident S1818")
    keyed as the one longer number it cites that begins with it ("Incident S1818 02082006"):
    an incident's serial is written with and without its day."""
    keys = {m.key for m in document.mentions if m.kind == "reference"}

    def resolved(m: Mention) -> Mention:
        if m.kind != "reference" or m.key.partition("/")[0] not in LABELLED_HEADS:
            return m
        longer = {k for k in keys if k.startswith(f"{m.key}/") and k.count("/") == m.key.count("/") + 1}
        return replace(m, key=next(iter(longer))) if len(longer) == 1 else m
    return replace(document, mentions=tuple(resolved(m) for m in document.mentions))


def _glued_numbers(documents: list[SourceDocument]) -> list[SourceDocument]:
    """Documents with a lettered number written glued after a label ("URN RV9974657", keyed
    URN/RV/9974657) keyed as the collection's one force number it spells: the same letters,
    then its year (two or four digits), then its serial (RV/1999/74657, written "RV-99-74657").
    Alone, the glued digits could be any serial; beside the force's own number they are it."""
    issued: dict[tuple[str, str], set[str]] = defaultdict(set)
    for document in documents:
        for m in document.mentions:
            parts = m.key.split("/")
            if m.kind == "reference" and len(parts) == 3 and parts[0].isalpha() \
                    and parts[0] not in LABELLED_HEADS and parts[0] != "CAD" \
                    and parts[1].isdigit() and len(parts[1]) == 4 and parts[2].isdigit():
                year, serial = parts[1], str(int(parts[2]))
                for spelled in (year[2:] + serial.zfill(5), year + serial.zfill(5),
                                year[2:] + serial, year + serial):
                    issued[(parts[0], str(int(spelled)))].add(m.key)  # as labelled_key keys it

    def resolved(m: Mention) -> Mention:
        parts = m.key.split("/")
        if m.kind != "reference" or len(parts) != 3 or parts[0] not in LABELLED_HEADS \
                or not parts[2].isdigit():
            return m
        found = issued.get((parts[1], parts[2]), set())
        return replace(m, key=next(iter(found))) if len(found) == 1 else m
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


def _written(document: SourceDocument, m: Mention) -> str:
    """A mention as the page writes it (a stored mention's text is its display form)."""
    return document.pages.get(m.page, ("", ""))[0][m.start:m.end] or m.text


def _written_with_year(document: SourceDocument, m: Mention) -> str:
    """A mention as the page writes it, with a year written before its letters that the
    mention left out ("2003 " of "2003 KT 073026")."""
    page = document.pages.get(m.page, ("", ""))[0]
    lead = re.search(r"(?<![\w/\-.])(?:19|20)?\d{2} ?$", page[max(0, m.start - 5):m.start])
    return (lead.group() if lead and page[m.start:m.end] else "") + _written(document, m)


# A scan's text reads a zero as the letter O beside other digits ("FBO1C00412").
_LETTER_FOR_DIGIT = re.compile(r"(?<=[A-Z\d/\-])O(?=\d)|(?<=\d)O(?=[\dA-Z])")


def _misread_digits(documents: list[SourceDocument]) -> list[SourceDocument]:
    """Documents with a reference OCR misread (a zero read as the letter O) keyed as the one
    it spells with the zero, when that is a reference the collection cites elsewhere and the
    misread key is cited nowhere else: a guess a person can check, made only when the rest of
    the collection confirms it."""
    cited: dict[str, set[str]] = defaultdict(set)
    for document in documents:
        for m in document.mentions:
            if m.kind == "reference":
                cited[m.key].add(document.doc_id)

    def resolved(document: SourceDocument, m: Mention) -> Mention:
        written = _written(document, m)
        if m.kind != "reference" or "O" not in written or cited[m.key] != {document.doc_id}:
            return m
        key = reference_key(_LETTER_FOR_DIGIT.sub("0", written))
        return replace(m, key=key) if key and cited.get(key, set()) - {document.doc_id} else m

    return [replace(d, mentions=tuple(resolved(d, m) for m in d.mentions)) for d in documents]


def _day_order(documents: list[SourceDocument]) -> list[SourceDocument]:
    """Documents with an incident number whose six-digit day reads both as DDMMYY and as
    YYMMDD keyed by the reading the collection confirms: the key another document cites in
    another form, or the day the documents citing it state ("Event opened 2003-11-07"
    beside "EVT-031107-288")."""
    citing: dict[str, list[SourceDocument]] = defaultdict(list)
    others: dict[str, str] = {}
    for document in documents:
        for m in document.mentions:
            if m.kind == "reference":
                citing[m.key].append(document)
                if (other := other_day_order(m.key, _written(document, m))) is not None:
                    others[m.key] = other

    def states(key: str, day_of: str) -> bool:
        """Whether the documents citing ``key`` state the day of ``day_of``."""
        day = date.fromisoformat(day_of.split("/")[1])
        return any(d == day for document in citing[key] for text, _c in document.pages.values()
                   for d, _at in dates_in(text))

    chosen = {key: other for key, other in others.items()
              if other in citing or (states(key, other) and not states(key, key))}
    if not chosen:
        return documents
    return [replace(d, mentions=tuple(
        replace(m, key=chosen[m.key]) if m.kind == "reference" and m.key in chosen else m
        for m in d.mentions)) for d in documents]


def _learned_layouts(documents: list[SourceDocument]) -> list[SourceDocument]:
    """Documents with every reference written in a layout the collection uses keyed by its
    identity (search.cases.layouts), and the forms of those references the entity stage did
    not read ("RBK0441702", "HUBQ30412") added where the collection cites them elsewhere."""
    sightings: list[tuple[SourceDocument, Mention, Written]] = []
    for document in documents:
        for m in document.mentions:
            if m.kind == "reference" and (written := written_parts(_written_with_year(document, m))):
                sightings.append((document, m, written))
    layouts = learn_layouts((d.doc_id, w) for d, _m, w in sightings)
    prefixes: dict[str, Counter[str]] = defaultdict(Counter)
    keys: dict[Identity, Counter[str]] = defaultdict(Counter)
    rekeyed: dict[tuple[str, int, int], Identity] = {}
    for document, m, written in sightings:
        if (found := identity(written, layouts)) is not None:
            prefixes[written.issuer][written.prefix] += 1
            keys[found][m.key] += 1
            rekeyed[(document.doc_id, m.page, m.start)] = found
    if not rekeyed:
        return documents
    keyed = {found: identity_key(found, prefixes[found[0]].most_common(1)[0][0])
             if found[1] is not None else min(seen, key=lambda k: (-seen[k], k))
             for found, seen in keys.items()}

    def resolved(document: SourceDocument, m: Mention) -> Mention:
        found = rekeyed.get((document.doc_id, m.page, m.start))
        return replace(m, key=keyed[found]) if found is not None else m
    return [_with_layouts(replace(d, mentions=tuple(resolved(d, m) for m in d.mentions)),
                          layouts, keyed) for d in documents]


def _with_layouts(document: SourceDocument, layouts: dict, keyed: dict[Identity, str]
                  ) -> SourceDocument:
    """The document with the references of learned layouts it writes where no mention is."""
    added = []
    for number, (text, _citation) in document.pages.items():
        taken = [(m.start, m.end) for m in document.mentions + tuple(added)
                 if m.page == number and m.kind == "reference"]
        for written in written_in(text):
            key = keyed.get(identity(written, layouts))  # type: ignore[arg-type]
            if key and all(written.end <= a or written.start >= b for a, b in taken):
                added.append(Mention("reference", key, text[written.start:written.end], number,
                                     written.start, written.end))
                taken.append((written.start, written.end))
    return replace(document, mentions=document.mentions + tuple(added)) if added else document


def cited_references(documents: list[SourceDocument]) -> list[SourceDocument]:
    """The documents with their references made whole (see the module docstring)."""
    documents = _learned_layouts(documents)
    documents = _day_order(_misread_digits(documents))
    documents = _one_key_per_crime_number(_glued_numbers(documents))
    documents = _department_numbers(_quoted_numbers([_completed_numbers(d) for d in documents]))
    return [_dated_incidents(d) for d in _recurring(documents)]
