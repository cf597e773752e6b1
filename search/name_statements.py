"""Another whole name a document states a person goes by: an alias ("Rhys Tapper, also known
as Rhys Mallon", "AKA: Rhys Mallon", the police "@"), a name a group knows them by ("known to
the staff as ..."), or the surname they were known by before ("Orla Kinsey (née Tapper)",
"formerly Tapper", "- formerly Tapper"). Each is read from a text and the name authority's links
in it (``search.name_authority.Link``): the two names must each be a person's name in full, and
the words between them the statement itself, so "Rhys Mallon is not Rhys Tapper" states nothing.
Beyond the usual phrasings, a statement is read from its structure: an appositive (a bracket, a
pair of commas or dashes) opened after a person's name by a few words that speak of naming ("a
name", "calls himself", "signs as", "prev.") and closed after the other name.

The store-facing half (reading the pages that hold a statement, merging the two people) is
``ingest.names``.
"""

from __future__ import annotations

import re
from itertools import pairwise

from search.name_authority import Link
from search.name_kinds import name_kind
from search.names import fold, is_initial_form, name_parts, person_key

# Links that write a person's name in full, as a statement names them.
FULL_RULES = ("full", "full-no-middle", "index")
# The words between a person's name and another name they go by.
_ALIAS_BETWEEN = re.compile(
    r"[\s,;(\[{\-–—]*(?:also\s+known\s+as|aka|a\.k\.a\.?|alias|(?:now\s+|formerly\s+)?known"
    r"(?:\s+to\s+[^.;:\n()]{1,40}?)?\s+as|@|at\s+work\s*:)[\s,:\-–—]*", re.IGNORECASE)
# A surname someone was known by before, after their name ("(née Tapper)", "- formerly Tapper").
_EARLIER_SURNAME = re.compile(
    r"[\s,]*[(\-–—]?\s*(?:n[ée]e|formerly|previously|born|maiden\s+name:?)\s+"
    r"(?P<surname>[^\W\d_][\w'’-]+)", re.IGNORECASE)
# A surname someone had before, written with the word that says so after it ("(TAPPER by
# birth)", "(married name; Tapper before)"): a few words may open the bracket.
_EARLIER_SURNAME_AFTER = re.compile(
    r"[ \t]*[(\[](?:[^()\[\]\n]{0,30}?[;,:][ \t]*)?(?P<surname>[^\W\d_][\w'’-]+)[ \t]+"
    r"(?:before|by[ \t]+birth|at[ \t]+birth)[ \t]*[)\]]", re.IGNORECASE)
# Words that speak of a name: an appositive holding one says the name closing it is another
# name of the person it follows ("(Welsh name X)", ", who signs as X,", "[prev. Tapper]").
NAMING_WORDS = frozenset({
    "name", "names", "named", "known", "alias", "aka", "a.k.a", "a/k/a", "calls", "called",
    "signs", "signed", "styled", "styles", "styling", "goes", "answers", "nee", "née", "formerly",
    "previously", "prev",
    # a name a person works under ("listed by the agency as X", "books jobs as X")
    "listed", "books", "booked", "registered", "trades", "trading",
    # the name on a pass or a badge a person wears at work ("whose badge reads X")
    "badge"})
_DENIALS = frozenset({"not", "never", "no", "nor"})
_CLOSERS = {"(": ")", "[": "]", "{": "}", ",": ",.", "-": "-–—.(", "–": "-–—.(", "—": "-–—.("}
APPOSITIVE_WORDS = 7  # "who answers to the name of": a statement, not a sentence
# An earlier surname alone in an appositive: its opener, a few words, the surname.
_EARLIER_APPOSITIVE = re.compile(
    r"[ \t]*(?P<open>[(\[,\-–—])[ \t]*(?P<words>(?:[^\W\d_][\w./]*:?[ \t]+){1,3})"
    r"(?P<surname>[^\W\d_][\w'’-]+)[ \t]*(?P<close>[^\w \t]|$)", re.MULTILINE)
# Words in the query that finds the pages which may hold a statement.
STATEMENT_PHRASES = ("also known as", "aka", "a.k.a", "alias", "known as", "nee", "née",
                     "formerly", "maiden name", "listed by", "listed as", "books jobs as",
                     "booked as", "registered as", "trades as", "trading as",
                     "by birth", "at birth")


# Where a statement may be: an opener, then within a few words one that speaks of naming, or
# an alias's "@". Pages without one are not matched (most pages a word like "name" brings).
_NAMING_ALTERNATIVES = "|".join(re.escape(w) for w in sorted(NAMING_WORDS, key=len, reverse=True))
_CAPITAL_SOON = r"[^\n()\[\]]{0,40}?\b(?-i:[A-Z])"  # the other name, on the same line
_MAY_STATE = re.compile(
    rf"[(\[,\-–—][ \t]*(?:[^\s()\[\]]+[ \t]+){{0,{APPOSITIVE_WORDS}}}?(?:{_NAMING_ALTERNATIVES})"
    rf"(?![\w/]){_CAPITAL_SOON}|\s@\s"
    r"|\b(?:aka|a\.k\.a|alias|known\s+(?:\S+\s+){0,6}?as|n[ée]e|formerly|previously|born|maiden)\b"
    + _CAPITAL_SOON + r"|\b[A-Z][\w'’-]+[ \t]+(?:before|by[ \t]+birth|at[ \t]+birth)[ \t]*[)\]]",
    re.IGNORECASE)


def may_state_names(text: str) -> bool:
    """Whether ``text`` may state another name of someone (a cheap look before reading it)."""
    return _MAY_STATE.search(text) is not None


def stated_aliases(text: str, links: list[Link]) -> list[tuple[str, str]]:
    """(the name stated second, the person named first) for every statement in ``text`` that
    one person goes by another whole name."""
    named = [link for link in links if link.key and link.rule in FULL_RULES]
    pairs = []
    for first, second in pairwise(named):
        if first.key != second.key and (
                _ALIAS_BETWEEN.fullmatch(text[first.end:second.start])
                or _naming_appositive(text, first.end, second.start, second.end)):
            pairs.append((second.key, first.key))
    return pairs


# A forename stated in brackets after a name the person goes by ("Bex Lowry (real name
# Rebecca)", "(given name: Rebecca)"): the person is that forename and the same surname.
_REAL_FORENAME = re.compile(
    r"(?P<name>(?:[^\W\d_][\w'’-]*[ \t]+){1,4})[(\[][ \t]*(?:real|proper|given|birth|legal"
    r"|true|full|formal)[ \t]+(?:fore)?name[ \t]*:?[ \t]+(?P<given>[^\W\d_][\w'’-]*)[ \t]*[)\]]",
    re.IGNORECASE)


def stated_real_forenames(text: str, people: set[str]) -> list[tuple[str, str]]:
    """(the name a person goes by, the person) for every name followed by the forename it
    stands for in brackets ("Bex Lowry (real name Rebecca)" of Rebecca Lowry): one of
    ``people`` with that forename whose surname (with or without middle names) ends the name."""
    if _REAL_FORENAME.search(text) is None:
        return []  # most pages state none: no index of every person's forename for them
    by_forename: dict[str, list[list[str]]] = {}
    for key in people:
        parts = name_parts(key)
        if len(parts) >= 2:
            by_forename.setdefault(parts[0], []).append(parts)
    pairs = []
    for match in _REAL_FORENAME.finditer(text):
        written = [fold(word) for word in match.group("name").split()]
        for parts in by_forename.get(fold(match.group("given")), ()):
            rest = next((r for r in (parts[1:], parts[-1:])
                         if len(written) > len(r) and written[-len(r):] == r), None)
            if rest is not None and written[-len(rest) - 1] != parts[0]:
                pairs.append((" ".join(written[-len(rest) - 1:]), " ".join(parts)))
                break
    return pairs


# A lone name stated after a person's full name, a comma between ("Ines Pardew, known as Nessa
# at school"): the name they go by, with their surname; no second capitalised word after it
# on the line (that is a whole other name, ``stated_aliases``).
_LONE_NICKNAME = re.compile(
    r"[ \t]*,[ \t]*(?:also[ \t]+)?known[ \t]+as[ \t]+[\"“'‘«]?(?P<nick>[A-Z][^\W\d_]+)[\"”'’»]?"
    r"(?![\w'’-]|[ ][A-Z])")


def stated_lone_nicknames(text: str, links: list[Link]) -> list[tuple[str, str]]:
    """(the lone name with the person's surname, the person) for every full name followed by
    ", known as" and one name ("Ines Pardew, known as Nessa": "nessa pardew")."""
    pairs = []
    for link in links:
        if not link.key or link.rule not in FULL_RULES or "known" not in text[link.end:link.end + 20]:
            continue
        match = _LONE_NICKNAME.match(text, link.end)
        parts = name_parts(link.key)
        if match is None or len(parts) < 2:
            continue
        nick = fold(match.group("nick"))
        if nick not in parts:
            pairs.append((f"{nick} {' '.join(parts[1:])}", link.key))
    return pairs


# A surname alone, then "a.k.a." or "aka" and one name ("QUILL a.k.a. Dozzer"): the name the
# person goes by; no second capitalised word after it (that is a whole other name).
_SURNAME_AKA = re.compile(
    r"(?<![\w'’-])(?P<last>[A-Z][\w'’-]+)[ \t]+(?:a\.k\.a\.?|aka|AKA|A\.K\.A\.?)[ \t]+"
    r"[\"“'‘«]?(?P<nick>[A-Z][^\W\d_]+)[\"”'’»]?(?![\w'’-]|[ \t]+[A-Z])")


def stated_surname_nicknames(text: str, surnames: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(the name with the surname, the person) for every surname alone followed by "a.k.a."
    and one name ("QUILL a.k.a. Dozzer": "dozzer quill"), where one person only has the
    surname (``surnames``: a surname -> the people who have it), besides the name stated
    when the collection already holds it as a person ("Dozzer Quill", written elsewhere)."""
    pairs = []
    for match in _SURNAME_AKA.finditer(text):
        last, nick = fold(match.group("last")), fold(match.group("nick"))
        named = f"{nick} {last}"
        holders = [key for key in surnames.get(last, ()) if key != named]
        if len(holders) == 1 and nick not in name_parts(holders[0]):
            pairs.append((named, holders[0]))
    return pairs


# The name a person is known by in brackets after a first given name they do not use, before
# the surname ("Ottilie (Maren) Vasko"): the first given name with the surname is them too.
_USED_GIVEN_NAME = re.compile(
    r"\b(?P<first>[A-Z][^\W\d_]+)[ \t]+\((?P<used>[A-Z][^\W\d_]+)\)[ \t]+(?P<last>[A-Z][\w'’-]+)")


def stated_used_given_names(text: str, people: set[str]) -> list[tuple[str, str]]:
    """(the first given name with the surname, the person) for every "First (Used) Surname"
    where "Used Surname" is one of ``people`` (keys) and the first is no other given name
    of theirs."""
    if "(" not in text:
        return []
    pairs = []
    for match in _USED_GIVEN_NAME.finditer(text):
        first, used, last = (person_key(match.group(g)) for g in ("first", "used", "last"))
        person = f"{used} {last}"
        if person in people and first != used:
            pairs.append((f"{first} {last}", person))
    return pairs


def _words_speak_of_naming(words: list[str]) -> bool:
    folded = [word.strip(":;,.").lower() for word in words]
    return (bool(folded) and len(folded) <= APPOSITIVE_WORDS
            and any(w in NAMING_WORDS for w in folded) and not any(w in _DENIALS for w in folded))


# Where the other name is used, after it and before the appositive closes ("(goes by X at
# work)", "- known as X on site -"): a preposition and a word or two in lower case.
_WHERE_USED = re.compile(r"[ \t]*(?:at|on|in|around)(?:[ \t]+(?-i:[a-z]+)){1,2}(?![\w'’-])")
# A display name in quotes ends an appositive its dash opened ('"Ann Hirst - goes by X"').
_DISPLAY_END = '"'


def _closes(opener: str, after: str) -> bool:
    """Whether ``after`` (the text after the other name) closes the appositive ``opener``
    opened: its bracket, the second comma or dash, or the end of the line, after where the
    name is used, if the appositive says so."""
    where = _WHERE_USED.match(after)
    rest = after[where.end():] if where else after
    rest = rest.lstrip(" \t")
    closers = _CLOSERS[opener] + (_DISPLAY_END if opener in "-–—" else "")
    return not rest or rest[0] == "\n" or rest[0] in closers


def _naming_appositive(text: str, start: int, end: int, name_end: int) -> bool:
    """``text[start:end]`` opens an appositive with words that speak of naming, and the name
    ending at ``name_end`` closes it."""
    between = text[start:end].lstrip(" \t")
    if not between or between[0] not in _CLOSERS:
        return False
    words = between[1:].split()
    inner = between[1:]
    if any(mark in inner for mark in "()[];\n") or not _words_speak_of_naming(words):
        return False
    if any(mark in inner for mark in _CLOSERS[between[0]] if mark not in ".("):
        return False  # closed before the name: ", known as X, and Y" says nothing of Y
    return _closes(between[0], text[name_end:name_end + 40])


def stated_earlier_names(text: str, links: list[Link], people: set[str],
                         aliases: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(a person's name, the person they were known as before) for every "(née Tapper)" after
    a name in full, where the forename with that surname is one of ``people`` (keys), or a
    name ``aliases`` files under one of them."""
    aliases = aliases or {}
    pairs = []
    for link in links:
        if not link.key or link.rule not in FULL_RULES:
            continue
        surname = _earlier_surname(text, link.end)
        if not surname:
            continue
        parts = name_parts(link.key)
        earlier = f"{parts[0]} {fold(surname).replace('’', '').replace(chr(39), '')}"
        earlier = aliases.get(earlier, earlier)
        if earlier in people and earlier != link.key:
            pairs.append((link.key, earlier))
    return pairs


def _earlier_surname(text: str, end: int) -> str:
    """The surname an appositive after a name (ending at ``end``) states the person had
    before ("(née Tapper)", "[prev. Tapper]"), or ""."""
    match = _EARLIER_SURNAME.match(text, end) or _EARLIER_SURNAME_AFTER.match(text, end)
    if match is not None:
        return match.group("surname")
    match = _EARLIER_APPOSITIVE.match(text, end)
    words = match.group("words").split() if match else []
    # Only the statement's words before the surname: "(a/k/a Rhys Mallon)" is another name.
    if match is None or not _words_speak_of_naming(words) or any(
            w[:1].isupper() and w.strip(":.").lower() not in NAMING_WORDS for w in words):
        return ""
    close = match.group("close")
    return match.group("surname") if not close or close in _CLOSERS[match.group("open")] else ""


# A nickname written inside a name, in quotes or brackets ("Tamsin 'Tam' Pellow", "Tamsin [Bee]
# Pellow"): the forename, the nickname, the surname.
_INNER_NICKNAME = re.compile(
    r"\b(?P<first>[^\W\d_][\w'’-]*)[ \t]+(?P<open>['\"‘“(\[«/])(?P<nick>[^\W\d_][\w-]*)"
    r"(?P<close>['\"’”)\]»/])[ \t]+(?P<last>[^\W\d_][\w'’-]*)")
# Slashes too, as a register marks a nickname ("Tamsin /Tam/ Pellow").
_PAIRED = {"'": "'’", "‘": "’'", '"': '"”', "“": "”\"", "(": ")", "[": "]", "«": "»", "/": "/"}


def nickname_ends(name: str) -> list[tuple[str, str]]:
    """The (given name, surname) pairs a nickname may be written between in ``name`` (a full
    name's key): after any of its given names ("Tamsin Jane 'Janey' Pellow")."""
    parts = name_parts(name)
    return [(given, parts[-1]) for given in parts[:-1]]


# (given name, surname) -> person -> (the given names before the pair, the full name).
NicknameEnds = dict[tuple[str, str], dict[str, set[tuple[tuple[str, ...], str]]]]


def nickname_index(people: dict[str, str]) -> NicknameEnds:
    """The pairs a nickname may be written between in each of ``people``'s names (each full
    name the collection knows -> its person), built once for all the pages read."""
    by_ends: NicknameEnds = {}
    for name, person in people.items():
        parts = name_parts(name)
        for at, ends in enumerate(nickname_ends(name)):
            by_ends.setdefault(ends, {}).setdefault(person, set()).add((tuple(parts[:at]), name))
    return by_ends


def stated_inner_nicknames(text: str, people: dict[str, str],
                           index: NicknameEnds | None = None) -> list[tuple[str, str]]:
    """(the nickname with the surname, the person) for every nickname ``text`` writes inside
    a person's name in quotes or brackets; ``people``: each full name the collection knows ->
    its person (``index``: their ``nickname_index``, when the caller reads many pages). The
    forename and surname must be a known person's, and the nickname a word written with a
    capital."""
    by_ends = nickname_index(people) if index is None else index
    pairs = []
    for match in _INNER_NICKNAME.finditer(text):
        if match.group("close") not in _PAIRED[match.group("open")]:
            continue
        if not (match.group("first")[:1].isupper() and match.group("nick")[:1].isupper()
                and match.group("last")[:1].isupper()):
            continue
        first, nick, last = (person_key(match.group(g)) for g in ("first", "nick", "last"))
        # Of each person's names, those not read with the nickname inside.
        holders = {person: prefixes for person, named in by_ends.get((first, last), {}).items()
                   if (prefixes := {prefix for prefix, name in named
                                    if nick not in name_parts(name)[1:-1]})}
        person = _inner_nickname_holder(holders, text[:match.start()])
        if person and nick and nick != first:
            pairs.append((f"{nick} {last}", person))
    return pairs


def _inner_nickname_holder(holders: dict[str, set[tuple[str, ...]]], before: str) -> str | None:
    """The one person of ``holders`` (each with the given names written before the pair) whose
    earlier given names ``before`` ends with: "Ahmed 'Idz' Bhuiyan" after "Idris" is Idris
    Ahmed Bhuiyan's, never his namesake Basit Ahmed Bhuiyan's; a pair two people hold with
    nothing to tell them apart is no one's."""
    if len(holders) <= 1:
        return next(iter(holders), None)
    words = tuple(person_key(word) for word in re.findall(r"[^\W\d_][\w'’-]*", before[-60:]))
    fitting = [person for person, prefixes in holders.items()
               if any(prefix and words[-len(prefix):] == prefix for prefix in prefixes)]
    return fitting[0] if len(fitting) == 1 else None


# A name, as a statement writes it: capitalised words (initials, a comma, a particle).
_NAME = r"[A-Z][\w'’.-]*(?:,?\s+(?:[A-Z][\w'’.-]*|d[aei]|van|von|le|la))*"
# Two names a document states are two people ("X (a joiner) is a different person from Y").
_LINE_NAME = _NAME.replace(r"\s", "[ \t]")  # one line's: a heading above is no part of it
_APART = re.compile(
    rf"(?P<a>{_LINE_NAME})\s*(?:\([^)]{{0,60}}\)\s*)?(?:,[^,.;\n]{{0,40}},\s*)?(?:is|was)\s+"
    r"(?:a\s+different\s+(?:person|man|woman)\s+(?:from|to)|not\s+the\s+same\s+(?:person|man|"
    r"woman)\s+as|not\s+to\s+be\s+confused\s+with|no\s+relation\s+(?:of|to)|not)\s+"
    rf"(?P<b>{_NAME})")
# Two names a document states in one breath are two people ("X (a roofer) and Mr Y are two
# different men", "X and Y, his cousin, are not the same person").
_BOTH_APART = re.compile(
    rf"(?P<a>{_LINE_NAME})\s*(?:\([^)]{{0,60}}\)\s*)?,?\s+and\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
    rf"(?P<b>{_LINE_NAME})\s*(?:\([^)]{{0,60}}\)\s*)?(?:,[^,.;\n]{{0,60}},\s*)?\s*are\s+"
    r"(?:(?:two\s+)?(?:different|separate|distinct|unrelated)\s+(?:people|persons|men|women|"
    r"individuals)|not\s+the\s+same\s+(?:person|man|woman))")
# A note's mark before the statement ("N.B. Hirst, Ann (a nurse) is not ..."): no initials of
# the name, which an index form would put after the forename ("ann n b hirst").
_NOTE_MARK = re.compile(r"^(?:N\.[ \t]?B\.|NB|P\.[ \t]?S\.|PS|Note:?)[ \t]+")
APART_PHRASES = ("different person", "not the same", "not to be confused", "no relation",
                 "different men", "different women", "different people", "separate people",
                 "distinct people")


def stated_apart(text: str) -> list[tuple[str, str]]:
    """(a name, another name) as keys for every statement in ``text`` that the two are
    different people ("Ann Hirst (a nurse) is a different person from Ann Hurst")."""
    pairs: list[tuple[str, str]] = []
    folded = text.lower()
    if " not " not in folded and not any(phrase in folded for phrase in APART_PHRASES):
        return pairs  # no statement of two people here: the patterns are not run
    for match in (*_APART.finditer(text), *_BOTH_APART.finditer(text)):
        keys = []
        for group in ("a", "b"):
            kind, written = name_kind("person", _NOTE_MARK.sub("", match.group(group)))
            keys.append(person_key(written) if kind == "person" else "")
        a, b = keys
        if a and b and a != b and len(name_parts(a)) >= 2 and len(name_parts(b)) >= 2:
            pairs.append((a, b))
    return pairs


def unmerged_by_statement(aliases: dict[str, str], apart: list[tuple[str, str]]) -> set[str]:
    """The names ``aliases`` (a name -> the person it was read as) would make one person with a
    name the collection states is someone else: of each such pair, the one less like the
    person's own name, which stays a person of its own. A name written as initials ("J.R.
    Thakur") stands for the person whose surname it has."""
    undone = set()
    for a, b in apart:
        person = {aliases.get(a, a), aliases.get(b, b)}
        if len(person) != 1 and not any(map(is_initial_form, (a, b))):
            continue
        if is_initial_form(a) or is_initial_form(b):
            name, other = (b, a) if is_initial_form(a) else (a, b)
            if name in aliases and name_parts(other)[-1] == name_parts(aliases[name])[-1]:
                undone.add(name)
            continue
        key = person.pop()
        likeness = {name: _likeness(name, key) for name in (a, b)}
        if likeness[a] != likeness[b]:
            name = min((a, b), key=lambda n: likeness[n])
            if name in aliases:
                undone.add(name)
    return undone


def _likeness(name: str, key: str) -> tuple[bool, bool]:
    """How much of person ``key``'s name ``name`` has: their surname, their forename."""
    return name_parts(name)[-1] == name_parts(key)[-1], name_parts(name)[0] == name_parts(key)[0]
