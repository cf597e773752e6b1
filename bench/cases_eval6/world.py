"""The invented world of the sixth set: three more forces and their councils, 63 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a ten-digit all-numeric occurrence number (the year and eight digits),
a crime number with a check letter after the year and serial, a serial with the force's letter
and the year glued after it; an incident number on the day written in letters, a serial with a
dotted date, a date-first number with a dot before the serial; council referrals by a serial with
"CSR" and the year, by the multi-agency referral form's number (no year) and by a safeguarding
number with a four-digit year. A reference keeps every form the files write as `Ref.variants` (the
second set's `Ref`). Each force writes a suspect in its own style: surname in capitals first with
no comma, with the full date of birth, or with an alias after "a.k.a.".
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from bench.cases_eval2.world import Item, Ref

CHECK_LETTERS = "ABCDEFGHJKLMNPRTVWXY"


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

    def crime_ref(self, serial: int, year: int) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "wyvernside":  # a ten-digit occurrence number: the year, then eight digits
            digits = f"{serial:08d}"
            return Ref(
                "crime",
                f"{yy}{digits}",
                (("grouped", f"{yy} {digits[:4]} {digits[4:]}"), ("dashed", f"{yy}-{digits}")),
            )
        if self.key == "dunholt":  # the year, a six-digit serial and a check letter
            check = CHECK_LETTERS[(serial * 7 + year) % len(CHECK_LETTERS)]
            return Ref(
                "crime",
                f"{yy}{serial:06d}{check}",
                (("spaced", f"{yy} {serial:06d} {check}"), ("slashed", f"{yy}/{serial:06d}/{check}")),
            )
        variants = [("spaced", f"{serial:05d} C {yy}")]
        if serial < 10000:
            variants.append(("nozero", f"{serial}C{yy}"))
        return Ref("crime", f"{serial:05d}C{yy}", tuple(variants))

    def incident_ref(self, number: int, day: date) -> Ref:
        if self.key == "wyvernside":  # the day written in letters, then the day's serial
            stamp = f"{day.day:02d}{day:%b}{day.year % 100:02d}".upper()
            return Ref(
                "incident",
                f"{stamp}-{number:04d}",
                (
                    ("spaced", f"{stamp[:2]} {stamp[2:5]} {stamp[5:]} {number:04d}"),
                    ("glued", f"{stamp}{number:04d}"),
                ),
            )
        if self.key == "dunholt":  # the serial, then the day with dots
            return Ref(
                "incident",
                f"{number}/{day:%d.%m.%y}",
                (("spaced", f"{number} {day:%d.%m.%y}"), ("long", f"{number}/{day:%d.%m.%Y}")),
            )
        return Ref(
            "incident",
            f"{day:%y%m%d}.{number:04d}",
            (("spaced", f"{day:%y%m%d} {number:04d}"), ("long", f"{day:%Y%m%d}.{number:04d}")),
        )

    def referral_ref(self, serial: int, year: int) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "wyvernside":
            variants = [("spaced", f"{serial:05d} CSR {yy}")]
            if serial < 10000:
                variants.append(("nozero", f"{serial}-CSR-{yy}"))
            return Ref("referral", f"{serial:05d}-CSR-{yy}", tuple(variants))
        if self.key == "dunholt":  # the multi-agency referral form's number, with no year
            variants = [("spaced", f"MARF {serial:05d}")]
            if serial < 10000:
                variants.append(("nozero", f"MARF/{serial}"))
            return Ref("referral", f"MARF/{serial:05d}", tuple(variants))
        return Ref(
            "referral",
            f"SGR/{year}/{serial:05d}",
            (("spaced", f"SGR {year} {serial:05d}"), ("short", f"SGR/{yy}/{serial:05d}")),
        )

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "wyvernside":
            return f"{day.day} {day:%B} {day.year}"
        if self.key == "dunholt":
            return f"{day:%d.%m.%Y}"
        return f"{day:%a} {day.day} {day:%b} {day.year}"


FORCES = (
    Force(
        "wyvernside",
        "W",
        "Wyvernside Police",
        "Wyvernside Metropolitan Borough Council",
        "Scarrowby",
        "WV",
        "wyvernside.police.uk",
        "wyvernside.gov.uk",
        "Scarrowby Bridewell, Tollgate, Scarrowby WV4 2LF",
    ),
    Force(
        "dunholt",
        "D",
        "Dunholt Constabulary",
        "Tenterby County Council",
        "Tenterby",
        "TZ",
        "dunholt.pnn.police.uk",
        "tenterby.gov.uk",
        "Tenterby Police Office, Dyers Yard, Tenterby TZ6 1RA",
    ),
    Force(
        "carrowby",
        "C",
        "Carrowby Police",
        "Carrowby and Wendlesham Council",
        "Carrowby",
        "CY",
        "carrowby.police.uk",
        "carrowby-wendlesham.gov.uk",
        "Carrowby Police Station, Quayside, Carrowby CY3 9PG",
    ),
)

# The initial outcome of each force's 21 cases (reopened cases end with another outcome).
OUTCOME_PLAN = (
    ["charged"] * 4
    + ["cautioned"] * 2
    + ["nfa_insufficient_evidence"] * 2
    + ["nfa_victim_did_not_support"] * 2
    + ["nfa_cps_advice"] * 2
    + ["nfa_not_in_public_interest"]
    + ["nfa"]
    + ["filed_undetected"] * 2
    + ["open"]
    + ["unknown"] * 4
)
OUTCOMES = (
    "charged",
    "cautioned",
    "nfa",
    "nfa_insufficient_evidence",
    "nfa_victim_did_not_support",
    "nfa_cps_advice",
    "nfa_not_in_public_interest",
    "filed_undetected",
    "open",
    "unknown",
)
CLOSED_OUTCOMES = frozenset(OUTCOMES) - {"open", "unknown"}

FORENAMES = (
    "Karwan", "Rebwar", "Dilshad", "Hemin", "Shwan", "Bakhtiyar", "Soran", "Zana", "Habibullah",
    "Noorullah", "Mirwais", "Faridoon", "Shafiqul", "Mizanur", "Rafiqul", "Enamul", "Arben", "Besnik",
    "Gentian", "Ilir", "Valon", "Dritan", "Rastislav", "Mindaugas", "Darius", "Abdirahman", "Liban",
    "Sardar", "Kosrat", "Ferhad",
)  # fmt: skip
MIDDLES = (
    "Rostam", "Jalal", "Omer", "Hussein", "Nuri", "Kamaran", "Baran", "Salih", "Jabar", "Nawroz", "Fatos",
    "Agron", "Vytautas", "Milan",
)  # fmt: skip
SURNAMES = (
    "RASUL", "HAWRAMI", "QADERI", "SHERWANI", "BALISANI", "AHMADZAI", "STANEKZAI", "POPAL", "MIAH",
    "UDDIN", "TALUKDER", "SIKDER", "HOXHA", "KRASNIQI", "BERISHA", "GASHI", "DEMIRI", "BALOG", "ORSOS",
    "KAZLAUSKAS", "PETRAUSKAS", "WARSAME", "GUTALE", "BARWARI", "DOSKI", "ZEBARI", "NOORZAI", "MOLLA",
    "SHALA", "KUCI",
)  # fmt: skip
ALIASES = ("Chef", "Boss", "Gaffer", "Prince", "Uncle", "Shorty", "Lucky", "Mamo", "Kaka", "Bravo")
STAFF_FORENAMES = (
    "Rosalind", "Geraldine", "Maxine", "Bernadette", "Roderick", "Marjorie", "Gilbert", "Imelda",
    "Vernon", "Philippa", "Cedric", "Mavis", "Wendell", "Colette", "Ottoline", "Perpetua", "Lancelot",
    "Horatio", "Winifred", "Ambrose",
)  # fmt: skip
STAFF_SURNAMES = (
    "ARKWRIGHT", "BLENKINSOP", "COCKSHOTT", "DUCKETT", "FAWCETT", "GRIMSHAW", "SPENCELEY", "TUNNICLIFFE",
    "LAWTHER", "MITCHINSON", "WHITEOAK", "HEBBLETHWAITE", "RAMSBOTTOM", "BOOCOCK", "GOMERSALL", "PULLAN",
    "SCHOLEFIELD", "WORMALD", "ELLWOOD", "ICKRINGILL",
)  # fmt: skip
STREET_NAMES = (
    "Hawser", "Shipwright", "Capstan", "Lantern", "Sailmaker", "Cooper", "Tidewater", "Keel",
    "Anchorage", "Harpoon", "Bollard", "Wherry", "Gunwale", "Jetty",
)  # fmt: skip
STREET_TYPES = {"Street": "St", "Road": "Rd", "Lane": "Ln", "Terrace": "Tce", "Avenue": "Ave", "Place": "Pl"}
VEHICLES = (
    "bronze Vauxhall Zafira", "black Mercedes Vito minibus", "silver Seat Leon", "white Fiat Doblo",
    "dark blue Skoda Octavia private hire", "red Mazda 323", "grey Ford Escort estate", "black Lexus GS",
)  # fmt: skip
OFFENCES = (
    "rape of a girl aged 13 to 15", "inciting a girl under 16 to sexual activity",
    "buying sex from a girl under 18", "moving a girl between towns to exploit her sexually",
    "sexual activity with a girl in his own family", "detaining a girl against her will",
    "giving cannabis to a girl under 16", "procuring a girl under 21 to have unlawful sexual intercourse",
)  # fmt: skip
SUBJECT_CODES = (
    "Person A1", "Person B2", "Juvenile 3", "Juvenile 8", "JF1", "JF6", "Minor C", "Minor N",
    "Subject Alpha", "Subject Delta",
)  # fmt: skip
PROFESSIONS = (
    "family support worker", "child sexual exploitation nurse specialist", "leaving care personal adviser",
    "youth offending team officer", "school attendance officer", "missing from home co-ordinator",
)  # fmt: skip
WITNESS_JOBS = ("minicab controller", "kebab shop manager", "petrol station cashier", "night porter",
                "bingo hall caller", "ice cream van driver")  # fmt: skip
OPERATIONS = ("Marigold", "Thistle", "Woodruff", "Foxglove", "Clover", "Campion")
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXY"
# Ofcom's drama ranges for landlines: area code and the exchange of the 0xxx block.
LANDLINES = ("0121 496", "0131 496", "0141 496", "0151 496", "0161 496", "0191 496")
RANKS = ("DC", "PC", "TDC", "DS")
SUPERVISOR_RANKS = ("DS", "DI", "DCI")


@dataclass
class Person:
    """Someone named in a case's files, and what the files make of them."""

    forename: str
    surname: str
    role: str  # suspect, officer, professional, witness, eliminated, solicitor
    evidence: str = ""  # for suspects: arrested, interviewed, named, charged
    middle: str = ""
    rank: str = ""
    collar: str = ""
    job: str = ""
    born: date | None = None
    alias: str = ""  # the street name a suspect goes by

    @property
    def key(self) -> str:
        """Who the person is: the name and the date of birth (two men may share a name)."""
        return f"{self.forename} {self.middle} {self.surname} {self.born or ''}".lower().strip()

    @property
    def plain(self) -> str:
        middle = f" {self.middle}" if self.middle else ""
        return f"{self.forename}{middle} {self.surname.title()}"

    @property
    def short(self) -> str:
        return f"{self.forename} {self.surname.title()}"

    def written(self, force: str) -> str:
        """The name as a force's officers write a suspect."""
        if force == "wyvernside":  # surname in capitals first, no comma, then every forename
            middle = f" {self.middle}" if self.middle else ""
            return f"{self.surname} {self.forename}{middle}"
        if force == "dunholt":  # with the full date of birth
            born = f" (DOB {self.born:%d/%m/%Y})" if self.born else ""
            return f"{self.forename} {self.surname.title()}{born}"
        alias = f" a.k.a. '{self.alias}'" if self.alias else ""
        middle = f" {self.middle}" if self.middle else ""
        return f"{self.forename}{middle} {self.surname}{alias}"

    @property
    def officer(self) -> str:
        """Rank, name and warrant number, as these forces sign."""
        return f"{self.rank} {self.short} (warrant no. {self.collar})"


@dataclass
class Case:
    """One case of the ground truth, with everything its documents will say."""

    key: str
    force: Force
    outcome_initial: str
    reported: date
    offence: str
    subject: str
    officer: Person
    supervisor: Person
    professional: Person
    crime: Ref | None = None
    incident: Ref | None = None
    referral: Ref | None = None
    operation: Ref | None = None
    closed: date | None = None
    outcome_final: str = ""
    reopened: date | None = None
    final_date: date | None = None
    council_only: bool = False
    suspects: list[Person] = field(default_factory=list)
    witness: Person | None = None
    eliminated: Person | None = None
    solicitor: Person | None = None
    items: list[Item] = field(default_factory=list)
    item_forms: dict[str, str] = field(default_factory=dict)  # value -> how this case writes it

    @property
    def references(self) -> list[Ref]:
        return [r for r in (self.crime, self.incident, self.referral, self.operation) if r]

    def of(self, kind: str) -> list[Item]:
        return [i for i in self.items if i.kind == kind]

    def written_item(self, item: Item) -> str:
        return self.item_forms.get(item.value, item.value)

    def suspect_name(self, person: Person) -> str:
        return person.written(self.force.key)

    def when(self, day: date) -> str:
        return self.force.date(day)


class World:
    """Builds the cases, deterministically from a seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used_names: set[str] = set()
        self.used_numbers: set[int] = set()
        self.cases: list[Case] = []
        self.decoys: list[dict] = []
        self.lookalikes: list[dict] = []
        self.street_pool = [
            (n, f"{s} {t}")
            for s in STREET_NAMES
            for t in ("Street", "Road", "Lane", "Place", "Avenue")
            for n in range(3, 120, 13)
        ]
        self.rng.shuffle(self.street_pool)

    def new_person(self, forenames: tuple[str, ...], surnames: tuple[str, ...], role: str) -> Person:
        while True:
            forename, surname = self.rng.choice(forenames), self.rng.choice(surnames)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                return Person(forename, surname, role)

    def new_suspect(self, evidence: str) -> Person:
        person = self.new_person(FORENAMES, SURNAMES, "suspect")
        person.evidence = evidence
        person.middle = self.rng.choice(MIDDLES)
        person.born = date(1952, 1, 1) + timedelta(days=self.rng.randint(0, 30 * 365))
        person.alias = self.rng.choice(ALIASES)
        return person

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:
        person = self.new_person(STAFF_FORENAMES, STAFF_SURNAMES, role)
        person.rank, person.job = rank, job
        person.collar = str(self.rng.randint(10000, 69999)) if rank else ""
        return person

    def new_address(self, force: Force) -> Item:
        number, street = self.street_pool.pop()
        district = f"{force.postcode}{self.rng.randint(1, 9)} {self.rng.randint(1, 9)}"
        district += "".join(self.rng.sample("ABDEFGHJLNPQRSTUWXYZ", 2))
        return Item("address", f"{number} {street}, {force.town} {district}")

    def new_phone(self, landline: bool = False) -> Item:
        if landline:
            return Item("phone", f"{self.rng.choice(LANDLINES)} 0{self.unique_number(100, 999):03d}")
        return Item("phone", f"07700 900{self.unique_number(100, 999):03d}")

    def new_vehicle(self, year: int) -> Item:
        if year < 2001:
            plate_year = "PRSTVWXY"[min(max(year - 1997, 0), 7)]
            plate = f"{plate_year}{self.unique_number(100, 999)} {''.join(self.rng.sample(PLATE_LETTERS, 3))}"
        else:
            area, tail = (
                "".join(self.rng.sample(PLATE_LETTERS, 2)),
                "".join(self.rng.sample(PLATE_LETTERS, 3)),
            )
            plate = f"{area}{year % 100:02d} {tail}"
        return Item("vehicle", plate, self.rng.choice(VEHICLES))

    def unique_number(self, low: int, high: int) -> int:
        while True:
            number = self.rng.randint(low, high)
            if number not in self.used_numbers:
                self.used_numbers.add(number)
                return number

    def build(self) -> list[Case]:
        """The plain cases of each force, before `plants.plant_all` places the traps."""
        for force in FORCES:
            for index, outcome in enumerate(OUTCOME_PLAN):
                self.cases.append(self.new_case(force, index, outcome))
        return self.cases

    def new_case(self, force: Force, index: int, outcome: str) -> Case:
        rng = self.rng
        case = Case(
            key=f"{force.letter}{index + 1:02d}",
            force=force,
            outcome_initial=outcome,
            reported=date(1996, 3, 4) + timedelta(days=rng.randint(0, 12 * 365)),
            offence=rng.choice(OFFENCES),
            subject=rng.choice(SUBJECT_CODES),
            officer=self.new_staff("officer", rank=rng.choice(RANKS)),
            supervisor=self.new_staff("officer", rank=rng.choice(SUPERVISOR_RANKS)),
            professional=self.new_staff("professional", job=rng.choice(PROFESSIONS)),
        )
        case.outcome_final = outcome
        self.give_references(case, index)
        self.give_people(case)
        if outcome in CLOSED_OUTCOMES:
            case.closed = case.reported + timedelta(days=rng.randint(50, 420))
        case.final_date = case.closed
        return case

    def give_references(self, case: Case, index: int) -> None:
        """Unknown 0: a complaint never crimed; 1: crimed and stalls; 2: an incident and a referral;
        3: a referral the council never passed to the police."""
        rng, force, year = self.rng, case.force, case.reported.year
        unknown = index - OUTCOME_PLAN.index("unknown") if case.outcome_initial == "unknown" else -1
        case.council_only = unknown == 3
        if (
            unknown in (0, 2)
            or (unknown == -1 and rng.random() < 0.65)
            or (unknown == 1 and rng.random() < 0.5)
        ):
            case.incident = force.incident_ref(self.unique_number(5, 2400), case.reported)
        if unknown in (-1, 1):
            case.crime = force.crime_ref(self.crime_serial(force), year)
        if unknown in (1, 2, 3) or (unknown == -1 and rng.random() < 0.55):
            case.referral = force.referral_ref(self.referral_serial(force), year)

    def crime_serial(self, force: Force) -> int:
        low, high = {"wyvernside": (20000, 990000), "dunholt": (1000, 300000)}.get(force.key, (300, 60000))
        return self.unique_number(low, high)

    def referral_serial(self, force: Force) -> int:
        low, high = {"wyvernside": (700, 30000), "dunholt": (2000, 60000)}.get(force.key, (1000, 90000))
        return self.unique_number(low, high)

    def give_people(self, case: Case) -> None:
        rng = self.rng
        count = {"unknown": rng.choice((0, 1)), "filed_undetected": rng.choice((0, 1))}.get(
            case.outcome_initial, rng.choice((1, 1, 2, 2, 3))
        )
        if case.outcome_initial == "unknown" and not case.crime:
            count = 0  # nobody turned the concern into a crime, so nobody is recorded as a suspect
        for position in range(count):
            evidence = rng.choice(("arrested", "interviewed", "named"))
            if case.outcome_initial in ("charged", "cautioned") and position == 0:
                evidence = "arrested"
            case.suspects.append(self.new_suspect(evidence))
        if case.suspects:
            case.items.append(self.new_address(case.force))
            if rng.random() < 0.45:
                case.items.append(self.new_vehicle(case.reported.year))
            if rng.random() < 0.4:
                case.items.append(self.new_phone())
        if rng.random() < 0.45 and not case.council_only:
            case.witness = self.new_suspect("")
            case.witness.role, case.witness.job = "witness", rng.choice(WITNESS_JOBS)
        if case.suspects and rng.random() < 0.3:
            case.eliminated = self.new_suspect("")
            case.eliminated.role = "eliminated"
        if any(p.evidence == "interviewed" for p in case.suspects):
            case.solicitor = self.new_staff("solicitor", job="solicitor")

    def find(self, force_key: str, outcome: str, nth: int = 0) -> Case:
        matches = [c for c in self.cases if c.force.key == force_key and c.outcome_initial == outcome]
        return matches[nth]
