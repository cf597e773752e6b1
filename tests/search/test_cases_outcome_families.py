"""Outcome sentences by family, all invented: the case's ending in any voice with its reason
(passive, intransitive, a participle's reason), a letter's words, a log's shorthand, a meeting's
resolution, a question-and-answer form's answer after a column bar, the court's words for a
prosecution begun, and the sentences that must not read as an outcome."""

from __future__ import annotations

from datetime import date

import pytest

from search.cases.outcomes import outcome_of
from search.cases.rules import stated_closure


def _label(text: str) -> str | None:
    found = outcome_of(text)
    if found is None:
        return None
    return found.outcome + (f"/{found.reason}" if found.reason else "")


BANK: dict[str, tuple[str, ...]] = {
    "charged": (
        "Sandor Velk was charged on 3 May with two counts of rape.",
        "12/05/04 1430 ARKWRIGHT Tobin chgd x2 s.9 SOA, remanded.",
        "Resolved: that the meeting notes the charging of Mr Velk on 3 May.",
        "Outcome of the enquiry? | A. Charged, 2004.01.02: Oren Pascoe.",
        "Oren Pascoe has been indicted on three counts.",
        "He was sent for trial at the crown court.",
        "Charges were laid against Oren Pascoe on 3 March.",
        "The decision was taken to charge Oren Pascoe with two offences.",
        "Oren Pascoe must now answer the charge at court.",
        "The case was closed after Oren Pascoe was charged.",
    ),
    "cautioned": (
        "Tobin Arkwright accepted a conditional caution on 3 May 2004.",
        "Outcome of the enquiry? | A. Caution, 2004.01.02: Oren Pascoe accepted it.",
        "The CPS advised that a caution was the appropriate disposal.",
        "I can confirm that the young man has been formally cautioned.",
    ),
    "nfa/insufficient evidence": (
        "On 3 May the enquiry ended, the evidence falling short of the charging standard.",
        "I am sorry to tell you that the case has been closed because we could not gather enough "
        "evidence.",
        "NFA - evid insuff.",
        "The matter was discontinued, the evidence being too weak to prosecute.",
    ),
    "nfa/cps advice": (
        "On 3 May the case was closed after the prosecutor advised that no charge be brought.",
        "The investigation ended when the Crown Prosecution Service declined to authorise a charge.",
        "The reviewing lawyer decided there should be no prosecution.",
    ),
    "nfa": ("It was decided not to charge Oren Pascoe.",),
    "nfa/victim did not support": (
        "The investigation ended because the complainant chose not to continue.",
        "Finalised as NFA, the victim declining to give evidence.",
        "The case was closed as the young person withdrew her complaint.",
        "The enquiry ended after the girl refused to make a statement.",
    ),
    "nfa/not in public interest": (
        "The investigation ended, a prosecution being judged of no benefit to the public.",
        "Closed, a trial being of no value to the public.",
    ),
    "filed": (
        "The file was put away unsolved, since nobody could be identified.",
        "The case has been shelved as no one could be traced.",
        "The investigation was closed unsolved.",
        "Closed, offender unknown.",
    ),
    "open": (
        "The review decided to reopen the investigation.",
        "The investigation remains open.",
    ),
}


@pytest.mark.parametrize(("expected", "text"),
                         [(outcome, text) for outcome, texts in BANK.items() for text in texts])
def test_an_outcome_family_is_read(expected: str, text: str) -> None:
    assert _label(text) == expected


@pytest.mark.parametrize("text", [
    "The investigation was closed.",  # an ending alone does not say how
    "At this stage nobody could be identified from the footage.",  # no ending: where it stands
    "A decision to charge is awaited from the CPS.",
    "The review decided not to reopen the case.",
    "The file was sent to the CPS for advice.",
    "She has a previous caution as the outcome of a theft in 1999.",
])
def test_no_outcome_is_read(text: str) -> None:
    assert _label(text) is None


def test_a_closure_after_a_charge_is_the_charge() -> None:
    assert _label("The investigation ended when the prosecutor authorised a charge.") == "charged"


# Plain outcomes in a second round of registers: a minute's resolution, a letter, a label's
# answer, a prosecutor's authority, a prosecution begun, a test not met, bail pending enquiries.
PLAIN: dict[str, tuple[str, ...]] = {
    "charged": (
        "Following review, the Crown Prosecution Service has authorised the police to charge Oren "
        "Pascoe.",
        "The prosecution of Oren Pascoe began on 3 May.",
        "The outcome was a charge of sexual assault.",
        "14:20 susp chg'd & remanded for court.",
    ),
    "cautioned": (
        "The matter was dealt with by way of a caution.",
        "RESOLVED: that a conditional caution be administered.",
    ),
    "nfa": (
        "Decision: no charge.",
        "The CPS advised that the case did not meet the test for charge.",
        "Oren Pascoe was released without charge and the case was closed.",
    ),
    "filed": (
        "I am sorry to say that we have been unable to identify the person responsible and the "
        "case has been closed.",
        "RESOLVED: that the crime be filed pending any new information.",
    ),
    "open": (
        "Awaiting the CPS charging decision.",
        "Oren Pascoe is on police bail pending further enquiries.",
        "RESOLVED: that the investigation be reopened.",
    ),
}


@pytest.mark.parametrize(("expected", "text"),
                         [(outcome, text) for outcome, texts in PLAIN.items() for text in texts])
def test_a_plain_outcome_is_read(expected: str, text: str) -> None:
    found = outcome_of(text)
    assert found is not None and found.outcome == expected


@pytest.mark.parametrize("text", [
    "Oren Pascoe was released without charge pending further enquiries.",
    "The inspector has not authorised us to charge Oren Pascoe yet.",
])
def test_a_step_on_the_way_is_no_closure(text: str) -> None:
    found = outcome_of(text)
    assert found is None or found.outcome == "open"


@pytest.mark.parametrize("text", [
    "On 3 May 2017 the cold case team began a fresh investigation.",
    "The case was revived in 2017 when new evidence emerged.",
    "The investigation resumed in March 2016.",
    "The 2004 enquiry was reinvestigated by a review team in 2016.",
    "The case was taken up again in 2016 after a new disclosure.",
])
def test_a_reopening_in_other_words_is_open(text: str) -> None:
    found = outcome_of(text)
    assert found is not None and found.outcome == "open"


def test_an_interview_resumed_is_no_reopening() -> None:
    assert outcome_of("The interview resumed at 14:30.") is None


def test_a_charge_after_a_reinvestigation_is_the_charge() -> None:
    found = outcome_of("The enquiry was reinvestigated in 2016 and Oren Pascoe was charged.")
    assert found is not None and found.outcome == "charged"


@pytest.mark.parametrize("text", [
    "The investigation ended on 3 May 2004.",
    "Investigation ceased on 3 May 2004.",
    "The enquiry was discontinued on 3 May 2004.",
    "The case was brought to an end on 3 May 2004.",
    "The file was put away on 3 May 2004.",
    "03/05/2004 record locked; no further changes.",
    "Date of NFA: 03/05/2004.",
    "Closure: 03/05/2004",
])
def test_a_closure_in_any_words_gives_its_day(text: str) -> None:
    assert stated_closure(text) == date(2004, 5, 3)


@pytest.mark.parametrize("text", [
    "The interview concluded on 3 May 2004.",  # an interview's end is no closure
    "The custody record was opened on 3 May 2004.",
])
def test_no_closure_day(text: str) -> None:
    assert stated_closure(text) is None


REASONED: dict[str, tuple[str, ...]] = {
    "nfa/insufficient evidence": (
        "I am sorry to tell you that, after a careful review, there is not sufficient evidence to "
        "take the matter further.",
        "NFA (evidential).",
        "It was decided that no further action would be taken as there was no corroboration.",
    ),
    "nfa/victim did not support": (
        "I understand that you do not wish to support a prosecution, and so the case has been "
        "closed.",
        "RESOLVED: NFA, the young person not wishing to proceed.",
        "The case was closed at the request of the victim.",
    ),
    "nfa/not in public interest": (
        "NFA - public interest test not met.",
        "No further action will be taken because a prosecution would not be in the public "
        "interest.",
        "The case was closed as a prosecution was not required in the public interest.",
    ),
    "nfa/cps advice": (
        "On the advice of the CPS no further action will be taken.",
        "Following CPS advice, the case was closed with no charge.",
    ),
}


@pytest.mark.parametrize(("expected", "text"),
                         [(outcome, text) for outcome, texts in REASONED.items() for text in texts])
def test_an_nfa_reason_in_a_letter_a_minute_or_a_log(expected: str, text: str) -> None:
    assert _label(text) == expected


SHORTHAND: dict[str, tuple[str, ...]] = {
    "nfa/not in public interest": ("NFA (PI).",),
    "nfa/victim did not support": ("NFA - vic no supp.",),
    "nfa/insufficient evidence": ("Result: NFA/EV.",),
    "filed": ("Filed undet.", "Res: filed - no susp."),
    "charged": ("03/05/04 susp CHG x2.", "O/C: charged."),
    "cautioned": ("03/05/04 caut admin.",),
}


@pytest.mark.parametrize(("expected", "text"),
                         [(outcome, text) for outcome, texts in SHORTHAND.items() for text in texts])
def test_a_log_shorthand_is_read(expected: str, text: str) -> None:
    assert _label(text) == expected


@pytest.mark.parametrize("text", ["Res: 12 High Street.", "Caution given, no reply."])
def test_a_shorthand_look_alike_is_no_outcome(text: str) -> None:
    assert _label(text) is None
