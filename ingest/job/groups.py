"""Planning page-per-file scans (the rule is ingest.scans): which files of a job are the pages
of one document, that document's dedup verdict, and its task; and the same again for a resumed
job, from the ledger.

A scan's bytes are its files' bytes in page order, so its hash (``scan_sha256``) is a hash of
theirs: the same files make the same document id, and a job run again finds it indexed. Every
file of a scan settled without a worker (already indexed, a copy of a scan this job has) gets
an entry of its own with the verdict, so received = sum of terminal states still holds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ingest.identify import identify
from ingest.job.dedup import Dedup, Verdict
from ingest.job.ledger import ledger_entry, scan_fields
from ingest.model import ScanPage, SourceFile
from ingest.scans import page_groups


@dataclass(frozen=True)
class PlannedScan:
    """A scan found among a job's files: its title, its pages and its hash."""

    title: str
    pages: tuple[ScanPage, ...]

    @property
    def sha256(self) -> str:
        return scan_sha256([page.sha256 for page in self.pages])

    @property
    def size(self) -> int:
        return sum(page.size for page in self.pages)


def scan_sha256(page_hashes: Iterable[str]) -> str:
    return hashlib.sha256(("page scan\n" + "\n".join(page_hashes)).encode()).hexdigest()


def _is_image(source: SourceFile) -> bool:
    return identify(source.path).family == "image"


def find_scans(found: list[tuple[SourceFile, str]]
               ) -> tuple[list[tuple[SourceFile, str]], list[PlannedScan]]:
    """The files that are no scan's pages, and the scans the others make."""
    hashes = {source.relpath: sha for source, sha in found}
    scans = [PlannedScan(group.title, tuple(
        ScanPage(str(f.path), f.relpath, hashes[f.relpath], f.size) for f in group.files))
        for group in page_groups((source for source, _sha in found), _is_image)]
    grouped = {page.relpath for scan in scans for page in scan.pages}
    return [(s, sha) for s, sha in found if s.relpath not in grouped], scans


def judge_scan(dedup: Dedup, scan: PlannedScan, known: dict | None) -> Verdict | None:
    """A scan's dedup verdict, judged as one file at its first page's path."""
    return dedup.judge(scan.pages[0].relpath, scan.sha256, scan.size, known, child=False)


def settled_entries(job_id: str, collection: str, scan: PlannedScan,
                    verdict: Verdict) -> list[dict]:
    """One entry per file of a scan settled without a worker, each with the scan's verdict."""
    reason = verdict.fields.get("error_message") or ""
    entries = []
    for number, page in enumerate(scan.pages, start=1):
        fields = {**verdict.fields, "sha256": page.sha256, "size": page.size,
                  "error_message": f"{page.relpath}: page {number} of the scan {scan.title} "
                                   f"({reason})" if reason else None}
        entries.append(ledger_entry(job_id, collection, page.relpath, state=verdict.state,
                                    **fields, **scan_fields(scan.title, number)))
    return entries


def scan_task_fields(scan: PlannedScan) -> dict:
    """What ``ingest.job.plan.new_task`` takes to make a scan's task (its first page is the
    task's path, the others are paths of its document)."""
    first = scan.pages[0]
    return {"path": Path(first.path), "relpath": first.relpath, "sha256": scan.sha256,
            "size": scan.size, "group": scan.title, "group_pages": scan.pages}


def resumed_scans(entries: list[dict]) -> list[PlannedScan]:
    """The scans of a job's queued entries (those that name the rule), pages in order, with
    each page's bytes as planned (the caller checks them against the files)."""
    by_doc: dict[str, list[dict]] = {}
    for entry in entries:
        by_doc.setdefault(entry["doc_id"], []).append(entry)
    return [PlannedScan(pages[0]["group"], tuple(
        ScanPage(e["source"], e["path"], e["sha256"], e.get("size") or 0)
        for e in sorted(pages, key=lambda e: e.get("group_page") or 0)))
        for pages in by_doc.values()]
