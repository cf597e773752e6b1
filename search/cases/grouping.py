"""How the register groups references into cases: every reference key is a case, and
references a document states together are one case, joined by union-find over the collection:
one sentence ("CAD 1234 refers; crime number NP/05/1234"), two adjacent sentences tied by
"refers", "relates to" or "see also", and the header block of a form ("Crime No: ... /
Incident: ... / Referral: ..."). No case holds two references of one family
(``reference_family``), so look-alikes (a digit apart, another year, the next incident that
day) stay apart. Pure functions of the documents' sentences (search.cases.case.Unit).
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations, pairwise, permutations

from search.cases.case import Unit
from search.cases.sources import SourceDocument
from search.entity_kinds.reference import DECLARED_HEAD, LABELLED_HEADS, reference_format

# "Label: value", "Label<tab>value" or "Label   value" (a form's columns).
_FORM_LINE = re.compile(r"^\s*[A-Za-z][\w .()'&/#-]{0,40}?(?::|\t| {3,})\s*\S.{0,100}$")
_OTHER_CASE = re.compile(r"^\s*(?:previous|prior|earlier|other|similar|linked|related|see)\b",
                         re.IGNORECASE)
# Words that tie one sentence's references to the next one's: "Log 0456 refers. Crime number
# HC/2003/004512 allocated." and "Referral OBC-03-1187 opened. See also CAD 0456."
_LINKS_ON = re.compile(r"\b(?:refers|relates? to|in relation to)\W*$", re.IGNORECASE)
_LINKS_BACK = re.compile(r"^\W*(?:see also|linked to|links? to|relates? to|refers to|"
                         r"this (?:relates|refers|is linked)|(?:same|this) (?:matter|incident|case) "
                         r"(?:is|was) (?:recorded|logged|crimed) (?:as|under))\b", re.IGNORECASE)


def reference_family(key: str) -> tuple[str, str]:
    """A key's scheme and issuer: a case holds at most one reference of each ("HC/2003/04512"
    and "HC/2003/04513" are two cases, as are two incident logs), so a join that would put two
    of a family into one case is refused."""
    found = reference_format(key)
    scheme = found.scheme if found else ""
    head, _, rest = key.partition("/")
    if head == "CAD":
        return scheme, head
    if head == DECLARED_HEAD:  # the owner's series: another force's number is another family
        return scheme, f"{head}/{rest.partition('/')[0]}"
    if head in LABELLED_HEADS:  # the label's family, and the letters the number carries
        letters = re.match(r"[A-Z]*", rest).group()  # type: ignore[union-attr]
        return scheme, letters if head in ("CRIME", "REFERRAL") else f"{head}/{letters}"
    return scheme, head


# The declared schemes a force issues one of per case: a crime number, an incident number.
_ONE_FORCE_SCHEMES = ("crime", "incident")


def key_families(key: str) -> set[tuple[str, str]]:
    """The families a key counts in (``reference_family``), and, for a declared crime or
    incident number, its scheme whoever issued it: one force records a case, so a join that
    would put two forces' crime numbers (or two forces' incident numbers) into one case is
    refused, whatever other number seemed to tie them (a detention log's number read as an
    incident's in both forces); a force's council's numbers still join its police's."""
    family = reference_family(key)
    scheme, owner = family
    if owner.startswith(f"{DECLARED_HEAD}/") and scheme in _ONE_FORCE_SCHEMES:
        return {family, (scheme, DECLARED_HEAD)}
    if (series := _series(key)) is not None:
        return {family, (scheme, series)}
    return {family}


# A force's or council's letters before the parts that tell its numbers apart: "HCC-A" and
# "HCC-R" (two ratings), "WYB-B" and "WYB-R" (two watches) are numbers of one series.
_SERIES = re.compile(r"(?P<issuer>[A-Z]{2,6})(?:-[A-Z0-9]+)+/(?:19|20)\d\d/\d+")


def _series(key: str) -> str | None:
    """The series of a key whose letters are the issuer's and then a part ("HCC-A/2006/01620"
    is HCC's): one case holds one number of a series, as it holds one number of a family, so
    a list of one council's referrals in one row or sentence ("HCC-A/..., HCC-R/...") stays
    a list of cases; a renumbered case joins its two numbers still."""
    found = _SERIES.fullmatch(key)
    if found is None or found.group("issuer") in (*LABELLED_HEADS, DECLARED_HEAD, "CAD"):
        return None
    return f"SERIES/{found.group('issuer')}"


class Groups:
    """Union-find over reference keys, refusing a union that would hold two references of one
    family (``reference_family``)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.families: dict[str, set[tuple[str, str]]] = {}

    def find(self, key: str) -> str:
        if key not in self.parent:
            self.parent[key] = key
            self.families[key] = key_families(key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def join(self, keys: list[str], renumbered: bool = False) -> None:
        """The keys made one case; ``renumbered``: even two of one family (a case given a new
        number, in the sentence that says so)."""
        for other in keys[1:]:
            a, b = self.find(keys[0]), self.find(other)
            if a == b or (self.families[a] & self.families[b] and not renumbered):
                continue
            root, child = min(a, b), max(a, b)
            self.parent[child] = root
            self.families[root] |= self.families.pop(child)


# A key of letters, a four-digit year and a serial ("ZK-3/2011/40712", "BCX-EHB/2011/00412").
_FULL_KEY = re.compile(r"(?P<letters>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)/(?P<year>(?:19|20)\d\d)/(?P<serial>\d+)")
_NOT_LETTERS = (*LABELLED_HEADS, DECLARED_HEAD, "CAD", "OPERATION")
_DIGIT_RUN = re.compile(r"\d+")


def _identities(key: str) -> set[tuple[str, int, int]]:
    """Who a key of letters, year and serial is, whatever the order and the separators its
    number was written in: its letters run together, and its last group of letters alone ("EHB"
    of "BCX-EHB": a council's number written with and without its body's letters)."""
    found = _FULL_KEY.fullmatch(key)
    if found is None or found.group("letters") in _NOT_LETTERS:
        return set()
    year, serial = int(found.group("year")), int(found.group("serial"))
    groups = found.group("letters").split("-")
    names = {"".join(groups)} | ({groups[-1]} if len(groups) > 1 and groups[-1].isalpha()
                                and len(groups[-1]) >= 2 else set())
    return {(name, year, serial) for name in names}


def _unpadded(text: str) -> str:
    """A key's text with each run of digits written without its leading zeros, as keys are."""
    return _DIGIT_RUN.sub(lambda run: run.group().lstrip("0") or "0", text)


def _glued_as(rest: str, name: str, year: int, serial: int) -> bool:
    """Whether a labelled key's number run together ("40712RV11" of "040712RV11",
    "R20110040712", "ZK34071211") is the letters, year and serial in some order."""
    years = (f"{year % 100:02d}", str(year))
    serials = {str(serial), *(f"{serial:0{width}d}" for width in range(5, 8))}
    wanted = _unpadded(rest)
    return any(_unpadded("".join(order)) == wanted for y in years for number in serials
               for order in permutations((name, y, number)))


def _glued_fits(key: str, by_name_serial: dict[tuple[str, int], list[tuple[int, str]]],
                names: set[str]) -> set[str]:
    """The keys of letters, year and serial that a labelled key run together can be (``names``:
    the letters of every such key, few beside the keys)."""
    head, _, rest = key.partition("/")
    if head not in LABELLED_HEADS or not re.fullmatch(r"[A-Z0-9]{6,20}", rest) \
            or not re.search(r"[A-Z]", rest) or not re.search(r"\d", rest):
        return set()
    names = {name for name in names if name in rest}
    digits = "".join(run for run in _DIGIT_RUN.findall(rest))
    serials = {int(digits[i:j]) for i in range(len(digits)) for j in range(i + 3, len(digits) + 1)}
    return {k for name in names for serial in serials
            for year, k in by_name_serial.get((name, serial), ())
            if _glued_as(rest, name, year, serial)}


def join_written_alike(groups: Groups, keys: set[str]) -> None:
    """Keys that are one number written in other orders or with other separators joined
    first: "ZK-3/2011/40712" and "ZK3/2011/40712", "EHB/2011/00412" and "BCX-EHB/2011/00412",
    a label's key run together ("CRIME/40712RV11") and "RV/2011/40712" (the letters, the year
    and the serial the same; a key run together joins only the one number it can be)."""
    by_identity: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    for key in sorted(keys):
        for found in _identities(key):
            by_identity[found].append(key)
    by_name_serial: dict[tuple[str, int], list[tuple[int, str]]] = defaultdict(list)
    for (name, year, serial), same in by_identity.items():
        by_name_serial[(name, serial)] += [(year, k) for k in same]
        if len(same) > 1:
            groups.join(same, renumbered=True)
    names = {name for name, _serial in by_name_serial}
    for key in sorted(keys):
        fits = _glued_fits(key, by_name_serial, names)
        if fits and len({groups.find(k) for k in fits}) == 1:
            groups.join([key, *sorted(fits)], renumbered=True)


# A key's letters and numbers, apart: "REF/HS/FY/1112/31842" is HS, FY, 1112 and 31842.
_KEY_PART = re.compile(r"[A-Z]+|\d+")
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d")
# At least one number of a key that is a serial, not a year or a division: four digits or more.
_SERIAL_FROM = 1000


def _parts(key: str) -> tuple[frozenset[str], tuple[int, ...]] | None:
    """A key's groups of letters and its numbers (a four-digit year as its last two digits, as
    another form writes it; leading zeros dropped), whatever their order and separators; None
    for a key with no letters, fewer than two numbers or no serial among them, or a declared,
    a CAD or an operation key (read by their own rules)."""
    head, _, rest = key.partition("/")
    if head in (*_NOT_LETTERS, "CAD") and head not in LABELLED_HEADS:
        return None
    body = rest if head in LABELLED_HEADS else key
    parts = _KEY_PART.findall(body)
    letters = frozenset(part for part in parts if part.isalpha())
    numbers = tuple(sorted(int(part) % 100 if _YEAR_WRITTEN.fullmatch(part) else int(part)
                           for part in parts if part.isdigit()))
    if not letters or len(numbers) < 2 or max(numbers) < _SERIAL_FROM:
        return None
    return letters, numbers


def join_same_parts(groups: Groups, keys: set[str]) -> None:
    """Keys that are one number written with its parts in another order, its letters in part:
    the same numbers, and the letters of one all among the other's ("31842 FY11-12" and
    "HS/FY1112/31842", "D3/HSP/031842/2011" and "031842-HSP-11/D3"). Look-alikes stay apart:
    another year, serial or division is another number, another month's letters ("IV", "VI")
    are not among the other's."""
    by_numbers: dict[tuple[int, ...], list[tuple[frozenset[str], str]]] = defaultdict(list)
    for key in sorted(keys):
        if (found := _parts(key)) is not None:
            by_numbers[found[1]].append((found[0], key))
    for same in by_numbers.values():
        for (letters, key), (other_letters, other) in combinations(same, 2):
            if letters <= other_letters or other_letters <= letters:
                groups.join([key, other])


def join_references(units: dict[str, list[Unit]], documents: list[SourceDocument]) -> Groups:
    """The collection's references joined into cases (see the module docstring)."""
    groups = Groups()
    keys = {key for doc_units in units.values() for unit in doc_units for key in unit.refs()}
    join_written_alike(groups, keys)
    join_same_parts(groups, keys)
    for doc_units in units.values():
        for unit in doc_units:
            if unit.refs():
                groups.join(unit.refs(), _renumbered(unit))
        for before, after in pairwise(doc_units):
            if before.refs() and after.refs() and (_LINKS_ON.search(before.sentence.text)
                                                   or _LINKS_BACK.match(after.sentence.text)):
                groups.join(before.refs() + after.refs())
    # A form's header block next: weaker than one sentence, so a sentence's joins come first.
    for document in documents:
        for keys in form_blocks(document):
            groups.join(keys)
    return groups


# A case given a new number, said in one sentence: "re-crimed as 14/2016/0321, replacing
# 14/2005/0977", "new crime number ... (formerly ...)", "superseded by"; one number standing
# for the other ("in place of", "instead of", "in lieu of") is the same substitution.
_RENUMBERED = re.compile(r"\bre-?(?:crimed|numbered|recorded|registered)\b|\bnew (?:crime |reference |"
                         r"occurrence )?(?:number|reference)\b[^.;]{0,40}\b(?:formerly|previously|"
                         r"replac\w+)|\bsupersed(?:ed|es|ing)\b|\breplac(?:es|ed|ing)\b|"
                         r"\b(?:in (?:the )?place|instead|in lieu) of\b|"
                         # "recorded afresh as ...; the old number ... is the same matter"
                         r"\b(?:recorded|registered|crimed) (?:afresh|anew)\b|\bthe old (?:crime )?"
                         r"(?:number|reference)\b|\b(?:is|are|was) the same (?:matter|case|crime|"
                         r"investigation)\b", re.IGNORECASE)


def _renumbered(unit: Unit) -> bool:
    """A sentence that says its two numbers of one series are one case renumbered."""
    numbers = {key for key in unit.refs() if not key.startswith("OPERATION/")}
    return len(numbers) == 2 and bool(_RENUMBERED.search(unit.sentence.text))


def form_blocks(document: SourceDocument) -> list[list[str]]:
    """The references of each header block of a form: consecutive "Label: value" lines (or
    lines that are a reference alone), as in "Crime No: ... / Incident: ... / Referral: ...".
    A line labelled as another case ("Previous", "Linked", "Other") is not in the block."""
    found = []
    for number, (text, _citation) in sorted(document.pages.items()):
        refs = sorted((m.start, m.key) for m in document.mentions
                      if m.page == number and m.kind == "reference")
        block: list[str] = []
        at, blank = 0, False
        for line in [*text.split("\n"), "", ""]:
            start, at = at, at + len(line) + 1
            keys = [k for s, k in refs if start <= s < start + len(line)]
            if not line.strip() and not blank:
                blank = True  # one blank line between a form's fields does not end the block
                continue
            if (_FORM_LINE.match(line) or _reference_alone(line, keys)) \
                    and not _OTHER_CASE.match(line):
                block, blank = block + keys, False
                continue
            if len(block) > 1 and _one_case(block):
                found.append(block)
            block, blank = [], False
    return found


def _one_case(block: list[str]) -> bool:
    """Whether a block of references reads as one case's header: one number of each scheme
    (crime, incident, referral). Two crime numbers, one a line, are a list of cases (a review's
    "Cases reopened: - 27/31836/09 - 14/21687/07"), which joins nothing."""
    schemes = [reference_family(key)[0] for key in set(block)]
    return len(schemes) == len(set(schemes))


def _reference_alone(line: str, keys: list[str]) -> bool:
    """A line that is one labelled reference and nothing else ("URN 14JA0123404"), not a short
    sentence ("Crime 12345/04 was filed.")."""
    return len(keys) == 1 and len(line.split()) <= 5 and not line.rstrip().endswith(".")
