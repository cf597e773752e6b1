"""The invented cast of the thirteenth names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
surname, street or firm with the first twelve sets. The naming traditions are ones none of those
sets' READMEs name: Hawaiian (an okina and macrons), Sri Lankan Burgher (a Dutch particle in
lower case), Mauritanian Hassaniya (Ould for a son, Mint for a daughter, before the father's
name), Batak Toba (a clan name as the surname, shared by unrelated people), Greenlandic, Ossetian
(Russian spellings beside the Ossetian -ty form), Chamorro (Spanish names, a Chamorro short form),
Upper Sorbian (a woman's surname ending; a German form of the same name), Tiv, Hakka (family name
first; Hakka beside pinyin spelling), Luxembourgish (a short form of the forename), Garifuna,
Bolivian Aymara (two surnames), Okinawan (family name first; a macron), Puerto Rican (a married woman's
"de" and her husband's surname after her own), Burundian Kirundi (the family name written first;
a church name before the name used), Mende, Assamese (x for the sound others write as kh or ksh),
Liberian, Romansh (a first given name not used), Sephardic, Timorese (Tetum spellings beside
Portuguese), Gagauz (Russian and Romanian spellings), Nuer (a father's name as surname; a name
used at work), Karen (a prefix for a woman before the name, no family name), Newar, Cuban (two
surnames; the mother's first surname is her son's second), Angolan (Kimbundu K beside the
Portuguese Qu), Mizo (a long name whose last part is the name used), Yazidi, Venda (a Ne- prefix
to the surname), and British English. Six decoys are one letter or one sound away from a cast
member and are different people.
"""

from __future__ import annotations

import datetime as dt

# The seventh set's person (names, title, collar, forms of the name, marriage) fits this set, and
# the ninth set's folding and namesake rule do too.
from bench.names_eval7.cast import Person
from bench.names_eval9 import cast as ninth
from bench.names_eval9.cast import ascii_fold, folded
from bench.names_eval10.reuse import bound

__all__ = ["applicable_forms", "ascii_fold", "folded", "namesakes"]

TOWN = "Kestlemoor"
FORCE = "Wyrebeck and Lathbury Police"
FORCE_SHORT = "WLP"
COUNCIL = "Kestlemoor District Council"
COUNCIL_SHORT = "KDC"
POLICE_DOMAIN = "wyrebeck-lathbury.pnn.police.uk"
COUNCIL_DOMAIN = "kestlemoor-dc.gov.uk"
SCHOOL_DOMAIN = "skelder-academy.org.uk"
LAW_DOMAIN = "saporta-law.co.uk"
CONVENT_DOMAIN = "stbrigid-kestlemoor.org.uk"
SURGERY_DOMAIN = "nhs.net"
OPERATIONS = ("Operation Dotterel", "Operation Bryony")  # up to 2005, from 2006

# The sixteen forms of the fifth to twelfth sets.
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
        _police("Kēhau", "Kaʻaihue", "DCI", "Senior Investigating Officer", "kaaihue-k",
                female=True, translit=("Kehau Kaaihue", "Keahu Kaaihue"),
                variant_forenames=("Keahu",), variant_surnames=("Kaaihue",),
                punctuation=("Kēhau Ka'aihue", "Kēhau Ka‘aihue", "Kēhau Ka-aihue")),
        _police("Lionel", "van Langenberg", "Supt", "Head of Public Protection",
                "VANLANGENBERGL", given="Ernest",
                translit=("Lionel Vanlangenberg", "Lionel van Langenburg"),
                variant_surnames=("Vanlangenberg", "van Langenburg"),
                punctuation=("Lionel Van Langenberg", "Lionel van-Langenberg",
                             "Lionel VanLangenberg")),
        _police("Ahmedou", "Ould Sidaty", "DI", "Detective Inspector", "ahmedou.ouldsidaty",
                translit=("Ahmadou Ould Sidaty", "Ahmedou Ould Sidati", "Ahmedou O. Sidaty",
                          "Ahmedou Sidaty"),
                variant_forenames=("Ahmadou",),
                variant_surnames=("Ould Sidati", "O. Sidaty", "Sidaty"),
                punctuation=("Ahmedou Ould-Sidaty", "Ahmedou Ouldsidaty", "Ahmedou OuldSidaty")),
        _police("Hotman", "Sitompul", "DS", "Detective Sergeant", "h.sitompul2",
                nickname="Otte", translit=("Hotman Situmpul", "Hotman Situmpul Sitompul"),
                variant_surnames=("Situmpul",)),
        _police("Aviaja", "Berthelsen", "DC", "Detective Constable", "0782.berthelsen",
                collar="0782", female=True, translit=("Aviaja Bertelsen", "Aviâja Berthelsen"),
                variant_forenames=("Aviâja",), variant_surnames=("Bertelsen",)),
        _police("Soslan", "Dzhioev", "DC", "Detective Constable", "soslan.dzhioev",
                collar="1266", translit=("Soslan Dzhioyev", "Soslan Dzioev", "Soslan Dzhiaty"),
                variant_surnames=("Dzhioyev", "Dzioev", "Dzhiaty")),
        _police("Tiur", "Panjaitan", "DC", "Detective Constable", "tiur.panjaitan",
                female=True, middle="Romauli"),
        _police("Vicente", "Taitague", "PC", "Constable", "taitague.v", collar="23",
                nickname="Ben", translit=("Vicente Taitaque", "Bisente Taitague"),
                variant_forenames=("Bisente",), variant_surnames=("Taitaque",)),
        _police("Hańža", "Šołćina", "PCSO", "Police Community Support Officer",
                "hanza.solcina", collar="8054", female=True,
                translit=("Hanka Scholze", "Hańža Scholze", "Hanza Scholzina"),
                variant_forenames=("Hanka",), variant_surnames=("Scholze", "Scholzina")),
        _police("Terkula", "Iorwuese", "PS", "Custody Sergeant", "iorwuese.t",
                collar="02917", nickname="Kula", given="Joseph",
                translit=("Terkula Iorwese", "Terkula Iyorwuese", "Terkura Iorwuese"),
                variant_forenames=("Terkura",), variant_surnames=("Iorwese", "Iyorwuese")),
        Person("Siew Choon", "Liew", title="Mr", group="police", role="Intelligence Analyst",
               email=f"sc.liew@{POLICE_DOMAIN}", family_first=True,
               translit=("Liew Siew Choon", "LIEW Siew Choon", "Liu Xiuchun"),
               variant_forenames=("Xiuchun",), variant_surnames=("Liu",),
               punctuation=("Siew-Choon Liew", "SiewChoon Liew")),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Mathias", "Hoscheit", "Cllr", "Leader of the Council", "cllr.m.hoscheit",
                 nickname="Mett", translit=("Matthias Hoscheit", "Mathias Hoscheid"),
                 variant_forenames=("Matthias",), variant_surnames=("Hoscheid",)),
        _council("Irvina", "Lambey", "Cllr", "Cabinet Member for Children", "irvina.lambey",
                 female=True, nickname="Vina", translit=("Irvina Lambé", "Irvina Lamby"),
                 variant_surnames=("Lambé", "Lamby")),
        _council("Teodoro", "Choque Apaza", "Cllr", "Ward Councillor, Skelder", "teodoro.choque",
                 translit=("Teodoro Choque", "Teodoro Choque A.", "Teodoro Chuqui Apaza"),
                 variant_surnames=("Choque", "Chuqui Apaza"),
                 punctuation=("Teodoro Choque-Apaza", "Teodoro ChoqueApaza")),
        _council("Shōei", "Nakandakari", "Cllr", "Chair, Licensing Committee",
                 "s-nakandakari", family_first=True,
                 translit=("Nakandakari Shōei", "NAKANDAKARI Shoei", "Shouei Nakandakari",
                           "Shōei Nakandakali"),
                 variant_forenames=("Shouei",), variant_surnames=("Nakandakali",)),
        _council("Marisol", "Figueroa Rivera", "Ms", "Social Worker", "marisol.figueroa",
                 female=True, married="Figueroa de Acevedo", married_on=dt.date(2002, 9, 14),
                 punctuation=("Marisol Figueroa-Rivera", "Marisol FigueroaRivera")),
        _council("Claver", "Niyonkuru", "Mr", "Social Worker", "claver.niyonkuru",
                 given="Pierre", family_first=True,
                 translit=("NIYONKURU Claver", "Niyonkuru Claver", "Claver Niyonkourou"),
                 variant_surnames=("Niyonkourou",)),
        _council("Hawanatu", "Lahai", "Ms", "Missing Children Coordinator", "hawanatu.lahai",
                 female=True, nickname="Hawa",
                 translit=("Hawanatou Lahai", "Hawanatu Lahay"),
                 variant_forenames=("Hawanatou",), variant_surnames=("Lahay",)),
        _council("Nilakshi", "Baruah", "Mrs", "Team Manager, Exploitation", "nilakshi.baruah",
                 female=True, translit=("Nilaxi Baruah", "Nilakshi Barua", "Nilakshi Borooah"),
                 variant_forenames=("Nilaxi",), variant_surnames=("Barua", "Borooah")),
        _council("Varney", "Zubah", "Mr", "Youth Offending Team Officer", "varney.zubah",
                 middle="Tarnue", translit=("Varney Zuba", "Varnie Zubah"),
                 variant_forenames=("Varnie",), variant_surnames=("Zuba",)),
        Person("Curdin", "Derungs", title="Mr", group="school", role="Head Teacher",
               email=f"c.derungs@{SCHOOL_DOMAIN}", given="Gion",
               translit=("Kurdin Derungs", "Curdin Deruns"),
               variant_forenames=("Kurdin",), variant_surnames=("Deruns",)),
        Person("Sarina", "Saporta", title="Ms", group="solicitor", role="Solicitor",
               email=f"sarina@{LAW_DOMAIN}", female=True,
               translit=("Sarina Saporte", "Sarina Saporta Levi", "Sarina Saportas"),
               variant_surnames=("Saporte",)),
        Person("Filomena", "Sarmento", title="Sister", group="church", role="Parish Sister",
               email=f"sr.filomena@{CONVENT_DOMAIN}", female=True,
               translit=("Filomena Sarmentu", "Filomena da Costa Sarmento"),
               variant_surnames=("Sarmentu",)),
        Person("Stepan", "Gaydarji", title="Dr", group="hospital", role="General Practitioner",
               email=f"stepan.gaydarji@{SURGERY_DOMAIN}",
               translit=("Stepan Gaidarji", "Ștefan Gaidargi", "Stepan Gaydarzhi"),
               variant_forenames=("Ștefan",), variant_surnames=("Gaidarji", "Gaidargi",
                                                                 "Gaydarzhi")),
        Person("Gatluak", "Puok", title="Mr", group="interpreter", role="Interpreter",
               email=f"gatluak.puok@{COUNCIL_DOMAIN}", alias="Peter Gatwech",
               translit=("Gatluak Pouk", "Gatluok Puok", "Gatluak Puoch"),
               variant_forenames=("Gatluok",), variant_surnames=("Pouk", "Puoch")),
    ]


def _young() -> list[Person]:
    return [
        Person("Mariem", "Mint Sidaty", group="young", female=True,
               translit=("Mariam Mint Sidaty", "Mariem Mint Sidati", "Mariem Sidaty"),
               variant_forenames=("Mariam",), variant_surnames=("Mint Sidati", "Sidaty"),
               punctuation=("Mariem Mint-Sidaty", "Mariem Mintsidaty")),
        Person("Naw Paw", "Htoo", group="young", female=True,
               translit=("Paw Htoo", "Naw Paw Htoo Say"), variant_forenames=("Paw",),
               punctuation=("Naw-Paw Htoo", "NawPaw Htoo")),
        Person("Tarida", "Panjaitan", group="young", female=True, nickname="Ida"),
        Person("Leilani", "Kaʻaihue", group="young", female=True, middle="Makana",
               punctuation=("Leilani Ka'aihue", "Leilani Kaaihue")),
        Person("Tegan", "Pask", group="young", female=True, nickname="Teg", middle="Louise"),
        Person("Rojina", "Bajracharya", group="young", female=True,
               translit=("Rojina Vajracharya", "Rojina Bajracharaya"),
               variant_surnames=("Vajracharya", "Bajracharaya")),
        Person("Yoandri", "Oquendo Betancourt", group="young", nickname="Yoyo",
               translit=("Yoandry Oquendo Betancourt", "Yoandri Oquendo", "Yoandri Oquendo B."),
               variant_forenames=("Yoandry",), variant_surnames=("Oquendo",),
               punctuation=("Yoandri Oquendo-Betancourt", "Yoandri OquendoBetancourt")),
        Person("Edvaldo", "Kiluange", group="young", nickname="Edi",
               translit=("Edivaldo Kiluange", "Edvaldo Quiluange", "Edvaldo Kiluanji"),
               variant_forenames=("Edivaldo",), variant_surnames=("Quiluange", "Kiluanji")),
        Person("Lalremsiami", "Ralte", group="young", female=True, nickname="Siami",
               translit=("Lalremsiami Raltei", "Lalremsiami R."),
               variant_surnames=("Raltei",)),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Khalaf", "Hasso", title="Mr", group="suspect", alias="Carl Hassett",
               translit=("Xelef Haso", "Khalaf Haso", "Khalaf Hassou"),
               variant_forenames=("Xelef",), variant_surnames=("Haso", "Hassou")),
        Person("Aslanbek", "Tsoraev", title="Mr", group="suspect", nickname="Aslan",
               translit=("Aslanbek Tsorayev", "Aslanbek Tsoraty", "Aslanbek Coraev"),
               variant_surnames=("Tsorayev", "Tsoraty", "Coraev")),
        Person("Jallah", "Kollie", title="Mr", group="suspect", alias="Jay Collins",
               translit=("Jallah Kolleh", "Jalla Kollie"),
               variant_forenames=("Jalla",), variant_surnames=("Kolleh",)),
        Person("Zeferino", "Amaral", title="Mr", group="suspect", nickname="Zefa",
               translit=("Zeferino do Amaral", "Zeferinu Amaral"),
               variant_forenames=("Zeferinu",), variant_surnames=("do Amaral",)),
        Person("Brandon", "Scattergood", title="Mr", group="suspect", alias="Brandon Dale",
               nickname="Scatty", middle="Lee"),
        Person("Wander", "Almánzar", title="Mr", group="suspect", nickname="Wandi",
               translit=("Wánder Almánzar", "Wander Almonzar"),
               variant_forenames=("Wánder",), variant_surnames=("Almonzar",)),
        Person("Todor", "Kostoglu", title="Mr", group="suspect",
               translit=("Fyodor Kostoglu", "Todor Kostoglo", "Tudor Costoglu"),
               variant_forenames=("Fyodor", "Tudor"), variant_surnames=("Kostoglo", "Costoglu")),
        Person("Lalthanzuala", "Chhangte", title="Mr", group="suspect", nickname="Zuala",
               translit=("Lalthanzuala Changte", "Lalthanzuala Chhangtei"),
               variant_surnames=("Changte", "Chhangtei")),
        Person("Rudzani", "Netshiavha", title="Mr", group="suspect", alias="Ronnie Netto",
               translit=("Rudzani Tshiavha", "Rudzani Netshiava"),
               variant_surnames=("Tshiavha", "Netshiava"),
               punctuation=("Rudzani Ne-Tshiavha", "Rudzani Ne Tshiavha")),
        Person("Hayley", "Pask", title="Mrs", group="parent", female=True, nickname="Hay"),
        Person("Surendra", "Bajracharya", title="Mr", group="parent",
               translit=("Surendra Vajracharya", "Surendra Bajracharaya"),
               variant_surnames=("Vajracharya", "Bajracharaya")),
        Person("Odalys", "Betancourt Llanes", title="Mrs", group="parent", female=True,
               translit=("Odalys Betancourt", "Odalis Betancourt Llanes"),
               variant_forenames=("Odalis",), variant_surnames=("Betancourt",),
               punctuation=("Odalys Betancourt-Llanes", "Odalys BetancourtLlanes")),
    ]


def _decoys() -> list[Person]:
    """Different people one letter or one sound from a cast member, named in full."""
    return [
        Person("Brandan", "Scattergood", group="decoy", role="Scaffolder",
               decoy_of="Brandon Scattergood"),
        Person("Seferino", "Amaral", group="decoy", role="Night porter",
               decoy_of="Zeferino Amaral"),
        Person("Aslanbek", "Tsoroev", group="decoy", role="Taxi driver",
               decoy_of="Aslanbek Tsoraev"),
        Person("Jallah", "Kolley", group="decoy", role="Warehouse operative",
               decoy_of="Jallah Kollie"),
        Person("Todor", "Kostoglou", group="decoy", role="Market trader",
               decoy_of="Todor Kostoglu"),
        Person("Wander", "Almázar", group="decoy", role="Barber",
               decoy_of="Wander Almánzar"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation, in shapes the earlier sets did not use (a child's number with a
# hash, a case number in a Greek letter's name, a "subject" number with a dash, a "CYP" number in
# round brackets); two children have a code in each operation.
CODES = {
    OPERATIONS[0]: {"Tegan Pask": "Child #2", "Naw Paw Htoo": "Subject-C",
                    "Rojina Bajracharya": "CYP(04)", "Edvaldo Kiluange": "Person Sigma"},
    OPERATIONS[1]: {"Tegan Pask": "Person Kappa", "Mariem Mint Sidaty": "Child #9",
                    "Tarida Panjaitan": "Subject-F", "Lalremsiami Ralte": "CYP(12)",
                    "Yoandri Oquendo Betancourt": "Person Omega", "Naw Paw Htoo": "Child #14"},
}


# The ninth set's rules over this set's cast: who shares a surname and initial (or title), and
# which measured forms a person can be written in (decoys in full only; a form fitting a
# namesake is written as an ambiguous mention instead).
namesakes = bound(ninth.namesakes, CAST=CAST)
applicable_forms = bound(ninth.applicable_forms, namesakes=namesakes)
