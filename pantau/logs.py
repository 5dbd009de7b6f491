"""Logging for the command line: one line per event on the terminal, details in a debug file.

The terminal never shows a traceback: an exception becomes its one-line cause. The
full record, traceback included, goes to the debug log beside the warehouse, which
is where bugs are investigated.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from rich.console import Console
from rich.logging import RichHandler

PROGRESS_LOGGERS = "pantau.progress"
"""Periodic progress lines; a live display shows the same, so its handler leaves them out."""


def concise(record: logging.LogRecord) -> logging.LogRecord:
    """A copy of the record with any exception folded into the message as one line."""
    if not record.exc_info:
        return record
    copy = logging.makeLogRecord(record.__dict__)
    error = record.exc_info[1]
    message = record.getMessage()
    if error is not None:
        cause = f"{type(error).__name__}: {error}"
        message = message if cause in message else f"{message}: {cause}"
    copy.msg, copy.args, copy.exc_info, copy.exc_text = " ".join(message.split()), None, None, None
    return copy


class _PlainHandler(logging.StreamHandler):
    def emit(self, record: logging.LogRecord) -> None:
        super().emit(concise(record))


class _LiveHandler(RichHandler):
    def emit(self, record: logging.LogRecord) -> None:
        if not record.name.startswith(PROGRESS_LOGGERS):
            super().emit(concise(record))


def console_level(quiet: bool, verbose: bool) -> int:
    return logging.WARNING if quiet else logging.DEBUG if verbose else logging.INFO


def setup(*, level: int, live: Console | None, debug_log: Path | None) -> None:
    """Send records to the terminal (rich when live, plain lines otherwise) and to the debug file."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.setLevel(logging.DEBUG)
    if live is not None:
        terminal: logging.Handler = _LiveHandler(console=live, show_path=False, markup=False,
                                                 rich_tracebacks=False, log_time_format="%H:%M:%S")
    else:
        terminal = _PlainHandler(sys.stderr)
        terminal.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S"))
    terminal.setLevel(level)
    terminal.addFilter(_OursOrWarnings(level))
    root.addHandler(terminal)
    if debug_log is not None:
        debug_log.parent.mkdir(parents=True, exist_ok=True)
        detail = logging.handlers.RotatingFileHandler(debug_log, maxBytes=20_000_000, backupCount=3, encoding="utf-8")
        detail.setLevel(logging.DEBUG)
        detail.addFilter(_OursOrWarnings(logging.DEBUG))
        detail.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
        root.addHandler(detail)


class _OursOrWarnings(logging.Filter):
    """pantau's records at the chosen level; other libraries' only from WARNING."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith(("pantau", "scrapy", "crawlers")) or record.levelno >= logging.WARNING:
            return record.levelno >= self.level
        return False
