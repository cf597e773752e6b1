"""The seven kinds of case file of the third set, each written through a `Doc`.

Intelligence reports, custody records, strategy meeting minutes, referral records, return
interviews after a missing episode, e-mails that quote the message they answer, and letters.
Worded and laid out for this set (not the first two sets' templates). People are picked by role
and written through `Doc.name` / `Doc.young`; non-persons through `Doc.thing`.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.names_eval3.cast import BY_NAME, CAST, COUNCIL, COUNCIL_SHORT, FORCE, TOWN
from bench.names_eval3.doc import Doc

VEHICLES = ("Seat Ibiza", "Ford Transit", "Toyota Avensis", "Peugeot 406", "Mitsubishi Shogun",
            "Land Rover Freelander", "Volvo S40", "Kia Rio", "Rover 416", "Vauxhall Zafira",
            "Mazda MX-5", "Hyundai Tucson", "Daewoo Matiz", "Renault Clio")
STREETS = ("Tannery Tce", "Cobden St", "Weavers Rd", "Mill Brow", "Chapel Fold", "Netherhall Rd",
           "Rosebank Tce", "Lime Kiln Ln", "Scarth Rd", "Bellfield Ave")
STATIONS = ("Annerdale Div", "Fellside HQ")
BUILDINGS = ("Larchfield Hse", "Ravensmoor Hse", "Annerdale Div", "Carr Bank Children's Home",
             "Oakwood Ct", "Fellside HQ")
FIRMS = ("Loveridge Scrap Metals", "Golden Lotus Takeaway", "A1 Kars", "Haddad Food Store",
         "Quickfix Tyres", "Star Nails", "Castle Private Hire")
LAW_FIRM = "Brindlecross Solicitors"
SCHOOL = "St Cuthbert's RC High School"
STRANGERS = ("Dean", "Kasia", "Tommo", "Zak", "Mo")

POLICE = [p.canonical for p in CAST if p.group == "police"]
COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS", "DI")]
SENIOR = ["Mòrag NicLeòid", "Richard Hartley-Moss", "Konstantinos Papadakis"]
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
SOCIAL = ["Trần Thu Hà", "Inês Figueiredo", "Hamish Urquhart", "Chan Siu-Ling", "Zhou Meiling"]
MANAGERS = ["Hamish Urquhart", "Zhou Meiling", "Chan Siu-Ling"]
YOUNG = [p.canonical for p in CAST if p.group == "young"]
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect"]
PARENT_OF = {"Bianca Lăcătuș": "Gheorghe Lăcătuș", "Shanice Blackwood": "Patricia Blackwood"}
HEAD, SOLICITOR = "Panagiota Christodoulou", "Faadumo Hersi"
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)


def _reg(rng: random.Random, year: int) -> str:
    """A UK registration mark of the document's era."""
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    three = "".join(rng.choice(letters) for _ in range(3))
    if year < 2001:
        return f"{rng.choice('MNPRSTVWXY')}{rng.randint(1, 899)} {three}"
    half = year % 100 + (50 if rng.random() < 0.5 and year < 2016 else 0)
    return f"{rng.choice('ABCDLMPY')}{rng.choice('ABCDEFGHJK')}{half:02d} {three}"


def _one(rng: random.Random, items: list[str], but: tuple[str, ...] = ()) -> str:
    return rng.choice([i for i in items if i not in but])


def intel_report(doc: Doc) -> None:
    """A 5x5x5 intelligence report: originator, subject, vehicle, text, actions."""
    rng = doc.rng
    suspect, other = rng.sample(SUSPECTS, 2)
    kid, originator = rng.choice(YOUNG), rng.choice(POLICE)
    vehicle = doc.thing(rng.choice(VEHICLES), "vehicle")
    doc.h(f"{doc.thing(FORCE.upper(), 'org')} - {doc.thing('RESTRICTED', 'heading')}")
    doc.h(doc.thing("INTELLIGENCE REPORT (5x5x5)", "heading"))
    doc.p(f"URN: IR/{doc.date:%y}/{rng.randint(1000, 9999)}   Date: {doc.date:%d/%m/%Y}   "
          f"{doc.operation}")
    doc.p(f"{doc.thing('Originator', 'label')}: {doc.name(originator)}   Evaluation: "
          f"{rng.choice('ABC')}{rng.randint(1, 4)}   {doc.thing('Handling code', 'label')}: 1")
    doc.p(f"{doc.thing('Subject', 'label')}: {doc.name(suspect)}")
    doc.p(f"Vehicle: {vehicle} VRM {_reg(rng, doc.date.year)}")
    street = doc.thing(rng.choice(STREETS), "place")
    doc.p(f"{doc.name(suspect)} is reported to be collecting {doc.young(kid)} from {street} "
          f"late at night in the {vehicle} and taking them to "
          f"{doc.thing(rng.choice(BUILDINGS[:3]), 'building')}.")
    doc.p(f"The source states that {doc.name(other)} supplies cannabis and alcohol from "
          f"{doc.thing(rng.choice(FIRMS), 'firm')}.")
    if rng.random() < 0.35:
        doc.p(f"A male known only as {doc.thing(rng.choice(STRANGERS), 'forename')} is present.")
    _decoy_line(doc, ("Neil Abernethey", "Nizar Hadad", "Gavin Threlfell",
                      "Darius Kazlauskas"), 0.35)
    doc.p(f"Action: develop via {doc.name(_one(rng, DETECTIVES, (originator,)))}. "
          f"Supervisor: {doc.name(_one(rng, SENIOR, (originator,)))}.")


def _decoy_line(doc: Doc, decoys: tuple[str, ...], chance: float) -> None:
    if doc.rng.random() >= chance:
        return
    decoy = doc.rng.choice(decoys)
    role = BY_NAME[decoy].role.lower()
    doc.p(f"Also spoken to: {doc.name(decoy)} ({role}), who has no connection with the above.")


def _offence(rng: random.Random, year: int) -> str:
    """An offence of the law in force at the time (the 2003 Act from May 2004)."""
    if year >= 2005:
        return f"s.{rng.choice([9, 10, 14, 15])} Sexual Offences Act 2003"
    return rng.choice(["s.6 Sexual Offences Act 1956", "s.2 Child Abduction Act 1984",
                       "s.1 Indecency with Children Act 1960"])


def custody_record(doc: Doc) -> None:
    """An extract of a custody record: detainee, officers, solicitor, timed entries."""
    rng = doc.rng
    detainee = rng.choice(SUSPECTS)
    arresting = rng.choice(COLLARED)
    custody = _one(rng, ["Karen Whitworth", *COLLARED], (arresting,))
    interviewer = rng.choice(DETECTIVES)
    doc.h(doc.thing("CUSTODY RECORD", "heading") + " - " + doc.thing(FORCE, "org"))
    doc.p(f"Custody no: {rng.choice('ABN')}{rng.randint(10000, 99999)}/{doc.date:%y}   "
          f"Station: {doc.thing(rng.choice(STATIONS), 'building')}")
    doc.p(f"{doc.thing('Detained person', 'label')}: {doc.name(detainee)}")
    doc.p(f"{doc.thing('Arresting officer', 'label')}: {doc.name(arresting)}")
    doc.p(f"Offence: {_offence(rng, doc.date.year)} ({doc.operation})")
    kid = rng.choice(YOUNG)
    entries = [
        f"{rng.randint(8, 11):02d}:{rng.randint(0, 59):02d} Detention authorised by "
        f"{doc.name(custody)}. Complainant: {doc.young(kid)}.",
        f"Legal advice requested: {doc.name(SOLICITOR)} of {doc.thing(LAW_FIRM, 'firm')}.",
        f"{rng.randint(12, 14)}:{rng.randint(10, 59)} Interviewed by {doc.name(interviewer)}. "
        f"No comment.",
        f"Detention reviewed by the {doc.thing('Duty Inspector', 'title')}.",
    ]
    if rng.random() < 0.3:
        brother = {"Mindaugas Kazlauskas": "Marius Kazlauskas",
                   "Marius Kazlauskas": "Darius Kazlauskas"}.get(detainee)
        if brother:
            entries.append(f"Property handed to {doc.name(brother)} at the front counter.")
    entries.append(f"{rng.randint(15, 19)}:{rng.randint(10, 59)} "
                   f"{rng.choice(['Bailed to return', 'Released, NFA', 'Charged and remanded'])}"
                   f" on the authority of {doc.name(rng.choice(SENIOR))}.")
    for entry in entries:
        doc.p(entry)
    _decoy_line(doc, ("Neil Abernethey", "Darius Kazlauskas", "Nizar Hadad"), 0.25)


def strategy_meeting(doc: Doc) -> None:
    """Minutes of a strategy meeting: an attendance table, discussion and actions."""
    rng = doc.rng
    chair, worker = rng.choice(MANAGERS), _one(rng, SOCIAL, tuple(MANAGERS))
    officer = rng.choice([*DETECTIVES, *SENIOR])
    kid = rng.choice(YOUNG)
    doc.h(doc.thing(COUNCIL, "org"))
    doc.h(doc.thing("Strategy Meeting - Minutes", "heading"))
    doc.p(f"Held at {doc.thing(rng.choice(BUILDINGS[:2]), 'building')} on "
          f"{doc.date:%d %B %Y}. {doc.operation}.")
    rows = [["Name", "Role", "Agency"],
            [doc.name(chair), "Chair", COUNCIL_SHORT],
            [doc.name(worker), "Allocated worker", "Children's Social Care"],
            [doc.name(officer), doc.thing(BY_NAME[officer].role, "title"), "Police"]]
    if rng.random() < 0.5:
        rows.append([doc.name(HEAD), "Head Teacher", SCHOOL])
    if rng.random() < 0.6:
        rows.append([doc.name(rng.choice(COUNCILLORS)), "Observer", "Elected member"])
    doc.thing("Agency", "label")
    doc.table(rows)
    doc.p(f"Subject: {doc.young(kid)}.")
    suspect = rng.choice(SUSPECTS)
    doc.p(f"{doc.name(officer)} reported that {doc.young(kid)} had been seen in a "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} driven by {doc.name(suspect)} on "
          f"{doc.thing(rng.choice(STREETS), 'place')}.")
    if kid in PARENT_OF:
        doc.p(f"{doc.name(PARENT_OF[kid])} has been told of the concerns and is cooperating.")
    _decoy_line(doc, DECOYS, 0.2)
    doc.h(doc.thing("Actions", "heading"))
    doc.p(f"1. {doc.name(worker)} to complete the risk assessment within 10 working days.")
    doc.p(f"2. {doc.name(officer)} to seek a disclosure notice against {doc.name(suspect)}.")


def referral(doc: Doc) -> None:
    """A front-door referral record: a form table, the concern, and the decision."""
    rng = doc.rng
    kid = rng.choice(YOUNG)
    referrer = rng.choice([HEAD, *COLLARED, *PARENT_OF.values()])
    doc.h(doc.thing(COUNCIL_SHORT, "org") + " - " + doc.thing("Contact and Referral Record",
                                                                  "heading"))
    rows = [[doc.thing("Child", "label"), doc.young(kid)],
            [doc.thing("Referrer", "label"), doc.name(referrer)],
            [doc.thing("Date received", "label"), f"{doc.date:%d.%m.%Y}"],
            [doc.thing("Address", "label"),
             f"{rng.randint(1, 140)} {doc.thing(rng.choice(STREETS), 'place')}, {TOWN}"]]
    doc.table(rows)
    doc.p(f"Concern: {doc.young(kid)} has been missing overnight {rng.randint(2, 9)} times and "
          f"has a new phone. Seen with {doc.name(rng.choice(SUSPECTS))} near "
          f"{doc.thing(rng.choice(FIRMS), 'firm')}.")
    if kid in ("Jade Hollingworth", "Callum Pickersgill") and rng.random() < 0.5:
        decoy = BY_NAME[kid].surname  # its decoy is a different person one letter away
        other = {"Hollingworth": "Jade Hollinworth", "Pickersgill": "Callum Pickergill"}[decoy]
        doc.p(f"Note: not to be confused with {doc.name(other)}, no relation.")
    else:
        _decoy_line(doc, ("Jade Hollinworth", "Callum Pickergill"), 0.3)
    doc.p(f"Decision: {doc.thing('Strategy discussion', 'heading')} - agreed by "
          f"{doc.name(rng.choice(MANAGERS))}; allocated to {doc.name(rng.choice(SOCIAL))}.")


def return_interview(doc: Doc) -> None:
    """A return interview after a missing episode, in the young person's words."""
    rng = doc.rng
    kid, worker = rng.choice(YOUNG), rng.choice(SOCIAL)
    suspect = rng.choice(SUSPECTS)
    doc.h(doc.thing("Return Home Interview", "heading"))
    doc.p(f"{doc.thing('Young person', 'label')}: {doc.young(kid)}   "
          f"{doc.thing('Interviewer', 'label')}: {doc.name(worker)}")
    doc.p(f"Missing from {doc.thing(rng.choice(BUILDINGS[3:5]), 'building')} for "
          f"{rng.randint(6, 60)} hours, reported by {doc.name(rng.choice(COLLARED))}.")
    friend = _one(rng, YOUNG, (kid,))
    said = doc.young(friend)
    doc.p(f"Said they went with {said} to a flat on {doc.thing(rng.choice(STREETS), 'place')}. "
          f"{doc.name(suspect)} picked them up in a "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    named = friend in doc.mentions  # not only by a code
    if named and not BY_NAME[friend].family_first and rng.random() < 0.5:
        doc.p(f"{doc.forename(friend)} stayed behind.")
    if rng.random() < 0.2:
        doc.p(f"They sometimes go to the yard of {doc.name('Gavin Threlfell')}, who is "
              f"not involved.")
    else:
        _decoy_line(doc, DECOYS, 0.25)
    doc.p(f"Shared with {doc.name(rng.choice(DETECTIVES))} the same day.")


def letter(doc: Doc) -> None:
    """A letter: a councillor to the force, a solicitor, a parent, or the head teacher."""
    rng = doc.rng
    kind = rng.choice(["councillor", "solicitor", "parent", "head"])
    doc.p(f"{doc.date:%d %B %Y}")
    if kind == "councillor":
        sender, to = rng.choice(COUNCILLORS), rng.choice(SENIOR)
        doc.p(f"Dear {doc.name(to)},")
        doc.p(f"Residents of {doc.thing(rng.choice(STREETS), 'place')} tell me that "
              f"{doc.thing(rng.choice(FIRMS), 'firm')} is open to children late at night. "
              f"I raised this with {doc.name(rng.choice(MANAGERS))} without reply.")
    elif kind == "solicitor":
        sender, to = SOLICITOR, rng.choice(DETECTIVES)
        doc.p(f"{doc.thing(LAW_FIRM, 'firm')}  Our ref: FH/{rng.randint(100, 999)}")
        doc.p(f"Dear {doc.name(to)},")
        doc.p(f"We act for {doc.name(rng.choice(SUSPECTS))}, interviewed on "
              f"{doc.date:%d/%m/%Y}. Please disclose the statement of {doc.name(rng.choice(COLLARED))}.")
    elif kind == "parent":
        kid = rng.choice(list(PARENT_OF))
        sender, to = PARENT_OF[kid], rng.choice(SOCIAL)
        doc.p(f"To {doc.name(to)}, {doc.thing(COUNCIL_SHORT, 'org')}")
        doc.p(f"I am writing about my daughter {doc.young(kid)}. She was brought home at 3am by "
              f"{doc.name(rng.choice(SUSPECTS))} in a {doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    else:
        sender, to = HEAD, rng.choice(MANAGERS)
        doc.p(f"{doc.thing(SCHOOL, 'org')}")
        doc.p(f"Dear {doc.name(to)},")
        doc.p(f"Attendance of {doc.young(rng.choice(YOUNG))} has fallen to "
              f"{rng.randint(30, 70)}%. {doc.name(rng.choice(COLLARED))} has visited the school.")
    if rng.random() < 0.4:
        doc.p(f"I have copied this letter to {doc.name(rng.choice(COUNCILLORS), email_ok=True)}.")
    doc.p(rng.choice(["Yours sincerely,", "Yours faithfully,", "Regards,"]))
    doc.p(doc.name(sender))


def email(doc: Doc) -> None:
    """An e-mail with its headers, a reply, and the earlier message quoted below it."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.5 else [],
                    subject=rng.choice([f"RE: {doc.operation}", "RE: strategy meeting",
                                        "RE: missing episode", "RE: licensing concerns"]))
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    greeting = "Thanks" if _by_address(doc, first) else f"{doc.name(first)} - thanks"
    doc.p(f"{greeting}. I agree we need {doc.name(rng.choice(SENIOR))} to see "
          f"this before the review.")
    doc.p(f"{doc.young(kid)} was seen again with {doc.name(suspect)} at "
          f"{doc.thing(rng.choice(FIRMS), 'firm')}.")
    if rng.random() < 0.4:
        doc.p(f"Please also copy {doc.name(rng.choice(WITH_EMAIL), email_ok=True)}.")
    _decoy_line(doc, DECOYS, 0.12)
    if not _by_address(doc, sender):  # a signature is a name, never an address
        doc.p(doc.name(sender))
    doc.p(f"On {doc.date:%d/%m/%Y}, {doc.name(first)} wrote:")
    doc.p(f"> Can we talk about {doc.name(suspect)} and the "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} on "
          f"{doc.thing(rng.choice(STREETS), 'place')}?")
    doc.p(f"> {doc.name(rng.choice(COLLARED))} has the log. {doc.name(first)}")


def _by_address(doc: Doc, canonical: str) -> bool:
    """Whether this e-mail names the person only by their address."""
    return doc.plans.get(canonical) == ("only", "email")


def _address(doc: Doc, canonical: str) -> str:
    """A header address: the bare address when that is the planned form, else a display name."""
    person = BY_NAME[canonical]
    shown = doc.name(canonical, email_ok=True)
    if shown == person.email:
        return person.email
    doc.record(canonical, "email", person.email)
    return f'"{shown}" <{person.email}>'


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "intel_report": intel_report, "custody_record": custody_record,
    "strategy_meeting": strategy_meeting, "referral": referral,
    "return_interview": return_interview, "email": email, "letter": letter,
}
