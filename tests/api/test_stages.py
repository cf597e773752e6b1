"""Running a stage again from the API (``/api/collections/{name}/stages``,
api/routes/collections.py): the stages listed from ``ingest.stages.STAGES``, an admin's entities
re-run followed to its end as a job with its ledger, and what is refused: a reviewer (403), a
stage that does not exist (422), a collection that does not exist (404)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from ingest.stages import STAGES
from tests.conftest import client_as_new_user
from tests.ingested import ingest_texts

pytestmark = pytest.mark.integration
COLLECTION = "stages-api"
FILES = {
    "minutes.txt": "Minutes of the meeting held in Leeds on 4 May 2001. Margaret Hollins "
                   "chaired; Peter Okafor of Northshire Council took the minutes.",
    "letter.txt": "Dear Ms Hollins, thank you for your letter of 9 May 2001 about the Leeds "
                  "meeting. Yours sincerely, Peter Okafor.",
}


@pytest.fixture(scope="module")
def collection(store, settings, tmp_path_factory) -> Path:  # noqa: ANN001
    root = tmp_path_factory.mktemp("stages-api")
    ingest_texts(store, settings, root, FILES, COLLECTION)
    return root


def _finished(api, job_id: str, timeout_s: float = 300) -> dict:  # noqa: ANN001
    deadline = time.monotonic() + timeout_s
    while True:
        job = api.get(f"/api/jobs/{job_id}").json()
        if job["status"] == "finished":
            return job
        assert time.monotonic() < deadline, f"job {job_id} still {job['status']}"
        time.sleep(0.5)


def test_the_stages_are_listed_from_their_declaration(api, collection) -> None:  # noqa: ANN001
    answer = api.get(f"/api/collections/{COLLECTION}/stages")
    assert answer.status_code == 200, answer.text
    assert [s["name"] for s in answer.json()] == list(STAGES)
    assert all(s["description"] for s in answer.json())


def test_an_admin_runs_entities_again_as_a_job_with_its_ledger(api, collection) -> None:  # noqa: ANN001
    started = api.post(f"/api/collections/{COLLECTION}/stages", json={"stage": "entities"})
    assert started.status_code == 202, started.text
    assert started.json()["stage"] == "entities" and started.json()["received"] == len(FILES)
    job = _finished(api, started.json()["job_id"])
    assert job["mode"] == "stage:entities" and job["collection"] == COLLECTION
    assert job["received"] == len(FILES) == sum(job["counts"].values())
    assert job["counts"]["indexed"] == len(FILES) and not job["failures"]
    # The entities found again are searchable as before.
    people = api.get("/api/search", params={"collection": COLLECTION}).json()
    assert {"Margaret Hollins", "Peter Okafor"} <= {f["value"] for f in people["facets"]["person"]}


def test_a_reviewer_may_not_run_a_stage(app, store, indices, settings, collection) -> None:  # noqa: ANN001
    reviewer = client_as_new_user(app, store, indices, settings, "stages-reviewer", "reviewer",
                                  [COLLECTION])
    assert reviewer.get(f"/api/collections/{COLLECTION}/stages").status_code == 200
    answer = reviewer.post(f"/api/collections/{COLLECTION}/stages", json={"stage": "entities"})
    assert answer.status_code == 403, answer.text


def test_a_stage_that_does_not_exist_is_422(api, collection) -> None:  # noqa: ANN001
    answer = api.post(f"/api/collections/{COLLECTION}/stages", json={"stage": "translate"})
    assert answer.status_code == 422, answer.text
    assert api.post(f"/api/collections/{COLLECTION}/stages", json={}).status_code == 422


def test_a_collection_that_does_not_exist_is_404(api) -> None:  # noqa: ANN001
    answer = api.post("/api/collections/no-such-collection/stages", json={"stage": "entities"})
    assert answer.status_code == 404, answer.text
    assert api.get("/api/collections/no-such-collection/stages").status_code == 404
