"""A value only weak labels name ("Number // ...", "Number given to the family: ...") is a
reference when two documents or more name it so (search.cases.codes). All values are invented."""

from __future__ import annotations

from search.cases.codes import labelled_tokens
from search.cases.register import Mention, SourceDocument, build_cases


def _document(number: int, text: str) -> SourceDocument:
    control = f"W-{number:06d}"
    return SourceDocument(f"w{number}", control, f"doc {number}", None, None,
                          {1: (text, f"{control}-0001")}, tuple[Mention, ...]())


def test_a_label_with_how_the_number_came_and_a_double_slash() -> None:
    for text in ("Number given to the family: QX4417.R0912", "Number // QX4417.R0912",
                 "Reference number given by the desk: QX4417.R0912"):
        assert [text[a:b] for a, b, _head in labelled_tokens(text)] == ["QX4417.R0912"]


def test_a_value_two_documents_name_under_a_weak_label_is_one_case() -> None:
    cases = build_cases("c", [
        _document(1, "Switchboard print\nNumber // QX4417.R0912\nCaller worried about her niece."),
        _document(2, "Complaint\nNumber given to the family: QX4417.R0912\nNobody came."),
    ])
    holding = [c for c in cases if any("QX4417R912" in k for k in c.references)]
    assert len(holding) == 1 and len(holding[0].documents) == 2


def test_a_value_one_document_names_under_a_weak_label_is_no_reference() -> None:
    cases = build_cases("c", [_document(1, "Number // QX4417.R0912\nCaller worried.")])
    assert not any("QX4417R912" in k for c in cases for k in c.references)
