"""The invented cast of the twenty-second names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
surname, street, building or firm with the first twenty-one sets (the self-check greps their
folded words). The naming traditions are ones none of those sets' READMEs or code name:
Manipuri (Meitei: the family name written first, with the "Devi" after the given name), Nzema
(an English name used at work), Sámi (an eng letter that no keyboard folds), Latgalian
(Latvian spellings), Dogon, Banyankole (a church name used), Wolaitta, Ryukyuan (a woman who
marries part-way through and takes an English surname), Kabye, Yenish, Lobi (a social worker
and a suspect share surname, initial and title), Fulani, Konkomba, Igala, Falkland Islander,
Saint Helenian, Kʼicheʼ (a glottal stop written as an apostrophe or not at all), Beti, Vepsian
(romanisations), Nupe (a shop name used), Nyakyusa, Iteso, Kissi (a first given name not used),
Grebo, Damara (a click letter written as "!" or left out), Bakiga, Dagomba (a hyphen in the
forename; a first given name not used), Jola (a mother and her son), Berom, Marghi, Ngambay,
Angas, Frafra; and English names, with a hyphenated surname, an English showman's family and a
father and son. Six decoys are one letter from a cast member and are different people.
"""

from __future__ import annotations

import datetime as dt

# The seventh set's person and the ninth set's folding and namesake rule fit this set as they are.
from bench.names_eval7.cast import Person
from bench.names_eval9 import cast as ninth
from bench.names_eval9.cast import ascii_fold, folded
from bench.names_eval10.reuse import bound

__all__ = ["applicable_forms", "ascii_fold", "folded", "namesakes"]

TOWN = "Wrensholt"
FORCE = "Tenterdale Constabulary"
FORCE_SHORT = "TDL"
COUNCIL = "Wrensholt District Council"
COUNCIL_SHORT = "Wrensholt DC"
POLICE_DOMAIN = "tenterdale.pnn.police.uk"
COUNCIL_DOMAIN = "wrensholt.gov.uk"
SCHOOL_DOMAIN = "kestrelmoor-high.org.uk"
LAW_DOMAIN = "ndzana-wrenbury.co.uk"
OPERATIONS = ("Operation Cudweed", "Operation Kingcup")  # up to 2002, from 2003

# The sixteen forms of the fifth to twenty-first sets.
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
        _police("Sanatombi", "Khumanthem", "DSU", "Senior Investigating Officer",
                "dsu.khumanthem", female=True, middle="Devi", family_first=True,
                nickname="Tombi",
                translit=("Sanatombee Khumanthem", "Sanatombi Khumantem"),
                variant_forenames=("Sanatombee",), variant_surnames=("Khumantem",)),
        _police("Roderick", "Tallentire", "DI", "Detective Inspector", "tallentire.r",
                given="Ambrose", nickname="Rod"),
        _police("Kaku", "Ampaabeng", "DS", "Detective Sergeant", "ds2093",
                collar="2093", alias="Kenneth Ampaabeng",
                translit=("Kaku Ampabeng", "Kakou Ampaabeng"),
                variant_forenames=("Kakou",), variant_surnames=("Ampabeng",),
                punctuation=("Kaku Ampaa-Beng", "Kaku Ampaa Beng")),
        _police("Máret", "Oskal", "DC", "Detective Constable", "maret.oskal",
                collar="0716", female=True, nickname="Mája",
                translit=("Marit Oskal", "Máret Oskall"),
                variant_forenames=("Marit",), variant_surnames=("Oskall",)),
        _police("Jezups", "Ūzuleņš", "DC", "Detective Constable", "j.uzulens",
                collar="31406",
                translit=("Jāzeps Ūzuleņš", "Jezups Ūzuliņš", "Jezup Uzulensh"),
                variant_forenames=("Jāzeps", "Jezup"), variant_surnames=("Ūzuliņš", "Uzulensh")),
        _police("Nathaniel", "Bellringer", "PC", "Constable", "pc614",
                collar="614", nickname="Nat", middle="Hugh"),
        _police("Ogobara", "Kassogué", "PS", "Custody Sergeant", "custody.kassogue",
                collar="58", nickname="Ogo",
                translit=("Ogobbara Kassogué", "Ogobara Kasogué", "Ogobara Kassoguè"),
                variant_forenames=("Ogobbara",), variant_surnames=("Kasogué", "Kassoguè")),
        _police("Ainembabazi", "Rwakatungu", "PCSO", "Police Community Support Officer",
                "pcso7702", collar="7702", female=True, alias="Annet Rwakatungu",
                translit=("Ainembabaazi Rwakatungu", "Ainembabazi Rwakatuungu"),
                variant_forenames=("Ainembabaazi",), variant_surnames=("Rwakatuungu",)),
        _police("Dalke", "Wotango", "Insp", "Inspector, Neighbourhoods", "insp.wotango",
                translit=("Dalkke Wotango", "Dalke Wottango", "Dalke Wotanggo"),
                variant_forenames=("Dalkke",), variant_surnames=("Wottango", "Wotanggo")),
        _police("Gwendolen", "Pargeter", "PC", "Constable, Schools Liaison", "pc1188",
                collar="1188", female=True, nickname="Gwen", middle="Ivy"),
        Person("Ayano", "Tamagusuku", title="Ms", group="police", role="Intelligence Analyst",
               email=f"a.tamagusuku@analysis.{POLICE_DOMAIN}", female=True,
               married="Quiller", married_on=dt.date(1996, 4, 20),
               translit=("Ayano Tamagushiku", "Ayano Tamagusiku"),
               variant_surnames=("Tamagushiku", "Tamagusiku")),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Cuthbert", "Pursglove-Lusk", "Ald", "Chair, Children's Panel",
                 "ald.pursglove-lusk", middle="Ormond", nickname="Bert",
                 punctuation=("Cuthbert Pursglove Lusk", "Cuthbert PursgloveLusk",
                              "Cuthbert Pursglove - Lusk")),
        _council("Essowè", "Kpandja", "Cllr", "Leader of the Council", "cllr.kpandja",
                 female=True,
                 translit=("Esowè Kpandja", "Essowè Kpanja", "Essowé Kpandjah"),
                 variant_forenames=("Esowè", "Essowé"), variant_surnames=("Kpanja", "Kpandjah")),
        _council("Florentin", "Kollegger", "Cllr", "Cabinet Member, Children and Families",
                 "f.kollegger", middle="Josef", nickname="Flo"),
        _council("Sié", "Kambiré", "Mr", "Social Worker", "sie.kambire",
                 translit=("Sie Kambiri", "Sié Kambirè"),
                 variant_forenames=("Sie",), variant_surnames=("Kambiri", "Kambirè")),
        _council("Dewo", "Baldeh", "Ms", "Social Worker", "dewo.baldeh", female=True,
                 translit=("Dewo Balde", "Dewoh Baldeh", "Dewo Baldé"),
                 variant_forenames=("Dewoh",), variant_surnames=("Balde", "Baldé")),
        _council("Nakpaa", "Bigabe", "Ms", "Missing Persons Coordinator", "missing.bigabe",
                 female=True, middle="Salome"),
        _council("Ojochenemi", "Idakwo", "Mr", "Service Manager, Exploitation", "o.idakwo",
                 middle="Ilemona", nickname="Chenemi",
                 translit=("Ojochenemi Idakwu", "Ojochenemy Idakwo"),
                 variant_forenames=("Ojochenemy",), variant_surnames=("Idakwu",)),
        _council("Tansy", "Pitaluga", "Ms", "Youth Offending Officer", "yot.pitaluga",
                 female=True, nickname="Tans", middle="Mae"),
        _council("Rowland", "Crowie", "Mr", "Education Welfare Officer", "ewo.crowie",
                 nickname="Rolly", middle="Ebenezer"),
        Person("Ixmucané", "Tz'unun", title="Ms", group="school", role="Head Teacher",
               email=f"head@{SCHOOL_DOMAIN}", female=True,
               punctuation=("Ixmucané Tzʼunun", "Ixmucané Tzunun", "Ixmucané Tz’unun")),
        Person("Ebogo", "Ndzana", title="Mr", group="solicitor", role="Solicitor",
               email=f"e.ndzana@{LAW_DOMAIN}", middle="Clotaire",
               translit=("Ebogo Dzana", "Ebogo Ndzanna"),
               variant_surnames=("Dzana", "Ndzanna")),
        Person("Ölöna", "Šeikina", title="Mrs", group="pool", role="Duty Manager, Baths",
               email="dutymanager@swinbrook-baths.org.uk", female=True, nickname="Lena",
               translit=("Alyona Sheikina", "Ölöna Sheikina", "Olena Šeikina"),
               variant_forenames=("Alyona", "Olena"), variant_surnames=("Sheikina",)),
        Person("Jubal", "Cawkwell", title="Mr", group="fair", role="Showman, Ride Owner",
               email="jubal@cawkwell-fair.co.uk", nickname="Jube", middle="Levi"),
        Person("Ndako", "Etsugaie", title="Mr", group="news", role="Newsagent",
               email="orders@padgate-news.co.uk", alias="Danny Etsu",
               translit=("Ndakko Etsugaie", "Ndako Etsugaye"),
               variant_forenames=("Ndakko",), variant_surnames=("Etsugaye",)),
        Person("Ambokile", "Mwakasege", title="Mr", group="video", role="Shop Manager",
               email="ambokile@flickbox-video.co.uk",
               translit=("Ambokire Mwakasege", "Ambokile Mwakaseghe"),
               variant_forenames=("Ambokire",), variant_surnames=("Mwakaseghe",)),
        Person("Emuron", "Okiror", title="Mr", group="club", role="Head Doorman",
               email="doors@bobbinmill-club.co.uk", nickname="Muzzy"),
    ]


def _young() -> list[Person]:
    return [
        Person("Primrose", "Tuckey", group="young", female=True, middle="Faye", nickname="Prim"),
        Person("Finda", "Bundor", group="young", female=True, given="Esther",
               translit=("Fenda Bundor", "Finda Bondor"),
               variant_forenames=("Fenda",), variant_surnames=("Bondor",)),
        Person("Nyenpan", "Tugbeh", group="young", nickname="Nyen",
               translit=("Nyenpan Tugbe", "Nyempan Tugbeh"),
               variant_forenames=("Nyempan",), variant_surnames=("Tugbe",)),
        Person("Iŋgá", "Labba", group="young", female=True,
               translit=("Inga Labba", "Ingá Labba", "Iŋgá Lappa"),
               variant_forenames=("Inga", "Ingá"), variant_surnames=("Lappa",)),
        Person("Petrus", "ǃNarib", group="young",
               punctuation=("Petrus !Narib", "Petrus Narib", "Petrus ! Narib")),
        Person("Kyarisiima", "Ahimbisibwe", group="young", female=True, nickname="Kya",
               translit=("Kyarisima Ahimbisibwe", "Kyarisiima Ahimbisibwa"),
               variant_forenames=("Kyarisima",), variant_surnames=("Ahimbisibwa",)),
        Person("Abdul-Wahab", "Napari", group="young", given="Mahama",
               punctuation=("Abdul Wahab Napari", "Abdulwahab Napari", "AbdulWahab Napari")),
        Person("Jago", "Gorringe", group="young", nickname="Jags", middle="Wyn"),
        Person("Lamine", "Tendeng", group="young",
               translit=("Lamin Tendeng", "Lamine Tendent"),
               variant_forenames=("Lamin",), variant_surnames=("Tendent",)),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Sansan", "Kambiré", title="Mr", group="suspect", nickname="Sans",
               translit=("Sanssan Kambiré",), variant_forenames=("Sanssan",)),
        Person("Dalyop", "Chollom", title="Mr", group="suspect", alias="Dave Chollom",
               translit=("Dalyop Cholom", "Dalyeop Chollom"),
               variant_forenames=("Dalyeop",), variant_surnames=("Cholom",)),
        Person("Ayuba", "Mshelbwala", title="Mr", group="suspect", nickname="Ayo",
               translit=("Ayouba Mshelbwala", "Ayuba Mshelbwalla"),
               variant_forenames=("Ayouba",), variant_surnames=("Mshelbwalla",)),
        Person("Ngarmadji", "Djimadoum", title="Mr", group="suspect",
               translit=("Ngarmaji Djimadoum", "Ngarmadji Djimadum"),
               variant_forenames=("Ngarmaji",), variant_surnames=("Djimadum",)),
        Person("Carmel", "Haslop", title="Ms", group="suspect", female=True,
               alias="Carmel Ridsdale", nickname="Mel"),
        Person("Nanpon", "Gokir", title="Mr", group="suspect", nickname="Pon",
               middle="Dashe"),
        Person("Atiah", "Akolgo", title="Mr", group="suspect", alias="Tony Akolgo",
               translit=("Atiah Akologo", "Atia Akolgo"),
               variant_forenames=("Atia",), variant_surnames=("Akologo",)),
        Person("Lyndon", "Scarrott", title="Mr", group="suspect", given="Keith",
               nickname="Scaz"),
        Person("Coral", "Tuckey", title="Mrs", group="parent", female=True, middle="Anne"),
        Person("Royston", "Gorringe", title="Mr", group="parent", nickname="Roy"),
        Person("Khady", "Tendeng", title="Ms", group="parent", female=True, given="Fatou"),
    ]


def _decoys() -> list[Person]:
    """Different people one letter from a cast member, named in full."""
    return [
        Person("Sanson", "Kambiré", group="decoy", role="Roofer", decoy_of="Sansan Kambiré"),
        Person("Ayuwa", "Mshelbwala", group="decoy", role="Porter", decoy_of="Ayuba Mshelbwala"),
        Person("Ngarmadi", "Djimadoum", group="decoy", role="Chef",
               decoy_of="Ngarmadji Djimadoum"),
        Person("Dalyop", "Chollum", group="decoy", role="Scaffolder", decoy_of="Dalyop Chollom"),
        Person("Atiah", "Akolgu", group="decoy", role="Mechanic", decoy_of="Atiah Akolgo"),
        Person("Nanpon", "Gokar", group="decoy", role="Security guard", decoy_of="Nanpon Gokir"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation, in shapes the earlier sets did not use (a "Juvenile" number
# in Roman numerals, a "CYP" letter pair after a hyphen, a "Subject" flower name in capitals, a
# "Minor" number with a letter suffix); two children have a code in each operation.
CODES = {
    OPERATIONS[0]: {"Primrose Tuckey": "Juvenile XIV", "Finda Bundor": "CYP-KM",
                    "Iŋgá Labba": "Subject ROWAN", "Jago Gorringe": "Minor 6B"},
    OPERATIONS[1]: {"Finda Bundor": "Subject HAWTHORN", "Petrus ǃNarib": "Juvenile IX",
                    "Kyarisiima Ahimbisibwe": "CYP-TQ", "Lamine Tendeng": "Minor 11C",
                    "Nyenpan Tugbeh": "Subject ALDER", "Primrose Tuckey": "CYP-WD"},
}


# The ninth set's rules over this set's cast: who shares a surname and initial (or title), and
# which measured forms a person can be written in (decoys in full only; a form fitting a
# namesake is written as an ambiguous mention instead).
namesakes = bound(ninth.namesakes, CAST=CAST)
applicable_forms = bound(ninth.applicable_forms, namesakes=namesakes)
