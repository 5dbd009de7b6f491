"""What a backfill has done and has still to do, kept in the raw store so a killed one resumes.

Two tables beside the raw pages, keyed by the backfill's window (`2024-01-01..2024-03-31`):
archive pages (pending, done, or gone for good) and the article links they gave
(queued, or filtered by the topic filter, or gone). An archive page is marked done in
the same transaction that records its links and its next pages, so after a kill
nothing read is read again and nothing found is lost; stored articles are known
through the raw store's own URL list. A dated page of a period that had ended when it
was read (yesterday's index) is done for every later window too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS backfill_pages (
    window       TEXT NOT NULL,          -- since..until of the backfill
    url          TEXT NOT NULL,
    source_id    TEXT NOT NULL,
    kind         TEXT NOT NULL,          -- sitemap | listing | topic | search
    period_start TEXT,                   -- the period a dated page covers (ISO days)
    period_end   TEXT,
    depth        INTEGER NOT NULL,       -- 1 for an entry point, n for its n-th page
    root         TEXT NOT NULL,          -- the entry point this page paginates from
    state        TEXT NOT NULL,          -- pending | done | gone (HTTP 404/410)
    links        INTEGER,                -- article links it gave
    done_at      TEXT,
    PRIMARY KEY (window, url)
);
CREATE TABLE IF NOT EXISTS backfill_links (
    window      TEXT NOT NULL,
    url         TEXT NOT NULL,           -- canonical
    source_id   TEXT NOT NULL,
    found_on    TEXT NOT NULL,
    via         TEXT NOT NULL,           -- archive-sitemap | archive-listing | archive-topic | archive-search
    title       TEXT,
    summary     TEXT,
    listed_date TEXT,                    -- the day the archive dates it to
    month       TEXT NOT NULL,           -- YYYY-MM, or 'undated'
    score       INTEGER,                 -- topic score; NULL: too little to judge
    state       TEXT NOT NULL,           -- queued | filtered | gone
    PRIMARY KEY (window, url)
);
CREATE INDEX IF NOT EXISTS backfill_pages_by_url ON backfill_pages (url);
CREATE INDEX IF NOT EXISTS backfill_links_by_page ON backfill_links (found_on);
"""


@dataclass(frozen=True)
class ArchivePage:
    """One archive page to read: an entry point expanded for a period, or a page it leads to."""

    url: str
    source_id: str
    kind: str
    period_start: date | None = None
    period_end: date | None = None
    depth: int = 1
    root: str = ""

    @property
    def month(self) -> str | None:
        """The month a page of at most one month covers."""
        start, end = self.period_start, self.period_end
        if start and end and (start.year, start.month) == (end.year, end.month):
            return start.strftime("%Y-%m")
        return None

    @property
    def day(self) -> date | None:
        """The day a one-day page covers."""
        return self.period_start if self.period_start and self.period_start == self.period_end else None


@dataclass(frozen=True)
class ArchiveLink:
    """An article link an archive page gave, with what the archive said of it."""

    url: str
    source_id: str
    found_on: str
    via: str
    title: str | None
    summary: str | None
    listed_date: date | None
    month: str
    score: int | None
    state: str = "queued"


def window_key(since: date, until: date) -> str:
    return f"{since.isoformat()}..{until.isoformat()}"


class Frontier:
    def __init__(self, path: str | Path, window: str) -> None:
        self.window = window
        self._con = sqlite3.connect(path)
        self._con.execute("PRAGMA journal_mode=WAL")
        self._con.execute("PRAGMA synchronous=NORMAL")
        self._con.executescript(_SCHEMA)

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Frontier:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def plan(self, pages: Iterable[ArchivePage]) -> None:
        """Add entry pages not planned yet; a dated page already read for another window is done here too."""
        with self._con:
            self._con.executemany(
                "INSERT OR IGNORE INTO backfill_pages (window, url, source_id, kind, period_start, period_end, depth,"
                " root, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending')",
                [self._page_row(p) for p in pages])
            self._adopt_closed_pages()

    def _adopt_closed_pages(self) -> None:
        """Pages of periods that had ended when another window read them: take over their state and links."""
        closed = ("SELECT o.url FROM backfill_pages AS o JOIN backfill_pages AS p ON p.url = o.url"
                  " WHERE p.window = ? AND p.state = 'pending' AND o.window <> ? AND o.state IN ('done', 'gone')"
                  " AND o.period_end IS NOT NULL AND o.period_end < substr(o.done_at, 1, 10)")
        urls = [row[0] for row in self._con.execute(closed, [self.window, self.window])]
        for url in urls:
            self._con.execute(
                "UPDATE backfill_pages SET (state, links, done_at) = (SELECT state, links, done_at FROM backfill_pages"
                " WHERE url = ? AND window <> ? AND state IN ('done', 'gone') LIMIT 1) WHERE window = ? AND url = ?",
                [url, self.window, self.window, url])
            self._con.execute(
                "INSERT OR IGNORE INTO backfill_links SELECT ?, url, source_id, found_on, via, title, summary,"
                " listed_date, month, score, state FROM backfill_links WHERE window <> ? AND found_on = ?",
                [self.window, self.window, url])

    def pending_pages(self, source_ids: Iterable[str]) -> list[ArchivePage]:
        ids = list(source_ids)
        rows = self._con.execute(
            "SELECT url, source_id, kind, period_start, period_end, depth, root FROM backfill_pages"
            f" WHERE window = ? AND state = 'pending' AND source_id IN ({','.join('?' * len(ids))})"
            " ORDER BY period_start, depth", [self.window, *ids]).fetchall()
        return [ArchivePage(url, sid, kind, _day(start), _day(end), depth, root)
                for url, sid, kind, start, end, depth, root in rows]

    def links(self, source_ids: Iterable[str], state: str) -> list[ArchiveLink]:
        """This window's links in a state: queued (found, not fetched yet) or filtered (off-topic)."""
        ids = list(source_ids)
        rows = self._con.execute(
            "SELECT url, source_id, found_on, via, title, summary, listed_date, month, score, state FROM backfill_links"
            f" WHERE window = ? AND state = ? AND source_id IN ({','.join('?' * len(ids))})",
            [self.window, state, *ids]).fetchall()
        return [ArchiveLink(url, sid, found_on, via, title, summary, _day(listed), month, score, st)
                for url, sid, found_on, via, title, summary, listed, month, score, st in rows]

    def requeue(self, links: Iterable[ArchiveLink]) -> None:
        """Filtered links the current filter keeps become queued again, with their new score."""
        with self._con:
            self._con.executemany(
                "UPDATE backfill_links SET state = 'queued', score = ? WHERE window = ? AND url = ?",
                [(link.score, self.window, link.url) for link in links])

    def page_done(self, url: str, links: list[ArchiveLink], next_pages: list[ArchivePage]) -> None:
        """Record what a page gave and mark it read, in one transaction."""
        with self._con:
            self._con.executemany(
                "INSERT OR IGNORE INTO backfill_links (window, url, source_id, found_on, via, title, summary,"
                " listed_date, month, score, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(self.window, link.url, link.source_id, link.found_on, link.via, link.title, link.summary,
                  link.listed_date.isoformat() if link.listed_date else None, link.month, link.score, link.state)
                 for link in links])
            self._con.executemany(
                "INSERT OR IGNORE INTO backfill_pages (window, url, source_id, kind, period_start, period_end, depth,"
                " root, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending')", [self._page_row(p) for p in next_pages])
            self._con.execute(
                "UPDATE backfill_pages SET state = 'done', links = ?, done_at = ? WHERE window = ? AND url = ?",
                [len(links), _now(), self.window, url])

    def page_gone(self, url: str) -> None:
        """A page the site says is gone (404, 410): not asked for again in this window."""
        with self._con:
            self._con.execute("UPDATE backfill_pages SET state = 'gone', done_at = ? WHERE window = ? AND url = ?",
                              [_now(), self.window, url])

    def link_gone(self, url: str) -> None:
        with self._con:
            self._con.execute("UPDATE backfill_links SET state = 'gone' WHERE window = ? AND url = ?",
                              [self.window, url])

    def _page_row(self, page: ArchivePage) -> tuple[object, ...]:
        return (self.window, page.url, page.source_id, page.kind,
                page.period_start.isoformat() if page.period_start else None,
                page.period_end.isoformat() if page.period_end else None, page.depth, page.root or page.url)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _now() -> str:
    return datetime.now(UTC).isoformat()
