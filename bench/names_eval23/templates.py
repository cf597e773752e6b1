"""The eight kinds of case file of the twenty-third set, each written through a `Doc`.

Pawnbroker's pledge books (ticket, pledger, article, advanced; who redeemed the pledge; the
pawnbroker; who inspected the book), snooker hall table bookings (table, start, booked by, paid;
who ran up the tab and the car they left in; the hall manager; who took the sheet), caravan
park site registers (pitch, arrived, occupant, vehicle; the young visitor and the adult with
them; the site warden; who checked the register), marina mooring logs (berth, boat, keeper,
notes; who was seen aboard; the marina manager; who seized the log), internet café terminal
logs (PC, time in, user, ID seen; who paid for the account; the café owner; who asked for the
log), karate club class registers (member, grade, paid, collected by; the chief instructor; the
welfare officer; who a concern was raised with), e-mails from SquirrelMail and, from 2010,
Roundcube (replies under SquirrelMail's 'On Www, Month d, yyyy h:mm am, Name wrote:' line or
Roundcube's 'On dd.mm.yyyy HH:MM, Name wrote:' line with "> " quoting; forwards in
SquirrelMail's "Original Message" block of padded "Subject:", "From:", "Date:" and "To:" lines
between rules of dashes, or Roundcube's; a signature after "-- " with the name, the role and
organisation on one line, and a mobile number) and letters of ten kinds ("SENT FIRST CLASS" or
"BY DX" above some, a "DX" line under a solicitor's firm, "File no.:" and "Contact:" lines, the
addressee's name, organisation, town and postcode, an "In respect of:" line naming the child,
"Yours aye," "Best regards," or "Warm regards," a "Copy to file" line and a "Circulation:" line
at the foot). Worded and laid out for this set. People are picked by role and written through
`Doc.name` / `Doc.young`; non-persons through `Doc.thing`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bench.names_eval9 import templates as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval13 import templates as thirteenth
from bench.names_eval23.cast import BY_NAME, CAST, COUNCIL, COUNCIL_SHORT, FORCE, FORCE_SHORT, TOWN
from bench.names_eval23.doc import Doc
from bench.names_eval23.render import roundcube

VEHICLES = ("Skoda Felicia", "Seat Ibiza", "Mitsubishi Colt", "Renault Clio", "Citroen Saxo",
            "Toyota Corolla", "Mazda 323", "Honda Civic", "Kia Pride", "Lada Riva",
            "Vauxhall Corsa", "Ford Escort van")
BOATS = ("narrowboat Merry Dancer", "cruiser Simmer Dim", "narrowboat Haaf Net",
         "cruiser Skerry Light")
STREETS = ("Cuddystone Road", "Tappitmyre Street", "Cloutsbrae Terrace", "Heckleburn Avenue",
           "Smiddyhaugh Crescent", "Whinnybrae Close", "Lintmill Lane", "Bogsbank Mews",
           "Cauldhame Hill", "Stoneyetts Walk")
STREETS_SHORT = ("Cuddystone Rd", "Tappitmyre St", "Cloutsbrae Tce", "Heckleburn Av",
                 "Smiddyhaugh Cr.", "Lintmill Ln.")
BUILDINGS = ("Quarrelton Court", "Dykehead House", "Meikleriggs Tower")
BUILDINGS_SHORT = ("Quarrelton Ct", "Dykehead Ho.", "Meikleriggs Twr")
HOME = "Corsehill Lodge Children's Home"
HOSPITAL = "Crannockside General Hospital"
PAWN = "Gaskarth Pawnbrokers"
SNOOKER = "Greenbaize Snooker Hall"
CARAVAN = "Whinnyfold Caravan Park"
MARINA = "Cuttlebrook Marina"
CAFE = "ByteStop Internet Cafe"
DOJO = "Kizuna Karate Club"
SCHOOL = "Glebefoot Academy"
LAW_FIRM = "Lavarello Stubbings Solicitors"
FIRMS = (PAWN, SNOOKER, CARAVAN, MARINA, CAFE, DOJO, "Munchbox Kebabs", "Nuggetline Cash Exchange",
         "Spinwell Launderette")
STRANGERS = ("Kaja", "Otto", "Breda", "Lorcan", "Ymke")
LONE_TITLES = ("Station Sgt", "Late Turn Insp", "the Collator", "Relief Sgt", "Duty Inspr")

COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS", "DI")]
SENIOR = ["Thora Umphray", "Magnus Foubister", "Belmiro Cangueiro", "Thora Umphray"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PCSO", "PS", "Insp")]
ANALYST = "Yolanda Olivero"
COUNCILLORS = [p.canonical for p in CAST if p.title in ("Cllr", "Bailie")]
WORKERS = ["Mphatso Namagonya", "Yajanua Tsamaraint", "Dilia Olonibiginya",
           "Dilia Olonibiginya", "Yajanua Tsamaraint"]
MANAGER, YOT, EWO = "Tuoyo Okotie-Ereku", "Rabbie ToVurmai", "Ramona Winterstein"
HEAD, SOLICITOR = "Eustolia Yucunduy", "Lewis Lavarello"
PAWNBROKER, HALL_MANAGER, WARDEN = "Sefton Gaskarth", "Anselmo Buitimea", "Hilana Kõrsaveer"
MARINA_MANAGER, CAFE_OWNER, SENSEI = "Tamag Falanruw", "Argelio Dogirama", "Garfield Pennycook"
YOUNG = [p.canonical for p in CAST if p.group == "young"]
# Suspects who also use another name are picked more often, so that it is measured enough.
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect" for _ in range(2 if p.alias else 1)]
PARENT_OF = {"Osla Ratter": "Wilma Ratter", "Torben Kirkness": "Ivor Kirkness",
             "Sushmita Chemjong": "Purna Chemjong"}
PARENTS = list(PARENT_OF.values())
# Young people whose parent is in the files are picked more often, so that the parents are too.
KIDS = [*YOUNG, *PARENT_OF]
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
SHORT = {"police": FORCE_SHORT, "council": COUNCIL_SHORT, "school": "Glebefoot",
         "solicitor": "Lavarello Stubbings", "pawn": "Gaskarth", "snooker": "Greenbaize",
         "caravan": "Whinnyfold", "marina": "Cuttlebrook", "cafe": "ByteStop", "dojo": "Kizuna"}
ORG = {"police": FORCE, "council": COUNCIL, "school": SCHOOL, "solicitor": LAW_FIRM,
       "pawn": PAWN, "snooker": SNOOKER, "caravan": CARAVAN, "marina": MARINA, "cafe": CAFE,
       "dojo": DOJO}

# The ninth set's helpers and the thirteenth set's decoy line, bound to this set's names: one of
# a list but some; a person's organisation as a non-person; whether an e-mail names a person
# only by their address; a decoy named in full now and then.
_one = ninth._one
_org = bound(ninth._org, BY_NAME=BY_NAME, COUNCIL=COUNCIL, LAW_FIRM=LAW_FIRM, ORG=ORG,
             SURGERY=HOSPITAL)
_by_address = ninth._by_address
_decoy = bound(thirteenth._decoy, BY_NAME=BY_NAME)


def _suspect(doc: Doc) -> str:
    return doc.rng.choice(list(dict.fromkeys(SUSPECTS)))


def _clock(doc: Doc, first: int, last: int) -> str:
    return f"{doc.rng.randint(first, last)}.{doc.rng.choice(['05', '20', '35', '50'])}pm"


def _where(doc: Doc) -> str:
    """A street or a block of flats, in full or abbreviated, with a number."""
    rng = doc.rng
    roll = rng.random()
    if roll < 0.4:
        return f"{rng.randint(1, 140)} {doc.thing(rng.choice(STREETS), 'place')}"
    if roll < 0.7:
        return f"{rng.randint(1, 140)} {doc.thing(rng.choice(STREETS_SHORT), 'place')}"
    flat = rng.randint(1, 60)
    return f"{flat}/{doc.thing(rng.choice([*BUILDINGS, *BUILDINGS_SHORT]), 'building')}"


def _lone_title(doc: Doc) -> str:
    return doc.thing(doc.rng.choice(LONE_TITLES), "title")


def _registration(doc: Doc) -> str:
    """A registration mark of the day: a year letter first until 2001, the new shape after
    (with a Scottish area's letters)."""
    rng = doc.rng
    letters = "BCDFGHJKLMNPRSTVWXY"
    if doc.date.year < 2001:
        year_letter = "KLMNPRSTVWXY"[min(max(doc.date.year - 1993, 0), 11)]
        plate = (f"{year_letter}{rng.randint(100, 999)} "
                 f"{''.join(rng.choice(letters) for _ in range(3))}")
    else:
        age = doc.date.year % 100 + (50 if doc.date.month >= 9 else 0)
        plate = (f"{rng.choice(['SA', 'SB', 'SC'])}{age:02d} "
                 f"{''.join(rng.choice(letters) for _ in range(3))}")
    return doc.thing(plate, "vehicle")


def _adult_with(doc: Doc, kid: str) -> str:
    """The adult with a young person: their parent now and then, else a suspect."""
    if kid in PARENT_OF and doc.rng.random() < 0.6:
        return PARENT_OF[kid]
    return _suspect(doc)


def _labels(doc: Doc, *labels: str) -> list[str]:
    return [doc.thing(label, "label") for label in labels]


def pledge_book(doc: Doc) -> None:
    """A pawnbroker's pledge book: ticket, pledger, article, advanced; who redeemed the
    pledge; the pawnbroker; who inspected the book."""
    rng = doc.rng
    doc.h(f"{doc.thing(PAWN, 'firm')} ~ {doc.thing('PLEDGE BOOK', 'heading')} ~ "
          f"{doc.date:%d-%m-%Y}")
    rows = [_labels(doc, "Ticket", "Pledger", "Article", "Advanced")]
    kid = rng.choice(KIDS)
    rows.append([f"P{rng.randint(1000, 9999)}", doc.name(_suspect(doc)),
                 rng.choice(["gold chain", "games console", "mobile phone x3", "bracelet"]),
                 f"£{rng.randint(15, 180)}"])
    rows.append([f"P{rng.randint(1000, 9999)}", doc.thing(rng.choice(STRANGERS), "forename"),
                 "wedding ring", "£40"])
    doc.table(rows)
    doc.p(f"Redeemed the same week by {doc.young(kid)}, with cash.")
    doc.p(f"{doc.thing('Pawnbroker', 'label')} - {doc.name(PAWNBROKER)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Book inspected by', 'label')}: {doc.name(rng.choice(COLLARED))} "
          f"({doc.thing('countersigned', 'label')} {_lone_title(doc)})")
    if rng.random() < 0.5:
        doc.p(f"Flagged by {doc.name(ANALYST)} for {doc.name(rng.choice(SENIOR))}.")


def snooker_sheet(doc: Doc) -> None:
    """A snooker hall's table bookings: table, start, booked by, paid; who ran up the tab and
    the car they left in; the hall manager; who took the sheet."""
    rng = doc.rng
    doc.h(f"{doc.thing(SNOOKER, 'firm')} / {doc.thing('TABLE BOOKINGS', 'heading')} / "
          f"{doc.date:%A %d %B %Y}")
    rows = [_labels(doc, "Table", "Start", "Booked by", "Paid")]
    kid = rng.choice(KIDS)
    rows.append([str(rng.randint(1, 14)), _clock(doc, 3, 10), doc.young(kid),
                 rng.choice(["no", "on the tab", "£6"])])
    rows.append([str(rng.randint(1, 14)), _clock(doc, 1, 5),
                 doc.thing(rng.choice(STRANGERS), "forename"), "£4"])
    doc.table(rows)
    doc.p(f"Tab run up by {doc.name(_suspect(doc))}, who left in a "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}, {_registration(doc)}.")
    doc.p(f"{doc.thing('Hall Manager', 'label')}: {doc.name(HALL_MANAGER)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Sheet taken by', 'label')}: {doc.name(rng.choice(UNIFORM))}")
    if kid in PARENT_OF and rng.random() < 0.7:
        doc.p(f"{doc.thing('Parent rung', 'label')}: {doc.name(PARENT_OF[kid])}")
    if rng.random() < 0.4:
        doc.p(f"Licence review: {doc.name(rng.choice(COUNCILLORS))} informed.")
    if rng.random() < 0.3:
        doc.p(f"Pattern noted by {doc.name(ANALYST)}.")


def caravan_register(doc: Doc) -> None:
    """A caravan park's site register: pitch, arrived, occupant, vehicle; the young visitor and
    the adult with them; the site warden; who checked the register."""
    rng = doc.rng
    doc.h(f"{doc.thing(CARAVAN, 'firm')} :: {doc.thing('SITE REGISTER', 'heading')} :: "
          f"{doc.date:%d/%m/%Y}")
    rows = [_labels(doc, "Pitch", "Arrived", "Occupant", "Vehicle")]
    rows.append([str(rng.randint(1, 48)), f"{doc.date:%d/%m}", doc.name(_suspect(doc)),
                 f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} {_registration(doc)}"])
    rows.append([str(rng.randint(49, 80)), f"{doc.date:%d/%m}",
                 doc.thing(rng.choice(STRANGERS), "forename"), "none"])
    doc.table(rows)
    kid = rng.choice(KIDS)
    doc.p(f"Young visitor to the first pitch: {doc.young(kid)}, with "
          f"{doc.name(_adult_with(doc, kid))}; later seen at {_where(doc)}.")
    doc.p(f"{doc.thing('Site Warden', 'label')}: {doc.name(WARDEN)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Register checked by', 'label')}: {doc.name(rng.choice(DETECTIVES))}")
    if rng.random() < 0.35:
        doc.p(f"Copy to {doc.name(rng.choice([*WORKERS, YOT]))}.")


def mooring_log(doc: Doc) -> None:
    """A marina's mooring log: berth, boat, keeper, notes; who was seen aboard; the marina
    manager; who seized the log."""
    rng = doc.rng
    doc.h(f"{doc.thing(MARINA, 'firm')} | {doc.thing('MOORING LOG', 'heading')} | "
          f"{doc.date:%B %Y}")
    rows = [_labels(doc, "Berth", "Boat", "Keeper", "Notes")]
    rows.append([f"B{rng.randint(1, 60)}", doc.thing(rng.choice(BOATS), "vehicle"),
                 doc.name(_suspect(doc)), rng.choice(["music late", "gate code shared",
                                                     "visitors after dark"])])
    rows.append([f"V{rng.randint(1, 20)}", "day boat", doc.thing(rng.choice(STRANGERS),
                                                                "forename"), "-"])
    doc.table(rows)
    kid = rng.choice(KIDS)
    doc.p(f"Seen aboard after the gate shut: {doc.young(kid)}.")
    doc.p(f"{doc.thing('Marina Manager', 'label')}: {doc.name(MARINA_MANAGER)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Log seized by', 'label')}: {doc.name(rng.choice(DETECTIVES))} "
          f"({doc.thing('exhibit booked by', 'label')} {_lone_title(doc)})")
    if kid in PARENT_OF and rng.random() < 0.6:
        doc.p(f"{doc.thing('Parent informed', 'label')}: {doc.name(PARENT_OF[kid])}")
    if rng.random() < 0.35:
        doc.p(f"Keeper's solicitor: {doc.name(SOLICITOR)}.")
    if rng.random() < 0.55:
        doc.p(f"Analysed by {doc.name(ANALYST)}.")


def cafe_log(doc: Doc) -> None:
    """An internet café's terminal log: PC, time in, user, ID seen; who paid for the account;
    the café owner; who asked for the log."""
    rng = doc.rng
    doc.h(f"{doc.thing(CAFE, 'firm')} * {doc.thing('TERMINAL LOG', 'heading')} * "
          f"{doc.date:%a %d %b %y}")
    rows = [_labels(doc, "PC", "Time in", "User", "ID seen")]
    kid = rng.choice(KIDS)
    rows.append([f"PC{rng.randint(1, 12):02d}", _clock(doc, 3, 9), doc.young(kid),
                 rng.choice(["none", "bus pass", "school card"])])
    rows.append([f"PC{rng.randint(1, 12):02d}", _clock(doc, 1, 4),
                 doc.thing(rng.choice(STRANGERS), "forename"), "passport"])
    doc.table(rows)
    doc.p(f"Account topped up by {doc.name(_suspect(doc))}, who drove off towards "
          f"{_where(doc)}.")
    if kid in PARENT_OF and rng.random() < 0.7:
        doc.p(f"{doc.thing('Parent told', 'label')}: {doc.name(PARENT_OF[kid])}")
    doc.p(f"{doc.thing('Café Owner', 'label')}: {doc.name(CAFE_OWNER)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Log asked for by', 'label')}: {doc.name(rng.choice(DETECTIVES))}")
    if rng.random() < 0.4:
        doc.p(f"Copy to {doc.name(rng.choice([MANAGER, YOT, HEAD]))}.")
    if rng.random() < 0.4:
        doc.p(f"Seen by {doc.name(ANALYST)} and {doc.name(rng.choice(SENIOR))}.")


def dojo_register(doc: Doc) -> None:
    """A karate club's class register: member, grade, paid, collected by; the chief
    instructor; the welfare officer; who a concern was raised with."""
    rng = doc.rng
    doc.h(f"{doc.thing(DOJO, 'firm')} - {doc.thing('CLASS REGISTER', 'heading')} - "
          f"{doc.date:%d %b %Y} ({doc.thing(COUNCIL, 'org')} hall let)")
    rows = [_labels(doc, "Member", "Grade", "Paid", "Collected by")]
    kid = rng.choice(KIDS)
    rows.append([doc.young(kid), rng.choice(["7th kyu", "orange belt", "5th kyu"]),
                 rng.choice(["yes", "owes", "£3"]), doc.name(_adult_with(doc, kid))])
    rows.append([doc.thing(rng.choice(STRANGERS), "forename"), "white belt", "yes", "mum"])
    doc.table(rows)
    doc.p(f"{doc.thing('Chief Instructor', 'label')}: {doc.name(SENSEI)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Welfare officer', 'label')}: "
          f"{doc.name(rng.choice([EWO, EWO, *WORKERS]))}")
    doc.p(f"Concern raised with {doc.name(rng.choice(UNIFORM))} of {doc.thing(FORCE, 'org')}.")
    if kid in PARENT_OF and rng.random() < 0.6:
        doc.p(f"{doc.thing('Parent signed', 'label')}: {doc.name(PARENT_OF[kid])}")
    if rng.random() < 0.3:
        doc.p(f"Copy to {doc.name(HEAD)}.")


def _letter_body(doc: Doc, kind: str, kid: str) -> str:
    """The paragraph of one kind of letter (only that kind's names are written)."""
    rng = doc.rng
    if kind == "pawn":
        return (f"{doc.young(kid)} redeemed a pledge taken out by "
                f"{doc.name(rng.choice(SUSPECTS))}; the ticket is in the book you have.")
    if kind == "snooker":
        return (f"{doc.young(kid)} has been in the hall on school days, on a tab that "
                f"{doc.name(rng.choice(SUSPECTS))} settles in cash.")
    if kind == "caravan":
        return (f"A girl or boy we now know as {doc.young(kid)} stayed two nights on a pitch "
                f"let to {doc.name(rng.choice(SUSPECTS))}, who came in a "
                f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    if kind == "marina":
        return (f"{doc.young(kid)} was seen aboard a boat kept by "
                f"{doc.name(rng.choice(SUSPECTS))} after the gate was locked.")
    if kind == "cafe":
        return (f"{doc.young(kid)} uses the terminals most afternoons on an account "
                f"{doc.name(rng.choice(SUSPECTS))} pays for.")
    if kind == "dojo":
        return (f"{doc.young(kid)} has stopped coming to class and was collected last time by "
                f"{doc.name(rng.choice(SUSPECTS))}, who is no relation.")
    if kind == "solicitor":
        return (f"We act for {doc.name(rng.choice(SUSPECTS))}, who denies knowing "
                f"{doc.young(kid)}. Please disclose the pledge book you rely on.")
    if kind == "parent":
        return (f"{doc.young(kid)} comes home with money we did not give. "
                f"{doc.name(rng.choice(SUSPECTS))} is behind it.")
    if kind == "school":
        return (f"{doc.young(kid)} has been seen outside {doc.thing(rng.choice(FIRMS), 'firm')} "
                f"in school hours and on {doc.thing(rng.choice(STREETS), 'place')}.")
    return (f"Residents of {doc.thing(rng.choice(STREETS), 'place')} report young people "
            f"outside {doc.thing(rng.choice(FIRMS), 'firm')} late at night. Please ask "
            f"{doc.name(MANAGER)} to reply. A place at {doc.thing(HOME, 'building')} is "
            f"mentioned.")


_SENDERS: dict[str, tuple[list[str], list[str]]] = {
    "pawn": ([PAWNBROKER], DETECTIVES), "snooker": ([HALL_MANAGER], UNIFORM),
    "caravan": ([WARDEN], UNIFORM), "marina": ([MARINA_MANAGER], DETECTIVES),
    "cafe": ([CAFE_OWNER], SENIOR), "dojo": ([SENSEI], [EWO, *WORKERS]),
    "solicitor": ([SOLICITOR], DETECTIVES), "parent": (PARENTS, [MANAGER, *COUNCILLORS]),
    "school": ([HEAD], [*WORKERS, EWO, EWO]), "councillor": (COUNCILLORS, SENIOR),
}


def _postcode(doc: Doc) -> str:
    rng = doc.rng
    return f"CK{rng.randint(1, 9)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
           f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def _letter_head(doc: Doc, sender: str) -> None:
    """Above the letter: how it was sent, the sender's organisation (a DX line under a
    solicitor's firm), the file number, who to contact, and the date."""
    rng = doc.rng
    roll = rng.random()
    if roll < 0.25:
        doc.p("SENT FIRST CLASS")
    elif roll < 0.4:
        doc.p("BY DX")
    org = _org(doc, sender) if BY_NAME[sender].group in ORG else TOWN
    if BY_NAME[sender].group == "solicitor":
        org = f"{org}\nDX {rng.randint(10000, 99999)} {TOWN}"
    doc.p(org)
    contact = (f"\n{doc.thing('Contact', 'label')}: {doc.name(sender)}"
               if rng.random() < 0.3 else "")
    doc.p(f"{doc.thing('File no.', 'label')} {rng.choice(['PB', 'SN', 'CV', 'MR', 'WEL'])}-"
          f"{rng.randint(100, 9999)}{contact}\n{doc.date:%d.%m.%Y}")


def letter(doc: Doc) -> None:
    """A letter of one of ten kinds: "SENT FIRST CLASS" or "BY DX" above some, the sender's
    organisation, "File no." and "Contact:" lines, the date, the addressee's name,
    organisation, town and postcode, an "In respect of:" line naming the child, the body, "Yours
    aye," "Best regards," or "Warm regards," and "Copy to file" and "Circulation:" lines at the
    foot."""
    rng = doc.rng
    kind = rng.choice([*_SENDERS, "parent", "councillor"])  # more parents and councillors
    senders, recipients = _SENDERS[kind]
    sender, to = rng.choice(senders), rng.choice(recipients)
    _letter_head(doc, sender)
    doc.p(f"{doc.name(to)}\n{_org(doc, to)}\n{TOWN}\n{_postcode(doc)}")
    kid = rng.choice(KIDS)
    if kind == "parent":  # a parent writes about their own child
        kid = next(child for child, parent in PARENT_OF.items() if parent == sender)
    doc.p(rng.choice(["Dear Sir or Madam", "Dear Colleague", "Dear Sirs"]))
    doc.p(f"In respect of: {doc.young(kid)}")
    doc.p(_letter_body(doc, kind, kid))
    _decoy(doc, DECOYS, 0.3)
    doc.p(rng.choice(["Yours aye,", "Best regards,", "Warm regards,"]))
    doc.p(doc.name(sender))
    if BY_NAME[sender].role:
        doc.p(BY_NAME[sender].role)
    if rng.random() < 0.3:
        doc.p("Copy to file")
    if rng.random() < 0.35:
        doc.p(f"Circulation: "
              f"{doc.name(rng.choice([*COUNCILLORS, ANALYST, YOT]), email_ok=True)}")


def _safe(doc: Doc, canonical: str, shown: str) -> str:
    """A display name with no double quote or guillemet, so that it stays plain in a header."""
    if not any(ch in shown for ch in '"«»'):
        return shown
    clean = " ".join(shown.replace('"', "").replace("«", "").replace("»", "").split())
    if doc.ambiguous and doc.ambiguous[-1]["written"] == shown:  # a namesake's form
        doc.ambiguous[-1]["written"] = clean
    else:
        doc.written[canonical][-1] = clean
    return clean


def _address(doc: Doc, canonical: str) -> str:
    """A header address: the bare address when that is the planned form, else a display name
    (quoted when it needs quotes), in a third of the headers with the organisation's short name
    after a dash inside the quotes."""
    person = BY_NAME[canonical]
    shown = _safe(doc, canonical, doc.name(canonical, email_ok=True))
    if shown == person.email:
        return person.email
    doc.record(canonical, "email", person.email)
    if doc.rng.random() < 0.33:
        shown = f"{shown} - {SHORT[person.group]}"
    if any(ch in shown for ch in ',.;:@<>()[]\\/\'#'):
        return f'"{shown}" <{person.email}>'
    return f"{shown} <{person.email}>"


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def _plain(doc: Doc, canonical: str) -> tuple[str, str]:
    """A person as the webmail writes them in an attribution or a forwarded header: the display
    name and address, or the address alone when that is the planned form."""
    person = BY_NAME[canonical]
    shown = _safe(doc, canonical, doc.name(canonical, email_ok=True))
    if shown == person.email:
        return shown, shown
    doc.record(canonical, "email", person.email)
    return shown, f'"{shown}" <{person.email}>'


def _squirrel_when(when: dt.datetime) -> str:
    """SquirrelMail's date: 'Mon, March 3, 2003 10:15 am'."""
    hour = when.hour % 12 or 12
    return (f"{when:%a}, {when:%B} {when.day}, {when:%Y} {hour}:{when:%M} "
            f"{'am' if when.hour < 12 else 'pm'}")


def _forward_block(doc: Doc, when: dt.datetime, subject: str, from_line: str, to_line: str,
                   body: str) -> str:
    """A forwarded message as SquirrelMail or Roundcube sets it out."""
    if roundcube(doc.date):
        return (f"-------- Original Message --------\nSubject: {subject}\n"
                f"Date: {when:%d.%m.%Y %H:%M}\nFrom: {from_line}\nTo: {to_line}\n\n{body}")
    rule = "-" * 28
    return (f"{rule} Original Message {rule}\nSubject: {subject}\nFrom:    {from_line}\n"
            f"Date:    {_squirrel_when(when)}\nTo:      {to_line}\n{'-' * 74}\n\n{body}")


def email(doc: Doc) -> None:
    """A reply under the webmail's 'On ..., Name wrote:' line with "> " quoting, or a forward
    in its "Original Message" block."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"Re: {doc.operation}", "Re: pledge book", "Re: site register",
                          "Fwd: mooring log", "Fwd: terminal log", "Fwd: class register"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.4 else [], subject=subject,
                    sender_address=BY_NAME[sender].email)
    kid, suspect = rng.choice(KIDS), rng.choice(SUSPECTS)
    older = _one(rng, WITH_EMAIL, (sender,))
    when = dt.datetime.combine(doc.date - dt.timedelta(days=rng.randint(0, 3)),
                               dt.time(rng.randint(7, 18), rng.randint(0, 59)))
    if subject.startswith("Re"):
        hello = "Hi all" if _by_address(doc, first) else f"Hi {doc.name(first)}"
        doc.p(f"{hello}\n{doc.young(kid)} was with {doc.name(suspect)} again on Friday.")
        _decoy(doc, DECOYS, 0.27)
        doc.p(_signature(doc, sender))
        quoted = (f"Any news of {doc.young(kid)}? "
                  f"{doc.name(rng.choice(WORKERS))} has asked twice.")
        _, full = _plain(doc, older)
        stamp = f"{when:%d.%m.%Y %H:%M}" if roundcube(doc.date) else _squirrel_when(when)
        doc.p(f"On {stamp}, {full} wrote:\n{_quoted(quoted)}")
    else:
        doc.p(f"Forwarding for the file, as {doc.name(rng.choice(SENIOR))} wanted.")
        _decoy(doc, DECOYS, 0.27)
        doc.p(_signature(doc, sender))
        _, from_line = _plain(doc, older)
        to_line = _plain(doc, first)[1]
        body = (f"{doc.young(kid)} was dropped at {doc.thing(rng.choice(FIRMS), 'firm')} by "
                f"{doc.name(suspect)}.\n{doc.name(rng.choice(COLLARED))} took the statement.")
        doc.p(_forward_block(doc, when, subject.split(" ", 1)[1], from_line, to_line, body))


def _signature(doc: Doc, sender: str) -> str:
    """A signature after "-- ": a nickname sometimes, then the name, the role and
    organisation on one line (the role alone when the address alone names the sender), and a
    mobile number."""
    person = BY_NAME[sender]
    lines = ["-- "]
    if person.nickname and doc.rng.random() < 0.35:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    if not _by_address(doc, sender):
        lines.append(doc.name(sender))
    lines.append(f"{person.role}, {_org(doc, sender)}")
    lines.append(f"Mob. 07700 {doc.rng.randint(900000, 900999)}")
    return "\n".join(lines)


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "pledge_book": pledge_book, "snooker_sheet": snooker_sheet,
    "caravan_register": caravan_register, "mooring_log": mooring_log, "cafe_log": cafe_log,
    "dojo_register": dojo_register, "email": email, "letter": letter,
}
