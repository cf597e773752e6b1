"""The invented cast of the eighteenth names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
surname, street, building or firm with the first seventeen sets. The naming traditions are ones
none of those sets' READMEs name: Pashto (a tribal "-zai" surname spelt three ways; a surname of
two words whose first part is also used alone), Livonian (letters with a dot above and a tilde,
a forename beside its Latvian and Estonian forms), Chukchi (a Russian forename with a Chukchi
surname, three romanisations), Mingrelian, Svan (a social worker and a suspect share surname,
initial and title), Choctaw (a surname whose parts are also written apart), Dargin (a hyphenated
compound forename; a name used at work), Iu Mien (a "Sae" clan prefix glued, spaced or
hyphenated), Blackfoot (a surname of two English words), Karakalpak (its own Latin letters
beside the Russian spelling), Rotuman (a first given name not used; an English form), Seychellois
Creole (a Creole forename beside its French form), Tamazight, Shilluk (a woman who marries
part-way through), Dagbani (a first given name not used), Balkar (a patronymic middle name),
Michif (a French forename beside its Michif spelling), Tok Pisin, Zhuang (a Zhuang spelling of a
Chinese surname, family name first at home), Zarma, Aleut (Russian-origin surnames in "-off"),
Chaga, Tuamotuan, Innu, Shughni (a father and son), Pitjantjatjara, Tiwi, Munda (a mother and
her daughter), Hutsul, Kumyk, Inupiaq, Seminole, Pomak, Gullah, and British English (hyphenated
surnames, a woman known by her second given name). Six decoys are one letter or one sound away
from a cast member and are different people.
"""

from __future__ import annotations

import datetime as dt

# The seventh set's person and the ninth set's folding and namesake rule fit this set as they are.
from bench.names_eval7.cast import Person
from bench.names_eval9 import cast as ninth
from bench.names_eval9.cast import ascii_fold, folded
from bench.names_eval10.reuse import bound

__all__ = ["applicable_forms", "ascii_fold", "folded", "namesakes"]

TOWN = "Thornsgarth"
FORCE = "Cotterdale and Swaleside Police"
FORCE_SHORT = "CSP"
COUNCIL = "Thornsgarth City Council"
COUNCIL_SHORT = "TCC"
POLICE_DOMAIN = "cotterdale-swaleside.pnn.police.uk"
COUNCIL_DOMAIN = "thornsgarth.gov.uk"
SCHOOL_DOMAIN = "ravenseat-high.sch.uk"
LAW_DOMAIN = "threlkeld-oughtred.co.uk"
HOSPITAL_DOMAIN = "thornsgarth-general.nhs.uk"
OPERATIONS = ("Operation Greenshank", "Operation Harebell")  # up to 2009, from 2010

# The sixteen forms of the fifth to seventeenth sets.
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
        _police("Zarghuna", "Mohmandzai", "DCI", "Senior Investigating Officer",
                "mohmandzai.zarghuna", female=True, nickname="Zari",
                translit=("Zarghona Mohmandzai", "Zarghuna Momandzai", "Zarghuna Mohmandzay"),
                variant_forenames=("Zarghona",), variant_surnames=("Momandzai", "Mohmandzay")),
        _police("Pētõr", "Vīļkȯnd", "Supt", "Head of Public Protection", "supt_vilkond",
                translit=("Pēteris Vīļkȯnd", "Peeter Vīļkȯnd", "Pētõr Viljkond"),
                variant_forenames=("Pēteris", "Peeter"), variant_surnames=("Viljkond",)),
        _police("Arkady", "Ettytegin", "DI", "Detective Inspector", "a.r.ettytegin",
                middle="Rinto",
                translit=("Arkadii Ettytegin", "Arkady Ettytegyn", "Arkadij Ettyteghin"),
                variant_forenames=("Arkadii", "Arkadij"),
                variant_surnames=("Ettytegyn", "Ettyteghin")),
        _police("Nanuli", "Tsotsoria", "DS", "Detective Sergeant", "ds318",
                collar="318", female=True, nickname="Nunu",
                translit=("Nanuli Cocoria", "Nanuli Tsotsoriya", "Nanuli Zozoria"),
                variant_surnames=("Cocoria", "Tsotsoriya", "Zozoria")),
        _police("Imala", "Noatubby", "DC", "Detective Constable", "imala_noatubby",
                collar="7042", female=True, nickname="Mala",
                punctuation=("Imala Noa-Tubby", "Imala Noa Tubby", "Imala NoaTubby")),
        _police("Gadzhi-Murad", "Ubaidatov", "DC", "Detective Constable", "g-m.ubaidatov",
                collar="2915", alias="Ross Ubaid",
                punctuation=("Gadzhimurad Ubaidatov", "Gadzhi Murad Ubaidatov",
                             "Gadzhi–Murad Ubaidatov")),
        _police("Meuy", "Saelio", "PCSO", "Police Community Support Officer",
                "pcso.40417", collar="40417", female=True,
                punctuation=("Meuy Sae-Lio", "Meuy Sae Lio", "Meuy SaeLio")),
        _police("Curtis", "Lone Otter", "PS", "Custody Sergeant", "custody-suite.loneotter",
                collar="63", middle="Wade",
                punctuation=("Curtis Lone-Otter", "Curtis Loneotter")),
        _police("Henrietta", "Pybus-Crosthwaite", "PC", "Constable", "hjm115803",
                collar="115803", female=True, nickname="Hettie",
                punctuation=("Henrietta Pybus Crosthwaite", "Henrietta PybusCrosthwaite",
                             "Henrietta Pybus–Crosthwaite")),
        _police("Ǵayrat", "Qalmuratov", "Insp", "Inspector, Neighbourhoods", "insp.qalmuratov",
                translit=("Gairat Kalmuratov", "Ghayrat Kalmuratow", "Gairat Qalmuratov"),
                variant_forenames=("Gairat", "Ghayrat"),
                variant_surnames=("Kalmuratov", "Kalmuratow")),
        Person("Akanisi", "Fonmanu", title="Ms", group="police", role="Intelligence Analyst",
               email=f"fonmanu.a@intel.{POLICE_DOMAIN}", female=True, given="Mereoni",
               translit=("Agnes Fonmanu", "Akanisi Fonmano"),
               variant_forenames=("Agnes",), variant_surnames=("Fonmano",)),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Zanet", "Larosyer", "Cllr", "Leader of the Council", "leader.larosyer",
                 female=True,
                 translit=("Jeannette Larosière", "Jeannette Larosyer", "Zanet Larosière"),
                 variant_forenames=("Jeannette",), variant_surnames=("Larosière",)),
        _council("Amastan", "Oufella", "Cllr", "Cabinet Member for Children", "cllr-oufella",
                 nickname="Stan", translit=("Amastan Ufella", "Amastane Oufella"),
                 variant_forenames=("Amastane",), variant_surnames=("Ufella",)),
        _council("Ambrose", "Fazakerley", "Cllr", "Chair, Children's Scrutiny", "FAZAKERLEY.A",
                 middle="Sumpter", nickname="Bram"),
        _council("Nyachol", "Okwach", "Ms", "Social Worker", "nyachol.okwach.csc",
                 female=True, married="Pemberthy", married_on=dt.date(2006, 3, 11),
                 translit=("Nyajol Okwach", "Nyachol Okwatch"),
                 variant_forenames=("Nyajol",), variant_surnames=("Okwatch",)),
        _council("Goderdzi", "Nakhkiani", "Mr", "Social Worker", "g_nakhkiani",
                 translit=("Goderdzy Nakhkiani", "Goderdzi Nakhqiani"),
                 variant_forenames=("Goderdzy",), variant_surnames=("Nakhqiani",)),
        _council("Sanatu", "Dokurugu", "Ms", "Missing from Home Coordinator", "mfh.dokurugu",
                 female=True, given="Azara",
                 translit=("Sanatu Dokorugu", "Sanatu Dukurugu"),
                 variant_surnames=("Dokorugu", "Dukurugu")),
        _council("Kazim", "Ulbashev", "Mr", "Team Manager, Exploitation", "kazim.m.ulbashev",
                 middle="Muratovich",
                 translit=("Qazim Ulbashev", "Kazim Ulbaschew"),
                 variant_forenames=("Qazim",), variant_surnames=("Ulbaschew",)),
        _council("Rosalind", "Hepplestone-Burke", "Mx", "Youth Justice Officer", "yjs.rhb",
                 nickname="Roz",
                 punctuation=("Rosalind Hepplestone Burke", "Rosalind HepplestoneBurke")),
        Person("Baptiste", "Laframboise", title="Mr", group="school", role="Head Teacher",
               email=f"headteacher@{SCHOOL_DOMAIN}",
               translit=("Jean-Baptiste Laframboise", "Batiss Laframboise"),
               variant_forenames=("Jean-Baptiste", "Batiss")),
        Person("Arabella", "Threlkeld", title="Ms", group="solicitor", role="Solicitor",
               email=f"arabella@threlkeld.{LAW_DOMAIN}", female=True, nickname="Bella",
               middle="Mary"),
        Person("Wapi", "Kondiak", title="Captain", group="church",
               role="Salvation Army Corps Officer", email="wapi.kondiak@salvationarmy.org.uk",
               translit=("Wapi Kondiyak", "Wappi Kondiak"),
               variant_forenames=("Wappi",), variant_surnames=("Kondiyak",)),
        Person("Meixiang", "Nong", title="Matron", group="hospital",
               role="Matron, Children's Emergency", email=f"nongm@{HOSPITAL_DOMAIN}",
               female=True, family_first=True,
               translit=("Meixiang Nungz", "Mei-Xiang Nong", "Meixiang Noong"),
               variant_forenames=("Mei-Xiang",), variant_surnames=("Nungz", "Noong")),
        Person("Issaka", "Korombé", title="Mr", group="barber", role="Barber",
               email="bookings@fadez-thornsgarth.co.uk", alias="Zak Corrie",
               translit=("Isaka Korombé", "Issaka Kourombé"),
               variant_forenames=("Isaka",), variant_surnames=("Kourombé",)),
        Person("Innokenty", "Shaishnikoff", title="Mr", group="cycles", role="Cycle Shop Owner",
               email="kenny@spokesmiths-cycles.co.uk", alias="Kenny Shay",
               translit=("Innokentii Shaishnikov", "Inokenty Shaishnikoff",
                         "Innokenti Shayshnikov"),
               variant_forenames=("Innokentii", "Inokenty", "Innokenti"),
               variant_surnames=("Shaishnikov", "Shayshnikov")),
        Person("Ndeonasia", "Kimaro", title="Mrs", group="leisure",
               role="Leisure Centre Receptionist", email="reception@thornsgarth-leisure.org.uk",
               female=True, nickname="Ndeo",
               translit=("Ndeonasia Kimarro", "Ndeonasiya Kimaro"),
               variant_forenames=("Ndeonasiya",), variant_surnames=("Kimarro",)),
        Person("Tehani", "Temaiana", title="Ms", group="locksmith", role="Locksmith",
               email="tehani@keyhaven-locks.co.uk", female=True, middle="Puaiti"),
    ]


def _young() -> list[Person]:
    return [
        Person("Nipi", "Mestanapeu", group="young", female=True, nickname="Nips",
               translit=("Nipi Mestenapeo", "Nipi Mestanapeo"),
               variant_surnames=("Mestenapeo", "Mestanapeo")),
        Person("Mirzosho", "Mamadnazarbekov", group="young",
               translit=("Mirzosho Mamadnazarbekzoda", "Mirzoshoh Mamadnazarbekov"),
               variant_forenames=("Mirzoshoh",), variant_surnames=("Mamadnazarbekzoda",)),
        Person("Nyurpaya", "Kantawarra", group="young", female=True, nickname="Nurps",
               translit=("Nyurpaya Kantawara",), variant_surnames=("Kantawara",)),
        Person("Dion", "Pilakui", group="young", middle="Jacky", nickname="Dee"),
        Person("Anima", "Kandulna", group="young", female=True, middle="Sanjhi",
               translit=("Anima Kandulana",), variant_surnames=("Kandulana",)),
        Person("Yurko", "Palijchuk", group="young", nickname="Yurchyk", given="Vasyl",
               translit=("Iurko Paliichuk", "Jurko Palijczuk"),
               variant_forenames=("Iurko", "Jurko"), variant_surnames=("Paliichuk", "Palijczuk")),
        Person("Peyton", "Greathead", group="young", female=True, middle="Rae",
               nickname="Pey"),
        Person("Malalai", "Wazir Khel", group="young", female=True,
               translit=("Malalai Wazir", "Malalai Vazir Khel"),
               variant_surnames=("Wazir", "Vazir Khel"),
               punctuation=("Malalai Wazir-Khel", "Malalai WazirKhel", "Malalai Wazirkhel")),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Gela", "Nakhkiani", title="Mr", group="suspect", alias="Larry Nacey",
               translit=("Gela Nakhqiani",), variant_surnames=("Nakhqiani",)),
        Person("Eldar", "Bammatgereev", title="Mr", group="suspect",
               translit=("Eldar Bammatgireev", "Eldar Bammatgerejew"),
               variant_surnames=("Bammatgireev", "Bammatgerejew")),
        Person("Corey", "Tigertail", title="Mr", group="suspect", nickname="Tigs"),
        Person("Qaiyaan", "Ahkivgak", title="Mr", group="suspect", nickname="Kai",
               translit=("Qayaan Ahkivgak", "Qaiyaan Akivgak"),
               variant_forenames=("Qayaan",), variant_surnames=("Akivgak",)),
        Person("Zviad", "Tsurtsumia", title="Mr", group="suspect", middle="Merabi",
               translit=("Zviad Curcumia", "Zviad Zurzumia"),
               variant_surnames=("Curcumia", "Zurzumia")),
        Person("Kaden", "Blenkinsopp", title="Mr", group="suspect", alias="Kaden Holden",
               middle="Dean", nickname="Thorny"),
        Person("Sebaidin", "Karaahmedov", title="Mr", group="suspect", alias="Seb Karov",
               translit=("Sebajdin Karaahmedov", "Sebaidin Karaakhmedov"),
               variant_forenames=("Sebajdin",), variant_surnames=("Karaakhmedov",)),
        Person("Shaquana", "Grovner", title="Ms", group="suspect", female=True, nickname="Kwana",
               given="Latisha"),
        Person("Basanti", "Kandulna", title="Mrs", group="parent", female=True,
               translit=("Basanti Kandulana",), variant_surnames=("Kandulana",)),
        Person("Davlatbek", "Mamadnazarbekov", title="Mr", group="parent",
               translit=("Davlatbek Mamadnazarbekzoda", "Dawlatbek Mamadnazarbekov"),
               variant_forenames=("Dawlatbek",), variant_surnames=("Mamadnazarbekzoda",)),
        Person("Lorraine", "Greathead", title="Mrs", group="parent", female=True,
               nickname="Rainy"),
    ]


def _decoys() -> list[Person]:
    """Different people one letter or one sound from a cast member, named in full."""
    return [
        Person("Eldor", "Bammatgereev", group="decoy", role="Taxi driver",
               decoy_of="Eldar Bammatgereev"),
        Person("Caden", "Blenkinsopp", group="decoy", role="Roofer",
               decoy_of="Kaden Blenkinsopp"),
        Person("Bela", "Nakhkiani", group="decoy", role="Fishmonger",
               decoy_of="Gela Nakhkiani"),
        Person("Corey", "Tygertail", group="decoy", role="Hospital porter",
               decoy_of="Corey Tigertail"),
        Person("Qaiyaan", "Ahkivgek", group="decoy", role="Plumber",
               decoy_of="Qaiyaan Ahkivgak"),
        Person("Zviad", "Tsurtsulia", group="decoy", role="Night watchman",
               decoy_of="Zviad Tsurtsumia"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation, in shapes the earlier sets did not use (a "YP#" number, a
# "Minor-" letter, a bracketed year and letter, an "SCH" number with a colon); two children have
# a code in each operation.
CODES = {
    OPERATIONS[0]: {"Anima Kandulna": "YP#12", "Mirzosho Mamadnazarbekov": "Minor-F",
                    "Nipi Mestanapeu": "[08/B]", "Peyton Greathead": "SCH:331"},
    OPERATIONS[1]: {"Anima Kandulna": "Minor-Q", "Dion Pilakui": "YP#47",
                    "Nyurpaya Kantawarra": "[11/D]", "Yurko Palijchuk": "SCH:509",
                    "Malalai Wazir Khel": "YP#63", "Nipi Mestanapeu": "Minor-W"},
}


# The ninth set's rules over this set's cast: who shares a surname and initial (or title), and
# which measured forms a person can be written in (decoys in full only; a form fitting a
# namesake is written as an ambiguous mention instead).
namesakes = bound(ninth.namesakes, CAST=CAST)
applicable_forms = bound(ninth.applicable_forms, namesakes=namesakes)
