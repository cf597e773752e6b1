"""The documents of each case of the eighteenth set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: a radio channel log, a transcript of the
emergency call or a front counter enquiry book; crime records (a text crime record ending in the
officer's text messages to the carer, a DOCX records store retention slip, a two-page PDF handover
note); records of a search of premises after arrest; pre-interview disclosure notes to the
solicitor; officers' arrest notes and house-to-house questionnaires; ANPR and subscriber check
returns; a school's safeguarding referral, a housing officer's safeguarding concern or an
out-of-hours social work duty log sent by e-mail; pharmacy safeguarding checklists; school
attendance and welfare meeting notes; e-mails; letters to carers; complaints (by a councillor's
e-mail, a family solicitor's letter, a message to the force's public page, and to the council's
ombudsman liaison officer). A line with " | " between its cells is a table row in the DOCX files.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval18.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval18.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a crime number each kind of document prints, per force.
FORM = {
    "thirlwick": {"council": "halfyear", "statement": "spaced", "custody": "halfyear", "email": "spaced"},
    "wendlecombe": {"council": "classlast", "statement": "spaced", "custody": "classlast", "email": "spaced"},
    "pellingford": {"council": "grouped", "statement": "runtogether", "custody": "grouped",
                    "email": "runtogether"},
}  # fmt: skip
FORMATS = {  # the format of each kind of document, per force
    "thirlwick": {"incident": "txt", "crime": "txt", "statement": "pdf", "referral": "pdf",
                  "minutes": "docx", "letter": "docx", "review": "docx", "complaint": "eml",
                  "custody": "txt", "interview": "pdf", "debrief": "docx"},
    "wendlecombe": {"incident": "pdf", "crime": "docx", "statement": "txt", "referral": "docx",
                    "minutes": "pdf", "letter": "txt", "review": "txt", "complaint": "pdf",
                    "custody": "docx", "interview": "txt", "debrief": "pdf"},
    "pellingford": {"incident": "docx", "crime": "pdf", "statement": "docx", "referral": "eml",
                    "minutes": "txt", "letter": "pdf", "review": "pdf", "complaint": "docx",
                    "custody": "pdf", "interview": "docx", "debrief": "txt"},
}  # fmt: skip
TEXT_CELL = {"thirlwick": " ~ ", "wendlecombe": " >> ", "pellingford": " :: "}
CALL_HEADINGS = {
    "thirlwick": "THIRLWICK POLICE ~ RADIO CHANNEL 3 LOG ~ Coopersgate dispatch desk",
    "wendlecombe": "Wendlecombe Constabulary >> emergency call transcript >> force contact centre",
    "pellingford": "Pellingford Police | front counter enquiry book | Hollowmarsh Lane station",
}
CASH = {"thirlwick": "£60", "wendlecombe": "£60", "pellingford": "sixty pounds"}
CALL_OPENED = {
    "thirlwick": "Channel opened for this job {d}",
    "wendlecombe": "Call connected {d}",
    "pellingford": "Enquiry written up at the counter {d}",
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
    """How each force keeps the first report about the girl."""
    force = case.force
    fmt = FORMATS[force.key]["incident"]
    doc = new_doc(case, "calls", f"call_{number:03d}", "incident log", fmt, case.reported)
    handler = f"OP{rng.randint(10, 98)}"
    doc.line(CALL_HEADINGS[force.key])
    doc.line(row(doc, case, "Job", cite(doc, case, case.incident)))
    doc.fact(case, "reported", CALL_OPENED[force.key].format(d=case.when(case.reported)))
    hour = rng.randint(16, 19)
    if force.key == "pellingford":  # the event number carries the hour the call came in
        hour = int(case.incident.value.rsplit("-", 1)[1][:2])
    entries = [
        f"Caller is {caller(case)}; {case.subject} went out after school and has not come back; a "
        "friend says two older men in a car picked her up by the park gates.",
        f"Update: {case.subject} walked in at 01:40, unsteady on her feet, carrying {CASH[force.key]} "
        "and a mobile she will not explain.",
    ]
    for item in case.of("vehicle")[:1]:
        entries.append(f"Car described: {item.description}, registration {case.written_item(item)}.")
    entries.append(f"Passed to {case.officer.officer} to follow up.")
    for n, text in enumerate(entries):
        doc.line(row(doc, case, f"{(hour + n) % 24:02d}.{rng.randint(0, 59):02d}", handler, text))
    incident_result(doc, case, handler)
    return doc


def caller(case: Case) -> str:
    return (
        "her aunt, her special guardian"
        if case.outcome_initial == "unknown"
        else "a night-shift carer from her residential unit"
    )


def incident_result(doc: Doc, case: Case, handler: str) -> None:
    """The last entry: the crime or council record the call became, or anger and silence."""
    if case.crime:
        text = f"Job {case.incident.value} now recorded as crime {cite(doc, case, case.crime)}."
        doc.fact(case, "tie", row(doc, case, "result", handler, text))
    elif case.referral:
        council = cite(doc, case, case.referral)
        text = f"Not a crime yet: {case.incident.value} went to the council, who logged it as {council}."
        doc.fact(case, "tie", row(doc, case, "result", handler, text))
    else:
        doc.line(
            row(doc, case, "result", handler, "Aunt rang back, furious nobody in uniform has called round.")
        )
        doc.line(
            row(doc, case, "result", handler, "Her anger written down; job closed without another entry.")
        )


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["crime"]
    day = case.reported + timedelta(days=1)
    doc = new_doc(case, "crime", f"record_{number:03d}", "crime report", fmt, day)
    writer = {"thirlwick": text_log_record, "wendlecombe": retention_slip, "pellingford": handover_note}
    writer[case.force.key](doc, case, rng)
    return doc


def text_log_record(doc: Doc, case: Case, rng: random.Random) -> None:
    """The crime record, ending in the log of the officer's text messages to the carer."""
    doc.line(f"CRIME RECORD ~ {cite(doc, case, case.crime)} ~ owner warrant {case.officer.collar}")
    doc.line(f"What is alleged: {case.offence}")
    doc.line(f"Aggrieved: {case.subject}")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "radio log job"), (case.referral, "school referral")):
        if ref:
            doc.fact(case, "tie", f"Linked {what} {cite(doc, case, ref)} ~ belongs with {case.crime.value}")
    doc.line(f"Officer in the case {case.officer.officer}; supervised by {case.supervisor.officer}")
    for line in people_lines(case, rng):
        doc.line(line)
    doc.line("CARER CONTACT LOG (texts sent from the unit phone)")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def retention_slip(doc: Doc, case: Case, rng: random.Random) -> None:
    """The crime file's cover sheet and the records store's retention slip, in a DOCX."""
    doc.line("Wendlecombe Constabulary | Crime file cover and records store retention slip")
    doc.line(f"Crime | {cite(doc, case, case.crime)}")
    doc.line(f"Offence | {case.offence}")
    doc.line(f"Young person | {case.subject}")
    for ref, what in ((case.incident, "contact centre log"), (case.referral, "housing concern")):
        if ref:
            doc.fact(
                case, "tie", f"Cross-referenced | {what} {cite(doc, case, ref)} relates to {case.crime.value}"
            )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Officer | {case.officer.officer}")
    for line in people_lines(case, rng):
        doc.line(f"Note | {line}")
    doc.line(f"Checked by {case.supervisor.officer} before boxing:")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def handover_note(doc: Doc, case: Case, rng: random.Random) -> None:
    """A two-page handover note: page 1 what the crime is, page 2 where it stands."""
    doc.line(f"PELLINGFORD POLICE :: HANDOVER NOTE :: {cite(doc, case, case.crime)} :: part 1 of 2")
    doc.line(f"To whoever takes this on after me. The allegation is {case.offence}.")
    doc.line(f"Supervisor: {case.supervisor.officer}.")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "front counter entry"), (case.referral, "council duty log")):
        if ref:
            doc.fact(
                case,
                "tie",
                f"You will also see {what} {cite(doc, case, ref)}; it is the same job as {case.crime.value}.",
            )
    doc.line(f"From {case.officer.officer}.")
    for line in people_lines(case, rng):
        doc.line(f"- {line}")
    doc.new_page()
    doc.line(
        f"PELLINGFORD POLICE :: HANDOVER NOTE :: "
        f"{cite(doc, case, case.crime, variant(case.crime, 1))} :: part 2 of 2, where it stands"
    )
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def people_lines(case: Case, rng: random.Random) -> list[str]:
    """Suspects, their homes, cars and phones, and anyone ruled out, in the force's words."""
    lines, homes = [], case.of("address")
    for position, person in enumerate(case.suspects):
        lines.append(suspect_sentence(case, person, rng))
        if position < len(homes):
            lines.append(f"{case.suspect_name(person)} lives at {case.written_item(homes[position])}.")
    for item in homes[len(case.suspects) :]:
        lines.append(f"{case.subject} was taken more than once to {case.written_item(item)} and kept there.")
    for item in case.of("vehicle"):
        lines.append(f"Vehicle used: {item.description}, registration {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "an unknown man"
        lines.append(
            f"Calls to {case.subject} came from {case.written_item(item)}, thought to be used by {owner}."
        )
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        lines.append("Nobody identified as the offender yet.")
    return lines


def result_lines(case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """The last entries of a force's own crime record: (line, fact or "")."""
    out: list[tuple[str, str]] = []
    if case.witness:
        out.append((f"Witness found on house-to-house: {case.witness.short} ({case.witness.job}).", ""))
    out.append((f"Council worker involved: {case.professional.short}, {case.professional.job}.", ""))
    if case.awaiting_cps:
        out.append(("CPS have the file; advice on charge awaited.", ""))
        out.append(("CPS have not answered. Entries stop here.", ""))
        return out
    if case.outcome_initial == "unknown":
        out.append((f"Sent up to {case.supervisor.officer} to decide. Entries stop here.", ""))
        return out
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    fact = "outcome" if not case.reopened else "outcome_initial"
    out.append((outcome_sentence(case, case.outcome_initial, when), fact))
    if case.closed:
        out.append((closed_sentence(case, case.closed), "closed" if not case.reopened else "closed_initial"))
    return out


def search_record(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The record of the search of the suspect's home after his arrest."""
    fmt = FORMATS[case.force.key]["custody"]
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "searches", f"search_{number:03d}", "notebook", fmt, day)
    doc.line(
        f"{case.force.police}: record of search of premises after arrest, "
        f"no. {rng.randint(100, 999)}/{day:%y}"
    )
    crime = cite(doc, case, case.crime, form(case, "custody", case.crime))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else "the address given on arrest"
    doc.line(f"Searched {case.when(day)} from 07:10, for crime {crime}, at {place}.")
    doc.line(
        f"Occupier arrested: {case.suspect_name(person)}. Officer in charge of search {case.officer.officer}."
    )
    doc.line("Seized: two phones, a SIM card wallet, a school tie that is not his.")
    doc.line("Damage caused: none. Copy of this record left with the occupier.")
    return doc


def disclosure_note(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """What the officer disclosed to the suspect's solicitor before interview."""
    fmt = FORMATS[case.force.key]["interview"]
    day = case.reported + timedelta(days=rng.randint(5, 30))
    doc = new_doc(case, "interviews", f"disclosure_{number:03d}", "interview record", fmt, day)
    doc.line(f"{case.force.police}: pre-interview disclosure to the legal adviser")
    doc.line(f"Client: {case.suspect_name(person)}; disclosed {case.when(day)}")
    ref = case.crime or case.incident
    doc.line(f"Our reference {cite(doc, case, ref, variant(ref, number))}")
    lawyer = case.solicitor.short if case.solicitor else "none requested"
    doc.line(f"Disclosing officer {case.officer.officer}. Adviser: {lawyer}.")
    doc.line(f"Disclosed: {case.subject} has given an account on video, and her phone has been examined.")
    doc.line("Not disclosed at this stage: what the phone shows. Interview to follow at 14:00.")
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """An officer's arrest notes, or a house-to-house questionnaire from a witness."""
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    kind = "arrest_notes" if person.role == "officer" else "house_to_house"
    doc = new_doc(case, "statements", f"{kind}_{number:03d}", "statement", fmt, day)
    if case.crime:
        ref = f"Crime {cite(doc, case, case.crime, form(case, 'statement', case.crime))}"
    else:
        ref = f"Job {cite(doc, case, case.incident)}"
    if person.role == "officer":
        doc.line(f"{force.police}: officer's arrest notes, made as soon as practicable")
        doc.line(ref)
        doc.line(f"Notes of {person.short}, {person.rank}, warrant {person.collar}.")
        arrest_account(doc, case, rng)
        doc.line(f"Signed {person.short}, {case.when(day)}; seen by {case.supervisor.officer}.")
    else:
        doc.line(f"{force.police}: house-to-house enquiry questionnaire")
        doc.line(ref)
        doc.line(f"Person spoken to: {person.short}, adult, {person.job}.")
        witness_account(doc, case, person)
        doc.line(f"Completed {case.when(day)} by {case.officer.officer}; signed by the person spoken to.")
    return doc


def arrest_account(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"rooms over a launderette in {case.force.town}"
    when = case.when(min(case.reported + timedelta(days=rng.randint(1, 20)), doc.day))
    doc.line(f"Forced entry at 06:30 on {when} at {place}; a man was in the hall.")
    doc.line(f"He gave his name and it was checked: {case.suspect_name(person)}.")
    doc.line(f"Arrest made for {case.offence}; caution given at the door.")
    doc.line("Reply after caution: 'You have got the wrong man.' Conveyed by van.")


def witness_account(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"Q1 Your work? A: {witness.job} in {case.force.town}.")
    doc.line(f"Q2 Recognise the girl in this photograph ({case.subject})? A: Yes, she is often about.")
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"Q3 Any vehicle seen with her? A: A {item.description}, I noted the number: "
            f"{case.written_item(item)}."
        )
    if case.suspects:
        doc.line(f"Q4 The driver? A: He calls himself {case.suspects[0].short}.")
    else:
        doc.line("Q4 The driver? A: Only ever saw the back of his head.")


def check_report(case: Case, number: int, rng: random.Random) -> Doc:
    """An ANPR and subscriber check return on the car and the phone."""
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "intelligence", f"anpr_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police}: ANPR and phone subscriber check return (handling code P)")
    ref = case.crime or case.incident
    doc.line(f"Requested for {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "no known person"
    for item in case.of("vehicle"):
        doc.line(
            f"ANPR: {item.description}, registration {case.written_item(item)}, read by cameras on the "
            f"ring road on nine nights; registered keeper linked to {who}."
        )
    for item in case.of("phone"):
        doc.line(
            f"Subscriber: {case.written_item(item)} is a prepaid SIM, topped up with cash; used by {who}."
        )
    doc.line(f"Returned to {case.officer.officer} on {case.when(day)}.")
    return doc


REFERRAL_HEADINGS = {
    "thirlwick": "Thirlwick Metropolitan Borough Council ~ safeguarding referral from a school",
    "wendlecombe": "Wendlecombe County Council | Housing officer's safeguarding concern",
    "pellingford": "PELLINGFORD UNITARY COUNCIL :: OUT OF HOURS SOCIAL WORK DUTY LOG",
}


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "council/referrals", f"referral_{number:03d}", "referral", fmt, day)
    if fmt == "eml":
        doc.headers = {
            "From": f"Out of Hours Duty Team <emergency.duty@{force.council_domain}>",
            "To": f"Child Protection Team <cpt@{force.police_domain}>",
            "Subject": f"Duty log {case.referral.value} passed on",
        }
    doc.line(REFERRAL_HEADINGS[force.key])
    doc.line(f"Council number: {cite(doc, case, case.referral)}")
    doc.line(f"Logged: {case.when(day)}")
    doc.line(f"Young person: {case.subject}")
    if case.council_only:
        doc.line(f"Raised by: {case.professional.short}, {case.professional.job}")
        doc.line("Police told? Not yet - awaiting the team manager's view")
    else:
        doc.line(f"Raised by: {case.officer.officer}, {force.police}")
    police = None
    if case.crime:
        police = f"crime {cite(doc, case, case.crime, form(case, 'council', case.crime))}"
    elif case.incident:
        police = f"job {cite(doc, case, case.incident, variant(case.incident))}"
    if police:
        doc.fact(
            case,
            "tie",
            f"The police {police} and our {case.referral.value} relate to one child and "
            "what happened to her.",
        )
    doc.line(
        f"Concerns for {case.subject}: missing overnight, new clothes and trainers, a second SIM, "
        "men in cars at the school gate."
    )
    doc.line(
        f"Outcome of triage: strategy meeting; case held by {case.professional.short} "
        f"({case.professional.job})."
    )
    return doc


def pharmacy_checklist(case: Case, number: int, rng: random.Random) -> Doc:
    """A community pharmacy's safeguarding checklist after the girl asked for emergency contraception."""
    force, worker = case.force, case.professional
    fmt = FORMATS[force.key]["debrief"]
    day = case.reported + timedelta(days=rng.randint(2, 9))
    doc = new_doc(case, "council/pharmacy", f"checklist_{number:03d}", "return interview", fmt, day)
    doc.line(f"{force.council}: community pharmacy safeguarding checklist (under-16s)")
    doc.line(f"Client {case.subject}; pharmacist's checklist sent to {worker.short} on {case.when(day)}")
    doc.line(f"Council number {cite(doc, case, case.referral, variant(case.referral, 1))}")
    for item in case.of("address")[:1]:
        doc.line(f"Where she stayed last night, in her words: {case.written_item(item)}.")
    for item in case.of("phone")[:1]:
        doc.line(f"Boyfriend's number, from her phone: {case.written_item(item)}.")
    doc.line("Supplied: levonorgestrel 1.5 mg. Partner older than 18: yes. Referred on: yes.")
    return doc


def meeting_notes(case: Case, number: int, rng: random.Random) -> Doc:
    """School attendance and welfare meeting notes."""
    fmt = FORMATS[case.force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "council/school", f"welfare_{number:03d}", "minutes", fmt, day)
    chair, worker = case.supervisor, case.professional
    doc.line(f"{case.force.council}: school attendance and welfare meeting, notes of {case.when(day)}")
    present = [f"{chair.short} (in the chair)", f"{worker.short}, {worker.job}"]
    if not case.council_only:
        present.append(case.officer.officer)
    doc.line(row(doc, case, "Attending", *present))
    doc.line(
        f"Pupil discussed: {case.subject}, attendance down to 41 per cent, seen with {CASH[case.force.key]} "
        "in notes. Each agency's own numbers for her:"
    )
    names = {"crime": "police crime", "incident": "police job", "referral": "council number"}
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref, 1) if ref.kind == "incident" else ""
            doc.line(row(doc, case, names[ref.kind], cite(doc, case, ref, style)))
    if fmt == "pdf":
        doc.new_page()
    who = "The police" if not case.council_only else "Her social worker"
    for person in case.suspects:
        doc.line(f"{who} named {case.suspect_name(person)} as a danger to her.")
    for item in case.of("address"):
        doc.line(f"Address of concern: {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Phone of concern: {case.written_item(item)}.")
    doc.line(
        f"Agreed: {worker.short} to collect her for school each morning; notes to be reviewed in four weeks."
    )
    return doc


def mailbox(person: Person, dot: str = "") -> str:
    if dot:
        return f"{person.forename.lower()}{dot}{person.surname.lower()}"
    return f"{person.surname.lower()}{person.forename[0].lower()}"


def police_mail(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker, officer = case.force, case.professional, case.officer
    day = (case.closed or case.reported + timedelta(days=45)) + timedelta(days=rng.randint(1, 7))
    doc = new_doc(case, "mail", f"mail_{number:03d}", "e-mail", "eml", day)
    if case.crime:
        ref = cite(doc, case, case.crime, form(case, "email", case.crime))
    else:
        other = case.incident or case.referral
        ref = cite(doc, case, other, variant(other))
    pending = case.outcome_initial in ("unknown", "open") or case.reopened or case.awaiting_cps
    doc.headers = {
        "From": f"{officer.short} <{mailbox(officer, '_')}@{force.police_domain}>",
        "To": f"{worker.short} <{mailbox(worker)}@{force.council_domain}>",
        "Subject": f"OFFICIAL-SENSITIVE: {ref}",
    }
    doc.line(f"Dear {worker.forename},")
    doc.line(
        f"No movement on {ref} since my last note."
        if pending
        else f"{ref} is closed at our end; I will write to the carer myself."
    )
    if case.referral and case.crime:
        doc.line(
            f"Your team's number for it is {cite(doc, case, case.referral, variant(case.referral, 1))}, "
            "if I have that right."
        )
    doc.line("Regards,")
    doc.line(officer.officer)
    return doc


def council_email(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker = case.force, case.professional
    day = case.reported + timedelta(days=rng.randint(20, 50))
    doc = new_doc(case, "mail", f"mail_{number:03d}", "e-mail", "eml", day)
    ref = cite(doc, case, case.referral, variant(case.referral))
    doc.headers = {
        "From": f"{worker.short} <{mailbox(worker)}@{force.council_domain}>",
        "To": f"Principal Social Worker <principal.sw@{force.council_domain}>",
        "Subject": f"{ref} - was this ever shared with the police?",
    }
    doc.line(
        f"About {ref}: {case.subject} went missing from her placement again on Saturday; her aunt "
        "says she will go to her councillor."
    )
    doc.line("I cannot see that anyone told the police. Who decided that, and when?")
    doc.line(worker.short)
    return doc


def carer_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=5)
    doc = new_doc(case, "letters", f"carer_{number:03d}", "letter", fmt, day)
    doc.line(force.station)
    doc.line(f"Reference: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("Dear carer,")
    doc.line(f"You asked me to keep you posted about the case of {case.subject}.")
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    if case.outcome_initial.startswith("nfa"):
        doc.line("If you disagree, you may ask for the decision to be looked at again by another officer.")
    doc.line(f"Yours sincerely, {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = "txt" if case.council_only and force.key != "thirlwick" else FORMATS[force.key]["complaint"]
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"complaint_{number:03d}", "complaint", fmt, day)
    ref = case.crime or case.incident or case.referral
    if fmt == "eml":
        doc.headers = {
            "From": f"Ward councillor <cllr{number}@{force.council_domain}>",
            "To": f"Complaints and Misconduct <complaints@{force.police_domain}>",
            "Subject": "A constituent's complaint about a child at risk",
        }
    elif force.key == "wendlecombe" and not case.council_only:
        doc.line(f"From a firm of solicitors acting for the family, to the Chief Constable, {force.police}")
        doc.line(case.when(day))
    else:
        recipient = (
            f"Ombudsman Liaison Officer, {force.council}"
            if case.council_only
            else f"the public page of {force.police}"
        )
        doc.line(f"Message sent to: {recipient}")
        doc.line(case.when(day))
    doc.line(f"The number we were given: {cite(doc, case, ref)}")
    doc.line(f"We are complaining about what has been done for the girl you call {case.subject}.")
    doc.line(
        "We told you more than a month ago about the men who drive her away at night, and heard nothing."
    )
    doc.line("Whose job is it to protect her, and what have they actually done?")
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
            out.append(search_record(case, number("custody"), arrested[0], rng))
    if interviewed and rng.random() < 0.6:
        out.append(disclosure_note(case, number("interview"), interviewed[0], rng))
    if case.witness and (case.crime or case.incident):
        out.append(statement(case, number("statement"), case.witness, rng))
    if (case.of("vehicle") or case.of("phone")) and (case.crime or case.incident) and rng.random() < 0.6:
        out.append(check_report(case, number("intelligence"), rng))
    if case.referral:
        out.append(referral(case, number("referral"), rng))
        if rng.random() < 0.35:
            out.append(pharmacy_checklist(case, number("debrief"), rng))
    if case.council_only:
        out.append(council_email(case, number("email"), rng))
    elif rng.random() < 0.6:
        out.append(police_mail(case, number("email"), rng))
    if case.crime and case.outcome_initial in CLOSED_OUTCOMES and rng.random() < 0.6:
        out.append(carer_letter(case, number("letter")))
    if rng.random() < 0.5 or (case.referral and not case.crime):
        out.append(meeting_notes(case, number("minutes"), rng))
    if case.outcome_final == "unknown" or case.key.endswith("12"):
        out.append(complaint(case, number("complaint"), rng))
    return out
