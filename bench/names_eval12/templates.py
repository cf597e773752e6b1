"""The eight kinds of case file of the twelfth set, each written through a `Doc`.

Housing officers' tenancy visit records (a form of boxes), social media capture logs (a table
of captured messages with the profile, the account holder and the message), safeguarding board
sub-group minutes laid out as a table (item, discussion, owner), section 9 witness statements
(a declaration, continuation pages, a witness to the signature), councillors' ward casework
notes (a form), detached youth work session logs, e-mails (Lotus Notes display names with the
department and the organisation after slashes, forwarded chains under a "Forwarded by" line,
interleaved replies with quoted lines answered in turn; a sign-off on one line with bars) and
letters of six kinds ("Our ref / Your ref", a "Re:" heading, "cc" at the foot, "Enc."). Worded
and laid out for this set. People are picked by role and written through `Doc.name` /
`Doc.young`; non-persons through `Doc.thing`.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.names_eval9 import templates as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval12.cast import BY_NAME, CAST, COUNCIL, FORCE, FORCE_SHORT, TOWN
from bench.names_eval12.doc import Doc

VEHICLES = ("Daewoo Nexia", "Seat Toledo", "Mitsubishi Shogun", "Renault Megane Scenic",
            "Skoda Octavia", "Mazda 323F", "Honda Accord", "Vauxhall Zafira", "BMW 318i",
            "Citroen Xsara Picasso", "Lexus IS200", "Ford Mondeo Estate")
STREETS = ("Thornleigh Brow", "Cragg Vale Cl", "Ashenhurst Ter", "Withens Rd", "Crimsworth Ave",
           "Slack Bottom Ln", "Mirfield Gth", "Scarrow Moor Rd", "Pecket Well Cft", "Shroggs Edge Wy")
HOMES = ("Withens Rd Children's Home", "Shroggs Edge Supported Lodgings", "Cragg Vale Res. Unit")
OFFICES = ("Scarrowfield Civic Centre, Rm 4.12", "Thornleigh Family Centre", "HCC HQ, Suite 2")
STATIONS = ("Scarrowfield Police Stn", "Crimsworth Ave Custody", "Mirfield Gth Police Post")
FIRMS = ("Kaya Kebab House", "Star Cars Scarrowfield", "Lucky Dragon Arcade", "Baltic Food Store",
         "Fast Fone Repairs", "Mirfield Gth Car Wash", "Sunrise Shisha Lounge", "Shroggs Edge Off Licence",
         "Dimac Cleaning Services")
LAW_FIRM = "Laishram & Co Solicitors"
SCHOOL = "Thornleigh High School"
SURGERY = "Cragg Vale Medical Practice"
CHURCH = "Shiloh Pentecostal Fellowship"
HOUSING = "Scarrowfield Homes"
# The services a message could have come from, by the year they were in use.
PLATFORMS = ((2003, ("MSN Messenger", "Yahoo! Messenger", "text (SMS)")),
             (2009, ("MSN Messenger", "Bebo", "MySpace", "text (SMS)")),
             (9999, ("Facebook", "BBM", "Snapchat", "Instagram", "WhatsApp")))
HANDLES = ("babyg1rl_x", "xxBADBOYxx", "lil_miss_trouble", "king_of_scf", "dreamz_4eva",
           "s3xy_lady98", "boss_man_scf")
STRANGERS = ("Bullet", "Mr Big", "Uncle", "Tiny", "Scar")

COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS")]
SENIOR = ["Rhodri ap Gwilym", "Tarık Aydoğan", "Ferenc Kertész"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PCSO", "PS")]
ANALYST = "Ketut Sudarsana"
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
WORKERS = ["Rūta Žukauskaitė", "Yao N'Guessan", "Nafula Wanjala", "Rūta Žukauskaitė"]
MANAGER, YOT = "Neema Lyimo", "Ọláwálé Adébáyọ̀"
HEAD, SOLICITOR = "Alasdair Mac Gill-Eain", "Bembem Laishram"
PASTOR, GP, INTERPRETER = "Jean-Pierre Fotso", "Tsegay Gebrekidan", "Nasir Baloch"
YOUNG = [p.canonical for p in CAST if p.group == "young"]
# Suspects who also use another name are picked more often, so that it is measured enough.
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect" for _ in range(2 if p.alias else 1)]
PARENT_OF = {"Kayleigh-Ann Rawcliffe": "Tracey Rawcliffe", "Ang Lhamu Salaka": "Nima Salaka",
             "Dorina Bihari": "Ilona Bihari"}
PARENTS = list(PARENT_OF.values())
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
DEPT = {"police": ("CID", "PPU", "Intel"), "council": ("CSC", "MCT", "YOT"),
        "school": ("Pastoral",), "solicitor": ("Crime",), "church": ("Office",),
        "hospital": ("GP",), "interpreter": ("Lang",)}
SHORT = {"police": FORCE_SHORT, "council": "SBC", "school": "THS", "solicitor": "LAISHRAM",
         "church": "SHILOH", "hospital": "NHS", "interpreter": "SBC"}
ORG = {"police": FORCE, "council": COUNCIL, "school": SCHOOL, "solicitor": LAW_FIRM,
       "church": CHURCH, "hospital": SURGERY, "interpreter": COUNCIL}

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
        doc.p(f"NB {doc.name(decoy)}, a {role}, is a different man from {real} (PNC checked).")
        return
    written = doc.name(decoy)
    doc.p(doc.rng.choice([f"Other name given: {written} ({role}) - TIE'd and eliminated.",
                          f"Spoke with {written}, a {role}, who had nothing to add.",
                          f"{written} ({role}) also present; not of interest."]))


def housing_visit(doc: Doc) -> None:
    """A housing officer's tenancy visit record: tenant, address, who was present, concerns."""
    rng = doc.rng
    tenant = rng.choice(SUSPECTS)
    doc.h(f"{doc.thing(HOUSING, 'org')} - {doc.thing('TENANCY VISIT RECORD', 'heading')}")
    doc.p(f"[{doc.thing('Tenant', 'label')}] {doc.name(tenant)}\n"
          f"[{doc.thing('Property', 'label')}] Flat {rng.randint(1, 24)}, {rng.randint(3, 90)} "
          f"{doc.thing(rng.choice(STREETS), 'place')}\n"
          f"[{doc.thing('Visit date', 'label')}] {doc.date:%d.%m.%Y}")
    doc.p(f"[{doc.thing('Others present', 'label')}] a girl who gave her name as "
          f"{doc.young(rng.choice(YOUNG))}; a man who left by the back door.")
    doc.p(f"[{doc.thing('Concerns', 'label')}] Mattresses in the living room; a "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} outside belongs to a friend of the "
          f"tenant. Neighbour says {doc.thing(rng.choice(STRANGERS), 'forename')} calls at night.")
    if rng.random() < 0.4:
        doc.p(f"[{doc.thing('Sub-let to', 'label')}] {doc.name(_one(rng, SUSPECTS, (tenant,)))}")
    _decoy(doc, DECOYS, 0.25)
    doc.p(f"[{doc.thing('Shared with', 'label')}] {doc.name(rng.choice(UNIFORM))}; "
          f"{doc.name(rng.choice(WORKERS))}")


def social_media_log(doc: Doc) -> None:
    """A capture log of social media messages: when, platform, profile, account holder, text."""
    rng = doc.rng
    doc.h(doc.thing("SOCIAL MEDIA CAPTURE LOG", "heading"))
    doc.p(f"{doc.thing('Device / account of', 'label')}: {doc.young(rng.choice(YOUNG))}   "
          f"{doc.thing('Captured by', 'label')}: {doc.name(ANALYST)}")
    rows = [[doc.thing("Date/time", "label"), doc.thing("Platform", "label"),
             doc.thing("Profile", "label"), doc.thing("Account holder", "label"),
             doc.thing("Message", "label")]]
    platforms = next(names for until, names in PLATFORMS if doc.date.year < until)
    for suspect in rng.sample(list(dict.fromkeys(SUSPECTS)), rng.randint(2, 3)):
        rows.append([f"{doc.date:%d/%m} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                     rng.choice(platforms), rng.choice(HANDLES), doc.name(suspect),
                     rng.choice(["u coming out 2nite", "ill pick u up at 10", "dont tell ur mum",
                                 "got u a top up"])])
    doc.table(rows)
    _decoy(doc, ("Mustafa Kılıçaslan", "Romel Magsino", "Zubair Ahmed Mazumder"), 0.4)
    doc.p(f"Attribution confirmed by {doc.name(rng.choice(DETECTIVES))} from subscriber checks; "
          f"seizure by {doc.name(rng.choice(COLLARED))}.")


def board_minutes(doc: Doc) -> None:
    """Safeguarding board sub-group minutes as a table: item, discussion, owner."""
    rng = doc.rng
    doc.h(doc.thing("LSCB CSE SUB-GROUP - NOTE OF MEETING", "heading"))
    chair = rng.choice([MANAGER, *SENIOR])
    attendees = list(dict.fromkeys([chair, rng.choice(COUNCILLORS), rng.choice(WORKERS), YOT]))
    doc.p(f"{doc.date:%A %d %B %Y}, {doc.thing(rng.choice(OFFICES), 'building')}\n"
          f"{doc.thing('Attendees', 'label')}: " + ", ".join(doc.name(p) for p in attendees))
    doc.p(f"{doc.thing('Sent apologies', 'label')}: {doc.name(rng.choice([HEAD, GP, PASTOR]))}")
    kid = rng.choice([*YOUNG, *PARENT_OF])
    rows = [[doc.thing("Item", "label"), doc.thing("Discussion", "label"),
             doc.thing("Owner", "label")],
            ["1", f"{doc.young(kid)}: missing {rng.randint(2, 9)} times; seen with "
                  f"{doc.name(rng.choice(SUSPECTS))}", doc.name(rng.choice([*DETECTIVES, *COLLARED]))],
            ["2", f"{doc.thing(rng.choice(FIRMS), 'firm')} - licence review",
             doc.name(rng.choice(COUNCILLORS))]]
    if kid in PARENT_OF:
        rows.append(["3", "Family view given in person", doc.name(PARENT_OF[kid])])
    doc.table(rows)
    _decoy(doc, DECOYS, 0.2)
    doc.p(f"{doc.thing('Next meeting', 'label')}: six weeks. Minutes taken by "
          f"{doc.name(rng.choice(WORKERS))}.")


def s9_statement(doc: Doc) -> None:
    """A section 9 witness statement: the declaration, the account, a continuation page, and
    the signature witnessed."""
    rng = doc.rng
    witness = rng.choice([*PARENTS, HEAD, PASTOR, GP, *YOUNG, *WORKERS])
    young = witness in YOUNG
    doc.h(doc.thing("WITNESS STATEMENT (CJ Act 1967, s.9)", "heading"))
    shown = doc.young(witness) if young else doc.name(witness)
    doc.p(f"{doc.thing('Name', 'label')}: {shown}   "
          f"{doc.thing('Over 18', 'label')}: {'No' if young else 'Yes'}")
    doc.p("This statement, consisting of 2 page(s) each signed by me, is true to the best of my "
          "knowledge and belief.")
    doc.p(f"I know {doc.name(rng.choice(SUSPECTS))} because he drives for "
          f"{doc.thing(rng.choice(FIRMS), 'firm')}. I saw him near "
          f"{doc.thing(rng.choice(STREETS), 'place')} in a {doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    if not young:
        doc.p(f"With him was {doc.young(rng.choice(YOUNG))}, who looked frightened.")
    doc.p(f"{doc.thing('Continuation of statement of', 'label')}: {shown if not young else '(as above)'}")
    if rng.random() < 0.3:
        doc.p(f"I gave this account in my own language through {doc.name(INTERPRETER)}.")
    _decoy(doc, ("Vytautas Jakauskas", "Darren Pell-Ekersley", "Zoltán Bognár"), 0.38)
    doc.p(f"{doc.thing('Signature witnessed by', 'label')}: {doc.name(rng.choice(DETECTIVES))}, "
          f"{doc.thing(rng.choice(STATIONS), 'building')}")


def ward_casework(doc: Doc) -> None:
    """A councillor's ward casework note: constituent, issue, referred to, reply."""
    rng = doc.rng
    cllr = rng.choice(COUNCILLORS)
    doc.h(doc.thing("WARD CASEWORK - CONSTITUENT CONTACT", "heading"))
    doc.p(f"{doc.thing('Councillor', 'label')} .......... {doc.name(cllr)}")
    constituent = rng.choice([*PARENTS, *PARENTS, PASTOR, HEAD])
    doc.p(f"{doc.thing('Constituent', 'label')} .......... {doc.name(constituent)}")
    doc.p(f"{doc.thing('Issue', 'label')} .......... men in a "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} waiting near "
          f"{doc.thing(rng.choice([SCHOOL, HOMES[0], HOMES[1]]), 'building')}; "
          f"one named locally as {doc.name(rng.choice(SUSPECTS))}.")
    doc.p(f"{doc.thing('Referred to', 'label')} .......... {doc.name(rng.choice([MANAGER, *SENIOR]))}")
    if rng.random() < 0.4:
        doc.p(f"{doc.thing('Reply', 'label')} .......... {doc.name(rng.choice(COLLARED))} "
              "will add the street to patrols.")
    _decoy(doc, DECOYS, 0.22)


def detached_session(doc: Doc) -> None:
    """A detached youth work session log: the area, the young people met, what was seen."""
    rng = doc.rng
    doc.h(doc.thing("DETACHED SESSION LOG", "heading"))
    doc.p(f"{doc.thing('Area', 'label')}: {doc.thing(rng.choice(STREETS), 'place')} / "
          f"{doc.thing(rng.choice(FIRMS), 'firm')}   {doc.thing('Workers', 'label')}: "
          f"{doc.name(YOT)} + 1")
    met = rng.sample(YOUNG, 2)
    doc.p(f"Met {doc.young(met[0])} and {doc.young(met[1])} at about 21:30. Both had new phones.")
    doc.p(f"A {doc.thing(rng.choice(VEHICLES), 'vehicle')} stopped twice; driver believed to be "
          f"{doc.name(rng.choice(SUSPECTS))}. Girls called him "
          f"{doc.thing(rng.choice(STRANGERS), 'forename')}.")
    _decoy(doc, ("Vytautas Jakauskas", "Darren Pell-Ekersley", "Romel Magsino"), 0.35)
    doc.p(f"{doc.thing('Follow-up', 'label')}: passed to {doc.name(rng.choice(WORKERS))} and "
          f"{doc.name(rng.choice(COLLARED))}.")


def _letter_body(doc: Doc, kind: str, kid: str) -> str:
    """The paragraph of one kind of letter (only that kind's names are written)."""
    rng = doc.rng
    if kind == "gp":
        return (f"{doc.young(kid)} attended the practice with an injury. She would not say how "
                f"it happened but mentioned {doc.name(rng.choice(SUSPECTS))}.")
    if kind == "pastor":
        return (f"Members of {doc.thing(CHURCH, 'org')} have seen girls getting into a "
                f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} after the youth service.")
    if kind == "solicitor":
        return (f"We are instructed by {doc.name(rng.choice(SUSPECTS))} and request a copy of "
                f"the custody record and any account given by {doc.young(kid)}.")
    if kind == "parent":
        return (f"My daughter {doc.young(kid)} came home at 4am again. I have told you the man "
                f"is {doc.name(rng.choice(SUSPECTS))} from {doc.thing(rng.choice(FIRMS), 'firm')}.")
    if kind == "school":
        return (f"{doc.young(kid)}'s attendance has fallen to {rng.randint(40, 70)}%. Staff saw "
                f"a {doc.thing(rng.choice(VEHICLES), 'vehicle')} collect her at lunchtime.")
    return (f"Residents of {doc.thing(rng.choice(STREETS), 'place')} have raised "
            f"{doc.thing(rng.choice(FIRMS), 'firm')} with me. Please reply to "
            f"{doc.name(MANAGER)}.")


_SENDERS: dict[str, tuple[list[str], list[str]]] = {
    "gp": ([GP], WORKERS), "pastor": ([PASTOR], SENIOR), "solicitor": ([SOLICITOR], DETECTIVES),
    "parent": (PARENTS, [MANAGER, *COUNCILLORS]), "school": ([HEAD], [*WORKERS, YOT]),
    "councillor": (COUNCILLORS, SENIOR),
}


def letter(doc: Doc) -> None:
    """A letter of one of six kinds: the sender's organisation, "Our ref / Your ref", date,
    salutation, a "Re:" heading, body, signature, "cc" and "Enc."."""
    rng = doc.rng
    kind = rng.choice(list(_SENDERS))
    senders, recipients = _SENDERS[kind]
    sender, to = rng.choice(senders), rng.choice(recipients)
    doc.p(_org(doc, sender) if BY_NAME[sender].group in ORG else TOWN)
    doc.p(f"{doc.thing('Our ref', 'label')}: {rng.choice('ABCDEFGH')}{rng.randint(100, 999)}/"
          f"{doc.date:%y}   {doc.thing('Your ref', 'label')}: {FORCE_SHORT}/{rng.randint(1, 99)}")
    doc.p(f"{doc.date:%d %B %Y}")
    doc.p(f"{doc.name(to)}\n{_org(doc, to)}")
    kid = rng.choice(YOUNG)
    if kind == "parent":  # a parent writes about their own child
        kid = next(child for child, parent in PARENT_OF.items() if parent == sender)
    doc.p(rng.choice(["Dear Sir/Madam", "Dear Colleague", "Dear Officer"]))
    doc.p(f"{doc.thing('Re', 'label')}: {doc.young(kid)}")
    doc.p(_letter_body(doc, kind, kid))
    _decoy(doc, DECOYS, 0.22)
    doc.p(rng.choice(["Yours faithfully", "Yours sincerely", "With best wishes"]))
    doc.p(doc.name(sender))
    if BY_NAME[sender].role:
        doc.p(BY_NAME[sender].role)
    if rng.random() < 0.35:
        doc.p(f"{doc.thing('cc', 'label')} "
              f"{doc.name(rng.choice([*COUNCILLORS, ANALYST, YOT]), email_ok=True)}")
    if rng.random() < 0.3:
        doc.p(f"{doc.thing('Enc.', 'label')}")


def email(doc: Doc) -> None:
    """A forwarded chain under a Lotus Notes "Forwarded by" line, or an interleaved reply
    answering quoted lines in turn."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"Fw: {doc.operation}", "Fw: housing visit", "Re: capture log",
                          "Re: sub-group note", "Fw: detached session", "Re: s9 statement"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.45 else [], subject=subject)
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    older = _one(rng, WITH_EMAIL, (sender,))
    if subject.startswith("Fw"):
        doc.p(f"FYI - see below. {doc.name(rng.choice(SENIOR))} has asked for this by Friday.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))
        doc.p(f"----- Forwarded by {_notes(doc, sender)} on {doc.date:%d/%m/%Y} "
              f"{rng.randint(8, 17):02d}:{rng.randint(10, 59)} -----")
        doc.p(f"{_notes(doc, older)}\n{doc.date:%d/%m/%Y} {rng.randint(7, 9):02d}:"
              f"{rng.randint(10, 59)}\n\nTo: {_notes(doc, first)}\nSubject: {subject[4:]}")
        doc.p(f"{doc.young(kid)} was dropped at the home at 2am by {doc.name(suspect)}. "
              f"{doc.name(rng.choice(COLLARED))} took the registration.")
    else:
        hello = "All," if _by_address(doc, first) else f"{doc.name(first)} -"
        doc.p(f"{hello} answers in line.")
        doc.p(f"{doc.name(older, email_ok=True)} wrote:\n> Is {doc.young(kid)} still missing?")
        doc.p(f"Found this morning at {doc.thing(rng.choice(FIRMS), 'firm')}.")
        doc.p(f"> Who was she with?\n>> {doc.name(suspect)} was seen with her on Friday.")
        doc.p(f"Yes, and {doc.name(rng.choice(WORKERS))} has spoken to the home.")
        _decoy(doc, DECOYS, 0.22)
        doc.p(_signature(doc, sender))


def _notes(doc: Doc, canonical: str) -> str:
    """A Lotus Notes hierarchical name: the person's name, then department and organisation."""
    person = BY_NAME[canonical]
    dept = doc.rng.choice(DEPT.get(person.group, ("Admin",)))
    return f"{doc.name(canonical)}/{dept}/{SHORT[person.group]}"


def _signature(doc: Doc, sender: str) -> str:
    """A sign-off: a nickname sometimes, the name unless the address alone names the sender,
    the role and organisation on one line between bars, and from 2006 a BlackBerry line."""
    person = BY_NAME[sender]
    lines = [doc.rng.choice(["Ta", "Best", "Cheers", "Thanks"])]
    if person.nickname and doc.rng.random() < 0.35:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    if not _by_address(doc, sender):
        lines.append(doc.name(sender))
    lines.append(f"{person.role} | {_org(doc, sender)} | t. 01422 {doc.rng.randint(300000, 399999)}")
    if doc.date.year >= 2006 and doc.rng.random() < 0.4:
        lines.append("Sent from my BlackBerry® wireless device")
    return "\n".join(lines)


def _address(doc: Doc, canonical: str) -> str:
    """A header address: the bare address when that is the planned form, else a display name,
    in half the headers as a Lotus Notes name with department and organisation."""
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
    if doc.rng.random() < 0.5:
        dept = doc.rng.choice(DEPT.get(person.group, ("Admin",)))
        return f'"{shown}/{dept}/{SHORT[person.group]}" <{person.email}>'
    return f'"{shown}" <{person.email}>'


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "housing_visit": housing_visit, "social_media_log": social_media_log,
    "board_minutes": board_minutes, "s9_statement": s9_statement, "ward_casework": ward_casework,
    "detached_session": detached_session, "email": email, "letter": letter,
}
