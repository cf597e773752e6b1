"""The redacted text (search.redaction_text), pure: masks of a fixed width, overlapping spans
merged, whole pages emptied, mentions left out or moved, and the document's other fields."""

from __future__ import annotations

from search.cipher_records import ciphered_records
from search.ciphers import Cipher, CipherSet
from search.indices import Indices
from search.redaction_text import MASK, Applied, moved, redact_document, redact_text

INDICES = Indices("t")
PAGE_ONE = "Call Ann Lee on 07700 900123 today."
PAGE_TWO = "Ann Lee lives at 4 Elm Row."


def _records() -> list[dict]:
    pages = [{"_index": INDICES.pages, "_id": f"d-0000{n}", "_source": {
        "id": f"d-0000{n}", "doc_id": "d", "collection": "c", "page": n, "text": text}}
        for n, text in ((1, PAGE_ONE), (2, PAGE_TWO))]
    mentions = [{"_index": INDICES.mentions, "_id": f"m{i}", "_source": {
        "id": f"m{i}", "doc_id": "d", "collection": "c", "page": page, "kind": kind,
        "key": key, "text": text, "start": start, "end": start + len(text)}}
        for i, (page, kind, key, text, start) in enumerate((
            (1, "person", "ann lee", "Ann Lee", 5), (1, "phone", "+447700900123",
                                                     "07700 900123", 16),
            (2, "person", "ann lee", "Ann Lee", 0), (2, "place", "elm row", "Elm Row", 19)))]
    document = {"_index": INDICES.documents, "_id": "d", "_source": {
        "id": "d", "collection": "c", "title": "Call 07700 900123 today",
        "content": f"{PAGE_ONE}\n\n{PAGE_TWO}", "person": ["Ann Lee"], "place": ["Elm Row"]}}
    return [*pages, *mentions, document]


def _by_id(actions: list[dict]) -> dict[str, dict]:
    return {a["_id"]: a["_source"] for a in actions}


def test_masks_are_one_width_and_overlaps_merge() -> None:
    applied = Applied()
    applied.add_span(1, 16, 22)
    applied.add_span(1, 20, 28)  # overlaps the first: one mask
    applied.add_span(1, 0, 4)
    assert applied.merged(1) == [(0, 4), (16, 28)]
    assert redact_text(PAGE_ONE, applied.merged(1)) == f"{MASK} Ann Lee on {MASK} today."
    assert moved(applied.merged(1), 29) == 29 - 4 + len(MASK) - 12 + len(MASK)


def test_a_document_with_spans_and_a_whole_page() -> None:
    applied = Applied()
    applied.add_span(1, 16, 28)
    applied.whole_pages.add(2)
    out = _by_id(redact_document(_records(), INDICES.pages, INDICES.mentions,
                                 INDICES.documents, applied))
    assert out["d-00001"]["text"] == f"Call Ann Lee on {MASK} today."
    assert out["d-00002"]["text"] == ""
    assert "m1" not in out and "m2" not in out and "m3" not in out  # redacted mentions left out
    assert out["m0"]["start"] == 5  # before the span: unmoved
    document = out["d"]
    assert document["content"] == f"Call Ann Lee on {MASK} today.\n\n"
    assert document["title"] == f"Call {MASK} today"  # the redacted string, wherever it is
    assert document["person"] == ["Ann Lee"]  # still on page 1
    assert document["place"] == []  # only on the page redacted whole


def test_mentions_after_a_span_move() -> None:
    applied = Applied()
    applied.add_span(1, 0, 4)
    out = _by_id(redact_document(_records(), INDICES.pages, INDICES.mentions,
                                 INDICES.documents, applied))
    assert out["m0"]["start"] == 5 - 4 + len(MASK)
    assert out["d-00001"]["text"][out["m0"]["start"]:out["m0"]["end"]] == "Ann Lee"


def test_the_ciphered_copy_applies_redactions_then_ciphers() -> None:
    applied = Applied()
    applied.add_span(1, 16, 28)
    ciphers = CipherSet([Cipher("Ann Lee", "A1")])
    out = _by_id(ciphered_records(_records(), INDICES, {"c": ciphers}, {"c": 7}, {"d": applied}))
    assert out["d-00001"]["text"] == f"Call A1 on {MASK} today."
    assert out["d-00001"]["cipher_version"] == 7
    assert "07700" not in str(out) and "Ann Lee" not in str(out)
    plain = _by_id(ciphered_records(_records(), INDICES, {"c": CipherSet([])}, {"c": 7}))
    assert plain["d-00001"]["text"] == PAGE_ONE  # no redactions, no names: the text as it is


def test_a_name_rule_masks_every_form_in_the_other_fields_and_the_original_is_not_described(
) -> None:
    """The name rule's spans cover "Ann Lee" in the text; the file is named for the surname
    alone, which no span covers. Size and hash would tell the redacted length, confirm a guess."""
    records = _records()
    records[-1]["_source"] |= {"filename": "lee-notes.txt", "path": "box 1/lee-notes.txt",
                               "paths": ["box 1/lee-notes.txt", "copy/LEE.txt"],
                               "email_from": "ann.lee@example.org", "size": 61,
                               "sha256": "ab" * 32}
    applied = Applied(names={"Ann Lee"})
    applied.add_span(1, 5, 12)
    applied.add_span(2, 0, 7)
    document = _by_id(redact_document(records, INDICES.pages, INDICES.mentions,
                                      INDICES.documents, applied))["d"]
    assert document["filename"] == f"{MASK}-notes.txt"
    assert document["path"] == f"box 1/{MASK}-notes.txt"
    assert document["paths"] == [f"box 1/{MASK}-notes.txt", f"copy/{MASK}.txt"]
    assert document["email_from"] == f"{MASK}@example.org"
    assert "size" not in document and "sha256" not in document
    assert document["id"] == "d" and document["collection"] == "c"  # identifiers kept
    unredacted = _by_id(redact_document(records, INDICES.pages, INDICES.mentions,
                                        INDICES.documents, Applied()))["d"]
    assert unredacted["size"] == 61 and unredacted["filename"] == "lee-notes.txt"


def test_a_person_shown_by_the_name_the_authority_linked_is_dropped() -> None:
    """The page writes "A. Lee"; the name authority linked it to Ann Lee, so the document's
    person field shows "Ann Lee". Redacting "A. Lee" takes "Ann Lee" out of the field too, and
    out of any other field that holds it."""
    text = "Call A. Lee today."
    records = [
        {"_index": INDICES.pages, "_id": "d-00001", "_source": {
            "id": "d-00001", "doc_id": "d", "collection": "c", "page": 1, "text": text}},
        {"_index": INDICES.mentions, "_id": "m0", "_source": {
            "id": "m0", "doc_id": "d", "collection": "c", "page": 1, "kind": "person",
            "key": "ann lee", "text": "A. Lee", "start": 5, "end": 11}},
        {"_index": INDICES.documents, "_id": "d", "_source": {
            "id": "d", "collection": "c", "content": text, "person": ["Ann Lee"],
            "email_to": ["Ann Lee <box@example.org>"]}}]
    applied = Applied()
    applied.add_span(1, 5, 11)
    out = _by_id(redact_document(records, INDICES.pages, INDICES.mentions, INDICES.documents,
                                 applied))
    assert out["d"]["person"] == []
    assert out["d"]["email_to"] == [f"{MASK} <box@example.org>"]
    assert "Lee" not in str(out)
