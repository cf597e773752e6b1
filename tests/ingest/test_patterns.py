"""Pattern entities (precision on a generated set with near-miss decoys) and the person rules
and in-document linking of ingest.entities."""

from __future__ import annotations

import pytest

from bench.entity_sets import DECOYS, pattern_set
from ingest.entities import find_mentions, link_within_document, load_nlp
from ingest.model import Page
from ingest.patterns import find_patterns
from search.entity_kinds import PATTERN_KINDS

MIN_PRECISION = 0.95


def _found(text: str) -> set[tuple[str, str]]:
    return {(m.kind, m.key) for m in find_patterns(text)}


def test_precision_and_recall_on_generated_set_with_decoys() -> None:
    items = pattern_set(seed=3, per_kind=40)
    for kind in PATTERN_KINDS:
        tp = fp = fn = 0
        for item in items:
            gold = {g for g in item.gold if g[0] == kind}
            found = {f for f in _found(item.text) if f[0] == kind}
            tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
        assert tp / max(tp + fp, 1) >= MIN_PRECISION, kind
        assert tp / max(tp + fn, 1) >= 0.9, kind


@pytest.mark.parametrize("decoy", DECOYS)
def test_near_misses_are_not_entities(decoy: str) -> None:
    assert _found(decoy) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Keeper STOKES, DOB 11/02/1951.", ("dob", "1951-02-11")),
    ("JT (born 1981) was placed.", ("dob", "1981")),
    ("Date of birth: 3rd March 1962", ("dob", "1962-03-03")),
    ("Tel 01632 960418.", ("phone", "+441632960418")),
    ("Mobile +44 7700 900152", ("phone", "+447700900152")),
    ("a blue Ford Sierra K482 QDN", ("vehicle", "K482QDN")),
    ("registration ABC 123 was seen", ("vehicle", "ABC123")),
    ("Ref NP/1997/04512", ("reference", "NP/1997/04512")),
    ("Harwick HW3 7LB", ("postcode", "HW3 7LB")),
    ("e-mail r.stokes@harwick.gov.example.", ("email", "r.stokes@harwick.gov.example")),
])
def test_forms_in_files(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


def test_overlaps_keep_the_longer_entity() -> None:
    found = find_patterns("Ref NP/1997/04512 and mail to np1997@harwick.gov.example")
    assert [m.kind for m in found] == ["reference", "email"]


# --- people: rules and linking within a document ---------------------------------------------

@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - a spaCy Language
    return load_nlp("en_core_web_sm")


def _people(nlp, *texts: str) -> list[tuple[str, str, str]]:  # noqa: ANN001
    mentions = find_mentions([Page(n + 1, t) for n, t in enumerate(texts)], nlp, 1_000_000)
    return [(m.text, m.key, m.raw_key) for m in mentions if m.kind == "person"]


def test_rules_find_forms_spacy_misses(nlp) -> None:  # noqa: ANN001
    keys = {key for _t, key, _r in _people(
        nlp, "DC Sarah WHITLOCK attended. Keeper STOKES, Raymond was out. Statement of Eileen "
             "Marsh. Rayrnond Stokes and Denny Carver were seen by PC 1187 ASHBY.")}
    assert {"sarah whitlock", "raymond stokes", "eileen marsh", "denny carver"} <= keys
    assert "ashby" in keys


def test_lone_surname_and_title_link_to_the_full_name(nlp) -> None:  # noqa: ANN001
    people = _people(nlp, "Raymond Stokes was interviewed by DI Alan Rowcliffe.",
                     "Later Mr Stokes said that Rowcliffe had shouted. Stokes left at 4pm.")
    linked = {(raw, key) for _t, key, raw in people if raw != key}
    assert ("stokes", "raymond stokes") in linked
    assert ("rowcliffe", "alan rowcliffe") in linked


def test_a_surname_two_people_share_is_not_linked(nlp) -> None:  # noqa: ANN001
    people = _people(nlp, "Raymond Stokes and Pauline Stokes were at home. Mr Stokes answered.")
    assert ("Stokes", "stokes", "stokes") in people


def test_ocr_damaged_and_nicknamed_spellings_count_as_one_person_for_linking() -> None:
    from ingest.entities import LinkedMention

    def mention(key: str) -> LinkedMention:
        return LinkedMention("person", key, key, 1, 0, 1, key)

    linked = link_within_document([mention("raymond stokes"), mention("ray stokes"),
                                   mention("rayrnond stokes"), mention("raymond stokes"),
                                   mention("stokes")])
    assert linked[-1].key == "raymond stokes"


def test_non_names_are_not_people(nlp) -> None:  # noqa: ANN001
    people = _people(nlp, "REPORT OF THE INVESTIGATING OFFICER\nDear Sir, Madam,\nHe said she "
                          "was out and they told him nothing.")
    assert people == []


@pytest.mark.parametrize("blank", ["\xa0", "\r", " \u2003 "])
def test_a_name_across_a_line_of_other_spaces_is_cut_to_its_line(blank: str) -> None:
    """A mail client's signature puts a line of no-break spaces (or a lone carriage return)
    between a name and the next: the name is the line that holds it, and reading the page does
    not fail (it left a real Outlook message without entities)."""
    from ingest.entities import _one_line

    text = f"Sarah Whitlock\n{blank}\nPublic Protection"
    start, end = _one_line(text, 0, len(text), "person")
    assert text[start:end] == "Sarah Whitlock"
