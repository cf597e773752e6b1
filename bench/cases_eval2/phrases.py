"""How each force words an outcome and a suspect: the sentences the ground truth cites.

Each force has its own register (terse "Result:" lines, formal narrative, disposal codes), so an
outcome rule written for one wording meets others. None of these sentences is used for a case
whose outcome is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval2.world import Case, Person

OUTCOME_WORDS = {
    "wendholme": {
        "charged": "Result: {suspect} charged on {d} with {offence}; remanded to appear at {town} "
        "Magistrates.",
        "cautioned": "Result: {suspect} given a simple caution on {d} after admitting the offence.",
        "nfa_insufficient_evidence": "Result: NFA on {d} - insufficient evidence to proceed.",
        "nfa_victim_did_not_support": "Result: NFA on {d} - {subject} withdrew her complaint and "
        "would not support a prosecution.",
        "nfa_cps_advice": "Result: NFA on {d} following CPS advice.",
        "nfa_not_in_public_interest": "Result: NFA on {d}; a prosecution is not in the public interest.",
        "nfa": "Result: NFA on {d}.",
        "filed_undetected": "Result: filed undetected on {d}, all lines of enquiry exhausted.",
        "open": "Status at {d}: enquiries ongoing, the investigation remains open.",
    },
    "sallowmere": {
        "charged": "On {d} {suspect} was formally charged with {offence} and kept in custody for court.",
        "cautioned": "{suspect} accepted a police caution on {d}, and the matter was disposed of by way "
        "of caution.",
        "nfa_insufficient_evidence": "On {d} the DI directed that no further action be taken, there being "
        "insufficient evidence to charge.",
        "nfa_victim_did_not_support": "{subject} withdrew her support for a prosecution and on {d} the crime "
        "was closed with no further action.",
        "nfa_cps_advice": "On {d} the CPS reviewing lawyer advised no further action, and the case was "
        "closed on that advice.",
        "nfa_not_in_public_interest": "No further action was taken on {d} as a prosecution was judged not to "
        "be in the public interest.",
        "nfa": "No further police action; the crime was closed on {d}.",
        "filed_undetected": "Undetected. The crime was filed on {d} pending new information.",
        "open": "As of {d} this investigation is still live and enquiries continue.",
    },
    "ravensholt": {
        "charged": "Disposal ({d}): CHARGED - {suspect} charged with {offence}.",
        "cautioned": "Disposal ({d}): CAUTIONED - simple caution administered to {suspect}.",
        "nfa_insufficient_evidence": "Disposal ({d}): NFA - evidential difficulties, insufficient evidence "
        "for a realistic prospect of conviction.",
        "nfa_victim_did_not_support": "Disposal ({d}): NFA - victim does not support police action.",
        "nfa_cps_advice": "Disposal ({d}): NFA - CPS advised no charge.",
        "nfa_not_in_public_interest": "Disposal ({d}): NFA - not in the public interest to prosecute.",
        "nfa": "Disposal ({d}): NFA.",
        "filed_undetected": "Disposal ({d}): FILED - undetected.",
        "open": "Disposal ({d}): none yet - the investigation is open and enquiries are continuing.",
    },
}


def outcome_sentence(case: Case, outcome: str, when: date) -> str:
    """The sentence that states an outcome, in the force's words."""
    suspect = case.suspect_name(case.suspects[0]) if case.suspects else "the suspect"
    return OUTCOME_WORDS[case.force.key][outcome].format(
        suspect=suspect, d=case.when(when), offence=case.offence, town=case.force.town, subject=case.subject
    )


def suspect_sentence(case: Case, person: Person, rng: random.Random) -> str:
    """How a crime record says why someone is a suspect, varied by force."""
    name = case.suspect_name(person)
    when = case.when(case.reported + timedelta(days=rng.randint(1, 20)))
    force = case.force.key
    if person.evidence in ("arrested", "charged"):
        return {
            "wendholme": f"Suspect {name} arrested {when} on suspicion of {case.offence}.",
            "sallowmere": f"On {when} {case.officer.officer} arrested {name} at his home on suspicion of "
            f"{case.offence}.",
            "ravensholt": f"{name} was detained on {when}, arrested for {case.offence} and taken into "
            "custody.",
        }[force]
    if person.evidence == "interviewed":
        lawyer = f", represented by {case.solicitor.plain} (solicitor)" if case.solicitor else ""
        return (
            f"{name} was interviewed under caution on {when}{lawyer}, and gave a prepared statement "
            "denying any offence."
        )
    return {
        "wendholme": f"{case.subject} named {name} as one of the men. Suspect: {name}.",
        "sallowmere": f"{case.subject} identified {name} from a photograph; {name} is recorded as a suspect.",
        "ravensholt": f"Nominal recorded as suspect: {name}, named by {case.subject} in her ABE interview.",
    }[force]
