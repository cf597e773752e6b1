"""The eight kinds of case file of the seventh set, each written through a `Doc`.

MG11 witness statements (the form's own header fields and a witnessed signature), summaries of
video-recorded (ABE) interviews (timed entries), multi-agency sexual exploitation panel minutes
(a "Present" line with agencies and an action log), PNC-style antecedents printouts (fields in
capitals, AKA lines), MG6C disclosure schedules (a table of items), hospital safeguarding
notifications (tick boxes), e-mails (Exchange display names, sent on behalf of someone, quoting
earlier messages in Outlook header blocks, with signatures) and letters (dictated, "pp"). Worded
and laid out for this set. People are picked by role and written through `Doc.name` /
`Doc.young`; non-persons through `Doc.thing`.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.names_eval7.cast import BY_NAME, CAST, COUNCIL, COUNCIL_SHORT, FORCE, FORCE_SHORT, TOWN
from bench.names_eval7.doc import Doc
from bench.names_eval7.forms import render_form

VEHICLES = ("Suzuki Vitara", "Lada Riva", "Kia Sedona", "Fiat Doblo", "Chrysler Voyager",
            "Tata Safari", "Seat Alhambra", "Smart ForFour", "MG ZR", "Honda Jazz",
            "Hyundai Trajet", "Volvo V40", "Reliant Robin", "Peugeot Partner")
STREETS = ("Hopwood Gth", "Ellerbeck Grn", "Tentercroft Wlk", "Kilnhurst Ct", "Salterhebble Pl",
           "Brindle Cft", "Marlpit Vw", "Ravelston Gro", "Fellgate Bldgs", "Canalside Esp")
HOMES = ("Calderbrook Hse", "Nab End Resource Ctr", "Larkhill Children's Home")
OFFICES = ("Gillside Family Hub", "Harrowgill Town Hall Annexe", "Ribbleden Hse")
STATIONS = ("Harrowgill West Div", "Gillside Police Stn", "HXP Custody Suite, Harrowgill")
FIRMS = ("Ganbold Motors", "Caspian Hand Car Wash", "Scarisbrick Scrap Metals", "Tbilisi Bakery",
         "Gillside Private Hire", "Abacus Taxis", "Star Kebab & Pizza", "Kapanadze Tyres Ltd")
LAW_FIRM = "Hristova Vance Solicitors"
SCHOOL = "Gillside Academy"
HOSPITAL = "Harrowgill Royal Infirmary"
STRANGERS = ("Mazza", "Tino", "Benny", "Shez", "Robbo")

COLLARED = [p.canonical for p in CAST if p.collar]
DETECTIVES = [p.canonical for p in CAST if p.title in ("DC", "DS", "DI")]
SENIOR = ["Päivi Hämäläinen-Ross", "Desmond Farraday", "Giorgi Beridze"]
UNIFORM = [p.canonical for p in CAST if p.title in ("PC", "PS", "SC")]
INVESTIGATOR = "Grace Kamau"
COUNCILLORS = [p.canonical for p in CAST if p.title == "Cllr"]
WORKERS = ["Kadri Lepik", "Kadri Lepik", "Kadri Lepik", "Nilufar Aliyeva"]
MANAGER, HOUSING = "Rosemary Thewlis", "Chinthaka Wickramasinghe"
HEAD, SOLICITOR = "Joseph Ssemakula", "Zlatina Hristova"
CUSTODY_SGT = "Wiremu Te Awa"
SOCIAL = [*WORKERS, MANAGER, HOUSING]
YOUNG = [p.canonical for p in CAST if p.group == "young"]
SUSPECTS = [p.canonical for p in CAST if p.group == "suspect"]
PARENT_OF = {"Tamar Gogoladze": "Tinatin Gogoladze", "Skye Ramsbottom": "Donna Ramsbottom",
             "Jade Holroyd-Lomax": "Lynette Holroyd"}
PARENTS = sorted(set(PARENT_OF.values()))
WITH_EMAIL = [p.canonical for p in CAST if p.email]
DECOYS = tuple(p.canonical for p in CAST if p.decoy_of)
UNIT = {"police": "HXP", "council": "HMBC", "school": "Gillside Academy", "solicitor": "HV"}


def _reg(rng: random.Random, year: int) -> str:
    """A UK registration mark of the document's era."""
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    three = "".join(rng.choice(letters) for _ in range(3))
    if year < 2001:
        return f"{rng.choice('NPRSTVWXY')}{rng.randint(1, 999)} {three}"
    half = year % 100 + (50 if rng.random() < 0.5 and year < 2014 else 0)
    return f"{rng.choice('BDHLMY')}{rng.choice('ABCDEFGHJK')}{half:02d} {three}"


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
        doc.p(f"Note: {doc.name(decoy)}, a {role}, is not {real}; no link between them has "
              "been found.")
        return
    written = doc.name(decoy)
    doc.p(doc.rng.choice([f"TIE enquiry: {written} ({role}) - eliminated.",
                          f"{written}, who works as a {role}, gave an account and is a witness "
                          "only.",
                          f"A {role}, {written}, was traced and has no connection."]))


def mg11_statement(doc: Doc) -> None:
    """An MG11: the form's header fields, the account, the declaration, a witnessed signature."""
    rng = doc.rng
    witness = rng.choice([*WORKERS, HEAD, HOUSING, *PARENTS, *PARENTS, *PARENTS, *UNIFORM,
                          INVESTIGATOR])
    taker = rng.choice(DETECTIVES + UNIFORM)
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    doc.h(f"{doc.thing('WITNESS STATEMENT', 'heading')}    MG11")
    doc.p("(CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules, r 16.2)")
    doc.p(f"{doc.thing('Statement of', 'label')}: {doc.name(witness)}    "
          f"{doc.thing('Age if under 18', 'label')}: Over 18    "
          f"{doc.thing('Occupation', 'label')}: {BY_NAME[witness].role or 'Not stated'}")
    doc.p("This statement (consisting of 1 page(s) each signed by me) is true to the best of my "
          "knowledge and belief.")
    vehicle = doc.thing(rng.choice(VEHICLES), "vehicle")
    doc.p(f"On {doc.date:%A %d %B %Y} I saw {doc.young(kid)} standing outside "
          f"{doc.thing(rng.choice(FIRMS), 'firm')} on {doc.thing(rng.choice(STREETS), 'place')}. "
          f"A {vehicle} pulled up. The man driving was {doc.name(suspect)}, who I know by sight.")
    if rng.random() < 0.4:
        other = _one(rng, SUSPECTS, (suspect,))
        doc.p(f"I later saw {doc.name(other)} at {doc.thing(rng.choice(HOMES), 'building')} "
              f"asking for {doc.young(kid)} by name.")
    if rng.random() < 0.3:
        doc.p(f"{doc.young(_one(rng, YOUNG, (kid,)))} told me the same man buys them vodka.")
    _decoy(doc, ("Anahid Petrosyan", "Skye Ramsbotham", "Terence Olerenshaw"), 0.3)
    doc.p(f"{doc.thing('Signature witnessed by', 'label')}: {doc.name(taker)}")


def abe_summary(doc: Doc) -> None:
    """A summary of a video-recorded interview: who was present, then timed entries."""
    rng = doc.rng
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    lead, second = rng.sample([*DETECTIVES, INVESTIGATOR], 2)
    doc.h(doc.thing("RECORD OF VIDEO INTERVIEW - SUMMARY", "heading"))
    doc.table([[doc.thing("Interviewee", "label"), doc.young(kid)],
               [doc.thing("Interviewing officer", "label"), doc.name(lead)],
               [doc.thing("Monitoring officer", "label"), doc.name(second)],
               [doc.thing("Location", "label"), doc.thing(rng.choice(OFFICES), "building")],
               [doc.thing("Date", "label"), f"{doc.date:%d/%m/%Y}"]])
    if kid in PARENT_OF and rng.random() < 0.9:
        doc.p(f"{doc.thing('Appropriate adult', 'label')}: {doc.name(PARENT_OF[kid])}")
    minute = rng.randint(1, 9)
    doc.p(f"00:0{minute}:{rng.randint(10, 59)}  Rapport. Ground rules explained by "
          f"{doc.name(lead)}.")
    doc.p(f"00:{minute + 10}:{rng.randint(10, 59)}  Describes being collected from "
          f"{doc.thing(rng.choice(STREETS), 'place')} in a "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} by {doc.name(suspect)}.")
    if rng.random() < 0.45:
        doc.p(f"00:{minute + 20}:{rng.randint(10, 59)}  Says {doc.name(_one(rng, SUSPECTS, (suspect,)))} "
              f"was at the flat above {doc.thing(rng.choice(FIRMS), 'firm')} and called himself "
              f"{doc.thing(rng.choice(STRANGERS), 'forename')}.")
    if rng.random() < 0.3:
        doc.p(f"00:{minute + 30}:{rng.randint(10, 59)}  Names {doc.young(_one(rng, YOUNG, (kid,)))} "
              "as also being taken there.")
    _decoy(doc, ("Levon Kapanadze", "Ibrahim Garuba", "Darko Đukić"), 0.25)
    doc.p(f"Summary prepared by {doc.name(second)}; reviewed by {doc.name(rng.choice(SENIOR))}.")


def mase_minutes(doc: Doc) -> None:
    """Minutes of a multi-agency sexual exploitation panel: present, items, an action log."""
    rng = doc.rng
    chair = rng.choice([MANAGER, MANAGER, SENIOR[1]])
    officer = _one(rng, [*DETECTIVES, *SENIOR], (chair,))
    worker, kid = rng.choice(WORKERS), rng.choice(YOUNG)
    doc.h(f"{doc.thing('MASE PANEL', 'heading')} - "
          f"{doc.thing(rng.choice(OFFICES), 'building')} - {doc.date:%d %B %Y}")
    present = [f"{doc.name(chair)} ({'HMBC' if chair == MANAGER else FORCE_SHORT}, chair)",
               f"{doc.name(officer)} ({doc.thing(FORCE, 'org')})",
               f"{doc.name(worker)} ({COUNCIL_SHORT})"]
    if rng.random() < 0.5:
        present.append(f"{doc.name(HEAD)} ({doc.thing(SCHOOL, 'org')})")
    if rng.random() < 0.4:
        present.append(f"{doc.name(HOUSING)} (Housing)")
    if kid in PARENT_OF and rng.random() < 0.8:
        present.append(f"{doc.name(PARENT_OF[kid])} (parent)")
    doc.p(f"{doc.thing('Present', 'label')}: " + "; ".join(present))
    doc.p(f"{doc.thing('Apologies', 'label')}: "
          f"{doc.name(_one(rng, [*SOCIAL, *COUNCILLORS], (worker, chair)))}")
    suspect = rng.choice(SUSPECTS)
    doc.h(f"Item 1 - {doc.thing('Young people of concern', 'heading')}")
    doc.p(f"{doc.young(kid)}: two missing episodes this month; seen getting into a "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} registered to {doc.name(suspect)} near "
          f"{doc.thing(rng.choice(FIRMS), 'firm')}.")
    if rng.random() < 0.4:
        doc.p(f"{doc.name(rng.choice(COLLARED))} reported a stop check on "
              f"{doc.thing(rng.choice(STREETS), 'place')}.")
    _decoy(doc, DECOYS, 0.2)
    doc.h(f"Item 2 - {doc.thing('Action log', 'heading')}")
    doc.table([[doc.thing("Action", "label"), doc.thing("Owner", "label"),
                doc.thing("By", "label")],
               ["Disruption letter to the driver", doc.name(officer), f"{doc.date:%d/%m}"],
               ["Safety plan reviewed with the family", doc.name(worker), "next panel"]])
    doc.p(f"{doc.thing('Minutes', 'label')}: {doc.name(_one(rng, SOCIAL, (worker, chair)))}")


def antecedents(doc: Doc) -> None:
    """A PNC-style printout: fields in capitals, AKA lines, the officer who printed it."""
    rng = doc.rng
    suspect = rng.choice(SUSPECTS)
    person = BY_NAME[suspect]
    doc.h(f"{doc.thing('PNC PRINT', 'heading')} ** {doc.thing('RESTRICTED', 'heading')} **")
    doc.p(f"{doc.thing('SUBJECT', 'label')}: {doc.name(suspect)}")
    if person.alias and doc.plans[suspect][0] != "ambiguous" and rng.random() < 0.6:
        alias = render_form(person, "alias", rng)
        doc.record(suspect, "alias", alias)
        doc.p(f"{doc.thing('AKA', 'label')}: {alias}")
    doc.p(f"{doc.thing('SEX', 'label')}: M    {doc.thing('ETHNIC APPEARANCE', 'label')}: "
          f"{rng.choice(['IC1', 'IC3', 'IC6', 'IC2'])}    {doc.thing('PNC ID', 'label')}: "
          f"{doc.date:%y}/{rng.randint(100000, 999999)}{rng.choice('ABCDEFGHJK')}")
    doc.p(f"{doc.thing('LAST KNOWN ADDRESS', 'label')}: {rng.randint(1, 99)} "
          f"{doc.thing(rng.choice(STREETS).upper(), 'place')}, {TOWN.upper()}")
    doc.p(f"{doc.thing('VEHICLES', 'label')}: "
          f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} {_reg(rng, doc.date.year)}")
    doc.p(f"{doc.thing('ASSOCIATES', 'label')}: {doc.name(_one(rng, SUSPECTS, (suspect,)))}")
    if rng.random() < 0.35:
        doc.p(f"{doc.thing('WARNING MARKERS', 'label')}: contact with "
              f"{doc.young(rng.choice(YOUNG))} prohibited by court order")
    _decoy(doc, ("Levon Kapanadze", "Terence Olerenshaw", "Ibrahim Garuba", "Darko Đukić"), 0.3)
    doc.p(f"{doc.thing('PRINTED BY', 'label')}: {doc.name(rng.choice(COLLARED + DETECTIVES))}"
          f" AT {doc.thing(rng.choice(STATIONS), 'building')}")


def disclosure_schedule(doc: Doc) -> None:
    """An MG6C schedule of unused material: numbered items, then the disclosure officer."""
    rng = doc.rng
    suspect = rng.choice(SUSPECTS)
    doc.h(f"{doc.thing('SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL', 'heading')}   MG6C")
    doc.p(f"R v {doc.name(suspect)}    {doc.operation}")
    items = [f"Statement of {doc.name(rng.choice([*WORKERS, HEAD, *PARENTS, HOUSING]))}",
             f"Pocket notebook entries of {doc.name(rng.choice(COLLARED))}",
             f"Custody record; detention reviewed by {doc.name(CUSTODY_SGT)}",
             f"Case notes on {doc.young(rng.choice(YOUNG))} (redacted)"]
    if rng.random() < 0.4:
        items.append(f"Telephone download of {doc.name(_one(rng, SUSPECTS, (suspect,)))}")
    doc.table([[doc.thing("Item", "label"), doc.thing("Description", "label"),
                doc.thing("Location", "label")],
               *[[str(n), text, rng.choice(["MIR", "Property store", "HMBC records"])]
                 for n, text in enumerate(items, start=1)]])
    _decoy(doc, ("Anahid Petrosyan", "Skye Ramsbotham"), 0.3)
    doc.p(f"{doc.thing('Disclosure officer', 'label')}: {doc.name(rng.choice(DETECTIVES))}    "
          f"{doc.thing('Reviewing lawyer', 'label')}: {doc.thing('CPS Area Lawyer', 'title')}")


def hospital_notification(doc: Doc) -> None:
    """A hospital safeguarding notification: tick boxes, who came with the child, who was told."""
    rng = doc.rng
    kid = rng.choice(YOUNG)
    doc.h(f"{doc.thing(HOSPITAL, 'building')} - "
          f"{doc.thing('SAFEGUARDING NOTIFICATION (UNDER 18)', 'heading')}")
    doc.p(f"{doc.thing('Patient', 'label')}: {doc.young(kid)}    "
          f"{doc.thing('Attended', 'label')}: {doc.date:%d.%m.%Y} {rng.randint(0, 5):02d}:"
          f"{rng.randint(10, 59)}")
    companion = rng.choice([*SUSPECTS, PARENT_OF.get(kid, rng.choice(SUSPECTS))])
    doc.p(f"{doc.thing('Accompanied by', 'label')}: {doc.name(companion)}")
    boxes = ["Intoxicated", "Injuries", "Older adult present", "Missing from care"]
    doc.table([[box, rng.choice(["[x]", "[ ]"])] for box in boxes])
    doc.p(f"Adult left in a {doc.thing(rng.choice(VEHICLES), 'vehicle')} before security "
          f"arrived. Staff believe the child lives at {doc.thing(rng.choice(HOMES), 'building')}.")
    _decoy(doc, ("Skye Ramsbotham", "Anahid Petrosyan", "Ibrahim Garuba"), 0.3)
    doc.p(f"{doc.thing('Social care informed', 'label')}: {doc.name(rng.choice(WORKERS))}    "
          f"{doc.thing('Police informed', 'label')}: {doc.name(rng.choice(UNIFORM + DETECTIVES))}")


def letter(doc: Doc) -> None:
    """A letter: to a tenant, to a councillor, from the solicitor, from the academy."""
    rng = doc.rng
    kind = rng.choice(["housing", "councillor", "solicitor", "school"])
    doc.p(f"{doc.date:%d %B %Y}")
    if kind == "housing":
        sender, to = HOUSING, rng.choice(SUSPECTS)
        doc.p(f"{doc.thing('Housing Services', 'org')}, {doc.thing(COUNCIL, 'org')}")
        doc.p(f"Dear {doc.name(to)},")
        doc.p(f"Notice of seeking possession: {rng.randint(1, 99)} "
              f"{doc.thing(rng.choice(STREETS), 'place')}. Police have told us that "
              f"{doc.young(rng.choice(YOUNG))} was found at the property by "
              f"{doc.name(rng.choice(UNIFORM))}.")
    elif kind == "councillor":
        sender, to = rng.choice(COUNCILLORS), rng.choice(SENIOR)
        doc.p(f"Members' Services, {TOWN} Town Hall")
        doc.p(f"Dear {doc.name(to)},")
        doc.p(f"Residents of {doc.thing(rng.choice(STREETS), 'place')} tell me that girls are "
              f"picked up outside {doc.thing(rng.choice(FIRMS), 'firm')} in a "
              f"{doc.thing(rng.choice(VEHICLES), 'vehicle')}. I have shared this with "
              f"{doc.name(MANAGER)}.")
    elif kind == "solicitor":
        sender, to = SOLICITOR, rng.choice(DETECTIVES)
        doc.p(f"{doc.thing(LAW_FIRM, 'firm')}   Ref: ZH/{rng.randint(100, 999)}/{doc.date:%y}")
        doc.p(f"Dear {doc.name(to)},")
        doc.p(f"We act for {doc.name(rng.choice(SUSPECTS))}. Please preserve the notebook of "
              f"{doc.name(rng.choice(COLLARED))} and the custody record signed by "
              f"{doc.name(CUSTODY_SGT)}.")
    else:
        sender, to = HEAD, rng.choice(SOCIAL)
        doc.p(f"{doc.thing(SCHOOL, 'org')}, {TOWN}")
        doc.p(f"Dear {doc.name(to)},")
        doc.p(f"{doc.young(rng.choice(YOUNG))} has missed 19 sessions this half term. A "
              f"{doc.thing(rng.choice(VEHICLES), 'vehicle')} waits near the sports hall most "
              "afternoons.")
    _decoy(doc, DECOYS, 0.16)
    if rng.random() < 0.35:
        doc.p(f"Copy: {doc.name(rng.choice(COUNCILLORS), email_ok=True)}")
    doc.p(rng.choice(["Yours sincerely", "Yours faithfully", "Kind regards"]))
    if rng.random() < 0.3:
        signer = _one(rng, SOCIAL, (sender, to))
        doc.p(f"pp {doc.name(sender)}")
        doc.p(f"(dictated by {doc.name(sender)} and signed in their absence by "
              f"{doc.name(signer)})")
    else:
        doc.p(doc.name(sender))
    doc.p(BY_NAME[sender].role)


def email(doc: Doc) -> None:
    """An e-mail reply with a signature, quoting the thread below it in Outlook header blocks,
    sometimes sent by one person on behalf of another."""
    rng = doc.rng
    sender, first, cc = rng.sample(WITH_EMAIL, 3)
    subject = rng.choice([f"RE: {doc.operation}", "RE: MASE referral", "RE: PNC check",
                          "RE: RE: disclosure", "RE: strategy discussion"])
    behalf = rng.random() < 0.2
    doc.meta.update(sender=_address(doc, sender, behalf), to=[_address(doc, first)],
                    cc=[_address(doc, cc)] if rng.random() < 0.45 else [], subject=subject)
    kid, suspect = rng.choice(YOUNG), rng.choice(SUSPECTS)
    hello = "Hi all" if _by_address(doc, first) else f"Hi {doc.name(first)}"
    doc.p(f"{hello},\n{doc.young(kid)} was seen last night with {doc.name(suspect)} outside "
          f"{doc.thing(rng.choice(FIRMS), 'firm')}. {doc.name(rng.choice(SENIOR))} wants it on "
          "the agenda.")
    if rng.random() < 0.3:
        doc.p(f"Adding {doc.name(rng.choice(WITH_EMAIL), email_ok=True)} to the thread.")
    _decoy(doc, DECOYS, 0.16)
    doc.p(_signature(doc, sender))
    for level in range(rng.choice([1, 2])):
        quoted = first if level == 0 else sender
        day = f"{doc.date:%d %B %Y} {rng.randint(8, 17):02d}:{rng.randint(10, 59)}"
        doc.p(f"From: {doc.name(quoted, email_ok=True)}\nSent: {day}\n"
              f"To: {doc.name(_one(rng, WITH_EMAIL, (quoted,)), email_ok=True)}\n"
              f"Subject: {subject[4:]}")
        if level == 0:
            doc.p(f"Can someone confirm who owns the {doc.thing(rng.choice(VEHICLES), 'vehicle')}"
                  f"? {doc.name(rng.choice(COLLARED))} saw it on "
                  f"{doc.thing(rng.choice(STREETS), 'place')}.")
        else:
            doc.p(f"Please send me the return interview for {doc.young(kid)} before panel.")


def _signature(doc: Doc, sender: str) -> str:
    """A sign-off, sometimes with the nickname, then a signature block naming the sender
    (with rank and collar number for officers who have one) unless the address alone names
    them, then the organisation and a disclaimer line."""
    person = BY_NAME[sender]
    lines = [doc.rng.choice(["Thanks", "Kind regards", "Cheers"])]
    if person.nickname and doc.rng.random() < 0.4:
        lines.append(person.nickname)
        doc.record(sender, "forename", person.nickname)
    if not _by_address(doc, sender):
        lines.append(doc.name(sender))
        lines.append(person.role)
    org = FORCE if person.group == "police" else (COUNCIL if person.group == "council"
                                                  else SCHOOL if person.group == "school"
                                                  else LAW_FIRM)
    lines.append(doc.thing(org, "firm" if org == LAW_FIRM else "org"))
    lines.append(f"Tel 01632 {doc.rng.randint(100000, 999999)}  |  "
                 "This e-mail may contain protectively marked information.")
    return "\n".join(lines)


def _by_address(doc: Doc, canonical: str) -> bool:
    """Whether this e-mail names the person only by their address."""
    return doc.plans.get(canonical) == ("only", "email")


def _address(doc: Doc, canonical: str, behalf: bool = False) -> str:
    """A header address: the bare address when that is the planned form, else a display name
    (with the organisation after it, as Exchange address books add); `behalf` puts an
    assistant's mailbox in front, as "sent on behalf of" does."""
    person = BY_NAME[canonical]
    shown = doc.name(canonical, email_ok=True)
    if '"' in shown or "(" in shown or "[" in shown:  # keep a quoted display name valid
        shown = shown.replace('"', "'").replace(" (", " - ").replace(")", "")
        shown = shown.replace(" [", " - ").replace("]", "")
        doc.written[canonical][-1] = shown
    if shown == person.email:
        return person.email
    doc.record(canonical, "email", person.email)
    unit = f" ({UNIT[person.group]})" if doc.rng.random() < 0.5 else ""
    if behalf:
        return f'"MASE Coordinator on behalf of {shown}{unit}" <{person.email}>'
    return f'"{shown}{unit}" <{person.email}>'


TEMPLATES: dict[str, Callable[[Doc], None]] = {
    "mg11_statement": mg11_statement, "abe_summary": abe_summary, "mase_minutes": mase_minutes,
    "antecedents": antecedents, "disclosure_schedule": disclosure_schedule,
    "hospital_notification": hospital_notification, "email": email, "letter": letter,
}
