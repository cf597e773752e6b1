"""One date grammar (search.cases.dates) read everywhere the register reads a day: a sentence's
dates, a log heading's day before a suspect's name, a date of birth after a name. The forms
are families of the ones records write: a Roman month apart by any separator, a month first
with a two-figure year after its own dash, slash or an apostrophe, an ISO day with its time.
All names are invented."""

from __future__ import annotations

from datetime import date

import pytest

from search.cases.dates import DATE, date_grammar
from search.cases.reading import _birth
from search.cases.roles import role_of_name
from search.cases.rules import dates_in


@pytest.mark.parametrize("text, day", [
    ("17-XII-2004", date(2004, 12, 17)),  # a Roman month apart by dashes
    ("17 XII 2004", date(2004, 12, 17)),  # or spaces
    ("17/xii/04", date(2004, 12, 17)),  # or slashes, the year in two figures
    ("Dec-17-04", date(2004, 12, 17)),  # the month first, a two-figure year after its dash
    ("Dec/17/04", date(2004, 12, 17)),
    ("Dec 17 '04", date(2004, 12, 17)),  # after an apostrophe
    ("logged 2004-12-17T09:30 by", date(2004, 12, 17)),  # an ISO day with its time
])
def test_families_of_written_days_are_read(text: str, day: date) -> None:
    assert [d for d, _at in dates_in(text)] == [day]


@pytest.mark.parametrize("text", ["Dec 17 04 items", "serial 17 XI 20043", "ref 9-MIX-2004"])
def test_numbers_that_only_look_like_days_are_not(text: str) -> None:
    assert dates_in(text) == ()


@pytest.mark.parametrize("heading", ["ARREST 2003-03-12: ", "Arrested 12MAR2003: ",
                                     "Detained under arrest 12-III-2003: ",
                                     "Interview under caution Mar/12/03: "])
def test_a_log_headings_day_is_any_date_the_register_reads(heading: str) -> None:
    rule = role_of_name(heading, "Tavish Orrimond", " at his home.")
    assert rule is not None and rule.role == "suspect"


@pytest.mark.parametrize("after, born", [(" (1971-03-14) was seen", date(1971, 3, 14)),
                                         (", DOB 14-iii-1971, was seen", date(1971, 3, 14)),
                                         (" (14/03/1971) was seen", date(1971, 3, 14))])
def test_a_date_of_birth_is_any_date_the_register_reads(after: str, born: date) -> None:
    assert _birth(after) == born


def test_the_grammar_is_embedded_with_its_groups_named_apart() -> None:
    import re

    twice = re.compile(f"(?:{date_grammar('a')}) to (?:{date_grammar('b')})", re.IGNORECASE)
    found = twice.search("from 3 May 2004 to 2004-06-09 inclusive")
    assert found is not None and found.group("d1_a") == "3" and found.group("y4_b") == "2004"
    assert DATE.search("3 May 2004") is not None
