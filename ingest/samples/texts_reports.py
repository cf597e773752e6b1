"""Police reports (1996-2006): one section per page, as typed reports were filed."""

from __future__ import annotations

from datetime import datetime

# The texts are written in the cast's terms: every module uses most of it.
from ingest.samples.cast import *
from ingest.samples.doc import Doc, DocBuilder, at, clock, day_between, rng_for, uk_date
from ingest.samples.texts_police import name, police_head

Section = tuple[str, list[str]]

# Boilerplate that real reports carry between the facts; it fills pages to a typed report's
# density and gives full-text search ordinary prose to wade through.
FILLER = (
    "Enquiries were made with the Force Intelligence Bureau and with neighbouring divisions. "
    "Nothing further was held beyond what is already recorded on local systems.",
    "Records at the home were examined with the consent of the Officer in Charge: daily log "
    "books, incident sheets and the telephone message book for the period concerned.",
    "Times are taken from the original logs and have not been corrected for the known drift "
    "in the control room clock during that period.",
    "Young people are referred to by their initials throughout, in line with force policy on "
    "identifying children in written reports.",
    "Copies of the logs referred to are held on the CID file and are available to a reviewing "
    "officer on request.",
    "No account has been taken of anonymous information that could not be supported by at "
    "least one other source.",
    "Several entries in the home's records were written some hours after the events they "
    "describe, so the times given there may be approximate.",
    "Liaison was kept up throughout with the duty social worker, and with the Emergency Duty "
    "Team outside office hours.",
    "The officer in the case has read this section and agrees that it is an accurate summary.",
    "This section draws on more than one source and its grading reflects the weakest of them.",
    "Local indices were searched against each name, address, vehicle and telephone number "
    "mentioned in this section.",
    "Further enquiries here are limited by the time that has passed and because some "
    "witnesses have since left the area.",
    "Where a matter is recorded as unconfirmed, no officer has been able to corroborate it "
    "and it should be read with caution.",
    "The home's staff co-operated fully and provided copies of every record that was asked for.",
)


def _report(seed: int, key: str, kind: str, what: str, span: tuple[datetime, datetime],
            ref_range: tuple[int, int], author: str, fields: list[tuple[str, str]],
            sections: list[Section], ref: str = "") -> Doc:
    rng = rng_for(seed, key)
    day = day_between(rng, *span, workday=True)
    opened = at(day, clock(rng, 8, 17))
    ref = ref or f"NP/{day.year}/{rng.randint(*ref_range):05d}"
    b = DocBuilder(f"police/{ref.replace('/', '-')}_{key.split('-', 2)[-1]}.pdf", kind, "pdf",
                   f"{what} {ref}", author, opened)
    police_head(b, ref, what, opened)
    b.fields(*fields)
    filler = list(FILLER)
    rng.shuffle(filler)
    for number, (heading, paras) in enumerate(sections):
        if number:
            b.page_break()
        body = list(paras)
        for _ in range(min(rng.randint(1, 2), len(filler))):
            body.insert(rng.randint(0, len(body)), filler.pop())
        b.heading(heading).para(*body)
    b.sign(f"Prepared by {author}", f"Date: {uk_date(day)}")
    return b.build()


def welfare_visit(seed: int) -> Doc:
    s, c, jt = STOKES, CARVER, JT.initials
    return _report(seed, "police-1996-welfare_visit", "incident_report", "Welfare Visit Report",
                   (datetime(1996, 4, 1), datetime(1996, 6, 28)), (4000, 8999), WHITLOCK.name, [
        ("Officers", f"{WHITLOCK.form('collar', 1996)} with {ODUYA.form('initial')} "
                     "(Social Services)"),
        ("Address", ALDER_CLOSE.full), ("Occupier", f"{s.form('index')}, DOB {s.dob}"),
        ("Subject", f"{jt} (aged {JT.age(1996)}), missing from {FERNCLIFFE.name}"),
    ], [
        ("Purpose", [f"Joint welfare visit after information that {jt}, reported missing from "
                     f"{FERNCLIFFE.name} two days earlier, was staying at the address.",
                     f"The {SIERRA.described} was parked on the drive."]),
        ("Account of visit", [
            f"Mr {s.surname} answered the door and at first said he was alone. After "
            f"{ODUYA.form('title')} explained the reason for the visit he allowed officers in.",
            f"[[{jt} was found in the rear bedroom watching television]]. She said she had stayed "
            "'a couple of nights' and that nobody had made her come.",
            f"During the visit [[{c.surname} arrived in the silver Cavalier]] "
            f"({CAVALIER.registration}) and drove off when he saw the police car outside."]),
        ("Observations and actions", [
            f"A {FERNCLIFFE.name} door key and a school bag belonging to {jt} were in the "
            "living room. Mr " + s.surname + " declined to answer further questions.",
            f"{jt} was returned to {FERNCLIFFE.name}. A strategy meeting has been requested with "
            f"{KERSLAKE.form('initial')}, Team Manager, Harwick Borough Council.",
            "Intelligence submitted that [[Stokes and Carver are close associates]] and that both "
            "have contact with girls living at the home."]),
    ])


def repeat_missing_report(seed: int) -> Doc:
    s, c = STOKES.form("index"), CARVER.form("index")
    girls = f"{LM.initials}, {JT.initials} and {KB.initials}"
    return _report(seed, "police-1997-repeat_missing", "incident_report", "Crime Report",
                   (datetime(1997, 3, 3), datetime(1997, 3, 27)), (0, 0), WHITLOCK.name, [
        ("Subject", f"Repeat missing-from-home episodes, {FERNCLIFFE.name}"),
        ("Officer in case", WHITLOCK.form("collar", 1997)),
        ("Reviewed by", ROWCLIFFE.form("ranked", 1997)),
    ], [
        ("Summary", [f"Between January 1996 and March 1997 three girls living at "
                     f"{FERNCLIFFE.name} ({girls}) were reported missing on 47 occasions.",
                     f"On many of these they were seen with two adult men, {s} and {c}. "
                     "This report brings the information together."]),
        ("Chronology", [
            f"January 1996: {LM.initials} seen getting out of the {SIERRA.described} on Moor Lane.",
            f"April 1996: {JT.initials} found at {ALDER_CLOSE.full} during a welfare visit.",
            "November 1996: [[the Cavalier was stopped on Moor Lane with KB in the rear seat]].",
            "February 1997: private hire driver reports collecting girls for the garages."]),
        ("Telephone contact", [
            f"Itemised billing for the {FERNCLIFFE.name} office line ({HOME_LINE.number}) shows 31 "
            f"calls from {STOKES_LANDLINE.number}, the landline at 27 Alder Close, and [[19 calls "
            f"from the public call box outside Westgate Amusements]] ({CALL_BOX.number}).",
            "Staff say the caller usually asked for one of the three girls by first name."]),
        ("Associates", [
            f"{STOKES.surname} and {CARVER.surname} have known each other since at least 1989 "
            "and are seen together at both addresses.",
            f"[[Carver rents a lock-up at the Canal Street garages]] ({GARAGES.full}); girls have "
            f"been dropped there by taxi from the {ARCADE.name} call box."]),
        ("Recommendations", [
            f"That {ROWCLIFFE.form('title', 1997)} authorise [[a joint investigation with Harwick "
            "Borough Council]] under the name Operation Larkspur.",
            "That the home's staff keep a written record of all calls for the three girls."]),
    ], ref="NP/1997/04512")


def larkspur_summary(seed: int) -> Doc:
    s, c = STOKES, CARVER
    return _report(seed, "police-1998-larkspur_summary", "intelligence_report",
                   "Operation Larkspur - Intelligence Summary",
                   (datetime(1998, 2, 2), datetime(1998, 3, 13)), (1000, 3999), WHITLOCK.name, [
        ("Operation", "LARKSPUR (joint with Harwick Borough Council Social Services)"),
        ("Senior investigating officer", ROWCLIFFE.form("ranked", 1998)),
        ("Grading", "B2 - mostly reliable source, known to source personally"),
    ], [
        ("1. Purpose and sources", [
            "This summary sets out what is known about the two subjects of Operation Larkspur.",
            "Sources are police logs since 1994, home records, witness statements from "
            "two residents of Harwick and telephone billing."]),
        ("2. Subject one", [
            f"{s.form('index')} (known as {s.aka}), DOB {s.dob}, of {ALDER_CLOSE.full}. "
            f"Unemployed since 1992. Keeper of the {SIERRA.described}.",
            "[[Stokes is described by the girls as generous with lifts and cigarettes]]."]),
        ("3. Subject two", [
            f"{c.form('index')} (known as {c.aka}), DOB {c.dob}, no fixed address; uses the "
            f"{GARAGES.name}. Keeper of the {CAVALIER.described}.",
            "Drives for cash; [[Carver arranges the taxi bookings from the call box]]."]),
        ("4. Locations", [
            f"{ALDER_CLOSE.full}; {GARAGES.full}; {ARCADE.name}, {ARCADE.full}; "
            f"{FERNCLIFFE.name}, {FERNCLIFFE.full}.",
            "[[The arcade is the usual meeting point]] for the girls and both subjects."]),
        ("5. Telephones and vehicles", [
            f"{STOKES_LANDLINE.number} (Alder Close landline) and {CALL_BOX.number} (call box) "
            f"are both linked to calls into {HOME_LINE.number}.",
            "The Sierra and the Cavalier have been seen together on 14 occasions."]),
        ("6. Assessment", [
            "[[Stokes and Carver act together]] to draw girls away from the home. The evidence "
            "rests on the girls' accounts, which none of them is yet willing to give formally.",
            "Recommend surveillance of the garages and a further approach to the girls."]),
    ])


def closing_report(seed: int) -> Doc:
    return _report(seed, "police-1999-closing_report", "incident_report",
                   "Operation Larkspur - Closing Report",
                   (datetime(1999, 6, 1), datetime(1999, 7, 30)), (4000, 6999),
                   ROWCLIFFE.name, [
        ("Operation", "LARKSPUR"), ("Author", ROWCLIFFE.form("ranked", 1999)),
        ("Distribution", f"{HOLLIS.form('initial')}, Harwick Borough Council; CID file"),
    ], [
        ("Summary", [f"Operation Larkspur examined links between {STOKES.form('index')}, "
                     f"{CARVER.form('index')} and girls missing from {FERNCLIFFE.name}.",
                     "No girl has made a formal complaint and both subjects declined interview."]),
        ("Decision", ["Advice was sought from the Crown Prosecution Service in April 1999.",
                      "On that advice the [[file closed with no further action]] against either "
                      "subject."]),
        ("Retention", [
            "All logs, statements and billing are to be kept and the [[intelligence to be "
            "retained on local systems]].",
            f"[[{WHITLOCK.form('title', 1999)} recorded her disagreement]] with the decision, "
            "noting that the missing episodes were continuing."]),
    ])


def phone_intelligence(seed: int) -> Doc:
    rng = rng_for(seed, "police-2001-phones-names")
    return _report(seed, "police-2001-phone_intelligence", "intelligence_report",
                   "Intelligence Report", (datetime(2001, 9, 3), datetime(2001, 10, 26)),
                   (7000, 9999), WHITLOCK.name, [
        ("Subject", f"Mobile telephones linked to {CARVER.form('index')} and "
                    f"{STOKES.form('index')}"),
        ("Officer", name(rng, WHITLOCK, 2001, "collar", "ranked")),
    ], [
        ("Subscriber checks", [
            f"{CARVER_MOBILE.number}: [[pay-as-you-go, no registered user]]; top-ups bought at "
            "a newsagent on Westgate. Attributed to Carver from a previous stop check.",
            f"{STOKES_MOBILE.number}: contract in the name of {STOKES.name}, "
            f"{ALDER_CLOSE.full}."]),
        ("Call pattern", [
            "Between May and August 2001 [[the two mobiles called each other 212 times]].",
            f"The pay-as-you-go phone also called {HOME_LINE.number}, the {FERNCLIFFE.name} "
            "office line, on nine evenings when a resident was later reported missing."]),
    ])


def historic_review(seed: int) -> Doc:
    return _report(seed, "police-2005-historic_review", "review_report",
                   "Review of Historic Intelligence", (datetime(2005, 5, 2), datetime(2005, 6, 24)),
                   (10000, 19999), ROWCLIFFE.name, [
        ("Commissioned by", "Head of Public Protection, Northshire Police"),
        ("Reviewers", f"{ROWCLIFFE.form('ranked', 2005)}; {WHITLOCK.form('ranked', 2005)}"),
    ], [
        ("Terms of reference", [
            "To review police and council records from 1994 to 2004 about girls missing from "
            f"{FERNCLIFFE.name} and the men linked to them."]),
        ("1994 to 1999", [
            f"Logs show {STOKES.form('full')} and {CARVER.form('full')} linked to absences from "
            "1994. Operation Larkspur closed in 1999 on prosecution advice.",
            "[[The 1996 strategy meeting minutes could not be found]] in council records."]),
        ("2001 to 2004", [
            f"Phone analysis ({CARVER_MOBILE.number}, {STOKES_MOBILE.number}) and the 2003 stop "
            f"of the {MONDEO.described} in the {LAYBY.name} show the same pattern continuing."]),
        ("Findings", [
            "[[Information was not shared consistently]] between police and social services.",
            "Both subjects appear in 23 of the documents reviewed, almost always together."]),
        ("Recommendations", [
            "That the material be [[referred to the Harwick Children's Homes Inquiry]] and that "
            "a joint review be held with the council."]),
    ])


def referral_memo(seed: int) -> Doc:
    return _report(seed, "police-2006-referral_memo", "memo", "Memorandum",
                   (datetime(2006, 1, 9), datetime(2006, 2, 24)), (1000, 2999), ROWCLIFFE.name, [
        ("To", "Head of Public Protection"), ("From", ROWCLIFFE.form("ranked", 2006)),
        ("Copy", f"{HOLLIS.form('full')}, Harwick Borough Council"),
    ], [
        ("Referral", [f"The review of Operation Larkspur is complete. Material relating to "
                      f"{STOKES.form('index')} and {CARVER.form('index')} has been indexed.",
                      "[[Disclosure to the Inquiry will be made in three tranches]]."]),
        ("Records", ["Original logs are held at Harwick; scanned copies are on the shared drive.",
                     "[[Council minutes for 1996 remain missing]]."]),
    ])


def exhibit_index(seed: int) -> Doc:
    rng = rng_for(seed, "police-1999-exhibits")
    day = day_between(rng, datetime(1999, 7, 5), datetime(1999, 7, 30))
    b = DocBuilder("misc/archive_0413.dat", "exhibit_index", "pdf",
                   "Operation Larkspur - exhibits register", WHITLOCK.name, at(day, "0900"),
                   look="typewriter")
    police_head(b, "LARKSPUR/EXH", "Exhibits Register", at(day, "0900"))
    items = [("CW/1", "Itemised billing, Ferncliffe House office line 1996-97"),
             ("CW/2", f"Billing, {STOKES_LANDLINE.number} (27 Alder Close)"),
             ("CR/1", "Taxi booking book kept by C. Rudd"),
             ("EM/1", "Envelope with handwritten registration N903 QRL"),
             ("SW/4", f"Photographs, {GARAGES.name}"),
             ("SW/5", "Ferncliffe House daily log books (3 volumes)")]
    for n in range(rng.randint(28, 34)):
        ref, what = items[n % len(items)]
        b.entry(f"{n + 1:03d}  {ref}/{n // len(items) + 1}  {what}")
    b.page_break().heading("Retention")
    b.para("[[Exhibits returned to the Harwick property store]] on closure of the operation.")
    return b.build()


ALL = (welfare_visit, repeat_missing_report, larkspur_summary, closing_report,
       phone_intelligence, historic_review, referral_memo, exhibit_index)
