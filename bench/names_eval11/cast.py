"""The invented cast of the eleventh names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
street or firm with the first ten sets. The naming traditions are ones those sets used least or
not at all: Oromo (a father's forename as the child's surname, Qubee spellings with doubled
vowels), Flemish (a hyphenated forename), Turkmen (Latin letters beside the Russian spelling),
Sesotho, Sindhi (a two-word forename), Sami (letters of their own), Montenegrin, Moldovan
(Romanian beside Russian spellings), Ewe, Parsi (a compound occupational surname), Acholi,
Lebanese, Indo-Guyanese (known by a second given name), Odia, Goan (a marriage to a surname with
an apostrophe), Kabyle (Ait with a diaeresis and a hyphen), Bemba, Colombian (two surnames, Jhon
spellings), Luo (the ng' letter), Taiwanese (Wade-Giles, family name written first), Assyrian,
Edo, Maldivian (no family name), Fula (Diallo / Jalloh), Malian Bambara, Ga (the Nii prefix),
Irish (Ó), Egyptian (Abdel compounds), Kalenjin (arap), and British English. Six decoys are one
letter or one sound away from a cast member and are different people.
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

TOWN = "Quarrington"
FORCE = "Wharfe and Aire Constabulary"
FORCE_SHORT = "WAC"
COUNCIL = "Quarrington District Council"
COUNCIL_SHORT = "QDC"
POLICE_DOMAIN = "wharfe-aire.pnn.police.uk"
COUNCIL_DOMAIN = "quarrington.gov.uk"
SCHOOL_DOMAIN = "scarthwaite-academy.org.uk"
LAW_DOMAIN = "odisho-law.co.uk"
PARISH_DOMAIN = "stbrendan-qb.org.uk"
SURGERY_DOMAIN = "nhs.net"
OPERATIONS = ("Operation Tamarisk", "Operation Stonechat")  # up to 2005, from 2006

# The sixteen forms of the fifth to tenth sets.
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
        _police("Gemechu", "Tolosa", "DCI", "Senior Investigating Officer", "gemechu.tolosa",
                translit=("Gamachu Tolosa", "Gammachuu Tolosaa", "Gemechu Tolossa"),
                variant_forenames=("Gamachu", "Gammachuu"),
                variant_surnames=("Tolosaa", "Tolossa")),
        _police("Pieter-Jan", "Vercruysse", "Supt", "Head of Public Protection",
                "pieterjan.vercruysse", nickname="PJ",
                punctuation=("Pieter Jan Vercruysse", "PieterJan Vercruysse",
                             "Pieter–Jan Vercruysse")),
        _police("Myrat", "Annaýew", "DI", "Detective Inspector", "myrat.annayew",
                translit=("Myrat Annayev", "Murat Annaev", "Myrat Annaev"),
                variant_forenames=("Murat",), variant_surnames=("Annayev", "Annaev")),
        _police("Palesa", "Mokoena", "DS", "Detective Sergeant", "palesa.mokoena", female=True,
                nickname="Pali", middle="Nthabiseng"),
        _police("Ghulam Mustafa", "Soomro", "DC", "Detective Constable", "gm.soomro",
                collar="50218",
                translit=("Ghulam Mustafa Sumro", "Gulam Mustafa Soomro", "Ghulam Mustafa Soomroo"),
                variant_forenames=("Gulam Mustafa",), variant_surnames=("Sumro", "Soomroo"),
                punctuation=("Ghulam-Mustafa Soomro", "GhulamMustafa Soomro")),
        _police("Niillas", "Hætta", "PC", "Constable", "niillas.haetta", collar="2716",
                translit=("Nils Hætta", "Niilas Hætta", "Niillas Haetta"),
                variant_forenames=("Nils", "Niilas"), variant_surnames=("Haetta",)),
        _police("Vesna", "Vujošević", "DC", "Detective Constable", "vesna.vujosevic",
                collar="3318", female=True,
                translit=("Vesna Vujoshevich", "Vesna Vujosevich", "Vesna Wujosevic"),
                variant_surnames=("Vujoshevich", "Vujosevich", "Wujosevic")),
        _police("Ion", "Ciobanu", "PCSO", "Police Community Support Officer", "ion.ciobanu",
                collar="6042",
                translit=("Ion Chobanu", "Ivan Ciobanu", "Ion Tchobanou"),
                variant_forenames=("Ivan",), variant_surnames=("Chobanu", "Tchobanou")),
        _police("Mawuli", "Agbeko", "PS", "Custody Sergeant", "mawuli.agbeko", collar="77",
                nickname="Mawu", translit=("Mawuli Agbekor", "Mawouli Agbeko"),
                variant_forenames=("Mawouli",), variant_surnames=("Agbekor",)),
        _police("Zarine", "Daruwalla", "Ms", "Intelligence Analyst", "zarine.daruwalla",
                female=True,
                translit=("Zarin Daruwala", "Zarine Daruvala", "Zarine Daruwallah"),
                variant_forenames=("Zarin",), variant_surnames=("Daruwala", "Daruvala",
                                                                 "Daruwallah"),
                punctuation=("Zarine Daru-Walla", "Zarine Daru Walla")),
        _police("Patrick", "Okwera", "DC", "Detective Constable", "patrick.okwera",
                middle="Ojok", nickname="Paddy",
                translit=("Patrick Okwerra",), variant_surnames=("Okwerra",)),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Georges", "Khoury", "Cllr", "Cabinet Member for Children", "georges.khoury",
                 translit=("Georges El-Khoury", "George Khouri", "Georges Khury"),
                 variant_forenames=("George",),
                 variant_surnames=("El-Khoury", "Khouri", "Khury")),
        _council("Gillian", "Dobroyd-Muir", "Cllr", "Leader of the Council",
                 "gillian.dobroyd-muir", female=True, nickname="Gill",
                 translit=("Gillian Dobroyd", "Gillian Muir"),
                 variant_surnames=("Dobroyd", "Muir"),
                 punctuation=("Gillian Dobroyd Muir", "Gillian Dobroyd–Muir",
                              "Gillian Dobroyd - Muir")),
        _council("Ramesh", "Persaud", "Cllr", "Chair, Corporate Parenting Panel",
                 "ramesh.persaud", given="Deonarine",
                 translit=("Ramesh Pershad", "Ramesh Persad"),
                 variant_surnames=("Pershad", "Persad")),
        _council("Subhashree", "Mohapatra", "Cllr", "Ward Councillor, Scarthwaite",
                 "subhashree.mohapatra", female=True, nickname="Subha",
                 translit=("Subhashri Mahapatra", "Subhasree Mohapatra", "Subhashree Mahapatra"),
                 variant_forenames=("Subhashri", "Subhasree"),
                 variant_surnames=("Mahapatra",)),
        _council("Conceição", "Fernandes", "Miss", "Social Worker", "conceicao.fernandes",
                 female=True, nickname="Connie", married="D'Mello",
                 married_on=dt.date(1999, 6, 12)),
        _council("Lounès", "Aït-Mokrane", "Mr", "Social Worker", "lounes.aitmokrane",
                 translit=("Lounes Ait Mokrane", "Lounès Mokrane", "Lunes Ait-Mokrane"),
                 variant_forenames=("Lunes",), variant_surnames=("Mokrane",),
                 punctuation=("Lounès Aït Mokrane", "Lounès AïtMokrane", "Lounès Aït–Mokrane")),
        _council("Chanda", "Mulenga", "Ms", "Missing Children Coordinator", "chanda.mulenga",
                 female=True, middle="Bwalya",
                 translit=("Chanda Mulengah", "Chanda B. Mulenga"),
                 variant_surnames=("Mulengah",)),
        _council("Mariana", "Restrepo Gaviria", "Mrs", "Team Manager, Exploitation",
                 "mariana.restrepo", female=True, nickname="Mari",
                 translit=("Mariana Restrepo", "Mariana Restrepo G."),
                 variant_surnames=("Restrepo",),
                 punctuation=("Mariana Restrepo-Gaviria", "Mariana RestrepoGaviria")),
        _council("Ochieng'", "Odhiambo", "Mr", "Youth Offending Team Officer",
                 "ochieng.odhiambo",
                 translit=("Ochieng Odhiambo", "Otieno Odhiambo", "Ochieng Odiambo"),
                 variant_forenames=("Ochieng", "Otieno"), variant_surnames=("Odiambo",)),
        Person("Barnaby", "Pilling-Orme", title="Mr", group="school",
               role="Principal", email=f"b.pilling-orme@{SCHOOL_DOMAIN}",
               nickname="Barney",
               translit=("Barnaby Pilling", "Barnaby Orme"),
               variant_surnames=("Pilling", "Orme"),
               punctuation=("Barnaby Pilling Orme", "Barnaby PillingOrme")),
        Person("Shamiram", "Odisho", title="Ms", group="solicitor", role="Solicitor",
               email=f"shamiram@{LAW_DOMAIN}", female=True,
               translit=("Shamiram Odishu", "Shamiran Odisho", "Semiramis Odisho"),
               variant_forenames=("Shamiran", "Semiramis"), variant_surnames=("Odishu",)),
        Person("Osagie", "Igbinedion", title="Fr", group="church", role="Parish Priest",
               email=f"fr.osagie@{PARISH_DOMAIN}",
               translit=("Osagie Igbinedio", "Osagiede Igbinedion"),
               variant_forenames=("Osagiede",), variant_surnames=("Igbinedio",)),
        Person("Chih-wei", "Lin", title="Dr", group="hospital", role="General Practitioner",
               email=f"chihwei.lin@{SURGERY_DOMAIN}", family_first=True,
               translit=("LIN Chih-wei", "Zhiwei Lin", "Chihwei Lin", "Lin Chih-Wei"),
               variant_forenames=("Zhiwei", "Chihwei")),
        Person("Fathimath", "Nazeera", title="Ms", group="interpreter", role="Interpreter",
               email=f"fathimath.nazeera@{COUNCIL_DOMAIN}", female=True, alias="Fiona Nash",
               translit=("Fathmath Nazeera", "Fathimath Nazira"),
               variant_forenames=("Fathmath",), variant_surnames=("Nazira",)),
    ]


def _young() -> list[Person]:
    return [
        Person("Demi-Leigh", "Birkinshaw", group="young", female=True, nickname="Demi",
               punctuation=("Demi Leigh Birkinshaw", "DemiLeigh Birkinshaw", "Demi–Leigh Birkinshaw")),
        Person("Hawa", "Diallo", group="young", female=True,
               translit=("Hawa Jalloh", "Hawa Djallo", "Awa Diallo"),
               variant_forenames=("Awa",), variant_surnames=("Jalloh", "Djallo")),
        Person("Aminata", "Keïta", group="young", female=True, nickname="Mina",
               translit=("Aminata Keyta", "Aminatou Keïta"),
               variant_forenames=("Aminatou",), variant_surnames=("Keyta",)),
        Person("Chaltu", "Gemechu", group="young", female=True,
               translit=("Caaltuu Gammachuu", "Chaltu Gamachu"),
               variant_forenames=("Caaltuu",), variant_surnames=("Gammachuu", "Gamachu")),
        Person("Lineo", "Mokoena", group="young", female=True, middle="Refiloe"),
        Person("Ciarán", "Ó Briain", group="young",
               translit=("Kieran O'Brien", "Ciarán O'Brien", "Ciaran O Briain"),
               variant_forenames=("Kieran",), variant_surnames=("O'Brien",),
               punctuation=("Ciarán Ó'Briain", "Ciarán ÓBriain")),
        Person("Ioana", "Ciobanu", group="young", female=True,
               translit=("Ioana Chobanu", "Yoana Ciobanu"), variant_forenames=("Yoana",),
               variant_surnames=("Chobanu",)),
        Person("Nii Okai", "Quaye", group="young",
               translit=("Okai Quaye", "Nii Okai Quaye Jnr"),
               punctuation=("Nii-Okai Quaye", "NiiOkai Quaye")),
        Person("Jade", "Birtwhistle", group="young", female=True, middle="Marie",
               nickname="Jadey"),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Mahmoud", "Abdel-Fattah", title="Mr", group="suspect", alias="Mike Hassan",
               translit=("Mahmud Abdel-Fattah", "Mahmoud Abd el-Fattah",
                         "Mahmoud Abd al-Fattah"),
               variant_forenames=("Mahmud",), variant_surnames=("Abd el-Fattah",
                                                                 "Abd al-Fattah"),
               punctuation=("Mahmoud Abdel Fattah", "Mahmoud Abdelfattah",
                            "Mahmoud Abdel–Fattah")),
        Person("Ninos", "Yonan", title="Mr", group="suspect", alias="Nicky Yale",
               translit=("Ninos Younan", "Ninos Yonen", "Ninous Yonan"),
               variant_forenames=("Ninous",), variant_surnames=("Younan", "Yonen")),
        Person("Batyr", "Annaýew", title="Mr", group="suspect",
               translit=("Batyr Annayev", "Batir Annaev"),
               variant_forenames=("Batir",), variant_surnames=("Annayev", "Annaev")),
        Person("Shahzad", "Memon", title="Mr", group="suspect", nickname="Shaz",
               translit=("Shehzad Memon", "Shahzad Meman"),
               variant_surnames=("Meman",)),
        Person("Jhon Fredy", "Ospina", title="Mr", group="suspect", nickname="Freddy",
               translit=("John Freddy Ospina", "Jhon Freddy Ospina", "Jhon Fredy Ospina Ríos"),
               variant_forenames=("John Freddy", "Jhon Freddy")),
        Person("Kipchumba", "Rotich", title="Mr", group="suspect", nickname="Chumba",
               translit=("Kipchumba arap Rotich", "Kipchumba Rotick"),
               variant_surnames=("Rotick",)),
        Person("Osaro", "Igbinedion", title="Mr", group="suspect",
               translit=("Osaro Igbinedio",), variant_surnames=("Igbinedio",)),
        Person("Wayne", "Gledhill", title="Mr", group="suspect", given="Shaun",
               nickname="Gleddy"),
        Person("Toufic", "Chidiac", title="Mr", group="suspect", alias="Tony Chadwick",
               translit=("Tawfiq Shidyaq", "Toufik Chidiac", "Tawfik Chidiac"),
               variant_forenames=("Tawfiq", "Toufik", "Tawfik"), variant_surnames=("Shidyaq",)),
        Person("Gemechu", "Dinsa", title="Mr", group="parent",
               translit=("Gamachu Dinsa", "Gemechu Dinsaa"),
               variant_forenames=("Gamachu",), variant_surnames=("Dinsaa",)),
        Person("Kadiatou", "Diallo", title="Mrs", group="parent", female=True,
               translit=("Kadiatou Jalloh", "Khadija Diallo"),
               variant_forenames=("Khadija",), variant_surnames=("Jalloh",)),
        Person("Sharon", "Birkinshaw", title="Mrs", group="parent", female=True, nickname="Shazza"),
    ]


def _decoys() -> list[Person]:
    """Different people one letter or one sound from a cast member, named in full."""
    return [
        Person("Jhon Fredy", "Ospino", group="decoy", role="Car wash owner",
               decoy_of="Jhon Fredy Ospina"),
        Person("Toufic", "Chediac", group="decoy", role="Hairdresser",
               decoy_of="Toufic Chidiac"),
        Person("Ninos", "Yonnan", group="decoy", role="Bus driver",
               decoy_of="Ninos Yonan"),
        Person("Shehzan", "Memon", group="decoy", role="Pharmacist",
               decoy_of="Shahzad Memon"),
        Person("Dwayne", "Gledhill", group="decoy", role="Scaffolder",
               decoy_of="Wayne Gledhill"),
        Person("Osaru", "Igbinedion", group="decoy", role="Student",
               decoy_of="Osaro Igbinedion"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation, in shapes the earlier sets did not use (a girl or boy with a
# letter, a victim number after a slash, a numbered complainant, an exploitation prefix with a
# hyphen); two children have a code in each operation.
CODES = {
    OPERATIONS[0]: {"Demi-Leigh Birkinshaw": "Girl K", "Hawa Diallo": "V/07",
                    "Ciarán Ó Briain": "Boy P", "Jade Birtwhistle": "CSE-11"},
    OPERATIONS[1]: {"Demi-Leigh Birkinshaw": "Complainant 2", "Aminata Keïta": "Girl R",
                    "Chaltu Gemechu": "V/19", "Nii Okai Quaye": "Boy T",
                    "Ioana Ciobanu": "CSE-26", "Hawa Diallo": "Complainant 5"},
}


# The ninth set's rules over this set's cast: who shares a surname and initial (or title), and
# which measured forms a person can be written in (decoys in full only; a form fitting a
# namesake is written as an ambiguous mention instead).
namesakes = bound(ninth.namesakes, CAST=CAST)
applicable_forms = bound(ninth.applicable_forms, namesakes=namesakes)
