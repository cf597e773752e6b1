"""A name found in a form's line ends at the next field (ingest.entities.within_field), and one
person known by a middle name is one entity of the authority (ingest.names). Invented names."""

from __future__ import annotations

import pytest

from ingest.entities import Candidate, within_field
from ingest.names import known_by_middle_name, merge_people
from search.name_authority import Link, NameAuthority, Person

LINE = ("Young person: ADEBAYO, Chidi Reviewer: Ms Tregear\n"
        "Chidi Adebayo Ezeh: I said no\n"
        "Author: Grace Tregear   Grading: B2 at 10:30")


def _cut(written: str) -> str:
    start = LINE.index(written)
    return within_field(LINE, Candidate("person", start, start + len(written), written, 1)).text


@pytest.mark.parametrize(("found", "name"), [
    ("ADEBAYO, Chidi Reviewer", "ADEBAYO, Chidi"),  # the next field's label
    ("Chidi Adebayo Ezeh", "Chidi Adebayo Ezeh"),  # a speaker's label: the name opens its line
    ("Grace Tregear   Grading", "Grace Tregear"),  # a wide gap between fields
    ("Ms Tregear", "Ms Tregear"),
])
def test_a_name_ends_at_the_next_field(found: str, name: str) -> None:
    assert _cut(found) == name


def test_a_first_name_and_a_middle_name_written_together_make_one_person() -> None:
    people = NameAuthority([Person("eamon doyle", "Eamon Doyle", named=5),
                            Person("cathal doyle", "Cathal Doyle", named=20)])
    link = Link(0, 18, "Eamon Cathal Doyle", "eamon doyle", "full", 1.0)
    assert known_by_middle_name(link, people) == "cathal doyle"
    aliases: dict[str, str] = {}
    merged = merge_people(people, aliases, {"eamon doyle": "cathal doyle"})
    assert set(merged.people) == {"cathal doyle"}
    assert merged.people["cathal doyle"].named == 25
    assert aliases == {"eamon doyle": "cathal doyle"}
    found = {link.text: link.key for link in merged.find("Seen by E. Doyle and Eamon Doyle.")}
    assert found == {"E. Doyle": "cathal doyle", "Eamon Doyle": "cathal doyle"}


def test_two_people_of_one_surname_stay_two_without_such_a_name() -> None:
    people = NameAuthority([Person("eamon doyle", "Eamon Doyle"),
                            Person("cathal doyle", "Cathal Doyle")])
    link = Link(0, 11, "Eamon Doyle", "eamon doyle", "full", 1.0)
    assert known_by_middle_name(link, people) is None


def test_a_hierarchical_mail_name_ends_at_its_first_slash() -> None:
    line = "From: Grace Tregear/SAFEG/NORTHMOOR\nTo: P/S Adebayo"
    start = line.index("Grace")
    found = within_field(line, Candidate("person", start, line.index("\n"),
                                         line[start:line.index("\n")], 1))
    assert (found.text, found.end) == ("Grace Tregear", start + len("Grace Tregear"))
    start = line.index("P/S")
    kept = within_field(line, Candidate("person", start, len(line), line[start:], 1))
    assert kept.text == "P/S Adebayo"


def test_a_note_s_lead_word_before_a_name_is_no_initials() -> None:
    from collections import Counter

    from ingest.names import authority_of, written_as_initials

    # "NB Tamsin Pellew" names the decoy in full; "TL Pellow" is initials.
    assert not written_as_initials(Counter({"NB Tamsin Pellew": 2}))
    assert written_as_initials(Counter({"TL Pellow": 2}))
    forms = {("person", "tamsin pellew"): Counter({"Tamsin Pellew": 4}),
             ("person", "nb tamsin pellew"): Counter({"NB Tamsin Pellew": 3}),
             ("person", "tamsin pellow"): Counter({"Tamsin Pellow": 40})}
    people = authority_of(forms).people.people
    assert people["tamsin pellew"].named == 7  # all seven of the decoy's, none dropped


def test_another_stated_name_is_filed_under_the_person_the_statement_is_about() -> None:
    from ingest.names import Authority, gather_stated_names

    # The other name is written far more often; the person is still the one named first.
    people = NameAuthority([Person("rhys tapper", "Rhys Tapper", named=3, documents=3),
                            Person("rhys mallon", "Rhys Mallon", named=20, documents=18)])
    authority = Authority(people, {}, {})
    gather_stated_names(["Rhys Tapper (a/k/a Rhys Mallon) was seen."], authority)
    assert set(authority.people.people) == {"rhys tapper"}
    assert authority.aliases == {"rhys mallon": "rhys tapper"}


def test_an_alias_also_read_as_an_earlier_surname_is_still_one_person() -> None:
    from ingest.names import Authority, gather_stated_names

    # "also known as MALLON, Rhys": another whole name, whose surname alone also reads as an
    # earlier surname; the two readings must not cancel each other.
    people = NameAuthority([Person("rhys tapper", "Rhys Tapper", named=3, documents=3),
                            Person("rhys mallon", "Rhys Mallon", named=20, documents=18)])
    authority = Authority(people, {}, {})
    gather_stated_names(["SUBJECT: Rhys Tapper, also known as MALLON, Rhys,\n"], authority)
    assert set(authority.people.people) == {"rhys tapper"}


def test_a_label_with_a_number_after_a_name_is_no_word_of_it() -> None:
    line = "Name: Bronwen Quillfeather Over 18: Yes"
    written = "Bronwen Quillfeather Over"
    start = line.index(written)
    found = within_field(line, Candidate("person", start, start + len(written), written, 1))
    assert found.text == "Bronwen Quillfeather"
