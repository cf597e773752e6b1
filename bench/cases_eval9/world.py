"""The invented world of the ninth set: three more forces and their councils, 66 cases, the people.

One seeded generator decides everything; each trap is placed by name in `plants`. The layouts are
ones no earlier set writes: a crime number of the four-digit year, a five-digit serial and a
district pair of letters; one of a force letter, a six-digit serial, the year and a check digit
(also written without it); one of force letters and the year glued to the serial; an occurrence
log number of "OL", the compact date and a serial; an incident number of the day and month, a
serial and the year; a log of letters, the day and a serial; and council numbers of a MASH
prefix, year and serial (a sibling's with a letter after it), a trust's number with a kind letter,
and a CSE number with the serial before the year.
Each force writes a suspect in its own style: the family name in capitals before a hyphenated given
name and the English name in brackets; the name with the custody record number; or the Latin name
and, after a slash, its Cyrillic spelling. Dates are written month first with a comma, year first
with an abbreviated month, or as an ordinal day with an apostrophe year.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bench.cases_eval2.world import Item, Ref
from bench.cases_eval7 import world as seventh
from bench.cases_eval7.world import Case

__all__ = ["Case", "Force", "Item", "Person", "Ref", "World"]

DISTRICTS = ("HN", "HS", "HE", "HW", "HC")


def check_digit(serial: int, year: int) -> str:
    """A weighted modulus-11 check over the serial and the two-digit year (X for ten)."""
    digits = f"{serial:06d}{year % 100:02d}"
    total = sum(int(d) * w for d, w in zip(digits, (8, 7, 6, 5, 4, 3, 2, 9), strict=True))
    rest = total % 11
    return "X" if rest == 10 else str(rest)


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
        """`unit` picks the district (haverscar); the others ignore it."""
        yy = f"{year % 100:02d}"
        if self.key == "haverscar":  # year, serial, district letters
            district = DISTRICTS[unit % len(DISTRICTS)]
            variants = [
                ("reversed", f"{serial:05d}/{year}/{district}"),
                ("spaced", f"{district} {year} {serial:05d}"),
            ]
            if serial < 10000:
                variants.append(("nozero", f"{year}-{serial}-{district}"))
            return Ref("crime", f"{year}-{serial:05d}-{district}", tuple(variants))
        if self.key == "brantwick":  # letters, serial, year, then a check digit
            check = check_digit(serial, year)
            return Ref(
                "crime",
                f"B/{serial:06d}/{yy}-{check}",
                (("nocheck", f"B/{serial:06d}/{yy}"), ("spaced", f"B {serial:06d} {yy} {check}")),
            )
        return Ref(  # letters, then the year glued to the serial
            "crime",
            f"SVCR-{yy}{serial:05d}",
            (("spaced", f"SVCR {yy} {serial:05d}"), ("dotted", f"SVCR.{yy}.{serial:05d}")),
        )

    def incident_ref(self, number: int, day: date) -> Ref:
        if self.key == "haverscar":  # occurrence log: the compact date and a serial
            return Ref(
                "incident",
                f"OL{day:%Y%m%d}-{number:04d}",
                (("spaced", f"OL {day:%Y%m%d} {number:04d}"), ("dotted", f"OL {day:%d.%m.%Y}/{number:04d}")),
            )
        if self.key == "brantwick":  # day and month, serial, year
            return Ref(
                "incident",
                f"ICR {day:%d%m}/{number:04d}/{day:%y}",
                (
                    ("spaced", f"ICR {day:%d%m} {number:04d} {day:%y}"),
                    ("dashed", f"ICR-{day:%d%m}-{number:04d}-{day:%y}"),
                ),
            )
        return Ref(
            "incident",
            f"SVLG/{day:%d%m%y}/{number:04d}",
            (("spaced", f"SVLG {day:%d%m%y} {number:04d}"), ("long", f"SVLG/{day:%d%m%Y}/{number:04d}")),
        )

    def referral_ref(self, serial: int, year: int, sibling: str = "") -> Ref:
        """`sibling`: the letter a MASH number carries for a second child of one family."""
        yy = f"{year % 100:02d}"
        if self.key == "haverscar":
            return Ref(
                "referral",
                f"MASH/{yy}/{serial:04d}{sibling}",
                (
                    ("spaced", f"MASH {yy} {serial:04d}{sibling}"),
                    ("long", f"MASH/{year}/{serial:04d}{sibling}"),
                ),
            )
        if self.key == "brantwick":
            return Ref(
                "referral",
                f"BCT-R-{serial:05d}-{yy}",
                (("spaced", f"BCT R {serial:05d} {yy}"), ("short", f"R{serial:05d}/{yy}")),
            )
        return Ref(
            "referral",
            f"SVC/CSE/{serial:05d}/{yy}",
            (("spaced", f"SVC CSE {serial:05d} {yy}"), ("long", f"SVC/CSE/{serial:05d}/{year}")),
        )

    def date(self, day: date) -> str:
        """How the force writes a date in running text."""
        if self.key == "haverscar":  # the crime system's American default: month first, then a comma
            return f"{day:%B} {day.day}, {day.year}"
        if self.key == "brantwick":
            return f"{day.year} {day:%b} {day.day:02d}"
        return f"{ordinal(day.day)} {day:%b}. '{day:%y}"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


FORCES = (
    Force(
        "haverscar",
        "H",
        "Haverscar Police",
        "Haverscar City Council",
        "Haverscar",
        "HV",
        "haverscar.police.uk",
        "haverscar.gov.uk",
        "Haverscar Police, Sandgate Garth, Haverscar HV1 4NQ",
    ),
    Force(
        "brantwick",
        "B",
        "Brantwick Constabulary",
        "Brantwick Children's Trust",
        "Brantwick",
        "BW",
        "brantwick.pnn.police.uk",
        "brantwick-trust.org.uk",
        "Brantwick Constabulary, Lowther Chase Custody Suite, Brantwick BW7 2EX",
    ),
    Force(
        "skellow",
        "S",
        "Skellow Vale Police",
        "Skellow Vale Council",
        "Skellow",
        "SQ",
        "skellowvale.police.uk",
        "skellowvale.gov.uk",
        "Skellow Vale Police, Maltkiln Parade, Skellow SQ3 9PL",
    ),
)

OUTCOME_PLAN = seventh.OUTCOME_PLAN  # the 22 initial outcomes of a force, the unknown five last
OUTCOMES = seventh.OUTCOMES
CLOSED_OUTCOMES = seventh.CLOSED_OUTCOMES

# Each force's suspects come from its own naming tradition: (forenames, middles, surnames). In the
# Cantonese tradition the "middle" is the English name a man also uses; in the Ukrainian one it
# is his patronymic.
NAMES = {
    "haverscar": (
        ("Tai-man", "Chi-keung", "Wing-kit", "Ka-ho", "Siu-ming", "Kwok-wai", "Chun-kit", "Hon-wah",
         "Yiu-fai", "Man-lok", "Wai-lun", "Kin-chung"),
        ("Kelvin", "Dickson", "Alvin", "Edmond", "Wilfred", "Terence", "Calvin"),
        ("Chan", "Wong", "Leung", "Cheung", "Lau", "Tsang", "Yip", "Kwok", "Mak", "Tang", "Fung", "Yuen"),
    ),
    "brantwick": (
        ("Foday", "Alusine", "Sahr", "Tamba", "Abubakarr", "Santigie", "Momodu", "Lansana", "Brima",
         "Alimamy", "Ishmael", "Sallieu"),
        ("Bockarie", "Kanu", "Sheku", "Musa", "Lamin", "Kemoh", "Gibril"),
        ("Kamara", "Koroma", "Bangura", "Sesay", "Conteh", "Jalloh", "Fofanah", "Turay", "Mansaray",
         "Kargbo", "Kanneh", "Sankoh"),
    ),
    "skellow": (
        ("Taras", "Mykola", "Bohdan", "Yaroslav", "Ostap", "Vasyl", "Oleksandr", "Dmytro", "Andriy",
         "Zenoviy", "Yuriy", "Serhiy"),
        ("Mykolayovych", "Petrovych", "Ivanovych", "Vasylyovych", "Stepanovych", "Hryhorovych",
         "Volodymyrovych"),
        ("Kovalenko", "Bondarenko", "Tkachuk", "Kravchenko", "Shevchuk", "Melnyk", "Boyko", "Lysenko",
         "Savchuk", "Marchenko", "Rudenko", "Zinchenko"),
    ),
}  # fmt: skip
CYRILLIC = {
    "Taras": "Тарас", "Mykola": "Микола", "Bohdan": "Богдан", "Yaroslav": "Ярослав", "Ostap": "Остап",
    "Vasyl": "Василь", "Oleksandr": "Олександр", "Dmytro": "Дмитро", "Andriy": "Андрій", "Zenoviy": "Зеновій",
    "Yuriy": "Юрій", "Serhiy": "Сергій", "Zakhar": "Захар",
    "Mykolayovych": "Миколайович", "Petrovych": "Петрович", "Ivanovych": "Іванович",
    "Vasylyovych": "Васильович", "Stepanovych": "Степанович", "Hryhorovych": "Григорович",
    "Volodymyrovych": "Володимирович", "Pavlovych": "Павлович",
    "Kovalenko": "Коваленко", "Bondarenko": "Бондаренко", "Tkachuk": "Ткачук", "Kravchenko": "Кравченко",
    "Shevchuk": "Шевчук", "Melnyk": "Мельник", "Boyko": "Бойко", "Lysenko": "Лисенко",
    "Savchuk": "Савчук", "Marchenko": "Марченко", "Rudenko": "Руденко", "Zinchenko": "Зінченко",
    "Hnatyuk": "Гнатюк",
}  # fmt: skip
STAFF_FORENAMES = (
    "Lavinia", "Hortensia", "Benedick", "Sacheverell", "Tryphena", "Oriana", "Jethro", "Zebedee",
    "Pelham", "Augustin", "Isidore", "Griselda", "Marmaduke", "Rosamund", "Evadne", "Hilarion",
    "Sibylla", "Lucian", "Damaris", "Fabian",
)  # fmt: skip
STAFF_SURNAMES = (
    "Halcrow", "Isbister", "Tulloch", "Inkster", "Flett", "Rendall", "Omand", "Linklater", "Harcus",
    "Drever", "Leask", "Mouat", "Goudie", "Pottinger", "Garriock", "Scollay", "Wishart",
    "Rusland", "Eunson", "Yorston",
)  # fmt: skip
STREET_STEMS = (
    "Mafeking", "Ladysmith", "Colenso", "Kimberley", "Tugela", "Modder", "Graspan", "Paardeberg",
    "Elandslaagte", "Magersfontein", "Spion Kop", "Belmont",
)  # fmt: skip
STREET_KINDS = ("Parade", "Drive", "Garth", "Chase")
VEHICLES = (
    "gold Toyota Previa", "navy Peugeot 806", "silver Chrysler Grand Voyager", "red Mazda Bongo",
    "grey Skoda Octavia estate", "blue Honda Shuttle", "black BMW 525i", "cream Nissan Elgrand",
)  # fmt: skip
OFFENCES = (
    "sexual activity with a fourteen-year-old in a takeaway flat",
    "arranging the abuse of a thirteen-year-old",
    "buying sex from a fifteen-year-old", "abducting a fourteen-year-old from her placement",
    "sexual communication with a twelve-year-old", "indecent assault on a thirteen-year-old",
    "moving a fifteen-year-old from town to town for abuse", "filming a fourteen-year-old in a sex act",
)  # fmt: skip
SUBJECT_CODES = (
    "Minor Q9", "Minor Z4", "Service User 17", "Service User 23", "Girl Kappa", "Girl Lambda",
    "AP-61", "AP-64", "Child of Concern 5", "Child of Concern 8",
)  # fmt: skip
PROFESSIONS = (
    "CSE specialist social worker", "school attendance officer", "children's charity project worker",
    "sexual assault referral centre advocate", "foster placement supervising social worker",
    "youth club detached worker",
)  # fmt: skip
WITNESS_JOBS = ("minicab controller", "kebab shop counter assistant", "petrol station cashier",
                "bed and breakfast landlady", "snooker hall attendant", "street cleaner")  # fmt: skip
OPERATIONS = ("Cinnabar", "Galena", "Tourmaline", "Malachite", "Chalcedony", "Azurite")
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXY"
# Ofcom's drama ranges for landlines: the number less its last three digits.
LANDLINES = ("028 9649 6", "029 2018 0", "0191 498 0", "020 7946 0")
RANKS = ("DC", "PC", "TDC", "DS")
SUPERVISOR_RANKS = ("DS", "DI", "DCI", "Insp")
NUMBER_WORDS = (
    "", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
    "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen",
)  # fmt: skip
TENS = ("", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety")


def in_words(n: int) -> str:
    """A house number as old letters write it (up to 99)."""
    if n < 20:
        return NUMBER_WORDS[n]
    return TENS[n // 10] + (f"-{NUMBER_WORDS[n % 10].lower()}" if n % 10 else "")


@dataclass
class Person(seventh.Person):
    """Someone named in a case's files: the seventh set's person, written in this set's styles."""

    tradition: str = "haverscar"  # the force whose naming tradition a suspect's name comes from
    custody: str = ""  # the custody record number Brantwick writes after an arrested man's name

    def written(self, force: str) -> str:
        """The name as a force's officers write a suspect."""
        middle = f" {self.middle}" if self.middle else ""
        if force == "haverscar":  # family name in capitals, given name, the other name in brackets
            other = f" ({self.middle})" if self.middle else ""
            return f"{self.surname.upper()} {self.forename}{other}"
        if force == "brantwick":  # the name, then the custody record when he was booked in
            custody = f" (custody record {self.custody})" if self.custody else ""
            return f"{self.forename}{middle} {self.surname}{custody}"
        latin = f"{self.forename}{middle} {self.surname}"
        if self.tradition == "skellow":  # the Latin name, then its Cyrillic spelling
            return f"{latin} / " + " ".join(CYRILLIC[w] for w in latin.split())
        return latin

    @property
    def officer(self) -> str:
        """Rank, name and shoulder number, as these forces sign."""
        return f"{self.rank} {self.short} (shoulder no. {self.collar})"


class World(seventh.World):
    """Builds the cases, deterministically from a seed: the seventh set's builder (references, look-ups
    and addresses), with this set's forces, people, phones and things."""

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
                for n in range(3 + position, 90, 7)  # house numbers no other force's streets have
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

    def new_suspect(self, evidence: str, force: Force) -> Person:  # type: ignore[override]
        forenames, middles, surnames = NAMES[force.key]
        while True:
            forename, surname = self.rng.choice(forenames), self.rng.choice(surnames)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                break
        person = Person(forename, surname, "suspect", evidence=evidence)
        person.middle = self.rng.choice(middles)
        person.born = date(1956, 1, 1) + timedelta(days=self.rng.randint(0, 27 * 365))
        person.tradition = force.key
        if evidence in ("arrested", "charged"):
            person.custody = str(self.rng.randint(100, 9999))
        return person

    def new_staff(self, role: str, rank: str = "", job: str = "") -> Person:  # type: ignore[override]
        while True:
            forename, surname = self.rng.choice(STAFF_FORENAMES), self.rng.choice(STAFF_SURNAMES)
            if f"{forename} {surname}" not in self.used_names:
                self.used_names.add(f"{forename} {surname}")
                break
        person = Person(forename, surname, role, rank=rank, job=job)
        person.collar = str(self.rng.randint(100, 3999)) if rank else ""
        return person

    def new_phone(self, landline: bool = False) -> Item:
        if landline:
            return Item("phone", f"{self.rng.choice(LANDLINES)}{self.unique_number(100, 999):03d}")
        return Item("phone", f"07700 900{self.unique_number(100, 999):03d}")

    def new_vehicle(self, year: int) -> Item:
        tail = "".join(self.rng.sample(PLATE_LETTERS, 3))
        if year < 2001:
            plate_year = "PRSTVWXY"[min(max(year - 1997, 0), 7)]
            return Item(
                "vehicle", f"{plate_year}{self.unique_number(21, 989)} {tail}", self.rng.choice(VEHICLES)
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
            reported=date(1998, 3, 2) + timedelta(days=rng.randint(0, 11 * 365)),
            offence=rng.choice(OFFENCES),
            subject=rng.choice(SUBJECT_CODES),
            officer=self.new_staff("officer", rank=rng.choice(RANKS)),
            supervisor=self.new_staff("officer", rank=rng.choice(SUPERVISOR_RANKS)),
            professional=self.new_staff("professional", job=rng.choice(PROFESSIONS)),
            unit=rng.randint(0, 4),
        )
        case.outcome_final = outcome
        self.give_references(case, index)
        self.give_people(case)
        if outcome in CLOSED_OUTCOMES:
            case.closed = case.reported + timedelta(days=rng.randint(90, 420))
        case.final_date = case.closed
        return case

    def crime_serial(self, force: Force) -> int:  # type: ignore[override]
        low, high = {"haverscar": (200, 90000), "brantwick": (1000, 300000)}.get(force.key, (300, 80000))
        return self.unique_number(low, high)

    def referral_serial(self, force: Force) -> int:  # type: ignore[override]
        low, high = {"haverscar": (100, 9000), "brantwick": (400, 60000)}.get(force.key, (200, 50000))
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
            case.suspects.append(self.new_suspect(evidence, case.force))  # type: ignore[arg-type]
        if case.suspects:
            case.items.append(self.new_address(case.force))  # type: ignore[arg-type]
            if rng.random() < 0.45:
                case.items.append(self.new_vehicle(case.reported.year))
            if rng.random() < 0.4:
                case.items.append(self.new_phone())
        if rng.random() < 0.45 and not case.council_only:
            case.witness = self.new_suspect("", case.force)  # type: ignore[arg-type]
            case.witness.role, case.witness.job = "witness", rng.choice(WITNESS_JOBS)
            case.witness.middle = ""
        if case.suspects and rng.random() < 0.3:
            case.eliminated = self.new_suspect("", case.force)  # type: ignore[arg-type]
            case.eliminated.role = "eliminated"
        if any(p.evidence == "interviewed" for p in case.suspects):
            case.solicitor = self.new_staff("solicitor", job="solicitor")
