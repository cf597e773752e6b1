"""A production's preview (``GET /api/productions/{id}/preview``): before it is issued, each
document in order with the URN it is to be given, its pages, its approved and merely proposed
redactions, and the documents withheld in full with their reasons (by the production, or because
every page is redacted whole); after the issue, the URNs it was given, unchanged."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from reportlab.pdfgen import canvas

from config import Settings
from tests.api.test_redactions import _ingest, _user
from tests.ingested import documents_of

pytestmark = pytest.mark.integration
COLLECTION = "preview-a"
REASON = "Restriction Order 3: identity of complainant"
PRIVILEGE = "legal professional privilege"
PREFIX = "PVW"


@pytest.fixture(scope="module")
def scene(store, indices, settings: Settings, tmp_path_factory) -> dict[str, dict]:  # noqa: ANN001
    folder = tmp_path_factory.mktemp("preview") / COLLECTION
    folder.mkdir()
    pdf = canvas.Canvas(str(folder / "a-statement.pdf"))
    for page in (1, 2, 3):
        pdf.drawString(60, 780, f"Statement of Orla Fenwick about the gull quay, sheet {page}.")
        pdf.showPage()
    pdf.save()
    (folder / "b-log.txt").write_text("Quay log: the gull boat left at dawn.\n", encoding="utf-8")
    (folder / "c-advice.txt").write_text("Advice to the inquiry on the gull quay.\n",
                                         encoding="utf-8")
    (folder / "d-note.txt").write_text("Note: Orla Fenwick rang the quay office.\n",
                                       encoding="utf-8")
    _ingest(store, settings, folder, COLLECTION)
    return documents_of(store, indices, COLLECTION)


@pytest.fixture(scope="module")
def people(app, store, indices, settings, api, scene) -> dict[str, TestClient]:  # noqa: ANN001
    made = {name: _user(app, store, indices, settings, f"pvw-{name}", "reviewer", [COLLECTION],
                        True) for name in ("proposer", "approver")}
    answer = api.put(f"/api/collections/{COLLECTION}/redaction-reasons",
                     json={"reasons": [REASON]})
    assert answer.status_code == 200, answer.text
    return made


def _redact(people: dict[str, TestClient], doc_id: str, body: dict, approve: bool) -> None:
    made = people["proposer"].post(f"/api/documents/{doc_id}/redactions",
                                   json={"reason": REASON, **body})
    assert made.status_code == 201, made.text
    if approve:
        answer = people["approver"].post(f"/api/redactions/{made.json()['id']}/approve")
        assert answer.status_code == 200, answer.text


def test_the_preview_before_and_after_the_issue(people, scene) -> None:  # noqa: ANN001
    statement, log = scene["a-statement.pdf"], scene["b-log.txt"]
    advice, note = scene["c-advice.txt"], scene["d-note.txt"]
    box = {"x0": 0.1, "y0": 0.05, "x1": 0.9, "y1": 0.1}
    _redact(people, statement["id"], {"page": 1, "kind": "box", "box": box}, approve=True)
    _redact(people, statement["id"], {"page": 2, "kind": "box", "box": box}, approve=True)
    _redact(people, statement["id"], {"page": 3, "kind": "box", "box": box}, approve=False)
    _redact(people, log["id"], {"page": 1, "kind": "page"}, approve=True)
    proposer = people["proposer"]
    controls = [c["control"] for c in (statement, log, advice, note)]
    made = proposer.post("/api/productions", json={
        "name": "Preview", "collection": COLLECTION, "recipient": "Core participant 2",
        "prefix": PREFIX, "controls": controls, "withheld": {advice["control"]: PRIVILEGE}})
    assert made.status_code == 201, made.text
    production = made.json()["id"]

    before = proposer.get(f"/api/productions/{production}/preview")
    assert before.status_code == 200, before.text
    shown = before.json()
    rows = {r["control"]: r for r in shown["documents"]}
    assert [r["control"] for r in shown["documents"]] == controls
    assert rows[statement["control"]] | {"doc_id": None} == {
        "position": 1, "doc_id": None, "control": statement["control"], "urn": f"{PREFIX}000001",
        "urn_given": False, "pages": 3, "redactions": 2, "proposed": 1, "withheld": None,
        "missing": False}
    assert rows[log["control"]]["withheld"] == REASON and rows[log["control"]]["urn"] is None
    assert rows[advice["control"]]["withheld"] == PRIVILEGE
    assert rows[note["control"]]["urn"] == f"{PREFIX}000002"
    assert (shown["produced"], shown["withheld"], shown["pages"], shown["redactions"],
            shown["proposed"]) == (2, 2, 4, 3, 1)

    issued = proposer.post(f"/api/productions/{production}/issue")
    assert issued.status_code == 202, issued.text
    after = proposer.get(f"/api/productions/{production}/preview").json()
    rows = {r["control"]: r for r in after["documents"]}
    assert after["state"] == "issued"
    assert (rows[statement["control"]]["urn"], rows[statement["control"]]["urn_given"]) == \
        (f"{PREFIX}000001", True)
    assert (rows[note["control"]]["urn"], rows[note["control"]]["urn_given"]) == \
        (f"{PREFIX}000002", True)


def test_a_preview_needs_the_reviewer_role_and_a_production_one_may_see(
        app, store, indices, settings, people) -> None:  # noqa: ANN001
    reader = _user(app, store, indices, settings, "pvw-reader", "reader", [COLLECTION], True)
    unknown = f"/api/productions/prod-{'0' * 32}/preview"
    assert reader.get(unknown).status_code == 403
    assert people["proposer"].get(unknown).status_code == 404
