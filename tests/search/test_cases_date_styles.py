"""Three ways of writing a day the register read as no date at all: the day and the month each
closed by a full stop and a space ("4. 11. 2009"), the month's name between full stops
("4.Nov.2009"), and the month's name first between slashes ("Nov/4/2009"). Without them an
outcome's day, a report's and a closure's are lost (closed-early flags, the latest outcome of a
reopened case)."""

from __future__ import annotations

from datetime import date

import pytest

from search.cases.rules import dates_in


@pytest.mark.parametrize(("text", "day"), [
    ("Entry made 4. 11. 2009 - the file was reviewed.", date(2009, 11, 4)),
    ("Reported on 27. 1. 2011.", date(2011, 1, 27)),
    ("TRANSFER NOTE 4.Nov.2009. RESULT: CHARGE.", date(2009, 11, 4)),
    ("Signed off Nov/4/2009: result agreed.", date(2009, 11, 4)),
    ("Signed off Sept/30/2012 by the DS.", date(2012, 9, 30)),
])
def test_a_day_written_so_is_read(text: str, day: date) -> None:
    assert [d for d, _at in dates_in(text)] == [day]


@pytest.mark.parametrize("text", [
    "Exhibit No. 4. 2009 is missing.",  # a number after "No.", then a year
    "Para 4. 11 items were listed in 2009.",  # a list's number, no date
    "12.Nov/2009 was typed in error.",  # separators that do not match
])
def test_look_alikes_are_no_date(text: str) -> None:
    assert [d for d, _at in dates_in(text) if d.day in (4, 12)] == []
