"""Content that is not prose: spreadsheets, CSV files and grids of delimited cells.

spaCy's NER reads sentences; on a row of cells it guesses ("03/03/1995,2145,Bramley Road" as an
organisation). So ingest.entities runs no NER on such content: pattern entities (phones,
postcodes, vehicles, references) still run, and where a header row names a column ("Name",
"Location", "Company"), the cells under it become entities of that column's kind.

- ``tabular(mime, family)``: the whole file is a grid (CSV/TSV, spreadsheets).
- ``grid_rows(lines)``: which lines are rows of cells (a document's title is none of them).
- ``is_grid(text)``: a paragraph is a grid: most of its lines hold the same number (2 or more)
  of one delimiter, and its cells are short.
- ``column_cells(text, start, end)``: the (kind, start, end) cells of named columns in the grid
  at ``text[start:end]``, offsets in ``text``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ingest.formats import label_of

TABULAR_MIMES = frozenset({"text/csv", "text/tab-separated-values", "application/csv"})
# Types whose every page is a grid: spreadsheets, and databases' tables (dBase, Access).
TABULAR_LABELS = frozenset({"spreadsheet", "database"})
# How a database's table is named above its records (ingest.extract.grids): a label, never
# the document's title.
TABLE_HEADING = "Table: "
DELIMITERS = (",", "\t", ";", "|")
MIN_LINES = 2
SHARE_OF_LINES = 0.8
MAX_MEAN_CELL = 40  # characters: prose split at its commas has long "cells"
# A header cell (lower case, "_"/"-" as spaces) naming a column of one entity kind.
COLUMN_KINDS = {
    "person": ("name", "full name", "person", "surname", "forename", "first name", "last name",
               "officer", "witness", "suspect", "victim", "contact", "driver", "occupant",
               "occupants", "passenger", "author", "sender", "recipient", "employee", "caller",
               "complainant", "keeper", "owner"),
    "org": ("company", "organisation", "organization", "employer", "agency", "firm",
            "business", "department", "school", "force"),
    "date": ("date", "day", "dob", "date of birth", "born", "dated"),
    "place": ("location", "place", "town", "city", "village", "venue", "county", "street",
              "area", "district"),
}
HEADER_KIND = {header: kind for kind, headers in COLUMN_KINDS.items() for header in headers}
# "STOKES R; CARVER D": one cell, two people; a date's slashes are its own.
MULTI_VALUE = re.compile(r"[^;/&]+")
WHOLE_CELL = re.compile(r".+")


def tabular(mime: str, family: str) -> bool:
    """Whether a file of this type holds grids, not prose."""
    mime = mime.lower()
    return (mime in TABULAR_MIMES or "spreadsheet" in mime or "ms-excel" in mime
            or label_of(family) in TABULAR_LABELS)


def _delimiter(lines: list[str]) -> tuple[str, int] | None:
    """The delimiter and count most lines share, if they are a grid."""
    for delimiter in DELIMITERS:
        counts = Counter(_delimiters(line, delimiter) for line in lines)
        count, lines_with = counts.most_common(1)[0]
        if count >= 2 and lines_with >= SHARE_OF_LINES * len(lines):
            return delimiter, count
    return None


def grid_rows(lines: list[str]) -> list[bool]:
    """Which of ``lines`` are rows of cells: those holding the delimiter, two or more times,
    that most of the non-empty lines share (none when they are no grid)."""
    shape = _delimiter([line for line in lines if line.strip()]) if len(lines) >= MIN_LINES else None
    if shape is None:
        return [False] * len(lines)
    return [_delimiters(line, shape[0]) >= 2 for line in lines]


def _delimiters(line: str, delimiter: str) -> int:
    """Delimiters outside quotes ("Moor Lane, Harwick" is one cell)."""
    if '"' not in line:
        return line.count(delimiter)
    return sum(1 for _cell in split_cells(line, delimiter)) - 1


def is_grid(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < MIN_LINES:
        return False
    shape = _delimiter(lines)
    if shape is None:
        return False
    delimiter = shape[0]
    cells = sum(_delimiters(line, delimiter) + 1 for line in lines)
    return sum(map(len, lines)) / cells <= MAX_MEAN_CELL


def split_cells(line: str, delimiter: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each cell's value in ``line``: outer spaces and double quotes left out,
    a delimiter inside quotes kept in its cell."""
    start, quoted = 0, False
    for at, char in enumerate(line + delimiter):
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            yield _trimmed(line, start, at)
            start = at + 1


def _trimmed(line: str, start: int, end: int) -> tuple[int, int]:
    while start < end and line[start] in ' "':
        start += 1
    while end > start and line[end - 1] in ' "\r':
        end -= 1
    return start, end


def column_cells(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Cells under a header that names their kind, in the grid at text[start:end]."""
    lines, offset = [], start
    for line in text[start:end].split("\n"):
        if line.strip():
            lines.append((offset, line))
        offset += len(line) + 1
    shape = _delimiter([line for _o, line in lines]) if len(lines) >= MIN_LINES else None
    if shape is None:
        return []
    delimiter = shape[0]
    header = lines[0][1]
    kinds = {}
    for column, (a, b) in enumerate(split_cells(header, delimiter)):
        name = re.sub(r"[_\-\s]+", " ", header[a:b].lower()).strip()
        if name in HEADER_KIND:
            kinds[column] = HEADER_KIND[name]
    found = []
    for line_offset, line in lines[1:] if kinds else []:
        for column, (a, b) in enumerate(split_cells(line, delimiter)):
            if column in kinds:
                values = WHOLE_CELL if kinds[column] == "date" else MULTI_VALUE
                for value in values.finditer(line[a:b]):
                    v_start, v_end = _trimmed(line, a + value.start(), a + value.end())
                    if v_end > v_start:
                        found.append((kinds[column], line_offset + v_start, line_offset + v_end))
    return found
