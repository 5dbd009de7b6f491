"""The crawl step: Scrapy in a subprocess, its log relayed once, its live figures passed on.

Scrapy's reactor cannot restart, so every crawl gets a fresh Python process
(`crawlers.run`). It speaks JSON lines (`crawlers.events`); its stderr, where only
tracebacks and warnings of libraries end up, goes to the debug log file.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from crawlers.events import decode
from crawlers.rawstore import raw_store_path

logger = logging.getLogger("pantau.crawl")

FiguresListener = Callable[[dict[str, dict[str, Any]]], None]
MonthsListener = Callable[[dict[str, dict[str, int]]], None]


class CrawlFailed(RuntimeError):
    """The crawler process itself failed (not a source: those are counted and reported)."""


@dataclass
class CrawlOptions:
    sources_file: str | None = None
    only: list[str] | None = None
    since: date | None = None
    max_new: int | None = None
    settings: dict[str, str] = field(default_factory=dict)
    verbose: bool = False
    backfill: bool = False  # read the outlets' archives for since..until instead of their latest entry points
    until: date | None = None  # backfill: the last day of the window (default: today)
    all_topics: bool = False  # backfill: fetch every archive link, without the topic filter


@dataclass
class CrawlResult:
    returncode: int
    figures: dict[str, dict[str, Any]]
    errors: list[str] = field(default_factory=list)
    months: dict[str, dict[str, int]] = field(default_factory=dict)  # backfill: figures by month


def crawl(db_path: str | Path, options: CrawlOptions, *, on_figures: FiguresListener | None = None,
          on_months: MonthsListener | None = None, debug_log: str | Path | None = None) -> CrawlResult:
    """Crawl into the raw store of `db_path`; raise CrawlFailed if the crawler process fails."""
    raw = raw_store_path(db_path)
    with tempfile.TemporaryDirectory(prefix="pantau-crawl-") as tmp:
        stats = Path(tmp) / "stats.json"
        stderr_path = Path(debug_log) if debug_log else Path(tmp) / "crawler.stderr"
        command = [sys.executable, "-m", "crawlers.run", "--raw", str(raw), "--stats", str(stats), "--events",
                   "--debug-log", str(stderr_path)]
        if options.sources_file:
            command += ["--sources", str(options.sources_file)]
        for source_id in options.only or []:
            command += ["--only", source_id]
        if options.since:
            command += ["--since", options.since.isoformat()]
        if options.max_new:
            command += ["--max-new", str(options.max_new)]
        if options.backfill:
            command.append("--backfill")
        if options.until:
            command += ["--until", options.until.isoformat()]
        if options.all_topics:
            command.append("--all-topics")
        if options.verbose:
            command.append("--verbose")
        for name, value in options.settings.items():
            command += ["-s", f"{name}={value}"]
        errors: list[str] = []
        with open(stderr_path, "a", encoding="utf-8") as stderr, subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=stderr, text=True, bufsize=1,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        ) as proc:
            assert proc.stdout is not None
            for line in proc.stdout:
                _relay(line.rstrip("\n"), on_figures, on_months, errors)
        written = json.loads(stats.read_text()) if stats.exists() else {}
        if proc.returncode != 0:
            last = _last_line(stderr_path)
            raise CrawlFailed(f"the crawler stopped with exit status {proc.returncode}"
                              + (f": {last}" if last else "") + (f" (details in {debug_log})" if debug_log else ""))
    return CrawlResult(proc.returncode, written.get("sources", {}), errors, written.get("months", {}))


def _relay(line: str, on_figures: FiguresListener | None, on_months: MonthsListener | None,
           errors: list[str]) -> None:
    event = decode(line)
    if event is None:
        if line.strip():
            logger.info("%s", line)
        return
    if event["event"] == "figures":
        if on_figures is not None:
            on_figures(event["figures"])
        if on_months is not None and event.get("months"):
            on_months(event["months"])
    elif event["event"] == "log":
        level = int(event.get("level", logging.INFO))
        logging.getLogger(event.get("logger") or "pantau.crawl").log(level, "%s", event.get("message", ""))
        if level >= logging.ERROR:
            errors.append(event.get("message", ""))


def _last_line(path: Path) -> str:
    try:
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
    except OSError:
        return ""
    return lines[-1][:300] if lines else ""
