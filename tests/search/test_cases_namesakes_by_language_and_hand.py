"""Namesakes told apart by the language they need an interpreter in, the accent they speak with
or the hand they write with, written beside the name in two cases (search.cases.reading,
search.cases.flags): an NFA is not linked to another case through a namesake. All names and
sentences are invented."""

from __future__ import annotations

import pytest

from search.cases.flags import _told_apart
from search.cases.reading import described
from search.cases.register import Mention, SourceDocument, build_cases


@pytest.mark.parametrize(("after", "description"), [
    (" (interpreter: Tigrinya) was arrested", "interpreter: tigrinya"),
    (" (interpreter: none).", "interpreter: none"),
    (" [accent: Fife] was seen", "accent: fife"),
    (", left handed gave a cautioned interview", "handed: left"),
    (" (right-handed)", "handed: right"),
    (" (solicitor: Ann Pryce)", None),
])
def test_a_note_on_language_accent_or_hand_is_a_description(after: str, description: str | None) -> None:
    assert described(after) == description


def _case(serial: str, note: str, doc_id: str) -> object:
    text = f"Crime number KX/11/{serial}.\nOrrin Pask Vellacott{note} was arrested on suspicion of grooming."
    start = text.index("Orrin")
    mentions = (Mention("reference", f"KX/11/{serial}", f"KX/11/{serial}", 1, 13, 26),
                Mention("person", "orrin pask vellacott", "Orrin Pask Vellacott", 1, start, start + 20))
    doc = SourceDocument(doc_id, "D-000001", "statement", None, None, {1: (text, "D-000001-0001")}, mentions)
    return build_cases("c", [doc])[0]


@pytest.mark.parametrize(("note", "other_note", "apart"), [
    (" (interpreter: Tigrinya)", " (interpreter: none)", True),
    (" (interpreter: Tigrinya)", " (interpreter: Tigrinya)", False),
    (" [accent: Fife]", " [accent: Cork]", True),
    (", left handed,", ", right handed,", True),
    (", left handed,", ", left handed,", False),
    (" [accent: Fife]", ", left handed,", False),  # nothing written of one kind in both
])
def test_namesakes_told_apart_by_language_accent_or_hand(note: str, other_note: str, apart: bool) -> None:
    one, other = _case("40312", note, "d1"), _case("40999", other_note, "d2")
    assert _told_apart(one, "orrin pask vellacott", other, "orrin pask vellacott") is apart
