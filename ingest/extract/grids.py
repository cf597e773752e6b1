"""Pages of records for the formats that are tables, not documents (dBase, Access).

A record is a line of tab-separated cells, under a line of the column names repeated at the top
of every page, so each page is a grid ``ingest.tables`` reads by its columns (no NER on cells)
and a cited page reads on its own. A heading (a table's name, "records marked deleted") is a
paragraph of its own above the grid, so the grid still starts at its header row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from ingest.extract.text import MAX_TEXT_BYTES
from ingest.model import Page
from ingest.tables import TABLE_HEADING

__all__ = ["TABLE_HEADING", "GridPages", "cell_text"]

RECORDS_PER_PAGE = 50


def cell_text(value: object) -> str:
    """A value as one cell of one line: its own tabs and line ends would make more cells."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, bytes | bytearray):
        return bytes(value).hex()
    return " ".join(str(value).split())


@dataclass
class GridPages:
    """The pages of one file's tables, numbered on from one table to the next, with the text
    bounded as a text file's is (MAX_TEXT_BYTES) and a warning when records were left out."""

    pages: list[Page] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    size: int = 0

    def add(self, columns: list[str], records: Iterable[Iterable[object]],
            heading: str | None = None) -> None:
        top = "\t".join(cell_text(name) for name in columns)
        if heading:
            top = f"{heading}\n\n{top}"
        chunk: list[str] = []
        for line in self._lines(records):
            chunk.append(line)
            if len(chunk) == RECORDS_PER_PAGE:
                self._page(top, chunk)
                chunk = []
        if chunk or heading:  # a named table with no records still says it is there
            self._page(top, chunk)

    def _lines(self, records: Iterable[Iterable[object]]) -> Iterator[str]:
        if self.truncated:  # said once, for the table where it happened
            return
        for record in records:
            line = "\t".join(cell_text(value) for value in record)
            self.size += len(line)
            if self.size > MAX_TEXT_BYTES:
                self.warnings.append(f"text truncated: indexed the first "
                                     f"{MAX_TEXT_BYTES // 1_000_000} MB of the records")
                return
            yield line

    def _page(self, top: str, lines: list[str]) -> None:
        self.pages.append(Page(number=len(self.pages) + 1, text="\n".join([top, *lines])))

    @property
    def truncated(self) -> bool:
        return self.size > MAX_TEXT_BYTES
