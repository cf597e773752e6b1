"""The document field registry (search.fields) and what is derived from it: the documents
mapping, the facets, the filter and query aliases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from search.facets import FACETS, FILTER_ALIASES
from search.fields import (
    BY_NAME,
    DOCUMENT_FIELDS,
    Facet,
    Field,
    Search,
    check_registry,
    custodian_of,
    force_of,
)
from search.indices import index_specs
from search.query_fields import ALIASES, FIELDS

# The documents properties of mapping version 3, as written before the registry: a declared
# field's mapping may be added to, never changed, without raising the version (a reindex).
VERSION_3 = json.loads((Path(__file__).parent / "documents_v3_properties.json").read_text())


def documents_properties() -> dict:
    return index_specs()["documents"].mappings["properties"]


def coding_values() -> dict:
    """The review index's coding values, by key (search.coding)."""
    return index_specs()["review"].mappings["properties"]["values"]["properties"]


def test_the_derived_mapping_is_version_3_for_the_fields_it_had() -> None:
    spec = index_specs()["documents"]
    assert spec.version == 3
    properties = documents_properties()
    assert {name: properties.get(name) for name in VERSION_3} == VERSION_3
    assert spec.mappings["dynamic"] == "strict"


def test_every_declared_field_is_in_the_mapping_with_its_declared_mapping() -> None:
    properties = documents_properties()
    for field in DOCUMENT_FIELDS:
        if field.mapping is None:
            assert field.source == "", field.name  # tags and stars live in annotations
        else:
            assert properties[field.source] == field.mapping, field.name


def test_every_facet_counts_a_field_of_the_mapping_of_the_right_type() -> None:
    properties = documents_properties()
    expected = {"terms": "keyword", "year": "date", "month": "date", "bool": "boolean"}
    for facet in FACETS:
        if facet.kind in ("tag", "star"):
            assert facet.field == ""  # counted from the annotations index
        elif facet.kind == "coding":  # counted from the review index's coding sets
            key = BY_NAME[facet.field].coding_key
            assert coding_values()[key]["type"] == "keyword", facet.name
        else:
            assert properties[facet.field]["type"] == expected[facet.kind], facet.name


def test_every_searched_field_exists_in_the_mapping() -> None:
    properties = documents_properties()
    for name, spec in FIELDS.items():
        if spec.kind == "coding":  # looked up in the review index's coding values
            assert spec.fields == (name,) and BY_NAME[name].coding_key in coding_values(), name
            continue
        for searched in spec.fields:
            top, _, sub = searched.partition(".")
            assert top in properties, name
            assert not sub or sub in properties[top]["fields"], name


# The sidebar as the page hard-coded it before the registry.
SIDEBAR_BEFORE = [
    ("star", "Starred"), ("tag", "Tag"), ("collection", "Collection"), ("type", "Type"),
    ("year", "Year"), ("month", "Month"), ("person", "Person"), ("org", "Organisation"),
    ("place", "Place"), ("from", "Sender"), ("to", "Recipient"), ("language", "Language"),
    ("ocr", "OCR'd"), ("custodian", "Custodian")]


def test_the_sidebar_keeps_its_order_and_labels() -> None:
    names = {name for name, _ in SIDEBAR_BEFORE}
    sidebar = [(facet.name, facet.label) for facet in FACETS]
    assert [item for item in sidebar if item[0] in names] == SIDEBAR_BEFORE


def test_one_alias_list_serves_queries_and_filters() -> None:
    assert ALIASES["sender"] == FILTER_ALIASES["sender"] == "from"
    assert ALIASES["organization"] == FILTER_ALIASES["organization"] == "org"
    assert ALIASES["file"] == "filename" and "file" not in FILTER_ALIASES  # not faceted
    assert FILTER_ALIASES["starred"] == "star" and "starred" not in ALIASES  # not searchable
    assert FIELDS["to"].fields == ("email_to", "email_cc")
    assert FIELDS["person"].page_fields == ("text",)


def test_a_name_may_mean_one_field_only() -> None:
    with pytest.raises(ValueError, match="names both"):
        check_registry((Field("a", "A", aliases=("b",)), Field("b", "B")))
    with pytest.raises(ValueError, match="stored in"):
        check_registry((Field("a", "A", {"type": "keyword"}, source="x"),
                        Field("b", "B", {"type": "keyword"}, source="x")))
    with pytest.raises(ValueError, match="lower-case"):
        check_registry((Field("Bad", "Bad"),))


def test_a_field_resolves_its_facets_and_searched_fields() -> None:
    field = Field("from", "Sender", {"type": "keyword"}, source="email_from",
                  search=Search("keyword"), facets=(Facet(),))
    assert field.search == Search("keyword", ("email_from",))
    assert field.facets == (Facet("terms", "from", "Sender", "email_from"),)


def test_the_custodian_is_the_top_folder_of_the_path() -> None:
    assert custodian_of({"path": "police/statements/s1.pdf"}) == "police"
    assert custodian_of({"path": "top.pdf"}) == ""


def test_the_force_or_council_is_the_first_folder_that_names_one() -> None:
    assert force_of({"path": "Kent Police/DC Smith/s1.pdf"}) == "Kent Police"
    assert force_of({"path": "J Smith/Wirral_Borough_Council/m.pdf"}) == "Wirral Borough Council"
    assert force_of({"path": "council/minutes.pdf"}) == "council"  # the demo corpus's folders
    assert force_of({"path": "J Smith/note.pdf"}) is None
    assert force_of({"path": "Police report.pdf"}) is None  # a file name is not a folder
