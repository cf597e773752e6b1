"""How each force of the seventh set words an outcome, a date and a suspect: the sentences the truth cites.

Each force has its own register, none of them worded as in the earlier sets (the self-check looks
for any run of five words shared with them): the numbered outcome types of a migrated legacy
record, the finalisation entries of an occurrence enquiry log, and what the police told the
council, in reported speech, in the council's chronology. No outcome sentence is written for a
case whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval7.world import Case, Person

OUTCOME_WORDS = {
    "dyfnant": {
        "charged": "OUTCOME TYPE 1 (charge/summons) recorded {d} - {suspect} - {offence}.",
        "cautioned": "OUTCOME TYPE 3 (adult caution) recorded {d} - {suspect} accepted it at interview.",
        "nfa_insufficient_evidence": "OUTCOME TYPE 15 (named suspect, evidential difficulties) recorded "
        "{d} - no further police action.",
        "nfa_victim_did_not_support": "OUTCOME TYPE 16 (victim declines to support) recorded {d} - "
        "{subject} withdrew; no further police action.",
        "nfa_cps_advice": "OUTCOME TYPE 15 on CPS direction recorded {d} - the Crown Prosecutor advised "
        "against any charge; no further police action.",
        "nfa_not_in_public_interest": "OUTCOME TYPE 21 (police decision: public interest not served) "
        "recorded {d} - no further police action.",
        "nfa": "NO FURTHER POLICE ACTION recorded {d} (outcome type not entered on migration).",
        "filed_undetected": "OUTCOME TYPE 18 (complete, no suspect identified) recorded {d} - undetected, "
        "filed.",
        "open": "OUTCOME TYPE pending at {d} - live investigation.",
    },
    "vennmouth": {
        "charged": "Finalisation authorised: CHARGED. {suspect} charged with {offence} on {d}, remanded "
        "to the next court.",
        "cautioned": "Finalisation authorised: CAUTION. {suspect} cautioned at the station on {d}.",
        "nfa_insufficient_evidence": "Finalisation authorised on {d}: NFA - the threshold test is not met "
        "on the evidence gathered.",
        "nfa_victim_did_not_support": "Finalisation authorised on {d}: NFA - {subject} has retracted and "
        "will not give evidence.",
        "nfa_cps_advice": "Finalisation authorised on {d}: NFA - CPS charging lawyer returned a no-charge "
        "decision.",
        "nfa_not_in_public_interest": "Finalisation authorised on {d}: NFA - public interest weighs against "
        "a prosecution.",
        "nfa": "Finalisation authorised on {d}: NFA.",
        "filed_undetected": "Finalisation authorised on {d}: UNDETECTED - all lines exhausted, nobody to "
        "put it to.",
        "open": "Review on {d}: not finalised, enquiries continue.",
    },
    "polventon": {
        "charged": "Police informed us on {d} that {suspect} had been charged with {offence}.",
        "cautioned": "Police informed us on {d} that {suspect} had accepted a police caution.",
        "nfa_insufficient_evidence": "Police informed us on {d} that their enquiry had ended, no charge "
        "to follow, because the evidence was too thin.",
        "nfa_victim_did_not_support": "Police informed us on {d} that their enquiry had ended, no charge "
        "to follow, because {subject} did not want it to go on.",
        "nfa_cps_advice": "Police informed us on {d} that their enquiry had ended, no charge to "
        "follow, after the CPS told them not to charge.",
        "nfa_not_in_public_interest": "Police informed us on {d} that their enquiry had ended, no charge "
        "to follow, on public interest grounds.",
        "nfa": "Police informed us on {d} that their enquiry had ended, no charge to follow.",
        "filed_undetected": "Police informed us on {d} that the crime had been filed as undetected.",
        "open": "Police informed us on {d} that their investigation remained open.",
    },
}
# How an officer's letter to the family states an outcome (the initial one, for a reopened case).
LETTER_WORDS = {
    "charged": "Since {d}, {suspect} has faced a criminal charge over what happened to your daughter.",
    "cautioned": "On {d}, {suspect} was formally cautioned, having admitted what he did.",
    "nfa_insufficient_evidence": "Our file was closed on {d} without anyone being prosecuted, because "
    "the evidence we gathered was not strong enough.",
    "nfa_victim_did_not_support": "Our file was closed on {d} without anyone being prosecuted, because "
    "{subject} asked us to stop.",
    "nfa_cps_advice": "Our file was closed on {d} without anyone being prosecuted, because Crown "
    "Prosecution Service lawyers said not to charge.",
    "nfa_not_in_public_interest": "Our file was closed on {d} without anyone being prosecuted, it being "
    "judged that prosecuting would do the public no good.",
    "nfa": "Our file was closed on {d} without anyone being prosecuted.",
    "filed_undetected": "Our file was closed on {d}, because we never learned who was responsible.",
}
REPORTED_WORDS = {
    "dyfnant": "DATE REPORTED {d}",
    "vennmouth": "Initial report received {d}.",
    "polventon": "Police were first told on {d}.",
}
CLOSED_WORDS = {
    "dyfnant": "DATE FINALISED {d}",
    "vennmouth": "Occurrence finalised {d}.",
    "polventon": "Police closed their file on {d}.",
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
            "dyfnant": f"NOMINAL (ARRESTED {when}): {name}",
            "vennmouth": f"Suspect {name} apprehended {when} and lodged in the cells.",
            "polventon": f"Police said they had arrested {name} on {when}.",
        }[force]
    if person.evidence == "interviewed":
        lawyer = f", legal adviser {case.solicitor.short}" if case.solicitor else ""
        return {
            "dyfnant": f"NOMINAL (VOLUNTARY INTERVIEW UNDER CAUTION {when}{lawyer}): {name}",
            "vennmouth": f"Suspect {name} came in on {when} for a taped interview under caution{lawyer}; "
            "made no comment.",
            "polventon": f"Police said {name} had been interviewed under caution on {when}{lawyer}.",
        }[force]
    return {
        "dyfnant": f"NOMINAL (NAMED BY {subject.upper()}): {name}",
        "vennmouth": f"Suspect {name} put forward by {subject} in her video interview.",
        "polventon": f"{subject} told her social worker that {name} was one of the men.",
    }[force]


def eliminated_sentence(case: Case, person: Person) -> str:
    name = case.suspect_name(person)
    return {
        "dyfnant": f"NOMINAL (TIE COMPLETE, ELIMINATED): {name}",
        "vennmouth": f"{name} was in custody elsewhere on the dates given, and is ruled out.",
        "polventon": f"Police said {name} had an alibi they had checked, and was not involved.",
    }[case.force.key]
