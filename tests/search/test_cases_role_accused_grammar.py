"""A suspect read from what a sentence's grammar says of the name (search.cases.clauses): the
subject of a deed of abuse, in a reported clause or sharing its subject with another verb, and
the name linked to a noun for the one who did it, by "is", by apposition or by "as" after
naming or identifying. Denied or only a witness's is no suspect. Invented
sentences."""

from __future__ import annotations

import pytest

from search.cases.roles import role_of_name

NAME = "Tom Reeve"


def _role(sentence: str) -> str | None:
    at = sentence.index(NAME)
    found = role_of_name(sentence[:at], NAME, sentence[at + len(NAME):])
    return found.role if found else None


@pytest.mark.parametrize("sentence", [
    "She told us Tom Reeve had sex with her.",
    "Tom Reeve gave Child A cannabis and had sex with her.",
    "The girl says Tom Reeve is the man who abused her.",
    "Tom Reeve is the man Child A says abused her.",
    "The child named her abuser as Tom Reeve.",
    "Child A identified the man who abused her as Tom Reeve.",
    "Her abuser, Tom Reeve, is 34.",
    "Tom Reeve is thought to be her abuser.",
])
def test_the_one_who_did_it_by_the_sentences_grammar(sentence: str) -> None:
    assert _role(sentence) == "suspect"


@pytest.mark.parametrize("sentence", [
    "The girl says Tom Reeve is not the man who abused her.",
    "Tom Reeve, a neighbour, saw the man who abused her.",
    "Tom Reeve told police the man who abused her drove a red van.",
])
def test_a_denial_or_a_witness_is_no_suspect(sentence: str) -> None:
    assert _role(sentence) != "suspect"


def test_a_word_taken_for_a_name_before_a_participle_of_abuse_is_no_suspect() -> None:
    found = role_of_name("", "Arrest", " made for befriending a girl of fifteen online and then abusing her; "
                                       "caution given at the door.")
    assert found is None or found.role != "suspect"


def test_a_deed_in_the_progressive_is_the_subjects() -> None:
    found = role_of_name("Police reported that ", NAME, " (ht 183 cm) may be grooming the girl.")
    assert found is not None and found.role == "suspect"


def test_a_heading_in_capitals_on_the_next_line_is_no_noun_of_the_names() -> None:
    found = role_of_name("OIC: TDC Ann Lee (W6392) | ", "REVIEWING SUPERVISOR",
                         ": DS Tom Reeve (W8255)\nSUSPECT / ARRESTED 02-Feb-04 / Harjinder Atwal")
    assert found is None or found.role != "suspect"
