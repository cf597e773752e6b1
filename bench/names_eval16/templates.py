"""The eight kinds of case file of the sixteenth set, each written through a `Doc`.

Coach passenger manifests (seats, passengers, boarding points, the officer who checked them),
pharmacy supervised consumption registers (patients, doses, who collected on a patient's
behalf, the pharmacist), boxing club sign-in sheets (members, their parents, the coach, a
visitor who is not a member), phone shop sales receipts (customer, ID, handset, the user the
SIM is for, a data protection request), food bank vouchers (client, household, referrer,
who collected), library computer booking logs (PCs, names on cards, times, the supervisor),
e-mails (top-posted replies over an "-----Original Message-----" block, or forwards under a
"Begin forwarded message:" block) and letters of eight kinds ("Attn:", a "Re:" line underlined,
"Signed:" before the name, "Enc." and "cc." at the foot). Worded and laid out for this set.
People are picked by role and written through `Doc.name` / `Doc.young`; non-persons through
`Doc.thing`.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.names_eval9 import templates as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval13 import templates as thirteenth
from bench.names_eval16.cast import BY_NAME, CAST, COUNCIL, FORCE, FORCE_SHORT, TOWN
from bench.names_eval16.doc import Doc

VEHICLES = ("Nissan Qashqai", "Chevrolet Captiva", "Smart ForTwo", "Hyundai i30",
            "Subaru Forester", "Saab 9-3", "Alfa Romeo 147", "Isuzu Rodeo", "Kia Ceed",
            "Peugeot 206 SW", "Daihatsu Terios", "Mercedes Sprinter")
STREETS = ("Hebbleroyd Lane", "Slackcote Road", "Gildersome Fold", "Birchencliffe Walk",
           "Ringstone Edge", "Cowcliffe Gate", "Nabbs Terrace", "Scholemoor Row",
           "Dobcross Close", "Blackmires Street")
HOME = "Nabbs Wood Children's Home"
COACHES = ("Kestrelway Coaches", "Redrose Starliner")
PHARMACY = "Ringstone Pharmacy"
CLUB = "Hebbleroyd Amateur Boxing Club"
SHOPS = ("Fonezone Hawksclough", "Unlock City Mobiles")
FOODBANK = "Hawksclough Food Bank"
LIBRARY = "Cowcliffe Gate Library"
CHURCH = "St Abanoub Coptic Church"
HOSPITAL = "Wyre General Hospital"
SCHOOL = "Hebbleroyd High School"
LAW_FIRM = "Amabebe Tolson Solicitors"
FIRMS = ("Kestrelway Coaches", "Fonezone Hawksclough", "Unlock City Mobiles",
         "Slackcote Hand Car Wash", "Blackmires Tyres", "Ringstone Pizza Palace",
         "Nabbs Lane Nails", "Scholemoor Smoke Room", "Gildersome Self Storage")
STRANGERS = ("Tinks", "Biggie", "Rizzla", "Chunks", "Lemsip")
ROUTES = ("Hawksclough - London Victoria", "Hawksclough - Birmingham Digbeth",
          "Hawksclough - Blackpool", "Hawksclough - Glasgow Buchanan St")

COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS", "DI")]
SENIOR = ["Niigaan Kakegamic", "Estève Rouanet", "Ekpenyong Archibong", "Haider Al-Jabouri"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PCSO", "PS")]
ANALYST = "Kadiga Ga'as"
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
WORKERS = ["Ghislaine Marchandisse", "Sanchamaya Sunuwar", "Ersido Lendebo",
           "Ghislaine Marchandisse"]
MANAGER, YOT = "Sesegma Dorzhieva", "Mabruk Elfeitouri"
HEAD, SOLICITOR, DEACON = "Xurde Llaneza", "Ebiere Amabebe", "Bishoy Tawadros"
CONSULTANT, PHARMACIST, COACH = "Wumpini Fuseini", "Hira Gharti Roka", "Mititaiagimene Talagi"
FOODBANK_MANAGER, LIBRARIAN = "Pîsim Moosomin", "Ngoné Thiaw"
YOUNG = [p.canonical for p in CAST if p.group == "young"]
# Suspects who also use another name are picked more often, so that it is measured enough.
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect" for _ in range(2 if p.alias else 1)]
PARENT_OF = {"Yanelis Epiayú": "Rosmery Epiayú", "Shija Maduhu": "Kulwa Maduhu",
             "Tiegan Broadbelt": "Shelby Broadbelt"}
PARENTS = list(PARENT_OF.values())
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
DEPT = {"police": ("MASH", "CID", "Intel Unit"), "council": ("Children's Services",
                                                            "Exploitation Team", "YJS"),
        "school": ("Pastoral",), "solicitor": ("Crime",), "church": ("Church Office",),
        "hospital": ("Paediatrics",), "pharmacy": ("Dispensary",), "club": ("Coaching",),
        "foodbank": ("Warehouse",), "library": ("Libraries",)}
SHORT = {"police": FORCE_SHORT, "council": "HBC", "school": "HHS", "solicitor": "AT",
         "church": "St Abanoub", "hospital": "WGH", "pharmacy": "Ringstone", "club": "HABC",
         "foodbank": "HFB", "library": "HBC"}
ORG = {"police": FORCE, "council": COUNCIL, "school": SCHOOL, "solicitor": LAW_FIRM,
       "church": CHURCH, "hospital": HOSPITAL, "pharmacy": PHARMACY, "club": CLUB,
       "foodbank": FOODBANK, "library": COUNCIL}

# The ninth set's helpers and the thirteenth set's decoy line and header address, bound to this
# set's names: one of a list but some; a person's organisation as a non-person; whether an
# e-mail names a person only by their address; a decoy named in full now and then.
_one = ninth._one
_org = bound(ninth._org, BY_NAME=BY_NAME, COUNCIL=COUNCIL, LAW_FIRM=LAW_FIRM, ORG=ORG,
             SURGERY=PHARMACY)
_by_address = ninth._by_address
_decoy = bound(thirteenth._decoy, BY_NAME=BY_NAME)
_address = bound(thirteenth._address, BY_NAME=BY_NAME, DEPT=DEPT, SHORT=SHORT)


def _suspects(doc: Doc, count: int) -> list[str]:
    return doc.rng.sample(list(dict.fromkeys(SUSPECTS)), count)


def coach_manifest(doc: Doc) -> None:
    """A coach passenger manifest: seats, passengers, boarding points and tickets, and the
    officer who checked the coach at the station."""
    rng = doc.rng
    doc.h(f"{doc.thing(rng.choice(COACHES), 'firm')} | {doc.thing('PASSENGER MANIFEST', 'heading')}"
          f" | {rng.choice(ROUTES)} dep. {rng.randint(6, 23):02d}:{rng.choice(['05', '35'])}")
    rows = [[doc.thing("Seat", "label"), doc.thing("Passenger", "label"),
             doc.thing("Boarded at", "label"), doc.thing("Ticket", "label")]]
    for passenger in _suspects(doc, 2):
        rows.append([f"{rng.randint(1, 49)}{rng.choice('ABCD')}", doc.name(passenger),
                     rng.choice([TOWN, "Leeds", "Wakefield"]), f"KW{rng.randint(10000, 99999)}"])
    rows.append([f"{rng.randint(1, 49)}{rng.choice('ABCD')}", doc.young(rng.choice(YOUNG)),
                 TOWN, "cash"])
    doc.table(rows)
    doc.p(f"{doc.thing('Checked at the coach station by', 'label')} "
          f"{doc.name(rng.choice(UNIFORM))}; the young person travelled on a ticket bought "
          f"with the same card as seat {rng.randint(1, 49)}.")
    _decoy(doc, ("Kalum Ormeshaw", "Norris Fahnbulleh", "Asiku Ondonga"), 0.35)
    doc.p(f"{doc.thing('Manifest sent to', 'label')} {doc.name(ANALYST)}.")


def pharmacy_log(doc: Doc) -> None:
    """A pharmacy's supervised consumption register: patients, doses, who collected on a
    patient's behalf, the pharmacist, and a note of a young person seen with a patient."""
    rng = doc.rng
    doc.h(f"{doc.thing(PHARMACY, 'building')} - "
          f"{doc.thing('SUPERVISED CONSUMPTION REGISTER', 'heading')} w/e {doc.date:%d-%m-%Y}")
    rows = [[doc.thing("Patient", "label"), doc.thing("Dose", "label"),
             doc.thing("Supervised", "label")]]
    patient, collector = _suspects(doc, 2)
    rows.append([doc.name(patient), f"{rng.choice([30, 40, 60, 80])} ml", "Y"])
    doc.table(rows)
    doc.p(f"{doc.thing('Collected on behalf of patient by', 'label')}: {doc.name(collector)} "
          f"(letter of authority on file)")
    doc.p(f"{doc.thing('Pharmacist', 'label')}: {doc.name(PHARMACIST)}")
    if rng.random() < 0.6:
        doc.p(f"A young person who gave the name {doc.young(rng.choice(YOUNG))} waited in a "
              f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    _decoy(doc, ("Calogero Scozzaro", "Xıdır Zerkani", "Syahrizal Caniago"), 0.35)
    doc.p(f"{doc.thing('Police request', 'label')}: {doc.name(rng.choice(DETECTIVES))}")


def boxing_register(doc: Doc) -> None:
    """A boxing club sign-in sheet: members, ages, parents and times, the coach, and a visitor
    who is not a member."""
    rng = doc.rng
    doc.h(f"{doc.thing(CLUB, 'building')} :: {doc.thing('SIGN-IN SHEET', 'heading')} "
          f":: {doc.date:%A %d/%m/%y}")
    rows = [[doc.thing("Member", "label"), doc.thing("Age", "label"),
             doc.thing("Parent/guardian", "label"), doc.thing("In", "label")]]
    for kid in rng.sample([*YOUNG, *PARENT_OF], 2):
        parent = PARENT_OF.get(kid)
        rows.append([doc.young(kid), str(rng.randint(11, 17)),
                     doc.name(parent) if parent and rng.random() < 0.8 else "-",
                     f"1{rng.randint(7, 9)}:{rng.randint(10, 59)}"])
    doc.table(rows)
    doc.p(f"{doc.thing('Coach', 'label')}: {doc.name(COACH)}")
    doc.p(f"{doc.thing('Visitor (not a member)', 'label')}: {doc.name(rng.choice(SUSPECTS))}"
          f", watched from the door and left with a boy the others call "
          f"{doc.thing(rng.choice(STRANGERS), 'forename')}.")
    _decoy(doc, ("Kalum Ormeshaw", "Calogero Scozzaro", "Xıdır Zerkani"), 0.35)
    if rng.random() < 0.4:
        doc.p(f"Sparring injury: taken to {doc.thing(HOSPITAL, 'org')}, seen by "
              f"{doc.name(CONSULTANT)}.")
    if rng.random() < 0.6:
        doc.p(f"{doc.thing('Concern logged with', 'label')}: "
              f"{doc.name(rng.choice([*WORKERS, YOT]))}")


def phone_sale(doc: Doc) -> None:
    """A phone shop sales receipt: the customer, the ID seen, the handset, the user the SIM is
    for, and the police data protection request that brought it in."""
    rng = doc.rng
    doc.h(f"{doc.thing(rng.choice(SHOPS), 'firm')} - {doc.thing('SALES RECEIPT', 'heading')} "
          f"No. {rng.randint(10000, 99999)}")
    customer = _suspects(doc, 1)[0]
    doc.table([[doc.thing("Customer", "label"), doc.name(customer)],
               [doc.thing("ID seen", "label"), rng.choice(["none", "bank card", "passport"])],
               [doc.thing("Handset", "label"), rng.choice(["Nokia 1100", "Samsung E250",
                                                            "Alcatel OT-S211", "Motorola C139"])],
               [doc.thing("Paid", "label"), f"£{rng.randint(10, 60)}.{rng.choice(['00', '99'])}"
                                            " cash"]])
    doc.p(f"Customer said the phone was for {doc.young(rng.choice(YOUNG))}.")
    _decoy(doc, DECOYS, 0.2)
    doc.p(f"{doc.thing('DPA request from', 'label')} {doc.name(rng.choice(COLLARED))}, "
          f"{doc.thing(FORCE, 'org')}")


def foodbank_voucher(doc: Doc) -> None:
    """A food bank voucher: the client, the household, the referrer and their agency, who
    collected the parcel, and the manager's note."""
    rng = doc.rng
    doc.h(f"{doc.thing(FOODBANK, 'building')} - {doc.thing('FOOD VOUCHER', 'heading')} "
          f"{rng.choice('ABC')}{rng.randint(1000, 9999)}")
    kid = rng.choice([*PARENT_OF, *PARENT_OF, *YOUNG])
    client = PARENT_OF.get(kid) or _suspects(doc, 1)[0]
    doc.p(f"{doc.thing('Client', 'label')}: {doc.name(client)}")
    doc.p(f"{doc.thing('Household', 'label')}: 1 adult, children: {doc.young(kid)}")
    referrer = rng.choice([*WORKERS, YOT, HEAD, DEACON])
    doc.p(f"{doc.thing('Referred by', 'label')}: {doc.name(referrer)}, {_org(doc, referrer)}")
    if rng.random() < 0.5:
        doc.p(f"{doc.thing('Collected by', 'label')}: {doc.name(rng.choice(SUSPECTS))} "
              f"in a {doc.thing(rng.choice(VEHICLES), 'vehicle')}")
    _decoy(doc, DECOYS, 0.2)
    doc.p(f"{doc.thing('Voucher checked', 'label')}: {doc.name(FOODBANK_MANAGER)}")


def library_log(doc: Doc) -> None:
    """A library's public computer bookings: PCs, the name on each card, times, the
    supervisor, and who the concern was reported to."""
    rng = doc.rng
    doc.h(f"{doc.thing(LIBRARY, 'building')} ~ {doc.thing('PUBLIC PC BOOKINGS', 'heading')} ~ "
          f"{doc.date:%d %b %Y}")
    rows = [[doc.thing("PC", "label"), doc.thing("Name on card", "label"),
             doc.thing("Card no.", "label"), doc.thing("From", "label")]]
    for user in _suspects(doc, 2):
        rows.append([f"PC{rng.randint(1, 24):02d}", doc.name(user),
                     f"2{rng.randint(1000000, 9999999)}", f"{rng.randint(10, 19)}:00"])
    rows.append([f"PC{rng.randint(1, 24):02d}", doc.young(rng.choice(YOUNG)), "guest",
                 f"{rng.randint(10, 19)}:30"])
    doc.table(rows)
    doc.p(f"{doc.thing('Supervisor', 'label')}: {doc.name(LIBRARIAN)}. The two adults were "
          f"helping the young person set up a profile on the "
          f"{doc.thing(rng.choice(STREETS), 'place')} residents' page.")
    _decoy(doc, DECOYS, 0.2)
    doc.p(f"{doc.thing('Reported to', 'label')}: {doc.name(rng.choice(UNIFORM))}")
    if rng.random() < 0.6:
        doc.p(f"cc. {doc.name(rng.choice([*WORKERS, MANAGER, *COUNCILLORS]))}")


def _letter_body(doc: Doc, kind: str, kid: str) -> str:
    """The paragraph of one kind of letter (only that kind's names are written)."""
    rng = doc.rng
    if kind == "consultant":
        return (f"{doc.young(kid)} was admitted to the children's ward; the adult who brought "
                f"the child in gave the name {doc.name(rng.choice(SUSPECTS))}.")
    if kind == "pharmacist":
        return (f"{doc.name(rng.choice(SUSPECTS))} has been collecting another patient's "
                f"methadone with {doc.young(kid)} waiting in the car.")
    if kind == "deacon":
        return (f"Members of {doc.thing(CHURCH, 'org')} have seen {doc.young(kid)} "
                f"collected from {doc.thing(HOME, 'building')} late at night.")
    if kind == "solicitor":
        return (f"We act for {doc.name(rng.choice(SUSPECTS))}, who denies knowing "
                f"{doc.young(kid)}. Please disclose the library and coach records.")
    if kind == "parent":
        return (f"{doc.young(kid)} comes home from {doc.thing(rng.choice(FIRMS), 'firm')} "
                f"with cash and a new phone. {doc.name(rng.choice(SUSPECTS))} drives the "
                f"children about.")
    if kind == "school":
        return (f"{doc.young(kid)} has missed eleven afternoons and was seen on "
                f"{doc.thing(rng.choice(STREETS), 'place')} in school hours.")
    if kind == "foodbank":
        return (f"A man calling himself {doc.name(rng.choice(SUSPECTS))} has twice tried to "
                f"collect parcels meant for {doc.young(kid)}'s family.")
    return (f"Residents of {doc.thing(rng.choice(STREETS), 'place')} report young people "
            f"going in and out of {doc.thing(rng.choice(FIRMS), 'firm')}. Please ask "
            f"{doc.name(MANAGER)} to reply.")


_SENDERS: dict[str, tuple[list[str], list[str]]] = {
    "consultant": ([CONSULTANT], WORKERS), "pharmacist": ([PHARMACIST], DETECTIVES),
    "deacon": ([DEACON], SENIOR), "solicitor": ([SOLICITOR], DETECTIVES),
    "parent": (PARENTS, [MANAGER, *COUNCILLORS]), "school": ([HEAD], [*WORKERS, YOT]),
    "foodbank": ([FOODBANK_MANAGER], [*WORKERS, MANAGER]), "councillor": (COUNCILLORS, SENIOR),
}


def letter(doc: Doc) -> None:
    """A letter of one of eight kinds: the sender's organisation, "Attn:" and the addressee's
    organisation, a "Re:" line underlined, the body, "Signed:" before the name, "Enc." and
    "cc." at the foot."""
    rng = doc.rng
    kind = rng.choice([*_SENDERS, "parent", "councillor"])  # more parents and councillors
    senders, recipients = _SENDERS[kind]
    sender, to = rng.choice(senders), rng.choice(recipients)
    doc.p(_org(doc, sender) if BY_NAME[sender].group in ORG else TOWN)
    doc.p(f"{doc.date:%d %B %Y}   {doc.thing('Our ref', 'label')} "
          f"{rng.choice('DGHJTV')}{rng.randint(100, 999)}/{doc.date:%y}")
    doc.p(f"{doc.thing('Attn', 'label')}: {doc.name(to)}\n{_org(doc, to)}")
    kid = rng.choice(YOUNG)
    if kind == "parent":  # a parent writes about their own child
        kid = next(child for child, parent in PARENT_OF.items() if parent == sender)
    doc.p(rng.choice(["Dear Sirs", "Dear Colleague", "Dear Sir/Madam"]))
    subject = f"Re: {doc.young(kid)}"
    doc.p(f"{subject}\n{'=' * min(len(subject), 40)}")
    doc.p(_letter_body(doc, kind, kid))
    _decoy(doc, DECOYS, 0.2)
    doc.p(rng.choice(["Yours faithfully", "Yours sincerely", "With best wishes"]))
    doc.p(f"Signed: {doc.name(sender)}")
    if BY_NAME[sender].role:
        doc.p(BY_NAME[sender].role)
    if rng.random() < 0.3:
        doc.p("Enc. copy of the log")
    if rng.random() < 0.35:
        doc.p(f"cc. {doc.name(rng.choice([*COUNCILLORS, ANALYST, YOT]), email_ok=True)}")


def email(doc: Doc) -> None:
    """A top-posted reply over an "-----Original Message-----" block, or a forward under a
    "Begin forwarded message:" block with the earlier message's From / Date / To / Subject."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"RE: {doc.operation}", "RE: coach manifest", "RE: PC bookings",
                          "Fwd: food bank voucher", "Fwd: pharmacy register",
                          "Fwd: boxing club"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.45 else [], subject=subject)
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    older = _one(rng, WITH_EMAIL, (sender,))
    stamp = f"{doc.date:%d %B %Y} {rng.randint(7, 18):02d}:{rng.randint(10, 59)}"
    if subject.startswith("RE"):
        hello = "Hi all" if _by_address(doc, first) else f"Hi {doc.name(first)}"
        doc.p(f"{hello} - {doc.young(kid)} was seen again with {doc.name(suspect)}.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))
        doc.p(f"-----Original Message-----\nFrom: {doc.name(older, email_ok=True)}\n"
              f"Sent: {stamp}\nTo: {doc.name(first, email_ok=True)}\nSubject: {subject[4:]}")
        doc.p(f"Has anyone seen {doc.young(kid)}? {doc.name(rng.choice(WORKERS))} is worried.")
    else:
        doc.p(f"FYI - {doc.name(rng.choice(SENIOR))} asked for this.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))
        doc.p(f"Begin forwarded message:\n\nFrom: {doc.name(older, email_ok=True)}\n"
              f"Date: {stamp}\nTo: {doc.name(first, email_ok=True)}\nSubject: {subject[5:]}")
        doc.p(f"{doc.young(kid)} left with {doc.name(suspect)} in a "
              f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}. "
              f"{doc.name(rng.choice(COLLARED))} has the footage.")


def _signature(doc: Doc, sender: str) -> str:
    """A signature: a nickname sometimes, the name unless the address alone names the sender,
    then the role, organisation and a mobile number."""
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
    "coach_manifest": coach_manifest, "pharmacy_log": pharmacy_log,
    "boxing_register": boxing_register, "phone_sale": phone_sale,
    "foodbank_voucher": foodbank_voucher, "library_log": library_log, "email": email,
    "letter": letter,
}
