"""The report's lists, each paged for the page and read whole for the CSV: the files received
with their ledger states, the families, the duplicates with every path, the near-duplicate
groups and the e-mail addresses. No list is capped: a page holds ``size`` rows, each complete
(a family with all its broken members, a duplicate with all its paths, a group with all its
members), and the CSV walks every page.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from search.completeness.scope import Scope, all_buckets, composite_page, sorted_page
from search.ledger import LEDGER_STATES
from search.scoped import Dsl, ScopedStore

BY_PATH = [{"path": "asc"}, {"id": "asc"}]
FILE_FIELDS = ["path", "state", "job_id", "container", "parent", "depth", "control", "doc_id",
               "sha256", "size", "mime", "stage", "error_class", "error_message", "children"]
BROKEN_STATES = ("failed", "password_protected")
# A container's own state says what became of its members (ingest.job.family settles it).
FAMILY_STATUS = {"indexed": "intact", "partial": "broken", "failed": "broken",
                 "password_protected": "broken", "queued": "pending"}
DOC_FIELDS = ["id", "control", "title", "type", "path", "paths", "date", "custodian",
              "collection"]
# The documents' fields of an e-mail's addresses, by role.
ROLES = {"from": "email_from", "to": "email_to", "cc": "email_cc", "bcc": "email_bcc"}


@dataclass
class Section:
    """A list of the report: ``name`` in the URL, ``columns`` of its CSV."""

    store: ScopedStore
    name: ClassVar[str]
    columns: ClassVar[tuple[str, ...]]
    walk_size: ClassVar[int] = 500

    def page(self, scope: Scope, after: Any, size: int) -> tuple[list[Dsl], Any]:
        """Rows after ``after``, and the position after the last (None at the end)."""
        raise NotImplementedError

    def csv_rows(self, rows: list[Dsl]) -> Iterator[Dsl]:
        """Rows as the CSV's (flat) rows."""
        yield from rows

    def every(self, scope: Scope) -> Iterator[Dsl]:
        """Every row, page by page."""
        after = None
        while True:
            rows, after = self.page(scope, after, self.walk_size)
            yield from rows
            if after is None:
                return


@dataclass
class Files(Section):
    """Every file the loads received and everything found inside them, by path."""

    name = "files"
    columns = ("path", "state", "container", "control", "job_id", "sha256", "size", "mime",
               "stage", "error_class", "error_message")

    def page(self, scope: Scope, after: Any, size: int) -> tuple[list[Dsl], Any]:
        return sorted_page(self.store, self.store.indices.ledger, scope.ledger(), BY_PATH, after,
                           size, FILE_FIELDS)


def documents_by_id(store: ScopedStore, ids: list[str]) -> dict[str, Dsl]:
    """The documents of these ids the caller may see (from the copy they read)."""
    if not ids:
        return {}
    hits = store.search(store.indices.documents, {
        "size": len(ids), "_source": DOC_FIELDS,
        "query": {"bool": {"filter": [{"ids": {"values": ids}}]}}})["hits"]["hits"]
    return {hit["_id"]: hit["_source"] for hit in hits}


@dataclass
class Families(Section):
    """Every container the loads received or found (an e-mail with attachments, an archive, a
    mailbox), intact or broken, with its members' states and every broken member."""

    name = "families"
    columns = ("path", "status", "state", "control", "type", "members", "member_states",
               "broken_members", "error_message")

    def page(self, scope: Scope, after: Any, size: int) -> tuple[list[Dsl], Any]:
        entries, after = sorted_page(
            self.store, self.store.indices.ledger, scope.ledger({"range": {"children": {"gte": 1}}}),
            BY_PATH, after, size, FILE_FIELDS)
        if not entries:
            return [], after
        states = self._member_states(entries)
        broken = self._broken_members(scope, entries)
        documents = documents_by_id(self.store, sorted({e["doc_id"] for e in entries
                                                        if e.get("doc_id")}))
        rows = []
        for entry, counts in zip(entries, states, strict=True):
            document = documents.get(entry.get("doc_id") or "", {})
            rows.append({
                "path": entry["path"], "state": entry["state"],
                "status": FAMILY_STATUS.get(entry["state"], "broken"),
                "doc_id": entry.get("doc_id"), "control": entry.get("control"),
                "type": document.get("type") or entry.get("mime"), "title": document.get("title"),
                "members": entry.get("children") or 0, "member_states": counts,
                "broken_members": broken.get(entry["path"], []),
                "error_message": entry.get("error_message"), "job_id": entry["job_id"]})
        return rows, after

    def _members(self, entry: Dsl) -> Dsl:
        """Everything found under a container, at any depth."""
        return {"bool": {"filter": [{"term": {"job_id": entry["job_id"]}},
                                    {"term": {"container": entry.get("container") or entry["path"]}},
                                    {"prefix": {"path": f"{entry['path']}/"}}]}}

    def _member_states(self, entries: list[Dsl]) -> list[dict[str, int]]:
        answers = self.store.msearch([(self.store.indices.ledger, {
            "size": 0, "query": self._members(entry),
            "aggs": {"states": {"terms": {"field": "state", "size": len(LEDGER_STATES)}}}})
            for entry in entries])
        return [{b["key"]: b["doc_count"] for b in answer["aggregations"]["states"]["buckets"]}
                for answer in answers]

    def _broken_members(self, scope: Scope, entries: list[Dsl]) -> dict[str, list[Dsl]]:
        """The failed and locked members of the page's broken families, by family path."""
        broken = [e for e in entries if FAMILY_STATUS.get(e["state"]) == "broken"]
        if not broken:
            return {}
        query = scope.ledger({"terms": {"state": list(BROKEN_STATES)}},
                             {"bool": {"should": [self._members(e) for e in broken],
                                       "minimum_should_match": 1}})
        found: dict[str, list[Dsl]] = {}
        for hit in self.store.scan(self.store.indices.ledger, {
                "query": query, "sort": BY_PATH, "_source": FILE_FIELDS}, preserve_order=True):
            member = hit["_source"]
            for family in broken:
                if (member["job_id"] == family["job_id"]
                        and member["path"].startswith(f"{family['path']}/")):
                    found.setdefault(family["path"], []).append({
                        key: member.get(key) for key in ("path", "state", "error_class",
                                                         "error_message")})
        return found

    def csv_rows(self, rows: list[Dsl]) -> Iterator[Dsl]:
        for row in rows:
            yield {**row,
                   "member_states": "; ".join(f"{state}: {count}" for state, count
                                              in sorted(row["member_states"].items())),
                   "broken_members": "; ".join(f"{m['path']} ({m['state']})"
                                               for m in row["broken_members"])}


@dataclass
class Duplicates(Section):
    """Every document whose bytes the loads met more than once, with every path they were found
    at: the path it was kept under and each suppressed copy's."""

    name = "duplicates"
    columns = ("control", "doc_id", "title", "role", "path", "container", "job_id")

    def page(self, scope: Scope, after: Any, size: int) -> tuple[list[Dsl], Any]:
        copies_query = scope.ledger({"term": {"state": "duplicate"}},
                                    {"exists": {"field": "doc_id"}})
        buckets, after = composite_page(
            self.store, self.store.indices.ledger, copies_query,
            [{"doc": {"terms": {"field": "doc_id"}}}], after, size)
        ids = [b["key"]["doc"] for b in buckets]
        if not ids:
            return [], after
        copies: dict[str, list[Dsl]] = {}
        query = scope.ledger({"term": {"state": "duplicate"}}, {"terms": {"doc_id": ids}})
        for hit in self.store.scan(self.store.indices.ledger, {
                "query": query, "sort": BY_PATH, "_source": FILE_FIELDS}, preserve_order=True):
            entry = hit["_source"]
            copies.setdefault(entry["doc_id"], []).append(
                {"path": entry["path"], "container": entry.get("container"),
                 "job_id": entry["job_id"]})
        documents = documents_by_id(self.store, ids)
        return [self._row(doc_id, documents.get(doc_id), copies.get(doc_id, []))
                for doc_id in ids], after

    @staticmethod
    def _row(doc_id: str, document: Dsl | None, copies: list[Dsl]) -> Dsl:
        document = document or {}
        kept = document.get("path")
        paths = list(dict.fromkeys(p for p in [kept, *(document.get("paths") or []),
                                               *(c["path"] for c in copies)] if p))
        return {"doc_id": doc_id, "control": document.get("control"),
                "title": document.get("title"), "kept_path": kept, "found": bool(document),
                "copies": copies, "paths": paths}

    def csv_rows(self, rows: list[Dsl]) -> Iterator[Dsl]:
        for row in rows:
            common = {"control": row["control"], "doc_id": row["doc_id"], "title": row["title"]}
            copied = {c["path"]: c for c in row["copies"]}
            for path in row["paths"]:
                copy = copied.get(path)
                role = "copy" if copy else ("kept" if path == row["kept_path"] else "also at")
                yield {**common, "role": role, "path": path,
                       **({"container": copy["container"], "job_id": copy["job_id"]}
                          if copy else {})}


@dataclass
class NearDuplicates(Section):
    """Every group of near-duplicate documents (``near_dup_group``), with all its members."""

    name = "near-duplicates"
    columns = ("group", "control", "doc_id", "title", "date", "path")

    def page(self, scope: Scope, after: Any, size: int) -> tuple[list[Dsl], Any]:
        index = self.store.indices.documents
        buckets, after = composite_page(
            self.store, index, scope.documents({"exists": {"field": "near_dup_group"}}),
            [{"group": {"terms": {"field": "near_dup_group"}}}], after, size)
        groups = [b["key"]["group"] for b in buckets]
        if not groups:
            return [], after
        members: dict[str, list[Dsl]] = {}
        query = scope.documents({"terms": {"near_dup_group": groups}})
        for hit in self.store.scan(index, {"query": query, "_source": [*DOC_FIELDS,
                                                                          "near_dup_group"]}):
            source = hit["_source"]
            members.setdefault(source["near_dup_group"], []).append(
                {key: source.get(key) for key in ("id", "control", "title", "date", "path")})
        return [{"group": group, "members": sorted(members.get(group, []),
                                                   key=lambda m: m.get("control") or ""),
                 "size": len(members.get(group, []))} for group in groups], after

    def csv_rows(self, rows: list[Dsl]) -> Iterator[Dsl]:
        for row in rows:
            for member in row["members"]:
                yield {"group": row["group"], "doc_id": member["id"], **member}


def address_table(store: ScopedStore, scope: Scope) -> list[Dsl]:
    """Every e-mail address in the collection's messages with the number of documents it is
    in as sender, recipient, copied and blind-copied, by address."""
    table: dict[str, Dsl] = {}
    for role, source in ROLES.items():
        for bucket in all_buckets(store, store.indices.documents,
                                  scope.documents({"exists": {"field": source}}),
                                  [{"address": {"terms": {"field": source}}}]):
            address = bucket["key"]["address"]
            row = table.setdefault(address, {"address": address, **dict.fromkeys(ROLES, 0)})
            row[role] = bucket["doc_count"]
    rows = [table[address] for address in sorted(table)]
    for row in rows:
        row["bcc_flag"] = row["bcc"] > 0
    return rows


@dataclass
class Recipients(Section):
    """Every address, with its counts by role; a Bcc recipient is flagged."""

    name = "recipients"
    columns = ("address", "from", "to", "cc", "bcc", "bcc_flag")

    def page(self, scope: Scope, after: Any, size: int) -> tuple[list[Dsl], Any]:
        start = after if isinstance(after, int) and after > 0 else 0
        rows = address_table(self.store, scope)
        end = start + size
        return rows[start:end], (end if end < len(rows) else None)

    def every(self, scope: Scope) -> Iterator[Dsl]:
        # The table is made whole (the roles are merged by address): read it once.
        yield from address_table(self.store, scope)


SECTIONS = {section.name: section for section in (Files, Families, Duplicates, NearDuplicates,
                                                  Recipients)}
