"""How each force of the thirteenth set words an outcome, a date and a suspect: the sentences the truth cites.

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): a crime finalisation record ("detected by charge",
"NFA" and the reason), a crime review panel's decision, and the result codes of an investigation
status print. No outcome sentence is written for a case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval13.world import Case, Person

OUTCOME_WORDS = {
    "quillmoor": {
        "charged": "Finalised {d}, detected by charge: {suspect} goes before the magistrates for {offence}.",
        "cautioned": "Finalised {d}, detected by simple caution, which {suspect} accepted at the desk.",
        "nfa_insufficient_evidence": "Finalised {d}, NFA: the material gathered falls short of "
        "the evidential threshold.",
        "nfa_victim_did_not_support": "Finalised {d}, NFA: {subject} has withdrawn and declines "
        "to attend court.",
        "nfa_cps_advice": "Finalised {d}, NFA: the prosecuting lawyer read the file and "
        "ruled out charging {suspect}.",
        "nfa_not_in_public_interest": "Finalised {d}, NFA: public interest in charging is absent.",
        "nfa": "Finalised {d}, NFA.",
        "filed_undetected": "Finalised {d}, undetected: enquiries exhausted and nobody identified, so filed.",
        "open": "Not finalised at {d}; the enquiry carries on.",
    },
    "brackenholt": {
        "charged": "Panel decision of {d}: charge authorised, {suspect} to answer for {offence}.",
        "cautioned": "Panel decision of {d}: caution, {suspect} having admitted everything in interview.",
        "nfa_insufficient_evidence": "Panel decision of {d}: no further action, as the case could "
        "not be proved to the criminal standard.",
        "nfa_victim_did_not_support": "Panel decision of {d}: no further action, {subject} having "
        "asked that it stop.",
        "nfa_cps_advice": "Panel decision of {d}: NFA, the duty prosecutor having advised "
        "in writing against charge.",
        "nfa_not_in_public_interest": "Panel decision of {d}: NFA, the panel seeing no public interest "
        "in a trial.",
        "nfa": "Panel decision of {d}: no further action.",
        "filed_undetected": "Panel decision of {d}: undetected; no offender could be named, file closed.",
        "open": "Panel decision of {d}: remains open for more enquiries.",
    },
    "wexcombe": {
        "charged": "STATUS {d} RC-CHG. Charged: {suspect}, {offence}.",
        "cautioned": "STATUS {d} RC-CAU. Cautioned: {suspect}.",
        "nfa_insufficient_evidence": "STATUS {d} RC-NFA/EV. Evidence insufficient for charge.",
        "nfa_victim_did_not_support": "STATUS {d} RC-NFA/VIC. {subject} withdrew her support.",
        "nfa_cps_advice": "STATUS {d} RC-NFA/CPS. Prosecutor refused charge authority.",
        "nfa_not_in_public_interest": "STATUS {d} RC-NFA/PI. Public interest against prosecuting.",
        "nfa": "STATUS {d} RC-NFA. No further action.",
        "filed_undetected": "STATUS {d} RC-UND. Undetected, filed; no suspect found.",
        "open": "STATUS {d} RC-OPN. Still being investigated.",
    },
}
# How the officer in the case tells the family an outcome (the initial one, for a reopened case).
LETTER_WORDS = {
    "charged": "Under the Victims' Code I must update you: {suspect} was charged on {d} and the "
    "case goes to court.",
    "cautioned": "Under the Victims' Code I must update you: {suspect} accepted a caution on {d} "
    "after admitting what he did.",
    "nfa_insufficient_evidence": "Under the Victims' Code I must update you: on {d} the "
    "investigation ended, the evidence falling short of what a charge needs.",
    "nfa_victim_did_not_support": "Under the Victims' Code I must update you: on {d} the "
    "investigation ended because {subject} chose not to continue.",
    "nfa_cps_advice": "Under the Victims' Code I must update you: on {d} the investigation ended "
    "when the prosecutors advised that no charge be brought.",
    "nfa_not_in_public_interest": "Under the Victims' Code I must update you: on {d} the "
    "investigation ended, a prosecution being judged of no benefit to the public.",
    "nfa": "Under the Victims' Code I must update you: on {d} the investigation ended with no "
    "further police action.",
    "filed_undetected": "Under the Victims' Code I must update you: on {d} the investigation was "
    "put on file; the offender was never traced.",
}
REPORTED_WORDS = {
    "quillmoor": "Reported to police: {d}.",
    "brackenholt": "Date of first report: {d}.",
    "wexcombe": "RECEIVED {d}.",
}
CLOSED_WORDS = {
    "quillmoor": "Finalisation date: {d}.",
    "brackenholt": "Crime closed by the panel on {d}.",
    "wexcombe": "CLOSED {d}.",
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
            "quillmoor": f"Suspect {name}: taken into custody on {when} after a dawn visit.",
            "brackenholt": f"{when}: {name} was arrested on suspicion and booked into custody.",
            "wexcombe": f"SUSPECT / ARRESTED {when} / {name}",
        }[force]
    if person.evidence == "interviewed":
        lawyer = case.solicitor.short if case.solicitor else "the duty solicitor"
        return {
            "quillmoor": f"Suspect {name}: came in by arrangement on {when}; questioned, "
            f"cautioned, with {lawyer} beside him.",
            "brackenholt": f"{when}: {name} was interviewed by appointment, cautioned first; "
            f"his solicitor was {lawyer}.",
            "wexcombe": f"SUSPECT / VOLUNTARY INTERVIEW UNDER CAUTION {when} / {name} / SOLICITOR {lawyer}",
        }[force]
    return {
        "quillmoor": f"Suspect {name}: named by {subject} in her ABE interview.",
        "brackenholt": f"{subject} identified {name} among her abusers.",
        "wexcombe": f"SUSPECT / NAMED BY {subject} / {name}",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "quillmoor": f"Eliminated from the enquiry: {name}, who was in prison on the dates given.",
        "brackenholt": f"Not a suspect: {name}; his hospital shifts account for every night.",
        "wexcombe": f"TIE / ELIMINATED / {name} / bank card use puts him elsewhere",
    }[case.force.key]
