"""The attacker's probes of issue 12, generalised, and the routes they are replayed through.

Every probe is built from a name by its shape alone (positions, lengths, first letters), so the
same builder applied to a protected name and to its control gives twin probes: an uncleared
reader must not be able to tell one answer from the other. A probe is "coarse" when it may match
other words of the filler (one-letter prefixes and masks): its twin's answer then marks other
words, so only statuses, counts, documents and the number of marks are compared.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from tests.security.attack_corpus import DOMAIN

# A Latin letter with a diacritic for each ASCII letter (OpenSearch's asciifolding folds each
# back; NFKD leaves ø, ł, đ, ħ, ŧ alone, which is what issue 12's probe 4 exploits).
DIACRITIC = dict(zip("abcdefghijklmnopqrstuvwxyz", "åƀçđéƒğħïĵķłṁñøṕʠřśŧüṽŵẋýž", strict=True))
# A sound-alike for each first letter ("Fowkes" for "Vowkes"), as a misspeller would write.
SOUNDS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ebkteveaijclnmupkrztovvksz", strict=True))
# The letters whose folding is learnt from the API itself (learn_folding): Latin-1 Supplement,
# Latin Extended-A and B, IPA extensions and Latin Extended Additional.
FOLDED_LETTERS = "".join(c for c in map(chr, [*range(0xC0, 0x2B0), *range(0x1E00, 0x1F00)])
                         if c.isalpha())
# What the API does to each of those letters when it echoes a typed name (filled once per session
# by learn_folding, from the answers for a control name): an echo folded the API's way is still
# only what the user typed.
API_FOLDING: dict[str, str] = {}


@dataclass(frozen=True)
class Probe:
    label: str  # what the attacker tries, the same for both twins
    text: str
    coarse: bool = False
    name_like: bool = True  # a name, not a query with fields (for name routes)


def _with(word: str, index: int, letter: str) -> str:
    return word[:index] + letter + word[index + 1:]


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def prefixes(word: str) -> list[Probe]:
    return [Probe(f"prefix {n}", word[:n] + "*", coarse=n == 1) for n in range(1, len(word) + 1)]


def masks_and_inner_wildcards(word: str) -> list[Probe]:
    rest = len(word)
    return [Probe("mask 1", _cap(word[0]) + "?" * (rest - 1), coarse=True),
            Probe("mask 2", _cap(word[:2]) + "?" * (rest - 2)),
            Probe("mask 3", word[:3] + "?" * (rest - 3)),
            Probe("first*last", _cap(word[0]) + "*" + word[-1], coarse=True),
            Probe("two*last", word[:2] + "*" + word[-1]),
            Probe("inner ?", _with(word, 3, "?")),
            Probe("inner ? 2", _with(word, 1, "?")),
            Probe("inner *", word[:4] + "*" + word[-1]),
            Probe("leading *", "*" + word[1:], name_like=False)]


def fuzzy(word: str) -> list[Probe]:
    slip = _with(word, len(word) - 1, "z")
    return [Probe("fuzzy", word + "~"), Probe("fuzzy 1", word + "~1"),
            Probe("fuzzy 2", word + "~2"), Probe("slip fuzzy 1", slip + "~1"),
            Probe("slip fuzzy 2", _with(slip, 1, "q") + "~2"),
            Probe("dropped fuzzy", word[:2] + word[3:] + "~")]


def misspellings(word: str) -> list[Probe]:
    cap = _cap(word)
    found = [Probe(f"drop {i}", cap[:i] + cap[i + 1:]) for i in range(1, len(word))]
    found += [Probe("doubled", cap[:3] + cap[2:]), Probe("a inserted", cap[:2] + "a" + cap[2:]),
              Probe("swapped", cap[:2] + cap[3] + cap[2] + cap[4:]),
              Probe("sound", SOUNDS[word[0]].upper() + cap[1:]), Probe("suffix h", cap + "h"),
              Probe("slip", _with(cap, len(word) - 1, "z"))]
    return found


def folded(word: str) -> list[Probe]:
    cap = _cap(word)
    found = [Probe(f"diacritic {i}", _with(cap, i, DIACRITIC[word[i]])) for i in range(len(word))]
    if "ss" in word:
        found.append(Probe("eszett", cap.replace("ss", "ß")))
    found.append(Probe("upper diacritic", _with(word.upper(), 1, DIACRITIC[word[1]].upper())))
    return found


def whole_name(name: str) -> list[Probe]:
    first, last = name.split()
    f, s = first.lower(), last.lower()
    sound = SOUNDS[s[0]].upper() + last[1:]
    stoaked = last[:2] + "a" + last[2:]
    names = [("full", name), ("upper", name.upper()), ("phrase", f'"{name}"'),
             ("surname first", f"{last}, {first}"), ("SURNAME first", f"{last.upper()}, {first}"),
             ("initial.", f"{first[0]}. {last}"), ("initial", f"{first[0]} {last}"),
             ("title", f"Mr {last}"), ("sound", f"{first} {sound}"),
             ("short misspelt", f"{first[:3]} {stoaked}"),
             ("folded full", f"{_with(first, 1, DIACRITIC[f[1]])} {_with(last, 1, DIACRITIC[s[1]])}")]
    found = [Probe(label, text) for label, text in names]
    persons = [("person surname", last), ("person full", f'"{name}"'),
               ("person initial", f'"{first[0]} {last}"'), ("person initial.", f'"{first[0]}. {last}"'),
               ("person sound", sound), ("person stoaked", stoaked), ("person dropped",
               last[:3] + last[4:]), ("person suffix h", last + "h"),
               ("person short misspelt", f'"{first[:3]} {stoaked}"'),
               ("person folded", _with(last, 1, DIACRITIC[s[1]])),
               ("person sound full", f'"{first} {sound}"')]
    found += [Probe(label, f"person:{text}", name_like=False) for label, text in persons]
    return found + _fields(first, last)


def _fields(first: str, last: str) -> list[Probe]:
    f, s = first.lower(), last.lower()
    fields = [("from initial", f"from:{f[0]}.{s}*"), ("from full", f"from:{f}.{s}*"),
              ("from initials", f"from:{f[0]}.{s[0]}*"), ("to mask", f"to:{f[0]}?{s}*"),
              ("to full mask", f"to:{f}?{s}*"), ("cc", f"cc:{s}*"),
              ("address", f"{f}.{s}@{DOMAIN}"), ("address initial", f"{f[0]}.{s}@{DOMAIN}"),
              ("author first*last", f"author:{first[0]}*{s[-1]}"),
              ("author forename*", f"author:{first}*"), ("author compound", f"author:{f}?{s}"),
              ("author phrase", f'author:"{first} {last}"'), ("title field", f"title:{s}"),
              ("title prefix", f"title:{s[:3]}*"), ("filename", f"filename:{s}*"),
              ("filename inner", f"filename:{s[:3]}*{s[-1]}"), ("custodian", f"custodian:{s}*"),
              ("compound", f"{f}?{s}"), ("compound initial", f"{f[0]}?{s}*"),
              ("compound star", f"{f}*{s}"), ("error after name", f"{first} {last} *x"),
              ("error after surname", f"{last} *x"), ("unbalanced", f"({last} AND"),
              ("150 surnames", " ".join([last] * 150)), ("201 surnames", " ".join([last] * 201)),
              ("150 prefixes", " OR ".join([s[:3] + "*"] * 150))]
    return [Probe(label, text, name_like=False) for label, text in fields]


def probes_of(name: str) -> list[Probe]:
    """Every probe of issue 12 built from this name (protected or control: same labels)."""
    first, last = (w.lower() for w in name.split())
    found: list[Probe] = []
    for role, word in (("forename", first), ("surname", last)):
        for builder in (prefixes, masks_and_inner_wildcards, fuzzy, misspellings, folded):
            found += [Probe(f"{role} {p.label}", p.text, p.coarse, p.name_like)
                      for p in builder(word)]
    return found + whole_name(name)


# Variations left out on every route but the search itself, to keep the suite to minutes: each
# family (prefix, mask, fuzzy, misspelling, diacritic...) keeps members on every route.
SEARCH_ONLY = re.compile(r"(drop [2-9]|diacritic [2-9]|inner \? 2|mask 3|slip fuzzy 2|two\*last"
                         r"|fuzzy 1|doubled|swapped|suffix h|150 prefixes|compound star|cc"
                         r"|author forename|address initial|filename inner|custodian|upper$)")


def twin_probes(protected: str, control: str, every: bool = True) -> list[tuple[Probe, Probe]]:
    """The probes of a protected name paired with its control's (all, or each family's core)."""
    mine, theirs = probes_of(protected), probes_of(control)
    if not every:
        kept = [i for i, p in enumerate(mine) if not SEARCH_ONLY.search(p.label)]
        mine, theirs = [mine[i] for i in kept], [theirs[i] for i in kept]
    assert [p.label for p in mine] == [p.label for p in theirs]
    assert [len(p.text) for p in mine] == [len(p.text) for p in theirs]
    return list(zip(mine, theirs, strict=True))


# ---------------------------------------------------------------- routes


@dataclass(frozen=True)
class Seen:
    status: int
    headers: dict[str, str]
    body: str


@dataclass(frozen=True)
class Target:
    collection: str
    document: str  # a document naming both protected persons


Send = Callable[[object, str, Target], object]


def _csv_of(name: str) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows([["name"], [name]])
    return out.getvalue().encode()


ROUTES: dict[str, tuple[Send, bool]] = {  # route -> (send, takes only name-like probes)
    "search q": (lambda c, q, t: c.get("/api/search", params={"q": q}), False),
    "search filter person": (lambda c, q, t: c.get(
        "/api/search", params={"filter": f"person:{q}"}), True),
    "search dated and sorted": (lambda c, q, t: c.get("/api/search", params={
        "q": q, "date_from": "1990", "date_to": "2005", "sort": "date", "size": 5}), False),
    "document hits": (lambda c, q, t: c.get(f"/api/documents/{t.document}/hits",
                                            params={"q": q}), False),
    "document page": (lambda c, q, t: c.get(f"/api/documents/{t.document}/pages/1",
                                            params={"q": q}), False),
    "entity look-up": (lambda c, q, t: c.get("/api/entities", params={"q": q, "kind": "person"}),
                       True),
    "entity page": (lambda c, q, t: c.get(f"/api/entities/person/{quote(q, safe='')}"), True),
    "entity graph": (lambda c, q, t: c.get(f"/api/entities/person/{quote(q, safe='')}/graph",
                                           params={"format": "json"}), True),
    "graph q": (lambda c, q, t: c.get("/api/graph", params={"q": q}), False),
    "batch json": (lambda c, q, t: c.post("/api/batch-search", json={"names": [q]}), True),
    "batch csv": (lambda c, q, t: c.post("/api/batch-search", content=_csv_of(q),
                                         headers={"Content-Type": "text/csv"}), True),
    "batch multipart": (lambda c, q, t: c.post(
        "/api/batch-search", files={"file": ("names.csv", _csv_of(q), "text/csv")}), True),
    "export csv": (lambda c, q, t: c.get("/api/export", params={"q": q, "format": "csv"}), False),
    "export json": (lambda c, q, t: c.get("/api/export", params={"q": q, "format": "json"}),
                    False),
    "cases of a person": (lambda c, q, t: c.get(f"/api/cases/people/{quote(q, safe='')}"),
                          True),
    "chronology q": (lambda c, q, t: c.get("/api/chronology", params={"q": q}), False),
    "chronology person": (lambda c, q, t: c.get("/api/chronology",
                                                params={"person": f"person:{q}"}), True),
}
# The route of the table (method, path) each probe goes through.
ROUTE_OF = {
    "search q": ("GET", "/api/search"), "search filter person": ("GET", "/api/search"),
    "search dated and sorted": ("GET", "/api/search"),
    "document hits": ("GET", "/api/documents/{doc_id}/hits"),
    "document page": ("GET", "/api/documents/{doc_id}/pages/{number}"),
    "entity look-up": ("GET", "/api/entities"),
    "entity page": ("GET", "/api/entities/{kind}/{key:path}"),
    "entity graph": ("GET", "/api/entities/{kind}/{key:path}/graph"),
    "graph q": ("GET", "/api/graph"), "batch json": ("POST", "/api/batch-search"),
    "batch csv": ("POST", "/api/batch-search"), "batch multipart": ("POST", "/api/batch-search"),
    "export csv": ("GET", "/api/export"), "export json": ("GET", "/api/export"),
    "cases of a person": ("GET", "/api/cases/people/{key:path}"),
    "chronology q": ("GET", "/api/chronology"), "chronology person": ("GET", "/api/chronology"),
}
KEPT_HEADERS = ("content-type", "content-disposition", "retry-after", "location")


def send(route: str, client: object, probe: Probe, target: Target) -> Seen:
    response = ROUTES[route][0](client, probe.text, target)
    headers = {k: v for k, v in response.headers.items() if k.lower() in KEPT_HEADERS}
    return Seen(response.status_code, headers, response.text)


# ---------------------------------------------------------------- comparing and scanning

VOLATILE_KEYS = {"took_ms", "request_id", "id", "created_at", "last_run", "last_run_at",
                 "updated_at", "at", "time", "timestamp", "next", "pit"}
MARKS = re.compile(r"<mark>.*?</mark>", re.S)
# The time of day in a download's name ("docket-export-20261203-145715.csv"): a timing, not a name.
STAMP = re.compile(r"\d{8}-\d{6}")


def learn_folding(client: object) -> None:
    """Ask the API how it folds each letter of FOLDED_LETTERS, by batch-searching a control name
    ("Od?tte") with the letter in it and reading the key it answers (the letter's fold sits
    between "od" and "tte"). Learnt from the answers, never from the code."""
    names = [f"Od{letter}tte" for letter in FOLDED_LETTERS]
    for start in range(0, len(names), 100):
        answer = client.post("/api/batch-search", json={"names": names[start:start + 100]})
        assert answer.status_code == 200, answer.text[:300]
        for letter, row in zip(FOLDED_LETTERS[start:start + 100], answer.json()["results"],
                               strict=True):
            key = row["key"]
            if key.startswith("od") and key.endswith("tte"):
                API_FOLDING[letter] = key[2:-3]


def fold(text: str) -> str:
    """Folded as the API folds a typed name (API_FOLDING); other letters case-folded, with their
    accents stripped."""
    folded = "".join(API_FOLDING.get(ch, ch) for ch in text)
    stripped = "".join(ch for ch in unicodedata.normalize("NFKD", folded)
                       if not unicodedata.combining(ch))
    return stripped.replace("ß", "ss").casefold()


def echoes(typed: str) -> list[str]:
    """The forms in which a server may legitimately echo what the user typed, longest first."""
    forms = {typed, typed.lower(), fold(typed), " ".join(re.findall(r"[^\W_]+", fold(typed)))}
    forms |= {t for form in list(forms) for t in re.findall(r"[^\W_]{3,}", form)}
    return sorted((f for f in forms if f), key=len, reverse=True)


def mask(text: str, typed: list[str]) -> str:
    """What was typed, in each of its echoes, replaced by <PROBE>. A word of one or two letters
    ("id" of "id*") is masked only as a whole value: inside a text it would mask field names
    such as the "id" column of a CSV export."""
    for probe in typed:
        for form in echoes(probe):
            if len(form) <= 2 and form.isalnum():
                text = "<PROBE>" if text.lower() == form.lower() else text
                continue
            pattern = re.escape(form)
            if re.fullmatch(r"\w+", form):
                pattern = rf"(?<![^\W_]){pattern}(?![^\W_])"
            text = re.sub(pattern, "<PROBE>", text, flags=re.I)
    return text


def _walk(value: object, typed: list[str], coarse: bool) -> object:
    if isinstance(value, dict):
        return {k: "<volatile>" if k in VOLATILE_KEYS else _walk(v, typed, coarse)
                for k, v in value.items()}
    if isinstance(value, list):
        return [_walk(v, typed, coarse) for v in value]
    if isinstance(value, str):
        if coarse and "<mark>" in value:
            return f"<text with {len(MARKS.findall(value))} marks>"
        return mask(value, typed)
    return value


def comparable(seen: Seen, typed: list[str], coarse: bool = False) -> tuple:
    """What must be the same for a protected probe and its control's."""
    try:
        body: object = _walk(json.loads(seen.body), typed, coarse)
    except ValueError:
        body = mask(seen.body, typed)
        if coarse:
            body = MARKS.sub("<mark/>", body)
    headers = {k: STAMP.sub("<stamp>", mask(v, typed)) for k, v in seen.headers.items()}
    return seen.status, headers, body


def leaks(text: str, forbidden: list[str]) -> list[str]:
    folded = fold(text)
    return [fragment for fragment in forbidden if fragment in folded]


def forbidden_fragments(protected_names: list[str]) -> list[str]:
    """Each word of each protected name, each 4+ letter piece of each surname, and placeholders."""
    found = ["docketprotected", "protectedname", "namevoid"]
    for name in protected_names:
        words = fold(name).split()
        found += words
        surname = words[-1]
        found += [surname[i:j] for i in range(len(surname))
                  for j in range(i + 4, len(surname) + 1)]
    return sorted(set(found))


def told_apart(label: str, mine: str, mine_status: int, left: object, theirs: str,
               their_status: int, right: object) -> str:
    """How two answers that should not differ do: each probe's text and status, and each
    answer around the first character where they part."""
    left_text, right_text = repr(left), repr(right)
    at = next((i for i, (a, b) in enumerate(zip(left_text, right_text, strict=False)) if a != b),
              min(len(left_text), len(right_text)))
    return (f"{label}: {mine!r} -> {mine_status} ...{left_text[max(0, at - 80):at + 120]!r}  vs  "
            f"{theirs!r} -> {their_status} ...{right_text[max(0, at - 80):at + 120]!r}")
