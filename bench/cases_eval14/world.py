"""The invented world of the fourteenth set: three more forces and their councils, 66 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a crime number of CR and the year, the force's letters DM and a
five-digit serial; a crime number shaped like a file's URN (the force's code 44, a station's
letters and a five-digit serial run together, a slash and the year); a crime number of RSP, the
four-digit year and a six-digit serial by dashes; an incident number of INC, the date as YYYYMMDD
and a serial; a Storm log of STM, a serial and the date as DDMMYY; an incident number of IC, the
year, the quarter and a serial; and council numbers of R, a five-digit serial, the year and DM, of
CIN, a serial, FCC and the year, and of RCCEXP, then the year and a serial run together.
Each force writes a suspect in its own style, whatever his tradition (Latvian, Georgian or
Igbo names): every name and his nationality; every name and where he was born; every name and
his prison number. Dates are written as 17/Dec/2004, as 2004 December 17 and as
Friday the 17th of December 2004.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bench.cases_eval2.world import Item, Ref
from bench.cases_eval7 import world as seventh
from bench.cases_eval7.world import Case
from bench.cases_eval9.world import ordinal
from bench.cases_eval13 import world as thirteenth

__all__ = ["Case", "Force", "Item", "Person", "Ref", "World"]

STATION_CODES = ("FB", "FK", "FN", "FT", "FW")  # Fellbridge's stations, as its file numbers carry them


def quarter(day: date) -> int:
    return (day.month - 1) // 3 + 1


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
        if self.key == "dunmerrow":  # CR, the year, DM, a five-digit serial, run together
            return Ref(
                "crime",
                f"CR{yy}DM{serial:05d}",
                (("spaced", f"CR {yy} DM {serial:05d}"), ("slashed", f"DM/{serial:05d}/CR{yy}")),
            )
        if self.key == "fellbridge":  # the force code 44, a station's letters, the serial, the year
            station = STATION_CODES[unit % len(STATION_CODES)]
            return Ref(
                "crime",
                f"44{station}{serial:05d}/{yy}",
                (
                    ("spaced", f"44 {station} {serial:05d}/{yy}"),
                    ("dotted", f"44.{station}.{serial:05d}.{yy}"),
                ),
            )
        return Ref(  # ravensike: RSP, the four-digit year, a six-digit serial
            "crime",
            f"RSP-{year}-{serial:06d}",
            (("dotted", f"RSP.{yy}.{serial:06d}"), ("tailed", f"{serial:06d}/{yy} RSP")),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        if self.key == "dunmerrow":  # INC, the date as YYYYMMDD, a serial
            return Ref(
                "incident",
                f"INC {day:%Y%m%d}-{number:04d}",
                (("dashed", f"INC-{number:04d}-{day:%Y%m%d}"), ("dated", f"{day:%Y%m%d} INC {number:04d}")),
            )
        if self.key == "fellbridge":  # a Storm log: STM, a serial, the date as DDMMYY
            return Ref(
                "incident",
                f"STM{number:04d}/{day:%d%m%y}",
                (
                    ("worded", f"Storm log {number:04d} of {day:%d.%m.%y}"),
                    ("compact", f"{day:%d%m%y}-STM-{number:04d}"),
                ),
            )
        yy, q = f"{day.year % 100:02d}", quarter(day)  # ravensike: IC, the year, the quarter, a serial
        return Ref(
            "incident",
            f"IC{yy}Q{q}-{number:04d}",
            (("worded", f"ICAD {number:04d}, Q{q} {day.year}"), ("turned", f"{number:04d}/Q{q}/{yy}")),
        )

    def referral_ref(self, serial: int, year: int, area: int = 0) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "dunmerrow":  # R, a five-digit serial, the year, DM
            return Ref(
                "referral",
                f"R{serial:05d}/{yy}-DM",
                (("spaced", f"R {serial:05d} {yy} DM"), ("labelled", f"DMBC referral {serial:05d}/{year}")),
            )
        if self.key == "fellbridge":  # CIN, a four-digit serial, FCC, the year
            return Ref(
                "referral",
                f"CIN/{serial:04d}/FCC/{yy}",
                (("spaced", f"CIN {serial:04d} FCC {year}"), ("short", f"FCC{yy}CIN{serial:04d}")),
            )
        return Ref(  # ravensike: RCCEXP, then the year and a four-digit serial run together
            "referral",
            f"RCCEXP {yy}{serial:04d}",
            (("spaced", f"RCC EXP {yy} {serial:04d}"), ("plain", f"EXP.{yy}.{serial:04d}")),
        )

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "dunmerrow":
            return f"{day.day:02d}/{day:%b}/{day.year}"
        if self.key == "fellbridge":
            return f"{day.year} {day:%B} {day.day}"
        return f"{day:%A} the {ordinal(day.day)} of {day:%B} {day.year}"


FORCES = (
    Force(
        "dunmerrow",
        "D",
        "Dunmerrow Constabulary",
        "Dunmerrow Metropolitan Borough Council",
        "Dunmerrow",
        "DW",
        "dunmerrow.police.uk",
        "dunmerrow-mbc.gov.uk",
        "Dunmerrow Constabulary, Saltcote Wharf Safeguarding Hub, Dunmerrow DW5 3LT",
    ),
    Force(
        "fellbridge",
        "F",
        "Fellbridge Police",
        "Fellbridge City Council",
        "Fellbridge",
        "FG",
        "fellbridge.pnn.police.uk",
        "fellbridge-cc.gov.uk",
        "Fellbridge Police, Skinnergate Divisional Headquarters, Fellbridge FG2 8HU",
    ),
    Force(
        "ravensike",
        "R",
        "Ravensike Police",
        "Ravensike County Council",
        "Ravensike",
        "RQ",
        "ravensike.police.uk",
        "ravensike-cc.gov.uk",
        "Ravensike Police, Brewhouse Yard Investigation Suite, Ravensike RQ6 1DJ",
    ),
)

OUTCOME_PLAN = seventh.OUTCOME_PLAN  # the 22 initial outcomes of a force, the unknown five last
OUTCOMES = seventh.OUTCOMES
CLOSED_OUTCOMES = seventh.CLOSED_OUTCOMES

# (forenames, middles, surnames) per force, each a second given name in the middle: Latvian (with its
# long vowels and softened consonants), Georgian (in its usual romanisation) and Igbo.
NAMES = {
    "dunmerrow": (
        ("Jānis", "Andris", "Māris", "Edgars", "Kaspars", "Raimonds", "Uldis", "Aivars", "Gints", "Valdis",
         "Ivars", "Artūrs"),
        ("Pēteris", "Krišjānis", "Arvīds", "Voldemārs", "Ojārs", "Egīls", "Imants"),
        ("Bērziņš", "Kalniņš", "Ozoliņš", "Liepiņš", "Krūmiņš", "Vītols", "Zariņš", "Balodis", "Kļaviņš",
         "Eglītis", "Lapiņš", "Grīnbergs"),
    ),
    "fellbridge": (
        ("Giorgi", "Levan", "Zurab", "Davit", "Irakli", "Mamuka", "Tornike", "Nodar", "Revaz", "Gocha",
         "Vakhtang", "Lasha"),
        ("Shota", "Tengiz", "Otar", "Avtandil", "Merab", "Tamaz", "Guram"),
        ("Beridze", "Kapanadze", "Maisuradze", "Gelashvili", "Tsiklauri", "Lomidze", "Kvaratskhelia",
         "Chkheidze", "Javakhishvili", "Abashidze", "Tsereteli", "Mchedlishvili"),
    ),
    "ravensike": (
        ("Chukwuemeka", "Obinna", "Ikechukwu", "Chinedu", "Nnamdi", "Emeka", "Uchenna", "Chibuzo", "Kelechi",
         "Ifeanyi", "Somtochukwu", "Ebuka"),
        ("Chidiebere", "Onyekachi", "Nwabueze", "Chukwudi", "Okechukwu", "Ugochukwu", "Azubuike"),
        ("Nwosu", "Okafor", "Nwachukwu", "Onyeka", "Ezeani", "Anyanwu", "Nwankwo", "Igwe", "Okoli", "Nwafor",
         "Odenigbo", "Ihejirika"),
    ),
}  # fmt: skip
NATIONALITIES = {"dunmerrow": "Latvian", "fellbridge": "Georgian", "ravensike": "Nigerian"}
BIRTHPLACES = {
    "dunmerrow": ("Daugavpils", "Liepāja", "Jelgava", "Rēzekne"),
    "fellbridge": ("Kutaisi", "Batumi", "Rustavi", "Zugdidi", "Telavi"),
    "ravensike": ("Onitsha", "Enugu", "Owerri", "Nnewi"),
}
STAFF_FORENAMES = (
    "Tabitha", "Xanthe", "Algernon", "Caspian", "Dorcas", "Ivo", "Kenelm", "Oswin", "Romilly", "Sidony",
    "Thurstan", "Unity", "Verity", "Lorcan", "Obadiah", "Lucasta", "Mirabel", "Athelstan", "Tristram",
    "Leoline",
)  # fmt: skip
STAFF_SURNAMES = (
    "Learoyd", "Pennefather", "Wigmore", "Haverfield", "Trelawny", "Satterfield", "Threlfall", "Whitworth",
    "Aspinall", "Bamforth", "Catterall", "Duerden", "Eccleshall", "Farrimond", "Grimbaldeston", "Openshaw",
    "Pomfret", "Shuttleworth", "Unsworth", "Swindells",
)  # fmt: skip
STREET_STEMS = (
    "Bistort", "Eyebright", "Fleabane", "Groundsel", "Henbane", "Lovage", "Sanicle", "Toadflax",
    "Woundwort", "Figwort", "Knapweed", "Lungwort",
)  # fmt: skip
STREET_KINDS = ("Wynd", "Chare", "Loaning", "Folly")
VEHICLES = (
    "maroon Vauxhall Zafira", "silver Toyota Avensis estate", "black Audi A4 saloon",
    "white Ford Transit Connect", "navy Volkswagen Passat", "bronze Hyundai Getz",
    "red Mazda 323", "dark green Rover 45",
)  # fmt: skip
OFFENCES = (
    "abusing a 14-year-old in rooms over a takeaway",
    "plying a 13-year-old with vodka before assaulting her",
    "moving a 15-year-old round several towns for strangers to abuse",
    "harbouring a 14-year-old who went missing from foster care",
    "raping a 15-year-old inside a parked van behind the leisure centre",
    "paying a 13-year-old in cigarettes and phone credit for sex",
    "inciting a 14-year-old over instant messages to meet him",
    "photographing a 15-year-old naked and passing the images round",
)  # fmt: skip
SUBJECT_CODES = (
    "Child Dunlin", "Child Curlew", "Young Person 8", "Minor G7", "Minor H2", "Victim Lark", "Victim Linnet",
    "YP Juniper", "YP Hawthorn", "Subject Teal",
)  # fmt: skip
PROFESSIONS = (
    "exploitation lead practitioner", "registered manager of a residential home", "school safeguarding lead",
    "nurse for children in care", "targeted youth support worker", "social worker, assessment team",
)  # fmt: skip
WITNESS_JOBS = (
    "petrol station cashier", "taxi rank marshal", "kebab shop counter assistant",
    "snooker hall steward", "launderette attendant", "supermarket shelf stacker",
)  # fmt: skip
OPERATIONS = ("Carnelian", "Peridot", "Rhodonite", "Labradorite", "Aventurine", "Sodalite")
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
LANDLINES = ("0117 496 0", "0161 496 0", "0191 498 0")  # Ofcom drama ranges, less the last three digits
RANKS = ("DC", "PC", "DC", "TDC")
SUPERVISOR_RANKS = ("DS", "DI", "T/DS", "DCI")


@dataclass
class Person(thirteenth.Person):
    """Someone named in a case's files: the thirteenth set's person, written in this set's styles."""

    nationality: str = ""  # what Dunmerrow writes after a suspect's name
    birthplace: str = ""  # what Fellbridge writes after a suspect's name
    prison: str = ""  # the prison number Ravensike writes after a suspect's name

    def written(self, force: str) -> str:
        """Dunmerrow: every name and the nationality; Fellbridge: every name and the place of
        birth; Ravensike: every name and the prison number."""
        middle = f" {self.middle}" if self.middle else ""
        name = f"{self.forename}{middle} {self.surname}"
        if force == "dunmerrow":
            return f"{name} ({self.nationality} national)" if self.nationality else name
        if force == "fellbridge":
            return f"{name}, born {self.birthplace}" if self.birthplace else name
        return f"{name} [prison no. {self.prison}]" if self.prison else name

    @property
    def officer(self) -> str:
        """Rank, name and warrant number, as these forces sign."""
        return f"{self.rank} {self.short} #{self.collar}"


class World(thirteenth.World):
    """Builds the cases: the thirteenth set's builder (and through it the tenth, ninth and seventh
    sets' references, look-ups and people), with this set's forces, people and things."""

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
                for n in range(3 + position, 120, 7)
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
        person.born = date(1961, 3, 1) + timedelta(days=self.rng.randint(0, 25 * 365))
        person.tradition = force.key
        person.nationality = NATIONALITIES[force.key]
        person.birthplace = self.rng.choice(BIRTHPLACES[force.key])
        person.prison = self.new_prison_number()
        return person

    def new_prison_number(self) -> str:
        letters = "".join(self.rng.sample("ABCDEFGHJKLMNPRSTVWXY", 2))
        return f"{self.rng.choice('ABGHJKLMNP')}{self.unique_number(1000, 9999)}{letters}"

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:  # type: ignore[override]
        while True:
            forename, surname = self.rng.choice(STAFF_FORENAMES), self.rng.choice(STAFF_SURNAMES)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                break
        person = Person(forename, surname, role, rank=rank, job=job)
        person.collar = f"{self.rng.randint(100, 989)}" if rank else ""
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
            reported=date(2000, 1, 10) + timedelta(days=rng.randint(0, 9 * 365)),
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
            case.closed = case.reported + timedelta(days=rng.randint(110, 420))
        case.final_date = case.closed
        return case

    def build(self) -> list[Case]:
        """The plain cases of each force, before `plants.plant_all` places the traps."""
        for force in FORCES:
            for index, outcome in enumerate(OUTCOME_PLAN):
                self.cases.append(self.new_case(force, index, outcome))
        return self.cases

    @staticmethod
    def keep_financial_year(case: Case) -> None:
        """No council of this set numbers by financial year."""

    def give_people(self, case: Case) -> None:
        """The seventh set's people, with this set's witness jobs."""
        seventh.World.give_people(self, case)  # type: ignore[arg-type]
        if case.witness:
            case.witness.job = self.rng.choice(WITNESS_JOBS)
