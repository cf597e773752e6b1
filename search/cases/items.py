"""The things a case names that can link it to another case: vehicles and phone numbers (entity
kinds, keyed by their declarations) and addresses, found here; and which of them are a
letterhead's, never a link.

An address is a house number and a street with its type ("14 Larch Terrace"), keyed lower case
with the type written out, so "14 Larch Tce", "14 Larch Terrace" and "14, LARCH TERRACE,
HARNSIDE HX4 2QT" are one address and "16 Larch Terrace" or "14 Larch Road" another. A postcode
alone is not an address: a postcode holds a street's worth of them.

An address written without its postcode is the one written with it when the collection writes
that street with one postcode only (``settled``).

A letterhead (or a footer) is the same line, naming the same thing, in documents of different
cases, at the top of a document (before its first reference, or in the first lines of one whose
first line names an organisation) or at the foot of a page long enough to have a footer: a
force's own address and switchboard in every letter. A line labelled with what a person has
("Address:", "Mobile:", "Vehicle:") is a form's field, never a letterhead, however many forms
repeat it; so are the last lines of a short form.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from search.entity_kinds.postcode import postcode_key

# Street types as written out, and how they are abbreviated.
STREET_TYPES = {
    "road": ("rd",), "street": ("st",), "lane": ("ln",), "avenue": ("ave", "av"),
    "close": ("cl",), "drive": ("dr",), "way": (), "terrace": ("tce", "terr", "ter"),
    "crescent": ("cres", "cresc"), "grove": ("gr",), "place": ("pl",), "court": ("ct",),
    "gardens": ("gdns", "gdn"), "walk": (), "row": (), "square": ("sq",), "mews": (),
    "parade": ("pde",), "rise": (), "green": ("grn",),
    # The words the north and the Pennines name streets with, besides the common ones.
    "hill": (), "park": ("pk",), "view": (), "vale": (), "mount": ("mt",), "bank": (),
    "fold": (), "hey": (), "brow": (), "croft": (), "garth": (), "gate": (), "lea": (),
    "wynd": (), "chase": (), "meadows": (), "heights": ("hts",), "approach": (), "fields": (),
    "yard": (), "wharf": (), "quay": (),
    # A lane's local words: a Sussex twitten, a Norfolk loke, a Tyneside chare, a vennel, a ginnel.
    "twitten": (), "loke": (), "chare": (), "vennel": (), "ginnel": (), "snicket": (),
    # a causey: a causeway, as Yorkshire and Scots street names write it
    "causey": (), "causeway": (),
    # a Scots loaning (a lane to the common grazing) and a folly, as street names write them
    "loaning": (), "folly": (),
}
_TYPE_OF = {written: full for full, short in STREET_TYPES.items() for written in (full, *short)}
# A type cut short with a full stop ("Ri.", "Mou."): the first letters of one type only ("Cr."
# may be a crescent or a croft, and is no type), and not a company's or a church's ("Co.",
# "Ch.").
_CLIPPED = {clip: [full for full in STREET_TYPES if full.startswith(clip)]
            for full in STREET_TYPES for clip in (full[:n] for n in (2, 3, 4)) if len(clip) < len(full)}
_CLIP_OF = {clip: fulls[0] for clip, fulls in _CLIPPED.items()
            if len(fulls) == 1 and clip not in _TYPE_OF and clip not in ("co", "ch")}
_CLIPS = "|".join(sorted(_CLIP_OF, key=len, reverse=True))
_TYPES = "|".join(sorted(_TYPE_OF, key=len, reverse=True))
# The street's name in capitals ("Larch", "LARCH", "St Mary's"): a lower-case word is prose
# ("aged 14 down the road").
_NAME_WORD = r"(?:[A-Z][a-z'’]+|[A-Z][A-Z'’]+)"
# A house number written in words, a ten and a unit ("Forty-six Magersfontein Parade"): a
# number word alone starts many a street's own name ("Seven Sisters Road", "Twenty Acres Road").
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WORDED = rf"(?i:(?:{'|'.join(_TENS)})-(?:{'|'.join(_UNITS)}))"
_HOUSE = rf"(?:\d{{1,4}}[A-Za-z]?|(?=[A-Z]){_WORDED}(?![\w-]))"


def house_number(written: str) -> str:
    """A house number as digits: "Forty-six" is "46", "12a" stays "12a"."""
    tens, _, unit = written.lower().partition("-")
    if tens in _TENS and unit in _UNITS:
        return str(20 + 10 * _TENS.index(tens) + _UNITS.index(unit) + 1)
    return written.lower()


# A flat in a building is an address of its own: "Flat 4, 21 Tanner Row" is not "Flat 14".
# (or a capital letter alone: "Flat A, 121 Tanner Row" is not "Flat B")
# (or its floor: "Ground floor flat, 31 Tanner Row" is not the first floor's)
# (the family's other words: "Basement flat", "Garden maisonette", "Floor 2", "Bedsit 3",
# "Studio B", "Suite 4")
_HOMES = r"flat|apartment|maisonette"
_FLOOR = (r"(?:(?:ground|first|second|third|fourth|fifth|top|basement|lower|upper|\d{1,2}(?:st|nd|rd|th))"
          rf" floor(?: (?:{_HOMES}))?|(?:basement|garden|top|attic|rear|front|upper|lower) (?:{_HOMES})"
          r"|floor \d{1,2}(?!\d))")
_HOME_UNITS = r"flat|apartment|apt\.?|unit|room|bedsit|studio|suite"
_FLAT = (rf"(?:(?P<flat>(?i:{_HOME_UNITS}) ?(?:\d{{1,4}}[A-Za-z]?|[A-Z](?![\w'\-]))"
         rf"|(?i:{_FLOOR})),? )?")
# Without a postcode, the town written after the street when the sentence ends there ("57
# WARPERS CL CARRBECK."): it tells the street apart from one of that name in another town.
ADDRESS = re.compile(rf"\b{_FLAT}(?P<number>{_HOUSE}),? (?P<name>(?:{_NAME_WORD} ){{1,3}})"
                     # (the postcode may go to the next line: "Hollinsgarth\nVZ35 5WY")
                     rf"(?P<type>(?i:{_TYPES})\b|(?i:{_CLIPS})(?=\.))\.?(?:(?:,? {_NAME_WORD}){{0,3}},?[ \n]"
                     r"(?P<postcode>[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b"
                     rf"|,? (?P<town>{_NAME_WORD})(?=[.;:)]?[ \t]*(?:\n|$)|[.;:)] ))?")
# A Welsh street's type comes before its name ("46 Stryd Draenen" is "46 Draenen Street"): the
# same address as the English name, keyed with the English type.
WELSH_TYPES = {"stryd": "street", "heol": "road", "ffordd": "way", "lôn": "lane", "lon": "lane",
               "rhodfa": "avenue", "cilgant": "crescent", "teras": "terrace", "clos": "close"}
WELSH_ADDRESS = re.compile(rf"\b{_FLAT}(?P<number>{_HOUSE}),? (?P<welsh>(?i:"
                           rf"{'|'.join(WELSH_TYPES)})) (?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{0,2}})"
                           rf"\b(?:(?:,? {_NAME_WORD}){{0,3}},? (?P<postcode>[A-Z]{{1,2}}\d[A-Z\d]? ?"
                           r"\d[A-Z]{2})\b)?")
# The house number after the street, as much of Europe writes it ("Sorrel Way 7, Carrbeck"):
# the same address as "7 Sorrel Way, Carrbeck". The town after a comma says it is an address
# (a court's "Court 2" or a "Park 3" in prose is none).
NUMBER_AFTER_ADDRESS = re.compile(rf"(?<![\w'’])(?P<flat>(?!))?(?P<name>(?:{_NAME_WORD} ){{1,3}})"
                                  rf"(?P<type>(?i:{_TYPES}))\b (?P<number>\d{{1,4}}[A-Za-z]?), "
                                  rf"(?P<town>{_NAME_WORD})(?:,? (?P<postcode>[A-Z]{{1,2}}\d[A-Z\d]? ?"
                                  r"\d[A-Z]{2})\b)?(?![\w'’])")
# A street of a name the list lacks ("27 Coal Staithe, Wendham WD7 1WX"): a number, the
# street's name, a comma, the town and the postcode, which together make it an address.
POSTED_ADDRESS = re.compile(rf"\b{_FLAT}(?P<number>{_HOUSE}),? (?P<name>{_NAME_WORD}"
                            rf"(?: {_NAME_WORD}){{0,2}}),(?: {_NAME_WORD}){{1,3}},?[ \n]"
                            # (the postcode on the next line: "Tarnby\nQX4 2LT")
                            r"(?P<postcode>[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b")

# A letterhead's first lines may hold the reference ("Our ref: ..."): the first lines of a
# document whose first line names an organisation are its letterhead's, whatever they hold.
OPENING_LINES = 4
_ORGANISATION = re.compile(r"\b(?:police|constabulary|council|headquarters|hq|station|force|"
                           r"borough|services?|department|division|trust)\b", re.IGNORECASE)
# A page's last lines are a footer only on a page long enough to have one: the last lines of
# a short form are its fields.
FOOTER_LINES = 3
FOOTED_PAGE_LINES = 8
_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][\w .()'&/-]{0,40}):")
_PERSONAL = re.compile(r"\b(?:suspect|offender|victim|subject|complainant|witness|nominal|home|"
                       r"address|mobile|vehicle|vrm|reg|registration|car|location|seen|lives|"
                       r"resid\w*|contact|owner|keeper|driver|of)\b", re.IGNORECASE)

Item = tuple[str, str]  # (kind, key): ("vehicle", "AB12CDE"), ("address", "14 larch terrace")


def address_key(match: re.Match[str]) -> str:
    """An address's key: its flat, its number, its street's name, its type written out, lower
    case, and its postcode when one follows it ("flat 2 14 larch terrace hx4 2qt")."""
    name = " ".join(match.group("name").split()).lower()
    typed, welsh = match.groupdict().get("type"), match.groupdict().get("welsh")
    typed_out = (_TYPE_OF.get(typed.lower()) or _CLIP_OF[typed.lower()]) if typed else ""
    street = f" {typed_out}" if typed else f" {WELSH_TYPES[welsh.lower()]}" if welsh else ""
    flat = " ".join((match.group("flat") or "").lower().replace(".", "").split())
    key = f"{flat + ' ' if flat else ''}{house_number(match.group('number'))} {name}{street}"
    written = match.group("postcode") or ""
    # After a street and its town, a postcode's shape is the postcode, even one the Royal Mail
    # would not issue: it still tells two towns' same street apart.
    postcode = postcode_key(written) or (f"{written.replace(' ', '')[:-3]} {written[-3:]}"
                                         if written else "")
    town = match.groupdict().get("town")
    return f"{key} {postcode.lower()}" if postcode else f"{key}{_IN}{town.lower()}" if town else key


_IN = " in "  # an address key's town, written without a postcode: "57 warpers close in carrbeck"
_POSTED_TOWN = re.compile(rf"(?P<town>{_NAME_WORD}),? [A-Z]{{1,2}}\d[A-Z\d]? ?\d[A-Z]{{2}}\b")


def town_of(written: str) -> str | None:
    """The town an address with its postcode writes before it ("..., Rudmere RZ3 9AQ")."""
    found = _POSTED_TOWN.search(written)
    return found.group("town").lower() if found else None


def settled(keys: Iterable[str], towns: dict[str, str] | None = None) -> dict[str, str]:
    """An address written without its postcode is the one written with it, when the collection
    writes that street with one postcode only; with two ("14 Larch Terrace" in two towns) it
    is the one in the town written after it (``towns``: a posted key's town), else it stays as
    written. So is one written without its flat, when the collection writes one flat only at
    that number. Returns: key -> the key it is."""
    keys, towns = set(keys), towns or {}
    postcodes: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        if (street := _street(key)) != key and _IN not in key:
            postcodes[street].add(key)

    def posted_as(key: str) -> str:
        street, _in, town = key.partition(_IN)
        found = postcodes.get(_street(street), set()) if _street(street) == street else set()
        if len(found) > 1 and town:
            found = {k for k in found if towns.get(k) == town}
        return next(iter(found)) if len(found) == 1 else street
    posted = {key: posted_as(key) for key in keys}
    # And a building's address is its one flat the collection writes, if it writes one only.
    flats: dict[str, set[str]] = defaultdict(set)
    for key in set(posted.values()):
        if (building := _FLAT_KEY.sub("", key)) != key:
            flats[building].add(key)
    return {key: next(iter(flats[found])) if len(flats.get(found, ())) == 1 else found
            for key, found in posted.items()}


_FLAT_KEY = re.compile(rf"^(?:(?:{_HOME_UNITS}) \S+|{_FLOOR}) ")


def _street(key: str) -> str:
    """An address key without its postcode."""
    return re.sub(r" [a-z]{1,2}\d[a-z\d]? \d[a-z]{2}$", "", key)


# A mark of the current shape right after the words that introduce one ("VRM JY09 BPG",
# "registration RF01 BLS"), whether or not the DVLA would issue it: files carry mistyped and
# false plates, and what links two cases is the same mark written in both, however spaced
# ("RF 01 BLS", "RF-01-BLS") or cased ("rf01bls").
# The words say it is a mark, so its letters may be lower case ("index pn02 ykb"), and the
# older shapes count too: a prefix ("T247 TCA") or a suffix ("ABC 123A") mark.
CUED_MARK = re.compile(r"(?i:\b(?:vrm|registration(?: mark| number| no\.?)?|reg(?:\.|istration)?"
                       # (a slash or a dot between the mark's halves, "VRM AB12/CDE", "plate
                       # AB12.CDE", as a dash)
                       r"(?: no\.?)?|index(?: mark)?|plate))[:\s]+(?P<mark>(?i:[A-Z]{2}[ \-]?\d{2}[ \-/.]?"
                       r"[A-Z]{3}|[A-Z][ \-]?\d{1,3}[ \-]?[A-Z]{3}|[A-Z]{3}[ \-]?\d{1,3}[ \-]?[A-Z]"
                       # every character spaced, as read out over a radio: "W Y 0 6 N A M"
                       r"|[A-Z] [A-Z] \d \d [A-Z] [A-Z] [A-Z]))\b")


def cued_marks(text: str) -> list[tuple[int, int, str]]:
    """The vehicle marks a text introduces as such (``CUED_MARK``): (start, end, key)."""
    return [(m.start("mark"), m.end("mark"), re.sub(r"[ \-/.]", "", m.group("mark")).upper())
            for m in CUED_MARK.finditer(text)]


# "DC 343 Howard Seed, Brayford SM4 8ED": an officer's collar number and name, not a street.
_COLLAR_BEFORE = re.compile(r"\b(?:PC|WPC|PCSO|DC|DS|DI|DCI|PS|Sgt|Insp)\.?\s*$")


def addresses(text: str) -> list[tuple[int, int, str, str]]:
    """The addresses of a text: (start, end, key, as written); a street whose type is not
    in the list only with its town and postcode (``POSTED_ADDRESS``)."""
    typed = list(ADDRESS.finditer(text))
    for pattern in (WELSH_ADDRESS, NUMBER_AFTER_ADDRESS):
        typed += [m for m in pattern.finditer(text)
                  if all(m.end() <= t.start() or m.start() >= t.end() for t in typed)
                  and (pattern is not NUMBER_AFTER_ADDRESS or m.group("type").lower() != "court")]
    posted = [m for m in POSTED_ADDRESS.finditer(text)
              if all(m.end() <= t.start() or m.start() >= t.end() for t in typed)
              and not _COLLAR_BEFORE.search(text[max(0, m.start() - 8):m.start()])]
    return [(m.start(), m.end(), address_key(m), m.group().rstrip("."))
            for m in sorted(typed + posted, key=lambda m: m.start())]


@dataclass(frozen=True)
class Line:
    """One line of a document that names an item, and where it lies."""

    doc_id: str
    text: str  # normalised: case and spacing folded
    edge: bool  # in the opening (before the first reference, or the first lines) or a foot
    personal: bool  # labelled with what a person has: a form's field
    prose: bool = False  # reads as a sentence: a sighting told, never a letterhead


# A line with this many words in lower case reads as a sentence ("I saw her get into a silver
# Astra registration BS06 XPV"); a letterhead's address or switchboard is names and numbers.
PROSE_WORDS = 5


def is_prose(line: str) -> bool:
    return sum(word[0].islower() for word in line.split()) >= PROSE_WORDS


def line_of(text: str, start: int) -> tuple[int, int]:
    """The span of the line holding offset ``start``."""
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return begin, len(text) if end == -1 else end


def page_lines(doc_id: str, text: str, first_page: bool,
               first_reference: int | None) -> Callable[[int], Line | None]:
    """A function of an offset in a page of a document: the ``Line`` it lies on.
    ``first_reference``: where the document's first reference is on this page (None: not on
    it, and so, on its first page, after it)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]

    def at(offset: int) -> Line | None:
        begin, end = line_of(text, offset)
        index = next((i for i, (s, _e) in enumerate(spans) if s == begin), None)
        if index is None:
            return None
        opening = first_page and (first_reference is None or end <= first_reference or (
            index < OPENING_LINES and headed))
        footer = len(spans) >= FOOTED_PAGE_LINES and index >= len(spans) - FOOTER_LINES
        raw = text[begin:end]
        label = _LABEL.match(raw)
        return Line(doc_id, " ".join(raw.lower().split()), opening or footer,
                    bool(label and _PERSONAL.search(label.group("label"))), is_prose(raw))

    headed = bool(spans) and bool(_ORGANISATION.search(text[spans[0][0]:spans[0][1]]))
    return at


def letterhead(sightings: Iterable[tuple[Item, Line, frozenset[str]]]) -> set[Item]:
    """The items that are a letterhead's: the same edge line, not a form's field nor a
    sentence, in documents of two or more cases. ``sightings``: (item, its line, the cases the line's
    document cites)."""
    cases_of: dict[tuple[Item, str], set[str]] = defaultdict(set)
    documents: dict[tuple[Item, str], set[str]] = defaultdict(set)
    for item, line, cases in sightings:
        if line.edge and not line.personal and not line.prose:
            cases_of[(item, line.text)] |= cases
            documents[(item, line.text)].add(line.doc_id)
    return {item for (item, text), cases in cases_of.items()
            if len(cases) > 1 and len(documents[(item, text)]) > 1}
