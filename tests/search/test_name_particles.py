"""Surnames with particles (D', O', Mc/Mac, de, dela, van den, al-, bin) found in every written
form: capitals, "SURNAME, Forename", initials, titles, addresses, with the particle's space,
apostrophe or hyphen written or not. Names of a town of our own, none from the evaluation sets."""

from __future__ import annotations

import pytest

from search.name_authority import (
    NameAuthority,
    Person,
    is_full_name,
    same_people,
    surnames_alone,
)
from search.names import apostrophe_spellings

PEOPLE = [Person("teodoro dela rama", "Teodoro dela Rama"),
          Person("wouter van der sluis", "Wouter van der Sluis"),
          Person("niamh orourke", "Niamh O'Rourke"),
          Person("ottavio dambrosio", "Ottavio D'Ambrosio"),
          Person("eilidh macaskill", "Eilidh MacAskill"),
          Person("yusuf al-rashidi", "Yusuf al-Rashidi"),
          Person("hafiz bin osman", "Hafiz bin Osman"),
          Person("marisol rama", "Marisol Rama")]


@pytest.mark.parametrize(("written", "key"), [
    ("DELA RAMA, Teodoro", "teodoro dela rama"), ("TEODORO DELA RAMA", "teodoro dela rama"),
    ("T. dela Rama", "teodoro dela rama"), ("Mr Dela Rama", "teodoro dela rama"),
    ("Teodoro Delarama", "teodoro dela rama"), ("DELA RAMA T", "teodoro dela rama"),
    ("VAN DER SLUIS, Wouter", "wouter van der sluis"), ("W. van der Sluis", "wouter van der sluis"),
    ("Cllr van der Sluis", "wouter van der sluis"), ("Wouter Vandersluis", "wouter van der sluis"),
    ("W. Vander Sluis", "wouter van der sluis"), ("wvandersluis", "wouter van der sluis"),
    ("O'ROURKE, Niamh", "niamh orourke"), ("N. O Rourke", "niamh orourke"),
    ("Ms ORourke", "niamh orourke"), ("Niamh O Rourke", "niamh orourke"),
    ("D'AMBROSIO, Ottavio", "ottavio dambrosio"), ("O. D'Ambrosio", "ottavio dambrosio"),
    ("Mr D Ambrosio", "ottavio dambrosio"), ("Ottavio Dambrosio", "ottavio dambrosio"),
    ("DAMBROSIO O", "ottavio dambrosio"),
    ("Eilidh Mc Askill", "eilidh macaskill"), ("E. McAskill", "eilidh macaskill"),
    ("MACASKILL, Eilidh", "eilidh macaskill"),
    ("AL-RASHIDI, Yusuf", "yusuf al-rashidi"), ("Y. al-Rashidi", "yusuf al-rashidi"),
    ("Mr Al Rashidi", "yusuf al-rashidi"), ("Yusuf Alrashidi", "yusuf al-rashidi"),
    ("BIN OSMAN, Hafiz", "hafiz bin osman"), ("Mr bin Osman", "hafiz bin osman"),
    ("H. bin Osman", "hafiz bin osman"),
])
def test_a_surname_with_particles_in_every_form(written: str, key: str) -> None:
    links = {lk.text: lk.key for lk in NameAuthority(PEOPLE).find(f"Seen by {written} today.")}
    assert links.get(written) == key, links


def test_the_particle_is_no_part_of_another_surname() -> None:
    links = {lk.text: (lk.key, lk.candidates)
             for lk in NameAuthority(PEOPLE).find("Seen by Ms Rama and M. Rama today.")}
    assert links["M. Rama"] == ("marisol rama", ())


def test_particles_written_apart_or_joined_are_one_person() -> None:
    merged = same_people({"wouter vandersluis": 9, "wouter van der sluis": 4,
                          "teodoro delarama": 6, "teodoro de la rama": 2})
    assert merged == {"wouter van der sluis": "wouter vandersluis",
                      "teodoro de la rama": "teodoro delarama"}


def test_a_key_s_words_get_back_the_apostrophe_the_index_keeps() -> None:
    assert apostrophe_spellings("niamh orourke") == ["niamh o'rourke"]
    assert apostrophe_spellings("ottavio dambrosio") == ["ottavio d'ambrosio"]
    assert apostrophe_spellings("wouter van der sluis") == []


def test_a_surname_of_two_names_joined_by_a_conjunction_is_one_surname() -> None:
    from search.names import person_key

    # Catalan "i", Spanish "y": "Pau Serra i Vidal" is Pau, surnamed Serra-Vidal.
    assert person_key("Pau Serra i Vidal") == person_key("Pau Serra-Vidal") == "pau serra-vidal"
    assert person_key("Lucia Arroyo y Mena") == "lucia arroyo-mena"
    assert person_key("Ivan Y Hughes") == "ivan y hughes"  # a capital is an initial
    people = [Person("pau serra-vidal", "Pau Serra i Vidal", named=20, documents=15),
              Person("pau serra", "Pau Serra", named=6, documents=6)]
    links = {lk.text: lk.key for lk in NameAuthority(people).find(
        "Present: Pau Serra i Vidal (chair). Minutes by PAU SERRA I VIDAL.")}
    assert links == {"Pau Serra i Vidal": "pau serra-vidal", "PAU SERRA I VIDAL": "pau serra-vidal"}


def test_an_index_entry_with_a_middle_name_is_one_link() -> None:
    # "QUARMBY/Ottoline Rose", "QUARMBY Ottoline Rose": surname first, then every given name.
    people = [Person("ottoline rose quarmby", "Ottoline Rose Quarmby", named=9, documents=7)]
    for text in ("Seen: QUARMBY/Ottoline Rose today.", "Seen: QUARMBY Ottoline Rose today."):
        links = [(lk.text, lk.key) for lk in NameAuthority(people).find(text)]
        assert links == [(text[6:-7], "ottoline rose quarmby")], text


def test_a_tuareg_particle_is_a_surname_s_written_capitalised_or_not() -> None:
    # "ag" ("son of") begins the surname: a rank and a collar number go before it whole, and
    # "ag Tamert" alone is a surname, no full name.
    people = [Person("issouf ag tamert", "Issouf Ag Tamert", titles={"pc"}, named=9,
                     documents=9)]
    authority = NameAuthority(people)
    for text in ("by PC4471 ag Tamert.", "Pc 4471 ag Tamert", "Issouf ag Tamert"):
        assert [link.key for link in authority.find(text)] == ["issouf ag tamert"], text
    assert not is_full_name("ag tamert")


def test_two_surnames_written_alone_are_the_one_person_s_who_has_them() -> None:
    # "Quelcha Tz'ib" beside "Yolanda Quelcha Tz'ib": her two surnames, with a title and a
    # collar number too; a glottal stop's apostrophe keeps "Tz'ib" one word.
    counts = {"yolanda quelcha tzib": 9, "quelcha tzib": 3, "rosa quelcha": 4}
    assert same_people(counts) == {"quelcha tzib": "yolanda quelcha tzib"}
    people = [Person("yolanda quelcha tzib", "Yolanda Quelcha Tz'ib", titles={"dc"},
                     aliases={"quelcha tzib"}, named=12, documents=9)]
    authority = NameAuthority(people)
    for text in ("Quelcha Tz'ib (DC 417) attended", "DC 417 Quelcha Tz'ib", "DC Quelcha Tz'ib"):
        assert [link.key for link in authority.find(text)] == ["yolanda quelcha tzib"], text
    # A forename first is a person's name, no surnames alone.
    assert surnames_alone({"ana rosa quelcha": 9, "rosa quelcha": 3}) == {}
    assert surnames_alone({"yolanda quelcha tzib": 9, "marta quelcha tzib": 9, "quelcha tzib": 3}
                          ) == {}


def test_a_surname_s_particles_dropped_as_an_address_drops_them() -> None:
    people = [Person("issouf ag tamert", "Issouf ag Tamert", named=9, documents=9)]
    authority = NameAuthority(people)
    for text in ("From: issouf.tamert@north.example", "Issouf Tamert"):
        assert [link.key for link in authority.find(text)] == ["issouf ag tamert"], text


def test_an_address_glues_a_particled_surname_before_the_initial_or_the_forename() -> None:
    authority = NameAuthority(PEOPLE)
    for text in ("VANDERSLUISW@north.example", "vandersluiswouter@north.example",
                 "WVanDerSluis@north.example"):
        assert [link.key for link in authority.find(text)] == ["wouter van der sluis"], text


def test_a_capitalised_glued_address_is_read_as_written() -> None:
    # "TFerreiro@": a capitalised word one letter from a name part is read as that part
    # ("Ferreiro") in running text, but an address's local part is typed as it is.
    authority = NameAuthority([*PEOPLE, Person("tomas ferreiro", "Tomas Ferreiro")])
    for text in ("TFerreiro@north.example", "TFERREIRO@north.example",
                 "FerreiroT@north.example"):
        assert [link.key for link in authority.find(text)] == ["tomas ferreiro"], text
