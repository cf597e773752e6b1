"""Police logs and witness statements (1994-2003), written as multi-page text PDFs."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

# The texts are written in the cast's terms: every module uses most of it.
from ingest.samples.cast import *
from ingest.samples.doc import Doc, DocBuilder, at, clock, day_between, rng_for, uk_date

ROUTINE = (
    "PNC and local indices checked for {yp}; no further trace outside Harwick.",
    "Description circulated to all Harwick patrols and neighbouring sections.",
    "Patrols asked to give attention to {bus} and {arcade}.",
    "Duty Inspector informed. Risk grading reviewed and remains medium.",
    "Hospital checks with Harwick General negative.",
    "Update from staff at {home}: no contact from {yp}.",
    "Town-centre taxi ranks visited; drivers asked to call in any sighting.",
    "Night shift briefed at 2200 parade with description and photograph.",
    "Addresses of known friends visited by {pc}; no trace.",
    "Observations kept on {arcade} from a parked vehicle for 30 minutes; nothing seen.",
    "Log reviewed by Sergeant on duty; current enquiries appropriate.",
    "Further call to {home}; {yp} has not returned.",
    "Bus company contacted about CCTV on late services; footage not retained.",
    "Message left for the social worker on call via the Emergency Duty Team.",
    "{pc} resumed patrol; log left open for the next shift.",
    "Education welfare service to be informed for follow-up in the morning.",
    "Railway station and footbridge checked; no trace.",
    "Copy of photograph obtained from {home} and issued to patrols.",
)


def name(rng: random.Random, person: Person, year: int, *styles: str) -> str:
    """A name in one of the given forms, varied per document as clerks varied them."""
    return person.form(rng.choice(styles or ("full", "index", "title", "initial")), year)


def police_head(b: DocBuilder, ref: str, what: str, opened: datetime) -> None:
    b.title("NORTHSHIRE POLICE").heading(f"Harwick Division - {what}")
    b.fields(("Reference", ref), ("Opened", f"{uk_date(opened)} {opened:%H%M} hrs"))


def police_log(b: DocBuilder, rng: random.Random, start: datetime, keys: list[str],
               routine: int, ctx: dict[str, str]) -> None:
    """Serial-numbered log with the key entries spread evenly, so later ones reach later pages."""
    total = len(keys) + routine
    key_at = {round(i * (total - 1) / max(len(keys) - 1, 1)): k for i, k in enumerate(keys)}
    pool = list(ROUTINE)
    rng.shuffle(pool)
    when, used = start, 0
    for serial in range(total):
        text = key_at.get(serial)
        if text is None:
            text, used = pool[used % len(pool)].format(**ctx), used + 1
        b.entry(f"{serial + 1:03d}  {when:%d/%m/%y %H%M}  {text}")
        when += timedelta(minutes=rng.randint(6, 95))


def _ctx(year: int, yp: str) -> dict[str, str]:
    return {"yp": yp, "home": FERNCLIFFE.name, "arcade": ARCADE.name, "bus": BUS_STATION.name,
            "pc": ASHBY.form("collar", year)}


def missing_person_report(seed: int) -> Doc:
    rng = rng_for(seed, "police-1994-mfh")
    day = day_between(rng, datetime(1994, 9, 1), datetime(1994, 11, 30))
    opened = at(day, clock(rng, 19, 22))
    ref = f"NP/1994/{rng.randint(2000, 9999):05d}"
    yp, age = LM.initials, LM.age(1994)
    b = DocBuilder(f"police/{ref.replace('/', '-')}_missing_person_{yp}.pdf",
                   "missing_person_report", "pdf", f"Missing person report {ref}",
                   ASHBY.name, opened, look="typewriter")
    police_head(b, ref, "Missing Person Report", opened)
    b.fields(("Reported by", f"{name(rng, TOLLEY, 1994, 'index')} (Officer in Charge), "
                             f"tel {HOME_LINE.number}"),
             ("Missing person", f"{yp} (aged {age}), child in the care of the local authority"),
             ("Home address", f"{FERNCLIFFE.name}, {FERNCLIFFE.full}"),
             ("Risk grading", "Medium"), ("Officer in case", ASHBY.form("collar", 1994)))
    b.heading("Circumstances")
    b.para(f"{yp} left {FERNCLIFFE.name} at about {clock(rng, 16, 18)} hrs saying she was going "
           f"to the shops on Westgate. She did not return by the agreed time of 2100 hrs. Staff "
           f"report that she has been absent on six occasions in the past month and on two of "
           f"them was [[seen getting into a blue car near Westgate Amusements]].",
           f"Mr {TOLLEY.surname} states that a male caller has rung the office line asking for "
           f"{yp} by name and hung up when staff asked who was calling.")
    b.heading("Enquiries")
    keys = [
        f"Call from {name(rng, TOLLEY, 1994, 'initial', 'full')} at {FERNCLIFFE.name} "
        f"({HOME_LINE.number}) reporting {yp} ({age}) missing from home.",
        f"{name(rng, RUDD, 1994, 'index')}, private hire driver, reports a girl matching the "
        f"description at {BUS_STATION.name} talking to a man in his forties beside a blue "
        f"Ford Sierra.",
        f"PNC check on partial index K482: possible match [[blue Ford Sierra registered to "
        f"STOKES, Raymond]] of {ALDER_CLOSE.full}.",
        f"{yp} [[returned to Ferncliffe House at 0340 hrs]], dropped at the end of Moor Lane by a "
        f"car staff could not see. Log closed as found safe and well.",
    ]
    police_log(b, rng, opened, keys, 22, _ctx(1994, yp))
    b.page_break().heading("Return interview")
    b.para(f"Return interview by {ASHBY.form('title', 1994)} with "
           f"{name(rng, TOLLEY, 1994, 'title')} present. {yp} said she had been 'round at "
           f"Ray's' and that [[Ray had given her cigarettes and a lift back]]. She would not give "
           f"a surname or address and became upset when asked about the car.",
           "She was given advice about her safety and the log was copied to the social worker.")
    b.sign(f"{ASHBY.form('collar', 1994)}", f"Date: {uk_date(day + timedelta(days=1))}")
    return b.build()


def sightings_log(seed: int) -> Doc:
    rng = rng_for(seed, "police-1995-sightings")
    day = day_between(rng, datetime(1995, 10, 2), datetime(1995, 11, 28))
    opened = at(day, clock(rng, 21, 23))
    ref = f"NP/1995/{rng.randint(10000, 19999):05d}"
    b = DocBuilder(f"police/{ref.replace('/', '-')}_incident_log.pdf", "police_log", "pdf",
                   f"Incident log {ref}", ASHBY.name, opened, look="typewriter")
    police_head(b, ref, "Incident Log", opened)
    b.fields(("Classification", "Concern for welfare / suspicious vehicles"),
             ("Location", ALDER_CLOSE.full),
             ("Informant", f"{name(rng, MARSH, 1995, 'index', 'full')}, neighbour"))
    s, c = STOKES.form("index"), CARVER.form("index")
    keys = [
        f"Call from {name(rng, MARSH, 1995, 'title', 'initial')}: cars arriving at 27 Alder Close "
        f"late at night and girls being dropped off. Caller has written to the station before.",
        f"{ASHBY.form('collar', 1995)} on observations from Alder Close junction.",
        f"{SIERRA.described} parked outside number 27. Keeper {s}, DOB {STOKES.dob}.",
        f"[[{CAVALIER.described} arrived at 2340 hrs]]. Keeper {c}, DOB {CARVER.dob}.",
        f"[[Two girls aged about 14 left 27 Alder Close]] with two men believed to be {s} and "
        f"{c}, and got into the Cavalier.",
        f"Cavalier stopped on Moor Lane. Driver {c}; girls identified as residents of "
        f"{FERNCLIFFE.name} and returned there. {CARVER.surname} said he was 'giving them a lift "
        f"home as a favour to Ray'.",
        f"Intelligence report submitted linking {STOKES.surname} and {CARVER.surname} with "
        f"absences from {FERNCLIFFE.name}. Copy to {name(rng, WHITLOCK, 1995, 'collar')}, CID.",
    ]
    police_log(b, rng, opened, keys, 20, _ctx(1995, "the girls"))
    return b.build()


def _statement(seed: int, key: str, person: Person, year: int, occupation: str,
               pages: list[list[str]], kind_day: tuple[datetime, datetime]) -> Doc:
    rng = rng_for(seed, key)
    day = day_between(rng, *kind_day, workday=True)
    taken = at(day, clock(rng, 10, 16))
    b = DocBuilder(f"police/{year}-{day:%m-%d}_statement_{person.surname.lower()}.pdf",
                   "witness_statement", "pdf", f"Witness statement of {person.name}",
                   WHITLOCK.name, taken)
    b.title("STATEMENT OF WITNESS")
    b.para("(Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.5B)")
    b.fields(("Statement of", person.form("index")), ("Age", "Over 18"),
             ("Occupation", occupation), ("Taken by", WHITLOCK.form("collar", year)),
             ("Place", "Harwick Police Station"), ("Date", uk_date(day)))
    b.para(f"This statement, consisting of {len(pages)} pages each signed by me, is true to the "
           "best of my knowledge and belief and I make it knowing that, if it is tendered in "
           "evidence, I shall be liable to prosecution if I have wilfully stated in it anything "
           "which I know to be false or do not believe to be true.")
    for number, paras in enumerate(pages):
        if number:
            b.page_break().heading(f"Continuation of statement of {person.form('index')}")
        b.para(*paras)
        b.sign(f"Signed: {person.form('initial')}    Witnessed: {WHITLOCK.form('title', year)}")
    return b.build()


def marsh_statement(seed: int) -> Doc:
    s, c = STOKES, CARVER
    pages = [[
        f"I live at 25 Alder Close, Harwick, next door to number 27 where {s.name} lives. I have "
        "lived there for 22 years. I know Mr " + s.surname + " to nod to but we do not speak.",
        "Since about the spring of this year I have noticed cars coming and going from number "
        "27 late at night, often after eleven o'clock. Young girls, I would say thirteen or "
        "fourteen years old, get out of the cars and go inside.",
    ], [
        f"One car is a blue Ford Sierra which I know belongs to Mr {s.surname}. The other is a "
        f"silver Vauxhall which a man I now know as {c.name} drives. [[I wrote down the number on "
        f"the back of an envelope]] and it was {CAVALIER.registration}.",
        f"On one night I saw Mr {c.surname} and Mr {s.surname} standing by the Sierra talking to "
        "two of the girls. One girl was crying. [[I did not go out because I was frightened]].",
        "I am willing to attend court if required.",
    ]]
    return _statement(seed, "statement-marsh", MARSH, 1995, "Retired school secretary", pages,
                      (datetime(1995, 11, 1), datetime(1995, 11, 30)))


def rudd_statement(seed: int) -> Doc:
    pages = [[
        f"I am a private hire driver working from the rank at {BUS_STATION.name}. I drive a "
        f"{ASTRA.described} which is licensed by the council.",
        f"Over the last year I have been asked several times to collect girls from the end of "
        f"Moor Lane, near {FERNCLIFFE.name}, and take them to the {GARAGES.name}.",
    ], [
        f"The bookings were made from the [[call box outside Westgate Amusements]] on "
        f"{CALL_BOX.number}. The man who paid me at the garages called himself Denny. I have "
        f"since been shown a photograph and I recognise him as {CARVER.name}.",
        "On two occasions [[Ray Stokes was waiting at the garages]] with him. I stopped taking "
        "the bookings in the summer because I was not happy about it.",
    ]]
    return _statement(seed, "statement-rudd", RUDD, 1997, "Private hire driver", pages,
                      (datetime(1997, 5, 1), datetime(1997, 6, 30)))


def layby_log(seed: int) -> Doc:
    rng = rng_for(seed, "police-2003-layby")
    day = day_between(rng, datetime(2003, 2, 3), datetime(2003, 3, 28))
    opened = at(day, clock(rng, 20, 22))
    ref = f"NP/2003/{rng.randint(20000, 39999):05d}"
    yp = DW.initials
    b = DocBuilder(f"police/{ref.replace('/', '-')}_incident_log.pdf", "police_log", "pdf",
                   f"Incident log {ref}", WHITLOCK.name, opened, look="typewriter")
    police_head(b, ref, "Incident Log", opened)
    b.fields(("Classification", "Missing from home (child in care) / vehicle stop"),
             ("Location", f"{LAYBY.name}, {LAYBY.full}"),
             ("Subject", f"{yp} (aged {DW.age(2003)})"))
    keys = [
        f"Staff at {FERNCLIFFE.name} ({HOME_LINE.number}) report {yp} missing after a call to her "
        f"mobile from {CARVER_MOBILE.number}.",
        f"PNC check on {MONDEO.registration}, {MONDEO.colour} {MONDEO.model}: "
        f"keeper {CARVER.form('index')}.",
        f"Patrol finds {MONDEO.described} in {LAYBY.name}, engine running, lights off.",
        f"[[DW was sitting in the front passenger seat]]. Driver {CARVER.form('full')}. A second "
        f"male left the car on foot before officers reached it; believed to be {STOKES.name}.",
        f"{yp} returned to {FERNCLIFFE.name}. Strategy discussion requested with "
        f"{name(rng, WHITLOCK, 2003, 'collar')}; [[Carver was given words of advice]].",
    ]
    police_log(b, rng, opened, keys, 22, _ctx(2003, yp))
    return b.build()

