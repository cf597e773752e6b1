"""Nothing lost (PRODUCT.md section 8), as a row of ``make bench``: the tests that kill a worker
with SIGKILL mid-file, lose an OpenSearch node of three during a job, and cut hosts off from
each other, run by pytest against real processes. Each asserts that every file received ends in
one terminal ledger state and that no document is indexed twice.

    python -m bench.resilience            (or: python -m bench.run --only resilience)

They are tests, not timings: the row gives how many passed, and names any that did not or that
were skipped (a skip means this machine lacks what the test needs: Java, Redis, network
namespaces).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from bench.common import Row

ROOT = Path(__file__).resolve().parents[1]
TESTS = (
    "tests/ingest/test_queue.py::test_a_file_whose_worker_is_killed_goes_back_on_the_queue",
    "tests/ingest/test_queue.py::test_a_file_that_keeps_killing_workers_is_failed_not_retried_forever",
    "tests/cluster/test_node_loss.py",
    "tests/cluster/test_netns_faults.py",
)
OUTCOME = re.compile(r"^(tests/\S+) (PASSED|FAILED|ERROR|SKIPPED)")


def outcomes(report: str) -> dict[str, str]:
    """Each test's outcome from pytest's ``-v`` lines: its node id -> PASSED, FAILED..."""
    found: dict[str, str] = {}
    for line in report.splitlines():
        match = OUTCOME.match(line.strip())
        if match:
            found[match[1]] = match[2]  # a test that fails in teardown reports twice: the last
    return found


def run(quick: bool) -> list[Row]:
    del quick  # the same tests either way: each takes a minute or two
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", "-v", "-p", "no:cacheprovider", *TESTS],
        cwd=ROOT, capture_output=True, text=True, check=False)
    found = outcomes(completed.stdout)
    passed = [n for n, s in found.items() if s == "PASSED"]
    others = {n: s for n, s in found.items() if s != "PASSED"}
    note = (f"pytest {' '.join(TESTS)} (exit {completed.returncode}); "
            + ("; ".join(f"{s.lower()}: {n}" for n, s in others.items()) or "every one passed")
            + ".")
    total = len(found) or 1
    return [Row("nothing lost: kill -9 of a worker, node loss, hosts cut off", f"{len(passed)} passed",
                f"{len(found)} tests", len(passed) / total, 1.0, note)]


if __name__ == "__main__":
    for row in run(quick=False):
        print(f"{row.name}: {row.docket} of {row.reference}\n  {row.note}")
