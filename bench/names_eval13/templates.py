"""The eight kinds of case file of the thirteenth set, each written through a `Doc`.

Financial investigators' account analyses (a table of transactions with payees as a bank prints
them), pre-sentence reports (numbered headings, sources of information, an author's block),
prison social visits logs (a table of visitors, relationship and who booked the visit), police
duty rosters (a grid of shifts, officers and duties, with a tasking note), interpreter booking
confirmations (a form with the fields on the left in capitals), ambulance patient report forms
(a crew's notes with timings and who was told), e-mails (forwarded under an Apple Mail "Begin
forwarded message:" block, or replies quoting with bars under a "Quoting ..." line; display names
with the department and organisation in brackets; a sign-off with a middle dot and from 2009 an
iPhone line) and letters of six kinds ("Please quote" reference, "For the attention of", a
subject line in capitals naming the child, "Copies:" at the foot, "Attachments"). Worded and laid
out for this set. People are picked by role and written through `Doc.name` / `Doc.young`;
non-persons through `Doc.thing`.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.names_eval9 import templates as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval13.cast import BY_NAME, CAST, COUNCIL, FORCE, FORCE_SHORT, TOWN
from bench.names_eval13.doc import Doc

VEHICLES = ("Proton Persona", "Kia Rio", "Nissan Almera", "Fiat Punto", "Peugeot 307",
            "Toyota Yaris", "Chrysler Voyager", "Rover 25", "VW Sharan", "Hyundai Coupe",
            "Audi A3 Sportback", "Suzuki Swift")
STREETS = ("Gillam Street", "Hobb Lane", "Intake Road", "Sowood Gate", "Cottonstones Hey",
           "Greetland Row", "Barkisland Close", "Soyland Terrace", "Krumlin Way", "Luddenden Yard")
HOMES = ("Greetland House Children's Home", "Soyland Lodge Supported Housing")
OFFICES = ("Kestlemoor Civic Hall, Room 2.07", "Cottonstones Family Hub", "WLP Central, 3rd Floor")
STATIONS = ("Kestlemoor Police Station", "Lathbury Custody Suite")
PRISON = "HMP Barkisland"
FIRMS = ("Hassett Motors", "Topaz Nails", "Comet Cabs", "Royal Oak Amusements",
         "Peacock Vape Shop", "Orchid Shisha Bar", "Gatehouse Self Storage",
         "Stainland Pizza & Grill", "Krumlin Mini Market")
LAW_FIRM = "Saporta Law LLP"
SCHOOL = "Skelder Academy"
SURGERY = "Copley Medical Centre"
CONVENT = "St Brigid's Convent"
AMBULANCE = "North Lathbury Ambulance Service"
STRANGERS = ("Smokey", "Tall Man", "Cuz", "Gaffer", "Nephew")
BANK_CODES = ("FPO", "BGC", "DD", "TFR", "CSH", "POS")

COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS")]
SENIOR = ["Kēhau Kaʻaihue", "Lionel van Langenberg", "Ahmedou Ould Sidaty"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PCSO", "PS")]
POLICE = [p.canonical for p in CAST if p.group == "police"]
ANALYST = "Siew Choon Liew"
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
WORKERS = ["Marisol Figueroa Rivera", "Claver Niyonkuru", "Hawanatu Lahai",
           "Marisol Figueroa Rivera"]
MANAGER, YOT = "Nilakshi Baruah", "Varney Zubah"
HEAD, SOLICITOR = "Curdin Derungs", "Sarina Saporta"
SISTER, GP, INTERPRETER = "Filomena Sarmento", "Stepan Gaydarji", "Gatluak Puok"
YOUNG = [p.canonical for p in CAST if p.group == "young"]
# Suspects who also use another name are picked more often, so that it is measured enough.
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect" for _ in range(2 if p.alias else 1)]
PARENT_OF = {"Tegan Pask": "Hayley Pask", "Rojina Bajracharya": "Surendra Bajracharya",
             "Yoandri Oquendo Betancourt": "Odalys Betancourt Llanes"}
PARENTS = list(PARENT_OF.values())
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
LANGUAGES = {"Gatluak Puok": ("Nuer", "Arabic (Juba)", "Dinka")}
DEPT = {"police": ("CID", "PVP", "Intel Unit"), "council": ("CSC", "MET team", "YOS"),
        "school": ("Safeguarding",), "solicitor": ("Criminal",), "church": ("Parish",),
        "hospital": ("Practice",), "interpreter": ("Language Services",)}
SHORT = {"police": FORCE_SHORT, "council": "KDC", "school": "SKA", "solicitor": "SAPORTA",
         "church": "ST BRIGID", "hospital": "NHS", "interpreter": "KDC"}
ORG = {"police": FORCE, "council": COUNCIL, "school": SCHOOL, "solicitor": LAW_FIRM,
       "church": CONVENT, "hospital": SURGERY, "interpreter": COUNCIL}

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
        doc.p(f"N.B. {doc.name(decoy)} ({role}) is not {real}: dates of birth differ.")
        return
    written = doc.name(decoy)
    doc.p(doc.rng.choice([f"Also seen: {written}, {role}, no concerns.",
                          f"Checks on {written} ({role}) negative.",
                          f"{written}, a {role}, was spoken to and is not involved."]))


def bank_extract(doc: Doc) -> None:
    """A financial investigator's account analysis: holder, then a table of transactions with
    payees as the bank prints them."""
    rng = doc.rng
    holder = rng.choice(SUSPECTS)
    doc.h(doc.thing("FINANCIAL INVESTIGATION - ACCOUNT ANALYSIS", "heading"))
    doc.p(f"{doc.thing('Account holder', 'label')}: {doc.name(holder)}   "
          f"{doc.thing('Sort code', 'label')}: {rng.randint(10, 99)}-{rng.randint(10, 99)}-"
          f"{rng.randint(10, 99)}   {doc.thing('Analyst', 'label')}: {doc.name(ANALYST)}")
    rows = [[doc.thing("Date", "label"), doc.thing("Type", "label"),
             doc.thing("Description", "label"), doc.thing("Out", "label"),
             doc.thing("In", "label")]]
    payees = rng.sample([s for s in dict.fromkeys(SUSPECTS) if s != holder], 2)
    for payee in payees:
        rows.append([f"{rng.randint(1, 28):02d}/{doc.date:%m/%y}", rng.choice(BANK_CODES),
                     doc.name(payee), f"{rng.randint(20, 900)}.00", ""])
    rows.append([f"{rng.randint(1, 28):02d}/{doc.date:%m/%y}", "POS",
                 doc.thing(rng.choice(FIRMS), "firm"), "", f"{rng.randint(5, 90)}.50"])
    doc.table(rows)
    doc.p(f"Top-up vouchers bought the same evenings {doc.young(rng.choice(YOUNG))} was missing.")
    _decoy(doc, ("Brandan Scattergood", "Jallah Kolley", "Wander Almázar"), 0.35)
    doc.p(f"{doc.thing('Production order obtained by', 'label')}: "
          f"{doc.name(rng.choice(DETECTIVES))}")


def pre_sentence_report(doc: Doc) -> None:
    """A pre-sentence report: numbered headings, sources, offence analysis, the author."""
    rng = doc.rng
    subject = rng.choice(SUSPECTS)
    doc.h(doc.thing("PRE-SENTENCE REPORT", "heading"))
    doc.p(f"1. {doc.thing('Defendant', 'label')}: {doc.name(subject)}\n"
          f"2. {doc.thing('Court', 'label')}: {TOWN} Crown Court")
    sources = [doc.name(rng.choice(DETECTIVES)), doc.name(rng.choice(WORKERS))]
    if rng.random() < 0.4:
        sources.append(doc.name(INTERPRETER))
    if rng.random() < 0.35:
        sources.append(f"school records ({doc.name(HEAD)})")
    doc.p(f"3. {doc.thing('Sources of information', 'label')}: interview at "
          f"{doc.thing(PRISON, 'building')}; CPS papers; discussions with " + "; ".join(sources))
    doc.p(f"4. {doc.thing('Offence analysis', 'label')}: the defendant met "
          f"{doc.young(rng.choice(YOUNG))} through {doc.name(_one(rng, SUSPECTS, (subject,)))} "
          f"and drove them in a {doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    _decoy(doc, DECOYS, 0.2)
    doc.p(f"{doc.thing('Author', 'label')}: {doc.name(YOT)}, {BY_NAME[YOT].role}\n"
          f"{doc.thing('Countersigned', 'label')}: {doc.name(MANAGER)}")


def prison_visits(doc: Doc) -> None:
    """A prison social visits log: the prisoner, then visitors, relationship and who booked."""
    rng = doc.rng
    prisoner = rng.choice(SUSPECTS)
    doc.h(f"{doc.thing(PRISON, 'building')} - {doc.thing('SOCIAL VISITS LOG', 'heading')}")
    doc.p(f"{doc.thing('Prisoner', 'label')}: {doc.name(prisoner)} "
          f"({rng.choice('ABFGK')}{rng.randint(1000, 9999)}{rng.choice('XYZ')})")
    rows = [[doc.thing("Visitor", "label"), doc.thing("Stated relationship", "label"),
             doc.thing("Booked by", "label")]]
    for visitor in rng.sample([s for s in dict.fromkeys(SUSPECTS) if s != prisoner], 2):
        rows.append([doc.name(visitor), rng.choice(["cousin", "friend", "brother", "none given"]),
                     rng.choice(["phone", "online", "in person"])])
    if rng.random() < 0.5:
        rows.append([doc.young(rng.choice(YOUNG)), "friend (stated)", "phone"])
    if rng.random() < 0.45:
        rows.append([doc.name(SOLICITOR), "legal visit", doc.thing(LAW_FIRM, "firm")])
    doc.table(rows)
    _decoy(doc, ("Aslanbek Tsoroev", "Todor Kostoglou", "Seferino Amaral"), 0.4)
    doc.p(f"Log supplied to {doc.name(rng.choice(POLICE))} on request.")


def duty_roster(doc: Doc) -> None:
    """A police duty roster: a grid of shifts, officers and duties, and a tasking note."""
    rng = doc.rng
    doc.h(f"{doc.thing('DUTY ROSTER', 'heading')} - {doc.operation} - w/c {doc.date:%d.%m.%Y}")
    rows = [[doc.thing("Shift", "label"), doc.thing("Officer", "label"),
             doc.thing("Duty", "label")]]
    officers = rng.sample(POLICE, 4)
    for shift, officer in zip(("Earlies", "Lates", "Nights", "Rest day"), officers, strict=True):
        duty = rng.choice(["obs on", "custody cover", "return interviews", "house-to-house"])
        if duty == "obs on":  # only the firm written is recorded
            duty = f"obs on {doc.thing(rng.choice(FIRMS), 'firm')}"
        rows.append([shift, doc.name(officer), duty])
    doc.table(rows)
    doc.p(f"{doc.thing('Tasking', 'label')}: trace {doc.name(rng.choice(SUSPECTS))}; last seen "
          f"at {doc.thing(rng.choice(STREETS), 'place')} with "
          f"{doc.thing(rng.choice(STRANGERS), 'forename')}.")
    if rng.random() < 0.6:
        doc.p(f"{doc.thing('Community concern', 'label')}: raised by "
              f"{doc.name(rng.choice(COUNCILLORS))} on behalf of residents.")
    _decoy(doc, DECOYS, 0.18)
    doc.p(f"{doc.thing('Authorised', 'label')}: {doc.name(rng.choice(SENIOR))}")


def interpreter_booking(doc: Doc) -> None:
    """An interpreter booking confirmation: fields in capitals on the left, then a note."""
    rng = doc.rng
    client = rng.choice([*YOUNG, *SUSPECTS])
    doc.h(doc.thing("INTERPRETING BOOKING CONFIRMATION", "heading"))
    shown = doc.young(client) if client in YOUNG else doc.name(client)
    doc.p(f"{doc.thing('INTERPRETER', 'label')}    {doc.name(INTERPRETER)}\n"
          f"{doc.thing('LANGUAGE', 'label')}       {rng.choice(LANGUAGES[INTERPRETER])}\n"
          f"{doc.thing('CLIENT', 'label')}         {shown}\n"
          f"{doc.thing('REQUESTED BY', 'label')}   {doc.name(rng.choice([*DETECTIVES, *WORKERS]))}\n"
          f"{doc.thing('VENUE', 'label')}          "
          f"{doc.thing(rng.choice([*STATIONS, OFFICES[1]]), 'building')}")
    adult = PARENT_OF.get(client, rng.choice([*PARENTS, *PARENTS, HEAD, *WORKERS]))
    if client in YOUNG:
        doc.p(f"{doc.thing('APPROPRIATE ADULT', 'label')} {doc.name(adult)}")
    doc.p(f"{doc.thing('AUTHORISED', 'label')}     {doc.name(rng.choice([MANAGER, *SENIOR]))}")
    _decoy(doc, DECOYS, 0.15)
    if rng.random() < 0.4:
        doc.p(f"Note: the interpreter must not be known to {doc.name(rng.choice(SUSPECTS))}.")


def ambulance_record(doc: Doc) -> None:
    """An ambulance patient report form: the patient, the caller, the crew's notes with times,
    and who was told."""
    rng = doc.rng
    kid = rng.choice(YOUNG)
    doc.h(f"{doc.thing(AMBULANCE, 'org')} - {doc.thing('PATIENT REPORT FORM', 'heading')}")
    doc.p(f"{doc.thing('Patient', 'label')}: {doc.young(kid)}   "
          f"{doc.thing('Called by', 'label')}: "
          f"{doc.name(PARENT_OF.get(kid, rng.choice([*PARENTS, SISTER, SISTER, HEAD, *WORKERS])))}")
    doc.p(f"{rng.randint(0, 5):02d}:{rng.randint(10, 59)} on scene at "
          f"{doc.thing(rng.choice(STREETS), 'place')}. Pt intoxicated; says they were given vodka "
          f"by {doc.name(rng.choice(SUSPECTS))} in a {doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    doc.p(f"{doc.thing('Police informed', 'label')}: {doc.name(rng.choice(UNIFORM))}")
    _decoy(doc, ("Aslanbek Tsoroev", "Jallah Kolley", "Brandan Scattergood"), 0.32)
    doc.p(f"{doc.thing('Safeguarding referral to', 'label')}: {doc.name(MANAGER)}; "
          f"{doc.thing('GP', 'label')}: {doc.name(GP)}")


def _letter_body(doc: Doc, kind: str, kid: str) -> str:
    """The paragraph of one kind of letter (only that kind's names are written)."""
    rng = doc.rng
    if kind == "gp":
        return (f"{doc.young(kid)} was seen at the surgery with bruising and would not say how. "
                f"The friend named was {doc.name(rng.choice(SUSPECTS))}.")
    if kind == "sister":
        return (f"Girls from {doc.thing(HOMES[0], 'building')} are collected outside "
                f"{doc.thing(CONVENT, 'org')} by a {doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    if kind == "solicitor":
        return (f"We act for {doc.name(rng.choice(SUSPECTS))} and ask for disclosure of the "
                f"interview of {doc.young(kid)}.")
    if kind == "parent":
        return (f"{doc.young(kid)} has not been home for two nights and is staying with "
                f"{doc.name(rng.choice(SUSPECTS))} above {doc.thing(rng.choice(FIRMS), 'firm')}.")
    if kind == "school":
        return (f"{doc.young(kid)} left school at break in a "
                f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}; this is the fourth time.")
    return (f"Constituents in {doc.thing(rng.choice(STREETS), 'place')} report "
            f"{doc.thing(rng.choice(FIRMS), 'firm')} open all night. Please ask "
            f"{doc.name(MANAGER)} to reply.")


_SENDERS: dict[str, tuple[list[str], list[str]]] = {
    "gp": ([GP], WORKERS), "sister": ([SISTER], SENIOR), "solicitor": ([SOLICITOR], DETECTIVES),
    "parent": (PARENTS, [MANAGER, *COUNCILLORS]), "school": ([HEAD], [*WORKERS, YOT]),
    "councillor": (COUNCILLORS, SENIOR),
}


def letter(doc: Doc) -> None:
    """A letter of one of six kinds: the sender's organisation, a "Please quote" reference,
    "For the attention of", a subject line in capitals, body, signature, "Copies:" and
    "Attachments"."""
    rng = doc.rng
    kind = rng.choice([*_SENDERS, "parent", "councillor"])  # more parents and councillors
    senders, recipients = _SENDERS[kind]
    sender, to = rng.choice(senders), rng.choice(recipients)
    doc.p(_org(doc, sender) if BY_NAME[sender].group in ORG else TOWN)
    doc.p(f"{doc.thing('Please quote', 'label')}: {rng.choice('KLMNPR')}/{rng.randint(10, 99)}/"
          f"{doc.date:%Y}-{rng.randint(100, 999)}   {doc.date:%d.%m.%Y}")
    doc.p(f"{doc.thing('For the attention of', 'label')}: {doc.name(to)}\n{_org(doc, to)}")
    kid = rng.choice(YOUNG)
    if kind == "parent":  # a parent writes about their own child
        kid = next(child for child, parent in PARENT_OF.items() if parent == sender)
    doc.p(rng.choice(["Dear Colleague", "Dear Sir or Madam", "To whom it may concern"]))
    doc.p(f"{doc.thing('SUBJECT', 'label')}: {doc.young(kid)}")
    doc.p(_letter_body(doc, kind, kid))
    _decoy(doc, DECOYS, 0.2)
    doc.p(rng.choice(["Yours faithfully", "Yours sincerely", "Kind regards"]))
    doc.p(doc.name(sender))
    if BY_NAME[sender].role:
        doc.p(BY_NAME[sender].role)
    if rng.random() < 0.35:
        doc.p(f"{doc.thing('Copies', 'label')}: "
              f"{doc.name(rng.choice([*COUNCILLORS, ANALYST, YOT]), email_ok=True)}")
    if rng.random() < 0.3:
        doc.p(f"{doc.thing('Attachments', 'label')} ({rng.randint(1, 4)})")


def email(doc: Doc) -> None:
    """A forwarded message under an Apple Mail "Begin forwarded message:" block, or a reply
    quoting the earlier message with bars under a "Quoting ..." line."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"Fwd: {doc.operation}", "Fwd: roster", "Re: account analysis",
                          "Re: PSR", "Fwd: ambulance PRF", "Re: interpreter booking"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.45 else [], subject=subject)
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    older = _one(rng, WITH_EMAIL, (sender,))
    if subject.startswith("Fwd"):
        doc.p(f"See below - {doc.name(rng.choice(SENIOR))} wants this on the next agenda.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))
        doc.p("Begin forwarded message:")
        doc.p(f"From: {doc.name(older, email_ok=True)}\nSubject: {subject[5:]}\n"
              f"Date: {doc.date:%d %B %Y} {rng.randint(7, 18):02d}:{rng.randint(10, 59)}\n"
              f"To: {doc.name(first, email_ok=True)}")
        doc.p(f"{doc.young(kid)} was seen getting out of a car driven by {doc.name(suspect)}. "
              f"{doc.name(rng.choice(COLLARED))} has the index.")
    else:
        hello = "Hi all," if _by_address(doc, first) else f"{doc.name(first)},"
        doc.p(f"{hello} see my answers between your lines.")
        doc.p(f"Quoting {doc.name(older, email_ok=True)}:\n| Has {doc.young(kid)} been found?")
        doc.p(f"Yes - at {doc.thing(rng.choice(FIRMS), 'firm')} at 6am.")
        doc.p(f"| And the man?\n| | {doc.name(suspect)} again, per the neighbours.")
        doc.p(f"Agreed; {doc.name(rng.choice(WORKERS))} is doing the return interview.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))


def _signature(doc: Doc, sender: str) -> str:
    """A sign-off: a nickname sometimes, the name unless the address alone names the sender,
    the role and the organisation with a middle dot, and from 2009 an iPhone line."""
    person = BY_NAME[sender]
    lines = [doc.rng.choice(["Rgds", "Many thanks", "Speak soon", "Thanks"])]
    if person.nickname and doc.rng.random() < 0.35:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    if not _by_address(doc, sender):
        lines.append(doc.name(sender))
    lines.append(f"{person.role} · {_org(doc, sender)} · 01484 {doc.rng.randint(600000, 699999)}")
    if doc.date.year >= 2009 and doc.rng.random() < 0.4:
        lines.append("Sent from my iPhone")
    return "\n".join(lines)


def _address(doc: Doc, canonical: str) -> str:
    """A header address: the bare address when that is the planned form, else a display name,
    in half the headers with the department and organisation in brackets after it."""
    person = BY_NAME[canonical]
    shown = doc.name(canonical, email_ok=True)
    if any(ch in shown for ch in '"()[]'):  # keep a display name valid
        planned = shown
        for old, new in (('"', ""), (" (", " - "), (")", ""), (" [", " - "), ("]", ""),
                         ("[", "")):
            shown = shown.replace(old, new)
        if doc.ambiguous and doc.ambiguous[-1]["written"] == planned:  # a namesake's form
            doc.ambiguous[-1]["written"] = shown
        else:
            doc.written[canonical][-1] = shown
    if shown == person.email:
        return person.email
    doc.record(canonical, "email", person.email)
    if doc.rng.random() < 0.5:
        dept = doc.rng.choice(DEPT.get(person.group, ("Admin",)))
        return f'"{shown} ({dept}, {SHORT[person.group]})" <{person.email}>'
    return f'"{shown}" <{person.email}>'


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "bank_extract": bank_extract, "pre_sentence_report": pre_sentence_report,
    "prison_visits": prison_visits, "duty_roster": duty_roster,
    "interpreter_booking": interpreter_booking, "ambulance_record": ambulance_record,
    "email": email, "letter": letter,
}
