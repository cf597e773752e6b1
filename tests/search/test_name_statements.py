"""Another whole name a document states a person goes by (search.name_statements): aliases and
earlier surnames, read from the words between two names. Names of a town of our own (Cawdell),
none from the evaluation sets."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person
from search.name_statements import (
    stated_aliases,
    stated_apart,
    stated_earlier_names,
    stated_surname_nicknames,
)

PEOPLE = NameAuthority([Person("rhys tapper", "Rhys Tapper", named=20, documents=15),
                        Person("rhys mallon", "Rhys Mallon", named=8, documents=6),
                        Person("orla kinsey", "Orla Kinsey", named=12, documents=9),
                        Person("orla tapper", "Orla Tapper", named=10, documents=8)])


@pytest.mark.parametrize("text", [
    "Seen with Rhys Tapper, also known as Rhys Mallon, on Friday.",
    "Seen with Rhys Tapper (AKA Rhys Mallon) on Friday.",
    "Seen with Rhys Tapper @ Rhys MALLON on Friday.",
    "SUBJECT: Rhys Tapper\n\nAKA: MALLON, Rhys\n",
    "Seen with Rhys Tapper - known to the girls as Rhys Mallon - on Friday.",
])
def test_a_stated_alias_is_the_person_named_first(text: str) -> None:
    assert stated_aliases(text, PEOPLE.find(text)) == [("rhys mallon", "rhys tapper")]


@pytest.mark.parametrize("text", [
    "Rhys Mallon is not Rhys Tapper; no link has been found.",
    "Present: Rhys Tapper, Rhys Mallon.",
])
def test_two_names_side_by_side_state_nothing(text: str) -> None:
    assert stated_aliases(text, PEOPLE.find(text)) == []


@pytest.mark.parametrize("text", [
    "Minutes: Orla Kinsey (née Tapper)", "Informed: Orla Kinsey (formerly Tapper)",
    'To: "Orla Kinsey - formerly Tapper" <orla.tapper@cawdell.gov.uk>',
])
def test_an_earlier_surname_stated_after_a_name_is_the_same_person(text: str) -> None:
    assert stated_earlier_names(text, PEOPLE.find(text), set(PEOPLE.people)) == [
        ("orla kinsey", "orla tapper")]


def test_an_earlier_surname_no_one_was_known_by_states_nothing() -> None:
    text = "Minutes: Orla Kinsey (née Farrow)"
    assert stated_earlier_names(text, PEOPLE.find(text), set(PEOPLE.people)) == []


@pytest.mark.parametrize("text", [
    "NB Idris Tapley (a joiner) is a different person from Idris Tapper and is not connected.",
    "NB TAPLEY, Idris, a joiner, is not to be confused with Idris TAPPER.",
    "Idris Tapley is not Idris Tapper.",
])
def test_two_names_stated_apart_are_two_people(text: str) -> None:
    from search.name_statements import stated_apart, unmerged_by_statement

    assert stated_apart(text) == [("idris tapley", "idris tapper")]
    # A spelling one letter away, read as Idris Tapper, stays a person of its own.
    assert unmerged_by_statement({"idris tapley": "idris tapper"}, stated_apart(text)) == {
        "idris tapley"}
    assert unmerged_by_statement({"idris tapley": "idris tapper"},
                                 [("idris tapley", "i tapper")]) == {"idris tapley"}
    assert unmerged_by_statement({"idris tapley": "idris tapper"},
                                 [("idris tapley", "rhona gill")]) == set()


def test_of_two_names_stated_apart_the_person_s_own_spelling_stays_theirs() -> None:
    from search.name_statements import unmerged_by_statement

    aliases = {"idris tapper": "idris owain tapper", "idris tapley": "idris owain tapper"}
    assert unmerged_by_statement(aliases, [("idris tapley", "idris tapper")]) == {"idris tapley"}
    assert unmerged_by_statement(aliases, [("idris tapper", "idris tapley")]) == {"idris tapley"}


@pytest.mark.parametrize("text", [
    # An appositive: the other name closes a bracket, a pair of commas or dashes opened after
    # the person's name by words that speak of naming, however they are phrased.
    "Seen with Rhys Tapper (Welsh name Rhys Mallon) on Friday.",
    "Seen with Rhys Tapper, who goes by Rhys Mallon, on Friday.",
    "Seen with Rhys Tapper, who answers to the name MALLON, Rhys, on Friday.",
    "Seen with Rhys Tapper [styled himself Rhys Mallon] on Friday.",
    "Seen with Rhys Tapper - name given to staff: Rhys Mallon - on Friday.",
    "Seen with Rhys Tapper (calls himself RHYS MALLON)\nNext line.",
])
def test_another_name_in_an_appositive_that_speaks_of_naming_is_an_alias(text: str) -> None:
    assert stated_aliases(text, PEOPLE.find(text)) == [("rhys mallon", "rhys tapper")]


@pytest.mark.parametrize("text", [
    "Seen with Rhys Tapper (driven by Rhys Mallon) on Friday.",  # no naming
    "Seen with Rhys Tapper, who is not known as Rhys Mallon, on Friday.",  # denied
    "Rhys Tapper (named in the order) met Rhys Mallon on Friday.",  # the clause closed before
    "Present: Rhys Tapper / Rhys Mallon.",  # a list
])
def test_another_name_beside_a_person_without_a_naming_appositive_is_no_alias(text: str) -> None:
    assert stated_aliases(text, PEOPLE.find(text)) == []


@pytest.mark.parametrize("text", [
    "Minutes: Orla Kinsey [prev. Tapper]", "Minutes: Orla Kinsey, previously Orla Tapper, chaired.",
    "Minutes: Orla Kinsey (maiden name TAPPER)",
])
def test_an_earlier_surname_in_an_appositive_is_the_same_person(text: str) -> None:
    pairs = {*stated_earlier_names(text, PEOPLE.find(text), set(PEOPLE.people)),
             *((b, a) for a, b in stated_aliases(text, PEOPLE.find(text)))}
    assert ("orla kinsey", "orla tapper") in pairs


def test_an_earlier_surname_of_a_person_filed_under_a_longer_name_is_theirs() -> None:
    # "Orla Tapper" is an alias of "Orla Ann Tapper" (her middle name written elsewhere).
    text = "Minutes: Orla Kinsey (nee Tapper)"
    aliases = {"orla tapper": "orla ann tapper"}
    assert stated_earlier_names(text, PEOPLE.find(text), {"orla kinsey", "orla ann tapper"},
                                aliases) == [("orla kinsey", "orla ann tapper")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Seen: Tamsin 'Tam' Pellow at the gate.", [("tam pellow", "tamsin pellow")]),
    ("Seen: Tamsin [Bee] Pellow at the gate.", [("bee pellow", "tamsin pellow")]),
    ('Seen: Tamsin "Nok" PELLOW at the gate.', [("nok pellow", "tamsin pellow")]),
    ("Seen: Tamsin (Ward 4) Pellow at the gate.", []),  # no name in the brackets
    ("Seen: Orla 'Tam' Pellow at the gate.", []),  # no person of that forename and surname
    # The nickname of a second given name, written after it ("Tamsin Jane 'Janey' Pellow").
    ("Seen: Tamsin Jane 'Janey' Pellow at the gate.", [("janey pellow", "tamsin pellow")]),
])
def test_a_nickname_written_inside_a_person_s_name_is_stated(text: str,
                                                             expected: list[tuple[str, str]]) -> None:
    from search.name_statements import stated_inner_nicknames

    people = {"tamsin pellow": "tamsin pellow", "tamsin jane pellow": "tamsin pellow"}
    assert stated_inner_nicknames(text, people) == expected


@pytest.mark.parametrize("text", [
    "NB Idris Tapley (a joiner) and Idris Tapper are two different men; not related.",
    "Idris Tapley and Mr Idris Tapper, his cousin, are not the same person.",
])
def test_two_names_stated_apart_in_one_breath_are_two_people(text: str) -> None:
    from search.name_statements import stated_apart

    assert stated_apart(text) == [("idris tapley", "idris tapper")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Seen: Idris Owain 'Dodo' Pellow at the gate.", [("dodo pellow", "idris owain pellow")]),
    ("Seen: Cadoc Owain 'Dodo' Pellow at the gate.", [("dodo pellow", "cadoc owain pellow")]),
    ("Seen: Owain 'Dodo' Pellow at the gate.", []),  # either man's second given name
])
def test_a_nickname_after_a_given_name_two_people_share_is_the_one_whose_names_precede(
        text: str, expected: list[tuple[str, str]]) -> None:
    from search.name_statements import stated_inner_nicknames

    people = {"idris owain pellow": "idris owain pellow", "cadoc owain pellow": "cadoc owain pellow"}
    assert stated_inner_nicknames(text, people) == expected


def test_a_nickname_is_not_given_to_the_name_read_with_it_inside() -> None:
    from search.name_statements import stated_inner_nicknames

    # 'Idris Owain "Dodo" Pellow' read without its quotes is the key "idris owain dodo pellow".
    people = {"idris owain pellow": "idris owain pellow",
              "idris owain dodo pellow": "idris owain dodo pellow"}
    text = 'Seen: Idris Owain "Dodo" Pellow at the gate.'
    assert stated_inner_nicknames(text, people) == [("dodo pellow", "idris owain pellow")]


@pytest.mark.parametrize("text", [
    "Interpreted through Rhys Tapper, listed by the agency as Rhys Mallon, on the day.",
    "Interpreted through Rhys Tapper (books jobs as Rhys Mallon) on the day.",
])
def test_a_name_a_person_works_under_is_stated(text: str) -> None:
    from search.name_statements import may_state_names

    assert may_state_names(text)
    assert stated_aliases(text, PEOPLE.find(text)) == [("rhys mallon", "rhys tapper")]


def test_a_name_after_an_appositive_closed_before_it_is_no_other_name() -> None:
    text = "Follow-up: passed to Rhys Tapper, previously known as Mallon, and KINSEY, Orla."
    assert stated_aliases(text, PEOPLE.find(text)) == []


def test_a_nickname_goes_to_the_person_filed_under_the_name_read_with_it_inside() -> None:
    from search.name_statements import stated_inner_nicknames

    people = {"idris owain dodo pellow": "idris owain dodo pellow",
              "idris owain pellow": "idris owain dodo pellow",
              "cadoc owain pellow": "cadoc owain pellow"}
    text = 'Seen: Idris Owain "Dodo" Pellow at the gate.'
    assert stated_inner_nicknames(text, people) == [("dodo pellow", "idris owain dodo pellow")]


def test_a_forename_stated_in_brackets_is_the_person_the_name_stands_for() -> None:
    from search.name_statements import stated_real_forenames

    people = {"rebecca jane lowry", "osei bin tahir", "rebecca marsh"}
    text = ("Seen: Bex Lowry (real name Rebecca) and Sei bin Tahir (given name: Osei).\n"
            "Also Bex Marsh (real name Tamsin), and Bex Vane (real name Rebecca).")
    assert stated_real_forenames(text, people) == [
        ("bex lowry", "rebecca jane lowry"), ("sei bin tahir", "osei bin tahir")]


def test_a_name_worn_on_a_badge_or_used_at_work_is_another_name_of_the_person() -> None:
    people = NameAuthority([Person("marisa quelch", "Marisa Quelch", named=12),
                            Person("ying lamond", "Ying Lamond", named=4)])
    for text in ("Sent to Marisa Quelch, whose badge reads Ying Lamond, at the desk.",
                 "Cc: Marisa Quelch - at work: LAMOND Ying (Intelligence)"):
        assert stated_aliases(text, people.find(text)) == [("ying lamond", "marisa quelch")], text
    text = "Sent to Marisa Quelch, who works with Ying Lamond, at the desk."
    assert stated_aliases(text, people.find(text)) == []


@pytest.mark.parametrize("text", [
    "N.B. WETHERBY, Cara (florist) is not Kara Wetherby: dates of birth differ.",
    "NB Cara Wetherby (florist) is not Kara Wetherby.",
    "Note: Wetherby, Cara is not Kara Wetherby."])
def test_a_notes_mark_before_a_statement_is_no_part_of_the_name(text: str) -> None:
    assert stated_apart(f"Seen at the yard.\n\n{text}") == [("cara wetherby", "kara wetherby")]


@pytest.mark.parametrize(("text", "pairs"), [
    ("Seen: QUILL a.k.a. Dozzer, outside the bookies.", [("dozzer quill", "dorran quill")]),
    ("Seen: Quill aka Dozzer.", [("dozzer quill", "dorran quill")]),
    ("Seen: Quill aka Dozzer Smith.", []),  # a whole other name: stated_aliases
    ("Seen: Quill a.k.a. Dorran.", []),  # his own forename
    ("Seen: Blake a.k.a. Dozzer.", []),  # no one's surname, or two people's
])
def test_a_surname_alone_then_aka_and_one_name_states_the_name_used(
        text: str, pairs: list[tuple[str, str]]) -> None:
    assert stated_surname_nicknames(text, {"quill": ["dorran quill"]}) == pairs


def test_a_name_stated_after_a_surname_that_is_a_person_already_is_the_other_holders() -> None:
    # "Dozzer Quill" is written elsewhere, and so is a person of the authority's: the statement
    # makes it Dorran Quill's; a third Quill would leave it no one's.
    text = "Lock screen shows QUILL a.k.a. Dozzer."
    holders = {"quill": ["dorran quill", "dozzer quill"]}
    assert stated_surname_nicknames(text, holders) == [("dozzer quill", "dorran quill")]
    holders["quill"].append("maeve quill")
    assert stated_surname_nicknames(text, holders) == []


@pytest.mark.parametrize("text", [
    "Seen with Rhys Tapper {alias: RHYS MALLON} at the depot.",
    "Seen with Rhys Tapper [alias: Rhys Mallon] at the depot.",
    "Seen with Rhys Tapper, styling himself Rhys Mallon, at the depot.",
])
def test_an_alias_in_braces_or_a_name_someone_styles_himself_by_is_stated(text: str) -> None:
    assert stated_aliases(text, PEOPLE.find(text)) == [("rhys mallon", "rhys tapper")]
