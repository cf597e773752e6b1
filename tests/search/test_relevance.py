"""A relevance test set with known answers: generated documents (with their pages and person
mentions) indexed straight into a collection of their own, and queries that must return exactly
the expected documents: phrases, proximity, Boolean combinations, wildcards and fuzzy terms,
field filters, dates, tags, and a person's name with its spelling variants ranked below it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from opensearchpy import helpers

from search.annotations import Annotations, annotations_index
from search.documents import DocumentSearch, SearchRequest
from search.errors import QueryError
from search.names import initial_key, name_parts, person_key, phonetic_keys
from search.query import build_query
from search.scoped import Caller, ScopedStore

pytestmark = pytest.mark.integration

COLLECTION = "relevance"
USER = "relevance-reader"
FILLER = ("the report was filed later with other papers from the same period and nobody "
          "read it again until the review began years afterwards")


@dataclass
class Doc:
    key: str
    pages: list[str]
    date: str | None = None
    type: str = "pdf"
    persons: list[str] = field(default_factory=list)
    org: list[str] = field(default_factory=list)
    place: list[str] = field(default_factory=list)
    email_from: list[str] = field(default_factory=list)
    email_to: list[str] = field(default_factory=list)
    filename: str = ""
    ocr: bool = False
    filed_under: str = ""  # the key the names stage gave the persons written here


CORPUS = [
    Doc("A", ["The blue ford sierra was parked outside the garage."], "1997-03-05",
        org=["Harwick Council"], filename="a_statement.pdf"),
    Doc("B", ["Witness saw a blue ford sierra near the canal at night."], "1997-11-30", "email",
        place=["Canal Street"], email_from=["b.sender@example.org"],
        email_to=["m.hollis@example.org"], filename="b_message.eml"),
    Doc("C", [f"A blue minibus came first. {FILLER} Then the ford dealership. {FILLER} "
              "Later the sierra mountains."], "1998-01-01"),
    Doc("D", ["A blue car near the old ford sierra."], "2001-06-15"),
    Doc("E", ["A silver vauxhall astra seen at the garage."], None, "word",
        filename="e_statement.docx"),
    Doc("F", ["The vauxhall and the sierra were both at the canal."], "1999-05-05"),
    Doc("M", ["Introduction to the file.", "Nothing of note here.",
              "An orange transit minibus was seen on page three."], "2003-02-02"),
    Doc("P1", ["Raymond Stokes was interviewed."], "2002-01-10", persons=["Raymond Stokes"],
        org=["Harwick Council"]),
    Doc("P2", ["Ray Stokes drove the van."], "2002-02-10", persons=["Ray Stokes"]),
    Doc("P3", ["Signed R. Stokes."], "2002-03-10", persons=["R. Stokes"]),
    Doc("P4", ["Raymund Stokes, as spelled on the index card."], "2002-04-10",
        persons=["Raymund Stokes"]),
    Doc("P5", ["Rayrnond Stokes, as read from a faxed copy."], "2002-05-10",
        persons=["Rayrnond Stokes"], ocr=True),
    Doc("P6", ["Dennis Carver was also present."], "2002-06-10", persons=["Dennis Carver"]),
    Doc("P7", ["Raymond Stoker lived next door."], "2002-07-10", persons=["Raymond Stoker"]),
    Doc("K1", ["Mohammed Khan gave a statement."], persons=["Mohammed Khan"]),
    Doc("K2", ["KHAN, Mohamed was listed on the rota."], persons=["KHAN, Mohamed"]),
    Doc("K3", ["Mohammad Khan signed the visitors book."], persons=["Mohammad Khan"]),
    Doc("K4", ["Imran Khan ran the shop."], persons=["Imran Khan"]),
    # The names stage filed the full name under the name the collection uses more.
    Doc("V1", ["Statement of Tran Van Minh."], persons=["Tran Van Minh"], filed_under="van minh"),
    Doc("V2", ["Van Minh was not at home."], persons=["Van Minh"]),
]
TAGGED_HOT = ("A", "D")


def doc_id(key: str) -> str:
    return f"{COLLECTION}-{hashlib.md5(key.encode()).hexdigest()}"


def control(index: int) -> str:
    return f"REL-{index + 1:06d}"


def actions(indices) -> Iterator[dict]:  # noqa: ANN001
    for index, doc in enumerate(CORPUS):
        ident, ctl = doc_id(doc.key), control(index)
        yield {"_index": indices.documents, "_id": ident, "_source": {
            "id": ident, "control": ctl, "collection": COLLECTION, "title": f"Document {doc.key}",
            "filename": doc.filename or f"{doc.key.lower()}.pdf", "path": f"rel/{doc.key}.pdf",
            "custodian": "rel", "type": doc.type, "date": doc.date, "page_count": len(doc.pages),
            "content": "\n".join(doc.pages), "person": doc.persons, "org": doc.org,
            "place": doc.place, "email_from": doc.email_from, "email_to": doc.email_to,
            "ocr": doc.ocr, "root_id": ident}}
        for number, text in enumerate(doc.pages, start=1):
            yield {"_index": indices.pages, "_id": f"{ident}-{number:05d}", "_source": {
                "id": f"{ident}-{number:05d}", "doc_id": ident, "collection": COLLECTION,
                "control": ctl, "page": number, "citation": f"{ctl}-{number:04d}", "text": text,
                "ocr": doc.ocr}}
        for position, name in enumerate(doc.persons):
            key = doc.filed_under or person_key(name)
            mention = f"{ident}-m{position:06d}"
            yield {"_index": indices.mentions, "_id": mention, "_source": {
                "id": mention, "doc_id": ident, "collection": COLLECTION, "kind": "person",
                "text": name, "key": key, "raw_key": person_key(name), "entity": f"person:{key}",
                "first": True, "wrong": False, "parts": name_parts(key),
                "phonetic": phonetic_keys(key), "initial_key": initial_key(key) or None,
                "page": 1, "start": 0, "end": len(name), "date": doc.date}}


@pytest.fixture(scope="module")
def corpus(store, indices) -> Iterator[None]:  # noqa: ANN001
    helpers.bulk(store, actions(indices), refresh="wait_for")
    notes = Annotations(ScopedStore(store, indices, Caller(USER, (COLLECTION,))))
    for key in TAGGED_HOT:
        notes.add_tag(doc_id(key), "hot")
    yield
    for index in (indices.documents, indices.pages, indices.mentions):
        store.delete_by_query(index=index, body={"query": {"term": {"collection": COLLECTION}}},
                              refresh=True, conflicts="proceed")
    store.delete_by_query(index=annotations_index(indices), refresh=True, conflicts="proceed",
                          body={"query": {"term": {"user": USER}}})


def search(store, indices, q: str = "", **options) -> dict:  # noqa: ANN001
    request = SearchRequest(q=q, size=100, **options)
    return DocumentSearch(ScopedStore(store, indices, Caller(USER, (COLLECTION,)))).run(request)


def keys(result: dict) -> list[str]:
    by_control = {control(i): doc.key for i, doc in enumerate(CORPUS)}
    return [by_control[hit["control"]] for hit in result["hits"]]


def found(store, indices, q: str = "", **options) -> set[str]:  # noqa: ANN001
    result = search(store, indices, q, **options)
    assert result["total"] == len(result["hits"])
    return set(keys(result))


CASES = [
    # phrases and proximity
    ('"blue ford sierra"', {"A", "B"}),
    ('"blue ford sierra"~3', {"A", "B"}),
    ('"blue ford sierra"~4', {"A", "B", "D"}),
    ('"sierra ford"', set()),
    ('"orange transit minibus"', {"M"}),
    # bare terms are all required
    ("blue ford sierra", {"A", "B", "C", "D"}),
    # Boolean
    ("sierra AND vauxhall", {"F"}),
    ("sierra OR vauxhall", {"A", "B", "C", "D", "E", "F"}),
    ("sierra NOT blue", {"F"}),
    ("sierra -blue", {"F"}),
    ("(sierra OR vauxhall) AND garage", {"A", "E"}),
    ("+garage -vauxhall", {"A"}),
    ('"ford sierra" AND NOT canal', {"A", "D"}),
    # wildcards and fuzzy
    ("vauxh*", {"E", "F"}),
    ("vauxhal~1", {"E", "F"}),
    ("sierr*", {"A", "B", "C", "D", "F"}),
    # field filters
    ("from:b.sender@example.org", {"B"}),
    ("to:M.Hollis@example.org", {"B"}),
    ("type:email", {"B"}),
    ("filename:statement", {"A", "E"}),
    ('org:"Harwick Council"', {"A", "P1"}),
    ("place:canal", {"B"}),
    ("ocr:yes", {"P5"}),
    ("ocr:no AND person:stokes", {"P1", "P2", "P3", "P4"}),
    # dates
    ("sierra AND date:1997", {"A", "B"}),
    ("date:[1997-06 TO 1998]", {"B", "C"}),
    ("sierra AND date:[* TO 1997-12-31]", {"A", "B"}),
    # tags (the caller's, from the annotations index)
    ("tag:hot", {"A", "D"}),
    ("tag:HOT AND garage", {"A"}),
    ("sierra AND NOT tag:hot", {"B", "C", "F"}),
    # names: the name and its variants, never another name
    ('person:"Raymond Stokes"', {"P1", "P2", "P3", "P4", "P5"}),
    ('person:"R. Stokes"', {"P1", "P2", "P3", "P4", "P5"}),
    ('person:"Mohammed Khan"', {"K1", "K2", "K3"}),
    ('person:"KHAN, Mohamed"', {"K1", "K2", "K3"}),
    ('person:"Raymond Stokes" AND NOT ocr:yes', {"P1", "P2", "P3", "P4"}),
    ('person:"Dennis Carver" OR "blue ford sierra"', {"P6", "A", "B"}),
    ('person:"Tran Van Minh"', {"V1", "V2"}),  # the name as written, wherever it was filed
]


@pytest.mark.parametrize(("q", "expected"), CASES, ids=[case[0] for case in CASES])
def test_query_returns_exactly_the_expected_documents(
    store, indices, corpus, q: str, expected: set[str]  # noqa: ANN001
) -> None:
    assert found(store, indices, q) == expected


@pytest.mark.parametrize(("q", "first"), [
    ('person:"Raymond Stokes"', "P1"), ('person:"R. Stokes"', "P3"),
    ('person:"Mohammed Khan"', "K1"), ('person:"KHAN, Mohamed"', "K2"),
])
def test_the_name_as_written_ranks_above_its_variants(
    store, indices, corpus, q: str, first: str  # noqa: ANN001
) -> None:
    result = search(store, indices, q)
    ranked = keys(result)
    assert ranked[0] == first
    scores = [hit["control"] for hit in result["hits"]]
    assert len(scores) == len(set(scores))


def test_variants_rank_by_closeness(store, indices, corpus) -> None:  # noqa: ANN001
    ranked = keys(search(store, indices, 'person:"Raymond Stokes"'))
    # exact, then phonetic (Raymund), nickname (Ray), then initial and OCR confusions
    assert ranked[:3] == ["P1", "P4", "P2"]
    assert set(ranked[3:]) == {"P3", "P5"}


def test_date_range_parameters_and_date_sort(store, indices, corpus) -> None:  # noqa: ANN001
    assert found(store, indices, "sierra", date_from="1998", date_to="2001-06") == {"C", "D", "F"}
    assert keys(search(store, indices, "sierra", sort="date")) == ["D", "F", "C", "B", "A"]
    assert keys(search(store, indices, "sierra", sort="date_asc")) == ["A", "B", "C", "F", "D"]


def test_facet_filters_combine_with_the_query(store, indices, corpus) -> None:  # noqa: ANN001
    assert found(store, indices, "sierra", filters={"tag": ["hot"]}) == {"A", "D"}
    assert found(store, indices, "sierra", filters={"year": ["1997", "2001"]}) == {"A", "B", "D"}
    assert found(store, indices, "", filters={"month": ["1997-11"]}) == {"B"}
    assert found(store, indices, "", filters={"ocr": ["yes"]}) == {"P5"}
    assert found(store, indices, "garage", filters={"type": ["pdf", "word"]}) == {"A", "E"}
    result = search(store, indices, "sierra", filters={"tag": ["hot"]})
    tags = {f["value"]: f["count"] for f in result["facets"]["tag"]}
    assert tags == {"hot": 2}
    types = {f["value"]: f["count"] for f in result["facets"]["type"]}
    assert types == {"pdf": 2}  # follows the tag filter: A and D
    assert {f["value"] for f in result["facets"]["year"]} == {"1997", "2001"}


def test_snippet_names_the_page_of_the_phrase(store, indices, corpus) -> None:  # noqa: ANN001
    hit = search(store, indices, '"orange transit minibus"')["hits"][0]
    assert [s["page"] for s in hit["snippets"]] == [3]
    assert hit["snippets"][0]["citation"] == f"{hit['control']}-0003"
    assert "<mark>orange</mark>" in hit["snippets"][0]["html"]


def test_person_snippet_marks_the_variant_on_its_page(store, indices, corpus) -> None:  # noqa: ANN001
    hits = {h["control"]: h for h in search(store, indices, 'person:"Raymond Stokes"')["hits"]}
    p4 = hits[control(next(i for i, d in enumerate(CORPUS) if d.key == "P4"))]
    assert "<mark>Raymund</mark> <mark>Stokes</mark>" in p4["snippets"][0]["html"]


def test_tags_and_stars_show_on_hits(store, indices, corpus) -> None:  # noqa: ANN001
    Annotations(ScopedStore(store, indices, Caller(USER, (COLLECTION,)))).star(doc_id("B"), True)
    hits = {keys({"hits": [h]})[0]: h for h in search(store, indices, '"blue ford sierra"')["hits"]}
    assert hits["A"]["tags"] == ["hot"] and not hits["A"]["starred"]
    assert hits["B"]["tags"] == [] and hits["B"]["starred"]
    assert found(store, indices, "", filters={"star": ["yes"]}) == {"B"}
    Annotations(ScopedStore(store, indices, Caller(USER, (COLLECTION,)))).star(doc_id("B"), False)
    assert found(store, indices, "", filters={"star": ["yes"]}) == set()


def test_another_user_does_not_see_the_tags(store, indices, corpus) -> None:  # noqa: ANN001
    other = DocumentSearch(ScopedStore(store, indices, Caller("someone-else", (COLLECTION,))))
    assert other.run(SearchRequest(q="tag:hot"))["total"] == 0


def test_tag_needs_a_user(store, indices, corpus) -> None:  # noqa: ANN001
    with pytest.raises(QueryError, match="signed-in user"):
        build_query("tag:hot")
