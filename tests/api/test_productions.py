"""Productions end to end (issue 17's scenario, its fourth point): twenty documents, redacted by
span, box, rule and whole page by one reviewer and approved by another, issued as a production;
its PDFs read back by extraction (no redacted string anywhere, a stamp on every page, the page
counts right), the load file's hashes the files', a re-issue the same URNs and bytes, the
references resolved; and the refusals (a document the user may not see, no clearance, an issue
not done yet)."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fastapi.testclient import TestClient
from reportlab.pdfgen import canvas

from config import Settings
from ingest.production import leaks
from tests.api.test_redactions import _ingest, _user
from tests.ingested import documents_of

pytestmark = pytest.mark.integration
COLLECTION = "produce-a"
OTHER = "produce-b"
REASON = "Restriction Order 3: identity of complainant"
THIRD_PARTY = "personal data of a third party"
IRRELEVANT = "irrelevant and sensitive"
REDACTED = ("Thessaly Brackwater", "BRACKWATER, Thessaly", "07700 900872", "Child J",
            "marzipan41")


def _statement(number: int) -> list[str]:
    return [f"Statement {number} of Thessaly Brackwater about the heron launch.",
            "BRACKWATER, Thessaly said she rang 07700 900872 from the harbour.",
            f"Child J was on board. Mooring ledger entry {number} follows.",
            "The boathouse padlock code was marzipan41 that week."]


def _write_pdf(path: Path, number: int, pages: int) -> None:
    pdf = canvas.Canvas(str(path))
    for page in range(1, pages + 1):
        y = 780
        for line in _statement(number):
            pdf.drawString(60, y, f"{line} Sheet {page}.")
            y -= 20
        pdf.showPage()
    pdf.save()


@pytest.fixture(scope="module")
def scene(store, indices, settings: Settings, tmp_path_factory) -> dict[str, str]:  # noqa: ANN001
    """Twenty documents: sixteen PDFs of one to three pages, three text files, one log redacted
    whole; and one document of another collection. Returns control -> doc id."""
    root = tmp_path_factory.mktemp("produce")
    folder = root / COLLECTION
    folder.mkdir()
    for number in range(1, 17):
        _write_pdf(folder / f"statement-{number:02d}.pdf", number, 1 + number % 3)
    for number in range(17, 20):
        (folder / f"note-{number}.txt").write_text("\n".join(_statement(number)) + "\n",
                                                   encoding="utf-8")
    (folder / "log-20.txt").write_text("Harbour log kept by the launch crew.\n", encoding="utf-8")
    (root / OTHER).mkdir()
    (root / OTHER / "memo.txt").write_text("Memo about the quayside cranes.\n", encoding="utf-8")
    ids: dict[str, str] = {}
    for collection in (COLLECTION, OTHER):
        _ingest(store, settings, root / collection, collection)
        ids.update(documents_of(store, indices, collection))
    return ids


@pytest.fixture(scope="module")
def people(app, store, indices, settings, api, scene) -> dict[str, TestClient]:  # noqa: ANN001
    made = {name: _user(app, store, indices, settings, f"prod-{name}", role, grants, cleared)
            for name, role, grants, cleared in (
                ("proposer", "reviewer", [COLLECTION], True),
                ("approver", "reviewer", [COLLECTION], True),
                ("uncleared", "reviewer", [COLLECTION], False),
                ("reader", "reader", [COLLECTION], True),
                ("outsider", "reviewer", [OTHER], True))}
    answer = api.put(f"/api/collections/{COLLECTION}/redaction-reasons",
                     json={"reasons": [REASON, THIRD_PARTY, IRRELEVANT]})
    assert answer.status_code == 200, answer.text
    return made


def _controls(scene: dict) -> list[str]:
    names = [f"statement-{n:02d}.pdf" for n in range(1, 17)] + \
        [f"note-{n}.txt" for n in range(17, 20)] + ["log-20.txt"]
    return [scene[name]["control"] for name in names]


@pytest.fixture(scope="module")
def approved(people, scene) -> None:  # noqa: ANN001
    proposer, approver = people["proposer"], people["approver"]
    controls = _controls(scene)
    rules = f"/api/collections/{COLLECTION}/redactions/rules"
    made: list[str] = []
    for kind, value in (("entity", "phone"), ("name", "Thessaly Brackwater"),
                        ("anonymised", ""), ("regex", r"marzipan\d+")):
        answer = proposer.post(rules, json={"kind": kind, "value": value, "reason": REASON,
                                            "controls": controls})
        assert answer.status_code == 201, answer.text
        made += [r["id"] for r in answer.json()["proposed"]]
    first = scene["statement-01.pdf"]["id"]
    box = proposer.post(f"/api/documents/{first}/redactions", json={
        "page": 2, "kind": "box", "reason": THIRD_PARTY,
        "box": {"x0": 0.0, "y0": 0.0, "x1": 1.0, "y1": 0.12}})
    log = proposer.post(f"/api/documents/{scene['log-20.txt']['id']}/redactions", json={
        "page": 1, "kind": "page", "reason": IRRELEVANT})
    made += [box.json()["id"], log.json()["id"]]
    for redaction_id in made:
        answer = approver.post(f"/api/redactions/{redaction_id}/approve")
        assert answer.status_code == 200, answer.text


@pytest.fixture(scope="module")
def issued(approved, people, scene) -> dict:  # noqa: ANN001
    proposer = people["proposer"]
    controls = _controls(scene)
    made = proposer.post("/api/productions", json={
        "name": "First disclosure", "collection": COLLECTION, "recipient": "Core participant 4",
        "prefix": "HRB", "controls": controls,
        "withheld": {controls[18]: "legal professional privilege"}})
    assert made.status_code == 201, made.text
    production = made.json()
    assert production["state"] == "draft" and production["documents"] == 20
    answer = proposer.post(f"/api/productions/{production['id']}/issue")
    assert answer.status_code == 202, answer.text
    shown = proposer.get(f"/api/productions/{production['id']}").json()
    return shown


def _zip(client: TestClient, production_id: str) -> zipfile.ZipFile:
    answer = client.get(f"/api/productions/{production_id}/download")
    assert answer.status_code == 200, answer.text
    return zipfile.ZipFile(io.BytesIO(answer.content))


def test_the_production_is_issued_with_urns_in_order(issued, scene) -> None:  # noqa: ANN001
    assert issued["state"] == "issued", issued["errors"]
    urns = [p["urn"] for p in issued["produced"]]
    assert urns == [f"HRB{n:06d}" for n in range(1, 19)]
    controls = _controls(scene)
    assert [p["control"] for p in issued["produced"]] == controls[:18]
    withheld = {w["control"]: w["reason"] for w in issued["withheld"]}
    assert withheld == {controls[18]: "legal professional privilege", controls[19]: IRRELEVANT}


def test_no_redacted_string_survives_and_every_page_is_stamped(issued, people, scene,  # noqa: ANN001
                                                               tmp_path: Path) -> None:
    archive = _zip(people["approver"], issued["id"])
    pages_of = {p["urn"]: p["pages"] for p in issued["produced"]}
    for record in issued["produced"]:
        path = tmp_path / f"{record['urn']}.pdf"
        path.write_bytes(archive.read(f"{record['urn']}.pdf"))
        assert leaks(path, REDACTED) == [], record["urn"]
        pdf = pdfium.PdfDocument(str(path))
        texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        assert len(texts) == pages_of[record["urn"]]
        assert all(f"{record['urn']}/{n}" in text for n, text in enumerate(texts, start=1))
        assert any("heron launch" in text for text in texts), record["urn"]  # found by its words
        pdf.close()
    first = scene["statement-01.pdf"]["control"]
    assert next(p for p in issued["produced"] if p["control"] == first)["pages"] == 2
    twelfth = next(p for p in issued["produced"]
                   if p["control"] == scene["statement-02.pdf"]["control"])
    assert twelfth["pages"] == 3


def test_the_load_file_and_redaction_log(issued, people) -> None:  # noqa: ANN001
    archive = _zip(people["approver"], issued["id"])
    rows = list(csv.DictReader(io.StringIO(archive.read("loadfile.csv").decode())))
    produced = [r for r in rows if r["URN"]]
    assert len(produced) == 18 and len(rows) == 20
    for row in produced:
        digest = hashlib.sha256(archive.read(f"{row['URN']}.pdf")).hexdigest()
        assert row["SHA256"] == digest
        assert int(row["RedactionCount"]) >= 4  # the phone, the name's forms, the code, the child
    assert {r["Withheld"] for r in rows if not r["URN"]} == {"legal professional privilege",
                                                              IRRELEVANT}
    log = list(csv.DictReader(io.StringIO(archive.read("redaction-log.csv").decode())))
    assert {r["urn"] for r in log} >= {"HRB000001", ""}  # the log names the withheld log too
    assert all(r["state"] == "approved" and r["decided_by"] == "prod-approver" for r in log)
    assert "text" not in log[0]
    separate = people["approver"].get(f"/api/productions/{issued['id']}/load-file")
    assert separate.status_code == 200 and separate.text == archive.read("loadfile.csv").decode()


def test_re_issuing_keeps_urns_and_bytes(issued, people) -> None:  # noqa: ANN001
    proposer = people["proposer"]
    again = proposer.post(f"/api/productions/{issued['id']}/issue")
    assert again.status_code == 202
    shown = proposer.get(f"/api/productions/{issued['id']}").json()
    assert shown["state"] == "issued" and shown["issues"] == 2
    assert [(p["urn"], p["sha256"]) for p in shown["produced"]] == \
        [(p["urn"], p["sha256"]) for p in issued["produced"]]


def test_a_reference_resolves_to_the_document_page(issued, people, scene) -> None:  # noqa: ANN001
    first = issued["produced"][0]
    answer = people["reader"].get(f"/api/references/{first['urn']}/2")
    assert answer.status_code == 200, answer.text
    assert answer.json() == {
        "reference": f"{{{first['urn']}/2}}", "urn": first["urn"], "page": 2,
        "doc_id": first["doc_id"], "control": first["control"], "collection": COLLECTION,
        "production": issued["id"], "document_page": 2,
        "citation": f"{first['control']}-0002"}
    assert people["reader"].get(f"/api/references/{first['urn']}/3").status_code == 404
    assert people["outsider"].get(f"/api/references/{first['urn']}/1").status_code == 404


def test_a_document_the_user_may_not_see_is_refused(approved, people, scene) -> None:  # noqa: ANN001
    outsider = people["outsider"]
    theirs = scene["memo.txt"]["control"]
    answer = outsider.post("/api/productions", json={
        "name": "x", "collection": OTHER, "recipient": "y", "prefix": "OUT",
        "controls": [theirs, scene["statement-03.pdf"]["control"]]})
    assert answer.status_code == 422
    assert scene["statement-03.pdf"]["control"] in answer.json()["detail"]
    unseen = outsider.post("/api/productions", json={
        "name": "x", "collection": COLLECTION, "recipient": "y", "prefix": "OUT",
        "controls": [scene["statement-03.pdf"]["control"]]})
    assert unseen.status_code == 404


def test_refusals(issued, people, scene) -> None:  # noqa: ANN001
    controls = _controls(scene)[:2]
    body = {"name": "x", "collection": COLLECTION, "recipient": "y", "prefix": "NEW",
            "controls": controls}
    assert people["uncleared"].post("/api/productions", json=body).status_code == 403
    assert people["reader"].post("/api/productions", json=body).status_code == 403
    assert people["outsider"].get(f"/api/productions/{issued['id']}").status_code == 404
    assert people["proposer"].post("/api/productions", json={
        **body, "prefix": "bad prefix"}).status_code == 422
    draft = people["proposer"].post("/api/productions", json=body).json()
    waiting = people["proposer"].get(f"/api/productions/{draft['id']}/download")
    assert waiting.status_code == 409 and "not been issued" in waiting.text
    assert people["uncleared"].get(f"/api/productions/{issued['id']}/download").status_code \
        == 403


def test_a_second_production_continues_the_prefix(issued, people, scene) -> None:  # noqa: ANN001
    proposer = people["proposer"]
    made = proposer.post("/api/productions", json={
        "name": "Second", "collection": COLLECTION, "recipient": "Core participant 4",
        "prefix": "HRB", "controls": _controls(scene)[:1]}).json()
    assert proposer.post(f"/api/productions/{made['id']}/issue").status_code == 202
    shown = proposer.get(f"/api/productions/{made['id']}").json()
    assert [p["urn"] for p in shown["produced"]] == ["HRB000019"]


def test_issuing_is_in_the_audit_trail(issued, store, settings) -> None:  # noqa: ANN001
    from search.audit import AuditLog

    records = AuditLog(store, settings.index_prefix, settings.secret_key).search(
        [{"term": {"action": "production.issue"}}], size=50)["records"]
    assert issued["id"] in {r["details"].get("production") for r in records}
