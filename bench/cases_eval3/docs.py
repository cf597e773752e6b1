"""The documents of each case of the third set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds are a force's occurrence log, crime report,
s.9 statements, a council referral form, strategy-meeting minutes, e-mails, outcome letters,
complaints, and a CPS charging memo for charged cases. Which written form of a reference each
kind prints (a four-digit year, no leading zeros, spaces) is chosen per force in `FORM`.
"""

from __future__ import annotations

import random
from datetime import timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval3.phrases import outcome_sentence, suspect_sentence
from bench.cases_eval3.world import CLOSED_OUTCOMES, Case, Person, Ref

HEADERS = {
    "kelderby": ("STORM OCCURRENCE LOG", "CRIME RECORD - FULL PRINT"),
    "stainmoor": ("CONTROL ROOM LOG", "RECORD OF CRIME"),
    "tarnbridge": ("OCCURRENCE ENQUIRY LOG", "CRIME FILE SUMMARY"),
}
# Which written form of a reference each kind of document prints, per force ("" = the usual form).
FORM = {
    "kelderby": {"council": "long", "statement": "spaced", "continuation": "nozero", "email": "spaced"},
    "stainmoor": {"council": "long", "statement": "dashed", "continuation": "nozero", "email": "dashed"},
    "tarnbridge": {"council": "spaced", "statement": "compact", "continuation": "", "email": "spaced"},
}


def form(case: Case, where: str) -> str:
    return FORM[case.force.key][where]


def variant(ref: Ref, position: int = 0) -> str:
    """The style of one of a reference's other written forms (none: the usual form)."""
    return ref.variants[position % len(ref.variants)][0] if ref.variants else ""


def occurrence_log(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    doc = Doc(f"{force.key}/police/logs/occurrence_{number:03d}.txt", "txt", "occurrence log", case.reported)
    hour = rng.randint(6, 20)
    doc.line(f"{force.police.upper()} - {HEADERS[force.key][0]}")
    doc.line(f"{cite(doc, case, case.incident)}")
    doc.fact(
        case, "reported", f"Call received {case.when(case.reported)} at {hour:02d}0{rng.randint(0, 4)} hrs"
    )
    caller = (
        "the mother of" if case.outcome_initial == "unknown" else "staff at the children's home caring for"
    )
    doc.line(f"{hour:02d}:{rng.randint(1, 3)}5 Caller is {caller} {case.subject}.")
    doc.line(
        f"{hour:02d}:40 {case.subject} returned late with alcohol and a new phone; "
        "she will not say who gave it."
    )
    for item in case.of("vehicle")[:1]:
        doc.line(f"{hour:02d}:52 Dropped off by a {item.description}, VRM {case.written_item(item)}.")
    doc.line(f"{hour + 1:02d}:20 Attended by {case.officer.officer}.")
    log_tie(doc, case, hour)
    return doc


def log_tie(doc: Doc, case: Case, hour: int) -> None:
    """The log's last entry: the crime or referral it led to, or a complaint left without a crime."""
    if case.crime:
        doc.fact(
            case,
            "tie",
            f"{hour + 2:02d}:10 Crime recorded, {cite(doc, case, case.crime)}. Log {case.incident.value} "
            "to be closed on the crime.",
        )
    elif case.referral:
        doc.fact(
            case,
            "tie",
            f"{hour + 2:02d}:10 No crime at this time. Referred to children's social care, their ref "
            f"{cite(doc, case, case.referral)} (this log {case.incident.value}).",
        )
    else:
        doc.line(f"{hour + 2:02d}:10 Caller making a complaint about the lack of police response last week.")
        doc.line(f"{hour + 2:02d}:15 Advised; complaint noted; log left with the duty inspector.")


def crime_report(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    day = case.reported + timedelta(days=1)
    doc = Doc(f"{force.key}/police/crime/crime_record_{number:03d}.pdf", "pdf", "crime report", day)
    doc.line(f"{force.police.upper()} - {HEADERS[force.key][1]}")
    doc.line(f"Crime number: {cite(doc, case, case.crime)}")
    if case.incident:
        doc.fact(case, "tie", f"Source log: {cite(doc, case, case.incident)} (crime {case.crime.value}).")
    if case.referral:
        doc.fact(
            case,
            "tie",
            f"Linked council referral {cite(doc, case, case.referral)} for crime {case.crime.value}.",
        )
    doc.fact(case, "reported", f"Reported on: {case.when(case.reported)}")
    doc.line(f"Offence: {case.offence}")
    doc.line(f"Injured party: {case.subject} (identity on the sensitive schedule)")
    doc.line(f"Officer in the case: {case.officer.officer}")
    doc.line(
        f"Circumstances: {case.subject} said men in {force.town} gave her drink and took her to a house."
    )
    suspect_lines(doc, case, rng)
    doc.new_page()
    doc.line(f"{cite(doc, case, case.crime, form(case, 'continuation'))} - investigation log (continued)")
    update_lines(doc, case, rng)
    return doc


def suspect_lines(doc: Doc, case: Case, rng: random.Random) -> None:
    homes = case.of("address")
    for position, person in enumerate(case.suspects):
        doc.line(suspect_sentence(case, person, rng))
        if position < len(homes):
            doc.line(f"Address of {case.suspect_name(person)}: {case.written_item(homes[position])}.")
    for item in homes[len(case.suspects) :]:
        doc.line(f"{case.subject} was taken to {case.written_item(item)}.")
    for item in case.of("vehicle"):
        doc.line(f"Vehicle used to collect {case.subject}: {item.description}, {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "an unidentified male"
        doc.line(f"Calls to {case.subject} from {case.written_item(item)}, attributed to {owner}.")
    if case.eliminated:
        name = case.suspect_name(case.eliminated)
        doc.line(f"{name} was traced, his account checked, and he is eliminated - not a suspect.")
    if not case.suspects:
        doc.line("Suspect(s): none identified at this time.")


def update_lines(doc: Doc, case: Case, rng: random.Random) -> None:
    step = case.reported + timedelta(days=rng.randint(1, 9))
    if case.witness:
        doc.line(f"{case.when(step)}: s.9 statement obtained from {case.witness.plain}, {case.witness.job}.")
    doc.line(f"{case.when(step)}: strategy meeting with {case.professional.plain}, {case.professional.job}.")
    if case.outcome_initial == "unknown":
        later = case.when(step + timedelta(days=21))
        doc.line(f"{later}: file with the CPS for a charging decision; awaiting their advice.")
        doc.line(f"Reviewing officer {case.supervisor.officer}: keep open on the CPS file.")
        return
    when = case.closed or (case.reported + timedelta(days=rng.randint(40, 150)))
    doc.line(f"Reviewed by {case.supervisor.officer}.")
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, outcome_sentence(case, case.outcome_initial, when))
    if case.closed:
        doc.fact(
            case, "closed" if not case.reopened else "closed_initial", f"Closed: {case.when(case.closed)}"
        )


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """A s.9 witness statement: the crime number on page 1, the declaration on page 2."""
    force = case.force
    day = case.reported + timedelta(days=rng.randint(1, 25))
    doc = Doc(f"{force.key}/police/statements/s9_statement_{number:03d}.pdf", "pdf", "s.9 statement", day)
    doc.line("WITNESS STATEMENT")
    doc.line(
        "Criminal Procedure Rules, r 27.2; Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.5B"
    )
    if case.crime:
        doc.line(f"Crime ref. {cite(doc, case, case.crime, form(case, 'statement'))}")
    else:
        doc.line(f"Log ref. {cite(doc, case, case.incident)}")
    if person.role == "officer":
        doc.line(f"Name: {person.plain}. Occupation: police officer, {person.rank}, number {person.collar}")
        arrest_narrative(doc, case, rng)
    else:
        doc.line(f"Name: {person.plain}. Occupation: {person.job}")
        witness_narrative(doc, case, person)
    doc.new_page()
    doc.line(f"Statement of {person.plain}, continued (page 2 of 2).")
    doc.line(
        "I make this statement knowing that, if it is tendered in evidence, I shall be liable to prosecution"
    )
    doc.line(
        "if I have wilfully stated in it anything which I know to be false or do not believe to be true."
    )
    doc.line(f"Dated {case.when(day)}. Taken by {case.officer.officer}.")
    return doc


def arrest_narrative(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"an address in {case.force.town}"
    when = case.when(case.reported + timedelta(days=rng.randint(1, 20)))
    doc.line(f"On {when} at about 0700 I attended {place}.")
    doc.line(
        f"There I arrested {case.suspect_name(person)} on suspicion of {case.offence} and cautioned him."
    )
    doc.line("He replied: 'I never touched her, ask anyone.'")
    doc.line(f"I conveyed him to {case.force.station.split(',')[0]}, where his detention was authorised.")


def witness_narrative(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"I am employed as a {witness.job} in {case.force.town}. I know {case.subject} by sight.")
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"More than once I saw her picked up by a {item.description}, number {case.written_item(item)}."
        )
    if case.suspects:
        doc.line(f"One of the men I saw with her is {case.suspects[0].plain}; I know him from the area.")
    else:
        doc.line("I could not say who the men were.")


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = Doc(f"{force.key}/council/referrals/referral_form_{number:03d}.docx", "docx", "referral form", day)
    doc.line(f"{force.council} - Children and Families Service")
    doc.line("REFERRAL FORM (multi-agency)")
    doc.line(f"Case number {cite(doc, case, case.referral)}")
    doc.line(f"Date of referral: {case.when(day)}")
    doc.line(f"Child or young person: {case.subject}")
    doc.line(f"Referrer: {case.officer.officer}, {force.police}")
    if case.crime:
        police = cite(doc, case, case.crime, form(case, "council"))
        doc.fact(case, "tie", f"Police crime ref {police} is linked to this case ({case.referral.value}).")
    elif case.incident:
        police = cite(doc, case, case.incident, variant(case.incident))
        doc.fact(case, "tie", f"Police log {police} is linked to this case ({case.referral.value}).")
    doc.line(f"Reason: {case.subject} is believed to be sexually exploited by older men.")
    doc.line(f"Decision: strategy meeting; allocated to {case.professional.plain}, {case.professional.job}.")
    return doc


def minutes(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = Doc(f"{force.key}/council/minutes/strategy_meeting_{number:03d}.pdf", "pdf", "minutes", day)
    doc.line(f"{force.council.upper()} - MINUTES OF A STRATEGY MEETING (S.47)")
    doc.line(f"Held {case.when(day)} about {case.subject}.")
    doc.line(f"Present: {case.professional.plain} ({case.professional.job}); {case.officer.officer};")
    doc.line(f"{case.supervisor.officer}.")
    labels = {"crime": "Police crime ref", "incident": "Police log", "referral": "Council case number"}
    for ref in (case.crime, case.incident, case.referral):
        if ref:
            style = variant(ref) if ref.kind == "incident" else ""  # the council copies the log as shown
            doc.line(f"{labels[ref.kind]}: {cite(doc, case, ref, style)}")
    doc.new_page()
    doc.line("Information shared")
    for person in case.suspects:
        doc.line(f"Police have intelligence linking {case.suspect_name(person)} to {case.subject}.")
    for item in case.of("address"):
        doc.line(f"Address of concern: {case.written_item(item)}.")
    for item in case.of("phone"):
        doc.line(f"Phone number of concern: {case.written_item(item)}.")
    doc.line(
        f"Actions: {case.professional.plain} to visit {case.subject} within 24 hours; review in four weeks."
    )
    return doc


def email(case: Case, number: int, rng: random.Random) -> Doc:
    force, worker, officer = case.force, case.professional, case.officer
    day = (case.closed or case.reported + timedelta(days=35)) + timedelta(days=rng.randint(1, 7))
    doc = Doc(f"{force.key}/council/email/mail_{number:03d}.eml", "eml", "e-mail", day)
    ref = (
        cite(doc, case, case.crime, form(case, "email"))
        if case.crime
        else cite(doc, case, case.incident or case.referral, variant(case.incident or case.referral))
    )
    doc.headers = {
        "From": f"{worker.plain} <{worker.forename.lower()}.{worker.surname.lower()}@{force.council_domain}>",
        "To": f"{officer.plain} <{officer.forename[0].lower()}{officer.surname.lower()}"
        f"@{force.police_domain}>",
        "Subject": f"RE: {ref} ({case.subject})",
    }
    doc.line(f"Hi {officer.forename},")
    if case.outcome_initial in ("unknown", "open") or case.reopened:
        doc.line(
            f"Can you tell me where things are with {ref}? I have had nothing since the strategy meeting."
        )
    else:
        doc.line(f"Thank you for letting me know how {ref} ended. I have updated our records.")
    if case.referral and case.crime:
        doc.line(f"Our own number is {cite(doc, case, case.referral, variant(case.referral, 1))}.")
    doc.line(f"Best wishes, {worker.plain} ({worker.job})")
    return doc


def letter(case: Case, number: int) -> Doc:
    force = case.force
    day = (case.closed or case.reported) + timedelta(days=4)
    doc = Doc(f"{force.key}/police/letters/outcome_letter_{number:03d}.docx", "docx", "letter", day)
    doc.line(force.police)
    doc.line(force.station)
    doc.line(f"Please quote: {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("Dear Parent or Guardian,")
    doc.line(f"I write about the report made on behalf of {case.subject} on {case.when(case.reported)}.")
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, outcome_sentence(case, case.outcome_initial, case.closed or day))
    doc.line(f"Yours faithfully, {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    """A parent's written complaint about how the report was handled."""
    force = case.force
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = Doc(f"{force.key}/police/complaints/complaint_{number:03d}.docx", "docx", "complaint", day)
    doc.line(f"To the Professional Standards Department, {force.police}")
    doc.line(f"Date: {case.when(day)}")
    ref = case.crime or case.incident or case.referral
    doc.line(f"Re: {cite(doc, case, ref)}")
    doc.line(
        f"I wish to complain about how the police dealt with what happened to my daughter ({case.subject})."
    )
    doc.line(f"I reported it on {case.when(case.reported)} and since then nobody has told me anything.")
    doc.line("I would like to know what is being done and why no one has been arrested.")
    doc.line("Yours, a parent")
    return doc


def charging_memo(case: Case, number: int) -> Doc:
    """The CPS charging memo: the URN and the crime number it belongs to."""
    force = case.force
    day = (case.final_date or case.closed or case.reported) - timedelta(days=1)
    doc = Doc(f"{force.key}/cps/charging_memo_{number:03d}.pdf", "pdf", "CPS memo", day)
    doc.line("CROWN PROSECUTION SERVICE - CHARGING DECISION (MG3)")
    urn = cite(doc, case, case.court, "spaced" if number % 2 else "")
    doc.fact(case, "tie", f"URN {urn}; police reference {cite(doc, case, case.crime)}.")
    doc.line(f"Date of decision: {case.when(day)}")
    doc.line(f"Offence: {case.offence}. Complainant: {case.subject}.")
    doc.line("The Full Code Test is met on the evidence supplied by the officer in the case.")
    return doc


def case_documents(case: Case, counter: dict[str, int], rng: random.Random) -> list[Doc]:
    """The files one case leaves behind; which ones depends on its references and people."""

    def number(kind: str) -> int:
        counter[kind] += 1
        return counter[kind]

    out: list[Doc] = []
    if case.incident:
        out.append(occurrence_log(case, number("log"), rng))
    if case.crime:
        out.append(crime_report(case, number("crime"), rng))
    if case.crime and any(p.evidence in ("arrested", "charged") for p in case.suspects):
        out.append(statement(case, number("s9"), case.officer, rng))
    if case.witness and (case.crime or case.incident):
        out.append(statement(case, number("s9"), case.witness, rng))
    if case.referral:
        out.append(referral(case, number("referral"), rng))
    if rng.random() < 0.75:
        out.append(email(case, number("email"), rng))
    if case.crime and case.outcome_initial in CLOSED_OUTCOMES and rng.random() < 0.7:
        out.append(letter(case, number("letter")))
    if rng.random() < 0.6 or (case.referral and not case.crime):
        out.append(minutes(case, number("minutes"), rng))
    if case.outcome_final == "unknown" or case.key.endswith("06"):
        out.append(complaint(case, number("complaint"), rng))
    if case.court and case.crime:
        out.append(charging_memo(case, number("memo")))
    return out
