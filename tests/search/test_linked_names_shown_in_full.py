"""An entity page's linked people are shown by their full names, as their own pages show them,
not by the form the shared documents write first most often, which names no one on its own
(issue 13: two people who share documents appear in each other's linked names)."""

from __future__ import annotations

from search.cooccurrence import _shown


def test_a_linked_person_is_shown_by_the_full_name_not_the_commonest_form() -> None:
    texts = [{"key": "Hirst", "doc_count": 6}, {"key": "A.J.Hirst", "doc_count": 2},
             {"key": "Annie Hirst", "doc_count": 1}]
    assert _shown("person", "annie hirst", "person:annie hirst", texts) == "Annie Hirst"


def test_another_entity_keeps_its_usual_form() -> None:
    texts = [{"key": "Marlow Fold Baths", "doc_count": 4}, {"key": "MARLOW FOLD BATHS LTD",
                                                             "doc_count": 1}]
    assert _shown("org", "marlow fold baths", "org:marlow fold baths", texts) == "Marlow Fold Baths"


def test_an_entity_with_no_form_read_is_shown_by_its_key() -> None:
    assert _shown("person", "annie hirst", "annie hirst", []) == "annie hirst"
