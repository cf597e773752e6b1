"""Firms, shelters and buildings a recogniser reads as people, told by the language's words
(invented names throughout)."""

from __future__ import annotations

from collections import Counter

from ingest.names import authority_of, common_word_things, letterhead
from search.common_words import is_common_word


def _forms(*entries: tuple[str, str, str]) -> dict[tuple[str, str], Counter[str]]:
    forms: dict[tuple[str, str], Counter[str]] = {}
    for kind, key, written in entries:
        forms.setdefault((kind, key), Counter())[written] += 1
    return forms


def test_common_words_are_the_language_s_nouns_and_adjectives_and_their_plurals() -> None:
    assert is_common_word("recycling") and is_common_word("shelter")
    assert is_common_word("metals") and is_common_word("libraries")
    assert not is_common_word("quennby") and not is_common_word("co")


def test_a_name_ending_with_a_trade_no_list_knows_is_a_thing() -> None:
    forms = _forms(("person", "quennby scrap metals", "Quennby Scrap Metals"),
                   ("person", "varrowdale night shelter", "Varrowdale Night Shelter"),
                   ("person", "olwen tarrant", "Olwen Tarrant"))
    assert common_word_things(forms) == {"quennby scrap metals", "varrowdale night shelter"}


def test_a_surname_that_is_a_word_stays_a_person_when_written_as_one() -> None:
    titled = _forms(("person", "tsevelma baker", "Tsevelma Baker"), ("person", "baker", "Mrs Baker"))
    assert common_word_things(titled) == set()
    initial = _forms(("person", "orzu hill", "Orzu Hill"), ("person", "o hill", "O. Hill"))
    assert common_word_things(initial) == set()
    indexed = _forms(("person", "orzu hill", "Orzu Hill"), ("person", "orzu hill", "HILL, Orzu"))
    assert common_word_things(indexed) == set()
    tail = _forms(("person", "ximena ocampo rivers", "Ximena Ocampo Rivers"),
                  ("person", "ocampo rivers", "Ocampo Rivers"))
    assert "ocampo rivers" not in common_word_things(tail)  # the full name needs its own


def test_two_words_ending_in_a_singular_word_stay_a_person() -> None:
    """The word list holds surnames too ("rice", "boyle"): a person written once, under a
    forename no list knows, is no firm; two words need a plural noun to name one."""
    forms = _forms(("person", "tsevelma rice", "Tsevelma Rice"),
                   ("person", "orzu boyle", "Orzu Boyle"),
                   ("person", "quennby mobiles", "Quennby Mobiles"))
    assert common_word_things(forms) == {"quennby mobiles"}


def test_a_known_forename_or_a_title_first_keeps_the_name_a_person() -> None:
    forms = _forms(("person", "margaret garden", "Margaret Garden"))
    assert common_word_things(forms) == set()


def test_the_authority_holds_no_person_for_such_a_thing() -> None:
    forms = _forms(("person", "quennby scrap metals", "Quennby Scrap Metals"),
                   ("person", "olwen tarrant", "Olwen Tarrant"))
    authority = authority_of(forms)
    assert "quennby scrap metals" in authority.things
    assert set(authority.people.people) == {"olwen tarrant"}


def test_a_doubled_or_drawn_separator_before_a_heading_makes_a_letterhead() -> None:
    name = "Quennby Salvage Yard"
    for rule in ("--", "==", "•", "»", "~~"):
        assert letterhead(f"{name} {rule} PURCHASE RECEIPT {rule} No. 12", 0, len(name))
    assert not letterhead(f"{name}, PURCHASE RECEIPT", 0, len(name))
    assert not letterhead("Olwen Tarrant / CHILD PROTECTION", 0, len("Olwen Tarrant"))


def test_a_first_word_that_heads_another_person_s_name_is_a_forename() -> None:
    forms = _forms(("person", "tamsin meager", "Tamsin Meager"),
                   ("person", "tamsin meagher", "Tamsin Meagher"),
                   ("person", "corwen pickles", "Corwen Pickles"),
                   ("org", "corwen aldous", "Corwen Aldous"))
    assert common_word_things(forms) == set()


def test_a_page_that_opens_with_a_name_before_its_heading_makes_it_a_letterhead() -> None:
    from ingest.names import letterhead_candidates, opens_as_letterhead

    assert opens_as_letterhead("\nQuennby Phones -- SALES RECEIPT -- No. 4\nTill 2", "quennby phones")
    assert not opens_as_letterhead("Seen near Quennby Phones - SALES RECEIPT", "quennby phones")
    forms = _forms(("person", "quennby phones", "Quennby Phones"),
                   ("person", "olwen tarrant", "Olwen Tarrant"), ("person", "tarrant", "Mrs Tarrant"),
                   ("person", "ximena ocampo", "Ximena Ocampo"),
                   ("person", "ximena ocampo", "OCAMPO, Ximena"))
    assert letterhead_candidates(forms) == ["quennby phones"]


def test_the_authority_holds_no_person_a_page_opens_with_as_its_letterhead() -> None:
    forms = _forms(("person", "quennby phones", "Quennby Phones"),
                   ("person", "olwen tarrant", "Olwen Tarrant"))
    authority = authority_of(forms, letterheads={"quennby phones"})
    assert set(authority.people.people) == {"olwen tarrant"}
