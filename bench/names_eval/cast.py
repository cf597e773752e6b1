"""The invented cast of the names evaluation set, and every way each of them can be written.

The town (Ravensholt), its force (Pennine Police), its council and all the people are made up
for this set alone. Five decoys are one letter away from a real person and are different
people: a search for one must not return the other's documents.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

POLICE_DOMAIN = "pennine.pnn.police.uk"
COUNCIL_DOMAIN = "ravensholt.gov.uk"

# The written forms the evaluation measures (issue 13's list). "forename" (a lone forename after
# the person was named) is recorded but not measured: a lone forename is not a form to find.
FORMS = (
    "canonical",
    "upper",
    "surname_comma",
    "initials",
    "title_surname",
    "title_collar",
    "nickname",
    "translit",
    "ocr",
    "email",
)


@dataclass(frozen=True)
class Person:
    """One person of the cast; `decoy_of` names the real person a decoy is one letter from."""

    forename: str
    surname: str
    middle: str = ""
    group: str = "adult"
    title: str = ""
    collar: str = ""
    role: str = ""
    nickname: str = ""
    variant_forenames: tuple[str, ...] = ()
    email: str = ""
    decoy_of: str = ""
    female: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def canonical(self) -> str:
        return f"{self.forename} {self.surname}"

    def applicable_forms(self) -> list[str]:
        """The forms this person can be written in (besides the canonical one)."""
        forms = ["upper", "surname_comma", "initials", "ocr"]
        if self.title:
            forms.append("title_surname")
        if self.collar:
            forms.append("title_collar")
        if self.nickname:
            forms.append("nickname")
        if self.variant_forenames:
            forms.append("translit")
        if self.email:
            forms.append("email")
        return forms


def _police(forename: str, middle: str, surname: str, rank: str, role: str, **kw: object) -> Person:
    local = f"{forename.lower()}.{surname.lower()}"
    return Person(forename, surname, middle, "police", rank, role=role,
                  email=f"{local}@{POLICE_DOMAIN}", **kw)


def _council(forename: str, middle: str, surname: str, title: str, role: str, **kw: object) -> Person:
    local = f"{forename[0].lower()}{surname.lower()}"
    return Person(forename, surname, middle, "council", title, role=role,
                  email=f"{local}@{COUNCIL_DOMAIN}", **kw)


def _cast() -> list[Person]:
    people = [
        _police("Robert", "J", "Fairbank", "DCI", "Senior Investigating Officer", nickname="Bob"),
        _police("Andrew", "P", "Crossley", "DI", "Detective Inspector", nickname="Andy"),
        _police("Karen", "L", "Holdsworth", "DS", "Detective Sergeant", female=True),
        _police("Graham", "D", "Ibbotson", "DC", "Detective Constable"),
        _police("Lorraine", "A", "Sugden", "DC", "Detective Constable", female=True),
        _police("Neil", "T", "Whiteley", "PC", "Constable", collar="4418"),
        _police("Dawn", "E", "Mellor", "PC", "Constable", collar="1763", female=True),
        _police("Simon", "R", "Akroyd", "PC", "Constable", collar="2905"),
        _police("Trevor", "M", "Booth", "PS", "Custody Sergeant", collar="612"),
        _police("Margaret", "A", "Ogden", "Supt", "Divisional Commander", nickname="Maggie",
                female=True),
        _council("Stephen", "J", "Cawthorne", "Cllr", "Cabinet Member for Children"),
        _council("Shirley", "A", "Barraclough", "Cllr", "Ward Councillor", female=True),
        _council("Mohammed", "", "Saleem", "Cllr", "Ward Councillor",
                 variant_forenames=("Muhammad", "Mohammad")),
        _council("Dennis", "W", "Hirst", "Cllr", "Chair of Licensing Committee"),
        _council("Janet", "M", "Brearley", "Mrs", "Social Worker", female=True),
        _council("Michelle", "K", "Dyson", "Ms", "Team Manager", female=True),
        _council("Siân", "E", "Hepworth", "Ms", "Social Worker", female=True,
                 variant_forenames=("Sian",)),
        _council("Paul", "A", "Tordoff", "Mr", "Social Worker"),
        _council("Lesley", "J", "Exley", "Mrs", "Service Manager", female=True),
        _council("Elizabeth", "C", "Shackleton", "Mrs", "Manager, Bankfield House",
                 nickname="Liz", female=True),
    ]
    young = [("Kayleigh", "M", "Broadbent", True), ("Jade", "L", "Pollard", True),
             ("Chantelle", "R", "Rushworth", True), ("Zoë", "A", "Thwaite", True),
             ("Leanne", "S", "Garside", True), ("Casey", "J", "Horsfall", True),
             ("Ryan", "P", "Dobson", False)]
    for forename, middle, surname, female in young:
        variants = ("Zoe",) if forename == "Zoë" else ()
        people.append(Person(forename, surname, middle, "young", "Miss" if female else "",
                             role="Young person", variant_forenames=variants, female=female))
    people += [
        Person("Gary", "Haigh", "S", "suspect", "Mr", role="Taxi driver"),
        Person("Dean", "Sutcliffe", "R", "suspect", "Mr", role="Unemployed"),
        Person("Anthony", "Lockwood", "J", "suspect", "Mr", role="Takeaway owner", nickname="Tony"),
        Person("Wayne", "Crabtree", "D", "suspect", "Mr", role="Taxi driver"),
        Person("Nasir", "Hameed", "", "suspect", "Mr", role="Taxi operator",
               variant_forenames=("Naseer", "Nasser")),
        Person("Christine", "Broadbent", "A", "parent", "Mrs", role="Mother of Kayleigh",
               female=True),
        Person("Richard", "Moorhouse", "H", "solicitor", "Mr", role="Solicitor",
               email="rmoorhouse@inghammarsh.co.uk"),
        Person("Keith", "Dransfield", "", "school", "Mr", role="Head Teacher",
               email="k.dransfield@moorsideacademy.org.uk"),
    ]
    return people


def _decoys() -> list[Person]:
    return [
        Person("Karen", "Holdworth", "J", "decoy", "Mrs", role="Foster carer", female=True,
               decoy_of="Karen Holdsworth"),
        Person("Stephen", "Cawthorn", "M", "decoy", "Mr", role="Proprietor, Townline Taxis",
               decoy_of="Stephen Cawthorne"),
        Person("Michelle", "Tyson", "R", "decoy", "Ms", role="Teacher", female=True,
               email="m.tyson@moorsideacademy.org.uk", decoy_of="Michelle Dyson"),
        Person("Gary", "Haig", "W", "decoy", "Mr", role="Neighbour", decoy_of="Gary Haigh"),
        Person("Dean", "Sutcliff", "A", "decoy", "Mr", role="Mechanic", decoy_of="Dean Sutcliffe"),
    ]


CAST: list[Person] = _cast() + _decoys()
BY_NAME: dict[str, Person] = {p.canonical: p for p in CAST}

# Anonymised codes, scoped within an operation (case file): the same code names a different
# child in another operation, as it would in real files.
CODES: dict[str, dict[str, str]] = {
    "Operation Larkspur": {"Kayleigh Broadbent": "Child A", "Jade Pollard": "Child B",
                           "Chantelle Rushworth": "Child C", "Ryan Dobson": "Witness B"},
    "Operation Millstone": {"Zoë Thwaite": "YP1", "Leanne Garside": "YP2",
                            "Casey Horsfall": "YP3", "Kayleigh Broadbent": "Victim 1",
                            "Jade Pollard": "YP4"},
}

# One OCR slip per character class, as an old text layer would carry them.
_OCR_SLIPS = (("l", "1"), ("m", "rn"), ("e", "c"), ("o", "0"), ("h", "b"), ("i", "l"),
              ("a", "o"), ("n", "ri"), ("d", "cl"))


def ocr_slip(text: str, rng: random.Random) -> str:
    """The text with one OCR-style slip in it (never in the first letter of a word)."""
    spots = [(i, new) for i, ch in enumerate(text) for old, new in _OCR_SLIPS
             if ch == old and i > 0 and text[i - 1] != " "]
    if not spots:
        return text
    i, new = rng.choice(spots)
    return text[:i] + new + text[i + 1:]


def _initials(p: Person, rng: random.Random) -> str:
    f = p.forename[0]
    m = p.middle
    choices = [f"{f}. {p.surname}", f"{f} {p.surname}"]
    if m:
        choices += [f"{f}.{m}. {p.surname}", f"{f}{m} {p.surname}", f"{f}. {m}. {p.surname}"]
    return rng.choice(choices)


def _title_surname(p: Person, rng: random.Random) -> str:
    title = p.title
    if title == "Cllr":
        title = rng.choice(["Cllr", "Councillor", "Cllr."])
    elif title == "PS":
        title = rng.choice(["PS", "Sgt", "Sergeant"])
    surname = p.surname.upper() if p.group == "police" and rng.random() < 0.4 else p.surname
    return f"{title} {surname}"


def render_form(p: Person, form: str, rng: random.Random) -> str:
    """One written form of a person (a fresh choice among that form's variants)."""
    if form == "canonical":
        return p.canonical
    if form == "upper":
        return p.canonical.upper()
    if form == "surname_comma":
        return rng.choice([f"{p.surname.upper()}, {p.forename}", f"{p.surname}, {p.forename}",
                           f"{p.surname.upper()}, {p.forename.upper()}"])
    if form == "initials":
        return _initials(p, rng)
    if form == "title_surname":
        return _title_surname(p, rng)
    if form == "title_collar":
        rank = "PS" if p.title == "PS" else "PC"
        return rng.choice([f"{rank} {p.collar} {p.surname.upper()}", f"{rank} {p.collar} {p.surname}"])
    if form == "nickname":
        return f"{p.nickname} {p.surname}"
    if form == "translit":
        return f"{rng.choice(p.variant_forenames)} {p.surname}"
    if form == "ocr":
        return ocr_slip(p.canonical, rng)
    if form == "email":
        return p.email
    if form == "forename":
        return p.forename
    raise ValueError(form)
