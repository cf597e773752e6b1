"""How each force of the fifteenth set words an outcome, a date and a suspect: the sentences the truth cites.

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): an audit line of key=value pairs exported from a
records system, an inspector's endorsement in the past perfect, and a decision-and-rationale table
row. No outcome sentence is written for a case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval15.world import Case, Person

AUDIT = {
    "charged": "audit {d} :: disposal=CHG :: accused={suspect} :: matter={offence}",
    "cautioned": "audit {d} :: disposal=CAUT :: recipient={suspect} :: admitted=yes",
    "nfa_insufficient_evidence": "audit {d} :: disposal=NFA :: basis=evidence insufficient for court",
    "nfa_victim_did_not_support": "audit {d} :: disposal=NFA :: basis=complainant {subject} withdrew",
    "nfa_cps_advice": "audit {d} :: disposal=NFA :: basis=prosecutor declined to charge {suspect}",
    "nfa_not_in_public_interest": "audit {d} :: disposal=NFA :: basis=prosecution not in public interest",
    "nfa": "audit {d} :: disposal=NFA :: basis=(blank)",
    "filed_undetected": "audit {d} :: disposal=UNDET :: basis=offender never identified",
    "open": "audit {d} :: disposal=PENDING :: basis=lines of enquiry remain",
}
ENDORSEMENT = {
    "charged": "Inspector's endorsement, {d}: the enquiry had ended with {suspect} charged over {offence}.",
    "cautioned": "Inspector's endorsement, {d}: the enquiry had ended with {suspect} accepting a caution.",
    "nfa_insufficient_evidence": "Inspector's endorsement, {d}: the enquiry had ended, no further "
    "action, for want of evidence a court could act on.",
    "nfa_victim_did_not_support": "Inspector's endorsement, {d}: the enquiry had ended, no further "
    "action, {subject} having declined to support it.",
    "nfa_cps_advice": "Inspector's endorsement, {d}: the enquiry had ended, no further action, once "
    "the reviewing lawyer had advised against charging {suspect}.",
    "nfa_not_in_public_interest": "Inspector's endorsement, {d}: the enquiry had ended, no further "
    "action, a trial having been judged of no public benefit.",
    "nfa": "Inspector's endorsement, {d}: the enquiry had ended, no further action.",
    "filed_undetected": "Inspector's endorsement, {d}: the enquiry had been filed, the offender undetected.",
    "open": "Inspector's endorsement, {d}: the enquiry had not ended and stays live.",
}
DECISION = {
    "charged": "Decision of {d} | Proceed to court: {suspect} charged, {offence}",
    "cautioned": "Decision of {d} | Out of court: {suspect} cautioned after admitting it",
    "nfa_insufficient_evidence": "Decision of {d} | Stop, NFA: the material "
    "would not persuade magistrates or jury",
    "nfa_victim_did_not_support": "Decision of {d} | Stop, NFA: {subject} will not make a complaint",
    "nfa_cps_advice": "Decision of {d} | Stop, NFA: Crown lawyers would not sanction charging {suspect}",
    "nfa_not_in_public_interest": "Decision of {d} | Stop, NFA: prosecution judged of no public value",
    "nfa": "Decision of {d} | Stop, NFA: reason not given",
    "filed_undetected": "Decision of {d} | File: undetected, no offender named",
    "open": "Decision of {d} | Continue: investigation still open",
}
# How the officer in the case tells the family an outcome (the initial one, for a reopened case).
LETTER_WORDS = {
    "charged": "Please note that {suspect} was charged on {d} and will appear before the magistrates.",
    "cautioned": "Please note that {suspect} received a police caution on {d}, once he had owned up.",
    "nfa_insufficient_evidence": "Please note that on {d} the enquiry stopped "
    "without charges: the proof was not strong enough.",
    "nfa_victim_did_not_support": "Please note that on {d} the enquiry stopped "
    "without charges, as {subject} chose not to carry on.",
    "nfa_cps_advice": "Please note that on {d} the enquiry stopped without charges "
    "on the prosecutors' advice.",
    "nfa_not_in_public_interest": "Please note that on {d} the enquiry stopped "
    "without charges: prosecuting was judged to serve nobody.",
    "nfa": "Please note that on {d} the enquiry stopped without charges.",
    "filed_undetected": "Please note that on {d} the enquiry stopped because "
    "the offender could not be identified.",
}
REPORTED_WORDS = {
    "calderwick": "audit {d} :: event=REPORTED",
    "quernmoor": "The allegation reached us on {d}.",
    "hobcarton": "Reported to police | {d}",
}
CLOSED_WORDS = {
    "calderwick": "audit {d} :: event=CLOSED",
    "quernmoor": "Enquiry shut down on {d}.",
    "hobcarton": "Date of closure | {d}",
}


def named_suspect(case: Case) -> str:
    charged = next((p for p in case.suspects if p.evidence == "charged"), None)
    first = charged or (case.suspects[0] if case.suspects else None)
    return case.suspect_name(first) if first else "a man nobody has identified"


def outcome_sentence(case: Case, outcome: str, when: date) -> str:
    """The sentence that states an outcome, in the force's words."""
    values = {"suspect": named_suspect(case), "d": case.when(when), "offence": case.offence,
              "subject": case.subject}  # fmt: skip
    table = {"calderwick": AUDIT, "quernmoor": ENDORSEMENT, "hobcarton": DECISION}[case.force.key]
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
            "calderwick": f"audit {when} :: event=ARREST :: person={name}",
            "quernmoor": f"{name} had been arrested by {when} and booked into custody.",
            "hobcarton": f"Arrested | {name}, on {when}",
        }[force]
    if person.evidence == "interviewed":
        lawyer = case.solicitor.short if case.solicitor else "the duty solicitor"
        return {
            "calderwick": f"audit {when} :: event=VOLUNTARY_INTERVIEW :: person={name} :: adviser={lawyer}",
            "quernmoor": f"{name} had come in by appointment on {when} and had been questioned "
            f"under caution, with {lawyer} beside him.",
            "hobcarton": f"Interviewed by appointment, not arrested | {name}, on {when}, solicitor {lawyer}",
        }[force]
    return {
        "calderwick": f"audit {when} :: event=NAMED_BY_VICTIM :: person={name} :: by={subject}",
        "quernmoor": f"{subject} had named {name} as the man responsible.",
        "hobcarton": f"Named by {subject} | {name}",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "calderwick": f"audit :: event=ELIMINATED :: person={name} :: alibi=in hospital throughout",
        "quernmoor": f"{name} had been excluded: bank records placed him abroad on every date.",
        "hobcarton": f"Excluded from enquiry | {name}: DNA did not match",
    }[case.force.key]
