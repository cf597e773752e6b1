"""UK bank details end to end: a few small texts are ingested, and the bank details they name get
an entity page, a look-up and links, as phones do."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

pytestmark = pytest.mark.integration
COLLECTION = "bankdetails"
KEY = "20-00-00 12345678"
TEXTS = {
    "standing-order.txt": "Date: 03/02/1997\n\nRaymond Stokes paid the rent by standing order from "
                          "sort code 20-00-00 account 12345678.\n",
    "statement.txt": "Date: 05/03/1997\n\nThe statement for a/c 12345678 s/c 200000 was signed by "
                     "Raymond Stokes.\n",
    "phone-note.txt": "Date: 12/03/1997\n\nA call from 01632 960418 about crime reference "
                      "NP/1997/04512, logged 20-03-1997.\n",
}


@pytest.fixture(scope="module")
def bank_corpus(store, settings, tmp_path_factory):  # noqa: ANN001, ANN201
    from ingest.job import finish_job, run_local, start_job

    root = tmp_path_factory.mktemp("bank-details")
    for name, text in TEXTS.items():
        (root / name).write_text(text, encoding="utf-8")
    plan = start_job(store, settings, [root], COLLECTION, mode="local")
    run_local(store, settings, plan)
    counts = finish_job(store, settings, plan.job_id)
    assert counts.get("indexed") == len(TEXTS), counts
    return root


def _get(api, path: str, **params: object) -> dict:  # noqa: ANN001
    response = api.get(path, params={"collection": COLLECTION, **params})
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("typed", [KEY, "200000 12345678"])
def test_entity_page_gathers_every_form(api, bank_corpus, typed: str) -> None:  # noqa: ANN001
    page = _get(api, f"/api/entities/bank/{quote(typed)}", size=50)
    assert page["key"] == KEY and page["text"] == KEY
    assert page["document_count"] == 2 and page["mention_count"] == 2
    assert {d["path"].rsplit("/", 1)[-1] for d in page["documents"]} == {"standing-order.txt",
                                                                          "statement.txt"}
    written = {re.search(r"<mark>(.*?)</mark>", m["snippet"]).group(1) for m in page["mentions"]}
    assert written == {"20-00-00 account 12345678", "12345678 s/c 200000"}


def test_lookup_finds_the_details_as_typed(api, bank_corpus) -> None:  # noqa: ANN001
    for kind in ("bank", None):
        found = _get(api, "/api/entities", q="20-00-00 12345678", **({"kind": kind} if kind else {}))
        assert found["results"][0]["kind"] == "bank" and found["results"][0]["key"] == KEY
    every = _get(api, "/api/entities", q="", kind="bank")["results"]
    assert [r["key"] for r in every] == [KEY]  # the phone, the date and the reference are not


def test_bank_details_link_to_the_people_beside_them(api, bank_corpus) -> None:  # noqa: ANN001
    graph = _get(api, f"/api/entities/bank/{quote(KEY)}/graph", format="json")
    assert "person:raymond stokes" in {node["id"] for node in graph["nodes"]}
