"""The chronology as counsel take it away: CSV (a row per fact) and DOCX (a table: date, fact,
people, issues, citations, each citation a hyperlink back to the cited page in Docket).

The rows are the view's facts in date order (search.chronology ``Chronology.rows``); a link is
``<page URL>#doc=<id>&page=<n>``, the web page's own address of a document page (ui/app.js).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import quote

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from search.export import csv_cell, docx_text

CSV_COLUMNS = ("date", "date_from", "date_to", "circa", "description", "people", "issues",
               "citations", "links", "disagrees_with", "id", "collection", "quote")
HEADINGS = ("Date", "Fact", "People", "Issues", "Citations")
Record = dict[str, Any]


def page_link(base_url: str, doc_id: str, page: int) -> str:
    """The web page's address of a document page."""
    return f"{base_url.rstrip('/')}/#doc={quote(doc_id, safe='')}&page={page}"


def _people(fact: Record) -> str:
    return "; ".join(p["name"] for p in fact.get("people_shown") or [])


def csv_lines(facts: Iterable[Record], base_url: str) -> Iterator[str]:
    """CSV, a line at a time (cells that a spreadsheet would run as formulas are escaped)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    yield buffer.getvalue()
    for fact in facts:
        buffer.seek(0)
        buffer.truncate()
        given = fact.get("date") or {}
        citations = fact.get("citations") or []
        writer.writerow([csv_cell(v) for v in (
            fact.get("date_label"), given.get("from"), given.get("to") or "",
            "yes" if given.get("circa") else "", fact.get("description"), _people(fact),
            "; ".join(fact.get("issues") or []), "; ".join(c["citation"] for c in citations),
            " ".join(page_link(base_url, c["doc_id"], c["page"]) for c in citations),
            "; ".join(d["date_label"] for d in fact.get("disagreements") or []),
            fact.get("id"), fact.get("collection"), fact.get("quote") or "")])
        yield buffer.getvalue()


def add_hyperlink(paragraph: Paragraph, text: str, url: str) -> None:
    """A run of ``text`` linking to ``url`` (python-docx has no call for it: the element and
    its external relationship are written as Word writes them)."""
    relationship = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relationship)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "0563C1")
    properties.extend([style, colour, underline])
    run.append(properties)
    body = OxmlElement("w:t")
    body.text = text
    run.append(body)
    link.append(run)
    paragraph._p.append(link)


def docx_bytes(facts: Iterable[Record], base_url: str, title: str) -> bytes:
    """The chronology as a Word document: a heading and one table row per fact."""
    document = Document()
    document.add_heading(docx_text(title), level=1)
    table = document.add_table(rows=1, cols=len(HEADINGS))
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, HEADINGS, strict=True):
        cell.text = heading
        cell.paragraphs[0].runs[0].bold = True
    for fact in facts:
        cells = table.add_row().cells
        date = fact.get("date_label") or ""
        disagreements = fact.get("disagreements") or []
        if disagreements:
            date += " (sources disagree: " + "; ".join(d["date_label"] for d in disagreements) + ")"
        cells[0].text = docx_text(date)
        cells[1].text = docx_text(fact.get("description"))
        cells[2].text = docx_text(_people(fact))
        cells[3].text = docx_text("; ".join(fact.get("issues") or []))
        paragraph = cells[4].paragraphs[0]
        for number, citation in enumerate(fact.get("citations") or []):
            if number:
                paragraph.add_run("; ")
            add_hyperlink(paragraph, docx_text(citation["citation"]),
                          page_link(base_url, citation["doc_id"], citation["page"]))
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
