"""The invented cast of the twenty-first names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
surname, street, building or firm with the first twenty sets (the self-check greps their folded
words). The naming traditions are ones none of those sets' READMEs or code name: Bhutia, Malayali
(a house name written first), Kru (a name used at work), Gola, Lepcha, Waray, Balochi, Hadiyya,
Purepecha (a first given name not used), Kisii (an English name used), Montserratian, Swazi (a
woman who marries part-way through and takes an English surname that is a common word), Makonde
(a social worker and a suspect share surname, initial and title), Bikol, Beja, Bermudian, Zande,
Idoma, Tobagonian (an Army Cadet Force rank), Caymanian, Maithili, Mordvin, Anguillan, Ivatan,
Sotho, Betawi, Akha (a hyphen in the forename), Kichwa, Gonja, Dominican (a father and son),
Senufo (a mother and her son), Chokwe, Zaghawa, Masalit, Teke, Ovimbundu (Portuguese
spellings), Himba, Embu; and English names with forenames and surnames that are common words (a
hyphenated surname among them). Six decoys are one letter or one sound from a cast member and
are different people.
"""

from __future__ import annotations

import datetime as dt

# The seventh set's person and the ninth set's folding and namesake rule fit this set as they are.
from bench.names_eval7.cast import Person
from bench.names_eval9 import cast as ninth
from bench.names_eval9.cast import ascii_fold, folded
from bench.names_eval10.reuse import bound

__all__ = ["applicable_forms", "ascii_fold", "folded", "namesakes"]

TOWN = "Marlcombe"
FORCE = "Oxenvale Police"
FORCE_SHORT = "OXV"
COUNCIL = "Marlcombe Borough Council"
COUNCIL_SHORT = "MBC"
POLICE_DOMAIN = "oxenvale.pnn.police.uk"
COUNCIL_DOMAIN = "marlcombe.gov.uk"
SCHOOL_DOMAIN = "whinmoor-academy.org.uk"
LAW_DOMAIN = "ogbeche-law.co.uk"
OPERATIONS = ("Operation Sloeberry", "Operation Coltsfoot")  # up to 2011, from 2012

# The sixteen forms of the fifth to twentieth sets.
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
        _police("Sonam", "Lhendup", "DCI", "Senior Investigating Officer", "sonam.lhendup",
                female=True, nickname="Sunny",
                translit=("Sonam Lhendhup", "Sonam Lendup", "Sonam Hlendup"),
                variant_surnames=("Lhendhup", "Lendup", "Hlendup")),
        _police("Alistair", "Cropthorne", "DCC", "Deputy Chief Constable", "dcc.cropthorne",
                given="Frederick", nickname="Ally"),
        _police("Varghese", "Kunnathuparambil", "DI", "Detective Inspector", "v.kunnathuparambil",
                middle="Mathai", family_first=True,
                translit=("Verghese Kunnathuparambil", "Varghese Kunnathparambil"),
                variant_forenames=("Verghese",), variant_surnames=("Kunnathparambil",)),
        _police("Jlateh", "Nimley", "DS", "Detective Sergeant", "ds4170",
                collar="4170", alias="Joseph Nimley",
                translit=("Jlatey Nimley", "Jlateh Nimely", "Jelateh Nimley"),
                variant_forenames=("Jlatey", "Jelateh"), variant_surnames=("Nimely",)),
        _police("Massa", "Kiazolu", "DC", "Detective Constable", "massa.kiazolu",
                collar="0583", female=True, nickname="Mass",
                translit=("Masa Kiazolu", "Massa Kiazulu"),
                variant_forenames=("Masa",), variant_surnames=("Kiazulu",)),
        _police("Ongmu", "Tamsang", "DC", "Detective Constable", "tamsang.o3318",
                collar="3318", female=True, nickname="Oms",
                translit=("Ongmoo Tamsang", "Ongmu Tamshang"),
                variant_forenames=("Ongmoo",), variant_surnames=("Tamshang",)),
        _police("Rosalie", "Abejuro", "PCSO", "Police Community Support Officer", "pcso60482",
                collar="60482", female=True, nickname="Rose", middle="Pacquiao",
                punctuation=("Rosalie Abe-Juro", "Rosalie Abe Juro")),
        _police("Dadshah", "Bugti", "PS", "Custody Sergeant", "custody.bugti",
                collar="47", nickname="Dadu",
                punctuation=("Dad-Shah Bugti", "Dad Shah Bugti"),
                translit=("Dadshah Bughti", "Daadshah Bugti", "Dadsha Bugtee"),
                variant_forenames=("Daadshah", "Dadsha"), variant_surnames=("Bughti", "Bugtee")),
        _police("Giles", "Thistlewood", "PC", "Constable", "pc822.thistlewood",
                collar="822", nickname="Gilly", middle="Norman"),
        _police("Desta", "Lambebo", "Insp", "Inspector, Response", "insp.lambebo",
                translit=("Desta Lanbebo", "Dessta Lambebo", "Desta Lambeboo"),
                variant_forenames=("Dessta",), variant_surnames=("Lanbebo", "Lambeboo")),
        Person("Eréndira", "Cutzi", title="Miss", group="police", role="Intelligence Analyst",
               email=f"e.cutzi@intel.{POLICE_DOMAIN}", female=True, given="Ana",
               translit=("Eréndira Cutsi", "Erendhira Cutzi"),
               variant_forenames=("Erendhira",), variant_surnames=("Cutsi",)),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Nyaboke", "Onsongo", "Cllr", "Leader of the Council", "leader.onsongo",
                 female=True, alias="Grace Onsongo",
                 translit=("Nyabòke Onsongo", "Nyaboke Onsong'o"),
                 variant_surnames=("Onsong'o",)),
        _council("Percival", "Wickstead-Rowe", "Cllr", "Cabinet Member, Children's Services",
                 "cllr.wickstead-rowe", middle="Lionel", nickname="Percy",
                 punctuation=("Percival Wickstead Rowe", "Percival WicksteadRowe",
                              "Percival Wickstead–Rowe")),
        _council("Loretta", "Tuitt", "Cllr", "Chair, Children's Scrutiny", "l.tuitt",
                 female=True, nickname="Retta", middle="Patrice"),
        _council("Nomvula", "Mavimbela", "Ms", "Social Worker", "nomvula.mavimbela",
                 female=True, married="Thimble", married_on=dt.date(2004, 9, 18),
                 translit=("Nomvula Mavimbhela", "Nomvulah Mavimbela"),
                 variant_forenames=("Nomvulah",), variant_surnames=("Mavimbhela",)),
        _council("Shaibu", "Nangomba", "Mr", "Social Worker", "shaibu.nangomba",
                 translit=("Shaabu Nangomba", "Shaibu Nang'omba"),
                 variant_forenames=("Shaabu",), variant_surnames=("Nang'omba",)),
        _council("Marites", "Obial", "Ms", "Missing Persons Coordinator", "missing.obial",
                 female=True, given="Maria", nickname="Tess"),
        _council("Hamadai", "Adarob", "Mr", "Service Manager, Exploitation", "hamadai.adarob",
                 middle="Osman",
                 translit=("Hamadey Adarob", "Hamadai Adaroob", "Hamaday Adarob"),
                 variant_forenames=("Hamadey", "Hamaday"), variant_surnames=("Adaroob",)),
        _council("Shondell", "Wadson", "Ms", "Youth Offending Officer", "yot.wadson",
                 female=True, nickname="Shon", middle="Renée"),
        Person("Bazia", "Ngbapai", title="Mr", group="school", role="Principal",
               email=f"principal@{SCHOOL_DOMAIN}",
               translit=("Basia Ngbapai", "Bazia Gbapai", "Bazia Mbapai"),
               variant_forenames=("Basia",), variant_surnames=("Gbapai", "Mbapai")),
        Person("Ochanya", "Ogbeche", title="Ms", group="solicitor", role="Solicitor",
               email=f"o.ogbeche@{LAW_DOMAIN}", female=True, nickname="Chanya", middle="Ene"),
        Person("Winston", "Dumas", title="SMI", group="cadets",
               role="Detachment Commander, Army Cadet Force",
               email="det.commander@acf-whinmoor.org.uk", middle="Kelvin"),
        Person("Kendrick", "Bodden", title="Mr", group="trampoline", role="Park Manager",
               email="kendrick@jumpzone-parks.co.uk", nickname="Kenny", middle="Oswald"),
        Person("Rupesh", "Karn", title="Mr", group="forecourt", role="Forecourt Manager",
               email="manager@fuelwise-marlcombe.co.uk", alias="Ricky Karn",
               translit=("Roopesh Karn", "Rupesh Karna", "Rupes Karn"),
               variant_forenames=("Roopesh", "Rupes"), variant_surnames=("Karna",)),
        Person("Raisa", "Kechaykina", title="Mrs", group="hall", role="Bookings Secretary",
               email="bookings@cressbrook-hall.org.uk", female=True, nickname="Raya",
               translit=("Raisa Kechaikina", "Raissa Ketchaykina", "Raïsa Kechaykina"),
               variant_forenames=("Raissa",), variant_surnames=("Kechaikina", "Ketchaykina")),
        Person("Elroy", "Gumbs", title="Mr", group="football", role="Club Secretary",
               email="secretary@ryelands-rovers.org.uk", nickname="Roy"),
        Person("Perla", "Cabugao", title="Ms", group="cinema", role="Cinema Duty Manager",
               email="duty.manager@reelhouse-cinemas.co.uk", female=True, nickname="Pearl",
               middle="Luz"),
        Person("Thabang", "Letsoela", title="Mr", group="bus", role="Depot Controller",
               email="controller@coachlink-marlcombe.co.uk",
               translit=("Thabang Letsuela", "Tabang Letsoela", "Thabang Letswela"),
               variant_forenames=("Tabang",), variant_surnames=("Letsuela", "Letswela")),
    ]


def _young() -> list[Person]:
    return [
        Person("Tilly", "Ashburn", group="young", female=True, middle="Rose", nickname="Tils"),
        Person("Mi-Ju", "Jupoh", group="young", female=True,
               punctuation=("MiJu Jupoh", "Mi Ju Jupoh", "Mi–Ju Jupoh")),
        Person("Ikhsan", "Marzuki", group="young", nickname="Ikki",
               translit=("Iksan Marzuki", "Ikhsan Marzuqi"),
               variant_forenames=("Iksan",), variant_surnames=("Marzuqi",)),
        Person("Inti", "Tituaña", group="young", nickname="Intiyo",
               translit=("Indi Tituaña", "Inti Tituanya"),
               variant_forenames=("Indi",), variant_surnames=("Tituanya",)),
        Person("Safura", "Jinapor", group="young", female=True, given="Amina",
               translit=("Safoura Jinapor", "Safura Jinappor"),
               variant_forenames=("Safoura",), variant_surnames=("Jinappor",)),
        Person("Kervin", "Laudat", group="young", nickname="Kerv", middle="Junior"),
        Person("Willow", "Brackenridge", group="young", female=True, nickname="Wills",
               middle="Jade"),
        Person("Mwaneso", "Kapenda", group="young", female=True,
               translit=("Mwaneso Capenda", "Mwanesu Kapenda"),
               variant_forenames=("Mwanesu",), variant_surnames=("Capenda",)),
        Person("Navigué", "Silué", title="Master", group="young",
               translit=("Navigué Siloué", "Navighé Silué"),
               variant_forenames=("Navighé",), variant_surnames=("Siloué",)),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Salum", "Nangomba", title="Mr", group="suspect", alias="Sam Nango",
               translit=("Salumu Nangomba",), variant_forenames=("Salumu",)),
        Person("Abdelkerim", "Itno", title="Mr", group="suspect", nickname="Kerim",
               translit=("Abdelkerim Itnou", "Abdoulkerim Itno"),
               variant_forenames=("Abdoulkerim",), variant_surnames=("Itnou",)),
        Person("Yahya", "Hasabo", title="Mr", group="suspect", nickname="Yaya",
               middle="Haroun"),
        Person("Ngampio", "Ibara", title="Mr", group="suspect",
               translit=("Ngampyo Ibara", "Ngampio Ibarra"),
               variant_forenames=("Ngampyo",), variant_surnames=("Ibarra",)),
        Person("Chissola", "Kapingala", title="Mr", group="suspect", nickname="Chiss",
               translit=("Tchissola Kapingala", "Chissola Capingala"),
               variant_forenames=("Tchissola",), variant_surnames=("Capingala",)),
        Person("Kaveza", "Tjiposa", title="Ms", group="suspect", female=True,
               given="Uerikua", nickname="Kavi"),
        Person("Craig", "Goldspink", title="Mr", group="suspect", alias="Craig Spinks",
               nickname="Goldie"),
        Person("Munyi", "Ireri", title="Mr", group="suspect", alias="Moses Njeru",
               translit=("Munyi Irerri", "Munyii Ireri"),
               variant_forenames=("Munyii",), variant_surnames=("Irerri",)),
        Person("Gaynor", "Brackenridge", title="Mrs", group="parent", female=True,
               nickname="Gay"),
        Person("Anselm", "Laudat", title="Mr", group="parent"),
        Person("Fatoumata", "Silué", title="Mrs", group="parent", female=True,
               translit=("Fatumata Silué",), variant_forenames=("Fatumata",)),
    ]


def _decoys() -> list[Person]:
    """Different people one letter or one sound from a cast member, named in full."""
    return [
        Person("Salim", "Nangomba", group="decoy", role="Welder", decoy_of="Salum Nangomba"),
        Person("Abdelkarim", "Itno", group="decoy", role="Baker", decoy_of="Abdelkerim Itno"),
        Person("Chissolo", "Kapingala", group="decoy", role="Taxi driver",
               decoy_of="Chissola Kapingala"),
        Person("Yahya", "Hasaba", group="decoy", role="Cleaner", decoy_of="Yahya Hasabo"),
        Person("Munyi", "Irere", group="decoy", role="Plumber", decoy_of="Munyi Ireri"),
        Person("Ngampio", "Ibala", group="decoy", role="Electrician", decoy_of="Ngampio Ibara"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation, in shapes the earlier sets did not use (a "Child" letter and
# number with a slash, a "Nominal" with a bird's name in single quotes, a "YP" number after a
# hash, a "Person" letter and digit); two children have a code in each operation.
CODES = {
    OPERATIONS[0]: {"Tilly Ashburn": "Child M/3", "Mi-Ju Jupoh": "Nominal 'Heron'",
                    "Safura Jinapor": "YP#0416", "Ikhsan Marzuki": "Person Q7"},
    OPERATIONS[1]: {"Tilly Ashburn": "Nominal 'Curlew'", "Inti Tituaña": "Child K/8",
                    "Kervin Laudat": "YP#1102", "Willow Brackenridge": "Person R2",
                    "Mwaneso Kapenda": "Child T/5", "Safura Jinapor": "Nominal 'Wigeon'"},
}


# The ninth set's rules over this set's cast: who shares a surname and initial (or title), and
# which measured forms a person can be written in (decoys in full only; a form fitting a
# namesake is written as an ambiguous mention instead).
namesakes = bound(ninth.namesakes, CAST=CAST)
applicable_forms = bound(ninth.applicable_forms, namesakes=namesakes)
