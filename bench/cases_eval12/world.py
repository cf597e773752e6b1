"""The invented world of the twelfth set: three more forces and their councils, 66 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a crime number of CR, a hash sign, a five-digit serial and the year; a
crime number led by a division in Roman numerals, then the year and a serial; a crime number of
HC, the four-digit year and a serial split by colons; a log number of INC and the date as YYMMDD
and a serial split by colons; a log number of the date as DDMMYY, the shift letter and a serial; a
log number of H, the year and month and a monthly serial; and council numbers of OMC-CSE with a
serial and the year, a Section 47 (or Section 17) enquiry number, and CSE with the year, a dot and
an unpadded serial.
Each force writes a suspect in its own style, whatever his tradition (Turkish, Romanian or
Eritrean names): every name and the name he is known by in quotes; the family name first with the
two given names joined by a hyphen; the given name, the father's and the grandfather's with his
year of birth after "YOB". Dates are written as DD-MM-YYYY, as "Mar 17 2004" and as DD/MM/YY.
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

DIVISIONS = ("II", "IV", "VI", "IX", "XI")
SHIFTS = ("E", "L", "N")  # early, late, night
SECTIONS = ("S47", "S17")


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
        """`unit` picks the division (tarrowfield); the others ignore it."""
        yy = f"{year % 100:02d}"
        if self.key == "ormskeld":  # CR, a hash sign, a five-digit serial, the year
            return Ref(
                "crime",
                f"CR#{serial:05d}/{yy}",
                (("full year", f"CR#{serial:05d}/{year}"), ("spaced", f"CR # {serial:05d} / {yy}")),
            )
        if self.key == "tarrowfield":  # a division in Roman numerals, the year, a serial
            division = DIVISIONS[unit % len(DIVISIONS)]
            return Ref(
                "crime",
                f"{division}.{yy}/{serial:05d}",
                (
                    ("worded", f"Div. {division} {year}/{serial:05d}"),
                    ("tailed", f"{serial:05d}/{division}/{yy}"),
                ),
            )
        return Ref(  # hendlecombe: HC, the four-digit year, a five-digit serial
            "crime",
            f"HC:{year}:{serial:05d}",
            (("dashed", f"HC-{serial:05d}/{year}"), ("spaced", f"HC {year}:{serial:05d}")),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        if self.key == "ormskeld":  # INC, the date as YYMMDD, a four-digit serial, with colons
            return Ref(
                "incident",
                f"INC:{day:%y%m%d}:{number:04d}",
                (("dotted", f"INC.{day:%y%m%d}.{number:04d}"), ("joined", f"INC {day:%y%m%d}:{number:04d}")),
            )
        if self.key == "tarrowfield":  # the date as DDMMYY, the shift letter, a serial
            shift = SHIFTS[number % len(SHIFTS)]
            return Ref(
                "incident",
                f"{day:%d%m%y}{shift}{number:04d}",
                (
                    ("spaced", f"{day:%d%m%y} {shift} {number:04d}"),
                    ("turned", f"{shift}{number:04d}-{day:%d%m%y}"),
                ),
            )
        return Ref(  # hendlecombe: H, the year and month, a five-digit monthly serial
            "incident",
            f"H{day:%y%m}/{number:05d}",
            (("spaced", f"H {day:%y%m} {number:05d}"), ("turned", f"{number:05d}/H{day:%y%m}")),
        )

    def referral_ref(self, serial: int, year: int, area: int = 0) -> Ref:
        """`area`: which section of the Children Act (tarrowfield)."""
        yy = f"{year % 100:02d}"
        if self.key == "ormskeld":  # OMC, CSE, a four-digit serial, the year
            return Ref(
                "referral",
                f"OMC-CSE-{serial:04d}-{yy}",
                (("spaced", f"OMC CSE {serial:04d} {year}"), ("short", f"OMC:CSE:{serial:04d}:{yy}")),
            )
        if self.key == "tarrowfield":  # the section, the year, a four-digit serial
            section = SECTIONS[area % len(SECTIONS)]
            return Ref(
                "referral",
                f"{section}/{yy}-{serial:04d}",
                (("long", f"{section}-{year}-{serial:04d}"), ("turned", f"{serial:04d}/{section}/{yy}")),
            )
        return Ref(  # hendlecombe: CSE, the year, an unpadded serial
            "referral",
            f"CSE{yy}.{serial}",
            (("spaced", f"CSE {yy}.{serial}"), ("long", f"CSE:{year}:{serial}")),
        )

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "ormskeld":
            return f"{day:%d-%m-%Y}"
        if self.key == "tarrowfield":
            return f"{day:%b} {day.day} {day.year}"
        return f"{day:%d/%m/%y}"


FORCES = (
    Force(
        "ormskeld",
        "O",
        "Ormskeld Police",
        "Ormskeld Metropolitan Council",
        "Ormskeld",
        "QM",
        "ormskeld.police.uk",
        "ormskeld-mc.gov.uk",
        "Ormskeld Police, Gasholder Quay Divisional Headquarters, Ormskeld QM2 8HD",
    ),
    Force(
        "tarrowfield",
        "T",
        "Tarrowfield Constabulary",
        "Tarrowfield City Council",
        "Tarrowfield",
        "TQ",
        "tarrowfield.pnn.police.uk",
        "tarrowfield-cc.gov.uk",
        "Tarrowfield Constabulary, Weighbridge Lane Police Post, Tarrowfield TQ5 1LR",
    ),
    Force(
        "hendlecombe",
        "H",
        "Hendlecombe Police",
        "Hendlecombe County Council",
        "Hendlecombe",
        "HJ",
        "hendlecombe.police.uk",
        "hendlecombe-cc.gov.uk",
        "Hendlecombe Police, Coopers Wharf Police Office, Hendlecombe HJ8 3KT",
    ),
)

OUTCOME_PLAN = seventh.OUTCOME_PLAN  # the 22 initial outcomes of a force, the unknown five last
OUTCOMES = seventh.OUTCOMES
CLOSED_OUTCOMES = seventh.CLOSED_OUTCOMES

# (forenames, middles, surnames) per force. Turkish: a second given name; Romanian: a second given
# name (written joined to the first); Eritrean: the father's name, then the grandfather's as surname.
NAMES = {
    "ormskeld": (
        ("Bayram", "Mustafa", "Hüseyin", "Ibrahim", "Ramazan", "Recep", "Erkan", "Taner", "Cengiz",
         "Tuncay", "Gökhan", "Ercan"),
        ("Emin", "Cemal", "Kemal", "Rüştü", "Şükrü", "Fikret", "Sabri"),
        ("Yıldırım", "Karataş", "Aydın", "Doğan", "Arslan", "Koç", "Kurt", "Özdemir", "Şahin", "Polat",
         "Erdoğan", "Güneş"),
    ),
    "tarrowfield": (
        ("Laurențiu", "Fănel", "Marius", "Ionuț", "Cătălin", "Sorin", "Viorel", "Dorin", "Mihai", "Nicușor",
         "Gheorghe", "Ovidiu"),
        ("Cristian", "Daniel", "Marian", "Adrian", "Valentin", "Ciprian", "Emilian"),
        ("Dumitrescu", "Stănescu", "Munteanu", "Constantinescu", "Bălan", "Ciobanu", "Lungu", "Moldovan",
         "Răducanu", "Oprea", "Zamfir", "Tudose"),
    ),
    "hendlecombe": (
        ("Natnael", "Mussie", "Efrem", "Biniam", "Awet", "Merhawi", "Henok", "Mebrahtu", "Semere",
         "Kibrom", "Weldu", "Tesfalem"),
        ("Ghebremichael", "Woldeselassie", "Ghebrekidan", "Embaye", "Ghebretinsae", "Tesfazion", "Haileab"),
        ("Habtemariam", "Gebreyesus", "Teklehaimanot", "Andemariam", "Weldegiorgis", "Tesfamariam",
         "Debessay", "Tsegai", "Abraha", "Negassi", "Fessehaye", "Berhe"),
    ),
}  # fmt: skip
NICKNAMES = ("Memoş", "Kara", "Patron", "Dayı", "Turbo", "Jimmy", "Paşa", "Abi")
STAFF_FORENAMES = (
    "Ermengarde", "Eustacia", "Albinia", "Wystan", "Lettice", "Tancred", "Clothilde", "Jocelyn", "Peverell",
    "Thomasina", "Eglantine", "Euphemia", "Tobias", "Petronella", "Zenobia", "Sidonie", "Ozias",
    "Clarimond", "Fenella", "Digby",
)  # fmt: skip
STAFF_SURNAMES = (
    "Attwater", "Brocklehurst", "Culpepper", "Dimmock", "Entwhistle", "Hepplewhite", "Thackwray",
    "Hollinrake", "Wigglesworth", "Jaggard", "Knatchbull", "Lightowler", "Micklethwaite", "Nettleship",
    "Clegghorn", "Popplewell", "Scatcherd", "Rawnsley", "Raistrick", "Sunderbury",
)  # fmt: skip
STREET_STEMS = (
    "Bramling", "Fuggle", "Goldings", "Challenger", "Bullion", "Northdown", "Whitbread", "Boadicea",
    "Sovereign", "Admiral", "Pilgrim", "Phoenix",
)  # fmt: skip
STREET_KINDS = ("Garth", "Loke", "Twitten", "Chare")
VEHICLES = (
    "maroon Vauxhall Zafira", "silver Citroen Berlingo", "black Audi A3 Sportback",
    "white Ford Transit Connect", "bronze Toyota Avensis", "green Rover 45", "navy Kia Sedona",
    "yellow Fiat Punto",
)  # fmt: skip
OFFENCES = (
    "sex with a girl aged fourteen in a flat above a shisha lounge",
    "inciting a girl aged thirteen into sexual acts",
    "ferrying a girl aged 15 across the county so men could abuse her",
    "harbouring a girl aged fourteen who had run from her placement",
    "raping a girl aged fifteen at a house party",
    "paying cash for sex with a girl of sixteen in a parked car",
    "supplying vodka and mephedrone to a girl aged thirteen before sexual activity",
    "filming a girl aged fourteen in sexual poses on his phone",
)  # fmt: skip
SUBJECT_CODES = (
    "Child Kestrel", "Child Plover", "YP/21", "YP/36", "Victim Delta", "Victim Sierra",
    "Young Person T", "Young Person W", "CYP-08", "CYP-13",
)  # fmt: skip
PROFESSIONS = (
    "looked-after children nurse", "CSE specialist worker", "independent reviewing officer",
    "virtual school caseworker", "residential unit manager", "targeted youth support worker",
)  # fmt: skip
WITNESS_JOBS = (
    "kebab shop counter assistant", "minicab dispatcher", "night porter at a budget hotel",
    "petrol station cashier", "bus driver on the night route", "leisure centre lifeguard",
)  # fmt: skip
OPERATIONS = ("Saltmarsh", "Samphire", "Glasswort", "Sea Lavender", "Thrift", "Sea Purslane")
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXY"
# Ofcom's drama ranges for landlines: the number less its last three digits.
LANDLINES = ("0117 496 0", "0118 496 0", "0121 496 0", "0161 496 0")
RANKS = ("DC", "PC", "TDC", "DS")
SUPERVISOR_RANKS = ("DS", "DI", "T/DI", "Ch Insp")


@dataclass
class Person(tenth.Person):
    """Someone named in a case's files: the tenth set's person, written in this set's styles."""

    nickname: str = ""  # the name Ormskeld's officers record he is known by

    def written(self, force: str) -> str:
        """Ormskeld: every name and 'known as' in brackets; Tarrowfield: the family name first and the
        two given names joined by a hyphen; Hendlecombe: every name and the year of birth."""
        if force == "ormskeld":
            middle = f" {self.middle}" if self.middle else ""
            known = f' (known as "{self.nickname}")' if self.nickname else ""
            return f"{self.forename}{middle} {self.surname}{known}"
        if force == "tarrowfield":
            given = f"{self.forename}-{self.middle}" if self.middle else self.forename
            return f"{self.surname} {given}"
        middle = f" {self.middle}" if self.middle else ""
        born = f" - YOB {self.born.year}" if self.born else ""
        return f"{self.forename}{middle} {self.surname}{born}"

    @property
    def officer(self) -> str:
        """Rank, name and collar number, as these forces sign."""
        return f"{self.rank} {self.collar} {self.short}"


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
                for n in range(3 + position, 97, 7)  # house numbers no other force's streets have
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
        person.born = date(1956, 3, 1) + timedelta(days=self.rng.randint(0, 27 * 365))
        person.tradition = force.key
        if evidence in ("arrested", "charged") and force.key == "ormskeld":
            person.nickname = self.rng.choice(NICKNAMES)
        return person

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:  # type: ignore[override]
        while True:
            forename, surname = self.rng.choice(STAFF_FORENAMES), self.rng.choice(STAFF_SURNAMES)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                break
        person = Person(forename, surname, role, rank=rank, job=job)
        person.collar = f"{self.rng.randint(100, 4999)}{self.rng.choice('OTH')}" if rank else ""
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
            reported=date(1998, 1, 12) + timedelta(days=rng.randint(0, 11 * 365)),
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
        return self.unique_number(1000, 99000)

    def referral_serial(self, force: Force) -> int:  # type: ignore[override]
        low, high = {"hendlecombe": (10, 4000)}.get(force.key, (100, 9999))
        return self.unique_number(low, high)

    def give_people(self, case: Case) -> None:
        """The tenth set's people, with this set's witness jobs."""
        seventh.World.give_people(self, case)  # type: ignore[arg-type]
        if case.witness:
            case.witness.job = self.rng.choice(WITNESS_JOBS)
