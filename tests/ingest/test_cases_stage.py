"""The cases stage (search.cases, ingest.job.cases) over a small invented collection of two
forces and a council: references grouped into cases, outcomes cited to their sentence, roles,
flags with reasons, and the register rebuilt by ``--stage cases``."""

from __future__ import annotations

import pytest

from tests.ingested import ingest_texts

pytestmark = pytest.mark.integration
COLLECTION = "register"
FILES = {
    "Northshire Police/log-2005-03-01.txt":
        "Crime number NP/05/1234.\n\nOn 1 March 2005 Child A reported that she had been "
        "assaulted in a car. Darren Kearney was arrested on 2 March 2005 and interviewed under "
        "caution by DC Helen Ashworth. The car, a Vauxhall Astra W123 ABC, was seized.",
    "Northshire Police/closure-2005-03-10.txt":
        "Re: NP/05/1234.\n\nOn 10 March 2005 the investigation was closed: NFA, the victim did "
        "not support a prosecution.",
    "Northshire Police/log-2006-01-05.txt":
        "CAD 456 of 05/01/06 refers; crime number NP/06/0099.\n\nYP3 disclosed that she had "
        "been abused. Darren Kearney was named as a suspect. Gary Whitlock was arrested on "
        "6 January 2006. The Vauxhall Astra W123 ABC was seen again.",
    "Northshire Police/update-2006-02-01.txt":
        "NP/06/0099: on 1 February 2006 NFA was recorded, insufficient evidence.",
    "Northshire Police/update-2007-05-01.txt":
        "NP/06/0099 was re-opened on 1 May 2007 after a review.",
    "Eastmoor Constabulary/statement-2006-04-02.txt":
        "Crime reference EC-2006-000321.\n\nChild C made a complaint about Peter Brannigan on "
        "2 April 2006. Witness Mary Doyle saw the assault.",
    "Eastmoor Constabulary/charge-2006-06-01.txt":
        "Crime reference EC-2006-000321.\n\nPeter Brannigan was charged with rape on 1 June 2006.",
    "Kirkdale Council/referral-2006-07-01.txt":
        "MASH referral ref: KMBC-2006-0412.\n\nYP7 was reported missing on 1 July 2006. "
        "Social worker Anne Carter made the referral.",
}


@pytest.fixture(scope="module")
def collection(store, settings, tmp_path_factory):  # noqa: ANN001, ANN201
    root = tmp_path_factory.mktemp("register")
    _job, counts = ingest_texts(store, settings, root, FILES, COLLECTION)
    assert counts.get("indexed"), counts
    return root


def _cases(store, settings) -> dict[str, dict]:  # noqa: ANN001
    from search.indices import Indices

    hits = store.search(index=Indices(settings.index_prefix).cases, body={"size": 100, "query": {
        "term": {"collection": COLLECTION}}})["hits"]["hits"]
    return {h["_source"]["reference"]: h["_source"] for h in hits}


def _people(case: dict, role: str) -> set[str]:
    return {p["name"] for p in case["people"] if p["role"] == role}


def test_references_said_together_are_one_case(store, settings, collection) -> None:  # noqa: ANN001
    cases = _cases(store, settings)
    assert set(cases) == {"NP/05/1234", "NP/06/0099", "EC-2006-000321", "KMBC-2006-0412"}
    assert cases["NP/06/0099"]["reference_keys"] == ["CAD/2006-01-05/0456", "NP/2006/00099"]
    assert cases["NP/05/1234"]["document_count"] == 2
    assert cases["NP/05/1234"]["force"] == "Northshire Police"
    assert cases["KMBC-2006-0412"]["force"] == "Kirkdale Council"


def test_outcomes_are_cited_and_a_later_one_supersedes(store, settings, collection) -> None:  # noqa: ANN001
    cases = _cases(store, settings)
    first = cases["NP/05/1234"]
    assert (first["outcome"], first["outcome_reason"]) == ("nfa", "victim did not support")
    assert "did not support" in first["outcome_cite"]["sentence"]
    assert first["outcome_cite"]["citation"].endswith("-0001")
    assert first["reported"]["date"] == "2005-03-01" and first["closed"]["date"] == "2005-03-10"
    reopened = cases["NP/06/0099"]
    assert reopened["outcome"] == "open"
    assert [h["outcome"] for h in reopened["history"]] == ["nfa", "open"]
    assert cases["EC-2006-000321"]["outcome"] == "charged"
    assert cases["KMBC-2006-0412"]["outcome"] == "unknown"


def test_people_have_roles_with_citations(store, settings, collection) -> None:  # noqa: ANN001
    cases = _cases(store, settings)
    first = cases["NP/05/1234"]
    assert _people(first, "suspect") == {"Darren Kearney"}
    assert _people(first, "subject") == {"Child A"}
    assert "Helen Ashworth" in _people(first, "officer")
    assert _people(cases["NP/06/0099"], "suspect") == {"Darren Kearney", "Gary Whitlock"}
    assert _people(cases["EC-2006-000321"], "suspect") == {"Peter Brannigan"}
    assert "Mary Doyle" in _people(cases["EC-2006-000321"], "witness")
    assert "Anne Carter" in _people(cases["KMBC-2006-0412"], "officer")
    for case in cases.values():
        for person in case["people"]:
            assert person["cites"] and 0 < person["confidence"] <= 1


def test_flags_have_reasons_and_citations(store, settings, collection) -> None:  # noqa: ANN001
    cases = _cases(store, settings)
    first = {f["flag"]: f for f in cases["NP/05/1234"]["flags"]}
    assert set(first) == {"closed early", "suspect elsewhere", "shared vehicle"}
    assert "9 days" in first["closed early"]["reason"]
    assert "Darren Kearney" in first["suspect elsewhere"]["reason"]
    assert first["shared vehicle"]["linked"][0]["reference"] == "NP/06/0099"
    assert "linked" in cases["NP/05/1234"]["flag_names"]
    assert cases["KMBC-2006-0412"]["flag_names"] == ["no outcome"]
    assert "closed early" not in cases["EC-2006-000321"]["flag_names"]
    for case in cases.values():
        for flag in case["flags"]:
            assert flag["reason"] and flag["cites"], flag


def test_documents_are_searchable_by_their_cases(store, settings, collection) -> None:  # noqa: ANN001
    from search.indices import Indices
    from search.query import build_query

    def found(text: str) -> set[str]:
        query = {"bool": {"filter": [{"term": {"collection": COLLECTION}}, build_query(text)]}}
        hits = store.search(index=Indices(settings.index_prefix).documents, body={
            "size": 50, "query": query})["hits"]["hits"]
        return {h["_source"]["filename"] for h in hits}

    assert found('case.outcome:"nfa victim did not support"') == {
        "log-2005-03-01.txt", "closure-2005-03-10.txt"}
    assert "statement-2006-04-02.txt" in found("case.outcome:charged")
    assert found('case.flag:"closed early"') == {"log-2005-03-01.txt", "closure-2005-03-10.txt"}


def test_the_stage_runs_again_with_a_collection_limit(store, settings, collection) -> None:  # noqa: ANN001
    from api.cli import run_stage

    try:
        _job, counts = run_stage([collection], COLLECTION, "cases", show_progress=False,
                                 closed_within=5)
        assert counts.get("indexed") == len(FILES)
        cases = _cases(store, settings)
        assert "closed early" not in cases["NP/05/1234"]["flag_names"]
    finally:
        run_stage([collection], COLLECTION, "cases", show_progress=False, closed_within=28)
    assert "closed early" in _cases(store, settings)["NP/05/1234"]["flag_names"]
