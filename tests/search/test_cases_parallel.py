"""A collection's documents read in parts, as a job's pool reads them (search.parallel,
``build_cases(..., mapper)``), give the register that one reading of them all gives: the same
cases, outcomes, dates, people and roles, items, links and flags, in the same order."""

from __future__ import annotations

import json
import pickle
import random
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from ingest.patterns import find_patterns
from search.cases.records import case_records
from search.cases.register import Mention, SourceDocument, build_cases

SUSPECTS = ["Wayne Kerr", "Paul Adey", "Sean Tait", "Gary Hill", "Darren Cole", "Lee Marsh"]
OFFICERS = ["DC Ann Pryce", "PC 2217 Lumb", "DS Ravi Mehta"]
SENTENCES = [
    "{suspect} was arrested on {day} at 14 Larch Tce.",
    "{suspect} was interviewed under caution and denied the offence.",
    "{suspect} was charged on {day} with two offences.",
    "No further action, insufficient evidence.",
    "NFA: the victim did not support a prosecution.",
    "The case was filed as undetected on {day}.",
    "Reported on {day} by the mother of Child {code}.",
    "Child {code} disclosed that {suspect} drove a car, registration {plate}.",
    "{officer} spoke to {suspect} who gave the number {phone}.",
    "The case was reopened on {day} after new information.",
    "{suspect} was cautioned.",
    "See also crime number HX/2004/{other:04d}.",
]
# Cases 61-70 record a complaint and never an outcome.
UNDECIDED = [s for s in SENTENCES if "Reported" in s or "disclosed" in s or "spoke" in s]


def _document(number: int, rng: random.Random) -> SourceDocument:
    """A two-page document citing one or two of 60 cases, in sentences of many kinds; the
    second page is a scan (OCR), as some of a collection's are."""
    pages: dict[int, tuple[str, str]] = {}
    mentions: list[Mention] = []
    control = f"P-{number:06d}"
    for page in (1, 2):
        case = rng.randrange(1, 71)
        lines = [f"Crime number HX/2004/{case:04d}."]
        for _n in range(rng.randrange(2, 6)):
            n = rng.randrange(12)  # an item written differently in different documents
            plate = rng.choice(["AB{n:02d} CDE", "AB{n:02d}CDE", "ab{n:02d} cde"]).format(n=n)
            phone = rng.choice(["07700 900{n:03d}", "07700900{n:03d}"]).format(n=n)
            lines.append(rng.choice(SENTENCES if case <= 60 else UNDECIDED).format(
                suspect=rng.choice(SUSPECTS), officer=rng.choice(OFFICERS),
                day=f"{rng.randrange(1, 28)} March 2004", code=rng.choice("ABCD"),
                plate=plate, phone=phone, other=rng.randrange(1, 61)))
        text = "\n".join(lines)
        pages[page] = (text, f"{control}-{page:04d}")
        mentions += [Mention(m.kind, m.key, m.text, page, m.start, m.end)
                     for m in find_patterns(text)]
        for name in SUSPECTS:
            mentions += [Mention("person", name.lower(), name, page, m.start(), m.end())
                         for m in re.finditer(name, text)]
        mentions += [Mention("anonymised", f"child {m.group(1).lower()}", m.group(), page,
                             m.start(), m.end()) for m in re.finditer(r"Child ([A-D])", text)]
    return SourceDocument(f"p{number}", control, f"doc {number}",
                          date(2004, 3, 1 + number % 28), "Harnside Constabulary", pages,
                          tuple(mentions), f"files/{number}.txt", frozenset({2}))


def _across_processes(function: Callable[..., Any], calls: Sequence[tuple[Any, ...]]
                      ) -> list[Any]:
    """Each part's arguments and result cross as pickles, as they do to a pool's process."""
    return [pickle.loads(pickle.dumps(function(*pickle.loads(pickle.dumps(args)))))
            for args in calls]


def _register(documents: list[SourceDocument], **options: Any) -> list[dict]:
    return json.loads(json.dumps(case_records("c", build_cases("c", documents, **options), 14),
                                 default=str))


def test_documents_read_in_parts_give_the_register_one_reading_gives() -> None:
    rng = random.Random(4021)
    documents = [_document(n, rng) for n in range(1, 321)]
    alone = _register(documents)
    parts: list[int] = []

    def counted(function: Callable[..., Any], calls: Sequence[tuple[Any, ...]]) -> list[Any]:
        parts.append(len(calls))
        return _across_processes(function, calls)

    assert _register(documents, mapper=counted) == alone
    assert parts == [8]  # read in parts, not here
    assert len(alone) >= 50
    assert {r["outcome"] for r in alone} >= {"nfa", "charged", "cautioned", "open", "unknown"}
    assert any(r["flags"] for r in alone) and any(r.get("people") for r in alone)


def test_a_small_collection_is_read_in_one_go() -> None:
    rng = random.Random(7)
    documents = [_document(n, rng) for n in range(1, 41)]
    parts: list[int] = []

    def counted(function: Callable[..., Any], calls: Sequence[tuple[Any, ...]]) -> list[Any]:
        parts.append(len(calls))
        return _across_processes(function, calls)

    assert _register(documents, mapper=counted) == _register(documents)
    assert parts == []  # sending 40 documents elsewhere would cost more than reading them


def test_every_field_of_a_case_is_added_from_a_later_reading() -> None:
    """Whatever a reading can record on a case (each field, a new one too) reaches the case
    the runs are merged into: a field added without its merge would be lost in parallel only."""
    from collections import Counter, defaultdict
    from dataclasses import fields

    from search.cases.case import Case

    later = Case("case-1", {"HX/2004/0001": "HX/2004/0001"})
    for field in fields(Case):
        value = getattr(later, field.name)
        if field.name in ("id", "references"):
            continue
        if field.name == "documents":
            value["p1"] = None
        elif isinstance(value, list):
            value.append(("found", field.name))
        elif isinstance(value, defaultdict) and value.default_factory is Counter:
            value["key"][field.name] += 1
        elif isinstance(value, defaultdict):
            value["key"] = value.default_factory([field.name])
        else:
            value["key"] = field.name
    document = SourceDocument("p1", "P-000001", "doc", None, None, {}, ())
    merged = Case("case-1", {"HX/2004/0001": "HX/2004/0001"})
    merged.absorb(later, {"p1": document})
    for field in fields(Case):
        expected = {"p1": document} if field.name == "documents" else getattr(later, field.name)
        assert getattr(merged, field.name) == expected, field.name
