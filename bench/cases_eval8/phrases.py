"""How each force of the eighth set words an outcome, a date and a suspect: the sentences the truth cites.

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): the clear-up methods of an old crime disposal form,
the minutes an officer submits up the chain on a crime file, and a question-and-answer closing
record. No outcome sentence is written for a case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval8.world import Case, Person

OUTCOME_WORDS = {
    "carrbeck": {
        "charged": "Clear-up method 01 (charge) entered {d}: {suspect}, for {offence}.",
        "cautioned": "Clear-up method 03 (formal caution) entered {d}: {suspect}, admissions made.",
        "nfa_insufficient_evidence": "Disposal 22 entered {d}: no proceedings, as the proof falls short "
        "of what a court would need.",
        "nfa_victim_did_not_support": "Disposal 24 entered {d}: no proceedings, {subject} unwilling to "
        "assist a prosecution.",
        "nfa_cps_advice": "Disposal 23 entered {d}: no proceedings, on written advice from the CPS lawyer.",
        "nfa_not_in_public_interest": "Disposal 25 entered {d}: no proceedings, prosecuting held contrary "
        "to the public good.",
        "nfa": "Disposal 20 entered {d}: no proceedings.",
        "filed_undetected": "Disposal 90 entered {d}: filed, offender unidentified.",
        "open": "Disposal box left blank at {d}: enquiry live.",
    },
    "oxmarsh": {
        "charged": "Minute to DI: {suspect} was charged on {d} with {offence}; I respectfully submit the "
        "file for court.",
        "cautioned": "Minute to DI: {suspect} received a formal caution on {d}; I respectfully submit the "
        "file as cleared.",
        "nfa_insufficient_evidence": "Minute to DI: I respectfully submit that no proceedings follow, as "
        "of {d}, for want of sufficient proof.",
        "nfa_victim_did_not_support": "Minute to DI: I respectfully submit that no proceedings follow, as "
        "of {d}, {subject} having withdrawn her support.",
        "nfa_cps_advice": "Minute to DI: I respectfully submit that no proceedings follow, as of {d}, the "
        "reviewing lawyer having so advised.",
        "nfa_not_in_public_interest": "Minute to DI: I respectfully submit that no proceedings follow, as "
        "of {d}, the public interest being against them.",
        "nfa": "Minute to DI: I respectfully submit that no proceedings follow, as of {d}.",
        "filed_undetected": "Minute to DI: I respectfully submit the file for filing on {d}, the culprit "
        "being unknown.",
        "open": "Minute to DI: on {d} the file stays with me; further work is needed.",
    },
    "rudmere": {
        "charged": "Was anyone charged? Yes: {suspect}, on {d}, with {offence}.",
        "cautioned": "Was anyone charged? No; {suspect} was given a caution instead, on {d}.",
        "nfa_insufficient_evidence": "Was anyone charged? No. Closed {d} with no further action: the "
        "proof gathered was too weak.",
        "nfa_victim_did_not_support": "Was anyone charged? No. Closed {d} with no further action: "
        "{subject} would not support it.",
        "nfa_cps_advice": "Was anyone charged? No. Closed {d} with no further action: prosecutors advised "
        "against a charge.",
        "nfa_not_in_public_interest": "Was anyone charged? No. Closed {d} with no further action: not "
        "worth prosecuting in the public interest.",
        "nfa": "Was anyone charged? No. Closed {d} with no further action.",
        "filed_undetected": "Was anyone charged? No. Filed {d}: nobody could be identified.",
        "open": "Was anyone charged? Not yet; at {d} still under investigation.",
    },
}
# How an officer's letter to the family states an outcome (the initial one, for a reopened case).
LETTER_WORDS = {
    "charged": "I can confirm that {suspect} was charged on {d} and the matter is now with the court.",
    "cautioned": "I can confirm that {suspect} admitted it and was cautioned on {d}.",
    "nfa_insufficient_evidence": "I regret to tell you that on {d} we decided to take no further action, "
    "since we could not gather enough evidence.",
    "nfa_victim_did_not_support": "I regret to tell you that on {d} we decided to take no further action, "
    "since {subject} told us she did not want to continue.",
    "nfa_cps_advice": "I regret to tell you that on {d} we decided to take no further action, since the "
    "prosecutors advised us that no charge could be brought.",
    "nfa_not_in_public_interest": "I regret to tell you that on {d} we decided to take no further action, "
    "since charging him was thought to be against the wider good.",
    "nfa": "I regret to tell you that on {d} we decided to take no further action.",
    "filed_undetected": "I regret to tell you that on {d} the investigation was filed, because the man "
    "responsible was never found.",
}
REPORTED_WORDS = {
    "carrbeck": "Date of first complaint: {d}.",
    "oxmarsh": "The matter came to police notice on {d}.",
    "rudmere": "When was it reported? {d}",
}
CLOSED_WORDS = {
    "carrbeck": "Date cleared up or written off: {d}.",
    "oxmarsh": "File closed by the DI on {d}.",
    "rudmere": "When was it closed? {d}",
}


def named_suspect(case: Case) -> str:
    charged = next((p for p in case.suspects if p.evidence == "charged"), None)
    first = charged or (case.suspects[0] if case.suspects else None)
    return case.suspect_name(first) if first else "the man responsible"


def outcome_sentence(case: Case, outcome: str, when: date) -> str:
    """The sentence that states an outcome, in the force's words."""
    return OUTCOME_WORDS[case.force.key][outcome].format(
        suspect=named_suspect(case), d=case.when(when), offence=case.offence, subject=case.subject
    )


def letter_sentence(case: Case, outcome: str, when: date) -> str:
    return LETTER_WORDS[outcome].format(suspect=named_suspect(case), d=case.when(when), subject=case.subject)


def reported_sentence(case: Case) -> str:
    return REPORTED_WORDS[case.force.key].format(d=case.when(case.reported))


def closed_sentence(case: Case, when: date) -> str:
    return CLOSED_WORDS[case.force.key].format(d=case.when(when))


def suspect_sentence(case: Case, person: Person, rng: random.Random) -> str:
    """How a force's record says why someone is a suspect."""
    name = case.suspect_name(person)
    when = case.when(case.reported + timedelta(days=rng.randint(1, 20)))
    force, subject = case.force.key, case.subject
    if person.evidence in ("arrested", "charged"):
        return {
            "carrbeck": f"Accused person: {name}. Taken into custody {when}.",
            "oxmarsh": f"I took {name} into custody on {when} at his home.",
            "rudmere": f"Who was arrested? {name}, on {when}",
        }[force]
    if person.evidence == "interviewed":
        lawyer = f" (solicitor present: {case.solicitor.short})" if case.solicitor else ""
        return {
            "carrbeck": f"Accused person: {name}. Questioned under caution by appointment {when}{lawyer}.",
            "oxmarsh": f"{name} attended by appointment on {when} and was questioned under caution{lawyer}.",
            "rudmere": f"Who was questioned under caution? {name}{lawyer}, on {when}",
        }[force]
    return {
        "carrbeck": f"Accused person: {name}. Identified by {subject} from a photograph.",
        "oxmarsh": f"{subject} picked out {name} from an album of photographs.",
        "rudmere": f"Whom did {subject} name? {name}.",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "carrbeck": f"Person considered and discounted: {name} (working abroad at the material time).",
        "oxmarsh": f"{name} was looked at and discounted; his phone placed him in another city.",
        "rudmere": f"Who was ruled out? {name}: hospital records show he was an inpatient.",
    }[case.force.key]
