"""One case as the register builds it (``Case``), the citation of a sentence (``Citation``), and
a document read as sentences with the mentions in each (``Unit``, ``units``): what the grouping
(search.cases.grouping) and the reading (search.cases.reading) of the register share. The
stored form of a case is search.cases.records.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from search.cases.roles import CLEARED
from search.cases.rules import Sentence, sentences
from search.cases.sources import Mention, SourceDocument
from search.entity_kinds.reference import prefix_of, reference_format

SENTENCE_CHARS = 400
ROLE_ORDER = ("officer", "suspect", "subject", "witness")
SCHEME_ORDER = ("crime", "incident", "referral", "operation")


def scheme_rank(key: str) -> tuple[int, str]:
    """Where a reference key stands when a case is named: crime numbers first, then incident
    logs, referrals and operations; a key of no known format last."""
    found = reference_format(key)
    rank = SCHEME_ORDER.index(found.scheme) if found and found.scheme in SCHEME_ORDER else \
        len(SCHEME_ORDER)
    return rank, key


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


# The fields of a case where the first reading's value stands (the text an item or a name was
# first written in); every other single value is the latest reading's.
_FIRST_WRITTEN = {"item_text", "spelt"}


def _add(name: str, mine: Any, theirs: Any) -> None:
    """A later reading's value of one field of a case added to this one's (``Case.absorb``)."""
    if isinstance(mine, list):
        mine.extend(theirs)
    elif isinstance(mine, defaultdict) and mine.default_factory in (list, set, Counter):
        for key, values in theirs.items():
            held = mine[key]
            if isinstance(held, list):
                held.extend(values)
            elif isinstance(held, set):
                held |= values
            else:
                held.update(values)
    elif isinstance(mine, dict) and name in _FIRST_WRITTEN:
        for key, value in theirs.items():
            mine.setdefault(key, value)
    elif isinstance(mine, dict) and not isinstance(mine, defaultdict):
        mine.update(theirs)
    else:
        raise TypeError(f"Case.absorb cannot add the field {name!r} ({type(mine).__name__})")


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
    # person key -> the dates of birth written beside the name: two of one name born on
    # different days are two people ("Jason Holt (04/11/1972)" and "(19/01/1985)").
    births: dict[str, set[date]] = field(default_factory=lambda: defaultdict(set))
    # person key -> the ages and the records-system numbers written beside the name: two of one
    # name aged 19 and 42 in cases a year apart, or numbered N0123456 and N0654321, are two.
    ages: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    numbers: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # person key -> the years of birth written beside the name ("(YOB 1970)", "born 1970").
    born: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    # person key -> the birthplaces written beside the name ("(born Leeds)"): namesakes.
    places: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # person key -> the names the person is known by, written beside the name ('(known as
    # "Tash")'): two of one name known by different names are two people.
    known_as: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # person key -> the National Insurance numbers and the occupations written beside the name
    # ("X, NINO AB 12 34 56 C", "X (occ. roofer)"): namesakes they tell apart are two people.
    insurance: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    occupations: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # person key -> the descriptions written beside the name, each its label and first words
    # ("height: 183 cm", "build: slim"): namesakes of another height or build are two.
    descriptions: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    items: dict[tuple[str, str], list[Citation]] = field(default_factory=lambda: defaultdict(list))
    item_text: dict[tuple[str, str], str] = field(default_factory=dict)
    corrected: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (role, user)
    # person key -> the documents whose text (or whose scans, read by OCR) write the name, with
    # or without a role, and one form the text writes (search.cases.spellings reads a name
    # misread in a scan as the one the collection's text writes)
    written_in: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    scanned_in: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    spelt: dict[str, str] = field(default_factory=dict)

    def rename(self, key: str, to: str, written: str) -> None:
        """The person ``key`` read as ``to``, written ``written`` (``key`` misreads their
        name): their evidence and identifying details joined to theirs."""
        if key in self.names:
            self.names[to][written] += sum(self.names.pop(key).values())
        for held in (self.roles, self.births, self.ages, self.numbers, self.born, self.places,
                     self.known_as, self.insurance, self.occupations, self.descriptions,
                     self.written_in,
                     self.scanned_in):
            if key in held:
                found = held.pop(key)
                if isinstance(found, set):
                    held[to] |= found  # type: ignore[operator]
                else:
                    held[to] += found  # type: ignore[operator]
        if key in self.kinds:
            self.kinds.setdefault(to, self.kinds.pop(key))
        self.spelt.pop(key, None)

    def absorb(self, later: Case, documents: dict[str, SourceDocument]) -> None:
        """What another reading of this case found in documents read after this one's
        (search.cases.register reads a collection's documents in runs, perhaps in other
        processes), added as if one reading had read them all in order: lists extended, sets
        joined, counts added, a first-written text kept (``_FIRST_WRITTEN``), any other value
        the later one. ``later`` holds its documents by id only (``documents``: the
        collection's, by id). Every field is added by its kind, so a field added to the case
        is merged too; one of a kind not known here raises."""
        for doc_id in later.documents:
            self.documents[doc_id] = documents[doc_id]
        for name in (f.name for f in fields(self) if f.name not in ("id", "references",
                                                                       "documents")):
            _add(name, getattr(self, name), getattr(later, name))

    def found_nothing(self) -> bool:
        """Whether a reading gave this case nothing (no document, sentence or person)."""
        return self == Case(self.id, self.references)

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
        evidence. A person the case clears is no suspect: their other role, else ``CLEARED``
        (listed nowhere)."""
        evidence = self.roles[key]
        if key in self.corrected:
            role, by = self.corrected[key]
            return role, 1.0, f"corrected by {by}", [e[3] for e in evidence]
        if any(e[0] == CLEARED for e in evidence):
            # cleared: their suspect evidence no longer counts; a role of another kind stands
            evidence = [e for e in evidence if e[0] not in ("suspect", CLEARED)] or \
                [e for e in evidence if e[0] == CLEARED]
            if evidence[0][0] == CLEARED:
                return CLEARED, evidence[0][1], evidence[0][2], [e[3] for e in evidence]
        role = min((e[0] for e in evidence), key=ROLE_ORDER.index)
        chosen = [e for e in evidence if e[0] == role]
        best = max(chosen, key=lambda e: e[1])
        return role, best[1], best[2], [e[3] for e in chosen]

    def suspects(self) -> set[str]:
        return {k for k in self.roles if self.role_of(k)[0] == "suspect"}

    def leading_keys(self) -> list[str]:
        """The case's reference keys, its crime numbers first, then its incident logs, its
        referrals and its operations (alphabetically within each)."""
        return sorted(self.references, key=scheme_rank)

    def force(self) -> str:
        """The force or council whose case it is. A declared series says whose its numbers are,
        so the owner of the leading declared reference comes first: the documents citing a
        case come from every agency it touched (a council's minutes cite the police's crime
        number), and their folders may name only the kind of agency ("council"). Without a
        declaration, the organisation most of its documents come from, else the prefix of its
        leading reference."""
        leading = self.leading_keys()
        owners = [f.owner for k in leading if (f := reference_format(k)) and f.owner]
        if owners:
            return owners[0]
        forces = Counter(d.force for d in self.documents.values() if d.force)
        if forces:
            return forces.most_common(1)[0][0]
        prefixes = [p for k in leading if (p := prefix_of(k))]
        return (prefixes or [""])[0]


@dataclass(frozen=True)
class Unit:
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


def units(document: SourceDocument) -> list[Unit]:
    by_page: dict[int, list[Mention]] = defaultdict(list)
    for mention in document.mentions:
        by_page[mention.page].append(mention)
    units = []
    for number in sorted(document.pages):
        mentions = sorted(by_page[number], key=lambda m: m.start)
        for sentence in sentences(document.pages[number][0]):
            inside = tuple(m for m in mentions if sentence.start <= m.start < sentence.end)
            units.append(Unit(document, number, sentence, inside))
    return units
