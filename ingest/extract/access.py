"""Microsoft Access databases (.mdb from Jet 3 to Jet 4, .accdb): the case and referral logs a
council team kept in Access from the late 1990s.

mdbtools (Debian's ``mdbtools``) lists the user tables and exports each as CSV; every table is
read as pages of records under its name and its column names (``ingest.extract.grids``). OLE
object columns (an embedded Word file) are left out as bytes: their text is not reachable
here. Rich-text memo fields hold HTML; their text is kept, not their markup.
"""

from __future__ import annotations

import contextlib
import csv
import html
import io
import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

from ingest.errors import CorruptFile, ExtractionTimeout, UnsupportedFormat
from ingest.extract import ExtractContext
from ingest.extract.grids import TABLE_HEADING, GridPages
from ingest.formats import Format, register
from ingest.model import Extraction

TIMEOUT_S = 300.0  # the whole database
MAX_TABLES = 2_000
_TAG = re.compile(r"<[^>]{0,2000}>")
csv.field_size_limit(16 * 1024 * 1024)  # a memo field may be long; the page bound is later


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise UnsupportedFormat("mdbtools is not installed, needed for Access databases")
    return found


def _deadline_left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise ExtractionTimeout(f"reading the Access database took longer than {TIMEOUT_S:.0f}s")
    return left


def _tables(path: Path, deadline: float) -> list[str]:
    try:
        done = subprocess.run([_tool("mdb-tables"), "-1", str(path)], capture_output=True,
                              timeout=_deadline_left(deadline), check=False)
    except subprocess.TimeoutExpired:
        raise ExtractionTimeout("listing the Access database's tables took too long") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise CorruptFile("mdbtools could not read the Access database (damaged, or encrypted: "
                          f"{reason[-1] if reason else 'no reason given'})")
    names = [line for line in done.stdout.decode("utf-8", "replace").splitlines() if line]
    return names[:MAX_TABLES]


def _cell(value: str) -> str:
    if "<" in value and ">" in value:  # a rich-text memo's HTML
        value = _TAG.sub(" ", value)
    return html.unescape(value) if "&" in value else value


def _rows(path: Path, table: str, deadline: float) -> Iterator[list[str]]:
    """The table's rows as mdb-export writes them, header first, killed at the deadline."""
    command = [_tool("mdb-export"), "-b", "strip", "-D", "%Y-%m-%d", "-T", "%Y-%m-%d %H:%M:%S",
               str(path), table]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        assert process.stdout is not None
        text = io.TextIOWrapper(process.stdout, encoding="utf-8", errors="replace", newline="")
        for row in csv.reader(text):
            _deadline_left(deadline)
            yield [_cell(value) for value in row]
    finally:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def extract_access(path: Path, context: ExtractContext) -> Extraction:
    deadline = time.monotonic() + TIMEOUT_S
    grid = GridPages()
    try:
        for table in _tables(path, deadline):
            rows = _rows(path, table, deadline)
            columns = next(rows, None)
            if columns is not None:
                grid.add(columns, rows, heading=f"{TABLE_HEADING}{table}")
    except csv.Error as exc:
        raise CorruptFile(f"mdbtools wrote a table of the Access database that cannot be read "
                          f"({exc})") from exc
    if not grid.pages:
        raise CorruptFile("the Access database has no user tables mdbtools can read")
    return Extraction(pages=grid.pages, extractor="mdbtools", warnings=grid.warnings)


register(
    Format(family="access", mimes=("application/x-msaccess", "application/vnd.ms-access"),
           label="database", extractor=extract_access),
)
