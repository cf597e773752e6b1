"""The person rules of one page (ingest.people.person_spans): pure, no servers."""

from __future__ import annotations

import pytest

from ingest.people import extend_surname, person_spans


@pytest.mark.parametrize("line", [
    "Subject: Tyrone DOHERTY Ref: CS457292\r\nVisit by the duty worker.",
    "Name: KELLY Ref: 40213/07",
    "DOHERTY Ref: CS457292",
])
def test_capitals_before_a_label_are_read_without_failing_the_page(line: str) -> None:
    # "SURNAME Ref:" once made the surname-first rule index a second word that trimming had
    # removed, and the whole file failed with an IndexError.
    spans = person_spans(line)
    assert all(" " in span.text.strip() or span.rule != "surname_first" for span in spans)


def test_the_police_index_form_without_its_comma_is_a_name() -> None:
    (span,) = person_spans("WEBB Mark (DOB 01/02/1979) was summonsed.")
    assert span.text == "WEBB Mark"


@pytest.mark.parametrize(("text", "name"), [
    ("Passed to DCI Bleddyn ap Cynfarch for review.", "DCI Bleddyn ap Cynfarch"),
    ("Seen by Mr Joost van Leeuwarden at the office.", "Mr Joost van Leeuwarden"),
])
def test_a_lower_case_particle_is_inside_the_name_after_a_title(text: str, name: str) -> None:
    assert name in [span.text for span in person_spans(text)]


def test_a_forename_cut_before_a_lower_case_particle_is_extended_over_the_surname() -> None:
    text = "As agreed, Bleddyn ap Cynfarch will call."
    end = extend_surname(text, text.index("Bleddyn") + len("Bleddyn"))
    assert text[text.index("Bleddyn"):end] == "Bleddyn ap Cynfarch"


def test_a_name_after_an_abbreviated_first_given_name_is_a_name() -> None:
    spans = person_spans("Seen near the shop with Mohd Tanvir Hossain at 9pm.")
    assert [span.text for span in spans] == ["Mohd Tanvir Hossain"]


@pytest.mark.parametrize("line", ["Name: QUILLFEATHER Margaret Over 18: Yes",
                                  "Name: QUILLFEATHER, Margaret Over 18: Yes"])
def test_a_form_s_label_with_a_number_after_a_name_is_no_given_name(line: str) -> None:
    texts = [span.text for span in person_spans(line)]
    assert any(text.startswith("QUILLFEATHER") and text.endswith("Margaret") for text in texts)
    assert not any("Over" in text and "QUILLFEATHER" in text for text in texts)


def test_a_verb_before_a_name_in_capitals_is_no_forename() -> None:
    assert person_spans("Met QUILLFEATHER and his brother at 21:30.") == []


def test_a_register_surname_with_initials_and_a_bracketed_title_is_a_person() -> None:
    text = "Present: Quillfeather, R. J. (Mrs) and Dunmarrow, T. (PC). Copies: Archive, B. (2019)"
    found = {span.text for span in person_spans(text)}
    assert {"Quillfeather, R. J.", "Dunmarrow, T."} <= found
    assert not any(name.startswith("Archive") for name in found)  # a year is no title


def test_a_forename_taken_for_a_place_before_a_middle_forename_and_capitals() -> None:
    # The recogniser reads the unfamiliar first name as a place; a known middle forename and a
    # surname in capitals after it make the three words one person's name.
    text = "SUBJECT: Tirion Ann BRACE"
    start = text.index("Tirion")
    found = {span.text for span in person_spans(text, [(start, start + len("Tirion"))])}
    assert "Tirion Ann BRACE" in found
    assert "Cardiff BRACE" not in {s.text for s in person_spans("To Cardiff BRACE", [(3, 10)])}


def test_a_reply_s_answer_and_verb_in_capitals_are_no_part_of_the_name() -> None:
    # A reply answered in capitals above the question (names19): "YES" is no surname of an
    # index form, and "IS" no surname after the name.
    spans = [s.text for s in person_spans("YES, Anna Pardew IS STAYING WITH HER AUNT.")]
    assert "Anna Pardew" in spans and not any("YES" in s or "IS" in s for s in spans)
