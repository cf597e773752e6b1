"""How each force of the twenty-fourth set words an outcome, a date and a suspect (the sentences the
truth cites).

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): the PNC bureau's result updates at the foot of a text
crime record; the exploitation co-ordinator's closure entry at the end of a DOCX crime file; and
the evidence review officer's conclusion on the second part of a PDF crime file. No outcome
sentence is written for a case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval24.world import Case, Person

PNC_UPDATE = {
    "charged": "PNC BUREAU UPDATE {d} >> RESULT KEYED: CHARGE >> {suspect} sent to the magistrates' "
    "court over {offence}.",
    "cautioned": "PNC BUREAU UPDATE {d} >> RESULT KEYED: CAUTION >> {suspect}, admission made on tape.",
    "nfa": "PNC BUREAU UPDATE {d} >> RESULT KEYED: NFA >> no grounds keyed in.",
    "nfa_insufficient_evidence": "PNC BUREAU UPDATE {d} >> RESULT KEYED: NFA >> grounds: the "
    "evidence falls short.",
    "nfa_victim_did_not_support": "PNC BUREAU UPDATE {d} >> RESULT KEYED: NFA >> grounds: {subject} "
    "wanted no further part in it.",
    "nfa_cps_advice": "PNC BUREAU UPDATE {d} >> RESULT KEYED: NFA >> grounds: the prosecutor "
    "advised no charge against {suspect}.",
    "nfa_not_in_public_interest": "PNC BUREAU UPDATE {d} >> RESULT KEYED: NFA >> grounds: "
    "charging him held to be against community interests.",
    "filed_undetected": "PNC BUREAU UPDATE {d} >> RESULT KEYED: UNDETECTED >> nobody traced for it.",
    "open": "PNC BUREAU UPDATE {d} >> NO RESULT KEYED >> investigation carries on.",
}
COORDINATOR = {
    "charged": "Exploitation co-ordinator closure {d}: result CHARGED. {suspect} answers for {offence}.",
    "cautioned": "Exploitation co-ordinator closure {d}: result CAUTIONED. {suspect} took the caution.",
    "nfa": "Exploitation co-ordinator closure {d}: result NO FURTHER ACTION. Grounds not stated.",
    "nfa_insufficient_evidence": "Exploitation co-ordinator closure {d}: result NO FURTHER ACTION. "
    "Evidence thin, no realistic prospect.",
    "nfa_victim_did_not_support": "Exploitation co-ordinator closure {d}: result NO FURTHER ACTION. "
    "{subject} withdrew from the process.",
    "nfa_cps_advice": "Exploitation co-ordinator closure {d}: result NO FURTHER ACTION. CPS declined "
    "charging authority for {suspect}.",
    "nfa_not_in_public_interest": "Exploitation co-ordinator closure {d}: result NO FURTHER ACTION. "
    "Charging judged contrary to the common good.",
    "filed_undetected": "Exploitation co-ordinator closure {d}: result FILED UNDETECTED. Offender "
    "never identified.",
    "open": "Exploitation co-ordinator review {d}: no result; the investigation goes on.",
}
REVIEWER = {
    "charged": "EVIDENCE REVIEW OFFICER'S CONCLUSION, {d}: CHARGED. {suspect} is accused of {offence}.",
    "cautioned": "EVIDENCE REVIEW OFFICER'S CONCLUSION, {d}: CAUTIONED. {suspect} confessed and "
    "was cautioned.",
    "nfa": "EVIDENCE REVIEW OFFICER'S CONCLUSION, {d}: NFA. Ground: blank.",
    "nfa_insufficient_evidence": "EVIDENCE REVIEW OFFICER'S CONCLUSION, {d}: NFA. Ground: the proof "
    "would not hold up.",
    "nfa_victim_did_not_support": "EVIDENCE REVIEW OFFICER'S CONCLUSION, {d}: NFA. Ground: {subject} "
    "stepped back from the case.",
    "nfa_cps_advice": "EVIDENCE REVIEW OFFICER'S CONCLUSION, {d}: NFA. Ground: a CPS prosecutor "
    "declined to charge {suspect}.",
    "nfa_not_in_public_interest": "EVIDENCE REVIEW OFFICER'S CONCLUSION, {d}: NFA. Ground: no public "
    "interest in prosecuting.",
    "filed_undetected": "EVIDENCE REVIEW OFFICER'S CONCLUSION, {d}: UNDETECTED. Ground: culprit unknown.",
    "open": "EVIDENCE REVIEW OFFICER'S INTERIM NOTE, {d}: STILL LIVE. Ground: lines of enquiry remain.",
}
# How the officer in the case tells the children's home manager an outcome (the initial one, for a
# reopened case).
LETTER_WORDS = {
    "charged": "We write to confirm that {suspect} was charged on {d} and will appear before a court.",
    "cautioned": "We write to confirm that {suspect} admitted the offence and accepted a caution on {d}.",
    "nfa_insufficient_evidence": "We write to confirm that the enquiry was closed on {d} without "
    "charges, the evidence being too thin.",
    "nfa_victim_did_not_support": "We write to confirm that the enquiry was closed on {d} without "
    "charges, as {subject} wished.",
    "nfa_cps_advice": "We write to confirm that the enquiry was closed on {d} without charges, "
    "following the prosecutor's advice.",
    "nfa_not_in_public_interest": "We write to confirm that the enquiry was closed on {d} without "
    "charges, a court case being judged not worth the public cost.",
    "nfa": "We write to confirm that the enquiry was closed on {d} without charges.",
    "filed_undetected": "We write to confirm that the enquiry was filed on {d} as undetected, "
    "with no offender found.",
}
REPORTED_WORDS = {
    "quillanby": "Came to notice: {d}.",
    "tessingford": "The police first heard of this on {d}.",
    "drumwhinnet": "REPORT DATE >> {d}.",
}
CLOSED_WORDS = {
    "quillanby": "Record shut: {d}.",
    "tessingford": "The file was shut on {d}.",
    "drumwhinnet": "SHUT DATE >> {d}.",
}


def named_suspect(case: Case) -> str:
    charged = next((p for p in case.suspects if p.evidence == "charged"), None)
    first = charged or (case.suspects[0] if case.suspects else None)
    return case.suspect_name(first) if first else "an offender still unnamed"


def outcome_sentence(case: Case, outcome: str, when: date) -> str:
    """The sentence that states an outcome, in the force's words."""
    values = {"suspect": named_suspect(case), "d": case.when(when), "offence": case.offence,
              "subject": case.subject}  # fmt: skip
    table = {"quillanby": PNC_UPDATE, "tessingford": COORDINATOR, "drumwhinnet": REVIEWER}[case.force.key]
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
            "quillanby": f"Taken into custody on {when}: {name}.",
            "tessingford": f"On {when} officers arrested {name} and booked him into the cells.",
            "drumwhinnet": f"ARRESTED >> {when} >> {name}.",
        }[force]
    if person.evidence == "interviewed":
        lawyer = case.solicitor.short if case.solicitor else "the duty solicitor"
        return {
            "quillanby": f"Attended by appointment for a cautioned interview on {when}: {name}; "
            f"solicitor {lawyer}.",
            "tessingford": f"On {when} {name} attended of his own accord and sat a caution "
            f"interview, {lawyer} advising him.",
            "drumwhinnet": f"VOLUNTARY CAUTIONED INTERVIEW >> {when} >> {name} >> SOLICITOR {lawyer}.",
        }[force]
    return {
        "quillanby": f"{subject} gave his name in her video interview: {name}.",
        "tessingford": f"{subject} told officers the man responsible is {name}.",
        "drumwhinnet": f"IDENTIFIED BY {subject} >> {name}.",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "quillanby": f"Ruled out: {name}; he was in custody on remand throughout.",
        "tessingford": f"{name} is excluded: abroad on a building job at the time.",
        "drumwhinnet": f"RULED OUT >> {name} >> CCTV PUTS HIM ELSEWHERE.",
    }[case.force.key]
