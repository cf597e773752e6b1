"""A voluntary attender's interview is a cautioned one: a person "interviewed as a voluntary
attendee", "questioned under PACE" or listed under "Interviewed as a voluntary attender:" is a
suspect; one interviewed as a witness is not. All names are invented."""

from __future__ import annotations

import pytest

from search.cases.roles import role_of_name


@pytest.mark.parametrize("before, after", [
    ("On 3 May 2004 ", " was interviewed as a voluntary attendee at Hexby station."),
    ("", " was questioned under PACE on 3 May 2004."),
    ("", " was interviewed as a volunteer, his solicitor present."),
    ("Interviewed as a voluntary attender: ", ""),
])
def test_a_voluntary_attenders_interview_makes_a_suspect(before: str, after: str) -> None:
    rule = role_of_name(before, "Corvan Ellistow", after)
    assert rule is not None and rule.role == "suspect"


@pytest.mark.parametrize("after", [" was interviewed as a witness.", " volunteered to help."])
def test_a_witness_or_a_helper_is_no_suspect(after: str) -> None:
    rule = role_of_name("", "Corvan Ellistow", after)
    assert rule is None or rule.role != "suspect"
