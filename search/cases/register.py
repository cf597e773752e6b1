"""The case register of one collection, built from its documents: references grouped into
cases, and per case its documents and pages, dates, outcome, people by role and the things
(vehicles, phones, addresses) it names. Pure: documents in (``SourceDocument``), cases out
(``Case``); the references the documents cite are first made whole across the collection
(search.cases.sources); the flags across cases are search.cases.flags, the job is
ingest.job.cases.

Grouping: every reference key is a case, and references a document states together are one
case, joined by union-find over the collection: one sentence ("CAD 1234 refers; crime number
NP/05/1234"), two adjacent sentences tied by "refers", "relates to" or "see also", and the
header block of a form ("Crime No: ... / Incident: ... / Referral: ..."). No case holds two
references of one family (``reference_family``), so look-alikes (a digit apart, another year,
the next incident that day) stay apart. A document citing several cases belongs to each. A
sentence that cites no reference speaks of the case last cited before it in the document (or,
before any, of the first one the document cites; a case cited in passing, "see also" or in
brackets, does not count): that is how an outcome, a date or a role in a statement is given to
its case.

Outcome: the last one recorded, by the date the text states (the sentence's, else the
document's "Date:" line), then position: a later outcome supersedes an earlier one's (an NFA,
then "re-opened": open), whatever order the files come in.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Any

from search.cases.items import (
    Item,
    Line,
    addresses,
    cued_marks,
    letterhead,
    page_lines,
    settled,
)
from search.cases.people import WrittenName, record_names
from search.cases.rules import (
    RoleRule,
    Sentence,
    closed_date,
    dates_in,
    outcome_of,
    reported_date,
    role_of_code,
    role_of_field,
    role_of_name,
    sentences,
    stated_closure,
)
from search.cases.sources import Mention as Mention
from search.cases.sources import SourceDocument as SourceDocument
from search.cases.sources import cited_references
from search.cases.vocabulary import CLOSING
from search.entity_kinds.reference import (
    LABELLED_HEADS,
    prefix_of,
    reference_format,
    reference_key,
    reference_written,
)

# The entity kinds that are items (a postcode alone is not an address: search.cases.items).
ITEM_KINDS = {"vehicle": "vehicle", "phone": "phone"}
SENTENCE_CHARS = 400
ROLE_ORDER = ("officer", "suspect", "subject", "witness")
# "Label: value", "Label<tab>value" or "Label   value" (a form's columns).
_FORM_LINE = re.compile(r"^\s*[A-Za-z][\w .()'&/#-]{0,40}?(?::|\t| {3,})\s*\S.{0,100}$")
_OTHER_CASE = re.compile(r"^\s*(?:previous|prior|earlier|other|similar|linked|related|see)\b",
                         re.IGNORECASE)
# Words that tie one sentence's references to the next one's: "Log 0456 refers. Crime number
# HC/2003/004512 allocated." and "Referral OBC-03-1187 opened. See also CAD 0456."
_LINKS_ON = re.compile(r"\b(?:refers|relates? to|in relation to)\W*$", re.IGNORECASE)
_LINKS_BACK = re.compile(r"^\W*(?:see also|linked to|links? to|relates? to|refers to|"
                         r"this (?:relates|refers|is linked)|(?:same|this) (?:matter|incident|case) "
                         r"(?:is|was) (?:recorded|logged|crimed) (?:as|under))\b", re.IGNORECASE)
_COMPLAINT = re.compile(r"\b(?:complain|alleg|disclos|report(?:ed|s)? (?:that|of|to)|reported)",
                        re.IGNORECASE)


@dataclass(frozen=True)
class Citation:
    doc_id: str
    control: str
    page: int
    citation: str
    sentence: str
    date: date | None

    def as_record(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "control": self.control, "page": self.page,
                "citation": self.citation, "sentence": self.sentence,
                "date": self.date.isoformat() if self.date else None}


@dataclass
class Case:
    """One case as the register builds it (see ``search.cases.records`` for its stored form)."""

    id: str
    references: dict[str, str]  # key -> as first written
    documents: dict[str, SourceDocument] = field(default_factory=dict)
    pages: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    citations: list[Citation] = field(default_factory=list)  # where a reference is cited
    outcomes: list[tuple[tuple, str, str | None, Citation]] = field(default_factory=list)
    reported: list[tuple[date, Citation]] = field(default_factory=list)
    closed: list[tuple[date, Citation]] = field(default_factory=list)
    complaints: list[Citation] = field(default_factory=list)
    roles: dict[str, list[tuple[str, float, str, Citation]]] = field(
        default_factory=lambda: defaultdict(list))
    names: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    kinds: dict[str, str] = field(default_factory=dict)  # person key -> person|anonymised
    items: dict[tuple[str, str], list[Citation]] = field(default_factory=lambda: defaultdict(list))
    item_text: dict[tuple[str, str], str] = field(default_factory=dict)
    corrected: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (role, user)

    # --- derived -------------------------------------------------------------------------

    def outcome(self) -> tuple[str, str | None, Citation | None]:
        """The latest outcome recorded; an NFA that gives no reason takes the reason of the
        latest NFA of the same decision that gives one (a letter's "no further action" after
        the crime report's "no further action, insufficient evidence")."""
        if not self.outcomes:
            return "unknown", None, None
        ordered = sorted(self.outcomes, key=lambda o: o[0])
        _order, outcome, reason, cite = ordered[-1]
        if outcome == "nfa" and reason is None:
            for _o, other, other_reason, _c in reversed(ordered):
                if other != "nfa":
                    break  # an NFA before another outcome was another decision
                if other_reason is not None:
                    return outcome, other_reason, cite
        return outcome, reason, cite

    def role_of(self, key: str) -> tuple[str, float, str, list[Citation]]:
        """A person's role in the case: a correction's, else officer evidence first (a title is
        plain), then suspect, subject, witness; its confidence the best of that role's
        evidence."""
        evidence = self.roles[key]
        if key in self.corrected:
            role, by = self.corrected[key]
            return role, 1.0, f"corrected by {by}", [e[3] for e in evidence]
        role = min((e[0] for e in evidence), key=ROLE_ORDER.index)
        chosen = [e for e in evidence if e[0] == role]
        best = max(chosen, key=lambda e: e[1])
        return role, best[1], best[2], [e[3] for e in chosen]

    def suspects(self) -> set[str]:
        return {k for k in self.roles if self.role_of(k)[0] == "suspect"}

    def force(self) -> str:
        forces = Counter(d.force for d in self.documents.values() if d.force)
        if forces:
            return forces.most_common(1)[0][0]
        owners = [f.owner for k in self.references if (f := reference_format(k)) and f.owner]
        prefixes = [p for k in sorted(self.references) if (p := prefix_of(k))]
        return (owners or prefixes or [""])[0]


def reference_family(key: str) -> tuple[str, str]:
    """A key's scheme and issuer: a case holds at most one reference of each ("HC/2003/04512"
    and "HC/2003/04513" are two cases, as are two incident logs), so a join that would put two
    of a family into one case is refused."""
    found = reference_format(key)
    scheme = found.scheme if found else ""
    head, _, rest = key.partition("/")
    if head == "CAD":
        return scheme, head
    if head in LABELLED_HEADS:  # the label's family, and the letters the number carries
        letters = re.match(r"[A-Z]*", rest).group()  # type: ignore[union-attr]
        return scheme, letters if head in ("CRIME", "REFERRAL") else f"{head}/{letters}"
    return scheme, head


class _Groups:
    """Union-find over reference keys, refusing a union that would hold two references of one
    family (``reference_family``)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.families: dict[str, set[tuple[str, str]]] = {}

    def find(self, key: str) -> str:
        if key not in self.parent:
            self.parent[key] = key
            self.families[key] = {reference_family(key)}
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def join(self, keys: list[str]) -> None:
        for other in keys[1:]:
            a, b = self.find(keys[0]), self.find(other)
            if a == b or self.families[a] & self.families[b]:
                continue
            root, child = min(a, b), max(a, b)
            self.parent[child] = root
            self.families[root] |= self.families.pop(child)


@dataclass(frozen=True)
class _Unit:
    """One sentence of a document, with the mentions in it."""

    document: SourceDocument
    page: int
    sentence: Sentence
    mentions: tuple[Mention, ...]

    def refs(self) -> list[str]:
        return [m.key for m in self.mentions if m.kind == "reference"]

    def cite(self) -> Citation:
        citation = self.document.pages[self.page][1]
        return Citation(self.document.doc_id, self.document.control, self.page, citation,
                        self.sentence.text[:SENTENCE_CHARS], self.document.date)


def _units(document: SourceDocument) -> list[_Unit]:
    by_page: dict[int, list[Mention]] = defaultdict(list)
    for mention in document.mentions:
        by_page[mention.page].append(mention)
    units = []
    for number in sorted(document.pages):
        mentions = sorted(by_page[number], key=lambda m: m.start)
        for sentence in sentences(document.pages[number][0]):
            inside = tuple(m for m in mentions if sentence.start <= m.start < sentence.end)
            units.append(_Unit(document, number, sentence, inside))
    return units


def case_id(collection: str, keys: list[str]) -> str:
    """A case's id: stable while its first reference key is (an operation name, given later
    to a case that has a number, does not count while it has one)."""
    numbers = [key for key in keys if not key.startswith("OPERATION/")]
    digest = hashlib.sha1(f"{collection}\x1f{min(numbers or keys)}".encode()).hexdigest()
    return f"case-{digest[:20]}"


def build_cases(collection: str, documents: list[SourceDocument]) -> list[Case]:
    """The collection's cases (see the module docstring)."""
    documents = cited_references(documents)
    units = {d.doc_id: _units(d) for d in documents}
    groups = _Groups()
    forms: dict[str, list[str]] = defaultdict(list)
    for doc_units in units.values():
        for unit in doc_units:
            page = unit.document.pages[unit.page][0]
            for m in unit.mentions:
                if m.kind == "reference":
                    forms[m.key].append(page[m.start:m.end] or m.text)
            if unit.refs():
                groups.join(unit.refs())
        for before, after in pairwise(doc_units):
            if before.refs() and after.refs() and (_LINKS_ON.search(before.sentence.text)
                                                   or _LINKS_BACK.match(after.sentence.text)):
                groups.join(before.refs() + after.refs())
    # A form's header block next: weaker than one sentence, so a sentence's joins come first.
    for document in documents:
        for keys in _form_blocks(document):
            groups.join(keys)
    written = {key: _as_written(found) for key, found in forms.items()}
    members: dict[str, list[str]] = defaultdict(list)
    for key in written:
        members[groups.find(key)].append(key)
    cases = {root: Case(case_id(collection, keys), {k: written[k] for k in sorted(keys)})
             for root, keys in members.items()}
    for doc_units in units.values():
        _read_document(doc_units, groups, cases)
    _settle_items(list(cases.values()), letterhead(_sightings(documents, groups)))
    return sorted(cases.values(), key=lambda c: min(c.references))


def _as_written(forms: list[str]) -> str:
    """How a case shows a reference: the first form that is a whole reference with its label
    ("OB 1603/01"), not one of its bare sightings ("1603/01" in a sentence)."""
    whole = [form for form in forms if reference_key(form) is not None]
    return reference_written((whole or forms)[0])


def _settle_items(cases: list[Case], boilerplate: set[Item]) -> None:
    """Each case's items as the collection reads them: a letterhead's (a force's own address
    and switchboard, in every letter) dropped, an address without its postcode taken as the
    one address of that street the collection writes with one (``search.cases.items``)."""
    same = settled({key for case in cases for kind, key in case.items if kind == "address"}
                   | {key for kind, key in boilerplate if kind == "address"})

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
               groups: _Groups) -> list[tuple[Item, Line, frozenset[str]]]:
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
            spots += [(("vehicle", key), start) for start, _end, key in _unread_marks(
                text, tuple(m for m in document.mentions if m.page == number))]
            found += [(item, line, cited) for item, at in spots if (line := line_at(at))]
    return found


def _form_blocks(document: SourceDocument) -> list[list[str]]:
    """The references of each header block of a form: consecutive "Label: value" lines (or
    lines that are a reference alone), as in "Crime No: ... / Incident: ... / Referral: ...".
    A line labelled as another case ("Previous", "Linked", "Other") is not in the block."""
    found = []
    for number, (text, _citation) in sorted(document.pages.items()):
        refs = sorted((m.start, m.key) for m in document.mentions
                      if m.page == number and m.kind == "reference")
        block: list[str] = []
        at, blank = 0, False
        for line in [*text.split("\n"), "", ""]:
            start, at = at, at + len(line) + 1
            keys = [k for s, k in refs if start <= s < start + len(line)]
            if not line.strip() and not blank:
                blank = True  # one blank line between a form's fields does not end the block
                continue
            if (_FORM_LINE.match(line) or _reference_alone(line, keys)) \
                    and not _OTHER_CASE.match(line):
                block, blank = block + keys, False
                continue
            if len(block) > 1 and _one_case(block):
                found.append(block)
            block, blank = [], False
    return found


def _one_case(block: list[str]) -> bool:
    """Whether a block of references reads as one case's header: one number of each scheme
    (crime, incident, referral). Two crime numbers, one a line, are a list of cases (a review's
    "Cases reopened: - 27/31836/09 - 14/21687/07"), which joins nothing."""
    schemes = [reference_family(key)[0] for key in set(block)]
    return len(schemes) == len(set(schemes))


def _reference_alone(line: str, keys: list[str]) -> bool:
    """A line that is one labelled reference and nothing else ("URN 14JA0123404"), not a short
    sentence ("Crime 12345/04 was filed.")."""
    return len(keys) == 1 and len(line.split()) <= 5 and not line.rstrip().endswith(".")


def _read_document(units: list[_Unit], groups: _Groups, cases: dict[str, Case]) -> None:
    first = next((u.refs() for u in units if u.refs()), None)
    if first is None:
        return
    current = {groups.find(k) for k in first}
    latest = _narrated(units)
    for position, unit in enumerate(units):
        refs = unit.refs()
        cited = {groups.find(k) for k in refs}
        if refs:
            # A case cited in passing ("see also", "previous", in brackets) is read in this
            # sentence, but the sentences after it still speak of the document's own case.
            own = {groups.find(m.key) for m in unit.mentions
                   if m.kind == "reference" and not _in_passing(unit, m)}
            current = own or current
        cite = unit.cite()
        for root in cited or current:
            _read_sentence(cases[root], unit, cite, (position, latest[position]), bool(refs))


_PASSING = re.compile(r"(?:\bsee(?: also)?|\bprevious(?:ly)?|\bprior|\bearlier|\blinked|\brelated|"
                      r"\bsimilar|\bcf\.?|\bseparate(?:ly)?|\bother|\()\W*(?:\w+\W+){0,3}$",
                      re.IGNORECASE)


def _in_passing(unit: _Unit, mention: Mention) -> bool:
    """Whether a sentence cites a reference as an aside: words like "see also" or "previous",
    or a bracket, just before it."""
    raw = unit.document.pages[unit.page][0]
    return bool(_PASSING.search(raw[max(unit.sentence.start, mention.start - 40) : mention.start]))


def _narrated(units: list[_Unit]) -> list[date]:
    """For each sentence of a document that states no date, the latest it can have happened:
    the earliest date of an outcome the document states after it (a review's "Cases reopened:"
    heading comes before the dated charge that followed the reopening); no limit otherwise.
    Applied to a reopening only: a form's undated "Outcome:" field is its conclusion."""
    own = _document_day(units[0].document) if units else None
    limits, limit = [], date.max
    for unit in reversed(units):
        stated = [d for d, _at in dates_in(unit.sentence.text) if own is None or d <= own]
        limits.append(date.max if stated else limit)
        if stated and outcome_of(unit.sentence.text) is not None:
            limit = min(limit, max(stated))
    return limits[::-1]


def _read_sentence(case: Case, unit: _Unit, cite: Citation, at: tuple[int, date],
                   cites: bool) -> None:
    document, text = unit.document, unit.sentence.text
    if cites:
        case.documents[document.doc_id] = document
        case.pages[document.doc_id].add(unit.page)
        case.citations.append(cite)
    position, latest = at
    found = outcome_of(text)
    when = _when(text, document)
    if found is not None and found.outcome == "open":
        when = min(when, latest)  # a reopening happened before what followed it
    order = (when, document.control, unit.page, position)
    if found is not None:
        case.outcomes.append((order, found.outcome, found.reason, cite))
        if found.outcome in CLOSING and (when := closed_date(text) or _only_date(text)):
            case.closed.append((when, cite))
    elif (when := stated_closure(text)) is not None:
        case.closed.append((when, cite))
    if (reported := reported_date(text)) is not None:
        case.reported.append((reported, cite))
    if _COMPLAINT.search(text):
        case.complaints.append(cite)
    _read_people(case, unit, cite)
    for mention in unit.mentions:
        if mention.kind in ITEM_KINDS:
            item = (ITEM_KINDS[mention.kind], mention.key)
            case.items[item].append(cite)
            case.item_text.setdefault(item, mention.text)
    for start, end, key in _unread_marks(text, unit.mentions):
        case.items[("vehicle", key)].append(cite)
        case.item_text.setdefault(("vehicle", key), text[start:end])
    for _start, _end, key, written in addresses(text):
        case.items[("address", key)].append(cite)
        case.item_text.setdefault(("address", key), written)


def _unread_marks(text: str, mentions: tuple[Mention, ...]) -> list[tuple[int, int, str]]:
    """The vehicle marks a text introduces (``search.cases.items.cued_marks``) that no vehicle
    mention already holds."""
    known = {m.key for m in mentions if m.kind == "vehicle"}
    return [(start, end, key) for start, end, key in cued_marks(text) if key not in known]


def _when(text: str, document: SourceDocument) -> date:
    """When a sentence's outcome was recorded: the latest date the sentence states (not after
    the document's own), else the document's date; files come in any order, so the text's
    dates, not the file order, say which outcome is the latest."""
    own = _document_day(document)
    stated = [d for d, _at in dates_in(text) if own is None or d <= own]
    if stated:
        return max(stated)
    if own is not None:
        return own
    opening = dates_in(document.pages[min(document.pages)][0][:300]) if document.pages else []
    return opening[0][0] if opening else date.min


_DATED = re.compile(r"^\s*(?:date|dated|date of (?:meeting|report|document|entry)|sent)\s*:?\s*",
                    re.IGNORECASE | re.MULTILINE)


def _document_day(document: SourceDocument) -> date | None:
    """A document's date: a "Date:" line on its first page, else its recorded date (the first
    date its opening states is only a fallback: it is often the report's, not the document's).
    A recorded date before every date the first page states is not the document's (a file's
    metadata set to a default): a document is written after what it reports."""
    if not document.pages:
        return document.date
    first = document.pages[min(document.pages)][0]
    for label in _DATED.finditer(first):
        dated = dates_in(first[label.end():label.end() + 40])
        if dated and dated[0][1] == 0:
            return dated[0][0]
    stated = [d for d, _at in dates_in(first)]
    if document.date is not None and stated and document.date < min(stated):
        return None
    return document.date


def _only_date(text: str) -> date | None:
    dated = dates_in(text)
    return dated[0][0] if len(dated) == 1 else None


def _role_in_form(page: str, mention: Mention) -> RoleRule | None:
    """The role a form gives the person its "Name:" line names (``role_of_field``)."""
    line_start = page.rfind("\n", 0, mention.start) + 1
    line_end = page.find("\n", mention.end)
    line_end = len(page) if line_end < 0 else line_end
    before = [line for line in page[:line_start].split("\n") if line.strip()]
    after = [line for line in page[line_end:].split("\n") if line.strip()]
    return role_of_field(before[-8:], page[line_start:line_end], after[:2])


def _people(unit: _Unit, at: int) -> list[tuple[Mention, bool]]:
    """A sentence's people: its anonymised codes and person mentions, a mention that a name
    written in a record style overlaps ("Suspect Ramsden" in "Suspect RAMSDEN Saleem") read
    as that name, and the record-style names no mention covers (``search.cases.people``),
    each with whether it is such an addition (kept only as a suspect: a role's words beside a
    capitalised pair are the evidence it is a name)."""
    written = record_names(unit.sentence.text)
    used: set[WrittenName] = set()
    found: list[tuple[Mention, bool]] = []
    for mention in unit.mentions:
        if mention.kind == "person":
            name = next((n for n in written if n.start < mention.end - at
                         and mention.start - at < n.end), None)
            if name is not None:
                used.add(name)
                mention = Mention("person", name.key, name.display, mention.page,
                                  name.start + at, name.end + at)
        if mention.kind in ("person", "anonymised"):
            found.append((mention, False))
    found += [(Mention("person", n.key, n.display, unit.page, n.start + at, n.end + at), True)
              for n in written if n not in used]
    return found


def _read_people(case: Case, unit: _Unit, cite: Citation) -> None:
    text, offset = unit.sentence.text, unit.sentence.start
    raw = unit.document.pages[unit.page][0]
    lead = len(raw[offset:]) - len(raw[offset:].lstrip())
    for mention, added in _people(unit, offset + lead):
        if mention.kind == "anonymised":
            found = role_of_code(mention.key)
        else:
            start = mention.start - offset - lead
            end = mention.end - offset - lead
            # The words as written: a mention's span may hold the title its text dropped.
            found = role_of_name(text[:max(start, 0)], text[max(start, 0):end], text[end:]) \
                or _role_in_form(raw, mention)
        if found is None or (added and found.role != "suspect"):
            continue
        case.roles[mention.key].append((found.role, found.confidence, found.rule, cite))
        case.names[mention.key][mention.text] += 1
        case.kinds[mention.key] = mention.kind
