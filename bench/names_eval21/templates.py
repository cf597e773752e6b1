"""The eight kinds of case file of the twenty-first set, each written through a `Doc`.

Trampoline park waiver logs (session, jumper, age, who signed the waiver; the park manager; who
asked for the log), petrol forecourt drive-off reports (pump, vehicle, registration, amount;
who was in the car; the forecourt manager; who it was reported to), community hall hire books
(date, hirer, purpose, keys back; the bookings secretary; an Army Cadet Force booking; who the
book was shown to), youth football team sheets (shirt, player, position; the club secretary;
who gave lifts; the safeguarding referral), cinema duty logs (screen, time, incident; who was
asked to leave; the duty manager; who asked for the footage), bus depot incident reports (route,
stop, running board, details; the depot controller; who downloaded the footage), e-mails
(replies under a KMail "On Weekday dd Month yyyy hh:mm:ss Name wrote:" line with "> " quoting,
forwards between KMail's "----------  Forwarded Message  ----------" line and a closing line of
dashes, with "Subject", "Date", "From" and "To" lines; a signature after "-- " with the name,
the role, the organisation and a telephone number on lines of their own) and letters of eight
kinds (a "STRICTLY PRIVATE AND CONFIDENTIAL" line in some, "Ref. No.:" and the date on lines of
their own, "F.A.O." and the addressee's organisation, an "In the matter of:" line underlined with "-",
"(sent electronically, so unsigned)" under a quarter of the signatures, "Enclosures:" and "Also
sent to:" lines at the foot). Worded and laid out for this set. People are picked by role and
written through `Doc.name` / `Doc.young`; non-persons through `Doc.thing`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bench.names_eval9 import templates as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval13 import templates as thirteenth
from bench.names_eval21.cast import BY_NAME, CAST, COUNCIL, FORCE, FORCE_SHORT, TOWN
from bench.names_eval21.doc import Doc

VEHICLES = ("Skoda Octavia estate", "Renault Kangoo", "Citroen Berlingo", "Mazda 6",
            "Toyota Yaris", "Seat Leon", "Dacia Sandero", "Mitsubishi Shogun", "Honda Civic",
            "Volkswagen Touran", "Mercedes Vito", "Alfa Romeo 147")
STREETS = ("Sedgefold Lane", "Haymarsh Road", "Cowslip Close", "Nettlecombe Mews",
           "Sorrelbank Terrace", "Gorsey Walk", "Mallowdene Crescent", "Bittercress Avenue",
           "Wychcombe Street", "Starveacre Hill")
STREETS_SHORT = ("Sedgefold Ln", "Haymarsh Rd", "Cowslip Cl.", "Mallowdene Cres.",
                 "Bittercress Ave", "Wychcombe St.")
BUILDINGS = ("Lindenmere Court", "Ravensfold House", "Mistlecombe Towers")
BUILDINGS_SHORT = ("Lindenmere Ct", "Ravensfold Ho.", "Mistlecombe Twrs")
HOME = "Shrubsole Lodge Children's Home"
HOSPITAL = "Marlcombe General Hospital"
TRAMPOLINE = "Jumpzone Marlcombe"
FORECOURT = "Fuelwise Marlcombe"
HALL = "Cressbrook Community Hall"
FOOTBALL = "Ryelands Rovers Youth FC"
CINEMA = "Reelhouse Cinema"
BUSES = "Coachlink Marlcombe"
CADETS = "Whinmoor Detachment ACF"
SCHOOL = "Whinmoor Academy"
LAW_FIRM = "Ogbeche Haymarsh Solicitors"
FIRMS = (TRAMPOLINE, FORECOURT, HALL, FOOTBALL, CINEMA, BUSES, "Goosegreen Vape Hut",
         "Quikcash Pawnbrokers", "Bellwether Hookah Lounge")
STRANGERS = ("Wojtek", "Shaz", "Dimitar", "Kelsey", "Arben")
LONE_TITLES = ("Shift Sgt", "Duty Insp", "the Bronze", "Response Sgt", "Late Turn Sgt")

COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS", "DI")]
SENIOR = ["Sonam Lhendup", "Alistair Cropthorne", "Desta Lambebo", "Varghese Kunnathuparambil"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PCSO", "PS", "Insp")]
ANALYST = "Eréndira Cutzi"
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
WORKERS = ["Nomvula Mavimbela", "Shaibu Nangomba", "Marites Obial", "Nomvula Mavimbela",
           "Nomvula Mavimbela"]
MANAGER, YOT = "Hamadai Adarob", "Shondell Wadson"
HEAD, SOLICITOR, CADET_OFFICER = "Bazia Ngbapai", "Ochanya Ogbeche", "Winston Dumas"
PARK_MANAGER, FORECOURT_MANAGER, BOOKINGS = "Kendrick Bodden", "Rupesh Karn", "Raisa Kechaykina"
CLUB_SECRETARY, CINEMA_MANAGER, CONTROLLER = "Elroy Gumbs", "Perla Cabugao", "Thabang Letsoela"
YOUNG = [p.canonical for p in CAST if p.group == "young"]
# Suspects who also use another name are picked more often, so that it is measured enough.
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect" for _ in range(2 if p.alias else 1)]
PARENT_OF = {"Willow Brackenridge": "Gaynor Brackenridge", "Kervin Laudat": "Anselm Laudat",
             "Navigué Silué": "Fatoumata Silué"}
PARENTS = list(PARENT_OF.values())
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
SHORT = {"police": FORCE_SHORT, "council": "Marlcombe BC", "school": "Whinmoor Academy",
         "solicitor": "Ogbeche Haymarsh", "cadets": "Whinmoor ACF", "trampoline": "Jumpzone",
         "forecourt": "Fuelwise", "hall": "Cressbrook Hall", "football": "Ryelands Rovers",
         "cinema": "Reelhouse", "bus": "Coachlink"}
ORG = {"police": FORCE, "council": COUNCIL, "school": SCHOOL, "solicitor": LAW_FIRM,
       "cadets": CADETS, "trampoline": TRAMPOLINE, "forecourt": FORECOURT, "hall": HALL,
       "football": FOOTBALL, "cinema": CINEMA, "bus": BUSES}

# The ninth set's helpers and the thirteenth set's decoy line, bound to this set's names: one of
# a list but some; a person's organisation as a non-person; whether an e-mail names a person
# only by their address; a decoy named in full now and then.
_one = ninth._one
_org = bound(ninth._org, BY_NAME=BY_NAME, COUNCIL=COUNCIL, LAW_FIRM=LAW_FIRM, ORG=ORG,
             SURGERY=HOSPITAL)
_by_address = ninth._by_address
_decoy = bound(thirteenth._decoy, BY_NAME=BY_NAME)


def _suspects(doc: Doc, count: int) -> list[str]:
    return doc.rng.sample(list(dict.fromkeys(SUSPECTS)), count)


def _clock(doc: Doc, first: int, last: int) -> str:
    return f"{doc.rng.randint(first, last)}.{doc.rng.choice(['05', '20', '35', '50'])}"


def _where(doc: Doc) -> str:
    """A street or a block of flats, in full or abbreviated, with a number."""
    rng = doc.rng
    roll = rng.random()
    if roll < 0.4:
        return f"{rng.randint(1, 140)} {doc.thing(rng.choice(STREETS), 'place')}"
    if roll < 0.7:
        return f"{rng.randint(1, 140)} {doc.thing(rng.choice(STREETS_SHORT), 'place')}"
    flat = rng.randint(1, 60)
    return f"Flat {flat}, {doc.thing(rng.choice([*BUILDINGS, *BUILDINGS_SHORT]), 'building')}"


def _lone_title(doc: Doc) -> str:
    return doc.thing(doc.rng.choice(LONE_TITLES), "title")


def _registration(doc: Doc) -> str:
    rng = doc.rng
    year = doc.date.year % 100
    plate = (f"{rng.choice(['OX', 'OV', 'OE'])}{year:02d} "
             f"{''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}")
    return doc.thing(plate, "vehicle")


def trampoline_waivers(doc: Doc) -> None:
    """A trampoline park's waiver log: session, jumper, age, who signed the waiver; the park
    manager; who asked for the log."""
    rng = doc.rng
    doc.h(f"{doc.thing(TRAMPOLINE, 'firm')} | {doc.thing('WAIVER LOG', 'heading')} | "
          f"{doc.date:%A %d/%m/%Y}")
    rows = [[doc.thing("Session", "label"), doc.thing("Jumper", "label"),
             doc.thing("Age", "label"), doc.thing("Waiver signed by", "label")]]
    kid = rng.choice(YOUNG)
    signer = PARENT_OF.get(kid) if kid in PARENT_OF and rng.random() < 0.55 else None
    signer = signer or _suspects(doc, 1)[0]
    rows.append([rng.choice(["Open Jump 16.00", "Glow Jump 19.00", "Toddler 10.00"]),
                 doc.young(kid), str(rng.randint(12, 16)), doc.name(signer)])
    rows.append(["Open Jump 17.00", doc.thing(rng.choice(STRANGERS), "forename"),
                 str(rng.randint(18, 30)), "self"])
    doc.table(rows)
    doc.p(f"Dropped off in a {doc.thing(rng.choice(VEHICLES), 'vehicle')}, collected by the "
          f"same car.")
    doc.p(f"{doc.thing('Park Manager', 'label')} >> {doc.name(PARK_MANAGER)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Log requested by', 'label')}: {doc.name(rng.choice(DETECTIVES))}")
    if rng.random() < 0.35:
        doc.p(f"Passed to {doc.name(ANALYST)}; seen by {doc.name(rng.choice(SENIOR))}.")


def forecourt_driveoffs(doc: Doc) -> None:
    """A petrol forecourt's drive-off report: pump, vehicle, registration, amount; who was in
    the car; the forecourt manager; who it was reported to."""
    rng = doc.rng
    doc.h(f"{doc.thing(FORECOURT, 'firm')} -- {doc.thing('DRIVE-OFF REPORT', 'heading')} -- "
          f"{doc.date:%d %B %Y}")
    rows = [[doc.thing("Pump", "label"), doc.thing("Vehicle", "label"),
             doc.thing("Reg.", "label"), doc.thing("Amount", "label")]]
    rows.append([str(rng.randint(1, 8)), doc.thing(rng.choice(VEHICLES), "vehicle"),
                 _registration(doc), f"£{rng.randint(20, 90)}.{rng.randint(0, 99):02d}"])
    doc.table(rows)
    driver = _suspects(doc, 1)[0]
    doc.p(f"{doc.thing('Driver', 'label')}: {doc.name(driver)}; "
          f"{doc.thing('front passenger', 'label')}: {doc.young(rng.choice(YOUNG))}")
    doc.p(f"{doc.thing('Cashier on duty', 'label')}: "
          f"{doc.thing(rng.choice(STRANGERS), 'forename')}")
    if rng.random() < 0.4:
        payer = rng.choice(PARENTS) if rng.random() < 0.5 else _one(
            rng, list(dict.fromkeys(SUSPECTS)), (driver,))
        doc.p(f"Paid in full two days later by {doc.name(payer)}.")
    doc.p(f"{doc.thing('Forecourt Manager', 'label')}: {doc.name(FORECOURT_MANAGER)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Reported to', 'label')}: {doc.name(rng.choice(UNIFORM))} "
          f"({doc.thing('log checked by', 'label')} {_lone_title(doc)})")


def hall_hire(doc: Doc) -> None:
    """A community hall's hire book: date, hirer, purpose, keys back; the bookings secretary;
    the ward councillor; an Army Cadet Force booking; who the book was shown to."""
    rng = doc.rng
    doc.h(f"{doc.thing(HALL, 'firm')} :: {doc.thing('HIRE BOOK', 'heading')} :: "
          f"{doc.date:%B %Y}")
    rows = [[doc.thing("Date", "label"), doc.thing("Hirer", "label"),
             doc.thing("Purpose", "label"), doc.thing("Keys back", "label")]]
    hirer = _suspects(doc, 1)[0]
    rows.append([f"{doc.date:%d/%m}", doc.name(hirer),
                 rng.choice(["birthday party", "music night", "private function"]),
                 rng.choice(["yes", "no", "late"])])
    rows.append([f"{doc.date:%d/%m}", doc.thing(rng.choice(STRANGERS), "forename"),
                 "keep fit", "yes"])
    doc.table(rows)
    doc.p(f"On the door at the party: {doc.young(rng.choice(YOUNG))}.")
    if rng.random() < 0.35:
        doc.p(f"Tuesday drill for {doc.thing(CADETS, 'org')} booked by {doc.name(CADET_OFFICER)}.")
    doc.p(f"{doc.thing('Bookings Secretary', 'label')}: {doc.name(BOOKINGS)}")
    if rng.random() < 0.4:
        doc.p(f"Noise complaint passed to the ward councillor, {doc.name(rng.choice(COUNCILLORS))}.")
    _decoy(doc, DECOYS, 0.3)
    shown = rng.choice([HEAD, YOT, rng.choice(WORKERS), MANAGER])
    doc.p(f"{doc.thing('Book shown to', 'label')}: {doc.name(shown)}")
    if rng.random() < 0.45:
        doc.p(f"Patrol visit {doc.name(rng.choice(UNIFORM))}; "
              f"{doc.thing('entry checked by', 'label')}: {_lone_title(doc)}")


def team_sheet(doc: Doc) -> None:
    """A youth football team sheet: shirt, player, position; the club secretary; who gave lifts;
    the safeguarding referral."""
    rng = doc.rng
    doc.h(f"{doc.thing(FOOTBALL, 'firm')} ## {doc.thing('TEAM SHEET', 'heading')} ## "
          f"KO {doc.date:%d.%m.%Y}")
    rows = [[doc.thing("Shirt", "label"), doc.thing("Player", "label"),
             doc.thing("Position", "label"), doc.thing("On/Off", "label")]]
    players = rng.sample(YOUNG, 2)
    for who in players:
        rows.append([str(rng.randint(2, 16)), doc.young(who),
                     rng.choice(["GK", "LB", "CM", "RW", "ST"]), rng.choice(["start", "sub 60'"])])
    rows.append([str(rng.randint(17, 20)), doc.thing(rng.choice(STRANGERS), "forename"),
                 "CB", "start"])
    doc.table(rows)
    if rng.random() < 0.7:
        doc.p(f"Lifts to the away game given by {doc.name(_suspects(doc, 1)[0])} "
              f"from {_where(doc)}.")
    doc.p(f"{doc.thing('Club Secretary', 'label')}: {doc.name(CLUB_SECRETARY)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Welfare referral to', 'label')}: "
          f"{doc.name(rng.choice([*WORKERS, YOT, MANAGER]))}")
    if rng.random() < 0.3:
        doc.p(f"Copy to {doc.name(rng.choice([HEAD, SOLICITOR]))}.")


def cinema_log(doc: Doc) -> None:
    """A cinema's duty log: screen, time, incident; who was asked to leave; the duty manager;
    who asked for the footage."""
    rng = doc.rng
    doc.h(f"{doc.thing(CINEMA, 'firm')} ** {doc.thing('DUTY MANAGER LOG', 'heading')} ** "
          f"{doc.date:%a %d %b %y}")
    rows = [[doc.thing("Screen", "label"), doc.thing("Time", "label"),
             doc.thing("Incident", "label"), doc.thing("Persons", "label")]]
    kid = rng.choice(YOUNG)
    rows.append([str(rng.randint(1, 9)), _clock(doc, 18, 22),
                 rng.choice(["asked to leave", "under age for the film", "vaping"]),
                 doc.young(kid)])
    rows.append([str(rng.randint(1, 9)), _clock(doc, 14, 17), "lost phone",
                 doc.thing(rng.choice(STRANGERS), "forename")])
    doc.table(rows)
    adult = PARENT_OF.get(kid) if kid in PARENT_OF and rng.random() < 0.55 else None
    doc.p(f"Tickets bought at the kiosk by {doc.name(adult or _suspects(doc, 1)[0])}.")
    doc.p(f"{doc.thing('Duty Manager', 'label')}: {doc.name(CINEMA_MANAGER)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Footage requested by', 'label')}: {doc.name(rng.choice(DETECTIVES))}")
    if rng.random() < 0.3:
        doc.p(f"Flagged by {doc.name(ANALYST)} to {doc.name(rng.choice(SENIOR))}.")


def bus_incidents(doc: Doc) -> None:
    """A bus depot's incident report: route, stop, running board, details; the parent told; the
    depot controller; who downloaded the footage."""
    rng = doc.rng
    doc.h(f"{doc.thing(BUSES, 'firm')} / {doc.thing('INCIDENT REPORT', 'heading')} / "
          f"{doc.date:%d-%m-%Y}")
    rows = [[doc.thing("Route", "label"), doc.thing("Stop", "label"),
             doc.thing("Board", "label"), doc.thing("Driver", "label")]]
    rows.append([str(rng.choice([4, 7, 12, 31, 77])), doc.thing(rng.choice(STREETS), "place"),
                 str(rng.randint(100, 999)), doc.thing(rng.choice(STRANGERS), "forename")])
    doc.table(rows)
    kid = rng.choice(YOUNG)
    doc.p(f"{doc.young(kid)} boarded with {doc.name(_suspects(doc, 1)[0])}, who "
          f"paid for both and got off at {_where(doc)}.")
    if kid in PARENT_OF and rng.random() < 0.7:
        doc.p(f"{doc.thing('Parent told', 'label')}: {doc.name(PARENT_OF[kid])}")
    doc.p(f"{doc.thing('Depot Controller', 'label')}: {doc.name(CONTROLLER)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Footage downloaded for', 'label')}: {doc.name(rng.choice(COLLARED))}")
    if rng.random() < 0.35:
        doc.p(f"Also told: {doc.name(rng.choice([*WORKERS, MANAGER]))}")


def _letter_body(doc: Doc, kind: str, kid: str) -> str:
    """The paragraph of one kind of letter (only that kind's names are written)."""
    rng = doc.rng
    if kind == "cadets":
        return (f"{doc.young(kid)} has stopped coming to parade nights and was picked up from "
                f"the detachment in a {doc.thing(rng.choice(VEHICLES), 'vehicle')} by a man "
                f"we did not know.")
    if kind == "trampoline":
        return (f"{doc.name(rng.choice(SUSPECTS))} has signed waivers for {doc.young(kid)} "
                f"most Fridays since the spring, always paying cash.")
    if kind == "forecourt":
        return (f"{doc.young(kid)} was in the car on each of three drive-offs; the driver was "
                f"{doc.name(rng.choice(SUSPECTS))}.")
    if kind == "solicitor":
        return (f"Without prejudice: our client {doc.name(rng.choice(SUSPECTS))} has never "
                f"given {doc.young(kid)} a lift. Please disclose the team sheets you rely on.")
    if kind == "parent":
        return (f"{doc.young(kid)} comes home after midnight with new trainers and a cinema "
                f"ticket. {doc.name(rng.choice(SUSPECTS))} is behind it.")
    if kind == "school":
        return (f"{doc.young(kid)} was seen at {doc.thing(CINEMA, 'firm')} in school hours and "
                f"later on {doc.thing(rng.choice(STREETS), 'place')}.")
    if kind == "hall":
        return (f"Someone calling themselves {doc.name(rng.choice(SUSPECTS))} hired the hall and "
                f"had {doc.young(kid)} on the door; the party spilled into "
                f"{doc.thing(rng.choice(BUILDINGS), 'building')}.")
    return (f"Residents of {doc.thing(rng.choice(STREETS), 'place')} report young people "
            f"waiting outside {doc.thing(rng.choice(FIRMS), 'firm')} late at night. Please ask "
            f"{doc.name(MANAGER)} to reply. A place at {doc.thing(HOME, 'building')} is "
            f"mentioned.")


_SENDERS: dict[str, tuple[list[str], list[str]]] = {
    "cadets": ([CADET_OFFICER], WORKERS), "trampoline": ([PARK_MANAGER], DETECTIVES),
    "forecourt": ([FORECOURT_MANAGER], UNIFORM), "solicitor": ([SOLICITOR], DETECTIVES),
    "parent": (PARENTS, [MANAGER, *COUNCILLORS]), "school": ([HEAD], [*WORKERS, YOT, YOT]),
    "hall": ([BOOKINGS], SENIOR), "councillor": (COUNCILLORS, SENIOR),
}


def letter(doc: Doc) -> None:
    """A letter of one of eight kinds: "STRICTLY PRIVATE AND CONFIDENTIAL", the sender's
    organisation, "Ref. No.:" and the date on lines of their own, "F.A.O." and the addressee's
    organisation, an "In the matter of:" line underlined with "-", the body, "(sent electronically, so
    unsigned)" under a quarter of the signatures, and "Enclosures:" and "Also sent to:" lines at
    the foot."""
    rng = doc.rng
    kind = rng.choice([*_SENDERS, "parent", "councillor"])  # more parents and councillors
    senders, recipients = _SENDERS[kind]
    sender, to = rng.choice(senders), rng.choice(recipients)
    if rng.random() < 0.4:
        doc.p("STRICTLY PRIVATE AND CONFIDENTIAL")
    doc.p(_org(doc, sender) if BY_NAME[sender].group in ORG else TOWN)
    doc.p(f"{doc.thing('Ref. No.', 'label')}: {rng.choice('KMTV')}/{rng.randint(100, 999)}/"
          f"{doc.date:%Y}\n{doc.date.day} {doc.date:%B %Y}")
    doc.p(f"{doc.thing('F.A.O.', 'label')} {doc.name(to)}\n{_org(doc, to)}")
    kid = rng.choice(YOUNG)
    if kind == "parent":  # a parent writes about their own child
        kid = next(child for child, parent in PARENT_OF.items() if parent == sender)
    doc.p(rng.choice(["Dear Colleague,", "To whom it may concern,", "Dear Madam or Sir,"]))
    about = f"In the matter of: {doc.young(kid)}"
    doc.p(f"{about}\n{'-' * len(about)}")
    doc.p(_letter_body(doc, kind, kid))
    _decoy(doc, DECOYS, 0.3)
    doc.p(rng.choice(["Respectfully,", "Regards,", "Yours,"]))
    signer = doc.name(sender)
    doc.p(f"{signer}\n(sent electronically, so unsigned)" if rng.random() < 0.25 else signer)
    if BY_NAME[sender].role:
        doc.p(BY_NAME[sender].role)
    if rng.random() < 0.3:
        doc.p(f"Enclosures: {rng.choice(['hire book pages', 'stills (3)', 'team sheets'])}")
    if rng.random() < 0.35:
        doc.p(f"Also sent to: {doc.name(rng.choice([*COUNCILLORS, ANALYST, YOT]), email_ok=True)}")


def _safe(doc: Doc, canonical: str, shown: str) -> str:
    """A display name with no double quote, so that it stays valid in a header."""
    if '"' not in shown:
        return shown
    clean = " ".join(shown.replace('"', "").split())
    if doc.ambiguous and doc.ambiguous[-1]["written"] == shown:  # a namesake's form
        doc.ambiguous[-1]["written"] = clean
    else:
        doc.written[canonical][-1] = clean
    return clean


def _address(doc: Doc, canonical: str) -> str:
    """A header address: the bare address when that is the planned form, else a display name
    (quoted when it needs quotes), in a third of the headers with " - " and the organisation's
    short name after it."""
    person = BY_NAME[canonical]
    shown = _safe(doc, canonical, doc.name(canonical, email_ok=True))
    if shown == person.email:
        return person.email
    doc.record(canonical, "email", person.email)
    if doc.rng.random() < 0.33:
        shown = f"{shown} - {SHORT[person.group]}"
    if any(ch in shown for ch in ',.;:@<>()[]\\/\''):
        return f'"{shown}" <{person.email}>'
    return f"{shown} <{person.email}>"


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def _plain(doc: Doc, canonical: str) -> tuple[str, str]:
    """A person as KMail writes them in an attribution or a forwarded header: the display name
    and address, or the address alone when that is the planned form."""
    person = BY_NAME[canonical]
    shown = _safe(doc, canonical, doc.name(canonical, email_ok=True))
    if shown == person.email:
        return shown, shown
    doc.record(canonical, "email", person.email)
    return shown, f"{shown} <{person.email}>"


def email(doc: Doc) -> None:
    """A reply under a KMail "On Weekday dd Month yyyy hh:mm:ss Name wrote:" line with "> "
    quoting, or a forward between KMail's "----------  Forwarded Message  ----------" line and
    a closing line of dashes."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"Re: {doc.operation}", "Re: waiver log", "Re: hire book",
                          "Fwd: team sheet", "Fwd: drive-off", "Fwd: duty log"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.4 else [], subject=subject)
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    older = _one(rng, WITH_EMAIL, (sender,))
    when = dt.datetime.combine(doc.date - dt.timedelta(days=rng.randint(0, 3)),
                               dt.time(rng.randint(7, 18), rng.randint(0, 59),
                                       rng.randint(0, 59)))
    if subject.startswith("Re"):
        hello = "Morning all," if _by_address(doc, first) else f"{doc.name(first)} -"
        doc.p(f"{hello}\n{doc.young(kid)} was with {doc.name(suspect)} again on Saturday.")
        _decoy(doc, DECOYS, 0.27)
        doc.p(_signature(doc, sender))
        quoted = (f"Who last saw {doc.young(kid)}? "
                  f"{doc.name(rng.choice(WORKERS))} needs to know today.")
        shown = _safe(doc, older, doc.name(older, email_ok=True))
        doc.p(f"On {when:%A} {when.day:02d} {when:%B %Y %H:%M:%S} {shown} wrote:\n"
              f"{_quoted(quoted)}")
    else:
        doc.p(f"FYI - {doc.name(rng.choice(SENIOR))} asked for this to go on the file.")
        _decoy(doc, DECOYS, 0.27)
        doc.p(_signature(doc, sender))
        _, from_line = _plain(doc, older)
        to_line = _plain(doc, first)[1]
        doc.p(f"----------  Forwarded Message  ----------\n\n"
              f"Subject: {subject[5:]}\nDate: {when:%A} {when.day:02d} {when:%B %Y, %H:%M:%S}\n"
              f"From: {from_line}\nTo: {to_line}\n\n"
              f"{doc.young(kid)} was dropped at {doc.thing(rng.choice(FIRMS), 'firm')} by "
              f"{doc.name(suspect)}.\n{doc.name(rng.choice(COLLARED))} has the footage.\n"
              f"-----------------------------------------")


def _signature(doc: Doc, sender: str) -> str:
    """A signature after "-- ": a nickname sometimes, the name unless the address alone names
    the sender, then the role, the organisation and a telephone number on lines of their own."""
    person = BY_NAME[sender]
    lines = ["-- "]
    if person.nickname and doc.rng.random() < 0.35:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    if not _by_address(doc, sender):
        lines.append(doc.name(sender))
    lines.append(person.role)
    lines.append(_org(doc, sender))
    lines.append(f"Tel. 01632 {doc.rng.randint(960000, 960999)}")
    return "\n".join(lines)


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "trampoline_waivers": trampoline_waivers, "forecourt_driveoffs": forecourt_driveoffs,
    "hall_hire": hall_hire, "team_sheet": team_sheet, "cinema_log": cinema_log,
    "bus_incidents": bus_incidents, "email": email, "letter": letter,
}
