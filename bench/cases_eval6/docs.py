"""The documents of each case of the sixth set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: a control room's incident export (CSV in one
force, fixed-width text in another, a spreadsheet in the third), crime records (a PDF with a
running header on every page, an RTF, a DOCX finalisation form of numbered questions), statements
(RTF, PDF or ODT), officers' pocket-notebook entries, council referrals (ODT, a CSV chronology or
RTF), strategy-meeting minutes, case-review minutes that hold one force's outcomes, e-mails (HTML
only, or a forwarded chain), letters to the family and complaints. A line with " | " between its
cells is a row or a table row where the format has them.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval6.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval6.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a reference each kind of document prints, per force ("" = the usual form).
FORM = {
    "wyvernside": {"council": "grouped", "statement": "dashed", "header": "grouped", "email": "dashed"},
    "dunholt": {"council": "slashed", "statement": "spaced", "header": "slashed", "email": "spaced"},
    "carrowby": {"council": "spaced", "statement": "nozero", "header": "spaced", "email": "nozero"},
}
# The force whose crime record leaves the outcome to the case-review minutes.
MINUTES_FORCE = "dunholt"
FORMATS = {  # the format of each kind of document, per force
    "wyvernside": {"incident": "csv", "crime": "pdf", "statement": "rtf", "referral": "odt",
                   "minutes": "docx", "letter": "pdf", "review": "pdf"},
    "dunholt": {"incident": "txt", "crime": "rtf", "statement": "pdf", "referral": "csv",
                "minutes": "odt", "letter": "docx", "review": "odt"},
    "carrowby": {"incident": "xlsx", "crime": "docx", "statement": "odt", "referral": "rtf",
                 "minutes": "pdf", "letter": "rtf", "review": "xlsx"},
}  # fmt: skip


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
    """The control room's record of the first call, exported as rows."""
    force = case.force
    fmt = FORMATS[force.key]["incident"]
    doc = new_doc(case, "control_room", f"call_export_{number:03d}", "incident log", fmt, case.reported)
    hour, handler = rng.randint(0, 21), f"CH{rng.randint(100, 999)}"
    doc.line(
        {
            "wyvernside": "Wyvernside Police | Command and control export | Incident",
            "dunholt": "DUNHOLT CONSTABULARY        CALL HANDLING LOG        PRINTED COPY",
            "carrowby": "Carrowby Police | Calls for service | Incident",
        }[force.key]
    )
    doc.line(f"Incident | {cite(doc, case, case.incident)}")
    doc.fact(case, "reported", reported_sentence(case))
    rows = [
        f"{hour:02d}{rng.randint(0, 19):02d} | {handler} | Call from the {caller(case)} "
        f"about {case.subject}, "
        "missing since yesterday and seen in a car with grown men.",
        f"{hour:02d}{rng.randint(20, 39):02d} | {handler} | {case.subject} back now, smelling of drink and "
        "carrying a phone nobody bought her.",
    ]
    for item in case.of("vehicle")[:1]:
        rows.append(
            f"{hour:02d}45 | {handler} | Vehicle seen: {item.description}, "
            f"reg. no. {case.written_item(item)}."
        )
    rows.append(f"{hour:02d}58 | {handler} | Deployed: {case.officer.officer}.")
    for row in rows:
        doc.line(row if fmt != "txt" else row.replace(" | ", "    "))
    incident_result(doc, case, hour, handler)
    return doc


def caller(case: Case) -> str:
    return "grandmother" if case.outcome_initial == "unknown" else "night manager at her care placement"


def incident_result(doc: Doc, case: Case, hour: int, handler: str) -> None:
    """The last row: the crime or referral it led to, or a complaint and nothing after it."""
    sep = "    " if doc.fmt == "txt" else " | "
    when = f"{hour + 2:02d}10{sep}{handler}{sep}"
    if case.crime:
        doc.fact(
            case,
            "tie",
            f"{when}Converted to crime {cite(doc, case, case.crime)}; "
            f"this incident ({case.incident.value}) closed to it.",
        )
    elif case.referral:
        doc.fact(
            case,
            "tie",
            f"{when}No crime. Council social care took it on as "
            f"{cite(doc, case, case.referral)}, our incident "
            f"{case.incident.value}.",
        )
    else:
        doc.line(
            f"{when}Grandmother says nobody came back to her after her first call and she is complaining."
        )
        doc.line(
            f"{hour + 2:02d}25{sep}{handler}{sep}Complaint logged for the duty inspector; no further entries."
        )


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["crime"]
    doc = new_doc(
        case, "crime", f"occurrence_{number:03d}", "crime report", fmt, case.reported + timedelta(days=2)
    )
    running = {
        "wyvernside": "WYVERNSIDE POLICE - RESTRICTED - OCCURRENCE",
        "dunholt": "Dunholt Constabulary - Crime File Front Sheet - crime no.",
        "carrowby": "CARROWBY POLICE - INVESTIGATION FINALISATION FORM - crime",
    }[force.key]
    doc.line(f"{running} {cite(doc, case, case.crime)}")
    if force.key == "carrowby":
        doc.line(f"Q1 Offence? {case.offence}")
    else:
        doc.line(
            f"Offence: {case.offence}. Victim (coded): {case.subject}, true name on the restricted index."
        )
    if case.incident:
        doc.fact(
            case, "tie", f"Originating call {cite(doc, case, case.incident)} became crime {case.crime.value}."
        )
    if case.referral:
        doc.fact(
            case,
            "tie",
            f"The council's number for crime {case.crime.value} is {cite(doc, case, case.referral)}.",
        )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(
        f"Account: {case.subject} says men met her outside the bus interchange in {force.town}, "
        "gave her vodka and "
        "drove her to flats."
    )
    doc.line(f"OIC: {case.officer.officer}")
    suspect_lines(doc, case, rng)
    if fmt == "pdf":
        doc.new_page()
        doc.line(f"{running} {cite(doc, case, case.crime, form(case, 'header', case.crime))} (continued)")
    update_lines(doc, case, rng)
    return doc


def suspect_lines(doc: Doc, case: Case, rng: random.Random) -> None:
    homes = case.of("address")
    for position, person in enumerate(case.suspects):
        doc.line(suspect_sentence(case, person, rng))
        if position < len(homes):
            doc.line(f"Home address given: {case.written_item(homes[position])}.")
    for item in homes[len(case.suspects) :]:
        doc.line(f"{case.subject} was kept overnight at {case.written_item(item)}.")
    for item in case.of("vehicle"):
        doc.line(f"Vehicle of interest: {item.description}, reg. no. {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "an unknown male"
        doc.line(f"Texts to {case.subject} came from {case.written_item(item)}, subscriber {owner}.")
    if case.eliminated:
        doc.line(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        doc.line("Nobody identified at this stage.")


def update_lines(doc: Doc, case: Case, rng: random.Random) -> None:
    step = case.reported + timedelta(days=rng.randint(1, 9))
    if case.witness:
        doc.line(f"{case.when(step)}: account taken from {case.witness.short} ({case.witness.job}).")
    doc.line(f"{case.when(step)}: joint plan agreed with {case.professional.short}, {case.professional.job}.")
    if case.outcome_initial == "unknown":
        later = case.when(step + timedelta(days=41))
        doc.line(f"{later}: file handed to {case.supervisor.officer} for a decision.")
        doc.line("No entries follow.")
        return
    doc.line(f"Reviewed by {case.supervisor.officer}.")
    if case.force.key == MINUTES_FORCE:
        doc.line("Result: see the minutes of the case review.")
        return
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    initial = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, initial, outcome_sentence(case, case.outcome_initial, when))
    if case.closed:
        doc.fact(
            case, "closed" if not case.reopened else "closed_initial", closed_sentence(case, case.closed)
        )


def review_minutes(case: Case, number: int, rng: random.Random) -> Doc:
    """One force's case-review minutes: the only place its outcomes and closing dates are written."""
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    day = (case.final_date or when) if case.reopened else when
    fmt = FORMATS[case.force.key]["minutes"]
    doc = new_doc(case, "crime/case_reviews", f"review_minutes_{number:03d}", "minutes", fmt, day)
    doc.line("Dunholt Constabulary - Public Protection Unit - minutes of the case review")
    doc.line(f"Crime {cite(doc, case, case.crime, variant(case.crime, number))}, {case.subject}")
    doc.line(f"Chair: {case.supervisor.officer}. Minute taker: {case.officer.officer}.")
    doc.fact(case, "reported", f"1. Background. {reported_sentence(case)}")
    doc.line("2. Progress. Statements and house-to-house complete; phone download awaited at first.")
    initial = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, initial, "3. Decision. " + outcome_sentence(case, case.outcome_initial, when))
    if case.closed:
        doc.fact(
            case, "closed" if not case.reopened else "closed_initial", closed_sentence(case, case.closed)
        )
    if case.reopened:
        doc.line(f"4. Reopened {case.when(case.reopened)} by the legacy case team.")
        doc.fact(case, "outcome", "5. Latest. " + outcome_sentence(case, case.outcome_final, case.final_date))
        if case.outcome_final in CLOSED_OUTCOMES:
            doc.fact(case, "closed", closed_sentence(case, case.final_date))
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """A witness statement on the force's form, the declaration at the foot."""
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    doc = new_doc(case, "statements", f"stmt_{number:03d}", "statement", fmt, day)
    doc.line(f"{force.police.upper()} - RECORD OF EVIDENCE GIVEN BY A WITNESS")
    if case.crime:
        doc.line(f"URN / crime: {cite(doc, case, case.crime, form(case, 'statement', case.crime))}")
    else:
        doc.line(f"Call number: {cite(doc, case, case.incident)}")
    if person.role == "officer":
        doc.line(f"Statement of {person.short}, {person.rank}, warrant no. {person.collar}. Age: over 18.")
        arrest_narrative(doc, case, rng)
    else:
        doc.line(f"Statement of {person.short}, {person.job}. Age: over 18.")
        witness_narrative(doc, case, person)
    if fmt == "pdf":
        doc.new_page()
    doc.line("Declaration: what I have said here is, as far as I know and believe, correct. I understand")
    doc.line("it may be read out in court, and that deliberately putting in it anything untrue could see")
    doc.line("me prosecuted myself.")
    doc.line(f"Signed {person.short}, {case.when(day)}. Witnessed by {case.officer.officer}.")
    return doc


def arrest_narrative(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"a flat in {case.force.town}"
    when = case.when(case.reported + timedelta(days=rng.randint(1, 20)))
    doc.line(f"At 0615 on {when} my team forced entry at {place}.")
    doc.line(
        f"There I arrested {case.suspect_name(person)} on suspicion of {case.offence} and cautioned him."
    )
    doc.line("His reply: 'Nineteen, that girl claimed to be, officer.'")
    doc.line(f"I took him to {case.force.station.split(',')[0]}; detention there was authorised at 0702.")


def witness_narrative(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(
        f"I work as a {witness.job} in {case.force.town}. I know the girl the police call {case.subject}."
    )
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"More than once she got into a {item.description}; "
            f"I noted the plate as {case.written_item(item)}."
        )
    if case.suspects:
        doc.line(
            f"Behind the wheel was somebody called {case.suspects[0].short}, "
            "always hanging round the taxi rank."
        )
    else:
        doc.line("Her companions were strangers to me.")


def pocket_notebook(case: Case, number: int, rng: random.Random) -> Doc:
    """An officer's pocket-notebook entry for an arrest, as transcribed (often scanned)."""
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "notebooks", f"pnb_{number:03d}", "notebook", "txt", day)
    doc.line(f"PNB of {case.officer.officer} - entry of {case.when(day)}")
    ref = case.crime or case.incident
    doc.line(f"Re {cite(doc, case, ref, variant(ref, number + 1))}")
    doc.line(f"0640 arrested {case.suspect_name(person)} - {case.offence} - caution given, no reply.")
    doc.line(f"0715 arrived {case.force.station.split(',')[0]}; handed over to custody.")
    return doc


def intelligence_log(case: Case, number: int, rng: random.Random) -> Doc:
    """An intelligence entry tying a vehicle or phone to the case's suspect."""
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "intelligence", f"intel_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police} intelligence entry - evaluation 2/B/P")
    ref = case.crime or case.incident
    doc.line(f"Relates to {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "an unnamed man"
    for item in case.of("vehicle"):
        doc.line(
            f"It is believed that {who} uses a {item.description}, "
            f"reg. no. {case.written_item(item)}, to ferry girls."
        )
    for item in case.of("phone"):
        doc.line(f"It is believed that {who} contacts girls on {case.written_item(item)}.")
    doc.line(f"Entered {case.when(day)} by {case.officer.officer}.")
    return doc


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "council/referrals", f"referral_{number:03d}", "referral", fmt, day)
    doc.line(f"{force.council} | Children's social care | Referral")
    doc.line(f"Referral no. | {cite(doc, case, case.referral)}")
    doc.line(f"Received | {case.when(day)}")
    doc.line(f"Young person | {case.subject}")
    if case.council_only:
        doc.line(f"Referrer | {case.professional.short}, {case.professional.job}")
        doc.line("Shared with police | no")
    else:
        doc.line(f"Referrer | {case.officer.officer}, {force.police}")
    if case.crime:
        police = cite(doc, case, case.crime, form(case, "council", case.crime))
        doc.fact(
            case, "tie", f"Police crime no. | {police} (police record of referral {case.referral.value})"
        )
    elif case.incident:
        police = cite(doc, case, case.incident, variant(case.incident))
        doc.fact(case, "tie", f"Police call no. | {police} (police record of referral {case.referral.value})")
    doc.line(f"Concern | {case.subject} going missing and coming back with gifts from older men")
    doc.line(f"Next step | single assessment by {case.professional.short}, {case.professional.job}")
    return doc


def strategy_minutes(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "council/risk_panel", f"risk_panel_{number:03d}", "minutes", fmt, day)
    doc.line(f"{force.council}: Child Exploitation Risk Panel - record of discussion")
    doc.line(f"Date {case.when(day)}. Young person: {case.subject}.")
    attendees = f"{case.professional.short} ({case.professional.job})"
    doc.line("Attendees: " + attendees + ("" if case.council_only else f", {case.officer.officer}") + ".")
    doc.line(
        f"Chair: {case.supervisor.short}, team manager."
        if case.council_only
        else f"Chair: {case.supervisor.officer}."
    )
    names = {"crime": "Crime no.", "incident": "Call no.", "referral": "Referral no."}
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref, 1) if ref.kind == "incident" else ""
            doc.line(f"{names[ref.kind]} | {cite(doc, case, ref, style)}")
    if fmt == "pdf":
        doc.new_page()
    doc.line("Information shared:")
    for person in case.suspects:
        doc.line(f"- {case.suspect_name(person)} is known to pick {case.subject} up from school.")
    for item in case.of("address"):
        doc.line(f"- She has been found at {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"- Number found in her phone: {case.written_item(item)}.")
    doc.line(f"Agreed | {case.professional.short} to visit {case.subject} this week | open")
    doc.line("Agreed | reconvene in four weeks | open")
    return doc


def email_message(case: Case, number: int, rng: random.Random) -> Doc:
    """An officer's e-mail to the council worker: HTML only in two forces, a forwarded chain in one."""
    force, worker, officer = case.force, case.professional, case.officer
    day = (case.closed or case.reported + timedelta(days=45)) + timedelta(days=rng.randint(1, 7))
    doc = new_doc(case, "mail", f"message_{number:03d}", "e-mail", "eml", day)
    if case.crime:
        ref = cite(doc, case, case.crime, form(case, "email", case.crime))
    else:
        other = case.incident or case.referral
        ref = cite(doc, case, other, variant(other))
    worker_mail = f"{mailbox(worker)}@{force.council_domain}"
    officer_mail = f"{officer.forename.lower()}.{officer.surname.lower()}@{force.police_domain}"
    pending = case.outcome_initial in ("unknown", "open") or case.reopened or case.council_only
    news = f"No news yet on {ref}; I will update you." if pending else f"{ref} is finished at our end."
    if force.key == "dunholt":
        doc.headers = {
            "From": f"{officer.short} <{officer_mail}>",
            "To": f"{worker.short} <{worker_mail}>",
            "Subject": f"Fwd: {ref}",
        }
        doc.line(f"{worker.forename}, see below, for your records. {officer.short}")
        doc.line("")
        doc.line("-------- Forwarded Message --------")
        doc.line(f"From: {case.supervisor.short}")
        doc.line(f"Date: {case.when(day - timedelta(days=2))}")
        doc.line(f"Subject: {ref}")
        doc.line(news)
        if case.referral and case.crime:
            doc.line(f"The council's number is {cite(doc, case, case.referral, variant(case.referral, 1))}.")
        return doc
    doc.headers = {
        "From": f"{officer.short} <{officer_mail}>",
        "To": f"{worker.short} <{worker_mail}>",
        "Subject": f"{case.subject} ({ref})",
    }
    doc.line(f"Dear {worker.forename},")
    doc.line(news)
    if case.referral and case.crime:
        doc.line(f"For your system it is {cite(doc, case, case.referral, variant(case.referral, 1))}.")
    doc.line(f"Regards, {officer.officer}")
    return doc


def mailbox(person: Person) -> str:
    """A council mailbox: surname, a dot and the first initial."""
    return f"{person.surname.lower()}.{person.forename[0].lower()}"


def council_email(case: Case, number: int, rng: random.Random) -> Doc:
    """Between two council workers, about a case the police never heard of."""
    force, worker = case.force, case.professional
    day = case.reported + timedelta(days=rng.randint(20, 50))
    doc = new_doc(case, "mail", f"message_{number:03d}", "e-mail", "eml", day)
    ref = cite(doc, case, case.referral, variant(case.referral))
    doc.headers = {
        "From": f"{worker.short} <{mailbox(worker)}@{force.council_domain}>",
        "To": f"Safeguarding Lead <safeguarding@{force.council_domain}>",
        "Subject": f"{case.subject} - {ref}",
    }
    doc.line(f"About {ref}: {case.subject} keeps missing appointments, and her aunt has put in a complaint.")
    doc.line("Should we be telling the police about this?")
    doc.line(worker.short)
    return doc


def family_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=6)
    doc = new_doc(case, "letters", f"family_letter_{number:03d}", "letter", fmt, day)
    doc.line(f"{force.police}, {force.station}")
    doc.line(f"Reference: {cite(doc, case, case.crime)}")
    doc.line(f"Date: {case.when(day)}")
    doc.line("Dear parent or carer,")
    doc.line(f"I write about our enquiry concerning your daughter ({case.subject}).")
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    doc.line(f"My direct line is on the card I left with you. Yours sincerely, {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    """A written complaint about how the report was handled, to the force or to the council."""
    force = case.force
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"complaint_{number:03d}", "complaint", "docx", day)
    to = (
        f"Complaints Officer, {force.council}"
        if case.council_only
        else f"Complaints and Misconduct Unit, {force.police}"
    )
    doc.line(to)
    doc.line(case.when(day))
    ref = case.crime or case.incident or case.referral
    doc.line(f"Your reference {cite(doc, case, ref)}")
    doc.line(f"I am writing as {case.subject}'s grandmother and I want this treated as a formal complaint.")
    doc.line("I reported what was happening to her and since then not one person has rung me back.")
    doc.line("I want to know who is responsible for her case and why the men are still around.")
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
    if case.crime and case.force.key == MINUTES_FORCE and case.outcome_initial != "unknown":
        out.append(review_minutes(case, number("review"), rng))
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
        out.append(email_message(case, number("email"), rng))
    letters = case.force.key != MINUTES_FORCE or rng.random() < 0.5
    if letters and case.crime and case.outcome_initial in CLOSED_OUTCOMES and rng.random() < 0.6:
        out.append(family_letter(case, number("letter")))
    if rng.random() < 0.5 or (case.referral and not case.crime):
        out.append(strategy_minutes(case, number("minutes"), rng))
    if case.outcome_final == "unknown" or case.key.endswith("07"):
        out.append(complaint(case, number("complaint"), rng))
    return out
