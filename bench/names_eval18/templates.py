"""The eight kinds of case file of the eighteenth set, each written through a `Doc`.

Barbers' appointment books (a grid of times, names given and who paid; the barber), cycle shop
repair tickets (the bike, its frame number, who left it and who collected it; the owner),
leisure centre swipe logs (a four-column table of card, name on the card, time and gate; the
receptionist), locksmiths' job sheets (the address, who called, who showed ID as the tenant;
the locksmith), bowling alley party bookings (the lead booker, the guests, who paid; a duty
manager by forename), phone repair intake tickets (the device, who handed it in, the passcode
given, who the account is in; a police request), e-mails (replies under a GroupWise ">>>" line,
or forwards under "Begin forwarded message:" with From / Subject / Date / To lines) and letters
of eight kinds (a reference line with "Please quote", the addressee as "Attn:", "Re:" in
capitals naming the child, "pp" before the signature, "cc." and "Encl." at the foot). Worded
and laid out for this set. People are picked by role and written through `Doc.name` /
`Doc.young`; non-persons through `Doc.thing`.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.names_eval9 import templates as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval13 import templates as thirteenth
from bench.names_eval18.cast import BY_NAME, CAST, COUNCIL, FORCE, FORCE_SHORT, TOWN
from bench.names_eval18.doc import Doc

VEHICLES = ("Nissan Note", "Hyundai i10", "Peugeot Partner", "Isuzu D-Max",
            "Kia Picanto", "Suzuki Swift", "Mazda Bongo", "Volkswagen Caddy",
            "Chevrolet Matiz", "Daewoo Kalos", "Rover 25", "Subaru Impreza")
STREETS = ("Gayle Bottoms", "Muker Wynd", "Cogden Brow", "Angram Road", "Satron Close",
           "Crackpot Lane", "Ivelet Mews", "Oxnop Terrace", "Birkdale Grove", "Summer Lodge Row")
HOME = "Whitsundale House Children's Home"
BARBERS = ("Fadez Barbers Thornsgarth", "Sharp Lines Barbershop")
CYCLES = "Spokesmiths Cycles"
LEISURE = "Thornsgarth Leisure Centre"
LOCKSMITH = "Keyhaven Locks"
BOWLING = ("Strikezone Bowl Thornsgarth", "Bowlarama Lanes")
PHONE_SHOPS = ("Cracked Screen Fix", "Fonedoctor Thornsgarth")
CHURCH = "Thornsgarth Salvation Army Corps"
HOSPITAL = "Thornsgarth General Hospital"
SCHOOL = "Ravenseat High School"
LAW_FIRM = "Threlkeld Oughtred Solicitors"
FIRMS = ("Fadez Barbers Thornsgarth", "Sharp Lines Barbershop", "Spokesmiths Cycles",
         "Keyhaven Locks", "Strikezone Bowl Thornsgarth", "Bowlarama Lanes",
         "Cracked Screen Fix", "Fonedoctor Thornsgarth", "Gunnerside Shisha Lounge",
         "Healaugh Discount Booze")
STRANGERS = ("Deggsy", "Tink", "Tadgh", "Moll", "Mylo")
STAFF = ("Cerian", "Dobbo", "Anwen", "Fitzy")
BIKES = ("Carrera Vengeance", "Voodoo Bizango", "Boardman MTB", "Specialized Rockhopper",
         "Cube Aim")
WORKS = ("puncture x2", "new chain", "brakes, gears", "wheel true")
DEVICES = ("iPhone 6", "Galaxy S7", "Moto G", "Nokia 3310", "Huawei P20")

COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS", "DI")]
SENIOR = ["Zarghuna Mohmandzai", "Pētõr Vīļkȯnd", "Ǵayrat Qalmuratov", "Arkady Ettytegin"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PCSO", "PS", "Insp")]
ANALYST = "Akanisi Fonmanu"
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
WORKERS = ["Nyachol Okwach", "Goderdzi Nakhkiani", "Sanatu Dokurugu", "Nyachol Okwach",
           "Nyachol Okwach"]
MANAGER, YOT = "Kazim Ulbashev", "Rosalind Hepplestone-Burke"
HEAD, SOLICITOR, CAPTAIN = "Baptiste Laframboise", "Arabella Threlkeld", "Wapi Kondiak"
MATRON, BARBER, CYCLIST = "Meixiang Nong", "Issaka Korombé", "Innokenty Shaishnikoff"
RECEPTIONIST, LOCKSMITH_NAME = "Ndeonasia Kimaro", "Tehani Temaiana"
YOUNG = [p.canonical for p in CAST if p.group == "young"]
# Suspects who also use another name are picked more often, so that it is measured enough.
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect" for _ in range(2 if p.alias else 1)]
PARENT_OF = {"Anima Kandulna": "Basanti Kandulna",
             "Mirzosho Mamadnazarbekov": "Davlatbek Mamadnazarbekov",
             "Peyton Greathead": "Lorraine Greathead"}
PARENTS = list(PARENT_OF.values())
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
DEPT = {"police": ("Safeguarding Hub", "Major Crime", "Intelligence Bureau"),
        "council": ("Children's Services", "Exploitation Hub", "Youth Justice Service"),
        "school": ("Pastoral",), "solicitor": ("Crime",), "church": ("Corps",),
        "hospital": ("Children's ED",), "barber": ("Bookings",), "cycles": ("Workshop",),
        "leisure": ("Front Desk",), "locksmith": ("Jobs",)}
SHORT = {"police": FORCE_SHORT, "council": "TCC", "school": "RHS", "solicitor": "TOS",
         "church": "SA", "hospital": "TGH", "barber": "Fadez", "cycles": "Spokesmiths",
         "leisure": "TLC", "locksmith": "Keyhaven"}
ORG = {"police": FORCE, "council": COUNCIL, "school": SCHOOL, "solicitor": LAW_FIRM,
       "church": CHURCH, "hospital": HOSPITAL, "barber": BARBERS[0], "cycles": CYCLES,
       "leisure": LEISURE, "locksmith": LOCKSMITH}

# The ninth set's helpers and the thirteenth set's decoy line and header address, bound to this
# set's names: one of a list but some; a person's organisation as a non-person; whether an
# e-mail names a person only by their address; a decoy named in full now and then.
_one = ninth._one
_org = bound(ninth._org, BY_NAME=BY_NAME, COUNCIL=COUNCIL, LAW_FIRM=LAW_FIRM, ORG=ORG,
             SURGERY=LEISURE)
_by_address = ninth._by_address
_decoy = bound(thirteenth._decoy, BY_NAME=BY_NAME)
_address = bound(thirteenth._address, BY_NAME=BY_NAME, DEPT=DEPT, SHORT=SHORT)


def _suspects(doc: Doc, count: int) -> list[str]:
    return doc.rng.sample(list(dict.fromkeys(SUSPECTS)), count)


def _time(doc: Doc, first: int, last: int) -> str:
    return f"{doc.rng.randint(first, last):02d}.{doc.rng.choice(['00', '15', '30', '45'])}"


def barber_book(doc: Doc) -> None:
    """A barber's appointment book: a grid of times, the names given and how they paid, a young
    person booked in by an adult, and the barber."""
    rng = doc.rng
    doc.h(f"{doc.thing(rng.choice(BARBERS), 'firm')} >> {doc.thing('APPOINTMENTS', 'heading')} "
          f">> {doc.date:%a %d %b %Y}")
    rows = [[doc.thing("Time", "label"), doc.thing("Name given", "label"),
             doc.thing("Paid", "label")]]
    for client in _suspects(doc, 2):
        rows.append([_time(doc, 10, 18), doc.name(client), rng.choice(["cash", "card", "owes"])])
    kid = rng.choice([*YOUNG, *PARENT_OF])
    payer = PARENT_OF.get(kid) if rng.random() < 0.7 else None
    rows.append([_time(doc, 15, 19), doc.young(kid),
                 f"paid by {doc.name(payer)}" if payer else "paid by the man with him"])
    doc.table(rows)
    _decoy(doc, ("Eldor Bammatgereev", "Corey Tygertail", "Zviad Tsurtsulia"), 0.4)
    doc.p(f"{doc.thing('Barber on shift', 'label')} -> {doc.name(BARBER)}")
    if rng.random() < 0.5:
        doc.p(f"{doc.thing('Book seized by', 'label')} -> {doc.name(rng.choice(DETECTIVES))}")


def cycle_repair(doc: Doc) -> None:
    """A cycle shop's repair ticket: the bike and its frame number, who left it and who came for
    it, and the owner who rang the police about a frame number."""
    rng = doc.rng
    doc.h(f"{doc.thing(CYCLES, 'firm')} // {doc.thing('REPAIR TICKET', 'heading')} "
          f"// T{rng.randint(10000, 99999)}")
    left_by = _suspects(doc, 1)[0]
    doc.p(f"{doc.thing('Bike', 'label')}: {rng.choice(BIKES)}"
          f"   {doc.thing('Frame no.', 'label')}: WTU{rng.randint(100000, 999999)}"
          f"{rng.choice('CFHKMR')}")
    doc.p(f"{doc.thing('Left by', 'label')}: {doc.name(left_by)}   "
          f"{doc.thing('Work', 'label')}: {rng.choice(WORKS)}")
    if rng.random() < 0.6:
        doc.p(f"{doc.thing('Collected by', 'label')}: {doc.young(rng.choice(YOUNG))} "
              f"(said it was a present)")
    elif rng.random() < 0.5:
        doc.p(f"{doc.thing('Collected by', 'label')}: {doc.name(rng.choice(PARENTS))}")
    doc.p(f"{doc.thing('Shop', 'label')}: {doc.name(CYCLIST)}")
    _decoy(doc, DECOYS, 0.25)
    doc.p(f"Frame number checked on request of {doc.name(rng.choice(UNIFORM))}.")


def gym_swipes(doc: Doc) -> None:
    """A leisure centre's swipe log: card, name on the card, time and gate; a young person let
    in on an adult's card; the receptionist; who asked for it; a copy."""
    rng = doc.rng
    doc.h(f"{doc.thing(LEISURE, 'building')} ~ {doc.thing('MEMBER SWIPE LOG', 'heading')} "
          f"~ {doc.date:%d.%m.%y}")
    rows = [[doc.thing("Card", "label"), doc.thing("Name on card", "label"),
             doc.thing("Time", "label"), doc.thing("Gate", "label")]]
    for user in _suspects(doc, 2):
        rows.append([f"{rng.randint(100000, 999999)}", doc.name(user), _time(doc, 6, 22),
                     rng.choice(["Pool", "Gym", "Sauna", "Main"])])
    kid = rng.choice([*YOUNG, *PARENT_OF])
    rows.append([f"{rng.randint(100000, 999999)}", doc.young(kid), _time(doc, 15, 21),
                 "Gym (junior card)"])
    doc.table(rows)
    if kid in PARENT_OF and rng.random() < 0.6:
        doc.p(f"Junior card on the family account of {doc.name(PARENT_OF[kid])}.")
    if rng.random() < 0.3:
        doc.p(f"A child was taken to {doc.thing(HOSPITAL, 'building')} and seen by "
              f"{doc.name(MATRON)}.")
    doc.p(f"{doc.thing('On desk', 'label')}: {doc.name(RECEPTIONIST)}")
    _decoy(doc, DECOYS, 0.25)
    doc.p(f"{doc.thing('Requested by', 'label')}: {doc.name(rng.choice(UNIFORM))}")
    if rng.random() < 0.5:
        doc.p(f"cc. {doc.name(rng.choice([*WORKERS, MANAGER, YOT]))}")


def locksmith_job(doc: Doc) -> None:
    """A locksmith's job sheet: the address, who rang, who showed ID as the tenant, a young
    person in the flat, the locksmith, and who was told."""
    rng = doc.rng
    doc.h(f"{doc.thing(LOCKSMITH, 'firm')} | {doc.thing('JOB SHEET', 'heading')} | "
          f"{doc.date:%d/%m/%Y} {_time(doc, 7, 23)}")
    caller, tenant = _suspects(doc, 2)
    if rng.random() < 0.3:
        tenant = rng.choice(PARENTS)
    doc.p(f"{doc.thing('Address', 'label')}: {rng.randint(1, 120)} "
          f"{doc.thing(rng.choice(STREETS), 'place')}, {TOWN}")
    doc.p(f"{doc.thing('Caller', 'label')}: {doc.name(caller)}\n"
          f"{doc.thing('ID shown as tenant', 'label')}: {doc.name(tenant)}")
    if rng.random() < 0.55:
        doc.p(f"A young person inside gave the name {doc.young(rng.choice(YOUNG))}.")
    doc.p(f"{doc.thing('Engineer', 'label')}: {doc.name(LOCKSMITH_NAME)}")
    _decoy(doc, DECOYS, 0.25)
    if rng.random() < 0.6:
        doc.p(f"Reported to {doc.name(rng.choice([*WORKERS, YOT, HEAD]))} next day.")
    if rng.random() < 0.3:
        doc.p(f"Closure order sought by {doc.name(rng.choice(SENIOR))}.")


def bowling_booking(doc: Doc) -> None:
    """A bowling alley's party booking: the lead booker, the guests on the lanes, who paid, the
    duty manager by forename, and the Salvation Army officer who brought a group."""
    rng = doc.rng
    doc.h(f"{doc.thing(rng.choice(BOWLING), 'firm')} :: {doc.thing('PARTY BOOKING', 'heading')}"
          f" :: lanes {rng.randint(1, 6)}-{rng.randint(7, 12)}")
    lead = rng.choice(PARENTS) if rng.random() < 0.25 else _suspects(doc, 1)[0]
    doc.table([[doc.thing("Lead booker", "label"), doc.name(lead)],
               [doc.thing("Guests", "label"), f"{doc.young(rng.choice(YOUNG))} and "
                                               f"{rng.randint(3, 9)} others"],
               [doc.thing("Paid", "label"), rng.choice(["£180 cash", "£95 card", "voucher"])],
               [doc.thing("Duty manager", "label"), doc.thing(rng.choice(STAFF), "forename")]])
    if rng.random() < 0.45:
        doc.p(f"A second group came with {doc.name(CAPTAIN)}.")
    _decoy(doc, DECOYS, 0.25)
    doc.p(f"{doc.thing('CCTV asked for by', 'label')} {doc.name(rng.choice(DETECTIVES))}")
    if rng.random() < 0.3:
        doc.p(f"Copy to {doc.name(SOLICITOR)}, {doc.thing(LAW_FIRM, 'firm')}")


def phone_repair(doc: Doc) -> None:
    """A phone repair shop's intake ticket: the device, who handed it in, the passcode given,
    whose account the phone is in, a driver by forename, and the police request."""
    rng = doc.rng
    doc.h(f"{doc.thing(rng.choice(PHONE_SHOPS), 'firm')} - {doc.thing('INTAKE', 'heading')} - "
          f"job {rng.randint(1000, 9999)}")
    handed, account = _suspects(doc, 2)
    doc.p(f"{doc.thing('Device', 'label')}: {rng.choice(DEVICES)}"
          f", cracked screen\n{doc.thing('Handed in by', 'label')}: {doc.name(handed)}\n"
          f"{doc.thing('Passcode given', 'label')}: {rng.randint(1000, 9999)}")
    doc.p(f"{doc.thing('Account holder', 'label')}: {doc.name(account)}")
    if rng.random() < 0.6:
        doc.p(f"Lock screen photo shows {doc.young(rng.choice(YOUNG))}; picked up by "
              f"{doc.thing(rng.choice(STRANGERS), 'forename')}.")
    _decoy(doc, DECOYS, 0.25)
    doc.p(f"{doc.thing('Police request', 'label')}: {doc.name(rng.choice(COLLARED))}")
    if rng.random() < 0.45:
        doc.p(f"{doc.thing('Download reviewed by', 'label')}: {doc.name(ANALYST)}; "
              f"{doc.thing('authorised by', 'label')} {doc.name(rng.choice(SENIOR))}")
    if rng.random() < 0.5:
        doc.p(f"Also told: {doc.name(rng.choice([*WORKERS, MANAGER, YOT, HEAD, *COUNCILLORS]))}")


def _letter_body(doc: Doc, kind: str, kid: str) -> str:
    """The paragraph of one kind of letter (only that kind's names are written)."""
    rng = doc.rng
    if kind == "matron":
        return (f"{doc.young(kid)} came to the children's emergency department at 2am; the man "
                f"who brought them in gave the name {doc.name(rng.choice(SUSPECTS))}.")
    if kind == "barber":
        return (f"{doc.name(rng.choice(SUSPECTS))} pays for {doc.young(kid)} every Friday and "
                f"waits outside in a {doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    if kind == "captain":
        return (f"Our youth club lost touch with {doc.young(kid)} after they began staying at "
                f"{doc.thing(HOME, 'building')}.")
    if kind == "solicitor":
        return (f"Our client {doc.name(rng.choice(SUSPECTS))} denies knowing {doc.young(kid)}. "
                f"We ask for the swipe logs and job sheets.")
    if kind == "parent":
        return (f"{doc.young(kid)} has a new phone and keys to a flat on "
                f"{doc.thing(rng.choice(STREETS), 'place')}. "
                f"{doc.name(rng.choice(SUSPECTS))} gave them both.")
    if kind == "school":
        return (f"{doc.young(kid)} was collected at lunch by an adult in a "
                f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} on eleven days this term.")
    if kind == "cycles":
        return (f"A bike with a filed frame number was brought in by {doc.young(kid)} and "
                f"paid for by {doc.name(rng.choice(SUSPECTS))}.")
    return (f"Residents of {doc.thing(rng.choice(STREETS), 'place')} report children going in "
            f"and out of {doc.thing(rng.choice(FIRMS), 'firm')} late at night. Please ask "
            f"{doc.name(MANAGER)} to reply.")


_SENDERS: dict[str, tuple[list[str], list[str]]] = {
    "matron": ([MATRON], WORKERS), "barber": ([BARBER], DETECTIVES),
    "captain": ([CAPTAIN], SENIOR), "solicitor": ([SOLICITOR], DETECTIVES),
    "parent": (PARENTS, [MANAGER, *COUNCILLORS]), "school": ([HEAD], [*WORKERS, YOT, YOT]),
    "cycles": ([CYCLIST], UNIFORM), "councillor": (COUNCILLORS, SENIOR),
}


def letter(doc: Doc) -> None:
    """A letter of one of eight kinds: the sender's organisation, a "Please quote" reference
    line and the date, "Attn:" and the addressee's organisation, "RE:" naming the child, the
    body, "pp" before the signature, "cc." and "Encl." at the foot."""
    rng = doc.rng
    kind = rng.choice([*_SENDERS, "parent", "councillor"])  # more parents and councillors
    senders, recipients = _SENDERS[kind]
    sender, to = rng.choice(senders), rng.choice(recipients)
    doc.p(_org(doc, sender) if BY_NAME[sender].group in ORG else TOWN)
    doc.p(f"{doc.thing('Please quote', 'label')}: {rng.choice('BGHNTX')}{rng.randint(100, 999)}"
          f"/{doc.date:%Y}    {doc.date:%d.%m.%Y}")
    doc.p(f"{doc.thing('Attn', 'label')}: {doc.name(to)}\n{_org(doc, to)}")
    kid = rng.choice(YOUNG)
    if kind == "parent":  # a parent writes about their own child
        kid = next(child for child, parent in PARENT_OF.items() if parent == sender)
    doc.p(rng.choice(["Dear Sir/Madam", "Dear colleague", "Dear all"]))
    doc.p(f"RE: {doc.young(kid)}")
    doc.p(_letter_body(doc, kind, kid))
    _decoy(doc, DECOYS, 0.25)
    doc.p(rng.choice(["Yours faithfully", "Kind regards", "With thanks"]))
    doc.p(f"pp {doc.name(sender)}")
    if BY_NAME[sender].role:
        doc.p(BY_NAME[sender].role)
    if rng.random() < 0.3:
        doc.p(f"Encl. {rng.randint(1, 5)}")
    if rng.random() < 0.35:
        doc.p(f"cc. {doc.name(rng.choice([*COUNCILLORS, ANALYST, YOT]), email_ok=True)}")


def email(doc: Doc) -> None:
    """A reply under a GroupWise ">>>" line (name, address, date and time), or a forward under
    "Begin forwarded message:" with From / Subject / Date / To lines."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"RE: {doc.operation}", "RE: swipe log", "RE: locksmith job",
                          "Fwd: barber book", "Fwd: repair ticket", "Fwd: party booking"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.45 else [], subject=subject)
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    older = _one(rng, WITH_EMAIL, (sender,))
    stamp = f"{doc.date:%d/%m/%Y} {rng.randint(7, 18):02d}:{rng.randint(10, 59)}"
    if subject.startswith("RE"):
        hello = "Hi all" if _by_address(doc, first) else f"Hi {doc.name(first)}"
        doc.p(f"{hello}\n{doc.young(kid)} was seen again with {doc.name(suspect)}.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))
        doc.p(f">>> {doc.name(older, email_ok=True)} {stamp} >>>\n"
              f"Any news of {doc.young(kid)}? {doc.name(rng.choice(WORKERS))} is worried.")
    else:
        doc.p(f"For info - {doc.name(rng.choice(SENIOR))} asked for this.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))
        doc.p(f"Begin forwarded message:\n\nFrom: {doc.name(older, email_ok=True)}\n"
              f"Subject: {subject[5:]}\nDate: {stamp}\nTo: {doc.name(first, email_ok=True)}\n\n"
              f"{doc.young(kid)} got into a {doc.thing(rng.choice(VEHICLES), 'vehicle')} with "
              f"{doc.name(suspect)}.\n{doc.name(rng.choice(COLLARED))} has the CCTV.")


def _signature(doc: Doc, sender: str) -> str:
    """A signature: a nickname sometimes, the name unless the address alone names the sender,
    then the role and organisation on one line and a mobile number."""
    person = BY_NAME[sender]
    lines = [doc.rng.choice(["Cheers", "Best", "Ta", "Kind regards"])]
    if person.nickname and doc.rng.random() < 0.35:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    if not _by_address(doc, sender):
        lines.append(doc.name(sender))
    lines.append(f"{person.role} | {_org(doc, sender)}")
    lines.append(f"m. 07700 {doc.rng.randint(900000, 999999)}")
    return "\n".join(lines)


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "barber_book": barber_book, "cycle_repair": cycle_repair, "gym_swipes": gym_swipes,
    "locksmith_job": locksmith_job, "bowling_booking": bowling_booking,
    "phone_repair": phone_repair, "email": email, "letter": letter,
}
