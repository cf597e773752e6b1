"""The invented cast of the twentieth names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
surname, street, building or firm with the first nineteen sets (the self-check greps their folded
words). The naming traditions are ones none of those sets' READMEs or code name: Dzongkha (two
given names, the second used as a surname), Meitei (the family name first), Fante (a day name;
an English name used), Kpelle, Scottish Gaelic (a "Nic" surname, also split), Rarotongan, Nogai,
Sidama, Zapotec (a woman known by her second given name), Tumbuka (an English name used), Pedi (a
woman who marries part-way through and takes an English surname that is a common word), Teso (a
social worker and a suspect share surname, initial and title), Hiligaynon (a forename that is an
English word; a first given name not used), Fula (Pular and French spellings), Kittitian, Dioula,
Duala, Bassa (a Sea Cadets rank), Rohingya (a name used at work), Vincentian, Irish (a fada),
Inuktitut (romanisations), Belizean Kriol, Jarai (an apostrophe in the forename), Tausug,
Pohnpeian, Lango (a first given name not used), Grenadian, Antiguan (a mother and her daughter),
Bahamian (a father and son), Sherbro (a mother and her son), Bamileke, Fang, Sango (a diaeresis),
Rundi, Nubian, Meru; and English with forenames and surnames that are common words (a hyphenated
surname among them). Six decoys are one letter or one sound from a cast member and are
different people.
"""

from __future__ import annotations

import datetime as dt

# The seventh set's person and the ninth set's folding and namesake rule fit this set as they are.
from bench.names_eval7.cast import Person
from bench.names_eval9 import cast as ninth
from bench.names_eval9.cast import ascii_fold, folded
from bench.names_eval10.reuse import bound

__all__ = ["applicable_forms", "ascii_fold", "folded", "namesakes"]

TOWN = "Quenbury"
FORCE = "Fenwold Police"
FORCE_SHORT = "FWP"
COUNCIL = "Quenbury District Council"
COUNCIL_SHORT = "QDC"
POLICE_DOMAIN = "fenwold.pnn.police.uk"
COUNCIL_DOMAIN = "quenbury.gov.uk"
SCHOOL_DOMAIN = "ockendale-high.org.uk"
LAW_DOMAIN = "ekwalla-law.co.uk"
OPERATIONS = ("Operation Corncockle", "Operation Tenterholme")  # up to 2010, from 2011

# The sixteen forms of the fifth to nineteenth sets.
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
        _police("Pema", "Yangzom", "DCI", "Senior Investigating Officer", "pema.yangzom",
                female=True, nickname="Pem",
                translit=("Pema Yangzam", "Phema Yangzom", "Pema Yangdzom"),
                variant_forenames=("Phema",), variant_surnames=("Yangzam", "Yangdzom")),
        _police("Clarence", "Outerbridge", "ACC", "Assistant Chief Constable (Crime)",
                "acc.outerbridge", given="Horace", nickname="Clarrie"),
        _police("Tomba", "Ningthoujam", "DI", "Detective Inspector", "tomba.ningthoujam",
                middle="Singh", family_first=True,
                translit=("Thomba Ningthoujam", "Tomba Ningthoujom"),
                variant_forenames=("Thomba",), variant_surnames=("Ningthoujom",)),
        _police("Kobina", "Essandoh", "DS", "Detective Sergeant", "ds0932",
                collar="0932", alias="Benjamin Essandoh",
                translit=("Kobena Essandoh", "Kobina Esandoh", "Cobbina Essandoh"),
                variant_forenames=("Kobena", "Cobbina"), variant_surnames=("Esandoh",)),
        _police("Korto", "Flomo", "DC", "Detective Constable", "korto.flomo",
                collar="6604", female=True, nickname="Korty",
                translit=("Korto Flumo", "Kortu Flomo"),
                variant_forenames=("Kortu",), variant_surnames=("Flumo",)),
        _police("Catrìona", "NicAoidh", "DC", "Detective Constable", "nicaoidh.c2271",
                collar="2271", female=True, nickname="Cat",
                translit=("Katriona NicAoidh", "Catrìona MhicAoidh"),
                variant_forenames=("Katriona",), variant_surnames=("MhicAoidh",),
                punctuation=("Catrìona Nic Aoidh", "Catrìona Nic-Aoidh")),
        _police("Teina", "Tangaroa", "PCSO", "Police Community Support Officer", "pcso40117",
                collar="40117", female=True,
                translit=("Teina Tagaroa", "Teina Tangaloa"),
                variant_surnames=("Tagaroa", "Tangaloa")),
        _police("Arslanbek", "Kuvandykov", "PS", "Custody Sergeant", "custody.kuvandykov",
                collar="38", nickname="Beka",
                punctuation=("Arslan-Bek Kuvandykov", "Arslan Bek Kuvandykov"),
                translit=("Arslanbek Kuvandikov", "Arslanbek Quwandyqov", "Arslanbek Kuwandykow"),
                variant_surnames=("Kuvandikov", "Quwandyqov", "Kuwandykow")),
        _police("Glen", "Sparrow", "PC", "Constable", "pc719.sparrow",
                collar="719", nickname="Glenny", middle="Arthur"),
        _police("Wondimu", "Hankamo", "Insp", "Inspector, Neighbourhoods", "insp.hankamo",
                translit=("Wendimu Hankamo", "Wondimu Hanqamo", "Wondemu Hankamo"),
                variant_forenames=("Wendimu", "Wondemu"), variant_surnames=("Hanqamo",)),
        Person("Itzel", "Guendulain", title="Ms", group="police", role="Intelligence Analyst",
               email=f"i.guendulain@analysis.{POLICE_DOMAIN}", female=True, given="María",
               translit=("Itzel Guendulaín", "Itsel Guendulain"),
               variant_forenames=("Itsel",), variant_surnames=("Guendulaín",)),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Mphatso", "Nyirongo", "Cllr", "Leader of the Council", "leader.nyirongo",
                 alias="Patrick Nyirongo",
                 translit=("Mpatso Nyirongo", "Mphatso Nyirongho"),
                 variant_forenames=("Mpatso",), variant_surnames=("Nyirongho",)),
        _council("Hope", "Goodchild-Stubbs", "Cllr", "Portfolio Holder, Children",
                 "cllr.goodchild-stubbs", female=True, middle="Daisy", nickname="Hopey",
                 punctuation=("Hope Goodchild Stubbs", "Hope GoodchildStubbs",
                              "Hope Goodchild–Stubbs")),
        _council("Dwayne", "Rolle", "Cllr", "Chair, Overview and Scrutiny", "d.rolle",
                 nickname="Dee", middle="Cordell"),
        _council("Mmapula", "Sekgobela", "Ms", "Social Worker", "mmapula.sekgobela",
                 female=True, married="Kettle", married_on=dt.date(2002, 10, 12),
                 translit=("Mmapula Sekhobela", "Mmaphula Sekgobela"),
                 variant_forenames=("Mmaphula",), variant_surnames=("Sekhobela",)),
        _council("Ecweru", "Opolot", "Mr", "Social Worker", "ecweru.opolot",
                 translit=("Echweru Opolot", "Ecweru Opolott"),
                 variant_forenames=("Echweru",), variant_surnames=("Opolott",)),
        _council("Lovely", "Pacaña", "Ms", "Missing Persons Coordinator", "missing.pacana",
                 female=True, given="Josefina", nickname="Love"),
        _council("Thierno", "Sow", "Mr", "Service Manager, Exploitation", "thierno.sow",
                 middle="Bademba",
                 translit=("Ceerno Sow", "Tierno Sow", "Thierno Sowe"),
                 variant_forenames=("Ceerno", "Tierno"), variant_surnames=("Sowe",)),
        _council("Kerlisha", "Thwaites", "Ms", "Youth Offending Officer", "yot.thwaites",
                 female=True, nickname="Kerri", middle="Ann-Marie"),
        Person("Siaka", "Ouattara", title="Mr", group="school", role="Headteacher",
               email=f"head@{SCHOOL_DOMAIN}",
               translit=("Siaka Watara", "Siaka Wattara", "Syaka Ouattara"),
               variant_forenames=("Syaka",), variant_surnames=("Watara", "Wattara")),
        Person("Ebenye", "Ekwalla", title="Ms", group="solicitor", role="Solicitor",
               email=f"e.ekwalla@{LAW_DOMAIN}", female=True, nickname="Benye", middle="Sona"),
        Person("Oretha", "Dweh", title="Sub Lt", group="cadets",
               role="Officer in Charge, Sea Cadets", email="oic.dweh@seacadets-unit.org.uk",
               female=True, middle="Famatta"),
        Person("Jack", "Farthing", title="Mr", group="bootsale", role="Car Boot Organiser",
               email="jack@farthing-carboot.co.uk", nickname="Jacko", middle="Reginald"),
        Person("Nurul", "Amin", title="Mr", group="launderette", role="Launderette Owner",
               email="nurul@suds-launderette.co.uk", alias="Norman Amos",
               translit=("Noorul Amin", "Nurul Ameen", "Nurool Amin"),
               variant_forenames=("Noorul", "Nurool"), variant_surnames=("Ameen",)),
        Person("Kenrick", "Cupid", title="Mr", group="bingo", role="Bingo Hall Manager",
               email="manager@jackpot-bingo.co.uk", nickname="Kenny"),
        Person("Bríd", "Mulcahy", title="Mrs", group="allotments",
               role="Secretary, Allotment Society", email="secretary@ockendale-allotments.org.uk",
               female=True, nickname="Biddy",
               translit=("Brigid Mulcahy", "Bride Mulcahy"),
               variant_forenames=("Brigid", "Bride")),
        Person("Pauloosie", "Qaunaq", title="Mr", group="rink", role="Ice Rink Manager",
               email="duty.manager@glacier-icerink.co.uk",
               translit=("Paulusi Qaunaq", "Pauloosie Kaunak", "Paulosie Qaunnaq"),
               variant_forenames=("Paulusi", "Paulosie"), variant_surnames=("Kaunak", "Qaunnaq")),
        Person("Marva", "Treasure", title="Mrs", group="charity", role="Charity Shop Manager",
               email="shop.manager@hospice-shops.org.uk", female=True, nickname="Mar",
               middle="Yvette"),
    ]


def _young() -> list[Person]:
    return [
        Person("Poppy", "Hedges", group="young", female=True, middle="Iris", nickname="Pops"),
        Person("H'Bia", "Ksor", group="young", female=True,
               punctuation=("HBia Ksor", "H Bia Ksor", "H’Bia Ksor")),
        Person("Alnashir", "Tulawie", group="young", nickname="Nash",
               translit=("Alnasir Tulawie", "Alnashir Tulawi"),
               variant_forenames=("Alnasir",), variant_surnames=("Tulawi",)),
        Person("Kimiko", "Ladore", group="young", female=True, nickname="Kimi"),
        Person("Ochan", "Lokwiya", group="young", given="Geoffrey",
               translit=("Ochan Lokwia", "Otchan Lokwiya"),
               variant_forenames=("Otchan",), variant_surnames=("Lokwia",)),
        Person("Jevon", "Mapp", group="young", nickname="Jev", middle="Tyrese"),
        Person("Shaquana", "Hurst", group="young", female=True, nickname="Quana",
               middle="Monique"),
        Person("Kemar", "Pitterson", group="young", nickname="Kem"),
        Person("Sorie", "Caulker", title="Master", group="young",
               translit=("Sori Caulker", "Sorie Corker"),
               variant_forenames=("Sori",), variant_surnames=("Corker",)),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Emuron", "Opolot", title="Mr", group="suspect", alias="Eddie Opal",
               translit=("Emuron Opolott",), variant_surnames=("Opolott",)),
        Person("Hervé", "Tchatchoua", title="Mr", group="suspect", nickname="Vévé",
               translit=("Hervé Tchatchwa", "Hervé Chachoua"),
               variant_surnames=("Tchatchwa", "Chachoua")),
        Person("Ndong", "Obiang", title="Mr", group="suspect", nickname="Dongo",
               middle="Esono"),
        Person("Yakité", "Ngaïkoumon", title="Mr", group="suspect",
               translit=("Yakite Ngaikumon", "Yakité Ngaikoumon"),
               variant_surnames=("Ngaikumon",)),
        Person("Gervais", "Nduwayezu", title="Mr", group="suspect", nickname="Gerv",
               translit=("Gervais Nduwayesu", "Gervais Ndwayezu"),
               variant_surnames=("Nduwayesu", "Ndwayezu")),
        Person("Bonnie", "Frost", title="Ms", group="suspect", female=True,
               given="Elspeth", nickname="Bon"),
        Person("Kamal", "Dongolawi", title="Mr", group="suspect", alias="Kamal Dahab",
               translit=("Kamaal Dongolawi", "Kamal Dunqulawi"),
               variant_forenames=("Kamaal",), variant_surnames=("Dunqulawi",)),
        Person("Kirimi", "Mwiti", title="Mr", group="suspect", alias="Kevin Witty",
               nickname="Kiri"),
        Person("Deniece", "Hurst", title="Mrs", group="parent", female=True, nickname="Neecy"),
        Person("Lennox", "Pitterson", title="Mr", group="parent"),
        Person("Yeama", "Caulker", title="Mrs", group="parent", female=True,
               translit=("Yema Caulker",), variant_forenames=("Yema",)),
    ]


def _decoys() -> list[Person]:
    """Different people one letter or one sound from a cast member, named in full."""
    return [
        Person("Hervé", "Tchatchoue", group="decoy", role="Scaffolder",
               decoy_of="Hervé Tchatchoua"),
        Person("Kirimi", "Mwiri", group="decoy", role="Postman", decoy_of="Kirimi Mwiti"),
        Person("Emurot", "Opolot", group="decoy", role="Chef", decoy_of="Emuron Opolot"),
        Person("Kemal", "Dongolawi", group="decoy", role="Optician",
               decoy_of="Kamal Dongolawi"),
        Person("Gervas", "Nduwayezu", group="decoy", role="Plasterer",
               decoy_of="Gervais Nduwayezu"),
        Person("Ndong", "Obiong", group="decoy", role="Lifeguard", decoy_of="Ndong Obiang"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation, in shapes the earlier sets did not use (a "CE/" number with a
# year, a "Subject" and a Greek letter, an "YP-" letter pair, a "Case" number in square brackets);
# two children have a code in each operation.
CODES = {
    OPERATIONS[0]: {"Poppy Hedges": "CE/04-2", "H'Bia Ksor": "Subject Delta",
                    "Ochan Lokwiya": "YP-KQ", "Alnashir Tulawie": "[Case 31]"},
    OPERATIONS[1]: {"Poppy Hedges": "YP-RW", "Kimiko Ladore": "CE/12-7",
                    "Jevon Mapp": "Subject Sigma", "Kemar Pitterson": "[Case 58]",
                    "Shaquana Hurst": "CE/13-3", "Ochan Lokwiya": "Subject Omega"},
}


# The ninth set's rules over this set's cast: who shares a surname and initial (or title), and
# which measured forms a person can be written in (decoys in full only; a form fitting a
# namesake is written as an ambiguous mention instead).
namesakes = bound(ninth.namesakes, CAST=CAST)
applicable_forms = bound(ninth.applicable_forms, namesakes=namesakes)
