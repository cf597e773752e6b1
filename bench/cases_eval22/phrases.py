"""How each force of the twenty-second set words an outcome, a date and a suspect (the sentences the
truth cites).

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): the Victims' Code contact entries at the foot of a
text crime record; the crime registrar's finalisation entry at the end of a DOCX crime file; and
the detective inspector's closing minute on the second sheet of a PDF crime file. No outcome
sentence is written for a case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval22.world import Case, Person

VCOP = {
    "charged": "VCOP CONTACT {d} - mother informed {suspect} is now charged with {offence}; first "
    "appearance at the magistrates to follow.",
    "cautioned": "VCOP CONTACT {d} - mother informed {suspect} admitted everything on tape; a "
    "simple caution followed.",
    "nfa": "VCOP CONTACT {d} - mother informed there will be no further police action; no "
    "reason noted on the system.",
    "nfa_insufficient_evidence": "VCOP CONTACT {d} - mother informed there will be no further "
    "police action, because what was gathered could not prove the offence.",
    "nfa_victim_did_not_support": "VCOP CONTACT {d} - mother informed there will be no further "
    "police action, {subject} no longer wishing to continue.",
    "nfa_cps_advice": "VCOP CONTACT {d} - mother informed there will be no further police action "
    "on {suspect}, following the CPS lawyer's written advice.",
    "nfa_not_in_public_interest": "VCOP CONTACT {d} - mother informed there will be no further "
    "police action, prosecution judged pointless for the public.",
    "filed_undetected": "VCOP CONTACT {d} - mother informed the crime has been filed as "
    "undetected; nobody identified to date.",
    "open": "VCOP CONTACT {d} - mother informed the case stays live while officers follow leads.",
}
REGISTRAR = {
    "charged": "Crime registrar finalisation {d}: detected by charge - {suspect}, {offence}.",
    "cautioned": "Crime registrar finalisation {d}: detected by simple caution - {suspect} accepted guilt.",
    "nfa": "Crime registrar finalisation {d}: no further action, no reason code supplied.",
    "nfa_insufficient_evidence": "Crime registrar finalisation {d}: no further action, "
    "evidence too thin for a charge.",
    "nfa_victim_did_not_support": "Crime registrar finalisation {d}: no further action, "
    "{subject} will not assist the prosecution.",
    "nfa_cps_advice": "Crime registrar finalisation {d}: no further action against {suspect} on "
    "the charging lawyer's decision.",
    "nfa_not_in_public_interest": "Crime registrar finalisation {d}: no further action, "
    "charging him would fail the public interest test.",
    "filed_undetected": "Crime registrar finalisation {d}: undetected, filed until new "
    "lines of enquiry arise.",
    "open": "Crime registrar note {d}: not finalised, investigation ongoing.",
}
MINUTE = {
    "charged": "DI CLOSING MINUTE {d}. RESULT: CHARGED. NOTE: {suspect} charged with {offence}.",
    "cautioned": "DI CLOSING MINUTE {d}. RESULT: CAUTIONED. NOTE: {suspect} made a full admission on tape.",
    "nfa": "DI CLOSING MINUTE {d}. RESULT: NO FURTHER ACTION. NOTE: nil.",
    "nfa_insufficient_evidence": "DI CLOSING MINUTE {d}. RESULT: NO FURTHER ACTION. NOTE: "
    "evidence short of the charging threshold.",
    "nfa_victim_did_not_support": "DI CLOSING MINUTE {d}. RESULT: NO FURTHER ACTION. NOTE: "
    "{subject} no longer supports a prosecution.",
    "nfa_cps_advice": "DI CLOSING MINUTE {d}. RESULT: NO FURTHER ACTION. NOTE: CPS advised "
    "against charging {suspect}.",
    "nfa_not_in_public_interest": "DI CLOSING MINUTE {d}. RESULT: NO FURTHER ACTION. NOTE: "
    "public interest test fails.",
    "filed_undetected": "DI CLOSING MINUTE {d}. RESULT: FILED, UNDETECTED. NOTE: suspect never identified.",
    "open": "DI INTERIM MINUTE {d}. RESULT: PENDING. NOTE: remains under active investigation.",
}
# How the officer in the case tells the carer an outcome (the initial one, for a reopened case).
LETTER_WORDS = {
    "charged": "I must now report that {suspect} was charged on {d}; a trial date is awaited.",
    "cautioned": "I must now report that {suspect} admitted what he did and was cautioned on {d}.",
    "nfa_insufficient_evidence": "I must now report that on {d} the enquiry was concluded with no "
    "charge, since the proof fell short.",
    "nfa_victim_did_not_support": "I must now report that on {d} the enquiry was concluded with no "
    "charge, because {subject} chose not to continue.",
    "nfa_cps_advice": "I must now report that on {d} the enquiry was concluded with no charge, "
    "because the prosecutor advised against one.",
    "nfa_not_in_public_interest": "I must now report that on {d} the enquiry was concluded with no "
    "charge, as the wider community would gain nothing from a trial.",
    "nfa": "I must now report that on {d} the enquiry was concluded with no charge.",
    "filed_undetected": "I must now report that on {d} the case was filed, as the man responsible "
    "remains unknown to us.",
}
REPORTED_WORDS = {
    "wyrmbridge": "Date reported: {d}.",
    "heddlesford": "The matter reached police on {d}.",
    "pellinghoe": "COMPLAINT RECEIVED {d}.",
}
CLOSED_WORDS = {
    "wyrmbridge": "Date finalised: {d}.",
    "heddlesford": "The crime file was shut on {d}.",
    "pellinghoe": "CASE CLOSED {d}.",
}


def named_suspect(case: Case) -> str:
    charged = next((p for p in case.suspects if p.evidence == "charged"), None)
    first = charged or (case.suspects[0] if case.suspects else None)
    return case.suspect_name(first) if first else "a man still unidentified"


def outcome_sentence(case: Case, outcome: str, when: date) -> str:
    """The sentence that states an outcome, in the force's words."""
    values = {"suspect": named_suspect(case), "d": case.when(when), "offence": case.offence,
              "subject": case.subject}  # fmt: skip
    table = {"wyrmbridge": VCOP, "heddlesford": REGISTRAR, "pellinghoe": MINUTE}[case.force.key]
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
            "wyrmbridge": f"Arrested on {when}: {name}.",
            "heddlesford": f"On {when} officers arrested {name} at his home and booked him into custody.",
            "pellinghoe": f"SUSPECT ARRESTED {when} - {name}.",
        }[force]
    if person.evidence == "interviewed":
        lawyer = case.solicitor.short if case.solicitor else "the duty solicitor"
        return {
            "wyrmbridge": f"Voluntary attender {when}, interviewed under caution: {name}, legal "
            f"adviser {lawyer}.",
            "heddlesford": f"{name} came to the station by appointment on {when}; interview under "
            f"caution, {lawyer} present.",
            "pellinghoe": f"INTERVIEWED UNDER CAUTION {when} (VOLUNTARY) - {name}, SOLICITOR {lawyer}.",
        }[force]
    return {
        "wyrmbridge": f"Suspect named by {subject} during her video interview: {name}.",
        "heddlesford": f"{subject} gave the name of the man responsible as {name}.",
        "pellinghoe": f"SUSPECT NAMED BY {subject} - {name}.",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "wyrmbridge": f"Ruled out: {name}, serving a prison sentence in Spain over the whole period.",
        "heddlesford": f"{name} is not a suspect after all: his employer's rotas put him abroad.",
        "pellinghoe": f"NO LONGER A SUSPECT: {name}, DNA RESULT EXCLUDES HIM.",
    }[case.force.key]
