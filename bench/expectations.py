"""Score Docket's identify + extract stages against the corpus's expectations.jsonl.

    python bench/expectations.py [--corpus PATH] [--only-verified] [--jobs 2] [--failures]

No OpenSearch: each file named in the expectations is identified and extracted once, in a
process pool with a per-file timeout, and every check on it is judged from that one result.
Checks about containers (attachments, archive members, the messages of a mailbox) are judged
from the children the containers stage unpacks (the format's unpacker, as the worker runs it) and
from the files an extractor writes out, each identified and extracted in turn.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pebble import ProcessExpired, ProcessPool  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
FILE_TIMEOUT_S = 300
CHILD_DEPTH = 3

# The corpus names types the way unstructured does; these are the families Docket gives them.
FILETYPE_FAMILIES: dict[str, set[str]] = {
    "DOC": {"doc"}, "DOCX": {"docx"}, "XLS": {"xls"}, "XLSX": {"xlsx"}, "PPT": {"ppt"},
    "PPTX": {"pptx"}, "ODT": {"odt"}, "EPUB": {"epub"}, "RTF": {"rtf"}, "PDF": {"pdf"},
    "HTML": {"html"}, "XML": {"xml"}, "EML": {"email"}, "MSG": {"msg"}, "ZIP": {"zip"},
    "BMP": {"image"}, "JPG": {"image"}, "PNG": {"image"}, "TIFF": {"image"}, "HEIC": {"image"},
    "CSV": {"text"}, "TSV": {"text"}, "TXT": {"text"}, "MD": {"text"}, "RST": {"text"},
    "ORG": {"text"}, "JSON": {"text"}, "NDJSON": {"text"}, "WAV": {"audio"},
}


@dataclass
class Result:
    """What identify + extract made of one file (and of its children, by name)."""

    mime: str = ""
    family: str = ""
    error_class: str | None = None
    error: str | None = None
    text: str = ""
    pages: int = 0
    title: str | None = None
    extractor: str = ""
    seconds: float = 0.0
    children: dict[str, Result] = field(default_factory=dict)


def normalise(text: str) -> str:
    """Compare as a reader would: Unicode-composed, whitespace runs as one space."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    return re.sub(r"\s+", " ", text).strip()


def run_file(path: str, depth: int = 0, hint: str | None = None) -> Result:
    """Identify, extract and unpack one file (its members in turn); runs in a pool worker."""
    from ingest.containers import LISTING_FAMILIES, unpacker_for
    from ingest.containers.sniff import refine
    from ingest.errors import IngestError
    from ingest.extract import ExtractContext, extract
    from ingest.identify import identify

    started = time.monotonic()
    result = Result()
    try:
        identity = refine(identify(Path(path)), Path(path), hint)
        result.mime, result.family = identity.mime, identity.family
        if identity.family not in LISTING_FAMILIES:
            extraction = extract(Path(path), identity, ExtractContext())
            result.text = normalise(extraction.text)
            result.pages = len(extraction.pages)
            result.title = extraction.title or extraction.email.get("subject")
            result.extractor = extraction.extractor
            if depth < CHILD_DEPTH:
                for child in extraction.children:
                    result.children[child.name] = run_file(str(child.path), depth + 1)
        if depth < CHILD_DEPTH and unpacker_for(identity.family) is not None:
            _unpack_into(result, Path(path), unpacker_for(identity.family), depth)
    except IngestError as exc:
        result.error_class, result.error = type(exc).__name__, str(exc)
    except Exception as exc:
        result.error_class, result.error = f"unexpected {type(exc).__name__}", str(exc)[:300]
    result.seconds = time.monotonic() - started
    return result


def _unpack_into(result: Result, path: Path, unpacker: Any, depth: int) -> None:
    """The container's members as children, each run as a file of its own (skipped members,
    such as links or resource forks, are left out, as the job indexes nothing for them)."""
    import tempfile

    from ingest.containers import Budget, Limits, Unpack
    from ingest.containers.base import unique_names
    from ingest.errors import IngestError

    with tempfile.TemporaryDirectory(prefix="docket-bench-") as workdir:
        unpack = Unpack(Path(workdir), Budget(Limits()))
        try:
            for member in unique_names(unpacker(path, unpack)):
                if member.path is not None:
                    result.children[member.name] = run_file(str(member.path), depth + 1,
                                                            member.family_hint)
                elif member.error is not None:
                    result.children[member.name] = Result(
                        error_class=type(member.error).__name__, error=str(member.error))
        except IngestError as exc:
            if not result.children and not result.text:
                raise
            result.children["(unpacking stopped)"] = Result(error_class=type(exc).__name__,
                                                            error=str(exc))


def _all_text(result: Result) -> str:
    return " ".join([result.text, *(_all_text(c) for c in result.children.values())])


def judge(row: dict[str, Any], result: Result) -> tuple[bool, str]:
    """Whether one expectation holds, and why not when it does not."""
    check, value = row["check"], row.get("value")
    failed = f"{result.error_class}: {result.error}" if result.error_class else None
    if check == "filetype":
        wanted = FILETYPE_FAMILIES.get(str(value).upper(), {str(value).lower()})
        return result.family in wanted, f"family {result.family!r} ({result.mime})"
    if check == "zero_byte":
        return (result.family == "empty") == bool(value), f"family {result.family!r}"
    if check == "encrypted":
        locked = result.error_class == "PasswordProtected"
        return locked == bool(value), failed or "extracted without a password"
    if failed:
        return False, failed
    if check == "contains":
        return normalise(str(value)) in _all_text(result), "text not found"
    if check == "not_contains":
        return normalise(str(value)) not in _all_text(result), "text found"
    if check == "pages":
        return result.pages == int(value), f"{result.pages} pages"
    if check == "expect_no_text":
        return (not result.text) == bool(value), f"{len(result.text)} chars of text"
    if check == "subject":
        return (result.title or "") == value, f"title {result.title!r}"
    if check == "attachment_text":
        for name, text in dict(value).items():
            child = result.children.get(name)
            if child is None:
                return False, f"no child {name!r} (children: {sorted(result.children)})"
            if normalise(text) not in child.text:
                return False, f"{name!r} lacks the text ({child.error_class or 'extracted'})"
        return True, ""
    return False, f"check type {check!r} is not evaluated"


def run_all(paths: list[str], jobs: int, timeout: int) -> dict[str, Result]:
    results: dict[str, Result] = {}
    with ProcessPool(max_workers=jobs, max_tasks=50) as pool:
        futures = {p: pool.schedule(run_file, args=(p,), timeout=timeout) for p in paths}
        for done, (path, future) in enumerate(futures.items(), start=1):
            try:
                results[path] = future.result()
            except FutureTimeout:
                results[path] = Result(error_class="Timeout", error=f"over {timeout}s")
            except ProcessExpired as exc:
                results[path] = Result(error_class="WorkerCrashed", error=str(exc))
            print(f"\r{done}/{len(paths)} files", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return results


def _rate(rows: list[tuple[dict, bool, str]]) -> str:
    passed = sum(ok for _row, ok, _why in rows)
    return f"{passed}/{len(rows)} ({100 * passed / max(len(rows), 1):.1f}%)"


def report(judged: list[tuple[dict, bool, str]], show_failures: bool) -> None:
    verified = [j for j in judged if j[0].get("verified_locally") is True]
    print(f"verified_locally rows: {_rate(verified)}")
    print(f"all rows:              {_rate(judged)}")
    for title, key in (("check", lambda r: r["check"]),
                       ("requires", lambda r: r.get("requires") or "-"),
                       ("format", lambda r: Path(r["file"]).suffix.lower() or "(none)"),
                       ("note", lambda r: r.get("note") or "-"),
                       ("verified_locally", lambda r: str(r.get("verified_locally")))):
        groups: dict[str, list] = defaultdict(list)
        for item in judged:
            groups[key(item[0])].append(item)
        print(f"\nper {title}:")
        for name, items in sorted(groups.items()):
            print(f"  {name:28} {_rate(items)}")
    if show_failures:
        print("\nfailures:")
        for row, ok, why in judged:
            if not ok:
                flag = "V" if row.get("verified_locally") else " "
                print(f" {flag} {row['check']:14} {row['file']} {json.dumps(row.get('value'))[:70]}"
                      f"\n      -> {why[:200]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--only-verified", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=int, default=FILE_TIMEOUT_S)
    parser.add_argument("--failures", action="store_true", help="list the failing rows")
    parser.add_argument("--match", default="", help="only files whose path contains this")
    parser.add_argument("--slowest", type=int, default=0, help="list the N slowest files")
    args = parser.parse_args()
    lines = (args.corpus / "expectations.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    if args.only_verified:
        rows = [r for r in rows if r.get("verified_locally") is True]
    rows = [r for r in rows if args.match in r["file"]]
    paths = sorted({str(args.corpus / r["file"]) for r in rows})
    started = time.monotonic()
    results = run_all(paths, args.jobs, args.timeout)
    judged = [(row, *judge(row, results[str(args.corpus / row["file"])])) for row in rows]
    report(judged, args.failures)
    errors = Counter(r.error_class for r in results.values() if r.error_class)
    print(f"\n{len(paths)} files in {time.monotonic() - started:.0f}s; errors: {dict(errors)}")
    for path, result in sorted(results.items(), key=lambda i: -i[1].seconds)[: args.slowest]:
        print(f"  {result.seconds:7.1f}s {result.extractor or result.error_class} {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
