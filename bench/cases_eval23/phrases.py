"""How each force of the twenty-third set words an outcome, a date and a suspect (the sentences the
truth cites).

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): the senior investigating officer's policy file
entries at the end of a text crime record; the quality assurance sign-off at the end of a DOCX
crime file; and the archive transfer sheet on the second part of a PDF crime file. No outcome
sentence is written for a case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval23.world import Case, Person

POLICY = {
    "charged": "SIO POLICY ENTRY {d} - DECISION: {suspect} to face court; charge authorised for "
    "{offence}. RATIONALE: threshold test met.",
    "cautioned": "SIO POLICY ENTRY {d} - DECISION: adult caution for {suspect}. RATIONALE: "
    "he owned up to all of it when interviewed.",
    "nfa": "SIO POLICY ENTRY {d} - DECISION: investigation ended, nobody to be prosecuted. "
    "RATIONALE: left blank.",
    "nfa_insufficient_evidence": "SIO POLICY ENTRY {d} - DECISION: investigation ended, nobody to "
    "be prosecuted. RATIONALE: proof insufficient for a charge.",
    "nfa_victim_did_not_support": "SIO POLICY ENTRY {d} - DECISION: investigation ended, nobody to "
    "be prosecuted. RATIONALE: {subject} has withdrawn her support.",
    "nfa_cps_advice": "SIO POLICY ENTRY {d} - DECISION: investigation ended, {suspect} not to be "
    "prosecuted. RATIONALE: written CPS advice against charging.",
    "nfa_not_in_public_interest": "SIO POLICY ENTRY {d} - DECISION: investigation ended, nobody to "
    "be prosecuted. RATIONALE: prosecuting him would not benefit the community.",
    "filed_undetected": "SIO POLICY ENTRY {d} - DECISION: filed as undetected. RATIONALE: "
    "offender unidentified after all enquiries.",
    "open": "SIO POLICY ENTRY {d} - DECISION: enquiries continue; the file stays open. RATIONALE: "
    "lines still to pursue.",
}
QA_SIGNOFF = {
    "charged": "QA sign-off {d}: disposal agreed as CHARGED; {suspect} faces {offence}.",
    "cautioned": "QA sign-off {d}: disposal agreed as CAUTIONED; {suspect} accepted the offence.",
    "nfa": "QA sign-off {d}: disposal agreed as NFA; the reason field is empty.",
    "nfa_insufficient_evidence": "QA sign-off {d}: disposal agreed as NFA; evidence did not reach the bar.",
    "nfa_victim_did_not_support": "QA sign-off {d}: disposal agreed as NFA; {subject} declined to "
    "take it further.",
    "nfa_cps_advice": "QA sign-off {d}: disposal agreed as NFA; {suspect} not charged, per CPS lawyer.",
    "nfa_not_in_public_interest": "QA sign-off {d}: disposal agreed as NFA; public interest stage "
    "not passed.",
    "filed_undetected": "QA sign-off {d}: disposal agreed as UNDETECTED; filed with no offender known.",
    "open": "QA sign-off {d}: no disposal yet, the enquiry remains live.",
}
ARCHIVE = {
    "charged": "ARCHIVE TRANSFER {d}. DISPOSAL RECORDED AS: CHARGE. DETAIL: {suspect}, {offence}.",
    "cautioned": "ARCHIVE TRANSFER {d}. DISPOSAL RECORDED AS: CAUTION. DETAIL: {suspect} admitted it.",
    "nfa": "ARCHIVE TRANSFER {d}. DISPOSAL RECORDED AS: NFA. DETAIL: none given.",
    "nfa_insufficient_evidence": "ARCHIVE TRANSFER {d}. DISPOSAL RECORDED AS: NFA. DETAIL: evidence "
    "too weak to proceed.",
    "nfa_victim_did_not_support": "ARCHIVE TRANSFER {d}. DISPOSAL RECORDED AS: NFA. DETAIL: "
    "{subject} did not want to go on.",
    "nfa_cps_advice": "ARCHIVE TRANSFER {d}. DISPOSAL RECORDED AS: NFA. DETAIL: Crown Prosecution "
    "Service said do not charge {suspect}.",
    "nfa_not_in_public_interest": "ARCHIVE TRANSFER {d}. DISPOSAL RECORDED AS: NFA. DETAIL: "
    "public interest test failed.",
    "filed_undetected": "ARCHIVE TRANSFER {d}. DISPOSAL RECORDED AS: UNDETECTED. DETAIL: no offender named.",
    "open": "ARCHIVE HOLD {d}. DISPOSAL RECORDED AS: NONE YET. DETAIL: enquiry still running.",
}
# How the officer in the case tells the foster carer an outcome (the initial one, for a reopened case).
LETTER_WORDS = {
    "charged": "This letter confirms that {suspect} was charged on {d} and will stand trial.",
    "cautioned": "This letter confirms that {suspect} owned up and received a caution on {d}.",
    "nfa_insufficient_evidence": "This letter confirms that our investigation ended on {d} with "
    "nobody charged, for want of proof.",
    "nfa_victim_did_not_support": "This letter confirms that our investigation ended on {d} with "
    "nobody charged, at the wish of {subject}.",
    "nfa_cps_advice": "This letter confirms that our investigation ended on {d} with nobody charged, "
    "on a CPS lawyer's written view.",
    "nfa_not_in_public_interest": "This letter confirms that our investigation ended on {d} with "
    "nobody charged, since a trial was judged against the wider good.",
    "nfa": "This letter confirms that our investigation ended on {d} with nobody charged.",
    "filed_undetected": "This letter confirms the case was filed undetected on {d}, the "
    "offender being unidentified.",
}
REPORTED_WORDS = {
    "quorndyke": "First reported: {d}.",
    "brimsettle": "Report received by the constabulary on {d}.",
    "hollinsgarth": "DATE OF FIRST REPORT {d}.",
}
CLOSED_WORDS = {
    "quorndyke": "Closed on the system: {d}.",
    "brimsettle": "File marked closed on {d}.",
    "hollinsgarth": "DATE CLOSED {d}.",
}


def named_suspect(case: Case) -> str:
    charged = next((p for p in case.suspects if p.evidence == "charged"), None)
    first = charged or (case.suspects[0] if case.suspects else None)
    return case.suspect_name(first) if first else "an offender not yet known"


def outcome_sentence(case: Case, outcome: str, when: date) -> str:
    """The sentence that states an outcome, in the force's words."""
    values = {"suspect": named_suspect(case), "d": case.when(when), "offence": case.offence,
              "subject": case.subject}  # fmt: skip
    table = {"quorndyke": POLICY, "brimsettle": QA_SIGNOFF, "hollinsgarth": ARCHIVE}[case.force.key]
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
            "quorndyke": f"Detained under arrest {when}: {name}.",
            "brimsettle": f"{name} was arrested by the team on {when} and taken to the custody block.",
            "hollinsgarth": f"ARREST MADE {when} - {name}.",
        }[force]
    if person.evidence == "interviewed":
        lawyer = case.solicitor.short if case.solicitor else "the duty solicitor"
        return {
            "quorndyke": f"Interviewed under caution by arrangement on {when}: {name}; represented "
            f"by {lawyer}.",
            "brimsettle": f"{name} came in voluntarily on {when}; caution interview held with {lawyer} "
            "beside him.",
            "hollinsgarth": f"VOLUNTARY INTERVIEW UNDER CAUTION {when} - {name} - REPRESENTED BY {lawyer}.",
        }[force]
    return {
        "quorndyke": f"{subject} named her abuser in her recorded interview: {name}.",
        "brimsettle": f"The man {subject} says abused her is {name}.",
        "hollinsgarth": f"NAMED AS SUSPECT BY {subject} - {name}.",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "quorndyke": f"Eliminated from the enquiry: {name}; he was in hospital for the whole period.",
        "brimsettle": f"{name} has been eliminated: phone data put him in another city.",
        "hollinsgarth": f"ELIMINATED: {name}, ALIBI CONFIRMED BY HIS EMPLOYER.",
    }[case.force.key]
