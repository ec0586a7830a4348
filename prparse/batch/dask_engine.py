"""The batch on a Dask cluster: the same tasks and results as the local pool, run by Dask workers.

Workers read their inputs themselves (by path or fsspec URL) and send back the rendered output;
the client writes every output, so the guarantees of the local engine hold unchanged (one output
per input, atomic writes, resume, errors collected). Submissions are kept to a window so that a
batch of millions of files holds only a few hundred futures at a time. A worker that dies is
retried by Dask; a document that kills workers repeatedly is recorded as failed.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from itertools import islice

from prparse.batch.tasks import FileResult, Task, convert, failure

_WINDOW_PER_THREAD = 32  # futures in flight per worker thread


class _Overrun(BaseException):
    """Raised into a task's thread at its deadline; BaseException so no `except Exception` eats it."""


def dask_results(
    tasks: Iterator[Task], *, jobs: int, scheduler: str | None, timeout: float | None
) -> Iterator[FileResult]:
    """Results in the order they finish; a local cluster of `jobs` workers when no scheduler is given."""
    try:
        from distributed import Client, KilledWorker, LocalCluster, as_completed
    except ImportError:
        raise RuntimeError("the dask engine needs dask: pip install 'prparse[dask]'") from None
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        threads = max(1, sum(client.nthreads().values()))
        queue = tasks
        futures = {}
        running = as_completed()
        for task in islice(queue, threads * _WINDOW_PER_THREAD):
            futures[_submit(client, task, timeout, running)] = task
        for future in running:
            task = futures.pop(future)
            yield _outcome(future, task, KilledWorker)
            for following in islice(queue, 1):
                futures[_submit(client, following, timeout, running)] = following
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _submit(client, task: Task, timeout: float | None, running):  # type: ignore[no-untyped-def]
    future = client.submit(convert_within, task, timeout, pure=False)
    running.add(future)
    return future


def _outcome(future, task: Task, killed_worker: type[BaseException]) -> FileResult:  # type: ignore[no-untyped-def]
    try:
        return future.result()
    except killed_worker:
        return failure(task.name, "WorkerDied", "the worker processes died repeatedly while parsing this file", "parse")
    except Exception as error:  # the task could not run (a lost connection, a serialisation error)
        return failure(task.name, type(error).__name__, str(error), "parse")


def convert_within(task: Task, timeout: float | None) -> FileResult:
    """`convert`, stopped at the deadline: Dask runs tasks in threads, which no signal can reach."""
    if timeout is None:
        return convert(task)
    deadline = _Deadline(threading.get_ident())
    timer = threading.Timer(timeout, deadline.expire)
    timer.start()
    try:
        result = convert(task)
        deadline.finish()
        return result
    except _Overrun:
        return failure(task.name, "DocumentTimeout", f"took longer than {timeout:g} s to parse (--timeout)", "parse")
    finally:
        timer.cancel()


class _Deadline:
    """Raises `_Overrun` in the task's thread unless the task finished first (decided under one lock)."""

    def __init__(self, thread_id: int) -> None:
        self.thread_id = thread_id
        self.lock = threading.Lock()
        self.finished = False

    def finish(self) -> None:
        with self.lock:
            self.finished = True

    def expire(self) -> None:
        with self.lock:
            if not self.finished:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread_id), ctypes.py_object(_Overrun))
