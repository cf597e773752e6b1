"""The documents of each case of the seventh set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: a control room's call record (an XML export in
one force, a UTF-16 text print in another, an OpenDocument spreadsheet in the third), crime
records (a migrated legacy record in Windows-1252 text, an occurrence enquiry log as a DOCX table,
a two-page crime summary PDF with a running footer), one council's chronology (the only place its
force's outcomes are written), statements (PDF, DOCX, UTF-8 text), pocket-notebook and
intelligence entries, council referrals (a spreadsheet form, an XML export, a DOCX table),
strategy-meeting slides (PPTX), minutes, e-mails (a quoted reply chain, a text-and-HTML message, a
message with a signature and disclaimer), letters to the family and complaints (one force's by
e-mail). A line with " | " between its cells is a row where the format has rows.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval7.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval7.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a reference each kind of document prints, per force ("" = the usual form).
FORM = {
    "dyfnant": {"council": "spaced", "statement": "dashed", "footer": "nozero", "email": "nozero"},
    "vennmouth": {"council": "glued", "statement": "spaced", "footer": "spaced", "email": "glued"},
    "polventon": {"council": "nozero", "statement": "dashed", "footer": "dashed", "email": "nozero"},
}
# The force whose outcomes are written only in its council's chronology (and some letters).
CHRONOLOGY_FORCE = "polventon"
FORMATS = {  # the format of each kind of document, per force
    "dyfnant": {"incident": "xml", "crime": "txt", "statement": "pdf", "referral": "ods",
                "minutes": "pptx", "letter": "docx", "review": "pptx", "complaint": "docx"},
    "vennmouth": {"incident": "txt", "crime": "docx", "statement": "docx", "referral": "xml",
                  "minutes": "pdf", "letter": "pdf", "review": "docx", "complaint": "eml"},
    "polventon": {"incident": "ods", "crime": "pdf", "statement": "txt", "referral": "docx",
                  "minutes": "docx", "letter": "pdf", "review": "ods", "complaint": "pdf"},
}  # fmt: skip
# The text encoding of a force's plain-text files (the writer reads it from here).
ENCODING = {"dyfnant": "cp1252", "vennmouth": "utf-16", "polventon": "utf-8-sig"}


def form(case: Case, where: str, ref: Ref) -> str:
    """The style a kind of document uses, when the reference has that form (else the usual one)."""
    style = FORM[case.force.key][where]
    return style if style in dict(ref.variants) else ""


def variant(ref: Ref, position: int = 0) -> str:
    """The style of one of a reference's other written forms (none: the usual form)."""
    return ref.variants[position % len(ref.variants)][0] if ref.variants else ""


def new_doc(case: Case, folder: str, stem: str, kind: str, fmt: str, day: date) -> Doc:
    return Doc(f"{case.force.key}/{folder}/{stem}.{fmt}", fmt, kind, day)


def incident_log(case: Case, number: int, rng: random.Random) -> Doc:
    """The control room's record of the first call, one row an entry."""
    force = case.force
    fmt = FORMATS[force.key]["incident"]
    doc = new_doc(case, "calls", f"call_{number:03d}", "incident log", fmt, case.reported)
    hour, operator = rng.randint(0, 21), f"OP{rng.randint(10, 99)}"
    doc.line(
        {
            "dyfnant": "Heddlu Dyfnant Police | Ystafell Reoli / Control Room | call record",
            "vennmouth": "VENNMOUTH CONSTABULARY  ::  CALL RECORD PRINT  ::  NOT FOR DISCLOSURE",
            "polventon": "Polventon Police | Force Contact Centre | call record",
        }[force.key]
    )
    doc.line(f"Call ref | {cite(doc, case, case.incident)}")
    doc.fact(case, "reported", reported_sentence(case))
    rows = [
        f"{hour:02d}:{rng.randint(0, 19):02d} | {operator} | Caller ({caller(case)}) says {case.subject} "
        "has not come home and was last seen at the bus shelter with two adult males.",
        f"{hour:02d}:{rng.randint(20, 39):02d} | {operator} | {case.subject} now located; appears "
        "intoxicated, has new trainers and a top-up card she cannot explain.",
    ]
    for item in case.of("vehicle")[:1]:
        rows.append(
            f"{hour:02d}:45 | {operator} | Males left in a {item.description}, index "
            f"{case.written_item(item)}."
        )
    rows.append(f"{hour:02d}:58 | {operator} | Attending: {case.officer.officer}.")
    for row in rows:
        doc.line(row if fmt != "txt" else row.replace(" | ", "  ::  "))
    incident_result(doc, case, hour, operator)
    return doc


def caller(case: Case) -> str:
    return "her older sister" if case.outcome_initial == "unknown" else "duty manager of her children's home"


def incident_result(doc: Doc, case: Case, hour: int, operator: str) -> None:
    """The last row: the crime or referral it led to, or a complaint and nothing after it."""
    sep = "  ::  " if doc.fmt == "txt" else " | "
    when = f"{hour + 2:02d}:10{sep}{operator}{sep}"
    if case.crime:
        doc.fact(
            case,
            "tie",
            f"{when}Crimed as {cite(doc, case, case.crime)}; call {case.incident.value} resulted to it.",
        )
    elif case.referral:
        doc.fact(
            case,
            "tie",
            f"{when}Not crimed. Referred on to the council, who opened "
            f"{cite(doc, case, case.referral)} for call {case.incident.value}.",
        )
    else:
        doc.line(f"{when}Sister rang again: nobody has been out to see her and she wants to complain.")
        doc.line(f"{hour + 2:02d}:25{sep}{operator}{sep}Complaint passed to the duty sergeant. Record ends.")


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["crime"]
    doc = new_doc(
        case, "crime", f"crime_{number:03d}", "crime report", fmt, case.reported + timedelta(days=2)
    )
    {"dyfnant": legacy_record, "vennmouth": enquiry_log, "polventon": crime_summary}[case.force.key](
        doc, case, rng
    )
    return doc


def legacy_record(doc: Doc, case: Case, rng: random.Random) -> None:
    """A record migrated from the old crime system: fixed labels in capitals, one per line."""
    doc.line("MIGRATED RECORD - LEGACY CRIME SYSTEM - HEDDLU DYFNANT POLICE")
    doc.line(f"CRIME NO {cite(doc, case, case.crime)}")
    doc.line(f"CLASSIFICATION {case.offence.upper()}")
    doc.line(f"AGGRIEVED {case.subject} (true identity on the sealed index)")
    if case.incident:
        doc.fact(case, "tie", f"SOURCE CALL {cite(doc, case, case.incident)} - crimed as {case.crime.value}")
    if case.referral:
        doc.fact(
            case,
            "tie",
            f"PARTNER REF {cite(doc, case, case.referral)} (council contact for {case.crime.value})",
        )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"OFFICER IN CASE {case.officer.officer}")
    doc.line(
        f"MO {case.subject} approached near the precinct in {case.force.town}, given cider and cigarettes, "
        "driven to a house."
    )
    suspect_lines(doc, case, rng)
    update_lines(doc, case, rng)


def enquiry_log(doc: Doc, case: Case, rng: random.Random) -> None:
    """An occurrence enquiry log: a table of dated entries, each with its author."""
    doc.line("Vennmouth Constabulary - Occurrence Enquiry Log")
    doc.line(f"Occurrence {cite(doc, case, case.crime)} - {case.offence} - injured party {case.subject}")
    officer, boss = case.officer.officer, case.supervisor.officer
    start = case.reported
    doc.fact(case, "reported", f"{case.when(start)} | {officer} | {reported_sentence(case)}")
    if case.incident:
        doc.fact(
            case,
            "tie",
            f"{case.when(start)} | {officer} | Linked call {cite(doc, case, case.incident)} to this "
            f"occurrence ({case.crime.value}).",
        )
    if case.referral:
        doc.fact(
            case,
            "tie",
            f"{case.when(start)} | {officer} | City Council reference {cite(doc, case, case.referral)} "
            f"added to occurrence {case.crime.value}.",
        )
    for line in people_lines(case, rng):
        doc.line(f"{case.when(start + timedelta(days=rng.randint(1, 9)))} | {officer} | {line}")
    for line, fact in result_lines(case, rng):
        when = case.closed or start + timedelta(days=60)
        entry = f"{case.when(when)} | {boss} | {line}"
        if fact:
            doc.fact(case, fact, entry)
        else:
            doc.line(entry)


def crime_summary(doc: Doc, case: Case, rng: random.Random) -> None:
    """A two-page crime summary with a running footer; the result is left to the partner agencies."""
    doc.line("POLVENTON POLICE - CRIME SUMMARY")
    doc.line(f"Crime reference: {cite(doc, case, case.crime)}")
    doc.line(f"Offence: {case.offence}. Injured party: {case.subject}.")
    if case.incident:
        doc.fact(
            case, "tie", f"Call {cite(doc, case, case.incident)} was recorded as crime {case.crime.value}."
        )
    if case.referral:
        doc.fact(
            case,
            "tie",
            f"Council reference for crime {case.crime.value}: {cite(doc, case, case.referral)}.",
        )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Investigator: {case.officer.officer}. Supervisor: {case.supervisor.officer}.")
    doc.line(f"Footer: {cite(doc, case, case.crime, form(case, 'footer', case.crime))} - page 1 of 2")
    doc.new_page()
    for item in case.of("vehicle"):
        doc.line(f"Vehicle: {item.description}, index {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Telephone: {case.written_item(item)} (attributed to a suspect).")
    doc.line("Persons of interest: held on the custody system; not reproduced here.")
    if case.awaiting_cps:
        doc.line(
            f"{case.when(case.reported + timedelta(days=70))}: papers "
            "handed to a Crown Prosecutor, asking whether to charge."
        )
        doc.line("No reply is recorded.")
    elif case.outcome_initial == "unknown":
        doc.line("Result: nothing recorded.")
    else:
        doc.line("Result: notified to partner agencies by letter.")
    doc.line(f"Footer: {cite(doc, case, case.crime, form(case, 'footer', case.crime))} - page 2 of 2")


def people_lines(case: Case, rng: random.Random) -> list[str]:
    """The suspects, their homes, vehicles and phones and anyone eliminated, in the force's words."""
    lines, homes = [], case.of("address")
    for position, person in enumerate(case.suspects):
        lines.append(suspect_sentence(case, person, rng))
        if position < len(homes):
            lines.append(f"Address for {case.suspect_name(person)}: {case.written_item(homes[position])}.")
    for item in homes[len(case.suspects) :]:
        lines.append(f"{case.subject} says she stayed the night at {case.written_item(item)}.")
    for item in case.of("vehicle"):
        lines.append(f"Vehicle linked: {item.description}, index {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "an unidentified male"
        lines.append(f"Messages to {case.subject} were sent from {case.written_item(item)}, used by {owner}.")
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        lines.append("No suspect identified.")
    return lines


def suspect_lines(doc: Doc, case: Case, rng: random.Random) -> None:
    for line in people_lines(case, rng):
        doc.line(line)


def result_lines(case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """The closing entries of a force's own record: (line, fact or "")."""
    out: list[tuple[str, str]] = []
    if case.witness:
        out.append((f"Account taken from {case.witness.short} ({case.witness.job}).", ""))
    out.append((f"Joint visit planned with {case.professional.short}, {case.professional.job}.", ""))
    if case.awaiting_cps:
        out.append(("Full file lodged with the CPS, asking whether to charge.", ""))
        out.append(("Awaiting the CPS. No later entry.", ""))
        return out
    if case.outcome_initial == "unknown":
        out.append((f"Passed to {case.supervisor.officer} to decide. No later entry.", ""))
        return out
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    initial = "outcome" if not case.reopened else "outcome_initial"
    out.append((outcome_sentence(case, case.outcome_initial, when), initial))
    if case.closed:
        out.append((closed_sentence(case, case.closed), "closed" if not case.reopened else "closed_initial"))
    return out


def update_lines(doc: Doc, case: Case, rng: random.Random) -> None:
    for line, fact in result_lines(case, rng):
        if fact:
            doc.fact(case, fact, line)
        else:
            doc.line(line)


def chronology(case: Case, number: int, rng: random.Random) -> Doc:
    """One council's chronology of a child: the only place its force's outcomes are written."""
    force = case.force
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    day = (case.final_date or when) if case.reopened else when
    doc = new_doc(case, "council/chronologies", f"chronology_{number:03d}", "chronology", "docx", day)
    doc.line(f"{force.council} - Children's Services - chronology of significant events")
    doc.line(
        f"Child: {case.subject}. Police crime reference "
        f"{cite(doc, case, case.crime, variant(case.crime, number))}"
    )
    doc.line("Date | Source | Event")
    doc.fact(case, "reported", f"{case.reported:%d/%m/%Y} | Police | {reported_sentence(case)}")
    lines, homes = [], case.of("address")
    for position, person in enumerate(case.suspects):
        lines.append(suspect_sentence(case, person, rng))
        if position < len(homes):
            lines.append(f"Police gave his address as {case.written_item(homes[position])}.")
    for item in homes[len(case.suspects) :]:
        lines.append(f"Police said {case.subject} had been taken to {case.written_item(item)}.")
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    for line in lines:
        doc.line(f"{case.reported + timedelta(days=rng.randint(3, 30)):%d/%m/%Y} | Police | {line}")
    if case.outcome_initial == "unknown":
        doc.line(f"{when:%d/%m/%Y} | Council | We have asked the police for the result; no answer so far.")
        return doc
    initial = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(
        case, initial, f"{when:%d/%m/%Y} | Police | " + outcome_sentence(case, case.outcome_initial, when)
    )
    if case.closed:
        fact = "closed" if not case.reopened else "closed_initial"
        doc.fact(case, fact, f"{case.closed:%d/%m/%Y} | Police | {closed_sentence(case, case.closed)}")
    if case.reopened:
        doc.line(f"{case.reopened:%d/%m/%Y} | Police | Historic review team reopened the case.")
        final = outcome_sentence(case, case.outcome_final, case.final_date)
        doc.fact(case, "outcome", f"{case.final_date:%d/%m/%Y} | Police | {final}")
        if case.outcome_final in CLOSED_OUTCOMES:
            doc.fact(
                case,
                "closed",
                f"{case.final_date:%d/%m/%Y} | Police | {closed_sentence(case, case.final_date)}",
            )
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """A witness statement with the declaration at its head, as these forces print it."""
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    doc = new_doc(case, "statements", f"witness_{number:03d}", "statement", fmt, day)
    doc.line(f"{force.police} - Witness Statement (Criminal Procedure Rules, r. 16.2)")
    doc.line("Declaration of truth: these are my words. I accept that a court may rely on them, and that I")
    doc.line("could be prosecuted were I to put in here, on purpose, something I know or suspect is untrue.")
    if case.crime:
        doc.line(f"Crime: {cite(doc, case, case.crime, form(case, 'statement', case.crime))}")
    else:
        doc.line(f"Call: {cite(doc, case, case.incident)}")
    if person.role == "officer":
        doc.line(
            f"Maker: {person.short}, {person.rank}, collar number "
            f"{person.collar}. Occupation: police officer."
        )
        arrest_narrative(doc, case, rng)
    else:
        doc.line(f"Maker: {person.short}. Occupation: {person.job}.")
        witness_narrative(doc, case, person)
    doc.line(f"Signature: {person.short}. Dated: {case.when(day)}. Taken by: {case.officer.officer}.")
    return doc


def arrest_narrative(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"a house in {case.force.town}"
    when = case.when(case.reported + timedelta(days=rng.randint(1, 20)))
    doc.line(f"Shortly after six in the morning on {when}, with a search team, I attended {place}.")
    doc.line(
        f"I arrested {case.suspect_name(person)} there for {case.offence} and gave him the usual caution."
    )
    doc.line("He said: 'She swore blind she was eighteen, on my mother's life.'")
    doc.line(
        f"I conveyed him to {case.force.station.split(',')[0]}, where the custody sergeant booked him in."
    )


def witness_narrative(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(
        f"I work shifts as a {witness.job} in {case.force.town}; the "
        f"girl the file calls {case.subject} is a regular face to me."
    )
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"On several occasions she climbed into a {item.description}; "
            f"I jotted its index: {case.written_item(item)}."
        )
    if case.suspects:
        doc.line(f"Its driver goes by {case.suspects[0].short} to me; he parks up out front most evenings.")
    else:
        doc.line("None of the men with her were familiar to me.")


def pocket_notebook(case: Case, number: int, rng: random.Random) -> Doc:
    """An officer's pocket-notebook entry for an arrest, as transcribed (often scanned)."""
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "notebooks", f"pocketbook_{number:03d}", "notebook", "txt", day)
    doc.line(f"Pocket notebook - {case.officer.officer} - {case.when(day)}")
    ref = case.crime or case.incident
    doc.line(f"Ref. {cite(doc, case, ref, variant(ref, number + 1))}")
    doc.line(f"06.05 Arr. {case.suspect_name(person)} for {case.offence}. Cautioned. Reply: none.")
    doc.line(f"06.50 At {case.force.station.split(',')[0]}. Custody informed.")
    return doc


def intelligence_log(case: Case, number: int, rng: random.Random) -> Doc:
    """An intelligence entry tying a vehicle or phone to the case's suspect."""
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "intelligence", f"intel_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police} - intelligence submission - graded B2, handling code 1")
    ref = case.crime or case.incident
    doc.line(f"Linked to {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "an unidentified male"
    for item in case.of("vehicle"):
        doc.line(
            f"Source reports that {who} drives a {item.description}, "
            f"index {case.written_item(item)}, and collects girls in it."
        )
    for item in case.of("phone"):
        doc.line(f"Source reports that {who} texts girls from {case.written_item(item)}.")
    doc.line(f"Submitted {case.when(day)} by {case.officer.officer}.")
    return doc


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "council/contacts", f"contact_{number:03d}", "referral", fmt, day)
    doc.line(f"{force.council} | Children's Services front door | contact record")
    doc.line(f"Contact reference | {cite(doc, case, case.referral)}")
    doc.line(f"Date of contact | {case.when(day)}")
    doc.line(f"Child | {case.subject}")
    if case.council_only:
        doc.line(f"Contact made by | {case.professional.short}, {case.professional.job}")
        doc.line("Police told | no, not yet")
    else:
        doc.line(f"Contact made by | {case.officer.officer}, {force.police}")
    if case.crime:
        police = cite(doc, case, case.crime, form(case, "council", case.crime))
        doc.fact(case, "tie", f"Police reference | {police} (police crime for contact {case.referral.value})")
    elif case.incident:
        police = cite(doc, case, case.incident, variant(case.incident))
        doc.fact(case, "tie", f"Police reference | {police} (police call for contact {case.referral.value})")
    doc.line(f"Presenting concern | {case.subject} missing overnight, returning with money and a new phone")
    doc.line(f"Decision | child and family assessment, {case.professional.short} ({case.professional.job})")
    return doc


def strategy_minutes(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "council/strategy", f"strategy_{number:03d}", "minutes", fmt, day)
    doc.line(f"Section 47 strategy discussion - {force.council}")
    doc.line(f"Held {case.when(day)} about {case.subject}")
    present = f"{case.professional.short} ({case.professional.job})"
    doc.line("Present: " + present + ("" if case.council_only else f"; {case.officer.officer}"))
    chair = f"{case.supervisor.short}, service manager" if case.council_only else case.supervisor.officer
    doc.line(f"Chaired by {chair}")
    names = {"crime": "Police crime", "incident": "Police call", "referral": "Council contact"}
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref, 1) if ref.kind == "incident" else ""
            doc.line(f"{names[ref.kind]}: {cite(doc, case, ref, style)}")
    if fmt in ("pdf", "pptx"):
        doc.new_page()
    doc.line("What we know")
    for person in case.suspects:
        doc.line(f"{case.suspect_name(person)} is believed to give {case.subject} lifts late at night.")
    for item in case.of("address"):
        doc.line(f"{case.subject} has been picked up from {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"A number saved in her phone: {case.written_item(item)}.")
    if fmt == "pptx":
        doc.new_page()
    doc.line("Actions")
    doc.line(f"{case.professional.short} to see {case.subject} within five working days")
    doc.line("Next discussion in one month")
    return doc


def police_mail(case: Case, number: int, rng: random.Random) -> Doc:
    """An officer's e-mail with the council worker, in the force's own layout."""
    force, worker, officer = case.force, case.professional, case.officer
    day = (case.closed or case.reported + timedelta(days=45)) + timedelta(days=rng.randint(1, 7))
    doc = new_doc(case, "mail", f"mail_{number:03d}", "e-mail", "eml", day)
    if case.crime:
        ref = cite(doc, case, case.crime, form(case, "email", case.crime))
    else:
        other = case.incident or case.referral
        ref = cite(doc, case, other, variant(other))
    worker_mail = f"{worker.forename.lower()}{worker.surname[0].lower()}@{force.council_domain}"
    officer_mail = f"{officer.surname.lower()}{officer.collar}@{force.police_domain}"
    pending = case.outcome_initial in ("unknown", "open") or case.reopened or case.awaiting_cps
    news = f"Nothing further to report on {ref} yet." if pending else f"{ref} is now finalised on our side."
    doc.headers = {"From": f"{officer.short} <{officer_mail}>", "To": f"{worker.short} <{worker_mail}>"}
    council_ref = (
        cite(doc, case, case.referral, variant(case.referral, 1)) if case.referral and case.crime else ""
    )
    if force.key == "dyfnant":  # a reply above the quoted message
        doc.headers["Subject"] = f"RE: {case.subject} / {ref}"
        doc.line(f"Hi {worker.forename} - {news}")
        doc.line(f"{officer.officer}")
        doc.line("")
        doc.line(f"On {case.when(day - timedelta(days=1))}, {worker.short} wrote:")
        doc.line(f"> Any update on {case.subject}? Our contact is {council_ref or 'not yet open'}.")
        doc.line("> Thanks")
        return doc
    doc.headers["Subject"] = f"{ref} - update"
    doc.line(f"{worker.forename},")
    doc.line(news)
    if council_ref:
        doc.line(f"Your reference for this one: {council_ref}.")
    doc.line(f"{officer.officer}")
    if force.key == "polventon":
        doc.line("--")
        doc.line("This e-mail and any attachments are confidential and meant for the addressee alone.")
    return doc


def council_email(case: Case, number: int, rng: random.Random) -> Doc:
    """Between two council workers, about a case the police never heard of."""
    force, worker = case.force, case.professional
    day = case.reported + timedelta(days=rng.randint(20, 50))
    doc = new_doc(case, "mail", f"mail_{number:03d}", "e-mail", "eml", day)
    ref = cite(doc, case, case.referral, variant(case.referral))
    doc.headers = {
        "From": (
            f"{worker.short} <{worker.forename.lower()}{worker.surname[0].lower()}@{force.council_domain}>"
        ),
        "To": f"MASH Duty <mash.duty@{force.council_domain}>",
        "Subject": f"Contact {ref}",
    }
    doc.line(
        f"Re contact {ref}: {case.subject} is still going missing, and her sister has made a complaint to us."
    )
    doc.line("Has anyone passed this to the police? I cannot see that they know.")
    doc.line(worker.short)
    return doc


def family_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=8)
    doc = new_doc(case, "letters", f"letter_{number:03d}", "letter", fmt, day)
    doc.line(f"{force.police}")
    doc.line(force.station)
    doc.line(f"Our ref: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("To the parent or guardian,")
    doc.line(
        "I am writing to you about the investigation involving "
        f"your daughter, whom we refer to as {case.subject}."
    )
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    doc.line(f"Ring me with anything you need to ask. {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    """A complaint about how the report was handled, to the force or the council (one force's by e-mail)."""
    force = case.force
    fmt = "docx" if case.council_only else FORMATS[force.key]["complaint"]
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"complaint_{number:03d}", "complaint", fmt, day)
    to = (
        f"Customer Feedback Team, {force.council}"
        if case.council_only
        else f"Professional Standards, {force.police}"
    )
    ref = case.crime or case.incident or case.referral
    if fmt == "eml":
        doc.headers = {
            "From": f"{case.subject}'s sister <sister.{number}@webmail.invalid>",
            "To": f"Professional Standards <psd@{force.police_domain}>",
            "Subject": "Complaint",
        }
    else:
        doc.line(to)
        doc.line(case.when(day))
    doc.line(f"Reference: {cite(doc, case, ref)}")
    doc.line(f"I am {case.subject}'s older sister and this is a formal complaint.")
    doc.line("I told you what those men were doing to her and nobody has ever come back to me.")
    doc.line("Who is handling this, and why has nothing been done? I want an answer.")
    return doc


def case_documents(case: Case, counter: dict[str, int], rng: random.Random) -> list[Doc]:
    """The files one case leaves behind; which ones depends on its references and people."""

    def number(kind: str) -> int:
        counter[kind] += 1
        return counter[kind]

    out: list[Doc] = []
    arrested = case.crime and any(p.evidence in ("arrested", "charged") for p in case.suspects)
    chronicled = case.force.key == CHRONOLOGY_FORCE
    if case.incident:
        out.append(incident_log(case, number("incident"), rng))
    if case.crime:
        out.append(crime_record(case, number("crime"), rng))
    if case.crime and chronicled and not case.awaiting_cps:
        out.append(chronology(case, number("chronology"), rng))
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
    letters = not chronicled or rng.random() < 0.5
    if letters and case.crime and case.outcome_initial in CLOSED_OUTCOMES and rng.random() < 0.6:
        out.append(family_letter(case, number("letter")))
    if rng.random() < 0.5 or (case.referral and not case.crime):
        out.append(strategy_minutes(case, number("minutes"), rng))
    if case.outcome_final == "unknown" or case.key.endswith("08"):
        out.append(complaint(case, number("complaint"), rng))
    return out
