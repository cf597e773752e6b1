"""The invented world of the evaluation set: three forces and their councils, 66 cases, the people.

Everything here is decided by one seeded random generator, so the same seed gives the same cases.
The planted traps (look-alike references, shared suspects, vehicles, phones and addresses, early
closures, reopened cases, outcomes never stated) are placed by name in `plant_*`, not left to
chance, so the ground truth says exactly what each one is for.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass(frozen=True)
class Force:
    """A police force and the council it works with, each with its own reference formats."""

    key: str
    letter: str
    police: str
    council: str
    town: str
    postcode: str
    police_domain: str
    council_domain: str
    station: str
    name_style: str  # how the force writes a suspect: "caps" Forename SURNAME, "plain", "surname_first"

    def crime_ref(self, serial: int, year: int, sector: str) -> str:
        if self.key == "harnside":
            return f"HC/{year}/{serial:06d}"
        if self.key == "mereshire":
            return f"{sector}/{serial:05d}/{year % 100:02d}"
        return f"{sector}C/{serial:05d}/{year % 100:02d}"

    def incident_ref(self, number: int, day: date) -> str:
        if self.key == "harnside":
            return f"Log {number:04d} of {day:%d/%m/%Y}"
        if self.key == "mereshire":
            return f"INC-{day:%Y%m%d}-{number:04d}"
        return f"CAD{number:04d}/{day:%d%b%y}".upper()

    def referral_ref(self, serial: int, year: int) -> str:
        if self.key == "harnside":
            return f"HMBC/CS/{year}/{serial:04d}"
        if self.key == "mereshire":
            return f"MCC/R/{serial:05d}/{year % 100:02d}"
        return f"OBC-{year % 100:02d}-{serial:04d}"


FORCES = (
    Force("harnside", "H", "Harnside Constabulary", "Harnside Metropolitan Borough Council", "Harnside",
          "HX4", "harnside.police.uk", "harnside.gov.uk", "Divisional HQ, Mill Street, Harnside HX1 1PD",
          "caps"),
    Force("mereshire", "M", "Mereshire Police", "Mereshire County Council", "Tolverton",
          "WF13", "mereshire.pnn.police.uk", "mereshire.gov.uk",
          "Tolverton Police Station, Quarry Lane, Tolverton WF13 2AA", "plain"),
    Force("ostley", "O", "Ostley Valley Police", "Ostley Borough Council", "Ostley",
          "OL9", "ostleyvalley.police.uk", "ostley.gov.uk",
          "Ostley Police Office, Canal Street, Ostley OL9 7RT",
          "surname_first"),
)

# The initial outcome of each force's 22 cases (the final outcome differs for reopened cases).
OUTCOME_PLAN = (
    ["charged"] * 4 + ["cautioned"] * 2 + ["nfa_insufficient_evidence"] * 3
    + ["nfa_victim_did_not_support"] * 3 + ["nfa_cps_advice"] * 2 + ["nfa_not_in_public_interest"]
    + ["nfa"] + ["filed_undetected"] * 2 + ["open"] + ["unknown"] * 3
)
OUTCOMES = ("charged", "cautioned", "nfa", "nfa_insufficient_evidence", "nfa_victim_did_not_support",
            "nfa_cps_advice", "nfa_not_in_public_interest", "filed_undetected", "open", "unknown")
CLOSED_OUTCOMES = frozenset(OUTCOMES) - {"open", "unknown"}

FORENAMES = ("Darren", "Imran", "Wayne", "Shabir", "Lee", "Craig", "Tomasz", "Kyle", "Adil", "Gavin",
             "Nadeem", "Stuart", "Jason", "Rizwan", "Dean", "Mark", "Faisal", "Paul", "Ricky", "Asif",
             "Marek", "Carl", "Zubair", "Neil", "Sajid", "Anthony", "Gary", "Kamran", "Brendan", "Liam")
SURNAMES = ("COLE", "HUSSAIN", "BRACKLEY", "RAFIQ", "HOLT", "DUNMORE", "NOWAK", "PEMBERTON", "AZAM",
            "FENWICK", "IQBAL", "GARSIDE", "TRUEMAN", "BASHIR", "OKONKWO", "CRABTREE", "MIRZA",
            "LYTHGOE", "SHEPPERD", "QURESHI", "KOWALCZYK", "ROWBOTHAM", "ANWAR", "HESKETH", "DARBY",
            "YOUSAF", "MALIK", "ORMEROD", "TANDY", "WHITTAM", "ZAMAN")
STAFF_FORENAMES = ("Joanne", "Mark", "Helen", "Susan", "Andrew", "Claire", "Philip", "Karen", "Ian",
                   "Rachel", "Martin", "Alison", "Graham", "Deborah", "Simon", "Julie")
STAFF_SURNAMES = ("PRIOR", "ELLERBY", "ASHDOWN", "KEMBLE", "THORNLEY", "CALVERT", "MOXON", "SPEIGHT",
                  "HARGREAVES", "LOCKWOOD", "BRIERLEY", "FAIRCLOUGH", "NUTTALL", "SUGDEN", "WADSWORTH",
                  "PICKLES", "HOLROYD", "BARRACLOUGH", "DYSON", "GREENWOOD")
STREETS = ("Tannery Row", "Carding Street", "Weavers Close", "Gasworks Lane", "Chapel Fold", "Dyehouse Road",
           "Spindle Court", "Kiln Terrace", "Bridge End", "Foundry Walk", "Cotton Mews", "Lock Street",
           "Bobbin Lane", "Mill Hey", "Wharf Road", "Clough Avenue", "Tenter Croft", "Beck Side")
VEHICLES = ("silver Vauxhall Astra", "black BMW 3 Series", "white Ford Transit van", "red Peugeot 206",
            "blue Volkswagen Golf", "grey Toyota Avensis taxi", "green Nissan Micra", "black Audi A4")
OFFENCES = ("sexual activity with a child", "rape of a child under 13", "sexual assault",
            "child abduction", "causing a child to engage in sexual activity",
            "supplying controlled drugs to a child", "meeting a child following sexual grooming",
            "sexual exploitation of a child")
SUBJECT_CODES = ("Child A", "Child B", "Child C", "YP1", "YP2", "YP3", "YP4", "Victim 1", "Victim 2",
                 "Female A", "Female B", "Child D", "YP5", "Girl X")
PROFESSIONS = ("social worker", "senior social worker", "school nurse", "youth worker",
               "residential care manager", "CSE co-ordinator")
WITNESS_JOBS = ("taxi driver", "shop assistant", "neighbour", "foster carer", "bus driver", "takeaway owner")


@dataclass
class Person:
    """Someone named in a case's files, and what the files make of them."""

    forename: str
    surname: str
    role: str  # suspect, officer, professional, witness, eliminated
    evidence: str = ""  # for suspects: arrested, interviewed, named, charged
    rank: str = ""
    collar: str = ""
    job: str = ""

    @property
    def key(self) -> str:
        return f"{self.forename} {self.surname}".lower()

    def written(self, style: str) -> str:
        """The name as a force's officers write it."""
        if style == "caps":
            return f"{self.forename} {self.surname}"
        if style == "surname_first":
            return f"{self.surname}, {self.forename}"
        return f"{self.forename} {self.surname.title()}"

    @property
    def plain(self) -> str:
        return f"{self.forename} {self.surname.title()}"

    @property
    def officer(self) -> str:
        return f"{self.rank} {self.collar} {self.forename} {self.surname}"


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
    crime: str | None = None
    incident: str | None = None
    referral: str | None = None
    closed: date | None = None
    outcome_final: str = ""
    reopened: date | None = None
    final_date: date | None = None
    suspects: list[Person] = field(default_factory=list)
    witness: Person | None = None
    eliminated: Person | None = None
    vehicles: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)

    @property
    def references(self) -> list[tuple[str, str]]:
        pairs = (("crime", self.crime), ("incident", self.incident), ("referral", self.referral))
        return [(kind, value) for kind, value in pairs if value]

    @property
    def style(self) -> str:
        return self.force.name_style

    def suspect_name(self, person: Person) -> str:
        return person.written(self.style)


PLURAL = {"vehicle": "vehicles", "phone": "phones", "address": "addresses"}


class World:
    """Builds the cases, deterministically from a seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used_names: set[str] = set()
        self.used_numbers: set[int] = set()
        self.cases: list[Case] = []
        self.decoys: list[dict] = []
        self.lookalikes: list[dict] = []
        self.street_pool = [(n, s) for s in STREETS for n in range(2, 90, 3)]
        self.rng.shuffle(self.street_pool)

    # People -----------------------------------------------------------------------------------

    def new_suspect(self, evidence: str) -> Person:
        while True:
            forename, surname = self.rng.choice(FORENAMES), self.rng.choice(SURNAMES)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                return Person(forename, surname, "suspect", evidence=evidence)

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:
        while True:
            forename, surname = self.rng.choice(STAFF_FORENAMES), self.rng.choice(STAFF_SURNAMES)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                collar = str(self.rng.randint(1100, 6999)) if rank else ""
                return Person(forename, surname, role, rank=rank, collar=collar, job=job)

    def new_address(self, force: Force) -> str:
        number, street = self.street_pool.pop()
        district = f"{force.postcode} {self.rng.randint(1, 9)}{self.rng.choice('ABDEFGHJLNPQRSTUWXY')}" \
                   f"{self.rng.choice('ABDEFGHJLNPQRSTUWXY')}"
        return f"{number} {street}, {force.town} {district}"

    def new_phone(self) -> str:
        return f"07700 900{self.unique_number(100, 999):03d}"

    def new_vehicle(self, year: int) -> str:
        letters = "ABCDEFGHJKLMNPRSTVWXY"
        if year < 2001:
            plate_year = "MNPRSTVWXY"[min(max(year - 1995, 0), 9)]
            plate = f"{plate_year}{self.unique_number(100, 999)} {''.join(self.rng.sample(letters, 3))}"
        else:
            area, tail = "".join(self.rng.sample(letters, 2)), "".join(self.rng.sample(letters, 3))
            plate = f"{area}{year % 100:02d} {tail}"
        return f"{self.rng.choice(VEHICLES)} registration {plate}"

    def unique_number(self, low: int, high: int) -> int:
        while True:
            number = self.rng.randint(low, high)
            if number not in self.used_numbers:
                self.used_numbers.add(number)
                return number

    # Cases ------------------------------------------------------------------------------------

    def build(self) -> list[Case]:
        for force in FORCES:
            for index, outcome in enumerate(OUTCOME_PLAN):
                self.cases.append(self.new_case(force, index, outcome))
        plant_reopened(self)
        plant_early_closures(self)
        plant_lookalikes(self)
        plant_shared_suspects(self)
        plant_shared_items(self)
        plant_decoys(self)
        return self.cases

    def new_case(self, force: Force, index: int, outcome: str) -> Case:
        rng = self.rng
        reported = date(1995, 1, 1) + timedelta(days=rng.randint(0, 15 * 365))
        case = Case(
            key=f"{force.letter}{index + 1:02d}", force=force, outcome_initial=outcome,
            reported=reported, offence=rng.choice(OFFENCES), subject=rng.choice(SUBJECT_CODES),
            officer=self.new_staff("officer", rank=rng.choice(("DC", "PC", "DC", "DS"))),
            supervisor=self.new_staff("officer", rank=rng.choice(("DS", "DI", "DCI"))),
            professional=self.new_staff("professional", job=rng.choice(PROFESSIONS)),
        )
        case.outcome_final = outcome
        self.give_references(case, index)
        self.give_people(case)
        if outcome in CLOSED_OUTCOMES:
            case.closed = reported + timedelta(days=rng.randint(45, 420))
        case.final_date = case.closed
        return case

    def give_references(self, case: Case, index: int) -> None:
        rng, force, year = self.rng, case.force, case.reported.year
        unknown_kind = index - OUTCOME_PLAN.index("unknown") if case.outcome_initial == "unknown" else -1
        sector = rng.choice(("27", "31", "14")) if force.key == "mereshire" else rng.choice("KLNP")
        if unknown_kind != 0:  # the first unknown case of a force is a complaint log with no crime
            case.crime = force.crime_ref(self.unique_number(1000, 99999), year, sector)
        if unknown_kind in (0, 1, 2) or rng.random() < 0.65:
            case.incident = force.incident_ref(rng.randint(1, 2400), case.reported)
        if unknown_kind == 2 or rng.random() < 0.45:
            case.referral = force.referral_ref(self.unique_number(100, 9999), year)

    def give_people(self, case: Case) -> None:
        rng = self.rng
        count = {"unknown": rng.choice((0, 1)), "filed_undetected": rng.choice((0, 1))}.get(
            case.outcome_initial, rng.choice((1, 1, 2, 3)))
        if case.key.endswith("20"):  # the incident-only complaint of each force names nobody
            count = 0
        for position in range(count):
            evidence = rng.choice(("arrested", "interviewed", "named"))
            if case.outcome_initial in ("charged", "cautioned") and position == 0:
                evidence = "arrested"
            case.suspects.append(self.new_suspect(evidence))
        if case.suspects:
            case.addresses.append(self.new_address(case.force))
            if rng.random() < 0.5:
                case.vehicles.append(self.new_vehicle(case.reported.year))
            if rng.random() < 0.4:
                case.phones.append(self.new_phone())
        if rng.random() < 0.6:
            case.witness = self.new_witness(rng.choice(WITNESS_JOBS))
        if case.suspects and rng.random() < 0.25:
            case.eliminated = self.new_suspect("")
            case.eliminated.role = "eliminated"

    def new_witness(self, job: str) -> Person:
        person = self.new_suspect("")
        person.role, person.job = "witness", job
        return person

    def find(self, force_key: str, outcome: str, nth: int = 0) -> Case:
        matches = [c for c in self.cases if c.force.key == force_key and c.outcome_initial == outcome]
        return matches[nth]


REOPENED = (("nfa_insufficient_evidence", "charged"), ("nfa_victim_did_not_support", "open"))


def plant_reopened(world: World) -> None:
    """Two cases a force: NFA'd, reopened in 2011-12, one then charged and one still open."""
    for force in FORCES:
        for outcome, final in REOPENED:
            case = world.find(force.key, outcome, 2)
            case.reopened = date(2011, 3, 1) + timedelta(days=world.rng.randint(0, 400))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(30, 150))
            if not case.suspects:
                case.suspects.append(world.new_suspect("named"))
                case.addresses.append(world.new_address(force))
            if final == "charged":
                case.suspects[0].evidence = "charged"


def plant_early_closures(world: World) -> None:
    """Closed within a few days of the report: an NFA (victim) and a filed case in each force."""
    for force in FORCES:
        for outcome in ("nfa_victim_did_not_support", "filed_undetected"):
            case = world.find(force.key, outcome, 0)
            case.closed = case.reported + timedelta(days=world.rng.randint(1, 4))
            case.final_date = case.closed


def plant_lookalikes(world: World) -> None:
    """Crime and incident references one digit apart, or the same number in another year."""
    for force in FORCES:
        base = world.find(force.key, "charged", 1)
        near = world.find(force.key, "cautioned", 0)
        other_year = world.find(force.key, "nfa_cps_advice", 0)
        serial, sector = lookalike_parts(base)
        near.reported = base.reported + timedelta(days=9)
        near.closed = near.reported + timedelta(days=world.rng.randint(60, 200))
        near.final_date = near.closed
        near.crime = force.crime_ref(serial + 1, near.reported.year, sector)
        other_year.crime = force.crime_ref(serial, base.reported.year + 1, sector)
        if other_year.reported.year != base.reported.year + 1:
            other_year.reported = base.reported.replace(year=base.reported.year + 1, day=1)
            other_year.closed = other_year.reported + timedelta(days=world.rng.randint(60, 300))
            other_year.final_date = other_year.closed
        for case in (near, other_year):
            refresh_dated_refs(world, case)
        world.lookalikes.append({"references": [base.crime, near.crime], "cases": [base.key, near.key],
                                 "why": "crime numbers one digit apart, same year"})
        world.lookalikes.append({"references": [base.crime, other_year.crime],
                                 "cases": [base.key, other_year.key],
                                 "why": "same crime number, another year"})
    plant_incident_lookalike(world)


def lookalike_parts(case: Case) -> tuple[int, str]:
    """The serial and sector of a case's crime number, whatever the force's layout."""
    text = case.crime or ""
    if case.force.key == "harnside":
        return int(text.rsplit("/", 1)[1]), ""
    if case.force.key == "mereshire":
        sector, serial, _ = text.split("/")
        return int(serial), sector
    head, serial, _ = text.split("/")
    return int(serial), head[:-1]


def refresh_dated_refs(world: World, case: Case) -> None:
    """References that carry a date or year follow a moved report date."""
    force, year = case.force, case.reported.year
    if case.incident:
        case.incident = force.incident_ref(world.rng.randint(1, 2400), case.reported)
    if case.referral:
        case.referral = force.referral_ref(world.unique_number(100, 9999), year)


def plant_incident_lookalike(world: World) -> None:
    """Two Mereshire incidents logged on the same day with consecutive numbers: two cases."""
    first = world.find("mereshire", "charged", 2)
    second = world.find("mereshire", "nfa_insufficient_evidence", 1)
    second.reported = first.reported
    second.closed = second.reported + timedelta(days=world.rng.randint(60, 300))
    second.final_date = second.closed
    number = world.rng.randint(100, 2000)
    first.incident = first.force.incident_ref(number, first.reported)
    second.incident = second.force.incident_ref(number + 1, second.reported)
    if second.crime:
        _, serial, _ = second.crime.split("/")
        second.crime = second.force.crime_ref(int(serial), second.reported.year, second.crime.split("/")[0])
    if second.referral:
        second.referral = second.force.referral_ref(world.unique_number(100, 9999), second.reported.year)
    world.lookalikes.append({"references": [first.incident, second.incident],
                             "cases": [first.key, second.key], "why": "incident numbers one apart, same day"})


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of the same suspect
    (("harnside", "nfa_insufficient_evidence", 0), [("harnside", "charged", 0)]),
    (("mereshire", "nfa_cps_advice", 1), [("ostley", "charged", 3)]),
    (("ostley", "nfa_victim_did_not_support", 1),
     [("ostley", "filed_undetected", 1), ("mereshire", "open", 0)]),
    (("harnside", "nfa_not_in_public_interest", 0), [("mereshire", "cautioned", 1)]),
    (("mereshire", "nfa_insufficient_evidence", 0), [("mereshire", "nfa_victim_did_not_support", 1)]),
)


def plant_shared_suspects(world: World) -> None:
    """The same suspect in an NFA case and in one or two other cases (some in another force)."""
    for nfa_spec, others in SHARED_SUSPECTS:
        nfa_case = world.find(*nfa_spec)
        if not nfa_case.suspects:
            nfa_case.suspects.append(world.new_suspect("arrested"))
            nfa_case.addresses.append(world.new_address(nfa_case.force))
        shared = nfa_case.suspects[0]
        for spec in others:
            other = world.find(*spec)
            evidence = world.rng.choice(("arrested", "named"))
            if other.outcome_final == "charged":
                evidence = "charged"
            twin = Person(shared.forename, shared.surname, "suspect", evidence=evidence)
            if other.suspects and other.suspects[0].evidence in ("arrested", "charged"):
                twin.evidence = "named"
            other.suspects.append(twin)


SHARED_ITEMS = (  # kind, the cases that share it (force, outcome, nth)
    ("vehicle", [("harnside", "charged", 2), ("mereshire", "nfa_victim_did_not_support", 0)]),
    ("vehicle", [("ostley", "cautioned", 1), ("ostley", "nfa_insufficient_evidence", 1)]),
    ("vehicle", [("mereshire", "charged", 3), ("mereshire", "filed_undetected", 1),
                 ("mereshire", "nfa", 0)]),
    ("phone", [("harnside", "cautioned", 1), ("harnside", "nfa_cps_advice", 1)]),
    ("phone", [("mereshire", "charged", 0), ("ostley", "nfa_cps_advice", 1)]),
    ("phone", [("ostley", "open", 0), ("harnside", "nfa", 0)]),
    ("address", [("harnside", "filed_undetected", 1), ("harnside", "charged", 3)]),
    ("address", [("mereshire", "cautioned", 0), ("mereshire", "nfa_not_in_public_interest", 0)]),
    ("address", [("ostley", "charged", 0), ("ostley", "nfa_victim_did_not_support", 0)]),
)


def plant_shared_items(world: World) -> None:
    """A vehicle, phone or address written into two or three cases whose suspects differ."""
    for kind, specs in SHARED_ITEMS:
        cases = [world.find(*spec) for spec in specs]
        for case in cases:
            if not case.suspects:
                case.suspects.append(world.new_suspect("named"))
        value = new_item(world, kind, cases[0])
        for case in cases:
            getattr(case, PLURAL[kind]).append(value)


def new_item(world: World, kind: str, case: Case) -> str:
    if kind == "vehicle":
        return world.new_vehicle(case.reported.year)
    if kind == "phone":
        return world.new_phone()
    return world.new_address(case.force)


def plant_decoys(world: World) -> None:
    """Near misses that must not link: a plate one letter off, a phone one digit off, a namesake."""
    a, b = world.find("harnside", "nfa_insufficient_evidence", 1), world.find("ostley", "charged", 1)
    plate = world.new_vehicle(a.reported.year)
    near_plate = plate[:-1] + ("Z" if plate[-1] != "Z" else "Y")
    a.vehicles.append(plate)
    b.vehicles.append(near_plate)
    world.decoys.append({"kind": "vehicle", "values": [plate, near_plate], "cases": [a.key, b.key],
                         "why": "registrations one letter apart: not the same vehicle"})
    c, d = world.find("mereshire", "nfa_not_in_public_interest", 0), world.find("harnside", "open", 0)
    phone = world.new_phone()
    near_phone = phone[:-1] + str((int(phone[-1]) + 1) % 10)
    c.phones.append(phone)
    d.phones.append(near_phone)
    world.decoys.append({"kind": "phone", "values": [phone, near_phone], "cases": [c.key, d.key],
                         "why": "numbers one digit apart: not the same phone"})
    plant_namesake(world)


def plant_namesake(world: World) -> None:
    """Two suspects sharing a surname but not a forename, one in an NFA case: not the same person."""
    nfa_case = world.find("ostley", "nfa", 0)
    other = world.find("harnside", "charged", 1)
    surname = "KILBRIDE"
    first = Person("Brendan", surname, "suspect", evidence="arrested")
    second = Person("Liam", surname, "suspect", evidence="named")
    world.used_names.update({"Brendan KILBRIDE", "Liam KILBRIDE"})
    nfa_case.suspects.append(first)
    other.suspects.append(second)
    if not nfa_case.addresses:
        nfa_case.addresses.append(world.new_address(nfa_case.force))
    world.decoys.append({"kind": "suspect", "values": [first.plain, second.plain],
                         "cases": [nfa_case.key, other.key],
                         "why": "same surname, different forenames: not the same suspect"})
