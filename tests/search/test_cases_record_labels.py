"""Suspects read from a record's layout when a name's capitals say nothing: a surname written
first with a comma and a record office number or a date of birth after the name ("Tamsin,
Orrin Dale (CRO 44120/91K)"), a name after a role label and its code in quotes ("Nominal 'B'
(suspect): Vell Orrin Dale"), custody words without the word "arrested" ("detained on
suspicion", "taken into custody", "apprehended", "a cautioned interview"); and the people
such records name who are no suspects: a person a label clears ("Not a suspect:", "Nominal
'C' (cleared):", "X ruled out: ..."), and a subject's code of a label and a word ("Girl
Heron") named in a letter. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.patterns import find_patterns
from search.cases.people import record_names
from search.cases.records import case_records
from search.cases.register import Mention, SourceDocument, build_cases
from search.cases.roles import CLEARED, role_of_name
from search.cases.rules import reported_date


def _role(sentence: str, name: str) -> str | None:
    at = sentence.index(name)
    found = role_of_name(sentence[:at], name, sentence[at + len(name):])
    return found.role if found else None


@pytest.mark.parametrize(("text", "display"), [
    ("Result sent on 4 May 2003: Tamsin, Orrin Dale (CRO 44120/91K) has been charged.",
     "Orrin Dale Tamsin"),
    ("Suspect Tamsin, Orrin Dale is the man the girl picked out.", "Orrin Dale Tamsin"),
    ("Entry 3: Vellacott Orrin (DOB 14.iii.1971) brought to the custody suite.",
     "Vellacott Orrin"),
    ("Nominal 'B' (suspect): Vell Orrin Dale. Held overnight.", "Vell Orrin Dale"),
    ("Interviewee: Tamsin, Orrin Dale; seen on 4 May 2003.", "Orrin Dale Tamsin"),
])
def test_a_name_a_record_s_layout_marks_is_read_whole(text: str, display: str) -> None:
    assert display in [name.display for name in record_names(text)]


@pytest.mark.parametrize("text", [
    "Leeds, Bradford and Wakefield were visited.",  # places in a list: no note, no label
    "On Monday, Orrin went home.",
])
def test_capitalised_words_with_a_comma_alone_are_no_name(text: str) -> None:
    assert not [n for n in record_names(text) if "," in text[n.start:n.end]]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Nominal 'B' (suspect): Vell Orrin Dale. Held overnight.", "Vell Orrin Dale"),
    ("Entry 3: Vellacott Orrin (DOB 14.iii.1971) detained on suspicion and taken to the cells.",
     "Vellacott Orrin"),
    ("Suspect Orrin Dale Tamsin was apprehended on 4 May 2003.", "Orrin Dale Tamsin"),
    ("Entry 4: Vellacott Orrin came in by appointment for a cautioned interview, his solicitor "
     "present.", "Vellacott Orrin"),
    ("Entry 5: Girl Heron gave the name Vellacott Orrin (DOB 14.iii.1971) as the man who drove.",
     "Vellacott Orrin"),
])
def test_a_record_s_custody_words_and_labels_make_a_suspect(sentence: str, name: str) -> None:
    assert _role(sentence, name) == "suspect"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Not a suspect: Orrin Dale Tamsin, cleared when his bank records put him abroad.",
     "Orrin Dale Tamsin"),
    ("Nominal 'C' (cleared): Vell Orrin Dale. At sea throughout.", "Vell Orrin Dale"),
    ("Vellacott Orrin ruled out: the hotel register puts him in Paris.", "Vellacott Orrin"),
])
def test_a_person_a_record_clears_is_no_suspect(sentence: str, name: str) -> None:
    assert _role(sentence, name) == CLEARED


@pytest.mark.parametrize("sentence", [
    "Entry 6: the caller gave the name Vellacott Orrin and a landline.",
    "Entry 7: Vellacott Orrin gave the name of his solicitor.",
])
def test_a_name_given_for_anything_else_makes_no_suspect(sentence: str) -> None:
    assert _role(sentence, "Vellacott Orrin") != "suspect"


def _document(number: int, text: str, names: tuple[str, ...]) -> SourceDocument:
    mentions = [Mention("person", " ".join(n.lower().split()), n, 1, text.index(n),
                        text.index(n) + len(n)) for n in names]
    control = f"L-{number:06d}"
    return SourceDocument(f"l{number}", control, f"doc {number}", None, None,
                          {1: (text, f"{control}-0001")}, tuple(mentions))


def test_a_subject_s_code_of_a_label_and_a_word_is_no_suspect() -> None:
    documents = [
        _document(1, "Crime T42-06-008813. I care for my niece, named Girl Heron in your letters, "
                     "and I complain about how she was treated.", ("Girl Heron",)),
        _document(2, "Crime T42-06-008813. Young person: YP Lark. Suspect Orrin Tamsin was "
                     "apprehended on 4 May 2006.", ("YP Lark", "Orrin Tamsin"))]
    (case,) = build_cases("c", documents)
    roles = {key: {role[0] for role in found} for key, found in case.roles.items()}
    assert roles.get("orrin tamsin") == {"suspect"}
    assert "suspect" not in roles.get("girl heron", set())
    assert "suspect" not in roles.get("yp lark", set())


def test_a_date_of_birth_with_a_roman_month_tells_namesakes_apart() -> None:
    documents = [_document(1, "Crime T42-06-008813. Entry 2: Vellacott Orrin (DOB 14.iii.1971) "
                              "detained on suspicion.", ()),
                 _document(2, "Crime T42-07-004410. Entry 2: Vellacott Orrin (DOB 2.xi.1983) "
                              "detained on suspicion.", ())]
    births = [set(case.births.get("vellacott orrin", set())) for case in
              build_cases("c", documents)]
    assert sorted(str(day) for found in births for day in found) == ["1971-03-14", "1983-11-02"]


def test_the_day_a_matter_was_brought_to_police_attention_is_its_report() -> None:
    assert reported_date("First brought to police attention on the 4th day of May 2003.") \
        == date(2003, 5, 4)


def test_a_closure_read_before_the_first_day_the_case_is_dated_is_not_closed_early() -> None:
    texts = {"e1": (None, "Crime T42-03-008813. Result sent on 4 May 2003: no further action."),
             "e2": (date(2003, 5, 12), "Letter about T42-03-008813 to the family.")}
    documents = [SourceDocument(doc_id, doc_id.upper(), doc_id, day, None,
                                {1: (text, f"{doc_id.upper()}-0001")},
                                tuple(Mention(m.kind, m.key, m.text, 1, m.start, m.end)
                                      for m in find_patterns(text)))
                 for doc_id, (day, text) in texts.items()]
    (record,) = case_records("c", build_cases("c", documents), 14)
    assert "closed early" not in {flag["flag"] for flag in record["flags"]}


def test_a_closing_report_alone_is_not_closed_early() -> None:
    """A case known only by its closing report ("Operation ... - Closing Report", its own
    number) has no day it was reported: the report's date is the closure's."""
    text = ("Crime T42-99-004349. Closing report: on the advice of the Crown Prosecution "
            "Service the file closed with no further action against either subject.")
    document = SourceDocument("d1", "D1", "d1", date(1999, 7, 1), None, {1: (text, "D1-0001")},
                              tuple(Mention(m.kind, m.key, m.text, 1, m.start, m.end)
                                    for m in find_patterns(text)))
    (record,) = case_records("c", build_cases("c", [document]), 14)
    assert record["outcome"].startswith("nfa")
    assert "closed early" not in {flag["flag"] for flag in record["flags"]}
