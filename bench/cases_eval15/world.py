"""The invented world of the fifteenth set: three more forces and their councils, 66 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a crime number of a six-digit serial, CW and the year; a crime number
carrying a division's digit (QP1 to QP5), a five-digit serial and the year; a crime number of H, the
four-digit year and a seven-digit serial run together; an event number that is the date and the
minute of the call (CW, YYMMDD, T, HHMM); an incident number of F, the fortnight of the year, the
year and a serial within it; a call number of a serial, a slash, HX and the day and month, without a year;
and council numbers of CDC-SG, a serial and the year, of QBC/EHA, a serial and the year after a
dot, and of HCC-CS, the year and a serial.
Each force writes a suspect in its own style, whatever his tradition (Icelandic, Estonian or
Maltese names): every name and his height; every name and a distinguishing mark; every name and his
hair. Dates are written as 17122004, as Dec-17-2004 and as Dec. 17, 2004.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bench.cases_eval2.world import Item, Ref
from bench.cases_eval7 import world as seventh
from bench.cases_eval7.world import Case
from bench.cases_eval14 import world as fourteenth

__all__ = ["Case", "Force", "Item", "Person", "Ref", "World"]


def fortnight(day: date) -> int:
    """The fortnight of the year (1-27): days 1-14 are the first."""
    return (day.timetuple().tm_yday - 1) // 14 + 1


def clock(number: int) -> tuple[int, int]:
    """A call's time of day (hour, minute), made from its serial: the log number is the time."""
    return divmod(number % 1440, 60)


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
        if self.key == "calderwick":  # a six-digit serial, CW, the year
            return Ref(
                "crime",
                f"{serial:06d}CW{yy}",
                (("spaced", f"{serial:06d} CW {yy}"), ("yearfirst", f"{year}.CW.{serial:06d}")),
            )
        if self.key == "quernmoor":  # QP and a division's digit, a five-digit serial, the year
            division = f"QP{unit % 5 + 1}"
            return Ref(
                "crime",
                f"{division}-{serial:05d}-{yy}",
                (("spaced", f"{division} {serial:05d} {yy}"), ("reversed", f"{yy}.{serial:05d}.{division}")),
            )
        return Ref(  # hobcarton: H, the four-digit year, a seven-digit serial, run together
            "crime",
            f"H{year}{serial:07d}",
            (("split", f"H {year} {serial:07d}"), ("slashed", f"{serial:07d}/H/{yy}")),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        if self.key == "calderwick":  # CW, the date as YYMMDD, T and the time of the call
            hh, mm = clock(number)
            return Ref(
                "incident",
                f"CW{day:%y%m%d}T{hh:02d}{mm:02d}",
                (
                    ("spaced", f"CW {day:%d/%m/%y} {hh:02d}:{mm:02d}"),
                    ("worded", f"event of {day:%d.%m.%Y} at {hh:02d}{mm:02d}hrs"),
                ),
            )
        if self.key == "quernmoor":  # F, the year, the fortnight of the year, a serial within it
            yy, fn = f"{day.year % 100:02d}", fortnight(day)
            return Ref(
                "incident",
                f"F{fn:02d}.{yy}.{number:04d}",
                (
                    ("spaced", f"F {fn:02d} {yy} {number:04d}"),
                    ("worded", f"fortnight {fn:02d}/{day.year} no. {number:04d}"),
                ),
            )
        return Ref(  # hobcarton: a serial, HX, the day and month (no year)
            "incident",
            f"{number:04d}/HX{day:%d%m}",
            (("spaced", f"{number:04d} HX {day:%d/%m}"), ("worded", f"call {number:04d} on {day:%d/%m}")),
        )

    def referral_ref(self, serial: int, year: int, area: int = 0) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "calderwick":  # CDC-SG, a four-digit serial, the year
            return Ref(
                "referral",
                f"CDC-SG{serial:04d}-{yy}",
                (("spaced", f"CDC SG {serial:04d} {yy}"), ("long", f"SG-{year}.{serial:04d}")),
            )
        if self.key == "quernmoor":  # QBC/EHA, a four-digit serial, a dot, the year
            return Ref(
                "referral",
                f"QBC/EHA/{serial:04d}.{yy}",
                (("spaced", f"QBC-EHA {serial:04d}/{year}"), ("short", f"EHA/{yy}-{serial:04d}")),
            )
        return Ref(  # hobcarton: HCC-CS, the year, a four-digit serial
            "referral",
            f"HCC-CS/{yy}/{serial:04d}",
            (("spaced", f"CS {serial:04d} HCC {yy}"), ("tight", f"CS{yy}-{serial:04d}HCC")),
        )

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "calderwick":
            return f"{day:%d%m%Y}"
        if self.key == "quernmoor":
            return f"{day:%b}-{day.day:02d}-{day.year}"
        return f"{day:%b}. {day.day}, {day.year}"


FORCES = (
    Force(
        "calderwick",
        "C",
        "Calderwick Police",
        "Calderwick District Council",
        "Calderwick",
        "KQ",
        "calderwick.police.uk",
        "calderwick-dc.gov.uk",
        "Calderwick Police, Flaxmill Yard Public Protection Office, Calderwick KQ4 7NB",
    ),
    Force(
        "quernmoor",
        "Q",
        "Quernmoor Police",
        "Quernmoor Borough Council",
        "Quernmoor",
        "QX",
        "quernmoor.police.uk",
        "quernmoor-bc.gov.uk",
        "Quernmoor Police, Sailmakers Row Police Office, Quernmoor QX3 2QE",
    ),
    Force(
        "hobcarton",
        "H",
        "Hobcarton Constabulary",
        "Hobcarton County Council",
        "Hobcarton",
        "HT",
        "hobcarton.police.uk",
        "hobcarton-cc.gov.uk",
        "Hobcarton Constabulary, Kilnhouse Row Safeguarding Unit, Hobcarton HT8 5WF",
    ),
)

OUTCOME_PLAN = seventh.OUTCOME_PLAN  # the 22 initial outcomes of a force, the unknown five last
OUTCOMES = seventh.OUTCOMES
CLOSED_OUTCOMES = seventh.CLOSED_OUTCOMES

# (forenames, middles, surnames) per force, each a second given name in the middle: Icelandic (the
# surname a patronymic), Estonian and Maltese.
NAMES = {
    "calderwick": (
        ("Gunnar", "Sigurður", "Hallgrímur", "Ragnar", "Einar", "Þorsteinn", "Kjartan", "Bjarni", "Snorri",
         "Ólafur", "Hrafn", "Ævar"),
        ("Þór", "Már", "Örn", "Freyr", "Bragi", "Ingvi", "Logi"),
        ("Jónsson", "Einarsson", "Kristjánsson", "Stefánsson", "Ragnarsson", "Hallsson", "Ólafsson",
         "Björnsson", "Gíslason", "Magnússon", "Hermannsson", "Pálsson"),
    ),
    "quernmoor": (
        ("Tõnu", "Jüri", "Priit", "Toomas", "Urmas", "Margus", "Tarmo", "Ülo", "Siim", "Raivo", "Jaanus",
         "Mihkel"),
        ("Aivo", "Heino", "Kalju", "Lembit", "Tiit", "Enn", "Rünno"),
        ("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik",
         "Vaher"),
    ),
    "hobcarton": (
        ("Ġużeppi", "Ċensu", "Karmenu", "Pawlu", "Ġorġ", "Anġlu", "Saviour", "Salvu", "Ninu", "Wistin",
         "Leli", "Żepp"),
        ("Toni", "Ġwann", "Manwel", "Rożarju", "Dumink", "Ġakbu", "Frenċ"),
        ("Camilleri", "Farrugia", "Azzopardi", "Mifsud", "Galea", "Cassar", "Zammit", "Spiteri", "Debono",
         "Buttigieg", "Xuereb", "Bonello"),
    ),
}  # fmt: skip
MARKS = (
    "anchor tattoo on the left forearm", "scar through the right eyebrow", "gold front tooth",
    "swallow tattoo on the neck", "missing tip of the left ring finger", "burn mark on the right hand",
)  # fmt: skip
HAIR = ("fair, cropped", "black, slicked back", "grey, balding", "ginger, ponytail", "brown, curly")
STAFF_FORENAMES = (
    "Melchior", "Ysolde", "Ansel", "Bellamy", "Radegund", "Aurelian", "Benedicta", "Elphin", "Jerusha",
    "Nerys", "Quintus", "Ravenna", "Ulric", "Vashti", "Wilfreda", "Alaric", "Bertilde", "Eulalia",
    "Gervase", "Keturah",
)  # fmt: skip
STAFF_SURNAMES = (
    "Pocklington", "Scarisbrick", "Spedding", "Throup", "Ackernley", "Balderstone", "Clitheroe", "Garsden",
    "Netherwood", "Pighills", "Airey", "Dobby", "Inman", "Kitching", "Mawson", "Smithies", "Tetley",
    "Perkin", "Quennell",
)  # fmt: skip
STREET_STEMS = (
    "Orpine", "Tormentil", "Sneezewort", "Selfheal", "Meadowsweet", "Stitchwort", "Valerian", "Hawkbit",
    "Ramsons", "Moschatel", "Bugloss", "Dropwort",
)  # fmt: skip
STREET_KINDS = ("Ginnel", "Brow", "Garth", "Rise")
VEHICLES = (
    "lilac Nissan Micra", "champagne Honda Accord", "two-tone Fiat Doblo", "gunmetal Skoda Octavia",
    "yellow Renault Kangoo", "burgundy Kia Sedona", "teal Daewoo Matiz", "pearl Lexus IS200",
)  # fmt: skip
OFFENCES = (
    "befriending a 13-year-old in an online game, then meeting her",
    "assaulting a 14-year-old at a flat used as a party house",
    "driving a 15-year-old to hotels where other men waited",
    "giving a 14-year-old cannabis and sleeping with her",
    "keeping a 13-year-old overnight in a caravan on waste ground",
    "recording a 15-year-old with a hidden camera in a bedsit",
    "trading a 14-year-old's sexual favours to settle a drug debt",
    "sending a 13-year-old explicit pictures and asking for hers",
)  # fmt: skip
SUBJECT_CODES = (
    "Girl Wren", "Girl Plover", "Pupil K4", "Pupil M9", "Person Sorrel", "Person Bracken", "Looked-after X3",
    "Looked-after Z8", "Juvenile Osier", "Juvenile Teasel",
)  # fmt: skip
PROFESSIONS = (
    "missing-from-care coordinator", "foster carer support worker", "pupil referral unit pastoral lead",
    "sexual health outreach nurse", "youth offending case manager", "duty social worker, front door team",
)  # fmt: skip
WITNESS_JOBS = (
    "hotel night receptionist", "bus driver on the late route", "takeaway delivery rider",
    "car wash attendant", "amusement arcade cashier", "off-licence shopkeeper",
)  # fmt: skip
OPERATIONS = ("Dotterel", "Wryneck", "Garganey", "Twite", "Shelduck", "Smew")
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
LANDLINES = ("020 7946 0", "0113 496 0", "029 2018 0")  # Ofcom drama ranges, less the last three digits
RANKS = ("DC", "PC", "DC", "PCSO")
SUPERVISOR_RANKS = ("DS", "DI", "A/DI", "DSupt")


@dataclass
class Person(fourteenth.Person):
    """Someone named in a case's files: the fourteenth set's person, written in this set's styles."""

    height: int = 0  # what Calderwick writes after a suspect's name, in centimetres
    mark: str = ""  # the distinguishing mark Quernmoor writes after a suspect's name
    hair: str = ""  # what Hobcarton writes after a suspect's name

    def written(self, force: str) -> str:
        """Calderwick: every name and the height; Quernmoor: every name and a distinguishing mark;
        Hobcarton: every name and the hair."""
        middle = f" {self.middle}" if self.middle else ""
        name = f"{self.forename}{middle} {self.surname}"
        if force == "calderwick":
            return f"{name} (ht {self.height} cm)" if self.height else name
        if force == "quernmoor":
            return f"{name}, mark: {self.mark}" if self.mark else name
        return f"{name} — hair: {self.hair}" if self.hair else name

    @property
    def officer(self) -> str:
        """Rank, name and collar number, as these forces sign."""
        return f"{self.rank} {self.short} [{self.collar}]"


class World(fourteenth.World):
    """Builds the cases: the fourteenth set's builder (and through it the thirteenth, tenth, ninth and
    seventh sets' references, look-ups and people), with this set's forces, people and things."""

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
                for n in range(2 + position, 140, 9)
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
        person.born = date(1958, 6, 1) + timedelta(days=self.rng.randint(0, 26 * 365))
        person.tradition = force.key
        person.height = self.rng.randint(160, 196)
        person.mark = self.rng.choice(MARKS)
        person.hair = self.rng.choice(HAIR)
        return person

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:  # type: ignore[override]
        while True:
            forename, surname = self.rng.choice(STAFF_FORENAMES), self.rng.choice(STAFF_SURNAMES)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                break
        person = Person(forename, surname, role, rank=rank, job=job)
        person.collar = f"{self.rng.randint(1000, 9899)}" if rank else ""
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
            reported=date(2001, 2, 5) + timedelta(days=rng.randint(0, 9 * 365)),
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
            case.closed = case.reported + timedelta(days=rng.randint(100, 430))
        case.final_date = case.closed
        return case

    def build(self) -> list[Case]:
        """The plain cases of each force, before `plants.plant_all` places the traps."""
        for force in FORCES:
            for index, outcome in enumerate(OUTCOME_PLAN):
                self.cases.append(self.new_case(force, index, outcome))
        return self.cases

    def give_people(self, case: Case) -> None:
        """The seventh set's people, with this set's witness jobs."""
        seventh.World.give_people(self, case)  # type: ignore[arg-type]
        if case.witness:
            case.witness.job = self.rng.choice(WITNESS_JOBS)
