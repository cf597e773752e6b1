"""The chronology (issue 18): facts drafted from a highlighted passage and saved, the view's
filters, order and paging, sources that disagree on an event's date flagged (and unflagged as
facts change), a collection's facts invisible from another, a protected person shown to an
uncleared reviewer as their cipher everywhere, citations resolved, and the CSV and DOCX exports
read back. Every change is in the audit chain, which still verifies.

The collection is ingested for real, with one name protected before ingestion.
"""

from __future__ import annotations

import csv
import html
import io
from pathlib import Path

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from fastapi.testclient import TestClient

from tests.ingested import ingest_texts

pytestmark = pytest.mark.integration
COLLECTION = "chronodemo"
OTHER = "chronoother"
PROTECTED, CIPHER = "Maureen Tolland", "W1"
ISSUES = ["missing from home", "taxi licensing", "strategy meetings"]
SENTENCE = ("On 12 March 1998 Alan Whitcombe met Maureen Tolland at the Harbury council offices "
            "about the missing girl.")
FILES = {
    "statement.txt": f"Statement of Alan Whitcombe.\n\n{SENTENCE}\n\nHe reported the meeting "
                     "to Inspector Graham Pellow the next day.",
    "minutes.txt": "Strategy meeting minutes.\n\nInspector Graham Pellow said that Alan "
                   "Whitcombe first raised the missing girl with Maureen Tolland in June 1999.",
    "letter.txt": "Maureen Tolland wrote to Inspector Graham Pellow about taxi licensing on "
                  "4 April 2001.",
}
OTHER_FILES = {"depot.txt": "Alan Whitcombe visited the taxi depot on 2 February 2000."}


def _client(app, store, indices, settings, name: str, role: str, grants: list[str],  # noqa: ANN001
            cleared: bool = False) -> TestClient:
    from search.users import UserStore

    token = UserStore(store, indices, settings.secret_key).add(name, role, grants, cleared)
    client = TestClient(app)
    client.headers["Authorization"] = f"Bearer {token}"
    return client


@pytest.fixture(scope="module")
def docs(api, store, settings, tmp_path_factory) -> dict[str, dict]:  # noqa: ANN001
    """The collections ingested (a name protected in the first) and their documents by file."""
    from ingest.job.recipher import recipher_collection
    from search.ciphers import CipherStore

    CipherStore(store, settings.index_prefix).add(COLLECTION, PROTECTED, CIPHER)
    ingest_texts(store, settings, tmp_path_factory.mktemp("chrono"), FILES, COLLECTION)
    recipher_collection(store, settings, COLLECTION)  # as `docket ciphers add` does
    ingest_texts(store, settings, tmp_path_factory.mktemp("chrono-other"), OTHER_FILES, OTHER)
    scheme = {"fields": [{"name": "coding.issue", "choices": ISSUES}]}
    assert api.put(f"/api/collections/{COLLECTION}/coding-scheme", json=scheme).status_code == 200
    found = {}
    for collection in (COLLECTION, OTHER):
        hits = api.get("/api/search", params={"collection": collection, "size": 50}).json()["hits"]
        found |= {Path(hit["path"]).name: hit for hit in hits}
    return found


@pytest.fixture(scope="module")
def reviewer(app, store, indices, settings) -> TestClient:  # noqa: ANN001
    return _client(app, store, indices, settings, "chr-reviewer", "reviewer",
                   [COLLECTION, OTHER], cleared=True)


@pytest.fixture(scope="module")
def uncleared(app, store, indices, settings) -> TestClient:  # noqa: ANN001
    return _client(app, store, indices, settings, "chr-uncleared", "reviewer", [COLLECTION])


@pytest.fixture(scope="module")
def outsider(app, store, indices, settings) -> TestClient:  # noqa: ANN001
    return _client(app, store, indices, settings, "chr-outsider", "reviewer", [OTHER],
                   cleared=True)


def _page_text(client: TestClient, doc_id: str) -> str:
    answer = client.get(f"/api/documents/{doc_id}/pages/1")
    assert answer.status_code == 200, answer.text
    return html.unescape(answer.json()["html"])


def _draft(client: TestClient, doc: dict, passage: str) -> dict:
    text = _page_text(client, doc["id"])
    start = text.index(passage)
    answer = client.post("/api/chronology/draft", json={
        "doc_id": doc["id"], "page": 1, "start": start, "end": start + len(passage)})
    assert answer.status_code == 200, answer.text
    return answer.json()


def _people(draft: dict) -> dict[str, str]:
    return {p["name"]: p["key"] for p in draft["people"]}


@pytest.fixture(scope="module")
def cast(reviewer, docs) -> dict[str, str]:  # noqa: ANN001
    """Entity ids of the people, as a draft of the whole statement and letter gives them."""
    people = _people(_draft(reviewer, docs["statement.txt"], SENTENCE))
    people |= _people(_draft(reviewer, docs["letter.txt"], FILES["letter.txt"]))
    assert {"Alan Whitcombe", PROTECTED, "Graham Pellow"} <= set(people), people
    return people


def _fact(client: TestClient, doc: dict, when: dict, people: list[str], issues: list[str],
          description: str, **extra: object) -> dict:
    answer = client.post("/api/chronology", json={
        "collection": doc["collection"], "date": when, "description": description,
        "people": people, "issues": issues,
        "citations": [{"doc_id": doc["id"], "page": 1}], **extra})
    assert answer.status_code == 201, answer.text
    return answer.json()


def _view(client: TestClient, **params: object) -> dict:
    answer = client.get("/api/chronology", params={"collection": COLLECTION, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_passage_drafts_a_fact_that_saves_with_its_citation(reviewer, docs, cast) -> None:  # noqa: ANN001
    statement = docs["statement.txt"]
    draft = _draft(reviewer, statement, SENTENCE)
    assert draft["quote"] == SENTENCE
    assert draft["date"] == {"from": "1998-03-12", "to": None, "circa": False}
    assert draft["date_source"] == "passage"
    assert {"Alan Whitcombe", PROTECTED} <= set(_people(draft))
    assert "Graham Pellow" not in _people(draft)  # named on the page, outside the passage
    assert draft["citations"] == [{"doc_id": statement["id"], "control": statement["control"],
                                   "page": 1, "citation": f"{statement['control']}-0001",
                                   "urn": None}]
    assert draft["issue_choices"] == ISSUES

    saved = reviewer.post("/api/chronology", json={
        "collection": draft["collection"], "date": draft["date"],
        "description": draft["description"], "quote": draft["quote"],
        "people": [p["key"] for p in draft["people"]], "issues": ["Missing from home"],
        "citations": [{"doc_id": c["doc_id"], "page": c["page"]} for c in draft["citations"]]})
    assert saved.status_code == 201, saved.text
    fact = saved.json()
    assert fact["date_label"] == "12 March 1998" and fact["issues"] == ["missing from home"]
    assert fact["citations"][0]["citation"] == f"{statement['control']}-0001"
    assert reviewer.get(f"/api/chronology/{fact['id']}").json()["description"] == SENTENCE

    too_far = reviewer.post("/api/chronology/draft", json={
        "doc_id": statement["id"], "page": 1, "start": 0, "end": 100_000})
    assert too_far.status_code == 422 and "not within page 1" in too_far.json()["detail"]
    assert reviewer.delete(f"/api/chronology/{fact['id']}").status_code == 204
    assert reviewer.get(f"/api/chronology/{fact['id']}").status_code == 404


def test_bad_facts_are_refused_with_the_reason(reviewer, api, docs, cast) -> None:  # noqa: ANN001
    statement = docs["statement.txt"]
    base = {"collection": COLLECTION, "date": {"from": "1998-03-12"}, "description": "A visit",
            "citations": [{"doc_id": statement["id"], "page": 1}]}
    cases = [
        ({"date": {"from": "1998-02-30"}}, "is not a date"),
        ({"date": {"from": "1999", "to": "1998"}}, "ends (1998) before it starts"),
        ({"issues": ["parking"]}, "'parking' is not one of the allowed values"),
        ({"people": ["person:nobody at all"]}, "not found in the mentions"),
        ({"citations": [{"doc_id": statement["id"], "page": 7}]}, "has 1 page, not 7"),
        ({"citations": [{"doc_id": docs["depot.txt"]["id"], "page": 1}]},
         f"no document {docs['depot.txt']['id']} in collection '{COLLECTION}'"),
    ]
    for change, reason in cases:
        answer = reviewer.post("/api/chronology", json={**base, **change})
        assert answer.status_code == 422, (change, answer.text)
        assert reason in answer.json()["detail"], (change, answer.text)


@pytest.fixture(scope="module")
def facts(reviewer, docs, cast) -> dict[str, dict]:  # noqa: ANN001
    """A small chronology: A and B are one meeting dated a year apart (they disagree), C is
    the same meeting circa March 1998 (agrees with A, not with B), D is another event."""
    people = [cast["Alan Whitcombe"], cast[PROTECTED]]
    missing = ["missing from home"]
    made = {
        "A": _fact(reviewer, docs["statement.txt"], {"from": "1998-03-12"}, people, missing,
                   "Alan Whitcombe met Maureen Tolland at the Harbury council offices about the "
                   "missing girl."),
        "B": _fact(reviewer, docs["minutes.txt"], {"from": "1999-06"}, people, missing,
                   "Whitcombe met Tolland at the council offices to raise the missing girl."),
        "C": _fact(reviewer, docs["statement.txt"], {"from": "1998-03", "circa": True},
                   [cast[PROTECTED]], missing,
                   "A concern about the missing girl was raised at the council offices."),
        "D": _fact(reviewer, docs["letter.txt"], {"from": "2001-04-04"},
                   [cast[PROTECTED], cast["Graham Pellow"]], ["taxi licensing"],
                   "Tolland wrote to Pellow about taxi licensing."),
    }
    return {name: reviewer.get(f"/api/chronology/{fact['id']}").json()
            for name, fact in made.items()}


def _flags(client: TestClient, facts: dict[str, dict]) -> dict[str, set[str]]:
    names = {fact["id"]: name for name, fact in facts.items()}
    shown = _view(client, size=100)["facts"]
    return {names[f["id"]]: {names.get(d["id"], d["id"]) for d in f["disagreements"]}
            for f in shown if f["id"] in names}


def test_the_view_filters_sorts_and_pages(reviewer, facts, cast) -> None:  # noqa: ANN001
    everything = _view(reviewer)
    assert [f["id"] for f in everything["facts"]] == [
        facts[n]["id"] for n in ("C", "A", "B", "D")]  # circa March 1998 starts on 1 March
    assert everything["total"] == 4
    labels = [f["date_label"] for f in everything["facts"]]
    assert labels == ["circa March 1998", "12 March 1998", "June 1999", "4 April 2001"]

    def ids(**params: object) -> list[str]:
        return [f["id"] for f in _view(reviewer, **params)["facts"]]

    assert ids(person=cast["Graham Pellow"]) == [facts["D"]["id"]]
    assert ids(issue="taxi licensing") == [facts["D"]["id"]]
    assert ids(date_from="1999", date_to="2000") == [facts["B"]["id"]]
    assert ids(date_from="1998-03-12", date_to="1998-03-12") == [facts["C"]["id"],
                                                                 facts["A"]["id"]]
    assert ids(q="Harbury") == [facts["A"]["id"]]
    assert ids(q="council offices") == [facts[n]["id"] for n in ("C", "A", "B")]
    assert ids(q="licensing", person=cast[PROTECTED]) == [facts["D"]["id"]]

    first = _view(reviewer, size=3)
    assert len(first["facts"]) == 3 and first["next"]
    rest = _view(reviewer, size=3, cursor=first["next"])
    assert [f["id"] for f in rest["facts"]] == [facts["D"]["id"]] and rest["next"] is None
    assert ids(size=2, **{"from": 2}) == [facts["B"]["id"], facts["D"]["id"]]
    forged = reviewer.get("/api/chronology", params={"cursor": first["next"], "size": 2})
    assert forged.status_code == 400
    assert reviewer.get("/api/chronology", params={"size": 101}).status_code == 422
    assert reviewer.get("/api/chronology", params={"date_from": "1998-13"}).status_code == 422


def test_sources_that_disagree_are_flagged_and_unflagged(reviewer, docs, facts, cast) -> None:  # noqa: ANN001
    assert _flags(reviewer, facts) == {"A": {"B"}, "B": {"A", "C"}, "C": {"B"}, "D": set()}
    only = _view(reviewer, disagreeing="true")["facts"]
    assert {f["id"] for f in only} == {facts[n]["id"] for n in "ABC"}
    b = next(f for f in only if f["id"] == facts["B"]["id"])
    assert {d["date_label"] for d in b["disagreements"]} == {"12 March 1998", "circa March 1998"}

    # Linked by hand to D and dated the same year: one event, no disagreement; then a year on.
    linked = _fact(reviewer, docs["letter.txt"], {"from": "2001"}, [], [],
                   "A letter was sent.", same_event=[facts["D"]["id"]])
    assert linked["disagreements"] == []
    body = {"collection": COLLECTION, "date": {"from": "2003"}, "description": "A letter was sent.",
            "same_event": [facts["D"]["id"]], "citations": [{"doc_id": docs["letter.txt"]["id"],
                                                            "page": 1}]}
    moved = reviewer.put(f"/api/chronology/{linked['id']}", json=body)
    assert moved.status_code == 200, moved.text
    assert [d["id"] for d in moved.json()["disagreements"]] == [facts["D"]["id"]]
    assert [d["date_label"] for d in reviewer.get(
        f"/api/chronology/{facts['D']['id']}").json()["disagreements"]] == ["2003"]
    assert reviewer.delete(f"/api/chronology/{linked['id']}").status_code == 204
    assert reviewer.get(f"/api/chronology/{facts['D']['id']}").json()["disagreements"] == []


def test_another_collections_facts_and_citations_are_invisible(outsider, reviewer, docs,  # noqa: ANN001
                                                               facts) -> None:  # noqa: ANN001
    depot = docs["depot.txt"]
    own = _fact(outsider, depot, {"from": "2000-02-02"}, [], [], "A visit to the depot.")
    seen = outsider.get("/api/chronology", params={"size": 100}).json()
    assert [f["id"] for f in seen["facts"]] == [own["id"]]
    assert outsider.get("/api/chronology", params={"collection": COLLECTION}).status_code == 403
    assert outsider.get(f"/api/chronology/{facts['A']['id']}").status_code == 404
    statement = docs["statement.txt"]
    citing = outsider.post("/api/chronology", json={
        "collection": OTHER, "date": {"from": "2000"}, "description": "borrowed",
        "citations": [{"doc_id": statement["id"], "page": 1}]})
    assert citing.status_code == 422 and "no document" in citing.json()["detail"]
    elsewhere = outsider.post("/api/chronology", json={
        "collection": COLLECTION, "date": {"from": "2000"}, "description": "x",
        "citations": [{"doc_id": depot["id"], "page": 1}]})
    assert elsewhere.status_code == 404
    assert outsider.put(f"/api/chronology/{facts['A']['id']}", json={
        "collection": COLLECTION, "date": {"from": "2000"}, "description": "x",
        "citations": [{"doc_id": statement["id"], "page": 1}]}).status_code == 404
    assert outsider.delete(f"/api/chronology/{facts['A']['id']}").status_code == 404
    assert outsider.get(f"/api/citations/{statement['control']}/1").status_code == 404
    assert reviewer.get("/api/chronology", params={"collection": OTHER}).json()["total"] == 1


def test_a_citation_resolves_to_its_document_page(reviewer, docs) -> None:  # noqa: ANN001
    letter = docs["letter.txt"]
    answer = reviewer.get(f"/api/citations/{letter['control']}/1")
    assert answer.status_code == 200, answer.text
    found = answer.json()
    assert (found["doc_id"], found["page"], found["collection"]) == (letter["id"], 1, COLLECTION)
    assert found["link"].endswith(f"/#doc={letter['id']}&page=1")
    assert reviewer.get(f"/api/citations/{letter['control']}/2").status_code == 404


def test_an_uncleared_reviewer_reads_the_cipher_everywhere(uncleared, facts, cast, docs) -> None:  # noqa: ANN001
    shown = uncleared.get("/api/chronology", params={"size": 100})
    assert shown.status_code == 200
    assert "Tolland" not in shown.text and "tolland" not in shown.text
    a = next(f for f in shown.json()["facts"] if f["id"] == facts["A"]["id"])
    assert CIPHER in a["description"] and CIPHER in [p["name"] for p in a["people"]]
    assert f"person:{CIPHER}" in [p["key"] for p in a["people"]]
    by_cipher = {f["id"] for f in _view(uncleared, person=f"person:{CIPHER}")["facts"]}
    assert by_cipher == {facts[n]["id"] for n in "ABCD"}
    assert _view(uncleared, person=cast[PROTECTED])["total"] == 0
    assert _view(uncleared, q="Tolland")["total"] == 0
    assert {f["id"] for f in _view(uncleared, q=f"{CIPHER} Harbury")["facts"]} == {
        facts["A"]["id"]}
    exported = uncleared.get("/api/chronology/export", params={"format": "csv"})
    assert exported.status_code == 200 and "Tolland" not in exported.text
    assert CIPHER in exported.text
    # A DOCX is bytes, which the cipher middleware cannot rewrite: refused, as originals are.
    assert uncleared.get("/api/chronology/export", params={"format": "docx"}).status_code == 403

    # A fact drafted from the ciphered page keeps the person's own id, shown again as the cipher.
    draft = _draft(uncleared, docs["statement.txt"], SENTENCE.replace(PROTECTED, CIPHER))
    assert CIPHER in [p["name"] for p in draft["people"]]
    saved = _fact(uncleared, docs["statement.txt"], draft["date"],
                  [p["key"] for p in draft["people"]], [], draft["description"])
    assert f"person:{CIPHER}" in [p["key"] for p in saved["people"]]
    assert cast[PROTECTED] in uncleared.app.state.client.get(
        index=f"{uncleared.app.state.settings.index_prefix}-chronology",
        id=saved["id"])["_source"]["people"]
    assert uncleared.delete(f"/api/chronology/{saved['id']}").status_code == 204


def test_a_reader_reads_but_does_not_write(app, store, indices, settings, facts, docs) -> None:  # noqa: ANN001
    reader = _client(app, store, indices, settings, "chr-reader", "reader", [COLLECTION], True)
    assert _view(reader)["total"] == 4
    refused = reader.post("/api/chronology", json={
        "collection": COLLECTION, "date": {"from": "2000"}, "description": "x",
        "citations": [{"doc_id": docs["letter.txt"]["id"], "page": 1}]})
    assert refused.status_code == 403


def test_the_exports_read_back(reviewer, facts, docs) -> None:  # noqa: ANN001
    answer = reviewer.get("/api/chronology/export", params={"collection": COLLECTION,
                                                           "format": "docx"})
    assert answer.status_code == 200, answer.text
    document = Document(io.BytesIO(answer.content))
    (table,) = document.tables
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Date", "Fact", "People", "Issues", "Citations"]
    assert [r[0] for r in rows[1:]] == [
        "circa March 1998 (sources disagree: June 1999)",
        "12 March 1998 (sources disagree: June 1999)",
        "June 1999 (sources disagree: circa March 1998; 12 March 1998)", "4 April 2001"]
    assert rows[4][1] == facts["D"]["description"]
    assert rows[4][2] == "; ".join(p["name"] for p in facts["D"]["people"])
    assert rows[4][3] == "taxi licensing"
    letter = docs["letter.txt"]
    assert rows[4][4] == f"{letter['control']}-0001"
    links = {rel.target_ref for rel in document.part.rels.values()
             if rel.reltype == RELATIONSHIP_TYPE.HYPERLINK}
    assert f"http://testserver/#doc={letter['id']}&page=1" in links
    assert len(links) == len({f["citations"][0]["doc_id"] for f in facts.values()})

    csv_answer = reviewer.get("/api/chronology/export", params={"collection": COLLECTION,
                                                               "format": "csv"})
    table_rows = list(csv.DictReader(io.StringIO(csv_answer.text)))
    assert [r["id"] for r in table_rows] == [facts[n]["id"] for n in ("C", "A", "B", "D")]
    assert table_rows[3]["citations"] == f"{letter['control']}-0001"
    assert table_rows[3]["links"] == f"http://testserver/#doc={letter['id']}&page=1"
    assert table_rows[0]["circa"] == "yes" and table_rows[0]["date_from"] == "1998-03"


def test_every_change_is_audited_and_the_chain_verifies(api, store, settings, facts) -> None:  # noqa: ANN001
    from search.audit_verify import verify

    made = api.get("/api/audit", params={"action": "chronology.fact.create", "size": 100})
    created = {r["details"].get("fact"): r for r in made.json()["records"] if r["status"] == 201}
    assert facts["A"]["id"] in created
    assert created[facts["A"]["id"]]["details"]["after"]["date"]["from"] == "1998-03-12"
    for action in ("chronology.fact.update", "chronology.fact.delete", "chronology.draft",
                   "chronology.export", "citation.resolve"):
        assert api.get("/api/audit", params={"action": action}).json()["records"], action
    verdict = verify(store, settings.index_prefix, settings.secret_key)
    assert verdict.ok, verdict.describe()
