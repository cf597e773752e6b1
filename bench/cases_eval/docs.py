"""The documents of each case, as text pages, with the sentences the ground truth cites.

A document is a list of pages of plain text plus how it is to be written (txt, pdf, docx, eml).
Each builder registers the sentences that state a fact (the outcome, the report and closing dates,
a tie between references) with `Doc.fact`; `generate` then finds the page each one is on, so a
citation in the manifest is where the text really is.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from bench.cases_eval.world import Case, Person


@dataclass
class Doc:
    """One file to write: its pages, its format and the facts it states."""

    name: str
    fmt: str  # txt, pdf, docx, eml
    kind: str  # incident log, crime report, MG11 statement, council referral, e-mail, letter, minutes, review
    day: date
    pages: list[list[str]] = field(default_factory=lambda: [[]])
    facts: list[tuple[str, str, str]] = field(default_factory=list)  # (case, fact, sentence)
    headers: dict[str, str] = field(default_factory=dict)

    def line(self, text: str) -> None:
        self.pages[-1].append(text)

    def fact(self, case: Case, fact: str, sentence: str) -> None:
        self.line(sentence)
        self.facts.append((case.key, fact, sentence))

    def new_page(self) -> None:
        self.pages.append([])


def uk(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def outcome_sentence(case: Case, outcome: str, when: date) -> str:
    """The sentence that states an outcome, in an officer's words."""
    suspect = case.suspect_name(case.suspects[0]) if case.suspects else "the suspect"
    return {
        "charged": f"On {uk(when)} {suspect} was charged with {case.offence} and bailed to appear at "
                   f"{case.force.town} Magistrates' Court.",
        "cautioned": f"On {uk(when)} {suspect} admitted the offence in interview and was given a simple "
                     "caution.",
        "nfa_insufficient_evidence": f"Finalised on {uk(when)}: no further action, as there is insufficient "
                                     "evidence to provide a realistic prospect of conviction.",
        "nfa_victim_did_not_support": f"{case.subject} has stated that she does not wish to support a "
                                      f"prosecution, and the crime was finalised as NFA on {uk(when)}.",
        "nfa_cps_advice": f"The file was submitted to the CPS, who advised on {uk(when)} that no further "
                          "action be taken; the case is NFA on CPS advice.",
        "nfa_not_in_public_interest": f"On {uk(when)} the case was finalised as no further action, a "
                                      "prosecution not being in the public interest.",
        "nfa": f"Crime finalised NFA on {uk(when)} by {case.supervisor.officer}.",
        "filed_undetected": f"Crime filed as undetected on {uk(when)} pending any further information.",
        "open": f"As at {uk(when)} the investigation remains open and enquiries are continuing.",
    }[outcome]


def suspect_sentence(case: Case, person: Person, rng: random.Random) -> str:
    """How a crime report records why someone is a suspect."""
    name = case.suspect_name(person)
    when = uk(case.reported + timedelta(days=rng.randint(1, 20)))
    if person.evidence in ("arrested", "charged"):
        return f"{name} was arrested on {when} on suspicion of {case.offence}."
    if person.evidence == "interviewed":
        return (f"{name} attended by appointment and was interviewed under caution on {when}; "
                "he made no comment.")
    return f"{case.subject} named {name} as one of the men involved, and {name} is recorded as a suspect."


def ties(case: Case) -> str | None:
    """The sentence saying which references are the same case, when there are several."""
    if case.crime and case.incident:
        return f"{case.incident} refers; crime number {case.crime}."
    if case.crime and case.referral:
        return f"Council referral {case.referral} relates to crime number {case.crime}."
    if case.incident and case.referral:
        return f"Incident {case.incident} was passed to the council as referral {case.referral}."
    return None


def incident_log(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    doc = Doc(f"{force.key}/police/logs/log_{number:03d}.txt", "txt", "incident log", case.reported)
    hour = rng.randint(0, 22)
    doc.line(f"{force.police.upper()} - COMMAND AND CONTROL - INCIDENT LOG")
    doc.line(f"Incident: {case.incident}")
    doc.fact(case, "reported", f"Reported: {uk(case.reported)} {hour:02d}:{rng.randint(0, 59):02d}")
    doc.line("Type: CONCERN FOR SAFETY OF CHILD")
    doc.line(f"{hour:02d}:05 Caller is the mother of {case.subject}. She reports that {case.subject} "
             "has been going missing overnight and coming home with alcohol and a new phone.")
    if case.vehicles:
        doc.line(f"{hour:02d}:09 Caller states {case.subject} was seen getting into a {case.vehicles[0]}.")
    doc.line(f"{hour + 1:02d}:20 Attended by {case.officer.officer}; {case.subject} spoken to at home.")
    if case.crime:
        doc.fact(case, "tie", f"{hour + 1:02d}:55 Crime report raised. {case.incident} refers; crime number "
                              f"{case.crime}.")
    elif case.referral:
        doc.fact(case, "tie", f"{hour + 1:02d}:55 {ties(case)}")
    else:
        doc.line(f"{hour + 1:02d}:55 Log resulted: passed to the CID office for review in the morning.")
    return doc


def crime_report(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    doc = Doc(f"{force.key}/police/crime_reports/crime_report_{number:03d}.pdf", "pdf", "crime report",
              case.reported + timedelta(days=1))
    doc.line(f"{force.police.upper()} - CRIME REPORT")
    doc.line(f"Crime number: {case.crime}")
    tie = ties(case)
    if tie:
        doc.fact(case, "tie", tie)
    if case.referral and case.incident:
        doc.fact(case, "tie", f"Council referral {case.referral} relates to crime number {case.crime}.")
    doc.fact(case, "reported", f"Date reported: {uk(case.reported)}")
    doc.line(f"Offence: {case.offence}")
    doc.line(f"Victim: {case.subject} (identity held on the restricted file)")
    doc.line(f"Officer in case: {case.officer.officer}")
    doc.line(f"Circumstances: {case.subject} disclosed to her mother that older men had given her alcohol "
             "and taken her to addresses in the town.")
    suspect_lines(doc, case, rng)
    doc.new_page()
    doc.line(f"Crime number {case.crime} - investigation update")
    update_lines(doc, case, rng)
    return doc


def suspect_lines(doc: Doc, case: Case, rng: random.Random) -> None:
    for position, person in enumerate(case.suspects):
        sentence = suspect_sentence(case, person, rng)
        if position < len(case.addresses):
            sentence += f" Home address: {case.addresses[position]}."
        doc.line(sentence)
    for address in case.addresses[len(case.suspects):]:
        doc.line(f"{case.subject} describes being taken to {address}.")
    for vehicle in case.vehicles:
        doc.line(f"{case.subject} describes being collected in a {vehicle}.")
    for phone in case.phones:
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "an unknown male"
        doc.line(f"{case.subject}'s phone held messages from {phone}, a number attributed to {owner}.")
    if case.eliminated:
        name = case.suspect_name(case.eliminated)
        doc.line(f"{name} was spoken to and eliminated from the enquiry; he is not a suspect.")
    if not case.suspects:
        doc.line("Suspect: no suspect identified at this time.")


def update_lines(doc: Doc, case: Case, rng: random.Random) -> None:
    step = case.reported + timedelta(days=rng.randint(2, 9))
    if case.witness:
        doc.line(f"{uk(step)}: statement obtained from {case.witness.plain} ({case.witness.job}).")
    doc.line(f"{uk(step)}: strategy discussion with {case.professional.plain} ({case.professional.job}), "
             f"{case.force.council}.")
    if case.outcome_initial == "unknown":
        doc.line(f"Supervisor's review ({case.supervisor.officer}): see the file. No further entries.")
        return
    when = case.closed or (case.reported + timedelta(days=rng.randint(30, 120)))
    doc.line(f"Supervisor's review ({case.supervisor.officer}).")
    doc.fact(case, "outcome" if not case.reopened else "outcome_initial",
             outcome_sentence(case, case.outcome_initial, when))
    if case.closed:
        fact = "closed" if not case.reopened else "closed_initial"
        doc.fact(case, fact, f"Date finalised: {uk(case.closed)}")


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """An MG11-style witness statement: the reference on page 1, the signature on page 2."""
    force = case.force
    day = case.reported + timedelta(days=rng.randint(1, 25))
    doc = Doc(f"{force.key}/police/statements/mg11_{number:03d}.pdf", "pdf", "MG11 statement", day)
    doc.line("RESTRICTED (when complete)                                   MG11")
    doc.line("WITNESS STATEMENT")
    doc.line("Criminal Procedure Rules r. 27.2; Criminal Justice Act 1967, s. 9; "
             "Magistrates' Courts Act 1980, s. 5B")
    doc.line(f"URN: {case.crime or case.incident}")
    if person.role == "officer":
        doc.line(f"Statement of: {person.forename} {person.surname}    Occupation: police officer "
                 f"({person.rank} {person.collar})")
        arrest_narrative(doc, case, rng)
    else:
        doc.line(f"Statement of: {person.plain}    Occupation: {person.job}")
        witness_narrative(doc, case, person)
    doc.new_page()
    doc.line(f"Continuation of statement of {person.forename} {person.surname.title()}. Page 2 of 2.")
    doc.line("I have read this statement and it is true to the best of my knowledge and belief.")
    doc.line(f"Signed and dated {uk(day)}. Statement taken by {case.officer.officer}.")
    return doc


def arrest_narrative(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    name = case.suspect_name(person)
    place = case.addresses[0] if case.addresses else f"an address in {case.force.town}"
    doc.line(f"At 0640 hours on {uk(case.reported + timedelta(days=rng.randint(1, 20)))} I attended {place}, "
             f"where I arrested {name} on suspicion of {case.offence}.")
    doc.line("I cautioned him and he replied: 'I've done nothing wrong, she told me she was eighteen.'")
    doc.line(f"He was conveyed to {case.force.station.split(',')[0]} and booked into custody.")


def witness_narrative(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"I am a {witness.job} in {case.force.town}. I know the girl referred to as {case.subject} "
             "by sight.")
    if case.vehicles:
        doc.line(f"On several evenings I saw her get into a {case.vehicles[0]}.")
    if case.suspects:
        doc.line(f"I know {case.suspects[0].plain} from around the town; I have seen him with young girls.")
    else:
        doc.line("I could not say who the men were.")


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    day = case.reported + timedelta(days=rng.randint(0, 6))
    doc = Doc(f"{force.key}/council/referrals/referral_{number:03d}.docx", "docx", "council referral", day)
    doc.line(f"{force.council} - Children's Social Care")
    doc.line("REFERRAL RECORD")
    doc.line(f"Referral number: {case.referral}")
    doc.line(f"Date of referral: {uk(day)}")
    doc.line(f"Child: {case.subject}")
    doc.line(f"Referrer: {case.officer.officer}, {force.police}")
    if case.crime:
        doc.fact(case, "tie", f"Council referral {case.referral} relates to crime number {case.crime}.")
    elif case.incident:
        doc.fact(case, "tie", f"Police reference: incident {case.incident} refers.")
    doc.line(f"Concerns: {case.subject} is believed to be at risk of sexual exploitation by older males.")
    doc.line(f"Action: strategy discussion convened; case allocated to {case.professional.plain} "
             f"({case.professional.job}).")
    return doc


def email(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker, officer = case.force, case.professional, case.officer
    day = (case.closed or case.reported + timedelta(days=40)) + timedelta(days=rng.randint(1, 6))
    doc = Doc(f"{force.key}/council/email/message_{number:03d}.eml", "eml", "e-mail", day)
    ref = case.crime or case.incident or case.referral or ""
    doc.headers = {
        "From": f"{worker.plain} <{worker.forename.lower()}.{worker.surname.lower()}@{force.council_domain}>",
        "To": f"{officer.plain} <{officer.forename.lower()}.{officer.surname.lower()}@{force.police_domain}>",
        "Subject": f"{case.subject} - {ref}",
    }
    doc.line(f"{officer.forename},")
    if case.outcome_initial in ("unknown", "open") or case.reopened:
        doc.line(f"Could you let me know where things are with {ref}? The family are asking and I have "
                 "nothing on our system since the strategy discussion.")
    else:
        doc.line(f"Thank you for letting me know about {ref}. I will update our records and tell the family.")
    if case.referral and ref != case.referral:
        doc.line(f"Our referral number is {case.referral}.")
    doc.line(f"Regards, {worker.plain}, {worker.job}")
    return doc


def letter(case: Case, number: int) -> Doc:
    force = case.force
    day = (case.closed or case.reported) + timedelta(days=5)
    doc = Doc(f"{force.key}/police/letters/letter_{number:03d}.docx", "docx", "letter", day)
    doc.line(force.police)
    doc.line(force.station)
    doc.line(f"Our ref: {case.crime}")
    doc.line(long_date(day))
    doc.line("Dear Parent / Carer,")
    doc.line(f"I am writing about the investigation into the matters reported by {case.subject} on "
             f"{long_date(case.reported)}.")
    doc.fact(case, "outcome" if not case.reopened else "outcome_initial",
             outcome_sentence(case, case.outcome_initial, case.closed or day))
    doc.line(f"Yours faithfully, {case.officer.officer}")
    return doc


def minutes(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    day = case.reported + timedelta(days=rng.randint(5, 20))
    doc = Doc(f"{force.key}/council/minutes/strategy_meeting_{number:03d}.pdf", "pdf", "minutes", day)
    doc.line(f"{force.council} - STRATEGY MEETING MINUTES (CONFIDENTIAL)")
    doc.line(f"Held on {long_date(day)}. Subject: {case.subject}.")
    doc.line(f"Present: {case.professional.plain} ({case.professional.job}); {case.officer.officer}; "
             f"{case.supervisor.officer}.")
    refs = "; ".join(f"{kind} reference {value}" for kind, value in case.references)
    doc.line(f"References: {refs}.")
    doc.new_page()
    doc.line("Discussion")
    for person in case.suspects:
        doc.line(f"Intelligence links {case.suspect_name(person)} to {case.subject}.")
    for address in case.addresses:
        doc.line(f"The address {address} is of concern.")
    doc.line(f"Actions: {case.professional.plain} to visit within 48 hours; police to continue enquiries.")
    return doc
