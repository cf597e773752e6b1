"""A person's identity document number is no case's reference (search.entity_kinds.reference):
letters glued to digits after "passport" or "licence" name the person. All numbers invented."""

from __future__ import annotations

import pytest

from ingest.patterns import find_patterns


def _keys(text: str) -> list[str]:
    return [m.key for m in find_patterns(text) if m.kind == "reference"]


@pytest.mark.parametrize("text", [
    "Boris Tanev Petrov (passport QZ403112) was charged.",
    "Passport: QZ403112. Seen at the port.",
    "Checked his driving licence QZ4031127 at the roadside.",
])
def test_an_identity_document_number_is_not_a_reference(text: str) -> None:
    assert _keys(text) == []


def test_the_same_shape_elsewhere_is_still_a_reference() -> None:
    assert _keys("Crime RQK0441702 refers; his passport QZ403112 was seized.") == ["RQK/0441702"]
