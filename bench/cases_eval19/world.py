"""The invented world of the nineteenth set: three more forces and their councils, 66 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a crime number ending in a split letter (one report recorded as two
crimes, A and B); a call number carrying the radio talkgroup; a council number ending in where the
referral came from; a crime number carrying the records system it was made in (L the legacy
system, N the new one); a call number carrying the call-taker's console; a council number of a
family and the child's place in it; a crime number carrying the policing sector; a call number
carrying the response grade; and a council number carrying the school year group. Each force
writes a suspect in its own style, whatever his tradition (Welsh, Norwegian or Lithuanian names):
every name and his tattoo in brackets; every name and his shoe size; every name and his custody
photograph number in angle brackets. Dates are written 17 Dec '04, 17.12.2004 and
17 December 2004 (Friday).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

from bench.cases_eval2.world import Item, Ref
from bench.cases_eval7 import world as seventh
from bench.cases_eval7.world import Case
from bench.cases_eval17 import world as seventeenth

__all__ = ["Case", "Force", "Item", "Person", "Ref", "World"]

SPLITS = "ABC"  # Quillinghurst's split letters: one report recorded as several crimes
SOURCES = ("SCH", "HLT", "POL", "FAM")  # where a Quillinghurst referral came from
SYSTEMS = "LN"  # Sallowfield's records systems: L the legacy one, N the new one
SECTORS = (11, 14, 17, 23, 26, 29, 32, 35, 38, 41, 44, 47)  # Kelthorpe's policing sectors


def talkgroup_and_serial(number: int) -> tuple[int, int]:
    """Quillinghurst's call number: the talkgroup (1 to 6) and a serial within it."""
    return number % 6 + 1, number // 6 + 100


def console_and_serial(number: int) -> tuple[int, int]:
    """Sallowfield's call number: the call-taker's console (01 to 12) and a serial on it."""
    return number % 12 + 1, number // 12 + 200


def grade_and_serial(number: int) -> tuple[int, int]:
    """Kelthorpe's call number: the response grade (1 to 3) and a serial within that grade."""
    return number % 3 + 1, number // 3 + 300


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
        if self.key == "quillinghurst":  # QH, the year, a five-digit serial, the split letter
            split = SPLITS[unit % 3]
            return Ref(
                "crime",
                f"QH/{yy}/{serial:05d}/{split}",
                (
                    ("spaced", f"QH {yy} {serial:05d} {split}"),
                    ("splitlast", f"{serial:05d}{split}/{year} (QH)"),
                ),
            )
        if self.key == "sallowfield":  # SF, the records system, the year, a five-digit serial
            system = SYSTEMS[unit % 2]
            return Ref(
                "crime",
                f"SF-{system}-{yy}-{serial:05d}",
                (
                    ("spaced", f"SF {system}{yy} {serial:05d}"),
                    ("systemlast", f"{serial:05d}/{yy} (system {system})"),
                ),
            )
        sector = SECTORS[unit % len(SECTORS)]  # kelthorpe: KB, the sector, a five-digit serial, the year
        return Ref(
            "crime",
            f"KB/{sector}/{serial:05d}/{yy}",
            (
                ("dotted", f"KB.{sector}.{serial:05d}.{yy}"),
                ("sectorword", f"sector {sector} crime {serial:05d} of {year}"),
            ),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        yy = f"{day.year % 100:02d}"
        if self.key == "quillinghurst":  # a serial, the year, TG and the talkgroup
            group, serial = talkgroup_and_serial(number)
            return Ref(
                "incident",
                f"{serial:04d}/{yy}-TG{group}",
                (
                    ("spaced", f"TG{group} {serial:04d}/{yy}"),
                    ("worded", f"talkgroup {group} message {serial:04d} of {day.year}"),
                ),
            )
        if self.key == "sallowfield":  # CON and the console, a serial, the year
            console, serial = console_and_serial(number)
            return Ref(
                "incident",
                f"CON{console:02d}-{serial:04d}/{yy}",
                (
                    ("spaced", f"CON {console:02d} {serial:04d} {yy}"),
                    ("worded", f"console {console:02d} call {serial:04d}, {day.year}"),
                ),
            )
        grade, serial = grade_and_serial(number)  # kelthorpe: KT, a serial, G and the grade, the year
        return Ref(
            "incident",
            f"KT-{serial:04d}-G{grade}-{yy}",
            (
                ("spaced", f"KT {serial:04d} G{grade} {yy}"),
                ("worded", f"grade {grade} call {serial:04d} of {day.year}"),
            ),
        )

    def referral_ref(self, serial: int, year: int, area: int = 0) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "quillinghurst":  # QBC, a serial, the year, where the referral came from
            source = SOURCES[area % 4]
            return Ref(
                "referral",
                f"QBC-{serial:04d}/{yy}-{source}",
                (
                    ("spaced", f"QBC {serial:04d} {yy} {source}"),
                    ("sourcefirst", f"{source} referral {serial:04d} of {year}"),
                ),
            )
        if self.key == "sallowfield":  # SFC, the year, the family's serial, the child's place in it
            member = area % 4 + 1
            return Ref(
                "referral",
                f"SFC-{yy}-{serial:04d}/{member}",
                (
                    ("spaced", f"SFC {yy} {serial:04d} {member}"),
                    ("worded", f"family {serial:04d} child {member} ({year})"),
                ),
            )
        group = area % 5 + 7  # kelthorpe: KC, the school year group, a serial, the year
        return Ref(
            "referral",
            f"KC/Y{group:02d}/{serial:04d}/{yy}",
            (
                ("spaced", f"KC Y{group:02d} {serial:04d} {yy}"),
                ("worded", f"Year {group} referral {serial:04d}/{year}"),
            ),
        )

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "quillinghurst":
            return f"{day.day} {day:%b} '{day:%y}"
        if self.key == "sallowfield":
            return f"{day:%d.%m.%Y}"
        return f"{day.day} {day:%B} {day.year} ({day:%A})"


FORCES = (
    Force(
        "quillinghurst",
        "Q",
        "Quillinghurst Constabulary",
        "Quillinghurst Borough Council",
        "Quillinghurst",
        "QG",
        "quillinghurst.police.uk",
        "quillinghurst-bc.gov.uk",
        "Quillinghurst Constabulary, Vellumgate Safeguarding Unit, Quillinghurst QG3 1ZP",
    ),
    Force(
        "sallowfield",
        "F",
        "Sallowfield Police",
        "Sallowfield City Council",
        "Sallowfield",
        "WJ",
        "sallowfield.police.uk",
        "sallowfield-city.gov.uk",
        "Sallowfield Police, Brimstone Yard Exploitation Team, Sallowfield WJ8 4HW",
    ),
    Force(
        "kelthorpe",
        "K",
        "Kelthorpe Police",
        "Kelthorpe District Council",
        "Kelthorpe",
        "XJ",
        "kelthorpe.police.uk",
        "kelthorpe-dc.gov.uk",
        "Kelthorpe Police, Gallowtree Row Public Protection Desk, Kelthorpe XJ5 9TD",
    ),
)

OUTCOME_PLAN = seventh.OUTCOME_PLAN  # the 22 initial outcomes of a force, the unknown five last
OUTCOMES = seventh.OUTCOMES
CLOSED_OUTCOMES = seventh.CLOSED_OUTCOMES

# (forenames, middles, surnames) per force: Welsh, with a second given name and its ŷ and ô (ŷ is
# in ISO-8859-14, the Celtic set); Norwegian, with its æ, ø and å; Lithuanian, with its ą, č, ę,
# ė, į, š, ų, ū and ž. Only the Norwegian force's suspects cross into other forces' files, and
# only those with names of plain ASCII letters, which every force's encoding holds.
NAMES = {
    "quillinghurst": (
        ("Llŷr", "Siôn", "Siôr", "Meurig", "Iorwerth", "Cynwrig", "Rhydian", "Tudur", "Bleddyn",
         "Elfyn", "Gwilym", "Idris"),
        ("Prys", "Dyfrig", "Gwynfor", "Maelgwn", "Elfed", "Hedd", "Aneurin"),
        ("Rhydwen", "Gruffudd", "Trahaearn", "Llwyd", "Rhydderch", "Meredydd", "Pennant", "Gwalchmai",
         "Bevan", "Parry-Hughes", "Tanat", "Mostyn"),
    ),
    "sallowfield": (
        ("Bjørn", "Øyvind", "Håkon", "Sindre", "Eivind", "Torbjørn", "Ståle", "Geir", "Audun", "Vegard",
         "Kjetil", "Ørjan"),
        ("Åsmund", "Trygve", "Helge", "Arve", "Leif", "Roald", "Sverre"),
        ("Sæther", "Østby", "Haugland", "Løvås", "Brækken", "Kvåle", "Fjærli", "Myrvold", "Solbakken",
         "Rønning", "Tveit", "Aasgaard"),
    ),
    "kelthorpe": (
        ("Šarūnas", "Žydrūnas", "Kęstutis", "Ramūnas", "Nerijus", "Gintaras", "Rimvydas", "Arūnas",
         "Egidijus", "Saulius", "Virginijus", "Tadas"),
        ("Algirdas", "Vaidotas", "Žilvinas", "Rolandas", "Dainius", "Gediminas", "Raimondas"),
        ("Dambrauskas", "Žukauskas", "Balčiūnas", "Stankevičius", "Jankauskas", "Navickas", "Urbonavičius",
         "Gaidamavičius", "Šliogeris", "Vaitkus", "Lukoševičius", "Grigonis"),
    ),
}  # fmt: skip
TATTOOS = (
    "anchor, left wrist", "swallow, right hand", "dragon, neck", "rose, left forearm",
    "dagger, right forearm",
    "spider web, elbow", "barcode, nape", "compass, left calf",
)  # fmt: skip
STAFF_FORENAMES = (
    "Drogo", "Hamnet", "Mahala", "Nevill", "Odo", "Parnell", "Rohesia", "Swithun", "Warin",
    "Ethelreda", "Giffard", "Amicia", "Theophania", "Wulfstan", "Eudo", "Mazelina", "Osbern",
    "Petronilla", "Ysolda", "Baldric",
)  # fmt: skip
STAFF_SURNAMES = (
    "Scattergood", "Tumelty", "Grimditch", "Sidebottom", "Clegthorn", "Bickerstaffe", "Tottleby",
    "Winstanley", "Houldsworth", "Bagshawe", "Duckinfield", "Shufflebotham", "Lightollers",
    "Thwaitesby", "Gawkrodger", "Scarfeather", "Nuttallby", "Crompthorne", "Haworthy", "Ormskirkby",
)  # fmt: skip
STREET_STEMS = (
    "Halyard", "Bowsprit", "Mizzen", "Spinnaker", "Gaff", "Scupper", "Taffrail", "Binnacle",
    "Keelson", "Bulwark", "Foredeck", "Lanyard",
)  # fmt: skip
STREET_KINDS = ("Garth", "Chare", "Twitten", "Vennel")
VEHICLES = (
    "cream Renault Espace", "lime Nissan Almera", "wine Ford Galaxy", "graphite Seat Alhambra",
    "lilac Fiat Multipla", "khaki Land Rover Freelander", "coral Kia Carens", "charcoal Rover 75",
)  # fmt: skip
OFFENCES = (
    "plying a fourteen-year-old with cider upstairs at a bookie's, then raping her",
    "chauffeuring a girl aged thirteen round hotels in three counties for men to abuse",
    "grooming a fifteen-year-old through a dating app and then abusing her",
    "abusing a fourteen-year-old girl behind the counter of a kebab shop",
    "passing a girl aged thirteen between men at a static caravan park",
    "photographing a girl of fifteen naked and trading the pictures",
    "abusing a fourteen-year-old girl once he had 'written off' a debt he invented",
    "demanding sex from a schoolgirl aged thirteen in return for cannabis and cash",
)  # fmt: skip
SUBJECT_CODES = (
    "Complainant Marigold", "Complainant Bluebell", "Learner 6D", "Learner 4F", "Protected child Kappa",
    "Protected child Sigma", "Juvenile J12", "Juvenile J37", "Victim Tango", "Victim Quebec",
)  # fmt: skip
PROFESSIONS = (
    "school nurse", "young carers worker", "family intervention worker", "children's home manager",
    "attendance improvement officer", "sexual exploitation specialist nurse",
)  # fmt: skip
WITNESS_JOBS = (
    "bookmaker's cashier", "hotel night porter", "takeaway delivery driver", "caravan park warden",
    "bus station cleaner", "newsagent",
)  # fmt: skip
OPERATIONS = ("Gules", "Sable", "Argent", "Purpure", "Tenne", "Sanguine")
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
LANDLINES = ("0118 496 0", "0121 496 0", "0131 496 0")  # Ofcom drama ranges, less the last three digits
RANKS = ("DC", "PC", "DC", "TDC")
SUPERVISOR_RANKS = ("DS", "DI", "DCI", "Supt")


@dataclass
class Person(seventeenth.Person):
    """Someone named in a case's files: the seventeenth set's person, written in this set's styles."""

    tattoo: str = ""  # the tattoo Quillinghurst writes after a suspect's name
    shoe: int = 0  # the shoe size Sallowfield writes after a suspect's name
    photo: str = ""  # the custody photograph number Kelthorpe writes after a suspect's name

    def written(self, force: str) -> str:
        """Quillinghurst: every name and the tattoo; Sallowfield: every name and the shoe size;
        Kelthorpe: every name and the custody photograph number."""
        middle = f" {self.middle}" if self.middle else ""
        name = f"{self.forename}{middle} {self.surname}"
        if force == "quillinghurst":
            return f"{name} (tattoo: {self.tattoo})" if self.tattoo else name
        if force == "sallowfield":
            return f"{name}, shoe size {self.shoe}" if self.shoe else name
        return f"{name} <photo {self.photo}>" if self.photo else name

    @property
    def officer(self) -> str:
        """Rank, name and shoulder number, as these forces sign."""
        return f"{self.rank} {self.short} (shoulder no. {self.collar})"


class World(seventeenth.World):
    """Builds the cases: the seventeenth set's builder (and through it the sixteenth, fifteenth,
    fourteenth, thirteenth, tenth, ninth and seventh sets' references, look-ups and people), with
    this set's forces, people and things."""

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
        district = f"{force.postcode}{self.rng.randint(10, 19)} {self.rng.randint(1, 9)}"
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
        person.born = date(1961, 5, 1) + timedelta(days=self.rng.randint(0, 25 * 365))
        person.tradition = force.key
        self.give_marks(person)
        return person

    def give_marks(self, person: Person) -> None:
        """What each force notes beside a suspect: a tattoo, a shoe size, a custody photograph."""
        person.tattoo = self.rng.choice(TATTOOS)
        person.shoe = self.rng.randint(6, 13)
        person.photo = f"{self.unique_number(10000, 99999)}"

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:  # type: ignore[override]
        while True:
            forename, surname = self.rng.choice(STAFF_FORENAMES), self.rng.choice(STAFF_SURNAMES)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                break
        person = Person(forename, surname, role, rank=rank, job=job)
        person.collar = f"{self.rng.randint(1100, 8999)}" if rank else ""
        return person

    def new_phone(self, landline: bool = False) -> Item:
        if landline:
            return Item("phone", f"{self.rng.choice(LANDLINES)}{self.unique_number(100, 999):03d}")
        return Item("phone", f"07700 900{self.unique_number(100, 999):03d}")

    def new_vehicle(self, year: int) -> Item:
        """A plate of the case's year: a year letter first before September 2001, else an area and age."""
        tail = "".join(self.rng.sample(PLATE_LETTERS, 3))
        if year < 2002:
            plate_year = "XY"[min(max(year - 2000, 0), 1)]
            return Item(
                "vehicle", f"{plate_year}{self.unique_number(21, 989)} {tail}", self.rng.choice(VEHICLES)
            )
        area = "".join(self.rng.sample(PLATE_LETTERS, 2))
        plate = f"{area}{(year % 100) + (50 if self.rng.random() < 0.5 else 0):02d} {tail}"
        return Item("vehicle", plate, self.rng.choice(VEHICLES))

    def new_case(self, force: Force, index: int, outcome: str) -> Case:  # type: ignore[override]
        rng = self.rng
        case = Case(
            key=f"{force.letter}{index + 1:02d}",
            force=force,  # type: ignore[arg-type]
            outcome_initial=outcome,
            reported=date(2002, 1, 14) + timedelta(days=rng.randint(0, 9 * 365)),
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
            case.closed = case.reported + timedelta(days=rng.randint(110, 420))
        case.final_date = case.closed
        return case

    def build(self) -> list[Case]:
        """The plain cases of each force, before `plants.plant_all` places the traps."""
        for force in FORCES:
            for index, outcome in enumerate(OUTCOME_PLAN):
                self.cases.append(self.new_case(force, index, outcome))
        return self.cases

    def date_references(self, case: Case) -> None:
        """Re-key the references whose layout depends on the case: a crime number's split letter,
        records system or sector, a council number's source, family place or year group."""
        force, year = case.force, case.reported.year
        if case.crime:
            case.crime = force.crime_ref(serial_in(case.crime.value), year, case.unit)  # type: ignore[arg-type]
        if case.referral:
            area = case.unit + {"quillinghurst": 1, "sallowfield": 2, "kelthorpe": 3}[force.key]
            case.referral = force.referral_ref(serial_in(case.referral.value), year, area)  # type: ignore[arg-type]

    def give_people(self, case: Case) -> None:
        """The seventh set's people, with this set's witness jobs."""
        seventh.World.give_people(self, case)  # type: ignore[arg-type]
        if case.witness:
            case.witness.job = self.rng.choice(WITNESS_JOBS)
