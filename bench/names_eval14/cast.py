"""The invented cast of the fourteenth names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
surname, street or firm with the first thirteen sets. The naming traditions are ones none of
those sets' READMEs name: Yolngu (an eng letter, spelt ng elsewhere), Jersey Norman (a surname of
three words in lower case), Khasi (matrilineal: a child takes the mother's clan name), Maasai (a
lower-case "ole" before the father's name), Kashubian (its own accented letters beside Polish
and German spellings), K'iche' Maya (two surnames, the second with a glottal apostrophe),
Kachin (the clan name written first), Tuareg (a lower-case "ag" before the father's name), Dine
(Navajo), Bodo (a letter w for a vowel), Macanese (a Chinese name used at work), Kodava (the
family name first, or as an initial), Cajun (French spellings, a "T-" nickname), Ovambo,
Crimean Tatar (Ukrainian and Russian spellings), Mapuche (two surnames, an n with a tilde),
Kanuri, Bhutanese (two given names, no family name), Surinamese Hindustani (Dutch spellings
beside English), Circassian (Russian spellings beside the Adyghe form), Sundanese (old and new
spellings), Bukharan Jewish, Fon (open e and o letters, French spellings beside them), Tuvan (a
clan name as the surname), Kamba, Urhobo, Tsonga, I-Kiribati, Mauritian Creole (an oe ligature),
Herero, Tahitian (a long surname shortened), Avar, Abkhaz, Garo, Mossi, Sri Lankan Moor, Yucatec
Maya, Zainichi Korean (a Japanese name used beside the Korean one), and British English. Six
decoys are one letter or one sound away from a cast member and are different people.
"""

from __future__ import annotations

import datetime as dt

# The seventh set's person and the ninth set's folding and namesake rule fit this set as they are.
from bench.names_eval7.cast import Person
from bench.names_eval9 import cast as ninth
from bench.names_eval9.cast import ascii_fold, folded
from bench.names_eval10.reuse import bound

__all__ = ["applicable_forms", "ascii_fold", "folded", "namesakes"]

TOWN = "Thrushgill"
FORCE = "Ulverdean and Wendlow Police"
FORCE_SHORT = "UWP"
COUNCIL = "Thrushgill Metropolitan Borough Council"
COUNCIL_SHORT = "TMBC"
POLICE_DOMAIN = "ulverdean-wendlow.police.uk"
COUNCIL_DOMAIN = "thrushgill.gov.uk"
SCHOOL_DOMAIN = "garsdale-high.sch.uk"
LAW_DOMAIN = "ishakov-solicitors.co.uk"
CITADEL_DOMAIN = "salvationarmy.org.uk"
HOSPITAL_DOMAIN = "wendlow-childrens.nhs.uk"
SURGERY_DOMAIN = "nhs.net"
OPERATIONS = ("Operation Knapweed", "Operation Wheatear")  # up to 2006, from 2007

# The sixteen forms of the fifth to thirteenth sets.
FORMS = (
    "canonical", "upper", "surname_comma", "initials", "title_surname", "title_collar",
    "nickname", "translit", "ocr", "email",
    "diacritics", "punctuation", "with_middle", "given_name",
    "alias", "married",
)


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
        _police("Gayili", "Wunuŋmurra", "DCI", "Senior Investigating Officer", "gwunungmurra",
                female=True, translit=("Gayili Wunungmurra", "Gayili Wunuŋmurru"),
                variant_surnames=("Wunungmurra", "Wunuŋmurru")),
        _police("Edouard", "de la Haye", "Supt", "Head of Crime", "edouard_delahaye",
                given="Philippe",
                translit=("Edouard Delahaye", "Édouard de la Haye", "Edouard de la Haie"),
                variant_forenames=("Édouard",), variant_surnames=("Delahaye", "de la Haie"),
                punctuation=("Edouard De La Haye", "Edouard de-la-Haye", "Edouard DelaHaye")),
        _police("Banteilang", "Kharsyntiew", "DI", "Detective Inspector", "dikharsyntiew",
                nickname="Bantei",
                translit=("Banteilang Kharsyntieh", "Banteilang Kharsyntiu"),
                variant_surnames=("Kharsyntieh", "Kharsyntiu")),
        _police("Lemayian", "ole Parsimei", "DS", "Detective Sergeant", "lemayian.parsimei",
                nickname="Lemmy",
                translit=("Lemayian Parsimei", "Lemaiyan ole Parsimei", "Lemayian ole Pasimei"),
                variant_forenames=("Lemaiyan",), variant_surnames=("Parsimei", "ole Pasimei"),
                punctuation=("Lemayian Ole Parsimei", "Lemayian ole-Parsimei",
                             "Lemayian Oleparsimei")),
        _police("Tomôsz", "Wòlszlegier", "DC", "Detective Constable", "t.wolszlegier.4071",
                collar="4071", translit=("Tomasz Wolszleger", "Thomas Wolschläger",
                                         "Tomôsz Wòlszleger"),
                variant_forenames=("Tomasz", "Thomas"),
                variant_surnames=("Wolszleger", "Wolschläger", "Wòlszleger")),
        _police("Ixchel", "Chavajay Tz'ul", "DC", "Detective Constable", "ixchel.chavajay",
                collar="417", female=True,
                translit=("Ixchel Chavajay", "Ixchel Chavajay Tzul", "Ixchel Chavajai Tz'ul"),
                variant_surnames=("Chavajay", "Chavajai Tz'ul"),
                punctuation=("Ixchel Chavajay Tzʼul", "Ixchel Chavajay-Tz'ul",
                             "Ixchel Chavajay Tz ul")),
        _police("Zau Tu", "Lahtaw", "DC", "Detective Constable", "zautu.lahtaw",
                family_first=True,
                translit=("Lahtaw Zau Tu", "LAHTAW Zau Tu", "Zau Htu Lahtaw"),
                variant_forenames=("Zau Htu",),
                punctuation=("Zau-Tu Lahtaw", "ZauTu Lahtaw")),
        _police("Alhassane", "ag Ikhiya", "PC", "Constable", "alhassane.ag-ikhiya",
                collar="5528", nickname="Hassane",
                translit=("Alhassane Ikhiya", "Alhassan ag Ikhia", "Alhassane Ag Ikhiya"),
                variant_forenames=("Alhassan",), variant_surnames=("Ikhiya", "ag Ikhia"),
                punctuation=("Alhassane ag-Ikhiya", "Alhassane Agikhiya")),
        _police("Nizhóní", "Tsinajinnie", "PCSO", "Police Community Support Officer",
                "ntsinajinnie", collar="9", female=True,
                translit=("Nizhoni Tsinijinnie", "Nizhóní Tsinajinie"),
                variant_forenames=("Nizhoni",), variant_surnames=("Tsinijinnie", "Tsinajinie")),
        _police("Rwngsar", "Narzary", "PS", "Custody Sergeant", "rwngsar.narzary",
                collar="6603", nickname="Rwng", given="Dilip",
                translit=("Rongsar Narzary", "Rwngsar Narzari", "Rangsar Narjary"),
                variant_forenames=("Rongsar", "Rangsar"),
                variant_surnames=("Narzari", "Narjary")),
        Person("Carolina", "Remédios", title="Ms", group="police", role="Intelligence Analyst",
               email=f"cremedios@{POLICE_DOMAIN}", female=True, alias="Leong Ka Wai",
               translit=("Carolina Remedios", "Carolina dos Remédios"),
               variant_surnames=("dos Remédios",)),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Bopaiah", "Kalengada", "Cllr", "Leader of the Council", "cllr.kalengada",
                 family_first=True,
                 translit=("Kalengada Bopaiah", "K. Bopaiah", "Bopaiah Kalengade",
                           "Bopayya Kalengada"),
                 variant_forenames=("Bopayya",), variant_surnames=("Kalengade",)),
        _council("Odile", "Thériot", "Cllr", "Cabinet Member for Children", "odile.theriot",
                 female=True, nickname="Dilly",
                 translit=("Odile Terriot", "Odile Thériault"),
                 variant_surnames=("Terriot", "Thériault")),
        _council("Ndapewa", "Nghipandulwa", "Cllr", "Ward Councillor, Garsdale",
                 "ndapewa.nghipandulwa", female=True, nickname="Ndapi",
                 translit=("Ndapewa Ngipandulwa", "Ndapewa Nghipandulua"),
                 variant_surnames=("Ngipandulwa", "Nghipandulua")),
        _council("Lenur", "Seytablayev", "Cllr", "Chair, Scrutiny Committee", "l.seytablayev",
                 translit=("Lenur Seitablaiev", "Lenur Seytablaev", "Lenur Seyitablay"),
                 variant_surnames=("Seitablaiev", "Seytablaev", "Seyitablay")),
        _council("Rayén", "Catrileo Ñancupil", "Ms", "Social Worker", "rayen.catrileo",
                 female=True, married="Pendlebury", married_on=dt.date(2004, 6, 19),
                 translit=("Rayén Catrileo", "Rayen Catrileo Nancupil"),
                 variant_surnames=("Catrileo",),
                 punctuation=("Rayén Catrileo-Ñancupil", "Rayén CatrileoÑancupil")),
        _council("Falmata", "Grema", "Mrs", "Social Worker", "falmata.grema",
                 female=True, translit=("Fatimata Grema", "Falmata Gremah"),
                 variant_forenames=("Fatimata",), variant_surnames=("Gremah",)),
        _council("Kinzang", "Wangmo", "Ms", "Missing Children Coordinator", "kinzang.wangmo",
                 female=True, translit=("Kuenzang Wangmo", "Kinzang Wangmu"),
                 variant_forenames=("Kuenzang",), variant_surnames=("Wangmu",)),
        _council("Soenita", "Bisoendat", "Mrs", "Team Manager, Exploitation", "s.bisoendat",
                 female=True,
                 translit=("Sunita Bisundat", "Sunita Bisoendat", "Soenita Bisundath"),
                 variant_forenames=("Sunita",), variant_surnames=("Bisundat", "Bisundath")),
        _council("Anzor", "Khatukhov", "Mr", "Youth Offending Team Officer", "anzor.khatukhov",
                 middle="Kazbekovich",
                 translit=("Anzor Khatkhuo", "Anzor Hatuhov", "Anzor Khatukhau"),
                 variant_surnames=("Khatkhuo", "Hatuhov", "Khatukhau")),
        Person("Euis", "Sukmawati", title="Mrs", group="school", role="Head Teacher",
               email=f"head@{SCHOOL_DOMAIN}", female=True,
               translit=("Euis Soekmawati", "Euis Sukmawatie"),
               variant_surnames=("Soekmawati", "Sukmawatie")),
        Person("Yakov", "Ishakov", title="Mr", group="solicitor", role="Solicitor",
               email=f"yakov@{LAW_DOMAIN}",
               translit=("Yaakov Ishakov", "Jacob Isakov", "Yakov Ishaqov"),
               variant_forenames=("Yaakov", "Jacob"), variant_surnames=("Isakov", "Ishaqov")),
        Person("Sɛna", "Hungbɛji", title="Major", group="church",
               role="Corps Officer, Salvation Army", email=f"sena.hungbeji@{CITADEL_DOMAIN}",
               female=True,
               translit=("Séna Houngbédji", "Sena Houngbedji", "Sɛna Houngbédji"),
               variant_forenames=("Séna",), variant_surnames=("Houngbédji", "Houngbedji")),
        Person("Choduraa", "Oorzhak", title="Prof", group="hospital",
               role="Consultant Paediatrician", email=f"c.oorzhak@{HOSPITAL_DOMAIN}",
               female=True, translit=("Chodura Oorjak", "Choduraa Oorzhaq", "Chodura Oorzhak"),
               variant_forenames=("Chodura",), variant_surnames=("Oorjak", "Oorzhaq")),
        Person("Mwende", "Nzioka", title="Dr", group="hospital", role="General Practitioner",
               email=f"mwende.nzioka@{SURGERY_DOMAIN}", female=True, given="Grace",
               translit=("Mwende Nzyoka", "Mwendwa Nzioka"),
               variant_forenames=("Mwendwa",), variant_surnames=("Nzyoka",)),
        Person("Oghenekevwe", "Ejovwoke", title="Mr", group="interpreter", role="Interpreter",
               email=f"o.ejovwoke@{COUNCIL_DOMAIN}", alias="Kelvin Ejovi",
               nickname="Kevwe",
               translit=("Oghenekevwe Ejovwokeh", "Oghenekevbe Ejovwoke"),
               variant_forenames=("Oghenekevbe",), variant_surnames=("Ejovwokeh",)),
    ]


def _young() -> list[Person]:
    return [
        Person("Gawurra", "Wunuŋmurra", group="young", female=True,
               translit=("Gawurra Wunungmurra",), variant_surnames=("Wunungmurra",)),
        Person("Shandiin", "Tsinajinnie", group="young", female=True, nickname="Shan",
               middle="Rose"),
        Person("Daiaphi", "Marbaniang", group="young", female=True,
               translit=("Daiaphi Marbaniong", "Daiaphi Mawbaniang"),
               variant_surnames=("Marbaniong", "Mawbaniang")),
        Person("Nyiko", "Ngobeni", group="young", nickname="Nyix",
               translit=("Nyiko Ngubeni", "Nyiko Ngobeni-Ngobeni"),
               variant_surnames=("Ngubeni",)),
        Person("Tekaai", "Tebano", group="young", nickname="Kai",
               translit=("Tekai Tebano", "Tekaai Tebanou"),
               variant_forenames=("Tekai",), variant_surnames=("Tebanou",)),
        Person("Ornella", "Jolicœur", group="young", female=True, nickname="Nella",
               translit=("Ornella Jolicoeur", "Ornela Jolicœur"),
               variant_forenames=("Ornela",), variant_surnames=("Jolicoeur",),
               punctuation=("Ornella Joli-Cœur", "Ornella Joli Cœur")),
        Person("Kacey", "Pryke", group="young", female=True, nickname="Kace", middle="Jade"),
        Person("Kaera", "Tjituka", group="young",
               translit=("Kaera Tshituka", "Kaera Chituka"),
               variant_surnames=("Tshituka", "Chituka")),
        Person("Hinatea", "Teriierooiterai", group="young", female=True, nickname="Hina",
               translit=("Hinatea Teriieroo", "Hinatea Teriierooitera"),
               variant_surnames=("Teriieroo", "Teriierooitera")),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Shamil", "Gadzhimuradov", title="Mr", group="suspect", nickname="Shoma",
               translit=("Shamil Gadjimuradov", "Shamil Hajimuradov", "Shamil Gadzhimuradau"),
               variant_surnames=("Gadjimuradov", "Hajimuradov", "Gadzhimuradau")),
        Person("Daur", "Lakerbai", title="Mr", group="suspect", alias="David Laker",
               translit=("Daur Lakerbaia", "Daur Lakerba"),
               variant_surnames=("Lakerbaia", "Lakerba")),
        Person("Remy", "Boudreaux", title="Mr", group="suspect", nickname="T-Remy",
               translit=("Rémy Boudreaux", "Remy Boudreau", "Remy Budreaux"),
               variant_forenames=("Rémy",), variant_surnames=("Boudreau", "Budreaux")),
        Person("Jengchang", "Momin", title="Mr", group="suspect", alias="John Momin",
               translit=("Jengchang Momen", "Jengsang Momin"),
               variant_forenames=("Jengsang",), variant_surnames=("Momen",)),
        Person("Boukary", "Ouédraogo", title="Mr", group="suspect", nickname="Bouk",
               translit=("Boukari Ouedraogo", "Bukari Wedraogo", "Boukary Wédraogo"),
               variant_forenames=("Boukari", "Bukari"),
               variant_surnames=("Wedraogo", "Wédraogo")),
        Person("Rizwan", "Marikar", title="Mr", group="suspect", alias="Ricky Mark",
               translit=("Rizvan Marikkar", "Rizwan Markar"),
               variant_forenames=("Rizvan",), variant_surnames=("Marikkar", "Markar")),
        Person("Wilberth", "Canché Pech", title="Mr", group="suspect", nickname="Wil",
               translit=("Wilbert Canché Pech", "Wilberth Canché", "Wilberth Canche P."),
               variant_forenames=("Wilbert",), variant_surnames=("Canché",),
               punctuation=("Wilberth Canché-Pech", "Wilberth CanchéPech")),
        Person("Chang-su", "Ryang", title="Mr", group="suspect", family_first=True,
               alias="Masao Yanagawa",
               translit=("Ryang Chang-su", "RYANG Chang Su", "Chang-soo Yang"),
               variant_forenames=("Chang-soo",), variant_surnames=("Yang",),
               punctuation=("Chang Su Ryang", "Changsu Ryang")),
        Person("Kieran", "Sculthorpe", title="Mr", group="suspect", alias="Kieran Thorpe",
               nickname="Sculls", middle="Wayne"),
        Person("Cherelle", "Pryke", title="Mrs", group="parent", female=True, nickname="Chez"),
        Person("Ibahunlang", "Marbaniang", title="Mrs", group="parent", female=True,
               translit=("Ibahunlang Marbaniong", "Iba Marbaniang"),
               variant_forenames=("Iba",), variant_surnames=("Marbaniong",)),
        Person("Hlengani", "Ngobeni", title="Mr", group="parent",
               translit=("Hlengani Ngubeni", "Hlengane Ngobeni"),
               variant_forenames=("Hlengane",), variant_surnames=("Ngubeni",)),
    ]


def _decoys() -> list[Person]:
    """Different people one letter or one sound from a cast member, named in full."""
    return [
        Person("Kieron", "Sculthorpe", group="decoy", role="Plasterer",
               decoy_of="Kieran Sculthorpe"),
        Person("Romy", "Boudreaux", group="decoy", role="Bar manager",
               decoy_of="Remy Boudreaux"),
        Person("Shamil", "Gadzhimurodov", group="decoy", role="Minicab driver",
               decoy_of="Shamil Gadzhimuradov"),
        Person("Boukary", "Ouédrago", group="decoy", role="Security guard",
               decoy_of="Boukary Ouédraogo"),
        Person("Taur", "Lakerbai", group="decoy", role="Car valeter",
               decoy_of="Daur Lakerbai"),
        Person("Rizwan", "Mariker", group="decoy", role="Phone shop owner",
               decoy_of="Rizwan Marikar"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation, in shapes the earlier sets did not use (a looked-after child's
# "LAC" number with a slash, a "YP-" letter pair, a colour and a number, a "Ref" with a degree
# sign); two children have a code in each operation.
CODES = {
    OPERATIONS[0]: {"Kacey Pryke": "LAC/031", "Gawurra Wunuŋmurra": "YP-KD",
                    "Nyiko Ngobeni": "Amber 6", "Ornella Jolicœur": "Ref°22"},
    OPERATIONS[1]: {"Kacey Pryke": "Violet 2", "Daiaphi Marbaniang": "LAC/117",
                    "Hinatea Teriierooiterai": "YP-RM", "Kaera Tjituka": "Ref°40",
                    "Shandiin Tsinajinnie": "Amber 11", "Tekaai Tebano": "LAC/208"},
}


# The ninth set's rules over this set's cast: who shares a surname and initial (or title), and
# which measured forms a person can be written in (decoys in full only; a form fitting a
# namesake is written as an ambiguous mention instead).
namesakes = bound(ninth.namesakes, CAST=CAST)
applicable_forms = bound(ninth.applicable_forms, namesakes=namesakes)
