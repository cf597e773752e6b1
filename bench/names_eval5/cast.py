"""The invented cast of the fifth names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
street or firm with the first four sets. The naming traditions are mostly ones those sets used
little or not at all: Polish (surnames that change with sex, letters that accent-stripping does
not fold, diminutives), Irish written in Irish (Ó, Mac, Ní beside the English form of the same
name), Welsh (ap, a hyphenated surname), Somali (a surname in Somali spelling), Pakistani
Punjabi (Bibi and Begum, a clan name written first, spelling variants), Sikh Punjabi (Kaur),
Ghanaian (a day name used beside a church name, a hyphenated surname), Korean (family name first,
a hyphenated given name), Greek Cypriot, Albanian, Nepali, and British English. One woman changes
her surname on marriage part-way through; two men are also known by another name, as the files
say in places ("also known as"). Six decoys are one letter or one sound away from a cast member
and are different people. Two Rafiq brothers share a surname, an initial and a title, and two
people share a surname and an initial with a decoy: forms that give only those are recorded as
ambiguous, never as a measured form.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

TOWN = "Cawlingham"
FORCE = "Wendlemoor Police"
COUNCIL = "Cawlingham Metropolitan Borough Council"
COUNCIL_SHORT = "Cawlingham MBC"
POLICE_DOMAIN = "wendlemoor.pnn.police.uk"
COUNCIL_DOMAIN = "cawlingham.gov.uk"
SCHOOL_DOMAIN = "greaveslane-academy.org.uk"
LAW_DOMAIN = "wilkdabrowska-law.co.uk"
OPERATIONS = ("Operation Larchwood", "Operation Tidemark")  # up to 2005, from 2006

# The fourteen written forms of the earlier sets, then two this set adds: a name the person is
# also known by (stated in the files), and the surname taken on marriage part-way through.
FORMS = (
    "canonical", "upper", "surname_comma", "initials", "title_surname", "title_collar",
    "nickname", "translit", "ocr", "email",
    "diacritics", "punctuation", "with_middle", "given_name",
    "alias", "married",
)

# Letters that NFKD leaves alone, written as someone without them on the keyboard writes them.
_NON_DECOMPOSING = str.maketrans({"Ł": "L", "ł": "l", "–": "-", "’": "'"})


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
    family name first in the person's own tradition (Korean)."""

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
        _police("Bronwen", "Pritchard-Lloyd", "DCI", "Senior Investigating Officer",
                "bronwen.pritchard-lloyd", middle="Eirlys", nickname="Bron",
                translit=("Bronwen Pritchard",), variant_surnames=("Pritchard",),
                punctuation=("Bronwen Pritchard Lloyd", "Bronwen Pritchard–Lloyd",
                             "Bronwen PritchardLloyd")),
        _police("Malcolm", "Ferrier", "Supt", "Head of Public Protection", "malcolm.ferrier",
                middle="Hugh", nickname="Mal"),
        _police("Łukasz", "Wróblewski", "DI", "Detective Inspector", "lukasz.wroblewski",
                middle="Piotr", nickname="Luke"),
        _police("Aoife", "Ní Bhriain", "DS", "Detective Sergeant", "aoife.nibhriain",
                translit=("Aoife O'Brien",), variant_surnames=("O'Brien",),
                punctuation=("Aoife NíBhriain", "Aoife Ní-Bhriain")),
        _police("Kwame", "Boateng", "DC", "Detective Constable", "dc3318", collar="3318",
                given="Emmanuel"),
        _police("Yiorgos", "Stylianou", "DC", "Detective Constable", "yiorgos.stylianou",
                nickname="George", translit=("Giorgos Stylianou", "Georgios Stylianou"),
                variant_forenames=("Giorgos", "Georgios")),
        _police("Gemma", "Lightowler", "DC", "Detective Constable", "gemma.lightowler",
                middle="Jane"),
        _police("Seán", "Ó Murchú", "PC", "Constable", "pc4471", collar="4471",
                translit=("Seán Murphy", "Sean Murphy"), variant_surnames=("Murphy",),
                punctuation=("Seán O'Murchú", "Seán Ó'Murchú", "Seán OMurchú")),
        _police("Bishnu", "Gurung", "PC", "Constable", "bishnu.gurung", collar="0927",
                middle="Kumar"),
        _police("Sadia", "Anjum", "PC", "Constable", "sadia.anjum", collar="10462",
                middle="Noor"),
        _police("Iwan", "ap Rhys", "PS", "Custody Sergeant", "iwan.aprhys", collar="1502",
                middle="Dafydd",
                punctuation=("Iwan Ap Rhys", "Iwan apRhys", "Iwan ApRhys")),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Khalid", "Mahmood", "Cllr", "Cabinet Member for Children", "cllr.mahmood",
                 translit=("Khalid Mehmood", "Khalid Mahmud", "Raja Khalid Mahmood"),
                 variant_surnames=("Mehmood", "Mahmud")),
        _council("Niamh", "Mac Suibhne", "Cllr", "Chair of Scrutiny", "cllr.macsuibhne",
                 translit=("Niamh McSweeney", "Niamh MacSweeney"),
                 variant_surnames=("McSweeney", "MacSweeney"),
                 punctuation=("Niamh MacSuibhne", "Niamh McSuibhne")),
        _council("Eleni", "Charalambous", "Cllr", "Ward Councillor, Greaves", "cllr.charalambous",
                 translit=("Eleni Haralambous", "Elena Charalambous"),
                 variant_forenames=("Elena",), variant_surnames=("Haralambous",)),
        _council("Barry", "Kershaw", "Cllr", "Leader of the Council", "cllr.kershaw",
                 middle="Keith", nickname="Baz"),
        _council("Magdalena", "Krawczyk", "Ms", "Social Worker", "m.krawczyk",
                 nickname="Magda", married="Shuttleworth", married_on=dt.date(2006, 6, 17)),
        _council("Abena", "Owusu-Ansah", "Ms", "Social Worker", "a.owusu-ansah",
                 middle="Serwaa", translit=("Abena Owusu",), variant_surnames=("Owusu",),
                 punctuation=("Abena Owusu Ansah", "Abena OwusuAnsah", "Abena Owusu–Ansah")),
        _council("Philippa", "Hebblethwaite", "Mrs", "Team Manager, Children's Social Care",
                 "p.hebblethwaite", middle="Jane", nickname="Pippa"),
        _council("Abdiqani", "Farah", "Mr", "Housing Officer", "a.farah", middle="Yusuf",
                 translit=("Cabdiqani Faarax", "Abdikani Farah", "Abdighani Farah"),
                 variant_forenames=("Cabdiqani", "Abdikani", "Abdighani"),
                 variant_surnames=("Faarax",)),
        Person("Harpreet", "Sandhu", middle="Kaur", title="Mrs", group="school",
               role="Head Teacher", email=f"hsandhu@{SCHOOL_DOMAIN}",
               translit=("Harpreet Kaur",), variant_surnames=("Kaur",)),
        Person("Joanna", "Wilk-Dąbrowska", title="Ms", group="solicitor", role="Solicitor",
               email=f"j.wilk@{LAW_DOMAIN}", translit=("Joanna Wilk",),
               variant_surnames=("Wilk",),
               punctuation=("Joanna Wilk Dąbrowska", "Joanna Wilk–Dąbrowska")),
    ]


def _young() -> list[Person]:
    return [
        Person("Zuzanna", "Wojciechowska", group="young", nickname="Zuzia", middle="Maria"),
        Person("Kacper", "Wojciechowski", group="young", middle="Jan"),
        Person("Hodan", "Jama", middle="Abdi", group="young",
               translit=("Hodan Jaamac", "Hodan Jamac"), variant_surnames=("Jaamac", "Jamac")),
        Person("Ji-woo", "Baek", group="young", nickname="Jenny", family_first=True,
               translit=("Baek Ji-woo", "Ji-woo Paek", "Ji-woo Paik"),
               variant_surnames=("Paek", "Paik"),
               punctuation=("Jiwoo Baek", "Ji Woo Baek", "Ji-Woo Baek")),
        Person("Aqsa", "Parveen", group="young",
               translit=("Aqsa Perveen", "Aksa Parveen"), variant_forenames=("Aksa",),
               variant_surnames=("Perveen",)),
        Person("Akosua", "Mensah", group="young", given="Grace"),
        Person("Arbër", "Dervishi", group="young", middle="Ilir"),
        Person("Demi-Leigh", "Hanson", group="young", middle="Louise",
               punctuation=("Demi Leigh Hanson", "Demileigh Hanson", "Demi-leigh Hanson")),
        Person("Kayla", "Brierley", group="young", middle="Marie", nickname="Kay"),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Asif", "Rafiq", title="Mr", group="suspect", nickname="Ash"),
        Person("Arshad", "Rafiq", title="Mr", group="suspect", middle="Mehmood"),
        Person("Gjergj", "Hoxha", title="Mr", group="suspect", alias="Florian Kola",
               translit=("Gjergji Hoxha",), variant_forenames=("Gjergji",)),
        Person("Lee", "Cartwright", middle="Darren", title="Mr", group="suspect",
               alias="Lee Bastow"),
        Person("Nadeem", "Sarwar", title="Mr", group="suspect",
               translit=("Nadim Sarwar", "Nadeem Sarwer"), variant_forenames=("Nadim",),
               variant_surnames=("Sarwer",)),
        Person("Kieran", "Sowden", middle="Paul", title="Mr", group="suspect", nickname="Kez"),
        Person("Mariusz", "Zając", title="Mr", group="suspect", middle="Adam"),
        Person("Bilal", "Chaudhry", title="Mr", group="suspect", nickname="Billy",
               translit=("Bilal Chaudhary", "Bilal Choudhry"),
               variant_surnames=("Chaudhary", "Choudhry")),
        Person("Nusrat", "Bibi", title="Mrs", group="parent",
               translit=("Nusrat Begum", "Nasrat Bibi"), variant_forenames=("Nasrat",),
               variant_surnames=("Begum",)),
        Person("Jolene", "Hanson", middle="Tracy", title="Ms", group="parent", nickname="Jo"),
        Person("Beata", "Wojciechowska", title="Mrs", group="parent", middle="Anna"),
    ]


def _decoys() -> list[Person]:
    """Different people one letter or one sound from a cast member, named in full."""
    return [
        Person("Asif", "Rafique", group="decoy", role="Car wash owner", decoy_of="Asif Rafiq"),
        Person("Lukas", "Wroblewski", group="decoy", role="Delivery driver",
               decoy_of="Łukasz Wróblewski"),
        Person("Kayla", "Brierly", group="decoy", role="College student",
               decoy_of="Kayla Brierley"),
        Person("Kwami", "Boateng", group="decoy", role="Security guard",
               decoy_of="Kwame Boateng"),
        Person("Nadeem", "Sarwan", group="decoy", role="Pharmacist", decoy_of="Nadeem Sarwar"),
        Person("Demi-Leigh", "Hansen", group="decoy", role="Trainee hairdresser",
               decoy_of="Demi-Leigh Hanson"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation; one child has a different code in each.
CODES = {
    OPERATIONS[0]: {"Zuzanna Wojciechowska": "Girl A", "Aqsa Parveen": "Complainant 3",
                    "Demi-Leigh Hanson": "CYP7", "Akosua Mensah": "Child K"},
    OPERATIONS[1]: {"Hodan Jama": "Girl F", "Arbër Dervishi": "Young Person 11",
                    "Ji-woo Baek": "CYP12", "Kacper Wojciechowski": "Child M",
                    "Aqsa Parveen": "Complainant 8"},
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
