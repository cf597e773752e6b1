"""The documents of each case of the twenty-third set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: an online crime report form, a hospital
emergency department's liaison call note or a neighbourhood officer's beat diary; crime records (a
text crime record ending in the senior investigating officer's policy file entries, a DOCX crime
file ending in the quality assurance sign-off, a two-part PDF whose second part is the archive
transfer sheet); forensic submission forms; voluntary interview invitation letters; search
warrant execution logs and transcripts of witnesses' first accounts on body-worn video; cell-site
and vehicle keeper research notes; a GP practice safeguarding lead's referral, a youth offending
worker's referral or a sexual health clinic's referral sent by e-mail; trading standards visit
notes; contextual safeguarding location meetings; e-mails; letters to foster carers; complaints (a
ward councillor's e-mail, a letter from the girl's older sister, a form sent to the police conduct
watchdog, and an enquiry from the Children's Commissioner's office to the council). A line with
" | " between its cells is a table row in the DOCX files.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval23.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval23.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a crime number each kind of document prints, per force.
FORM = {
    "quorndyke": {"council": "worded", "statement": "spaced", "custody": "spaced", "email": "worded"},
    "brimsettle": {"council": "spaced", "statement": "worded", "custody": "worded", "email": "spaced"},
    "hollinsgarth": {"council": "worded", "statement": "spaced", "custody": "worded", "email": "spaced"},
}  # fmt: skip
FORMATS = {  # the format of each kind of document, per force
    "quorndyke": {"incident": "txt", "crime": "txt", "statement": "pdf", "referral": "pdf",
                  "minutes": "docx", "letter": "docx", "review": "pdf", "complaint": "eml",
                  "custody": "docx", "interview": "txt", "debrief": "pdf"},
    "brimsettle": {"incident": "pdf", "crime": "docx", "statement": "txt", "referral": "docx",
                   "minutes": "pdf", "letter": "txt", "review": "docx", "complaint": "pdf",
                   "custody": "txt", "interview": "pdf", "debrief": "docx"},
    "hollinsgarth": {"incident": "docx", "crime": "pdf", "statement": "docx", "referral": "eml",
                     "minutes": "txt", "letter": "pdf", "review": "txt", "complaint": "docx",
                     "custody": "pdf", "interview": "docx", "debrief": "txt"},
}  # fmt: skip
TEXT_CELL = {"quorndyke": " ¤ ", "brimsettle": " ¦ ", "hollinsgarth": " § "}
FIRST_HEADINGS = {
    "quorndyke": "QUORNDYKE POLICE ¤ ONLINE CRIME REPORT FORM ¤ submitted via the public website",
    "brimsettle": "Brimsettle Constabulary ¦ emergency department liaison call note ¦ hospital desk",
    "hollinsgarth": "Hollinsgarth Police | neighbourhood officer's beat diary | safer streets team",
}
CASH = {"quorndyke": "fifty pounds", "brimsettle": "£50", "hollinsgarth": "£50"}
FIRST_OPENED = {
    "quorndyke": "Form received {d}",
    "brimsettle": "Hospital liaison nurse rang in {d}",
    "hollinsgarth": "Diary entry opened {d}",
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
    doc = new_doc(case, "first_reports", f"first_report_{number:03d}", "incident log", fmt, case.reported)
    handler = f"U{rng.randint(1000, 8999)}"
    doc.line(FIRST_HEADINGS[force.key])
    doc.line(row(doc, case, "Reference given", cite(doc, case, case.incident)))
    doc.fact(case, "reported", FIRST_OPENED[force.key].format(d=case.when(case.reported)))
    hour = rng.randint(8, 14)
    entries = [
        f"Concern raised by {informant(case)}. {case.subject} has been going missing after school and "
        "coming back smelling of drink.",
        f"Further detail: {case.subject} was found with {CASH[force.key]} in her coat and a second "
        "phone that she claims was a gift.",
    ]
    for item in case.of("vehicle")[:1]:
        entries.append(f"Car linked to the men: {item.description}, index {case.written_item(item)}.")
    entries.append(f"Allocated to {case.officer.officer} for enquiries.")
    for n, text in enumerate(entries):
        doc.line(row(doc, case, f"{(hour + n) % 24:02d}.{rng.randint(0, 59):02d}", handler, text))
    first_result(doc, case, handler)
    return doc


def informant(case: Case) -> str:
    return (
        "her grandmother, who looks after her under a kinship care arrangement"
        if case.outcome_initial == "unknown"
        else "the safeguarding lead at her academy"
    )


def first_result(doc: Doc, case: Case, handler: str) -> None:
    """The last entry: the crime or council record the report became, or a grievance and silence."""
    if case.crime:
        text = f"{case.incident.value} has become crime {cite(doc, case, case.crime)}."
        doc.fact(case, "tie", row(doc, case, "outcome", handler, text))
    elif case.referral:
        council = cite(doc, case, case.referral)
        text = (
            f"No crime recorded yet. {case.incident.value} passed to the council, logged there as {council}."
        )
        doc.fact(case, "tie", row(doc, case, "outcome", handler, text))
    else:
        doc.line(row(doc, case, "outcome", handler, "Grandmother rang again on two dates; still no visit."))
        doc.line(
            row(
                doc,
                case,
                "outcome",
                handler,
                "She means to write in and complain. Nothing entered after this.",
            )
        )


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["crime"]
    day = case.reported + timedelta(days=1)
    doc = new_doc(case, "crime", f"crime_record_{number:03d}", "crime report", fmt, day)
    writer = {"quorndyke": policy_record, "brimsettle": qa_file, "hollinsgarth": archive_file}
    writer[case.force.key](doc, case, rng)
    return doc


def policy_record(doc: Doc, case: Case, rng: random.Random) -> None:
    """The crime record, ending in the senior investigating officer's policy file entries."""
    doc.line(
        f"QUORNDYKE POLICE ¤ CRIME RECORD ¤ {cite(doc, case, case.crime)} ¤ OIC number {case.officer.collar}"
    )
    doc.line(f"Offence recorded: {case.offence}")
    doc.line(f"Aggrieved: {case.subject}")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "online report"), (case.referral, "GP safeguarding referral")):
        if ref:
            doc.fact(
                case, "tie", f"Associated record: {what} {cite(doc, case, ref)} belongs to {case.crime.value}"
            )
    doc.line(f"Investigating officer {case.officer.officer}; SIO {case.supervisor.officer}")
    for line in people_lines(case, rng):
        doc.line(line)
    doc.line("SIO POLICY FILE (LATEST ENTRIES LAST)")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def qa_file(doc: Doc, case: Case, rng: random.Random) -> None:
    """The crime file, ending in the quality assurance sign-off, in a DOCX."""
    doc.line("Brimsettle Constabulary | Crime investigation file with QA sign-off")
    doc.line(f"Crime number | {cite(doc, case, case.crime)}")
    doc.line(f"Offence | {case.offence}")
    doc.line(f"Injured party (code) | {case.subject}")
    for ref, what in ((case.incident, "hospital liaison call"), (case.referral, "youth offending referral")):
        if ref:
            doc.fact(
                case,
                "tie",
                f"Linked record | {what} {cite(doc, case, ref)} is filed with crime {case.crime.value}",
            )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Investigator | {case.officer.officer}")
    for line in people_lines(case, rng):
        doc.line(f"Entry | {line}")
    doc.line(f"File checked by {case.supervisor.officer}. Quality assurance follows.")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def archive_file(doc: Doc, case: Case, rng: random.Random) -> None:
    """A two-part crime file: part 1 the allegation and the people, part 2 the archive transfer sheet."""
    doc.line(f"HOLLINSGARTH POLICE § CRIME FILE § {cite(doc, case, case.crime)} § part 1 of 2")
    doc.line(f"Allegation: {case.offence}.")
    doc.line(f"Supervising officer: {case.supervisor.officer}.")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "beat diary entry"), (case.referral, "clinic referral")):
        if ref:
            doc.fact(
                case, "tie", f"See also {what} {cite(doc, case, ref)}, held under crime {case.crime.value}."
            )
    doc.line(f"Investigator: {case.officer.officer}.")
    for line in people_lines(case, rng):
        doc.line(f"* {line}")
    doc.new_page()
    doc.line(
        f"HOLLINSGARTH POLICE § CRIME FILE § "
        f"{cite(doc, case, case.crime, variant(case.crime, 1))} § part 2 of 2, archive transfer sheet"
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
        lines.append(f"{case.subject} is known to spend nights at {case.written_item(item)}.")
    for item in case.of("vehicle"):
        lines.append(f"Car used by the men: {item.description}, index {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "an unidentified handset user"
        lines.append(
            f"{case.subject} was called repeatedly from {case.written_item(item)}; user believed {owner}."
        )
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        lines.append("Suspect: none identified.")
    return lines


def result_lines(case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """The last entries of a force's own crime record: (line, fact or "")."""
    out: list[tuple[str, str]] = []
    if case.witness:
        out.append((f"Witness traced: {case.witness.short}, {case.witness.job}.", ""))
    out.append((f"Lead for children's services: {case.professional.short}, {case.professional.job}.", ""))
    if case.awaiting_cps:
        out.append(("Full file with CPS lawyers for a decision on charge.", ""))
        out.append(("Chased the prosecutor again; still nothing back.", ""))
        return out
    if case.outcome_initial == "unknown":
        out.append((f"Sent to {case.supervisor.officer} to decide on further steps. Nothing after this.", ""))
        return out
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    fact = "outcome" if not case.reopened else "outcome_initial"
    out.append((outcome_sentence(case, case.outcome_initial, when), fact))
    if case.closed:
        out.append((closed_sentence(case, case.closed), "closed" if not case.reopened else "closed_initial"))
    return out


def forensic_form(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The form sending what was taken from the suspect to the laboratory."""
    fmt = FORMATS[case.force.key]["custody"]
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "forensics", f"lab_submission_{number:03d}", "notebook", fmt, day)
    doc.line(f"{case.force.police}: forensic submission form, batch {rng.randint(100, 999)}")
    crime = cite(doc, case, case.crime, form(case, "custody", case.crime))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else "his car at the time of arrest"
    doc.line(f"Sent {case.when(day)} for crime {crime}; items recovered from {place}.")
    doc.line(f"Items belong to: {case.suspect_name(person)}. Submitting officer {case.officer.officer}.")
    doc.line("Exhibits: bedding, a girl's school tie, three SIM cards, a laptop with its charger.")
    doc.line("Examination wanted: DNA and a download of the laptop. Continuity sheet attached.")
    return doc


def interview_invite(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The letter inviting a suspect to a voluntary interview under caution."""
    fmt = FORMATS[case.force.key]["interview"]
    day = case.reported + timedelta(days=rng.randint(5, 30))
    doc = new_doc(case, "interviews", f"interview_invitation_{number:03d}", "interview record", fmt, day)
    doc.line(f"{case.force.police}: letter asking you to come in for interview (voluntary)")
    doc.line(f"To: {case.suspect_name(person)}. Written on {case.when(day)}.")
    ref = case.crime or case.incident
    doc.line(f"Our reference {cite(doc, case, ref, variant(ref, number))}")
    lawyer = case.solicitor.short if case.solicitor else "any legal adviser you wish"
    doc.line(f"You are free to be accompanied by {lawyer}. Signed {case.officer.officer}.")
    doc.line(f"This is not an arrest. You must not contact {case.subject} in the meantime.")
    doc.line("If you do not come, you may be arrested.")
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The log of a search warrant executed at the suspect's address, or a witness's first account."""
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    kind = "warrant_log" if person.role == "officer" else "bodycam_account"
    doc = new_doc(case, "statements", f"{kind}_{number:03d}", "statement", fmt, day)
    if case.crime:
        ref = f"Crime number {cite(doc, case, case.crime, form(case, 'statement', case.crime))}"
    else:
        ref = f"Reference {cite(doc, case, case.incident)}"
    if person.role == "officer":
        doc.line(f"{force.police}: search warrant execution log")
        doc.line(ref)
        doc.line(f"Log kept by {person.rank} {person.short}, number {person.collar}.")
        warrant_account(doc, case, rng)
        doc.line(f"Log closed {case.when(day)}; checked by {case.supervisor.officer}.")
    else:
        doc.line(f"{force.police}: first account on body-worn video, transcribed")
        doc.line(ref)
        doc.line(f"Speaking: {person.short}, {person.job}.")
        witness_account(doc, case, person)
        doc.line(f"Transcribed {case.when(day)} by {case.officer.officer}.")
    return doc


def warrant_account(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"a caravan on the edge of {case.force.town}"
    when = case.when(min(case.reported + timedelta(days=rng.randint(1, 20)), doc.day))
    doc.line(f"05.55 on {when}: warrant executed at {place}; door forced.")
    doc.line(f"Occupant identified himself as {case.suspect_name(person)}.")
    doc.line(f"05.58: arrested for {case.offence}; cautioned.")
    doc.line("His reply once cautioned: 'I never laid a finger on her.' Taken away in a marked car.")


def witness_account(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"I work as a {witness.job} here in {case.force.town}. What follows is what I saw:")
    doc.line(f"- The girl you call {case.subject} was about most Friday nights, with older men.")
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"- They drove off in a {item.description}, index {case.written_item(item)}; I noted it down."
        )
    if case.suspects:
        doc.line(f"- The driver is known locally as {case.suspects[0].short}.")
    else:
        doc.line("- The driver always kept his hood up.")


def research_note(case: Case, number: int, rng: random.Random) -> Doc:
    """Cell-site and vehicle keeper research."""
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "research", f"cellsite_keeper_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police}: cell-site and vehicle keeper research note")
    ref = case.crime or case.incident
    doc.line(f"Research for {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "nobody traced"
    for item in case.of("vehicle"):
        doc.line(
            f"Keeper check: {item.description}, index {case.written_item(item)}, insured in the name "
            f"of {who}; seen on cameras near the girl's placement nine times."
        )
    for item in case.of("phone"):
        doc.line(
            f"Cell-site: {case.written_item(item)}, pay-as-you-go, topped up in cash; handset used by {who}."
        )
    doc.line(f"Research passed to {case.officer.officer} on {case.when(day)}.")
    return doc


REFERRAL_HEADINGS = {
    "quorndyke": "Quorndyke City Council ¤ referral from a GP practice safeguarding lead",
    "brimsettle": "Brimsettle Borough Council | referral from the youth offending team",
    "hollinsgarth": "HOLLINSGARTH DISTRICT COUNCIL § SEXUAL HEALTH CLINIC REFERRAL",
}


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "council/referrals", f"council_referral_{number:03d}", "referral", fmt, day)
    if fmt == "eml":
        doc.headers = {
            "From": f"Sexual Health Clinic <clinic.safeguarding@{force.council_domain}>",
            "To": f"Front Door <front.door@{force.council_domain}>",
            "Subject": f"Clinic safeguarding referral {case.referral.value}",
        }
    doc.line(REFERRAL_HEADINGS[force.key])
    doc.line(f"Council case number: {cite(doc, case, case.referral)}")
    doc.line(f"Received: {case.when(day)}")
    doc.line(f"Child: {case.subject}")
    if case.council_only:
        doc.line(f"Referrer: {case.professional.short}, {case.professional.job}")
        doc.line("Told the police: no - manager's sign-off outstanding")
    else:
        doc.line(f"Police officer dealing: {case.officer.officer}, {force.police}")
    police = None
    if case.crime:
        police = f"crime {cite(doc, case, case.crime, form(case, 'council', case.crime))}"
    elif case.incident:
        police = f"report {cite(doc, case, case.incident, variant(case.incident))}"
    if police:
        doc.fact(
            case,
            "tie",
            f"The police {police} and council case number {case.referral.value} are about one child.",
        )
    doc.line(
        f"Worries about {case.subject}: new clothes and phones, missing overnight, a pregnancy test, "
        "men in cars texting her at all hours."
    )
    doc.line(f"Next step: location meeting; lead {case.professional.short} ({case.professional.job}).")
    return doc


def trading_visit(case: Case, number: int, rng: random.Random) -> Doc:
    """A trading standards officer's note after the girl was found at a shop."""
    force, worker = case.force, case.professional
    fmt = FORMATS[force.key]["debrief"]
    day = case.reported + timedelta(days=rng.randint(2, 9))
    doc = new_doc(case, "council/trading_standards", f"shop_visit_{number:03d}", "return interview", fmt, day)
    doc.line(f"{force.council}: trading standards, note of a visit to a vape shop")
    doc.line(f"Child found there: {case.subject}; note copied to {worker.short} on {case.when(day)}")
    doc.line(f"Council case number {cite(doc, case, case.referral, variant(case.referral, 1))}")
    for item in case.of("address")[:1]:
        doc.line(f"The shopkeeper said she is often collected and taken to {case.written_item(item)}.")
    for item in case.of("phone")[:1]:
        doc.line(f"A note behind the till reads {case.written_item(item)} beside her first name.")
    doc.line(
        "Visit at 21:15: child in the back room with two adult men. Seizure of stock and review to follow."
    )
    return doc


def location_meeting(case: Case, number: int, rng: random.Random) -> Doc:
    """The record of a contextual safeguarding meeting about the places the girl is taken."""
    fmt = FORMATS[case.force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "council/location_meetings", f"location_meeting_{number:03d}", "minutes", fmt, day)
    chair, worker = case.supervisor, case.professional
    doc.line(f"{case.force.council}: contextual safeguarding location meeting held {case.when(day)}")
    present = [f"{chair.short} (chairing)", f"{worker.short}, {worker.job}"]
    if not case.council_only:
        present.append(case.officer.officer)
    doc.line(row(doc, case, "Present", *present))
    doc.line(
        f"{case.subject}: away from home three nights in a fortnight, {CASH[case.force.key]} and a "
        "hotel key card in her bag. Numbers each agency holds:"
    )
    names = {
        "crime": "police crime number",
        "incident": "police report number",
        "referral": "council case number",
    }
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref, 1) if ref.kind == "incident" else ""
            doc.line(row(doc, case, names[ref.kind], cite(doc, case, ref, style)))
    if fmt == "pdf":
        doc.new_page()
    who = "Police named" if not case.council_only else "The lead worker named"
    for person in case.suspects:
        doc.line(f"{who} {case.suspect_name(person)} as someone of concern.")
    for item in case.of("address"):
        doc.line(f"Place she is taken to: {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Number stored in her phone: {case.written_item(item)}.")
    doc.line(
        f"Actions: disruption plan for the places named; {worker.short} to visit her on Mondays "
        "and Thursdays."
    )
    return doc


def mailbox(person: Person, dot: str = "") -> str:
    if dot:
        return f"{person.forename.lower()}{dot}{person.surname.lower()}"
    return f"{person.forename[0].lower()}{person.surname.lower()}"


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
        "Subject": f"RESTRICTED - {ref}",
    }
    doc.line(f"Hello {worker.forename},")
    doc.line(
        f"Still no decision on {ref}; I will tell you as soon as one is made."
        if pending
        else f"A final decision has been made on {ref}, and the carer is getting a letter about it."
    )
    if case.referral and case.crime:
        doc.line(
            f"Your reference for it may be {cite(doc, case, case.referral, variant(case.referral, 1))}; "
            "correct me where I have it wrong."
        )
    doc.line("Regards,")
    doc.line(officer.officer)
    return doc


def council_email(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker = case.force, case.professional
    day = case.reported + timedelta(days=rng.randint(20, 50))
    doc = new_doc(case, "mail", f"message_{number:03d}", "e-mail", "eml", day)
    ref = cite(doc, case, case.referral, variant(case.referral))
    doc.headers = {
        "From": f"{worker.short} <{mailbox(worker)}@{force.council_domain}>",
        "To": f"Safeguarding Lead Manager <lead.manager@{force.council_domain}>",
        "Subject": f"{ref} - police informed or not?",
    }
    doc.line(
        f"Re {ref}: {case.subject} got back at 5am, driven by someone unknown to us; her grandmother "
        "now intends to complain."
    )
    doc.line("Our records show no contact with the police at any point. Please check.")
    doc.line(worker.short)
    return doc


def carer_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=5)
    doc = new_doc(case, "letters", f"to_foster_carer_{number:03d}", "letter", fmt, day)
    doc.line(force.station)
    doc.line(f"Our reference: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("Dear foster carer,")
    doc.line(f"The investigation about {case.subject}.")
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    if case.outcome_initial.startswith("nfa"):
        doc.line("Should you disagree, a senior officer can review the decision at your request.")
    doc.line(f"With regards, {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = "txt" if case.council_only and force.key != "quorndyke" else FORMATS[force.key]["complaint"]
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"grievance_{number:03d}", "complaint", fmt, day)
    ref = case.crime or case.incident or case.referral
    if fmt == "eml":
        target = force.council_domain if case.council_only else force.police_domain
        doc.headers = {
            "From": f"Ward Councillor <councillor{number}@members.example.org.uk>",
            "To": f"Customer Relations <customer.relations@{target}>",
            "Subject": "A resident's complaint about how her granddaughter was treated",
        }
        doc.line("As ward councillor I pass on a resident's complaint, which follows, and ask for a reply.")
    elif force.key == "brimsettle" and not case.council_only:
        doc.line(f"The girl's older sister writes to {force.police} to complain")
        doc.line(case.when(day))
    elif case.council_only:
        doc.line(f"Enquiry from the Children's Commissioner's office to {force.council}")
        doc.line(case.when(day))
    else:
        doc.line(f"Complaint sent through the police conduct watchdog's online form about {force.police}")
        doc.line(case.when(day))
    doc.line(f"Reference quoted by the family: {cite(doc, case, ref)}")
    doc.line(f"The complaint: how {case.subject} has been treated by the police and children's services.")
    doc.line("The family told them months ago that men were collecting the girl at night, and heard no more.")
    doc.line("They ask which agency had the duty of protecting her, and what each did about it.")
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
            out.append(forensic_form(case, number("custody"), arrested[0], rng))
    if interviewed and rng.random() < 0.6:
        out.append(interview_invite(case, number("interview"), interviewed[0], rng))
    if case.witness and (case.crime or case.incident):
        out.append(statement(case, number("statement"), case.witness, rng))
    if (case.of("vehicle") or case.of("phone")) and (case.crime or case.incident) and rng.random() < 0.6:
        out.append(research_note(case, number("intelligence"), rng))
    if case.referral:
        out.append(referral(case, number("referral"), rng))
        if rng.random() < 0.35:
            out.append(trading_visit(case, number("debrief"), rng))
    if case.council_only:
        out.append(council_email(case, number("email"), rng))
    elif rng.random() < 0.6:
        out.append(police_mail(case, number("email"), rng))
    if case.crime and case.outcome_initial in CLOSED_OUTCOMES and rng.random() < 0.6:
        out.append(carer_letter(case, number("letter")))
    if rng.random() < 0.5 or (case.referral and not case.crime):
        out.append(location_meeting(case, number("minutes"), rng))
    if case.outcome_final == "unknown" or case.key.endswith("14"):
        out.append(complaint(case, number("complaint"), rng))
    return out
