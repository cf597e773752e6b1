"""The invented world of the twenty-second set: three more forces and their councils, 66 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a crime number carrying the watch that recorded it (R, B, G or W); a
call number led by the line the call came in on (999 or 101); a council number carrying the
referring agency (EDU, HLT, POL or FAM); a crime number carrying the recording station's three-
letter code; a call number ending in the hour of the call (H00 to H23); a council number ending
in its RAG rating (R, A or G); a crime number carrying the shift (E, L or N); a call number
carrying the weekday of the call; and a council number carrying the child's plan (CIN, CP or LAC).
Each force writes a suspect in its own style, whatever his tradition (Catalan, Swedish or Somali
names): every name and his hair colour after a dash; every name and his build in square brackets;
every name and his accent after a double colon. Dates are written 17-December-2004, December 17
2004 and 2004/Dec/17.
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

WATCHES = ("R", "B", "G", "W")  # Wyrmbridge's watches: red, blue, green, white
WATCH_WORDS = {"R": "red", "B": "blue", "G": "green", "W": "white"}
LINES = ("999", "101")  # the line a call reached Wyrmbridge on
AGENCIES = ("EDU", "HLT", "POL", "FAM")  # who referred a child to Wyrmbridge council
AGENCY_WORDS = {"EDU": "school", "HLT": "health", "POL": "police", "FAM": "family"}
STATIONS = ("MRD", "QTW", "BLV", "SKP", "DNH", "FYL")  # Heddlesford's recording stations
RAG = ("R", "A", "G")  # Heddlesford council's rating of a referral
RAG_WORDS = {"R": "red", "A": "amber", "G": "green"}
SHIFTS = ("E", "L", "N")  # Pellinghoe's shifts: early, late, night
SHIFT_WORDS = {"E": "early", "L": "late", "N": "night"}
WEEKDAYS = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
PLANS = ("CIN", "CP", "LAC")  # Pellinghoe council's plan for the child
PLAN_WORDS = {"CIN": "child in need", "CP": "child protection", "LAC": "looked after"}


def line_and_serial(number: int) -> tuple[str, int]:
    """Wyrmbridge's call number: the line it came in on and a serial on that line."""
    return LINES[number % 2], number // 2 + 100


def hour_and_serial(number: int) -> tuple[int, int]:
    """Heddlesford's call number: the hour of the call and a serial."""
    return number % 24, number // 24 + 400


def serial_in(value: str) -> int:
    """The serial of a crime or council number: its first run of four to six digits."""
    return int(re.findall(r"\d{4,6}", value)[0])


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
        if self.key == "wyrmbridge":  # WYB, the watch, the year, a five-digit serial
            watch = WATCHES[unit % 4]
            return Ref(
                "crime",
                f"WYB-{watch}-{yy}-{serial:05d}",
                (
                    ("spaced", f"WYB {watch}{yy} {serial:05d}"),
                    ("worded", f"{WATCH_WORDS[watch]} watch crime {serial:05d}, year {year}"),
                ),
            )
        if self.key == "heddlesford":  # HF, the year, the station code, a five-digit serial
            station = STATIONS[unit % len(STATIONS)]
            return Ref(
                "crime",
                f"HF.{yy}.{station}.{serial:05d}",
                (
                    ("spaced", f"{station} {serial:05d} HF {yy}"),
                    ("worded", f"crime {serial:05d} booked at {station} in {year}"),
                ),
            )
        shift = SHIFTS[unit % 3]  # pellinghoe: the year, PH, the shift, a five-digit serial
        return Ref(
            "crime",
            f"{yy}PH-{shift}-{serial:05d}",
            (
                ("spaced", f"PH-{yy} {shift}{serial:05d}"),
                ("worded", f"{SHIFT_WORDS[shift]} shift crime {serial:05d} of {year}"),
            ),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        yy = f"{day.year % 100:02d}"
        if self.key == "wyrmbridge":  # the line, the year, a serial, WB
            line, serial = line_and_serial(number)
            return Ref(
                "incident",
                f"{line}/{yy}/{serial:04d}/WB",
                (
                    ("spaced", f"WB{line}-{serial:04d}/{yy}"),
                    ("worded", f"call {serial:04d} on the {line} line, {day.year}"),
                ),
            )
        if self.key == "heddlesford":  # HC, a serial, the year, the hour of the call
            hour, serial = hour_and_serial(number)
            return Ref(
                "incident",
                f"HC{serial:04d}/{yy}/H{hour:02d}",
                (
                    ("spaced", f"HC {yy} {serial:04d} H{hour:02d}"),
                    ("worded", f"the {hour:02d}00 hours call {serial:04d}, {day.year}"),
                ),
            )
        weekday = WEEKDAYS[day.weekday()]  # pellinghoe: PC, the weekday, a serial, the year
        serial = number + 300
        return Ref(
            "incident",
            f"PC:{weekday}:{serial:04d}:{yy}",
            (
                ("spaced", f"PC {weekday} {serial:04d}/{yy}"),
                ("worded", f"{day:%A} call {serial:04d} of {day.year}"),
            ),
        )

    def referral_ref(self, serial: int, year: int, area: int = 0) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "wyrmbridge":  # WBC, the referring agency, a serial, the year
            agency = AGENCIES[area % 4]
            return Ref(
                "referral",
                f"WBC.{agency}.{serial:04d}.{yy}",
                (
                    ("spaced", f"WBC {agency} {serial:04d}-{yy}"),
                    ("worded", f"{AGENCY_WORDS[agency]}-referred case {serial:04d}/{year}"),
                ),
            )
        if self.key == "heddlesford":  # HCC, a serial, the year, the RAG rating
            rating = RAG[area % 3]
            return Ref(
                "referral",
                f"HCC/{serial:04d}/{yy}/{rating}",
                (
                    ("spaced", f"HCC {yy} {serial:04d} {rating}"),
                    ("worded", f"{RAG_WORDS[rating]}-rated referral {serial:04d} of {year}"),
                ),
            )
        plan = PLANS[area % 3]  # pellinghoe: PBC, the plan, a serial, the year
        return Ref(
            "referral",
            f"{plan}:{serial:04d}:{yy}:PBC",
            (
                ("spaced", f"PBC {yy} {plan}/{serial:04d}"),
                ("worded", f"{PLAN_WORDS[plan]} plan case {serial:04d} ({year})"),
            ),
        )

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "wyrmbridge":
            return f"{day.day}-{day:%B}-{day.year}"
        if self.key == "heddlesford":
            return f"{day:%B} {day.day} {day.year}"
        return f"{day.year}/{day:%b}/{day.day:02d}"


FORCES = (
    Force(
        "wyrmbridge",
        "W",
        "Wyrmbridge Police",
        "Wyrmbridge Metropolitan Borough Council",
        "Wyrmbridge",
        "QZ",
        "wyrmbridge.police.uk",
        "wyrmbridge-mbc.gov.uk",
        "Wyrmbridge Police, Tenterfold Child Exploitation Hub, Wyrmbridge QZ4 6QB",
    ),
    Force(
        "heddlesford",
        "H",
        "Heddlesford Constabulary",
        "Heddlesford County Council",
        "Heddlesford",
        "XQ",
        "heddlesford.police.uk",
        "heddlesford-cc.gov.uk",
        "Heddlesford Constabulary, Cordmaker Yard Vulnerability Unit, Heddlesford XQ7 3LE",
    ),
    Force(
        "pellinghoe",
        "P",
        "Pellinghoe Police",
        "Pellinghoe Unitary Council",
        "Pellinghoe",
        "VX",
        "pellinghoe.police.uk",
        "pellinghoe-uc.gov.uk",
        "Pellinghoe Police, Wickyard Piece Protecting Vulnerable People Suite, Pellinghoe VX2 9RA",
    ),
)

OUTCOME_PLAN = seventh.OUTCOME_PLAN  # the 22 initial outcomes of a force, the unknown five last
OUTCOMES = seventh.OUTCOMES
CLOSED_OUTCOMES = seventh.CLOSED_OUTCOMES

# (forenames, middles, surnames) per force: Catalan, with its à, è, é, í, ï, ò, ó, ú, ç and the
# middle dot of l·l (all in Mac Romanian), and two surnames joined by "i"; Swedish, with its å, ä
# and ö (all in code page 437); Somali, a given name, the father's name and the grandfather's, in
# the Somali Latin alphabet (c, x, dh and doubled vowels, no accents). Only the Somali force's
# suspects cross into other forces' files: their names are plain ASCII, which every encoding holds.
NAMES = {
    "wyrmbridge": (
        ("Jordi", "Oriol", "Arnau", "Quim", "Martí", "Jaume", "Biel", "Guillem", "Ferran", "Bernat",
         "Marcel·lí", "Eudald"),
        ("Josep", "Lluís", "Ramon", "Enric", "Àlex", "Climent", "Narcís"),
        ("Vilaró i Rocabert", "Casajuana i Prat", "Soldevila i Bosch", "Riudavets i Massó",
         "Cardús i Pujolràs", "Ferrer i Sunyol", "Bofarull i Bassols", "Castellví i Serrat",
         "Pallarès i Gelabert", "Turull i Comas", "Sabaté i Vergés", "Llobet i Carbó"),
    ),
    "heddlesford": (
        ("Björn", "Göran", "Måns", "Torbjörn", "Håkan", "Lennart", "Östen", "Pär", "Jöns", "Åke",
         "Sixten", "Ivar"),
        ("Sigvard", "Ragnvald", "Algot", "Holger", "Tage", "Evert", "Gösta"),
        ("Lindqvist", "Åkesson", "Sjöberg", "Bäckström", "Öhman", "Hägglund", "Törnqvist", "Fröjd",
         "Ljungdahl", "Wästberg", "Löfgren", "Nyström"),
    ),
    "pellinghoe": (
        ("Cabdiraxmaan", "Maxamed", "Xasan", "Cali", "Faarax", "Guuleed", "Saciid", "Axmed", "Ciise",
         "Yuusuf", "Cabdillaahi", "Xuseen"),
        ("Jaamac", "Muuse", "Nuur", "Aadan", "Cilmi", "Ducaale", "Shirwac"),
        ("Samatar", "Xirsi", "Dhuxul", "Jibriil", "Qorane", "Abshir", "Carraale", "Geedi", "Bulxan",
         "Caydiid", "Siyaad", "Cawaale"),
    ),
}  # fmt: skip
PARTICLES = ("i",)  # the "and" between a Catalan's two surnames, not a name of its own
HAIR = ("black", "dark brown", "dark brown", "greying", "shaved", "sandy")
BUILDS = ("stocky", "slim", "medium", "heavy", "medium", "wiry")
ACCENTS = ("local", "local", "London", "Scandinavian", "East African", "Spanish")
STAFF_FORENAMES = (
    "Illiam", "Moirrey", "Ealisaid", "Orry", "Voirrey", "Breeshey", "Jowan", "Piran", "Tressa", "Locryn",
    "Senara", "Petroc", "Ythel", "Cecily", "Erasmus", "Wenna", "Lowdy", "Kensa", "Merryn", "Jenefer",
)  # fmt: skip
STAFF_SURNAMES = (
    "Wrigglesworth", "Blennerhassett", "Gathercole", "Honeysett", "Loosemore", "Mumbray", "Nettleingham",
    "Quartermaine", "Rumbelow", "Tollemache", "Vigurs", "Yeulett", "Ayscough", "Bucknole", "Dunnikin",
    "Ingoldsby", "Mabbott", "Usherwood", "Pendarves", "Trethewey",
)  # fmt: skip
STREET_STEMS = (
    "Galliard", "Pavane", "Sarabande", "Gavotte", "Courante", "Allemande", "Rigaudon", "Passepied",
    "Tourdion", "Bransle", "Saltarello", "Estampie",
)  # fmt: skip
STREET_KINDS = ("Wynd", "Ginnel", "Loaning", "Vennel")
VEHICLES = (
    "silver Vauxhall Zafira", "black Peugeot 807", "white Citroen Berlingo", "red Toyota Previa",
    "bronze Mazda MPV", "blue Chrysler Voyager", "grey Hyundai Trajet", "green Mitsubishi Space Wagon",
)  # fmt: skip
OFFENCES = (
    "getting a Year 10 girl drunk on vodka at a snooker club, then raping her",
    "ferrying a girl from a children's home to a bedsit where friends of his abused her",
    "grooming a schoolgirl through messages on a games console and abusing her inside a rented lock-up",
    "raping a fifteen-year-old in the kitchen of a pizza shop after closing time",
    "passing a Year 8 girl around the staff of a car wash",
    "recording a Year 9 girl in a sexual act on his phone and sharing the clip",
    "making a young girl pay off a supposed drugs debt with sex",
    "giving a thirteen-year-old free meals and lifts in exchange for sex",
)  # fmt: skip
SUBJECT_CODES = (
    "Minor M/14", "Minor M/3", "Ward Agate", "Ward Jasper", "Juvenile J-17", "Juvenile J-8",
    "Girl Sorrel", "Girl Tansy", "Schoolgirl SG4", "Schoolgirl SG9",
)  # fmt: skip
PROFESSIONS = (
    "looked after children nurse", "virtual school head", "family support practitioner",
    "independent reviewing officer", "exploitation outreach worker", "education welfare officer",
)  # fmt: skip
WITNESS_JOBS = (
    "snooker hall steward", "pizza shop counter assistant", "car wash attendant",
    "lock-up garage landlord", "parcel depot night porter", "petrol station cashier",
)  # fmt: skip
OPERATIONS = ("Testoon", "Bawbee", "Dandiprat", "Crookard", "Sceat", "Stiver")
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
LANDLINES = ("0113 496 0", "0114 496 0", "0115 496 0")  # Ofcom drama ranges, less the last three digits
RANKS = ("DC", "PC", "TDC", "PS")
SUPERVISOR_RANKS = ("DS", "DI", "DCI", "Supt")


@dataclass
class Person(seventeenth.Person):
    """Someone named in a case's files: the seventeenth set's person, written in this set's styles."""

    hair: str = ""  # the hair colour Wyrmbridge writes after a suspect's name
    build: str = ""  # the build Heddlesford writes after a suspect's name
    accent: str = ""  # the accent Pellinghoe writes after a suspect's name

    def written(self, force: str) -> str:
        """Wyrmbridge: every name and his hair colour; Heddlesford: every name and his build;
        Pellinghoe: every name and his accent."""
        middle = f" {self.middle}" if self.middle else ""
        name = f"{self.forename}{middle} {self.surname}"
        if force == "wyrmbridge":
            return f"{name} – hair {self.hair}" if self.hair else name
        if force == "heddlesford":
            return f"{name} [build: {self.build}]" if self.build else name
        return f"{name} :: accent {self.accent}" if self.accent else name

    @property
    def officer(self) -> str:
        """Rank, collar number and name, as these forces sign."""
        return f"{self.rank} {self.collar} {self.short}"


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
        """What each force notes beside a suspect: his hair colour, his build, his accent."""
        person.hair = self.rng.choice(HAIR)
        person.build = self.rng.choice(BUILDS)
        person.accent = self.rng.choice(ACCENTS)

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:  # type: ignore[override]
        while True:
            forename, surname = self.rng.choice(STAFF_FORENAMES), self.rng.choice(STAFF_SURNAMES)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                break
        person = Person(forename, surname, role, rank=rank, job=job)
        person.collar = f"{self.rng.randint(1100, 6999)}" if rank else ""
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
            reported=date(2004, 5, 3) + timedelta(days=rng.randint(0, 9 * 365)),
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
            case.closed = case.reported + timedelta(days=rng.randint(118, 460))
        case.final_date = case.closed
        return case

    def build(self) -> list[Case]:
        """The plain cases of each force, before `plants.plant_all` places the traps."""
        for force in FORCES:
            for index, outcome in enumerate(OUTCOME_PLAN):
                self.cases.append(self.new_case(force, index, outcome))
        return self.cases

    def date_references(self, case: Case) -> None:
        """Re-key the references whose layout depends on the case: a crime number's watch, station or
        shift, a council number's referring agency, RAG rating or plan."""
        force, year = case.force, case.reported.year
        if case.crime:
            unit = case.unit
            case.crime = force.crime_ref(serial_in(case.crime.value), year, unit)  # type: ignore[arg-type]
        if case.referral:
            area = case.unit + {"wyrmbridge": 1, "heddlesford": 2, "pellinghoe": 0}[force.key]
            case.referral = force.referral_ref(serial_in(case.referral.value), year, area)  # type: ignore[arg-type]

    def give_people(self, case: Case) -> None:
        """The seventh set's people, with this set's witness jobs."""
        seventh.World.give_people(self, case)  # type: ignore[arg-type]
        if case.witness:
            case.witness.job = self.rng.choice(WITNESS_JOBS)
