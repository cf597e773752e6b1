"""Keys for entity mentions, shared by ingestion (to store them) and search (to match them).

A person's key strips titles and ranks, puts "SURNAME, Forename" in reading order, and folds case
and accents, so "DC Sarah WHITLOCK" and "Whitlock, Sarah" share the key "sarah whitlock". Beside
the key each mention stores a phonetic key (Double Metaphone per name part) and an initial key;
nicknames and OCR confusions are expanded at query time (``search.variants``), so the stored
data never depends on a table that may grow.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product

from metaphone import doublemetaphone

from search.entity_kinds import PATTERN_KINDS, pattern_key
from search.folding import fold_chars

# Titles a person is written with, before (or after) a surname alone ("DC Ashworth", "Sensei
# Hirst", "OLDROYD/Ms"), as word tokens (single words: "Det Sgt" is two tokens): the name
# authority builds its title forms from these, and a name's key strips them (``TITLES``).
FORM_TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr", "cllr", "councillor", "pc", "wpc", "ps",
               "wps", "pcso", "tdc", "dc", "ds", "dsgt", "di", "dci", "dsi", "dcs", "supt", "sgt", "insp",
               "inspector", "sergeant", "constable", "con", "detective", "officer", "prof", "sir",
               "lady", "lord", "rev", "revd", "fr", "sister", "nurse", "judge", "alhaji", "alh",
               "alhaja", "hajia", "hajiya", "cso",
               # a Salvation Army officer's rank, a councillor and a professor written so
               "maj", "capt", "coun",
               "rabbi", "rav", "canon",  # a rabbi's and a canon's title
               "deacon", "dn", "sergt",  # a deacon's title, a sergeant's written short
               "chaplain",  # a hospital's, a prison's or a bus station's chaplain
               "cr", "matron",  # a councillor written short; a hospital's senior nurse
               "master",  # a boy's title ("Master Kai Pike", "Mstr Pike")
               "acc", "dcc",  # an assistant or a deputy chief constable ("A.C.C. Pike")
               "bailie", "provost", "sensei")  # a Scottish council's titles; a dojo's teacher
# Titles that are forenames too ("Con O'Neill") or read from a slashed rank ("D/Sgt"): a title
# before a surname in a form, never stripped from the start of a name's key.
UNSTRIPPED_TITLES = frozenset({"con", "dsgt", "judge", "nurse"})
# Only stripped at the start of a name: "Major", "Dean" and "Bishop" are surnames too. Every
# title a person is written with, and the words a title is written out in.
TITLES = (set(FORM_TITLES) - UNSTRIPPED_TITLES) | {
    # the words of a rank written out ("Detective Chief Inspector", "Ch Supt", "Cust Sgt",
    # "Asst Chief Constable", "Woman Police Constable", "the Rt Hon")
    "the", "det", "chief", "ch", "acting", "actg", "police", "woman", "cust", "asst", "assistant",
    "hon", "rt",
    # titles and ranks written out or another way (``name_tokens.RANK_SPELLINGS`` reads most)
    "dame", "doctor", "mister", "madam", "madame", "father", "reverend", "professor",
    "superintendent", "const", "major", "captain", "inspr", "mstr", "wdc", "cncllr", "councilor",
}
# A note's mark before (or, run on from a line, after) a name: "N.B. Anna Pardew is not ...".
NOTE_MARKS = {"n.b", "nb", "n.b.", "nota"}
# What a letter or a memo writes before the addressee's name ("F.A.O. Ms Reid", "Attn: DS Cole"):
# the line's label, no part of the name.
ADDRESSED_MARKS = {"fao", "f.a.o", "attn", "attn:", "att", "att:"}
# Honours and generational suffixes vary between files just as titles do.
POSTNOMINALS = {"obe", "mbe", "cbe", "qc", "kc", "jp", "mp", "esq", "bsc", "phd", "jnr", "snr",
                "jr", "sr"}
NOT_NAMES = {
    "he", "she", "him", "her", "his", "hers", "they", "them", "their", "you", "we", "us", "i",
    "me", "it", "sir", "madam", "dear", "gentlemen", "colleagues", "all", "officer", "victim",
    "suspect", "child", "mother", "father", "mum", "dad", "complainant", "witness", "unknown",
    "anonymous", "anon", "staff", "manager", "chair", "n/a", "nfa", "police", "council",
    # a group written after a word ("Young People", "Local Residents"), no one's surname
    "people", "persons", "residents", "visitors",
}
# Words that make an all-capitals span a heading ("REPORT OF THE OFFICER"), not a name.
HEADING_WORDS = {
    "of", "the", "and", "for", "to", "in", "on", "at", "by", "with", "re", "from", "report",
    "statement", "appendix", "section", "schedule", "summary", "record", "log", "note", "notes",
    "minutes", "memo", "memorandum", "meeting", "confidential", "restricted", "secret", "page",
    "date", "time", "subject", "ref", "review", "officer", "investigating", "incident", "case",
    "file", "index", "annex", "part", "chapter", "contents", "introduction", "conclusion",
    "house", "home", "street", "road", "lane", "close", "council", "police", "department",
}
# Lower-case words that belong inside a name ("Ludwig van Beethoven", "Omar al Rashid").
PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "bin", "binti",
             "al", "el", "ben", "ap", "ter", "del", "della", "st", "dela", "delos", "los", "las",
             "do", "dos", "das", "ten", "ibn", "bint", "abu", "vom", "zu", "af", "av", "ab",
             "ag", "ult", "ole",  # Tuareg "son of", "daughter of"; Maasai "son of"
             "anak", "ak"}  # Iban "child of", before the father's name, also written short
# Particles also written short ("Tawai ak. Jelani"), as their short form: a key writes them in
# full inside a name, so both spellings are one key.
SHORT_PARTICLES = {"anak": "ak"}
_FULL_PARTICLE = {short: full for full, short in SHORT_PARTICLES.items()}
# A surname's particle written with an apostrophe and no space ("O'Neill", "D'Souza", "L'Estrange"):
# a name key drops the apostrophe, which the index's words keep ("d'souza").
_APOSTROPHE_PARTICLE = re.compile(r"^(?P<particle>[odl])(?P<rest>[a-z]{3,})$")
_SPACE = re.compile(r"\s+")
# Marks written for an apostrophe or a turned comma inside a name ("O'Neill", Uzbek "Yoʻl"):
# one mark, whichever is written. Transliterations and orthographies write a glottal stop, an
# ayin, a hamza or a soft sign with a modifier letter or a saltillo ("Saʿida", "Baʾu",
# "Naꞌu", "Ulʹyana") that writers elsewhere type as "'" or leave out: the same mark.
# The click letters of Khoekhoe and San names ("ǃNarib", "ǂHoab") are marks of the same kind: a
# keyboard writes "!" or nothing for them, so the name keys without them.
CLICK_LETTERS = "ǀǁǂǃ"
APOSTROPHES = "'’‘ʻʼʹʽʾʿꞌꞋ" + CLICK_LETTERS
# Characters a text layer or OCR puts inside a word that are no letters of it: invisible
# spaces and joiners, a soft hyphen, and combining marks a speck is read as ("Pello̱w").
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u0300-\u036f"
_INVISIBLE_IN_WORD = re.compile(rf"(?<=[^\W\d_])[{INVISIBLE}]+(?=[^\W\d_])")
# Letters of other scripts and blocks that look like Latin ones (Cyrillic, Greek, IPA), read
# inside a Latin word for the Latin letter; a word in Cyrillic or Greek keeps its letters.
# A text layer also reads a small letter as its raised modifier twin ("Adeyᵉmi", "Oyeˡaran").
MODIFIER_LETTERS = "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"
# A text layer also writes a letter as a small Roman numeral ("Odiⅼe": fifty for "l"), an
# Armenian letter ("Taոeko": "vo" for "n") or a click letter ("Petroneǀ": a bar for "l").
OTHER_LOOK_ALIKES = "ⅰⅴⅹⅼⅽⅾⅿⅠⅤⅩⅬⅭⅮⅯոօսհǀ"
# Lisu letters are drawn as Latin capitals (Unicode's confusables): a text layer may put one for
# a name's capital ("ꓠ" for "N").
LISU_LOOK_ALIKES = "ꓐꓑꓓꓔꓖꓗꓙꓚꓜꓝꓟꓠꓡꓢꓣꓦꓧꓪꓫꓬꓮꓰꓲꓳꓴ"
# ... and as its lowered one ("Naₙcy").
SUBSCRIPT_LETTERS = "ₐₑₒₓₕₖₗₘₙₚₛₜ"
# Canadian syllabics and Cherokee letters are drawn as Latin ones too (Unicode's confusables):
# a text layer may put one for a name's letter ("Ulᑲashev": "ka" for "b"; "Ꮋ" for "H"). A
# syllabic stands inside a word, for a small letter; a Cherokee letter is drawn as a capital.
SYLLABICS_LOOK_ALIKES = "ᑌᑎᑲᑯᐯᗷᑕᕼᔕᗯᗰᒍᖇᗪ"
CHEROKEE_LOOK_ALIKES = "ᎪᏴᏟᎠᎬᏀᎻᎫᏦᏞᎷᏢᏚᎢᏙᎳᏃᎥᏒ"
# Phonetic letters drawn as small Latin ones, which a text layer reads for them ("Fiƨton": a
# tone letter for "s"; a turned alpha for "a", an esh for "f", a kra for "k", an iota for "i").
PHONETIC_LOOK_ALIKES = "ƨɒʃĸɩ"
_LISTED_LOOK_ALIKES = ("аеорсухіјѕАВЕКМНОРСТХІЈЅɑɡαεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ" + MODIFIER_LETTERS
                       + OTHER_LOOK_ALIKES + LISU_LOOK_ALIKES + SUBSCRIPT_LETTERS
                       + SYLLABICS_LOOK_ALIKES + CHEROKEE_LOOK_ALIKES + PHONETIC_LOOK_ALIKES)
# Latin letters with a hook, a descender or a stroke that the index does not fold ("Ndoꞑg":
# an n with a descender), which a text layer puts for the plain letter: read as the letter
# their Unicode name gives, in the blocks of extended and phonetic Latin.
_DECORATED_NAME = re.compile(r"LATIN (SMALL|CAPITAL) LETTER ([A-Z]) WITH ")
_DECORATED_BLOCKS = ((0x0250, 0x02B0), (0x1D00, 0x1DC0), (0x2C60, 0x2C80), (0xA720, 0xA800),
                     (0xAB30, 0xAB70))


def _decorated_letters() -> tuple[str, str]:
    """The decorated letters the index leaves as they are, and the plain letter of each."""
    decorated, plain = "", ""
    for first, end in _DECORATED_BLOCKS:
        for letter in map(chr, range(first, end)):
            named = _DECORATED_NAME.match(unicodedata.name(letter, ""))
            # (The index lower-cases a capital one, and folds it no further.)
            unfolded = fold_chars(letter) in (letter, letter.lower())
            if named and unfolded and letter not in _LISTED_LOOK_ALIKES:
                decorated += letter
                plain += named.group(2) if named.group(1) == "CAPITAL" else named.group(2).lower()
    return decorated, plain


DECORATED_LETTERS, _PLAIN_LETTERS = _decorated_letters()
LOOK_ALIKES = _LISTED_LOOK_ALIKES + DECORATED_LETTERS
LATIN_OF = str.maketrans(LOOK_ALIKES, "aeopcyxijsABEKMHOPCTXIJSagaeikvoptuxABEZHIKMNOPTYX"
                         + unicodedata.normalize("NFKC", MODIFIER_LETTERS) + "ivxlcdmIVXLCDMnouhl"
                         + "BPDTGKJCZFMNLSRVHWXYAEIOU" + unicodedata.normalize("NFKC", SUBSCRIPT_LETTERS)
                         + "unbdvbchswmjrd" + "ABCDEGHJKLMPSTVWZiR" + "safki" + _PLAIN_LETTERS)
# A Latin letter beside the look-alike, accented ones too ("Pıⅾır": a dotless i beside it).
LATIN_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"  # a class's ranges
LOOK_ALIKE = re.compile(rf"(?<=[{LATIN_LETTERS}])[{LOOK_ALIKES}]|[{LOOK_ALIKES}](?=[{LATIN_LETTERS}])")


def look_alikes_read(text: str) -> str:
    """``text`` with look-alike letters inside a Latin word read as Latin, one character for
    one (the spans of the words stay the text's)."""
    return LOOK_ALIKE.sub(lambda m: m.group().translate(LATIN_OF), text)


# Marks inside a word that a keyboard types one way and a text layer, a font or a writer another:
# a dash or a minus for a name's hyphen ("Pérez–López"), a backtick, an acute accent, a prime or
# a stress mark for its apostrophe ("Hawai`i"), a triangular or modifier colon for its colon
# ("Saːra"). Read as the typed mark, so a name typed either way has one key and one set of words.
_TYPED_MARK = {**dict.fromkeys("‐‑‒–—―−﹣－", "-"), **dict.fromkeys("`´′ˈ", "'"),
               **dict.fromkeys("ː꞉˸", ":")}
_IN_WORD_MARK = re.compile(rf"(?<=[^\W\d_])[{''.join(_TYPED_MARK)}](?=[^\W\d_])")


def typed_marks(text: str) -> str:
    """``text`` with each mark inside a word written as the keyboard's (``_TYPED_MARK``), one
    character for one, so the spans of the words stay the text's."""
    return _IN_WORD_MARK.sub(lambda m: _TYPED_MARK[m.group()], text)


# Styled letters a text layer copies from a heading or a signature ("𝐍ancy", "𝒜nn", "ℍirst"):
# the mathematical alphabets and the letterlike ones, each a Latin letter in another style.
_STYLED_LETTER = re.compile("[\U0001d400-\U0001d6a3\u2102\u210a-\u2113\u2115\u2119-\u211d"
                            "\u2124\u2128\u212c-\u212d\u212f-\u2131\u2133-\u2134]")


def _unstyled(text: str) -> str:
    return _STYLED_LETTER.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def latin_letters(text: str) -> str:
    """``text`` with what is no letter inside a word gone, look-alike and styled letters read
    as Latin and its marks as typed (for keys: the spans of a text are not kept)."""
    return typed_marks(look_alikes_read(_unstyled(_INVISIBLE_IN_WORD.sub("", text))))
# Characters that reorder the text around them when shown (embeddings, overrides, isolates,
# direction marks): a file named "report\u202eexe.pdf" reads as "reportfdp.exe".
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# A colon between two letters is a letter's mark inside the word (Mohawk "Wahiá:ke" writes
# a long vowel so), which the index's words keep, as they keep an apostrophe: kept in the name
# shown, dropped from the key (``IN_WORD_COLON``); any other colon is a label's.
IN_WORD_COLON = re.compile(r"(?<=[^\W\d_]):(?=[^\W\d_])")
_NON_NAME = re.compile(r"[^\w\s'\-.,’:]|(?<![^\W\d_]):|:(?![^\W\d_])")
# A nickname in double quotes or guillemets inside or after a name ('Daragh “Dara” Quennell',
# "Quennell «Dara»"): what the person is called, no word of the name (the names stage reads the
# statement from the page, search.name_statements). A span may end before the closing mark.
# A nickname between slashes, as a register marks one: "Ann /Nan/ Hirst".
SLASHED_NICKNAME = r"/[^\W\d_][\w'’-]*/"
# In single quotes too ("Daragh 'Dara' Quennell", "QUENNELL 'Dara'"), but only closed: a name
# may open with an elision's apostrophe ("'Chenemi" of "Ojochenemi").
_QUOTED_NICKNAME = re.compile(r"[ \t]+[«“\"][^\W\d_][\w'’-]*(?:[»”\"](?=[ \t,]|$)|$)"
                              r"|[ \t]+['‘][^\W\d_][\w-]*['’](?=[ \t,]|$)"
                              rf"|[ \t]+{SLASHED_NICKNAME}(?=[ \t])")
_PARENS = re.compile(r"\([^)]*(?:\)|$)")  # "(Alh.)", or cut short by the recogniser: "(Alh"
_SLASHED_RANK = re.compile(
    r"\b[DP]\s?/\s?(?:Con|Sgt|Insp|Supt|Constable|Sergeant|Inspector)\b\.?"
    # a detective's rank run together or slashed with its chief's letter ("DetChInsp", "DetSgt",
    # "D/C/Insp"), as ``search.name_tokens`` reads it
    r"|\bDet\.?(?:Ch(?:ief)?\.?)?(?:Con|Sgt|Insp|Supt)\b\.?|\bD\s?/\s?Ch?\s?/\s?(?:Insp|Supt)\b\.?"
    # a community support officer's rank written short ("Comm Supp Off Ayre"), as "PCSO" is
    r"|\bComm(?:unity)?\.?\s+Supp(?:ort)?\.?\s+Off(?:icer)?\b\.?"
    r"|\bPol\.?\s+Con(?:st|stable)?\b\.?"  # "Pol Con": a police constable
    # a rank with a detective's letter in brackets after it ("Con (D)": a detective constable)
    r"|\b(?:Con|Const|Sgt|Insp|Supt|Constable|Sergeant|Inspector)\b\.?\s*\(D\)", re.IGNORECASE)
# Two surnames joined by a lower-case "and" (Catalan "i", Spanish "y", Portuguese "e").
_CONJOINED_SURNAME = re.compile(r"(?<=[^\W\d_]{2}) [iye] (?=[^\W\d_]{2})")
_OCR_PART = re.compile(r"^[a-z]+[01][a-z01]*$|^[a-z01]*[01][a-z]+$")
# A file's or a site's name a recogniser took for a person's ("testSrcDoc.html",
# "Amazon.com"): a word, a dot and an extension or a top-level domain, no space between.
_FILE_OR_SITE = re.compile(r"\w\.(?:html?|pdf|docx?|xlsx?|pptx?|rtf|txt|csv|xml|json|jpe?g|png"
                           r"|gif|tiff?|zip|eml|msg|exe|com|org|net|gov|edu|co\.uk)\b", re.I)
MAX_PHONETIC_KEYS = 8
# Entity extraction asks about the same few names and words on every page (a tenth of NER time
# uncached); the answers are pure functions of short strings, so each worker keeps them.
NAME_CACHE = 1 << 16


@lru_cache(maxsize=NAME_CACHE)  # names, tags and words: short strings, often repeated
def fold(text: str) -> str:
    """Folded as the index analyzer folds (search.folding), with single spaces: the shared base
    of every key."""
    return _SPACE.sub(" ", fold_chars(text)).strip()


def without_bidi(text: str) -> str:
    """``text`` without direction controls, for names that are shown (titles, paths)."""
    return BIDI_CONTROLS.sub("", text)


def _bare(word: str) -> str:
    return word.strip(".").casefold()


# A hyphen inside a capitalised word before small letters ("Mo-rendi", "E-lspeth"): a word
# broken or mistyped, one word; a double-barrelled name capitalises both ("Lee-Bottomley").
_BROKEN_WORD = re.compile(r"\b(?P<head>[A-Z][a-z]{0,2})-(?P<rest>[a-z]{3,})\b")


def _unbroken(display: str) -> str:
    return _BROKEN_WORD.sub(lambda m: m.group() if m.group("head").lower() in PARTICLES
                            else m.group("head") + m.group("rest"), display)


@lru_cache(maxsize=NAME_CACHE)
def person_display(text: str) -> str:
    """The name as it reads: titles gone, "SURNAME, Forename" reordered, capitalised."""
    text = _SLASHED_RANK.sub("", latin_letters(text))  # "P/Sgt", "D/Con": a rank, as "PS" is
    text = _unbroken(_QUOTED_NICKNAME.sub("", text))  # before capitals are read: "LEE-HOLM"
    text = _SPACE.sub(" ", _NON_NAME.sub(" ", _PARENS.sub(" ", text))).strip(" ,.'-")
    if text.count(",") == 1:
        surname, forename = (part.strip() for part in text.split(","))
        if surname and forename:
            text = f"{forename} {surname}"
    text = _CONJOINED_SURNAME.sub("-", text)  # "Puig i Ferrer": one surname, "Puig-Ferrer"
    words = _name_words(text.replace(",", " ").split())
    if len(words) >= 2 and _is_caps(words[0]) and not any(_is_caps(w) for w in words[1:]):
        # Police index style: "STOKES Raymond". A title or an honour the moved word hid goes
        # too ("OBE Hardy", "F.A.O. Ms Reid"), so a key read again is the same key.
        words = _name_words([*words[1:], words[0]])
    return " ".join(_uncapitalised(w) if _is_caps(w) and len(w) > 2 else w for w in words)


# A capital after a hyphen or an apostrophe inside a name's word ("GOODCHILD-STUBBS", "O'KELLY").
_CAPITAL_AFTER_MARK = re.compile(rf"(?<=[-{APOSTROPHES}])[^\W\d_]")


def _uncapitalised(word: str) -> str:
    """A word written in capitals as a name is written: "Goodchild-Stubbs", "O'Kelly"."""
    return _CAPITAL_AFTER_MARK.sub(lambda m: m.group().upper(), word.capitalize())


def _name_words(words: list[str]) -> list[str]:
    """``words`` less what comes before a name (ranks, the collar number after them, "PC 1187
    ASHBY"; a note's mark; an addressee's label) and after it (honours, a note's mark)."""
    while words and (_is_title(words[0]) or words[0].strip(".").isdigit()
                     or _bare(words[0]) in NOTE_MARKS or _bare(words[0]) in ADDRESSED_MARKS):
        words = words[1:]
    while words and (_bare(words[-1]) in POSTNOMINALS or _bare(words[-1]) in NOTE_MARKS):
        words = words[:-1]
    return words


def _is_title(word: str) -> bool:
    """A title, or titles run together at their stops ("Det.Con.", "Det.Sgt")."""
    bare = _bare(word)
    # "Con" alone may be a forename; run on from "Det." it is the rank.
    return bare in TITLES or ("." in bare and all(p in TITLES or p == "con" for p in bare.split(".")))


def _is_caps(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _latin_letters(upper: bool) -> str:
    """The capital (or small) Latin letters as the body of a regex class: ASCII, Latin-1 and
    the extended Latin blocks, whose capitals and small letters alternate ("Ł", "Č", "Ş", "Ő",
    "Ř", "Đ", Vietnamese "Ạ"), so a name in Polish, Czech, Turkish or Vietnamese spelling is a
    name to the rules as an English one is."""
    ranges = (range(0x41, 0x5B), range(0x61, 0x7B), range(0xC0, 0x250), range(0x1E00, 0x1F00))
    return "".join(ch for r in ranges for code in r
                   if (ch := chr(code)).isalpha() and (ch.isupper() if upper else ch.islower()))


UPPER_LETTERS, LOWER_LETTERS = _latin_letters(True), _latin_letters(False)


# The Northern Isles' "o'" ("of") between a given name and a family's name ("Garf o'
# Pennycook"): no word of the person's name, as the name authority's matcher reads it too
# (``name_tokens``). Lower case, its apostrophe then a space, so "O'Neill" and "Seán Ó Murchú"
# keep their particle.
ISLANDS_OF = re.compile(rf"(?<=[^\W\d_])[ \t]+o['’][ \t]+(?=[{UPPER_LETTERS}])")


@lru_cache(maxsize=NAME_CACHE)
def person_key(text: str) -> str:
    # Lower case after folding too: a small capital OCR reads ("Brandᴏn") folds to a capital.
    key = fold(person_display(ISLANDS_OF.sub(" ", text)).replace(".", " ")).lower()
    key = re.sub(f"[{APOSTROPHES}`:]", "", key)  # the display kept only a word's own colons
    key = _SPACE.sub(" ", re.sub(r"\s*-\s*", "-", key)).strip(" -")
    parts = key.split(" ")
    if len(parts) >= 3 and any(p in _FULL_PARTICLE for p in parts[1:-1]):
        key = " ".join([parts[0], *(_FULL_PARTICLE.get(p, p) for p in parts[1:-1]), parts[-1]])
    return key


def apostrophe_spellings(key: str) -> list[str]:
    """``key`` with the apostrophe a particle may have had put back in a surname after the first
    word ("aoife oneill" -> "aoife o'neill"): the words the index made of the name as written."""
    parts = name_parts(key)
    spelt = [_APOSTROPHE_PARTICLE.sub(r"\g<particle>'\g<rest>", p) if at else p
             for at, p in enumerate(parts)]
    return [" ".join(spelt)] if spelt != parts else []


def short_particle_spellings(key: str) -> list[str]:
    """``key`` with its particles written short ("tawai anak jelani" -> "tawai ak jelani"): the
    words a name shown so has in the index, though its key writes the particle in full."""
    parts = name_parts(key)
    if len(parts) < 3:  # no particle between a forename and a surname; a form may be empty
        return []
    short = [parts[0], *(SHORT_PARTICLES.get(p, p) for p in parts[1:-1]), parts[-1]]
    return [" ".join(short)] if short != parts else []


def name_parts(key: str) -> list[str]:
    return key.split()


def initial_key(key: str) -> str:
    """First initial and surname ("s whitlock"), or "" for a one-part name."""
    parts = name_parts(key)
    return f"{parts[0][0]} {parts[-1]}" if len(parts) >= 2 else ""


def is_initial_form(key: str) -> bool:
    parts = name_parts(key)
    return len(parts) >= 2 and all(len(p) == 1 for p in parts[:-1])


@lru_cache(maxsize=NAME_CACHE)
def _part_codes(part: str) -> tuple[str, ...]:
    # Cached: the same surnames recur in every mention of a collection, and Double Metaphone
    # was most of the records stage's work on mentions.
    # OCR digits read back as the letters they stand for, so "T0lley" sounds like "Tolley".
    letters = re.sub(r"[^a-z-]", "", part.replace("0", "o").replace("1", "l"))
    if len(letters) <= 1:
        return (letters.upper() or part.upper(),)
    pieces = [p for p in letters.split("-") if p]
    per_piece = [[c for c in doublemetaphone(p) if c] or [p.upper()] for p in pieces]
    return tuple(sorted({"-".join(combo) for combo in product(*per_piece)}))


def phonetic_keys(key: str) -> list[str]:
    """Double Metaphone of each part, primary and alternate codes combined (at most 8)."""
    parts = name_parts(key)
    if not parts:
        return []
    combos = product(*(_part_codes(p) for p in parts))
    return sorted({" ".join(c) for _, c in zip(range(MAX_PHONETIC_KEYS), combos, strict=False)})


# The article of a Gaelic surname after its "Mac" or "Nic" ("Mac an t-Saoir", "Nic na
# Ceàrdaich"): inside the name, where an English "an" or "na" elsewhere is no name's word.
GAELIC_ARTICLES = {"an", "na"}
GAELIC_PREFIXES = {"mac", "nic", "mc"}


def _lower_word_outside_name(words: list[str]) -> bool:
    """A word in lower case that is no particle of a name ("Smith said")."""
    for i, w in enumerate(words):
        if not (w.isalpha() and w.islower()) or w in PARTICLES:
            continue
        if w in GAELIC_ARTICLES and i > 0 and words[i - 1].lower() in GAELIC_PREFIXES:
            continue
        return True
    return False


@lru_cache(maxsize=NAME_CACHE)
def plausible_person(text: str) -> bool:
    """False for pronouns, salutations, lone titles, initials alone, all-capital headings and
    the names of files and sites."""
    key = person_key(text)
    parts = name_parts(key)
    if not parts or len(key.replace(" ", "")) <= 2 or key in NOT_NAMES or parts[-1] in NOT_NAMES:
        return False
    if all(len(p) == 1 for p in parts) or _FILE_OR_SITE.search(text):
        return False
    words = [w for w in re.split(r"[\s,]+", text) if w]
    if _is_caps(text) and (len(words) >= 4 or any(_bare(w) in HEADING_WORDS for w in words)):
        return False
    if _lower_word_outside_name(person_display(text).split()):
        return False
    return all(not any(ch.isdigit() for ch in p) or _OCR_PART.match(p) for p in parts)


def entity_display(kind: str, text: str) -> str:
    if kind == "person":
        return person_display(text)
    return _SPACE.sub(" ", text).strip(" ,.;:'\"")


# Short words that join a name's words ("HOUSE OF COMMONS"): lower case inside a name.
_JOINING_WORDS = {"a", "an", "and", "at", "by", "de", "for", "in", "of", "on", "or", "the",
                  "to", "via", "la", "le", "du", "des", "van", "von"}
# Everyday words of two or three letters that places and firms are named with ("RED LION
# INN", "NEW ROAD"). The English word list cannot tell these from acronyms: it holds "utc",
# "cid" and "usa" too.
_SHORT_WORDS = frozenset({
    "new", "old", "red", "oak", "ash", "elm", "yew", "inn", "bay", "end", "way", "top", "sun",
    "low", "big", "far", "day", "art", "bar", "pub", "row", "lea", "ley", "dam", "den", "hay",
    "bow", "box", "cox", "pit", "rye", "tor", "fox", "dog", "cat", "cow", "hen", "owl", "bee",
    "ivy", "rose", "all", "one", "two", "six", "ten", "law", "car", "bus", "air", "sea", "sky",
    "ice", "tea", "hot", "dry", "wet", "raw", "fir", "gap", "hub", "key", "lab", "net", "pay",
    "age", "aid", "act", "job", "kid", "men", "man", "my", "our", "you", "we", "it", "is", "no",
    "go", "up", "out", "off"})
# Abbreviations in the tables below that are read letter by letter ("Harwick MBC").
_ACRONYM_ABBREVIATIONS = {"mbc", "bc", "cc", "dc", "hq"}
_VOWELS = set("aeiouy")


def _unshouted_word(word: str, first: bool) -> str:
    """One word of a name written in capitals: an acronym stays ("NSPCC", "PNC": no vowel;
    "CID", "UTC": three letters or fewer, no everyday word), a street's or a firm's
    abbreviation is capitalised ("RD", "LTD"), a joining word is lower case inside the name."""
    bare = word.strip(".").casefold()
    if not bare.isalpha():
        return word.title()  # "O'BRIEN", "LEE-HOLM"
    if bare in _JOINING_WORDS:
        return word.capitalize() if first else word.lower()
    if bare in PLACE_ABBREVIATIONS or bare in ORG_ABBREVIATIONS:
        return word if bare in _ACRONYM_ABBREVIATIONS else word.capitalize()
    if not _VOWELS & set(bare) or (len(bare) <= 3 and bare not in _SHORT_WORDS):
        return word
    return word.capitalize()


def unshouted(text: str) -> str:
    """An organisation's or place's name that is written only in capitals, as a reader would
    write it: "HARWICK MBC CID" -> "Harwick MBC CID", "HOUSE OF COMMONS" -> "House of Commons"."""
    return " ".join(_unshouted_word(word, n == 0) for n, word in enumerate(text.split()))


def entity_key(kind: str, text: str) -> str:
    if kind == "person":
        return person_key(text)
    if kind in PATTERN_KINDS:
        return pattern_key(kind, text) or fold(entity_display(kind, text))
    if kind in ("org", "place"):
        return expand_abbreviations(fold(entity_display(kind, text)), kind)
    return fold(entity_display(kind, text))


# Abbreviations of streets, buildings and areas in addresses, and what they stand for.
PLACE_ABBREVIATIONS = {
    "rd": "road", "st": "street", "tce": "terrace", "terr": "terrace", "hse": "house",
    "div": "division", "ave": "avenue", "av": "avenue", "cres": "crescent", "gdns": "gardens",
    "ct": "court", "ln": "lane", "sq": "square", "pl": "place", "est": "estate", "bldgs": "buildings",
    "bldg": "building", "cl": "close", "gr": "grove", "gro": "grove", "pk": "park", "wk": "walk",
    "hts": "heights", "mt": "mount", "dr": "drive", "stn": "station", "hosp": "hospital",
    "yd": "yard", "cft": "croft", "fld": "field", "flds": "fields",
    # the Royal Mail's and the gazetteers' short forms of the rest
    "mws": "mews", "pde": "parade", "bk": "bank", "cotts": "cottages", "twr": "tower",
    "twrs": "towers",
    "wf": "wharf", "grn": "green", "vw": "view", "prec": "precinct", "clo": "close",
    "wy": "way", "brw": "brow", "wlk": "walk", "gth": "garth", "esp": "esplanade",
    "cswy": "causeway", "mdw": "meadow", "mdws": "meadows", "cnr": "corner", "gte": "gate",
    "gdn": "garden", "bvd": "boulevard", "blvd": "boulevard",
    # rooms and buildings as a log or a briefing shortens them ("Briefing Rm", "Civic Ctr")
    "ctr": "centre", "cntr": "centre", "rm": "room", "hq": "headquarters", "resid": "residence",
}
ORG_ABBREVIATIONS = {"mbc": "metropolitan borough council", "bc": "borough council",
                     "cc": "county council", "dc": "district council", "co": "company",
                     "ltd": "limited", "assoc": "associates", "dept": "department",
                     "pol": "police"}


def expand_abbreviations(key: str, kind: str) -> str:
    """An organisation's or place's folded key with its abbreviations written out."""
    table = ORG_ABBREVIATIONS if kind == "org" else PLACE_ABBREVIATIONS
    words = key.split()
    # Only the last word: "St Helens" is a town, "Station Rd" a road.
    last = words[-1].rstrip(".") if len(words) >= 2 else ""
    expanded = table.get(last) or (PLACE_ABBREVIATIONS.get(last) if kind == "org" else None)
    if expanded:
        words[-1] = expanded
    return " ".join(words)

