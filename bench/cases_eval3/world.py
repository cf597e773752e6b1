"""The invented world of the third set: three more forces and councils, 60 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The forces
write their references in layouts neither earlier set used (a crime number with a "CR" prefix, a
year-first six-digit crime number, a divisional crime number with a "C" marker; dated INC
numbers, yearly log serials, dated occurrence numbers; council referrals by child-care number,
child-in-need number and child-protection number), and charged cases also carry a CPS URN. A
reference keeps every form the files write (leading zeros dropped, spaces, a four-digit year) as
`Ref.variants` (the second set's `Ref`), so the documents can choose which one they print.
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
    urn_prefix: str  # a CPS URN's force code and station letters

    def crime_ref(self, serial: int, year: int) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "kelderby":
            variants = [("spaced", f"CR {serial:05d}/{yy}"), ("long", f"CR/{serial:05d}/{year}")]
            if serial < 10000:
                variants.append(("nozero", f"CR/{serial}/{yy}"))
            return Ref("crime", f"CR/{serial:05d}/{yy}", tuple(variants))
        if self.key == "stainmoor":
            variants = [("long", f"{year}/{serial:06d}"), ("dashed", f"{yy}-{serial:06d}")]
            if serial < 100000:
                variants.append(("nozero", f"{yy}/{serial}"))
            return Ref("crime", f"{yy}/{serial:06d}", tuple(variants))
        return Ref(
            "crime",
            f"TB/{yy}/C/{serial:05d}",
            (("spaced", f"TB {yy} C {serial:05d}"), ("compact", f"TB{yy}C{serial:05d}")),
            (f"TB/{year}/C/{serial:05d}",),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        if self.key == "kelderby":
            value = f"INC/{day:%Y}/{day:%m%d}/{number:04d}"
            variants = [("dashed", f"INC {day:%Y}-{day:%m%d}-{number:04d}")]
            if number < 1000:
                variants.append(("nozero", f"INC/{day:%Y}/{day:%m%d}/{number}"))
            return Ref("incident", value, tuple(variants))
        if self.key == "stainmoor":
            yy = f"{day.year % 100:02d}"
            return Ref(
                "incident",
                f"Log {number:05d}/{yy}",
                (("nozero", f"Log {number}/{yy}"), ("labelled", f"Log No. {number:05d}/{yy}")),
                (f"Log {number:05d}/{day.year}",),
            )
        return Ref(
            "incident",
            f"OCC-{day:%y%m%d}-{number:03d}",
            (("spaced", f"OCC {day:%y%m%d} {number:03d}"),),
        )

    def referral_ref(self, serial: int, year: int) -> Ref:
        if self.key == "kelderby":
            return Ref(
                "referral",
                f"KCC-CSC-{serial:05d}",
                (("spaced", f"KCC CSC {serial:05d}"), ("short", f"CSC {serial:05d}")),
            )
        if self.key == "stainmoor":
            variants = [("compact", f"CIN{serial:06d}")]
            if serial < 100000:
                variants.append(("nozero", f"CIN {serial}"))
            return Ref("referral", f"CIN {serial:06d}", tuple(variants))
        yy = f"{year % 100:02d}"
        return Ref(
            "referral",
            f"CP{yy}-{serial:04d}",
            (("spaced", f"CP {yy} {serial:04d}"), ("long", f"CP{year}-{serial:04d}")),
        )

    def court_ref(self, serial: int, year: int) -> Ref:
        """A CPS unique reference number: force code, station letters, serial, year."""
        value = f"{self.urn_prefix}{serial:05d}{year % 100:02d}"
        spaced = f"{self.urn_prefix[:2]} {self.urn_prefix[2:]} {serial:05d} {year % 100:02d}"
        return Ref("court", value, (("spaced", spaced),))

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "kelderby":
            return f"{day.day:02d} {day:%b} {day:%y}"
        if self.key == "stainmoor":
            return f"{day.day}{ordinal(day.day)} {day:%B %Y}"
        return day.isoformat()


def ordinal(number: int) -> str:
    if number in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


FORCES = (
    Force(
        "kelderby",
        "K",
        "Kelderby Police",
        "Kelderby City Council",
        "Kelderby",
        "KE",
        "kelderby.police.uk",
        "kelderby.gov.uk",
        "Kelderby Police Station, Saltergate, Kelderby KE1 4TW",
        "61KB",
    ),
    Force(
        "stainmoor",
        "S",
        "Stainmoor Police",
        "Stainmoor Borough Council",
        "Colbeck",
        "CK",
        "stainmoor.police.uk",
        "stainmoor.gov.uk",
        "Colbeck Police Station, Tollbar Road, Colbeck CK2 9HB",
        "62CB",
    ),
    Force(
        "tarnbridge",
        "T",
        "Tarnbridge Constabulary",
        "Ulverdale District Council",
        "Tarnbridge",
        "TN",
        "tarnbridge.pnn.police.uk",
        "ulverdale.gov.uk",
        "Tarnbridge Divisional Headquarters, Fellgate, Tarnbridge TN3 6RA",
        "63TB",
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
    "Jordan", "Mohsin", "Reece", "Ghulam", "Callum", "Nathan", "Andrzej", "Bradley", "Aamir", "Clifford",
    "Omar", "Duane", "Ryan", "Tahir", "Stephen", "Vincent", "Zahid", "Kieran", "Mehmet", "Adnan",
    "Grzegorz", "Russell", "Junaid", "Malcolm", "Irfan", "Darrell", "Nigel", "Shahid", "Connor", "Lloyd",
)  # fmt: skip
MIDDLE_NAMES = ("Lee", "Ali", "James", "Paul", "Ahmed", "John", "Karim", "Dean", "Michael", "Tariq")
SURNAMES = (
    "WALSH", "SHAHZAD", "PRENDERGAST", "LATIF", "GREGSON", "HOLDSWORTH", "KACZMAREK", "DEWHURST",
    "MAHMOOD", "ROOKE", "SIDDIQUI", "EASTWOOD", "CHOUDHURY", "BLEASDALE", "ADEYEMI", "HALLIWELL",
    "PERVAIZ", "THACKERAY", "NOLAN", "ISMAIL", "WISNIEWSKI", "ATHERTON", "YASIN", "CORNTHWAITE",
    "QADIR", "LEDGARD", "ABBASI", "SCHOLES", "HAYHURST", "KHALIQ", "MARSDEN",
)  # fmt: skip
STAFF_FORENAMES = (
    "Margaret", "Neil", "Fiona", "Derek", "Sandra", "Patrick", "Janet", "Geoffrey", "Lynne", "Craig",
    "Maureen", "Alan", "Elaine", "Dennis", "Carol", "Brian",
)  # fmt: skip
STAFF_SURNAMES = (
    "APPLEYARD", "BOTTOMLEY", "COCKCROFT", "DENBY", "EMMOTT", "FOULDS", "GAUNT", "HIRST", "INGHAM",
    "JOWETT", "KILBURN", "LUMB", "MORTIMER", "NORCLIFFE", "PASHLEY", "ROBSHAW", "SUNDERLAND",
    "TATTERSALL", "UMPLEBY", "WHITELEY",
)  # fmt: skip
STREETS = (
    "Saltergate", "Ropemakers Yard", "Stonepit Lane", "Heron Close", "Thirlmere Road", "Cobble Wynd",
    "Keld Street", "Gallowfield Terrace", "Byre Lane", "Rushbearing Court", "Coniston Avenue",
    "Scar Top", "Lime Kiln Row", "Fleece Street", "Swale Crescent", "Packhorse Way", "Beacon Rise",
    "Hollins Grove",
)  # fmt: skip
VEHICLES = (
    "white Vauxhall Corsa", "black Volkswagen Passat", "silver Toyota Previa people carrier",
    "blue Ford Mondeo", "grey Hyundai i30 private hire car", "purple Nissan Primera",
    "black Range Rover Sport", "red Renault Clio",
)  # fmt: skip
OFFENCES = (
    "sexual activity with a child", "rape of a female under 16", "indecent assault on a female",
    "child abduction", "arranging or facilitating a child sex offence",
    "paying for the sexual services of a child",
    "sexual communication with a child", "harbouring a child in care",
)  # fmt: skip
SUBJECT_CODES = (
    "Child H", "Child J", "Child K", "YP10", "YP11", "YP12", "Victim 5", "Victim 6", "Girl Z",
    "Female D", "Complainant 4", "CYP 12", "Child L", "Young Person 7",
)  # fmt: skip
PROFESSIONS = (
    "family support worker", "independent reviewing officer", "CSE nurse specialist",
    "residential support worker", "child protection co-ordinator", "education welfare officer",
)  # fmt: skip
WITNESS_JOBS = ("bus station cleaner", "hotel receptionist", "off-licence assistant", "security guard",
                "market trader", "community warden")  # fmt: skip
OPERATIONS = ("Tamarisk", "Whinchat", "Gannet", "Rowan", "Osprey", "Wagtail")
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
    middle: str = ""
    born: date | None = None

    @property
    def key(self) -> str:
        """Who the person is: the name and the date of birth (two men may share a name)."""
        return f"{self.forename} {self.surname} {self.born or ''}".lower().strip()

    @property
    def plain(self) -> str:
        middle = f" {self.middle}" if self.middle else ""
        return f"{self.forename}{middle} {self.surname.title()}"

    def written(self, force: str) -> str:
        """The name as a force's officers write a suspect."""
        if force == "kelderby":
            middle = f" {self.middle}" if self.middle else ""
            return f"{self.forename}{middle} {self.surname}"
        if force == "stainmoor":
            born = f" ({self.born:%d/%m/%Y})" if self.born else ""
            return f"{self.forename} {self.surname.title()}{born}"
        return f"{self.surname.title()} {self.forename.upper()}"

    @property
    def officer(self) -> str:
        return f"{self.rank} {self.plain} ({self.collar})"


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
        self.street_pool = [(n, s) for s in STREETS for n in range(2, 120, 5)]
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
        person.middle = self.rng.choice(MIDDLE_NAMES)
        person.born = date(1955, 1, 1) + timedelta(days=self.rng.randint(0, 30 * 365))
        return person

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:
        person = self.new_person(STAFF_FORENAMES, STAFF_SURNAMES, role)
        person.rank, person.job = rank, job
        person.collar = str(self.rng.randint(1000, 9899)) if rank else ""
        return person

    def new_address(self, force: Force) -> Item:
        number, street = self.street_pool.pop()
        outward, sector = self.rng.randint(1, 9), self.rng.randint(1, 9)
        unit = self.rng.choice("ABDEHLNPRSTW")
        district = f"{force.postcode}{outward} {sector}{unit}{self.rng.choice('ABDEHLNPRSTW')}"
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
            reported=date(1997, 1, 1) + timedelta(days=rng.randint(0, 13 * 365)),
            offence=rng.choice(OFFENCES),
            subject=rng.choice(SUBJECT_CODES),
            officer=self.new_staff("officer", rank=rng.choice(("DC", "PC", "DC", "TDC"))),
            supervisor=self.new_staff("officer", rank=rng.choice(("DS", "DI", "DCI"))),
            professional=self.new_staff("professional", job=rng.choice(PROFESSIONS)),
        )
        case.outcome_final = outcome
        self.give_references(case, index)
        self.give_people(case)
        if outcome in CLOSED_OUTCOMES:
            case.closed = case.reported + timedelta(days=rng.randint(50, 420))
        case.final_date = case.closed
        if outcome == "charged":
            case.court = force.court_ref(self.unique_number(1000, 99999), case.reported.year)
        return case

    def give_references(self, case: Case, index: int) -> None:
        """Unknown 0 is a complaint never crimed; unknown 1 stops awaiting advice; unknown 2 a referral."""
        rng, force, year = self.rng, case.force, case.reported.year
        unknown = index - OUTCOME_PLAN.index("unknown") if case.outcome_initial == "unknown" else -1
        if unknown not in (0, 2):
            case.crime = force.crime_ref(self.crime_serial(force), year)
        if unknown in (0, 2) or rng.random() < 0.7:
            case.incident = force.incident_ref(rng.randint(5, 1400), case.reported)
        if unknown in (1, 2) or (unknown != 0 and rng.random() < 0.5):
            case.referral = force.referral_ref(self.referral_serial(force), year)

    def crime_serial(self, force: Force) -> int:
        low, high = {"kelderby": (2000, 60000), "stainmoor": (20000, 240000)}.get(force.key, (100, 30000))
        return self.unique_number(low, high)

    def referral_serial(self, force: Force) -> int:
        low, high = {"kelderby": (1000, 89999), "stainmoor": (30000, 400000)}.get(force.key, (100, 9999))
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
        if rng.random() < 0.55:
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
