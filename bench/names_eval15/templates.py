"""The eight kinds of case file of the fifteenth set, each written through a `Doc`.

Money transfer send forms (sender, receiver, the ID seen, the agent, a production order note),
holiday park booking books (a table of pitches, lead guests, parties and vehicles, the warden),
penalty charge notices (the registered keeper, the driver nominated, representations), community
payback attendance sheets (a table of names, order numbers and hours, the supervisor), night
shelter bed logs (a table of beds and guests, the staff on duty, who asked after whom), school
trip consent forms (the pupil, who signed, who may not collect), e-mails (Lotus Notes: forwarded
under a "----- Forwarded by ... -----" line with the earlier message's author and date on lines
of their own, or replies under a "Reply Separator" block with Subject / Author / Date lines) and
letters of eight kinds ("FAO:", a reference and date block, "p.p." signatures, "Copy to:" at the
foot). Worded and laid out for this set. People are picked by role and written through
`Doc.name` / `Doc.young`; non-persons through `Doc.thing`.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.names_eval9 import templates as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval13 import templates as thirteenth
from bench.names_eval15.cast import BY_NAME, CAST, COUNCIL, FORCE, FORCE_SHORT, TOWN
from bench.names_eval15.doc import Doc

VEHICLES = ("Hyundai Getz", "Toyota Avensis", "Peugeot Partner", "Vauxhall Vectra",
            "Ford Transit Connect", "Rover 25", "Kia Sedona", "Suzuki Swift", "Fiat Doblo",
            "Audi A4 Avant", "Renault Kangoo", "Volvo V40")
STREETS = ("Tandridge Street", "Stainforth Moss Lane", "Ouzelgill Road", "Bellbusk Row",
           "Crosshills Terrace", "Tarnhows Way", "Lumbfoot Close", "Skirethorns Lane",
           "Hartlington Grove", "Winskill Crescent")
HOMES = ("Mewith Lodge Children's Home", "Hagg Wood Foyer")
SHELTER = "St Aidan's Night Shelter"
PARK = ("Sweetgale Holiday Park", "Raygill Caravan Site")
SHUL = "Cawdermoor Hebrew Congregation"
MINSTER = "Cawdermoor Minster"
HOSPITAL = "Harlsey Royal Children's Hospital"
SURGERY = "Birkdyke Lane Surgery"
LAW_FIRM = "Quirindongo Ferraby Solicitors"
SCHOOL = "Birkdyke Academy"
PAYBACK = "Community Payback, Lumbfoot Depot"
AGENTS = ("Swiftsend Money Transfer", "Globelink Remit")
FIRMS = ("Swiftsend Money Transfer", "Globelink Remit", "Ouzelgill Car Wash",
         "Tandridge Phone Repairs", "Bellbusk Barbers", "Tarnhows Tandoori", "Glitterbox Nails",
         "Crosshills Off Licence", "Mossdale Scrap Metals", "Hartlington Arcade")
STRANGERS = ("Boss Man", "Big Lad", "Ginger", "Cuzzy", "Smudge")
PURPOSES = ("family support", "school fees", "gift", "rent", "business")

COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS", "DI")]
SENIOR = ["Juvita Gunsalam", "Ghjuvan Battista Santoni", "Gerasi anak Linggang"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PCSO", "PS")]
POLICE = [p.canonical for p in CAST if p.group == "police"]
ANALYST = "Rima Abu Shakra"
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
WORKERS = ["Zoica Caragiani", "Felizarda Namashulua", "Wičháȟpi Looks Twice", "Zoica Caragiani"]
MANAGER, YOT = "Vikhonuo Sachü", "Sanal Mandzhiev"
HEAD, SOLICITOR = "Liliane Hugelschaffer", "Sherwin Quirindongo"
RABBI, CANON, CONSULTANT, GP, INTERPRETER = ("Shalom Madmoni", "Mwiinga Hamoonga",
                                             "Aissata Maïga", "Aigöl Baymurzina",
                                             "Ayyur Oubahou")
YOUNG = [p.canonical for p in CAST if p.group == "young"]
# Suspects who also use another name are picked more often, so that it is measured enough.
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect" for _ in range(2 if p.alias else 1)]
PARENT_OF = {"Shurainy Martina": "Yuraima Martina", "Brooklyn Stobbart": "Jaycee Stobbart",
             "Fulufhelo Ramaremisa": "Ndivhuwo Ramaremisa"}
PARENTS = list(PARENT_OF.values())
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
DEPT = {"police": ("PPU", "CID", "Intel"), "council": ("Safeguarding", "Exploitation Hub",
                                                         "YOS"),
        "school": ("Inclusion",), "solicitor": ("Criminal",), "shul": ("Office",),
        "minster": ("Chapter",), "hospital": ("Paeds",), "surgery": ("Practice",),
        "interpreter": ("Language Services",)}
SHORT = {"police": FORCE_SHORT, "council": "CDC", "school": "BKA", "solicitor": "QF",
         "shul": "CHC", "minster": "Minster", "hospital": "HRCH", "surgery": "BLS",
         "interpreter": "CDC"}
ORG = {"police": FORCE, "council": COUNCIL, "school": SCHOOL, "solicitor": LAW_FIRM,
       "shul": SHUL, "minster": MINSTER, "hospital": HOSPITAL, "surgery": SURGERY,
       "interpreter": COUNCIL}

# The ninth set's helpers and the thirteenth set's decoy line and header address, bound to this
# set's names: one of a list but some; a person's organisation as a non-person; whether an
# e-mail names a person only by their address; a decoy named in full now and then.
_one = ninth._one
_org = bound(ninth._org, BY_NAME=BY_NAME, COUNCIL=COUNCIL, LAW_FIRM=LAW_FIRM, ORG=ORG,
             SURGERY=SURGERY)
_by_address = ninth._by_address
_decoy = bound(thirteenth._decoy, BY_NAME=BY_NAME)
_address = bound(thirteenth._address, BY_NAME=BY_NAME, DEPT=DEPT, SHORT=SHORT)


def money_transfer(doc: Doc) -> None:
    """A money transfer send form: the agent, sender, receiver, ID seen, amount and a note of
    the production order served for it."""
    rng = doc.rng
    doc.h(f"{doc.thing(rng.choice(AGENTS), 'firm')} - {doc.thing('SEND MONEY FORM', 'heading')}"
          f"   MTCN {rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}")
    sender, receiver = rng.sample(list(dict.fromkeys(SUSPECTS)), 2)
    doc.table([[doc.thing("Sender", "label"), doc.name(sender)],
               [doc.thing("ID presented", "label"), rng.choice(["passport", "driving licence",
                                                                 "none"])],
               [doc.thing("Receiver", "label"), doc.name(receiver)],
               [doc.thing("Amount", "label"), f"£{rng.randint(40, 900)}.00"],
               [doc.thing("Purpose", "label"), rng.choice(PURPOSES)]])
    if rng.random() < 0.5:
        doc.p(f"Counter CCTV shows {doc.young(rng.choice(YOUNG))} waiting by the door.")
    _decoy(doc, ("Jordon Fensome", "Ahamadi Soilihi", "Prashanth Kotial"), 0.35)
    doc.p(f"{doc.thing('Production order served by', 'label')} {doc.name(rng.choice(DETECTIVES))}"
          f"; results to {doc.name(ANALYST)}.")


def caravan_register(doc: Doc) -> None:
    """A holiday park booking book: pitches, lead guests, parties and vehicles, and the
    warden's note of who checked it."""
    rng = doc.rng
    doc.h(f"{doc.thing(rng.choice(PARK), 'building')} - {doc.thing('BOOKING BOOK', 'heading')} "
          f"w/c {doc.date:%d/%m/%Y}")
    rows = [[doc.thing("Pitch", "label"), doc.thing("Lead guest", "label"),
             doc.thing("Party", "label"), doc.thing("Vehicle", "label")]]
    for lead in rng.sample(list(dict.fromkeys(SUSPECTS)), 2):
        pitch, written = f"{rng.choice('ABCD')}{rng.randint(1, 40)}", doc.name(lead)
        adults = rng.randint(1, 2)
        rows.append([pitch, written, f"{adults} adult{'s' if adults > 1 else ''} + "
                     f"{rng.randint(1, 3)}", doc.thing(rng.choice(VEHICLES), "vehicle")])
    doc.table(rows)
    doc.p(f"Warden's note: a young person who gave the name {doc.young(rng.choice(YOUNG))} "
          f"was in van {rng.choice('ABCD')}{rng.randint(1, 40)} overnight.")
    _decoy(doc, ("Savvas Terzadis", "Sinan Choheli", "Macar Na Tchuda"), 0.35)
    doc.p(f"{doc.thing('Book seen by', 'label')}: {doc.name(rng.choice(UNIFORM))}")
    if rng.random() < 0.5:
        doc.p(f"{doc.thing('Referred to', 'label')}: {doc.name(rng.choice(WORKERS))}")
    elif rng.random() < 0.4:
        doc.p(f"{doc.thing('Health check', 'label')}: {doc.name(GP)}, "
              f"{doc.thing(SURGERY, 'building')}")


def penalty_notice(doc: Doc) -> None:
    """A penalty charge notice: the street, the vehicle, the registered keeper, the driver
    they nominated, representations, and a police request for the file."""
    rng = doc.rng
    doc.h(f"{doc.thing(COUNCIL, 'org')} - {doc.thing('PENALTY CHARGE NOTICE', 'heading')} "
          f"CW{rng.randint(1000000, 9999999)}")
    doc.p(f"{doc.thing('Contravention', 'label')}: parked in a bus stop clearway, "
          f"{doc.thing(rng.choice(STREETS), 'place')}; "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}")
    keeper, driver = rng.sample(list(dict.fromkeys(SUSPECTS)), 2)
    doc.p(f"{doc.thing('Registered keeper', 'label')}: {doc.name(keeper)}\n"
          f"{doc.thing('Driver nominated', 'label')}: {doc.name(driver)}")
    if rng.random() < 0.5:
        doc.p(f"{doc.thing('Representations', 'label')}: received from {doc.name(SOLICITOR)} "
              f"of {doc.thing(LAW_FIRM, 'firm')}; rejected.")
    _decoy(doc, DECOYS, 0.2)
    doc.p(f"File requested by {doc.name(rng.choice(COLLARED))}: a passenger, "
          f"{doc.young(rng.choice(YOUNG))}, was photographed by the enforcement camera.")


def payback_sheet(doc: Doc) -> None:
    """A community payback attendance sheet: the supervisor, a table of names, order numbers
    and hours, and a note of who was seen at the site."""
    rng = doc.rng
    doc.h(f"{doc.thing(PAYBACK, 'building')} - {doc.thing('ATTENDANCE SHEET', 'heading')} "
          f"{doc.date:%a %d %b %Y}")
    rows = [[doc.thing("Name", "label"), doc.thing("Order no.", "label"),
             doc.thing("Hours", "label"), doc.thing("Signed", "label")]]
    for worker in rng.sample(list(dict.fromkeys(SUSPECTS)), 2):
        rows.append([doc.name(worker), f"CPO/{rng.randint(100, 999)}/{doc.date:%y}",
                     str(rng.randint(3, 7)), rng.choice(["yes", "yes", "absent"])])
    doc.table(rows)
    doc.p(f"{doc.thing('Supervisor', 'label')}: {doc.name(YOT)}")
    if rng.random() < 0.4:
        doc.p(f"{doc.thing('Interpreter present', 'label')}: {doc.name(INTERPRETER)}")
    doc.p(f"Seen at the gate at 13:00 in a {doc.thing(rng.choice(VEHICLES), 'vehicle')}: "
          f"{doc.young(rng.choice(YOUNG))}, with a man the others called "
          f"{doc.thing(rng.choice(STRANGERS), 'forename')}.")
    _decoy(doc, ("Jordon Fensome", "Macar Na Tchuda", "Savvas Terzadis"), 0.35)
    if rng.random() < 0.6:
        doc.p(f"{doc.thing('Passed to', 'label')}: {doc.name(rng.choice([*WORKERS, MANAGER]))}")


def shelter_log(doc: Doc) -> None:
    """A night shelter bed log: beds and guests, the staff on duty, who came asking after a
    guest, and the call made."""
    rng = doc.rng
    doc.h(f"{doc.thing(SHELTER, 'building')} - {doc.thing('BED LOG', 'heading')} "
          f"night of {doc.date:%d.%m.%Y}")
    rows = [[doc.thing("Bed", "label"), doc.thing("Guest", "label"), doc.thing("In", "label")]]
    rows.append([str(rng.randint(1, 9)), doc.name(rng.choice(SUSPECTS)),
                 f"2{rng.randint(0, 3)}:{rng.randint(10, 59)}"])
    kid = rng.choice([*YOUNG, *PARENT_OF])  # children with a parent at home are met more
    rows.append([str(rng.randint(10, 18)), doc.young(kid),
                 f"2{rng.randint(0, 3)}:{rng.randint(10, 59)}"])
    doc.table(rows)
    doc.p(f"{doc.thing('Staff on duty', 'label')}: {doc.name(rng.choice([CANON, CANON, RABBI]))}")
    asker = rng.choice(list(dict.fromkeys(SUSPECTS)))
    doc.p(f"At 23:15 {doc.name(asker)} came to the door asking for the young person; "
          f"refused entry.")
    _decoy(doc, ("Ahamadi Soilihi", "Sinan Choheli", "Prashanth Kotial"), 0.35)
    if kid in PARENT_OF and rng.random() < 0.7:
        doc.p(f"{doc.name(PARENT_OF[kid])} phoned at 23:40 to ask whether the child was safe.")
    if rng.random() < 0.35:
        doc.p(f"Taken to {doc.thing(HOSPITAL, 'org')} with a cut hand; seen by "
              f"{doc.name(CONSULTANT)}.")
    doc.p(f"{doc.thing('Call made to', 'label')}: {doc.name(rng.choice(UNIFORM))}")


def consent_form(doc: Doc) -> None:
    """A school trip consent form: the pupil, who signed, the member of staff in charge, who
    may not collect the pupil, and who has a copy."""
    rng = doc.rng
    kid = rng.choice([*YOUNG, *PARENT_OF])  # a parent signs more often than a social worker
    doc.h(f"{doc.thing(SCHOOL, 'org')} - {doc.thing('EDUCATIONAL VISIT CONSENT', 'heading')}")
    doc.p(f"{doc.thing('Visit', 'label')}: {rng.choice(['Malham Cove', 'Eden Camp', 'the Deep'])}"
          f", {doc.date:%d %B %Y}")
    doc.p(f"{doc.thing('Pupil', 'label')}: {doc.young(kid)}")
    signer = PARENT_OF.get(kid)
    doc.p(f"{doc.thing('Signed (parent/carer)', 'label')}: "
          f"{doc.name(signer) if signer else doc.name(rng.choice(WORKERS)) + ' (corporate parent)'}")
    doc.p(f"{doc.thing('Staff in charge', 'label')}: {doc.name(HEAD)}")
    doc.p(f"{doc.thing('NOT to be collected by', 'label')}: {doc.name(rng.choice(SUSPECTS))}")
    _decoy(doc, DECOYS, 0.2)
    if rng.random() < 0.6:
        doc.p(f"Copy to: {doc.name(rng.choice([*WORKERS, MANAGER, *COUNCILLORS]))}")


def _letter_body(doc: Doc, kind: str, kid: str) -> str:
    """The paragraph of one kind of letter (only that kind's names are written)."""
    rng = doc.rng
    if kind == "consultant":
        return (f"{doc.young(kid)} attended the emergency department; the man who brought "
                f"the child in signed the book as {doc.name(rng.choice(SUSPECTS))}.")
    if kind == "gp":
        return (f"{doc.young(kid)} has been registered with us since March and was "
                f"accompanied by {doc.name(rng.choice(SUSPECTS))}.")
    if kind == "rabbi":
        return (f"Members have seen girls from {doc.thing(HOMES[0], 'building')} collected "
                f"outside {doc.thing(SHUL, 'building')} in a "
                f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    if kind == "canon":
        return (f"{doc.young(kid)} has been sleeping at {doc.thing(SHELTER, 'building')}; "
                f"{doc.name(rng.choice(SUSPECTS))} asks after the child most nights.")
    if kind == "solicitor":
        return (f"We represent {doc.name(rng.choice(SUSPECTS))}. Our client has never met "
                f"{doc.young(kid)}; please send the interpreter's record "
                f"({doc.name(INTERPRETER)}).")
    if kind == "parent":
        return (f"{doc.young(kid)} comes home from {doc.thing(rng.choice(FIRMS), 'firm')} with "
                f"new phones. {doc.name(rng.choice(SUSPECTS))} gives lifts home.")
    if kind == "school":
        return (f"{doc.young(kid)} has been late on nine mornings and was dropped at the gate "
                f"in a {doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    return (f"Residents of {doc.thing(rng.choice(STREETS), 'place')} complain about "
            f"{doc.thing(rng.choice(FIRMS), 'firm')}. Please ask {doc.name(MANAGER)} to reply.")


_SENDERS: dict[str, tuple[list[str], list[str]]] = {
    "consultant": ([CONSULTANT], WORKERS), "gp": ([GP], WORKERS), "rabbi": ([RABBI], SENIOR),
    "canon": ([CANON], [*WORKERS, MANAGER]), "solicitor": ([SOLICITOR], DETECTIVES),
    "parent": (PARENTS, [MANAGER, *COUNCILLORS]), "school": ([HEAD], [*WORKERS, YOT]),
    "councillor": (COUNCILLORS, SENIOR),
}


def letter(doc: Doc) -> None:
    """A letter of one of eight kinds: the sender's organisation, a reference and date block,
    "FAO:", the addressee, body, a signature (sometimes "p.p."), and "Copy to:"."""
    rng = doc.rng
    kind = rng.choice([*_SENDERS, "parent", "councillor"])  # more parents and councillors
    senders, recipients = _SENDERS[kind]
    sender, to = rng.choice(senders), rng.choice(recipients)
    doc.p(_org(doc, sender) if BY_NAME[sender].group in ORG else TOWN)
    doc.p(f"{doc.thing('Ref', 'label')}: {rng.choice('CKLNQW')}/{rng.randint(1000, 9999)}\n"
          f"{doc.thing('Date', 'label')}: {doc.date:%d.%m.%Y}")
    doc.p(f"{doc.thing('FAO', 'label')}: {doc.name(to)}\n{_org(doc, to)}")
    kid = rng.choice(YOUNG)
    if kind == "parent":  # a parent writes about their own child
        kid = next(child for child, parent in PARENT_OF.items() if parent == sender)
    doc.p(rng.choice(["Dear Colleague", "Dear Sir or Madam", "To whom it may concern"]))
    doc.p(f"Concerning: {doc.young(kid)}")
    doc.p(_letter_body(doc, kind, kid))
    _decoy(doc, DECOYS, 0.2)
    doc.p(rng.choice(["Yours faithfully", "Yours sincerely", "Kind regards"]))
    signed = doc.name(sender)
    doc.p(f"p.p. {signed}" if rng.random() < 0.3 else signed)
    if BY_NAME[sender].role:
        doc.p(BY_NAME[sender].role)
    if rng.random() < 0.35:
        doc.p(f"Copy to: {doc.name(rng.choice([*COUNCILLORS, ANALYST, YOT]), email_ok=True)}")


def email(doc: Doc) -> None:
    """A Lotus Notes message: forwarded under a "----- Forwarded by ... -----" line, or a reply
    above a "Reply Separator" block giving the earlier message's subject, author and date."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"Fw: {doc.operation}", "Fw: PCN query", "Re: caravan park",
                          "Re: money transfers", "Fw: shelter log", "Re: school trip"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.45 else [], subject=subject)
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    older = _one(rng, WITH_EMAIL, (sender,))
    stamp = f"{doc.date:%d/%m/%Y} {rng.randint(7, 18):02d}:{rng.randint(10, 59)}"
    if subject.startswith("Fw"):
        doc.p(f"For info - {doc.name(rng.choice(SENIOR))} wants this on the agenda.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))
        unit = "" if _by_address(doc, sender) else f"/{SHORT[BY_NAME[sender].group]}"
        doc.p(f"----- Forwarded by {doc.name(sender, email_ok=True)}{unit} on {stamp} -----")
        doc.p(f"{doc.name(older, email_ok=True)}\n{stamp}\n"
              f"To: {doc.name(first, email_ok=True)}\ncc:\nSubject: {subject[4:]}")
        doc.p(f"{doc.young(kid)} was picked up by {doc.name(suspect)} at the bus station. "
              f"{doc.name(rng.choice(COLLARED))} has the CCTV.")
    else:
        hello = "All" if _by_address(doc, first) else doc.name(first)
        doc.p(f"{hello} - see below, answered in capitals.")
        doc.p(f"YES, {doc.young(kid)} IS BACK AT PLACEMENT. SEEN WITH {doc.name(suspect)}.")
        doc.p(f"{doc.name(rng.choice(WORKERS))} will visit on Monday.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))
        doc.p("_____________________ Reply Separator _____________________\n"
              f"Subject: {subject[4:]}\nAuthor: {doc.name(older, email_ok=True)}\nDate: {stamp}")
        doc.p(f"Is {doc.young(kid)} back? Who with?")


def _signature(doc: Doc, sender: str) -> str:
    """A signature: a nickname sometimes, the name unless the address alone names the sender,
    then the role, organisation and a direct line."""
    person = BY_NAME[sender]
    lines = [doc.rng.choice(["Thanks", "Regards", "Many thanks", "Kind regards"])]
    if person.nickname and doc.rng.random() < 0.35:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    if not _by_address(doc, sender):
        lines.append(doc.name(sender))
    lines.append(f"{person.role}, {_org(doc, sender)}")
    lines.append(f"DDI 01756 {doc.rng.randint(700000, 799999)}")
    return "\n".join(lines)


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "money_transfer": money_transfer, "caravan_register": caravan_register,
    "penalty_notice": penalty_notice, "payback_sheet": payback_sheet,
    "shelter_log": shelter_log, "consent_form": consent_form, "email": email, "letter": letter,
}
