"""The invented cast of the sixteenth names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
surname, street or firm with the first fifteen sets. The naming traditions are ones none of
those sets' READMEs name: Ojibwe (a man and an unrelated boy share a surname), Occitan (an
Occitan forename beside its French form), Iraqi (an "Al-" nisba written several ways; the
father's name as middle name), Rusyn (Ukrainian, Slovak and Polish romanisations), Teochew
(family name first; pinyin of the same name), Swati, Chuvash (a breve letter), Lozi, Sicilian (a
surname with the particle "Lo"; a short forename used, the formal one not), Afar (an apostrophe
inside the surname), Efik, Cebuano, Soninke, Walloon (a woman who marries part-way through),
Sunuwar (an ethnic name as surname, borne by two unrelated people), Sidama, Buryat (a patronymic
middle name), Libyan ("El" joined, spaced or hyphenated), Asturian (x for the Spanish j; a first
given name not used), Ijaw, Coptic (a deacon), Dagbani, Magar (a two-word clan surname whose
parts are also used alone; a name used at work), Niuean (a long forename and its short form),
Plains Cree (a circumflex), Serer, Acehnese (a title-like first name not used), Bugis (a noble
first name not used), Ilocano, Sukuma, Limba, Wayuu (a clan surname with an accent), Minangkabau
(an old Dutch spelling), Vai, Zaza (a dotless i), Lugbara, and British English. Six decoys are
one letter or one sound away from a cast member and are different people.
"""

from __future__ import annotations

import datetime as dt

# The seventh set's person and the ninth set's folding and namesake rule fit this set as they are.
from bench.names_eval7.cast import Person
from bench.names_eval9 import cast as ninth
from bench.names_eval9.cast import ascii_fold, folded
from bench.names_eval10.reuse import bound

__all__ = ["applicable_forms", "ascii_fold", "folded", "namesakes"]

TOWN = "Hawksclough"
FORCE = "Skelbrook and Wyre Police"
FORCE_SHORT = "SWP"
COUNCIL = "Hawksclough Borough Council"
COUNCIL_SHORT = "HBC"
POLICE_DOMAIN = "skelbrook-wyre.pnn.police.uk"
CID_DOMAIN = "cid.skelbrook-wyre.pnn.police.uk"
COUNCIL_DOMAIN = "hawksclough.gov.uk"
SCHOOL_DOMAIN = "hebbleroyd-high.sch.uk"
LAW_DOMAIN = "amabebe-tolson.co.uk"
CHURCH_DOMAIN = "stmina-coptic.org.uk"
HOSPITAL_DOMAIN = "wyre-general.nhs.uk"
PHARMACY_DOMAIN = "nhs.net"
OPERATIONS = ("Operation Ketteridge", "Operation Hollowmarsh")  # up to 2007, from 2008

# The sixteen forms of the fifth to fifteenth sets.
FORMS = (
    "canonical", "upper", "surname_comma", "initials", "title_surname", "title_collar",
    "nickname", "translit", "ocr", "email",
    "diacritics", "punctuation", "with_middle", "given_name",
    "alias", "married",
)


def _police(forename: str, surname: str, title: str, role: str, address: str,
            **kw: object) -> Person:
    return Person(forename, surname, group="police", title=title, role=role,
                  email=address, **kw)  # type: ignore[arg-type]


def _council(forename: str, surname: str, title: str, role: str, local: str,
             **kw: object) -> Person:
    return Person(forename, surname, group="council", title=title, role=role,
                  email=f"{local}@{COUNCIL_DOMAIN}", **kw)  # type: ignore[arg-type]


def _officers() -> list[Person]:
    return [
        _police("Niigaan", "Kakegamic", "DCI", "Senior Investigating Officer",
                f"Kakegamic.Niigaan@{CID_DOMAIN}", nickname="Gaan",
                translit=("Nigaan Kakegamic", "Niigaan Kakekamick"),
                variant_forenames=("Nigaan",), variant_surnames=("Kakekamick",)),
        _police("Estève", "Rouanet", "CI", "Chief Inspector, Neighbourhoods",
                f"esteve.rouanet.2@{POLICE_DOMAIN}",
                translit=("Étienne Rouanet", "Estève Roanet"),
                variant_forenames=("Étienne",), variant_surnames=("Roanet",)),
        _police("Haider", "Al-Jabouri", "DI", "Detective Inspector",
                f"HAlJabouri@{CID_DOMAIN}", middle="Kadhim",
                translit=("Hayder Al-Jabouri", "Haidar Al-Juburi", "Haider Jabouri"),
                variant_forenames=("Hayder", "Haidar"), variant_surnames=("Al-Juburi", "Jabouri"),
                punctuation=("Haider Al Jabouri", "Haider AlJabouri", "Haider al-Jabouri")),
        _police("Mykhailo", "Dzhuhan", "DS", "Detective Sergeant",
                f"dzhuhan_m@{CID_DOMAIN}", collar="88", nickname="Misha",
                translit=("Michal Džugan", "Michał Dżuhan", "Mikhail Dzhugan"),
                variant_forenames=("Michal", "Michał", "Mikhail"),
                variant_surnames=("Džugan", "Dżuhan", "Dzhugan")),
        _police("Swee Lian", "Teo", "DC", "Detective Constable", f"teo_sweelian@{CID_DOMAIN}",
                collar="2214", female=True, family_first=True,
                translit=("Teo Swee Lian", "TEO Swee Lian", "Zhang Ruilian"),
                variant_forenames=("Ruilian",), variant_surnames=("Zhang",),
                punctuation=("Swee-Lian Teo", "Sweelian Teo")),
        _police("Sifiso", "Magagula", "DC", "Detective Constable",
                f"sifiso.magagula.716@{POLICE_DOMAIN}", collar="716",
                translit=("Siphiso Magagula", "Sifiso Magakula"),
                variant_forenames=("Siphiso",), variant_surnames=("Magakula",)),
        _police("Salampi", "Ĕlkener", "PCSO", "Police Community Support Officer",
                f"ElkenerS@{POLICE_DOMAIN}", collar="30218", female=True,
                translit=("Salampi Yolkener", "Salampi Yelkener"),
                variant_surnames=("Yolkener", "Yelkener")),
        _police("Mubita", "Inambao", "PS", "Custody Sergeant", f"inambao-m@{POLICE_DOMAIN}",
                collar="1142", nickname="Mubs",
                translit=("Mubita Inambawo", "Mubiita Inambao"),
                variant_forenames=("Mubiita",), variant_surnames=("Inambawo",)),
        _police("Turi", "Lo Verde", "PC", "Constable", f"loverde.t.4903@{POLICE_DOMAIN}",
                collar="4903", given="Salvatore",
                punctuation=("Turi LoVerde", "Turi Loverde", "Turi Lo-Verde")),
        _police("Ekpenyong", "Archibong", "Supt", "Head of Safeguarding",
                f"e.archibong@{POLICE_DOMAIN}", middle="Okon", nickname="Ekpe",
                translit=("Ekpeyong Archibong", "Ekpenyong Archibung"),
                variant_forenames=("Ekpeyong",), variant_surnames=("Archibung",)),
        Person("Kadiga", "Ga'as", title="Ms", group="police", role="Intelligence Analyst",
               email=f"kadiga.gaas@{POLICE_DOMAIN}", female=True,
               translit=("Kadija Ga'as", "Qadiga Ga'as"),
               variant_forenames=("Kadija", "Qadiga"),
               punctuation=("Kadiga Ga’as", "Kadiga Gaas", "Kadiga Ga-as")),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Nenita", "Tabanao", "Cllr", "Leader of the Council", "cllr.tabanao",
                 female=True, nickname="Nita",
                 translit=("Nenita Tabanaw",), variant_surnames=("Tabanaw",)),
        _council("Hamedy", "Bathily", "Cllr", "Cabinet Member for Children",
                 "hamedy.bathily",
                 translit=("Hamedi Bathily", "Hamady Bathili", "Hamedy Batily"),
                 variant_forenames=("Hamedi", "Hamady"), variant_surnames=("Bathili", "Batily")),
        _council("Fitzroy", "Hepplethwaite", "Cllr", "Chair, Overview and Scrutiny",
                 "Hepplethwaite.F", middle="Ingram", nickname="Fitz"),
        _council("Ghislaine", "Marchandisse", "Ms", "Social Worker", "g.marchandisse",
                 female=True, married="Oddershaw", married_on=dt.date(2005, 10, 1),
                 translit=("Ghislaine Marchandise", "Guislaine Marchandisse"),
                 variant_forenames=("Guislaine",), variant_surnames=("Marchandise",)),
        _council("Sanchamaya", "Sunuwar", "Ms", "Social Worker", "sanchamaya_sunuwar",
                 female=True, translit=("Sanchamaya Sunwar", "Sanchamaya Sunuwaar"),
                 variant_surnames=("Sunwar", "Sunuwaar")),
        _council("Ersido", "Lendebo", "Mr", "Missing from Home Coordinator", "ersido.l",
                 translit=("Erisido Lendebo", "Ersido Lendabo"),
                 variant_forenames=("Erisido",), variant_surnames=("Lendabo",)),
        _council("Sesegma", "Dorzhieva", "Mrs", "Team Manager, Exploitation", "DORZHIEVA.S",
                 female=True, middle="Tsyrenovna",
                 translit=("Sesegma Dorjieva", "Sesegma Dorzhiyeva", "Sesegma Dorschijewa"),
                 variant_surnames=("Dorjieva", "Dorzhiyeva", "Dorschijewa")),
        _council("Mabruk", "Elfeitouri", "Mr", "Youth Justice Officer", "mabruk.elfeitouri",
                 translit=("Mabrouk Elfeitouri", "Mabruk Al-Fituri"),
                 variant_forenames=("Mabrouk",), variant_surnames=("Al-Fituri",),
                 punctuation=("Mabruk El Feitouri", "Mabruk El-Feitouri", "Mabruk ElFeitouri")),
        Person("Xurde", "Llaneza", title="Mr", group="school", role="Head Teacher",
               email=f"head@{SCHOOL_DOMAIN}", given="Manuel",
               translit=("Jorge Llaneza", "Xurde Yaneza"),
               variant_forenames=("Jorge",), variant_surnames=("Yaneza",)),
        Person("Ebiere", "Amabebe", title="Ms", group="solicitor", role="Solicitor",
               email=f"ebiere@{LAW_DOMAIN}", female=True, nickname="Ebi"),
        Person("Bishoy", "Tawadros", title="Deacon", group="church", role="Deacon",
               email=f"deacon.bishoy@{CHURCH_DOMAIN}",
               translit=("Bishoy Tadros", "Pishoy Tawadros", "Bichoy Tawadros"),
               variant_forenames=("Pishoy", "Bichoy"), variant_surnames=("Tadros",)),
        Person("Wumpini", "Fuseini", title="Prof", group="hospital",
               role="Consultant Paediatrician", email=f"w.fuseini@{HOSPITAL_DOMAIN}",
               translit=("Wumpini Fusheini", "Wumpini Huseini"),
               variant_surnames=("Fusheini", "Huseini")),
        Person("Hira", "Gharti Roka", title="Mr", group="pharmacy", role="Pharmacist",
               email=f"hira.ghartiroka@{PHARMACY_DOMAIN}", alias="Harry Roka",
               translit=("Hira Roka", "Hira Gharti", "Heera Gharti Roka"),
               variant_forenames=("Heera",), variant_surnames=("Roka", "Gharti"),
               punctuation=("Hira Gharti-Roka", "Hira GhartiRoka")),
        Person("Mititaiagimene", "Talagi", title="Mr", group="club", role="Head Coach",
               email="coach.talagi@hebbleroyd-abc.co.uk", nickname="Miti"),
        Person("Pîsim", "Moosomin", title="Ms", group="foodbank", role="Food Bank Manager",
               email="pisim@hawksclough-foodbank.org.uk", female=True,
               translit=("Peesim Moosomin", "Pisim Musumin"),
               variant_forenames=("Peesim",), variant_surnames=("Musumin",)),
        Person("Ngoné", "Thiaw", title="Mrs", group="library", role="Library Supervisor",
               email=f"ngone.thiaw@{COUNCIL_DOMAIN}", female=True,
               translit=("Ngoné Tiaw", "Ngoné Thiao"), variant_surnames=("Tiaw", "Thiao")),
    ]


def _young() -> list[Person]:
    return [
        Person("Zahrina", "Daudsyah", group="young", female=True, given="Cut",
               translit=("Zahrina Daudsjah", "Zahrina Daud Syah"),
               variant_surnames=("Daudsjah", "Daud Syah")),
        Person("Migizi", "Kakegamic", group="young", nickname="Gizi",
               translit=("Migizi Kakekamick",), variant_surnames=("Kakekamick",)),
        Person("Tenriajeng", "Mappasessu", group="young", female=True, given="Andi",
               nickname="Ajeng",
               translit=("Tenri Ajeng Mappasessu", "Tenriajeng Mapasessu"),
               variant_forenames=("Tenri Ajeng",), variant_surnames=("Mapasessu",)),
        Person("Jomar", "Agbayani", group="young", middle="Ramos", nickname="Jom"),
        Person("Tiegan", "Broadbelt", group="young", female=True, middle="Kerys",
               nickname="Tig"),
        Person("Shija", "Maduhu", group="young", nickname="Shi",
               translit=("Shija Madhuhu",), variant_surnames=("Madhuhu",)),
        Person("Yeabu", "Kalokoh", group="young", female=True,
               translit=("Yeabu Kaloko", "Yeaboo Kalokoh"),
               variant_forenames=("Yeaboo",), variant_surnames=("Kaloko",)),
        Person("Yanelis", "Epiayú", group="young", female=True, nickname="Yane",
               translit=("Yanelys Epiayú", "Yanelis Epieyú"),
               variant_forenames=("Yanelys",), variant_surnames=("Epieyú",)),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Sukman", "Sunuwar", title="Mr", group="suspect", alias="Sunny Sunuwar",
               translit=("Sukmaan Sunuwar", "Sukman Sunwar"),
               variant_forenames=("Sukmaan",), variant_surnames=("Sunwar",)),
        Person("Calogero", "Scozzari", title="Mr", group="suspect", nickname="Lillo",
               translit=("Calogero Scozzary", "Calò Scozzari"),
               variant_forenames=("Calò",), variant_surnames=("Scozzary",)),
        Person("Syafrizal", "Caniago", title="Mr", group="suspect", alias="Rico Chandra",
               translit=("Safrizal Caniago", "Sjafrizal Tjaniago", "Syafrizal Chaniago"),
               variant_forenames=("Safrizal", "Sjafrizal"),
               variant_surnames=("Tjaniago", "Chaniago")),
        Person("Morris", "Fahnbulleh", title="Mr", group="suspect", nickname="Mo",
               translit=("Morris Fahnbullay", "Morris Fanbulleh"),
               variant_surnames=("Fahnbullay", "Fanbulleh")),
        Person("Asiku", "Ondoga", title="Mr", group="suspect", alias="Ozzie Ondoga",
               translit=("Asiku Ondogah",), variant_surnames=("Ondogah",)),
        Person("Xıdır", "Zerkane", title="Mr", group="suspect",
               translit=("Hıdır Zerkane", "Khidir Zerkane", "Hidir Zerkaneh"),
               variant_forenames=("Hıdır", "Khidir", "Hidir"), variant_surnames=("Zerkaneh",)),
        Person("Kallum", "Ormeshaw", title="Mr", group="suspect", alias="Kallum Lyndon",
               middle="Lyle", nickname="Ormy"),
        Person("Kok Seng", "Heng", title="Mr", group="suspect", family_first=True,
               alias="Vincent Heng",
               translit=("Heng Kok Seng", "HENG Kok Seng", "Wang Guosheng"),
               variant_forenames=("Guosheng",), variant_surnames=("Wang",),
               punctuation=("Kok-Seng Heng", "Kokseng Heng")),
        Person("Rosmery", "Epiayú", title="Mrs", group="parent", female=True,
               translit=("Rosmeri Epiayú", "Rosmery Epieyú"),
               variant_forenames=("Rosmeri",), variant_surnames=("Epieyú",)),
        Person("Kulwa", "Maduhu", title="Mr", group="parent",
               translit=("Kulwa Madhuhu",), variant_surnames=("Madhuhu",)),
        Person("Shelby", "Broadbelt", title="Mrs", group="parent", female=True,
               nickname="Shel"),
    ]


def _decoys() -> list[Person]:
    """Different people one letter or one sound from a cast member, named in full."""
    return [
        Person("Kalum", "Ormeshaw", group="decoy", role="Window fitter",
               decoy_of="Kallum Ormeshaw"),
        Person("Syahrizal", "Caniago", group="decoy", role="Restaurant cook",
               decoy_of="Syafrizal Caniago"),
        Person("Norris", "Fahnbulleh", group="decoy", role="Security guard",
               decoy_of="Morris Fahnbulleh"),
        Person("Calogero", "Scozzaro", group="decoy", role="Ice cream van driver",
               decoy_of="Calogero Scozzari"),
        Person("Xıdır", "Zerkani", group="decoy", role="Kebab shop owner",
               decoy_of="Xıdır Zerkane"),
        Person("Asiku", "Ondonga", group="decoy", role="Bus driver",
               decoy_of="Asiku Ondoga"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation, in shapes the earlier sets did not use (a "YP#" number, a
# letter and a number joined by an underscore, a "Ju" number with a hyphen, a reference in
# angle brackets); two children have a code in each operation.
CODES = {
    OPERATIONS[0]: {"Tiegan Broadbelt": "YP#07", "Zahrina Daudsyah": "Ju-12",
                    "Shija Maduhu": "<C21>", "Yanelis Epiayú": "W_4"},
    OPERATIONS[1]: {"Tiegan Broadbelt": "Ju-31", "Migizi Kakegamic": "YP#19",
                    "Yeabu Kalokoh": "<C48>", "Tenriajeng Mappasessu": "Q_9",
                    "Jomar Agbayani": "YP#23", "Shija Maduhu": "Ju-40"},
}


# The ninth set's rules over this set's cast: who shares a surname and initial (or title), and
# which measured forms a person can be written in (decoys in full only; a form fitting a
# namesake is written as an ambiguous mention instead).
namesakes = bound(ninth.namesakes, CAST=CAST)
applicable_forms = bound(ninth.applicable_forms, namesakes=namesakes)
