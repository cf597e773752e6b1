"""The completeness report of a collection: what a producing organisation disclosed in answer to
a request, and whether it is all accounted for.

- the disclosure (the organisation, the request's reference, and when it was sent, due and
  received), kept on the collection's record (search.store.set_disclosure);
- the files its loads received, by ledger state (the ledger's counts, per load and in all), and
  what was found inside them, counted apart;
- families (containers: e-mails with attachments, archives, mailboxes) intact or broken (a
  member failed, was locked or was cut off by a limit), with every broken member;
- duplicates suppressed, with every path they were found at; near-duplicate groups;
- e-mail addresses by role, Bcc recipients flagged;
- date coverage (by year, and month, with empty periods flagged) and custodian coverage.

``summary`` gives the counts and coverage; ``page`` one page of a list (``SECTIONS``) and
``rows`` all of it, for the CSV; search.completeness.annex writes the DOCX counsel annex to a
letter. Everything is read through the caller's scoped store.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime

from search.completeness.annex import write_annex
from search.completeness.coverage import (
    custodian_coverage,
    date_coverage,
    documents_summary,
    duplicates_summary,
    families_summary,
    files_summary,
    load_counts,
    near_duplicates_summary,
    recipients_summary,
)
from search.completeness.scope import Scope, decode_after, encode_after, open_scope
from search.completeness.sections import SECTIONS, Section
from search.errors import NotFoundError
from search.export import csv_cell
from search.scoped import Dsl, ScopedQuery

__all__ = ["SECTIONS", "Completeness", "disclosure_status"]

MAX_PAGE = 500
CSV_FLUSH_ROWS = 200


def disclosure_status(disclosure: Dsl | None, today: date | None = None) -> str | None:
    """``received``, ``late`` (received after it was due), ``overdue`` (due, not received),
    ``awaited`` (not yet due), or None when no request is recorded."""
    if not disclosure or not (disclosure.get("reference") or disclosure.get("due")
                              or disclosure.get("received")):
        return None
    due, received = disclosure.get("due"), disclosure.get("received")
    if received:
        return "late" if due and received > due else "received"
    if due and (today or datetime.now(UTC).date()).isoformat() > due:
        return "overdue"
    return "awaited"


class Completeness(ScopedQuery):
    """The report of one collection, as the store's caller may see it."""

    def scope(self, collection: str) -> Scope:
        return open_scope(self.store, collection)

    def summary(self, collection: str) -> Dsl:
        scope = self.scope(collection)
        loads = load_counts(self.store, scope)
        disclosure = scope.record.get("disclosure") or None
        return {
            "collection": collection, "generated_at": datetime.now(UTC).isoformat(),
            "disclosure": disclosure, "disclosure_status": disclosure_status(disclosure),
            "loads": loads, "files": files_summary(loads),
            "documents": documents_summary(self.store, scope),
            "families": families_summary(self.store, scope),
            "duplicates": duplicates_summary(self.store, scope),
            "near_duplicates": near_duplicates_summary(self.store, scope),
            "recipients": recipients_summary(self.store, scope),
            "dates": date_coverage(self.store, scope),
            "custodians": custodian_coverage(self.store, scope),
        }

    def annex(self, collection: str) -> bytes:
        """The report as a DOCX to annex to a letter (search.completeness.annex)."""
        summary = self.summary(collection)
        broken = [row for row in self.rows(collection, "families") if row["status"] == "broken"]
        return write_annex(summary, broken, list(self.rows(collection, "duplicates")),
                           list(self.rows(collection, "near-duplicates")))

    def section(self, name: str) -> Section:
        if name not in SECTIONS:
            raise NotFoundError(f"no section {name} (one of {', '.join(SECTIONS)})")
        return SECTIONS[name](self.store)

    def page(self, collection: str, name: str, cursor: str | None = None,
             size: int = 100) -> Dsl:
        """One page of a list: its rows and ``next``, the cursor of the page after (None at
        the end)."""
        section = self.section(name)
        rows, after = section.page(self.scope(collection), decode_after(cursor),
                                   max(1, min(size, MAX_PAGE)))
        return {"collection": collection, "section": name, "rows": rows,
                "next": encode_after(after)}

    def rows(self, collection: str, name: str) -> Iterator[Dsl]:
        """Every row of a list (the scope is checked before the first is read)."""
        section = self.section(name)
        scope = self.scope(collection)
        return section.every(scope)

    def csv(self, collection: str, name: str) -> Iterator[str]:
        """A list as CSV lines, streamed. The collection is checked before the first line, so a
        hidden one raises before anything is sent."""
        section = self.section(name)
        scope = self.scope(collection)

        def lines() -> Iterator[str]:
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerow(section.columns)
            for number, row in enumerate(section.every(scope), start=1):
                for flat in section.csv_rows([row]):
                    writer.writerow([csv_cell(flat.get(column)) for column in section.columns])
                if number % CSV_FLUSH_ROWS == 0:
                    yield buffer.getvalue()
                    buffer.seek(0)
                    buffer.truncate()
            yield buffer.getvalue()

        return lines()
