"""The documents of each case of the fourth set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds are a force's incident print, crime report,
s.9 statements, a council referral form, strategy-meeting minutes, e-mails, letters to the family,
complaints, a Crown Court result sheet for charged cases and, in one force, a supervisor's closure
form that holds the outcome instead of the crime report. Which written form of a reference each
kind prints (no label, no leading zeros, a two-digit year, spaces) is chosen per force in `FORM`.
"""

from __future__ import annotations

import random
from datetime import timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval4.phrases import (
    closed_sentence,
    eliminated_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval4.world import CLOSED_OUTCOMES, Case, Person, Ref

HEADERS = {
    "oxmoor": ("INCIDENT RECORDING SYSTEM - FULL INCIDENT PRINT", "CRIME REPORT (CRIMINT)"),
    "pellworth": ("EVENT CHRONOLOGY", "CRIME INVESTIGATION RECORD"),
    "gorsedale": ("CONTROL LOG TRANSCRIPT", "CRIME ENQUIRY FILE"),
}
# Which written form of a reference each kind of document prints, per force ("" = the usual form).
FORM = {
    "oxmoor": {"council": "compact", "statement": "short", "continuation": "compact", "email": "short"},
    "pellworth": {"council": "long", "statement": "dashed", "continuation": "long", "email": "nozero"},
    "gorsedale": {"council": "spaced", "statement": "compact", "continuation": "", "email": "spaced"},
}
# The force whose crime report leaves the outcome to a supervisor's closure form.
CLOSURE_FORM_FORCE = "gorsedale"


def form(case: Case, where: str, ref: Ref) -> str:
    """The style a kind of document uses, when the reference has that form (else the usual one)."""
    style = FORM[case.force.key][where]
    return style if style in dict(ref.variants) else ""


def variant(ref: Ref, position: int = 0) -> str:
    """The style of one of a reference's other written forms (none: the usual form)."""
    return ref.variants[position % len(ref.variants)][0] if ref.variants else ""


def incident_print(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    doc = Doc(f"{force.key}/police/incidents/incident_{number:03d}.txt", "txt", "incident log", case.reported)
    hour = rng.randint(7, 20)
    doc.line(f"{force.police.upper()} - {HEADERS[force.key][0]}")
    doc.line(f"Incident: {cite(doc, case, case.incident)}")
    doc.fact(case, "reported", reported_sentence(case))
    who = (
        "the grandmother of"
        if case.outcome_initial == "unknown"
        else "the night worker at the unit caring for"
    )
    doc.line(f"{hour:02d}{rng.randint(0, 5)}0 Informant is {who} {case.subject}, missing since yesterday.")
    doc.line(f"{hour:02d}{rng.randint(0, 5)}5 {case.subject} back, smells of cannabis, has unexplained cash.")
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"{hour + 1:02d}05 Seen getting out of a {item.description}, index {case.written_item(item)}."
        )
    doc.line(f"{hour + 1:02d}30 Resource: {case.officer.officer} attending.")
    incident_close(doc, case, hour)
    return doc


def incident_close(doc: Doc, case: Case, hour: int) -> None:
    """The print's last entry: the crime or referral it led to, or a complaint left without a crime."""
    if case.crime:
        doc.fact(
            case,
            "tie",
            f"{hour + 2:02d}45 Crimed as {cite(doc, case, case.crime)}; "
            f"incident {case.incident.value} closed to the crime.",
        )
    elif case.referral:
        doc.fact(
            case,
            "tie",
            f"{hour + 2:02d}45 Not crimed. Passed to the council's safeguarding team as "
            f"{cite(doc, case, case.referral)} (incident {case.incident.value}).",
        )
    else:
        doc.line(
            f"{hour + 2:02d}45 Informant unhappy that nobody came out to her last call; wishes to complain."
        )
        doc.line(
            f"{hour + 2:02d}50 Complaint details taken and passed to the duty inspector. Incident left open."
        )


def crime_report(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    day = case.reported + timedelta(days=1)
    doc = Doc(f"{force.key}/police/crime/crime_report_{number:03d}.pdf", "pdf", "crime report", day)
    doc.line(f"{force.police.upper()} - {HEADERS[force.key][1]}")
    doc.line(f"{cite(doc, case, case.crime)}")
    if case.incident:
        doc.fact(
            case, "tie", f"Originating incident {cite(doc, case, case.incident)} (crime {case.crime.value})."
        )
    if case.referral:
        doc.fact(
            case,
            "tie",
            f"Council safeguarding number {cite(doc, case, case.referral)} for {case.crime.value}.",
        )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Offence: {case.offence}")
    doc.line(f"Victim: {case.subject} (details held on the restricted victim record)")
    doc.line(f"OIC: {case.officer.officer}")
    doc.line(
        f"Summary: {case.subject} describes being given lifts, vodka and cannabis by men in {force.town}."
    )
    suspect_lines(doc, case, rng)
    doc.new_page()
    doc.line(f"{cite(doc, case, case.crime, form(case, 'continuation', case.crime))} - continuation sheet")
    update_lines(doc, case, rng)
    return doc


def suspect_lines(doc: Doc, case: Case, rng: random.Random) -> None:
    homes = case.of("address")
    for position, person in enumerate(case.suspects):
        doc.line(suspect_sentence(case, person, rng))
        if position < len(homes):
            doc.line(f"Home address of {case.suspect_name(person)}: {case.written_item(homes[position])}.")
    for item in homes[len(case.suspects) :]:
        doc.line(f"{case.subject} describes being kept overnight at {case.written_item(item)}.")
    for item in case.of("vehicle"):
        doc.line(f"Vehicle of interest: {item.description}, {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "an unknown male"
        doc.line(f"Texts to {case.subject} came from {case.written_item(item)}, believed used by {owner}.")
    if case.eliminated:
        doc.line(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        doc.line("Suspects: nobody identified.")


def update_lines(doc: Doc, case: Case, rng: random.Random) -> None:
    step = case.reported + timedelta(days=rng.randint(1, 9))
    if case.witness:
        doc.line(f"{case.when(step)}: statement taken from {case.witness.plain} ({case.witness.job}).")
    doc.line(
        f"{case.when(step)}: strategy discussion with {case.professional.plain}, {case.professional.job}."
    )
    if case.outcome_initial == "unknown":
        later = case.when(step + timedelta(days=30))
        doc.line(f"{later}: file handed to {case.supervisor.officer} for a decision on the next steps.")
        doc.line("No further entries.")
        return
    doc.line(f"Supervised by {case.supervisor.officer}.")
    if case.force.key == CLOSURE_FORM_FORCE:
        doc.line("Result: see the supervisor's closure form.")
        return
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    doc.fact(
        case,
        "outcome" if not case.reopened else "outcome_initial",
        outcome_sentence(case, case.outcome_initial, when),
    )
    if case.closed:
        doc.fact(
            case, "closed" if not case.reopened else "closed_initial", closed_sentence(case, case.closed)
        )


def closure_form(case: Case, number: int, rng: random.Random) -> Doc:
    """A supervisor's closure (or review) form: the one place this force states the outcome."""
    force = case.force
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    doc = Doc(f"{force.key}/police/closures/closure_form_{number:03d}.docx", "docx", "closure form", when)
    doc.line(f"{force.police} - SUPERVISOR'S INVESTIGATION REVIEW / CLOSURE")
    doc.line(f"Crime: {cite(doc, case, case.crime, variant(case.crime))}")
    doc.line(f"Reviewing supervisor: {case.supervisor.officer}")
    doc.fact(
        case,
        "outcome" if not case.reopened else "outcome_initial",
        outcome_sentence(case, case.outcome_initial, when),
    )
    if case.closed:
        doc.fact(
            case, "closed" if not case.reopened else "closed_initial", closed_sentence(case, case.closed)
        )
    doc.line("Victim and family to be updated by the OIC.")
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """A s.9 witness statement: the reference on page 1, the declaration on page 2."""
    force = case.force
    day = case.reported + timedelta(days=rng.randint(1, 25))
    doc = Doc(f"{force.key}/police/statements/statement_{number:03d}.pdf", "pdf", "s.9 statement", day)
    doc.line("STATEMENT OF WITNESS (Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.102)")
    if case.crime:
        doc.line(f"{cite(doc, case, case.crime, form(case, 'statement', case.crime))}")
    else:
        doc.line(f"Incident {cite(doc, case, case.incident)}")
    if person.role == "officer":
        doc.line(f"Statement of {person.plain}, {person.rank} {person.collar}, {force.police}. Age: over 18.")
        arrest_narrative(doc, case, rng)
    else:
        doc.line(f"Statement of {person.plain}. Age: over 18. Occupation: {person.job}.")
        witness_narrative(doc, case, person)
    doc.new_page()
    doc.line(f"Page 2 of 2. Signed: {person.plain}.")
    doc.line("This statement, consisting of two pages each signed by me, is true to the best of my knowledge")
    doc.line("and belief, and I make it knowing that, if it is tendered in evidence, I shall be liable to")
    doc.line("prosecution if I have wilfully stated in it anything which I know to be false.")
    doc.line(f"{case.when(day)}. Witnessed by {case.officer.officer}.")
    return doc


def arrest_narrative(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"a flat in {case.force.town}"
    when = case.when(case.reported + timedelta(days=rng.randint(1, 20)))
    doc.line(f"At 0615 on {when} I went with colleagues to {place}.")
    doc.line(
        f"I told {case.suspect_name(person)} that I was arresting him for {case.offence}, and cautioned him."
    )
    doc.line("He said: 'She's lying, I only gave her a lift.'")
    doc.line(
        f"I took him to {case.force.station.split(',')[0]}, where the custody sergeant authorised "
        "his detention."
    )


def witness_narrative(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(
        f"I work as a {witness.job} in {case.force.town}. I have seen the girl I now know as {case.subject}."
    )
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"I saw her get into a {item.description}, registration {case.written_item(item)}, "
            "more than once."
        )
    if case.suspects:
        doc.line(f"The driver was a man I know as {case.suspects[0].plain}; he is often around the arcade.")
    else:
        doc.line("I did not know any of the men she was with.")


def referral_form(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = Doc(f"{force.key}/council/referrals/referral_{number:03d}.docx", "docx", "referral form", day)
    doc.line(f"{force.council} - Safeguarding Hub")
    doc.line("CONTACT AND REFERRAL RECORD")
    doc.line(f"Our reference: {cite(doc, case, case.referral)}")
    doc.line(f"Received: {case.when(day)}")
    doc.line(f"About: {case.subject}")
    doc.line(f"Referred by: {case.officer.officer}, {force.police}")
    if case.crime:
        police = cite(doc, case, case.crime, form(case, "council", case.crime))
        doc.fact(
            case, "tie", f"Police crime number {police} relates to this referral ({case.referral.value})."
        )
    elif case.incident:
        police = cite(doc, case, case.incident, variant(case.incident))
        doc.fact(case, "tie", f"Police incident {police} relates to this referral ({case.referral.value}).")
    doc.line(f"Concern: {case.subject} is thought to be groomed and sexually exploited by adult men.")
    doc.line(f"Next step: strategy discussion; worker {case.professional.plain}, {case.professional.job}.")
    return doc


def minutes(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = Doc(f"{force.key}/council/minutes/strategy_discussion_{number:03d}.pdf", "pdf", "minutes", day)
    doc.line(f"{force.council.upper()} - STRATEGY DISCUSSION (CHILDREN ACT 1989, S.47) - MINUTES")
    doc.line(f"Date: {case.when(day)}. Young person: {case.subject}.")
    doc.line(f"Attendees: {case.professional.plain} ({case.professional.job}); {case.officer.officer};")
    doc.line(f"{case.supervisor.officer} (chair).")
    labels = {"crime": "Crime no.", "incident": "Incident", "referral": "Hub ref."}
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref) if ref.kind == "incident" else ""
            doc.line(f"{labels[ref.kind]} {cite(doc, case, ref, style)}")
    doc.new_page()
    doc.line("Information shared by the police")
    for person in case.suspects:
        doc.line(f"{case.suspect_name(person)} is known to associate with {case.subject}.")
    for item in case.of("address"):
        doc.line(f"Premises of concern: {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Number of concern: {case.written_item(item)}.")
    doc.line(
        f"Agreed: {case.professional.plain} to see {case.subject} at school this week; reconvene in 28 days."
    )
    return doc


def email(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker, officer = case.force, case.professional, case.officer
    day = (case.closed or case.reported + timedelta(days=40)) + timedelta(days=rng.randint(1, 7))
    doc = Doc(f"{force.key}/council/mail/message_{number:03d}.eml", "eml", "e-mail", day)
    if case.crime:
        ref = cite(doc, case, case.crime, form(case, "email", case.crime))
    else:
        other = case.incident or case.referral
        ref = cite(doc, case, other, variant(other))
    doc.headers = {
        "From": f"{officer.plain} <{officer.forename.lower()}.{officer.surname.lower()}"
        f"@{force.police_domain}>",
        "To": f"{worker.plain} <{worker.forename[0].lower()}{worker.surname.lower()}@{force.council_domain}>",
        "Subject": f"{case.subject} / {ref}",
    }
    doc.line(f"Dear {worker.forename},")
    if case.outcome_initial in ("unknown", "open") or case.reopened:
        doc.line(
            f"Sorry for the delay on {ref}. I am still waiting to hear back and will update you when I can."
        )
    else:
        doc.line(f"Just to let you know that {ref} has now been finalised; the family have been told.")
    if case.referral and case.crime:
        doc.line(
            f"For your file, your hub reference is "
            f"{cite(doc, case, case.referral, variant(case.referral, 1))}."
        )
    doc.line(f"Regards, {officer.officer}")
    return doc


def letter(case: Case, number: int) -> Doc:
    force = case.force
    day = (case.closed or case.reported) + timedelta(days=3)
    doc = Doc(f"{force.key}/police/letters/family_letter_{number:03d}.docx", "docx", "letter", day)
    doc.line(force.police)
    doc.line(force.station)
    doc.line(f"Reference: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("Dear Mr and Mrs (name withheld),")
    doc.line(f"I am writing about the matter reported on behalf of {case.subject}.")
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, outcome_sentence(case, case.outcome_initial, case.closed or day))
    doc.line(f"Please contact me if you have any questions. {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    """An advocate's written complaint about how the report was handled."""
    force = case.force
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = Doc(f"{force.key}/police/complaints/complaint_{number:03d}.docx", "docx", "complaint", day)
    doc.line(f"Complaints and Misconduct Unit, {force.police}")
    doc.line(case.when(day))
    ref = case.crime or case.incident or case.referral
    doc.line(f"Your reference {cite(doc, case, ref)}")
    doc.line(f"I am the advocate for {case.subject} and her family, and I write to complain on their behalf.")
    doc.line("Since the first report the family have had no contact from the officer and no explanation.")
    doc.line("They do not know whether anyone was spoken to. I ask that this complaint is recorded.")
    doc.line("Yours sincerely, Independent Advocacy Service")
    return doc


def court_result(case: Case, number: int) -> Doc:
    """A Crown Court result sheet: the court's case number and the police crime number it belongs to."""
    force = case.force
    day = (case.final_date or case.closed or case.reported) + timedelta(days=120)
    doc = Doc(f"{force.key}/court/result_sheet_{number:03d}.pdf", "pdf", "court result", day)
    doc.line(f"{force.court.upper()} - RESULT SHEET")
    number_written = cite(doc, case, case.court, "spaced" if number % 2 else "")
    doc.fact(case, "tie", f"Case number {number_written}; police reference {cite(doc, case, case.crime)}.")
    doc.line(f"Hearing date: {case.when(day)}")
    doc.line(f"Indictment: {case.offence}. Complainant: {case.subject}.")
    doc.line("Plea and trial preparation hearing listed. Defendant remanded.")
    return doc


def case_documents(case: Case, counter: dict[str, int], rng: random.Random) -> list[Doc]:
    """The files one case leaves behind; which ones depends on its references and people."""

    def number(kind: str) -> int:
        counter[kind] += 1
        return counter[kind]

    out: list[Doc] = []
    if case.incident:
        out.append(incident_print(case, number("incident"), rng))
    if case.crime:
        out.append(crime_report(case, number("crime"), rng))
    if case.crime and case.force.key == CLOSURE_FORM_FORCE and case.outcome_initial != "unknown":
        out.append(closure_form(case, number("closure"), rng))
    if case.crime and any(p.evidence in ("arrested", "charged") for p in case.suspects):
        out.append(statement(case, number("s9"), case.officer, rng))
    if case.witness and (case.crime or case.incident):
        out.append(statement(case, number("s9"), case.witness, rng))
    if case.referral:
        out.append(referral_form(case, number("referral"), rng))
    if rng.random() < 0.62:
        out.append(email(case, number("email"), rng))
    if case.crime and case.outcome_initial in CLOSED_OUTCOMES and rng.random() < 0.55:
        out.append(letter(case, number("letter")))
    if rng.random() < 0.5 or (case.referral and not case.crime):
        out.append(minutes(case, number("minutes"), rng))
    if case.outcome_final == "unknown" or case.key.endswith("05"):
        out.append(complaint(case, number("complaint"), rng))
    if case.court and case.crime:
        out.append(court_result(case, number("court")))
    return out
