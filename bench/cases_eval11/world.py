"""The invented world of the eleventh set: three more forces and their councils, 66 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a crime number of the two-digit year, a six-digit serial and a station
code; one of the year, a serial and a station suffix; one of a force prefix, the year, a serial
and a CR tail; a log number of a serial, the day and month, and the year; one of a quarter of the
year, the year and a serial; one of B, the date as six digits and a serial; and council numbers of
an early-help serial with the year, an unpadded serial after R and the year, and an exploitation
panel serial with the year and an area letter.
Each force writes a suspect in its own style, whatever his tradition (Armenian, Sinhala or
Filipino names): every name with his age in brackets; the family name in capitals first with his
PNC identifier in square brackets when he has one; every name with the family name in capitals
and the date of birth after a comma. Dates are written in ISO order, with the weekday spelled out,
or as day-month-year with the month abbreviated.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bench.cases_eval2.world import Item, Ref
from bench.cases_eval7 import world as seventh
from bench.cases_eval7.world import Case
from bench.cases_eval10 import world as tenth

__all__ = ["Case", "Force", "Item", "Person", "Ref", "World"]

STATIONS = ("TH", "TN", "TS", "TW", "TE")
AREAS = ("B", "N", "S")


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
        """`unit` picks the station (threlmoor) or the suffix (cawdrey); blesworth ignores it."""
        yy = f"{year % 100:02d}"
        if self.key == "threlmoor":  # year, six-digit serial, station code
            station = STATIONS[unit % len(STATIONS)]
            return Ref(
                "crime",
                f"{yy}.{serial:06d}.{station}",
                (
                    ("station first", f"{station}.{yy}.{serial:06d}"),
                    ("tailed", f"{station}{serial:06d}.{yy}"),
                ),
            )
        if self.key == "cawdrey":  # year, serial, station suffix
            suffix = ("CW", "CE")[unit % 2]
            return Ref(
                "crime",
                f"{yy}-{serial:04d}-{suffix}",
                (("solid", f"{yy}{serial:04d}{suffix}"), ("worded", f"{suffix} {serial:04d} of {yy}")),
            )
        return Ref(  # blesworth: BP, the year, a five-digit serial, CR
            "crime",
            f"BP/{yy}/{serial:05d}/CR",
            (("spaced", f"BP {yy} {serial:05d} CR"), ("long", f"BP-{year}-{serial:05d}-CR")),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        if self.key == "threlmoor":  # a serial, the day and month, the year
            return Ref(
                "incident",
                f"{number:04d}/{day:%d%m}/{day:%y}",
                (
                    ("spaced", f"{number:04d} {day:%d%m} {day:%y}"),
                    ("dotted", f"{number:04d}.{day:%d%m}.{day:%y}"),
                ),
            )
        if self.key == "cawdrey":  # the quarter of the year, the year, a serial
            quarter = (day.month - 1) // 3 + 1
            return Ref(
                "incident",
                f"Q{quarter}-{day:%y}-{number:04d}",
                (
                    ("short", f"{day:%y}Q{quarter}/{number:04d}"),
                    ("long", f"{number:04d} Q{quarter} {day.year}"),
                ),
            )
        return Ref(  # blesworth: B, the date as YYMMDD, a serial
            "incident",
            f"B{day:%y%m%d}/{number:04d}",
            (("spaced", f"B {day:%y%m%d} {number:04d}"), ("turned", f"{number:04d}/B/{day:%y%m%d}")),
        )

    def referral_ref(self, serial: int, year: int, area: int = 0) -> Ref:
        """`area`: which panel of the council (blesworth)."""
        yy = f"{year % 100:02d}"
        if self.key == "threlmoor":  # council, early help, year, serial
            return Ref(
                "referral",
                f"TDC/EH/{yy}/{serial:04d}",
                (("spaced", f"TDC EH {year} {serial:04d}"), ("short", f"EH{serial:04d}-{yy}")),
            )
        if self.key == "cawdrey":  # R and the year, an unpadded serial
            return Ref(
                "referral",
                f"R{yy}-{serial}",
                (("long", f"R-{year}-{serial}"), ("turned", f"{serial}/R/{yy}")),
            )
        letter = AREAS[area % len(AREAS)]
        return Ref(
            "referral",
            f"MACE/{serial:04d}/{yy}/{letter}",
            (
                ("spaced", f"MACE {serial:04d} {yy} {letter}"),
                ("dashed", f"MACE-{letter}-{year}-{serial:04d}"),
            ),
        )

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "threlmoor":
            return day.isoformat()
        if self.key == "cawdrey":
            return f"{day:%A} {day.day} {day:%B} {day.year}"
        return f"{day.day}-{day:%b}-{day.year}"


FORCES = (
    Force(
        "threlmoor",
        "T",
        "Threlmoor Police",
        "Threlmoor District Council",
        "Threlmoor",
        "TX",
        "threlmoor.police.uk",
        "threlmoor-dc.gov.uk",
        "Threlmoor Police, Gannetsike Police Office, Threlmoor TX3 9PW",
    ),
    Force(
        "cawdrey",
        "C",
        "Cawdrey Constabulary",
        "Cawdrey Unitary Council",
        "Cawdrey",
        "CQ",
        "cawdrey.pnn.police.uk",
        "cawdrey-uc.gov.uk",
        "Cawdrey Constabulary, Saddlery Yard Police Centre, Cawdrey CQ7 2EN",
    ),
    Force(
        "blesworth",
        "B",
        "Blesworth Police",
        "Blesworth Borough Council",
        "Blesworth",
        "BZ",
        "blesworth.police.uk",
        "blesworth-bc.gov.uk",
        "Blesworth Police, Tanhouse Steps Police Station, Blesworth BZ6 4RG",
    ),
)

OUTCOME_PLAN = seventh.OUTCOME_PLAN  # the 22 initial outcomes of a force, the unknown five last
OUTCOMES = seventh.OUTCOMES
CLOSED_OUTCOMES = seventh.CLOSED_OUTCOMES

# (forenames, middles, surnames) per force. Armenian and Sinhala: a second given name; Filipino: the
# mother's maiden surname.
NAMES = {
    "threlmoor": (
        ("Hovhannes", "Vardan", "Tigran", "Aram", "Gevorg", "Samvel", "Artur", "Narek", "Hayk", "Ashot",
         "Armen", "Levon"),
        ("Gagik", "Mher", "Norayr", "Sarkis", "Rafik", "Hrant", "Vahe"),
        ("Grigoryan", "Hovhannisyan", "Sargsyan", "Petrosyan", "Harutyunyan", "Khachatryan", "Vardanyan",
         "Karapetyan", "Gevorgyan", "Avetisyan", "Mkrtchyan", "Hakobyan"),
    ),
    "cawdrey": (
        ("Chaminda", "Nuwan", "Lasantha", "Pradeep", "Ruwan", "Tharindu", "Chathura", "Dilshan", "Kasun",
         "Upul", "Mahesh", "Sanjeewa"),
        ("Priyantha", "Asanka", "Nalaka", "Thilina", "Indika", "Buddhika", "Lakmal"),
        ("Perera", "Fernando", "Jayasuriya", "Wickramasinghe", "Gunawardena", "Bandara", "Dissanayake",
         "Senanayake", "Ranasinghe", "Herath", "Wijesinghe", "Karunaratne"),
    ),
    "blesworth": (
        ("Rodel", "Jericho", "Arnel", "Reynaldo", "Jonel", "Efren", "Rommel", "Dindo", "Nestor",
         "Wilfredo", "Ariel", "Niño"),
        ("Macaraeg", "Dimaculangan", "Pangilinan", "Manalastas", "Tolentino", "Sumulong", "Lapuz"),
        ("Mangubat", "Dimaano", "Lumbao", "Panganiban", "Macapagal", "Catacutan", "Sicat", "Baluyot",
         "Dizon", "Gatchalian", "Peñaflor", "Manalo"),
    ),
}  # fmt: skip
STAFF_FORENAMES = (
    "Clemency", "Peregrine", "Honoria", "Evander", "Fulke", "Godric", "Isolde", "Osric", "Hamish",
    "Torquil", "Ptolemy", "Hermione", "Ignatia", "Sebastiana", "Rupert", "Wilfrid", "Meriel", "Hester",
    "Ursula", "Mabel",
)  # fmt: skip
STAFF_SURNAMES = (
    "Bellingham", "Cholmondeley", "Drinkwater", "Fairbrother", "Gascoyne", "Ingleby", "Judd",
    "Kenworthy", "Loxley", "Mottershead", "Oddie", "Pilkington", "Sowerby", "Thistlethwaite", "Wragg",
    "Lumley", "Ormsby", "Pettigrew", "Scrope", "Tunstall",
)  # fmt: skip
STREET_STEMS = (
    "Puffin", "Kittiwake", "Fulmar", "Shearwater", "Guillemot", "Razorbill", "Petrel", "Skua",
    "Merganser", "Cormorant", "Scoter", "Eider",
)  # fmt: skip
STREET_KINDS = ("Walk", "Wynd", "Fold", "Brow")
VEHICLES = (
    "grey Skoda Octavia estate", "blue Peugeot Partner van", "red Mazda MX-5", "gold Nissan Primera",
    "white Mercedes Vito", "black Honda Accord", "teal Ford Galaxy", "silver Seat Alhambra",
)  # fmt: skip
OFFENCES = (
    "sexual activity, in a takeaway's back room, with a girl aged thirteen",
    "causing a girl aged fourteen to take part in sex acts",
    "arranging the sexual exploitation of a girl aged fifteen",
    "taking a girl aged fourteen out of local authority care",
    "meeting a girl aged twelve after grooming her online",
    "sexual assault by penetration of a girl aged thirteen",
    "giving cannabis in return for sex to a girl aged fifteen",
    "sharing indecent photographs: the girl is aged fourteen",
)  # fmt: skip
SUBJECT_CODES = (
    "Child Ash", "Child Birch", "Girl M12", "Girl M17", "YP-Holly", "YP-Rowan",
    "Subject Hawthorn", "Subject Elder", "Juvenile 4J", "Juvenile 9Q",
)  # fmt: skip
PROFESSIONS = (
    "early help practitioner", "child exploitation navigator", "youth worker",
    "pastoral lead at her academy", "foster carer's supervising social worker", "sexual health nurse",
)  # fmt: skip
WITNESS_JOBS = ("taxi marshal", "takeaway delivery driver", "hostel warden", "tattoo parlour receptionist",
                "arcade change attendant", "multi-storey car park attendant")  # fmt: skip
OPERATIONS = ("Quillwort", "Sundew", "Butterwort", "Bogbean", "Cottongrass", "Sphagnum")
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXY"
# Ofcom's drama ranges for landlines: the number less its last three digits.
LANDLINES = ("0113 496 0", "0114 496 0", "0131 496 0", "0141 496 0")
RANKS = ("DC", "PC", "DS", "Acting DS")
SUPERVISOR_RANKS = ("DS", "DI", "DCI", "Supt")


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@dataclass
class Person(tenth.Person):
    """Someone named in a case's files: the tenth set's person, written in this set's styles."""

    pnc: str = ""  # the PNC identifier Cawdrey writes after an arrested man's name
    age_day: date | None = None  # the day Threlmoor gives his age for

    def written(self, force: str) -> str:
        """Threlmoor: every name and the age; Cawdrey: the family name in capitals first, then the PNC
        identifier; Blesworth: every name, the family name in capitals, then the date of birth."""
        middle = f" {self.middle}" if self.middle else ""
        if force == "threlmoor":
            age = f" ({age_on(self.born, self.age_day)})" if self.born and self.age_day else ""
            return f"{self.forename}{middle} {self.surname}{age}"
        if force == "cawdrey":
            pnc = f" [PNC {self.pnc}]" if self.pnc else ""
            return f"{self.surname.upper()} {self.forename}{middle}{pnc}"
        born = f", {self.born:%d/%m/%Y}" if self.born else ""
        return f"{self.forename}{middle} {self.surname.upper()}{born}"

    @property
    def officer(self) -> str:
        """Rank, name and shoulder number, as these forces sign."""
        return f"{self.rank} {self.short} ({self.collar})"


class World(tenth.World):
    """Builds the cases, deterministically from a seed: the tenth set's builder (the ninth and
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
                for n in range(5 + position, 99, 11)  # house numbers no other force's streets have
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
        person.born = date(1955, 6, 1) + timedelta(days=self.rng.randint(0, 28 * 365))
        person.tradition = force.key
        if evidence in ("arrested", "charged") and force.key == "cawdrey":
            person.pnc = (
                f"{person.born.year + 18 + self.rng.randint(0, 9)}/{self.rng.randint(100000, 999999)}"
            )
            person.pnc += tenth.CHECK_LETTERS[self.rng.randint(0, 22)]
        return person

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:  # type: ignore[override]
        while True:
            forename, surname = self.rng.choice(STAFF_FORENAMES), self.rng.choice(STAFF_SURNAMES)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                break
        person = Person(forename, surname, role, rank=rank, job=job)
        person.collar = f"{self.rng.choice('TCB')}{self.rng.randint(1000, 8999)}" if rank else ""
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
        for case in self.cases:
            self.date_ages(case)
        return self.cases

    def date_ages(self, case: Case) -> None:
        for person in (*case.suspects, case.witness, case.eliminated):
            if person is not None:
                person.age_day = case.reported  # type: ignore[attr-defined]

    def new_case(self, force: Force, index: int, outcome: str) -> Case:  # type: ignore[override]
        rng = self.rng
        case = Case(
            key=f"{force.letter}{index + 1:02d}",
            force=force,  # type: ignore[arg-type]
            outcome_initial=outcome,
            reported=date(1997, 4, 14) + timedelta(days=rng.randint(0, 12 * 365)),
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
        low, high = {"threlmoor": (100, 400000), "cawdrey": (100, 9999)}.get(force.key, (1000, 99000))
        return self.unique_number(low, high)

    def referral_serial(self, force: Force) -> int:  # type: ignore[override]
        low, high = {"threlmoor": (100, 9999), "cawdrey": (10, 3000)}.get(force.key, (100, 9999))
        return self.unique_number(low, high)

    def give_people(self, case: Case) -> None:
        """The tenth set's people, with this set's witness jobs."""
        seventh.World.give_people(self, case)  # type: ignore[arg-type]
        if case.witness:
            case.witness.job = self.rng.choice(WITNESS_JOBS)
