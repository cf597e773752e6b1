"""The invented cast of the seventeenth names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
surname, street or firm with the first sixteen sets. The naming traditions are ones none of
those sets' READMEs name: Tharu, Ladin (a forename beside its German and Italian forms), Gondi,
Nahuatl, Cherokee, Yup'ik (an apostrophe inside the forename; an English name used at work),
Tlingit (a modifier-letter apostrophe), Hopi, Evenki, Marshallese (a macron), Palauan, Kanak,
Nenets (a clan surname borne by unrelated people), Maranao (a title-like first given name not
used), Lezgin, Aragonese (an Aragonese forename beside its Spanish form), Tokelauan, Altai, Komi
(a name used at work), Udmurt, Marquesan, Tuvaluan, Nauruan, Noongar, Torres Strait Islander,
Khakas, Bajau, Erzya, Warlpiri (a skin name as surname), Toraja, Dayak, and British English.
Six decoys are one letter or one sound away from a cast member and are different people.
"""

from __future__ import annotations

import datetime as dt

# The seventh set's person and the ninth set's folding and namesake rule fit this set as they are.
from bench.names_eval7.cast import Person
from bench.names_eval9 import cast as ninth
from bench.names_eval9.cast import ascii_fold, folded
from bench.names_eval10.reuse import bound

__all__ = ["applicable_forms", "ascii_fold", "folded", "namesakes"]

TOWN = "Cragsby"
FORCE = "Bransdale and Lastingham Police"
FORCE_SHORT = "BLP"
COUNCIL = "Cragsby Metropolitan Borough Council"
COUNCIL_SHORT = "SMBC"
POLICE_DOMAIN = "bransdale-lastingham.police.uk"
COUNCIL_DOMAIN = "cragsby.gov.uk"
SCHOOL_DOMAIN = "pikestone-academy.org.uk"
LAW_DOMAIN = "marrick-drabble.law"
HOSPITAL_DOMAIN = "cragsby-infirmary.nhs.uk"
OPERATIONS = ("Operation Moonwort", "Operation Fennelmoor")  # up to 2008, from 2009

# The sixteen forms of the fifth to sixteenth sets.
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
        _police("Kusum", "Dangaura", "DCI", "Senior Investigating Officer",
                "k.dangaura+sio", female=True, nickname="Kusu",
                translit=("Kusum Dagaura", "Kusum Dangoura", "Kusum Dangaura Tharu"),
                variant_surnames=("Dagaura", "Dangoura", "Dangaura Tharu")),
        _police("Ujëp", "Costamoling", "Supt", "Head of Public Protection", "supt.costamoling",
                translit=("Josef Costamoling", "Giuseppe Costamoling", "Ujep Costamolin"),
                variant_forenames=("Josef", "Giuseppe"), variant_surnames=("Costamolin",)),
        _police("Jagat", "Uikey", "DI", "Detective Inspector", "jagat.uikey.cid",
                middle="Singh",
                translit=("Jagat Uike", "Jagat Uyikey", "Jagath Uikey"),
                variant_forenames=("Jagath",), variant_surnames=("Uike", "Uyikey")),
        _police("Citlali", "Ixtlapale", "DS", "Detective Sergeant", "CIXTLAPALE",
                collar="407", female=True, nickname="Lali",
                translit=("Citlalli Ixtlapale", "Citlali Ixtlapalli", "Citlali Iztlapale"),
                variant_forenames=("Citlalli",), variant_surnames=("Ixtlapalli", "Iztlapale")),
        _police("Ahyoka", "Chuculate", "DC", "Detective Constable", "ahyoka-chuculate.6190",
                collar="6190", female=True, nickname="Yoka",
                punctuation=("Ahyoka Chu-culate", "A-hyoka Chuculate")),
        _police("Ap'alluk", "Kasayulie", "DC", "Detective Constable", "2231kasayulie",
                collar="2231", alias="Paul Kasayulie",
                punctuation=("Apalluk Kasayulie", "Ap’alluk Kasayulie", "Ap-alluk Kasayulie")),
        _police("Shaaxʼsaani", "Kadashan", "PCSO", "Police Community Support Officer",
                "pcso11873", collar="11873", female=True,
                punctuation=("Shaax'saani Kadashan", "Shaaxsaani Kadashan",
                             "Shaax’saani Kadashan")),
        _police("Dawa", "Lomahongva", "PS", "Custody Sergeant", "custody.lomahongva",
                collar="57", middle="Lee",
                translit=("Dawa Lomahongwa", "Dawa Lomahonva"),
                variant_surnames=("Lomahongwa", "Lomahonva")),
        _police("Ruthanne", "Quarles-Yewdall", "PC", "Constable", "ruthanne.qi", collar="102566",
                female=True, nickname="Ruthie",
                punctuation=("Ruthanne Quarles Yewdall", "Ruthanne QuarlesYewdall",
                             "Ruthanne Quarles–Yewdall")),
        _police("Gennady", "Khutokogir", "Insp", "Inspector, Neighbourhoods", "g_khutokogir01",
                translit=("Gennadii Khutokogir", "Gennadij Chutokogir", "Gennady Hutokogir"),
                variant_forenames=("Gennadii", "Gennadij"),
                variant_surnames=("Chutokogir", "Hutokogir")),
        Person("Ngirakebou", "Osarch", title="Ms", group="police", role="Intelligence Analyst",
               email=f"intel.osarch@{POLICE_DOMAIN}", female=True, given="Dilubech",
               translit=("Ngirakebou Osarech", "Ngiraquebou Osarch"),
               variant_forenames=("Ngiraquebou",), variant_surnames=("Osarech",)),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Alee", "Lōjkar", "Cllr", "Leader of the Council", "cllr.lojkar+leader",
                 female=True, translit=("Alee Lojkar", "Ale Lōjkar"),
                 variant_forenames=("Ale",)),
        _council("Tellames", "Rengiil", "Cllr", "Cabinet Member for Children", "t.rengiil.cllr",
                 nickname="Tell", translit=("Telames Rengiil", "Tellames Renguiil"),
                 variant_forenames=("Telames",), variant_surnames=("Renguiil",)),
        _council("Humphrey", "Wrigglesworth", "Cllr", "Chair, Children's Scrutiny", "WrigglesworthH",
                 middle="Lister", nickname="Humph"),
        _council("Léontine", "Wahoulo", "Ms", "Social Worker", "leontine.wahoulo",
                 female=True, married="Hebblewhite", married_on=dt.date(2006, 5, 20),
                 translit=("Leontine Wahoulou", "Léontine Wahulo"),
                 variant_surnames=("Wahoulou", "Wahulo")),
        _council("Nikolai", "Okotetto", "Mr", "Social Worker", "nikolai.okotetto.sw",
                 translit=("Nikolay Okotetto", "Nikolai Okotettho"),
                 variant_forenames=("Nikolay",), variant_surnames=("Okotettho",)),
        _council("Norhaya", "Macarambon", "Ms", "Missing from Home Coordinator", "n-macarambon",
                 female=True, given="Sittie",
                 translit=("Norhaya Makarambon", "Norhaia Macarambon"),
                 variant_forenames=("Norhaia",), variant_surnames=("Makarambon",)),
        _council("Mirzabeg", "Sheikhaliev", "Mr", "Team Manager, Exploitation",
                 "m.sheikhaliev.tm", middle="Alimovich",
                 translit=("Mirzabek Shikhaliev", "Mirzabeg Sheykhaliyev"),
                 variant_forenames=("Mirzabek",), variant_surnames=("Shikhaliev",
                                                                   "Sheykhaliyev")),
        _council("Ewenike", "Tarpey-Nall", "Ms", "Youth Justice Officer", "e.tarpeynall",
                 female=True, nickname="Wenny",
                 punctuation=("Ewenike Tarpey Nall", "Ewenike TarpeyNall")),
        Person("Chusé", "Lanuza", title="Mr", group="school", role="Head Teacher",
               email=f"head.teacher+lanuza@{SCHOOL_DOMAIN}",
               translit=("José Lanuza", "Chusé Lanuça"),
               variant_forenames=("José",), variant_surnames=("Lanuça",)),
        Person("Philippa", "Marrick", title="Ms", group="solicitor", role="Solicitor",
               email=f"pmarrick@{LAW_DOMAIN}", female=True, nickname="Pippa", middle="Joan"),
        Person("Iosefa", "Kalolo", title="Chaplain", group="church", role="Bus Station Chaplain",
               email="chaplain.kalolo@cragsby-interchange.org.uk",
               translit=("Iosefo Kalolo", "Josefa Kalolo"),
               variant_forenames=("Iosefo", "Josefa")),
        Person("Chechek", "Tadysheva", title="Miss", group="hospital",
               role="Consultant Surgeon", email=f"ctadysheva@{HOSPITAL_DOMAIN}", female=True,
               translit=("Chechek Tadyševa", "Tschetschek Tadyschewa", "Cheček Tadysheva"),
               variant_forenames=("Tschetschek", "Cheček"),
               variant_surnames=("Tadyševa", "Tadyschewa")),
        Person("Teiki", "Kohumoetini", title="Mr", group="studio", role="Tattoo Artist",
               email="teiki@inkwell-cragsby.co.uk", alias="Tiki Kohu",
               translit=("Teiki Kohumoetiní",), variant_surnames=("Kohumoetiní",)),
        Person("Vitaly", "Kanev", title="Mr", group="storage", role="Storage Site Manager",
               email="site.cragsby@keepwell-storage.co.uk", alias="Victor Kane",
               translit=("Vitalii Kanev", "Witalij Kanew", "Vitaliy Kanyov"),
               variant_forenames=("Vitalii", "Witalij", "Vitaliy"),
               variant_surnames=("Kanew", "Kanyov")),
        Person("Nadezhda", "Korepanova", title="Mrs", group="transport",
               role="Lost Property Officer", email=f"lostproperty@{COUNCIL_DOMAIN}",
               female=True, nickname="Nadia",
               translit=("Nadežda Korepanova", "Nadeschda Korepanowa"),
               variant_forenames=("Nadežda", "Nadeschda"), variant_surnames=("Korepanowa",)),
        Person("Lagi", "Seluka", title="Ms", group="vet", role="Veterinary Surgeon",
               email="lagi.s@wharram-vets.co.uk", female=True, middle="Fakaofo"),
    ]


def _young() -> list[Person]:
    return [
        Person("Aylana", "Kyzlasova", group="young", female=True, nickname="Aya",
               translit=("Ajlana Kyzlasova", "Aylana Kyslassowa"),
               variant_forenames=("Ajlana",), variant_surnames=("Kyslassowa",)),
        Person("Emin", "Kurbanaliev", group="young",
               translit=("Emin Qurbanaliev", "Emin Kurbanalijew"),
               variant_surnames=("Qurbanaliev", "Kurbanalijew")),
        Person("Ekiera", "Detabene", group="young", female=True, nickname="Kiki",
               translit=("Ekiyera Detabene",), variant_forenames=("Ekiyera",)),
        Person("Tyrese", "Kickett", group="young", middle="Yagan", nickname="Ty"),
        Person("Nakita", "Ahwang", group="young", female=True, middle="Loisa",
               translit=("Nakita Ahwong",), variant_surnames=("Ahwong",)),
        Person("Alvin", "Jumdail", group="young", nickname="Bin", given="Mohammad",
               translit=("Alvin Jumdaïl", "Alvin Jamdail"),
               variant_surnames=("Jumdaïl", "Jamdail")),
        Person("Marlee", "Threapleton", group="young", female=True, middle="Skye",
               nickname="Mar"),
        Person("Dayang", "Sitti Alih", group="young", female=True,
               translit=("Dayang Alih", "Dayang Siti Alih"),
               variant_surnames=("Alih", "Siti Alih"),
               punctuation=("Dayang Sitti-Alih", "Dayang SittiAlih")),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Nikita", "Okotetto", title="Mr", group="suspect", alias="Nicky Hudi",
               translit=("Nikita Okotettho",), variant_surnames=("Okotettho",)),
        Person("Inyaz", "Kechaikin", title="Mr", group="suspect",
               translit=("Inyaz Ketschaikin", "Iniaz Kechaykin"),
               variant_forenames=("Iniaz",), variant_surnames=("Ketschaikin", "Kechaykin")),
        Person("Alphonse", "Wahéo", title="Mr", group="suspect", nickname="Fonzo",
               translit=("Alphonse Wahehou", "Alfonse Wahéo"),
               variant_forenames=("Alfonse",), variant_surnames=("Wahehou",)),
        Person("Lachlan", "Jupurrurla", title="Mr", group="suspect", nickname="Lachie",
               translit=("Lachlan Tjupurrurla", "Lachlan Jupurrurla Rockman"),
               variant_surnames=("Tjupurrurla", "Jupurrurla Rockman")),
        Person("Arnold", "Pakiding", title="Mr", group="suspect", middle="Tangke",
               translit=("Arnold Pakkiding",), variant_surnames=("Pakkiding",)),
        Person("Brandon", "Illingsworth", title="Mr", group="suspect", alias="Brandon Ackerley",
               middle="Craig", nickname="Thewie"),
        Person("Yohanes", "Ngabut", title="Mr", group="suspect", alias="Johnny Gabb",
               translit=("Johanes Ngabut", "Yohanes Ngabot"),
               variant_forenames=("Johanes",), variant_surnames=("Ngabot",)),
        Person("Kylie", "Blenkiron", title="Ms", group="suspect", female=True, nickname="Kyz",
               given="Stacey"),
        Person("Pauline", "Ahwang", title="Mrs", group="parent", female=True,
               translit=("Pauline Ahwong",), variant_surnames=("Ahwong",)),
        Person("Ragim", "Kurbanaliev", title="Mr", group="parent",
               translit=("Ragim Qurbanaliev", "Rahim Kurbanalijew"),
               variant_forenames=("Rahim",), variant_surnames=("Qurbanaliev", "Kurbanalijew")),
        Person("Renee", "Threapleton", title="Mrs", group="parent", female=True,
               nickname="Nee"),
    ]


def _decoys() -> list[Person]:
    """Different people one letter or one sound from a cast member, named in full."""
    return [
        Person("Inyas", "Kechaikin", group="decoy", role="Taxi driver",
               decoy_of="Inyaz Kechaikin"),
        Person("Brendon", "Illingsworth", group="decoy", role="Roofer", decoy_of="Brandon Illingsworth"),
        Person("Mikita", "Okotetto", group="decoy", role="Fishmonger",
               decoy_of="Nikita Okotetto"),
        Person("Alphonse", "Waheu", group="decoy", role="Hospital porter",
               decoy_of="Alphonse Wahéo"),
        Person("Lachlan", "Jupurrula", group="decoy", role="Plumber",
               decoy_of="Lachlan Jupurrurla"),
        Person("Arnold", "Pakiring", group="decoy", role="Night watchman",
               decoy_of="Arnold Pakiding"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation, in shapes the earlier sets did not use (a "CYP/" number with a
# letter after it, a code word of the phonetic alphabet after "Y-", a "Child" letter-and-number,
# a "J." number); two children have a code in each operation.
CODES = {
    OPERATIONS[0]: {"Nakita Ahwang": "CYP/014k", "Emin Kurbanaliev": "Y-Tango",
                    "Aylana Kyzlasova": "Child K3", "Marlee Threapleton": "J.0027"},
    OPERATIONS[1]: {"Nakita Ahwang": "Y-Kilo", "Tyrese Kickett": "CYP/061r",
                    "Ekiera Detabene": "Child R8", "Alvin Jumdail": "J.0091",
                    "Dayang Sitti Alih": "Y-Quebec", "Aylana Kyzlasova": "CYP/077m"},
}


# The ninth set's rules over this set's cast: who shares a surname and initial (or title), and
# which measured forms a person can be written in (decoys in full only; a form fitting a
# namesake is written as an ambiguous mention instead).
namesakes = bound(ninth.namesakes, CAST=CAST)
applicable_forms = bound(ninth.applicable_forms, namesakes=namesakes)
