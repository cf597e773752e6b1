"""A small sampling profiler for the benchmarks (no py-spy on this machine): every few
milliseconds it reads each thread's stack (``sys._current_frames``) and counts, per function,
the samples it appears in (inclusive) and the samples it is at the top of (self). Threads that
are idle (a pool worker waiting for work, the event loop waiting in ``select``) are not counted,
so the shares are of the time a request was being worked on or waited for.

    with Sampler() as sampler:
        ...
    print(sampler.report(25))
"""

from __future__ import annotations

import sys
import threading
from collections import Counter
from pathlib import Path
from types import FrameType, TracebackType

REPO = f"{Path(__file__).resolve().parents[1]}/"  # this checkout's files, named from its root

IDLE = {("threading.py", "wait"), ("selectors.py", "select"), ("queue.py", "get"),
        ("threading.py", "_wait_for_tstate_lock"), ("base_events.py", "_run_once"),
        ("thread.py", "_worker")}  # a pool thread waiting for work (the get is in C)


def _where(frame: FrameType) -> str:
    code = frame.f_code
    path = code.co_filename
    for marker in ("/site-packages/", REPO, "/lib/python3.11/"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    return f"{path}:{code.co_name}"


class Sampler:
    def __init__(self, interval_s: float = 0.002) -> None:
        self.interval_s = interval_s
        self.inclusive: Counter[str] = Counter()
        self.own: Counter[str] = Counter()
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me, main = threading.get_ident(), threading.main_thread().ident
        while not self._stop.wait(self.interval_s):
            for ident, frame in sys._current_frames().items():
                if ident in (me, main):  # the sampler, and the bench's own HTTP client
                    continue
                self._sample(frame)

    def _sample(self, frame: FrameType) -> None:
        leaf = frame.f_code
        if (leaf.co_filename.rsplit("/", 1)[-1], leaf.co_name) in IDLE:
            return
        self.samples += 1
        self.own[_where(frame)] += 1
        seen: set[str] = set()
        current: FrameType | None = frame
        while current is not None:
            seen.add(_where(current))
            current = current.f_back
        self.inclusive.update(seen)

    def report(self, top: int = 25) -> str:
        total = max(self.samples, 1)
        lines = [f"{self.samples} busy samples (every {self.interval_s * 1000:g} ms)",
                 "inclusive:"]
        lines += [f"  {n / total:6.1%}  {name}" for name, n in self.inclusive.most_common(top)]
        lines.append("self:")
        lines += [f"  {n / total:6.1%}  {name}" for name, n in self.own.most_common(top)]
        return "\n".join(lines)
