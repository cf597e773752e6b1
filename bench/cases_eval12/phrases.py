"""How each force of the twelfth set words an outcome, a date and a suspect: the sentences the truth cites.

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): a crime recording form's result box with Home Office
outcome numbers, a detective sergeant's closing rationale, and the entries of a case management
system's closure screen. No outcome sentence is written for a case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval12.world import Case, Person

OUTCOME_WORDS = {
    "ormskeld": {
        "charged": "RESULT BOX, {d}: outcome 1. {suspect} charged with {offence}; bail refused.",
        "cautioned": "RESULT BOX, {d}: outcome 3. {suspect} cautioned by the custody sergeant.",
        "nfa_insufficient_evidence": "RESULT BOX, {d}: outcome 15. Offender known; evidence "
        "gathered is too thin to charge.",
        "nfa_victim_did_not_support": "RESULT BOX, {d}: outcome 16. Offender known; {subject} "
        "withholds her support for any prosecution.",
        "nfa_cps_advice": "RESULT BOX, {d}: outcome 15. Reviewing lawyer at the CPS directs no "
        "proceedings against {suspect}.",
        "nfa_not_in_public_interest": "RESULT BOX, {d}: outcome 10. No prosecution: the "
        "public interest weighs against one.",
        "nfa": "RESULT BOX, {d}: no further police action.",
        "filed_undetected": "RESULT BOX, {d}: outcome 18. No offender traced; the crime is "
        "written off as undetected.",
        "open": "RESULT BOX, {d}: still under investigation, no outcome yet.",
    },
    "tarrowfield": {
        "charged": "Closing rationale ({d}): enough to charge; {suspect} now faces {offence}.",
        "cautioned": "Closing rationale ({d}): full admission, so {suspect} received a formal caution.",
        "nfa_insufficient_evidence": "Closing rationale ({d}): no further action because proof "
        "against the suspect is lacking.",
        "nfa_victim_did_not_support": "Closing rationale ({d}): no further action; {subject} wants "
        "no part in a prosecution.",
        "nfa_cps_advice": "Closing rationale ({d}): no further action; the Crown "
        "Prosecutor consulted advised against charge.",
        "nfa_not_in_public_interest": "Closing rationale ({d}): no further action; a charge "
        "was held to be against the public interest.",
        "nfa": "Closing rationale ({d}): no further action.",
        "filed_undetected": "Closing rationale ({d}): suspect unknown, all leads spent, crime filed "
        "undetected.",
        "open": "Closing rationale ({d}): not closed; enquiries go on.",
    },
    "hendlecombe": {
        "charged": "Closure screen {d}. Disposal: CHARGE. {suspect} ({offence}).",
        "cautioned": "Closure screen {d}. Disposal: CAUTION. {suspect} accepted it.",
        "nfa_insufficient_evidence": "Closure screen {d}. Disposal: NFA. Reason: evidence "
        "insufficient to proceed.",
        "nfa_victim_did_not_support": "Closure screen {d}. Disposal: NFA. Reason: {subject} "
        "unwilling to give evidence.",
        "nfa_cps_advice": "Closure screen {d}. Disposal: NFA. Reason: CPS charging decision, no charge.",
        "nfa_not_in_public_interest": "Closure screen {d}. Disposal: NFA. Reason: public interest "
        "test failed.",
        "nfa": "Closure screen {d}. Disposal: NFA.",
        "filed_undetected": "Closure screen {d}. Disposal: UNDETECTED. Filed pending fresh information.",
        "open": "Closure screen {d}. Disposal: NONE. Status: live.",
    },
}
# How the officer in the case tells the family an outcome (the initial one, for a reopened case).
LETTER_WORDS = {
    "charged": "I can now tell you that {suspect} was charged on {d} and will stand trial.",
    "cautioned": "I can now tell you that {suspect} owned up to it and took a caution on {d}.",
    "nfa_insufficient_evidence": "I can now tell you that on {d} we closed the case: the evidence "
    "we found could not support a charge.",
    "nfa_victim_did_not_support": "I can now tell you that on {d} we closed the case, respecting the "
    "wish of {subject} not to go further.",
    "nfa_cps_advice": "I can now tell you that on {d} we closed the case after the prosecutor told us "
    "not to charge.",
    "nfa_not_in_public_interest": "I can now tell you that on {d} we closed the case, having weighed "
    "the public interest against a prosecution.",
    "nfa": "I can now tell you that on {d} we closed the case with no further action.",
    "filed_undetected": "I can now tell you that on {d} we filed the case, nobody having been "
    "identified as responsible.",
}
REPORTED_WORDS = {
    "ormskeld": "Date crime reported: {d}.",
    "tarrowfield": "First reported {d}.",
    "hendlecombe": "Report date {d}.",
}
CLOSED_WORDS = {
    "ormskeld": "Date crime closed: {d}.",
    "tarrowfield": "Case closed {d}.",
    "hendlecombe": "Closure date {d}.",
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
            "ormskeld": f"NOMINAL (suspect): {name}. Detained under arrest {when}.",
            "tarrowfield": f"On {when} officers arrested {name} at his home.",
            "hendlecombe": f"Suspect arrested {when}: {name}.",
        }[force]
    if person.evidence == "interviewed":
        lawyer = case.solicitor.short if case.solicitor else "the duty solicitor"
        return {
            "ormskeld": f"NOMINAL (suspect): {name}. Attended by appointment {when}; interviewed "
            f"on tape under caution, {lawyer} representing.",
            "tarrowfield": f"On {when} {name} attended voluntarily; interview under caution "
            f"took place, {lawyer} advising him.",
            "hendlecombe": f"Suspect interviewed under caution (voluntary) {when}: {name}. "
            f"Legal rep: {lawyer}.",
        }[force]
    return {
        "ormskeld": f"NOMINAL (suspect): {name}. Identified by {subject} during her video interview.",
        "tarrowfield": f"{subject} told officers {name} was among those men.",
        "hendlecombe": f"Suspect named by the victim ({subject}): {name}.",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "ormskeld": f"NOMINAL (TIE, eliminated): {name}. Abroad on every date she gives.",
        "tarrowfield": f"{name} is ruled out: the works clocking record covers each night.",
        "hendlecombe": f"Person ruled out: {name}. Phone cell-site data clears him.",
    }[case.force.key]
