"""The invented cast of the sixth names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
street or firm with the first five sets. The naming traditions are ones those sets used little or
not at all: Danish and Norwegian (letters that decomposition does not fold), Icelandic (a
patronymic surname with letters that have no accent to strip), Czech and Slovak (surnames that
change with sex, a Roma family), Russian (a patronymic middle name, transliterations), Latvian,
Maltese, Japanese (a macron, three romanisations, family name first), Eritrean (a father's name as
surname, so a mother and her children differ), Shona (a church name before the name used),
Ndebele, Persian (a hyphenated compound given name), Afghan Pashtun (a two-word given name, a
tribal surname), Malay (bin/binti, "bte"), Gujarati (a father's name as middle name, the -bhai
and -kumar suffixes), Thai (a long surname and a nickname used for everything), Congolese French
(a hyphenated given name), Jamaican British, Irish Traveller, Cornish and British English. One
woman changes her surname on marriage part-way through; two men are also known by another whole
name, as the files say in places. Six decoys are one letter or one sound away from a cast member
and are different people. Two Popal brothers share a surname, an initial and a title; three
people share a surname and an initial (two of them siblings, one a decoy), and a cast member
shares his with a decoy: forms that give only those are recorded as ambiguous, never measured.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

TOWN = "Wyvernthorpe"
FORCE = "Esk and Wyvern Constabulary"
FORCE_SHORT = "EWC"
COUNCIL = "Wyvernthorpe City Council"
COUNCIL_SHORT = "WCC"
POLICE_DOMAIN = "esk-wyvern.police.uk"
COUNCIL_DOMAIN = "wyvernthorpe.gov.uk"
SCHOOL_DOMAIN = "bramwith-high.sch.uk"
LAW_DOMAIN = "kl-law.co.uk"
OPERATIONS = ("Operation Saltmarsh", "Operation Windlestraw")  # up to 2004, from 2005

# The sixteen forms of the fifth set (the fourteen of the second to fourth, alias, married).
FORMS = (
    "canonical", "upper", "surname_comma", "initials", "title_surname", "title_collar",
    "nickname", "translit", "ocr", "email",
    "diacritics", "punctuation", "with_middle", "given_name",
    "alias", "married",
)

# Letters that NFKD leaves alone, written as someone without them on the keyboard writes them.
_NON_DECOMPOSING = str.maketrans({"Ø": "O", "ø": "o", "Æ": "Ae", "æ": "ae", "Þ": "Th",
                                  "þ": "th", "Ð": "D", "ð": "d", "–": "-", "’": "'"})


def ascii_fold(text: str) -> str:
    """The text without diacritics, as a keyboard without them writes it."""
    text = unicodedata.normalize("NFKD", text.translate(_NON_DECOMPOSING))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def folded(text: str) -> str:
    return " ".join(ascii_fold(text).replace("-", " ").casefold().split())


@dataclass(frozen=True)
class Person:
    """One person. `translit` and `punctuation` are whole written names; `given` is the unused
    church or first given name of someone known by another; `alias` is a whole other name the
    person also uses; `married` is the surname taken on `married_on`; `family_first` writes the
    family name first in the person's own tradition (Japanese)."""

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
        _police("Ingrid", "Sørensen-Blake", "DCI", "Senior Investigating Officer",
                "Ingrid.Sorensen-Blake", middle="Marit", female=True,
                translit=("Ingrid Soerensen-Blake", "Ingrid Blake"),
                variant_surnames=("Soerensen-Blake", "Blake"),
                punctuation=("Ingrid Sørensen Blake", "Ingrid Sørensen–Blake",
                             "Ingrid SørensenBlake")),
        _police("Clive", "Armitstead", "Supt", "Head of Crime", "clive.armitstead",
                given="John"),
        _police("Tomáš", "Dvořák", "DI", "Detective Inspector", "tdvorak", middle="Jan",
                nickname="Tom"),
        _police("Yevgenia", "Sokolova", "DS", "Detective Sergeant", "Yevgenia.Sokolova",
                middle="Petrovna", nickname="Zhenya", female=True,
                translit=("Evgenia Sokolova", "Yevgeniya Sokolova", "Evgeniya Sokolova"),
                variant_forenames=("Evgenia", "Yevgeniya", "Evgeniya")),
        _police("Kenji", "Ōtsuka", "DC", "Detective Constable", "kenji.otsuka", collar="4120",
                family_first=True,
                translit=("Kenji Ohtsuka", "Kenji Ootsuka", "Ōtsuka Kenji"),
                variant_surnames=("Ohtsuka", "Ootsuka")),
        _police("Semhar", "Tesfamariam", "DC", "Detective Constable", "semhar.tesfamariam",
                female=True, translit=("Semhar Tesfamaryam", "Semhar Tesfamarium"),
                variant_surnames=("Tesfamaryam", "Tesfamarium"),
                punctuation=("Semhar Tesfa-Mariam", "Semhar Tesfa Mariam")),
        _police("Tendai", "Moyo", "PC", "Constable", "tendai.moyo2771", collar="2771",
                given="Blessing"),
        _police("Māris", "Ozols", "PC", "Constable", "maris.ozols", collar="417KD",
                middle="Jānis"),
        _police("Sigrún", "Þórsdóttir", "PC", "Constable", "s.thorsdottir", collar="88",
                female=True, translit=("Sigrun Thorsdottir",),
                variant_surnames=("Thorsdottir",)),
        _police("Carmel", "Zammit", "PS", "Custody Sergeant", "carmel.zammit", collar="1105",
                middle="Joseph"),
        _police("Farida", "Noorzai", "PCSO", "Police Community Support Officer",
                "farida.noorzai", collar="7042", female=True,
                translit=("Fareeda Noorzai", "Farida Nurzai"), variant_forenames=("Fareeda",),
                variant_surnames=("Nurzai",)),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Mohammad-Reza", "Hosseini", "Cllr", "Cabinet Member for Children",
                 "reza.hosseini", nickname="Reza",
                 translit=("Mohammadreza Hosseini", "Mohammad-Reza Hoseini",
                           "Mohamad-Reza Husseini"),
                 variant_forenames=("Mohammadreza", "Mohamad-Reza"),
                 variant_surnames=("Hoseini", "Husseini"),
                 punctuation=("Mohammad Reza Hosseini", "MohammadReza Hosseini",
                              "Mohammad–Reza Hosseini")),
        _council("Wilfred", "Tolchard", "Cllr", "Leader of the Council", "cllr.tolchard",
                 middle="Arthur", nickname="Wilf"),
        _council("Thandiwe", "Ndlovu", "Cllr", "Ward Councillor, Bramwith", "cllr.ndlovu",
                 nickname="Thandi", female=True),
        _council("Rosalind", "Pengelly", "Cllr", "Chair of Overview and Scrutiny",
                 "cllr.pengelly", middle="Mary", nickname="Ros", female=True),
        _council("Kateřina", "Procházková", "Ms", "Social Worker", "katerina.prochazkova",
                 nickname="Katka", female=True, married="Bickerdike",
                 married_on=dt.date(2002, 4, 13)),
        _council("Nur Aisyah", "Kamaruddin", "Ms", "Social Worker", "naisyah.kamaruddin",
                 female=True,
                 translit=("Nur Aisyah binti Kamaruddin", "Nur Aisyah bte Kamaruddin",
                           "Nur Aishah Kamaruddin"),
                 variant_forenames=("Nur Aishah",)),
        _council("Gillian", "Pennock", "Mrs", "Team Manager, Children's Social Care",
                 "gillian.pennock", middle="Ruth", nickname="Gill", female=True),
        _council("Jayesh", "Thakkar", "Mr", "Housing Officer", "jthakkar3", middle="Ramanlal",
                 translit=("Jayeshbhai Thakkar", "Jayeshkumar Thakkar"),
                 variant_forenames=("Jayeshbhai", "Jayeshkumar")),
        Person("Bjørn", "Halvorsen", title="Dr", group="school", role="Head Teacher",
               email=f"b.halvorsen@{SCHOOL_DOMAIN}", translit=("Bjoern Halvorsen",),
               variant_forenames=("Bjoern",)),
        Person("Marie-Claire", "Kabongo", middle="Ngalula", title="Ms", group="solicitor",
               role="Solicitor", email=f"mc.kabongo@{LAW_DOMAIN}", female=True,
               punctuation=("Marie Claire Kabongo", "Marie-claire Kabongo",
                            "MarieClaire Kabongo")),
    ]


def _young() -> list[Person]:
    return [
        Person("Pimchanok", "Sirisombat", group="young", nickname="Ploy", female=True),
        Person("Senait", "Gebremedhin", group="young", female=True,
               translit=("Senait Gebremedin",), variant_surnames=("Gebremedin",),
               punctuation=("Senait Gebre-Medhin", "Senait Gebre Medhin")),
        Person("Samuel", "Gebremedhin", group="young", nickname="Sami",
               translit=("Samuel Gebremedin",), variant_surnames=("Gebremedin",),
               punctuation=("Samuel Gebre-Medhin", "Samuel Gebre Medhin")),
        Person("Denisa", "Horváthová", group="young", female=True,
               translit=("Denisa Horváth",), variant_surnames=("Horváth",)),
        Person("Ahmad Zia", "Sharifi", group="young", nickname="Zia",
               translit=("Ahmed Zia Sharifi", "Ahmad Zia Sharefi"),
               variant_forenames=("Ahmed Zia",), variant_surnames=("Sharefi",),
               punctuation=("Ahmadzia Sharifi", "Ahmad-Zia Sharifi")),
        Person("Tayla-Mae", "Openshaw", group="young", middle="Jade", nickname="Tay",
               female=True,
               punctuation=("Tayla Mae Openshaw", "Taylamae Openshaw", "Tayla-mae Openshaw")),
        Person("Shanice", "Ebanks", group="young", middle="Monique", female=True),
        Person("Parisa", "Jafari", group="young", female=True,
               translit=("Parisa Jafary",), variant_surnames=("Jafary",),
               punctuation=("Parisa Ja'fari", "Parisa Ja’fari")),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Patrik", "Horváth", title="Mr", group="suspect", nickname="Pato"),
        Person("Vladislav", "Kuznetsov", middle="Igorevich", title="Mr", group="suspect",
               nickname="Vlad",
               translit=("Vladislav Kouznetsov", "Vladyslav Kuznetsov", "Vladislav Kuznecov"),
               variant_forenames=("Vladyslav",), variant_surnames=("Kouznetsov", "Kuznecov")),
        Person("Noorullah", "Stanikzai", title="Mr", group="suspect", alias="Noor Khan",
               translit=("Nurullah Stanikzai", "Noorullah Stanekzai"),
               variant_forenames=("Nurullah",), variant_surnames=("Stanekzai",)),
        Person("Farhad", "Popal", title="Mr", group="suspect"),
        Person("Feroz", "Popal", title="Mr", group="suspect", middle="Ahmad"),
        Person("Behrouz", "Sadeghi", title="Mr", group="suspect",
               translit=("Behrooz Sadeghi", "Behruz Sadeqi"),
               variant_forenames=("Behrooz", "Behruz"), variant_surnames=("Sadeqi",)),
        Person("Delroy", "Ebanks", title="Mr", group="suspect", alias="Dwayne Bailey",
               middle="Winston"),
        Person("Craig", "Heseltine", middle="Anthony", title="Mr", group="suspect",
               nickname="Hezza"),
        Person("Martin", "Cawley", title="Mr", group="suspect", nickname="Marty"),
        Person("Tsega", "Woldu", title="Mrs", group="parent", female=True,
               translit=("Tsegae Woldu", "Tsega Weldu"), variant_forenames=("Tsegae",),
               variant_surnames=("Weldu",)),
        Person("Renata", "Horváthová", title="Mrs", group="parent", female=True),
        Person("Sandra", "Openshaw", middle="Lynn", title="Ms", group="parent",
               nickname="Sandy", female=True),
    ]


def _decoys() -> list[Person]:
    """Different people one letter or one sound from a cast member, named in full."""
    return [
        Person("Jayesh", "Thakker", group="decoy", role="Pharmacist", decoy_of="Jayesh Thakkar"),
        Person("Vladislav", "Kusnetsov", group="decoy", role="Lorry driver",
               decoy_of="Vladislav Kuznetsov"),
        Person("Parisa", "Jafri", group="decoy", role="Dental nurse", decoy_of="Parisa Jafari"),
        Person("Martyn", "Cawley", group="decoy", role="Scaffolder", decoy_of="Martin Cawley"),
        Person("Senayt", "Gebremedhin", group="decoy", role="Care assistant",
               decoy_of="Senait Gebremedhin"),
        Person("Craig", "Hazeltine", group="decoy", role="Bus driver",
               decoy_of="Craig Heseltine"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation; one child has a different code in each.
CODES = {
    OPERATIONS[0]: {"Pimchanok Sirisombat": "Victim B", "Senait Gebremedhin": "YF3",
                    "Parisa Jafari": "Injured Party 2", "Tayla-Mae Openshaw": "Child E"},
    OPERATIONS[1]: {"Pimchanok Sirisombat": "IP5", "Shanice Ebanks": "Young Female 9",
                    "Denisa Horváthová": "Child P", "Ahmad Zia Sharifi": "Boy 1",
                    "Samuel Gebremedhin": "VP4"},
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
