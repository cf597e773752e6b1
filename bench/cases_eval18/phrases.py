"""How each force of the eighteenth set words an outcome, a date and a suspect (the sentences the
truth cites).

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): the text messages the officer sends the girl's carer,
logged at the foot of the crime record; the records store's retention slip, written when the file
is boxed; and the officer's handover note to whoever takes the work on, in the first person. No
outcome sentence is written for a case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval18.world import Case, Person

TEXTS = {
    "charged": "Text to carer, {d}: {suspect} charged this afternoon - {offence}. He stays on remand. "
    "Will ring you tomorrow.",
    "cautioned": "Text to carer, {d}: {suspect} owned up, so took a caution today. Ring me with any "
    "questions.",
    "nfa": "Text to carer, {d}: Sorry, the case is closed, no further action. Cannot say more by text.",
    "nfa_insufficient_evidence": "Text to carer, {d}: Sorry, closing it NFA - not enough proof for court.",
    "nfa_victim_did_not_support": "Text to carer, {d}: Closing it NFA - {subject} has asked us to stop. "
    "Door stays open.",
    "nfa_cps_advice": "Text to carer, {d}: Bad news - the CPS lawyer will not let us charge {suspect}, so "
    "it is no further action.",
    "nfa_not_in_public_interest": "Text to carer, {d}: My inspector has closed it no further action, "
    "saying the public gains nothing from a trial.",
    "filed_undetected": "Text to carer, {d}: We have had to file it - still no idea who he is. We can "
    "look again if anything new turns up.",
    "open": "Text to carer, {d}: Still working on it, nothing to tell you yet.",
}
RETENTION = {
    "charged": "Retention slip, {d}: file boxed as DETECTED - CHARGED; {suspect} charged with {offence}; "
    "keep 25 years.",
    "cautioned": "Retention slip, {d}: file boxed as DETECTED - CAUTION administered to {suspect}; keep "
    "25 years.",
    "nfa": "Retention slip, {d}: file boxed as CLOSED - NO FURTHER ACTION; reason field empty.",
    "nfa_insufficient_evidence": "Retention slip, {d}: file boxed as CLOSED - NO FURTHER ACTION "
    "(evidence would not meet the charging standard).",
    "nfa_victim_did_not_support": "Retention slip, {d}: file boxed as CLOSED - NO FURTHER ACTION "
    "({subject} withdrew her support).",
    "nfa_cps_advice": "Retention slip, {d}: file boxed as CLOSED - NO FURTHER ACTION (CPS lawyer's "
    "advice: do not charge {suspect}).",
    "nfa_not_in_public_interest": "Retention slip, {d}: file boxed as CLOSED - NO FURTHER ACTION "
    "(PI test failed).",
    "filed_undetected": "Retention slip, {d}: file boxed as UNDETECTED - nobody identified; keep 25 years.",
    "open": "Retention slip, {d}: NOT boxed - file still live with the officer.",
}
HANDOVER = {
    "charged": "Handover, {d}: this one is done - {suspect} was charged with {offence}, so you only "
    "need to watch the court dates.",
    "cautioned": "Handover, {d}: done - {suspect} was cautioned after owning up.",
    "nfa": "Handover, {d}: done - I NFA'd it and never wrote down why.",
    "nfa_insufficient_evidence": "Handover, {d}: done - I NFA'd it; we never had enough for a jury.",
    "nfa_victim_did_not_support": "Handover, {d}: done - I NFA'd it; {subject} asked us to leave it.",
    "nfa_cps_advice": "Handover, {d}: done - I NFA'd it; CPS turned down a charge against {suspect}.",
    "nfa_not_in_public_interest": "Handover, {d}: done - I NFA'd it; the DI ruled that going on served "
    "no public interest.",
    "filed_undetected": "Handover, {d}: done - filed undetected, we never learnt who he was.",
    "open": "Handover, {d}: not done - still open and yours now.",
}
# How the officer in the case tells the carer an outcome (the initial one, for a reopened case).
LETTER_WORDS = {
    "charged": "My news is this: on {d} {suspect} was charged, and the magistrates will set a date for "
    "the trial.",
    "cautioned": "My news is this: on {d} {suspect} was cautioned, having owned up to what he did.",
    "nfa_insufficient_evidence": "My news is this: since {d} we are dropping the investigation, as our "
    "evidence would never have got past a charging lawyer.",
    "nfa_victim_did_not_support": "My news is this: since {d} we are dropping the investigation, out of "
    "respect for the wishes of {subject}.",
    "nfa_cps_advice": "My news is this: since {d} we are dropping the investigation, the prosecutors "
    "having refused to authorise a charge.",
    "nfa_not_in_public_interest": "My news is this: since {d} we are dropping the investigation, my "
    "superiors judging that the public gains nothing from a prosecution.",
    "nfa": "My news is this: since {d} we are dropping the investigation.",
    "filed_undetected": "My news is this: since {d} the investigation has been filed, the man who did "
    "this never having been identified.",
}
REPORTED_WORDS = {
    "thirlwick": "Crime recorded {d}, the day of first report.",
    "wendlecombe": "First reported to us {d}.",
    "pellingford": "It first came to us on {d}.",
}
CLOSED_WORDS = {
    "thirlwick": "Crime finalised on the computer {d}.",
    "wendlecombe": "Box sealed and sent to the store {d}.",
    "pellingford": "I closed the crime on {d}.",
}


def named_suspect(case: Case) -> str:
    charged = next((p for p in case.suspects if p.evidence == "charged"), None)
    first = charged or (case.suspects[0] if case.suspects else None)
    return case.suspect_name(first) if first else "a man still unidentified"


def outcome_sentence(case: Case, outcome: str, when: date) -> str:
    """The sentence that states an outcome, in the force's words."""
    values = {"suspect": named_suspect(case), "d": case.when(when), "offence": case.offence,
              "subject": case.subject}  # fmt: skip
    table = {"thirlwick": TEXTS, "wendlecombe": RETENTION, "pellingford": HANDOVER}[case.force.key]
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
            "thirlwick": f"Arrested {when}: {name}",
            "wendlecombe": f"{name} arrested {when} and held for interview.",
            "pellingford": f"I arrested {name} on {when}.",
        }[force]
    if person.evidence == "interviewed":
        lawyer = case.solicitor.short if case.solicitor else "the duty solicitor"
        return {
            "thirlwick": f"Voluntary attendance {when}, interviewed under caution: {name} "
            f"(solicitor {lawyer})",
            "wendlecombe": f"{name} came in by appointment {when}; caution interview, solicitor {lawyer}.",
            "pellingford": f"I interviewed {name} under caution on {when} as a voluntary attender, "
            f"{lawyer} representing him.",
        }[force]
    return {
        "thirlwick": f"{subject} names {name} as the offender.",
        "wendlecombe": f"Suspect according to {subject}: {name}.",
        "pellingford": f"{subject} told me it was {name}.",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "thirlwick": f"Ruled out: {name} - serving a prison sentence on every date",
        "wendlecombe": f"{name}: not a suspect any more, his phone was abroad all that month.",
        "pellingford": f"I have ruled out {name}, who was at a family wedding overseas.",
    }[case.force.key]
