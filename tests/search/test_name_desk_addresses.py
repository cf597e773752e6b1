"""An address whose local part ends in a person's surname after a desk's or a role's words, or
a collar number ("custody.pellow@", "4410pellow@"), and a plus's tag (the seventeenth names
round, invented names)."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person

PEOPLE = [Person("maren tolliver", "Maren Tolliver", named=9, documents=9),
          Person("dario okoro", "Dario Okoro", titles={"dc"}, named=9, documents=9),
          Person("ines pardew", "Ines Pardew", named=9, documents=9),
          Person("tom pardew", "Tom Pardew", named=9, documents=9)]


def _links(text: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {lk.text: (lk.key, tuple(lk.candidates)) for lk in NameAuthority(PEOPLE).find(text)}


@pytest.mark.parametrize(("text", "written", "key"), [
    ("From: custody.tolliver@force.example\n", "tolliver", "maren tolliver"),
    ("To: 4410okoro@force.example\n", "okoro", "dario okoro"),
    ("Cc: head.teacher+tolliver@school.example\n", "tolliver", "maren tolliver"),
    ("From: m.tolliver+sio@force.example\n", "m.tolliver", "maren tolliver"),
])
def test_a_desk_s_address_ending_in_a_surname_links(text: str, written: str, key: str) -> None:
    assert _links(text).get(written, (None,))[0] == key, _links(text)


def test_a_shared_surname_s_address_stays_a_possible_match() -> None:
    key, candidates = _links("From: desk.pardew@council.example\n")["pardew"]
    assert key is None and set(candidates) == {"ines pardew", "tom pardew"}


def test_a_surname_outside_an_address_or_before_its_end_is_no_link() -> None:
    assert _links("Ask tolliver at the desk.") == {}
    assert _links("From: tolliver.desk@force.example\n") == {}


def test_a_forename_at_a_firm_named_by_the_surname_links() -> None:
    # "maren@tolliver-grey.example": the local part the forename, the domain the surname.
    assert _links("From: maren@tolliver-grey.example\n").get("maren@tolliver", (None,))[0] == (
        "maren tolliver")
