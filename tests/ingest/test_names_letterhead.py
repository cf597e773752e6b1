"""A shop's, a firm's or a building's name opening a page before its heading (invented)."""

from __future__ import annotations

from ingest.names import letterhead, merge_people
from search.name_authority import NameAuthority, Person
from search.name_kinds import thing_heads


def test_a_name_before_a_separator_and_a_heading_in_capitals_is_a_letterhead() -> None:
    text = "Brookfold Mobiles - TILL RECEIPT No. 4411\n\nCustomer\tAnna Pardew"
    assert letterhead(text, 0, len("Brookfold Mobiles"))
    assert letterhead("Ashgate Coaches | PASSENGER LIST | Leeds", 0, len("Ashgate Coaches"))


def test_a_name_elsewhere_or_before_a_title_is_no_letterhead() -> None:
    text = "Brookfold Mobiles - TILL RECEIPT\n\nCustomer\tAnna Pardew - MR SMITH"
    start = text.index("Anna")
    assert not letterhead(text, start, start + len("Anna Pardew"))
    assert not letterhead("PARDEW - Mr\tLeeds", 0, len("PARDEW"))


def test_a_middle_name_is_read_again_once_two_people_are_merged() -> None:
    people = NameAuthority([Person("bruno tabeko", "Bruno Tabeko", named=9),
                            Person("bruno quill", "Bruno Quill", named=1),
                            Person("bruno ash", "Bruno Ash", named=2)])
    merged = merge_people(people, {}, {"bruno quill": "bruno tabeko"})
    assert merged.people["bruno tabeko"].middles == {"ash"}
    found = merged.find("We act for Bruno Ash Tabeko, who denies it.")
    assert [(lk.text, lk.key) for lk in found] == [("Bruno Ash Tabeko", "bruno tabeko")]


def test_a_person_written_alone_less_often_than_the_building_it_starts_is_its_name_cut() -> None:
    names = {"ashgate mill library": 30, "ashgate mill": 2, "ann hirst": 12,
             "ann hirst hollinsby division": 1, "hollinsby division": 5}
    heads = thing_heads(names, {}, {"ashgate mill", "ann hirst"})
    assert "ashgate" in heads and "ann" not in heads
