"""The documents of each case of the thirteenth set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: a CAD event chronology, a control room
occurrence sheet or a front counter enquiry slip; crime records (a DOCX crime finalisation record,
a two-page PDF crime review panel sheet whose second page is the panel's decision, a text
investigation status print); custody record extracts; interview precis; MG11 witness statements;
3x5x2 intelligence submissions; council MASH enquiry forms, early help assessments and SERAF risk
screenings sent by e-mail; missing episode debriefs; MACE meeting minutes; e-mails; Victims' Code
update letters; complaints to professional standards. A line with " | " between its cells is a
table row in the DOCX files.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval13.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval13.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a crime number each kind of document prints, per force.
FORM = {
    "quillmoor": {"council": "long", "statement": "spaced", "notebook": "long", "email": "spaced"},
    "brackenholt": {
        "council": "dashed",
        "statement": "bracketed",
        "notebook": "dashed",
        "email": "bracketed",
    },
    "wexcombe": {"council": "spaced", "statement": "tailed", "notebook": "spaced", "email": "tailed"},
}
FORMATS = {  # the format of each kind of document, per force
    "quillmoor": {"incident": "pdf", "crime": "docx", "statement": "txt", "referral": "pdf",
                  "minutes": "docx", "letter": "txt", "review": "docx", "complaint": "docx",
                  "notebook": "pdf", "interview": "txt", "debrief": "pdf"},
    "brackenholt": {"incident": "txt", "crime": "pdf", "statement": "docx", "referral": "docx",
                    "minutes": "txt", "letter": "pdf", "review": "pdf", "complaint": "txt",
                    "notebook": "docx", "interview": "docx", "debrief": "txt"},
    "wexcombe": {"incident": "docx", "crime": "txt", "statement": "pdf", "referral": "eml",
                 "minutes": "pdf", "letter": "docx", "review": "txt", "complaint": "eml",
                 "notebook": "txt", "interview": "pdf", "debrief": "docx"},
}  # fmt: skip
TEXT_CELL = {"quillmoor": " :: ", "brackenholt": " ** ", "wexcombe": " ‖ "}
CALL_HEADINGS = {
    "quillmoor": "QUILLMOOR POLICE :: CAD EVENT CHRONOLOGY :: Force Control Room",
    "brackenholt": "Brackenholt Constabulary ** control room occurrence sheet ** Area Command Hub",
    "wexcombe": "Wexcombe Police | Front counter enquiry slip | Limekiln Yard enquiry office",
}
CALL_OPENED = {
    "quillmoor": "Event created {d}",
    "brackenholt": "Occurrence sheet opened {d}",
    "wexcombe": "Enquiry taken at the counter {d}",
}


def form(case: Case, where: str, ref: Ref) -> str:
    """The style a kind of document uses, when the reference has that form (else the usual one)."""
    style = FORM[case.force.key][where]
    return style if style in dict(ref.variants) else ""


def variant(ref: Ref, position: int = 0) -> str:
    """The style of one of a reference's other written forms (none: the usual form)."""
    return ref.variants[position % len(ref.variants)][0] if ref.variants else ""


def new_doc(case: Case, folder: str, stem: str, kind: str, fmt: str, day: date) -> Doc:
    return Doc(f"{case.force.key}/{folder}/{stem}.{fmt}", fmt, kind, day)


def row(doc: Doc, case: Case, *cells: str) -> str:
    """Cells as a row where the format has rows, else joined by the force's text separator."""
    return (TEXT_CELL[case.force.key] if doc.fmt in ("txt", "pdf") else " | ").join(cells)


def put(doc: Doc, case: Case, fact: str, line: str) -> None:
    if fact:
        doc.fact(case, fact, line)
    else:
        doc.line(line)


def incident_log(case: Case, number: int, rng: random.Random) -> Doc:
    """The first contact, as each force's control room or front counter keeps it."""
    force = case.force
    fmt = FORMATS[force.key]["incident"]
    doc = new_doc(case, "cad", f"event_{number:03d}", "incident log", fmt, case.reported)
    handler = f"CH{rng.randint(100, 989)}"
    doc.line(CALL_HEADINGS[force.key])
    doc.line(row(doc, case, "Event number", cite(doc, case, case.incident)))
    doc.fact(case, "reported", CALL_OPENED[force.key].format(d=case.when(case.reported)))
    hour = rng.randint(15, 19)
    entries = [
        f"Informant ({informant(case)}) reports {case.subject} absent since school, believed with "
        "older males in a car near the retail park.",
        f"{case.subject} located at 02:15 at a bus shelter, intoxicated, carrying a new handset she "
        "refuses to explain.",
    ]
    for item in case.of("vehicle")[:1]:
        entries.append(f"Vehicle mentioned: {item.description}, index {case.written_item(item)}.")
    entries.append(f"Attending: {case.officer.officer}.")
    for n, text in enumerate(entries):
        doc.line(row(doc, case, f"{hour + n:02d}{rng.randint(0, 59):02d}hrs", handler, text))
    incident_result(doc, case, handler)
    return doc


def informant(case: Case) -> str:
    return (
        "her grandmother"
        if case.outcome_initial == "unknown"
        else "the night manager at her residential unit"
    )


def incident_result(doc: Doc, case: Case, handler: str) -> None:
    """The closing entry: the crime or referral it led to, or a complaint and nothing after it."""
    if case.crime:
        text = f"Event {case.incident.value} resulted: crime recorded as {cite(doc, case, case.crime)}."
        doc.fact(case, "tie", row(doc, case, "closure", handler, text))
    elif case.referral:
        text = (
            f"No crime recorded. Event {case.incident.value} handed over to the council's front door, "
            f"which logged it as {cite(doc, case, case.referral)}."
        )
        doc.fact(case, "tie", row(doc, case, "closure", handler, text))
    else:
        doc.line(row(doc, case, "closure", handler, "Grandmother phoned again, upset nobody had visited."))
        doc.line(
            row(
                doc,
                case,
                "closure",
                handler,
                "Logged as dissatisfaction; duty inspector to ring her. Event closed, nothing further.",
            )
        )


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["crime"]
    day = case.reported + timedelta(days=1)
    doc = new_doc(case, "crime", f"crime_{number:03d}", "crime report", fmt, day)
    writer = {"quillmoor": finalisation_record, "brackenholt": panel_sheet, "wexcombe": status_print}
    writer[case.force.key](doc, case, rng)
    return doc


def finalisation_record(doc: Doc, case: Case, rng: random.Random) -> None:
    """A crime finalisation record: a DOCX table, the finalisation entry last."""
    doc.line("Quillmoor Police | Crime finalisation record | RESTRICTED")
    doc.line(f"Crime number | {cite(doc, case, case.crime)}")
    doc.line(f"Offence recorded | {case.offence}")
    doc.line(f"Aggrieved | {case.subject}")
    if case.incident:
        doc.fact(case, "tie", f"CAD event | {cite(doc, case, case.incident)} became crime {case.crime.value}")
    if case.referral:
        doc.fact(
            case,
            "tie",
            f"MASH enquiry | {cite(doc, case, case.referral)} is held with crime {case.crime.value}",
        )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Officer in the case | {case.officer.officer}")
    for line in people_lines(case, rng):
        doc.line(f"Persons | {line}")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def panel_sheet(doc: Doc, case: Case, rng: random.Random) -> None:
    """A two-page crime review panel sheet: the crime number heads each page, the decision is page 2."""
    doc.line(
        f"BRACKENHOLT CONSTABULARY ** CRIME REVIEW PANEL ** {cite(doc, case, case.crime)} ** sheet 1 of 2"
    )
    doc.line(f"Offence under review: {case.offence}. Panel chair: {case.supervisor.officer}.")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "occurrence"), (case.referral, "early help assessment")):
        if ref:
            doc.fact(
                case,
                "tie",
                f"Cross-reference: {what} {cite(doc, case, ref)} forms part of {case.crime.value}.",
            )
    doc.line(f"Investigator presenting: {case.officer.officer}.")
    for line in people_lines(case, rng):
        doc.line(f"* {line}")
    doc.new_page()
    doc.line(
        f"BRACKENHOLT CONSTABULARY ** CRIME REVIEW PANEL ** "
        f"{cite(doc, case, case.crime, variant(case.crime, 1))} ** sheet 2 of 2, decision"
    )
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def status_print(doc: Doc, case: Case, rng: random.Random) -> None:
    """An investigation status print from the records system, in capitals where the system writes."""
    doc.line(f"WEXCOMBE POLICE ‖ INVESTIGATION STATUS PRINT ‖ CRIME {cite(doc, case, case.crime)}")
    doc.line(f"OFFENCE: {case.offence}")
    doc.line(f"VICTIM CODE: {case.subject}")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "COUNTER ENQUIRY"), (case.referral, "COUNCIL REFERRAL")):
        if ref:
            doc.fact(case, "tie", f"ASSOCIATED {what} {cite(doc, case, ref)} -> CRIME {case.crime.value}")
    doc.line(f"OIC: {case.officer.officer} ‖ REVIEWING SUPERVISOR: {case.supervisor.officer}")
    for line in people_lines(case, rng):
        doc.line(line)
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def people_lines(case: Case, rng: random.Random) -> list[str]:
    """The suspects, their homes, vehicles and phones and anyone ruled out, in the force's words."""
    lines, homes = [], case.of("address")
    for position, person in enumerate(case.suspects):
        lines.append(suspect_sentence(case, person, rng))
        if position < len(homes):
            lines.append(
                f"Home address of {case.suspect_name(person)}: {case.written_item(homes[position])}."
            )
    for item in homes[len(case.suspects) :]:
        lines.append(f"{case.subject} describes visits to {case.written_item(item)} on more than one night.")
    for item in case.of("vehicle"):
        lines.append(f"Vehicle linked to the enquiry: {item.description}, index {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "a male not identified"
        lines.append(
            f"Number {case.written_item(item)} texted {case.subject} repeatedly; attributed to {owner}."
        )
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        lines.append("Suspects: none yet.")
    return lines


def result_lines(case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """The closing entries of a force's own record: (line, fact or "")."""
    out: list[tuple[str, str]] = []
    if case.witness:
        out.append((f"Witness seen: {case.witness.short}, {case.witness.job}.", ""))
    out.append((f"Children's services contact: {case.professional.short}, {case.professional.job}.", ""))
    if case.awaiting_cps:
        out.append(("Charging advice sought: full file sent to the prosecutors.", ""))
        out.append(("No reply on file from the CPS. Nothing is recorded after this.", ""))
        return out
    if case.outcome_initial == "unknown":
        out.append((f"Passed to {case.supervisor.officer} for review. Nothing is recorded after this.", ""))
        return out
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    out.append(
        (
            outcome_sentence(case, case.outcome_initial, when),
            "outcome" if not case.reopened else "outcome_initial",
        )
    )
    if case.closed:
        out.append((closed_sentence(case, case.closed), "closed" if not case.reopened else "closed_initial"))
    return out


def notebook(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """An extract of the custody record opened when the suspect was booked in."""
    fmt = FORMATS[case.force.key]["notebook"]
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "custody", f"custody_{number:03d}", "notebook", fmt, day)
    doc.line(f"{case.force.police}: custody record extract, custody number {rng.randint(100000, 999999)}")
    crime = cite(doc, case, case.crime, form(case, "notebook", case.crime))
    doc.line(f"Booked in {case.when(day)} 07:20 on crime {crime}.")
    doc.line(f"Detained person: {case.suspect_name(person)}. Arresting officer {case.officer.officer}.")
    doc.line(f"Grounds: arrested on suspicion of {case.offence}.")
    doc.line("Detention authorised so that he could be interviewed. Rights given; asked for a solicitor.")
    doc.line("Reply on arrest: 'Whatever she said is rubbish.'")
    return doc


def interview_note(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The interviewing officer's precis of a recorded interview."""
    fmt = FORMATS[case.force.key]["interview"]
    day = case.reported + timedelta(days=rng.randint(5, 30))
    doc = new_doc(case, "interviews", f"precis_{number:03d}", "interview record", fmt, day)
    doc.line(f"{case.force.police}: precis of recorded interview")
    doc.line(f"Person interviewed: {case.suspect_name(person)}; date {case.when(day)}")
    ref = case.crime or case.incident
    doc.line(f"Reference: {cite(doc, case, ref, variant(ref, number))}")
    lawyer = case.solicitor.short if case.solicitor else "declined"
    doc.line(f"Interviewer {case.officer.officer}. Legal adviser: {lawyer}.")
    doc.line(f"His solicitor read out a written denial of any sexual contact with {case.subject}.")
    doc.line("Answered no comment to all further questions; interview concluded after 41 minutes.")
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    doc = new_doc(case, "statements", f"mg11_{number:03d}", "statement", fmt, day)
    doc.line(f"{force.police} - MG11 witness statement")
    doc.line("Declaration: I give this one-page statement believing every word of it accurate, and")
    doc.line("aware that I may be prosecuted if, once produced in court, it holds anything")
    doc.line("I knew to be untrue.")
    if case.crime:
        doc.line(f"URN / crime: {cite(doc, case, case.crime, form(case, 'statement', case.crime))}")
    else:
        doc.line(f"Event: {cite(doc, case, case.incident)}")
    if person.role == "officer":
        doc.line(f"Statement of {person.short}, {person.rank}, shoulder number {person.collar}.")
        arrest_account(doc, case, rng)
    else:
        doc.line(f"Statement of {person.short}, occupation {person.job}, over eighteen.")
        witness_account(doc, case, person)
    taker = case.supervisor if person.role == "officer" else case.officer
    doc.line(f"Signature: {person.short}. Dated {case.when(day)}. Taken by {taker.officer}.")
    return doc


def arrest_account(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"a flat above a launderette in {case.force.town}"
    when = case.when(min(case.reported + timedelta(days=rng.randint(1, 20)), doc.day))
    doc.line(f"At 06:10 on {when} colleagues and I forced entry to {place}.")
    doc.line(f"In the back bedroom was a man later identified to me as {case.suspect_name(person)}.")
    doc.line(f"Arrest made for {case.offence}; caution given by me.")
    doc.line("His reply: 'Who told you where I live?' He was driven to the custody block.")


def witness_account(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"I work as a {witness.job} in {case.force.town}. The officer showed me a photograph")
    doc.line(f"of a girl their records name {case.subject}; I have often seen her.")
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"Men in a {item.description} used to collect her late at night; "
            f"I noted the registration as {case.written_item(item)}."
        )
    if case.suspects:
        doc.line(f"I recognised the driver from around town: {case.suspects[0].short}.")
    else:
        doc.line("The men stayed in the car, so I cannot describe them.")


def intelligence(case: Case, number: int, rng: random.Random) -> Doc:
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "intel", f"submission_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police}: intelligence submission, 3x5x2 graded, source B, intelligence 2")
    ref = case.crime or case.incident
    doc.line(f"Relates to: {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "an unidentified male"
    for item in case.of("vehicle"):
        doc.line(f"It is reported that {who} drives a {item.description}, index {case.written_item(item)}, "
                 "and collects young girls from the town centre in it.")  # fmt: skip
    for item in case.of("phone"):
        doc.line(f"It is reported that {who} uses the number {case.written_item(item)}.")
    doc.line(f"Submitting officer {case.officer.officer}, {case.when(day)}.")
    return doc


REFERRAL_HEADINGS = {
    "quillmoor": "Quillmoor Borough Council :: MASH enquiry form",
    "brackenholt": "Brackenholt District Council | Early help assessment",
    "wexcombe": "WEXCOMBE UNITARY COUNCIL - SERAF SEXUAL EXPLOITATION RISK SCREENING",
}


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "council/front_door", f"enquiry_{number:03d}", "referral", fmt, day)
    if fmt == "eml":
        doc.headers = {
            "From": f"Children's Front Door <front.door@{force.council_domain}>",
            "To": f"Child Exploitation Team <cet@{force.police_domain}>",
            "Subject": f"SERAF screening outcome - {case.referral.value}",
        }
    doc.line(REFERRAL_HEADINGS[force.key])
    doc.line(f"Council reference: {cite(doc, case, case.referral)}")
    doc.line(f"Date received: {case.when(day)}")
    doc.line(f"Child: {case.subject}")
    if case.council_only:
        doc.line(f"Referrer: {case.professional.short}, {case.professional.job}")
        doc.line("Shared with police: no, team manager to decide after assessment")
    else:
        doc.line(f"Referrer: {case.officer.officer}, {force.police}")
    if case.crime:
        police = cite(doc, case, case.crime, form(case, "council", case.crime))
        doc.fact(
            case,
            "tie",
            f"Police crime {police} and council reference {case.referral.value} "
            "concern the same child and events.",
        )
    elif case.incident:
        police = cite(doc, case, case.incident, variant(case.incident))
        doc.fact(
            case,
            "tie",
            f"Police event {police} and council reference {case.referral.value} "
            "concern the same child and events.",
        )
    doc.line(
        f"Indicators for {case.subject}: nights away from home, cash and gifts from unknown sources, "
        "an adult 'boyfriend'."
    )
    doc.line(f"Decision: significant risk; allocated to {case.professional.short} ({case.professional.job}).")
    return doc


def debrief(case: Case, number: int, rng: random.Random) -> Doc:
    """A missing episode debrief by the council's worker."""
    force, worker = case.force, case.professional
    fmt = FORMATS[force.key]["debrief"]
    day = case.reported + timedelta(days=rng.randint(2, 9))
    doc = new_doc(case, "council/missing", f"debrief_{number:03d}", "return interview", fmt, day)
    doc.line(f"{force.council}: missing episode debrief")
    doc.line(f"Child {case.subject}; debrief by {worker.short} ({worker.job}) on {case.when(day)}")
    doc.line(f"Council reference {cite(doc, case, case.referral, variant(case.referral, 1))}")
    for item in case.of("address")[:1]:
        doc.line(f"She named {case.written_item(item)} as where she stays, and would not say more.")
    for item in case.of("phone")[:1]:
        doc.line(f"Her phone lists {case.written_item(item)} under the name 'Bro'.")
    doc.line("She agreed to ring her worker if she goes missing again.")
    return doc


def panel_minutes(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "council/mace", f"mace_{number:03d}", "minutes", fmt, day)
    chair, worker = case.supervisor, case.professional
    doc.line(
        f"{case.force.council}: MACE panel (multi-agency child exploitation), minutes of {case.when(day)}"
    )
    doc.line(row(doc, case, "Present", f"{chair.short} (chair)", f"{worker.short}, {worker.job}")
             + ("" if case.council_only else row(doc, case, "", case.officer.officer)))  # fmt: skip
    doc.line(f"Item 3: {case.subject}. Numbers the agencies hold:")
    names = {"crime": "police crime", "incident": "police event", "referral": "council ref."}
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref, 1) if ref.kind == "incident" else ""
            doc.line(row(doc, case, names[ref.kind], cite(doc, case, ref, style)))
    if fmt == "pdf":
        doc.new_page()
    who = "Police" if not case.council_only else "Children's services"
    for person in case.suspects:
        doc.line(f"{who} reported that {case.suspect_name(person)} is thought to be exploiting her.")
    for item in case.of("address"):
        doc.line(f"Premises of concern: {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Number of concern: {case.written_item(item)}.")
    doc.line(f"Actions: {worker.short} to visit on Mondays and Thursdays; next review in a month.")
    return doc


def mailbox(person: Person, dot: str = "") -> str:
    if dot:
        return f"{person.forename.lower()}{dot}{person.surname.lower()}"
    return f"{person.surname.lower()}{person.forename[0].lower()}"


def police_mail(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker, officer = case.force, case.professional, case.officer
    day = (case.closed or case.reported + timedelta(days=45)) + timedelta(days=rng.randint(1, 7))
    doc = new_doc(case, "mail", f"message_{number:03d}", "e-mail", "eml", day)
    if case.crime:
        ref = cite(doc, case, case.crime, form(case, "email", case.crime))
    else:
        other = case.incident or case.referral
        ref = cite(doc, case, other, variant(other))
    pending = case.outcome_initial in ("unknown", "open") or case.reopened or case.awaiting_cps
    doc.headers = {
        "From": f"{officer.short} <{mailbox(officer, '.')}@{force.police_domain}>",
        "To": f"{worker.short} <{mailbox(worker)}@{force.council_domain}>",
        "Subject": f"[RESTRICTED] {ref} - update",
    }
    doc.line(f"Hello {worker.forename},")
    doc.line(
        f"Nothing new to report on {ref} yet."
        if pending
        else f"{ref}: finalised. Family being informed by post."
    )
    if case.referral and case.crime:
        doc.line(
            f"Your council number for this one: {cite(doc, case, case.referral, variant(case.referral, 1))}."
        )
    doc.line("Thanks,")
    doc.line(officer.officer)
    return doc


def council_email(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker = case.force, case.professional
    day = case.reported + timedelta(days=rng.randint(20, 50))
    doc = new_doc(case, "mail", f"message_{number:03d}", "e-mail", "eml", day)
    ref = cite(doc, case, case.referral, variant(case.referral))
    doc.headers = {
        "From": f"{worker.short} <{mailbox(worker)}@{force.council_domain}>",
        "To": f"Service Lead <service.lead@{force.council_domain}>",
        "Subject": f"{ref} - did the police ever get this?",
    }
    doc.line(
        f"Re {ref}: {case.subject} disappeared for two nights this weekend; "
        "her grandmother is now complaining."
    )
    doc.line("I can see no record that anyone rang the police about her. Who decided that?")
    doc.line(worker.short)
    return doc


def family_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=5)
    doc = new_doc(case, "letters", f"victim_update_{number:03d}", "letter", fmt, day)
    doc.line(force.station)
    doc.line(f"Our reference: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("Dear parent or carer,")
    doc.line(
        f"I am the officer dealing with the report concerning your daughter, recorded as {case.subject}."
    )
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    doc.line(f"With kind regards, {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = "docx" if case.council_only else FORMATS[force.key]["complaint"]
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"complaint_{number:03d}", "complaint", fmt, day)
    ref = case.crime or case.incident or case.referral
    if fmt == "eml":
        doc.headers = {
            "From": f"A grandmother <gran{number}@example.invalid>",
            "To": f"Professional Standards <psd@{force.police_domain}>",
            "Subject": "Complaint - the handling of my granddaughter's report",
        }
    else:
        recipient = (
            f"the Customer Feedback Team, {force.council}"
            if case.council_only
            else f"the Professional Standards Department, {force.police}"
        )
        doc.line(f"For the attention of {recipient}")
        doc.line(case.when(day))
    doc.line(f"Reference I was given: {cite(doc, case, ref)}")
    doc.line(
        f"My complaint concerns the way my granddaughter, {case.subject} in your records, has been handled."
    )
    doc.line("Months ago I told you she was being driven off at night by adult men. Nobody phoned me back.")
    doc.line("Tell me the officer leading it, and what has happened since.")
    return doc


def case_documents(case: Case, counter: dict[str, int], rng: random.Random) -> list[Doc]:
    """The files one case leaves behind; which ones depends on its references and people."""

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
            out.append(notebook(case, number("notebook"), arrested[0], rng))
    if interviewed and rng.random() < 0.6:
        out.append(interview_note(case, number("interview"), interviewed[0], rng))
    if case.witness and (case.crime or case.incident):
        out.append(statement(case, number("statement"), case.witness, rng))
    if (case.of("vehicle") or case.of("phone")) and (case.crime or case.incident) and rng.random() < 0.6:
        out.append(intelligence(case, number("intelligence"), rng))
    if case.referral:
        out.append(referral(case, number("referral"), rng))
        if rng.random() < 0.35:
            out.append(debrief(case, number("debrief"), rng))
    if case.council_only:
        out.append(council_email(case, number("email"), rng))
    elif rng.random() < 0.6:
        out.append(police_mail(case, number("email"), rng))
    if case.crime and case.outcome_initial in CLOSED_OUTCOMES and rng.random() < 0.6:
        out.append(family_letter(case, number("letter")))
    if rng.random() < 0.5 or (case.referral and not case.crime):
        out.append(panel_minutes(case, number("minutes"), rng))
    if case.outcome_final == "unknown" or case.key.endswith("10"):
        out.append(complaint(case, number("complaint"), rng))
    return out
