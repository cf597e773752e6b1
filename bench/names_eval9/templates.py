"""The eight kinds of case file of the ninth set, each written through a `Doc`.

Police National Computer nominal record prints (a form of fields, linked nominals), transcripts
of 999 and 101 calls (speaker lines), mobile phone examination reports (contacts as stored, a
message table), a children's home visitors' book (a table), the action log of a multi-agency
tasking meeting (attendees, numbered actions with owners), local newspaper cuttings (masthead,
headline, court report), e-mails (bottom-posted replies quoting with ">" under "On ... wrote:",
Lotus Notes forward blocks with the sender's hierarchical name, "Surname, Forename (Org)"
display names, a signature with the role after a pipe and a GCSX footer) and letters of seven
kinds ("Our ref / Your ref", "p.p."). Worded and laid out for this set. People are picked by role
and written through `Doc.name` / `Doc.young`; non-persons through `Doc.thing`.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.names_eval9.cast import BY_NAME, CAST, COUNCIL, FORCE, FORCE_SHORT, TOWN
from bench.names_eval9.doc import Doc

VEHICLES = ("Kia Picanto", "VW Touran", "Chevrolet Matiz", "Proton Gen-2", "Tata Indica",
            "Hyundai Atoz", "Perodua Myvi", "Rover Streetwise", "Ford Ka", "Toyota Hiace",
            "Alfa Romeo 147", "Hyundai Coupe", "Fiat Multipla", "Suzuki Jimny")
STREETS = ("Scargill Cres", "Shroggs Vue", "Slead Syke Rd", "Bank Top Ln", "Ling Bob Ter",
           "Moor End Gth", "Bracken Edge Wk", "Knowle Fold Ct", "Heights Ave", "Coldwell Pl")
HOMES = ("Cragvale Lodge", "Shroggs Pk Res. Home", "Fold Ho. Supported Accomm.")
OFFICES = ("Ravensholme Town Hall, Cttee Rm B", "Heights Ave Family Hub", "Aspinall Ho.")
STATIONS = ("Ravensholme Central Pol. Stn", "LXP Custody Suite, Aspinall St", "Cragvale Div HQ")
FIRMS = ("Gashi Hand Car Wash", "Chaiyaporn Thai Kitchen", "Moonlight Private Hire",
         "Sultan Kebab House", "Ravensholme Vape Centre", "Lotus Blossom Massage",
         "Hilltop Lettings", "Quickfix Mobiles")
LAW_FIRM = "Athumani & Co Solicitors"
SCHOOL = "Cragvale Academy"
SURGERY = "Shroggs Road Surgery"
MOSQUE = "Ravensholme Central Masjid"
PAPER = "Ravensholme Evening Courier"
STRANGERS = ("Dexy", "Shaz", "Rocco", "Tyson", "Milo")

COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS")]
SENIOR = ["Siriporn Wongsawat", "Jory Penhaligon", "Mohd Faizal Hashim"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PCSO", "PS")]
CUSTODY = ["Mabior Deng", "Abdurehim Tursun"]
ANALYST = "Xiomara Quispe Mamani"
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
WORKERS = ["Farangis Rahimova", "Farangis Rahimova", "Farangis Rahimova", "Boon Huat Tan",
           "Boon Huat Tan"]
MANAGER, ASB = "Anitha Puthenveettil", "Souleymane Ceesay"
HEAD, SOLICITOR = "Neville Ackroyd-Heseltine", "Mwanajuma Athumani"
IMAM, GP = "Jasur Karimov", "Anjali Deshmukh"
SOCIAL = [*WORKERS, MANAGER, ASB]
YOUNG = [p.canonical for p in CAST if p.group == "young"]
# The suspects who also use another name are picked more often, so that their other name is
# measured on enough documents.
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect" for _ in range(2 if p.alias else 1)]
PARENT_OF = {"Bridget Maughan": "Patrick Maughan", "Kanokwan Srisuk": "Malee Srisuk",
             "Jade Wolfenden-Birch": "Dawn Wolfenden-Birch"}
PARENTS = list(PARENT_OF.values())
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
UNIT = {"police": "LXP", "council": "RBC", "school": "Cragvale", "solicitor": "Athumani & Co",
        "church": "Masjid", "hospital": "NHS"}
ORG = {"police": FORCE, "council": COUNCIL, "school": SCHOOL, "solicitor": LAW_FIRM,
       "church": MOSQUE, "hospital": SURGERY}


def _reg(rng: random.Random, year: int) -> str:
    """A UK registration mark of the document's era."""
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    three = "".join(rng.choice(letters) for _ in range(3))
    if year < 2001:
        return f"{rng.choice('RSTVWXY')}{rng.randint(1, 999)} {three}"
    half = year % 100 + (50 if rng.random() < 0.5 and year < 2014 else 0)
    return f"{rng.choice('BDLMSVY')}{rng.choice('ABCDEFGHJK')}{half:02d} {three}"


def _one(rng: random.Random, items: list[str], but: tuple[str, ...] = ()) -> str:
    return rng.choice([i for i in items if i not in but])


def _org(doc: Doc, canonical: str) -> str:
    group = BY_NAME[canonical].group
    org = ORG.get(group, COUNCIL)
    kind = {LAW_FIRM: "firm", SURGERY: "building"}.get(org, "org")
    return doc.thing(org, kind)


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
        doc.p(f"For the avoidance of doubt, {doc.name(decoy)} ({role}) is not {real}; "
              "dates of birth and addresses differ.")
        return
    written = doc.name(decoy)
    doc.p(doc.rng.choice([f"{written}, {role}, was spoken to and eliminated.",
                          f"Also present: {written} ({role}), no concerns.",
                          f"Trace on {written}, {role}: no record held."]))


def pnc_nominal(doc: Doc) -> None:
    """A PNC nominal record print: fields, warning signals, linked nominals, who asked."""
    rng = doc.rng
    suspect = rng.choice(SUSPECTS)
    doc.p(f"{doc.thing('RESTRICTED - POLICE', 'heading')}    PNC ENQUIRY  {doc.date:%d/%m/%y} "
          f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}  TERM {rng.randint(100, 999)}")
    doc.h(doc.thing("NOMINAL RECORD PRINT", "heading"))
    doc.p(f"{doc.thing('NAME', 'label')}: {doc.name(suspect)}")
    doc.p(f"{doc.thing('PNC ID', 'label')}: {doc.date:%y}/{rng.randint(100000, 999999)}"
          f"{rng.choice('ABCDEFHJK')}   {doc.thing('SEX', 'label')}: M")
    doc.p(f"{doc.thing('LAST ADDRESS', 'label')}: {rng.randint(1, 140)} "
          f"{doc.thing(rng.choice(STREETS), 'place')}, {TOWN}")
    doc.p(f"{doc.thing('WARNING SIGNALS', 'label')}: VI - VIOLENT; DR - DRUGS")
    doc.p(f"{doc.thing('VEHICLE', 'label')}: {doc.thing(rng.choice(VEHICLES), 'vehicle')} "
          f"{_reg(rng, doc.date.year)}")
    rows = [[doc.thing("LINKED NOMINAL", "label"), doc.thing("LINK", "label")]]
    rows.append([doc.name(_one(rng, SUSPECTS, (suspect,))), "ASSOCIATE"])
    if rng.random() < 0.6:
        rows.append([doc.young(rng.choice(YOUNG)), "CONCERN FOR WELFARE"])
    doc.table(rows)
    _decoy(doc, ("Anuwat Chaiyapon", "Firdaus Rahmonov", "Adnan Mujić"), 0.3)
    if rng.random() < 0.35:
        doc.p(f"{doc.thing('LAST CUSTODY', 'label')}: {doc.thing(rng.choice(STATIONS), 'building')}"
              f", booked in by {doc.name(rng.choice(CUSTODY))}")
    doc.p(f"{doc.thing('REQUESTED BY', 'label')}: {doc.name(rng.choice([*DETECTIVES, ANALYST]))}")
    doc.p(f"{doc.thing('OIC', 'label')}: {doc.name(rng.choice(SENIOR + DETECTIVES))}")


def call_transcript(doc: Doc) -> None:
    """A transcript of a 999 or 101 call: the handler, speaker lines, the log update."""
    rng = doc.rng
    kid = rng.choice(list(PARENT_OF))
    parent, suspect = PARENT_OF[kid], rng.choice(SUSPECTS)
    doc.h(doc.thing(f"TRANSCRIPT OF {rng.choice(['999', '101'])} CALL", "heading"))
    doc.p(f"{doc.thing('Incident', 'label')}: {doc.date:%d%m%y}-{rng.randint(100, 999):04d}   "
          f"{doc.thing('Call handler', 'label')}: {doc.name(rng.choice(UNIFORM))}")
    doc.p(f"OPERATOR: {FORCE}, what is your emergency?")
    doc.p(f"CALLER: It's {doc.name(parent)}. My daughter's not come home, she's been gone "
          "two days.")
    doc.p(f"OPERATOR: What is your daughter's name?\nCALLER: {doc.young(kid)}. She'll be with "
          f"{doc.name(suspect)}, he picks her up in a {doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    doc.p(f"OPERATOR: Do you know where they go?\nCALLER: A flat on "
          f"{doc.thing(rng.choice(STREETS), 'place')}. I told {doc.name(rng.choice(WORKERS))} "
          "all this last week.")
    _decoy(doc, ("Khamphai Sisavath", "Wilmer Huamán", "Arben Krasniqi"), 0.25)
    doc.p(f"[Call ends {rng.randint(2, 9)}m {rng.randint(10, 59)}s] Log updated and passed to "
          f"{doc.name(rng.choice(DETECTIVES))} for the morning.")


def phone_download(doc: Doc) -> None:
    """A mobile phone examination report: contacts as stored, messages, the examiner."""
    rng = doc.rng
    owner = rng.choice(SUSPECTS)
    doc.h(doc.thing("MOBILE PHONE EXAMINATION REPORT", "heading"))
    doc.p(f"{doc.thing('Exhibit', 'label')}: {rng.choice('ABCDEFGHJK')}{rng.choice('MNPRST')}/"
          f"{rng.randint(1, 9)}   Nokia {rng.choice(['3310', '6230i', '1100', 'N95', 'E71'])}")
    doc.p(f"{doc.thing('Handset attributed to', 'label')}: {doc.name(owner)}")
    doc.p(f"{doc.thing('Examined by', 'label')}: {doc.name(ANALYST)}, at the request of "
          f"{doc.name(rng.choice(DETECTIVES))}")
    rows = [[doc.thing("Stored as", "label"), doc.thing("Number", "label"),
             doc.thing("Attributed to", "label")]]
    for other in rng.sample([s for s in dict.fromkeys(SUSPECTS) if s != owner], 2):
        rows.append([doc.thing(rng.choice(STRANGERS), "forename"), f"07{rng.randint(100, 999)} "
                     f"{rng.randint(100000, 999999)}", doc.name(other)])
    kid = rng.choice(YOUNG)
    rows.append([doc.thing("Babe", "label"), f"07{rng.randint(100, 999)} "
                 f"{rng.randint(100000, 999999)}", doc.young(kid)])
    doc.table(rows)
    doc.p(f"{rng.randint(20, 400)} messages to the last number, most between 23:00 and 03:00, "
          f"several arranging pick-ups from {doc.thing(rng.choice(FIRMS), 'firm')}.")
    _decoy(doc, DECOYS, 0.18)


def visitor_register(doc: Doc) -> None:
    """A page of a children's home visitors' book, and the manager's note on it."""
    rng = doc.rng
    home = rng.choice(HOMES)
    doc.h(f"{doc.thing(home, 'building')} - {doc.thing('VISITORS BOOK', 'heading')}")
    rows = [[doc.thing("Date", "label"), doc.thing("Visitor", "label"),
             doc.thing("Visiting", "label"), doc.thing("In / Out", "label"),
             doc.thing("Staff", "label")]]
    visitors = [*WORKERS, GP, IMAM, *PARENTS, *SUSPECTS, *UNIFORM]
    for visitor in rng.sample(list(dict.fromkeys(visitors)), rng.randint(2, 4)):
        rows.append([f"{doc.date:%d/%m}", doc.name(visitor), doc.young(rng.choice(YOUNG)),
                     f"{rng.randint(10, 16)}.{rng.randint(10, 59)} / {rng.randint(17, 22)}."
                     f"{rng.randint(10, 59)}", doc.name(rng.choice(WORKERS))])
    doc.table(rows)
    if rng.random() < 0.5:
        doc.p(f"Note: visitor refused entry, waited in a {doc.thing(rng.choice(VEHICLES), 'vehicle')}"
              f" on {doc.thing(rng.choice(STREETS), 'place')}. Reported to {doc.name(MANAGER)}.")
    _decoy(doc, DECOYS, 0.15)
    doc.p(f"{doc.thing('Checked by', 'label')}: {doc.name(MANAGER)}")


def tasking_actions(doc: Doc) -> None:
    """The action log of a multi-agency tasking meeting: attendees, numbered actions."""
    rng = doc.rng
    chair = rng.choice(SENIOR)
    doc.h(doc.thing("MULTI-AGENCY CSE TASKING - ACTION LOG", "heading"))
    doc.p(f"{doc.operation} | {doc.thing(rng.choice(OFFICES), 'building')} | {doc.date:%d.%m.%Y}")
    attendees = rng.sample([*DETECTIVES, ANALYST, MANAGER, ASB, HEAD, GP, *COUNCILLORS[:2]], 4)
    doc.p(f"{doc.thing('Attendees', 'label')}: {doc.name(chair)} (Chair), "
          + ", ".join(doc.name(a) for a in attendees))
    rows = [[doc.thing("No.", "label"), doc.thing("Action", "label"),
             doc.thing("Owner", "label"), doc.thing("RAG", "label")]]
    n = rng.randint(1, 60)
    rows.append([f"{n}", f"Disruption visit to {doc.thing(rng.choice(FIRMS), 'firm')} re "
                 f"{doc.name(rng.choice(SUSPECTS))}", doc.name(rng.choice(UNIFORM)),
                 rng.choice(["R", "A", "G"])])
    rows.append([f"{n + 1}", f"Return interview with {doc.young(rng.choice(YOUNG))}",
                 doc.name(rng.choice(WORKERS)), rng.choice(["R", "A", "G"])])
    if rng.random() < 0.5:
        rows.append([f"{n + 2}", f"ASB warning to {doc.name(rng.choice(SUSPECTS))} at "
                     f"{doc.thing(rng.choice(STREETS), 'place')}", doc.name(ASB), "A"])
    doc.table(rows)
    _decoy(doc, DECOYS, 0.18)
    doc.p(f"Next meeting: four weeks. Minutes taken by {doc.name(ANALYST)}.")


def press_cutting(doc: Doc) -> None:
    """A cutting from the local evening paper: masthead, headline, a court or council report."""
    rng = doc.rng
    suspect = rng.choice(SUSPECTS)
    doc.p(f"{doc.thing(PAPER.upper(), 'org')}   {doc.date:%A, %B %d, %Y}   Page "
          f"{rng.randint(2, 19)}")
    if rng.random() < 0.6:
        doc.h(rng.choice(["MAN IN COURT OVER GIRL, 14", "TAXI BOSS FACES CHARGES",
                          "CARE HOME VISITS: MAN BAILED"]))
        doc.p(f"{doc.name(suspect)}, {rng.randint(21, 55)}, of "
              f"{doc.thing(rng.choice(STREETS), 'place')}, appeared before {TOWN} magistrates "
              f"charged with offences against a girl who cannot be named.")
        doc.p(f"The court heard that {doc.name(rng.choice(UNIFORM))} stopped his "
              f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} outside "
              f"{doc.thing(rng.choice(FIRMS), 'firm')}. He was represented by "
              f"{doc.name(SOLICITOR)}.")
        doc.p(f"After the hearing {doc.name(rng.choice(SENIOR))} of {FORCE} said inquiries were "
              "continuing.")
    else:
        doc.h(rng.choice(["COUNCIL 'FAILED' ABUSED GIRLS", "LEADER ORDERS REVIEW"]))
        doc.p(f"{doc.name(rng.choice(COUNCILLORS))} told a packed meeting that lessons would be "
              f"learned. {doc.name(MANAGER)}, who leads the council's team, declined to comment.")
        doc.p(f"{doc.name(IMAM)} of {doc.thing(MOSQUE, 'org')} called for calm.")
    _decoy(doc, DECOYS, 0.15)


def _letter_body(doc: Doc, kind: str, kid: str) -> str:
    """The paragraph of one kind of letter (only that kind's names are written)."""
    rng = doc.rng
    if kind == "gp":
        return (f"I saw {doc.young(kid)} in surgery on {doc.date:%d/%m}. She told me an older "
                f"man, {doc.name(rng.choice(SUSPECTS))}, buys her credit for her phone.")
    if kind == "imam":
        return (f"Parents at {doc.thing(MOSQUE, 'org')} have seen a "
                f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} collecting girls after classes.")
    if kind == "solicitor":
        return (f"We act for {doc.name(rng.choice(SUSPECTS))}. Please confirm whether "
                f"{doc.young(kid)} has been interviewed, and disclose the notes.")
    if kind == "parent":
        return (f"I am writing again about {doc.young(kid)}. Nobody has done anything about "
                f"{doc.name(rng.choice(SUSPECTS))} and the flat on "
                f"{doc.thing(rng.choice(STREETS), 'place')}.")
    if kind == "asb":
        return (f"It has been reported that {doc.young(kid)} has been seen at your address on "
                f"{doc.thing(rng.choice(STREETS), 'place')}. This is a final warning.")
    if kind == "school":
        return (f"{doc.young(kid)} has missed {rng.randint(5, 30)} sessions this half term and "
                f"was collected early by a man giving the name "
                f"{doc.thing(rng.choice(STRANGERS), 'forename')}.")
    return (f"Residents near {doc.thing(rng.choice(FIRMS), 'firm')} have written to me about "
            f"girls being picked up late at night. {doc.name(MANAGER)} has been told.")


_SENDERS: dict[str, tuple[list[str], list[str]]] = {
    "gp": ([GP], WORKERS), "imam": ([IMAM], SENIOR), "solicitor": ([SOLICITOR], DETECTIVES),
    "parent": (PARENTS, [MANAGER, *COUNCILLORS]), "asb": ([ASB], [*dict.fromkeys(SUSPECTS)]),
    "school": ([HEAD], WORKERS), "councillor": (COUNCILLORS, SENIOR),
}


def letter(doc: Doc) -> None:
    """A letter from a GP, the imam, a solicitor, a parent, the ASB team, the school or a
    councillor: references, salutation, body, signature (sometimes signed for)."""
    rng = doc.rng
    kind = rng.choice(list(_SENDERS))
    senders, recipients = _SENDERS[kind]
    sender, to = rng.choice(senders), rng.choice(recipients)
    doc.p(_org(doc, sender) if BY_NAME[sender].group in ORG else TOWN)
    doc.p(f"{doc.thing('Our ref', 'label')}: {rng.choice('ABCDEFGHJK')}{rng.randint(10, 99)}/"
          f"{rng.randint(100, 999)}   {doc.thing('Your ref', 'label')}: {doc.operation}")
    doc.p(f"{doc.date:%d %B %Y}")
    doc.p(f"Dear {doc.name(to)}")
    kid = rng.choice(YOUNG)
    if kind == "parent":  # a parent writes about their own child
        kid = next(child for child, parent in PARENT_OF.items() if parent == sender)
    doc.p(_letter_body(doc, kind, kid))
    _decoy(doc, DECOYS, 0.15)
    doc.p(rng.choice(["Yours sincerely", "Yours faithfully", "Kind regards"]))
    if BY_NAME[sender].group != "parent" and rng.random() < 0.25:
        doc.p(f"p.p. {doc.name(sender)}")
    else:
        doc.p(doc.name(sender))
    if BY_NAME[sender].role:
        doc.p(BY_NAME[sender].role)
    if rng.random() < 0.35:
        doc.p(f"Copy: {doc.name(rng.choice([*COUNCILLORS, ANALYST, MANAGER]), email_ok=True)}")


def email(doc: Doc) -> None:
    """A bottom-posted reply: the earlier message quoted with ">" under "On ... wrote:", and in
    some a Lotus Notes forward block above it; "Surname, Forename (Org)" display names."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"Re: {doc.operation}", "Re: tasking actions", "Re: PNC check",
                          "Re: Fw: visitors book", "Re: call transcript"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.45 else [], subject=subject)
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    if rng.random() < 0.45:
        forwarder = _one(rng, [p for p in WITH_EMAIL if BY_NAME[p].group == "police"], (sender,))
        doc.p(f"----- Forwarded by {_notes_name(doc, forwarder)} on {doc.date:%d/%m/%Y} "
              f"{rng.randint(8, 17):02d}:{rng.randint(10, 59)} -----")
    older = _one(rng, WITH_EMAIL, (sender,))
    doc.p(f"On {doc.date:%d/%m/%Y} {rng.randint(8, 17):02d}:{rng.randint(10, 59)}, "
          f"{doc.name(older, email_ok=True)} wrote:\n"
          f"> Can someone confirm who has {doc.young(kid)} on their caseload?\n"
          f"> {doc.name(rng.choice(COLLARED))} saw her in a "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} near {doc.thing(rng.choice(FIRMS), 'firm')}.")
    hello = "Hi all" if _by_address(doc, first) else f"Hi {doc.name(first)}"
    doc.p(f"{hello},\nThe driver was {doc.name(suspect)}. "
          f"{doc.name(rng.choice(SENIOR))} wants it on the next tasking.")
    if rng.random() < 0.3:
        doc.p(f"Adding {doc.name(rng.choice(WITH_EMAIL), email_ok=True)} for info.")
    _decoy(doc, DECOYS, 0.15)
    doc.p(_signature(doc, sender))


def _notes_name(doc: Doc, canonical: str) -> str:
    """A Lotus Notes hierarchical name: the person, then the unit and the organisation."""
    shown = doc.name(canonical)
    return f"{shown}/{doc.rng.choice(['PPU', 'CID', 'Intel', 'Custody'])}/{FORCE_SHORT}"


def _signature(doc: Doc, sender: str) -> str:
    """A sign-off (sometimes the nickname), the name unless the address alone names the
    sender, the role after a pipe, and the secure-mail footer."""
    person = BY_NAME[sender]
    lines = [doc.rng.choice(["Cheers", "Many thanks", "Kind regards"])]
    if person.nickname and doc.rng.random() < 0.4:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    if not _by_address(doc, sender):
        lines.append(f"{doc.name(sender)} | {person.role}")
    else:
        lines.append(person.role)
    lines.append(_org(doc, sender))
    if doc.date.year >= 2006 and doc.rng.random() < 0.4:
        lines.append("This e-mail was sent over the GCSX secure network.")
    return "\n".join(lines)


def _by_address(doc: Doc, canonical: str) -> bool:
    """Whether this e-mail names the person only by their address."""
    return doc.plans.get(canonical) == ("only", "email")


def _address(doc: Doc, canonical: str) -> str:
    """A header address: the bare address when that is the planned form, else a display name,
    in half the headers with the organisation in brackets after it."""
    person = BY_NAME[canonical]
    shown = doc.name(canonical, email_ok=True)
    if any(ch in shown for ch in '"()[]') or " '" in shown:  # keep a display name valid
        for old, new in (('"', ""), (" '", " "), ("' ", " "), (" (", " - "), (")", ""),
                         (" [", " - "), ("]", "")):
            shown = shown.replace(old, new)
        doc.written[canonical][-1] = shown
    if shown == person.email:
        return person.email
    doc.record(canonical, "email", person.email)
    unit = f" ({UNIT[person.group]})" if doc.rng.random() < 0.5 else ""
    return f'"{shown}{unit}" <{person.email}>'


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "pnc_nominal": pnc_nominal, "call_transcript": call_transcript,
    "phone_download": phone_download, "visitor_register": visitor_register,
    "tasking_actions": tasking_actions, "press_cutting": press_cutting,
    "email": email, "letter": letter,
}
