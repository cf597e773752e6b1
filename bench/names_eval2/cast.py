"""The invented cast of the second names evaluation set, and every way each of them can be written.

The town, its force, its council and every person are made up for this set alone, and chosen
to differ from the first set (bench/names_eval): other naming traditions, prefixes, hyphens,
double-barrelled surnames, people known by a middle name, diacritics that plain accent-stripping
does not remove. Six decoys are one letter away from a real person and are different people.
Two brothers share a surname, a first initial and a title: forms that only give those cannot be
told apart, so they must stay possible matches and are recorded apart from the measured forms.
No woman changes surname on marriage: the specification gives no rule that would link the two.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

TOWN = "Kelderwick"
POLICE_DOMAIN = "northmoor.pnn.police.uk"
COUNCIL_DOMAIN = "kelderwick.gov.uk"
SCHOOL_DOMAIN = "harbourside-academy.org.uk"

# The written forms measured. The first ten are issue 13's list (as in the first set); the last
# four split out what this set adds: missing diacritics, changed punctuation (apostrophes,
# hyphens, spaces in prefixes and double-barrelled names), the middle name written out, and the
# unused first given name of a person known by their middle name.
FORMS = (
    "canonical", "upper", "surname_comma", "initials", "title_surname", "title_collar",
    "nickname", "translit", "ocr", "email",
    "diacritics", "punctuation", "with_middle", "given_name",
)

# Letters that plain NFKD decomposition leaves alone, folded as a person would type them.
_NON_DECOMPOSING = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "đ": "d", "Đ": "D"})


def ascii_fold(text: str) -> str:
    """The text without diacritics (as a keyboard without them would write it)."""
    text = unicodedata.normalize("NFKD", text.translate(_NON_DECOMPOSING))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Person:
    """One person; `given` is the unused first given name of someone known by their middle name."""

    forename: str
    surname: str
    middle: str = ""
    group: str = "adult"
    title: str = ""
    collar: str = ""
    role: str = ""
    nickname: str = ""
    variant_forenames: tuple[str, ...] = ()
    variant_surnames: tuple[str, ...] = ()
    punctuation: tuple[str, ...] = ()
    given: str = ""
    email: str = ""
    decoy_of: str = ""
    ambiguous_with: str = ""

    @property
    def canonical(self) -> str:
        return f"{self.forename} {self.surname}"

    def applicable_forms(self) -> list[str]:
        """The measured forms this person can be written in (besides the canonical one)."""
        forms = ["upper", "surname_comma", "ocr"]
        if not self.ambiguous_with:
            forms.append("initials")
            if self.title:
                forms.append("title_surname")
        optional = {"title_collar": self.collar, "nickname": self.nickname,
                    "translit": self.variant_forenames or self.variant_surnames,
                    "email": self.email, "punctuation": self.punctuation,
                    "diacritics": ascii_fold(self.canonical) != self.canonical,
                    "with_middle": self.middle or self.given, "given_name": self.given}
        return forms + [form for form, present in optional.items() if present]


def _police(forename: str, middle: str, surname: str, rank: str, role: str,
            **kw: object) -> Person:
    local = f"{ascii_fold(forename)}.{ascii_fold(surname)}".lower().replace("'", "")
    return Person(forename, surname, middle, "police", rank, role=role,
                  email=f"{local}@{POLICE_DOMAIN}", **kw)  # type: ignore[arg-type]


def _council(forename: str, middle: str, surname: str, title: str, role: str,
             **kw: object) -> Person:
    local = f"{ascii_fold(forename)[0]}{ascii_fold(surname)}".lower()
    local = local.replace("'", "").replace(" ", "").replace("-", "")
    return Person(forename, surname, middle, "council", title, role=role,
                  email=f"{local}@{COUNCIL_DOMAIN}", **kw)  # type: ignore[arg-type]


def _officers() -> list[Person]:
    return [
        _police("Harriet", "Anne", "Lowther-Pryce", "DCI", "Senior Investigating Officer",
                nickname="Hattie", punctuation=("Lowther Pryce",)),
        _police("Bernard", "Joseph", "Quinlan", "Supt", "Divisional Commander", nickname="Bernie"),
        _police("Declan", "", "Fitzgerald", "DI", "Detective Inspector", given="James",
                punctuation=("FitzGerald",)),
        _police("Siobhán", "Marie", "McLaughlin", "DS", "Detective Sergeant",
                variant_forenames=("Shevaun",), punctuation=("Mc Laughlin",)),
        _police("Tara", "Louise", "Brogan", "DC", "Detective Constable"),
        _police("Ciarán", "Michael", "O'Sullivan", "DC", "Detective Constable",
                variant_forenames=("Kieran",), punctuation=("O Sullivan", "OSullivan",
                                                             "O\u2019Sullivan")),
        _police("Harjit", "Singh", "Dhillon", "DC", "Detective Constable",
                variant_forenames=("Harjeet",)),
        _police("Gareth", "Rhys", "Pryor", "PC", "Constable", collar="3391"),
        _police("Dariusz", "Jan", "Nowicki", "PC", "Constable", collar="1187", nickname="Darek"),
        _police("Kwabena", "Yaw", "Asante", "PC", "Constable", collar="2750", nickname="Kobby",
                variant_forenames=("Kwabina",)),
        _police("Fiona", "Jane", "McCann", "PS", "Custody Sergeant", collar="804",
                punctuation=("Mc Cann",)),
        _police("Liam", "Patrick", "Brennan", "PC", "Constable", collar="4062"),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Zulfiqar", "Ali", "Hussain", "Cllr", "Leader of the Council",
                 variant_forenames=("Zulfikar",), variant_surnames=("Hussein", "Husain")),
        _council("Sunita", "", "Bhatt", "Cllr", "Cabinet Member for Children"),
        _council("Rosalind", "Mary", "Ashby Crane", "Cllr", "Chair of Licensing Committee",
                 punctuation=("Ashby-Crane",)),
        _council("Tobias", "Huw", "Wynn-Jones", "Cllr", "Ward Councillor",
                 punctuation=("Wynn Jones",)),
        _council("Adaeze", "Chioma", "Nwosu", "Ms", "Social Worker", nickname="Ada"),
        _council("Małgorzata", "Ewa", "Wiśniewska", "Mrs", "Social Worker", nickname="Gosia"),
        _council("Kerry-Ann", "", "Douglas", "Ms", "Team Manager", punctuation=("Kerry Ann",)),
        _council("Priya", "Lakshmi", "Raghunathan", "Mrs", "Service Manager",
                 variant_surnames=("Ragunathan",)),
        _council("Colm", "", "MacAuley", "Mr", "Manager, Merchant House", given="Thomas",
                 variant_surnames=("McAuley",), punctuation=("Mac Auley",)),
        Person("Olufemi", "Adeyemi", "Babatunde", "school", "Dr", role="Head Teacher",
               nickname="Femi", email=f"o.adeyemi@{SCHOOL_DOMAIN}"),
        Person("Yetunde", "Bankole", "Abiola", "solicitor", "Ms", role="Solicitor",
               email="ybankole@bankolehart.co.uk"),
    ]


def _young() -> list[Person]:
    rows = [
        ("Katarzyna", "Wójcik", "Anna", dict(nickname="Kasia")),
        ("Shannon", "McGovern", "Leigh", dict(nickname="Shaz", punctuation=("Mc Govern",))),
        ("Chelsea", "Oyelaran-Briggs", "Marie", dict(punctuation=("Oyelaran Briggs",))),
        ("Aaliyah", "Chowdhury", "", dict(variant_surnames=("Choudhury", "Chaudhury"))),
        ("Tyler", "Doherty", "James", dict(variant_surnames=("Docherty",))),
        ("Roxanne", "Dunphy", "Louise", {}),
        ("Mykola", "Petrenko", "", dict(variant_forenames=("Nikolai", "Mikola"))),
        ("Bethany", "Quayle", "Jade", {}),
    ]
    return [Person(f, s, m, "young", "" if f in ("Tyler", "Mykola") else "Miss",
                   role="Young person", **kw) for f, s, m, kw in rows]  # type: ignore[arg-type]


def _suspects_and_family() -> list[Person]:
    return [
        Person("Chukwuemeka", "Okafor", "", "suspect", "Mr", role="Taxi driver", nickname="Emeka",
               ambiguous_with="Chinedu Okafor"),
        Person("Chinedu", "Okafor", "", "suspect", "Mr", role="Taxi driver",
               ambiguous_with="Chukwuemeka Okafor"),
        Person("Imran", "Qureshi", "", "suspect", "Mr", role="Private hire operator",
               variant_surnames=("Kureshi", "Qureshy")),
        Person("Oleksandr", "Kovalenko", "", "suspect", "Mr", role="Car wash owner",
               nickname="Sasha", variant_forenames=("Aleksandr", "Olexandr")),
        Person("Dragan", "Petrović", "", "suspect", "Mr", role="Takeaway owner",
               variant_surnames=("Petrovich",)),
        Person("Shane", "McDonagh", "Francis", "suspect", "Mr", role="Unemployed",
               variant_surnames=("MacDonagh",)),
        Person("Lee-Roy", "Gartside", "", "suspect", "Mr", role="Doorman",
               punctuation=("Lee Roy",)),
        Person("Bridget", "Dunphy", "Ann", "parent", "Mrs", role="Mother of Roxanne"),
    ]


def _decoys() -> list[Person]:
    return [
        Person("Gareth", "Prior", "Owen", "decoy", "Mr", role="Garage owner",
               decoy_of="Gareth Pryor"),
        Person("Dariusz", "Nowacki", "", "decoy", "Mr", role="Lorry driver",
               decoy_of="Dariusz Nowicki"),
        Person("Fiona", "McCain", "Ruth", "decoy", "Ms", role="Teacher",
               email=f"f.mccain@{SCHOOL_DOMAIN}", decoy_of="Fiona McCann"),
        Person("Liam", "Brannan", "", "decoy", "Mr", role="Neighbour", decoy_of="Liam Brennan"),
        Person("Sunita", "Bhatti", "", "decoy", "Mrs", role="Pharmacist",
               decoy_of="Sunita Bhatt"),
        Person("Sara", "Brogan", "", "decoy", "Mrs", role="Foster carer", decoy_of="Tara Brogan"),
    ]


CAST: list[Person] = (_officers() + _council_and_professionals() + _young()
                      + _suspects_and_family() + _decoys())
BY_NAME: dict[str, Person] = {p.canonical: p for p in CAST}

# Anonymised codes, scoped within an operation (a case file): a child's code differs between
# the two operations, and a code never counts as naming the child.
OPERATIONS = ("Operation Saltire", "Operation Quillon")
CODES: dict[str, dict[str, str]] = {
    "Operation Saltire": {"Katarzyna Wójcik": "Child D", "Shannon McGovern": "Child E",
                          "Roxanne Dunphy": "Child F", "Tyler Doherty": "Witness C"},
    "Operation Quillon": {"Chelsea Oyelaran-Briggs": "YP5", "Aaliyah Chowdhury": "YP6",
                          "Bethany Quayle": "YP7", "Shannon McGovern": "Victim 2",
                          "Mykola Petrenko": "YP8"},
}
