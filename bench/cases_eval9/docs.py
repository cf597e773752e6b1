"""The documents of each case of the ninth set, as text pages with the facts they state.

Built on the first set's `Doc` and the second set's `cite` (which records the exact form a
document prints, for the ground truth). The kinds: an occurrence log (UTF-8 text with CRLF line
ends in one force, a PDF call sheet in another, a DOCX table in the third); crime records (a crime
system's screen print as DOCX, an SIO's decision log as text, a two-page PDF crime record with
victim updates); custody record extracts; records of taped interview; statements (PDF,
DOCX, or UTF-8 text with Cyrillic names); intelligence reports; council referrals (a DOCX letter, an
e-mail from a children's trust, a PDF form); strategy meetings (a PDF transcript of who said what,
DOCX minutes with numbered items, text minutes); e-mails; letters to families; complaints (one
force's by e-mail). A line with " | " between its cells is a table row in the DOCX files.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.cases_eval.docs import Doc
from bench.cases_eval2.docs import cite
from bench.cases_eval9.phrases import (
    closed_sentence,
    eliminated_sentence,
    letter_sentence,
    outcome_sentence,
    reported_sentence,
    suspect_sentence,
)
from bench.cases_eval9.world import CLOSED_OUTCOMES, Case, Person, Ref

# Which written form of a reference each kind of document prints, per force ("" = the usual form).
FORM = {
    "haverscar": {"council": "reversed", "statement": "spaced", "custody": "nozero", "email": "reversed"},
    "brantwick": {"council": "nocheck", "statement": "spaced", "custody": "nocheck", "email": "nocheck"},
    "skellow": {"council": "dotted", "statement": "spaced", "custody": "dotted", "email": "spaced"},
}
FORMATS = {  # the format of each kind of document, per force
    "haverscar": {"incident": "txt", "crime": "docx", "statement": "pdf", "referral": "docx",
                  "minutes": "pdf", "letter": "docx", "review": "pdf", "complaint": "eml", "custody": "txt",
                  "interview": "docx"},
    "brantwick": {"incident": "pdf", "crime": "txt", "statement": "docx", "referral": "eml",
                  "minutes": "docx", "letter": "pdf", "review": "docx", "complaint": "docx", "custody": "pdf",
                  "interview": "txt"},
    "skellow": {"incident": "docx", "crime": "pdf", "statement": "txt", "referral": "pdf",
                "minutes": "txt", "letter": "docx", "review": "txt", "complaint": "pdf", "custody": "docx",
                "interview": "pdf"},
}  # fmt: skip
CALL_TAKEN = {
    "haverscar": "FIRST REPORTED {d}",
    "brantwick": "Call received {d}.",
    "skellow": "Time of call: {d}",
}
TEXT_CELL = {"haverscar": " :: ", "brantwick": " >> ", "skellow": " ¦ "}


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
    """A line, recorded as the fact it states when it states one."""
    if fact:
        doc.fact(case, fact, line)
    else:
        doc.line(line)


def incident_log(case: Case, number: int, rng: random.Random) -> Doc:
    """The control room's occurrence log of the first call, one row an entry."""
    force = case.force
    fmt = FORMATS[force.key]["incident"]
    doc = new_doc(case, "occurrences", f"ol_{number:03d}", "incident log", fmt, case.reported)
    operator = f"OP{rng.randint(1000, 8999)}"
    doc.line(
        {
            "haverscar": "HAVERSCAR POLICE :: OCCURRENCE LOG :: PRINTED FOR CASE FILE",
            "brantwick": "Brantwick Constabulary - Force Contact Centre - Call Sheet",
            "skellow": "Skellow Vale Police | Control Room | log replay",
        }[force.key]
    )
    doc.line(row(doc, case, "Log", cite(doc, case, case.incident)))
    doc.fact(case, "reported", CALL_TAKEN[force.key].format(d=case.when(case.reported)))
    minute = rng.randint(0, 20)
    entries = [
        f"Caller ({caller(case)}) reports {case.subject} out past her curfew, last spotted climbing into "
        "a people carrier near the bus station.",
        f"{case.subject} returned by taxi, paid for by a man she will not name; "
        "has a new phone and cigarettes.",
    ]
    for item in case.of("vehicle")[:1]:
        entries.append(f"Vehicle seen: {item.description}, index {case.written_item(item)}.")
    entries.append(f"Officer deployed: {case.officer.officer}.")
    for n, text in enumerate(entries):
        doc.line(row(doc, case, f"{minute + 9 * n:02d} min", operator, text))
    incident_result(doc, case, operator)
    return doc


def caller(case: Case) -> str:
    return (
        "her grandmother"
        if case.outcome_initial == "unknown"
        else "the residential home's waking night staff"
    )


def incident_result(doc: Doc, case: Case, operator: str) -> None:
    """The last row: the crime or referral it led to, or a complaint and nothing after it."""
    if case.crime:
        text = f"Crimed as {cite(doc, case, case.crime)}; log {case.incident.value} linked and closed."
        doc.fact(case, "tie", row(doc, case, "final", operator, text))
    elif case.referral:
        text = (
            f"No crime recorded. Children's services notified under {cite(doc, case, case.referral)} "
            f"in respect of log {case.incident.value}."
        )
        doc.fact(case, "tie", row(doc, case, "final", operator, text))
    else:
        doc.line(
            row(
                doc,
                case,
                "final",
                operator,
                "Grandmother rang again: nobody has come, she wants to complain.",
            )
        )
        doc.line(
            row(doc, case, "final", operator, "Passed to the shift inspector as a complaint. End of entries.")
        )


def crime_record(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["crime"]
    day = case.reported + timedelta(days=1)
    doc = new_doc(case, "crimes", f"cr_{number:03d}", "crime report", fmt, day)
    {"haverscar": screen_print, "brantwick": decision_log, "skellow": outcome_record}[case.force.key](
        doc, case, rng
    )
    return doc


def screen_print(doc: Doc, case: Case, rng: random.Random) -> None:
    """A crime system's screen print: labels and values split by a double colon."""
    doc.line("HAVERSCAR POLICE :: CRIME SYSTEM :: SCREEN PRINT :: NOT FOR DISCLOSURE")
    doc.line(f"CRIME NO :: {cite(doc, case, case.crime)}")
    doc.line(f"CLASSIFICATION :: {case.offence.upper()}")
    doc.line(f"AGGRIEVED CODE :: {case.subject}")
    if case.incident:
        doc.fact(
            case, "tie", f"SOURCE LOG :: {cite(doc, case, case.incident)} :: crimed as {case.crime.value}"
        )
    if case.referral:
        doc.fact(
            case, "tie", f"PARTNER REF :: {cite(doc, case, case.referral)} :: for crime {case.crime.value}"
        )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"OIC :: {case.officer.officer}")
    for line in people_lines(case, rng):
        doc.line(f"ENTITY :: {line}")
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def decision_log(doc: Doc, case: Case, rng: random.Random) -> None:
    """A senior investigating officer's decision log, one numbered entry a line."""
    doc.line(f"BRANTWICK CONSTABULARY - SIO POLICY AND DECISION LOG - {cite(doc, case, case.crime)}")
    doc.line(f"SIO: {case.supervisor.officer}. Offence under investigation: {case.offence}.")
    n = 1
    doc.fact(case, "reported", f"{n}. {reported_sentence(case)}")
    for ref, what in ((case.incident, "call"), (case.referral, "Trust referral")):
        if ref:
            n += 1
            doc.fact(
                case, "tie", f"{n}. Decision: join {what} {cite(doc, case, ref)} to crime {case.crime.value}."
            )
    for line in people_lines(case, rng):
        n += 1
        doc.line(f"{n}. {line}")
    for line, fact in result_lines(case, rng):
        n += 1
        put(doc, case, fact, f"{n}. {line}")


def outcome_record(doc: Doc, case: Case, rng: random.Random) -> None:
    """A two-page crime record whose outcome is told in a victim update, the crime number in each
    page's header."""
    doc.line(f"SKELLOW VALE POLICE - CRIME RECORD {cite(doc, case, case.crime)} - page 1 of 2")
    doc.line(f"Offence: {case.offence}. Victim (anonymised): {case.subject}.")
    if case.incident:
        doc.fact(
            case,
            "tie",
            f"Created from control room log {cite(doc, case, case.incident)}; crime {case.crime.value}.",
        )
    if case.referral:
        doc.fact(
            case, "tie", f"Council reference for crime {case.crime.value}: {cite(doc, case, case.referral)}."
        )
    doc.fact(case, "reported", reported_sentence(case))
    doc.line(f"Officer in the case: {case.officer.officer}; supervisor {case.supervisor.officer}.")
    doc.new_page()
    doc.line(
        f"SKELLOW VALE POLICE - CRIME RECORD {cite(doc, case, case.crime, variant(case.crime, 1))} "
        "- page 2 of 2"
    )
    for line in people_lines(case, rng):
        doc.line(line)
    for line, fact in result_lines(case, rng):
        put(doc, case, fact, line)


def people_lines(case: Case, rng: random.Random) -> list[str]:
    """The suspects, their homes, vehicles and phones and anyone excluded, in the force's words."""
    lines, homes = [], case.of("address")
    for position, person in enumerate(case.suspects):
        lines.append(suspect_sentence(case, person, rng))
        if position < len(homes):
            lines.append(f"Home of {case.suspect_name(person)}: {case.written_item(homes[position])}.")
    for item in homes[len(case.suspects) :]:
        lines.append(f"{case.subject} stayed the night at {case.written_item(item)}.")
    for item in case.of("vehicle"):
        lines.append(f"Vehicle linked: {item.description}, index {case.written_item(item)}.")
    for item in case.of("phone"):
        owner = case.suspect_name(case.suspects[0]) if case.suspects else "an unknown man"
        lines.append(
            f"Number {case.written_item(item)} rang {case.subject} repeatedly; attributed to {owner}."
        )
    if case.eliminated:
        lines.append(eliminated_sentence(case, case.eliminated))
    if not case.suspects:
        lines.append("No suspect identified.")
    return lines


def result_lines(case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """The closing entries of a force's own record: (line, fact or "")."""
    out: list[tuple[str, str]] = []
    if case.witness:
        out.append((f"Witness {case.witness.short} ({case.witness.job}) has given a statement.", ""))
    out.append((f"Safeguarding passed to {case.professional.short}, {case.professional.job}.", ""))
    if case.awaiting_cps:
        out.append(("Pre-charge advice file with the CPS; charging decision requested.", ""))
        out.append(("Awaiting the CPS decision. No later entry.", ""))
        return out
    if case.outcome_initial == "unknown":
        out.append((f"Passed to {case.supervisor.officer} to review. No later entry.", ""))
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
    """An extract of the custody record opened when a suspect was booked in."""
    fmt = FORMATS[case.force.key]["custody"]
    day = case.reported + timedelta(days=rng.randint(1, 20))
    doc = new_doc(case, "custody", f"custody_{number:03d}", "custody record", fmt, day)
    doc.line(f"{case.force.police} - custody record extract - {case.force.station.split(',')[1].strip()}")
    doc.line(f"Detained person: {case.suspect_name(person)}")
    ref = case.crime
    doc.line(f"Offence and reference: {case.offence}, {cite(doc, case, ref, form(case, 'custody', ref))}")
    doc.line(f"Arresting officer: {case.officer.officer}. Arrived {case.when(day)}, 07:55.")
    doc.line("Detention authorised: needed so he could be questioned and the evidence kept safe.")
    doc.line("Rights given: legal advice, someone informed, codes of practice. Signed by the detainee.")
    return doc


def interview_record(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """A record of taped interview of a suspect questioned under caution."""
    fmt = FORMATS[case.force.key]["interview"]
    day = case.reported + timedelta(days=rng.randint(5, 30))
    doc = new_doc(case, "interviews", f"roti_{number:03d}", "interview record", fmt, day)
    doc.line(f"{case.force.police}: record of taped interview")
    doc.line(f"Person interviewed: {case.suspect_name(person)}, under caution, {case.when(day)}")
    ref = case.crime or case.incident
    doc.line(f"Matter: {cite(doc, case, ref, variant(ref, number))}")
    lawyer = case.solicitor.short if case.solicitor else "none requested"
    doc.line(f"Present: {case.officer.officer}; legal adviser {lawyer}.")
    doc.line(f"Q: Do you know the girl we are calling {case.subject}? A: No comment.")
    doc.line("Q: Why is your number stored on her handset? A: No comment.")
    doc.line("Interview concluded after 26 minutes; tapes sealed in the suspect's presence.")
    return doc


def statement(case: Case, number: int, person: Person, rng: random.Random) -> Doc:
    """A witness statement (MG11), as these forces print it."""
    force = case.force
    fmt = FORMATS[force.key]["statement"]
    day = case.reported + timedelta(days=rng.randint(1, 25))
    doc = new_doc(case, "statements", f"mg11_{number:03d}", "statement", fmt, day)
    doc.line(f"{force.police}: MG11, statement of witness (s.9 CJA 1967, CrimPR 16.2)")
    doc.line("I declare this account, across the pages bearing my signature, honest and complete as far as")
    doc.line("I am aware; should it go before a court, I accept I could face prosecution for anything in it")
    doc.line("I knew was untrue or did not honestly hold to be so.")
    if case.crime:
        doc.line(f"URN / crime: {cite(doc, case, case.crime, form(case, 'statement', case.crime))}")
    else:
        doc.line(f"Log: {cite(doc, case, case.incident)}")
    if person.role == "officer":
        doc.line(
            f"Statement of {person.short}, occupation police officer "
            f"({person.rank}, shoulder no. {person.collar})."
        )
        arrest_narrative(doc, case, rng)
    else:
        doc.line(f"Statement of {person.short}, occupation {person.job}.")
        witness_narrative(doc, case, person)
    doc.line(f"Signature: {person.short}. Dated {case.when(day)}. Taken by {case.officer.officer}.")
    return doc


def arrest_narrative(doc: Doc, case: Case, rng: random.Random) -> None:
    person = next(p for p in case.suspects if p.evidence in ("arrested", "charged"))
    homes = case.of("address")
    place = case.written_item(homes[0]) if homes else f"a flat above a shop in {case.force.town}"
    when = case.when(
        min(case.reported + timedelta(days=rng.randint(1, 20)), doc.day)
    )  # not after the statement
    doc.line(f"On {when}, at 06:10, colleagues and I attended {place}.")
    doc.line(f"A man I now know to be {case.suspect_name(person)} opened the door.")
    doc.line(f"I arrested him on suspicion of {case.offence} and cautioned him. He said: 'You have got the")
    doc.line("wrong man, I only gave her lifts.' I conveyed him to the custody suite.")


def witness_narrative(doc: Doc, case: Case, witness: Person) -> None:
    doc.line(f"I work as a {witness.job} in {case.force.town}. The police have shown me a photograph of a")
    doc.line(f"girl they refer to as {case.subject}, and I recognise her.")
    for item in case.of("vehicle")[:1]:
        doc.line(
            f"Several evenings she was collected by a {item.description}; "
            f"I noted the index {case.written_item(item)}."
        )
    if case.suspects:
        doc.line(
            f"Behind the wheel each time was {case.suspects[0].short}; people at the taxi rank call him that."
        )
    else:
        doc.line("I never saw the men well enough to say who they were.")


def intelligence_log(case: Case, number: int, rng: random.Random) -> Doc:
    """An intelligence report tying a vehicle or phone to the case's suspect."""
    day = case.reported + timedelta(days=rng.randint(5, 40))
    doc = new_doc(case, "intelligence", f"3x5x2_{number:03d}", "intelligence report", "txt", day)
    doc.line(f"{case.force.police} - intelligence report, graded 3x5x2 (source B, information 2, handling P)")
    ref = case.crime or case.incident
    doc.line(f"Linked enquiry: {cite(doc, case, ref, variant(ref, number))}")
    who = case.suspect_name(case.suspects[0]) if case.suspects else "an unknown man"
    for item in case.of("vehicle"):
        doc.line(f"Source reports that {who} drives a {item.description}, index {case.written_item(item)}, "
                 "and picks up girls from the children's homes.")  # fmt: skip
    for item in case.of("phone"):
        doc.line(f"Source reports that {who} gives girls the number {case.written_item(item)}.")
    doc.line(f"Submitted {case.when(day)} by {case.officer.officer}.")
    return doc


def referral(case: Case, number: int, rng: random.Random) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["referral"]
    day = case.reported + timedelta(days=rng.randint(0, 5))
    doc = new_doc(case, "council/referrals", f"ref_{number:03d}", "referral", fmt, day)
    if fmt == "eml":
        doc.headers = {
            "From": f"Front Door Team <front.door@{force.council_domain}>",
            "To": f"Child Exploitation Team <cet@{force.police_domain}>",
            "Subject": f"New contact {case.referral.value}",
        }
    doc.line({"haverscar": "Haverscar City Council, Children's Services. Multi-Agency Safeguarding Hub.",
              "brantwick": "Brantwick Children's Trust - Front Door - contact record",
              "skellow": "SKELLOW VALE COUNCIL - CHILD EXPLOITATION REFERRAL FORM"}[force.key])  # fmt: skip
    doc.line(f"Our reference: {cite(doc, case, case.referral)}")
    doc.line(f"Contact date: {case.when(day)}")
    doc.line(f"Child: {case.subject}")
    if case.council_only:
        doc.line(f"Referred by: {case.professional.short}, {case.professional.job}")
        doc.line("Police informed: no, threshold for a joint enquiry not yet reached")
    else:
        doc.line(f"Referred by: {case.officer.officer}, {force.police}")
    if case.crime:
        police = cite(doc, case, case.crime, form(case, "council", case.crime))
        doc.fact(case, "tie", f"Police crime reference: {police}, for our contact {case.referral.value}.")
    elif case.incident:
        police = cite(doc, case, case.incident, variant(case.incident))
        doc.fact(case, "tie", f"Police log reference: {police}, for our contact {case.referral.value}.")
    doc.line(
        f"Concern: {case.subject} missing overnight on weekends, older men's cars, gifts she cannot explain."
    )
    doc.line(f"Plan: {case.professional.short} ({case.professional.job}) to assess within ten working days.")
    return doc


def strategy_minutes(case: Case, number: int, rng: random.Random) -> Doc:
    fmt = FORMATS[case.force.key]["minutes"]
    day = case.reported + timedelta(days=rng.randint(4, 18))
    doc = new_doc(case, "council/strategy", f"sd_{number:03d}", "minutes", fmt, day)
    if case.force.key == "haverscar":
        transcript(doc, case, day)
    else:
        numbered_minutes(doc, case, day)
    return doc


def reference_lines(doc: Doc, case: Case) -> list[str]:
    names = {"crime": "crime", "incident": "log", "referral": "council contact"}
    return [
        f"{names[ref.kind]} {cite(doc, case, ref, variant(ref, 1) if ref.kind == 'incident' else '')}"
        for ref in (case.crime, case.incident, case.referral)
        if ref
    ]


def transcript(doc: Doc, case: Case, day: date) -> None:
    """A strategy discussion typed up as who said what (two pages)."""
    chair, worker = case.supervisor, case.professional
    doc.line(f"Haverscar City Council - strategy discussion, {case.when(day)} - typed from the recording")
    doc.line(f"Present: {chair.short} (chair), {worker.short} ({worker.job})"
             + ("" if case.council_only else f", {case.officer.officer}"))  # fmt: skip
    doc.line(f"CHAIR: We are here about {case.subject}. For the record, the numbers are:")
    for line in reference_lines(doc, case):
        doc.line(f"CHAIR: {line}")
    doc.new_page()
    speaker = "POLICE" if not case.council_only else "WORKER"
    for person in case.suspects:
        doc.line(f"{speaker}: {case.suspect_name(person)} is the name that keeps coming up.")
    for item in case.of("address"):
        doc.line(f"WORKER: She has been dropped at {case.written_item(item)} more than once.")
    for item in case.of("phone"):
        doc.line(f"WORKER: Her phone shows calls from {case.written_item(item)}.")
    doc.line(f"CHAIR: Actions: {worker.short} sees her this week; we meet again in a month.")


def numbered_minutes(doc: Doc, case: Case, day: date) -> None:
    """Minutes with numbered items (1.1, 2.1 ...)."""
    chair, worker = case.supervisor, case.professional
    doc.line(f"{case.force.council} - child exploitation strategy meeting - {case.when(day)}")
    doc.line(f"1.1 Chair: {chair.short}. Also present: {worker.short} ({worker.job})"
             + ("" if case.council_only else f", {case.officer.officer}") + ".")  # fmt: skip
    doc.line(f"1.2 Child: {case.subject}. References follow.")
    for n, line in enumerate(reference_lines(doc, case), 3):
        doc.line(f"1.{n} {line[0].upper()}{line[1:]}")
    n = 1
    for person in case.suspects:
        n += 1
        doc.line(
            f"2.{n - 1} Information shared about {case.suspect_name(person)}, believed to be grooming her."
        )
    for item in case.of("address") + case.of("phone"):
        n += 1
        doc.line(f"2.{n - 1} Location or contact of concern: {case.written_item(item)}.")
    doc.line(f"3.1 Action: {worker.short} to complete a risk assessment; review in six weeks.")


def police_mail(case: Case, number: int, rng: random.Random) -> Doc:
    """The officer in the case writes to the council worker."""
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
        "From": f"{officer.short} <{officer_address(officer, force.police_domain)}>",
        "To": f"{worker.short} <{council_address(worker, force.council_domain)}>",
        "Subject": f"[PROTECT - PERSONAL] {ref}",
    }
    doc.line(f"Hello {worker.forename},")
    doc.line(
        f"Nothing decided on {ref} as yet."
        if pending
        else f"{ref} is finalised and a letter is going to the family."
    )
    if case.referral and case.crime:
        doc.line(
            "Your side's number, for cross-reference: "
            f"{cite(doc, case, case.referral, variant(case.referral, 1))}."
        )
    doc.line("Best wishes,")
    doc.line(officer.officer)
    return doc


def officer_address(officer: Person, domain: str) -> str:
    return f"{officer.forename.lower()}.{officer.surname.lower()}@{domain}"


def council_address(worker: Person, domain: str) -> str:
    return f"{worker.forename[0].lower()}{worker.surname.lower().replace('-', '')}@{domain}"


def council_email(case: Case, number: int, rng: random.Random) -> Doc:
    """Between two council workers, about a case the police never heard of."""
    force, worker = case.force, case.professional
    day = case.reported + timedelta(days=rng.randint(20, 50))
    doc = new_doc(case, "mail", f"mail_{number:03d}", "e-mail", "eml", day)
    ref = cite(doc, case, case.referral, variant(case.referral))
    doc.headers = {
        "From": f"{worker.short} <{council_address(worker, force.council_domain)}>",
        "To": f"Team Managers <team.managers@{force.council_domain}>",
        "Subject": f"{ref} - has anyone told the police?",
    }
    doc.line(
        f"About {ref}: {case.subject} was out all night again and her grandmother has written to complain."
    )
    doc.line("I cannot see any record that this went to the police. Should it have?")
    doc.line(worker.short)
    return doc


def family_letter(case: Case, number: int) -> Doc:
    force = case.force
    fmt = FORMATS[force.key]["letter"]
    day = (case.closed or case.reported) + timedelta(days=6)
    doc = new_doc(case, "letters", f"parent_{number:03d}", "letter", fmt, day)
    doc.line(f"{force.police} | {force.station}" if fmt == "docx" else force.police)
    doc.line(f"Our reference {cite(doc, case, case.crime)}")
    doc.line(case.when(day))
    doc.line("Dear parent or carer of our young witness,")
    doc.line(
        f"You will know of our investigation involving your daughter, whom our records call {case.subject}."
    )
    fact = "outcome" if not case.reopened else "outcome_initial"
    doc.fact(case, fact, letter_sentence(case, case.outcome_initial, case.closed or day))
    doc.line(f"Yours faithfully, {case.officer.officer}")
    return doc


def complaint(case: Case, number: int, rng: random.Random) -> Doc:
    """A complaint about how the report was handled, to the force or the council (one force's by e-mail)."""
    force = case.force
    fmt = "docx" if case.council_only else FORMATS[force.key]["complaint"]
    day = case.reported + timedelta(days=rng.randint(20, 60))
    doc = new_doc(case, "complaints", f"complaint_{number:03d}", "complaint", fmt, day)
    ref = case.crime or case.incident or case.referral
    if fmt == "eml":
        doc.headers = {
            "From": f"A grandparent <gran.{number}@webmail.invalid>",
            "To": f"Professional Standards <standards@{force.police_domain}>",
            "Subject": "Complaint - nobody has done anything",
        }
    else:
        doc.line(
            "To: "
            + (
                f"Customer Feedback Team, {force.council}"
                if case.council_only
                else f"Professional Standards, {force.police}"
            )
        )
        doc.line(case.when(day))
    doc.line(f"Reference you gave me: {cite(doc, case, ref)}")
    doc.line(f"I am the grandmother of the girl your papers call {case.subject}, and I wish to complain.")
    doc.line("I rang you about the men taking her away in cars. Weeks on, not a single call back.")
    doc.line("Please name the officer responsible and explain the delay.")
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
    if case.council_only:
        out.append(council_email(case, number("email"), rng))
    elif rng.random() < 0.6:
        out.append(police_mail(case, number("email"), rng))
    if case.crime and case.outcome_initial in CLOSED_OUTCOMES and rng.random() < 0.6:
        out.append(family_letter(case, number("letter")))
    if rng.random() < 0.5 or (case.referral and not case.crime):
        out.append(strategy_minutes(case, number("minutes"), rng))
    if case.outcome_final == "unknown" or case.key.endswith("09"):
        out.append(complaint(case, number("complaint"), rng))
    return out
