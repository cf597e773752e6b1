"""Which legacy code page reads a text's words as words.

The detector (charset_normalizer) measures chaos and language coherence over the whole text; a
police statement in English with one Icelandic name gives it too little to tell DOS 861 from DOS
850, or a Windows page from a DOS one, so the name comes out as "Guîrún" or "▐¾r­ur" and is never
found. This module judges the readings
by the only words that differ between them, those with bytes above ASCII, and keeps the one whose
words read as some language's words: letters, not box drawing, controls or currency signs inside a
word; one script to a word; the accented letters of a word all from one alphabet.

``choose`` is the one place the ingest stages pick among readings of 8-bit text: plain text files,
e-mail bodies and headers, XML and text chunks all reach it through ``ingest.extract.text``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

# The single-byte pages the archives are written in, likeliest first: a tie between readings
# that are equally clean goes to the earlier page (UK archives are Western European first).
LEGACY_PAGES = (
    "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp850", "cp437", "mac_roman",
    "cp1254", "iso8859_9", "cp857", "mac_turkish", "cp852", "mac_latin2", "cp861", "mac_iceland",
    "cp865", "cp1257", "iso8859_13", "iso8859_4", "cp775", "iso8859_10", "iso8859_14",
    "iso8859_16", "cp863", "cp1251", "cp866", "koi8_r", "koi8_u", "mac_cyrillic", "iso8859_5",
    "cp1253", "iso8859_7",
)

# The letters beyond ASCII each language writes (lower case). A word whose accented letters no
# one alphabet holds ("Guîrún": French "î" with Icelandic "ú") is a misreading.
ALPHABETS: dict[str, str] = {
    "German": "äöüß", "French": "àâæçéèêëîïôœùûüÿ", "Spanish": "áéíñóúü",
    "Portuguese": "áâãàçéêíóôõú", "Italian": "àèéìíòóùú", "Dutch": "éëïóöüáè",
    "Icelandic": "áðéíóúýþæö", "Faroese": "áðíóúýæø", "Danish/Norwegian": "æøåéóô",
    "Swedish": "åäöé", "Finnish/Estonian": "äöåšžõü", "Polish": "ąćęłńóśźż",
    "Czech": "áčďéěíňóřšťúůýž", "Slovak": "áäčďéíĺľňóôŕšťúýž", "Hungarian": "áéíóöőúüű",
    "Romanian": "ăâîșțşţ", "Croatian/Slovene": "čćđšž", "Lithuanian": "ąčęėįšųūž",
    "Latvian": "āčēģīķļņōŗšūž", "Turkish": "çğıİöşüâîû", "Kurdish": "çêîşû", "Albanian": "çë",
    "Welsh": "âêîôûŵŷáéïë", "Irish/Gaelic": "áéíóúàèìòù", "Maltese": "ċġħżàèìòù",
    "Catalan": "àçèéíïòóúü", "Vietnamese": "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớở"
                                          "ỡợùúủũụưừứửữựỳýỷỹỵ",
}
_ALPHABET_SETS = tuple(frozenset(letters) for letters in ALPHABETS.values())

# Signs people put before a word (opening quotes and guillemets, Spanish opening marks, a
# pound or euro sign, a bullet) and after one (closing quotes, trade marks, a degree sign); a
# dash or an ellipsis on either side. A Mac's "é" read as Windows-1252 is a low quote (U+201A)
# at a word's start, which English never writes.
_DASHES = "–—―‐‑…\u00a0"
_OPENING = frozenset("\u2018\u201c\u201e«‹¿¡£€•§¶" + _DASHES)
_CLOSING = frozenset("\u2019\u201d»›©®™°†‡" + _DASHES)
# Signs that may stand between two letters: a hyphen, a dash, a middle dot (Catalan "l·l");
# an apostrophe where English or Irish writes one (see _apostrophe).
_INNER_SIGNS = frozenset("‐‑–—·")
_CONTRACTIONS = re.compile(r"\u2019(?:s|t|m|ll|ve|re|d)\b")
_WHITESPACE = frozenset("\t\n\r\f\v")
# Bytes above ASCII with the ASCII letters around them: the only words readings differ in.
_BYTE_WORD = re.compile(rb"[A-Za-z\x80-\xff]*[\x80-\xff][A-Za-z\x80-\xff]*")
_WORD_CHAR = r"[^\x00-\x40\x5b-\x60\x7b-\x7f\s]"
_TEXT_WORD = re.compile(rf"{_WORD_CHAR}*[^\x00-\x7f\s]{_WORD_CHAR}*")
# Enough distinct words to judge a page by, and how far into a text to look for them: more
# only costs time on a large file (scanning 1 MB for them takes about 120 ms).
MAX_WORDS = 2000
WORDS_SAMPLE_BYTES = 256 * 1024
# How much worse each flaw is: a control or replacement character is never text; a sign or a
# second script inside a word is rarely; an alphabet no language has, or a sign at a word's
# edge, is sometimes (a name from an unlisted language, "Microsoft®").
CONTROL, INSIDE, EDGE, MIXED, FOREIGN, RARE = 4, 3, 1, 3, 1, 2


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    """The script a letter belongs to, by its Unicode name; Han and kana as one script, since
    Japanese mixes them inside a word."""
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0]
    return "CJK" if first in ("CJK", "HIRAGANA", "KATAKANA") else first


@lru_cache(maxsize=4096)
def _kind(char: str) -> str:
    """'letter', 'control', 'rare' (half-width kana, characters beyond the basic plane, private
    use: what multibyte misreadings make of Latin bytes) or 'sign'."""
    category = unicodedata.category(char)
    if char in _WHITESPACE or (category == "Zs" and char != "\u00a0"):
        return "space"
    if category in ("Cc", "Cs", "Co", "Cn") or char == "\ufffd" or char == "\u00ad":
        return "control"
    if ord(char) > 0xFFFF or "\uff61" <= char <= "\uff9f":
        return "rare"
    if category.startswith(("L", "M")) and char not in "ªº":
        return "letter"
    return "sign"


def _lower(char: str) -> str:
    return char if char == "İ" else char.lower()  # Turkish's dotted capital has no one-letter small


def _apostrophe(word: str, at: int) -> bool:
    """A right quote between letters that is an apostrophe: "O’Neill", "D’Arcy", "it’s"."""
    return word[at] == "\u2019" and (at == 1 or _CONTRACTIONS.match(word, at) is not None)


def _sign_flaws(word: str) -> int:
    """Controls anywhere, signs between two letters, signs on the wrong side of a word, a
    combining mark starting one."""
    flaws = CONTROL if unicodedata.category(word[0]) == "Mn" else 0
    for at, char in enumerate(word):
        kind = _kind(char)
        if kind in ("control", "rare"):
            flaws += CONTROL if kind == "control" else RARE
        elif kind == "sign" and not char.isascii():
            before = at > 0 and _kind(word[at - 1]) == "letter"
            after = at + 1 < len(word) and _kind(word[at + 1]) == "letter"
            if before and after:
                flaws += 0 if char in _INNER_SIGNS or _apostrophe(word, at) else INSIDE
            elif (after and char not in _OPENING) or (before and char not in _CLOSING):
                flaws += EDGE
    return flaws


def _letter_flaws(word: str) -> int:
    """A second script inside a word, accented Latin letters no one alphabet holds, a capital
    beyond ASCII inside a word."""
    letters = [char for char in word if _kind(char) == "letter"]
    scripts = {_script(char) for char in letters if not char.isascii()} | (
        {"LATIN"} if any(char.isascii() for char in letters) else set())
    if len(scripts) > 1:
        return MIXED
    flaws = 0
    accented = {_lower(char) for char in letters if not char.isascii() and _script(char) == "LATIN"}
    if accented and not any(accented <= alphabet for alphabet in _ALPHABET_SETS):
        flaws += FOREIGN
    # A capital beyond ASCII inside a word before a small letter ("LudØk", "LÜfgren"): names
    # like "McDonald" capitalise ASCII letters only.
    for char, after in pairwise(word[1:]):
        if char.isupper() and not char.isascii() and after.islower():
            flaws += FOREIGN
    return flaws


def word_flaws(words: Iterable[str]) -> int:
    """How badly the words read: the sum of their flaws (see the weights above)."""
    return sum(_sign_flaws(word) + _letter_flaws(word) for word in words)


def alphabets_needed(words: Iterable[str]) -> int:
    """How many alphabets it takes to hold every accented Latin letter of the words (greedy): a
    text in one language needs one, a misreading mixes several."""
    left = {_lower(char) for word in words for char in word
            if not char.isascii() and _kind(char) == "letter" and _script(char) == "LATIN"}
    # One alphabet at least, so that a reading with no accented letter at all (signs where the
    # letters were) does not beat one with a language's letters.
    needed = 0 if left else 1
    while left:
        best = max(_ALPHABET_SETS, key=lambda alphabet: len(left & alphabet))
        if not left & best:
            return needed + len(left)
        left -= best
        needed += 1
    return needed


# Pages the detector's language guess makes likelier than their place in LEGACY_PAGES.
LANGUAGE_PAGES: dict[str, tuple[str, ...]] = {
    "Turkish": ("cp1254", "iso8859_9", "cp857", "mac_turkish"),
    "Polish": ("cp1250", "iso8859_2", "cp852", "mac_latin2"),
    "Czech": ("cp1250", "iso8859_2", "cp852", "mac_latin2"),
    "Slovak": ("cp1250", "iso8859_2", "cp852", "mac_latin2"),
    "Hungarian": ("cp1250", "iso8859_2", "cp852", "mac_latin2"),
    "Romanian": ("cp1250", "iso8859_16", "iso8859_2", "cp852"),
    "Croatian": ("cp1250", "iso8859_2", "cp852"), "Slovene": ("cp1250", "iso8859_2", "cp852"),
    "Lithuanian": ("cp1257", "iso8859_13", "cp775", "iso8859_4"),
    "Estonian": ("cp1257", "iso8859_13", "iso8859_15", "cp775"),
    "Danish": ("cp1252", "cp865", "iso8859_10", "cp850"),
    "Norwegian": ("cp1252", "cp865", "iso8859_10", "cp850"),
    "Russian": ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5"),
    "Ukrainian": ("cp1251", "koi8_u", "cp866", "mac_cyrillic"),
    "Bulgarian": ("cp1251", "cp866", "iso8859_5"), "Greek": ("cp1253", "iso8859_7"),
}


def is_single_byte(encoding: str) -> bool:
    """Whether ``encoding`` is an 8-bit page (one character for each byte above ASCII)."""
    try:
        return len(bytes(range(0x80, 0x100)).decode(encoding, errors="replace")) == 0x80
    except LookupError:
        return False


# ASCII's letters, digits and spaces, which every page the chooser knows reads as ASCII
# (Shift-JIS reads its backslash as a yen sign, so not all of printable ASCII).
_ASCII_CORE = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 \n"


@lru_cache(maxsize=64)
def _ascii_compatible(encoding: str) -> bool:
    """Whether ``encoding`` reads ASCII's letters as ASCII (not so EBCDIC's cp037, cp500)."""
    try:
        return _ASCII_CORE.decode(encoding) == _ASCII_CORE.decode("ascii")
    except (LookupError, UnicodeDecodeError):
        return False


def byte_words(raw: bytes) -> list[bytes]:
    """The distinct words of ``raw``'s start that hold bytes above ASCII, at most MAX_WORDS."""
    words: dict[bytes, None] = {}
    for found in _BYTE_WORD.finditer(raw, 0, WORDS_SAMPLE_BYTES):
        words[found.group()] = None
        if len(words) >= MAX_WORDS:
            break
    return list(words)


def _words_read(raw: bytes, words: Sequence[bytes], encoding: str) -> list[str] | None:
    """The words as ``encoding`` reads them; None for an unknown codec."""
    try:
        if is_single_byte(encoding):
            return b"\n".join(words).decode(encoding, errors="replace").split("\n")
        return _TEXT_WORD.findall(raw.decode(encoding, errors="replace"))
    except LookupError:
        return None


def judge(raw: bytes, encoding: str) -> tuple[int, int]:
    """How badly ``encoding`` reads ``raw``'s words: (flaws, alphabets needed); lower is better.
    An unknown codec reads worst."""
    judged = _judged(raw, byte_words(raw), encoding)
    return judged if judged is not None else (1 << 30, 0)


def _judged(raw: bytes, words: Sequence[bytes], encoding: str) -> tuple[int, int] | None:
    read = _words_read(raw, words, encoding)
    return None if read is None else (word_flaws(read), alphabets_needed(read))


def candidates(offers: Sequence[str] = (), languages: Sequence[str] = ()) -> list[str]:
    """The pages to try, in the order that settles a tie: those the detector offers, then the
    pages of the languages it guesses, then LEGACY_PAGES."""
    pages = [*offers, *(page for language in languages for page in LANGUAGE_PAGES.get(language, ())),
             *LEGACY_PAGES]
    return list(dict.fromkeys(page.replace("-", "_").lower() for page in pages))


def choose(raw: bytes, text: str, encoding: str, offers: Sequence[str] = (),
           languages: Sequence[str] = ()) -> tuple[str, str]:
    """``text`` (``raw`` read in ``encoding``) unless another candidate page reads its words
    with fewer flaws, or as well with fewer alphabets; then that page's reading and its name.

    A reading whose words have no flaw and need at most one alphabet is kept untouched: the
    detector was right, and nothing else is decoded."""
    if not _ascii_compatible(encoding):  # EBCDIC: its words are not where ASCII's are
        return text, encoding
    words = byte_words(raw)
    judged = _judged(raw, words, encoding) if words else None
    if judged is None or (judged[0] == 0 and judged[1] <= 1):
        return text, encoding
    scores = {page: score for page in candidates(offers, languages)
              if page != encoding and (score := _judged(raw, words, page)) is not None}
    best = min(scores.values(), default=judged)
    if not best < judged:
        return text, encoding
    # Of pages that read the words equally well, the first in candidates' order. (The detector
    # run on the words alone was tried as the judge of such a tie, and chose worse.)
    page = next(page for page, score in scores.items() if score == best)
    return raw.decode(page, errors="replace"), page

