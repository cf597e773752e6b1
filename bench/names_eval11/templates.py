"""The eight kinds of case file of the eleventh set, each written through a `Doc`.

Hotel registration cards checked on a hotel-watch visit (a form), taxi dispatch records (a table
of jobs), serious case review panel minutes (numbered items, an action list), witness statements
laid out anew (a header of fields, numbered paragraphs, "Statement taken by"), professional
standards complaint records (a form), call data analysis sheets (a table of numbers attributed
to subscribers), e-mails (top-posted replies over an Outlook "From: / Sent:" block under a line
of underscores, or bottom-posted replies under an "On ... wrote:" line with two levels of "> ";
display names with the organisation after a slash in half the headers; a "Regards," sign-off
with the name, role and organisation on lines of their own) and letters of seven kinds ("For the
attention of", "Private & Confidential", "Copies to:"). Worded and laid out for this set. People
are picked by role and written through `Doc.name` / `Doc.young`; non-persons through
`Doc.thing`.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.names_eval9 import templates as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval11.cast import BY_NAME, CAST, COUNCIL, FORCE, FORCE_SHORT, TOWN
from bench.names_eval11.doc import Doc

VEHICLES = ("Proton Persona", "Kia Rio", "Toyota Avensis", "Ford Galaxy", "Hyundai Accent",
            "Fiat Punto", "Rover 214", "Volvo V40", "Chrysler Voyager", "Audi A4 Avant",
            "Peugeot Partner", "Toyota Prius", "Nissan Primera", "Vauxhall Omega")
STREETS = ("Gawthorpe Ter", "Lidget Gn", "Wibsey Fold Rd", "Sunbridge Ave", "Cawcliffe Cres",
           "Jagger Ln", "Priestthorpe Wlk", "Scarthwaite Pde", "Hollin Hall Dr", "Mytholm Cft")
HOMES = ("Lidget Gn Children's Home", "Sunbridge Ho. (16+ unit)", "Cawcliffe Lodge Res. Unit")
OFFICES = ("Quarrington Town Hall, Cttee Rm 3", "Scarthwaite Area Office", "WAC HQ, Conf. Rm B")
STATIONS = ("Quarrington Police Stn", "Scarthwaite Custody Suite", "Jagger Ln Police Office")
HOTELS = ("Travel Stop Quarrington", "The Mytholm Arms Hotel", "Sunbridge Lodge Guest Ho.",
          "Airport Way Budget Inn")
TAXI_FIRMS = ("Quick Cabs QB", "Aire Line Taxis", "Triple A Private Hire", "Blue Star Cars")
FIRMS = ("Chidiac Hand Car Wash", "Memon Mobiles", "Spice Garden Takeaway", "Lucky 7 Amusements",
         "Pennine Vape & Phone", "Jagger Ln Mini Mart", "Ospina Motors", "Club Tropicana Bar")
LAW_FIRM = "Odisho Law Solicitors"
SCHOOL = "Scarthwaite Academy"
SURGERY = "Sunbridge Ave Health Centre"
CHURCH = "St Brendan's RC Church"
STRANGERS = ("Smiley", "Deano", "Tricky", "Bossman", "Wazza")

COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS")]
SENIOR = ["Gemechu Tolosa", "Pieter-Jan Vercruysse", "Myrat Annaýew"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PCSO", "PS")]
CUSTODY = "Mawuli Agbeko"
ANALYST = "Zarine Daruwalla"
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
WORKERS = ["Conceição Fernandes", "Lounès Aït-Mokrane", "Chanda Mulenga", "Conceição Fernandes"]
MANAGER, YOT = "Mariana Restrepo Gaviria", "Ochieng' Odhiambo"
HEAD, SOLICITOR = "Barnaby Pilling-Orme", "Shamiram Odisho"
PRIEST, GP, INTERPRETER = "Osagie Igbinedion", "Chih-wei Lin", "Fathimath Nazeera"
YOUNG = [p.canonical for p in CAST if p.group == "young"]
# Suspects who also use another name are picked more often, so that it is measured enough.
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect" for _ in range(2 if p.alias else 1)]
PARENT_OF = {"Chaltu Gemechu": "Gemechu Dinsa", "Hawa Diallo": "Kadiatou Diallo",
             "Demi-Leigh Birkinshaw": "Sharon Birkinshaw"}
PARENTS = list(PARENT_OF.values())
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
UNIT = {"police": FORCE_SHORT, "council": "QDC", "school": "Scarthwaite Academy",
        "solicitor": "Odisho Law", "church": "St Brendan's", "hospital": "NHS",
        "interpreter": "QDC Language Service"}
ORG = {"police": FORCE, "council": COUNCIL, "school": SCHOOL, "solicitor": LAW_FIRM,
       "church": CHURCH, "hospital": SURGERY, "interpreter": COUNCIL}


def _reg(rng: random.Random, year: int) -> str:
    """A UK registration mark of the document's era."""
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    three = "".join(rng.choice(letters) for _ in range(3))
    if year < 2001:
        return f"{rng.choice('LMNPRSTVWX')}{rng.randint(1, 999)} {three}"
    half = year % 100 + (50 if rng.random() < 0.5 else 0)
    return f"{rng.choice('BDGLMSY')}{rng.choice('ABCDEFGHJK')}{half:02d} {three}"


# The ninth set's helpers: one of a list but some; a person's organisation as a non-person (bound
# to this set's organisations); whether an e-mail names a person only by their address.
_one = ninth._one
_org = bound(ninth._org, BY_NAME=BY_NAME, COUNCIL=COUNCIL, LAW_FIRM=LAW_FIRM, ORG=ORG,
             SURGERY=SURGERY)
_by_address = ninth._by_address


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
        doc.p(f"Note: {doc.name(decoy)} ({role}) is not {real}; different date of birth "
              "and address.")
        return
    written = doc.name(decoy)
    doc.p(doc.rng.choice([f"Also spoken to: {written}, {role}. No concerns.",
                          f"{written} ({role}) was seen nearby; eliminated.",
                          f"Checks on {written}, {role}, negative."]))


def hotel_card(doc: Doc) -> None:
    """A hotel registration card seen on a hotel-watch visit: the guest, the room, who was
    with them, the officer who checked it."""
    rng = doc.rng
    suspect = rng.choice(SUSPECTS)
    doc.h(doc.thing("GUEST REGISTRATION CARD", "heading"))
    doc.p(f"{doc.thing(rng.choice(HOTELS), 'building')}   {doc.thing('Room', 'label')}: "
          f"{rng.randint(1, 60)}   {doc.thing('Arrival', 'label')}: {doc.date:%d/%m/%Y}")
    doc.p(f"{doc.thing('Guest name', 'label')}: {doc.name(suspect)}")
    doc.p(f"{doc.thing('Home address', 'label')}: {rng.randint(2, 140)} "
          f"{doc.thing(rng.choice(STREETS), 'place')}, {TOWN}")
    doc.p(f"{doc.thing('Car make / reg', 'label')}: {doc.thing(rng.choice(VEHICLES), 'vehicle')}"
          f" / {_reg(rng, doc.date.year)}")
    doc.p(f"{doc.thing('Payment', 'label')}: cash   {doc.thing('Nights', 'label')}: 1")
    doc.p(f"{doc.thing('Hotel watch check', 'label')}: card photocopied by "
          f"{doc.name(rng.choice(UNIFORM + DETECTIVES))}. Night porter describes a girl of about "
          f"14 arriving later; believed to be {doc.young(rng.choice(YOUNG))}.")
    if rng.random() < 0.35:
        doc.p(f"Second room booked by phone in the name of "
              f"{doc.name(_one(rng, SUSPECTS, (suspect,)))}.")
    if rng.random() < 0.3:
        doc.p(f"Porter says a man called {doc.thing(rng.choice(STRANGERS), 'forename')} "
              f"dropped them off in a {doc.thing(rng.choice(TAXI_FIRMS), 'firm')} car.")
    _decoy(doc, DECOYS, 0.25)
    doc.p(f"{doc.thing('Passed to', 'label')}: {doc.name(ANALYST)}")


def taxi_dispatch(doc: Doc) -> None:
    """A taxi firm's dispatch record: jobs by time, pick-up, drop, driver, account."""
    rng = doc.rng
    firm = rng.choice(TAXI_FIRMS)
    doc.h(f"{doc.thing(firm, 'firm')} - {doc.thing('DISPATCH RECORD', 'heading')}")
    doc.p(f"{doc.thing('Shift', 'label')}: {doc.date:%a %d %b %Y} 18:00-06:00   "
          f"{doc.thing('Controller', 'label')}: {doc.thing(rng.choice(STRANGERS), 'forename')}")
    rows = [[doc.thing("Time", "label"), doc.thing("Pick up", "label"),
             doc.thing("Drop", "label"), doc.thing("Driver", "label"),
             doc.thing("Account", "label")]]
    for _ in range(rng.randint(2, 3)):
        time = f"{rng.randint(19, 23)}:{rng.randint(0, 59):02d}"
        rows.append([time, doc.thing(rng.choice(STREETS), "place"),
                     doc.thing(rng.choice(HOTELS), "building"),
                     doc.name(rng.choice(SUSPECTS)), rng.choice(["cash", "acct 114", "acct 9"])])
    doc.table(rows)
    doc.p(f"Produced to {doc.name(rng.choice(DETECTIVES))} under a production order. "
          f"Passenger on job 2 identified as {doc.young(rng.choice(YOUNG))}.")
    if rng.random() < 0.4:
        doc.p(f"Licensing check requested from {doc.name(rng.choice(COUNCILLORS))}.")
    _decoy(doc, ("Jhon Fredy Ospino", "Shehzan Memon", "Toufic Chediac"), 0.4)


def scr_minutes(doc: Doc) -> None:
    """Minutes of a serious case review panel: present, apologies, numbered items, actions."""
    rng = doc.rng
    doc.h(doc.thing("SERIOUS CASE REVIEW PANEL - MINUTES", "heading"))
    doc.p(f"{doc.thing(rng.choice(OFFICES), 'building')}, {doc.date:%d %B %Y}")
    chair = rng.choice(COUNCILLORS)
    present = [rng.choice(SENIOR), rng.choice(WORKERS), MANAGER]
    doc.p(f"{doc.thing('Present', 'label')}: {doc.name(chair)} (Chair); "
          + "; ".join(dict.fromkeys(doc.name(p) for p in dict.fromkeys(present))))
    doc.p(f"{doc.thing('Apologies', 'label')}: {doc.name(rng.choice([HEAD, GP, YOT]))}")
    kid = rng.choice([*YOUNG, *PARENT_OF])  # children whose family attends, more often
    doc.p(f"1. Chronology for {doc.young(kid)} agreed. Contact with "
          f"{doc.name(rng.choice(SUSPECTS))} began in the summer.")
    if kid in PARENT_OF:
        doc.p(f"1a. {doc.name(PARENT_OF[kid])} attended for this item and gave the family's view.")
    doc.p(f"2. Missing episodes: {doc.name(rng.choice(UNIFORM))} reported four in one month, "
          f"twice found at {doc.thing(rng.choice(FIRMS), 'firm')}.")
    if rng.random() < 0.4:
        doc.p(f"3. Faith community: {doc.name(PRIEST)} offered to speak to families.")
    _decoy(doc, DECOYS, 0.2)
    doc.p(f"{doc.thing('ACTIONS', 'heading')}: {doc.name(MANAGER)} to complete the agency "
          f"report; {doc.name(ANALYST)} to map associates by next meeting.")


def statement(doc: Doc) -> None:
    """A witness statement: a header of fields, numbered paragraphs, who took it."""
    rng = doc.rng
    witness = rng.choice([*PARENTS, HEAD, PRIEST, GP, *YOUNG])
    doc.h(doc.thing("WITNESS STATEMENT", "heading"))
    young = witness in YOUNG
    shown = doc.young(witness) if young else doc.name(witness)
    doc.p(f"{doc.thing('Statement of', 'label')}: {shown}\n"
          f"{doc.thing('Age if under 18', 'label')}: {'15' if young else 'over 18'}   "
          f"{doc.thing('Occupation', 'label')}: {BY_NAME[witness].role or 'not stated'}")
    doc.p(f"1. I live on {doc.thing(rng.choice(STREETS), 'place')}. On the night in question "
          f"I saw a {doc.thing(rng.choice(VEHICLES), 'vehicle')} pull up.")
    doc.p(f"2. The driver was {doc.name(rng.choice(SUSPECTS))}. I know him from "
          f"{doc.thing(rng.choice(FIRMS), 'firm')}.")
    number = 3
    if not young:
        doc.p(f"3. In the back was {doc.young(rng.choice(YOUNG))}.")
        number = 4
    if rng.random() < 0.3:
        doc.p(f"{number}. This statement was read back to me through {doc.name(INTERPRETER)}.")
    _decoy(doc, ("Ninos Yonnan", "Dwayne Gledhill", "Osaru Igbinedion"), 0.38)
    doc.p(f"{doc.thing('Statement taken by', 'label')}: {doc.name(rng.choice(DETECTIVES))}   "
          f"at {doc.thing(rng.choice(STATIONS), 'building')}")


def complaint_form(doc: Doc) -> None:
    """A professional standards complaint record: complainant, officer complained of,
    allegation, assessment."""
    rng = doc.rng
    complainant = rng.choice([*PARENTS, *PARENTS, *dict.fromkeys(SUSPECTS)])
    doc.h(doc.thing("COMPLAINT AGAINST POLICE - RECORD", "heading"))
    doc.p(f"{doc.thing('PSD ref', 'label')}: CO/{rng.randint(100, 999)}/{doc.date:%y}")
    doc.p(f"{doc.thing('Complainant', 'label')}: {doc.name(complainant)}")
    if rng.random() < 0.45:
        doc.p(f"{doc.thing('Represented by', 'label')}: {doc.name(SOLICITOR)}, "
              f"{doc.thing(LAW_FIRM, 'firm')}")
    officer = rng.choice([*COLLARED, *DETECTIVES])
    doc.p(f"{doc.thing('Officer(s) subject', 'label')}: {doc.name(officer)}")
    doc.p(f"{doc.thing('Allegation', 'label')}: failed to act on a report that "
          f"{doc.young(rng.choice(YOUNG))} was seen in a "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} at {doc.thing(rng.choice(HOTELS), 'building')}.")
    _decoy(doc, DECOYS, 0.2)
    outcome = rng.choice(["local resolution", "investigate", "no case to answer"])
    doc.p(f"{doc.thing('Assessed by', 'label')}: {doc.name(rng.choice(SENIOR))}   "
          f"{doc.thing('Outcome', 'label')}: {outcome}")


def call_data(doc: Doc) -> None:
    """A call data analysis sheet: numbers, the subscriber each is attributed to, the count."""
    rng = doc.rng
    target = rng.choice(SUSPECTS)
    doc.h(doc.thing("CALL DATA ANALYSIS - TOP CONTACTS", "heading"))
    doc.p(f"{doc.thing('Target handset', 'label')}: 07{rng.randint(100000000, 999999999)} "
          f"({doc.name(target)})   {doc.thing('Analyst', 'label')}: {doc.name(ANALYST)}")
    rows = [[doc.thing("Number", "label"), doc.thing("Attributed to", "label"),
             doc.thing("Calls", "label"), doc.thing("Texts", "label")]]
    others = rng.sample([s for s in dict.fromkeys(SUSPECTS) if s != target], 2)
    rows.append([f"07{rng.randint(100000000, 999999999)}", doc.name(others[0]),
                 str(rng.randint(5, 90)), str(rng.randint(10, 300))])
    rows.append([f"07{rng.randint(100000000, 999999999)}", doc.young(rng.choice(YOUNG)),
                 str(rng.randint(5, 90)), str(rng.randint(10, 300))])
    if rng.random() < 0.5:
        rows.append([f"07{rng.randint(100000000, 999999999)}", doc.name(others[1]),
                     str(rng.randint(1, 20)), str(rng.randint(0, 40))])
    doc.table(rows)
    _decoy(doc, ("Jhon Fredy Ospino", "Toufic Chediac", "Ninos Yonnan"), 0.4)
    doc.p(f"Cell site places the handset near {doc.thing(rng.choice(HOTELS), 'building')}. "
          f"Requested by {doc.name(rng.choice(DETECTIVES))}.")


def _letter_body(doc: Doc, kind: str, kid: str) -> str:
    """The paragraph of one kind of letter (only that kind's names are written)."""
    rng = doc.rng
    if kind == "gp":
        return (f"I saw {doc.young(kid)} in surgery. She named "
                f"{doc.name(rng.choice(SUSPECTS))} as the man who had bought her a phone.")
    if kind == "priest":
        return (f"Parishioners of {doc.thing(CHURCH, 'org')} have noticed a "
                f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} outside the youth club.")
    if kind == "solicitor":
        return (f"We act for {doc.name(rng.choice(SUSPECTS))}. We ask for disclosure of any "
                f"account given by {doc.young(kid)}.")
    if kind == "family":
        return (f"Thank you for meeting me about {doc.young(kid)}. I still see "
                f"{doc.name(rng.choice(SUSPECTS))} outside {doc.thing(rng.choice(FIRMS), 'firm')}.")
    if kind == "parent":
        return (f"I have had no reply about {doc.young(kid)}. "
                f"{doc.name(rng.choice(SUSPECTS))} still waits on "
                f"{doc.thing(rng.choice(STREETS), 'place')} after school.")
    if kind == "school":
        return (f"{doc.young(kid)} has missed {rng.randint(10, 40)} sessions. A man the pupils "
                f"call {doc.thing(rng.choice(STRANGERS), 'forename')} waits at the gate.")
    return (f"Constituents have complained about {doc.thing(rng.choice(FIRMS), 'firm')} again. "
            f"{doc.name(MANAGER)} has the details.")


_SENDERS: dict[str, tuple[list[str], list[str]]] = {
    "gp": ([GP], WORKERS), "priest": ([PRIEST], SENIOR), "solicitor": ([SOLICITOR], DETECTIVES),
    "parent": (PARENTS, [MANAGER, *COUNCILLORS]), "school": ([HEAD], [*WORKERS, YOT]),
    "councillor": (COUNCILLORS, SENIOR), "family": (PARENTS, ["Ramesh Persaud", MANAGER]),
}


def letter(doc: Doc) -> None:
    """A letter of one of seven kinds: "Private & Confidential", "For the attention of", date,
    salutation, body, signature, "Copies to:"."""
    rng = doc.rng
    kind = rng.choice(list(_SENDERS))
    senders, recipients = _SENDERS[kind]
    sender, to = rng.choice(senders), rng.choice(recipients)
    doc.p(_org(doc, sender) if BY_NAME[sender].group in ORG else TOWN)
    if rng.random() < 0.4:
        doc.p(doc.thing("PRIVATE & CONFIDENTIAL", "heading"))
    doc.p(f"{doc.date:%d %B %Y}")
    if rng.random() < 0.4:
        doc.p(f"{doc.thing('For the attention of', 'label')}: {doc.name(to)}")
        doc.p("Dear Sir or Madam,")
    else:
        doc.p(f"Dear {doc.name(to)},")
    kid = rng.choice(YOUNG)
    if kind in ("parent", "family"):  # a parent writes about their own child
        kid = next(child for child, parent in PARENT_OF.items() if parent == sender)
    doc.p(_letter_body(doc, kind, kid))
    _decoy(doc, DECOYS, 0.22)
    doc.p(rng.choice(["Yours sincerely,", "Yours faithfully,", "Kind regards,"]))
    doc.p(doc.name(sender))
    if BY_NAME[sender].role:
        doc.p(BY_NAME[sender].role)
    if rng.random() < 0.35:
        doc.p(f"{doc.thing('Copies to', 'label')}: "
              f"{doc.name(rng.choice([*COUNCILLORS, ANALYST, MANAGER, YOT]), email_ok=True)}")


def email(doc: Doc) -> None:
    """A top-posted reply over an Outlook block under underscores, or a bottom-posted reply
    under an "On ... wrote:" line with two levels of quoting."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"RE: {doc.operation}", "RE: hotel watch", "RE: taxi records",
                          "RE: SCR panel", "RE: call data", "RE: statement"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.45 else [], subject=subject)
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    older = _one(rng, WITH_EMAIL, (sender,))
    question = f"Has anyone spoken to {doc.young(kid)} since the weekend?"
    seen = (f"{doc.name(rng.choice(COLLARED))} saw a {doc.thing(rng.choice(VEHICLES), 'vehicle')}"
            f" outside {doc.thing(rng.choice(HOTELS), 'building')}.")
    if rng.random() < 0.58:
        hello = "Hi all," if _by_address(doc, first) else f"Hi {doc.name(first)},"
        doc.p(f"{hello}\nYes - the car is kept by {doc.name(suspect)}. "
              f"{doc.name(rng.choice(SENIOR))} wants it on the next briefing.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))
        doc.p(f"________________________________\nFrom: {doc.name(older, email_ok=True)}\n"
              f"Sent: {doc.date:%d %B %Y} {rng.randint(8, 17):02d}:{rng.randint(10, 59)}\n"
              f"Subject: {subject[4:]}\n\n{question}\n{seen}")
    else:
        doc.p(f"On {doc.date:%d/%m/%Y} {rng.randint(8, 17):02d}:{rng.randint(10, 59)}, "
              f"{doc.name(older, email_ok=True)} wrote:\n> {question}\n> > {seen}")
        doc.p(f"{doc.name(rng.choice(WORKERS))} saw her on Monday. The driver was "
              f"{doc.name(suspect)}.")
        if rng.random() < 0.3:
            doc.p(f"Adding {doc.name(rng.choice(WITH_EMAIL), email_ok=True)} for info.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))


def _signature(doc: Doc, sender: str) -> str:
    """A "Regards," sign-off: a nickname sometimes, the name unless the address alone names
    the sender, the role and organisation on lines of their own, a mobile, and from 2007 a
    line about printing."""
    person = BY_NAME[sender]
    lines = [doc.rng.choice(["Regards,", "Thanks,", "Many thanks"])]
    if person.nickname and doc.rng.random() < 0.35:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    if not _by_address(doc, sender):
        lines.append(doc.name(sender))
    lines += [person.role, _org(doc, sender), f"Mob: 07700 {doc.rng.randint(900000, 999999)}"]
    if doc.date.year >= 2007 and doc.rng.random() < 0.4:
        lines.append("Please consider the environment before printing this e-mail.")
    return "\n".join(lines)


def _address(doc: Doc, canonical: str) -> str:
    """A header address: the bare address when that is the planned form, else a display name,
    in half the headers with the organisation after a slash."""
    person = BY_NAME[canonical]
    shown = doc.name(canonical, email_ok=True)
    if any(ch in shown for ch in '"()[]'):  # keep a display name valid
        planned = shown
        for old, new in (('"', ""), (" (", " - "), (")", ""), (" [", " - "), ("]", "")):
            shown = shown.replace(old, new)
        if doc.ambiguous and doc.ambiguous[-1]["written"] == planned:  # a namesake's form
            doc.ambiguous[-1]["written"] = shown
        else:
            doc.written[canonical][-1] = shown
    if shown == person.email:
        return person.email
    doc.record(canonical, "email", person.email)
    unit = f" / {UNIT[person.group]}" if doc.rng.random() < 0.5 else ""
    return f'"{shown}{unit}" <{person.email}>'


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "hotel_card": hotel_card, "taxi_dispatch": taxi_dispatch, "scr_minutes": scr_minutes,
    "statement": statement, "complaint_form": complaint_form, "call_data": call_data,
    "email": email, "letter": letter,
}
