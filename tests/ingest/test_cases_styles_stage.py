"""The cases stage (``--stage cases``) over a collection in layouts the rules were not written
for: two invented forces and a council that write their references with labels in their own
arrangements (OB and crime numbers with the serial first, URNs glued and split, incident numbers
with the date first, council referral and case numbers), outcomes in Home Office and council
wording, and people as "SURNAME Forename", in forms with sections, and after labels."""

from __future__ import annotations

import pytest

from tests.ingested import ingest_texts

pytestmark = pytest.mark.integration
COLLECTION = "register-styles"
FILES = {
    "Hallam Vale Police/occurrence-2007-03-14.txt":
        "HALLAM VALE POLICE - OCCURRENCE SUMMARY\nOB No: 40213/07\nIncident: 20070314/0219\n\n"
        "Reported 14/03/2007: Child D disclosed that she had been abused by an older man.\n\n"
        "NOMINAL DETAILS\nName: WEBB Mark\nDOB: 01/02/1979\n\n"
        "Susp: KHAN, Imran (DOB 12/03/1980) was arrested on 15/03/2007 and interviewed under "
        "caution by T/DS 4471 Rowe.",
    "Hallam Vale Police/finalisation-2007-04-02.txt":
        "Crime Ref. 40213/2007\n\nFinalisation: Outcome 16 - evidential difficulties, victim "
        "does not support. Date closed: 02/04/2007.",
    "Hallam Vale Police/occurrence-2007-06-01.txt":
        "OB No: 40214/07\n\nOn 01/06/2007 YP4 reported being taken to a flat. Person reported: "
        "Dale HUGHES.\n\nOn 20/07/2007 Dale Hughes was summonsed to appear at Hallam "
        "Magistrates.",
    "Wexcombe Constabulary/log-2007-05-02.txt":
        "URN 23WX0518807\nLog 0107 of 02/05/2007\n\nInjured party: Laura Pike. Alleged "
        "perpetrator: Lee CARR, aged 41.\n\nStatus - filed pending further information.",
    "Wexcombe Constabulary/review-2008-02-20.txt":
        "URN: 23/WX/05188/07\n\nOn 10/01/2008 the investigation was re-opened. Lee Carr was "
        "reported for summons on 20/02/2008.",
    "Brackley Borough Council/referral-2007-03-20.txt":
        "BRACKLEY BOROUGH COUNCIL - CHILDREN'S SOCIAL CARE\nReferral No: 07/3318\nYour ref: "
        "40213/2007\n\nSocial worker: Jane Ross.\nChild D is known to services. Alleged abuser "
        "- Mark WEBB.",
    "Brackley Borough Council/case-2007-06-03.txt":
        "Case No. 2007-3319\n\nYP6 was reported missing on 3 June 2007 and has since returned.",
}


@pytest.fixture(scope="module")
def cases(store, settings, tmp_path_factory):  # noqa: ANN001, ANN201
    from api.cli import run_stage
    from search.indices import Indices

    root = tmp_path_factory.mktemp("styles")
    _job, counts = ingest_texts(store, settings, root, FILES, COLLECTION)
    assert counts.get("indexed"), counts
    _job, counts = run_stage([root], COLLECTION, "cases", show_progress=False)
    assert counts.get("indexed") == len(FILES)
    hits = store.search(index=Indices(settings.index_prefix).cases, body={"size": 100, "query": {
        "term": {"collection": COLLECTION}}})["hits"]["hits"]
    return {tuple(h["_source"]["reference_keys"]): h["_source"] for h in hits}


def _people(case: dict, role: str) -> set[str]:
    return {p["name"] for p in case["people"] if p["role"] == role}


FIRST = ("CAD/2007-03-14/0219", "CRIME/2007/40213", "REFERRAL/2007/03318")
SECOND = ("OCCURRENCE/2007/40214",)
THIRD = ("23-WX/2007/05188", "CAD/2007-05-02/0107")
FOURTH = ("REFERRAL/2007/03319",)


def test_every_reference_is_grouped_into_its_case(cases) -> None:  # noqa: ANN001
    assert set(cases) == {FIRST, SECOND, THIRD, FOURTH}
    assert cases[FIRST]["document_count"] == 3
    assert cases[THIRD]["document_count"] == 2


def test_outcomes_in_their_own_words(cases) -> None:  # noqa: ANN001
    first = cases[FIRST]
    assert (first["outcome"], first["outcome_reason"]) == ("nfa", "victim did not support")
    assert "evidential difficulties" in first["outcome_cite"]["sentence"]
    assert cases[SECOND]["outcome"] == "charged"
    assert [h["outcome"] for h in cases[THIRD]["history"]] == ["filed", "open", "charged"]
    assert cases[THIRD]["outcome"] == "charged"
    assert cases[FOURTH]["outcome"] == "unknown"


def test_people_by_role(cases) -> None:  # noqa: ANN001
    first = cases[FIRST]
    assert _people(first, "suspect") == {"Imran Khan", "Mark Webb"}
    assert "Child D" in _people(first, "subject")
    assert "Jane Ross" in _people(first, "officer")
    assert _people(cases[SECOND], "suspect") == {"Dale Hughes"}
    assert _people(cases[THIRD], "suspect") == {"Lee Carr"}
    assert "Laura Pike" in _people(cases[THIRD], "subject")
    assert not _people(cases[FOURTH], "suspect")
