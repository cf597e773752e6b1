"""dBase tables (.dbf): the databases of the 1990s' council and police systems.

Records are pages of grid lines under the field names (``ingest.extract.grids``). Records
marked deleted are still in the file and may be what an inquiry needs: they follow the live
ones under a heading that says what they are.

Character fields are bytes in the code page the table's language driver names; most tables
name none (byte 29 is 0), so the page is chosen from the character fields' own bytes, as for
any legacy text (``ingest.extract.text.decode``). A memo file (.dbt, .fpt) is read when it lies
beside the table; without it the memo fields are empty and the extraction says so.
"""

from __future__ import annotations

import struct
from datetime import datetime
from itertools import chain
from pathlib import Path
from typing import Any

from ingest.errors import CorruptFile
from ingest.extract import ExtractContext
from ingest.extract.grids import GridPages
from ingest.extract.text import decode
from ingest.formats import Format, register
from ingest.model import Extraction, Page

CHARACTER_FIELDS = frozenset("CMV")  # character, memo, varchar
DETECT_SAMPLE_BYTES = 256 * 1024
DELETED_HEADING = "Records marked deleted (still in the file)"
NO_MEMO = "the memo file (.dbt or .fpt) is not beside the table: memo fields are empty"


def _table(path: Path, **options: object) -> Any:  # dbfread's DBF, imported late
    from dbfread import DBF
    from dbfread.exceptions import DBFNotFound, MissingMemoFile

    try:
        return DBF(str(path), load=False, **options)
    except MissingMemoFile:
        raise
    except (DBFNotFound, ValueError, struct.error, OSError, LookupError) as exc:
        raise CorruptFile(f"not a readable dBase table ({exc})") from exc


def _open(path: Path, **options: object) -> tuple[Any, list[str]]:
    from dbfread.exceptions import MissingMemoFile

    try:
        table, warnings = _table(path, **options), []
    except MissingMemoFile:
        table, warnings = _table(path, ignore_missing_memofile=True, **options), [NO_MEMO]
    _check_layout(path, table)
    return table, warnings


def _check_layout(path: Path, table: Any) -> None:
    """The header's sizes agree with its fields and the file: a record shorter than its fields
    (0 bytes sends the reader round forever) or a header past the end is a damaged table."""
    header = table.header
    fields = sum(field.length for field in table.fields)
    if not table.fields or header.recordlen < 1 + fields:
        raise CorruptFile(f"not a readable dBase table (records of {header.recordlen} bytes "
                          f"for fields of {fields})")
    if not 32 + 32 * len(table.fields) < header.headerlen <= path.stat().st_size:
        raise CorruptFile(f"not a readable dBase table (a header of {header.headerlen} bytes "
                          f"in a file of {path.stat().st_size})")


def _character_bytes(table: Any) -> bytes:
    """A sample of the character fields' bytes, live and deleted records both."""
    names = [field.name for field in table.fields if field.type in CHARACTER_FIELDS]
    sample = bytearray()
    for records in (table.records, table.deleted):
        for record in records:
            for name in names:
                value = record.get(name)
                if isinstance(value, bytes | bytearray) and value.strip(b" \x00"):
                    sample += bytes(value).strip(b" \x00") + b"\n"
            if len(sample) >= DETECT_SAMPLE_BYTES:
                return bytes(sample)
    return bytes(sample)


def _encoding(path: Path) -> str:
    """The table's code page: its language driver's, else the one its own words read in."""
    from dbfread.codepages import guess_encoding

    raw, _warnings = _open(path, raw=True)
    driver = raw.header.language_driver
    if driver:
        try:
            return guess_encoding(driver)
        except LookupError:
            pass  # a driver byte dbfread does not know: read the words instead
    sample = _character_bytes(raw)
    return decode(sample)[1] if sample and not sample.isascii() else "ascii"


def _updated(header: Any) -> datetime | None:
    """The table's last update, from its header (years since 1900, or two digits)."""
    year = header.year + (1900 if header.year >= 80 else 2000)
    try:
        return datetime(year, header.month, header.day)
    except ValueError:
        return None


def extract_dbf(path: Path, context: ExtractContext) -> Extraction:
    encoding = _encoding(path)
    table, warnings = _open(path, encoding=encoding, char_decode_errors="replace")
    names = list(table.field_names)
    grid = GridPages()
    try:
        grid.add(names, ([record.get(name) for name in names] for record in table.records))
        deleted = iter(table.deleted)
        first = next(deleted, None)
        if first is not None:
            grid.add(names, ([record.get(name) for name in names]
                             for record in chain([first], deleted)), DELETED_HEADING)
    except (ValueError, struct.error, UnicodeError) as exc:
        raise CorruptFile(f"a record of the dBase table cannot be read ({exc})") from exc
    return Extraction(pages=grid.pages or [Page(number=1, text="\t".join(names))],
                      extractor=f"dbfread:{encoding}", date=_updated(table.header),
                      warnings=[*warnings, *grid.warnings])


register(
    Format(family="dbf", mimes=("application/x-dbf", "application/dbf", "application/dbase"),
           label="database", extractor=extract_dbf),
)
