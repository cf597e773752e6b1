"""Plain text, CSV, XML and HTML in any encoding: charset detection, then unstructured.

Text has no pages of its own: form feeds split pages when present, otherwise every
``LINES_PER_PAGE`` lines make a page, so that long logs still cite to a page.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from charset_normalizer import CharsetMatch, from_bytes

from ingest.extract import ExtractContext
from ingest.extract.codepages import choose, is_single_byte, judge
from ingest.extract.elements import pages_from_elements
from ingest.formats import Format, register
from ingest.model import Extraction, Page

LINES_PER_PAGE = 60
# Text beyond this is not read: a 400 MB log would otherwise take gigabytes to split into pages
# and index. The document is kept, marked partial, with the reason (see TRUNCATED).
MAX_TEXT_BYTES = 32 * 1024 * 1024
DETECT_SAMPLE_BYTES = 1024 * 1024
TRUNCATED = "text truncated"
# Western European first (UK archives), then Central European (Polish, Czech, Slovak and
# Hungarian names), then DOS's Western page (an old PC's text: "Peñalver", which the Baltic DOS
# page, as little chaotic, reads "Pežalver"), before the code pages of languages these
# archives seldom hold.
PREFERRED_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp850",
                       "utf_16", "mac_roman")


_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_HIGH_PAIR = re.compile(rb"[\x80-\xff]{2}")
# At most one byte in this many above ASCII: a Latin text with a few accented letters.
ASCII_PER_ACCENT = 10


def _latin_with_accents(raw: bytes) -> bool:
    """Text that is ASCII but for a few single bytes apart ("KÖSE", "café"): a Western code
    page's. A multibyte page (Big5, Shift-JIS) would read each such byte and the letter after it
    as one ideograph in the middle of an English word; the detector can prefer that reading on
    a short text."""
    high = len(_HIGH_BYTE.findall(raw[:DETECT_SAMPLE_BYTES]))
    return 0 < high * ASCII_PER_ACCENT <= len(raw[:DETECT_SAMPLE_BYTES]) \
        and _HIGH_PAIR.search(raw[:DETECT_SAMPLE_BYTES]) is None


# How much of a text decides whether it is UTF-16 without a byte-order mark, and how many of the
# high bytes of its characters must be NUL: a Latin text's are all but none.
UTF16_SAMPLE_BYTES = 4096
UTF16_NUL_SHARE = 0.6
UTF16_OTHER_NUL_SHARE = 0.02
# UTF-32's marks come first: the little-endian one begins with UTF-16's ("FF FE" then two NULs),
# and a UTF-32 text read as UTF-16 is a NUL between every two letters.
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def wide_codec(raw: bytes) -> str | None:
    """The UTF-32 or UTF-16 codec a text is written in, by its byte-order mark or, without one,
    by where its NUL bytes fall: Windows exports UTF-16 with no mark, whose Latin text is also
    valid UTF-8 (a NUL before or after every letter), so a UTF-8 reading cannot be trusted for
    it."""
    if raw[:4] in _UTF32_BOMS:
        return "utf-32"
    if raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return "utf-16"
    sample = raw[:UTF16_SAMPLE_BYTES]
    sample = sample[:len(sample) - len(sample) % 2]
    if len(sample) < 8:
        return None
    lanes = sample[0::2], sample[1::2]
    even, odd = (lane.count(0) / len(lane) for lane in lanes)
    if even >= UTF16_NUL_SHARE and odd <= UTF16_OTHER_NUL_SHARE:
        return "utf-16-be"
    if odd >= UTF16_NUL_SHARE and even <= UTF16_OTHER_NUL_SHARE:
        return "utf-16-le"
    return None


def decode(raw: bytes) -> tuple[str, str]:
    """The text and the encoding it was read in (UTF-16 where its marks or NULs say so, UTF-8
    next, then the detector's best, then a Macintosh page where the best is a single-byte page
    that makes typography of letters)."""
    wide = wide_codec(raw)
    if wide is not None:
        return raw.decode(wide, errors="replace"), wide
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text, encoding, detector = _detected(raw)
    if not encoding.startswith(("utf", "mac")) and is_single_byte(encoding):
        text, encoding = mac_reading(raw, text) or central_reading(raw, text, encoding) \
            or dos_reading(raw, text) or latin_reading(raw, text, encoding) or (text, encoding)
    # The repairs above know the mistakes seen in the archives so far; the chooser catches the
    # rest by how the words read (an Icelandic DOS name read as Western DOS: "Guîrún").
    return choose(raw, text, encoding, *detector)


# What the detector offers the chooser: the pages it found, and the languages it guessed.
Offers = tuple[tuple[str, ...], tuple[str, ...]]


def _offers(matches: list[CharsetMatch]) -> Offers:
    pages = (page for match in matches for page in (match.encoding, *match.could_be_from_charset))
    return tuple(dict.fromkeys(pages)), tuple(dict.fromkeys(
        language for match in matches for language in match.languages))


def _detected(raw: bytes) -> tuple[str, str, Offers]:
    """The text, its encoding and the detector's offers: a Western page for a Latin text with a
    few accents, else the detector's best, a Western page winning a tie."""
    if _latin_with_accents(raw):
        western = raw.decode("cp1252", errors="replace")
        # Unless its few accents come out as symbols: "Paweł" in ISO-8859-2 is "Pawe³".
        if not symbols_in_words(western):
            return western, "cp1252", ((), ())
        if (latin := latin_reading(raw, western, "cp1252")) is not None:
            return (*latin, ((), ()))
    matches = list(from_bytes(raw))
    offers = _offers(matches)
    if not matches:
        return raw.decode("cp1252", errors="replace"), "cp1252", offers
    # A code page that turns letters into symbols inside words ("£ód¼", "Dvo\x9fák") is the
    # wrong one, however little chaos the detector measures: keep the readings with fewest.
    glued = {id(m): symbols_in_words(str(m)) for m in matches}
    fewest = min(glued.values())
    matches = [m for m in matches if glued[id(m)] == fewest]
    least_chaos = min(m.chaos for m in matches)
    # Short texts fit several code pages equally well; UK archives are Western European, so
    # those win a tie ("£" rather than the "Ł" that cp1250 would read), also where the detector
    # reports a Western page only as one that reads the bytes the same ("ÖZTÜRK" in cp1252,
    # filed under cp1250, beside the "ÍZTÜRK" of DOS's cp850).
    for preferred in PREFERRED_ENCODINGS:
        for match in matches:
            if preferred in (match.encoding, *match.could_be_from_charset) \
                    and match.chaos <= least_chaos + 0.01:
                return raw.decode(preferred, errors="replace"), preferred, offers
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    return str(best), best.encoding, offers


# Non-letters a text may put next to a letter: dashes, quotes, ellipses, bullets (U+2010-2027),
# guillemets, the euro sign and the degree sign ("5°C"); Spanish opening marks before a word
# ("¡Hola"), though not after a letter, where "¿" is a Polish "ż" misread ("mo¿e").
_TYPOGRAPHY = {chr(c) for c in range(0x2010, 0x2028)} | {"€", "°", "«", "»"}
_OPENING = {"¡", "¿"}
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")


# Ordinal indicators count as letters to Python but are written only after a number ("1ª"):
# beside a letter they are a misread letter (Mac Roman's "ª" for Mac Central European's "Ľ").
_ORDINALS = {"ª", "º"}


def _misread(char: str) -> bool:
    return (ord(char) >= 0x80 and (not char.isalpha() or char in _ORDINALS)
            and not char.isspace() and char not in _TYPOGRAPHY)


def symbols_in_words(text: str) -> int:
    """Characters beyond ASCII that are neither letters nor typography, next to a letter: what a
    wrong code page makes of accented letters ("Łódź" in ISO-8859-2 read as Windows-1252 is
    "£ód¼"), and what people seldom write."""
    count = 0
    for found in _BEYOND_ASCII.finditer(text):
        at = found.start()
        before, char = text[at - 1: at], text[at]
        if char in _OPENING:
            count += before.isalpha()
        elif _misread(char) and (before.isalpha() or text[at + 1: at + 2].isalpha()):
            count += 1
    return count


# What else a wrong code page makes of letters, and no language writes: a capital beyond ASCII
# after a letter and before a small one ("LudØk", "KvŘtoslav" for DOS 852's "Luděk",
# "Květoslav"), a spacing accent between two letters ("Vˇtek" for "Vítek").
_SPACING_ACCENTS = frozenset(chr(c) for c in range(0x02C6, 0x02DE))


def broken_words(text: str) -> int:
    """How many letters a wrong code page seems to have broken inside words (see above)."""
    count = 0
    for found in _BEYOND_ASCII.finditer(text):
        at = found.start()
        before, char, after = text[at - 1: at], text[at], text[at + 1: at + 2]
        if before.isalpha() and (after.islower() if char.isupper() else (
                char in _SPACING_ACCENTS and after.isalpha())):
            count += 1
    return count


# The pages an old PC's text (or a Central European one) may be in, when the detector's reading
# breaks words: DOS Western first (its German and French letters are DOS Central European's
# too), then DOS Central European, Windows and ISO Central European, DOS Baltic, the first PC's.
DOS_ENCODINGS = ("cp850", "cp852", "cp1250", "iso8859_2", "cp775", "cp437")


def dos_reading(raw: bytes, text: str) -> tuple[str, str] | None:
    """The text read in the page of ``DOS_ENCODINGS`` that breaks the fewest words and makes
    the fewest symbols of letters (the first of a tie), when the detector's reading ``text``
    breaks some (``broken_words``) and that page's breaks none and makes no more symbols; None
    otherwise. ("Luděk" in code page 852 is "LudØk" read as Windows-1252.)"""
    if not broken_words(text):
        return None
    symbols = symbols_in_words(text)
    readings = []
    for rank, encoding in enumerate(DOS_ENCODINGS):
        again = raw.decode(encoding, errors="replace")
        if "\ufffd" in again or broken_words(again):
            continue
        if (found := symbols_in_words(again)) <= symbols:
            readings.append((found, rank, again, encoding))
    if not readings:
        return None
    _symbols, _rank, again, encoding = min(readings)
    return again, encoding


# A Macintosh code page's accented letters are Windows-1252's typography and other letters:
# "Bóas", "Ögn", "Hrísey" and "Borðar" saved on a Mac and read as Windows text are "B—as",
# "…gn", "Hr’sey" and "BorÝar". What few type says so: typography at a word's
# start or between letters, a dash between a capital and a small letter, an apostrophe after a
# word's lone capital before a small letter, an accented capital after a small letter. A Western
# text read in a Mac page shows them too ("café" is "cafÈ"), and so keeps its page.
# Mac Central European comes last: it reads a Western Mac text's accents as other plausible
# letters ("garçon" as "garćon"), so it wins only where the Western Mac pages make symbols.
MAC_ENCODINGS = ("mac_roman", "mac_iceland", "mac_latin2")
_LETTER = r"[^\W\d_]"
_MAC_SIGNS = re.compile(
    rf"(?:(?<!{_LETTER})[\u2020\u2021\u2026\u2030\u2022\u2122]|(?<={_LETTER})[\u2020\u2021\u2030\u2122])"
    rf"(?={_LETTER})"
    # Windows-1252's few capitals above 0x80 inside a small-letter word: a Mac's "ä", "é" and
    # "ü" ("Mäkelä" read as "MŠkelŠ", "Ylä" as "YlŠ")
    r"|(?<=[a-z\u00df-\u00ff\u0161\u017e])[\u0160\u017d\u0178\u0152](?![A-Z\u00c0-\u00de])"
    r"|(?<=[A-Z\u00c0-\u00de])[\u2013\u2014](?=[a-z\u00df-\u00ff])"
    r"|(?<![\w'\u2019])[A-HJ-Z]\u2019(?=[a-z\u00df-\u00ff])"  # not "I’m"
    r"|(?<=[a-z\u00df-\u00ff])[\u00c0-\u00de](?![A-Z\u00c0-\u00de])")
# What a Mac Central European text's letters make in Windows-1252 besides: a quote mark inside
# a word that is no English contraction ("Jarom’r" for "Jaromír"), a guillemet glued to the
# small letter after it ("»udmila" for "Ľudmila"), a double dagger after a small letter ("Tes‡" for
# "Tesáč").
_MAC_CENTRAL_SIGNS = re.compile(
    r"(?<=[a-z])[\u2018\u2019](?=[a-z])(?!(?:s|t|m|ll|ve|re|d)\b)"
    r"|(?<![^\W\d_])[\u00ab\u00bb\u2039\u203a](?=[a-z])"
    r"|(?<=[a-z])\u2021")
# Apostrophes where English writes them: "it’s", "don’t", "I’m", "we’ll".
_APOSTROPHES = re.compile(r"[a-z]\u2019(?:s|t|m|ll|ve|re|d)\b|\bI\u2019[a-z]")
# A ligature a Mac Roman reading makes of an Icelandic thorn ("ﬁórvin" for "Þórvin").
_LIGATURES = re.compile("[\ufb01\ufb02]")


def mac_reading(raw: bytes, western: str) -> tuple[str, str] | None:
    """The text read in the Macintosh code page that makes the fewest symbols of its letters,
    when the Windows-1252 reading ``western`` shows signs of Mac letters (``_MAC_SIGNS``) and
    that page's reading shows none; None otherwise."""
    signs = [sign.group() for sign in _MAC_SIGNS.finditer(western)]
    if _APOSTROPHES.search(western):  # its apostrophes are apostrophes: "D’arcy" is a name
        signs = [sign for sign in signs if not sign.endswith("\u2019")]
    signs += _MAC_CENTRAL_SIGNS.findall(western)
    if not signs:
        return None
    readings = []
    western_symbols = symbols_in_words(western)
    # A capital inside a word alone is as much a DOS page's sign ("ZbynØk" for code page 852's
    # "Zbyněk"): Mac Central European needs typography inside words.
    typographic = any(not sign[-1].isalpha() for sign in signs)
    for encoding in MAC_ENCODINGS:
        if encoding == "mac_latin2" and not typographic:
            continue
        text = raw.decode(encoding, errors="replace")
        if _MAC_SIGNS.search(text):
            continue
        symbols = symbols_in_words(text)
        if symbols <= western_symbols:
            readings.append((symbols + len(_LIGATURES.findall(text)), text, encoding))
    if not readings:
        return None
    fewest = min(reading[0] for reading in readings)
    tied = [(text, encoding) for symbols, text, encoding in readings if symbols == fewest]
    if len(tied) > 1:
        # Pages that read every letter as some letter ("Tesáč" in Mac Central European,
        # "Tesáã" in Mac Roman): the detector's chaos tells them apart; the first on a tie.
        # (by the text read: the detector reports one of two pages that read alike)
        chaos = {str(m): m.chaos for m in from_bytes(raw, cp_isolation=[e for _t, e in tied])}
        tied = [min(tied, key=lambda reading: chaos.get(reading[0], float("inf")))]
    return tied[0]


# A Central European text read as Windows-1252 makes its "ć", "č" and "đ" the Western "æ", "è"
# and "ð", in places no Western language writes them: "æ" ending a word after a small letter
# ("Kovaèeviæ" for "Kovačević"), "Ð" or "ð" starting one ("Ðurðica" for "Đurđica").
_CENTRAL_SIGNS = re.compile(r"(?<=[a-z\u0161\u017e])\u00e6(?![^\W\d_])|(?<![^\W\d_])[\u00d0\u00f0](?=[a-z])")
# Windows-1250 reads the pound sign's byte as "Ł": a sum of money says the text is Western.
_POUNDS = re.compile(r"\u0141\s?\d")


def central_reading(raw: bytes, western: str, encoding: str) -> tuple[str, str] | None:
    """The text read as Windows-1250 when its Western reading ``western`` shows Central
    European letters misread (``_CENTRAL_SIGNS``) and that reading shows none and no more
    symbols inside words; None otherwise."""
    if encoding not in ("cp1252", "latin_1", "iso8859_15") or not _CENTRAL_SIGNS.search(western):
        return None
    text = raw.decode("cp1250", errors="replace")
    if _CENTRAL_SIGNS.search(text) or _POUNDS.search(text) or "\ufffd" in text \
            or symbols_in_words(text) > symbols_in_words(western):
        return None
    return text, "cp1250"


# Latin pages the detector may pass over for a close neighbour that reads the same letters as
# symbols or as other languages' letters: Western with the Czech and Slovene carons, ISO Central
# European, then ISO South-Eastern (Latin-10: Slovene "č" and "ž" where Latin-9 reads "¹", "¸").
LATIN_PAGES = ("iso8859_15", "iso8859_2", "iso8859_16")
_WELL_READ = {"cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "iso8859_16"}
_CONTROLS = re.compile("[\x80-\x9f\ufffd]")
# A sign beyond ASCII between two letters, other than an apostrophe or a dash ("E€aut", DOS's
# "ñ" read in Latin-9): a letter misread, however typographic the sign.
_GLUED_SIGN = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f\w\u2019\u2010-\u2015](?=[^\W\d_])")


def _reads_cleanly(text: str) -> bool:
    """No symbols or broken letters in words, no sign of a Mac or Windows Central European
    page misread, no control characters, no pound sign read as "Ł"."""
    return not (symbols_in_words(text) or broken_words(text) or _CONTROLS.search(text)
                or _GLUED_SIGN.search(text)
                or _MAC_SIGNS.search(text) or _CENTRAL_SIGNS.search(text) or _POUNDS.search(text))


def latin_reading(raw: bytes, text: str, encoding: str) -> tuple[str, str] | None:
    """The text in the first of ``LATIN_PAGES`` that reads it cleanly, when the reading ``text``
    in ``encoding`` makes symbols of letters or is in a page UK archives seldom hold (Baltic,
    Nordic); None otherwise, or when no such page reads it cleanly."""
    if encoding in _WELL_READ and not symbols_in_words(text):
        return None
    for page in LATIN_PAGES:
        again = raw.decode(page, errors="replace")
        if _reads_cleanly(again):
            return again, page
    return None


# Labels that mislabelled Windows text wears: their bytes 0x80-0x9F are C1 controls, which no
# one types, and in Windows-1252 are the dashes, quotes and euro sign people do type.
_LATIN1_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "iso_8859-1",
                  "us-ascii", "ascii", "ansi_x3.4-1968", "iso-8859-15", "iso8859-15"}
_C1_BYTES = re.compile(rb"[\x80-\x9f]")


def decode_labelled(raw: bytes, label: str | None) -> str:
    """Bytes that say which charset they are in (a MIME part, an HTTP header), read with charset
    repair: Windows-1252 over a Latin-1 or ASCII label when C1 bytes appear, the detector when
    there is no label or the label is wrong or unknown, and the code-page chooser over an 8-bit
    label (a mailer's label names the page it claimed, not always the one the text is in)."""
    charset = (label or "").strip().strip('"').lower()
    if not charset:
        return decode(raw)[0]
    if charset in _LATIN1_LABELS and (_C1_BYTES.search(raw) or charset.endswith("ascii")):
        if charset.endswith("ascii") and not _C1_BYTES.search(raw) and raw.isascii():
            return raw.decode("ascii")
        try:
            return raw.decode("utf-8") if charset.endswith("ascii") else _chosen(raw, "cp1252")
        except UnicodeDecodeError:
            return _chosen(raw, "cp1252")
    try:
        return _chosen(raw, charset)
    except (LookupError, UnicodeDecodeError):
        return decode(raw)[0]


def _chosen(raw: bytes, charset: str) -> str:
    """``raw`` read in ``charset`` when that is a multibyte or Unicode page, or an 8-bit page
    whose reading the chooser keeps; otherwise the better of the chooser's page and the
    unlabelled reading (which has the detector's offers, and UTF-8 under an 8-bit label)."""
    text = raw.decode(charset, errors="replace" if charset == "cp1252" else "strict")
    if raw.isascii() or not is_single_byte(charset):
        return text
    chosen, page = choose(raw, text, charset)
    if page == charset:
        return text
    detected, detected_page = decode(raw)
    return detected if judge(raw, detected_page) <= judge(raw, page) else chosen


def read_bounded(path: Path) -> tuple[str, str, list[str]]:
    """The text of a file up to MAX_TEXT_BYTES (cut at a line end), its encoding, and a warning
    when the rest was left out. Encodings are detected on a sample, never on the whole file."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        raw = handle.read(MAX_TEXT_BYTES)
    warnings: list[str] = []
    if size > MAX_TEXT_BYTES:
        cut = raw.rfind(b"\n")
        raw = raw[: cut + 1] if cut > 0 else raw
        warnings.append(f"{TRUNCATED}: indexed the first {len(raw) // 1_000_000} MB of "
                        f"{size // 1_000_000} MB")
    if len(raw) <= DETECT_SAMPLE_BYTES:
        text, encoding = decode(raw)
        return text, encoding, warnings
    _sample_text, encoding = decode(raw[:DETECT_SAMPLE_BYTES])
    return raw.decode(encoding, errors="replace"), encoding, warnings


def paginate(text: str) -> list[Page]:
    if "\f" in text:
        chunks = text.split("\f")
    else:
        lines = text.splitlines()
        chunks = ["\n".join(lines[i : i + LINES_PER_PAGE])
                  for i in range(0, max(len(lines), 1), LINES_PER_PAGE)]
    return [Page(number=n, text=chunk.strip("\n")) for n, chunk in enumerate(chunks, start=1)]


def extract_text(path: Path, context: ExtractContext) -> Extraction:
    text, encoding, warnings = read_bounded(path)
    return Extraction(pages=paginate(text), extractor=f"text:{encoding}", warnings=warnings)


def _srcdoc_text(html: str) -> list[str]:
    """Frames written inline (<iframe srcdoc="...">) are shown to the reader but are attribute
    values, which HTML partitioners skip."""
    if "srcdoc" not in html.lower():
        return []
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return []
    texts = []
    for frame in root.iter("iframe"):
        if frame.get("srcdoc"):
            texts.append(lxml_html.fromstring(frame.get("srcdoc")).text_content().strip())
    return [t for t in texts if t]


def extract_html(path: Path, context: ExtractContext) -> Extraction:
    from unstructured.partition.html import partition_html

    text, _encoding, warnings = read_bounded(path)
    elements = partition_html(text=text)
    title = None
    for element in elements:
        if type(element).__name__ == "Title":
            title = str(element)
            break
    pages = pages_from_elements(elements)
    frames = _srcdoc_text(text)
    if frames:
        pages[-1].text = "\n\n".join(filter(None, [pages[-1].text, *frames]))
    return Extraction(pages=pages, extractor="unstructured:html", title=title, warnings=warnings)


register(
    Format(family="text", mimes=("text/plain", "text/csv", "application/json",
                                 "application/x-ndjson"), extractor=extract_text),
    Format(family="html", mimes=("text/html", "application/xhtml+xml"), extractor=extract_html),
)


# C1 control characters (U+0080-U+009F) are never text: a reader that took Windows-1252 bytes
# for Latin-1 left them where "™", "€", curly quotes and dashes were ("SharePoint\x99").
_C1 = re.compile("[\x80-\x9f]")


def _windows_sign(match: re.Match[str]) -> str:
    try:
        return bytes([ord(match.group())]).decode("cp1252")
    except UnicodeDecodeError:  # the five bytes Windows-1252 leaves undefined stay as read
        return match.group()


def c1_read_as_windows(text: str) -> str:
    """The text with each C1 control character read as the Windows-1252 sign it stands for;
    one character for one, so offsets into the text hold."""
    return _C1.sub(_windows_sign, text) if _C1.search(text) else text
