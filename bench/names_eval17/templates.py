"""The eight kinds of case file of the seventeenth set, each written through a `Doc`.

Scrap metal dealers' receipts (seller, ID seen, vehicle, material, weight, how paid, the
officer who checked the yard's book), tattoo studio consent forms (client, date of birth, the
adult who signed as parent, the artist, tick boxes), self-storage access logs (units, names on
the account, codes, times, the site manager), bus station lost property registers (items, the
name found inside, who claimed them, the clerk), takeaway delivery dockets (order, customer,
street, driver), veterinary client records (owner, pet, who brought it in, who the microchip is
registered to, the vet), e-mails (replies over a Lotus Notes "wrote:" block with a hierarchical
sender name, or forwards with quoted "> " header lines) and letters of eight kinds ("FAO",
"Your ref" and "Our ref" on lines of their own, a "Subject:" line between asterisks, "Dictated
by" before the name, "Copy to:" and "Enclosures" at the foot). Worded and laid out for this
set. People are picked by role and written through `Doc.name` / `Doc.young`; non-persons
through `Doc.thing`.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.names_eval9 import templates as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval13 import templates as thirteenth
from bench.names_eval17.cast import BY_NAME, CAST, COUNCIL, FORCE, FORCE_SHORT, TOWN
from bench.names_eval17.doc import Doc

VEHICLES = ("Proton Persona", "Renault Kangoo", "Fiat Doblo", "Mitsubishi L200",
            "Ford Transit Connect", "Dacia Sandero", "Citroen Berlingo", "Honda Jazz",
            "Toyota Yaris", "SEAT Leon", "Skoda Octavia", "Vauxhall Zafira")
STREETS = ("Gillamoor Lane", "Fadmoor Rise", "Hawnby Street", "Sproxton Fold", "Glaisdale Row",
           "Lealholm Walk", "Ugthorpe Gate", "Hinderwell Close", "Raskelf Terrace", "Skelgate")
HOME = "Ellerburn House Children's Home"
YARDS = ("Kexby Metals", "Cloughton Ferrous Recycling")
STUDIOS = ("Inkwell Tattoo Cragsby", "Saltwick Skin Art")
STORAGE = "Keepwell Self Storage"
BUS_STATION = "Cragsby Bus Station"
TAKEAWAYS = ("Sneaton Wok House", "Lythe Kebab and Pizza")
VETS = "Wharram Vets"
CHAPLAINCY = "Cragsby Bus Station Chaplaincy"
HOSPITAL = "Cragsby Royal Infirmary"
SCHOOL = "Pikestone Academy"
LAW_FIRM = "Marrick Drabble Solicitors"
FIRMS = ("Kexby Metals", "Cloughton Ferrous Recycling", "Inkwell Tattoo Cragsby",
         "Saltwick Skin Art", "Sneaton Wok House", "Lythe Kebab and Pizza",
         "Hackness Hand Car Wash", "Nunnington Nails", "Egton Vape Lounge",
         "Rievaulx Mini Market")
STRANGERS = ("Dibs", "Squeak", "Nugget", "Bones", "Meeko")
PETS = ("Bruno", "Roxy", "Diesel", "Kaiser", "Nala", "Zeus")

COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS", "DI")]
SENIOR = ["Kusum Dangaura", "Ujëp Costamoling", "Gennady Khutokogir", "Jagat Uikey"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PCSO", "PS", "Insp")]
ANALYST = "Ngirakebou Osarch"
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
WORKERS = ["Léontine Wahoulo", "Nikolai Okotetto", "Norhaya Macarambon", "Léontine Wahoulo"]
MANAGER, YOT = "Mirzabeg Sheikhaliev", "Ewenike Tarpey-Nall"
HEAD, SOLICITOR, CHAPLAIN = "Chusé Lanuza", "Philippa Marrick", "Iosefa Kalolo"
SURGEON, ARTIST, SITE_MANAGER = "Chechek Tadysheva", "Teiki Kohumoetini", "Vitaly Kanev"
CLERK, VET = "Nadezhda Korepanova", "Lagi Seluka"
YOUNG = [p.canonical for p in CAST if p.group == "young"]
# Suspects who also use another name are picked more often, so that it is measured enough.
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect" for _ in range(2 if p.alias else 1)]
PARENT_OF = {"Nakita Ahwang": "Pauline Ahwang", "Emin Kurbanaliev": "Ragim Kurbanaliev",
             "Marlee Threapleton": "Renee Threapleton"}
PARENTS = list(PARENT_OF.values())
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
DEPT = {"police": ("PPU", "CID", "Intel Cell"), "council": ("Children's Social Care",
                                                           "MACE Team", "Youth Justice"),
        "school": ("Safeguarding",), "solicitor": ("Criminal Defence",),
        "church": ("Chaplaincy",), "hospital": ("General Surgery",), "studio": ("Studio",),
        "storage": ("Site Office",), "transport": ("Lost Property",), "vet": ("Reception",)}
SHORT = {"police": FORCE_SHORT, "council": "CMBC", "school": "Pikestone", "solicitor": "MDS",
         "church": "Chaplaincy", "hospital": "CRI", "studio": "Inkwell", "storage": "Keepwell",
         "transport": "CMBC", "vet": "Wharram"}
ORG = {"police": FORCE, "council": COUNCIL, "school": SCHOOL, "solicitor": LAW_FIRM,
       "church": CHAPLAINCY, "hospital": HOSPITAL, "studio": STUDIOS[0], "storage": STORAGE,
       "transport": BUS_STATION, "vet": VETS}

# The ninth set's helpers and the thirteenth set's decoy line and header address, bound to this
# set's names: one of a list but some; a person's organisation as a non-person; whether an
# e-mail names a person only by their address; a decoy named in full now and then.
_one = ninth._one
_org = bound(ninth._org, BY_NAME=BY_NAME, COUNCIL=COUNCIL, LAW_FIRM=LAW_FIRM, ORG=ORG,
             SURGERY=VETS)
_by_address = ninth._by_address
_decoy = bound(thirteenth._decoy, BY_NAME=BY_NAME)
_address = bound(thirteenth._address, BY_NAME=BY_NAME, DEPT=DEPT, SHORT=SHORT)


def _suspects(doc: Doc, count: int) -> list[str]:
    return doc.rng.sample(list(dict.fromkeys(SUSPECTS)), count)


def _leader(doc: Doc, label: str, value: str) -> str:
    """A form line with a dotted leader between the label and what was filled in."""
    return f"{doc.thing(label, 'label')} {'.' * (22 - len(label))} {value}"


def scrap_receipt(doc: Doc) -> None:
    """A scrap metal dealer's receipt: the seller, the ID seen, the vehicle, the material and
    how it was paid, and the officer who checked the yard's book."""
    rng = doc.rng
    doc.h(f"{doc.thing(rng.choice(YARDS), 'firm')} -- {doc.thing('SCRAP PURCHASE RECEIPT', 'heading')}"
          f" -- No. {rng.randint(1000, 9999)}/{doc.date:%y}")
    seller = _suspects(doc, 1)[0]
    doc.p("\n".join([
        _leader(doc, "Seller", doc.name(seller)),
        _leader(doc, "ID seen", rng.choice(["driving licence", "passport", "utility bill"])),
        _leader(doc, "Vehicle", f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}, "
                                f"{rng.choice('BDFKLMNPRSTVWY')}{rng.randint(10, 99)} "
                                f"{rng.choice(['KXT', 'JHU', 'PLE', 'ROA', 'MWF'])}"),
        _leader(doc, "Material", rng.choice(["copper pipe", "lead flashing", "brass taps",
                                             "catalytic converter", "cable, stripped"])),
        _leader(doc, "Weight (kg)", str(rng.randint(8, 140))),
        _leader(doc, "Paid by", rng.choice(["cheque", "bank transfer", "cash (pre-2013)"]))]))
    if rng.random() < 0.55:
        doc.p(f"Passenger in the van, stayed in the cab: {doc.young(rng.choice(YOUNG))}.")
    _decoy(doc, ("Inyas Kechaikin", "Alphonse Waheu", "Arnold Pakiring"), 0.4)
    doc.p(f"{doc.thing('Yard book inspected by', 'label')}: {doc.name(rng.choice(COLLARED))}")


def tattoo_consent(doc: Doc) -> None:
    """A tattoo studio's consent form: the client, the date of birth given, the adult who signed
    as parent, the artist, tick boxes and a police enquiry."""
    rng = doc.rng
    doc.h(f"{doc.thing(rng.choice(STUDIOS), 'firm')} / {doc.thing('CLIENT CONSENT FORM', 'heading')}")
    kid = rng.choice([*YOUNG, *PARENT_OF])
    doc.p(f"{doc.thing('Client', 'label')}: {doc.young(kid)}    DOB given: "
          f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{doc.date.year - 18}")
    adult = PARENT_OF.get(kid) if rng.random() < 0.7 else None
    doc.p(f"{doc.thing('Adult signing as parent', 'label')}: "
          f"{doc.name(adult or _suspects(doc, 1)[0])}")
    doc.p("[x] client over 18   [ ] photo ID copied   [x] aftercare sheet given")
    doc.p(f"{doc.thing('Artist', 'label')}: {doc.name(ARTIST)}")
    _decoy(doc, ("Brendon Illingsworth", "Mikita Okotetto", "Lachlan Jupurrula"), 0.4)
    if rng.random() < 0.5:
        doc.p(f"{doc.thing('Police enquiry', 'label')}: {doc.name(rng.choice(DETECTIVES))}, "
              f"{doc.thing(FORCE, 'org')}")


def storage_access(doc: Doc) -> None:
    """A self-storage site's access log: units, names on the account, codes and times, the site
    manager, and who it was reported to."""
    rng = doc.rng
    doc.h(f"{doc.thing(STORAGE, 'building')} :: {doc.thing('GATE ACCESS LOG', 'heading')} "
          f":: {doc.date:%a %d.%m.%Y}")
    rows = [[doc.thing("Unit", "label"), doc.thing("Account name", "label"),
             doc.thing("Code", "label"), doc.thing("In", "label"), doc.thing("Out", "label")]]
    for user in _suspects(doc, 2):
        rows.append([f"{rng.choice('ABCD')}{rng.randint(1, 60):02d}", doc.name(user),
                     f"*{rng.randint(1000, 9999)}#", f"{rng.randint(18, 22)}:{rng.randint(10, 59)}",
                     f"{rng.randint(22, 23)}:{rng.randint(10, 59)}"])
    doc.table(rows)
    doc.p(f"CCTV shows a young person let in with the second code: {doc.young(rng.choice(YOUNG))}.")
    doc.p(f"{doc.thing('Site manager', 'label')}: {doc.name(SITE_MANAGER)}")
    _decoy(doc, DECOYS, 0.25)
    doc.p(f"{doc.thing('Reported to', 'label')}: {doc.name(rng.choice(UNIFORM))}")
    if rng.random() < 0.5:
        doc.p(f"Copy to: {doc.name(rng.choice([*WORKERS, MANAGER, YOT]))}")


def lost_property(doc: Doc) -> None:
    """A bus station's lost property register: items, the name found inside, who claimed them,
    the clerk, and the chaplain who handed one in."""
    rng = doc.rng
    doc.h(f"{doc.thing(BUS_STATION, 'building')} - {doc.thing('LOST PROPERTY REGISTER', 'heading')}"
          f" - week {doc.date.isocalendar()[1]}/{doc.date.year}")
    rows = [[doc.thing("Item", "label"), doc.thing("Name inside", "label"),
             doc.thing("Claimed by", "label")]]
    kid = rng.choice([*YOUNG, *PARENT_OF])
    claimant = PARENT_OF.get(kid) if rng.random() < 0.6 else None
    rows.append([rng.choice(["school bag", "purse", "phone (pink case)", "coat"]),
                 doc.young(kid), doc.name(claimant or _suspects(doc, 1)[0])])
    doc.table(rows)
    doc.p(f"{doc.thing('Clerk', 'label')}: {doc.name(CLERK)}")
    if rng.random() < 0.5:
        doc.p(f"Handed in by {doc.name(CHAPLAIN)}, who saw the bag left on stand "
              f"{rng.randint(1, 14)}.")
    _decoy(doc, DECOYS, 0.25)
    if rng.random() < 0.6:
        doc.p(f"{doc.thing('Notified', 'label')}: {doc.name(rng.choice([*WORKERS, YOT, HEAD]))}")


def delivery_docket(doc: Doc) -> None:
    """A takeaway's delivery docket: the order, the customer, the street, the driver, and the
    officer who asked for the dockets."""
    rng = doc.rng
    doc.h(f"{doc.thing(rng.choice(TAKEAWAYS), 'firm')} * {doc.thing('DELIVERY', 'heading')} * "
          f"order {rng.randint(100, 999)} {doc.date:%d/%m/%y} {rng.randint(19, 23)}:{rng.randint(10, 59)}")
    customer = rng.choice(PARENTS) if rng.random() < 0.25 else _suspects(doc, 1)[0]
    doc.table([[doc.thing("Customer", "label"), doc.name(customer)],
               [doc.thing("Deliver to", "label"),
                f"{rng.randint(1, 90)} {doc.thing(rng.choice(STREETS), 'place')}"],
               [doc.thing("Order", "label"), rng.choice(["2x large pizza, 6 cans",
                                                          "family meal, 4 bottles",
                                                          "chips x5, vodka 70cl"])],
               [doc.thing("Driver", "label"), doc.thing(rng.choice(STRANGERS), "forename")]])
    doc.p(f"Door opened by a young person who gave the name {doc.young(rng.choice(YOUNG))}.")
    _decoy(doc, DECOYS, 0.25)
    doc.p(f"{doc.thing('Dockets requested by', 'label')} {doc.name(rng.choice(DETECTIVES))}")
    if rng.random() < 0.3:
        doc.p(f"Copies sent on request to {doc.name(SOLICITOR)}, {doc.thing(LAW_FIRM, 'firm')}")


def vet_record(doc: Doc) -> None:
    """A vet's client record: the owner, the pet, who brought it in, who its microchip is
    registered to, the vet, and the police enquiry about a dog seen at an address."""
    rng = doc.rng
    doc.h(f"{doc.thing(VETS, 'building')} | {doc.thing('CLIENT RECORD', 'heading')} | "
          f"{doc.date:%Y-%m-%d}")
    owner, keeper = _suspects(doc, 2)
    if rng.random() < 0.3:  # a parent's dog, chipped to someone else
        owner = rng.choice(PARENTS)
    doc.p(f"{doc.thing('Owner', 'label')}: {doc.name(owner)}   "
          f"{doc.thing('Pet', 'label')}: {doc.thing(rng.choice(PETS), 'forename')} "
          f"({rng.choice(['Staffie', 'XL bully', 'Akita', 'husky'])})")
    doc.p(f"{doc.thing('Microchip registered to', 'label')}: {doc.name(keeper)}")
    if rng.random() < 0.6:
        doc.p(f"Brought in by {doc.young(rng.choice(YOUNG))}, who could not pay.")
    doc.p(f"{doc.thing('Vet', 'label')}: {doc.name(VET)}")
    _decoy(doc, DECOYS, 0.25)
    doc.p(f"{doc.thing('Police enquiry', 'label')}: {doc.name(rng.choice(UNIFORM))}")
    if rng.random() < 0.5:
        doc.p(f"Also told: {doc.name(rng.choice([*WORKERS, MANAGER, YOT, HEAD, *COUNCILLORS]))}")


def _letter_body(doc: Doc, kind: str, kid: str) -> str:
    """The paragraph of one kind of letter (only that kind's names are written)."""
    rng = doc.rng
    if kind == "surgeon":
        return (f"{doc.young(kid)} was seen in theatre with a hand wound; the adult who waited "
                f"gave the name {doc.name(rng.choice(SUSPECTS))}.")
    if kind == "artist":
        return (f"{doc.name(rng.choice(SUSPECTS))} signed a consent form as the parent of "
                f"{doc.young(kid)}; I now doubt it.")
    if kind == "chaplain":
        return (f"Staff at {doc.thing(BUS_STATION, 'building')} see {doc.young(kid)} met off "
                f"the last bus from {doc.thing(HOME, 'building')}.")
    if kind == "solicitor":
        return (f"We act for {doc.name(rng.choice(SUSPECTS))}, who denies knowing "
                f"{doc.young(kid)}. Please disclose the storage and delivery records.")
    if kind == "parent":
        return (f"{doc.young(kid)} comes home from {doc.thing(rng.choice(FIRMS), 'firm')} "
                f"with new clothes. {doc.name(rng.choice(SUSPECTS))} drives the children about.")
    if kind == "school":
        return (f"{doc.young(kid)} has missed nine afternoons and was seen on "
                f"{doc.thing(rng.choice(STREETS), 'place')} in school hours.")
    if kind == "storage":
        return (f"A man calling himself {doc.name(rng.choice(SUSPECTS))} has asked for a unit "
                f"in the name of {doc.young(kid)}.")
    return (f"Residents of {doc.thing(rng.choice(STREETS), 'place')} report young people "
            f"going in and out of {doc.thing(rng.choice(FIRMS), 'firm')}. Please ask "
            f"{doc.name(MANAGER)} to reply.")


_SENDERS: dict[str, tuple[list[str], list[str]]] = {
    "surgeon": ([SURGEON], WORKERS), "artist": ([ARTIST], DETECTIVES),
    "chaplain": ([CHAPLAIN], SENIOR), "solicitor": ([SOLICITOR], DETECTIVES),
    "parent": (PARENTS, [MANAGER, *COUNCILLORS]), "school": ([HEAD], [*WORKERS, YOT, YOT]),
    "storage": ([SITE_MANAGER], UNIFORM), "councillor": (COUNCILLORS, SENIOR),
}


def letter(doc: Doc) -> None:
    """A letter of one of eight kinds: the sender's organisation, "Your ref" and "Our ref",
    "FAO" and the addressee's organisation, a "Subject:" line between asterisks, the body,
    "Dictated by" before the name, "Copy to:" and "Enclosures" at the foot."""
    rng = doc.rng
    kind = rng.choice([*_SENDERS, "parent", "councillor"])  # more parents and councillors
    senders, recipients = _SENDERS[kind]
    sender, to = rng.choice(senders), rng.choice(recipients)
    doc.p(_org(doc, sender) if BY_NAME[sender].group in ORG else TOWN)
    doc.p(f"{doc.thing('Your ref', 'label')}: {rng.choice('KMQRWZ')}/{rng.randint(10, 99)}\n"
          f"{doc.thing('Our ref', 'label')}: {doc.date:%y}-{rng.randint(1000, 9999)}\n"
          f"{doc.date:%A, %d %B %Y}")
    doc.p(f"{doc.thing('FAO', 'label')} {doc.name(to)}\n{_org(doc, to)}")
    kid = rng.choice(YOUNG)
    if kind == "parent":  # a parent writes about their own child
        kid = next(child for child, parent in PARENT_OF.items() if parent == sender)
    doc.p(rng.choice(["Dear Sir or Madam", "Dear Colleague", "To whom it may concern"]))
    doc.p(f"*** Subject: {doc.young(kid)} ***")
    doc.p(_letter_body(doc, kind, kid))
    _decoy(doc, DECOYS, 0.25)
    doc.p(rng.choice(["Yours faithfully", "Yours sincerely", "Regards"]))
    doc.p(f"Dictated by {doc.name(sender)} and signed in their absence")
    if BY_NAME[sender].role:
        doc.p(BY_NAME[sender].role)
    if rng.random() < 0.3:
        doc.p(f"Enclosures: {rng.randint(1, 4)}")
    if rng.random() < 0.35:
        doc.p(f"Copy to: {doc.name(rng.choice([*COUNCILLORS, ANALYST, YOT]), email_ok=True)}")


def email(doc: Doc) -> None:
    """A reply over a Lotus Notes block (the sender as a hierarchical name, "wrote:", then
    To / From / Date / Subject), or a forward with the earlier message's headers quoted."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"Re: {doc.operation}", "Re: storage unit", "Re: vet record",
                          "Fw: scrap receipts", "Fw: tattoo consent", "Fw: lost property"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.45 else [], subject=subject)
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    older = _one(rng, WITH_EMAIL, (sender,))
    stamp = f"{doc.date:%d/%m/%Y} {rng.randint(7, 18):02d}:{rng.randint(10, 59)}"
    short = SHORT[BY_NAME[older].group]
    if subject.startswith("Re"):
        hello = "All," if _by_address(doc, first) else f"{doc.name(first)},"
        doc.p(f"{hello}\n{doc.young(kid)} was seen again with {doc.name(suspect)}.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))
        doc.p(f"-----{doc.name(older, email_ok=True)}/{short} wrote: -----\n"
              f"To: {doc.name(first, email_ok=True)}\nFrom: {doc.name(older, email_ok=True)}\n"
              f"Date: {stamp}\nSubject: {subject[4:]}")
        doc.p(f"Any news of {doc.young(kid)}? {doc.name(rng.choice(WORKERS))} is worried.")
    else:
        doc.p(f"FYI - for {doc.name(rng.choice(SENIOR))}.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))
        doc.p(f"> Date: {stamp}\n> From: {doc.name(older, email_ok=True)}\n"
              f"> To: {doc.name(first, email_ok=True)}\n> Subject: {subject[4:]}\n>\n"
              f"> {doc.young(kid)} left with {doc.name(suspect)} in a "
              f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}.\n"
              f"> {doc.name(rng.choice(COLLARED))} has the footage.")


def _signature(doc: Doc, sender: str) -> str:
    """A signature: a nickname sometimes, the name unless the address alone names the sender,
    then the role and organisation on two lines and a desk number."""
    person = BY_NAME[sender]
    lines = [doc.rng.choice(["Thanks", "Regards", "Many thanks", "Rgds"])]
    if person.nickname and doc.rng.random() < 0.35:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    if not _by_address(doc, sender):
        lines.append(doc.name(sender))
    lines.append(person.role)
    lines.append(_org(doc, sender))
    lines.append(f"t. 01439 {doc.rng.randint(200000, 799999)}")
    return "\n".join(lines)


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "scrap_receipt": scrap_receipt, "tattoo_consent": tattoo_consent,
    "storage_access": storage_access, "lost_property": lost_property,
    "delivery_docket": delivery_docket, "vet_record": vet_record, "email": email,
    "letter": letter,
}
