"""The documents of each case of the twenty-first set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: a switchboard call sheet, a transcript of a web
chat with the force or a street triage team's contact note; crime records (a text crime record
ending in the ISVA liaison entries, a DOCX crime file ending in the witness care unit's entries, a
two-page PDF whose second page holds the tasking and coordination group's resolution); records of
a search of the suspect's home; release under investigation notices; the arresting officer's duty
statements and witnesses' statements taken by video call; phone download and vehicle finance
checks; a youth offending team's referral, a foster carer's notification or a GP practice's
safeguarding referral sent by e-mail; taxi licensing officers' reports; strategy discussion
records; e-mails; letters to carers; complaints (a children's rights advocate's e-mail, a
complaint made through the force's web form, a letter from the family's solicitor, and a stage
one complaint to the council). A line with " | " between its cells is a table row in the DOCX
files.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval21.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval21.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a crime number each kind of document prints, per force.
FORM = {
    "kestrelford": {"council": "worded", "statement": "spaced", "custody": "worded", "email": "spaced"},
    "thrushcombe": {"council": "worded", "statement": "spaced", "custody": "worded", "email": "spaced"},
    "orrishaw": {"council": "worded", "statement": "spaced", "custody": "worded", "email": "spaced"},
}  # fmt: skip
FORMATS = {  # the format of each kind of document, per force
    "kestrelford": {"incident": "txt", "crime": "txt", "statement": "pdf", "referral": "pdf",
                    "minutes": "docx", "letter": "docx", "review": "txt", "complaint": "eml",
                    "custody": "docx", "interview": "pdf", "debrief": "txt"},
    "thrushcombe": {"incident": "pdf", "crime": "docx", "statement": "txt", "referral": "docx",
                     "minutes": "pdf", "letter": "txt", "review": "pdf", "complaint": "docx",
                     "custody": "txt", "interview": "docx", "debrief": "pdf"},
    "orrishaw": {"incident": "docx", "crime": "pdf", "statement": "docx", "referral": "eml",
                 "minutes": "txt", "letter": "pdf", "review": "docx", "complaint": "pdf",
                 "custody": "pdf", "interview": "txt", "debrief": "docx"},
}  # fmt: skip
TEXT_CELL = {"kestrelford": " │ ", "thrushcombe": " // ", "orrishaw": " == "}
CALL_HEADINGS = {
    "kestrelford": "KESTRELFORD POLICE │ SWITCHBOARD CALL SHEET │ force contact centre",
    "thrushcombe": "Thrushcombe Constabulary // web chat transcript // digital contact desk",
    "orrishaw": "Orrishaw Police | street triage team contact note | mental health and safeguarding",
}
CASH = {"kestrelford": "£45", "thrushcombe": "£45", "orrishaw": "forty-five pounds"}
CALL_OPENED = {
    "kestrelford": "Call taken {d}",
    "thrushcombe": "Chat session opened by the public on {d}",
    "orrishaw": "Contact note started {d}",
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
    doc = new_doc(case, "contact", f"call_{number:03d}", "incident log", fmt, case.reported)
    handler = f"CH{rng.randint(100, 899)}"
    doc.line(CALL_HEADINGS[force.key])
    doc.line(row(doc, case, "Reference", cite(doc, case, case.incident)))
    doc.fact(case, "reported", CALL_OPENED[force.key].format(d=case.when(case.reported)))
    hour = rng.randint(14, 19)
    entries = [
        f"Contact from {caller(case)}. {case.subject} did not get off the school bus and her "
        "friends say an older lad collected her in a car.",
        f"Further: {case.subject} back at nine with {CASH[force.key]} she cannot explain and smelling "
        "strongly of cannabis.",
    ]
    for item in case.of("vehicle")[:1]:
        entries.append(f"Car described: {item.description}, index {case.written_item(item)}.")
    entries.append(f"Allocated to {case.officer.officer} for enquiries.")
    for n, text in enumerate(entries):
        doc.line(row(doc, case, f"{(hour + n) % 24:02d}.{rng.randint(0, 59):02d}", handler, text))
    incident_result(doc, case, handler)
    return doc


def caller(case: Case) -> str:
    return (
        "her grandmother, who has looked after her since she was small"
        if case.outcome_initial == "unknown"
        else "a residential care worker from the home where she is placed"
    )


def incident_result(doc: Doc, case: Case, handler: str) -> None:
    """The last entry: the crime or council record the call became, or a grievance and silence."""
    if case.crime:
        text = f"{case.incident.value} crimed; the crime number is {cite(doc, case, case.crime)}."
        doc.fact(case, "tie", row(doc, case, "closing", handler, text))
    elif case.referral:
        council = cite(doc, case, case.referral)
        text = f"No crime recorded. {case.incident.value} passed across to the council as {council}."
        doc.fact(case, "tie", row(doc, case, "closing", handler, text))
    else:
        doc.line(row(doc, case, "closing", handler, "Grandmother phoned twice more: nobody has visited yet."))
        doc.line(row(doc, case, "closing", handler, "She means to make a formal complaint. Log left open."))


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["crime"]
    day = case.reported + timedelta(days=1)
    doc = new_doc(case, "crimes", f"crime_{number:03d}", "crime report", fmt, day)
    writer = {"kestrelford": isva_record, "thrushcombe": witness_care_file, "orrishaw": tcg_file}
    writer[case.force.key](doc, case, rng)
    return doc


def isva_record(doc: Doc, case: Case, rng: random.Random) -> None:
    """The crime record, ending in the ISVA liaison entries."""
    doc.line(
        f"KESTRELFORD POLICE CRIME RECORD │ {cite(doc, case, case.crime)} │ OIC no. {case.officer.collar}"
    )
    doc.line(f"Classification: {case.offence}")
    doc.line(f"Victim: {case.subject}")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "switchboard call"), (case.referral, "youth offending referral")):
        if ref:
            doc.fact(
                case,
                "tie",
                f"Associated record: {what} {cite(doc, case, ref)} belongs with {case.crime.value}",
            )
    doc.line(f"Investigator {case.officer.officer}; reviewing sergeant or above {case.supervisor.officer}")
    for line in people_lines(case, rng):
        doc.line(line)
    doc.line("ISVA LIAISON AND RESULT")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def witness_care_file(doc: Doc, case: Case, rng: random.Random) -> None:
    """The crime file, ending in the witness care unit's entries, in a DOCX."""
    doc.line("Thrushcombe Constabulary | Crime file and witness care entries")
    doc.line(f"Crime number | {cite(doc, case, case.crime)}")
    doc.line(f"Offence recorded | {case.offence}")
    doc.line(f"Victim (anonymised) | {case.subject}")
    for ref, what in ((case.incident, "web chat"), (case.referral, "foster carer's notification")):
        if ref:
            doc.fact(
                case,
                "tie",
                f"Connected record | {what} {cite(doc, case, ref)} is this same crime, {case.crime.value}",
            )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Investigating officer | {case.officer.officer}")
    for line in people_lines(case, rng):
        doc.line(f"Entry | {line}")
    doc.line(f"Supervised by {case.supervisor.officer}. Witness care entries follow.")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def tcg_file(doc: Doc, case: Case, rng: random.Random) -> None:
    """A two-page crime file: page 1 the allegation and the people, page 2 the TCG's resolution."""
    doc.line(f"ORRISHAW POLICE == CRIME FILE == {cite(doc, case, case.crime)} == sheet 1 of 2")
    doc.line(f"Allegation: {case.offence}.")
    doc.line(f"Supervising officer: {case.supervisor.officer}.")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "triage contact note"), (case.referral, "GP referral")):
        if ref:
            doc.fact(
                case, "tie", f"See also {what} {cite(doc, case, ref)}, which is crime {case.crime.value}."
            )
    doc.line(f"Investigator {case.officer.officer}.")
    for line in people_lines(case, rng):
        doc.line(f"* {line}")
    doc.new_page()
    doc.line(
        f"ORRISHAW POLICE == CRIME FILE == "
        f"{cite(doc, case, case.crime, variant(case.crime, 1))} == sheet 2 of 2, TCG"
    )
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def people_lines(case: Case, rng: random.Random) -> list[str]:
    """Suspects, their homes, cars and phones, and anyone ruled out, in the force's words."""
    lines, homes = [], case.of("address")
    for position, person in enumerate(case.suspects):
        lines.append(suspect_sentence(case, person, rng))
        if position < len(homes):
            lines.append(f"Lives at {case.written_item(homes[position])}: {case.suspect_name(person)}.")
    for item in homes[len(case.suspects) :]:
        lines.append(f"{case.subject} is known to sleep over at {case.written_item(item)}.")
    for item in case.of("vehicle"):
        lines.append(f"Car linked to the enquiry: {item.description}, index {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "a user not identified"
        lines.append(
            f"Calls and texts to {case.subject} were made from {case.written_item(item)}, used by {owner}."
        )
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        lines.append("Suspect: not yet identified.")
    return lines


def result_lines(case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """The last entries of a force's own crime record: (line, fact or "")."""
    out: list[tuple[str, str]] = []
    if case.witness:
        out.append((f"Video-call witness: {case.witness.short}, {case.witness.job}.", ""))
    out.append((f"Girl's worker at the council: {case.professional.short} ({case.professional.job}).", ""))
    if case.awaiting_cps:
        out.append(("Charging advice sought from the CPS; papers sent over.", ""))
        out.append(("Chased the CPS twice. Still no decision on file.", ""))
        return out
    if case.outcome_initial == "unknown":
        out.append((f"Passed to {case.supervisor.officer} for a decision on what next. Nothing since.", ""))
        return out
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    fact = "outcome" if not case.reopened else "outcome_initial"
    out.append((outcome_sentence(case, case.outcome_initial, when), fact))
    if case.closed:
        out.append((closed_sentence(case, case.closed), "closed" if not case.reopened else "closed_initial"))
    return out


def search_record(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The record of a search of the suspect's home after his arrest."""
    fmt = FORMATS[case.force.key]["custody"]
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "home_searches", f"search_{number:03d}", "notebook", fmt, day)
    doc.line(
        f"{case.force.police}: record of a search of a detained person's home, sheet {rng.randint(100, 999)}"
    )
    crime = cite(doc, case, case.crime, form(case, "custody", case.crime))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else "the flat where he was detained"
    doc.line(f"Searched {case.when(day)} for crime {crime}; address {place}.")
    doc.line(f"Detained person: {case.suspect_name(person)}. Search led by {case.officer.officer}.")
    doc.line(
        "Seized: a tablet computer, SIM cards hidden in a sock, a pink hair bobble, a notebook of numbers."
    )
    doc.line("A notice of powers and rights was left at the address. No damage caused.")
    return doc


def disclosure_note(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The notice given to a suspect released under investigation after his interview."""
    fmt = FORMATS[case.force.key]["interview"]
    day = case.reported + timedelta(days=rng.randint(5, 30))
    doc = new_doc(case, "released", f"rui_notice_{number:03d}", "interview record", fmt, day)
    doc.line(f"{case.force.police}: notice of release under investigation")
    doc.line(f"Given to: {case.suspect_name(person)}. Released on {case.when(day)}.")
    ref = case.crime or case.incident
    doc.line(f"Investigation number {cite(doc, case, ref, variant(ref, number))}")
    lawyer = case.solicitor.short if case.solicitor else "his solicitor"
    doc.line(f"Copy to {lawyer}. Issued by {case.officer.officer} after a voluntary interview.")
    doc.line(f"You must not contact {case.subject} directly or through anyone else while enquiries continue.")
    doc.line("You will be told in writing when a decision has been reached.")
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The arresting officer's duty statement, or a witness's statement taken by video call."""
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    kind = "duty_statement" if person.role == "officer" else "video_statement"
    doc = new_doc(case, "statements", f"{kind}_{number:03d}", "statement", fmt, day)
    if case.crime:
        ref = f"Crime number {cite(doc, case, case.crime, form(case, 'statement', case.crime))}"
    else:
        ref = f"Call reference {cite(doc, case, case.incident)}"
    if person.role == "officer":
        doc.line(f"{force.police}: duty statement, arresting officer")
        doc.line(ref)
        doc.line(f"Made by {person.rank} {person.short}, shoulder number {person.collar}.")
        arrest_account(doc, case, rng)
        doc.line(f"Signed {case.when(day)}; countersigned by {case.supervisor.officer}.")
    else:
        doc.line(f"{force.police}: witness statement recorded over a video call")
        doc.line(ref)
        doc.line(f"Witness: {person.short}, employed as a {person.job}.")
        witness_account(doc, case, person)
        doc.line(f"Statement read back and agreed on {case.when(day)} with {case.officer.officer}.")
    return doc


def arrest_account(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"a car park behind the precinct in {case.force.town}"
    when = case.when(min(case.reported + timedelta(days=rng.randint(1, 20)), doc.day))
    doc.line(f"At 07:05 on {when} I attended {place}.")
    doc.line(f"A man answered the door and identified himself as {case.suspect_name(person)}.")
    doc.line(f"Arrest made for {case.offence}; the caution given at 07:06.")
    doc.line(
        "He replied: 'Wrong man, mate, I know no girls like that.' Transported to the custody block at 07:40."
    )


def witness_account(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"I work as a {witness.job} in {case.force.town} and this is what I noticed:")
    doc.line(f"- {case.subject} (as I now know her) was often out after dark with much older men.")
    for item in case.of("vehicle")[:1]:
        doc.line(f"- She got into a {item.description}; I wrote down the index as {case.written_item(item)}.")
    if case.suspects:
        doc.line(f"- The driver is someone people here call {case.suspects[0].short}.")
    else:
        doc.line("- I could not make out who was at the wheel.")


def check_report(case: Case, number: int, rng: random.Random) -> Doc:
    """A phone download and vehicle finance check."""
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "digital", f"checks_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police}: phone download and vehicle finance checks")
    ref = case.crime or case.incident
    doc.line(f"Requested under {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "an owner still unknown"
    for item in case.of("vehicle"):
        doc.line(
            f"Finance check: {item.description}, index {case.written_item(item)}, on a hire purchase "
            f"agreement paid in cash each month; regular driver {who}."
        )
    for item in case.of("phone"):
        doc.line(
            f"Download of the girl's handset: {case.written_item(item)} saved as 'bro', "
            f"contact traced to {who}."
        )
    doc.line(f"Checks sent back to {case.officer.officer} on {case.when(day)}.")
    return doc


REFERRAL_HEADINGS = {
    "kestrelford": "Kestrelford District Council │ youth offending team safeguarding referral",
    "thrushcombe": "Thrushcombe City Council | notification from a foster carer",
    "orrishaw": "ORRISHAW BOROUGH COUNCIL == GP PRACTICE SAFEGUARDING REFERRAL",
}


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "council/referrals", f"referral_{number:03d}", "referral", fmt, day)
    if fmt == "eml":
        doc.headers = {
            "From": "Practice Safeguarding Lead <safeguarding.lead@gp-surgery.example.nhs.uk>",
            "To": f"Children's Front Door <front.door@{force.council_domain}>",
            "Subject": f"GP safeguarding referral {case.referral.value}",
        }
    doc.line(REFERRAL_HEADINGS[force.key])
    doc.line(f"Council case number: {cite(doc, case, case.referral)}")
    doc.line(f"Received: {case.when(day)}")
    doc.line(f"Child: {case.subject}")
    if case.council_only:
        doc.line(f"Referred by: {case.professional.short}, {case.professional.job}")
        doc.line("Police told: no - a team manager is to decide first")
    else:
        doc.line(f"Police officer involved: {case.officer.officer}, {force.police}")
    police = None
    if case.crime:
        police = f"crime {cite(doc, case, case.crime, form(case, 'council', case.crime))}"
    elif case.incident:
        police = f"call {cite(doc, case, case.incident, variant(case.incident))}"
    if police:
        doc.fact(
            case,
            "tie",
            f"The police {police} and council case {case.referral.value} are one concern for this child.",
        )
    doc.line(
        f"Worries about {case.subject}: new clothes and a second phone, missing from lessons, "
        "a sexually transmitted infection at fourteen, lifts from men in their forties."
    )
    doc.line(
        f"Next step: a strategy discussion; allocated worker {case.professional.short} "
        f"({case.professional.job})."
    )
    return doc


def taxi_report(case: Case, number: int, rng: random.Random) -> Doc:
    """A taxi licensing officer's report after a driver was seen with the girl."""
    force, worker = case.force, case.professional
    fmt = FORMATS[force.key]["debrief"]
    day = case.reported + timedelta(days=rng.randint(2, 9))
    doc = new_doc(case, "council/licensing", f"taxi_report_{number:03d}", "return interview", fmt, day)
    doc.line(f"{force.council}: taxi licensing officer's report")
    doc.line(f"Passenger: {case.subject}; copied to {worker.short} on {case.when(day)}")
    doc.line(f"Council case number {cite(doc, case, case.referral, variant(case.referral, 1))}")
    for item in case.of("address")[:1]:
        doc.line(f"The driver's booking sheet shows a drop-off at {case.written_item(item)}.")
    for item in case.of("phone")[:1]:
        doc.line(f"The fare was booked from {case.written_item(item)} and paid in cash.")
    doc.line("Spot check at 23:15 on the rank: girl in the back seat, no booking record. Badge suspended.")
    return doc


def strategy_record(case: Case, number: int, rng: random.Random) -> Doc:
    """A strategy discussion's record."""
    fmt = FORMATS[case.force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "council/strategy", f"strategy_{number:03d}", "minutes", fmt, day)
    chair, worker = case.supervisor, case.professional
    doc.line(f"{case.force.council}: record of a strategy discussion on {case.when(day)}")
    present = [f"{chair.short} (chairing)", f"{worker.short}, {worker.job}"]
    if not case.council_only:
        present.append(case.officer.officer)
    doc.line(row(doc, case, "Present", *present))
    doc.line(
        f"{case.subject}: out overnight three times in a fortnight, {CASH[case.force.key]} and vodka "
        "found in her bag. Reference numbers, agency by agency:"
    )
    names = {
        "crime": "police crime number",
        "incident": "police call reference",
        "referral": "council case number",
    }
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref, 1) if ref.kind == "incident" else ""
            doc.line(row(doc, case, names[ref.kind], cite(doc, case, ref, style)))
    if fmt == "pdf":
        doc.new_page()
    who = "Police shared" if not case.council_only else "The allocated worker shared"
    for person in case.suspects:
        doc.line(f"{who} a concern about {case.suspect_name(person)}.")
    for item in case.of("address"):
        doc.line(f"Place she goes to: {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Number saved in her handset: {case.written_item(item)}.")
    doc.line(f"Decision: section 47 enquiries; {worker.short} to visit twice a week; reconvene in a month.")
    return doc


def mailbox(person: Person, dot: str = "") -> str:
    if dot:
        return f"{person.forename.lower()}{dot}{person.surname.lower()}"
    return f"{person.surname.lower()}{person.forename[0].lower()}"


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
        "Subject": f"[OFFICIAL] re {ref}",
    }
    doc.line(f"Hello {worker.forename},")
    doc.line(
        f"Nothing final yet on {ref}, I am afraid; I will update you as soon as I can."
        if pending
        else f"We have concluded {ref}; a letter explaining it is on its way to the family."
    )
    if case.referral and case.crime:
        doc.line(
            f"I believe your case number is {cite(doc, case, case.referral, variant(case.referral, 1))}; "
            "please correct that if I have it wrong."
        )
    doc.line("Kind regards,")
    doc.line(officer.officer)
    return doc


def council_email(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker = case.force, case.professional
    day = case.reported + timedelta(days=rng.randint(20, 50))
    doc = new_doc(case, "email", f"message_{number:03d}", "e-mail", "eml", day)
    ref = cite(doc, case, case.referral, variant(case.referral))
    doc.headers = {
        "From": f"{worker.short} <{mailbox(worker)}@{force.council_domain}>",
        "To": f"Head of Safeguarding <safeguarding.head@{force.council_domain}>",
        "Subject": f"{ref} - were the police ever informed?",
    }
    doc.line(
        f"Re {ref}: {case.subject} was dropped off at dawn by a man nobody knows; her grandmother "
        "is talking about going to a solicitor."
    )
    doc.line("Nothing on our file suggests anyone informed the police. Please check?")
    doc.line(worker.short)
    return doc


def carer_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=5)
    doc = new_doc(case, "letters", f"family_{number:03d}", "letter", fmt, day)
    doc.line(force.station)
    doc.line(f"Our reference: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("Dear parent or guardian,")
    doc.line(f"Re: the enquiry involving {case.subject}.")
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    if case.outcome_initial.startswith("nfa"):
        doc.line(
            "If this outcome troubles you, a different officer can re-examine it on request; "
            "ring me to arrange that."
        )
    doc.line(f"With best wishes, {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = "txt" if case.council_only and force.key != "kestrelford" else FORMATS[force.key]["complaint"]
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"grievance_{number:03d}", "complaint", fmt, day)
    ref = case.crime or case.incident or case.referral
    if fmt == "eml":
        target = force.council_domain if case.council_only else force.police_domain
        doc.headers = {
            "From": f"Children's rights advocate <advocate{number}@childrens-rights.example.org.uk>",
            "To": f"Complaints Team <complaints@{target}>",
            "Subject": "Formal complaint made on behalf of a child",
        }
        doc.line("I am the independent advocate for the young person below and make this complaint for her.")
    elif force.key == "thrushcombe" and not case.council_only:
        doc.line(f"Complaint submitted through the {force.police} website form")
        doc.line(case.when(day))
    elif case.council_only:
        doc.line(f"Stage one complaint to the children's services complaints officer, {force.council}")
        doc.line(case.when(day))
    else:
        doc.line(f"Letter from the family's solicitors to {force.police} Professional Standards")
        doc.line(case.when(day))
    doc.line(f"Reference given to the family: {cite(doc, case, ref)}")
    doc.line(f"The family's grievance: how {case.subject} has been treated by police and council.")
    doc.line(
        "The family raised adult men collecting her late at night weeks back, and have had no word since."
    )
    doc.line("They ask whose job it is to shield her, and what anyone has done.")
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
            out.append(taxi_report(case, number("debrief"), rng))
    if case.council_only:
        out.append(council_email(case, number("email"), rng))
    elif rng.random() < 0.6:
        out.append(police_mail(case, number("email"), rng))
    if case.crime and case.outcome_initial in CLOSED_OUTCOMES and rng.random() < 0.6:
        out.append(carer_letter(case, number("letter")))
    if rng.random() < 0.5 or (case.referral and not case.crime):
        out.append(strategy_record(case, number("minutes"), rng))
    if case.outcome_final == "unknown" or case.key.endswith("14"):
        out.append(complaint(case, number("complaint"), rng))
    return out
