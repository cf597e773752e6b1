"""A closing day written with its weekday after a record's closing word ("Case closed Friday
3 May 2004") is the day the case closed (search.cases.rules), so a case closed a year after
its report is not flagged as closed early. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from search.cases.rules import stated_closure


@pytest.mark.parametrize(("sentence", "day"), [
    ("Occurrence finalised Wed, 14 Nov 2012.", date(2012, 11, 14)),
    ("Case closed Friday 3 May 2004.", date(2004, 5, 3)),
    ("Crime filed Mon 4 March 2003, no suspect traced.", date(2003, 3, 4)),
    ("Record finalised 2011-09-30.", date(2011, 9, 30)),
])
def test_a_closing_day_with_its_weekday(sentence: str, day: date) -> None:
    assert stated_closure(sentence) == day


@pytest.mark.parametrize("sentence", ["Case closed after three weeks.", "The interview closed Tuesday."])
def test_no_day_no_closing_day(sentence: str) -> None:
    assert stated_closure(sentence) is None
