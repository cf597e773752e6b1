"""The invented cast of the fourth names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
street or firm with the first three sets. The naming traditions are mostly ones those sets used
little or not at all: Turkish and Turkish Cypriot (a dotless i that accent-stripping does not
fold, a man known by his second given name), Hungarian (family name first at home), Italian
(De and D' prefixes, a curly apostrophe), Spanish double surnames, Filipino (dela Cruz, the
mother's surname as middle name), Sri Lankan Tamil (a father's name as surname, written as an
initial before the given name), Bangladeshi (Md. for Mohammed, Bengali spellings), Dutch (van den
sorted on the last word), German (an eszett), and British English. Six decoys are one letter
away from a cast member and are different people. Two Aydın brothers share a surname, an initial
and a title, and two people share a surname and an initial with a decoy: forms that give only
those are recorded as ambiguous, never as a measured form.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

TOWN = "Hollinsford"
FORCE = "Lunesdale Constabulary"
COUNCIL = "Hollinsford Borough Council"
COUNCIL_SHORT = "Hollinsford BC"
POLICE_DOMAIN = "lunesdale.pnn.police.uk"
COUNCIL_DOMAIN = "hollinsford.gov.uk"
SCHOOL_DOMAIN = "stannes-hollinsford.lancs.sch.uk"
LAW_DOMAIN = "arslanhewitt.co.uk"
OPERATIONS = ("Operation Juniper", "Operation Marram")  # up to 2006, from 2007

# The written forms measured: the same fourteen as the second and third sets.
FORMS = (
    "canonical", "upper", "surname_comma", "initials", "title_surname", "title_collar",
    "nickname", "translit", "ocr", "email",
    "diacritics", "punctuation", "with_middle", "given_name",
)

# Letters that NFKD leaves alone, written as someone without them on the keyboard writes them.
_NON_DECOMPOSING = str.maketrans({"ı": "i", "ß": "ss", "’": "'"})


def ascii_fold(text: str) -> str:
    """The text without diacritics, as a keyboard without them writes it."""
    text = unicodedata.normalize("NFKD", text.translate(_NON_DECOMPOSING))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def folded(text: str) -> str:
    return " ".join(ascii_fold(text).replace("-", " ").casefold().split())


@dataclass(frozen=True)
class Person:
    """One person. `translit` and `punctuation` are whole written names; `given` is the unused
    first given name of someone known by their middle name; `initial_first` writes the surname
    as an initial before the given name (the Tamil usage)."""

    forename: str
    surname: str
    middle: str = ""
    group: str = "adult"
    title: str = ""
    collar: str = ""
    role: str = ""
    nickname: str = ""
    translit: tuple[str, ...] = ()
    variant_forenames: tuple[str, ...] = ()
    variant_surnames: tuple[str, ...] = ()
    punctuation: tuple[str, ...] = ()
    given: str = ""
    given_short: tuple[str, ...] = ()
    email: str = ""
    decoy_of: str = ""
    initial_first: bool = False

    @property
    def canonical(self) -> str:
        return f"{self.forename} {self.surname}"


def _police(forename: str, surname: str, title: str, role: str, **kw: object) -> Person:
    local = ascii_fold(f"{forename}.{surname}").lower().replace(" ", "").replace("'", "")
    return Person(forename, surname, group="police", title=title, role=role,
                  email=f"{local}@{POLICE_DOMAIN}", **kw)  # type: ignore[arg-type]


def _council(forename: str, surname: str, title: str, role: str, local: str,
             **kw: object) -> Person:
    return Person(forename, surname, group="council", title=title, role=role,
                  email=f"{local}@{COUNCIL_DOMAIN}", **kw)  # type: ignore[arg-type]


def _officers() -> list[Person]:
    return [
        _police("Annette", "Rowbotham", "DCI", "Senior Investigating Officer", middle="Claire",
                nickname="Annie"),
        _police("Giancarlo", "Ferrante", "Supt", "Head of Crime", middle="Paolo",
                nickname="Gianni"),
        _police("Hüseyin", "Özdemir", "DI", "Detective Inspector",
                translit=("Hussein Ozdemir", "Hussein Özdemir", "Husseyin Ozdemir"),
                variant_forenames=("Hussein", "Husseyin")),
        _police("Nirojan", "Thevarajah", "DS", "Detective Sergeant", initial_first=True,
                translit=("Niroshan Thevarajah", "Nirojan Thevarasa"),
                variant_forenames=("Niroshan",), variant_surnames=("Thevarasa",)),
        _police("Louise", "Greenhalgh", "DC", "Detective Constable", given="Sarah"),
        _police("Raúl", "Fernández Ruiz", "DC", "Detective Constable",
                translit=("Raúl Fernández", "Raul Fernandez"),
                variant_surnames=("Fernández", "Fernandez"),
                punctuation=("Raúl Fernández-Ruiz", "Raúl Fernández y Ruiz")),
        _police("Zoltán", "Varga", "DC", "Detective Constable", middle="István",
                translit=("Varga Zoltán", "VARGA Zoltán")),
        _police("Jason", "Stott", "PC", "Constable", collar="1187", middle="Lee"),
        _police("Shahidul", "Islam", "PC", "Constable", collar="2754", given="Mohammed",
                given_short=("Md.", "Md", "Mohd"),
                translit=("Shohidul Islam", "Sahidul Islam"),
                variant_forenames=("Shohidul", "Sahidul")),
        _police("Francesca", "De Luca", "PC", "Constable", collar="3309", nickname="Frankie",
                punctuation=("Francesca DeLuca", "Francesca Deluca")),
        _police("Thomas", "Ackroyd", "PC", "Constable", collar="461", middle="William",
                nickname="Tommy"),
        _police("Stefan", "Weiß", "PS", "Custody Sergeant", collar="2208", middle="Georg"),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Nasrin", "Talukdar", "Cllr", "Lead Member for Children", "cllr.talukdar",
                 middle="Akhter",
                 translit=("Nasreen Talukdar", "Nasrin Talukder", "Nasreen Talukder"),
                 variant_forenames=("Nasreen",), variant_surnames=("Talukder",)),
        _council("Pieter", "van den Bosch", "Cllr", "Chair of Licensing", "cllr.vandenbosch",
                 nickname="Piet",
                 punctuation=("Pieter Van Den Bosch", "Pieter vanden Bosch",
                              "Pieter Vandenbosch")),
        _council("Geoffrey", "Tattersall", "Cllr", "Leader of the Council", "cllr.tattersall",
                 middle="Roy", nickname="Geoff"),
        _council("Ágnes", "Szűcs", "Cllr", "Ward Councillor, Spring Vale", "cllr.szucs",
                 translit=("Szűcs Ágnes", "Agnes Szuecs"), variant_surnames=("Szuecs",)),
        _council("Tharshini", "Sivakumar", "Ms", "Social Worker", "tharshini.sivakumar",
                 initial_first=True,
                 translit=("Dharshini Sivakumar", "Tharsini Sivakumar"),
                 variant_forenames=("Dharshini", "Tharsini")),
        _council("Maricel", "Bautista", "Ms", "Social Worker", "maricel.bautista",
                 middle="Garcia"),
        _council("Gillian", "Sowerbutts", "Mrs", "Team Manager, Children's Services",
                 "gillian.sowerbutts", middle="Mary", nickname="Gill"),
        _council("Joanne", "Fitton", "Ms", "Housing Officer", "joanne.fitton", middle="Lesley"),
        Person("Alessandra", "Bellini", title="Dr", group="school", role="Head Teacher",
               nickname="Sandra", middle="Maria", email=f"abellini@{SCHOOL_DOMAIN}"),
        Person("Kenan", "Arslan", title="Mr", group="solicitor", role="Solicitor",
               email=f"k.arslan@{LAW_DOMAIN}", translit=("Kenan Aslan",),
               variant_surnames=("Aslan",)),
    ]


def _young() -> list[Person]:
    return [
        Person("Keeley", "Scholefield", middle="Jade", group="young"),
        Person("Janelle", "dela Cruz", middle="Santos", group="young",
               punctuation=("Janelle De la Cruz", "Janelle Delacruz", "Janelle De La Cruz")),
        Person("Elif", "Şahin", group="young", translit=("Elif Shahin",)),
        Person("Tamsin", "Duckworth", middle="Rose", group="young"),
        Person("Tanvir", "Miah", middle="Ahmed", group="young",
               translit=("Tanveer Miah", "Tanvir Mia"), variant_forenames=("Tanveer",),
               variant_surnames=("Mia",)),
        Person("Bence", "Farkas", group="young", nickname="Ben",
               translit=("Farkas Bence",)),
        Person("Chiara", "D'Alessandro", middle="Giulia", group="young",
               punctuation=("Chiara DAlessandro", "Chiara D Alessandro", "Chiara Dalessandro",
                            "Chiara D’Alessandro")),
        Person("Chantelle", "Ormerod", middle="Louise", group="young"),
        Person("Abinaya", "Kandasamy", group="young", initial_first=True,
               translit=("Abhinaya Kandasamy", "Abinaya Kandaswamy"),
               variant_forenames=("Abhinaya",), variant_surnames=("Kandaswamy",)),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Kadir", "Aydın", title="Mr", group="suspect"),
        Person("Kemal", "Aydın", title="Mr", group="suspect", given="Mehmet"),
        Person("Alejandro", "Ruiz Navarro", title="Mr", group="suspect",
               translit=("Alejandro Ruiz",), variant_surnames=("Ruiz",),
               punctuation=("Alejandro Ruiz-Navarro",)),
        Person("Giuseppe", "Russo", title="Mr", group="suspect", nickname="Joe"),
        Person("Craig", "Stansfield", middle="Anthony", title="Mr", group="suspect"),
        Person("Dominic", "Entwistle", middle="John", title="Mr", group="suspect",
               nickname="Dom"),
        Person("Ferenc", "Balogh", title="Mr", group="suspect", nickname="Feri",
               translit=("Balogh Ferenc", "Ferenc Balog"), variant_surnames=("Balog",)),
        Person("Rommel", "Bautista", title="Mr", group="suspect", nickname="Mel"),
        Person("Maria Luisa", "dela Cruz", middle="Santos", title="Mrs", group="parent",
               nickname="Malou",
               punctuation=("Maria Luisa De la Cruz", "Maria Luisa Delacruz",
                            "Maria-Luisa dela Cruz")),
        Person("Deborah", "Scholefield", middle="Ann", title="Mrs", group="parent",
               nickname="Debbie"),
    ]


def _decoys() -> list[Person]:
    """Different people one letter from a cast member (some sound the same), named in full."""
    return [
        Person("Dominic", "Entwisle", group="decoy", role="Market trader",
               decoy_of="Dominic Entwistle"),
        Person("Giuseppe", "Rosso", group="decoy", role="Restaurant owner",
               decoy_of="Giuseppe Russo"),
        Person("Keeley", "Scholfield", group="decoy", role="Pupil",
               decoy_of="Keeley Scholefield"),
        Person("Zoltán", "Vargha", group="decoy", role="Lorry driver", decoy_of="Zoltán Varga"),
        Person("Jayson", "Stott", group="decoy", role="Apprentice joiner",
               decoy_of="Jason Stott"),
        Person("Alejandra", "Ruiz Navarro", title="Ms", group="decoy", role="Café owner",
               decoy_of="Alejandro Ruiz Navarro"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation; one child has a different code in each.
CODES = {
    OPERATIONS[0]: {"Keeley Scholefield": "Child E", "Janelle dela Cruz": "YP4",
                    "Elif Şahin": "Victim 2", "Abinaya Kandasamy": "Young Person 6"},
    OPERATIONS[1]: {"Bence Farkas": "Child R", "Chiara D'Alessandro": "YP9",
                    "Tanvir Miah": "Victim 5", "Chantelle Ormerod": "YP12",
                    "Elif Şahin": "Child S"},
}


def namesakes(person: Person, by_initial: bool) -> list[str]:
    """Other people who share the surname and the first initial (or the title)."""
    out = []
    for other in CAST:
        if other is person or folded(other.surname) != folded(person.surname):
            continue
        if by_initial and folded(other.forename)[0] == folded(person.forename)[0]:
            out.append(other.canonical)
        if not by_initial and person.title and other.title == person.title:
            out.append(other.canonical)
    return out


def applicable_forms(person: Person) -> list[str]:
    """The measured forms a person can be written in, besides the canonical one.

    Decoys are named in full only. A form giving only the surname with an initial (or with a
    title) that someone else shares is not measured: it is written as an ambiguous mention.
    """
    if person.decoy_of:
        return ["upper", "surname_comma"]
    forms = ["upper", "surname_comma", "ocr"]
    if not namesakes(person, by_initial=True):
        forms.append("initials")
    if person.title and not namesakes(person, by_initial=False):
        forms.append("title_surname")
    optional = {"title_collar": person.collar, "nickname": person.nickname,
                "translit": person.translit, "email": person.email,
                "punctuation": person.punctuation,
                "diacritics": ascii_fold(person.canonical) != person.canonical,
                "with_middle": person.middle or person.given, "given_name": person.given}
    return forms + [form for form, present in optional.items() if present]
