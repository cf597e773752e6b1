"""The eight kinds of case file of the fourteenth set, each written through a `Doc`.

Fire and rescue incident reports (an officer in charge, a table of occupants, who was told),
stop and search records (the person searched, grounds, the officer with a number, a witness),
vehicle hire agreements (hirer, additional driver, vehicle, a police enquiry note), second-hand
dealers' purchase ledgers (a table of items, sellers and ID seen), youth club sign-in registers
(a table of names, times and who collected them), tenancy warning notices (a tenant, the
visitors reported, the housing officer, "cc." at the foot), e-mails (Thunderbird: forwarded under
an "-------- Original Message --------" block, or replies quoting with ">" under a "... said at
..." line; a "-- " signature with bars between role, organisation and extension) and letters of
seven kinds ("Our ref / Your ref", "PRIVATE AND CONFIDENTIAL", a "Re:" line, "cc." and "Enc."
at the foot). Worded and laid out for this set. People are picked by role and written through
`Doc.name` / `Doc.young`; non-persons through `Doc.thing`.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.names_eval9 import templates as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval13 import templates as thirteenth
from bench.names_eval14.cast import BY_NAME, CAST, COUNCIL, FORCE, FORCE_SHORT, TOWN
from bench.names_eval14.doc import Doc

VEHICLES = ("Daewoo Matiz", "Seat Leon", "Vauxhall Zafira", "Renault Megane", "Skoda Octavia",
            "Mazda 323", "Citroen Xsara Picasso", "Ford Galaxy", "Honda Jazz", "Mitsubishi Shogun",
            "Mercedes Vito", "Nissan Micra")
STREETS = ("Quarrendon Street", "Pellow Lane", "Garsdale Rise", "Hebble Walk", "Ickornshaw Row",
           "Moorcock Gate", "Wycoller Terrace", "Ribblehead Close", "Knapweed Fold", "Eskrigg Road")
HOMES = ("Blencarn House Children's Home", "Ulpha Court Hostel")
OFFICES = ("Thrushgill Town Hall, Room 14", "Grisedale Family Centre", "UWP Hemplow Road")
STATIONS = ("Thrushgill Police Station", "Wendlow Custody Centre")
CITADEL = "Thrushgill Citadel"
CLUB = "Tansley Street Youth Club"
HOSPITAL = "Wendlow Children's Hospital"
SURGERY = "Prestwood Health Centre"
LAW_FIRM = "Ishakov & Co Solicitors"
SCHOOL = "Garsdale High School"
FIRE = "Ulverdean Fire and Rescue Service"
HOUSING = "Wycoller Homes"
CAR_HIRE = ("Quickstep Car Rental", "Fellgarth Van Hire")
PAWN = ("Silverline Pawn & Gold", "Kwik Cash Exchange")
FIRMS = ("Quickstep Car Rental", "Fellgarth Van Hire", "Silverline Pawn & Gold",
         "Kwik Cash Exchange", "Moorcock Tyres", "Pellow Lane Chippy", "Hollowell Vape Lounge",
         "Stonecrop Nails", "Yellowhammer Kebabs", "Ravensett Snooker Hall")
STRANGERS = ("Bossman", "Lanky", "Little Man", "Uncle G", "Scouse")
ITEMS = ("iPod nano", "PlayStation 2", "gold chain", "Nokia 6310", "laptop", "ring (9ct)")

COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS", "DI")]
SENIOR = ["Gayili Wunuŋmurra", "Edouard de la Haye", "Banteilang Kharsyntiew"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PCSO", "PS")]
POLICE = [p.canonical for p in CAST if p.group == "police"]
ANALYST = "Carolina Remédios"
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
WORKERS = ["Rayén Catrileo Ñancupil", "Falmata Grema", "Kinzang Wangmo", "Rayén Catrileo Ñancupil"]
MANAGER, YOT = "Soenita Bisoendat", "Anzor Khatukhov"
HEAD, SOLICITOR = "Euis Sukmawati", "Yakov Ishakov"
MAJOR, PROF, GP, INTERPRETER = "Sɛna Hungbɛji", "Choduraa Oorzhak", "Mwende Nzioka", \
    "Oghenekevwe Ejovwoke"
YOUNG = [p.canonical for p in CAST if p.group == "young"]
# Suspects who also use another name are picked more often, so that it is measured enough.
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect" for _ in range(2 if p.alias else 1)]
PARENT_OF = {"Kacey Pryke": "Cherelle Pryke", "Daiaphi Marbaniang": "Ibahunlang Marbaniang",
             "Nyiko Ngobeni": "Hlengani Ngobeni"}
PARENTS = list(PARENT_OF.values())
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
DEPT = {"police": ("CID", "MASH", "Intelligence"), "council": ("Children's Services", "CSE Team",
                                                                 "YOT"),
        "school": ("Pastoral",), "solicitor": ("Crime",), "church": ("Corps",),
        "hospital": ("Paediatrics", "Practice"), "interpreter": ("Interpreting",)}
SHORT = {"police": FORCE_SHORT, "council": "TMBC", "school": "GHS", "solicitor": "ISHAKOV",
         "church": "SA", "hospital": "NHS", "interpreter": "TMBC"}
ORG = {"police": FORCE, "council": COUNCIL, "school": SCHOOL, "solicitor": LAW_FIRM,
       "church": CITADEL, "hospital": HOSPITAL, "interpreter": COUNCIL}

# The ninth set's helpers and the thirteenth set's decoy line and header address, bound to this
# set's names: one of a list but some; a person's organisation as a non-person; whether an
# e-mail names a person only by their address; a decoy named in full now and then.
_one = ninth._one
_org = bound(ninth._org, BY_NAME=BY_NAME, COUNCIL=COUNCIL, LAW_FIRM=LAW_FIRM, ORG=ORG,
             SURGERY=HOSPITAL)
_by_address = ninth._by_address
_decoy = bound(thirteenth._decoy, BY_NAME=BY_NAME)
_address = bound(thirteenth._address, BY_NAME=BY_NAME, DEPT=DEPT, SHORT=SHORT)


def fire_incident(doc: Doc) -> None:
    """A fire and rescue incident report: the address, the officer in charge, occupants,
    police attending and where a casualty was taken."""
    rng = doc.rng
    doc.h(f"{doc.thing(FIRE, 'org')} - {doc.thing('INCIDENT REPORT', 'heading')}")
    doc.p(f"{doc.thing('Address', 'label')}: flat above {doc.thing(rng.choice(FIRMS), 'firm')}, "
          f"{doc.thing(rng.choice(STREETS), 'place')}   {doc.thing('Cause', 'label')}: deliberate")
    rows = [[doc.thing("Occupant", "label"), doc.thing("Age band", "label"),
             doc.thing("Outcome", "label")]]
    rows.append([doc.name(rng.choice(SUSPECTS)), "adult", "left before arrival"])
    kid = rng.choice(YOUNG)
    rows.append([doc.young(kid), "under 18", "smoke inhalation"])
    doc.table(rows)
    doc.p(f"Casualty taken to {doc.thing(HOSPITAL, 'building')}; seen by {doc.name(PROF)}.")
    doc.p(f"{doc.thing('Police attending', 'label')}: {doc.name(rng.choice(UNIFORM))}")
    _decoy(doc, ("Kieron Sculthorpe", "Taur Lakerbai", "Rizwan Mariker"), 0.3)
    if rng.random() < 0.5:
        doc.p(f"{doc.thing('Referred to', 'label')}: {doc.name(rng.choice(WORKERS))}")


def stop_search(doc: Doc) -> None:
    """A stop and search record: the person searched, grounds, object, the officer with a
    number, who else was present and the outcome."""
    rng = doc.rng
    doc.h(doc.thing("STOP AND SEARCH RECORD", "heading"))
    doc.p(f"{doc.thing('Person searched', 'label')}: {doc.name(rng.choice(SUSPECTS))}\n"
          f"{doc.thing('Location', 'label')}: {doc.thing(rng.choice(STREETS), 'place')}, "
          f"in a {doc.thing(rng.choice(VEHICLES), 'vehicle')}")
    doc.p(f"{doc.thing('Grounds', 'label')}: seen handing a package to "
          f"{doc.young(rng.choice(YOUNG))}. {doc.thing('Object', 'label')}: drugs")
    doc.p(f"{doc.thing('Officer', 'label')}: {doc.name(rng.choice(COLLARED))}")
    if rng.random() < 0.5:
        doc.p(f"{doc.thing('Also present', 'label')}: {doc.name(rng.choice(UNIFORM))}")
    _decoy(doc, DECOYS, 0.18)
    doc.p(f"{doc.thing('Outcome', 'label')}: NFA; intelligence to {doc.name(ANALYST)}")


def vehicle_hire(doc: Doc) -> None:
    """A vehicle hire agreement: the firm, the hirer, an additional driver, the vehicle and a
    police enquiry note at the foot."""
    rng = doc.rng
    doc.h(f"{doc.thing(rng.choice(CAR_HIRE), 'firm')} - "
          f"{doc.thing('RENTAL AGREEMENT', 'heading')} No. {rng.randint(10000, 99999)}")
    hirer, extra = rng.sample(list(dict.fromkeys(SUSPECTS)), 2)
    doc.table([[doc.thing("Hirer", "label"), doc.name(hirer)],
               [doc.thing("Additional driver", "label"), doc.name(extra)],
               [doc.thing("Vehicle", "label"), doc.thing(rng.choice(VEHICLES), "vehicle")],
               [doc.thing("Out / In", "label"), f"{doc.date:%d/%m} 18:00 / {doc.date:%d/%m} 23:40"]])
    _decoy(doc, ("Romy Boudreaux", "Shamil Gadzhimurodov", "Boukary Ouédrago"), 0.35)
    doc.p(f"{doc.thing('Police enquiry', 'label')}: copy taken by "
          f"{doc.name(rng.choice(DETECTIVES))}; the car was seen outside "
          f"{doc.thing(HOMES[0], 'building')} with {doc.young(rng.choice(YOUNG))} inside.")


def pawn_ledger(doc: Doc) -> None:
    """A second-hand dealer's purchase ledger: items, sellers and the ID seen, checked by an
    officer."""
    rng = doc.rng
    doc.h(f"{doc.thing(rng.choice(PAWN), 'firm')} - {doc.thing('PURCHASE LEDGER', 'heading')}")
    rows = [[doc.thing("Item", "label"), doc.thing("Seller", "label"),
             doc.thing("ID seen", "label"), doc.thing("Paid", "label")]]
    for seller in rng.sample(list(dict.fromkeys(SUSPECTS)), 2):
        rows.append([rng.choice(ITEMS), doc.name(seller), rng.choice(["passport", "none",
                                                                        "bank card"]),
                     f"£{rng.randint(5, 120)}"])
    if rng.random() < 0.5:
        rows.append([rng.choice(ITEMS), doc.young(rng.choice(YOUNG)), "none", "£10"])
    doc.table(rows)
    _decoy(doc, ("Taur Lakerbai", "Rizwan Mariker", "Kieron Sculthorpe"), 0.4)
    doc.p(f"Ledger checked by {doc.name(rng.choice(POLICE))}; sellers' names sent to "
          f"{doc.name(ANALYST)}.")


def youth_club_register(doc: Doc) -> None:
    """A youth club sign-in register: names, times and who collected them, the session lead,
    and a note of an adult seen outside."""
    rng = doc.rng
    doc.h(f"{doc.thing(CLUB, 'building')} - {doc.thing('SIGN-IN REGISTER', 'heading')} "
          f"{doc.date:%d.%m.%y}")
    rows = [[doc.thing("Name", "label"), doc.thing("In", "label"), doc.thing("Out", "label"),
             doc.thing("Collected by", "label")]]
    for kid in rng.sample(YOUNG, 2):
        collector = PARENT_OF.get(kid)
        rows.append([doc.young(kid), f"18:{rng.randint(10, 59)}", f"21:{rng.randint(10, 59)}",
                     doc.name(collector) if collector else "walked"])
    doc.table(rows)
    doc.p(f"{doc.thing('Session lead', 'label')}: {doc.name(rng.choice([MAJOR, MAJOR, YOT]))}")
    doc.p(f"Adult waiting outside in a {doc.thing(rng.choice(VEHICLES), 'vehicle')}: "
          f"{doc.name(rng.choice(SUSPECTS))} (called {doc.thing(rng.choice(STRANGERS), 'forename')}"
          " by the girls).")
    _decoy(doc, DECOYS, 0.2)
    doc.p(f"{doc.thing('Passed to', 'label')}: {doc.name(rng.choice([*WORKERS, MANAGER]))}")


def tenancy_warning(doc: Doc) -> None:
    """A tenancy warning notice: the tenant, the visitors reported, the housing officer and
    "cc." at the foot."""
    rng = doc.rng
    tenant = rng.choice([*SUSPECTS, *PARENTS])
    doc.h(f"{doc.thing(HOUSING, 'org')} - {doc.thing('NOTICE OF TENANCY BREACH', 'heading')}")
    doc.p(f"{doc.thing('Tenant', 'label')}: {doc.name(tenant)}, "
          f"{rng.randint(1, 90)} {doc.thing(rng.choice(STREETS), 'place')}")
    visitors = [doc.young(rng.choice(YOUNG))]
    if rng.random() < 0.6:
        visitors.append(doc.name(_one(rng, list(dict.fromkeys(SUSPECTS)), (tenant,))))
    doc.p(f"{doc.thing('Visitors reported', 'label')}: " + "; ".join(visitors))
    doc.p("Neighbours report young people coming and going at night. A further breach may "
          "lead to possession proceedings.")
    _decoy(doc, ("Romy Boudreaux", "Boukary Ouédrago", "Shamil Gadzhimurodov"), 0.3)
    doc.p(f"{doc.thing('Housing officer', 'label')}: {doc.name(rng.choice(WORKERS))}")
    if rng.random() < 0.6:
        doc.p(f"cc. {doc.name(rng.choice([*COUNCILLORS, *UNIFORM]))}")


def _letter_body(doc: Doc, kind: str, kid: str) -> str:
    """The paragraph of one kind of letter (only that kind's names are written)."""
    rng = doc.rng
    if kind == "prof":
        return (f"{doc.young(kid)} was admitted overnight; the adult with her gave his name as "
                f"{doc.name(rng.choice(SUSPECTS))}.")
    if kind == "gp":
        return (f"{doc.young(kid)} asked for emergency contraception and named "
                f"{doc.name(rng.choice(SUSPECTS))} as her boyfriend.")
    if kind == "major":
        return (f"Girls from {doc.thing(HOMES[1], 'building')} wait outside "
                f"{doc.thing(CITADEL, 'building')} for a {doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    if kind == "solicitor":
        return (f"We act for {doc.name(rng.choice(SUSPECTS))}. Our client denies knowing "
                f"{doc.young(kid)} and asks for the interpreter's notes "
                f"({doc.name(INTERPRETER)}).")
    if kind == "parent":
        return (f"{doc.young(kid)} keeps going to {doc.thing(rng.choice(FIRMS), 'firm')} and "
                f"comes back with money. {doc.name(rng.choice(SUSPECTS))} drives her home.")
    if kind == "school":
        return (f"{doc.young(kid)} has missed eleven days this term and was seen in a "
                f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} at lunchtime.")
    return (f"Residents of {doc.thing(rng.choice(STREETS), 'place')} complain about "
            f"{doc.thing(rng.choice(FIRMS), 'firm')}. Please ask {doc.name(MANAGER)} to reply.")


_SENDERS: dict[str, tuple[list[str], list[str]]] = {
    "prof": ([PROF], WORKERS), "gp": ([GP], WORKERS), "major": ([MAJOR], SENIOR),
    "solicitor": ([SOLICITOR], DETECTIVES), "parent": (PARENTS, [MANAGER, *COUNCILLORS]),
    "school": ([HEAD], [*WORKERS, YOT]), "councillor": (COUNCILLORS, SENIOR),
}


def letter(doc: Doc) -> None:
    """A letter of one of seven kinds: the sender's organisation, "Our ref / Your ref",
    "PRIVATE AND CONFIDENTIAL", the addressee, a "Re:" line, body, signature, "cc." and "Enc."."""
    rng = doc.rng
    kind = rng.choice([*_SENDERS, "parent", "councillor"])  # more parents and councillors
    senders, recipients = _SENDERS[kind]
    sender, to = rng.choice(senders), rng.choice(recipients)
    doc.p(_org(doc, sender) if BY_NAME[sender].group in ORG else TOWN)
    doc.p(f"{doc.thing('Our ref', 'label')}: {rng.choice('ABDEGH')}{rng.randint(100, 999)}/"
          f"{doc.date:%y}   {doc.thing('Your ref', 'label')}: -   {doc.date:%d %B %Y}")
    if rng.random() < 0.5:
        doc.p(doc.thing("PRIVATE AND CONFIDENTIAL", "heading"))
    doc.p(f"{doc.name(to)}\n{_org(doc, to)}")
    kid = rng.choice(YOUNG)
    if kind == "parent":  # a parent writes about their own child
        kid = next(child for child, parent in PARENT_OF.items() if parent == sender)
    doc.p(rng.choice(["Dear Colleague", "Dear Sir/Madam", "Dear Officer"]))
    doc.p(f"Re: {doc.young(kid)}")
    doc.p(_letter_body(doc, kind, kid))
    _decoy(doc, DECOYS, 0.2)
    doc.p(rng.choice(["Yours faithfully", "Yours sincerely", "With best wishes"]))
    doc.p(doc.name(sender))
    if BY_NAME[sender].role:
        doc.p(BY_NAME[sender].role)
    if rng.random() < 0.35:
        doc.p(f"cc. {doc.name(rng.choice([*COUNCILLORS, ANALYST, YOT]), email_ok=True)}")
    if rng.random() < 0.3:
        doc.p(f"{doc.thing('Enc.', 'label')} {rng.randint(1, 3)}")


def email(doc: Doc) -> None:
    """A Thunderbird message: forwarded under an "-------- Original Message --------" block, or
    a reply quoting the earlier message with ">" under a "... said at ..." line."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"Fwd: {doc.operation}", "Fwd: stop search", "Re: hire car",
                          "Re: pawn ledger", "Fwd: fire at flat", "Re: youth club"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.45 else [], subject=subject)
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    older = _one(rng, WITH_EMAIL, (sender,))
    if subject.startswith("Fwd"):
        doc.p(f"FYI - {doc.name(rng.choice(SENIOR))} asked for this before Thursday.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))
        doc.p("-------- Original Message --------")
        doc.p(f"Subject: {subject[5:]}\nDate: {doc.date:%a, %d %b %Y} "
              f"{rng.randint(7, 18):02d}:{rng.randint(10, 59)}\n"
              f"From: {doc.name(older, email_ok=True)}\nTo: {doc.name(first, email_ok=True)}")
        doc.p(f"{doc.young(kid)} was dropped off by {doc.name(suspect)} at 2am. "
              f"{doc.name(rng.choice(COLLARED))} took the registration.")
    else:
        hello = "All," if _by_address(doc, first) else f"{doc.name(first)} -"
        doc.p(f"{hello} short answers inline.")
        doc.p(f"{doc.name(older, email_ok=True)} said at {rng.randint(7, 18):02d}:"
              f"{rng.randint(10, 59)}:\n> Is {doc.young(kid)} back at placement?")
        doc.p(f"Yes, collected from {doc.thing(rng.choice(FIRMS), 'firm')}.")
        doc.p(f"> Who was she with?\n> > {doc.name(suspect)}, per the CCTV.")
        doc.p(f"{doc.name(rng.choice(WORKERS))} will see her tomorrow.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))


def _signature(doc: Doc, sender: str) -> str:
    """A "-- " signature: a nickname sometimes, the name unless the address alone names the
    sender, the role, organisation and extension between bars."""
    person = BY_NAME[sender]
    lines = [doc.rng.choice(["Cheers", "Regards", "Ta", "Best"])]
    if person.nickname and doc.rng.random() < 0.35:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    lines.append("-- ")
    if not _by_address(doc, sender):
        lines.append(doc.name(sender))
    lines.append(f"{person.role} | {_org(doc, sender)} | ext. {doc.rng.randint(2000, 7999)}")
    return "\n".join(lines)


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "fire_incident": fire_incident, "stop_search": stop_search, "vehicle_hire": vehicle_hire,
    "pawn_ledger": pawn_ledger, "youth_club_register": youth_club_register,
    "tenancy_warning": tenancy_warning, "email": email, "letter": letter,
}
