"""When two full names a collection writes are one person: a variant spelling, a short form of
the forename, or an OCR slip of a name written far more often.

The name authority (``search.name_authority``) gathers every full name a collection writes. A
transliterated surname ("Petrovich" for "Petrović"), a forename's usual short form ("Femi" for
"Olufemi", "Kasia" for "Katarzyna") or an OCR slip ("Brenrian" for "Brennan") would otherwise
stand as a person of its own, lose its documents to nobody, and make every initial and title
of the real person ambiguous ("D. Brennan" fitting both).

A rare name is read as a commoner one's only through a known equivalence (the spelling
skeleton below, the nickname lists, a short form that begins or ends the forename, a
cross-language table) or an OCR slip of one or two letters; and never when the two are both
established people: decoys one letter from a real person ("Nowak" beside "Nowek", "Jon" beside
"Jan") are named in full as often as anyone else, with their own middle names, so a merge needs
the common name written several times more often, and a middle name on each side that agrees.

Above all, two full names that each occur in full in documents of the collection are two people,
however close they are spelt ("Perpetua Renshaw" and "Perpetua Ranshaw"): a letter near another
name's (``spelt_near``) reads a name as the other only when the collection writes it in full in
one document (``OWN_DOCUMENTS``), a slip then; written in full in several, it is a person of its
own. What a known equivalence relates (a transliteration's convention, a letter of the same
sound, a nickname, a short form, a prefix written apart, the family name first) is no near
spelling, and merges by the counts above.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from search.name_spelling import deletions, edit_distance
from search.names import NAME_CACHE, PARTICLES, fold, name_parts
from search.nicknames import forenames, nickname_index


# The usual variant spellings of one name across records (English, Irish, Scottish, South
# Asian and Slavonic names written by English-speaking clerks), each rewritten to one spelling.
# Applied to both names, so only the difference between two spellings matters.
def _rules(*pairs: tuple[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), replacement) for pattern, replacement in pairs)


# Spellings of one name that differ by a convention (a prefix, a transliteration).
_CONVENTION_RULES = _rules(
    (r"[\s'’-]", ""),  # "Mac Ardle", "O Brien", "Smith Jones": written apart or joined
    (r"^mac(?=...)", "mc"),  # MacArdle / McArdle
    (r"(?<=.)(itch|ich)$", "ic"),  # Petrović (folded "petrovic") / Petrovich
    (r"tsch", "ch"),  # Tschurin / Churin: the German romanisation of the Cyrillic "ч"
    # Tchernov / Chernov, Ertchim / Erchim: the French romanisation of "ч", first or after a
    # consonant; after a vowel it is English spelling ("Mitchell" beside "Michell", two names).
    (r"(?:^|(?<=[^aeiou]))tch", "ch"),
    # Sokolow / Sokolov, Orlowa / Orlova: the German "w" of a Russian surname's ending
    (r"(?<=[eo])w(?=a?$)", "v"),
    # Marija / Maria, Dariya / Daria: the glide German and English write after an "i"
    (r"(?<=i)[jy](?=[aeou])", ""),
    (r"(?<=[aeiou])j(?=[^aeiou])", "y"),  # Majra / Mayra: the German and Slavonic "j"
    (r"(?<=[aeiou])ch(?=[aeiou])", "h"),  # Docherty / Doherty
    # Raghunathan / Ragunathan, Ghosh / Gosh: the aspirate of Indic names, after a vowel or
    # first; after a consonant ("Vargha") it is another spelling, no transliteration.
    (r"(?:(?<=[aeiou])|^)gh(?=[aeiou])", "g"),
    (r"ph", "f"),
    (r"q|c(?=[aour])", "k"),  # Zulfiqar / Zulfikar, Qureshi / Kureshi
    (r"x", "ks"),  # Olexandr / Oleksandr
    # Bazharova / Bajarova, Zhelev / Jelev: the Cyrillic "ж" as English and as French
    # or Turkic romanisations write it
    (r"zh", "j"),
    (r"dj", "d"),  # Djokić / Đokić (folded "dokic"): the South Slavonic "Đ" written out
    # Soekarno / Sukarno: the Dutch-era "oe" of Indonesian names, between consonants
    (r"(?<=[^aeiou])oe(?=[^aeiouy])", "u"),
)
# Spellings that differ by a letter of the same sound, doubled or changed: what a clerk writes
# for the name, but also exactly what a decoy is (another person, a letter added or changed),
# so a merge by these needs the counts an OCR slip needs.
_SOUND_RULES = _rules(
    (r"ee|ie(?=.)", "i"),  # Harjeet / Harjit
    (r"ow|au", "ou"),  # Chowdhury / Choudhury / Chaudhury
    (r"ei|ey(?=.)", "ai"),  # Hussein / Hussain
    # "ck" for "k" is a letter added, as a decoy's is ("Bikerdale" beside "Bickerdale").
    (r"ck", "k"),
    (r"oo(?![aeiouy])", "u"),  # Kaboore / Kabure, Tendoo / Tendu: the English spelling of the vowel
    (r"(.)\1", r"\1"),  # Husain / Hussain
    (r"(?<=..)(y|ie|ey|ij|iy)$", "i"),  # Qureshy / Qureshi, Arkadij / Arkadiy / Arkady
    (r"^w(?=[aeiou])", "v"),  # Wadim / Vadim: the German "w" for the Russian "в"
    (r"(?<=[^aeiou])yo(?=[^aeiou])", "e"),  # Semyonov / Semenov: the Russian "ё" written so
    (r"^i(?=[eo])", "j"),  # Ioseb / Joseb: a first "I" before a vowel, as Latin writes "J"
    (r"(?<=a)y(?=[^aeiou])", "i"),  # Baykal / Baikal
    (r"(?<=[^aeiou])y(?=[aeiou])", "i"),  # Kalyango / Kaliango: "y" for "i" before a vowel
    (r"ou", "u"),  # Moussavi / Musavi
    (r"(?<=..[aeiou])h$", ""),  # Fatimah / Fatima: a final "h" after a vowel
)

# Letters the romanisations of one sound differ by (Thai, Central Asian, Balkan, Andean, Swahili
# names written by English-speaking clerks): each class folded to one letter, vowels and the
# semivowels written for them dropped, so "Vongsawat", "Wongsawad" and "Wongsawat" share a
# skeleton. "kh" is written for "k" (Thai) and for "h" (Russian "Rakhimov"): both are tried.
_ROMANISED_FOLDS = _rules(
    (r"[^a-z]", ""),
    # A Central Asian surname's Russian suffix and the Persian one that replaced it ("Karimov",
    # "Karimzoda", "Karimzade"): the stem is the name.
    (r"(?<=...)(?:zod[ae]|zade|ova|ov|eva|ev)$", ""),
    (r"dzh", "dz"),
    (r"tsch", "c"),  # German for the sound of "ch"
    (r"sch", "s"),  # German for the sounds of "sh" and "zh" ("Anuschka", "Anushka")
    (r"tch|tsh|ch|tj", "c"),  # "tj" as Herero and Afrikaans write the sound of "ch"
    (r"zh|sh|z|x", "s"),
    (r"gh|q|ck|c|g", "k"),
    (r"ph|f|b", "p"),
    (r"th|d", "t"),
    (r"h", ""),
    (r"[aeiouyjwv]", ""),
    (r"(.)\1", r"\1"),
)
ROMANISED_RATIO = 4  # the usual spelling written this many times as often as another
ROMANISED_DOCUMENTS = 3  # another romanisation written in full in more documents is a person's
ROMANISED_CONSONANTS = 3  # "Hill"/"Hall" share two: too few to tell a spelling from a namesake
MISREAD_DISTANCE = 2  # letters between a near namesake's name and a person's
VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=NAME_CACHE)
def romanised_skeletons(part: str) -> frozenset[str]:
    """The consonant skeletons of a folded name part (``_ROMANISED_FOLDS``)."""
    skeletons = set()
    for spelling in {part, part.replace("kh", "k"), part.replace("kh", "h")}:
        for pattern, replacement in _ROMANISED_FOLDS:
            spelling = pattern.sub(replacement, spelling)
        skeletons.add(spelling)
    return frozenset(skeletons)


def romanised(rare: str, common: str) -> bool:
    """Two spellings of one name part that another script's sounds explain ("Srisook"/
    "Srisuk", "Yuldasheva"/"Yoldosheva", "Krasnici"/"Krasniqi"): the same consonant skeleton
    of enough letters, and not one vowel put for another in a word as long, which is how a
    namesake one letter away is spelt ("Brogen" beside "Brogan")."""
    if rare == common or not romanised_skeletons(rare) & romanised_skeletons(common):
        return False
    if max(len(s) for s in romanised_skeletons(common)) < ROMANISED_CONSONANTS:
        return False
    # "Aburishq" is "Abu-Rashq" with one vowel put for another: read past the hyphen.
    return not vowel_for_vowel(_unpunctuated(rare), _unpunctuated(common))


def vowel_for_vowel(rare: str, common: str) -> bool:
    """``rare`` is ``common`` with one vowel put for another ("Brogen"/"Brogan"): how a
    namesake one letter away is spelt, whatever a table or a script says of the two."""
    changed = [(a, b) for a, b in zip(rare, common, strict=False) if a != b]
    return (len(rare) == len(common) and len(changed) == 1
            and changed[0][0] in VOWELS and changed[0][1] in VOWELS)


# Anglicised and cross-language forms of one forename, which no spelling rule reaches. Each
# group is one name; sources: the usual anglicisations of Irish forenames and the Latin
# transliterations of Ukrainian and Russian forenames found in British records.
CROSS_LANGUAGE_FORENAMES: tuple[tuple[str, ...], ...] = (
    ("siobhan", "shevaun", "shivaun", "chevonne"),
    ("ciaran", "kieran", "kieron"),
    ("niamh", "neve", "neeve"),
    ("sinead", "shinead"),
    ("padraig", "patrick"),
    ("sean", "shaun", "shawn"),
    ("eoin", "owen"),
    ("aoife", "eva"),
    ("mykola", "nikolai", "nikolay", "mikola", "nicholas"),
    ("oleksandr", "aleksandr", "alexander", "oleksander", "alexandr"),
    ("oleksiy", "aleksei", "alexei", "alexey"),
    ("volodymyr", "vladimir"),
    ("andriy", "andrei", "andrey"),
    ("yuriy", "yuri", "georgiy"),
    ("mykhailo", "mikhail", "michael"),
    ("dmytro", "dmitri", "dmitry"),
    ("serhiy", "sergei", "sergey"),
    ("olha", "olga"),
    ("kateryna", "ekaterina", "yekaterina", "katerina"),
    ("mohammed", "muhammad", "mohammad", "mohamed", "mohamad", "mohd"),  # Malay "Mohd."
    # Arabic forenames as English clerks spell them
    ("yusuf", "yousef", "youssef", "yousuf", "yusef", "yousif"),
)
# Slavonic diminutives, which neither begin nor end the formal name as English short forms
# do, and English ones the nickname lists lack. Each group is a formal name, then its
# diminutives; source: the standard diminutives given in Polish, Ukrainian and Russian
# naming references.
DIMINUTIVES: tuple[tuple[str, ...], ...] = (
    ("katarzyna", "kasia", "kasha", "kaska"),
    ("malgorzata", "gosia", "malgosia"),
    ("aleksandra", "ola", "ala"),
    ("agnieszka", "aga", "agusia"),
    ("magdalena", "magda"),
    ("joanna", "asia"),
    ("elzbieta", "ela"),
    ("dariusz", "darek"),
    ("grzegorz", "grzesiek"),
    ("krzysztof", "krzysiek"),
    ("tomasz", "tomek"),
    ("wojciech", "wojtek"),
    ("przemyslaw", "przemek"),
    ("jerzy", "jurek"),
    ("zbigniew", "zbyszek"),
    ("stanislaw", "staszek", "stas"),
    ("oleksandr", "sasha", "sashko", "olek"),
    ("aleksandr", "sasha", "sasha", "shura"),
    ("aleksandra", "sasha"),
    ("mykola", "kolya"),
    ("volodymyr", "volodya"),
    ("dmytro", "dima"),
    ("yevgeniy", "zhenya"),
    ("ivan", "vanya"),
    ("mikhail", "misha"),
    ("shannon", "shaz"),
    ("sharon", "shaz", "shaza"),
    ("caroline", "caz"),
    ("karen", "kaz"),
    ("barry", "baz"),
    ("darren", "daz"),
    ("gary", "gaz"),
    ("sarah", "saz"),
)
SHORT_FORM_LETTERS = 3  # "Femi" ends "Olufemi", "Ada" begins "Adaeze"; "Al" is too short
# A contraction ("Xandro" for "Xalexandros") is this many letters shorter at least: a decoy
# one letter from a real forename never is.
CONTRACTED_LETTERS = 3
SHORT_SURNAME_LETTERS = 4  # a surname cut to fewer letters may be anyone's
SURE_RATIO = 2  # a known equivalence: the common name written at least twice as often
# A full name written in full in this many documents is someone's own name: a name spelt near
# it is another person, never one of its variants.
OWN_DOCUMENTS = 2
# The rule of a near spelling: a letter changed for another that OCR also confuses, which is a
# real spelling too ("Fenton"/"Fentan"). A transliteration's convention or a letter of the same
# sound ("Petrovich", "Harjeet") is a known equivalence, as a nickname is, merged by its counts.
_SPELLINGS = ("ocr",)
SLIP_RATIO = 5  # an OCR slip: the name it spoils written five times as often
# Letters OCR reads for others that make no one's spelling ("Rnercer", "Hcnshaw", "Dunu").
LOOK_ALIKES = (("ri", "n"), ("ii", "u"), ("li", "h"), ("rn", "m"), ("cl", "d"), ("in", "m"),
               ("e", "c"), ("i", "l"), ("n", "u"), ("h", "b"))
# Letters OCR reads for others in typed and scanned text, each tried in both directions.
OCR_CONFUSIONS = (("f", "t"), ("e", "a"), ("e", "c"), ("i", "l"), ("n", "u"), ("h", "b"),
                  ("ri", "n"), ("ii", "u"), ("li", "h"), ("rn", "m"), ("v", "y"), ("q", "g"),
                  ("cl", "d"), ("in", "m"), ("t", "l"))


@lru_cache(maxsize=NAME_CACHE)
def skeleton(part: str, forename: bool = False, by_sound: bool = True) -> str:
    """A name part with its usual variant spellings undone ("petrovich" -> "petrovic"); without
    ``by_sound``, only those of a convention ("petrovich" -> "petrovic", "hadad" stays)."""
    for pattern, replacement in (*_CONVENTION_RULES, *(_SOUND_RULES if by_sound else ())):
        part = pattern.sub(replacement, part)
    return part.replace("y", "i") if forename and by_sound else part  # Mykola / Mikola


def _spelling_rule(rare: str, common: str, forename: bool = False) -> str | None:
    """"translit" for spellings of a convention, "sound" for a letter of the same sound."""
    if skeleton(rare, forename, by_sound=False) == skeleton(common, forename, by_sound=False):
        return "translit"
    return "sound" if skeleton(rare, forename) == skeleton(common, forename) else None


@lru_cache(maxsize=1)
def _groups() -> dict[str, frozenset[str]]:
    """Each forename -> the forenames it is one of, by the two tables above."""
    index: dict[str, set[str]] = {}
    for group in (*CROSS_LANGUAGE_FORENAMES, *DIMINUTIVES):
        for name in group:
            index.setdefault(name, set()).update(group)
    return {name: frozenset(names - {name}) for name, names in index.items()}


# Suffixes a given name takes in address or in full ("Nileshbhai", "Hansaben", "Nileshkumar"):
# the name with them is the name.
GIVEN_NAME_SUFFIXES = {"bhai", "ben", "behn", "kumar", "kumari", "ji"}


def forename_rule(rare: str, common: str) -> str | None:
    """How forename ``rare`` may be written for ``common`` (folded): "translit", "sound",
    "nickname", "ocr", or None."""
    if rare == common:
        return "same"
    if spelling := _spelling_rule(rare, common, forename=True):
        return spelling
    if common in _groups().get(rare, ()) or common in nickname_index().get(rare, ()):
        # One name's anglicisations ("Ciaran", "Kieran") may be a vowel apart ("Kieran",
        # "Kieron"): two people may be written so, as any two names a vowel apart.
        return None if vowel_for_vowel(rare, common) else "nickname"
    if (len(rare) >= SHORT_FORM_LETTERS and len(common) >= len(rare) + 2
            and (common.startswith(rare) or common.endswith(rare))):
        return "nickname"  # Femi / Olufemi, Ada / Adaeze
    if rare.startswith(common) and rare[len(common):] in GIVEN_NAME_SUFFIXES:
        return "nickname"  # Nileshbhai / Nilesh: a suffix of respect or a Gujarati name's own
    if _diminutive(rare, common):
        return "nickname"  # Fergie / Fergus, Tamsy / Tamsin: the start and a diminutive's end
    if _contracted(rare, common):
        return "nickname"  # Xandro / Xalexandros: the name contracted, its letters in order
    if romanised(rare, common):
        return "romanised"
    if rare not in forenames() and rare not in _groups() and edit_distance(rare, common, 3) <= 2:
        return "ocr" if one_confusion(rare, common) else None  # "Dariiisz": no forename
    return None


BLEND_LETTERS = 3  # "Mari" + "Cel": the least of each given name a blended name keeps


def _blended(name: str, first: str, second: str) -> bool:
    """``name`` is the start of ``first`` run into the start of ``second``, as Filipino
    given names are blended ("Maricel" for "Maria Celia", "Jomar" for "Jose Mario")."""
    return any(first.startswith(name[:at]) and second.startswith(name[at:])
               for at in range(2, len(name) - BLEND_LETTERS + 1))  # "Jo" + "mar"


# The endings English and Scots diminutives put on a forename's start ("Fergie", "Tamsy"),
# the "-s" of a pet name ("Tams" of "Tamsin", "Babs") and the "-i" of many ("Dani", "Suzi").
DIMINUTIVE_ENDINGS = ("ie", "y", "ey", "ee", "s", "i")
DIMINUTIVE_STEM = 3  # letters of the forename a diminutive keeps at least


def _diminutive(rare: str, common: str) -> bool:
    """``rare`` is the start of ``common`` (three letters or more, not all of it) with a
    diminutive's ending ("Fergie" of "Fergus"); a namesake one letter away ("Sami" beside
    "Samia") never is."""
    return edit_distance(rare, common, 2) > 1 and any(
        rare.endswith(end) and DIMINUTIVE_STEM <= len(rare) - len(end) < len(common) - 1
        and common.startswith(rare[:-len(end)]) for end in DIMINUTIVE_ENDINGS)


def _contracted(short: str, long: str) -> bool:
    """``short`` is ``long`` cut or contracted by several letters ("Xandro", "Xalexandros")."""
    return (len(short) >= SHORT_FORM_LETTERS and len(long) >= len(short) + CONTRACTED_LETTERS
            and short[0] == long[0] and _within_letters(short, long))


def _unpunctuated(key: str) -> str:
    return re.sub(r"[\s'’-]", "", key)


def _within_letters(short: str, long: str) -> bool:
    """Every letter of ``short`` in ``long``, in order."""
    letters = iter(long)
    return all(letter in letters for letter in short)


def surname_rule(rare: str, common: str) -> str | None:
    """How surname ``rare`` may be written for ``common``: "translit", "sound", "ocr" or
    None."""
    if rare == common:
        return "same"
    if spelling := _spelling_rule(rare, common):
        return spelling
    if romanised(rare, common):
        return "romanised"
    if len(rare) >= SHORT_SURNAME_LETTERS and (
            (common.startswith(rare) and len(common) >= len(rare) + CONTRACTED_LETTERS)
            or rare in common.split("-")):
        return "short"  # "Rakoto" for "Rakotondrabe", "Birch" for "Wolfenden-Birch"
    if edit_distance(rare, common, 3) <= 2:
        return "ocr" if one_confusion(rare, common) else None
    return None


def one_confusion(rare: str, common: str) -> bool:
    """``rare`` is ``common`` with one of OCR's confusions ("Brenrian" for "Brennan")."""
    for a, b in OCR_CONFUSIONS:
        for right, wrong in ((a, b), (b, a)):
            at = common.find(right)
            while at != -1:
                if common[:at] + wrong + common[at + len(right):] == rare:
                    return True
                at = common.find(right, at + 1)
    return False


def _middles_agree(rare: list[str], common: list[str]) -> bool:
    """Two middle names that differ make two people ("Fiona Ruth X" and "Fiona Jane X")."""
    if len(rare) < 3 or len(common) < 3:
        return True
    return rare[1][0] == common[1][0]


# Rules by which both the forename and the surname may be spelt otherwise: one romanisation's
# conventions and letters of the same sound, which a whole name written by another clerk
# changes together; a namesake differs by one letter of one part, and never so.
_RESPELT = ("translit", "sound", "romanised")


def variant_rule(rare: str, common: str, rare_count: int, common_count: int) -> str | None:
    """The rule by which full name ``rare`` is a variant of ``common``, or None."""
    r, c = _parts(rare), _parts(common)
    if not _middles_agree(r, c) or rare == common:
        return None
    if _unpunctuated(rare) == _unpunctuated(common):  # "Mei Wah", "Mei-Wah", "Meiwah": no
        return "translit" if common_count > rare_count else None  # decoy differs by these
    if r[-1] == c[-1] and "".join(r[:-1]) == c[0].replace("-", "") and len(r) > len(c):
        return "full" if common_count > rare_count else None  # "Anne Marie" for "Anne-Marie"
    if len(c) >= 3 and r[0] == c[1] and r[-1] == c[-1]:
        return "later"  # "Ann Walsh" may be "Mary Ann Walsh", known by her middle name
    if len(r) == 2 and len(c) >= 3 and r[-1] == c[-1] and _blended(r[0], c[0], c[1]):
        return "nickname" if common_count > rare_count else None  # "Maricel" of "Maria Celia"
    first = forename_rule(r[0], c[0])
    # A surname that differs only by how its particle is joined ("Abusayed", "Abu-Sayed") is
    # the same surname: the forename may then vary, as beside the surname written alike.
    last = "same" if _unpunctuated(r[-1]) == _unpunctuated(c[-1]) else surname_rule(r[-1], c[-1])
    if first in _RESPELT and last in _RESPELT:  # "Soelastri Woerjanto" of "Sulastri Wurjanto"
        return "translit" if common_count >= SLIP_RATIO * rare_count else None
    if first is None or last is None or (first != "same" and last != "same"):
        return None  # one part may vary, not both: "Sara Brogen" is no one's "Tara Brogan"
    rule = first if first != "same" else last
    if rule == "same":  # a prefix written apart: "Mc Ardle" (a middle name is the readings')
        apart = name_parts(rare)[-1] != name_parts(common)[-1]
        return "full" if common_count > rare_count and apart else None
    if rule == "romanised":  # a decoy may be one sound away: the spelling is written rarely
        return "romanised" if common_count >= ROMANISED_RATIO * rare_count else None
    if rule in ("ocr", "sound"):  # a decoy one letter away is named as often as anyone
        enough = common_count >= SLIP_RATIO * rare_count
        return ("ocr" if rule == "ocr" else "translit") if enough else None
    if rule == "nickname" and _contracted(r[0], c[0]):
        return rule if common_count > rare_count else None  # no decoy is so much shorter
    return rule if common_count >= SURE_RATIO * rare_count else None


# A name written apart after a prefix ("Mc Laughlin", "Mac Auley", "O Brien") is one surname.
PREFIXES = {"mc", "mac", "o", "fitz"}
# OCR's two-letter slips read back, so that one deletion on each side finds the rest.
_SLIPS_UNDONE = (("ri", "n"), ("ii", "u"), ("li", "h"), ("rn", "m"), ("cl", "d"))


def _parts(key: str) -> list[str]:
    """A key's name parts, a surname prefix written apart joined to the surname, and the
    particles before a surname joined to it as a hyphen does ("abu sayed" as "abu-sayed"):
    one surname, however the particle is written, and never a middle name."""
    parts = name_parts(key)
    if len(parts) >= 3 and parts[-2] in PREFIXES:
        parts = [*parts[:-2], parts[-2] + parts[-1]]
    while len(parts) >= 3 and parts[-2] in PARTICLES:
        parts = [*parts[:-2], f"{parts[-2]}-{parts[-1]}"]
    return parts


def _undone(word: str) -> str:
    for wrong, right in _SLIPS_UNDONE:
        word = word.replace(wrong, right)
    return word


def _blocks(key: str) -> Iterable[tuple[str, ...]]:
    """Where a key's variants are looked for: names with its surname (any forename), and names
    with its forename and a surname one deletion from its own, OCR's letter pairs read back."""
    parts = _parts(key)
    first, last = parts[0], _undone(parts[-1])
    yield ("surname", skeleton(parts[-1]))
    for near in (last, *deletions(last)):
        yield ("forename", skeleton(first, True), near)
    # Another romanisation of the surname, its vowels anywhere ("Athman", "Athumani"), a
    # surname cut short or one of two hyphened ("Rakoto", "Birch"): by consonants, by start.
    for consonants in romanised_skeletons(parts[-1]):
        yield ("romanised", skeleton(first, True), consonants)
        for given in romanised_skeletons(first):  # both romanised: "Aslanbek" and "Aslanbeg"
            yield ("respelt", given, consonants)
    yield ("start", skeleton(first, True), parts[-1][:SHORT_SURNAME_LETTERS])
    for piece in parts[-1].split("-")[1:]:
        yield ("start", skeleton(first, True), piece[:SHORT_SURNAME_LETTERS])


def spelt_near(rare: str, common: str) -> bool:
    """Two full names whose forename or surname differ by a spelling, a sound or a letter or
    two that someone may write ("Bryony"/"Briony", "Mercer"/"Mercier", "Petrovich"/
    "Petrovic"), not by punctuation, a prefix's spacing, a nickname, a short form, or letters
    only OCR confuses ("Rnercer", "Briouy")."""
    r, c = _parts(rare), _parts(common)
    if _unpunctuated(rare) == _unpunctuated(common) or rare == common:
        return False
    if r[-1] == c[-1] and vowel_for_vowel(r[0], c[0]) and c[0] in _groups().get(r[0], ()):
        return True  # "Kieron"/"Kieran": both real spellings, so no misreading of the other
    return any(rule in _SPELLINGS and not _look_alike(a, b)
               and _unpunctuated(a) != _unpunctuated(b) for rule, a, b in (
        (forename_rule(r[0], c[0]), r[0], c[0]), (surname_rule(r[-1], c[-1]), r[-1], c[-1])))


def _look_alike(rare: str, common: str) -> bool:
    """``rare`` is ``common`` with letters only OCR reads for others, which no one spells."""
    for right, wrong in LOOK_ALIKES:
        for a, b in ((right, wrong), (wrong, right)):
            at = common.find(a)
            while at != -1:
                if common[:at] + b + common[at + len(a):] == rare:
                    return True
                at = common.find(a, at + 1)
    return False


def known_equivalence(rare: str, common: str) -> bool:
    """Two full names one person may be written by: their forenames and surnames the same or
    related by a transliteration's convention, a letter of the same sound or a nickname
    ("Naseer"/"Nasir", "Petrovich"/"Petrovic", "Bill"/"William"), or only by punctuation."""
    r, c = _parts(rare), _parts(common)
    if _unpunctuated(rare) == _unpunctuated(common):
        return True
    known = ("same", "translit", "sound", "nickname")
    return forename_rule(r[0], c[0]) in known and surname_rule(r[-1], c[-1]) in known


def own_name(key: str, documents: dict[str, int]) -> bool:
    """Whether the collection writes ``key`` in full in documents enough to be a person's own
    name (``documents``: a key -> the documents that write it in full)."""
    return documents.get(key, 0) >= OWN_DOCUMENTS


def variant_heads(counts: dict[str, int], documents: dict[str, int] | None = None,
                  written: dict[str, int] | None = None) -> dict[str, tuple[str, str]]:
    """Full-name keys -> (the commoner key they are a variant of, the rule). A key is merged
    only when one commoner key holds it; the commonest keys are never merged into another,
    nor a key spelt near its commoner one that is a person's own name (``own_name``; without
    ``documents``, ``counts`` are documents), nor another spelling the collection's text
    writes in full in many documents (``written``: a key -> those documents, however the
    recogniser read them)."""
    documents = counts if documents is None else documents
    written = written or {}
    blocks: dict[tuple[str, ...], list[str]] = {}
    for key in counts:
        for block in _blocks(key):
            blocks.setdefault(block, []).append(key)
    heads: dict[str, tuple[str, str]] = {}
    below: dict[str, bool] = {}
    for rare in sorted(counts, key=lambda k: (counts[k], k)):
        found: dict[str, str] = {}
        for block in _blocks(rare):
            for common in blocks.get(block, ()):
                pair = _measured(rare, common, counts, documents, written)
                if common in found or pair[common] <= pair[rare]:
                    continue
                rule = _variant_of(rare, common, pair, documents) or _vowel_spelling(
                    rare, common, pair, documents, written) or (
                    "translit" if _by_convention_in_text(rare, common, written) else None)
                if (rule and _namesake_by_text(rare, common, rule, written)
                        and not _by_convention(rare, common, documents)):
                    continue
                if rule:
                    found[common] = rule
        found = _spelling_over_vowel(rare, _own_first_and_last(rare, found, counts))
        # The people it may be, less those that are themselves another's variant. A romanisation
        # spelt a letter or two from another person's own name (a decoy's, or its slip) is no
        # one's: which of the two it is, the spelling cannot tell. A name it may be that is
        # itself another's variant ("El-Gamoudi" of "Elgamoudi") is no other person.
        people = {k: r for k, r in found.items()
                  if not _merged_below(k, counts, documents, written, blocks, below)}
        if "romanised" in found.values() and (
                _near_another_person(rare, found, documents, blocks)
                or any(_has_commoner_namesake(k, counts, documents, written, blocks) for k in people)):
            continue
        if len(people) == 1 and "later" not in people.values():  # the readings' to merge
            heads[rare] = next(iter(people.items()))
    return heads


def _measured(rare: str, common: str, counts: dict[str, int], documents: dict[str, int],
              written: dict[str, int]) -> dict[str, int]:
    """The two names' counts to weigh one against the other: the recogniser's, unless the
    text, read for both, says the other is the usual one and the recogniser read one of them
    poorly (its forename taken for a place: found in a fifth of the documents the text writes
    it in, or fewer). Such a name would pass for the rare spelling of its own variant."""
    poorly = any(written.get(key, 0) >= SLIP_RATIO * max(documents.get(key, 0), 1)
                 for key in (rare, common))
    if (poorly and written.get(rare) and written.get(common)
            and (written[rare] < written[common]) != (counts[rare] < counts[common])):
        return {rare: written[rare], common: written[common]}
    return {rare: counts[rare], common: counts[common]}


def _own_first_and_last(rare: str, found: dict[str, str], counts: dict[str, int]
                        ) -> dict[str, str]:
    """The names a rare key with a middle name may be, less those spelt otherwise than its
    forename and surname when the collection writes those two alone as a name ("Brandon Tup
    Kell" beside "Brandon Kell" and "Brendon Kell"): the middle name is that person's, and a
    namesake a letter away is no one it is spelt near."""
    parts = _parts(rare)
    own = f"{parts[0]} {parts[-1]}"
    if len(parts) < 3 or own not in counts:
        return found
    return {key: rule for key, rule in found.items()
            if (lambda p: f"{p[0]} {p[-1]}")(_parts(key)) == own}


def _spelling_over_vowel(rare: str, found: dict[str, str]) -> dict[str, str]:
    """The names a rare key may be, those a spelling rule relates it to before those it is
    only a vowel or a romanised skeleton away from: "Vallarany" is "Vallarani" with the final
    "y" clerks write for "i" (a "translit" by its counts), and only a vowel away from a
    namesake "Vallarano"; the known equivalence tells which of the two it is, where a vowel
    put for another would leave it no one's. A spelling that changes more of the name's parts
    than the other does is no better: "Marcais Tembusu" respells both parts of a namesake's
    "Marcas Tembuzu" and only the surname of "Marcais Tembuzu", so neither wins."""
    spelt = {key: rule for key, rule in found.items() if rule == "translit"}
    if not spelt or "romanised" not in found.values():
        return found
    nearest = min(_parts_changed(rare, key) for key in found)
    if any(_parts_changed(rare, key) > nearest for key in spelt):
        return found
    return {key: rule for key, rule in found.items() if rule != "romanised"}


def _parts_changed(rare: str, key: str) -> int:
    """How many of the name parts of ``rare`` are spelt otherwise in ``key``."""
    r, k = _parts(rare), _parts(key)
    return sum(a != b for a, b in zip(r, k, strict=False)) + abs(len(r) - len(k))


def _variant_of(rare: str, common: str, counts: dict[str, int], documents: dict[str, int]
                ) -> str | None:
    """``variant_rule``, unless ``rare`` is a person's own name spelt near ``common``."""
    rule = variant_rule(rare, common, counts[rare], counts[common])
    if rule and own_name(rare, documents) and spelt_near(rare, common):
        return None
    if rule == "romanised" and documents.get(rare, 0) > ROMANISED_DOCUMENTS:
        return None  # another romanisation written in full in many documents: a namesake's
    if (rule == "translit" and documents.get(rare, 0) > ROMANISED_DOCUMENTS
            and _unpunctuated(rare) != _unpunctuated(common) and _convention_spelt(rare, common)
            and not _by_convention(rare, common, documents)):
        return None  # so too a convention's spelling, unless the usual one is far commoner
    return rule


# Another spelling of a name written in full in this many documents of the collection's text
# is a namesake's own name: a person's variant spellings are incidental, a handful of
# documents each, where a namesake a letter or two away is written wherever he appears.
NAMESAKE_DOCUMENTS = 6
_SPELLING_RULES = ("romanised", "sound", "translit")


def _namesake_by_text(rare: str, common: str, rule: str, written: dict[str, int]) -> bool:
    """Whether ``rare``, another spelling of ``common`` by ``rule``, is written in full in so
    many documents (``NAMESAKE_DOCUMENTS``) that it is someone else's own name."""
    if rule not in _SPELLING_RULES or written.get(rare, 0) < NAMESAKE_DOCUMENTS:
        return False
    r, c = _parts(rare), _parts(common)  # "Beau-Soleil" of "Beausoleil": punctuation, no name
    given = {_unpunctuated(c[0]), _unpunctuated("".join(c[:-1]))}
    return (_unpunctuated(r[-1]) != _unpunctuated(c[-1])
            or _unpunctuated("".join(r[:-1])) not in given)


# A spelling by a romanisation's convention alone, the usual one written this many times as
# often: a namesake is never spelt only so, however many documents write it.
CONVENTION_RATIO = 4


def _by_convention(rare: str, common: str, documents: dict[str, int]) -> bool:
    """Whether ``rare`` is ``common`` spelt by a romanisation's conventions only ("Marija
    Sokolowa" of "Maria Sokolova"), the usual spelling written in ``CONVENTION_RATIO`` times
    as many documents."""
    return (documents.get(common, 0) >= CONVENTION_RATIO * documents.get(rare, 0)
            and _convention_spelt(rare, common))


def convention_key(key: str) -> str:
    """A full name's parts with a convention's spellings undone ("marija sokolowa" -> as
    "maria sokolova"): names one person may be written by share it."""
    return " ".join(skeleton(part, at == 0, by_sound=False) for at, part in enumerate(_parts(key)))


def _by_convention_in_text(rare: str, common: str, written: dict[str, int]) -> bool:
    """Whether the collection's text writes ``common`` in ``CONVENTION_RATIO`` times as many
    documents as ``rare``, a spelling of it by a convention alone: the recogniser's counts of a
    name it reads poorly ("Sokolov" as an organisation) say too little."""
    rare_documents = written.get(rare, 0)
    return (rare_documents > 0 and written.get(common, 0) >= CONVENTION_RATIO * rare_documents
            and _unpunctuated(rare) != _unpunctuated(common) and _convention_spelt(rare, common))


def _convention_spelt(rare: str, common: str) -> bool:
    """Whether each part of ``rare`` is the same part of ``common`` by a convention's rules."""
    r, c = _parts(rare), _parts(common)
    return len(r) == len(c) and all(
        skeleton(a, at == 0, by_sound=False) == skeleton(b, at == 0, by_sound=False)
        for at, (a, b) in enumerate(zip(r, c, strict=True)))


VOWEL_SPELLING_LETTERS = 5  # a name part this long may be spelt with another vowel


def _vowel_spelling(rare: str, common: str, counts: dict[str, int], documents: dict[str, int],
                    written: dict[str, int]) -> str | None:
    """"romanised" for a name part spelt with one vowel for another ("Soborun" of
    "Soboran", "Mkhabo" of "Mkhabu") or by another romanisation ("Chikuni" of
    "Tjikuni") when the collection's text writes it in few documents (``written``,
    measured) and the usual spelling at least twice as often; a namesake so spelt is written
    in many (``NAMESAKE_DOCUMENTS``), and without the text's count no one can tell."""
    if rare not in written or written[rare] >= NAMESAKE_DOCUMENTS:
        return None
    if documents.get(rare, 0) >= NAMESAKE_DOCUMENTS or counts[common] < SURE_RATIO * counts[rare]:
        return None
    r, c = _parts(rare), _parts(common)
    if len(r) != len(c) or not _middles_agree(r, c):
        return None
    changed = [(at, a, b) for at, (a, b) in enumerate(zip(r, c, strict=True)) if a != b]
    if len(changed) != 1 or len(changed[0][2]) < VOWEL_SPELLING_LETTERS:
        return None
    at, part, usual = changed[0]
    # A letter of the same sound ("Sanoah" of "Sanoa", "Kelotou" of "Kelotu") is as
    # sure as a vowel here: the text's count tells it from a namesake, not a fivefold count.
    sound = _spelling_rule(part, usual, forename=at == 0) is not None
    return "romanised" if sound or vowel_for_vowel(part, usual) or romanised(part, usual) else None


def _near_another_person(rare: str, heads: dict[str, str], documents: dict[str, int],
                         blocks: dict[tuple[str, ...], list[str]]) -> bool:
    """Whether ``rare`` is spelt a letter or two from a name written in full in documents of
    its own that is none of ``heads`` ("Anuwat Chaiyaphone" beside a decoy's "Anuwat
    Chaiyapon", when it romanises like "Anuwat Chaiyaporn")."""
    return any(other != rare and other not in heads
               and documents.get(other, 0) > ROMANISED_DOCUMENTS
               and edit_distance(other, rare, MISREAD_DISTANCE + 1) <= MISREAD_DISTANCE
               for block in _blocks(rare) for other in blocks.get(block, ()))


def _has_commoner_namesake(key: str, counts: dict[str, int], documents: dict[str, int],
                           written: dict[str, int], blocks: dict[tuple[str, ...], list[str]]
                           ) -> bool:
    """Whether a person named more often than ``key`` (``_measured``) is spelt a letter or two
    from it ("Anuwat Chaiyapon" beside "Anuwat Chaiyaporn"): ``key`` is a near namesake's
    name."""
    return any((pair := _measured(key, other, counts, documents, written))[other] > pair[key]
               and edit_distance(other, key, MISREAD_DISTANCE + 1) <= MISREAD_DISTANCE
               for block in _blocks(key) for other in blocks.get(block, ()))


def _merged_below(key: str, counts: dict[str, int], documents: dict[str, int],
                  written: dict[str, int], blocks: dict[tuple[str, ...], list[str]],
                  seen: dict[str, bool]) -> bool:
    """Whether a commoner key holds ``key`` as a variant (it is no person of its own)."""
    if key not in seen:
        seen[key] = any(
            (pair := _measured(key, other, counts, documents, written))[other] > pair[key]
            and _variant_of(key, other, pair, documents) not in (None, "later")
            for block in _blocks(key) for other in blocks.get(block, ()))
    return seen[key]


def alias_rule(alias: str, key: str) -> str:
    """The rule a link by one of a person's other names carries: "nickname", "translit" or
    "ocr" (the rule ``variant_heads`` merged it by, or the nearest)."""
    a, k = _parts(alias), _parts(key)
    if sorted(a) == sorted(k) or (len(a) == 2 and set(a) < set(k) and a[-1] == k[0]):
        return "translit"  # the family name written first, or one given name and the family's
    if len(a) >= 3 and a[1] == k[0]:
        return "full"  # known by the middle name
    first = forename_rule(a[0], k[0])
    if first == "nickname":
        return "nickname"
    if first == "same" and surname_rule(a[-1], k[-1]) == "same":
        return "full"  # the surname's prefix written apart: "Mc Ardle"
    if first in ("translit", "sound", "romanised") or surname_rule(a[-1], k[-1]) in (
            "translit", "sound", "romanised", "short"):
        return "translit"
    if a[-1] == k[-1] and edit_distance(a[0], k[0], 3) > 2:
        return "nickname"  # a nickname the files state, no spelling of the forename
    return "ocr"


def surname_spellings(surname: str, display: str) -> list[tuple[str, ...]]:
    """Other ways the surname's prefix is written ("mcardle": "Mc Ardle", "Mac Ardle",
    "MacArdle"; "O'Brien" as "O Brien", "D'Souza" as "D Souza"), as folded words; ``display``
    tells an apostrophe's prefix."""
    spellings: list[tuple[str, ...]] = []
    for prefix, others in (("mac", ("mc",)), ("mc", ("mac",)), ("fitz", ())):
        rest = surname[len(prefix):]
        if surname.startswith(prefix) and len(rest) >= 3:
            spellings.append((prefix, rest))
            spellings += [(other, rest) for other in others] + [(other + rest,) for other in others]
            break
    # An apostrophe's particle ("O'Neill", "D'Souza", "L'Estrange") written apart or dropped.
    for particle in re.findall(r"\b([ODL])['’]\w", display):
        if surname.startswith(particle.lower()) and len(surname) > 4:
            spellings.append((particle.lower(), surname[1:]))
    # A letter the index folds to one letter that writers spell with two ("ŋ" folds to "n",
    # and is written "ng" where the keyboard lacks it: "Gurruŋarra", "Gurrungarra").
    last = display.split()[-1] if display.split() else ""
    if any(letter in last for letter in SPELT_LETTERS):
        respelt = fold("".join(SPELT_LETTERS.get(letter, letter) for letter in last))
        if respelt != surname and " " not in respelt:
            spellings.append((respelt,))
    return spellings


SPELT_LETTERS = {"ŋ": "ng", "Ŋ": "NG"}  # letters folded otherwise than their usual spelling


# A spelling a letter from a person's name, written in full in fewer documents than a namesake
# is (``NAMESAKE_DOCUMENTS``, the recogniser's and the text's count alike), beside the name
# written in this many times as many documents and in ``NAMESAKE_DOCUMENTS`` at least: a letter
# added, dropped or changed by a writer or a romanisation ("Pelloweh" of "Pellowe", "Agyemaan" of
# "Agyeman", "Mbarundo" of "Mbalundo"). A namesake a letter away is named in full wherever he
# appears, so in many documents, and no rule of sound or convention can tell them apart.
RESPELT_RATIO = 3
RESPELT_PART_LETTERS = 4  # "Li" and "Le", "Kim" and "Kam": short parts are anyone's


def respelt_a_letter_apart(documents: dict[str, int], written: dict[str, int],
                           merged: dict[str, str]) -> dict[str, str]:
    """Full-name keys spelt a letter from one person's name, as above -> that key. A key a
    letter from two names written in more than a few documents (``ROMANISED_DOCUMENTS``) is
    either's, so no one's; one a letter from one and two from another (a decoy's) is the
    nearer's. ``written``: the documents whose text writes a rare key in full (a key the text
    was not read for is never merged); ``merged``: keys already another's, left as they are."""
    def near(rare: str) -> list[str]:
        return [key for key, n in documents.items() if key != rare and n > ROMANISED_DOCUMENTS
                and _a_letter_apart(rare, key)]

    return _rarely_written_forms(documents, written, merged, near)


def _rarely_written_forms(documents: dict[str, int], written: dict[str, int],
                          merged: dict[str, str],
                          holders_of: Callable[[str], list[str]]) -> dict[str, str]:
    """Keys written in full in fewer documents than a namesake is, whose one holder (a key
    ``holders_of`` gives, not merged into another) is written in ``RESPELT_RATIO`` times as
    many and in ``NAMESAKE_DOCUMENTS`` at least -> that holder."""
    found: dict[str, str] = {}
    for rare, count in documents.items():
        if (rare in merged or rare not in written or count >= NAMESAKE_DOCUMENTS
                or written[rare] >= NAMESAKE_DOCUMENTS):
            continue
        holders = holders_of(rare)
        if len(holders) != 1 or holders[0] in merged:
            continue
        if documents[holders[0]] >= max(NAMESAKE_DOCUMENTS,
                                        RESPELT_RATIO * max(count, written[rare])):
            found[rare] = holders[0]
    return found


def _a_letter_apart(rare: str, key: str) -> bool:
    """The two keys differ by one letter added, dropped or changed in one name part of
    ``RESPELT_PART_LETTERS`` or more, no two known forenames ("Jon", "Jan")."""
    r, k = _parts(rare), _parts(key)
    if len(r) != len(k) or edit_distance(rare, key, 2) != 1:
        return False
    changed = [(at, a, b) for at, (a, b) in enumerate(zip(r, k, strict=True)) if a != b]
    if len(changed) != 1:
        return False
    at, part, other = changed[0]
    if min(len(part), len(other)) < RESPELT_PART_LETTERS:
        return False
    return not (at == 0 and part in forenames() and other in forenames())


# The endings a pet name puts on the first letters of a forename, in English and in the
# languages the collections' families speak ("Gilly" of "Gilbert", "Maja" of "Marit", "Raya" of
# "Raisa", "Ayo" of "Ayodele"); the known pairs are the nickname lists' (search.nicknames).
PET_ENDINGS = ("lly", "ly", "ja", "ya", "ie", "y", "a", "o", "i", "s")
PET_STEM = 2  # letters of the forename a pet name keeps at least


def pet_names(documents: dict[str, int], written: dict[str, int],
              merged: dict[str, str]) -> dict[str, str]:
    """Keys of two words, a pet name of one person's forename (``_pet_name``) and that
    person's surname -> that person's key (a middle name may be written in it), written in as
    few documents and beside the name written in as many as a respelling
    (``respelt_a_letter_apart``). A pet name two people of the surname may have ("Chia" of
    "Chiara" and "Chiaro") is no one's."""
    def holders(rare: str) -> list[str]:
        r = _parts(rare)
        if len(r) != 2:  # a pet name and the surname: "Gilly Thistlewood"
            return []
        return [key for key in documents if key != rare and key not in merged
                and (k := _parts(key))[-1] == r[-1] and _pet_name(r[0], k[0])]

    return _rarely_written_forms(documents, written, merged, holders)


def _pet_name(pet: str, forename: str) -> bool:
    """``pet`` is the start of ``forename`` with a pet name's ending, and no forename of its
    own nor a known nickname (the lists hold those, with the names they are of); a namesake a
    letter away ("Ayodale" of "Ayodele") never is."""
    if (len(pet) < SHORT_FORM_LETTERS or pet in forenames() or pet in nickname_index()
            or edit_distance(pet, forename, 2) < 2):
        return False
    return any(pet.endswith(end) and PET_STEM <= len(pet) - len(end) < len(forename)
               and forename.startswith(pet[:-len(end)]) for end in PET_ENDINGS)
