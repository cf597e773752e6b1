"""Council strategy-meeting minutes (DOCX) and committee minutes (HTML), 1995-2005.

Strategy meetings name the men of concern; public committee minutes never do, as in real
councils, so a search for the two associates finds the closed minutes and not the open ones.
"""

from __future__ import annotations

import re
from datetime import datetime

# The texts are written in the cast's terms: every module uses most of it.
from ingest.samples.cast import *
from ingest.samples.doc import Doc, DocBuilder, at, day_between, rng_for, uk_date

Item = tuple[str, list[str]]
Action = tuple[str, str, str]

ROLE = {KERSLAKE: "Team Manager (Chair)", ODUYA: "Social Worker", TOLLEY: "Officer in Charge",
        HOLLIS: "Assistant Director", WHITLOCK: "CID", ROWCLIFFE: "CID", ASHBY: "Uniform"}
AGENCY = {WHITLOCK: "Northshire Police", ROWCLIFFE: "Northshire Police",
          ASHBY: "Northshire Police", TOLLEY: FERNCLIFFE.name}


def strategy_meeting(seed: int, key: str, span: tuple[datetime, datetime], subject: str,
                     present: list[Person], items: list[Item], actions: list[Action],
                     draft: bool = False, path: str = "") -> Doc:
    rng = rng_for(seed, key)
    day = day_between(rng, *span, workday=True)
    held = at(day, "1000")
    chair = present[0]
    b = DocBuilder(path or f"council/{day:%Y-%m-%d}_strategy_meeting_minutes.docx",
                   "council_minutes", "docx", f"Strategy meeting minutes {uk_date(day)}",
                   ODUYA.name, held)
    b.title("HARWICK BOROUGH COUNCIL")
    b.heading("Social Services Department - Children and Families")
    b.heading(("DRAFT - " if draft else "") + "STRATEGY MEETING - CONFIDENTIAL")
    b.fields(("Re", subject), ("Date", f"{day:%A} {uk_date(day, 'long')}"),
             ("Time", "10.00 am"), ("Venue", "Room 4, Harwick Civic Centre"))
    b.heading("Present")
    b.row("Name", "Role", "Agency")
    for p in present:
        role = "Chair" if p is chair else ROLE.get(p, p.role).replace(" (Chair)", "")
        b.row(f"{p.form('ranked', day.year)} ({p.form('initials')})", role,
              AGENCY.get(p, "Harwick Borough Council"))
    for number, (heading, paras) in enumerate(items, start=1):
        b.heading(f"{number}. {heading}").para(*paras)
    b.heading("Actions")
    b.row("Action", "Owner", "By")
    for action in actions:
        b.row(*action)
    b.para(f"Minutes taken by {ODUYA.form('initial')}. Copy to all present; not for onward "
           "circulation without the Chair's agreement.")
    return b.build()


def minutes_1995(seed: int) -> Doc:
    lm = LM.initials
    return strategy_meeting(seed, "council-1995", (datetime(1995, 3, 6), datetime(1995, 3, 24)),
                            f"{lm} (born {LM.born}), {FERNCLIFFE.name}",
                            [KERSLAKE, ODUYA, TOLLEY, ASHBY], [
        ("Purpose", [f"DK explained the meeting was called after {lm} was reported missing "
                     "nine times since October."]),
        ("Information shared", [
            f"PC Ashby reported that {lm} was seen getting into a blue Ford Sierra, "
            f"{SIERRA.registration}, registered to {STOKES.form('full')} of {ALDER_CLOSE.full}.",
            f"BT said {lm} receives calls on the office line ({HOME_LINE.number}) from a man who "
            "calls himself Ray."]),
        ("Decision", ["Threshold for a joint investigation not met at present. "
                      "[[Staff to log every telephone call for LM]]."]),
    ], [("Call log to be kept", "BT", "Immediately"), ("Review meeting", "DK", "6 weeks")])


def minutes_1996(seed: int) -> Doc:
    s, c = STOKES.form("full"), CARVER.form("full")
    return strategy_meeting(seed, "council-1996", (datetime(1996, 11, 4), datetime(1996, 11, 22)),
                            f"{JT.initials} and {KB.initials}, {FERNCLIFFE.name}",
                            [KERSLAKE, ODUYA, TOLLEY, WHITLOCK, HOLLIS], [
        ("Welfare visit, April 1996", [
            f"SW and JO described finding {JT.initials} at 27 Alder Close, the home of {s}."]),
        ("Vehicle stop", [
            f"SW reported that {c} was stopped on Moor Lane in the {CAVALIER.described} with "
            f"{KB.initials} in the car. He said he was giving her a lift home."]),
        ("Assessment", ["MH said the two men are plainly known to each other. "
                        "[[Both men to be treated as posing a risk to children]] in the care "
                        "of the council."]),
    ], [("Share this assessment with all residential staff", "MH", "2 weeks"),
        ("Refer to CID for joint investigation", "SW", "1 week")])


def minutes_1997(seed: int) -> Doc:
    return strategy_meeting(seed, "council-1997", (datetime(1997, 6, 9), datetime(1997, 6, 27)),
                            "Operation Larkspur - joint working",
                            [HOLLIS, ROWCLIFFE, WHITLOCK, KERSLAKE, ODUYA, TOLLEY], [
        ("Police update", [
            f"AR confirmed Operation Larkspur is now a joint investigation into "
            f"{STOKES.form('index')} and {CARVER.form('index')}.",
            f"SW summarised a statement from {RUDD.form('initial')}, a private hire driver, about "
            f"taking girls to the {GARAGES.name}."]),
        ("Telephone calls", ["[[Ferncliffe House to change the office telephone number]] and "
                             "give the new number only to parents and professionals."]),
    ], [("New telephone line", "BT", "1 month"), ("Weekly information exchange", "SW/JO",
                                                  "Ongoing")])


def minutes_1999(seed: int) -> Doc:
    return strategy_meeting(seed, "council-1999", (datetime(1999, 9, 6), datetime(1999, 9, 24)),
                            "Closure of Operation Larkspur",
                            [HOLLIS, KERSLAKE, ODUYA, TOLLEY, WHITLOCK], [
        ("Police decision", [f"SW reported the police file on {STOKES.surname} and "
                             f"{CARVER.surname} was closed in July on prosecution advice."]),
        ("Council position", ["MH said that [[the council will continue to treat both men as a "
                              "risk]] whatever the outcome of the criminal case."]),
    ], [("Letter to the police recording the council's concern", "MH", "2 weeks")])


def minutes_2002(seed: int) -> Doc:
    dw = DW.initials
    return strategy_meeting(seed, "council-2002", (datetime(2002, 4, 8), datetime(2002, 4, 26)),
                            f"{dw} (born {DW.born}), {FERNCLIFFE.name}",
                            [KERSLAKE, ODUYA, TOLLEY, WHITLOCK, HOLLIS], [
        ("Telephone contact", [
            f"JO said {dw} has been receiving calls from {CARVER_MOBILE.number}. SW said the "
            f"number is attributed to {CARVER.form('index')}, a subject of Operation Larkspur.",
            f"That phone is in frequent contact with {STOKES_MOBILE.number}, used by "
            f"{STOKES.form('initial')}."]),
        ("Placement", [f"Agreed that [[{dw}'s placement should move out of Harwick]] as soon "
                       "as a suitable place is found."]),
    ], [("Identify placement", "JO", "4 weeks"), ("Phone analysis", "SW", "2 weeks")])


def minutes_2004(seed: int, draft: bool = False) -> Doc:
    where = GARAGES.name if draft else LAYBY.name
    marked = (f"seen at the {where} on three evenings" if draft
              else f"[[seen in the {where} on three evenings]]")
    return strategy_meeting(
        seed, "council-2004", (datetime(2004, 10, 14), datetime(2004, 10, 14)),
        f"{DW.initials}, former resident of {FERNCLIFFE.name}",
        [HOLLIS, KERSLAKE, ODUYA, TOLLEY, WHITLOCK], [
            ("Sightings", [f"SW said the {MONDEO.described}, kept by {CARVER.form('full')}, was "
                           f"{marked} in September, twice with {STOKES.form('full')} in it."]),
            ("Next steps", ["[[Historic records to be reviewed jointly with the police]]."
                            if not draft else "Records to be reviewed."]),
        ], [("Joint records review", "MH/SW", "3 months")], draft=draft,
        path="email/attachments/draft.docx" if draft else "")


def committee(seed: int, key: str, span: tuple[datetime, datetime], body: str,
              items: list[Item]) -> Doc:
    day = day_between(rng_for(seed, key), *span, workday=True)
    slug = re.sub(r"[^a-z]+", "_", body.lower().replace("'", ""))
    b = DocBuilder(f"council/{day:%Y-%m-%d}_{slug}.html",
                   "council_minutes", "html", f"{body} - minutes of {uk_date(day, 'long')}",
                   "Democratic Services", at(day, "1830"))
    b.title(f"Harwick Borough Council - {body}")
    b.para(f"Minutes of the meeting held on {day:%A} {uk_date(day, 'long')} at 6.30 pm in the "
           "Council Chamber, Harwick Civic Centre.")
    b.fields(("Present", f"{DANBY.form('title')} (Chair), Cllr V. Aske, Cllr T. Greenhalgh, "
                         "Cllr R. Okafor"),
             ("Officers", f"{HOLLIS.form('full')} (Assistant Director)"))
    for number, (heading, paras) in enumerate(items, start=1):
        b.heading(f"{number}. {heading}").para(*paras)
    return b.build()


def committee_minutes(seed: int) -> list[Doc]:
    return [
        committee(seed, "committee-1996", (datetime(1996, 2, 5), datetime(1996, 2, 29)),
                  "Social Services Committee", [
            ("Residential care: missing episodes", [
                "The Assistant Director reported that [[Ferncliffe House recorded 61 missing "
                "episodes]] in 1995, more than any other home in the borough.",
                f"{DANBY.form('title')} asked whether the police were involved. "
                f"{HOLLIS.form('title')} said joint meetings were being held."])]),
        committee(seed, "committee-1998", (datetime(1998, 4, 6), datetime(1998, 4, 30)),
                  "Social Services Committee", [
            ("Children's homes inspection", [
                "Members received the annual inspection report for the three homes.",
                f"{DANBY.form('title')} asked that [[members receive a confidential briefing]] "
                "on a police operation affecting one home. The Assistant Director agreed."])]),
        committee(seed, "committee-2005", (datetime(2005, 9, 5), datetime(2005, 9, 30)),
                  "Children's Services Scrutiny Panel", [
            ("Review of historic concerns", [
                f"{HOLLIS.form('full')} reported on [[a joint review with Northshire Police]] "
                "of records from 1994 onwards.",
                f"{DANBY.form('ranked')} said members in the 1990s had not been told the full "
                "picture and welcomed the review."])]),
    ]


def council_docs(seed: int) -> list[Doc]:
    meetings = [minutes_1995, minutes_1996, minutes_1997, minutes_1999, minutes_2002,
                minutes_2004]
    return [m(seed) for m in meetings] + committee_minutes(seed)
