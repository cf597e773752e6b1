"""How each force of the eleventh set words an outcome, a date and a suspect: the sentences the truth cites.

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): disposal codes on an occurrence summary, a detective
inspector's finalisation minute, and the victim update log kept under the Victims' Code. No
outcome sentence is written for a case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval11.world import Case, Person

OUTCOME_WORDS = {
    "threlmoor": {
        "charged": "Disposal code CS entered {d}. {suspect} to appear at the magistrates for {offence}.",
        "cautioned": "Disposal code AC entered {d}. {suspect} accepted an adult caution.",
        "nfa_insufficient_evidence": "Disposal code NE entered {d}. Evidential threshold not met, "
        "suspect identified.",
        "nfa_victim_did_not_support": "Disposal code VW entered {d}. {subject} declines to assist "
        "the prosecution, suspect identified.",
        "nfa_cps_advice": "Disposal code CP entered {d}. Crown Prosecution Service direction: no charge.",
        "nfa_not_in_public_interest": "Disposal code PI entered {d}. Prosecution fails the public "
        "interest stage.",
        "nfa": "Disposal code NF entered {d}. Police: nothing further.",
        "filed_undetected": "Disposal code UD entered {d}. Offender unidentified; occurrence filed.",
        "open": "Disposal code OP entered {d}. Occurrence remains under active investigation.",
    },
    "cawdrey": {
        "charged": "Finalisation minute, {d}: authority to charge received and {suspect} charged "
        "({offence}).",
        "cautioned": "Finalisation minute, {d}: {suspect} admitted it in interview and was cautioned.",
        "nfa_insufficient_evidence": "Finalisation minute, {d}: NFA. The evidential stage of the "
        "Code is not met.",
        "nfa_victim_did_not_support": "Finalisation minute, {d}: NFA. {subject} has withdrawn her "
        "account and will not attend court.",
        "nfa_cps_advice": "Finalisation minute, {d}: NFA. The duty prosecutor refused authority to charge.",
        "nfa_not_in_public_interest": "Finalisation minute, {d}: NFA. The public interest stage "
        "of the Code is not met.",
        "nfa": "Finalisation minute, {d}: NFA.",
        "filed_undetected": "Finalisation minute, {d}: lines of enquiry exhausted, undetected, filed.",
        "open": "Finalisation minute, {d}: not finalised, investigation continues.",
    },
    "blesworth": {
        "charged": "Victim update {d}: family told {suspect} is charged ({offence}) and remanded.",
        "cautioned": "Victim update {d}: family told {suspect} received a caution.",
        "nfa_insufficient_evidence": "Victim update {d}: family told NFA, the evidence was not strong "
        "enough.",
        "nfa_victim_did_not_support": "Victim update {d}: family told NFA because {subject} asked "
        "police to stop.",
        "nfa_cps_advice": "Victim update {d}: family told NFA, the CPS lawyer having advised against charge.",
        "nfa_not_in_public_interest": "Victim update {d}: family told NFA: the public interest "
        "did not favour a court case.",
        "nfa": "Victim update {d}: family told NFA.",
        "filed_undetected": "Victim update {d}: family told the crime is undetected and filed.",
        "open": "Victim update {d}: family told the investigation is still open.",
    },
}
# How the officer in the case tells the family an outcome (the initial one, for a reopened case).
LETTER_WORDS = {
    "charged": "Please accept this letter as notice that {suspect} was charged on {d}; the witness care "
    "unit will contact you.",
    "cautioned": "Please accept this letter as notice that {suspect} was given a caution on {d}.",
    "nfa_insufficient_evidence": "Please accept this letter as notice that on {d} the investigation "
    "ended without charge because the evidence was insufficient.",
    "nfa_victim_did_not_support": "Please accept this letter as notice that on {d} the investigation "
    "ended without charge, as {subject} chose not to continue.",
    "nfa_cps_advice": "Please accept this letter as notice that on {d} the investigation ended without "
    "charge, a CPS lawyer having advised against it.",
    "nfa_not_in_public_interest": "Please accept this letter as notice that on {d} the investigation "
    "ended without charge, the public interest not favouring a prosecution.",
    "nfa": "Please accept this letter as notice that on {d} the investigation ended without charge.",
    "filed_undetected": "Please accept this letter as notice that on {d} the enquiry was filed with no "
    "offender identified.",
}
REPORTED_WORDS = {
    "threlmoor": "Occurrence created {d}.",
    "cawdrey": "The allegation was received on {d}.",
    "blesworth": "Reported to police {d}.",
}
CLOSED_WORDS = {
    "threlmoor": "Occurrence finalised {d}.",
    "cawdrey": "Investigation finalised on {d}.",
    "blesworth": "Crime closed on the system {d}.",
}


def named_suspect(case: Case) -> str:
    charged = next((p for p in case.suspects if p.evidence == "charged"), None)
    first = charged or (case.suspects[0] if case.suspects else None)
    return case.suspect_name(first) if first else "the offender"


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
            "threlmoor": f"Person linked as SUSPECT: {name}. Arrest recorded {when}.",
            "cawdrey": f"{name} was arrested on {when} and booked into custody.",
            "blesworth": f"Arrested {when}: {name}.",
        }[force]
    if person.evidence == "interviewed":
        lawyer = case.solicitor.short if case.solicitor else "the duty solicitor"
        return {
            "threlmoor": f"Person linked as SUSPECT: {name}. Voluntary interview under caution {when}, "
            f"solicitor {lawyer}.",
            "cawdrey": f"{name} attended a voluntary interview under caution on {when}; {lawyer} "
            "attended as his solicitor.",
            "blesworth": f"Interviewed under caution {when}: {name}, accompanied by his solicitor {lawyer}.",
        }[force]
    return {
        "threlmoor": f"Person linked as SUSPECT: {name}. Named by {subject} in her ABE interview.",
        "cawdrey": f"{subject} disclosed that {name} was the man who abused her.",
        "blesworth": f"Named by {subject} as the abuser: {name}.",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "threlmoor": f"Person linked as ELIMINATED: {name}. In prison at the time of every incident.",
        "cawdrey": f"{name} has been eliminated: his alibi was confirmed by his employer's rota.",
        "blesworth": f"Eliminated from the enquiry: {name}, his DNA did not match.",
    }[case.force.key]
