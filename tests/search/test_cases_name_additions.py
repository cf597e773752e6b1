"""What a force adds after a name (an occupation after a comma, a records number in curly
brackets, a height in feet and inches after a dash), the suspect's words around such a name
(search.cases.people, search.cases.roles), and the namesakes those notes tell apart
(search.cases.reading). All names, numbers and sentences are invented."""

from __future__ import annotations

import pytest

from search.cases.people import record_names
from search.cases.reading import _OCCUPATION, _RECORD_NUMBER, described
from search.cases.roles import role_of_name

_NOTES = ["Tomasz Eryk Wolanski, occupation roofer", "Tomasz Eryk Wolanski {PNC 91/123456X}",
          "Tomasz Eryk Wolanski - 5ft 9in"]


def _role(sentence: str) -> str | None:
    for name in record_names(sentence):
        if name.display == "Tomasz Eryk Wolanski":
            rule = role_of_name(sentence[:name.start], sentence[name.start:name.end],
                                sentence[name.end:])
            return rule.role if rule else None
    return "no name"


@pytest.mark.parametrize("written", _NOTES)
@pytest.mark.parametrize(("template", "role"), [
    ("Suspect detained 2003-Mar-04: {N}", "suspect"),
    ("Suspect attended by arrangement 2009-Jun-10, cautioned and interviewed: {N} (solicitor: Ann Lee)",
     "suspect"),
    ("Person interviewed: {N}; on Wed 10.06.09", "suspect"),
    ("Note, Wed 10.06.09: {N} attended by appointment and then we questioned him under caution.",
     "suspect"),
    ("Log, Mon 24.05.04: Child Lark gave me the name {N} as the man who collected her.", "suspect"),
    ("Record | {N} was apprehended on 9 June, 2009.", "suspect"),
    ("Result R1 logged 2009-Jun-10 - charge: {N}, bailed for theft", "suspect"),
    ("Result R2 entered 2008-May-13 - adult caution given to {N}", "suspect"),
    ("Note, Wed 10.06.09: I gave {N} a simple caution after he admitted the theft.", "suspect"),
    ("Closed on 3 May, 2004 as CAUTIONED: {N}, following his admissions.", "suspect"),
    ("Eliminated from enquiries: {N} - in hospital throughout", "cleared"),
    ("The driver seen that night turned out to be {N}.", None),
])
def test_a_name_with_what_a_force_adds_after_it_takes_its_role(written: str, template: str,
                                                               role: str | None) -> None:
    assert _role(template.replace("{N}", written)) == role


def test_an_azerbaijani_small_schwa_is_a_letter_of_a_name() -> None:
    names = record_names("Suspect detained 2003-Mar-04: Rəşid Tahir Həsənli - 5ft 9in")
    assert [n.display for n in names] == ["Rəşid Tahir Həsənli"]


def test_the_notes_that_tell_namesakes_apart_are_read() -> None:
    assert described(" - 5ft 9in was arrested") == "height: 5ft 9in"
    assert described(" (5' 11\") was arrested") == "height: 5ft 11in"
    assert _RECORD_NUMBER.match(" {PNC 91/123456X} was").group("number") == "91/123456X"
    job = _OCCUPATION.match(", occupation scaffold rigger, was charged")
    assert job is not None and job.group("plain") == "scaffold rigger"


def test_a_label_that_says_the_person_was_not_detained_is_no_suspect_label() -> None:
    assert _role("Suspect not detained 2003-Mar-04: Tomasz Eryk Wolanski, occupation roofer") != "suspect"


def test_a_name_a_dos_code_page_writes_read_as_windows_text_is_the_name_written_right() -> None:
    from search.cases.spellings import code_page_misreads
    from search.names import person_key

    right = "Věroslav Kořen Dušek"
    as_western = right.encode("cp852").decode("cp1252")  # "VØroslav Koýen Duçek"
    as_central = right.encode("cp852").decode("cp1250")  # "VŘroslav Koýen Duçek"
    spelt = {person_key(w): w for w in (right, as_western, as_central)}
    renamed = code_page_misreads(spelt)
    assert renamed[person_key(as_western)] == person_key(right)
    assert renamed[person_key(as_central)] == person_key(right)


def test_a_scan_s_name_that_lost_a_word_is_the_one_name_the_text_writes_with_those_words() -> None:
    from search.cases.spellings import misread_names

    seen = {"tomasz bartlomiej wolanski": (3, "Tomasz Bartlomiej Wolanski"),  # typed
            "tomasz bartiomiej": (0, "Tomasz Bartiomiej"),  # the surname lost, a letter misread
            "bartlomiej wolanski": (0, "Bartlomiej Wolanski")}  # the forename lost
    assert misread_names(seen) == {"tomasz bartiomiej": "tomasz bartlomiej wolanski",
                                   "bartlomiej wolanski": "tomasz bartlomiej wolanski"}


def test_a_scan_s_short_name_that_fits_two_names_is_left_alone() -> None:
    from search.cases.spellings import misread_names

    seen = {"tomasz eryk wolanski": (3, "Tomasz Eryk Wolanski"),
            "pawel eryk wolanski": (2, "Pawel Eryk Wolanski"),
            "eryk wolanski": (0, "Eryk Wolanski")}
    assert "eryk wolanski" not in misread_names(seen)
