"""The documents of each case of the twentieth set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: a radio operator's message pad, a front counter
enquiry slip or a neighbourhood officer's briefing entry; crime records (a text crime record ending
in the investigation plan's final review, a DOCX crime file ending in the daily management
meeting's decisions, a two-page PDF whose second page holds the divisional detective inspector's
finalisation stamp); premises search records after an arrest; solicitors' pre-interview
disclosure sheets; custody officers' arrest records and witnesses' online report forms;
communications data and ANPR results; a housing officer's referral, a sexual health clinic's
notification or a school nurse's referral sent by e-mail; night-time wardens' incident sheets;
exploitation panel case reviews; e-mails; letters to carers; complaints (an MP's caseworker's
e-mail, a printout of a social media message, a local councillor's letter, and an ombudsman's
referral to the council). A line with " | " between its cells is a table row in the DOCX files.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval20.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval20.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a crime number each kind of document prints, per force.
FORM = {
    "cratchmere": {"council": "classlast", "statement": "spaced", "custody": "classlast",
                   "email": "spaced"},
    "dunmallow": {"council": "districtfirst", "statement": "spaced", "custody": "districtfirst",
                  "email": "spaced"},
    "ousebarrow": {"council": "teamword", "statement": "spaced", "custody": "teamword", "email": "spaced"},
}  # fmt: skip
FORMATS = {  # the format of each kind of document, per force
    "cratchmere": {"incident": "txt", "crime": "txt", "statement": "docx", "referral": "pdf",
                   "minutes": "pdf", "letter": "docx", "review": "pdf", "complaint": "eml",
                   "custody": "txt", "interview": "docx", "debrief": "txt"},
    "dunmallow": {"incident": "pdf", "crime": "docx", "statement": "pdf", "referral": "docx",
                  "minutes": "txt", "letter": "pdf", "review": "docx", "complaint": "pdf",
                  "custody": "pdf", "interview": "txt", "debrief": "docx"},
    "ousebarrow": {"incident": "docx", "crime": "pdf", "statement": "txt", "referral": "eml",
                  "minutes": "docx", "letter": "txt", "review": "txt", "complaint": "docx",
                  "custody": "docx", "interview": "pdf", "debrief": "pdf"},
}  # fmt: skip
TEXT_CELL = {"cratchmere": " ~ ", "dunmallow": " ;; ", "ousebarrow": " >> "}
CALL_HEADINGS = {
    "cratchmere": "CRATCHMERE CONSTABULARY ~ RADIO OPERATOR'S MESSAGE PAD ~ control",
    "dunmallow": "Dunmallow Police ;; front counter enquiry slip ;; public enquiry office",
    "ousebarrow": "Ousebarrow Police | neighbourhood officer's briefing entry | Saltpetre Street",
}
CASH = {"cratchmere": "sixty pounds", "dunmallow": "£60", "ousebarrow": "£60"}
CALL_OPENED = {
    "cratchmere": "Pad started {d}",
    "dunmallow": "Counter clerk noted the enquiry on the {d}",
    "ousebarrow": "Briefing entry made {d}",
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
    doc = new_doc(case, "first_contact", f"pad_{number:03d}", "incident log", fmt, case.reported)
    handler = f"OP{rng.randint(10, 89)}"
    doc.line(CALL_HEADINGS[force.key])
    doc.line(row(doc, case, "Number", cite(doc, case, case.incident)))
    doc.fact(case, "reported", CALL_OPENED[force.key].format(d=case.when(case.reported)))
    hour = rng.randint(17, 21)
    entries = [
        f"Caller: {caller(case)}. {case.subject} walked out of school at lunchtime and has not come "
        "home; her phone goes straight to voicemail.",
        f"Update: {case.subject} spotted stepping from a people carrier by the retail park, holding "
        f"{CASH[force.key]} in notes and wearing a jacket that is not hers.",
    ]
    for item in case.of("vehicle")[:1]:
        entries.append(f"People carrier: {item.description}, registration {case.written_item(item)}.")
    entries.append(f"Passed to {case.officer.officer} to follow up.")
    for n, text in enumerate(entries):
        doc.line(row(doc, case, f"{(hour + n) % 24:02d}{rng.randint(0, 59):02d}h", handler, text))
    incident_result(doc, case, handler)
    return doc


def caller(case: Case) -> str:
    return (
        "her aunt, who holds a special guardianship order for her"
        if case.outcome_initial == "unknown"
        else "the manager on duty at the semi-independent unit where she lives"
    )


def incident_result(doc: Doc, case: Case, handler: str) -> None:
    """The last entry: the crime or council record the call became, or a grievance and silence."""
    if case.crime:
        text = f"{case.incident.value} recorded as crime {cite(doc, case, case.crime)}; see that record."
        doc.fact(case, "tie", row(doc, case, "result", handler, text))
    elif case.referral:
        council = cite(doc, case, case.referral)
        text = f"Not crimed. {case.incident.value} handed over; children's services number {council}."
        doc.fact(case, "tie", row(doc, case, "result", handler, text))
    else:
        doc.line(
            row(doc, case, "result", handler, "Aunt rang back at midnight: still no officer at her door.")
        )
        doc.line(row(doc, case, "result", handler, "Aunt says she will complain. No further entries."))


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["crime"]
    day = case.reported + timedelta(days=1)
    doc = new_doc(case, "crime_recording", f"record_{number:03d}", "crime report", fmt, day)
    writer = {"cratchmere": review_record, "dunmallow": management_file, "ousebarrow": stamped_file}
    writer[case.force.key](doc, case, rng)
    return doc


def review_record(doc: Doc, case: Case, rng: random.Random) -> None:
    """The crime record, ending in the investigation plan's final review."""
    doc.line(f"CRIME RECORD ~ {cite(doc, case, case.crime)} ~ OIC warrant {case.officer.collar}")
    doc.line(f"Offence as recorded: {case.offence}")
    doc.line(f"Aggrieved: {case.subject}")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "message pad"), (case.referral, "housing referral")):
        if ref:
            doc.fact(
                case, "tie", f"Cross-reference: {what} {cite(doc, case, ref)} relates to {case.crime.value}"
            )
    doc.line(f"OIC {case.officer.officer}; supervising officer {case.supervisor.officer}")
    for line in people_lines(case, rng):
        doc.line(line)
    doc.line("INVESTIGATION PLAN ~ REVIEWS")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def management_file(doc: Doc, case: Case, rng: random.Random) -> None:
    """The crime file, ending in the daily management meeting's decisions, in a DOCX."""
    doc.line("Dunmallow Police | Crime file with DMM decisions")
    doc.line(f"Crime | {cite(doc, case, case.crime)}")
    doc.line(f"Offence | {case.offence}")
    doc.line(f"Injured person | {case.subject}")
    for ref, what in ((case.incident, "counter enquiry"), (case.referral, "clinic notification")):
        if ref:
            doc.fact(
                case,
                "tie",
                f"Linked record | {what} {cite(doc, case, ref)}, the same crime as {case.crime.value}",
            )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Officer in the case | {case.officer.officer}")
    for line in people_lines(case, rng):
        doc.line(f"Note | {line}")
    doc.line(f"Meeting chaired by {case.supervisor.officer}:")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def stamped_file(doc: Doc, case: Case, rng: random.Random) -> None:
    """A two-page crime file: page 1 the allegation and the people, page 2 the DI's stamp."""
    doc.line(f"OUSEBARROW POLICE >> CRIME INVESTIGATION FILE >> {cite(doc, case, case.crime)} >> part A")
    doc.line(f"Offence under investigation: {case.offence}.")
    doc.line(f"Supervisor: {case.supervisor.officer}.")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "briefing entry"), (case.referral, "school nurse referral")):
        if ref:
            doc.fact(case, "tie", f"Read with {what} {cite(doc, case, ref)}: one crime, {case.crime.value}.")
    doc.line(f"Officer in charge {case.officer.officer}.")
    for line in people_lines(case, rng):
        doc.line(f"- {line}")
    doc.new_page()
    doc.line(
        f"OUSEBARROW POLICE >> CRIME INVESTIGATION FILE >> "
        f"{cite(doc, case, case.crime, variant(case.crime, 1))} >> part B, finalisation"
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
        lines.append(f"{case.subject} has stayed several nights at {case.written_item(item)}.")
    for item in case.of("vehicle"):
        lines.append(f"Vehicle of interest: {item.description}, registration {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "an unnamed user"
        lines.append(
            f"Messages to {case.subject} came from {case.written_item(item)}, a number attributed to {owner}."
        )
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        lines.append("Offender not identified.")
    return lines


def result_lines(case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """The last entries of a force's own crime record: (line, fact or "")."""
    out: list[tuple[str, str]] = []
    if case.witness:
        out.append((f"Witness who came forward online: {case.witness.short}, a {case.witness.job}.", ""))
    out.append((f"Council contact for the girl: {case.professional.short} ({case.professional.job}).", ""))
    if case.awaiting_cps:
        out.append(("CPS have the charging file; decision awaited.", ""))
        out.append(("Awaiting the CPS. No reply on file.", ""))
        return out
    if case.outcome_initial == "unknown":
        out.append((f"Sent up to {case.supervisor.officer} to decide the next step. No reply on file.", ""))
        return out
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    fact = "outcome" if not case.reopened else "outcome_initial"
    out.append((outcome_sentence(case, case.outcome_initial, when), fact))
    if case.closed:
        out.append((closed_sentence(case, case.closed), "closed" if not case.reopened else "closed_initial"))
    return out


def search_record(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The record of a premises search after an arrest."""
    fmt = FORMATS[case.force.key]["custody"]
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "searches", f"premises_{number:03d}", "notebook", fmt, day)
    doc.line(f"{case.force.police}: record of a premises search after arrest, serial {rng.randint(100, 999)}")
    crime = cite(doc, case, case.crime, form(case, "custody", case.crime))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else "the premises where he was found"
    doc.line(f"Search on {case.when(day)} under crime {crime} at {place}.")
    doc.line(
        f"Occupier arrested: {case.suspect_name(person)}. "
        f"Officer in charge of the search {case.officer.officer}."
    )
    doc.line(
        "Seized: two phones hidden under a mattress, a school tie, a box of condoms, a ledger of first names."
    )
    doc.line("The occupier was handed a copy. Nothing damaged in the search.")
    return doc


def disclosure_note(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The officer's pre-interview disclosure given to the suspect's solicitor."""
    fmt = FORMATS[case.force.key]["interview"]
    day = case.reported + timedelta(days=rng.randint(5, 30))
    doc = new_doc(case, "disclosure", f"pre_interview_{number:03d}", "interview record", fmt, day)
    doc.line(
        f"{case.force.police}: disclosure sheet handed to the interviewee's solicitor before questioning"
    )
    doc.line(f"Interviewee: {case.suspect_name(person)}. Disclosed on {case.when(day)}.")
    ref = case.crime or case.incident
    doc.line(f"Our reference {cite(doc, case, ref, variant(ref, number))}")
    lawyer = case.solicitor.short if case.solicitor else "his legal adviser"
    doc.line(f"Disclosed to {lawyer} by {case.officer.officer}. He attends voluntarily and is free to leave.")
    doc.line(
        f"Summary: {case.subject} says she was given lifts, alcohol and cash and was then abused. "
        "Her account was recorded on video."
    )
    doc.line("Further material will not be disclosed before the interview.")
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """A custody officer's arrest record, or a witness's online report form."""
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    kind = "arrest_record" if person.role == "officer" else "online_report"
    doc = new_doc(case, "accounts", f"{kind}_{number:03d}", "statement", fmt, day)
    if case.crime:
        ref = f"Crime ref {cite(doc, case, case.crime, form(case, 'statement', case.crime))}"
    else:
        ref = f"Contact ref {cite(doc, case, case.incident)}"
    if person.role == "officer":
        doc.line(f"{force.police}: arrest record by the officer who made the arrest")
        doc.line(ref)
        doc.line(f"Officer: {person.rank} {person.short}, warrant number {person.collar}.")
        arrest_account(doc, case, rng)
        doc.line(f"Record completed {case.when(day)}; checked by {case.supervisor.officer}.")
    else:
        doc.line(f"{force.police}: report made through the website by someone outside the force")
        doc.line(ref)
        doc.line(f"Sender: {person.short}, who works as a {person.job}.")
        witness_account(doc, case, person)
        doc.line(
            f"Followed up by telephone on {case.when(day)} by {case.officer.officer}; details confirmed."
        )
    return doc


def arrest_account(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"a lock-up garage in {case.force.town}"
    when = case.when(min(case.reported + timedelta(days=rng.randint(1, 20)), doc.day))
    doc.line(f"Time and date: 06:20, {when}. Place: {place}.")
    doc.line(f"The occupier gave his name, confirmed by checks: {case.suspect_name(person)}.")
    doc.line(f"Grounds: suspicion of {case.offence}. Cautioned on arrest.")
    doc.line("Reply after caution: 'I never touched her, she is lying.' Taken to custody by van.")


def witness_account(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"What I saw, as a {witness.job} in {case.force.town}:")
    doc.line(f"- I know {case.subject} by sight; she turns up late most evenings with older men.")
    for item in case.of("vehicle")[:1]:
        doc.line(f"- She left in a {item.description}. I noted the number as {case.written_item(item)}.")
    if case.suspects:
        doc.line(f"- The man driving is known round here as {case.suspects[0].short}.")
    else:
        doc.line("- The driver's face was hidden from me.")


def check_report(case: Case, number: int, rng: random.Random) -> Doc:
    """Communications data and ANPR results."""
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "comms_anpr", f"results_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police}: communications data and ANPR results")
    ref = case.crime or case.incident
    doc.line(f"Applied for on {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "a user not yet known"
    for item in case.of("vehicle"):
        doc.line(
            f"ANPR: {item.description}, registration {case.written_item(item)}, read by cameras near "
            f"guest houses on nine nights; keeper's associate {who}."
        )
    for item in case.of("phone"):
        doc.line(
            f"Subscriber check: {case.written_item(item)} is unregistered prepay; "
            f"cell site puts it with {who}."
        )
    doc.line(f"Results returned to {case.officer.officer} on {case.when(day)}.")
    return doc


REFERRAL_HEADINGS = {
    "cratchmere": "Cratchmere Metropolitan Borough Council ~ housing officer's safeguarding referral",
    "dunmallow": "Dunmallow County Council | sexual health clinic notification of concern",
    "ousebarrow": "OUSEBARROW BOROUGH COUNCIL >> SCHOOL NURSE REFERRAL",
}


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "childrens_services/referrals", f"referral_{number:03d}", "referral", fmt, day)
    if fmt == "eml":
        doc.headers = {
            "From": f"School Nursing Team <school.nursing@{force.council_domain}>",
            "To": f"Safeguarding Hub <safeguarding.hub@{force.police_domain}>",
            "Subject": f"School nurse referral {case.referral.value}",
        }
    doc.line(REFERRAL_HEADINGS[force.key])
    doc.line(f"Children's services number: {cite(doc, case, case.referral)}")
    doc.line(f"Date logged: {case.when(day)}")
    doc.line(f"Young person: {case.subject}")
    if case.council_only:
        doc.line(f"Referrer: {case.professional.short}, {case.professional.job}")
        doc.line("Shared with the police: not yet - awaiting a manager's view")
    else:
        doc.line(f"Police contact: {case.officer.officer}, {force.police}")
    police = None
    if case.crime:
        police = f"crime {cite(doc, case, case.crime, form(case, 'council', case.crime))}"
    elif case.incident:
        police = f"contact {cite(doc, case, case.incident, variant(case.incident))}"
    if police:
        doc.fact(
            case,
            "tie",
            f"The police {police} and our number {case.referral.value} record one girl's exploitation.",
        )
    doc.line(
        f"Concerns for {case.subject}: sleeping through lessons, expensive trainers, cuts on her arms, "
        "picked up from the gates by men in their thirties."
    )
    doc.line(
        f"Plan: exploitation panel to consider; key worker {case.professional.short} "
        f"({case.professional.job})."
    )
    return doc


def pharmacy_checklist(case: Case, number: int, rng: random.Random) -> Doc:
    """A night-time warden's incident sheet after seeing the girl in the town centre."""
    force, worker = case.force, case.professional
    fmt = FORMATS[force.key]["debrief"]
    day = case.reported + timedelta(days=rng.randint(2, 9))
    doc = new_doc(case, "childrens_services/wardens", f"warden_{number:03d}", "return interview", fmt, day)
    doc.line(f"{force.council}: night-time warden's incident sheet")
    doc.line(f"Girl seen: {case.subject}; sheet sent to {worker.short} on {case.when(day)}")
    doc.line(f"Children's services number {cite(doc, case, case.referral, variant(case.referral, 1))}")
    for item in case.of("address")[:1]:
        doc.line(f"She told the warden she was on her way to {case.written_item(item)}.")
    for item in case.of("phone")[:1]:
        doc.line(f"A man kept ringing her while we spoke, from {case.written_item(item)}.")
    doc.line("Seen at 00:40 by the taxi rank, unsteady on her feet. Warden waited until her carer arrived.")
    return doc


def meeting_notes(case: Case, number: int, rng: random.Random) -> Doc:
    """An exploitation panel's case review."""
    fmt = FORMATS[case.force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "childrens_services/panel", f"panel_{number:03d}", "minutes", fmt, day)
    chair, worker = case.supervisor, case.professional
    doc.line(f"{case.force.council}: exploitation panel case review held {case.when(day)}")
    attending = [f"{chair.short} (chair)", f"{worker.short}, {worker.job}"]
    if not case.council_only:
        attending.append(case.officer.officer)
    doc.line(row(doc, case, "Attending", *attending))
    doc.line(
        f"{case.subject}: missing four times this month, {CASH[case.force.key]} and a new phone found "
        "in her room. Each agency's numbers for her:"
    )
    names = {
        "crime": "police crime ref",
        "incident": "police contact ref",
        "referral": "children's services no.",
    }
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref, 1) if ref.kind == "incident" else ""
            doc.line(row(doc, case, names[ref.kind], cite(doc, case, ref, style)))
    if fmt == "pdf":
        doc.new_page()
    who = "The police raised" if not case.council_only else "The key worker raised"
    for person in case.suspects:
        doc.line(f"{who} the name {case.suspect_name(person)}.")
    for item in case.of("address"):
        doc.line(f"Address linked to the girl: {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Phone linked to the girl: {case.written_item(item)}.")
    doc.line(f"Agreed: {worker.short} to see her weekly; panel to look at her again in six weeks.")
    return doc


def mailbox(person: Person, dot: str = "") -> str:
    if dot:
        return f"{person.surname.lower()}{dot}{person.forename[0].lower()}"
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
        "Subject": f"OFFICIAL-SENSITIVE: {ref}",
    }
    doc.line(f"Dear {worker.forename},")
    doc.line(
        f"Still waiting on a few things for {ref}; I will keep you posted."
        if pending
        else f"{ref} is now finished on our side and I will let the family know by letter."
    )
    if case.referral and case.crime:
        doc.line(
            f"On your side I have it as {cite(doc, case, case.referral, variant(case.referral, 1))}; "
            "please correct me if not."
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
        "To": f"Designated Safeguarding Manager <dsm@{force.council_domain}>",
        "Subject": f"{ref} - police informed or not?",
    }
    doc.line(
        f"About {ref}: {case.subject} came home at five this morning in a stranger's car; her aunt "
        "intends to take it to her MP."
    )
    doc.line("Our file shows nobody passing this on to the police. Could you check, please?")
    doc.line(worker.short)
    return doc


def carer_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=5)
    doc = new_doc(case, "correspondence", f"carer_{number:03d}", "letter", fmt, day)
    doc.line(force.station)
    doc.line(f"Please quote: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("Dear parent or carer,")
    doc.line(f"As promised, here is an update on the enquiry concerning {case.subject}.")
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    if case.outcome_initial.startswith("nfa"):
        doc.line(
            "Should you wish to challenge this decision, an independent review can be requested "
            "within three months."
        )
    doc.line(f"Yours sincerely, {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = "txt" if case.council_only and force.key != "cratchmere" else FORMATS[force.key]["complaint"]
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"complaint_{number:03d}", "complaint", fmt, day)
    ref = case.crime or case.incident or case.referral
    if fmt == "eml":
        target = force.council_domain if case.council_only else force.police_domain
        doc.headers = {
            "From": f"Constituency office <caseworker{number}@mp-office.example.org.uk>",
            "To": f"Professional Standards <standards@{target}>",
            "Subject": "Constituent's complaint - please reply to this office",
        }
        doc.line("I write on behalf of my constituent, who has asked me to raise the following.")
    elif force.key == "dunmallow" and not case.council_only:
        doc.line(f"Printout of a message sent to the {force.police} social media account")
        doc.line(case.when(day))
    elif case.council_only:
        doc.line(f"Referral from the Local Government and Social Care Ombudsman to {force.council}")
        doc.line(case.when(day))
    else:
        doc.line(f"Letter from a ward councillor to the Chief Constable, {force.police}")
        doc.line(case.when(day))
    doc.line(f"The number the family were given: {cite(doc, case, ref)}")
    doc.line(f"It is about how the agencies dealt with {case.subject}.")
    doc.line(
        "Over a month has passed since the family warned officers that grown men collect her at night, "
        "and nobody has got back to them."
    )
    doc.line("They ask which service owns her safety and what it has actually done.")
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
