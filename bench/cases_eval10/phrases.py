"""How each force of the tenth set words an outcome, a date and a suspect: the sentences the truth cites.

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): Home Office outcome numbers on a crime closure form,
a supervisor's write-off in an investigation log, and the result as the police notified it to
the council. No outcome sentence is written for a case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval10.world import Case, Person

OUTCOME_WORDS = {
    "ockleton": {
        "charged": "Outcome 1 (charge or summons) applied {d}: {suspect} charged with {offence}.",
        "cautioned": "Outcome 2 (adult caution) applied {d}: {suspect} signed the caution form.",
        "nfa_insufficient_evidence": "Outcome 15 applied {d}: suspect named and complainant supportive, "
        "but the evidence gathered cannot sustain a prosecution.",
        "nfa_victim_did_not_support": "Outcome 16 applied {d}: suspect named, {subject} withholds "
        "support for police action.",
        "nfa_cps_advice": "Outcome 15 applied {d}: the reviewing Crown lawyer advised that no "
        "prosecution be brought.",
        "nfa_not_in_public_interest": "Outcome 21 applied {d}: police judged further pursuit "
        "contrary to public interest.",
        "nfa": "Closure authorised {d}: nothing further by police, no outcome number entered.",
        "filed_undetected": "Outcome 18 applied {d}: enquiries exhausted, no offender traced.",
        "open": "Outcome field empty as at {d}: the enquiry is live.",
    },
    "wraysholme": {
        "charged": "Supervisor's review {d}: result endorsed, {suspect} charged ({offence}) and put "
        "before the next court.",
        "cautioned": "Supervisor's review {d}: result endorsed, {suspect} given a simple caution at "
        "the custody centre.",
        "nfa_insufficient_evidence": "Supervisor's review {d}: write-off agreed, NFA, too little "
        "evidence to go before a jury.",
        "nfa_victim_did_not_support": "Supervisor's review {d}: write-off agreed, NFA, {subject} has "
        "retracted and wants nothing more done.",
        "nfa_cps_advice": "Supervisor's review {d}: write-off agreed, NFA, charging declined by the "
        "Crown Prosecution Service.",
        "nfa_not_in_public_interest": "Supervisor's review {d}: write-off agreed, NFA, public interest "
        "factors outweigh those for a trial.",
        "nfa": "Supervisor's review {d}: write-off agreed, NFA.",
        "filed_undetected": "Supervisor's review {d}: filed pending fresh information, offender untraced.",
        "open": "Supervisor's review {d}: kept under investigation.",
    },
    "fennick": {
        "charged": "Result as notified to the council on {d}: {suspect} has been charged ({offence}).",
        "cautioned": "Result as notified to the council on {d}: {suspect} was cautioned.",
        "nfa_insufficient_evidence": "Result as notified to the council on {d}: no further action, "
        "evidence judged too thin.",
        "nfa_victim_did_not_support": "Result as notified to the council on {d}: no further action, "
        "{subject} not wishing to go through with a prosecution.",
        "nfa_cps_advice": "Result as notified to the council on {d}: no further action, so advised "
        "by the Crown Prosecution Service.",
        "nfa_not_in_public_interest": "Result as notified to the council on {d}: no further action, "
        "charging weighed against the public interest.",
        "nfa": "Result as notified to the council on {d}: no further action.",
        "filed_undetected": "Result as notified to the council on {d}: undetected, the crime is filed.",
        "open": "Result as notified to the council on {d}: none yet, enquiries go on.",
    },
}
# How the officer in the case tells the family an outcome (the initial one, for a reopened case).
LETTER_WORDS = {
    "charged": "I can now confirm that on {d} {suspect} was charged; the court will write to you "
    "about dates.",
    "cautioned": "I can now confirm that on {d} {suspect} admitted the offence and was formally cautioned.",
    "nfa_insufficient_evidence": "I can now confirm that on {d} we closed the enquiry with no "
    "charge, as what we gathered would not satisfy a court.",
    "nfa_victim_did_not_support": "I can now confirm that on {d} we closed the enquiry with no "
    "charge, respecting {subject}'s decision to stop.",
    "nfa_cps_advice": "I can now confirm that on {d} we closed the enquiry with no charge, the "
    "prosecutors having advised us not to charge.",
    "nfa_not_in_public_interest": "I can now confirm that on {d} we closed the enquiry with no "
    "charge, a prosecution being thought against the public interest.",
    "nfa": "I can now confirm that on {d} we closed the enquiry with no charge.",
    "filed_undetected": "I can now confirm that on {d} we filed the enquiry, no one having been "
    "identified as the offender.",
}
REPORTED_WORDS = {
    "ockleton": "Date of report: {d}",
    "wraysholme": "Allegation first made {d}; investigation log opened.",
    "fennick": "First brought to police attention {d}.",
}
CLOSED_WORDS = {
    "ockleton": "Date closed: {d}",
    "wraysholme": "Investigation log closed {d}.",
    "fennick": "Police file shut on {d}.",
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
            "ockleton": f"Nominal 'S' (suspect): {name}. Taken into custody {when}.",
            "wraysholme": f"{when}: {name} detained on suspicion and brought to the custody centre.",
            "fennick": f"Suspect {name} was apprehended on {when}.",
        }[force]
    if person.evidence == "interviewed":
        lawyer = case.solicitor.short if case.solicitor else "a duty representative"
        return {
            "ockleton": f"Nominal 'S' (suspect): {name}. Questioned under caution {when}, "
            f"represented by {lawyer}.",
            "wraysholme": f"{when}: {name} came in by arrangement for a cautioned interview, "
            f"{lawyer} advising him.",
            "fennick": f"Suspect {name} sat a cautioned interview on {when}, with {lawyer} as his "
            "legal representative.",
        }[force]
    return {
        "ockleton": f"Nominal 'S' (suspect): {name}. Identified by {subject} in her recorded account.",
        "wraysholme": f"{when}: {subject} gave the name {name} as the man responsible.",
        "fennick": f"Suspect {name} is the man {subject} identified when interviewed on video.",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "ockleton": f"Nominal 'E' (eliminated): {name}. Abroad throughout, passport stamps checked.",
        "wraysholme": f"{name} ruled out: CCTV puts him at his place of work all that night.",
        "fennick": f"Not a suspect: {name}, cleared when his phone data put him elsewhere.",
    }[case.force.key]
