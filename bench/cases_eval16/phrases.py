"""How each force of the sixteenth set words an outcome, a date and a suspect: the sentences the truth cites.

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): a status history whose lines move a crime from one
status to the next with ">>"; numbered items of a daily management meeting on the second page of
a PDF crime occurrence record; and a question-and-answer file review form. No outcome sentence is
written for a case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval16.world import Case, Person

STATUS = {
    "charged": "{d} status INVESTIGATING >> CHARGED; {suspect} must answer for {offence}",
    "cautioned": "{d} status INVESTIGATING >> CAUTIONED; {suspect} took a simple caution",
    "nfa_insufficient_evidence": "{d} status INVESTIGATING >> NFA; why: too little evidence to prosecute",
    "nfa_victim_did_not_support": "{d} status INVESTIGATING >> NFA; why: {subject} withdrew support",
    "nfa_cps_advice": "{d} status INVESTIGATING >> NFA; why: CPS advised no charge for {suspect}",
    "nfa_not_in_public_interest": "{d} status INVESTIGATING >> NFA; why: public interest test failed",
    "nfa": "{d} status INVESTIGATING >> NFA; why: none entered",
    "filed_undetected": "{d} status INVESTIGATING >> FILED; why: no suspect traced, undetected",
    "open": "{d} status INVESTIGATING >> INVESTIGATING; why: further work ongoing",
}
MEETING = {
    "charged": "DMM item, {d}: finalised as a charge, {suspect} to face the court for {offence}.",
    "cautioned": "DMM item, {d}: finalised by a caution, {suspect} having owned up on tape.",
    "nfa_insufficient_evidence": "DMM item, {d}: finalised as NFA, the evidential threshold not met.",
    "nfa_victim_did_not_support": "DMM item, {d}: finalised as NFA, {subject} declining to give evidence.",
    "nfa_cps_advice": "DMM item, {d}: finalised as NFA on the Crown Prosecution Service view "
    "that {suspect} should not be charged.",
    "nfa_not_in_public_interest": "DMM item, {d}: finalised as NFA, the meeting finding a "
    "trial would do the community no good.",
    "nfa": "DMM item, {d}: finalised as NFA, no reason minuted.",
    "filed_undetected": "DMM item, {d}: finalised as filed, undetected pending new information.",
    "open": "DMM item, {d}: not finalised; the investigation carries on.",
}
QUESTION = {
    "charged": "Q. Result of the investigation? | A. Charge, {d}: {suspect}, for {offence}.",
    "cautioned": "Q. Result of the investigation? | A. Caution, {d}: {suspect} accepted it.",
    "nfa_insufficient_evidence": "Q. Result of the investigation? | A. No further action, {d}; "
    "the evidence would not support a charge.",
    "nfa_victim_did_not_support": "Q. Result of the investigation? | A. No further action, {d}; "
    "{subject} withdrew her support.",
    "nfa_cps_advice": "Q. Result of the investigation? | A. No further action, {d}; on CPS advice, "
    "{suspect} not to be charged.",
    "nfa_not_in_public_interest": "Q. Result of the investigation? | A. No further action, {d}; "
    "a trial would benefit nobody.",
    "nfa": "Q. Result of the investigation? | A. No further action, {d}.",
    "filed_undetected": "Q. Result of the investigation? | A. Filed undetected, {d}; nobody identified.",
    "open": "Q. Result of the investigation? | A. None yet, {d}; still being investigated.",
}
# How the officer in the case tells the carer an outcome (the initial one, for a reopened case).
LETTER_WORDS = {
    "charged": "This confirms that on {d} {suspect} was charged; a court will now hear the matter.",
    "cautioned": "This confirms that on {d} {suspect} owned up and accepted a formal caution.",
    "nfa_insufficient_evidence": "This confirms that on {d} our inquiry ended, no further "
    "action being taken: the proof gathered fell short of a court's standard.",
    "nfa_victim_did_not_support": "This confirms that on {d} our inquiry ended, no further "
    "action being taken, {subject} having asked us to stop.",
    "nfa_cps_advice": "This confirms that on {d} our inquiry ended, no further action being taken, "
    "once prosecutors had advised us against charging.",
    "nfa_not_in_public_interest": "This confirms that on {d} our inquiry ended, no further "
    "action being taken: a trial was judged pointless for the community.",
    "nfa": "This confirms that on {d} our inquiry ended, no further action being taken.",
    "filed_undetected": "This confirms that on {d} the file was put away unsolved, since nobody "
    "could be identified.",
}
REPORTED_WORDS = {
    "brindlecombe": "{d} status NEW >> INVESTIGATING; first report received",
    "yarrowby": "First reported to the Constabulary: {d}.",
    "penwhistle": "Q. Date first reported? | A. {d}",
}
CLOSED_WORDS = {
    "brindlecombe": "{d} record locked; no further status changes",
    "yarrowby": "Record finalised and closed on {d}.",
    "penwhistle": "Q. When was the file closed? | A. {d}",
}


def named_suspect(case: Case) -> str:
    charged = next((p for p in case.suspects if p.evidence == "charged"), None)
    first = charged or (case.suspects[0] if case.suspects else None)
    return case.suspect_name(first) if first else "an unidentified male"


def outcome_sentence(case: Case, outcome: str, when: date) -> str:
    """The sentence that states an outcome, in the force's words."""
    values = {"suspect": named_suspect(case), "d": case.when(when), "offence": case.offence,
              "subject": case.subject}  # fmt: skip
    table = {"brindlecombe": STATUS, "yarrowby": MEETING, "penwhistle": QUESTION}[case.force.key]
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
            "brindlecombe": f"{when} suspect ARRESTED >> {name}",
            "yarrowby": f"Suspect {name} was detained on {when} and booked into the cells.",
            "penwhistle": f"Q. Was anyone arrested? | A. Yes: {name}, {when}",
        }[force]
    if person.evidence == "interviewed":
        lawyer = case.solicitor.short if case.solicitor else "the duty solicitor"
        return {
            "brindlecombe": f"{when} suspect INTERVIEWED VOLUNTARILY >> {name}; legal adviser {lawyer}",
            "yarrowby": f"Suspect {name} attended by appointment, {when}; questioned under "
            f"caution with {lawyer} acting for him.",
            "penwhistle": f"Q. Was anyone interviewed under caution without arrest? | A. Yes: {name}, "
            f"{when}, represented by {lawyer}",
        }[force]
    return {
        "brindlecombe": f"{when} suspect NAMED BY {subject.upper()} >> {name}",
        "yarrowby": f"Suspect {name} was identified by {subject} in her account.",
        "penwhistle": f"Q. Whom does the child name? | A. {subject} names {name}",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "brindlecombe": f"person ELIMINATED >> {name}; working abroad on the dates given",
        "yarrowby": f"{name} was ruled out: he was serving a prison sentence at the time.",
        "penwhistle": f"Q. Anyone ruled out? | A. {name}; phone cell-site data puts him elsewhere",
    }[case.force.key]
