"""The fifth set's layouts the earlier sets did not write: HTML exports and DOCX tables.

A line with " | " between its cells is a table row in an HTML page or a DOCX file (consecutive
rows make one table); other lines are paragraphs. Plain text, PDF and e-mail go through the first
set's writer. `file_pages` reads every format back as the self-check compares it: table cells
joined by " | ", in document order.
"""

from __future__ import annotations

import html
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

from bench.cases_eval.docs import Doc
from bench.cases_eval.render import write as write_plain
from bench.cases_eval2.selfcheck import file_pages as plain_pages

CELL = " | "


def blocks(lines: list[str]) -> list[tuple[str, list[list[str]]]]:
    """Paragraphs and tables, in order: ("p", [[line]]) or ("table", [cells, ...])."""
    out: list[tuple[str, list[list[str]]]] = []
    for line in lines:
        if CELL in line:
            if not out or out[-1][0] != "table":
                out.append(("table", []))
            out[-1][1].append(line.split(CELL))
        else:
            out.append(("p", [[line]]))
    return out


def write(doc: Doc, root: Path) -> None:
    path = root / doc.name
    path.parent.mkdir(parents=True, exist_ok=True)
    if doc.fmt == "html":
        write_html(doc, path)
    elif doc.fmt == "docx":
        write_docx(doc, path)
    else:
        write_plain(doc, root)


def write_html(doc: Doc, path: Path) -> None:
    body = []
    for kind, rows in blocks([line for page in doc.pages for line in page]):
        if kind == "p":
            body.append(f"<p>{html.escape(rows[0][0])}</p>")
            continue
        cells = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>\n" for row in rows
        )
        body.append(f'<table border="1">\n{cells}</table>')
    text = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(doc.kind)}</title></head>\n<body>\n" + "\n".join(body) + "\n</body></html>\n"
    )
    path.write_text(text, encoding="utf-8")


def write_docx(doc: Doc, path: Path) -> None:
    import docx

    document = docx.Document()
    stamp = datetime(doc.day.year, doc.day.month, doc.day.day, 9, 0)
    document.core_properties.created = stamp
    document.core_properties.modified = stamp
    document.core_properties.author = "records"
    for kind, rows in blocks([line for page in doc.pages for line in page]):
        if kind == "p":
            document.add_paragraph(rows[0][0])
            continue
        width = max(len(row) for row in rows)
        table = document.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
    document.save(str(path))


class _HtmlText(HTMLParser):
    """The text of an HTML page: a line per paragraph, a line per table row with its cells joined."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.para: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "tr":
            self.row = []
        elif tag == "td":
            self.cell = []
        elif tag == "p":
            self.para = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self.row is not None and self.cell is not None:
            self.row.append("".join(self.cell))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.lines.append(CELL.join(self.row))
            self.row = None
        elif tag == "p" and self.para is not None:
            self.lines.append("".join(self.para))
            self.para = None

    def handle_data(self, data: str) -> None:
        for part in (self.cell, self.para):
            if part is not None:
                part.append(data)


def file_pages(path: Path) -> list[str]:
    """The text of each page of a written file, as an extractor sees it (tables included)."""
    if path.suffix == ".html":
        parser = _HtmlText()
        parser.feed(path.read_text(encoding="utf-8"))
        return ["\n".join(parser.lines)]
    if path.suffix == ".docx":
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(str(path))
        lines = []
        for child in document.element.body.iterchildren():
            if child.tag.endswith("}p"):
                lines.append(Paragraph(child, document).text)
            elif child.tag.endswith("}tbl"):
                table = Table(child, document)
                lines += [CELL.join(cell.text for cell in row.cells) for row in table.rows]
        return ["\n".join(lines)]
    return plain_pages(path)
