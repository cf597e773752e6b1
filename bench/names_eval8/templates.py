"""The eight kinds of case file of the eighth set, each written through a `Doc`.

Child abduction warning notices (a form with dotted leaders, the person warned signing or
refusing), minutes of the council's overview and scrutiny committee (numbered minutes,
declarations of interest, questions from members), solicitors' attendance notes at the custody
suite, fax cover sheets with a transmission line and a message, telephone message slips and call
logs, a school's safeguarding concern log (a table), e-mails (top-posted replies quoting the
thread under Outlook 2003 "[mailto:]" headers and, below those, older messages quoted with "|",
display names with the organisation after a bar, a "-- " signature, sent from a handheld) and
letters of five kinds (a signature line of dots, "Enc." and "cc:"). Worded and laid out for this
set. People are picked by role and written through `Doc.name` / `Doc.young`; non-persons through
`Doc.thing`.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.names_eval8.cast import BY_NAME, CAST, COUNCIL, COUNCIL_SHORT, FORCE, FORCE_SHORT, TOWN
from bench.names_eval8.doc import Doc

VEHICLES = ("Daewoo Matiz", "Proton Persona", "Mitsubishi Shogun", "Nissan Almera",
            "Rover 214", "Citroen Xsara Picasso", "Renault Kangoo", "Subaru Impreza",
            "Toyota Previa", "Mazda Bongo", "Land Rover Freelander", "Dacia Sandero",
            "Jaguar X-Type", "Perodua Kelisa")
STREETS = ("Throstle Dr", "Wensley Mt", "Tanpit Yd", "Birkby Hts", "Ashgill Chse",
           "Lidget Pde", "Brookfoot Mws", "Ferncliffe Clo", "Carr Bottom Sq", "Nettleton Gdns")
HOMES = ("Moorside Res. Unit", "Hollin Bank Hse", "Thrushcross Supported Lodgings")
OFFICES = ("Skelbrooke Civic Ctr, Cttee Rm 2", "Lidget Green Family Centre", "Aire Hse")
STATIONS = ("Skelbrooke Central Div", "Lidget Green Pol. Stn", "WMC Custody Suite, Skelbrooke")
FIRMS = ("Diop Brothers Cars", "Oosthuizen Roofing", "Crispy Cod Fish Bar", "Kwality Off Licence",
         "Neon Palace Amusements", "Rapid Rides Private Hire", "Aire Valley Car Sales",
         "Samba Nails & Beauty")
LAW_FIRM = "Mthembu Ashcroft LLP"
SCHOOL = "Brackenrigg High School"
HOSPITAL = "Skelbrooke General Hosp."
CHURCH = "Lidget Green Methodist Church"
STRANGERS = ("Kaz", "Jonno", "Miko", "Bez", "Tazz")

COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS", "TDC")]
SENIOR = ["Mariana Souza", "Anders Sjöqvist", "Iñaki Etxeberria"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PS")]
ANALYST = "Ritika Chattopadhyay"
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
WORKERS = ["Aliaksandra Kavaliova", "Aliaksandra Kavaliova", "Aliaksandra Kavaliova",
           "Kerwin Ramcharan"]
MANAGER, HOUSING = "Marie-Josée Tremblay-Gagnon", "Tou Vang"
HEAD, SOLICITOR = "Matej Žagar", "Thandiwe Mthembu"
PASTOR, SISTER = "Josefa Vakaloloma", "Annika Bergström"
CUSTODY_SGT = "Iosefa Tuilagi"
SOCIAL = [*WORKERS, MANAGER, HOUSING]
YOUNG = [p.canonical for p in CAST if p.group == "young"]
# The two suspects who also use another name are picked more often, so that their other name
# is measured on enough documents.
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect" for _ in range(2 if p.alias else 1)]
PARENT_OF = {"Ayanda Zungu": "Nokuthula Zungu", "Chloe-Jade Outhwaite": "Claire Outhwaite",
             "Sreymom Chea": "Vuthy Chea"}
PARENTS = ["Claire Outhwaite", "Claire Outhwaite", "Nokuthula Zungu", "Vuthy Chea", "Vuthy Chea"]
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
UNIT = {"police": "WMC", "council": "SCC", "school": "Brackenrigg High", "solicitor": "MA LLP",
        "church": "LGMC", "hospital": "SGH"}
ORG = {"police": FORCE, "council": COUNCIL, "school": SCHOOL, "solicitor": LAW_FIRM,
       "church": CHURCH, "hospital": HOSPITAL}


def _reg(rng: random.Random, year: int) -> str:
    """A UK registration mark of the document's era."""
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    three = "".join(rng.choice(letters) for _ in range(3))
    if year < 2001:
        return f"{rng.choice('PRSTVWXY')}{rng.randint(1, 999)} {three}"
    half = year % 100 + (50 if rng.random() < 0.5 and year < 2014 else 0)
    return f"{rng.choice('EFGKNPRY')}{rng.choice('ABCDEFGHJK')}{half:02d} {three}"


def _one(rng: random.Random, items: list[str], but: tuple[str, ...] = ()) -> str:
    return rng.choice([i for i in items if i not in but])


def _org(doc: Doc, canonical: str) -> str:
    group = BY_NAME[canonical].group
    org = ORG.get(group, COUNCIL)
    return doc.thing(org, "firm" if org == LAW_FIRM else "building" if org == HOSPITAL else "org")


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
        doc.p(f"NB {doc.name(decoy)} ({role}) and {real} are two different men; the PNC "
              "check confirmed they are not related.")
        return
    written = doc.name(decoy)
    doc.p(doc.rng.choice([f"Enquiries with {written}, {role}, negative.",
                          f"{written} (a {role}) came forward as a witness; no further action.",
                          f"Checked: {written}, {role}, no trace and no link."]))


def _leader(label: str, value: str) -> str:
    return f"{label} {'.' * max(3, 34 - len(label))} {value}"


def cawn_form(doc: Doc) -> None:
    """A child abduction warning notice: dotted fields, the officer, the signature or refusal."""
    rng = doc.rng
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    officer, witness = rng.sample(UNIFORM + DETECTIVES, 2)
    doc.h(doc.thing("CHILD ABDUCTION WARNING NOTICE", "heading"))
    doc.p("Child Abduction Act 1984, s.2 / Children Act 1989, s.49 - "
          f"{doc.thing(FORCE, 'org')}")
    doc.p(_leader(doc.thing("Name of person warned", "label"), doc.name(suspect)))
    doc.p(_leader(doc.thing("Address", "label"),
                  f"{rng.randint(1, 120)} {doc.thing(rng.choice(STREETS), 'place')}, {TOWN}"))
    doc.p(_leader(doc.thing("Child concerned", "label"), doc.young(kid)))
    carer = (doc.name(PARENT_OF[kid]) if kid in PARENT_OF
             else f"{doc.thing(COUNCIL, 'org')} (looked after)")
    doc.p(_leader(doc.thing("Person with parental responsibility", "label"), carer))
    doc.p(_leader(doc.thing("Vehicle", "label"),
                  f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} {_reg(rng, doc.date.year)}"))
    doc.p("You have no permission to take, keep or harbour the child named above, or to "
          "contact them in any way. If you do you may be arrested.")
    _decoy(doc, ("Leigh Brocklehurst", "Duane Baptiste", "Uroš Kranjec"), 0.3)
    doc.p(_leader(doc.thing("Served by", "label"), doc.name(officer)))
    doc.p(_leader(doc.thing("Witnessed by", "label"), doc.name(witness)))
    if rng.random() < 0.5:
        doc.p(_leader(doc.thing("Signature of person warned", "label"), doc.name(suspect)))
    else:
        doc.p(f"{doc.thing('REFUSED TO SIGN', 'heading')} - copy handed over at "
              f"{doc.thing(rng.choice(STATIONS), 'building')}")


def scrutiny_minutes(doc: Doc) -> None:
    """Minutes of the children's overview and scrutiny committee: numbered minutes."""
    rng = doc.rng
    chair, *members = rng.sample(COUNCILLORS, 3)
    senior, manager = rng.choice(SENIOR), MANAGER
    doc.h(f"{doc.thing(COUNCIL.upper(), 'org')}")
    doc.h(doc.thing("CHILDREN'S OVERVIEW AND SCRUTINY COMMITTEE", "heading"))
    doc.p(f"Minutes of the meeting held at {doc.thing(rng.choice(OFFICES), 'building')} on "
          f"{doc.date:%A %d %B %Y}")
    doc.p(f"{doc.thing('PRESENT', 'label')}: {doc.name(chair)} (in the Chair); "
          + "; ".join(doc.name(m) for m in members))
    doc.p(f"{doc.thing('OFFICERS IN ATTENDANCE', 'label')}: {doc.name(manager)}; "
          f"{doc.name(_one(rng, SOCIAL, (manager,)))}; {doc.name(senior)} ({FORCE_SHORT})")
    n = rng.randint(10, 80)
    doc.p(f"{n}/{doc.date:%y}  {doc.thing('DECLARATIONS OF INTEREST', 'heading')}")
    doc.p(f"{doc.name(members[0])} declared a personal interest as a trustee of "
          f"{doc.thing(CHURCH, 'org')}, where {doc.name(PASTOR)} runs the youth club.")
    doc.p(f"{n + 1}/{doc.date:%y}  {doc.thing('CHILD SEXUAL EXPLOITATION - UPDATE', 'heading')}")
    doc.p(f"{doc.name(senior)} reported that {rng.randint(3, 19)} young people were now "
          f"flagged, and that taxis from {doc.thing(rng.choice(FIRMS), 'firm')} had been seen "
          f"at {doc.thing(rng.choice(HOMES), 'building')}. In answer to a question from "
          f"{doc.name(members[-1])}, {doc.name(manager)} said that the case of "
          f"{doc.young(rng.choice(YOUNG))} had been reviewed.")
    if rng.random() < 0.4:
        doc.p(f"{doc.name(HOUSING)} reported tenancy action at "
              f"{doc.thing(rng.choice(STREETS), 'place')} against {doc.name(rng.choice(SUSPECTS))}.")
    _decoy(doc, DECOYS, 0.18)
    doc.p(f"{doc.thing('RESOLVED', 'label')} - that the report be noted and a further update be "
          "brought to the next meeting.")
    doc.p(f"{doc.thing('Democratic Services Officer', 'title')}: minutes agreed as a correct "
          f"record and signed by the Chair, {doc.name(chair)}.")


def attendance_note(doc: Doc) -> None:
    """A solicitor's attendance note at the custody suite."""
    rng = doc.rng
    client = rng.choice(SUSPECTS)
    lead, second = rng.sample(DETECTIVES + SENIOR[2:], 2)
    doc.h(f"{doc.thing(LAW_FIRM, 'firm')} - {doc.thing('ATTENDANCE NOTE', 'heading')}")
    doc.table([[doc.thing("Client", "label"), doc.name(client)],
               [doc.thing("Matter", "label"), f"{doc.operation} - police station attendance"],
               [doc.thing("Fee earner", "label"), doc.name(SOLICITOR)],
               [doc.thing("Time engaged", "label"), f"{rng.randint(1, 5)}h {rng.randint(0, 59)}m"]])
    doc.p(f"Attending at {doc.thing(rng.choice(STATIONS), 'building')}. Custody Sergeant "
          f"{doc.name(CUSTODY_SGT)} confirmed the detention clock. Disclosure given by "
          f"{doc.name(lead)}, with {doc.name(second)} present.")
    doc.p(f"Allegation: that our client met {doc.young(rng.choice(YOUNG))} near "
          f"{doc.thing(rng.choice(FIRMS), 'firm')} and drove them in a "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} to {doc.thing(rng.choice(STREETS), 'place')}.")
    if rng.random() < 0.5:
        doc.p(f"Client's instructions: he was with {doc.name(_one(rng, SUSPECTS, (client,)))} "
              f"all evening and knows the girl only as "
              f"{doc.thing(rng.choice(STRANGERS), 'forename')}'s cousin.")
    _decoy(doc, ("Sourav Bhattacharji", "Anders Sjökvist", "Reece Thackeray"), 0.3)
    doc.p(f"Advised no comment. Interview concluded; client bailed. {doc.name(SOLICITOR)}")


def fax(doc: Doc) -> None:
    """A fax cover sheet: the transmission line, the To / From block, a message."""
    rng = doc.rng
    sender, to = rng.sample(list(dict.fromkeys([*SENIOR, *DETECTIVES, ANALYST, *SOCIAL, SISTER,
                                                HEAD])), 2)
    fax_from = BY_NAME[sender].group
    doc.p(f"{doc.date:%d/%m/%Y} {rng.randint(8, 18):02d}:{rng.randint(10, 59)}  FAX 01632 "
          f"{rng.randint(100000, 999999)}  {UNIT.get(fax_from, 'SCC').upper()}   "
          f"P.00{rng.randint(1, 4)}")
    doc.h(doc.thing("FACSIMILE TRANSMISSION", "heading"))
    doc.table([[doc.thing("To", "label"), doc.name(to)],
               [doc.thing("Organisation", "label"), _org(doc, to)],
               [doc.thing("From", "label"), doc.name(sender)],
               [doc.thing("Pages", "label"), f"{rng.randint(2, 9)} (including this sheet)"]])
    kid = rng.choice(YOUNG)
    doc.p(f"Re: {doc.young(kid)}")
    doc.p(f"Please see the attached chronology. {doc.name(rng.choice(UNIFORM))} stopped a "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} on {doc.thing(rng.choice(STREETS), 'place')} "
          f"driven by {doc.name(rng.choice(SUSPECTS))} with the young person in the back.")
    if rng.random() < 0.35:
        doc.p(f"Copy also faxed to {doc.name(rng.choice([ANALYST, MANAGER, SISTER]))}.")
    _decoy(doc, DECOYS, 0.15)
    doc.p("CONFIDENTIALITY: if you receive this fax in error please telephone the sender.")


def phone_message(doc: Doc) -> None:
    """A telephone message slip, or a short call log of the duty desk."""
    rng = doc.rng
    if rng.random() < 0.6:
        caller = rng.choice([*PARENTS, PASTOR, SISTER, HEAD, SOLICITOR, *COUNCILLORS])
        doc.h(doc.thing("TELEPHONE MESSAGE", "heading"))
        doc.p(f"{doc.thing('For', 'label')}: {doc.name(rng.choice([*WORKERS, MANAGER, *SENIOR]))}")
        doc.p(f"{doc.thing('From', 'label')}: {doc.name(caller)}   "
              f"{doc.thing('Of', 'label')}: {_org(doc, caller)}")
        doc.p(f"{doc.date:%d/%m/%y} {rng.randint(8, 18)}.{rng.randint(10, 59)}   "
              "[x] Telephoned  [ ] Please ring  [ ] Will call again  "
              f"[{rng.choice('x ')}] Urgent")
        doc.p(f"{doc.thing('Message', 'label')}: {doc.young(rng.choice(YOUNG))} not home again; "
              f"thinks she is with {doc.name(rng.choice(SUSPECTS))} in a "
              f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
        _decoy(doc, ("Leigh Brocklehurst", "Duane Baptiste", "Reece Thackeray"), 0.25)
        doc.p(f"{doc.thing('Taken by', 'label')}: {doc.name(rng.choice([*SOCIAL, ANALYST]))}")
        return
    doc.h(f"{doc.thing('DUTY DESK CALL LOG', 'heading')} - {doc.date:%d %b %Y}")
    rows = [[doc.thing("Time", "label"), doc.thing("Caller", "label"),
             doc.thing("Re", "label"), doc.thing("Passed to", "label")]]
    for _ in range(rng.randint(2, 3)):
        rows.append([f"{rng.randint(8, 18):02d}{rng.randint(10, 59)}",
                     doc.name(rng.choice([*PARENTS, PASTOR, SISTER, HEAD, *COUNCILLORS])),
                     doc.young(rng.choice(YOUNG)),
                     doc.name(rng.choice([*DETECTIVES, *WORKERS, ANALYST]))])
    doc.table(rows)
    _decoy(doc, ("Sourav Bhattacharji", "Uroš Kranjec", "Anders Sjökvist"), 0.25)
    doc.p(f"{doc.thing('Desk officer', 'label')}: {doc.name(rng.choice(UNIFORM))}")


def school_log(doc: Doc) -> None:
    """The school's safeguarding concern log: a table of entries, the DSL's review."""
    rng = doc.rng
    doc.h(f"{doc.thing(SCHOOL.upper(), 'org')} - "
          f"{doc.thing('SAFEGUARDING CONCERN LOG', 'heading')}")
    rows = [[doc.thing("Date", "label"), doc.thing("Pupil", "label"),
             doc.thing("Concern", "label"), doc.thing("Action", "label")]]
    for kid in rng.sample(YOUNG, rng.randint(1, 3)):
        concern = _concern(doc, rng.randrange(3))
        rows.append([f"{doc.date:%d.%m.%y}", doc.young(kid), concern,
                     f"referred to {doc.name(rng.choice(WORKERS))}"])
    doc.table(rows)
    if rng.random() < 0.45:
        doc.p(f"Police informed: {doc.name(rng.choice(UNIFORM))} attended and spoke to "
              f"{doc.name(HEAD)}.")
    if rng.random() < 0.3:
        doc.p(f"{doc.name(PASTOR)} says the girls attend youth club on Fridays.")
    _decoy(doc, DECOYS, 0.15)
    doc.p(f"{doc.thing('Designated Safeguarding Lead', 'title')} review: {doc.name(HEAD)}")


def _concern(doc: Doc, which: int) -> str:
    """One entry's concern (only the chosen one is written, so only it is recorded)."""
    rng = doc.rng
    if which == 0:
        return (f"collected at the gate by {doc.name(rng.choice(SUSPECTS))} in a "
                f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}")
    if which == 1:
        return f"new phone; says it is from {doc.thing(rng.choice(STRANGERS), 'forename')}"
    return f"seen on {doc.thing(rng.choice(STREETS), 'place')} at 23:00 by a parent"


def _letter_body(doc: Doc, kind: str, kid: str) -> str:
    """The paragraph of one kind of letter (only that kind's names are written)."""
    rng = doc.rng
    if kind == "pastor":
        return (f"I write about {doc.young(kid)}, who comes to our youth club. A "
                f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} waits outside most Fridays "
                f"and the driver calls himself {doc.thing(rng.choice(STRANGERS), 'forename')}.")
    if kind == "parent":
        return (f"My daughter {doc.young(kid)} has been missing three nights this week and "
                f"nobody rings me back. I know she is with {doc.name(rng.choice(SUSPECTS))}.")
    if kind == "tenancy":
        return (f"We have received reports that {doc.young(kid)} has stayed at your "
                f"property at {doc.thing(rng.choice(STREETS), 'place')}. This is a breach "
                "of clause 7 of your tenancy.")
    if kind == "hospital":
        return (f"{doc.young(kid)} attended on {doc.date:%d/%m} intoxicated, brought by "
                f"{doc.name(rng.choice(SUSPECTS))}, who left in a "
                f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}.")
    return (f"Constituents near {doc.thing(rng.choice(FIRMS), 'firm')} report girls "
            f"being picked up. I have raised it with {doc.name(MANAGER)}.")


def letter(doc: Doc) -> None:
    """A letter: from the pastor, a parent, tenancy enforcement, the ward sister, a councillor."""
    rng = doc.rng
    kind = rng.choice(["pastor", "parent", "tenancy", "hospital", "councillor"])
    if kind == "pastor":
        sender, to = PASTOR, rng.choice(SENIOR)
        doc.p(f"{doc.thing(CHURCH, 'org')}, {doc.thing(rng.choice(STREETS), 'place')}")
    elif kind == "parent":
        sender, to = rng.choice(PARENTS), rng.choice([MANAGER, *COUNCILLORS])
        doc.p(f"{rng.randint(1, 80)} {doc.thing(rng.choice(STREETS), 'place')}, {TOWN}")
    elif kind == "tenancy":
        sender, to = HOUSING, rng.choice(SUSPECTS)
        doc.p(f"{doc.thing('Tenancy Enforcement Team', 'org')}, {COUNCIL_SHORT}")
    elif kind == "hospital":
        sender, to = SISTER, rng.choice(WORKERS)
        doc.p(f"{doc.thing(HOSPITAL, 'building')} - Children's Emergency Department")
    else:
        sender, to = rng.choice(COUNCILLORS), rng.choice(SENIOR)
        doc.p(f"Members' Office, {TOWN} Civic Centre")
    doc.p(f"{doc.date:%d %B %Y}")
    doc.p(f"Dear {doc.name(to)}")
    kid = rng.choice(YOUNG)
    if kind == "parent":  # a parent writes about their own child
        kid = next(child for child, parent in PARENT_OF.items() if parent == sender)
    doc.p(_letter_body(doc, kind, kid))
    _decoy(doc, DECOYS, 0.15)
    doc.p(rng.choice(["Yours sincerely", "Yours faithfully", "Yours"]))
    doc.p("." * 28)
    doc.p(doc.name(sender))
    if BY_NAME[sender].role:
        doc.p(BY_NAME[sender].role)
    if rng.random() < 0.2:
        doc.p("Enc.")
    if rng.random() < 0.4:
        doc.p(f"cc: {doc.name(rng.choice([*COUNCILLORS, ANALYST, MANAGER]), email_ok=True)}")


def email(doc: Doc) -> None:
    """A top-posted reply with a "-- " signature; the thread below under Outlook 2003 headers,
    the oldest message quoted with bars."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"RE: {doc.operation}", "RE: CAWN served", "RE: fax received?",
                          "RE: RE: scrutiny papers", "RE: attendance at strategy"])
    doc.meta.update(sender=_address(doc, sender), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.45 else [], subject=subject)
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    hello = "All" if _by_address(doc, first) else doc.name(first)
    doc.p(f"{hello} -\n{doc.young(kid)} was picked up from {doc.thing(rng.choice(FIRMS), 'firm')} "
          f"by {doc.name(suspect)} last night. {doc.name(rng.choice(SENIOR))} has asked for a "
          "CAWN.")
    if rng.random() < 0.3:
        doc.p(f"Please loop in {doc.name(rng.choice(WITH_EMAIL), email_ok=True)}.")
    _decoy(doc, DECOYS, 0.15)
    doc.p(_signature(doc, sender))
    quoted = first
    recipient = _one(rng, WITH_EMAIL, (quoted,))
    day = f"{doc.date:%d %B %Y} {rng.randint(8, 17):02d}:{rng.randint(10, 59)}"
    doc.p(f"{'_' * 40}\nFrom: {_mailto(doc, quoted)}\nSent: {day}\n"
          f"To: {doc.name(recipient, email_ok=True)}\nSubject: {subject[4:]}")
    doc.p(f"Who is covering the {doc.thing(rng.choice(VEHICLES), 'vehicle')} seen on "
          f"{doc.thing(rng.choice(STREETS), 'place')}? {doc.name(rng.choice(COLLARED))} logged it.")
    if rng.random() < 0.5:
        older = _one(rng, WITH_EMAIL, (quoted,))
        doc.p(f"| On {doc.date:%d/%m/%Y}, {doc.name(older, email_ok=True)} wrote:\n"
              f"| Can we get {doc.young(_one(rng, YOUNG, (kid,)))} on the panel list?")


def _mailto(doc: Doc, canonical: str) -> str:
    """An Outlook 2003 quoted sender: the display name, then the address in "[mailto:]"."""
    shown = doc.name(canonical, email_ok=True)
    person = BY_NAME[canonical]
    if shown == person.email:
        return shown
    doc.record(canonical, "email", person.email)
    return f"{shown} [mailto:{person.email}]"


def _signature(doc: Doc, sender: str) -> str:
    """A sign-off (sometimes the nickname), a "-- " line, the name unless the address alone
    names the sender, the role and organisation after a bar, and the handheld's line."""
    person = BY_NAME[sender]
    lines = [doc.rng.choice(["Thanks", "Regards", "Best"])]
    if person.nickname and doc.rng.random() < 0.4:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    lines.append("-- ")
    if not _by_address(doc, sender):
        lines.append(doc.name(sender))
    lines.append(f"{person.role} | {_org(doc, sender)}")
    if doc.date.year >= 2004 and doc.rng.random() < 0.3:
        lines.append("Sent from my BlackBerry wireless device")
    return "\n".join(lines)


def _by_address(doc: Doc, canonical: str) -> bool:
    """Whether this e-mail names the person only by their address."""
    return doc.plans.get(canonical) == ("only", "email")


def _address(doc: Doc, canonical: str) -> str:
    """A header address: the bare address when that is the planned form, else a display name,
    in half the headers with the organisation after a bar."""
    person = BY_NAME[canonical]
    shown = doc.name(canonical, email_ok=True)
    if any(ch in shown for ch in '"()“”'):  # keep a quoted display name valid
        shown = shown.replace('"', "'").replace(" (", " - ").replace(")", "")
        shown = shown.replace("“", "'").replace("”", "'")
        doc.written[canonical][-1] = shown
    if shown == person.email:
        return person.email
    doc.record(canonical, "email", person.email)
    unit = f" | {UNIT[person.group]}" if doc.rng.random() < 0.5 else ""
    return f'"{shown}{unit}" <{person.email}>'


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "cawn_form": cawn_form, "scrutiny_minutes": scrutiny_minutes,
    "attendance_note": attendance_note, "fax": fax, "phone_message": phone_message,
    "school_log": school_log, "email": email, "letter": letter,
}
