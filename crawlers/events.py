"""The crawler process speaks to the command line in JSON lines on its stdout.

Two kinds of line: `log` (one log record, relayed once at its own level) and
`figures` (the per-source counters, for live progress). Anything else on the pipe
is plain text from a library and is relayed as it is.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
from typing import Any

_lock = threading.Lock()


def emit(event: str, **payload: Any) -> None:
    line = json.dumps({"event": event, **payload}, default=str, ensure_ascii=False)
    with _lock:
        sys.__stdout__.write(line + "\n")
        sys.__stdout__.flush()


def emit_figures(figures: dict[str, dict[str, Any]], months: dict[str, dict[str, int]]) -> None:
    """Per-source figures, and per-month figures when there are any (a backfill)."""
    if months:
        emit("figures", figures=figures, months=months)
    else:
        emit("figures", figures=figures)


def decode(line: str) -> dict[str, Any] | None:
    """The event a line carries, or None for plain text."""
    if not line.startswith('{"event"'):
        return None
    try:
        event = json.loads(line)
    except ValueError:
        return None
    return event if isinstance(event, dict) else None


class EventHandler(logging.Handler):
    """Sends each record as one `log` line: message and, for an exception, its one-line cause."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
            if record.exc_info and record.exc_info[1] is not None:
                cause = f"{type(record.exc_info[1]).__name__}: {record.exc_info[1]}"
                if cause not in message:
                    message = f"{message}: {cause}"
            emit("log", level=record.levelno, logger=record.name, message=" ".join(message.split()))
        except Exception:  # a log line must never take the crawl down
            self.handleError(record)
