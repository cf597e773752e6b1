"""A crime file is a living record: its entries run on after the day the file was recorded (its
metadata's date). An entry headed by its own day ("Witness care entry Mar 12th, 2009: ...",
"ISVA LIAISON Wed, 17 Nov 2004 >> ...") happened that day, so its NFA is later than a release
notice issued months before, and is the case's outcome (search.cases.reading). Invented files."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.patterns import find_patterns
from search.cases.records import case_records
from search.cases.register import Mention, SourceDocument, build_cases

REF = "Crime number HX/40213/07"


def _document(number: int, recorded: date, text: str) -> SourceDocument:
    mentions = [Mention(m.kind, m.key, m.display, 1, m.start, m.end) for m in find_patterns(text)]
    control = f"E-{number:06d}"
    return SourceDocument(f"e{number}", control, f"doc {number}", recorded, "Hexbridge Police",
                          {1: (text, f"{control}-0001")}, tuple(mentions), f"files/doc{number}.docx")


def _outcome(documents: list[SourceDocument]) -> str:
    [record] = case_records("c", build_cases("c", documents), 28)
    return record["outcome"]


RELEASE = ("Hexbridge Police: notice of release under investigation\n"
           "Given to: Darren Athelby. Released on Jun 18th, 2007.\n"
           f"{REF}\n"
           "You must not contact the girl directly or through anyone else while enquiries continue.\n")


@pytest.mark.parametrize("entry", [
    "Witness care unit entry Mar 12th, 2008: finalised with no further action against Darren "
    "Athelby; the Crown prosecutor advised so.",
    "ISVA LIAISON Wed, 12 Mar 2008 >> adviser told no further action will be taken against "
    "Darren Athelby.",
    "Entry 12/03/2008 - no further action against Darren Athelby on CPS advice.",
])
def test_an_entry_headed_by_its_day_is_dated_that_day(entry: str) -> None:
    crime_file = (f"{REF}\nPolice were first told of this on Jun 2nd, 2007.\n"
                  f"Darren Athelby came in voluntarily on Jun 17th, 2007 for a taped interview.\n"
                  f"{entry}\n")
    documents = [_document(1, date(2007, 6, 3), crime_file),
                 _document(2, date(2007, 6, 18), RELEASE)]
    assert _outcome(documents).startswith("nfa")


def test_a_later_day_not_heading_an_entry_stays_after_the_file() -> None:
    """A day the entry looks forward to ("review on ...") is no day the entry was made: the
    release notice issued after the file's day stays the latest outcome."""
    crime_file = (f"{REF}\nPolice were first told of this on Jun 2nd, 2007.\n"
                  "No further action against Darren Athelby for now; the file will be reviewed "
                  "on Mar 12th, 2008.\n")
    documents = [_document(1, date(2007, 6, 3), crime_file),
                 _document(2, date(2007, 6, 18), RELEASE)]
    assert _outcome(documents) == "open"
