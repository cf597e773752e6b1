"""How each force of the third set words an outcome and a suspect: the sentences the truth cites.

Each force has its own register ("Finalisation" lines, formal narrative, RESULT codes), none
of them worded as in the earlier sets. No outcome sentence is written for a case whose outcome
is unknown.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval3.world import Case, Person

OUTCOME_WORDS = {
    "kelderby": {
        "charged": "Finalisation {d}: {suspect} charged with {offence} and remanded in custody to {town} "
        "Crown Court.",
        "cautioned": "Finalisation {d}: {suspect} admitted the offence and received a formal police caution.",
        "nfa_insufficient_evidence": "Finalisation {d}: no further action - the evidence is insufficient to "
        "charge.",
        "nfa_victim_did_not_support": "Finalisation {d}: no further action - {subject} declined to make a "
        "complaint and does not support a prosecution.",
        "nfa_cps_advice": "Finalisation {d}: no further action on the advice of the Crown Prosecution "
        "Service.",
        "nfa_not_in_public_interest": "Finalisation {d}: no further action - not in the public interest to "
        "proceed.",
        "nfa": "Finalisation {d}: no further action.",
        "filed_undetected": "Finalisation {d}: undetected - filed pending further lines of enquiry.",
        "open": "Review {d}: the investigation is ongoing and has not been finalised.",
    },
    "stainmoor": {
        "charged": "On {d} the custody sergeant authorised a charge of {offence} against {suspect}.",
        "cautioned": "On {d} {suspect} was dealt with by way of a formal caution, having made full "
        "admissions.",
        "nfa_insufficient_evidence": "On {d} the officer in the case recorded that the evidence was not "
        "sufficient to bring a charge, and no further action was taken.",
        "nfa_victim_did_not_support": "{subject} made it clear she did not want police action and would not "
        "give evidence; on {d} the investigation was concluded with no further action.",
        "nfa_cps_advice": "On {d} a Crown Prosecution Service lawyer reviewed the file and advised that no "
        "charges be brought, so no further action was taken.",
        "nfa_not_in_public_interest": "On {d} it was decided that a prosecution would not be in the public "
        "interest and no further action was taken.",
        "nfa": "On {d} the investigation was concluded with no further action.",
        "filed_undetected": "On {d} the crime was written off as undetected and filed.",
        "open": "On {d} the investigation remained open, with further enquiries outstanding.",
    },
    "tarnbridge": {
        "charged": "RESULT {d}: CHARGE - {suspect} charged ({offence}).",
        "cautioned": "RESULT {d}: CAUTION - {suspect} cautioned.",
        "nfa_insufficient_evidence": "RESULT {d}: NFA (evidential) - insufficient evidence.",
        "nfa_victim_did_not_support": "RESULT {d}: NFA - complainant withdrew and will not support.",
        "nfa_cps_advice": "RESULT {d}: NFA - CPS decision, no charge.",
        "nfa_not_in_public_interest": "RESULT {d}: NFA - public interest test not met.",
        "nfa": "RESULT {d}: NFA.",
        "filed_undetected": "RESULT {d}: UNDETECTED - filed.",
        "open": "RESULT {d}: PENDING - investigation live.",
    },
}


def outcome_sentence(case: Case, outcome: str, when: date) -> str:
    """The sentence that states an outcome, in the force's words."""
    charged = next((p for p in case.suspects if p.evidence == "charged"), None)
    first = charged or (case.suspects[0] if case.suspects else None)
    suspect = case.suspect_name(first) if first else "the suspect"
    return OUTCOME_WORDS[case.force.key][outcome].format(
        suspect=suspect, d=case.when(when), offence=case.offence, town=case.force.town, subject=case.subject
    )


def suspect_sentence(case: Case, person: Person, rng: random.Random) -> str:
    """How a crime report says why someone is a suspect, varied by force."""
    name = case.suspect_name(person)
    when = case.when(case.reported + timedelta(days=rng.randint(1, 20)))
    force = case.force.key
    if person.evidence in ("arrested", "charged"):
        return {
            "kelderby": f"{name} arrested {when} at his home address on suspicion of {case.offence}.",
            "stainmoor": f"{case.officer.officer} arrested {name} on {when} for {case.offence}.",
            "tarnbridge": f"Arrest: {name} on {when} for {case.offence}; detained at {case.force.town}.",
        }[force]
    if person.evidence == "interviewed":
        lawyer = f" in the presence of {case.solicitor.plain} (solicitor)" if case.solicitor else ""
        return {
            "kelderby": f"{name} was interviewed under caution on {when}{lawyer} and answered no comment.",
            "stainmoor": f"On {when} {name} attended voluntarily and was interviewed under caution{lawyer}; "
            "he denied the allegation.",
            "tarnbridge": f"Voluntary interview under caution: {name} on {when}{lawyer}; denied.",
        }[force]
    return {
        "kelderby": f"{case.subject} disclosed that {name} had sex with her; "
        f"{name} is nominated as a suspect.",
        "stainmoor": f"{case.subject} named {name} in her video interview, and he is treated as a suspect.",
        "tarnbridge": f"Suspect (named by {case.subject}): {name}.",
    }[force]
