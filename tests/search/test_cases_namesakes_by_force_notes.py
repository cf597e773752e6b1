"""Namesakes told apart by the note a force writes after every name (in guillemets, or labelled
after a semicolon or a slash), and a word inside such a note that a language model takes for a
person (a language) is no suspect (search.cases.reading, search.cases.flags). Invented names
and sentences."""

from __future__ import annotations

import pytest

from search.cases.flags import _told_apart
from search.cases.reading import described
from search.cases.register import Mention, SourceDocument, build_cases

NAME = "Orrin Pask Vellacott"


@pytest.mark.parametrize(("after", "description"), [
    (" «Welsh and Breton speaker» was arrested", "note: welsh and breton speaker"),
    ("; beard: full beard has been charged", "beard: full beard"),
    ("; beard: none.", "beard: none"),
    (" / walk: drags his left foot", "walk: drags his"),
    (" was arrested", None),
])
def test_a_force_note_is_a_description(after: str, description: str | None) -> None:
    assert described(after) == description


def _case(serial: str, note: str, doc_id: str, extra: tuple[Mention, ...] = ()) -> object:
    text = f"Crime number KX/11/{serial}.\n{NAME}{note} was arrested on suspicion of grooming."
    start = text.index("Orrin")
    mentions = (Mention("reference", f"KX/11/{serial}", f"KX/11/{serial}", 1, 13, 26),
                Mention("person", "orrin pask vellacott", NAME, 1, start, start + len(NAME)), *extra)
    doc = SourceDocument(doc_id, "D-000001", "statement", None, None, {1: (text, "D-000001-0001")}, mentions)
    return build_cases("c", [doc])[0]


@pytest.mark.parametrize(("note", "other_note", "apart"), [
    (" «Welsh speaker»", " «Breton and Welsh speaker»", True),
    (" «Welsh speaker»", " «Welsh speaker»", False),
    ("; beard: none", "; beard: goatee", True),
    (" / walk: brisk", " / walk: brisk", False),
])
def test_namesakes_told_apart_by_a_force_note(note: str, other_note: str, apart: bool) -> None:
    one, other = _case("40312", note, "d1"), _case("40999", other_note, "d2")
    assert _told_apart(one, "orrin pask vellacott", other, "orrin pask vellacott") is apart


def test_a_language_in_guillemets_is_no_suspect() -> None:
    note = " «Cornish and English speaker»"
    text_start = len("Crime number KX/11/40312.\n") + len(NAME) + len(" «")
    language = Mention("person", "cornish", "Cornish", 1, text_start, text_start + len("Cornish"))
    case = _case("40312", note, "d1", (language,))
    assert case.suspects() == {"orrin pask vellacott"}
