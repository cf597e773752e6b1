"""The invented world of the twenty-third set: three more forces and their councils, 66 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a crime number carrying the initials of the clerk who entered it; a
call number carrying the kind of caller (V victim, W witness, T third party, P professional); a
council number carrying the child's age; a crime number carrying the beat (101 to 112); a call
number carrying the week of the month (W1 to W5); a council number carrying how the referral
arrived (TEL, EML, LTR or VIS); a crime number carrying how the crime was reported (T, F, O or S);
a call number ending in the day of the month (D01 to D31); and a council number carrying the
level of need (L1 to L4). Each force writes a suspect in its own style, whatever his tradition
(Czech, Portuguese or Zulu names): every name and his complexion in brackets; every name and his
marital status after a dash; every name and a piercing after a slash. Dates are written
17. 12. 2004, Dec/17/2004 and 17.Dec.2004.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

from bench.cases_eval2.world import Item, Ref
from bench.cases_eval7 import world as seventh
from bench.cases_eval7.world import Case
from bench.cases_eval22 import world as twenty_second

__all__ = ["Case", "Force", "Item", "Person", "Ref", "World"]

CLERKS = ("JH", "MK", "RT", "AB")  # Quorndyke's crime clerks, by their initials
CALLERS = ("V", "W", "T", "P")  # who rang Quorndyke: victim, witness, third party, professional
CALLER_WORDS = {"V": "victim", "W": "witness", "T": "third-party", "P": "professional"}
AGES = (13, 14, 15, 16, 17)  # the child's age Quorndyke council numbers a referral under
BEATS = tuple(range(101, 113))  # Brimsettle's beats
ARRIVALS = ("TEL", "EML", "LTR", "VIS")  # how a referral reached Brimsettle council
ARRIVAL_WORDS = {"TEL": "telephone", "EML": "e-mail", "LTR": "letter", "VIS": "visit"}
REPORTED_BY = ("T", "F", "O", "S")  # how a crime reached Hollinsgarth
REPORTED_WORDS = {"T": "by telephone", "F": "at the front counter", "O": "online", "S": "at the scene"}
LEVELS = (1, 2, 3, 4)  # Hollinsgarth council's level of need


def caller_and_serial(number: int) -> tuple[str, int]:
    """Quorndyke's call number: the kind of caller and a serial within that kind."""
    return CALLERS[number % 4], number // 4 + 100


def week_of_month(day: date) -> int:
    return (day.day - 1) // 7 + 1


def serial_in(value: str) -> int:
    """The serial of a crime or council number: its first run of four to six digits."""
    return int(re.findall(r"\d{4,6}", value)[0])


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
        if self.key == "quorndyke":  # QD and the year, a five-digit serial, the clerk's initials
            clerk = CLERKS[unit % 4]
            return Ref(
                "crime",
                f"QD{yy}/{serial:05d}/{clerk}",
                (
                    ("spaced", f"{clerk}: QD {serial:05d}/{yy}"),
                    ("worded", f"crime {serial:05d} entered by clerk {clerk} in {year}"),
                ),
            )
        if self.key == "brimsettle":  # BS and the year, B and the beat, a five-digit serial
            beat = BEATS[unit % len(BEATS)]
            return Ref(
                "crime",
                f"BS{yy}B{beat}-{serial:05d}",
                (
                    ("spaced", f"B{beat} {serial:05d} BS{yy}"),
                    ("worded", f"beat {beat} crime {serial:05d} ({year})"),
                ),
            )
        how = REPORTED_BY[unit % 4]  # hollinsgarth: the year, HG, how it was reported, the serial
        return Ref(
            "crime",
            f"{yy}/HG/{how}/{serial:05d}",
            (
                ("spaced", f"HG:{how} {serial:05d}/{yy}"),
                ("worded", f"crime {serial:05d} taken {REPORTED_WORDS[how]} in {year}"),
            ),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        yy = f"{day.year % 100:02d}"
        if self.key == "quorndyke":  # QC, the year, the kind of caller run into a serial
            caller, serial = caller_and_serial(number)
            return Ref(
                "incident",
                f"QC-{yy}-{caller}{serial:04d}",
                (
                    ("spaced", f"QC{yy} {caller}-{serial:04d}"),
                    ("worded", f"call {serial:04d} from a {CALLER_WORDS[caller]} caller, {day.year}"),
                ),
            )
        if self.key == "brimsettle":  # BC, a serial, the week of the month, the year
            week, serial = week_of_month(day), number + 200
            return Ref(
                "incident",
                f"BC/{serial:04d}/W{week}/{yy}",
                (
                    ("spaced", f"BC-W{week} {serial:04d}.{yy}"),
                    ("worded", f"call {serial:04d} in week {week} of {day:%B} {day.year}"),
                ),
            )
        serial = number + 500  # hollinsgarth: HGC, a serial, the year, the day of the month
        return Ref(
            "incident",
            f"HGC{serial:04d}-{yy}-D{day.day:02d}",
            (
                ("spaced", f"HGC {serial:04d}/{yy} day {day.day:02d}"),
                ("worded", f"day {day.day:02d} call {serial:04d}, {day.year}"),
            ),
        )

    def referral_ref(self, serial: int, year: int, area: int = 0) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "quorndyke":  # QCC and the year, a serial, A and the child's age
            age = AGES[area % len(AGES)]
            return Ref(
                "referral",
                f"QCC{yy}.{serial:04d}.A{age}",
                (
                    ("spaced", f"QCC {serial:04d} {yy} age {age}"),
                    ("worded", f"referral {serial:04d} for a child aged {age}, {year}"),
                ),
            )
        if self.key == "brimsettle":  # BR, the year, a serial, how the referral arrived
            how = ARRIVALS[area % 4]
            return Ref(
                "referral",
                f"BR.{yy}.{serial:04d}.{how}",
                (
                    ("spaced", f"BR {how}{serial:04d} {yy}"),
                    ("worded", f"referral {serial:04d} received by {ARRIVAL_WORDS[how]} in {year}"),
                ),
            )
        level = LEVELS[area % 4]  # hollinsgarth: HDC, the level of need, a serial, the year
        return Ref(
            "referral",
            f"HDC/L{level}/{serial:04d}/{yy}",
            (
                ("spaced", f"HDC L{level} {yy}-{serial:04d}"),
                ("worded", f"level {level} need, case {serial:04d} of {year}"),
            ),
        )

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "quorndyke":
            return f"{day.day}. {day.month}. {day.year}"
        if self.key == "brimsettle":
            return f"{day:%b}/{day.day}/{day.year}"
        return f"{day.day}.{day:%b}.{day.year}"


FORCES = (
    Force(
        "quorndyke",
        "Q",
        "Quorndyke Police",
        "Quorndyke City Council",
        "Quorndyke",
        "ZK",
        "quorndyke.police.uk",
        "quorndyke-city.gov.uk",
        "Quorndyke Police, Hobgate Investigation Hub, Quorndyke ZK5 2WF",
    ),
    Force(
        "brimsettle",
        "B",
        "Brimsettle Constabulary",
        "Brimsettle Borough Council",
        "Brimsettle",
        "QJ",
        "brimsettle.police.uk",
        "brimsettle-bc.gov.uk",
        "Brimsettle Constabulary, Mallerstang Public Protection Unit, Brimsettle QJ8 4HD",
    ),
    Force(
        "hollinsgarth",
        "H",
        "Hollinsgarth Police",
        "Hollinsgarth District Council",
        "Hollinsgarth",
        "VZ",
        "hollinsgarth.police.uk",
        "hollinsgarth-dc.gov.uk",
        "Hollinsgarth Police, Fewston Safeguarding Suite, Hollinsgarth VZ3 7PL",
    ),
)

OUTCOME_PLAN = seventh.OUTCOME_PLAN  # the 22 initial outcomes of a force, the unknown five last
OUTCOMES = seventh.OUTCOMES
CLOSED_OUTCOMES = seventh.CLOSED_OUTCOMES

# (forenames, middles, surnames) per force: Czech, with its č, ě, ř, š, ť, ů and ý (all in ISO
# 8859-2); Portuguese, two surnames (the second sometimes after "de", "da" or "dos") and its ã, õ,
# ç, ê and acute vowels (all in code page 858); Zulu, plain ASCII letters. Only the Zulu-named
# force's suspects cross into other forces' files: every force's encoding holds their names.
NAMES = {
    "quorndyke": (
        ("Bořivoj", "Čeněk", "Lubomír", "Kvido", "Radovan", "Jaromír", "Hostivít", "Drahoslav", "Soběslav",
         "Bedřich", "Vlastimil", "Břetislav"),
        ("Václav", "Oldřich", "Kašpar", "Vavřinec", "Matouš", "Blažej", "Florián"),
        ("Dvořáček", "Kratochvíl", "Průcha", "Hrubeš", "Vondráček", "Kořínek", "Pospíchal", "Říha",
         "Bečvář", "Přibyl", "Voříšek", "Řezníček"),
    ),
    "brimsettle": (
        ("Joaquim", "Duarte", "Vasco", "Afonso", "Simão", "Fernão", "Tomé", "Romão", "Estêvão", "Belmiro",
         "Custódio", "Amândio"),
        ("Brás", "Lourenço", "Jerónimo", "Valério", "Damião", "Teotónio", "Caetano"),
        ("Sequeira de Brito", "Gouveia Nóbrega", "Valadares dos Anjos", "Bettencourt da Cunha",
         "Medeiros Furtado", "Albuquerque Simões", "Carvalhais de Sá", "Loureiro Frazão",
         "Meireles da Graça", "Azevedo Calado", "Quintela Mourão", "Cerqueira Gusmão"),
    ),
    "hollinsgarth": (
        ("Sibusiso", "Mandla", "Bongani", "Nkosinathi", "Mxolisi", "Thulani", "Sandile", "Vusumuzi",
         "Lungelo", "Mduduzi", "Zwelakhe", "Njabulo"),
        ("Bhekizizwe", "Mfanafuthi", "Sithembiso", "Dumisani", "Khulekani", "Zenzele", "Phumlani"),
        ("Dlamini", "Mkhize", "Khumalo", "Ngcobo", "Shabalala", "Buthelezi", "Magubane", "Nxumalo",
         "Msimang", "Gumede", "Hlongwane", "Madlala"),
    ),
}  # fmt: skip
PARTICLES = ("de", "da", "dos")  # the small words between Portuguese surnames, no names of their own
COMPLEXIONS = ("pale", "fair", "olive", "ruddy", "sallow", "freckled")
MARITAL = ("married", "single", "divorced", "separated", "widowed", "married")
PIERCINGS = ("left ear", "right ear", "both ears", "eyebrow", "nose", "lower lip")
STAFF_FORENAMES = (
    "Tertius", "Walburga", "Phineas", "Sabina", "Yolande", "Ethelred", "Wulfric", "Eadgyth", "Hereward",
    "Edwy", "Aldhelm", "Cynric", "Dunstan", "Frideswide", "Ceolwulf", "Botolph", "Everard", "Isabeau",
    "Rohese", "Annora",
)  # fmt: skip
STAFF_SURNAMES = (
    "Featherstonehaugh", "Higginbottom", "Gotobed", "Winterbottom", "Clutterbuck", "Cruttenden",
    "Longbottom", "Fawthrop", "Shakeshaft", "Goodenough", "Lovelady", "Makepeace", "Gathergood",
    "Treadaway", "Upjohn", "Summerscales", "Honeybone", "Sweetapple", "Bracegirdle", "Swindlehurst",
)  # fmt: skip
STREET_STEMS = (
    "Cobnut", "Filbert", "Damson", "Loquat", "Wineberry", "Tayberry", "Lingonberry", "Barberry", "Whortle",
    "Bilberry", "Juneberry", "Loganberry",
)  # fmt: skip
STREET_KINDS = ("Jitty", "Drang", "Tenfoot", "Twitchel")
VEHICLES = (
    "silver Skoda Roomster", "black Dacia Logan MCV", "white Fiat Doblo", "blue SEAT Alhambra",
    "maroon Kia Carens", "grey Nissan Almera Tino", "gold Daihatsu Terios", "green Suzuki Wagon R",
)  # fmt: skip
OFFENCES = (
    "luring a fourteen-year-old to a flat above a takeaway and raping her there",
    "handing a Year 9 girl to men at a caravan site in return for cannabis",
    "abusing a girl of thirteen inside a private hire car",
    "prostituting a runaway fifteen-year-old in a budget hotel",
    "filming a drunk schoolgirl during a sexual assault and threatening to post it",
    "keeping a girl in care at his house for days and abusing her",
    "trading cigarettes and mobile credit with a thirteen-year-old for sexual acts",
    "raping a Year 11 pupil after a party in a disused mill",
)  # fmt: skip
SUBJECT_CODES = (
    "Teenager Quartz", "Teenager Onyx", "Student ST-5", "Student ST-12", "Complainant Q", "Complainant V",
    "Young Female YF2", "Young Female YF8", "Adolescent 7", "Adolescent 15",
)  # fmt: skip
PROFESSIONS = (
    "exploitation navigator", "designated safeguarding lead", "detached youth worker",
    "substance misuse worker", "residential key worker", "family group conference coordinator",
)  # fmt: skip
WITNESS_JOBS = (
    "taxi office dispatcher", "kebab van owner", "bus station cleaner", "car park barrier attendant",
    "off-licence shop assistant", "hotel night receptionist",
)  # fmt: skip
OPERATIONS = ("Haar", "Sirocco", "Chinook", "Mistral", "Harmattan", "Foehn")
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
LANDLINES = ("0121 496 0", "0131 496 0", "0141 496 0")  # Ofcom drama ranges, less the last three digits
RANKS = ("DC", "PC", "TDC", "PS")
SUPERVISOR_RANKS = ("DS", "DI", "DCI", "Supt")


@dataclass
class Person(twenty_second.Person):
    """Someone named in a case's files: the twenty-second set's person, written in this set's styles."""

    complexion: str = ""  # what Quorndyke writes after a suspect's name
    marital: str = ""  # what Brimsettle writes after a suspect's name
    piercing: str = ""  # what Hollinsgarth writes after a suspect's name

    def written(self, force: str) -> str:
        """Quorndyke: every name and his complexion; Brimsettle: every name and his marital status;
        Hollinsgarth: every name and a piercing."""
        middle = f" {self.middle}" if self.middle else ""
        name = f"{self.forename}{middle} {self.surname}"
        if force == "quorndyke":
            return f"{name} (complexion: {self.complexion})" if self.complexion else name
        if force == "brimsettle":
            return f"{name} - marital status: {self.marital}" if self.marital else name
        return f"{name} / piercing: {self.piercing}" if self.piercing else name

    @property
    def officer(self) -> str:
        """Rank, name and collar number, as these forces sign."""
        return f"{self.rank} {self.short} ({self.collar})"


class World(twenty_second.World):
    """Builds the cases: the twenty-second set's builder (and through it the seventeenth and earlier
    sets' references, look-ups and people), with this set's forces, people and things."""

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
                for n in range(2 + position, 160, 9)
            ]
            for position, force in enumerate(FORCES)
        }
        for pool in self.street_pool.values():
            self.rng.shuffle(pool)

    def new_address(self, force: Force) -> Item:  # type: ignore[override]
        number, stem, kind = self.street_pool[force.key].pop()
        district = f"{force.postcode}{self.rng.randint(30, 39)} {self.rng.randint(1, 9)}"
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
        person.born = date(1966, 4, 1) + timedelta(days=self.rng.randint(0, 23 * 365))
        person.tradition = force.key
        self.give_marks(person)
        return person

    def give_marks(self, person: Person) -> None:  # type: ignore[override]
        """What each force notes beside a suspect: his complexion, his marital status, a piercing."""
        person.complexion = self.rng.choice(COMPLEXIONS)
        person.marital = self.rng.choice(MARITAL)
        person.piercing = self.rng.choice(PIERCINGS)

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:  # type: ignore[override]
        while True:
            forename, surname = self.rng.choice(STAFF_FORENAMES), self.rng.choice(STAFF_SURNAMES)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                break
        person = Person(forename, surname, role, rank=rank, job=job)
        person.collar = f"{self.rng.randint(2100, 7999)}" if rank else ""
        return person

    def new_phone(self, landline: bool = False) -> Item:
        if landline:
            return Item("phone", f"{self.rng.choice(LANDLINES)}{self.unique_number(100, 999):03d}")
        return Item("phone", f"07700 900{self.unique_number(100, 999):03d}")

    def new_vehicle(self, year: int) -> Item:
        """A plate of the case's year: an area and the age identifier (the cases start in 2005)."""
        tail = "".join(self.rng.sample(PLATE_LETTERS, 3))
        area = "".join(self.rng.sample(PLATE_LETTERS, 2))
        plate = f"{area}{(year % 100) + (50 if self.rng.random() < 0.5 else 0):02d} {tail}"
        return Item("vehicle", plate, self.rng.choice(VEHICLES))

    def new_case(self, force: Force, index: int, outcome: str) -> Case:  # type: ignore[override]
        rng = self.rng
        case = Case(
            key=f"{force.letter}{index + 1:02d}",
            force=force,  # type: ignore[arg-type]
            outcome_initial=outcome,
            reported=date(2005, 2, 7) + timedelta(days=rng.randint(0, 9 * 365)),
            offence=rng.choice(OFFENCES),
            subject=rng.choice(SUBJECT_CODES),
            officer=self.new_staff("officer", rank=rng.choice(RANKS)),
            supervisor=self.new_staff("officer", rank=rng.choice(SUPERVISOR_RANKS)),
            professional=self.new_staff("professional", job=rng.choice(PROFESSIONS)),
            unit=rng.randint(0, 11),
        )
        case.outcome_final = outcome
        self.give_references(case, index)
        self.give_people(case)
        if outcome in CLOSED_OUTCOMES:
            case.closed = case.reported + timedelta(days=rng.randint(125, 470))
        case.final_date = case.closed
        return case

    def build(self) -> list[Case]:
        """The plain cases of each force, before `plants.plant_all` places the traps."""
        for force in FORCES:
            for index, outcome in enumerate(OUTCOME_PLAN):
                self.cases.append(self.new_case(force, index, outcome))
        return self.cases

    def date_references(self, case: Case) -> None:
        """Re-key the references whose layout depends on the case: a crime number's clerk, beat or
        way of reporting, a council number's age, way of arriving or level of need."""
        force, year = case.force, case.reported.year
        if case.crime:
            case.crime = force.crime_ref(serial_in(case.crime.value), year, case.unit)  # type: ignore[arg-type]
        if case.referral:
            area = case.unit + {"quorndyke": 2, "brimsettle": 1, "hollinsgarth": 3}[force.key]
            case.referral = force.referral_ref(serial_in(case.referral.value), year, area)  # type: ignore[arg-type]

    def give_people(self, case: Case) -> None:
        """The seventh set's people, with this set's witness jobs."""
        seventh.World.give_people(self, case)  # type: ignore[arg-type]
        if case.witness:
            case.witness.job = self.rng.choice(WITNESS_JOBS)
