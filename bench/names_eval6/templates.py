"""The seven kinds of case file of the sixth set, each written through a `Doc`.

Witness statements (the form's header, the account and its continuation), child protection
conference minutes (an attendance table by agency), officers' pocket notebook entries (timed
lines), exploitation screening forms (a scored grid and sign-offs), magistrates' court register
extracts (a table of defendants), e-mails quoting the thread they answer (Notes-style, forwarded,
or answered inline, with signatures), and letters. Worded and laid out for this set. People are
picked by role and written through `Doc.name` / `Doc.young`; non-persons through `Doc.thing`.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.names_eval6.cast import BY_NAME, CAST, COUNCIL, COUNCIL_SHORT, FORCE, FORCE_SHORT, TOWN
from bench.names_eval6.doc import Doc

VEHICLES = ("Perodua Kelisa", "Ssangyong Rexton", "Alfa Romeo 156", "Citroen Berlingo",
            "Toyota Previa", "Subaru Impreza", "Hyundai Getz", "Jaguar X-Type", "LDV Maxus",
            "Isuzu Trooper", "Daihatsu Sirion", "Nissan Micra", "Renault Laguna", "Rover 75")
STREETS = ("Tannery Cl", "Wyvern Pde", "Sandholme Cres", "Gasworks Rd", "Moorgate Sq",
           "Lister Hts", "Foundry Mws", "Clough Bk", "Ings Dr", "Weir Cl")
HOMES = ("Lantern Hse", "Hollinwood Lodge", "Dyehouse Children's Home")
OFFICES = ("Bramwith Hse", "Wyvernthorpe Civic Ctr", "Tenterfield Family Centre")
STATIONS = ("Wyvernthorpe Central Div", "Eskside Custody Unit", "EWC HQ")
FIRMS = ("Popal Bros Pizza", "Heseltine Autos", "Kabul Nights Grill", "Baltic Mini Market",
         "Nightowl Taxis", "A2B Wyvern Cars", "Funland Arcade", "Sadeghi Carpets & Rugs")
LAW_FIRM = "Kabongo Lindqvist LLP"
SCHOOL = "Bramwith High School"
COURT = "Wyvernthorpe Magistrates' Court"
STRANGERS = ("Kaz", "Dino", "Sully", "Bex", "Jonno")

POLICE = [p.canonical for p in CAST if p.group == "police"]
COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS", "DI")]
SENIOR = ["Ingrid Sørensen-Blake", "Clive Armitstead", "Tomáš Dvořák"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PS", "PCSO")]
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
WORKERS = ["Kateřina Procházková", "Kateřina Procházková", "Kateřina Procházková",
           "Nur Aisyah Kamaruddin"]
MANAGER, HOUSING = "Gillian Pennock", "Jayesh Thakkar"
HEAD, SOLICITOR = "Bjørn Halvorsen", "Marie-Claire Kabongo"
CUSTODY_SGT = "Carmel Zammit"
SOCIAL = [*WORKERS, MANAGER, HOUSING]
YOUNG = [p.canonical for p in CAST if p.group == "young"]
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect"]
PARENT_OF = {"Senait Gebremedhin": "Tsega Woldu", "Samuel Gebremedhin": "Tsega Woldu",
             "Denisa Horváthová": "Renata Horváthová", "Tayla-Mae Openshaw": "Sandra Openshaw"}
PARENTS = sorted(set(PARENT_OF.values()))
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
UNIT = {"police": "PPU", "council": "CSC", "school": "Bramwith High", "solicitor": "KL LLP"}


def _reg(rng: random.Random, year: int) -> str:
    """A UK registration mark of the document's era."""
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    three = "".join(rng.choice(letters) for _ in range(3))
    if year < 2001:
        return f"{rng.choice('LMNPRSTVWX')}{rng.randint(1, 999)} {three}"
    half = year % 100 + (50 if rng.random() < 0.5 and year < 2013 else 0)
    return f"{rng.choice('YVWRF')}{rng.choice('ABCDEFGHJK')}{half:02d} {three}"


def _one(rng: random.Random, items: list[str], but: tuple[str, ...] = ()) -> str:
    return rng.choice([i for i in items if i not in but])


def _decoy(doc: Doc, decoys: tuple[str, ...], chance: float) -> None:
    """Sometimes a different person one letter or sound from a cast member, named in full,
    now and then beside the person they resemble (the least used of `decoys` so far)."""
    if doc.rng.random() >= chance:
        return
    uses = doc.planner.decoy_uses
    fewest = min(uses[d] for d in decoys)
    decoy = doc.rng.choice([d for d in decoys if uses[d] == fewest])  # spread them evenly
    uses[decoy] += 1
    person = BY_NAME[decoy]
    role = person.role.lower()
    if doc.rng.random() < 0.35:
        real = doc.name(person.decoy_of)
        doc.p(f"NB {doc.name(decoy)} ({role}) is a different person from {real} and is not "
              "connected.")
        return
    written = doc.name(decoy)
    doc.p(doc.rng.choice([f"{written} ({role}) was spoken to and is not of interest.",
                          f"Enquiries with {written}, a {role}, were negative.",
                          f"{written}, {role}, has been ruled out (alibi confirmed)."]))


def statement(doc: Doc) -> None:
    """A witness statement: the header lines, the account, its continuation, and who took it."""
    rng = doc.rng
    witness = rng.choice([*WORKERS, HEAD, HOUSING, *PARENTS, *PARENTS, *UNIFORM])
    taker, kid, suspect = rng.choice(DETECTIVES + UNIFORM), rng.choice(YOUNG), rng.choice(SUSPECTS)
    doc.h(f"{doc.thing('RESTRICTED', 'heading')} (when complete)")
    doc.h(doc.thing("STATEMENT OF WITNESS", "heading"))
    doc.p(f"{doc.thing('Name of witness', 'label')}: {doc.name(witness)}")
    doc.p(f"{doc.thing('Occupation', 'label')}: {BY_NAME[witness].role or 'Not given'}    "
          f"Page 1 of 2    URN {rng.randint(10, 99)}EW{rng.randint(10000, 99999)}")
    vehicle = doc.thing(rng.choice(VEHICLES), "vehicle")
    doc.p(f"I am the above named. At about {rng.randint(18, 23)}:{rng.randint(10, 59)} on "
          f"{doc.date:%d %B %Y} I was on {doc.thing(rng.choice(STREETS), 'place')} when a "
          f"{vehicle} stopped and {doc.young(kid)} got in. I recognised the driver as "
          f"{doc.name(suspect)} because he used to come into "
          f"{doc.thing(rng.choice(FIRMS), 'firm')}.")
    if rng.random() < 0.4:
        other = _one(rng, SUSPECTS, (suspect,))
        doc.p(f"Continuation of statement of {doc.name(witness)}    Page 2 of 2")
        doc.p(f"A second man, {doc.name(other)}, was in the back. I had seen both of them at "
              f"{doc.thing(rng.choice(HOMES), 'building')} before.")
    if rng.random() < 0.3:
        friend = _one(rng, YOUNG, (kid,))
        doc.p(f"I also know {doc.young(friend)}, who had been with them earlier that evening.")
    _decoy(doc, ("Parisa Jafri", "Senayt Gebremedhin", "Craig Hazeltine"), 0.3)
    doc.p(f"{doc.thing('Statement taken by', 'label')}: {doc.name(taker)}    "
          f"{doc.thing('Signature of witness', 'label')}: ........")


def conference_minutes(doc: Doc) -> None:
    """Minutes of a child protection conference: an attendance table, the discussion, the
    decision and who took the minutes."""
    rng = doc.rng
    chair = rng.choice([MANAGER, MANAGER, SENIOR[1]])
    officer = _one(rng, [*DETECTIVES, *SENIOR], (chair,))
    worker, kid = rng.choice(WORKERS), rng.choice(YOUNG)
    doc.h(doc.thing("CHILD PROTECTION CONFERENCE", "heading")
          + f" - {doc.thing(rng.choice(OFFICES), 'building')}, {doc.date:%d.%m.%Y}")
    rows = [[doc.thing("Attendee", "label"), doc.thing("Agency", "label"), "Role"],
            [doc.name(chair), COUNCIL_SHORT if chair == MANAGER else FORCE_SHORT, "Chair"],
            [doc.name(officer), doc.thing(FORCE, "org"), "Officer in case"],
            [doc.name(worker), COUNCIL_SHORT, "Allocated worker"]]
    if rng.random() < 0.5:
        rows.append([doc.name(HEAD), doc.thing(SCHOOL, "org"), "Head Teacher"])
    if kid in PARENT_OF and rng.random() < 0.8:
        rows.append([doc.name(PARENT_OF[kid]), "-", "Parent"])
    doc.table(rows)
    doc.p(f"{doc.thing('Apologies', 'label')}: "
          f"{doc.name(_one(rng, [*SOCIAL, *COUNCILLORS], (worker, chair)))}")
    doc.p(f"{doc.thing('Minute taker', 'label')}: {doc.name(_one(rng, SOCIAL, (worker, chair)))}")
    doc.h(f"1. {doc.thing('Information shared', 'heading')}")
    suspect = rng.choice(SUSPECTS)
    doc.p(f"1.1 {doc.young(kid)} was found at an address on "
          f"{doc.thing(rng.choice(STREETS), 'place')} with {doc.name(suspect)}. "
          f"{doc.name(officer)} confirmed a {doc.thing(rng.choice(VEHICLES), 'vehicle')} "
          f"linked to {doc.name(suspect)} was seen there.")
    if rng.random() < 0.4:
        doc.p(f"1.2 {doc.name(rng.choice(COLLARED))} attended the address and made a record.")
    _decoy(doc, DECOYS, 0.22)
    doc.h(f"2. {doc.thing('Decision', 'heading')}")
    doc.p(f"Child protection plan under the category of sexual abuse. Key worker: "
          f"{doc.name(worker)}. Review in three months.")


def pocket_notebook(doc: Doc) -> None:
    """A typed transcript of an officer's pocket notebook: timed lines, then the signature."""
    rng = doc.rng
    officer = rng.choice(UNIFORM + DETECTIVES)
    partner = _one(rng, UNIFORM, (officer,))
    doc.h(f"{doc.thing('POCKET NOTEBOOK', 'heading')} - transcript - {doc.operation}")
    doc.p(f"{doc.date:%d/%m/%y}  {rng.randint(18, 22)}00  On duty with {doc.name(partner)}, "
          f"mobile patrol, {doc.thing(rng.choice(STATIONS), 'building')}.")
    suspect, kid = rng.choice(SUSPECTS), rng.choice(YOUNG)
    vehicle = doc.thing(rng.choice(VEHICLES), "vehicle")
    doc.p(f"{rng.randint(22, 23)}{rng.randint(10, 59)}  {vehicle} VRM {_reg(rng, doc.date.year)} "
          f"stopped on {doc.thing(rng.choice(STREETS), 'place')}. Driver {doc.name(suspect)}.")
    doc.p(f"{rng.randint(0, 1):02d}{rng.randint(10, 59)}  Passenger {doc.young(kid)}, who gave "
          f"the name {doc.thing(rng.choice(STRANGERS), 'forename')} at first.")
    if rng.random() < 0.45:
        doc.p(f"0{rng.randint(2, 3)}{rng.randint(10, 59)}  Returned to "
              f"{doc.thing(rng.choice(HOMES), 'building')}, handed to staff. Informed "
              f"{doc.name(rng.choice(DETECTIVES))}.")
    if rng.random() < 0.3:
        doc.p(f"Search of vehicle: two phones, receipt from {doc.thing(rng.choice(FIRMS), 'firm')}.")
    _decoy(doc, ("Vladislav Kusnetsov", "Martyn Cawley", "Craig Hazeltine"), 0.3)
    doc.p(f"{doc.thing('Signed', 'label')}: {doc.name(officer)}   "
          f"{doc.thing('Checked by', 'label')}: {doc.thing('Reviewing Sergeant', 'title')}")


def screening(doc: Doc) -> None:
    """An exploitation screening form: the child, a scored grid of indicators, sign-offs."""
    rng = doc.rng
    kid = rng.choice(YOUNG)
    completer = rng.choice([*WORKERS, HEAD, *UNIFORM, HOUSING])
    doc.h(f"{doc.thing(COUNCIL, 'org')} - {doc.thing('CSE SCREENING TOOL', 'heading')}")
    doc.p(f"{doc.thing('Name of child', 'label')}: {doc.young(kid)}    "
          f"{doc.thing('Parent/carer', 'label')}: "
          f"{doc.name(PARENT_OF[kid]) if kid in PARENT_OF else 'Local authority'}")
    indicators = ["Missing episodes", "Older 'boyfriend'", "Unexplained gifts",
                  "Seen in cars", "Drugs/alcohol"]
    doc.table([[doc.thing("Indicator", "label"), doc.thing("Score (0-3)", "label")],
               *[[item, str(rng.randint(0, 3))] for item in indicators]])
    doc.p(f"Adult of concern: {doc.name(rng.choice(SUSPECTS))}, seen with the child in a "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} near "
          f"{doc.thing(rng.choice(FIRMS), 'firm')}.")
    if rng.random() < 0.35:
        doc.p(f"Associates: {doc.young(_one(rng, YOUNG, (kid,)))}.")
    _decoy(doc, ("Parisa Jafri", "Senayt Gebremedhin", "Jayesh Thakker"), 0.3)
    doc.p(f"{doc.thing('Completed by', 'label')}: {doc.name(completer)}   "
          f"{doc.thing('Line manager', 'label')}: {doc.name(MANAGER)}   "
          f"Shared with {doc.name(rng.choice(DETECTIVES))} ({doc.thing(FORCE_SHORT, 'org')})")


def court_register(doc: Doc) -> None:
    """An extract of a magistrates' court register: one line per defendant, then the bench."""
    rng = doc.rng
    defendants = rng.sample(SUSPECTS, rng.choice([1, 2, 2, 3]))
    doc.h(f"{doc.thing(COURT, 'building')} - "
          f"{doc.thing('COURT REGISTER', 'heading')} - {doc.date:%A %d %B %Y}")
    rows = [[doc.thing("No.", "label"), doc.thing("Defendant", "label"),
             doc.thing("Offence", "label"), doc.thing("Result", "label")]]
    for n, suspect in enumerate(defendants, start=1):
        rows.append([str(n), doc.name(suspect),
                     rng.choice(["Child abduction (s.2 CAA 1984)", "Sexual activity with a child",
                                 "Arranging a child sex offence", "Trafficking (s.58)"]),
                     rng.choice(["Adjourned", "Committed to Crown Court", "Remanded in custody",
                                 "Bail with conditions"])])
    doc.table(rows)
    doc.p(f"{doc.thing('Officer in case', 'label')}: {doc.name(rng.choice(DETECTIVES + SENIOR))}")
    doc.p(f"{doc.thing('Defence', 'label')}: {doc.name(SOLICITOR)} ({doc.thing(LAW_FIRM, 'firm')})")
    if rng.random() < 0.4:
        doc.p(f"Condition: not to contact {doc.young(rng.choice(YOUNG))} directly or indirectly; "
              f"not to enter {doc.thing(rng.choice(STREETS), 'place')}.")
    _decoy(doc, ("Vladislav Kusnetsov", "Martyn Cawley"), 0.3)


def letter(doc: Doc) -> None:
    """A letter: professional standards to a parent, a councillor, a solicitor, the school."""
    rng = doc.rng
    kind = rng.choice(["standards", "councillor", "solicitor", "school"])
    doc.p(f"Date: {doc.date:%d/%m/%Y}")
    if kind == "standards":
        kid = rng.choice(list(PARENT_OF))
        sender, to = SENIOR[1], PARENT_OF[kid]
        doc.p(f"{doc.thing('Professional Standards Department', 'org')}, {FORCE}")
        doc.p(f"Dear {doc.name(to)},")
        doc.p(f"Your complaint about the handling of the report concerning {doc.young(kid)} has "
              f"been reviewed. The actions of {doc.name(rng.choice(UNIFORM))} were "
              f"examined, as was the decision not to arrest {doc.name(rng.choice(SUSPECTS))}.")
    elif kind == "councillor":
        sender, to = rng.choice(COUNCILLORS), rng.choice(SENIOR)
        doc.p(f"Members' Office, {doc.thing(COUNCIL, 'org')}")
        doc.p(f"Dear {doc.name(to)},")
        doc.p(f"Constituents living on {doc.thing(rng.choice(STREETS), 'place')} report young "
              f"girls being taken from {doc.thing(rng.choice(FIRMS), 'firm')} in a "
              f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}. I have copied "
              f"{doc.name(MANAGER)}.")
    elif kind == "solicitor":
        sender, to = SOLICITOR, rng.choice(DETECTIVES)
        doc.p(f"{doc.thing(LAW_FIRM, 'firm')}   Your ref: {rng.randint(1000, 9999)}   "
              f"Our ref: MCK/{rng.randint(100, 999)}")
        doc.p(f"Dear {doc.name(to)},")
        doc.p(f"Re: our client {doc.name(rng.choice(SUSPECTS))}. We ask for disclosure of the "
              f"notebook of {doc.name(rng.choice(COLLARED))} and the custody record signed by "
              f"{doc.name(CUSTODY_SGT)}.")
    else:
        sender, to = HEAD, rng.choice(SOCIAL)
        doc.p(f"{doc.thing(SCHOOL, 'org')}, {TOWN}")
        doc.p(f"Dear {doc.name(to)},")
        doc.p(f"I write about {doc.young(rng.choice(YOUNG))}, whose attendance has fallen to 40%. "
              f"Staff have seen a {doc.thing(rng.choice(VEHICLES), 'vehicle')} waiting at the "
              "bottom gate most afternoons.")
    _decoy(doc, DECOYS, 0.16)
    if rng.random() < 0.35:
        doc.p(f"cc {doc.name(rng.choice(COUNCILLORS), email_ok=True)}")
    doc.p(rng.choice(["Yours sincerely", "Yours faithfully", "Yours truly"]))
    doc.p(doc.name(sender))
    doc.p(BY_NAME[sender].role)


def email(doc: Doc) -> None:
    """An e-mail reply with a signature, quoting the thread below it: Notes-style, forwarded,
    or answered inline."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"Re: {doc.operation}", "Re: conference on Thursday",
                          "Re: screening tool", "RE: court result", "Fw: notebook entries"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.45 else [], subject=subject)
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    style = rng.choice(["notes", "forward", "inline"])
    if style == "inline":
        doc.p("Answers below in capitals.")
    else:
        hello = "All" if _by_address(doc, first) else doc.name(first)
        doc.p(f"{hello} -\n{doc.young(kid)} has gone missing again and was last seen with "
              f"{doc.name(suspect)} near {doc.thing(rng.choice(FIRMS), 'firm')}. "
              f"{doc.name(rng.choice(SENIOR))} is aware.")
    if rng.random() < 0.3:
        doc.p(f"Please loop in {doc.name(rng.choice(WITH_EMAIL), email_ok=True)}.")
    _decoy(doc, DECOYS, 0.16)
    doc.p(_signature(doc, sender))
    day = f"{doc.date:%d/%m/%Y} {rng.randint(8, 17):02d}:{rng.randint(10, 59)}"
    if style == "notes":
        doc.p(f"{_notes_name(doc, first)}\n{day}\nTo: {_notes_name(doc, sender)}\n"
              f"Subject: {subject[4:]}")
        doc.p(f"Do we know who is driving the {doc.thing(rng.choice(VEHICLES), 'vehicle')}? "
              f"{doc.name(rng.choice(COLLARED))} thinks it is {doc.name(suspect)}.")
    elif style == "forward":
        doc.p(f"---------- Forwarded message ----------\nFrom: {doc.name(first, email_ok=True)}"
              f"\nDate: {day}\nSubject: {subject[4:]}\nTo: {doc.name(sender, email_ok=True)}")
        doc.p(f"Notebook entries attached from {doc.name(rng.choice(COLLARED))}. "
              f"{doc.young(kid)} was in the car on {doc.thing(rng.choice(STREETS), 'place')}.")
    else:
        doc.p(f"-----Reply from {doc.name(first, email_ok=True)} at {day}-----")
        doc.p(f"> Is {doc.name(suspect)} still at the same address?\nYES, "
              f"{doc.thing(rng.choice(STREETS).upper(), 'place')} - CONFIRMED BY "
              f"{doc.name(rng.choice(COLLARED))}.")
        doc.p(f"> Has anyone spoken to {doc.young(kid)}?\nNOT YET.")


def _notes_name(doc: Doc, canonical: str) -> str:
    """A Notes-style hierarchical name: the person, their unit and the organisation."""
    person = BY_NAME[canonical]
    written = doc.name(canonical)
    if written == person.email:  # someone outside the Notes directory: the address alone
        return written
    return f"{written}/{UNIT[person.group]}/{TOWN[:4].upper()}"


def _signature(doc: Doc, sender: str) -> str:
    """A sign-off, sometimes with the nickname, then a signature block naming the sender
    unless the address alone names them."""
    person = BY_NAME[sender]
    lines = [doc.rng.choice(["Regards", "Many thanks", "Best wishes"])]
    if person.nickname and doc.rng.random() < 0.4:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    if not _by_address(doc, sender):
        lines.append(f"{doc.name(sender)} | {person.role}")
    org = FORCE if person.group == "police" else (COUNCIL if person.group == "council"
                                                  else SCHOOL if person.group == "school"
                                                  else LAW_FIRM)
    lines.append(doc.thing(org, "firm" if org == LAW_FIRM else "org"))
    lines.append(f"Ext. {doc.rng.randint(2000, 7999)}  |  Mob. 07700 {doc.rng.randint(900000, 999999)}")
    return "\n".join(lines)


def _by_address(doc: Doc, canonical: str) -> bool:
    """Whether this e-mail names the person only by their address."""
    return doc.plans.get(canonical) == ("only", "email")


def _address(doc: Doc, canonical: str) -> str:
    """A header address: the bare address when that is the planned form, else a display name
    (with the unit after it, as address books add)."""
    person = BY_NAME[canonical]
    shown = doc.name(canonical, email_ok=True)
    if '"' in shown or "(" in shown:  # no quotes or comments inside a quoted display name
        shown = shown.replace('"', "'").replace(" (", ", ").replace(")", "")
        doc.written[canonical][-1] = shown
    if shown == person.email:
        return person.email
    doc.record(canonical, "email", person.email)
    unit = f" ({UNIT[person.group]})" if doc.rng.random() < 0.5 else ""
    return f'"{shown}{unit}" <{person.email}>'


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "statement": statement, "conference_minutes": conference_minutes,
    "pocket_notebook": pocket_notebook, "screening": screening,
    "court_register": court_register, "email": email, "letter": letter,
}
