"""Grids get no NER: patterns and the cells of named columns instead (ingest.tables)."""

from __future__ import annotations

import pytest

from ingest.entities import find_mentions, load_nlp
from ingest.model import Page
from ingest.tables import column_cells, is_grid, split_cells, tabular

SIGHTINGS = (
    "date,time,location,registration,vehicle,occupants,note\n"
    "03/03/1995,2145,Bramley Road,K482 QDN,blue Ford Sierra,STOKES R; CARVER D,\n"
    '07/12/1994,1810,"Moor Lane, Harwick",K482 QDN,blue Ford Sierra,unknown,\n'
    "31/01/1999,2135,Bramley Road lay-by,P317 HWK,white Vauxhall Astra,driver only,\n"
)


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - a spaCy Language
    return load_nlp("en_core_web_sm")


def test_csv_and_spreadsheets_are_tabular() -> None:
    assert tabular("text/csv", "text")
    assert tabular("application/vnd.ms-excel", "xls")
    assert tabular("application/vnd.oasis.opendocument.spreadsheet", "ods")
    assert not tabular("text/plain", "text")
    assert not tabular("application/pdf", "pdf")


def test_grids_are_told_from_prose() -> None:
    assert is_grid(SIGHTINGS)
    assert is_grid("a\tb\tc\n1\t2\t3\n4\t5\t6")
    prose = ("Raymond Stokes, who ran the garage, said he had seen the car, a blue Sierra, on\n"
             "the night of the third, near the lay-by, but he could not say, when asked, who\n"
             "was driving it, or why, or where it went after that, and nobody has asked since.")
    assert not is_grid(prose)
    assert not is_grid("one line, with, commas")


def test_cells_keep_their_offsets_and_quotes() -> None:
    line = 'a, "b, c" ,d'
    assert [line[s:e] for s, e in split_cells(line, ",")] == ["a", "b, c", "d"]


def test_named_columns_give_their_kind() -> None:
    cells = {(kind, SIGHTINGS[s:e]) for kind, s, e in column_cells(SIGHTINGS, 0, len(SIGHTINGS))}
    assert ("place", "Bramley Road") in cells
    assert ("place", "Moor Lane, Harwick") in cells
    assert ("person", "STOKES R") in cells and ("person", "CARVER D") in cells
    assert ("date", "03/03/1995") in cells
    assert not any(kind == "org" for kind, _text in cells)


@pytest.mark.parametrize("prose", [True, False])
def test_no_spacy_guesses_on_rows(nlp, prose: bool) -> None:  # noqa: ANN001
    mentions = find_mentions([Page(1, SIGHTINGS)], nlp, 100_000, prose=prose)
    found = {(m.kind, m.text) for m in mentions}
    assert not any(kind == "org" for kind, _text in found)  # no "03/03/1995,2145,Bramley Road"
    assert ("place", "Bramley Road") in found
    assert ("vehicle", "K482 QDN") in found  # patterns still run on grids
    for m in mentions:
        assert "," not in SIGHTINGS[m.start:m.end] or m.kind == "place"


def test_prose_around_a_grid_still_gets_ner(nlp) -> None:  # noqa: ANN001
    text = f"Sarah Whitlock sent the log to Raymond Stokes in Harwick.\n\n{SIGHTINGS}"
    found = {(m.kind, m.text) for m in find_mentions([Page(1, text)], nlp, 100_000)}
    assert ("person", "Sarah Whitlock") in found
    assert not any(kind == "org" for kind, _text in found)
