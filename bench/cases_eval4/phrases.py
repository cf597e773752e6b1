"""How each force of the fourth set words an outcome, a date and a suspect: the sentences the truth cites.

Each force has its own register ("Case result" lines with a reason, a supervisor's narrative,
closure-form fields in capitals), none of them worded as in the earlier sets. No outcome sentence
is written for a case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval4.world import Case, Person

OUTCOME_WORDS = {
    "oxmoor": {
        "charged": "Case result {d}: {suspect} charged with {offence}; first appearance at {town} "
        "Magistrates' Court.",
        "cautioned": "Case result {d}: {suspect} cautioned, the offence admitted in interview.",
        "nfa_insufficient_evidence": "Case result {d}: no further action. Reason: insufficient evidence.",
        "nfa_victim_did_not_support": "Case result {d}: no further action. Reason: {subject} does not "
        "support a prosecution.",
        "nfa_cps_advice": "Case result {d}: no further action. Reason: CPS advice, no charge.",
        "nfa_not_in_public_interest": "Case result {d}: no further action. Reason: a prosecution is not in "
        "the public interest.",
        "nfa": "Case result {d}: no further action.",
        "filed_undetected": "Case result {d}: undetected, crime filed.",
        "open": "Case result {d}: not yet resulted, enquiries continue.",
    },
    "pellworth": {
        "charged": "The Detective Inspector authorised charge on {d}, and {suspect} was charged with "
        "{offence}.",
        "cautioned": "On {d}, having admitted the offence, {suspect} was cautioned by the custody officer.",
        "nfa_insufficient_evidence": "The investigation was closed on {d} with no further action because "
        "there was not enough evidence to charge anyone.",
        "nfa_victim_did_not_support": "{subject} told officers she did not wish to pursue the matter, and on "
        "{d} it was closed with no further action.",
        "nfa_cps_advice": "A file went to the Crown Prosecution Service, whose lawyer advised against a "
        "charge, and on {d} the case was closed with no further action.",
        "nfa_not_in_public_interest": "On {d} the Superintendent decided that a prosecution was not in the "
        "public interest, and no further action was taken.",
        "nfa": "No further action was taken and the case was closed on {d}.",
        "filed_undetected": "With no suspect identified, the crime was filed as undetected on {d}.",
        "open": "On {d} the case was still under investigation.",
    },
    "gorsedale": {
        "charged": "Outcome: CHARGED - {suspect} - {offence} - dated {d}.",
        "cautioned": "Outcome: CAUTION ADMINISTERED - {suspect} - dated {d}.",
        "nfa_insufficient_evidence": "Outcome: NO FURTHER ACTION - evidential difficulties (insufficient "
        "evidence) - dated {d}.",
        "nfa_victim_did_not_support": "Outcome: NO FURTHER ACTION - victim declines to support - dated {d}.",
        "nfa_cps_advice": "Outcome: NO FURTHER ACTION - on the direction of the CPS - dated {d}.",
        "nfa_not_in_public_interest": "Outcome: NO FURTHER ACTION - public interest - dated {d}.",
        "nfa": "Outcome: NO FURTHER ACTION - dated {d}.",
        "filed_undetected": "Outcome: UNDETECTED, FILED - dated {d}.",
        "open": "Outcome: NONE YET - investigation open - dated {d}.",
    },
}
REPORTED_WORDS = {
    "oxmoor": "Date reported: {d}",
    "pellworth": "First reported to police on {d}.",
    "gorsedale": "REPORTED: {d}",
}
CLOSED_WORDS = {
    "oxmoor": "Date closed: {d}",
    "pellworth": "Closed on the crime system on {d}.",
    "gorsedale": "CLOSURE DATE: {d}",
}


def outcome_sentence(case: Case, outcome: str, when: date) -> str:
    """The sentence that states an outcome, in the force's words."""
    charged = next((p for p in case.suspects if p.evidence == "charged"), None)
    first = charged or (case.suspects[0] if case.suspects else None)
    suspect = case.suspect_name(first) if first else "the suspect"
    return OUTCOME_WORDS[case.force.key][outcome].format(
        suspect=suspect, d=case.when(when), offence=case.offence, town=case.force.town, subject=case.subject
    )


def reported_sentence(case: Case) -> str:
    return REPORTED_WORDS[case.force.key].format(d=case.when(case.reported))


def closed_sentence(case: Case, when: date) -> str:
    return CLOSED_WORDS[case.force.key].format(d=case.when(when))


def suspect_sentence(case: Case, person: Person, rng: random.Random) -> str:
    """How a crime report says why someone is a suspect, varied by force."""
    name = case.suspect_name(person)
    when = case.when(case.reported + timedelta(days=rng.randint(1, 20)))
    force, subject = case.force.key, case.subject
    if person.evidence in ("arrested", "charged"):
        return {
            "oxmoor": f"{name}: arrested {when} on suspicion of {case.offence}, booked in at Oxmoor custody.",
            "pellworth": f"{name} was detained at his home on {when} and arrested for {case.offence}.",
            "gorsedale": f"ARREST {when}: {name} - {case.offence}.",
        }[force]
    if person.evidence == "interviewed":
        lawyer = f", {case.solicitor.plain} (solicitor) present" if case.solicitor else ""
        return {
            "oxmoor": f"{name}: interviewed under caution {when}{lawyer}; no reply to any question.",
            "pellworth": f"{name} came in by arrangement and was interviewed under caution on "
            f"{when}{lawyer}; he handed in a prepared statement denying it.",
            "gorsedale": f"INTERVIEW UNDER CAUTION {when}: {name}{lawyer} - no comment.",
        }[force]
    return {
        "oxmoor": f"{subject} identifies {name} as one of the men who abused her; {name} is shown as a "
        "suspect on the crime.",
        "pellworth": f"In her ABE interview {subject} named {name} as one of the men, and he is a suspect.",
        "gorsedale": f"NAMED SUSPECT: {name} (named by {subject}).",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "oxmoor": f"{name}: traced and spoken to, alibi confirmed, eliminated - not a suspect.",
        "pellworth": f"{name} was traced, gave an account that was checked, and has been eliminated.",
        "gorsedale": f"TIE: {name} - traced, interviewed as a witness only, ELIMINATED.",
    }[case.force.key]
