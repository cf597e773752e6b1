"""The sixth set's file formats the earlier sets never wrote: CSV, XLSX, RTF, ODT and HTML e-mail.

A line with " | " between its cells is a table row (a spreadsheet row in CSV and XLSX, where every
line is a row; a table row in ODT); other lines are paragraphs. An e-mail of a force in
`HTML_MAIL_FORCES` has only an HTML body. PDF, DOCX, plain text and plain e-mail go through the
fifth set's writer. `file_pages` reads every format back as the self-check compares it: cells
joined by " | ", in document order.
"""

from __future__ import annotations

import csv
import email
import html
import io
import re
import zipfile
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from xml.etree import ElementTree

from bench.cases_eval.docs import Doc
from bench.cases_eval5.layout import CELL, _HtmlText, blocks
from bench.cases_eval5.layout import file_pages as fifth_set_pages
from bench.cases_eval5.layout import write as fifth_set_write

HTML_MAIL_FORCES = ("wyvernside", "carrowby")
ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
}


def lines_of(doc: Doc) -> list[str]:
    return [line for page in doc.pages for line in page]


def write(doc: Doc, root: Path) -> None:
    path = root / doc.name
    path.parent.mkdir(parents=True, exist_ok=True)
    writers = {"csv": write_csv, "xlsx": write_xlsx, "rtf": write_rtf, "odt": write_odt}
    if doc.fmt in writers:
        writers[doc.fmt](doc, path)
    elif doc.fmt == "eml" and doc.name.split("/")[0] in HTML_MAIL_FORCES:
        write_html_mail(doc, path)
    else:
        fifth_set_write(doc, root)


def write_csv(doc: Doc, path: Path) -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for line in lines_of(doc):
        writer.writerow(line.split(CELL))
    path.write_text(out.getvalue(), encoding="utf-8")


def write_xlsx(doc: Doc, path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = doc.kind[:31]
    for line in lines_of(doc):
        sheet.append(line.split(CELL))
    stamp = datetime(doc.day.year, doc.day.month, doc.day.day, 9, 0)
    book.properties.created = book.properties.modified = stamp
    book.properties.creator = "records"
    book.save(str(path))
    pin_modified(path, stamp)


def pin_modified(path: Path, stamp: datetime) -> None:
    """openpyxl stamps the workbook's modified time with the time of saving; put the document's day."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    when = f"{stamp:%Y-%m-%dT%H:%M:%SZ}".encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in members:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + when, data)
            target.writestr(info, data)


def rtf_escape(text: str) -> str:
    out = []
    for char in text:
        if char in "\\{}":
            out.append("\\" + char)
        elif ord(char) > 127:
            out.append(f"\\u{ord(char)}?")
        else:
            out.append(char)
    return "".join(out)


def write_rtf(doc: Doc, path: Path) -> None:
    body = "".join(rtf_escape(line) + "\\par\n" for line in lines_of(doc))
    text = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Courier New;}}\\f0\\fs20\n" + body + "}\n"
    path.write_text(text, encoding="ascii")


def odt_body(doc: Doc) -> str:
    parts = []
    for kind, rows in blocks(lines_of(doc)):
        if kind == "p":
            parts.append(f"<text:p>{html.escape(rows[0][0], quote=False)}</text:p>")
            continue
        width = max(len(row) for row in rows)
        cells = "".join(
            "<table:table-row>"
            + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{html.escape(c, quote=False)}'
                "</text:p></table:table-cell>"
                for c in row
            )
            + "</table:table-row>"
            for row in rows
        )
        parts.append(
            f'<table:table><table:table-column table:number-columns-repeated="{width}"/>{cells}</table:table>'
        )
    return "".join(parts)


def write_odt(doc: Doc, path: Path) -> None:
    namespaces = " ".join(f'xmlns:{k}="{v}"' for k, v in ODF.items())
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {namespaces} office:version="1.2">'
        f"<office:body><office:text>{odt_body(doc)}</office:text></office:body></office:document-content>\n"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>\n"
    )
    stamp = (doc.day.year, doc.day.month, doc.day.day, 9, 0, 0)
    with zipfile.ZipFile(path, "w") as odt:
        odt.writestr(zipfile.ZipInfo("mimetype", stamp), "application/vnd.oasis.opendocument.text")
        for name, data in (("META-INF/manifest.xml", manifest), ("content.xml", content)):
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            odt.writestr(info, data)


def write_html_mail(doc: Doc, path: Path) -> None:
    """An e-mail whose only body is HTML, as webmail sends it."""
    message = EmailMessage()
    for name, value in doc.headers.items():
        message[name] = value
    message["Date"] = format_datetime(datetime(doc.day.year, doc.day.month, doc.day.day, 15, 5))
    message["Message-ID"] = f"<{Path(doc.name).stem}.{doc.day:%Y%m%d}@cases-eval6.invalid>"
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines_of(doc))
    message.set_content(f"<html><body>\n{paragraphs}</body></html>\n", subtype="html")
    path.write_bytes(bytes(message))


def read_rtf(text: str) -> str:
    body = text.split("\\fs20\n", 1)[1].rsplit("}", 1)[0]
    lines = []
    for chunk in body.split("\\par\n")[:-1]:
        out, n = [], 0
        while n < len(chunk):
            if chunk[n] == "\\" and chunk[n + 1] in "\\{}":
                out.append(chunk[n + 1])
                n += 2
            elif chunk.startswith("\\u", n):
                end = chunk.index("?", n)
                out.append(chr(int(chunk[n + 2 : end])))
                n = end + 1
            else:
                out.append(chunk[n])
                n += 1
        lines.append("".join(out))
    return "\n".join(lines)


def read_odt(path: Path) -> str:
    with zipfile.ZipFile(path) as odt:
        root = ElementTree.fromstring(odt.read("content.xml"))
    text = root.find("office:body/office:text", ODF)
    lines = []
    for child in text if text is not None else []:
        if child.tag == f"{{{ODF['text']}}}p":
            lines.append("".join(child.itertext()))
        elif child.tag == f"{{{ODF['table']}}}table":
            for row in child.findall("table:table-row", ODF):
                lines.append(CELL.join("".join(c.itertext()) for c in row.findall("table:table-cell", ODF)))
    return "\n".join(lines)


def file_pages(path: Path) -> list[str]:
    """The text of each page of a written file, as an extractor sees it (rows and tables included)."""
    if path.suffix == ".csv":
        rows = csv.reader(io.StringIO(path.read_text(encoding="utf-8")))
        return ["\n".join(CELL.join(row) for row in rows)]
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(str(path), read_only=True).active
        rows = sheet.iter_rows(values_only=True)
        return ["\n".join(CELL.join("" if v is None else str(v) for v in row) for row in rows)]
    if path.suffix == ".rtf":
        return [read_rtf(path.read_text(encoding="ascii"))]
    if path.suffix == ".odt":
        return [read_odt(path)]
    if path.suffix == ".eml":
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        body = message.get_body(preferencelist=("html", "plain"))
        if body is not None and body.get_content_type() == "text/html":
            parser = _HtmlText()
            parser.feed(body.get_content())
            head = "\n".join(f"{k}: {v}" for k, v in message.items())
            return [head + "\n" + "\n".join(parser.lines)]
    return fifth_set_pages(path)
