"""PST/OST mailboxes with ``pffexport`` (Debian's pff-tools): each message becomes an RFC 822
child, so its body, headers, thread and attachments go through the same e-mail code as any EML.

pffexport writes the whole mailbox to disk first. It runs with a per-file size limit and under a
watch of the export's total size, and is stopped when the export passes what is left of the
budget; a PST is not compressed, so its export is about its own size. Messages are then written
as MIME by streaming each attachment through base64, so no attachment is held in memory.
"""

from __future__ import annotations

import base64
import os
import resource
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from ingest.containers.base import Member, Unpack, clean_name
from ingest.containers.limits import ExpandedTooLarge, Sink, human
from ingest.errors import CorruptFile, ExtractionTimeout, UnsupportedFormat
from ingest.formats import Format, register

EXPORT_TIMEOUT_S = 4 * 3600
POLL_S = 1.0
_DROP = ("content-type", "content-transfer-encoding", "mime-version")


def _du(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def _export(path: Path, unpack: Unpack) -> Path:
    binary = shutil.which("pffexport")
    if binary is None:
        raise UnsupportedFormat("PST/OST needs pffexport (Debian package pff-tools)")
    target = unpack.workdir / f"pst-{uuid.uuid4().hex[:8]}"
    allowed = unpack.limits.max_bytes - unpack.budget.bytes

    def limit_files() -> None:  # in the child: no single exported file past the budget
        resource.setrlimit(resource.RLIMIT_FSIZE, (allowed, allowed))

    log = target.with_name(target.name + ".log")
    with log.open("wb") as errors:  # a file, not a pipe: a chatty export cannot block on it
        proc = subprocess.Popen(
            [binary, "-q", "-f", "all", "-t", str(target), str(path)],
            stdout=subprocess.DEVNULL, stderr=errors, preexec_fn=limit_files,
        )
    started = time.monotonic()
    while proc.poll() is None:
        time.sleep(POLL_S)
        export = target.with_name(target.name + ".export")
        if export.exists() and _du(export) > allowed:
            proc.kill()
            proc.wait()
            raise ExpandedTooLarge(f"the mailbox exports to more than {human(allowed)}")
        if time.monotonic() - started > EXPORT_TIMEOUT_S:
            proc.kill()
            proc.wait()
            raise ExtractionTimeout(f"pffexport took longer than {EXPORT_TIMEOUT_S}s")
    export = target.with_name(target.name + ".export")
    if proc.returncode != 0 or not export.is_dir():
        error = log.read_text("utf-8", "replace")
        raise CorruptFile(f"pffexport could not read the mailbox ({error.strip()[:300]})")
    return export


def _headers(folder: Path) -> list[str]:
    internet = folder / "InternetHeaders.txt"
    if internet.is_file():
        lines = internet.read_text("utf-8", "replace").splitlines()
        kept: list[str] = []
        dropping = False
        for line in lines:
            if not line.strip() or line.startswith("Microsoft Mail Internet Headers"):
                continue
            if not line[:1].isspace():
                dropping = line.split(":", 1)[0].strip().lower() in _DROP
            if not dropping:
                kept.append(line)
        return kept
    fields: dict[str, str] = {}
    outlook = folder / "OutlookHeaders.txt"
    if outlook.is_file():
        for line in outlook.read_text("utf-8", "replace").splitlines():
            key, _sep, value = line.partition(":")
            fields.setdefault(key.strip(), value.strip())
    sender = fields.get("Sender email address", "")
    name = fields.get("Sender name", "")
    headers = [f"From: {name} <{sender}>" if "@" in sender else f"From: {name or sender}"]
    recipients = _recipients(folder / "Recipients.txt")
    for kind in ("To", "Cc", "Bcc"):
        if recipients.get(kind):
            headers.append(f"{kind}: {', '.join(recipients[kind])}")
    if fields.get("Subject"):
        headers.append(f"Subject: {fields['Subject']}")
    if fields.get("Client submit time"):
        headers.append(f"X-Docket-Submit-Time: {fields['Client submit time']}")
    return headers


def _recipients(path: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    if not path.is_file():
        return found
    for block in path.read_text("utf-8", "replace").split("\n\n"):
        fields = {k.strip(): v.strip() for k, _s, v in (ln.partition(":") for ln in block.splitlines())}
        kind = fields.get("Recipient type", "To")
        address = fields.get("Email address") or fields.get("Display name")
        if address:
            found.setdefault(kind if kind in ("To", "Cc", "Bcc") else "To", []).append(address)
    return found


def _write_message(folder: Path, sink: Sink) -> None:
    """One exported message folder as MIME: headers, body, then each attachment."""
    boundary = f"docket-{uuid.uuid4().hex}"
    head = [h for h in _headers(folder)]
    head += ["MIME-Version: 1.0", f'Content-Type: multipart/mixed; boundary="{boundary}"', "", ""]
    sink.write("\r\n".join(head).encode("utf-8", "replace"))
    for body, kind in (("Message.txt", "text/plain"), ("Message.html", "text/html")):
        if (folder / body).is_file():
            _part(sink, boundary, folder / body, kind, None)
            break
    else:
        if (folder / "Message.rtf").is_file():
            _part(sink, boundary, folder / "Message.rtf", "application/rtf", "message.rtf")
    attachments = folder / "Attachments"
    if attachments.is_dir():
        for item in sorted(attachments.iterdir()):
            if item.is_file():
                _part(sink, boundary, item, "application/octet-stream", item.name)
            for inner in sorted(item.glob("Message*")) if item.is_dir() else ():
                sink.write(f"--{boundary}\r\nContent-Type: message/rfc822\r\nContent-Disposition:"
                           f' attachment; filename="{inner.name}.eml"\r\n\r\n'.encode())
                _write_message(inner, sink)
                sink.write(b"\r\n")
    sink.write(f"--{boundary}--\r\n".encode())


def _part(sink: Sink, boundary: str, path: Path, kind: str, filename: str | None) -> None:
    disposition = f'Content-Disposition: attachment; filename="{filename}"\r\n' if filename else ""
    charset = "; charset=utf-8" if kind.startswith("text/") else ""
    sink.write(f"--{boundary}\r\nContent-Type: {kind}{charset}\r\n{disposition}"
               "Content-Transfer-Encoding: base64\r\n\r\n".encode("utf-8", "replace"))
    with path.open("rb") as handle:
        while chunk := handle.read(57 * 1024):  # whole base64 lines of 76 characters
            sink.write(base64.encodebytes(chunk).replace(b"\n", b"\r\n"))


def pst_members(path: Path, unpack: Unpack) -> Iterator[Member]:
    export = _export(path, unpack)
    try:
        for folder, dirs, _files in os.walk(export):
            dirs.sort()
            here = Path(folder)
            if here.name == "Attachments" or here.parent.name == "Attachments":
                dirs.clear()  # attached messages are written inside their parent message
                continue
            if (here / "OutlookHeaders.txt").is_file() or (here / "Message.txt").is_file():
                dirs.clear()
                name = clean_name(here.relative_to(export).as_posix(), "message") + ".eml"
                yield unpack.member(name, lambda sink, here=here: _write_message(here, sink),
                                    hint="email")
    finally:
        shutil.rmtree(export, ignore_errors=True)


# libmagic has no name for a PST/OST file.
register(Format(family="pst", mimes=("application/vnd.ms-outlook-pst",), label="mailbox",
                unpacker=pst_members, mail=True, signatures=(b"!BDN",)))
