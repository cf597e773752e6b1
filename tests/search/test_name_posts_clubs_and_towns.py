"""What an investigator sees as a person is a person: a post on a form, a rota's rank, a heading
typed with two hyphens, a sports club, a cadet unit and a town's businesses are not (names28:
invented examples)."""

from __future__ import annotations

from collections import Counter

import pytest

from ingest.names import run_into_the_town
from search.name_kinds import name_kind


@pytest.mark.parametrize("text", ["Depot Controller", "Club Secretary", "Booking Clerk",
                                  "Shift Sgt", "Duty Insp", "Response Sgt",
                                  "Pumpright Quarrendale -- DRIVE-OFF REPORT"])
def test_a_post_a_rota_s_rank_and_a_heading_are_no_person(text: str) -> None:
    assert name_kind("person", text)[0] is None


@pytest.mark.parametrize("text", ["Quarrendale Rovers Youth", "Quarrendale United Juniors",
                                  "Quarrendale Detachment ACF", "Quarrendale Acf"])
def test_a_sports_club_and_a_cadet_unit_are_organisations(text: str) -> None:
    assert name_kind("person", text)[0] == "org"


@pytest.mark.parametrize("text", ["Orsolya Kelynack", "Ann Controller", "Will Turner",
                                  "Mark Lane", "DS Kelynack"])
def test_people_with_such_words_stay_people(text: str) -> None:
    assert name_kind("person", text)[0] == "person"


def _forms(counts: dict[tuple[str, str], int]) -> dict[tuple[str, str], Counter[str]]:
    return {(kind, key): Counter({key.title(): n}) for (kind, key), n in counts.items()}


def test_a_town_s_businesses_read_as_people_are_things_of_the_town() -> None:
    forms = _forms({("org", "quarrendale borough council"): 30,
                    ("person", "pumpright quarrendale"): 12,
                    ("person", "busmaster quarrendale"): 9,
                    ("person", "orsolya kelynack"): 7})
    assert run_into_the_town(forms) == {"pumpright quarrendale", "busmaster quarrendale"}


def test_a_family_that_owns_a_firm_is_no_town() -> None:
    # Two of a family whose forenames no list knows, and the family's garage: people.
    forms = _forms({("org", "kelynack motors"): 8, ("person", "ludgvan kelynack"): 6,
                    ("person", "tregoze kelynack"): 5})
    assert run_into_the_town(forms) == set()
