"""The invented cast of the eighth names evaluation set, and the ways each of them is written.

Town, force, council, operations and people are made up for this set alone and share no person,
street or firm with the first seven sets. The naming traditions are ones those sets did not use:
Brazilian Portuguese (the mother's surname as a middle name, a "dos" particle, an agnomen
"Junior"), Basque (tx written ch, a forename with its Spanish form), Swedish (known by the
second of two given names; a q written u, a letter written with and without its diacritic or
as two letters), Afrikaans (lower-case particles "van der" and "du"),
Breton French (a "Le" surname), Québécois (a hyphenated given name and a hyphenated surname),
Wolof from Senegal (N'Diaye and Ndiaye, Wolof spellings; two brothers whose names are a name and
its short form), Zulu (a Zulu name used, the church name not), Khmer (family name first, so an
officer, a girl and her father share it), Hmong (a clan name, RPA spelling), Telugu (a house
name written as an initial before the given name), Bengali Hindu (Sanskrit and anglicised
surnames), Macedonian (surnames that change with sex, -ski and -ski without the v), Kazakh (-uly
and its Russian -ov form), Belarusian (Belarusian and Russian transliterations; a woman who
marries part-way through), Slovene, Samoan, Fijian (a Reverend), Sierra Leonean Krio,
Trinidadian (Indo-Trinidadian and Afro-Trinidadian) and British English. Six decoys are one
letter or one sound away from a cast member and are different people.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

# The seventh set's person (names, title, collar, forms of the name, marriage) fits this set.
from bench.names_eval7.cast import Person

TOWN = "Skelbrooke"
FORCE = "Wendmoor Constabulary"
FORCE_SHORT = "WMC"
COUNCIL = "Skelbrooke City Council"
COUNCIL_SHORT = "SCC"
POLICE_DOMAIN = "wendmoor.police.uk"
COUNCIL_DOMAIN = "skelbrooke.gov.uk"
SCHOOL_DOMAIN = "brackenrigg.sch.uk"
LAW_DOMAIN = "mthembu-ashcroft.com"
CHURCH_DOMAIN = "lidgetgreen-methodist.org"
HOSPITAL_DOMAIN = "skelbrooke-tr.nhs.uk"
OPERATIONS = ("Operation Hawkbit", "Operation Corncrake")  # up to 2004, from 2005

# The sixteen forms of the fifth to seventh sets.
FORMS = (
    "canonical", "upper", "surname_comma", "initials", "title_surname", "title_collar",
    "nickname", "translit", "ocr", "email",
    "diacritics", "punctuation", "with_middle", "given_name",
    "alias", "married",
)

_NON_DECOMPOSING = str.maketrans({"’": "'", "–": "-"})


def ascii_fold(text: str) -> str:
    """The text without diacritics, as a keyboard without them writes it."""
    text = unicodedata.normalize("NFKD", text.translate(_NON_DECOMPOSING))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def folded(text: str) -> str:
    return " ".join(ascii_fold(text).replace("-", " ").replace("'", "").casefold().split())


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
        _police("Mariana", "Souza", "DCI", "Senior Investigating Officer", "souza.m",
                middle="Figueiredo", female=True, nickname="Mari",
                translit=("Mariana Sousa", "Mariana de Souza", "Mariana Figueiredo"),
                variant_surnames=("Sousa", "de Souza", "Figueiredo")),
        _police("Anders", "Sjöqvist", "Supt", "Head of Crime", "5510.sjoqvist",
                given="Karl", translit=("Anders Sjöquist", "Anders Sjoeqvist"),
                variant_surnames=("Sjöquist", "Sjoeqvist")),
        _police("Iñaki", "Etxeberria", "DI", "Detective Inspector", "inaki.etxeberria",
                translit=("Inaki Echeverria", "Iñaki Echeverría", "Ignacio Etxeberria",
                          "Iñaki Etxebarria"),
                variant_forenames=("Ignacio",),
                variant_surnames=("Echeverria", "Echeverría", "Etxebarria")),
        _police("Nomvula", "Shezi", "DS", "Detective Sergeant", "nomvula.shezi",
                given="Precious", female=True, nickname="Vuvu"),
        _police("Sokha", "Chea", "DC", "Detective Constable", "sokha.chea", collar="5127",
                family_first=True, translit=("Chea Sokha", "Sokha Chia"),
                variant_surnames=("Chia",)),
        _police("Aleksandar", "Trajkovski", "TDC", "Trainee Detective Constable",
                "a.trajkovski", nickname="Sasho",
                translit=("Aleksandar Trajkoski", "Alexander Trajkovski",
                          "Aleksandar Trajkovsky"),
                variant_forenames=("Alexander",), variant_surnames=("Trajkoski", "Trajkovsky")),
        _police("Nurlan", "Serikuly", "PC", "Constable", "nurlan.serikuly", collar="2231B",
                translit=("Nurlan Serikov", "Nurlan Serikuli", "Nurlan Serik-uly"),
                variant_surnames=("Serikov", "Serikuli")),
        _police("Iosefa", "Tuilagi", "PS", "Custody Sergeant", "iosefa.tuilagi", collar="7",
                nickname="Sefa", middle="Tavita"),
        _police("Maëlle", "Le Goff", "PC", "Constable", "maelle.legoff", collar="3306",
                female=True,
                punctuation=("Maëlle Legoff", "Maëlle Le-Goff", "Maëlle LeGoff")),
        _police("Ousmane", "Ndiaye", "PC", "Constable", "ousmane.ndiaye",
                translit=("Usman Ndiaye", "Ousmane Njaay"), variant_forenames=("Usman",),
                variant_surnames=("Njaay",),
                punctuation=("Ousmane N'Diaye", "Ousmane N'diaye", "Ousmane N’Diaye")),
        _police("Ritika", "Chattopadhyay", "Ms", "Intelligence Analyst", "ritika.chatterjee",
                female=True, nickname="Riti",
                translit=("Ritika Chatterjee", "Ritika Chattopadhyaya"),
                variant_surnames=("Chatterjee", "Chattopadhyaya")),
    ]


def _council_and_professionals() -> list[Person]:
    return [
        _council("Pieter", "van der Merwe", "Cllr", "Portfolio Holder, Children's Services",
                 "cllr.vandermerwe", nickname="Piet",
                 punctuation=("Pieter Van der Merwe", "Pieter Vandermerwe",
                              "Pieter Van Der Merwe", "Pieter van-der-Merwe")),
        _council("Brenda", "Wadsworth", "Cllr", "Leader of the Council", "brenda.wadsworth",
                 middle="Lorraine", nickname="Bren", female=True),
        _council("Ramana", "Vemulapalli", "Cllr", "Ward Councillor, Lidget Green",
                 "cllr.v.ramana", given="Venkata",
                 translit=("V. Ramana", "Ramana Vemulapally", "Ramana Vemulapalli Venkata"),
                 variant_surnames=("Vemulapally",)),
        _council("Fatmata", "Kamara", "Cllr", "Chair, Overview and Scrutiny", "fatmata.kamara",
                 female=True, translit=("Fatimata Kamara", "Fatmata Kamarah"),
                 variant_forenames=("Fatimata",), variant_surnames=("Kamarah",)),
        _council("Aliaksandra", "Kavaliova", "Ms", "Social Worker", "aliaksandra.kavaliova",
                 female=True, nickname="Sasha", married="Catterall",
                 married_on=dt.date(2005, 4, 16),
                 translit=("Aleksandra Kovaleva", "Alexandra Kovalyova",
                           "Aliaksandra Kavalyova"),
                 variant_forenames=("Aleksandra", "Alexandra"),
                 variant_surnames=("Kovaleva", "Kovalyova", "Kavalyova")),
        _council("Kerwin", "Ramcharan", "Mr", "Social Worker", "kerwin.ramcharan",
                 middle="Anand", nickname="Kerry", translit=("Kerwin Ramcharran",),
                 variant_surnames=("Ramcharran",),
                 punctuation=("Kerwin Ram Charan", "Kerwin Ram-Charan")),
        _council("Marie-Josée", "Tremblay-Gagnon", "Mrs", "Team Manager, Safeguarding",
                 "mj.tremblay-gagnon", female=True,
                 translit=("Marie-Josée Tremblay", "Marie-Josée Gagnon"),
                 variant_surnames=("Tremblay", "Gagnon"),
                 punctuation=("Marie Josée Tremblay-Gagnon", "Marie-Josée Tremblay Gagnon",
                              "Marie-Josée Tremblay–Gagnon", "MarieJosée Tremblay-Gagnon")),
        _council("Tou", "Vang", "Mr", "Tenancy Enforcement Officer", "tou.vang", middle="Fue",
                 translit=("Tou Vaj",), variant_surnames=("Vaj",)),
        Person("Matej", "Žagar", title="Mr", group="school", role="Head Teacher",
               email=f"m.zagar@{SCHOOL_DOMAIN}", middle="Anton",
               translit=("Matej Zhagar", "Matei Žagar"), variant_forenames=("Matei",),
               variant_surnames=("Zhagar",)),
        Person("Thandiwe", "Mthembu", title="Ms", group="solicitor", role="Solicitor",
               email=f"tmthembu@{LAW_DOMAIN}", female=True, nickname="Thandi",
               translit=("Thandiwe Mthembhu",), variant_surnames=("Mthembhu",)),
        Person("Josefa", "Vakaloloma", title="Revd", group="church", role="Youth Pastor",
               email=f"pastor.josefa@{CHURCH_DOMAIN}", nickname="Joe", middle="Tevita"),
        Person("Annika", "Bergström", title="Sister", group="hospital",
               role="Ward Sister, Children's Emergency Department",
               email=f"annika.bergstrom@{HOSPITAL_DOMAIN}", female=True, middle="Lovisa",
               translit=("Annika Bergstrom", "Annika Bergstroem"),
               variant_surnames=("Bergstroem",)),
    ]


def _young() -> list[Person]:
    return [
        Person("Chloe-Jade", "Outhwaite", group="young", nickname="CJ", female=True,
               middle="Shannon",
               punctuation=("Chloe Jade Outhwaite", "ChloeJade Outhwaite", "Chloe–Jade Outhwaite")),
        Person("Sreymom", "Chea", group="young", female=True, family_first=True,
               translit=("Chea Sreymom", "Srey Mom Chea", "Sreymom Chia"),
               variant_forenames=("Srey Mom",), variant_surnames=("Chia",)),
        Person("Larissa", "dos Santos", group="young", middle="Cristina", female=True,
               translit=("Larissa Santos",), variant_surnames=("Santos",),
               punctuation=("Larissa Dos Santos", "Larissa DosSantos", "Larissa dos-Santos")),
        Person("Elena", "Trajkovska", group="young", female=True, nickname="Lena",
               translit=("Elena Trajkoska", "Jelena Trajkovska"),
               variant_forenames=("Jelena",), variant_surnames=("Trajkoska",)),
        Person("Ruan", "du Plessis", group="young", middle="Jacobus",
               punctuation=("Ruan Du Plessis", "Ruan duPlessis", "Ruan Duplessis")),
        Person("Ayanda", "Zungu", group="young", female=True, given="Grace"),
        Person("Mai Nou", "Vang", group="young", female=True,
               translit=("Mai Nou Vaj", "Mainou Vang", "Mai Vang"),
               variant_forenames=("Mainou", "Mai"), variant_surnames=("Vaj",)),
        Person("Reece", "Thackwray", group="young", middle="Dylan", nickname="Reecey"),
    ]


def _suspects_and_parents() -> list[Person]:
    return [
        Person("Bakhyt", "Zhaksylykov", title="Mr", group="suspect", alias="Barry Jackson",
               translit=("Bakhyt Jaksylykov", "Bakhit Zhaksylykov", "Bakhyt Zhaksylyk"),
               variant_forenames=("Bakhit",), variant_surnames=("Jaksylykov", "Zhaksylyk")),
        Person("Thiago", "Lima", title="Mr", group="suspect", middle="Ferreira",
               nickname="Thiaguinho",
               translit=("Tiago Lima", "Thiago Lima Junior", "Thiago Lima Jr."),
               variant_forenames=("Tiago",)),
        Person("Mamadou", "Diop", title="Mr", group="suspect", nickname="Mams",
               translit=("Mamadu Diop", "Mamadou Jóob"), variant_forenames=("Mamadu",),
               variant_surnames=("Jóob",)),
        Person("Modou", "Diop", title="Mr", group="suspect",
               translit=("Moodu Diop", "Modou Jóob"), variant_forenames=("Moodu",),
               variant_surnames=("Jóob",)),
        Person("Uroš", "Kranjc", title="Mr", group="suspect", alias="Ross Crane",
               translit=("Urosh Kranjc",),
               variant_forenames=("Urosh",)),
        Person("Lee", "Brocklehurst", title="Mr", group="suspect", middle="Wayne",
               nickname="Brocky"),
        Person("Dwayne", "Baptiste", title="Mr", group="suspect", nickname="Dex",
               middle="Carlyle"),
        Person("Hendrik", "Oosthuizen", title="Mr", group="suspect", middle="Johannes",
               nickname="Henk", translit=("Hendrik Oosthuysen",),
               variant_surnames=("Oosthuysen",)),
        Person("Sourav", "Bhattacharjee", title="Mr", group="suspect",
               translit=("Sourav Bhattacharya", "Saurav Bhattacharjee",
                         "Sourav Bhattacharyya"),
               variant_forenames=("Saurav",),
               variant_surnames=("Bhattacharya", "Bhattacharyya")),
        Person("Nokuthula", "Zungu", title="Ms", group="parent", female=True, nickname="Thuli"),
        Person("Claire", "Outhwaite", title="Mrs", group="parent", female=True,
               middle="Louise"),
        Person("Vuthy", "Chea", title="Mr", group="parent", family_first=True,
               translit=("Chea Vuthy", "Vuthy Chia"), variant_surnames=("Chia",)),
    ]


def _decoys() -> list[Person]:
    """Different people one letter or one sound from a cast member, named in full."""
    return [
        Person("Anders", "Sjökvist", group="decoy", role="Ferry engineer",
               decoy_of="Anders Sjöqvist"),
        Person("Leigh", "Brocklehurst", group="decoy", role="Bus driver",
               decoy_of="Lee Brocklehurst"),
        Person("Sourav", "Bhattacharji", group="decoy", role="Pharmacist",
               decoy_of="Sourav Bhattacharjee"),
        Person("Uroš", "Kranjec", group="decoy", role="Joiner", decoy_of="Uroš Kranjc"),
        Person("Duane", "Baptiste", group="decoy", role="Security guard",
               decoy_of="Dwayne Baptiste"),
        Person("Reece", "Thackeray", group="decoy", role="Apprentice electrician",
               decoy_of="Reece Thackwray"),
    ]


CAST: list[Person] = [*_officers(), *_council_and_professionals(), *_young(),
                      *_suspects_and_parents(), *_decoys()]
BY_NAME = {p.canonical: p for p in CAST}

# Anonymised codes per operation, in shapes the earlier sets did not use; one child has a
# different code in each.
CODES = {
    OPERATIONS[0]: {"Chloe-Jade Outhwaite": "Nominal 4", "Sreymom Chea": "Juvenile J",
                    "Ruan du Plessis": "Young Man B", "Elena Trajkovska": "CSE/03/14"},
    OPERATIONS[1]: {"Chloe-Jade Outhwaite": "Minor 2", "Larissa dos Santos": "Person of Concern 3",
                    "Ayanda Zungu": "Juvenile Q", "Mai Nou Vang": "Nominal 11",
                    "Reece Thackwray": "CSE/07/02"},
}


def namesakes(person: Person, by_initial: bool) -> list[str]:
    """Other people who share the surname and the first initial (or the title)."""
    out = []
    for other in CAST:
        if other is person or folded(other.surname) != folded(person.surname):
            continue
        if by_initial and folded(other.forename)[0] == folded(person.forename)[0]:
            out.append(other.canonical)
        # A plain Mr or Ms fits an untitled decoy of the same sex and surname just as well.
        plain = (person.title in ("Mr", "Mrs", "Ms") and bool(other.decoy_of)
                 and other.female == person.female)
        if not by_initial and person.title and (other.title == person.title or plain):
            out.append(other.canonical)
    return out


def applicable_forms(person: Person) -> list[str]:
    """The measured forms a person can be written in, besides the canonical one.

    Decoys are named in full only. A form giving only the surname with an initial (or with a
    title) that someone else shares is not measured: it is written as an ambiguous mention.
    The married name is planned by date, not chosen from this list.
    """
    if person.decoy_of:
        return ["upper", "surname_comma"]
    forms = ["upper", "surname_comma", "ocr"]
    if not namesakes(person, by_initial=True):
        forms.append("initials")
    if person.title and not namesakes(person, by_initial=False):
        forms.append("title_surname")
    optional = {"title_collar": person.collar, "nickname": person.nickname,
                "translit": person.translit, "email": person.email,
                "punctuation": person.punctuation,
                "diacritics": ascii_fold(person.canonical) != person.canonical,
                "with_middle": person.middle or person.given, "given_name": person.given,
                "alias": person.alias}
    return forms + [form for form, present in optional.items() if present]
