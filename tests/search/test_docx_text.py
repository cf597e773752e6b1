"""Word documents written from what users and files supply: a control character typed into a
fact or carried by a hostile file name never stops the export."""

from __future__ import annotations

import io

import docx

from search.chronology_export import docx_bytes
from search.export import docx_text


def test_characters_xml_cannot_hold_are_dropped_and_the_rest_kept() -> None:
    assert docx_text("a\x1fb\tc\ud800d\n\x00") == "ab\tcd\n"
    assert docx_text(None) == ""
    assert docx_text(12) == "12"


def test_a_chronology_with_control_characters_exports_and_reads_back() -> None:
    fact = {"date_label": "March 1998", "description": "Met at\x1f the depot\x0b",
            "people_shown": [{"name": "Ann\x07 Smith"}], "issues": ["taxi\x1b licensing"],
            "citations": [{"citation": "ABC-000001-0002", "doc_id": "doc-1", "page": 2}]}
    document = docx.Document(io.BytesIO(docx_bytes([fact], "http://docket.test", "Op\x01 Larch")))
    assert document.paragraphs[0].text == "Op Larch"
    row = [cell.text for cell in document.tables[0].rows[1].cells]
    assert row[:4] == ["March 1998", "Met at the depot", "Ann Smith", "taxi licensing"]
    assert row[4] == "ABC-000001-0002"
