"""A suspect's role through a weight or height aside, a child's "told me it was" and a dated
volunteer's "caution interview" (search.cases.roles), all invented."""

from __future__ import annotations

import pytest

from search.cases.roles import role_of_name


@pytest.mark.parametrize(("before", "after"), [
    ("Young person Siskin names ", ", weight 14 st 2 lb as the offender."),
    ("Young person Siskin names ", ", height 5 ft 9 in as the offender."),
    ("Young person Siskin names ", ", weight 88 kg as the offender."),
    ("- Pupil Linnet told me it was ", " [WM: WEAPONS]."),
    ("", " (passport QZ403112) came in by appointment 03-12-04; caution interview, solicitor Ann Lee."),
])
def test_the_suspect_named_through_an_aside_or_a_childs_words(before: str, after: str) -> None:
    found = role_of_name(before, "Velimir Rastko Vrebac", after)
    assert found is not None and found.role == "suspect"


def test_a_weight_alone_or_a_visit_without_a_caution_says_no_role() -> None:
    assert role_of_name("", "Velimir Rastko Vrebac", ", weight 14 st 2 lb, lives at 4 Mill Row.") is None
    assert role_of_name("", "Velimir Rastko Vrebac",
                        " came in by appointment 03-12-04; statement taken.") is None
