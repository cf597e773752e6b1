"""The job of the namespace fault test: 500 files written here, containers among them (ZIP,
EML with an attachment, MBOX), and what Docket must make of them.

Every file and every member holds different words, so that each is one document of its own;
only the copies under ``copies/`` repeat bytes, which the job must record as duplicates of one
document that keeps both paths. Written rather than taken from ../shared/corpus: the outcome is
known exactly, and plain text keeps the job's length predictable on a shared two-core machine.
"""

from __future__ import annotations

import hashlib
import mailbox
import zipfile
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

STATEMENTS = 430
COPIES = 10
ZIPS, ZIP_MEMBERS = 25, 2
EMAILS = 25
MBOXES, MESSAGES = 10, 3
FILES = STATEMENTS + COPIES + ZIPS + EMAILS + MBOXES


@dataclass
class Expected:
    """What the job must produce: the top-level files' ledger states, and every document by
    path (with its bytes' SHA-256 where the bytes are written here, not cut out by Docket)."""

    states: dict[str, int] = field(default_factory=dict)
    documents: dict[str, str | None] = field(default_factory=dict)
    paths_of: dict[str, list[str]] = field(default_factory=dict)  # sha256 -> every path

    def add(self, path: str, data: bytes | None) -> None:
        sha256 = hashlib.sha256(data).hexdigest() if data is not None else None
        self.documents[path] = sha256
        if sha256:
            self.paths_of.setdefault(sha256, []).append(path)


def statement(n: int) -> str:
    return (f"Statement {n} about the tender number {n * 7919} for vellichor{n:04d}. "
            f"Taken in Harwick on {n % 28 + 1} March 2001 by Detective Sergeant Ruth Okafor.\n"
            f"The witness, Mr Alan Pryce of {n + 1} Mill Lane, saw a blue Transit van.\n")


def message(box: int, number: int, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Alice Rowe <alice.rowe@example.org>"
    msg["To"] = "Ben Hale <ben.hale@example.org>"
    msg["Subject"] = f"Depot inspection {box}-{number}"
    msg["Date"] = f"Mon, {number + 1:02d} Mar 2021 09:00:00 +0000"
    msg["Message-ID"] = f"<netns-{box}-{number}@example.org>"
    msg.set_content(body)
    return msg


def write_job(folder: Path) -> Expected:
    """Write the 500 files under ``folder``; returns what the job must make of them."""
    expected = Expected(states={"indexed": FILES - COPIES, "duplicate": COPIES})
    (folder / "copies").mkdir(parents=True)
    for n in range(STATEMENTS):
        data = statement(n).encode()
        (folder / f"statement-{n:04d}.txt").write_bytes(data)
        expected.add(f"statement-{n:04d}.txt", data)
    for n in range(COPIES):
        data = statement(n).encode()
        (folder / "copies" / f"copy-{n}.txt").write_bytes(data)
        expected.paths_of[hashlib.sha256(data).hexdigest()].append(f"copies/copy-{n}.txt")
    _write_zips(folder, expected)
    _write_emails(folder, expected)
    _write_mboxes(folder, expected)
    return expected


def _write_zips(folder: Path, expected: Expected) -> None:
    for n in range(ZIPS):
        name = f"bundle-{n:02d}.zip"
        with zipfile.ZipFile(folder / name, "w", zipfile.ZIP_DEFLATED) as zf:
            for m in range(ZIP_MEMBERS):
                data = statement(1000 + n * ZIP_MEMBERS + m).encode()
                zf.writestr(f"notes-{m}.txt", data)
                expected.add(f"{name}/notes-{m}.txt", data)
        expected.add(name, (folder / name).read_bytes())


def _write_emails(folder: Path, expected: Expected) -> None:
    for n in range(EMAILS):
        name = f"mail-{n:02d}.eml"
        msg = message(n, 0, f"Please find the notes attached, reference gallimaufry{n:02d}.")
        attachment = statement(2000 + n).encode()
        msg.add_attachment(attachment, maintype="text", subtype="plain", filename="notes.txt")
        (folder / name).write_bytes(msg.as_bytes())
        expected.add(name, (folder / name).read_bytes())
        expected.add(f"{name}/notes.txt", attachment)


def _write_mboxes(folder: Path, expected: Expected) -> None:
    for n in range(MBOXES):
        name = f"export-{n:02d}.mbox"
        box = mailbox.mbox(str(folder / name))
        for m in range(1, MESSAGES + 1):
            box.add(message(100 + n, m, statement(3000 + n * MESSAGES + m)))
            # The message's bytes are cut out of the box by Docket: known by path only.
            expected.add(f"{name}/message-{m:05d}.eml", None)
        box.flush()
        box.close()
        expected.add(name, (folder / name).read_bytes())
