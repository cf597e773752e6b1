"""Linked names over a corpus the tests generate (tests/api/names_corpus.py): entity pages find
every written form of a person and no one else's, associates rank first among each other's
co-occurring entities, batch search counts, graph export, corrections and scope."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import quote

import pytest

from tests.api.names_corpus import ASSOCIATES, FORMS, PHONE, generate

pytestmark = pytest.mark.integration
COLLECTION = "names"
IN = {"collection": COLLECTION}
PEOPLE = [key for key in FORMS]


@pytest.fixture(scope="module")
def names_corpus(store, settings, tmp_path_factory):  # noqa: ANN001, ANN201
    from ingest.job import finish_job, run_local, start_job

    corpus = generate(tmp_path_factory.mktemp("names-corpus"))
    plan = start_job(store, settings, [corpus.root], COLLECTION, mode="local")
    run_local(store, settings, plan)
    counts = finish_job(store, settings, plan.job_id)
    assert counts.get("indexed") == len(corpus.files), counts
    return corpus


def page(api, kind: str, key: str, **params: object) -> dict:  # noqa: ANN001
    response = api.get(f"/api/entities/{kind}/{quote(key)}", params={**IN, "size": 500, **params})
    assert response.status_code == 200, response.text
    return response.json()


def marked(snippet: str) -> str:
    return re.search(r"<mark>(.*?)</mark>", snippet, re.DOTALL).group(1)


def paths_by_id(result: dict) -> dict[str, str]:
    return {d["id"]: d["path"] for d in result["documents"]}


@pytest.mark.parametrize("key", PEOPLE)
def test_entity_page_finds_every_form_and_no_one_else(api, names_corpus, key: str) -> None:  # noqa: ANN001
    result = page(api, "person", key)
    paths = paths_by_id(result)
    found: dict[str, set[str]] = {}
    for mention in result["mentions"]:
        found.setdefault(paths[mention["document_id"]], set()).add(marked(mention["snippet"]))
    planted = names_corpus.planted[key]
    assert set(found) == set(planted), "documents differ"
    for path, forms in planted.items():
        assert forms <= found[path], path
        assert found[path] <= forms, f"{path}: another person's mention on the page"
    assert result["document_count"] == len(planted)
    assert result["variants"][0]["match"] == "exact"


def test_mentions_carry_citation_and_an_escaped_snippet(api, names_corpus) -> None:  # noqa: ANN001
    mention = page(api, "person", "raymond stokes")["mentions"][0]
    assert mention["citation"].endswith("-0001")
    assert mention["snippet"].count("<mark>") == 1
    assert "<" not in mention["snippet"].replace("<mark>", "").replace("</mark>", "")


def test_timeline_counts_documents_by_date(api, names_corpus) -> None:  # noqa: ANN001
    result = page(api, "person", "margaret tolley")
    years = result["timeline"]["years"]
    # Every generated file opens with a "Date:" line, so every document lands in a year.
    assert result["timeline"]["undated"] == 0
    assert sum(y["documents"] for y in years) == len(names_corpus.planted["margaret tolley"])
    assert years and all(re.fullmatch(r"\d{4}", y["period"]) for y in years)


def test_associates_rank_first_in_each_others_cooccurrence(api, names_corpus) -> None:  # noqa: ANN001
    a, b = ASSOCIATES
    first_of_a = page(api, "person", a)["cooccurring"][0]
    first_of_b = page(api, "person", b)["cooccurring"][0]
    assert (first_of_a["key"], first_of_b["key"]) == (b, a)
    shared = names_corpus.documents_of(a) & names_corpus.documents_of(b)
    assert first_of_a["documents"] == len(shared)
    assert first_of_a["linking_documents"]


def test_lookup_ranks_exact_then_variants(api, names_corpus) -> None:  # noqa: ANN001
    results = api.get("/api/entities", params={**IN, "q": "Raymond STOKES",
                                               "kind": "person"}).json()["results"]
    assert results[0]["key"] == "raymond stokes" and results[0]["match"] == "exact"
    matches = {r["key"]: r["match"] for r in results}
    # The collection's name authority (ingest.job.names) resolves the nickname and the OCR'd
    # spelling to the person named in full: one entity, no variant keys of its own left.
    assert "ray stokes" not in matches and "rayrnond stokes" not in matches
    forms = {m["text"] for m in page(api, "person", "raymond stokes")["mentions"]}
    assert {"Ray Stokes", "Rayrnond Stokes"} <= forms or any("Ray " in f for f in forms)
    ranks = ["exact", "phonetic", "nickname", "initial", "ocr", "part", "fuzzy"]
    assert [ranks.index(r["match"]) for r in results] == sorted(ranks.index(r["match"])
                                                                for r in results)
    assert all(r["documents"] >= 1 and r["mentions"] >= r["documents"] for r in results)


def test_phone_entity_page(api, names_corpus) -> None:  # noqa: ANN001
    result = page(api, "phone", PHONE)  # typed as written; the key is E.164
    assert result["key"] == "+441632960733" and result["document_count"] == 2
    assert marked(result["mentions"][0]["snippet"]) == PHONE


def test_batch_search_counts_documents_per_name(api, names_corpus) -> None:  # noqa: ANN001
    names = ["Raymond Stokes", "Edward Hollis", "Peggy Tolley", "William Redfern", "Nobody Atall"]
    response = api.post("/api/batch-search", params=IN, json={"names": names, "top": 3})
    assert response.status_code == 200, response.text
    counts = {r["name"]: r["documents"] for r in response.json()["results"]}
    expected = [len(names_corpus.planted[k]) for k in
                ("raymond stokes", "edward hollis", "margaret tolley", "william redfern")]
    # "Peggy Tolley" is a nickname: it finds Margaret's documents that say "Peggy" and those that
    # say "Margaret" through the nickname table.
    assert [counts[n] for n in names[:2]] + [counts[names[3]]] == [expected[0], expected[1],
                                                                    expected[3]]
    assert counts["Peggy Tolley"] >= 1 and counts["Nobody Atall"] == 0
    top = response.json()["results"][0]["top"]
    assert len(top) == 3 and top[0]["variants"] and top[0]["control"]


def test_batch_search_takes_a_csv_upload(api, names_corpus) -> None:  # noqa: ANN001
    csv = b"name,kind\nRaymond Stokes,person\n01632 960733,phone\n"
    response = api.post("/api/batch-search", params=IN,
                        files={"file": ("names.csv", csv, "text/csv")})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert results[0]["documents"] == len(names_corpus.planted["raymond stokes"])
    assert results[1]["kind"] == "phone" and results[1]["documents"] == 2


def test_graph_export_as_graphml_and_json(api, names_corpus) -> None:  # noqa: ANN001
    a, b = ASSOCIATES
    url = f"/api/entities/person/{quote(a)}/graph"
    graphml = api.get(url, params={**IN, "format": "graphml"})
    assert graphml.status_code == 200
    assert graphml.headers["content-type"].startswith("application/graphml+xml")
    root = ET.fromstring(graphml.content)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = {n.get("id") for n in root.iterfind(".//g:node", ns)}
    assert {f"person:{a}", f"person:{b}"} <= nodes
    edges = api.get(url, params={**IN, "format": "json"}).json()["edges"]
    pair = next(e for e in edges if {e["source"], e["target"]} == {f"person:{a}", f"person:{b}"})
    assert pair["weight"] == len(names_corpus.documents_of(a) & names_corpus.documents_of(b))
    network = api.get("/api/graph", params={**IN, "q": "Stokes"}).json()
    assert f"person:{a}" in {n["id"] for n in network["nodes"]} and network["edges"]


def test_scope_hides_other_collections(api, store, indices, settings, names_corpus) -> None:  # noqa: ANN001
    from fastapi.testclient import TestClient

    from search.users import UserStore

    token = UserStore(store, indices, settings.secret_key).add("names-outsider", "reader",
                                                              ["elsewhere"])
    outsider = TestClient(api.app, headers={"Authorization": f"Bearer {token}"})
    assert outsider.get("/api/entities", params={"q": "Raymond Stokes"}).json()["results"] == []
    assert outsider.get(f"/api/entities/person/{quote('raymond stokes')}").status_code == 404
    assert outsider.get("/api/entities", params=IN).status_code == 403
    body = {"action": "wrong", "kind": "person", "key": "pauline stokes", "collection": "elsewhere"}
    assert outsider.post("/api/entities/corrections", json=body).status_code == 403


def correct(api, body: dict) -> dict:  # noqa: ANN001
    response = api.post("/api/entities/corrections", json={**body, "collection": COLLECTION})
    assert response.status_code == 201, response.text
    return response.json()


def test_merge_applies_at_query_time_and_at_ingest(
        api, store, settings, indices, names_corpus, tmp_path) -> None:  # noqa: ANN001
    assert page(api, "person", "oswin tarrant")["document_count"] == 2
    saved = correct(api, {"action": "merge", "kind": "person", "key": "Ozzy Tarrant",
                          "into": "Oswin Tarrant"})
    assert saved["user"] == "test-admin" and saved["created_at"] and saved["target"] == "oswin tarrant"
    assert page(api, "person", "oswin tarrant")["document_count"] == 3
    # The look-up gathers both names in one row, and counts tarrant-0.txt (which names both) once.
    lookup = api.get("/api/entities", params={**IN, "q": "Tarrant"}).json()["results"]
    assert [r["documents"] for r in lookup if r["key"] == "oswin tarrant"] == [3]
    merged = page(api, "person", "ozzy tarrant")
    assert merged["key"] == "oswin tarrant" and merged["redirected_from"] == "ozzy tarrant"
    # A file ingested after the correction stores the corrected key.
    from ingest.job import finish_job, run_local, start_job

    (tmp_path / "tarrant-4.txt").write_text("Mr Ozzy Tarrant wrote again in 1999.\n")
    plan = start_job(store, settings, [tmp_path], COLLECTION, mode="local")
    run_local(store, settings, plan)
    finish_job(store, settings, plan.job_id)
    new = store.search(index=indices.documents, body={"query": {"term": {"path": "tarrant-4.txt"}}})
    doc_id = new["hits"]["hits"][0]["_id"]
    hits = store.search(index=indices.mentions, body={"query": {"bool": {"filter": [
        {"term": {"raw_key": "ozzy tarrant"}}, {"term": {"doc_id": doc_id}}]}}})["hits"]["hits"]
    assert [h["_source"]["key"] for h in hits] == ["oswin tarrant"]
    assert page(api, "person", "oswin tarrant")["document_count"] == 4
    # The document's person facet agrees: the merged name, not the one merged away.
    assert new["hits"]["hits"][0]["_source"]["person"] == ["Oswin Tarrant"]


def test_alias_split_and_wrong(api, names_corpus) -> None:  # noqa: ANN001
    correct(api, {"action": "alias", "kind": "person", "key": "oswin tarrant",
                  "alias": "Tarrant-Vane"})
    assert "tarrant-vane" in {v["key"] for v in page(api, "person", "oswin tarrant")["variants"]}
    rudd = page(api, "person", "colin rudd")
    moved = rudd["documents"][0]["id"]
    correct(api, {"action": "split", "kind": "person", "key": "colin rudd",
                  "new_name": "Colin Rudd Junior", "doc_ids": [moved]})
    assert moved not in {d["id"] for d in page(api, "person", "colin rudd")["documents"]}
    assert [d["id"] for d in page(api, "person", "colin rudd junior")["documents"]] == [moved]
    correct(api, {"action": "wrong", "kind": "person", "key": "pauline stokes"})
    lookup = api.get("/api/entities", params={**IN, "q": "Pauline Stokes"}).json()["results"]
    assert "pauline stokes" not in {r["key"] for r in lookup}
    assert api.get(f"/api/entities/person/{quote('pauline stokes')}", params=IN).status_code == 404
    listed = api.get("/api/entities/corrections").json()
    assert {"merge", "alias", "split", "wrong"} <= {c["action"] for c in listed}


def test_corrections_need_a_reviewer(api, store, indices, settings) -> None:  # noqa: ANN001
    from fastapi.testclient import TestClient

    from search.users import UserStore

    token = UserStore(store, indices, settings.secret_key).add("names-reader", "reader", ["*"])
    reader = TestClient(api.app, headers={"Authorization": f"Bearer {token}"})
    body = {"action": "merge", "kind": "person", "key": "a b", "into": "c d"}
    assert reader.post("/api/entities/corrections", json=body).status_code == 403
    assert api.post("/api/entities/corrections",
                    json={**body, "action": "explode"}).status_code == 422


def test_backfill_gives_old_mention_records_their_keys(store, indices, names_corpus) -> None:  # noqa: ANN001
    from search.mention_backfill import backfill

    old = {"id": "names-old-m000000", "doc_id": "names-old", "collection": COLLECTION,
           "kind": "person", "text": "Raymond Stokes", "key": "raymond stokes", "page": 1,
           "start": 0, "end": 14}
    store.index(index=indices.mentions, id=old["id"], body=old, refresh=True)
    assert backfill(store, indices) >= 1
    record = store.get(index=indices.mentions, id=old["id"])["_source"]
    assert record["entity"] == "person:raymond stokes" and record["first"] is True
    assert record["phonetic"] == ["RMNT STKS"] and record["initial_key"] == "r stokes"
    store.delete(index=indices.mentions, id=old["id"], refresh=True)


def test_written_as_lists_every_written_form_once_with_its_count(api, names_corpus) -> None:  # noqa: ANN001
    from search.folding import fold_chars

    def folded(text: str) -> str:
        return " ".join(fold_chars(text).split())

    for key in PEOPLE:
        response = api.get(f"/api/entities/person/{quote(key)}", params={**IN, "size": 500})
        if response.status_code == 404:  # merged into another person by a correction test above
            continue
        result = response.json()
        forms = [form for variant in result["variants"] for form in variant["forms"]]
        # The forms as the mention records hold them (a name's stored text: "STOKES, Raymond"
        # is kept as "Raymond Stokes"), every one of them, where the page used to show one per key.
        stored = {folded(mention["text"]) for mention in result["mentions"]}
        listed = [folded(form["text"]) for form in forms]
        assert stored <= set(listed), f"{key}: written forms missing"
        assert len(listed) == len(set(listed)), f"{key}: a folded duplicate listed twice"
        for variant in result["variants"]:
            assert sum(form["mentions"] for form in variant["forms"]) == variant["mentions"]
    stokes = page(api, "person", "raymond stokes")["variants"][0]["forms"]
    assert {"Raymond Stokes", "Ray Stokes", "R. Stokes"} <= {form["text"] for form in stokes}


def test_written_forms_merge_what_the_index_folds_together() -> None:
    from search.entities import written_forms

    buckets = [{"key": "Ashworth", "doc_count": 5}, {"key": "ASHWORTH", "doc_count": 2},
               {"key": "H. Ashworth", "doc_count": 3}, {"key": "Ashwórth ", "doc_count": 1}]
    assert written_forms(buckets) == [{"text": "Ashworth", "mentions": 8},
                                      {"text": "H. Ashworth", "mentions": 3}]
