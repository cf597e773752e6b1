"""The invented world of the fifth set: three more forces and their councils, 63 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
new again: a year-first crime number with the force's letters in the middle, a crime number with
a six-digit serial between the force's letters and the year, dashed, a four-digit year glued to the
force's letters and a six-digit serial; an incident number built on the year and the day of the
year, a date-first event number with the force's letters, a serial with the full date after it; council
referrals by early-help number, a children's services number with a suffix and a
unitary-authority number with the year. A
reference keeps every form the files write as `Ref.variants` (the second set's `Ref`). Each force
writes a suspect in its own style: with a PNC number, with a nickname in quotes, or surname first
with the middle name and a year of birth.
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

    def crime_ref(self, serial: int, year: int) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "marlstone":
            variants = [("long", f"{year}/MS/{serial:05d}"), ("spaced", f"{yy} MS {serial:05d}")]
            if serial < 10000:
                variants.append(("nozero", f"{yy}/MS/{serial}"))
            return Ref("crime", f"{yy}/MS/{serial:05d}", tuple(variants))
        if self.key == "eddisford":
            variants = [("dotted", f"KH.{serial:06d}.{yy}"), ("long", f"KH-{serial:06d}-{year}")]
            if serial < 100000:
                variants.append(("nozero", f"KH-{serial}-{yy}"))
            return Ref("crime", f"KH-{serial:06d}-{yy}", tuple(variants))
        return Ref(
            "crime",
            f"{year}FN{serial:06d}",
            (("spaced", f"{year} FN {serial:06d}"), ("short", f"{yy}FN{serial:06d}")),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        yy, doy = f"{day.year % 100:02d}", day.timetuple().tm_yday
        if self.key == "marlstone":
            variants = [("spaced", f"M{yy}{doy:03d} {number:04d}")]
            if number < 1000:
                variants.append(("nozero", f"M{yy}{doy:03d}/{number}"))
            return Ref("incident", f"M{yy}{doy:03d}/{number:04d}", tuple(variants))
        if self.key == "eddisford":
            return Ref(
                "incident",
                f"{day:%y%m%d}/EC/{number:04d}",
                (("spaced", f"{day:%y%m%d} EC {number:04d}"), ("compact", f"{day:%y%m%d}EC{number:04d}")),
            )
        return Ref(
            "incident",
            f"S{number:04d}-{day:%d%m%Y}",
            (("spaced", f"S{number:04d} {day:%d%m%Y}"), ("slashed", f"S{number:04d}/{day:%d/%m/%Y}")),
        )

    def referral_ref(self, serial: int, year: int) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "marlstone":
            return Ref(
                "referral",
                f"MCC-ER-{serial:05d}",
                (("spaced", f"MCC ER {serial:05d}"), ("short", f"ER{serial:05d}")),
            )
        if self.key == "eddisford":
            variants = [("spaced", f"KEC {serial:05d} CS")]
            if serial < 10000:
                variants.append(("nozero", f"KEC{serial}/CS"))
            return Ref("referral", f"KEC{serial:05d}/CS", tuple(variants))
        return Ref(
            "referral",
            f"BUA-CH-{yy}-{serial:05d}",
            (("spaced", f"BUA CH {yy} {serial:05d}"), ("long", f"BUA-CH-{year}-{serial:05d}")),
        )

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "marlstone":
            return f"{day.day:02d} {day:%b}".upper() + f" {day.year}"
        if self.key == "eddisford":
            return f"{day.day}/{day.month}/{day.year}"
        return f"{day.day:02d}{day:%b}".upper() + f"{day.year}"


FORCES = (
    Force(
        "marlstone",
        "M",
        "Marlstone Police",
        "Marlstone City Council",
        "Marlstone",
        "MQ",
        "marlstone.police.uk",
        "marlstone.gov.uk",
        "Marlstone Central Police Station, Anvil Street, Marlstone MQ1 3BT",
    ),
    Force(
        "eddisford",
        "E",
        "Eddisford Constabulary",
        "Kirkhope and Eddisford Council",
        "Kirkhope",
        "KH",
        "eddisford.pnn.police.uk",
        "kirkhope.gov.uk",
        "Kirkhope Divisional Police Office, Saddler Street, Kirkhope KH3 8NW",
    ),
    Force(
        "fenlow",
        "F",
        "Fenlow Police",
        "Brindham Unitary Authority",
        "Brindham",
        "BQ",
        "fenlow.police.uk",
        "brindham.gov.uk",
        "Brindham Police Station, Cordwainer Road, Brindham BQ2 6HD",
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
    "Arshid", "Atif", "Babar", "Fiaz", "Ijaz", "Ilyas", "Jawad", "Kashif", "Liaqat", "Mazhar", "Mubashir",
    "Naeem", "Nisar", "Parvez", "Qaiser", "Shoaib", "Sikander", "Tanvir", "Tauseef", "Waqar", "Zeeshan",
    "Brett", "Rhys", "Tony", "Vince", "Zak", "Bogdan", "Florin", "Ionut", "Mariusz", "Pawel", "Vasile",
)  # fmt: skip
MIDDLES = (
    "Ehsan", "Fahim", "Hamza", "Kabir", "Luqman", "Mukhtar", "Nabeel", "Obaid", "Raheel", "Sarfraz",
    "Usama", "Zulfiqar", "Krzysztof", "Sebastian",
)  # fmt: skip
SURNAMES = (
    "AZIZ", "BHATTI", "DAR", "GHANI", "GILL", "HAMEED", "HAQ", "HAYAT", "JABBAR", "KAUSAR", "KHALIL",
    "MAHMUD", "MAJEED", "SABIR", "SARWAR", "SHAFI", "SULTAN", "YAQOOB", "AFZAL", "BOSTOCK", "SLATER",
    "HINCHLIFFE", "POLLARD", "KAMINSKI", "POPESCU", "DUMITRU", "KOVACS", "MAZUR", "CARTWRIGHT",
    "DRANSFIELD", "GLEDHILL", "THACKRAY",
)  # fmt: skip
NICKNAMES = ("Ace", "Bunny", "Tiny", "Jazz", "Skinny", "Kaz", "Spider", "Razor", "Smiley", "Dee")
STAFF_FORENAMES = (
    "Eileen", "Doreen", "Brenda", "Raymond", "Janice", "Audrey", "Bernard", "Cynthia", "Freda", "Irene",
    "Joyce", "Lesley", "Norman", "Olive", "Phyllis", "Sylvia", "Walter", "Gwen", "Muriel", "Stanley",
)  # fmt: skip
STAFF_SURNAMES = (
    "BROOK", "KILNER", "MOORHOUSE", "OGDEN", "SWITHENBANK", "UTTLEY", "BAIRSTOW", "DEWHIRST", "EARNSHAW",
    "GAUKROGER", "HORSFALL", "JESSOP", "LUND", "NORMINGTON", "ODDY", "POGSON", "THEWLIS", "WALSHAW",
    "FAIRBURN", "KENYON",
)  # fmt: skip
STREET_NAMES = (
    "Bellows", "Cinder", "Slag", "Furnace", "Clinker", "Crucible", "Ingot", "Smithy", "Chandler",
    "Hatter", "Tanner", "Puddler", "Ore", "Rolling Mill",
)  # fmt: skip
STREET_TYPES = {
    "Street": "St", "Road": "Rd", "Lane": "Ln", "Close": "Cl", "Terrace": "Tce", "Avenue": "Ave",
    "Crescent": "Cres", "Gardens": "Gdns",
}  # fmt: skip
VEHICLES = (
    "blue Vauxhall Astra", "black Toyota Avensis taxi", "silver Ford Galaxy", "red Renault Clio",
    "white Volkswagen Transporter", "green Rover 214", "gold Nissan Primera", "black Honda Accord",
)  # fmt: skip
OFFENCES = (
    "sexual assault of a girl under 13", "controlling a child in prostitution",
    "causing a child to watch a sexual act", "administering a substance with intent",
    "indecency with a child", "taking a child without lawful authority",
    "permitting premises to be used for unlawful sexual intercourse", "arranging the rape of a girl",
)  # fmt: skip
SUBJECT_CODES = (
    "YP31", "YP40", "Victim 17", "Girl K", "Young Person 5", "Complainant K", "Child W", "Child V",
    "Child Z", "Girl 4",
)  # fmt: skip
PROFESSIONS = (
    "looked-after children nurse", "exploitation project worker", "residential care officer",
    "education welfare officer", "independent reviewing officer", "drugs and alcohol worker",
)  # fmt: skip
WITNESS_JOBS = ("takeaway owner", "bus driver", "security guard", "shop assistant", "hotel receptionist",
                "car wash attendant")  # fmt: skip
OPERATIONS = ("Feldspar", "Basalt", "Gypsum", "Cobalt", "Jasper", "Obsidian")
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXY"
# Ofcom's drama ranges for landlines: area code and the exchange of the 0xxx block.
LANDLINES = ("0113 496", "0114 496", "0115 496", "0116 496", "0117 496", "0118 496")
RANKS = ("D/C", "P/C", "D/C", "D/Sgt")
SUPERVISOR_RANKS = ("D/Sgt", "D/Insp", "D/Ch/Insp")


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
    pnc: str = ""  # the person's Police National Computer number
    nickname: str = ""

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
        if force == "marlstone":
            pnc = f" (PNC {self.pnc})" if self.pnc else ""
            return f"{self.forename} {self.surname}{pnc}"
        if force == "eddisford":
            nick = f' "{self.nickname}"' if self.nickname else ""
            return f"{self.forename}{nick} {self.surname.title()}"
        middle = f" {self.middle}" if self.middle else ""
        born = f" (YOB {self.born.year})" if self.born else ""
        return f"{self.surname}, {self.forename}{middle}{born}"

    @property
    def officer(self) -> str:
        """Rank, name and collar number, as these forces sign."""
        return f"{self.rank} {self.short}, collar {self.collar}"


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
            for t in ("Street", "Road", "Lane", "Terrace", "Avenue")
            for n in range(2, 90, 11)
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
        person.pnc = self.new_pnc(person.born)
        person.nickname = self.rng.choice(NICKNAMES)
        return person

    def new_pnc(self, born: date) -> str:
        """A PNC number: two digits of a year, a six-digit serial and a check letter."""
        year = (born.year + 18 + self.rng.randint(0, 10)) % 100
        return f"{year:02d}/{self.unique_number(100000, 999999)}{self.rng.choice(PLATE_LETTERS)}"

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:
        person = self.new_person(STAFF_FORENAMES, STAFF_SURNAMES, role)
        person.rank, person.job = rank, job
        person.collar = str(self.rng.randint(1000, 8999)) if rank else ""
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
            reported=date(1997, 1, 6) + timedelta(days=rng.randint(0, 11 * 365)),
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
        low, high = {"marlstone": (1000, 60000), "eddisford": (1000, 180000)}.get(force.key, (500, 90000))
        return self.unique_number(low, high)

    def referral_serial(self, force: Force) -> int:
        low, high = {"marlstone": (10000, 99999), "eddisford": (800, 40000)}.get(force.key, (1000, 70000))
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
