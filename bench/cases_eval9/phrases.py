"""How each force of the ninth set words an outcome, a date and a suspect: the sentences the truth cites.

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): the finalisation line of a crime system's screen
print, the numbered entries of a senior investigating officer's decision log, and the updates a
crime record logs for the victim's family under the Victims' Code. No outcome sentence is written
for a case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval9.world import Case, Person

OUTCOME_WORDS = {
    "haverscar": {
        "charged": "FINALISED {d} :: CHARGE/REQUISITION :: {suspect} bailed to the magistrates for {offence}",
        "cautioned": "FINALISED {d} :: ADULT CAUTION :: administered to {suspect} after full admissions",
        "nfa_insufficient_evidence": "FINALISED {d} :: NFA :: evidence falls below the charging threshold",
        "nfa_victim_did_not_support": "FINALISED {d} :: NFA :: {subject} withdrew co-operation and declines "
        "to give evidence",
        "nfa_cps_advice": "FINALISED {d} :: NFA :: Crown Prosecutor directed no charge",
        "nfa_not_in_public_interest": "FINALISED {d} :: NFA :: prosecution not required in the public "
        "interest",
        "nfa": "FINALISED {d} :: NFA",
        "filed_undetected": "FINALISED {d} :: UNDETECTED :: suspended pending new lines of enquiry",
        "open": "FINALISED :: not yet, as at {d} :: enquiries continuing",
    },
    "brantwick": {
        "charged": "Decision ({d}): charge {suspect} with {offence}. Rationale: both stages of the "
        "prosecutors' code are satisfied.",
        "cautioned": "Decision ({d}): dispose of the matter by a simple caution for {suspect}. Rationale: "
        "admissions, no previous convictions.",
        "nfa_insufficient_evidence": "Decision ({d}): take no further action. Rationale: the evidential "
        "stage is not passed.",
        "nfa_victim_did_not_support": "Decision ({d}): take no further action. Rationale: {subject} will "
        "not support a prosecution and cannot be compelled.",
        "nfa_cps_advice": "Decision ({d}): take no further action. Rationale: the CPS charging lawyer "
        "declined to authorise a charge.",
        "nfa_not_in_public_interest": "Decision ({d}): take no further action. Rationale: the public "
        "interest stage is not passed.",
        "nfa": "Decision ({d}): take no further action.",
        "filed_undetected": "Decision ({d}): file the investigation as undetected. Rationale: no "
        "offender has been identified.",
        "open": "Decision ({d}): the investigation stays live. Rationale: lines of enquiry remain.",
    },
    "skellow": {
        "charged": "Victim update {d}: carer told that {suspect} is charged with {offence}.",
        "cautioned": "Victim update {d}: carer told that {suspect} has been cautioned and the case is over.",
        "nfa_insufficient_evidence": "Victim update {d}: carer told the case is closed with no action, "
        "because the evidence could not reach the standard a court requires.",
        "nfa_victim_did_not_support": "Victim update {d}: carer told the case is closed with no action, "
        "in line with {subject}'s own wish not to continue.",
        "nfa_cps_advice": "Victim update {d}: carer told the case is closed with no action on the "
        "prosecutor's advice, and told of the right to ask for a review.",
        "nfa_not_in_public_interest": "Victim update {d}: carer told the case is closed with no action; "
        "the police judged that prosecuting would serve no public interest.",
        "nfa": "Victim update {d}: carer told the case is closed with no action.",
        "filed_undetected": "Victim update {d}: carer told the case is filed, nobody having been identified, "
        "and that it can be reopened.",
        "open": "Victim update {d}: carer told the enquiry is still active.",
    },
}
# How the officer in the case tells the family an outcome (the initial one, for a reopened case).
LETTER_WORDS = {
    "charged": "Our news for you: {suspect} has been charged, on {d}, and will now appear before a court.",
    "cautioned": "Our news for you: {suspect} accepted a caution on {d} after owning up to the offence.",
    "nfa_insufficient_evidence": "Our news for you: on {d} the investigation ended without "
    "any charge: the evidence was below what a court would accept.",
    "nfa_victim_did_not_support": "Our news for you: on {d} the investigation ended without "
    "any charge, as {subject} chose not to go on with it.",
    "nfa_cps_advice": "Our news for you: on {d} the investigation ended without any charge, "
    "after a Crown prosecutor advised against one.",
    "nfa_not_in_public_interest": "Our news for you: on {d} the investigation ended without "
    "any charge, since prosecuting him was held to serve no public interest.",
    "nfa": "Our news for you: on {d} the investigation ended without any charge.",
    "filed_undetected": "Our news for you: on {d} the investigation was suspended, because "
    "we have not been able to identify the man responsible.",
}
REPORTED_WORDS = {
    "haverscar": "FIRST REPORTED {d}",
    "brantwick": "Decision ({d}): accept the allegation as reported today and open an investigation.",
    "skellow": "Crime recorded on {d}, the day it was reported.",
}
CLOSED_WORDS = {
    "haverscar": "RECORD CLOSED {d}",
    "brantwick": "Decision ({d}): close this log.",
    "skellow": "Record finalised on {d}.",
}


def named_suspect(case: Case) -> str:
    charged = next((p for p in case.suspects if p.evidence == "charged"), None)
    first = charged or (case.suspects[0] if case.suspects else None)
    return case.suspect_name(first) if first else "the person responsible"


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
            "haverscar": f"SUSPECT :: {name} :: ARRESTED {when}",
            "brantwick": f"Decision ({when}): arrest {name}. Rationale: {subject} describes him and his car.",
            "skellow": f"Suspect detained: {name}, {when}, and booked into custody.",
        }[force]
    if person.evidence == "interviewed":
        lawyer = case.solicitor.short if case.solicitor else "duty solicitor"
        return {
            "haverscar": f"SUSPECT :: {name} :: VOLUNTARY INTERVIEW UNDER CAUTION {when} :: rep {lawyer}",
            "brantwick": f"Decision ({when}): interview {name} under caution as a volunteer, with his "
            f"solicitor {lawyer}.",
            "skellow": f"Voluntary attender: {name}, interviewed under caution on {when}, {lawyer} present.",
        }[force]
    return {
        "haverscar": f"SUSPECT :: {name} :: NAMED BY {subject.upper()} IN ACHIEVING BEST EVIDENCE INTERVIEW",
        "brantwick": f"Decision ({when}): treat {name} as a suspect. Rationale: {subject} names him.",
        "skellow": f"Named by {subject} in her video-recorded interview: {name}.",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "haverscar": f"TIE/TRACE :: {name} :: ELIMINATED - in prison on remand on the dates in question",
        "brantwick": f"Decision: eliminate {name} from the enquiry. Rationale: he was working nights in "
        "another county, confirmed by payslips.",
        "skellow": f"Excluded from the enquiry: {name}, whose DNA did not match.",
    }[case.force.key]
