"""The six kinds of case file of the second set, each written through a `Doc`.

Occurrence logs, witness statements, sub-group minutes, chronologies, e-mails and letters,
worded and laid out afresh (not the first set's templates). Each picks its people by role and
writes them through `Doc.name` / `Doc.young`, and the non-persons through `Doc.thing`.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.names_eval2.cast import BY_NAME, CAST, TOWN
from bench.names_eval2.doc import Doc

VEHICLES = ("Vauxhall Corsa", "Ford Focus", "Toyota Prius", "Mercedes Vito", "Renault Laguna",
            "Fiat Punto", "BMW 320d", "Honda Civic", "Peugeot 307", "Audi A3", "Nissan Micra",
            "Citroen Picasso", "Volkswagen Passat", "Skoda Superb")
STREETS = ("Ropewalk Rd", "Gasworks Tce", "Mariners Tce", "Salthouse Rd", "Quarry St",
           "St Bride's Tce", "Tanpits Ln", "Dockside Rd", "Jubilee Tce", "Chandlers Row")
HOMES = ("Merchant Hse", "Lindale Hse", "Harbour View Hse")
DIVISIONS = ("Kelderwick Div", "Eastquay Div")
TAXIS = ("Harbour Cars", "Quayside Private Hire", "Northstar Taxis")
SHOPS = ("Sasha's Hand Car Wash", "Belgrade Grill", "Royal Spice", "Ocean Fish Bar", "K&D Motors")
STRANGERS = ("Jamie", "Tash", "Dev", "Kayden")
COUNCIL, COUNCIL_SHORT = f"{TOWN} Metropolitan Borough Council", f"{TOWN} MBC"

OFFICERS = [p.canonical for p in CAST if p.group == "police"]
CONSTABLES = [p.canonical for p in CAST if p.group == "police" and p.collar]
DETECTIVES = [p.canonical for p in CAST if p.group == "police" and p.title in ("DC", "DS", "DI")]
SENIOR = ["Harriet Lowther-Pryce", "Bernard Quinlan", "Declan Fitzgerald"]
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
SOCIAL = ["Adaeze Nwosu", "Małgorzata Wiśniewska", "Kerry-Ann Douglas", "Priya Raghunathan",
          "Colm MacAuley"]
YOUNG = [p.canonical for p in CAST if p.group == "young"]
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect"]
DRIVERS = ["Chukwuemeka Okafor", "Chinedu Okafor", "Imran Qureshi", "Oleksandr Kovalenko"]
WITNESSES = ["Gareth Prior", "Dariusz Nowacki", "Liam Brannan", "Sunita Bhatti", "Sara Brogan",
             "Fiona McCain", "Bridget Dunphy", "Olufemi Adeyemi"]
WITH_EMAIL = [p.canonical for p in CAST if p.email and not p.decoy_of]


def _reg(rng: random.Random, year: int) -> str:
    letters = "ABCDEFGHJKLMNPRSTVWXY"
    tail = "".join(rng.choice(letters) for _ in range(3))
    if year < 2001:
        return f"{rng.choice('PRSTVWXY')}{rng.randint(10, 999)} {tail}"
    return f"{rng.choice('NRSTVY')}{rng.choice('ABCDEFGHJK')}{year % 100:02d} {tail}"


def occurrence_log(doc: Doc) -> None:
    """A command-and-control occurrence log: timed entries, a vehicle of interest, nominals."""
    rng = doc.rng
    pcs = rng.sample(CONSTABLES, rng.randint(1, 2))
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    informant = rng.choice(["Bridget Dunphy", "Colm MacAuley", "Liam Brannan", "Sara Brogan",
                            "Gareth Prior", "Sunita Bhatti", "Dariusz Nowacki"])
    doc.h(doc.thing("NORTHMOOR CONSTABULARY", "org"))
    doc.h(doc.thing("IN CONFIDENCE", "heading") + "  /  "
          + doc.thing("COMMAND AND CONTROL OCCURRENCE LOG", "heading"))
    doc.p(f"Ref: NM-{doc.date:%Y}-{rng.randint(10000, 99999)}   Div: "
          f"{doc.thing(rng.choice(DIVISIONS), 'building')}   File: {doc.operation}")
    vehicle, street = doc.thing(rng.choice(VEHICLES), "vehicle"), doc.thing(rng.choice(STREETS), "place")
    home = doc.thing(rng.choice(HOMES), "building")
    entries = [
        f"{doc.thing('Informant', 'label')}: {doc.name(informant)}. Reports {doc.young(kid)} "
        f"not returned to {home} by curfew.",
        f"Deployed {doc.name(pcs[0])} to {street}. {doc.thing('Sergeant', 'title')} informed.",
        f"Vehicle of interest {vehicle} VRM {_reg(rng, doc.date.year)} seen on {street}. "
        f"PNC: keeper {doc.name(suspect)}, plated with {doc.thing(rng.choice(TAXIS), 'firm')}.",
    ]
    if rng.random() < 0.4:
        entries.append(f"Caller says a lad called {doc.thing(rng.choice(STRANGERS), 'forename')} "
                       f"was with {doc.young(kid)}.")
    if len(pcs) > 1:
        entries.append(f"{doc.name(pcs[1])} to search {doc.thing(rng.choice(SHOPS), 'firm')}.")
    entries.append(f"{doc.young(kid)} found safe by {doc.name(pcs[-1])}, conveyed to {home}.")
    entries.append(f"For the attention of {doc.name(rng.choice(DETECTIVES))} ({doc.operation}).")
    if rng.random() < 0.35:
        entries.append(f"{doc.name('Fiona McCann')} authorised detention of {doc.name(suspect)}; "
                       f"later released under investigation.")
    hour = rng.randint(17, 22)
    for i, entry in enumerate(entries):
        doc.p(f"[{(hour + i) % 24:02d}{rng.randint(0, 59):02d}]  {entry}")
    doc.p(f"{doc.thing('Reporting Officer', 'label')}: {doc.name(pcs[0])}")


def witness_statement(doc: Doc) -> None:
    """A section 9 statement: labelled fields, what the witness saw, who took it."""
    rng = doc.rng
    witness = rng.choice([*YOUNG, *WITNESSES])
    taker = rng.choice(DETECTIVES + CONSTABLES)
    doc.h(doc.thing("RESTRICTED", "heading"))
    doc.h("STATEMENT OF WITNESS")
    doc.p("(C.J. Act 1967, s.9; M.C. Act 1980, ss.5A(3)(a) and 5B; M.C. Rules 1981, r.70)")
    doc.table([["Name of witness", doc.name(witness)],
               ["Age", "Over 18" if BY_NAME[witness].group != "young" else str(rng.randint(12, 16))],
               ["Occupation", BY_NAME[witness].role]])
    suspects = rng.sample(SUSPECTS, rng.randint(1, 2))
    doc.p(f"I live near {doc.thing(rng.choice(STREETS), 'place')}, {TOWN}. On "
          f"{doc.date:%d/%m/%Y} at about {rng.randint(8, 11)}.{rng.choice(['00', '15', '30'])} pm "
          f"I saw a {doc.thing(rng.choice(VEHICLES), 'vehicle')} parked with its engine running. "
          f"The man driving was {doc.name(suspects[0])}, I know him by sight.")
    kid = rng.choice([k for k in YOUNG if k != witness])
    doc.p(f"{doc.name(kid)} came out of {doc.thing(rng.choice(SHOPS), 'firm')} and got in the "
          f"back. This was not the first time.")
    if len(suspects) > 1:
        doc.p(f"Later {doc.name(suspects[1])} arrived in a second car.")
    if rng.random() < 0.45:
        doc.p(f"I mentioned this to {doc.name(rng.choice(SOCIAL))} at the council.")
    doc.p(f"{doc.thing('Signed', 'label')}: ............   Statement taken by: {doc.name(taker)}")


def minutes(doc: Doc) -> None:
    """Minutes of the council's exploitation sub-group: attendees, concerns, actions."""
    rng = doc.rng
    chair = rng.choice(["Priya Raghunathan", "Kerry-Ann Douglas", "Bernard Quinlan"])
    pool = [p for p in SOCIAL + DETECTIVES + SENIOR + COUNCILLORS if p != chair]
    present = [chair, *rng.sample(pool, rng.randint(3, 6))]
    doc.h(doc.thing(rng.choice([COUNCIL.upper(), COUNCIL_SHORT]), "org"))
    doc.h(f"Child Sexual Exploitation Sub-Group ({doc.operation})")
    doc.p(f"Venue: {doc.thing('Civic Centre', 'building')}, {doc.date:%d %B %Y}")
    doc.p(f"{doc.thing('Attendees', 'label')}: " + ", ".join(
        f"{doc.name(n)} ({BY_NAME[n].role})" for n in present))
    absent = rng.choice([n for n in SOCIAL + COUNCILLORS if n not in present])
    doc.p(f"{doc.thing('Apologies', 'label')}: {doc.name(absent)}")
    doc.h("1. " + doc.thing("Matters Arising", "heading"))
    for kid in rng.sample(YOUNG, rng.randint(2, 3)):
        doc.p(f"{doc.young(kid)}: missing episodes continue from "
              f"{doc.thing(rng.choice(HOMES), 'building')}. Sightings in a "
              f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} connected to "
              f"{doc.name(rng.choice(SUSPECTS))}. {doc.name(rng.choice(present))} to update.")
    doc.h("2. " + doc.thing("Any Other Business", "heading"))
    doc.p(f"The {doc.thing('Councillor', 'title')} asked about licensing checks on "
          f"{doc.thing(rng.choice(TAXIS), 'firm')}.")
    rows = [["Action", "Lead", "Due"]]
    for _ in range(rng.randint(2, 4)):
        rows.append([rng.choice(["Disruption notice", "Licence review", "Return home interview",
                                 "Strategy discussion", "Chronology update"]),
                     doc.name(rng.choice(present)), f"{doc.date:%b %Y}"])
    doc.table(rows)


_EVENTS: list[Callable[[Doc], str]] = [
    lambda d: (f"Missing from {d.thing(d.rng.choice(HOMES), 'building')}, found on "
               f"{d.thing(d.rng.choice(STREETS), 'place')}"),
    lambda d: (f"Seen in {d.thing(d.rng.choice(VEHICLES), 'vehicle')} with "
               f"{d.name(d.rng.choice(SUSPECTS))}"),
    lambda d: f"Disclosure to {d.name(d.rng.choice(SOCIAL))}",
    lambda d: f"Strategy discussion chaired by {d.name(d.rng.choice(SENIOR))}",
    lambda d: f"School concern from {d.name(d.rng.choice(['Olufemi Adeyemi', 'Fiona McCain']))}",
    lambda d: f"Placement with foster carer {d.name('Sara Brogan')}",
    lambda d: f"Pharmacist {d.name('Sunita Bhatti')} reports emergency contraception requests",
    lambda d: f"Neighbour {d.name(d.rng.choice(['Liam Brannan', 'Dariusz Nowacki']))} reports "
              f"late-night visitors",
]


def chronology(doc: Doc) -> None:
    """A social-care chronology: a table of dated events, their source and who recorded them."""
    rng = doc.rng
    kid = rng.choice(YOUNG)
    doc.h(f"{doc.thing(COUNCIL_SHORT, 'org')}: Children's Services")
    doc.h(doc.thing("Chronology", "heading"))
    doc.p(f"{doc.thing('Subject', 'label')}: {doc.name(kid)}   Ref: CS{rng.randint(100000, 999999)}")
    rows = [["Date", "Event", "Source", "Recorded by"]]
    for _ in range(rng.randint(3, 5)):
        event = rng.choice(_EVENTS)(doc)
        source = doc.name(rng.choice(DETECTIVES + CONSTABLES)) if rng.random() < 0.4 else "CSC"
        rows.append([f"{rng.randint(1, 28):02d}/{doc.date:%m/%Y}", event, source,
                     doc.name(rng.choice(SOCIAL))])
    doc.table(rows)
    if "Dunphy" in kid:
        doc.p(f"Mother: {doc.name('Bridget Dunphy')}, {doc.thing(rng.choice(STREETS), 'place')}.")


def email(doc: Doc) -> None:
    """An e-mail: display names and addresses in the headers, sometimes a quoted earlier message."""
    rng = doc.rng
    people = rng.sample([*WITH_EMAIL, "Fiona McCain"], rng.randint(2, 4))
    sender, to, cc = people[0], people[1:2], people[2:]
    doc.meta["from"] = _address(doc, sender)
    doc.meta["to"] = [_address(doc, n) for n in to]
    doc.meta["cc"] = [_address(doc, n) for n in cc]
    doc.meta["subject"] = rng.choice([f"{doc.operation} - latest", "Sub-group actions",
                                      "Missing episode", "RE: licence review", "Disclosure"])
    greeting = "Hi all" if cc or doc.plan_of(to[0])[0] in ("only", "ambiguous") \
        else f"Dear {doc.forename(to[0])}"
    doc.p(f"{greeting},")
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    doc.p(f"{doc.young(kid)} went missing again and was picked up near "
          f"{doc.thing(rng.choice(SHOPS), 'firm')}. A {doc.thing(rng.choice(VEHICLES), 'vehicle')}"
          f" registered to {doc.name(suspect)} was seen on {doc.thing(rng.choice(STREETS), 'place')}.")
    if rng.random() < 0.4:
        other = rng.choice([n for n in WITH_EMAIL if n not in people])
        doc.p(f"Please copy in {doc.name(other, email_ok=True)} before Friday.")
    doc.p("Thanks,")
    if doc.plan_of(sender) != ("only", "email"):
        doc.p(doc.name(sender))
    if rng.random() < 0.35:
        _quoted(doc, rng.choice([n for n in WITH_EMAIL if n not in people]), sender)


def _address(doc: Doc, canonical: str) -> str:
    """A header address: bare, or a display name (in this document's form) and the address."""
    person = BY_NAME[canonical]
    shown = doc.name(canonical, email_ok=True)
    if shown == person.email:
        return shown
    doc.mentions[canonical].append("email")
    doc.written[canonical].append(person.email)
    return f'"{shown}" <{person.email}>'


def _quoted(doc: Doc, writer: str, recipient: str) -> None:
    """An earlier message quoted in the body, with its own From line."""
    doc.p("-----Original Message-----")
    doc.p(f"From: {_mailto(doc, writer)}\nTo: {_mailto(doc, recipient)}\n"
          f"Subject: {doc.meta['subject']}")
    doc.p(f"Can we discuss {doc.name(doc.rng.choice(SUSPECTS))} at the next sub-group?")


def _mailto(doc: Doc, canonical: str) -> str:
    person = BY_NAME[canonical]
    shown = doc.name(canonical, email_ok=True)
    if shown == person.email:
        return shown
    doc.mentions[canonical].append("email")
    doc.written[canonical].append(person.email)
    return f"{shown} [mailto:{person.email}]"


def letter(doc: Doc) -> None:
    """A letter: solicitor, licensing, school, council to a parent, or police to council."""
    doc.p(f"{doc.date:%d %B %Y}")
    [_solicitor, _licensing, _school, _parent, _police_to_council][doc.rng.randrange(5)](doc)


def _solicitor(doc: Doc) -> None:
    rng = doc.rng
    doc.h(doc.thing("Bankole Hart Solicitors", "firm"))
    doc.p(f"Our ref: YB/{rng.randint(100, 999)}    FAO {doc.name(rng.choice(SOCIAL[2:4]))}")
    doc.p(f"We are instructed by {doc.name(rng.choice(SUSPECTS))}, who denies knowing "
          f"{doc.young(rng.choice(YOUNG))}. His {doc.thing(rng.choice(VEHICLES), 'vehicle')} was "
          f"off the road at {doc.thing('K&D Motors', 'firm')}, as "
          f"{doc.name(rng.choice(['Gareth Prior', 'Dariusz Nowacki']))} will confirm.")
    doc.p(f"Please reply to {doc.name('Yetunde Bankole', email_ok=True)}.")


def _licensing(doc: Doc) -> None:
    rng = doc.rng
    doc.h(f"{doc.thing(COUNCIL, 'org')} - Licensing Committee")
    doc.p(f"Dear {doc.name('Imran Qureshi')},")
    driver = rng.choice(DRIVERS[:2] + DRIVERS[3:])
    doc.p(f"{doc.thing('Quayside Private Hire', 'firm')}: the committee chaired by "
          f"{doc.name('Rosalind Ashby Crane')} reviewed the licence of {doc.name(driver)} after "
          f"a report from {doc.name(rng.choice(CONSTABLES))}.")
    if rng.random() < 0.5:
        doc.p(f"{doc.name(rng.choice(COUNCILLORS))} asked that the "
              f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} be inspected.")
    doc.p(f"Yours sincerely,\n{doc.name(rng.choice(COUNCILLORS))}")


def _school(doc: Doc) -> None:
    rng = doc.rng
    doc.h(doc.thing("Harbourside Academy", "building"))
    doc.p(f"Dear {doc.name(rng.choice(SOCIAL))},")
    kids = rng.sample(YOUNG, 2)
    doc.p(f"I write about {doc.name(kids[0])} and {doc.name(kids[1])}, who have been collected "
          f"at the gate by a {doc.thing(rng.choice(VEHICLES), 'vehicle')} from "
          f"{doc.thing(rng.choice(TAXIS), 'firm')}. {doc.name('Fiona McCain')} took the number.")
    doc.p(f"Yours sincerely,\n{doc.name('Olufemi Adeyemi')}")


def _parent(doc: Doc) -> None:
    rng = doc.rng
    writer = rng.choice(SOCIAL)
    doc.h(doc.thing(COUNCIL_SHORT, "org"))
    doc.p(f"Dear {doc.name('Bridget Dunphy')},")
    doc.p(f"Following our visit about {doc.name('Roxanne Dunphy')}, {doc.name(writer)} and "
          f"{doc.name(rng.choice(DETECTIVES))} will call again next week.")
    doc.p(f"Yours sincerely,\n{doc.name(writer)}")


def _police_to_council(doc: Doc) -> None:
    rng = doc.rng
    doc.h(doc.thing("Northmoor Constabulary", "org") + ", " + doc.thing(rng.choice(DIVISIONS), "building"))
    doc.p(f"Dear {doc.name('Zulfiqar Hussain')},")
    first, second = rng.sample(SUSPECTS, 2)
    doc.p(f"{doc.operation} has now identified {doc.name(first)} and {doc.name(second)}. "
          f"{doc.name('Declan Fitzgerald')} leads the enquiry, with {doc.name(rng.choice(DETECTIVES))}.")
    doc.p(f"cc: {doc.name('Bernard Quinlan')}")
    doc.p(f"Yours sincerely,\n{doc.name('Harriet Lowther-Pryce')}")


TEMPLATES = {
    "occurrence_log": occurrence_log,
    "statement": witness_statement,
    "minutes": minutes,
    "chronology": chronology,
    "email": email,
    "letter": letter,
}
