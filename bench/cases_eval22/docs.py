"""The documents of each case of the twenty-second set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: a front counter enquiry slip, a transcript of a
non-emergency call or a school-based officer's contact record; crime records (a text crime record
ending in the Victims' Code contact entries, a DOCX crime file ending in the crime registrar's
finalisation, a two-sheet PDF whose second sheet holds the detective inspector's closing minute);
property seizure records; pre-charge bail notices; arresting officers' MG11 statements and
witnesses' statements taken at their workplace; ANPR and phone subscriber checks; a school
nurse's referral, a children's home incident report or a housing officer's referral sent by
e-mail; late-night food licensing officers' visit notes; exploitation panel notes; e-mails;
letters to parents; complaints (an MP's caseworker's e-mail, a letter from the girl's aunt, a
complaint taken at the front desk, and an enquiry from the ombudsman to the council). A line with
" | " between its cells is a table row in the DOCX files.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval22.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval22.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a crime number each kind of document prints, per force.
FORM = {
    "wyrmbridge": {"council": "worded", "statement": "spaced", "custody": "worded", "email": "spaced"},
    "heddlesford": {"council": "worded", "statement": "spaced", "custody": "worded", "email": "spaced"},
    "pellinghoe": {"council": "worded", "statement": "spaced", "custody": "worded", "email": "spaced"},
}  # fmt: skip
FORMATS = {  # the format of each kind of document, per force
    "wyrmbridge": {"incident": "txt", "crime": "txt", "statement": "docx", "referral": "pdf",
                   "minutes": "pdf", "letter": "docx", "review": "docx", "complaint": "eml",
                   "custody": "pdf", "interview": "txt", "debrief": "docx"},
    "heddlesford": {"incident": "pdf", "crime": "docx", "statement": "pdf", "referral": "docx",
                    "minutes": "txt", "letter": "pdf", "review": "txt", "complaint": "docx",
                    "custody": "docx", "interview": "pdf", "debrief": "txt"},
    "pellinghoe": {"incident": "docx", "crime": "pdf", "statement": "txt", "referral": "eml",
                   "minutes": "docx", "letter": "txt", "review": "pdf", "complaint": "pdf",
                   "custody": "txt", "interview": "docx", "debrief": "pdf"},
}  # fmt: skip
TEXT_CELL = {"wyrmbridge": " ◊ ", "heddlesford": " ║ ", "pellinghoe": " ;; "}
CALL_HEADINGS = {
    "wyrmbridge": "WYRMBRIDGE POLICE ◊ FRONT COUNTER ENQUIRY SLIP ◊ central station",
    "heddlesford": "Heddlesford Constabulary ║ 101 non-emergency call transcript ║ contact management",
    "pellinghoe": "Pellinghoe Police | school-based officer contact record | youth engagement",
}
CASH = {"wyrmbridge": "£60", "heddlesford": "£60", "pellinghoe": "sixty pounds"}
CALL_OPENED = {
    "wyrmbridge": "Enquirer seen at the counter {d}",
    "heddlesford": "Call answered on the 101 line {d}",
    "pellinghoe": "Record opened by the school officer {d}",
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
    doc = new_doc(case, "first_contact", f"enquiry_{number:03d}", "incident log", fmt, case.reported)
    handler = f"OP{rng.randint(100, 899)}"
    doc.line(CALL_HEADINGS[force.key])
    doc.line(row(doc, case, "Log no.", cite(doc, case, case.incident)))
    doc.fact(case, "reported", CALL_OPENED[force.key].format(d=case.when(case.reported)))
    hour = rng.randint(9, 15)
    entries = [
        f"Information from {caller(case)}. {case.subject} skipped her lessons again and was spotted "
        "climbing into a grey hatchback at the school gates.",
        f"Update: {case.subject} turned up at midnight holding {CASH[force.key]} and a new phone, "
        "neither of which she would explain.",
    ]
    for item in case.of("vehicle")[:1]:
        entries.append(f"Vehicle seen: {item.description}, registration {case.written_item(item)}.")
    entries.append(f"Passed to {case.officer.officer} to investigate.")
    for n, text in enumerate(entries):
        doc.line(row(doc, case, f"{(hour + n) % 24:02d}:{rng.randint(0, 59):02d}", handler, text))
    incident_result(doc, case, handler)
    return doc


def caller(case: Case) -> str:
    return (
        "her aunt, who has had care of her under a special guardianship order"
        if case.outcome_initial == "unknown"
        else "the deputy head of her secondary school"
    )


def incident_result(doc: Doc, case: Case, handler: str) -> None:
    """The last entry: the crime or council record the call became, or a grievance and silence."""
    if case.crime:
        text = f"{case.incident.value} now recorded as a crime under {cite(doc, case, case.crime)}."
        doc.fact(case, "tie", row(doc, case, "result", handler, text))
    elif case.referral:
        council = cite(doc, case, case.referral)
        text = (
            f"Not a crime at this stage. {case.incident.value} handed across to the council hub, {council}."
        )
        doc.fact(case, "tie", row(doc, case, "result", handler, text))
    else:
        doc.line(
            row(
                doc,
                case,
                "result",
                handler,
                "Aunt rang back on two further days: still no officer has called.",
            )
        )
        doc.line(
            row(
                doc,
                case,
                "result",
                handler,
                "She says she will put a complaint in writing. No further entry.",
            )
        )


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["crime"]
    day = case.reported + timedelta(days=1)
    doc = new_doc(case, "crime_records", f"crime_{number:03d}", "crime report", fmt, day)
    writer = {"wyrmbridge": vcop_record, "heddlesford": registrar_file, "pellinghoe": minute_file}
    writer[case.force.key](doc, case, rng)
    return doc


def vcop_record(doc: Doc, case: Case, rng: random.Random) -> None:
    """The crime record, ending in the Victims' Code contact entries."""
    doc.line(
        f"WYRMBRIDGE POLICE ◊ RECORDED CRIME ◊ {cite(doc, case, case.crime)} "
        f"◊ OIC collar {case.officer.collar}"
    )
    doc.line(f"Crime type: {case.offence}")
    doc.line(f"Injured party: {case.subject}")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "counter enquiry"), (case.referral, "school nurse referral")):
        if ref:
            doc.fact(
                case,
                "tie",
                f"Linked reference: {what} {cite(doc, case, ref)} forms part of {case.crime.value}",
            )
    doc.line(f"Officer in the case {case.officer.officer}; supervisor {case.supervisor.officer}")
    for line in people_lines(case, rng):
        doc.line(line)
    doc.line("VICTIMS' CODE CONTACTS AND RESULT")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def registrar_file(doc: Doc, case: Case, rng: random.Random) -> None:
    """The crime file, ending in the crime registrar's finalisation, in a DOCX."""
    doc.line("Heddlesford Constabulary | Crime file with the registrar's finalisation")
    doc.line(f"Crime reference | {cite(doc, case, case.crime)}")
    doc.line(f"Crime as recorded | {case.offence}")
    doc.line(f"Victim code | {case.subject}")
    for ref, what in ((case.incident, "101 call"), (case.referral, "children's home incident report")):
        if ref:
            doc.fact(
                case,
                "tie",
                f"Cross-reference | {what} {cite(doc, case, ref)} relates to the same crime, "
                f"{case.crime.value}",
            )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Officer in charge | {case.officer.officer}")
    for line in people_lines(case, rng):
        doc.line(f"Note | {line}")
    doc.line(f"Reviewed by {case.supervisor.officer}. Registrar's entries below.")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def minute_file(doc: Doc, case: Case, rng: random.Random) -> None:
    """A two-sheet crime file: sheet 1 the allegation and the people, sheet 2 the DI's closing minute."""
    doc.line(f"PELLINGHOE POLICE ;; CRIME FILE ;; {cite(doc, case, case.crime)} ;; part A")
    doc.line(f"Nature of the allegation: {case.offence}.")
    doc.line(f"Detective sergeant or above: {case.supervisor.officer}.")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "school officer contact record"), (case.referral, "housing referral")):
        if ref:
            doc.fact(
                case,
                "tie",
                f"Refer also to {what} {cite(doc, case, ref)}; it is part of crime {case.crime.value}.",
            )
    doc.line(f"OIC {case.officer.officer}.")
    for line in people_lines(case, rng):
        doc.line(f"> {line}")
    doc.new_page()
    doc.line(
        f"PELLINGHOE POLICE ;; CRIME FILE ;; "
        f"{cite(doc, case, case.crime, variant(case.crime, 1))} ;; part B, inspector's minute"
    )
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
        lines.append(f"{case.subject} has been found staying overnight at {case.written_item(item)}.")
    for item in case.of("vehicle"):
        lines.append(f"Vehicle of interest: {item.description}, registration {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "an unknown subscriber"
        lines.append(
            f"Messages to {case.subject} came from {case.written_item(item)}, a number attributed to {owner}."
        )
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        lines.append("Offender: unidentified so far.")
    return lines


def result_lines(case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """The last entries of a force's own crime record: (line, fact or "")."""
    out: list[tuple[str, str]] = []
    if case.witness:
        out.append((f"Workplace witness: {case.witness.short}, {case.witness.job}.", ""))
    out.append((f"Council lead professional: {case.professional.short} ({case.professional.job}).", ""))
    if case.awaiting_cps:
        out.append(("Papers with the Crown Prosecution Service awaiting its charging decision.", ""))
        out.append(("Reminder sent to the CPS a second time; no reply recorded.", ""))
        return out
    if case.outcome_initial == "unknown":
        out.append(
            (f"Referred up to {case.supervisor.officer} to decide the next steps. No later entry.", "")
        )
        return out
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    fact = "outcome" if not case.reopened else "outcome_initial"
    out.append((outcome_sentence(case, case.outcome_initial, when), fact))
    if case.closed:
        out.append((closed_sentence(case, case.closed), "closed" if not case.reopened else "closed_initial"))
    return out


def search_record(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The record of property seized from the suspect after his arrest."""
    fmt = FORMATS[case.force.key]["custody"]
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "seizures", f"seizure_{number:03d}", "notebook", fmt, day)
    doc.line(f"{case.force.police}: property seizure record, exhibit book page {rng.randint(100, 999)}")
    crime = cite(doc, case, case.crime, form(case, "custody", case.crime))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else "the car he was stopped in"
    doc.line(f"Seized {case.when(day)} under crime {crime}; from {place}.")
    doc.line(f"Owner of the property: {case.suspect_name(person)}. Seizing officer {case.officer.officer}.")
    doc.line(
        "Items: two mobile handsets, a carrier bag of girls' clothing, a diary of first names, a bank card."
    )
    doc.line("Each item sealed and bagged with its own exhibit label. Receipt handed over.")
    return doc


def disclosure_note(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The notice given to a suspect bailed before charge after his interview."""
    fmt = FORMATS[case.force.key]["interview"]
    day = case.reported + timedelta(days=rng.randint(5, 30))
    doc = new_doc(case, "bail", f"bail_notice_{number:03d}", "interview record", fmt, day)
    doc.line(f"{case.force.police}: pre-charge bail notice with conditions")
    doc.line(f"Person bailed: {case.suspect_name(person)}. Bailed on {case.when(day)}.")
    ref = case.crime or case.incident
    doc.line(f"Case reference {cite(doc, case, ref, variant(ref, number))}")
    lawyer = case.solicitor.short if case.solicitor else "his legal adviser"
    doc.line(f"Copy handed to {lawyer}. Authorised by {case.officer.officer} after interview.")
    doc.line(
        f"Condition: no contact of any kind with {case.subject}, and do not enter the town centre after 8pm."
    )
    doc.line("Return to the custody suite on the date shown unless told otherwise in writing.")
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The arresting officer's MG11, or a witness's statement taken at work."""
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    kind = "arrest_mg11" if person.role == "officer" else "workplace_statement"
    doc = new_doc(case, "statements", f"{kind}_{number:03d}", "statement", fmt, day)
    if case.crime:
        ref = f"Crime ref. {cite(doc, case, case.crime, form(case, 'statement', case.crime))}"
    else:
        ref = f"Log no. {cite(doc, case, case.incident)}"
    if person.role == "officer":
        doc.line(f"{force.police}: MG11 witness statement, arresting officer")
        doc.line(ref)
        doc.line(f"Statement of {person.rank} {person.short}, collar number {person.collar}.")
        arrest_account(doc, case, rng)
        doc.line(f"Dated {case.when(day)}; seen by {case.supervisor.officer}.")
    else:
        doc.line(f"{force.police}: witness statement taken at the witness's place of work")
        doc.line(ref)
        doc.line(f"Witness: {person.short}, working as a {person.job}.")
        witness_account(doc, case, person)
        doc.line(f"Signed as true on {case.when(day)} in front of {case.officer.officer}.")
    return doc


def arrest_account(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"a lay-by on the {case.force.town} ring road"
    when = case.when(min(case.reported + timedelta(days=rng.randint(1, 20)), doc.day))
    doc.line(f"Shortly after 06:30 on {when} three officers and I knocked at {place}.")
    doc.line(f"The man there gave his name as {case.suspect_name(person)}.")
    doc.line(f"Arrest: on suspicion of {case.offence}; caution administered 06:34.")
    doc.line("His answer once cautioned: 'None of this is true, officer.' Conveyed to the cells by van.")


def witness_account(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"I have been a {witness.job} in {case.force.town} for some years. What I saw:")
    doc.line(f"- A girl police call {case.subject} came by late most weekends, always with grown men.")
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"- They left in a {item.description}, registration {case.written_item(item)}, "
            "which I wrote down."
        )
    if case.suspects:
        doc.line(f"- The man driving goes by {case.suspects[0].short} round here.")
    else:
        doc.line("- Whoever drove kept his face turned away from me.")


def check_report(case: Case, number: int, rng: random.Random) -> Doc:
    """ANPR and phone subscriber checks."""
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "intelligence", f"anpr_subscriber_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police}: ANPR and phone subscriber checks")
    ref = case.crime or case.incident
    doc.line(f"Checks made for {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "nobody yet identified"
    for item in case.of("vehicle"):
        doc.line(
            f"ANPR: {item.description}, registration {case.written_item(item)}, read by cameras near the "
            f"school on eleven evenings; registered keeper {who}."
        )
    for item in case.of("phone"):
        doc.line(
            f"Subscriber check: {case.written_item(item)}, prepaid SIM, credit bought with cash; "
            f"attributed user {who}."
        )
    doc.line(f"Results returned to {case.officer.officer} on {case.when(day)}.")
    return doc


REFERRAL_HEADINGS = {
    "wyrmbridge": "Wyrmbridge Metropolitan Borough Council ◊ referral from the school nurse",
    "heddlesford": "Heddlesford County Council | incident report from a children's home",
    "pellinghoe": "PELLINGHOE UNITARY COUNCIL ;; HOUSING OFFICER'S SAFEGUARDING REFERRAL",
}


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "council/referrals", f"referral_{number:03d}", "referral", fmt, day)
    if fmt == "eml":
        doc.headers = {
            "From": f"Tenancy Services <tenancy.services@{force.council_domain}>",
            "To": f"Children's Advice and Support Hub <hub@{force.council_domain}>",
            "Subject": f"Housing safeguarding referral {case.referral.value}",
        }
    doc.line(REFERRAL_HEADINGS[force.key])
    doc.line(f"Children's services number: {cite(doc, case, case.referral)}")
    doc.line(f"Date logged: {case.when(day)}")
    doc.line(f"Young person: {case.subject}")
    if case.council_only:
        doc.line(f"Raised by: {case.professional.short}, {case.professional.job}")
        doc.line("Police informed: no; a manager must agree first")
    else:
        doc.line(f"Police contact: {case.officer.officer}, {force.police}")
    police = None
    if case.crime:
        police = f"crime {cite(doc, case, case.crime, form(case, 'council', case.crime))}"
    elif case.incident:
        police = f"log {cite(doc, case, case.incident, variant(case.incident))}"
    if police:
        doc.fact(
            case,
            "tie",
            f"Police {police} and children's services number {case.referral.value} concern the same girl.",
        )
    doc.line(
        f"Concerns about {case.subject}: gifts she cannot pay for, nights away from placement, "
        "a termination at fifteen, older men waiting outside in cars."
    )
    doc.line(
        f"Outcome of triage: exploitation panel to consider; lead professional {case.professional.short} "
        f"({case.professional.job})."
    )
    return doc


def taxi_report(case: Case, number: int, rng: random.Random) -> Doc:
    """A late-night food licensing officer's note after the girl was found on premises."""
    force, worker = case.force, case.professional
    fmt = FORMATS[force.key]["debrief"]
    day = case.reported + timedelta(days=rng.randint(2, 9))
    doc = new_doc(case, "council/licensing", f"premises_visit_{number:03d}", "return interview", fmt, day)
    doc.line(f"{force.council}: late-night food premises, licensing officer's visit note")
    doc.line(f"Young person found: {case.subject}; note sent to {worker.short} on {case.when(day)}")
    doc.line(f"Children's services number {cite(doc, case, case.referral, variant(case.referral, 1))}")
    for item in case.of("address")[:1]:
        doc.line(f"Staff said she was later driven to {case.written_item(item)}.")
    for item in case.of("phone")[:1]:
        doc.line(f"The manager's order pad lists {case.written_item(item)} against her free meals.")
    doc.line("Visit at 00:40: girl in the staff area behind the counter. Licence review requested.")
    return doc


def strategy_record(case: Case, number: int, rng: random.Random) -> Doc:
    """The notes of a multi-agency exploitation panel."""
    fmt = FORMATS[case.force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "council/panel", f"panel_notes_{number:03d}", "minutes", fmt, day)
    chair, worker = case.supervisor, case.professional
    doc.line(f"{case.force.council}: child exploitation risk panel, notes of {case.when(day)}")
    attended = [f"{chair.short} (chair)", f"{worker.short}, {worker.job}"]
    if not case.council_only:
        attended.append(case.officer.officer)
    doc.line(row(doc, case, "Attended", *attended))
    doc.line(
        f"{case.subject}: missing four nights this month, {CASH[case.force.key]} and condoms found in "
        "her room. References, per agency:"
    )
    names = {
        "crime": "police crime reference",
        "incident": "police log number",
        "referral": "children's services number",
    }
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref, 1) if ref.kind == "incident" else ""
            doc.line(row(doc, case, names[ref.kind], cite(doc, case, ref, style)))
    if fmt == "pdf":
        doc.new_page()
    who = "The police raised" if not case.council_only else "The lead professional raised"
    for person in case.suspects:
        doc.line(f"{who} {case.suspect_name(person)} as a person of concern.")
    for item in case.of("address"):
        doc.line(f"Address she is taken to: {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Number found on her phone: {case.written_item(item)}.")
    doc.line(f"Agreed: child protection enquiries; {worker.short} to visit weekly; next panel in six weeks.")
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
        f"There is no result yet on {ref}; you will hear from me the moment there is."
        if pending
        else f"{ref} has now been finalised, and the family will receive a letter setting it out."
    )
    if case.referral and case.crime:
        doc.line(
            f"Your side has this as {cite(doc, case, case.referral, variant(case.referral, 1))}, I think; "
            "please put me right if not."
        )
    doc.line("Thanks,")
    doc.line(officer.officer)
    return doc


def council_email(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker = case.force, case.professional
    day = case.reported + timedelta(days=rng.randint(20, 50))
    doc = new_doc(case, "email", f"mail_{number:03d}", "e-mail", "eml", day)
    ref = cite(doc, case, case.referral, variant(case.referral))
    doc.headers = {
        "From": f"{worker.short} <{mailbox(worker)}@{force.council_domain}>",
        "To": f"Safeguarding Service Manager <service.manager@{force.council_domain}>",
        "Subject": f"{ref} - has this gone to the police?",
    }
    doc.line(
        f"About {ref}: {case.subject} came home at six in the morning, dropped by a car nobody "
        "recognised; her aunt now says she will complain formally."
    )
    doc.line("Our file shows no referral to the police at all. Could you look into it?")
    doc.line(worker.short)
    return doc


def carer_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=5)
    doc = new_doc(case, "letters", f"to_parent_{number:03d}", "letter", fmt, day)
    doc.line(force.station)
    doc.line(f"Please quote: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("Dear parent or carer,")
    doc.line(f"Investigation concerning {case.subject}.")
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    if case.outcome_initial.startswith("nfa"):
        doc.line(
            "You are entitled to request an independent review of this outcome by an officer "
            "who has not worked on it."
        )
    doc.line(f"Yours sincerely, {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = "txt" if case.council_only and force.key != "wyrmbridge" else FORMATS[force.key]["complaint"]
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"complaint_{number:03d}", "complaint", fmt, day)
    ref = case.crime or case.incident or case.referral
    if fmt == "eml":
        target = force.council_domain if case.council_only else force.police_domain
        doc.headers = {
            "From": f"Constituency Caseworker <caseworker{number}@constituency.example.org.uk>",
            "To": f"Feedback and Complaints <feedback@{target}>",
            "Subject": "Constituent's complaint about the handling of her niece's case",
        }
        doc.line("Our MP forwards a constituent's concerns, set out below, and awaits your reply.")
    elif force.key == "heddlesford" and not case.council_only:
        doc.line(f"Letter of complaint from the girl's aunt to {force.police}")
        doc.line(case.when(day))
    elif case.council_only:
        doc.line(f"Enquiry from the Local Government Ombudsman to {force.council}")
        doc.line(case.when(day))
    else:
        doc.line(f"Complaint taken in person at the front desk of {force.police}")
        doc.line(case.when(day))
    doc.line(f"Reference the aunt was given: {cite(doc, case, ref)}")
    doc.line(f"Her complaint: the way {case.subject} has been dealt with by the police and the council.")
    doc.line(
        "She reported grown men picking the girl up after dark many weeks ago and has heard nothing back."
    )
    doc.line("She wants the agencies to say whose duty the girl's safety is, and what each of them did.")
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
