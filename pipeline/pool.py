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


def run_tasks(tasks: Iterable[Callable[[], R]], workers: int) -> Iterator[R]:
    """Run picklable no-argument tasks and yield their results in order.

    At most two tasks per worker are in flight, so memory stays bounded however many
    tasks there are. A task that raises re-raises here.
    """
    if workers <= 1:
        for task in tasks:
            yield task()
        return
    context = multiprocessing.get_context("spawn")  # no fork: the writer holds DuckDB threads and locks
    queue = context.Queue()
    listener = logging.handlers.QueueListener(queue, _Relay())
    listener.start()
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                                 initargs=(queue, logging.getLogger("pantau").getEffectiveLevel())) as pool:
            pending: deque[Future[R]] = deque()
            for task in tasks:
                pending.append(pool.submit(task))
                if len(pending) >= 2 * workers:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
    finally:
        listener.stop()


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
