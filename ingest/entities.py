"""Stage: entities per page with offsets: spaCy NER (PERSON, ORG, GPE/LOC, DATE), person rules
(``ingest.people``) and pattern entities (``ingest.patterns``), then people linked within the
document ("Mr Stokes" -> "raymond stokes" when the document names one Stokes in full).

The pipeline is loaded once per worker process (``load_nlp``); only the components NER needs run.
spaCy sees paragraphs, in batches (``nlp.pipe``), and a paragraph it has seen before is answered
from ``ingest.nercache``. Grids (a CSV file, a spreadsheet, delimited rows in a page:
``ingest.tables``) get no NER and no person rules: patterns, and the cells of named columns.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ingest.model import Mention, Page
from ingest.nercache import Ent, NerCache, Paragraph, paragraph_key, paragraphs
from ingest.patterns import find_patterns
from ingest.people import (
    NameSpan,
    extend_surname,
    is_forename,
    known_name_spans,
    person_spans,
    speaker_marks,
    trim,
)
from ingest.tables import column_cells, is_grid
from search.entity_kinds.vehicle import vehicle_key
from search.name_kinds import (
    FIRM_WORDS,
    PLACE_WORDS,
    VEHICLE_MAKES,
    VEHICLE_MODELS,
    before_hierarchy,
    header_display_kind,
    name_kind,
    post_before_rank,
)
from search.names import (
    IN_WORD_COLON,
    LATIN_LETTERS,
    entity_display,
    entity_key,
    fold,
    is_initial_form,
    name_parts,
    plausible_person,
)
from search.nicknames import is_nickname
from search.variants import closeness, ocr_skeleton

LABELS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "DATE": "date"}
# Components NER does not read; skipping them is most of the speed-up.
UNUSED_COMPONENTS = ("parser", "lemmatizer", "tagger", "attribute_ruler", "senter")
MAX_PAGE_CHARS = 100_000
# Overlaps resolve by tier, then length: a validated pattern beats spaCy's guess ("1187" as a
# DATE), and a person found by rule beats the organisation spaCy saw in "Denny Carver".
TIER = {"pattern": 2, "person": 1, "other": 0}
PIPE_BATCH = 64  # paragraphs per nlp.pipe batch
SAME_PERSON = ("exact", "phonetic", "nickname", "ocr")
# Where a form's fields meet on one line ("ADEBAYO, Chidi   Reviewer: Ms Tregear",
# "Author: PC 5521 ADEBAYO   Grading: B2"): a wide gap or a tab. A name's words are
# one space apart, so a name ends at such a gap.
FIELD_GAP = re.compile(r"[ \t]*\t[ \t]*| {2,}")


@dataclass(frozen=True)
class LinkedMention(Mention):
    """A mention whose key may have been linked to a fuller name; ``raw_key`` is as written."""

    raw_key: str = ""


@dataclass(frozen=True)
class Candidate:
    kind: str
    start: int
    end: int
    text: str
    tier: int
    key: str = ""
    display: str = ""


@cache
def load_nlp(model: str) -> Language:
    nlp = spacy.load(model, exclude=[c for c in UNUSED_COMPONENTS])
    # An embedding layer no remaining component listens to: en_core_web_sm's NER embeds its own,
    # the shared tok2vec fed only the tagger and parser. Running it anyway costs a third of NER.
    for name in [n for n, pipe in nlp.pipeline if getattr(pipe, "listening_components", None) == []]:
        nlp.remove_pipe(name)
    nlp.max_length = max(nlp.max_length, MAX_PAGE_CHARS + 1)
    return nlp


def _plausible(kind: str, text: str, key: str) -> bool:
    if len(key) < 2 or not any(map(str.isalpha, text)):  # map: no Python frame per character
        return kind == "date" and any(ch.isdigit() for ch in text)
    return plausible_person(text) if kind == "person" else True


def _resolve(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that no better one overlaps: the higher tier first, then the longer, then
    the earlier."""
    if any(c.end <= c.start for c in candidates):  # an empty one: compare each with each
        return _resolve_pairwise(candidates)
    # The chosen spans do not overlap, so ordered by start a candidate can only meet the one
    # before its place and the one at it: two comparisons, not one per span chosen.
    starts: list[int] = []
    chosen: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-c.tier, -(c.end - c.start), c.start)):
        place = bisect.bisect_right(starts, cand.start)
        if ((place and chosen[place - 1].end > cand.start)
                or (place < len(chosen) and chosen[place].start < cand.end)):
            continue
        starts.insert(place, cand.start)
        chosen.insert(place, cand)
    return chosen


def _resolve_pairwise(candidates: list[Candidate]) -> list[Candidate]:
    chosen: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-c.tier, -(c.end - c.start), c.start)):
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def _people(spans: list[NameSpan]) -> list[Candidate]:
    return [Candidate("person", s.start, s.end, s.text, TIER["person"]) for s in spans
            if "\n\n" not in s.text]  # a name does not run across paragraphs


def _page_candidates(text: str, ents: list[Ent], grids: list[tuple[int, int]]) -> list[Candidate]:
    found = [Candidate(p.kind, p.start, p.end, p.text, TIER["pattern"], p.key, p.display)
             for p in find_patterns(text)]
    places = [(start, end) for label, start, end, _n in ents if label in ("GPE", "LOC", "ORG")]
    found += [c for c in _people(person_spans(text, places)) if not _within(c, grids)]
    for start, end in grids:
        found += [Candidate(kind, a, b, text[a:b], TIER["person" if kind == "person" else "other"])
                  for kind, a, b in column_cells(text, start, end)
                  if _plausible(kind, text[a:b], entity_key(kind, text[a:b]))]
    speakers = speaker_marks(text)
    for label, ent_start, ent_end, tokens in ents:
        kind = LABELS[label]
        start, end = _one_line(text, ent_start, ent_end, kind)
        if start in speakers:  # "A. DC Amabel Tonge": the answer's mark is no initial
            start = speakers[start]
            if kind == "person" and len(text[start:end].split()) < 2:
                continue  # "A. Calls": spaCy saw an initial and a surname
        if kind == "person" and tokens == 1:
            end = extend_surname(text, end)
        elif kind == "person":
            kept = trim(text[start:end])
            if kept != text[start:end] and len(kept.split()) < 2:
                continue  # "Harwick Borough" less "Borough": a place, not a surname
            end = start + len(kept)
        if end > start and _plausible(kind, text[start:end], entity_key(kind, text[start:end])):
            tier = TIER["person"] if kind == "person" else TIER["other"]
            found.append(Candidate(kind, start, end, text[start:end], tier))
    return found


def within_field(text: str, candidate: Candidate) -> Candidate:
    """A name, organisation or place cut at the first field gap inside it, and less a last word
    that is the next field's label ("ADEBAYO, Chidi Reviewer: Ms Tregear" once a text
    layer has closed the gap): what follows is never a word of the name."""
    if candidate.tier == TIER["pattern"]:
        return candidate
    kept = candidate.text
    gap = FIELD_GAP.search(kept)
    if gap is not None and gap.start() > 0:
        kept = kept[: gap.start()]
    if candidate.kind == "person":
        kept = before_hierarchy(kept)  # "Ann Ruddock/SAFEG/NORTHSHIRE"
    label = _LAST_WORD.search(kept)
    if (label and label.start() > 0 and _LABEL_AFTER.match(text, candidate.start + len(kept))
            and not _starts_line(text, candidate.start) and not _names_end(label.group())):
        kept = kept[: label.start()].rstrip(" \t,")
    if kept == candidate.text:
        return candidate
    return replace(candidate, end=candidate.start + len(kept), text=kept)


# A given name's initial the recogniser left out of the span ("Y Blir NiêKdăm" read as "Blir
# NiêKdăm"): one capital, then a space, at a line's start, after a label's colon, a quote or an
# angle bracket. "A" and "I" open sentences, "O" an address: never an initial taken so.
_INITIAL_LEFT_OUT = re.compile(r"(?:^|(?<=\n)|(?<=[:\"'<(][ \t])|(?<=[\"'<(]))[ \t]*"
                               r"([B-HJ-NP-Z])[ \t]$")


def with_initial_before(text: str, candidate: Candidate) -> Candidate:
    """A person's or an organisation's span with the lone initial just before it, which the
    recogniser cut, put back: the name written in full is the person's, not its tail."""
    if candidate.kind not in ("person", "org") or candidate.key or candidate.start < 2:
        return candidate
    if not candidate.text[:1].isupper():
        return candidate
    line_start = text.rfind("\n", 0, candidate.start) + 1
    match = _INITIAL_LEFT_OUT.search(text, line_start, candidate.start)
    if match is None or match.end() != candidate.start:
        return candidate
    start = match.start(1)
    return replace(candidate, start=start, text=text[start:candidate.end])


def _names_end(word: str) -> bool:
    """A building's, a street's or an institution's last word ("Ferncliffe House: no contact"):
    the name's own, not the label of a field after it."""
    return fold(word) in PLACE_WORDS or fold(word) in FIRM_WORDS


# A form's label that names a thing ("Bike: Cube Aim", "Device: Galaxy A5", "Make/model:"):
# what follows it on its line is the thing's make or model, which a recogniser reads as a
# person's two capitalised words; vehicles and things are never persons.
_THING_LABEL = re.compile(r"\b(?:vehicle|bike|bicycle|cycle|car|van|motorbike|make|model|make ?/ ?model"
                          r"|device|handset)[ \t]*[:=][ \t]*$", re.IGNORECASE)


# A boat's kind written before its name ("narrowboat Merry Dancer", "the yacht Sea Holly"):
# the name is the boat's, however much it reads as a forename and a surname.
_VESSEL_BEFORE = re.compile(r"\b(?:narrow|house|motor|speed)?[ -]?boat[ \t]+$|\b(?:cruiser|yacht|dinghy"
                            r"|barge|trawler|ketch|sloop|catamaran|vessel|launch|canoe|skiff)[ \t]+$",
                            re.IGNORECASE)


def after_thing_label(text: str, start: int) -> bool:
    """The name at ``start`` follows, on its line, a label that names a thing, or a boat's
    kind just before it."""
    line = text.rfind("\n", 0, start) + 1
    return (_THING_LABEL.search(text, line, start) is not None
            or _VESSEL_BEFORE.search(text, max(line, start - 16), start) is not None)


# A car's model written alone ("the Cavalier was stopped", "the silver Sierra (K482 QDN)"): a
# recogniser reads it as an organisation or a place. It is the car when an article, a possessive
# or a colour stands before it, a registration mark after it, or the document writes it after
# its make. Models that also name firms or places ("the Metro", "Discovery") need the make.
_MODEL_CUE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|black|white|silver|grey|gray|blue|red|green|yellow|"
    r"maroon|burgundy|gold|beige|bronze|brown|purple|orange|dark|light)[ \t]+$", re.IGNORECASE)
_PLATE_AFTER = re.compile(r"[ \t]*\(?[ \t]*([A-Z0-9]{2,4}[ \t]?[A-Z0-9]{3})\b")
MODELS_THAT_NAME_THINGS = frozenset({
    "metro", "discovery", "accord", "omega", "orion", "focus", "partner", "defender", "jazz",
    "ibiza", "leon", "capri", "cooper", "sunny", "cherry", "beetle", "insignia", "transit",
    "escort", "nova", "golf", "polo", "civic", "sprinter", "scenic", "laguna", "espace"})
_AFTER_MAKE = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(m) for m in VEHICLE_MAKES), key=len, reverse=True))
    + r")[ \t]+([A-Za-z]+)", re.IGNORECASE)


def models_after_makes(texts: list[str]) -> frozenset[str]:
    """The models (folded) a document writes after their make ("Ford Sierra" -> "sierra")."""
    return frozenset(fold(m.group(1)) for text in texts for m in _AFTER_MAKE.finditer(text)
                     if fold(m.group(1)) in VEHICLE_MODELS)


def a_model_alone(text: str, candidate: Candidate, made: frozenset[str]) -> bool:
    """The one-word organisation or place at ``candidate`` is a car's model written alone
    (``made``: the models the document writes after their make)."""
    model = fold(candidate.text)
    if candidate.kind not in ("org", "place") or model not in VEHICLE_MODELS:
        return False
    if model in made:
        return True
    return model not in MODELS_THAT_NAME_THINGS and (
        _MODEL_CUE.search(text, max(0, candidate.start - 16), candidate.start) is not None
        or _plate_after(text, candidate.end))


# "Harwick Borough Council's depot": the recogniser may keep the possessive in the name.
_POSSESSIVE = re.compile(r"[’']s$")


def without_possessive(kind: str, written: str) -> str:
    """An organisation or a place without the possessive after its last word, where that word
    is an institution's or a building's ("Council's", "House's"): no such name ends in "'s",
    unlike a firm called after its founder ("Sainsbury's")."""
    if kind not in ("org", "place") or not _POSSESSIVE.search(written):
        return written
    bare = _POSSESSIVE.sub("", written)
    return bare if _names_end(bare.rsplit(None, 1)[-1]) else written


def _plate_after(text: str, at: int) -> bool:
    plate = _PLATE_AFTER.match(text, at)
    return plate is not None and vehicle_key(plate.group(1)) is not None


_LAST_WORD = re.compile(r"(?<=\s)\S+$")
# "Reviewer:", not "10:30"; a label with a number of one or two digits ("Over 18:").
_LABEL_AFTER = re.compile(r"[ \t]?:(?!\d)|[ \t]+\d{1,2}[ \t]*:(?!\d)")


def _starts_line(text: str, start: int) -> bool:
    """A name that opens its line ("Helen Ashworth: I said ..."), a speaker's label: its last
    word before the colon is the name's."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return not _bare(line)


# Spaces of any kind (a no-break space, a carriage return) and quote markers around a line.
_LINE_EDGES = re.compile(r"^[\s>]+|[\s>]+$")


def _bare(line: str) -> str:
    """A line without its quote markers and the spaces around it."""
    return _LINE_EDGES.sub("", line)


def _within(candidate: Candidate, spans: list[tuple[int, int]]) -> bool:
    return any(start <= candidate.start < end for start, end in spans)


def _doc_ents(doc: Doc) -> list[Ent]:
    return [(e.label_, e.start_char, e.end_char, len(e)) for e in doc.ents if e.label_ in LABELS]


# Languages written in the Latin alphabet: a pipeline for one of them reads nothing but noise
# in a paragraph of Hebrew, Arabic or Chinese ("ORG" for a Hebrew sentence), so such a
# paragraph gets patterns only.
LATIN_SCRIPT_LANGUAGES = {"en", "fr", "de", "es", "it", "nl", "pt", "ca", "da", "sv", "nb", "fi",
                          "pl", "ro", "hr", "sl", "lt"}
_LETTER = re.compile(r"[^\W\d_]")
# (the Latin letters of names, and the ordinals' and Vietnamese's)
_LATIN_LETTER = re.compile(f"[{LATIN_LETTERS}ªºḀ-ỿ]")


def in_latin_script(text: str) -> bool:
    """Half of the text's letters or more are Latin ones (a name in another script inside an
    English sentence leaves the sentence English)."""
    if text.isascii():
        return True
    letters = len(_LETTER.findall(text))
    return 2 * len(_LATIN_LETTER.findall(text)) >= letters


def spacy_entities(texts: list[str], nlp: Language, prose: bool = True,
                   cache: NerCache | None = None) -> tuple[list[list[Ent]], list[list[tuple[int, int]]]]:
    """spaCy's entities of each text (page offsets) and its grids' spans, which get none.
    Each paragraph is looked up by its key first; the others go through ``nlp.pipe`` once
    each, in batches, and are remembered."""
    cache = cache if cache is not None else NerCache()
    ents: list[list[Ent]] = [[] for _ in texts]
    grids: list[list[tuple[int, int]]] = [[] for _ in texts]
    wanted: list[tuple[int, Paragraph, bytes]] = []
    latin = nlp.lang in LATIN_SCRIPT_LANGUAGES
    for number, text in enumerate(texts):
        for paragraph in paragraphs(text):
            if not prose or is_grid(paragraph.text):
                grids[number].append((paragraph.origin[0], paragraph.origin[-1] + 1))
            elif not latin or in_latin_script(paragraph.text):
                wanted.append((number, paragraph, paragraph_key(nlp, paragraph.text)))
    known = cache.get_many(dict.fromkeys(key for _n, _p, key in wanted))
    fresh = {key: p.text for _n, p, key in wanted if key not in known}
    found = dict(zip(fresh, map(_doc_ents, nlp.pipe(fresh.values(), batch_size=PIPE_BATCH)),
                     strict=True))
    cache.put_many(found)
    known.update(found)
    words = sum(p.words for _n, p, _k in wanted)
    cache.savings.words += words
    cache.savings.reused += words - sum(len(text.split()) for text in fresh.values())
    for number, paragraph, key in wanted:
        ents[number] += [paragraph.rebase(ent) for ent in known[key]]
    return ents, grids


def _one_line(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    """spaCy runs entities across line breaks ("1991\n\nRaymond Stokes", a signature's
    "Sarah Whitlock\nPublic Protection"): keep the longest line, the most name-like for people."""
    if "\n" not in text[start:end]:
        return start, end
    pieces, offset = [], start
    for line in text[start:end].split("\n"):
        stripped = _bare(line)  # a quoted line's markers are not part of a name
        if stripped:
            begin = offset + line.index(stripped)
            first = stripped.split()[0]
            name_like = kind != "person" or plausible_person(stripped)
            pieces.append((name_like, kind == "person" and is_forename(first), len(stripped), begin))
        offset += len(line) + 1
    if not pieces:
        return start, start
    *_rank, length, begin = max(pieces)
    return begin, begin + length


def _full_names(candidates: list[Candidate]) -> list[str]:
    keys = {entity_key("person", c.text) for c in candidates if c.kind == "person"}
    return sorted(k for k in keys if len(name_parts(k)) >= 2 and not is_initial_form(k))


def _preference(key: str, counts: Counter[str]) -> tuple[int, bool, bool, int]:
    """Most used first, then a clean spelling, then the formal forename ("Raymond", not "Ray")."""
    return counts[key], ocr_skeleton(key) == key, not is_nickname(name_parts(key)[0]), len(key)


def _one_person(keys: list[str], counts: Counter[str]) -> str | None:
    """The key when ``keys`` name one person: a single key, or spellings of one name linked by
    nickname, sound or OCR confusion ("Ray" ~ "Raymond" ~ "Rayrnond"); else None."""
    if not keys:
        return None
    reached, frontier = {keys[0]}, [keys[0]]
    while frontier:
        current = frontier.pop()
        for other in keys:
            if other not in reached and closeness(current, other) in SAME_PERSON:
                reached.add(other)
                frontier.append(other)
    return max(keys, key=lambda k: _preference(k, counts)) if len(reached) == len(keys) else None


def link_within_document(mentions: list[LinkedMention]) -> list[LinkedMention]:
    """A lone surname, title + surname or initials + surname takes the key of the one full
    name in the document it can refer to; when two people share the surname it stays."""
    counts = Counter(m.key for m in mentions if m.kind == "person")
    by_surname: dict[str, set[str]] = defaultdict(set)
    for key in counts:
        parts = name_parts(key)
        if len(parts) >= 2 and not is_initial_form(key):
            by_surname[ocr_skeleton(parts[-1])].add(key)
    linked = []
    for m in mentions:
        parts = name_parts(m.key)
        if m.kind == "person" and (len(parts) == 1 or is_initial_form(m.key)):
            fits = sorted(k for k in by_surname.get(ocr_skeleton(parts[-1]), ())
                          if len(parts) == 1 or k.startswith(parts[0]))
            target = _one_person(fits, counts)
            if target:
                m = LinkedMention(m.kind, m.text, target, m.page, m.start, m.end, m.raw_key)
        linked.append(m)
    return linked


# The recogniser splits a word at a colon between letters ("Wahiá:ke Orrell": "Wahiá" a
# person, "Orrell" a place); the modifier letter colon, which Mohawk spelling also uses, keeps
# the word whole. One character for one: the entities' offsets are the text's.
MODIFIER_COLON = "\ua789"


def for_recogniser(text: str) -> str:
    """``text`` as spaCy reads it: each colon inside a word written as a letter's mark."""
    return IN_WORD_COLON.sub(MODIFIER_COLON, text) if ":" in text else text


def _read_otherwise(text: str, c: Candidate, kind: str, made: frozenset[str]) -> bool:
    """The words around a found name say it is a thing or a post."""
    if kind == "person" and (after_thing_label(text, c.start)
                             or post_before_rank(text, c.end, c.text)):
        return True
    return a_model_alone(text, c, made)


def find_mentions(pages: list[Page], nlp: Language, max_chars: int, prose: bool = True,
                  cache: NerCache | None = None) -> list[Mention]:
    """Entity mentions of every page, offsets relative to that page's text. ``prose=False``:
    the whole file is a grid (ingest.tables.tabular). ``cache``: NER results to reuse."""
    budget = max_chars
    texts: list[tuple[int, str]] = []
    for page in pages:
        if budget <= 0:
            break
        text = page.text[: min(MAX_PAGE_CHARS, budget)]
        budget -= len(text)
        if text.strip():
            texts.append((page.number, text))
    ents, grids = spacy_entities([for_recogniser(text) for _n, text in texts], nlp, prose, cache)
    per_page = [_page_candidates(text, page_ents, page_grids)
                for (_n, text), page_ents, page_grids in zip(texts, ents, grids, strict=True)]
    full = _full_names([c for page in per_page for c in _resolve(page)])
    made = models_after_makes([text for _n, text in texts])
    mentions: list[LinkedMention] = []
    for (number, text), candidates in zip(texts, per_page, strict=True):
        candidates += _people(known_name_spans(text, full))
        for c in _resolve([with_initial_before(text, within_field(text, c)) for c in candidates]):
            if (header_kind := header_display_kind(text, c.start, c.end, c.kind)) is None:
                continue  # "From: NotMatthew <...>": a handle, no organisation
            kind, written = name_kind(header_kind, c.text)  # a vehicle, a heading, a firm
            if kind is None or _read_otherwise(text, c, kind, made):
                continue
            written = without_possessive(kind, written)
            key = c.key or entity_key(kind, written)
            display = c.display or entity_display(kind, written)
            mentions.append(LinkedMention(kind, display, key, number, c.start, c.end, key))
    return list(link_within_document(mentions))
