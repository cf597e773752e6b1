"""The invented cast of the nineteenth names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
surname, street, building or firm with the first eighteen sets (the self-check greps their folded
words). The naming traditions are ones none of those sets' READMEs or code name, but three:
Kinyarwanda, Lezgian, Saraiki, Ladakhi (two given names, the second used as a surname), Wolaytta,
Konkani, Amis (a Chinese legal name used at work), Kven, English Romani, Tigrinya (a father's name
written joined or apart), Chuukese, Lak, Karachay (a social worker and a suspect share surname,
initial and title), Kapampangan (a first given name not used), Dungan (a patronymic middle name),
Bislama, Ladino (a forename in three spellings), Haida, Chewa and Brahui (names used at work),
Talysh, Muong (a family name with a dot below), Kosraean, Veps, Sranan (a Dutch spelling beside an
English one), Miskito, Ainu (Hepburn and Kunrei romanisations; a boy titled "Master"), Kabardian,
Atayal, Kongo (a first given name not used), Bajan (a mother and her daughter), Yupik (a father and
son), Lingala, Luba, Tamang, Dogri, Arrernte (a woman known by her second given name; spellings of
the surname) and Laz (a surname with a cedilla); Sesotho (Lesotho and South African spellings of a
forename), Swati (a woman who marries part-way through) and Sakha, each named once by an earlier
set; and British English (a hyphenated surname, a married surname). Six decoys are one letter or
one sound from a cast member and are different people.
"""

from __future__ import annotations

import datetime as dt

# The seventh set's person and the ninth set's folding and namesake rule fit this set as they are.
from bench.names_eval7.cast import Person
from bench.names_eval9 import cast as ninth
from bench.names_eval9.cast import ascii_fold, folded
from bench.names_eval10.reuse import bound

__all__ = ["applicable_forms", "ascii_fold", "folded", "namesakes"]

TOWN = "Wrelthorpe"
FORCE = "Haverholme and Wrayfield Police"
FORCE_SHORT = "HWP"
COUNCIL = "Wrelthorpe Borough Council"
COUNCIL_SHORT = "WBC"
POLICE_DOMAIN = "haverholme-wrayfield.pnn.police.uk"
COUNCIL_DOMAIN = "wrelthorpe.gov.uk"
SCHOOL_DOMAIN = "cawthorpe-academy.org.uk"
LAW_DOMAIN = "trevaskishosken.co.uk"
OPERATIONS = ("Operation Sandwort", "Operation Meadowpipit")  # up to 2010, from 2011

# The sixteen forms of the fifth to eighteenth sets.
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
        _police("Solange", "Mukandayisenga", "DCI", "Senior Investigating Officer",
                "solange.mukandayisenga", female=True, nickname="Sola",
                punctuation=("Solange Mukanda-Yisenga", "Solange Mukanda Yisenga")),
        _police("Efendi", "Kasumkentov", "ChSupt", "Head of Crime", "chsupt.kasumkentov",
                translit=("Efendi Qasumkentov", "Efendy Kasumkentow", "Ephendi Kasumkentov"),
                variant_forenames=("Efendy", "Ephendi"),
                variant_surnames=("Qasumkentov", "Kasumkentow")),
        _police("Mureed", "Langah", "DI", "Detective Inspector", "m.h.langah",
                middle="Hussain",
                translit=("Murid Langah", "Mureed Langha", "Mureed Lungah"),
                variant_forenames=("Murid",), variant_surnames=("Langha", "Lungah")),
        _police("Stanzin", "Yangdol", "DS", "Detective Sergeant", "ds0417",
                collar="0417", female=True,
                translit=("Stenzin Yangdol", "Stanzin Yangdöl", "Stanzin Yangdul"),
                variant_forenames=("Stenzin",), variant_surnames=("Yangdöl", "Yangdul")),
        _police("Gizachew", "Ersado", "DC", "Detective Constable", "gizachew.ersado",
                collar="5126", nickname="Gizu",
                translit=("Gizachaw Ersado", "Gizachew Irsado"),
                variant_forenames=("Gizachaw",), variant_surnames=("Irsado",)),
        _police("Ashwini", "Kudva", "DC", "Detective Constable", "kudva.a3380",
                collar="3380", female=True, nickname="Ash",
                translit=("Ashvini Kudva", "Ashwini Kudwa"),
                variant_forenames=("Ashvini",), variant_surnames=("Kudwa",)),
        _police("Lafay", "Kacaw", "PCSO", "Police Community Support Officer", "pcso52890",
                collar="52890", female=True, alias="Meihua Lin",
                translit=("Lafai Kacaw", "Lafay Kachaw"),
                variant_forenames=("Lafai",), variant_surnames=("Kachaw",)),
        _police("Jalmari", "Vuontisjärvi", "PS", "Custody Sergeant", "custody.vuontisjarvi",
                collar="71", nickname="Jali",
                punctuation=("Jalmari Vuontis-Järvi", "Jalmari Vuontis Järvi")),
        _police("Dosha", "Penfold", "PC", "Constable", "pc208.penfold",
                collar="208", female=True, nickname="Dosh", middle="Rhoda"),
        _police("Yemane", "Weldemichael", "Insp", "Inspector, Response", "insp.weldemichael",
                translit=("Yemane Woldemichael", "Yemane Weldemikael"),
                variant_surnames=("Woldemichael", "Weldemikael"),
                punctuation=("Yemane Welde-Michael", "Yemane Welde Michael")),
        Person("Teruko", "Sopwenuk", title="Ms", group="police", role="Intelligence Analyst",
               email=f"t.sopwenuk@intel.{POLICE_DOMAIN}", female=True, given="Magdalena",
               translit=("Teruko Sopwenuck", "Terukko Sopwenuk"),
               variant_forenames=("Terukko",), variant_surnames=("Sopwenuck",)),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Abakar", "Tsovkraev", "Cllr", "Leader of the Council", "leader.tsovkraev",
                 translit=("Abakar Covkraev", "Abakar Tsowkrajew", "Abakar Tsovkrayev"),
                 variant_surnames=("Covkraev", "Tsowkrajew", "Tsovkrayev")),
        _council("Lineo", "Ntsekhe", "Cllr", "Cabinet Member for Children", "cllr.ntsekhe",
                 female=True, nickname="Neo",
                 translit=("Dineo Ntsekhe", "Lineo Ntsekge"),
                 variant_forenames=("Dineo",), variant_surnames=("Ntsekge",)),
        _council("Tristram", "Hathersage-Quine", "Cllr", "Chair, Corporate Parenting",
                 "T.HATHERSAGE-QUINE", middle="Giles", nickname="Tris",
                 punctuation=("Tristram Hathersage Quine", "Tristram HathersageQuine",
                              "Tristram Hathersage–Quine")),
        _council("Nomcebo", "Tsabedze", "Ms", "Social Worker", "nomcebo.tsabedze",
                 female=True, married="Fairbrass", married_on=dt.date(2004, 10, 9),
                 translit=("Nomcebo Tsabede", "Nomcebo Tsabetse"),
                 variant_surnames=("Tsabede", "Tsabetse")),
        _council("Azret", "Botashev", "Mr", "Social Worker", "azret.botashev",
                 translit=("Azret Botaschew", "Azret Botashov"),
                 variant_surnames=("Botaschew", "Botashov")),
        _council("Cristina", "Tiglao", "Ms", "Missing from Home Coordinator", "mfh.tiglao",
                 female=True, given="Maria", nickname="Tina"),
        _council("Ilyas", "Vanakhunov", "Mr", "Team Manager, Exploitation", "ilyas.vanakhunov",
                 middle="Yusupovich",
                 translit=("Iliyas Vanakhunov", "Ilyas Wanahunow", "Ilyas Vanahunov"),
                 variant_forenames=("Iliyas",), variant_surnames=("Wanahunow", "Vanahunov")),
        _council("Merinda", "Tabiwasa", "Ms", "Youth Justice Officer", "yjs.tabiwasa",
                 female=True, nickname="Mimi",
                 punctuation=("Merinda Tabi-Wasa", "Merinda Tabi Wasa")),
        Person("Bohor", "Benveniste", title="Mr", group="school", role="Principal",
               email=f"principal@{SCHOOL_DOMAIN}",
               translit=("Behor Benveniste", "Bechor Benveniste", "Bohor Saportá"),
               variant_forenames=("Behor", "Bechor")),
        Person("Clemency", "Trevaskis", title="Ms", group="solicitor", role="Solicitor",
               email=f"clemency@{LAW_DOMAIN}", female=True, nickname="Clem", middle="Joy"),
        Person("Lionel", "Edenshaw", title="Flt Lt", group="cadets",
               role="Officer Commanding, Air Cadets", email="oc.edenshaw@aircadets.org.uk",
               middle="Reid"),
        Person("Chisomo", "Kachingwe", title="Mr", group="driving", role="Driving Instructor",
               email="lessons@greenlight-driving.co.uk", alias="Chris Kaye",
               translit=("Chisomo Kachingue", "Chisomo Katchingwe"),
               variant_surnames=("Kachingue", "Katchingwe")),
        Person("Novruz", "Lerikzade", title="Mr", group="carwash", role="Car Wash Owner",
               email="novruz@sparkle-handwash.co.uk", nickname="Nov",
               translit=("Nowruz Lerikzade", "Novruz Lerikzadeh", "Nauruz Lerikzade"),
               variant_forenames=("Nowruz", "Nauruz"), variant_surnames=("Lerikzadeh",)),
        Person("Nhung", "Bạch", title="Ms", group="nails", role="Nail Technician",
               email="bookings@polished-nailbar.co.uk", female=True, family_first=True,
               nickname="Nina", middle="Thị"),
        Person("Faqir", "Shahwani", title="Mr", group="takeaway", role="Takeaway Owner",
               email="orders@quetta-grillhouse.co.uk", alias="Frank Shaw",
               translit=("Fakir Shahwani", "Faqir Shahvani"),
               variant_forenames=("Fakir",), variant_surnames=("Shahvani",)),
        Person("Lerina", "Tulensru", title="Mrs", group="parcels", role="Counter Clerk",
               email="counter@parcelpoint-wrelthorpe.co.uk", female=True, nickname="Leri",
               translit=("Lerina Tulensra",), variant_surnames=("Tulensra",)),
        Person("Miikul", "Kalinskoi", title="Mr", group="arcade", role="Arcade Manager",
               email="manager@goldrush-amusements.co.uk",
               translit=("Mikul Kalinskoi", "Miikul Kalinskoy", "Mikkul Kalinskij"),
               variant_forenames=("Mikul", "Mikkul"),
               variant_surnames=("Kalinskoy", "Kalinskij")),
    ]


def _young() -> list[Person]:
    return [
        Person("Djamila", "Doekoe", group="young", female=True, nickname="Mila",
               translit=("Jamila Doekoe", "Djamila Duku"),
               variant_forenames=("Jamila",), variant_surnames=("Duku",)),
        Person("Yáder", "Bushey", group="young", middle="Moisés", nickname="Yaya"),
        Person("Shun", "Kaizawa", title="Master", group="young",
               translit=("Syun Kaizawa", "Shun Kaisawa"),
               variant_forenames=("Syun",), variant_surnames=("Kaisawa",)),
        Person("Zalina", "Tlekhugova", group="young", female=True, nickname="Zali",
               translit=("Zalina Tlehugova", "Salina Tlechugowa"),
               variant_forenames=("Salina",), variant_surnames=("Tlehugova", "Tlechugowa")),
        Person("Pasang", "Yukan", group="young", nickname="Sang",
               translit=("Pasan Yukan", "Pasang Yugan"),
               variant_forenames=("Pasan",), variant_surnames=("Yugan",)),
        Person("Nsimba", "Makiese", group="young", given="Dieudonné",
               translit=("Nsimba Makiesse", "Simba Makiese"),
               variant_forenames=("Simba",), variant_surnames=("Makiesse",)),
        Person("Shontelle", "Babb", group="young", female=True, middle="Ria", nickname="Telly"),
        Person("Marlon", "Tulik", group="young", middle="Nanuq", nickname="Mars"),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Aslan", "Botashev", title="Mr", group="suspect", alias="Alex Bott",
               translit=("Aslan Botaschew",), variant_surnames=("Botaschew",)),
        Person("Fiston", "Lokondo", title="Mr", group="suspect", nickname="Fizzy"),
        Person("Kalala", "Tshibangu", title="Mr", group="suspect", alias="Charles Kalala",
               translit=("Kalala Chibangu", "Kalala Tshibangou"),
               variant_surnames=("Chibangu", "Tshibangou")),
        Person("Erchim", "Ammosov", title="Mr", group="suspect",
               translit=("Erchim Ammosow", "Ertchim Ammosov"),
               variant_forenames=("Ertchim",), variant_surnames=("Ammosow",)),
        Person("Chhiring", "Yonjan", title="Mr", group="suspect", nickname="Chhiri",
               translit=("Chiring Yonjan", "Tshering Yonzon"),
               variant_forenames=("Chiring", "Tshering"), variant_surnames=("Yonzon",)),
        Person("Rohit", "Slathia", title="Mr", group="suspect", alias="Rob Slater",
               middle="Singh", nickname="Ro"),
        Person("Deslyn", "Kngwarreye", title="Ms", group="suspect", female=True,
               given="Beryl", nickname="Dezzy",
               translit=("Deslyn Kngwarraye", "Deslyn Ngwarreye"),
               variant_surnames=("Kngwarraye", "Ngwarreye")),
        Person("Temel", "Ardeşenli", title="Mr", group="suspect", nickname="Temo"),
        Person("Yvonne", "Babb", title="Mrs", group="parent", female=True, nickname="Vonnie"),
        Person("Jimmie", "Tulik", title="Mr", group="parent"),
        Person("Misaki", "Kaizawa", title="Mrs", group="parent", female=True,
               translit=("Misaki Kaisawa",), variant_surnames=("Kaisawa",)),
    ]


def _decoys() -> list[Person]:
    """Different people one letter or one sound from a cast member, named in full."""
    return [
        Person("Erchim", "Amosov", group="decoy", role="Window cleaner",
               decoy_of="Erchim Ammosov"),
        Person("Kalala", "Tshibanga", group="decoy", role="Bus driver",
               decoy_of="Kalala Tshibangu"),
        Person("Arslan", "Botashev", group="decoy", role="Tyre fitter",
               decoy_of="Aslan Botashev"),
        Person("Rohin", "Slathia", group="decoy", role="Pharmacist",
               decoy_of="Rohit Slathia"),
        Person("Fiston", "Lokonda", group="decoy", role="Security guard",
               decoy_of="Fiston Lokondo"),
        Person("Temer", "Ardeşenli", group="decoy", role="Market trader",
               decoy_of="Temel Ardeşenli"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation, in shapes the earlier sets did not use (an "U18-" number, an
# "AP/" number, "Ward" and a letter, a "#Y" number); two children have a code in each operation.
CODES = {
    OPERATIONS[0]: {"Djamila Doekoe": "U18-03", "Shun Kaizawa": "AP/7",
                    "Zalina Tlekhugova": "Ward L", "Nsimba Makiese": "#Y09"},
    OPERATIONS[1]: {"Djamila Doekoe": "AP/15", "Yáder Bushey": "U18-11",
                    "Pasang Yukan": "Ward S", "Marlon Tulik": "#Y22",
                    "Shontelle Babb": "U18-14", "Zalina Tlekhugova": "AP/26"},
}


# The ninth set's rules over this set's cast: who shares a surname and initial (or title), and
# which measured forms a person can be written in (decoys in full only; a form fitting a
# namesake is written as an ambiguous mention instead).
namesakes = bound(ninth.namesakes, CAST=CAST)
applicable_forms = bound(ninth.applicable_forms, namesakes=namesakes)
