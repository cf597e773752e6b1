"""How each force of the fourteenth set words an outcome, a date and a suspect: the sentences the truth cites.

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): a result grid of tick boxes with one box crossed, a
supervisor's closing rationale in the first person, and the answers to a closure checklist's
questions. No outcome sentence is written for a case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval14.world import Case, Person

BOXES = ("charge", "caution", "no further action", "undetected", "ongoing")
BOX_OF = {
    "charged": "charge",
    "cautioned": "caution",
    "nfa_insufficient_evidence": "no further action",
    "nfa_victim_did_not_support": "no further action",
    "nfa_cps_advice": "no further action",
    "nfa_not_in_public_interest": "no further action",
    "nfa": "no further action",
    "filed_undetected": "undetected",
    "open": "ongoing",
}
BOX_NOTES = {
    "charged": "accused: {suspect}; matter: {offence}",
    "cautioned": "cautioned person: {suspect}, full admissions made",
    "nfa_insufficient_evidence": "grounds: too little evidence to put before a jury",
    "nfa_victim_did_not_support": "grounds: {subject} no longer wishes to give evidence",
    "nfa_cps_advice": "grounds: Crown Prosecution Service said no to a charge of {suspect}",
    "nfa_not_in_public_interest": "grounds: no public benefit in a trial",
    "nfa": "grounds: none entered",
    "filed_undetected": "grounds: the offender is still unknown",
    "open": "enquiries continue",
}
RATIONALE = {
    "charged": "Closing rationale, {d}: I have authorised a charge, and {suspect} will answer for {offence}.",
    "cautioned": "Closing rationale, {d}: I am content that {suspect} receives a caution, which he took.",
    "nfa_insufficient_evidence": "Closing rationale, {d}: I am ending this with no further action; "
    "what we hold would never convince a court.",
    "nfa_victim_did_not_support": "Closing rationale, {d}: I am ending this with no further action "
    "at the wish of {subject}, who will not go on.",
    "nfa_cps_advice": "Closing rationale, {d}: I am ending this (no further action) because the CPS "
    "lawyer refused a charge against {suspect}.",
    "nfa_not_in_public_interest": "Closing rationale, {d}: I am ending this (no further action) because "
    "prosecuting him is against the public interest.",
    "nfa": "Closing rationale, {d}: I am ending this with no further action.",
    "filed_undetected": "Closing rationale, {d}: I am filing this as undetected, nobody being traced for it.",
    "open": "Closing rationale, {d}: not closed; I want the enquiry to go on.",
}
CHECKLIST = {
    "charged": "Q7 result as at {d}? Charged. Q8 who and what? {suspect}, {offence}.",
    "cautioned": "Q7 result as at {d}? Cautioned. Q8 who? {suspect}.",
    "nfa_insufficient_evidence": "Q7 result as at {d}? No further action. Q8 why? The evidence is too thin.",
    "nfa_victim_did_not_support": "Q7 result as at {d}? No further action. Q8 why? {subject} pulled out.",
    "nfa_cps_advice": "Q7 result as at {d}? No further action. Q8 why? The CPS would not authorise a charge.",
    "nfa_not_in_public_interest": "Q7 result as at {d}? No further action. Q8 why? No public "
    "interest in going to court.",
    "nfa": "Q7 result as at {d}? No further action. Q8 why? Left blank.",
    "filed_undetected": "Q7 result as at {d}? Undetected and filed. Q8 why? No offender traced.",
    "open": "Q7 result as at {d}? Open. Q8 why? Work outstanding.",
}
# How the officer in the case tells the family an outcome (the initial one, for a reopened case).
LETTER_WORDS = {
    "charged": "This letter confirms that on {d}, {suspect} was charged; a court date will follow.",
    "cautioned": "This letter confirms that on {d}, {suspect} was given a formal caution, "
    "having owned up to it.",
    "nfa_insufficient_evidence": "This letter confirms that on {d}, we closed the "
    "investigation, the evidence being too weak.",
    "nfa_victim_did_not_support": "This letter confirms that on {d}, we closed the "
    "investigation, because {subject} asked us to stop.",
    "nfa_cps_advice": "This letter confirms that on {d}, we closed the investigation "
    "after the Crown Prosecution Service advised against charging.",
    "nfa_not_in_public_interest": "This letter confirms that on {d}, we closed the "
    "investigation, prosecution not being thought in the public interest.",
    "nfa": "This letter confirms that on {d}, we closed the investigation and will take no action.",
    "filed_undetected": "This letter confirms that on {d}, we closed the investigation "
    "without finding who did it.",
}
REPORTED_WORDS = {
    "dunmerrow": "First reported: {d}.",
    "fellbridge": "This matter came to police on {d}.",
    "ravensike": "Q1 date reported? {d}.",
}
CLOSED_WORDS = {
    "dunmerrow": "Closed off: {d}.",
    "fellbridge": "Investigation closed on {d}.",
    "ravensike": "Q9 date closed? {d}.",
}


def named_suspect(case: Case) -> str:
    charged = next((p for p in case.suspects if p.evidence == "charged"), None)
    first = charged or (case.suspects[0] if case.suspects else None)
    return case.suspect_name(first) if first else "an unknown man"


def outcome_sentence(case: Case, outcome: str, when: date) -> str:
    """The sentence that states an outcome, in the force's words."""
    values = {"suspect": named_suspect(case), "d": case.when(when), "offence": case.offence,
              "subject": case.subject}  # fmt: skip
    if case.force.key == "dunmerrow":
        boxes = " ".join(f"[{'X' if box == BOX_OF[outcome] else ' '}] {box}" for box in BOXES)
        return f"Result at {values['d']}: {boxes}; " + BOX_NOTES[outcome].format(**values) + "."
    table = RATIONALE if case.force.key == "fellbridge" else CHECKLIST
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
            "dunmerrow": f"Nominal {name}: detained under arrest {when}, taken to the cells.",
            "fellbridge": f"On {when} I had {name} arrested at his address.",
            "ravensike": f"Q4 anyone arrested? Yes: {name}, on {when}.",
        }[force]
    if person.evidence == "interviewed":
        lawyer = case.solicitor.short if case.solicitor else "the duty solicitor"
        return {
            "dunmerrow": f"Nominal {name}: attended voluntarily {when}, interviewed after caution, "
            f"represented by {lawyer}.",
            "fellbridge": f"On {when} {name} attended by arrangement and was questioned "
            f"after a caution, {lawyer} acting for him.",
            "ravensike": f"Q5 anyone interviewed voluntarily? Yes: {name}, on {when}, under caution, "
            f"legal adviser {lawyer}.",
        }[force]
    return {
        "dunmerrow": f"Nominal {name}: named by {subject} during her video interview.",
        "fellbridge": f"{subject} has told us that {name} abused her.",
        "ravensike": f"Q6 anyone named by the victim? Yes: {subject} names {name}.",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "dunmerrow": f"Nominal {name}: ruled out, he was working overseas throughout.",
        "fellbridge": f"I have ruled out {name}; CCTV at his workplace covers each night in question.",
        "ravensike": f"Q6a anyone ruled out? Yes: {name}, his phone was in another city throughout.",
    }[case.force.key]
