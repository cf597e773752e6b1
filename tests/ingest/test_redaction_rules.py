"""Redaction rules (ingest.redaction_rules), pure; and a box checked against a PDF page's size
(ingest.extract.pdf.pdf_page_size, search.redactions.Box)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract.pdf import pdf_page_size
from ingest.redaction_rules import Rule, RuleError, compiled, page_spans, rule_proposals
from search.ciphers import Cipher
from search.redactions import Box

TEXT = ("DOE, Jane rang 0161 496 0123. Miss Doe met Child A and YP3 at jane.doe@example.org; "
        "Janey said so. Plate AB12 CDE.")


def _words(rule: Rule, mentions: list[dict] | None = None, listed: list[Cipher] = ()) -> list[str]:
    matcher = compiled(rule, listed)
    return [TEXT[s:e] for s, e in page_spans(rule, matcher, TEXT, mentions or [])]


def test_entity_and_anonymised_rules_use_the_declared_kinds() -> None:
    assert _words(Rule("entity", "phone")) == ["0161 496 0123"]
    assert _words(Rule("anonymised")) == ["Child A", "YP3"]
    with pytest.raises(RuleError):
        compiled(Rule("entity", "shoe size"))


def test_a_name_rule_finds_every_written_form_and_the_linked_mentions() -> None:
    janey = TEXT.index("Janey")
    mention = {"kind": "person", "key": "jane doe", "raw_key": "janey", "text": "Janey",
               "start": janey, "end": janey + 5, "page": 1}
    # Every written form (the e-mail address's local part: what the copy ciphers), and the
    # forename the name authority linked to her.
    assert _words(Rule("name", "Jane Doe"), [mention]) == ["DOE, Jane", "Doe", "jane.doe",
                                                           "Janey"]
    # A name the cipher list hides under the same cipher as it comes with it.
    listed = [Cipher("Jane Doe", "A1", "c"), Cipher("Janey", "A1", "c"), Cipher("Ann", "B2", "c")]
    assert _words(Rule("name", "Jane Doe"), [], listed) == ["DOE, Jane", "Doe", "jane.doe",
                                                            "Janey"]


def test_a_regex_rule_and_its_refusals() -> None:
    assert _words(Rule("regex", r"AB\d\d [A-Z]{3}")) == ["AB12 CDE"]
    for bad in ("", "(unclosed", "x" * 600):
        with pytest.raises(RuleError):
            compiled(Rule("regex", bad))


def test_proposals_skip_what_is_taken() -> None:
    rule = Rule("entity", "phone")
    page = {"page": 2, "text": TEXT}
    (first,) = rule_proposals(rule, "third party", compiled(rule), [page], [], set())
    assert (first.page, first.kind, first.rule) == (2, "span", "entity:phone")
    assert rule_proposals(rule, "third party", compiled(rule), [page], [],
                          {(2, first.start, first.end)}) == []


def test_a_box_in_points_is_checked_against_the_pdf_page(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "a4.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawString(72, 720, "a page")
    pdf.save()
    size = pdf_page_size(path, 1)
    assert size is not None and round(size[0]) == 595 and round(size[1]) == 842
    assert pdf_page_size(path, 2) is None
    Box(10, 10, 500, 800, "pt").check(size)
    with pytest.raises(ValueError, match="off the page"):
        Box(10, 10, 700, 800, "pt").check(size)
    with pytest.raises(ValueError, match="not a PDF"):
        Box(10, 10, 20, 20, "pt").check(None)
    with pytest.raises(ValueError, match="x0 < x1"):
        Box(0.5, 0.1, 0.2, 0.3).check(None)
