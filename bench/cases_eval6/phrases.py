"""How each force of the sixth set words an outcome, a date and a suspect: the sentences the truth cites.

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): force-local clear-up codes with their meaning in
brackets, what "the meeting heard" in case-review minutes, and the numbered questions and answers
of a finalisation form. No outcome sentence is written for a case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval6.world import Case, Person

OUTCOME_WORDS = {
    "wyvernside": {
        "charged": "Clear-up C1 (charge) entered {d}: {suspect} to answer {offence} before {town} "
        "magistrates.",
        "cautioned": "Clear-up C2 (formal caution) entered {d}: {suspect} admitted it and accepted "
        "a caution.",
        "nfa_insufficient_evidence": "Clear-up N5 (NFA, evidential shortfall) entered {d}: what we hold "
        "would not sustain a charge.",
        "nfa_victim_did_not_support": "Clear-up N6 (NFA, complainant withdrew) entered {d}: {subject} no "
        "longer wishes to proceed.",
        "nfa_cps_advice": "Clear-up N7 (NFA, CPS direction) entered {d}: the reviewing lawyer directed that "
        "nobody be charged.",
        "nfa_not_in_public_interest": "Clear-up N8 (NFA, public interest) entered {d}: prosecuting was "
        "judged to bring no public good.",
        "nfa": "Clear-up N4 (NFA) entered {d}.",
        "filed_undetected": "Clear-up U9 (undetected, filed) entered {d}: no offender traced.",
        "open": "Clear-up not yet entered at {d}: lines of enquiry still live.",
    },
    "dunholt": {
        "charged": "The meeting heard that {suspect} was charged on {d} with {offence}.",
        "cautioned": "The meeting heard that {suspect} received a conditional caution on {d}.",
        "nfa_insufficient_evidence": "The meeting heard that the investigation ended on {d} with no further "
        "action; its evidence fell short of the charging standard.",
        "nfa_victim_did_not_support": "The meeting heard that {subject} withdrew her account, and the "
        "investigation ended on {d} with no further action.",
        "nfa_cps_advice": "The meeting heard that a CPS lawyer read the papers and on {d} advised no "
        "charge; police action is at an end.",
        "nfa_not_in_public_interest": "The meeting heard that on {d} the senior investigating officer "
        "judged a prosecution contrary to the public interest, so the police will take it no further.",
        "nfa": "The meeting heard that the investigation ended on {d} with no further action.",
        "filed_undetected": "The meeting heard that on {d} the crime was filed, its offender unidentified.",
        "open": "The meeting heard that as of {d} the investigation is still active.",
    },
    "carrowby": {
        "charged": "Q7 Outcome of investigation? Charge - {suspect} charged {d} ({offence}).",
        "cautioned": "Q7 Outcome of investigation? Caution - {suspect} cautioned {d}.",
        "nfa_insufficient_evidence": "Q7 Outcome of investigation? No further action ({d}) - too little "
        "evidence for a charge.",
        "nfa_victim_did_not_support": "Q7 Outcome of investigation? No further action ({d}) - {subject} "
        "pulled out; she will not back a prosecution.",
        "nfa_cps_advice": "Q7 Outcome of investigation? No further action ({d}) - CPS said no charge.",
        "nfa_not_in_public_interest": "Q7 Outcome of investigation? No further action ({d}) - public "
        "interest test failed.",
        "nfa": "Q7 Outcome of investigation? No further action ({d}).",
        "filed_undetected": "Q7 Outcome of investigation? Filed undetected ({d}) - offender never found.",
        "open": "Q7 Outcome of investigation? Still being investigated at {d}.",
    },
}
# How the family letter states an outcome (the force's officers write to the family in prose).
LETTER_WORDS = {
    "charged": "I am pleased to say that on {d} {suspect} was charged.",
    "cautioned": "I can tell you that on {d} {suspect} was given a caution.",
    "nfa_insufficient_evidence": "I am sorry to say that on {d} we closed the investigation with no "
    "further action, as we did not have enough evidence.",
    "nfa_victim_did_not_support": "As {subject} did not want to carry on, on {d} we closed the "
    "investigation with no further action.",
    "nfa_cps_advice": "I am sorry to say that on {d}, as the CPS advised, we closed the "
    "investigation with no further action.",
    "nfa_not_in_public_interest": "I am sorry to say that on {d} we closed the investigation with no "
    "further action: a decision taken in the public's interest.",
    "nfa": "I am sorry to say that on {d} we closed the investigation with no further action.",
    "filed_undetected": "I am sorry to say that on {d} the investigation was filed, as we could not "
    "identify the offender.",
}
REPORTED_WORDS = {
    "wyvernside": "Reported to police on {d}.",
    "dunholt": "First report to police received {d}.",
    "carrowby": "Q2 When was it reported? {d}",
}
CLOSED_WORDS = {
    "wyvernside": "Crime closed (clear-up authorised) on {d}.",
    "dunholt": "Case file closed {d}.",
    "carrowby": "Q8 Date finalised? {d}",
}


def named_suspect(case: Case) -> str:
    charged = next((p for p in case.suspects if p.evidence == "charged"), None)
    first = charged or (case.suspects[0] if case.suspects else None)
    return case.suspect_name(first) if first else "the offender"


def outcome_sentence(case: Case, outcome: str, when: date) -> str:
    """The sentence that states an outcome, in the force's words."""
    return OUTCOME_WORDS[case.force.key][outcome].format(
        suspect=named_suspect(case),
        d=case.when(when),
        offence=case.offence,
        town=case.force.town,
        subject=case.subject,
    )


def letter_sentence(case: Case, outcome: str, when: date) -> str:
    return LETTER_WORDS[outcome].format(suspect=named_suspect(case), d=case.when(when), subject=case.subject)


def reported_sentence(case: Case) -> str:
    return REPORTED_WORDS[case.force.key].format(d=case.when(case.reported))


def closed_sentence(case: Case, when: date) -> str:
    return CLOSED_WORDS[case.force.key].format(d=case.when(when))


def suspect_sentence(case: Case, person: Person, rng: random.Random) -> str:
    """How a crime record says why someone is a suspect, varied by force."""
    name = case.suspect_name(person)
    when = case.when(case.reported + timedelta(days=rng.randint(1, 20)))
    force, subject = case.force.key, case.subject
    if person.evidence in ("arrested", "charged"):
        return {
            "wyvernside": f"{name} - detained {when} ({case.offence}); booked into Scarrowby Bridewell.",
            "dunholt": f"Arrest: {name} arrested {when} at his home for {case.offence}.",
            "carrowby": f"Q5 Suspect? {name} - arrested {when} for {case.offence}.",
        }[force]
    if person.evidence == "interviewed":
        lawyer = f" with {case.solicitor.short} (solicitor) present" if case.solicitor else ""
        return {
            "wyvernside": f"{name} - attended {when} by arrangement; interview under caution{lawyer}; no "
            "admissions.",
            "dunholt": f"Interview: {name} interviewed under caution {when}{lawyer}; gave a prepared "
            "statement only.",
            "carrowby": f"Q5 Suspect? {name} - voluntary interview under caution {when}{lawyer}.",
        }[force]
    return {
        "wyvernside": f"{name} - identified by {subject} in her ABE interview; she says he abused her.",
        "dunholt": f"Nominated suspect: {name}, picked out by {subject}.",
        "carrowby": f"Q5 Suspect? {name} - named by {subject}; not yet spoken to.",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "wyvernside": f"{name} - traced and eliminated; CCTV puts him elsewhere.",
        "dunholt": f"Trace and eliminate: {name} was abroad at the time, so he is eliminated.",
        "carrowby": f"Q6 Anyone else looked at? {name} - spoken to and cleared of any involvement.",
    }[case.force.key]
