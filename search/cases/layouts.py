"""The reference layouts a collection writes, learned from the collection itself rather than
only from the declared shapes (search.entity_kinds.reference): each force or council writes
its letters ("KT", "RB K") and then its numbers in a layout of its own, and its files write
one reference several ways ("RB-K-04417-02", "RB K 04417 02", glued "RBK0441702").

A layout (``ReferenceLayout``) is learned for a force's letters from the references the
collection cites with them in two documents or more: where one of two numbers can only be the
year ("KT-04417/02": 04417 is no year), it says whether the year comes first or last, how
many digits the year and the serial take; letters followed by one number only, in every
document, are a serial alone ("HUB-Q-30412"). With the layout, every written form of a
reference reads as one identity, (letters, year, serial): the glued run split where the layout
says, two four-digit numbers ("EB/2001/2013") read in the layout's order, leading zeros and a
two- or four-digit year alike. Two references whose year or serial differ stay two.

Pure functions of text; search.cases.sources applies them to a collection's mentions.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from search.entity_kinds.reference import FIRST_YEAR, year_of

# Letters that are a label's, not a force's ("CRN 04-12108" is a crime number): a reference
# written with them is keyed under the label's head, as a labelled reference is.
LABEL_HEADS = {"CRN": "CRIME", "URN": "URN", "OB": "OCCURRENCE"}
# Letters, then one to three numbers, at the start of a token: not a number's tail
# ("14/HV/40213/07" is a division's layout, read by the declared shapes). A year may come
# before the letters, glued or after a space ("2003 KT 073026", "03KT073026").
_WRITTEN = re.compile(r"(?<![\w/\-.])(?:(?P<lead>(?:19|20)\d{2}|\d{2}) ?)?"
                      r"(?P<letters>[A-Z]{1,6}(?:[ \-/.]?[A-Z]{1,6}){0,2})[ \-/.]?"
                      r"(?P<numbers>\d+(?:[ \-/]\d+){0,2})(?![\w/]|[-.]\d)")
Identity = tuple[str, int | None, int]  # letters, year (None: a serial alone), serial


@dataclass(frozen=True)
class Written:
    """A reference written as letters, then numbers: ``start`` and ``end`` in its text."""

    letters: tuple[str, ...]
    numbers: tuple[str, ...]
    start: int
    end: int
    lead: str = ""  # a number before the letters: a year, where the layout writes one there

    def with_lead(self, leading: bool) -> tuple[str, ...]:
        """The numbers, with the one before the letters first where the layout leads with
        its year (``leading``)."""
        return (self.lead, *self.numbers) if leading and self.lead else self.numbers

    @property
    def issuer(self) -> str:
        return "".join(self.letters)

    @property
    def prefix(self) -> str:
        """The letters as a key writes them: "RB-K"."""
        return "-".join(self.letters)


def _written(match: re.Match[str], offset: int = 0) -> Written:
    return Written(tuple(re.findall(r"[A-Z]+", match.group("letters"))),
                   tuple(re.findall(r"\d+", match.group("numbers"))),
                   match.start() + offset, match.end() + offset, match.group("lead") or "")


def written_parts(text: str) -> Written | None:
    """The letters-then-numbers reference a mention's text ends with ("Our reference:
    HUB-Q-30412" is HUB, Q and 30412), or None."""
    found = [m for m in _WRITTEN.finditer(text) if m.end() == len(text.rstrip())]
    return _written(found[-1]) if found else None


def written_in(text: str) -> list[Written]:
    """Every letters-then-numbers token of a text, and the same token without its first
    letter groups ("Girl M PW04417/02" holds "PW04417/02")."""
    found = []
    for match in _WRITTEN.finditer(text):
        whole = _written(match)
        found.append(whole)
        for dropped in range(1, len(whole.letters)):
            at = text.index(whole.letters[dropped], match.start())
            tail = _WRITTEN.match(text, at)
            if tail is not None and tail.end() == match.end():
                found.append(_written(tail))
    return found


def _year_at(numbers: tuple[str, ...]) -> list[int]:
    """Which of two numbers can be the year: two or four digits and a year, beside a serial of
    three digits or more."""
    if len(numbers) != 2:
        return []
    return [i for i, n in enumerate(numbers) if len(n) in (2, 4) and year_of(n) is not None
            and len(numbers[1 - i]) >= 3 and numbers[1 - i] != n]


@dataclass
class ReferenceLayout:
    """How one force's letters are followed by their numbers (see the module docstring)."""

    year_first: bool | None  # None: a serial alone
    year_lead: bool = False  # the year may be written before the letters ("2003 KT 073026")
    year_widths: set[int] = field(default_factory=set)
    serial_widths: set[int] = field(default_factory=set)

    def read(self, numbers: tuple[str, ...]) -> tuple[int | None, int] | None:
        """The year and serial of a reference's numbers as this layout writes them."""
        if self.year_first is None:
            return (None, int(numbers[0])) if len(numbers) == 1 else None
        if len(numbers) == 1:
            return self._split(numbers[0])
        at = _year_at(numbers)
        if len(at) > 1:  # both could be the year: the layout says which
            at = [0 if self.year_first else 1]
        if len(at) != 1:
            return None
        year = year_of(numbers[at[0]])
        return (year, int(numbers[1 - at[0]])) if year else None

    def _split(self, digits: str) -> tuple[int | None, int] | None:
        """A glued run of digits split where the layout puts the year, the serial as wide as
        the collection writes it; None unless exactly one split fits."""
        fits = []
        for width in self.year_widths:
            year_text, serial = (digits[:width], digits[width:]) if self.year_first \
                else (digits[-width:], digits[:-width])
            if len(serial) in self.serial_widths and (year := year_of(year_text)):
                fits.append((year, int(serial)))
        return fits[0] if len(fits) == 1 else None


def learn_layouts(sightings: Iterable[tuple[str, Written]]) -> dict[str, ReferenceLayout]:
    """The layouts of the letters the collection writes in two documents or more
    (``sightings``: document id and the reference as written), by their letters run together."""
    documents: dict[str, set[str]] = defaultdict(set)
    orders: dict[str, Counter[bool]] = defaultdict(Counter)
    years: dict[str, set[int]] = defaultdict(set)
    serials: dict[str, set[int]] = defaultdict(set)
    single: dict[str, bool] = defaultdict(lambda: True)
    sightings = list(sightings)
    # Letters the collection writes after a four-digit year ("2003 KT"): a number before them
    # is their year. Elsewhere it is a force's or station's ("61KB3928997").
    leading = {w.issuer for _d, w in sightings if len(w.lead) == 4 and year_of(w.lead)}
    for doc_id, written in sightings:
        issuer = written.issuer
        if len(issuer) < 2 or (written.lead and issuer not in leading):
            continue
        documents[issuer].add(doc_id)
        numbers = written.with_lead(issuer in leading)
        single[issuer] &= len(numbers) == 1
        at = _year_at(numbers)
        if len(at) == 1:
            orders[issuer][at[0] == 0] += 1
            years[issuer].add(len(numbers[at[0]]))
            serials[issuer].add(len(numbers[1 - at[0]]))
    layouts = {}
    for issuer, seen in documents.items():
        if len(seen) < 2:
            continue
        if orders[issuer]:
            year_first = orders[issuer].most_common(1)[0][0]
            layouts[issuer] = ReferenceLayout(year_first, issuer in leading, years[issuer],
                                              serials[issuer])
        elif single[issuer]:
            layouts[issuer] = ReferenceLayout(None)
    return layouts


def identity(written: Written, layouts: dict[str, ReferenceLayout]) -> Identity | None:
    """Who a written reference is under the collection's layouts, or None (no layout, or its
    numbers do not read in it)."""
    layout = layouts.get(written.issuer)
    if written.lead and not (layout and layout.year_lead):
        return None  # a number before letters that are not written after a year: not theirs
    found = layout.read(written.with_lead(layout.year_lead)) if layout else None
    if found is None or (found[0] is not None and found[0] < FIRST_YEAR):
        return None
    return written.issuer, found[0], found[1]


def identity_key(found: Identity, prefix: str) -> str:
    """The key of a reference of a learned layout: PREFIX/YEAR/SERIAL as the declared shapes key
    one (a label's letters keyed under the label's head)."""
    issuer, year, serial = found
    return f"{LABEL_HEADS.get(issuer, prefix)}/{year}/{serial:05d}"
