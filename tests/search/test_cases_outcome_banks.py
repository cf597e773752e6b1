"""A bank of invented NFA wordings per reason: the reason read whatever words a force uses."""

from __future__ import annotations

import pytest

from search.cases.outcomes import nfa_reason


@pytest.mark.parametrize(("sentence", "reason"), [
    ("No further action: there is not enough evidence to proceed.", "insufficient evidence"),
    ("NFA - evidential threshold not met.", "insufficient evidence"),
    ("The file was closed: no realistic prospect of conviction.", "insufficient evidence"),
    ("NFA: the victim withdrew her support for a prosecution.", "victim did not support"),
    ("Closed: the girl declined to make a statement.", "victim did not support"),
    ("The victim no longer supports police action; NFA.", "victim did not support"),
    ("NFA, victim disengaged.", "victim did not support"),
    ("The complainant has disengaged and the matter is closed, NFA.", "victim did not support"),
    ("The Crown Prosecution Service advised no further action.", "cps advice"),
    ("Closed after the CPS lawyer advised no charge.", "cps advice"),
    ("Closed - public interest test not met.", "not in public interest"),
])
def test_an_nfa_reason_is_read_in_other_words(sentence: str, reason: str) -> None:
    assert nfa_reason(sentence) == reason


@pytest.mark.parametrize("sentence", [
    "NFA as the officer disengaged from the enquiry.",
])
def test_someone_else_disengaging_gives_no_victim_reason(sentence: str) -> None:
    assert nfa_reason(sentence) != "victim did not support"
