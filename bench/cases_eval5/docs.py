"""The documents of each case of the fifth set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds are a force's incident history (plain text, or a
control-room export as an HTML table), crime reports, arrest and witness statements, custody
records, intelligence reports, council contact records (HTML, or a DOCX table), multi-agency
meeting notes, e-mail threads that quote the message they answer, letters to the family,
complaints to the force or the council and, in one force, the crime system's audit trail that
holds the outcome instead of the crime report. A line with " | " between its cells is a table row
when the format has tables (HTML, DOCX). Which written form of a reference each kind prints is
chosen per force in `FORM`.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval5.phrases import (
    closed_sentence,
    eliminated_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval5.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a reference each kind of document prints, per force ("" = the usual form).
FORM = {
    "marlstone": {"council": "long", "statement": "spaced", "continuation": "nozero", "email": "spaced"},
    "eddisford": {"council": "dotted", "statement": "long", "continuation": "nozero", "email": "dotted"},
    "fenlow": {"council": "short", "statement": "spaced", "continuation": "short", "email": "spaced"},
}
# The force whose crime report leaves the outcome to the crime system's audit trail.
AUDIT_FORCE = "fenlow"
FORMATS = {  # the format of each kind of document, per force
    "marlstone": {
        "incident": "txt",
        "referral": "html",
        "minutes": "docx",
        "letter": "docx",
        "statement": "pdf",
    },
    "eddisford": {
        "incident": "html",
        "referral": "docx",
        "minutes": "pdf",
        "letter": "pdf",
        "statement": "docx",
    },
    "fenlow": {
        "incident": "txt",
        "referral": "html",
        "minutes": "docx",
        "letter": "docx",
        "statement": "pdf",
    },
}
EXTENSION = {"txt": "txt", "html": "html", "docx": "docx", "pdf": "pdf", "eml": "eml"}


def form(case: Case, where: str, ref: Ref) -> str:
    """The style a kind of document uses, when the reference has that form (else the usual one)."""
    style = FORM[case.force.key][where]
    return style if style in dict(ref.variants) else ""


def variant(ref: Ref, position: int = 0) -> str:
    """The style of one of a reference's other written forms (none: the usual form)."""
    return ref.variants[position % len(ref.variants)][0] if ref.variants else ""


def new_doc(case: Case, folder: str, stem: str, kind: str, fmt: str, day: date) -> Doc:
    return Doc(f"{case.force.key}/{folder}/{stem}.{EXTENSION[fmt]}", fmt, kind, day)


def incident_log(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["incident"]
    doc = new_doc(
        case, "police/control_room", f"incident_history_{number:03d}", "incident log", fmt, case.reported
    )
    hour, operator = rng.randint(6, 19), f"OP{rng.randint(1000, 9999)}"
    title = {
        "marlstone": "MARLSTONE POLICE CONTROL ROOM - INCIDENT HISTORY PRINT",
        "eddisford": "Eddisford Constabulary - control room export",
        "fenlow": "FENLOW POLICE | INCIDENT RECORD | PRINTED FROM CONTROL ROOM SYSTEM",
    }[force.key]
    doc.line(title)
    doc.line(f"Incident number | {cite(doc, case, case.incident)}")
    doc.fact(case, "reported", reported_sentence(case))
    rows = [
        f"{hour:02d}:{rng.randint(10, 29)} | {operator} | Caller is the {relation(case)} of {case.subject}, "
        "who came home at 4am with a new mobile and would not say where she had been.",
        f"{hour:02d}:{rng.randint(30, 49)} | {operator} | {case.subject} was dropped off at the end of "
        "the road by two older men.",
    ]
    for item in case.of("vehicle")[:1]:
        rows.append(
            f"{hour:02d}:52 | {operator} | Car described as a {item.description}, "
            f"reg {case.written_item(item)}."
        )
    rows.append(f"{hour + 1:02d}:15 | {operator} | {case.officer.officer} assigned.")
    for row in rows:
        doc.line(row)
    incident_result(doc, case, hour, operator)
    return doc


def relation(case: Case) -> str:
    return "aunt" if case.outcome_initial == "unknown" else "key worker at the residential unit"


def incident_result(doc: Doc, case: Case, hour: int, operator: str) -> None:
    """The last entry: the crime or referral it led to, or a complaint and nothing after it."""
    when = f"{hour + 2:02d}:40 | {operator} | "
    if case.crime:
        doc.fact(
            case,
            "tie",
            f"{when}Crime recorded: {cite(doc, case, case.crime)} (from incident {case.incident.value}).",
        )
    elif case.referral:
        doc.fact(
            case,
            "tie",
            f"{when}No crime recorded. Council children's services told; their number "
            f"{cite(doc, case, case.referral)} for incident {case.incident.value}.",
        )
    else:
        doc.line(
            f"{when}Caller angry that her call of last week was never returned; "
            "she wants to make a complaint."
        )
        doc.line(f"{hour + 2:02d}:48 | {operator} | Complaint noted for the duty inspector to call her back.")


def crime_report(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    doc = new_doc(
        case,
        "police/crime",
        f"crime_record_{number:03d}",
        "crime report",
        "pdf",
        case.reported + timedelta(days=1),
    )
    doc.line(
        {
            "marlstone": "MARLSTONE POLICE - CRIME RECORD (FULL PRINT)",
            "eddisford": "EDDISFORD CONSTABULARY - RECORD OF CRIME AND INVESTIGATION",
            "fenlow": "FENLOW POLICE - CRIME RECORD SUMMARY",
        }[force.key]
    )
    doc.line(f"Crime ref: {cite(doc, case, case.crime)}")
    if case.incident:
        doc.fact(
            case,
            "tie",
            f"Source incident: {cite(doc, case, case.incident)}, linked to crime {case.crime.value}.",
        )
    if case.referral:
        doc.fact(
            case,
            "tie",
            f"Children's services number {cite(doc, case, case.referral)} for crime {case.crime.value}.",
        )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Offence recorded: {case.offence}")
    doc.line(f"Injured party: {case.subject} (identity held on the protected victim index)")
    doc.line(f"Officer in the case: {case.officer.officer}")
    doc.line(
        f"Circumstances: {case.subject} reports being picked up near the bus station in {force.town} and "
        "taken to houses where she was given alcohol."
    )
    suspect_lines(doc, case, rng)
    doc.new_page()
    doc.line(f"Crime ref {cite(doc, case, case.crime, form(case, 'continuation', case.crime))} - page two")
    update_lines(doc, case, rng)
    return doc


def suspect_lines(doc: Doc, case: Case, rng: random.Random) -> None:
    homes = case.of("address")
    for position, person in enumerate(case.suspects):
        doc.line(suspect_sentence(case, person, rng))
        if position < len(homes):
            doc.line(f"Lives at {case.written_item(homes[position])}.")
    for item in homes[len(case.suspects) :]:
        doc.line(f"{case.subject} says she was taken to {case.written_item(item)} more than once.")
    for item in case.of("vehicle"):
        doc.line(f"Car linked to the offending: {item.description}, index {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "a man not yet traced"
        doc.line(f"Calls to {case.subject} were made from {case.written_item(item)}; attributed to {owner}.")
    if case.eliminated:
        doc.line(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        doc.line("No suspect has been identified.")


def update_lines(doc: Doc, case: Case, rng: random.Random) -> None:
    step = case.reported + timedelta(days=rng.randint(1, 9))
    if case.witness:
        doc.line(f"{case.when(step)} - account obtained from {case.witness.short}, {case.witness.job}.")
    doc.line(
        f"{case.when(step)} - joint visit agreed with {case.professional.short}, {case.professional.job}."
    )
    if case.outcome_initial == "unknown":
        later = case.when(step + timedelta(days=35))
        doc.line(f"{later} - papers sent up to {case.supervisor.officer} to decide what happens next.")
        doc.line("Nothing recorded after this entry.")
        return
    doc.line(f"Supervising officer: {case.supervisor.officer}.")
    if case.force.key == AUDIT_FORCE:
        doc.line("Finalisation: see the crime system audit trail.")
        return
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    doc.fact(
        case,
        "outcome" if not case.reopened else "outcome_initial",
        outcome_sentence(case, case.outcome_initial, when),
    )
    if case.closed:
        doc.fact(
            case, "closed" if not case.reopened else "closed_initial", closed_sentence(case, case.closed)
        )


def audit_trail(case: Case, number: int, rng: random.Random) -> Doc:
    """The crime system's audit trail: the one place this force records the outcome."""
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    day = (case.final_date or when) if case.reopened else when
    doc = new_doc(case, "police/crime_system", f"audit_trail_{number:03d}", "audit trail", "html", day)
    doc.line("Fenlow Police - crime system - audit trail")
    doc.line(f"Crime | {cite(doc, case, case.crime, variant(case.crime, number))}")
    doc.line("Date | Event | Detail")
    doc.fact(case, "reported", reported_sentence(case))
    allocated = case.reported + timedelta(days=rng.randint(1, 6))
    doc.line(f"{case.when(allocated)} | allocation | allocated to {case.officer.officer}")
    doc.line(f"{case.when(allocated)} | status change | INV - investigation live")
    initial = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, initial, outcome_sentence(case, case.outcome_initial, when))
    if case.closed:
        doc.fact(
            case, "closed" if not case.reopened else "closed_initial", closed_sentence(case, case.closed)
        )
    if case.reopened:
        doc.line(f"{case.when(case.reopened)} | status change | INV - reopened by the historic review")
        doc.fact(case, "outcome", outcome_sentence(case, case.outcome_final, case.final_date))
        if case.outcome_final in CLOSED_OUTCOMES:
            doc.fact(case, "closed", closed_sentence(case, case.final_date))
    return doc


def officer_statement(case: Case, number: int, rng: random.Random) -> Doc:
    return statement(case, number, case.officer, rng)


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """A witness statement: the reference at the head, the declaration and signature after it."""
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    doc = new_doc(case, "police/statements", f"witness_statement_{number:03d}", "statement", fmt, day)
    doc.line("WITNESS STATEMENT (s.9 CJA 1967; CrimPR Part 16)")
    if case.crime:
        doc.line(f"Crime {cite(doc, case, case.crime, form(case, 'statement', case.crime))}")
    else:
        doc.line(f"Incident {cite(doc, case, case.incident)}")
    if person.role == "officer":
        doc.line(f"Name: {person.short}. Rank and number: {person.rank} {person.collar}. Over 18.")
        arrest_narrative(doc, case, rng)
    else:
        doc.line(f"Name: {person.short}. Over 18. Job: {person.job}.")
        witness_narrative(doc, case, person)
    if fmt == "pdf":
        doc.new_page()
    doc.line(f"Signature: {person.short}.")
    doc.line("I believe the facts stated here are true. I know that this statement may be used in court and")
    doc.line("that I would commit an offence if I had knowingly put anything false or misleading into it.")
    doc.line(f"Taken on {case.when(day)} by {case.officer.officer}.")
    return doc


def arrest_narrative(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"a house in {case.force.town}"
    when = case.when(case.reported + timedelta(days=rng.randint(1, 20)))
    doc.line(f"Early on {when} I attended {place} with other officers.")
    doc.line(f"I arrested {case.suspect_name(person)} for {case.offence} and gave him the caution.")
    doc.line("In reply he said: 'I don't know any girl by that name.'")
    doc.line(f"He was conveyed to {case.force.station.split(',')[0]} and booked in.")


def witness_narrative(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"I am a {witness.job} in {case.force.town}. I recognise the girl called {case.subject}.")
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"Several times I saw her climb into a {item.description}, "
            f"number plate {case.written_item(item)}."
        )
    if case.suspects:
        doc.line(
            f"The man at the wheel was the one I know as {case.suspects[0].short}; he hangs about the shops."
        )
    else:
        doc.line("I do not know who her companions were.")


def custody_record(case: Case, number: int, rng: random.Random) -> Doc:
    """A custody record's front sheet: who was detained, why, and the interview."""
    force = case.force
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "police/custody", f"custody_record_{number:03d}", "custody record", "pdf", day)
    doc.line(f"CUSTODY RECORD - {force.station.split(',')[0].upper()}")
    doc.line(f"Crime reference: {cite(doc, case, case.crime)}")
    doc.line(f"Detained person: {case.suspect_name(person)}")
    doc.line(f"Booked in: {case.when(day)} {rng.randint(10, 23):02d}:{rng.randint(0, 59):02d}")
    doc.line(f"Grounds for detention: to secure and preserve evidence and to interview ({case.offence}).")
    doc.line(f"Arresting officer: {case.officer.officer}")
    doc.line("Interviewed under caution on tape; detained person answered 'no comment' throughout.")
    doc.line(f"Released on bail to return on {case.when(day + timedelta(days=28))}.")
    return doc


def intelligence_report(case: Case, number: int, rng: random.Random) -> Doc:
    """An intelligence log entry that ties a vehicle or phone to the case's suspect."""
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(
        case, "police/intelligence", f"intelligence_{number:03d}", "intelligence report", "txt", day
    )
    doc.line(f"{case.force.police.upper()} - INTELLIGENCE SUBMISSION (graded B/2/4)")
    ref = case.crime or case.incident
    doc.line(f"Linked reference: {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "an unidentified man"
    for item in case.of("vehicle"):
        doc.line(
            f"Source reports that {who} drives a {item.description}, registration {case.written_item(item)}."
        )
    for item in case.of("phone"):
        doc.line(f"Source reports that {who} gives girls the number {case.written_item(item)}.")
    doc.line(f"Submitted {case.when(day)} by {case.officer.officer}. Handling code 1.")
    return doc


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "council/childrens_services", f"contact_record_{number:03d}", "referral", fmt, day)
    doc.line(f"{force.council} - Children's Services - Contact Record")
    doc.line(f"Contact number | {cite(doc, case, case.referral)}")
    doc.line(f"Date of contact | {case.when(day)}")
    doc.line(f"Child | {case.subject}")
    if case.council_only:
        doc.line(f"Contact from | {case.professional.short}, {case.professional.job}")
        doc.line("Police informed | not at this stage")
    else:
        doc.line(f"Contact from | {case.officer.officer}, {force.police}")
    if case.crime:
        police = cite(doc, case, case.crime, form(case, "council", case.crime))
        doc.fact(
            case,
            "tie",
            f"Police reference | crime {police} is the police record of this contact ({case.referral.value})",
        )
    elif case.incident:
        police = cite(doc, case, case.incident, variant(case.incident))
        doc.fact(
            case,
            "tie",
            f"Police reference | incident {police} is the police record of this contact "
            f"({case.referral.value})",
        )
    doc.line(f"Reason for contact | worry that older men are grooming {case.subject} for sex")
    doc.line(f"Decision | allocate for assessment to {case.professional.short}, {case.professional.job}")
    return doc


def meeting_notes(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "council/meetings", f"mase_notes_{number:03d}", "minutes", fmt, day)
    doc.line(f"{force.council} - Multi-Agency Sexual Exploitation (MASE) meeting - notes")
    doc.line(f"Held {case.when(day)}, about {case.subject}.")
    present = f"{case.professional.short} ({case.professional.job})"
    doc.line(f"Present: {present}" + ("" if case.council_only else f"; {case.officer.officer}") + ";")
    doc.line(
        f"chaired by {case.supervisor.short} (service manager)."
        if case.council_only
        else f"chaired by {case.supervisor.officer}."
    )
    labels = {
        "crime": "Police crime ref",
        "incident": "Police incident",
        "referral": "Children's services no.",
    }
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref) if ref.kind == "incident" else ""
            doc.line(f"{labels[ref.kind]} | {cite(doc, case, ref, style)}")
    if fmt == "pdf":
        doc.new_page()
    doc.line("Police update" if not case.council_only else "Update from the allocated worker")
    for person in case.suspects:
        doc.line(f"{case.suspect_name(person)} has been seen with {case.subject} on several occasions.")
    for item in case.of("address"):
        doc.line(f"Address of concern: {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Phone of concern: {case.written_item(item)}.")
    doc.line(
        f"Action | {case.professional.short} to see {case.subject} within five working days | outstanding"
    )
    doc.line("Action | review in six weeks | outstanding")
    return doc


def email_thread(case: Case, number: int, rng: random.Random) -> Doc:
    """A reply that quotes the message it answers, as mail clients write it."""
    force, worker, officer = case.force, case.professional, case.officer
    day = (case.closed or case.reported + timedelta(days=45)) + timedelta(days=rng.randint(1, 7))
    doc = new_doc(case, "council/mail", f"thread_{number:03d}", "e-mail", "eml", day)
    if case.crime:
        ref = cite(doc, case, case.crime, form(case, "email", case.crime))
    else:
        other = case.incident or case.referral
        ref = cite(doc, case, other, variant(other))
    worker_mail = f"{worker.forename.lower()}.{worker.surname.lower()}@{force.council_domain}"
    officer_mail = f"{officer.surname.lower()}{officer.collar}@{force.police_domain}"
    doc.headers = {
        "From": f"{worker.short} <{worker_mail}>",
        "To": f"{officer.short} <{officer_mail}>",
        "Subject": f"RE: {case.subject} - {ref}",
    }
    doc.line(f"Thanks {officer.forename}, I'll put a note on our file.")
    doc.line(f"{worker.short}, {worker.job}")
    doc.line("")
    doc.line(f"On {case.when(day - timedelta(days=1))}, {officer.short} wrote:")
    if case.outcome_initial in ("unknown", "open") or case.reopened or case.council_only:
        doc.line(f"> Apologies, I still have nothing back on {ref}. I'll let you know once I do.")
    else:
        doc.line(f"> {ref}: my part is done and the family have been updated.")
    if case.referral and case.crime:
        doc.line(f"> Your number on this one is {cite(doc, case, case.referral, variant(case.referral, 1))}.")
    doc.line(f"> {officer.officer}")
    return doc


def council_email(case: Case, number: int, rng: random.Random) -> Doc:
    """Between two council workers, about a case the police never heard of."""
    force, worker = case.force, case.professional
    day = case.reported + timedelta(days=rng.randint(20, 50))
    doc = new_doc(case, "council/mail", f"thread_{number:03d}", "e-mail", "eml", day)
    ref = cite(doc, case, case.referral, variant(case.referral))
    doc.headers = {
        "From": f"{worker.short} <{worker.forename.lower()}.{worker.surname.lower()}@{force.council_domain}>",
        "To": f"Duty Team Manager <duty.manager@{force.council_domain}>",
        "Subject": f"{ref} - {case.subject}",
    }
    doc.line(f"{ref}: I have still not been able to see {case.subject}, and the family have complained.")
    doc.line("Can we talk about whether this goes to the police?")
    doc.line(f"{worker.short}")
    return doc


def family_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=4)
    doc = new_doc(case, "police/correspondence", f"letter_to_family_{number:03d}", "letter", fmt, day)
    doc.line(force.police)
    doc.line(force.station)
    doc.line(f"Our ref: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("To the parent or carer (address withheld)")
    doc.line(f"I am writing with news of the investigation into what happened to {case.subject}.")
    fact = "outcome" if not case.reopened else "outcome_initial"
    when = case.closed or day
    doc.fact(case, fact, outcome_sentence(case, case.outcome_initial, when))
    doc.line(f"If you would like to talk this through, please ring me. {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    """A written complaint about how the report was handled, to the force or to the council."""
    force = case.force
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"complaint_{number:03d}", "complaint", "docx", day)
    to = (
        f"Customer Feedback Team, {force.council}"
        if case.council_only
        else f"Professional Standards, {force.police}"
    )
    doc.line(to)
    doc.line(case.when(day))
    ref = case.crime or case.incident or case.referral
    doc.line(f"Re: {cite(doc, case, ref)}")
    doc.line(
        f"I am {case.subject}'s mother. I am making a formal complaint about how her case has been handled."
    )
    doc.line("Weeks have passed and nobody has told us anything, not even whether the men were spoken to.")
    doc.line("Please log this as a complaint and tell me who is dealing with it.")
    return doc


def case_documents(case: Case, counter: dict[str, int], rng: random.Random) -> list[Doc]:
    """The files one case leaves behind; which ones depends on its references and people."""

    def number(kind: str) -> int:
        counter[kind] += 1
        return counter[kind]

    out: list[Doc] = []
    arrested = case.crime and any(p.evidence in ("arrested", "charged") for p in case.suspects)
    if case.incident:
        out.append(incident_log(case, number("incident"), rng))
    if case.crime:
        out.append(crime_report(case, number("crime"), rng))
    if case.crime and case.force.key == AUDIT_FORCE and case.outcome_initial != "unknown":
        out.append(audit_trail(case, number("audit"), rng))
    if arrested:
        out.append(officer_statement(case, number("statement"), rng))
        if rng.random() < 0.5:
            out.append(custody_record(case, number("custody"), rng))
    if case.witness and (case.crime or case.incident):
        out.append(statement(case, number("statement"), case.witness, rng))
    if (case.of("vehicle") or case.of("phone")) and (case.crime or case.incident) and rng.random() < 0.6:
        out.append(intelligence_report(case, number("intelligence"), rng))
    if case.referral:
        out.append(referral(case, number("referral"), rng))
    if case.council_only:
        out.append(council_email(case, number("email"), rng))
    elif rng.random() < 0.6:
        out.append(email_thread(case, number("email"), rng))
    letters = case.force.key != AUDIT_FORCE  # that force's outcomes are audit-trail rows, not prose
    if letters and case.crime and case.outcome_initial in CLOSED_OUTCOMES and rng.random() < 0.6:
        out.append(family_letter(case, number("letter")))
    if rng.random() < 0.5 or (case.referral and not case.crime):
        out.append(meeting_notes(case, number("minutes"), rng))
    if case.outcome_final == "unknown" or case.key.endswith("06"):
        out.append(complaint(case, number("complaint"), rng))
    return out
