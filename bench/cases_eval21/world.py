"""The invented world of the twenty-first set: three more forces and their councils, 66 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a crime number carrying the crime recording bureau's desk (D1 to D8);
a call number ending in the response grade (G1 to G3); a council number carrying the locality
(N, S, E or W); a crime number carrying a letter for the month it was recorded in (A to M, no I);
a call number carrying the radio talkgroup (TG1 to TG9); a council number led by the route it came
in by (EDT out of hours, FDS the daytime front door); a crime number carrying the division in Roman
numerals (I to VI); a call number carrying the call-taking desk (A to D); and a council number
ending in the category of abuse (N, PH, EM, SX). Each force writes a suspect in its own style,
whatever his tradition (Faroese, Kurdish Kurmanji or Albanian names): every name and his facial
hair after a semicolon; every name and the languages he speaks in guillemets; every name and his
gait after a slash. Dates are written Fri, 17 Dec 2004, Dec 17th, 2004 and 17 DEC 2004.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

from bench.cases_eval2.world import Item, Ref
from bench.cases_eval7 import world as seventh
from bench.cases_eval7.world import Case
from bench.cases_eval17 import world as seventeenth

__all__ = ["Case", "Force", "Item", "Person", "Ref", "World"]

DESKS = 8  # Kestrelford's crime recording bureau desks, D1 to D8
GRADES = 3  # Kestrelford's response grades, G1 to G3
LOCALITIES = ("N", "S", "E", "W")  # Kestrelford council's localities
LOCALITY_WORDS = {"N": "north", "S": "south", "E": "east", "W": "west"}
MONTH_LETTERS = "ABCDEFGHJKLM"  # Thrushcombe's letter for the month a crime was recorded in
TALKGROUPS = 9  # Thrushcombe's radio talkgroups, TG1 to TG9
ROUTES = ("EDT", "FDS")  # how a concern reached Thrushcombe council: out of hours, or by day
ROUTE_WORDS = {"EDT": "out-of-hours contact", "FDS": "daytime contact"}
DIVISIONS = ("I", "II", "III", "IV", "V", "VI")  # Orrishaw's divisions
DESK_LETTERS = "ABCD"  # Orrishaw's call-taking desks
CATEGORIES = ("N", "PH", "EM", "SX")  # Orrishaw council's categories of abuse
CATEGORY_WORDS = {"N": "neglect", "PH": "physical abuse", "EM": "emotional abuse", "SX": "sexual abuse"}


def grade_and_serial(number: int) -> tuple[int, int]:
    """Kestrelford's call number: the response grade and a serial within it."""
    return number % GRADES + 1, number // GRADES + 100


def talkgroup_and_serial(number: int) -> tuple[int, int]:
    """Thrushcombe's call number: the talkgroup and a serial on it."""
    return number % TALKGROUPS + 1, number // TALKGROUPS + 200


def desk_and_serial(number: int) -> tuple[str, int]:
    """Orrishaw's call number: the call-taking desk and a serial there."""
    return DESK_LETTERS[number % 4], number // 4 + 300


def serial_in(value: str) -> int:
    """The serial of a crime or council number: its first run of four to six digits."""
    return int(re.findall(r"\d{4,6}", value)[0])


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@dataclass(frozen=True)
class Force:
    """A police force and its council; `key` chooses how each writes references, names and dates."""

    key: str
    letter: str
    police: str
    council: str
    town: str
    postcode: str
    police_domain: str
    council_domain: str
    station: str

    def crime_ref(self, serial: int, year: int, unit: int = 0) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "kestrelford":  # KF, the bureau desk, the year, a five-digit serial
            desk = unit % DESKS + 1
            return Ref(
                "crime",
                f"KF/D{desk}/{yy}/{serial:05d}",
                (
                    ("spaced", f"KF D{desk} {yy} {serial:05d}"),
                    ("worded", f"desk {desk} crime {serial:05d} of {year}"),
                ),
            )
        if self.key == "thrushcombe":  # TH, a five-digit serial, the month letter, the year
            month = MONTH_LETTERS[unit % 12]
            return Ref(
                "crime",
                f"TH{serial:05d}{month}{yy}",
                (
                    ("spaced", f"TH/{serial:05d}/{month}/{yy}"),
                    ("worded", f"crime {serial:05d} recorded in {date(year, unit % 12 + 1, 1):%B} {year}"),
                ),
            )
        division = DIVISIONS[unit % len(DIVISIONS)]  # orrishaw: OR, the division, a serial, the year
        return Ref(
            "crime",
            f"OR{yy}-{division}/{serial:05d}",
            (
                ("spaced", f"OR {division}/{serial:05d} {yy}"),
                ("worded", f"{serial:05d} of {year}, division {division}"),
            ),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        yy = f"{day.year % 100:02d}"
        if self.key == "kestrelford":  # KC, the year, a serial, the response grade
            grade, serial = grade_and_serial(number)
            return Ref(
                "incident",
                f"KC-{yy}-{serial:04d}-G{grade}",
                (
                    ("spaced", f"KC {yy} {serial:04d} G{grade}"),
                    ("worded", f"grade {grade} call {serial:04d}, {day.year}"),
                ),
            )
        if self.key == "thrushcombe":  # TPC, a serial, the talkgroup, the year
            group, serial = talkgroup_and_serial(number)
            return Ref(
                "incident",
                f"TPC/{serial:04d}/TG{group}/{yy}",
                (
                    ("spaced", f"TPC {serial:04d} TG{group} {yy}"),
                    ("worded", f"talkgroup {group} log {serial:04d} ({day.year})"),
                ),
            )
        desk, serial = desk_and_serial(number)  # orrishaw: the year, the desk, a serial, OP
        return Ref(
            "incident",
            f"{yy}/{desk}/{serial:04d}/OP",
            (
                ("spaced", f"OP{yy} {desk}{serial:04d}"),
                ("worded", f"desk {desk} call {serial:04d} of {day.year}"),
            ),
        )

    def referral_ref(self, serial: int, year: int, area: int = 0) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "kestrelford":  # KDC, the locality, a serial, the year
            place = LOCALITIES[area % 4]
            return Ref(
                "referral",
                f"KDC:{place}:{serial:04d}:{yy}",
                (
                    ("spaced", f"KDC {place}-{serial:04d} / {yy}"),
                    ("worded", f"{LOCALITY_WORDS[place]} locality case {serial:04d}/{year}"),
                ),
            )
        if self.key == "thrushcombe":  # the route, a serial, the year, TCC
            route = ROUTES[area % 2]
            return Ref(
                "referral",
                f"{route}-{serial:04d}-{yy}-TCC",
                (
                    ("spaced", f"TCC {route} {serial:04d}/{yy}"),
                    ("worded", f"{ROUTE_WORDS[route]} {serial:04d} in {year}"),
                ),
            )
        kind = CATEGORIES[area % 4]  # orrishaw: ORC, a serial, the year, the category of abuse
        return Ref(
            "referral",
            f"ORC{serial:04d}/{yy}-{kind}",
            (
                ("spaced", f"ORC {serial:04d} {yy} {kind}"),
                ("worded", f"{CATEGORY_WORDS[kind]} category referral {serial:04d}/{yy}"),
            ),
        )

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "kestrelford":
            return f"{day:%a}, {day.day} {day:%b} {day.year}"
        if self.key == "thrushcombe":
            return f"{day:%b} {ordinal(day.day)}, {day.year}"
        return f"{day.day} {day:%b} {day.year}".upper()


FORCES = (
    Force(
        "kestrelford",
        "K",
        "Kestrelford Police",
        "Kestrelford District Council",
        "Kestrelford",
        "QK",
        "kestrelford.police.uk",
        "kestrelford-dc.gov.uk",
        "Kestrelford Police, Snuffmill Safeguarding Centre, Kestrelford QK3 8DW",
    ),
    Force(
        "thrushcombe",
        "T",
        "Thrushcombe Constabulary",
        "Thrushcombe City Council",
        "Thrushcombe",
        "XF",
        "thrushcombe.police.uk",
        "thrushcombe-city.gov.uk",
        "Thrushcombe Constabulary, Hempshaw Yard Exploitation Team, Thrushcombe XF5 2HN",
    ),
    Force(
        "orrishaw",
        "O",
        "Orrishaw Police",
        "Orrishaw Borough Council",
        "Orrishaw",
        "VJ",
        "orrishaw.police.uk",
        "orrishaw-bc.gov.uk",
        "Orrishaw Police, Gunwharf Public Protection Office, Orrishaw VJ9 1PT",
    ),
)

OUTCOME_PLAN = seventh.OUTCOME_PLAN  # the 22 initial outcomes of a force, the unknown five last
OUTCOMES = seventh.OUTCOMES
CLOSED_OUTCOMES = seventh.CLOSED_OUTCOMES

# (forenames, middles, surnames) per force: Faroese, with its á, í, ó, ú, ý, æ, ø and ð (all in the
# DOS Icelandic code page 861) and surnames of place-names with "á" or "í" before them; Kurdish
# Kurmanji, with its ş, ê, î, û and ç (all in Mac Turkish); Albanian, with its ë and ç. Only the
# Albanian force's suspects cross into other forces' files, and only those with names of plain
# ASCII letters, which every force's encoding holds.
NAMES = {
    "kestrelford": (
        ("Jógvan", "Sjúrður", "Tróndur", "Rógvi", "Dánjal", "Sámal", "Jákup", "Høgni", "Bárður",
         "Símun", "Heðin", "Eyðun"),
        ("Óli", "Hanus", "Brandur", "Sverri", "Tórður", "Fríði", "Rúni"),
        ("Djurhuus", "á Lakjuni", "í Gerðinum", "Niclasen", "Joensen", "Dahl", "á Ryggi",
         "Zachariasen", "Mohr", "Heinesen", "í Dali", "Vang"),
    ),
    "thrushcombe": (
        ("Şêrko", "Rêbîn", "Dilşad", "Hejar", "Serhildan", "Welat", "Rizgar", "Berxwedan", "Zinar",
         "Azad", "Rojhat", "Çiya"),
        ("Rêzan", "Şivan", "Bêwar", "Hêvî", "Kawa", "Dîlan", "Dildar"),
        ("Zebarî", "Botanî", "Hewramî", "Amedî", "Goranî", "Xoşnaw", "Baban", "Şêxanî", "Mukrî",
         "Berwarî", "Doskî", "Sindî"),
    ),
    "orrishaw": (
        ("Arbër", "Gëzim", "Bledar", "Fatmir", "Endrit", "Klodian", "Ardit", "Kujtim", "Lulzim",
         "Përparim", "Shkëlqim", "Ermal"),
        ("Flamur", "Ylber", "Mërgim", "Artan", "Shpëtim", "Xhevdet", "Qëndrim"),
        ("Rrahmani", "Demaj", "Selmani", "Dervishi", "Çela", "Bytyçi", "Hasani", "Muça", "Kolgjini",
         "Zeneli", "Lleshi", "Thaçi"),
    ),
}  # fmt: skip
PARTICLES = ("á", "í")  # parts of Faroese surnames, not names of their own
FACIAL_HAIR = ("none", "none", "goatee", "full beard", "moustache", "stubble")
LANGUAGES = ("Kurmanji and English", "Sorani and English", "Albanian and Italian", "English only",
             "Faroese and Danish", "Turkish and Kurmanji")  # fmt: skip
GAITS = ("steady", "steady", "limps on the left", "limps on the right", "walks with a stick", "quick")
STAFF_FORENAMES = (
    "Aelfwine", "Bartram", "Cuthred", "Beornric", "Cynethryth", "Eadwulf", "Frithestan", "Hodierna", "Isolda",
    "Jocosa", "Kinborough", "Letice", "Mabyn", "Sigeburh", "Orabilis", "Wihtred", "Raulin", "Sabeline",
    "Theobald", "Wymarc",
)  # fmt: skip
STAFF_SURNAMES = (
    "Gullifer", "Applethwaite", "Mowforth", "Dimbleby", "Horsnaill", "Pennyfeather", "Crossthwaite",
    "Blenkiron", "Birkinshaw", "Cowperthwaite", "Stirzaker", "Holroyde", "Illingsworth",
    "Mossop", "Wragbury", "Oxtoby", "Gollancz", "Rawsthorne", "Shacklady", "Trickett",
)  # fmt: skip
STREET_STEMS = (
    "Lutestring", "Dimity", "Nankeen", "Bombazine", "Sarsenet", "Moreen", "Camlet", "Kersey",
    "Shalloon", "Tiffany", "Grogram", "Paduasoy",
)  # fmt: skip
STREET_KINDS = ("Chare", "Twitten", "Shut", "Causey")
VEHICLES = (
    "lime Renault Espace", "maroon Ford Galaxy", "champagne Honda Shuttle", "navy Seat Alhambra",
    "graphite Kia Sedona", "cream Nissan Serena", "aubergine Fiat Ulysse", "copper Daewoo Tacuma",
)  # fmt: skip
OFFENCES = (
    "getting a Year 9 pupil drunk on cider in a bowling alley car park and raping her",
    "driving a child in care to rented flats where other men paid to abuse her",
    "befriending a teenager on a chat app before assaulting her in his van",
    "raping a teenage girl in the back office of a takeaway",
    "passing a schoolgirl of thirteen around his cousins at a scrapyard",
    "taking indecent images of a teenager and swapping them online",
    "forcing a young teenager into sex as payment for cannabis he said she had smoked",
    "buying a schoolgirl of thirteen phone credit and cigarettes in return for sex",
)  # fmt: skip
SUBJECT_CODES = (
    "Learner L12", "Learner L30", "Girl Quill", "Girl Marram", "Youngster Y/22", "Youngster Y/5",
    "Complainant Zephyr", "Complainant Tango", "Child Oxbow One", "Child Oxbow Four",
)  # fmt: skip
PROFESSIONS = (
    "youth offending case manager", "leaving care personal adviser", "school attendance officer",
    "registered manager of a children's home", "sexual health outreach nurse", "missing persons coordinator",
)  # fmt: skip
WITNESS_JOBS = (
    "bowling alley supervisor", "takeaway delivery driver", "scrapyard weighbridge clerk",
    "letting agency clerk", "taxi marshal", "bus station cleaner",
)  # fmt: skip
OPERATIONS = ("Gyron", "Bordure", "Tressure", "Flaunch", "Roundel", "Escarbuncle")
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
LANDLINES = ("0117 496 0", "0118 496 0", "0121 496 0")  # Ofcom drama ranges, less the last three digits
RANKS = ("DC", "PC", "DC", "PS")
SUPERVISOR_RANKS = ("DS", "DI", "DCI", "Ch Insp")


@dataclass
class Person(seventeenth.Person):
    """Someone named in a case's files: the seventeenth set's person, written in this set's styles."""

    facial: str = ""  # the facial hair Kestrelford writes after a suspect's name
    languages: str = ""  # the languages Thrushcombe writes after a suspect's name
    gait: str = ""  # the gait Orrishaw writes after a suspect's name

    def written(self, force: str) -> str:
        """Kestrelford: every name and his facial hair; Thrushcombe: every name and the languages
        he speaks; Orrishaw: every name and his gait."""
        middle = f" {self.middle}" if self.middle else ""
        name = f"{self.forename}{middle} {self.surname}"
        if force == "kestrelford":
            return f"{name}; facial hair: {self.facial}" if self.facial else name
        if force == "thrushcombe":
            return f"{name} «speaks {self.languages}»" if self.languages else name
        return f"{name} / gait: {self.gait}" if self.gait else name

    @property
    def officer(self) -> str:
        """Rank, name and shoulder number, as these forces sign."""
        return f"{self.rank} {self.short} (shoulder no. {self.collar})"


class World(seventeenth.World):
    """Builds the cases: the seventeenth set's builder (and through it the sixteenth, fifteenth,
    fourteenth, thirteenth, tenth, ninth and seventh sets' references, look-ups and people), with
    this set's forces, people and things."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used_names: set[str] = set()
        self.used_numbers: set[int] = set()
        self.cases: list[Case] = []
        self.decoys: list[dict] = []
        self.lookalikes: list[dict] = []
        self.street_pool = {
            force.key: [
                (n, stem, kind)
                for stem in STREET_STEMS
                for kind in STREET_KINDS
                for n in range(3 + position, 170, 8)
            ]
            for position, force in enumerate(FORCES)
        }
        for pool in self.street_pool.values():
            self.rng.shuffle(pool)

    def new_address(self, force: Force) -> Item:  # type: ignore[override]
        number, stem, kind = self.street_pool[force.key].pop()
        district = f"{force.postcode}{self.rng.randint(20, 29)} {self.rng.randint(1, 9)}"
        district += "".join(self.rng.sample("ABDEFGHJLNPQRSTUWXYZ", 2))
        return Item("address", f"{number} {stem} {kind}, {force.town} {district}")

    def new_suspect(self, evidence: str, force: Force) -> Person:  # type: ignore[override]
        forenames, middles, surnames = NAMES[force.key]
        while True:
            forename, surname = self.rng.choice(forenames), self.rng.choice(surnames)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                break
        person = Person(forename, surname, "suspect", evidence=evidence)
        person.middle = self.rng.choice(middles)
        person.born = date(1963, 8, 1) + timedelta(days=self.rng.randint(0, 24 * 365))
        person.tradition = force.key
        self.give_marks(person)
        return person

    def give_marks(self, person: Person) -> None:
        """What each force notes beside a suspect: his facial hair, his languages, his gait."""
        person.facial = self.rng.choice(FACIAL_HAIR)
        person.languages = self.rng.choice(LANGUAGES)
        person.gait = self.rng.choice(GAITS)

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:  # type: ignore[override]
        while True:
            forename, surname = self.rng.choice(STAFF_FORENAMES), self.rng.choice(STAFF_SURNAMES)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                break
        person = Person(forename, surname, role, rank=rank, job=job)
        person.collar = f"{self.rng.randint(210, 3999)}" if rank else ""
        return person

    def new_phone(self, landline: bool = False) -> Item:
        if landline:
            return Item("phone", f"{self.rng.choice(LANDLINES)}{self.unique_number(100, 999):03d}")
        return Item("phone", f"07700 900{self.unique_number(100, 999):03d}")

    def new_vehicle(self, year: int) -> Item:
        """A plate of the case's year: a year letter first before September 2001, else an area and age."""
        tail = "".join(self.rng.sample(PLATE_LETTERS, 3))
        if year < 2002:
            plate_year = "XY"[min(max(year - 2000, 0), 1)]
            return Item(
                "vehicle", f"{plate_year}{self.unique_number(21, 989)} {tail}", self.rng.choice(VEHICLES)
            )
        area = "".join(self.rng.sample(PLATE_LETTERS, 2))
        plate = f"{area}{(year % 100) + (50 if self.rng.random() < 0.5 else 0):02d} {tail}"
        return Item("vehicle", plate, self.rng.choice(VEHICLES))

    def new_case(self, force: Force, index: int, outcome: str) -> Case:  # type: ignore[override]
        rng = self.rng
        case = Case(
            key=f"{force.letter}{index + 1:02d}",
            force=force,  # type: ignore[arg-type]
            outcome_initial=outcome,
            reported=date(2003, 2, 10) + timedelta(days=rng.randint(0, 9 * 365)),
            offence=rng.choice(OFFENCES),
            subject=rng.choice(SUBJECT_CODES),
            officer=self.new_staff("officer", rank=rng.choice(RANKS)),
            supervisor=self.new_staff("officer", rank=rng.choice(SUPERVISOR_RANKS)),
            professional=self.new_staff("professional", job=rng.choice(PROFESSIONS)),
            unit=rng.randint(0, 11),
        )
        case.outcome_final = outcome
        self.give_references(case, index)
        self.give_people(case)
        if outcome in CLOSED_OUTCOMES:
            case.closed = case.reported + timedelta(days=rng.randint(125, 430))
        case.final_date = case.closed
        return case

    def build(self) -> list[Case]:
        """The plain cases of each force, before `plants.plant_all` places the traps."""
        for force in FORCES:
            for index, outcome in enumerate(OUTCOME_PLAN):
                self.cases.append(self.new_case(force, index, outcome))
        return self.cases

    def date_references(self, case: Case) -> None:
        """Re-key the references whose layout depends on the case: a crime number's desk, month
        letter (the month of the report) or division, a council number's locality, route or category."""
        force, year = case.force, case.reported.year
        if case.crime:
            unit = case.reported.month - 1 if force.key == "thrushcombe" else case.unit
            case.crime = force.crime_ref(serial_in(case.crime.value), year, unit)  # type: ignore[arg-type]
        if case.referral:
            area = case.unit + {"kestrelford": 1, "thrushcombe": 0, "orrishaw": 3}[force.key]
            case.referral = force.referral_ref(serial_in(case.referral.value), year, area)  # type: ignore[arg-type]

    def give_people(self, case: Case) -> None:
        """The seventh set's people, with this set's witness jobs."""
        seventh.World.give_people(self, case)  # type: ignore[arg-type]
        if case.witness:
            case.witness.job = self.rng.choice(WITNESS_JOBS)
