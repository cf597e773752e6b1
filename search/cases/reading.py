"""How the register reads a document's sentences into its cases: a sentence that cites no
reference speaks of the case last cited before it in the document (or, before any, of the
first one the document cites; a case cited in passing, "see also" or in brackets, does not
count): that is how an outcome, a date or a role in a statement is given to its case. Per
sentence: the outcome and the dates it states (search.cases.rules), the people and their roles,
the vehicles, phones and addresses (search.cases.items).

Outcome order: the date the text states (the sentence's, else the document's "Date:" line),
then position: a later outcome supersedes an earlier one's (an NFA, then "re-opened": open),
whatever order the files come in.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from search.cases.case import Case, Citation, Unit
from search.cases.dates import date_grammar
from search.cases.grouping import Groups
from search.cases.items import STREET_TYPES, addresses, cued_marks
from search.cases.people import (
    CLOSING_GUILLEMETS,
    DESCRIPTION,
    NOTE_PARTS,
    OPENING_GUILLEMETS,
    WrittenName,
    record_names,
)
from search.cases.roles import CLEARED
from search.cases.rules import (
    DATE,
    OutcomeRule,
    RoleRule,
    Sentence,
    closed_date,
    dates_in,
    event_dates,
    month_first,
    outcome_of,
    reason_of,
    reported_date,
    role_of_code,
    role_of_field,
    role_of_name,
    stated_closure,
    writes_month_first,
)
from search.cases.sources import Mention, SourceDocument
from search.cases.vocabulary import CLOSING

# The entity kinds that are items (a postcode alone is not an address: search.cases.items).
ITEM_KINDS = {"vehicle": "vehicle", "phone": "phone"}
SENTENCE_CHARS = 400
_COMPLAINT = re.compile(r"\b(?:complain|alleg|disclos|report(?:ed|s)? (?:that|of|to)|reported|"
                        # a report in other words: "the family warned officers that ...",
                        # "she alerted the police", "concerns were raised"
                        r"(?:warned|alerted|told|informed|notified) (?:the )?(?:police|officers|council)\b|"
                        r"concerns? (?:was |were |had been |have been )?raised)",
                        re.IGNORECASE)


def read_document(units: list[Unit], groups: Groups, cases: dict[str, Case]) -> None:
    first = next((u.refs() for u in units if u.refs()), None)
    if first is None:
        return
    document = units[0].document
    pages = document.pages.values()
    with month_first(document.month_first or writes_month_first(text for text, _citation in pages)):
        _read_units(units, groups, cases, first)


def _read_units(units: list[Unit], groups: Groups, cases: dict[str, Case], first: list[str]) -> None:
    current = {groups.find(k) for k in first}
    latest, floors, followed = _narrated(units), _rows_in_order(units), _followed(units)
    for position, unit in enumerate(units):
        refs = unit.refs()
        cited = {groups.find(k) for k in refs}
        if refs:
            # A case cited in passing ("see also", "previous", in brackets) is read in this
            # sentence, but the sentences after it still speak of the document's own case.
            own = {groups.find(m.key) for m in unit.mentions
                   if m.kind == "reference" and not _in_passing(unit, m)}
            current = own or current
        cite = unit.cite()
        before = units[position - 1].sentence.text if position else ""
        for root in cited or current:
            _read_sentence(cases[root], unit, cite, (position, latest[position], before,
                                                     floors[position], followed[position]),
                           bool(refs))


_PASSING = re.compile(r"(?:\bsee(?: also)?|\bprevious(?:ly)?|\bprior|\bearlier|\blinked|\brelated|"
                      r"\bsimilar|\bcf\.?|\bseparate(?:ly)?|\bother)\W*(?:\w+\W+){0,3}$"
                      # a bracket still open at the reference: "Decision 1 (Operation Gules):
                      # reinvestigate X" closed it before X, which is the sentence's own
                      r"|\((?:[^\w()]*\w+){0,3}[^\w()]*$",
                      re.IGNORECASE)


def _in_passing(unit: Unit, mention: Mention) -> bool:
    """Whether a sentence cites a reference as an aside: words like "see also" or "previous",
    or a bracket, just before it."""
    raw = unit.document.pages[unit.page][0]
    return bool(_PASSING.search(raw[max(unit.sentence.start, mention.start - 40) : mention.start]))


def _narrated(units: list[Unit]) -> list[date]:
    """For each sentence of a document that states no date, the latest it can have happened:
    the earliest date of an outcome the document states after it (a review's "Cases reopened:"
    heading comes before the dated charge that followed the reopening); no limit otherwise.
    Applied to a reopening only: a form's undated "Outcome:" field is its conclusion."""
    own = _document_day(units[0].document) if units else None
    return [date.max if any(own is None or d <= own for d, _at in dates_in(unit.sentence.text))
            else limit for unit, limit in zip(units, _followed(units), strict=True)]


def _followed(units: list[Unit]) -> list[date]:
    """For each sentence, the earliest date of an outcome the document states after it (the
    latest day a reopening with no day of its own can have happened: a report dated in its
    heading tells of the reopening, then of the result, whatever their days); ``date.max``
    when none follows."""
    own = _document_day(units[0].document) if units else None
    limits, limit = [], date.max
    for unit in reversed(units):
        limits.append(limit)
        stated = [d for d, _at in dates_in(unit.sentence.text) if own is None or d <= own]
        if stated and outcome_of(unit.sentence.text) is not None:
            limit = min(limit, max(stated))
    return limits[::-1]


def _rows_in_order(units: list[Unit]) -> list[date]:
    """For each row of a table (a sentence of tab-separated cells) the latest date of the rows
    above it in the document: a log's rows are written in the order things happened, so a row
    below another is not earlier whatever its date cell says (a closure dated the day of the
    report, below the allocation of the days after). ``date.min`` for the rest."""
    floors, floor = [], date.min
    for unit in units:
        if "\t" not in unit.sentence.text:
            floors.append(date.min)
            continue
        floors.append(floor)
        stated = [d for d, _at in dates_in(unit.sentence.text)]
        floor = max([floor, *stated])
    return floors


def _read_sentence(case: Case, unit: Unit, cite: Citation,
                   at: tuple[int, date, str, date, date], cites: bool) -> None:
    """One sentence read into a case; ``at``: its position in the document, the latest it can
    have happened (``_narrated``), the sentence before it (whose NFA a "Reason: ..."
    sentence completes, dated as that one), the earliest it can have happened
    (``_rows_in_order``) and the earliest outcome the document states after it
    (``_followed``)."""
    document, text = unit.document, unit.sentence.text
    if cites:
        case.documents[document.doc_id] = document
        case.pages[document.doc_id].add(unit.page)
        case.citations.append(cite)
    position, latest, before, floor, followed = at
    found = outcome_of(text)
    when = max(_when(text, document), floor)
    if found is None and before and (found := reason_of(text, outcome_of(before), before)):
        when = _when(before, document)
    if found is not None and found.outcome == "open" and (later := _after_reopening(text, found)):
        found, when = later  # a table's rows in one sentence: the decision after the reopening
    elif found is not None and found.outcome == "open":
        # a reopening happened on the day written with it ("reopened 13.03.2015"), and before
        # what followed it
        when = min(_day_at(text, found.at) or min(when, followed), latest)
    order = (when, document.control, unit.page, position)
    if found is not None:
        case.outcomes.append((order, found.outcome, found.reason, cite))
        if found.outcome in CLOSING and (when := closed_date(text) or _only_date(text)):
            case.closed.append((when, cite))
    elif (when := stated_closure(text)) is not None:
        case.closed.append((when, cite))
    if (reported := reported_date(text)) is not None:
        case.reported.append((reported, cite))
    if _COMPLAINT.search(text):
        case.complaints.append(cite)
    _read_people(case, unit, cite)
    if before:
        _read_pronoun(case, unit, cite, before)
    for mention in unit.mentions:
        if mention.kind in ITEM_KINDS:
            item = (ITEM_KINDS[mention.kind], mention.key)
            case.items[item].append(cite)
            case.item_text.setdefault(item, mention.text)
    for start, end, key in unread_marks(text, unit.mentions):
        case.items[("vehicle", key)].append(cite)
        case.item_text.setdefault(("vehicle", key), text[start:end])
    for _start, _end, key, written in addresses(text):
        case.items[("address", key)].append(cite)
        case.item_text.setdefault(("address", key), written)


def unread_marks(text: str, mentions: tuple[Mention, ...]) -> list[tuple[int, int, str]]:
    """The vehicle marks a text introduces (``search.cases.items.cued_marks``) that no vehicle
    mention already holds."""
    known = {m.key for m in mentions if m.kind == "vehicle"}
    return [(start, end, key) for start, end, key in cued_marks(text) if key not in known]


def _after_reopening(text: str, reopened: OutcomeRule) -> tuple[OutcomeRule, date] | None:
    """The decision a sentence states after its reopening, dated after the reopening's day
    ("reopened 2016-07-04 | ... | finalised on 2016-11-13: NFA - public interest"), with its
    day; None when none is (an NFA mentioned after a reopening, of an earlier day, is the one
    reopened: "re-opened on 3.5.2015 after the NFA of 2005")."""
    opened = _day_at(text, reopened.at)
    rest = " ".join(text.split())[reopened.at:]
    cut = re.search(r"\bre-?open\w*|\bre-?investigat\w*", rest, re.IGNORECASE)
    rest = rest[cut.end():] if cut else rest
    later = outcome_of(rest)
    if opened is None or later is None or later.outcome == "open":
        return None
    stated = [d for d, _at in dates_in(rest[max(0, later.at - 40):later.at + 60])]
    day = max(stated) if stated else None
    return (later, day) if day is not None and day > opened else None


def _day_at(text: str, at: int) -> date | None:
    """The date written just after the words that say an outcome (offset ``at`` in the
    sentence with its spaces folded)."""
    dated = dates_in(" ".join(text.split())[at:at + 40])
    return dated[0][0] if dated else None


def _when(text: str, document: SourceDocument) -> date:
    """When a sentence's outcome was recorded: the latest date the sentence states (not after
    the document's own), else the document's date; files come in any order, so the text's
    dates, not the file order, say which outcome is the latest."""
    own = _document_day(document)
    stated = [d for d, at in dates_in(text) if own is None or d <= own or _heads_entry(text, at)]
    if stated:
        return max(stated)
    if own is not None:
        return own
    opening = dates_in(document.pages[min(document.pages)][0][:300]) if document.pages else []
    return opening[0][0] if opening else date.min


# What parts a log entry's own day from the entry: "entry Mar 12th, 2009: ...", "ISVA LIAISON
# Wed, 17 Nov 2004 >> ...", "Entry 12/03/2008 - ...".
_ENTRY_SEPARATOR = re.compile(r"\s*(?::|>>|[-\u2013\u2014](?=\s))")


def _heads_entry(text: str, at: int) -> bool:
    """Whether the date at ``at`` heads its sentence as the day of a log entry: within the
    entry's label, before the entry's first colon, and followed by a separator. A crime file's
    entries run on after the day the file was recorded, so such a day counts even when it is
    later than the document's; a later day elsewhere in a sentence is more often one looked
    forward to ("to be reviewed on ...")."""
    if at > 60 or ":" in text[:at]:
        return False
    found = DATE.match(re.sub(r"\s", " ", text), at)
    return found is not None and _ENTRY_SEPARATOR.match(text, found.end()) is not None


_DATED = re.compile(r"^\s*(?:date|dated|date of (?:meeting|report|document|entry)|sent)\s*:?\s*",
                    re.IGNORECASE | re.MULTILINE)


def _document_day(document: SourceDocument) -> date | None:
    """A document's date: a "Date:" line on its first page, else its recorded date (the first
    date its opening states is only a fallback: it is often the report's, not the document's).
    A recorded date before every date the first page states, or the first of several it
    states, is not the document's (a file's metadata set to a default, or taken from the
    text's first date): a document is written after what it reports."""
    if not document.pages:
        return document.date
    return _first_page_day(document.pages[min(document.pages)][0], document.date)


# Asked for every sentence of the document: the first page is read for it once.
@lru_cache(maxsize=4096)
def _first_page_day(first: str, recorded: date | None) -> date | None:
    for label in _DATED.finditer(first):
        dated = dates_in(first[label.end():label.end() + 40])
        if dated and dated[0][1] == 0:
            return dated[0][0]
    stated = [d for d, _at in dates_in(first)]
    if recorded is not None and stated and recorded <= min(stated) and recorded != max(stated):
        # Before every date the page states, or the first of them (the date the text gave
        # the file, a report's day, not the day it was written): not the document's day.
        return None
    return recorded


def _only_date(text: str) -> date | None:
    """The one day a sentence states (a log's row may write it twice: its date cell and its
    entry), else None."""
    days = {d for d, _at in event_dates(text)}
    return days.pop() if len(days) == 1 else None


def _role_in_form(page: str, mention: Mention) -> RoleRule | None:
    """The role a form gives the person its "Name:" line names (``role_of_field``)."""
    line_start = page.rfind("\n", 0, mention.start) + 1
    line_end = page.find("\n", mention.end)
    line_end = len(page) if line_end < 0 else line_end
    before = [line for line in page[:line_start].split("\n") if line.strip()]
    after = [line for line in page[line_end:].split("\n") if line.strip()]
    return role_of_field(before[-8:], page[line_start:line_end], after[:2])


def _people(unit: Unit, at: int) -> list[tuple[Mention, bool]]:
    """A sentence's people: its anonymised codes and person mentions, a mention that a name
    written in a record style overlaps ("Suspect Ramsden" in "Suspect RAMSDEN Saleem") read
    as that name, and the record-style names no mention covers (``search.cases.people``),
    each with whether it is such an addition (kept only as a suspect: a role's words beside a
    capitalised pair are the evidence it is a name)."""
    written = record_names(unit.sentence.text)
    used: set[WrittenName] = set()
    found: list[tuple[Mention, bool]] = []
    for mention in unit.mentions:
        if mention.kind == "person":
            name = next((n for n in written if n.start < mention.end - at
                         and mention.start - at < n.end), None)
            if name is not None:
                used.add(name)
                mention = Mention("person", name.key, name.display, mention.page,
                                  name.start + at, name.end + at)
        if mention.kind in ("person", "anonymised"):
            found.append((mention, False))
    found += [(Mention("person", n.key, n.display, unit.page, n.start + at, n.end + at), True)
              for n in written if n not in used]
    return [(mention, added) for mention, added in found
            if not _street(unit.sentence.text, mention.start - at, mention.text)
            and not _birthplace(unit.sentence.text, mention.start - at)
            and not _ADVERB.fullmatch(mention.text.strip())
            and not _in_guillemets(unit.sentence.text, mention.start - at, mention.text)
            and not _DOUBLE_COLON_NOTE.search(unit.sentence.text[:max(mention.start - at, 0)][-40:])
            and not _field_label(unit, mention)]


# One word in capitals right before a colon: a record's field label ("DETAIL: X", "RATIONALE:
# ..."), which a language model may take for a name.
_CAPITALS_LABEL = re.compile(r"[A-Z]{3,}")


def _field_label(unit: Unit, mention: Mention) -> bool:
    """Whether a one-word person mention is a field's label: written in capitals, a colon right
    after it, and no longer name of its document holds the word (a surname a transcript puts
    before its speaker's words, "HOLT: No comment.", is a name the document writes whole)."""
    page = unit.document.pages.get(mention.page, ("", ""))[0]
    written = page[mention.start:mention.end]  # as the page writes it (the mention's text may not)
    if not _CAPITALS_LABEL.fullmatch(written) or page[mention.end:mention.end + 1] != ":":
        return False
    word = written.lower()
    return not any(m.kind == "person" and len(m.key.split()) > 1 and word in m.key.lower().split()
                   for m in unit.document.mentions)


# A note after a double colon, up to a capitalised word ("X :: accent East African"): that
# word is the note's (a place, a language), no one's name.
_DOUBLE_COLON_NOTE = re.compile(r"\S\s*::\s*[a-z][a-z ]{0,20}$")


def _in_guillemets(sentence: str, start: int, written: str) -> bool:
    """Whether a one-word person mention is inside a note in guillemets after a name ("X
    «Cornish speaker»"): the note's word (a language, a place), no one's name."""
    if len(written.split()) > 1 or not 0 <= start <= len(sentence):
        return False
    before = sentence[:start]
    opened = max(before.rfind(mark) for mark in OPENING_GUILLEMETS)
    return opened >= 0 and max(before.rfind(mark) for mark in CLOSING_GUILLEMETS) < opened


# One word with an adverb's ending, which a language model may take for a name when a log
# writes it in capitals ("suspect INTERVIEWED VOLUNTARILY >> ..."): no one is named that.
_ADVERB = re.compile(r"[A-Za-z]{2,}(?:arily|ively|fully|lessly|ously|ently|antly|ingly|edly|ically|"
                     r"ately|ably|ibly)", re.IGNORECASE)


# "born " or "born in " right before a capitalised word: a place of birth, which a language
# model may take for a person's name ("Aurelio Rinaldi, born Ferrara": no one named Ferrara).
_BORN_BEFORE = re.compile(r"\bborn (?:in |at )?$", re.IGNORECASE)


def _birthplace(sentence: str, start: int) -> bool:
    """Whether a person's mention is the place of birth written after a name."""
    return 0 <= start <= len(sentence) and bool(_BORN_BEFORE.search(sentence[max(0, start - 9):start]))


# A house number before capitalised words: "38 Wold Causey", "7a Sorrel Way".
_HOUSE_NUMBER = re.compile(r"\b\d{1,4}[A-Za-z]?,?\s+$")


def _street(sentence: str, start: int, written: str) -> bool:
    """Whether a person's mention is a street: a house number before it and a street type its
    last word ("She named 38 Wold Causey as where she stays": no one named Wold Causey)."""
    words = written.split()
    return len(words) > 1 and words[-1].lower() in STREET_TYPES and 0 <= start <= len(sentence) \
        and bool(_HOUSE_NUMBER.search(sentence[max(0, start - 12):start]))


# A date in brackets right after a name, or one a label says is the birth: not a log's date
# after a name ("HOLT Jason, 04/11/2001: arrested").
_BORN = r"(?:DOB|D\.O\.B\.?|date of birth|born|b\.)\s*:?\s*"
# (the day in any form the register reads a date in, search.cases.dates: "14.iii.1971", "1971-03-14")
_BIRTH = re.compile(rf"^\s*(?:\(\s*(?:{_BORN})?(?P<bracketed>{date_grammar('bracketed')})\s*\)|"
                    rf"[,(]?\s*{_BORN}(?P<labelled>{date_grammar('labelled')}))", re.IGNORECASE)


# "Dean Holroyd (aged 41)", "HOLROYD, Dean, aged 41", "Dean HOLROYD (nominal N0412345)".
_AGE = re.compile(r"^\s*(?:\(\s*aged?\s*(?P<bracketed>\d{1,2})\s*(?:yrs|years)?\s*\)|,?\s+aged?\s+"
                  r"(?P<plain>\d{1,2})\b)", re.IGNORECASE)
# In round or square brackets: "Dean HOLROYD [PNC 1990/412345K]", and a prison number of a
# letter, four digits and two letters: "Dean HOLROYD [prison no. Q1234ZZ]".
# (or in curly brackets: "Dean HOLROYD {PNC 90/412345K}")
_RECORD_NUMBER = re.compile(r"^\s*[(\[{]\s*(?:[A-Za-z.]+\s+){0,2}:?\s*(?P<number>(?=[A-Z0-9/]*\d{5})"
                            r"[A-Z]{0,3}[0-9/]{5,12}[A-Z]?|[A-Z]\d{4}[A-Z]{2})\s*[)\]}]")


# "HOLROYD, Dean (YOB 1970)", "Dean Holroyd, born 1970", "Dean Holroyd - YOB 1970": a year of
# birth alone.
_BIRTH_YEAR = re.compile(r"^\s*(?-i:[A-Z][a-z]+ ?)?[(,\-\u2013]?\s*(?:YOB|year of birth|born|b\.)\s*:?\s*"
                         r"(?P<year>(?:19|20)\d{2})\b(?![/.\-]\d)", re.IGNORECASE)


# "Arvo KASK (born Tartu)", "Arvo Kask, born in Tartu,": a birthplace after the name.
# ("Arvo Kask, born Tartu was arrested": the sentence may go on after the place.)
_BIRTHPLACE = re.compile(r"^\s*[(,]\s*born (?:in |at )?(?P<place>[A-Z][\w'\-]+(?: [A-Z][\w'\-]+){0,2})"
                         r"(?:\s*[),.;]|\s+(?=[a-z])|\s*$)")


# '(known as "Tash")', ', a.k.a. "Tash"': the name a person is known by, after the name.
_KNOWN_AS = re.compile(r"^\s*[(,]?\s*(?:known as|a\.?k\.?a\.?|alias)\s+[\"\u201c'\u2018]"
                       r"(?P<name>[^\"\u201d'\u2019()]{1,25})[\"\u201d'\u2019]", re.IGNORECASE)


# ", NINO AB 12 34 56 C": a National Insurance number after the name; "(occ. roofer)": the
# occupation in brackets.
_INSURANCE = re.compile(r"^\s*,?\s*(?:NINO|NI(?: No\.?| number)?)\s*:?\s*(?P<number>[A-Z]{2}\s?\d\d\s?"
                        r"\d\d\s?\d\d\s?[A-D]?)\b")
# (or after a comma, up to the next comma or full stop: "Dean Holroyd, occupation roofer, was")
_OCCUPATION = re.compile(r"^\s*(?:\((?:occ\.?|occupation)\s*:?\s*(?P<job>[^()]{1,40})\)|,\s*(?:occ\.|"
                         r"occupation)\s*:?\s*(?P<plain>[a-z][a-z' \-]{1,40}?)\s*(?=[,.;:)]|$))",
                         re.IGNORECASE)


# A description's labels, and two that a custody record or a witness's account notes to tell one
# man from another: the language he needs an interpreter in, the accent he speaks with.
_DESCRIBING = rf"(?:{DESCRIPTION}|interpreter|accent)"
# A description after the name: "(height 183 cm)", ", scar: on the chin", " — build: slim"
# (in round or square brackets: "(height 180 cm)", "[accent: Fife]"; after a double colon:
# " :: accent: Fife").
_DESCRIBED = re.compile(rf"^\s*(?:[(\[]\s*(?P<bracketed>{_DESCRIBING})\b\.?\s*:?\s*"
                        r"(?P<inside>[^()\[\]]{1,40})[)\]]|"
                        rf"(?:,|\s[-\u2013\u2014]|\s*::)\s*(?P<label>{_DESCRIBING})\s*(?::\s*(?P<value>[^.;:|()]{{1,60}})"
                        # a measure with no colon is the number alone: ", shoe size 9 gives"
                        # (with its unit, as a bracketed one is written: "(height 180 cm)")
                        r"|(?P<measure>\d+(?:\.\d+)?(?:\s?(?:cm|mm|m|kg|ft|in)\b)?)"
                        # a word with no colon is the value's first word only, the sentence
                        # going on after it: " - hair fair was arrested", " :: accent Fife"
                        r"|\s+(?P<word>[^\W\d_][\w'\-]*)))",
                        re.IGNORECASE)
_DESCRIPTION_LABELS = {"ht": "height", "marks": "mark", "scars": "scar", "tattoos": "tattoo"}
# The words of a description compared: a value written in a sentence runs on into the next
# words ("scar: on the chin was arrested"), its first words do not.
DESCRIPTION_WORDS = 2


# A height in feet and inches after a dash, a comma or in brackets, with no label: "Dean
# Holroyd - 5ft 9in", "(5' 9\")".
_HEIGHT = re.compile(r"^\s*[-\u2013\u2014,(]\s*(?P<feet>\d)\s*(?:ft|feet|')\.?\s*(?P<inches>\d{1,2})\s*"
                     r"(?:in|ins|inches|\")?\.?(?![\w'])", re.IGNORECASE)


# A weight after a comma or in brackets: "X, weight 12 st 3 lb", "(wt 88 kg)".
_WEIGHT = re.compile(r"^\s*[,(]\s*(?:weight|weighing|wt\.?)\s*:?\s*(?P<value>\d{1,3}\s*(?:st|stone)"
                     r"(?:\s*\d{1,2}\s*(?:lbs?|pounds))?|\d{2,3}\s*kg)(?![\w'])", re.IGNORECASE)


# Which hand a person writes with, after a comma or in brackets: "X, left handed", "(right-handed)".
_HANDED = re.compile(r"^\s*[,(\[]\s*(?P<side>left|right)[- ]?handed\b", re.IGNORECASE)


def described(after: str) -> str | None:
    """The description written right after a name, as its label and first words ("height:
    183 cm"; a height in feet and inches as "height: 5ft 9in"; a weight as "weight: 12st 3lb";
    the hand the person writes with as "handed: left"), or None."""
    if (handed := _HANDED.match(after[:20])) is not None:
        return f"handed: {handed.group('side').lower()}"
    if (height := _HEIGHT.match(after[:30])) is not None:
        return f"height: {int(height.group('feet'))}ft {int(height.group('inches'))}in"
    if (weight := _WEIGHT.match(after[:40])) is not None:
        return "weight: " + re.sub(r"\s+", "", weight.group("value").lower())
    found = _DESCRIBED.match(after[:90])
    if found is None:
        return _noted(after)
    label = (found.group("bracketed") or found.group("label")).lower()
    value = found.group("inside") or found.group("value") or found.group("measure") or found.group("word")
    words = re.findall(r"\w+", value.lower())
    return f"{_DESCRIPTION_LABELS.get(label, label)}: {' '.join(words[:DESCRIPTION_WORDS])}"


def _noted(after: str) -> str | None:
    """A force's note right after a name, as a description: a labelled one by its label and
    first words ("beard: goatee"), one in guillemets whole ("note: welsh and breton speaker"):
    what tells namesakes apart where the force writes nothing else."""
    found = NOTE_PARTS.match(after[:90])
    if found is None:
        return None
    if found.group("inside") is not None:
        return "note: " + " ".join(re.findall(r"\w+", found.group("inside").lower()))
    words = re.findall(r"\w+", found.group("value").lower())
    return f"{' '.join(found.group('label').split())}: {' '.join(words[:DESCRIPTION_WORDS])}"


def _identifying(case: Case, key: str, after: str, page_after: str = "") -> None:
    """What the words after a name say of who the person is: a date of birth, an age, a
    number on a records system, a year or a place of birth, a name the person is known by
    (kept on the case: namesakes they tell apart are two people), a National Insurance
    number, an occupation (``page_after``: the page's text after the name, past a sentence
    split at "(occ.")."""
    if (place := _BIRTHPLACE.match(after[:60])) is not None:
        case.places[key].add(place.group("place").lower())
    if (born := _birth(after)) is not None:
        case.births[key].add(born)
    if (aged := _AGE.match(after[:30])) is not None:
        case.ages[key].add(int(aged.group("bracketed") or aged.group("plain")))
    if (year := _BIRTH_YEAR.match(after[:30])) is not None:
        case.born[key].add(int(year.group("year")))
    if (numbered := _RECORD_NUMBER.match(after[:40])) is not None:
        case.numbers[key].add(numbered.group("number"))
    if (insured := _INSURANCE.match(page_after or after[:40])) is not None:
        case.insurance[key].add(insured.group("number").replace(" ", "")[:8])  # the letter is optional
    if (job := _OCCUPATION.match(page_after or after[:60])) is not None:
        case.occupations[key].add(" ".join((job.group("job") or job.group("plain")).lower().split()))
    if (known := _KNOWN_AS.match(after[:50])) is not None:
        case.known_as[key].add(" ".join(known.group("name").lower().split()))
    if (description := described(after)) is not None:
        case.descriptions[key].add(description)


def _birth(after: str) -> date | None:
    """The date of birth written just after a name: "(14/05/1976)", ", DOB 14/05/1976"."""
    found = _BIRTH.match(after[:40])
    dated = dates_in(found.group("bracketed") or found.group("labelled")) if found else []
    return dated[0][0] if dated else None


# A nickname in quotes and more of the name after a person's mention: the mention holds only
# the forenames (the surname a scan garbled, so no style read the whole name).
_CUT_BEFORE_NICKNAME = re.compile(r"\s*[\"\u201c'\u2018][A-Z][\w\-]*(?: [A-Z][\w\-]*)?[\"\u201d'\u2019]"
                                  r"\s+[A-Za-z0-9]")


# What was done to a person, said by a pronoun at the start of the next sentence: "A man I now
# know to be X opened the door. I arrested him on suspicion of ...". An interview is a suspect's
# only under caution. A scan reads the "I" as "|".
_DONE_TO_PRONOUN = re.compile(
    r"^\W*(?:(?:I|\||we|officers|police|colleagues and I|the officers?)\s+)?(?:then\s+|later\s+|duly\s+)?"
    r"(?P<cue>(?:re-?)?arrested|charged|interviewed)\s+(?:him|her)\b(?P<rest>[^.;]{0,60})",
    re.IGNORECASE)


def _read_pronoun(case: Case, unit: Unit, cite: Citation, before: str) -> None:
    """The one person the sentence before names (no officer, no code), made a suspect when this
    sentence begins by saying it arrested, charged or interviewed under caution him or her."""
    done = _DONE_TO_PRONOUN.match(unit.sentence.text)
    if done is None or (done.group("cue").lower() == "interviewed"
                        and "under caution" not in done.group("rest").lower()):
        return
    raw = unit.document.pages[unit.page][0]
    start = raw.rfind(before, 0, unit.sentence.start)
    if start < 0 or any(m.kind == "person" and m.start < unit.sentence.start + done.end("cue")
                        for m in unit.mentions):
        return
    inside = tuple(m for m in unit.document.mentions if m.page == unit.page
                   and start <= m.start < start + len(before))
    previous = Unit(unit.document, unit.page, Sentence(start, start + len(before), before), inside)
    lead = len(raw[start:]) - len(raw[start:].lstrip())
    named = []
    for mention, _added in _people(previous, start + lead):
        at, end = mention.start - start - lead, mention.end - start - lead
        if mention.kind == "person" and len(mention.key.split()) > 1 and role_of_name(
                before[:max(at, 0)], before[max(at, 0):end], before[end:]) is None:
            named.append(mention)
    if len({m.key for m in named}) != 1:
        return
    person = named[0]
    rule = f"'{done.group('cue').lower()} him/her' in the sentence after the name"
    case.roles[person.key].append(("suspect", 0.85, rule, cite))
    case.names[person.key][person.text] += 1
    case.kinds[person.key] = "person"


def _read_people(case: Case, unit: Unit, cite: Citation) -> None:
    text, offset = unit.sentence.text, unit.sentence.start
    raw = unit.document.pages[unit.page][0]
    lead = len(raw[offset:]) - len(raw[offset:].lstrip())
    for mention, added in _people(unit, offset + lead):
        if mention.kind == "person":
            typed = unit.page not in unit.document.scanned
            (case.written_in if typed else case.scanned_in)[mention.key].add(unit.document.doc_id)
            if typed:
                case.spelt.setdefault(mention.key, mention.text)
        if mention.kind == "anonymised":
            found = role_of_code(mention.key)
        else:
            start = mention.start - offset - lead
            end = mention.end - offset - lead
            if _CUT_BEFORE_NICKNAME.match(text[end:end + 40]):
                continue  # 'Jon "Jonno" Hrdy': the forenames of a name whose surname is unread
            # The words as written: a mention's span may hold the title its text dropped.
            found = role_of_name(text[:max(start, 0)], text[max(start, 0):end], text[end:]) \
                or _role_in_form(raw, mention)
            # the page's own text after the name, too: a sentence may end at "(occ." as if it were a full stop
            _identifying(case, mention.key, text[end:], raw[mention.end:mention.end + 80])
        if found is None or (added and found.role not in ("suspect", CLEARED)):
            continue
        case.roles[mention.key].append((found.role, found.confidence, found.rule, cite))
        case.names[mention.key][mention.text] += 1
        case.kinds[mention.key] = mention.kind
