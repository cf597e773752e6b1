"""The invented world of the thirteenth set: three more forces and their councils, 66 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a crime number of Q, C, the year and a six-digit serial between
slashes; a crime number of BH and the year, the letter C and a six-digit serial, by slashes; a crime
number of WX, a serial, the year and a check letter; a CAD number of a serial and the date with the
month in capitals ("CAD 0388 of 17DEC04"); a log number of L, the year, the day of the year and a serial; an
incident number led by the weekday, then a serial and the date as YYMMDD; and council numbers of
QBC/MASH, the year and a serial, of EH, the year, a serial and the letter B, and of WUC, the
financial year (03-04) and a serial.
Each force writes a suspect in its own style, whatever his tradition (Colombian, Yoruba or Punjabi
Sikh names): every name with the identity code in brackets; every name with his National Insurance
number after a comma; every name with his occupation in brackets. Dates are written as 2004/12/17,
as "December 17th 2004" and as 17-Dec-04.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bench.cases_eval2.world import Item, Ref
from bench.cases_eval7 import world as seventh
from bench.cases_eval7.world import Case
from bench.cases_eval9.world import ordinal
from bench.cases_eval10 import world as tenth

__all__ = ["Case", "Force", "Item", "Person", "Ref", "World"]

CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"  # Wexcombe's check letter: 23 letters, no I, O or Q


def check_letter(serial: int, year: int) -> str:
    return CHECK_LETTERS[(serial * 7 + (year % 100) * 3) % len(CHECK_LETTERS)]


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
        if self.key == "quillmoor":  # Q, C, the year, a six-digit serial, between slashes
            return Ref(
                "crime",
                f"Q/C/{yy}/{serial:06d}",
                (("long", f"Q/C/{year}/{serial:06d}"), ("spaced", f"Q C {yy} {serial:06d}")),
            )
        if self.key == "brackenholt":  # BH and the year, C, a six-digit serial, by slashes
            return Ref(
                "crime",
                f"BH{yy}/C/{serial:06d}",
                (("dashed", f"BH-{yy}-C-{serial:06d}"), ("bracketed", f"C{serial:06d} (BH{yy})")),
            )
        check = check_letter(serial, year)  # wexcombe: WX, a serial, the year, a check letter
        return Ref(
            "crime",
            f"WX/{serial:05d}/{yy}/{check}",
            (("spaced", f"WX {serial:05d} {yy} {check}"), ("tailed", f"{serial:05d}-{yy}{check} WX")),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        yy = f"{day.year % 100:02d}"
        if self.key == "quillmoor":  # CAD, a serial, "of" and the date with the month in capitals
            dated = f"{day.day:02d}{day:%b}{yy}".upper()
            spaced = f"{day.day:02d}-{day:%b}-{yy}".upper()
            return Ref(
                "incident",
                f"CAD {number:04d} of {dated}",
                (("joined", f"CAD{number:04d}-{dated}"), ("spaced", f"CAD {number:04d}/{spaced}")),
            )
        if self.key == "brackenholt":  # L, the year, the day of the year, a serial
            doy = day.timetuple().tm_yday
            return Ref(
                "incident",
                f"L{yy}-{doy:03d}-{number:04d}",
                (
                    ("worded", f"Log {day.year}/{doy:03d}/{number:04d}"),
                    ("short", f"{doy:03d}-{number:04d}/{yy}"),
                ),
            )
        weekday = f"{day:%a}".upper()  # wexcombe: the weekday, a serial, the date as YYMMDD
        return Ref(
            "incident",
            f"{weekday}-{number:04d}/{day:%y%m%d}",
            (
                ("spaced", f"{weekday} {number:04d} / {day:%y%m%d}"),
                ("dated", f"{day:%y%m%d}/{number:04d} ({weekday})"),
            ),
        )

    def referral_ref(self, serial: int, year: int, area: int = 0) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "quillmoor":  # QBC, MASH, the year, a four-digit serial
            return Ref(
                "referral",
                f"QBC/MASH/{yy}/{serial:04d}",
                (("spaced", f"QBC MASH {year} {serial:04d}"), ("short", f"MASH/{serial:04d}/{yy}")),
            )
        if self.key == "brackenholt":  # EH, the year, a four-digit serial, the council's letter B
            return Ref(
                "referral",
                f"EH{yy}-{serial:04d}B",
                (("spaced", f"EH {year} {serial:04d} B"), ("council", f"BDC EH{yy}-{serial:04d}")),
            )
        after = f"{(year + 1) % 100:02d}"  # wexcombe: WUC, the financial year from April of `year`, a serial
        return Ref(
            "referral",
            f"WUC/{yy}-{after}/{serial:04d}",
            (("long", f"WUC {year}-{after} {serial:04d}"), ("turned", f"{serial:04d} WUC {yy}/{after}")),
        )

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "quillmoor":
            return f"{day:%Y/%m/%d}"
        if self.key == "brackenholt":
            return f"{day:%B} {ordinal(day.day)} {day.year}"
        return f"{day.day:02d}-{day:%b}-{day:%y}"


FORCES = (
    Force(
        "quillmoor",
        "Q",
        "Quillmoor Police",
        "Quillmoor Borough Council",
        "Quillmoor",
        "QR",
        "quillmoor.police.uk",
        "quillmoor-bc.gov.uk",
        "Quillmoor Police, Tallowgate Custody and Investigation Centre, Quillmoor QR4 6WN",
    ),
    Force(
        "brackenholt",
        "B",
        "Brackenholt Constabulary",
        "Brackenholt District Council",
        "Brackenholt",
        "BV",
        "brackenholt.pnn.police.uk",
        "brackenholt-dc.gov.uk",
        "Brackenholt Constabulary, Chandlery Street Police Station, Brackenholt BV7 2ES",
    ),
    Force(
        "wexcombe",
        "W",
        "Wexcombe Police",
        "Wexcombe Unitary Council",
        "Wexcombe",
        "WQ",
        "wexcombe.police.uk",
        "wexcombe-uc.gov.uk",
        "Wexcombe Police, Limekiln Yard Public Protection Office, Wexcombe WQ3 9PA",
    ),
)

OUTCOME_PLAN = seventh.OUTCOME_PLAN  # the 22 initial outcomes of a force, the unknown five last
OUTCOMES = seventh.OUTCOMES
CLOSED_OUTCOMES = seventh.CLOSED_OUTCOMES

# (forenames, middles, surnames) per force. Colombian: the father's surname as the second name and
# the mother's as the last; Yoruba: a second given name; Punjabi Sikh: Singh, then the clan name.
NAMES = {
    "quillmoor": (
        ("Jhon", "Yeison", "Wilmar", "Jairo", "Fredy", "Yesid", "Arley", "Duván", "Hernán", "Albeiro",
         "Jhonatan", "Edwin"),
        ("Restrepo", "Cárdenas", "Quintero", "Ospina", "Zuluaga", "Bedoya", "Londoño"),
        ("Arboleda", "Betancur", "Cifuentes", "Echeverri", "Galeano", "Holguín", "Jaramillo", "Muñetón",
         "Ocampo", "Patiño", "Vásquez", "Usuga"),
    ),
    "brackenholt": (
        ("Oluwaseun", "Olumide", "Adewale", "Babatunde", "Ayodeji", "Oladipo", "Temitope", "Kayode",
         "Olusegun", "Gbenga", "Ṣeun", "Ọlámídé"),
        ("Oluwafemi", "Adekunle", "Akinwale", "Ayotunde", "Olanrewaju", "Oladele", "Abiodun"),
        ("Adebayo", "Ogunleye", "Oyelaran", "Akinola", "Fashola", "Adeleke", "Olatunji", "Bamidele",
         "Oyewole", "Afolabi", "Ajíbádé", "Ṣówándé"),
    ),
    "wexcombe": (
        ("Gurpreet", "Harjinder", "Kulwinder", "Jaswinder", "Sukhjit", "Parminder", "Rajvinder", "Baljit",
         "Manjit", "Amarjit", "Jasbir", "Harbhajan"),
        ("Singh",),
        ("Sandhu", "Dhillon", "Grewal", "Sidhu", "Bains", "Sangha", "Johal", "Atwal", "Virdi", "Bhullar",
         "Randhawa", "Hundal"),
    ),
}  # fmt: skip
IDENTITY_CODES = {"quillmoor": "IC2", "brackenholt": "IC3", "wexcombe": "IC4"}
OCCUPATIONS = (
    "car wash attendant", "takeaway delivery rider", "warehouse picker", "tyre fitter",
    "security guard", "private hire driver", "market trader", "barber",
)  # fmt: skip
NINO_PREFIXES = ("JT", "KL", "NP", "RS", "WB", "HE", "ZR", "MX")
STAFF_FORENAMES = (
    "Bartholomew", "Cosima", "Leofric", "Hepzibah", "Aurelius", "Evangeline", "Cornelius", "Florizel",
    "Mehitabel", "Orlando", "Prudence", "Seraphina", "Valentine", "Zachary", "Demelza", "Barnabas",
    "Ferdinand", "Octavius", "Philomena", "Theodora",
)  # fmt: skip
STAFF_SURNAMES = (
    "Sowerbutts", "Haythornthwaite", "Greenhalgh", "Murgatroyd", "Satterthwaite", "Tetlow", "Yeadon",
    "Huckerby", "Wainhouse", "Throssell", "Inchbold", "Brigg", "Outhwaite", "Smalley", "Butterfield",
    "Ibbotson", "Wolstenholme", "Clapham", "Dinsdale", "Sowden",
)  # fmt: skip
STREET_STEMS = (
    "Mangold", "Oxlip", "Burdock", "Comfrey", "Betony", "Chicory", "Vervain", "Agrimony", "Mugwort",
    "Feverfew", "Woad", "Madder",
)  # fmt: skip
STREET_KINDS = ("Vennel", "Snicket", "Ginnel", "Causey")
VEHICLES = (
    "plum Peugeot 307 estate", "gold Nissan Primera", "charcoal Seat Leon", "cream Renault Kangoo van",
    "teal Honda Accord", "champagne Mercedes C-Class", "lime Daewoo Matiz", "grey Skoda Octavia taxi",
)  # fmt: skip
OFFENCES = (
    "sexually touching a 14-year-old in the back room of a car wash",
    "making a 13-year-old watch sexual acts",
    "shuttling a 15-year-old between rented rooms for men to abuse",
    "keeping a 14-year-old away from her foster home overnight",
    "raping a 15-year-old in a disused lock-up",
    "trading cannabis and cash with a 13-year-old for sexual favours",
    "grooming a 14-year-old through a social network chat room",
    "sending indecent pictures of a 15-year-old to other men",
)  # fmt: skip
SUBJECT_CODES = (
    "Girl Hazel", "Girl Ochre", "Complainant Umber", "Complainant Sepia", "YW-11", "YW-27",
    "Juvenile Q", "Juvenile Z", "Injured Party 4", "Injured Party 9",
)  # fmt: skip
PROFESSIONS = (
    "child exploitation navigator", "residential care deputy manager", "school attendance officer",
    "sexual health outreach nurse", "family support practitioner", "youth offending case manager",
)  # fmt: skip
WITNESS_JOBS = (
    "off-licence shop assistant", "night shift cleaner at the bus station", "takeaway pizza chef",
    "car park attendant", "amusement arcade cashier", "hostel night manager",
)  # fmt: skip
OPERATIONS = ("Dolerite", "Quartzite", "Gneiss", "Gabbro", "Schist", "Rhyolite")
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXY"
# Ofcom's drama ranges for landlines: the number less its last three digits.
LANDLINES = ("0113 496 0", "0114 496 0", "0131 496 0", "0151 496 0")
RANKS = ("DC", "PC", "TDC", "DS")
SUPERVISOR_RANKS = ("DS", "DI", "A/DI", "DCI")


@dataclass
class Person(tenth.Person):
    """Someone named in a case's files: the tenth set's person, written in this set's styles."""

    nino: str = ""  # the National Insurance number Brackenholt writes after a suspect's name
    occupation: str = ""  # the occupation Wexcombe writes after a suspect's name

    def written(self, force: str) -> str:
        """Quillmoor: every name and the identity code; Brackenholt: every name and the National
        Insurance number; Wexcombe: every name and the occupation."""
        middle = f" {self.middle}" if self.middle else ""
        name = f"{self.forename}{middle} {self.surname}"
        if force == "quillmoor":  # staff have no tradition of this set, and no code
            code = IDENTITY_CODES.get(self.tradition)
            return f"{name} ({code})" if code else name
        if force == "brackenholt":
            return f"{name}, NINO {self.nino}" if self.nino else name
        return f"{name} (occ. {self.occupation})" if self.occupation else name

    @property
    def officer(self) -> str:
        """Rank, name and shoulder number, as these forces sign."""
        return f"{self.rank} {self.short} ({self.collar})"


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
                for n in range(5 + position, 99, 8)  # house numbers no other force's streets have
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

    def new_nino(self) -> str:
        digits = f"{self.unique_number(100000, 999999)}"
        prefix, suffix = self.rng.choice(NINO_PREFIXES), self.rng.choice("ABCD")
        return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"

    def new_suspect(self, evidence: str, force: Force) -> Person:  # type: ignore[override]
        forenames, middles, surnames = NAMES[force.key]
        while True:
            forename, surname = self.rng.choice(forenames), self.rng.choice(surnames)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                break
        person = Person(forename, surname, "suspect", evidence=evidence)
        person.middle = self.rng.choice(middles)
        person.born = date(1958, 6, 1) + timedelta(days=self.rng.randint(0, 26 * 365))
        person.tradition = force.key
        person.nino = self.new_nino()
        person.occupation = self.rng.choice(OCCUPATIONS)
        return person

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:  # type: ignore[override]
        while True:
            forename, surname = self.rng.choice(STAFF_FORENAMES), self.rng.choice(STAFF_SURNAMES)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                break
        person = Person(forename, surname, role, rank=rank, job=job)
        person.collar = f"{self.rng.choice('QBW')}{self.rng.randint(1000, 8999)}" if rank else ""
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
            reported=date(1999, 2, 15) + timedelta(days=rng.randint(0, 10 * 365)),
            offence=rng.choice(OFFENCES),
            subject=rng.choice(SUBJECT_CODES),
            officer=self.new_staff("officer", rank=rng.choice(RANKS)),
            supervisor=self.new_staff("officer", rank=rng.choice(SUPERVISOR_RANKS)),
            professional=self.new_staff("professional", job=rng.choice(PROFESSIONS)),
            unit=rng.randint(0, 4),
        )
        for officer in (case.officer, case.supervisor):
            officer.collar = force.letter + officer.collar[1:]  # shoulder numbers carry the force's letter
        case.outcome_final = outcome
        self.give_references(case, index)
        self.keep_financial_year(case)
        self.give_people(case)
        if outcome in CLOSED_OUTCOMES:
            case.closed = case.reported + timedelta(days=rng.randint(95, 400))
        case.final_date = case.closed
        return case

    @staticmethod
    def keep_financial_year(case: Case) -> None:
        """Wexcombe's council numbers a referral within the financial year (April to March) it
        arrives in: one received in January to March belongs to the year that began the April before."""
        if case.force.key == "wexcombe" and case.referral and case.reported.month < 4:
            serial = int(case.referral.value.rsplit("/", 1)[1])
            case.referral = case.force.referral_ref(serial, case.reported.year - 1)

    def crime_serial(self, force: Force) -> int:  # type: ignore[override]
        return self.unique_number(1000, 99000)

    def referral_serial(self, force: Force) -> int:  # type: ignore[override]
        return self.unique_number(100, 9999)

    def give_people(self, case: Case) -> None:
        """The tenth set's people, with this set's witness jobs."""
        seventh.World.give_people(self, case)  # type: ignore[arg-type]
        if case.witness:
            case.witness.job = self.rng.choice(WITNESS_JOBS)
