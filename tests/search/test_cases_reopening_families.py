"""A case taken up again, whatever the verb a force writes it with (reactivated, recommenced,
restarted, relaunched, reinstated, picked up again): open, unless the same sentence goes on to
the disposal that followed, a charge or a caution. All names are invented."""

from __future__ import annotations

import pytest

from search.cases.outcomes import outcome_of


@pytest.mark.parametrize("sentence", [
    "In 2021 the investigation was reactivated under Operation Sandpiper.",
    "The enquiry was recommenced by the review team in March 2021.",
    "The case was restarted in 2021 after the review.",
    "The investigation was relaunched on 3 May 2021.",
    "The matter was picked up again by the historic team in 2021.",
    "The crime was re-activated and allocated to DS Wrenfield.",
])
def test_a_case_taken_up_again_in_other_words_is_open(sentence: str) -> None:
    found = outcome_of(sentence)
    assert found is not None and found.outcome == "open"


@pytest.mark.parametrize("sentence, outcome", [
    ("The investigation was relaunched in 2021; Corvan Ellistow was cautioned on 3 March 2022.",
     "cautioned"),
    ("The case was reactivated in 2021 and he received a youth caution in 2022.", "cautioned"),
    ("The enquiry was recommenced in 2021 and Corvan Ellistow was charged in 2022.", "charged"),
    ("The case was reopened in 2021; Ellistow was not cautioned and it remains live.", "open"),
])
def test_the_disposal_after_the_case_was_taken_up_again_is_its_outcome(sentence: str,
                                                                       outcome: str) -> None:
    found = outcome_of(sentence)
    assert found is not None and found.outcome == outcome


def test_a_thing_restarted_is_no_case() -> None:
    assert outcome_of("The van was restarted and driven off.") is None
