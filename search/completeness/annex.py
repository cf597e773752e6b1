"""The completeness report as a DOCX that counsel can annex to a letter to the producing
organisation: the request, the files received by ledger state, the families (every broken one
listed), the duplicates with every path, the near-duplicate groups, the Bcc recipients, and the
date and custodian coverage. The numbers are the summary's (search.completeness), so the annex
and the page never differ; the full lists of intact families and of files are in the CSVs.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import Any

import docx
from docx.document import Document

from search.export import docx_text
from search.ledger import TERMINAL_STATES
from search.scoped import Dsl

STATE_LABELS = {"queued": "Still queued", "indexed": "Indexed", "partial": "Partly indexed",
                "failed": "Failed", "password_protected": "Password-protected",
                "duplicate": "Duplicate (suppressed)", "skipped": "Skipped"}


def _table(document: Document, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = docx_text(value)


def _disclosure(document: Document, summary: Dsl) -> None:
    disclosure = summary.get("disclosure") or {}
    _table(document, ("", ""), [
        ("Collection", summary["collection"]),
        ("Producing organisation", disclosure.get("organisation") or "not recorded"),
        ("Request", disclosure.get("reference") or "not recorded"),
        ("Sent", disclosure.get("sent") or ""), ("Due", disclosure.get("due") or ""),
        ("Received", disclosure.get("received") or ""),
        ("Status", summary.get("disclosure_status") or ""),
        ("Report generated", summary["generated_at"][:19].replace("T", " ") + " UTC")])


def _files(document: Document, summary: Dsl) -> None:
    files = summary["files"]
    document.add_heading("Files received, by ledger state", level=2)
    document.add_paragraph(
        f"{files['received']} files received in {len(summary['loads'])} loads; "
        f"{sum(files['child_counts'].values())} more found inside containers, counted apart.")
    states = ("queued", *TERMINAL_STATES)
    _table(document, ("State", "Files received", "Found inside containers"),
           [(STATE_LABELS[s], files["counts"][s], files["child_counts"][s]) for s in states])
    document.add_paragraph()
    _table(document, ("Load", "Started", "Received", *(STATE_LABELS[s] for s in TERMINAL_STATES)),
           [(load["id"], (load.get("created_at") or "")[:10], load.get("received"),
             *(load["counts"][s] for s in TERMINAL_STATES)) for load in summary["loads"]])


def _families(document: Document, summary: Dsl, broken: list[Dsl]) -> None:
    families = summary["families"]
    document.add_heading("Families (e-mails with attachments, archives, mailboxes)", level=2)
    document.add_paragraph(
        f"{families['total']} families with {families['members']} members: "
        f"{families['intact']} intact, {families['broken']} broken, "
        f"{families['pending']} still being loaded.")
    if broken:
        _table(document, ("Family", "Control", "Members", "Broken members"), [
            (row["path"], row.get("control"), row["members"],
             "; ".join(f"{m['path']} ({STATE_LABELS.get(m['state'], m['state'])}: "
                       f"{m.get('error_message') or ''})" for m in row["broken_members"]))
            for row in broken])


def _duplicates(document: Document, summary: Dsl, duplicates: list[Dsl]) -> None:
    counts = summary["duplicates"]
    document.add_heading("Duplicates suppressed", level=2)
    document.add_paragraph(
        f"{counts['copies']} copies of {counts['documents']} documents were suppressed; each "
        "document is listed with every path its bytes were found at.")
    if duplicates:
        _table(document, ("Control", "Title", "Paths"), [
            (row.get("control"), row.get("title"), "\n".join(row["paths"]))
            for row in duplicates])


def _near_duplicates(document: Document, summary: Dsl, groups: list[Dsl]) -> None:
    counts = summary["near_duplicates"]
    document.add_heading("Near-duplicate groups", level=2)
    document.add_paragraph(f"{counts['groups']} groups holding {counts['documents']} documents.")
    if groups:
        _table(document, ("Group", "Members"), [
            (row["group"], "\n".join(f"{m.get('control')} {m.get('path')}"
                                     for m in row["members"])) for row in groups])


def _recipients(document: Document, summary: Dsl) -> None:
    counts = summary["recipients"]
    document.add_heading("E-mail recipients", level=2)
    document.add_paragraph(
        f"{counts['addresses']} addresses; {counts['bcc_addresses']} received blind copies, "
        f"in {counts['documents_with_bcc']} messages.")
    if counts["bcc"]:
        _table(document, ("Bcc recipient", "Bcc", "To", "Cc", "From"), [
            (row["address"], row["bcc"], row["to"], row["cc"], row["from"])
            for row in counts["bcc"]])


def _coverage(document: Document, summary: Dsl) -> None:
    dates = summary["dates"]
    document.add_heading("Date coverage", level=2)
    document.add_paragraph(
        f"Dated from {dates['first'] or '-'} to {dates['last'] or '-'}; "
        f"{dates['undated']} documents have no date. Years with no document are marked.")
    _table(document, ("Year", "Documents", ""),
           [(b["period"], b["count"], "gap" if b["gap"] else "") for b in dates["years"]])
    if dates["month_gaps"]:
        document.add_paragraph("Months with no document: " + "; ".join(
            run["from"] if run["periods"] == 1 else f"{run['from']} to {run['to']}"
            for run in dates["month_gaps"]))
    document.add_heading("Custodian coverage", level=2)
    _table(document, ("Custodian", "Documents", "Dated", "First", "Last"), [
        (row["custodian"], row["documents"], row["dated"], row["first"] or "", row["last"] or "")
        for row in summary["custodians"]])


def write_annex(summary: Dsl, broken_families: list[Dsl], duplicates: list[Dsl],
                near_duplicates: list[Dsl]) -> bytes:
    """The DOCX of ``summary`` with the lists it lists in full."""
    document = docx.Document()
    document.add_heading(f"Completeness report: {summary['collection']}", level=1)
    _disclosure(document, summary)
    _files(document, summary)
    _families(document, summary, broken_families)
    _duplicates(document, summary, duplicates)
    _near_duplicates(document, summary, near_duplicates)
    _recipients(document, summary)
    _coverage(document, summary)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
