"""The documents of each case of the tenth set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: a command-and-control print (text), a message
pad (a DOCX table) or a contact centre record (PDF); crime records (a DOCX closure form with Home
Office outcome numbers, a text investigation log with supervisor's reviews, a two-page PDF with
the result as notified to the council); custody record extracts; interview summaries (ROTI);
statements; intelligence (a 5x5x5 form); council referrals (a DOCX, an e-mail, a PDF);
return-home interviews after a missing episode; strategy meetings; e-mails; letters to families;
complaints. A line with " | " between its cells is a table row in the DOCX files.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval10.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval10.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a reference each kind of document prints, per force ("" = the usual form).
FORM = {
    "ockleton": {"council": "long", "statement": "spaced", "custody": "long", "email": "spaced"},
    "wraysholme": {"council": "dashed", "statement": "split", "custody": "dashed", "email": "split"},
    "fennick": {"council": "short", "statement": "spaced", "custody": "short", "email": "short"},
}
FORMATS = {  # the format of each kind of document, per force
    "ockleton": {"incident": "txt", "crime": "docx", "statement": "pdf", "referral": "docx",
                 "minutes": "pdf", "letter": "docx", "review": "pdf", "complaint": "txt", "custody": "docx",
                 "interview": "pdf", "return": "docx"},
    "wraysholme": {"incident": "docx", "crime": "txt", "statement": "txt", "referral": "eml",
                   "minutes": "docx", "letter": "pdf", "review": "txt", "complaint": "eml", "custody": "txt",
                   "interview": "docx", "return": "pdf"},
    "fennick": {"incident": "pdf", "crime": "pdf", "statement": "docx", "referral": "pdf",
                "minutes": "txt", "letter": "docx", "review": "docx", "complaint": "pdf", "custody": "pdf",
                "interview": "txt", "return": "txt"},
}  # fmt: skip
TEXT_CELL = {"ockleton": " » ", "wraysholme": " + ", "fennick": " // "}


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
    doc = new_doc(case, "control", f"cad_{number:03d}", "incident log", fmt, case.reported)
    handler = f"CH{rng.randint(100, 899)}"
    doc.line(
        {
            "ockleton": "OCKLETON POLICE » COMMAND AND CONTROL » INCIDENT PRINT",
            "wraysholme": "Wraysholme Constabulary | Message pad | Force Communications",
            "fennick": "Fennick Bay Police // Public Contact Centre // record of contact",
        }[force.key]
    )
    doc.line(row(doc, case, "Incident", cite(doc, case, case.incident)))
    opened = {"ockleton": "Opened {d}", "wraysholme": "Message received {d}", "fennick": "Contact made {d}"}
    doc.fact(case, "reported", opened[force.key].format(d=case.when(case.reported)))
    hour = rng.randint(17, 20)
    entries = [
        f"Informant ({informant(case)}) says {case.subject} has gone missing again, last seen climbing "
        "into a hatchback by the launderette.",
        f"{case.subject} back at 03:40, drunk, with cash and a handset no one can account for.",
    ]
    for item in case.of("vehicle")[:1]:
        entries.append(f"Car described as a {item.description}, registration {case.written_item(item)}.")
    entries.append(f"Resource allocated: {case.officer.officer}.")
    for n, text in enumerate(entries):
        doc.line(row(doc, case, f"{hour + n:02d}:{rng.randint(0, 59):02d}", handler, text))
    incident_result(doc, case, handler)
    return doc


def informant(case: Case) -> str:
    return "her aunt" if case.outcome_initial == "unknown" else "the night manager of her care home"


def incident_result(doc: Doc, case: Case, handler: str) -> None:
    """The closing entry: the crime or referral it led to, or a complaint and nothing after it."""
    if case.crime:
        text = (
            f"Crime {cite(doc, case, case.crime)} raised from incident {case.incident.value}; "
            "incident closed."
        )
        doc.fact(case, "tie", row(doc, case, "closing", handler, text))
    elif case.referral:
        text = (
            f"Not crimed. Incident {case.incident.value} forwarded to the council's children's team, "
            f"who numbered it {cite(doc, case, case.referral)}."
        )
        doc.fact(case, "tie", row(doc, case, "closing", handler, text))
    else:
        doc.line(
            row(doc, case, "closing", handler, "Aunt rang back angry: no officer has visited in a week.")
        )
        doc.line(
            row(
                doc,
                case,
                "closing",
                handler,
                "Logged as a complaint for the duty inspector. Nothing further.",
            )
        )


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["crime"]
    day = case.reported + timedelta(days=1)
    doc = new_doc(case, "crime", f"crime_{number:03d}", "crime report", fmt, day)
    {"ockleton": closure_form, "wraysholme": investigation_log, "fennick": notified_record}[case.force.key](
        doc, case, rng
    )
    return doc


def closure_form(doc: Doc, case: Case, rng: random.Random) -> None:
    """A crime record with its closure section: the Home Office outcome number and what it means."""
    doc.line("Ockleton Police | Crime Record and Closure Form | OFFICIAL-SENSITIVE")
    doc.line(f"Crime reference | {cite(doc, case, case.crime)}")
    doc.line(f"Crime type | {case.offence}")
    doc.line(f"Injured party | {case.subject}")
    if case.incident:
        doc.fact(
            case, "tie", f"Linked incident | {cite(doc, case, case.incident)} (raised as {case.crime.value})"
        )
    if case.referral:
        doc.fact(
            case, "tie", f"Social care number | {cite(doc, case, case.referral)} (for {case.crime.value})"
        )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Investigating officer | {case.officer.officer}")
    for line in people_lines(case, rng):
        doc.line(f"Nominals | {line}")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def investigation_log(doc: Doc, case: Case, rng: random.Random) -> None:
    """An investigation log, one dated entry a line, ending in a supervisor's review."""
    doc.line(f"WRAYSHOLME CONSTABULARY + INVESTIGATION LOG + crime {cite(doc, case, case.crime)}")
    doc.line(f"Offence: {case.offence}. Supervisor: {case.supervisor.officer}.")
    doc.fact(case, "reported", reported_sentence(case))
    for ref, what in ((case.incident, "message"), (case.referral, "exploitation meeting number")):
        if ref:
            doc.fact(
                case, "tie", f"Entry: {what} {cite(doc, case, ref)} belongs to crime {case.crime.value}."
            )
    for line in people_lines(case, rng):
        doc.line(f"Entry: {line}")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def notified_record(doc: Doc, case: Case, rng: random.Random) -> None:
    """A two-page crime record whose result is the one notified to the council; the crime number
    heads each page."""
    doc.line(f"FENNICK BAY POLICE // CRIME {cite(doc, case, case.crime)} // sheet 1")
    doc.line(f"Offence: {case.offence}. Child concerned: {case.subject}.")
    if case.incident:
        doc.fact(
            case, "tie", f"Raised from contact {cite(doc, case, case.incident)} as crime {case.crime.value}."
        )
    if case.referral:
        doc.fact(
            case,
            "tie",
            f"Council person number for crime {case.crime.value}: {cite(doc, case, case.referral)}.",
        )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Officer: {case.officer.officer}; reviewed by {case.supervisor.officer}.")
    doc.new_page()
    doc.line(f"FENNICK BAY POLICE // CRIME {cite(doc, case, case.crime, variant(case.crime, 1))} // sheet 2")
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
            lines.append(f"Address for {case.suspect_name(person)}: {case.written_item(homes[position])}.")
    for item in homes[len(case.suspects) :]:
        lines.append(f"{case.subject} was taken to {case.written_item(item)} overnight.")
    for item in case.of("vehicle"):
        lines.append(f"Car of interest: {item.description}, registration {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "a man not yet known"
        lines.append(
            f"Handset {case.written_item(item)} texted {case.subject} dozens of times; user {owner}."
        )
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        lines.append("Nobody identified as a suspect.")
    return lines


def result_lines(case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """The closing entries of a force's own record: (line, fact or "")."""
    out: list[tuple[str, str]] = []
    if case.witness:
        out.append((f"Statement obtained from {case.witness.short}, {case.witness.job}.", ""))
    out.append((f"Safeguarding lead: {case.professional.short} ({case.professional.job}).", ""))
    if case.awaiting_cps:
        out.append(("Full file sent to CPS; charging advice sought.", ""))
        out.append(("No charging decision on the file. Entries end here.", ""))
        return out
    if case.outcome_initial == "unknown":
        out.append((f"Handed to {case.supervisor.officer} for a decision. Entries end here.", ""))
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


def custody_record(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["custody"]
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "custody", f"detention_{number:03d}", "custody record", fmt, day)
    doc.line(f"{case.force.police}: detention log, {case.force.station.split(',')[1].strip()}")
    doc.line(f"Prisoner: {case.suspect_name(person)}")
    ref = case.crime
    doc.line(f"Grounds: {case.offence}; crime {cite(doc, case, ref, form(case, 'custody', ref))}")
    doc.line(f"Brought in by {case.officer.officer} on {case.when(day)} at 05:20.")
    doc.line("Custody officer authorised detention to secure evidence by questioning.")
    doc.line("Prisoner asked for a solicitor and for his brother to be told. Property bagged and sealed.")
    return doc


def interview_record(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """A record of a suspect's interview under caution, in summary."""
    fmt = FORMATS[case.force.key]["interview"]
    day = case.reported + timedelta(days=rng.randint(5, 30))
    doc = new_doc(case, "interviews", f"summary_{number:03d}", "interview record", fmt, day)
    doc.line(f"{case.force.police}: summary of interview under caution")
    doc.line(f"Interviewee: {case.suspect_name(person)}; date {case.when(day)}")
    ref = case.crime or case.incident
    doc.line(f"Crime: {cite(doc, case, ref, variant(ref, number))}")
    lawyer = case.solicitor.short if case.solicitor else "declined"
    doc.line(f"Interviewing officer {case.officer.officer}; solicitor {lawyer}.")
    doc.line(f"He accepted knowing {case.subject} but said he thought she was eighteen.")
    doc.line("He would not say why he had bought her a phone. Prepared statement read out by the solicitor.")
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    doc = new_doc(case, "statements", f"witness_{number:03d}", "statement", fmt, day)
    doc.line(f"{force.police}. Witness statement under section 9, Criminal Justice Act 1967.")
    doc.line("Each page here bears my signature and, so far as I know, what it says is correct; I make")
    doc.line("it knowing that, were it tendered in evidence, I could be prosecuted for wilfully stating")
    doc.line("in it anything I knew to be a lie or doubted myself.")
    if case.crime:
        doc.line(f"Crime number: {cite(doc, case, case.crime, form(case, 'statement', case.crime))}")
    else:
        doc.line(f"Incident: {cite(doc, case, case.incident)}")
    if person.role == "officer":
        doc.line(
            f"Name: {person.short}. Occupation: police officer ({person.rank}, warrant {person.collar})."
        )
        arrest_narrative(doc, case, rng)
    else:
        doc.line(f"Name: {person.short}. Occupation: {person.job}.")
        witness_narrative(doc, case, person)
    doc.line(f"Signed {person.short}, {case.when(day)}. Witnessed by {case.officer.officer}.")
    return doc


def arrest_narrative(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"a bedsit over a shop in {case.force.town}"
    when = case.when(min(case.reported + timedelta(days=rng.randint(1, 20)), doc.day))
    doc.line(f"At 05:45 on {when} I went with other officers to {place}.")
    doc.line(f"The door was answered by a man since identified to me as {case.suspect_name(person)}.")
    doc.line(f"I informed him of his arrest for {case.offence}, then cautioned him. His reply was:")
    doc.line("'She said she was nineteen.' He was conveyed to the custody centre.")


def witness_narrative(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"I am a {witness.job} in {case.force.town}. Officers showed me a picture of the")
    doc.line(f"girl they call {case.subject}, and I know her by sight.")
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"On a number of nights a {item.description} picked her up; "
            f"I wrote down {case.written_item(item)}."
        )
    if case.suspects:
        doc.line(f"At the wheel was someone known as {case.suspects[0].short}; he comes in most weeks.")
    else:
        doc.line("I could not describe any of the men who came for her.")


def intelligence_log(case: Case, number: int, rng: random.Random) -> Doc:
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "intelligence", f"int5x5x5_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police} 5x5x5 intelligence submission (evaluation B2, handling code 1)")
    ref = case.crime or case.incident
    doc.line(f"Related to: {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "a man not yet known"
    for item in case.of("vehicle"):
        doc.line(f"It is reported that {who} uses a {item.description}, "
                 f"registration {case.written_item(item)}, "
                 "to collect girls from care homes.")  # fmt: skip
    for item in case.of("phone"):
        doc.line(f"It is reported that {who} hands out the number {case.written_item(item)} to young girls.")
    doc.line(f"Submitting officer {case.officer.officer}, {case.when(day)}.")
    return doc


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "council/referrals", f"contact_{number:03d}", "referral", fmt, day)
    if fmt == "eml":
        doc.headers = {
            "From": f"Exploitation Hub <exploitation.hub@{force.council_domain}>",
            "To": f"Public Protection Unit <ppu@{force.police_domain}>",
            "Subject": f"Referral {case.referral.value} received",
        }
    doc.line({"ockleton": "Ockleton Borough Council | Children's Social Care | Child in Need contact",
              "wraysholme": "Wraysholme County Council - Sexual Exploitation Meeting referral",
              "fennick": "FENNICK BAY COUNCIL // FRONT DOOR // CONTACT SHEET"}[force.key])  # fmt: skip
    doc.line(f"Council number: {cite(doc, case, case.referral)}")
    doc.line(f"Received: {case.when(day)}")
    doc.line(f"Young person: {case.subject}")
    if case.council_only:
        doc.line(f"Source of referral: {case.professional.short}, {case.professional.job}")
        doc.line("Shared with police: not yet, the manager wants more information first")
    else:
        doc.line(f"Source of referral: {case.officer.officer}, {force.police}")
    if case.crime:
        police = cite(doc, case, case.crime, form(case, "council", case.crime))
        doc.fact(case, "tie", f"Police crime number {police} relates to our referral {case.referral.value}.")
    elif case.incident:
        police = cite(doc, case, case.incident, variant(case.incident))
        doc.fact(
            case, "tie", f"Police incident number {police} relates to our referral {case.referral.value}."
        )
    doc.line(f"Worry: {case.subject} goes missing for days, comes back with presents and will not say where.")
    doc.line(f"Next step: {case.professional.short} ({case.professional.job}) to visit within a week.")
    return doc


def return_interview(case: Case, number: int, rng: random.Random) -> Doc:
    """A return-home interview after a missing episode, by the council's worker."""
    force, worker = case.force, case.professional
    fmt = FORMATS[force.key]["return"]
    day = case.reported + timedelta(days=rng.randint(2, 9))
    doc = new_doc(case, "council/return_interviews", f"rhi_{number:03d}", "return interview", fmt, day)
    doc.line(f"{force.council}: return home interview after a missing episode")
    doc.line(f"Young person {case.subject}; seen by {worker.short} ({worker.job}) on {case.when(day)}")
    doc.line(f"Linked to council number {cite(doc, case, case.referral, variant(case.referral, 1))}")
    for item in case.of("address")[:1]:
        doc.line(
            f"She said she slept at {case.written_item(item)} and did not want to say who else was there."
        )
    for item in case.of("phone")[:1]:
        doc.line(f"She has a number saved as 'Uncle': {case.written_item(item)}.")
    doc.line("Push and pull factors discussed; she agreed to meet again.")
    return doc


def strategy_minutes(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "council/strategy", f"strategy_{number:03d}", "minutes", fmt, day)
    chair, worker = case.supervisor, case.professional
    doc.line(f"{case.force.council}: multi-agency exploitation strategy meeting held {case.when(day)}")
    doc.line(row(doc, case, "Attendees", f"{chair.short} (chairing)", f"{worker.short}, {worker.job}")
             + ("" if case.council_only else row(doc, case, "", case.officer.officer)))  # fmt: skip
    doc.line(f"Concerning {case.subject}. Numbers held by each agency:")
    names = {"crime": "police crime", "incident": "police incident", "referral": "council"}
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref, 1) if ref.kind == "incident" else ""
            doc.line(row(doc, case, names[ref.kind], cite(doc, case, ref, style)))
    if fmt == "pdf":
        doc.new_page()
    who = "Police" if not case.council_only else "Social care"
    for person in case.suspects:
        doc.line(f"{who} shared: {case.suspect_name(person)} is thought to be grooming her.")
    for item in case.of("address"):
        doc.line(f"Address of concern: {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Number of concern: {case.written_item(item)}.")
    doc.line(f"Agreed: {worker.short} to see her weekly; the group reconvenes in four weeks.")
    return doc


def police_mail(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker, officer = case.force, case.professional, case.officer
    day = (case.closed or case.reported + timedelta(days=45)) + timedelta(days=rng.randint(1, 7))
    doc = new_doc(case, "mail", f"msg_{number:03d}", "e-mail", "eml", day)
    if case.crime:
        ref = cite(doc, case, case.crime, form(case, "email", case.crime))
    else:
        other = case.incident or case.referral
        ref = cite(doc, case, other, variant(other))
    pending = case.outcome_initial in ("unknown", "open") or case.reopened or case.awaiting_cps
    doc.headers = {
        "From": f"{officer.short} <{mailbox(officer, '.')}@{force.police_domain}>",
        "To": f"{worker.short} <{mailbox(worker)}@{force.council_domain}>",
        "Subject": f"OFFICIAL-SENSITIVE: {ref}",
    }
    doc.line(f"Dear {worker.forename},")
    doc.line(
        f"No result on {ref} so far."
        if pending
        else f"We have a result on {ref}; the family are being told by letter."
    )
    if case.referral and case.crime:
        doc.line(
            "Cross-reference: your side logged her as "
            f"{cite(doc, case, case.referral, variant(case.referral, 1))}."
        )
    doc.line("Kind regards,")
    doc.line(officer.officer)
    return doc


def mailbox(person: Person, dot: str = "") -> str:
    """The local part of a worker's address: forename and surname, or forename and initial."""
    if dot:
        return f"{person.forename.lower()}{dot}{person.surname.lower()}"
    return f"{person.forename.lower()}{person.surname[0].lower()}"


def council_email(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker = case.force, case.professional
    day = case.reported + timedelta(days=rng.randint(20, 50))
    doc = new_doc(case, "mail", f"msg_{number:03d}", "e-mail", "eml", day)
    ref = cite(doc, case, case.referral, variant(case.referral))
    doc.headers = {
        "From": f"{worker.short} <{mailbox(worker)}@{force.council_domain}>",
        "To": f"Service Manager <service.manager@{force.council_domain}>",
        "Subject": f"{ref} - police not told?",
    }
    doc.line(f"On {ref}: {case.subject} was missing two nights this week and her aunt has complained to us.")
    doc.line("I cannot find any sign we informed the police. Was that anybody's decision?")
    doc.line(worker.short)
    return doc


def family_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=5)
    doc = new_doc(case, "letters", f"family_{number:03d}", "letter", fmt, day)
    doc.line(f"{force.police} | {force.station}" if fmt == "docx" else force.station)
    doc.line(f"Crime number {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("Dear parent/guardian,")
    doc.line(
        f"This letter concerns the enquiry about your daughter, whom our paperwork names {case.subject}."
    )
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    doc.line(f"With regards, {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = "docx" if case.council_only else FORMATS[force.key]["complaint"]
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"grievance_{number:03d}", "complaint", fmt, day)
    ref = case.crime or case.incident or case.referral
    if fmt == "eml":
        doc.headers = {
            "From": f"An aunt <aunt{number}@mailbox.invalid>",
            "To": f"Complaints <complaints@{force.police_domain}>",
            "Subject": "Complaint regarding my niece",
        }
    else:
        doc.line("For the attention of " + (f"the Complaints Officer, {force.council}" if case.council_only
                                             else f"the Complaints Unit, {force.police}"))  # fmt: skip
        doc.line(case.when(day))
    doc.line(f"Your number: {cite(doc, case, ref)}")
    doc.line(
        f"I care for my niece, named {case.subject} in your letters, "
        "and I complain formally about how she was treated."
    )
    doc.line("I told you men were picking her up in cars. Nobody has rung me back since.")
    doc.line("Tell me the name of the officer in charge and why there has been silence.")
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
            out.append(custody_record(case, number("custody"), arrested[0], rng))
    if interviewed and rng.random() < 0.6:
        out.append(interview_record(case, number("interview"), interviewed[0], rng))
    if case.witness and (case.crime or case.incident):
        out.append(statement(case, number("statement"), case.witness, rng))
    if (case.of("vehicle") or case.of("phone")) and (case.crime or case.incident) and rng.random() < 0.6:
        out.append(intelligence_log(case, number("intelligence"), rng))
    if case.referral:
        out.append(referral(case, number("referral"), rng))
        if rng.random() < 0.35:
            out.append(return_interview(case, number("return"), rng))
    if case.council_only:
        out.append(council_email(case, number("email"), rng))
    elif rng.random() < 0.6:
        out.append(police_mail(case, number("email"), rng))
    if case.crime and case.outcome_initial in CLOSED_OUTCOMES and rng.random() < 0.6:
        out.append(family_letter(case, number("letter")))
    if rng.random() < 0.5 or (case.referral and not case.crime):
        out.append(strategy_minutes(case, number("minutes"), rng))
    if case.outcome_final == "unknown" or case.key.endswith("10"):
        out.append(complaint(case, number("complaint"), rng))
    return out
