"""A name with a note after it that is not a date (a police identity code, a National Insurance
number after a comma, the occupation), a log whose fields are apart by slashes, an interview the
caution came before (search.cases.people, search.cases.roles), and outcome wordings of three
more registers (search.cases.outcomes). All names, numbers and sentences are invented."""

from __future__ import annotations

import pytest

from search.cases.flags import _told_apart
from search.cases.items import STREET_TYPES
from search.cases.outcomes import outcome_of
from search.cases.people import record_names
from search.cases.register import Mention, SourceDocument, build_cases
from search.cases.roles import role_of_name


def _suspect_read(sentence: str) -> str | None:
    for name in record_names(sentence):
        rule = role_of_name(sentence[:name.start], sentence[name.start:name.end],
                            sentence[name.end:])
        if rule is not None and rule.role == "suspect":
            return name.display
    return None


@pytest.mark.parametrize(("sentence", "shown"), [
    ("Suspect Ramiro Cuesta Olmedo (IC1): detained at his flat on 2010/03/02.", "Ramiro Cuesta Olmedo"),
    ("2010/03/02: Bólájí Tèmídayọ Ọdúyẹmí, NINO AB 12 34 56 C was arrested and booked in.",
     "Bólájí Tèmídayọ Ọdúyẹmí"),
    ("Girl Juniper identified Kola Ade Ojo, NINO AB 12 34 56 C among the men.", "Kola Ade Ojo"),
    ("March 2nd 2010: Kola Ade Ojo, NINO AB 12 34 56 C was interviewed by appointment, cautioned "
     "first.", "Kola Ade Ojo"),
    ("OFFENDER / NAMED BY Girl Juniper / Gurnam Singh Tiwana (occ. tiler)", "Gurnam Singh Tiwana"),
    ("SUSPECT | INTERVIEW UNDER CAUTION 02-Mar-10 | Gurnam Singh Tiwana (occ. tiler) | SOLICITOR "
     "Ann Pryce", "Gurnam Singh Tiwana"),
])
def test_a_name_with_a_note_after_it_is_read_and_its_role_found(sentence: str, shown: str) -> None:
    assert _suspect_read(sentence) == shown


def test_a_witness_interviewed_but_not_cautioned_is_no_suspect() -> None:
    assert _suspect_read("Kola Ade Ojo was interviewed as a witness and not cautioned.") is None


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("Closed 2010/05/01, detected by charge: Ramiro Cuesta Olmedo (IC1) goes to court.", "charged", None),
    ("Review board decision of March 2nd 2010: caution, Kola Ade Ojo having admitted it.",
     "cautioned", None),
    ("Review board decision of March 2nd 2010: no further action, as the offence could not be "
     "proved.", "nfa", "insufficient evidence"),
    ("Review board decision of 2010/03/02: NFA, her father having asked that it stop.", "nfa",
     "victim did not support"),
    ("Charged: Gurnam Singh Tiwana (occ. tiler), assault.", "charged", None),
    ("Cautioned: Gurnam Singh Tiwana (occ. tiler).", "cautioned", None),
    ("RESULT 02-Mar-10 NFA/X. Evidence insufficient for charge.", "nfa", "insufficient evidence"),
])
def test_outcome_wordings_of_three_more_registers(sentence: str, outcome: str, reason: str | None) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason)


def test_a_form_field_charged_no_is_no_charge() -> None:
    found = outcome_of("Charged: No. Arrested: Yes.")
    assert found is None or found.outcome != "charged"


def test_a_causey_is_a_street_type() -> None:
    assert "causey" in STREET_TYPES


def _document(text: str, people: tuple[str, ...], doc_id: str = "d1") -> SourceDocument:
    from ingest.patterns import find_patterns

    mentions = [Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)
                if m.kind != "person"]
    for written in people:  # what a language model found
        start = text.index(written)
        mentions.append(Mention("person", written.lower(), written, 1, start, start + len(written)))
    return SourceDocument(doc_id, "D-000001", "statement", None, None, {1: (text, "D-000001-0001")},
                          tuple(mentions))


def test_a_street_after_a_house_number_is_no_person() -> None:
    text = ("Crime number KX/11/40312.\nGirl Juniper named 38 Wold Causey as where she stays.\n"
            "Kola Ade Ojo was arrested on suspicion of grooming.")
    (case,) = build_cases("c", [_document(text, ("Wold Causey", "Kola Ade Ojo"))])
    assert case.suspects() == {"kola ade ojo"}


@pytest.mark.parametrize(("note", "other_note", "apart"), [
    (", NINO AB 12 34 56 C", ", NINO CE 65 43 21 A", True),
    (", NINO AB 12 34 56 C", ", NINO AB 12 34 56 C", False),
    (" (occ. roofer)", " (occ. baker)", True),
    (" (occ. roofer)", " (occ. roofer)", False),
])
def test_namesakes_told_apart_by_their_insurance_number_or_occupation(
        note: str, other_note: str, apart: bool) -> None:
    cases = [build_cases("c", [_document(f"Crime number KX/11/{serial}.\nKola Ade Ojo{written} was "
                                         "arrested on suspicion of grooming.", ("Kola Ade Ojo",), doc)])[0]
             for serial, written, doc in (("40312", note, "d1"), ("40999", other_note, "d2"))]
    assert _told_apart(cases[0], "kola ade ojo", cases[1], "kola ade ojo") is apart


def test_a_tone_written_as_a_combining_mark_is_part_of_the_name() -> None:
    sentence = "2010/03/02: Bólájí Te\u0300mi\u0301dayo\u0323\u0300 Ọdúyẹmí, NINO AB 12 34 56 C was arrested."
    assert [n.key for n in record_names(sentence)] == ["bolaji temidayo oduyemi"]
