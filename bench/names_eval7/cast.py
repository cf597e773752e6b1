"""The invented cast of the seventh names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
street or firm with the first six sets. The naming traditions are ones those sets did not use:
Finnish (a double-barrelled surname with letters written two ways without them), Estonian (a
tilde letter; a woman who marries part-way through and later double-barrels), Georgian (-dze
and -ia surnames, a forename also written the English way), Armenian (-yan written -ian and
-ean), Croatian (a letter that decomposition does not fold, written two ways without it), Maori
(a two-word surname with a particle), Tongan (a glottal stop written as an apostrophe, a turned
comma or not at all), Tamil from India (a father's initial written before the given name),
Sinhala (a family name written as initials before the given name), Hausa (the Alhaji title,
spelling variants), Kikuyu (a Kikuyu name beside the church name used), Sudanese (a father's
name as middle name; the grandfather's as surname, with and without the El particle), Catalan (two
surnames joined by "i"), Azerbaijani (a schwa letter; -ov and -li surnames), Mongolian (a
father's name as surname, so brothers share it; hyphenated given names), Bulgarian, Ugandan
(Luganda), Orthodox Jewish (a Hebrew name with a Yiddish diminutive), and British English. Six
decoys are one letter or one sound away from a cast member and are different people.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

TOWN = "Harrowgill"
FORCE = "Hexmoor Police"
FORCE_SHORT = "HXP"
COUNCIL = "Harrowgill Metropolitan Borough Council"
COUNCIL_SHORT = "HMBC"
POLICE_DOMAIN = "hexmoor.pnn.police.uk"
COUNCIL_DOMAIN = "harrowgill.gov.uk"
SCHOOL_DOMAIN = "gillside-academy.org.uk"
LAW_DOMAIN = "hristova-vance.co.uk"
OPERATIONS = ("Operation Bittern", "Operation Sorrel")  # up to 2003, from 2004

# The sixteen forms of the fifth and sixth sets.
FORMS = (
    "canonical", "upper", "surname_comma", "initials", "title_surname", "title_collar",
    "nickname", "translit", "ocr", "email",
    "diacritics", "punctuation", "with_middle", "given_name",
    "alias", "married",
)

# Letters that NFKD leaves alone, written as someone without them on the keyboard writes them.
_NON_DECOMPOSING = str.maketrans({"Đ": "D", "đ": "d", "Ə": "A", "ə": "a", "ʻ": "'", "’": "'",
                                  "–": "-"})


def ascii_fold(text: str) -> str:
    """The text without diacritics, as a keyboard without them writes it."""
    text = unicodedata.normalize("NFKD", text.translate(_NON_DECOMPOSING))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def folded(text: str) -> str:
    return " ".join(ascii_fold(text).replace("-", " ").casefold().split())


@dataclass(frozen=True)
class Person:
    """One person. `translit` and `punctuation` are whole written names; `given` is the unused
    first given name (or Kikuyu name) of someone known by another; `alias` is a whole other name
    the person also uses; `married` is the surname taken on `married_on`."""

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
    email: str = ""
    alias: str = ""
    married: str = ""
    married_on: dt.date | None = None
    family_first: bool = False
    female: bool = False
    decoy_of: str = ""

    @property
    def canonical(self) -> str:
        return f"{self.forename} {self.surname}"

    def surname_on(self, day: dt.date) -> str:
        """The surname the person went by on that day."""
        if self.married and self.married_on and day >= self.married_on:
            return self.married
        return self.surname


def _police(forename: str, surname: str, title: str, role: str, local: str,
            **kw: object) -> Person:
    return Person(forename, surname, group="police", title=title, role=role,
                  email=f"{local}@{POLICE_DOMAIN}", **kw)  # type: ignore[arg-type]


def _council(forename: str, surname: str, title: str, role: str, local: str,
             **kw: object) -> Person:
    return Person(forename, surname, group="council", title=title, role=role,
                  email=f"{local}@{COUNCIL_DOMAIN}", **kw)  # type: ignore[arg-type]


def _officers() -> list[Person]:
    return [
        _police("Päivi", "Hämäläinen-Ross", "DCI", "Senior Investigating Officer",
                "paivi.hamalainen-ross", middle="Kaarina", female=True,
                translit=("Paeivi Haemaelaeinen-Ross", "Päivi Hämäläinen", "Paivi Ross"),
                variant_forenames=("Paeivi",),
                variant_surnames=("Haemaelaeinen-Ross", "Hämäläinen", "Ross"),
                punctuation=("Päivi Hämäläinen Ross", "Päivi Hämäläinen - Ross",
                             "Päivi Hämäläinen–Ross")),
        _police("Desmond", "Farraday", "Supt", "Head of Public Protection",
                "FarradayD", given="Hugh", nickname="Des"),
        _police("Giorgi", "Beridze", "DI", "Detective Inspector", "giorgi.beridze",
                nickname="Gio", translit=("George Beridze", "Giorgi Beridse"),
                variant_forenames=("George",), variant_surnames=("Beridse",)),
        _police("Anahit", "Petrosyan", "DS", "Detective Sergeant", "anahit.petrosyan",
                female=True, translit=("Anahit Petrosian", "Anahit Petrossian"),
                variant_surnames=("Petrosian", "Petrossian")),
        _police("Ivana", "Kovačević", "DC", "Detective Constable", "kovacevic.ivana",
                collar="C/1842", female=True, middle="Marija"),
        _police("Senthilkumar", "Ramasamy", "DC", "Detective Constable", "s.ramasamy2",
                nickname="Senthil",
                translit=("R. Senthilkumar", "Senthil Kumar Ramasamy", "Senthilkumar Ramaswamy"),
                variant_forenames=("Senthil Kumar",), variant_surnames=("Ramaswamy",)),
        _police("Kristjan", "Õunapuu", "PC", "Constable", "kristjan.ounapuu", collar="3096/W"),
        _police("Wiremu", "Te Awa", "PS", "Custody Sergeant", "wiremu.teawa", collar="611",
                nickname="Wiri", punctuation=("Wiremu Teawa", "Wiremu Te-Awa", "Wiremu TeAwa")),
        _police("Siosaia", "Fifita", "SC", "Special Constable", "siosaia.fifita", collar="9031",
                nickname="Sai"),
        _police("Hadiza", "Bello", "PC", "Constable", "hadiza.bello", collar="4408",
                female=True, translit=("Hadizah Bello", "Hadiza Belo"),
                variant_forenames=("Hadizah",), variant_surnames=("Belo",)),
        _police("Grace", "Kamau", "Ms", "Police Staff Investigator", "grace.kamau",
                given="Wanjiru", female=True),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Jordi", "Puig i Ferrer", "Cllr", "Cabinet Member for Children",
                 "jordi.puigiferrer",
                 translit=("Jordi Puig", "Jordi Puig Ferrer"),
                 variant_surnames=("Puig", "Puig Ferrer"),
                 punctuation=("Jordi Puig-Ferrer", "Jordi Puig y Ferrer", "Jordi Puig-i-Ferrer")),
        _council("Margaret", "Oddie", "Cllr", "Leader of the Council", "cllr.m.oddie",
                 nickname="Peggy", female=True, middle="Ellen"),
        _council("Mohamed", "Elhassan", "Cllr", "Ward Councillor, Gillside", "cllr.elhassan",
                 middle="Osman",
                 translit=("Mohammed Elhassan", "Mohamed El Hassan", "Muhammad Elhassan"),
                 variant_forenames=("Mohammed", "Muhammad"), variant_surnames=("El Hassan",),
                 punctuation=("Mohamed El-Hassan", "Mohamed El-hassan")),
        _council("Hilary", "Bracewell", "Cllr", "Chair of Children's Scrutiny",
                 "hilary.bracewell", middle="Joan", nickname="Hils", female=True),
        _council("Kadri", "Lepik", "Ms", "Social Worker", "kadri.lepik", female=True,
                 married="Drummond", married_on=dt.date(2003, 6, 21), nickname="Kats"),
        _council("Nilufar", "Aliyeva", "Ms", "Social Worker", "nilufar.aliyeva", female=True,
                 translit=("Nilufar Əliyeva", "Nilufar Alieva", "Niloufar Aliyeva"),
                 variant_forenames=("Niloufar",), variant_surnames=("Əliyeva", "Alieva")),
        _council("Rosemary", "Thewlis", "Mrs", "Team Manager, Children's Social Care",
                 "rosemary.thewlis", middle="Anne", nickname="Rosie", female=True),
        _council("Chinthaka", "Wickramasinghe", "Mr", "Housing Officer", "cwickramasinghe",
                 translit=("W.M. Chinthaka", "Chintaka Wickramasinghe",
                           "Chinthaka Wickramasingha"),
                 variant_forenames=("Chintaka",), variant_surnames=("Wickramasingha",)),
        Person("Joseph", "Ssemakula", title="Dr", group="school", role="Principal",
               email=f"j.ssemakula@{SCHOOL_DOMAIN}", middle="Kato",
               translit=("Joseph Semakula", "Yozefu Ssemakula"),
               variant_forenames=("Yozefu",), variant_surnames=("Semakula",)),
        Person("Zlatina", "Hristova", middle="Ivanova", title="Ms", group="solicitor",
               role="Solicitor", email=f"zh@{LAW_DOMAIN}", female=True,
               translit=("Zlatina Khristova", "Zlatina Christova"),
               variant_surnames=("Khristova", "Christova")),
    ]


def _young() -> list[Person]:
    return [
        Person("Jade", "Holroyd-Lomax", group="young", middle="Louise", female=True,
               translit=("Jade Lomax", "Jade Holroyd"), variant_surnames=("Lomax", "Holroyd"),
               punctuation=("Jade Holroyd Lomax", "Jade HolroydLomax", "Jade Holroyd/Lomax")),
        Person("Tamar", "Gogoladze", group="young", female=True,
               translit=("Tamari Gogoladze", "Tamar Gogoladse"), variant_forenames=("Tamari",),
               variant_surnames=("Gogoladse",)),
        Person("Mele", "Tu'ifua", group="young", female=True,
               punctuation=("Mele Tuifua", "Mele Tuʻifua", "Mele Tu’ifua", "Mele Tu-ifua")),
        Person("Chaya", "Lieberman", group="young", middle="Rivka", nickname="Chayale",
               female=True, translit=("Haya Lieberman", "Chaya Liberman", "Chaja Lieberman"),
               variant_forenames=("Haya", "Chaja"), variant_surnames=("Liberman",)),
        Person("Zainab", "Danjuma", group="young", nickname="Zee", female=True,
               translit=("Zaynab Danjuma", "Zainab Danjima"), variant_forenames=("Zaynab",),
               variant_surnames=("Danjima",)),
        Person("Narek", "Hovhannisyan", group="young",
               translit=("Narek Hovannisian", "Narek Ovanesyan", "Narek Hovhannisian"),
               variant_surnames=("Hovannisian", "Ovanesyan", "Hovhannisian")),
        Person("Aleksi", "Laaksonen", group="young", middle="Juhani", nickname="Leksa",
               translit=("Alexi Laaksonen",), variant_forenames=("Alexi",)),
        Person("Skye", "Ramsbottom", group="young", middle="Marie", nickname="Skyler",
               female=True),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Bat-Erdene", "Ganbold", title="Mr", group="suspect", nickname="Bataa",
               translit=("Ganbold Bat-Erdene", "Bat-Erdene Ganbaatar"),
               variant_surnames=("Ganbaatar",),
               punctuation=("Baterdene Ganbold", "Bat Erdene Ganbold", "Bat-erdene Ganbold")),
        Person("Batbayar", "Ganbold", title="Mr", group="suspect",
               translit=("Ganbold Batbayar", "Batbaiar Ganbold"), variant_forenames=("Batbaiar",)),
        Person("Levan", "Kapanadze", title="Mr", group="suspect", alias="Leo Kay",
               translit=("Levani Kapanadze", "Levan Kapanadse"), variant_forenames=("Levani",),
               variant_surnames=("Kapanadse",)),
        Person("Rashad", "Mammadov", title="Mr", group="suspect", middle="Elchin",
               translit=("Rashad Mamedov", "Rəşad Məmmədov", "Rashad Mammadli"),
               variant_surnames=("Mamedov", "Məmmədov", "Mammadli"),
               variant_forenames=("Rəşad",)),
        Person("Darko", "Đurić", title="Mr", group="suspect",
               translit=("Darko Djuric", "Darko Djurić", "Darko Dzhurich"),
               variant_surnames=("Djuric", "Djurić", "Dzhurich")),
        Person("Terence", "Ollerenshaw", title="Mr", group="suspect", nickname="Tel",
               middle="Keith"),
        Person("Ibrahim", "Garba", title="Alhaji", group="suspect",
               translit=("Ibraheem Garba", "Ibrahim Garbah"),
               variant_forenames=("Ibraheem",), variant_surnames=("Garbah",)),
        Person("Peter", "Njoroge", title="Mr", group="suspect", alias="Peter Kimani",
               translit=("Peter Njoroghe",), variant_surnames=("Njoroghe",)),
        Person("Dean", "Scarisbrick", title="Mr", group="suspect", nickname="Deano",
               middle="Anthony"),
        Person("Tinatin", "Gogoladze", title="Mrs", group="parent", female=True,
               nickname="Tiko", translit=("Tinatini Gogoladze",),
               variant_forenames=("Tinatini",)),
        Person("Donna", "Ramsbottom", middle="Jayne", title="Ms", group="parent", female=True),
        Person("Lynette", "Holroyd", title="Mrs", group="parent", female=True,
               nickname="Lyn"),
    ]


def _decoys() -> list[Person]:
    """Different people one letter or one sound from a cast member, named in full."""
    return [
        Person("Anahid", "Petrosyan", group="decoy", role="Interpreter",
               decoy_of="Anahit Petrosyan", female=True),
        Person("Levon", "Kapanadze", group="decoy", role="Chef", decoy_of="Levan Kapanadze"),
        Person("Terence", "Olerenshaw", group="decoy", role="Postman",
               decoy_of="Terence Ollerenshaw"),
        Person("Skye", "Ramsbotham", group="decoy", role="Student nurse",
               decoy_of="Skye Ramsbottom", female=True),
        Person("Ibrahim", "Garuba", group="decoy", role="Mechanic", decoy_of="Ibrahim Garba"),
        Person("Darko", "Đukić", group="decoy", role="Plasterer", decoy_of="Darko Đurić"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation; one child has a different code in each.
CODES = {
    OPERATIONS[0]: {"Jade Holroyd-Lomax": "Complainant 3", "Tamar Gogoladze": "CYP-04",
                    "Mele Tu'ifua": "Girl X", "Skye Ramsbottom": "Subject K"},
    OPERATIONS[1]: {"Jade Holroyd-Lomax": "V12", "Zainab Danjuma": "Young Person (YP) 6",
                    "Narek Hovhannisyan": "Boy Z", "Chaya Lieberman": "CYP-B",
                    "Aleksi Laaksonen": "Complainant 7"},
}


def namesakes(person: Person, by_initial: bool) -> list[str]:
    """Other people who share the surname and the first initial (or the title)."""
    out = []
    for other in CAST:
        if other is person or folded(other.surname) != folded(person.surname):
            continue
        if by_initial and folded(other.forename)[0] == folded(person.forename)[0]:
            out.append(other.canonical)
        # A plain Mr or Ms fits an untitled decoy of the same sex and surname just as well.
        plain = (person.title in ("Mr", "Mrs", "Ms") and bool(other.decoy_of)
                 and other.female == person.female)
        if not by_initial and person.title and (other.title == person.title or plain):
            out.append(other.canonical)
    return out


def applicable_forms(person: Person) -> list[str]:
    """The measured forms a person can be written in, besides the canonical one.

    Decoys are named in full only. A form giving only the surname with an initial (or with a
    title) that someone else shares is not measured: it is written as an ambiguous mention.
    The married name is planned by date, not chosen from this list.
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
                "with_middle": person.middle or person.given, "given_name": person.given,
                "alias": person.alias}
    return forms + [form for form, present in optional.items() if present]
