"""The case register on records written as logs and registers rather than prose (issue 21): a
verb without its auxiliary after a name ("HOLT Jason arrested 3 May 01"), a label with the
date between it and its colon ("OUTCOME 2001-05-03: CAUTION"), names with a middle name or a
date of birth after them, a name written surname first in one force's files and forename first
in another's, dates with a two-digit year, a council number of letters and digits with a space,
and an incident number dated year first. The material is invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from search.cases.items import addresses, settled
from search.cases.outcomes import outcome_of
from search.cases.people import record_names
from search.cases.records import case_records
from search.cases.register import Mention, SourceDocument, build_cases
from search.cases.roles import role_of_name
from search.cases.rules import dates_in


def _keys(text: str) -> list[str]:
    from ingest.patterns import find_patterns

    return [m.key for m in find_patterns(text) if m.kind == "reference"]


@pytest.mark.parametrize(("before", "written", "after"), [
    ("", "Jason Paul HOLT", " arrested 3 May 01 at the bus station on suspicion of assault."),
    ("OUTCOME 2001-05-03: CHARGE - ", "Holt JASON", " charged (assault by penetration)."),
    ("Arrest: ", "Holt JASON", " on 2001-05-02 for assault; taken to Fernby."),
    ("Suspect (named by Girl F): ", "Holt JASON", "."),
    ("On 2nd May 2001 ", "Jason Holt", " (04/11/1972) came in by appointment and was interviewed "
     "under\ncaution with his solicitor present."),
    ("", "Jason Holt", " cautioned."),
])
def test_log_entries_make_suspects(before: str, written: str, after: str) -> None:
    found = role_of_name(before, written, after)
    assert found is not None and found.role == "suspect", (before, written, after, found)


@pytest.mark.parametrize(("before", "written", "after"), [
    ("", "Ruth Lister", " arrested Jason Holt at his flat."),
    ("", "Ruth Lister", " arrested him at his flat."),
    ("", "Ruth Lister", " charged JASON HOLT (DOB 04/11/1972) with assault."),
])
def test_the_one_who_arrests_is_no_suspect(before: str, written: str, after: str) -> None:
    found = role_of_name(before, written, after)
    assert found is None or found.role != "suspect", found


@pytest.mark.parametrize(("text", "names"), [
    ("Jason Paul HOLT arrested", ["jason paul holt"]),
    ("linking Jason Paul\nHOLT to Girl F", ["jason paul holt"]),
    ("Address of Jason Holt (04/11/1972): 9 Tanner Row", ["jason holt"]),
    ("Suspect Jason Paul HOLT was seen", ["jason paul holt"]),
])
def test_record_names_with_middle_names_and_dates_of_birth(text: str, names: list[str]) -> None:
    assert [n.key for n in record_names(text)] == names


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("OUTCOME 2001-05-03: CHARGE - Holt JASON charged (assault).", "charged", None),
    ("OUTCOME 2001-05-03: CAUTION - Holt JASON cautioned.", "cautioned", None),
    ("OUTCOME 2001-06-01: PENDING - enquiries outstanding.", "open", None),
    ("Disposal 3 Jun 01: he admitted it and was given a formal police caution.", "cautioned", None),
    ("On 3rd June 2001 the duty inspector authorised a charge of assault against Jason Holt.",
     "charged", None),
    ("As of 3rd June 2001 the file remained open pending forensic results.", "open", None),
    ("Disposal 3 Jun 01: no further action - the evidence is insufficient to charge.", "nfa",
     "insufficient evidence"),
    ("The officer recorded that the evidence was not sufficient to bring a charge, and no "
     "further action was taken.", "nfa", "insufficient evidence"),
])
def test_outcomes_written_as_a_register(sentence: str, outcome: str, reason: str | None) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason), found


def test_a_reinvestigation_closed_is_no_reopening() -> None:
    assert outcome_of("Re-investigation concluded 1 Feb 2013.") is None
    assert outcome_of("The reinvestigation is continuing.").outcome == "open"  # type: ignore[union-attr]


def test_dates_with_a_two_digit_year_and_a_line_break() -> None:
    assert [d for d, _at in dates_in("Closed 03 Jun 01: NFA")] == [date(2001, 6, 3)]
    assert [d for d, _at in dates_in("on 3rd June\n2001 the")] == [date(2001, 6, 3)]


@pytest.mark.parametrize(("text", "key"), [
    ("Council case number: FCS 40213", "REFERRAL/FCS/40213"),
    ("Source log: EVT-990502-177 (crime FB/99/C/00412).", "CAD/1999-05-02/0177"),
    ("Source log: EVT-020599-177.", "CAD/1999-05-02/0177"),
    ("Police log: Log 27/01", "INCIDENT/2001/00027"),
    ("Police log: Log 00027/01", "INCIDENT/2001/00027"),
    ("Crime ref. FB01C00412", "FB-C/2001/00412"),
    ("Seen under EVT 990502 177 at the time", "CAD/1999-05-02/0177"),
    ("Crime number: FB/01/C/00412", "FB-C/2001/00412"),
])
def test_references_in_council_and_log_layouts(text: str, key: str) -> None:
    assert _keys(text)[0] == key


def test_a_date_after_a_label_is_no_reference() -> None:
    assert _keys("Date of referral: 2001-05-02") == []


def test_a_flat_is_an_address_of_its_own() -> None:
    found = [a[2] for a in addresses("Flat 4, 21 Tanner Row, Fernby FB2 7QT and Flat 14, 21 "
                                     "Tanner Row, Fernby FB2 7QT")]
    assert found == ["flat 4 21 tanner row fb2 7qt", "flat 14 21 tanner row fb2 7qt"]
    # a flat lettered, not numbered
    found = [a[2] for a in addresses("Flat A, 21 Tanner Row, Fernby FB2 7QT and Flat B, 21 "
                                     "Tanner Row, Fernby FB2 7QT")]
    assert found == ["flat a 21 tanner row fb2 7qt", "flat b 21 tanner row fb2 7qt"]


def test_a_building_is_its_one_flat_the_collection_writes() -> None:
    one = settled({"21 tanner row", "flat 4 21 tanner row fb2 7qt", "21 tanner row fb2 7qt"})
    assert set(one.values()) == {"flat 4 21 tanner row fb2 7qt"}
    two = settled({"21 tanner row fb2 7qt", "flat 4 21 tanner row fb2 7qt",
                   "flat 14 21 tanner row fb2 7qt"})
    assert two["21 tanner row fb2 7qt"] == "21 tanner row fb2 7qt"


def _document(number: int, text: str, force: str) -> SourceDocument:
    """A one-page document, its mentions as the store keeps them (text: the display form)."""
    from ingest.patterns import find_patterns

    mentions = [Mention(m.kind, m.key, m.display, 1, m.start, m.end) for m in find_patterns(text)]
    control = f"G-{number:06d}"
    return SourceDocument(f"g{number}", control, f"doc {number}", date(2001, 6, number), force,
                          {1: (text, f"{control}-0001")}, tuple(mentions), f"files/doc{number}.pdf")


def _elsewhere(documents: list[SourceDocument]) -> dict[str, set[str]]:
    records = case_records("c", build_cases("c", documents), 28)
    return {r["reference"]: {o["reference"] for f in r["flags"] if "elsewhere" in f["flag"]
                             for o in f["linked"]} for r in records}


def test_one_suspect_written_two_ways_in_two_forces_links_an_nfa() -> None:
    nfa = _document(1, "Crime number: FB/01/C/00412\nArrest: Holt JASON on 2001-05-02 for assault."
                       "\nOUTCOME 2001-06-01: NFA - insufficient evidence.", "Fernby")
    other = _document(2, "Crime number: 01/053317\nJason Paul HOLT arrested 9 Jun 01 at home.",
                      "Askham")
    found = _elsewhere([nfa, other])
    assert found["FB/01/C/00412"] == {"01/053317"}


def test_one_name_born_on_two_days_is_two_people() -> None:
    nfa = _document(1, "Crime number: 01/053318\nGirl F named Jason Holt (04/11/1972) as the man."
                       "\nJason Holt (04/11/1972) was arrested.\nOutcome: NFA.", "Askham")
    other = _document(2, "Crime number: 01/053999\nJason Holt (19/01/1985) was arrested.",
                      "Askham")
    assert not _elsewhere([nfa, other])["01/053318"]


def test_a_scan_that_reads_a_zero_as_the_letter_o_cites_the_reference() -> None:
    typed = _document(1, "Crime number: FB/01/C/00412\nOUTCOME 2001-06-01: NFA.", "Fernby")
    scanned = _document(2, "Crime ref. FBO1C00412\nI saw Girl F at the bus station.", "Fernby")
    records = case_records("c", build_cases("c", [typed, scanned]), 28)
    assert [(r["reference"], r["document_count"]) for r in records] == [("FB/01/C/00412", 2)]


def test_an_incident_day_that_reads_both_ways_is_the_day_the_log_states() -> None:
    log = _document(1, "FERNBY POLICE - EVENT LOG\nEVT-031107-288\nEvent opened 2003-11-07 at "
                       "2210.\nCrime recorded, 03/053317.", "Fernby")
    records = case_records("c", build_cases("c", [log]), 28)
    assert "CAD/2003-11-07/0288" in records[0]["reference_keys"]


def test_a_case_lists_its_documents_with_their_paths() -> None:
    records = case_records("c", build_cases("c", [_document(
        1, "Crime number: 01/053317\nJason Holt (04/11/1972) was arrested.", "Askham")]), 28)
    assert records[0]["documents"][0]["path"] == "files/doc1.pdf"
