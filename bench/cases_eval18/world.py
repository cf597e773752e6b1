"""The invented world of the eighteenth set: three more forces and their councils, 66 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a crime number keyed to the half-year (H1 January to June, H2 July to
December) whose serial starts again each half; a call number keyed to the fortnight of the year; a
council number keyed to the school term (SP, SU, AU); a crime number carrying an offence class
letter; a control room log number carrying the month's three-letter abbreviation; a council number
carrying the ward; a crime serial printed in two groups of three digits; an event number carrying
the hour of the call and a serial within that hour; and a council number carrying the team. Each
force writes a suspect in its own style, whatever his tradition (Slovak, Bulgarian or
Slovene names): every name and his weight in stones and pounds; every name and his passport
number; every name and his warning markers. Dates are written 17th Dec 2004, 17-12-04 and
Friday 17/12/2004.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bench.cases_eval2.world import Item, Ref
from bench.cases_eval7 import world as seventh
from bench.cases_eval7.world import Case
from bench.cases_eval17 import world as seventeenth

__all__ = ["Case", "Force", "Item", "Person", "Ref", "World"]

OFFENCE_CLASSES = "STPK"  # Wendlecombe's crime classes: sexual, trafficking, images, abduction
TEAMS = ("FD", "CIN", "CP", "LAC")  # Pellingford's council teams: front door, child in need, ...
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def half_of(month_index: int) -> str:
    """H1 is January to June, H2 July to December; `month_index` 0 is January."""
    return "H1" if month_index < 6 else "H2"


def term_of(month_index: int) -> str:
    """Thirlwick's council terms: SP January to April, SU May to August, AU September to December."""
    return ("SP", "SU", "AU")[month_index // 4]


def fortnight_of(day: date) -> int:
    """The fortnight of the year: 1 January to 14 January is fortnight 1."""
    return (day.timetuple().tm_yday - 1) // 14 + 1


def hour_and_serial(number: int) -> tuple[int, int]:
    """Pellingford's event number: the hour of the call (08 to 22) and a two-digit serial in it."""
    return 8 + number % 15, number // 15 % 90 + 10


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


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
        if self.key == "thirlwick":  # SY, the year and the half, a five-digit serial
            half = half_of(unit % 12)
            return Ref(
                "crime",
                f"SY/{yy}{half}/{serial:05d}",
                (("spaced", f"SY {yy} {half} {serial:05d}"), ("halfyear", f"{serial:05d}/{year}-{half}")),
            )
        if self.key == "wendlecombe":  # WC, the offence class, the year, a five-digit serial
            klass = OFFENCE_CLASSES[unit % 4]
            return Ref(
                "crime",
                f"WC/{klass}/{yy}/{serial:05d}",
                (
                    ("spaced", f"WC {klass} {yy} {serial:05d}"),
                    ("classlast", f"{serial:05d}/{yy} class {klass}"),
                ),
            )
        digits = f"{serial:06d}"  # pellingford: PF, the serial in two groups of three, the year
        return Ref(
            "crime",
            f"PF {digits[:-3]} {digits[-3:]}/{yy}",
            (("runtogether", f"PF{digits} of {year}"), ("grouped", f"{digits[:-3]}-{digits[-3:]}-PF-{year}")),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        yy = f"{day.year % 100:02d}"
        if self.key == "thirlwick":  # FN, the fortnight of the year, the year, a serial
            fortnight = fortnight_of(day)
            return Ref(
                "incident",
                f"FN{fortnight:02d}/{yy}/{number:04d}",
                (
                    ("spaced", f"FN {fortnight:02d} {yy} {number:04d}"),
                    ("worded", f"call {number:04d} in fortnight {fortnight:02d} of {day.year}"),
                ),
            )
        if self.key == "wendlecombe":  # CC, the year, the month's abbreviation, a serial
            month = MONTHS[day.month - 1]
            return Ref(
                "incident",
                f"CC{yy}{month}{number:04d}",
                (
                    ("spaced", f"CC {yy} {month} {number:04d}"),
                    ("worded", f"log {number:04d}, {day:%B} {day.year}"),
                ),
            )
        hour, serial = hour_and_serial(number)  # pellingford: EV, the year, day and month, the hour
        return Ref(
            "incident",
            f"EV{yy}-{day:%d%m}-{hour:02d}h{serial:02d}",
            (
                ("spaced", f"EV {yy} {day:%d%m} {hour:02d}h {serial:02d}"),
                ("worded", f"event {serial:02d} at {hour:02d}h on {day:%d/%m/%y}"),
            ),
        )

    def referral_ref(self, serial: int, year: int, area: int = 0) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "thirlwick":  # TMBC, the school term and the year, a serial
            term = term_of(area % 12)
            return Ref(
                "referral",
                f"TMBC/{term}{yy}/{serial:04d}",
                (
                    ("spaced", f"TMBC {term} {yy} {serial:04d}"),
                    ("termlast", f"{serial:04d} {term} term {year}"),
                ),
            )
        if self.key == "wendlecombe":  # WCC, the ward, a serial, the year
            ward = area % 14 + 1
            return Ref(
                "referral",
                f"WCC-W{ward:02d}-{serial:04d}-{yy}",
                (
                    ("spaced", f"WCC W{ward:02d} {serial:04d} {yy}"),
                    ("worded", f"ward {ward:02d} referral {serial:04d}/{year}"),
                ),
            )
        team = TEAMS[area % 4]  # pellingford: PUC, the team, a serial, the year
        return Ref(
            "referral",
            f"PUC/{team}/{serial:04d}/{yy}",
            (("dotted", f"PUC.{team}.{serial:04d}.{yy}"), ("teamlast", f"{serial:04d}/{yy} ({team} team)")),
        )

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "thirlwick":
            return f"{ordinal(day.day)} {day:%b} {day.year}"
        if self.key == "wendlecombe":
            return f"{day:%d-%m-%y}"
        return f"{day:%A} {day:%d/%m/%Y}"


FORCES = (
    Force(
        "thirlwick",
        "S",
        "Thirlwick Police",
        "Thirlwick Metropolitan Borough Council",
        "Thirlwick",
        "YQ",
        "thirlwick.police.uk",
        "thirlwick-mbc.gov.uk",
        "Thirlwick Police, Coopersgate Public Protection Unit, Thirlwick YQ4 2TN",
    ),
    Force(
        "wendlecombe",
        "W",
        "Wendlecombe Constabulary",
        "Wendlecombe County Council",
        "Wendlecombe",
        "JX",
        "wendlecombe.police.uk",
        "wendlecombe-cc.gov.uk",
        "Wendlecombe Constabulary, Saddlersyke Vulnerability Hub, Wendlecombe JX7 5LD",
    ),
    Force(
        "pellingford",
        "P",
        "Pellingford Police",
        "Pellingford Unitary Council",
        "Pellingford",
        "UV",
        "pellingford.police.uk",
        "pellingford-uc.gov.uk",
        "Pellingford Police, Hollowmarsh Lane Child Protection Team, Pellingford UV6 8RB",
    ),
)

OUTCOME_PLAN = seventh.OUTCOME_PLAN  # the 22 initial outcomes of a force, the unknown five last
OUTCOMES = seventh.OUTCOMES
CLOSED_OUTCOMES = seventh.CLOSED_OUTCOMES

# (forenames, middles, surnames) per force: Slovak, with a second given name, and its ľ, ĺ, ŕ, ô,
# ď, ť and háčeks; Bulgarian, romanised, whose middle name is the father's given name made into a
# patronymic (Angelov: son of Angel); Slovene, with a second given name, and its č, š and ž. Only
# the Bulgarian names, plain ASCII, can stand in every force's encoding.
NAMES = {
    "thirlwick": (
        ("Ľubomír", "Branislav", "Radoslav", "Juraj", "Dušan", "Marián", "Štefan", "Ľudovít", "Matúš",
         "Jozef", "Miroslav", "Ondrej"),
        ("Mikuláš", "Peter", "Vladimír", "Róbert", "Ľuboš", "Kamil", "Tibor"),
        ("Kováč", "Hudák", "Lukáč", "Šimko", "Ďurica", "Hríbik", "Štrba", "Kollár", "Baláž", "Bystrický",
         "Kmeť", "Ťapák"),
    ),
    "wendlecombe": (
        ("Hristo", "Stoyan", "Kiril", "Todor", "Zdravko", "Plamen", "Lyubomir", "Rumen", "Tsvetan",
         "Krasimir", "Kaloyan", "Petko"),
        ("Angelov", "Iliev", "Kolev", "Marinov", "Nedev", "Genchev", "Atanasov"),
        ("Georgiev", "Zhelyazkov", "Dimitrov", "Todorov", "Hristov", "Tsvetkov", "Yordanov", "Petkov",
         "Vulchev", "Bozhilov", "Ganchev", "Anguelov"),
    ),
    "pellingford": (
        ("Matjaž", "Primož", "Blaž", "Gregor", "Jure", "Tadej", "Žiga", "Aljaž", "Boštjan", "Uroš",
         "Janez", "Anže"),
        ("Gašper", "Klemen", "Nejc", "Mitja", "Tilen", "Ambrož", "Erazem"),
        ("Horvat", "Kranjc", "Zupančič", "Kovačič", "Potočnik", "Mlakar", "Vidmar", "Božič", "Hribar",
         "Korošec", "Rozman", "Kastelic"),
    ),
}  # fmt: skip
MARKERS = ("VIOLENT", "DRUGS", "WEAPONS", "ESCAPER", "SELF-HARM", "CONTAGIOUS")
STAFF_FORENAMES = (
    "Columba", "Melisende", "Philemon", "Saffron", "Aldith", "Cuthwin", "Elfrida", "Fridolin",
    "Gunhild", "Hildegard", "Nectan", "Sigrid", "Tegwen", "Caradoc", "Dilys", "Elowen", "Ffion",
    "Iestyn", "Kerensa", "Meraud",
)  # fmt: skip
STAFF_SURNAMES = (
    "Cruickshank", "Egglestone", "Fazackerley", "Hindmarsh", "Kirkbride", "Lumsden", "Muckle",
    "Postlethwaite", "Tinkler", "Wagstaffe", "Athersmith", "Frankland", "Attwooll", "Brimblecombe",
    "Chudleigh", "Dingwall", "Esplin", "Fennimore", "Gallimore", "Kitchingman",
)  # fmt: skip
STREET_STEMS = (
    "Chanterelle", "Morel", "Puffball", "Inkcap", "Blewit", "Truffle", "Earthstar", "Waxcap",
    "Brittlegill", "Milkcap", "Porcini", "Oyster",
)  # fmt: skip
STREET_KINDS = ("Wynd", "Croft", "Pightle", "Loke")
VEHICLES = (
    "mustard Vauxhall Meriva", "plum Toyota Avensis", "bronze Peugeot Partner", "teal Citroen Xsara",
    "maroon Mitsubishi Shogun", "ivory Hyundai Getz", "slate Chrysler Voyager", "jade Daewoo Matiz",
)  # fmt: skip
OFFENCES = (
    "plying a schoolgirl of fourteen with vodka in rooms over a launderette, then abusing her",
    "ferrying a thirteen-year-old to other towns where strangers abused her",
    "befriending a fifteen-year-old over a games console chat and then abusing her",
    "abusing a schoolgirl of fourteen in a lock-up garage behind a parade of shops",
    "handing a thirteen-year-old round his friends at a caravan",
    "filming a fifteen-year-old and selling the recordings",
    "abusing a schoolgirl of fourteen, the mobile he bought her being the bait",
    "offering a thirteen-year-old lifts and food, then demanding sex in return",
)  # fmt: skip
SUBJECT_CODES = (
    "Young person Heron", "Young person Plover", "Child 7A", "Child 9C", "Pupil Sorrel",
    "Pupil Yarrow", "Case subject 41", "Case subject 58", "Girl Nightjar", "Girl Kestrel",
)  # fmt: skip
PROFESSIONS = (
    "education welfare officer", "looked after children nurse", "targeted youth support worker",
    "residential key worker", "designated safeguarding lead", "substance misuse worker",
)  # fmt: skip
WITNESS_JOBS = (
    "launderette attendant", "taxi rank marshal", "amusement arcade cashier", "petrol station clerk",
    "chip shop fryer", "crossing warden",
)  # fmt: skip
OPERATIONS = ("Ostinato", "Glissando", "Pizzicato", "Arpeggio", "Rubato", "Staccato")
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
LANDLINES = ("0117 496 0", "0161 496 0", "0113 496 0")  # Ofcom drama ranges, less the last three digits
RANKS = ("DC", "PC", "DC", "TDC")
SUPERVISOR_RANKS = ("DS", "DI", "DCI", "Supt")


@dataclass
class Person(seventeenth.Person):
    """Someone named in a case's files: the seventeenth set's person, written in this set's styles."""

    weight: tuple[int, int] = (0, 0)  # stones and pounds Thirlwick writes after a suspect's name
    passport: str = ""  # the passport number Wendlecombe writes after a suspect's name
    markers: str = ""  # the warning markers Pellingford writes after a suspect's name

    def written(self, force: str) -> str:
        """Thirlwick: every name and the weight; Wendlecombe: every name and the passport number;
        Pellingford: every name and the warning markers."""
        middle = f" {self.middle}" if self.middle else ""
        name = f"{self.forename}{middle} {self.surname}"
        if force == "thirlwick":
            stones, pounds = self.weight
            return f"{name}, weight {stones} st {pounds} lb" if stones else name
        if force == "wendlecombe":
            return f"{name} (passport {self.passport})" if self.passport else name
        return f"{name} [WM: {self.markers}]" if self.markers else name

    @property
    def officer(self) -> str:
        """Rank, name and warrant number, as these forces sign."""
        return f"{self.rank} {self.short}, warrant {self.collar}"


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
                for n in range(2 + position, 160, 9)
            ]
            for position, force in enumerate(FORCES)
        }
        for pool in self.street_pool.values():
            self.rng.shuffle(pool)

    def new_address(self, force: Force) -> Item:  # type: ignore[override]
        number, stem, kind = self.street_pool[force.key].pop()
        district = f"{force.postcode}{self.rng.randint(10, 19)} {self.rng.randint(1, 9)}"
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
        person.born = date(1961, 5, 1) + timedelta(days=self.rng.randint(0, 25 * 365))
        person.tradition = force.key
        self.give_marks(person)
        return person

    def give_marks(self, person: Person) -> None:
        """What each force notes beside a suspect: weight, passport, warning markers."""
        person.weight = (self.rng.randint(9, 18), self.rng.randint(0, 13))
        person.passport = (
            "".join(self.rng.sample("CDFHJKLMNPRTVX", 2)) + f"{self.unique_number(100000, 999999)}"
        )
        person.markers = "/".join(sorted(self.rng.sample(MARKERS, self.rng.choice((1, 2)))))

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:  # type: ignore[override]
        while True:
            forename, surname = self.rng.choice(STAFF_FORENAMES), self.rng.choice(STAFF_SURNAMES)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                break
        person = Person(forename, surname, role, rank=rank, job=job)
        person.collar = f"{self.rng.randint(10000, 49999)}" if rank else ""
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
            reported=date(2002, 1, 14) + timedelta(days=rng.randint(0, 9 * 365)),
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
            case.closed = case.reported + timedelta(days=rng.randint(110, 420))
        case.final_date = case.closed
        return case

    def build(self) -> list[Case]:
        """The plain cases of each force, before `plants.plant_all` places the traps."""
        for force in FORCES:
            for index, outcome in enumerate(OUTCOME_PLAN):
                self.cases.append(self.new_case(force, index, outcome))
        return self.cases

    def date_references(self, case: Case) -> None:
        """Re-key the references whose layout depends on the month of the report (a Thirlwick crime
        number's half-year, its council number's school term) or on the case (a Wendlecombe ward, a
        Pellingford team)."""
        force, year = case.force, case.reported.year
        if case.referral and force.key == "wendlecombe":  # the ward of the child's home
            serial = int(case.referral.value.split("-")[2])
            case.referral = force.referral_ref(serial, year, case.unit)  # type: ignore[arg-type]
        if case.referral and force.key == "pellingford":  # the team that took the contact
            serial = int(case.referral.value.split("/")[2])
            case.referral = force.referral_ref(serial, year, case.unit)  # type: ignore[arg-type]
        if force.key != "thirlwick":
            return
        if case.crime:
            serial = int(case.crime.value.rsplit("/", 1)[1])
            case.unit = case.reported.month - 1
            case.crime = force.crime_ref(serial, year, case.unit)  # type: ignore[arg-type]
        if case.referral:
            serial = int(case.referral.value.rsplit("/", 1)[1])
            case.referral = force.referral_ref(serial, year, case.reported.month - 1)  # type: ignore[arg-type]

    def give_people(self, case: Case) -> None:
        """The seventh set's people, with this set's witness jobs."""
        seventh.World.give_people(self, case)  # type: ignore[arg-type]
        if case.witness:
            case.witness.job = self.rng.choice(WITNESS_JOBS)
