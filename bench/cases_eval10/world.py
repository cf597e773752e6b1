"""The invented world of the tenth set: three more forces and their councils, 66 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a crime number of the two-digit year, a serial and a division code;
one of a force letter, the year, a C and a serial; one of the four-digit year, CR, a serial and a
check letter; a log number of the year and the day of the year, then a serial; a log number of
WL, a serial and the date with the month in letters; a log number of a serial, FB, the year and
month; and council numbers of a child-in-need serial with no year, an exploitation meeting's
year and serial, and a person number with its episode.
Each force writes a suspect in its own style, whatever his tradition (Iranian, Tamil or Akan
names): family name first; family (or father's) name first with the date of birth after it; or
surname, a comma, the other names and the record office number when he has one. Dates are written with
the weekday and day/month/year unpadded, with the month in Roman numerals, or as "the Nth day of".
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bench.cases_eval2.world import Item, Ref
from bench.cases_eval7 import world as seventh
from bench.cases_eval7.world import Case
from bench.cases_eval9 import world as ninth

__all__ = ["Case", "Force", "Item", "Person", "Ref", "World"]

DIVISIONS = ("K3", "M7", "N2", "P5", "T8")
ROMAN = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
CHECK_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def check_letter(serial: int, year: int) -> str:
    """A check letter over the year and the serial (modulus 23)."""
    return CHECK_LETTERS[(year * 7 + serial * 3) % 23]


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

    def crime_ref(self, serial: int, year: int, unit: int = 1) -> Ref:
        """`unit` picks the division (ockleton); the others ignore it."""
        yy = f"{year % 100:02d}"
        if self.key == "ockleton":  # year, serial, division
            division = DIVISIONS[unit % len(DIVISIONS)]
            return Ref(
                "crime",
                f"{yy}/{serial:05d}/{division}",
                (("spaced", f"{yy} {serial:05d} {division}"), ("long", f"{year}/{serial:05d}/{division}")),
            )
        if self.key == "wraysholme":  # force letter, year, C, serial
            return Ref(
                "crime",
                f"W{yy}C{serial:05d}",
                (("dashed", f"W-{yy}-C-{serial:05d}"), ("split", f"W{yy} C{serial:05d}")),
            )
        check = check_letter(serial, year)  # fennick: four-digit year, CR, serial, check letter
        return Ref(
            "crime",
            f"{year}CR{serial:05d}{check}",
            (("spaced", f"{year} CR {serial:05d} {check}"), ("short", f"CR{serial:05d}{check}/{yy}")),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        if self.key == "ockleton":  # the year, the day of the year, then a serial
            yy, doy = f"{day:%y}", f"{day.timetuple().tm_yday:03d}"
            return Ref(
                "incident",
                f"{yy}J{doy}/{number:04d}",
                (("spaced", f"{yy} J{doy} {number:04d}"), ("dashed", f"{yy}-J{doy}-{number:04d}")),
            )
        if self.key == "wraysholme":  # WL, a serial, the date with the month in letters
            month = f"{day:%b}".upper()
            return Ref(
                "incident",
                f"WL{number:04d}-{day:%d}{month}{day:%y}",
                (
                    ("spaced", f"WL {number:04d} {day:%d} {month} {day:%y}"),
                    ("long", f"WL{number:04d}-{day:%d}{month}{day.year}"),
                ),
            )
        return Ref(  # fennick: a serial, FB, the year and month
            "incident",
            f"{number:05d}-FB-{day:%y%m}",
            (("spaced", f"{number:05d} FB{day:%y%m}"), ("dotted", f"FB{day:%y%m}.{number:05d}")),
        )

    def referral_ref(self, serial: int, year: int, episode: int = 1) -> Ref:
        """`episode`: which episode of one child's person number (fennick)."""
        yy = f"{year % 100:02d}"
        if self.key == "ockleton":  # a child-in-need number: no year at all
            return Ref(
                "referral",
                f"OBC/CIN/{serial:05d}",
                (("tailed", f"CIN/{serial:05d}/OBC"), ("short", f"OBC.CIN.{serial:05d}")),
            )
        if self.key == "wraysholme":  # the exploitation meeting's year and serial
            return Ref(
                "referral",
                f"{yy}SEM/{serial:03d}",
                (("long", f"{year}-SEM-{serial:03d}"), ("spaced", f"{yy} SEM {serial:03d}")),
            )
        return Ref(
            "referral",
            f"LL{serial:07d}/E{episode}",
            (("spaced", f"LL {serial:07d} E{episode}"), ("dotted", f"LL.{serial:07d}.E{episode}")),
        )

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "ockleton":  # weekday, then day/month/year unpadded
            return f"{day:%a} {day.day}/{day.month}/{day:%y}"
        if self.key == "wraysholme":  # the month in Roman numerals
            return f"{day.day}.{ROMAN[day.month]}.{day.year}"
        return f"the {ninth.ordinal(day.day)} day of {day:%B} {day.year}"


FORCES = (
    Force(
        "ockleton",
        "O",
        "Ockleton Police",
        "Ockleton Borough Council",
        "Ockleton",
        "OQ",
        "ockleton.police.uk",
        "ockleton-borough.gov.uk",
        "Ockleton Police, Tinsmith Quay Police Office, Ockleton OQ2 6LJ",
    ),
    Force(
        "wraysholme",
        "W",
        "Wraysholme Constabulary",
        "Wraysholme County Council",
        "Wraysholme",
        "WZ",
        "wraysholme.pnn.police.uk",
        "wraysholme-cc.gov.uk",
        "Wraysholme Constabulary, Marlpit Brow Custody Centre, Wraysholme WZ5 8DF",
    ),
    Force(
        "fennick",
        "F",
        "Fennick Bay Police",
        "Fennick Bay Council",
        "Fennick",
        "FK",
        "fennickbay.police.uk",
        "fennickbay.gov.uk",
        "Fennick Bay Police, Saltpan Row Police Station, Fennick FK1 3HU",
    ),
)

OUTCOME_PLAN = seventh.OUTCOME_PLAN  # the 22 initial outcomes of a force, the unknown five last
OUTCOMES = seventh.OUTCOMES
CLOSED_OUTCOMES = seventh.CLOSED_OUTCOMES

# Each force's suspects come from its own naming tradition: (forenames, middles, surnames). In the
# Iranian tradition the middle is the father's given name; the Tamil one has none (the father's
# name stands as the surname); in the Akan one the forename is the day name and the middle the
# Christian name.
NAMES = {
    "ockleton": (
        ("Behnam", "Farhad", "Manouchehr", "Babak", "Arash", "Houshang", "Jamshid", "Payam", "Omid",
         "Fereydoun", "Kambiz", "Khosrow"),
        ("Gholamreza", "Mohammadali", "Abolfazl", "Esmaeil", "Nasrollah", "Heshmatollah", "Parviz"),
        ("Hosseini", "Yazdani", "Rahimi", "Shirazi", "Esfandiari", "Dehghan", "Mousavi", "Ghorbani",
         "Bagheri", "Nazari", "Kazemi", "Tehrani"),
    ),
    "wraysholme": (
        ("Tharshan", "Kajan", "Nirosan", "Pirashanth", "Sutharsan", "Thuvarakan", "Mathuran", "Kirushanth",
         "Vithushan", "Janarthan", "Sajeevan", "Luxshan"),
        ("",),
        ("Sivakumar", "Rasalingam", "Kanagaratnam", "Thevarajah", "Balachandran", "Nadarajah",
         "Sritharan", "Jeyakumar", "Yogarajah", "Kandiah", "Ponnambalam", "Selvanayagam"),
    ),
    "fennick": (
        ("Kwame", "Kofi", "Kwabena", "Yaw", "Kwaku", "Kwasi", "Kojo", "Kwadwo", "Ekow", "Fiifi", "Kobina",
         "Kwesi"),
        ("Emmanuel", "Theophilus", "Nathaniel", "Augustine", "Clement", "Godfred", "Fiifi"),
        ("Owusu", "Boateng", "Asante", "Agyeman", "Appiah", "Frimpong", "Amoah", "Ofori", "Adjei",
         "Darko", "Nkansah", "Opoku"),
    ),
}  # fmt: skip
STAFF_FORENAMES = (
    "Aldous", "Bathsheba", "Cressida", "Drusilla", "Eustace", "Florian", "Gwendolen", "Hyacinth",
    "Ignatius", "Jolyon", "Kester", "Loveday", "Marmion", "Nerissa", "Ottilie", "Percival", "Quentin",
    "Romola", "Sabine", "Tarquin",
)  # fmt: skip
STAFF_SURNAMES = (
    "Courtauld", "Bosanquet", "Chenevix", "Garnault", "Lefroy", "Majendie", "Papillon", "Tessier",
    "Vignoles", "Boileau", "Dollond", "Fonnereau", "Houblon", "Ligonier", "Minet", "Portal",
    "Riou", "Saurin", "Teulon", "Vanneck",
)  # fmt: skip
STREET_STEMS = (
    "Flamsteed", "Lassell", "Maskelyne", "Herschel", "Challis", "Horrocks", "Dawes", "Huggins",
    "Bradwardine", "Gascoigne", "Pond", "Bliss",
)  # fmt: skip
STREET_KINDS = ("Crescent", "Rise", "Mount", "Gardens")
VEHICLES = (
    "maroon Rover 620", "bronze Kia Sedona", "white Citroen Berlingo", "green Renault Espace",
    "black Audi A4 Avant", "plum Vauxhall Sintra", "silver Daewoo Nubira", "orange Fiat Multipla",
)  # fmt: skip
OFFENCES = (
    "raping a thirteen-year-old girl in a flat over a launderette",
    "controlling a fourteen-year-old for sexual exploitation",
    "paying a fifteen-year-old girl for sex acts",
    "harbouring a fourteen-year-old missing from care",
    "grooming a twelve-year-old through a chat application",
    "sexually assaulting a thirteen-year-old in a parked car",
    "trafficking a fifteen-year-old between towns for sex",
    "making indecent images of a fourteen-year-old",
)  # fmt: skip
SUBJECT_CODES = (
    "Child Tango", "Child Quebec", "Victim 7B", "Victim 3F", "Person K2", "Person R5",
    "Complainant X-11", "Complainant X-14", "YP Juno", "YP Vesta",
)  # fmt: skip
PROFESSIONS = (
    "missing children's return interviewer", "looked-after children's nurse",
    "school safeguarding lead", "exploitation outreach worker", "residential home manager",
    "independent reviewing officer",
)  # fmt: skip
WITNESS_JOBS = ("launderette attendant", "night porter", "off-licence shopkeeper",
                "bus driver", "car wash hand", "hotel receptionist")  # fmt: skip
OPERATIONS = ("Lyra", "Carina", "Pyxis", "Fornax", "Draco", "Vela")
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXY"
# Ofcom's drama ranges for landlines: the number less its last three digits.
LANDLINES = ("0113 496 0", "0161 496 0", "0121 496 0", "0117 496 0")
RANKS = ("DC", "PC", "DS", "TDC")
SUPERVISOR_RANKS = ("DS", "DI", "DCI", "Ch Insp")


@dataclass
class Person(seventh.Person):
    """Someone named in a case's files: the seventh set's person, written in this set's styles."""

    tradition: str = "ockleton"  # the force whose naming tradition a suspect's name comes from
    cro: str = ""  # the record office number Fennick writes after an arrested man's name

    def written(self, force: str) -> str:
        """The name as a force's officers write a suspect, whatever his tradition: Ockleton family name
        first; Wraysholme the family (or father's) name first and the date of birth; Fennick the
        surname, a comma, the other names and the record office number."""
        middle = f" {self.middle}" if self.middle else ""
        if force == "ockleton":
            return f"{self.surname}{middle} {self.forename}"
        if force == "wraysholme":
            born = f" (DOB {FORCES[1].date(self.born)})" if self.born else ""
            return f"{self.surname} {self.forename}{middle}{born}"
        cro = f" (CRO {self.cro})" if self.cro else ""
        return f"{self.surname}, {self.forename}{middle}{cro}"

    @property
    def officer(self) -> str:
        """Rank, name and warrant number, as these forces sign."""
        return f"{self.rank} {self.short}, warrant {self.collar}"


class World(ninth.World):
    """Builds the cases, deterministically from a seed: the ninth set's builder (references, look-ups,
    people), with this set's forces, people, phones and things."""

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
                for n in range(4 + position, 96, 9)  # house numbers no other force's streets have
            ]
            for position, force in enumerate(FORCES)
        }
        for pool in self.street_pool.values():
            self.rng.shuffle(pool)

    def new_address(self, force: Force) -> Item:  # type: ignore[override]
        number, stem, kind = self.street_pool[force.key].pop()
        district = f"{force.postcode}{self.rng.randint(1, 9)} {self.rng.randint(1, 9)}"
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
        person.born = date(1957, 1, 1) + timedelta(days=self.rng.randint(0, 27 * 365))
        person.tradition = force.key
        if evidence in ("arrested", "charged") and force.key == "fennick":
            person.cro = f"{self.rng.randint(1000, 99999)}/{person.born.year % 100:02d}"
            person.cro += CHECK_LETTERS[self.rng.randint(0, 22)]
        return person

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:  # type: ignore[override]
        while True:
            forename, surname = self.rng.choice(STAFF_FORENAMES), self.rng.choice(STAFF_SURNAMES)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                break
        person = Person(forename, surname, role, rank=rank, job=job)
        person.collar = str(self.rng.randint(10000, 29999)) if rank else ""
        return person

    def new_phone(self, landline: bool = False) -> Item:
        if landline:
            return Item("phone", f"{self.rng.choice(LANDLINES)}{self.unique_number(100, 999):03d}")
        return Item("phone", f"07700 900{self.unique_number(100, 999):03d}")

    def new_vehicle(self, year: int) -> Item:
        tail = "".join(self.rng.sample(PLATE_LETTERS, 3))
        if year < 2001:
            plate_year = "RSTVWXY"[min(max(year - 1998, 0), 6)]
            return Item(
                "vehicle", f"{plate_year}{self.unique_number(11, 899)} {tail}", self.rng.choice(VEHICLES)
            )
        area = "".join(self.rng.sample(PLATE_LETTERS, 2))
        plate = f"{area}{(year % 100) + (50 if self.rng.random() < 0.5 else 0):02d} {tail}"
        return Item("vehicle", plate, self.rng.choice(VEHICLES))

    def build(self) -> list[Case]:
        """The plain cases of each force, before `plants.plant_all` places the traps."""
        for force in FORCES:
            for index, outcome in enumerate(OUTCOME_PLAN):
                self.cases.append(self.new_case(force, index, outcome))
        return self.cases

    def new_case(self, force: Force, index: int, outcome: str) -> Case:  # type: ignore[override]
        rng = self.rng
        case = Case(
            key=f"{force.letter}{index + 1:02d}",
            force=force,  # type: ignore[arg-type]
            outcome_initial=outcome,
            reported=date(1997, 9, 8) + timedelta(days=rng.randint(0, 12 * 365)),
            offence=rng.choice(OFFENCES),
            subject=rng.choice(SUBJECT_CODES),
            officer=self.new_staff("officer", rank=rng.choice(RANKS)),
            supervisor=self.new_staff("officer", rank=rng.choice(SUPERVISOR_RANKS)),
            professional=self.new_staff("professional", job=rng.choice(PROFESSIONS)),
            unit=rng.randint(0, 4),
        )
        case.outcome_final = outcome
        self.give_references(case, index)
        self.give_people(case)
        if outcome in CLOSED_OUTCOMES:
            case.closed = case.reported + timedelta(days=rng.randint(95, 400))
        case.final_date = case.closed
        return case

    def crime_serial(self, force: Force) -> int:  # type: ignore[override]
        low, high = {"ockleton": (300, 99000), "wraysholme": (100, 60000)}.get(force.key, (1000, 90000))
        return self.unique_number(low, high)

    def referral_serial(self, force: Force) -> int:  # type: ignore[override]
        low, high = {"ockleton": (100, 90000), "wraysholme": (100, 999)}.get(force.key, (10000, 990000))
        return self.unique_number(low, high)

    def give_people(self, case: Case) -> None:
        """The ninth set's people, with this set's witness jobs."""
        super().give_people(case)
        if case.witness:
            case.witness.job = self.rng.choice(WITNESS_JOBS)
