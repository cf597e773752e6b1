"""The case register's rules on layouts they were not written for: three invented forces and a
council that write references, outcomes and people their own way (labels with any arrangement
of letters, serial and year; Home Office outcome wording; "SURNAME Forename" and forms with
sections). References are recognised by their label and shape, and keyed so one reference
written two ways is one key; look-alikes stay apart; outcomes come from the sentence that
states them; people get their role from the words and fields around them."""

from __future__ import annotations

import pytest

from search.cases.outcomes import outcome_of
from search.cases.register import Mention, SourceDocument, build_cases
from search.cases.roles import role_of_field, role_of_name


def _keys(text: str) -> list[str]:
    from ingest.patterns import find_patterns

    return [m.key for m in find_patterns(text) if m.kind == "reference"]


@pytest.mark.parametrize("written", [
    "Crime No: 40213/07", "Crime Ref. 40213/2007", "CRN 07/40213",
    "Crime number 40213.07", "crime no. 40213 07",
    "Crime No: 40213/\n07",
])
def test_one_crime_number_however_a_force_lays_it_out(written: str) -> None:
    assert _keys(written) == ["CRIME/2007/40213"], written


@pytest.mark.parametrize("written", [
    "Incident 20070314/0219", "LOG NO. 219 14.03.07", "STORM ref 0219 140307",
    "CAD: 0219-14/03/07", "Incident number 0219 of 14 March 2007", "INCIDENT NO 20070314/0219",
])
def test_one_incident_however_it_is_dated(written: str) -> None:
    assert _keys(written) == ["CAD/2007-03-14/0219"], written


@pytest.mark.parametrize(("one", "other"), [
    ("Crime No: HD/07/40213", "Crime Ref HD-2007-040213"),
    ("Crime No: 07/HD/40213", "HD.40213.07"),
    ("URN 23HD0402107", "URN: 23/HD/04021/07"),
    ("URN 23HD0402107", "Crime No: 23/HD/4021/2007"),
    ("Crime No: 14/40213/07", "14/40213/07"),
    ("Incident 20070314/0219", "Log 0219 of 14/03/2007"),
    ("Referral 07/3318", "Case No. 2007-3318"),
])
def test_two_spellings_of_one_reference_share_a_key(one: str, other: str) -> None:
    assert _keys(one) and _keys(one) == _keys(other), (one, other)


@pytest.mark.parametrize(("one", "other"), [
    ("Crime No: 40213/07", "Crime No: 40214/07"), ("Crime No: 40213/07", "Crime No: 40213/08"),
    ("OB No 4021/07", "OB No 4012/07"), ("URN 23HD0402107", "URN 23HD0402117"),
    ("Incident 20070314/0219", "Incident 20070315/0219"), ("Referral 07/3318", "Referral 07/3381"),
])
def test_look_alikes_are_two_keys(one: str, other: str) -> None:
    assert _keys(one) and _keys(other) and _keys(one) != _keys(other)


@pytest.mark.parametrize("text", [
    "Contact number 01632 960077.", "Re: 14/03/2007 meeting.", "In case 2007 was a bad year.",
    "Log 2 officers attended.", "Ref: 1234.", "Crime No: 14/03/2007", "Incident NP/1897/04512.",
])
def test_what_a_label_introduces_is_not_always_a_reference(text: str) -> None:
    assert _keys(text) == []


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("He was summonsed to appear on 2 May 2007.", "charged", None),
    ("A postal requisition was issued.", "charged", None),
    ("Reported for summons (assault).", "charged", None),
    ("Outcome: Summonsed", "charged", None),
    ("He accepted a community resolution.", "cautioned", None),
    ("Youth reprimanded at Hillside police station.", "cautioned", None),
    ("A final warning was given.", "cautioned", None),
    ("Finalisation: Outcome 16 - evidential difficulties, victim does not support.", "nfa",
     "victim did not support"),
    ("CPS advice: no charge.", "nfa", "cps advice"),
    ("No further police action: no realistic prospect of conviction.", "nfa",
     "insufficient evidence"),
    ("Closed - evidential difficulties.", "nfa", "insufficient evidence"),
    ("The complainant declined to support a prosecution.", "nfa", "victim did not support"),
    ("Not in the public interest to prosecute.", "nfa", "not in public interest"),
    ("Filed pending further information.", "filed", None),
    ("Closed, no suspect identified.", "filed", None),
    ("Status - undetected", "filed", None),
    ("The matter remains under investigation.", "open", None),
    ("He was released under investigation.", "open", None),
    ("File submitted, awaiting CPS decision.", "open", None),
])
def test_outcomes_in_other_forces_words(sentence: str, outcome: str, reason: str | None) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason), sentence


@pytest.mark.parametrize("sentence", [
    "He was not summonsed.", "He was interviewed under caution.", "The statement was filed by "
    "DC Rowe.", "The victim is active in the community.", "Child D was seen at school.",
    "Lee Carr was previously convicted of theft in 2001.", "He has a prior caution for assault.",
    "Suspect: no suspect identified at this time.", "No suspects have been identified yet."])
def test_sentences_without_an_outcome(sentence: str) -> None:
    assert outcome_of(sentence) is None


@pytest.mark.parametrize(("before", "written", "after", "role"), [
    ("Susp: ", "KHAN, Imran", " (DOB 12/03/1980).", "suspect"),
    ("Nominal 2: ", "Jason PRICE", ", 34, of Brackley.", "suspect"),
    ("Person reported: ", "Dale HUGHES", ".", "suspect"),
    ("Alleged abuser - ", "Lee Carr", ".", "suspect"),
    ("", "WEBB Mark", " (DOB 01/02/1979) was summonsed.", "suspect"),
    ("", "Imran Khan", ", aged 34, was interviewed under caution.", "suspect"),
    ("", "Kyle Brennan", " was reported for summons.", "suspect"),
    ("The solicitor for the suspect, ", "Mr Aziz", ", attended.", "officer"),
    ("Appropriate adult: ", "Sue Hall", ".", "officer"),
    ("", "Jane Ross", ", social worker, attended.", "officer"),
    ("Seen by ", "T/DS 4471 Rowe", ".", "officer"),
    ("Injured party: ", "Laura Pike", ".", "subject"),
    ("", "Laura Pike", " (the victim) said it happened twice.", "subject"),
    ("Witness 2: ", "Mary Doyle", ".", "witness"),
    ("Interview under caution of ", "KHAN Imran", ".", "suspect"),
    ("Suspect 1 – ", "John Smith", ".", "suspect"),
])
def test_roles_in_other_forces_words(before: str, written: str, after: str, role: str) -> None:
    found = role_of_name(before, written, after)
    assert found is not None and found.role == role, (before, written, after, found)


@pytest.mark.parametrize(("before", "written", "after"), [
    ("The social worker interviewed ", "Laura Pike", " at school."),
    ("A girl called ", "Laura Pike", " attended."),
    ("Child D was seen with ", "Jane Ross", " at the park."),
])
def test_names_beside_no_suspect_words_are_not_suspects(before: str, written: str,
                                                        after: str) -> None:
    found = role_of_name(before, written, after)
    assert found is None or found.role != "suspect", found


def test_a_form_names_a_person_under_its_section_or_role_field() -> None:
    above = ["OCCURRENCE SUMMARY", "OB No: 40213/07", "NOMINAL DETAILS"]
    assert role_of_field(above, "Name: WEBB Mark", ["DOB: 01/02/1979"]).role == "suspect"
    assert role_of_field([], "Name: Laura PIKE", ["Role: Victim"]).role == "subject"
    assert role_of_field(above, "Address: 4 Mill Lane", []) is None


def _document(number: int, text: str) -> SourceDocument:
    from ingest.patterns import find_patterns

    mentions = [Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)]
    control = f"S-{number:06d}"
    return SourceDocument(f"s{number}", control, f"doc {number}", None, None,
                          {1: (text, f"{control}-0001")}, tuple(mentions))


def _groups(*texts: str) -> set[frozenset[str]]:
    cases = build_cases("c", [_document(n, t) for n, t in enumerate(texts)])
    return {frozenset(case.references) for case in cases}


def test_a_council_letter_quoting_the_crime_number_joins_its_case() -> None:
    groups = _groups("Crime No: 40213/07\nIncident: 20070314/0219\n\nChild D disclosed abuse.",
                     "Your ref: 40213/2007\nOur ref: Referral 07/3318\n\nDear DS Rowe,")
    assert groups == {frozenset({"CRIME/2007/40213", "CAD/2007-03-14/0219",
                                 "REFERRAL/2007/03318"})}


def test_a_labelled_number_written_bare_elsewhere_is_that_reference() -> None:
    cases = build_cases("c", [_document(1, "Crime No: 40213/07. Child D disclosed abuse."),
                              _document(2, "Update: 40213/07 was filed pending information.")])
    (case,) = cases
    assert set(case.documents) == {"s1", "s2"} and case.outcome()[0] == "filed"


def test_look_alikes_in_one_header_block_stay_apart() -> None:
    groups = _groups("Crime No: 40213/07\nIncident: 20070314/0219",
                     "Crime No: 40214/07\nIncident: 20070314/0220",
                     "Crime No 40213/07 is not 40214/07.")
    together = next(g for g in groups if "CRIME/2007/40213" in g)
    assert "CRIME/2007/40214" not in together


def test_a_glued_urn_written_bare_elsewhere_is_that_reference() -> None:
    cases = build_cases("c", [_document(1, "URN 23WX0518807\nLog 0107 of 02/05/2007"),
                              _document(2, "23WX0518807 was filed pending information.")])
    (case,) = cases
    assert set(case.documents) == {"s1", "s2"} and case.outcome()[0] == "filed"


def test_a_case_cited_in_passing_does_not_take_the_sentences_after_it() -> None:
    cases = build_cases("c", [_document(1, (
        "Crime No: 40215/07. Child E disclosed abuse. Her sister's case (see crime 40216/07) "
        "was NFA'd. Kyle Brennan was charged on 3 May 2007."))])
    outcomes = {min(case.references): case.outcome()[0] for case in cases}
    assert outcomes == {"CRIME/2007/40215": "charged", "CRIME/2007/40216": "nfa"}


def test_a_quoted_number_is_the_one_reference_of_that_year_and_serial() -> None:
    one = _groups("Crime No: HD/07/40213\nIncident: 20070314/0219",
                  "Your ref: 40213/07\nReferral No: 07/3318")
    assert one == {frozenset({"HD/2007/40213", "CAD/2007-03-14/0219", "REFERRAL/2007/03318"})}
    two = _groups("Crime No: HD/07/40213", "Crime No: WX/07/40213",
                  "Your ref: 40213/07\nReferral No: 07/3318")
    assert frozenset({"REF/2007/40213", "REFERRAL/2007/03318"}) in two


def test_one_crime_number_under_several_labels_is_one_case() -> None:
    groups = _groups("Crime No: 40213/07\nChild D disclosed abuse.",
                     "URN 40213/07\nMG5 case summary.",
                     "Your ref: 40213/2007\nDear DS Rowe,")
    assert groups == {frozenset({"CRIME/2007/40213"})}
    # With one force's key in the collection, every label's number is that force's.
    named = _groups("Crime No: HD/07/40213", "URN 40213/07", "Crime No: 40213/07")
    assert named == {frozenset({"HD/2007/40213"})}
    # Two forces' 40213/07: a bare label's number is neither's, and they stay apart.
    apart = _groups("Crime No: HD/07/40213", "Crime No: WX/07/40213", "URN 40213/07")
    assert {frozenset({"HD/2007/40213"}), frozenset({"WX/2007/40213"})} <= apart
    # An incident or a referral of the same digits is another series.
    series = _groups("Crime No: 40213/07", "Referral No: 40213/07")
    assert series == {frozenset({"CRIME/2007/40213"}), frozenset({"REFERRAL/2007/40213"})}


def test_an_occurrence_and_the_crime_number_raised_from_it_are_one_case() -> None:
    # An occurrence book number is a series of its own, like an incident log: the log that
    # "crimes" it names both, and both belong to one case.
    groups = _groups("Ref: OB 1603/01\n16:05 OB 1603/01 crimed - crime no. 28362/\n01 raised.",
                     "Crime No: 28362/01\nChild D disclosed abuse.")
    assert groups == {frozenset({"OCCURRENCE/2001/01603", "CRIME/2001/28362"})}


def test_a_list_of_cases_one_a_line_joins_none_of_them() -> None:
    groups = _groups("OPERATION REVIEW\nCases reopened following the review:\n"
                     "- 27/31836/09 (Female B)\n- 14/21687/07 (Girl X)\n",
                     "Crime number 27/31836/09\nIncident: INC-20090207-0922")
    assert not any({"27/2009/31836", "14/2007/21687"} <= set(g) for g in groups), groups


def test_a_council_referral_of_the_same_digits_is_not_the_crime_number() -> None:
    groups = _groups("Crime No: 40213/07\nChild D disclosed abuse.",
                     "Referral No: WCC/07/C40213\nChild E was referred.")
    assert frozenset({"CRIME/2007/40213"}) in groups
