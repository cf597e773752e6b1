"""The documents of each case of the sixteenth set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: an ISO-week call log, a CAD incident card or a
dispatch ticket; crime records (a text status history, a two-page PDF crime occurrence record
whose second page holds the daily management meeting's items, a DOCX question-and-answer file
review form); detention logs; interview precis; witness statements; ANPR and subscriber check
reports; multi-agency referral forms, child in need records and initial contact records sent by
e-mail; school safeguarding log entries; CSE sub-group notes; e-mails; letters to carers;
complaints (an e-mail from a mother, a ward councillor's letter, a complaint form). A line with
" | " between its cells is a table row in the DOCX files.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval16.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval16.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a crime number each kind of document prints, per force.
FORM = {
    "brindlecombe": {"council": "lettersfirst", "statement": "spaced", "custody": "lettersfirst",
                     "email": "spaced"},
    "yarrowby": {"council": "spaced", "statement": "trailing", "custody": "spaced", "email": "trailing"},
    "penwhistle": {"council": "dated", "statement": "spaced", "custody": "dated", "email": "spaced"},
}  # fmt: skip
FORMATS = {  # the format of each kind of document, per force
    "brindlecombe": {"incident": "txt", "crime": "txt", "statement": "pdf", "referral": "pdf",
                     "minutes": "docx", "letter": "docx", "review": "txt", "complaint": "eml",
                     "custody": "pdf", "interview": "docx", "debrief": "txt"},
    "yarrowby": {"incident": "docx", "crime": "pdf", "statement": "docx", "referral": "docx",
                 "minutes": "pdf", "letter": "txt", "review": "pdf", "complaint": "txt",
                 "custody": "txt", "interview": "pdf", "debrief": "docx"},
    "penwhistle": {"incident": "pdf", "crime": "docx", "statement": "txt", "referral": "eml",
                   "minutes": "txt", "letter": "pdf", "review": "docx", "complaint": "docx",
                   "custody": "docx", "interview": "txt", "debrief": "pdf"},
}  # fmt: skip
TEXT_CELL = {"brindlecombe": " ~ ", "yarrowby": " || ", "penwhistle": " ^ "}
CALL_HEADINGS = {
    "brindlecombe": "BRINDLECOMBE POLICE ~ CALL LOG BY ISO WEEK ~ Lampblack Lane",
    "yarrowby": "Yarrowby Constabulary | CAD incident card | force control room",
    "penwhistle": "Penwhistle Police ^ dispatch ticket ^ Chandlers Quay despatch desk",
}
CALL_OPENED = {
    "brindlecombe": "Call received {d}",
    "yarrowby": "Card raised {d}",
    "penwhistle": "Ticket opened on {d}",
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
    doc = new_doc(case, "control", f"call_{number:03d}", "incident log", fmt, case.reported)
    operator = f"OP{rng.randint(10, 98)}"
    doc.line(CALL_HEADINGS[force.key])
    doc.line(row(doc, case, "Log", cite(doc, case, case.incident)))
    doc.fact(case, "reported", CALL_OPENED[force.key].format(d=case.when(case.reported)))
    hour = rng.randint(16, 19)
    entries = [
        f"Caller is {caller(case)}: {case.subject} did not come home from school; friends say "
        "two older men drove off with her.",
        f"Update: {case.subject} walked in at 03:40, upset, with cash she will not explain.",
    ]
    for item in case.of("vehicle")[:1]:
        entries.append(f"Car described: {item.description}, plate {case.written_item(item)}.")
    entries.append(f"Passed to {case.officer.officer} for enquiries.")
    for n, text in enumerate(entries):
        doc.line(row(doc, case, f"{hour + n:02d}.{rng.randint(0, 59):02d}", operator, text))
    incident_result(doc, case, operator)
    return doc


def caller(case: Case) -> str:
    return (
        "her aunt, who looks after her"
        if case.outcome_initial == "unknown"
        else "the night worker at her care home"
    )


def incident_result(doc: Doc, case: Case, operator: str) -> None:
    """The last entry: the crime or council contact the call became, or a grievance and silence."""
    if case.crime:
        text = f"Log {case.incident.value} now recorded as crime {cite(doc, case, case.crime)}."
        doc.fact(case, "tie", row(doc, case, "result", operator, text))
    elif case.referral:
        council = cite(doc, case, case.referral)
        text = f"Not crimed: {case.incident.value} sent on to the council, their number {council}."
        doc.fact(case, "tie", row(doc, case, "result", operator, text))
    else:
        doc.line(row(doc, case, "result", operator, "Aunt phoned again, angry that no officer has visited."))
        doc.line(
            row(
                doc,
                case,
                "result",
                operator,
                "Aunt's dissatisfaction recorded; entry closed, no further updates.",
            )
        )


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["crime"]
    day = case.reported + timedelta(days=1)
    doc = new_doc(case, "crimes", f"record_{number:03d}", "crime report", fmt, day)
    writer = {"brindlecombe": status_history, "yarrowby": occurrence_record, "penwhistle": review_form}
    writer[case.force.key](doc, case, rng)
    return doc


def status_history(doc: Doc, case: Case, rng: random.Random) -> None:
    """The crime system's status history: one dated line per change."""
    doc.line(f"STATUS HISTORY FOR CRIME {cite(doc, case, case.crime)} (printed by {case.officer.collar})")
    doc.line(f"Offence recorded: {case.offence}")
    doc.line(f"Aggrieved: {case.subject}")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "call log"), (case.referral, "MARF")):
        if ref:
            doc.fact(case, "tie", f"cross-ref {what} {cite(doc, case, ref)} belongs to {case.crime.value}")
    doc.line(f"OIC {case.officer.officer}; supervisor {case.supervisor.officer}")
    for line in people_lines(case, rng):
        doc.line(line)
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def occurrence_record(doc: Doc, case: Case, rng: random.Random) -> None:
    """A two-page crime occurrence record: page 2 holds the daily management meeting's items."""
    doc.line(f"YARROWBY CONSTABULARY || CRIME OCCURRENCE || {cite(doc, case, case.crime)} || page 1 of 2")
    doc.line(f"Offence: {case.offence}. Supervising officer: {case.supervisor.officer}.")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "CAD card"), (case.referral, "child in need number")):
        if ref:
            doc.fact(
                case,
                "tie",
                f"Linked record: {what} {cite(doc, case, ref)} relates to the events of {case.crime.value}.",
            )
    doc.line(f"Officer in the case: {case.officer.officer}.")
    for line in people_lines(case, rng):
        doc.line(f"- {line}")
    doc.new_page()
    doc.line(
        f"YARROWBY CONSTABULARY || CRIME OCCURRENCE || "
        f"{cite(doc, case, case.crime, variant(case.crime, 1))} || page 2 of 2, management meeting"
    )
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def review_form(doc: Doc, case: Case, rng: random.Random) -> None:
    """A question-and-answer file review form: a two-column DOCX table."""
    doc.line("Penwhistle Police | File review form (questions and answers) | OFFICIAL-SENSITIVE")
    doc.line(f"Q. Crime reference? | A. {cite(doc, case, case.crime)}")
    doc.line(f"Q. What is alleged? | A. {case.offence}")
    doc.line(f"Q. Who is the child? | A. {case.subject}")
    for ref, what in ((case.incident, "dispatch ticket"), (case.referral, "initial contact number")):
        if ref:
            doc.fact(
                case,
                "tie",
                f"Q. Other numbers? | A. {what} {cite(doc, case, ref)}, filed with {case.crime.value}",
            )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Q. Who investigates? | A. {case.officer.officer}")
    for line in people_lines(case, rng):
        doc.line(line if " | " in line else f"Q. Anything else? | A. {line}")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def people_lines(case: Case, rng: random.Random) -> list[str]:
    """Suspects, their homes, cars and phones, and anyone ruled out, in the force's words."""
    lines, homes = [], case.of("address")
    for position, person in enumerate(case.suspects):
        lines.append(suspect_sentence(case, person, rng))
        if position < len(homes):
            lines.append(f"Address for {case.suspect_name(person)}: {case.written_item(homes[position])}.")
    for item in homes[len(case.suspects) :]:
        lines.append(f"{case.subject} describes being taken to {case.written_item(item)} on several nights.")
    for item in case.of("vehicle"):
        lines.append(f"Car of interest: {item.description}, plate {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "an unidentified male"
        lines.append(f"Calls to {case.subject} came from {case.written_item(item)}, attributed to {owner}.")
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        lines.append("Suspect: none traced at this stage.")
    return lines


def result_lines(case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """The last entries of a force's own crime record: (line, fact or "")."""
    out: list[tuple[str, str]] = []
    if case.witness:
        out.append((f"Independent witness: {case.witness.short}, {case.witness.job}.", ""))
    out.append((f"Council lead: {case.professional.short}, {case.professional.job}.", ""))
    if case.awaiting_cps:
        out.append(("Case papers now with the CPS, awaiting their advice on charge.", ""))
        out.append(("Awaiting CPS reply; no entries after this one.", ""))
        return out
    if case.outcome_initial == "unknown":
        out.append((f"Referred to {case.supervisor.officer} to review. No entries after this one.", ""))
        return out
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    fact = "outcome" if not case.reopened else "outcome_initial"
    out.append((outcome_sentence(case, case.outcome_initial, when), fact))
    if case.closed:
        out.append((closed_sentence(case, case.closed), "closed" if not case.reopened else "closed_initial"))
    return out


def custody_sheet(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The detention log opened when the suspect reached the custody suite."""
    fmt = FORMATS[case.force.key]["custody"]
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "detention", f"detlog_{number:03d}", "notebook", fmt, day)
    doc.line(f"{case.force.police}: detention log {rng.randint(100, 999)}/{day:%y}")
    crime = cite(doc, case, case.crime, form(case, "custody", case.crime))
    doc.line(f"Arrived {case.when(day)}, 07:05; offence under crime {crime}.")
    doc.line(f"Name given: {case.suspect_name(person)}. Brought in by {case.officer.officer}.")
    doc.line(f"Reason for arrest: {case.offence}.")
    doc.line("Sergeant agreed he should be held while officers prepare to interview him.")
    doc.line("Comment on arrival: 'I've never even met that girl.'")
    return doc


def interview_summary(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """An interview precis written after a recorded interview."""
    fmt = FORMATS[case.force.key]["interview"]
    day = case.reported + timedelta(days=rng.randint(5, 30))
    doc = new_doc(case, "interviews", f"precis_{number:03d}", "interview record", fmt, day)
    doc.line(f"{case.force.police}: precis of recorded interview")
    doc.line(f"Interviewee: {case.suspect_name(person)}; on {case.when(day)}")
    ref = case.crime or case.incident
    doc.line(f"Matter: {cite(doc, case, ref, variant(ref, number))}")
    lawyer = case.solicitor.short if case.solicitor else "none wanted"
    doc.line(f"Conducted by {case.officer.officer}. Solicitor present: {lawyer}.")
    doc.line(f"He handed over a prepared statement denying he knew {case.subject}.")
    doc.line("After that he answered nothing; the recording ended after 37 minutes.")
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    doc = new_doc(case, "statements", f"stmt_{number:03d}", "statement", fmt, day)
    doc.line(f"{force.police}: statement of witness (CJA 1967 s.9)")
    doc.line("Each page I have signed here holds only what I hold to be true;")
    doc.line("I understand a court could be shown it, and that I face")
    doc.line("prosecution should I knowingly include anything false or misleading.")
    if case.crime:
        doc.line(f"Crime ref: {cite(doc, case, case.crime, form(case, 'statement', case.crime))}")
    else:
        doc.line(f"Log ref: {cite(doc, case, case.incident)}")
    if person.role == "officer":
        doc.line(f"Maker: {person.short}, {person.rank}, number {person.collar}.")
        arrest_account(doc, case, rng)
    else:
        doc.line(f"Maker: {person.short}, employed as {person.job}, adult.")
        witness_account(doc, case, person)
    taker = case.supervisor if person.role == "officer" else case.officer
    doc.line(f"Signed {person.short} on {case.when(day)}. Witnessed by {taker.officer}.")
    return doc


def arrest_account(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"a bedsit above a launderette in {case.force.town}"
    when = case.when(min(case.reported + timedelta(days=rng.randint(1, 20)), doc.day))
    doc.line(f"Shortly after 07:00 on {when} I attended {place} with other officers.")
    doc.line(f"A man answered; he has since been identified as {case.suspect_name(person)}.")
    doc.line(f"I informed the man that he was being arrested for {case.offence}, then cautioned him.")
    doc.line("His reply was: 'You've got the wrong bloke.' He was taken to custody.")


def witness_account(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"My job is {witness.job} in {case.force.town}. An officer showed me a picture")
    doc.line(f"of a girl she called {case.subject}, and I know her face from work.")
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"On a lot of nights a {item.description} picked her up; "
            f"I wrote down the number plate, {case.written_item(item)}."
        )
    if case.suspects:
        doc.line(f"The driver told me once his name was {case.suspects[0].short}.")
    else:
        doc.line("I never got a look at the driver.")


def check_report(case: Case, number: int, rng: random.Random) -> Doc:
    """An ANPR and subscriber check report on the car and the phone."""
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "intelligence", f"checks_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police}: ANPR and subscriber checks, handling code P")
    ref = case.crime or case.incident
    doc.line(f"Requested for {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "no known person"
    for item in case.of("vehicle"):
        doc.line(f"ANPR: the {item.description}, plate {case.written_item(item)}, was read by "
                 f"cameras near {case.subject}'s home on four nights; keeper linked to {who}.")  # fmt: skip
    for item in case.of("phone"):
        doc.line(f"Subscriber check: {case.written_item(item)} is pay as you go, top-ups linked to {who}.")
    doc.line(f"Analyst note filed by {case.officer.officer} on {case.when(day)}.")
    return doc


REFERRAL_HEADINGS = {
    "brindlecombe": "Brindlecombe Metropolitan Council ~ multi-agency referral form",
    "yarrowby": "Yarrowby City Council | Child in need record",
    "penwhistle": "PENWHISTLE UNITARY COUNCIL - INITIAL CONTACT RECORD",
}


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "council/referrals", f"referral_{number:03d}", "referral", fmt, day)
    if fmt == "eml":
        doc.headers = {
            "From": f"Initial Contact Service <initial.contact@{force.council_domain}>",
            "To": f"Public Protection Unit <ppu@{force.police_domain}>",
            "Subject": f"Initial contact {case.referral.value}",
        }
    doc.line(REFERRAL_HEADINGS[force.key])
    doc.line(f"Council number: {cite(doc, case, case.referral)}")
    doc.line(f"Received: {case.when(day)}")
    doc.line(f"Young person: {case.subject}")
    if case.council_only:
        doc.line(f"Referrer: {case.professional.short}, {case.professional.job}")
        doc.line("Police told? Not yet; waiting for the team manager to decide")
    else:
        doc.line(f"Referrer: {case.officer.officer}, {force.police}")
    police = None
    if case.crime:
        police = f"crime {cite(doc, case, case.crime, form(case, 'council', case.crime))}"
    elif case.incident:
        police = f"log {cite(doc, case, case.incident, variant(case.incident))}"
    if police:
        doc.fact(
            case,
            "tie",
            f"The police {police} and our number {case.referral.value} concern the same girl "
            "and the same events.",
        )
    doc.line(
        f"Concerns for {case.subject}: going missing overnight, new clothes, a handset no one "
        "at home paid for, an adult boyfriend with a car."
    )
    doc.line(
        f"Outcome: strategy meeting to be held; worker {case.professional.short} ({case.professional.job})."
    )
    return doc


def school_log(case: Case, number: int, rng: random.Random) -> Doc:
    """A school safeguarding log entry after the girl came back to school."""
    force, worker = case.force, case.professional
    fmt = FORMATS[force.key]["debrief"]
    day = case.reported + timedelta(days=rng.randint(2, 9))
    doc = new_doc(case, "council/schools", f"dsl_{number:03d}", "return interview", fmt, day)
    doc.line(f"{force.council}: school safeguarding log entry")
    doc.line(
        f"Pupil {case.subject}; entry by the designated lead, shared with {worker.short} on {case.when(day)}"
    )
    doc.line(f"Council number {cite(doc, case, case.referral, variant(case.referral, 1))}")
    for item in case.of("address")[:1]:
        doc.line(f"A friend says she stays some nights at {case.written_item(item)}.")
    for item in case.of("phone")[:1]:
        doc.line(f"Seen on her screen, a contact saved as 'Uncle': {case.written_item(item)}.")
    doc.line("Action: daily check-in with her form tutor; parents informed.")
    return doc


def panel_minutes(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "council/subgroup", f"notes_{number:03d}", "minutes", fmt, day)
    chair, worker = case.supervisor, case.professional
    doc.line(f"{case.force.council}: CSE sub-group, notes of the meeting on {case.when(day)}")
    present = [f"{chair.short} (chairing)", f"{worker.short}, {worker.job}"]
    if not case.council_only:
        present.append(case.officer.officer)
    doc.line(row(doc, case, "Attendees", *present))
    doc.line(f"Young person discussed: {case.subject}. Reference numbers from the agencies:")
    names = {"crime": "police crime", "incident": "police log", "referral": "council number"}
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref, 1) if ref.kind == "incident" else ""
            doc.line(row(doc, case, names[ref.kind], cite(doc, case, ref, style)))
    if fmt == "pdf":
        doc.new_page()
    who = "The police" if not case.council_only else "The allocated worker"
    for person in case.suspects:
        doc.line(f"{who} named {case.suspect_name(person)} as a man of concern.")
    for item in case.of("address"):
        doc.line(f"Address of concern: {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Phone of concern: {case.written_item(item)}.")
    doc.line(f"Agreed: {worker.short} visits on Mondays and Thursdays; sub-group to revisit in four weeks.")
    return doc


def mailbox(person: Person, dot: str = "") -> str:
    if dot:
        return f"{person.forename.lower()}{dot}{person.surname.lower()}"
    return f"{person.forename[0].lower()}{person.surname.lower()}"


def police_mail(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker, officer = case.force, case.professional, case.officer
    day = (case.closed or case.reported + timedelta(days=45)) + timedelta(days=rng.randint(1, 7))
    doc = new_doc(case, "email", f"mail_{number:03d}", "e-mail", "eml", day)
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
        f"No developments on {ref} yet."
        if pending
        else f"Our part in {ref} is done; a letter to the carer goes out this week."
    )
    if case.referral and case.crime:
        doc.line(f"I believe you hold it as {cite(doc, case, case.referral, variant(case.referral, 1))}.")
    doc.line("Kind regards,")
    doc.line(officer.officer)
    return doc


def council_email(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker = case.force, case.professional
    day = case.reported + timedelta(days=rng.randint(20, 50))
    doc = new_doc(case, "email", f"mail_{number:03d}", "e-mail", "eml", day)
    ref = cite(doc, case, case.referral, variant(case.referral))
    doc.headers = {
        "From": f"{worker.short} <{mailbox(worker)}@{force.council_domain}>",
        "To": f"Service Manager <service.manager@{force.council_domain}>",
        "Subject": f"{ref} - has anyone rung the police?",
    }
    doc.line(
        f"About {ref}: {case.subject} vanished from the placement on Saturday night, and her aunt "
        "is threatening to call a reporter."
    )
    doc.line("There is nothing on file to say the police were ever told. Did anyone decide?")
    doc.line(worker.short)
    return doc


def family_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=5)
    doc = new_doc(case, "letters", f"carer_{number:03d}", "letter", fmt, day)
    doc.line(force.station)
    doc.line(f"Please quote: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("Dear carer,")
    doc.line(
        f"I lead the inquiry into what happened to the young person we know as {case.subject}, "
        "and I said I would keep you posted."
    )
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    doc.line(f"Yours sincerely, {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = "txt" if case.council_only and force.key != "penwhistle" else FORMATS[force.key]["complaint"]
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"complaint_{number:03d}", "complaint", fmt, day)
    ref = case.crime or case.incident or case.referral
    if fmt == "eml":
        doc.headers = {
            "From": f"A worried mother <mum{number}@example.invalid>",
            "To": f"Complaints <complaints@{force.police_domain}>",
            "Subject": "Formal complaint - my daughter's case",
        }
    elif force.key == "yarrowby" and not case.council_only:
        doc.line(
            f"From the ward councillor, on behalf of a constituent, to the Chief Constable, {force.police}"
        )
        doc.line(case.when(day))
    else:
        recipient = (
            f"Customer Feedback Team, {force.council}" if case.council_only else f"Complaints, {force.police}"
        )
        doc.line(f"Complaint form, sent to: {recipient}")
        doc.line(case.when(day))
    doc.line(f"Reference you gave me: {cite(doc, case, ref)}")
    doc.line(f"I object to the way the girl you call {case.subject} has been dealt with.")
    doc.line(
        "We reported weeks back that grown men were collecting her after dark. Not one phone call since."
    )
    doc.line("Tell me which officer leads this and what has actually happened.")
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
            out.append(school_log(case, number("debrief"), rng))
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
