"""Review units, batch packing, the QC sample and disagreement rates (search.review_batches,
search.review_qc, search.coding_scheme): the pure parts, without a store."""

from __future__ import annotations

import pytest

from search.coding import merged, set_changes
from search.coding_scheme import CodingError, scheme_from
from search.review_batches import pack, review_units
from search.review_qc import disagreements, qc_sample


def doc(doc_id: str, control: str, root: str | None = None, group: str | None = None,
        sha: str | None = None) -> dict:
    return {"id": doc_id, "control": control, "root_id": root or doc_id,
            "near_dup_group": group, "sha256": sha or doc_id}


def test_a_family_and_its_near_duplicates_are_one_unit_in_the_order_of_their_first_hit() -> None:
    documents = [
        doc("note", "C-0005"),
        doc("attachment", "C-0002", root="mail"),  # hit before its e-mail
        doc("other", "C-0009", group="C-0003"),
        doc("mail", "C-0001"),
        doc("copy", "C-0003", group="C-0003", root="copy"),
        doc("near", "C-0004", group="C-0001", root="near"),
        doc("mail-near", "C-0006", group="C-0001", root="mail"),  # links mail and near
    ]
    units = [[d["id"] for d in unit] for unit in review_units(documents)]
    assert units == [["note"], ["mail", "attachment", "near", "mail-near"], ["copy", "other"]]


def test_units_are_packed_whole_and_a_large_one_is_a_batch_of_its_own() -> None:
    units = [[doc(f"u{n}-{m}", f"C-{n}{m}") for m in range(size)]
             for n, size in enumerate([1, 2, 1, 5, 1])]
    batches = pack(units, 3)
    assert [len(b) for b in batches] == [3, 1, 5, 1]
    assert batches[0] == ["u0-0", "u1-0", "u1-1"]


def test_the_qc_sample_is_a_rounded_up_share_chosen_by_the_seed() -> None:
    ids = [f"d{n}" for n in range(40)]
    sample = qc_sample(ids, 5, "seed-1")
    assert len(sample) == 2 and sample == qc_sample(ids, 5, "seed-1")
    assert sample == [d for d in ids if d in sample]  # in batch order
    assert len(qc_sample(ids, 0.1, "x")) == 1
    assert {tuple(qc_sample(ids, 10, str(seed))) for seed in range(10)} != {tuple(sample)}
    with pytest.raises(ValueError):
        qc_sample(ids, 0, "x")


def test_disagreement_is_counted_per_field_where_either_reviewer_gave_a_value() -> None:
    scheme = scheme_from("c", [{"name": "coding.relevance"},
                               {"name": "coding.issue", "choices": ["a", "b"]},
                               {"name": "coding.note"}])
    first = {"d1": {"relevance": "relevant", "issue": ["a", "b"]},
             "d2": {"relevance": "relevant"},
             "d3": {"relevance": "not relevant", "issue": ["a"]}}
    second = {"d1": {"relevance": "Relevant", "issue": ["b", "a"]},
              "d2": {"relevance": "not relevant", "issue": ["a"]},
              "d3": {"relevance": "not relevant"}}
    report = {row["field"]: row for row in disagreements(scheme, first, second)}
    assert report["coding.relevance"] == {"field": "coding.relevance", "compared": 3,
                                          "disagreements": 1, "rate": 0.3333}
    assert report["coding.issue"]["compared"] == 3 and report["coding.issue"]["disagreements"] == 2
    assert report["coding.note"] == {"field": "coding.note", "compared": 0, "disagreements": 0,
                                     "rate": None}


def test_a_scheme_checks_values_and_names_the_field_and_the_list() -> None:
    scheme = scheme_from("c", [{"name": "relevance"},
                               {"name": "coding.issues", "choices": ["Taxi licensing"]},
                               {"name": "coding.event_date"}])
    assert scheme.checked({"coding.relevance": "RELEVANT", "issue": "taxi licensing",
                           "coding.event_date": "2019-03-02"}) == {
        "relevance": "relevant", "issue": ["Taxi licensing"], "event_date": "2019-03-02"}
    with pytest.raises(CodingError, match=r"coding\.relevance.*'relevant', 'not relevant'"):
        scheme.checked({"relevance": "maybe"})
    with pytest.raises(CodingError, match=r"coding\.sensitivity is not in the coding scheme"):
        scheme.checked({"coding.sensitivity": "high"})
    with pytest.raises(CodingError, match="not a date"):
        scheme.checked({"coding.event_date": "2019-02-30"})
    with pytest.raises(CodingError, match="needs its list"):
        scheme_from("c", [{"name": "coding.sensitivity"}])
    with pytest.raises(CodingError, match="takes no list"):
        scheme_from("c", [{"name": "coding.note", "choices": ["x"]}])


def test_a_coding_change_moves_the_document_between_value_sets() -> None:
    before = {"relevance": "relevant", "issue": ["a"], "note": "x"}
    after = merged(before, {"relevance": None, "issue": ["b"]}, add=True)
    assert after == {"issue": ["a", "b"], "note": "x"}
    assert set_changes({"d": (before, after)}) == {
        ("issue", "b"): ({"d"}, set()), ("relevance", "relevant"): (set(), {"d"})}
