"""The invented world of the fourth set: three more forces and councils, 60 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts
are new again: a labelled crime number with a four-digit year and six-digit serial, a force-letter
crime number with the year last, a year-first crime number with a two-letter prefix; a yearly
incident serial with its year, an event serial, a control-log number with an unpadded date;
council referrals by hub number, safeguarding number and integrated-children's-system number;
and, on charged cases, a Crown Court case number (T + year + serial). A reference keeps every
form the files write as `Ref.variants` (the second set's `Ref`); suspects are written in each
force's own style (surname first with a comma, with the age, with a nominal number).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from bench.cases_eval2.world import Item, Ref


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
    court: str

    def crime_ref(self, serial: int, year: int) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "oxmoor":
            return Ref(
                "crime",
                f"CRN {year}-{serial:06d}",
                (("compact", f"CRN{year}{serial:06d}"), ("short", f"CRN {yy}-{serial}")),
                (f"CRN {year}/{serial:06d}",),
            )
        if self.key == "pellworth":
            variants = [("dashed", f"PW-{serial:05d}/{yy}"), ("long", f"PW{serial:05d}/{year}")]
            if serial < 10000:
                variants.append(("nozero", f"PW{serial}/{year}"))
            return Ref("crime", f"PW{serial:05d}/{yy}", tuple(variants))
        return Ref(
            "crime",
            f"GD-C-{serial:05d}-{yy}",
            (("spaced", f"GD C {serial:05d} {yy}"), ("compact", f"GDC{serial:05d}{yy}")),
            (f"GD-C-{serial:05d}-{year}",),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        yy = f"{day.year % 100:02d}"
        if self.key == "oxmoor":
            variants = [("spaced", f"IRS {number:04d} {yy}")]
            if number < 1000:
                variants.append(("nozero", f"IRS-{number}-{yy}"))
            return Ref("incident", f"IRS-{number:04d}-{yy}", tuple(variants))
        if self.key == "pellworth":
            return Ref(
                "incident",
                f"EV/{day.year}/{number:05d}",
                (("nozero", f"EV/{day.year}/{number}"), ("short", f"EV/{yy}/{number:05d}")),
            )
        return Ref(
            "incident",
            f"CL {number} {day.day}/{day.month}/{yy}",
            (("padded", f"CL{number:04d} {day:%d/%m/%y}"),),
            (f"CL {number} {day:%d/%m/%Y}",),
        )

    def referral_ref(self, serial: int, year: int) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "oxmoor":
            return Ref(
                "referral",
                f"MASH-O-{serial:05d}",
                (("spaced", f"MASH O {serial:05d}"), ("compact", f"MASHO{serial:05d}")),
            )
        if self.key == "pellworth":
            return Ref(
                "referral",
                f"SAF/{serial:04d}/{yy}",
                (("spaced", f"SAF {serial:04d} {yy}"), ("long", f"SAF/{serial:04d}/{year}")),
            )
        variants = [("short", f"ICS {yy}/{serial:05d}")]
        if serial < 10000:
            variants.append(("nozero", f"ICS/{year}/{serial}"))
        return Ref("referral", f"ICS {year}/{serial:05d}", tuple(variants))

    def court_ref(self, serial: int, year: int) -> Ref:
        """A Crown Court case number: T, the year, a four-digit serial."""
        return Ref("court", f"T{year}{serial:04d}", (("spaced", f"T{year} {serial:04d}"),))

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "oxmoor":
            return f"{day:%d-%b-%Y}"
        if self.key == "pellworth":
            return f"{day:%A} {day.day} {day:%B %Y}"
        return f"{day.day}.{day.month}.{day.year}"


FORCES = (
    Force(
        "oxmoor",
        "O",
        "Oxmoor Police",
        "Oxmoor Metropolitan Borough Council",
        "Oxmoor",
        "OM",
        "oxmoor.police.uk",
        "oxmoor.gov.uk",
        "Oxmoor Police Station, Weighhouse Street, Oxmoor OM1 2DF",
        "Oxmoor Crown Court",
    ),
    Force(
        "pellworth",
        "P",
        "Pellworth Constabulary",
        "Westhollow and Pellworth Council",
        "Westhollow",
        "WH",
        "pellworth.pnn.police.uk",
        "westhollow.gov.uk",
        "Westhollow Police Office, Cloth Hall Street, Westhollow WH2 5LP",
        "Westhollow Crown Court",
    ),
    Force(
        "gorsedale",
        "G",
        "Gorsedale Police",
        "North Gorsedale District Council",
        "Scarbeck",
        "GS",
        "gorsedale.police.uk",
        "northgorsedale.gov.uk",
        "Scarbeck Police Station, Market Cross, Scarbeck GS4 7QU",
        "Scarbeck Crown Court",
    ),
)

# The initial outcome of each force's 20 cases (reopened cases end with another outcome).
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
    "Arif", "Majid", "Sean", "Qasim", "Bilal", "Waheed", "Damian", "Shakeel", "Ashraf", "Lukasz",
    "Rafal", "Ahsan", "Nasir", "Wasim", "Jermaine", "Tyrone", "Ibrar", "Sohail", "Mushtaq", "Tanveer",
    "Dwayne", "Jamal", "Azhar", "Saqib", "Umar", "Jakub", "Rehan", "Shaun", "Karl", "Danny",
)  # fmt: skip
SURNAMES = (
    "BUTT", "PICKERSGILL", "CLEGG", "BAXENDALE", "KOWALSKI", "ENTWISTLE", "LOFTHOUSE", "ASLAM", "HEATON",
    "MUNIR", "BIRTWISTLE", "SHARIF", "DOBSON", "SAEED", "YOUNIS", "NAWAZ", "FIELDING", "AKRAM",
    "DUCKWORTH", "HABIB", "RIDGWAY", "SHACKLOCK", "WHITTAKER", "ZIELINSKI", "CHOHAN", "FAROOQ", "JAMIL",
    "NAQVI", "RAZA", "WALMSLEY", "ASGHAR",
)  # fmt: skip
STAFF_FORENAMES = (
    "Hazel", "Rosemary", "Valerie", "Martyn", "Pauline", "Christine", "Barbara", "Roy", "Shirley", "Jean",
    "Kenneth", "Glenys", "Desmond", "Marion", "Rodney", "Hilary",
)  # fmt: skip
STAFF_SURNAMES = (
    "ARMITAGE", "CROSSLEY", "FEATHER", "GOMERSAL", "HEPTONSTALL", "KITSON", "LAYCOCK", "NETTLETON", "OATES",
    "PRIESTMAN", "RUSHWORTH", "THORNTON", "USHER", "WAINWRIGHT", "HELLIWELL", "SCARGILL", "BEAUMONT",
    "CAWOOD", "EMSLEY", "FOZZARD",
)  # fmt: skip
STREETS = (
    "Shuttle Row", "Bobbin Mill Lane", "Goit Side", "Fulling Mill Road", "Cropper Gate", "Lodge Moor Close",
    "Slubbing Yard", "Warp Street", "Heddle Walk", "Spinners Way", "Teasel Bank", "Mule Street",
    "Drying House Lane", "Fustian Court", "Beck Foot", "Tinker Lane", "Oxbow Crescent", "Loom Terrace",
)  # fmt: skip
VEHICLES = (
    "green Skoda Fabia", "white Mercedes Sprinter van", "maroon Peugeot 406 taxi", "silver Audi A3",
    "black BMW X5", "yellow Citroen Saxo", "white Ford Transit Connect", "grey Kia Sedona people carrier",
)  # fmt: skip
OFFENCES = (
    "causing or inciting a child to engage in sexual activity", "sexual assault by penetration",
    "meeting a girl following grooming", "false imprisonment of a child",
    "supplying class A drugs to a child", "unlawful sexual intercourse with a girl under 16",
    "procuring a girl under 21", "engaging in sexual activity in the presence of a child",
)  # fmt: skip
SUBJECT_CODES = (
    "Child P", "Child Q", "Child R", "YP20", "YP21", "YP22", "Victim 9", "Victim 11", "Girl M",
    "Young Female 2", "Complainant 8", "Subject 3", "Child T", "Person U",
)  # fmt: skip
PROFESSIONS = (
    "CSE team social worker", "missing from home coordinator", "sexual health outreach worker",
    "school safeguarding lead", "youth offending officer", "children's home deputy manager",
)  # fmt: skip
WITNESS_JOBS = ("taxi marshal", "delivery driver", "hostel night manager", "petrol station cashier",
                "park ranger", "amusement arcade attendant")  # fmt: skip
OPERATIONS = ("Sorrel", "Tansy", "Dunlin", "Yarrow", "Plover", "Curlew")
LETTERS = "ABCDEFGHJKLMNPRSTVWXY"
# Ofcom's drama ranges for landlines: area code and the exchange of the 0xxx block.
LANDLINES = ("0113 496", "0114 496", "0115 496", "0116 496", "0117 496", "0118 496")


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
    born: date | None = None
    nominal: str = ""  # the person's number on one force's records system

    @property
    def key(self) -> str:
        """Who the person is: the name and the date of birth (two men may share a name)."""
        return f"{self.forename} {self.surname} {self.born or ''}".lower().strip()

    @property
    def plain(self) -> str:
        return f"{self.forename} {self.surname.title()}"

    def written(self, force: str, on: date) -> str:
        """The name as a force's officers write a suspect (on the day of the report)."""
        if force == "oxmoor":
            return f"{self.surname}, {self.forename}"
        if force == "pellworth":
            age = f" (aged {age_on(self.born, on)})" if self.born else ""
            return f"{self.forename} {self.surname.title()}{age}"
        nominal = f" (nominal {self.nominal})" if self.nominal else ""
        return f"{self.forename} {self.surname}{nominal}"

    @property
    def officer(self) -> str:
        """Rank and collar number before the name, as these forces sign."""
        return f"{self.rank} {self.collar} {self.plain}"


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


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
    court: Ref | None = None
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
        return [r for r in (self.crime, self.incident, self.referral, self.court, self.operation) if r]

    def of(self, kind: str) -> list[Item]:
        return [i for i in self.items if i.kind == kind]

    def written_item(self, item: Item) -> str:
        return self.item_forms.get(item.value, item.value)

    def suspect_name(self, person: Person) -> str:
        return person.written(self.force.key, self.reported)

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
        self.street_pool = [(n, s) for s in STREETS for n in range(3, 140, 7)]
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
        person.born = date(1950, 1, 1) + timedelta(days=self.rng.randint(0, 32 * 365))
        person.nominal = f"N{self.unique_number(100000, 999999):07d}"
        return person

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:
        person = self.new_person(STAFF_FORENAMES, STAFF_SURNAMES, role)
        person.rank, person.job = rank, job
        person.collar = str(self.rng.randint(100, 4999)) if rank else ""
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
            reported=date(1996, 3, 1) + timedelta(days=rng.randint(0, 12 * 365)),
            offence=rng.choice(OFFENCES),
            subject=rng.choice(SUBJECT_CODES),
            officer=self.new_staff("officer", rank=rng.choice(("DC", "PC", "DC", "PS"))),
            supervisor=self.new_staff("officer", rank=rng.choice(("DS", "DI", "A/DI"))),
            professional=self.new_staff("professional", job=rng.choice(PROFESSIONS)),
        )
        case.outcome_final = outcome
        self.give_references(case, index)
        self.give_people(case)
        if outcome in CLOSED_OUTCOMES:
            case.closed = case.reported + timedelta(days=rng.randint(45, 400))
        case.final_date = case.closed
        if outcome == "charged":
            case.court = force.court_ref(self.unique_number(1000, 9999), case.closed.year)
        return case

    def give_references(self, case: Case, index: int) -> None:
        """Unknown 0 is a complaint never crimed; unknown 1 is crimed and stalls; unknown 2 a referral."""
        rng, force, year = self.rng, case.force, case.reported.year
        unknown = index - OUTCOME_PLAN.index("unknown") if case.outcome_initial == "unknown" else -1
        if unknown not in (0, 2):
            case.crime = force.crime_ref(self.crime_serial(force), year)
        if unknown in (0, 2) or rng.random() < 0.65:
            case.incident = force.incident_ref(self.unique_number(5, 2400), case.reported)
        if unknown in (1, 2) or (unknown != 0 and rng.random() < 0.55):
            case.referral = force.referral_ref(self.referral_serial(force), year)

    def crime_serial(self, force: Force) -> int:
        low, high = {"oxmoor": (1000, 90000), "pellworth": (1000, 60000)}.get(force.key, (200, 40000))
        return self.unique_number(low, high)

    def referral_serial(self, force: Force) -> int:
        low, high = {"oxmoor": (10000, 99999), "pellworth": (100, 9999)}.get(force.key, (1000, 60000))
        return self.unique_number(low, high)

    def give_people(self, case: Case) -> None:
        rng = self.rng
        count = {"unknown": rng.choice((0, 1)), "filed_undetected": rng.choice((0, 1))}.get(
            case.outcome_initial, rng.choice((1, 1, 2, 2, 3))
        )
        if case.outcome_initial == "unknown" and not case.crime:
            count = 0  # a complaint nobody turned into a crime names nobody as a suspect
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
        if rng.random() < 0.45:
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
