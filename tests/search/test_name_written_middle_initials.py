"""Two people of one forename and surname, one with a middle name the files give: initials
written with the middle one ("J W Pellow", "PELLOW/JW") are that person's; a lone initial
("J. Pellow") stays a possible match of both (names29: invented examples)."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person

PEOPLE = [Person("jory pellow", "Jory Pellow"), Person("jory wenna pellow", "Jory Wenna Pellow"),
          Person("tamsin pellow", "Tamsin Pellow")]


def _links(text: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {link.text: (link.key, link.candidates) for link in NameAuthority(PEOPLE).find(text)}


@pytest.mark.parametrize(("text", "written"), [
    ("Signed off by J W Pellow on the day", "J W Pellow"),
    ("Signed off by J.W.Pellow on the day", "J.W.Pellow"),
    ("PELLOW J W\n", "PELLOW J W"),
    ("Seized by: PELLOW/JW\n", "PELLOW/JW"),
])
def test_the_middle_initial_written_tells_who_is_meant(text: str, written: str) -> None:
    assert _links(text)[written] == ("jory wenna pellow", ())


def test_a_lone_initial_stays_a_possible_match_of_both() -> None:
    assert _links("Signed off by J. Pellow on the day")["J. Pellow"] == (
        None, ("jory pellow", "jory wenna pellow"))


def test_initials_no_one_has_narrow_nothing() -> None:
    key, candidates = _links("Signed off by J K Pellow on the day")["J K Pellow"]
    assert key is None and set(candidates) == {"jory pellow", "jory wenna pellow"}
