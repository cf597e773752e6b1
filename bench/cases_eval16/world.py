"""The invented world of the sixteenth set: three more forces and their councils, 66 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a crime number whose year is only its last digit; an incident number
that is the ISO week date of the call (two-digit ISO year, W and the week, the weekday's digit)
with a serial within that day; a council number carrying a team's compass letter; a crime number
whose year is a letter (A for 2001, skipping I and O); an incident number of INC, the date as
eight digits day first and a serial; a council child-in-need number of CIN, a serial, Y and the
year; a crime number of PW, a serial, the month and the year; a dispatch ticket whose serial
carries a check digit (the serial modulo 7); and an initial contact number led by the four-digit
year. Each force writes a suspect in its own style, whatever his tradition (Bosnian, Basque or
Finnish names): every name and his eye colour; every name and his criminal records office number;
every name and his build. Dates are written month first (12/17/2004), as 17 Dec. 2004 and as
2004.12.17.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bench.cases_eval2.world import Item, Ref
from bench.cases_eval7 import world as seventh
from bench.cases_eval7.world import Case
from bench.cases_eval15 import world as fifteenth

__all__ = ["Case", "Force", "Item", "Person", "Ref", "World"]

YEAR_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # Yarrowby's crime year: A is 2001, no I and no O
TEAMS = "NESW"  # Brindlecombe's four referral teams


def year_letter(year: int) -> str:
    return YEAR_LETTERS[year - 2001]


def iso_week(day: date) -> tuple[int, int, int]:
    """The ISO week date of a day: (ISO year, week, weekday 1-7 from Monday)."""
    iso = day.isocalendar()
    return iso[0], iso[1], iso[2]


def check_digit(serial: int) -> int:
    """Penwhistle's dispatch check digit: the serial modulo 7."""
    return serial % 7


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
        if self.key == "brindlecombe":  # a five-digit serial, the year's last digit, BM
            return Ref(
                "crime",
                f"{serial:05d}/{year % 10}/BM",
                (
                    ("spaced", f"{serial:05d} {year % 10} BM"),
                    ("lettersfirst", f"BM-{year % 10}-{serial:05d}"),
                ),
            )
        if self.key == "yarrowby":  # YC, the year as a letter, a five-digit serial
            letter = year_letter(year)
            return Ref(
                "crime",
                f"YC{letter}/{serial:05d}",
                (("spaced", f"YC {letter} {serial:05d}"), ("trailing", f"{serial:05d}/YC/{letter}")),
            )
        month = 1 + unit % 12  # penwhistle: PW, a serial, the month and the year
        return Ref(
            "crime",
            f"PW{serial:05d}/{month:02d}/{year % 100:02d}",
            (
                ("spaced", f"PW {serial:05d} {month:02d} {year % 100:02d}"),
                ("dated", f"{month:02d}-{year}-PW-{serial:05d}"),
            ),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        if self.key == "brindlecombe":  # the ISO week date of the call and a serial within the day
            year, week, weekday = iso_week(day)
            yy = f"{year % 100:02d}"
            return Ref(
                "incident",
                f"{yy}W{week:02d}-{weekday}/{number:04d}",
                (
                    ("spaced", f"{yy} W{week:02d} {weekday} {number:04d}"),
                    ("worded", f"week {week:02d} day {weekday} of {year}, log {number:04d}"),
                ),
            )
        if self.key == "yarrowby":  # INC, the date as eight digits day first, a serial
            return Ref(
                "incident",
                f"INC{day:%d%m%Y}-{number:04d}",
                (
                    ("spaced", f"INC {day:%d/%m/%Y} #{number:04d}"),
                    ("worded", f"incident {number:04d} of {day:%d.%m.%Y}"),
                ),
            )
        check = check_digit(number)  # penwhistle: T, the year, a five-digit serial and its check digit
        yy = f"{day.year % 100:02d}"
        return Ref(
            "incident",
            f"T{yy}/{number:05d}.{check}",
            (
                ("spaced", f"T {yy} {number:05d} {check}"),
                ("worded", f"ticket {number:05d}-{check} ({day.year})"),
            ),
        )

    def referral_ref(self, serial: int, year: int, area: int = 0) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "brindlecombe":  # MARF, a team's compass letter, a serial, the year
            team = TEAMS[area % 4]
            return Ref(
                "referral",
                f"MARF/{team}/{serial:04d}/{yy}",
                (("spaced", f"MARF {team}{serial:04d} {yy}"), ("yearfirst", f"{yy}/{serial:04d}{team}")),
            )
        if self.key == "yarrowby":  # CIN, a serial, Y and the year
            return Ref(
                "referral",
                f"CIN{serial:04d}Y{yy}",
                (
                    ("spaced", f"CIN {serial:04d} YCC {yy}"),
                    ("worded", f"child in need no. {serial:04d} of {year}"),
                ),
            )
        return Ref(  # penwhistle: the four-digit year, IC, a serial
            "referral",
            f"{year}-IC-{serial:04d}",
            (("short", f"IC{serial:04d}:{yy}"), ("spaced", f"IC {serial:04d} {year}")),
        )

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "brindlecombe":  # the case system's American default: month first
            return f"{day.month:02d}/{day.day:02d}/{day.year}"
        if self.key == "yarrowby":
            return f"{day.day} {day:%b}. {day.year}"
        return f"{day:%Y.%m.%d}"


FORCES = (
    Force(
        "brindlecombe",
        "B",
        "Brindlecombe Police",
        "Brindlecombe Metropolitan Council",
        "Brindlecombe",
        "BX",
        "brindlecombe.police.uk",
        "brindlecombe-mc.gov.uk",
        "Brindlecombe Police, Lampblack Lane Vulnerability Hub, Brindlecombe BX6 2LA",
    ),
    Force(
        "yarrowby",
        "Y",
        "Yarrowby Constabulary",
        "Yarrowby City Council",
        "Yarrowby",
        "YR",
        "yarrowby.police.uk",
        "yarrowby-city.gov.uk",
        "Yarrowby Constabulary, Sailcloth Public Protection Office, Yarrowby YR2 8DP",
    ),
    Force(
        "penwhistle",
        "P",
        "Penwhistle Police",
        "Penwhistle Unitary Council",
        "Penwhistle",
        "PZ",
        "penwhistle.police.uk",
        "penwhistle-uc.gov.uk",
        "Penwhistle Police, Chandlers Quay Child Protection Suite, Penwhistle PZ5 3RT",
    ),
)

OUTCOME_PLAN = seventh.OUTCOME_PLAN  # the 22 initial outcomes of a force, the unknown five last
OUTCOMES = seventh.OUTCOMES
CLOSED_OUTCOMES = seventh.CLOSED_OUTCOMES

# (forenames, middles, surnames) per force, each a second given name in the middle: Bosnian,
# Basque (two surnames, the father's then the mother's) and Finnish.
NAMES = {
    "brindlecombe": (
        ("Edin", "Admir", "Nermin", "Senad", "Jasmin", "Almir", "Damir", "Haris", "Kenan", "Mirsad",
         "Zlatan", "Dževad"),
        ("Ismet", "Huso", "Šefik", "Ćazim", "Zijad", "Edhem", "Suad"),
        ("Hodžić", "Begović", "Mujić", "Hadžić", "Delić", "Salihović", "Husić", "Ćatić", "Bešlić",
         "Đozić", "Mehmedović", "Softić"),
    ),
    "yarrowby": (
        ("Iñaki", "Aitor", "Gorka", "Koldo", "Unai", "Xabier", "Ander", "Eneko", "Asier", "Ibon",
         "Josu", "Txema"),
        ("Joseba", "Andoni", "Peio", "Kepa", "Urko", "Beñat", "Oier"),
        ("Etxeberria Goikoetxea", "Urkiaga Olaizola", "Arrizabalaga Iturbe", "Zubizarreta Larrañaga",
         "Agirre Ibarguren", "Mendizabal Ugarte", "Azkue Otxoa", "Goikoetxea Urkiaga",
         "Olaizola Mendizabal", "Iturbe Azkue", "Larrañaga Agirre", "Ibarguren Etxeberria"),
    ),
    "penwhistle": (
        ("Jari", "Petri", "Timo", "Kari", "Harri", "Jouni", "Tuomas", "Ville", "Janne", "Heikki",
         "Pasi", "Jyrki"),
        ("Olavi", "Juhani", "Ilmari", "Tapani", "Kalevi", "Antero", "Aleksi"),
        ("Jääskeläinen", "Mäkinen", "Heikkilä", "Koskinen", "Räsänen", "Nieminen", "Hämäläinen",
         "Lehtonen", "Kärkkäinen", "Salminen", "Pöyhönen", "Väisänen"),
    ),
}  # fmt: skip
EYES = ("brown", "hazel", "blue", "grey", "green")
BUILDS = ("stocky", "slim", "heavy", "wiry", "athletic", "medium")
STAFF_FORENAMES = (
    "Leocadia", "Ebba", "Lucan", "Melisande", "Hildebrand", "Imogen", "Ethelind", "Amabel", "Ludovic",
    "Quenby", "Adelina", "Odile", "Piers", "Rowena", "Hebe", "Ianthe", "Jocelin", "Maud", "Nesta",
    "Petronel",
)  # fmt: skip
STAFF_SURNAMES = (
    "Mottram", "Birchenough", "Cheetham", "Dunkerley", "Fernihough", "Goodier", "Hulme", "Jepson",
    "Lomax", "Heap", "Stott", "Rostron", "Bamford", "Tonge", "Haslam", "Yardley",
    "Bramhall", "Clowes", "Oldknow", "Ridyard",
)  # fmt: skip
STREET_STEMS = (
    "Oakapple", "Gallnut", "Bullace", "Medlar", "Quince", "Greengage", "Crabapple", "Whitebeam",
    "Cowberry", "Crowberry", "Dewberry", "Cloudberry",
)  # fmt: skip
STREET_KINDS = ("Chase", "Wynd", "Croft", "Loaning")
VEHICLES = (
    "mustard Vauxhall Combo", "navy Peugeot Partner", "white Ford Galaxy", "bronze Toyota Avensis",
    "maroon Rover 75", "olive Citroen Xsara", "silver Mazda Bongo", "black Audi A3",
)  # fmt: skip
OFFENCES = (
    "getting a girl of 14 drunk on vodka in a parked van and abusing her",
    "passing a girl of 13 around his friends at a rented flat",
    "grooming a girl of 15 through a chat app, then abusing her at a lock-up",
    "abusing a girl of 14 at a taxi office after hours",
    "driving a girl of 13 to a seaside town and keeping her overnight",
    "filming a girl of 15 in a bedroom and selling the footage",
    "collecting a girl of 14 from her children's home and abusing her",
    "rewarding a girl of 13 with mobile top-ups for sexual acts",
)  # fmt: skip
SUBJECT_CODES = (
    "Young person Ash", "Young person Elm", "Case child 41", "Case child 58", "Student Hazel",
    "Student Rue", "Resident Q2", "Resident Q7", "Minor Sedge", "Minor Tamarisk",
)  # fmt: skip
PROFESSIONS = (
    "looked-after children nurse", "school attendance officer", "residential home manager",
    "targeted youth worker", "drug and alcohol worker for young people", "CSE specialist social worker",
)  # fmt: skip
WITNESS_JOBS = (
    "taxi rank marshal", "petrol station cashier", "fast food shift supervisor",
    "night porter at a student hall", "guest house owner", "ice rink steward",
)  # fmt: skip
OPERATIONS = ("Grayling", "Tench", "Barbel", "Rudd", "Gudgeon", "Bleak")
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
LANDLINES = ("0114 496 0", "0116 496 0", "0118 496 0")  # Ofcom drama ranges, less the last three digits
RANKS = ("DC", "PC", "DC", "SC")
SUPERVISOR_RANKS = ("DS", "DI", "PS", "Ch Insp")


@dataclass
class Person(fifteenth.Person):
    """Someone named in a case's files: the fifteenth set's person, written in this set's styles."""

    eyes: str = ""  # what Brindlecombe writes after a suspect's name
    cro: str = ""  # the criminal records office number Yarrowby writes after a suspect's name
    build: str = ""  # what Penwhistle writes after a suspect's name

    def written(self, force: str) -> str:
        """Brindlecombe: every name and the eye colour; Yarrowby: every name and the CRO number;
        Penwhistle: every name and the build."""
        middle = f" {self.middle}" if self.middle else ""
        name = f"{self.forename}{middle} {self.surname}"
        if force == "brindlecombe":
            return f"{name} (eye colour {self.eyes})" if self.eyes else name
        if force == "yarrowby":
            return f"{name} [CRO {self.cro}]" if self.cro else name
        return f"{name}; build {self.build}" if self.build else name

    @property
    def officer(self) -> str:
        """Rank, name and collar number, as these forces sign."""
        return f"{self.rank} {self.short} no. {self.collar}"


class World(fifteenth.World):
    """Builds the cases: the fifteenth set's builder (and through it the fourteenth, thirteenth,
    tenth, ninth and seventh sets' references, look-ups and people), with this set's forces,
    people and things."""

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
                for n in range(1 + position, 130, 8)
            ]
            for position, force in enumerate(FORCES)
        }
        for pool in self.street_pool.values():
            self.rng.shuffle(pool)

    def new_address(self, force: Force) -> Item:  # type: ignore[override]
        number, stem, kind = self.street_pool[force.key].pop()
        district = f"{force.postcode}{self.rng.randint(30, 39)} {self.rng.randint(1, 9)}"
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
        person.born = date(1960, 9, 1) + timedelta(days=self.rng.randint(0, 26 * 365))
        person.tradition = force.key
        person.eyes = self.rng.choice(EYES)
        person.cro = self.new_cro(person.born)
        person.build = self.rng.choice(BUILDS)
        return person

    def new_cro(self, born: date) -> str:
        """A criminal records office number: a serial and the two-digit year it was issued."""
        issued = min(born.year + self.rng.randint(17, 25), 2009)
        return f"{self.unique_number(1000, 99999):06d}/{issued % 100:02d}"

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:  # type: ignore[override]
        while True:
            forename, surname = self.rng.choice(STAFF_FORENAMES), self.rng.choice(STAFF_SURNAMES)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                break
        person = Person(forename, surname, role, rank=rank, job=job)
        person.collar = f"{self.rng.randint(2000, 8999)}" if rank else ""
        return person

    def new_phone(self, landline: bool = False) -> Item:
        if landline:
            return Item("phone", f"{self.rng.choice(LANDLINES)}{self.unique_number(100, 999):03d}")
        return Item("phone", f"07700 900{self.unique_number(100, 999):03d}")

    def new_vehicle(self, year: int) -> Item:
        """A plate of the case's year: a year letter first before September 2001, else an area and age."""
        tail = "".join(self.rng.sample(PLATE_LETTERS, 3))
        if year < 2002:
            plate_year = "VWXY"[min(max(year - 1999, 0), 3)]
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
            reported=date(2001, 1, 15) + timedelta(days=rng.randint(0, 9 * 365)),
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
            case.closed = case.reported + timedelta(days=rng.randint(100, 430))
        case.final_date = case.closed
        return case

    def build(self) -> list[Case]:
        """The plain cases of each force, before `plants.plant_all` places the traps."""
        for force in FORCES:
            for index, outcome in enumerate(OUTCOME_PLAN):
                self.cases.append(self.new_case(force, index, outcome))
        return self.cases

    def give_references(self, case: Case, index: int) -> None:
        """The seventh set's references; a Penwhistle crime number carries the month of the report,
        a Brindlecombe council number the team of the child's area."""
        seventh.World.give_references(self, case, index)  # type: ignore[arg-type]
        force, year = case.force, case.reported.year
        if case.crime and force.key == "penwhistle":
            serial = int(case.crime.value[2:7])
            case.unit = case.reported.month - 1
            case.crime = force.crime_ref(serial, year, case.unit)  # type: ignore[arg-type]
        if case.referral and force.key == "brindlecombe":
            serial = int(case.referral.value.split("/")[2])
            case.referral = force.referral_ref(serial, year, case.unit)  # type: ignore[arg-type]

    def give_people(self, case: Case) -> None:
        """The seventh set's people, with this set's witness jobs."""
        seventh.World.give_people(self, case)  # type: ignore[arg-type]
        if case.witness:
            case.witness.job = self.rng.choice(WITNESS_JOBS)
