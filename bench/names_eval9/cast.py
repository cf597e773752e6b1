"""The invented cast of the ninth names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
street or firm with the first eight sets. The naming traditions are ones those sets did not use:
Thai (a nickname that is not drawn from the name, long surnames spelt two ways), Malay (Mohd
for Muhammad, "bin" written or left out), Malagasy (long surnames shortened in speech), Gujarati
(the -ben suffix of respect added to a forename), Malayalam (a house name as surname, spelt
three ways), Dinka from South Sudan (a father's name as surname, so unrelated people share it), Uzbek (a
turned-comma letter; the Russian spelling beside the Uzbek one), Tajik (-ov written -zoda),
Albanian (the e with a diaeresis), Bosnian, Uyghur (Uyghur and Chinese-pinyin spellings),
Lao, Congolese (a postnom, the family name written first in capitals), Gambian (Mandinka and
French spellings), Swahili from the Kenyan coast, Peruvian (Quechua surnames, a Quechua spelling),
Singaporean Hokkien (family name first, an English name also used), Cornish, Irish Traveller,
Marathi, and British English (hyphenated surnames). Six decoys are one letter or one sound away
from a cast member and are different people.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

# The seventh set's person (names, title, collar, forms of the name, marriage) fits this set.
from bench.names_eval7.cast import Person

TOWN = "Ravensholme"
FORCE = "Loxdale Police"
FORCE_SHORT = "LXP"
COUNCIL = "Ravensholme Borough Council"
COUNCIL_SHORT = "RBC"
POLICE_DOMAIN = "loxdale.pnn.police.uk"
COUNCIL_DOMAIN = "ravensholme.gov.uk"
SCHOOL_DOMAIN = "cragvale.sch.uk"
LAW_DOMAIN = "athumani-law.co.uk"
MOSQUE_DOMAIN = "ravensholme-masjid.org.uk"
SURGERY_DOMAIN = "nhs.net"
OPERATIONS = ("Operation Whinchat", "Operation Sundew")  # up to 2006, from 2007

# The sixteen forms of the fifth to eighth sets.
FORMS = (
    "canonical", "upper", "surname_comma", "initials", "title_surname", "title_collar",
    "nickname", "translit", "ocr", "email",
    "diacritics", "punctuation", "with_middle", "given_name",
    "alias", "married",
)

_NON_DECOMPOSING = str.maketrans({"’": "'", "–": "-", "ʻ": "'"})


def ascii_fold(text: str) -> str:
    """The text without diacritics, as a keyboard without them writes it."""
    text = unicodedata.normalize("NFKD", text.translate(_NON_DECOMPOSING))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def folded(text: str) -> str:
    return " ".join(ascii_fold(text).replace("-", " ").replace("'", "").casefold().split())


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
        _police("Siriporn", "Wongsawat", "DCI", "Senior Investigating Officer",
                "siriporn.wongsawat", female=True, nickname="Pim",
                translit=("Siriphon Wongsawat", "Siriporn Wongsawad", "Siriporn Vongsawat"),
                variant_forenames=("Siriphon",), variant_surnames=("Wongsawad", "Vongsawat")),
        _police("Jory", "Penhaligon", "Supt", "Head of Public Protection", "7731.penhaligon",
                given="Peter", middle="Trelawny"),
        _police("Mohd Faizal", "Hashim", "DI", "Detective Inspector", "faizal.hashim",
                translit=("Muhammad Faizal Hashim", "Mohamad Faizal Hashim",
                          "Mohd Faizal bin Hashim", "Faizal Hashim"),
                variant_forenames=("Muhammad Faizal", "Mohamad Faizal", "Faizal")),
        _police("Hetal", "Pandya", "DS", "Detective Sergeant", "hetal.pandya", female=True,
                middle="Kiran",
                translit=("Hetalben Pandya", "Hetal Pandiya", "Hetalben Pandiya"),
                variant_forenames=("Hetalben",), variant_surnames=("Pandiya",)),
        _police("Arbër", "Krasniqi", "DC", "Detective Constable", "arber.krasniqi",
                collar="E1174", translit=("Arbër Krasnići", "Arbër Krasniqui"),
                variant_surnames=("Krasnići", "Krasniqui")),
        _police("Bounmy", "Phommachanh", "DC", "Detective Constable", "bounmy.phommachanh",
                nickname="Bee",
                translit=("Bounmi Phommachanh", "Bounmy Phommachan", "Bounmy Phomachanh"),
                variant_forenames=("Bounmi",), variant_surnames=("Phommachan", "Phomachanh")),
        _police("Dilnoza", "Yoʻldosheva", "PC", "Constable", "dilnoza.yoldosheva",
                collar="3852", female=True,
                translit=("Dilnoza Yuldasheva", "Dilnoza Juldasheva"),
                variant_surnames=("Yuldasheva", "Juldasheva"),
                punctuation=("Dilnoza Yo’ldosheva", "Dilnoza Yoldosheva", "Dilnoza Yo‘ldosheva")),
        _police("Zuhura", "Mwinyi", "PCSO", "Police Community Support Officer",
                "zuhura.mwinyi", collar="6652", female=True, nickname="Zuu",
                translit=("Zuhra Mwinyi", "Zuhura Mwinyi Hamisi"), variant_forenames=("Zuhra",)),
        _police("Mabior", "Deng", "PS", "Custody Sergeant", "mabior.deng", collar="19",
                middle="Garang"),
        _police("Abdurehim", "Tursun", "DO", "Detention Officer", "abdurehim.tursun",
                collar="D082",
                translit=("Abudureheman Tuersun", "Abdurahim Tursun", "Abdurehim Tursunov"),
                variant_forenames=("Abudureheman", "Abdurahim"),
                variant_surnames=("Tuersun", "Tursunov")),
        _police("Xiomara", "Quispe Mamani", "Ms", "Intelligence Analyst", "xiomara.quispe",
                female=True, nickname="Xio",
                translit=("Xiomara Quispe", "Xiomara Qhispi Mamani", "Xiomara Quispe M."),
                variant_surnames=("Quispe", "Qhispi Mamani"),
                punctuation=("Xiomara Quispe-Mamani", "Xiomara QuispeMamani")),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Hery", "Rakotomalala", "Cllr", "Cabinet Member, Children and Families",
                 "cllr.rakotomalala", translit=("Hery Rakoto", "Hery Rakotomalalà"),
                 variant_surnames=("Rakoto",)),
        _council("Morwenna", "Trewhella", "Cllr", "Leader of the Council", "morwenna.trewhella",
                 female=True, nickname="Wenna", middle="Jane"),
        _council("Emina", "Hadžić", "Cllr", "Ward Councillor, Cragvale", "cllr.hadzic",
                 female=True, translit=("Emina Hadzhich", "Emina Hadžič"),
                 variant_surnames=("Hadzhich", "Hadžič")),
        _council("Jean-Pierre", "Mbemba", "Cllr", "Chair, Corporate Parenting Panel",
                 "jp.mbemba", middle="Gombo", nickname="JP",
                 translit=("Mbemba Gombo Jean-Pierre", "Jean-Pierre Mbemba Gombo"),
                 punctuation=("Jean Pierre Mbemba", "JeanPierre Mbemba", "Jean–Pierre Mbemba")),
        _council("Farangis", "Rahimova", "Ms", "Social Worker", "farangis.rahimova",
                 female=True, nickname="Fara", married="Haworth",
                 married_on=dt.date(2005, 6, 11),
                 translit=("Farangis Rakhimova", "Farangis Rahimzoda", "Farangiz Rahimova"),
                 variant_forenames=("Farangiz",), variant_surnames=("Rakhimova", "Rahimzoda")),
        _council("Boon Huat", "Tan", "Mr", "Social Worker", "boonhuat.tan", family_first=True,
                 alias="Benjamin Tan",
                 translit=("Tan Boon Huat", "Tan Boon Hwat", "Boon-Huat Tan"),
                 variant_forenames=("Boon Hwat", "Boon-Huat")),
        _council("Anitha", "Puthenveettil", "Mrs", "Team Manager, Child Exploitation",
                 "anitha.puthenveettil", female=True, middle="Mary",
                 translit=("Anitha Puthenveetil", "Anitha Puthanveettil", "Anita Puthenveettil"),
                 variant_forenames=("Anita",),
                 variant_surnames=("Puthenveetil", "Puthanveettil")),
        _council("Souleymane", "Ceesay", "Mr", "Anti-Social Behaviour Officer",
                 "souleymane.ceesay",
                 translit=("Sulayman Ceesay", "Souleymane Cissé", "Sulayman Sise"),
                 variant_forenames=("Sulayman",), variant_surnames=("Cissé", "Sise")),
        Person("Neville", "Ackroyd-Heseltine", title="Mr", group="school", role="Head Teacher",
               email=f"n.ackroyd-heseltine@{SCHOOL_DOMAIN}", given="Anthony", nickname="Nev",
               translit=("Neville Heseltine", "Neville Ackroyd"),
               variant_surnames=("Heseltine", "Ackroyd"),
               punctuation=("Neville Ackroyd Heseltine", "Neville Ackroyd–Heseltine",
                            "Neville AckroydHeseltine")),
        Person("Mwanajuma", "Athumani", title="Ms", group="solicitor", role="Solicitor",
               email=f"m.athumani@{LAW_DOMAIN}", female=True, nickname="Juma",
               translit=("Mwanajuma Athman", "Mwanajuma Othman"),
               variant_surnames=("Athman", "Othman")),
        Person("Jasur", "Karimov", title="Imam", group="church", role="Imam",
               email=f"imam.jasur@{MOSQUE_DOMAIN}",
               translit=("Jasurbek Karimov", "Jasur Karimow", "Jasur Karimzoda"),
               variant_forenames=("Jasurbek",), variant_surnames=("Karimow", "Karimzoda")),
        Person("Anjali", "Deshmukh", title="Dr", group="hospital", role="General Practitioner",
               email=f"anjali.deshmukh@{SURGERY_DOMAIN}", female=True, middle="Sunil",
               translit=("Anjali Deshmuk",), variant_surnames=("Deshmuk",)),
    ]


def _young() -> list[Person]:
    return [
        Person("Jade", "Wolfenden-Birch", group="young", female=True, middle="Marie",
               nickname="Jadey", translit=("Jade Wolfenden", "Jade Birch"),
               variant_surnames=("Wolfenden", "Birch"),
               punctuation=("Jade Wolfenden Birch", "Jade Wolfenden–Birch",
                            "Jade WolfendenBirch")),
        Person("Kanokwan", "Srisuk", group="young", female=True, nickname="Ploy",
               translit=("Kanokwan Srisook", "Khanokwan Srisuk"),
               variant_forenames=("Khanokwan",), variant_surnames=("Srisook",)),
        Person("Bridget", "Maughan", group="young", female=True, nickname="Biddy",
               middle="Teresa", translit=("Bridget Maughn", "Bridget Mahon"),
               variant_surnames=("Maughn", "Mahon")),
        Person("Fanja", "Rakotomalala", group="young", female=True,
               translit=("Fanja Rakoto",), variant_surnames=("Rakoto",)),
        Person("Ayen", "Deng", group="young", female=True, middle="Abuk"),
        Person("Elira", "Berisha", group="young", female=True, nickname="Eli"),
        Person("Kieran", "Heptonstall", group="young", middle="Lee", nickname="Kez"),
        Person("Glody", "Kabeya", group="young", middle="Tshimanga",
               translit=("Kabeya Tshimanga Glody", "Glody Kabeya Tshimanga"),
               variant_surnames=("Kabeya Tshimanga",)),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Anuwat", "Chaiyaporn", title="Mr", group="suspect", alias="Tony Chase",
               nickname="Ton", translit=("Anuwat Chaiyaphorn", "Anuwat Chaiyaphone"),
               variant_surnames=("Chaiyaphorn", "Chaiyaphone")),
        Person("Atem", "Deng", title="Mr", group="suspect", middle="Kuol", nickname="Tem"),
        Person("Ilir", "Gashi", title="Mr", group="suspect", alias="Eddie Gash",
               translit=("Ilir Gaši", "Iljir Gashi"), variant_forenames=("Iljir",),
               variant_surnames=("Gaši",)),
        Person("Adnan", "Mujkić", title="Mr", group="suspect", nickname="Ado",
               translit=("Adnan Mujkich", "Adnan Mujkič"),
               variant_surnames=("Mujkich", "Mujkič")),
        Person("Khamphet", "Sisavath", title="Mr", group="suspect",
               translit=("Khamphet Sysavath", "Kamphet Sisavath", "Khamphet Xisavath"),
               variant_forenames=("Kamphet",), variant_surnames=("Sysavath", "Xisavath")),
        Person("Gareth", "Ormondroyd", title="Mr", group="suspect", middle="Paul",
               nickname="Gaz"),
        Person("Firdavs", "Rahmonov", title="Mr", group="suspect",
               translit=("Firdavs Rahmonzoda", "Firdavs Rakhmonov", "Firdavs Rahmonzade"),
               variant_surnames=("Rahmonzoda", "Rakhmonov", "Rahmonzade")),
        Person("Wilber", "Huamán", title="Mr", group="suspect", middle="Ccori",
               translit=("Wilber Waman", "Wilber Guamán"),
               variant_surnames=("Waman", "Guamán")),
        Person("Kieron", "Blackshaw", title="Mr", group="suspect", given="Darren",
               nickname="Kes"),
        Person("Patrick", "Maughan", title="Mr", group="parent", nickname="Paddy",
               translit=("Patrick Maughn",), variant_surnames=("Maughn",)),
        Person("Malee", "Srisuk", title="Mrs", group="parent", female=True,
               translit=("Malee Srisook", "Mali Srisuk"), variant_forenames=("Mali",),
               variant_surnames=("Srisook",)),
        Person("Dawn", "Wolfenden-Birch", title="Mrs", group="parent", female=True,
               translit=("Dawn Wolfenden", "Dawn Birch"),
               variant_surnames=("Wolfenden", "Birch")),
    ]


def _decoys() -> list[Person]:
    """Different people one letter or one sound from a cast member, named in full."""
    return [
        Person("Arben", "Krasniqi", group="decoy", role="Car wash owner",
               decoy_of="Arbër Krasniqi"),
        Person("Anuwat", "Chaiyapon", group="decoy", role="Chef", decoy_of="Anuwat Chaiyaporn"),
        Person("Adnan", "Mujić", group="decoy", role="Plasterer", decoy_of="Adnan Mujkić"),
        Person("Khamphai", "Sisavath", group="decoy", role="Nail technician",
               decoy_of="Khamphet Sisavath"),
        Person("Wilmer", "Huamán", group="decoy", role="Kitchen porter",
               decoy_of="Wilber Huamán"),
        Person("Firdaus", "Rahmonov", group="decoy", role="Delivery driver",
               decoy_of="Firdavs Rahmonov"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation, in shapes the earlier sets did not use; one child has a
# different code in each.
CODES = {
    OPERATIONS[0]: {"Jade Wolfenden-Birch": "Subject 7", "Kanokwan Srisuk": "Female D",
                    "Bridget Maughan": "Victim Ref V04", "Kieran Heptonstall": "Male Juvenile 1"},
    OPERATIONS[1]: {"Jade Wolfenden-Birch": "Complainant 12", "Ayen Deng": "Female K",
                    "Elira Berisha": "Victim Ref V11", "Glody Kabeya": "Male Juvenile 3",
                    "Fanja Rakotomalala": "Subject 19"},
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
