"""The eight kinds of case file of the twenty-second set, each written through a `Doc`.

Swimming baths poolside logs (time, session, swimmer, lifeguard's note; who paid at the
turnstile; the duty manager; who the log was copied for), travelling fair ride incident books
(ride, time, rider, incident; who gave free rides; the ride owner; who it was reported to),
newsagent paper-round sheets (round, carrier, streets, paid; who collected the round bag; the
newsagent; who took the sheets), truancy sweep records (time, place, young person, school; the
adult with them; the education welfare officer and the officer on the sweep; the parent
contacted), video shop late-returns ledgers (member number, member, film, days late; whose card
the young person used; the shop manager; who seized the ledger), nightclub door logs (time,
name given, ID shown, decision; who tried to sign a young person in; the head doorman; the
licensing officer; who asked for the log), e-mails from Microsoft Entourage and later Outlook
for Mac (replies under an 'On d/m/yy hh:mm, "Name" <address> wrote:' line with "> " quoting,
forwards between "------ Forwarded Message" and "------ End of Forwarded Message" lines with
"From", "Date", "To" and "Subject" lines; a signature with the name and role on one line
after a bar, the organisation and a telephone number with an extension) and letters of eight
kinds ("BY HAND" or "RECORDED DELIVERY" above some, a "RECEIVED" stamp line on some, "My ref:"
and "Please ask for:" lines, the addressee's name, organisation and town, an "RE" line naming the
child, "(signature on file copy)" under a quarter of the signatures, "Attached:" and "cc (by
post):" lines at the foot). Worded and laid out for this set. People are picked by role and
written through `Doc.name` / `Doc.young`; non-persons through `Doc.thing`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bench.names_eval9 import templates as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval13 import templates as thirteenth
from bench.names_eval22.cast import BY_NAME, CAST, COUNCIL, COUNCIL_SHORT, FORCE, FORCE_SHORT, TOWN
from bench.names_eval22.doc import Doc

VEHICLES = ("Vauxhall Astra van", "Nissan Bluebird", "Ford Sierra Sapphire", "Rover 214",
            "Peugeot 405", "Fiat Tipo", "Vauxhall Cavalier", "Ford Transit Connect",
            "Daewoo Nexia", "Proton Persona", "Hyundai Accent", "Talbot Horizon")
STREETS = ("Stackyard Lane", "Cobbold Road", "Furnival Street", "Sharrock Terrace",
           "Gannow Close", "Lockerbrook Avenue", "Spindlewood Crescent", "Oxgang Hill",
           "Hobcross Walk", "Yewcroft Mews")
STREETS_SHORT = ("Stackyard Ln", "Cobbold Rd", "Furnival St.", "Sharrock Terr.",
                 "Lockerbrook Ave.", "Spindlewood Cres.")
BUILDINGS = ("Heronsgate Court", "Bellhanger House", "Haverbrack Towers")
BUILDINGS_SHORT = ("Heronsgate Ct.", "Bellhanger Hse", "Haverbrack Twrs")
HOME = "Latchmere Lodge Children's Home"
HOSPITAL = "Wrensholt Royal Infirmary"
POOL = "Swinbrook Baths"
FAIR = "Cawkwell's Travelling Fair"
NEWS = "Padgate News"
VIDEO = "Flickbox Video"
CLUB = "Bobbinmill Nightclub"
SCHOOL = "Kestrelmoor High School"
LAW_FIRM = "Ndzana Wrenbury Solicitors"
FIRMS = (POOL, FAIR, NEWS, VIDEO, CLUB, "Sizzlers Chicken Bar", "Kwikfix Mobiles",
         "Gimmer's Amusements")
STRANGERS = ("Tadek", "Bex", "Rasmus", "Kenzie", "Ilir")
LONE_TITLES = ("Night Sgt", "Duty Officer", "the Licensing Sgt", "Patrol Insp", "Early Turn Sgt")

COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS", "DI")]
SENIOR = ["Sanatombi Khumanthem", "Roderick Tallentire", "Dalke Wotango",
          "Sanatombi Khumanthem"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PCSO", "PS", "Insp")]
ANALYST = "Ayano Tamagusuku"
COUNCILLORS = [p.canonical for p in CAST if p.title in ("Cllr", "Ald")]
WORKERS = ["Sié Kambiré", "Dewo Baldeh", "Nakpaa Bigabe", "Nakpaa Bigabe", "Dewo Baldeh"]
MANAGER, YOT, EWO = "Ojochenemi Idakwo", "Tansy Pitaluga", "Rowland Crowie"
HEAD, SOLICITOR = "Ixmucané Tz'unun", "Ebogo Ndzana"
POOL_MANAGER, SHOWMAN, NEWSAGENT = "Ölöna Šeikina", "Jubal Cawkwell", "Ndako Etsugaie"
VIDEO_MANAGER, DOORMAN = "Ambokile Mwakasege", "Emuron Okiror"
YOUNG = [p.canonical for p in CAST if p.group == "young"]
# Suspects who also use another name are picked more often, so that it is measured enough.
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect" for _ in range(2 if p.alias else 1)]
PARENT_OF = {"Primrose Tuckey": "Coral Tuckey", "Jago Gorringe": "Royston Gorringe",
             "Lamine Tendeng": "Khady Tendeng"}
PARENTS = list(PARENT_OF.values())
# Young people whose parent is in the files are picked more often, so that the parents are too.
KIDS = [*YOUNG, *PARENT_OF]
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
SHORT = {"police": FORCE_SHORT, "council": COUNCIL_SHORT, "school": "Kestrelmoor High",
         "solicitor": "Ndzana Wrenbury", "pool": "Swinbrook Baths", "fair": "Cawkwell's Fair",
         "news": "Padgate News", "video": "Flickbox", "club": "Bobbinmill"}
ORG = {"police": FORCE, "council": COUNCIL, "school": SCHOOL, "solicitor": LAW_FIRM,
       "pool": POOL, "fair": FAIR, "news": NEWS, "video": VIDEO, "club": CLUB}

# The ninth set's helpers and the thirteenth set's decoy line, bound to this set's names: one of
# a list but some; a person's organisation as a non-person; whether an e-mail names a person
# only by their address; a decoy named in full now and then.
_one = ninth._one
_org = bound(ninth._org, BY_NAME=BY_NAME, COUNCIL=COUNCIL, LAW_FIRM=LAW_FIRM, ORG=ORG,
             SURGERY=HOSPITAL)
_by_address = ninth._by_address
_decoy = bound(thirteenth._decoy, BY_NAME=BY_NAME)


def _suspects(doc: Doc, count: int) -> list[str]:
    return doc.rng.sample(list(dict.fromkeys(SUSPECTS)), count)


def _clock(doc: Doc, first: int, last: int) -> str:
    return f"{doc.rng.randint(first, last):02d}{doc.rng.choice(['00', '15', '30', '45'])}hrs"


def _where(doc: Doc) -> str:
    """A street or a block of flats, in full or abbreviated, with a number."""
    rng = doc.rng
    roll = rng.random()
    if roll < 0.4:
        return f"{rng.randint(1, 140)} {doc.thing(rng.choice(STREETS), 'place')}"
    if roll < 0.7:
        return f"{rng.randint(1, 140)} {doc.thing(rng.choice(STREETS_SHORT), 'place')}"
    flat = rng.randint(1, 60)
    return f"Flat {flat}, {doc.thing(rng.choice([*BUILDINGS, *BUILDINGS_SHORT]), 'building')}"


def _lone_title(doc: Doc) -> str:
    return doc.thing(doc.rng.choice(LONE_TITLES), "title")


def _registration(doc: Doc) -> str:
    """A registration mark of the day: a year letter first until 2001, the new shape after."""
    rng = doc.rng
    letters = "BCDFGHJKLMNPRSTVWXY"
    if doc.date.year < 2001:
        year_letter = "HJKLMNPRSTVWXY"[min(max(doc.date.year - 1990, 0), 13)]
        plate = (f"{year_letter}{rng.randint(100, 999)} "
                 f"{''.join(rng.choice(letters) for _ in range(3))}")
    else:
        age = doc.date.year % 100 + (50 if doc.date.month >= 9 else 0)
        plate = (f"{rng.choice(['TD', 'TE', 'TW'])}{age:02d} "
                 f"{''.join(rng.choice(letters) for _ in range(3))}")
    return doc.thing(plate, "vehicle")


def _adult_with(doc: Doc, kid: str) -> str:
    """The adult with a young person: their parent now and then, else a suspect."""
    if kid in PARENT_OF and doc.rng.random() < 0.6:
        return PARENT_OF[kid]
    return _suspects(doc, 1)[0]


def pool_log(doc: Doc) -> None:
    """A swimming baths' poolside log: time, session, swimmer, lifeguard's note; who paid at
    the turnstile; the duty manager; who the log was copied for."""
    rng = doc.rng
    doc.h(f"{doc.thing(POOL, 'firm')} ~ {doc.thing('POOLSIDE LOG', 'heading')} ~ "
          f"{doc.date:%d/%m/%y}")
    rows = [[doc.thing("Time", "label"), doc.thing("Session", "label"),
             doc.thing("Swimmer", "label"), doc.thing("Lifeguard note", "label")]]
    kid = rng.choice(KIDS)
    rows.append([_clock(doc, 17, 20), rng.choice(["Public swim", "Inflatable", "Lanes"]),
                 doc.young(kid), rng.choice(["left with adult", "in the spectator gallery",
                                             "asked to leave the changing village"])])
    rows.append([_clock(doc, 10, 12), "Lanes", doc.thing(rng.choice(STRANGERS), "forename"),
                 "first aid, graze"])
    doc.table(rows)
    doc.p(f"Paid at the turnstile by {doc.name(_adult_with(doc, kid))}, cash.")
    doc.p(f"{doc.thing('Duty Manager', 'label')} - {doc.name(POOL_MANAGER)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Copied for', 'label')}: {doc.name(rng.choice(DETECTIVES))}")
    if rng.random() < 0.55:
        doc.p(f"Pattern noted by {doc.name(ANALYST)} for {doc.name(rng.choice(SENIOR))}.")


def fair_book(doc: Doc) -> None:
    """A travelling fair's ride incident book: ride, time, rider, incident; who gave free
    rides; the ride owner; who it was reported to."""
    rng = doc.rng
    doc.h(f"{doc.thing(FAIR, 'firm')} / {doc.thing('RIDE INCIDENT BOOK', 'heading')} / "
          f"{rng.choice(['Easter', 'Whitsun', 'August', 'Bonfire'])} ground {doc.date:%Y}")
    rows = [[doc.thing("Ride", "label"), doc.thing("Time", "label"),
             doc.thing("Rider", "label"), doc.thing("Incident", "label")]]
    kid = rng.choice(KIDS)
    rows.append([rng.choice(["Waltzer", "Twister", "Dodgems", "Miami"]), _clock(doc, 19, 22),
                 doc.young(kid), rng.choice(["rode all night free", "hanging round the generator",
                                             "went off in a car"])])
    rows.append(["Juvenile coaster", _clock(doc, 14, 17), doc.thing(rng.choice(STRANGERS),
                                                                    "forename"), "lost shoe"])
    doc.table(rows)
    doc.p(f"Free rides handed out by {doc.name(_suspects(doc, 1)[0])}, who parked a "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} behind the Waltzer.")
    doc.p(f"{doc.thing('Ride owner', 'label')}: {doc.name(SHOWMAN)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Reported to', 'label')}: {doc.name(rng.choice(UNIFORM))} "
          f"({doc.thing('book seen by', 'label')} {_lone_title(doc)})")
    if rng.random() < 0.35:
        doc.p(f"Ground let by the council: {doc.name(rng.choice(COUNCILLORS))} told.")


def paper_rounds(doc: Doc) -> None:
    """A newsagent's paper-round sheet: round, carrier, streets, paid; who collected the round
    bag; the newsagent; who took the sheets."""
    rng = doc.rng
    doc.h(f"{doc.thing(NEWS, 'firm')} :: {doc.thing('PAPER ROUNDS', 'heading')} :: "
          f"w/e {doc.date:%d.%m.%Y}")
    rows = [[doc.thing("Round", "label"), doc.thing("Carrier", "label"),
             doc.thing("Streets", "label"), doc.thing("Paid", "label")]]
    kid = rng.choice(KIDS)
    rows.append([str(rng.randint(1, 12)), doc.young(kid), doc.thing(rng.choice(STREETS), 'place'),
                 f"£{rng.randint(8, 25)}.{rng.choice(['00', '50'])}"])
    rows.append([str(rng.randint(13, 20)), doc.thing(rng.choice(STRANGERS), "forename"),
                 doc.thing(rng.choice(STREETS), 'place'), "£12.00"])
    doc.table(rows)
    if rng.random() < 0.75:
        doc.p(f"Round bag collected early by {doc.name(_suspects(doc, 1)[0])} in a "
              f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}, {_registration(doc)}, and "
              f"taken to {_where(doc)}.")
    doc.p(f"{doc.thing('Newsagent', 'label')}: {doc.name(NEWSAGENT)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Sheets taken by', 'label')}: {doc.name(rng.choice(COLLARED))}")
    if kid in PARENT_OF and rng.random() < 0.8:
        doc.p(f"{doc.thing('Consent signed by', 'label')}: {doc.name(PARENT_OF[kid])}")
    if rng.random() < 0.3:
        doc.p(f"Copy to {doc.name(rng.choice([*WORKERS, YOT]))}.")


def truancy_sweep(doc: Doc) -> None:
    """A truancy sweep record: time, place, young person, school; the adult with them; the
    education welfare officer and the officer on the sweep; the parent contacted."""
    rng = doc.rng
    doc.h(f"{doc.thing('TRUANCY SWEEP RECORD', 'heading')} - {doc.thing(COUNCIL, 'org')} "
          f"with {doc.thing(FORCE, 'org')} - {doc.date:%d %B %Y}")
    rows = [[doc.thing("Time", "label"), doc.thing("Where found", "label"),
             doc.thing("Young person", "label"), doc.thing("School", "label")]]
    kid = rng.choice(KIDS)
    place = rng.choice([*FIRMS[5:], *STREETS])
    rows.append([_clock(doc, 9, 14), doc.thing(place, "firm" if place in FIRMS else "place"),
                 doc.young(kid), doc.thing(SCHOOL, "org")])
    rows.append([_clock(doc, 9, 14), doc.thing(rng.choice(STREETS_SHORT), "place"),
                 doc.thing(rng.choice(STRANGERS), "forename"), "home educated"])
    doc.table(rows)
    doc.p(f"With an adult who gave the name {doc.name(_adult_with(doc, kid))}.")
    doc.p(f"{doc.thing('EWO', 'label')}: {doc.name(EWO)}; "
          f"{doc.thing('officer', 'label')}: {doc.name(rng.choice(UNIFORM))}")
    _decoy(doc, DECOYS, 0.3)
    if kid in PARENT_OF and rng.random() < 0.75:
        doc.p(f"{doc.thing('Parent contacted', 'label')}: {doc.name(PARENT_OF[kid])}")
    if rng.random() < 0.4:
        doc.p(f"Copy to {doc.name(rng.choice([HEAD, MANAGER, YOT]))}.")


def video_ledger(doc: Doc) -> None:
    """A video shop's late-returns ledger: member number, member, film, days late; whose card
    the young person used; the shop manager; who seized the ledger."""
    rng = doc.rng
    doc.h(f"{doc.thing(VIDEO, 'firm')} | {doc.thing('LATE RETURNS LEDGER', 'heading')} | "
          f"{doc.date:%B %Y}")
    rows = [[doc.thing("Member no.", "label"), doc.thing("Member", "label"),
             doc.thing("Film", "label"), doc.thing("Days late", "label")]]
    member = _suspects(doc, 1)[0]
    rows.append([f"{rng.randint(1000, 9999)}", doc.name(member),
                 rng.choice(["(18) x2", "(18)", "(15) x3"]), str(rng.randint(2, 30))])
    rows.append([f"{rng.randint(1000, 9999)}", doc.thing(rng.choice(STRANGERS), "forename"),
                 "(PG)", "1"])
    doc.table(rows)
    doc.p(f"Films on that card were taken out by {doc.young(rng.choice(KIDS))}.")
    doc.p(f"{doc.thing('Shop Manager', 'label')}: {doc.name(VIDEO_MANAGER)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Ledger seized by', 'label')}: {doc.name(rng.choice(DETECTIVES))} "
          f"({doc.thing('exhibit checked by', 'label')} {_lone_title(doc)})")
    if rng.random() < 0.6:
        doc.p(f"Analysed by {doc.name(ANALYST)}.")


def door_log(doc: Doc) -> None:
    """A nightclub's door log: time, name given, ID shown, decision; who tried to sign a young
    person in; the head doorman; the licensing officer; who asked for the log."""
    rng = doc.rng
    doc.h(f"{doc.thing(CLUB, 'firm')} * {doc.thing('DOOR LOG', 'heading')} * "
          f"{doc.date:%a %d/%m/%Y}")
    rows = [[doc.thing("Time", "label"), doc.thing("Name given", "label"),
             doc.thing("ID shown", "label"), doc.thing("Decision", "label")]]
    kid = rng.choice(KIDS)
    rows.append([_clock(doc, 22, 23), doc.young(kid), rng.choice(["none", "older sister's",
                                                                  "college card"]), "refused"])
    rows.append([_clock(doc, 22, 23), doc.thing(rng.choice(STRANGERS), "forename"),
                 "driving licence", "admitted"])
    doc.table(rows)
    doc.p(f"{doc.name(_suspects(doc, 1)[0])} tried to sign the refused one in as a guest, "
          f"then drove the group to {_where(doc)}.")
    if kid in PARENT_OF and rng.random() < 0.7:
        doc.p(f"{doc.thing('Parent rung', 'label')}: {doc.name(PARENT_OF[kid])}")
    doc.p(f"{doc.thing('Head Doorman', 'label')}: {doc.name(DOORMAN)}")
    _decoy(doc, DECOYS, 0.3)
    doc.p(f"{doc.thing('Licensing visit', 'label')}: {doc.name(rng.choice(UNIFORM))}")
    doc.p(f"{doc.thing('Log requested by', 'label')}: {doc.name(rng.choice(DETECTIVES))}")
    if rng.random() < 0.4:
        doc.p(f"Copy to the licence holder's solicitor, {doc.name(SOLICITOR)}.")
    if rng.random() < 0.5:
        doc.p(f"Seen by {doc.name(ANALYST)} and {doc.name(rng.choice(SENIOR))}.")


def _letter_body(doc: Doc, kind: str, kid: str) -> str:
    """The paragraph of one kind of letter (only that kind's names are written)."""
    rng = doc.rng
    if kind == "pool":
        return (f"{doc.young(kid)} has been at the baths most evenings, paid in by "
                f"{doc.name(rng.choice(SUSPECTS))}, and is often collected in a "
                f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    if kind == "fair":
        return (f"My lads say {doc.name(rng.choice(SUSPECTS))} was giving out ride tokens to "
                f"{doc.young(kid)} and friends. Nobody of that name works the fair.")
    if kind == "news":
        return (f"{doc.young(kid)} has missed the round four times; a man who gave the name "
                f"{doc.name(rng.choice(SUSPECTS))} came in asking for the round list.")
    if kind == "solicitor":
        return (f"We act for {doc.name(rng.choice(SUSPECTS))}, who denies knowing "
                f"{doc.young(kid)}. Please disclose the door log you rely on.")
    if kind == "parent":
        return (f"{doc.young(kid)} stays out until the small hours and has a mobile phone we "
                f"did not buy. {doc.name(rng.choice(SUSPECTS))} is behind it.")
    if kind == "school":
        return (f"{doc.young(kid)} was picked up on a truancy sweep outside "
                f"{doc.thing(rng.choice(FIRMS), 'firm')} and later seen on "
                f"{doc.thing(rng.choice(STREETS), 'place')}.")
    if kind == "club":
        return (f"We refused {doc.young(kid)} at the door; {doc.name(rng.choice(SUSPECTS))} "
                f"then took the group on to {doc.thing(rng.choice(BUILDINGS), 'building')}.")
    return (f"Residents of {doc.thing(rng.choice(STREETS), 'place')} report young people "
            f"waiting outside {doc.thing(rng.choice(FIRMS), 'firm')} late at night. Please ask "
            f"{doc.name(MANAGER)} to reply. A place at {doc.thing(HOME, 'building')} is "
            f"mentioned.")


_SENDERS: dict[str, tuple[list[str], list[str]]] = {
    "pool": ([POOL_MANAGER], DETECTIVES), "fair": ([SHOWMAN], UNIFORM),
    "news": ([NEWSAGENT], UNIFORM), "solicitor": ([SOLICITOR], DETECTIVES),
    "parent": (PARENTS, [MANAGER, *COUNCILLORS]), "school": ([HEAD], [*WORKERS, EWO, EWO]),
    "club": ([DOORMAN], SENIOR), "councillor": (COUNCILLORS, SENIOR),
}


def letter(doc: Doc) -> None:
    """A letter of one of eight kinds: "BY HAND" or "RECORDED DELIVERY" above some, a
    "RECEIVED" stamp line on some, the sender's organisation, "My ref:" and "Please ask for:"
    lines, the date, the addressee's name, organisation and town, an "RE" line naming the
    child, the body, "(signature on file copy)" under a quarter of the signatures, and
    "Attached:" and "cc (by post):" lines at the foot."""
    rng = doc.rng
    kind = rng.choice([*_SENDERS, "parent", "councillor"])  # more parents and councillors
    senders, recipients = _SENDERS[kind]
    sender, to = rng.choice(senders), rng.choice(recipients)
    roll = rng.random()
    if roll < 0.25:
        doc.p("BY HAND")
    elif roll < 0.45:
        doc.p("RECORDED DELIVERY")
    if rng.random() < 0.3:
        stamp = doc.date + dt.timedelta(days=rng.randint(1, 4))
        doc.p(f"RECEIVED {stamp:%d %b %Y}".upper())
    doc.p(_org(doc, sender) if BY_NAME[sender].group in ORG else TOWN)
    ask = (f"\n{doc.thing('Please ask for', 'label')}: {doc.name(sender)}"
           if rng.random() < 0.3 else "")
    doc.p(f"{doc.thing('My ref', 'label')}: {rng.choice(['CW', 'KC', 'LIC', 'EW'])}/"
          f"{rng.randint(10, 999)}{ask}\n{doc.date.day} {doc.date:%B %Y}")
    doc.p(f"{doc.name(to)}\n{_org(doc, to)}\n{TOWN}")
    kid = rng.choice(KIDS)
    if kind == "parent":  # a parent writes about their own child
        kid = next(child for child, parent in PARENT_OF.items() if parent == sender)
    doc.p(rng.choice(["Dear Sir or Madam,", "Dear Colleague,", "Dear Sir/Madam,"]))
    doc.p(f"RE {doc.young(kid)}")
    doc.p(_letter_body(doc, kind, kid))
    _decoy(doc, DECOYS, 0.3)
    doc.p(rng.choice(["Yours truly,", "With best wishes,", "Yours ever,"]))
    signer = doc.name(sender)
    doc.p(f"{signer}\n(signature on file copy)" if rng.random() < 0.25 else signer)
    if BY_NAME[sender].role:
        doc.p(BY_NAME[sender].role)
    if rng.random() < 0.3:
        doc.p(f"Attached: {rng.choice(['door log (copy)', 'round sheets', 'ledger pages'])}")
    if rng.random() < 0.35:
        doc.p(f"cc (by post): "
              f"{doc.name(rng.choice([*COUNCILLORS, ANALYST, YOT]), email_ok=True)}")


def _safe(doc: Doc, canonical: str, shown: str) -> str:
    """A display name with no double quote, so that it stays valid in a header."""
    if '"' not in shown:
        return shown
    clean = " ".join(shown.replace('"', "").split())
    if doc.ambiguous and doc.ambiguous[-1]["written"] == shown:  # a namesake's form
        doc.ambiguous[-1]["written"] = clean
    else:
        doc.written[canonical][-1] = clean
    return clean


def _address(doc: Doc, canonical: str) -> str:
    """A header address: the bare address when that is the planned form, else a display name
    (quoted when it needs quotes), in a third of the headers with the organisation's short name
    in brackets inside the quotes."""
    person = BY_NAME[canonical]
    shown = _safe(doc, canonical, doc.name(canonical, email_ok=True))
    if shown == person.email:
        return person.email
    doc.record(canonical, "email", person.email)
    if doc.rng.random() < 0.33:
        shown = f"{shown} ({SHORT[person.group]})"
    if any(ch in shown for ch in ',.;:@<>()[]\\/\''):
        return f'"{shown}" <{person.email}>'
    return f"{shown} <{person.email}>"


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def _plain(doc: Doc, canonical: str) -> tuple[str, str]:
    """A person as Entourage writes them in an attribution or a forwarded header: the display
    name and address, or the address alone when that is the planned form."""
    person = BY_NAME[canonical]
    shown = _safe(doc, canonical, doc.name(canonical, email_ok=True))
    if shown == person.email:
        return shown, shown
    doc.record(canonical, "email", person.email)
    return shown, f"{shown} <{person.email}>"


def email(doc: Doc) -> None:
    """A reply under an Entourage 'On d/m/yy hh:mm, "Name" <address> wrote:' line with "> "
    quoting, or a forward between "------ Forwarded Message" and "------ End of Forwarded
    Message" lines."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    forward = "FW:" if doc.date.year >= 2011 else "Fwd:"  # Outlook for Mac, then Entourage
    subject = rng.choice([f"Re: {doc.operation}", "Re: door log", "Re: paper rounds",
                          f"{forward} poolside log", f"{forward} sweep record",
                          f"{forward} ledger"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.4 else [], subject=subject)
    kid, suspect = rng.choice(KIDS), rng.choice(SUSPECTS)
    older = _one(rng, WITH_EMAIL, (sender,))
    when = dt.datetime.combine(doc.date - dt.timedelta(days=rng.randint(0, 3)),
                               dt.time(rng.randint(7, 18), rng.randint(0, 59),
                                       rng.randint(0, 59)))
    if subject.startswith("Re"):
        hello = "All," if _by_address(doc, first) else f"{doc.name(first)},"
        doc.p(f"{hello}\n{doc.young(kid)} was seen with {doc.name(suspect)} again last night.")
        _decoy(doc, DECOYS, 0.27)
        doc.p(_signature(doc, sender))
        quoted = (f"Has anyone spoken to {doc.young(kid)} since? "
                  f"{doc.name(rng.choice(WORKERS))} is asking.")
        shown, full = _plain(doc, older)
        who = full if shown == full else f'"{shown}" <{BY_NAME[older].email}>'
        doc.p(f"On {when.day}/{when.month}/{when:%y} {when:%H:%M}, {who} wrote:\n\n"
              f"{_quoted(quoted)}")
    else:
        doc.p(f"For the file, as {doc.name(rng.choice(SENIOR))} asked.")
        _decoy(doc, DECOYS, 0.27)
        doc.p(_signature(doc, sender))
        _, from_line = _plain(doc, older)
        to_line = _plain(doc, first)[1]
        doc.p(f"------ Forwarded Message\n"
              f"From: {from_line}\nDate: {when:%a, %d %b %Y %H:%M:%S} +0000\n"
              f"To: {to_line}\nSubject: {subject.split(' ', 1)[1]}\n\n"
              f"{doc.young(kid)} was dropped outside {doc.thing(rng.choice(FIRMS), 'firm')} by "
              f"{doc.name(suspect)}.\n{doc.name(rng.choice(COLLARED))} has the statement.\n\n"
              f"------ End of Forwarded Message")


def _signature(doc: Doc, sender: str) -> str:
    """A signature: a nickname sometimes, then the name and role on one line after a bar (the
    role alone when the address alone names the sender), the organisation, and a telephone
    number with an extension."""
    person = BY_NAME[sender]
    lines = []
    if person.nickname and doc.rng.random() < 0.35:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    if _by_address(doc, sender):
        lines.append(person.role)
    else:
        lines.append(f"{doc.name(sender)} | {person.role}")
    lines.append(_org(doc, sender))
    lines.append(f"t. 01632 {doc.rng.randint(960000, 960999)} ext. {doc.rng.randint(200, 899)}")
    return "\n".join(lines)


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "pool_log": pool_log, "fair_book": fair_book, "paper_rounds": paper_rounds,
    "truancy_sweep": truancy_sweep, "video_ledger": video_ledger, "door_log": door_log,
    "email": email, "letter": letter,
}
