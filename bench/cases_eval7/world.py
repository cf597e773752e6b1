"""The invented world of the seventh set: three more forces and their councils, 66 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a crime number that starts with the station's two-digit code (the
same serial and year from another station is another case), one with a sector code between the
year and the serial, one that ends in a division letter; an incident number of a serial and a
day written without separators, one of the year, the day of the year and a serial, one of an ISO
date and a serial; council numbers that are a bare seven-digit contact number, a serial with its
year in brackets (or "of" the year), and a serial glued after letters and a two-digit year.
Each force writes a suspect in its own style: surname in capitals, a slash and the forenames; the
name and "(son of ...)", the father's name; or every forename, then a nickname in quotes, then
the surname.
"""

from __future__ import annotations

import random
import unicodedata
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

    def crime_ref(self, serial: int, year: int, unit: int = 14) -> Ref:
        """`unit`: the station code (dyfnant), the sector number (vennmouth), the division (polventon)."""
        yy = f"{year % 100:02d}"
        if self.key == "dyfnant":  # station, serial, year
            variants = [
                ("spaced", f"{unit:02d} {serial:05d} {yy}"),
                ("dashed", f"{unit:02d}-{serial:05d}-{yy}"),
            ]
            if serial < 10000:
                variants.append(("nozero", f"{unit:02d}/{serial}/{yy}"))
            return Ref("crime", f"{unit:02d}/{serial:05d}/{yy}", tuple(variants))
        if self.key == "vennmouth":  # year, sector, serial
            sector = f"K{unit % 9 + 1}"
            return Ref(
                "crime",
                f"{yy}-{sector}-{serial:05d}",
                (("spaced", f"{yy} {sector} {serial:05d}"), ("glued", f"{yy}{sector}{serial:05d}")),
            )
        division = "NESWC"[unit % 5]
        variants = [("dashed", f"{serial:06d}-{yy}-{division}")]
        if serial < 100000:
            variants.append(("nozero", f"{serial}/{yy}/{division}"))
        return Ref("crime", f"{serial:06d}/{yy}/{division}", tuple(variants))

    def incident_ref(self, number: int, day: date) -> Ref:
        if self.key == "dyfnant":  # the serial, then the day without separators
            return Ref(
                "incident",
                f"{number:04d}-{day:%d%m%y}",
                (("bracketed", f"{number:04d} ({day:%d%m%y})"), ("long", f"{number:04d}-{day:%d%m%Y}")),
            )
        if self.key == "vennmouth":  # the year, the day of the year, the serial
            return Ref(
                "incident",
                f"{day:%y}/{day:%j}/{number:04d}",
                (("glued", f"{day:%y}{day:%j} {number:04d}"), ("long", f"{day:%Y}/{day:%j}/{number:04d}")),
            )
        return Ref(
            "incident",
            f"{day:%Y-%m-%d}/{number:04d}",
            (("hash", f"{day:%Y-%m-%d} #{number:04d}"), ("glued", f"{day:%Y%m%d}/{number:04d}")),
        )

    def referral_ref(self, serial: int, year: int) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "dyfnant":  # the council's bare contact number, no year
            contact = f"{serial + 3100000:07d}"
            return Ref("referral", contact, (("grouped", f"{contact[:3]} {contact[3:]}"),))
        if self.key == "vennmouth":  # a serial with its year in brackets, or "of" the year
            return Ref(
                "referral",
                f"SR {serial:05d} ({year})",
                (("of", f"SR {serial} of {year}"), ("slashed", f"SR{serial:05d}({yy})")),
            )
        variants = [("spaced", f"CPR {yy} {serial:05d}")]
        if serial < 10000:
            variants.append(("nozero", f"CPR{yy}/{serial}"))
        return Ref("referral", f"CPR{yy}/{serial:05d}", tuple(variants))

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "dyfnant":
            return f"{day:%d-%b-%Y}".upper()
        if self.key == "vennmouth":
            return f"{day:%Y-%m-%d}"
        return f"the {ordinal(day.day)} of {day:%B} {day.year}"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


FORCES = (
    Force(
        "dyfnant",
        "F",
        "Heddlu Dyfnant Police",
        "Abercarreg County Borough Council",
        "Abercarreg",
        "DQ",
        "dyfnant.police.uk",
        "abercarreg.gov.uk",
        "Abercarreg Central, Stryd y Castell, Abercarreg DQ2 7HN",
    ),
    Force(
        "vennmouth",
        "V",
        "Vennmouth Constabulary",
        "Vennmouth City Council",
        "Vennmouth",
        "VQ",
        "vennmouth.pnn.police.uk",
        "vennmouth.gov.uk",
        "Vennmouth Lodge Hill Police Station, Vennmouth VQ5 3JU",
    ),
    Force(
        "polventon",
        "P",
        "Polventon Police",
        "Polventon and Kernick Council",
        "Polventon",
        "PJ",
        "polventon.police.uk",
        "polventon-kernick.gov.uk",
        "Polventon Police Station, Chapel Wharf, Polventon PJ8 1QE",
    ),
)

# The initial outcome of each force's 22 cases (reopened cases end with another outcome).
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
    + ["unknown"] * 5
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

# Each force's suspects come from its own naming tradition: (forenames, middles, surnames).
NAMES = {
    "dyfnant": (
        (
            "Oktay",
            "Volkan",
            "Ercüment",
            "Tayfun",
            "Serkan",
            "Gürkan",
            "Behrouz",
            "Kourosh",
            "Siamak",
            "Farshid",
            "Mehrdad",
            "Shahram",
        ),
        ("Kaan", "Emre", "Ufuk", "Cüneyt", "Ardalan", "Bijan", "Dariush"),
        (
            "Öztürk",
            "Karakaya",
            "Dönmez",
            "Güngör",
            "Çakmak",
            "Yücel",
            "Rezaei",
            "Moradi",
            "Jafari",
            "Karimzadeh",
            "Sadeghi",
            "Hosseinpour",
        ),
    ),
    "vennmouth": (
        (
            "Tesfay",
            "Mehari",
            "Yonas",
            "Berhane",
            "Tekle",
            "Dawit",
            "Abdelrahim",
            "Mubarak",
            "Osman",
            "Babiker",
            "Elfatih",
            "Hamdan",
        ),
        ("Gebremedhin", "Kidane", "Woldu", "Tsegay", "Elamin", "Abdalla", "Elnour"),
        (
            "Haile",
            "Ghebreyesus",
            "Tewolde",
            "Habtom",
            "Okbazghi",
            "Yemane",
            "Elbashir",
            "Mohamedain",
            "Eltayeb",
            "Abdelgadir",
            "Hamad",
            "Elsheikh",
        ),
    ),
    "polventon": (
        ("Tuấn", "Hùng", "Dũng", "Khánh", "Quang", "Thắng", "Phúc", "Cường", "Hiếu", "Thịnh", "Bảo", "Vinh"),
        ("Văn", "Xuân", "Minh", "Hữu", "Quốc", "Thanh", "Công"),
        ("Nguyễn", "Trần", "Phạm", "Hoàng", "Vũ", "Lê", "Bùi", "Mai", "Hồ", "Ngô", "Dương", "Lý"),
    ),
}
NICKNAMES = ("Mikey", "Kenny", "Jacky", "Sonny", "Benny", "Eddie", "Vinnie", "Stevie")
STAFF_FORENAMES = (
    "Angharad", "Gwenllian", "Rhodri", "Eluned", "Hywel", "Cerys", "Bronwen", "Iolo", "Caoimhe", "Tadhg",
    "Dervla", "Fionnuala", "Eilidh", "Seonaid", "Mairead", "Ruairidh", "Morwenna", "Jago", "Tamsin",
    "Lowenna",
)  # fmt: skip
STAFF_SURNAMES = (
    "Cadwaladr", "Penhaligon", "Pengelly", "Nancarrow", "Carlyon", "Rosewarne", "Trebilcock", "Chenoweth",
    "Prydderch", "Tregenza", "Polglase", "Annear", "Bolitho", "Trewhella", "Angove", "Vosper", "Nankivell",
    "Hocking", "Laity", "Tonkin",
)  # fmt: skip
# A street's English name and, in the Welsh force, its Welsh name.
STREET_STEMS = (
    "Dulais", "Celyn", "Onnen", "Bedwen", "Derwen", "Gwernen", "Helygen", "Masarnen", "Criafol",
    "Ysgawen", "Draenen", "Collen",
)  # fmt: skip
STREET_WELSH = {"Road": "Heol", "Way": "Ffordd", "Street": "Stryd", "Lane": "Lôn"}
STREET_OTHER = ("Tregarthen", "Penwithick", "Lanivet", "Tremough", "Carnkie", "Trevarrack", "Boswedden",
                "Nanjizal", "Porthcurnick", "Chynoweth")  # fmt: skip
VEHICLES = (
    "maroon Proton Persona", "white LDV Convoy minibus", "champagne Daewoo Nubira", "teal Hyundai Lantra",
    "gunmetal Kia Sedona", "yellow Rover 216 cabriolet", "plum Nissan Serena",
    "two-tone Ford Transit Connect",
)  # fmt: skip
OFFENCES = (
    "trafficking a girl within the county to exploit her", "sexually touching a girl of fourteen",
    "taking indecent photographs of a girl of fifteen", "plying a girl with drink to abuse her",
    "paying a girl of sixteen for sex acts", "penetrative assault on a girl of twelve",
    "keeping a runaway girl at his flat", "grooming a girl over social media",
)  # fmt: skip
SUBJECT_CODES = (
    "Looked-After Child 4", "Looked-After Child 9", "Survivor M", "Survivor V", "Pupil 5", "Pupil 11",
    "VP-07", "VP-12", "Young Woman R", "Young Woman W",
)  # fmt: skip
PROFESSIONS = (
    "independent reviewing officer", "looked-after children nurse", "educational psychologist",
    "residential home deputy manager", "sexual health outreach worker", "early help co-ordinator",
)  # fmt: skip
WITNESS_JOBS = ("launderette attendant", "scrapyard foreman", "chip shop fryer", "amusement arcade cashier",
                "car wash valeter", "nail bar receptionist")  # fmt: skip
OPERATIONS = ("Lapwing", "Redshank", "Whimbrel", "Sanderling", "Godwit", "Turnstone")
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXY"
# Ofcom's drama ranges for landlines: area code and the exchange of the 0xxx block.
LANDLINES = ("0113 496", "0114 496", "0115 496", "0116 496", "0117 496", "0118 496")
RANKS = ("DC", "PC", "TDC", "DS")
SUPERVISOR_RANKS = ("DS", "DI", "DCI", "Insp")


@dataclass
class Person:
    """Someone named in a case's files, and what the files make of them."""

    forename: str
    surname: str
    role: str  # suspect, officer, professional, witness, eliminated, solicitor
    evidence: str = ""  # for suspects: arrested, interviewed, named, charged
    middle: str = ""  # for a suspect of the patronymic force: the father's name
    rank: str = ""
    collar: str = ""
    job: str = ""
    born: date | None = None
    alias: str = ""  # the nickname a suspect goes by

    @property
    def key(self) -> str:
        """Who the person is: the name and the date of birth (two men may share a name)."""
        return f"{self.forename} {self.middle} {self.surname} {self.born or ''}".lower().strip()

    @property
    def plain(self) -> str:
        middle = f" {self.middle}" if self.middle else ""
        return f"{self.forename}{middle} {self.surname}"

    @property
    def short(self) -> str:
        return f"{self.forename} {self.surname}"

    def written(self, force: str) -> str:
        """The name as a force's officers write a suspect."""
        if force == "dyfnant":  # surname in capitals, a slash, then every forename
            middle = f" {self.middle}" if self.middle else ""
            return legacy_charset(f"{self.surname.upper()}/{self.forename}{middle}")
        if force == "vennmouth":  # the name, then the father's name
            father = f" (son of {self.middle})" if self.middle else ""
            return f"{self.forename} {self.surname}{father}"
        middle = f" {self.middle}" if self.middle else ""  # every forename, then the nickname
        nickname = f' "{self.alias}"' if self.alias else ""
        return f"{self.forename}{middle}{nickname} {self.surname}"

    @property
    def officer(self) -> str:
        """Rank, name and collar number, as these forces sign."""
        return f"{self.rank} {self.short} #{self.collar}"


def legacy_charset(text: str) -> str:
    """A name as the Welsh force's legacy system keeps it: letters it cannot hold lose their accents."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return text


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
    unit: int = 14
    crime: Ref | None = None
    incident: Ref | None = None
    referral: Ref | None = None
    operation: Ref | None = None
    recrime: Ref | None = None  # the new crime number a reopened case is given
    closed: date | None = None
    outcome_final: str = ""
    reopened: date | None = None
    final_date: date | None = None
    council_only: bool = False
    awaiting_cps: bool = False
    suspects: list[Person] = field(default_factory=list)
    witness: Person | None = None
    eliminated: Person | None = None
    solicitor: Person | None = None
    items: list[Item] = field(default_factory=list)
    item_forms: dict[str, str] = field(default_factory=dict)  # value -> how this case writes it

    @property
    def references(self) -> list[Ref]:
        return [r for r in (self.crime, self.incident, self.referral, self.operation, self.recrime) if r]

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
        self.street_pool = {
            force.key: [
                (n, stem, kind)
                for stem in (STREET_STEMS if force.key == "dyfnant" else STREET_OTHER)
                for kind in ("Road", "Way", "Street", "Lane")
                for n in range(2, 90, 11)
            ]
            for force in FORCES
        }
        for pool in self.street_pool.values():
            self.rng.shuffle(pool)

    def new_person(self, forenames: tuple[str, ...], surnames: tuple[str, ...], role: str) -> Person:
        while True:
            forename, surname = self.rng.choice(forenames), self.rng.choice(surnames)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                return Person(forename, surname, role)

    def new_suspect(self, evidence: str, force: Force) -> Person:
        forenames, middles, surnames = NAMES[force.key]
        person = self.new_person(forenames, surnames, "suspect")
        person.evidence = evidence
        person.middle = self.rng.choice(middles)
        person.born = date(1955, 1, 1) + timedelta(days=self.rng.randint(0, 28 * 365))
        person.alias = self.rng.choice(NICKNAMES)
        return person

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:
        person = self.new_person(STAFF_FORENAMES, STAFF_SURNAMES, role)
        person.rank, person.job = rank, job
        person.collar = str(self.rng.randint(1000, 9899)) if rank else ""
        return person

    def new_address(self, force: Force) -> Item:
        number, stem, kind = self.street_pool[force.key].pop()
        district = f"{force.postcode}{self.rng.randint(1, 9)} {self.rng.randint(1, 9)}"
        district += "".join(self.rng.sample("ABDEFGHJLNPQRSTUWXYZ", 2))
        return Item("address", f"{number} {stem} {kind}, {force.town} {district}")

    def new_phone(self, landline: bool = False) -> Item:
        if landline:
            return Item("phone", f"{self.rng.choice(LANDLINES)} 0{self.unique_number(100, 999):03d}")
        return Item("phone", f"07700 900{self.unique_number(100, 999):03d}")

    def new_vehicle(self, year: int) -> Item:
        if year < 2001:
            plate_year = "NPRSTVWXY"[min(max(year - 1996, 0), 8)]
            plate = f"{plate_year}{self.unique_number(100, 999)} {''.join(self.rng.sample(PLATE_LETTERS, 3))}"
        else:
            area = "".join(self.rng.sample(PLATE_LETTERS, 2))
            tail = "".join(self.rng.sample(PLATE_LETTERS, 3))
            plate = f"{area}{(year % 100) + (50 if self.rng.random() < 0.5 else 0):02d} {tail}"
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
            unit=rng.choice((11, 14, 23, 27, 36)),
        )
        case.outcome_final = outcome
        self.give_references(case, index)
        self.give_people(case)
        if outcome in CLOSED_OUTCOMES:
            case.closed = case.reported + timedelta(days=rng.randint(75, 400))
        case.final_date = case.closed
        return case

    def give_references(self, case: Case, index: int) -> None:
        """Unknown 0: a complaint never crimed; 1: crimed and stalls; 2: an incident and a referral;
        3: a referral the council never passed to the police; 4: crimed and sent to the CPS, no answer."""
        rng, force, year = self.rng, case.force, case.reported.year
        unknown = index - OUTCOME_PLAN.index("unknown") if case.outcome_initial == "unknown" else -1
        case.council_only = unknown == 3
        case.awaiting_cps = unknown == 4
        if (
            unknown in (0, 2)
            or (unknown == -1 and rng.random() < 0.65)
            or (unknown in (1, 4) and rng.random() < 0.5)
        ):
            case.incident = force.incident_ref(self.unique_number(5, 2400), case.reported)
        if unknown in (-1, 1, 4):
            case.crime = force.crime_ref(self.crime_serial(force), year, case.unit)
        if unknown in (1, 2, 3) or (unknown == -1 and rng.random() < 0.55):
            case.referral = force.referral_ref(self.referral_serial(force), year)

    def crime_serial(self, force: Force) -> int:
        low, high = {"dyfnant": (300, 60000), "vennmouth": (1000, 90000)}.get(force.key, (2000, 400000))
        return self.unique_number(low, high)

    def referral_serial(self, force: Force) -> int:
        low, high = {"dyfnant": (1000, 90000), "vennmouth": (100, 20000)}.get(force.key, (500, 40000))
        return self.unique_number(low, high)

    def give_people(self, case: Case) -> None:
        rng = self.rng
        count = {"unknown": rng.choice((0, 1)), "filed_undetected": rng.choice((0, 1))}.get(
            case.outcome_initial, rng.choice((1, 1, 2, 2, 3))
        )
        if case.outcome_initial == "unknown" and not case.crime:
            count = 0  # nobody turned the concern into a crime, so nobody is recorded as a suspect
        if case.awaiting_cps:
            count = max(count, 1)
        for position in range(count):
            evidence = rng.choice(("arrested", "interviewed", "named"))
            if (case.outcome_initial in ("charged", "cautioned") or case.awaiting_cps) and position == 0:
                evidence = "arrested"
            case.suspects.append(self.new_suspect(evidence, case.force))
        if case.suspects:
            case.items.append(self.new_address(case.force))
            if rng.random() < 0.45:
                case.items.append(self.new_vehicle(case.reported.year))
            if rng.random() < 0.4:
                case.items.append(self.new_phone())
        if rng.random() < 0.45 and not case.council_only:
            case.witness = self.new_suspect("", case.force)
            case.witness.role, case.witness.job = "witness", rng.choice(WITNESS_JOBS)
            case.witness.middle = ""
        if case.suspects and rng.random() < 0.3:
            case.eliminated = self.new_suspect("", case.force)
            case.eliminated.role = "eliminated"
        if any(p.evidence == "interviewed" for p in case.suspects):
            case.solicitor = self.new_staff("solicitor", job="solicitor")

    def find(self, force_key: str, outcome: str, nth: int = 0) -> Case:
        matches = [c for c in self.cases if c.force.key == force_key and c.outcome_initial == outcome]
        return matches[nth]
