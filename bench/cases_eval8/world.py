"""The invented world of the eighth set: three more forces and their councils, 66 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a crime number of force letters, year, "C", serial and the crime's
sub-number within its occurrence (the same serial with another sub-number is another case); one
of year, six-digit serial and a check letter; one of a team code, year and serial; an incident
number of the ISO week and a serial, one of a serial and a signals-style date (05FEB03), one of a
day-month-year date, a colon and a serial; council numbers that are an early-help number with no
year, a serial over a two-digit year, and force letters, "SC", year and serial.
Each force writes a suspect in its own style: every forename, the surname in capitals and the
birthplace; the full name with the interpreter booked; or the family name first, as in Hungary,
with a nationality note. Dates are written with Roman-numeral months, with the weekday, or in the
Hungarian order (2003. 02. 05.).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bench.cases_eval2.world import Item, Ref
from bench.cases_eval7 import world as seventh
from bench.cases_eval7.world import Case

__all__ = ["Case", "Force", "Item", "Person", "Ref", "World"]


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

    def crime_ref(self, serial: int, year: int, unit: int = 1) -> Ref:
        """`unit`: the sub-number of a crime within its occurrence (carrbeck), the team (rudmere)."""
        yy = f"{year % 100:02d}"
        if self.key == "carrbeck":  # force letters, year, C, serial, then the sub-number
            sub = unit if unit < 10 else 1
            variants = [
                ("spaced", f"KB {yy} C {serial:05d}/{sub}"),
                ("long", f"KB{year}C{serial:05d}/{sub}"),
            ]
            if serial < 10000:
                variants.append(("nozero", f"KB{yy}C{serial}/{sub}"))
            return Ref("crime", f"KB{yy}C{serial:05d}/{sub}", tuple(variants))
        if self.key == "oxmarsh":  # year, six-digit serial, then a check letter
            check = CHECK_LETTERS[serial % len(CHECK_LETTERS)]
            return Ref(
                "crime",
                f"{yy}.{serial:06d}.{check}",
                (("glued", f"{yy}{serial:06d}/{check}"), ("dashed", f"{yy}-{serial:06d}-{check}")),
            )
        team = unit if unit >= 10 else 31
        variants = [("slashed", f"R{team:02d}/{yy}/{serial:06d}")]
        if serial < 100000:
            variants.append(("nozero", f"R{team:02d}-{yy}-{serial}"))
        return Ref("crime", f"R{team:02d}-{yy}-{serial:06d}", tuple(variants))

    def incident_ref(self, number: int, day: date) -> Ref:
        if self.key == "carrbeck":  # the ISO week of the call, then the serial
            return Ref(
                "incident",
                f"{day:%G}W{day:%V}/{number:04d}",
                (
                    ("spaced", f"{day:%G} wk{day:%V} {number:04d}"),
                    ("short", f"{day:%g}W{day:%V}/{number:04d}"),
                ),
            )
        if self.key == "oxmarsh":  # the serial, then the day as a signals date
            return Ref(
                "incident",
                f"{number:04d}/{day:%d}{MONTHS[day.month - 1]}{day:%y}",
                (
                    ("spaced", f"{number:04d} {day:%d} {MONTHS[day.month - 1]} {day:%y}"),
                    ("mixed", f"{number}/{day:%d}{MONTHS[day.month - 1].title()}{day:%y}"),
                ),
            )
        return Ref(
            "incident",
            f"{day:%d%m%y}:{number:05d}",
            (("spaced", f"{day:%d %m %y}: {number:05d}"), ("long", f"{day:%d%m%Y}:{number:05d}")),
        )

    def referral_ref(self, serial: int, year: int) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "carrbeck":  # an early-help number, no year
            variants = [("hash", f"EHA#{serial:06d}")]
            if serial < 100000:
                variants.append(("nozero", f"EHA-{serial}"))
            return Ref("referral", f"EHA-{serial:06d}", tuple(variants))
        if self.key == "oxmarsh":
            return Ref(
                "referral",
                f"CSF{serial:05d}/{yy}",
                (("bracketed", f"CSF{serial:05d} ({yy})"), ("long", f"CSF{serial:05d}/{year}")),
            )
        variants = [("spaced", f"RZ SC {yy} {serial:05d}")]
        if serial < 10000:
            variants.append(("nozero", f"RZ-SC-{yy}-{serial}"))
        return Ref("referral", f"RZ-SC-{yy}-{serial:05d}", tuple(variants))

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "carrbeck":  # the month in Roman numerals, as the old registry did
            return f"{day.day}.{ROMAN[day.month - 1]}.{day.year}"
        if self.key == "oxmarsh":
            return f"{day:%A} {ordinal(day.day)} {day:%B} {day.year}"
        return f"{day.year}. {day:%m}. {day:%d}."


CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


FORCES = (
    Force(
        "carrbeck",
        "K",
        "Carrbeck Police",
        "Carrbeck Metropolitan Borough Council",
        "Carrbeck",
        "KZ",
        "carrbeck.police.uk",
        "carrbeck-mbc.gov.uk",
        "Carrbeck Divisional Headquarters, Tenterfield Row, Carrbeck KZ4 2WD",
    ),
    Force(
        "oxmarsh",
        "X",
        "Oxmarsh Constabulary",
        "Quernby County Council",
        "Oxmarsh",
        "XM",
        "oxmarsh.pnn.police.uk",
        "quernby.gov.uk",
        "Oxmarsh Quayside Police Station, Oxmarsh XM3 8LF",
    ),
    Force(
        "rudmere",
        "R",
        "Rudmere Police Service",
        "Rudmere and Fothby Borough Council",
        "Rudmere",
        "RZ",
        "rudmere.police.uk",
        "rudmere-fothby.gov.uk",
        "Rudmere Ropewalk Police Office, Rudmere RZ6 1TB",
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
    "carrbeck": (
        ("Bikram", "Dipendra", "Nabin", "Sujan", "Bishal", "Roshan", "Pemba", "Tenzing", "Kamal",
         "Hemanta", "Suraj", "Ganesh"),
        ("Bahadur", "Prasad", "Kaji", "Jung", "Dhoj", "Raj", "Lal"),
        ("Gurung", "Tamang", "Thapa", "Magar", "Limbu", "Sherpa", "Shrestha", "Ghale", "Pun", "Lama",
         "Rai", "Bhandari"),
    ),
    "oxmarsh": (
        ("João", "Luís", "Gonçalo", "Sebastião", "Tiago", "Rodrigo", "Fábio", "Leandro", "Márcio",
         "Anderson", "Wellington", "Cláudio"),
        ("Henrique", "Miguel", "Augusto", "Vinícius", "Inácio", "Renato", "Otávio"),
        ("Ferreira da Silva", "dos Santos", "Gonçalves", "Conceição", "Magalhães", "de Assunção",
         "Brandão", "Falcão", "Rebelo", "do Nascimento", "Carvalhal", "Sampaio"),
    ),
    "rudmere": (
        ("Zoltán", "Gyula", "Ernő", "Tihamér", "Lajos", "Géza", "Béla", "Imre", "Dezső", "Kálmán",
         "Szilárd", "Jenő"),
        ("Ödön", "Győző", "Barnabás", "Dénes", "Csaba", "Bence", "Levente"),
        ("Lakatos", "Sztojka", "Rostás", "Kolompár", "Bogdán", "Sárközi", "Orsós", "Ráduly", "Csonka",
         "Pusztai", "Kökény", "Vadász"),
    ),
}  # fmt: skip
# Where a suspect of each tradition was born, his nationality and the language of his interpreter.
BIRTHPLACES = {
    "carrbeck": ("Pokhara", "Dharan", "Butwal", "Itahari", "Hetauda", "Damak", "Ilam"),
    "oxmarsh": ("Viseu", "Guarda", "Bragança", "Setúbal", "Leiria", "Tomar", "Chaves"),
    "rudmere": ("Miskolc", "Ózd", "Salgótarján", "Nyíregyháza", "Kazincbarcika", "Encs", "Szerencs"),
}
NATIONALITY = {"carrbeck": "Nepalese", "oxmarsh": "Portuguese", "rudmere": "Hungarian"}
LANGUAGE = {"carrbeck": "Nepali", "oxmarsh": "Portuguese", "rudmere": "Hungarian"}
STAFF_FORENAMES = (
    "Hephzibah", "Thaddeus", "Jemima", "Ebenezer", "Jessamy", "Barnaby", "Clementine", "Oriel",
    "Thirza", "Lysander", "Araminta", "Crispin", "Honora", "Keziah", "Letitia", "Cosmo", "Zillah",
    "Jocasta", "Leopold", "Wilhelmina",
)  # fmt: skip
STAFF_SURNAMES = (
    "Gawthorpe", "Brearley", "Rishworth", "Tordoff", "Quayle", "Kewley", "Corlett", "Quilliam",
    "Kermode", "Cregeen", "Faragher", "Kinrade", "Qualtrough", "Skillicorn", "Callister", "Clucas",
    "Crellin", "Gelling", "Kneale", "Kissack",
)  # fmt: skip
STREET_STEMS = (
    "Tenterfield", "Worsted", "Tentergate", "Beckside", "Mungo", "Loomshop", "Shoddy", "Noil",
    "Warpers", "Stubbing", "Heald", "Reedmaker",
)  # fmt: skip
STREET_KINDS = ("Close", "Terrace", "Crescent", "Grove")
STREET_SHORT = {"Close": "CL", "Terrace": "TERR", "Crescent": "CRES", "Grove": "GR"}
VEHICLES = (
    "bronze Vauxhall Sintra", "silver Mitsubishi Space Star", "burgundy Seat Alhambra",
    "lime Fiat Multipla", "black Lexus IS200", "white Citroën Berlingo van", "green Saab 9-3",
    "orange Renault Kangoo",
)  # fmt: skip
OFFENCES = (
    "controlling a girl of fifteen for sexual exploitation", "causing a girl of thirteen to watch sex acts",
    "meeting a girl of fourteen after grooming her", "abusing a girl of fifteen in a parked car",
    "inciting a girl of twelve to send indecent images", "raping a girl of fourteen",
    "harbouring a girl absent from her care placement",
    "supplying cannabis to a girl of fifteen to abuse her",
)  # fmt: skip
SUBJECT_CODES = (
    "CYP Orion", "CYP Vega", "Complainant Bravo", "Complainant Sierra", "Girl in Care 3", "Girl in Care 8",
    "Child 21-A", "Child 21-B", "Referred Child Q", "Referred Child T",
)  # fmt: skip
PROFESSIONS = (
    "exploitation lead nurse", "missing-from-care coordinator", "youth offending caseworker",
    "family support practitioner", "school designated safeguarding lead",
    "children's home registered manager",
)  # fmt: skip
WITNESS_JOBS = ("taxi dispatcher", "takeaway delivery rider", "bus driver", "corner shop owner",
                "hotel night porter", "park warden")  # fmt: skip
OPERATIONS = ("Hornbeam", "Blackthorn", "Spindleberry", "Wayfaring", "Guelder", "Buckthorn")
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXY"
# Ofcom's drama ranges for landlines: area code and the exchange of the 0xxx block.
LANDLINES = ("0113 496", "0114 496", "0115 496", "0116 496", "0117 496", "0118 496")
RANKS = ("DC", "PC", "TDC", "DS")
SUPERVISOR_RANKS = ("DS", "DI", "DCI", "Insp")


@dataclass
class Person(seventh.Person):
    """Someone named in a case's files: the seventh set's person, written in this set's styles."""

    tradition: str = "carrbeck"  # the force whose naming tradition a suspect's name comes from

    def written(self, force: str) -> str:
        """The name as a force's officers write a suspect (`alias`: his birthplace; any value adds
        the force's note to the name)."""
        middle = f" {self.middle}" if self.middle else ""
        if force == "carrbeck":  # every forename, the surname in capitals, then the birthplace
            born = f" (born {self.alias})" if self.alias else ""
            return f"{self.forename}{middle} {self.surname.upper()}{born}"
        if force == "oxmarsh":  # the full name, then the interpreter the custody record booked
            interpreter = f" [interpreter: {LANGUAGE[self.tradition]}]" if self.alias else ""
            return f"{self.forename}{middle} {self.surname}{interpreter}"
        nationality = f" ({NATIONALITY[self.tradition]} national)" if self.alias else ""
        return f"{self.surname} {self.forename}{middle}{nationality}"  # family name first, as at home

    @property
    def officer(self) -> str:
        """Rank, name and warrant number, as these forces sign."""
        return f"{self.rank} {self.short}, warrant no. {self.collar}"


class World(seventh.World):
    """Builds the cases, deterministically from a seed: the seventh set's builder, with this set's
    forces, people and things (it keeps the seventh's addresses, phones, numbers, references and look-ups)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used_names: set[str] = set()
        self.used_numbers: set[int] = set()
        self.cases: list[Case] = []
        self.decoys: list[dict] = []
        self.lookalikes: list[dict] = []
        self.street_pool = {
            force.key: [
                (n, stem, kind) for stem in STREET_STEMS for kind in STREET_KINDS for n in range(2, 90, 11)
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
        person.alias = self.rng.choice(BIRTHPLACES[force.key])
        person.tradition = force.key
        return person

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:
        person = self.new_person(STAFF_FORENAMES, STAFF_SURNAMES, role)
        person.rank, person.job = rank, job
        person.collar = str(self.rng.randint(1000, 9899)) if rank else ""
        return person

    def new_vehicle(self, year: int) -> Item:
        if year < 2001:
            plate_year = "NPRSTVWXY"[min(max(year - 1996, 0), 8)]
            plate = f"{plate_year}{self.unique_number(100, 999)} {''.join(self.rng.sample(PLATE_LETTERS, 3))}"
        else:
            area = "".join(self.rng.sample(PLATE_LETTERS, 2))
            tail = "".join(self.rng.sample(PLATE_LETTERS, 3))
            plate = f"{area}{(year % 100) + (50 if self.rng.random() < 0.5 else 0):02d} {tail}"
        return Item("vehicle", plate, self.rng.choice(VEHICLES))

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

    def crime_serial(self, force: Force) -> int:
        low, high = {"carrbeck": (300, 60000), "oxmarsh": (1000, 400000)}.get(force.key, (2000, 300000))
        return self.unique_number(low, high)

    def referral_serial(self, force: Force) -> int:
        low, high = {"carrbeck": (1000, 300000), "oxmarsh": (100, 20000)}.get(force.key, (500, 40000))
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
