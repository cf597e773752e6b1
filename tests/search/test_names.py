"""Name keys: the forms a person's name takes in old files share one key."""

from __future__ import annotations

import pytest

from search.names import entity_key, person_display, person_key


@pytest.mark.parametrize(
    "form",
    ["Sarah Whitlock", "DC Sarah Whitlock", "WHITLOCK, Sarah", "Whitlock, Sarah", "Mrs Sarah  WHITLOCK",
     "Sárah Whitlock"],
)
def test_forms_of_one_name_share_a_key(form: str) -> None:
    assert person_key(form) == "sarah whitlock"


def test_display_reorders_and_drops_titles() -> None:
    assert person_display("DANBY, Peter") == "Peter Danby"
    assert person_display("Cllr Peter Danby") == "Peter Danby"


def test_other_kinds_fold_case_and_accents() -> None:
    assert entity_key("org", "Harwick  Borough COUNCIL") == "harwick borough council"
    assert entity_key("place", "Saint-Étienne") == "saint-etienne"
