"""The documents of each case of the twelfth set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: a STORM incident print, a despatch log or a
contact record; crime records (a DOCX crime recording form with a result box, a text
investigation log ending in a closing rationale, a two-page PDF case management print whose second
screen is the closure); daybook entries; taped interview (ROTI) summaries; section 9 witness
statements; 5x5x5 intelligence log entries; council CSE hub contact records, Children Act enquiry
records and CSE screening tools; return home interviews; CSE strategy meeting notes; e-mails;
letters to families; complaints. A line with " | " between its cells is a table row in the DOCX
files.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval12.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval12.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a reference each kind of document prints, per force ("" = the usual form).
FORM = {
    "ormskeld": {"council": "full year", "statement": "spaced", "notebook": "full year", "email": "spaced"},
    "tarrowfield": {"council": "worded", "statement": "tailed", "notebook": "tailed", "email": "worded"},
    "hendlecombe": {"council": "dashed", "statement": "spaced", "notebook": "dashed", "email": "spaced"},
}
FORMATS = {  # the format of each kind of document, per force
    "ormskeld": {"incident": "pdf", "crime": "docx", "statement": "txt", "referral": "pdf",
                 "minutes": "docx", "letter": "docx", "review": "txt", "complaint": "txt", "notebook": "pdf",
                 "interview": "txt", "debrief": "docx"},
    "tarrowfield": {"incident": "txt", "crime": "txt", "statement": "pdf", "referral": "docx",
                    "minutes": "pdf", "letter": "pdf", "review": "docx", "complaint": "eml",
                    "notebook": "txt", "interview": "pdf", "debrief": "txt"},
    "hendlecombe": {"incident": "docx", "crime": "pdf", "statement": "docx", "referral": "eml",
                    "minutes": "txt", "letter": "txt", "review": "pdf", "complaint": "docx",
                    "notebook": "docx", "interview": "docx", "debrief": "pdf"},
}  # fmt: skip
TEXT_CELL = {"ormskeld": " || ", "tarrowfield": " >> ", "hendlecombe": " ¦ "}


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
    doc = new_doc(case, "calls", f"inc_{number:03d}", "incident log", fmt, case.reported)
    operator = f"OP{rng.randint(10, 98)}"
    doc.line(
        {
            "ormskeld": "ORMSKELD POLICE || STORM INCIDENT PRINT || Force Communications Centre",
            "tarrowfield": "Tarrowfield Constabulary | Despatch log | Joint Control Centre",
            "hendlecombe": "Hendlecombe Police ¦ Contact record ¦ Public Service Desk",
        }[force.key]
    )
    doc.line(row(doc, case, "Incident ref", cite(doc, case, case.incident)))
    opened = {
        "ormskeld": "Incident opened {d}",
        "tarrowfield": "Despatch log begun {d}",
        "hendlecombe": "Contact logged {d}",
    }
    doc.fact(case, "reported", opened[force.key].format(d=case.when(case.reported)))
    hour = rng.randint(18, 20)
    entries = [
        f"Caller ({caller(case)}) says {case.subject} has not come home, last seen getting into a "
        "hatchback outside the chip shop.",
        f"{case.subject} found at 03:40 in a stairwell, drunk, with a new jacket and cash she "
        "cannot explain.",
    ]
    for item in case.of("vehicle")[:1]:
        entries.append(f"Car involved: {item.description}, reg {case.written_item(item)}.")
    entries.append(f"Unit assigned: {case.officer.officer}.")
    for n, text in enumerate(entries):
        doc.line(row(doc, case, f"{hour + n:02d}:{rng.randint(0, 59):02d}", operator, text))
    incident_result(doc, case, operator)
    return doc


def caller(case: Case) -> str:
    return "her aunt" if case.outcome_initial == "unknown" else "the overnight carer at her placement"


def incident_result(doc: Doc, case: Case, operator: str) -> None:
    """The closing entry: the crime or referral it led to, or a complaint and nothing after it."""
    if case.crime:
        text = f"Incident {case.incident.value} closed; crimed under {cite(doc, case, case.crime)}."
        doc.fact(case, "tie", row(doc, case, "result", operator, text))
    elif case.referral:
        text = (
            f"Not crimed. Incident {case.incident.value} shared with the council "
            f"under their number {cite(doc, case, case.referral)}."
        )
        doc.fact(case, "tie", row(doc, case, "result", operator, text))
    else:
        doc.line(row(doc, case, "result", operator, "Aunt rang back angry that no officer had attended."))
        doc.line(
            row(
                doc,
                case,
                "result",
                operator,
                "Logged as an expression of dissatisfaction; inspector to call. No more entries.",
            )
        )


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["crime"]
    day = case.reported + timedelta(days=1)
    doc = new_doc(case, "crimes", f"crime_{number:03d}", "crime report", fmt, day)
    {"ormskeld": occurrence_summary, "tarrowfield": crime_report, "hendlecombe": crime_file}[case.force.key](
        doc, case, rng
    )
    return doc


def occurrence_summary(doc: Doc, case: Case, rng: random.Random) -> None:
    """An occurrence summary whose finalisation is a disposal code."""
    doc.line("Ormskeld Police | Crime Recording Form | OFFICIAL-SENSITIVE")
    doc.line(f"Crime ref | {cite(doc, case, case.crime)}")
    doc.line(f"Offence | {case.offence}")
    doc.line(f"Injured party | {case.subject}")
    if case.incident:
        doc.fact(
            case, "tie", f"STORM incident | {cite(doc, case, case.incident)} (crimed as {case.crime.value})"
        )
    if case.referral:
        doc.fact(
            case,
            "tie",
            f"Council CSE number | {cite(doc, case, case.referral)} (linked to {case.crime.value})",
        )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Investigating officer | {case.officer.officer}")
    for line in people_lines(case, rng):
        doc.line(f"Nominals | {line}")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def crime_report(doc: Doc, case: Case, rng: random.Random) -> None:
    """A crime report ending in the reviewing officer's finalisation minute."""
    doc.line(f"TARROWFIELD CONSTABULARY >> INVESTIGATION LOG >> {cite(doc, case, case.crime)}")
    doc.line(f"Crime: {case.offence}. Supervising DS: {case.supervisor.officer}.")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "despatch log"), (case.referral, "council enquiry")):
        if ref:
            doc.fact(
                case,
                "tie",
                f"Linked: {what} {cite(doc, case, ref)} belongs with {case.crime.value}.",
            )
    for line in people_lines(case, rng):
        doc.line(f"Entry: {line}")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def crime_file(doc: Doc, case: Case, rng: random.Random) -> None:
    """A two-page crime file; the crime number heads each page, the victim update log is page 2."""
    doc.line(f"HENDLECOMBE POLICE ¦ CASE MANAGEMENT PRINT {cite(doc, case, case.crime)} ¦ screen 1")
    doc.line(f"Crime type: {case.offence}. Aggrieved: {case.subject}.")
    if case.incident:
        doc.fact(case, "tie", f"Contact {cite(doc, case, case.incident)} generated crime {case.crime.value}.")
    if case.referral:
        doc.fact(
            case, "tie", f"County CSE number for crime {case.crime.value}: {cite(doc, case, case.referral)}."
        )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Allocated to {case.officer.officer}; supervisor {case.supervisor.officer}.")
    for line in people_lines(case, rng):
        doc.line(line)
    doc.new_page()
    doc.line(
        f"HENDLECOMBE POLICE ¦ CASE MANAGEMENT PRINT {cite(doc, case, case.crime, variant(case.crime, 1))} ¦ "
        "screen 2, closure"
    )
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
        lines.append(
            f"{case.subject} describes being brought to {case.written_item(item)} on several nights."
        )
    for item in case.of("vehicle"):
        lines.append(f"Car of interest: {item.description}, registration {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "an unknown male"
        lines.append(
            f"Handset contact {case.written_item(item)} on {case.subject}'s phone; user believed {owner}."
        )
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        lines.append("No suspect so far.")
    return lines


def result_lines(case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """The closing entries of a force's own record: (line, fact or "")."""
    out: list[tuple[str, str]] = []
    if case.witness:
        out.append((f"Witness statement obtained: {case.witness.short}, {case.witness.job}.", ""))
    out.append((f"Council contact: {case.professional.short} ({case.professional.job}).", ""))
    if case.awaiting_cps:
        out.append(("Full file with the CPS awaiting advice.", ""))
        out.append(("No decision received back. The record ends here.", ""))
        return out
    if case.outcome_initial == "unknown":
        out.append((f"Sent to {case.supervisor.officer} to review. The record ends here.", ""))
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
    """The arresting officer's daybook entry."""
    fmt = FORMATS[case.force.key]["notebook"]
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "notebooks", f"daybook_{number:03d}", "notebook", fmt, day)
    doc.line(f"{case.force.police}: daybook of {case.officer.officer}, folio {rng.randint(12, 96)}")
    doc.line(f"{case.when(day)} 05:55. Briefed, then warrant executed for crime "
             f"{cite(doc, case, case.crime, form(case, 'notebook', case.crime))}.")  # fmt: skip
    doc.line(f"Detained {case.suspect_name(person)}, suspected of {case.offence}.")
    doc.line("Caution given. He said: 'She told you lies about me.' Cuffs applied.")
    doc.line("Conveyed to the custody suite; silent throughout.")
    return doc


def interview_note(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """A record of taped interview (ROTI) summary."""
    fmt = FORMATS[case.force.key]["interview"]
    day = case.reported + timedelta(days=rng.randint(5, 30))
    doc = new_doc(case, "interviews", f"roti_{number:03d}", "interview record", fmt, day)
    doc.line(f"{case.force.police}: ROTI summary, taped interview")
    doc.line(f"Interviewee: {case.suspect_name(person)}, {case.when(day)}")
    ref = case.crime or case.incident
    doc.line(f"Case ref: {cite(doc, case, ref, variant(ref, number))}")
    lawyer = case.solicitor.short if case.solicitor else "none requested"
    doc.line(f"Interviewing officer {case.officer.officer}; solicitor present: {lawyer}.")
    doc.line(f"He accepted knowing {case.subject} from the takeaway but said nothing sexual happened.")
    doc.line("Gave no comment once shown the texts. Tape stopped after 52 minutes.")
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    doc = new_doc(case, "statements", f"s9_{number:03d}", "statement", fmt, day)
    doc.line(f"{force.police}. Section nine statement.")
    doc.line("Declaration: I have read this over; it is correct so far as my memory goes,")
    doc.line("and I understand I could face prosecution were any of it shown to be untrue")
    doc.line("once it has been put before a court.")
    if case.crime:
        doc.line(f"Crime no: {cite(doc, case, case.crime, form(case, 'statement', case.crime))}")
    else:
        doc.line(f"Incident no: {cite(doc, case, case.incident)}")
    if person.role == "officer":
        doc.line(f"Made by {person.short}, {person.rank} {person.collar}, police officer.")
        arrest_account(doc, case, rng)
    else:
        doc.line(f"Made by {person.short}, {person.job}, aged over 18.")
        witness_account(doc, case, person)
    taker = case.supervisor if person.role == "officer" else case.officer
    doc.line(f"Signed {person.short} on {case.when(day)}; witnessed by {taker.officer}.")
    return doc


def arrest_account(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = (
        case.written_item(homes[0]) if homes else f"a maisonette behind the bus depot in {case.force.town}"
    )
    when = case.when(min(case.reported + timedelta(days=rng.randint(1, 20)), doc.day))
    doc.line(f"Early on {when} I attended {place} with a search team.")
    doc.line(f"Upstairs was a male, later identified as {case.suspect_name(person)}.")
    doc.line(f"I arrested him for {case.offence}; the caution was given.")
    doc.line("He answered, 'Who has been talking?' He was taken to the custody suite.")


def witness_account(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"My job is {witness.job} in {case.force.town}. Police showed me a picture")
    doc.line(f"of a young girl whom their papers call {case.subject}; I have seen her before.")
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"She was often picked up in a {item.description}; "
            f"I wrote down its plate, {case.written_item(item)}."
        )
    if case.suspects:
        doc.line(f"Driving was somebody I know by sight, {case.suspects[0].short}.")
    else:
        doc.line("I could not describe the men she went off with.")


def intelligence(case: Case, number: int, rng: random.Random) -> Doc:
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "intel", f"intel_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police} intelligence log entry, graded B2 under the 5x5x5 system, handling code 1")
    ref = case.crime or case.incident
    doc.line(f"Linked crime/incident: {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "a man not yet identified"
    for item in case.of("vehicle"):
        doc.line(f"Information received that {who} uses a {item.description}, reg {case.written_item(item)}, "
                 "to ferry girls between towns.")  # fmt: skip
    for item in case.of("phone"):
        doc.line(f"Information received that {who} is reached on {case.written_item(item)}.")
    doc.line(f"Submitted by {case.officer.officer}, {case.when(day)}.")
    return doc


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "council/hub", f"contact_{number:03d}", "referral", fmt, day)
    if fmt == "eml":
        doc.headers = {
            "From": f"CSE Hub <cse.hub@{force.council_domain}>",
            "To": f"Public Protection Unit <ppu@{force.police_domain}>",
            "Subject": f"Hub decision {case.referral.value}",
        }
    doc.line({"ormskeld": "Ormskeld Metropolitan Council | CSE Hub | contact record",
              "tarrowfield": "Tarrowfield City Council >> Children Act enquiry record",
              "hendlecombe": "HENDLECOMBE COUNTY COUNCIL ¦ CSE SCREENING TOOL ¦ "
                           "COMPLETED"}[force.key])  # fmt: skip
    doc.line(f"Council number: {cite(doc, case, case.referral)}")
    doc.line(f"Received: {case.when(day)}")
    doc.line(f"Young person: {case.subject}")
    if case.council_only:
        doc.line(f"Referred by: {case.professional.short}, {case.professional.job}")
        doc.line("Police told: not yet; manager wants an assessment first")
    else:
        doc.line(f"Referred by: {case.officer.officer}, {force.police}")
    if case.crime:
        police = cite(doc, case, case.crime, form(case, "council", case.crime))
        doc.fact(case, "tie", f"Crime number {police} relates to this enquiry, {case.referral.value}.")
    elif case.incident:
        police = cite(doc, case, case.incident, variant(case.incident))
        doc.fact(case, "tie", f"Police incident {police} relates to this enquiry, {case.referral.value}.")
    doc.line(f"Risk: {case.subject} goes missing, has gifts she cannot explain and adult male contacts.")
    doc.line(f"Outcome of screening: high risk; {case.professional.short} ({case.professional.job}) to lead.")
    return doc


def debrief(case: Case, number: int, rng: random.Random) -> Doc:
    """A return home interview by the council's worker."""
    force, worker = case.force, case.professional
    fmt = FORMATS[force.key]["debrief"]
    day = case.reported + timedelta(days=rng.randint(2, 9))
    doc = new_doc(case, "council/rhi", f"rhi_{number:03d}", "return interview", fmt, day)
    doc.line(f"{force.council}: return home interview")
    doc.line(f"Young person {case.subject}; seen by {worker.short} ({worker.job}) on {case.when(day)}")
    doc.line(f"Council number {cite(doc, case, case.referral, variant(case.referral, 1))}")
    for item in case.of("address")[:1]:
        doc.line(f"She mentioned {case.written_item(item)} as a place she goes, nothing more.")
    for item in case.of("phone")[:1]:
        doc.line(f"A number saved under 'Babe' in her phone: {case.written_item(item)}.")
    doc.line("Agreed she would text her worker; another visit arranged.")
    return doc


def panel_minutes(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "council/strategy", f"strategy_{number:03d}", "minutes", fmt, day)
    chair, worker = case.supervisor, case.professional
    doc.line(f"{case.force.council}: CSE strategy meeting held {case.when(day)}, notes")
    doc.line(row(doc, case, "Attendees", f"{chair.short} chairing", f"{worker.short}, {worker.job}")
             + ("" if case.council_only else row(doc, case, "", case.officer.officer)))  # fmt: skip
    doc.line(f"Agenda point 2, {case.subject}. Reference numbers held:")
    names = {"crime": "crime no.", "incident": "incident no.", "referral": "council no."}
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref, 1) if ref.kind == "incident" else ""
            doc.line(row(doc, case, names[ref.kind], cite(doc, case, ref, style)))
    if fmt == "pdf":
        doc.new_page()
    who = "The police" if not case.council_only else "Social care"
    for person in case.suspects:
        doc.line(f"{who} shared: {case.suspect_name(person)} is a person of concern for her.")
    for item in case.of("address"):
        doc.line(f"Address flagged: {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Number flagged: {case.written_item(item)}.")
    doc.line(f"Agreed: {worker.short} visits weekly; meeting reconvenes in six weeks.")
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
        f"No change on {ref} at present."
        if pending
        else f"{ref} is now closed; the family will hear from me."
    )
    if case.referral and case.crime:
        doc.line(f"Your own number for this is {cite(doc, case, case.referral, variant(case.referral, 1))}.")
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
        "To": f"Service Manager <service.manager@{force.council_domain}>",
        "Subject": f"{ref}: was this ever passed on?",
    }
    doc.line(
        f"About {ref}: {case.subject} was missing again on Friday night and her aunt has lodged a complaint."
    )
    doc.line("I cannot find that we ever told the police. Was that a decision?")
    doc.line(worker.short)
    return doc


def family_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=5)
    doc = new_doc(case, "letters", f"family_letter_{number:03d}", "letter", fmt, day)
    doc.line(force.station)
    doc.line(f"Crime number: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("Dear Sir or Madam,")
    doc.line(f"I write about the investigation in which your child is referred to as {case.subject}.")
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    doc.line(f"Yours faithfully, {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = "docx" if case.council_only else FORMATS[force.key]["complaint"]
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"grievance_{number:03d}", "complaint", fmt, day)
    ref = case.crime or case.incident or case.referral
    if fmt == "eml":
        doc.headers = {
            "From": f"An aunt <aunt{number}@example.invalid>",
            "To": f"Complaints <complaints@{force.police_domain}>",
            "Subject": "Complaint: how my niece has been treated",
        }
    else:
        doc.line("To " + (f"the Complaints Officer, {force.council}" if case.council_only
                          else f"the Chief Constable, {force.police}"))  # fmt: skip
        doc.line(case.when(day))
    doc.line(f"The number I was given: {cite(doc, case, ref)}")
    doc.line(f"I am complaining about how my niece, {case.subject} in your files, has been dealt with.")
    doc.line("I told you older men were collecting her in cars. No one came back to me.")
    doc.line("Which officer has her case, and why have I heard nothing?")
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
