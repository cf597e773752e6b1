"""The invented cast of the tenth names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
street or firm with the first nine sets. The naming traditions are ones those sets used least or
not at all: Amharic (a father's forename as the child's surname, so a father and his daughter
differ), Kyrgyz (the patronymic "uulu" beside the Russian -ov), Frisian (an official first given
name unused), Tswana, Chechen (-aev / -ayev), Scots, Mexican (two surnames), Chichewa, Faroese,
Hazara, Galician (X for J), Yemeni (the Al- article), Haitian (hyphenated forename and surname,
Kreyol spelling), Kashmiri, Moroccan (French spellings, a two-word surname with El), Rwandan
(the family name written first), Javanese (old Dutch spelling beside the new; a nickname from
inside the name), Cape Verdean, Tibetan (two given names, no family name), Burmese (no family
name; the honorifics Daw and Ko), Kannada, Tatar, Honduran, and British English. Six decoys are
one letter or one sound away from a cast member and are different people.
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

TOWN = "Grimscar"
FORCE = "Ryburn Valley Police"
FORCE_SHORT = "RVP"
COUNCIL = "Grimscar Metropolitan Borough Council"
COUNCIL_SHORT = "GMBC"
POLICE_DOMAIN = "ryburn.police.uk"
COUNCIL_DOMAIN = "grimscar.gov.uk"
SCHOOL_DOMAIN = "cleckmoor-high.sch.uk"
LAW_DOMAIN = "dolkar-legal.co.uk"
CHURCH_DOMAIN = "bethel-grimscar.org.uk"
SURGERY_DOMAIN = "nhs.net"
OPERATIONS = ("Operation Dunnock", "Operation Cinquefoil")  # up to 2004, from 2005

# The sixteen forms of the fifth to ninth sets.
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
        _police("Tewodros", "Alemayehu", "DCI", "Senior Investigating Officer",
                "tewodros.alemayehu", nickname="Teddy",
                translit=("Tewodros Alemayehou", "Tewodross Alemayehu", "Tewodros Alemayhu"),
                variant_forenames=("Tewodross",),
                variant_surnames=("Alemayehou", "Alemayhu")),
        _police("Aibek", "Toktogulov", "Supt", "Head of Crime", "aibek.toktogulov",
                translit=("Aibek Toktogul uulu", "Aybek Toktogulov", "Aibek Toktogulow"),
                variant_forenames=("Aybek",),
                variant_surnames=("Toktogul uulu", "Toktogulow")),
        _police("Sjoerd", "Hoekstra", "DI", "Detective Inspector", "s.hoekstra", given="Jan",
                middle="Wietse"),
        _police("Kagiso", "Molefe", "DS", "Detective Sergeant", "kagiso.molefe", female=True,
                translit=("Kagiso Molefhe",), variant_surnames=("Molefhe",)),
        _police("Ruslan", "Dudurkaev", "DC", "Detective Constable", "ruslan.dudurkaev",
                collar="2207",
                translit=("Ruslan Dudurkayev", "Ruslan Dudurkaiev", "Ruslan Doudourkaev"),
                variant_surnames=("Dudurkayev", "Dudurkaiev", "Doudourkaev")),
        _police("Euan", "Lumsden", "PC", "Constable", "euan.lumsden", collar="4471",
                given="Robert", middle="Fraser"),
        _police("Guadalupe", "Zamora Téllez", "DC", "Detective Constable", "g.zamora",
                collar="1093", female=True, nickname="Lupe",
                translit=("Guadalupe Zamora", "Guadalupe Zamora T."),
                variant_surnames=("Zamora",),
                punctuation=("Guadalupe Zamora-Téllez", "Guadalupe ZamoraTéllez")),
        _police("Chimwemwe", "Banda", "PCSO", "Police Community Support Officer",
                "chimwemwe.banda", collar="8812", female=True, nickname="Chimwe",
                translit=("Chimwemwe Bandah",), variant_surnames=("Bandah",)),
        _police("Jógvan", "Joensen", "PS", "Custody Sergeant", "jogvan.joensen", collar="316",
                translit=("Jogvan Jonsen", "Jógvan Jónsen"), variant_surnames=("Jonsen", "Jónsen")),
        _police("Sakina", "Rezaie", "Ms", "Intelligence Researcher", "sakina.rezaie",
                female=True,
                translit=("Sakina Rezaei", "Sakineh Rezaie", "Sakina Rezayee"),
                variant_forenames=("Sakineh",), variant_surnames=("Rezaei", "Rezayee")),
        _police("Xosé", "Outeiriño", "DC", "Detective Constable", "xose.outeirino",
                translit=("José Outeiriño", "Xose Outeirinho", "Jose Outeirino"),
                variant_forenames=("José", "Jose"), variant_surnames=("Outeirinho",)),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Nabil", "Al-Qadhi", "Cllr", "Cabinet Member, Children's Services",
                 "cllr.alqadhi",
                 translit=("Nabeel Al-Qadhi", "Nabil Al-Qadi", "Nabil al-Qadhi", "Nabil Qadhi"),
                 variant_forenames=("Nabeel",), variant_surnames=("Al-Qadi", "Qadhi"),
                 punctuation=("Nabil Al Qadhi", "Nabil AlQadhi", "Nabil Al–Qadhi")),
        _council("Maureen", "Pickersgill-Tweedale", "Cllr", "Leader of the Council",
                 "maureen.pickersgill-tweedale", female=True, nickname="Mo",
                 translit=("Maureen Tweedale", "Maureen Pickersgill"),
                 variant_surnames=("Tweedale", "Pickersgill"),
                 punctuation=("Maureen Pickersgill Tweedale", "Maureen Pickersgill–Tweedale",
                              "Maureen Pickersgill - Tweedale")),
        _council("Jean-Robert", "Pierre-Louis", "Cllr", "Ward Councillor, Cleckmoor",
                 "jr.pierre-louis", nickname="JR",
                 punctuation=("Jean Robert Pierre Louis", "Jean-Robert Pierre Louis",
                              "Jean Robert Pierre-Louis", "JeanRobert PierreLouis")),
        _council("Bilal", "Wani", "Cllr", "Chair, Scrutiny Board", "bilal.wani", middle="Ahmad",
                 translit=("Bilal Ahmed Wani", "Bilal Wany"), variant_surnames=("Wany",)),
        _council("Youssef", "El Ouazzani", "Mr", "Social Worker", "youssef.elouazzani",
                 translit=("Yusuf El Ouazzani", "Youssef Ouazzani", "Youssef El Wazzani"),
                 variant_forenames=("Yusuf",), variant_surnames=("Ouazzani", "El Wazzani"),
                 punctuation=("Youssef El-Ouazzani", "Youssef Elouazzani")),
        _council("Claudine", "Uwimana", "Ms", "Social Worker", "claudine.uwimana", female=True,
                 family_first=True,
                 translit=("UWIMANA Claudine", "Claudine Uwimmana"),
                 variant_surnames=("Uwimmana",)),
        _council("Rachael", "Dibb", "Miss", "Missing Children Coordinator", "rachael.dibb",
                 female=True, nickname="Rach", married="Uttley",
                 married_on=dt.date(2001, 5, 19)),
        _council("Sri", "Wahyuningsih", "Mrs", "Team Manager, Exploitation",
                 "sri.wahyuningsih", female=True, nickname="Yuni",
                 translit=("Sri Wahjuningsih", "Sri Wahyuningsi", "Sri Wahyu Ningsih"),
                 variant_surnames=("Wahjuningsih", "Wahyuningsi", "Wahyu Ningsih")),
        _council("Ednilson", "Semedo", "Mr", "Anti-Social Behaviour Officer",
                 "ednilson.semedo", middle="Tavares", nickname="Nilson",
                 translit=("Ednilson Tavares Semedo", "Edinilson Semedo"),
                 variant_forenames=("Edinilson",)),
        Person("Fergus", "Moffat", title="Mr", group="school", role="Head Teacher",
               email=f"f.moffat@{SCHOOL_DOMAIN}", nickname="Gus",
               translit=("Fergus Moffatt", "Fearghas Moffat"),
               variant_forenames=("Fearghas",), variant_surnames=("Moffatt",)),
        Person("Tenzin", "Dolkar", title="Ms", group="solicitor", role="Solicitor",
               email=f"tenzin@{LAW_DOMAIN}", female=True,
               translit=("Tenzin Dolker", "Tendzin Dolkar", "Tenzin Dolkhar"),
               variant_forenames=("Tendzin",), variant_surnames=("Dolker", "Dolkhar")),
        Person("Wilner", "Dorsainvil", title="Elder", group="church", role="Church Elder",
               email=f"elder.wilner@{CHURCH_DOMAIN}",
               translit=("Wilner Dorsainville", "Wilnè Dòsenvil"),
               variant_forenames=("Wilnè",), variant_surnames=("Dorsainville", "Dòsenvil")),
        Person("Pradeep", "Hegde", title="Dr", group="hospital", role="General Practitioner",
               email=f"pradeep.hegde@{SURGERY_DOMAIN}", middle="Krishna",
               translit=("Pradip Hegde", "Pradeep Heggade"),
               variant_forenames=("Pradip",), variant_surnames=("Heggade",)),
        Person("Khin", "Thandar", title="Daw", group="interpreter", role="Interpreter",
               email=f"khin.thandar@{COUNCIL_DOMAIN}", female=True, alias="Catherine Khin",
               translit=("Khin Thander", "Khin Thandar Aye"),
               variant_surnames=("Thander",)),
    ]


def _young() -> list[Person]:
    return [
        Person("Chelsea", "Mottram-Dyson", group="young", female=True, middle="Louise",
               nickname="Chels", translit=("Chelsea Mottram", "Chelsea Dyson"),
               variant_surnames=("Mottram", "Dyson"),
               punctuation=("Chelsea Mottram Dyson", "Chelsea Mottram–Dyson",
                            "Chelsea MottramDyson")),
        Person("Thida", "Win", group="young", female=True,
               translit=("Thidar Win", "Thida Winn"), variant_forenames=("Thidar",),
               variant_surnames=("Winn",)),
        Person("Lerato", "Molefe", group="young", female=True, nickname="Rato"),
        Person("Tigist", "Alemayehu", group="young", female=True,
               translit=("Tigist Alemayehou", "Tigest Alemayehu"),
               variant_forenames=("Tigest",), variant_surnames=("Alemayehou",)),
        Person("Shannon", "Duffield", group="young", female=True, middle="Leigh",
               nickname="Shan"),
        Person("Liam", "Banda", group="young", middle="Chikondi"),
        Person("Rahel", "Tsegaye", group="young", female=True,
               translit=("Rahel Tsegay", "Rahel Tségayé"), variant_surnames=("Tsegay",)),
        Person("Kayleigh", "Hinchcliffe", group="young", female=True, nickname="Kay",
               middle="Ann"),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Lesego", "Molefe", title="Mr", group="suspect", nickname="Lesh"),
        Person("Ruslan", "Bisultanov", title="Mr", group="suspect", alias="Russell Bishop",
               translit=("Ruslan Bisoltanov", "Ruslan Bisultanow", "Ruslan Bissultanov"),
               variant_surnames=("Bisoltanov", "Bisultanow", "Bissultanov")),
        Person("Bambang", "Sutrisno", title="Mr", group="suspect", nickname="Bams",
               translit=("Bambang Soetrisno", "Bambang Sutrisnoe"),
               variant_surnames=("Soetrisno", "Sutrisnoe")),
        Person("Kyaw Zin", "Htet", title="Ko", group="suspect", alias="Kevin Kyaw",
               translit=("Kyaw Zin Htett", "Kyaw Zinn Htet"), variant_surnames=("Htett",),
               variant_forenames=("Kyaw Zinn",)),
        Person("Karim", "Benslimane", title="Mr", group="suspect",
               translit=("Karim Bensliman", "Kareem Benslimane"),
               variant_forenames=("Kareem",), variant_surnames=("Bensliman",),
               punctuation=("Karim Ben Slimane", "Karim Ben-Slimane")),
        Person("Dwayne", "Scaife", title="Mr", group="suspect", middle="Anthony",
               nickname="Dee"),
        Person("Wilfredo", "Matamoros", title="Mr", group="suspect", nickname="Willy",
               translit=("Wilfredo Matamorros", "Wilfredo Matamoros Reyes"),
               variant_surnames=("Matamorros",)),
        Person("Rinat", "Galiullin", title="Mr", group="suspect",
               translit=("Rinat Galiulin", "Rinat Ghaliullin", "Rinat Ğäliullin"),
               variant_surnames=("Galiulin", "Ghaliullin", "Ğäliullin")),
        Person("Jayden", "Hinchcliffe", title="Mr", group="suspect", given="Lee", nickname="Jay"),
        Person("Alemayehu", "Bekele", title="Mr", group="parent",
               translit=("Alemayehou Bekele", "Alemayehu Bekkele"),
               variant_forenames=("Alemayehou",), variant_surnames=("Bekkele",)),
        Person("Mphatso", "Banda", title="Mr", group="parent",
               translit=("Mphatso Bandah",), variant_surnames=("Bandah",)),
        Person("Tracey", "Duffield", title="Mrs", group="parent", female=True,
               nickname="Trace"),
    ]


def _decoys() -> list[Person]:
    """Different people one letter or one sound from a cast member, named in full."""
    return [
        Person("Ruslan", "Dudarkaev", group="decoy", role="Market trader",
               decoy_of="Ruslan Dudurkaev"),
        Person("Bambang", "Sutrisna", group="decoy", role="Restaurant manager",
               decoy_of="Bambang Sutrisno"),
        Person("Karima", "Benslimane", group="decoy", role="Pharmacy assistant", female=True,
               decoy_of="Karim Benslimane"),
        Person("Wilfrido", "Matamoros", group="decoy", role="Security guard",
               decoy_of="Wilfredo Matamoros"),
        Person("Renat", "Galiullin", group="decoy", role="Taxi driver",
               decoy_of="Rinat Galiullin"),
        Person("Lesego", "Molefi", group="decoy", role="Student nurse",
               decoy_of="Lesego Molefe"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation, in shapes the earlier sets did not use (an injured party, a
# phonetic-alphabet letter, a missing-person number); one child has a code in each operation.
CODES = {
    OPERATIONS[0]: {"Chelsea Mottram-Dyson": "Injured Party 3", "Thida Win": "Young Person Bravo",
                    "Shannon Duffield": "MISPER 0417", "Liam Banda": "CYP/05"},
    OPERATIONS[1]: {"Chelsea Mottram-Dyson": "Complainant Echo", "Tigist Alemayehu": "IP 9",
                    "Rahel Tsegaye": "Young Person Golf", "Kayleigh Hinchcliffe": "MISPER 1122",
                    "Lerato Molefe": "CYP/14"},
}


# The ninth set's rules over this set's cast: who shares a surname and initial (or title), and
# which measured forms a person can be written in (decoys in full only; a form fitting a
# namesake is written as an ambiguous mention instead).
namesakes = bound(ninth.namesakes, CAST=CAST)
applicable_forms = bound(ninth.applicable_forms, namesakes=namesakes)
