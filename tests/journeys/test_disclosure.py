"""Disclosure as an inquiry does it, end to end through the HTTP API (issue 17's scenario): 25
real files (text, DOCX, text PDFs, a scanned page as PNG and as PDF, read by OCR) loaded with
``POST /api/ingest/path``; users made with ``docket users add``; a reviewer proposes redactions
by a selected span, by a box on a PDF page and by rule (the phone number as an entity kind in
its three written forms, the protected name in its four, the anonymised child's code); a second
reviewer approves them (the proposer may not); a user without clearance then finds none of the
redacted strings by search, snippets, page text, entity look-up or export, while every document
is still found by its other words; a production of 20 documents is issued, downloaded and read
back by the product's proof and independently (PDFium's text, pikepdf's metadata, XMP,
annotations, attachments and forms), and issued again with the same URNs; a bundle of two tabs
resolves ``{A/2/5}``; and ``docket audit verify`` passes at the end."""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import httpx
import pikepdf
import pypdfium2 as pdfium
import pytest
from fastapi.testclient import TestClient

from ingest.production import leaks
from tests.journeys.disclosure_corpus import (
    ADDRESS,
    ADDRESS_DOC,
    BOXED,
    BOXED_DOC,
    BOXED_PAGE,
    BOXED_SECRET,
    CHILD,
    NAME,
    NAME_FORMS,
    PHONES,
    REDACTED,
    SCAN_PDF,
    SCAN_PNG,
    Doc,
    boxed_box,
    write_corpus,
)
from tests.journeys.jobs import admin_client, app_with_roots, ingest_path
from tests.processes import docket

pytestmark = pytest.mark.integration
COLLECTION = "disclose-j17"
ORDER = "Restriction Order 3: identity of complainant"
THIRD_PARTY = "personal data of a third party"
PREFIX = "JRN"
PRODUCED = [*range(1, 19), SCAN_PNG, SCAN_PDF]  # document numbers, in the production's order
MASK = "█████"


@dataclass
class Scene:
    docs: dict[int, Doc]
    records: dict[int, dict]  # number -> the document as GET /api/search lists it
    admin: TestClient
    counsel: TestClient  # reviewer, cleared: proposes
    second: TestClient  # reviewer, cleared: approves
    viewer: TestClient  # reviewer without clearance

    def control(self, number: int) -> str:
        return self.records[number]["control"]

    def doc_id(self, number: int) -> str:
        return self.records[number]["id"]


def _cli_env(settings) -> dict[str, str]:  # noqa: ANN001
    return {**os.environ, "DOCKET_OPENSEARCH_URL": settings.search_url,
            "DOCKET_INDEX_PREFIX": settings.index_prefix}


def _user(app, settings, name: str, cleared: bool) -> TestClient:  # noqa: ANN001
    """A reviewer of the collection made as an administrator does, with ``docket users add``."""
    result = docket("users", "add", name, "--role", "reviewer", "--collection", COLLECTION,
                    *(["--cleared"] if cleared else []), env=_cli_env(settings))
    assert result.returncode == 0, result.stderr
    client = TestClient(app)
    client.headers["Authorization"] = f"Bearer {result.stdout.strip().splitlines()[-1]}"
    return client


@pytest.fixture(scope="module")
def scene(store, settings, admin_token: str, tmp_path_factory) -> Scene:  # noqa: ANN001
    root = tmp_path_factory.mktemp("disclosure-journey")
    docs = {d.number: d for d in write_corpus(root / "order-3")}
    app = app_with_roots(store, settings, root)
    admin = admin_client(app, admin_token)
    report = ingest_path(admin, root / "order-3", COLLECTION)
    assert report["counts"]["indexed"] == len(docs), report
    hits = admin.get("/api/search", params={"collection": COLLECTION, "size": 100}).json()["hits"]
    by_name = {hit["path"]: hit for hit in hits}
    reasons = admin.put(f"/api/collections/{COLLECTION}/redaction-reasons",
                        json={"reasons": [ORDER, THIRD_PARTY]})
    assert reasons.status_code == 200, reasons.text
    return Scene(docs, {n: by_name[d.filename] for n, d in docs.items()}, admin,
                 _user(app, settings, "j17-counsel", cleared=True),
                 _user(app, settings, "j17-second", cleared=True),
                 _user(app, settings, "j17-viewer", cleared=False))


@dataclass
class Redacted:
    ids: dict[str, list[str]]  # how each was proposed -> its ids
    own_approval: httpx.Response  # the proposer's attempt to approve their own redaction


def _propose_by_hand(scene: Scene) -> dict[str, list[str]]:
    counsel = scene.counsel
    statement = scene.doc_id(ADDRESS_DOC)
    page = counsel.get(f"/api/documents/{statement}/pages/1")
    assert page.status_code == 200, page.text
    text = html.unescape(page.json()["html"])  # what the viewer shows, and selects from
    start = text.index(ADDRESS)
    span = counsel.post(f"/api/documents/{statement}/redactions", json={
        "page": 1, "kind": "span", "reason": THIRD_PARTY, "start": start,
        "end": start + len(ADDRESS)})
    assert span.status_code == 201, span.text
    assert span.json()["text"] == ADDRESS
    box = counsel.post(f"/api/documents/{scene.doc_id(BOXED_DOC)}/redactions", json={
        "page": BOXED_PAGE, "kind": "box", "reason": THIRD_PARTY,
        "box": boxed_box(scene.docs[BOXED_DOC])})
    assert box.status_code == 201, box.text
    return {"span": [span.json()["id"]], "box": [box.json()["id"]]}


def _propose_by_rule(scene: Scene) -> dict[str, list[str]]:
    controls = [scene.control(n) for n in scene.docs]
    made = {}
    for kind, value in (("entity", "phone"), ("name", NAME), ("anonymised", "")):
        answer = scene.counsel.post(f"/api/collections/{COLLECTION}/redactions/rules", json={
            "kind": kind, "value": value, "reason": ORDER, "controls": controls})
        assert answer.status_code == 201, answer.text
        assert answer.json()["documents"] == len(controls)
        made[kind] = [r["id"] for r in answer.json()["proposed"]]
    return made


@pytest.fixture(scope="module")
def redacted(scene: Scene) -> Redacted:
    ids = {**_propose_by_hand(scene), **_propose_by_rule(scene)}
    own = scene.counsel.post(f"/api/redactions/{ids['span'][0]}/approve")
    for made in ids.values():
        for redaction_id in made:
            answer = scene.second.post(f"/api/redactions/{redaction_id}/approve")
            assert answer.status_code == 200, answer.text
    return Redacted(ids, own)


# --- the redactions ----------------------------------------------------------------------------


def test_each_rule_proposes_every_written_form(scene: Scene, redacted: Redacted) -> None:
    log = scene.second.get(f"/api/collections/{COLLECTION}/redaction-log").json()
    by_id = {r["id"]: r for r in log}
    pages = sum(d.pages for d in scene.docs.values())
    assert sorted(by_id[i]["text"] for i in redacted.ids["entity"]) == sorted(
        d.phone for d in scene.docs.values() for _ in range(d.pages))
    assert len(redacted.ids["anonymised"]) == sum(d.pages for d in scene.docs.values() if d.child)
    assert {by_id[i]["text"] for i in redacted.ids["anonymised"]} == {CHILD}
    named = {by_id[i]["text"] for i in redacted.ids["name"]}
    assert {"Rosalind Quenby", "QUENBY, Rosalind", "R. Quenby"} <= named
    assert any(t.startswith("rosalind.quenby") for t in named), named
    assert len(redacted.ids["name"]) >= pages  # a form on every page
    every = [i for made in redacted.ids.values() for i in made]
    assert {(by_id[i]["state"], by_id[i]["proposed_by"], by_id[i]["decided_by"])
            for i in every} == {("approved", "j17-counsel", "j17-second")}


def test_the_proposer_may_not_approve_their_own(redacted: Redacted) -> None:
    assert redacted.own_approval.status_code == 403
    assert "propos" in redacted.own_approval.json()["detail"]


# --- what a user without clearance reads -----------------------------------------------------


def _unredacted(text: str) -> list[str]:
    """Each redacted string ``text`` still holds, with the words around it (to say where)."""
    flat = re.sub(r"\s+", " ", text)
    folded = flat.casefold()
    return [f"{s!r} in ...{flat[max(0, at - 80):at + 80]}..." for s in REDACTED
            if (at := folded.find(s.casefold())) >= 0]


def _total(client: TestClient, q: str) -> int:
    answer = client.get("/api/search", params={"q": q, "collection": COLLECTION})
    assert answer.status_code == 200, answer.text
    return answer.json()["total"]


@pytest.mark.parametrize("q", [*(f'"{s}"' for s in REDACTED), "Quenb*", "Rosalind~1"])
def test_no_redacted_string_is_found_without_clearance(scene: Scene, redacted: Redacted,
                                                        q: str) -> None:
    assert _total(scene.viewer, q) == 0
    assert _total(scene.counsel, q) >= 1  # the originals, for a cleared user


def test_every_document_is_still_found_by_its_other_words(scene: Scene,
                                                          redacted: Redacted) -> None:
    for number, doc in scene.docs.items():
        answer = scene.viewer.get("/api/search", params={
            "q": f"{doc.bird} ledger", "collection": COLLECTION})
        assert answer.status_code == 200, answer.text
        assert [h["id"] for h in answer.json()["hits"]] == [scene.doc_id(number)], doc.filename
        assert _unredacted(answer.text) == [], doc.filename  # snippets, titles, facets
        assert MASK in answer.text, doc.filename


def test_page_text_and_the_document_view_show_masks(scene: Scene, redacted: Redacted) -> None:
    for number, doc in scene.docs.items():
        doc_id = scene.doc_id(number)
        view = scene.viewer.get(f"/api/documents/{doc_id}")
        assert view.status_code == 200 and _unredacted(view.text) == [], doc.filename
        for page in range(1, doc.pages + 1):
            shown = scene.viewer.get(f"/api/documents/{doc_id}/pages/{page}",
                                     params={"q": doc.bird})
            assert shown.status_code == 200, shown.text
            assert _unredacted(shown.text) == [], (doc.filename, page)
            assert MASK in shown.json()["html"] and shown.json()["hits"] >= 1
        original = scene.counsel.get(f"/api/documents/{doc_id}/pages/1").json()["html"]
        assert doc.phone in html.unescape(original), doc.filename


@pytest.mark.parametrize("q", [f'"{BOXED_SECRET}"', "warden*", '"Safe combination"'])
def test_the_words_under_the_box_are_not_found_without_clearance(scene: Scene,
                                                                  redacted: Redacted,
                                                                  q: str) -> None:
    assert _total(scene.viewer, q) == 0
    assert _total(scene.counsel, q) >= 1
    page = scene.viewer.get(f"/api/documents/{scene.doc_id(BOXED_DOC)}/pages/{BOXED_PAGE}")
    assert page.status_code == 200 and BOXED_SECRET not in page.text
    assert MASK in page.json()["html"]


@pytest.mark.parametrize("q", ["07700900123", PHONES[2], "Quenby", NAME, NAME_FORMS[3], CHILD])
def test_entity_look_up_finds_nothing_redacted(scene: Scene, redacted: Redacted,
                                               q: str) -> None:
    answer = scene.viewer.get("/api/entities", params={"q": q, "collection": COLLECTION})
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"] == [], answer.json()
    assert _unredacted(json.dumps({**answer.json(), "q": ""}, ensure_ascii=False)) == []
    cleared = scene.counsel.get("/api/entities", params={"q": q, "collection": COLLECTION})
    assert cleared.json()["results"], q


def test_exports_hold_no_redacted_string(scene: Scene, redacted: Redacted) -> None:
    viewer = scene.viewer
    for params in ({"q": "ledger"}, {"q": "ledger", "per": "page"}, {}):
        for fmt in ("csv", "json"):
            answer = viewer.get("/api/export", params={
                **params, "collection": COLLECTION, "format": fmt})
            assert answer.status_code == 200, answer.text
            assert _unredacted(answer.text) == [], (params, fmt)
            assert all(scene.control(n) in answer.text for n in scene.docs), (params, fmt)
    found = viewer.get("/api/export", params={"q": '"Rosalind Quenby"', "format": "json",
                                               "collection": COLLECTION})
    assert found.status_code == 200 and found.json() == []
    originals = viewer.get("/api/export", params={"q": "ledger", "format": "zip",
                                                   "collection": COLLECTION})
    assert originals.status_code == 403  # originals cannot be redacted: clearance only


# --- the production --------------------------------------------------------------------------


@dataclass
class Issued:
    detail: dict
    archive: zipfile.ZipFile
    again: dict  # the detail after issuing a second time


def _issue(client: TestClient, production_id: str) -> dict:
    answer = client.post(f"/api/productions/{production_id}/issue")
    assert answer.status_code == 202, answer.text
    detail = client.get(f"/api/productions/{production_id}").json()
    assert detail["state"] == "issued", detail["errors"]
    return detail


@pytest.fixture(scope="module")
def issued(scene: Scene, redacted: Redacted) -> Issued:
    made = scene.counsel.post("/api/productions", json={
        "name": "Disclosure to core participants, tranche 1", "collection": COLLECTION,
        "recipient": "Core participant 7", "prefix": PREFIX,
        "controls": [scene.control(n) for n in PRODUCED]})
    assert made.status_code == 201, made.text
    production_id = made.json()["id"]
    detail = _issue(scene.counsel, production_id)
    download = scene.counsel.get(f"/api/productions/{production_id}/download")
    assert download.status_code == 200, download.text
    archive = zipfile.ZipFile(io.BytesIO(download.content))
    return Issued(detail, archive, _issue(scene.counsel, production_id))


def test_the_production_numbers_twenty_documents_in_order(scene: Scene, issued: Issued) -> None:
    produced = issued.detail["produced"]
    assert [p["urn"] for p in produced] == [f"{PREFIX}{n:06d}" for n in range(1, 21)]
    assert [p["control"] for p in produced] == [scene.control(n) for n in PRODUCED]
    assert issued.detail["withheld"] == [] and issued.detail["errors"] == []
    names = set(issued.archive.namelist())
    assert {f"{p['urn']}.pdf" for p in produced} | {"loadfile.csv", "redaction-log.csv"} <= names


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def _found_in(text: str) -> list[str]:
    haystack = _squeezed(text)
    return [s for s in (*REDACTED, BOXED_SECRET) if _squeezed(s) in haystack]


def _independent_leaks(path: Path) -> list[str]:
    """What a recipient's own tools find of the redacted strings, outside the product's proof:
    PDFium's page text, and pikepdf's document information, XMP, annotations, attachments and
    form fields."""
    found = []
    pdf = pdfium.PdfDocument(str(path))
    for index in range(len(pdf)):
        found += [f"page {index + 1}: {s}"
                  for s in _found_in(pdf[index].get_textpage().get_text_range())]
    pdf.close()
    with pikepdf.open(path) as doc:
        info = " ".join(str(doc.docinfo[key]) for key in doc.docinfo)
        with doc.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
            metadata = " ".join(str(v) for v in xmp.values())
        if "/Metadata" in doc.Root:
            metadata += doc.Root.Metadata.read_bytes().decode("utf-8", "replace")
        annotations = " ".join(str(a) for page in doc.pages for a in page.obj.get("/Annots", []))
        attachments = " ".join(f"{name} {spec.get_file().read_bytes()!r}"
                               for name, spec in doc.attachments.items())
        forms = str(doc.Root.get("/AcroForm", ""))
    for where, text in (("info", info), ("XMP", metadata), ("annotations", annotations),
                        ("attachments", attachments), ("forms", forms)):
        found += [f"{where}: {s}" for s in _found_in(text)]
    return found


def test_no_produced_pdf_holds_a_redacted_string(issued: Issued, tmp_path: Path) -> None:
    for record in issued.detail["produced"]:
        path = tmp_path / f"{record['urn']}.pdf"
        path.write_bytes(issued.archive.read(path.name))
        assert leaks(path, [*REDACTED, BOXED_SECRET]) == [], record["urn"]
        assert _independent_leaks(path) == [], record["urn"]
        with pikepdf.open(path) as doc:
            assert not doc.attachments and "/AcroForm" not in doc.Root
            assert not any("/Annots" in page.obj for page in doc.pages)


def test_every_page_is_stamped_and_the_page_counts_are_right(scene: Scene,
                                                             issued: Issued) -> None:
    for number, record in zip(PRODUCED, issued.detail["produced"], strict=True):
        doc = scene.docs[number]
        pdf = pdfium.PdfDocument(io.BytesIO(issued.archive.read(f"{record['urn']}.pdf")))
        texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        pdf.close()
        assert len(texts) == doc.pages == record["pages"], doc.filename
        viewed = scene.counsel.get(f"/api/documents/{scene.doc_id(number)}").json()
        assert viewed["page_count"] == doc.pages
        for page, text in enumerate(texts, start=1):
            assert f"{record['urn']}/{page}" in text, (doc.filename, page)
            assert doc.bird in text.casefold(), (doc.filename, page)  # its own words kept


def test_the_box_is_burned_into_the_page(scene: Scene, issued: Issued) -> None:
    record = issued.detail["produced"][PRODUCED.index(BOXED_DOC)]
    pdf = pdfium.PdfDocument(io.BytesIO(issued.archive.read(f"{record['urn']}.pdf")))
    image = pdf[BOXED_PAGE - 1].render(scale=1).to_pil().convert("L")
    pdf.close()
    box = boxed_box(scene.docs[BOXED_DOC])
    width, height = image.size
    inner = image.crop((int(box["x0"] * width) + 2, int(box["y0"] * height) + 2,
                        int(box["x1"] * width) - 2, int(box["y1"] * height) - 2))
    dark = sum(1 for value in inner.getdata() if value < 64) / (inner.width * inner.height)
    assert dark > 0.6, dark  # black, but for the reason written on it
    assert BOXED.split()[0] not in " ".join(
        pdfium.PdfDocument(io.BytesIO(issued.archive.read(f"{record['urn']}.pdf")))[
            BOXED_PAGE - 1].get_textpage().get_text_range().split())


def test_the_load_file_matches_the_files(scene: Scene, redacted: Redacted,
                                         issued: Issued) -> None:
    rows = list(csv.DictReader(io.StringIO(issued.archive.read("loadfile.csv").decode())))
    assert [r["URN"] for r in rows] == [p["urn"] for p in issued.detail["produced"]]
    log = scene.second.get(f"/api/collections/{COLLECTION}/redaction-log").json()
    for number, row in zip(PRODUCED, rows, strict=True):
        data = issued.archive.read(f"{row['URN']}.pdf")
        assert row["SHA256"] == hashlib.sha256(data).hexdigest(), row
        assert row["Control"] == scene.control(number)
        assert int(row["PageCount"]) == scene.docs[number].pages
        assert int(row["RedactionCount"]) == sum(
            1 for r in log if r["doc_id"] == scene.doc_id(number) and r["state"] == "approved")


def test_issuing_again_keeps_the_urns_and_the_files(issued: Issued) -> None:
    assert issued.again["issues"] == 2
    assert [(p["urn"], p["sha256"]) for p in issued.again["produced"]] == \
        [(p["urn"], p["sha256"]) for p in issued.detail["produced"]]


# --- the hearing bundle ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundle(scene: Scene, redacted: Redacted) -> dict:
    """Tab 1: the first PDF (2 pages) and a DOCX; tab 2: two PDFs of 3 pages, so {A/2/5} is the
    second page of record 5."""
    def entry(number: int) -> dict:
        return {"document": scene.control(number)}

    made = scene.counsel.post("/api/bundles", json={
        "collection": COLLECTION, "letter": "A", "title": "Hearing bundle: the depot ledgers",
        "sections": [
            {"title": "Statements", "tabs": [{"title": "Ledgers", "documents": [
                entry(1), entry(6)]}]},
            {"title": "Exhibits", "tabs": [{"title": "Sheets", "documents": [
                entry(4), entry(5)]}]}]})
    assert made.status_code == 201, made.text
    return made.json()


def test_a_2_5_resolves_to_the_right_page(scene: Scene, bundle: dict) -> None:
    tabs = [t for section in bundle["sections"] for t in section["tabs"]]
    assert [(t["number"], t["pages"]) for t in tabs] == [(1, 3), (2, 6)]
    record5 = scene.records[5]
    for client in (scene.counsel, scene.viewer):
        answer = client.get("/api/references/A/2/5")
        assert answer.status_code == 200, answer.text
        found = answer.json()
        assert (found["doc_id"], found["control"], found["document_page"]) == \
            (record5["id"], record5["control"], 2)
        assert found["citation"] == f"{record5['control']}-0002"
        assert (found["reference"], found["bundle_page"]) == ("{A/2/5}", 8)
    in_text = scene.viewer.get("/api/references", params={"text": "As at {A/2/5}, see."})
    assert in_text.status_code == 200, in_text.text
    assert [r["citation"] for r in in_text.json()] == [f"{record5['control']}-0002"]
    assert scene.viewer.get("/api/references/A/2/7").status_code == 404
    page = scene.viewer.get(f"/api/documents/{record5['id']}/pages/2").json()
    assert "Record 5, sheet 2" in html.unescape(page["html"])


def test_the_built_bundle_shows_a_2_5_on_its_page(scene: Scene, bundle: dict,
                                                 tmp_path: Path) -> None:
    assert scene.counsel.post(f"/api/bundles/{bundle['id']}/build").status_code == 202
    built = scene.counsel.get(f"/api/bundles/{bundle['id']}")
    assert built.json()["state"] == "built", built.json()["errors"]
    answer = scene.counsel.get(f"/api/bundles/{bundle['id']}/pdf")
    assert answer.status_code == 200, answer.text
    path = tmp_path / "bundle-A.pdf"
    path.write_bytes(answer.content)
    pdf = pdfium.PdfDocument(str(path))
    texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()
    stamped = [t for t in texts if "A/2/5" in t]
    assert len(stamped) == 1 and "Record 5, sheet 2" in stamped[0]
    assert leaks(path, REDACTED) == []


# --- the audit trail -------------------------------------------------------------------------


def test_the_audit_chain_verifies_at_the_end(scene: Scene, redacted: Redacted, issued: Issued,
                                             bundle: dict, settings) -> None:  # noqa: ANN001
    approvals = scene.admin.get("/api/audit", params={
        "action": "redaction.approve", "user": "j17-second", "size": 500})
    assert approvals.status_code == 200, approvals.text
    approved = {r["details"]["redaction"] for r in approvals.json()["records"]
                if r["status"] == 200}
    assert approved == {i for made in redacted.ids.values() for i in made}
    result = docket("audit", "verify", env=_cli_env(settings))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "audit chain intact" in result.stdout
