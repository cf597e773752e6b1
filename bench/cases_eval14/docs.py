"""The documents of each case of the fourteenth set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: a 999 call summary, a Storm log extract or an
ICAD dispatch record; crime records (a DOCX crime occurrence form ending in a grid of result boxes,
a two-page PDF investigation log whose second page is the supervisor's closing rationale, a text
closure checklist of numbered questions); detention logs; short descriptive notes of interviews;
section 9 witness statements; community intelligence forms; council referral and assessment
records, child in need referrals and exploitation screening tools sent by e-mail; independent
return conversations; complex strategy meeting notes; e-mails; letters to families; complaints to
a customer service unit. A line with " | " between its cells is a table row in the DOCX files.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval14.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval14.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a crime number each kind of document prints, per force.
FORM = {
    "dunmerrow": {"council": "slashed", "statement": "spaced", "custody": "slashed", "email": "spaced"},
    "fellbridge": {"council": "spaced", "statement": "dotted", "custody": "spaced", "email": "dotted"},
    "ravensike": {"council": "dotted", "statement": "tailed", "custody": "dotted", "email": "tailed"},
}
FORMATS = {  # the format of each kind of document, per force
    "dunmerrow": {"incident": "txt", "crime": "docx", "statement": "pdf", "referral": "pdf",
                  "minutes": "txt", "letter": "docx", "review": "pdf", "complaint": "eml",
                  "custody": "txt", "interview": "docx", "debrief": "txt"},
    "fellbridge": {"incident": "docx", "crime": "pdf", "statement": "txt", "referral": "docx",
                   "minutes": "pdf", "letter": "txt", "review": "docx", "complaint": "docx",
                   "custody": "pdf", "interview": "txt", "debrief": "pdf"},
    "ravensike": {"incident": "pdf", "crime": "txt", "statement": "docx", "referral": "eml",
                  "minutes": "docx", "letter": "pdf", "review": "txt", "complaint": "txt",
                  "custody": "docx", "interview": "pdf", "debrief": "docx"},
}  # fmt: skip
TEXT_CELL = {"dunmerrow": " ;; ", "fellbridge": " >> ", "ravensike": " ~ "}
CALL_HEADINGS = {
    "dunmerrow": "DUNMERROW CONSTABULARY ;; 999 CALL SUMMARY ;; Saltcote Wharf control",
    "fellbridge": "Fellbridge Police | Storm log extract | Skinnergate dispatch",
    "ravensike": "Ravensike Police ~ ICAD dispatch record ~ county communications centre",
}
CALL_OPENED = {
    "dunmerrow": "Call answered {d}",
    "fellbridge": "Storm log raised on {d}",
    "ravensike": "ICAD record begun {d}",
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
    """The first contact, as each force's control room keeps it."""
    force = case.force
    fmt = FORMATS[force.key]["incident"]
    doc = new_doc(case, "calls", f"call_{number:03d}", "incident log", fmt, case.reported)
    operator = f"OP{rng.randint(10, 98)}"
    doc.line(CALL_HEADINGS[force.key])
    doc.line(row(doc, case, "Reference", cite(doc, case, case.incident)))
    doc.fact(case, "reported", CALL_OPENED[force.key].format(d=case.when(case.reported)))
    hour = rng.randint(20, 22)
    entries = [
        f"Caller ({caller(case)}) says {case.subject} is missing overnight; a neighbour noticed her step "
        "into a car with two adult men down by the canal.",
        f"Update: {case.subject} found walking on the ring road at 03:40, drunk, with money she will "
        "not account for.",
    ]
    for item in case.of("vehicle")[:1]:
        entries.append(f"Car described: {item.description}, VRM {case.written_item(item)}.")
    entries.append(f"Unit assigned: {case.officer.officer}.")
    for n, text in enumerate(entries):
        doc.line(row(doc, case, f"{hour + n:02d}:{rng.randint(0, 59):02d}", operator, text))
    incident_result(doc, case, operator)
    return doc


def caller(case: Case) -> str:
    return (
        "her aunt" if case.outcome_initial == "unknown" else "the night carer from her residential placement"
    )


def incident_result(doc: Doc, case: Case, operator: str) -> None:
    """The closing entry: the crime or referral it led to, or a complaint and nothing after it."""
    if case.crime:
        text = f"Log {case.incident.value} closed off to crime {cite(doc, case, case.crime)}."
        doc.fact(case, "tie", row(doc, case, "result", operator, text))
    elif case.referral:
        text = f"{case.incident.value} not crimed; council record {cite(doc, case, case.referral)}."
        doc.fact(case, "tie", row(doc, case, "result", operator, text))
    else:
        doc.line(
            row(
                doc,
                case,
                "result",
                operator,
                "The aunt phoned a second time, cross that nobody had attended.",
            )
        )
        doc.line(
            row(doc, case, "result", operator, "Noted as a grievance; log shut, nothing added afterwards.")
        )


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["crime"]
    day = case.reported + timedelta(days=1)
    doc = new_doc(case, "crime", f"crime_{number:03d}", "crime report", fmt, day)
    writer = {"dunmerrow": occurrence_form, "fellbridge": investigation_log, "ravensike": closure_checklist}
    writer[case.force.key](doc, case, rng)
    return doc


def occurrence_form(doc: Doc, case: Case, rng: random.Random) -> None:
    """A crime occurrence form: a DOCX table, ending in a grid of result boxes."""
    doc.line("Dunmerrow Constabulary | Crime occurrence form | OFFICIAL-SENSITIVE")
    doc.line(f"Crime reference | {cite(doc, case, case.crime)}")
    doc.line(f"Offence | {case.offence}")
    doc.line(f"Injured party | {case.subject}")
    if case.incident:
        doc.fact(
            case,
            "tie",
            f"Originating call | {cite(doc, case, case.incident)} was crimed as {case.crime.value}",
        )
    if case.referral:
        doc.fact(
            case,
            "tie",
            f"Council referral | {cite(doc, case, case.referral)} is linked to {case.crime.value}",
        )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Investigating officer | {case.officer.officer}")
    for line in people_lines(case, rng):
        doc.line(f"Nominals | {line}")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def investigation_log(doc: Doc, case: Case, rng: random.Random) -> None:
    """A two-page investigation log: the crime number heads each page; page 2 is the rationale."""
    doc.line(f"FELLBRIDGE POLICE >> INVESTIGATION LOG >> {cite(doc, case, case.crime)} >> page 1")
    doc.line(f"Allegation: {case.offence}. Supervising: {case.supervisor.officer}.")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "Storm log"), (case.referral, "child in need referral")):
        if ref:
            doc.fact(
                case, "tie", f"Linked record: {what} {cite(doc, case, ref)} belongs with {case.crime.value}."
            )
    doc.line(f"Officer in charge: {case.officer.officer}.")
    for line in people_lines(case, rng):
        doc.line(f"- {line}")
    doc.new_page()
    doc.line(
        f"FELLBRIDGE POLICE >> INVESTIGATION LOG >> "
        f"{cite(doc, case, case.crime, variant(case.crime, 1))} >> page 2, supervisor"
    )
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def closure_checklist(doc: Doc, case: Case, rng: random.Random) -> None:
    """A closure checklist exported from the records system: numbered questions and answers."""
    doc.line(f"RAVENSIKE POLICE ~ CLOSURE CHECKLIST ~ {cite(doc, case, case.crime)}")
    doc.line(f"Offence as recorded: {case.offence}")
    doc.line(f"Victim: {case.subject}")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "Q2 dispatch record?"), (case.referral, "Q3 council number?")):
        if ref:
            doc.fact(case, "tie", f"{what} {cite(doc, case, ref)}, part of {case.crime.value}.")
    doc.line(f"OIC {case.officer.officer}; checked by {case.supervisor.officer}")
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
            lines.append(f"Lives at {case.written_item(homes[position])}: {case.suspect_name(person)}.")
    for item in homes[len(case.suspects) :]:
        lines.append(f"{case.subject} was taken to {case.written_item(item)} several times.")
    for item in case.of("vehicle"):
        lines.append(f"Car of interest: {item.description}, VRM {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "an unknown man"
        lines.append(
            f"Handset {case.written_item(item)} messaged {case.subject} at night; user thought to be {owner}."
        )
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        lines.append("No suspect identified so far.")
    return lines


def result_lines(case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """The closing entries of a force's own record: (line, fact or "")."""
    out: list[tuple[str, str]] = []
    if case.witness:
        out.append((f"Witness spoken to: {case.witness.short}, {case.witness.job}.", ""))
    out.append((f"Social care contact: {case.professional.short}, {case.professional.job}.", ""))
    if case.awaiting_cps:
        out.append(("Full file lodged with prosecutors, asking whether to charge.", ""))
        out.append(("Prosecutors' answer still awaited. Log ends here.", ""))
        return out
    if case.outcome_initial == "unknown":
        out.append((f"Sent to {case.supervisor.officer} to look over. Log ends here.", ""))
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


def detention_log(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The detention log opened when the suspect was brought into custody."""
    fmt = FORMATS[case.force.key]["custody"]
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "custody", f"detention_{number:03d}", "notebook", fmt, day)
    doc.line(f"{case.force.police}: detention log, record {rng.randint(10000, 99999)}/{day:%y}")
    crime = cite(doc, case, case.crime, form(case, "custody", case.crime))
    doc.line(f"Arrived in custody {case.when(day)} 05:55, crime {crime}.")
    doc.line(f"Prisoner: {case.suspect_name(person)}. Brought in by {case.officer.officer}.")
    doc.line(f"Reason for arrest: suspected of {case.offence}.")
    doc.line("Sergeant on duty agreed to hold him until interview. Asked for legal advice.")
    doc.line("Said on arrival: 'She is lying, I never touched her.'")
    return doc


def descriptive_note(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """The short descriptive note of a recorded interview."""
    fmt = FORMATS[case.force.key]["interview"]
    day = case.reported + timedelta(days=rng.randint(5, 30))
    doc = new_doc(case, "interviews", f"sdn_{number:03d}", "interview record", fmt, day)
    doc.line(f"{case.force.police}: short descriptive note (SDN) of an interview")
    doc.line(f"Interviewee: {case.suspect_name(person)}; held on {case.when(day)}")
    ref = case.crime or case.incident
    doc.line(f"Ref: {cite(doc, case, ref, variant(ref, number))}")
    lawyer = case.solicitor.short if case.solicitor else "none requested"
    doc.line(f"Interviewing officer {case.officer.officer}. Solicitor: {lawyer}.")
    doc.line(f"A prepared statement was handed over denying he had ever met {case.subject}.")
    doc.line("After that, silence or 'no comment' throughout; recording ended at 36 minutes.")
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    doc = new_doc(case, "statements", f"s9_{number:03d}", "statement", fmt, day)
    doc.line(f"{force.police}: witness statement (Criminal Justice Act 1967, section 9)")
    doc.line("Everything in this one-page statement, which I have signed, I believe to be true;")
    doc.line("I understand that, should it be put before a court, I could be prosecuted")
    doc.line("for anything in it I knew was false or did not believe.")
    if case.crime:
        doc.line(f"Crime ref: {cite(doc, case, case.crime, form(case, 'statement', case.crime))}")
    else:
        doc.line(f"Call ref: {cite(doc, case, case.incident)}")
    if person.role == "officer":
        doc.line(f"Maker: {person.short}, {person.rank}, warrant number {person.collar}.")
        arrest_account(doc, case, rng)
    else:
        doc.line(f"Maker: {person.short}, a {person.job}, an adult.")
        witness_account(doc, case, person)
    taker = case.supervisor if person.role == "officer" else case.officer
    doc.line(f"Signed: {person.short}. Date: {case.when(day)}. Witnessed by {taker.officer}.")
    return doc


def arrest_account(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"a bedsit over a bookmaker's in {case.force.town}"
    when = case.when(min(case.reported + timedelta(days=rng.randint(1, 20)), doc.day))
    doc.line(f"Shortly before 7 am on {when} a team of us attended {place}.")
    doc.line(f"The front room held one man, since identified as {case.suspect_name(person)}.")
    doc.line(f"Arrest made by me over {case.offence}, with the caution given straight after.")
    doc.line("He answered: 'I want my brief.' I drove him to the cells myself.")


def witness_account(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"My job is {witness.job} in {case.force.town}. An officer let me see a photo")
    doc.line(f"of a girl they call {case.subject}, whom I know by sight from work.")
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"A {item.description} often picked her up after dark; "
            f"I wrote the number plate down as {case.written_item(item)}."
        )
    if case.suspects:
        doc.line(f"Its driver goes by the name {case.suspects[0].short}, I know him.")
    else:
        doc.line("The men inside stayed out of sight; I could not pick them out.")


def intelligence(case: Case, number: int, rng: random.Random) -> Doc:
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "intel", f"cif_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police}: community intelligence form, reliability fair, sanitised")
    ref = case.crime or case.incident
    doc.line(f"Linked to: {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "a male still unnamed"
    for item in case.of("vehicle"):
        doc.line(f"A member of the public says {who} uses a {item.description}, VRM "
                 f"{case.written_item(item)}, to pick up schoolgirls near the precinct.")  # fmt: skip
    for item in case.of("phone"):
        doc.line(f"A member of the public says {who} can be reached on {case.written_item(item)}.")
    doc.line(f"Entered by {case.officer.officer} on {case.when(day)}.")
    return doc


REFERRAL_HEADINGS = {
    "dunmerrow": "Dunmerrow Metropolitan Borough Council ;; referral and assessment record",
    "fellbridge": "Fellbridge City Council | Child in need referral",
    "ravensike": "RAVENSIKE COUNTY COUNCIL: EXPLOITATION SCREENING TOOL, COMPLETED",
}


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "council/referrals", f"referral_{number:03d}", "referral", fmt, day)
    if fmt == "eml":
        doc.headers = {
            "From": f"Screening Team <screening@{force.council_domain}>",
            "To": f"Public Protection Unit <ppu@{force.police_domain}>",
            "Subject": f"Screening tool completed: {case.referral.value}",
        }
    doc.line(REFERRAL_HEADINGS[force.key])
    doc.line(f"Our number: {cite(doc, case, case.referral)}")
    doc.line(f"Received on: {case.when(day)}")
    doc.line(f"Young person: {case.subject}")
    if case.council_only:
        doc.line(f"Made by: {case.professional.short}, {case.professional.job}")
        doc.line("Police informed: not yet, for the practice manager to decide")
    else:
        doc.line(f"Made by: {case.officer.officer}, {force.police}")
    police = None
    if case.crime:
        police = f"crime {cite(doc, case, case.crime, form(case, 'council', case.crime))}"
    elif case.incident:
        police = f"call {cite(doc, case, case.incident, variant(case.incident))}"
    if police:
        doc.fact(
            case,
            "tie",
            f"The police {police} and our number {case.referral.value} are about one girl "
            "and one set of events.",
        )
    doc.line(
        f"Concerns for {case.subject}: staying out overnight, new clothes and phones nobody paid for, "
        "an older 'friend' with a car."
    )
    doc.line(f"Screening result: high risk; worker {case.professional.short} ({case.professional.job}).")
    return doc


def return_conversation(case: Case, number: int, rng: random.Random) -> Doc:
    """An independent return conversation after the girl came back from missing."""
    force, worker = case.force, case.professional
    fmt = FORMATS[force.key]["debrief"]
    day = case.reported + timedelta(days=rng.randint(2, 9))
    doc = new_doc(case, "council/missing", f"return_{number:03d}", "return interview", fmt, day)
    doc.line(f"{force.council}: independent return conversation")
    doc.line(f"Young person {case.subject}; spoken to by {worker.short} ({worker.job}), {case.when(day)}")
    doc.line(f"Council number {cite(doc, case, case.referral, variant(case.referral, 1))}")
    for item in case.of("address")[:1]:
        doc.line(f"She said she had been at {case.written_item(item)} and then went quiet.")
    for item in case.of("phone")[:1]:
        doc.line(f"Saved in her contacts as 'Uncle': {case.written_item(item)}.")
    doc.line("We agreed a safety plan; she will text her worker when she is out late.")
    return doc


def strategy_notes(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "council/strategy", f"strategy_{number:03d}", "minutes", fmt, day)
    chair, worker = case.supervisor, case.professional
    doc.line(f"{case.force.council}: complex strategy meeting, notes of {case.when(day)}")
    attendees = [f"{chair.short} (chairing)", f"{worker.short}, {worker.job}"]
    if not case.council_only:
        attendees.append(case.officer.officer)
    doc.line(row(doc, case, "Attending", *attendees))
    doc.line(f"Young person discussed: {case.subject}. Record numbers shared:")
    names = {"crime": "crime ref.", "incident": "call ref.", "referral": "social care no."}
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref, 1) if ref.kind == "incident" else ""
            doc.line(row(doc, case, names[ref.kind], cite(doc, case, ref, style)))
    if fmt == "pdf":
        doc.new_page()
    who = "The police" if not case.council_only else "Social care"
    for person in case.suspects:
        doc.line(
            f"{who} told the meeting that {case.suspect_name(person)} is thought to be "
            "the one exploiting her."
        )
    for item in case.of("address"):
        doc.line(f"Address of concern: {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Phone of concern: {case.written_item(item)}.")
    doc.line(f"Agreed: {worker.short} to see her twice weekly; meet again in four weeks.")
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
        "Subject": f"OFFICIAL-SENSITIVE: {ref}",
    }
    doc.line(f"Dear {worker.forename},")
    doc.line(
        f"Still no movement on {ref}, sorry."
        if pending
        else f"{ref} is now closed; a letter goes to the family this week."
    )
    if case.referral and case.crime:
        doc.line(f"Your side logged it as {cite(doc, case, case.referral, variant(case.referral, 1))}.")
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
        "To": f"Practice Manager <practice.manager@{force.council_domain}>",
        "Subject": f"{ref}: were the police ever told?",
    }
    doc.line(f"About {ref}: {case.subject} went missing again on Friday and her aunt is furious with us.")
    doc.line("Nothing on file shows the police were ever contacted. Whose call was that?")
    doc.line(worker.short)
    return doc


def family_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=5)
    doc = new_doc(case, "letters", f"family_{number:03d}", "letter", fmt, day)
    doc.line(force.station)
    doc.line(f"Please quote: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("Dear parent or guardian,")
    doc.line(f"I lead the police enquiry concerning your daughter, whose records call her {case.subject}.")
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    doc.line(f"Yours sincerely, {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = "txt" if case.council_only and force.key != "ravensike" else FORMATS[force.key]["complaint"]
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"complaint_{number:03d}", "complaint", fmt, day)
    ref = case.crime or case.incident or case.referral
    if fmt == "eml":
        doc.headers = {
            "From": f"An aunt <aunt{number}@example.invalid>",
            "To": f"Customer Service Unit <csu@{force.police_domain}>",
            "Subject": "Formal complaint about how my niece was treated",
        }
    else:
        recipient = (
            f"Corporate Complaints, {force.council}"
            if case.council_only
            else f"Customer Service Unit, {force.police}"
        )
        doc.line(f"To: {recipient}")
        doc.line(case.when(day))
    doc.line(f"Reference quoted to me: {cite(doc, case, ref)}")
    doc.line(f"This complaint concerns your handling of my niece, {case.subject} in your files.")
    doc.line("Weeks back I rang to say adult men kept fetching her by car. Nobody ever replied.")
    doc.line("I want the name of whoever is in charge and an account of what has been done.")
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
            out.append(detention_log(case, number("custody"), arrested[0], rng))
    if interviewed and rng.random() < 0.6:
        out.append(descriptive_note(case, number("interview"), interviewed[0], rng))
    if case.witness and (case.crime or case.incident):
        out.append(statement(case, number("statement"), case.witness, rng))
    if (case.of("vehicle") or case.of("phone")) and (case.crime or case.incident) and rng.random() < 0.6:
        out.append(intelligence(case, number("intelligence"), rng))
    if case.referral:
        out.append(referral(case, number("referral"), rng))
        if rng.random() < 0.35:
            out.append(return_conversation(case, number("debrief"), rng))
    if case.council_only:
        out.append(council_email(case, number("email"), rng))
    elif rng.random() < 0.6:
        out.append(police_mail(case, number("email"), rng))
    if case.crime and case.outcome_initial in CLOSED_OUTCOMES and rng.random() < 0.6:
        out.append(family_letter(case, number("letter")))
    if rng.random() < 0.5 or (case.referral and not case.crime):
        out.append(strategy_notes(case, number("minutes"), rng))
    if case.outcome_final == "unknown" or case.key.endswith("11"):
        out.append(complaint(case, number("complaint"), rng))
    return out
