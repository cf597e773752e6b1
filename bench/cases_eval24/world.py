"""The invented world of the twenty-fourth set: three more forces and their councils, 66 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a crime number carrying the hour it was recorded; a call number
carrying the half of the day (AM or PM); a council number carrying the child's legal status; a
crime number carrying the risk grade (red, amber or green); a call number carrying the call sign
of the patrol sent; a council number carrying the child's placement type; a crime number carrying
its place in the incident (1 to 4); a call number carrying the language line the call came in on;
and a council number carrying the front door's decision. Each force writes a suspect in its own
style, whatever his tradition (Northern Sami, Frisian or Malagasy names): every name and his
spectacles in brackets; every name and his clothing in square brackets; every name and his voice
after a tilde. Dates are written 17/XII/2004, December the 17th, 2004 and 17.12.2004 (Fri).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

from bench.cases_eval2.world import Item, Ref
from bench.cases_eval7 import world as seventh
from bench.cases_eval7.world import Case
from bench.cases_eval17.world import ROMAN_MONTHS
from bench.cases_eval22 import world as twenty_second

__all__ = ["Case", "Force", "Item", "Person", "Ref", "World"]

HOURS = (0, 2, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23)  # the hour Quillanby's crimes are recorded in
HALVES = ("AM", "PM")  # which half of the day a call reached Quillanby
HALF_WORDS = {"AM": "morning", "PM": "afternoon or evening"}
STATUSES = ("S20", "ICO", "FCO", "CPP", "CIN")  # the child's legal status in Quillanby council's numbers
STATUS_WORDS = {
    "S20": "accommodated by agreement",
    "ICO": "on an interim care order",
    "FCO": "on a full care order",
    "CPP": "on a protection plan",
    "CIN": "a child in need",
}
RISKS = ("RED", "AMB", "GRN")  # Tessingford's risk grade of a crime
RISK_WORDS = {"RED": "red", "AMB": "amber", "GRN": "green"}
SIGNS = ("T2", "T5", "N1", "N4")  # Tessingford's patrol call signs
SIGN_WORDS = {"T2": "Tango Two", "T5": "Tango Five", "N1": "November One", "N4": "November Four"}
PLACEMENTS = ("FC", "RC", "KC", "SL")  # where a Tessingford council child lives
PLACEMENT_WORDS = {"FC": "foster", "RC": "residential", "KC": "kinship", "SL": "supported lodgings"}
SEQUENCES = (1, 2, 3, 4)  # a Drumwhinnet crime's place among the crimes of one incident
LANGUAGES = ("EN", "FR", "PL", "RO")  # Drumwhinnet's language lines
LANGUAGE_WORDS = {"EN": "English", "FR": "French", "PL": "Polish", "RO": "Romanian"}
DECISIONS = ("EH", "S17", "S47", "IA")  # what Drumwhinnet council's front door decided
DECISION_WORDS = {
    "EH": "early help",
    "S17": "a section 17 assessment",
    "S47": "a section 47 enquiry",
    "IA": "information and advice",
}


def half_and_serial(number: int) -> tuple[str, int]:
    """Quillanby's call number: the half of the day and a serial within it."""
    return HALVES[number % 2], number // 2 + 100


def sign_and_serial(number: int) -> tuple[str, int]:
    """Tessingford's call number: the patrol sent and a serial within its calls."""
    return SIGNS[number % 4], number // 4 + 300


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
        if self.key == "quillanby":  # QY and the year, the serial, the hour recorded and H
            hour = HOURS[unit % len(HOURS)]
            return Ref(
                "crime",
                f"QY{yy}-{serial:05d}-{hour:02d}H",
                (
                    ("spaced", f"{hour:02d}H/QY{yy}/{serial:05d}"),
                    ("worded", f"crime {serial:05d} logged at {hour:02d}00 hours in {year}"),
                ),
            )
        if self.key == "tessingford":  # TF, the serial, the year, the risk grade, by slashes
            risk = RISKS[unit % 3]
            return Ref(
                "crime",
                f"TF/{serial:05d}/{yy}/{risk}",
                (
                    ("spaced", f"TF{yy} {risk} {serial:05d}"),
                    ("worded", f"crime {serial:05d}, risk graded {RISK_WORDS[risk]}, {year}"),
                ),
            )
        seq = SEQUENCES[unit % 4]  # drumwhinnet: DW and the year, a dash, the serial, its place
        return Ref(
            "crime",
            f"DW{yy}-{serial:05d}/{seq}",
            (
                ("spaced", f"DW {serial:05d} {yy} #{seq}"),
                ("worded", f"crime {serial:05d} of {year}, offence {seq} of the incident"),
            ),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        yy = f"{day.year % 100:02d}"
        if self.key == "quillanby":  # QYC, the year run into the serial, and AM or PM
            half, serial = half_and_serial(number)
            return Ref(
                "incident",
                f"QYC{yy}{serial:04d}{half}",
                (
                    ("spaced", f"QYC {half} {serial:04d}/{yy}"),
                    ("worded", f"call {serial:04d} in the {HALF_WORDS[half]}, {day.year}"),
                ),
            )
        if self.key == "tessingford":  # TC, the call sign, the serial and the year
            sign, serial = sign_and_serial(number)
            return Ref(
                "incident",
                f"TC:{sign}:{serial:04d}:{yy}",
                (
                    ("spaced", f"TC {yy}/{serial:04d} {sign}"),
                    ("worded", f"call {serial:04d} sent to {SIGN_WORDS[sign]} in {day.year}"),
                ),
            )
        language, serial = LANGUAGES[number % 4], number // 4 + 600  # drumwhinnet
        return Ref(
            "incident",
            f"DWI-{language}-{serial:04d}-{yy}",
            (
                ("spaced", f"DWI{yy} {language}.{serial:04d}"),
                ("worded", f"call {serial:04d} on the {LANGUAGE_WORDS[language]} line, {day.year}"),
            ),
        )

    def referral_ref(self, serial: int, year: int, area: int = 0) -> Ref:
        yy = f"{year % 100:02d}"
        if self.key == "quillanby":  # QCS, the legal status, the year, the serial, by slashes
            status = STATUSES[area % len(STATUSES)]
            return Ref(
                "referral",
                f"QCS/{status}/{yy}/{serial:04d}",
                (
                    ("spaced", f"QCS {serial:04d}-{yy} {status}"),
                    ("worded", f"council case {serial:04d} of {year}, child {STATUS_WORDS[status]}"),
                ),
            )
        if self.key == "tessingford":  # TBC, the serial, the placement and the year, run together
            place = PLACEMENTS[area % 4]
            return Ref(
                "referral",
                f"TBC{serial:04d}{place}{yy}",
                (
                    ("spaced", f"TBC-{place} {yy}/{serial:04d}"),
                    ("worded", f"council case {serial:04d} ({PLACEMENT_WORDS[place]} placement) of {year}"),
                ),
            )
        decision = DECISIONS[area % 4]  # drumwhinnet: DDC, the serial, the year, a colon, the decision
        return Ref(
            "referral",
            f"DDC/{serial:04d}/{yy}:{decision}",
            (
                ("spaced", f"DDC {serial:04d} {yy} ({decision})"),
                ("worded", f"front door case {serial:04d} of {year}, sent for {DECISION_WORDS[decision]}"),
            ),
        )

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "quillanby":
            return f"{day.day}/{ROMAN_MONTHS[day.month - 1]}/{day.year}"
        if self.key == "tessingford":
            return f"{day:%B} the {ordinal(day.day)}, {day.year}"
        return f"{day:%d.%m.%Y} ({day:%a})"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


FORCES = (
    Force(
        "quillanby",
        "Q",
        "Quillanby Constabulary",
        "Quillanby Metropolitan Council",
        "Quillanby",
        "XK",
        "quillanby.police.uk",
        "quillanby-metro.gov.uk",
        "Quillanby Constabulary, Pennerwick Exploitation Team, Quillanby XK4 6RB",
    ),
    Force(
        "tessingford",
        "T",
        "Tessingford Police",
        "Tessingford County Council",
        "Tessingford",
        "ZX",
        "tessingford.police.uk",
        "tessingford-cc.gov.uk",
        "Tessingford Police, Ambleworth Vulnerability Hub, Tessingford ZX2 9LE",
    ),
    Force(
        "drumwhinnet",
        "D",
        "Drumwhinnet Police",
        "Drumwhinnet Borough Council",
        "Drumwhinnet",
        "QV",
        "drumwhinnet.police.uk",
        "drumwhinnet-bc.gov.uk",
        "Drumwhinnet Police, Cressingham Child Protection Office, Drumwhinnet QV6 1TS",
    ),
)

OUTCOME_PLAN = seventh.OUTCOME_PLAN  # the 22 initial outcomes of a force, the unknown five last
OUTCOMES = seventh.OUTCOMES
CLOSED_OUTCOMES = seventh.CLOSED_OUTCOMES

# (forenames, middles, surnames) per force: Northern Sami, with its á, č, đ, ŋ, š, ŧ and ž (all in
# ISO 8859-10); Frisian, with its â, ê, ô, û and ú (all in ISO 8859-9); Malagasy, long names in plain
# ASCII letters. Only the Malagasy-named force's suspects cross into other forces' files: every
# force's encoding holds their names.
NAMES = {
    "quillanby": (
        ("Ánte", "Máhtte", "Ovllá", "Ásllat", "Gáddjá", "Jovnna", "Heaika", "Issát", "Ándaras",
         "Sámmol", "Ivvár", "Čoalbmi"),
        ("Jovsset", "Ovllát", "Hánssa", "Mihkkal", "Juhán", "Áslak", "Biehtar"),
        ("Čuoppevárri", "Ruoŧŧaš", "Gáŋgášjávri", "Šnjiellagieddi", "Đuoldavuolle", "Žiiddorášša",
         "Vuolleláš", "Čáhppesjohka", "Guolbanjárga", "Beaŧŧevárri", "Ráidegieddi", "Njuoŋŋášnjárga"),
    ),
    "tessingford": (
        ("Tsjalling", "Wytse", "Eelke", "Fokke", "Durk", "Gerlof", "Oebele", "Sipke", "Tjeerd",
         "Wopke", "Reinder", "Haitse"),
        ("Ypke", "Auke", "Bouke", "Folkert", "Gerben", "Jitse", "Lolke"),
        ("Fêdderstra", "Wâldsma", "Hoatsema", "Bûmastra", "Tsjerkstra", "Sûdema", "Kôlstra",
         "Strûkstra", "Brêgeman", "Mûntsje", "Grûnstra", "Hôgeterp"),
    ),
    "drumwhinnet": (
        ("Tsiory", "Mamitiana", "Tojonirina", "Fidinirina", "Njakasoa", "Andrianjaka", "Lovatiana",
         "Tahirisoa", "Rivonandrasana", "Heriniaina", "Fanomezantsoa", "Zoniaina"),
        ("Andrianina", "Herinirina", "Tahiriniaina", "Fanomezana", "Mahefa", "Hasinjaka", "Ravaka"),
        ("Rakotomavojaona", "Randriamanantsoa", "Rasolofomanana", "Andriamasinjaka", "Razafindrakoto",
         "Rabemanantsoa", "Ranaivojaona", "Rajaonarivelo", "Ratsimbazafindrakoto", "Rakotondravelo",
         "Andrianarisoa", "Razanajatovonirina"),
    ),
}  # fmt: skip
PARTICLES: tuple[str, ...] = ()  # no small words between surnames in this set
SPECTACLES = ("none", "rimless", "wire-framed", "tortoiseshell", "reading only", "thick black")
CLOTHING = ("grey hoodie", "donkey jacket", "navy tracksuit", "leather coat", "hi-vis vest", "green parka")
VOICES = ("deep", "hoarse", "high", "soft", "gravelly", "nasal")
STAFF_FORENAMES = (
    "Ethelinda", "Ulrica", "Roswitha", "Benedikta", "Casimir", "Septimus", "Adelard", "Egbert", "Juliana",
    "Mordecai", "Sholto", "Rollo", "Leonie", "Florimond", "Maximilian", "Norbert", "Yvo", "Amyas",
    "Dymphna", "Swithin",
)  # fmt: skip
STAFF_SURNAMES = (
    "Pennywhistle", "Mortlake", "Onslowe", "Oddfellow", "Catchpole", "Turnbuckle", "Quiddington",
    "Brackenshaw", "Gosselin", "Inchbald", "Jolliffe", "Kettlewell", "Lumbergh", "Mossendew", "Quaintance",
    "Rudderforth", "Tattersfield", "Underhay", "Verrinder", "Whitethread",
)  # fmt: skip
STREET_STEMS = (
    "Jackdaw", "Bullfinch", "Siskin", "Redpoll", "Brambling", "Hawfinch", "Chiffchaff", "Nuthatch",
    "Treecreeper", "Waxwing", "Crossbill", "Firecrest",
)  # fmt: skip
STREET_KINDS = ("Snicket", "Gennel", "Wynd", "Vennel")
VEHICLES = (
    "silver Vauxhall Meriva", "black Chevrolet Captiva", "white Peugeot Partner Tepee",
    "blue Mitsubishi Colt", "maroon Rover Streetwise", "grey Citroen Xsara Picasso",
    "gold Proton Persona", "green Subaru Justy",
)  # fmt: skip
OFFENCES = (
    "grooming a girl of thirteen over a chat app and abusing her in a garage block",
    "passing a Year 10 girl between men behind a kebab house for vodka",
    "molesting a Year 9 pupil on the rear seat of a van at a roadside layby",
    "selling a missing girl of sixteen to men through a dating website",
    "raping a looked-after girl at a house party after plying her with pills",
    "holding a girl of thirteen at a bedsit and inviting other men to abuse her",
    "swapping takeaway food and vape refills with a Year 8 girl for sexual acts",
    "abusing a girl aged fifteen in the storeroom of a car wash",
)  # fmt: skip
SUBJECT_CODES = (
    "Minor Heron", "Minor Kestrel", "Pupil PX-3", "Pupil PX-9", "Victim Sigma", "Victim Tau",
    "Girl G-14", "Girl G-27", "Juvenile 4", "Juvenile 11",
)  # fmt: skip
PROFESSIONS = (
    "child exploitation specialist", "children in care nurse", "missing from home coordinator",
    "education welfare officer", "independent reviewing officer", "early help practitioner",
)  # fmt: skip
WITNESS_JOBS = (
    "chip shop fryer", "petrol station cashier", "launderette attendant", "bingo hall caller",
    "car wash valeter", "bookmaker's cashier",
)  # fmt: skip
OPERATIONS = ("Lodestar", "Astrolabe", "Sextant", "Theodolite", "Gyroscope", "Quadrant")
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
LANDLINES = ("0113 496 0", "0114 496 0", "0116 496 0")  # Ofcom drama ranges, less the last three digits
RANKS = ("DC", "PC", "TDC", "PS")
SUPERVISOR_RANKS = ("DS", "DI", "DCI", "Supt")


@dataclass
class Person(twenty_second.Person):
    """Someone named in a case's files: the twenty-second set's person, written in this set's styles."""

    spectacles: str = ""  # what Quillanby writes after a suspect's name
    clothing: str = ""  # what Tessingford writes after a suspect's name
    voice: str = ""  # what Drumwhinnet writes after a suspect's name

    def written(self, force: str) -> str:
        """Quillanby: every name and his spectacles; Tessingford: every name and his clothing;
        Drumwhinnet: every name and his voice."""
        middle = f" {self.middle}" if self.middle else ""
        name = f"{self.forename}{middle} {self.surname}"
        if force == "quillanby":
            return f"{name} (spectacles: {self.spectacles})" if self.spectacles else name
        if force == "tessingford":
            return f"{name} [clothing: {self.clothing}]" if self.clothing else name
        return f"{name} ~ voice: {self.voice}" if self.voice else name

    @property
    def officer(self) -> str:
        """Name, rank and collar number, as these forces sign."""
        return f"{self.short}, {self.rank} no. {self.collar}"


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
        district = f"{force.postcode}{self.rng.randint(40, 49)} {self.rng.randint(1, 9)}"
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
        person.born = date(1968, 7, 9) + timedelta(days=self.rng.randint(0, 22 * 365))
        person.tradition = force.key
        self.give_marks(person)
        return person

    def give_marks(self, person: Person) -> None:  # type: ignore[override]
        """What each force notes beside a suspect: his spectacles, his clothing, his voice."""
        person.spectacles = self.rng.choice(SPECTACLES)
        person.clothing = self.rng.choice(CLOTHING)
        person.voice = self.rng.choice(VOICES)

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:  # type: ignore[override]
        while True:
            forename, surname = self.rng.choice(STAFF_FORENAMES), self.rng.choice(STAFF_SURNAMES)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                break
        person = Person(forename, surname, role, rank=rank, job=job)
        person.collar = f"{self.rng.randint(3100, 9899)}" if rank else ""
        return person

    def new_phone(self, landline: bool = False) -> Item:
        if landline:
            return Item("phone", f"{self.rng.choice(LANDLINES)}{self.unique_number(100, 999):03d}")
        return Item("phone", f"07700 900{self.unique_number(100, 999):03d}")

    def new_vehicle(self, year: int) -> Item:
        """A plate of the case's year: an area and the age identifier (the cases start in 2006)."""
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
            reported=date(2006, 3, 13) + timedelta(days=rng.randint(0, 9 * 365)),
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
            area = case.unit + {"quillanby": 2, "tessingford": 1, "drumwhinnet": 3}[force.key]
            case.referral = force.referral_ref(serial_in(case.referral.value), year, area)  # type: ignore[arg-type]

    def give_people(self, case: Case) -> None:
        """The seventh set's people, with this set's witness jobs."""
        seventh.World.give_people(self, case)  # type: ignore[arg-type]
        if case.witness:
            case.witness.job = self.rng.choice(WITNESS_JOBS)
