"""The seven kinds of case file of the fifth set, each written through a `Doc`.

Witness statements, strategy meeting minutes, police intelligence reports, custody record
extracts, multi-agency referral forms, e-mails quoting the thread they answer (with signatures),
and letters. Worded and laid out for this set (not the earlier sets' templates). People are
picked by role and written through `Doc.name` / `Doc.young`; non-persons through `Doc.thing`.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.names_eval5.cast import BY_NAME, CAST, COUNCIL, COUNCIL_SHORT, FORCE, TOWN
from bench.names_eval5.doc import Doc

VEHICLES = ("Rover 25", "Peugeot 206", "Proton Persona", "BMW 3 Series", "Ford Galaxy",
            "Chevrolet Lacetti", "Lexus IS200", "Hyundai i30", "Kia Sportage", "Volvo V70",
            "Dacia Sandero", "Saab 9-3", "Mazda 6", "Mini Cooper")
STREETS = ("Tenter Cft", "Greaves Ln", "Mill Yd", "Jubilee Ct", "Albion Tce", "Coronation Gr",
           "Providence Pl", "Shuttle St", "Weavers Wk", "Kiln Brow")
HOMES = ("Oakroyd Hse", "Fernlea Children's Home", "Beckside Lodge")
OFFICES = ("Greaves Hse", "Cawlingham Civic Ctr", "Cawlingham Town Hall")
STATIONS = ("Cawlingham Div", "Wendlemoor HQ", "Millbank Custody Suite")
FIRMS = ("Rafiq Brothers Hand Car Wash", "Tirana Barbers", "Star City Takeaway",
         "Bluebell Amusements", "Krakow Deli", "Gold Coast Hair & Beauty", "Sarwar Private Hire",
         "Speedline Cars")
LAW_FIRM = "Wilk Dąbrowska & Co Solicitors"
SCHOOL = "Greaves Lane Academy"
STRANGERS = ("Shabs", "Tiggy", "Reece", "Bash", "Paulie")

POLICE = [p.canonical for p in CAST if p.group == "police"]
COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS", "DI")]
SENIOR = ["Bronwen Pritchard-Lloyd", "Malcolm Ferrier", "Łukasz Wróblewski"]
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
WORKERS = ["Magdalena Krawczyk", "Magdalena Krawczyk", "Magdalena Krawczyk", "Abena Owusu-Ansah"]
MANAGER, HOUSING = "Philippa Hebblethwaite", "Abdiqani Farah"
HEAD, SOLICITOR = "Harpreet Sandhu", "Joanna Wilk-Dąbrowska"
SOCIAL = ["Magdalena Krawczyk", "Abena Owusu-Ansah", MANAGER, HOUSING]
YOUNG = [p.canonical for p in CAST if p.group == "young"]
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect"]
PARENT_OF = {"Aqsa Parveen": "Nusrat Bibi", "Demi-Leigh Hanson": "Jolene Hanson",
             "Zuzanna Wojciechowska": "Beata Wojciechowska",
             "Kacper Wojciechowski": "Beata Wojciechowska"}
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)


def _reg(rng: random.Random, year: int) -> str:
    """A UK registration mark of the document's era."""
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    three = "".join(rng.choice(letters) for _ in range(3))
    if year < 2001:
        return f"{rng.choice('PRSTVWXY')}{rng.randint(10, 999)} {three}"
    half = year % 100 + (50 if rng.random() < 0.5 and year < 2015 else 0)
    return f"{rng.choice('DELNSY')}{rng.choice('ABCDEFGHJK')}{half:02d} {three}"


def _one(rng: random.Random, items: list[str], but: tuple[str, ...] = ()) -> str:
    return rng.choice([i for i in items if i not in but])


def _decoy(doc: Doc, decoys: tuple[str, ...], chance: float) -> None:
    """Sometimes a different person one letter or sound from a cast member, named in full,
    now and then beside the person they resemble."""
    if doc.rng.random() >= chance:
        return
    decoy = doc.rng.choice(decoys)
    person = BY_NAME[decoy]
    role = person.role.lower()
    if doc.rng.random() < 0.3:
        real = doc.name(person.decoy_of)
        doc.p(f"{real} is not to be confused with {doc.name(decoy)} ({role}), who has no "
              f"connection to this matter.")
        return
    written = doc.name(decoy)
    doc.p(doc.rng.choice([f"{written}, {role}, was eliminated from enquiries.",
                          f"{written} ({role}) gave an account that adds nothing.",
                          f"A check on {written}, a {role}, found no link."]))


def statement(doc: Doc) -> None:
    """A witness statement: the form's header fields, the account, and who took it."""
    rng = doc.rng
    witness = rng.choice([*WORKERS, HEAD, HOUSING, *PARENT_OF.values()])
    taker, kid, suspect = rng.choice(COLLARED + DETECTIVES), rng.choice(YOUNG), rng.choice(SUSPECTS)
    doc.h(f"{doc.thing('WITNESS STATEMENT', 'heading')}   (CJ Act 1967, s.9; MC Act 1980, s.5B)")
    doc.table([[doc.thing("Statement of", "label"), doc.name(witness)],
               [doc.thing("Age if under 18", "label"), "Over 18"],
               [doc.thing("Occupation", "label"), BY_NAME[witness].role or "Parent"],
               ["URN", f"{rng.randint(10, 99)}/{rng.randint(1000, 9999)}/{doc.date:%y}"]])
    doc.p("This statement is true to the best of my knowledge and belief and I make it knowing "
          "that, if it is tendered in evidence, I shall be liable to prosecution if I have "
          "wilfully stated anything which I know to be false.")
    vehicle = doc.thing(rng.choice(VEHICLES), "vehicle")
    doc.p(f"On {doc.date:%A %d %B %Y} I saw {doc.young(kid)} getting out of a {vehicle} "
          f"on {doc.thing(rng.choice(STREETS), 'place')}. The driver was a man I now know to "
          f"be {doc.name(suspect)}. I had seen the same car outside "
          f"{doc.thing(rng.choice(HOMES), 'building')} the week before.")
    if rng.random() < 0.45:
        other = _one(rng, SUSPECTS, (suspect,))
        doc.p(f"In the passenger seat was {doc.name(other)}. I have seen them together at "
              f"{doc.thing(rng.choice(FIRMS), 'firm')}.")
    if rng.random() < 0.35:
        friend = _one(rng, YOUNG, (kid,))
        doc.p(f"{doc.young(friend)} was there too. I have known "
              f"{doc.forename(friend) if friend in doc.mentions else 'them'} for two years.")
    _decoy(doc, ("Kayla Brierly", "Demi-Leigh Hansen", "Nadeem Sarwan"), 0.22)
    doc.p(f"{doc.thing('Signature witnessed by', 'label')}: {doc.name(taker)}")


def strategy_minutes(doc: Doc) -> None:
    """Minutes of a strategy meeting: who was present, the discussion, and an action table."""
    rng = doc.rng
    chair = rng.choice([MANAGER, *SENIOR[:2]])
    officer = _one(rng, [*DETECTIVES, *SENIOR], (chair,))
    worker = rng.choice(WORKERS)
    kid = rng.choice(YOUNG)
    doc.h(doc.thing("Strategy Meeting (s.47 Children Act 1989)", "heading"))
    doc.p(f"Held at {doc.thing(rng.choice(OFFICES), 'building')} on {doc.date:%d/%m/%Y}. "
          f"{doc.operation}.")
    present = [f"{doc.name(chair)} - Chair", f"{doc.name(officer)} - {FORCE}",
               f"{doc.name(worker)} - {COUNCIL_SHORT}"]
    if rng.random() < 0.5:
        present.append(f"{doc.name(HEAD)} - {SCHOOL}")
    if rng.random() < 0.4:
        present.append(f"{doc.name(HOUSING)} - Housing")
    doc.p(f"{doc.thing('Present', 'label')}: " + "; ".join(present))
    doc.p(f"{doc.thing('Apologies', 'label')}: "
          f"{doc.name(_one(rng, [*SOCIAL, *COUNCILLORS], (worker, chair, HOUSING)))}")
    doc.h(doc.thing("Discussion", "heading"))
    suspect = rng.choice(SUSPECTS)
    doc.p(f"{doc.young(kid)} has been missing three times this month. {doc.name(officer)} "
          f"reported that {doc.name(suspect)} was stopped in a "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} with the child on "
          f"{doc.thing(rng.choice(STREETS), 'place')}.")
    if kid in PARENT_OF and rng.random() < 0.6:
        doc.p(f"{doc.name(PARENT_OF[kid])} has been told and is cooperating.")
    _decoy(doc, DECOYS, 0.18)
    owner = doc.name(worker)
    doc.table([[doc.thing("Action", "label"), doc.thing("Owner", "label"), "By"],
               ["Update the safety plan", owner, f"{doc.date:%d/%m}"],
               [f"Visit {doc.thing(rng.choice(FIRMS), 'firm')}", doc.name(officer), "next meeting"]])


def intel_report(doc: Doc) -> None:
    """A police intelligence report: the grading, the subjects, the text, and who submitted it."""
    rng = doc.rng
    source, researcher = rng.choice(COLLARED), rng.choice(DETECTIVES)
    subjects = rng.sample(SUSPECTS, 2 if rng.random() < 0.4 else 1)
    doc.h(f"{doc.thing(FORCE.upper(), 'org')} - {doc.thing('INTELLIGENCE REPORT', 'heading')}")
    doc.p(f"{doc.thing('Source evaluation', 'label')}: {rng.choice('ABC')}   "
          f"{doc.thing('Intelligence evaluation', 'label')}: {rng.randint(1, 4)}   "
          f"{doc.thing('Handling code', 'label')}: {rng.choice([1, 1, 1, 4])}")
    for n, suspect in enumerate(subjects, start=1):
        doc.p(f"Subject {n}: {doc.name(suspect)}")
    vehicle = doc.thing(rng.choice(VEHICLES), "vehicle")
    doc.p(f"It is reported that the subject is using a {vehicle} ({_reg(rng, doc.date.year)}) "
          f"to collect girls from outside {doc.thing(rng.choice(FIRMS), 'firm')} on "
          f"{doc.thing(rng.choice(STREETS), 'place')} late at night. One of the girls is "
          f"{doc.young(rng.choice(YOUNG))}.")
    if rng.random() < 0.3:
        doc.p(f"The subject is known on the street as {doc.thing(rng.choice(STRANGERS), 'forename')}.")
    _decoy(doc, ("Asif Rafique", "Nadeem Sarwan", "Kwami Boateng", "Lukas Wroblewski"), 0.25)
    doc.p(f"{doc.thing('Submitted by', 'label')}: {doc.name(source)}   "
          f"{doc.thing('Research', 'label')}: {doc.name(researcher)}   {doc.operation}")


def custody(doc: Doc) -> None:
    """An extract of a custody record: the detained person, officers, solicitor, and times."""
    rng = doc.rng
    suspect = rng.choice(SUSPECTS)
    arresting = rng.choice([*COLLARED, *DETECTIVES])
    doc.h(f"{doc.thing('CUSTODY RECORD', 'heading')} - {doc.thing(rng.choice(STATIONS), 'building')}")
    doc.table([[doc.thing("Detained person", "label"), doc.name(suspect)],
               [doc.thing("Arresting officer", "label"), doc.name(arresting)],
               [doc.thing("Custody officer", "label"), doc.name("Iwan ap Rhys")],
               [doc.thing("Reason for arrest", "label"),
                rng.choice(["Child abduction", "Sexual activity with a child", "Trafficking"])],
               [doc.thing("Solicitor", "label"),
                f"{doc.name(SOLICITOR)}, {doc.thing(LAW_FIRM, 'firm')}"]])
    doc.p(f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} arrived. Rights given. Detention "
          f"authorised by the {doc.thing('Duty Inspector', 'title')} at "
          f"{rng.randint(1, 23):02d}:{rng.randint(0, 59):02d}.")
    if rng.random() < 0.4:
        doc.p(f"Interviewed by {doc.name(rng.choice(DETECTIVES))} about {doc.young(rng.choice(YOUNG))}.")
    if rng.random() < 0.35:
        doc.p(f"Vehicle seized: {doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    _decoy(doc, ("Asif Rafique", "Lukas Wroblewski"), 0.2)
    doc.p(f"Released on bail by {doc.name(rng.choice(SENIOR))}.")


def referral(doc: Doc) -> None:
    """A multi-agency referral form: tick boxes, the child, the referrer, and the concerns."""
    rng = doc.rng
    kid, referrer = rng.choice(YOUNG), rng.choice([HEAD, *WORKERS, *COLLARED, HOUSING])
    doc.h(f"{doc.thing(COUNCIL, 'org')} - {doc.thing('Multi-Agency Referral Form', 'heading')}")
    ticks = ["Missing from home", "Sexual exploitation", "Neglect", "Substance misuse"]
    doc.p("   ".join(f"[{'X' if rng.random() < 0.5 else ' '}] {t}" for t in ticks))
    doc.table([[doc.thing("Child's name", "label"), doc.young(kid)],
               [doc.thing("Referrer", "label"), doc.name(referrer)],
               [doc.thing("Parent/carer", "label"),
                doc.name(PARENT_OF[kid]) if kid in PARENT_OF else "Looked after"],
               [doc.thing("School", "label"), doc.thing(SCHOOL, "org")]])
    doc.p(f"Concerns: seen getting into a {doc.thing(rng.choice(VEHICLES), 'vehicle')} outside "
          f"{doc.thing(rng.choice(HOMES), 'building')}; the driver was "
          f"{doc.name(rng.choice(SUSPECTS))}. Has a new phone and cannot say where it came from.")
    if rng.random() < 0.35:
        doc.p(f"Friends: {doc.young(_one(rng, YOUNG, (kid,)))}.")
    _decoy(doc, ("Kayla Brierly", "Demi-Leigh Hansen", "Kwami Boateng"), 0.22)
    doc.p(f"Received by {doc.name(MANAGER)} ({doc.thing(COUNCIL_SHORT, 'org')}) "
          f"and allocated to {doc.name(rng.choice(WORKERS))}.")


def letter(doc: Doc) -> None:
    """A letter: a parent's complaint, a councillor, a solicitor, or the school."""
    rng = doc.rng
    kind = rng.choice(["parent", "councillor", "solicitor", "school"])
    doc.p(f"{doc.date:%d %B %Y}")
    if kind == "parent":
        kid = rng.choice(list(PARENT_OF))
        sender, to = PARENT_OF[kid], rng.choice(SOCIAL)
        doc.p(f"For the attention of {doc.name(to)}, {doc.thing(COUNCIL_SHORT, 'org')}")
        doc.p(f"My child {doc.young(kid)} came home at 3am in a "
              f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} driven by "
              f"{doc.name(rng.choice(SUSPECTS))}. I reported this and nothing has happened.")
    elif kind == "councillor":
        sender, to = rng.choice(COUNCILLORS), rng.choice(SENIOR)
        doc.p(f"Dear {doc.name(to)},")
        doc.p(f"Residents of {doc.thing(rng.choice(STREETS), 'place')} tell me that girls are "
              f"being picked up outside {doc.thing(rng.choice(FIRMS), 'firm')}. I have written "
              f"to {doc.name(MANAGER)} as well.")
    elif kind == "solicitor":
        sender, to = SOLICITOR, rng.choice(DETECTIVES)
        doc.p(f"{doc.thing(LAW_FIRM, 'firm')}   Our ref: JWD/{rng.randint(100, 999)}")
        doc.p(f"Dear {doc.name(to)},")
        doc.p(f"We act for {doc.name(rng.choice(SUSPECTS))}. Please disclose the pocket "
              f"notebook entries of {doc.name(rng.choice(COLLARED))}.")
    else:
        sender, to = HEAD, rng.choice(SOCIAL)
        doc.p(f"{doc.thing(SCHOOL, 'org')}, {TOWN}")
        doc.p(f"Dear {doc.name(to)},")
        doc.p(f"{doc.young(rng.choice(YOUNG))} was collected from the school gates by an adult "
              f"in a {doc.thing(rng.choice(VEHICLES), 'vehicle')} who was not on our list.")
    _decoy(doc, DECOYS, 0.12)
    if rng.random() < 0.35:
        doc.p(f"Copy: {doc.name(rng.choice(COUNCILLORS), email_ok=True)}")
    doc.p(rng.choice(["Yours sincerely", "Yours faithfully", "With regards"]))
    doc.p(doc.name(sender))


def email(doc: Doc) -> None:
    """An e-mail reply with a signature, quoting the thread below it (Outlook or '>' style)."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"RE: {doc.operation}", "RE: strategy meeting", "RE: missing again",
                          "RE: intel submission", "RE: disclosure request"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.5 else [], subject=subject)
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    hello = "Hi all" if _by_address(doc, first) else f"Hi {doc.name(first)}"
    doc.p(f"{hello},\nThanks for this. {doc.young(kid)} was seen with {doc.name(suspect)} again "
          f"at {doc.thing(rng.choice(FIRMS), 'firm')}. I have let "
          f"{doc.name(rng.choice(SENIOR))} know.")
    if rng.random() < 0.35:
        doc.p(f"Can you add {doc.name(rng.choice(WITH_EMAIL), email_ok=True)} to the thread?")
    _decoy(doc, DECOYS, 0.12)
    doc.p(_signature(doc, sender))
    if rng.random() < 0.5:
        doc.p(f"From: {doc.name(first, email_ok=True)}\nSent: {doc.date:%d %B %Y} "
              f"{rng.randint(8, 17)}:{rng.randint(10, 59)}\nTo: {doc.name(sender, email_ok=True)}"
              f"\nSubject: {subject[4:]}")
        doc.p(f"Is {doc.name(suspect)} still using the "
              f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}? {doc.name(rng.choice(COLLARED))} "
              f"saw it on {doc.thing(rng.choice(STREETS), 'place')} last night.")
    else:
        doc.p(f"On {doc.date:%d/%m/%Y} at {rng.randint(8, 17)}:{rng.randint(10, 59)}, "
              f"{doc.name(first, email_ok=True)} wrote:")
        doc.p(f"> Does anyone know where {doc.name(suspect)} is living now?\n"
              f"> {doc.name(rng.choice(COLLARED))} is asking.")
        if rng.random() < 0.4:
            doc.p(f">> Last seen at {doc.thing(rng.choice(STREETS), 'place')} with "
                  f"{doc.young(rng.choice(YOUNG))}.")


def _signature(doc: Doc, sender: str) -> str:
    """A sign-off, then a signature block with the sender's name unless the address alone
    names them."""
    person = BY_NAME[sender]
    lines = [doc.rng.choice(["Kind regards", "Thanks", "Regards"])]
    if person.nickname and doc.rng.random() < 0.4:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    if not _by_address(doc, sender):
        lines.append(doc.name(sender))
    org = FORCE if person.group == "police" else (COUNCIL_SHORT if person.group == "council"
                                                  else SCHOOL if person.group == "school"
                                                  else LAW_FIRM)
    kind = "firm" if org == LAW_FIRM else "org"
    lines.append(f"{person.role} | {doc.thing(org, kind)}")
    lines.append(f"Tel: 01632 {doc.rng.randint(100000, 999999)}")
    return "\n".join(lines)


def _by_address(doc: Doc, canonical: str) -> bool:
    """Whether this e-mail names the person only by their address."""
    return doc.plans.get(canonical) == ("only", "email")


def _address(doc: Doc, canonical: str) -> str:
    """A header address: the bare address when that is the planned form, else a display name."""
    person = BY_NAME[canonical]
    shown = doc.name(canonical, email_ok=True)
    if '"' in shown:  # a nickname in quotes: single quotes inside a quoted display name
        shown = shown.replace('"', "'")
        doc.written[canonical][-1] = shown
    if shown == person.email:
        return person.email
    doc.record(canonical, "email", person.email)
    return f'"{shown}" <{person.email}>'


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "statement": statement, "strategy_minutes": strategy_minutes,
    "intel_report": intel_report, "custody": custody, "referral": referral,
    "email": email, "letter": letter,
}
