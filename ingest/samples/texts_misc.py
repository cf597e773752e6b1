"""Letters that end up as scans, plus notebooks, petty-cash notes, CSV logs and a press cutting."""

from __future__ import annotations

from datetime import datetime, timedelta

# The texts are written in the cast's terms: every module uses most of it.
from ingest.samples.cast import *
from ingest.samples.doc import Doc, DocBuilder, at, clock, day_between, rng_for, uk_date


def letter(seed: int, key: str, path: str, kind: str, span: tuple[datetime, datetime],
           sender: Person, head: list[str], to: list[str], salutation: str,
           pages: list[list[str]], close: str) -> Doc:
    day = day_between(rng_for(seed, key), *span, workday=True)
    b = DocBuilder(path.format(day=day), kind, path.rsplit(".", 1)[-1],
                   f"Letter from {sender.name}, {uk_date(day, 'long')}", sender.name,
                   at(day, "0900"))
    b.title(head[0])
    for line in head[1:]:
        b.heading(line)
    b.para(uk_date(day, "long")).sign(*to).para(salutation)
    for number, paras in enumerate(pages):
        if number:
            b.page_break().sign(f"- {number + 1} -")
        b.para(*paras)
    if close:
        b.para(close)
    # Private citizens sign with their name alone; officials add their post.
    b.sign(sender.form("full"), *([] if sender.category == "witness" else [sender.role]))
    return b.build()


def letters(seed: int) -> list[Doc]:
    s, c = STOKES, CARVER
    return [
        letter(seed, "scan-marsh-1995", "scans/letter_{day:%Y-%m-%d}_marsh.png",
               "scanned_letter", (datetime(1995, 5, 2), datetime(1995, 5, 26)), MARSH,
               ["25 Alder Close", "Harwick", "HW2 5RE"],
               ["The Station Officer", "Harwick Police Station"], "Dear Sir,", [[
                   f"I am writing about the house next door, {ALDER_CLOSE.name}, where "
                   f"Mr {s.surname} lives. For some weeks there have been [[cars coming and "
                   "going at all hours]] and young girls going in late at night.",
                   f"One of the cars is a blue Ford Sierra, number {SIERRA.registration}. "
                   "I am worried for those girls and I would like somebody to look into it."]],
               "Yours faithfully,"),
        letter(seed, "scan-tolley-1996", "scans/letter_{day:%Y-%m-%d}_tolley.png",
               "scanned_letter", (datetime(1996, 1, 8), datetime(1996, 1, 26)), TOLLEY,
               [FERNCLIFFE.name, FERNCLIFFE.address, f"Harwick {FERNCLIFFE.postcode}"],
               [KERSLAKE.form("full"), "Children and Families", "Harwick Civic Centre"],
               "Dear David,", [[
                   f"Absences from the home continue. Three of our girls, including "
                   f"{JT.initials} and {KB.initials}, are being met near {ARCADE.name}.",
                   f"The office line is rung most evenings by [[a man who gives his name as "
                   f"Ray]]. Staff believe he is Mr {s.surname} of Alder Close and that his "
                   f"friend Mr {c.surname} drives the girls about.",
                   "I would ask for an urgent meeting with the police present."]],
               "Yours sincerely,"),
        letter(seed, "scan-danby-1998", "scans/letter_{day:%Y-%m-%d}_danby.png",
               "scanned_letter", (datetime(1998, 7, 6), datetime(1998, 7, 24)), DANBY,
               ["Harwick Borough Council", "Members' Office", "Harwick Civic Centre"],
               ["The Chief Superintendent", "Harwick Division, Northshire Police"],
               "Dear Chief Superintendent,", [[
                   f"As Chair of the Social Services Committee I am concerned by reports about "
                   f"{FERNCLIFFE.name}. Officers have told me only that an operation is running.",
                   "[[I would welcome a confidential briefing]] so that members can carry out "
                   "their duties towards the children in our care."]],
               "Yours sincerely,"),
        letter(seed, "scan-marsh-2000", "scans/letter_{day:%Y-%m-%d}_marsh.png",
               "scanned_letter", (datetime(2000, 8, 7), datetime(2000, 8, 25)), MARSH,
               ["25 Alder Close", "Harwick", "HW2 5RE"],
               ["The Station Officer", "Harwick Police Station"], "Dear Sir,", [[
                   f"I wrote to you in 1995 about number 27. The silver car, "
                   f"{CAVALIER.registration}, is back most weekends and Mr {c.surname} is with "
                   f"Mr {s.surname} again.",
                   "I have [[kept a diary since March]] and will gladly let an officer see it."]],
               "Yours faithfully,"),
        letter(seed, "scan-hollis-1999", "scans/letter_{day:%Y-%m-%d}_hollis.tiff",
               "scanned_letter", (datetime(1999, 10, 4), datetime(1999, 10, 22)), HOLLIS,
               ["Harwick Borough Council", "Social Services Department", "Harwick Civic Centre"],
               [ROWCLIFFE.form("ranked", 1999), "Harwick CID", "Northshire Police"],
               "Dear Inspector Rowcliffe,", [[
                   f"Thank you for your letter explaining the decision to close Operation "
                   f"Larkspur. The council remains very concerned about {s.form('full')} and "
                   f"{c.form('full')}.",
                   f"Girls from {FERNCLIFFE.name} continue to go missing, and staff have seen the "
                   f"{CAVALIER.described} on Moor Lane since the decision."], [
                   "The council will keep both men on its own list of adults who pose a risk.",
                   "[[We ask that the decision be reviewed]] if further information comes to "
                   "light, and that our staff be told of any contact between the two men and "
                   "children in our care."]],
               "Yours sincerely,"),
        letter(seed, "scan-memo-1997", "scans/memo_{day:%Y-%m-%d}_larkspur.pdf",
               "scanned_memo", (datetime(1997, 7, 7), datetime(1997, 7, 25)), ROWCLIFFE,
               ["NORTHSHIRE POLICE - INTERNAL MEMORANDUM", "Harwick CID"],
               ["To: Superintendent (Operations)", f"Copy: {WHITLOCK.form('title', 1997)}"],
               "Subject: Operation Larkspur - resources", [[
                   f"Operation Larkspur is looking at {s.form('index')} and {c.form('index')} "
                   f"and their contact with girls from {FERNCLIFFE.name}.",
                   "So far the evidence is from logs, telephone billing and two witnesses."], [
                   "I request two officers for six weeks to carry out [[observations at the "
                   "Canal Street garages]] and at Alder Close.",
                   "Without this the operation is unlikely to progress."]],
               ""),
    ]


def notebook(seed: int) -> Doc:
    rng = rng_for(seed, "misc-notebook")
    day = day_between(rng, datetime(1996, 8, 5), datetime(1996, 8, 30))
    b = DocBuilder(f"misc/notebook_DC2291_{day:%Y-%m-%d}.txt", "notebook", "txt",
                   "Pocket notebook transcript", WHITLOCK.name, at(day, "2200"))
    b.para(f"Transcript of pocket notebook - {WHITLOCK.form('collar', 1996)} - "
           f"{uk_date(day)}", "")
    t = at(day, "2150")
    for line in (f"Obs from Alder Close junction with {ROWCLIFFE.form('title', 1996)}.",
                 f"{SIERRA.registration} on drive of No 27. Lights on.",
                 f"{CAVALIER.registration} arr. {CARVER.surname.upper()} driving, 2 female "
                 "passengers approx 14-15 yrs.",
                 f"{STOKES.surname.upper()} comes out, speaks to {CARVER.surname.upper()} at "
                 "car window.",
                 "[[Both cars left together towards Westgate]].", "Obs ended."):
        t += timedelta(minutes=rng.randint(4, 40))
        b.para(f"{t:%H%M}  {line}")
    return b.build()


def petty_cash(seed: int) -> Doc:
    day = day_between(rng_for(seed, "misc-cash"), datetime(1997, 4, 1), datetime(1997, 4, 25))
    b = DocBuilder(f"misc/ferncliffe_petty_cash_{day:%Y-%m}.txt", "note", "txt",
                   "Ferncliffe House petty cash", TOLLEY.name, at(day, "1700"))
    b.para(f"{FERNCLIFFE.name} \u2013 petty cash, {day:%B %Y}", "")
    b.para(f"03/04  \u00a35.00   bus fares, {KB.initials} to school",
           f"07/04  [[\u00a320.00 taxi fare refunded]] to staff after search for {JT.initials}",
           "07/04  \u00a33.40   tea, [[Caf\u00e9 Ros\u00e9 on Westgate]] (staff during search)",
           "12/04  \u00a311.95  new lock for office telephone cupboard",
           "", f"Checked: {TOLLEY.form('initial')}")
    # Old Windows PCs saved text as cp1252; the £ and é test encoding detection.
    return b.build(encoding="cp1252")


def sightings_csv(seed: int) -> Doc:
    rng = rng_for(seed, "misc-sightings")
    b = DocBuilder("misc/vehicle_sightings_1994-2004.csv", "sightings_log", "csv",
                   "Vehicle sightings log", WHITLOCK.name, datetime(2004, 11, 30, 17, 0))
    b.row("date", "time", "location", "registration", "vehicle", "occupants", "note")
    places = [ALDER_CLOSE.name, GARAGES.name, ARCADE.name, "Moor Lane", LAYBY.name]
    day = datetime(1994, 10, 1)
    for n in range(32):
        day += timedelta(days=rng.randint(60, 140))
        # Each car only while its keeper had it: the Mondeo's 51 plate dates from late 2001.
        car = SIERRA if day.year < 1996 else CAVALIER if day.year < 2002 else MONDEO
        occupants = rng.choice(["STOKES R", "CARVER D", "STOKES R; CARVER D", "unknown"])
        if n % 7 == 3:
            # The private hire Astra turns up at the same places: a lead that goes nowhere.
            car, occupants = ASTRA, "driver only"
        note = "[[driver ran off towards the canal]]" if n == 17 else ""
        b.row(uk_date(day), clock(rng, 18, 23), rng.choice(places), car.registration,
              f"{car.colour} {car.model}", occupants, note)
    return b.build()


def calls_csv(seed: int) -> Doc:
    rng = rng_for(seed, "misc-calls")
    b = DocBuilder("misc/call_records_2001.csv", "call_records", "csv", "Call records 2001",
                   WHITLOCK.name, datetime(2001, 9, 14, 12, 0))
    b.row("date", "time", "calling_number", "called_number", "duration_s", "note")
    day = datetime(2001, 5, 1)
    pairs = [(CARVER_MOBILE, STOKES_MOBILE), (STOKES_MOBILE, CARVER_MOBILE),
             (CARVER_MOBILE, HOME_LINE)]
    for n in range(40):
        day += timedelta(minutes=rng.randint(20 * 60, 90 * 60), seconds=rng.randint(0, 59))
        a, z = rng.choice(pairs)
        note = "[[call diverted to voicemail]]" if n == 23 else ""
        b.row(uk_date(day), f"{day:%H:%M:%S}", a.number, z.number, str(rng.randint(8, 600)), note)
    return b.build()


def press_cutting(seed: int) -> Doc:
    day = day_between(rng_for(seed, "misc-press"), datetime(1999, 11, 8), datetime(1999, 11, 26))
    b = DocBuilder(f"misc/harwick_evening_echo_{day:%Y-%m-%d}.html", "press_cutting", "html",
                   "Harwick Evening Echo", "Harwick Evening Echo", at(day, "1600"))
    b.title("Children's home probe dropped")
    b.para(f"Harwick Evening Echo, {day:%A} {uk_date(day, 'long')}",
           "[[Police have dropped an investigation]] into claims that girls from a Harwick "
           "children's home were being picked up by older men.",
           "Northshire Police said there was insufficient evidence to bring charges. "
           f"{DANBY.form('ranked')}, who chairs the council's Social Services Committee, said: "
           "'[[The safety of children in our care comes first]]. I have asked for a full "
           "report.'")
    return b.build()


def misc_docs(seed: int) -> list[Doc]:
    return [notebook(seed), petty_cash(seed), sightings_csv(seed), calls_csv(seed),
            press_cutting(seed)]
