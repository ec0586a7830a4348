"""A supervised pool of worker processes: a worker that dies or overruns costs one document.

Each worker gets chunks of tasks through its own pipe and answers one result per task, so the
parent always knows which document a worker is on. When a worker dies (killed, out of memory) or
spends longer than the timeout on one document, the parent records that document as failed,
kills and replaces the worker, and hands the rest of its chunk to the others. A document that
hangs in C code is stopped too: the parent does not wait for the worker's cooperation.
"""

from __future__ import annotations

import importlib
import multiprocessing
import selectors
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection

from prparse.batch.tasks import FileResult, Task, failure

_CHUNKS_IN_FLIGHT = 2  # a second chunk waits in the pipe so a worker never idles between chunks
_MAX_CHUNK = 16
_TICK = 0.25  # seconds between timeout checks when no worker reports
# What parsing imports on first need. Imported once here, before the workers are forked, they are
# shared by every worker (copy-on-write) instead of loaded by each, and workers start warm.
_PRELOAD = ("phonenumbers", "dateutil.parser", "ftfy", "charset_normalizer", "bs4", "prparse.html_blocks")


@dataclass(eq=False)  # a worker is itself, compared by identity
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    tasks: deque[Task] = field(default_factory=deque)
    since: float = 0.0  # when the worker began its current document


def _serve(conn: Connection, convert: Callable[[Task], FileResult]) -> None:
    # Ctrl-C reaches the whole process group: the parent alone decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while (chunk := conn.recv()) is not None:
        for task in chunk:
            conn.send(convert(task))


@contextmanager
def _ctrl_c_ignored() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may change signal handlers; the workers still ignore Ctrl-C
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _context() -> multiprocessing.context.BaseContext:
    # fork: a worker starts with the parent's modules already imported, in milliseconds.
    if "fork" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    for module in _PRELOAD:
        importlib.import_module(module)
    return multiprocessing.get_context("fork")


class SupervisedPool:
    def __init__(
        self,
        jobs: int,
        convert: Callable[[Task], FileResult],
        *,
        timeout: float | None,
        discard: Callable[[Task], None],
    ) -> None:
        self.jobs = jobs
        self.convert = convert
        self.timeout = timeout
        self.discard = discard  # removes what a killed worker may have left half-written for a task
        self.context = _context()
        self.workers: list[_Worker] = []
        self.selector: selectors.BaseSelector  # the workers' pipes and sentinels, during `run`

    def run(self, tasks: Iterator[Task], count: int) -> Iterator[FileResult]:
        """Results in the order they finish; each of the `count` tasks yields exactly one result."""
        pending = _Queue(tasks)
        chunk = max(1, min(_MAX_CHUNK, count // (self.jobs * 4)))
        finished = False
        # Each worker's pipe and sentinel are registered once: `multiprocessing.connection.wait` builds
        # and fills a new selector on every call, once a result, in the process that feeds the workers
        # and competes with them for the cores.
        self.selector = selectors.DefaultSelector()
        try:
            self.workers = [self._start() for _ in range(min(self.jobs, count))]
            while pending or any(w.tasks for w in self.workers):
                for worker in self.workers:
                    self._feed(worker, pending, chunk)
                yield from self._collect(pending)
            finished = True
        finally:
            self._stop(graceful=finished)
            self.selector.close()

    def _start(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_serve, args=(child, self.convert), daemon=True)
        with _ctrl_c_ignored():  # until the worker ignores it itself, a Ctrl-C must not reach it
            process.start()
        child.close()
        worker = _Worker(process, parent)
        self.selector.register(parent, selectors.EVENT_READ, worker)
        self.selector.register(process.sentinel, selectors.EVENT_READ, worker)
        return worker

    def _feed(self, worker: _Worker, pending: _Queue, chunk: int) -> None:
        while pending and len(worker.tasks) < chunk * _CHUNKS_IN_FLIGHT:
            if not worker.tasks:
                worker.since = time.monotonic()
            batch = pending.take(chunk)
            worker.tasks.extend(batch)
            try:
                worker.conn.send(batch)
            except OSError:  # the worker is dead: its sentinel tells, and its tasks are requeued
                return

    def _collect(self, pending: _Queue) -> Iterator[FileResult]:
        for key, _ in self.selector.select(timeout=_TICK):
            worker: _Worker = key.data
            if worker not in self.workers:
                continue  # already replaced this round
            if key.fileobj is worker.conn and (result := self._receive(worker)) is not None:
                yield result
                continue
            while worker.tasks and worker.conn.poll() and (result := self._receive(worker)) is not None:
                yield result  # answers the worker sent before it died
            yield from self._replace(worker, pending, self._death_cause(worker))
        yield from self._overruns(pending)

    def _receive(self, worker: _Worker) -> FileResult | None:
        try:
            result = worker.conn.recv()
        except (EOFError, OSError, ValueError, TypeError, AttributeError):  # torn by the worker's death
            return None
        worker.tasks.popleft()
        worker.since = time.monotonic()
        return result

    def _overruns(self, pending: _Queue) -> Iterator[FileResult]:
        if self.timeout is None:
            return
        now = time.monotonic()
        for worker in list(self.workers):
            if worker.tasks and now - worker.since > self.timeout:
                cause = ("DocumentTimeout", f"took longer than {self.timeout:g} s to parse (--timeout)")
                yield from self._replace(worker, pending, cause)

    def _death_cause(self, worker: _Worker) -> tuple[str, str]:
        worker.process.join(timeout=5)
        code = worker.process.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        return "WorkerDied", f"the worker process died ({how}) while parsing this file"

    def _replace(self, worker: _Worker, pending: _Queue, cause: tuple[str, str]) -> Iterator[FileResult]:
        """Fail the worker's current document, requeue the rest of its chunk, start a new worker."""
        self._kill(worker)
        self.workers[self.workers.index(worker)] = self._start()
        if worker.tasks:
            current = worker.tasks.popleft()
            self.discard(current)
            pending.put_back(worker.tasks)
            yield failure(current.name, *cause, "parse")

    def _stop(self, *, graceful: bool) -> None:
        """Idle workers are told to exit; on an interruption or an error they are killed at once."""
        for worker in self.workers if graceful else ():
            try:
                worker.conn.send(None)
            except OSError:
                pass
        for worker in self.workers:
            if graceful:
                worker.process.join(timeout=1)
            self._kill(worker)
            for task in worker.tasks:  # the one it was on may follow answers not yet counted
                self.discard(task)
        self.workers = []

    def _kill(self, worker: _Worker) -> None:
        self.selector.unregister(worker.conn)
        self.selector.unregister(worker.process.sentinel)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.conn.close()


class _Queue:
    """Tasks still to hand out: those put back by a lost worker first, then the rest as made."""

    def __init__(self, tasks: Iterator[Task]) -> None:
        self.returned: deque[Task] = deque()
        self.tasks = tasks
        self.next: Task | None = next(tasks, None)

    def __bool__(self) -> bool:
        return bool(self.returned) or self.next is not None

    def take(self, count: int) -> list[Task]:
        taken = []
        while len(taken) < count and self:
            if self.returned:
                taken.append(self.returned.popleft())
            else:
                taken.append(self.next)  # type: ignore[arg-type]
                self.next = next(self.tasks, None)
        return taken

    def put_back(self, tasks: deque[Task]) -> None:
        self.returned.extendleft(reversed(tasks))
