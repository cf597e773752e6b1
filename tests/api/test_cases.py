"""The case register's API (api/routes/cases.py) over an invented collection: the register
filtered, sorted and exported (CSV, XLSX), a case page with its timeline and linked cases, the
suspect-centred view, the GraphML export, and access: a reader without the grant sees no case,
an uncleared reader sees subjects by their codes and protected names as ciphers."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.conftest import client_as_new_user
from tests.ingested import ingest_texts

pytestmark = pytest.mark.integration
COLLECTION = "cases-api"
PROTECTED, CIPHER = "Darren Kearney", "Nominal K1"
FILES = {
    "Northshire Police/log-2005-03-01.txt":
        "Crime number NP/05/1234.\n\nOn 1 March 2005 Child A reported that she had been "
        "assaulted. Darren Kearney was arrested on 2 March 2005 and interviewed under caution "
        "by DC Helen Ashworth. The complainant, Laura Pike, gave a statement.",
    "Northshire Police/closure-2005-03-10.txt":
        "Re: NP/05/1234.\n\nOn 10 March 2005 the case was closed: NFA, insufficient evidence.",
    "Northshire Police/log-2006-01-05.txt":
        "CAD 456 of 05/01/06 refers; crime number NP/06/0099.\n\nYP3 disclosed abuse on "
        "5 January 2006. Darren Kearney was named as a suspect.",
    "Northshire Police/charge-2006-03-01.txt":
        "NP/06/0099: Darren Kearney was charged on 1 March 2006.",
}


@pytest.fixture(scope="module")
def register(store, indices, settings, tmp_path_factory) -> Path:  # noqa: ANN001
    from search.ciphers import CipherStore

    CipherStore(store, settings.index_prefix).add(COLLECTION, PROTECTED, CIPHER)
    root = tmp_path_factory.mktemp("cases-api")
    ingest_texts(store, settings, root, FILES, COLLECTION)
    return root


def _by_reference(answer: dict) -> dict[str, dict]:
    return {case["reference"]: case for case in answer["cases"]}


def test_the_register_filters_and_sorts(api, register) -> None:  # noqa: ANN001
    everything = api.get("/api/cases", params={"collection": COLLECTION}).json()
    assert everything["total"] == 2
    cases = _by_reference(everything)
    assert cases["NP/05/1234"]["outcome"] == "nfa"
    assert cases["NP/05/1234"]["suspects"] == [PROTECTED]
    nfa_linked = api.get("/api/cases", params={
        "collection": COLLECTION, "outcome": "nfa", "flag": "linked"}).json()
    assert [c["reference"] for c in nfa_linked["cases"]] == ["NP/05/1234"]
    early = api.get("/api/cases", params={"collection": COLLECTION, "flag": "closed early"})
    assert [c["reference"] for c in early.json()["cases"]] == ["NP/05/1234"]
    later = api.get("/api/cases", params={"collection": COLLECTION, "sort": "first_date",
                                          "descending": True}).json()
    assert [c["reference"] for c in later["cases"]] == ["NP/06/0099", "NP/05/1234"]
    assert api.get("/api/cases", params={"collection": COLLECTION, "start": "2006"}).json()[
        "total"] == 1
    assert api.get("/api/cases", params={"flag": "nonsense"}).status_code == 400
    # A period in the shape of a date but no date at all is the caller's error, not the node's.
    for not_a_day in ("2006-00", "2006-13", "2006-02-30", "0000"):
        refused = api.get("/api/cases/graph", params={"collection": COLLECTION, "start": not_a_day})
        assert refused.status_code == 422, (not_a_day, refused.text)


def test_the_register_exports_as_csv_and_xlsx(api, register) -> None:  # noqa: ANN001
    from openpyxl import load_workbook

    answer = api.get("/api/cases", params={"collection": COLLECTION, "format": "csv"})
    assert answer.status_code == 200 and "attachment" in answer.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert {r["reference"] for r in rows} == {"NP/05/1234", "NP/06/0099"}
    book = api.get("/api/cases", params={"collection": COLLECTION, "format": "xlsx"})
    sheet = load_workbook(io.BytesIO(book.content)).active
    assert sheet.max_row == 3 and sheet.cell(1, 1).value == "reference"


def test_a_case_page_cites_its_closure_and_links(api, register) -> None:  # noqa: ANN001
    cases = _by_reference(api.get("/api/cases", params={"collection": COLLECTION}).json())
    page = api.get(f"/api/cases/{cases['NP/05/1234']['id']}").json()
    assert page["outcome_reason"] == "insufficient evidence"
    assert "insufficient evidence" in page["outcome_cite"]["sentence"]
    assert page["outcome_cite"]["page"] == 1 and page["outcome_cite"]["doc_id"]
    roles = {g["role"]: [p["name"] for p in g["people"]] for g in page["people_by_role"]}
    assert roles["suspect"] == [PROTECTED] and "Child A" in roles["subject"]
    assert "Laura Pike" in roles["subject"] and "Helen Ashworth" in roles["officer"]
    assert [e["event"] for e in page["timeline"]][:2] == ["document", "reported"]
    (linked,) = page["linked_cases"]
    assert linked["reference"] == "NP/06/0099"
    assert linked["why"][0]["flag"] == "suspect elsewhere"
    assert api.get("/api/cases/case-ffffffffffffffffffff").status_code == 404


def test_a_person_is_followed_across_cases(api, register) -> None:  # noqa: ANN001
    answer = api.get("/api/cases/people/darren kearney", params={"collection": COLLECTION}).json()
    assert answer["name"] == PROTECTED
    assert {(c["reference"], c["role"], c["outcome"]) for c in answer["cases"]} == {
        ("NP/05/1234", "suspect", "nfa"), ("NP/06/0099", "suspect", "charged")}


def test_the_graph_export_is_graphml(api, register) -> None:  # noqa: ANN001
    answer = api.get("/api/cases/graph", params={"collection": COLLECTION})
    assert answer.headers["content-type"].startswith("application/graphml+xml")
    assert "NP/05/1234" in answer.text and PROTECTED in answer.text


def test_a_reader_without_the_grant_sees_no_case(
        app, store, indices, settings, api, register) -> None:  # noqa: ANN001
    cases = _by_reference(api.get("/api/cases", params={"collection": COLLECTION}).json())
    outsider = client_as_new_user(app, store, indices, settings, "cases-outsider", "reviewer",
                                  ["elsewhere"])
    assert outsider.get("/api/cases").json()["total"] == 0
    assert outsider.get("/api/cases", params={"collection": COLLECTION}).status_code == 403
    assert outsider.get(f"/api/cases/{cases['NP/05/1234']['id']}").status_code == 404
    assert outsider.get("/api/cases/people/darren kearney").status_code == 404


def test_an_uncleared_reader_sees_codes_and_ciphers(
        app, store, indices, settings, api, register) -> None:  # noqa: ANN001
    from fastapi.testclient import TestClient

    from search.users import UserStore

    token = UserStore(store, indices, settings.secret_key).add(
        "cases-uncleared", "reviewer", [COLLECTION], cleared=False)
    reader = TestClient(app)
    reader.headers["Authorization"] = f"Bearer {token}"
    listed = reader.get("/api/cases", params={"collection": COLLECTION})
    assert listed.status_code == 200 and listed.json()["total"] == 2
    cases = _by_reference(listed.json())
    assert cases["NP/05/1234"]["suspects"] == [CIPHER]
    page = reader.get(f"/api/cases/{cases['NP/05/1234']['id']}")
    subjects = next(g for g in page.json()["people_by_role"] if g["role"] == "subject")
    assert {p["name"] for p in subjects["people"]} == {"Child A", "Subject (name withheld)"}
    exported = reader.get("/api/cases", params={"collection": COLLECTION, "format": "csv"})
    graph = reader.get("/api/cases/graph", params={"collection": COLLECTION})
    for answer in (listed, page, exported, graph):
        text = answer.text.lower()
        assert "kearney" not in text and "laura pike" not in text, answer.url
    assert reader.get("/api/cases/people/darren kearney").status_code == 404
    assert reader.get(f"/api/cases/people/{CIPHER.lower()}").json()["name"] == CIPHER



def test_a_role_corrected_is_kept_and_rebuilds_the_flags(api, register) -> None:  # noqa: ANN001
    cases = _by_reference(api.get("/api/cases", params={"collection": COLLECTION}).json())
    case_id = cases["NP/06/0099"]["id"]
    answer = api.post(f"/api/cases/{case_id}/roles",
                      json={"key": "darren kearney", "role": "witness", "note": "misread"})
    assert answer.status_code == 200, answer.text
    roles = {p["name"]: p for g in answer.json()["people_by_role"] for p in g["people"]}
    assert roles[PROTECTED]["role"] == "witness"
    assert roles[PROTECTED]["rule"] == "corrected by test-admin"
    first = _by_reference(api.get("/api/cases", params={"collection": COLLECTION}).json())
    assert "suspect elsewhere" not in first["NP/05/1234"]["flag_names"]
    assert api.post(f"/api/cases/{case_id}/roles",
                    json={"key": "nobody here", "role": "witness"}).status_code == 400
