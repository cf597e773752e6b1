"""Review, first slice (issue 18): an admin defines a collection's coding scheme, reviewers code
documents one at a time and in bulk, the coding is searched, faceted and exported; a lead cuts a
saved search into batches (families whole, near-duplicates together), reviewers walk and code
them, a QC sample goes to a second reviewer, and the dashboard reports progress. The audit chain
holds every change and still verifies.

The scenario runs in order on a small collection of its own: an e-mail with an attachment, a
pair of near-duplicate reports (one of them twice, byte for byte) and a few other notes, all
ingested for real.
"""

from __future__ import annotations

import csv
import io
import math
from email.message import EmailMessage
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from search.review_qc import qc_sample
from tests.conftest import client_as_new_user

pytestmark = pytest.mark.integration
COLLECTION = "reviewdemo"
ISSUES = ["missing from home", "taxi licensing", "strategy meetings"]
REPORT = ("The licensing panel met on Tuesday to review taxi driver files. " * 3 + " ".join(
    f"Item {n} concerned the renewal of driver badge {n} and its vehicle checks." for n in range(30)))


def _write_corpus(root: Path) -> None:
    mail = EmailMessage()
    mail["From"] = "Ann Clerk <ann.clerk@example.org>"
    mail["To"] = "Licensing Team <licensing@example.org>"
    mail["Subject"] = "Taxi driver referral"
    mail["Date"] = "Mon, 04 Mar 2019 09:00:00 +0000"
    mail["Message-ID"] = "<referral@example.org>"
    mail.set_content("Please see the attached referral about a taxi driver.")
    mail.add_attachment(b"Referral form: the driver was seen with a missing girl.",
                        maintype="text", subtype="plain", filename="referral.txt")
    (root / "mail").mkdir()
    (root / "mail" / "referral.eml").write_bytes(bytes(mail))
    (root / "reports").mkdir()
    (root / "reports" / "panel.txt").write_text(REPORT)
    (root / "reports" / "panel copy.txt").write_text(REPORT.replace("Tuesday", "Wednesday"))
    (root / "copies").mkdir()  # an exact duplicate: ingest keeps one document with both paths
    (root / "copies" / "panel.txt").write_text(REPORT)
    for number, topic in enumerate(["a taxi rank", "taxi fares", "a taxi depot", "taxi plates"]):
        (root / f"note {number}.txt").write_text(f"Note {number}: a visit about {topic} in "
                                                 f"the town centre, number {number * 7919}.")


@pytest.fixture(scope="module")
def review_job(store, settings, tmp_path_factory) -> dict:  # noqa: ANN001
    from ingest.job import finish_job, run_local, start_job

    root = tmp_path_factory.mktemp("review-corpus")
    _write_corpus(root)
    plan = start_job(store, settings, [root], COLLECTION, mode="local")
    run_local(store, settings, plan)
    return finish_job(store, settings, plan.job_id)


@pytest.fixture(scope="module")
def docs(api, review_job) -> dict[str, dict]:  # noqa: ANN001
    """The collection's documents by file name."""
    hits = api.get("/api/search", params={"collection": COLLECTION, "size": 50,
                                          "sort": "control"}).json()["hits"]
    found = {}
    for hit in hits:
        found[Path(hit["path"]).name] = api.get(f"/api/documents/{hit['id']}").json()
    return found


def _user(app, store, indices, settings, name: str, role: str, grants: list[str]) -> TestClient:  # noqa: ANN001
    return client_as_new_user(app, store, indices, settings, name, role, grants)


@pytest.fixture(scope="module")
def alice(app, store, indices, settings) -> TestClient:  # noqa: ANN001
    return _user(app, store, indices, settings, "rev-alice", "reviewer", [COLLECTION])


@pytest.fixture(scope="module")
def bob(app, store, indices, settings) -> TestClient:  # noqa: ANN001
    return _user(app, store, indices, settings, "rev-bob", "reviewer", [COLLECTION])


@pytest.fixture(scope="module")
def reader(app, store, indices, settings) -> TestClient:  # noqa: ANN001
    return _user(app, store, indices, settings, "rev-reader", "reader", [COLLECTION])


@pytest.fixture(scope="module")
def outsider(app, store, indices, settings) -> TestClient:  # noqa: ANN001
    return _user(app, store, indices, settings, "rev-outsider", "reviewer", ["sample"])


def _ids(client: TestClient, q: str, **params: object) -> set[str]:
    answer = client.get("/api/search", params={"q": q, "collection": COLLECTION, "size": 50,
                                               **params})
    assert answer.status_code == 200, answer.text
    return {hit["id"] for hit in answer.json()["hits"]}


def test_an_admin_defines_the_scheme_and_everyone_with_a_grant_reads_it(api, alice, reader,  # noqa: ANN001
                                                                       review_job) -> None:  # noqa: ANN001
    scheme = {"fields": [
        {"name": "coding.relevance"},
        {"name": "coding.issue", "label": "Issues", "choices": ISSUES},
        {"name": "sensitivity", "choices": ["none", "personal data"]},
        {"name": "coding.event_date"}, {"name": "coding.note"}]}
    assert alice.put(f"/api/collections/{COLLECTION}/coding-scheme", json=scheme).status_code == 403
    answer = api.put(f"/api/collections/{COLLECTION}/coding-scheme", json=scheme)
    assert answer.status_code == 200, answer.text
    fields = {f["name"]: f for f in reader.get(
        f"/api/collections/{COLLECTION}/coding-scheme").json()["fields"]}
    assert fields["coding.relevance"]["choices"] == ["relevant", "not relevant",
                                                    "needs second look"]
    assert fields["coding.issue"] == {"name": "coding.issue", "kind": "multi", "label": "Issues",
                                      "choices": ISSUES}
    assert fields["coding.event_date"]["kind"] == "date"
    bad = api.put(f"/api/collections/{COLLECTION}/coding-scheme",
                  json={"fields": [{"name": "coding.colour", "choices": ["red"]}]})
    assert bad.status_code == 422 and "coding.issue" in bad.json()["detail"]


def test_a_reviewer_codes_and_the_query_language_and_facets_find_it(alice, reader, docs) -> None:  # noqa: ANN001
    panel, note = docs["panel.txt"]["id"], docs["note 0.txt"]["id"]
    answer = alice.put(f"/api/documents/{panel}/coding", json={"values": {
        "coding.relevance": "Relevant", "issue": ["taxi licensing"],
        "coding.event_date": "2019-03-05", "coding.note": "panel met about the van"}})
    assert answer.status_code == 200, answer.text
    assert answer.json()["values"] == {
        "coding.relevance": "relevant", "coding.issue": ["taxi licensing"],
        "coding.event_date": "2019-03-05", "coding.note": "panel met about the van"}
    assert answer.json()["coded_by"] == "rev-alice"
    alice.put(f"/api/documents/{note}/coding", json={"values": {
        "coding.issue": ["taxi licensing", "missing from home"], "relevance": "not relevant"}})

    off_list = alice.put(f"/api/documents/{note}/coding",
                         json={"values": {"coding.relevance": "maybe"}})
    assert off_list.status_code == 422
    assert "coding.relevance" in off_list.json()["detail"]
    assert "'needs second look'" in off_list.json()["detail"]
    assert reader.put(f"/api/documents/{note}/coding",
                      json={"values": {"coding.relevance": "relevant"}}).status_code == 403
    assert reader.get(f"/api/documents/{note}/coding").json()["values"]["coding.relevance"] == \
        "not relevant"

    assert _ids(reader, 'coding.issue:"taxi licensing"') == {panel, note}
    assert _ids(reader, 'coding.issues:"Missing from home"') == {note}
    assert _ids(reader, "coding.relevance:relevant") == {panel}
    assert _ids(reader, "coding.event_date:[2019-03-01 TO 2019-03-31]") == {panel}
    assert _ids(reader, "coding.event_date:2019-04") == set()
    assert _ids(reader, "coding.note:van") == {panel}
    assert _ids(reader, 'taxi NOT coding.issue:"missing from home"') >= {panel}
    bad = reader.get("/api/search", params={"q": "coding.event_date:soon"})
    assert bad.status_code == 400

    facets = reader.get("/api/search", params={"collection": COLLECTION}).json()["facets"]
    assert {f["value"]: f["count"] for f in facets["coding.issue"]} == {
        "taxi licensing": 2, "missing from home": 1}
    assert {f["value"]: f["count"] for f in facets["coding.relevance"]} == {
        "relevant": 1, "not relevant": 1}
    filtered = reader.get("/api/search", params={"collection": COLLECTION,
                                                 "filter": "coding.issue:missing from home"})
    assert {h["id"] for h in filtered.json()["hits"]} == {note}

    # Clearing a value takes the document out of its set.
    alice.put(f"/api/documents/{note}/coding", json={"values": {"coding.relevance": None}})
    assert _ids(reader, "coding.relevance:\"not relevant\"") == set()


def test_the_export_has_the_coding_columns(alice, docs) -> None:  # noqa: ANN001
    answer = alice.get("/api/export", params={"q": 'coding.issue:"taxi licensing"',
                                              "collection": COLLECTION, "format": "csv"})
    assert answer.status_code == 200, answer.text
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert {row["id"] for row in rows} == {docs["panel.txt"]["id"], docs["note 0.txt"]["id"]}
    by_id = {row["id"]: row for row in rows}
    panel = by_id[docs["panel.txt"]["id"]]
    assert panel["coding.issue"] == "taxi licensing"
    assert panel["coding.event_date"] == "2019-03-05"
    assert by_id[docs["note 0.txt"]["id"]]["coding.issue"] == "taxi licensing; missing from home"


def test_bulk_coding_codes_every_hit_of_a_saved_search(alice, reader, docs) -> None:  # noqa: ANN001
    saved = alice.post("/api/saved-searches", json={
        "name": "taxi notes", "q": "taxi", "filters": ["collection:" + COLLECTION]}).json()
    hits = _ids(alice, "taxi")
    answer = alice.post(f"/api/collections/{COLLECTION}/coding/bulk", json={
        "saved_search": saved["id"], "values": {"coding.sensitivity": "personal data"}})
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"collection": COLLECTION, "matched": len(hits),
                             "changed": len(hits)}
    assert _ids(reader, 'coding.sensitivity:"personal data"') == hits

    # A list of ids, adding to what they have.
    note, panel = docs["note 0.txt"]["id"], docs["panel.txt"]["id"]
    added = alice.post(f"/api/collections/{COLLECTION}/coding/bulk", json={
        "ids": [note, panel], "values": {"coding.issue": ["strategy meetings"]}, "add": True})
    assert added.json()["changed"] == 2
    assert alice.get(f"/api/documents/{note}/coding").json()["values"]["coding.issue"] == [
        "taxi licensing", "missing from home", "strategy meetings"]
    assert _ids(reader, 'coding.issue:"taxi licensing"') == {note, panel}

    stranger = alice.post(f"/api/collections/{COLLECTION}/coding/bulk", json={
        "ids": ["sample-" + "0" * 32], "values": {"coding.relevance": "relevant"}})
    assert stranger.status_code == 422
    off = alice.post(f"/api/collections/{COLLECTION}/coding/bulk", json={
        "ids": [note], "values": {"coding.issue": ["fishing"]}})
    assert off.status_code == 422 and "coding.issue" in off.json()["detail"]
    assert reader.post(f"/api/collections/{COLLECTION}/coding/bulk", json={
        "ids": [note], "values": {"coding.relevance": "relevant"}}).status_code == 403


@pytest.fixture(scope="module")
def batches(api, alice, bob, docs) -> list[dict]:  # noqa: ANN001
    saved = api.post("/api/saved-searches", json={
        "name": "taxi", "q": "taxi OR licensing", "filters": ["collection:" + COLLECTION],
        "sort": "control"}).json()
    answer = api.post("/api/batches", json={
        "collection": COLLECTION, "saved_search": saved["id"], "size": 2,
        "reviewers": ["rev-alice", "rev-bob"], "name": "Taxi"})
    assert answer.status_code == 201, answer.text
    return [api.get(f"/api/batches/{b['id']}").json() for b in answer.json()]


def test_a_lead_makes_batches_with_families_and_duplicates_kept_together(api, batches, docs,  # noqa: ANN001
                                                                         outsider) -> None:  # noqa: ANN001
    batch_of = {doc_id: b["id"] for b in batches for doc_id in b["doc_ids"]}
    assert set(batch_of) == {d["id"] for d in docs.values()}  # the attachment came with its e-mail
    mail, attachment = docs["referral.eml"]["id"], docs["referral.txt"]["id"]
    assert docs["referral.txt"]["parent_id"] == mail
    assert batch_of[mail] == batch_of[attachment]
    assert len(docs["panel.txt"]["duplicates"]) == 1  # its exact duplicate: one document
    group = docs["panel.txt"]["near_dup_group"]
    assert group and group == docs["panel copy.txt"]["near_dup_group"]
    assert batch_of[docs["panel.txt"]["id"]] == batch_of[docs["panel copy.txt"]["id"]]
    assert all(len(b["doc_ids"]) <= 2 for b in batches)
    assert [b["reviewer"] for b in batches[:2]] == ["rev-alice", "rev-bob"]

    refused = api.put(f"/api/batches/{batches[0]['id']}", json={"reviewer": "rev-outsider"})
    assert refused.status_code == 422 and "grant" in refused.json()["detail"]
    assert api.put(f"/api/batches/{batches[0]['id']}", json={"reviewer": "nobody"}).status_code \
        == 422
    assert outsider.post("/api/batches", json={
        "collection": COLLECTION, "saved_search": "saved-" + "0" * 32}).status_code == 403


def test_a_reviewer_sees_only_their_batches(alice, bob, batches) -> None:  # noqa: ANN001
    mine = {b["id"] for b in alice.get("/api/batches").json()}
    assert mine == {b["id"] for b in batches if b["reviewer"] == "rev-alice"}
    bobs = next(b for b in batches if b["reviewer"] == "rev-bob")
    assert alice.get(f"/api/batches/{bobs['id']}").status_code == 403
    assert alice.get(f"/api/batches/{bobs['id']}/documents/1").status_code == 403


def _walk_and_code(client: TestClient, batch: dict) -> list[dict]:
    steps, position = [], 1
    while position is not None:
        step = client.get(f"/api/batches/{batch['id']}/documents/{position}").json()
        steps.append(step)
        client.put(f"/api/documents/{step['document']['id']}/coding",
                   json={"values": {"coding.relevance": "relevant"}})
        position = step["next"]
    return steps


def test_a_reviewer_walks_a_batch_codes_it_and_qc_goes_to_a_second_reviewer(
        api, alice, bob, batches, docs) -> None:  # noqa: ANN001
    # The batch of the e-mail family: its attachment is not coded yet.
    batch = next(b for b in batches if docs["referral.txt"]["id"] in b["doc_ids"])
    clients = {"rev-alice": alice, "rev-bob": bob}
    owner, second = batch["reviewer"], next(r for r in clients if r != batch["reviewer"])
    unfinished = api.post(f"/api/batches/{batch['id']}/qc", json={"reviewer": second})
    assert unfinished.status_code == 409 and "not finished" in unfinished.json()["detail"]

    steps = _walk_and_code(clients[owner], batch)
    assert [s["document"]["id"] for s in steps] == batch["doc_ids"]
    assert steps[0]["previous"] is None and steps[-1]["next"] is None
    assert steps[-1]["total"] == len(batch["doc_ids"])
    assert clients[owner].get(f"/api/batches/{batch['id']}").json()["coded"] == \
        len(batch["doc_ids"])
    walked = clients[owner].get(f"/api/batches/{batch['id']}/documents/1").json()
    assert walked["coding"]["coding.relevance"] == "relevant"
    assert walked["coded"] == len(batch["doc_ids"])

    assert api.post(f"/api/batches/{batch['id']}/qc",
                    json={"reviewer": owner}).status_code == 422  # its own reviewer
    assert clients[owner].post(f"/api/batches/{batch['id']}/qc",
                               json={"reviewer": second}).status_code == 403
    qc = api.post(f"/api/batches/{batch['id']}/qc",
                  json={"reviewer": second, "percent": 50, "seed": "s1"})
    assert qc.status_code == 201, qc.text
    sample = qc.json()["sample"]
    assert len(sample) == math.ceil(len(batch["doc_ids"]) * 0.5)
    assert sample == qc_sample(batch["doc_ids"], 50, "s1")
    assert clients[second].get(f"/api/batches/{batch['id']}").status_code == 200  # QC: theirs
    first = sample[0]
    # The second reviewer codes blind: their own coding of the sample, empty until they code.
    blind = clients[second].get(f"/api/batches/{batch['id']}/qc/documents/{first}")
    assert blind.status_code == 200 and blind.json()["values"] == {}
    outside = next(d for d in batch["doc_ids"] if d not in sample)
    assert clients[second].get(
        f"/api/batches/{batch['id']}/qc/documents/{outside}").status_code == 404
    assert clients[owner].put(f"/api/batches/{batch['id']}/qc/documents/{first}", json={
        "values": {"coding.relevance": "relevant"}}).status_code == 403
    coded = clients[second].put(f"/api/batches/{batch['id']}/qc/documents/{first}",
                                json={"values": {"coding.relevance": "not relevant"}})
    assert coded.status_code == 200, coded.text
    assert clients[second].get(f"/api/batches/{batch['id']}/qc/documents/{first}").json()[
        "values"] == {"coding.relevance": "not relevant"}
    # The QC coding is kept apart: the document's own coding is unchanged.
    assert api.get(f"/api/documents/{first}/coding").json()["values"]["coding.relevance"] == \
        "relevant"
    report = clients[second].get(f"/api/batches/{batch['id']}/qc").json()
    relevance = next(f for f in report["fields"] if f["field"] == "coding.relevance")
    assert relevance == {"field": "coding.relevance", "compared": 1, "disagreements": 1,
                         "rate": 1.0}
    assert report["coded"] == 1 and report["total"] == len(sample)


def test_the_dashboard_gives_progress_per_batch_and_reviewer_and_coding_counts(
        api, alice, batches) -> None:  # noqa: ANN001
    assert alice.get(f"/api/collections/{COLLECTION}/review-progress").status_code == 403
    board = api.get(f"/api/collections/{COLLECTION}/review-progress").json()
    by_batch = {b["id"]: b for b in board["batches"]}
    assert set(by_batch) == {b["id"] for b in batches}
    alices = [b for b in board["batches"] if b["reviewer"] == "rev-alice"]
    row = next(r for r in board["reviewers"] if r["reviewer"] == "rev-alice")
    assert row["batches"] == len(alices)
    assert row["coded"] == sum(b["coded"] for b in alices)
    assert row["total"] == sum(b["total"] for b in alices)
    issues = {c["value"]: c["count"] for c in board["coding_counts"]["coding.issue"]}
    assert issues["taxi licensing"] == 2 and issues["strategy meetings"] == 2
    assert board["coded_documents"] >= sum(b["coded"] for b in board["batches"])


def test_every_coding_change_is_audited_and_the_chain_verifies(api, store, settings, docs) -> None:  # noqa: ANN001
    from search.audit_verify import verify

    records = api.get("/api/audit", params={"action": "coding.set", "size": 100}).json()["records"]
    changes = [r for r in records if r.get("status") == 200]
    panel = next(r for r in changes if r["details"].get("document") == docs["panel.txt"]["id"])
    assert panel["details"]["after"]["coding.issue"] == ["taxi licensing"]
    bulk = api.get("/api/audit", params={"action": "coding.bulk"}).json()["records"]
    assert any(r["details"].get("changed") for r in bulk)
    verdict = verify(store, settings.index_prefix, settings.secret_key)
    assert verdict.ok, verdict.describe()
