"""The documents of each case of the nineteenth set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: a duty inspector's overnight log, a call-taker's
screen print or a response deployment sheet; crime records (a text crime record ending in the crime
registrar's audit entries, a DOCX crime file ending in the press office's agreed media line, a
two-page PDF whose second page holds the case progression unit's disposal entry); exhibits and
property receipts after an arrest; letters inviting a suspect to a voluntary interview; arresting
officers' duty statements and witness appeal response forms; telephone and vehicle research
sheets; an education referral form, a GP surgery's safeguarding notification or a children's home
notification sent by e-mail; youth workers' detached contact sheets; professionals' meeting
records; e-mails; letters to carers; complaints (passed on by the police and crime commissioner's
caseworker, in an advocacy charity's letter, taken down by a complaints triage desk over the
telephone, and to the council's director of children's services). A line with " | " between its
cells is a table row in the DOCX files.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval19.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval19.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a crime number each kind of document prints, per force.
FORM = {
    "quillinghurst": {"council": "splitlast", "statement": "spaced", "custody": "splitlast",
                      "email": "spaced"},
    "sallowfield": {"council": "systemlast", "statement": "spaced", "custody": "systemlast",
                    "email": "spaced"},
    "kelthorpe": {"council": "sectorword", "statement": "dotted", "custody": "sectorword", "email": "dotted"},
}  # fmt: skip
FORMATS = {  # the format of each kind of document, per force
    "quillinghurst": {"incident": "txt", "crime": "txt", "statement": "docx", "referral": "pdf",
                      "minutes": "pdf", "letter": "docx", "review": "pdf", "complaint": "eml",
                      "custody": "txt", "interview": "docx", "debrief": "txt"},
    "sallowfield": {"incident": "pdf", "crime": "docx", "statement": "pdf", "referral": "docx",
                    "minutes": "txt", "letter": "pdf", "review": "docx", "complaint": "pdf",
                    "custody": "pdf", "interview": "txt", "debrief": "docx"},
    "kelthorpe": {"incident": "docx", "crime": "pdf", "statement": "txt", "referral": "eml",
                 "minutes": "docx", "letter": "txt", "review": "txt", "complaint": "docx",
                 "custody": "docx", "interview": "pdf", "debrief": "pdf"},
}  # fmt: skip
TEXT_CELL = {"quillinghurst": " + ", "sallowfield": " // ", "kelthorpe": " ## "}
CALL_HEADINGS = {
    "quillinghurst": "QUILLINGHURST CONSTABULARY + DUTY INSPECTOR'S OVERNIGHT LOG + force control room",
    "sallowfield": "Sallowfield Police // call-taker screen print // console record",
    "kelthorpe": "Kelthorpe Police | response deployment sheet | Gallowtree Row",
}
CASH = {"quillinghurst": "£80", "sallowfield": "£80", "kelthorpe": "eighty pounds"}
CALL_OPENED = {
    "quillinghurst": "First entry on the overnight log {d}",
    "sallowfield": "Call answered {d}",
    "kelthorpe": "Deployment sheet opened {d}",
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
    doc = new_doc(case, "control", f"log_{number:03d}", "incident log", fmt, case.reported)
    handler = f"CT{rng.randint(100, 899)}"
    doc.line(CALL_HEADINGS[force.key])
    doc.line(row(doc, case, "Reference", cite(doc, case, case.incident)))
    doc.fact(case, "reported", CALL_OPENED[force.key].format(d=case.when(case.reported)))
    hour = rng.randint(20, 23)
    entries = [
        f"Informant is {caller(case)}; {case.subject} never returned from the youth club and her "
        "phone rings out; a friend watched her climb into a car by the bus station.",
        f"Further: {case.subject} dropped back at 02:15 by a taxi nobody ordered, with {CASH[force.key]} "
        "in her pocket and love bites on her neck.",
    ]
    for item in case.of("vehicle")[:1]:
        entries.append(f"Vehicle seen: {item.description}, index {case.written_item(item)}.")
    entries.append(f"Allocated to {case.officer.officer} for the morning.")
    for n, text in enumerate(entries):
        doc.line(row(doc, case, f"{(hour + n) % 24:02d}:{rng.randint(0, 59):02d}", handler, text))
    incident_result(doc, case, handler)
    return doc


def caller(case: Case) -> str:
    return (
        "her grandmother, who has kinship care of her"
        if case.outcome_initial == "unknown"
        else "the waking night worker from her residential home"
    )


def incident_result(doc: Doc, case: Case, handler: str) -> None:
    """The last entry: the crime or council record the call became, or anger and silence."""
    if case.crime:
        text = f"{case.incident.value} has become crime {cite(doc, case, case.crime)}."
        doc.fact(case, "tie", row(doc, case, "closing", handler, text))
    elif case.referral:
        council = cite(doc, case, case.referral)
        text = f"No crime recorded; {case.incident.value} now held by the council under {council}."
        doc.fact(case, "tie", row(doc, case, "closing", handler, text))
    else:
        doc.line(
            row(
                doc,
                case,
                "closing",
                handler,
                "Grandmother phoned twice more asking why no officer had visited.",
            )
        )
        doc.line(
            row(
                doc,
                case,
                "closing",
                handler,
                "Noted her displeasure; log finished with nothing further done.",
            )
        )


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["crime"]
    day = case.reported + timedelta(days=1)
    doc = new_doc(case, "crimes", f"crime_{number:03d}", "crime report", fmt, day)
    writer = {"quillinghurst": audit_record, "sallowfield": media_file, "kelthorpe": progression_file}
    writer[case.force.key](doc, case, rng)
    return doc


def audit_record(doc: Doc, case: Case, rng: random.Random) -> None:
    """The crime record, ending in the force crime registrar's audit entries."""
    doc.line(f"CRIME + {cite(doc, case, case.crime)} + OIC shoulder no. {case.officer.collar}")
    doc.line(f"Allegation: {case.offence}")
    doc.line(f"Injured party: {case.subject}")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "overnight log entry"), (case.referral, "education referral")):
        if ref:
            doc.fact(
                case, "tie", f"Associated {what} {cite(doc, case, ref)} + same matter as {case.crime.value}"
            )
    doc.line(f"OIC {case.officer.officer}; reviewing sergeant or above {case.supervisor.officer}")
    for line in people_lines(case, rng):
        doc.line(line)
    doc.line("FORCE CRIME REGISTRAR - AUDIT TRAIL")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def media_file(doc: Doc, case: Case, rng: random.Random) -> None:
    """The crime file, ending in the press office's agreed media line, in a DOCX."""
    doc.line("Sallowfield Police | Crime file and press office log")
    doc.line(f"Crime number | {cite(doc, case, case.crime)}")
    doc.line(f"Nature of crime | {case.offence}")
    doc.line(f"Complainant | {case.subject}")
    for ref, what in ((case.incident, "call-taker record"), (case.referral, "GP notification")):
        if ref:
            doc.fact(
                case,
                "tie",
                f"Also filed under | {what} {cite(doc, case, ref)}, one and the same as {case.crime.value}",
            )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Investigator | {case.officer.officer}")
    for line in people_lines(case, rng):
        doc.line(f"Entry | {line}")
    doc.line(f"Press office log, signed off by {case.supervisor.officer}:")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def progression_file(doc: Doc, case: Case, rng: random.Random) -> None:
    """A two-page crime file: page 1 the allegation and the people, page 2 the case progression."""
    doc.line(f"KELTHORPE POLICE ## CRIME FILE ## {cite(doc, case, case.crime)} ## sheet 1")
    doc.line(f"The allegation: {case.offence}.")
    doc.line(f"Line manager: {case.supervisor.officer}.")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "deployment sheet"), (case.referral, "children's home notification")):
        if ref:
            doc.fact(
                case,
                "tie",
                f"See also {what} {cite(doc, case, ref)}, which concerns the very crime {case.crime.value}.",
            )
    doc.line(f"Investigating officer {case.officer.officer}.")
    for line in people_lines(case, rng):
        doc.line(f"* {line}")
    doc.new_page()
    doc.line(
        f"KELTHORPE POLICE ## CRIME FILE ## "
        f"{cite(doc, case, case.crime, variant(case.crime, 1))} ## sheet 2, case progression unit"
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
                f"{case.suspect_name(person)} gives his address as {case.written_item(homes[position])}."
            )
    for item in homes[len(case.suspects) :]:
        lines.append(f"{case.subject} has been kept overnight at {case.written_item(item)}.")
    for item in case.of("vehicle"):
        lines.append(f"Car tied to the offending: {item.description}, index {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "an unknown man"
        lines.append(
            f"{case.subject} was phoned repeatedly from {case.written_item(item)}; "
            f"the user is believed to be {owner}."
        )
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        lines.append("No offender named so far.")
    return lines


def result_lines(case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """The last entries of a force's own crime record: (line, fact or "")."""
    out: list[tuple[str, str]] = []
    if case.witness:
        out.append(
            (f"Witness traced through the poster appeal: {case.witness.short} ({case.witness.job}).", "")
        )
    out.append(
        (f"Lead professional from the council: {case.professional.short}, {case.professional.job}.", "")
    )
    if case.awaiting_cps:
        out.append(("Full file now with the prosecutors, who must decide on charge.", ""))
        out.append(("No decision received from the prosecutor. Nothing further recorded.", ""))
        return out
    if case.outcome_initial == "unknown":
        out.append((f"Referred to {case.supervisor.officer} for a decision. Nothing further recorded.", ""))
        return out
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    fact = "outcome" if not case.reopened else "outcome_initial"
    out.append((outcome_sentence(case, case.outcome_initial, when), fact))
    if case.closed:
        out.append((closed_sentence(case, case.closed), "closed" if not case.reopened else "closed_initial"))
    return out


def search_record(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The exhibits and property receipt after an arrest."""
    fmt = FORMATS[case.force.key]["custody"]
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "exhibits", f"receipt_{number:03d}", "notebook", fmt, day)
    doc.line(
        f"{case.force.police}: exhibits and property receipt, "
        f"book {rng.randint(10, 99)} page {rng.randint(1, 50)}"
    )
    crime = cite(doc, case, case.crime, form(case, "custody", case.crime))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else "the place of arrest"
    doc.line(f"Taken into police possession {case.when(day)}, crime {crime}, from {place}.")
    doc.line(f"Property of: {case.suspect_name(person)}. Receiving officer {case.officer.officer}.")
    doc.line(
        "Items: a laptop, three SIM cards still in their packets, a girl's hair bobble, "
        "receipts from a hotel."
    )
    doc.line("Owner's signature declined. Receipt copy handed to the detained person.")
    return doc


def disclosure_note(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """A letter inviting the suspect to a voluntary interview."""
    fmt = FORMATS[case.force.key]["interview"]
    day = case.reported + timedelta(days=rng.randint(5, 30))
    doc = new_doc(case, "invitations", f"invitation_{number:03d}", "interview record", fmt, day)
    doc.line(f"{case.force.police}: invitation to attend a voluntary interview")
    doc.line(f"Addressed to: {case.suspect_name(person)}; posted {case.when(day)}")
    ref = case.crime or case.incident
    doc.line(f"Please quote {cite(doc, case, ref, variant(ref, number))}")
    lawyer = case.solicitor.short if case.solicitor else "a solicitor of your choosing"
    doc.line(f"You will be seen by {case.officer.officer}. You may bring {lawyer}; advice is free.")
    doc.line("You are not under arrest and may leave at any time, but failing to attend may lead to arrest.")
    doc.line(
        f"The matter concerns an allegation made by {case.subject}. Please bring photographic identification."
    )
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """An arresting officer's duty statement, or a witness appeal response form."""
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    kind = "duty_statement" if person.role == "officer" else "appeal_response"
    doc = new_doc(case, "statements", f"{kind}_{number:03d}", "statement", fmt, day)
    if case.crime:
        ref = f"Crime {cite(doc, case, case.crime, form(case, 'statement', case.crime))}"
    else:
        ref = f"Log {cite(doc, case, case.incident)}"
    if person.role == "officer":
        doc.line(f"{force.police}: duty statement of the arresting officer")
        doc.line(ref)
        doc.line(f"I am {person.rank} {person.short}, shoulder number {person.collar}.")
        arrest_account(doc, case, rng)
        doc.line(f"Statement ends, {case.when(day)}. Countersigned {case.supervisor.officer}.")
    else:
        doc.line(f"{force.police}: witness appeal response form")
        doc.line(ref)
        doc.line(f"Caller after the poster appeal: {person.short}, {person.job}.")
        witness_account(doc, case, person)
        doc.line(f"Taken {case.when(day)} by {case.officer.officer}; read back to the caller and agreed.")
    return doc


def arrest_account(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"rooms over a bookie's in {case.force.town}"
    when = case.when(min(case.reported + timedelta(days=rng.randint(1, 20)), doc.day))
    doc.line(f"At 05:55 on {when} we knocked at {place} and a man opened the door.")
    doc.line(f"I asked who he was; he said, and a check confirmed it: {case.suspect_name(person)}.")
    doc.line(f"Arrested him for {case.offence}; caution given there and then.")
    doc.line("His reply: 'She looked eighteen to me.' Conveyed to custody in a marked car.")


def witness_account(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"1. Occupation: {witness.job}, {case.force.town}.")
    doc.line(f"2. Shown a picture of {case.subject}: knows her by sight, usually late at night.")
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"3. Car she got into: a {item.description}; wrote the plate on a receipt: "
            f"{case.written_item(item)}."
        )
    if case.suspects:
        doc.line(f"4. The driver goes by {case.suspects[0].short}.")
    else:
        doc.line("4. The driver: never saw his face.")


def check_report(case: Case, number: int, rng: random.Random) -> Doc:
    """A telephone and vehicle research sheet from the intelligence bureau."""
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "intelligence", f"research_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police}: intelligence bureau research sheet, telephones and vehicles")
    ref = case.crime or case.incident
    doc.line(f"Research asked for under {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "nobody yet known"
    for item in case.of("vehicle"):
        doc.line(
            f"Vehicle: {item.description}, index {case.written_item(item)}, insured to a hire firm; "
            f"seen parked outside hotels eleven times; driver believed to be {who}."
        )
    for item in case.of("phone"):
        doc.line(
            f"Telephone: {case.written_item(item)}, pay-as-you-go, no subscriber details; "
            f"attributed to {who}."
        )
    doc.line(f"Research completed for {case.officer.officer}, {case.when(day)}.")
    return doc


REFERRAL_HEADINGS = {
    "quillinghurst": "Quillinghurst Borough Council + education referral form (designated teacher)",
    "sallowfield": "Sallowfield City Council | GP surgery safeguarding notification",
    "kelthorpe": "KELTHORPE DISTRICT COUNCIL ## CHILDREN'S HOME NOTIFICATION OF A SERIOUS INCIDENT",
}


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "council/notifications", f"notice_{number:03d}", "referral", fmt, day)
    if fmt == "eml":
        doc.headers = {
            "From": f"Larchmount House registered manager <larchmount.manager@{force.council_domain}>",
            "To": f"Public Protection Desk <ppd@{force.police_domain}>",
            "Subject": f"Notification {case.referral.value} - serious incident",
        }
    doc.line(REFERRAL_HEADINGS[force.key])
    doc.line(f"Council reference: {cite(doc, case, case.referral)}")
    doc.line(f"Received: {case.when(day)}")
    doc.line(f"Child: {case.subject}")
    if case.council_only:
        doc.line(f"Notifier: {case.professional.short}, {case.professional.job}")
        doc.line("Police informed? No - the duty manager has not yet decided")
    else:
        doc.line(f"Notifier: {case.officer.officer}, {force.police}")
    police = None
    if case.crime:
        police = f"crime {cite(doc, case, case.crime, form(case, 'council', case.crime))}"
    elif case.incident:
        police = f"log {cite(doc, case, case.incident, variant(case.incident))}"
    if police:
        doc.fact(
            case,
            "tie",
            f"Police {police} and council reference {case.referral.value} both describe this "
            "girl's exploitation.",
        )
    doc.line(
        f"Worries about {case.subject}: out until dawn, a new phone nobody bought her, vodka on her "
        "breath, older men parked up outside school."
    )
    doc.line(
        f"Next step: professionals' meeting; lead professional {case.professional.short} "
        f"({case.professional.job})."
    )
    return doc


def pharmacy_checklist(case: Case, number: int, rng: random.Random) -> Doc:
    """A youth worker's detached contact sheet after meeting the girl on the street."""
    force, worker = case.force, case.professional
    fmt = FORMATS[force.key]["debrief"]
    day = case.reported + timedelta(days=rng.randint(2, 9))
    doc = new_doc(case, "council/youth", f"contact_{number:03d}", "return interview", fmt, day)
    doc.line(f"{force.council}: detached youth work contact sheet")
    doc.line(f"Young person {case.subject}; sheet passed to {worker.short} on {case.when(day)}")
    doc.line(f"Council reference {cite(doc, case, case.referral, variant(case.referral, 1))}")
    for item in case.of("address")[:1]:
        doc.line(f"She said she sleeps most weekends at {case.written_item(item)}.")
    for item in case.of("phone")[:1]:
        doc.line(f"Contact stored on her mobile as 'bae': {case.written_item(item)}.")
    doc.line("Met outside the chip shop at 23:10 with two older girls. Given condoms and the helpline card.")
    return doc


def meeting_notes(case: Case, number: int, rng: random.Random) -> Doc:
    """A professionals' meeting record."""
    fmt = FORMATS[case.force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "council/meetings", f"meeting_{number:03d}", "minutes", fmt, day)
    chair, worker = case.supervisor, case.professional
    doc.line(f"{case.force.council}: professionals' meeting record, {case.when(day)}")
    present = [f"{chair.short} (chairing)", f"{worker.short}, {worker.job}"]
    if not case.council_only:
        present.append(case.officer.officer)
    doc.line(row(doc, case, "Present", *present))
    doc.line(
        f"About {case.subject}: three missing episodes in a fortnight, {CASH[case.force.key]} found in her "
        "school bag. References each service holds:"
    )
    names = {"crime": "police crime number", "incident": "police log", "referral": "council reference"}
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref, 1) if ref.kind == "incident" else ""
            doc.line(row(doc, case, names[ref.kind], cite(doc, case, ref, style)))
    if fmt == "pdf":
        doc.new_page()
    who = "Police shared" if not case.council_only else "The lead professional shared"
    for person in case.suspects:
        doc.line(f"{who} concerns about {case.suspect_name(person)}.")
    for item in case.of("address"):
        doc.line(f"Premises of concern: {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Number of concern: {case.written_item(item)}.")
    doc.line(
        f"Actions: {worker.short} to arrange a return interview after each missing episode; "
        "reconvene in five weeks."
    )
    return doc


def mailbox(person: Person, dot: str = "") -> str:
    if dot:
        return f"{person.forename[0].lower()}{dot}{person.surname.lower()}"
    return f"{person.forename.lower()}{person.surname[0].lower()}"


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
        "Subject": f"[RESTRICTED] {ref} update",
    }
    doc.line(f"Hello {worker.forename},")
    doc.line(
        f"Nothing new on {ref} this week, sorry."
        if pending
        else f"We have finished with {ref}; I shall write to the family myself."
    )
    if case.referral and case.crime:
        doc.line(
            f"I have your reference as {cite(doc, case, case.referral, variant(case.referral, 1))}; "
            "tell me if that is wrong."
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
        "To": f"Safeguarding Lead <lead.safeguarding@{force.council_domain}>",
        "Subject": f"{ref} - police never told?",
    }
    doc.line(
        f"Re {ref}: {case.subject} was brought back by a taxi at four this morning; her grandmother "
        "says she will ring the local paper."
    )
    doc.line("Nothing on file says the police were ever informed. Can you find out why not?")
    doc.line(worker.short)
    return doc


def carer_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=5)
    doc = new_doc(case, "letters", f"family_{number:03d}", "letter", fmt, day)
    doc.line(force.station)
    doc.line(f"Our ref: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("Dear Sir or Madam,")
    doc.line(f"I promised to write once there was news about {case.subject}.")
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    if case.outcome_initial.startswith("nfa"):
        doc.line(
            "Under the victims' right to review scheme you can ask for this decision to be reconsidered."
        )
    doc.line(f"With regards, {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = "txt" if case.council_only and force.key != "quillinghurst" else FORMATS[force.key]["complaint"]
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"grievance_{number:03d}", "complaint", fmt, day)
    ref = case.crime or case.incident or case.referral
    if fmt == "eml":
        target = force.council_domain if case.council_only else force.police_domain
        doc.headers = {
            "From": f"PCC casework <casework{number}@pcc.{force.key}.gov.uk>",
            "To": f"Complaints <complaints@{target}>",
            "Subject": "Complaint passed on by the commissioner's office",
        }
        doc.line("The commissioner's office forwards this complaint, received from a resident.")
    elif force.key == "sallowfield" and not case.council_only:
        doc.line(f"Letter from a children's advocacy charity to the head of standards, {force.police}")
        doc.line(case.when(day))
    elif case.council_only:
        doc.line(f"To the Director of Children's Services, {force.council}")
        doc.line(case.when(day))
    else:
        doc.line(f"Telephone complaint written up by the complaints triage desk, {force.police}")
        doc.line(case.when(day))
    doc.line(f"Reference the family were given: {cite(doc, case, ref)}")
    doc.line(f"The complaint concerns the handling of what happened to {case.subject}.")
    doc.line(
        "Six weeks ago the family reported men collecting her in cars after dark, and nobody has "
        "come back to them."
    )
    doc.line("They ask which agency is meant to keep her safe, and what it has done.")
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
