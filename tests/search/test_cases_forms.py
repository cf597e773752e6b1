"""How the case register reads and shows references written in layouts of their own: a force
that glues its letters, year and serial under a label, an incident number made of a force's
letters and the day, a council serial that could be a year, an occurrence (OB) number shown
with its label, and a force writing bare crime numbers beside another force's lettered ones
(invented forces and councils throughout)."""

from __future__ import annotations

from datetime import date

import pytest

from search.cases.register import Mention, SourceDocument, build_cases
from search.entity_kinds.reference import reference_key, reference_written


def _document(number: int, text: str) -> SourceDocument:
    from ingest.patterns import find_patterns

    mentions = [Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)]
    control = f"F-{number:06d}"
    return SourceDocument(f"f{number}", control, f"doc {number}", None, None,
                          {1: (text, f"{control}-0001")}, tuple(mentions))


def _cases(*texts: str) -> list[dict[str, str]]:
    return [case.references for case in build_cases("c", [_document(n, t)
                                                         for n, t in enumerate(texts)])]


@pytest.mark.parametrize("written", ["EV 140307/0219", "EV140307/0219", "EV-20070314/0219"])
def test_an_incident_of_a_forces_letters_and_the_day(written: str) -> None:
    assert reference_key(written) == "CAD/2007-03-14/0219"


def test_an_incident_of_another_day_is_another_key() -> None:
    assert reference_key("EV 150307/0219") != reference_key("EV 140307/0219")


@pytest.mark.parametrize("written", ["BMC-R/1987/2005", "BMC-R/1987/05", "BMC-R/2005/1987"])
def test_of_two_years_in_a_council_number_the_later_is_the_year(written: str) -> None:
    assert reference_key(written) == "BMC-R/2005/01987"


def test_a_council_serial_before_a_four_digit_year() -> None:
    assert reference_key("BMC-R/6120/2004") == reference_key("BMC-R/6120/04")


def test_an_occurrence_number_is_shown_with_its_label() -> None:
    assert reference_written("OB No. 774/03") == "OB 774/03"
    assert reference_written("Occurrence 774/03") == "Occurrence 774/03"
    (case,) = _cases("Crime 51220/03 was raised from OB 774/03 the same day.",
                     "Update: 774/03 was reviewed by the sergeant.")
    assert case["OCCURRENCE/2003/00774"] == "OB 774/03"


@pytest.mark.parametrize(("one", "other"), [
    ("Referral No KLC-3310942", "Referral: KLC-3310942"),
    ("Crime No KX0412345", "Crime: KX0412345"),
])
def test_the_older_label_formats_key_a_number_as_the_labelled_ones_do(one: str,
                                                                      other: str) -> None:
    assert reference_key(one) == reference_key(other) is not None


def test_a_glued_force_number_under_a_label_is_the_force_number_it_spells() -> None:
    cases = _cases("Crime No: KX-04-12345\nCAD 0219 of 14/03/2004",
                   "URN KX0412345\nMG5 case summary.",
                   "Your ref: KX0412345\nDear DS Orme,")
    assert cases == [{"CAD/2004-03-14/0219": "CAD 0219 of 14/03/2004",
                      "KX/2004/12345": "KX-04-12345"}]


def test_a_glued_number_spelling_no_cited_force_number_is_its_own_reference() -> None:
    # Read in the force's layout (the year, then five digits), it is the next crime number:
    # a look-alike, another case.
    cases = _cases("Crime No: KX-04-12345", "URN KX0412346")
    assert {key for case in cases for key in case} == {"KX/2004/12345", "KX/2004/12346"}


def test_a_force_writing_bare_crime_numbers_keeps_them_apart_from_look_alikes() -> None:
    # One force writes "Crime No 51220/03" (bare), another "KX-03-51220": the same year and
    # serial, two cases. A document writing both together would join them; none does.
    cases = _cases("Crime No 51220/03 raised from OB 774/03.",
                   "Crime No 51221/03 raised from OB 775/03.",
                   "Crime No 51222/03 raised from OB 776/03.",
                   "Crime No: KX-03-51220\nCAD 0219 of 14/03/2003")
    keys = [set(case) for case in cases]
    assert {"CRIME/2003/51220", "OCCURRENCE/2003/00774"} in keys
    assert {"KX/2003/51220", "CAD/2003-03-14/0219"} in keys


def test_an_operation_name_is_held_by_the_case_it_reexamines() -> None:
    assert reference_key("Operation Alder") == reference_key("Op ALDER") == "OPERATION/ALDER"
    assert reference_key("Operation Manager") is None
    cases = build_cases("c", [
        _document(1, "Crime No: KX-04-12345\nThe crime was closed with no further action."),
        _document(2, "Operation Alder re-examines crime KX-04-12345."),
        _document(3, "Op ALDER update: on 3 May 2012 Dean Rusk was charged with rape.")])
    (case,) = cases
    assert set(case.references) == {"KX/2004/12345", "OPERATION/ALDER"}
    assert case.outcome()[0] == "charged" and len(case.documents) == 3


def test_an_outcome_split_over_a_line_is_read() -> None:
    from search.cases.outcomes import outcome_of

    found = outcome_of("On 4 May 2009 the DI directed that no\nfurther action be taken, there "
                       "being insufficient\nevidence to charge.")
    assert found is not None and (found.outcome, found.reason) == ("nfa", "insufficient evidence")
    charged = outcome_of("Result: FENWICK Dale charged on 02.03.02 with indecent assault.")
    assert charged is not None and charged.outcome == "charged"


def test_an_nfa_without_its_reason_keeps_the_reason_stated_before() -> None:
    (case,) = build_cases("c", [
        _document(1, "Crime No: KX-04-12345\nOn 3 May 2004 no further action was taken as "
                     "there was insufficient evidence."),
        _document(2, "Your ref: KX-04-12345\nOn 9 May 2004 we wrote that no further action "
                     "will be taken.")])
    assert case.outcome()[:2] == ("nfa", "insufficient evidence")


def test_a_reopening_heading_does_not_outlast_the_dated_charge_after_it() -> None:
    review = SourceDocument("r", "F-000009", "review", None, None, {1: (
        "Review of historic investigations, prepared 2 August 2012. Cases reopened:\n"
        "- KX-04-12345 (Child B)\n\n"
        "KX-04-12345 was reopened on 21/02/2012, and on 19/07/2012 Dean Rusk was charged "
        "with rape.", "F-000009-0001")}, ())
    from ingest.patterns import find_patterns

    text = review.pages[1][0]
    review = SourceDocument("r", "F-000009", "review", date(2000, 1, 1), None, review.pages,
                            tuple(Mention(m.kind, m.key, m.text, 1, m.start, m.end)
                                  for m in find_patterns(text)))
    (case,) = build_cases("c", [review, _document(1, "Crime No: KX-04-12345\nOn 3 May 2004 "
                                                    "no further action was taken.")])
    assert case.outcome()[0] == "charged"


def test_an_address_of_a_street_word_not_listed_is_read_with_its_town_and_postcode() -> None:
    from search.cases.items import addresses

    found = addresses("She was taken to 14 Tanner Wynnd, Holmby HX4 2QT, twice.")
    assert [key for _s, _e, key, _w in found] == ["14 tanner wynnd hx4 2qt"]
    assert addresses("Seen by DC 343 Alan Pike, Holmby HX4 2QT.") == []
    assert addresses("She was taken to 14 Tanner Wynnd, twice.") == []


def test_a_mark_after_a_vehicle_word_links_cases_even_if_the_dvla_never_issued_it() -> None:
    cases = build_cases("c", [
        _document(1, "Crime No: KX-04-12345\nShe was collected in a van, VRM JQ09BPX."),
        _document(2, "Crime No: KX-05-22222\nHe was seen in a van, registration JQ09 BPX."),
        _document(3, "Crime No: KX-05-33333\nThe memo JQ09 BPX is a form code.")])
    holders = {min(c.references) for c in cases if ("vehicle", "JQ09BPX") in c.items}
    assert holders == {"KX/2004/12345", "KX/2005/22222"}


def test_an_undated_outcome_field_is_the_forms_conclusion() -> None:
    # A form's "Outcome:" field, undated, above a dated narrative: the field concludes it.
    (case,) = build_cases("c", [SourceDocument("r", "F-000010", "crime report",
                                               date(2004, 9, 1), None, {1: (text := (
        "Crime No: KX-04-12345\nOutcome: filed, no suspect identified and closed.\n\n"
        "On 3 May 2004 the enquiry was reopened after new information."), "F-000010-0001")},
        _document(0, text).mentions)])
    assert case.outcome()[0] == "filed"


def test_a_person_detained_then_arrested_is_a_suspect() -> None:
    from search.cases.roles import role_of_name

    found = role_of_name("Mr ", "Dean Rusk", " was detained on 27/11/2003, arrested for rape.")
    assert found is not None and found.role == "suspect"
    assert role_of_name("", "Dean Rusk", " was detained under the Mental Health Act.") is None


def test_a_reopening_dated_only_by_its_report_s_heading_comes_before_the_result_after_it() -> None:
    (case,) = build_cases("c", [
        _document(1, "Crime No: KX-04-12345\nOn 3 May 2004 no further action was taken."),
        _document(2, "Kexby Police: report of the reinvestigation of old crimes, the 10th day of March "
                     "2018\n"
                     "Operation Lapwing took up KX-04-12345, originally finalised 3 May 2004. "
                     "Result on the 11th day of January 2018: Dean Rusk charged with rape.")])
    assert case.outcome()[0] == "charged"


def test_an_operation_of_two_words_is_one_name_and_another_sharing_its_first_word_another() -> None:
    assert reference_key("Operation Marsh Orchid") == reference_key("OP MARSH ORCHID") \
        == "OPERATION/MARSH ORCHID"
    assert reference_key("OP ALDER") == "OPERATION/ALDER"
    assert reference_key("Operation Marsh Fern") != reference_key("Operation Marsh Orchid")
    cases = build_cases("c", [
        _document(1, "Crime No: KX-04-12345\nUnder Operation Marsh Orchid the file was read again."),
        _document(2, "Crime No: KX-05-22222\nUnder Operation Marsh Fern the file was read again.")])
    assert len(cases) == 2
