"""The attacker suite of issue 12: an uncleared reviewer, granted one collection only, probes two
protected names through every route of the API, and each answer is compared with the answer to
the same probe built from a control name of the same shape that appears nowhere.

The premise (checked first): the collection names "Idris Vowkes" (A1) and "Ursula Kesswick" (A2)
in every written form, a cleared admin finds them, and the controls exist nowhere. Then nothing
the reader gets back (status, headers, body, counts, error positions, history) may differ
between a protected name and its control, and no piece of a protected name may show anywhere.
The probes and routes are in attack_probes.py; the collection is in attack_corpus.py.
"""

from __future__ import annotations

import json
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from rapidfuzz.distance import Levenshtein
from typer.testing import CliRunner

from tests.security.attack_corpus import (
    FILLER,
    OTHER_PERSON,
    OUTSIDER,
    TWINS,
    everything_written,
    first_letter_words,
    words_of,
    write_bidi_collection,
    write_collection,
    write_other_collection,
)
from tests.security.attack_probes import (
    ROUTE_OF,
    ROUTES,
    VOLATILE_KEYS,
    Probe,
    Seen,
    Target,
    comparable,
    forbidden_fragments,
    leaks,
    learn_folding,
    mask,
    send,
    told_apart,
    twin_probes,
)
from tests.security.conftest import client_for

pytestmark = pytest.mark.integration
RUN = os.getpid()
COLLECTION, OTHER, BIDI_COLLECTION = f"attack-{RUN}", f"attack-other-{RUN}", f"attack-bidi-{RUN}"
PROTECTED = [twin.protected for twin in TWINS]
FORBIDDEN = forbidden_fragments(PROTECTED)
ENGINE_WORDS = ("automaton", "determinizing", "too_many_clauses", "opensearch", "lucene",
                "exception", "transporterror", "search_phase_execution", "caused_by", "elasticsearch",
                "traceback")


@dataclass(frozen=True)
class Attack:
    target: Target
    paths: list[str]
    job_id: str  # the job that ingested COLLECTION
    reader: TestClient  # uncleared reviewer, granted COLLECTION only
    admin: TestClient


def _ingest(store, settings, folder: Path, collection: str) -> str:  # noqa: ANN001
    """Ingest a folder in this process, as the security fixtures do; returns the job id."""
    from ingest.job import JobRun, finish_job, start_job
    from ingest.worker import process_file, work_context

    plan = start_job(store, settings, [folder], collection, mode="local")
    context, run = work_context(settings), JobRun(store, settings, plan)
    for task in plan.tasks:
        assert not run.receive(process_file(task, context))  # no file here holds others
    run.commit(wait=True)
    finish_job(store, settings, plan.job_id)
    return plan.job_id


def _user(store, indices, settings, name: str, role: str, collections: list[str]) -> str:  # noqa: ANN001
    from search.users import UserStore

    return UserStore(store, indices, settings.secret_key).add(f"{name}-{RUN}", role, collections,
                                                              cleared=False)


@pytest.fixture(scope="module")
def attack(store, indices, settings, sec_app, tokens,  # noqa: ANN001
           tmp_path_factory: pytest.TempPathFactory) -> Attack:
    """The ciphers are added first (the README's CLI), then the files are ingested."""
    from api.cli import app as cli

    for twin in TWINS:
        added = CliRunner().invoke(cli, ["ciphers", "add", COLLECTION, twin.protected, twin.cipher])
        assert added.exit_code == 0, added.output
    root = tmp_path_factory.mktemp("attack")
    paths = write_collection(root / "main")
    job_id = _ingest(store, settings, root / "main", COLLECTION)
    write_other_collection(root / "other")
    _ingest(store, settings, root / "other", OTHER)
    write_bidi_collection(root / "bidi")
    _ingest(store, settings, root / "bidi", BIDI_COLLECTION)
    admin = client_for(sec_app, tokens["admin"])
    hits = admin.get("/api/search", params={"collection": COLLECTION, "size": 50}).json()["hits"]
    statement = next(h["id"] for h in hits if h["path"].endswith("statement-1997.txt"))
    reader = client_for(sec_app, _user(store, indices, settings, "attacker", "reviewer",
                                       [COLLECTION]))
    learn_folding(reader)
    return Attack(Target(COLLECTION, statement), paths, job_id, reader, admin)


# ---------------------------------------------------------------- the premise


def test_the_collection_is_what_the_attack_needs(attack: Attack) -> None:
    written = everything_written()
    words = set(words_of(written)) - {w for name in PROTECTED for w in words_of(name)}
    names = [w for twin in TWINS for w in words_of(twin.protected + " " + twin.control)]
    for word in words:
        assert all(word[:2] != name[:2] for name in names), word
        assert all(Levenshtein.distance(word, name) > 2 for name in names), word
        assert not leaks(word, FORBIDDEN), word
    # The one-letter probes match other words: the same number of them for a name and its control.
    assert not first_letter_words()
    for twin in TWINS:
        for mine, theirs in twin_probes(twin.protected, twin.control):
            if mine.coarse:
                assert _filler_matches(mine.text) == _filler_matches(theirs.text) > 0, mine.text
    for twin in TWINS:
        assert twin.control.lower() not in written.lower()
        assert not any(p[:2] in (w[:2] for w in words_of(twin.control)) for p in words)
        assert [len(w) for w in twin.protected.split()] == [len(w) for w in twin.control.split()]
    # A cleared admin finds each protected name, and the uncleared reader finds its cipher.
    for twin in TWINS:
        last = twin.protected.split()[1]
        found = attack.admin.get("/api/search", params={"q": last, "collection": COLLECTION})
        assert found.json()["total"] >= 4, found.text
        ciphered = attack.reader.get("/api/search", params={"q": twin.cipher})
        assert ciphered.json()["total"] >= 1, ciphered.text


def _filler_matches(pattern: str) -> int:
    return sum(fnmatchcase(word, pattern.lower()) for word in words_of(FILLER))


# ---------------------------------------------------------------- the twin replay


REPLAYED: dict[str, list[tuple[Probe, Probe, Seen, Seen]]] = {}


def _replayed(route: str, attack: Attack) -> list[tuple[Probe, Probe, Seen, Seen]]:
    """Every twin probe through one route (sent once, shared by the tests of this route). The
    search gets every probe; the other routes each family's core (see attack_probes)."""
    if route not in REPLAYED:
        names_only = ROUTES[route][1]
        pairs = [pair for twin in TWINS
                 for pair in twin_probes(twin.protected, twin.control, every=route == "search q")
                 if pair[0].name_like or not names_only]
        with ThreadPoolExecutor(4) as pool:  # the answers wait on OpenSearch, not on Python
            answers = list(pool.map(lambda probe: send(route, attack.reader, probe, attack.target),
                                    [probe for pair in pairs for probe in pair]))
        REPLAYED[route] = [(mine, theirs, answers[2 * i], answers[2 * i + 1])
                           for i, (mine, theirs) in enumerate(pairs)]
    return REPLAYED[route]


def _differences(seen: list[tuple[Probe, Probe, Seen, Seen]]) -> list[str]:
    found = []
    for mine, theirs, answer, twin_answer in seen:
        left = comparable(answer, [mine.text], mine.coarse)
        right = comparable(twin_answer, [theirs.text], theirs.coarse)
        if left != right:
            found.append(told_apart(mine.label, mine.text, answer.status, left, theirs.text,
                                    twin_answer.status, right))
    return found


@pytest.mark.parametrize("route", list(ROUTES))
def test_a_protected_name_answers_like_its_control(attack: Attack, route: str) -> None:
    differences = _differences(_replayed(route, attack))
    assert not differences, (f"{len(differences)} probes tell a protected name from its "
                             "control:\n" + "\n".join(differences[:12]))


@pytest.mark.parametrize("route", list(ROUTES))
def test_no_piece_of_a_protected_name_in_any_answer(attack: Attack, route: str) -> None:
    found = []
    for mine, _theirs, answer, _twin in _replayed(route, attack):
        shown = mask(answer.body + "\n" + str(answer.headers), [mine.text])
        for fragment in leaks(shown, FORBIDDEN):
            found.append(f"{mine.label}: {mine.text!r} shows {fragment!r} in "
                         f"{_around(shown, fragment)!r}")
        engine = [w for w in ENGINE_WORDS if w in shown.lower()]
        if engine:
            found.append(f"{mine.label}: {mine.text[:40]!r} shows engine text {engine}")
    assert not found, f"{len(found)} answers leak:\n" + "\n".join(found[:12])


def _around(text: str, fragment: str) -> str:
    from tests.security.attack_probes import fold

    at = fold(text).find(fragment)
    return text[max(0, at - 60): at + 60]


# ---------------------------------------------------------------- what is shown without probing


def _views_without_probing(attack: Attack) -> dict[str, str]:
    """Everything the reader can open without typing a name: the list of documents, each
    document and page, the cipher's entity pages, graphs and look-ups, and an export."""
    reader = attack.reader
    views = {"search": reader.get("/api/search", params={"size": 50})}
    for hit in views["search"].json()["hits"]:
        views[f"document {hit['path']}"] = reader.get(f"/api/documents/{hit['id']}")
        for number in range(1, hit.get("page_count", 1) + 1):
            views[f"page {hit['path']} {number}"] = reader.get(
                f"/api/documents/{hit['id']}/pages/{number}")
    for key in [twin.cipher for twin in TWINS] + [OUTSIDER]:
        views[f"entity {key}"] = reader.get(f"/api/entities/person/{key}")
        views[f"graph {key}"] = reader.get(f"/api/entities/person/{key}/graph",
                                           params={"format": "graphml"})
        views[f"look-up {key}"] = reader.get("/api/entities", params={"q": key, "kind": "person"})
        views[f"search {key}"] = reader.get("/api/search", params={"q": key})
        views[f"batch {key}"] = reader.post("/api/batch-search", json={"names": [key]})
    views["graph"] = reader.get("/api/graph", params={"q": "bus"})
    views["export"] = reader.get("/api/export", params={"format": "json"})
    views |= _register_and_ledger_views(attack)
    return {view: f"{r.status_code} {r.headers} {r.text}" for view, r in views.items()}


def _register_and_ledger_views(attack: Attack) -> dict[str, object]:
    """The case register (its list, each case, its graph) and the job's ledger (its report, its
    failures, which name a file named for a protected person), as the reader opens them."""
    reader = attack.reader
    views = {"cases": reader.get("/api/cases", params={"size": 50}),
             "cases csv": reader.get("/api/cases", params={"format": "csv"}),
             "cases graph": reader.get("/api/cases/graph"),
             "jobs": reader.get("/api/jobs"),
             "job": reader.get(f"/api/jobs/{attack.job_id}"),
             "job failures": reader.get(f"/api/jobs/{attack.job_id}/failures.csv"),
             "collections": reader.get("/api/collections"),
             "stages": reader.get(f"/api/collections/{COLLECTION}/stages")}
    for case in views["cases"].json()["cases"]:
        views[f"case {case['id']}"] = reader.get(f"/api/cases/{case['id']}")
    return views | _review_views(attack) | _redaction_views(attack) | _completeness_views(attack) \
        | _bundle_views(attack)


def _completeness_views(attack: Attack) -> dict[str, object]:
    """The completeness report as the reader meets it: its counts and coverage, a page and the
    CSV of each list (paths and addresses of files named for a protected person), and the DOCX
    annex, which cannot be ciphered and so is refused."""
    reader, base = attack.reader, f"/api/collections/{COLLECTION}/completeness"
    views: dict[str, object] = {"completeness": reader.get(base)}
    for section in ("files", "families", "duplicates", "near-duplicates", "recipients"):
        views[f"completeness {section}"] = reader.get(f"{base}/{section}")
        views[f"completeness {section} csv"] = reader.get(f"{base}/{section}.csv")
    annex = reader.get(f"{base}.docx")
    opened = [view.status_code for view in views.values()]  # type: ignore[attr-defined]
    assert (annex.status_code, set(opened)) == (403, {200}), annex.text[:300]
    return views


def _bundle_views(attack: Attack) -> dict[str, object]:
    """A hearing bundle as the reader meets it: an admin's bundle of the statement, its tab
    and description written with the protected name; the bundle, the list, the index (JSON
    and CSV), and its reference resolved from a note's text and alone."""
    admin, reader, doc = attack.admin, attack.reader, attack.target.document
    control = admin.get(f"/api/documents/{doc}").json()["control"]
    made = admin.post("/api/bundles", json={
        "collection": COLLECTION, "letter": "Q", "title": "Evidence of VOWKES, Idris",
        "sections": [{"title": "Idris Vowkes", "tabs": [{"title": "Statement of I. Vowkes",
                      "documents": [{"document": control,
                                     "description": "Statement naming Idris Vowkes"}]}]}]})
    assert made.status_code == 201, made.text
    bundle = made.json()["id"]
    return {"bundle": reader.get(f"/api/bundles/{bundle}"), "bundles": reader.get("/api/bundles"),
            "bundle index": reader.get(f"/api/bundles/{bundle}/index"),
            "bundle index csv": reader.get(f"/api/bundles/{bundle}/index",
                                           params={"format": "csv"}),
            "bundle reference": reader.get("/api/references/Q/1/1",
                                           params={"collection": COLLECTION}),
            "references in a note": reader.get("/api/references", params={
                "text": "Idris Vowkes at {Q/1/1}", "collection": COLLECTION})}


def _redaction_views(attack: Attack) -> dict[str, object]:
    """Redaction as the reader meets it: the collection's reasons (one an admin wrote with a
    protected name in it), a proposed redaction of the protected name on the statement, and the
    redaction log. Proposed only: an approval would withhold the collection while it is
    rewritten."""
    admin, reader, doc = attack.admin, attack.reader, attack.target.document
    base = f"/api/collections/{COLLECTION}"
    reason = "Restriction Order 3: identity of VOWKES, Idris"
    admin.put(f"{base}/redaction-reasons", json={"reasons": [reason]})
    proposed = admin.post(f"/api/documents/{doc}/redactions", json={
        "page": 1, "kind": "span", "start": 62, "end": 74, "reason": reason})
    assert proposed.status_code == 201, proposed.text
    return {"redactions": reader.get(f"/api/documents/{doc}/redactions"),
            "redaction reasons": reader.get(f"{base}/redaction-reasons"),
            "redaction log": reader.get(f"{base}/redaction-log"),
            "redaction log csv": reader.get(f"{base}/redaction-log", params={"format": "csv"})}


def _review_views(attack: Attack) -> dict[str, object]:
    """Review as the reader meets it: the collection's coding scheme, a document's coding whose
    free text a cleared admin wrote with the protected names in it, and a batch assigned to the
    reader, walked."""
    admin, reader, doc = attack.admin, attack.reader, attack.target.document
    base = f"/api/collections/{COLLECTION}"
    admin.put(f"{base}/coding-scheme", json={"fields": [
        {"name": "coding.issue", "choices": ["bus rota"]}, {"name": "coding.note"}]})
    written = "Seen with VOWKES, Idris; Ursula Kesswick and I. Vowkes to be asked again."
    coded = admin.put(f"/api/documents/{doc}/coding", json={"values": {
        "coding.issue": ["bus rota"], "coding.note": written}})
    saved = admin.post("/api/saved-searches", json={"name": "all", "q": "bus"})
    batches = admin.post("/api/batches", json={
        "collection": COLLECTION, "saved_search": saved.json()["id"], "size": 50,
        "reviewers": [reader.get("/api/me").json()["username"]]})
    assert (coded.status_code, batches.status_code) == (200, 201), (coded.text, batches.text)
    batch = batches.json()[0]["id"]
    return {"coding scheme": reader.get(f"{base}/coding-scheme"),
            "coding": reader.get(f"/api/documents/{doc}/coding"),
            "coded search": reader.get("/api/search", params={"q": 'coding.issue:"bus rota"'}),
            "batches": reader.get("/api/batches"), "batch": reader.get(f"/api/batches/{batch}"),
            "batch step": reader.get(f"/api/batches/{batch}/documents/1")}


def test_the_register_and_the_ledger_have_what_the_attack_needs(attack: Attack) -> None:
    """The premise of the views above: the admin sees a case naming a protected suspect, and a
    failure naming a protected person's file; the reader sees the same case and failure."""
    cases = attack.admin.get("/api/cases", params={"collection": COLLECTION}).json()["cases"]
    assert cases, "the crime report made no case"
    case = attack.admin.get(f"/api/cases/{cases[0]['id']}").json()
    assert "vowkes" in json.dumps(case).lower()
    failures = attack.admin.get(f"/api/jobs/{attack.job_id}/failures.csv")
    assert "vowkes-idris-scan.pdf" in failures.text
    assert attack.reader.get("/api/cases").json()["cases"]
    assert attack.reader.get(f"/api/jobs/{attack.job_id}/failures.csv").text.count("\n") >= 2
    refused = attack.reader.post(f"/api/cases/{cases[0]['id']}/roles",
                                 json={"key": "a1", "role": "witness"})
    assert refused.status_code == 403, refused.text
    proposal = {"page": 1, "kind": "page", "reason": "any"}
    refused = attack.reader.post(f"/api/documents/{attack.target.document}/redactions",
                                 json=proposal)
    assert refused.status_code == 403, refused.text


def test_nothing_the_reader_opens_shows_a_piece_of_a_protected_name(attack: Attack) -> None:
    """Probes 6 and 7 of issue 12: snippets cut mid-name ("Stoke..."), the cipher's own look-up
    answering with the forename, and the forename tagged as a place of its own."""
    found = [f"{view}: {fragment!r} in {_around(text, fragment)!r}"
             for view, text in _views_without_probing(attack).items()
             for fragment in leaks(text, FORBIDDEN)]
    assert not found, f"{len(found)} leaks:\n" + "\n".join(found[:15])


# ---------------------------------------------------------------- the cipher's own probes


@pytest.mark.parametrize("route", ["search q", "document hits", "document page", "graph q",
                                   "export csv"])
def test_error_positions_and_term_limits_count_what_was_typed(attack: Attack, route: str) -> None:
    """Probe 3: "A1 *x" said position 25 and "B1 *x" position 3; 150 x A1 hit the 200-term
    limit while 150 x B1 did not."""
    found = []
    for twin in TWINS:
        for template in ("{} *x", "person:{} *x", "({} AND", "{} AND title:*x"):
            mine, theirs = (Probe("cipher", template.format(c)) for c in (twin.cipher,
                                                                            twin.control_cipher))
            left, right = (send(route, attack.reader, p, attack.target) for p in (mine, theirs))
            if comparable(left, [mine.text]) != comparable(right, [theirs.text]):
                found.append(f"{mine.text!r} -> {left.status} {left.body[:200]}  vs  "
                             f"{theirs.text!r} -> {right.status} {right.body[:200]}")
        for count in (150, 199, 201):
            mine, theirs = (Probe("many", " ".join([c] * count)) for c in (twin.cipher,
                                                                             twin.control_cipher))
            left, right = (send(route, attack.reader, p, attack.target) for p in (mine, theirs))
            if left.status != right.status or (left.status >= 400 and comparable(
                    left, [mine.text]) != comparable(right, [theirs.text])):
                found.append(f"{count} x {twin.cipher} -> {left.status} {left.body[:200]}  vs  "
                             f"{count} x {twin.control_cipher} -> {right.status} {right.body[:200]}")
    assert not found, "\n".join(found)


def test_an_error_answers_for_its_own_query_under_concurrency(attack: Attack) -> None:
    """Found on the merged code: with other searches running at the same time, 201 x a name
    was sometimes answered 200 with 0 hits, or 400 at a position inside another request's query
    (585 for "Vowkes" x 201: the 195th "w*" of a concurrent "w* w* ..."). A reader then tells
    protected from control by chance, and reads the shape of other users' queries."""
    queries = [" ".join([word] * 201) for word in ("Kesswick", "Nussbaum", "Vowkes", "Yapley")]
    queries += [" ".join(["w*"] * 199), " ".join(["kes*"] * 150)]
    alone = {q: send("search q", attack.reader, Probe("alone", q), attack.target) for q in queries}
    with ThreadPoolExecutor(6) as pool:
        together = list(pool.map(lambda q: (q, send("search q", attack.reader, Probe("c", q),
                                                      attack.target)), queries * 15))
    wrong = sorted({f"{q[:20]}... x{len(q.split())}: {seen.status} {seen.body[:90]}"
                    for q, seen in together
                    if comparable(seen, [q], coarse=True) != comparable(alone[q], [q], coarse=True)})
    assert not wrong, "answers that differ from the same query sent alone:\n" + "\n".join(wrong)


# ---------------------------------------------------------------- history and saved searches


def _history_of(client: TestClient, probes: list[Probe]) -> tuple[str, str]:
    """Search with each probe (as text, and as a person filter), save each; the history and the
    saved searches afterwards."""
    for number, probe in enumerate(probes):
        client.get("/api/search", params={"q": probe.text})
        if probe.name_like:
            client.get("/api/search", params={"filter": f"person:{probe.text}"})
        client.post("/api/saved-searches", json={"name": f"probe {number}", "q": probe.text})
    return client.get("/api/search-history").text, client.get("/api/saved-searches").text


def _as_typed(value: object, typed: list[str]) -> object:
    """Each text that is exactly the n-th probe typed (or the person filter made of it) replaced
    by "<typed n>", timings and ids masked, and nothing else touched: the history must hold what
    was typed, character for character. (Masking every probe's echoes at once, as the replay
    does for one probe, leaves remnants that depend on which probe's echo was masked first.)"""
    if isinstance(value, dict):
        return {k: "<volatile>" if k in VOLATILE_KEYS else _as_typed(v, typed)
                for k, v in value.items()}
    if isinstance(value, list):
        return [_as_typed(v, typed) for v in value]
    if isinstance(value, str):
        for number, text in enumerate(typed):
            if value in (text, f"person:{text}"):
                return value.replace(text, f"<typed {number}>")
    return value


def test_history_and_saved_searches_keep_what_was_typed(store, indices, settings, sec_app,  # noqa: ANN001
                                                        attack: Attack) -> None:
    """Probe 1: history showed the placeholder, as text and as the filter person:..."""
    pairs = [pair for twin in TWINS for pair in twin_probes(twin.protected, twin.control, False)]
    pairs = pairs[::3]
    seen = {}
    for side in (0, 1):
        user = _user(store, indices, settings, f"historian-{side}", "reviewer", [COLLECTION])
        probes = [pair[side] for pair in pairs]
        history, saved = _history_of(client_for(sec_app, user), probes)
        typed = [p.text for p in probes]
        seen[side] = (history, saved, _as_typed(json.loads(history), typed),
                      _as_typed(json.loads(saved), typed))
    history, saved = seen[0][:2]
    leaked = leaks(mask(history + saved, [p.text for p, _ in pairs]), FORBIDDEN)
    assert not leaked, f"{leaked} in the history or saved searches: {history[:600]}"
    assert seen[0][2] == seen[1][2], f"histories differ:\n{history[:800]}\n{seen[1][0][:800]}"
    assert seen[0][3] == seen[1][3], f"saved searches differ:\n{saved[:800]}\n{seen[1][1][:800]}"


def test_a_long_collection_name_does_not_break_the_history(store, indices, settings,  # noqa: ANN001
                                                            sec_app: FastAPI, attack: Attack) -> None:
    client = client_for(sec_app, _user(store, indices, settings, "long-collection", "reader",
                                       [COLLECTION]))
    client.get("/api/search", params={"q": "carver", "collection": "c" * 1001})
    history = client.get("/api/search-history")
    assert history.status_code == 200, history.text[:300]


# ---------------------------------------------------------------- corrections, audit, ledger


def test_a_correction_changes_nothing_in_another_collection(store, indices, settings,  # noqa: ANN001
                                                            sec_app: FastAPI, attack: Attack) -> None:
    """A reviewer granted the attack collection only merges a person of the other collection
    away, naming their own collection: the person's page is unchanged for an admin."""
    key = OTHER_PERSON.lower()
    scopes = ({"collection": OTHER}, {})  # the other collection named, and every collection
    before = [attack.admin.get(f"/api/entities/person/{key}", params=p) for p in scopes]
    assert [b.status_code for b in before] == [200, 200], [b.text[:300] for b in before]
    reviewer = client_for(sec_app, _user(store, indices, settings, "corrector", "reviewer",
                                         [COLLECTION]))
    reviewer.post("/api/entities/corrections", json={
        "action": "merge", "kind": "person", "key": key, "into": "Zebedee Nobody",
        "collection": COLLECTION})
    for scope, earlier in zip(scopes, before, strict=True):
        after = attack.admin.get(f"/api/entities/person/{key}", params=scope)
        assert after.status_code == 200, f"{scope}: {after.text[:300]}"
        assert after.json()["key"] == key and not after.json().get("redirected_from"), after.text
        assert after.json()["document_count"] == earlier.json()["document_count"]
    lookup = attack.admin.get("/api/entities", params={"q": OTHER_PERSON, "kind": "person"})
    assert key in {r["key"] for r in lookup.json()["results"]}, lookup.text[:300]


def test_batch_bodies_of_every_content_type_are_audited(store, indices, settings, sec_app,  # noqa: ANN001
                                                         attack: Attack) -> None:
    name = f"batcher-{RUN}"
    client = client_for(sec_app, _user(store, indices, settings, "batcher", "reviewer",
                                       [COLLECTION]))
    tried = {"json": "Quillon Marchbank", "csv": "Tamsin Okereke", "multipart": "Florian Pettigrew"}
    assert client.post("/api/batch-search", json={"names": [tried["json"]]}).status_code == 200
    csv_body = f"name\n{tried['csv']}\n".encode()
    assert client.post("/api/batch-search", content=csv_body,
                       headers={"Content-Type": "text/csv"}).status_code == 200
    assert client.post("/api/batch-search", files={"file": (
        "names.csv", f"name\n{tried['multipart']}\n".encode(), "text/csv")}).status_code == 200
    trail = attack.admin.get("/api/audit", params={"user": name, "size": 100})
    for _ in range(30):  # the trail is searchable after a refresh: wait for the three records
        if trail.status_code != 200 or trail.json()["total"] >= len(tried):
            break
        time.sleep(0.5)
        trail = attack.admin.get("/api/audit", params={"user": name, "size": 100})
    assert trail.status_code == 200 and trail.json()["total"] >= len(tried), trail.text[:300]
    missing = {kind: who for kind, who in tried.items() if who not in trail.text}
    assert not missing, f"names tried but not audited: {missing}"


def test_every_tar_member_gets_a_ledger_entry(attack: Attack) -> None:
    """Issue 12: symlink, hardlink, device and FIFO members were dropped with no entry."""
    from tests.security.attack_corpus import hostile_tar

    data, members = hostile_tar()
    started = attack.admin.post("/api/ingest", data={"collection": f"attack-tar-{RUN}"},
                                files={"files": ("members.tar", data, "application/x-tar")})
    assert started.status_code == 202, started.text
    job = started.json().get("job_id") or started.json()["id"]
    deadline = time.monotonic() + 180
    report = attack.admin.get(f"/api/jobs/{job}").json()
    while not report.get("finished_at") and time.monotonic() < deadline:
        time.sleep(1)
        report = attack.admin.get(f"/api/jobs/{job}").json()
    assert report.get("finished_at"), f"the job did not finish: {report}"
    children = sum(report.get("child_counts", {}).values())
    assert children == members, f"{members} members, {children} ledger entries: {report}"


# ---------------------------------------------------------------- internals and display


@pytest.mark.parametrize("q", [" ".join(["w*"] * 250), " OR ".join(["w*"] * 250), "w*" * 250,
                               "w" + "*?" * 250, " ".join(["w*"] * 199)],
                         ids=["250 words", "250 OR", "one word", "stars and marks", "199 words"])
def test_no_engine_text_in_errors(attack: Attack, q: str) -> None:
    """Issue 12: 250 x w* answered OpenSearch's own "Determinizing automaton..." text."""
    for route in ("search q", "document hits", "export csv", "graph q"):
        answer = send(route, attack.reader, Probe("w*", q), attack.target)
        assert answer.status != 500, answer.body[:300]
        engine = [w for w in ENGINE_WORDS if w in answer.body.lower()]
        assert not engine, f"{route}: {engine} in {answer.body[:400]}"


def test_no_bidi_controls_in_displayed_titles_paths_or_downloads(attack: Attack) -> None:
    from urllib.parse import unquote

    from tests.security.attack_corpus import BIDI

    hits = attack.admin.get("/api/search", params={"collection": BIDI_COLLECTION}).json()["hits"]
    assert len(hits) == 3
    shown = []
    for hit in hits:
        document = attack.admin.get(f"/api/documents/{hit['id']}").json()
        original = attack.admin.get(f"/api/documents/{hit['id']}/file")
        disposition = original.headers.get("content-disposition", "")
        shown += [hit["title"], hit["path"], document.get("title", ""), document.get("path", ""),
                  disposition, unquote(disposition)]
    found = [text for text in shown if any(mark in text for mark in BIDI)]
    assert not found, f"bidi controls shown: {[ascii(t) for t in found]}"


# ---------------------------------------------------------------- the route table

OPENED = {  # reached without a probe, or in a test of its own here: where
    ("GET", "/api/documents/{doc_id}"): "views without probing",
    ("GET", "/api/cases"): "views without probing",
    ("GET", "/api/cases/graph"): "views without probing",
    ("GET", "/api/cases/{case_id}"): "views without probing",
    ("GET", "/api/jobs"): "views without probing",
    ("GET", "/api/jobs/{job_id}"): "views without probing",
    ("GET", "/api/jobs/{job_id}/failures.csv"): "views without probing",
    ("GET", "/api/collections"): "views without probing",
    ("GET", "/api/collections/{name}/stages"): "views without probing",
    ("POST", "/api/cases/{case_id}/roles"): "the register's premise (403 without clearance)",
    ("GET", "/api/search-history"): "test_history_and_saved_searches_keep_what_was_typed",
    ("GET", "/api/saved-searches"): "test_history_and_saved_searches_keep_what_was_typed",
    ("POST", "/api/saved-searches"): "test_history_and_saved_searches_keep_what_was_typed",
    ("GET", "/api/entities/corrections"): "test_a_correction_changes_nothing_in_another_collection",
    ("POST", "/api/entities/corrections"): "test_a_correction_changes_nothing_in_another_collection",
    ("GET", "/api/documents/{doc_id}/file"): "403 without clearance: test_ciphers_api.py",
    ("GET", "/api/documents/{doc_id}/pages/{number}/image"): "403 without clearance, as the "
    "original: test_page_images.py",
    ("GET", "/api/collections/{name}/coding-scheme"): "views without probing",
    ("GET", "/api/documents/{doc_id}/coding"): "views without probing",
    ("GET", "/api/batches"): "views without probing",
    ("GET", "/api/batches/{batch_id}"): "views without probing",
    ("GET", "/api/batches/{batch_id}/documents/{position}"): "views without probing",
    ("GET", "/api/documents/{doc_id}/redactions"): "views without probing",
    ("GET", "/api/collections/{name}/redaction-reasons"): "views without probing",
    ("GET", "/api/collections/{name}/redaction-log"): "views without probing",
    ("POST", "/api/documents/{doc_id}/redactions"): "the register's premise (403 without "
    "clearance)",
    ("GET", "/api/collections/{name}/completeness"): "views without probing",
    ("GET", "/api/collections/{name}/completeness/{section}"): "views without probing",
    ("GET", "/api/collections/{name}/completeness/{section}.csv"): "views without probing",
    ("GET", "/api/collections/{name}/completeness.docx"): "403 without clearance when a name "
    "is protected (api.ciphers refuses bytes it cannot cipher), as originals are",
    **dict.fromkeys([
        ("GET", "/api/chronology/export"),
        ("POST", "/api/chronology/draft"), ("POST", "/api/chronology"),
        ("GET", "/api/chronology/{fact_id}")],
        "an uncleared reviewer reads the cipher in facts, filters and the CSV, and the DOCX is "
        "refused: test_an_uncleared_reviewer_reads_the_cipher_everywhere (tests/api)"),
    **dict.fromkeys([
        ("GET", "/api/bundles"), ("GET", "/api/bundles/{bundle_id}"),
        ("GET", "/api/bundles/{bundle_id}/index"), ("GET", "/api/references"),
        ("GET", "/api/references/{letter}/{tab}/{page}")], "views without probing"),
    ("GET", "/api/bundles/{bundle_id}/pdf"): "403 without clearance: test_bundles.py",
    ("POST", "/api/bundles/{bundle_id}/build"): "403 without clearance: test_bundles.py",
}
OWN_RECORDS = "the caller's own records: a reader reads only what they wrote (search.scoped)"
ADMINS_ONLY = "admins only (403 to a reviewer: test_matrix.py)"
NOT_PROBED = {  # no name a reader types or reads can reach these: why
    ("GET", "/api/health"): "public; the services' states, no records",
    ("GET", "/"): "the page's static HTML", ("HEAD", "/"): "the page's static HTML",
    ("GET", "/api/fields"): "declarations, the same for every caller",
    ("GET", "/api/entity-kinds"): "declarations, the same for every caller",
    ("GET", "/api/me"): "the caller's own account",
    **dict.fromkeys([
        ("GET", "/api/documents/{doc_id}/tags"), ("POST", "/api/documents/{doc_id}/tags"),
        ("DELETE", "/api/documents/{doc_id}/tags/{tag:path}"), ("GET", "/api/tags"),
        ("GET", "/api/documents/{doc_id}/star"), ("PUT", "/api/documents/{doc_id}/star"),
        ("DELETE", "/api/documents/{doc_id}/star"), ("GET", "/api/documents/{doc_id}/notes"),
        ("POST", "/api/documents/{doc_id}/notes"),
        ("DELETE", "/api/documents/{doc_id}/notes/{note_id}"),
        ("DELETE", "/api/saved-searches/{saved_id}"), ("DELETE", "/api/search-history")],
        OWN_RECORDS),
    **dict.fromkeys([
        ("POST", "/api/collections"), ("POST", "/api/collections/{name}/stages"),
        ("POST", "/api/jobs/{job_id}/resume"), ("POST", "/api/ingest/path"),
        ("POST", "/api/ingest"), ("GET", "/api/audit"),
        ("PUT", "/api/collections/{name}/coding-scheme"), ("POST", "/api/batches"),
        ("PUT", "/api/batches/{batch_id}"), ("POST", "/api/batches/{batch_id}/qc"),
        ("GET", "/api/collections/{name}/review-progress")], ADMINS_ONLY),
    **dict.fromkeys([
        ("PUT", "/api/documents/{doc_id}/coding"), ("POST", "/api/collections/{name}/coding/bulk"),
        ("PUT", "/api/batches/{batch_id}/qc/documents/{doc_id}")],
        "a reviewer's coding written: it answers the coding sent, as the coding views read it"),
    **dict.fromkeys([
        ("POST", "/api/redactions/{redaction_id}/approve"),
        ("POST", "/api/redactions/{redaction_id}/reject"),
        ("POST", "/api/collections/{name}/redactions/rules")],
        "needs clearance, as proposing does (403 without it: test_redactions.py)"),
    ("PUT", "/api/collections/{name}/redaction-reasons"): ADMINS_ONLY,
    ("PUT", "/api/collections/{name}/disclosure"): ADMINS_ONLY,
    **dict.fromkeys([
        ("POST", "/api/productions"), ("GET", "/api/productions"),
        ("GET", "/api/productions/{production_id}"),
        ("POST", "/api/productions/{production_id}/issue"),
        ("GET", "/api/productions/{production_id}/load-file"),
        ("GET", "/api/productions/{production_id}/download")],
        "needs clearance where the collection protects names or has redactions (403 without "
        "it: test_productions.py); a production's names are the ones its maker typed"),
    ("GET", "/api/references/{urn}/{page}"): "identifiers only: URN, document id, control, "
    "page and citation (test_productions.py)",
    **dict.fromkeys([("POST", "/api/bundles"), ("PUT", "/api/bundles/{bundle_id}")],
                    "a reviewer's bundle written: it answers as the bundle views read it"),
    ("GET", "/api/productions/{production_id}/preview"): "needs clearance where the collection "
    "protects names or has redactions (search.productions); controls, URNs and counts",
    ("GET", "/api/batches/{batch_id}/qc"): "the QC reviewer's and first reviewer's coding "
    "compared: coding values as the coding views read them, and counts",
    ("GET", "/api/batches/{batch_id}/qc/documents/{doc_id}"): "the QC reviewer's own coding "
    "of a sampled document: coding values as the coding views read them",
    **dict.fromkeys([
        ("PUT", "/api/chronology/{fact_id}"), ("DELETE", "/api/chronology/{fact_id}")],
        "a reviewer's fact written or removed: it answers the fact as the chronology view reads "
        "it (test_chronology.py)"),
    ("GET", "/api/citations/{control}/{number}"): "ids and a page number only: a control number "
    "and page resolved to the document's id (404 outside the caller's collections)",
    **dict.fromkeys([
        ("GET", "/api/cases/formats/{name}"), ("POST", "/api/cases/formats/{name}"),
        ("DELETE", "/api/cases/formats/{name}/{format_name}")],
        "a collection's declared reference formats: forces' names, shapes and example numbers "
        "a reviewer typed, no person's name (404 outside the caller's collections: "
        "test_cases_formats.py)"),
}


def test_every_route_is_probed_opened_or_says_why_not(sec_app: FastAPI) -> None:
    """A route added later (the case register's came after this suite) is in the attack, or
    says here why no name can reach it."""
    from api.handling import api_routes

    table = {(method, route.path) for route in api_routes(sec_app) for method in route.methods}
    reached = set(ROUTE_OF.values()) | set(OPENED) | set(NOT_PROBED)
    assert table - reached == set(), "routes the attacker suite does not reach"
    assert reached - table == set(), "routes the suite names that the API no longer has"
