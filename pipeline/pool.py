"""Worker processes for the CPU-bound part of processing (extraction, analysis, signatures).

Each worker loads the spaCy pipeline once, when it starts, and then takes tasks; the
calling process stays the only writer and receives results in task order. Workers log
through a queue into the caller's handlers, so their lines reach the terminal and the
debug log as if they were the caller's. With one worker, tasks run in the caller itself.
"""

from __future__ import annotations

import logging
import logging.handlers
import multiprocessing
import multiprocessing.connection
import os
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

R = TypeVar("R")

_FORWARDED = ("pantau", "crawlers")


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity), the default number of workers."""
    return len(os.sched_getaffinity(0))


class Workers:
    """N worker processes, started (and their pipelines loaded) once for a whole job.

    A job that crawls first starts them before the crawl, so they load while the
    crawler works and processing starts at full speed, as the in-process path does
    with its warm-up thread.
    """

    _active: Workers | None = None

    def __init__(self, n: int) -> None:
        self.n = n
        context = multiprocessing.get_context("spawn")  # no fork: the writer holds DuckDB threads and locks
        self._queue = context.Queue()
        self._listener = logging.handlers.QueueListener(self._queue, _Relay())
        self._executor = ProcessPoolExecutor(n, mp_context=context, initializer=_start_worker,
                                             initargs=(self._queue, logging.getLogger("pantau").getEffectiveLevel()))
        self._starting = [self._executor.submit(os.getpid) for _ in range(n)]  # spawns all n now

    def __enter__(self) -> Workers:
        self._listener.start()
        Workers._active = self
        return self

    def __exit__(self, *exc: object) -> None:
        Workers._active = None
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._listener.stop()

    def ready(self) -> None:
        """Wait until the workers have started and loaded their pipelines."""
        for future in self._starting:
            future.result()

    def map(self, tasks: Iterable[Callable[[], R]]) -> Iterator[R]:
        """Results in task order, with at most two tasks per worker in flight (bounded memory)."""
        pending: deque[Future[R]] = deque()
        for task in tasks:
            pending.append(self._executor.submit(task))
            if len(pending) >= 2 * self.n:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def run_tasks(tasks: Iterable[Callable[[], R]], workers: int) -> Iterator[R]:
    """Run picklable no-argument tasks and yield their results in order; a task that raises re-raises here.

    The job's Workers are used when they are running; else a pool is started for these
    tasks; with one worker, tasks run here.
    """
    active = Workers._active
    if active is not None and workers > 1:
        yield from active.map(tasks)
    elif workers > 1:
        with Workers(workers) as pool:
            yield from pool.map(tasks)
    else:
        for task in tasks:
            yield task()


def _exit_with_parent() -> None:
    parent = multiprocessing.parent_process()
    if parent is not None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)


class _Relay(logging.Handler):
    """Hand a worker's record to the logger of the same name here, with its handlers and filters."""

    def emit(self, record: logging.LogRecord) -> None:
        logger = logging.getLogger(record.name)
        if logger.isEnabledFor(record.levelno):
            logger.handle(record)


class _ToQueue(logging.handlers.QueueHandler):
    """A record whose exception would be pickled as text in its message goes as one line,
    and its traceback as a DEBUG record (the debug log keeps it, the terminal does not)."""

    def emit(self, record: logging.LogRecord) -> None:
        if not record.exc_info:
            super().emit(record)
            return
        from pantau.logs import concise

        detail = logging.makeLogRecord(record.__dict__)
        detail.levelno, detail.levelname = logging.DEBUG, "DEBUG"
        detail.msg, detail.args = "worker traceback:\n%s", ("".join(traceback.format_exception(*record.exc_info)),)
        detail.exc_info = detail.exc_text = None
        super().emit(concise(record))
        super().emit(detail)


class _Ours(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.name.startswith(_FORWARDED) or record.levelno >= logging.WARNING


def _start_worker(queue: multiprocessing.Queue, level: int) -> None:
    """Log into the caller's queue and load the analysis pipeline once, before the first task.

    A worker ends with its caller: a killed writer leaves no worker behind (the pool's
    own queues do not tell them, as each worker holds both ends).
    """
    threading.Thread(target=_exit_with_parent, name="pantau-parent-watch", daemon=True).start()
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = _ToQueue(queue)
    handler.addFilter(_Ours())
    root.addHandler(handler)
    root.setLevel(level)
    from pipeline import nlp, syndication

    nlp.get_nlp()
    syndication.signatures([])
