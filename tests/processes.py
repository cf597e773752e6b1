"""Real processes for end-to-end tests: a throwaway redis-server, ``docket worker`` and the
``docket`` CLI as a user runs them, and patient waits that are never asserted on."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]  # the checkout: its processes run from its root
DOCKET = Path(sys.executable).with_name("docket")
WAIT_S = 300  # spaCy, unstructured and OpenSearch refreshes on a slow machine; never asserted on
JOB_LINE = re.compile(r"job (\S+): \d+ files received")


def wait_for(condition: Callable[[], bool], what: str, timeout: float = WAIT_S,
             log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}" + (f"\n{tail(log)}" if log else ""))
        time.sleep(0.3)


def tail(log: Path, lines: int = 60) -> str:
    text = log.read_text(errors="replace") if log.exists() else "(no output)"
    return f"--- {log.name} ---\n" + "\n".join(text.splitlines()[-lines:])


# --- redis and the worker ----------------------------------------------------------------


@contextmanager
def broker_env(url: str) -> Iterator[None]:
    """DOCKET_BROKER_URL set in this process for the duration (the settings and the Celery client
    read it from the environment), then put back as it was."""
    from config import reset_settings

    saved = os.environ.get("DOCKET_BROKER_URL")
    os.environ["DOCKET_BROKER_URL"] = url
    reset_settings()
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("DOCKET_BROKER_URL", None)
        else:
            os.environ["DOCKET_BROKER_URL"] = saved
        reset_settings()


def docket_env(broker_url: str) -> dict[str, str]:
    # DOCKET_INDEX_PREFIX, _DATA_DIR and _CACHE_DIR come from this process, so the worker and the
    # CLI use the same indices as the `store` fixture.
    return {**os.environ, "DOCKET_BROKER_URL": broker_url, "PYTHONUNBUFFERED": "1"}


def docket(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(DOCKET), *args], env=env, cwd=REPO, capture_output=True,
                          text=True, timeout=WAIT_S)


def stop_worker(proc: subprocess.Popen[bytes]) -> int:
    """Warm shutdown (SIGTERM: finish the current file, then exit); killed only if it hangs."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=WAIT_S)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return proc.returncode


@contextmanager
def running_worker(env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """``docket worker --concurrency 1``, ready to take work. Its output is printed on the way
    out, which pytest shows when the test failed."""
    with log.open("wb") as out:
        proc = subprocess.Popen([str(DOCKET), "worker", "--concurrency", "1"], env=env, cwd=REPO,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        def ready() -> bool:
            if proc.poll() is not None:
                pytest.fail(f"the worker exited with {proc.returncode}\n{tail(log)}")
            return re.search(r"celery@\S+ ready\.", log.read_text(errors="replace")) is not None

        wait_for(ready, "the worker to be ready", log=log)
        yield proc
    finally:
        stop_worker(proc)
        print(tail(log, 200))


def pool_processes(pid: int) -> list[int]:
    """The worker's pool processes: its children, read from /proc."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            children.append(int(stat.parent.name))
    return children



def job_id_of(result: subprocess.CompletedProcess[str]) -> str:
    match = JOB_LINE.search(result.stderr)
    assert match, f"no job line in:\n{result.stderr}"
    return match.group(1)
