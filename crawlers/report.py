"""Per-source crawl figures: what was discovered, skipped as known, fetched, stored, failed."""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

logger = logging.getLogger("pantau.crawl")


@dataclass
class SourceFigures:
    discovered: int = 0  # distinct article links found in sitemaps, feeds and listings
    known: int = 0  # of those, already in the raw store (not fetched again)
    fetched: int = 0  # article pages fetched this run
    new: int = 0  # articles stored this run
    failed: int = 0  # failed requests (entry points and articles)
    duplicates: int = 0  # fetched but already stored under another URL (canonical, redirect)
    deferred: int = 0  # new links left for the next run (max_new_articles reached)
    last_error: str | None = None
    started_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())
    finished_at: str | None = None


class CrawlReport:
    def __init__(self, source_ids: list[str], progress_every: int = 25) -> None:
        # Every source appears in the report, even one where nothing was found.
        self.figures: dict[str, SourceFigures] = defaultdict(SourceFigures, {sid: SourceFigures() for sid in source_ids})
        self.progress_every = progress_every
        self._stored_total = 0

    def discovered(self, source_id: str, known: bool) -> None:
        f = self.figures[source_id]
        f.discovered += 1
        f.known += int(known)

    def deferred(self, source_id: str) -> None:
        self.figures[source_id].deferred += 1

    def fetched(self, source_id: str) -> None:
        self.figures[source_id].fetched += 1

    def stored(self, source_id: str) -> None:
        self.figures[source_id].new += 1
        self._stored_total += 1
        if self._stored_total % self.progress_every == 0:
            logger.info("progress: %d new articles stored (%s)", self._stored_total, self.summary())

    def duplicate(self, source_id: str) -> None:
        self.figures[source_id].duplicates += 1

    def failed(self, source_id: str, url: str, error: str) -> None:
        f = self.figures[source_id]
        f.failed += 1
        f.last_error = f"{url}: {error}"
        logger.warning("failed [%s] %s: %s", source_id, url, error)

    def summary(self) -> str:
        return ", ".join(f"{sid} {f.new}" for sid, f in self.figures.items() if f.new)

    def write(self, path: str | Path | None) -> None:
        now = datetime.now(timezone.utc).isoformat()
        for f in self.figures.values():
            f.finished_at = now
        for source_id, f in self.figures.items():
            logger.info(
                "source %s: discovered %d, known %d, fetched %d, new %d, failed %d, deferred %d",
                source_id, f.discovered, f.known, f.fetched, f.new, f.failed, f.deferred,
            )
        if path:
            Path(path).write_text(json.dumps({sid: asdict(f) for sid, f in self.figures.items()}, indent=1))
