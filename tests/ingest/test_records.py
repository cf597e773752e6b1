"""ingest.records.document_title: the file's title, else the first meaningful line of the first
page (a subject or a heading), else the file name."""

from __future__ import annotations

import pytest

from ingest.model import Extraction, Page
from ingest.records import document_title


def titled(text: str, title: str | None = None) -> str:
    return document_title(Extraction(pages=[Page(1, text)], extractor="test", title=title),
                          "D0231.txt")


@pytest.mark.parametrize(("text", "expected"), [
    ("\n\nSubject: Thornleigh House inspection\nDear Sir,\n", "Thornleigh House inspection"),
    ("# Minutes of the review panel\n\nPresent: ...", "Minutes of the review panel"),
    ("Page 1\n12/03/1997\n---\nLetter to the committee about the 1997 review\n",
     "Letter to the committee about the 1997 review"),
    ("From: a@b.org\nTo: c@d.org\nRe: Staffing at Kearney Lodge\n", "Staffing at Kearney Lodge"),
    ("", "D0231.txt"),
    ("12 34 56\n%%$ ## !!\n", "D0231.txt"),
    # A table's field names are a row of cells, not its title.
    ("SURNAME\tFORENAME\tOFFENCE\nHOLT\tBarry\tTheft\n", "D0231.txt"),
    ("Nominal index 1997\nSURNAME\tFORENAME\n", "Nominal index 1997"),
    ("Table: Referrals 1998\n\nID\tCHILD\tSCHOOL\n", "D0231.txt"),  # a database's table
    # A CSV file's rows are no title either, however many words a cell holds.
    ("date,time,location,vehicle\n20/12/1994,2145,Canal Street garages,blue Ford Sierra\n"
     "03/03/1995,2145,Bramley Road lay-by,blue Ford Sierra\n", "D0231.txt"),
    ("Sightings log 1994\nLocation;Vehicle;Seen by\nCanal Street garages;Ford Sierra;PC Ashby\n"
     "Bramley Road lay-by;Vauxhall Cavalier;PC Ashby\n", "Sightings log 1994"),
    # A sentence with commas in it is still a heading.
    ("Minutes of the panel, 4 May 1997, held at Kearney Lodge\nPresent: all\n",
     "Minutes of the panel, 4 May 1997, held at Kearney Lodge"),
])
def test_the_first_meaningful_line_names_the_document(text: str, expected: str) -> None:
    assert titled(text) == expected


def test_a_declared_title_wins_and_a_long_line_is_cut_at_a_word() -> None:
    assert titled("A heading line here", title=" Annual report ") == "Annual report"
    long = titled("word " * 60)
    assert long.endswith("…") and len(long) <= 121 and "  " not in long
