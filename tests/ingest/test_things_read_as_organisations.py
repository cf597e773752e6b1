"""What a recogniser reads as an organisation or a place, and the words around it say otherwise:
a car's model written alone ("the Cavalier was stopped") is the car (ingest.entities.a_model_alone),
an institution's possessive and a building's last word before a colon are the name's own."""

from __future__ import annotations

import pytest

from ingest.entities import (
    Candidate,
    a_model_alone,
    find_mentions,
    load_nlp,
    models_after_makes,
    without_possessive,
)
from ingest.model import Page


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - a spaCy Language
    return load_nlp("en_core_web_sm")


def _org(text: str, word: str, kind: str = "org") -> Candidate:
    start = text.index(word)
    return Candidate(kind, start, start + len(word), word, tier=1)


@pytest.mark.parametrize("text", [
    "Officers stopped the Cavalier on Tenter Lane at 2300 with two girls in the rear.",
    "A maroon Granada was parked outside Kestrel Court all night.",
    "Granada (C614 PRV) seen at the taxi rank again.",
])
def test_a_model_with_an_article_a_colour_or_a_plate_is_the_car(text: str) -> None:
    word = "Cavalier" if "Cavalier" in text else "Granada"
    assert a_model_alone(text, _org(text, word), frozenset())
    assert a_model_alone(text, _org(text, word, "place"), frozenset())


def test_a_model_the_document_writes_after_its_make_is_the_car_anywhere_in_it() -> None:
    pages = ["The suspect drives a Vauxhall Astra, index unknown.",
             "Astra seen outside Kestrel Court at 0200, then Metro Cars office."]
    made = models_after_makes(pages)
    assert made == {"astra"}
    assert a_model_alone(pages[1], _org(pages[1], "Astra"), made)
    assert not a_model_alone(pages[1], _org(pages[1], "Astra"), frozenset())  # no cue, no make


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("The Metro reported the arrest on Monday.", "Metro", "org"),  # a newspaper too
    ("She flew to Ibiza with the girls in August.", "Ibiza", "place"),  # a place too
    ("Sierra Leone", "Sierra", "person"),  # never a person's
    ("the Cavalier Hotel", "Cavalier Hotel", "org"),  # two words: a hotel's name
])
def test_names_that_only_look_like_models_stay(text: str, word: str, kind: str) -> None:
    assert not a_model_alone(text, _org(text, word, kind), frozenset())


def test_the_chips_of_a_report_hold_no_models(nlp) -> None:  # noqa: ANN001
    text = ("Welfare visit, 12 March 1996.\n"
            "November 1996: the Cavalier was stopped on Moor Lane with a girl in the rear seat. "
            "The Sierra and the Cavalier have been seen together on fourteen occasions at the "
            "garages behind Harwick Borough Council's depot.")
    found = {(m.kind, m.text) for m in find_mentions([Page(1, text)], nlp, 100_000)}
    assert not {written for kind, written in found if kind in ("org", "place")} & {
        "Cavalier", "Sierra"}
    # and an institution's possessive is no part of its name
    assert ("org", "Harwick Borough Council") in found


@pytest.mark.parametrize(("kind", "written", "expected"), [
    ("org", "Harwick Borough Council's", "Harwick Borough Council"),
    ("place", "Ferncliffe House’s", "Ferncliffe House"),
    ("org", "Sainsbury's", "Sainsbury's"),  # a founder's name keeps it
    ("person", "Stokes's", "Stokes's"),  # people are read by the name rules
])
def test_an_institutions_possessive_is_dropped(kind: str, written: str, expected: str) -> None:
    assert without_possessive(kind, written) == expected


def test_a_buildings_name_before_a_colon_keeps_its_last_word(nlp) -> None:  # noqa: ANN001
    text = ("017 01/11/94 1015 Update from staff at Kestrel Lodge House: no contact from LM.\n"
            "018 01/11/94 1100 Call from Brackenfold Borough Council: no trace.\n")
    found = {(m.kind, m.text) for m in find_mentions([Page(1, text)], nlp, 100_000)}
    names = {written for kind, written in found if kind in ("org", "place")}
    assert "Kestrel Lodge" not in names and "Brackenfold Borough" not in names


@pytest.mark.parametrize("statute", ["Magistrates' Courts Act", "Criminal Justice Act",
                                     "Family Procedure Rules", "Care Planning Regulations"])
def test_a_statute_is_no_organisation(statute: str) -> None:
    from search.name_kinds import name_kind

    assert name_kind("org", statute)[0] is None
    assert name_kind("org", "Moor Lane Practice") == ("org", "Moor Lane Practice")  # a surgery


def test_an_operations_code_word_is_no_organisation(nlp) -> None:  # noqa: ANN001
    text = ("Reference: NP/1998/01512\nOpened: 05/02/1998 1730 hrs\nOperation: LARKSPUR (joint "
            "with Harwick Borough Council Social Services)\nOp. Kingfisher was closed in 2001 "
            "by Northshire Police.\n")
    found = {(m.kind, m.text) for m in find_mentions([Page(1, text)], nlp, 100_000)}
    assert not {written for _kind, written in found} & {"LARKSPUR", "Larkspur", "Kingfisher"}
    assert ("org", "Northshire Police") in found
    # the log's label is the operation's name, which the case register holds
    keys = {m.key for m in find_mentions([Page(1, text)], nlp, 100_000) if m.kind == "reference"}
    assert {"OPERATION/LARKSPUR", "OPERATION/KINGFISHER"} <= keys
