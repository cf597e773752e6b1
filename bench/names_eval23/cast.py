"""The invented cast of the twenty-third names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
surname, street, building or firm with the first twenty-two sets (the self-check greps their
folded words). The naming traditions are ones none of those sets' READMEs or code name:
Shetland (a nickname used as a forename), Orcadian (a man known by his second given name; a
father and his son), Hebridean Gaelic (a surname of three words with a particle and a hyphen,
and an English name used at work; a girl's "Nic" surname and a forename with a grave accent), Karaim (a barred
L that no decomposition folds), Limbu (a forename of two words), Võro (a tilde letter written
twice in one word), Krahn, Tagalog (the mother's maiden surname as the middle name), Mirandese,
Norfolk Islander (a nickname the island uses), Gibraltarian (a woman who marries part-way
through and takes an English surname; a suspect also known by another surname), Lemko
(romanisations from Cyrillic), Dhivehi, Lomwe (a social worker and a suspect share surname,
initial and title), Shuar, Guna, Itsekiri (a hyphenated surname), Tolai (a surname with the
"To" prefix, written joined, apart or hyphenated), Sinti (a Romani name used beside the German
one), Mixtec (a mother and her son), Tristan da Cunha, Yaqui, Setu, Yapese, Emberá, Asháninka
(a first given name not used), Rarámuri, and English names (a karate instructor known by his
title, a suspect known by his second given name). Six decoys are one letter from a cast member
and are different people.
"""

from __future__ import annotations

import datetime as dt

# The seventh set's person and the ninth set's folding and namesake rule fit this set as they are.
from bench.names_eval7.cast import Person
from bench.names_eval9 import cast as ninth
from bench.names_eval9.cast import ascii_fold, folded
from bench.names_eval10.reuse import bound

__all__ = ["applicable_forms", "ascii_fold", "folded", "namesakes"]

TOWN = "Crannockside"
FORCE = "Ettrickmuir Constabulary"
FORCE_SHORT = "EMC"
COUNCIL = "Crannockside District Council"
COUNCIL_SHORT = "CDC"
POLICE_DOMAIN = "ettrickmuir.pnn.police.uk"
COUNCIL_DOMAIN = "crannockside.gov.uk"
SCHOOL_DOMAIN = "glebefoot-academy.org.uk"
LAW_DOMAIN = "lavarello-stubbings.co.uk"
OPERATIONS = ("Operation Lousewort", "Operation Brooklime")  # up to 2003, from 2004

# The sixteen forms of the fifth to twenty-second sets.
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
        _police("Thora", "Umphray", "DCI", "Senior Investigating Officer", "thora.umphray",
                female=True, middle="Jessie", nickname="Tottie"),
        _police("Magnus", "Foubister", "DI", "Detective Inspector", "foubister.m",
                given="Erlend", nickname="Magnie"),
        _police("Calum", "Mac an t-Saoir", "DS", "Detective Sergeant", "ds1852",
                collar="1852", alias="Malcolm MacIntyre",
                punctuation=("Calum Mac an tSaoir", "Calum MacantSaoir",
                             "Calum Mac an t Saoir")),
        _police("Sabina", "Łobanos", "DC", "Detective Constable", "s.lobanos",
                collar="419", female=True, nickname="Bina",
                translit=("Sabina Lobanos", "Sabina Łobanosz"),
                variant_surnames=("Lobanos", "Łobanosz")),
        _police("Dil Bahadur", "Angdembe", "PC", "Constable", "pc40117",
                collar="40117", nickname="Kancha",
                translit=("Dil Bahadur Aangdembe", "Dil Bahadur Angdembey"),
                variant_surnames=("Aangdembe", "Angdembey"),
                punctuation=("Dilbahadur Angdembe", "Dil-Bahadur Angdembe")),
        _police("Ülle", "Hõbõmägi", "PC", "Constable, Schools Liaison", "ulle.hobomagi",
                collar="2261", female=True,
                translit=("Ülle Hõbemägi", "Ylle Hõbõmägi"),
                variant_forenames=("Ylle",), variant_surnames=("Hõbemägi",)),
        _police("Teahjay", "Zoegar", "PS", "Custody Sergeant", "custody.zoegar",
                collar="77", nickname="TJ",
                translit=("Teajay Zoegar", "Teahjay Zoegarh"),
                variant_forenames=("Teajay",), variant_surnames=("Zoegarh",)),
        _police("Maricel", "Bituin", "PCSO", "Police Community Support Officer",
                "pcso6043", collar="6043", female=True, middle="Dimaculangan",
                nickname="Cel"),
        _police("Belmiro", "Cangueiro", "Insp", "Inspector, Response", "insp.cangueiro",
                translit=("Bielmiro Cangueiro", "Belmiro Canguêiro", "Belmiro Cangeiro"),
                variant_forenames=("Bielmiro",), variant_surnames=("Canguêiro", "Cangeiro")),
        _police("Tarlton", "Quintal", "PC", "Constable", "pc0384",
                collar="0384", nickname="Diddles", middle="Fletcher"),
        Person("Yolanda", "Olivero", title="Ms", group="police", role="Intelligence Analyst",
               email=f"y.olivero@intel.{POLICE_DOMAIN}", female=True,
               married="Brickwood", married_on=dt.date(1997, 6, 12)),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Hendrie", "Seatter", "Bailie", "Chair, Licensing Board", "bailie.seatter",
                 middle="Flett", nickname="Hen"),
        _council("Hawwa", "Manikufaan", "Cllr", "Leader of the Council", "cllr.manikufaan",
                 female=True,
                 translit=("Havva Manikufaan", "Hawwa Maanikufaanu"),
                 variant_forenames=("Havva",), variant_surnames=("Maanikufaanu",)),
        _council("Fedir", "Hutyra", "Cllr", "Cabinet Member, Young People", "f.hutyra",
                 nickname="Fedko",
                 translit=("Fedor Hutyra", "Fedir Gutyra", "Theodor Hutyra"),
                 variant_forenames=("Fedor", "Theodor"), variant_surnames=("Gutyra",)),
        _council("Mphatso", "Namagonya", "Mr", "Social Worker", "mphatso.namagonya",
                 translit=("Mpatso Namagonya", "Mphatso Namagoniya"),
                 variant_forenames=("Mpatso",), variant_surnames=("Namagoniya",)),
        _council("Yajanua", "Tsamaraint", "Ms", "Social Worker", "y.tsamaraint", female=True,
                 translit=("Yajanúa Tsamaraint", "Yajanua Tsamarain", "Yahanua Tsamaraint"),
                 variant_forenames=("Yajanúa", "Yahanua"), variant_surnames=("Tsamarain",)),
        _council("Dilia", "Olonibiginya", "Ms", "Missing Persons Coordinator",
                 "missing.olonibiginya", female=True, middle="Nadili"),
        _council("Tuoyo", "Okotie-Ereku", "Mr", "Service Manager, Exploitation",
                 "t.okotie-ereku", middle="Omatsola", nickname="Tuo",
                 punctuation=("Tuoyo Okotie Ereku", "Tuoyo OkotieEreku",
                              "Tuoyo Okotie - Ereku")),
        _council("Rabbie", "ToVurmai", "Mr", "Youth Offending Officer", "yot.tovurmai",
                 nickname="Rab",
                 punctuation=("Rabbie To Vurmai", "Rabbie To-Vurmai", "Rabbie Tovurmai")),
        _council("Ramona", "Winterstein", "Ms", "Education Welfare Officer", "ewo.winterstein",
                 female=True, alias="Tschaja Winterstein"),
        Person("Eustolia", "Yucunduy", title="Mrs", group="school", role="Head Teacher",
               email=f"head@{SCHOOL_DOMAIN}", female=True,
               translit=("Eustolia Yucundui", "Eustholia Yucunduy"),
               variant_forenames=("Eustholia",), variant_surnames=("Yucundui",)),
        Person("Lewis", "Lavarello", title="Mr", group="solicitor", role="Solicitor",
               email=f"l.lavarello@{LAW_DOMAIN}", middle="Repetto", nickname="Lew"),
        Person("Sefton", "Gaskarth", title="Mr", group="pawn", role="Pawnbroker",
               email="pledges@gaskarth-pawn.co.uk", nickname="Sef", middle="Alwyn"),
        Person("Anselmo", "Buitimea", title="Mr", group="snooker", role="Hall Manager",
               email="anselmo@greenbaize-snooker.co.uk", nickname="Chemo",
               translit=("Anselmo Buitimeia", "Anzelmo Buitimea"),
               variant_forenames=("Anzelmo",), variant_surnames=("Buitimeia",)),
        Person("Hilana", "Kõrsaveer", title="Mrs", group="caravan", role="Site Warden",
               email="warden@whinnyfold-caravans.co.uk", female=True, given="Anne",
               translit=("Hilana Korsaweer", "Ilana Kõrsaveer"),
               variant_forenames=("Ilana",), variant_surnames=("Korsaweer",)),
        Person("Tamag", "Falanruw", title="Mr", group="marina", role="Marina Manager",
               email="moorings@cuttlebrook-marina.co.uk", nickname="Tam",
               translit=("Tamag Falanruu", "Tamak Falanruw"),
               variant_forenames=("Tamak",), variant_surnames=("Falanruu",)),
        Person("Argelio", "Dogirama", title="Mr", group="cafe", role="Café Owner",
               email="argelio@bytestop-cafe.co.uk", alias="Angel Dogirama",
               translit=("Arjelio Dogirama", "Argelio Dojirama"),
               variant_forenames=("Arjelio",), variant_surnames=("Dojirama",)),
        Person("Garfield", "Pennycook", title="Sensei", group="dojo", role="Chief Instructor",
               email="sensei@kizuna-karate.org.uk", nickname="Garf", middle="Orrin"),
    ]


def _young() -> list[Person]:
    return [
        Person("Osla", "Ratter", group="young", female=True, middle="Jean", nickname="Ossie"),
        Person("Màiri", "NicAmhlaigh", group="young", female=True,
               translit=("Mary NicAmhlaigh", "Màiri MacAmhlaigh"),
               variant_forenames=("Mary",), variant_surnames=("MacAmhlaigh",)),
        Person("Efrén", "Yucunduy", group="young", nickname="Frenny"),
        Person("Vasyl", "Dudra", group="young",
               translit=("Wasyl Dudra", "Vasil Dudra", "Vasyl Doudra"),
               variant_forenames=("Wasyl", "Vasil"), variant_surnames=("Doudra",)),
        Person("Rubén", "Camaiteri", group="young", given="Jhon",
               translit=("Rubén Kamaiteri", "Ruben Camayteri"),
               variant_forenames=("Ruben",), variant_surnames=("Kamaiteri", "Camayteri")),
        Person("Gitta", "Weinrich", group="young", female=True, nickname="Gitti"),
        Person("Sushmita", "Chemjong", group="young", female=True,
               translit=("Susmita Chemjong", "Sushmita Chemjung"),
               variant_forenames=("Susmita",), variant_surnames=("Chemjung",)),
        Person("Torben", "Kirkness", group="young", nickname="Tor", middle="Sinclair"),
        Person("Bertina", "Huitosachi", group="young", female=True,
               translit=("Bertina Huitosáchi", "Berthina Huitosachi"),
               variant_forenames=("Berthina",), variant_surnames=("Huitosáchi",)),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Mavuto", "Namagonya", title="Mr", group="suspect", nickname="Vuto"),
        Person("Omagbemi", "Eyewuoma", title="Mr", group="suspect", nickname="Gbemi",
               translit=("Omagbemi Eyeguoma", "Omagbeme Eyewuoma"),
               variant_forenames=("Omagbeme",), variant_surnames=("Eyeguoma",)),
        Person("Charlene", "Danino", title="Ms", group="suspect", female=True,
               alias="Charlene Bassadone", nickname="Charlie"),
        Person("Lowrie", "Jarmson", title="Mr", group="suspect", middle="Tait",
               nickname="Lowie"),
        Person("Ivvan", "Pähnä", title="Mr", group="suspect",
               translit=("Ivan Pähnä", "Ivvan Pyakhnya"),
               variant_forenames=("Ivan",), variant_surnames=("Pyakhnya",)),
        Person("Manolito", "Rosenbach", title="Mr", group="suspect", alias="Emil Rosenbach",
               nickname="Lolo"),
        Person("Grantley", "Skidmore", title="Mr", group="suspect", given="Wayne",
               nickname="Grunt"),
        Person("Jallah", "Tarweh", title="Mr", group="suspect", alias="Johnny Tarweh",
               translit=("Jalla Tarweh", "Jallah Tarwey"),
               variant_forenames=("Jalla",), variant_surnames=("Tarwey",)),
        Person("Wilma", "Ratter", title="Mrs", group="parent", female=True, middle="Isbel"),
        Person("Ivor", "Kirkness", title="Mr", group="parent", nickname="Ivie"),
        Person("Purna", "Chemjong", title="Ms", group="parent", female=True, given="Maya"),
    ]


def _decoys() -> list[Person]:
    """Different people one letter from a cast member, named in full."""
    return [
        Person("Mavuso", "Namagonya", group="decoy", role="Plasterer",
               decoy_of="Mavuto Namagonya"),
        Person("Omagbeni", "Eyewuoma", group="decoy", role="Bus driver",
               decoy_of="Omagbemi Eyewuoma"),
        Person("Ivvar", "Pähnä", group="decoy", role="Welder", decoy_of="Ivvan Pähnä"),
        Person("Lowrie", "Jarmsen", group="decoy", role="Fisherman", decoy_of="Lowrie Jarmson"),
        Person("Grantley", "Skidmere", group="decoy", role="Glazier",
               decoy_of="Grantley Skidmore"),
        Person("Jallah", "Tarwek", group="decoy", role="Night porter", decoy_of="Jallah Tarweh"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation, in shapes the earlier sets did not use (a "Young Person No."
# number, a "Juv/" number of four figures, a "Learner" number and letter, an "AS-" number);
# two children have a code in each operation.
CODES = {
    OPERATIONS[0]: {"Osla Ratter": "Young Person No. 6", "Vasyl Dudra": "Juv/0023",
                    "Màiri NicAmhlaigh": "Learner 4L", "Torben Kirkness": "AS-17"},
    OPERATIONS[1]: {"Vasyl Dudra": "AS-31", "Gitta Weinrich": "Young Person No. 2",
                    "Sushmita Chemjong": "Juv/0158", "Rubén Camaiteri": "Learner 9R",
                    "Bertina Huitosachi": "AS-08", "Osla Ratter": "Juv/0190"},
}


# The ninth set's rules over this set's cast: who shares a surname and initial (or title), and
# which measured forms a person can be written in (decoys in full only; a form fitting a
# namesake is written as an ambiguous mention instead).
namesakes = bound(ninth.namesakes, CAST=CAST)
applicable_forms = bound(ninth.applicable_forms, namesakes=namesakes)
