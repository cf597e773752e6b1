"""The invented cast of the twenty-fourth names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
surname, street, building or firm with the first twenty-three sets (the self-check greps their
folded words). The naming traditions are ones none of those sets' READMEs or code name: Manx (a
mother and her daughter), Guernsey Norman (a man known by his second given name; a "Le" surname
written spaced, joined or hyphenated), Ede (the "Y" before a man's name and "H'" before a
woman's; a surname of two words; an English name used at work), Silesian, Mizo (a forename of
two words, also joined), Iñupiaq (a dotted g), Wallisian, Kristang, Csángó (Hungarian and
Romanian spellings), Gullah (a nickname the community uses), Rapa Nui (a woman who marries
part-way through and takes an English surname), Yao of Malawi, Hutsul (romanisations from
Cyrillic), Alur (a social worker and a suspect share surname, initial and title), Q'eqchi',
Nias, Venda (a hyphenated surname), Otomi (a mother and her son), Bunun (a first given name not
used), Kumyk, Tz'utujil, Minahasa (a name the salon trades under), Kaqchikel, Mari, Paiwan,
Cimbrian, Kaonde (a mother, known by her second given name, and her daughter), Gwich'in, Madi,
Mountain Jewish (Tat), Hungarian Romani (a Romani suspect's other name), Sena; and English names
(a retired major known by his rank, a kennel owner, a solicitor, a father and his son, a suspect
known by his second given name). Six decoys are one letter from a cast member and are different
people.
"""

from __future__ import annotations

import datetime as dt

# The seventh set's person and the ninth set's folding and namesake rule fit this set as they are.
from bench.names_eval7.cast import Person
from bench.names_eval9 import cast as ninth
from bench.names_eval9.cast import ascii_fold, folded
from bench.names_eval10.reuse import bound

__all__ = ["applicable_forms", "ascii_fold", "folded", "namesakes"]

TOWN = "Scarrowdale"
FORCE = "Wendlemere Constabulary"
FORCE_SHORT = "WDC"
COUNCIL = "Scarrowdale Borough Council"
COUNCIL_SHORT = "SBC"
POLICE_DOMAIN = "wendlemere.pnn.police.uk"
COUNCIL_DOMAIN = "scarrowdale.gov.uk"
SCHOOL_DOMAIN = "owlcotes-high.org.uk"
LAW_DOMAIN = "cheverton-pardew.co.uk"
OPERATIONS = ("Operation Butterbur", "Operation Cowbane")  # up to 2003, from 2004

# The sixteen forms of the fifth to twenty-third sets.
FORMS = (
    "canonical", "upper", "surname_comma", "initials", "title_surname", "title_collar",
    "nickname", "translit", "ocr", "email",
    "diacritics", "punctuation", "with_middle", "given_name",
    "alias", "married",
)


def _police(forename: str, surname: str, title: str, role: str, address: str,
            **kw: object) -> Person:
    return Person(forename, surname, group="police", title=title, role=role,
                  email=f"{address}@{POLICE_DOMAIN}", **kw)  # type: ignore[arg-type]


def _council(forename: str, surname: str, title: str, role: str, local: str,
             **kw: object) -> Person:
    return Person(forename, surname, group="council", title=title, role=role,
                  email=f"{local}@{COUNCIL_DOMAIN}", **kw)  # type: ignore[arg-type]


def _officers() -> list[Person]:
    return [
        _police("Voirrey", "Crennell", "DCI", "Senior Investigating Officer", "voirrey.crennell",
                female=True, middle="Ealish", nickname="Vorry"),
        _police("Thierry", "Brehaut", "DI", "Detective Inspector", "brehaut.t",
                given="Jehan", nickname="Tee"),
        _police("Y Blir", "Niê Kdăm", "DS", "Detective Sergeant", "ds2786",
                collar="2786", alias="Bill Nieka",
                punctuation=("Y Blir Niê-Kdăm", "Y Blir NiêKdăm", "YBlir Niê Kdăm")),
        _police("Hedwiga", "Bōnczyk", "DC", "Detective Constable", "h.bonczyk",
                collar="563", female=True, nickname="Wiga",
                translit=("Hedwig Bōnczyk", "Hedwiga Bontschyk"),
                variant_forenames=("Hedwig",), variant_surnames=("Bontschyk",)),
        _police("Zo Ramthanga", "Chhakchhuak", "PC", "Constable", "pc51208",
                collar="51208", nickname="Thanga",
                translit=("Zo Ramthanga Chakchuak", "Zo Ramthanga Chhakchuak"),
                variant_surnames=("Chakchuak", "Chhakchuak"),
                punctuation=("Zoramthanga Chhakchhuak", "Zo-Ramthanga Chhakchhuak")),
        _police("Aaluk", "Ugiaġnaq", "PC", "Constable, Schools Liaison", "aaluk.ugiagnaq",
                collar="3094", female=True,
                translit=("Aluk Ugiaġnaq", "Aaluk Ugiarnaq"),
                variant_forenames=("Aluk",), variant_surnames=("Ugiarnaq",)),
        _police("Sosefo", "Tuakoifenua", "PS", "Custody Sergeant", "custody.tuakoifenua",
                collar="58", nickname="Sefo",
                translit=("Josefo Tuakoifenua", "Sosefo Tuakoifenuwa"),
                variant_forenames=("Josefo",), variant_surnames=("Tuakoifenuwa",)),
        _police("Filomena", "Sequerah", "PCSO", "Police Community Support Officer",
                "pcso7315", collar="7315", female=True, middle="Theseira", nickname="Mena"),
        _police("Illés", "Csobotár", "Insp", "Inspector, Neighbourhoods", "insp.csobotar",
                translit=("Ilieș Ciobotaru", "Illés Ciobotar", "Ilyés Csobotár"),
                variant_forenames=("Ilieș", "Ilyés"), variant_surnames=("Ciobotaru", "Ciobotar")),
        _police("Jubal", "Manigault", "PC", "Constable", "pc0619",
                collar="0619", nickname="Tater", middle="Ishmael"),
        Person("Tiare", "Pakomio", title="Ms", group="police", role="Intelligence Analyst",
               email=f"t.pakomio@analysis.{POLICE_DOMAIN}", female=True,
               married="Hollingdrake", married_on=dt.date(1998, 4, 18)),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Osmond", "Mauger", "Alderman", "Chair, Licensing Committee", "ald.mauger",
                 middle="Priaulx", nickname="Oz"),
        _council("Asiyatu", "Chiwaula", "Cllr", "Leader of the Council", "cllr.chiwaula",
                 female=True,
                 translit=("Asiatu Chiwaula", "Asiyatu Chiwawula"),
                 variant_forenames=("Asiatu",), variant_surnames=("Chiwawula",)),
        _council("Hryhoriy", "Palyvoda", "Cllr", "Cabinet Member, Children", "h.palyvoda",
                 nickname="Hrytsko",
                 translit=("Grigoriy Palivoda", "Hryhorij Palywoda", "Hryhoriy Paliwoda"),
                 variant_forenames=("Grigoriy", "Hryhorij"),
                 variant_surnames=("Palivoda", "Palywoda", "Paliwoda")),
        _council("Jakisa", "Ongeyowun", "Mr", "Social Worker", "jakisa.ongeyowun",
                 translit=("Jakissa Ongeyowun", "Jakisa Ongeyowuni"),
                 variant_forenames=("Jakissa",), variant_surnames=("Ongeyowuni",)),
        _council("Rosenda", "Maquín", "Ms", "Social Worker", "r.maquin", female=True,
                 translit=("Rosenda Makin", "Rozenda Maquín", "Rosenda Maquim"),
                 variant_forenames=("Rozenda",), variant_surnames=("Makin", "Maquim")),
        _council("Yuliana", "Harefa", "Ms", "Missing Persons Coordinator",
                 "missing.harefa", female=True, middle="Gulo"),
        _council("Takalani", "Mufamadi-Neluvhola", "Mr", "Service Manager, Exploitation",
                 "t.mufamadi-neluvhola", middle="Khathu", nickname="Taki",
                 punctuation=("Takalani Mufamadi Neluvhola", "Takalani MufamadiNeluvhola",
                              "Takalani Mufamadi - Neluvhola")),
        _council("Helier", "Le Pelley", "Mr", "Youth Offending Officer", "yot.lepelley",
                 nickname="Hel",
                 punctuation=("Helier LePelley", "Helier Le-Pelley", "Helier Lepelley")),
        _council("H'Nga", "Mlô", "Ms", "Education Welfare Officer", "ewo.mlo",
                 female=True, alias="Nancy Mlokra"),
        Person("Eufrosina", "Bätsi", title="Mrs", group="school", role="Head Teacher",
               email=f"head@{SCHOOL_DOMAIN}", female=True,
               translit=("Eufrosina Batsí", "Eufrocina Bätsi"),
               variant_forenames=("Eufrocina",), variant_surnames=("Batsí",)),
        Person("Rupert", "Cheverton", title="Mr", group="solicitor", role="Solicitor",
               email=f"r.cheverton@{LAW_DOMAIN}", middle="Alaric", nickname="Rupe"),
        Person("Wystan", "Tapsfield", title="Mr", group="kennel", role="Kennel Owner",
               email="bookings@tapsfield-kennels.co.uk", nickname="Wys", middle="Harold"),
        Person("Temirlan", "Sultanmutov", title="Mr", group="pigeon", role="Club Secretary",
               email="secretary@loftside-flying.org.uk", nickname="Tima",
               translit=("Temirlan Soltanmutov", "Timirlan Sultanmutov"),
               variant_forenames=("Timirlan",), variant_surnames=("Soltanmutov",)),
        Person("Abus", "Isbabanal", title="Mrs", group="market", role="Market Superintendent",
               email="market.office@scarrowdale.gov.uk", female=True, given="Lingyu",
               translit=("Apus Isbabanal", "Abus Isbabanar"),
               variant_forenames=("Apus",), variant_surnames=("Isbabanar",)),
        Person("Crisanto", "Sapalú", title="Mr", group="angling", role="Water Bailiff",
               email="bailiff@pikesmere-anglers.org.uk", nickname="Chanto",
               translit=("Chrisanto Sapalú", "Crisanto Zapalú"),
               variant_forenames=("Chrisanto",), variant_surnames=("Zapalú",)),
        Person("Yulius", "Pangemanan", title="Mr", group="sunbed", role="Salon Owner",
               email="yulius@glowzone-tanning.co.uk", alias="Jolly Pangemanan",
               translit=("Julius Pangemanan", "Yulius Pangemannan"),
               variant_forenames=("Julius",), variant_surnames=("Pangemannan",)),
        Person("Aubrey", "Quested", title="Major", group="stadium", role="Safety Officer",
               email="safety@brackenlea-wanderers.co.uk", nickname="Aub", middle="Lionel"),
    ]


def _young() -> list[Person]:
    return [
        Person("Breesha", "Kinvig", group="young", female=True, middle="Joan", nickname="Bree"),
        Person("Ixchel", "Sicán", group="young", female=True,
               translit=("Ishchel Sicán", "Ixchel Sikán"),
               variant_forenames=("Ishchel",), variant_surnames=("Sikán",)),
        Person("Uriel", "Bätsi", group="young", nickname="Uri"),
        Person("Akpatyr", "Yalkayn", group="young",
               translit=("Akpatir Yalkayn", "Akpatyr Jalkajn", "Akpatyr Yalkain"),
               variant_forenames=("Akpatir",), variant_surnames=("Jalkajn", "Yalkain")),
        Person("Kui", "Tjaljimaraw", group="young", given="Wenjie",
               translit=("Kui Caljimaraw", "Guei Tjaljimaraw"),
               variant_forenames=("Guei",), variant_surnames=("Caljimaraw",)),
        Person("Nadia", "Slaviero", group="young", female=True, nickname="Nadi"),
        Person("Mwizenge", "Kapufi", group="young", female=True,
               translit=("Mwisenge Kapufi", "Mwizenge Kapuufi"),
               variant_forenames=("Mwisenge",), variant_surnames=("Kapuufi",)),
        Person("Kester", "Grimsdyke", group="young", nickname="Kes", middle="Alban"),
        Person("Hazel", "Tetlichi", group="young", female=True,
               translit=("Hazell Tetlichi", "Hazel Tetlichy"),
               variant_forenames=("Hazell",), variant_surnames=("Tetlichy",)),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Jawoko", "Ongeyowun", title="Mr", group="suspect", nickname="Woko"),
        Person("Ezati", "Drakuma", title="Mr", group="suspect", nickname="Zati",
               translit=("Ezati Dragumah", "Ezaty Drakuma"),
               variant_forenames=("Ezaty",), variant_surnames=("Dragumah",)),
        Person("Fenny", "Wowor", title="Ms", group="suspect", female=True,
               alias="Fenny Tumbelaka", nickname="Fen"),
        Person("Lyndon", "Pilkingshaw", title="Mr", group="suspect", middle="Rhys",
               nickname="Pilky"),
        Person("Yekutiel", "Mordekhaev", title="Mr", group="suspect",
               translit=("Iekutiel Mordekhaev", "Yekutiel Mordekhayev"),
               variant_forenames=("Iekutiel",), variant_surnames=("Mordekhayev",)),
        Person("Zoltán", "Rézműves", title="Mr", group="suspect", alias="Emil Kolompár",
               nickname="Zoli"),
        Person("Clifton", "Dearlove", title="Mr", group="suspect", given="Barry",
               nickname="Dearie"),
        Person("Zacarias", "Mucavele", title="Mr", group="suspect", alias="Zak Mucavele",
               translit=("Zakarias Mucavele", "Zacarias Mukavele"),
               variant_forenames=("Zakarias",), variant_surnames=("Mukavele",)),
        Person("Margery", "Kinvig", title="Mrs", group="parent", female=True, middle="Ada"),
        Person("Royston", "Grimsdyke", title="Mr", group="parent", nickname="Roy"),
        Person("Loveness", "Kapufi", title="Ms", group="parent", female=True, given="Namwila"),
    ]


def _decoys() -> list[Person]:
    """Different people one letter from a cast member, named in full."""
    return [
        Person("Jaboko", "Ongeyowun", group="decoy", role="Roofer",
               decoy_of="Jawoko Ongeyowun"),
        Person("Ezali", "Drakuma", group="decoy", role="Forklift driver",
               decoy_of="Ezati Drakuma"),
        Person("Yekutiol", "Mordekhaev", group="decoy", role="Jeweller",
               decoy_of="Yekutiel Mordekhaev"),
        Person("Lyndon", "Pilkingshow", group="decoy", role="Bricklayer",
               decoy_of="Lyndon Pilkingshaw"),
        Person("Clifton", "Dearlave", group="decoy", role="Window cleaner",
               decoy_of="Clifton Dearlove"),
        Person("Zacarias", "Mucavela", group="decoy", role="Hospital porter",
               decoy_of="Zacarias Mucavele"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation, in shapes the earlier sets did not use (a "Minor" number, a
# "PoC/" number, "Juvenile" and a number in words, a "YPN" number of four figures); two
# children have a code in each operation.
CODES = {
    OPERATIONS[0]: {"Breesha Kinvig": "Minor 5", "Akpatyr Yalkayn": "PoC/3",
                    "Ixchel Sicán": "Juvenile Nine", "Kester Grimsdyke": "YPN 0311"},
    OPERATIONS[1]: {"Akpatyr Yalkayn": "YPN 0288", "Nadia Slaviero": "Minor 12",
                    "Mwizenge Kapufi": "PoC/17", "Kui Tjaljimaraw": "Juvenile Four",
                    "Hazel Tetlichi": "YPN 0147", "Breesha Kinvig": "PoC/22"},
}


# The ninth set's rules over this set's cast: who shares a surname and initial (or title), and
# which measured forms a person can be written in (decoys in full only; a form fitting a
# namesake is written as an ambiguous mention instead).
namesakes = bound(ninth.namesakes, CAST=CAST)
applicable_forms = bound(ninth.applicable_forms, namesakes=namesakes)
