"""References read from structure rather than from a force's declared layout: a code-like token
(digits, with letters and separators) that a label names ("crime", "incident", "call", "log",
"occurrence", "CAD", "referral", "ref", "Re", "no."), after the label in running text, a form's
field or an e-mail's subject, or in a table column the label heads.

Every written form of one value folds to one key (``fold``): separators and spaces dropped,
leading zeros of each run of digits dropped, so "97 0009 0432", "97-00090432" and "9700090432"
are one, as are "01591-CSR-96" and "1591-CSR-96". A four-digit year or an eight-digit date
("SGR/2007/02436", "20060603.1408") is the two-digit form of it when the collection writes that
form too. Look-alikes (a digit apart, another year) fold apart.

A labelled value whose parts are one code ending in a digit and two numbers is the
collection's one key of that code, year and serial when the built-in or learned layouts key it
("0937 H4 2011" and "11H4/0937" of "H4-11-0937"); another code, year or serial is another.

A value a strong label names once in the collection is then found wherever the collection
writes it, labelled or not, in any of its forms. A weak label ("ref", "Re", "no.") names only
values a strong label or the declared shapes name elsewhere: alone it is too common a word.

Pure: documents in, documents out; ``search.cases.sources`` applies it after the declared
shapes, so a value they key keeps their key.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from search.cases.grouping import reference_family
from search.cases.sources import Mention, SourceDocument
from search.entity_kinds.reference import YEAR_AFTER, year_of

# The label's head (the key's family) by the word that names it; None: a weak label.
_STRONG = (
    # "re-crimed as 16-K6-0765": what a crime was recorded as is its number
    ("CRIME", r"crime|crn|offence|(?:re-?)?crimed[ \t]+as"),
    ("OCCURRENCE", r"occurrence|ob"),
    ("INCIDENT", r"incident|call|cad|log|storm|event"),
    # a children's services front door's "Contact reference" ("contact number" is a phone's)
    ("REFERRAL", r"referral|mash|contact(?=[ \t]+(?:ref\b|reference|record[ \t]+(?:no|number|ref)))"),
)
_WEAK = r"ref|reference|re|relates\s+to|quote|quoting|urn|number|no\.?|nos\.?"
_FILLER = r"(?:\s+(?:no\.?|nos\.?|number|ref\.?|reference|record|log|report|id|serial|file|" \
          r"front\s+sheet))*"
_LABEL = re.compile(
    rf"(?<![A-Za-z])(?:(?P<strong>{'|'.join(f'(?P<{head}>{words})' for head, words in _STRONG)})"
    rf"|(?P<weak>{_WEAK})){_FILLER}(?![A-Za-z])[ \t]*[:#|(/,\t-]?[ \t]*(?:[:#|(,\t][ \t]*)?(?:\n[ \t]*)?",
    re.IGNORECASE)
# Letter and digit groups joined by / . - or one space (a space only before a group that is
# digits or capitals: a word after the number is no part of it).
# A colon joins a day of six or eight digits to its serial ("251103:02152"), never a time's.
_DAY_COLON = r"(?<=\d{6}):(?=\d{3})"
_TOKEN = re.compile(rf"[A-Z0-9]+(?:(?:[/.\-]|{_DAY_COLON}|[ ](?=[A-Z0-9]))[A-Z0-9]+)*"
                    rf"(?:{YEAR_AFTER}|(?![\w]))")
_GROUP = re.compile(r"[A-Z0-9]+")
# A word after a number ("12 June"): the number ends before it.
_WORD_AFTER = re.compile(r"[ ]+[A-Z]?[a-z]")
MIN_DIGITS = 4
# A date and the time after it ("12.03.2004 1410") is when, not which.
_DATE_AND_TIME = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?: [0-2]\d:?[0-5]\d)?")


def fold(token: str) -> str:
    """One key for every written form of a value (see the module docstring)."""
    runs = re.findall(r"[A-Z]+|\d+", re.sub(r"[^A-Z0-9]|\bOF\b", "", token.upper()))
    return "".join(run.lstrip("0") or "0" if run.isdigit() else run for run in runs)


def year_folds(token: str) -> list[str]:
    """The folds of a token with a four-digit year or an eight-digit date (year or day first)
    written short."""
    groups = _GROUP.findall(token.upper())
    found = []
    for index, group in enumerate(groups):
        if _YEAR_FIRST.fullmatch(group):
            short = [*groups[:index], group[2:], *groups[index + 1:]]
            found.append(fold("/".join(short)))
        if _DAY_MONTH_YEAR.fullmatch(group):  # "27091997", the day first: "270997"
            short = [*groups[:index], group[:4] + group[6:], *groups[index + 1:]]
            found.append(fold("/".join(short)))
    return found


# A four-digit year, or an eight-digit date written year first: "2004", "20040312".
_YEAR_FIRST = re.compile(r"(?:19|20)\d{2}(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))?")
# An eight-digit date written day first: "27091997".
_DAY_MONTH_YEAR = re.compile(r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The token without trailing space-joined groups that begin a phrase: "9700090432 12 June"
    is "9700090432"; a lone capital after a space is a check letter ("01 003451 X")."""
    while (cut := text.rfind(" ", start, end)) >= 0:
        last = text[cut + 1:end]
        if len(last) == 1 and last.isalpha():
            break
        if not (last.isalpha() or _WORD_AFTER.match(text, end)):
            break
        end = cut  # letters are a layout's only between numbers; a word follows a number's end
    return start, end


def _reference_like(token: str, named: bool = False) -> bool:
    """Code-like: four digits or more, not a date (with its time), a time or a year; nor a phone
    number unless a label names it a reference (``named``: "crime 0400025166")."""
    digits = sum(c.isdigit() for c in token)
    groups = _GROUP.findall(token)
    if digits < MIN_DIGITS:
        return False
    if len(groups) == 1 and token.isdigit() and len(token) <= 4:
        return False
    if not named and re.fullmatch(r"0\d{9,11}", token.replace(" ", "")):
        return False
    if _DATE_AND_TIME.fullmatch(token):
        return False
    return not (len(groups) == 3 and all(g.isdigit() for g in groups)
                and int(groups[0]) <= 31 and int(groups[1]) <= 12 and len(groups[2]) in (2, 4)
                and len(groups[0]) <= 2)


def labelled_tokens(text: str) -> list[tuple[int, int, str | None]]:
    """Tokens a label names in running text or a field: (start, end, head); head None for a
    weak label."""
    found = []
    for label in _LABEL.finditer(text):
        token = _TOKEN.match(text, label.end())
        if token is None:
            continue
        start, end = _trimmed(text, *token.span())
        head = next((h for h, _w in _STRONG if label.group(h)), None) \
            if label.group("strong") else None
        # A call's number may be a phone's; a crime's or a referral's is the reference.
        named = head is not None and not label.group().lower().startswith("call")
        if _reference_like(text[start:end], named):
            found.append((start, end, head))
    return found + column_tokens(text)


_CELL_SPLIT = re.compile(r"[ ]*(?:\||\t|,)[ ]*")
_HEADER_LABEL = re.compile(rf"^(?:police[ ]+|council[ ]+|our[ ]+)?(?:{'|'.join(w for _h, w in _STRONG)})"
                           rf"(?:[ ]+(?:no\.?|number|ref\.?|reference|id))?$", re.IGNORECASE)


def column_tokens(text: str) -> list[tuple[int, int, str | None]]:
    """Tokens in a table column headed by a label ("Row | Referral | Young person")."""
    found: list[tuple[int, int, str | None]] = []
    columns: dict[int, str] = {}
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        cells = _cells(line, start)
        heads = {i: _header_head(c) for i, (c, _s) in enumerate(cells)}
        if len(cells) > 1 and any(heads.values()):
            columns = {i: h for i, h in heads.items() if h}
            continue
        if len(cells) < 2:
            columns = {} if not line.strip() else columns
            continue
        for index, head in columns.items():
            if index < len(cells):
                cell, cell_at = cells[index]
                if _TOKEN.fullmatch(cell) and _reference_like(cell, head != "INCIDENT"):
                    found.append((cell_at, cell_at + len(cell), head))
    return found


def _cells(line: str, offset: int) -> list[tuple[str, int]]:
    cells, at = [], 0
    for part in _CELL_SPLIT.split(line):
        at = line.index(part, at) if part else at
        cells.append((part.strip(), offset + at + len(part) - len(part.lstrip())))
        at += len(part)
    return cells


def _header_head(cell: str) -> str | None:
    if not _HEADER_LABEL.match(cell.strip()):
        return None
    word = cell.strip().lower()
    return next((head for head, words in _STRONG if re.search(rf"\b(?:{words})\b", word)), None)


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < b and end > a for a, b in taken)


def _known_folds(documents: list[SourceDocument]) -> dict[str, Counter[str]]:
    """Fold -> the keys the declared shapes and earlier passes gave that value, counted."""
    known: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, Counter[str]] = defaultdict(Counter)
    for document in documents:
        for m in document.mentions:
            if m.kind == "reference" and not m.key.startswith("OPERATION/"):
                page = document.pages.get(m.page, ("", ""))[0]
                written = page[m.start:m.end] or m.text
                if (token := _mention_token(written)) is not None:
                    known[fold(token)][m.key] += 1
                    if (bare := _LABEL_LETTERS.sub("", token)) != token:
                        aliases[fold(bare)][m.key] += 1
    for value, found in aliases.items():
        known.setdefault(value, found)
    return known


# A label's letters written as part of the reference ("OB 774/03"): the number alone is it too.
_LABEL_LETTERS = re.compile(r"^(?:OB|CAD|URN|CRN|LOG|INC)[ /\-]?(?=\d)")


_LINE_AFTER_SEPARATOR = re.compile(r"([/\-])[ \t]*\n[ \t]*")


def _mention_token(written: str) -> str | None:
    """The value a declared shape's mention writes, without its label ("OCCURRENCE 97 0009
    0432" is "97 0009 0432")."""
    written = _LINE_AFTER_SEPARATOR.sub(r"\1", written)  # "RV-06-\n47036" is one token
    span = value_span(written)
    if span is None or any(c.isdigit() for c in written[:span[0]] + written[span[1]:]):
        # a number written in words, "0211 of 07.08.2008": no one token of it is the number
        # (its "08.2008" would be found inside every date of that month)
        return None
    return written[span[0]:span[1]]


def value_span(written: str) -> tuple[int, int] | None:
    """Where the value is in a mention's text, without the label written before it in
    capitals or in words ("OCCURRENCE 97 0009 0432", "crime no. | 24153 C 97")."""
    tokens = [t for t in _TOKEN.finditer(written) if _reference_like(t.group(), named=True)]
    if not tokens:
        return None
    last = tokens[-1]
    groups = list(_GROUP.finditer(last.group()))
    while len(groups) > 1 and groups[0].group().isalpha() and len(groups[0].group()) > 4:
        groups = groups[1:]  # a label in capitals
    start = last.start() + groups[0].start()
    # a serial's thousands comma is part of the value: "41,275/08/KQ", not "275/08/KQ"
    if re.fullmatch(r"\d{3}", groups[0].group()) and (lead := _THOUSANDS_LEAD.search(written[:start])):
        start = lead.start()
    return start, last.end()


_THOUSANDS_LEAD = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})*,$")


def _value_keys(documents: list[SourceDocument]) -> dict[str, str]:
    """Fold -> key of every value the collection names with a label: the declared shapes' key
    where they read it, else HEAD/FOLD of its strong label (a four-digit year's form keyed as
    the two-digit form the collection also writes)."""
    known = _known_folds(documents)
    keys = {value: min(found, key=lambda k: (-found[k], k)) for value, found in known.items()}
    heads: dict[str, Counter[str]] = defaultdict(Counter)
    tokens: dict[str, set[str]] = defaultdict(set)
    for document in documents:
        for text, _citation in document.pages.values():
            for start, end, head in labelled_tokens(text):
                if head is not None:
                    heads[fold(text[start:end])][head] += 1
                    tokens[fold(text[start:end])].add(text[start:end])
    order = [head for head, _words in _STRONG]
    for value, found in heads.items():
        if value not in known:  # the label most often naming it ("occurrence" and "crime": crime)
            keys[value] = f"{min(found, key=lambda h: (-found[h], order.index(h)))}/{value}"
    ordered = {key for key in keys.values() if _ORDERED_KEY.fullmatch(key)}
    for value, written in tokens.items():
        if keys.get(value, "").endswith(f"/{value}"):
            short = {keys[s] for t in written for s in year_folds(t) if s in keys and s != value}
            if len(short) == 1:
                keys[value] = short.pop()
            elif (same := _same_parts(written, ordered)) is not None:
                keys[value] = same
    return keys


# A key of letters, a four-digit year and a serial (the built-in and learned layouts' "H4/2011/00937").
_ORDERED_KEY = re.compile(r"[A-Z][A-Z0-9]{0,5}/(?:19|20)\d\d/\d{3,}")
# A token's parts: letters (with the one digit a code such as "H4" ends in), runs of digits.
_PARTS = re.compile(r"[A-Z]+\d(?!\d)|[A-Z]+|\d+")


def _same_parts(written: set[str], ordered: set[str]) -> str | None:
    """The collection's one key of a code, year and serial that a labelled value writes in
    another order ("0937 H4 2011", "11H4/0937" of H4/2011/00937); None when its parts are not
    one code and two numbers, or they make no such key or more than one."""
    found = set()
    for token in written:
        parts = _PARTS.findall(token)
        letters = [p for p in parts if p[0].isalpha()]
        numbers = [p for p in parts if p.isdigit()]
        # a code that ends in a digit ("H4", a quarter's "Q3"): letters alone are the learned
        # layouts' (search.cases.layouts), with their look-alike guards
        if len(letters) != 1 or not letters[0][-1].isdigit() or len(numbers) != 2:
            continue
        for year_text, serial in (numbers, numbers[::-1]):
            year = year_of(year_text) if len(year_text) in (2, 4) else None
            if year is not None and (key := f"{letters[0]}/{year:04d}/{int(serial):05d}") in ordered:
                found.add(key)
    return found.pop() if len(found) == 1 else None


def coded_references(documents: list[SourceDocument]) -> list[SourceDocument]:
    """Documents with every labelled value, and its sightings elsewhere, as reference
    mentions (see the module docstring)."""
    keys = _value_keys(documents)
    if not keys:
        return documents
    return [_with_codes(_one_key_per_value(d, keys), keys) for d in documents]


def _one_key_per_value(document: SourceDocument, keys: dict[str, str]) -> SourceDocument:
    """The declared shapes' mentions of one value under one key, however each form was read
    ("Re 97 0009 0432" and "crime no. 9700090432")."""
    def resolved(m: Mention) -> Mention:
        if m.kind != "reference" or m.key.startswith("OPERATION/"):
            return m
        written = document.pages.get(m.page, ("", ""))[0][m.start:m.end] or m.text
        token = _mention_token(written)
        key = keys.get(fold(token)) if token else None
        # a number under a crime label and the same number under a referral label are two
        return replace(m, key=key) if key and _same_series(m.key, key) else m
    return replace(document, mentions=tuple(resolved(m) for m in document.mentions))


def _key_of(token: str, keys: dict[str, str]) -> str | None:
    if not _reference_like(token, named=True):
        return None
    key = keys.get(fold(token))
    if key is None:
        key = next((keys[short] for short in year_folds(token) if short in keys), None)
    return key


def _with_codes(document: SourceDocument, keys: dict[str, str]) -> SourceDocument:
    """The document with each known value it writes as a mention, where the declared shapes
    read none or read it cut short ("crime no. | 24153" of "24153 C 97")."""
    mentions = list(document.mentions)
    for number, (text, _citation) in document.pages.items():
        for bare in _BARE.finditer(text):
            found = _known_within(text, bare.start(), bare.end(), keys)
            if found is None:
                continue
            start, end, key = found
            inside = [m for m in mentions if m.page == number and m.kind == "reference"
                      and start < m.end and end > m.start]
            if all(_cut_short(text, m, fold(text[start:end])) for m in inside):
                mentions = [m for m in mentions if m not in inside]
                mentions.append(Mention("reference", key, text[start:end], number, start, end))
    return replace(document, mentions=tuple(mentions))


def _same_series(key: str, other: str) -> bool:
    """Whether two keys of one value may be one reference: not when labels named them
    references of two series (a crime number and a referral number of the same digits)."""
    ours, theirs = reference_family(key)[0], reference_family(other)[0]
    weak = key.startswith("REF/") or other.startswith("REF/")
    return weak or ours == theirs or "" in (ours, theirs)


def _cut_short(text: str, mention: Mention, value: str) -> bool:
    """Whether a mention reads only the start of a value ("24153" of "24153 C 97")."""
    token = _mention_token(text[mention.start:mention.end] or mention.text)
    return token is not None and fold(token) != value and value.startswith(fold(token))


def _known_within(text: str, start: int, end: int, keys: dict[str, str]
                  ) -> tuple[int, int, str] | None:
    """The longest run of a token's groups that is a known value ("Minor N 58384C07" holds
    "58384C07")."""
    groups = [(start + g.start(), start + g.end()) for g in _GROUP.finditer(text[start:end])]
    for length in range(len(groups), 0, -1):
        for first in range(len(groups) - length + 1):
            a, b = groups[first][0], groups[first + length - 1][1]
            if (key := _key_of(text[a:b], keys)) is not None:
                return a, b, key
    return None


# (a serial's thousands comma is inside the value: "41,305/07/KQ", not "305/07/KQ")
_BARE = re.compile(rf"(?<![\w/.\-])(?<!\d,)(?:\d{{1,3}}(?:,\d{{3}})+(?![\d,])|[A-Z0-9]+)"
                   rf"(?:(?:[/.\-]|{_DAY_COLON}|[ ](?=[A-Z0-9]))[A-Z0-9]+)*"
                   rf"(?:{YEAR_AFTER}|(?![\w]))")
