"""Writers for the non-PDF, non-image formats: DOCX, HTML, TXT, CSV and RFC 822 e-mail.

Each returns bytes that depend only on the Doc: timestamps come from the document's own date
and anything the libraries would randomise (zip times, MIME boundaries) is pinned.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import zipfile
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from ingest.samples.doc import Block, Doc, plain_body
from ingest.samples.render_pdf import FICTION_NOTE, render_pdf


def escape(text: str) -> str:
    # Text content only, so quotes stay readable as in hand-written pages of the time.
    return html.escape(text, quote=False)


MIME = {
    "txt": ("text", "plain"),
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
}


def render_bytes(doc: Doc) -> bytes:
    writers = {"pdf": lambda d: render_pdf(d).data, "docx": render_docx, "html": render_html,
               "txt": render_txt, "csv": render_csv, "eml": render_eml}
    return writers[doc.fmt](doc)


def _runs(blocks: list[Block]) -> list[list[Block]]:
    """Group consecutive table rows so each run becomes one table."""
    groups: list[list[Block]] = []
    for block in blocks:
        if block.style == "row" and groups and groups[-1][0].style == "row":
            groups[-1].append(block)
        else:
            groups.append([block])
    return groups


def render_docx(doc: Doc) -> bytes:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    props = d.core_properties
    props.title, props.author, props.last_modified_by = doc.title, doc.author, doc.author
    props.created = props.modified = props.last_printed = doc.when
    props.revision, props.comments = 1, ""
    d.sections[0].footer.paragraphs[0].text = FICTION_NOTE
    for group in _runs(doc.blocks):
        first = group[0]
        if first.style == "row":
            table = d.add_table(rows=0, cols=len(first.cells))
            table.style = "Table Grid"
            for n, block in enumerate(group):
                cells = table.add_row().cells
                for cell, text in zip(cells, block.cells, strict=True):
                    cell.paragraphs[0].add_run(text).bold = n == 0
            continue
        if first.style == "title":
            d.add_heading(first.text, level=0).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif first.style == "heading":
            d.add_heading(first.text, level=2)
        elif first.style == "break":
            d.add_page_break()
        elif first.style == "field":
            label, _, value = first.text.partition(": ")
            p = d.add_paragraph()
            p.add_run(f"{label}: ").bold = True
            p.add_run(value)
        else:
            d.add_paragraph(first.text, style="Quote" if first.style == "quote" else None)
    buf = io.BytesIO()
    d.save(buf)
    return _pin_zip(buf.getvalue(), doc.when)


def _pin_zip(data: bytes, when: datetime) -> bytes:
    # python-docx stamps every zip member with the current time; rewrite them with the
    # document's own date so equal input gives equal bytes.
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=stamp)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


def render_html(doc: Doc) -> bytes:
    parts = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">', "<html><head>",
             '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
             f"<title>{escape(doc.title)}</title>", f"<!-- {FICTION_NOTE} -->",
             "</head><body bgcolor=\"#ffffff\">"]
    tags = {"title": "h1", "heading": "h2", "quote": "blockquote"}
    for group in _runs(doc.blocks):
        if group[0].style == "row":
            parts.append('<table border="1" cellpadding="4">')
            parts += ["<tr>" + "".join(f"<td>{escape(c)}</td>" for c in b.cells) + "</tr>"
                      for b in group]
            parts.append("</table>")
        elif group[0].style == "field":
            label, _, value = group[0].text.partition(": ")
            parts.append(f"<p><b>{escape(label)}:</b> {escape(value)}</p>")
        elif group[0].style != "break":
            tag = tags.get(group[0].style, "p")
            parts.append(f"<{tag}>{escape(group[0].text)}</{tag}>")
    parts.append("</body></html>\n")
    return "\n".join(parts).encode("utf-8")


def render_txt(doc: Doc) -> bytes:
    # Files saved on old Windows machines carry both the code page and CRLF line ends.
    newline = "\r\n" if doc.encoding == "cp1252" else "\n"
    return (newline.join(b.text for b in doc.blocks) + newline).encode(doc.encoding)


def render_csv(doc: Doc) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for block in doc.blocks:
        writer.writerow(block.cells)
    return buf.getvalue().encode("utf-8")


def uk_time(when: datetime) -> datetime:
    """Attach the UK offset: BST from the last Sunday of March to the last Sunday of October."""

    def last_sunday(month: int) -> datetime:
        day = datetime(when.year, month + 1, 1) - timedelta(days=1)
        return day - timedelta(days=(day.weekday() + 1) % 7)

    summer = last_sunday(3) + timedelta(hours=1) <= when < last_sunday(10) + timedelta(hours=1)
    return when.replace(tzinfo=timezone(timedelta(hours=1 if summer else 0)))


def render_eml(doc: Doc) -> bytes:
    meta = doc.mail
    if meta is None:
        raise ValueError(f"{doc.path}: an e-mail needs MailMeta")
    # Unfolded long headers and 7bit bodies, as Outlook of the period sent them.
    msg = EmailMessage(policy=SMTP.clone(max_line_length=998))
    msg["From"] = meta.sender
    msg["To"] = ", ".join(meta.to)
    if meta.cc:
        msg["Cc"] = ", ".join(meta.cc)
    msg["Subject"] = meta.subject
    msg["Date"] = format_datetime(uk_time(doc.when))
    msg["Message-ID"] = meta.message_id
    if meta.in_reply_to:
        msg["In-Reply-To"] = meta.in_reply_to
        msg["References"] = " ".join(meta.references)
    msg["X-Mailer"] = "Microsoft Outlook, Build 10.0.6626"
    msg["X-Docket-Sample"] = "fictional"
    msg.set_content(plain_body(doc.blocks) + "\n")
    for part in doc.attachments:
        maintype, subtype = MIME[part.fmt]
        msg.add_attachment(render_bytes(part), maintype=maintype, subtype=subtype,
                           filename=part.path)
    for n, sub in enumerate(msg.walk()):
        if sub.is_multipart():
            # The email package picks random boundaries; derive them from the Message-ID.
            token = hashlib.sha1(meta.message_id.encode()).hexdigest()[:16].upper()
            sub.set_boundary(f"----=_NextPart_{n:03d}_{token}")
    return msg.as_bytes()
