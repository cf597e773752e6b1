"""How the name authority's matcher reads a text: words folded, OCR's digits and letter pairs
undone ("He1en", "Rayrnond"), initials read as their first ("H.M." and "HM" read "h"), titles
glued to collar numbers apart ("PC2291"), words glued at a hyphen apart ("OLDROYD-was"), and an
address's local part as its words without a mail system's digits ("bholroyd2@").

The forms of each person are read through the same ``token`` (``search.name_authority``).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from search.name_spelling import UNREADABLE
from search.names import (
    APOSTROPHES,
    FORM_TITLES,
    INVISIBLE,
    NAME_CACHE,
    PARTICLES,
    PLACE_ABBREVIATIONS,
    POSTNOMINALS,
    TITLES,
    UPPER_LETTERS,
    fold,
    look_alikes_read,
    typed_marks,
)
from search.variants import ocr_skeleton

COLLAR = "#"  # a collar number, whatever its digits
# A rank some forces write otherwise, read as the one title ("CSO 8812" is a PCSO).
RANK_SPELLINGS = {"cso": "pcso", "superintendent": "supt", "const": "con",  # "Det. Const."
                  "major": "maj", "captain": "capt", "professor": "prof",
                  "sergt": "sgt", "dn": "deacon", "cr": "cllr", "mstr": "master",
                  "inspr": "insp",
                  "wdc": "dc", "actg": "acting",  # a woman detective constable; acting, short
                  "cncllr": "cllr", "councilor": "cllr"}  # a councillor's other spellings
# A title and its collar number written as one word: "PC2291", "Sgt7", "Constable2231B" (a
# check letter after the digits). (From names12.)
_GLUED_COLLAR = re.compile(r"([A-Za-z]{2,10})(\d{1,6}[A-Z]?)")
# A label before a collar number ("PC No. 2291", "DC Ashworth No.2291", "coll. 2291", "c/n
# 2291"): the number's label, no word of a name.
_NUMBER_LABELS = {"no", "nos", "num", "coll", "cn", "nr", "warrant"}  # "Nr 4411", "(warrant 4411)"
_COLLAR_NUMBER = re.compile(r"\d{1,6}[A-Z]{0,3}")
_SLASHED_LABEL = re.compile(r"\b[cC]/[nN]\b")  # "c/n": read as one word, "cn"
# A collar number with its force's prefix letters ("WY2217", "M0927"), after a rank.
_FORCE_COLLAR = re.compile(r"[A-Z]{1,3}\d{2,6}|\d{2,6}[A-Z]{1,3}")  # or after it: "2291NE"
# A collar number with a letter before it, written before the surname ("K4471 PELLOW, D.C."):
# three digits or more, where a young person's or a witness's code has one or two ("YP3").
_LETTERED_COLLAR = re.compile(r"[A-Z]{1,2}\d{3,6}")


def _token_pattern(letter: str, first: str = r"[^\W_]") -> re.Pattern[str]:
    """A word, with its apostrophes and hyphens ("O'Brien", "Smith-Jones"), or a comma; after
    its first letter (``first``), ``letter`` is what a letter of it may be."""
    letters = rf"(?:{letter}|[{INVISIBLE}](?=[^\W_]))*"
    # A colon between letters is one of the word's marks, as the index reads it ("Wahiá:ke").
    return re.compile(rf"{first}{letters}(?:(?:[{APOSTROPHES}-]|(?<=[^\W\d_]):(?=[^\W\d_]))"
                      rf"[^\W_]{letters})*|,")


_TOKEN = _token_pattern(r"[^\W_]")
# A letter OCR could not read (``UNREADABLE``) is a letter of its word, the first too when a
# letter follows it: read so only in a text that has one, the usual reading being the cheaper.
_TOKEN_UNREADABLE = _token_pattern(rf"[^\W_]|{UNREADABLE}", rf"(?:[^\W_]|{UNREADABLE}(?=[^\W_]))")
_POSSESSIVE = ("'s", "’s", "'S", "’S")
# Initials written together ("HM Ashworth", "LJ Exley"): two or three capitals before a name.
_GLUED_INITIALS = re.compile(r"[A-Z]{2,3}")
# Words of two or three capitals that are words in an all-capitals line, not initials.
_SHORT_WORDS = {"of", "to", "by", "at", "in", "on", "an", "as", "is", "it", "if", "or", "be",
                "we", "he", "me", "my", "no", "so", "up", "us", "do", "go", "and", "the", "for",
                "but", "not", "you", "was", "are", "has", "had", "her", "his", "our", "per",
                "via", "re", "saw", "met", "see", "ref", "tel", "fax", "cc", "bcc", "from", "am",
                "pm", "who", "with", "all", "any", "new", "old", "off", "out", "yes", "qty", "nfa"}
_CODE = re.compile(r"[a-z]{1,2}\d+")
# A bar inside a word is OCR's reading of an "l" ("Ol|ivant"): one character for one, so the
# spans of the words stay the text's.
_BAR_FOR_L = re.compile(r"(?<=[^\W\d_])[|¦](?=[^\W\d_])")
_OCR_DIGITS = str.maketrans({"5": "s", "8": "b", "6": "b", "3": "e", "4": "a", "7": "t", "9": "g"})
# A plus inside a word is OCR's reading of a "t" ("Lynet+e").
# Not in an address's local part, where a plus opens a tag ("ann.hirst+cid@").
_PLUS_FOR_T = re.compile(r"(?<=[^\W\d_])\+(?=[^\W\d_])(?![^\s<>\"@]*@)")
# What is no letter inside a word (an invisible space, a soft hyphen, a combining mark): read
# past, the word one word (``search.names.INVISIBLE``).
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_APOSTROPHE = re.compile(f"[{APOSTROPHES}:]")  # a colon left in a word is the word's mark


@lru_cache(maxsize=NAME_CACHE)  # a page's words recur, and so do a collection's
def token(word: str) -> str:
    """A word as the matcher compares it."""
    if word == ",":
        return word
    folded = _APOSTROPHE.sub("", fold(_INVISIBLE.sub("", word))).lower()  # "ᴏ" folds to "O"
    if folded.isdigit():
        return COLLAR
    if folded in RANK_SPELLINGS:
        return RANK_SPELLINGS[folded]
    if _CODE.fullmatch(folded):  # "A1", "C12": a code, which no OCR slip of a name is
        return folded
    if not folded.isalpha():  # a digit among letters is OCR's: "Kay1eigh", "Bu5h", "Ro8ert"
        folded = folded.translate(_OCR_DIGITS)
    return ocr_skeleton(folded).replace("vv", "w")


_TITLE_TOKENS = frozenset(token(title) for title in FORM_TITLES)
LONE_LETTER = "~"  # a lowercase letter alone ("a"): a word, no initial
# After the last word of an address's local part: "custody.pellow@" ends in the surname, as a
# desk's or a role's address does (the role's words before it are no name).
ADDRESS_END = "@"
# The local part of an e-mail address ("j-smith2" in "j-smith2@x.org"): its words are read
# without the digits a mail system adds ("jsmith2") and split at hyphens ("anne-marie").
_LOCAL_PART = re.compile(r"[^\s<>()\[\],;:\"'@]+(?=@)")
_LOCAL_WORD = re.compile(r"[^\W\d_]+")
_PIECE = re.compile(r"[^\W_]+")


# A rank written out, abbreviated or with stops ("Detective Chief Inspector", "Det Ch Insp",
# "D/Insp", "Det/Sgt", "Det. Con.", "D/Cons", "D.Sgt.", "P.Con", "Police Sergeant", "D.C."): read as the
# title a roll writes ("dci").
_RANK = re.compile(
    r"\b(?:(?P<det>Det(?:ective)?\.?\s+|Det\.?\s?/\s?|Det(?=[A-Z])|Det\.(?=(?-i:[A-Z]))|D\s?/\s?"
    r"|(?-i:D[ .]?(?=Con|Sgt|Insp|Sergeant)))"
    # "Ch " or "Ch/", and run together or with stops ("DetChInsp", "Det.Ch.Insp."); "D/C/Insp"
    r"(?P<chief>Ch(?:ief)?\.?(?:\s+|\s?/\s?|(?=(?-i:[A-Z])))|(?<=/)(?-i:C)\s?/\s?)?"
    r"|(?P<police>Police|Pol\.?|Custody|Cust\.?)(?:\s+|(?-i:(?=Sgt)))|P\s?/\s?"
    r"|(?-i:P\.?(?=Sgt|Sergeant|Con)))"  # "PSergeant4471", "P.Con": the letter glued on
    r"(?P<rank>Con(?:stable|s)?|Sgt|Serg(?:ean)?t|Insp(?:ector)?|Supt|Superintendent)(?![^\W\d_])\.?"
    r"|(?P<officer>Detention\s+Officer\b|(?-i:\bD\.O\.))"
    r"|(?-i:\b(?P<dotted>(?:[A-Z]\.){2,4}[A-Z]?))(?=[\s\d/),:-]|$)"  # "P.C.S.O 40117", "W.D.C.:419"
    # "D/S", and glued to its collar number ("D/S318 Ashworth", as "DS318" is)
    r"|(?-i:\b(?P<slashed>[DP]\s?/\s?[CSI])(?:\b|(?=\d)))", re.IGNORECASE)
_RANK_LETTER = {"con": "c", "cons": "c", "constable": "c", "sgt": "s", "sergeant": "s",
                "sergt": "s", "insp": "i", "inspector": "i", "supt": "s", "superintendent": "s"}


# Letters with full stops that read as a courtesy title but are initials ("M.S. Pellow").
_DOTTED_INITIALS = frozenset({"ms", "mr", "mx"})


def _rank(match: re.Match[str]) -> str:
    """The title a written rank stands for ("Det Ch Insp" -> "dci")."""
    if match.group("officer"):
        return "officer"  # a detention officer's rank: "Detention Officer", "D.O."
    if match.group("dotted"):  # "D.C.", "P.C.S.O.", "W.D.C.": a rank with full stops
        letters = match.group("dotted").replace(".", "").casefold()
        return RANK_SPELLINGS.get(letters, letters)
    if match.group("slashed"):  # "P/C", "D/S": the letters of a constable's or sergeant's rank
        return "".join(match.group("slashed").split("/")).replace(" ", "").casefold()
    rank = _RANK_LETTER[match.group("rank").casefold()]
    if match.group("police") or not match.group("det"):  # "Police Sgt", "P/Sgt"
        return "p" + rank
    if rank == "s" and match.group("rank").casefold().startswith("su"):
        return "dcs" if match.group("chief") else "supt"
    return "d" + ("c" if match.group("chief") else "") + rank


# A community support officer's rank written out, read as "pcso" (looked for apart from the
# other ranks, only where the text has the word: a page's every position tries ``_RANK``).
_PCSO = re.compile(r"\b(?:Police\s+)?Comm(?:unity)?\.?\s+Supp(?:ort)?\.?\s+Off(?:icer)?\b\.?",
                   re.IGNORECASE)  # and written short: "Comm Supp Off"


def _ranks(text: str) -> dict[int, tuple[str, int]]:
    """Where ranks are written: first letter -> (title, end)."""
    if not any(c in text for c in "DdPpCc"):  # "Cust Sgt" too
        return {}
    found = {m.start(): (_rank(m), m.end()) for m in _RANK.finditer(text)}
    if "omm" in text or "OMM" in text:
        found |= {m.start(): ("pcso", m.end()) for m in _PCSO.finditer(text)}
    # No "U.K.", and no courtesy title written with full stops: "M.S." is someone's initials.
    return {at: rank for at, rank in found.items()
            if rank[0] in FORM_TITLES and rank[0] not in _DOTTED_INITIALS}


def _words(text: str) -> list[tuple[str, int, int, bool]]:
    """The words of ``text`` with their spans, each with whether it is in an address."""
    locals_ = [m.span() for m in _LOCAL_PART.finditer(text)] if "@" in text else []
    ends = [b for _a, b in locals_]
    ranks, rank_end = _ranks(text), -1
    out: list[tuple[str, int, int, bool]] = []
    for match in (_TOKEN_UNREADABLE if UNREADABLE in text else _TOKEN).finditer(text):
        start, end = match.span()
        if start in ranks:
            title, rank_end = ranks[start]
            out.append((title, start, rank_end, False))
        if start < rank_end:  # a word of a rank already read, and the collar glued after it
            if end > rank_end and text[rank_end:end].isalnum():  # "DetCon5127", "D/S318"
                out.append((text[rank_end:end], rank_end, end, False))
            continue
        at = bisect_left(ends, end)  # the first address ending at or after this word
        if at < len(locals_) and locals_[at][0] <= start:
            out += [(w.group(), start + w.start(), start + w.end(), True)
                    for w in _LOCAL_WORD.finditer(match.group())]
            if end == locals_[at][1] and out and out[-1][3]:
                out.append((ADDRESS_END, end, end, True))
        else:
            out += [(w, start + a, start + b, False) for w, a, b in _unglued(match.group())]
    return out


GLOTTAL_PIECE = 2  # letters before an apostrophe that a word of its own never is


def _unglued(word: str) -> list[tuple[str, int, int]]:
    """A word OCR glued to the next at a hyphen or an apostrophe ("OLDROYD-was", "DC-Dyer",
    "Brian'was") as its words; a double-barrelled name ("Lee-Bottomley", "O'Brien") and a
    possessive ("Ashworth's") stay one word."""
    if "-" not in word and "'" not in word and "’" not in word:
        return [(word, 0, len(word))]
    pieces = list(_PIECE.finditer(word))
    out: list[tuple[str, int, int]] = []
    for before, piece in zip([None, *pieces], pieces, strict=False):
        text = piece.group()
        # A collar number before a surname is a number of its own ("PC 1093-VAITKUS").
        # A lower-case word after a piece of two letters or fewer is a word's own letters
        # after a glottal stop ("Ch'ok", "K'iche'"), no word glued on.
        glottal = before is not None and len(before.group()) <= GLOTTAL_PIECE and word[
            before.end():piece.start()] in APOSTROPHES
        glued = before is not None and not (
            (text[:1].islower() and len(text) > 1 and not glottal)
            or fold(before.group()) in FORM_TITLES or before.group().isdigit())
        if glued:
            out[-1] = (word[out[-1][1]:piece.end()], out[-1][1], piece.end())
        else:
            out.append((text, piece.start(), piece.end()))
    return out


# A letter of another script (or a Latin letter turned upside down) written inside a Latin
# word: OCR's reading of a Latin letter whose look-alike no table lists yet ("Kaꓘev" in a
# script new to the collection). Read as its compatibility letter when it has one (a Roman
# numeral, a full-width or a mathematical letter), else as a letter OCR could not read
# (``UNREADABLE``), which the collection's name parts fill in when only one fits.
_LATIN_SIDE = r"A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_STRAY = rf"[^\W\d_{_LATIN_SIDE}]"
_STRAY_LETTER = re.compile(rf"(?<=[{_LATIN_SIDE}]){_STRAY}|{_STRAY}(?=[{_LATIN_SIDE}])")
_TURNED = re.compile(r"LATIN (SMALL|CAPITAL) LETTER TURNED ([A-Z])")


@lru_cache(maxsize=4096)
def _stray_read(letter: str) -> str:
    """One stray letter as the Latin letter it stands for, or ``UNREADABLE``; a modifier
    letter, an apostrophe's mark or a Latin letter of an orthography is left as it is."""
    category = unicodedata.category(letter)
    if (not letter.isalpha() and category != "Nl") or letter in APOSTROPHES or category == "Lm":
        return letter  # a superscript digit, a combining mark, a modifier letter
    if category == "Nl":  # a Roman numeral's letter ("ⅾ", "ⅿ"): its letter, or no letter
        compatible = unicodedata.normalize("NFKC", letter)
        return compatible if len(compatible) == 1 and compatible.isalpha() else letter
    compatible = unicodedata.normalize("NFKC", letter)
    if len(compatible) == 1 and compatible.isascii() and compatible.isalpha():
        return compatible
    name = unicodedata.name(letter, "")
    if turned := _TURNED.fullmatch(name):
        return turned.group(2).lower() if turned.group(1) == "SMALL" else turned.group(2)
    return letter if name.startswith("LATIN") else UNREADABLE


def stray_letters_read(text: str) -> str:
    """``text`` with each stray letter inside a Latin word read (``_stray_read``), one
    character for one."""
    return _STRAY_LETTER.sub(lambda m: _stray_read(m.group()), text)


def latin_read(text: str) -> str:
    """``text`` with OCR's look-alikes inside a Latin word read as the letters they stand for:
    a bar for "l", a plus for "t", a Cyrillic, Greek or IPA letter for its Latin twin, a dash for
    a hyphen (``search.names.typed_marks``); one character for one,
    so the spans of the words stay the text's."""
    read = look_alikes_read(_PLUS_FOR_T.sub("t", _BAR_FOR_L.sub("l", text)))
    return stray_letters_read(typed_marks(read))


BRACKETED = "("  # before a title written in brackets after a name: "Adeyemi (D/Sgt)", "Adeyemi [Mrs]"
DASHED = "="  # before a title written after a name and a dash: "ADEYEMI - DS", a roll's line
# An opening bracket, and an acting or temporary rank's letter ("(T/DS)", "(A/Insp)").
_OPENS_RANK = re.compile(r"[(\[{<](?:[ \t]*[AT][ \t]*/)?[ \t]*$")
# The bracket closed after the rank, a collar number between ("(PC 4471)"): no name follows.
_CLOSES_RANK = re.compile(r"[ \t.]*(?:\d{1,6}[A-Z]?[ \t]*)?[)\]}>]")


# A dash between spaces before a rank, and the rank ending its line or its list's item. A roll
# or a register draws the dash as it likes ("TABEKO -- Mr", "Tabeko | Mrs", "TABEKO / DS",
# "Tabeko ~ Mr", "Tabeko: Mrs"): any of them, one rule.
_SEPARATOR = r"(?:[ \t](?:[-–—]{1,2}|[|/~·•=])|:)"
_DASH_BEFORE = re.compile(rf"{_SEPARATOR}[ \t]*$")
_SPACED_DASH = re.compile(rf"{_SEPARATOR}[ \t]")
# A tab ends a table's cell; a small word after the title starts the sentence's verb ("TABEKO -
# Mr. is worried"), no name after a title.
# An acting or temporary rank's letter in brackets may follow the rank ("OKORO - Insp (A)").
_ENDS_ITEM = re.compile(r"[ \t.]*(?:\((?i:[ADT]|temp|acting|actg)\.?\)[ \t]*)?(?:\d{1,6}[A-Z]?[ \t]*)?"
                        r"(?:$|[\r\n,;)|])"
                        r"|\.?\t|\.?[ ]+[a-z]")


# A slash run between a surname and its title, as a register's column writes a person
# ("DOGGETT/Mr.", "ABARA/Actg. Insp"): two letters at least before it, so an acting or
# temporary rank's letter ("T/DS") is no surname.
_SLASH_BEFORE = re.compile(r"[^\W\d_]{2}/$")


# A rank's acting or temporary mark, written before it or in brackets after it ("Actg. Insp",
# "DCI (temp)"): no word of a name.
_ACTING_WORDS = frozenset({"acting", "temp", "temporary"})
# A label's colon, then a rank, its collar number and a comma before the surname ("Checked by:
# PCSO 6043, Okoro"): the rank is the next name's, not one after a name before the colon.
_COLON_BEFORE = re.compile(r":[ \t]*$")
_COLLAR_THEN_SURNAME = re.compile(r"[ \t]*\d{1,6}[A-Z]?[ \t]*,[ \t]*[^\W\d_]")


def _dashed_titles(text: str, out: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A rank after a dash that ends its line or item read as such ("VASQUEZ - DC\n"): the
    rank of the name before the dash, never the title of a name after it ("- DC Hirst")."""
    read: list[tuple[str, int, int]] = []
    acting = False  # "ABARA/Actg. Insp": the acting word between the slash and the rank
    for word, start, end in out:
        before = acting or (_DASH_BEFORE.search(text, max(0, start - 5), start) or (
            _SLASH_BEFORE.search(text, max(0, start - 3), start)
            and bool(read) and read[-1][0] not in _TITLE_TOKENS))  # "Det/Sgt": one rank
        acting = bool(before) and word in _ACTING_WORDS and not acting
        if acting:
            continue
        if before and _COLON_BEFORE.search(text, max(0, start - 5), start) and (
                _COLLAR_THEN_SURNAME.match(text, end)):
            before = None
        ranked = word in _TITLE_TOKENS and before and _ENDS_ITEM.match(text, end)
        read.append((DASHED + word if ranked else word, start, end))
    return read


def _bracketed_titles(text: str, out: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A rank alone in brackets read as such ("(ds"), its acting or temporary letter
    dropped: a rank after the name it is, never the title of the next name ("(DC Hirst)" is
    read as a title and a name)."""
    read: list[tuple[str, int, int]] = []
    for word, start, end in out:
        if (word in _TITLE_TOKENS and _OPENS_RANK.search(text, max(0, start - 8), start)
                and _CLOSES_RANK.match(text, end)):  # "(DC Hirst)" is a title and a name
            # The "t" of "(T/DS)", inside the bracket: not the initial before it ("Tarrant, G. (Mr)").
            inside = read and read[-1][1] > max(text.rfind("(", 0, start), text.rfind("[", 0, start))
            if inside and len(read[-1][0]) == 1 and _OPENS_RANK.search(text, 0, start):
                read.pop()
            word = BRACKETED + word
        read.append((word, start, end))
    return read


# The Northern Isles' "o'" ("of") between a given name and a family's name ("Magnus o'
# Hoversta", "Jeemie o' Flett"): the person is the given name and the surname, as if unwritten.
# In lower case, its apostrophe then a space, between capitalised words, so "O'Neill" and
# "Seán Ó Murchú" keep their particle.
_ISLANDS_OF = re.compile(rf"o['’][ \t]+[{UPPER_LETTERS}]")
_CAPITALISED_BEFORE = re.compile(rf"[{UPPER_LETTERS}][^\W\d_]*[ \t]+$")


def _islands_of(text: str, word: str, start: int, end: int) -> bool:
    """``word`` is the "o'" between a given name and a surname ("Magnus o' Hoversta")."""
    return (word == "o" and _ISLANDS_OF.match(text, start) is not None
            and _CAPITALISED_BEFORE.search(text[max(0, start - 30):start]) is not None)


# A note's mark ("N.B.", "NB:"), which a paragraph may start with after a surname that ends a
# sentence ("... with Ann Hirst.\n\nN.B. ..."): no initials ("Hirst, N.B."); read as one word.
_NOTE_MARK = re.compile(r"\b[Nn]\.[ ]?[Bb]\b\.?|\bNB(?=[.:])")
NOTE_MARK = "~nb"
# A bracket that opens a phrase rather than a name's word ("KINSEY, Orla (TAPPER by birth)",
# "Orla Kinsey (Tapper until 2004)"): a capitalised word, then a small word in the same
# bracket. The word opening it starts a reading of its own, never the surname of the name
# before the bracket ("Orla (TAPPER" is no "Orla Tapper"); "Helen (Nell) Ashworth" and "(DC
# Hirst)" hold no small word and read as before.
_OPENS_PHRASE = re.compile(r"[(\[][ \t]*$")
_PHRASE_GOES_ON = re.compile(r"[ \t]+[a-z][^\W\d_]*[^()\[\]\n]*[)\]]")
PHRASE_OPENS = "~("
SPACED_LETTERS = 3  # a capital and two small letters at least: "A s i k u", no initials


def _opens_phrase(text: str, word: str, start: int, end: int) -> bool:
    """``word`` opens a bracketed phrase ("(TAPPER by birth)"), no part of the name before it."""
    return (word[:1].isupper() and _OPENS_PHRASE.search(text, max(0, start - 3), start) is not None
            and _PHRASE_GOES_ON.match(text, end) is not None)


def _spaced_letters_joined(text: str, words: list[tuple[str, int, int, bool]]
                           ) -> list[tuple[str, int, int, bool]]:
    """``words`` with a word whose letters a text layer spaced apart ("O d i l e Tabeko") read
    as the one word: a capital, then small letters alone, one space between each. Initials are
    capitals, and small letters alone one after another are no English words."""
    out: list[tuple[str, int, int, bool]] = []
    index = 0
    while index < len(words):
        word, start, _end, local = words[index]
        run = index + 1
        if len(word) == 1 and word.isupper() and not local:
            while (run < len(words) and len(words[run][0]) == 1 and words[run][0].islower()
                   and text[words[run - 1][2]:words[run][1]] == " "):
                run += 1
        if run - index >= SPACED_LETTERS:
            out.append(("".join(w for w, *_ in words[index:run]), start, words[run - 1][2], False))
            index = run
            continue
        out.append(words[index])
        index += 1
    return out


NUMBERED_CELL_DIGITS = 2  # "PC04": a booking log's computer, where a collar has more digits


def _numbered_cell(text: str, end: int, digits: str) -> bool:
    """Whether letters glued to a number of two digits or fewer fill a table's cell of their
    own ("PC04", then a tab): a row's machine or seat, no rank and collar number before the
    name in the next cell."""
    return len(digits) <= NUMBERED_CELL_DIGITS and text[end:end + 1] == "\t"


def _glued_collar(text: str, word: str, start: int, end: int) -> list[tuple[str, int, int]] | None:
    """"PC2291": a title glued to its collar number, read as the title and a collar; None for
    any other word (not "s3xy_lady98", a handle's piece, nor "PC04<tab>Asher", a table row's
    computer)."""
    glued = _GLUED_COLLAR.fullmatch(word)
    if (glued is None or _numbered_cell(text, end, glued.group(2))
            or fold(glued.group(1)) not in FORM_TITLES or text[start - 1:start] == "_"):
        return None
    return [(token(glued.group(1)), start, start + len(glued.group(1))), (COLLAR, start, end)]


def tokens(text: str) -> list[tuple[str, int, int]]:
    """The words of ``text`` as the matcher reads them. Initials are read as their first one
    only ("H.M. Ashworth" and "HM Ashworth" read "h ashworth"), so a middle initial the
    collection never wrote in full does not hide the person."""
    words = _spaced_letters_joined(text, _words(_SLASHED_LABEL.sub("cn ", latin_read(text))))
    out: list[tuple[str, int, int]] = []
    after_initial = False
    marks = {m.start(): m.end() for m in _NOTE_MARK.finditer(text)} if "B" in text else {}
    mark_end = -1
    for index, (word, start, end, local) in enumerate(words):
        if start < mark_end:
            continue  # the "B" of a note's mark
        if word == ADDRESS_END and local:
            out.append((ADDRESS_END, start, end))
            after_initial = False
            continue
        if start in marks:  # "N.B.": a note's mark, no initials of a name before or after it
            mark_end = marks[start]
            out.append((NOTE_MARK, start, mark_end))
            after_initial = False
            continue
        if word.endswith(_POSSESSIVE) and len(word) > 3:  # "Ashworth's car": Ashworth
            word, end = word[:-2], end - 2
        following = words[index + 1][0] if index + 1 < len(words) else ""
        previous = words[index - 1][0] if index else ""
        after_title = bool(out) and out[-1][0] in _TITLE_TOKENS
        if after_title and len(word) == 1 and word.isupper() and following.isdigit():
            continue  # "DC K 4471": the collar number's letter, typed apart from it
        if fold(word) in _NUMBER_LABELS and _COLLAR_NUMBER.fullmatch(following):
            continue
        if _islands_of(text, word, start, end):
            continue
        if after_title and fold(word) in _ACTING_WORDS | {"actg"} and text[start - 1:start] == "(":
            continue  # "DCI (temp) Umphray": the rank's mark, the surname after it
        if _opens_phrase(text, word, start, end):
            out.append((PHRASE_OPENS, start, start))
            after_initial = False
        if _rank_letters(text, word, start, end, out, following):
            continue
        if (collared := _glued_collar(text, word, start, end)) is not None:
            out += collared
            after_initial = False
            continue
        if _LETTERED_COLLAR.fullmatch(word) or (after_title and (
                _FORCE_COLLAR.fullmatch(word) or _COLLAR_NUMBER.fullmatch(word))):
            out.append((COLLAR, start, end))  # "PC WY2217": the force's letters, a collar
            after_initial = False
            continue
        letters = list(word) if _glued_initials(word, previous, following) else [word]
        for letter in letters:
            # "H." or "h." in "h.m.ashworth@": an initial, as is a capital alone, and a letter
            # alone in an address ("holroyd.b2@").
            initial = len(letter) == 1 and letter.isalpha() and (
                letter.isupper() or text[end:end + 1] == "." or local)
            if initial and after_initial:
                out[-1] = (out[-1][0], out[-1][1], end)  # a middle initial joins the first
                continue
            lone = (len(letter) == 1 and letter.islower() and not initial
                    and text[end:end + 1] not in "_")
            out.append((LONE_LETTER if lone else token(letter), start, end))
            after_initial = initial
    if _SPACED_DASH.search(text) or "/" in text:
        out = _dashed_titles(text, out)
    out = _filed_titles(text, out)
    return _bracketed_titles(text, out) if any(b in text for b in "([{<") else out


# An acting or temporary rank's letter before its slash ("A/PS 509", "T/DS").
_ACTING = re.compile(r"[AT][ \t]*/[ \t]*")
# A force's letters after a collar number, before the name ("PS 5120 KX Tolliver").
_FORCE_LETTERS = re.compile(r"[A-Z]{2,3}")


def _rank_letters(text: str, word: str, start: int, end: int, out: list[tuple[str, int, int]],
                  following: str) -> bool:
    """Whether ``word`` is a letter of the rank or the collar number, no initial of the name:
    the "A" of an acting rank ("A/PS"), the force's letters between a rank's collar number
    and the surname ("DC 4410 KX Okoro"), or a letter in brackets after the rank
    (``_RANK_MARKS``: "Sgt (D) Okoro", "DC (T) Okoro")."""
    if _ACTING.match(text, start) and fold(following) in FORM_TITLES:
        return True
    if (word in _RANK_MARKS and text[start - 1:start] == "(" and text[end:end + 1] == ")"
            and out and out[-1][0] in _TITLE_TOKENS):
        return True
    return (len(out) >= 2 and out[-1][0] == COLLAR and out[-2][0] in _TITLE_TOKENS
            and bool(_FORCE_LETTERS.fullmatch(word)) and following[:1].isupper())


# A letter in brackets after a rank: a detective's ("Sgt (D)"), an acting or a temporary rank's
# ("DC (T) Okoro", "Insp (A) OKORO"), never the initial of the name after it.
_RANK_MARKS = {"D", "d", "A", "T"}


FILED = "^"  # before a title written after a surname and a comma, ending its line: "Tolliver, Mr"
# A nominal roll or a register writes it without the comma after a surname in capitals
# ("TOLLIVER Mr.", "TOLLIVER PCSO"): filed as well.
# After the title: the end of its line, cell or item, a bracket, or a word in lower case ("Tolliver,
# Mrs has the key"); a capitalised word is a name the title is of ("Tolliver, Mrs Okoro").
# A form's next field after a gap of spaces ("Tolliver, Mr   Pet: Rex") ends it too.
_ENDS_FILED = re.compile(r"\.? {2,}|[ .]*(?:$|[\t\r\n;,:)|\]([<\"]|[a-z])")


def _filed_titles(text: str, out: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A title after a comma, or after a surname in capitals, that ends its line or item, as a
    register files a name ("Tolliver, Mr.", "TOLLIVER Mr."), read as such: the title of the
    surname before it, never of a name after it ("Tolliver, Mr Okoro")."""
    return [(FILED + word if word in _TITLE_TOKENS and at and _filed_after(text, out[at - 1], word)
             and _ENDS_FILED.match(text, end) else word, start, end)
            for at, (word, start, end) in enumerate(out)]


def _filed_after(text: str, previous: tuple[str, int, int], title: str) -> bool:
    """The word before a title files it: a comma, or a surname in capitals just before it
    ("TOLLIVER Mr."). A street's abbreviation is no title there ("ASHWORTH DR" is a drive)."""
    word, start, end = previous
    if word == ",":
        return True
    written = text[start:end]
    return (title not in PLACE_ABBREVIATIONS and len(written) >= 2 and written.isupper()
            and written.isalpha() and text[end:end + 1] in " \t")


def _glued_initials(word: str, previous: str, following: str) -> bool:
    """"HM" before "Ashworth" or "ASHWORTH" is two initials, as is "BJ" after "Holroyd" or
    "HOLROYD" (police index style); "DC" or "PC" is a title, "JP" or "QC" an honour."""
    if (not _GLUED_INITIALS.fullmatch(word) or fold(word) in TITLES
            or fold(word) in FORM_TITLES or fold(word) in POSTNOMINALS):
        return False
    if len(word) == 3 and fold(word) in PARTICLES:  # "VAN DEN BOSCH": a surname's particles
        return False
    if fold(word) in PARTICLES and following.isupper():
        return False  # "IWAN AP RHYS", "PS 1187/AP RHYS": a surname's particle in capitals
    # Three capitals beside a name in capitals, or after a name, are a surname ("BENEDICT LAW",
    # "LAW BENEDICT", "Benedict LAW"); before a name in mixed case, initials ("HMJ Ashworth").
    before = following[:1].isupper() and (not following.isupper() or (
        fold(word) not in _SHORT_WORDS and len(word) < 3))
    after = (len(previous) > 2 and previous[:1].isupper() and fold(previous) not in FORM_TITLES
             and (not previous.isupper() or fold(word) not in _SHORT_WORDS) and len(word) < 3)
    return before or after
