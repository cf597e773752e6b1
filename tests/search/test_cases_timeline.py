"""A case page's timeline places each outcome on the day it was recorded: the date its sentence
states, also in an undated letter, else its document's. Forces, numbers and sentences are
invented."""

from __future__ import annotations

from ingest.patterns import find_patterns
from search.cases.queries import timeline
from search.cases.records import case_records
from search.cases.register import Mention, SourceDocument, build_cases


def _document(number: int, text: str) -> SourceDocument:
    control = f"T-{number:06d}"
    mentions = tuple(Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text))
    return SourceDocument(f"t{number}", control, f"doc {number}", None, None,
                          {1: (text, f"{control}-0001")}, mentions)


def test_an_undated_letter_s_outcome_is_on_the_day_its_sentence_states() -> None:
    letter = _document(1, "Crime number NP/07/0456.\n\nI write to confirm that on 14 March 2008 "
                          "the investigation ended with no further action, as the evidence was "
                          "insufficient.")
    [record] = case_records("c", build_cases("c", [letter]), 28, {})
    assert [(s["outcome"], s["date"]) for s in record["history"]] == [("nfa", "2008-03-14")]
    events = [(e["event"], e["date"]) for e in timeline({**record, "documents": []})]
    assert ("outcome", "2008-03-14") in events


def test_an_outcome_no_text_dates_stays_undated() -> None:
    note = _document(2, "Crime number NP/07/0457.\n\nNo further action; insufficient evidence.")
    [record] = case_records("c", build_cases("c", [note]), 28, {})
    assert [s["date"] for s in record["history"]] == [None]
