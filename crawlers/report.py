"""Per-source crawl figures: what was discovered, skipped, fetched, stored, failed.

The crawler keeps one `CrawlReport`; every change is offered to a listener (the
crawler process sends it to the command line as a progress event, at most a few
times a second), and the final figures are written as JSON for the warehouse.
A backfill also counts by month (the month the archive dates each page and link to).
"""

from __future__ import annotations

import json
import logging
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

logger = logging.getLogger("pantau.crawl")

FIGURES = ("discovered", "known", "old", "fetched", "new", "failed", "deferred")
"""The counters, in the order tables show them."""

BACKFILL_FIGURES = ("pages", "discovered", "known", "old", "filtered", "fetched", "new", "failed", "deferred")
"""A backfill's counters: archive pages read, and links filtered out by topic; `old` is outside the window."""

MONTH_FIGURES = ("pages", "discovered", "known", "old", "filtered", "fetched", "new", "failed")


@dataclass
class SourceFigures:
    discovered: int = 0  # distinct article links found in sitemaps, feeds and listings
    known: int = 0  # of those, already in the raw store (not fetched again)
    old: int = 0  # of those, dated before the crawl window (--since): not fetched
    fetched: int = 0  # article pages fetched this run
    new: int = 0  # articles stored this run
    failed: int = 0  # failed requests (entry points and articles)
    duplicates: int = 0  # fetched but already stored under another URL (canonical, redirect)
    deferred: int = 0  # new links left for the next run (max_new_articles reached)
    pages: int = 0  # archive pages read (backfill)
    filtered: int = 0  # links the topic filter judged off-topic: not fetched (backfill)
    last_error: str | None = None
    started_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())
    finished_at: str | None = None


Listener = Callable[[dict[str, dict[str, Any]], dict[str, dict[str, int]]], None]
"""Called with the per-source figures and the per-month figures (empty outside a backfill)."""


class CrawlReport:
    def __init__(self, source_ids: list[str], listener: Listener | None = None, every: float = 0.5) -> None:
        # Every source appears in the report, even one where nothing was found.
        self.figures: dict[str, SourceFigures] = defaultdict(SourceFigures, {sid: SourceFigures() for sid in source_ids})
        self.months: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(MONTH_FIGURES, 0))
        self._listener = listener
        self._every = every
        self._last_sent = 0.0
        self._dirty = False

    def discovered(self, source_id: str, known: bool, month: str | None = None) -> None:
        f = self.figures[source_id]
        f.discovered += 1
        f.known += int(known)
        self._month(month, discovered=1, known=int(known))

    def old(self, source_id: str, month: str | None = None) -> None:
        f = self.figures[source_id]
        f.discovered += 1
        f.old += 1
        self._month(month, discovered=1, old=1)

    def filtered(self, source_id: str, month: str | None = None) -> None:
        f = self.figures[source_id]
        f.discovered += 1
        f.filtered += 1
        self._month(month, discovered=1, filtered=1)

    def page(self, source_id: str, month: str | None = None) -> None:
        """An archive page read."""
        self.figures[source_id].pages += 1
        self._month(month, pages=1)

    def deferred(self, source_id: str) -> None:
        self.figures[source_id].deferred += 1
        self._changed()

    def fetched(self, source_id: str, month: str | None = None) -> None:
        self.figures[source_id].fetched += 1
        self._month(month, fetched=1)

    def stored(self, source_id: str, month: str | None = None) -> None:
        self.figures[source_id].new += 1
        self._month(month, new=1)

    def duplicate(self, source_id: str) -> None:
        self.figures[source_id].duplicates += 1
        self._changed()

    def failed(self, source_id: str, url: str, error: str, month: str | None = None) -> None:
        f = self.figures[source_id]
        f.failed += 1
        f.last_error = f"{url}: {error}"
        logger.warning("failed [%s] %s: %s", source_id, url, error)
        self._month(month, failed=1)

    def _month(self, month: str | None, **counts: int) -> None:
        if month is not None:
            figures = self.months[month]
            for name, value in counts.items():
                figures[name] += value
        self._changed()

    def snapshot(self) -> dict[str, dict[str, Any]]:
        return {sid: asdict(f) for sid, f in self.figures.items()}

    def month_snapshot(self) -> dict[str, dict[str, int]]:
        return {month: dict(f) for month, f in sorted(self.months.items())}

    def _changed(self) -> None:
        self._dirty = True
        now = time.monotonic()
        if self._listener is not None and now - self._last_sent >= self._every:
            self.flush()

    def flush(self) -> None:
        """Send the current figures to the listener now, if anything changed."""
        if self._listener is not None and self._dirty:
            self._last_sent = time.monotonic()
            self._dirty = False
            self._listener(self.snapshot(), self.month_snapshot())

    def write(self, path: str | Path | None) -> None:
        now = datetime.now(UTC).isoformat()
        for f in self.figures.values():
            f.finished_at = now
        self._dirty = True
        self.flush()
        if path:
            Path(path).write_text(json.dumps({"sources": self.snapshot(), "months": self.month_snapshot()}, indent=1))
