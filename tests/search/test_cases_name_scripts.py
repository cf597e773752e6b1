"""Suspects whose names are written with diacritics and in the record styles of other naming
traditions (search.cases.people), the people a case clears (search.cases.roles), a child's
disclosure that names an abuser, and a scan's misreading of a name read as the name the
collection's text writes (search.cases.spellings). Invented people, forces and references."""

from __future__ import annotations

from dataclasses import replace

import pytest

from search.cases.people import record_names
from search.cases.register import Mention, SourceDocument, build_cases
from search.cases.roles import role_of_name

REFERENCE = "Crime No: KX-09-44120"


@pytest.mark.parametrize(("sentence", "display", "key"), [
    ("Arrested: ŞAHİNER/Mevlüt Kadir", "Mevlüt Kadir Şahiner", "mevlut kadir sahiner"),
    ("NOMINAL 3: WÓJCIK/Bożena", "Bożena Wójcik", "bozena wojcik"),
    ("Detained: Ngũ Đức \"Tiny\" Lã on the landing.", "Ngũ Đức Lã", "ngu duc la"),
    ("Suspect Tesfamariam Berhe (son of Gebru) was seen.", "Tesfamariam Gebru Berhe",
     "tesfamariam gebru berhe"),
    ("Named: Émile BRÛLÉ at the scene.", "Émile Brûlé", "emile brule"),
])
def test_names_with_diacritics_and_other_traditions_are_read_whole(sentence: str, display: str,
                                                                    key: str) -> None:
    assert [(n.display, n.key) for n in record_names(sentence)] == [(display, key)]


def test_a_slashed_name_stops_at_the_end_of_its_line() -> None:
    text = "Arrested: ŞAHİNER/Mevlüt Kadir\nBrought to the custody suite by car."
    (name,) = record_names(text)
    assert (name.display, text[name.start:name.end]) == ("Mevlüt Kadir Şahiner",
                                                         "ŞAHİNER/Mevlüt Kadir")


def test_a_two_letter_capitalised_word_is_a_surname_only_in_a_record_style() -> None:
    assert [n.key for n in record_names("Named by the girl: LU/Kenji Ito")] == ["kenji ito lu"]
    assert record_names("On Monday At Noon the van left.") == []


@pytest.mark.parametrize(("before", "written", "after"), [
    ("NOMINAL (TRACED, ELIMINATED BY DNA): ", "ŞAHİNER/Mevlüt Kadir", ""),
    ("", "Piotr Wójcik", " was at work in Hull that night and has been ruled out."),
    ("Officers confirmed that ", "Piotr Wójcik", " had an alibi, which was checked."),
])
def test_a_person_the_record_clears_is_no_suspect(before: str, written: str, after: str) -> None:
    found = role_of_name(before, written, after)
    assert found is not None and found.role == "cleared"


def test_a_label_aside_long_enough_to_name_the_lawyer_still_names_the_suspect() -> None:
    found = role_of_name("SUSPECT (INTERVIEWED UNDER CAUTION 4 MAY 2003, SOLICITOR PRESENT): ",
                         "WÓJCIK/Piotr Adam", "")
    assert found is not None and found.role == "suspect"


def test_a_disclosure_that_someone_was_one_of_the_men_makes_them_a_suspect() -> None:
    found = role_of_name("Child K told the ISVA that ", "Mevlüt Şahiner", " was one of the men at "
                         "the flat.")
    assert found is not None and found.role == "suspect"
    assert role_of_name("Child K said ", "Mevlüt Şahiner", " was kind to her.") is None


def _document(number: int, text: str, scanned: bool = False) -> SourceDocument:
    from ingest.patterns import find_patterns

    mentions = [Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)]
    control = f"N-{number:06d}"
    return SourceDocument(f"n{number}", control, f"doc {number}", None, None,
                          {1: (text, f"{control}-0001")}, tuple(mentions),
                          scanned=frozenset({1}) if scanned else frozenset())


def test_a_cleared_nominal_is_not_listed_as_a_suspect_of_the_case() -> None:
    (case,) = build_cases("c", [
        _document(1, f"{REFERENCE}\nNOMINAL (NAMED BY CHILD K): WÓJCIK/Piotr Adam\nNOMINAL "
                     "(ARRESTED 4 MAY 2003): ŞAHİNER/Mevlüt Kadir"),
        _document(2, f"{REFERENCE}\nNOMINAL (ENQUIRIES COMPLETE, ELIMINATED): WÓJCIK/Piotr Adam")])
    assert case.suspects() == {"mevlut kadir sahiner"}


def test_a_name_a_scan_misreads_is_the_name_the_text_writes() -> None:
    (case,) = build_cases("c", [
        _document(1, f"{REFERENCE}\nAddress for ŞAHİNER/Mevlüt Kadir: 12 Mill Row."),
        _document(2, f"{REFERENCE}\nNOMINAL (ARRESTED 4 MAY 2003): SAHIWER/Mevlüt Kadir",
                  scanned=True)])
    assert case.suspects() == {"mevlut kadir sahiner"}
    assert case.names["mevlut kadir sahiner"] == {"Mevlüt Kadir Şahiner": 1}


def test_a_name_typed_in_two_documents_is_never_read_as_another() -> None:
    (case,) = build_cases("c", [
        _document(1, f"{REFERENCE}\nAddress for ŞAHİNER/Mevlüt Kadir: 12 Mill Row."),
        _document(2, f"{REFERENCE}\nNOMINAL (ARRESTED 4 MAY 2003): SAHIWER/Mevlüt Kadir")])
    assert case.suspects() == {"mevlut kadir sahiwer"}


def test_a_scan_that_mistakes_one_letter_of_a_long_plain_name_reads_the_typed_name() -> None:
    (case,) = build_cases("c", [
        _document(1, f"{REFERENCE}\nAddress for HARGREAVES/Connor: 3 Mill Row."),
        _document(2, f"{REFERENCE}\nNOMINAL (ARRESTED 4 MAY 2003): HARGREAVES/Cornor",
                  scanned=True),
        _document(3, f"{REFERENCE}\nNOMINAL (ARRESTED 5 MAY 2003): LEE/Tom", scanned=True),
        _document(4, f"{REFERENCE}\nAddress for LEE/Tim: 9 Mill Row.")])
    assert case.suspects() == {"connor hargreaves", "tom lee"}


def test_forenames_before_a_nickname_and_a_garbled_surname_are_no_suspect() -> None:
    text = f'{REFERENCE}\nI arrested Tomasz Adam "Tommo" Kr0l at the flat.'
    document = _document(1, text, scanned=True)
    start = text.index("Tomasz Adam")
    forenames = Mention("person", "tomasz adam", "Tomasz Adam", 1, start, start + len("Tomasz Adam"))
    (case,) = build_cases("c", [replace(document, mentions=(*document.mentions, forenames))])
    assert case.suspects() == set()
