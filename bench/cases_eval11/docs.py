"""The documents of each case of the eleventh set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: an occurrence enquiry log (text), a CAD incident
summary (a DOCX table) or a call handling record (PDF); crime records (a DOCX occurrence summary
with disposal codes, a text crime report ending in a reviewing officer's finalisation minute, a
two-page PDF crime file whose second page is the victim update log); pocket notebook entries;
MG15 interview notes; MG11 statements; 3x5x2 intelligence reports; MASH triage notes (a DOCX, an
e-mail, a PDF); missing-from-home debriefs; child exploitation panel minutes; e-mails; letters to
families; complaints. A line with " | " between its cells is a table row in the DOCX files.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval11.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval11.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a reference each kind of document prints, per force ("" = the usual form).
FORM = {
    "threlmoor": {"council": "tailed", "statement": "spaced", "notebook": "tailed", "email": "spaced"},
    "cawdrey": {"council": "worded", "statement": "solid", "notebook": "solid", "email": "worded"},
    "blesworth": {"council": "long", "statement": "spaced", "notebook": "long", "email": "spaced"},
}
FORMATS = {  # the format of each kind of document, per force
    "threlmoor": {"incident": "txt", "crime": "docx", "statement": "pdf", "referral": "docx",
                  "minutes": "pdf", "letter": "pdf", "review": "docx", "complaint": "eml", "notebook": "txt",
                  "interview": "docx", "debrief": "txt"},
    "cawdrey": {"incident": "docx", "crime": "txt", "statement": "docx", "referral": "eml",
                "minutes": "txt", "letter": "docx", "review": "pdf", "complaint": "txt", "notebook": "pdf",
                "interview": "txt", "debrief": "docx"},
    "blesworth": {"incident": "pdf", "crime": "pdf", "statement": "txt", "referral": "pdf",
                  "minutes": "docx", "letter": "pdf", "review": "txt", "complaint": "docx",
                  "notebook": "docx",
                  "interview": "pdf", "debrief": "pdf"},
}  # fmt: skip
TEXT_CELL = {"threlmoor": " ~ ", "cawdrey": " :: ", "blesworth": " ; "}


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
    """The first call, as each force's control room keeps it."""
    force = case.force
    fmt = FORMATS[force.key]["incident"]
    doc = new_doc(case, "calls", f"occ_{number:03d}", "incident log", fmt, case.reported)
    operator = f"OP{rng.randint(10, 98)}"
    doc.line(
        {
            "threlmoor": "THRELMOOR POLICE ~ OCCURRENCE ENQUIRY LOG ~ printed from the command system",
            "cawdrey": "Cawdrey Constabulary | CAD incident summary | Force Control Room",
            "blesworth": "Blesworth Police ; Call handling record ; Contact Management",
        }[force.key]
    )
    doc.line(row(doc, case, "Log number", cite(doc, case, case.incident)))
    opened = {
        "threlmoor": "Call taken {d}",
        "cawdrey": "Incident created {d}",
        "blesworth": "Call received {d}",
    }
    doc.fact(case, "reported", opened[force.key].format(d=case.when(case.reported)))
    hour = rng.randint(18, 20)
    entries = [
        f"Caller ({caller(case)}) reports {case.subject} missing overnight, seen by staff climbing into a "
        "saloon by the all-night garage.",
        f"{case.subject} located at 02:15 by patrol, smelling of cannabis, with new trainers and a "
        "second phone.",
    ]
    for item in case.of("vehicle")[:1]:
        entries.append(f"Vehicle seen: {item.description}, index {case.written_item(item)}.")
    entries.append(f"Deployed: {case.officer.officer}.")
    for n, text in enumerate(entries):
        doc.line(row(doc, case, f"{hour + n:02d}:{rng.randint(0, 59):02d}", operator, text))
    incident_result(doc, case, operator)
    return doc


def caller(case: Case) -> str:
    return (
        "her grandmother" if case.outcome_initial == "unknown" else "the duty worker at her children's home"
    )


def incident_result(doc: Doc, case: Case, operator: str) -> None:
    """The closing entry: the crime or referral it led to, or a complaint and nothing after it."""
    if case.crime:
        text = (
            f"Log {case.incident.value} result: crime recorded as {cite(doc, case, case.crime)}. Log closed."
        )
        doc.fact(case, "tie", row(doc, case, "result", operator, text))
    elif case.referral:
        text = (
            f"No crime recorded. Log {case.incident.value} passed to the MASH; "
            f"council reference {cite(doc, case, case.referral)}."
        )
        doc.fact(case, "tie", row(doc, case, "result", operator, text))
    else:
        doc.line(row(doc, case, "result", operator, "Grandmother phoned again, upset that nobody came out."))
        doc.line(
            row(
                doc,
                case,
                "result",
                operator,
                "Recorded as dissatisfaction for the shift sergeant. No further entries.",
            )
        )


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["crime"]
    day = case.reported + timedelta(days=1)
    doc = new_doc(case, "crimes", f"crm_{number:03d}", "crime report", fmt, day)
    {"threlmoor": occurrence_summary, "cawdrey": crime_report, "blesworth": crime_file}[case.force.key](
        doc, case, rng
    )
    return doc


def occurrence_summary(doc: Doc, case: Case, rng: random.Random) -> None:
    """An occurrence summary whose finalisation is a disposal code."""
    doc.line("Threlmoor Police | Occurrence Summary | RESTRICTED")
    doc.line(f"Occurrence number | {cite(doc, case, case.crime)}")
    doc.line(f"Classification | {case.offence}")
    doc.line(f"Victim | {case.subject}")
    if case.incident:
        doc.fact(case, "tie", f"Originating log | {cite(doc, case, case.incident)} (now {case.crime.value})")
    if case.referral:
        doc.fact(
            case, "tie", f"Early help number | {cite(doc, case, case.referral)} (for {case.crime.value})"
        )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Officer in the case | {case.officer.officer}")
    for line in people_lines(case, rng):
        doc.line(f"Linked persons | {line}")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def crime_report(doc: Doc, case: Case, rng: random.Random) -> None:
    """A crime report ending in the reviewing officer's finalisation minute."""
    doc.line(f"CAWDREY CONSTABULARY :: CRIME REPORT :: {cite(doc, case, case.crime)}")
    doc.line(f"Offence recorded: {case.offence}. Reviewing officer: {case.supervisor.officer}.")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "CAD incident"), (case.referral, "council referral")):
        if ref:
            doc.fact(
                case,
                "tie",
                f"Cross-reference: {what} {cite(doc, case, ref)} is recorded under crime {case.crime.value}.",
            )
    for line in people_lines(case, rng):
        doc.line(f"Update: {line}")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def crime_file(doc: Doc, case: Case, rng: random.Random) -> None:
    """A two-page crime file; the crime number heads each page, the victim update log is page 2."""
    doc.line(f"BLESWORTH POLICE ; CRIME FILE {cite(doc, case, case.crime)} ; part A")
    doc.line(f"Offence: {case.offence}. Victim: {case.subject}.")
    if case.incident:
        doc.fact(case, "tie", f"Call {cite(doc, case, case.incident)} became crime {case.crime.value}.")
    if case.referral:
        doc.fact(
            case, "tie", f"MACE panel number for crime {case.crime.value}: {cite(doc, case, case.referral)}."
        )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"OIC: {case.officer.officer}; supervised by {case.supervisor.officer}.")
    for line in people_lines(case, rng):
        doc.line(line)
    doc.new_page()
    doc.line(
        f"BLESWORTH POLICE ; CRIME FILE {cite(doc, case, case.crime, variant(case.crime, 1))} ; "
        "part B, victim updates"
    )
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
        lines.append(f"{case.subject} spent nights at {case.written_item(item)}, by her account.")
    for item in case.of("vehicle"):
        lines.append(f"Vehicle linked: {item.description}, VRM {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "an unknown male"
        lines.append(
            f"Number {case.written_item(item)} found in {case.subject}'s call log; attributed to {owner}."
        )
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        lines.append("Suspect: none yet identified.")
    return lines


def result_lines(case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """The closing entries of a force's own record: (line, fact or "")."""
    out: list[tuple[str, str]] = []
    if case.witness:
        out.append((f"MG11 taken from {case.witness.short}, {case.witness.job}.", ""))
    out.append((f"Partner agency contact: {case.professional.short} ({case.professional.job}).", ""))
    if case.awaiting_cps:
        out.append(("Charging file with the CPS; their decision requested.", ""))
        out.append(("CPS reply not on record. Nothing after this entry.", ""))
        return out
    if case.outcome_initial == "unknown":
        out.append((f"Passed to {case.supervisor.officer} for review. Nothing after this entry.", ""))
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
    """The arresting officer's pocket notebook entry."""
    fmt = FORMATS[case.force.key]["notebook"]
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "notebooks", f"pnb_{number:03d}", "notebook", fmt, day)
    doc.line(f"{case.force.police}: pocket notebook of {case.officer.officer}, page {rng.randint(12, 96)}")
    doc.line(f"{case.when(day)} 06:10. Attended with the search team re crime "
             f"{cite(doc, case, case.crime, form(case, 'notebook', case.crime))}.")  # fmt: skip
    doc.line(f"Arrested {case.suspect_name(person)} on suspicion of {case.offence}.")
    doc.line("Cautioned. Reply: 'Not me, I never went near her.' Handcuffed, front stack.")
    doc.line("Transported to custody in the cage van; nothing said on the way.")
    return doc


def interview_note(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """An MG15 short descriptive note of an interview under caution."""
    fmt = FORMATS[case.force.key]["interview"]
    day = case.reported + timedelta(days=rng.randint(5, 30))
    doc = new_doc(case, "interviews", f"mg15_{number:03d}", "interview record", fmt, day)
    doc.line(f"{case.force.police}: MG15 record of interview (short descriptive note)")
    doc.line(f"Person interviewed: {case.suspect_name(person)}; on {case.when(day)}")
    ref = case.crime or case.incident
    doc.line(f"Reference: {cite(doc, case, ref, variant(ref, number))}")
    lawyer = case.solicitor.short if case.solicitor else "none requested"
    doc.line(f"Interviewer {case.officer.officer}; legal adviser {lawyer}.")
    doc.line(f"He agreed he had given {case.subject} lifts but denied anything sexual.")
    doc.line("No comment to questions about the messages. Interview concluded after forty minutes.")
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    doc = new_doc(case, "statements", f"mg11_{number:03d}", "statement", fmt, day)
    doc.line(f"{force.police}. MG11. Statement of witness.")
    doc.line("Declaration: the pages that follow, each signed by me, are my own account and I believe them")
    doc.line("true. I understand that knowingly putting something false or doubtful in a statement that is")
    doc.line("read out in court is itself an offence.")
    if case.crime:
        doc.line(f"URN / crime: {cite(doc, case, case.crime, form(case, 'statement', case.crime))}")
    else:
        doc.line(f"Log: {cite(doc, case, case.incident)}")
    if person.role == "officer":
        doc.line(f"Statement of {person.short}, police officer, {person.rank} {person.collar}.")
        arrest_account(doc, case, rng)
    else:
        doc.line(f"Statement of {person.short}, {person.job}, over eighteen.")
        witness_account(doc, case, person)
    taker = case.supervisor if person.role == "officer" else case.officer
    doc.line(f"Signature: {person.short}. Dated {case.when(day)}. Taken by {taker.officer}.")
    return doc


def arrest_account(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"a flat above a bookmaker's in {case.force.town}"
    when = case.when(min(case.reported + timedelta(days=rng.randint(1, 20)), doc.day))
    doc.line(f"At 06:05 on {when} I went to {place} with colleagues.")
    doc.line(f"In the front bedroom was a man, identified to me later as {case.suspect_name(person)}.")
    doc.line(f"I told him the grounds, {case.offence}, placed him under arrest and cautioned.")
    doc.line("He replied, 'This is about that girl, isn't it.' I took him to custody.")


def witness_account(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"I work as a {witness.job} in {case.force.town}. Officers put in front of me a photo")
    doc.line(f"of a girl, known in this enquiry as {case.subject}, whom I recognise.")
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"A {item.description} came for her several times; I noted the index {case.written_item(item)}."
        )
    if case.suspects:
        doc.line(f"Behind the wheel sat a regular customer of ours called {case.suspects[0].short}.")
    else:
        doc.line("I never got a proper look at the men who collected her.")


def intelligence(case: Case, number: int, rng: random.Random) -> Doc:
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "intel", f"ir_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police} intelligence report, 3x5x2 grading: source 1, intelligence A, handling P")
    ref = case.crime or case.incident
    doc.line(f"Associated reference: {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "an unidentified male"
    for item in case.of("vehicle"):
        doc.line(f"Source states {who} drives a {item.description}, VRM {case.written_item(item)}, "
                 "and waits near children's homes after dark.")  # fmt: skip
    for item in case.of("phone"):
        doc.line(f"Source states {who} gives girls the number {case.written_item(item)} to call him.")
    doc.line(f"Researched by {case.officer.officer}, {case.when(day)}.")
    return doc


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "council/mash", f"triage_{number:03d}", "referral", fmt, day)
    if fmt == "eml":
        doc.headers = {
            "From": f"MASH Triage <mash.triage@{force.council_domain}>",
            "To": f"Child Exploitation Team <cet@{force.police_domain}>",
            "Subject": f"MASH outcome {case.referral.value}",
        }
    doc.line({"threlmoor": "Threlmoor District Council | Early Help and MASH | triage note",
              "cawdrey": "Cawdrey Unitary Council :: MASH triage outcome",
              "blesworth": "BLESWORTH BOROUGH COUNCIL ; MULTI-AGENCY CHILD EXPLOITATION PANEL ; "
                           "REFERRAL"}[force.key])  # fmt: skip
    doc.line(f"Our reference: {cite(doc, case, case.referral)}")
    doc.line(f"Date of contact: {case.when(day)}")
    doc.line(f"Child: {case.subject}")
    if case.council_only:
        doc.line(f"Referrer: {case.professional.short}, {case.professional.job}")
        doc.line("Police informed: no; the team manager asked for a home visit first")
    else:
        doc.line(f"Referrer: {case.officer.officer}, {force.police}")
    if case.crime:
        police = cite(doc, case, case.crime, form(case, "council", case.crime))
        doc.fact(case, "tie", f"Police crime reference {police} is the same matter as {case.referral.value}.")
    elif case.incident:
        police = cite(doc, case, case.incident, variant(case.incident))
        doc.fact(case, "tie", f"Police log {police} is the same matter as {case.referral.value}.")
    doc.line(f"Concern: {case.subject} stays out overnight, has unexplained money and an older boyfriend.")
    doc.line(f"Decision: RAG rated red; {case.professional.short} ({case.professional.job}) allocated.")
    return doc


def debrief(case: Case, number: int, rng: random.Random) -> Doc:
    """A missing-from-home debrief by the council's worker."""
    force, worker = case.force, case.professional
    fmt = FORMATS[force.key]["debrief"]
    day = case.reported + timedelta(days=rng.randint(2, 9))
    doc = new_doc(case, "council/debriefs", f"mfh_{number:03d}", "return interview", fmt, day)
    doc.line(f"{force.council}: missing from home debrief")
    doc.line(f"Child {case.subject}; debriefed by {worker.short} ({worker.job}), {case.when(day)}")
    doc.line(f"Council reference {cite(doc, case, case.referral, variant(case.referral, 1))}")
    for item in case.of("address")[:1]:
        doc.line(f"She named {case.written_item(item)} as where she stays but would not say with whom.")
    for item in case.of("phone")[:1]:
        doc.line(f"Her phone has a contact saved as 'Bro': {case.written_item(item)}.")
    doc.line("Safety plan reviewed with her; next debrief booked.")
    return doc


def panel_minutes(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "council/panel", f"panel_{number:03d}", "minutes", fmt, day)
    chair, worker = case.supervisor, case.professional
    doc.line(f"{case.force.council}: child exploitation panel, minutes of the sitting on {case.when(day)}")
    doc.line(row(doc, case, "Present", f"{chair.short} (chair)", f"{worker.short}, {worker.job}")
             + ("" if case.council_only else row(doc, case, "", case.officer.officer)))  # fmt: skip
    doc.line(f"Item 3: {case.subject}. Agency reference numbers:")
    names = {"crime": "police crime", "incident": "police log", "referral": "council"}
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref, 1) if ref.kind == "incident" else ""
            doc.line(row(doc, case, names[ref.kind], cite(doc, case, ref, style)))
    if fmt == "pdf":
        doc.new_page()
    who = "Police" if not case.council_only else "Children's services"
    for person in case.suspects:
        doc.line(f"{who} reported: {case.suspect_name(person)} is believed to be exploiting her.")
    for item in case.of("address"):
        doc.line(f"Location of concern: {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Phone of concern: {case.written_item(item)}.")
    doc.line(f"Actions: {worker.short} to see her twice a week; review at the next panel.")
    return doc


def mailbox(person: Person, dot: str = "") -> str:
    if dot:
        return f"{person.forename.lower()}{dot}{person.surname.lower()}"
    return f"{person.forename[0].lower()}{person.surname.lower()}"


def police_mail(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker, officer = case.force, case.professional, case.officer
    day = (case.closed or case.reported + timedelta(days=45)) + timedelta(days=rng.randint(1, 7))
    doc = new_doc(case, "mail", f"em_{number:03d}", "e-mail", "eml", day)
    if case.crime:
        ref = cite(doc, case, case.crime, form(case, "email", case.crime))
    else:
        other = case.incident or case.referral
        ref = cite(doc, case, other, variant(other))
    pending = case.outcome_initial in ("unknown", "open") or case.reopened or case.awaiting_cps
    doc.headers = {
        "From": f"{officer.short} <{mailbox(officer, '_')}@{force.police_domain}>",
        "To": f"{worker.short} <{mailbox(worker)}@{force.council_domain}>",
        "Subject": f"RESTRICTED - {ref} - update",
    }
    doc.line(f"Hi {worker.forename},")
    doc.line(
        f"Nothing to report on {ref} yet."
        if pending
        else f"{ref} has been finalised; I am writing to the family."
    )
    if case.referral and case.crime:
        doc.line(
            "For your records, your reference is "
            f"{cite(doc, case, case.referral, variant(case.referral, 1))}."
        )
    doc.line("Thanks,")
    doc.line(officer.officer)
    return doc


def council_email(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker = case.force, case.professional
    day = case.reported + timedelta(days=rng.randint(20, 50))
    doc = new_doc(case, "mail", f"em_{number:03d}", "e-mail", "eml", day)
    ref = cite(doc, case, case.referral, variant(case.referral))
    doc.headers = {
        "From": f"{worker.short} <{mailbox(worker)}@{force.council_domain}>",
        "To": f"Head of Service <head.of.service@{force.council_domain}>",
        "Subject": f"{ref} - did anyone tell the police?",
    }
    doc.line(
        f"Re {ref}: {case.subject} went missing again at the weekend and her grandmother has "
        "made a complaint."
    )
    doc.line("There is no record of a referral to the police. Who decided not to make one?")
    doc.line(worker.short)
    return doc


def family_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=5)
    doc = new_doc(case, "letters", f"victim_letter_{number:03d}", "letter", fmt, day)
    doc.line(force.station)
    doc.line(f"Our ref: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("Dear parent or carer,")
    doc.line(f"Re: our enquiry; in its papers your daughter is {case.subject}.")
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    doc.line(f"Yours sincerely, {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = "docx" if case.council_only else FORMATS[force.key]["complaint"]
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"dissatisfaction_{number:03d}", "complaint", fmt, day)
    ref = case.crime or case.incident or case.referral
    if fmt == "eml":
        doc.headers = {
            "From": f"A grandmother <gran{number}@example.invalid>",
            "To": f"Professional Standards <psd@{force.police_domain}>",
            "Subject": "Formal complaint about my granddaughter's case",
        }
    else:
        doc.line("To " + (f"the Customer Feedback Team, {force.council}" if case.council_only
                          else f"Professional Standards, {force.police}"))  # fmt: skip
        doc.line(case.when(day))
    doc.line(f"Reference given to me: {cite(doc, case, ref)}")
    doc.line(
        f"My granddaughter, who you call {case.subject}, has been let down; this is my formal complaint."
    )
    doc.line("I reported that grown men were driving her about at night. Nobody has called me back.")
    doc.line("Who is in charge of her case, and why has nobody replied to me?")
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
    if case.outcome_final == "unknown" or case.key.endswith("09"):
        out.append(complaint(case, number("complaint"), rng))
    return out
