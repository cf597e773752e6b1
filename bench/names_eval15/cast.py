"""The invented cast of the fifteenth names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
surname, street or firm with the first fourteen sets. The naming traditions are ones none of
those sets' READMEs name: Kadazan-Dusun (a church forename with a Kadazan surname, shared by two
unrelated people), Corsican (a two-word forename beside
its French and Italian forms), Iban (a lower-case "anak", "child of", before the father's name,
abbreviated "ak"), Nama (a click letter that Unicode decomposition does not fold, written "!" or
dropped elsewhere), Mohawk (a colon marking a long vowel inside the forename), Chin (no family
name; the last word used as one, shared by two unrelated people), Arbereshe (Albanian beside
Italian forms), Sardinian (a Sardinian forename used, the Italian first given name not), Sakha
(two romanisations), Friulian (a "cj" spelling beside the Italian form), Druze (a two-word
surname with Abu), Guarani (a nasal tilde letter), Ingush (Russian, English and Polish
romanisations), Chakma, Santali (a glottal apostrophe at the end of the clan name), Aromanian
(Greek and Romanian spellings), Makua (Portuguese spellings), Lakota (a surname of two English
words; a caron letter), Angami Naga (a u with diaeresis, also written ue), Kalmyk (a
patronymic middle name), Alsatian (German umlauts beside French spellings), Papiamento,
Yemenite Jewish, Zambian Tonga (a "Ha-" surname), Songhai (a diaeresis), Bashkir (an o with
diaeresis; an unused first given name), Tashelhit Amazigh (a work name), Inuit (Canadian
spellings), Pontic Greek (a Turkish name used beside the Greek one), Karelian (Russian
spellings; a Russian name used), Mandaean, Comorian, Malaysian Cantonese (family name first; an
English name), Balanta (a "Na" particle), Tulu, and British English. Six decoys are one letter
or one sound away from a cast member and are different people.
"""

from __future__ import annotations

import datetime as dt

# The seventh set's person and the ninth set's folding and namesake rule fit this set as they are.
from bench.names_eval7.cast import Person
from bench.names_eval9 import cast as ninth
from bench.names_eval9.cast import ascii_fold, folded
from bench.names_eval10.reuse import bound

__all__ = ["applicable_forms", "ascii_fold", "folded", "namesakes"]

TOWN = "Cawdermoor"
FORCE = "Harlsey Vale Constabulary"
FORCE_SHORT = "HVC"
COUNCIL = "Cawdermoor District Council"
COUNCIL_SHORT = "CDC"
POLICE_DOMAIN = "harlseyvale.pnn.police.uk"
COUNCIL_DOMAIN = "cawdermoor.gov.uk"
SCHOOL_DOMAIN = "birkdyke-academy.org.uk"
LAW_DOMAIN = "quirindongo-law.co.uk"
SHUL_DOMAIN = "cawdermoor-shul.org.uk"
MINSTER_DOMAIN = "cawdermoor-minster.org.uk"
HOSPITAL_DOMAIN = "harlsey-childrens.nhs.uk"
SURGERY_DOMAIN = "nhs.net"
OPERATIONS = ("Operation Sweetgale", "Operation Twite")  # up to 2005, from 2006

# The sixteen forms of the fifth to fourteenth sets.
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
        _police("Juvita", "Gunsalam", "DCI", "Senior Investigating Officer", "gunsalam-j",
                female=True, nickname="Vita",
                translit=("Juvita Gunsalan", "Juvita Gunsalom"),
                variant_surnames=("Gunsalan", "Gunsalom")),
        _police("Ghjuvan Battista", "Santoni", "CSupt", "Head of Public Protection",
                "santoni.gb",
                translit=("Jean-Baptiste Santoni", "Giovan Battista Santoni",
                          "Ghjuvan Battista Santonì"),
                variant_forenames=("Jean-Baptiste", "Giovan Battista"),
                variant_surnames=("Santonì",),
                punctuation=("Ghjuvan-Battista Santoni", "GhjuvanBattista Santoni")),
        _police("Gerasi", "anak Linggang", "DI", "Detective Inspector", "linggang_g",
                nickname="Rasi",
                translit=("Gerasi ak Linggang", "Gerasi Linggang", "Gerasi ak. Lingang"),
                variant_surnames=("ak Linggang", "Linggang", "ak. Lingang"),
                punctuation=("Gerasi Anak Linggang", "Gerasi anak-Linggang",
                             "Gerasi Anaklinggang")),
        _police("Petrus", "ǃGaroëb", "DS", "Detective Sergeant", "garoeb.p9",
                translit=("Petrus Garoeb", "Petrus !Garoeb"),
                variant_surnames=("Garoeb", "!Garoeb"),
                punctuation=("Petrus !Garoëb", "Petrus Garoëb")),
        _police("Karonhí:io", "Delisle", "DC", "Detective Constable", "kdelisle2",
                collar="4482", female=True,
                translit=("Karonhiio Delisle", "Karonhio Delisle", "Karonhí:io De Lisle"),
                variant_forenames=("Karonhiio", "Karonhio"), variant_surnames=("De Lisle",),
                punctuation=("Karonhi:io Delisle", "Karonhí-io Delisle", "Karonhí io Delisle")),
        _police("Sui Khua", "Khup", "DC", "Detective Constable", "khup.sk", collar="83",
                translit=("Sui Kua Khup", "Suikhua Khup", "Sui Khua Kup"),
                variant_forenames=("Sui Kua", "Suikhua"), variant_surnames=("Kup",),
                punctuation=("Sui-Khua Khup",)),
        _police("Lekë", "Schirò", "DC", "Detective Constable", "l.schiro", collar="1107",
                translit=("Alessandro Schirò", "Leka Skiro", "Alessandro Schiro'"),
                variant_forenames=("Alessandro", "Leka"), variant_surnames=("Skiro", "Schiro'")),
        _police("Bainzu", "Piredda", "PC", "Constable", "piredda.b.2561", collar="2561",
                given="Gavino", nickname="Bainz",
                translit=("Bainzu Pireddu", "Baingio Piredda"),
                variant_forenames=("Baingio",), variant_surnames=("Pireddu",)),
        _police("Aiyyna", "Sleptsova", "PCSO", "Police Community Support Officer",
                "sleptsova-a", collar="40117", female=True,
                translit=("Ajyyna Slepcova", "Aiyna Sleptsova", "Aiyyna Sleptzova"),
                variant_forenames=("Ajyyna", "Aiyna"),
                variant_surnames=("Slepcova", "Sleptzova")),
        _police("Pieri", "Cjargnel", "PS", "Custody Sergeant", "cjargnel_p", collar="509",
                nickname="Pieruti",
                translit=("Pietro Cjargnel", "Pieri Ciargnel", "Pietro Cargnelli"),
                variant_forenames=("Pietro",), variant_surnames=("Ciargnel", "Cargnelli")),
        Person("Rima", "Abu Shakra", title="Ms", group="police", role="Intelligence Analyst",
               email=f"RAbuShakra@{POLICE_DOMAIN}", female=True,
               translit=("Rima Abu Shaqra", "Reema Abushakra", "Rima Abou Chakra"),
               variant_forenames=("Reema",),
               variant_surnames=("Abu Shaqra", "Abushakra", "Abou Chakra"),
               punctuation=("Rima Abu-Shakra", "Rima AbuShakra")),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Tupãsy", "Areco", "Cllr", "Leader of the Council", "cllr-areco",
                 female=True, translit=("Tupãsi Areco", "Tupansy Areco", "Tupãsy Arecó"),
                 variant_forenames=("Tupãsi", "Tupansy"), variant_surnames=("Arecó",)),
        _council("Magomed", "Yevloyev", "Cllr", "Cabinet Member for Children",
                 "magomed.yevloyev", nickname="Maga",
                 translit=("Magomed Evloev", "Muhammad Yevloyev", "Magomed Jewłojew"),
                 variant_forenames=("Muhammad",), variant_surnames=("Evloev", "Jewłojew")),
        _council("Jyotirmoy", "Chakma", "Cllr", "Ward Councillor, Birkdyke", "j.chakma",
                 translit=("Jotirmoy Chakma", "Jyotirmay Chakma", "Joytirmoy Chakma"),
                 variant_forenames=("Jotirmoy", "Jyotirmay", "Joytirmoy")),
        _council("Sushila", "Hansdak'", "Cllr", "Chair, Scrutiny Committee", "shansdak",
                 female=True, translit=("Sushila Hansda", "Susila Hãsdak'"),
                 variant_forenames=("Susila",), variant_surnames=("Hansda", "Hãsdak'"),
                 punctuation=("Sushila Hansdak", "Sushila Hansdakʼ")),
        _council("Zoica", "Caragiani", "Ms", "Social Worker", "zoica.caragiani",
                 female=True, married="Thursfield", married_on=dt.date(2004, 9, 11),
                 translit=("Zoitsa Karagianni", "Zoica Caraiani"),
                 variant_forenames=("Zoitsa",), variant_surnames=("Karagianni", "Caraiani")),
        _council("Felizarda", "Namashulua", "Mrs", "Social Worker", "fnamashulua",
                 female=True, translit=("Felisarda Namashulua", "Felizarda Namaxulua"),
                 variant_forenames=("Felisarda",), variant_surnames=("Namaxulua",)),
        _council("Wičháȟpi", "Looks Twice", "Ms", "Missing Children Coordinator",
                 "w.lookstwice", female=True,
                 translit=("Wicahpi Looks Twice", "Wichahpi Looks Twice"),
                 variant_forenames=("Wicahpi", "Wichahpi"),
                 punctuation=("Wičháȟpi Looks-Twice", "Wičháȟpi LooksTwice")),
        _council("Vikhonuo", "Sachü", "Mrs", "Team Manager, Exploitation", "SACHUE.Vikhonuo",
                 female=True, translit=("Vikhonuo Sachue", "Vikhono Sachü"),
                 variant_forenames=("Vikhono",), variant_surnames=("Sachue",)),
        _council("Sanal", "Mandzhiev", "Mr", "Youth Offending Team Officer", "s_mandzhiev",
                 middle="Borisovich",
                 translit=("Sanal Mandjiev", "Sanal Mandshiev", "Sanal Mandzhiyev"),
                 variant_surnames=("Mandjiev", "Mandshiev", "Mandzhiyev")),
        Person("Liliane", "Hugelschaffer", title="Mrs", group="school", role="Head Teacher",
               email=f"headteacher@{SCHOOL_DOMAIN}", female=True, given="Marie",
               translit=("Liliane Hügelschäffer", "Liliane Hugelschaeffer"),
               variant_surnames=("Hügelschäffer", "Hugelschaeffer")),
        Person("Sherwin", "Quirindongo", title="Mr", group="solicitor", role="Solicitor",
               email=f"s.quirindongo@{LAW_DOMAIN}",
               translit=("Sherwin Kirindongo", "Sherwin Quirindonga"),
               variant_surnames=("Kirindongo", "Quirindonga")),
        Person("Shalom", "Madmoni", title="Rabbi", group="shul", role="Rabbi",
               email=f"rabbi@{SHUL_DOMAIN}",
               translit=("Shalom Madmony", "Sholem Madmoni", "Shalom Medmoni"),
               variant_forenames=("Sholem",), variant_surnames=("Madmony", "Medmoni")),
        Person("Mwiinga", "Hamoonga", title="Canon", group="minster", role="Canon Pastor",
               email=f"canon.pastor@{MINSTER_DOMAIN}",
               translit=("Mwinga Hamoonga", "Mwiinga Hamonga"),
               variant_forenames=("Mwinga",), variant_surnames=("Hamonga",)),
        Person("Aissata", "Maïga", title="Dr", group="hospital",
               role="Consultant Paediatrician", email=f"aissata.maiga@{HOSPITAL_DOMAIN}",
               female=True, translit=("Aïssata Maïga", "Aichata Maïga", "Aissatou Maïga"),
               variant_forenames=("Aïssata", "Aichata", "Aissatou")),
        Person("Aigöl", "Baymurzina", title="Dr", group="surgery",
               role="General Practitioner", email=f"aigol.baymurzina1@{SURGERY_DOMAIN}",
               female=True, given="Fatima",
               translit=("Aigul Baimurzina", "Aygul Baymurzina", "Aigöl Baĭmurzina"),
               variant_forenames=("Aigul", "Aygul"), variant_surnames=("Baimurzina",
                                                                       "Baĭmurzina")),
        Person("Ayyur", "Oubahou", title="Mr", group="interpreter", role="Interpreter",
               email=f"ayyur.oubahou@{COUNCIL_DOMAIN}", alias="Adam Bahou",
               translit=("Ayour Oubahou", "Ayyur Ou Bahou", "Ayur Ubahu"),
               variant_forenames=("Ayour", "Ayur"), variant_surnames=("Ou Bahou", "Ubahu")),
    ]


def _young() -> list[Person]:
    return [
        Person("Jesselyn", "Gunsalam", group="young", female=True,
               translit=("Jesselyn Gunsalan",), variant_surnames=("Gunsalan",)),
        Person("Ngaih Dim", "Khup", group="young", female=True, nickname="Dimdim",
               translit=("Ngai Dim Khup", "Ngaihdim Khup"),
               variant_forenames=("Ngai Dim", "Ngaihdim")),
        Person("Sagun", "anak Ujang", group="young", nickname="Gun",
               translit=("Sagun ak Ujang", "Sagun Ujang"),
               variant_surnames=("ak Ujang", "Ujang")),
        Person("Fulufhelo", "Ramaremisa", group="young", nickname="Fufu",
               translit=("Fulufhelo Ramaremissa", "Fulufelo Ramaremisa"),
               variant_forenames=("Fulufelo",), variant_surnames=("Ramaremissa",)),
        Person("Shurainy", "Martina", group="young", female=True, nickname="Shu"),
        Person("Aputi", "Kilabuk", group="young",
               translit=("Aputee Kilabuk", "Apoota Killabuk"),
               variant_forenames=("Aputee", "Apoota"), variant_surnames=("Killabuk",)),
        Person("Ghjulia", "Pasqualini", group="young", female=True, nickname="Ghju",
               translit=("Giulia Pasqualini", "Julie Pasqualini"),
               variant_forenames=("Giulia", "Julie")),
        Person("Brooklyn", "Stobbart", group="young", female=True, nickname="Brook",
               middle="Louise"),
        Person("Tehoronhiathe", "Montour", group="young", nickname="Teho",
               translit=("Tehoronhiáthe Montour", "Tehoronhiathe Monture"),
               variant_forenames=("Tehoronhiáthe",), variant_surnames=("Monture",)),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Savvas", "Terzidis", title="Mr", group="suspect", alias="Savaş Terzioğlu",
               nickname="Sav",
               translit=("Savvas Terzides", "Sawas Terzidis", "Savas Terzidis"),
               variant_forenames=("Sawas", "Savas"), variant_surnames=("Terzides",)),
        Person("Iivana", "Lesonen", title="Mr", group="suspect", alias="Ivan Lesnov",
               translit=("Ivan Lesonen", "Iivana Lyosonen", "Iivana Lesoinen"),
               variant_forenames=("Ivan",), variant_surnames=("Lyosonen", "Lesoinen")),
        Person("Sinan", "Choheili", title="Mr", group="suspect", alias="Simon Kohail",
               translit=("Sinan Chuheili", "Sinan Al-Chuhaili", "Sinan Shoheili"),
               variant_surnames=("Chuheili", "Al-Chuhaili", "Shoheili")),
        Person("Ruvendly", "Isenia", title="Mr", group="suspect", nickname="Vendy",
               translit=("Ruvendly Isénia", "Ruvendli Isenia"),
               variant_forenames=("Ruvendli",), variant_surnames=("Isénia",)),
        Person("Ahamada", "Soilihi", title="Mr", group="suspect", alias="Ahmed Saleh",
               translit=("Ahmada Soilihi", "Ahamada Soilihy", "Ahamada Swalihi"),
               variant_forenames=("Ahmada",), variant_surnames=("Soilihy", "Swalihi")),
        Person("Jordan", "Fensome", title="Mr", group="suspect", alias="Jordan Fenn",
               nickname="Fenny", middle="Lee"),
        Person("Kah Wing", "Chooi", title="Mr", group="suspect", family_first=True,
               alias="Kevin Chooi",
               translit=("Chooi Kah Wing", "CHOOI Kah Wing", "Kah Weng Choy"),
               variant_forenames=("Kah Weng",), variant_surnames=("Choy",),
               punctuation=("Kah-Wing Chooi", "Kahwing Chooi")),
        Person("Bacar", "Na Tchuda", title="Mr", group="suspect", nickname="Baca",
               translit=("Bakar Na Tchuda", "Bacar Na Chuda", "Bacar Tchuda"),
               variant_forenames=("Bakar",), variant_surnames=("Na Chuda", "Tchuda"),
               punctuation=("Bacar Na-Tchuda", "Bacar NaTchuda")),
        Person("Prashanth", "Kotian", title="Mr", group="suspect", nickname="Prash",
               translit=("Prashant Kotian", "Prashanth Kotiyan", "Prasanth Kotian"),
               variant_forenames=("Prashant", "Prasanth"), variant_surnames=("Kotiyan",)),
        Person("Yuraima", "Martina", title="Mrs", group="parent", female=True,
               nickname="Yuri"),
        Person("Jaycee", "Stobbart", title="Mrs", group="parent", female=True),
        Person("Ndivhuwo", "Ramaremisa", title="Mr", group="parent",
               translit=("Ndivhuwo Ramaremissa", "Ndivuwo Ramaremisa"),
               variant_forenames=("Ndivuwo",), variant_surnames=("Ramaremissa",)),
    ]


def _decoys() -> list[Person]:
    """Different people one letter or one sound from a cast member, named in full."""
    return [
        Person("Jordon", "Fensome", group="decoy", role="Scaffolder",
               decoy_of="Jordan Fensome"),
        Person("Ahamadi", "Soilihi", group="decoy", role="Kitchen porter",
               decoy_of="Ahamada Soilihi"),
        Person("Macar", "Na Tchuda", group="decoy", role="Market trader",
               decoy_of="Bacar Na Tchuda"),
        Person("Sinan", "Choheli", group="decoy", role="Barber",
               decoy_of="Sinan Choheili"),
        Person("Savvas", "Terzadis", group="decoy", role="Driving instructor",
               decoy_of="Savvas Terzidis"),
        Person("Prashanth", "Kotial", group="decoy", role="Pharmacy technician",
               decoy_of="Prashanth Kotian"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation, in shapes the earlier sets did not use (a "CYP" number with a
# hyphen, a NATO letter word, a case number with a slash and the year, a letter and a number
# in square brackets); two children have a code in each operation.
CODES = {
    OPERATIONS[0]: {"Brooklyn Stobbart": "CYP-014", "Jesselyn Gunsalam": "Child Foxtrot",
                    "Fulufhelo Ramaremisa": "MC/2003/41", "Shurainy Martina": "[K4]"},
    OPERATIONS[1]: {"Brooklyn Stobbart": "Child Tango", "Ngaih Dim Khup": "CYP-102",
                    "Ghjulia Pasqualini": "MC/2009/07", "Aputi Kilabuk": "[R9]",
                    "Sagun anak Ujang": "Child Kilo", "Fulufhelo Ramaremisa": "CYP-117"},
}


# The ninth set's rules over this set's cast: who shares a surname and initial (or title), and
# which measured forms a person can be written in (decoys in full only; a form fitting a
# namesake is written as an ambiguous mention instead).
namesakes = bound(ninth.namesakes, CAST=CAST)
applicable_forms = bound(ninth.applicable_forms, namesakes=namesakes)
