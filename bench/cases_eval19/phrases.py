"""How each force of the nineteenth set words an outcome, a date and a suspect (the sentences the
truth cites).

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): the force crime registrar's audit entry at the foot of
the crime record; the press office's agreed media line in the crime file; and the case progression
unit's disposal entry on the second page of the file. No outcome sentence is written for a case
whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval19.world import Case, Person

AUDIT = {
    "charged": "Registrar audit {d} - result accepted: detected, {suspect} put before the court on a "
    "charge of {offence}.",
    "cautioned": "Registrar audit {d} - result accepted: detected, {suspect} given "
    "an adult simple caution by the custody sergeant.",
    "nfa": "Registrar audit {d} - result accepted: no further police action, grounds not entered by "
    "the officer.",
    "nfa_insufficient_evidence": "Registrar audit {d} - result accepted: no further police action, "
    "proof too thin for any court.",
    "nfa_victim_did_not_support": "Registrar audit {d} - result accepted: no further police action, "
    "{subject} declines to give evidence.",
    "nfa_cps_advice": "Registrar audit {d} - result accepted: no further police action, a Crown "
    "prosecutor refused consent to charge {suspect}.",
    "nfa_not_in_public_interest": "Registrar audit {d} - result accepted: no further police action, "
    "public interest stage failed on review.",
    "filed_undetected": "Registrar audit {d} - result accepted: filed pending further leads, offender "
    "unidentified.",
    "open": "Registrar audit {d} - no result yet: investigation live, revisit at next audit.",
}
MEDIA = {
    "charged": "Media line agreed {d}: A man, {suspect}, has today been charged with {offence} and "
    "remanded to appear before magistrates.",
    "cautioned": "Media line agreed {d}: A man, {suspect}, has accepted a formal caution after "
    "admitting the offence.",
    "nfa": "Media line agreed {d}: Detectives have wound up their enquiry; nobody faces court, and "
    "the file records no reason.",
    "nfa_insufficient_evidence": "Media line agreed {d}: Detectives have wound up their enquiry; "
    "nobody faces court because the evidence fell short.",
    "nfa_victim_did_not_support": "Media line agreed {d}: Detectives have wound up their enquiry; "
    "nobody faces court because the girl wishes to go no further.",
    "nfa_cps_advice": "Media line agreed {d}: Detectives have wound up their enquiry; "
    "{suspect} faces no court because prosecutors declined to authorise charges.",
    "nfa_not_in_public_interest": "Media line agreed {d}: Detectives have wound up their enquiry; "
    "nobody faces court because a trial would bring the public no benefit.",
    "filed_undetected": "Media line agreed {d}: Enquiries have not identified the man responsible and "
    "the investigation is filed until new information comes to light.",
    "open": "Media line agreed {d}: Enquiries are continuing and we are not in a position to comment "
    "further.",
}
DISPOSAL = {
    "charged": "Case progression, {d}: disposal entered CHARGE - {suspect}, {offence}; first hearing listed.",
    "cautioned": "Case progression, {d}: disposal entered SIMPLE CAUTION - {suspect}, signed at the "
    "custody suite.",
    "nfa": "Case progression, {d}: disposal entered NFA - grounds box left blank.",
    "nfa_insufficient_evidence": "Case progression, {d}: disposal entered NFA - grounds: evidential "
    "test not passed.",
    "nfa_victim_did_not_support": "Case progression, {d}: disposal entered NFA - grounds: {subject} "
    "retracted; refuses to give evidence.",
    "nfa_cps_advice": "Case progression, {d}: disposal entered NFA - grounds: prosecutor's written "
    "advice, no charge against {suspect}.",
    "nfa_not_in_public_interest": "Case progression, {d}: disposal entered NFA - grounds: public "
    "interest test not passed.",
    "filed_undetected": "Case progression, {d}: disposal entered UNDETECTED - filed, suspect never traced.",
    "open": "Case progression, {d}: no disposal entered - investigation continues.",
}
# How the officer in the case tells the carer an outcome (the initial one, for a reopened case).
LETTER_WORDS = {
    "charged": "Where things stand: {suspect} was charged on {d} and the trial date will follow.",
    "cautioned": "Where things stand: {suspect} owned up and took an adult caution on {d}.",
    "nfa_insufficient_evidence": "Where things stand: on {d} the enquiry stopped, uncharged, "
    "the evidence having proved too weak.",
    "nfa_victim_did_not_support": "Where things stand: on {d} the enquiry stopped, uncharged, "
    "at the wish of {subject} herself.",
    "nfa_cps_advice": "Where things stand: on {d} the enquiry stopped, uncharged, on a prosecutor's advice.",
    "nfa_not_in_public_interest": "Where things stand: on {d} the enquiry stopped, uncharged, "
    "a superintendent ruling that a trial would bring the public no benefit.",
    "nfa": "Where things stand: on {d} the enquiry stopped, uncharged.",
    "filed_undetected": "Where things stand: on {d} the enquiry was filed, the culprit still unknown to us.",
}
REPORTED_WORDS = {
    "quillinghurst": "Date of first report: {d}.",
    "sallowfield": "Report received by the force {d}.",
    "kelthorpe": "Reported to police on {d}.",
}
CLOSED_WORDS = {
    "quillinghurst": "Record locked by the registrar {d}.",
    "sallowfield": "File sent to archive {d}.",
    "kelthorpe": "Case progression closed the file on {d}.",
}


def named_suspect(case: Case) -> str:
    charged = next((p for p in case.suspects if p.evidence == "charged"), None)
    first = charged or (case.suspects[0] if case.suspects else None)
    return case.suspect_name(first) if first else "a man still unidentified"


def outcome_sentence(case: Case, outcome: str, when: date) -> str:
    """The sentence that states an outcome, in the force's words."""
    values = {"suspect": named_suspect(case), "d": case.when(when), "offence": case.offence,
              "subject": case.subject}  # fmt: skip
    table = {"quillinghurst": AUDIT, "sallowfield": MEDIA, "kelthorpe": DISPOSAL}[case.force.key]
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
            "quillinghurst": f"Detained on suspicion {when}: {name}",
            "sallowfield": f"Arrest of {name} carried out {when}, booked into custody.",
            "kelthorpe": f"{name} was arrested on {when} and taken to the cells.",
        }[force]
    if person.evidence == "interviewed":
        lawyer = case.solicitor.short if case.solicitor else "the duty solicitor"
        return {
            "quillinghurst": f"Attended by arrangement {when}, questioned under caution: {name} "
            f"(advised by {lawyer})",
            "sallowfield": f"Caution interview of {name} {when}, not under arrest, with {lawyer} present.",
            "kelthorpe": f"{name} came voluntarily on {when} for a cautioned interview, {lawyer} beside him.",
        }[force]
    return {
        "quillinghurst": f"Alleged offender per {subject}: {name}",
        "sallowfield": f"{subject} identifies the offender as {name}.",
        "kelthorpe": f"The man {subject} accuses is {name}.",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "quillinghurst": f"Eliminated: {name} - working offshore on a rig throughout",
        "sallowfield": f"{name} is eliminated: hospital records place him on a ward that week.",
        "kelthorpe": f"{name} has been eliminated; prison records put him in HMP Ranby on each date.",
    }[case.force.key]
