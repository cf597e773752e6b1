"""Assemble the documents, render each to its format, write them and describe them."""

from __future__ import annotations

import os
from datetime import UTC
from pathlib import Path

from ingest.samples import cast, texts_council, texts_mail, texts_misc, texts_police
from ingest.samples import texts_reports as reports
from ingest.samples.doc import Doc, rng_for
from ingest.samples.manifest import SampleAttachment, SampleFile, SampleManifest
from ingest.samples.render_files import render_bytes
from ingest.samples.render_pdf import render_pdf
from ingest.samples.render_scan import render_scan


def documents(seed: int) -> tuple[list[Doc], list[Doc]]:
    """(text documents, documents that become scans), in a fixed order."""
    police = [texts_police.missing_person_report, texts_police.sightings_log,
              texts_police.marsh_statement, texts_police.rudd_statement, texts_police.layby_log]
    docs = [make(seed) for make in (*police, *reports.ALL)]
    docs += texts_council.council_docs(seed)
    docs += texts_mail.mail_docs(seed)
    docs += texts_misc.misc_docs(seed)
    return docs, texts_misc.letters(seed)


def _render(doc: Doc, seed: int, scanned: bool) -> tuple[bytes, int, dict[str, int]]:
    if scanned:
        scan = render_scan(doc, rng_for(seed, f"scan:{doc.path}"))
        return scan.data, scan.page_count, scan.page_of_phrase
    if doc.fmt == "pdf":
        pdf = render_pdf(doc)
        return pdf.data, pdf.page_count, pdf.page_of_phrase
    return render_bytes(doc), 1, dict.fromkeys(doc.phrases, 1)


def _describe(doc: Doc, pages: int, page_of_phrase: dict[str, int]) -> SampleFile:
    attachments = [SampleAttachment(a.path, a.fmt, a.people, list(a.phrases))
                   for a in doc.attachments]
    encoding = doc.encoding if doc.fmt in ("txt", "csv", "html", "eml") else None
    return SampleFile(doc.path, doc.kind, doc.fmt, doc.title, doc.when.date().isoformat(), pages,
                      doc.people, list(doc.phrases), page_of_phrase, encoding, attachments)


def generate(out_dir: Path, seed: int) -> SampleManifest:
    root = Path(out_dir)
    if root.exists() and any(root.iterdir()):
        # Everything in the folder gets ingested, and file names depend on the seed, so
        # writing over an older corpus would leave stale files mixed in with the new ones.
        raise FileExistsError(f"{root} is not empty; sample corpora go into an empty folder")
    texts, scans = documents(seed)
    files: list[SampleFile] = []
    for doc, scanned in [*((d, False) for d in texts), *((d, True) for d in scans)]:
        data, pages, page_of_phrase = _render(doc, seed, scanned)
        target = root / doc.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        # File dates are evidence in their own right for ingest; give each its document date.
        stamp = doc.when.replace(tzinfo=UTC).timestamp()
        os.utime(target, (stamp, stamp))
        files.append(_describe(doc, pages, page_of_phrase))
    if len({f.path for f in files}) != len(files):
        raise RuntimeError("two sample documents share a path")
    files.sort(key=lambda f: f.path)
    return SampleManifest(root, seed, files, list(cast.PEOPLE), list(cast.PLACES),
                          list(cast.PHONES), list(cast.VEHICLES), list(cast.ORGANISATIONS),
                          (cast.ASSOCIATES[0].name, cast.ASSOCIATES[1].name))
