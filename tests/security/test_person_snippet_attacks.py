"""Attacks on the person search's marks: a `person:"Full Name"` search marks on each hit's snippet
(and on the viewer's page) the written forms the names stage filed under that person ("DC
Surname", the name part of an e-mail address, "SURNAME, Forename"). An uncleared reviewer of a
collection that protects "Rosalind Thackery" (cipher A1) probes it with guesses of the real name
in its forms, and each answer is compared with the answer to the same probe built from a control
name of the same shape that appears nowhere ("Veronica Bramwell": eight letters and eight).

The collection is ingested first and the name protected after (the README's order: adding a name
re-ciphers the collection as a job). It names the person in full, as "DC Thackery" and "DC 4471
Thackery", "THACKERY, Rosalind", "R. Thackery", "Miss Thackery", "Ros Thackery", in e-mail
addresses ("rosalind.thackery@", "r.thackery@", "thackeryr@", "rosalind.t@") and once as a scan's
OCR slip ("Rosalind Thackcry", which the names stage files under her). "Gilbert Marwood" is an
unprotected person of the same documents.

What must hold for the uncleared reader: a guess answers as its control does (totals, hits,
snippets and their marks, facets, chips, page highlights, pages with hits, exports, saved
searches, look-ups, batch search); a search for the cipher marks no word of the real name; and no
answer carries a piece of the real name, its length or a hash of the original that confirms a
guess.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.security.conftest import client_for, reviewers_of

pytestmark = pytest.mark.integration
RUN = os.getpid()
COLLECTION = f"snip-{RUN}"
PROTECTED, CIPHER, CONTROL = "Rosalind Thackery", "A1", "Veronica Bramwell"
OUTSIDER = "Gilbert Marwood"
DOMAIN = "fenmoor.test"
# Pieces of the real name no answer to the reader may hold (folded, lower case): the surname, its
# OCR slip, and the forename inside an e-mail address. The forename alone is not protected (the
# README), so "Rosalind" signing off a letter stays; it is looked for only where it is marked.
FORBIDDEN = ("thackery", "thackcry", "thack", "rosalind.t")
MARK = re.compile(r"<mark>(.*?)</mark>", re.S)

DOCS = {
    "statement-1996.txt": (
        "Witness statement taken at Oakhurst Grange on 14 May 1996.\n"
        "Rosalind Thackery said that the blue transit van collected her from the Grange.\n"
        "Gilbert Marwood, the night warden, signed the visitor book that evening.\n"
        "Rosalind Thackery was then fourteen years old.\n"),
    "police-log-1996.txt": (
        "Incident log, Oakhurst division, 15 May 1996.\n"
        "DC Thackery attended the Grange and spoke to the warden Gilbert Marwood.\n"
        "DC Thackery noted the registration of the blue transit van.\n"
        "Mr Marwood declined to comment further.\n"),
    "referral-index.txt": (
        "Referral index card, social services, June 1996.\n"
        "THACKERY, Rosalind - referred by school nurse; placed at Oakhurst Grange.\n"
        "MARWOOD, Gilbert - warden; no further action recorded.\n"
        "R. Thackery to be seen again in July.\n"
        "Miss Thackery attended the review meeting.\n"),
    "rota.txt": (
        "Staff rota for Oakhurst Grange, 1996.\n"
        "Gilbert Marwood works nights. The blue transit van is kept in the yard.\n"),
    "collar-1996.txt": (
        "Duty statement, 16 May 1996.\n"
        "DC 4471 Thackery took the first account. PC 5512 Marwood stood at the door.\n"
        "Later DC 4471 returned to the Grange alone.\n"),
    "nickname-note.txt": (
        "Note of a telephone call, 30 May 1996.\n"
        "Ros Thackery rang the warden's office about the gate.\n"),
    "scan-ocr-1997.txt": (
        "Typed transcript of a scanned referral, 2 February 1997 (OCR).\n"
        "Rosalind Thackcry was seen at Oakhurst Grange by the school nurse.\n"
        "THACKCRY, Rosalind - placed in emergency foster care.\n"),
    "email-1.eml": (
        f"From: Rosalind Thackery <rosalind.thackery@{DOMAIN}>\n"
        f"To: Gilbert Marwood <g.marwood@{DOMAIN}>\n"
        "Subject: the van on Tuesday\nDate: Tue, 21 May 1996 10:00:00 +0000\n"
        f"Message-ID: <a1@{DOMAIN}>\n\n"
        "I saw the blue transit van again on Tuesday near the Grange.\nRosalind\n"),
    "email-2.eml": (
        f"From: Gilbert Marwood <g.marwood@{DOMAIN}>\nTo: r.thackery@{DOMAIN}\n"
        "Subject: re: the van on Tuesday\nDate: Wed, 22 May 1996 09:00:00 +0000\n"
        f"Message-ID: <a2@{DOMAIN}>\nIn-Reply-To: <a1@{DOMAIN}>\n\n"
        f"Please do not write to me about the van. Copy to thackeryr@{DOMAIN}.\n"),
    "email-3.eml": (
        f"From: Rosalind Thackery <rosalind.t@{DOMAIN}>\nTo: Gilbert Marwood <g.marwood@{DOMAIN}>\n"
        "Subject: the yard\nDate: Thu, 23 May 1996 10:00:00 +0000\n"
        f"Message-ID: <a3@{DOMAIN}>\n\nThe van was in the yard again.\n"),
    "email-4.eml": (
        f"From: rosalind.t@{DOMAIN}\nTo: Gilbert Marwood <g.marwood@{DOMAIN}>\n"
        "Subject: the gate\nDate: Fri, 24 May 1996 10:00:00 +0000\n"
        f"Message-ID: <a4@{DOMAIN}>\n\nThe gate was left open.\n"),
}

# (what the attacker guesses, the same probe built from the control name)
PERSON_PROBES = [
    ('person:"Rosalind Thackery"', 'person:"Veronica Bramwell"'),
    ("person:Thackery", "person:Bramwell"),
    ('person:"DC Thackery"', 'person:"DC Bramwell"'),
    ('person:"DC 4471 Thackery"', 'person:"DC 4471 Bramwell"'),
    ('person:"THACKERY, Rosalind"', 'person:"BRAMWELL, Veronica"'),
    ('person:"R. Thackery"', 'person:"V. Bramwell"'),
    ('person:"Miss Thackery"', 'person:"Miss Bramwell"'),
    ('person:"Ros Thackery"', 'person:"Ver Bramwell"'),
    ('person:"rosalind.thackery"', 'person:"veronica.bramwell"'),
    ("person:thackeryr", "person:bramwellv"),
    (f'person:"rosalind.thackery@{DOMAIN}"', f'person:"veronica.bramwell@{DOMAIN}"'),
    ('person:"Rosalind Thackery" AND van', 'person:"Veronica Bramwell" AND van'),
    ('person:"Rosalind Thackery" OR person:"Gilbert Marwood"',
     'person:"Veronica Bramwell" OR person:"Gilbert Marwood"'),
    ('person:"Rosalind Thackery" OR Grange', 'person:"Veronica Bramwell" OR Grange'),
]
# Probes of the text: the real surname misspelt, as an attacker who guesses it would type, and the
# OCR slip itself.
TEXT_PROBES = [
    ("Thackery~", "Bramwell~"),
    ("Thackery~1", "Bramwell~1"),
    ("Thack*", "Bramw*"),
    ("Thackcry", "Bramwcll"),
    ('"Rosalind Thackcry"', '"Veronica Bramwcll"'),
    ("rosalind.t", "veronica.b"),
]
PROBES = PERSON_PROBES + TEXT_PROBES


@dataclass(frozen=True)
class Snip:
    reader: TestClient  # an uncleared reviewer, granted COLLECTION only
    cleared: TestClient  # a cleared reviewer, granted COLLECTION only
    ids: dict[str, str]  # file name -> document id


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


@pytest.fixture(scope="module")
def snip(store, indices, settings, sec_app,  # noqa: ANN001
         tmp_path_factory: pytest.TempPathFactory) -> Snip:
    from api.cli import app as cli

    folder = tmp_path_factory.mktemp("snip") / "case"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    _ingest(store, settings, folder, COLLECTION)
    added = CliRunner().invoke(cli, ["ciphers", "add", COLLECTION, PROTECTED, CIPHER])
    assert added.exit_code == 0, added.output
    reader, cleared = reviewers_of(sec_app, store, indices, settings, COLLECTION, f"snip-{RUN}")
    found = cleared.get("/api/search", params={"collection": COLLECTION, "size": 50}).json()
    ids = {hit["path"]: hit["id"] for hit in found["hits"]}
    assert set(ids) == set(DOCS), ids
    return Snip(reader, cleared, ids)


def _search(client: TestClient, q: str, **params: object) -> dict:
    answer = client.get("/api/search", params={"q": q, "collection": COLLECTION, "size": 50,
                                               **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


def _shape(answer: dict) -> dict:
    """What a search answer tells, without what it echoes or how long it took."""
    return {"total": answer["total"], "facets": answer["facets"],
            "hits": [(h["id"], h["snippets"], h["entities"]) for h in answer["hits"]]}


def _marked(text: str) -> list[str]:
    return [html.unescape(m) for m in MARK.findall(text)]


def _leaks(text: str) -> list[str]:
    folded = html.unescape(text).lower()
    return [piece for piece in FORBIDDEN if piece in folded]


# ---------------------------------------------------------------- the premise


def test_the_collection_is_what_the_attack_needs(snip: Snip) -> None:
    """A cleared user's person search marks the forms the names stage filed under the person
    (the change under attack); the reader finds the cipher; the control name is nowhere."""
    cleared = _search(snip.cleared, f'person:"{PROTECTED}"')
    assert cleared["total"] >= 8, cleared
    marks = {m for hit in cleared["hits"] for s in hit["snippets"] for m in _marked(s["html"])}
    assert {"Thackery", "THACKERY", "rosalind.thackery", "r.thackery", "thackeryr"} <= marks, marks
    assert _search(snip.reader, f"person:{CIPHER}")["total"] == cleared["total"]
    for word in CONTROL.split():
        assert _search(snip.cleared, word)["total"] == 0
    assert _search(snip.reader, f'person:"{OUTSIDER}"')["total"] >= 6


# ---------------------------------------------------------------- guesses against their controls


@pytest.mark.parametrize(("guess", "control"), PROBES)
def test_a_guess_searches_like_its_control(snip: Snip, guess: str, control: str) -> None:
    """Totals, hits, snippets, their marks, chips and facets: the same for a guess and its
    control, on the relevance and the date ordering, and with the guess as a filter."""
    for sort in ("relevance", "date"):
        mine, theirs = _search(snip.reader, guess, sort=sort), _search(snip.reader, control,
                                                                        sort=sort)
        assert _shape(mine) == _shape(theirs), (sort, guess, mine, theirs)
    if guess.startswith("person:") and " AND " not in guess and " OR " not in guess:
        def filtered(probe: str) -> dict:
            return _search(snip.reader, "", filter=f"person:{probe.split(':', 1)[1].strip(chr(34))}")

        assert _shape(filtered(guess)) == _shape(filtered(control)), guess


@pytest.mark.parametrize(("guess", "control"), PERSON_PROBES)
def test_a_guess_highlights_no_page_of_the_viewer(snip: Snip, guess: str, control: str) -> None:
    """Every page, with the guess as q: the same HTML as with the control, and no mark on it;
    the pages that hold hits: none."""
    for name, doc in snip.ids.items():
        mine = snip.reader.get(f"/api/documents/{doc}/pages/1", params={"q": guess})
        theirs = snip.reader.get(f"/api/documents/{doc}/pages/1", params={"q": control})
        assert (mine.status_code, mine.json()["html"]) == (theirs.status_code,
                                                          theirs.json()["html"]), name
        if " OR " not in guess and " AND " not in guess:  # the other terms are marked
            assert "<mark>" not in mine.json()["html"], (name, guess, mine.json()["html"])
        hits = snip.reader.get(f"/api/documents/{doc}/hits", params={"q": guess}).json()
        control_hits = snip.reader.get(f"/api/documents/{doc}/hits", params={"q": control}).json()
        assert hits["pages"] == control_hits["pages"], (name, guess, hits, control_hits)
        if " OR " not in guess and " AND " not in guess:
            assert hits["pages"] == [], (name, guess, hits)


@pytest.mark.parametrize(("guess", "control"), PROBES)
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_guess_exports_like_its_control(snip: Snip, guess: str, control: str, fmt: str) -> None:
    mine = snip.reader.get("/api/export", params={"q": guess, "collection": COLLECTION,
                                                  "format": fmt})
    theirs = snip.reader.get("/api/export", params={"q": control, "collection": COLLECTION,
                                                    "format": fmt})
    assert (mine.status_code, mine.text) == (theirs.status_code, theirs.text), guess
    assert not _leaks(mine.text), (guess, mine.text[:2000])


def test_a_saved_guess_and_the_history_tell_nothing_more_than_was_typed(snip: Snip) -> None:
    """A saved search and the history keep the query typed, and nothing found by it."""
    shown = {}
    for q in (f'person:"{PROTECTED}"', f'person:"{CONTROL}"'):
        saved = snip.reader.post("/api/saved-searches", json={"name": "guess", "q": q,
                                                              "filters": [f"collection:{COLLECTION}"]})
        assert saved.status_code in (200, 201), saved.text
        _search(snip.reader, q)
        listing = snip.reader.get("/api/saved-searches").json()
        mine = [s for s in listing if s.get("id") == saved.json()["id"]]
        assert mine, listing
        volatile = ("id", "q", "created", "created_at", "updated", "updated_at", "last_run_at",
                    "at", "took_ms", "when", "time")
        masked = {k: v for k, v in mine[0].items() if k not in volatile}
        history = [{k: v for k, v in entry.items() if k not in volatile}
                   for entry in _history_entries(snip.reader.get("/api/search-history").json())
                   if entry.get("q") == q][:1]
        shown[q] = (masked, history)
    assert shown[f'person:"{PROTECTED}"'] == shown[f'person:"{CONTROL}"'], shown


def _history_entries(answer: object) -> list[dict]:
    if isinstance(answer, dict):
        for value in answer.values():
            if isinstance(value, list):
                return value
        return []
    return list(answer)  # type: ignore[arg-type]


@pytest.mark.parametrize(("guess", "control"), [
    (PROTECTED, CONTROL), ("Thackery", "Bramwell"), ("DC Thackery", "DC Bramwell"),
    ("THACKERY, Rosalind", "BRAMWELL, Veronica"), ("Thackcry", "Bramwcll"),
    ("rosalind.thackery", "veronica.bramwell"), ("rosalind.t", "veronica.b")])
def test_a_guess_looks_up_like_its_control(snip: Snip, guess: str, control: str) -> None:
    """The entity look-up, the entity page of the guess's key and batch search."""
    def asked(name: str) -> tuple:
        look = snip.reader.get("/api/entities", params={"q": name})
        look_person = snip.reader.get("/api/entities", params={"q": name, "kind": "person"})
        page = snip.reader.get(f"/api/entities/person/{name.lower()}")
        batch = snip.reader.post("/api/batch-search", json={"names": [name],
                                                            "collection": COLLECTION})
        counts = [(r["documents"], r["mentions"], r["variants"], r["top"])
                  for r in batch.json()["results"]]
        return (look.json()["results"], look_person.json()["results"], page.status_code, counts)

    assert asked(guess) == asked(control)


# ---------------------------------------------------------------- the cipher's own marks


def test_the_ciphers_marks_hold_no_piece_of_the_name(snip: Snip) -> None:
    """person:A1 marks the cipher's forms on snippets and pages: every mark is the cipher (with
    the title or collar number written before it), never a word of the real name."""
    form = re.compile(rf"^(?:(?:DC|Miss|Mr|Ros|DC 4471) )?{CIPHER}$")
    found = []
    answer = _search(snip.reader, f"person:{CIPHER}")
    for hit in answer["hits"]:
        for snippet in hit["snippets"]:
            found += [(hit["path"], "snippet", m) for m in _marked(snippet["html"])
                      if not form.match(m) and m != "Ros"]
            found += [(hit["path"], "snippet text", p) for p in _leaks(snippet["html"])]
        page = snip.reader.get(f"/api/documents/{hit['id']}/pages/1",
                               params={"q": f"person:{CIPHER}"}).json()["html"]
        found += [(hit["path"], "page", m) for m in _marked(page) if not form.match(m) and m != "Ros"]
        found += [(hit["path"], "page text", p) for p in _leaks(page)]
    assert not found, found


def test_the_ciphers_entity_page_marks_only_the_cipher(snip: Snip) -> None:
    """The cipher's entity page: each mention's snippet marks the cipher's form, with no piece of
    the real name, and no mark as long as a real form (a length tells the name's)."""
    page = snip.reader.get(f"/api/entities/person/{CIPHER.lower()}")
    assert page.status_code == 200, page.text
    form = re.compile(rf"^(?:(?:DC|Miss|Mr|Ros|DC 4471) )?{CIPHER}$")
    found = []
    for mention in page.json()["mentions"]:
        found += [(mention["control"], m) for m in _marked(mention.get("snippet") or "")
                  if not form.match(m)]
        found += [(mention["control"], p) for p in _leaks(mention.get("snippet") or "")]
    assert not found, found
    assert not _leaks(page.text), _leaks(page.text)


def test_the_ciphered_documents_hold_no_piece_of_the_name(snip: Snip) -> None:
    """Each document as the reader opens it (metadata, chips, every page), and the whole
    collection's search and export: no piece of the real name."""
    found = []
    for name, doc in snip.ids.items():
        for path in (f"/api/documents/{doc}", f"/api/documents/{doc}/pages/1"):
            found += [(name, path, p) for p in _leaks(snip.reader.get(path).text)]
    everything = snip.reader.get("/api/search", params={"collection": COLLECTION, "size": 50})
    found += [("search", p) for p in _leaks(everything.text)]
    export = snip.reader.get("/api/export", params={"collection": COLLECTION, "format": "csv"})
    found += [("export", p) for p in _leaks(export.text)]
    assert not found, found


# ---------------------------------------------------------------- what confirms a guess offline


def _reconstructed(page_text: str, guess: str) -> bytes:
    return (page_text.replace(CIPHER, guess) + "\n").encode()


@pytest.mark.parametrize("name", ["statement-1996.txt", "police-log-1996.txt"])
def test_no_hash_or_size_of_the_original_confirms_a_guess(snip: Snip, name: str) -> None:
    """The reader sees the ciphered page; with the real name put back where the cipher stands,
    the SHA-256 of the original, or the original's size, must appear in no answer (the README:
    "the hash confirms a guess", "the size tells" how much was taken out), neither for the real
    name nor for the control."""
    doc = snip.ids[name]
    page = html.unescape(snip.reader.get(f"/api/documents/{doc}/pages/1").json()["html"])
    assert CIPHER in page, page
    answers = {
        "document": snip.reader.get(f"/api/documents/{doc}").text,
        "search": snip.reader.get("/api/search", params={"q": CIPHER, "collection": COLLECTION,
                                                         "size": 50}).text,
        "export": snip.reader.get("/api/export", params={"q": CIPHER, "collection": COLLECTION,
                                                         "format": "csv"}).text,
    }
    found = []
    for guess in (PROTECTED.split()[1], PROTECTED, CONTROL):
        digest = hashlib.sha256(_reconstructed(page, guess)).hexdigest()
        for where, text in answers.items():
            if digest[:16] in text:
                found.append(f"{where} holds the SHA-256 of the page with {guess!r} put back "
                             f"({digest[:16]}...)")
    meta = snip.reader.get(f"/api/documents/{doc}").json()
    real_size = len(DOCS[name].encode())
    if meta.get("size") == real_size and len(page.encode()) + 1 != real_size:
        found.append(f"document size {real_size} is the original's, the page shown has "
                     f"{len(page.encode()) + 1} bytes: the name's length is told")
    assert not found, found


# ---------------------------------------------------------------- the name protected before ingestion


FIRST_LOAD = ("statement-1996.txt", "police-log-1996.txt", "referral-index.txt", "rota.txt",
              "email-1.eml", "email-2.eml")


def _protected_first(store, indices, settings, sec_app, root: Path, name: str,  # noqa: ANN001
                     loads: list[tuple[str, ...]]) -> Snip:
    """A collection whose name is protected before its files are ingested (the order of
    test_cipher_attacks), in one job per load: the ciphered copy is written by ingestion, and the
    names stage files the person's forms afterwards."""
    from api.cli import app as cli

    collection = f"{name}-{RUN}"
    added = CliRunner().invoke(cli, ["ciphers", "add", collection, PROTECTED, CIPHER])
    assert added.exit_code == 0, added.output
    for number, load in enumerate(loads):
        folder = root / f"load-{number}"
        folder.mkdir()
        for file in load:
            (folder / file).write_text(DOCS[file], encoding="utf-8")
        _ingest(store, settings, folder, collection)
        if number < len(loads) - 1:  # the copy rewritten whole between loads
            applied = CliRunner().invoke(cli, ["ciphers", "apply", collection])
            assert applied.exit_code == 0, applied.output
    reader, cleared = reviewers_of(sec_app, store, indices, settings, collection, f"{name}-{RUN}")
    found = cleared.get("/api/search", params={"collection": collection, "size": 50}).json()
    ids = {hit["path"]: hit["id"] for hit in found["hits"]}
    assert set(ids) == set(DOCS), ids
    return Snip(reader, cleared, ids)


@pytest.fixture(scope="module")
def snip_first(store, indices, settings, sec_app,  # noqa: ANN001
               tmp_path_factory: pytest.TempPathFactory) -> Snip:
    """Every file in one job, after the name is protected."""
    return _protected_first(store, indices, settings, sec_app, tmp_path_factory.mktemp("first"),
                            "snip-first", [tuple(DOCS)])


@pytest.fixture(scope="module")
def snip_later(store, indices, settings, sec_app,  # noqa: ANN001
               tmp_path_factory: pytest.TempPathFactory) -> Snip:
    """After the name is protected, a first load that names her in full, the copy rewritten
    (`docket ciphers apply`), then a second load of the other forms (collar number, nickname,
    the OCR slip, "rosalind.t@")."""
    later = tuple(file for file in DOCS if file not in FIRST_LOAD)
    return _protected_first(store, indices, settings, sec_app, tmp_path_factory.mktemp("later"),
                            "snip-later", [FIRST_LOAD, later])


@pytest.mark.parametrize("order", ["snip_first", "snip_later"])
def test_protected_first_every_page_reads_ciphered(request: pytest.FixtureRequest,
                                                   order: str) -> None:
    """Every page opens for the reader, ciphered, with no piece of the name; a person search for
    the cipher marks only the cipher's forms."""
    snip_first: Snip = request.getfixturevalue(order)
    found = []
    for name, doc in snip_first.ids.items():
        page = snip_first.reader.get(f"/api/documents/{doc}/pages/1", params={"q": f"person:{CIPHER}"})
        if page.status_code != 200:
            found.append((name, page.status_code, page.text[:120]))
            continue
        found += [(name, p) for p in _leaks(page.json()["html"])]
    assert not found, found


@pytest.mark.parametrize("order", ["snip_first", "snip_later"])
def test_protected_first_the_ciphers_entity_page_marks_only_the_cipher(
        request: pytest.FixtureRequest, order: str) -> None:
    """As test_the_ciphers_entity_page_marks_only_the_cipher, for the copy ingestion wrote: no
    mark holds a piece of the real name, and none is as long as a real form (offsets of the
    original laid on the ciphered text tell the name's length)."""
    snip_first: Snip = request.getfixturevalue(order)
    page = snip_first.reader.get(f"/api/entities/person/{CIPHER.lower()}")
    assert page.status_code == 200, page.text
    form = re.compile(rf"^(?:(?:DC|Miss|Mr|Ros|DC 4471) )?{CIPHER}$")
    found = []
    for mention in page.json()["mentions"]:
        found += [(mention["control"], m) for m in _marked(mention.get("snippet") or "")
                  if not form.match(m)]
        found += [(mention["control"], p) for p in _leaks(mention.get("snippet") or "")]
    assert not found, found


# ---------------------------------------------------------------- snippets of a query that marks nothing


@pytest.mark.parametrize("q", ["", "filename:hostile.txt", "type:text", "NOT zzzqqq", "osprey"])
def test_a_snippet_is_escaped_when_nothing_in_it_is_marked(sec_app, sec_corpus, tokens,  # noqa: ANN001
                                                            q: str) -> None:
    """A snippet's `html` is HTML-escaped text with <mark> (PRODUCT.md section 4) whether or not
    the query matched a word of the page: a query of metadata alone, or none, is answered with
    the page's opening, which must be escaped as a marked snippet is."""
    admin = client_for(sec_app, tokens["admin"])
    answer = admin.get("/api/search", params={"q": q, "collection": "sec-hostile", "size": 50})
    assert answer.status_code == 200, answer.text
    shown = [s["html"] for hit in answer.json()["hits"] for s in hit["snippets"]]
    assert shown, answer.json()
    raw = [h for h in shown if re.search(r"<(?!/?mark>)[a-z/]", h, re.I)]
    assert not raw, raw
