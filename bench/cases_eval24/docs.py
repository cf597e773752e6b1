"""The documents of each case of the twenty-fourth set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: a pharmacy's emergency contraception
safeguarding alert, a street pastors' night patrol log or a railway station's staff handover
sheet; crime records (a text crime record ending in the PNC bureau's result updates, a DOCX crime
file ending in the exploitation co-ordinator's closure entry, a two-part PDF whose second part is
the evidence review officer's conclusion); digital media examination requests; appointment cards
for a voluntary interview under caution; early morning arrest operation debriefs and door-to-door
enquiry returns; financial and subscriber checks; a faith group safeguarding officer's referral,
a leisure centre duty manager's referral or a school attendance officer's referral sent by
e-mail; council licensing officers' hotel visit notes; multi-agency child exploitation (MACE)
meetings; e-mails; letters to the children's home manager; complaints (an MP's caseworker's
e-mail, the aunt's letter, a form sent to the force's professional standards
department, and a Local Government Ombudsman enquiry to the council). A line with " | " between
its cells is a table row in the DOCX files.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval24.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval24.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a crime number each kind of document prints, per force.
FORM = {
    "quillanby": {"council": "spaced", "statement": "worded", "custody": "spaced", "email": "worded"},
    "tessingford": {"council": "worded", "statement": "spaced", "custody": "worded", "email": "spaced"},
    "drumwhinnet": {"council": "spaced", "statement": "worded", "custody": "spaced", "email": "worded"},
}  # fmt: skip
FORMATS = {  # the format of each kind of document, per force
    "quillanby": {"incident": "txt", "crime": "txt", "statement": "pdf", "referral": "pdf",
                  "minutes": "docx", "letter": "docx", "review": "pdf", "complaint": "eml",
                  "custody": "docx", "interview": "txt", "debrief": "pdf"},
    "tessingford": {"incident": "pdf", "crime": "docx", "statement": "txt", "referral": "docx",
                    "minutes": "pdf", "letter": "txt", "review": "docx", "complaint": "pdf",
                    "custody": "txt", "interview": "pdf", "debrief": "docx"},
    "drumwhinnet": {"incident": "docx", "crime": "pdf", "statement": "docx", "referral": "eml",
                    "minutes": "txt", "letter": "pdf", "review": "txt", "complaint": "docx",
                    "custody": "pdf", "interview": "docx", "debrief": "txt"},
}  # fmt: skip
TEXT_CELL = {"quillanby": " · ", "tessingford": " ¶ ", "drumwhinnet": " ° "}
FIRST_HEADINGS = {
    "quillanby": "QUILLANBY CONSTABULARY · PHARMACY SAFEGUARDING ALERT · emergency contraception request",
    "tessingford": "Tessingford Police ¶ street pastors' night patrol log ¶ passed to the force",
    "drumwhinnet": "Drumwhinnet Police | railway station staff handover sheet | platform team",
}
CASH = {"quillanby": "forty pounds", "tessingford": "£40", "drumwhinnet": "forty pounds"}
FIRST_OPENED = {
    "quillanby": "Alert logged {d}",
    "tessingford": "Pastors' log handed in {d}",
    "drumwhinnet": "Handover sheet started {d}",
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


def first_contact(case: Case, number: int, rng: random.Random) -> Doc:
    """How each force keeps the first report about the girl."""
    force = case.force
    fmt = FORMATS[force.key]["incident"]
    doc = new_doc(case, "first_reports", f"first_contact_{number:03d}", "incident log", fmt, case.reported)
    handler = f"K{rng.randint(1000, 8999)}"
    doc.line(FIRST_HEADINGS[force.key])
    doc.line(row(doc, case, "Police number", cite(doc, case, case.incident)))
    doc.fact(case, "reported", FIRST_OPENED[force.key].format(d=case.when(case.reported)))
    hour = rng.randint(15, 21)
    entries = [
        f"Worry passed on by {informant(case)}. {case.subject} keeps turning up late at night with "
        "older men and refuses to tell anyone where she sleeps.",
        f"Also seen: {case.subject} carrying {CASH[force.key]} in cash and new trainers nobody at "
        "home paid for.",
    ]
    for item in case.of("vehicle")[:1]:
        entries.append(f"Vehicle seen collecting her: {item.description}, reg {case.written_item(item)}.")
    entries.append(f"Passed for investigation to {case.officer.officer}.")
    for n, text in enumerate(entries):
        doc.line(row(doc, case, f"{(hour + n) % 24:02d}:{rng.randint(0, 59):02d}h", handler, text))
    first_result(doc, case, handler)
    return doc


def informant(case: Case) -> str:
    return (
        "her aunt, who has cared for her since her mother went into hospital"
        if case.outcome_initial == "unknown"
        else "the pastoral manager at her secondary school"
    )


def first_result(doc: Doc, case: Case, handler: str) -> None:
    """The last entry: the crime or council record the report became, or a grievance and silence."""
    if case.crime:
        text = f"Crime recorded for {case.incident.value}: {cite(doc, case, case.crime)}."
        doc.fact(case, "tie", row(doc, case, "result", handler, text))
    elif case.referral:
        council = cite(doc, case, case.referral)
        text = f"Not crimed so far. The council took {case.incident.value} over as {council}."
        doc.fact(case, "tie", row(doc, case, "result", handler, text))
    else:
        doc.line(row(doc, case, "result", handler, "Aunt rang two more times; no officer has visited."))
        doc.line(row(doc, case, "result", handler, "Aunt intends to complain in writing. No entries follow."))


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["crime"]
    day = case.reported + timedelta(days=1)
    doc = new_doc(case, "crime", f"crime_file_{number:03d}", "crime report", fmt, day)
    writer = {"quillanby": pnc_record, "tessingford": coordinator_file, "drumwhinnet": review_file}
    writer[case.force.key](doc, case, rng)
    return doc


def pnc_record(doc: Doc, case: Case, rng: random.Random) -> None:
    """The crime record, ending in the PNC bureau's result updates."""
    doc.line(
        f"QUILLANBY CONSTABULARY · CRIME ENTRY · {cite(doc, case, case.crime)} · "
        f"officer {case.officer.collar}"
    )
    doc.line(f"Crime as recorded: {case.offence}")
    doc.line(f"Child victim: {case.subject}")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "pharmacy alert"), (case.referral, "faith group referral")):
        if ref:
            doc.fact(
                case,
                "tie",
                f"Cross-reference: the {what} {cite(doc, case, ref)} forms part of {case.crime.value}",
            )
    doc.line(f"Officer in charge {case.officer.officer}; supervised by {case.supervisor.officer}")
    for line in people_lines(case, rng):
        doc.line(line)
    doc.line("PNC BUREAU RESULT UPDATES (NEWEST AT THE BOTTOM)")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def coordinator_file(doc: Doc, case: Case, rng: random.Random) -> None:
    """The crime file, ending in the exploitation co-ordinator's closure entry, in a DOCX."""
    doc.line("Tessingford Police | Crime file closed by the exploitation co-ordinator")
    doc.line(f"Crime reference | {cite(doc, case, case.crime)}")
    doc.line(f"Crime | {case.offence}")
    doc.line(f"Victim (anonymised) | {case.subject}")
    for ref, what in ((case.incident, "street pastors' log"), (case.referral, "leisure centre referral")):
        if ref:
            doc.fact(
                case,
                "tie",
                f"Related record | the {what} {cite(doc, case, ref)} sits under crime {case.crime.value}",
            )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Officer in charge | {case.officer.officer}")
    for line in people_lines(case, rng):
        doc.line(f"Note | {line}")
    doc.line(f"Reviewed by {case.supervisor.officer} before the co-ordinator's closure.")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def review_file(doc: Doc, case: Case, rng: random.Random) -> None:
    """A two-part crime file: part 1 the allegation and the people, part 2 the evidence review."""
    doc.line(f"DRUMWHINNET POLICE ° CRIME CASE FILE ° {cite(doc, case, case.crime)} ° section 1 of 2")
    doc.line(f"What is alleged: {case.offence}.")
    doc.line(f"Supervisor: {case.supervisor.officer}.")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in (
        (case.incident, "station handover sheet"),
        (case.referral, "attendance officer referral"),
    ):
        if ref:
            doc.fact(
                case,
                "tie",
                f"Read with the {what} {cite(doc, case, ref)}, which belongs to crime {case.crime.value}.",
            )
    doc.line(f"Officer in charge: {case.officer.officer}.")
    for line in people_lines(case, rng):
        doc.line(f"- {line}")
    doc.new_page()
    doc.line(
        f"DRUMWHINNET POLICE ° CRIME CASE FILE ° "
        f"{cite(doc, case, case.crime, variant(case.crime, 1))} ° section 2 of 2, evidence review"
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
        lines.append(f"{case.subject} has been traced staying overnight at {case.written_item(item)}.")
    for item in case.of("vehicle"):
        lines.append(f"Vehicle in use by the suspects: {item.description}, reg {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "a user not yet traced"
        lines.append(
            f"Messages to {case.subject} came from {case.written_item(item)}; thought to be {owner}."
        )
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        lines.append("Suspects: nobody identified so far.")
    return lines


def result_lines(case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """The last entries of a force's own crime record: (line, fact or "")."""
    out: list[tuple[str, str]] = []
    if case.witness:
        out.append((f"Witness found: {case.witness.short}, {case.witness.job}.", ""))
    out.append((f"Children's services contact: {case.professional.short}, {case.professional.job}.", ""))
    if case.awaiting_cps:
        out.append(("Case papers lodged with CPS; awaiting their charging view.", ""))
        out.append(("Reminder sent to the prosecutors; no reply on file.", ""))
        return out
    if case.outcome_initial == "unknown":
        out.append((f"Referred up to {case.supervisor.officer} for direction. No later entry.", ""))
        return out
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    fact = "outcome" if not case.reopened else "outcome_initial"
    out.append((outcome_sentence(case, case.outcome_initial, when), fact))
    if case.closed:
        out.append((closed_sentence(case, case.closed), "closed" if not case.reopened else "closed_initial"))
    return out


def media_request(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The request for the suspect's seized phones and computer to be examined."""
    fmt = FORMATS[case.force.key]["custody"]
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "digital", f"media_request_{number:03d}", "notebook", fmt, day)
    doc.line(f"{case.force.police}: digital media examination request, queue number {rng.randint(100, 999)}")
    crime = cite(doc, case, case.crime, form(case, "custody", case.crime))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else "the vehicle he was arrested in"
    doc.line(f"Requested {case.when(day)} under crime {crime}; devices seized at {place}.")
    doc.line(f"Owner of the devices: {case.suspect_name(person)}. Requested by {case.officer.officer}.")
    doc.line("Devices: two smartphones, a tablet, a memory stick and a games console.")
    doc.line("Wanted: messages and images involving children, contacts and location history.")
    return doc


def interview_card(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The appointment card for a voluntary interview under caution."""
    fmt = FORMATS[case.force.key]["interview"]
    day = case.reported + timedelta(days=rng.randint(5, 30))
    doc = new_doc(case, "interviews", f"appointment_card_{number:03d}", "interview record", fmt, day)
    doc.line(f"{case.force.police}: appointment card, interview under caution (attendance is voluntary)")
    doc.line(f"Issued to {case.suspect_name(person)} on {case.when(day)}.")
    ref = case.crime or case.incident
    doc.line(f"Quote this number: {cite(doc, case, ref, variant(ref, number))}")
    lawyer = case.solicitor.short if case.solicitor else "any lawyer you pick"
    doc.line(f"Free legal advice is available; you may bring {lawyer}. Issued by {case.officer.officer}.")
    doc.line(f"Do not approach or message {case.subject} before the appointment.")
    doc.line("If you miss the appointment, officers may arrest you.")
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The debrief of an early morning arrest at the suspect's address, or a door-to-door return."""
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    kind = "arrest_debrief" if person.role == "officer" else "door_to_door"
    doc = new_doc(case, "statements", f"{kind}_{number:03d}", "statement", fmt, day)
    if case.crime:
        ref = f"Crime ref. {cite(doc, case, case.crime, form(case, 'statement', case.crime))}"
    else:
        ref = f"Police ref. {cite(doc, case, case.incident)}"
    if person.role == "officer":
        doc.line(f"{force.police}: early morning arrest operation, debrief")
        doc.line(ref)
        doc.line(f"Debrief written by {person.rank} {person.short}, collar {person.collar}.")
        arrest_account(doc, case, rng)
        doc.line(f"Debrief signed {case.when(day)}; seen by {case.supervisor.officer}.")
    else:
        doc.line(f"{force.police}: door-to-door enquiry return")
        doc.line(ref)
        doc.line(f"Person spoken to: {person.short}, {person.job}.")
        witness_account(doc, case, person)
        doc.line(f"Return completed {case.when(day)} by {case.officer.officer}.")
    return doc


def arrest_account(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"a static caravan outside {case.force.town}"
    when = case.when(min(case.reported + timedelta(days=rng.randint(1, 20)), doc.day))
    doc.line(f"06.10 on {when}: team at {place}; entry gained after knocking.")
    doc.line(f"The man who came down the stairs gave his name as {case.suspect_name(person)}.")
    doc.line(f"06.14: arrested on suspicion of {case.offence}; caution given.")
    doc.line("Said when cautioned: 'Not me, mate, you want someone else.' Driven to the custody suite.")


def witness_account(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"Works locally in {case.force.town} as a {witness.job}. Account given on the doorstep:")
    doc.line(f"- The girl now known to us as {case.subject} was often hanging about late with grown men.")
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"- She was picked up in a {item.description}, reg {case.written_item(item)}; "
            "written on a receipt."
        )
    if case.suspects:
        doc.line(f"- Locally the driver is called {case.suspects[0].short}.")
    else:
        doc.line("- Nobody ever saw the driver's face.")


def research_note(case: Case, number: int, rng: random.Random) -> Doc:
    """Financial and subscriber checks."""
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "research", f"finance_subscriber_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police}: financial and subscriber checks")
    ref = case.crime or case.incident
    doc.line(f"Checks made for {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "no one identified"
    for item in case.of("vehicle"):
        doc.line(
            f"Finance check: {item.description}, reg {case.written_item(item)}, bought on credit by "
            f"{who}; payments made from a betting account."
        )
    for item in case.of("phone"):
        doc.line(
            f"Subscriber: {case.written_item(item)}, registered to {who}; credit bought at a corner shop."
        )
    doc.line(f"Results sent to {case.officer.officer} on {case.when(day)}.")
    return doc


REFERRAL_HEADINGS = {
    "quillanby": "Quillanby Metropolitan Council · referral from a faith group safeguarding officer",
    "tessingford": "Tessingford County Council | referral from a leisure centre duty manager",
    "drumwhinnet": "DRUMWHINNET BOROUGH COUNCIL ° SCHOOL ATTENDANCE OFFICER REFERRAL",
}


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "council/referrals", f"front_door_referral_{number:03d}", "referral", fmt, day)
    if fmt == "eml":
        doc.headers = {
            "From": f"Attendance Service <attendance@{force.council_domain}>",
            "To": f"Children's Front Door <childrens.front.door@{force.council_domain}>",
            "Subject": f"Attendance officer's referral {case.referral.value}",
        }
    doc.line(REFERRAL_HEADINGS[force.key])
    doc.line(f"Council reference: {cite(doc, case, case.referral)}")
    doc.line(f"Date in: {case.when(day)}")
    doc.line(f"Young person: {case.subject}")
    if case.council_only:
        doc.line(f"Referred by: {case.professional.short}, {case.professional.job}")
        doc.line("Shared with police? Not until a manager approves")
    else:
        doc.line(f"Police contact: {case.officer.officer}, {force.police}")
    police = None
    if case.crime:
        police = f"crime {cite(doc, case, case.crime, form(case, 'council', case.crime))}"
    elif case.incident:
        police = f"call {cite(doc, case, case.incident, variant(case.incident))}"
    if police:
        doc.fact(
            case,
            "tie",
            f"Police {police} and council reference {case.referral.value} concern the same young person.",
        )
    doc.line(
        f"Concerns for {case.subject}: missing school, unexplained gifts, staying out all night, "
        "an older boyfriend nobody has met."
    )
    doc.line(f"Plan: MACE meeting; lead worker {case.professional.short} ({case.professional.job}).")
    return doc


def hotel_visit(case: Case, number: int, rng: random.Random) -> Doc:
    """A council licensing officer's note of a visit to a hotel where the girl was found."""
    force, worker = case.force, case.professional
    fmt = FORMATS[force.key]["debrief"]
    day = case.reported + timedelta(days=rng.randint(2, 9))
    doc = new_doc(case, "council/licensing", f"hotel_visit_{number:03d}", "return interview", fmt, day)
    doc.line(f"{force.council}: licensing officer's note of a hotel visit")
    doc.line(f"Young person present: {case.subject}; copy sent to {worker.short} on {case.when(day)}")
    doc.line(f"Council reference {cite(doc, case, case.referral, variant(case.referral, 1))}")
    for item in case.of("address")[:1]:
        doc.line(f"Night porter says she is dropped off from {case.written_item(item)}.")
    for item in case.of("phone")[:1]:
        doc.line(f"The room was booked by a caller on {case.written_item(item)}.")
    doc.line("Visit at 23:40: girl in a room booked by two adult men for cash. Licence review to follow.")
    return doc


def mace_meeting(case: Case, number: int, rng: random.Random) -> Doc:
    """The record of a multi-agency child exploitation (MACE) meeting about the girl."""
    fmt = FORMATS[case.force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "council/mace", f"mace_meeting_{number:03d}", "minutes", fmt, day)
    chair, worker = case.supervisor, case.professional
    doc.line(f"{case.force.council}: MACE meeting (multi-agency child exploitation), {case.when(day)}")
    present = [f"{chair.short} (chair)", f"{worker.short}, {worker.job}"]
    if not case.council_only:
        present.append(case.officer.officer)
    doc.line(row(doc, case, "Attending", *present))
    doc.line(
        f"{case.subject}: out overnight four times this month, {CASH[case.force.key]} and a "
        "second phone hidden under her mattress. Each agency's numbers:"
    )
    names = {
        "crime": "police crime reference",
        "incident": "police call reference",
        "referral": "council reference",
    }
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref, 1) if ref.kind == "incident" else ""
            doc.line(row(doc, case, names[ref.kind], cite(doc, case, ref, style)))
    if fmt == "pdf":
        doc.new_page()
    who = "Police identified" if not case.council_only else "The lead worker identified"
    for person in case.suspects:
        doc.line(f"{who} {case.suspect_name(person)} as posing a danger to her.")
    for item in case.of("address"):
        doc.line(f"Where she gets taken: {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Number found in her contacts: {case.written_item(item)}.")
    doc.line(f"Agreed: disrupt the addresses named; {worker.short} to see her every Tuesday and Friday.")
    return doc


def mailbox(person: Person, dot: str = "") -> str:
    if dot:
        return f"{person.forename.lower()}{dot}{person.surname.lower()}"
    return f"{person.forename[0].lower()}{person.surname.lower()}"


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
        "Subject": f"[SENSITIVE: CHILD] {ref}",
    }
    doc.line(f"Dear {worker.forename},")
    doc.line(
        f"Nothing has been decided yet on {ref}; I will let you know once it is."
        if pending
        else f"{ref} now has a result, and the home manager is being written to about it."
    )
    if case.referral and case.crime:
        doc.line(
            f"I think your number for this is {cite(doc, case, case.referral, variant(case.referral, 1))}; "
            "please correct it if not."
        )
    doc.line("Kind regards,")
    doc.line(officer.officer)
    return doc


def council_email(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker = case.force, case.professional
    day = case.reported + timedelta(days=rng.randint(20, 50))
    doc = new_doc(case, "mail", f"mail_{number:03d}", "e-mail", "eml", day)
    ref = cite(doc, case, case.referral, variant(case.referral))
    doc.headers = {
        "From": f"{worker.short} <{mailbox(worker)}@{force.council_domain}>",
        "To": f"Practice Manager <practice.manager@{force.council_domain}>",
        "Subject": f"{ref} - police ever told?",
    }
    doc.line(
        f"About {ref}: {case.subject} was dropped back at 4am by a car we cannot identify; "
        "her aunt is going to complain."
    )
    doc.line("I can find nothing showing we ever shared this with the police. Can you look?")
    doc.line(worker.short)
    return doc


def home_letter(case: Case, number: int) -> Doc:
    """The officer's letter to the manager of the children's home the girl lives in."""
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=5)
    doc = new_doc(case, "letters", f"to_home_manager_{number:03d}", "letter", fmt, day)
    doc.line(force.station)
    doc.line(f"Please quote: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("To the registered manager of the children's home,")
    doc.line(f"Re: the police enquiry concerning {case.subject}.")
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    if case.outcome_initial.startswith("nfa"):
        doc.line("You can ask for a senior review of this decision.")
    doc.line(f"Yours sincerely, {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = "txt" if case.council_only and force.key != "quillanby" else FORMATS[force.key]["complaint"]
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"complaint_{number:03d}", "complaint", fmt, day)
    ref = case.crime or case.incident or case.referral
    if fmt == "eml":
        target = force.council_domain if case.council_only else force.police_domain
        doc.headers = {
            "From": f"MP's Caseworker <caseworker{number}@parliament.example.org.uk>",
            "To": f"Complaints <complaints@{target}>",
            "Subject": "Constituent's concerns about the protection of her niece",
        }
        doc.line(
            "My office has been asked by a constituent to raise her complaint, below; "
            "replies to this address please."
        )
    elif force.key == "tessingford" and not case.council_only:
        doc.line(f"Written by the girl's aunt, addressed to {force.police}")
        doc.line(case.when(day))
    elif case.council_only:
        doc.line(f"Local Government Ombudsman: enquiry to {force.council}")
        doc.line(case.when(day))
    else:
        doc.line(f"Complaint form for the professional standards unit of {force.police}")
        doc.line(case.when(day))
    doc.line(f"Number the family quote: {cite(doc, case, ref)}")
    doc.line(f"What is complained of: how police and council staff have handled {case.subject}.")
    doc.line(
        "The family warned months back that adult men kept taking her off in cars after dark; "
        "nothing came of it."
    )
    doc.line("They want to know who was responsible for keeping her safe, and what was done.")
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
        out.append(first_contact(case, number("incident"), rng))
    if case.crime:
        out.append(crime_record(case, number("crime"), rng))
    if arrested:
        out.append(statement(case, number("statement"), case.officer, rng))
        if rng.random() < 0.55:
            out.append(media_request(case, number("custody"), arrested[0], rng))
    if interviewed and rng.random() < 0.6:
        out.append(interview_card(case, number("interview"), interviewed[0], rng))
    if case.witness and (case.crime or case.incident):
        out.append(statement(case, number("statement"), case.witness, rng))
    if (case.of("vehicle") or case.of("phone")) and (case.crime or case.incident) and rng.random() < 0.6:
        out.append(research_note(case, number("intelligence"), rng))
    if case.referral:
        out.append(referral(case, number("referral"), rng))
        if rng.random() < 0.35:
            out.append(hotel_visit(case, number("debrief"), rng))
    if case.council_only:
        out.append(council_email(case, number("email"), rng))
    elif rng.random() < 0.6:
        out.append(police_mail(case, number("email"), rng))
    if case.crime and case.outcome_initial in CLOSED_OUTCOMES and rng.random() < 0.6:
        out.append(home_letter(case, number("letter")))
    if rng.random() < 0.5 or (case.referral and not case.crime):
        out.append(mace_meeting(case, number("minutes"), rng))
    if case.outcome_final == "unknown" or case.key.endswith("14"):
        out.append(complaint(case, number("complaint"), rng))
    return out
