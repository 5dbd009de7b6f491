"""Crawling as a step: the Scrapy crawl in a subprocess, its log relayed, its figures read.

Scrapy's reactor cannot restart, so every crawl gets a fresh Python process.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from crawlers.rawstore import raw_store_path

logger = logging.getLogger("pantau.crawl")


@dataclass
class CrawlResult:
    returncode: int
    figures: dict[str, dict[str, Any]]
    errors: list[str] = field(default_factory=list)


def crawl(
    sources_file: str | Path | None,
    db_path: str | Path,
    *,
    only: list[str] | None = None,
    settings: dict[str, str] | None = None,
    echo: Callable[[str], None] = logger.info,
) -> CrawlResult:
    """Run the Scrapy crawl in a subprocess (its reactor cannot restart) and relay its log."""
    raw = raw_store_path(db_path)
    with tempfile.TemporaryDirectory(prefix="pantau-crawl-") as tmp:
        stats = Path(tmp) / "stats.json"
        command = [sys.executable, "-m", "crawlers.run", "--raw", str(raw), "--stats", str(stats)]
        if sources_file:
            command += ["--sources", str(sources_file)]
        for source_id in only or []:
            command += ["--only", source_id]
        for name, value in (settings or {}).items():
            command += ["-s", f"{name}={value}"]
        errors: list[str] = []
        with subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        ) as proc:
            assert proc.stdout is not None
            for line in proc.stdout:
                line = line.rstrip()
                if _worth_relaying(line):
                    echo(line)
                if " ERROR " in line or line.startswith("pantau:"):
                    errors.append(line)
        figures = json.loads(stats.read_text()) if stats.exists() else {}
    return CrawlResult(proc.returncode, figures, errors)


def _worth_relaying(line: str) -> bool:
    """Our own crawl log lines, warnings and errors; not Scrapy's start-up chatter."""
    return (
        " pantau." in line or " news: " in line or " WARNING " in line or " ERROR " in line
        or line.startswith(("pantau:", "Traceback"))
    )
