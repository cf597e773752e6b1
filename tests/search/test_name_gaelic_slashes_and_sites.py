"""names31: general causes found on set 23 (invented examples, none of that set's names).

A Gaelic surname of words with its article and mutation ("Mac an t-Saoir") is one surname in
every form; a register's "SURNAME/Mr." and a log's "PCSO 4471, Surname" are a title and a
surname; a Scottish council's bailie and a dojo's sensei are titles; the islands' "o'" between
a given name and a surname is no word of the name; a marina, a caravan site, a boat named after
its kind and a group ("Young People") are no person."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person, particle_surname
from search.name_kinds import name_kind
from search.names import person_key, plausible_person

PEOPLE = [Person("eoghan mac an t-sluagh", "Eoghan Mac an t-Sluagh"),
          Person("ruairi quarrendon", "Ruairi Quarrendon"),
          Person("petronella abara", "Petronella Abara")]


def _links(text: str) -> dict[str, str | None]:
    return {link.text: link.key for link in NameAuthority(PEOPLE).find(text)}


def test_a_gaelic_surname_of_words_is_one_surname() -> None:
    assert particle_surname(PEOPLE[0]) == ("mac", "an", "t-sluagh")
    assert particle_surname(Person("ann mac smith", "Ann Mac Smith")) == ()


@pytest.mark.parametrize("text", [
    "Seen by Eoghan Mac an t-Sluagh today", "Seen by Eoghan Mac an tSluagh today",
    "Seen by Eoghan Mac an t Sluagh today", "Seen by Eoghan MacantSluagh today",
    "Signed: DS MAC AN T-SLUAGH\n", "MAC AN T-SLUAGH, Eoghan", "Taken by DS 2291, Mac an t-Sluagh\n",
])
def test_a_gaelic_surname_is_found_however_its_mutation_is_written(text: str) -> None:
    assert "eoghan mac an t-sluagh" in _links(text).values()


def test_the_gaelic_article_is_inside_a_name_and_an_english_one_is_not() -> None:
    assert plausible_person("Eoghan Mac an t-Sluagh")
    assert not plausible_person("Eoghan an Sluagh")


@pytest.mark.parametrize(("text", "key"), [
    ("Booked by: QUARRENDON/Mr.\n", "ruairi quarrendon"),
    ("Checked by ABARA/Ms at the desk", "petronella abara"),
    ("Booked by PCSO 4471, Abara\n", "petronella abara"),
    ("Lesson taken by Sensei QUARRENDON\n", "ruairi quarrendon"),
    ("Register checked by: Ruairi o' Quarrendon\n", "ruairi quarrendon"),
])
def test_a_title_after_a_slash_or_a_comma_after_a_collar_finds_the_person(
        text: str, key: str) -> None:
    assert key in _links(text).values()


def test_an_acting_rank_s_letter_before_a_slash_is_no_surname() -> None:
    from search.name_tokens import tokens

    assert [w for w, _s, _e in tokens("(T/DS)")][-1] == "(ds"
    assert [w for w, _s, _e in tokens("ABARA/DS\n")][-1] == "=ds"


def test_a_bailie_s_title_is_no_part_of_the_name() -> None:
    assert person_key("Bailie Morag Linklater") == "morag linklater"


@pytest.mark.parametrize("text", ["Saltcote Marina", "Harrowby Caravan Park", "Harrowby Caravan"])
def test_a_marina_or_a_caravan_site_is_no_person(text: str) -> None:
    assert name_kind("person", text)[0] in ("org", "place")


def test_a_known_forename_before_marina_stays_a_person() -> None:
    assert name_kind("person", "Margaret Marina")[0] == "person"


def test_a_group_of_people_is_no_person() -> None:
    assert not plausible_person("Young People")
    assert not plausible_person("Local Residents")


@pytest.mark.parametrize("text", ["Analysed by Ines Brackley (marriage name; Saltoun before).",
                                  "Seen by Ines Brackley (Saltoun before)"])
def test_an_earlier_surname_written_before_its_word_is_stated(text: str) -> None:
    from search.name_statements import may_state_names, stated_earlier_names

    people = [Person("ines brackley", "Ines Brackley"), Person("ines saltoun", "Ines Saltoun")]
    links = NameAuthority(people).find(text)
    assert may_state_names(text)
    assert stated_earlier_names(text, links, {p.key for p in people}) == [
        ("ines brackley", "ines saltoun")]


def test_a_surname_in_brackets_with_other_words_states_nothing() -> None:
    from search.name_statements import stated_earlier_names

    people = [Person("ines brackley", "Ines Brackley"), Person("ines saltoun", "Ines Saltoun")]
    text = "Seen by Ines Brackley (with Saltoun before)"
    assert stated_earlier_names(text, NameAuthority(people).find(text), {p.key for p in people}) == []


@pytest.mark.parametrize("text", ["Checked by: SALTOUN/Ms\n", "Checked by: Saltoun (Mrs)\n"])
def test_an_earlier_surname_with_its_title_after_it_finds_the_person(text: str) -> None:
    person = Person("ines brackley", "Ines Brackley", aliases={"ines saltoun"})
    links = {link.text: link.key for link in NameAuthority([person]).find(text)}
    assert "ines brackley" in links.values()
