"""The documents of each case, as text pages, with the facts and reference forms they state.

Built on the first set's `Doc` (pages of lines plus the facts they state). Every reference a
document prints goes through `cite`, which records the exact written form (a council's four-digit
year, a statement's URN without separators, a log line broken in the middle of a reference), so
the ground truth can say which pages cite each case in whatever form they use.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.phrases import outcome_sentence, suspect_sentence
from bench.cases_eval2.world import CLOSED_OUTCOMES, Case, Person, Ref

HEADERS = {
    "wendholme": ("OCCURRENCE BOOK", "CRIME RECORD"),
    "sallowmere": ("INCIDENT RECORD", "CRIME REPORT"),
    "ravensholt": ("CAD INCIDENT PRINT", "CRIME RECORD (CRIMES)"),
}
# Which written form of the crime number each kind of document uses, per force.
CRIME_FORM = {
    "wendholme": {"council": "long_year", "urn": "", "continuation": "", "email": "long_year"},
    "sallowmere": {"council": "spaced", "urn": "", "continuation": "spaced", "email": "spaced"},
    "ravensholt": {"council": "spaced", "urn": "compact", "continuation": "compact", "email": "compact"},
}


def cite(doc: Doc, case: Case, ref: Ref, style: str = "") -> str:
    """The reference as this document writes it, recorded for the ground truth."""
    written = ref.form(style) if style else ref.value
    doc.facts.append((case.key, f"ref:{ref.kind}", written))
    return written


def crime_form(case: Case, where: str) -> str:
    return CRIME_FORM[case.force.key][where]


def incident_log(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    doc = Doc(f"{force.key}/police/logs/log_{number:03d}.txt", "txt", "incident log", case.reported)
    hour = rng.randint(0, 21)
    doc.line(f"{force.police.upper()} - {HEADERS[force.key][0]}")
    doc.line(f"Ref: {cite(doc, case, case.incident)}")
    doc.fact(case, "reported", f"Reported: {case.when(case.reported)} {hour:02d}:{rng.randint(0, 59):02d}")
    doc.line("Category: CHILD PROTECTION / MISSING FROM HOME")
    doc.line(
        f"{hour:02d}:04 Informant is the foster carer of {case.subject}, who has been missing overnight "
        "again and returned with cigarettes and cash."
    )
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"{hour:02d}:11 {case.subject} was seen getting into a {item.description}, "
            f"index {case.written_item(item)}."
        )
    doc.line(f"{hour + 1:02d}:30 {case.officer.officer} attended; {case.subject} seen and spoken to.")
    tie_line(doc, case, hour, rng)
    return doc


def tie_line(doc: Doc, case: Case, hour: int, rng: random.Random) -> None:
    """The last entry of a log: the crime or referral it led to, sometimes broken across a line."""
    if case.crime:
        style = "split" if rng.random() < 0.45 and "split" in dict(case.crime.variants) else ""
        incident = case.incident.value
        doc.fact(
            case,
            "tie",
            f"{hour + 2:02d}:05 {incident} crimed - crime no. {cite(doc, case, case.crime, style)} raised.",
        )
    elif case.referral:
        doc.fact(
            case,
            "tie",
            f"{hour + 2:02d}:05 {case.incident.value} passed to children's services as "
            f"referral {cite(doc, case, case.referral)}.",
        )
    else:
        doc.line(f"{hour + 2:02d}:05 Log closed off: passed to the CID office for review in the morning.")


def crime_report(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    doc = Doc(
        f"{force.key}/police/crime_reports/crime_{number:03d}.pdf",
        "pdf",
        "crime report",
        case.reported + timedelta(days=1),
    )
    doc.line(f"{force.police.upper()} - {HEADERS[force.key][1]}")
    doc.line(f"Crime No: {cite(doc, case, case.crime)}")
    if case.incident:
        doc.fact(
            case, "tie", f"Originating incident: {cite(doc, case, case.incident)}; crime {case.crime.value}."
        )
    if case.referral:
        doc.fact(
            case,
            "tie",
            f"Children's services referral {cite(doc, case, case.referral)} relates to "
            f"crime {case.crime.value}.",
        )
    doc.fact(case, "reported", f"Date reported: {case.when(case.reported)}")
    doc.line(f"Offence: {case.offence}")
    doc.line(f"Aggrieved: {case.subject} (details held on the restricted file)")
    doc.line(f"OIC: {case.officer.officer}")
    doc.line(
        f"MO: {case.subject} told a teacher that men had given her vodka and driven her to flats in "
        f"{force.town}."
    )
    suspect_lines(doc, case, rng)
    doc.new_page()
    doc.line(f"Crime {cite(doc, case, case.crime, crime_form(case, 'continuation'))} - continuation sheet")
    update_lines(doc, case, rng)
    return doc


def suspect_lines(doc: Doc, case: Case, rng: random.Random) -> None:
    homes = case.of("address")
    for position, person in enumerate(case.suspects):
        sentence = suspect_sentence(case, person, rng)
        if position < len(homes):
            sentence += f" Home address: {case.written_item(homes[position])}."
        doc.line(sentence)
    for item in homes[len(case.suspects) :]:
        doc.line(f"{case.subject} describes being taken to {case.written_item(item)}.")
    for item in case.of("vehicle"):
        doc.line(f"{case.subject} was collected in a {item.description}, VRM {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "an unknown male"
        doc.line(
            f"Texts to {case.subject} came from {case.written_item(item)}, believed to be used by {owner}."
        )
    if case.eliminated:
        name = case.suspect_name(case.eliminated)
        doc.line(f"{name} was traced and spoken to, and has been eliminated: he is not a suspect.")
    if not case.suspects:
        doc.line("Suspects: none identified.")


def update_lines(doc: Doc, case: Case, rng: random.Random) -> None:
    step = case.reported + timedelta(days=rng.randint(2, 9))
    if case.witness:
        doc.line(f"{case.when(step)}: statement taken from {case.witness.plain} ({case.witness.job}).")
    doc.line(
        f"{case.when(step)}: strategy discussion with {case.professional.plain} "
        f"({case.professional.job}), {case.force.council}."
    )
    if case.outcome_initial == "unknown":
        unknown_ending(doc, case, step)
        return
    when = case.closed or (case.reported + timedelta(days=rng.randint(30, 120)))
    doc.line(f"Supervisor: {case.supervisor.officer}.")
    doc.fact(
        case,
        "outcome" if not case.reopened else "outcome_initial",
        outcome_sentence(case, case.outcome_initial, when),
    )
    if case.closed:
        doc.fact(
            case,
            "closed" if not case.reopened else "closed_initial",
            f"Date finalised: {case.when(case.closed)}",
        )


def unknown_ending(doc: Doc, case: Case, step: date) -> None:
    """The last page of a case whose outcome is never written: it stops, or waits on advice."""
    if case.referral:
        doc.line(f"{case.when(step + timedelta(days=30))}: file forwarded to the CPS for charging advice.")
    doc.line(f"Supervisor ({case.supervisor.officer}): to be reviewed. No further entries.")


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """An MG11-style witness statement: the URN on page 1, the declaration on page 2."""
    force = case.force
    day = case.reported + timedelta(days=rng.randint(1, 25))
    doc = Doc(f"{force.key}/police/statements/mg11_{number:03d}.pdf", "pdf", "MG11 statement", day)
    doc.line("RESTRICTED (when complete)                                   MG11")
    doc.line("WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, s.5B)")
    urn = (
        cite(doc, case, case.crime, crime_form(case, "urn")) if case.crime else cite(doc, case, case.incident)
    )
    doc.line(f"URN: {urn}")
    if person.role == "officer":
        doc.line(
            f"Statement of: {person.plain}    Occupation: police officer ({person.rank} {person.collar})"
        )
        arrest_narrative(doc, case, rng)
    else:
        doc.line(f"Statement of: {person.plain}    Occupation: {person.job}")
        witness_narrative(doc, case, person)
    doc.new_page()
    doc.line(f"Continuation of statement of {person.plain}. Page 2 of 2.")
    doc.line("This statement is true to the best of my knowledge and belief.")
    doc.line(f"Signed {case.when(day)}. Witnessed by {case.officer.officer}.")
    return doc


def arrest_narrative(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"an address in {case.force.town}"
    doc.line(
        f"At 0615 hours on {case.when(case.reported + timedelta(days=rng.randint(1, 20)))} I went to "
        f"{place}, where I arrested {case.suspect_name(person)} for {case.offence}."
    )
    doc.line("After caution he replied: 'She said she was sixteen.'")
    doc.line(f"He was taken to {case.force.station.split(',')[0]} and booked in.")


def witness_narrative(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(
        f"I work as a {witness.job} in {case.force.town}. I know the girl called {case.subject} by sight."
    )
    for item in case.of("vehicle")[:1]:
        doc.line(f"I often saw her get into a {item.description}, registration {case.written_item(item)}.")
    if case.suspects:
        doc.line(
            f"I know {case.suspects[0].plain} by sight; I have seen him hanging around with young girls."
        )
    else:
        doc.line("I did not know any of the men.")


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    day = case.reported + timedelta(days=rng.randint(0, 6))
    doc = Doc(f"{force.key}/council/referrals/referral_{number:03d}.docx", "docx", "council referral", day)
    doc.line(f"{force.council} - Children's Services")
    doc.line("CONTACT AND REFERRAL RECORD")
    doc.line(f"Referral no.: {cite(doc, case, case.referral)}")
    doc.line(f"Received: {case.when(day)}")
    doc.line(f"Child: {case.subject}")
    doc.line(f"Referred by: {case.officer.officer}, {force.police}")
    if case.crime:
        doc.fact(
            case,
            "tie",
            f"Police crime number {cite(doc, case, case.crime, crime_form(case, 'council'))} "
            f"relates to this referral ({case.referral.value}).",
        )
    elif case.incident:
        doc.fact(
            case,
            "tie",
            f"Police incident {cite(doc, case, case.incident)} relates to this referral "
            f"({case.referral.value}).",
        )
    doc.line(f"Concern: {case.subject} is thought to be at risk of sexual exploitation by adult males.")
    doc.line(
        f"Outcome of contact: strategy discussion; allocated to {case.professional.plain} "
        f"({case.professional.job})."
    )
    return doc


def email(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker, officer = case.force, case.professional, case.officer
    day = (case.closed or case.reported + timedelta(days=40)) + timedelta(days=rng.randint(1, 6))
    doc = Doc(f"{force.key}/council/email/message_{number:03d}.eml", "eml", "e-mail", day)
    if case.crime:
        ref = cite(doc, case, case.crime, crime_form(case, "email"))
    else:
        ref = cite(doc, case, case.incident or case.referral)
    doc.headers = {
        "From": f"{worker.plain} <{worker.forename.lower()}.{worker.surname.lower()}@{force.council_domain}>",
        "To": f"{officer.plain} <{officer.forename.lower()}.{officer.surname.lower()}@{force.police_domain}>",
        "Subject": f"{case.subject} - your ref {ref}",
    }
    doc.line(f"Dear {officer.forename},")
    if case.outcome_initial in ("unknown", "open") or case.reopened:
        doc.line(
            f"Is there any news on {ref}? The carers keep asking me and our system shows nothing since "
            "the strategy discussion."
        )
    else:
        doc.line(f"Thanks for the update on {ref}; I will record it on our system and let the carers know.")
    if case.referral and case.crime:
        ours = cite(doc, case, case.referral, first_variant(case.referral))
        doc.line(f"For your records our referral is {ours}.")
    doc.line(f"Kind regards, {worker.plain}, {worker.job}")
    return doc


def first_variant(ref: Ref) -> str:
    return ref.variants[0][0] if ref.variants else ""


def letter(case: Case, number: int) -> Doc:
    force = case.force
    day = (case.closed or case.reported) + timedelta(days=5)
    doc = Doc(f"{force.key}/police/letters/letter_{number:03d}.docx", "docx", "letter", day)
    doc.line(force.police)
    doc.line(force.station)
    doc.line(f"Our reference: {cite(doc, case, case.crime)}")
    doc.line(f"{day.day} {day:%B %Y}")
    doc.line("Dear Carer,")
    doc.line(f"I am writing about the matters {case.subject} reported to us on {case.when(case.reported)}.")
    doc.fact(
        case,
        "outcome" if not case.reopened else "outcome_initial",
        outcome_sentence(case, case.outcome_initial, case.closed or day),
    )
    doc.line(f"Yours sincerely, {case.officer.officer}")
    return doc


def minutes(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    day = case.reported + timedelta(days=rng.randint(5, 20))
    doc = Doc(f"{force.key}/council/minutes/strategy_{number:03d}.pdf", "pdf", "minutes", day)
    doc.line(f"{force.council.upper()} - STRATEGY MEETING (CONFIDENTIAL)")
    doc.line(f"Date: {case.when(day)}. Young person: {case.subject}.")
    doc.line(
        f"Attendees: {case.professional.plain} ({case.professional.job}); {case.officer.officer}; "
        f"{case.supervisor.officer}."
    )
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            doc.line(f"{ref.kind.capitalize()} reference: {cite(doc, case, ref)}")
    doc.new_page()
    doc.line("Discussion")
    for person in case.suspects:
        doc.line(f"Police intelligence connects {case.suspect_name(person)} with {case.subject}.")
    for item in case.of("address"):
        doc.line(f"Concern about the address {case.written_item(item)}.")
    doc.line(
        f"Actions: {case.professional.plain} to see {case.subject} within 48 hours; police enquiries "
        "to continue."
    )
    return doc


def case_documents(case: Case, counter: dict[str, int], rng: random.Random) -> list[Doc]:
    """The files one case leaves behind; which ones depends on its references and people."""

    def number(kind: str) -> int:
        counter[kind] += 1
        return counter[kind]

    out: list[Doc] = []
    if case.incident:
        out.append(incident_log(case, number("log"), rng))
    if case.crime:
        out.append(crime_report(case, number("crime"), rng))
    if case.crime and any(p.evidence in ("arrested", "charged") for p in case.suspects):
        out.append(statement(case, number("mg11"), case.officer, rng))
    if case.witness and (case.crime or case.incident):
        out.append(statement(case, number("mg11"), case.witness, rng))
    if case.referral:
        out.append(referral(case, number("referral"), rng))
    if rng.random() < 0.8:
        out.append(email(case, number("email"), rng))
    if case.crime and case.outcome_initial in CLOSED_OUTCOMES and rng.random() < 0.55:
        out.append(letter(case, number("letter")))
    if rng.random() < 0.5 or (case.referral and not case.crime):
        out.append(minutes(case, number("minutes"), rng))
    return out
