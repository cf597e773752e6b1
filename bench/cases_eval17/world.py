"""The invented world of the seventeenth set: three more forces and their councils, 66 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a crime number keyed to the financial year (April to March) the crime
was recorded in; a CAD number carrying the month in Roman numerals; a council number gluing the
two-digit year to the serial; a crime number whose serial is printed with a thousands comma; a
message number counting the days since 1 January 2000; a council number carrying a letter for the
month (A January to L December); a crime number ending in its division (D1 to D4); a log number
keyed to the Sunday that ends the week of the call; and a council number led by its service's
initials. Each force writes a suspect in its own style, whatever his tradition (Czech, Azerbaijani or
Greek names): every name and his occupation; every name and his PNC number; every name and his
height in feet and inches. Dates are written 2004-Dec-17, Fri 17.12.04 and 17 December, 2004.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bench.cases_eval2.world import Item, Ref
from bench.cases_eval7 import world as seventh
from bench.cases_eval7.world import Case
from bench.cases_eval16 import world as sixteenth

__all__ = ["Case", "Force", "Item", "Person", "Ref", "World"]

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
MONTH_LETTERS = "ABCDEFGHIJKL"  # Cradlebrook's contact month: A is January, L December
EPOCH = date(2000, 1, 1)  # Cradlebrook's message system counts days from here


def financial_year(year: int, month_index: int) -> int:
    """The year a financial year (April to March) began in; `month_index` 0 is January."""
    return year if month_index >= 3 else year - 1


def day_number(day: date) -> int:
    """Cradlebrook's day count: 1 January 2000 is day 0."""
    return (day - EPOCH).days


def week_ending(day: date) -> date:
    """The Sunday that ends a day's week (a Sunday ends its own)."""
    return day + timedelta(days=6 - day.weekday())


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
        if self.key == "gorsedge":  # GE, FY and the financial year as four digits, a five-digit serial
            start = financial_year(year, unit)
            fy = f"{start % 100:02d}{(start + 1) % 100:02d}"
            return Ref(
                "crime",
                f"GE/FY{fy}/{serial:05d}",
                (("spaced", f"GE FY{fy} {serial:05d}"), ("fiscal", f"{serial:05d} FY{fy[:2]}-{fy[2:]}")),
            )
        yy = f"{year % 100:02d}"
        if self.key == "cradlebrook":  # the serial with a thousands comma, the year, CB
            return Ref(
                "crime",
                f"{serial:,}/{yy}/CB",
                (("plain", f"{serial}-{yy}-CB"), ("yearfirst", f"CB-{year}-{serial}")),
            )
        division = f"D{unit % 4 + 1}"  # fallowmere: a six-digit serial, FMP, the year, the division
        return Ref(
            "crime",
            f"{serial:06d}-FMP-{yy}/{division}",
            (
                ("spaced", f"{serial:06d} FMP {yy} {division}"),
                ("divisionfirst", f"{division}/FMP/{serial:06d}/{year}"),
            ),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        if self.key == "gorsedge":  # CAD, the year, the month in Roman numerals, a serial
            month = ROMAN_MONTHS[day.month - 1]
            return Ref(
                "incident",
                f"CAD/{day.year}/{month}/{number:04d}",
                (
                    ("spaced", f"CAD {number:04d} {month} {day.year}"),
                    ("worded", f"CAD {number:04d} of {month}/{day.year % 100:02d}"),
                ),
            )
        if self.key == "cradlebrook":  # DN, the days since 1 January 2000, M and a message serial
            count = day_number(day)
            return Ref(
                "incident",
                f"DN{count:04d}.M{number:04d}",
                (
                    ("spaced", f"DN {count:04d} M {number:04d}"),
                    ("worded", f"day {count:04d} message {number:04d}"),
                ),
            )
        sunday = week_ending(day)  # fallowmere: a serial, WE and the Sunday ending the week
        return Ref(
            "incident",
            f"{number:04d}/WE{sunday:%d%m%y}",
            (
                ("spaced", f"WE {sunday:%d %m %y} {number:04d}"),
                ("worded", f"week ending {sunday:%d.%m.%Y}, log {number:04d}"),
            ),
        )

    def referral_ref(self, serial: int, year: int, area: int = 0) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "gorsedge":  # GBC-R, the two-digit year glued to a four-digit serial
            return Ref(
                "referral",
                f"GBC-R-{yy}{serial:04d}",
                (("spaced", f"GBC R {yy} {serial:04d}"), ("slashed", f"R{serial:04d}/{year} GBC")),
            )
        if self.key == "cradlebrook":  # CCC, a serial, the month letter, the year
            letter = MONTH_LETTERS[area % 12]
            month = date(2000, area % 12 + 1, 1).strftime("%B")
            return Ref(
                "referral",
                f"CCC-{serial:04d}-{letter}{yy}",
                (
                    ("spaced", f"CCC {serial:04d} {letter} {yy}"),
                    ("worded", f"contact {serial:04d} of {month} {year}"),
                ),
            )
        return Ref(  # fallowmere: CSC, the year, a serial, FDC
            "referral",
            f"CSC/{yy}/{serial:04d}/FDC",
            (("spaced", f"CSC {yy} {serial:04d} FDC"), ("short", f"{serial:04d}.{yy} FDC")),
        )

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "gorsedge":
            return f"{day.year}-{day:%b}-{day.day:02d}"
        if self.key == "cradlebrook":
            return f"{day:%a} {day:%d.%m.%y}"
        return f"{day.day} {day:%B}, {day.year}"


FORCES = (
    Force(
        "gorsedge",
        "G",
        "Gorsedge Police",
        "Gorsedge Borough Council",
        "Gorsedge",
        "GQ",
        "gorsedge.police.uk",
        "gorsedge-bc.gov.uk",
        "Gorsedge Police, Fellmonger Row Safeguarding Unit, Gorsedge GQ3 7WF",
    ),
    Force(
        "cradlebrook",
        "C",
        "Cradlebrook Constabulary",
        "Cradlebrook City Council",
        "Cradlebrook",
        "KV",
        "cradlebrook.police.uk",
        "cradlebrook-cc.gov.uk",
        "Cradlebrook Constabulary, Wheelwright Street Exploitation Team, Cradlebrook KV8 4HB",
    ),
    Force(
        "fallowmere",
        "F",
        "Fallowmere Police",
        "Fallowmere District Council",
        "Fallowmere",
        "FZ",
        "fallowmere.police.uk",
        "fallowmere-dc.gov.uk",
        "Fallowmere Police, Tallowchandler Yard Child Abuse Unit, Fallowmere FZ2 9QD",
    ),
)

OUTCOME_PLAN = seventh.OUTCOME_PLAN  # the 22 initial outcomes of a force, the unknown five last
OUTCOMES = seventh.OUTCOMES
CLOSED_OUTCOMES = seventh.CLOSED_OUTCOMES

# (forenames, middles, surnames) per force, each a second given name in the middle: Czech (with
# its ř, ě, ů and háčeks), Azerbaijani (with its ə, ğ, ı, ş and ç) and Greek, romanised, whose
# second name is the father's given name in the genitive (Dimitriou: son of Dimitrios). Only Greek
# names, plain ASCII, can stand in every force's encoding.
NAMES = {
    "gorsedge": (
        ("Jiří", "Radek", "Zdeněk", "Vojtěch", "Přemysl", "Luboš", "Bořek", "Dalibor", "Čestmír",
         "Vratislav", "Ctibor", "Radomír"),
        ("Ondřej", "Matěj", "Kryštof", "Bohumil", "Řehoř", "Svatopluk", "Vítězslav"),
        ("Kučera", "Nedvěd", "Hrubý", "Šťastný", "Růžička", "Skřivánek", "Chalupa", "Bartůněk",
         "Zelenka", "Kopřiva", "Dřevíček", "Šindelář"),
    ),
    "cradlebrook": (
        ("Elçin", "Rəşad", "Vüqar", "Elnur", "Ramil", "Tural", "Orxan", "Ceyhun", "Elşən", "Mübariz",
         "Namiq", "Rövşən"),
        ("Nicat", "Tofiq", "Zaur", "Elvin", "Vaqif", "Rauf", "Pərviz"),
        ("Məmmədov", "Əliyev", "Hüseynov", "Quliyev", "Nəsirov", "Cəfərov", "Abbasov", "Rzayev",
         "Bağırov", "Qasımov", "İsmayılov", "Süleymanlı"),
    ),
    "fallowmere": (
        ("Spyridon", "Panagiotis", "Charalambos", "Evangelos", "Stylianos", "Athanasios", "Theofanis",
         "Kyriakos", "Leonidas", "Anastasios", "Prodromos", "Efstathios"),
        ("Dimitriou", "Georgiou", "Nikolaou", "Konstantinou", "Ioannou", "Christodoulou", "Vasileiou"),
        ("Papadopoulos", "Karagiannis", "Vlachos", "Oikonomou", "Tsakalidis", "Kalogeropoulos",
         "Zervas", "Mavromatis", "Stathopoulos", "Lazaridis", "Dimopoulos", "Kourtis"),
    ),
}  # fmt: skip
OCCUPATIONS = ("takeaway driver", "scaffolder", "minicab controller", "warehouse picker", "kebab shop owner",
               "tyre fitter", "security guard")  # fmt: skip
HEIGHTS = ((5, 6), (5, 8), (5, 9), (5, 10), (5, 11), (6, 0), (6, 1), (6, 2))
STAFF_FORENAMES = (
    "Aurelia", "Ambrosine", "Cordelia", "Artemis", "Valentina", "Clementina", "Ezekiel", "Iolanthe",
    "Zachariah", "Lucinda", "Felicity", "Noelle", "Beatrix", "Florence", "Henrietta", "Agatha",
    "Godfrey", "Isadora", "Kezia", "Cyprian",
)  # fmt: skip
STAFF_SURNAMES = (
    "Drabwell", "Fenwright", "Quickfall", "Ruddlesden", "Snelgrove", "Tuffnell", "Wragby",
    "Yelland", "Brockhole", "Culverwell", "Dunnington", "Frettingham", "Grimsditch", "Lazenby",
    "Merriweather", "Pellow", "Stobart", "Quarrington", "Aldersey", "Bickerdike",
)  # fmt: skip
STREET_STEMS = (
    "Saxifrage", "Chervil", "Sainfoin", "Borage", "Milkwort", "Tarragon", "Hyssop", "Marjoram",
    "Hawksbeard", "Restharrow", "Pennycress", "Cinquefoil",
)  # fmt: skip
STREET_KINDS = ("Garth", "Rise", "Ginnel", "Vale")
VEHICLES = (
    "lilac Nissan Micra", "tan Skoda Octavia", "cream Renault Kangoo", "burgundy Honda Accord",
    "petrol-blue Seat Leon", "gold Kia Rio", "pewter Fiat Doblo", "white Mercedes Vito",
)  # fmt: skip
OFFENCES = (
    "plying a girl of 14 with cannabis and abusing her in rooms above a shop",
    "taking a girl of 13 to hotel rooms booked under false names",
    "messaging a girl of 15 for months and then meeting her to abuse her",
    "abusing a girl of 14 in the back of a private hire car",
    "letting other men abuse a 13-year-old girl during a house party",
    "photographing a girl of 15 undressed and threatening to share the pictures",
    "abusing a girl of 14 after collecting her from a youth club",
    "giving a girl of 13 cigarettes and credit in return for sex",
)  # fmt: skip
SUBJECT_CODES = (
    "Person Juniper", "Person Rowan", "Complainant K3", "Complainant K8", "Child Thistle",
    "Child Bramble", "Service user 204", "Service user 317", "Learner Ivy", "Learner Sloe",
)  # fmt: skip
PROFESSIONS = (
    "missing children's return worker", "child sexual exploitation nurse", "leaving care personal adviser",
    "family support worker", "school nurse", "youth offending team worker",
)  # fmt: skip
WITNESS_JOBS = (
    "bus station cleaner", "hotel receptionist", "snooker hall owner", "pharmacy counter assistant",
    "mobile phone shop assistant", "lollipop man",
)  # fmt: skip
OPERATIONS = ("Andesite", "Dacite", "Pegmatite", "Diorite", "Phyllite", "Tonalite")
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
LANDLINES = ("0191 498 0", "0121 496 0", "0131 496 0")  # Ofcom drama ranges, less the last three digits
RANKS = ("DC", "PC", "DC", "TDC")
SUPERVISOR_RANKS = ("DS", "DI", "DCI", "Supt")


@dataclass
class Person(sixteenth.Person):
    """Someone named in a case's files: the sixteenth set's person, written in this set's styles."""

    occupation: str = ""  # what Gorsedge writes after a suspect's name
    pnc: str = ""  # the Police National Computer number Cradlebrook writes after a suspect's name
    height: tuple[int, int] = (0, 0)  # feet and inches Fallowmere writes after a suspect's name

    def written(self, force: str) -> str:
        """Gorsedge: every name and the occupation; Cradlebrook: every name and the PNC number;
        Fallowmere: every name and the height in feet and inches."""
        middle = f" {self.middle}" if self.middle else ""
        name = f"{self.forename}{middle} {self.surname}"
        if force == "gorsedge":
            return f"{name}, occupation {self.occupation}" if self.occupation else name
        if force == "cradlebrook":
            return f"{name} {{PNC {self.pnc}}}" if self.pnc else name
        feet, inches = self.height
        return f"{name} - {feet}ft {inches}in" if feet else name

    @property
    def officer(self) -> str:
        """Rank, name and collar number, as these forces sign."""
        return f"{self.rank} {self.short}, collar {self.collar}"


class World(sixteenth.World):
    """Builds the cases: the sixteenth set's builder (and through it the fifteenth, fourteenth,
    thirteenth, tenth, ninth and seventh sets' references, look-ups and people), with this set's
    forces, people and things."""

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
                for n in range(3 + position, 150, 7)
            ]
            for position, force in enumerate(FORCES)
        }
        for pool in self.street_pool.values():
            self.rng.shuffle(pool)

    def new_address(self, force: Force) -> Item:  # type: ignore[override]
        number, stem, kind = self.street_pool[force.key].pop()
        district = f"{force.postcode}{self.rng.randint(40, 49)} {self.rng.randint(1, 9)}"
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
        person.born = date(1959, 3, 1) + timedelta(days=self.rng.randint(0, 26 * 365))
        person.tradition = force.key
        person.occupation = self.rng.choice(OCCUPATIONS)
        person.pnc = self.new_pnc(person.born)
        person.height = self.rng.choice(HEIGHTS)
        return person

    def new_pnc(self, born: date) -> str:
        """A PNC number: the two-digit year of the first record, a slash, a serial and a check letter."""
        recorded = min(born.year + self.rng.randint(16, 24), 2009)
        serial = self.unique_number(10000, 999999)
        return f"{recorded % 100:02d}/{serial}{'ABCDEFGHJKLMNPQRTUVWXYZ'[serial % 23]}"

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:  # type: ignore[override]
        while True:
            forename, surname = self.rng.choice(STAFF_FORENAMES), self.rng.choice(STAFF_SURNAMES)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                break
        person = Person(forename, surname, role, rank=rank, job=job)
        person.collar = f"{self.rng.randint(3000, 9799)}" if rank else ""
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
            reported=date(2001, 3, 12) + timedelta(days=rng.randint(0, 9 * 365)),
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
        """The seventh set's references; a Gorsedge crime number follows the financial year of the
        report, a Cradlebrook council number the month of it."""
        seventh.World.give_references(self, case, index)  # type: ignore[arg-type]
        self.date_references(case)

    def date_references(self, case: Case) -> None:
        """Re-key the references whose layout depends on the month of the report."""
        force, year = case.force, case.reported.year
        if case.crime and force.key == "gorsedge":
            serial = int(case.crime.value.rsplit("/", 1)[1])
            case.unit = case.reported.month - 1
            case.crime = force.crime_ref(serial, year, case.unit)  # type: ignore[arg-type]
        if case.referral and force.key == "cradlebrook":
            serial = int(case.referral.value[4:8])
            case.referral = force.referral_ref(serial, year, case.reported.month - 1)  # type: ignore[arg-type]

    def give_people(self, case: Case) -> None:
        """The seventh set's people, with this set's witness jobs."""
        seventh.World.give_people(self, case)  # type: ignore[arg-type]
        if case.witness:
            case.witness.job = self.rng.choice(WITNESS_JOBS)
