"""Quiet shutdown for the workers of a local Dask cluster.

A local cluster lives and dies with one pantau run. When it closes, a worker's heartbeat
can be cut between request and reply, and distributed logs that as an error with a
traceback (dask/distributed#7192), although nothing was lost: every task's result or
error has already reached the run, which reports it. The plugin drops that one record
in the workers of our own local clusters; workers of a cluster given by address keep
their owner's logging.
"""

from __future__ import annotations

import logging

from distributed import Worker
from distributed.diagnostics.plugin import WorkerPlugin

HEARTBEAT_FAILURE = "Failed to communicate with scheduler during heartbeat"


class CutHeartbeat(logging.Filter):
    """Drops the record of a heartbeat cut by the cluster's shutdown."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(HEARTBEAT_FAILURE)


class QuietShutdown(WorkerPlugin):
    """Installs CutHeartbeat on the worker's logger for the rest of the worker process's life.

    It is not removed at teardown: the cut heartbeat is logged after the worker began to close.
    """

    name = "pantau-quiet-shutdown"

    def __init__(self) -> None:
        self.cut = CutHeartbeat()

    def setup(self, worker: Worker) -> None:
        logging.getLogger("distributed.worker").addFilter(self.cut)
