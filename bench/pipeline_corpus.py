"""Inputs of the pipeline benchmarks, built from the fictional sample corpus (ingest.samples).

Text PDFs: every text document of the corpus (police logs, reports, minutes, mail, notes) laid
out as a PDF by the corpus's own renderer, over as many seeds as the count needs; each file gets
a bundle stamp so that no two share bytes (Docket would settle copies as duplicates, unprocessed).

Mixed set: the corpus as generated (PDF, DOCX, HTML, EML, TXT, CSV) without its scans, which
measure OCR rather than the pipeline and which plain ``partition()`` cannot read either.

E-mail-heavy set: threads of .eml messages built from the corpus's paragraphs, each reply quoting
the one before, a third carrying one of a few reports or its draft (``write_email_threads``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import random
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path, PurePosixPath

from ingest.samples import generate_sample_corpus
from ingest.samples.corpus import documents
from ingest.samples.doc import Block
from ingest.samples.render_pdf import render_pdf


def write_text_pdfs(out_dir: Path, count: int) -> list[Path]:
    """``count`` distinct text PDFs under ``out_dir``, one folder per seed (a custodian)."""
    written: list[Path] = []
    for seed in itertools.count(1):
        texts, _scans = documents(seed)
        for item, doc in enumerate(texts):
            if len(written) == count:
                return written
            stamp = Block("para", f"Bundle {seed:03d}, item {item + 1:03d}")
            pdf = render_pdf(dataclasses.replace(doc, blocks=[*doc.blocks, stamp]))
            target = out_dir / f"bundle-{seed:03d}" / PurePosixPath(doc.path).with_suffix(".pdf").name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(pdf.data)
            written.append(target)
    raise AssertionError("unreachable")


def write_mixed_corpus(out_dir: Path, seeds: range) -> list[Path]:
    """The sample corpus for each seed, scans and repeated bytes removed; returns the files left.
    (A few files are the same under every seed: both pipelines get each content once.)"""
    files: dict[str, Path] = {}
    for seed in seeds:
        root = out_dir / f"seed-{seed:03d}"
        generate_sample_corpus(root, seed)
        _texts, scans = documents(seed)
        for scan in scans:
            (root / scan.path).unlink()
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest in files:
                path.unlink()
            else:
                files[digest] = path
    return list(files.values())


# ---- an e-mail-heavy set: threads that quote, attachments that repeat ------------------------

SENDERS = ("Sarah Whitlock", "Martin Ashby", "Brian Tolley", "Helen Danby", "Peter Marsh")
THREAD_LENGTH = (2, 9)  # messages a thread holds, fewest and most


def _prose(seeds: range) -> list[str]:
    """The sample corpus's paragraphs and log entries: the material messages are made of."""
    return [block.text for seed in seeds for doc in documents(seed)[0] for block in doc.blocks
            if block.style in ("para", "entry", "quote") and len(block.text.split()) >= 8]


def _attachments(prose: list[str], rng: random.Random) -> list[tuple[str, str]]:
    """Reports attached again and again; each has a draft that differs in one paragraph."""
    found = []
    for number in range(12):
        body = rng.sample(prose, 6)
        found.append((f"report-{number:02d}.txt", "\n\n".join(body)))
        draft = [*body[:3], rng.choice(prose), *body[4:]]
        found.append((f"report-{number:02d}-draft.txt", "\n\n".join(draft)))
    return found


def _message(sender: str, to: str, subject: str, when: datetime, body: str,
             attachment: tuple[str, str] | None) -> bytes:
    message = EmailMessage()
    message["From"] = f"{sender} <{sender.lower().replace(' ', '.')}@northshire.example>"
    message["To"] = f"{to} <{to.lower().replace(' ', '.')}@northshire.example>"
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message.set_content(body)
    if attachment is not None:
        name, text = attachment
        message.add_attachment(text.encode(), maintype="text", subtype="plain", filename=name)
    return bytes(message)


def write_email_threads(out_dir: Path, count: int, seed: int = 1) -> list[Path]:
    """``count`` .eml messages in threads: each reply adds a paragraph or two and quotes the
    message before it in full ("> "), and a third carry one of a few reports (or its draft).
    Deterministic for a seed."""
    rng = random.Random(seed)
    prose = _prose(range(seed, seed + 3))
    attachments = _attachments(prose, rng)
    written: list[Path] = []
    when = datetime(1999, 3, 1, 9, 0, tzinfo=UTC)
    for thread in itertools.count(1):
        # A paragraph's first words can cross a line break, which a header must not hold.
        opening = " ".join(rng.choice(prose)[:40].split())
        subject, previous = f"Case file {thread:04d}: {opening}", ""
        previous_when = when
        people = rng.sample(SENDERS, 2)
        for reply in range(rng.randint(*THREAD_LENGTH)):
            if len(written) == count:
                return written
            sender, to = people[reply % 2], people[(reply + 1) % 2]
            when += timedelta(minutes=rng.randint(20, 600))
            new = "\n\n".join(rng.sample(prose, rng.randint(1, 2)))
            body = new if not previous else (
                f"{new}\n\nOn {previous_when:%d %b %Y %H:%M}, {to} wrote:\n"
                + "\n".join(f"> {line}" if line else ">" for line in previous.split("\n")))
            attachment = rng.choice(attachments) if rng.random() < 0.35 else None
            target = out_dir / f"thread-{thread:04d}" / f"message-{reply + 1:02d}.eml"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(_message(sender, to, f"{'Re: ' if reply else ''}{subject}", when,
                                        body, attachment))
            written.append(target)
            previous, previous_when = body, when
    raise AssertionError("unreachable")
