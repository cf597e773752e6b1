"""The documents of each case of the seventeenth set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: a CAD event print, a telephone message form or
a weekly occurrence register; crime records (a text finalisation slip with its disposal code, a
two-page PDF crime diary, a DOCX authority to finalise); booking-in sheets; records of taped
interview; witness statements; DVLA and cell site check returns; early help requests, contact and
referral sheets and children's services contacts sent by e-mail; sexual health clinic
safeguarding proformas; missing and exploited forum minutes; e-mails; letters to carers;
complaints (an e-mail from a foster carer, a member of parliament's letter, an online complaint
form). A line with " | " between its cells is a table row in the DOCX files.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval17.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval17.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a crime number each kind of document prints, per force.
FORM = {
    "gorsedge": {"council": "fiscal", "statement": "spaced", "custody": "fiscal", "email": "spaced"},
    "cradlebrook": {"council": "yearfirst", "statement": "plain", "custody": "yearfirst", "email": "plain"},
    "fallowmere": {"council": "divisionfirst", "statement": "spaced", "custody": "divisionfirst",
                   "email": "spaced"},
}  # fmt: skip
FORMATS = {  # the format of each kind of document, per force
    "gorsedge": {"incident": "txt", "crime": "txt", "statement": "docx", "referral": "pdf",
                 "minutes": "pdf", "letter": "docx", "review": "docx", "complaint": "eml",
                 "custody": "txt", "interview": "pdf", "debrief": "docx"},
    "cradlebrook": {"incident": "pdf", "crime": "pdf", "statement": "txt", "referral": "docx",
                    "minutes": "docx", "letter": "txt", "review": "txt", "complaint": "pdf",
                    "custody": "docx", "interview": "txt", "debrief": "pdf"},
    "fallowmere": {"incident": "docx", "crime": "docx", "statement": "pdf", "referral": "eml",
                   "minutes": "txt", "letter": "pdf", "review": "pdf", "complaint": "docx",
                   "custody": "pdf", "interview": "docx", "debrief": "txt"},
}  # fmt: skip
TEXT_CELL = {"gorsedge": " :: ", "cradlebrook": " // ", "fallowmere": " ; "}
CALL_HEADINGS = {
    "gorsedge": "GORSEDGE POLICE :: CAD EVENT PRINT :: Tanyard Row control",
    "cradlebrook": "Cradlebrook Constabulary // telephone message form // switchboard and dispatch",
    "fallowmere": "Fallowmere Police | weekly occurrence register | Tallowchandler Yard front office",
}
CASH = {"gorsedge": "forty pounds", "cradlebrook": "£40", "fallowmere": "£40"}
CALL_OPENED = {
    "gorsedge": "Event created {d}",
    "cradlebrook": "Message taken {d}",
    "fallowmere": "Entered in the register on {d}",
}


def form(case: Case, where: str, ref: Ref) -> str:
    """The form this kind of document prints, if the reference has one of that name (else its own)."""
    style = FORM[case.force.key][where]
    return style if style in dict(ref.variants) else ""


def variant(ref: Ref, position: int = 0) -> str:
    """The name of another written form of a reference, chosen by position (none: its own)."""
    return ref.variants[position % len(ref.variants)][0] if ref.variants else ""


def new_doc(case: Case, folder: str, stem: str, kind: str, fmt: str, day: date) -> Doc:
    return Doc(f"{case.force.key}/{folder}/{stem}.{fmt}", fmt, kind, day)


def row(doc: Doc, case: Case, *cells: str) -> str:
    """Table cells in a DOCX or e-mail, else cells joined by the force's own separator."""
    return (TEXT_CELL[case.force.key] if doc.fmt in ("txt", "pdf") else " | ").join(cells)


def put(doc: Doc, case: Case, fact: str, line: str) -> None:
    if fact:
        doc.fact(case, fact, line)
    else:
        doc.line(line)


def incident_log(case: Case, number: int, rng: random.Random) -> Doc:
    """How each control room keeps the first call about the girl."""
    force = case.force
    fmt = FORMATS[force.key]["incident"]
    doc = new_doc(case, "control", f"event_{number:03d}", "incident log", fmt, case.reported)
    handler = f"CH{rng.randint(100, 989)}"
    doc.line(CALL_HEADINGS[force.key])
    doc.line(row(doc, case, "Number", cite(doc, case, case.incident)))
    doc.fact(case, "reported", CALL_OPENED[force.key].format(d=case.when(case.reported)))
    hour = rng.randint(17, 20)
    entries = [
        f"Informant is {caller(case)}; {case.subject} has not been seen since lunchtime and a "
        "neighbour watched a car with men in their thirties collect her.",
        f"Later: {case.subject} left at the corner of her street at 02:15, smelling of alcohol, "
        f"with {CASH[force.key]} she would not explain.",
    ]
    for item in case.of("vehicle")[:1]:
        entries.append(f"Vehicle seen: {item.description}, index {case.written_item(item)}.")
    entries.append(f"Allocated to {case.officer.officer} for follow-up.")
    for n, text in enumerate(entries):
        doc.line(row(doc, case, f"{hour + n:02d}:{rng.randint(0, 59):02d}", handler, text))
    incident_result(doc, case, handler)
    return doc


def caller(case: Case) -> str:
    return (
        "her grandmother, her kinship carer"
        if case.outcome_initial == "unknown"
        else "the waking night worker on duty where she is placed"
    )


def incident_result(doc: Doc, case: Case, handler: str) -> None:
    """The last entry: the crime or council contact the call became, or a grievance and silence."""
    if case.crime:
        text = f"Event {case.incident.value} crimed; crime number {cite(doc, case, case.crime)}."
        doc.fact(case, "tie", row(doc, case, "closing", handler, text))
    elif case.referral:
        council = cite(doc, case, case.referral)
        text = f"No crime recorded: {case.incident.value} handed to children's services under {council}."
        doc.fact(case, "tie", row(doc, case, "closing", handler, text))
    else:
        doc.line(
            row(doc, case, "closing", handler, "Grandmother rang back, furious that nobody has come out.")
        )
        doc.line(
            row(doc, case, "closing", handler, "Her grievance noted; event shut with nothing further added.")
        )


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["crime"]
    day = case.reported + timedelta(days=1)
    doc = new_doc(case, "crimes", f"crime_{number:03d}", "crime report", fmt, day)
    writer = {"gorsedge": finalisation_slip, "cradlebrook": crime_diary, "fallowmere": authority_memo}
    writer[case.force.key](doc, case, rng)
    return doc


def finalisation_slip(doc: Doc, case: Case, rng: random.Random) -> None:
    """The crime file front sheet, ending in its finalisation slip and disposal code."""
    doc.line(
        f"CRIME FILE FRONT SHEET :: {cite(doc, case, case.crime)} :: printed by collar {case.officer.collar}"
    )
    doc.line(f"Allegation: {case.offence}")
    doc.line(f"Injured party: {case.subject}")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "CAD event"), (case.referral, "early help request")):
        if ref:
            doc.fact(
                case, "tie", f"Associated {what} {cite(doc, case, ref)} :: same matter as {case.crime.value}"
            )
    doc.line(f"Investigator {case.officer.officer}; reviewing officer {case.supervisor.officer}")
    for line in people_lines(case, rng):
        doc.line(line)
    doc.line("FINALISATION SLIP (disposal codes D0 live, D1-D8 finalised)")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def crime_diary(doc: Doc, case: Case, rng: random.Random) -> None:
    """A two-page crime diary: page 1 the crime's details, page 2 the officer's dated entries."""
    doc.line(f"CRADLEBROOK CONSTABULARY // CRIME DIARY // {cite(doc, case, case.crime)} // sheet 1 of 2")
    doc.line(f"Offence under investigation: {case.offence}. Supervisor: {case.supervisor.officer}.")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "message number"), (case.referral, "council contact")):
        if ref:
            doc.fact(
                case, "tie", f"Cross-reference: {what} {cite(doc, case, ref)} is part of {case.crime.value}."
            )
    doc.line(f"Diary kept by {case.officer.officer}.")
    for line in people_lines(case, rng):
        doc.line(f"* {line}")
    doc.new_page()
    doc.line(
        f"CRADLEBROOK CONSTABULARY // CRIME DIARY // "
        f"{cite(doc, case, case.crime, variant(case.crime, 1))} // sheet 2 of 2, entries"
    )
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def authority_memo(doc: Doc, case: Case, rng: random.Random) -> None:
    """A superintendent's memorandum: the file summarised in a table, then the authority to finalise."""
    doc.line("Fallowmere Police | Memorandum: authority to finalise a crime | RESTRICTED")
    doc.line(f"Crime | {cite(doc, case, case.crime)}")
    doc.line(f"Allegation | {case.offence}")
    doc.line(f"Child | {case.subject}")
    for ref, what in ((case.incident, "register entry"), (case.referral, "children's services contact")):
        if ref:
            doc.fact(
                case,
                "tie",
                f"Also recorded as | {what} {cite(doc, case, ref)}, the same events as {case.crime.value}",
            )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Investigating officer | {case.officer.officer}")
    for line in people_lines(case, rng):
        doc.line(f"Summary | {line}")
    doc.line(f"From {case.supervisor.officer}, to the crime management unit:")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def people_lines(case: Case, rng: random.Random) -> list[str]:
    """Suspects, their homes, cars and phones, and anyone ruled out, in the force's words."""
    lines, homes = [], case.of("address")
    for position, person in enumerate(case.suspects):
        lines.append(suspect_sentence(case, person, rng))
        if position < len(homes):
            lines.append(
                f"Home address of {case.suspect_name(person)}: {case.written_item(homes[position])}."
            )
    for item in homes[len(case.suspects) :]:
        lines.append(
            f"{case.subject} says she was kept overnight at {case.written_item(item)} more than once."
        )
    for item in case.of("vehicle"):
        lines.append(f"Car connected with this crime: {item.description}, index {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "a male still unidentified"
        lines.append(
            f"{case.subject}'s handset shows texts from {case.written_item(item)}, believed used by {owner}."
        )
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        lines.append("Suspect: still unknown.")
    return lines


def result_lines(case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """The last entries of a force's own crime record: (line, fact or "")."""
    out: list[tuple[str, str]] = []
    if case.witness:
        out.append((f"Independent witness traced: {case.witness.short} ({case.witness.job}).", ""))
    out.append((f"Children's services contact: {case.professional.short}, {case.professional.job}.", ""))
    if case.awaiting_cps:
        out.append(("Papers sent over to the CPS; charging advice awaited from them.", ""))
        out.append(("Still waiting on the CPS; nothing recorded after this.", ""))
        return out
    if case.outcome_initial == "unknown":
        out.append((f"Passed to {case.supervisor.officer} for a decision. Nothing recorded after this.", ""))
        return out
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    fact = "outcome" if not case.reopened else "outcome_initial"
    out.append((outcome_sentence(case, case.outcome_initial, when), fact))
    if case.closed:
        out.append((closed_sentence(case, case.closed), "closed" if not case.reopened else "closed_initial"))
    return out


def custody_sheet(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The booking-in sheet opened when the suspect reached the cells."""
    fmt = FORMATS[case.force.key]["custody"]
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "custody", f"booking_{number:03d}", "notebook", fmt, day)
    doc.line(f"{case.force.police}: booking-in sheet {rng.randint(1000, 9999)}-{day:%y}")
    crime = cite(doc, case, case.crime, form(case, "custody", case.crime))
    doc.line(f"Booked in {case.when(day)} at 06:50 in connection with crime {crime}.")
    doc.line(f"Detained person: {case.suspect_name(person)}. Arresting officer {case.officer.officer}.")
    doc.line(f"Grounds: {case.offence}.")
    doc.line("Sergeant's decision: keep him in for interview.")
    doc.line("Said when booked in: 'She told you she was eighteen, ask her.'")
    return doc


def interview_summary(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """A record of taped interview, in short."""
    fmt = FORMATS[case.force.key]["interview"]
    day = case.reported + timedelta(days=rng.randint(5, 30))
    doc = new_doc(case, "interviews", f"roti_{number:03d}", "interview record", fmt, day)
    doc.line(f"{case.force.police}: record of taped interview (short form)")
    doc.line(f"Person interviewed: {case.suspect_name(person)}; date {case.when(day)}")
    ref = case.crime or case.incident
    doc.line(f"Reference: {cite(doc, case, ref, variant(ref, number))}")
    lawyer = case.solicitor.short if case.solicitor else "declined"
    doc.line(f"Interviewing officer {case.officer.officer}. Legal representative: {lawyer}.")
    doc.line(f"He said he had only ever given {case.subject} lifts as a favour to her family.")
    doc.line("Asked about the texts, he said 'no comment' to each question; tapes sealed after 44 minutes.")
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    doc = new_doc(case, "statements", f"witness_{number:03d}", "statement", fmt, day)
    doc.line(f"{force.police}: written statement (section 9, Criminal Justice Act 1967)")
    doc.line("Every line on these pages is, I believe, true;")
    doc.line("I give it aware that a court may receive it as evidence, and that")
    doc.line("stating anything in it I think false would leave me open to prosecution.")
    if case.crime:
        doc.line(f"Crime number: {cite(doc, case, case.crime, form(case, 'statement', case.crime))}")
    else:
        doc.line(f"Call number: {cite(doc, case, case.incident)}")
    if person.role == "officer":
        doc.line(f"Statement of {person.short}, {person.rank}, collar {person.collar}.")
        arrest_account(doc, case, rng)
    else:
        doc.line(f"Statement of {person.short}, over 18, {person.job}.")
        witness_account(doc, case, person)
    taker = case.supervisor if person.role == "officer" else case.officer
    doc.line(f"Signature: {person.short}, dated {case.when(day)}; taken by {taker.officer}.")
    return doc


def arrest_account(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"a room above a bookmaker's shop in {case.force.town}"
    when = case.when(min(case.reported + timedelta(days=rng.randint(1, 20)), doc.day))
    doc.line(f"At about 06:45 on {when} colleagues and I arrived at {place}.")
    doc.line(f"The man at the door was later confirmed to be {case.suspect_name(person)}.")
    doc.line(f"I arrested him for {case.offence}, then gave the caution.")
    doc.line("He answered: 'This is a stitch-up.' Transport took him to the cells.")


def witness_account(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"I work as a {witness.job} in {case.force.town}. The detective showed me a photograph")
    doc.line(f"of the girl they call {case.subject}; I recognised her straight away.")
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"Most weekends a {item.description} would wait for her; "
            f"I wrote its registration down: {case.written_item(item)}."
        )
    if case.suspects:
        doc.line(f"The man driving it introduced himself to me as {case.suspects[0].short}.")
    else:
        doc.line("I could not see who was driving.")


def check_report(case: Case, number: int, rng: random.Random) -> Doc:
    """A DVLA and cell site check return on the car and the phone."""
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "intelligence", f"checks_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police}: DVLA and cell site check return (intelligence grade B2)")
    ref = case.crime or case.incident
    doc.line(f"In support of {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "nobody known to us"
    for item in case.of("vehicle"):
        doc.line(
            f"DVLA: the {item.description}, index {case.written_item(item)}, is kept by "
            f"an associate of {who}; seen near {case.subject}'s school three afternoons running."
        )
    for item in case.of("phone"):
        doc.line(
            f"Cell site: {case.written_item(item)} used the mast by the girl's home most nights; "
            f"attributed to {who}."
        )
    doc.line(f"Return compiled for {case.officer.officer}, {case.when(day)}.")
    return doc


REFERRAL_HEADINGS = {
    "gorsedge": "Gorsedge Borough Council :: early help request",
    "cradlebrook": "Cradlebrook City Council | Contact and referral sheet",
    "fallowmere": "FALLOWMERE DISTRICT COUNCIL ; CHILDREN'S SERVICES CONTACT",
}


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "council/contacts", f"contact_{number:03d}", "referral", fmt, day)
    if fmt == "eml":
        doc.headers = {
            "From": f"Children's Services Contact Hub <contact.hub@{force.council_domain}>",
            "To": f"Child Abuse Unit <cau@{force.police_domain}>",
            "Subject": f"Contact {case.referral.value} for information",
        }
    doc.line(REFERRAL_HEADINGS[force.key])
    doc.line(f"Our reference: {cite(doc, case, case.referral)}")
    doc.line(f"Date received: {case.when(day)}")
    doc.line(f"Child: {case.subject}")
    if case.council_only:
        doc.line(f"Made by: {case.professional.short}, {case.professional.job}")
        doc.line("Shared with police? No - the practice manager has not decided yet")
    else:
        doc.line(f"Made by: {case.officer.officer}, {force.police}")
    police = None
    if case.crime:
        police = f"crime number {cite(doc, case, case.crime, form(case, 'council', case.crime))}"
    elif case.incident:
        police = f"call {cite(doc, case, case.incident, variant(case.incident))}"
    if police:
        doc.fact(
            case,
            "tie",
            f"Police {police} matches our reference {case.referral.value}: one child, one chain of events.",
        )
    doc.line(
        f"Worries about {case.subject}: staying out all night, unexplained gifts, a second phone, "
        "older men waiting outside school."
    )
    doc.line(
        f"Next step: strategy discussion; allocated to {case.professional.short} ({case.professional.job})."
    )
    return doc


def clinic_proforma(case: Case, number: int, rng: random.Random) -> Doc:
    """A sexual health clinic's safeguarding proforma after the girl attended."""
    force, worker = case.force, case.professional
    fmt = FORMATS[force.key]["debrief"]
    day = case.reported + timedelta(days=rng.randint(2, 9))
    doc = new_doc(case, "council/clinic", f"proforma_{number:03d}", "return interview", fmt, day)
    doc.line(f"{force.council}: sexual health clinic safeguarding proforma")
    doc.line(
        f"Attender {case.subject}; completed by the clinic nurse, copied to {worker.short} "
        f"on {case.when(day)}"
    )
    doc.line(f"Council reference {cite(doc, case, case.referral, variant(case.referral, 1))}")
    for item in case.of("address")[:1]:
        doc.line(f"She gave her address for the night before as {case.written_item(item)}.")
    for item in case.of("phone")[:1]:
        doc.line(f"Her partner's number, as she gave it: {case.written_item(item)}.")
    doc.line("Action: emergency contraception given; follow-up appointment booked in a week.")
    return doc


def forum_minutes(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "council/forum", f"forum_{number:03d}", "minutes", fmt, day)
    chair, worker = case.supervisor, case.professional
    doc.line(f"{case.force.council}: missing and exploited forum, minutes of {case.when(day)}")
    present = [f"{chair.short} (chair)", f"{worker.short}, {worker.job}"]
    if not case.council_only:
        present.append(case.officer.officer)
    doc.line(row(doc, case, "Present", *present))
    doc.line(
        f"Child under discussion: {case.subject}, lately seen with {CASH[case.force.key]} in cash. "
        "Agency numbers for her:"
    )
    names = {"crime": "police crime number", "incident": "police call", "referral": "council reference"}
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref, 1) if ref.kind == "incident" else ""
            doc.line(row(doc, case, names[ref.kind], cite(doc, case, ref, style)))
    if fmt == "pdf":
        doc.new_page()
    who = "Police colleagues" if not case.council_only else "The social worker"
    for person in case.suspects:
        doc.line(f"{who} raised {case.suspect_name(person)} as a risk to her.")
    for item in case.of("address"):
        doc.line(f"Location of concern: {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Number of concern: {case.written_item(item)}.")
    doc.line(f"Actions: {worker.short} to visit her on Tuesdays and Fridays; forum to review in a month.")
    return doc


def mailbox(person: Person, dot: str = "") -> str:
    if dot:
        return f"{person.forename.lower()}{dot}{person.surname.lower()}"
    return f"{person.forename[0].lower()}{person.surname.lower()}"


def police_mail(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker, officer = case.force, case.professional, case.officer
    day = (case.closed or case.reported + timedelta(days=45)) + timedelta(days=rng.randint(1, 7))
    doc = new_doc(case, "email", f"message_{number:03d}", "e-mail", "eml", day)
    if case.crime:
        ref = cite(doc, case, case.crime, form(case, "email", case.crime))
    else:
        other = case.incident or case.referral
        ref = cite(doc, case, other, variant(other))
    pending = case.outcome_initial in ("unknown", "open") or case.reopened or case.awaiting_cps
    doc.headers = {
        "From": f"{officer.short} <{mailbox(officer, '.')}@{force.police_domain}>",
        "To": f"{worker.short} <{mailbox(worker)}@{force.council_domain}>",
        "Subject": f"[RESTRICTED] {ref}",
    }
    doc.line(f"Hello {worker.forename},")
    doc.line(
        f"No progress on {ref} for now."
        if pending
        else f"We have finished with {ref}; the carer will get a letter from me shortly."
    )
    if case.referral and case.crime:
        doc.line(f"Your side has it as {cite(doc, case, case.referral, variant(case.referral, 1))}, I think.")
    doc.line("Best wishes,")
    doc.line(officer.officer)
    return doc


def council_email(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker = case.force, case.professional
    day = case.reported + timedelta(days=rng.randint(20, 50))
    doc = new_doc(case, "email", f"message_{number:03d}", "e-mail", "eml", day)
    ref = cite(doc, case, case.referral, variant(case.referral))
    doc.headers = {
        "From": f"{worker.short} <{mailbox(worker)}@{force.council_domain}>",
        "To": f"Head of Safeguarding <head.safeguarding@{force.council_domain}>",
        "Subject": f"{ref} - did this ever reach the police?",
    }
    doc.line(
        f"Re {ref}: {case.subject} ran from her foster placement on Friday night once more; her "
        "grandmother threatens to phone a newspaper."
    )
    doc.line("I can find no record of a police referral. Whose decision was it?")
    doc.line(worker.short)
    return doc


def carer_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=5)
    doc = new_doc(case, "letters", f"letter_{number:03d}", "letter", fmt, day)
    doc.line(force.station)
    doc.line(f"Our ref: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("To the carer,")
    doc.line(
        f"As the officer investigating what happened to {case.subject}, I promised to write to you "
        "when there was news."
    )
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    doc.line(f"With kind regards, {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = "txt" if case.council_only and force.key != "gorsedge" else FORMATS[force.key]["complaint"]
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"grievance_{number:03d}", "complaint", fmt, day)
    ref = case.crime or case.incident or case.referral
    if fmt == "eml":
        doc.headers = {
            "From": f"Foster carer <carer{number}@example.invalid>",
            "To": f"Professional Standards <standards@{force.police_domain}>",
            "Subject": "Complaint about how a child in my care has been treated",
        }
    elif force.key == "cradlebrook" and not case.council_only:
        doc.line(
            "From the constituency office of the local member of parliament, "
            f"to the Chief Constable, {force.police}"
        )
        doc.line(case.when(day))
    else:
        recipient = (
            f"Corporate Complaints, {force.council}"
            if case.council_only
            else f"Professional Standards, {force.police}"
        )
        doc.line(f"Online complaint form, submitted to: {recipient}")
        doc.line(case.when(day))
    doc.line(f"Reference number supplied to me: {cite(doc, case, ref)}")
    doc.line(f"I am unhappy with how the girl you refer to as {case.subject} has been treated.")
    doc.line(
        "Weeks ago we warned you about the cars that come for her at night. Nobody has been back in touch."
    )
    doc.line("Whose desk is this on, and what have they done since?")
    return doc


def case_documents(case: Case, counter: dict[str, int], rng: random.Random) -> list[Doc]:
    """Every file one case leaves, chosen by its references and its people."""

    def number(kind: str) -> int:
        counter[kind] += 1
        return counter[kind]

    out: list[Doc] = []
    arrested = [p for p in case.suspects if p.evidence in ("arrested", "charged")] if case.crime else []
    interviewed = [p for p in case.suspects if p.evidence == "interviewed"] if case.crime else []
    if case.incident:
        out.append(incident_log(case, number("incident"), rng))
    if case.crime:
        out.append(crime_record(case, number("crime"), rng))
    if arrested:
        out.append(statement(case, number("statement"), case.officer, rng))
        if rng.random() < 0.55:
            out.append(custody_sheet(case, number("custody"), arrested[0], rng))
    if interviewed and rng.random() < 0.6:
        out.append(interview_summary(case, number("interview"), interviewed[0], rng))
    if case.witness and (case.crime or case.incident):
        out.append(statement(case, number("statement"), case.witness, rng))
    if (case.of("vehicle") or case.of("phone")) and (case.crime or case.incident) and rng.random() < 0.6:
        out.append(check_report(case, number("intelligence"), rng))
    if case.referral:
        out.append(referral(case, number("referral"), rng))
        if rng.random() < 0.35:
            out.append(clinic_proforma(case, number("debrief"), rng))
    if case.council_only:
        out.append(council_email(case, number("email"), rng))
    elif rng.random() < 0.6:
        out.append(police_mail(case, number("email"), rng))
    if case.crime and case.outcome_initial in CLOSED_OUTCOMES and rng.random() < 0.6:
        out.append(carer_letter(case, number("letter")))
    if rng.random() < 0.5 or (case.referral and not case.crime):
        out.append(forum_minutes(case, number("minutes"), rng))
    if case.outcome_final == "unknown" or case.key.endswith("11"):
        out.append(complaint(case, number("complaint"), rng))
    return out
