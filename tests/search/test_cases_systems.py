"""The case register on what records systems write (issue 21): a table exported row by row (a
crime system's status rows, "CODE - word"), a council's number with no year, references spaced
around a force's letters or with the year before them, a number quoted under "Our ref", a log's
columns apart by "|", a custody record's detained person, what a pronoun says was done to a
named person, a nickname in quotes and a year of birth beside a name. The material is invented
for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from search.cases.flags import case_flags
from search.cases.items import cued_marks
from search.cases.outcomes import outcome_of
from search.cases.people import record_names
from search.cases.register import Mention, SourceDocument, build_cases
from search.cases.roles import role_of_name
from search.cases.rules import dates_in, sentences


def _keys(text: str) -> list[str]:
    from ingest.patterns import find_patterns

    return [m.key for m in find_patterns(text) if m.kind == "reference"]


def _document(doc_id: str, text: str, force: str | None = "Quarrington Police") -> SourceDocument:
    from ingest.patterns import find_patterns

    mentions = tuple(Mention(m.kind, m.key, m.text, 1, m.start, m.end)
                     for m in find_patterns(text) if m.kind == "reference")
    return SourceDocument(doc_id, doc_id.upper(), doc_id, None, force, {1: (text, f"{doc_id}/1")},
                          mentions)


def _with_person(document: SourceDocument, key: str, written: str) -> SourceDocument:
    """The document with a person mention of ``key`` where its page writes ``written``, as the
    names stage would have found it."""
    text = document.pages[1][0]
    start = text.index(written)
    person = Mention("person", key, key.title(), 1, start, start + len(written))
    return replace(document, mentions=(*document.mentions, person))


@pytest.mark.parametrize(("text", "key"), [
    ("Contact number HBC-YS-40127 Date of contact", "HBC-YS/40127"),
    ("Referral HBC-YS-40127 opened", "HBC-YS/40127"),
    ("our file (HBCYS 40127)", None),
    ("Council file THC07731/FS.", "THC-FS/07731"),
    ("Council file THC 07731 FS.", "THC-FS/07731"),
    ("Crime\t2004 QR 061247", "QR/2004/61247"),
    ("Log 040817 QR 0552 refers", "INCIDENT/40817/QR/552"),
    ("Incident W0417 17082004 was", "INCIDENT/W/417/17082004"),
    ("Source incident: W04122/1931, linked", "INCIDENT/W/4122/1931"),
    ("Source incident: W1903-17082004, linked", "INCIDENT/W/1903/17082004"),
])
def test_council_numbers_without_a_year_and_spaced_references(text: str, key: str | None) -> None:
    assert (key in _keys(text)) if key else not any(k.endswith("/40127") for k in _keys(text))


def test_a_year_is_no_council_serial() -> None:
    assert _keys("The PCC 2004 report") == []


def test_a_council_number_labelled_and_bare_is_one_case() -> None:
    cases = build_cases("c", [
        _document("d1", "Referral No. HBC-YS-40127 was opened on 3 May 2004."),
        _document("d2", "Crime QR/04/61247 is the police record of HBC-YS-40127."),
    ])
    assert [sorted(c.references) for c in cases] == [["HBC-YS/40127", "QR/2004/61247"]]


def test_a_year_before_the_letters_is_the_year_where_the_force_writes_it_so() -> None:
    cases = build_cases("c", [
        _document("d1", "Crime ref: 2004QR061247\nReferral HBC-YS-40127 for crime 2004QR061247."),
        _document("d2", "Subject: 2004 QR 061247\n\nThe family have been told."),
        _document("d3", "Crime ref 04QR061247 - page two"),
        _document("d4", "Crime ref: 2005QR061247 is another girl's."),
    ])
    found = {frozenset(c.references) for c in cases}
    assert frozenset({"HBC-YS/40127", "QR/2004/61247"}) in found
    assert frozenset({"QR/2005/61247"}) in found


def test_a_number_quoted_under_our_ref_is_the_labelled_one() -> None:
    cases = build_cases("c", [
        _document("d1", "Incident W04417/0552 was logged on 3 May 2004."),
        _document("d2", "Our ref: W04417/0552. Please call the office."),
    ])
    assert [sorted(c.references) for c in cases] == [["INCIDENT/W/4417/552"]]


def test_table_rows_are_sentences_and_glued_days_are_dates() -> None:
    text = "Crime\t2004 QR 061247\n03MAY2004\treported\tfirst report\n09JUN2004\tstatus change\tX"
    assert [s.text for s in sentences(text)][1:] == ["03MAY2004\treported\tfirst report",
                                                    "09JUN2004\tstatus change\tX"]
    assert dates_in("03MAY2004")[0][0] == date(2004, 5, 3)


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("09JUN2004 status change CHX - charged: DENBY, Carl Anthony (YOB 1971) - rape", "charged",
     None),
    ("09JUN2004 status change CAX - caution given: DENBY, Carl Anthony", "cautioned", None),
    ("09JUN2004 status change NFA-WD - no further action, victim withdraws support", "nfa",
     "victim did not support"),
    ("09JUN2004 status change UNX - undetected, filed", "filed", None),
    ("Carl DENBY (CRO 12/345678Q) charged (rape), bailed to the Crown Court.", "charged", None),
    ("Simple caution issued to Carl DENBY.", "cautioned", None),
    ("On 4/8/2004 the matter was closed without further action, the evidence being "
     "insufficient for a charge.", "nfa", "insufficient evidence"),
    ("She has told us she does not want to go ahead, so the matter was closed without further "
     "action.", "nfa", "victim did not support"),
    ("Position of the reinvestigation: on 3/2/2016 Carl Denby accepted a caution.", "cautioned",
     None),
    ("Position of the reinvestigation: 09JUN2015 | status change | CHX - charged: DENBY, Carl",
     "charged", None),
])
def test_status_rows_and_letters_state_outcomes(sentence: str, outcome: str,
                                                reason: str | None) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason), found


def test_a_status_lines_bare_nfa_takes_the_reason_after_it() -> None:
    text = ("Crime QR/04/61247.\nCrime status w.e.f. 09 JUN 2004: NFA. Prosecution judged "
            "against the public interest.")
    [case] = build_cases("c", [_document("d1", text)])
    assert case.outcome()[:2] == ("nfa", "not in public interest")


def test_a_logs_rows_are_read_in_the_order_written() -> None:
    text = ("Crime\tQR/04/61247\n03/05/2004\treported\tfirst report received\n"
            "09/05/2004\tstatus change\tINV - investigation live.\n"
            "03/05/2004\tstatus change\tUNX - undetected, filed")
    [case] = build_cases("c", [_document("d1", text)])
    assert case.outcome()[0] == "filed"


@pytest.mark.parametrize(("before", "written", "after"), [
    ("09JUN2004 | arrest | ", "DENBY, Carl Anthony", " (YOB 1971) - rape"),
    ("09JUN2004 | interview under caution | ", "DENBY, Carl Anthony", " (YOB 1971), solicitor"),
    ("09JUN2004 | suspect nominated | ", "DENBY, Carl Anthony", " (named by Girl T)"),
    ("Detained person: ", "Carl Denby", ""),
    ("On 3/5/2004 ", "Carl Denby", " came to Wyke by appointment and I interviewed him under "
     "caution."),
    ("Girl T gave me the name ", "Carl Denby", ", and I have recorded him as a suspect."),
])
def test_log_columns_custody_and_pronouns_make_suspects(before: str, written: str,
                                                        after: str) -> None:
    found = role_of_name(before, written, after)
    assert found is not None and found.role == "suspect", found


@pytest.mark.parametrize(("before", "written", "after"), [
    ("09JUN2004 | elimination | ", "DENBY, Carl Anthony", " (YOB 1971) - account checks out"),
    ("", "Carl Denby", " saw Ruth Lister and I arrested him."),
    ("On 3/5/2004 Carl Denby came to ", "Wyke", " by appointment and I interviewed him under "
     "caution."),
    ("09JUN2004 | interview under caution | DENBY, Carl (YOB 1971), legal adviser ",
     "Ruth Lister", " attending"),
])
def test_no_suspect_without_the_words(before: str, written: str, after: str) -> None:
    found = role_of_name(before, written, after)
    assert found is None or found.role != "suspect", found


def test_a_nickname_in_quotes_is_no_part_of_the_name() -> None:
    assert [n.display for n in record_names('I arrested Carl "Dodger" Denby at home.')] \
        == ["Carl Denby"]
    text = 'Crime QR/04/61247. I arrested Carl "Dodger" Denby for rape.'
    document = _with_person(_document("d1", text), "carl dodger denby", 'Carl "Dodger" Denby')
    [case] = build_cases("c", [document])
    assert case.suspects() == {"carl denby"}


def test_years_of_birth_tell_namesakes_apart() -> None:
    def crime(doc_id: str, number: str, born: int) -> SourceDocument:
        text = f"Crime {number}. Outcome: NFA.\n09JUN2004 | arrest | DENBY, Carl (YOB {born})"
        return _with_person(_document(doc_id, text), "carl denby", "DENBY, Carl")
    apart = build_cases("c", [crime("d1", "QR/04/61247", 1971), crime("d2", "QR/05/70012", 1988)])
    same = build_cases("c", [crime("d1", "QR/04/61247", 1971), crime("d2", "QR/05/70012", 1971)])
    assert all(c.suspects() == {"carl denby"} for c in apart + same)
    def elsewhere(cases: list) -> list:
        return [f for flags in case_flags(cases, 28, {}).values() for f in flags
                if f.flag == "suspect elsewhere"]
    assert elsewhere(same) and not elsewhere(apart)


def test_marks_however_spaced_or_cased() -> None:
    assert [key for _s, _e, key in cued_marks(
        "index QT 06 KXV; number plate QT06 KXV; registration qt06kxv; reg QT-06-KXV")] \
        == ["QT06KXV"] * 4


def test_dates_with_effect_from_are_the_sentences_own() -> None:
    text = ("Crime QR/04/61247.\nReported w.e.f. 01 MAY 2004\nOffence recorded: theft.\n"
            "Crime status w.e.f. 04 MAY 2004: NFA.\nCrime closed w.e.f. 04 MAY 2004")
    [case] = build_cases("c", [_document("d1", text)])
    assert [d for d, _c in case.reported] == [date(2004, 5, 1)]
    assert date(2004, 5, 4) in [d for d, _c in case.closed]


def test_a_council_number_with_its_department_only_is_the_councils() -> None:
    cases = build_cases("c", [
        _document("d1", "Referral No. HBC-YS-40127 for crime QR/04/61247."),
        _document("d2", "Thank you for the update on QR/04/61247. Our own number is YSC 40127."),
        _document("d3", "Referral No. HBC-YSC-40127 was opened."),
    ])
    assert not any(key.startswith("YSC/") for c in cases for key in c.references)
    [council] = [c for c in cases if "HBC-YSC/40127" in c.references]
    assert set(council.documents) == {"d2", "d3"}


def test_a_council_number_with_its_department_and_year_only_is_the_councils() -> None:
    cases = build_cases("c", [
        _document("d1", "Early help number ODC/FS/04/7731 is the same matter as crime QR/04/61247."),
        _document("d2", "Short reference FS7731-04 noted by the duty worker."),
        _document("d3", "Early help number ODC/FS/05/7731 was opened for another child."),
    ])
    assert not any(key.startswith("FS/") for c in cases for key in c.references)
    # (the key's spelling is the register's; without declarations the council's letters and
    # its department's are keyed in the order the collection writes them most)
    [council] = [c for c in cases if "d2" in c.documents]
    assert set(council.documents) == {"d1", "d2"}  # not the next year's number of that serial


def test_a_subject_s_code_before_a_crime_number_is_no_council_s_initials() -> None:
    from search.cases.sources import cited_references

    def keyed(doc_id: str, text: str, key: str) -> SourceDocument:
        start = text.index("QR")
        return SourceDocument(doc_id, doc_id, doc_id, None, None, {1: (text, f"{doc_id}-1")}, (
            Mention("reference", key, text[start:start + 12], 1, start, start + 12),))
    documents = cited_references([
        keyed("d1", "Subject: RE: YP7 - QR.046120.03", "YP7-QR/2003/46120"),
        keyed("d2", "Crime QR.046120.03 raised for Child C.", "QR/2003/46120"),
    ])
    assert [m.key for d in documents for m in d.mentions] == ["YP7-QR/2003/46120", "QR/2003/46120"]
