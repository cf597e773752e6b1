"""A name as written filed once under another person's key (a table's cell run into the next)
is a stray link: the name is not that person's (the seventeenth names round, invented names)."""

from __future__ import annotations

from search.entity_query import apart_of, filed_under


def _aggs(found: dict[str, int], under: dict[str, int]) -> dict:
    return {"keys": {"buckets": [{"key": k, "doc_count": n, "documents": {"value": n}}
                                 for k, n in found.items()]},
            "filed": {"under": {"buckets": [{"key": k, "doc_count": n} for k, n in under.items()]}},
            "forms": {"texts": {"buckets": []}}}


def test_a_key_holding_few_of_a_name_s_filings_is_a_stray_link() -> None:
    assert filed_under([{"key": "orla pike", "doc_count": 9},
                        {"key": "tamsin jo pike", "doc_count": 1}]) == {"orla pike"}
    assert filed_under([{"key": "orla ann pike", "doc_count": 5},
                        {"key": "orla pike", "doc_count": 4}]) == {"orla ann pike", "orla pike"}
    assert filed_under([]) == set()


def test_the_other_person_of_a_stray_link_is_apart() -> None:
    aggs = _aggs({"orla pike": 15, "tamsin jo pike": 16}, {"orla pike": 9, "tamsin jo pike": 1})
    assert apart_of("person", "orla pike", aggs) == {"tamsin jo pike"}


class _Store:
    """A scoped store's stand-in: one answer to the variants look-up."""

    def __init__(self, found: dict[str, int], under: dict[str, int]) -> None:
        self.caller = type("Caller", (), {"user": None})()
        self.indices = type("Indices", (), {"mentions": "mentions"})()
        self.answer = {"aggregations": _aggs(found, under)}

    def search(self, _index: str, _body: dict) -> dict:
        return self.answer


def test_a_key_reached_only_by_a_stray_filing_is_no_variant() -> None:
    from search.lookups import StoreLookups
    store = _Store({"orla pike": 15, "tamsin jo pike": 1}, {"orla pike": 9, "tamsin jo pike": 1})
    assert StoreLookups(store).person_variants("orla pike") == []  # type: ignore[arg-type]
    store = _Store({"orla pike": 15, "orla ann pike": 6}, {"orla pike": 9, "orla ann pike": 6})
    assert StoreLookups(store).person_variants("orla pike") == [  # type: ignore[arg-type]
        ("orla ann pike", "exact")]
