"""The eight kinds of case file of the nineteenth set, each written through a `Doc`.

Driving instructors' lesson diaries (a grid of times, pupils, pick-up points and cars; who paid),
hand car wash shift sheets (registrations and cars washed; who worked and who paid them; the
owner; a police visit), nail bar booking sheets (times, clients, treatments and technicians; who
bought a voucher), takeaway delivery order sheets (the name given, where it went, the driver),
parcel counter collection logs (who a parcel was for, who collected it and the ID they showed),
amusement arcade barring notices (who is barred, why, who they were with, the manager, who was
told), e-mails (replies under an Eudora "At ..., ... wrote:" line with ">" quoting, forwards
under a Pegasus Mail "Forwarded message follows" block with "Send reply to", "From", "To",
"Subject" and "Date sent" lines; a signature after "-- ") and letters of eight kinds ("FAO:",
"Subject:" naming the child, "Dictated but not signed", "Distribution:" and "Sent by e-mail
only"). Worded and laid out for this set. People are picked by role and written through
`Doc.name` / `Doc.young`; non-persons through `Doc.thing`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from email.utils import format_datetime

from bench.names_eval9 import templates as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval13 import templates as thirteenth
from bench.names_eval19.cast import BY_NAME, CAST, COUNCIL, FORCE, FORCE_SHORT, TOWN
from bench.names_eval19.doc import Doc

VEHICLES = ("Toyota Aygo", "Citroen C1", "Seat Ibiza", "Skoda Fabia", "Dacia Sandero",
            "Renault Clio", "BMW 118d", "Audi A3", "Mercedes Vito", "Honda Jazz", "Lexus IS250",
            "Mitsubishi L200")
STREETS = ("Butterwick Lane", "Brackenholme Road", "Scawby Close", "Nafferton Mews",
           "Ulrome Terrace", "Fridaythorpe Walk", "Kirkburn Crescent", "Sledmere Avenue",
           "Lowthorpe Street", "Garton Hill")
STREETS_SHORT = ("Butterwick Ln", "Brackenholme Rd", "Scawby Cl.", "Kirkburn Cres.",
                 "Sledmere Ave", "Lowthorpe St.")
BUILDINGS = ("Wintringham Court", "Hotham House", "Langtoft Towers")
BUILDINGS_SHORT = ("Wintringham Ct", "Hotham Ho.", "Langtoft Twrs")
HOME = "Rudston Lodge Children's Home"
HOSPITAL = "Wrelthorpe Community Hospital"
DRIVING = "Greenlight Driving School"
CARWASH = "Sparkle Hand Car Wash"
NAILS = ("Polished Nail Bar", "Luxe Nails Wrelthorpe")
TAKEAWAYS = ("Quetta Grill House", "Pizza Piazza Wrelthorpe")
PARCELS = "Parcelpoint Wrelthorpe"
ARCADE = "Goldrush Amusements"
CADETS = "1547 (Wrelthorpe) Squadron Air Cadets"
SCHOOL = "Cawthorpe Academy"
LAW_FIRM = "Trevaskis Hosken Solicitors"
FIRMS = (DRIVING, CARWASH, *NAILS, *TAKEAWAYS, PARCELS, ARCADE, "Sunbeam Tanning Studio",
         "Cashkings Pawnbrokers")
STRANGERS = ("Bazza", "Ionut", "Kacper", "Shaz", "Dritan")
LONE_TITLES = ("Duty Sgt", "Duty Inspector", "the Sergeant", "Officer in Case",
               "Acting Inspector")

COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS", "DI")]
SENIOR = ["Solange Mukandayisenga", "Efendi Kasumkentov", "Yemane Weldemichael",
          "Mureed Langah"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PCSO", "PS", "Insp")]
ANALYST = "Teruko Sopwenuk"
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
WORKERS = ["Nomcebo Tsabedze", "Azret Botashev", "Cristina Tiglao", "Nomcebo Tsabedze",
           "Nomcebo Tsabedze"]
MANAGER, YOT = "Ilyas Vanakhunov", "Merinda Tabiwasa"
HEAD, SOLICITOR, CADET_OFFICER = "Bohor Benveniste", "Clemency Trevaskis", "Lionel Edenshaw"
INSTRUCTOR, WASHER, NAIL_TECH = "Chisomo Kachingwe", "Novruz Lerikzade", "Nhung Bạch"
TAKEAWAY_OWNER, CLERK, ARCADE_MANAGER = "Faqir Shahwani", "Lerina Tulensru", "Miikul Kalinskoi"
YOUNG = [p.canonical for p in CAST if p.group == "young"]
# Suspects who also use another name are picked more often, so that it is measured enough.
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect" for _ in range(2 if p.alias else 1)]
PARENT_OF = {"Shontelle Babb": "Yvonne Babb", "Marlon Tulik": "Jimmie Tulik",
             "Shun Kaizawa": "Misaki Kaizawa"}
PARENTS = list(PARENT_OF.values())
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
SHORT = {"police": FORCE_SHORT, "council": "WBC", "school": "Cawthorpe", "solicitor": "THS",
         "cadets": "ATC", "driving": "Greenlight", "carwash": "Sparkle", "nails": "Polished",
         "takeaway": "Quetta", "parcels": "Parcelpoint", "arcade": "Goldrush"}
ORG = {"police": FORCE, "council": COUNCIL, "school": SCHOOL, "solicitor": LAW_FIRM,
       "cadets": CADETS, "driving": DRIVING, "carwash": CARWASH, "nails": NAILS[0],
       "takeaway": TAKEAWAYS[0], "parcels": PARCELS, "arcade": ARCADE}

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


def _time(doc: Doc, first: int, last: int) -> str:
    return f"{doc.rng.randint(first, last)}:{doc.rng.choice(['00', '20', '40'])}"


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


def driving_lessons(doc: Doc) -> None:
    """A driving instructor's lesson diary: times, pupils, pick-up points and cars; who paid for
    the lessons; the instructor; who took a copy."""
    rng = doc.rng
    doc.h(f"{doc.thing(DRIVING, 'firm')} / {doc.thing('LESSON DIARY', 'heading')} / "
          f"w/c {doc.date:%d %B %Y}")
    rows = [[doc.thing("Slot", "label"), doc.thing("Pupil", "label"),
             doc.thing("Pick-up", "label"), doc.thing("Car", "label")]]
    kid = rng.choice(YOUNG)
    rows.append([_time(doc, 8, 12), doc.young(kid), _where(doc),
                 doc.thing(rng.choice(VEHICLES), "vehicle")])
    pupil = _suspects(doc, 1)[0]
    rows.append([_time(doc, 13, 19), doc.name(pupil), _where(doc),
                 doc.thing(rng.choice(VEHICLES), "vehicle")])
    doc.table(rows)
    if rng.random() < 0.6:
        payer = PARENT_OF.get(kid) if kid in PARENT_OF and rng.random() < 0.5 else None
        payer = payer or _one(rng, list(dict.fromkeys(SUSPECTS)), (pupil,))
        doc.p(f"Block of ten lessons for the first pupil paid in cash by {doc.name(payer)}.")
    _decoy(doc, DECOYS, 0.25)
    doc.p(f"{doc.thing('Instructor', 'label')} >> {doc.name(INSTRUCTOR)}")
    doc.p(f"Diary copied for {doc.name(rng.choice(DETECTIVES))}; "
          f"{doc.thing('checked by', 'label')} {_lone_title(doc)}.")


def car_wash_log(doc: Doc) -> None:
    """A hand car wash's shift sheet: cars washed, who worked, who paid them, the owner, and a
    police visit."""
    rng = doc.rng
    doc.h(f"{doc.thing(CARWASH, 'firm')} - {doc.thing('SHIFT SHEET', 'heading')} - "
          f"{doc.date:%A %d/%m/%Y}")
    rows = [[doc.thing("Reg", "label"), doc.thing("Make/model", "label"),
             doc.thing("Wash", "label"), doc.thing("Took", "label")]]
    for _ in range(3):
        reg = (f"{rng.choice('HWYS')}{rng.choice('FGKN')}{rng.randint(10, 69)} "
               f"{rng.choice('BCDJ')}{rng.choice('LMPR')}{rng.choice('TVXZ')}")
        rows.append([reg, doc.thing(rng.choice(VEHICLES), "vehicle"),
                     rng.choice(["valet", "wash+wax", "basic"]), f"£{rng.randint(6, 40)}"])
    doc.table(rows)
    workers = [doc.young(rng.choice(YOUNG))]
    if rng.random() < 0.5:
        workers.append(doc.thing(rng.choice(STRANGERS), "forename"))
    doc.p(f"{doc.thing('On the sponges', 'label')}: {' + '.join(workers)}")
    doc.p(f"{doc.thing('Wages handed out by', 'label')}: {doc.name(_suspects(doc, 1)[0])}")
    doc.p(f"{doc.thing('Owner on site', 'label')}: {doc.name(WASHER)}")
    _decoy(doc, DECOYS, 0.25)
    doc.p(f"{doc.thing('Visit', 'label')}: {doc.name(rng.choice(COLLARED))}")
    if rng.random() < 0.45:
        doc.p(f"Referred to {doc.name(rng.choice([*WORKERS, MANAGER]))} the same day.")


def nail_bookings(doc: Doc) -> None:
    """A nail bar's booking sheet: times, clients, treatments and technicians; a voucher bought
    for a girl; a police check."""
    rng = doc.rng
    doc.h(f"{doc.thing(rng.choice(NAILS), 'firm')} ~ {doc.thing('BOOKINGS', 'heading')} ~ "
          f"{doc.date:%d.%m.%Y}")
    rows = [[doc.thing("Time", "label"), doc.thing("Client", "label"),
             doc.thing("Treatment", "label"), doc.thing("Tech", "label")]]
    clients = [rng.choice([*YOUNG, *PARENT_OF]), "Deslyn Kngwarreye"
               if rng.random() < 0.5 else rng.choice(PARENTS)]
    tech = doc.name(NAIL_TECH)
    rows.append([_time(doc, 9, 13), doc.young(clients[0]), rng.choice(["gel", "acrylics"]),
                 tech])
    rows.append([_time(doc, 14, 18), doc.name(clients[1]), rng.choice(["infills", "BIAB"]),
                 doc.thing(rng.choice(STRANGERS), "forename")])
    doc.table(rows)
    if rng.random() < 0.6:
        doc.p(f"Gift voucher for the first client bought by {doc.name(_suspects(doc, 1)[0])}.")
    _decoy(doc, DECOYS, 0.25)
    doc.p(f"{doc.thing('Sheet taken by', 'label')}: {doc.name(rng.choice(UNIFORM))}")
    if rng.random() < 0.35:
        doc.p(f"cc {doc.name(rng.choice([YOT, *WORKERS]))}")


def takeaway_orders(doc: Doc) -> None:
    """A takeaway's delivery orders: the name given, where it went, the driver; the owner; who
    asked for the sheet."""
    rng = doc.rng
    doc.h(f"{doc.thing(rng.choice(TAKEAWAYS), 'firm')} | "
          f"{doc.thing('DELIVERY ORDERS', 'heading')} | {doc.date:%d %b %y}")
    rows = [[doc.thing("Order", "label"), doc.thing("Name given", "label"),
             doc.thing("Deliver to", "label"), doc.thing("Driver", "label")]]
    for who in _suspects(doc, 2):
        rows.append([f"#{rng.randint(1000, 9999)}", doc.name(who), _where(doc),
                     doc.thing(rng.choice(STRANGERS), "forename")])
    rows.append([f"#{rng.randint(1000, 9999)}", "cash, no name", _where(doc),
                 doc.young(rng.choice(YOUNG))])
    doc.table(rows)
    doc.p(f"{doc.thing('Owner', 'label')}: {doc.name(TAKEAWAY_OWNER)}")
    _decoy(doc, DECOYS, 0.25)
    doc.p(f"{doc.thing('Printed for', 'label')}: {doc.name(rng.choice(DETECTIVES))}")
    if rng.random() < 0.35:
        doc.p(f"Flagged by {doc.name(ANALYST)} for {doc.name(rng.choice(SENIOR))}.")


def parcel_collection(doc: Doc) -> None:
    """A parcel counter's collection log: who the parcel was for, who collected it, the ID they
    showed; the clerk; who asked for the log."""
    rng = doc.rng
    doc.h(f"{doc.thing(PARCELS, 'firm')} - {doc.thing('COLLECTIONS LOG', 'heading')} - "
          f"{doc.date:%Y-%m-%d}")
    rows = [[doc.thing("Parcel", "label"), doc.thing("Addressed to", "label"),
             doc.thing("Collected by", "label"), doc.thing("ID seen", "label")]]
    to = _suspects(doc, 1)[0]
    rows.append([f"JD{rng.randint(10**9, 10**10 - 1)}", doc.name(to),
                 doc.young(rng.choice(YOUNG)), rng.choice(["none", "bank card", "CitizenCard"])])
    if rng.random() < 0.5:
        other = rng.choice(PARENTS) if rng.random() < 0.4 else _one(
            rng, list(dict.fromkeys(SUSPECTS)), (to,))
        rows.append([f"JD{rng.randint(10**9, 10**10 - 1)}", doc.name(other), "same",
                     rng.choice(["driving licence", "passport"])])
    doc.table(rows)
    doc.p(f"{doc.thing('Counter', 'label')}: {doc.name(CLERK)}")
    _decoy(doc, DECOYS, 0.25)
    doc.p(f"{doc.thing('Log requested by', 'label')}: {doc.name(rng.choice(UNIFORM))}")
    if rng.random() < 0.4:
        doc.p(f"Copy to {doc.name(rng.choice([*WORKERS, MANAGER, YOT]))}")


def arcade_barring(doc: Doc) -> None:
    """An amusement arcade's barring notice: who is barred and why, who they were with, the
    manager, and who was told."""
    rng = doc.rng
    doc.h(f"{doc.thing(ARCADE, 'firm')} :: {doc.thing('BARRING NOTICE', 'heading')} :: "
          f"No. {rng.randint(100, 999)}")
    kid = rng.choice(YOUNG)
    doc.p(f"{doc.thing('Person barred', 'label')}: {doc.young(kid)}\n"
          f"{doc.thing('Reason', 'label')}: "
          f"{rng.choice(['under age on the fruit machines', 'handing out cash', 'fighting'])}")
    doc.p(f"{doc.thing('In company of', 'label')}: {doc.name(_suspects(doc, 1)[0])}, who left "
          f"in a {doc.thing(rng.choice(VEHICLES), 'vehicle')}")
    doc.p(f"{doc.thing('Manager', 'label')}: {doc.name(ARCADE_MANAGER)}")
    _decoy(doc, DECOYS, 0.25)
    told = rng.choice([HEAD, CADET_OFFICER, PARENT_OF.get(kid, HEAD), YOT])
    doc.p(f"{doc.thing('Notice copied to', 'label')}: {doc.name(told)}")
    if rng.random() < 0.55:
        doc.p(f"Seen on patrol by {doc.name(rng.choice(UNIFORM))}; "
              f"{doc.thing('endorsed', 'label')}: {_lone_title(doc)}")


def _letter_body(doc: Doc, kind: str, kid: str) -> str:
    """The paragraph of one kind of letter (only that kind's names are written)."""
    rng = doc.rng
    if kind == "cadets":
        return (f"{doc.young(kid)} has stopped coming to parade nights and was last seen "
                f"getting into a {doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    if kind == "driving":
        return (f"{doc.name(rng.choice(SUSPECTS))} booked and paid for lessons for "
                f"{doc.young(kid)}, always in cash, and asked for pick-ups from "
                f"{doc.thing(rng.choice(BUILDINGS), 'building')}.")
    if kind == "arcade":
        return (f"{doc.young(kid)} has been barred twice this month; each time "
                f"{doc.name(rng.choice(SUSPECTS))} was waiting outside.")
    if kind == "solicitor":
        return (f"Our client {doc.name(rng.choice(SUSPECTS))} has never employed "
                f"{doc.young(kid)}. We ask for the shift sheets you rely on.")
    if kind == "parent":
        return (f"{doc.young(kid)} comes home with new trainers and a parcel receipt from "
                f"{doc.thing(PARCELS, 'firm')}. {doc.name(rng.choice(SUSPECTS))} is behind it.")
    if kind == "school":
        return (f"{doc.young(kid)} was seen working at {doc.thing(CARWASH, 'firm')} during "
                f"school hours on {doc.thing(rng.choice(STREETS), 'place')}.")
    if kind == "takeaway":
        return (f"A delivery driver of ours was approached by {doc.name(rng.choice(SUSPECTS))}, "
                f"who asked him to take {doc.young(kid)} to {doc.thing(HOME, 'building')}.")
    return (f"Residents of {doc.thing(rng.choice(STREETS), 'place')} report cars stopping at "
            f"{doc.thing(rng.choice(FIRMS), 'firm')} late at night. Please ask "
            f"{doc.name(MANAGER)} to reply.")


_SENDERS: dict[str, tuple[list[str], list[str]]] = {
    "cadets": ([CADET_OFFICER], WORKERS), "driving": ([INSTRUCTOR], DETECTIVES),
    "arcade": ([ARCADE_MANAGER], UNIFORM), "solicitor": ([SOLICITOR], DETECTIVES),
    "parent": (PARENTS, [MANAGER, *COUNCILLORS]), "school": ([HEAD], [*WORKERS, YOT, YOT]),
    "takeaway": ([TAKEAWAY_OWNER], SENIOR), "councillor": (COUNCILLORS, SENIOR),
}


def letter(doc: Doc) -> None:
    """A letter of one of eight kinds: the sender's organisation, "FAO:" and the addressee's
    organisation, the date, "Subject:" naming the child, the body, the signer, "Dictated but not
    signed" now and then, "Distribution:" and "Sent by e-mail only" at the foot."""
    rng = doc.rng
    kind = rng.choice([*_SENDERS, "parent", "councillor"])  # more parents and councillors
    senders, recipients = _SENDERS[kind]
    sender, to = rng.choice(senders), rng.choice(recipients)
    doc.p(_org(doc, sender) if BY_NAME[sender].group in ORG else TOWN)
    doc.p(f"{doc.thing('FAO', 'label')}: {doc.name(to)}\n{_org(doc, to)}")
    doc.p(f"{doc.date.day} {doc.date:%B %Y}")
    kid = rng.choice(YOUNG)
    if kind == "parent":  # a parent writes about their own child
        kid = next(child for child, parent in PARENT_OF.items() if parent == sender)
    doc.p(rng.choice(["Dear Sir or Madam,", "Dear colleague,", "To whom it may concern,"]))
    doc.p(f"{doc.thing('Subject', 'label')}: {doc.young(kid)}")
    doc.p(_letter_body(doc, kind, kid))
    _decoy(doc, DECOYS, 0.25)
    doc.p(rng.choice(["Yours sincerely,", "Yours truly,", "Regards,"]))
    signer = doc.name(sender)
    if rng.random() < 0.25:
        doc.p(f"{signer}\n(Dictated but not signed)")
    else:
        doc.p(signer)
    if BY_NAME[sender].role:
        doc.p(BY_NAME[sender].role)
    if rng.random() < 0.35:
        doc.p(f"{doc.thing('Distribution', 'label')}: "
              f"{doc.name(rng.choice([*COUNCILLORS, ANALYST, YOT]), email_ok=True)}")
    if rng.random() < 0.3:
        doc.p("Sent by e-mail only")


def _safe(doc: Doc, canonical: str, shown: str) -> str:
    """A display name with no double quote, so that it stays valid in a header."""
    if '"' not in shown:
        return shown
    clean = shown.replace('"', "")
    clean = " ".join(clean.split())
    if doc.ambiguous and doc.ambiguous[-1]["written"] == shown:  # a namesake's form
        doc.ambiguous[-1]["written"] = clean
    else:
        doc.written[canonical][-1] = clean
    return clean


def _address(doc: Doc, canonical: str) -> str:
    """A header address: the bare address when that is the planned form, else a display name,
    bare when it needs no quotes, and in a third of the headers with the organisation's short
    name after a slash."""
    person = BY_NAME[canonical]
    shown = _safe(doc, canonical, doc.name(canonical, email_ok=True))
    if shown == person.email:
        return person.email
    doc.record(canonical, "email", person.email)
    if doc.rng.random() < 0.33:
        shown = f"{shown} / {SHORT[person.group]}"
    if any(ch in shown for ch in ',.;:@<>()[]\\/'):
        return f'"{shown}" <{person.email}>'
    return f"{shown} <{person.email}>"


def _quoted(text: str) -> str:
    return "\n".join(f">{line}" if line else ">" for line in text.split("\n"))


def email(doc: Doc) -> None:
    """A reply under an Eudora "At hh:mm dd/mm/yyyy, Name wrote:" line with ">" quoting, or a
    forward under a Pegasus Mail "------- Forwarded message follows -------" block."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"Re: {doc.operation}", "Re: shift sheets", "Re: barring notice",
                          "Fw: lesson diary", "Fw: parcel log", "Fw: delivery orders"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.4 else [], subject=subject)
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    older = _one(rng, WITH_EMAIL, (sender,))
    hour, minute = rng.randint(7, 18), rng.randint(10, 59)
    if subject.startswith("Re"):
        hello = "All," if _by_address(doc, first) else f"{doc.name(first)} -"
        doc.p(f"{hello}\n{doc.young(kid)} was picked up again by {doc.name(suspect)}.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))
        quoted = (f"Where is {doc.young(kid)} staying now? "
                  f"{doc.name(rng.choice(WORKERS))} has asked twice.")
        doc.p(f"At {hour:02d}:{minute:02d} {doc.date:%d/%m/%Y}, "
              f"{_safe(doc, older, doc.name(older, email_ok=True))} wrote:\n{_quoted(quoted)}")
    else:
        doc.p(f"FYI - requested by {doc.name(rng.choice(SENIOR))}.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))
        person = BY_NAME[older]
        shown = doc.name(older, email_ok=True)
        if shown == person.email:
            from_line = shown
        else:
            doc.record(older, "email", person.email)
            from_line = f"{person.email} ({shown})"
        sent = format_datetime(dt.datetime.combine(doc.date, dt.time(hour, minute)))
        doc.p(f"------- Forwarded message follows -------\n"
              f"Send reply to:  {person.email}\nFrom:  {from_line}\n"
              f"To:  {doc.name(first, email_ok=True)}\nSubject:  {subject[4:]}\n"
              f"Date sent:  {sent}\n\n"
              f"{doc.young(kid)} was dropped at {doc.thing(rng.choice(FIRMS), 'firm')} by "
              f"{doc.name(suspect)}.\n{doc.name(rng.choice(COLLARED))} has the footage.")


def _signature(doc: Doc, sender: str) -> str:
    """A signature after "-- ": a nickname sometimes, the name unless the address alone names
    the sender, the role, the organisation on its own line, and a telephone number."""
    person = BY_NAME[sender]
    lines = ["-- "]
    if person.nickname and doc.rng.random() < 0.35:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    if not _by_address(doc, sender):
        lines.append(doc.name(sender))
    lines.append(person.role)
    lines.append(_org(doc, sender))
    lines.append(f"tel. 01632 {doc.rng.randint(100000, 999999)}")
    return "\n".join(lines)


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "driving_lessons": driving_lessons, "car_wash_log": car_wash_log,
    "nail_bookings": nail_bookings, "takeaway_orders": takeaway_orders,
    "parcel_collection": parcel_collection, "arcade_barring": arcade_barring,
    "email": email, "letter": letter,
}
