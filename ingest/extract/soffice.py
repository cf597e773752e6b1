"""LibreOffice headless as a converter, bounded in time and memory.

Each call gets its own user profile: two soffice processes sharing a profile block or crash on
its lock, and the pool runs one per core. The process runs in its own session so that a
timeout kills soffice.bin as well as the launcher that started it.
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ingest.errors import CorruptFile, ExtractionTimeout, UnsupportedFormat

TIMEOUT_S = 180
# Address space, not resident memory: soffice maps ~400 MB before it reads a byte.
MEMORY_LIMIT_BYTES = 3 * 1024**3
CPU_LIMIT_S = TIMEOUT_S + 30


def available() -> bool:
    return shutil.which("soffice") is not None


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_LIMIT_S, CPU_LIMIT_S))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def convert(source: Path, suffix: str, target: str, workdir: Path, timeout: float = TIMEOUT_S) -> Path:
    """Convert ``source`` (read as a ``suffix`` file) with filter ``target`` ("docx", "xlsx",
    "txt:Text"...); the converted file is written under ``workdir``."""
    if not available():
        raise UnsupportedFormat("LibreOffice (soffice) is not installed, needed for this format")
    # A fixed name with the family's extension: LibreOffice picks its import filter partly by
    # extension, and the corpus has files named .dat, .tmp or nothing at all.
    linked = workdir / f"input.{suffix}"
    linked.symlink_to(source.resolve())
    outdir = workdir / "out"
    with tempfile.TemporaryDirectory(prefix="docket-lo-") as profile:
        command = [
            "soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
            "--nologo", "--nodefault", "--nolockcheck", "--convert-to", target,
            "--outdir", str(outdir), str(linked),
        ]
        env = {**os.environ, "HOME": profile, "SAL_USE_VCLPLUGIN": "svp"}
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
            preexec_fn=_limits, start_new_session=True,
        )
        try:
            _out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise ExtractionTimeout(f"LibreOffice took longer than {timeout:.0f}s") from None
        finally:
            _reap_group(process.pid)
    produced = sorted(outdir.glob("input.*")) if outdir.is_dir() else []
    if not produced:
        reason = err.decode("utf-8", "replace").strip().splitlines()
        detail = next((line for line in reason if "rror" in line), "no output")
        raise CorruptFile(f"LibreOffice could not read the {suffix.upper()} file ({detail})")
    return produced[0]


def _reap_group(pgid: int) -> None:
    """soffice.bin can outlive its launcher; never leave one behind holding memory."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)
