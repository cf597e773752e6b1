"""The seven kinds of case file of the fourth set, each written through a `Doc`.

Missing person reports, records of taped interview, social-care case notes, exploitation panel
minutes, taxi licensing reports, e-mails quoting the message they answer, and letters. Worded
and laid out for this set (not the earlier sets' templates). People are picked by role and
written through `Doc.name` / `Doc.young`; non-persons through `Doc.thing`.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.names_eval4.cast import BY_NAME, CAST, COUNCIL, COUNCIL_SHORT, FORCE, TOWN
from bench.names_eval4.doc import Doc

VEHICLES = ("Ford Fiesta", "Audi A4", "Nissan Almera", "Citroen Saxo", "Volkswagen Golf",
            "Toyota Yaris", "Mercedes Sprinter", "Skoda Fabia", "Suzuki Swift", "Honda Accord",
            "Fiat Bravo", "Vauxhall Vivaro", "Mitsubishi Colt", "Seat Leon")
STREETS = ("Balaclava St", "Inkerman Tce", "Spring Gdns", "Union Rd", "Tanpits Ln", "Wharf Cl",
           "Peel Mt", "Calder Tce", "Hargreaves St", "Bright St")
HOMES = ("Brookhouse Hse", "Sunnybank Lodge", "Moorview Children's Home")
OFFICES = ("Spring Vale Hse", "Ashgrove Ct", "Hollinsford Town Hall")
STATIONS = ("Hollinsford Div", "Lunesdale HQ")
FIRMS = ("Stansfield Motors", "Bosphorus Kebab House", "Napoli Pizzeria", "Dhaka Spice",
         "Lucky Star Amusements", "Fast Lane Taxis", "Balogh Building Services", "Manila Mart")
CAB_FIRMS = ("Fast Lane Taxis", "Stansfield Motors", "Riverside Private Hire")
LAW_FIRM = "Arslan Hewitt Solicitors"
SCHOOL = "St Anne's CE High School"
STRANGERS = ("Kyle", "Gaz", "Nav", "Chelsea", "Rocco")

POLICE = [p.canonical for p in CAST if p.group == "police"]
COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS", "DI")]
SENIOR = ["Annette Rowbotham", "Giancarlo Ferrante", "Hüseyin Özdemir"]
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
SOCIAL = ["Tharshini Sivakumar", "Maricel Bautista", "Gillian Sowerbutts", "Joanne Fitton"]
WORKERS = ["Tharshini Sivakumar", "Maricel Bautista", "Joanne Fitton"]
MANAGER, HEAD, SOLICITOR = "Gillian Sowerbutts", "Alessandra Bellini", "Kenan Arslan"
YOUNG = [p.canonical for p in CAST if p.group == "young"]
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect"]
PARENT_OF = {"Janelle dela Cruz": "Maria Luisa dela Cruz",
             "Keeley Scholefield": "Deborah Scholefield"}
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
DRIVERS = ["Kadir Aydın", "Kemal Aydın", "Craig Stansfield", "Rommel Bautista",
           "Alejandro Ruiz Navarro"]


def _reg(rng: random.Random, year: int) -> str:
    """A UK registration mark of the document's era."""
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    three = "".join(rng.choice(letters) for _ in range(3))
    if year < 2001:
        return f"{rng.choice('NPRSTVWXY')}{rng.randint(100, 999)} {three}"
    half = year % 100 + (50 if rng.random() < 0.5 and year < 2016 else 0)
    return f"{rng.choice('BCFKMPY')}{rng.choice('ABCDEFGHJK')}{half:02d} {three}"


def _one(rng: random.Random, items: list[str], but: tuple[str, ...] = ()) -> str:
    return rng.choice([i for i in items if i not in but])


def _decoy(doc: Doc, decoys: tuple[str, ...], chance: float) -> None:
    """Sometimes a different person one letter away from a cast member, named in full."""
    if doc.rng.random() >= chance:
        return
    decoy = doc.rng.choice(decoys)
    role, written = BY_NAME[decoy].role.lower(), doc.name(decoy)
    doc.p(doc.rng.choice([
        f"{written} ({role}) was also spoken to and is not connected.",
        f"NB {written}, a {role}, is a different person and is not involved.",
        f"Enquiries with {written} ({role}) revealed nothing of note."]))


def missing_report(doc: Doc) -> None:
    """A missing person report: a form table, the circumstances, and the supervisor."""
    rng = doc.rng
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    reporter = PARENT_OF.get(kid) or rng.choice([*WORKERS, HEAD])
    doc.h(f"{doc.thing(FORCE.upper(), 'org')}   {doc.thing('MISSING PERSON REPORT', 'heading')}")
    doc.table([[doc.thing("Missing person", "label"), doc.young(kid)],
               [doc.thing("Reported by", "label"), doc.name(reporter)],
               [doc.thing("Reporting officer", "label"), doc.name(rng.choice(COLLARED))],
               [doc.thing("Risk", "label"), doc.thing(rng.choice(["HIGH", "MEDIUM"]), "label")],
               ["Date", f"{doc.date:%d/%m/%Y}"]])
    home, street = doc.thing(rng.choice(HOMES), "building"), doc.thing(rng.choice(STREETS), "place")
    vehicle = doc.thing(rng.choice(VEHICLES), "vehicle")
    doc.p(f"Left {home} at about {rng.randint(18, 23)}:{rng.randint(0, 5)}0 hrs. A member of "
          f"staff saw {doc.young(kid)} get into a {vehicle} ({_reg(rng, doc.date.year)}) on "
          f"{street}. The driver is believed to be {doc.name(suspect)}.")
    if rng.random() < 0.4:
        friend = _one(rng, YOUNG, (kid,))
        doc.p(f"Associates: {doc.young(friend)}.")
        if friend in doc.mentions and rng.random() < 0.5:
            doc.p(f"{doc.forename(friend)} has been missing with the subject before.")
    if rng.random() < 0.3:
        doc.p(f"Known to frequent {doc.thing(rng.choice(FIRMS), 'firm')} with a male known "
              f"as {doc.thing(rng.choice(STRANGERS), 'forename')}.")
    _decoy(doc, ("Keeley Scholfield", "Jayson Stott", "Dominic Entwisle"), 0.25)
    doc.p(f"Found {rng.choice(['safe and well', 'at a house on ' + street, 'by patrols'])}. "
          f"Reviewed by {doc.name(_one(rng, [*DETECTIVES, *SENIOR]))}, {doc.operation}.")


def interview_record(doc: Doc) -> None:
    """A record of taped interview (ROTI): who was there, and what was said, in summary."""
    rng = doc.rng
    suspect = rng.choice(SUSPECTS)
    first, second = rng.sample(DETECTIVES, 2)
    kid, other = rng.choice(YOUNG), _one(rng, SUSPECTS, (suspect,))
    doc.h(doc.thing("RECORD OF TAPED INTERVIEW", "heading"))
    doc.p(f"{doc.thing('Person interviewed', 'label')}: {doc.name(suspect)}")
    doc.p(f"Place: {doc.thing(rng.choice(STATIONS), 'building')}   Date: {doc.date:%d.%m.%Y}   "
          f"Tapes: {rng.randint(1000, 9999)}/{rng.randint(1, 3)}")
    doc.p(f"{doc.thing('Interviewing officers', 'label')}: {doc.name(first)}, {doc.name(second)}")
    doc.p(f"Also present: {doc.name(SOLICITOR)} ({doc.thing(LAW_FIRM, 'firm')})")
    doc.h(doc.thing("Summary", "heading"))
    doc.p(f"Asked how he knows {doc.young(kid)}, he said they are a friend of the family. He said "
          f"{doc.name(other)} drives the {doc.thing(rng.choice(VEHICLES), 'vehicle')}, not him.")
    firm = doc.thing(rng.choice(FIRMS), "firm")
    doc.p(f"Shown stills from {firm} of {doc.thing(rng.choice(STREETS), 'place')}. No comment.")
    if suspect in ("Kadir Aydın", "Kemal Aydın"):
        brother = "Kemal Aydın" if suspect == "Kadir Aydın" else "Kadir Aydın"
        if rng.random() < 0.5:
            doc.p(f"Said his brother {doc.name(brother)} was working that night.")
    _decoy(doc, ("Giuseppe Rosso", "Dominic Entwisle", "Alejandra Ruiz Navarro",
                 "Zoltán Vargha"), 0.3)
    doc.p(f"Interview concluded at {rng.randint(10, 22)}:{rng.randint(10, 59)}. Summary by "
          f"{doc.name(first)}; checked by {doc.name(rng.choice(SENIOR))}.")


def case_note(doc: Doc) -> None:
    """A social-care case recording: dated entries by the allocated worker, then oversight."""
    rng = doc.rng
    kid, worker = rng.choice(YOUNG), rng.choice(WORKERS)
    doc.h(f"{doc.thing(COUNCIL, 'org')} - {doc.thing('Case Recording', 'heading')}")
    doc.p(f"{doc.thing('Child', 'label')}: {doc.young(kid)}   {doc.thing('Worker', 'label')}: "
          f"{doc.name(worker)}")
    entries = [
        f"Home visit. {doc.young(kid)} was at home and talked about the weekend.",
        f"Telephone call from {doc.name(rng.choice(COLLARED))}: seen in a "
        f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} on {doc.thing(rng.choice(STREETS), 'place')}"
        f" with {doc.name(rng.choice(SUSPECTS))}.",
        f"School visit with {doc.name(HEAD)} at {doc.thing(SCHOOL, 'org')}. Attendance poor.",
    ]
    if kid in PARENT_OF:
        entries.append(f"Spoke to {doc.name(PARENT_OF[kid])}, who is worried and supportive.")
    if rng.random() < 0.3:
        entries.append(f"Housing: {doc.name('Joanne Fitton')} confirmed the family's tenancy "
                       f"at {doc.thing(rng.choice(OFFICES[:2]), 'building')}.")
    rng.shuffle(entries)
    for n, entry in enumerate(entries):
        day = doc.date.replace(day=min(28, doc.date.day + n))
        doc.p(f"{day:%d/%m/%Y}  {entry}")
    _decoy(doc, ("Keeley Scholfield", "Jayson Stott", "Giuseppe Rosso"), 0.2)
    doc.p(f"{doc.thing('Management oversight', 'heading')}: agreed by {doc.name(MANAGER)}.")


def panel_minutes(doc: Doc) -> None:
    """Minutes of the multi-agency exploitation panel: attendance, cases, actions."""
    rng = doc.rng
    chair = rng.choice([MANAGER, *SENIOR[:2]])
    officer = _one(rng, [*DETECTIVES, *SENIOR], (chair,))
    worker = rng.choice(WORKERS)
    doc.h(doc.thing(f"{TOWN} Multi-Agency Sexual Exploitation Panel", "heading"))
    doc.p(f"Minutes of the meeting held at {doc.thing(rng.choice(OFFICES), 'building')}, "
          f"{doc.date:%A %d %B %Y} ({doc.operation})")
    rows = [[doc.thing("Name", "label"), doc.thing("Agency", "label")],
            [f"{doc.name(chair)} (Chair)", "Police" if chair in SENIOR else COUNCIL_SHORT],
            [doc.name(officer), "Police"], [doc.name(worker), "Children's Services"]]
    if rng.random() < 0.5:
        rows.append([doc.name(HEAD), SCHOOL])
    if rng.random() < 0.6:
        rows.append([doc.name(rng.choice(COUNCILLORS)), "Elected member"])
    doc.table(rows)
    doc.p(f"{doc.thing('Apologies', 'label')}: {doc.name(_one(rng, SOCIAL, (worker, chair)))}")
    for kid in rng.sample(YOUNG, 2):
        suspect = rng.choice(SUSPECTS)
        doc.p(f"{doc.young(kid)}: {doc.name(officer)} said the risk remains high; linked to "
              f"{doc.name(suspect)} and a {doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    _decoy(doc, DECOYS, 0.2)
    doc.h(doc.thing("Actions", "heading"))
    doc.p(f"{doc.name(worker)} to update the safety plan. {doc.name(officer)} to check "
          f"{doc.thing(rng.choice(FIRMS), 'firm')}.")


def licensing(doc: Doc) -> None:
    """A report to the licensing sub-committee on a private hire driver."""
    rng = doc.rng
    driver = rng.choice(DRIVERS)
    doc.h(f"{doc.thing(COUNCIL_SHORT, 'org')} {doc.thing('Licensing Sub-Committee', 'heading')}")
    doc.p(f"{doc.thing('Members', 'label')}: " + ", ".join(
        doc.name(c) for c in rng.sample(COUNCILLORS, 3)))
    doc.p(f"{doc.thing('Driver', 'label')}: {doc.name(driver)}   Badge {rng.randint(100, 999)}")
    doc.p(f"{doc.thing('Operator', 'label')}: {doc.thing(rng.choice(CAB_FIRMS), 'firm')}   "
          f"Vehicle: {doc.thing(rng.choice(VEHICLES), 'vehicle')} {_reg(rng, doc.date.year)}")
    doc.p(f"Representations from {doc.name(rng.choice([*SENIOR, *DETECTIVES]))}: the vehicle "
          f"was seen outside {doc.thing(rng.choice(HOMES), 'building')} with "
          f"{doc.young(rng.choice(YOUNG))} in it.")
    if rng.random() < 0.3:
        doc.p(f"The {doc.thing('Licensing Officer', 'title')} also heard from "
              f"{doc.name(rng.choice(COLLARED))}.")
    _decoy(doc, ("Alejandra Ruiz Navarro", "Giuseppe Rosso", "Zoltán Vargha"), 0.3)
    doc.p(f"Decision: {rng.choice(['licence revoked', 'licence suspended', 'warning issued'])}. "
          f"Chair: {doc.name('Pieter van den Bosch')}.")


def letter(doc: Doc) -> None:
    """A letter: a parent's complaint, a councillor, a solicitor, or the head teacher."""
    rng = doc.rng
    kind = rng.choice(["parent", "councillor", "solicitor", "head"])
    doc.p(f"{doc.date:%d %B %Y}")
    if kind == "parent":
        kid = rng.choice(list(PARENT_OF))
        sender, to = PARENT_OF[kid], rng.choice(SOCIAL)
        doc.p(f"To {doc.name(to)}, {doc.thing(COUNCIL_SHORT, 'org')}")
        doc.p(f"I want to complain. My daughter {doc.young(kid)} was dropped off at 2am by "
              f"{doc.name(rng.choice(SUSPECTS))} in a {doc.thing(rng.choice(VEHICLES), 'vehicle')}"
              f" and nobody has called me back.")
    elif kind == "councillor":
        sender, to = rng.choice(COUNCILLORS), rng.choice(SENIOR)
        doc.p(f"Dear {doc.name(to)},")
        doc.p(f"Constituents on {doc.thing(rng.choice(STREETS), 'place')} report young girls "
              f"being collected from {doc.thing(rng.choice(FIRMS), 'firm')}. I have raised "
              f"this with {doc.name(MANAGER)}.")
    elif kind == "solicitor":
        sender, to = SOLICITOR, rng.choice(DETECTIVES)
        doc.p(f"{doc.thing(LAW_FIRM, 'firm')}   Ref: KA/{rng.randint(1000, 9999)}")
        doc.p(f"Dear {doc.name(to)},")
        doc.p(f"We represent {doc.name(rng.choice(SUSPECTS))}. Please provide the notes of "
              f"{doc.name(rng.choice(COLLARED))} before interview.")
    else:
        sender, to = HEAD, rng.choice(SOCIAL)
        doc.p(f"{doc.thing(SCHOOL, 'org')}")
        doc.p(f"Dear {doc.name(to)},")
        doc.p(f"I am concerned about {doc.young(rng.choice(YOUNG))}, who was collected from "
              f"the gates by an adult in a {doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    if rng.random() < 0.4:
        doc.p(f"cc {doc.name(rng.choice(COUNCILLORS), email_ok=True)}")
    doc.p(rng.choice(["Yours sincerely", "Yours faithfully", "Kind regards"]))
    doc.p(doc.name(sender))


def email(doc: Doc) -> None:
    """An e-mail reply, with the earlier message quoted below it (Outlook or '>' style)."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.5 else [],
                    subject=rng.choice([f"RE: {doc.operation}", "RE: panel referral",
                                        "RE: taxi licensing", "RE: missing overnight"]))
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    hello = "Hi" if _by_address(doc, first) else f"Hi {doc.name(first)}"
    doc.p(f"{hello}, thanks. {doc.young(kid)} was seen with {doc.name(suspect)} again at "
          f"{doc.thing(rng.choice(FIRMS), 'firm')}. I will tell {doc.name(rng.choice(SENIOR))}.")
    if rng.random() < 0.4:
        doc.p(f"Can you copy in {doc.name(rng.choice(WITH_EMAIL), email_ok=True)}?")
    _decoy(doc, DECOYS, 0.12)
    if not _by_address(doc, sender):
        doc.p(doc.name(sender))
    if rng.random() < 0.5:
        doc.p("-----Original Message-----")
        doc.p(f"From: {doc.name(first)}\nSent: {doc.date:%d %B %Y} 09:{rng.randint(10, 59)}\n"
              f"Subject: {doc.meta['subject'][4:]}")
        doc.p(f"Is {doc.name(suspect)} still driving the "
              f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}? {doc.name(rng.choice(COLLARED))} "
              f"saw it on {doc.thing(rng.choice(STREETS), 'place')}.")
    else:
        doc.p(f"On {doc.date:%d/%m/%Y}, {doc.name(first)} wrote:")
        doc.p(f"> Has anyone heard from {doc.name(suspect)}'s family? "
              f"{doc.name(rng.choice(COLLARED))} is asking.")


def _by_address(doc: Doc, canonical: str) -> bool:
    """Whether this e-mail names the person only by their address."""
    return doc.plans.get(canonical) == ("only", "email")


def _address(doc: Doc, canonical: str) -> str:
    """A header address: the bare address when that is the planned form, else a display name."""
    person = BY_NAME[canonical]
    shown = doc.name(canonical, email_ok=True)
    if shown == person.email:
        return person.email
    doc.record(canonical, "email", person.email)
    return f'"{shown}" <{person.email}>'


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "missing_report": missing_report, "interview_record": interview_record,
    "case_note": case_note, "panel_minutes": panel_minutes, "licensing": licensing,
    "email": email, "letter": letter,
}
