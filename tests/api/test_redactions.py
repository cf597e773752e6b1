"""Redactions end to end (issue 17's scenario, up to its third point): a reviewer proposes by
span, box and rule (a phone number, a protected name in four written forms, a child code); a
second user approves; a user without clearance no longer finds any redacted string, nor sees it
in snippets, pages, entities, facets or exports, while the document is still found by its other
words; a cleared user still finds them. Plus the refusals (self-approval, a reason off the list,
a box off the page, an unseen document), overlapping boxes, un-approving, the log and the audit
chain."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from config import Settings

pytestmark = pytest.mark.integration
COLLECTION = "redact-a"
OTHER = "redact-b"
STATEMENT = (
    "Statement of Imogen Carrow, 14 May 1996, about the plover charabanc.\n"
    "Imogen Carrow said the driver kept the charabanc at Larkhill Lodge. CARROW, Imogen was then "
    "fifteen. Miss Carrow rang 07700 900461 from the phone box. Contact: "
    "imogen.carrow@example.org.\nChild K was present. The locker code was quagmire57.\n"
    "Crime number NP/96/4512 refers: Miss Carrow rang 07700 900461 again. No further action.\n")
NOTE = "File note about the plover charabanc route and the ferry timetable.\n"
ELSEWHERE = "Memo about the avocet aviary accounts.\n"
REDACTED = ("Carrow", "Imogen", "07700 900461", "imogen.carrow@example.org", "Child K",
            "quagmire57")
REASON = "Restriction Order 3: identity of complainant"
THIRD_PARTY = "personal data of a third party"
FORMULA = "=HYPERLINK(\"x\")"


@dataclass(frozen=True)
class Scene:
    statement: str
    note: str
    elsewhere: str


def _ingest(store, settings: Settings, folder, collection: str) -> None:  # noqa: ANN001
    from ingest.job import JobRun, finish_job, start_job
    from ingest.worker import process_file, work_context

    plan = start_job(store, settings, [folder], collection, mode="local")
    run = JobRun(store, settings, plan)
    context = work_context(settings)
    for task in plan.tasks:
        assert not run.receive(process_file(task, context))
    run.commit(wait=True)
    finish_job(store, settings, plan.job_id)


@pytest.fixture(scope="module")
def scene(store, indices, settings: Settings, tmp_path_factory) -> Scene:  # noqa: ANN001
    root = tmp_path_factory.mktemp("redact")
    files = {COLLECTION: {"statement.txt": STATEMENT, "note.txt": NOTE},
             OTHER: {"memo.txt": ELSEWHERE}}
    ids = {}
    for collection, texts in files.items():
        (root / collection).mkdir()
        for name, text in texts.items():
            (root / collection / name).write_text(text, encoding="utf-8")
        _ingest(store, settings, root / collection, collection)
        hits = store.search(index=indices.documents, body={
            "query": {"term": {"collection": collection}}, "_source": ["id", "filename"]})
        ids.update({h["_source"]["filename"]: h["_source"]["id"] for h in hits["hits"]["hits"]})
    return Scene(ids["statement.txt"], ids["note.txt"], ids["memo.txt"])


def _user(app, store, indices, settings, name: str, role: str, collections: list[str],  # noqa: ANN001
          cleared: bool) -> TestClient:
    from search.users import UserStore

    token = UserStore(store, indices, settings.secret_key).add(name, role, collections,
                                                               cleared=cleared)
    client = TestClient(app)
    client.headers["Authorization"] = f"Bearer {token}"
    return client


@pytest.fixture(scope="module")
def people(app, store, indices, settings, api, scene) -> dict[str, TestClient]:  # noqa: ANN001
    made = {name: _user(app, store, indices, settings, f"red-{name}", role, grants, cleared)
            for name, role, grants, cleared in (
                ("proposer", "reviewer", [COLLECTION], True),
                ("approver", "reviewer", [COLLECTION], True),
                ("uncleared", "reviewer", [COLLECTION, OTHER], False),
                ("outsider", "reviewer", [OTHER], True))}
    reasons = api.put(f"/api/collections/{COLLECTION}/redaction-reasons",
                      json={"reasons": [REASON, THIRD_PARTY, FORMULA]})
    assert reasons.status_code == 200, reasons.text
    return made


def _span(word: str) -> dict:
    start = STATEMENT.index(word)
    return {"page": 1, "kind": "span", "reason": THIRD_PARTY, "start": start,
            "end": start + len(word)}


@pytest.fixture(scope="module")
def approved(people, scene) -> dict[str, list[str]]:  # noqa: ANN001
    """Every redaction of the scenario proposed by one reviewer and approved by another."""
    proposer, approver = people["proposer"], people["approver"]
    url = f"/api/documents/{scene.statement}/redactions"
    made = {"span": [proposer.post(url, json=_span("quagmire57")).json()["id"]],
            "box": [proposer.post(url, json={"page": 1, "kind": "box", "reason": REASON,
                                              "box": box}).json()["id"]
                    # Overlapping, on the blank foot of the typeset page: they take no words
                    # (tests/ingest/test_box_text.py has boxes that do).
                    for box in ({"x0": 0.1, "y0": 0.6, "x1": 0.5, "y1": 0.7},
                                {"x0": 0.3, "y0": 0.65, "x1": 0.6, "y1": 0.8})]}
    rules = f"/api/collections/{COLLECTION}/redactions/rules"
    for kind, value in (("entity", "phone"), ("name", "Imogen Carrow"), ("anonymised", "")):
        answer = proposer.post(rules, json={"kind": kind, "value": value, "reason": REASON,
                                            "controls": _controls(proposer, scene)})
        assert answer.status_code == 201, answer.text
        made[kind] = [r["id"] for r in answer.json()["proposed"]]
    for ids in made.values():
        for redaction_id in ids:
            decided = approver.post(f"/api/redactions/{redaction_id}/approve")
            assert decided.status_code == 200, decided.text
    return made


def _controls(client: TestClient, scene: Scene) -> list[str]:
    return [client.get(f"/api/documents/{doc}").json()["control"]
            for doc in (scene.statement, scene.note)]


def _total(client: TestClient, q: str) -> int:
    answer = client.get("/api/search", params={"q": q, "collection": COLLECTION})
    assert answer.status_code == 200, answer.text
    return answer.json()["total"]


def _hidden(text: str) -> None:
    found = [word for word in REDACTED if word.lower() in text.lower()]
    assert not found, f"{found} in {text[:600]}"


def test_rules_propose_each_written_form_once(approved, people, scene) -> None:  # noqa: ANN001
    assert len(approved["entity"]) == 2  # the phone number, twice
    assert len(approved["anonymised"]) == 1  # Child K
    words = {r["text"] for r in people["approver"].get(
        f"/api/documents/{scene.statement}/redactions").json() if r["id"] in approved["name"]}
    assert {"Imogen Carrow", "CARROW, Imogen", "Carrow", "imogen.carrow"} <= words or \
        {"Imogen Carrow", "CARROW, Imogen", "Carrow", "imogen.carrow@example.org"} <= words
    again = people["proposer"].post(f"/api/collections/{COLLECTION}/redactions/rules", json={
        "kind": "entity", "value": "phone", "reason": REASON,
        "controls": _controls(people["proposer"], scene)})
    assert again.json()["proposed"] == []  # already proposed (and approved): not twice


@pytest.mark.parametrize("q", [*REDACTED, '"07700 900461"', '"Child K"',
                               "Carro*", "person:Carrow", "imogen.carrow"])
def test_an_uncleared_user_finds_no_redacted_string(approved, people, q: str) -> None:  # noqa: ANN001
    assert _total(people["uncleared"], q) == 0
    if not q.startswith("person:"):  # whether spaCy tags her a person is not the point here
        assert _total(people["approver"], q) >= 1  # a cleared user still finds it


def test_the_document_is_still_found_by_its_other_words(approved, people, scene) -> None:  # noqa: ANN001
    uncleared = people["uncleared"]
    answer = uncleared.get("/api/search", params={"q": "plover charabanc"})
    result = answer.json()
    assert {h["id"] for h in result["hits"]} == {scene.statement, scene.note}
    _hidden(answer.text)  # snippets, titles, entity chips and facets
    assert "█████" in answer.text
    page = uncleared.get(f"/api/documents/{scene.statement}/pages/1", params={"q": "plover"})
    assert page.status_code == 200
    _hidden(page.text)
    document = uncleared.get(f"/api/documents/{scene.statement}")
    _hidden(document.text)
    # The original's size tells how much was redacted, its hash confirms a guess at it.
    assert (document.json()["size"], document.json()["sha256"]) == (None, None)
    assert people["approver"].get(f"/api/documents/{scene.statement}").json()["size"] > 0
    for fmt in ("csv", "json"):
        export = uncleared.get("/api/export", params={"q": "plover", "format": fmt})
        assert export.status_code == 200
        assert scene.statement in export.text or "statement" in export.text
        _hidden(export.text)
    cleared = people["approver"].get(f"/api/documents/{scene.statement}/pages/1").json()
    assert "quagmire57" in cleared["html"] and "07700 900461" in cleared["html"]


def test_originals_and_zips_need_clearance_once_redacted(approved, people, scene) -> None:  # noqa: ANN001
    uncleared = people["uncleared"]
    assert uncleared.get(f"/api/documents/{scene.statement}/file").status_code == 403
    zipped = uncleared.get("/api/export", params={"q": "plover", "format": "zip"})
    assert zipped.status_code == 403
    assert people["approver"].get(f"/api/documents/{scene.statement}/file").status_code == 200


def test_deciding_ones_own_redaction_is_refused(people, scene) -> None:  # noqa: ANN001
    proposer = people["proposer"]
    made = proposer.post(f"/api/documents/{scene.statement}/redactions", json=_span("Larkhill"))
    assert made.status_code == 201, made.text
    for decision in ("approve", "reject"):
        answer = proposer.post(f"/api/redactions/{made.json()['id']}/{decision}")
        assert answer.status_code == 403, answer.text
    assert _total(people["uncleared"], "Larkhill") == 1  # proposed only: nothing redacted yet


def test_a_rule_over_a_saved_search(people, scene) -> None:  # noqa: ANN001
    proposer = people["proposer"]
    saved = proposer.post("/api/saved-searches", json={"name": "ferry", "q": "timetable"})
    assert saved.status_code == 201, saved.text
    answer = proposer.post(f"/api/collections/{COLLECTION}/redactions/rules", json={
        "kind": "regex", "value": r"ferry\s+timetable", "reason": THIRD_PARTY,
        "saved_search": saved.json()["id"]})
    assert answer.status_code == 201, answer.text
    assert answer.json()["documents"] == 1
    (made,) = answer.json()["proposed"]
    assert (made["doc_id"], made["text"], made["rule"]) == (
        scene.note, "ferry timetable", r"regex:ferry\s+timetable")
    bad = proposer.post(f"/api/collections/{COLLECTION}/redactions/rules", json={
        "kind": "regex", "value": "(unclosed", "reason": THIRD_PARTY,
        "saved_search": saved.json()["id"]})
    assert bad.status_code == 422


def test_refusals(people, scene) -> None:  # noqa: ANN001
    proposer = people["proposer"]
    url = f"/api/documents/{scene.statement}/redactions"
    off_list = proposer.post(url, json={**_span("plover"), "reason": "because"})
    assert off_list.status_code == 422 and "not on the collection's list" in off_list.text
    off_page = proposer.post(url, json={"page": 1, "kind": "box", "reason": REASON,
                                        "box": {"x0": 0.5, "y0": 0.1, "x1": 1.4, "y1": 0.2}})
    assert off_page.status_code == 422 and "off the page" in off_page.json()["detail"]
    in_points = proposer.post(url, json={"page": 1, "kind": "box", "reason": REASON,
                                         "box": {"x0": 1, "y0": 1, "x1": 9, "y1": 9,
                                                 "unit": "pt"}})
    assert in_points.status_code == 422 and "not a PDF" in in_points.text
    beyond = proposer.post(url, json={**_span("plover"), "end": len(STATEMENT) + 5})
    assert beyond.status_code == 422
    no_page = proposer.post(url, json={**_span("plover"), "page": 7})
    assert no_page.status_code == 422
    uncleared = people["uncleared"].post(url, json=_span("plover"))
    assert uncleared.status_code == 403


def test_a_document_the_user_may_not_see_is_not_found(approved, people, scene) -> None:  # noqa: ANN001
    outsider = people["outsider"]
    url = f"/api/documents/{scene.statement}/redactions"
    assert outsider.get(url).status_code == 404
    assert outsider.post(url, json=_span("plover")).status_code == 404
    assert outsider.post(f"/api/redactions/{approved['span'][0]}/reject").status_code == 404
    assert outsider.get(f"/api/collections/{COLLECTION}/redaction-log").status_code == 404


def test_the_log_as_json_and_csv(approved, people) -> None:  # noqa: ANN001
    approver = people["approver"]
    log = approver.get(f"/api/collections/{COLLECTION}/redaction-log").json()
    states = {r["id"]: r for r in log}
    for ids in approved.values():
        for redaction_id in ids:
            record = states[redaction_id]
            assert record["state"] == "approved"
            assert (record["proposed_by"], record["decided_by"]) == ("red-proposer",
                                                                     "red-approver")
    boxes = [r for r in log if r["kind"] == "box"]
    assert len(boxes) >= 2  # overlapping boxes are both kept (merged only when applied)
    proposer = people["proposer"]
    made = proposer.post(f"/api/documents/{boxes[0]['doc_id']}/redactions",
                         json={**_span("fifteen"), "reason": FORMULA})
    assert made.status_code == 201
    answer = approver.get(f"/api/collections/{COLLECTION}/redaction-log",
                          params={"format": "csv"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert len(rows) == len(log) + 1
    assert "'" + FORMULA in {row["reason"] for row in rows}  # not run as a formula
    assert "text" not in rows[0]  # the log names where, not the words
    unseen = people["uncleared"].get(f"/api/collections/{COLLECTION}/redaction-log")
    # Nor where a span lies: its offsets would tell the length of what it took out.
    assert all(r["text"] is r["start"] is r["end"] is None for r in unseen.json())
    assert any(r["kind"] == "span" and r["start"] is not None for r in log)
    unseen_csv = people["uncleared"].get(f"/api/collections/{COLLECTION}/redaction-log",
                                         params={"format": "csv"})
    assert {(row["start"], row["end"]) for row in csv.DictReader(io.StringIO(unseen_csv.text))
            } == {("", "")}
    assert "name" in {r["rule"] for r in unseen.json()}
    _hidden(unseen.text)


def test_un_approving_restores_the_text(approved, people) -> None:  # noqa: ANN001
    uncleared = people["uncleared"]
    assert _total(uncleared, "quagmire57") == 0
    undone = people["approver"].post(f"/api/redactions/{approved['span'][0]}/reject")
    assert undone.status_code == 200 and undone.json()["withheld"] == "document"
    assert undone.json()["redaction"]["state"] == "rejected"
    assert _total(uncleared, "quagmire57") == 1
    assert _total(uncleared, "Carrow") == 0  # the other redactions hold
    again = people["proposer"].post(f"/api/redactions/{approved['span'][0]}/approve")
    assert again.status_code == 403  # still its proposer's own
    redone = people["approver"].post(f"/api/redactions/{approved['span'][0]}/approve")
    assert redone.status_code == 200
    assert _total(uncleared, "quagmire57") == 0


def test_the_case_register_quotes_no_redacted_string(approved, people) -> None:  # noqa: ANN001
    answer = people["uncleared"].get("/api/cases", params={"collection": COLLECTION})
    assert answer.status_code == 200, answer.text
    assert answer.json()["total"] >= 1
    _hidden(answer.text)
    for case in answer.json()["cases"]:
        page = people["uncleared"].get(f"/api/cases/{case['id']}")
        assert page.status_code == 200
        _hidden(page.text)


def test_other_collections_are_untouched(approved, people, scene) -> None:  # noqa: ANN001
    found = people["uncleared"].get("/api/search", params={"q": "avocet"}).json()
    assert [h["id"] for h in found["hits"]] == [scene.elsewhere]


def test_every_change_is_in_the_audit_chain(approved, people, store, settings) -> None:  # noqa: ANN001
    from search.audit import AuditLog
    from search.audit_verify import verify

    records = AuditLog(store, settings.index_prefix, settings.secret_key).search(
        [{"term": {"action": "redaction.approve"}}], size=500)["records"]
    assert {r["details"]["redaction"] for r in records} >= set(approved["span"])
    store.indices.refresh(index=f"{settings.index_prefix}-audit")
    verdict = verify(store, settings.index_prefix, settings.secret_key)
    assert verdict.ok, verdict.describe()
