"""How each force of the twentieth set words an outcome, a date and a suspect (the sentences the
truth cites).

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): the investigation plan's final review at the foot of
a text crime record; the daily management meeting's decision in a DOCX crime file; and the
divisional detective inspector's finalisation stamp on the second page of a PDF crime file. No
outcome sentence is written for a case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval20.world import Case, Person

REVIEW = {
    "charged": "Final review {d}. Result: {suspect} now faces trial, charged with {offence}.",
    "cautioned": "Final review {d}. Result: {suspect} confessed when questioned and took a caution.",
    "nfa": "Final review {d}. Result: closed with no police action and no reason written down.",
    "nfa_insufficient_evidence": "Final review {d}. Result: closed with no police action; what we have "
    "would never convince a jury.",
    "nfa_victim_did_not_support": "Final review {d}. Result: closed with no police action; {subject} "
    "wants no prosecution and will not make a statement.",
    "nfa_cps_advice": "Final review {d}. Result: closed with no police action; the CPS lawyer advised "
    "against any charge for {suspect}.",
    "nfa_not_in_public_interest": "Final review {d}. Result: closed with no police action; prosecuting "
    "him is judged not to serve the public.",
    "filed_undetected": "Final review {d}. Result: filed as undetected until a new lead appears; "
    "nobody identified.",
    "open": "Final review {d}. Result: none yet, enquiries still running.",
}
DMM = {
    "charged": "Daily management meeting {d}: agreed {suspect} is charged with {offence}; "
    "remanded for the magistrates.",
    "cautioned": "Daily management meeting {d}: agreed {suspect} is dealt with by simple caution, "
    "which he signed.",
    "nfa": "Daily management meeting {d}: agreed to finalise with no action taken, no reason minuted.",
    "nfa_insufficient_evidence": "Daily management meeting {d}: agreed to finalise with no action taken; "
    "not enough evidence to prosecute.",
    "nfa_victim_did_not_support": "Daily management meeting {d}: agreed to finalise with no action "
    "taken; {subject} has withdrawn her support.",
    "nfa_cps_advice": "Daily management meeting {d}: agreed to finalise with no action taken against "
    "{suspect}, following Crown Prosecution Service advice.",
    "nfa_not_in_public_interest": "Daily management meeting {d}: agreed to finalise with no action "
    "taken; a prosecution held to be of no public value.",
    "filed_undetected": "Daily management meeting {d}: agreed to file the crime as undetected, "
    "the offender unknown.",
    "open": "Daily management meeting {d}: investigation to stay live; review in a month.",
}
STAMP = {
    "charged": "FINALISED {d} by the divisional DI :: CHARGED :: {suspect}, {offence}.",
    "cautioned": "FINALISED {d} by the divisional DI :: CAUTION ADMINISTERED :: {suspect}.",
    "nfa": "FINALISED {d} by the divisional DI :: NO FURTHER ACTION :: no rationale given.",
    "nfa_insufficient_evidence": "FINALISED {d} by the divisional DI :: NO FURTHER ACTION :: "
    "evidence falls short of the full code test.",
    "nfa_victim_did_not_support": "FINALISED {d} by the divisional DI :: NO FURTHER ACTION :: "
    "{subject} unwilling to support a prosecution.",
    "nfa_cps_advice": "FINALISED {d} by the divisional DI :: NO FURTHER ACTION :: CPS advised "
    "no charge, {suspect}.",
    "nfa_not_in_public_interest": "FINALISED {d} by the divisional DI :: NO FURTHER ACTION :: "
    "no public good served by prosecuting him.",
    "filed_undetected": "FINALISED {d} by the divisional DI :: UNDETECTED :: filed, offender not traced.",
    "open": "NOT FINALISED at {d} :: enquiries ongoing.",
}
# How the officer in the case tells the carer an outcome (the initial one, for a reopened case).
LETTER_WORDS = {
    "charged": "To bring you up to date: on {d} {suspect} was charged, and the court will set a trial date.",
    "cautioned": "To bring you up to date: {suspect} took a caution on {d}, having owned up.",
    "nfa_insufficient_evidence": "To bring you up to date: the investigation ended on {d} without "
    "charges, the evidence collected being too thin for court.",
    "nfa_victim_did_not_support": "To bring you up to date: the investigation ended on {d} without "
    "charges, as {subject} asked us to stop.",
    "nfa_cps_advice": "To bring you up to date: the investigation ended on {d} without charges, after "
    "prosecutors advised against charging.",
    "nfa_not_in_public_interest": "To bring you up to date: the investigation ended on {d} without "
    "charges, a senior officer judging a trial not worth its cost to the public.",
    "nfa": "To bring you up to date: the investigation ended on {d} without charges.",
    "filed_undetected": "To bring you up to date: on {d} the crime went on file, its offender still "
    "unidentified.",
}
REPORTED_WORDS = {
    "cratchmere": "Reported {d}.",
    "dunmallow": "First came to police attention on the {d}.",
    "ousebarrow": "Date first reported to Ousebarrow Police: {d}.",
}
CLOSED_WORDS = {
    "cratchmere": "Record closed {d}.",
    "dunmallow": "Crime file shut on the {d}.",
    "ousebarrow": "File finalised and archived {d}.",
}


def named_suspect(case: Case) -> str:
    charged = next((p for p in case.suspects if p.evidence == "charged"), None)
    first = charged or (case.suspects[0] if case.suspects else None)
    return case.suspect_name(first) if first else "a man still unidentified"


def outcome_sentence(case: Case, outcome: str, when: date) -> str:
    """The sentence that states an outcome, in the force's words."""
    values = {"suspect": named_suspect(case), "d": case.when(when), "offence": case.offence,
              "subject": case.subject}  # fmt: skip
    table = {"cratchmere": REVIEW, "dunmallow": DMM, "ousebarrow": STAMP}[case.force.key]
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
            "cratchmere": f"{when} ARREST - {name} - lodged at the custody block.",
            "dunmallow": f"On the {when} officers took {name} into custody under arrest.",
            "ousebarrow": f"Person arrested ({when}): {name}.",
        }[force]
    if person.evidence == "interviewed":
        lawyer = case.solicitor.short if case.solicitor else "the duty solicitor"
        return {
            "cratchmere": f"{when} VOLUNTARY ATTENDANCE - {name} - interviewed under caution, "
            f"solicitor {lawyer}.",
            "dunmallow": f"On the {when} {name} gave a cautioned interview by appointment, "
            f"represented by {lawyer}.",
            "ousebarrow": f"Interviewed under caution, not arrested ({when}): {name}; "
            f"legal adviser {lawyer}.",
        }[force]
    return {
        "cratchmere": f"NAMED BY {subject.upper()} - {name}.",
        "dunmallow": f"In her account {subject} names the man responsible: {name}.",
        "ousebarrow": f"Named by {subject} as her abuser: {name}.",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "cratchmere": f"RULED OUT - {name} - on remand in HMP Wealstun throughout.",
        "dunmallow": f"{name} is ruled out: his employer's clocking-in records cover every date.",
        "ousebarrow": f"Excluded from the enquiry: {name}, his DNA profile differs from the sample.",
    }[case.force.key]
