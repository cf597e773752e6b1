"""The invented cast of the twelfth names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
street or firm with the first eleven sets. The naming traditions are ones those sets used least
or not at all: Welsh patronymic (ap, in lower case), Turkish (dotless i, g with breve), Hungarian
(family name first at home), Scottish Gaelic (Nic for a woman, Gaelic beside the English form),
Kurmanji Kurdish (circumflexes), Lithuanian (a married woman's surname ending, -aitė to -ienė),
Filipino (the mother's maiden surname as middle name, "Ma." for Maria), Bangladeshi Sylheti
("Md" for Mohammed, a surname spelt three ways), Xhosa (click letters), Balinese (a birth-order name and the
"I" prefix), Sherpa (a clan name, Salaka, as the surname), Tunisian (Ben), Chilean (two surnames), Ibibio,
Baoulé (an apostrophe after N), Luhya (a church name before the name used), Chagga, Yoruba
(dots below and tone marks), Meitei (family name first, Devi), Cameroonian French (a hyphenated
forename), Tigrayan (a father's name as surname, "G/" for Gebre), Baloch, Kurdish Sorani,
Palestinian (a two-word surname; a kunya), Temne, Scottish Traveller, and British English. Six
decoys are one letter or one sound away from a cast member and are different people.
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

TOWN = "Scarrowfield"
FORCE = "Holme and Colne Constabulary"
FORCE_SHORT = "HCC"
COUNCIL = "Scarrowfield Borough Council"
COUNCIL_SHORT = "SBC"
POLICE_DOMAIN = "holme-colne.police.uk"
COUNCIL_DOMAIN = "scarrowfield.gov.uk"
SCHOOL_DOMAIN = "thornleigh-high.sch.uk"
LAW_DOMAIN = "laishram-legal.co.uk"
CHURCH_DOMAIN = "shiloh-scf.org"
SURGERY_DOMAIN = "nhs.net"
OPERATIONS = ("Operation Goldcrest", "Operation Mayweed")  # up to 2004, from 2005

# The sixteen forms of the fifth to eleventh sets.
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
        _police("Rhodri", "ap Gwilym", "DCI", "Senior Investigating Officer", "rhodri.apgwilym",
                translit=("Rhodri Gwilym", "Rhodri ab Gwilym"), variant_surnames=("Gwilym",),
                punctuation=("Rhodri Ap Gwilym", "Rhodri ap-Gwilym", "Rhodri apGwilym")),
        _police("Tarık", "Aydoğan", "Supt", "Head of Crime", "tarik.aydogan",
                translit=("Tarik Aydoghan", "Tariq Aydogan"),
                variant_forenames=("Tariq",), variant_surnames=("Aydoghan",)),
        _police("Ferenc", "Kertész", "DI", "Detective Inspector", "ferenc.kertesz",
                family_first=True, nickname="Feri",
                translit=("Kertész Ferenc", "Frank Kertesz", "KERTÉSZ Ferenc"),
                variant_forenames=("Frank",)),
        _police("Seonaid", "NicDhòmhnaill", "DS", "Detective Sergeant", "seonaid.nicdhomhnaill",
                female=True,
                translit=("Shona MacDonald", "Seonaid MacDonald", "Shona McDonald"),
                variant_forenames=("Shona",), variant_surnames=("MacDonald", "McDonald"),
                punctuation=("Seonaid Nic Dhòmhnaill", "Seonaid Nic-Dhòmhnaill")),
        _police("Rêbîn", "Zêbarî", "DC", "Detective Constable", "rebin.zebari", collar="4471",
                translit=("Rebeen Zebary", "Rebin Al-Zibari", "Rêbîn Zibari"),
                variant_forenames=("Rebeen",), variant_surnames=("Zebary", "Al-Zibari",
                                                                 "Zibari")),
        _police("Arūnas", "Vaitkus", "PC", "Constable", "arunas.vaitkus", collar="1093",
                translit=("Aroonas Vaitkus", "Arūnas Vaitkas"),
                variant_forenames=("Aroonas",), variant_surnames=("Vaitkas",)),
        _police("Maria Cristina", "Lacsamana", "DC", "Detective Constable", "mc.lacsamana",
                collar="562", female=True, middle="Dela Cruz", nickname="Cheche",
                translit=("Ma. Cristina Lacsamana", "Maricris Lacsamana"),
                variant_forenames=("Ma. Cristina", "Maricris"),
                punctuation=("Maria-Cristina Lacsamana", "MariaCristina Lacsamana")),
        _police("Abdul Muqit", "Laskar", "PCSO", "Police Community Support Officer",
                "abdul.laskar", collar="7209", given="Mohammed",
                translit=("Abdul Mukit Laskar", "Abdul Muqit Lashkar", "Abdul Muqit Loskor"),
                variant_forenames=("Abdul Mukit",), variant_surnames=("Lashkar", "Loskor"),
                punctuation=("Abdul-Muqit Laskar", "AbdulMuqit Laskar")),
        _police("Luyolo", "Gqirana", "PS", "Custody Sergeant", "luyolo.gqirana", collar="0415",
                nickname="Luyo", translit=("Luyolo Qirana", "Luyolo Gqirhana"),
                variant_surnames=("Qirana", "Gqirhana")),
        Person("Ketut", "Sudarsana", title="Mr", group="police", role="Intelligence Analyst",
               email=f"ketut.sudarsana@{POLICE_DOMAIN}",
               translit=("I Ketut Sudarsana", "Ketut Soedarsana", "I Kt. Sudarsana"),
               variant_forenames=("I Ketut", "I Kt."), variant_surnames=("Soedarsana",)),
        _police("Pasang Dorje", "Salaka", "DC", "Detective Constable", "pasang.salaka",
                translit=("Pasang Dorjee Salaka", "Pasang Dorji Salaka"),
                variant_forenames=("Pasang Dorjee", "Pasang Dorji"),
                punctuation=("Pasang-Dorje Salaka", "PasangDorje Salaka")),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Hédi", "Ben Salah", "Cllr", "Cabinet Member for Children", "hedi.bensalah",
                 translit=("Hadi Ben Salah", "Hédi Ben Saleh", "Hedy Ben Salah"),
                 variant_forenames=("Hadi", "Hedy"), variant_surnames=("Ben Saleh",),
                 punctuation=("Hédi Ben-Salah", "Hédi Bensalah", "Hédi BenSalah")),
        _council("Valentina", "Araya Fuenzalida", "Cllr", "Leader of the Council",
                 "valentina.araya", female=True, nickname="Vale",
                 translit=("Valentina Araya", "Valentina Araya F."),
                 variant_surnames=("Araya",),
                 punctuation=("Valentina Araya-Fuenzalida", "Valentina ArayaFuenzalida")),
        _council("Trevor", "Bellamy-Snape", "Cllr", "Chair, Licensing Committee",
                 "trevor.bellamy-snape", given="Norman", nickname="Trev",
                 translit=("Trevor Bellamy", "Trevor Snape"),
                 variant_surnames=("Bellamy", "Snape"),
                 punctuation=("Trevor Bellamy Snape", "Trevor Bellamy–Snape",
                              "Trevor Bellamy - Snape")),
        _council("Ekaete", "Edet", "Cllr", "Ward Councillor, Thornleigh", "ekaete.edet",
                 female=True, nickname="Kate",
                 translit=("Ekaette Edet", "Ekaete Eddet", "Ekaete Edet-Akpan"),
                 variant_forenames=("Ekaette",), variant_surnames=("Eddet", "Edet-Akpan")),
        _council("Rūta", "Žukauskaitė", "Miss", "Social Worker", "ruta.zukauskaite",
                 female=True, married="Butkienė", married_on=dt.date(2003, 8, 16)),
        _council("Yao", "N'Guessan", "Mr", "Social Worker", "yao.nguessan",
                 translit=("Yao N'Guéssan", "Yao Ngessan", "Yao N'Guessan Kouadio"),
                 variant_surnames=("N'Guéssan", "Ngessan"),
                 punctuation=("Yao NGuessan", "Yao N Guessan", "Yao N-Guessan")),
        _council("Nafula", "Wanjala", "Ms", "Missing Children Coordinator", "nafula.wanjala",
                 female=True, given="Grace",
                 translit=("Nafula Wanjalla", "Naphula Wanjala"),
                 variant_forenames=("Naphula",), variant_surnames=("Wanjalla",)),
        _council("Neema", "Lyimo", "Mrs", "Team Manager, Exploitation", "neema.lyimo",
                 female=True, middle="Esther",
                 translit=("Neema Lyimu", "Nehema Lyimo"),
                 variant_forenames=("Nehema",), variant_surnames=("Lyimu",)),
        _council("Ọláwálé", "Adébáyọ̀", "Mr", "Youth Offending Team Officer", "olawale.adebayo",
                 nickname="Wale",
                 translit=("Olawale Adebayor", "Ọlawale Adebayọ", "Olawale Adebayo-Cole"),
                 variant_surnames=("Adebayor", "Adebayọ", "Adebayo-Cole")),
        Person("Alasdair", "Mac Gill-Eain", title="Mr", group="school", role="Head Teacher",
               email=f"a.macgilleain@{SCHOOL_DOMAIN}",
               translit=("Alasdair Maclean", "Alastair MacLean", "Alexander Maclean"),
               variant_forenames=("Alastair", "Alexander"),
               variant_surnames=("Maclean", "MacLean"),
               punctuation=("Alasdair Mac Gill Eain", "Alasdair MacGill-Eain")),
        Person("Bembem", "Laishram", title="Ms", group="solicitor", role="Solicitor",
               email=f"bembem@{LAW_DOMAIN}", female=True, family_first=True,
               translit=("Laishram Bembem Devi", "Bembem Devi Laishram", "LAISHRAM Bembem"),
               variant_forenames=("Bembem Devi",)),
        Person("Jean-Pierre", "Fotso", title="Pastor", group="church", role="Senior Pastor",
               email=f"pastor.jp@{CHURCH_DOMAIN}", nickname="JP",
               translit=("Jean-Pierre Fotsou", "Jean-Pierre Fotso Kamdem"),
               variant_surnames=("Fotsou",),
               punctuation=("Jean Pierre Fotso", "JeanPierre Fotso", "Jean–Pierre Fotso")),
        Person("Tsegay", "Gebrekidan", title="Dr", group="hospital", role="General Practitioner",
               email=f"tsegay.gebremedhin@{SURGERY_DOMAIN}",
               translit=("Tsegai Gebrekidan", "Tsegay G/Kidan", "Tsegay Gebrekidn"),
               variant_forenames=("Tsegai",), variant_surnames=("G/Kidan", "Gebrekidn"),
               punctuation=("Tsegay Gebre-Kidan", "Tsegay Gebre Kidan")),
        Person("Nasir", "Baloch", title="Mr", group="interpreter", role="Interpreter",
               email=f"nasir.baloch@{COUNCIL_DOMAIN}", alias="Nasir Khan",
               translit=("Nasir Baluch", "Naseer Baloch", "Nasir Balouch"),
               variant_forenames=("Naseer",), variant_surnames=("Baluch", "Balouch")),
    ]


def _young() -> list[Person]:
    return [
        Person("Ang Lhamu", "Salaka", group="young", female=True, nickname="Lhamu",
               punctuation=("Ang-Lhamu Salaka", "AngLhamu Salaka")),
        Person("Kayleigh-Ann", "Rawcliffe", group="young", female=True, nickname="Kayls",
               punctuation=("Kayleigh Ann Rawcliffe", "KayleighAnn Rawcliffe",
                            "Kayleigh–Ann Rawcliffe")),
        Person("Elif", "Aydoğan", group="young", female=True,
               translit=("Elif Aydoghan",), variant_surnames=("Aydoghan",)),
        Person("Dorina", "Bihari", group="young", female=True, family_first=True,
               translit=("Bihari Dorina", "Dorina Bihary", "Dorina Bihariová"),
               variant_surnames=("Bihary", "Bihariová")),
        Person("Rojda", "Zêbarî", group="young", female=True,
               translit=("Rojda Zebary", "Rojda Zibari"), variant_surnames=("Zebary", "Zibari")),
        Person("Anathi", "Mqhayi", group="young", female=True, nickname="Nathi",
               translit=("Anathi Mqayi", "Anathi Umqhayi"), variant_surnames=("Mqayi",
                                                                            "Umqhayi")),
        Person("Jolene", "McPhee", group="young", female=True, middle="Shannon",
               translit=("Jolene MacPhee", "Jolene McFee"),
               variant_surnames=("MacPhee", "McFee")),
        Person("Rahim", "Bepari", group="young", given="Mohammed",
               translit=("Raheem Bepari", "Rahim Bepari Ahmed", "Rahim Bapari"),
               variant_forenames=("Raheem",), variant_surnames=("Bapari",)),
        Person("Kristine Joy", "Ocampo", group="young", female=True, middle="Reyes",
               nickname="KJ", translit=("Kristine Ocampo", "Christine Joy Ocampo"),
               variant_forenames=("Kristine", "Christine Joy")),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Mustafa", "Kılıçarslan", title="Mr", group="suspect", alias="Sammy Kaya",
               translit=("Mustafa Kilicarslan", "Mustafa Kylychaslan", "Mustapha Kılıçarslan"),
               variant_forenames=("Mustapha",),
               variant_surnames=("Kilicarslan", "Kylychaslan")),
        Person("Dilshad", "Pshdari", title="Mr", group="suspect", nickname="Dilo",
               translit=("Dilshad Pishdari", "Dilşad Pişderî", "Dilshad Al-Pshdari"),
               variant_forenames=("Dilşad",),
               variant_surnames=("Pishdari", "Pişderî", "Al-Pshdari")),
        Person("Jubair Ahmed", "Mazumder", title="Mr", group="suspect", nickname="Jubs",
               translit=("Jubayer Ahmed Mazumder", "Jubair Ahmed Majumder", "Jubair Mazumder"),
               variant_forenames=("Jubayer Ahmed", "Jubair"), variant_surnames=("Majumder",)),
        Person("Rommel", "Magsino", title="Mr", group="suspect", nickname="Bong",
               middle="Santos"),
        Person("Vytautas", "Jankauskas", title="Mr", group="suspect", nickname="Vytas",
               translit=("Vitautas Jankauskas", "Vytautas Jankauskass"),
               variant_forenames=("Vitautas",), variant_surnames=("Jankauskass",)),
        Person("Zoltán", "Bodnár", title="Mr", group="suspect", family_first=True,
               translit=("Bodnár Zoltán", "BODNÁR Zoltán")),
        Person("Darren", "Pell-Eckersley", title="Mr", group="suspect", alias="Lee Mercer",
               nickname="Dazza",
               punctuation=("Darren Pell Eckersley", "Darren Pell–Eckersley",
                            "Darren PellEckersley")),
        Person("Yousef", "Abu Shanab", title="Mr", group="suspect", alias="Abu Rami",
               translit=("Youssef Abu Shanab", "Yusuf Abu Shanab", "Yousef Abu Shanaab"),
               variant_forenames=("Youssef", "Yusuf"), variant_surnames=("Abu Shanaab",),
               punctuation=("Yousef Abu-Shanab", "Yousef Abushanab")),
        Person("Alusine", "Kabia", title="Mr", group="suspect", alias="Alan Kemp",
               translit=("Alhusine Kabia", "Alusine Kabiah", "Alusaine Kabia"),
               variant_forenames=("Alhusine", "Alusaine"), variant_surnames=("Kabiah",)),
        Person("Tracey", "Rawcliffe", title="Mrs", group="parent", female=True,
               nickname="Trace"),
        Person("Nima", "Salaka", title="Mr", group="parent",
               translit=("Neema Salaka", "Nima Salakha"), variant_forenames=("Neema",)),
        Person("Ilona", "Bihari", title="Mrs", group="parent", female=True, family_first=True,
               translit=("Bihari Ilona", "Ilona Bihary"), variant_surnames=("Bihary",)),
    ]


def _decoys() -> list[Person]:
    """Different people one letter or one sound from a cast member, named in full."""
    return [
        Person("Mustafa", "Kılıçaslan", group="decoy", role="Kebab shop owner",
               decoy_of="Mustafa Kılıçarslan"),
        Person("Vytautas", "Jakauskas", group="decoy", role="Lorry driver",
               decoy_of="Vytautas Jankauskas"),
        Person("Romel", "Magsino", group="decoy", role="Care assistant",
               decoy_of="Rommel Magsino"),
        Person("Darren", "Pell-Ekersley", group="decoy", role="Plasterer",
               decoy_of="Darren Pell-Eckersley"),
        Person("Zoltán", "Bognár", group="decoy", role="Security guard",
               decoy_of="Zoltán Bodnár"),
        Person("Zubair Ahmed", "Mazumder", group="decoy", role="Restaurant manager",
               decoy_of="Jubair Ahmed Mazumder"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation, in shapes the earlier sets did not use (a young person's
# number with a space, a child by a phonetic-alphabet word, a victim number after a full stop,
# an injured party's number); two children have a code in each operation.
CODES = {
    OPERATIONS[0]: {"Kayleigh-Ann Rawcliffe": "YP 3", "Rojda Zêbarî": "Child Bravo",
                    "Jolene McPhee": "VIC.02", "Rahim Bepari": "Injured Party 1"},
    OPERATIONS[1]: {"Kayleigh-Ann Rawcliffe": "Child Delta", "Ang Lhamu Salaka": "YP 7",
                    "Dorina Bihari": "VIC.05", "Anathi Mqhayi": "Injured Party 4",
                    "Kristine Joy Ocampo": "Child Echo", "Rojda Zêbarî": "YP 11"},
}


# The ninth set's rules over this set's cast: who shares a surname and initial (or title), and
# which measured forms a person can be written in (decoys in full only; a form fitting a
# namesake is written as an ambiguous mention instead).
namesakes = bound(ninth.namesakes, CAST=CAST)
applicable_forms = bound(ninth.applicable_forms, namesakes=namesakes)
