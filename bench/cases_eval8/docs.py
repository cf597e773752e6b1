"""The documents of each case of the eighth set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: a control room's call record (a UTF-8 text
print in one force, a PDF incident sheet in another, a DOCX table in the third), crime records (a
crime disposal form as a DOCX table, a crime file minute sheet in ISO-8859-1 text, a two-page
question-and-answer closing record in PDF), statements (PDF, DOCX, ISO-8859-2 text), pocket-book
and intelligence entries, council referrals (a DOCX form, a PDF form, a secure e-mail), strategy
meetings (OpenDocument slides, DOCX or PDF minutes), e-mails (quoted-printable, base64 or plain
8-bit bodies, by force), letters to the family and complaints (one force's by e-mail). A line with
" | " between its cells is a row where the format has rows.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval8.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval8.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a reference each kind of document prints, per force ("" = the usual form).
FORM = {
    "carrbeck": {"council": "spaced", "statement": "long", "footer": "nozero", "email": "nozero"},
    "oxmarsh": {"council": "dashed", "statement": "glued", "footer": "glued", "email": "dashed"},
    "rudmere": {"council": "slashed", "statement": "nozero", "footer": "slashed", "email": "nozero"},
}
FORMATS = {  # the format of each kind of document, per force
    "carrbeck": {"incident": "txt", "crime": "docx", "statement": "pdf", "referral": "docx",
                 "minutes": "odp", "letter": "pdf", "review": "docx", "complaint": "eml"},
    "oxmarsh": {"incident": "pdf", "crime": "txt", "statement": "docx", "referral": "pdf",
                "minutes": "docx", "letter": "docx", "review": "odp", "complaint": "docx"},
    "rudmere": {"incident": "docx", "crime": "pdf", "statement": "txt", "referral": "eml",
                "minutes": "pdf", "letter": "pdf", "review": "pdf", "complaint": "pdf"},
}  # fmt: skip
# The text encoding of a force's plain-text files (the writer reads it from here).
ENCODING = {"carrbeck": "utf-8", "oxmarsh": "iso-8859-1", "rudmere": "iso-8859-2"}
TEXT_CELL = {"carrbeck": " ~ ", "oxmarsh": " / ", "rudmere": " ; "}


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


def incident_log(case: Case, number: int, rng: random.Random) -> Doc:
    """The control room's record of the first call, one row an entry."""
    force = case.force
    fmt = FORMATS[force.key]["incident"]
    doc = new_doc(case, "control_room", f"log_{number:03d}", "incident log", fmt, case.reported)
    hour, handler = rng.randint(0, 21), f"CH{rng.randint(100, 999)}"
    doc.line(
        {
            "carrbeck": "CARRBECK POLICE ~ COMMAND AND CONTROL ~ INCIDENT PRINT (RESTRICTED)",
            "oxmarsh": "Oxmarsh Constabulary - Communications Centre - Incident Sheet",
            "rudmere": "Rudmere Police Service | Despatch | incident history",
        }[force.key]
    )
    doc.line(row(doc, case, "Incident", cite(doc, case, case.incident)))
    doc.fact(case, "reported", reported_sentence(case))
    rows = [
        (f"{hour:02d}{rng.randint(0, 19):02d}", f"Informant ({informant(case)}) reports {case.subject} "
         "absent since teatime, seen getting into a car outside the chip shop with older men."),
        (f"{hour:02d}{rng.randint(20, 39):02d}", f"{case.subject} walked back in; smells of alcohol, "
         "carrying a carrier bag of vodka and a phone nobody gave her."),
    ]  # fmt: skip
    for item in case.of("vehicle")[:1]:
        rows.append((f"{hour:02d}45", f"Car described as {item.description}, reg {case.written_item(item)}."))
    rows.append((f"{hour:02d}58", f"Resource allocated: {case.officer.officer}."))
    for when, text in rows:
        doc.line(row(doc, case, when, handler, text))
    incident_result(doc, case, hour, handler)
    return doc


def informant(case: Case) -> str:
    return "her aunt" if case.outcome_initial == "unknown" else "night worker at the care home"


def incident_result(doc: Doc, case: Case, hour: int, handler: str) -> None:
    """The last row: the crime or referral it led to, or a complaint and nothing after it."""
    when = f"{hour + 2:02d}10"
    if case.crime:
        number = cite(doc, case, case.crime)
        text = f"Crime recorded, number {number}; incident {case.incident.value} closed to it."
        doc.fact(case, "tie", row(doc, case, when, handler, text))
    elif case.referral:
        text = (
            f"No crime. Passed to social care for children, their number {cite(doc, case, case.referral)}, "
            f"for incident {case.incident.value}."
        )
        doc.fact(case, "tie", row(doc, case, when, handler, text))
    else:
        doc.line(
            row(doc, case, when, handler, "Aunt called back: still no officer has visited, she is unhappy.")
        )
        doc.line(
            row(
                doc,
                case,
                f"{hour + 2:02d}25",
                handler,
                "Her grievance logged for the inspector on duty. Log ends.",
            )
        )


def put(doc: Doc, case: Case, fact: str, line: str) -> None:
    """A line, recorded as the fact it states when it states one."""
    if fact:
        doc.fact(case, fact, line)
    else:
        doc.line(line)


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["crime"]
    doc = new_doc(
        case, "crime_files", f"crime_{number:03d}", "crime report", fmt, case.reported + timedelta(days=2)
    )
    {"carrbeck": disposal_form, "oxmarsh": minute_sheet, "rudmere": closing_record}[case.force.key](
        doc, case, rng
    )
    return doc


def disposal_form(doc: Doc, case: Case, rng: random.Random) -> None:
    """An old crime disposal form: a two-column table of numbered boxes."""
    doc.line("Carrbeck Police - Form CR/9 - Crime Complaint and Disposal")
    doc.line(f"Box 1 Crime number | {cite(doc, case, case.crime)}")
    doc.line(f"Box 2 Offence | {case.offence}")
    doc.line(f"Box 3 Aggrieved | {case.subject} (identity held by the CSE desk)")
    if case.incident:
        doc.fact(
            case,
            "tie",
            f"Box 4 Originating incident | {cite(doc, case, case.incident)} (crimed as {case.crime.value})",
        )
    if case.referral:
        doc.fact(
            case,
            "tie",
            f"Box 5 Social care number | {cite(doc, case, case.referral)} (for crime {case.crime.value})",
        )
    doc.fact(case, "reported", f"Box 6 Complaint | {reported_sentence(case)}")
    doc.line(f"Box 7 Investigating officer | {case.officer.officer}")
    for line in people_lines(case, rng):
        doc.line(f"Box 8 Persons | {line}")
    for line, fact in result_lines(case, rng):
        entry = f"Box 9 Disposal | {line}"
        put(doc, case, fact, entry)


def minute_sheet(doc: Doc, case: Case, rng: random.Random) -> None:
    """A crime file's minute sheet: numbered minutes up and down the chain of command."""
    doc.line("OXMARSH CONSTABULARY. CRIME FILE MINUTE SHEET.")
    doc.line(f"File: {cite(doc, case, case.crime)}. Offence: {case.offence}. Injured party: {case.subject}.")
    doc.fact(case, "reported", f"Minute 1. {reported_sentence(case)}")
    n = 2
    if case.incident:
        doc.fact(
            case,
            "tie",
            f"Minute {n}. Incident {cite(doc, case, case.incident)} gave rise to file {case.crime.value}.",
        )
        n += 1
    if case.referral:
        doc.fact(
            case,
            "tie",
            f"Minute {n}. County Council number {cite(doc, case, case.referral)} relates to file "
            f"{case.crime.value}.",
        )
        n += 1
    for line in people_lines(case, rng):
        doc.line(f"Minute {n}. {line}")
        n += 1
    for line, fact in result_lines(case, rng):
        entry = f"Minute {n}. {line}"
        put(doc, case, fact, entry)
        n += 1
    doc.line(f"Signed off: {case.supervisor.officer}.")


def closing_record(doc: Doc, case: Case, rng: random.Random) -> None:
    """A two-page closing record of questions and answers, the crime number in a running footer."""
    doc.line("RUDMERE POLICE SERVICE - INVESTIGATION CLOSING RECORD")
    doc.line(f"Which crime? {cite(doc, case, case.crime)}: {case.offence}; the girl is {case.subject}.")
    if case.incident:
        doc.fact(
            case,
            "tie",
            f"Which incident began it? {cite(doc, case, case.incident)}, which became {case.crime.value}.",
        )
    if case.referral:
        doc.fact(
            case, "tie", f"Council number given for {case.crime.value}? {cite(doc, case, case.referral)}."
        )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Who investigated? {case.officer.officer}, overseen by {case.supervisor.officer}.")
    doc.line(f"[{cite(doc, case, case.crime, form(case, 'footer', case.crime))} - sheet 1/2]")
    doc.new_page()
    for line in people_lines(case, rng):
        doc.line(line)
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)
    doc.line(f"[{cite(doc, case, case.crime, form(case, 'footer', case.crime))} - sheet 2/2]")


def people_lines(case: Case, rng: random.Random) -> list[str]:
    """The suspects, their homes, vehicles and phones and anyone discounted, in the force's words."""
    lines, homes = [], case.of("address")
    for position, person in enumerate(case.suspects):
        lines.append(suspect_sentence(case, person, rng))
        if position < len(homes):
            lines.append(
                f"Home address of {case.suspect_name(person)}: {case.written_item(homes[position])}."
            )
    for item in homes[len(case.suspects) :]:
        lines.append(f"{case.subject} was kept overnight at {case.written_item(item)}.")
    for item in case.of("vehicle"):
        lines.append(f"Car of interest: {item.description}, registration {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "an untraced male"
        lines.append(f"{case.subject} received calls from {case.written_item(item)}, a handset of {owner}.")
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        lines.append("Nobody has been identified as responsible.")
    return lines


def result_lines(case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """The closing entries of a force's own record: (line, fact or "")."""
    out: list[tuple[str, str]] = []
    if case.witness:
        out.append((f"Statement obtained from {case.witness.short}, {case.witness.job}.", ""))
    out.append((f"Welfare visit arranged with {case.professional.short} ({case.professional.job}).", ""))
    if case.awaiting_cps:
        out.append(("Advice file sent to CPS lawyers for a charging decision.", ""))
        out.append(("Reply from the prosecutor not on file. Nothing after this.", ""))
        return out
    if case.outcome_initial == "unknown":
        out.append((f"Referred to {case.supervisor.officer} for a decision. Nothing after this.", ""))
        return out
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    initial = "outcome" if not case.reopened else "outcome_initial"
    out.append((outcome_sentence(case, case.outcome_initial, when), initial))
    if case.closed:
        out.append((closed_sentence(case, case.closed), "closed" if not case.reopened else "closed_initial"))
    return out


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """A witness statement, as these forces print it."""
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    doc = new_doc(case, "statements", f"stmt_{number:03d}", "statement", fmt, day)
    doc.line(f"{force.police}. Section 9 statement (CJ Act 1967).")
    doc.line("What I say here is accurate as far as I can tell. I know a judge could be shown it,")
    doc.line("and that putting into it, on purpose, anything I think untrue could see me charged.")
    if case.crime:
        doc.line(f"Police ref: {cite(doc, case, case.crime, form(case, 'statement', case.crime))}")
    else:
        doc.line(f"Incident ref: {cite(doc, case, case.incident)}")
    if person.role == "officer":
        doc.line(f"Name: {person.short}. Rank: {person.rank}. Warrant no.: {person.collar}.")
        arrest_narrative(doc, case, rng)
    else:
        doc.line(f"Name: {person.short}. Employment: {person.job}.")
        witness_narrative(doc, case, person)
    doc.line(f"Signed {person.short} on {case.when(day)}, witnessed by {case.officer.officer}.")
    return doc


def arrest_narrative(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"an address in {case.force.town}"
    when = case.when(case.reported + timedelta(days=rng.randint(1, 20)))
    doc.line(f"At about 0700 hours on {when} I attended {place} with other officers and knocked.")
    doc.line(f"{case.suspect_name(person)} answered. I told him he was under arrest for {case.offence}.")
    doc.line("After caution he replied: 'Not me, she is lying, check my phone.'")
    doc.line(f"He was taken to {case.force.station.split(',')[0]} and detained there.")


def witness_narrative(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"I have been a {witness.job} in {case.force.town} for some years and I know by sight the")
    doc.line(f"girl the police call {case.subject}.")
    for item in case.of("vehicle")[:1]:
        doc.line(f"More than once I watched her get into a {item.description}. I wrote down the plate: "
                 f"{case.written_item(item)}.")  # fmt: skip
    if case.suspects:
        doc.line(
            f"The man driving it I know as {case.suspects[0].short}; he waits across the road most nights."
        )
    else:
        doc.line("I could not put a name to anybody in her company.")


def pocket_notebook(case: Case, number: int, rng: random.Random) -> Doc:
    """An officer's pocket-book entry for an arrest, as typed up (often scanned)."""
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "pocket_books", f"pb_{number:03d}", "notebook", "txt", day)
    doc.line(f"PNB transcript. {case.officer.officer}. {case.when(day)}.")
    ref = case.crime or case.incident
    doc.line(f"Re: {cite(doc, case, ref, variant(ref, number + 1))}")
    doc.line(f"0702 Arrested {case.suspect_name(person)} re {case.offence}. Caution given, no reply.")
    doc.line(f"0741 Booked in at {case.force.station.split(',')[0]}.")
    return doc


def intelligence_log(case: Case, number: int, rng: random.Random) -> Doc:
    """An intelligence entry tying a vehicle or phone to the case's suspect."""
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "intel", f"5x5x5_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police}. 5x5x5 intelligence log, evaluated A2, not for disclosure.")
    ref = case.crime or case.incident
    doc.line(f"Relates to {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "an untraced male"
    for item in case.of("vehicle"):
        doc.line(f"It is known that {who} uses a {item.description}, registration {case.written_item(item)}, "
                 "to ferry girls about.")  # fmt: skip
    for item in case.of("phone"):
        doc.line(f"It is known that {who} contacts girls on {case.written_item(item)}.")
    doc.line(f"Entered on {case.when(day)} by {case.officer.officer}.")
    return doc


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "social_care/referrals", f"referral_{number:03d}", "referral", fmt, day)
    if fmt == "eml":
        doc.headers = {
            "From": f"Children's Advice Hub <advice.hub@{force.council_domain}>",
            "To": f"Public Protection Unit <ppu@{force.police_domain}>",
            "Subject": f"Referral record {case.referral.value}",
        }
    doc.line(f"{force.council} | Children's Advice Hub | referral record")
    doc.line(f"Our number | {cite(doc, case, case.referral)}")
    doc.line(f"Received | {case.when(day)}")
    doc.line(f"Young person | {case.subject}")
    if case.council_only:
        doc.line(f"Referrer | {case.professional.short}, {case.professional.job}")
        doc.line("Shared with police | not at this stage")
    else:
        doc.line(f"Referrer | {case.officer.officer}, {force.police}")
    if case.crime:
        police = cite(doc, case, case.crime, form(case, "council", case.crime))
        doc.fact(case, "tie", f"Police number | {police} (the crime behind referral {case.referral.value})")
    elif case.incident:
        police = cite(doc, case, case.incident, variant(case.incident))
        doc.fact(
            case, "tie", f"Police number | {police} (the incident behind referral {case.referral.value})"
        )
    doc.line(f"Worry | {case.subject} out until the small hours, coming back with cash and new clothes")
    doc.line(
        f"Outcome of referral | assessment allocated to {case.professional.short} ({case.professional.job})"
    )
    return doc


def strategy_minutes(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "social_care/strategy", f"meeting_{number:03d}", "minutes", fmt, day)
    doc.line(f"Multi-agency strategy meeting - {force.council}")
    doc.line(f"Date: {case.when(day)}. Young person: {case.subject}.")
    attending = f"{case.professional.short} ({case.professional.job})"
    doc.line("Attending: " + attending + ("" if case.council_only else f"; {case.officer.officer}"))
    chair = f"{case.supervisor.short}, head of safeguarding" if case.council_only else case.supervisor.officer
    doc.line(f"In the chair: {chair}")
    names = {"crime": "Crime number", "incident": "Incident number", "referral": "Referral number"}
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref, 1) if ref.kind == "incident" else ""
            doc.line(f"{names[ref.kind]}: {cite(doc, case, ref, style)}")
    if fmt in ("pdf", "odp"):
        doc.new_page()
    doc.line("Information shared")
    for person in case.suspects:
        doc.line(f"{case.suspect_name(person)} is thought to collect {case.subject} from school.")
    for item in case.of("address"):
        doc.line(f"{case.subject} has been dropped off at {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"A contact in her handset: {case.written_item(item)}.")
    if fmt == "odp":
        doc.new_page()
    doc.line("Agreed actions")
    doc.line(f"{case.professional.short} to visit {case.subject} this week")
    doc.line("Reconvene in four weeks")
    return doc


def police_mail(case: Case, number: int, rng: random.Random) -> Doc:
    """An officer's e-mail with the council worker, in the force's own layout."""
    force, worker, officer = case.force, case.professional, case.officer
    day = (case.closed or case.reported + timedelta(days=45)) + timedelta(days=rng.randint(1, 7))
    doc = new_doc(case, "email", f"msg_{number:03d}", "e-mail", "eml", day)
    if case.crime:
        ref = cite(doc, case, case.crime, form(case, "email", case.crime))
    else:
        other = case.incident or case.referral
        ref = cite(doc, case, other, variant(other))
    worker_mail = council_address(worker, force.council_domain)
    officer_mail = f"{officer.forename.lower()}.{officer.surname.lower()}@{force.police_domain}"
    pending = case.outcome_initial in ("unknown", "open") or case.reopened or case.awaiting_cps
    news = (
        f"No decision yet on {ref}." if pending else f"We have reached a decision on {ref}; letter to follow."
    )
    doc.headers = {"From": f"{officer.short} <{officer_mail}>", "To": f"{worker.short} <{worker_mail}>"}
    council_ref = (
        cite(doc, case, case.referral, variant(case.referral, 1)) if case.referral and case.crime else ""
    )
    doc.headers["Subject"] = f"[OFFICIAL-SENSITIVE] {ref}"
    doc.line(f"Dear {worker.forename},")
    doc.line(news)
    if council_ref:
        doc.line(f"For your records, your number is {council_ref}.")
    doc.line("Kind regards,")
    doc.line(officer.officer)
    return doc


def council_address(worker: Person, domain: str) -> str:
    return f"{worker.surname.lower()}.{worker.forename[0].lower()}@{domain}"


def council_email(case: Case, number: int, rng: random.Random) -> Doc:
    """Between two council workers, about a case the police never heard of."""
    force, worker = case.force, case.professional
    day = case.reported + timedelta(days=rng.randint(20, 50))
    doc = new_doc(case, "email", f"msg_{number:03d}", "e-mail", "eml", day)
    ref = cite(doc, case, case.referral, variant(case.referral))
    doc.headers = {
        "From": f"{worker.short} <{council_address(worker, force.council_domain)}>",
        "To": f"Advice Hub Managers <hub.managers@{force.council_domain}>",
        "Subject": f"Referral {ref} - police?",
    }
    doc.line(
        f"Referral {ref}: {case.subject} keeps disappearing overnight and her aunt has now complained to us."
    )
    doc.line("Did anybody ever tell the police? I can find nothing to say so.")
    doc.line(worker.short)
    return doc


def family_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=8)
    doc = new_doc(case, "letters", f"family_{number:03d}", "letter", fmt, day)
    doc.line(force.police.upper())
    doc.line(force.station)
    doc.line(f"Please quote: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("Dear Parent or Carer,")
    doc.line(
        f"I write about the enquiry concerning your daughter, referred to in our papers as {case.subject}."
    )
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    doc.line(f"If you have questions, please contact me. {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    """A complaint about how the report was handled, to the force or the council (one force's by e-mail)."""
    force = case.force
    fmt = "docx" if case.council_only else FORMATS[force.key]["complaint"]
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"grievance_{number:03d}", "complaint", fmt, day)
    to = (
        f"Complaints Officer, {force.council}"
        if case.council_only
        else f"Complaints and Discipline, {force.police}"
    )
    ref = case.crime or case.incident or case.referral
    if fmt == "eml":
        doc.headers = {
            "From": f"{case.subject}'s aunt <aunt.{number}@mailbox.invalid>",
            "To": f"Complaints and Discipline <complaints@{force.police_domain}>",
            "Subject": "Formal complaint about my niece",
        }
    else:
        doc.line(to)
        doc.line(case.when(day))
    doc.line(f"Your number: {cite(doc, case, ref)}")
    doc.line(f"I am the aunt of the girl you call {case.subject}, and this letter is my formal grievance.")
    doc.line("I reported what these men were doing to my niece and I have heard nothing since.")
    doc.line("Tell me which officer has it and why nobody has acted.")
    return doc


def case_documents(case: Case, counter: dict[str, int], rng: random.Random) -> list[Doc]:
    """The files one case leaves behind; which ones depends on its references and people."""

    def number(kind: str) -> int:
        counter[kind] += 1
        return counter[kind]

    out: list[Doc] = []
    arrested = case.crime and any(p.evidence in ("arrested", "charged") for p in case.suspects)
    if case.incident:
        out.append(incident_log(case, number("incident"), rng))
    if case.crime:
        out.append(crime_record(case, number("crime"), rng))
    if arrested:
        out.append(statement(case, number("statement"), case.officer, rng))
        if rng.random() < 0.5:
            out.append(pocket_notebook(case, number("notebook"), rng))
    if case.witness and (case.crime or case.incident):
        out.append(statement(case, number("statement"), case.witness, rng))
    if (case.of("vehicle") or case.of("phone")) and (case.crime or case.incident) and rng.random() < 0.6:
        out.append(intelligence_log(case, number("intelligence"), rng))
    if case.referral:
        out.append(referral(case, number("referral"), rng))
    if case.council_only:
        out.append(council_email(case, number("email"), rng))
    elif rng.random() < 0.6:
        out.append(police_mail(case, number("email"), rng))
    if case.crime and case.outcome_initial in CLOSED_OUTCOMES and rng.random() < 0.6:
        out.append(family_letter(case, number("letter")))
    if rng.random() < 0.5 or (case.referral and not case.crime):
        out.append(strategy_minutes(case, number("minutes"), rng))
    if case.outcome_final == "unknown" or case.key.endswith("08"):
        out.append(complaint(case, number("complaint"), rng))
    return out
