"""What the register flags for re-examination, each flag with a reason a person can check
and the citations it rests on:

- closed early: closed (NFA, filed, cautioned) within N days of the report (N per collection);
- suspect elsewhere: an NFA while one of its suspects is a suspect in another case;
- shared vehicle, phone or address: the same one in two or more cases whose suspects differ
  (or are not known);
- no outcome: a complaint recorded and no outcome;
- linked: given with every flag that links the case to another.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from search.cases.register import Case, Citation
from search.cases.vocabulary import (
    CLOSED_EARLY,
    CLOSING,
    NO_OUTCOME,
    OUTCOME_LABELS,
    SHARED,
    SUSPECT_ELSEWHERE,
)

# A flag names this many other cases at most, then how many more: a phone or a suspect in
# hundreds of cases (a taxi firm's number, a prolific offender) is one readable lead, and
# listing every pair of its cases would make the register's work grow with their square.
MAX_LISTED = 20
# Of a suspect's other cases, this many at most are compared name by name (``_told_apart``);
# the rest are counted as cases that record a suspect of that name.
MAX_COMPARED = 200


@dataclass
class Flag:
    flag: str
    reason: str
    citations: list[Citation]
    linked: list[str] = field(default_factory=list)  # other cases' ids


def reported(case: Case) -> tuple[date, Citation | None] | None:
    """When the case was reported: the earliest date the text states, else its first
    document's date (no citation: not stated)."""
    if case.reported:
        return min(case.reported, key=lambda r: r[0])
    dated = [c for c in case.citations if c.date]
    return (min(c.date for c in dated if c.date), None) if dated else None


def closed(case: Case) -> tuple[date, Citation | None] | None:
    """When a closed case was closed: the date its closing sentence states, else the date of
    the document that records the outcome (cited: the outcome's sentence)."""
    outcome, _reason, cite = case.outcome()
    if outcome not in CLOSING or cite is None:
        return None
    stated = [c for c in case.closed if c[1] == cite]
    if stated:
        return stated[-1]
    # "Date closed: ..." in a sentence of its own, no earlier than the outcome's document.
    apart = [c for c in case.closed if cite.date is None or c[0] >= cite.date]
    if apart:
        return max(apart, key=lambda c: c[0])
    return (cite.date, cite) if cite.date else None


def _outcome_words(case: Case) -> str:
    outcome, reason, _cite = case.outcome()
    return OUTCOME_LABELS[outcome] + (f" ({reason})" if reason else "")


def closed_early(case: Case, days: int) -> Flag | None:
    start, end = reported(case), closed(case)
    # A closure read before the report says one of the two days is misread, not that the case
    # closed early.
    if start is None or end is None or not 0 <= (end[0] - start[0]).days <= days:
        return None
    if start[1] is None and _dated_only_by(case, end[1]):
        return None  # a closing report alone: no day says when the case was reported
    gap = (end[0] - start[0]).days
    said = "reported" if start[1] else "first dated"
    reason = (f"{_outcome_words(case)} on {end[0].isoformat()}, {gap} days after it was {said} "
              f"on {start[0].isoformat()} (limit {days} days)")
    return Flag(CLOSED_EARLY, reason, [c for c in (start[1], end[1]) if c is not None])


def _dated_only_by(case: Case, closing: Citation | None) -> bool:
    """Every dated document of the case is the one that records its closure: its first date
    is the closure's own, so the gap between report and closure is unknown, not nought."""
    return closing is not None and all(c.doc_id == closing.doc_id for c in case.citations if c.date)


def same_person(key: str) -> str:
    """What two cases' suspects must share to be one person: the first and the last word of
    the name, in either order, so "Jason Paul HOLT" in one force's files is "Jason Holt
    (04/11/1972)" in another's, and "Holt JASON" (surname first, the forename in capitals)
    is "Jason Holt"."""
    words = key.split()
    return " ".join(sorted({words[0], words[-1]})) if words else key


def person_keys(key: str) -> set[str]:
    """The keys under which two cases' suspects may be one person: the first and last words
    (``same_person``), and for a name of three words or more all its words in any order, as
    one tradition writes the family name first and another last ("Lakatos Gyula Ödön" and
    "Gyula Ödön LAKATOS")."""
    words = key.split()
    whole = {" ".join(sorted(words))} if len(words) >= 3 else set()
    return {same_person(key)} | whole


def _born_in(case: Case, key: str) -> set[int]:
    """The years a person can have been born in: the years of birth the case writes beside
    the name, and by the ages it writes, at the case's report (an age is a year either side of
    a birthday)."""
    written = set(case.born.get(key, ()))
    start = reported(case)
    if start is None:
        return written
    return written | {start[0].year - age - late for age in case.ages.get(key, ()) for late in (0, 1)}


def _told_apart(case: Case, key: str, other: Case, found: str) -> bool:
    """Whether what the two cases write beside one name says they are two people: dates of
    birth, records-system numbers, birth years (by their ages), birthplaces, the names each
    is known by, National Insurance numbers or occupations with none in common, or
    middle names written in both and none in common ("Jason Paul Holt", "Jason Lee Holt")."""
    pairs = ((case.births.get(key), other.births.get(found)),
             (case.numbers.get(key), other.numbers.get(found)),
             (_born_in(case, key), _born_in(other, found)),
             (case.places.get(key), other.places.get(found)),
             (case.known_as.get(key), other.known_as.get(found)),
             (case.insurance.get(key), other.insurance.get(found)),
             (case.occupations.get(key), other.occupations.get(found)))
    pairs += tuple(_described_as(case, key, other, found))
    middles = [key.split()[1:-1], found.split()[1:-1]]
    reordered = sorted(key.split()) == sorted(found.split())  # one name, another order
    return any(one and two and not set(one) & set(two) for one, two in pairs) or (
        all(middles) and not reordered and not set(middles[0]) & set(middles[1]))


def _described_as(case: Case, key: str, other: Case, found: str
                  ) -> list[tuple[set[str], set[str]]]:
    """The descriptions of one kind (height, hair, mark) both cases write beside the name."""
    mine, theirs = case.descriptions.get(key, set()), other.descriptions.get(found, set())
    labels = {d.split(":")[0] for d in mine} & {d.split(":")[0] for d in theirs}
    return [({d for d in mine if d.startswith(f"{label}:")},
             {d for d in theirs if d.startswith(f"{label}:")}) for label in sorted(labels)]


def _elsewhere(case: Case, key: str, other: Case) -> str | None:
    """The other case's suspect who is this case's ``key``: the same name, and nothing written
    beside it that tells the two apart (``_told_apart``)."""
    for found in sorted(other.suspects()):
        if person_keys(found) & person_keys(key) and not _told_apart(case, key, other, found):
            return found
    return None


def _more(listed: int, total: int, what: str) -> str:
    return f" and {total - listed} {what}" if total > listed else ""


def suspect_elsewhere(case: Case, by_suspect: dict[str, list[Case]],
                      display: dict[str, str]) -> list[Flag]:
    if case.outcome()[0] != "nfa":
        return []
    flags = []
    for key in sorted(case.suspects()):
        holders = {o.id: o for k in sorted(person_keys(key)) for o in by_suspect[k]}
        holders.pop(case.id, None)
        compared = list(itertools.islice(holders.values(), MAX_COMPARED))
        found = ((o, f) for o in compared if (f := _elsewhere(case, key, o)) is not None)
        others = list(itertools.islice(found, MAX_LISTED))
        if not others:
            continue
        matched = len(others) + sum(1 for _o in found)  # the compared cases not listed
        refs = ", ".join(o.references[min(o.references)] for o, _found in others)
        reason = (f"NFA while {display.get(key, key)}, a suspect here, is a suspect in {refs}"
                  + _more(len(others), matched, "other cases")
                  + _more(len(compared), len(holders),
                          "more cases record a suspect of that name (not compared)"))
        citations = case.role_of(key)[3][:1] + [o.role_of(found)[3][0] for o, found in others]
        flags.append(Flag(SUSPECT_ELSEWHERE, reason, citations, [o.id for o, _found in others]))
    return flags


def _suspects_differ(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two cases' suspects (``same_person`` keys) differ: a vehicle in two cases of one
    suspect links nothing new, but in two cases whose suspects are unknown it is a lead."""
    return one != other or not one


def _differing(case: Case, held: Iterable[Case], suspects: dict[str, frozenset[str]]
               ) -> Iterable[Case]:
    return (o for o in held if o.id != case.id
            and _suspects_differ(suspects[case.id], suspects[o.id]))


def shared_items(cases: list[Case]) -> dict[str, list[Flag]]:
    """Per case id, its shared vehicles, phones and addresses (cases whose suspects differ,
    or are not known)."""
    holders: dict[tuple[str, str], list[Case]] = defaultdict(list)
    for case in cases:
        for item in case.items:
            holders[item].append(case)
    # Each case's suspects once: a common item compares every pair of the cases holding it.
    suspects = {case.id: frozenset(same_person(key) for key in case.suspects()) for case in cases}
    flags: dict[str, list[Flag]] = defaultdict(list)
    for (kind, key), held in sorted(holders.items()):
        alike = Counter(suspects[c.id] for c in held if suspects[c.id])  # known, the same
        for case in held:
            own = suspects[case.id]
            differing = len(held) - (alike[own] if own else 1)
            if not differing:
                continue
            others = list(itertools.islice(_differing(case, held, suspects), MAX_LISTED))
            written = case.item_text[(kind, key)]
            refs = ", ".join(o.references[min(o.references)] for o in others)
            reason = (f"The {kind} {written} is named here and in {refs}"
                      f"{_more(len(others), differing, 'other cases')}, with different suspects")
            citations = case.items[(kind, key)][:1] + [o.items[(kind, key)][0] for o in others]
            flags[case.id].append(Flag(SHARED[kind], reason, citations, [o.id for o in others]))
    return flags


def no_outcome(case: Case) -> Flag | None:
    if case.outcome()[0] != "unknown":
        return None
    complaint = case.complaints[:1] or [
        c for k in case.roles if case.role_of(k)[0] == "subject" for c in case.role_of(k)[3]][:1]
    if not complaint:
        return None
    return Flag(NO_OUTCOME, "A complaint is recorded and no outcome is", complaint)


def case_flags(cases: list[Case], closed_days: int,
               display: dict[str, str]) -> dict[str, list[Flag]]:
    """Every case's flags, by case id."""
    by_suspect: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        for key in {p for k in case.suspects() for p in person_keys(k)}:
            by_suspect[key].append(case)
    shared = shared_items(cases)
    flags: dict[str, list[Flag]] = {}
    for case in cases:
        found = [f for f in (closed_early(case, closed_days), no_outcome(case)) if f]
        found += suspect_elsewhere(case, by_suspect, display) + shared.get(case.id, [])
        flags[case.id] = found
    return flags
