"""Names that are a town's things, not its people; people a recogniser called things (names14)."""

from __future__ import annotations

from collections import Counter

import pytest

from ingest.names import authority_of
from search.entity_kinds.anonymised import anonymised_key
from search.name_kinds import name_kind, written_inverted


@pytest.mark.parametrize("text, kind", [
    ("Youth Ctr", "place"), ("Interview Rm", "place"), ("Custody Suite HQ", "place"),
    ("Oakbarrow Wynd", "place"), ("Hollinsby Pol", "org"), ("Zion Tabernacle", "org"),
    ("Ebenezer Chapel", "org"), ("Oakbarrow Lodge Resid", "place")])
def test_abbreviated_rooms_buildings_and_bodies_are_no_person(text: str, kind: str) -> None:
    assert name_kind("person", text)[0] == kind


@pytest.mark.parametrize("text, name", [
    ("Told Mrs Rennard", "Mrs Rennard"), ("Told Oyelaran Adeyemi", "Oyelaran Adeyemi"),
    ("Nell Vasquez Others", "Nell Vasquez"), ("Oyelaran Adeyemi Direct", "Oyelaran Adeyemi")])
def test_a_verb_before_or_a_caption_word_after_a_name_is_not_the_name_s(text: str,
                                                                          name: str) -> None:
    assert name_kind("person", text) == ("person", name)


def test_a_forename_that_is_also_a_verb_keeps_its_surname() -> None:
    assert name_kind("person", "Will Thackeray") == ("person", "Will Thackeray")


def test_a_code_spelt_in_the_phonetic_alphabet_is_the_letter() -> None:
    assert anonymised_key("Young Person Tango") == "Young Person T"
    assert anonymised_key("VICTIM ECHO") == "Victim E"
    assert anonymised_key("Injured Party 2") == "Injured Party 2"


def test_a_name_written_as_a_police_index_writes_a_person() -> None:
    assert written_inverted("Seen: BAYAR, Tselmeg at 21:00", "tselmeg bayar")
    assert written_inverted("not to contact BAYAR - Tselmeg;", "tselmeg bayar")
    assert not written_inverted("Tselmeg Bayar, BAYAR", "tselmeg bayar")
    assert not written_inverted("Risk: Bayar, Tselmeg", "tselmeg bayar")  # no capitals


def _forms(entries: dict[tuple[str, str], int]) -> dict[tuple[str, str], Counter[str]]:
    return {(kind, key): Counter({key.title(): n}) for (kind, key), n in entries.items()}


def test_a_person_only_ever_tagged_as_an_organisation_joins_when_written_as_an_index() -> None:
    forms = _forms({("org", "tselmeg bayar"): 6, ("org", "oakbarrow owls"): 4,
                    ("person", "nell vasquez"): 3})
    assert "tselmeg bayar" not in authority_of(forms).people.people
    inverted = {("org", "tselmeg bayar")}
    assert set(authority_of(forms, inverted=inverted).people.people) == {
        "tselmeg bayar", "nell vasquez"}


def test_a_person_that_starts_with_the_town_s_word_is_a_thing_of_the_town() -> None:
    forms = _forms({("person", "hollinsby high"): 9, ("place", "hollinsby division"): 5,
                    ("org", "hollinsby food & wine"): 4, ("person", "nell vasquez"): 7,
                    ("person", "nell vasquez hollinsby division"): 1,
                    ("org", "vasquez motors"): 3, ("person", "ann vasquez"): 4})
    authority = authority_of(forms, {k: sum(c.values()) for k, c in forms.items()})
    assert "hollinsby high" not in authority.people.people
    assert "hollinsby high" in authority.things
    # A person run into a place, and a firm bearing a surname, make no one a thing.
    assert {"nell vasquez", "ann vasquez"} <= set(authority.people.people)


@pytest.mark.parametrize("text, name", [
    ("Said VASQUEZ, Nell", "VASQUEZ, Nell"), ("Noted ADEYEMI, Oyelaran", "ADEYEMI, Oyelaran"),
    ("Nell VASQUEZ Sent", "Nell VASQUEZ"), ("Nell VASQUEZ Report", "Nell VASQUEZ Report"),
    ("Saw MRS Rennard", "MRS Rennard"), ("Ann MARIE Rennard", "Ann MARIE Rennard")])
def test_a_word_before_an_index_form_or_a_title_is_not_the_name_s(text: str, name: str) -> None:
    assert name_kind("person", text) == ("person", name)


def test_a_rank_in_brackets_after_a_surname_is_that_officer() -> None:
    from search.name_authority import NameAuthority, Person

    people = NameAuthority([
        Person("oyelaran adeyemi", "Oyelaran Adeyemi", titles={"ds"}, named=6),
        Person("funke adeyemi", "Funke Adeyemi", named=5),
        Person("nell vasquez", "Nell Vasquez", named=4)])

    def linked(text: str) -> list[tuple[str | None, str]]:
        return [(link.key, link.rule) for link in people.find(text)]

    assert linked("Present: Adeyemi (D/Sgt), Vasquez (Det Ch Insp)") == [
        ("oyelaran adeyemi", "title-known"), ("nell vasquez", "title")]
    assert linked("Adeyemi (T/DS) 2291 took the call") == [("oyelaran adeyemi", "title-known")]
    # A rank that is no part of a bracket is the next name's, not the surname's before it.
    assert linked("Adeyemi DS Vasquez") == [("nell vasquez", "title")]


def test_an_index_form_with_two_given_names_makes_the_two_names_one_person() -> None:
    from ingest.names import known_by_middle_name
    from search.name_authority import NameAuthority, Person

    people = NameAuthority([Person("oren vasquez", "Oren Vasquez", named=9),
                            Person("nell vasquez", "Nell Vasquez", named=12),
                            Person("ida vasquez", "Ida Vasquez", named=4)])
    text = "seen: Vasquez, Oren Nell walking north"
    assert [known_by_middle_name(link, people, text) for link in people.find(text)] == [
        "nell vasquez"]
    text = "VASQUEZ, Oren Said he had left"
    assert [known_by_middle_name(link, people, text) for link in people.find(text)] == [None]


def test_a_person_run_into_the_town_s_word_is_the_person_alone() -> None:
    forms = _forms({("place", "hollinsby division"): 5, ("org", "hollinsby food & wine"): 4,
                    ("person", "nell vasquez hollinsby"): 2, ("person", "nell vasquez"): 7})
    authority = authority_of(forms, {k: sum(c.values()) for k, c in forms.items()})
    assert set(authority.people.people) == {"nell vasquez"}
    assert "nell vasquez hollinsby" in authority.things


@pytest.mark.parametrize("text, kind, name", [
    ("Ops RVP", None, "Ops"), ("Vasquez RVP", "person", "Vasquez"),
    ("Oyelaran Adeyemi OIC", "person", "Oyelaran Adeyemi")])
def test_a_briefing_s_point_or_role_after_a_name_is_not_the_name_s(text: str, kind: str | None,
                                                                    name: str) -> None:
    assert name_kind("person", text) == (kind, name)


@pytest.mark.parametrize("text", ["DCon4471 Vasquez", "VASQUEZ DCon4471", "CustodySgt88 Vasquez",
                                  "CSO No. 4471 Vasquez"])
def test_a_rank_glued_to_its_collar_or_spelt_otherwise_is_the_officer_s(text: str) -> None:
    from search.name_authority import NameAuthority, Person

    people = NameAuthority([
        Person("nell vasquez", "Nell Vasquez", titles={"dc", "ps", "pcso"}, named=8),
        Person("ida vasquez", "Ida Vasquez", named=5)])
    assert [(link.key, link.rule) for link in people.find(text)] == [
        ("nell vasquez", "title-known")]


def test_a_letter_read_as_its_raised_modifier_twin_is_the_letter() -> None:
    from search.name_authority import NameAuthority, Person

    people = NameAuthority([Person("oyelaran adeyemi", "Oyelaran Adeyemi", named=8)])
    assert [link.key for link in people.find("seen by Oyelaran Adeyᵉmi and Oyeˡaran Adeyemi")
            ] == ["oyelaran adeyemi", "oyelaran adeyemi"]


def test_a_person_whose_forename_a_run_on_place_starts_stays_a_person() -> None:
    forms = _forms({("place", "oyelaran at hollinsby police station"): 2,
                    ("person", "oyelaran adeyemi"): 20, ("person", "adeyemi"): 6,
                    ("org", "oyelaran"): 9})
    authority = authority_of(forms, {k: sum(c.values()) for k, c in forms.items()})
    assert "oyelaran adeyemi" in authority.people.people
    assert not authority.things


def test_a_title_and_a_surname_inside_brackets_are_still_the_officer() -> None:
    from search.name_authority import NameAuthority, Person

    people = NameAuthority([Person("nell vasquez", "Nell Vasquez", titles={"dc"}, named=8)])
    assert [(link.key, link.rule) for link in people.find("statement taken (DC Vasquez)")] == [
        ("nell vasquez", "title-known")]
    assert [(link.key, link.rule) for link in people.find("Vasquez (PC 4471) attended")] == [
        ("nell vasquez", "title")]


def test_a_person_that_ends_with_the_town_s_word_after_no_forename_is_a_thing() -> None:
    # A hotel's or a shop's name run into the town's ("Rest Lodge Hollinsby"): no one's
    # forename before the word that heads the town's council and police.
    forms = _forms({("org", "hollinsby district council"): 30, ("org", "hollinsby police"): 4,
                    ("person", "lodge hollinsby"): 12, ("person", "nell vasquez"): 7,
                    ("person", "oyelaran adeyemi"): 3, ("org", "adeyemi motors"): 5})
    authority = authority_of(forms, {k: sum(c.values()) for k, c in forms.items()})
    assert "lodge hollinsby" in authority.things
    # A firm that bears a person's surname makes no town of it.
    assert {"nell vasquez", "oyelaran adeyemi"} <= set(authority.people.people)
    forms[("person", "ann hollinsby")] = Counter({"Ann Hollinsby": 2})
    authority = authority_of(forms, {k: sum(c.values()) for k, c in forms.items()})
    assert "lodge hollinsby" not in authority.things  # the word ends a person's name too


@pytest.mark.parametrize("text", [
    "VASQUEZ - Detective Constable", "VASQUEZ - DC\n", "Vasquez – Det. Con.,",
    "4471 Vasquez (D.C.)", "D.C.-4471 Vasquez", "Police Community Support Officer VASQUEZ",
    "Community Support Officer Vasquez"])
def test_a_rank_after_a_dash_or_spelt_in_full_or_hyphened_to_the_collar_is_the_officer_s(
        text: str) -> None:
    from search.name_authority import NameAuthority, Person

    people = NameAuthority([
        Person("nell vasquez", "Nell Vasquez", titles={"dc", "pcso"}, named=8),
        Person("ida vasquez", "Ida Vasquez", named=5)])
    assert [(link.key, link.rule) for link in people.find(text)] == [
        ("nell vasquez", "title-known")], text


def test_a_surname_before_a_dash_and_the_next_line_s_rank_is_no_title_form() -> None:
    from search.name_authority import NameAuthority, Person

    people = NameAuthority([Person("nell vasquez", "Nell Vasquez", titles={"dc"}, named=8),
                            Person("ida vasquez", "Ida Vasquez", named=5)])
    assert [link.key for link in people.find("Agenda: Vasquez - DC Smith to report")] == []


def test_a_priest_s_title_before_the_surname_is_the_priest_s() -> None:
    from search.name_authority import NameAuthority, Person

    people = NameAuthority([Person("oren vasquez", "Oren Vasquez", titles={"fr"}, named=8),
                            Person("ida vasquez", "Ida Vasquez", named=5)])
    assert [(link.key, link.rule) for link in people.find("Mass said by Rev. Fr VASQUEZ.")] == [
        ("oren vasquez", "title-known")]


def test_a_person_keyed_without_the_first_given_name_is_shown_in_full() -> None:
    # The recogniser took the unfamiliar first name for a place and cut it off ("Grace
    # Okoro"); the name in full the collection also writes is the one shown. A role is no name.
    forms = _forms({("person", "grace okoro"): 5, ("person", "ada grace okoro"): 1,
                    ("place", "ada"): 3, ("person", "nell vasquez"): 4,
                    ("person", "pastor nell vasquez"): 1})
    people = authority_of(forms, {k: sum(c.values()) for k, c in forms.items()}).people.people
    assert people["grace okoro"].display == "Ada Grace Okoro"
    assert people["nell vasquez"].display == "Nell Vasquez"
