"""Irish and Scottish Gaelic surnames of two or three words ("Ó Dálaigh", "Mac an tSaoir", "Mac
Giolla Bhríde", "Ní Bhraonáin"), read whole with every given name before them, so that a suspect
is listed by their whole name (search.cases.people). All names and sentences are invented."""

from __future__ import annotations

import pytest

from search.cases.people import record_names
from search.cases.register import Mention, SourceDocument, build_cases


@pytest.mark.parametrize(("sentence", "shown"), [
    ("- Person arrested (Monday, May 3, 2010): Colm Peadar Ó Dálaigh [accent: Kerry].",
     "Colm Peadar Ó Dálaigh"),
    ("Interviewed under caution: Séamas Ruadhán Mac an tSaoir; legal adviser present.",
     "Séamas Ruadhán Mac an tSaoir"),
    ("Occupier arrested: Ruadhán Colm Mac Giolla Bhríde. Officer in charge DC Amble.",
     "Ruadhán Colm Mac Giolla Bhríde"),
    ("Witness: Aoife Ní Bhraonáin, a cashier.", "Aoife Ní Bhraonáin"),
    ("The man at the door was Colm Ó hAodha.", "Colm Ó hAodha"),
])
def test_a_gaelic_surname_is_read_whole(sentence: str, shown: str) -> None:
    assert shown in [n.display for n in record_names(sentence)]


def test_a_word_mac_in_prose_is_no_surname() -> None:
    assert record_names("He bought a Mac computer at the shop.") == []


def test_a_suspect_with_a_gaelic_surname_is_listed_by_the_whole_name() -> None:
    text = ("Crime CR/4411/10.\n"
            "- Person arrested (Monday, May 3, 2010): Colm Peadar Ó Dálaigh [accent: Kerry].\n")
    at = text.index("Peadar")
    mentions = (Mention("reference", "CR/4411/10", "CR/4411/10", 1, 6, 16),
                # the names stage's mention, short of the first given name
                Mention("person", "peadar o dalaigh", "Peadar Ó Dálaigh", 1, at, at + 16))
    doc = SourceDocument("d1", "C-000001", "log", None, "Test Police", {1: (text, "C-000001-0001")},
                         mentions, "log.txt", frozenset())
    [case] = build_cases("c", [doc])
    assert "colm peadar o dalaigh" in case.suspects()
