"""The eight kinds of case file of the twentieth set, each written through a `Doc`.

Car boot sale pitch bookings (a grid of pitch, trader, vehicle and fee; who helped on a pitch;
the organiser; who banked the fees; a police visit), launderette service-wash ticket books
(ticket, name on the bag, dropped off, collected by; the owner; who photographed the book),
bingo hall sign-in books (member, guest signed in, card number, time in; the manager; who asked
for the book), allotment key registers (plot, holder, key issued to, returned; the secretary;
who was told), ice rink skate hire sheets (session, skater, skate size, paid by; the manager; a
Sea Cadets group; who asked for the sheet), charity shop volunteer rotas (day, volunteer, till,
notes; bags of new goods dropped off; the manager; the supervising officer), e-mails (replies
under a Mutt "On Day, dd Mon yyyy at hh:mm:ss, Name wrote:" line with "> " quoting, forwards
between Mutt's "----- Forwarded message from Name <address> -----" and "----- End forwarded
message -----" lines with "Date", "From", "To" and "Subject" lines; a signature after "-- " with
the role and the organisation on one line behind a bar, and a mobile number) and letters of
eight kinds (a "Private & Confidential - Addressee Only" line, "Our Ref:" and an ordinal date,
"Intended for:", a "Re:" line underlined with "=", "signed per the author in their
absence" under a quarter of the signatures, "Encl:" and "c.c." lines at the foot). Worded and
laid out for this set. People are picked by role and written through `Doc.name` /
`Doc.young`; non-persons through `Doc.thing`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bench.names_eval9 import templates as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval13 import templates as thirteenth
from bench.names_eval20.cast import BY_NAME, CAST, COUNCIL, FORCE, FORCE_SHORT, TOWN
from bench.names_eval20.doc import Doc

VEHICLES = ("Vauxhall Zafira", "Ford Transit Connect", "Peugeot Partner", "Nissan Qashqai",
            "Kia Sportage", "Hyundai i10", "Fiat Doblo", "Volvo V70", "Land Rover Freelander",
            "Suzuki Swift", "Chevrolet Captiva", "Subaru Forester")
STREETS = ("Hemplands Lane", "Oxcroft Road", "Sallowcote Close", "Tithebarn Mews",
           "Wetherden Terrace", "Coldharbour Walk", "Pightlemoor Crescent", "Glebemoor Avenue",
           "Rushmere Street", "Withergate Hill")
STREETS_SHORT = ("Hemplands Ln", "Oxcroft Rd", "Sallowcote Cl.", "Pightlemoor Cres.",
                 "Glebemoor Ave", "Rushmere St.")
BUILDINGS = ("Tollmere Court", "Skelcote House", "Quarrenby Towers")
BUILDINGS_SHORT = ("Tollmere Ct", "Skelcote Ho.", "Quarrenby Twrs")
HOME = "Withybed Lodge Children's Home"
HOSPITAL = "Quenbury Community Hospital"
BOOTSALE = "Farthing's Sunday Car Boot"
LAUNDERETTE = "Suds Launderette"
BINGO = "Jackpot Bingo Quenbury"
ALLOTMENTS = "Ockendale Allotment Society"
RINK = "Glacier Ice Rink"
CHARITY = "Brambleside Hospice Shop"
CADETS = "TS Bittersweet Sea Cadets"
SCHOOL = "Ockendale High School"
LAW_FIRM = "Ekwalla Merriman Solicitors"
FIRMS = (BOOTSALE, LAUNDERETTE, BINGO, ALLOTMENTS, RINK, CHARITY, "Quickthorn Vape Lounge",
         "Moneysafe Cheque Cashers", "Velvetine Shisha Bar")
STRANGERS = ("Gazza", "Florin", "Lukasz", "Tash", "Besnik")
LONE_TITLES = ("Duty Sgt", "Station Sgt", "the OIC", "Custody Officer", "Actg Sergeant")

COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS", "DI")]
SENIOR = ["Pema Yangzom", "Clarence Outerbridge", "Wondimu Hankamo", "Tomba Ningthoujam"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PCSO", "PS", "Insp")]
ANALYST = "Itzel Guendulain"
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
WORKERS = ["Mmapula Sekgobela", "Ecweru Opolot", "Lovely Pacaña", "Mmapula Sekgobela",
           "Mmapula Sekgobela"]
MANAGER, YOT = "Thierno Sow", "Kerlisha Thwaites"
HEAD, SOLICITOR, CADET_OFFICER = "Siaka Ouattara", "Ebenye Ekwalla", "Oretha Dweh"
ORGANISER, LAUNDRY, BINGO_MANAGER = "Jack Farthing", "Nurul Amin", "Kenrick Cupid"
SECRETARY, RINK_MANAGER, SHOP_MANAGER = "Bríd Mulcahy", "Pauloosie Qaunaq", "Marva Treasure"
YOUNG = [p.canonical for p in CAST if p.group == "young"]
# Suspects who also use another name are picked more often, so that it is measured enough.
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect" for _ in range(2 if p.alias else 1)]
PARENT_OF = {"Shaquana Hurst": "Deniece Hurst", "Kemar Pitterson": "Lennox Pitterson",
             "Sorie Caulker": "Yeama Caulker"}
PARENTS = list(PARENT_OF.values())
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
SHORT = {"police": FORCE_SHORT, "council": "QDC", "school": "Ockendale High",
         "solicitor": "Ekwalla Merriman", "cadets": "TS Bittersweet", "bootsale": "Car Boot",
         "launderette": "Suds", "bingo": "Jackpot", "allotments": "Allotments",
         "rink": "Glacier", "charity": "Brambleside"}
ORG = {"police": FORCE, "council": COUNCIL, "school": SCHOOL, "solicitor": LAW_FIRM,
       "cadets": CADETS, "bootsale": BOOTSALE, "launderette": LAUNDERETTE, "bingo": BINGO,
       "allotments": ALLOTMENTS, "rink": RINK, "charity": CHARITY}

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
    return f"{doc.rng.randint(first, last):02d}{doc.rng.choice(['00', '15', '30', '45'])}"


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


def car_boot_pitches(doc: Doc) -> None:
    """A car boot sale's pitch bookings: pitch, trader, vehicle and fee; who helped on a pitch;
    the organiser; who banked the fees; a police visit."""
    rng = doc.rng
    doc.h(f"{doc.thing(BOOTSALE, 'firm')} >>> {doc.thing('PITCH BOOKINGS', 'heading')} >>> "
          f"Sunday {doc.date:%d/%m/%y}")
    rows = [[doc.thing("Pitch", "label"), doc.thing("Trader", "label"),
             doc.thing("Vehicle", "label"), doc.thing("Fee", "label")]]
    traders = _suspects(doc, 2)
    for who in traders:
        rows.append([f"{rng.choice('ABCDE')}{rng.randint(1, 40)}", doc.name(who),
                     doc.thing(rng.choice(VEHICLES), "vehicle"), f"£{rng.choice([8, 10, 12, 15])}"])
    rows.append([f"{rng.choice('FGH')}{rng.randint(1, 40)}",
                 doc.thing(rng.choice(STRANGERS), "forename"),
                 doc.thing(rng.choice(VEHICLES), "vehicle"), "£8"])
    doc.table(rows)
    doc.p(f"{doc.thing('Helping on pitch', 'label')} {rows[1][0]}: "
          f"{doc.young(rng.choice(YOUNG))}")
    _decoy(doc, DECOYS, 0.25)
    doc.p(f"{doc.thing('Organiser', 'label')} -- {doc.name(ORGANISER)}")
    if rng.random() < 0.5:
        doc.p(f"Fees banked by {doc.name(_one(rng, list(dict.fromkeys(SUSPECTS)), tuple(traders)))}"
              f" in cash.")
    doc.p(f"{doc.thing('Site visit', 'label')}: {doc.name(rng.choice(COLLARED))}; "
          f"{doc.thing('noted by', 'label')} {_lone_title(doc)}")


def launderette_book(doc: Doc) -> None:
    """A launderette's service-wash ticket book: ticket, name on the bag, dropped off, collected
    by; the owner; who photographed the book."""
    rng = doc.rng
    doc.h(f"{doc.thing(LAUNDERETTE, 'firm')} * {doc.thing('SERVICE WASH TICKETS', 'heading')} "
          f"* wk ending {doc.date:%d.%m.%Y}")
    rows = [[doc.thing("Ticket", "label"), doc.thing("Name on bag", "label"),
             doc.thing("In", "label"), doc.thing("Collected by", "label")]]
    owner_of_bag = _suspects(doc, 1)[0]
    rows.append([f"{rng.randint(100, 999)}", doc.name(owner_of_bag), _time(doc, 8, 12),
                 doc.young(rng.choice(YOUNG))])
    if rng.random() < 0.55:
        other = rng.choice(PARENTS) if rng.random() < 0.4 else _one(
            rng, list(dict.fromkeys(SUSPECTS)), (owner_of_bag,))
        rows.append([f"{rng.randint(100, 999)}", doc.name(other), _time(doc, 12, 18),
                     doc.thing(rng.choice(STRANGERS), "forename")])
    doc.table(rows)
    doc.p(f"{doc.thing('Bags delivered to', 'label')}: {_where(doc)}")
    doc.p(f"{doc.thing('Proprietor', 'label')}: {doc.name(LAUNDRY)}")
    _decoy(doc, DECOYS, 0.25)
    doc.p(f"Book photographed by {doc.name(rng.choice(DETECTIVES))}.")
    if rng.random() < 0.35:
        doc.p(f"Copy for {doc.name(ANALYST)}, then {doc.name(rng.choice(SENIOR))}.")


def bingo_signin(doc: Doc) -> None:
    """A bingo hall's sign-in book: member, guest signed in, card number, time in; the manager;
    who asked for the book."""
    rng = doc.rng
    doc.h(f"{doc.thing(BINGO, 'firm')} = {doc.thing('MEMBERS SIGN-IN BOOK', 'heading')} = "
          f"{doc.date:%a %d %b %Y}")
    rows = [[doc.thing("Member", "label"), doc.thing("Guest", "label"),
             doc.thing("Card No.", "label"), doc.thing("Time in", "label")]]
    kid = rng.choice(YOUNG)
    member = PARENT_OF.get(kid) if kid in PARENT_OF and rng.random() < 0.4 else None
    member = member or _suspects(doc, 1)[0]
    rows.append([doc.name(member), doc.young(kid), f"{rng.randint(10000, 99999)}",
                 _time(doc, 18, 21)])
    rows.append([doc.name(rng.choice([*PARENTS, *dict.fromkeys(SUSPECTS)]))
                 if rng.random() < 0.5 else doc.thing(rng.choice(STRANGERS), "forename"),
                 "-", f"{rng.randint(10000, 99999)}", _time(doc, 18, 21)])
    doc.table(rows)
    doc.p(f"{doc.thing('Duty manager', 'label')}: {doc.name(BINGO_MANAGER)}")
    _decoy(doc, DECOYS, 0.25)
    doc.p(f"{doc.thing('Book requested by', 'label')}: {doc.name(rng.choice(UNIFORM))}")
    if rng.random() < 0.4:
        doc.p(f"Under-age guest reported to {doc.name(rng.choice([*WORKERS, MANAGER, YOT]))}.")


def allotment_keys(doc: Doc) -> None:
    """An allotment society's key register: plot, holder, key issued to, returned; the
    secretary; who was told."""
    rng = doc.rng
    doc.h(f"{doc.thing(ALLOTMENTS, 'firm')} ::: {doc.thing('GATE KEY REGISTER', 'heading')} "
          f"::: {doc.date:%B %Y}")
    rows = [[doc.thing("Plot", "label"), doc.thing("Plot holder", "label"),
             doc.thing("Key issued to", "label"), doc.thing("Returned", "label")]]
    holder = _suspects(doc, 1)[0]
    rows.append([f"{rng.randint(1, 60)}{rng.choice(['a', 'b', ''])}", doc.name(holder),
                 doc.young(rng.choice(YOUNG)), rng.choice(["no", "yes", "lost"])])
    rows.append([f"{rng.randint(61, 90)}", doc.thing(rng.choice(STRANGERS), "forename"),
                 "holder", "yes"])
    doc.table(rows)
    doc.p(f"Shed on the plot used by a man in a {doc.thing(rng.choice(VEHICLES), 'vehicle')} "
          f"at night.")
    doc.p(f"{doc.thing('Hon. Secretary', 'label')}: {doc.name(SECRETARY)}")
    _decoy(doc, DECOYS, 0.25)
    told = rng.choice([HEAD, CADET_OFFICER, YOT, rng.choice(WORKERS)])
    doc.p(f"{doc.thing('Register shown to', 'label')}: {doc.name(told)}")
    if rng.random() < 0.5:
        doc.p(f"Patrol check {doc.name(rng.choice(UNIFORM))}; "
              f"{doc.thing('countersigned', 'label')}: {_lone_title(doc)}")


def ice_rink_sessions(doc: Doc) -> None:
    """An ice rink's skate hire sheet: session, skater, skate size, paid by; the manager; a Sea
    Cadets group booking; who asked for the sheet."""
    rng = doc.rng
    doc.h(f"{doc.thing(RINK, 'firm')} / {doc.thing('SKATE HIRE SHEET', 'heading')} / "
          f"{doc.date:%d %b %Y}")
    rows = [[doc.thing("Session", "label"), doc.thing("Skater", "label"),
             doc.thing("Size", "label"), doc.thing("Paid by", "label")]]
    kid = rng.choice(YOUNG)
    payer = PARENT_OF.get(kid) if kid in PARENT_OF and rng.random() < 0.4 else None
    payer = payer or _suspects(doc, 1)[0]
    rows.append([rng.choice(["Disco on Ice", "Public 2", "Public 3"]), doc.young(kid),
                 str(rng.randint(3, 11)), doc.name(payer)])
    rows.append([rng.choice(["Public 1", "Late skate"]),
                 doc.thing(rng.choice(STRANGERS), "forename"), str(rng.randint(5, 12)), "self"])
    doc.table(rows)
    if rng.random() < 0.35:
        doc.p(f"Group booking for {doc.thing(CADETS, 'org')} made by {doc.name(CADET_OFFICER)}.")
    doc.p(f"{doc.thing('Duty manager', 'label')}: {doc.name(RINK_MANAGER)}")
    _decoy(doc, DECOYS, 0.25)
    doc.p(f"Sheet printed for {doc.name(rng.choice(DETECTIVES))}.")
    if rng.random() < 0.3:
        doc.p(f"Flagged by {doc.name(ANALYST)} for {doc.name(rng.choice(SENIOR))}.")


def charity_shop_rota(doc: Doc) -> None:
    """A charity shop's volunteer rota: day, volunteer, till, notes; bags of new goods dropped
    off; the manager; the supervising officer."""
    rng = doc.rng
    doc.h(f"{doc.thing(CHARITY, 'firm')} ~~ {doc.thing('VOLUNTEER ROTA', 'heading')} ~~ "
          f"w/c {doc.date:%d.%m.%y}")
    rows = [[doc.thing("Day", "label"), doc.thing("Volunteer", "label"),
             doc.thing("Till", "label"), doc.thing("Notes", "label")]]
    rows.append([rng.choice(["Mon", "Tue", "Wed"]), doc.young(rng.choice(YOUNG)),
                 rng.choice(["1", "2"]), rng.choice(["reparation hours", "work experience"])])
    rows.append([rng.choice(["Thu", "Fri", "Sat"]), doc.thing(rng.choice(STRANGERS), "forename"),
                 "1", "-"])
    doc.table(rows)
    if rng.random() < 0.65:
        doc.p(f"Six bags of new clothes, tags on, dropped off by "
              f"{doc.name(_suspects(doc, 1)[0])} from {_where(doc)}.")
    doc.p(f"{doc.thing('Shop manager', 'label')}: {doc.name(SHOP_MANAGER)}")
    _decoy(doc, DECOYS, 0.25)
    supervisor = rng.choice([YOT, HEAD, WORKERS[0]])
    doc.p(f"{doc.thing('Supervising officer', 'label')}: {doc.name(supervisor)}")
    if rng.random() < 0.35:
        doc.p(f"c.c. {doc.name(rng.choice([*WORKERS, MANAGER]))}")


def _letter_body(doc: Doc, kind: str, kid: str) -> str:
    """The paragraph of one kind of letter (only that kind's names are written)."""
    rng = doc.rng
    if kind == "cadets":
        return (f"{doc.young(kid)} has missed four drill nights and was collected from the "
                f"unit in a {doc.thing(rng.choice(VEHICLES), 'vehicle')} by someone we did not "
                f"know.")
    if kind == "bootsale":
        return (f"{doc.name(rng.choice(SUSPECTS))} has booked a pitch every Sunday since the "
                f"spring and has {doc.young(kid)} working the table, always paid in cash.")
    if kind == "bingo":
        return (f"{doc.young(kid)} was signed in as a guest three times this month; each time "
                f"{doc.name(rng.choice(SUSPECTS))} bought the books.")
    if kind == "solicitor":
        return (f"Our client {doc.name(rng.choice(SUSPECTS))} denies any contact with "
                f"{doc.young(kid)}. Please disclose the sign-in books you rely on.")
    if kind == "parent":
        return (f"{doc.young(kid)} comes home late with cash and a ticket from "
                f"{doc.thing(LAUNDERETTE, 'firm')}. {doc.name(rng.choice(SUSPECTS))} is behind "
                f"it.")
    if kind == "school":
        return (f"{doc.young(kid)} was seen at {doc.thing(RINK, 'firm')} in school hours and "
                f"later on {doc.thing(rng.choice(STREETS), 'place')}.")
    if kind == "charity":
        return (f"Someone giving the name {doc.name(rng.choice(SUSPECTS))} keeps bringing "
                f"{doc.young(kid)} to volunteer and waits outside "
                f"{doc.thing(rng.choice(BUILDINGS), 'building')}.")
    return (f"Residents of {doc.thing(rng.choice(STREETS), 'place')} report young people "
            f"gathering at {doc.thing(rng.choice(FIRMS), 'firm')} late at night. Please ask "
            f"{doc.name(MANAGER)} to reply. A place at {doc.thing(HOME, 'building')} is "
            f"mentioned.")


_SENDERS: dict[str, tuple[list[str], list[str]]] = {
    "cadets": ([CADET_OFFICER], WORKERS), "bootsale": ([ORGANISER], DETECTIVES),
    "bingo": ([BINGO_MANAGER], UNIFORM), "solicitor": ([SOLICITOR], DETECTIVES),
    "parent": (PARENTS, [MANAGER, *COUNCILLORS]), "school": ([HEAD], [*WORKERS, YOT, YOT]),
    "charity": ([SHOP_MANAGER], SENIOR), "councillor": (COUNCILLORS, SENIOR),
}


def _ordinal(day: dt.date) -> str:
    suffix = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    return f"{day.day}{suffix} {day:%B %Y}"


def letter(doc: Doc) -> None:
    """A letter of one of eight kinds: "Private & Confidential - Addressee Only", the sender's
    organisation, "Our Ref:" and an ordinal date, "Intended for:" and the addressee's
    organisation, a "Re:" line underlined with "=", the body, "signed per the author in their
    absence" under a quarter of the signatures, and "Encl:" and "c.c." lines at the foot."""
    rng = doc.rng
    kind = rng.choice([*_SENDERS, "parent", "councillor"])  # more parents and councillors
    senders, recipients = _SENDERS[kind]
    sender, to = rng.choice(senders), rng.choice(recipients)
    if rng.random() < 0.4:
        doc.p("PRIVATE & CONFIDENTIAL - ADDRESSEE ONLY")
    doc.p(_org(doc, sender) if BY_NAME[sender].group in ORG else TOWN)
    doc.p(f"{doc.thing('Our Ref', 'label')}: {rng.choice('QWXZ')}{rng.randint(10, 99)}/"
          f"{doc.date:%y}    {_ordinal(doc.date)}")
    doc.p(f"{doc.thing('Intended for', 'label')}: {doc.name(to)}\n{_org(doc, to)}")
    kid = rng.choice(YOUNG)
    if kind == "parent":  # a parent writes about their own child
        kid = next(child for child, parent in PARENT_OF.items() if parent == sender)
    doc.p(rng.choice(["Dear Sirs,", "Dear Colleague,", "Dear Sir/Madam,"]))
    about = f"Re: {doc.young(kid)}"
    doc.p(f"{about}\n{'=' * len(about)}")
    doc.p(_letter_body(doc, kind, kid))
    _decoy(doc, DECOYS, 0.25)
    doc.p(rng.choice(["Yours faithfully,", "With kind regards,", "Yours sincerely,"]))
    signer = doc.name(sender)
    doc.p(f"{signer}\n(signed per the author in their absence)" if rng.random() < 0.25
          else signer)
    if BY_NAME[sender].role:
        doc.p(BY_NAME[sender].role)
    if rng.random() < 0.3:
        doc.p(f"Encl: {rng.choice(['copy of register', 'photographs (4)', 'rota'])}")
    if rng.random() < 0.35:
        doc.p(f"c.c. {doc.name(rng.choice([*COUNCILLORS, ANALYST, YOT]), email_ok=True)}")


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
    """A header address: the bare address when that is the planned form, else a display name
    (quoted when it needs quotes), in a third of the headers with the organisation's short name
    in square brackets after it."""
    person = BY_NAME[canonical]
    shown = _safe(doc, canonical, doc.name(canonical, email_ok=True))
    if shown == person.email:
        return person.email
    doc.record(canonical, "email", person.email)
    if doc.rng.random() < 0.33:
        shown = f"{shown} [{SHORT[person.group]}]"
    if any(ch in shown for ch in ',.;:@<>()[]\\/\''):
        return f'"{shown}" <{person.email}>'
    return f"{shown} <{person.email}>"


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def _plain(doc: Doc, canonical: str) -> tuple[str, str]:
    """A person as Mutt writes them in an attribution or a forwarded header: the display name
    and address, or the address alone when that is the planned form."""
    person = BY_NAME[canonical]
    shown = _safe(doc, canonical, doc.name(canonical, email_ok=True))
    if shown == person.email:
        return shown, f"<{shown}>"
    doc.record(canonical, "email", person.email)
    return shown, f"{shown} <{person.email}>"


def email(doc: Doc) -> None:
    """A reply under a Mutt "On Day, dd Mon yyyy at hh:mm:ss, Name wrote:" line with "> "
    quoting, or a forward between Mutt's "----- Forwarded message from ... -----" and "-----
    End forwarded message -----" lines."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"Re: {doc.operation}", "Re: sign-in book", "Re: key register",
                          "[Fwd: pitch bookings]", "[Fwd: skate hire]", "[Fwd: rota]"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.4 else [], subject=subject)
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    older = _one(rng, WITH_EMAIL, (sender,))
    when = dt.datetime.combine(doc.date - dt.timedelta(days=rng.randint(0, 3)),
                               dt.time(rng.randint(7, 18), rng.randint(0, 59),
                                       rng.randint(0, 59)))
    if subject.startswith("Re"):
        hello = "Hi all," if _by_address(doc, first) else f"{doc.name(first)},"
        doc.p(f"{hello}\n{doc.young(kid)} was seen again with {doc.name(suspect)} last night.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))
        quoted = (f"Has anyone spoken to {doc.young(kid)} since? "
                  f"{doc.name(rng.choice(WORKERS))} is asking.")
        shown = _safe(doc, older, doc.name(older, email_ok=True))
        doc.p(f"On {when:%a, %d %b %Y} at {when:%H:%M:%S}, {shown} wrote:\n{_quoted(quoted)}")
    else:
        doc.p(f"See below - {doc.name(rng.choice(SENIOR))} wants this on the file.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))
        _, from_line = _plain(doc, older)
        to_line = _plain(doc, first)[1]
        doc.p(f"----- Forwarded message from {from_line} -----\n\n"
              f"Date: {when:%a, %d %b %Y %H:%M:%S} +0000\nFrom: {from_line}\n"
              f"To: {to_line}\nSubject: {subject[6:-1]}\n\n"
              f"{doc.young(kid)} was dropped at {doc.thing(rng.choice(FIRMS), 'firm')} by "
              f"{doc.name(suspect)}.\n{doc.name(rng.choice(COLLARED))} has the footage.\n\n"
              f"----- End forwarded message -----")


def _signature(doc: Doc, sender: str) -> str:
    """A signature after "-- ": a nickname sometimes, the name unless the address alone names
    the sender, the role and the organisation on one line behind a bar, and a mobile number."""
    person = BY_NAME[sender]
    lines = ["-- "]
    if person.nickname and doc.rng.random() < 0.35:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    if not _by_address(doc, sender):
        lines.append(doc.name(sender))
    lines.append(f"{person.role} | {_org(doc, sender)}")
    lines.append(f"m. 07700 {doc.rng.randint(900000, 900999)}")
    return "\n".join(lines)


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "car_boot_pitches": car_boot_pitches, "launderette_book": launderette_book,
    "bingo_signin": bingo_signin, "allotment_keys": allotment_keys,
    "ice_rink_sessions": ice_rink_sessions, "charity_shop_rota": charity_shop_rota,
    "email": email, "letter": letter,
}
