"""The invented world of the twentieth set: three more forces and their councils, 66 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a crime number carrying the offence class (SX, EX, TR or CA); a call
number carrying the channel the call came in on (999, 101 or WEB); a council number carrying the
allocated team (T1 to T6); a crime number ending in the district the offence happened in (three
letters); a call number carrying the control room shift (E, L or N) after the serial; a council
number carrying the ward (W01 to W24); a crime number carrying the investigating team (CSE, CID or
PPU); a call number carrying the call-handling centre (three letters); and a council number ending
in the assessment type (S17, S47 or EH). Each force writes a suspect in its own style, whatever his
tradition (Croatian, Quebec French or Irish names): every name and the interpreter he needs; every
name and whether he is left or right handed; every name and his accent. Dates are written
20041217, 17th of Dec. 2004 and Friday, December 17, 2004.
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

CLASSES = ("SX", "EX", "TR", "CA")  # Cratchmere's offence classes
CHANNELS = ("999", "101", "WEB")  # how a call reached Cratchmere's control room
DISTRICTS = ("HBN", "LWT", "RCK", "GMS", "PDY", "OVK")  # Dunmallow's districts
SHIFTS = "ELN"  # Dunmallow's control room shifts: early, late, night
SHIFT_WORDS = {"E": "early", "L": "late", "N": "night"}
TEAMS = ("CSE", "CID", "PPU")  # Ousebarrow's investigating teams
CENTRES = ("ASH", "YEW")  # Ousebarrow's two call-handling centres
ASSESSMENTS = ("S17", "S47", "EH")  # Ousebarrow council's assessment types
ASSESSMENT_WORDS = {"S17": "section 17", "S47": "section 47", "EH": "early help"}


def channel_and_serial(number: int) -> tuple[str, int]:
    """Cratchmere's call number: the channel and a serial within it."""
    return CHANNELS[number % 3], number // 3 + 100


def shift_and_serial(number: int) -> tuple[str, int]:
    """Dunmallow's call number: the shift and a serial within it."""
    return SHIFTS[number % 3], number // 3 + 200


def centre_and_serial(number: int) -> tuple[str, int]:
    """Ousebarrow's call number: the call-handling centre and a serial there."""
    return CENTRES[number % 2], number // 2 + 300


def serial_in(value: str) -> int:
    """The serial of a crime or council number: its first run of four to six digits."""
    return int(re.findall(r"\d{4,6}", value)[0])


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


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
        if self.key == "cratchmere":  # CM, the year, the offence class, a five-digit serial
            kind = CLASSES[unit % 4]
            return Ref(
                "crime",
                f"CM-{yy}-{kind}-{serial:05d}",
                (
                    ("spaced", f"CM{yy} {kind}{serial:05d}"),
                    ("classlast", f"{serial:05d}/{year} class {kind}"),
                ),
            )
        if self.key == "dunmallow":  # DM, a five-digit serial, the year, the district
            district = DISTRICTS[unit % len(DISTRICTS)]
            return Ref(
                "crime",
                f"DM{serial:05d}.{yy}.{district}",
                (
                    ("spaced", f"DM {serial:05d} {yy} {district}"),
                    ("districtfirst", f"{district} district crime {serial:05d} ({year})"),
                ),
            )
        team = TEAMS[unit % 3]  # ousebarrow: the team, a five-digit serial, the year, OB
        return Ref(
            "crime",
            f"{team}:{serial:05d}:{yy}:OB",
            (
                ("spaced", f"OB {team} {serial:05d} {yy}"),
                ("teamword", f"{team} team crime {serial:05d} of {year}"),
            ),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        yy = f"{day.year % 100:02d}"
        if self.key == "cratchmere":  # CC, the channel, a serial, the year
            channel, serial = channel_and_serial(number)
            return Ref(
                "incident",
                f"CC{channel}/{serial:04d}/{yy}",
                (
                    ("spaced", f"CC {channel} {serial:04d} {yy}"),
                    ("worded", f"{channel} call no. {serial:04d} in {day.year}"),
                ),
            )
        if self.key == "dunmallow":  # DS, a serial, the shift letter, the year
            shift, serial = shift_and_serial(number)
            return Ref(
                "incident",
                f"DS{serial:04d}{shift}-{yy}",
                (
                    ("spaced", f"DS {serial:04d} {shift} {yy}"),
                    ("worded", f"{SHIFT_WORDS[shift]} shift call {serial:04d}/{day.year}"),
                ),
            )
        centre, serial = centre_and_serial(number)  # ousebarrow: the year, the centre, a serial
        return Ref(
            "incident",
            f"{yy}{centre}{serial:04d}",
            (
                ("spaced", f"{centre}-{serial:04d}/{yy}"),
                ("worded", f"{centre} centre log {serial:04d}, year {day.year}"),
            ),
        )

    def referral_ref(self, serial: int, year: int, area: int = 0) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "cratchmere":  # CMC, the team, a serial, the year
            team = area % 6 + 1
            return Ref(
                "referral",
                f"CMC.T{team}.{serial:04d}.{yy}",
                (
                    ("spaced", f"CMC T{team} {serial:04d} {yy}"),
                    ("worded", f"team {team} referral {serial:04d} ({year})"),
                ),
            )
        if self.key == "dunmallow":  # the ward, a serial, the year, DC
            ward = area % 24 + 1
            return Ref(
                "referral",
                f"W{ward:02d}-{serial:04d}-{yy}-DC",
                (
                    ("spaced", f"DC W{ward:02d}/{serial:04d}/{yy}"),
                    ("worded", f"ward {ward} referral no. {serial:04d}, {year}"),
                ),
            )
        kind = ASSESSMENTS[area % 3]  # ousebarrow: OBC, the year, a serial, the assessment type
        return Ref(
            "referral",
            f"OBC{yy}-{serial:04d}-{kind}",
            (
                ("spaced", f"OBC {yy} {serial:04d} {kind}"),
                ("worded", f"{ASSESSMENT_WORDS[kind]} referral {serial:04d}/{yy}"),
            ),
        )

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "cratchmere":
            return f"{day:%Y%m%d}"
        if self.key == "dunmallow":
            return f"{ordinal(day.day)} of {day:%b}. {day.year}"
        return f"{day:%A}, {day:%B} {day.day}, {day.year}"


FORCES = (
    Force(
        "cratchmere",
        "C",
        "Cratchmere Constabulary",
        "Cratchmere Metropolitan Borough Council",
        "Cratchmere",
        "VU",
        "cratchmere.police.uk",
        "cratchmere-mbc.gov.uk",
        "Cratchmere Constabulary, Pigeonhole Lane Vulnerability Hub, Cratchmere VU2 6RN",
    ),
    Force(
        "dunmallow",
        "D",
        "Dunmallow Police",
        "Dunmallow County Council",
        "Dunmallow",
        "JQ",
        "dunmallow.police.uk",
        "dunmallow-cc.gov.uk",
        "Dunmallow Police, Threadneedle Works Child Exploitation Unit, Dunmallow JQ7 3BX",
    ),
    Force(
        "ousebarrow",
        "B",
        "Ousebarrow Police",
        "Ousebarrow Borough Council",
        "Ousebarrow",
        "ZW",
        "ousebarrow.police.uk",
        "ousebarrow-bc.gov.uk",
        "Ousebarrow Police, Saltpetre Street Safeguarding Hub, Ousebarrow ZW4 8LS",
    ),
)

OUTCOME_PLAN = seventh.OUTCOME_PLAN  # the 22 initial outcomes of a force, the unknown five last
OUTCOMES = seventh.OUTCOMES
CLOSED_OUTCOMES = seventh.CLOSED_OUTCOMES

# (forenames, middles, surnames) per force: Croatian, with its č, ć, đ, š and ž (all in the Mac
# Croatian set); Quebec French, with hyphenated given names and its é, è, ê, ç and ô (all in DOS code
# page 863); Irish, with the fada and surnames of two or three words (Ó, Mac, de). Only the Quebec
# force's suspects cross into other forces' files, and only those with names of plain ASCII letters,
# which every force's encoding holds.
NAMES = {
    "cratchmere": (
        ("Krešimir", "Zvonimir", "Dražen", "Mladen", "Dubravko", "Željko", "Hrvoje", "Vjekoslav",
         "Slaven", "Tihomir", "Ljubomir", "Božidar"),
        ("Stjepan", "Đuro", "Mato", "Franjo", "Ćiril", "Dragutin", "Vinko"),
        ("Kovačević", "Šimunović", "Đurđević", "Jurišić", "Pavletić", "Grgurević", "Vukelić", "Bošnjak",
         "Žuvela", "Crnković", "Radošević", "Milinović"),
    ),
    "dunmallow": (
        ("Marc-André", "Jean-François", "Réjean", "Gaétan", "Benoît", "Ghislain", "Rénald", "Gilles",
         "Normand", "Sylvain", "Yvon", "Rosaire"),
        ("Hervé", "Gérard", "Aimé", "Denis", "Lucien", "Fernand", "Roch"),
        ("Côté", "Bélanger", "Lévesque", "Larivière", "Thibodeau", "Ouellet", "Desjardins", "Tremblay",
         "Pelletier", "Gauthier", "Bouchard", "Nadeau"),
    ),
    "ousebarrow": (
        ("Donncha", "Pádraig", "Flannán", "Cathal", "Ruairí", "Fionnán", "Diarmuid", "Seosamh", "Ciarán",
         "Éamonn", "Proinsias", "Cillian"),
        ("Séamus", "Dónall", "Fiachra", "Lorcán", "Micheál", "Rónán", "Tomás"),
        ("Ó Súilleabháin", "Mac Giolla Phádraig", "Ó Ceallacháin", "Mac Cárthaigh", "Ó Dónaill",
         "de Búrca", "Ó Loingsigh", "Breathnach", "Mac Mathúna", "Ó Flannabhra", "Ó Cinnéide",
         "Mac an tSaoi"),
    ),
}  # fmt: skip
PARTICLES = ("Ó", "Mac", "de", "an", "tSaoi")  # parts of Irish surnames, not names of their own
INTERPRETERS = ("none", "none", "none", "Croatian", "Serbian", "French", "Irish Gaelic")
ACCENTS = ("Geordie", "Scouse", "Brummie", "Glaswegian", "Bristolian", "Mancunian", "Cork", "Donegal")
STAFF_FORENAMES = (
    "Ebbo", "Gundred", "Hawise", "Ismay", "Jolenta", "Milisent", "Osanna", "Richenda", "Walkelin",
    "Basilia", "Dionisia", "Emmot", "Gilbertine", "Hamo", "Ivetta", "Juliott", "Avicia", "Goscelin",
    "Herluin", "Lancelyn",
)  # fmt: skip
STAFF_SURNAMES = (
    "Pettigrewe", "Ramsbottle", "Oddicombe", "Gristwood", "Fewtrell", "Claypole", "Twigden",
    "Lickorish", "Sheepshanks", "Pounceby", "Ditchburn", "Pimblett", "Quarmbyne", "Rudkinson",
    "Snelgrave", "Tidballe", "Wraggett", "Bellchambers", "Cattermole", "Spurdle",
)  # fmt: skip
STREET_STEMS = (
    "Sackbut", "Crumhorn", "Shawm", "Theorbo", "Psaltery", "Rebec", "Cittern", "Gittern",
    "Serpent", "Ophicleide", "Hautboy", "Virginal",
)  # fmt: skip
STREET_KINDS = ("Wynd", "Loke", "Gennel", "Folly")
VEHICLES = (
    "mustard Citroen Xsara Picasso", "plum Vauxhall Zafira", "bronze Toyota Previa",
    "teal Mitsubishi Shogun", "pearl Chrysler Voyager", "ochre Peugeot 806", "mauve Mazda Premacy",
    "olive Hyundai Trajet",
)  # fmt: skip
OFFENCES = (
    "getting a girl of fourteen drunk in a snooker hall and then raping her",
    "driving a girl of thirteen between guest houses for other men to abuse",
    "grooming a girl of fifteen over a gaming site and later abusing her",
    "abusing a girl of fourteen in a storeroom behind a tanning salon",
    "lending a schoolgirl of thirteen to friends at a car wash after closing",
    "filming a girl of fifteen undressed and selling the footage",
    "abusing a girl of fourteen to clear a drugs debt he said she owed",
    "offering a schoolgirl of thirteen vapes and money for sex",
)  # fmt: skip
SUBJECT_CODES = (
    "Young person YP41", "Young person YP58", "Girl called Larch", "Girl called Rowan", "Minor M/7",
    "Minor M/19", "Subject Zulu Two", "Subject Zulu Five", "Pupil Kilo Nine", "Pupil Kilo Three",
)  # fmt: skip
PROFESSIONS = (
    "looked-after children nurse", "housing support officer", "virtual school caseworker",
    "supported lodgings coordinator", "substance misuse practitioner", "independent visitor scheme lead",
)  # fmt: skip
WITNESS_JOBS = (
    "snooker hall steward", "guest house owner", "car wash attendant", "tanning salon receptionist",
    "minicab controller", "petrol station cashier",
)  # fmt: skip
OPERATIONS = ("Mensa", "Volans", "Lacerta", "Sculptor", "Caelum", "Antlia")
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
LANDLINES = ("0113 496 0", "0141 496 0", "0191 498 0")  # Ofcom drama ranges, less the last three digits
RANKS = ("DC", "PC", "DC", "TDC")
SUPERVISOR_RANKS = ("DS", "DI", "DCI", "Supt")


@dataclass
class Person(seventeenth.Person):
    """Someone named in a case's files: the seventeenth set's person, written in this set's styles."""

    interpreter: str = ""  # the interpreter Cratchmere writes after a suspect's name
    hand: str = ""  # whether he is left or right handed, as Dunmallow writes
    accent: str = ""  # the accent Ousebarrow writes after a suspect's name

    def written(self, force: str) -> str:
        """Cratchmere: every name and the interpreter he needs; Dunmallow: every name and his
        handedness; Ousebarrow: every name and his accent."""
        middle = f" {self.middle}" if self.middle else ""
        name = f"{self.forename}{middle} {self.surname}"
        if force == "cratchmere":
            return f"{name} (interpreter: {self.interpreter})" if self.interpreter else name
        if force == "dunmallow":
            return f"{name}, {self.hand} handed" if self.hand else name
        return f"{name} [accent: {self.accent}]" if self.accent else name

    @property
    def officer(self) -> str:
        """Rank, name and warrant number, as these forces sign."""
        return f"{self.rank} {self.short}, warrant {self.collar}"


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
        """What each force notes beside a suspect: an interpreter, his handedness, his accent."""
        person.interpreter = self.rng.choice(INTERPRETERS)
        person.hand = "left" if self.rng.random() < 0.15 else "right"
        person.accent = self.rng.choice(ACCENTS)

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
        """Re-key the references whose layout depends on the case: a crime number's offence class,
        district or team, a council number's team, ward or assessment type."""
        force, year = case.force, case.reported.year
        if case.crime:
            case.crime = force.crime_ref(serial_in(case.crime.value), year, case.unit)  # type: ignore[arg-type]
        if case.referral:
            area = case.unit + {"cratchmere": 2, "dunmallow": 5, "ousebarrow": 1}[force.key]
            case.referral = force.referral_ref(serial_in(case.referral.value), year, area)  # type: ignore[arg-type]

    def give_people(self, case: Case) -> None:
        """The seventh set's people, with this set's witness jobs."""
        seventh.World.give_people(self, case)  # type: ignore[arg-type]
        if case.witness:
            case.witness.job = self.rng.choice(WITNESS_JOBS)
