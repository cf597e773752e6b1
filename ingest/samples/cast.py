"""The recurring fictional cast of the sample corpus.

Everything here is invented: Harwick and Northshire do not exist, the postcode area "HW" is
not a Royal Mail area, the phone numbers come from Ofcom's ranges reserved for drama
(01632 960xxx, 07700 900xxx), and every registration has a Q among its last three letters,
a letter the DVLA never issued there, so no plate can belong to a real car.

The cast is fixed rather than drawn from the seed so that demo queries, documentation and
tests can rely on the same names; the seed only varies how documents are written.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ALDER_CLOSE",
    "ARCADE",
    "ASHBY",
    "ASSOCIATES",
    "ASTRA",
    "BUS_STATION",
    "CALL_BOX",
    "CARVER",
    "CARVER_MOBILE",
    "CAVALIER",
    "COUNCIL",
    "COUNTY",
    "DANBY",
    "DW",
    "FERNCLIFFE",
    "GARAGES",
    "HOLLIS",
    "HOME",
    "HOME_LINE",
    "JT",
    "KB",
    "KERSLAKE",
    "LAYBY",
    "LM",
    "MAIL_DOMAIN_COUNCIL",
    "MAIL_DOMAIN_POLICE",
    "MARSH",
    "MONDEO",
    "ODUYA",
    "ORGANISATIONS",
    "PEOPLE",
    "PHONES",
    "PLACES",
    "POLICE",
    "ROWCLIFFE",
    "RUDD",
    "SIERRA",
    "STOKES",
    "STOKES_LANDLINE",
    "STOKES_MOBILE",
    "TOLLEY",
    "TOWN",
    "VEHICLES",
    "WHITLOCK",
    "Organisation",
    "Person",
    "Phone",
    "Place",
    "Vehicle",
    "YoungPerson",
]

TOWN = "Harwick"
COUNTY = "Northshire"
MAIL_DOMAIN_COUNCIL = "harwick.gov.example"
MAIL_DOMAIN_POLICE = "northshire.pnn.police.example"


@dataclass(frozen=True)
class Person:
    """A recurring person; `name` is the canonical form the manifest reports."""

    name: str
    role: str
    category: str
    title: str
    number: str = ""
    aka: str = ""
    dob: str = ""
    later_title: str = ""
    promoted_in: int = 0

    @property
    def forename(self) -> str:
        return self.name.split()[0]

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    def rank(self, year: int = 2000) -> str:
        # Officers are promoted during the period, and files record the rank held at the time.
        if self.later_title and year >= self.promoted_in:
            return self.later_title
        return self.title

    def form(self, style: str, year: int = 2000) -> str:
        """One of the ways real files write a name; unknown styles are a programming error."""
        rank = self.rank(year)
        forms = {
            "full": self.name,
            "ranked": f"{rank} {self.name}",
            "title": f"{rank} {self.surname}",
            "index": f"{self.surname.upper()}, {self.forename}",
            "initial": f"{self.forename[0]}. {self.surname}",
            "initials": f"{self.forename[0]}{self.surname[0]}",
            "first": self.forename,
            "collar": f"{rank} {self.number} {self.surname.upper()}" if self.number else rank,
        }
        return forms[style]

    @property
    def variants(self) -> tuple[str, ...]:
        styles = ("full", "ranked", "title", "index", "initial")
        found = [self.form(s, y) for s in styles for y in (1990, 2010)]
        if self.aka:
            found.append(f"{self.aka} {self.surname}")
        return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class Place:
    name: str
    address: str
    postcode: str
    description: str

    @property
    def full(self) -> str:
        return f"{self.address}, {TOWN} {self.postcode}"


@dataclass(frozen=True)
class Phone:
    number: str
    description: str
    subscriber: str


@dataclass(frozen=True)
class Vehicle:
    registration: str
    colour: str
    model: str
    keeper: str

    @property
    def described(self) -> str:
        return f"{self.colour} {self.model} {self.registration}"


@dataclass(frozen=True)
class Organisation:
    name: str
    short: str
    description: str


@dataclass(frozen=True)
class YoungPerson:
    """Children are only ever identified by initials, as in real case files."""

    initials: str
    born: int

    def age(self, year: int) -> int:
        return year - self.born


WHITLOCK = Person("Sarah Whitlock", "Detective, Harwick CID", "police", "DC", "2291",
                  later_title="DS", promoted_in=2001)
ROWCLIFFE = Person("Alan Rowcliffe", "Detective Inspector, Harwick CID", "police", "DI", "871")
ASHBY = Person("Martin Ashby", "Uniformed constable, Harwick", "police", "PC", "1187")
DANBY = Person("Peter Danby", "Chair, Social Services Committee", "councillor", "Cllr")
HOLLIS = Person("Margaret Hollis", "Assistant Director, Children and Families", "council", "Mrs")
KERSLAKE = Person("David Kerslake", "Team Manager, Children and Families", "council", "Mr")
ODUYA = Person("Janet Oduya", "Social Worker, Children and Families", "social_worker", "Ms")
TOLLEY = Person("Brian Tolley", "Officer in Charge, Ferncliffe House", "care_staff", "Mr")
STOKES = Person("Raymond Stokes", "Person of interest", "person_of_interest", "Mr",
                aka="Ray", dob="11/02/1951")
CARVER = Person("Dennis Carver", "Person of interest", "person_of_interest", "Mr",
                aka="Denny", dob="23/08/1958")
MARSH = Person("Eileen Marsh", "Neighbour, Alder Close", "witness", "Mrs")
RUDD = Person("Colin Rudd", "Private hire driver", "witness", "Mr")

PEOPLE: tuple[Person, ...] = (WHITLOCK, ROWCLIFFE, ASHBY, DANBY, HOLLIS, KERSLAKE, ODUYA,
                              TOLLEY, STOKES, CARVER, MARSH, RUDD)
ASSOCIATES: tuple[Person, Person] = (STOKES, CARVER)

FERNCLIFFE = Place("Ferncliffe House", "14 Moor Lane", "HW3 7LB", "council children's home")
ALDER_CLOSE = Place("27 Alder Close", "27 Alder Close", "HW2 5RE", "home address of R. Stokes")
GARAGES = Place("Canal Street garages", "lock-up garages rear of Canal Street", "HW1 2DA",
                "rented lock-up used by D. Carver")
ARCADE = Place("Westgate Amusements", "41 Westgate", "HW1 1JS", "amusement arcade")
BUS_STATION = Place("Harwick bus station", "Station Road", "HW1 3AT", "town-centre bus station")
LAYBY = Place("Bramley Road lay-by", "Bramley Road", "HW4 9NP", "lay-by on the town's edge")

PLACES: tuple[Place, ...] = (FERNCLIFFE, ALDER_CLOSE, GARAGES, ARCADE, BUS_STATION, LAYBY)

HOME_LINE = Phone("01632 960418", "office line, Ferncliffe House", "Ferncliffe House")
STOKES_LANDLINE = Phone("01632 960733", "landline, 27 Alder Close", STOKES.name)
CALL_BOX = Phone("01632 960925", "public call box outside Westgate Amusements", "BT payphone")
CARVER_MOBILE = Phone("07700 900152", "pay-as-you-go mobile", CARVER.name)
STOKES_MOBILE = Phone("07700 900287", "contract mobile", STOKES.name)

PHONES: tuple[Phone, ...] = (HOME_LINE, STOKES_LANDLINE, CALL_BOX, CARVER_MOBILE, STOKES_MOBILE)

SIERRA = Vehicle("K482 QDN", "blue", "Ford Sierra", STOKES.name)
CAVALIER = Vehicle("N903 QRL", "silver", "Vauxhall Cavalier", CARVER.name)
ASTRA = Vehicle("R261 QAF", "red", "Vauxhall Astra", RUDD.name)
MONDEO = Vehicle("FD51 QWX", "black", "Ford Mondeo", CARVER.name)

VEHICLES: tuple[Vehicle, ...] = (SIERRA, CAVALIER, ASTRA, MONDEO)

POLICE = Organisation("Northshire Police", "NP", "county police force")
COUNCIL = Organisation("Harwick Borough Council", "HBC", "local authority, social services")
HOME = Organisation("Ferncliffe House Children's Home", "Ferncliffe",
                    "council-run residential children's home")

ORGANISATIONS: tuple[Organisation, ...] = (POLICE, COUNCIL, HOME)

LM = YoungPerson("LM", 1980)
JT = YoungPerson("JT", 1981)
KB = YoungPerson("KB", 1982)
DW = YoungPerson("DW", 1988)
