"""The invented cast of the third names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
street or firm with the first two sets. The naming traditions are mostly ones those sets used
little: Vietnamese and Chinese (family name first, romanised with and without tones, Wade-Giles
against pinyin, an English name taken in Hong Kong), Arabic and Somali, Kurdish, Portuguese,
Romanian (comma-below letters typed with a cedilla), Greek, Lithuanian, Scottish Gaelic beside
the English form of the same name, Romany, Caribbean and English. Six decoys are one letter away
from a cast member and are different people. Three Kazlauskas men share a surname and a title,
and two of them a first initial: forms that give only those fit more than one person and are
recorded as ambiguous, never as a measured form.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

TOWN = "Annerdale"
FORCE = "Fellside Constabulary"
COUNCIL = "Annerdale Metropolitan Borough Council"
COUNCIL_SHORT = "Annerdale MBC"
POLICE_DOMAIN = "fellside.pnn.police.uk"
COUNCIL_DOMAIN = "annerdale.gov.uk"
SCHOOL_DOMAIN = "st-cuthberts-annerdale.sch.uk"
LAW_DOMAIN = "brindlecross-law.co.uk"
OPERATIONS = ("Operation Larkspur", "Operation Tamarind")  # up to 2005, from 2006

# The written forms measured: the same fourteen as the second set, so that figures compare.
FORMS = (
    "canonical", "upper", "surname_comma", "initials", "title_surname", "title_collar",
    "nickname", "translit", "ocr", "email",
    "diacritics", "punctuation", "with_middle", "given_name",
)

# Letters that NFKD leaves alone, folded as someone without the key would type them.
_NON_DECOMPOSING = str.maketrans({"Đ": "D", "đ": "d", "Ł": "L", "ł": "l"})


def ascii_fold(text: str) -> str:
    """The text without diacritics, as a keyboard without them writes it."""
    text = unicodedata.normalize("NFKD", text.translate(_NON_DECOMPOSING))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def folded(text: str) -> str:
    return " ".join(ascii_fold(text).replace("-", " ").casefold().split())


@dataclass(frozen=True)
class Person:
    """One person. `family_first`: the family name is written first (Vietnamese, Chinese).

    `translit` and `punctuation` are whole written names; `given` is the unused first given
    name of someone known by their middle name.
    """

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
    decoy_of: str = ""
    family_first: bool = False

    @property
    def canonical(self) -> str:
        if self.family_first:
            return f"{self.surname} {self.forename}"
        return f"{self.forename} {self.surname}"


def _police(forename: str, surname: str, title: str, role: str, **kw: object) -> Person:
    local = folded(f"{forename}.{surname}").replace(" ", "")
    return Person(forename, surname, group="police", title=title, role=role,
                  email=f"{local}@{POLICE_DOMAIN}", **kw)  # type: ignore[arg-type]


def _council(forename: str, surname: str, title: str, role: str, local: str,
             **kw: object) -> Person:
    return Person(forename, surname, group="council", title=title, role=role,
                  email=f"{local}@{COUNCIL_DOMAIN}", **kw)  # type: ignore[arg-type]


def _officers() -> list[Person]:
    return [
        _police("Mòrag", "NicLeòid", "DCI", "Senior Investigating Officer", middle="Ealasaid",
                translit=("Morag MacLeod", "Morag McLeod", "Mòrag MacLeòid"),
                variant_surnames=("MacLeod", "McLeod", "MacLeòid"),
                punctuation=("Mòrag Nic Leòid",)),
        _police("Richard", "Hartley-Moss", "Supt", "Head of Public Protection", middle="Edward",
                nickname="Rick", punctuation=("Richard Hartley Moss", "Richard HartleyMoss")),
        _police("Konstantinos", "Papadakis", "DI", "Detective Inspector", nickname="Kostas",
                translit=("Constantinos Papadakis", "Konstandinos Papadakis"),
                variant_forenames=("Constantinos", "Konstandinos")),
        _police("Ioana", "Dumitrașcu", "DS", "Detective Sergeant", middle="Elena",
                translit=("Ioana Dumitraşcu",)),
        _police("Tariq", "Al-Hashimi", "DC", "Detective Constable", middle="Yousef",
                translit=("Tarek Al-Hashimi", "Tariq Al-Hashemi"),
                variant_forenames=("Tarek",), variant_surnames=("Al-Hashemi",),
                punctuation=("Tariq Al Hashimi", "Tariq Alhashimi", "Tariq al-Hashimi")),
        _police("Lorna", "Gillies", "DC", "Detective Constable", given="Agnes"),
        _police("Rūta", "Žemaitytė", "DC", "Detective Constable"),
        _police("Neil", "Abernethy", "PC", "Constable", collar="1462", middle="Graham"),
        _police("Delroy", "Bancroft", "PC", "Constable", collar="2093", given="Winston"),
        _police("João", "Gonçalves", "PC", "Constable", collar="785", middle="Paulo"),
        _police("Karen", "Whitworth", "PS", "Custody Sergeant", collar="3318", middle="Ann"),
        _police("Liban", "Warsame", "PC", "Constable", collar="4470", middle="Hassan",
                translit=("Liban Warsama", "Libaan Warsame"),
                variant_forenames=("Libaan",), variant_surnames=("Warsama",)),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Margaret", "Pennington-Shaw", "Cllr", "Cabinet Member for Children",
                 "cllr.pennington-shaw", middle="Rose", nickname="Peggy",
                 punctuation=("Margaret Pennington Shaw",)),
        _council("Everton", "Fairweather", "Cllr", "Ward Councillor, Cobden", "cllr.fairweather",
                 middle="Lloyd"),
        _council("Shêrko", "Rahimi", "Cllr", "Chair of Licensing", "cllr.rahimi",
                 translit=("Shirko Rahimi", "Sherko Rahimy"),
                 variant_forenames=("Shirko", "Sherko"), variant_surnames=("Rahimy",)),
        _council("Calum", "MacAoidh", "Cllr", "Leader of the Council", "cllr.macaoidh",
                 translit=("Malcolm Mackay", "Calum Mackay", "Malcolm MacKay"),
                 variant_forenames=("Malcolm",), variant_surnames=("Mackay", "MacKay"),
                 punctuation=("Calum Mac Aoidh",)),
        _council("Thu Hà", "Trần", "Ms", "Social Worker", "tran.thuha", middle="Thị",
                 family_first=True, translit=("Thu Ha Tran", "Thu-Ha Tran", "Ha Tran"),
                 variant_forenames=("Ha",)),
        _council("Inês", "Figueiredo", "Ms", "Social Worker", "figueiredoi", middle="Sousa"),
        _council("Hamish", "Urquhart", "Mr", "Team Manager, Safeguarding", "urquharth",
                 given="Iain"),
        _council("Siu-Ling", "Chan", "Ms", "Independent Reviewing Officer", "chans",
                 family_first=True, nickname="Shirley",
                 translit=("Siu-Ling Chan", "Siu Ling Chan"),
                 punctuation=("Chan Siu Ling", "Chan Siuling", "CHAN Siu-ling")),
        _council("Meiling", "Zhou", "Mrs", "Service Manager, Children's Social Care", "zhoum",
                 family_first=True, translit=("Chou Mei-ling", "Meiling Zhou", "Mei Ling Zhou"),
                 variant_forenames=("Mei-ling", "Mei Ling"), variant_surnames=("Chou",)),
        Person("Panagiota", "Christodoulou", title="Dr", group="school", role="Head Teacher",
               nickname="Yiota", email=f"p.christodoulou@{SCHOOL_DOMAIN}",
               translit=("Panayiota Christodoulou", "Panayota Christodoulou"),
               variant_forenames=("Panayiota", "Panayota")),
        Person("Faadumo", "Hersi", middle="Abdullahi", title="Ms", group="solicitor",
               role="Solicitor", email=f"f.hersi@{LAW_DOMAIN}",
               translit=("Fadumo Hersi", "Faadumo Hirsi", "Fatuma Hersi"),
               variant_forenames=("Fadumo", "Fatuma"), variant_surnames=("Hirsi",)),
    ]


def _young() -> list[Person]:
    return [
        Person("Shanice", "Blackwood", middle="Tamara", group="young"),
        Person("Hêvîn", "Ahmadi", group="young",
               translit=("Hevin Ahmedi", "Hewin Ahmadi"),
               variant_forenames=("Hewin",), variant_surnames=("Ahmedi",)),
        Person("Bianca", "Lăcătuș", middle="Florentina", group="young",
               translit=("Bianca Lăcătuş",)),
        Person("Văn Hùng", "Nguyễn", group="young", family_first=True,
               translit=("Hung Nguyen", "Van Hung Nguyen"), variant_forenames=("Hung",)),
        Person("Thị Lan", "Nguyễn", group="young", family_first=True,
               translit=("Lan Nguyen", "Thi Lan Nguyen"), variant_forenames=("Lan",)),
        Person("Kizzy", "Loveridge", middle="Sinfi", group="young"),
        Person("Jade", "Hollingworth", middle="Louise", group="young"),
        Person("Abdirahman", "Yusuf", group="young", nickname="Abdi",
               translit=("Abdulrahman Yusuf", "Abdirahman Yousuf"),
               variant_forenames=("Abdulrahman",), variant_surnames=("Yousuf",)),
        Person("Callum", "Pickersgill", middle="James", group="young"),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Mindaugas", "Kazlauskas", title="Mr", group="suspect"),
        Person("Marius", "Kazlauskas", title="Mr", group="suspect"),
        Person("Đức Anh", "Phạm", title="Mr", group="suspect", family_first=True,
               translit=("Duc Anh Pham", "Anh Pham"), variant_forenames=("Anh",)),
        Person("Nizar", "Haddad", middle="Sami", title="Mr", group="suspect"),
        Person("Karwan", "Faraj", title="Mr", group="suspect",
               translit=("Karwan Farag", "Kervan Faraj"),
               variant_forenames=("Kervan",), variant_surnames=("Farag",)),
        Person("Tyson", "Loveridge", middle="Levi", title="Mr", group="suspect"),
        Person("Sérgio", "Magalhães", middle="Miguel", title="Mr", group="suspect"),
        Person("Gavin", "Threlfall", middle="Paul", title="Mr", group="suspect"),
        Person("Gheorghe", "Lăcătuș", title="Mr", group="parent",
               translit=("George Lăcătuș", "Gheorghe Lăcătuş"), variant_forenames=("George",)),
        Person("Patricia", "Blackwood", middle="Anne", title="Mrs", group="parent",
               nickname="Trish"),
    ]


def _decoys() -> list[Person]:
    """Different people one letter from a cast member (some sound the same), named in full."""
    return [
        Person("Neil", "Abernethey", group="decoy", role="Taxi driver",
               decoy_of="Neil Abernethy"),
        Person("Gavin", "Threlfell", group="decoy", role="Scrap dealer",
               decoy_of="Gavin Threlfall"),
        Person("Jade", "Hollinworth", group="decoy", role="Pupil", decoy_of="Jade Hollingworth"),
        Person("Nizar", "Hadad", group="decoy", role="Shopkeeper", decoy_of="Nizar Haddad"),
        Person("Callum", "Pickergill", group="decoy", role="Apprentice mechanic",
               decoy_of="Callum Pickersgill"),
        Person("Darius", "Kazlauskas", title="Mr", group="decoy", role="Warehouse worker",
               decoy_of="Marius Kazlauskas"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation; one child has a different code in each.
CODES = {
    OPERATIONS[0]: {"Shanice Blackwood": "Complainant 2", "Kizzy Loveridge": "Complainant 5",
                    "Jade Hollingworth": "Child K", "Bianca Lăcătuș": "Victim 3"},
    OPERATIONS[1]: {"Hêvîn Ahmadi": "YP7", "Nguyễn Thị Lan": "Child N",
                    "Abdirahman Yusuf": "YP2", "Bianca Lăcătuș": "Victim 1",
                    "Callum Pickersgill": "YP11"},
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

    Decoys are named in full only. A form that gives only the surname with an initial (or a
    title) shared by someone else is not measured: it is written as an ambiguous mention.
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
