"""How each force of the fifth set words an outcome, a date and a suspect: the sentences the truth cites.

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): crime-status lines "with effect from" a date, an
officer's first-person letter style, and closure-code rows of a crime system's audit trail. No
outcome sentence is written for a case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval5.world import Case, Person

OUTCOME_WORDS = {
    "marlstone": {
        "charged": "Crime status w.e.f. {d}: DETECTED. {suspect} charged ({offence}), bailed to {town} "
        "Youth and Magistrates Court.",
        "cautioned": "Crime status w.e.f. {d}: DETECTED. Adult caution issued to {suspect}.",
        "nfa_insufficient_evidence": "Crime status w.e.f. {d}: NFA. Evidence insufficient to charge anyone.",
        "nfa_victim_did_not_support": "Crime status w.e.f. {d}: NFA. {subject} unwilling to support police "
        "action.",
        "nfa_cps_advice": "Crime status w.e.f. {d}: NFA. Crown Prosecution Service advice - no charge.",
        "nfa_not_in_public_interest": "Crime status w.e.f. {d}: NFA. Prosecution judged against the public "
        "interest.",
        "nfa": "Crime status w.e.f. {d}: NFA.",
        "filed_undetected": "Crime status w.e.f. {d}: UNDETECTED, FILED.",
        "open": "Crime status w.e.f. {d}: UNDER INVESTIGATION.",
    },
    "eddisford": {
        "charged": "I can confirm that on {d} {suspect} was charged with {offence} and will go before the "
        "{town} justices.",
        "cautioned": "I can confirm that on {d} {suspect} accepted a caution for this offence.",
        "nfa_insufficient_evidence": "I can confirm that on {d} the matter was closed without further "
        "action, the evidence being insufficient for a charge.",
        "nfa_victim_did_not_support": "{subject} has told us she does not want to go ahead, so on {d} the "
        "matter was closed without further action.",
        "nfa_cps_advice": "The Crown Prosecution Service looked at the file and on {d} decided against a "
        "prosecution; we are taking no further action.",
        "nfa_not_in_public_interest": "On {d} it was decided that prosecuting would not serve the public "
        "interest, so no further action will be taken.",
        "nfa": "I can confirm that on {d} the matter was closed without further action.",
        "filed_undetected": "On {d} the crime was closed as undetected because no offender could be "
        "identified.",
        "open": "As at {d} our enquiries are continuing and no decision has been made.",
    },
    "fenlow": {
        "charged": "{d} | status change | CHG - charged: {suspect} - {offence}",
        "cautioned": "{d} | status change | CAU - caution given: {suspect}",
        "nfa_insufficient_evidence": "{d} | status change | NFA-EV - no further action, insufficient "
        "evidence",
        "nfa_victim_did_not_support": "{d} | status change | NFA-VW - no further action, victim withdraws "
        "support",
        "nfa_cps_advice": "{d} | status change | NFA-CPS - no further action, charging decision by CPS: "
        "no charge",
        "nfa_not_in_public_interest": "{d} | status change | NFA-PI - public interest test failed, "
        "no further action",
        "nfa": "{d} | status change | NFA - no further action",
        "filed_undetected": "{d} | status change | UND - undetected, filed",
        "open": "{d} | status change | INV - investigation live",
    },
}
REPORTED_WORDS = {
    "marlstone": "Reported w.e.f. {d}",
    "eddisford": "Date first reported: {d}",
    "fenlow": "{d} | reported | first report received",
}
CLOSED_WORDS = {
    "marlstone": "Crime closed w.e.f. {d}",
    "eddisford": "Date the crime was closed: {d}",
    "fenlow": "{d} | closure | record closed",
}


def outcome_sentence(case: Case, outcome: str, when: date) -> str:
    """The sentence that states an outcome, in the force's words."""
    charged = next((p for p in case.suspects if p.evidence == "charged"), None)
    first = charged or (case.suspects[0] if case.suspects else None)
    suspect = case.suspect_name(first) if first else "the offender"
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
            "marlstone": f"Suspect: {name}. Arrested {when} for {case.offence}; lodged at Marlstone Central.",
            "eddisford": f"On {when} I arrested {name} for {case.offence} and took him to Kirkhope.",
            "fenlow": f"{when} | arrest | {name} - {case.offence}",
        }[force]
    if person.evidence == "interviewed":
        lawyer = f", legal adviser {case.solicitor.short} attending" if case.solicitor else ""
        return {
            "marlstone": f"Suspect: {name}. Voluntary attender {when}, interviewed under caution{lawyer}; "
            "denied everything.",
            "eddisford": f"On {when} {name} came to Kirkhope by appointment and I interviewed him under "
            f"caution{lawyer}; he denied it.",
            "fenlow": f"{when} | interview under caution | {name}{lawyer} - denial",
        }[force]
    return {
        "marlstone": f"Suspect: {name}. Named by {subject} during her video-recorded interview.",
        "eddisford": f"{subject} gave me the name {name}, and I have recorded him as a suspect.",
        "fenlow": f"{when} | suspect nominated | {name} (named by {subject})",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "marlstone": f"Person of interest {name}: seen, account verified, NOT A SUSPECT.",
        "eddisford": f"I traced {name}; his account checks out and he is ruled out of the enquiry.",
        "fenlow": f"{case.when(case.reported + timedelta(days=5))} | elimination | {name} - account "
        "corroborated, ruled out",
    }[case.force.key]
