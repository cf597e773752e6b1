"""A name as written filed once under another person's key (a table's cell run into the next)
is a stray link: the name is not that person's (the seventeenth names round, invented names)."""

from __future__ import annotations

from search.entity_query import apart_of, filed_under


def _aggs(found: dict[str, int], under: dict[str, int]) -> dict:
    return {"keys": {"buckets": [{"key": k, "doc_count": n, "documents": {"value": n}}
                                 for k, n in found.items()]},
            "filed": {"under": {"buckets": [{"key": k, "doc_count": n} for k, n in under.items()]}}}


def test_a_key_holding_few_of_a_name_s_filings_is_a_stray_link() -> None:
    assert filed_under([{"key": "orla pike", "doc_count": 9},
                        {"key": "tamsin jo pike", "doc_count": 1}]) == {"orla pike"}
    assert filed_under([{"key": "orla ann pike", "doc_count": 5},
                        {"key": "orla pike", "doc_count": 4}]) == {"orla ann pike", "orla pike"}
    assert filed_under([]) == set()


def test_the_other_person_of_a_stray_link_is_apart() -> None:
    aggs = _aggs({"orla pike": 15, "tamsin jo pike": 16}, {"orla pike": 9, "tamsin jo pike": 1})
    assert apart_of("person", "orla pike", aggs) == {"tamsin jo pike"}
