"""Rules for people that spaCy's small English model misses or mislabels in old files.

spaCy reads "DC Sarah WHITLOCK" as "Sarah", "STOKES, Raymond" as two names, and "Denny Carver"
as an organisation. These rules find the forms files actually use: a title or rank before a name,
the police index form "SURNAME, Forename" (or "SURNAME Forename" with a known forename), a
known forename before a surname, and initials before a surname. A second pass
(``known_name_spans``) finds later mentions of people already named in the same document,
including OCR-damaged forenames.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from search.name_authority import ABBREVIATED_GIVEN_NAMES
from search.name_kinds import SENTENCE_WORDS
from search.names import (
    HEADING_WORDS,
    LOWER_LETTERS,
    TITLES,
    UPPER_LETTERS,
    fold,
    name_parts,
    plausible_person,
)
from search.nicknames import forenames, nickname_index
from search.variants import ocr_skeleton

_UP, _LOW = UPPER_LETTERS, LOWER_LETTERS  # "Ł", "Č", "ş" and "ě" too
# A capitalised word (McDonald, O'Brien, Smith-Jones; OCR's 0 and 1 inside), an all-capitals
# word, initials with dots.
# A colon between letters is a mark inside the word (Mohawk "Wahiá:ke": a long vowel).
# A Gaelic surname of words ("Mac an t-Saoir", "Nic an tSaoir", "Mac a' Phearsain"): its
# article and the mutation's lower-case letter ("t-", "h-") are inside it, where the recogniser
# stops at "Mac". The article or the mutation must be written, so "Mac Smith" stays two words.
_GAELIC = (rf"(?:Mac|Nic|Mc)[ \t]+(?:(?:an|na|a['’])[ \t]+(?:[thn]-?)?|[thn]-)[{_UP}][{_LOW}]+"
           rf"(?:-[{_UP}][{_LOW}]+)?")
_GAELIC_CAPS = rf"(?:MAC|NIC|MC)[ \t]+(?:(?:AN|NA)[ \t]+(?:[TNH]-)?|[TNH]-)[{_UP}]{{2,}}"
_CAP = (rf"(?:{_GAELIC}|Ma?c[{_UP}][{_LOW}]+|[{_UP}]['’][{_UP}][{_LOW}]+"
        rf"|[{_UP}][{_LOW}01]*[{_LOW}](?::[{_LOW}]+)?(?:-[{_UP}][{_LOW}]+)?)")
_CAPS = (rf"(?:{_GAELIC_CAPS}|Ma?c[{_UP}]{{2,}}|[{_UP}]['’][{_UP}]{{2,}}"
         rf"|[{_UP}]{{2,}}(?::[{_UP}]+)?(?:-[{_UP}]{{2,}})?)")
_WORD = rf"(?:{_CAP}|{_CAPS})"
_INITIALS = rf"[{_UP}]\.(?: ?[{_UP}]\.)*"
# A surname's particle in lower case before its capitalised word ("Rhys ap Owain", "Pieter van
# Dijk", "Omar bin Said"): the recogniser stops at it, but it is inside the name.
_PARTICLE = (r"(?:ap|ab|van|von|de|da|di|du|del|della|der|den|ter|ten|bin|binti|ibn|bint|dos|das"
             r"|anak|ak\.?)")  # Iban "anak" ("child of"), also written short
_PART = rf"(?:{_PARTICLE}[ \t]+)?"
# A Portuguese or Spanish surname with its particle ("Maria dos Santos", "Ana de la Cruz",
# "Joao do Rosario"): the particle (and its article) in lower case between capitalised words
# says the words are one person's name, whether the forename is known or not. The recogniser
# splits it at the particle ("Santos" as a place).
_ROMANCE_PARTICLE = r"(?:d(?:e|a|o|os|as|el|i)|van|von)(?:[ \t]+(?:la|las|los|le|der|den))?"
# The Northern Isles' "o'" between a given name and a family's name ("Garf o' Pennycook"), which
# the recogniser splits as the particle is.
_PARTICLE_BETWEEN = rf"(?:{_ROMANCE_PARTICLE}|o['’])"
# A surname's particle in capitals with it in an index form ("LI BASSO, Orsola", "DE LA
# CRUZ, Ana"): the particle is the surname's, no word before the name.
_CAPS_PARTICLE = r"(?<![\w'’-])(?:D[AEIU]|DEL|DELLA|DOS|DAS|L[AEIO]|VAN|VON|DER|DEN|TER|TEN|AL|EL|BIN|IBN|AP)"
_TITLE = (r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|W?PC|D[CSI]|DCI|DSI|DCS|Supt|Ch\.? ?Supt|Insp"
          r"|Inspector|Sgt|Sergeant|Det\.?(?: ?Sgt\.?| ?Insp\.?| ?Con(?:st)?\.?)?|Detective(?: Sergeant"
          r"| Inspector| Constable| Chief Inspector)?|Constable|Lady|Lord|Prof|Professor|Sir"
          r"|Dame|Rev|Revd|Reverend|Fr|Father|Sister|Rabbi|Rav|Canon)\.?"
          # A courtesy title in capitals before a name written in full ("MR Lennie Oxendale",
          # as a signature or a form's typed line writes it); two words after it, so "DR
          # Congo" or "MS Word" is no name.
          rf"|(?:MRS?|MISS|MS|MX|DR)\.?(?=[ \t]+[{_UP}][{_LOW}]+[ \t]+[{_UP}]))")
_END = r"(?![\w'’-])"
# A form's next label after a name, a word and a number before a colon ("Over 18: Yes"): the
# word is no second given name.
_NO_LABEL = r"(?![ \t]+\d+[ \t]*:)"
# Names do not run across lines: a signature's "Sarah Whitlock\nPublic Protection" is two things.
_SP, _SP0 = r"[ \t]+", r"[ \t]*"
_ABBREVIATED = rf"(?:{'|'.join(a.title() for a in ABBREVIATED_GIVEN_NAMES)})\.?"
RULES = {
    "title": re.compile(rf"{_TITLE}{_SP}(?:\d{{1,5}}{_SP})?(?:(?:{_INITIALS}|[{_UP}](?=\s))"
                        rf"{_SP0})*{_WORD}(?:{_SP}{_PART}{_WORD}){{0,2}}{_END}"),
    "index": re.compile(rf"(?:{_CAPS_PARTICLE}[ \t]+){{0,2}}{_CAPS},{_SP0}{_CAP}"
                        rf"(?:{_SP}(?:{_CAP}{_NO_LABEL}|{_INITIALS}))?{_END}"),
    # A register's "Surname, I. (Mr)": the title in brackets after the initials makes the
    # mixed-case surname a person's, forename known or not.
    "index_titled": re.compile(rf"(?:{_PART}{_WORD}{_SP})?{_PART}{_WORD},{_SP0}{_INITIALS}"
                               rf"(?={_SP0}\((?:PCSO|{_TITLE})\))"),
    "forename": re.compile(rf"{_CAP}(?:{_SP}{_INITIALS})?(?:{_SP}{_CAP})?{_SP}{_PART}{_WORD}{_END}"),
    # A first given name abbreviated before the name used ("Md. Rahman Ali", "Mohd Rahman Ali").
    "abbreviated": re.compile(rf"{_ABBREVIATED}"
                              rf"{_SP}{_CAP}(?:{_SP}{_CAP})?{_SP}{_PART}{_WORD}{_END}"),
    "initials": re.compile(rf"{_INITIALS}{_SP0}{_WORD}{_END}"),
    "particle": re.compile(rf"{_CAP}(?:{_SP}{_CAP})?{_SP}{_PARTICLE_BETWEEN}{_SP}{_CAP}{_END}"),
    # Police style "Forename SURNAME": the capitals mark the surname, whatever the forename.
    "caps": re.compile(rf"{_CAP}(?: {_CAP})? {_CAPS}{_END}"),
    # Police index style without the comma, "WEBB Mark": a known forename after the capitals.
    "surname_first": re.compile(rf"{_CAPS}{_SP}{_CAP}(?:{_SP}{_CAP}{_NO_LABEL})?{_END}"),
}
# What a page must hold somewhere for a rule to match on it at all (a part of every match of the
# rule), for the rules that cost more to try at each capitalised word than this costs to find:
# most pages have no register's "Surname, I. (Mr)", and half no index form's "SURNAME,".
_PAGE_NEEDS = {
    "index": re.compile(rf"[{_UP}],"),
    "index_titled": re.compile(rf",{_SP0}{_INITIALS}(?={_SP0}\((?:PCSO|{_TITLE})\))"),
    "abbreviated": re.compile(rf"{_ABBREVIATED}{_SP}"),
    "caps": re.compile(rf" {_CAPS}"),
    "particle": re.compile(rf"[{_LOW}][ \t]+{_PARTICLE_BETWEEN}[ \t]+[{_UP}]"),
}
_TOKEN_START = re.compile(rf"(?<![\w'’.-])[{_UP}]")
_WORD_RX = re.compile(rf"{_WORD}{_END}")
_PREFIX_TOKEN = re.compile(rf"(?<![\w'’.])({_TITLE}|{_INITIALS}|\d{{1,5}}|{_CAP})[ \t]+$")
_NEXT_WORD = re.compile(r"\s+([^\s,.;:]+)")
_SURNAME_AFTER = re.compile(rf" {_PART}({_WORD}){_END}")
# Words that follow "SURNAME," in letters and forms without being a forename.
NOT_FORENAMES = {"please", "yes", "no", "thanks", "dear", "re", "note", "urgent", "attention",
                 "attn", "copy", "see", "ref", "page", "sir", "madam"}
# An answer that starts a reply's line before a name ("YES, Anna Pardew IS BACK"): no surname.
ANSWER_WORDS = {"yes", "no", "ok", "okay", "yep", "nope", "correct", "confirmed", "negative"}
# Words that follow a surname in a place name ("Marsh Lane", "Ferncliffe House").
PLACE_WORDS = {
    "avenue", "way", "drive", "court", "park", "square", "crescent", "gardens", "place", "hill",
    "green", "hospital", "school", "centre", "station", "estate", "lodge", "farm", "street",
    "road", "lane", "close", "house", "home", "walk", "row", "terrace", "mews", "view",
}
# Words that end a name when capitalised in a heading, an address or an organisation.
STOP_WORDS = HEADING_WORDS | PLACE_WORDS | {
    "unit", "borough", "county", "city", "town", "ltd", "limited", "plc", "services", "team",
    "cid", "social", "children", "families", "committee", "dear", "thanks", "regards",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "christmas", "easter",
    # e-mail headers and signatures: "WHITLOCK, Sarah Sent: ...", "Janet Oduya Social Worker"
    # a collar number's label after the name ("DC Ostrander Nr 4411")
    "nr",
    "sent", "cc", "bcc", "importance", "attachments", "worker", "manager", "director",
    "assistant", "deputy", "head", "protection", "public", "department", "clerk", "secretary",
    "nurse", "teacher", "solicitor", "inspector", "sergeant", "constable", "superintendent",
    "councillor", "chair", "chairman", "member", "senior", "principal", "acting",
    # a verb after a name in a reply answered in capitals ("Anna Pardew IS BACK")
    "is", "was", "are", "were", "has", "had", "not",
}


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    text: str
    rule: str


def _words(text: str) -> list[str]:
    return re.findall(r"[^\s,]+", text)


def trim(text: str) -> str:
    """Drop trailing words that end a name (a heading's "Report", an address's "Road")."""
    words = list(re.finditer(r"[^\s,]+", text))
    while words and fold(words[-1].group().strip(".")) in STOP_WORDS:
        words.pop()
    return text[: words[-1].end()] if words else ""


def is_forename(word: str) -> bool:
    """A known forename, also as OCR may have damaged it ("Rayrnond", "Ei1een")."""
    word = fold(word.strip(".,"))
    return word in forenames() or ocr_skeleton(word) in forenames()


def _accept(rule: str, value: str, start: int, places: list[tuple[int, int]]) -> bool:
    words = [fold(w.strip(".,")) for w in _words(value)]
    if rule == "title":
        return any(w not in TITLES and not w.isdigit() for w in words)
    if rule == "index":
        if (len(words) < 2 or words[0] in STOP_WORDS or words[0] in ANSWER_WORDS
                or words[1] in NOT_FORENAMES):
            return False
        # An unknown forename is accepted unless spaCy read it as a place ("HARWICK, Northshire").
        at = start + value.index(",") + 1
        return is_forename(words[1]) or len(words[1]) == 1 or not any(
            s <= at + 1 < e or s <= at + 2 < e for s, e in places)
    if rule == "index_titled":
        return not set(words) & STOP_WORDS
    if rule == "forename":
        return is_forename(words[0]) and len(words) >= 2
    if rule == "abbreviated":
        return not set(words) & STOP_WORDS
    if rule == "particle":  # "Costa del Sol", "Rio de Janeiro": the recogniser's place
        return (not set(words) & STOP_WORDS and words[0] not in SENTENCE_WORDS
                and not any(s <= start < e for s, e in places))
    if rule == "caps":
        return (len(words[-1]) >= 3 and not set(words) & STOP_WORDS
                and words[0] not in SENTENCE_WORDS  # "Met JOLENE MCPHEE": a verb, a name
                # A first word the recogniser took for a place is a forename all the same
                # before a known middle forename and a surname in capitals ("Tirion Ann BRACE").
                and (not any(s <= start < e for s, e in places)
                     or (len(words) == 3 and is_forename(words[1]))))
    if rule == "surname_first":
        return (len(words) >= 2 and len(words[0]) >= 3 and words[0] not in STOP_WORDS
                and is_forename(words[1]))
    return len(words[-1]) >= 2


# A record in questions and answers ("Q. Who is the child?" / "A. Resident K4"), as interview
# records and review forms are written: a line's "Q." or "A." is who speaks, no initial.
_QUESTION_LINE = re.compile(r"(?m)^[ \t]*Q[.:][ \t]")
_ANSWER_LINE = re.compile(r"(?m)^[ \t]*A[.:][ \t]")
_SPEAKER = re.compile(r"(?m)^[ \t]*(?P<mark>[QA][.:])[ \t]+")


def speaker_marks(text: str) -> dict[int, int]:
    """Where each line's question or answer mark stands -> where the words after it begin, in
    a page written in both."""
    if not (_QUESTION_LINE.search(text) and _ANSWER_LINE.search(text)):
        return {}
    return {m.start("mark"): m.end() for m in _SPEAKER.finditer(text)}


def person_spans(text: str, places: list[tuple[int, int]] = ()) -> list[NameSpan]:
    """Name spans the rules find in one page, overlapping ones included (the caller resolves).
    ``places``: offsets spaCy labelled as places or organisations."""
    spans: list[NameSpan] = []
    speakers = speaker_marks(text)
    rules = [(rule, regex) for rule, regex in RULES.items()
             if rule not in _PAGE_NEEDS or _PAGE_NEEDS[rule].search(text)]
    for anchor in _TOKEN_START.finditer(text):
        if anchor.start() in speakers:
            continue
        for rule, regex in rules:
            match = regex.match(text, anchor.start())
            if not match:
                continue
            value = trim(match.group())
            if value and _accept(rule, value, match.start(), list(places)) and plausible_person(value):
                spans.append(NameSpan(match.start(), match.start() + len(value), value, rule))
                break
    return spans


def extend_surname(text: str, end: int) -> int:
    """The end of a name spaCy cut after the forename ("Oswin" of "Oswin St0kes")."""
    match = _SURNAME_AFTER.match(text, end)
    if match is None or fold(match.group(1)) in STOP_WORDS:
        return end
    return match.end()


def _forename_forms(full_keys: list[str]) -> dict[str, set[str]]:
    """Surname -> the forenames (as OCR skeletons, nicknames included) it is known with."""
    forms: dict[str, set[str]] = {}
    for key in full_keys:
        parts = name_parts(key)
        names = {parts[0], *nickname_index().get(parts[0], ())}
        forms.setdefault(ocr_skeleton(parts[-1]), set()).update(ocr_skeleton(n) for n in names)
    return forms


def _extend_left(text: str, start: int, known_forenames: set[str],
                 speakers: Container[int] = frozenset()) -> int:
    """Where a known surname's mention begins: over a forename, initials, a title, or a title
    and collar number before it ("DC 2291 WHITLOCK"); a bare number is not part of a name, nor
    a question or answer mark (``speakers``)."""
    collar: int | None = None  # where the name starts if the number has no title before it
    for _ in range(4):
        before = _PREFIX_TOKEN.search(text, max(0, start - 40), start)
        if before is None or before.start() in speakers:
            break
        token = fold(before.group(1).strip("."))
        if token.isdigit():
            if collar is not None:
                break
            collar, start = start, before.start()
            continue
        # A digit inside a word is OCR damage, not an English word ("R0salind").
        name_like = (ocr_skeleton(token) in known_forenames or is_forename(token)
                     or re.fullmatch(r"[a-z]+[01][a-z01]*", token) is not None
                     or re.fullmatch(r"[a-z](\. ?[a-z])*", token) is not None)
        if token not in TITLES and (collar is not None or not name_like):
            break
        collar, start = None, before.start()
    return collar if collar is not None else start


def known_name_spans(text: str, full_keys: list[str]) -> list[NameSpan]:
    """Mentions of surnames already known in this document, with the title, initials or
    forename before them ("Mr Stokes", "R. Stokes", OCR's "Rayrnond Stokes")."""
    forms = _forename_forms(full_keys)
    if not forms:  # no full name in the document: no surname to find again
        return []
    speakers = speaker_marks(text)
    spans: list[NameSpan] = []
    for match in _WORD_RX.finditer(text):
        surname = ocr_skeleton(fold(match.group()).replace("'", "").replace("’", ""))
        following = _NEXT_WORD.match(text, match.end())
        if surname not in forms or (following and fold(following.group(1)) in PLACE_WORDS):
            continue  # "Marsh Lane" is a street, whoever Mrs Marsh is
        start = _extend_left(text, match.start(), forms[surname], speakers)
        value = text[start:match.end()]
        if plausible_person(value):
            spans.append(NameSpan(start, match.end(), value, "known"))
    return spans
