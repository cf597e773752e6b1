"""dBase tables (.dbf) as an archivist loads them: a 1990s system's export, its records read
cell by cell, its names in the code page they were typed in, its deleted records still shown."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from ingest.errors import CorruptFile
from ingest.extract import ExtractContext, extract
from ingest.extract.dbf import DELETED_HEADING, NO_MEMO, extract_dbf
from ingest.identify import identify
from ingest.model import Extraction
from ingest.tables import tabular

FIELDS = [("NAME", "C", 30), ("DOB", "D", 8), ("VEHICLE", "C", 10), ("SEEN", "N", 4)]


def write_dbf(path: Path, records: list[tuple[bool, list[bytes]]],
              fields: list[tuple[str, str, int]] = FIELDS, driver: int = 0,
              version: int = 0x03) -> Path:
    """A dBase III table as its writer lays it out: a 32-byte header, a 32-byte descriptor a
    field, 0x0D, then each record's deletion flag ('*' deleted, ' ' live) and its cells."""
    record_length = 1 + sum(length for _name, _kind, length in fields)
    header_length = 32 + 32 * len(fields) + 1
    out = bytearray(struct.pack("<BBBBIHH", version, 97, 3, 14, len(records), header_length,
                                record_length))
    out += bytes(17) + bytes([driver]) + bytes(2)
    for name, kind, length in fields:
        out += name.encode().ljust(11, b"\0") + kind.encode() + bytes(4)
        out += bytes([length, 0]) + bytes(14)
    out += b"\r"
    for deleted, cells in records:
        out += b"*" if deleted else b" "
        for (_name, _kind, length), cell in zip(fields, cells, strict=True):
            out += cell.ljust(length, b" ")[:length]
    out += b"\x1a"
    path.write_bytes(bytes(out))
    return path


def read(path: Path) -> Extraction:
    return extract(path, identify(path), ExtractContext())


def test_a_table_is_a_grid_of_its_records_under_their_field_names(tmp_path: Path) -> None:
    table = write_dbf(tmp_path / "NOMINALS.DBF", [
        (False, [b"STOKES Raymond", b"19610402", b"L123ABC", b"3"]),
        (False, [b"CARVER Dean", b"19700117", b"", b"12"]),
    ])
    identity = identify(table)
    assert identity.family == "dbf" and tabular(identity.mime, identity.family)
    extraction = read(table)
    assert extraction.pages[0].text.splitlines() == [
        "NAME\tDOB\tVEHICLE\tSEEN",
        "STOKES Raymond\t1961-04-02\tL123ABC\t3",
        "CARVER Dean\t1970-01-17\t\t12",
    ]
    assert extraction.date is not None and extraction.date.year == 1997  # the header's update


def test_names_typed_in_a_legacy_code_page_are_read_as_typed(tmp_path: Path) -> None:
    # No language driver (byte 29 is 0, as most tables have): the page is read from the words.
    names = ["Siobhán Ó Ceallaigh", "Zoë Ménard", "Dónal Ó Súilleabháin"]
    table = write_dbf(tmp_path / "contacts.dbf", [
        (False, [name.encode("cp1252"), b"19850101", b"", b"1"]) for name in names])
    text = read(table).text
    for name in names:
        assert name in text


def test_records_marked_deleted_are_shown_apart_not_dropped(tmp_path: Path) -> None:
    table = write_dbf(tmp_path / "log.dbf", [
        (False, [b"LUMB Gary", b"19660305", b"", b"1"]),
        (True, [b"HOLT Barry", b"19590911", b"K55XYZ", b"7"]),
    ])
    pages = read(table).pages
    assert "HOLT Barry" not in pages[0].text
    assert pages[-1].text.splitlines()[:4] == [
        DELETED_HEADING, "", "NAME\tDOB\tVEHICLE\tSEEN", "HOLT Barry\t1959-09-11\tK55XYZ\t7"]


def test_every_page_carries_the_field_names_so_a_cited_page_reads_alone(tmp_path: Path) -> None:
    table = write_dbf(tmp_path / "big.dbf", [
        (False, [f"PERSON {n:03d}".encode(), b"19800101", b"", str(n).encode()])
        for n in range(120)])
    pages = read(table).pages
    assert [page.number for page in pages] == [1, 2, 3]
    assert all(page.text.startswith("NAME\tDOB\tVEHICLE\tSEEN\n") for page in pages)
    assert "PERSON 119" in pages[2].text


def test_a_memo_file_left_behind_is_said_not_a_failure(tmp_path: Path) -> None:
    fields = [("NAME", "C", 20), ("NOTES", "M", 10)]
    table = write_dbf(tmp_path / "notes.dbf", [(False, [b"TAYLOR Ann", b"0000000001"])],
                      fields=fields, version=0x83)
    extraction = read(table)
    assert "TAYLOR Ann" in extraction.text
    assert NO_MEMO in extraction.warnings


def test_a_table_cut_short_is_a_corrupt_file_naming_the_table(tmp_path: Path) -> None:
    table = write_dbf(tmp_path / "cut.dbf", [(False, [b"A", b"19800101", b"", b"1"])])
    table.write_bytes(table.read_bytes()[:40])
    with pytest.raises(CorruptFile, match="dBase table"):
        read(table)


@pytest.mark.parametrize(("offset", "layout", "value", "reason"), [
    (10, "<H", 0, "records of 0 bytes"),  # a reader would go round forever
    (8, "<H", 65535, "a header of 65535 bytes"),
    (8, "<H", 1, "a header of 1 bytes"),
])
def test_a_header_at_odds_with_its_fields_is_a_corrupt_file(
        tmp_path: Path, offset: int, layout: str, value: int, reason: str) -> None:
    table = write_dbf(tmp_path / "odd.dbf", [(False, [b"A", b"19800101", b"", b"1"])])
    data = bytearray(table.read_bytes())
    struct.pack_into(layout, data, offset, value)
    table.write_bytes(bytes(data))
    with pytest.raises(CorruptFile, match=reason):
        extract_dbf(table, ExtractContext())  # libmagic may no longer call it a table


@pytest.mark.corpus
def test_corpus_tables_in_unicode_without_a_driver(corpus: Path) -> None:
    folder = corpus / "tika/tika-parser-miscoffice-module"
    assert "普林斯顿大学\t3\t2016-05-25" in read(folder / "testDBF.dbf").text
    assert "虽然该指令经过重新发布" in read(folder / "testDBF_gb18030.dbf").text
