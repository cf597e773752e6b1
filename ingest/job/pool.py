"""Where a local job's tasks run: a warm pool if one is up, else a pool of the job's own.

A pool process pays a spaCy load and the extractors' imports once (``worker_init``). A job of
40 files pays that per process when it brings its own pool; ``WarmPool`` keeps the processes
between jobs. ``docket serve`` (and ``docket pool``) start one (``serve_pool``): the server's
own ingest jobs use it in-process, and other processes reach it over a unix socket in the data
folder (``multiprocessing.connection``: pickles, authenticated by a key only this user can
read). Only the work crosses the socket: the job (plan, commits, ledger) stays in the process
that runs it, so a job run on a warm pool is written, resumed and counted exactly as one run on
its own pool.

``Workers`` is what ``ingest.job.run.run_local`` schedules on: the process's warm pool, or the
one at the socket, or its own pebble pool. When the warm pool goes away mid-job, the tasks it
held are scheduled again on a pool of the job's own (``PoolLost``).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import secrets
import socket
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path
from typing import Any, Protocol, TypeVar

from pebble import ProcessExpired, ProcessPool

from config import Settings
from search.parallel import Mapper

log = logging.getLogger("docket.pool")
PROTOCOL = "docket-pool-1"
TASKS_PER_WORKER = 250  # recycle workers so that memory a library leaks is given back
MAX_SOCKET_PATH = 100  # AF_UNIX paths are limited to about 108 bytes
# A part of a collection stage (a run of documents to read) that takes longer than this in the
# pool is given up there and run in the job's process.
PART_TIMEOUT_S = 1800.0
T = TypeVar("T")


class PoolLost(Exception):
    """The warm pool went away before it answered: the task is to be run elsewhere."""


class Scheduler(Protocol):
    def schedule(self, function: Callable, args: tuple = (), timeout: float | None = None) -> Future:
        ...


def _answer_or_here(future: Future, function: Callable[..., T], args: tuple[Any, ...]) -> T:
    try:
        return future.result()
    except Exception as error:  # any failure there: the part is run here
        log.warning("a part of %s failed in the pool (%s); running it here",
                    getattr(function, "__name__", function), error)
        return function(*args)


def worker_init(spacy_model: str) -> None:
    from ingest.worker import warm_up
    from search.client import reset_clients

    # A stage re-run reads the store: it needs connections of its own, not the parent's.
    reset_clients()
    warm_up(spacy_model)  # spaCy and every extractor now, not with the first file of each kind


def _ready() -> int:
    return os.getpid()


def own_pool(settings: Settings) -> ProcessPool:
    return ProcessPool(max_workers=max(1, settings.workers), max_tasks=TASKS_PER_WORKER,
                       initializer=worker_init, initargs=(settings.spacy_model,))


def run_folder(settings: Settings) -> Path:
    """The folder of the pool's socket and key, private to its user: what the pool's processes
    are given to read beside their tasks is written there too (search.parallel ``shared``)."""
    return settings.data_dir / "run"


def _paths(settings: Settings) -> tuple[Path, Path]:
    folder = run_folder(settings)
    return folder / "workers.sock", folder / "workers.key"


def _fingerprint() -> str:
    """Client and server must run the same code: tasks and outcomes cross as pickles."""
    import ingest

    return f"{PROTOCOL}:{Path(ingest.__file__).resolve().parent}"


class WarmPool:
    """A pebble pool kept between jobs, its processes started and loaded at once."""

    def __init__(self, settings: Settings) -> None:
        self.pool = own_pool(settings)
        self.size = max(1, settings.workers)
        for _n in range(self.size):
            self.pool.schedule(_ready)

    def schedule(self, function: Callable, args: tuple = (), timeout: float | None = None) -> Future:
        return self.pool.schedule(function, args=args, timeout=timeout)

    def close(self) -> None:
        self.pool.stop()
        self.pool.join()


class PoolServer:
    """Serves a ``WarmPool`` on the data folder's socket; one thread per connected job."""

    def __init__(self, pool: WarmPool, settings: Settings) -> None:
        self.pool = pool
        self.socket, key_path = _paths(settings)
        self.socket.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = secrets.token_bytes(32)
        key_path.unlink(missing_ok=True)
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
        self.socket.unlink(missing_ok=True)
        self.listener = Listener(str(self.socket), family="AF_UNIX", authkey=key)
        os.chmod(self.socket, 0o600)
        threading.Thread(target=self._accept, name="pool-accept", daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn = self.listener.accept()
            except OSError:
                return  # closed
            except Exception:  # a client with the wrong key: refused, keep listening
                log.warning("refused a connection to the worker pool", exc_info=True)
                continue
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: Connection) -> None:
        lock = threading.Lock()
        try:
            if conn.recv() != ("hello", _fingerprint()):
                conn.send(("refused", None))
                return
            conn.send(("ready", self.pool.size))
            while True:
                ident, function, args, timeout = conn.recv()
                future = self.pool.schedule(function, args, timeout)
                future.add_done_callback(lambda f, i=ident: _answer(conn, lock, i, f))
        except (EOFError, OSError):
            pass  # the job ended or died; its queued tasks finish and their answers drop
        finally:
            with lock:
                conn.close()

    def close(self) -> None:
        self.listener.close()
        self.socket.unlink(missing_ok=True)
        self.pool.close()


def _answer(conn: Connection, lock: threading.Lock, ident: int, future: Future) -> None:
    try:
        reply: tuple[Any, ...] = (ident, "ok", future.result())
    except FutureTimeout:
        reply = (ident, "timeout", None)
    except ProcessExpired as exc:
        reply = (ident, "expired", (str(exc), exc.exitcode))
    except Exception as exc:  # the job decides what an error means
        reply = (ident, "error", exc)
    with lock, contextlib.suppress(OSError, ValueError):
        try:
            conn.send(reply)
        except (OSError, ValueError):
            raise
        except Exception as exc:  # an answer that does not pickle must still be an answer
            conn.send((ident, "error", RuntimeError(f"unpicklable answer: {exc}")))


class RemotePool:
    """A client of a ``PoolServer``: ``schedule`` as pebble's, answered from the socket."""

    def __init__(self, conn: Connection) -> None:
        self.conn, self.lock = conn, threading.Lock()
        self.futures: dict[int, Future] = {}
        self.ids = itertools.count()
        self.alive = True
        self.reader = threading.Thread(target=self._read, name="pool-client", daemon=True)
        self.reader.start()

    def schedule(self, function: Callable, args: tuple = (), timeout: float | None = None) -> Future:
        future: Future = Future()
        ident = next(self.ids)
        self.futures[ident] = future
        try:
            with self.lock:
                self.conn.send((ident, function, args, timeout))
        except (OSError, ValueError):
            self._lost()
        return future

    def _read(self) -> None:
        try:
            while True:
                ident, kind, value = self.conn.recv()
                future = self.futures.pop(ident)
                if kind == "ok":
                    future.set_result(value)
                elif kind == "timeout":
                    future.set_exception(FutureTimeout())
                elif kind == "expired":
                    future.set_exception(ProcessExpired(value[0], code=value[1]))
                else:
                    future.set_exception(value)
        except (EOFError, OSError):
            self._lost()

    def _lost(self) -> None:
        self.alive = False
        for ident in list(self.futures):
            future = self.futures.pop(ident, None)
            if future is not None and not future.done():
                future.set_exception(PoolLost("the warm worker pool went away"))

    def close(self) -> None:
        """Shut the socket down, so that the reader ends on its own, then close it. (Closing
        it under a reader blocked in read() would free the descriptor's number for the next
        connection, which that reader would then read from.)"""
        self.alive = False
        with contextlib.suppress(OSError), socket.fromfd(
                self.conn.fileno(), socket.AF_UNIX, socket.SOCK_STREAM) as duplicate:
            duplicate.shutdown(socket.SHUT_RDWR)
        self.reader.join(timeout=10)
        with self.lock:
            self.conn.close()


def connect(settings: Settings) -> RemotePool | None:
    """The warm pool at the data folder's socket, or None when none answers."""
    socket, key_path = _paths(settings)
    if not socket.exists() or len(str(socket)) > MAX_SOCKET_PATH:
        return None
    try:
        conn = Client(str(socket), family="AF_UNIX", authkey=key_path.read_bytes())
        conn.send(("hello", _fingerprint()))
        answer, _size = conn.recv()
    except (OSError, EOFError, ValueError) as exc:
        log.info("no warm worker pool at %s (%s)", socket, exc)
        return None
    except Exception as exc:  # multiprocessing's AuthenticationError: a stale key
        log.info("the warm worker pool at %s refused this process (%s)", socket, exc)
        return None
    if answer != "ready":
        conn.close()
        return None
    return RemotePool(conn)


_serving: WarmPool | None = None


def serve_pool(settings: Settings) -> PoolServer | None:
    """Start this process's warm pool and serve it on the socket (``docket serve``, ``docket
    pool``); jobs run by this process use it in-process."""
    global _serving
    _serving = WarmPool(settings)
    if len(str(_paths(settings)[0])) > MAX_SOCKET_PATH:
        log.warning("data folder path too long for a socket: the warm pool serves this process only")
        return None
    return PoolServer(_serving, settings)


def serving() -> WarmPool | None:
    return _serving


class Workers:
    """Where ``run_local`` schedules: this process's warm pool, the one at the socket, or a
    pool of its own (also where tasks go when a warm pool is lost)."""

    def __init__(self, settings: Settings, warm: Scheduler | None = None) -> None:
        self.settings = settings
        self.warm: Scheduler | None = warm or serving() or connect(settings)
        self.own: ProcessPool | None = None

    @property
    def kind(self) -> str:
        return "own" if self.warm is None else "warm"

    @property
    def _warm_alive(self) -> bool:
        return self.warm is not None and getattr(self.warm, "alive", True)

    def schedule(self, function: Callable, args: tuple, timeout: float) -> Future:
        if self._warm_alive:
            return self.warm.schedule(function, args, timeout)  # type: ignore[union-attr]
        if self.own is None:
            self.own = own_pool(self.settings)
        return self.own.schedule(function, args=args, timeout=timeout)

    @property
    def running(self) -> bool:
        """Whether processes are up to take work now (a warm pool, or the job's own, started
        by its files): a stage after the files may use them, but starts none."""
        return self._warm_alive or self.own is not None

    def mapper(self) -> Mapper | None:
        """A mapper (search.parallel) on these processes when they are up (None: they are not,
        and the work is done in this process). A part the pool does not answer (lost, expired,
        too slow, or an error) is run here, so a stage's result never depends on where its
        parts ran."""
        if not self.running:
            return None

        def on_pool(function: Callable[..., T], calls: Sequence[tuple[Any, ...]]) -> list[T]:
            futures = [self.schedule(function, args, PART_TIMEOUT_S) for args in calls]
            return [_answer_or_here(future, function, args)
                    for future, args in zip(futures, calls, strict=True)]
        return on_pool

    def close(self) -> None:
        if isinstance(self.warm, RemotePool):
            self.warm.close()
        if self.own is not None:
            self.own.close()
            self.own.join()
