"""A log's heading with the day before the suspect's name, in wordings and day styles the rules
did not read: "ARREST MADE <day> - X", "Held under arrest 4. 8. 2006: X", "NAMED AS SUSPECT BY
<code> - X", and a day written month first between slashes. All names are invented."""

from __future__ import annotations

import pytest

from search.cases.roles import role_of_name


@pytest.mark.parametrize("before", [
    "* ARREST MADE 3.Feb.2010 - ",
    "Held under arrest 4. 8. 2006: ",
    "Arrest effected Feb/3/2010 - ",
    "* NAMED AS SUSPECT BY Pupil 4 - ",
    "Interviewed under caution 4. 8. 2006: ",
])
def test_a_heading_with_its_day_makes_a_suspect(before: str) -> None:
    found = role_of_name(before, "Tobiah Wren", " (tall).")
    assert found is not None and found.role == "suspect"


def test_named_as_a_witness_is_no_suspect() -> None:
    found = role_of_name("Named as witness by Pupil 4 - ", "Tobiah Wren", ".")
    assert found is None or found.role != "suspect"


@pytest.mark.parametrize("after", [
    " - marital status: married was arrested on 3 May 2009.",
    " / piercing: left ear was arrested on 3 May 2009.",
    " - marital status: single came in by appointment; caution interview held with his solicitor.",
])
def test_a_note_on_the_man_between_name_and_deed(after: str) -> None:
    """A force's note beside the name (marital status, piercing) does not hide what he did."""
    found = role_of_name("", "Tobiah Wren", after)
    assert found is not None and found.role == "suspect"
