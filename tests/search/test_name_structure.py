"""Written forms the name authority finds by the structure of the names a collection writes
(search.name_authority, search.name_variants, search.name_kinds), not by lists: a name in both
orders, a prefix written apart, a contracted forename, a misread namesake, and things that are
no person. Names here are invented for the tests."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person, same_people
from search.name_kinds import name_kind
from search.name_variants import forename_rule


def _links(text: str, people: list[Person]) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {link.text: (link.key, link.candidates) for link in NameAuthority(people).find(text)}


def test_a_name_written_in_both_orders_is_one_person_and_so_are_its_given_names() -> None:
    merged = same_people({"le van minh": 12, "van minh le": 3, "minh le": 2, "van minh": 4,
                          "le thi hoa": 9})
    assert merged == {"van minh le": "le van minh", "minh le": "le van minh",
                      "van minh": "le van minh"}


def test_two_words_in_both_orders_are_one_person() -> None:
    assert same_people({"kwok mei-wah": 10, "mei-wah kwok": 2}) == {"mei-wah kwok": "kwok mei-wah"}


def test_the_family_name_written_first_is_found_by_title_and_initials() -> None:
    person = Person("le van minh", "Lê Văn Minh", aliases={"van minh le"})
    links = _links("Mr Lê was seen. V.M. Le agreed.", [person])
    assert links["Mr Lê"][0] == "le van minh"
    assert links["V.M. Le"][0] == "le van minh"


def test_a_prefix_written_apart_and_a_name_cut_at_its_hyphen_are_the_person() -> None:
    merged = same_people({"pieter vandijk": 10, "pieter van dijk": 4, "ana maria-jose": 8,
                          "ana maria": 2})
    assert merged["pieter van dijk"] == "pieter vandijk"
    assert merged["ana maria"] == "ana maria-jose"


def test_a_name_punctuated_otherwise_needs_only_to_be_rarer() -> None:
    assert same_people({"kwok mei-wah": 10, "kwok meiwah": 7}) == {"kwok meiwah": "kwok mei-wah"}


@pytest.mark.parametrize(("short", "formal", "rule"), [
    ("dimos", "dimitrios", "nickname"), ("kostya", "konstantin", None),
    ("marek", "darek", None), ("ilona", "ilana", None),
])
def test_a_contracted_forename_is_a_short_form_and_a_decoy_is_not(
        short: str, formal: str, rule: str | None) -> None:
    assert (forename_rule(short, formal) == "nickname") == (rule == "nickname")


def test_a_contracted_forename_merges_when_rarer_and_a_decoy_never() -> None:
    assert same_people({"dimitrios vlachos": 9, "dimos vlachos": 7}) == {
        "dimos vlachos": "dimitrios vlachos"}
    assert same_people({"ilana berger": 9, "ilona berger": 7}) == {}


def test_a_longer_sure_form_holds_the_name_written_inside_it() -> None:
    people = [Person("mary ann walsh", "Mary Ann Walsh"), Person("ann walsh", "Ann Walsh")]
    assert _links("Met Mary Ann Walsh today.", people) == {
        "Mary Ann Walsh": ("mary ann walsh", ())}


def test_initials_pass_over_a_misread_namesake_but_not_over_a_decoy() -> None:
    common = Person("tomasz wolak", "Tomasz Wolak", named=20)
    misread = Person("tornasz wolak", "Tornasz Wolak", named=2)
    assert _links("T. Wolak attended.", [common, misread])["T. Wolak"][0] == "tomasz wolak"
    decoy = Person("tamasz wolak", "Tamasz Wolak", named=9)
    assert _links("T. Wolak attended.", [common, decoy])["T. Wolak"][0] is None


def test_a_title_never_chooses_between_forenames_with_other_first_letters() -> None:
    people = [Person("rafal zielinski", "Rafal Zielinski", named=30),
              Person("kafal zielinski", "Kafal Zielinski", named=3)]
    assert _links("Mr Zielinski attended.", people)["Mr Zielinski"][0] is None


@pytest.mark.parametrize("text", [
    "Interview Record - Brackenfold", "B2 Motors", "D4 Grading", "Corsa VRM", "Adebayo PC5521",
    "St Oswald's", "St. Wilfrid",
])
def test_headings_codes_and_labelled_vehicles_are_no_person(text: str) -> None:
    assert name_kind("person", text)[0] is None


@pytest.mark.parametrize("text", ["Gr4ce Adebayo", "Mary-Jane Adebayo", "Adebayo-Bell"])
def test_names_with_ocr_digits_or_hyphens_stay_people(text: str) -> None:
    assert name_kind("person", text)[0] == "person"


def test_a_greeting_is_never_part_of_the_name() -> None:
    assert name_kind("person", "Dear Kwok Mei Wah") == ("person", "Kwok Mei Wah")


def test_a_code_is_never_read_as_a_name_written_with_ocr_digits() -> None:
    people = [Person("al kemp", "Al Kemp"), Person("helen ashworth", "Helen Ashworth")]
    assert _links("Collected by A1 Kemp cabs, then He1en Ashworth.", people) == {
        "He1en Ashworth": ("helen ashworth", ())}
