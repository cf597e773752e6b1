"""How each force of the seventeenth set words an outcome, a date and a suspect (the sentences the
truth cites).

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): a finalisation slip whose disposal code (D0 to D8)
carries a short gloss; an officer's crime diary, written in the first person; and a
superintendent's authority to finalise. No outcome sentence is written for a case whose outcome
is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval17.world import Case, Person

DISPOSAL = {
    "charged": "Disposal D1 entered {d} - charge: {suspect}, bailed to court for {offence}",
    "cautioned": "Disposal D2 entered {d} - adult caution given to {suspect}",
    "nfa": "Disposal D3 entered {d} - NFA, gloss left blank",
    "nfa_insufficient_evidence": "Disposal D4 entered {d} - NFA, evidential test not passed",
    "nfa_victim_did_not_support": "Disposal D5 entered {d} - NFA, {subject} no longer willing to assist",
    "nfa_cps_advice": "Disposal D6 entered {d} - NFA, Crown lawyer's direction: no charge against {suspect}",
    "nfa_not_in_public_interest": "Disposal D7 entered {d} - NFA, public interest factors weigh "
    "against prosecuting",
    "filed_undetected": "Disposal D8 entered {d} - filed, offender unknown, undetected",
    "open": "Disposal D0 entered {d} - live, enquiries outstanding",
}
DIARY = {
    "charged": "Diary, {d}: custody sergeant accepted my charge of {suspect}, the offence being {offence}.",
    "cautioned": "Diary, {d}: I gave {suspect} a formal adult caution once he had made full admissions.",
    "nfa": "Diary, {d}: crime marked NFA by me; I wrote down no reason.",
    "nfa_insufficient_evidence": "Diary, {d}: crime marked NFA by me - we could never have proved it.",
    "nfa_victim_did_not_support": "Diary, {d}: crime marked NFA by me - {subject} told me she wants "
    "nothing more done.",
    "nfa_cps_advice": "Diary, {d}: crime marked NFA by me - the duty prosecutor refused to authorise "
    "charging {suspect}.",
    "nfa_not_in_public_interest": "Diary, {d}: crime marked NFA by me - my inspector judged a "
    "prosecution not worth it to the public.",
    "filed_undetected": "Diary, {d}: I have filed the crime undetected; no offender came to light.",
    "open": "Diary, {d}: the crime stays with me, still under investigation.",
}
AUTHORITY = {
    "charged": "I authorise finalisation on {d} as CHARGED: {suspect} faces {offence}.",
    "cautioned": "I authorise finalisation on {d} as CAUTIONED: {suspect}, following his admissions.",
    "nfa": "I authorise finalisation on {d} as NO FURTHER ACTION; the file gives no ground.",
    "nfa_insufficient_evidence": "I authorise finalisation on {d} as NO FURTHER ACTION, the ground "
    "being evidential insufficiency.",
    "nfa_victim_did_not_support": "I authorise finalisation on {d} as NO FURTHER ACTION, the ground "
    "being that {subject} declines to support a prosecution.",
    "nfa_cps_advice": "I authorise finalisation on {d} as NO FURTHER ACTION, the ground being the CPS "
    "decision not to charge {suspect}.",
    "nfa_not_in_public_interest": "I authorise finalisation on {d} as NO FURTHER ACTION, the ground "
    "being that the public interest does not call for a prosecution.",
    "filed_undetected": "I authorise finalisation on {d} as UNDETECTED and filed; no offender found.",
    "open": "I do not authorise finalisation on {d}; the investigation continues.",
}
# How the officer in the case tells the carer an outcome (the initial one, for a reopened case).
LETTER_WORDS = {
    "charged": "This letter is to update you: on {d}, {suspect} was charged, and the case now passes "
    "to the courts.",
    "cautioned": "This letter is to update you: on {d}, {suspect} received a caution, having confessed.",
    "nfa_insufficient_evidence": "This letter is to update you: on {d} we stopped the investigation "
    "without taking it further; the proof was too thin for a court.",
    "nfa_victim_did_not_support": "This letter is to update you: on {d} we stopped the investigation "
    "without taking it further, at the wish of {subject}.",
    "nfa_cps_advice": "This letter is to update you: on {d} we stopped the investigation without "
    "taking it further, the prosecutors having refused a charge.",
    "nfa_not_in_public_interest": "This letter is to update you: on {d} we stopped the investigation "
    "without taking it further, as a prosecution would serve no public good.",
    "nfa": "This letter is to update you: on {d} we stopped the investigation without taking it further.",
    "filed_undetected": "This letter is to update you: on {d} the investigation was shelved, because "
    "whoever did this was never identified.",
}
REPORTED_WORDS = {
    "gorsedge": "Date of first report: {d}",
    "cradlebrook": "Diary, {d}: crime allocated to me the day it was first reported.",
    "fallowmere": "The matter was first reported to this force on {d}.",
}
CLOSED_WORDS = {
    "gorsedge": "Finalisation slip closed {d}",
    "cradlebrook": "Diary, {d}: crime shut down on the records system today.",
    "fallowmere": "Crime closed with effect from {d}.",
}


def named_suspect(case: Case) -> str:
    charged = next((p for p in case.suspects if p.evidence == "charged"), None)
    first = charged or (case.suspects[0] if case.suspects else None)
    return case.suspect_name(first) if first else "an unidentified male"


def outcome_sentence(case: Case, outcome: str, when: date) -> str:
    """The sentence that states an outcome, in the force's words."""
    values = {"suspect": named_suspect(case), "d": case.when(when), "offence": case.offence,
              "subject": case.subject}  # fmt: skip
    table = {"gorsedge": DISPOSAL, "cradlebrook": DIARY, "fallowmere": AUTHORITY}[case.force.key]
    return table[outcome].format(**values)


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
            "gorsedge": f"Suspect detained {when}: {name}",
            "cradlebrook": f"Diary, {when}: I arrested {name} at his home address.",
            "fallowmere": f"{name} was taken into custody on {when} as the suspect.",
        }[force]
    if person.evidence == "interviewed":
        lawyer = case.solicitor.short if case.solicitor else "the duty solicitor"
        return {
            "gorsedge": f"Suspect seen by appointment {when}, cautioned and questioned: {name} "
            f"(represented: {lawyer})",
            "cradlebrook": f"Diary, {when}: {name} came in voluntarily and I questioned him under caution; "
            f"{lawyer} represented him.",
            "fallowmere": f"{name} was questioned as a suspect by appointment on {when}, not under arrest, "
            f"with {lawyer} advising.",
        }[force]
    return {
        "gorsedge": f"Suspect named by {subject}: {name}",
        "cradlebrook": f"Diary, {when}: {subject} gave me the name {name} as the man responsible.",
        "fallowmere": f"{subject} identifies {name} as the suspect.",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "gorsedge": f"Eliminated from enquiries: {name} - in hospital throughout",
        "cradlebrook": f"Diary: {name} is no longer a suspect; his bank card was used abroad that week.",
        "fallowmere": f"{name} has been excluded: CCTV shows him at work on the night.",
    }[case.force.key]
