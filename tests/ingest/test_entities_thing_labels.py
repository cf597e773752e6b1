"""What a repair ticket or a form writes after a label naming a thing is no person, and a
shop's trade or a desk is no surname (names25: invented examples)."""

from __future__ import annotations

import pytest

from ingest.entities import after_thing_label
from search.name_kinds import name_kind

TICKET = ("Left by: Ann Hirst\nBike: Ridgeback Tempo   Frame no.: RB448120\n"
          "Make/model: Dawes Galaxy\nDevice: Moto Razr\nCollected by Alan Tolliver")


@pytest.mark.parametrize("thing", ["Ridgeback Tempo", "Dawes Galaxy", "Moto Razr"])
def test_a_make_and_model_after_a_thing_s_label_is_no_person(thing: str) -> None:
    assert after_thing_label(TICKET, TICKET.index(thing))


@pytest.mark.parametrize("person", ["Ann Hirst", "Alan Tolliver"])
def test_people_on_the_same_ticket_stay_people(person: str) -> None:
    assert not after_thing_label(TICKET, TICKET.index(person))


@pytest.mark.parametrize("text", ["Hebden Locks", "Hebden Locksmiths", "Tolliver Cycles",
                                  "Bookings, Hebden", "Hebden Bookings"])
def test_a_locksmith_a_cycle_shop_and_a_bookings_desk_are_organisations(text: str) -> None:
    assert name_kind("person", text)[0] == "org"


def test_a_desk_signing_as_itself_is_no_person() -> None:
    assert name_kind("person", "Front Desk")[0] is None
    assert name_kind("person", "Ann Front")[0] == "person"
