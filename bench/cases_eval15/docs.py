"""The documents of each case of the fifteenth set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: a CAD incident chronology, an occurrence
enquiry log or a call handling record; crime records (a text audit export of key=value lines, a
two-page PDF crime file summary whose second page is the inspector's endorsement, a DOCX allocation
and decision sheet); custody intake sheets; interview summary sheets; witness statements; hotel watch
notifications; front door contact records, early help assessments and children's services contacts
sent by e-mail; safe and well checks; exploitation panel minutes; e-mails; letters to families;
complaints. A line with " | " between its cells is a table row in the DOCX files.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval15.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval15.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a crime number each kind of document prints, per force.
FORM = {
    "calderwick": {"council": "yearfirst", "statement": "spaced", "custody": "yearfirst", "email": "spaced"},
    "quernmoor": {"council": "spaced", "statement": "reversed", "custody": "spaced", "email": "reversed"},
    "hobcarton": {"council": "slashed", "statement": "split", "custody": "slashed", "email": "split"},
}
FORMATS = {  # the format of each kind of document, per force
    "calderwick": {"incident": "txt", "crime": "txt", "statement": "docx", "referral": "pdf",
                   "minutes": "docx", "letter": "pdf", "review": "txt", "complaint": "eml",
                   "custody": "pdf", "interview": "txt", "debrief": "docx"},
    "quernmoor": {"incident": "docx", "crime": "pdf", "statement": "txt", "referral": "docx",
                  "minutes": "txt", "letter": "docx", "review": "pdf", "complaint": "txt",
                  "custody": "txt", "interview": "docx", "debrief": "pdf"},
    "hobcarton": {"incident": "pdf", "crime": "docx", "statement": "pdf", "referral": "eml",
                  "minutes": "pdf", "letter": "txt", "review": "docx", "complaint": "docx",
                  "custody": "docx", "interview": "pdf", "debrief": "txt"},
}  # fmt: skip
TEXT_CELL = {"calderwick": " :: ", "quernmoor": " // ", "hobcarton": " ¦ "}
CALL_HEADINGS = {
    "calderwick": "CALDERWICK POLICE :: CONTROL ROOM EVENT PRINT :: Flaxmill Yard",
    "quernmoor": "Quernmoor Police | Radio channel log | Sailmakers Row",
    "hobcarton": "Hobcarton Constabulary ¦ contact triage sheet ¦ county control",
}
CALL_OPENED = {
    "calderwick": "audit {d} :: event=CALL_RECEIVED",
    "quernmoor": "Occurrence opened {d}",
    "hobcarton": "Call taken on {d}",
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
    doc = new_doc(case, "calls", f"cad_{number:03d}", "incident log", fmt, case.reported)
    handler = f"CH{rng.randint(100, 989)}"
    doc.line(CALL_HEADINGS[force.key])
    doc.line(row(doc, case, "Number", cite(doc, case, case.incident)))
    doc.fact(case, "reported", CALL_OPENED[force.key].format(d=case.when(case.reported)))
    hour = rng.randint(19, 21)
    entries = [
        f"{caller(case).capitalize()} rings: {case.subject} is missing since teatime; last spotted "
        "stepping into a hatchback near the bus station.'",
        f"Later: {case.subject} back at 02:15, smelling of drink, with a new phone she says "
        "a friend lent her.",
    ]
    for item in case.of("vehicle")[:1]:
        entries.append(f"Vehicle mentioned: {item.description}, index {case.written_item(item)}.")
    entries.append(f"Allocated to {case.officer.officer}.")
    for n, text in enumerate(entries):
        doc.line(row(doc, case, f"{hour + n:02d}{rng.randint(0, 59):02d}h", handler, text))
    incident_result(doc, case, handler)
    return doc


def caller(case: Case) -> str:
    return (
        "her grandmother"
        if case.outcome_initial == "unknown"
        else "the duty manager of the residential unit she lives in"
    )


def incident_result(doc: Doc, case: Case, handler: str) -> None:
    """The last entry: the crime or council contact the call became, or a grievance and silence."""
    if case.crime:
        text = f"Call {case.incident.value} became crime {cite(doc, case, case.crime)}."
        doc.fact(case, "tie", row(doc, case, "outcome", handler, text))
    elif case.referral:
        council = cite(doc, case, case.referral)
        text = f"No crime recorded for {case.incident.value}; handed to the council as {council}."
        doc.fact(case, "tie", row(doc, case, "outcome", handler, text))
    else:
        doc.line(row(doc, case, "outcome", handler, "Grandmother rang back upset that no officer came."))
        doc.line(
            row(doc, case, "outcome", handler, "Logged as dissatisfaction. Record closed; no later entries.")
        )


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["crime"]
    day = case.reported + timedelta(days=1)
    doc = new_doc(case, "crime", f"crimefile_{number:03d}", "crime report", fmt, day)
    writer = {"calderwick": audit_export, "quernmoor": file_summary, "hobcarton": decision_sheet}
    writer[case.force.key](doc, case, rng)
    return doc


def audit_export(doc: Doc, case: Case, rng: random.Random) -> None:
    """The records system's audit export: one key=value line per event."""
    doc.line(f"EXPORT crime={cite(doc, case, case.crime)} system=RMS user={case.officer.collar}")
    doc.line(f"field offence={case.offence}")
    doc.line(f"field victim={case.subject}")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "cad"), (case.referral, "council")):
        if ref:
            doc.fact(case, "tie", f"link {what}={cite(doc, case, ref)} parent={case.crime.value}")
    doc.line(f"field oic={case.officer.officer} reviewer={case.supervisor.officer}")
    for line in people_lines(case, rng):
        doc.line(line)
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def file_summary(doc: Doc, case: Case, rng: random.Random) -> None:
    """A two-page crime file summary: the number heads each page; page 2 is the inspector's."""
    doc.line(f"QUERNMOOR POLICE // CRIME FILE SUMMARY // {cite(doc, case, case.crime)} // sheet 1")
    doc.line(f"Nature of allegation: {case.offence}. Reviewing inspector: {case.supervisor.officer}.")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "occurrence"), (case.referral, "early help number")):
        if ref:
            doc.fact(
                case, "tie", f"Cross-reference: {what} {cite(doc, case, ref)} duplicates {case.crime.value}."
            )
    doc.line(f"Investigator: {case.officer.officer}.")
    for line in people_lines(case, rng):
        doc.line(f"* {line}")
    doc.new_page()
    doc.line(
        f"QUERNMOOR POLICE // CRIME FILE SUMMARY // "
        f"{cite(doc, case, case.crime, variant(case.crime, 1))} // sheet 2, endorsement"
    )
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def decision_sheet(doc: Doc, case: Case, rng: random.Random) -> None:
    """An allocation and decision sheet: a two-column DOCX table."""
    doc.line("Hobcarton Constabulary | Allocation and decision sheet | RESTRICTED")
    doc.line(f"Crime number | {cite(doc, case, case.crime)}")
    doc.line(f"Crime type | {case.offence}")
    doc.line(f"Child concerned | {case.subject}")
    for ref, what in ((case.incident, "Call number"), (case.referral, "Children's services number")):
        if ref:
            doc.fact(case, "tie", f"{what} | {cite(doc, case, ref)} sits under {case.crime.value}")
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Allocated investigator | {case.officer.officer}")
    for line in people_lines(case, rng):
        doc.line(line if " | " in line else f"Note | {line}")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def people_lines(case: Case, rng: random.Random) -> list[str]:
    """Suspects, their homes, cars and phones, and anyone excluded, in the force's words."""
    lines, homes = [], case.of("address")
    for position, person in enumerate(case.suspects):
        lines.append(suspect_sentence(case, person, rng))
        if position < len(homes):
            lines.append(f"{case.written_item(homes[position])}: home of {case.suspect_name(person)}.")
    for item in homes[len(case.suspects) :]:
        lines.append(f"{case.subject} says she was brought more than once to {case.written_item(item)}.")
    for item in case.of("vehicle"):
        lines.append(f"Vehicle linked: {item.description}, index {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "a man nobody has identified"
        lines.append(
            f"Number {case.written_item(item)} texted {case.subject} late at night; believed used by {owner}."
        )
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        lines.append("Nobody identified as responsible yet.")
    return lines


def result_lines(case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """The last entries of a force's own crime record: (line, fact or "")."""
    out: list[tuple[str, str]] = []
    if case.witness:
        out.append((f"Witness seen: {case.witness.short}, {case.witness.job}.", ""))
    out.append((f"Council contact: {case.professional.short}, {case.professional.job}.", ""))
    if case.awaiting_cps:
        out.append(("Evidence bundle sent to the prosecutors for a charging view.", ""))
        out.append(("No charging view received. Nothing further recorded.", ""))
        return out
    if case.outcome_initial == "unknown":
        out.append((f"Passed to {case.supervisor.officer} for review. Nothing further recorded.", ""))
        return out
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    fact = "outcome" if not case.reopened else "outcome_initial"
    out.append((outcome_sentence(case, case.outcome_initial, when), fact))
    if case.closed:
        out.append((closed_sentence(case, case.closed), "closed" if not case.reopened else "closed_initial"))
    return out


def custody_sheet(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The custody intake sheet opened when the suspect was booked in."""
    fmt = FORMATS[case.force.key]["custody"]
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "custody", f"intake_{number:03d}", "notebook", fmt, day)
    doc.line(f"{case.force.police}: custody intake sheet no. {rng.randint(1000, 9999)}-{day:%y}")
    crime = cite(doc, case, case.crime, form(case, "custody", case.crime))
    doc.line(f"Booked in {case.when(day)} at 06:20 for crime {crime}.")
    doc.line(f"Detained person: {case.suspect_name(person)}. Arresting officer {case.officer.officer}.")
    doc.line(f"Grounds: suspicion of {case.offence}.")
    doc.line("Detention authorised pending interview. Solicitor requested.")
    doc.line("Reply when booked in: 'She's making it up, ask anyone.'")
    return doc


def interview_summary(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """An interview summary sheet written after a recorded interview."""
    fmt = FORMATS[case.force.key]["interview"]
    day = case.reported + timedelta(days=rng.randint(5, 30))
    doc = new_doc(case, "interviews", f"summary_{number:03d}", "interview record", fmt, day)
    doc.line(f"{case.force.police}: interview summary sheet")
    doc.line(f"Person interviewed: {case.suspect_name(person)}; date {case.when(day)}")
    ref = case.crime or case.incident
    doc.line(f"Relating to {cite(doc, case, ref, variant(ref, number))}")
    lawyer = case.solicitor.short if case.solicitor else "declined"
    doc.line(f"Interviewer {case.officer.officer}. Legal representative: {lawyer}.")
    doc.line(f"He read out a written account saying he had never spoken to {case.subject}.")
    doc.line("Every later question met with 'no comment'; the tape was stopped after 41 minutes.")
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    doc = new_doc(case, "statements", f"wst_{number:03d}", "statement", fmt, day)
    doc.line(f"{force.police}: signed witness statement, section 9 form")
    doc.line("I declare these signed pages true to my own knowledge and belief,")
    doc.line("and I accept that if this is used in evidence I could face prosecution")
    doc.line("for stating here anything I know to be untrue.")
    if case.crime:
        doc.line(f"Crime no.: {cite(doc, case, case.crime, form(case, 'statement', case.crime))}")
    else:
        doc.line(f"Call no.: {cite(doc, case, case.incident)}")
    if person.role == "officer":
        doc.line(f"Witness: {person.short}, {person.rank}, collar {person.collar}.")
        arrest_account(doc, case, rng)
    else:
        doc.line(f"Witness: {person.short}, occupation {person.job}, over 18.")
        witness_account(doc, case, person)
    taker = case.supervisor if person.role == "officer" else case.officer
    doc.line(f"Signature: {person.short}. Dated {case.when(day)}. Taken by {taker.officer}.")
    return doc


def arrest_account(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"rooms over a tattoo parlour in {case.force.town}"
    when = case.when(min(case.reported + timedelta(days=rng.randint(1, 20)), doc.day))
    doc.line(f"At about 06:45 on {when} colleagues and I went to {place}.")
    doc.line(f"In the kitchen stood a male, identified afterwards as {case.suspect_name(person)}.")
    doc.line(f"I arrested him for {case.offence} and cautioned him.")
    doc.line("He said: 'Get me a lawyer.' A van conveyed him to custody.")


def witness_account(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"I work as a {witness.job} in {case.force.town}. A detective put a photograph")
    doc.line(f"in front of me of a girl, referred to as {case.subject}; I recognise her from my shifts.")
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"Many times I watched her collected late at night by a {item.description}; "
            f"I noted its registration as {case.written_item(item)}."
        )
    if case.suspects:
        doc.line(f"The man who drives it calls himself {case.suspects[0].short}; I have served him.")
    else:
        doc.line("Whoever drove stayed a blur to me.")


def hotel_watch(case: Case, number: int, rng: random.Random) -> Doc:
    """A hotel watch notification: a hotel's night staff report a man and a girl."""
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "intel", f"hotelwatch_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police}: hotel watch notification, graded B2, for police use")
    ref = case.crime or case.incident
    doc.line(f"Attached to {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "a man who gave no name"
    for item in case.of("vehicle"):
        doc.line(f"Night staff report that {who} booked a twin room for cash and parked a "
                 f"{item.description}, index {case.written_item(item)}, at the back.")  # fmt: skip
    for item in case.of("phone"):
        doc.line(f"The booking gave {who}'s contact number as {case.written_item(item)}.")
    doc.line(f"Recorded by {case.officer.officer}, {case.when(day)}.")
    return doc


REFERRAL_HEADINGS = {
    "calderwick": "Calderwick District Council :: front door contact record",
    "quernmoor": "Quernmoor Borough Council | Early help assessment",
    "hobcarton": "HOBCARTON COUNTY COUNCIL - CHILDREN'S SERVICES CONTACT",
}


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "council/contacts", f"contact_{number:03d}", "referral", fmt, day)
    if fmt == "eml":
        doc.headers = {
            "From": f"Children's Contact Team <contact.team@{force.council_domain}>",
            "To": f"Child Abuse Investigation <caiu@{force.police_domain}>",
            "Subject": f"Contact recorded {case.referral.value}",
        }
    doc.line(REFERRAL_HEADINGS[force.key])
    doc.line(f"Council reference: {cite(doc, case, case.referral)}")
    doc.line(f"Date of contact: {case.when(day)}")
    doc.line(f"Child: {case.subject}")
    if case.council_only:
        doc.line(f"Contact from: {case.professional.short}, {case.professional.job}")
        doc.line("Share with police? Held back pending a team manager's view")
    else:
        doc.line(f"Contact from: {case.officer.officer}, {force.police}")
    police = None
    if case.crime:
        police = f"crime number {cite(doc, case, case.crime, form(case, 'council', case.crime))}"
    elif case.incident:
        police = f"call number {cite(doc, case, case.incident, variant(case.incident))}"
    if police:
        doc.fact(
            case,
            "tie",
            f"Police {police} and council reference {case.referral.value} describe one child "
            "and one incident.",
        )
    doc.line(
        f"Worries about {case.subject}: missing from school, gifts of trainers and vapes, "
        "much older boyfriend who drives."
    )
    doc.line(
        f"Decision: strategy discussion needed; allocated to {case.professional.short} "
        f"({case.professional.job})."
    )
    return doc


def safe_and_well(case: Case, number: int, rng: random.Random) -> Doc:
    """A safe and well check after the girl was found."""
    force, worker = case.force, case.professional
    fmt = FORMATS[force.key]["debrief"]
    day = case.reported + timedelta(days=rng.randint(2, 9))
    doc = new_doc(case, "council/missing", f"safewell_{number:03d}", "return interview", fmt, day)
    doc.line(f"{force.council}: safe and well check")
    doc.line(f"Child {case.subject}; seen by {worker.short} ({worker.job}) on {case.when(day)}")
    doc.line(f"Council reference {cite(doc, case, case.referral, variant(case.referral, 1))}")
    for item in case.of("address")[:1]:
        doc.line(f"She mentioned staying at {case.written_item(item)} but would not say more.")
    for item in case.of("phone")[:1]:
        doc.line(f"A number in her phone under the name 'Bro': {case.written_item(item)}.")
    doc.line("Plan: she keeps her phone charged and calls the carer if she is stuck anywhere.")
    return doc


def panel_minutes(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "council/panel", f"panel_{number:03d}", "minutes", fmt, day)
    chair, worker = case.supervisor, case.professional
    doc.line(f"{case.force.council}: exploitation panel sitting of {case.when(day)}")
    present = [f"{chair.short} (chair)", f"{worker.short}, {worker.job}"]
    if not case.council_only:
        present.append(case.officer.officer)
    doc.line(row(doc, case, "Present", *present))
    doc.line(f"Child under discussion: {case.subject}. Agency numbers read out:")
    names = {"crime": "police crime no.", "incident": "police call no.", "referral": "council ref."}
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref, 1) if ref.kind == "incident" else ""
            doc.line(row(doc, case, names[ref.kind], cite(doc, case, ref, style)))
    if fmt == "pdf":
        doc.new_page()
    who = "Police" if not case.council_only else "The social worker"
    for person in case.suspects:
        doc.line(f"{who} reported that {case.suspect_name(person)} may be grooming the girl.")
    for item in case.of("address"):
        doc.line(f"Premises flagged: {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Number flagged: {case.written_item(item)}.")
    doc.line(f"Actions: {worker.short} visits weekly; panel reviews again next month.")
    return doc


def mailbox(person: Person, dot: str = "") -> str:
    if dot:
        return f"{person.forename.lower()}{dot}{person.surname.lower()}"
    return f"{person.surname.lower()}{person.forename[0].lower()}"


def police_mail(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker, officer = case.force, case.professional, case.officer
    day = (case.closed or case.reported + timedelta(days=45)) + timedelta(days=rng.randint(1, 7))
    doc = new_doc(case, "mail", f"msg_{number:03d}", "e-mail", "eml", day)
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
    doc.line(f"Hi {worker.forename},")
    doc.line(
        f"{ref}: no update yet, sorry."
        if pending
        else f"We have finished with {ref}; the family will get a letter shortly."
    )
    if case.referral and case.crime:
        doc.line(f"Your team has it under {cite(doc, case, case.referral, variant(case.referral, 1))}.")
    doc.line("Thanks,")
    doc.line(officer.officer)
    return doc


def council_email(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker = case.force, case.professional
    day = case.reported + timedelta(days=rng.randint(20, 50))
    doc = new_doc(case, "mail", f"msg_{number:03d}", "e-mail", "eml", day)
    ref = cite(doc, case, case.referral, variant(case.referral))
    doc.headers = {
        "From": f"{worker.short} <{mailbox(worker)}@{force.council_domain}>",
        "To": f"Team Manager <team.manager@{force.council_domain}>",
        "Subject": f"{ref}: police ever informed?",
    }
    doc.line(
        f"Re {ref}: {case.subject} was missing again last night and her grandmother is "
        "threatening to go to the papers."
    )
    doc.line("I can't see any record of a call to the police. Was that ever decided?")
    doc.line(worker.short)
    return doc


def family_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=5)
    doc = new_doc(case, "letters", f"parent_{number:03d}", "letter", fmt, day)
    doc.line(force.station)
    doc.line(f"Our reference: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("Dear parent/carer,")
    doc.line(
        f"As the investigating officer for the matter involving your child, known in our "
        f"papers as {case.subject}, I now write."
    )
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    doc.line(f"With regards, {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = "txt" if case.council_only and force.key != "hobcarton" else FORMATS[force.key]["complaint"]
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"grievance_{number:03d}", "complaint", fmt, day)
    ref = case.crime or case.incident or case.referral
    if fmt == "eml":
        doc.headers = {
            "From": f"A grandmother <gran{number}@example.invalid>",
            "To": f"Professional Standards <psd@{force.police_domain}>",
            "Subject": "Complaint: nobody is protecting my granddaughter",
        }
    else:
        recipient = (
            f"Complaints Officer, {force.council}"
            if case.council_only
            else f"Professional Standards, {force.police}"
        )
        doc.line(f"For the attention of: {recipient}")
        doc.line(case.when(day))
    doc.line(f"Number quoted to me: {cite(doc, case, ref)}")
    doc.line(f"I am complaining about what was done for my granddaughter, called {case.subject} by you.")
    doc.line("A month ago I reported grown men picking her up by car. Silence since.")
    doc.line("Who leads her case, and has anything at all been done?")
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
        out.append(hotel_watch(case, number("intelligence"), rng))
    if case.referral:
        out.append(referral(case, number("referral"), rng))
        if rng.random() < 0.35:
            out.append(safe_and_well(case, number("debrief"), rng))
    if case.council_only:
        out.append(council_email(case, number("email"), rng))
    elif rng.random() < 0.6:
        out.append(police_mail(case, number("email"), rng))
    if case.crime and case.outcome_initial in CLOSED_OUTCOMES and rng.random() < 0.6:
        out.append(family_letter(case, number("letter")))
    if rng.random() < 0.5 or (case.referral and not case.crime):
        out.append(panel_minutes(case, number("minutes"), rng))
    if case.outcome_final == "unknown" or case.key.endswith("11"):
        out.append(complaint(case, number("complaint"), rng))
    return out
