"""The eight kinds of case file of the tenth set, each written through a `Doc`.

House-to-house enquiry questionnaires (a form of questions and answers), CCTV viewing logs (a
table of cameras and times), exhibit registers (seizure and continuity), police bail notices (a
form of conditions), a foster carer's daily log (dated entries), operational briefings (the
IIMARCH headings), e-mails (replies quoting the earlier message under a GroupWise ">>>" line,
or answering it point by point under "> " lines; display names with the unit in square
brackets; a "-- " signature with a direct dial) and letters of eight kinds ("Please ask for",
"Dictated by ... and signed in their absence", "cc."). Worded and laid out for this set. People
are picked by role and written through `Doc.name` / `Doc.young`; non-persons through
`Doc.thing`.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.names_eval9 import templates as ninth
from bench.names_eval10.cast import BY_NAME, CAST, COUNCIL, FORCE, FORCE_SHORT, TOWN
from bench.names_eval10.doc import Doc
from bench.names_eval10.reuse import bound

VEHICLES = ("Daewoo Lanos", "Nissan Almera", "Peugeot 206", "Vauxhall Zafira", "Skoda Octavia",
            "Citroen Xsara Picasso", "Mitsubishi Shogun", "Honda Civic", "Renault Clio",
            "Seat Ibiza", "Mazda 323", "LDV Convoy", "Subaru Impreza", "BMW 318i")
STREETS = ("Tanhouse Gr", "Norland Brow", "Kettlesing Mws", "Cragg Yd", "Pighill Wynd",
           "Ainleyford Hts", "Snaygill Sq", "Causeway Fm Cl", "Holmebrigg Bk", "Staups Ln")
HOMES = ("Tanhouse Ct Children's Home", "Snaygill Hse (semi-ind.)", "Ainleyford Lodge Resid. Unit")
OFFICES = ("Grimscar Civic Ctr, Rm 4", "Cleckmoor Div. Briefing Rm", "Ryburn Valley HQ, Conf Rm 2")
STATIONS = ("Grimscar Div. Police Stn", "Ryburn Valley Custody Ctr", "Cleckmoor Pol. Office")
FIRMS = ("Five Star Cars", "Grimscar Superbowl", "Golden Dragon Takeaway",
         "Ainleyford Valley Motors", "Cleckmoor Food & Wine", "Nite Owl Pizza", "Starlight Amusements",
         "Benslimane Phone Repairs", "Sutrisno Satay House")
LAW_FIRM = "Dolkar & Partners Solicitors"
SCHOOL = "Cleckmoor High School"
SURGERY = "Holmebrigg Bk Medical Practice"
CHURCH = "Bethel Tabernacle of Grimscar"
STRANGERS = ("Fizz", "Macca", "Spud", "Gilly", "Bomber")
CAMERAS = ("Cam 4 Norland Brow / Tanhouse Gr", "Cam 11 bus stn", "Cam 17 Snaygill Sq",
           "Cam 2 Cragg Yd rear")

COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS")]
SENIOR = ["Tewodros Alemayehu", "Aibek Toktogulov", "Sjoerd Hoekstra"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PCSO", "PS")]
CUSTODY = "Jógvan Joensen"
ANALYST = "Sakina Rezaie"
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
WORKERS = ["Youssef El Ouazzani", "Claudine Uwimana", "Rachael Dibb", "Rachael Dibb"]
MANAGER, ASB = "Sri Wahyuningsih", "Ednilson Semedo"
HEAD, SOLICITOR = "Fergus Moffat", "Tenzin Dolkar"
ELDER, GP, INTERPRETER = "Wilner Dorsainvil", "Pradeep Hegde", "Khin Thandar"
YOUNG = [p.canonical for p in CAST if p.group == "young"]
# Suspects who also use another name are picked more often, so that it is measured enough.
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect" for _ in range(2 if p.alias else 1)]
PARENT_OF = {"Tigist Alemayehu": "Alemayehu Bekele", "Liam Banda": "Mphatso Banda",
             "Shannon Duffield": "Tracey Duffield"}
PARENTS = list(PARENT_OF.values())
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
UNIT = {"police": FORCE_SHORT, "council": "GMBC", "school": "Cleckmoor High", "solicitor": "Dolkar",
        "church": "Bethel", "hospital": "NHS", "interpreter": "GMBC Interpreting"}
ORG = {"police": FORCE, "council": COUNCIL, "school": SCHOOL, "solicitor": LAW_FIRM,
       "church": CHURCH, "hospital": SURGERY, "interpreter": COUNCIL}


def _reg(rng: random.Random, year: int) -> str:
    """A UK registration mark of the document's era."""
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    three = "".join(rng.choice(letters) for _ in range(3))
    if year < 2001:
        return f"{rng.choice('NPRSTVWX')}{rng.randint(1, 999)} {three}"
    half = year % 100 + (50 if rng.random() < 0.5 else 0)
    return f"{rng.choice('CHKNPWY')}{rng.choice('ABCDEFGHJK')}{half:02d} {three}"


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
        doc.p(f"NB {doc.name(decoy)}, a {role}, is a different person from {real} "
              "(checked on PNC and by date of birth).")
        return
    written = doc.name(decoy)
    doc.p(doc.rng.choice([f"{written} ({role}) gave an account; not of interest.",
                          f"Enquiry made with {written}, {role} - nothing known.",
                          f"{written}, a {role}, was present but not involved."]))


def house_to_house(doc: Doc) -> None:
    """A house-to-house questionnaire: the address, the occupant, questions and answers."""
    rng = doc.rng
    suspect, street = rng.choice(SUSPECTS), rng.choice(STREETS)
    doc.h(doc.thing("HOUSE TO HOUSE ENQUIRY - QUESTIONNAIRE", "heading"))
    doc.p(f"{doc.operation}   {doc.thing('H2H Form', 'label')} {rng.randint(1, 400):03d}   "
          f"{doc.thing('Address', 'label')}: {rng.randint(1, 90)} {doc.thing(street, 'place')}")
    occupant = rng.choice([*PARENTS, *PARENTS, *dict.fromkeys(SUSPECTS)])
    doc.p(f"{doc.thing('Occupant seen', 'label')}: {doc.name(occupant)}   "
          f"{doc.thing('Others resident', 'label')}: {rng.randint(0, 4)}")
    doc.p(f"Q1. Have you seen young people visiting number {rng.randint(1, 90)}?\n"
          f"A. Yes, girls, late at night. One I know is {doc.young(rng.choice(YOUNG))}.")
    doc.p(f"Q2. Do you know who lives there?\nA. {doc.name(suspect)}. He drives a "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}, reg {_reg(rng, doc.date.year)}.")
    if rng.random() < 0.4:
        doc.p(f"Q3. Anything else?\nA. A man called {doc.thing(rng.choice(STRANGERS), 'forename')}"
              f" comes with pizzas from {doc.thing(rng.choice(FIRMS), 'firm')}.")
    if rng.random() < 0.25:
        doc.p(f"A. (continued) {doc.name(ELDER)} at the church knows the family.")
    if rng.random() < 0.45:
        doc.p(f"Resident has also written to {doc.name(rng.choice(COUNCILLORS))} about this.")
    _decoy(doc, ("Ruslan Dudarkaev", "Lesego Molefi", "Renat Galiullin"), 0.42)
    doc.p(f"{doc.thing('Completed by', 'label')}: {doc.name(rng.choice(UNIFORM + DETECTIVES))}"
          f"   {doc.thing('Supervisor', 'label')}: {doc.name(rng.choice(SENIOR))}")


def cctv_log(doc: Doc) -> None:
    """A CCTV viewing log: cameras, times, what was seen, who viewed it."""
    rng = doc.rng
    viewer = rng.choice([ANALYST, *DETECTIVES])
    doc.h(doc.thing("CCTV VIEWING LOG", "heading"))
    doc.p(f"{doc.thing('System', 'label')}: {TOWN} town centre   "
          f"{doc.thing('Viewed by', 'label')}: {doc.name(viewer)}   {doc.date:%d.%m.%y}")
    rows = [[doc.thing("Camera", "label"), doc.thing("Time", "label"),
             doc.thing("Observation", "label")]]
    for _ in range(rng.randint(2, 3)):
        time = f"{rng.randint(20, 23)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        rows.append([doc.thing(rng.choice(CAMERAS), "label"), time, _sighting(doc)])
    doc.table(rows)
    _decoy(doc, DECOYS, 0.22)
    doc.p(f"Footage copied to disc and seized by {doc.name(rng.choice(COLLARED))}.")


def _sighting(doc: Doc) -> str:
    """One entry of a CCTV log (only the chosen entry's names are written)."""
    rng = doc.rng
    shape = rng.randrange(3)
    if shape == 0:
        return (f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} stops, "
                f"{doc.young(rng.choice(YOUNG))} gets in rear")
    if shape == 1:
        return (f"male believed {doc.name(rng.choice(SUSPECTS))} walks towards "
                f"{doc.thing(rng.choice(FIRMS), 'firm')}")
    return (f"{doc.young(rng.choice(YOUNG))} and another young person outside "
            f"{doc.thing(rng.choice(STREETS), 'place')}")


def exhibits_register(doc: Doc) -> None:
    """An exhibit register: references, what, from whom, seized by, and continuity."""
    rng = doc.rng
    doc.h(doc.thing("EXHIBITS REGISTER - SEIZURE AND CONTINUITY", "heading"))
    doc.p(f"{doc.operation}   {doc.thing('Exhibits officer', 'label')}: "
          f"{doc.name(rng.choice(DETECTIVES))}")
    rows = [[doc.thing("Ref", "label"), doc.thing("Description", "label"),
             doc.thing("Seized from", "label"), doc.thing("Seized by", "label")]]
    owner = rng.choice(SUSPECTS)
    initials = "".join(w[0] for w in owner.split())
    rows.append([f"{initials}/{rng.randint(1, 9)}", rng.choice(["mobile phone", "SIM card",
                                                                 "diary", "laptop"]),
                 doc.name(owner), doc.name(rng.choice(COLLARED))])
    rows.append([f"{initials}/{rng.randint(10, 19)}", "vehicle keys, "
                 + doc.thing(rng.choice(VEHICLES), "vehicle"), doc.name(owner),
                 doc.name(rng.choice(DETECTIVES))])
    if rng.random() < 0.5:
        rows.append([f"YP/{rng.randint(1, 9)}", "clothing", doc.young(rng.choice(YOUNG)),
                     doc.name(rng.choice(UNIFORM))])
    doc.table(rows)
    _decoy(doc, ("Bambang Sutrisna", "Karima Benslimane", "Wilfrido Matamoros"), 0.38)
    doc.p(f"Booked into the store at {doc.thing(rng.choice(STATIONS), 'building')} by "
          f"{doc.name(rng.choice([CUSTODY, *DETECTIVES]))}.")


def bail_notice(doc: Doc) -> None:
    """A notice of police bail: the person bailed, the conditions, the custody officer."""
    rng = doc.rng
    suspect, kid = rng.choice(SUSPECTS), rng.choice(YOUNG)
    doc.h(doc.thing("NOTICE OF BAIL - CONDITIONS", "heading"))
    doc.p(f"{doc.thing('Custody ref', 'label')}: {FORCE_SHORT}/{rng.randint(1000, 99999)}/"
          f"{doc.date:%y}   {doc.thing('Station', 'label')}: "
          f"{doc.thing(rng.choice(STATIONS), 'building')}")
    doc.p(f"{doc.thing('Person bailed', 'label')}: {doc.name(suspect)}")
    doc.p(f"{doc.thing('Conditions', 'label')}:\n(a) not to contact, directly or indirectly, "
          f"{doc.young(kid)};\n(b) not to enter {doc.thing(rng.choice(STREETS), 'place')};\n"
          f"(c) not to drive a {doc.thing(rng.choice(VEHICLES), 'vehicle')} or any vehicle "
          "carrying a person under 18.")
    if rng.random() < 0.4:
        doc.p(f"{doc.thing('Surety', 'label')}: {doc.name(rng.choice(PARENTS))} in the sum of "
              f"£{rng.choice([500, 1000, 2000])}")
    _decoy(doc, DECOYS, 0.2)
    doc.p(f"{doc.thing('Custody officer', 'label')}: {doc.name(CUSTODY)}   "
          f"{doc.thing('OIC', 'label')}: {doc.name(rng.choice(DETECTIVES))}")
    if rng.random() < 0.35:
        doc.p(f"Conditions explained through {doc.name(INTERPRETER)}.")


def foster_diary(doc: Doc) -> None:
    """A foster carer's daily log: dated entries about the child, the social worker's note."""
    rng = doc.rng
    kid = rng.choice([*YOUNG, *PARENT_OF])  # children with a parent in contact, more often
    doc.h(f"{doc.thing('FOSTER CARER DAILY RECORD', 'heading')} - {doc.young(kid)}")
    doc.p(f"{doc.thing('Placement', 'label')}: {doc.thing(rng.choice(HOMES), 'building')}   "
          f"{doc.thing('Week beginning', 'label')}: {doc.date:%d/%m/%Y}")
    doc.p(f"Mon - went to {doc.thing(SCHOOL, 'org')}, home 15:40. Said "
          f"{doc.name(rng.choice(SUSPECTS))} had been texting.")
    doc.p(f"Wed - out until 23:50, dropped at the end of the road by a "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}. Told "
          f"{doc.name(rng.choice(WORKERS))} by phone.")
    if kid in PARENT_OF:
        doc.p(f"Thu - supervised contact with {doc.name(PARENT_OF[kid])}, went well.")
    if rng.random() < 0.5:
        doc.p(f"Fri - {doc.name(HEAD)} rang: not in school. Reported missing to "
              f"{doc.name(rng.choice(UNIFORM))}.")
    if rng.random() < 0.3:
        doc.p(f"Sat - seen by {doc.name(GP)} at {doc.thing(SURGERY, 'building')}.")
    _decoy(doc, DECOYS, 0.2)
    doc.p(f"{doc.thing('Read by supervising social worker', 'label')}: "
          f"{doc.name(rng.choice(WORKERS))}")


def op_briefing(doc: Doc) -> None:
    """An operational briefing under the IIMARCH headings."""
    rng = doc.rng
    suspect = rng.choice(SUSPECTS)
    doc.h(doc.thing(f"{doc.operation.upper()} - OPERATIONAL BRIEFING", "heading"))
    doc.p(f"{doc.thing('Briefing officer', 'label')}: {doc.name(rng.choice(SENIOR))}   "
          f"{doc.thing(rng.choice(OFFICES), 'building')}   {doc.date:%d %b %Y} 06:00")
    doc.p(f"{doc.thing('INFORMATION', 'heading')}: {doc.name(suspect)} is believed to be "
          f"harbouring {doc.young(rng.choice(YOUNG))} at {doc.thing(rng.choice(STREETS), 'place')}.")
    doc.p(f"{doc.thing('INTENTION', 'heading')}: to arrest and recover the child safely.")
    team = rng.sample([*DETECTIVES, *UNIFORM], 3)
    doc.p(f"{doc.thing('METHOD', 'heading')}: entry team - "
          + "; ".join(doc.name(t) for t in team) + ".")
    told = f", {doc.name(CUSTODY)} informed" if rng.random() < 0.4 else ""
    doc.p(f"{doc.thing('ADMINISTRATION', 'heading')}: custody at "
          f"{doc.thing(rng.choice(STATIONS), 'building')}{told}. Intel pack by "
          f"{doc.name(ANALYST)}.")
    doc.p(f"{doc.thing('RISK ASSESSMENT', 'heading')}: known to use a "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}; associates include "
          f"{doc.name(_one(rng, SUSPECTS, (suspect,)))}.")
    _decoy(doc, DECOYS, 0.22)
    doc.p(f"{doc.thing('COMMUNICATIONS', 'heading')}: talkgroup {FORCE_SHORT} Ops 3.")


def _letter_body(doc: Doc, kind: str, kid: str) -> str:
    """The paragraph of one kind of letter (only that kind's names are written)."""
    rng = doc.rng
    if kind == "gp":
        return (f"{doc.young(kid)} attended the practice on {doc.date:%d/%m}. The patient disclosed "
                f"that {doc.name(rng.choice(SUSPECTS))} had given her alcohol.")
    if kind == "elder":
        return (f"Members of {doc.thing(CHURCH, 'org')} saw a "
                f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} waiting outside the youth club.")
    if kind == "solicitor":
        return (f"We are instructed by {doc.name(rng.choice(SUSPECTS))}. Please supply the "
                f"custody record and any account given by {doc.young(kid)}.")
    if kind == "parent":
        return (f"Nobody has come back to me about {doc.young(kid)}. "
                f"{doc.name(rng.choice(SUSPECTS))} is still parked on "
                f"{doc.thing(rng.choice(STREETS), 'place')} every night.")
    if kind == "asb":
        return (f"Complaints have been received that {doc.young(kid)} has been seen entering "
                f"your property on {doc.thing(rng.choice(STREETS), 'place')}.")
    if kind == "school":
        return (f"{doc.young(kid)}'s attendance has fallen to {rng.randint(40, 80)}%. A man "
                f"who said he was called {doc.thing(rng.choice(STRANGERS), 'forename')} "
                "collected the child at lunchtime.")
    if kind == "interpreter":
        return (f"I interpreted for {doc.young(kid)} at interview. I am concerned that "
                f"{doc.name(rng.choice(SUSPECTS))} waited outside afterwards.")
    return (f"Residents of my ward have raised {doc.thing(rng.choice(FIRMS), 'firm')} with me "
            f"again. {doc.name(MANAGER)} has the details.")


_SENDERS: dict[str, tuple[list[str], list[str]]] = {
    "gp": ([GP], WORKERS), "elder": ([ELDER], SENIOR), "solicitor": ([SOLICITOR], DETECTIVES),
    "parent": (PARENTS, [MANAGER, *COUNCILLORS]), "asb": ([ASB], [*dict.fromkeys(SUSPECTS)]),
    "school": ([HEAD], WORKERS), "councillor": (COUNCILLORS, SENIOR),
    "interpreter": ([INTERPRETER], [MANAGER, *DETECTIVES]),
}


def letter(doc: Doc) -> None:
    """A letter of one of eight kinds: "Please ask for", date, salutation, body, signature
    (sometimes dictated and signed in the sender's absence), "cc."."""
    rng = doc.rng
    kind = rng.choice(list(_SENDERS))
    senders, recipients = _SENDERS[kind]
    sender, to = rng.choice(senders), rng.choice(recipients)
    doc.p(_org(doc, sender) if BY_NAME[sender].group in ORG else TOWN)
    if BY_NAME[sender].group != "parent" and rng.random() < 0.4:
        doc.p(f"{doc.thing('Please ask for', 'label')}: {doc.name(sender)}   "
              f"{doc.thing('Direct line', 'label')}: 01422 {rng.randint(300000, 399999)}")
    doc.p(f"{doc.date:%d.%m.%Y}")
    doc.p(f"Dear {doc.name(to)},")
    kid = rng.choice(YOUNG)
    if kind == "parent":  # a parent writes about their own child
        kid = next(child for child, parent in PARENT_OF.items() if parent == sender)
    doc.p(_letter_body(doc, kind, kid))
    _decoy(doc, DECOYS, 0.22)
    doc.p(rng.choice(["Yours sincerely,", "Yours faithfully,", "With best wishes,"]))
    if BY_NAME[sender].group != "parent" and rng.random() < 0.25:
        doc.p(f"Dictated by {doc.name(sender)} and signed in their absence")
    else:
        doc.p(doc.name(sender))
        if BY_NAME[sender].role:
            doc.p(BY_NAME[sender].role)
    if rng.random() < 0.35:
        doc.p(f"cc. {doc.name(rng.choice([*COUNCILLORS, ANALYST, MANAGER]), email_ok=True)}")


def email(doc: Doc) -> None:
    """A top-posted reply over the earlier message quoted under a GroupWise ">>>" line, or a
    point-by-point answer under "> " lines; display names with the unit in square brackets."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"RE: {doc.operation}", "RE: bail conditions", "RE: CCTV",
                          "RE: H2H returns", "RE: exhibits", "RE: placement"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.45 else [], subject=subject)
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    older = _one(rng, WITH_EMAIL, (sender,))
    question = f"Who is seeing {doc.young(kid)} this week?"
    seen = (f"{doc.name(rng.choice(COLLARED))} saw them getting into a "
            f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} by {doc.thing(rng.choice(FIRMS), 'firm')}.")
    if rng.random() < 0.5:
        hello = "All," if _by_address(doc, first) else f"{doc.name(first)},"
        doc.p(f"{hello}\nIt was {doc.name(suspect)} driving. {doc.name(rng.choice(SENIOR))} "
              "has asked for it to go on the briefing.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))
        doc.p(f">>> {doc.name(older, email_ok=True)} {doc.date:%d/%m/%Y} "
              f"{rng.randint(8, 17):02d}:{rng.randint(10, 59)} >>>\n{question}\n{seen}")
    else:
        doc.p(f"{doc.name(older, email_ok=True)} wrote:\n> {question}\n\nANSWER: "
              f"{doc.name(rng.choice(WORKERS))} is.\n\n> {seen}\n\nANSWER: the driver was "
              f"{doc.name(suspect)}.")
        if rng.random() < 0.3:
            doc.p(f"Copying in {doc.name(rng.choice(WITH_EMAIL), email_ok=True)}.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))


def _signature(doc: Doc, sender: str) -> str:
    """A "-- " signature: the name unless the address alone names the sender, the role and
    organisation, a direct dial and, from 2004, a confidentiality line."""
    person = BY_NAME[sender]
    lines = ["-- "]
    if person.nickname and doc.rng.random() < 0.35:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    if not _by_address(doc, sender):
        lines.append(doc.name(sender))
    lines.append(f"{person.role}, {_org(doc, sender)}")
    lines.append(f"DD: 01422 {doc.rng.randint(200000, 299999)}")
    if doc.date.year >= 2004 and doc.rng.random() < 0.4:
        lines.append("This e-mail and any attachment are confidential and may be privileged.")
    return "\n".join(lines)


def _address(doc: Doc, canonical: str) -> str:
    """A header address: the bare address when that is the planned form, else a display name,
    in half the headers with the unit in square brackets after it."""
    person = BY_NAME[canonical]
    shown = doc.name(canonical, email_ok=True)
    if any(ch in shown for ch in '"()[]'):  # keep a display name valid
        for old, new in (('"', ""), (" (", " - "), (")", ""), (" [", " - "), ("]", "")):
            shown = shown.replace(old, new)
        doc.written[canonical][-1] = shown
    if shown == person.email:
        return person.email
    doc.record(canonical, "email", person.email)
    unit = f" [{UNIT[person.group]}]" if doc.rng.random() < 0.5 else ""
    return f'"{shown}{unit}" <{person.email}>'


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "house_to_house": house_to_house, "cctv_log": cctv_log,
    "exhibits_register": exhibits_register, "bail_notice": bail_notice,
    "foster_diary": foster_diary, "op_briefing": op_briefing,
    "email": email, "letter": letter,
}
