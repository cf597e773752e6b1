"""The six kinds of case file of the set, each written through a `Doc`.

Police incident logs, MG11-style witness statements, strategy-meeting minutes, social-care case
notes, e-mails and letters. Each template picks its people by role, then writes them through
`Doc.name` / `Doc.young` and the non-persons through `Doc.thing`.
"""

from __future__ import annotations

import random

from bench.names_eval.cast import BY_NAME, CAST
from bench.names_eval.doc import Doc

VEHICLES = ("Vauxhall Vectra", "Ford Mondeo", "Vauxhall Astra", "Nissan Primera",
            "Peugeot 406", "Ford Escort", "Rover 214", "Toyota Avensis", "Skoda Octavia")
STREETS = ("Prospect Tce", "Alma Tce", "Moorend Rd", "Nether Rd", "Holme St", "Kiln Lane",
           "Providence Tce", "Lowgate Rd", "Chapel St")
BUILDINGS = ("Bankfield Hse", "Cragside Hse", "Lowfold Hse", "Ravensholt Bus Stn",
             "Moorside Academy", "Ravensholt Div", "Northgate Div")
TAXI_FIRMS = ("Townline Taxis", "Ace Private Hire", "K-Line Cabs", "Ravensholt Radio Cars")
SHOPS = ("Pennine Grill", "Star Kebabs", "Golden Fry")
SOLICITORS = "Ingham Marsh Solicitors"
COUNCIL = "Ravensholt Metropolitan Borough Council"

OFFICERS = [p.canonical for p in CAST if p.group == "police"]
CONSTABLES = [p.canonical for p in CAST if p.group == "police" and p.collar]
DETECTIVES = [p.canonical for p in CAST if p.group == "police" and p.title in ("DC", "DS", "DI")]
SENIOR = ["Robert Fairbank", "Andrew Crossley", "Margaret Ogden"]
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
SOCIAL = ["Janet Brearley", "Michelle Dyson", "Siân Hepworth", "Paul Tordoff", "Lesley Exley",
          "Elizabeth Shackleton"]
YOUNG = [p.canonical for p in CAST if p.group == "young"]
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect"]
STAFF_WITH_EMAIL = [p.canonical for p in CAST if p.email and not p.decoy_of]


def _time(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def _reg(rng: random.Random, year: int) -> str:
    letters = "ABCDEFGHJKLMNPRSTVWXY"
    suffix = "".join(rng.choice(letters) for _ in range(3))
    if year < 2001:
        return f"{rng.choice('MNPRSTVWXY')}{rng.randint(100, 999)} {suffix}"
    return f"Y{rng.choice('ABCDEFGHKLMN')}{rng.randint(51, 61) % 60:02d} {suffix}"


def _pick(rng: random.Random, pool: list[str], k: int) -> list[str]:
    return rng.sample(pool, k)


def police_log(doc: Doc) -> None:
    """A control-room incident log: timed entries by constables, a missing young person."""
    rng = doc.rng
    pcs = _pick(rng, CONSTABLES, rng.randint(1, 2))
    kids = _pick(rng, YOUNG, rng.randint(1, 2))
    suspect = rng.choice(SUSPECTS)
    caller = rng.choice(["Christine Broadbent", "Gary Haig", "Dean Sutcliff", "Elizabeth Shackleton",
                         "Karen Holdworth", "Stephen Cawthorn"])
    doc.h("PENNINE POLICE")
    doc.h(doc.thing("RESTRICTED", "heading"))
    doc.h(doc.thing("CONTROL INCIDENT LOG", "heading"))
    doc.p(f"Incident No: PP/{doc.date:%y%m%d}/{rng.randint(1000, 9999)}    "
          f"Division: {doc.thing(rng.choice(BUILDINGS[5:]), 'building')}")
    doc.p(f"Date: {doc.date:%d/%m/%Y}    Linked to: {doc.operation}")
    vehicle, street = doc.thing(rng.choice(VEHICLES), "vehicle"), doc.thing(rng.choice(STREETS), "place")
    home = doc.thing(rng.choice(BUILDINGS[:3]), "building")
    entries = [
        f"Call received from {doc.name(caller)} reporting {doc.young(kids[0])} missing from {home}.",
        f"{doc.name(pcs[0])} attended {street}. Neighbour states {doc.young(kids[0])} was seen "
        f"getting into a silver {vehicle} index {_reg(rng, doc.date.year)}.",
        f"PNC check: {vehicle} registered keeper {doc.name(suspect)}, licensed with "
        f"{doc.thing(rng.choice(TAXI_FIRMS), 'firm')}.",
    ]
    if len(kids) > 1:
        entries.append(f"{doc.young(kids[1])} also believed to be with the male. "
                       f"Last seen near {doc.thing(rng.choice(SHOPS), 'firm')}.")
    last = pcs[-1]
    entries.append(f"{doc.young(kids[0])} located by {doc.name(last)} and returned to {home}. "
                   f"Declined to say where they had been.")
    entries.append(f"Update passed to {doc.name(rng.choice(DETECTIVES))} for {doc.operation}.")
    if rng.random() < 0.4:
        entries.append(f"Custody: {doc.name('Trevor Booth')} booked in {doc.name(suspect)}; "
                       f"released NFA after interview.")
    start = rng.randint(18, 23)
    for i, entry in enumerate(entries):
        doc.p(f"{(start + i) % 24:02d}:{rng.randint(0, 59):02d}  {entry}")
    doc.p(f"Log closed by {doc.name(pcs[0])}.")


def witness_statement(doc: Doc) -> None:
    """An MG11-style statement: form labels, the witness, and what they saw."""
    rng = doc.rng
    witness = rng.choice([*YOUNG, "Christine Broadbent", "Gary Haig", "Dean Sutcliff",
                          "Michelle Tyson", "Keith Dransfield", "Elizabeth Shackleton"])
    officer = rng.choice(DETECTIVES + CONSTABLES)
    suspects = _pick(rng, SUSPECTS, rng.randint(1, 2))
    doc.h(doc.thing("RESTRICTED", "heading") + " (when complete)")
    doc.h("WITNESS STATEMENT")
    doc.p("Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.5B")
    doc.p(f"URN: 13/{rng.randint(10000, 99999)}/{doc.date:%y}")
    age = "Over 18" if BY_NAME[witness].group != "young" else str(rng.randint(13, 16))
    doc.p(f"Statement of: {doc.name(witness)}")
    doc.p(f"Age if under 18: {age}    Occupation: {BY_NAME[witness].role}")
    doc.p("This statement (consisting of 2 pages each signed by me) is true to the best of my "
          "knowledge and belief.")
    vehicle = doc.thing(rng.choice(VEHICLES), "vehicle")
    street = doc.thing(rng.choice(STREETS), "place")
    doc.p(f"On {doc.date:%A %d %B %Y} I was on {street} in Ravensholt at about "
          f"{rng.randint(7, 11)} pm. I saw a {vehicle} pull up. I know the driver as "
          f"{doc.name(suspects[0])}.")
    if len(suspects) > 1:
        doc.p(f"In the passenger seat was a man I now know to be {doc.name(suspects[1])}. "
              f"He works at {doc.thing(rng.choice(SHOPS), 'firm')}.")
    kid = rng.choice([k for k in YOUNG if k != witness])
    doc.p(f"{doc.name(kid)} got into the back of the car. I have seen this happen before, "
          f"about three times, always late at night.")
    if rng.random() < 0.4:
        doc.p(f"I told {doc.name(rng.choice(SOCIAL))} from social services what I had seen.")
    doc.p(f"{doc.thing('Signature', 'label')}: ........  Signature witnessed by: {doc.name(officer)}")


def minutes(doc: Doc) -> None:
    """Strategy-meeting minutes: attendance, a schedule of concerns, an action log."""
    rng = doc.rng
    chair = rng.choice(["Lesley Exley", "Michelle Dyson", "Margaret Ogden"])
    others = [p for p in SOCIAL + DETECTIVES + SENIOR + COUNCILLORS if p != chair]
    present = [chair, *_pick(rng, others, rng.randint(3, 6))]
    kids = _pick(rng, YOUNG, rng.randint(2, 3))
    doc.h(COUNCIL.upper())
    doc.h(f"Multi-Agency Strategy Meeting: {doc.operation}")
    doc.p(f"Held at {doc.thing(rng.choice(BUILDINGS[1:3]), 'building')} on {doc.date:%d %B %Y}")
    doc.p(f"{doc.thing('Present', 'label')}: " + "; ".join(
        f"{doc.name(n)} ({BY_NAME[n].role})" for n in present))
    apology = rng.choice([n for n in SOCIAL + COUNCILLORS if n not in present])
    doc.p(f"{doc.thing('Apologies', 'label')}: {doc.name(apology)}")
    doc.h(doc.thing("Schedule", "heading") + " of concerns")
    for kid in kids:
        suspect = rng.choice(SUSPECTS)
        home = doc.thing(rng.choice(BUILDINGS[:2]), "building")
        doc.p(f"{doc.young(kid)}: continues to go missing from {home}. "
              f"Seen in a {doc.thing(rng.choice(VEHICLES), 'vehicle')} associated with "
              f"{doc.name(suspect)}. {doc.name(rng.choice(present))} reported that the risk "
              f"remains high.")
    if rng.random() < 0.3:
        doc.p(f"Placement: {doc.young(kids[0])} is now placed with foster carer "
              f"{doc.name('Karen Holdworth')}.")
    doc.h(doc.thing("Action Log", "heading"))
    rows = [["No.", "Action", "Owner", "By"]]
    for i in range(rng.randint(2, 4)):
        owner = rng.choice(present)
        rows.append([str(i + 1), rng.choice(["Refer to MASH", "Disruption visit", "Update chronology",
                                             "Licensing check on vehicle", "Return interview"]),
                     doc.name(owner), f"{rng.randint(1, 28):02d}/{doc.date:%m/%Y}"])
    doc.table(rows)


def case_note(doc: Doc) -> None:
    """A social-care case note: the worker, the young person, the family, the risk."""
    rng = doc.rng
    worker = rng.choice(SOCIAL[:4])
    kid = rng.choice(YOUNG)
    doc.h("Children's Social Care: Case Note")
    doc.p(f"Case ref: CSC/{rng.randint(10000, 99999)}    Date of contact: {doc.date:%d/%m/%Y}")
    doc.p(f"Worker: {doc.name(worker)}    Subject: {doc.name(kid)}")
    occupier = doc.thing("Occupier", "label")
    mother = doc.name("Christine Broadbent") if "Broadbent" in kid else "Mother"
    doc.p(f"{occupier}: {mother}, {rng.randint(2, 90)} {doc.thing(rng.choice(STREETS), 'place')}")
    doc.p(f"Home visit. {doc.name(kid)} was present and said they had been out with friends and "
          f"that a man called {doc.name(rng.choice(SUSPECTS))} gives them lifts.")
    if rng.random() < 0.5:
        doc.p(f"School: {doc.name(rng.choice(['Keith Dransfield', 'Michelle Tyson']))} reports "
              f"poor attendance this term at {doc.thing('Moorside Academy', 'building')}.")
    if rng.random() < 0.35:
        doc.p(f"Respite with foster carer {doc.name('Karen Holdworth')} discussed.")
    if rng.random() < 0.5:
        taxi = doc.thing(rng.choice(TAXI_FIRMS), "firm")
        doc.p(f"Staff at {doc.thing('Bankfield Hse', 'building')} say she is collected by "
              f"{taxi} cars; {doc.name('Elizabeth Shackleton')} has asked them to stop.")
    officer = rng.choice(DETECTIVES)
    doc.p(f"Discussed with {doc.name(officer)} by telephone. Referral to be made.")
    doc.p(f"Manager's comment ({doc.name(rng.choice(['Michelle Dyson', 'Lesley Exley']))}): agreed.")


def email(doc: Doc) -> None:
    """An e-mail between professionals: headers with display names, a short body."""
    rng = doc.rng
    people = _pick(rng, [*STAFF_WITH_EMAIL, "Michelle Tyson"], rng.randint(2, 4))
    sender, to, cc = people[0], people[1:2], people[2:]
    doc.meta["from"] = _address(doc, sender)
    doc.meta["to"] = [_address(doc, n) for n in to]
    doc.meta["cc"] = [_address(doc, n) for n in cc]
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    doc.meta["subject"] = rng.choice([f"{doc.operation}: update", "Strategy meeting actions",
                                      "Missing episode last night", "Re: chronology", "Referral"])
    greeting = "All" if cc or doc.uses_email_only(to[0]) else doc.forename(to[0])
    doc.p(f"{greeting},")
    doc.p(f"Further to the meeting, {doc.young(kid)} was missing again last night and was "
          f"found near {doc.thing(rng.choice(SHOPS), 'firm')} on {doc.thing(rng.choice(STREETS), 'place')}.")
    doc.p(f"A {doc.thing(rng.choice(VEHICLES), 'vehicle')} linked to {doc.name(suspect)} was "
          f"seen in the area.")
    if rng.random() < 0.5:
        doc.p(f"Can {doc.name(rng.choice(OFFICERS))} check whether the car is still licensed "
              f"by {doc.thing(rng.choice(TAXI_FIRMS), 'firm')}?")
    doc.p("Regards,")
    if not doc.uses_email_only(sender):
        doc.p(doc.name(sender))


def _address(doc: Doc, canonical: str) -> str:
    """A header address: a bare address, or a display name (in this doc's form) and address."""
    person = BY_NAME[canonical]
    shown = doc.name(canonical, header=True)
    if shown == person.email:
        return shown
    doc.mentions[canonical].append("email")
    doc.written[canonical].append(person.email)
    return f'"{shown}" <{person.email}>'


def letter(doc: Doc) -> None:
    """A letter: solicitor to council, council to parent, head teacher, or a taxi firm."""
    rng = doc.rng
    variant = rng.randrange(4)
    doc.p(f"{doc.date:%d %B %Y}")
    if variant == 0:
        _solicitor_letter(doc)
    elif variant == 1:
        writer = rng.choice(["Lesley Exley", "Michelle Dyson", "Janet Brearley"])
        doc.h(COUNCIL)
        doc.p(f"Dear {doc.name('Christine Broadbent')},")
        doc.p(f"I am writing about {doc.name('Kayleigh Broadbent')}. {doc.name(writer)} will visit "
              f"next week with {doc.name(rng.choice(SOCIAL))}.")
        doc.p(f"Yours sincerely,\n{doc.name(writer)}")
    elif variant == 2:
        doc.h(doc.thing("Moorside Academy", "building"))
        doc.p(f"Dear {doc.name(rng.choice(SOCIAL))},")
        kids = _pick(rng, YOUNG, 2)
        doc.p(f"I am concerned about {doc.name(kids[0])} and {doc.name(kids[1])}, who are collected "
              f"from school by a {doc.thing(rng.choice(VEHICLES), 'vehicle')}. "
              f"{doc.name('Michelle Tyson')} has noted the registration.")
        doc.p(f"Yours sincerely,\n{doc.name('Keith Dransfield')}")
    else:
        _taxi_letter(doc)


def _solicitor_letter(doc: Doc) -> None:
    rng = doc.rng
    client = rng.choice(SUSPECTS)
    doc.h(doc.thing(SOLICITORS, "firm"))
    doc.p(f"Our ref: RHM/{rng.randint(100, 999)}    For the attention of "
          f"{doc.name(rng.choice(['Lesley Exley', 'Michelle Dyson']))}")
    doc.p(f"We act for {doc.name(client)}. Our client denies any association with "
          f"{doc.young(rng.choice(YOUNG))}. His {doc.thing(rng.choice(VEHICLES), 'vehicle')} was "
          f"at {doc.thing(rng.choice(STREETS), 'place')} for repair at the material time, as "
          f"{doc.name(rng.choice(['Dean Sutcliff', 'Gary Haig']))} will confirm.")
    doc.p(f"Please direct any further contact to the writer, {doc.name('Richard Moorhouse')}.")


def _taxi_letter(doc: Doc) -> None:
    rng = doc.rng
    doc.h(doc.thing("Townline Taxis", "firm"))
    doc.p(f"Dear {doc.name('Dennis Hirst')},")
    driver = rng.choice(["Gary Haigh", "Wayne Crabtree", "Nasir Hameed"])
    doc.p(f"Re: licence of {doc.name(driver)}. I understand {doc.name(rng.choice(COUNCILLORS))} "
          f"raised the matter in committee. {doc.name(driver)} has driven a "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} for this firm since "
          f"{doc.date.year - rng.randint(1, 5)}.")
    doc.p(f"Yours faithfully,\n{doc.name('Stephen Cawthorn')}")


TEMPLATES = {
    "police_log": police_log,
    "witness_statement": witness_statement,
    "minutes": minutes,
    "case_note": case_note,
    "email": email,
    "letter": letter,
}
