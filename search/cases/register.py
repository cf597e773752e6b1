"""The case register of one collection, built from its documents: references grouped into
cases, and per case its documents and pages, dates, outcome, people by role and the things
(vehicles, phones, addresses) it names. Pure: documents in (``SourceDocument``), cases out
(``Case``, search.cases.case). The steps:

- the references the documents cite made whole across the collection (search.cases.sources);
- grouped into cases (search.cases.grouping);
- each document's sentences read into its cases: outcomes, dates, people, items
  (search.cases.reading);
- the items settled across the collection: a letterhead's dropped, an address without its
  postcode taken as the one written with it (search.cases.items).

The flags across cases are search.cases.flags; the job is ingest.job.cases.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import replace

from search.cases.bags import bagged_references
from search.cases.case import Case as Case
from search.cases.case import Citation as Citation
from search.cases.case import Unit, units
from search.cases.codes import coded_references, value_span
from search.cases.declarations import bare_as_declared, declared_references
from search.cases.grouping import Groups, join_references
from search.cases.items import Item, Line, addresses, letterhead, page_lines, settled, town_of
from search.cases.layouts import LABEL_HEADS, written_parts
from search.cases.people import nicknames
from search.cases.reading import ITEM_KINDS, read_document, unread_marks
from search.cases.roles import RANKS
from search.cases.rules import writes_month_first
from search.cases.sources import Mention as Mention
from search.cases.sources import SourceDocument as SourceDocument
from search.cases.sources import cited_references
from search.cases.spellings import code_page_misreads, misread_names
from search.entity_kinds.reference import (
    DECLARED_HEAD,
    LABELLED_HEADS,
    reference_key,
    reference_written,
)
from search.entity_kinds.reference_declared import DeclaredFormat
from search.parallel import Mapper, slices


def case_id(collection: str, keys: list[str]) -> str:
    """A case's id: stable while its first reference key is (an operation name, given later
    to a case that has a number, does not count while it has one)."""
    numbers = [key for key in keys if not key.startswith("OPERATION/")]
    digest = hashlib.sha1(f"{collection}\x1f{min(numbers or keys)}".encode()).hexdigest()
    return f"case-{digest[:20]}"


def build_cases(collection: str, documents: list[SourceDocument],
                formats: tuple[DeclaredFormat, ...] = (), mapper: Mapper | None = None
                ) -> list[Case]:
    """The collection's cases (see the module docstring); ``formats``: the reference formats
    the collection declares, read before the collection-wide passes and kept after them
    (search.cases.declarations); ``mapper``: where the documents' sentences may be read in
    runs (search.parallel; here, when None)."""
    documents = [declared_references(d, formats) for d in _without_collar_numbers(documents)]
    documents = coded_references(cited_references(documents))
    if not formats:  # the chooser reads the files' own layouts where the user declared none
        documents = bagged_references(documents)
    documents = _without_aliases(_without_nicknames(_without_collar_numbers(documents)))
    documents = _without_shared_dates([declared_references(d, formats) for d in documents])
    if formats:  # "crime 03751" beside the declared number it shortens, in one document
        documents = [bare_as_declared(d) for d in documents]
    documents = _date_orders(documents)
    read = {d.doc_id: units(d) for d in documents}
    groups = join_references(read, documents)
    forms: dict[str, list[str]] = defaultdict(list)
    for doc_units in read.values():
        for unit in doc_units:
            page = unit.document.pages[unit.page][0]
            for m in unit.mentions:
                if m.kind == "reference":
                    forms[m.key].append(page[m.start:m.end] or m.text)
    written = {key: _as_written(key, found) for key, found in forms.items()}
    members: dict[str, list[str]] = defaultdict(list)
    for key in written:
        members[groups.find(key)].append(key)
    cases = {root: Case(case_id(collection, keys), {k: written[k] for k in sorted(keys)})
             for root, keys in members.items()}
    _read_sentences(read, groups, cases, mapper)
    _read_right(list(cases.values()))
    _settle_items(list(cases.values()), letterhead(_sightings(documents, groups)))
    return sorted(cases.values(), key=lambda c: min(c.references))


def _template(document: SourceDocument) -> str:
    """A document's kind as its first line's first words say it, without numbers ("status
    history for crime"): a records system prints every record of a kind alike."""
    first = next((line for text, _c in document.pages.values() for line in text.splitlines()
                  if line.strip()), "")
    return " ".join(re.sub(r"[^a-z ]", " ", first.lower()).split()[:4])


def _date_orders(documents: list[SourceDocument]) -> list[SourceDocument]:
    """The documents with ``month_first`` set where their kind (``_template``) writes numeric
    dates month first: some record of the kind has a date only that order reads and none has
    one only the day-first order reads (a record whose dates are all ambiguous, "04/12/2001",
    is read as its kind's others are)."""
    kind_of = {d.doc_id: _template(d) for d in documents}
    kinds: dict[str, list[SourceDocument]] = defaultdict(list)
    for document in documents:
        kinds[kind_of[document.doc_id]].append(document)
    american = {kind for kind, found in kinds.items() if kind and writes_month_first(
        text for document in found for text, _c in document.pages.values())}
    return [replace(d, month_first=True) if kind_of[d.doc_id] in american else d
            for d in documents]


# Fewer documents than this are read here: sending them to other processes would cost more
# than reading them. More are read in runs of consecutive documents, a few per process.
_READ_APART_FROM = 200
_RUNS = 8


def _read_sentences(read: dict[str, list[Unit]], groups: Groups, cases: dict[str, Case],
                    mapper: Mapper | None) -> None:
    """Every document's sentences read into its cases (search.cases.reading): here, or in
    runs of consecutive documents by ``mapper``, each run's findings then added to the cases
    in the documents' order (``Case.absorb``), which gives the cases one reading would."""
    if mapper is None or len(read) < _READ_APART_FROM:
        for doc_units in read.values():
            read_document(doc_units, groups, cases)
        return
    blank = {root: (case.id, case.references) for root, case in cases.items()}
    # The documents go, not their sentences: far fewer objects to pickle, and cut again there.
    documents = {doc_id: doc_units[0].document for doc_id, doc_units in read.items() if doc_units}
    runs = slices(list(documents.values()), _RUNS)
    for found in mapper(read_run, [(run, groups, blank) for run in runs]):
        for root, case in found.items():
            cases[root].absorb(case, documents)


def read_run(run: list[SourceDocument], groups: Groups,
             blank: dict[str, tuple[str, dict[str, str]]]) -> dict[str, Case]:
    """One run of documents read into cases of its own (``blank``: each case's id and
    references, by its root in ``groups``): the cases it found something for, their
    documents held by id only (the caller has them; a pool's process sends back less)."""
    cases = {root: Case(case_id, references) for root, (case_id, references) in blank.items()}
    for document in run:
        read_document(units(document), groups, cases)
    found = {root: case for root, case in cases.items() if not case.found_nothing()}
    for case in found.values():
        case.documents = dict.fromkeys(case.documents)  # type: ignore[arg-type]
    return found


# A recorded date a tenth of the collection's documents carry (and at least this many) is the
# export's or the writing tool's default, not the day of each document.
_SHARED_DATE_DOCUMENTS = 10


def _without_shared_dates(documents: list[SourceDocument]) -> list[SourceDocument]:
    """The documents without a recorded date that so many carry it says nothing of each
    (a file's metadata set to a default: "2000-01-01" on every PDF a system wrote); their
    dates then come from their text."""
    counts = Counter(d.date for d in documents if d.date is not None)
    shared = {day for day, count in counts.items()
              if count >= max(_SHARED_DATE_DOCUMENTS, len(documents) / 10)}
    return [replace(d, date=None) if d.date in shared else d for d in documents]


def _read_right(cases: list[Case]) -> None:
    """Every case's misread names read as the names the collection writes right
    (search.cases.spellings)."""
    documents: dict[str, set[str]] = defaultdict(set)
    spelt: dict[str, str] = {}
    for case in cases:
        for key, found in case.written_in.items():
            documents[key] |= found
        for key in case.scanned_in:
            documents.setdefault(key, set())
        for key, written in case.spelt.items():
            # a form with the diacritics the OCR spoils wins
            if key not in spelt or (spelt[key].isascii() and not written.isascii()):
                spelt[key] = written
    renamed = misread_names({key: (len(found), spelt.get(key, key)) for key, found in documents.items()})
    for case in cases:
        for key in [k for k in case.scanned_in if k in renamed]:
            case.rename(key, renamed[key], spelt[renamed[key]])
    # a text file read in the wrong code page: its names are the ones the collection writes
    recoded = code_page_misreads(spelt)
    for case in cases:
        for key in [k for k in {*case.names, *case.roles} if k in recoded]:
            case.rename(key, recoded[key], spelt[recoded[key]])


def _without_nicknames(documents: list[SourceDocument]) -> list[SourceDocument]:
    """Documents whose person mentions hold a nickname the collection writes in quotes
    ('Saleem "Tash" Ramsden', keyed "saleem tash ramsden" by the names stage) keyed and shown
    without it, wherever the mention is: the nickname is no part of the name."""
    renamed = nicknames([text for d in documents for text, _c in d.pages.values()])
    if not renamed:
        return documents

    def plain(m: Mention) -> Mention:
        if m.kind != "person" or m.key not in renamed:
            return m
        key = renamed[m.key]
        text = m.text if m.text.lower() != m.key else key.title()
        return replace(m, key=key, text=text)
    return [replace(d, mentions=tuple(plain(m) for m in d.mentions)) for d in documents]


# An officer's rank and collar number ("OIC PC 6861", "Officer in charge: TDC 6189", "Passed to
# TDC 6189 Kensa Loosemore"): read as a council's number by its letters ("OIC" or "TDC" ending
# in a council's "C"), it is a person's, and the sentences after it are not a case of their
# own. Told by the "officer in charge" before it, or by the rank alone and a name after it.
_COLLAR = re.compile(rf"\b(?:OIC|(?i:officer in (?:the )?(?:case|charge)))\s*[:\-]?\s*(?i:{RANKS})\.?\s*"
                     r"\d{3,5}$")
_RANK_AND_COLLAR = re.compile(rf"{RANKS}\.?\s*\d{{3,5}}")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]")


def _without_collar_numbers(documents: list[SourceDocument]) -> list[SourceDocument]:
    """Documents without the reference mentions that are an officer's rank and collar
    number."""
    def collar(document: SourceDocument, m: Mention) -> bool:
        if m.kind != "reference":
            return False
        page = document.pages.get(m.page, ("", ""))[0]
        return bool(_COLLAR.search(page[max(0, m.start - 24):m.end])) or (
            bool(_RANK_AND_COLLAR.fullmatch(page[m.start:m.end]))
            and bool(_NAME_AFTER.match(page[m.end:m.end + 30])))
    return [replace(d, mentions=tuple(m for m in d.mentions if not collar(d, m))) for d in documents]


# An alias written after a name: "Jason HOLT a.k.a. 'Bear'", "Jason Holt, alias Bear".
_ALIAS_BEFORE = re.compile(r"\b(?:a\.?k\.?a\.?|alias|known as)\s*['\u2018\"\u201c]?$", re.IGNORECASE)


def _without_aliases(documents: list[SourceDocument]) -> list[SourceDocument]:
    """Documents without the person mentions that are an alias after a name: the alias is
    no person of its own (the register reports the name alone)."""
    def alias(document: SourceDocument, m: Mention) -> bool:
        page = document.pages.get(m.page, ("", ""))[0]
        return m.kind == "person" and bool(_ALIAS_BEFORE.search(page[max(0, m.start - 20):m.start]))
    return [replace(d, mentions=tuple(m for m in d.mentions if not alias(d, m)))
            for d in documents]


# A lower-case word inside a form: the form is a shape written in words ("111 crime 50026
# (2008)"), whose anchor ("beat") the mention leaves out, so it names no number on its own.
_WORDED = re.compile(r"\b[a-z]{2,}\b")


def _declared_written(forms: list[str]) -> str:
    """How a declared format's reference is shown: the form the collection most often writes
    as a code ("BS08B111-50026", "B111 50026 BS08") rather than in words, whose mention lacks
    its anchor; ties go to the first in sorted order, so the shown form does not depend on the
    order the documents were read in."""
    coded = [form for form in forms if not _WORDED.search(form)] or forms
    counts = Counter(coded)
    return min(counts, key=lambda form: (-counts[form], form))


def _as_written(key: str, forms: list[str]) -> str:
    """How a case shows a reference: the first form that is a whole reference with its label
    ("OB 1603/01"), not one of its bare sightings ("1603/01" in a sentence) nor a scan's
    misreading of it ("FBO1C00412", keyed otherwise on its own). A declared format's
    reference is shown as the collection most often writes it."""
    if key.startswith(f"{DECLARED_HEAD}/"):
        return _declared_written(forms)
    keyed = [form for form in forms if reference_key(form) == key]
    whole = keyed or [form for form in forms if reference_key(form) is not None]
    # a form that writes the issuer's letters whole ("ABC-R-041275", not "R1275/2004" of it)
    issuer = _letters(key.partition("/")[0])
    lettered = [form for form in (whole or forms) if issuer <= _letters(form.upper())]
    if not lettered and whole:  # a form written in words ("73598 of 2007") after its label
        lettered = [form for form in forms if issuer <= _letters(form.upper())]
    form = (lettered or whole or forms)[0]
    # "CRN 04-12108": letters a label shares with the force's layout are part of the reference.
    token = written_parts(form)
    if token is not None and key.startswith(f"{LABEL_HEADS.get(token.issuer)}/"):
        return form[token.start:token.end]
    shown = reference_written(form)
    span = value_span(shown)  # without a label written in capitals ("OCCURRENCE 97 0009 0432")
    if span is None or span[1] != len(shown):
        return shown
    # but with the issuer's own letters, which no label is ("CCWEB/0499/08" of CCWEB/2008/00499)
    own = issuer - set(LABELLED_HEADS)
    return shown if own & _letters(shown[:span[0]].upper()) else shown[span[0]:]


def _letters(text: str) -> set[str]:
    """The runs of capitals a key or a written form holds ("CCWEB", "HF")."""
    return set(re.findall(r"[A-Z]+", text))


def _settle_items(cases: list[Case], boilerplate: set[Item]) -> None:
    """Each case's items as the collection reads them: a letterhead's (a force's own address
    and switchboard, in every letter) dropped, an address without its postcode taken as the
    one address of that street the collection writes with one (``search.cases.items``)."""
    towns = {key: town for case in cases for (kind, key), written in case.item_text.items()
             if kind == "address" and (town := town_of(written))}
    same = settled({key for case in cases for kind, key in case.items if kind == "address"}
                   | {key for kind, key in boilerplate if kind == "address"}, towns)

    def settle(kind: str, key: str) -> Item:
        return (kind, same[key]) if kind == "address" else (kind, key)

    dropped = {settle(*item) for item in boilerplate}
    for case in cases:
        items, written = case.items, case.item_text
        case.items, case.item_text = defaultdict(list), {}
        for (kind, key), cites in items.items():
            if (item := settle(kind, key)) in dropped:
                continue
            case.items[item] += cites
            case.item_text.setdefault(item, written[(kind, key)])


def _sightings(documents: list[SourceDocument],
               groups: Groups) -> list[tuple[Item, Line, frozenset[str]]]:
    """Every item of every document, with the line it is on and the cases the document cites
    (what ``search.cases.items.letterhead`` reads)."""
    found: list[tuple[Item, Line, frozenset[str]]] = []
    for document in documents:
        refs = sorted((m.page, m.start) for m in document.mentions if m.kind == "reference")
        if not refs or not document.pages:
            continue
        cited = frozenset(groups.find(m.key) for m in document.mentions if m.kind == "reference")
        first_page = min(document.pages)
        for number, (text, _citation) in document.pages.items():
            line_at = page_lines(document.doc_id, text, number == first_page,
                                 refs[0][1] if refs[0][0] == number else None)
            spots = [((ITEM_KINDS[m.kind], m.key), m.start) for m in document.mentions
                     if m.page == number and m.kind in ITEM_KINDS]
            spots += [(("address", key), start) for start, _end, key, _w in addresses(text)]
            spots += [(("vehicle", key), start) for start, _end, key in unread_marks(
                text, tuple(m for m in document.mentions if m.page == number))]
            found += [(item, line, cited) for item, at in spots if (line := line_at(at))]
    return found
