"""A person's name with the forename spelt otherwise, which the recogniser took for an
organisation ("Kobyn Vasko" beside "Cobyn Vasko"), is that person's, found where it is
written (ingest.names.authority_of). Invented names."""

from __future__ import annotations

from collections import Counter

from ingest.names import authority_of


def test_an_organisation_that_respells_a_person_s_forename_is_that_person() -> None:
    forms = {("person", "paulusee quarnock"): Counter({"Paulusee Quarnock": 16}),
             ("org", "paulusi quarnock"): Counter({"Paulusi Quarnock": 2})}
    authority = authority_of(forms)
    assert set(authority.people.people) == {"paulusee quarnock"}
    assert authority.aliases == {"paulusi quarnock": "paulusee quarnock"}
    links = authority.people.find("Duty manager: Paulusi Quarnock")
    assert [link.key for link in links] == ["paulusee quarnock"]


def test_an_organisation_with_a_person_s_surname_after_another_word_stays_one() -> None:
    forms = {("person", "paulusee quarnock"): Counter({"Paulusee Quarnock": 16}),
             ("org", "harbour quarnock"): Counter({"Harbour Quarnock": 2})}
    assert set(authority_of(forms).people.people) == {"paulusee quarnock"}
