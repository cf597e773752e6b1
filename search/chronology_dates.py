"""A fact's date: exact (a day), approximate (a month, a year, or "circa" any of them) or a range,
as counsel write it in a chronology, and the days it covers.

A date is given as ``from`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: the precision is the form
written), an optional ``to`` (a range; its own precision) and ``circa``. It covers the days from
the first of ``from`` to the last of ``to`` (or of ``from``): "March 1998" covers 1-31 March.
Sorting is by the first day it covers. Whether two dates can be of one event is whether the days
they cover, each widened by its ``circa`` margin (a week, a month or a year by the precision),
overlap: ``may_coincide``. Everything here is pure.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from dateutil.relativedelta import relativedelta

Precision = Literal["day", "month", "year"]
_FORMS: tuple[tuple[re.Pattern[str], Precision], ...] = (
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), "day"),
    (re.compile(r"^(\d{4})-(\d{2})$"), "month"),
    (re.compile(r"^(\d{4})$"), "year"),
)
# How far "circa" widens a date of each precision, either side.
CIRCA_MARGIN = {"day": relativedelta(days=7), "month": relativedelta(months=1),
                "year": relativedelta(years=1)}
EARLIEST_YEAR = 1800


class FactDateError(ValueError):
    """A date that is not one: the message says what was written and what is accepted."""


@dataclass(frozen=True)
class Point:
    """One end of a fact's date as written: its first and last day, and its precision."""

    written: str
    first: date
    last: date
    precision: Precision

    @classmethod
    def parse(cls, written: str) -> Point:
        text = written.strip()
        for pattern, precision in _FORMS:
            match = pattern.match(text)
            if match is None:
                continue
            year, month, day = ([int(p) for p in match.groups()] + [1, 1])[:3]
            try:
                first = date(year, month, day)
            except ValueError:
                break
            if first.year < EARLIEST_YEAR:
                raise FactDateError(f"{written!r}: a year from {EARLIEST_YEAR} on")
            return cls(text, first, _last_day(first, precision), precision)
        raise FactDateError(f"{written!r} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY")

    def label(self) -> str:
        if self.precision == "year":
            return str(self.first.year)
        month = f"{calendar.month_name[self.first.month]} {self.first.year}"
        return month if self.precision == "month" else f"{self.first.day} {month}"


def _last_day(first: date, precision: Precision) -> date:
    if precision == "year":
        return date(first.year, 12, 31)
    if precision == "month":
        return date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
    return first


@dataclass(frozen=True)
class FactDate:
    """A fact's date: ``start`` (and ``end`` for a range), ``circa`` for an approximate one."""

    start: Point
    end: Point | None = None
    circa: bool = False

    @classmethod
    def parse(cls, written_from: str, written_to: str | None = None,
              circa: bool = False) -> FactDate:
        start = Point.parse(written_from)
        end = Point.parse(written_to) if written_to and written_to.strip() else None
        if end is not None and end.last < start.first:
            raise FactDateError(f"the range ends ({end.written}) before it starts "
                                f"({start.written})")
        return cls(start, end, circa)

    @property
    def first(self) -> date:
        return self.start.first

    @property
    def last(self) -> date:
        return (self.end or self.start).last

    @property
    def kind(self) -> str:
        """exact (one day), range, or approximate (a month, a year, or circa)."""
        if self.end is not None:
            return "range"
        return "exact" if self.start.precision == "day" and not self.circa else "approximate"

    def label(self) -> str:
        """As a chronology prints it: "12 March 1998", "circa March 1998", "1997 – 1998"."""
        text = self.start.label()
        if self.end is not None:
            text = f"{text} – {self.end.label()}"
        return f"circa {text}" if self.circa else text

    def window(self) -> tuple[date, date]:
        """The days it may be, ``circa`` widening each end by its precision's margin."""
        if not self.circa:
            return self.first, self.last
        end = self.end or self.start
        return (self.first - CIRCA_MARGIN[self.start.precision],
                self.last + CIRCA_MARGIN[end.precision])

    def may_coincide(self, other: FactDate) -> bool:
        """Whether the two dates can be the same day (their windows overlap)."""
        mine, theirs = self.window(), other.window()
        return mine[0] <= theirs[1] and theirs[0] <= mine[1]

    def as_record(self) -> dict[str, object]:
        """The fields the chronology index keeps of it."""
        return {"date": {"from": self.start.written,
                         "to": self.end.written if self.end else None, "circa": self.circa},
                "date_start": self.first.isoformat(), "date_end": self.last.isoformat(),
                "date_precision": self.start.precision, "date_label": self.label()}

    @classmethod
    def of_record(cls, record: dict) -> FactDate:
        given = record["date"]
        return cls.parse(given["from"], given.get("to"), bool(given.get("circa")))


def period_bounds(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """A period filter's first and last day, each given in any of the date forms ("1998" as
    the whole year): FactDateError for one that is not a date."""
    first = Point.parse(date_from).first.isoformat() if date_from else None
    last = Point.parse(date_to).last.isoformat() if date_to else None
    if first and last and last < first:
        raise FactDateError(f"the period ends ({date_to}) before it starts ({date_from})")
    return first, last
