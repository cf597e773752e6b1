"""The invented world of the second set: three other forces and councils, 66 cases, the people.

As in the first set, one seeded generator decides everything, and each planted trap is placed by
name in a `plant_*` function so that the ground truth says what it is for. What is new here is
how the references are written: each force has its own layouts, and each reference also has the
other ways the same force or its council writes it (another year width, spaces, no separators, a
line break in the middle). A `Ref` carries them all; the documents choose which one they print.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass(frozen=True)
class Ref:
    """One case reference: the usual written form, and the other forms the files use."""

    kind: str  # crime, incident, referral, operation
    value: str
    variants: tuple[tuple[str, str], ...] = ()  # (style, written form); forms the documents print
    accepted: tuple[str, ...] = ()  # forms a register may fairly report, never printed

    def form(self, style: str) -> str:
        return dict(self.variants).get(style, self.value)


@dataclass(frozen=True)
class Force:
    """A police force and its council; `layout` chooses how each writes references and names."""

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
        if self.key == "wendholme":
            return Ref(
                "crime",
                f"{serial:05d}/{yy}",
                (("long_year", f"{serial:05d}/{year}"), ("split", f"{serial:05d}/\n{yy}")),
            )
        if self.key == "sallowmere":
            return Ref(
                "crime",
                f"{year}/{serial:05d}/CR",
                (("spaced", f"{year} / {serial:05d} / CR"), ("split", f"{year}/{serial:05d}/\nCR")),
                (f"{yy}/{serial:05d}/CR",),
            )
        return Ref(
            "crime",
            f"RV-{yy}-{serial:05d}",
            (
                ("compact", f"RV{yy}{serial:05d}"),
                ("spaced", f"RV {yy} {serial:05d}"),
                ("split", f"RV-{yy}-\n{serial:05d}"),
            ),
            (f"RV-{year}-{serial:05d}",),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        if self.key == "wendholme":
            yy = f"{day.year % 100:02d}"
            return Ref(
                "incident",
                f"OB {number}/{yy}",
                (("padded", f"OB{number:04d}/{yy}"), ("split", f"OB\n{number}/{yy}")),
                (f"OB {number}/{day.year}",),
            )
        if self.key == "sallowmere":
            return Ref(
                "incident",
                f"IR {day:%d%m%y}/{number:04d}",
                (("compact", f"IR{day:%d%m%y}/{number:04d}"), ("split", f"IR {day:%d%m%y}/\n{number:04d}")),
            )
        return Ref(
            "incident", f"CAD {day:%d%m%y}-{number:04d}", (("compact", f"CAD{day:%d%m%y}-{number:04d}"),)
        )

    def referral_ref(self, serial: int, year: int) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "wendholme":
            return Ref(
                "referral",
                f"WCC/{yy}/C{serial:04d}",
                (("spaced", f"WCC {yy} C{serial:04d}"),),
                (f"WCC/{year}/C{serial:04d}",),
            )
        if self.key == "sallowmere":
            return Ref(
                "referral", f"SCC-R/{serial:04d}/{year}", (("short_year", f"SCC-R/{serial:04d}/{yy}"),)
            )
        number = 1_000_000 + serial * 731 % 8_999_999
        return Ref("referral", f"LCS-{number:07d}", (("spaced", f"LCS {number:07d}"),))

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "wendholme":
            return f"{day:%d.%m.%y}"
        if self.key == "sallowmere":
            return f"{day.day} {day:%B %Y}"
        return f"{day:%d/%m/%Y}"


FORCES = (
    Force(
        "wendholme",
        "W",
        "Wendholme Police",
        "Wendholme City Council",
        "Wendholme",
        "WD7",
        "wendholme.police.uk",
        "wendholme.gov.uk",
        "Central Police Station, Ropewalk, Wendholme WD1 3QE",
    ),
    Force(
        "sallowmere",
        "S",
        "Sallowmere Constabulary",
        "Sallowmere County Council",
        "Brayford",
        "SM4",
        "sallowmere.pnn.police.uk",
        "sallowmere.gov.uk",
        "Brayford Police Station, Castle Hill, Brayford SM4 1JB",
    ),
    Force(
        "ravensholt",
        "R",
        "Ravensholt Police",
        "Ravensholt Metropolitan District Council",
        "Ravensholt",
        "RV2",
        "ravensholt.police.uk",
        "ravensholt.gov.uk",
        "Ravensholt Police Office, Dock Road, Ravensholt RV2 8LN",
    ),
)
NAME_STYLE = {"wendholme": "surname_caps_first", "sallowmere": "all_caps", "ravensholt": "titled"}

# The initial outcome of each force's 22 cases (the final outcome differs for reopened cases).
OUTCOME_PLAN = (
    ["charged"] * 4
    + ["cautioned"] * 2
    + ["nfa_insufficient_evidence"] * 3
    + ["nfa_victim_did_not_support"] * 3
    + ["nfa_cps_advice"] * 2
    + ["nfa_not_in_public_interest"]
    + ["nfa"]
    + ["filed_undetected"] * 2
    + ["open"]
    + ["unknown"] * 3
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
    "Jamie",
    "Tariq",
    "Shane",
    "Arshad",
    "Dale",
    "Robert",
    "Piotr",
    "Ashley",
    "Waqas",
    "Trevor",
    "Usman",
    "Barry",
    "Kevin",
    "Naveed",
    "Scott",
    "Glenn",
    "Hamid",
    "Terry",
    "Lewis",
    "Amjad",
    "Dariusz",
    "Keith",
    "Yasir",
    "Colin",
    "Saleem",
    "Warren",
    "Derek",
    "Khalid",
    "Declan",
    "Ross",
)
SURNAMES = (
    "ACKROYD",
    "CHAUDHRY",
    "BRIGGS",
    "SADIQ",
    "MELLOR",
    "TILLOTSON",
    "WOZNIAK",
    "FARRAR",
    "AKHTAR",
    "HEPWORTH",
    "NAZIR",
    "KERSHAW",
    "STANSFIELD",
    "RASHID",
    "EZE",
    "BOOTHROYD",
    "JAVED",
    "SUTCLIFFE",
    "PARKIN",
    "RIAZ",
    "LEWANDOWSKI",
    "HAIGH",
    "SHAFIQ",
    "ILLINGWORTH",
    "MOSLEY",
    "HANIF",
    "CROWTHER",
    "BAIG",
    "RAMSDEN",
    "WILDE",
    "AYUB",
)
STAFF_FORENAMES = (
    "Angela",
    "Nigel",
    "Lorraine",
    "Gillian",
    "Steven",
    "Beverley",
    "Roger",
    "Tracey",
    "Malcolm",
    "Denise",
    "Howard",
    "Yvonne",
    "Clive",
    "Paula",
    "Trevor",
    "Wendy",
)
STAFF_SURNAMES = (
    "BRAITHWAITE",
    "OLDROYD",
    "CAWTHORNE",
    "FIRTH",
    "MIDGLEY",
    "ROYLE",
    "SHACKLETON",
    "TOWNEND",
    "UTLEY",
    "VARLEY",
    "WORSNOP",
    "ECCLES",
    "HAWORTH",
    "JAGGER",
    "LISTER",
    "NAYLOR",
    "PRIESTLEY",
    "QUARMBY",
    "RHODES",
    "SEED",
)
STREETS = (
    "Ropery Street",
    "Malthouse Lane",
    "Glebe Terrace",
    "Tanyard Close",
    "Cardigan Road",
    "Spout Hill",
    "Alma Street",
    "Navigation Walk",
    "Brickfield Court",
    "Engine Lane",
    "Providence Row",
    "Jubilee Fold",
    "Coal Staithe",
    "Sough Lane",
    "Pinfold Avenue",
    "Crag View",
    "Tithe Barn Road",
    "Ing Lane",
)
VEHICLES = (
    "silver Ford Focus",
    "black Mercedes C-Class",
    "white Vauxhall Vivaro van",
    "maroon Rover 214",
    "dark blue Skoda Octavia taxi",
    "gold Honda Accord",
    "black Seat Leon",
    "red Fiat Punto",
)
OFFENCES = (
    "sexual activity with a child",
    "rape of a girl under 16",
    "indecent assault",
    "abduction of a child from care",
    "inciting a child to engage in sexual activity",
    "trafficking within the UK for sexual exploitation",
    "sexual grooming",
    "controlling child prostitution",
)
SUBJECT_CODES = (
    "Child A",
    "Child E",
    "Child F",
    "YP6",
    "YP7",
    "YP8",
    "Victim 3",
    "Victim 4",
    "Girl Y",
    "Female C",
    "Complainant 2",
    "CYP 4",
    "CYP 9",
    "Child G",
)
PROFESSIONS = (
    "social worker",
    "team manager (children's services)",
    "looked-after children nurse",
    "youth offending officer",
    "children's home manager",
    "sexual exploitation worker",
)
WITNESS_JOBS = (
    "taxi marshal",
    "petrol station cashier",
    "neighbour",
    "school receptionist",
    "night porter",
    "chip shop owner",
)
OPERATIONS = ("Larkspur", "Hawkweed", "Fieldfare", "Bracken", "Juniper", "Sandpiper")
LETTERS = "ABCDEFGHJKLMNPRSTVWXY"


@dataclass
class Person:
    """Someone named in a case's files, and what the files make of them."""

    forename: str
    surname: str
    role: str  # suspect, officer, professional, witness, eliminated, solicitor
    evidence: str = ""  # for suspects: arrested, interviewed, named, charged
    rank: str = ""
    collar: str = ""
    job: str = ""

    @property
    def key(self) -> str:
        return f"{self.forename} {self.surname}".lower()

    def written(self, style: str) -> str:
        """The name as a force's officers write a suspect."""
        if style == "surname_caps_first":
            return f"{self.surname} {self.forename}"
        if style == "all_caps":
            return f"{self.forename.upper()} {self.surname}"
        return f"Mr {self.plain}"

    @property
    def plain(self) -> str:
        return f"{self.forename} {self.surname.title()}"

    @property
    def officer(self) -> str:
        return f"{self.rank} {self.collar} {self.plain}"


@dataclass
class Item:
    """A vehicle, phone or address: its canonical value, and how each case writes it."""

    kind: str
    value: str
    description: str = ""


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
        return person.written(NAME_STYLE[self.force.key])

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
        self.street_pool = [(n, s) for s in STREETS for n in range(3, 95, 4)]
        self.rng.shuffle(self.street_pool)

    # People and things ------------------------------------------------------------------------

    def new_person(self, forenames: tuple[str, ...], surnames: tuple[str, ...], role: str) -> Person:
        while True:
            forename, surname = self.rng.choice(forenames), self.rng.choice(surnames)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                return Person(forename, surname, role)

    def new_suspect(self, evidence: str) -> Person:
        person = self.new_person(FORENAMES, SURNAMES, "suspect")
        person.evidence = evidence
        return person

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:
        person = self.new_person(STAFF_FORENAMES, STAFF_SURNAMES, role)
        person.rank, person.job = rank, job
        person.collar = str(self.rng.randint(200, 4999)) if rank else ""
        return person

    def new_address(self, force: Force) -> Item:
        number, street = self.street_pool.pop()
        district = (
            f"{force.postcode} {self.rng.randint(1, 9)}{self.rng.choice('ABDEFGHJLNPQRSTUWXY')}"
            f"{self.rng.choice('ABDEFGHJLNPQRSTUWXY')}"
        )
        return Item("address", f"{number} {street}, {force.town} {district}")

    def new_phone(self) -> Item:
        return Item("phone", f"07700 900{self.unique_number(100, 999):03d}")

    def new_vehicle(self, year: int) -> Item:
        if year < 2001:
            plate_year = "NPRSTVWXY"[min(max(year - 1996, 0), 8)]
            plate = f"{plate_year}{self.unique_number(100, 999)} {''.join(self.rng.sample(LETTERS, 3))}"
        else:
            area, tail = "".join(self.rng.sample(LETTERS, 2)), "".join(self.rng.sample(LETTERS, 3))
            plate = f"{area}{year % 100:02d} {tail}"
        return Item("vehicle", plate, self.rng.choice(VEHICLES))

    def unique_number(self, low: int, high: int) -> int:
        while True:
            number = self.rng.randint(low, high)
            if number not in self.used_numbers:
                self.used_numbers.add(number)
                return number

    # Cases ------------------------------------------------------------------------------------

    def build(self) -> list[Case]:
        """The plain cases of each force, before `plants.plant_all` places the traps."""
        for force in FORCES:
            for index, outcome in enumerate(OUTCOME_PLAN):
                self.cases.append(self.new_case(force, index, outcome))
        return self.cases

    def new_case(self, force: Force, index: int, outcome: str) -> Case:
        rng = self.rng
        reported = date(1996, 1, 1) + timedelta(days=rng.randint(0, 14 * 365))
        case = Case(
            key=f"{force.letter}{index + 1:02d}",
            force=force,
            outcome_initial=outcome,
            reported=reported,
            offence=rng.choice(OFFENCES),
            subject=rng.choice(SUBJECT_CODES),
            officer=self.new_staff("officer", rank=rng.choice(("DC", "PC", "DC", "DS"))),
            supervisor=self.new_staff("officer", rank=rng.choice(("DS", "DI", "DCI"))),
            professional=self.new_staff("professional", job=rng.choice(PROFESSIONS)),
        )
        case.outcome_final = outcome
        self.give_references(case, index)
        self.give_people(case)
        if outcome in CLOSED_OUTCOMES:
            case.closed = reported + timedelta(days=rng.randint(45, 400))
        case.final_date = case.closed
        return case

    def give_references(self, case: Case, index: int) -> None:
        rng, force, year = self.rng, case.force, case.reported.year
        unknown = index - OUTCOME_PLAN.index("unknown") if case.outcome_initial == "unknown" else -1
        if unknown not in (0, 2):  # unknown 0 is a bare complaint log, unknown 2 never reached a crime
            case.crime = force.crime_ref(self.unique_number(10000, 99999), year)
        if unknown in (0, 2) or rng.random() < 0.65:
            case.incident = force.incident_ref(rng.randint(1, 1800), case.reported)
        if unknown in (1, 2) or (unknown != 0 and rng.random() < 0.45):
            case.referral = force.referral_ref(self.unique_number(1000, 9999), year)

    def give_people(self, case: Case) -> None:
        rng = self.rng
        count = {"unknown": rng.choice((0, 1)), "filed_undetected": rng.choice((0, 1))}.get(
            case.outcome_initial, rng.choice((1, 1, 2, 3))
        )
        if case.outcome_initial == "unknown" and not case.crime and not case.referral:
            count = 0  # the bare complaint log names nobody
        for position in range(count):
            evidence = rng.choice(("arrested", "interviewed", "named"))
            if case.outcome_initial in ("charged", "cautioned") and position == 0:
                evidence = "arrested"
            case.suspects.append(self.new_suspect(evidence))
        if case.suspects:
            case.items.append(self.new_address(case.force))
            if rng.random() < 0.5:
                case.items.append(self.new_vehicle(case.reported.year))
            if rng.random() < 0.4:
                case.items.append(self.new_phone())
        if rng.random() < 0.6:
            case.witness = self.new_suspect("")
            case.witness.role, case.witness.job = "witness", rng.choice(WITNESS_JOBS)
        if case.suspects and rng.random() < 0.25:
            case.eliminated = self.new_suspect("")
            case.eliminated.role = "eliminated"
        if any(p.evidence == "interviewed" for p in case.suspects):
            case.solicitor = self.new_staff("solicitor", job="solicitor")

    def find(self, force_key: str, outcome: str, nth: int = 0) -> Case:
        matches = [c for c in self.cases if c.force.key == force_key and c.outcome_initial == outcome]
        return matches[nth]
