"""The eight kinds of case file of the twenty-fourth set, each written through a `Doc`.

Boarding kennels' booking logs (kennel, dog, owner, dropped off by, collected by; the kennel
owner; who looked at the log), pigeon club race clock sheets (ring number, fancier, clocked,
velocity; the lad who carried the basket; the club secretary; who seized the clock), market
stall rent books (stall, trader, goods, rent; the young helper; the market superintendent; the
trading standards visit), angling club day permits (permit, angler, water, fee; who was with
them and the car in the car park; the water bailiff), sunbed salon session logs (bed, minutes,
customer, age checked; who paid; the salon owner; who asked for the log), football club ticket
office logs (block, seats, buyer, paid; who the tickets went to; the safety officer; who a
concern was raised with), e-mails from the council's Horde IMP webmail and, from 2008, Zimbra
(replies under Horde's "Quoting Name <address>:" line or Zimbra's "----- Original Message -----"
block of From, To, Sent and Subject lines, with "> " quoting; forwards between Horde's
"----- Forwarded message from ... -----" and "----- End forwarded message -----" with right-
aligned header labels, or in Zimbra's "----- Forwarded Message -----" block; a signature
after "-- " with the name, then "Role | Organisation" and a direct line) and letters of ten
kinds ("DELIVERED BY HAND" or "BY EMAIL AND POST" above some, a "Sender's ref:" line and an
"Officer dealing:" line, the date with an ordinal, "PRIVATE - FOR THE ADDRESSEE" above the
addressee, a "Re child:" line naming the child, "Thanking you," "Many thanks," or "All the
best," a "Signed in his absence" line under some signatures and a "Copies to:" line at the
foot). Worded and laid out for this set. People are picked by role and written through
`Doc.name` / `Doc.young`; non-persons through `Doc.thing`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bench.names_eval9 import templates as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval13 import templates as thirteenth
from bench.names_eval24.cast import BY_NAME, CAST, COUNCIL, COUNCIL_SHORT, FORCE, FORCE_SHORT, TOWN
from bench.names_eval24.doc import Doc
from bench.names_eval24.render import zimbra

VEHICLES = ("Daewoo Nexia", "Proton Persona", "Hyundai Accent", "Fiat Punto", "Peugeot 106",
            "Rover 214", "Nissan Micra", "Suzuki Swift", "Daihatsu Charade", "Volvo 440",
            "Subaru Justy", "LDV Pilot van")
DOGS = ("lurcher Sprocket", "staffie Tyson Bear", "greyhound Lucky Vixen", "mastiff Brutus Gold")
STREETS = ("Grisethwaite Road", "Pennyfother Street", "Kettlewray Terrace", "Snaithbeck Avenue",
           "Throstlegill Crescent", "Yarncliffe Close", "Brantmoss Lane", "Cobblethorpe Mews",
           "Hagwormside Hill", "Fewstonbank Walk")
STREETS_SHORT = ("Grisethwaite Rd", "Pennyfother St", "Kettlewray Tce", "Snaithbeck Av",
                 "Throstlegill Cr.", "Brantmoss Ln.")
BUILDINGS = ("Ullathorne Court", "Wragbystone House", "Gimmerscar Tower")
BUILDINGS_SHORT = ("Ullathorne Ct", "Wragbystone Ho.", "Gimmerscar Twr")
HOME = "Lapwingfold Lodge Children's Home"
HOSPITAL = "Scarrowdale General Hospital"
KENNELS = "Tapsfield Boarding Kennels"
PIGEON = "Loftside Flying Club"
MARKET = "Scarrowdale Market Hall"
ANGLING = "Pikesmere Angling Club"
SUNBED = "GlowZone Tanning Salon"
STADIUM = "Brackenlea Wanderers FC"
SCHOOL = "Owlcotes High School"
LAW_FIRM = "Cheverton Pardew Solicitors"
FIRMS = (KENNELS, PIGEON, ANGLING, SUNBED, STADIUM, "Crispmonger Chippy", "Quidsworth Pawn Shop",
         "Fizzwell Vape Shop")
STRANGERS = ("Sunniva", "Eero", "Brigid", "Tadgh", "Oona")
LONE_TITLES = ("Duty Sgt", "Night Turn Insp", "the Station Clerk", "Relief Insp",
               "Bridewell Sgt")

COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS", "DI")]
SENIOR = ["Voirrey Crennell", "Thierry Brehaut", "Illés Csobotár", "Voirrey Crennell"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PCSO", "PS", "Insp")]
ANALYST = "Tiare Pakomio"
COUNCILLORS = [p.canonical for p in CAST if p.title in ("Cllr", "Alderman")]
WORKERS = ["Jakisa Ongeyowun", "Rosenda Maquín", "Yuliana Harefa", "Yuliana Harefa",
           "Rosenda Maquín"]
MANAGER, YOT, EWO = "Takalani Mufamadi-Neluvhola", "Helier Le Pelley", "H'Nga Mlô"
HEAD, SOLICITOR = "Eufrosina Bätsi", "Rupert Cheverton"
KENNEL_OWNER, SECRETARY, SUPERINTENDENT = "Wystan Tapsfield", "Temirlan Sultanmutov", \
    "Abus Isbabanal"
BAILIFF, SALON_OWNER, MAJOR = "Crisanto Sapalú", "Yulius Pangemanan", "Aubrey Quested"
YOUNG = [p.canonical for p in CAST if p.group == "young"]
# Suspects who also use another name are picked more often, so that it is measured enough.
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect" for _ in range(2 if p.alias else 1)]
PARENT_OF = {"Breesha Kinvig": "Margery Kinvig", "Kester Grimsdyke": "Royston Grimsdyke",
             "Mwizenge Kapufi": "Loveness Kapufi"}
PARENTS = list(PARENT_OF.values())
# Young people whose parent is in the files are picked more often, so that the parents are too.
KIDS = [*YOUNG, *PARENT_OF]
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
SHORT = {"police": FORCE_SHORT, "council": COUNCIL_SHORT, "school": "Owlcotes",
         "solicitor": "Cheverton Pardew", "kennel": "Tapsfield", "pigeon": "Loftside",
         "market": "Market Hall", "angling": "Pikesmere", "sunbed": "GlowZone",
         "stadium": "Brackenlea"}
ORG = {"police": FORCE, "council": COUNCIL, "school": SCHOOL, "solicitor": LAW_FIRM,
       "kennel": KENNELS, "pigeon": PIGEON, "market": MARKET, "angling": ANGLING,
       "sunbed": SUNBED, "stadium": STADIUM}

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
    return f"{doc.rng.randint(first, last):02d}:{doc.rng.choice(['07', '22', '41', '58'])}"


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
    """A registration mark of the day: a year letter first until 2001, the new shape after
    (with a Yorkshire area's letters)."""
    rng = doc.rng
    letters = "BCDFGHJKLMNPRSTVWXY"
    if doc.date.year < 2001:
        year_letter = "KLMNPRSTVWXY"[min(max(doc.date.year - 1993, 0), 11)]
        plate = (f"{year_letter}{rng.randint(100, 999)} "
                 f"{''.join(rng.choice(letters) for _ in range(3))}")
    else:
        age = doc.date.year % 100 + (50 if doc.date.month >= 9 else 0)
        plate = (f"{rng.choice(['YA', 'YB', 'YC'])}{age:02d} "
                 f"{''.join(rng.choice(letters) for _ in range(3))}")
    return doc.thing(plate, "vehicle")


def _adult_with(doc: Doc, kid: str) -> str:
    """The adult with a young person: their parent now and then, else a suspect."""
    if kid in PARENT_OF and doc.rng.random() < 0.6:
        return PARENT_OF[kid]
    return _suspect(doc)


def _labels(doc: Doc, *labels: str) -> list[str]:
    return [doc.thing(label, "label") for label in labels]


def kennel_log(doc: Doc) -> None:
    """A boarding kennels' booking log: kennel, dog, owner, dropped off by; who collected the
    dog; the kennel owner; who looked at the log."""
    rng = doc.rng
    doc.h(f"{doc.thing(KENNELS, 'firm')} >> {doc.thing('BOOKING LOG', 'heading')} >> "
          f"w/c {doc.date:%d.%m.%y}")
    rows = [_labels(doc, "Kennel", "Dog", "Owner", "Dropped off by")]
    kid = rng.choice(KIDS)
    rows.append([f"K{rng.randint(1, 30)}", doc.thing(rng.choice(DOGS), "animal"),
                 doc.name(_suspect(doc)), doc.young(kid)])
    rows.append([f"K{rng.randint(31, 40)}", "collie cross",
                 doc.thing(rng.choice(STRANGERS), "forename"), "owner"])
    doc.table(rows)
    doc.p(f"Collected in a {doc.thing(rng.choice(VEHICLES), 'vehicle')}, {_registration(doc)}.")
    doc.p(f"{doc.thing('Proprietor', 'label')} -- {doc.name(KENNEL_OWNER)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Log viewed by', 'label')}: {doc.name(rng.choice(COLLARED))} "
          f"({doc.thing('entry initialled by', 'label')} {_lone_title(doc)})")
    if rng.random() < 0.5:
        doc.p(f"Linked by {doc.name(ANALYST)}; for {doc.name(rng.choice(SENIOR))}.")


def pigeon_clock(doc: Doc) -> None:
    """A pigeon club's race clock sheet: ring number, fancier, clocked, velocity; the lad who
    carried the basket; the club secretary; who seized the clock."""
    rng = doc.rng
    doc.h(f"{doc.thing(PIGEON, 'firm')} # {doc.thing('RACE CLOCK SHEET', 'heading')} # "
          f"{doc.date:%a %d/%m/%Y}")
    rows = [_labels(doc, "Ring no.", "Fancier", "Clocked", "Velocity")]
    rows.append([f"GB{doc.date:%y}N{rng.randint(10000, 99999)}", doc.name(_suspect(doc)),
                 _clock(doc, 11, 16), f"{rng.randint(1100, 1650)} ypm"])
    rows.append([f"GB{doc.date:%y}N{rng.randint(10000, 99999)}",
                 doc.thing(rng.choice(STRANGERS), "forename"), _clock(doc, 12, 17),
                 f"{rng.randint(900, 1300)} ypm"])
    doc.table(rows)
    kid = rng.choice(KIDS)
    doc.p(f"Basket carried to the lorry by {doc.young(kid)}, paid in notes.")
    doc.p(f"{doc.thing('Club Secretary', 'label')}: {doc.name(SECRETARY)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Clock seized by', 'label')}: {doc.name(rng.choice(DETECTIVES))} "
          f"({doc.thing('exhibit logged by', 'label')} {_lone_title(doc)})")
    if kid in PARENT_OF and rng.random() < 0.6:
        doc.p(f"{doc.thing('Parent spoken to', 'label')}: {doc.name(PARENT_OF[kid])}")
    if rng.random() < 0.35:
        doc.p(f"Fancier's solicitor: {doc.name(SOLICITOR)}.")
    if rng.random() < 0.55:
        doc.p(f"Sheet reviewed by {doc.name(ANALYST)}.")


def market_rents(doc: Doc) -> None:
    """A market hall's stall rent book: stall, trader, goods, rent; the young helper and the
    adult with them; the market superintendent; the trading standards visit."""
    rng = doc.rng
    doc.h(f"{doc.thing(MARKET, 'building')} ~~ {doc.thing('STALL RENT BOOK', 'heading')} ~~ "
          f"{doc.date:%B %d, %Y}")
    rows = [_labels(doc, "Stall", "Trader", "Goods", "Rent")]
    rows.append([f"{rng.choice('ABCDEF')}{rng.randint(1, 24)}", doc.name(_suspect(doc)),
                 rng.choice(["phone cases", "perfume", "trainers", "e-cigs"]),
                 f"£{rng.randint(12, 60)}.00"])
    rows.append([f"{rng.choice('GHJ')}{rng.randint(1, 9)}",
                 doc.thing(rng.choice(STRANGERS), "forename"), "veg", "£18.00"])
    doc.table(rows)
    kid = rng.choice(KIDS)
    doc.p(f"Helping on the first stall in school hours: {doc.young(kid)}, with "
          f"{doc.name(_adult_with(doc, kid))}; goods stored at {_where(doc)}.")
    doc.p(f"{doc.thing('Superintendent', 'label')}: {doc.name(SUPERINTENDENT)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Book examined by', 'label')}: {doc.name(rng.choice(DETECTIVES))}")
    if rng.random() < 0.35:
        doc.p(f"Referred to {doc.name(rng.choice([*WORKERS, YOT]))}.")
    if rng.random() < 0.4:
        doc.p(f"Licence query: {doc.name(rng.choice(COUNCILLORS))} told.")


def angling_permits(doc: Doc) -> None:
    """An angling club's day permits: permit, angler, water, fee; who was with them and the
    car in the car park; the water bailiff; who took the permit book."""
    rng = doc.rng
    doc.h(f"{doc.thing(ANGLING, 'firm')} = {doc.thing('DAY PERMITS ISSUED', 'heading')} = "
          f"{doc.date:%d %B %Y}")
    rows = [_labels(doc, "Permit", "Angler", "Water", "Fee")]
    kid = rng.choice(KIDS)
    rows.append([f"{rng.randint(100, 999)}/{doc.date:%y}", doc.young(kid),
                 rng.choice(["Top Pool", "Mill Stretch", "Carp Lake"]), "junior £2"])
    rows.append([f"{rng.randint(100, 999)}/{doc.date:%y}",
                 doc.thing(rng.choice(STRANGERS), "forename"), "Mill Stretch", "£5"])
    doc.table(rows)
    doc.p(f"Permit paid for by {doc.name(_suspect(doc))}, whose "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} ({_registration(doc)}) was in the "
          f"car park.")
    doc.p(f"{doc.thing('Water Bailiff', 'label')}: {doc.name(BAILIFF)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Permit book taken by', 'label')}: {doc.name(rng.choice(UNIFORM))}")
    if kid in PARENT_OF and rng.random() < 0.7:
        doc.p(f"{doc.thing('Parent phoned', 'label')}: {doc.name(PARENT_OF[kid])}")
    if rng.random() < 0.3:
        doc.p(f"Pattern noted by {doc.name(ANALYST)}.")


def sunbed_log(doc: Doc) -> None:
    """A tanning salon's session log: bed, minutes, customer, age checked; who paid; the salon
    owner; who asked for the log."""
    rng = doc.rng
    doc.h(f"{doc.thing(SUNBED, 'firm')} :: {doc.thing('SESSION LOG', 'heading')} :: "
          f"{doc.date:%Y/%m/%d}")
    rows = [_labels(doc, "Bed", "Mins", "Customer", "Age checked")]
    kid = rng.choice(KIDS)
    rows.append([f"Bed {rng.randint(1, 6)}", str(rng.choice([6, 9, 12])), doc.young(kid),
                 rng.choice(["no", "said 18", "no ID"])])
    rows.append([f"Bed {rng.randint(1, 6)}", "12", doc.thing(rng.choice(STRANGERS), "forename"),
                 "driving licence"])
    doc.table(rows)
    doc.p(f"Course of sessions paid for by {doc.name(_suspect(doc))}, who was then seen "
          f"at {_where(doc)}.")
    if kid in PARENT_OF and rng.random() < 0.7:
        doc.p(f"{doc.thing('Parent contacted', 'label')}: {doc.name(PARENT_OF[kid])}")
    doc.p(f"{doc.thing('Salon Owner', 'label')}: {doc.name(SALON_OWNER)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Log requested by', 'label')}: {doc.name(rng.choice(DETECTIVES))}")
    if rng.random() < 0.4:
        doc.p(f"Copy to {doc.name(rng.choice([MANAGER, YOT, HEAD]))}.")
    if rng.random() < 0.4:
        doc.p(f"Read by {doc.name(ANALYST)} and {doc.name(rng.choice(SENIOR))}.")


def ticket_office(doc: Doc) -> None:
    """A football club's ticket office log: block, seats, buyer, paid; who the tickets went to;
    the safety officer; the welfare officer; who a concern was raised with."""
    rng = doc.rng
    doc.h(f"{doc.thing(STADIUM, 'firm')} | {doc.thing('TICKET OFFICE LOG', 'heading')} | "
          f"{doc.date:%d-%b-%Y} ({doc.thing(COUNCIL, 'org')} safety certificate)")
    rows = [_labels(doc, "Block", "Seats", "Issued to", "Bought by")]
    kid = rng.choice(KIDS)
    rows.append([rng.choice(["North Stand", "Paddock", "Family End"]),
                 str(rng.randint(2, 8)), doc.young(kid), doc.name(_adult_with(doc, kid))])
    rows.append(["Main Stand", "1", doc.thing(rng.choice(STRANGERS), "forename"), "season"])
    doc.table(rows)
    doc.p(f"{doc.thing('Safety Officer', 'label')}: {doc.name(MAJOR)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Welfare lead', 'label')}: "
          f"{doc.name(rng.choice([EWO, EWO, *WORKERS]))}")
    doc.p(f"Concern passed to {doc.name(rng.choice(UNIFORM))} of {doc.thing(FORCE, 'org')}.")
    if kid in PARENT_OF and rng.random() < 0.6:
        doc.p(f"{doc.thing('Parent consulted', 'label')}: {doc.name(PARENT_OF[kid])}")
    if rng.random() < 0.3:
        doc.p(f"Copy to {doc.name(HEAD)}.")


def _letter_body(doc: Doc, kind: str, kid: str) -> str:
    """The paragraph of one kind of letter (only that kind's names are written)."""
    rng = doc.rng
    if kind == "kennel":
        return (f"{doc.young(kid)} has been dropping off and collecting a dog boarded in the "
                f"name of {doc.name(rng.choice(SUSPECTS))}, always in cash.")
    if kind == "pigeon":
        return (f"{doc.young(kid)} carries baskets on race days for "
                f"{doc.name(rng.choice(SUSPECTS))}, who is not a member.")
    if kind == "market":
        return (f"{doc.young(kid)} works a stall rented by {doc.name(rng.choice(SUSPECTS))}, "
                f"who brings the stock in a {doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    if kind == "angling":
        return (f"{doc.young(kid)} fishes the club water on permits that "
                f"{doc.name(rng.choice(SUSPECTS))} buys, and is driven home late.")
    if kind == "sunbed":
        return (f"{doc.young(kid)} has had sessions on a course paid for by "
                f"{doc.name(rng.choice(SUSPECTS))}; we have stopped selling to them.")
    if kind == "stadium":
        return (f"{doc.young(kid)} was given a ticket bought by "
                f"{doc.name(rng.choice(SUSPECTS))}, who is no relation.")
    if kind == "solicitor":
        return (f"We are instructed by {doc.name(rng.choice(SUSPECTS))}, who has never met "
                f"{doc.young(kid)}. Kindly disclose the permit book you rely on.")
    if kind == "parent":
        return (f"{doc.young(kid)} has new trainers and a phone we did not buy. "
                f"{doc.name(rng.choice(SUSPECTS))} is giving them to her or him.")
    if kind == "school":
        return (f"{doc.young(kid)} has been seen at {doc.thing(rng.choice(FIRMS), 'firm')} "
                f"in school hours and on {doc.thing(rng.choice(STREETS), 'place')}.")
    return (f"Residents of {doc.thing(rng.choice(STREETS), 'place')} report children outside "
            f"{doc.thing(rng.choice(FIRMS), 'firm')} after dark. Please ask "
            f"{doc.name(MANAGER)} to reply. A place at {doc.thing(HOME, 'building')} is "
            f"mentioned.")


_SENDERS: dict[str, tuple[list[str], list[str]]] = {
    "kennel": ([KENNEL_OWNER], DETECTIVES), "pigeon": ([SECRETARY], UNIFORM),
    "market": ([SUPERINTENDENT], UNIFORM), "angling": ([BAILIFF], DETECTIVES),
    "sunbed": ([SALON_OWNER], SENIOR), "stadium": ([MAJOR], [EWO, *WORKERS]),
    "solicitor": ([SOLICITOR], DETECTIVES), "parent": (PARENTS, [MANAGER, *COUNCILLORS]),
    "school": ([HEAD], [*WORKERS, EWO, EWO]), "councillor": (COUNCILLORS, SENIOR),
}


def _postcode(doc: Doc) -> str:
    rng = doc.rng
    return f"SW{rng.randint(10, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
           f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _letter_head(doc: Doc, sender: str) -> None:
    """Above the letter: how it was sent, the sender's organisation, the sender's reference and
    the officer dealing, and the date with an ordinal."""
    rng = doc.rng
    roll = rng.random()
    if roll < 0.25:
        doc.p("DELIVERED BY HAND")
    elif roll < 0.4:
        doc.p("BY EMAIL AND POST")
    org = _org(doc, sender) if BY_NAME[sender].group in ORG else TOWN
    doc.p(org)
    # A parent writes for themself: only an organisation names an officer dealing.
    dealing = (f"\n{doc.thing('Officer dealing', 'label')}: {doc.name(sender)}"
               if rng.random() < 0.3 and BY_NAME[sender].group != "parent" else "")
    ref = doc.thing("Sender's ref", "label")
    doc.p(f"{ref}: {rng.choice(['KB', 'PC', 'MR', 'AP', 'SAF'])}"
          f"/{rng.randint(10, 999)}/{doc.date:%y}{dealing}\n"
          f"{_ordinal(doc.date.day)} {doc.date:%B %Y}")


def letter(doc: Doc) -> None:
    """A letter of one of ten kinds: "DELIVERED BY HAND" or "BY EMAIL AND POST" above some,
    the sender's organisation, "Sender's ref:" and "Officer dealing:" lines, the date,
    "PRIVATE - FOR THE ADDRESSEE" above some addressees, the addressee's name, organisation,
    town and postcode, a "Re child:" line, the body, "Thanking you," "Many thanks," or "All the
    best," a "Signed in his absence" line under some signatures and a "Copies to:" line."""
    rng = doc.rng
    kind = rng.choice([*_SENDERS, "parent", "councillor"])  # more parents and councillors
    senders, recipients = _SENDERS[kind]
    sender, to = rng.choice(senders), rng.choice(recipients)
    _letter_head(doc, sender)
    private = "PRIVATE - FOR THE ADDRESSEE\n" if rng.random() < 0.3 else ""
    doc.p(f"{private}{doc.name(to)}\n{_org(doc, to)}\n{TOWN}\n{_postcode(doc)}")
    kid = rng.choice(KIDS)
    if kind == "parent":  # a parent writes about their own child
        kid = next(child for child, parent in PARENT_OF.items() if parent == sender)
    doc.p(rng.choice(["Dear Sir/Madam", "Dear Colleagues", "To whom it may concern"]))
    doc.p(f"Re child: {doc.young(kid)}")
    doc.p(_letter_body(doc, kind, kid))
    _decoy(doc, DECOYS, 0.3)
    doc.p(rng.choice(["Thanking you,", "Many thanks,", "All the best,"]))
    doc.p(doc.name(sender))
    if rng.random() < 0.2:
        doc.p(f"Signed in {'her' if BY_NAME[sender].female else 'his'} absence")
    if BY_NAME[sender].role:
        doc.p(BY_NAME[sender].role)
    if rng.random() < 0.35:
        doc.p(f"Copies to: "
              f"{doc.name(rng.choice([*COUNCILLORS, ANALYST, YOT]), email_ok=True)}; file")


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


def _zimbra_sent(when: dt.datetime) -> str:
    """Zimbra's date in an original-message block: 'Tuesday, March 3, 2009 10:15:00 AM'."""
    hour = when.hour % 12 or 12
    return (f"{when:%A}, {when:%B} {when.day}, {when:%Y} {hour}:{when:%M}:00 "
            f"{'AM' if when.hour < 12 else 'PM'}")


def _forward_block(doc: Doc, when: dt.datetime, subject: str, from_line: str, to_line: str,
                   body: str) -> str:
    """A forwarded message as Horde IMP (right-aligned header labels between "Forwarded
    message from" and "End forwarded message") or Zimbra sets it out."""
    if zimbra(doc.date):
        return (f"----- Forwarded Message -----\nFrom: {from_line}\nTo: {to_line}\n"
                f"Sent: {_zimbra_sent(when)}\nSubject: {subject}\n\n{body}")
    return (f"----- Forwarded message from {from_line} -----\n"
            f"    Date: {when:%a, %d %b %Y %H:%M:%S} +0000\n    From: {from_line}\n"
            f" Subject: {subject}\n      To: {to_line}\n\n{body}\n\n"
            f"----- End forwarded message -----")


def _reply_head(doc: Doc, when: dt.datetime, full: str, first_line: str, subject: str) -> str:
    """The line (Horde) or block (Zimbra) above a quoted earlier message."""
    if zimbra(doc.date):
        return (f"----- Original Message -----\nFrom: {full}\nTo: {first_line}\n"
                f"Sent: {_zimbra_sent(when)}\nSubject: {subject}")
    return f"Quoting {full}:"


def email(doc: Doc) -> None:
    """A reply under Horde's 'Quoting ...:' line or Zimbra's original-message block, with "> "
    quoting, or a forward in the webmail's forwarded-message block."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"Re: {doc.operation}", "Re: kennel log", "Re: permit book",
                          "Fwd: clock sheet", "Fwd: session log", "Fwd: ticket office"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.4 else [], subject=subject,
                    sender_address=BY_NAME[sender].email)
    kid, suspect = rng.choice(KIDS), rng.choice(SUSPECTS)
    older = _one(rng, WITH_EMAIL, (sender,))
    when = dt.datetime.combine(doc.date - dt.timedelta(days=rng.randint(0, 3)),
                               dt.time(rng.randint(7, 18), rng.randint(0, 59)))
    if subject.startswith("Re"):
        hello = "Morning all" if _by_address(doc, first) else f"Morning {doc.name(first)}"
        doc.p(f"{hello},\n{doc.young(kid)} was seen with {doc.name(suspect)} again at the "
              f"weekend.")
        _decoy(doc, DECOYS, 0.27)
        doc.p(_signature(doc, sender))
        quoted = (f"Where are we with {doc.young(kid)}? "
                  f"{doc.name(rng.choice(WORKERS))} keeps asking.")
        _, full = _plain(doc, older)
        full = full.replace('"', "") if not zimbra(doc.date) else full
        doc.p(f"{_reply_head(doc, when, full, BY_NAME[sender].email, subject[4:])}\n"
              f"{_quoted(quoted)}")
    else:
        doc.p(f"Passing this on for the file, as {doc.name(rng.choice(SENIOR))} asked.")
        _decoy(doc, DECOYS, 0.27)
        doc.p(_signature(doc, sender))
        _, from_line = _plain(doc, older)
        to_line = _plain(doc, first)[1]
        body = (f"{doc.young(kid)} was dropped at {doc.thing(rng.choice(FIRMS), 'firm')} by "
                f"{doc.name(suspect)}.\n{doc.name(rng.choice(COLLARED))} took the statement.")
        doc.p(_forward_block(doc, when, subject.split(" ", 1)[1], from_line, to_line, body))


def _signature(doc: Doc, sender: str) -> str:
    """A signature after "-- ": a nickname sometimes, then the name, the role and
    organisation on one line after a bar (the role alone when the address alone names the
    sender), and a direct line."""
    person = BY_NAME[sender]
    lines = ["-- "]
    if person.nickname and doc.rng.random() < 0.35:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    if not _by_address(doc, sender):
        lines.append(doc.name(sender))
    lines.append(f"{person.role} | {_org(doc, sender)}")
    lines.append(f"Direct line 01632 {doc.rng.randint(960000, 960999)}")
    return "\n".join(lines)


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "kennel_log": kennel_log, "pigeon_clock": pigeon_clock, "market_rents": market_rents,
    "angling_permits": angling_permits, "sunbed_log": sunbed_log,
    "ticket_office": ticket_office, "email": email, "letter": letter,
}
