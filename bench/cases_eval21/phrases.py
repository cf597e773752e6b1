"""How each force of the twenty-first set words an outcome, a date and a suspect (the sentences the
truth cites).

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): the ISVA liaison entries at the foot of a text crime
record; the witness care unit's entry at the end of a DOCX crime file; and the tasking and
coordination group's resolution on the second page of a PDF crime file. No outcome sentence is
written for a case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval21.world import Case, Person

ISVA = {
    "charged": "ISVA LIAISON {d} >> adviser told that {suspect} has been charged ({offence}) and "
    "goes before the bench next week.",
    "cautioned": "ISVA LIAISON {d} >> adviser told that {suspect} made full admissions and took a caution.",
    "nfa": "ISVA LIAISON {d} >> adviser told the police are taking it no further; the reason was "
    "not recorded.",
    "nfa_insufficient_evidence": "ISVA LIAISON {d} >> adviser told the police are taking it no "
    "further: the evidence gathered is too weak to put before a court.",
    "nfa_victim_did_not_support": "ISVA LIAISON {d} >> adviser told the police are taking it no "
    "further because {subject} has decided against giving evidence.",
    "nfa_cps_advice": "ISVA LIAISON {d} >> adviser told the police are taking it no further: the "
    "reviewing CPS lawyer declined to charge {suspect}.",
    "nfa_not_in_public_interest": "ISVA LIAISON {d} >> adviser told the police are taking it no "
    "further: a trial was reckoned worthless to the wider public.",
    "filed_undetected": "ISVA LIAISON {d} >> adviser told the crime is filed undetected pending "
    "fresh information; no offender named.",
    "open": "ISVA LIAISON {d} >> adviser told no decision yet; enquiries continue.",
}
WCU = {
    "charged": "Witness care unit entry {d}: {suspect} charged with {offence}; {subject} kept "
    "informed of the first hearing.",
    "cautioned": "Witness care unit entry {d}: {suspect} cautioned after making admissions; no court date.",
    "nfa": "Witness care unit entry {d}: finalised with nothing further to do; reason not given.",
    "nfa_insufficient_evidence": "Witness care unit entry {d}: finalised with nothing further to "
    "do, the evidence falling below the charging standard.",
    "nfa_victim_did_not_support": "Witness care unit entry {d}: finalised with nothing further to "
    "do, {subject} having pulled out of the process.",
    "nfa_cps_advice": "Witness care unit entry {d}: finalised with nothing further to do against "
    "{suspect}; the Crown prosecutor advised so.",
    "nfa_not_in_public_interest": "Witness care unit entry {d}: finalised with nothing further to "
    "do, since a court case would serve no public purpose.",
    "filed_undetected": "Witness care unit entry {d}: crime filed as undetected, no suspect traced so far.",
    "open": "Witness care unit entry {d}: the investigation remains active; no decision yet.",
}
TCG = {
    "charged": "TCG RESOLUTION {d} -- DISPOSAL: CHARGE -- GROUNDS: {suspect} charged, {offence}.",
    "cautioned": "TCG RESOLUTION {d} -- DISPOSAL: SIMPLE CAUTION -- GROUNDS: {suspect} admitted the offence.",
    "nfa": "TCG RESOLUTION {d} -- DISPOSAL: NFA -- GROUNDS: none entered.",
    "nfa_insufficient_evidence": "TCG RESOLUTION {d} -- DISPOSAL: NFA -- GROUNDS: evidential "
    "threshold not reached.",
    "nfa_victim_did_not_support": "TCG RESOLUTION {d} -- DISPOSAL: NFA -- GROUNDS: {subject} "
    "declines to support police action.",
    "nfa_cps_advice": "TCG RESOLUTION {d} -- DISPOSAL: NFA -- GROUNDS: Crown Prosecution Service "
    "declined to charge {suspect}.",
    "nfa_not_in_public_interest": "TCG RESOLUTION {d} -- DISPOSAL: NFA -- GROUNDS: public "
    "interest stage not met.",
    "filed_undetected": "TCG RESOLUTION {d} -- DISPOSAL: FILED UNDETECTED -- GROUNDS: offender unidentified.",
    "open": "TCG RESOLUTION {d} -- DISPOSAL: NONE, KEEP ACTIVE -- GROUNDS: lines of enquiry remain.",
}
# How the officer in the case tells the carer an outcome (the initial one, for a reopened case).
LETTER_WORDS = {
    "charged": "I can now let you know that {suspect} was charged on {d} and will appear in court.",
    "cautioned": "I can now let you know that {suspect} received a caution on {d}, as he "
    "accepted the offence.",
    "nfa_insufficient_evidence": "I can now let you know that on {d} the enquiry finished with "
    "nobody charged, the evidence we gathered not being strong enough for a trial.",
    "nfa_victim_did_not_support": "I can now let you know that on {d} the enquiry finished with "
    "nobody charged, as {subject} asked for it to stop.",
    "nfa_cps_advice": "I can now let you know that on {d} the enquiry finished with nobody charged, "
    "after the Crown lawyer said no.",
    "nfa_not_in_public_interest": "I can now let you know that on {d} the enquiry finished with "
    "nobody charged, senior officers deciding a prosecution served nobody's interest.",
    "nfa": "I can now let you know that on {d} the enquiry finished with nobody charged.",
    "filed_undetected": "I can now let you know that the case was filed on {d}; whoever did this "
    "is still unidentified.",
}
REPORTED_WORDS = {
    "kestrelford": "First report: {d}.",
    "thrushcombe": "Police were first told of this on {d}.",
    "orrishaw": "REPORTED TO ORRISHAW POLICE {d}.",
}
CLOSED_WORDS = {
    "kestrelford": "Record finalised {d}.",
    "thrushcombe": "Crime file closed off on {d}.",
    "orrishaw": "FILE CLOSED {d}.",
}


def named_suspect(case: Case) -> str:
    charged = next((p for p in case.suspects if p.evidence == "charged"), None)
    first = charged or (case.suspects[0] if case.suspects else None)
    return case.suspect_name(first) if first else "an offender not yet named"


def outcome_sentence(case: Case, outcome: str, when: date) -> str:
    """The sentence that states an outcome, in the force's words."""
    values = {"suspect": named_suspect(case), "d": case.when(when), "offence": case.offence,
              "subject": case.subject}  # fmt: skip
    table = {"kestrelford": ISVA, "thrushcombe": WCU, "orrishaw": TCG}[case.force.key]
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
            "kestrelford": f"Detained {when} on suspicion: {name}.",
            "thrushcombe": f"{name} was arrested on {when}, then taken to the cell block.",
            "orrishaw": f"ARRESTED {when}: {name}.",
        }[force]
    if person.evidence == "interviewed":
        lawyer = case.solicitor.short if case.solicitor else "the duty solicitor"
        return {
            "kestrelford": f"Attended by arrangement {when} and interviewed under caution: {name} "
            f"(solicitor {lawyer}).",
            "thrushcombe": f"{name} came in voluntarily on {when} for a taped interview, with "
            f"{lawyer} advising him.",
            "orrishaw": f"VOLUNTARY INTERVIEW {when}: {name}; represented by {lawyer}.",
        }[force]
    return {
        "kestrelford": f"Identified by {subject} in her ABE interview: {name}.",
        "thrushcombe": f"{subject} told the officer it was {name} who hurt her.",
        "orrishaw": f"NAMED BY THE CHILD ({subject}): {name}.",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "kestrelford": f"Eliminated: {name}, who was on an oil platform in the North Sea all that time.",
        "thrushcombe": f"{name} can be discounted: he was a hospital inpatient throughout.",
        "orrishaw": f"ELIMINATED: {name}, CCTV at his gym shows him there on each date.",
    }[case.force.key]
