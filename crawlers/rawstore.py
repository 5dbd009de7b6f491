"""The raw store: every fetched article page, compressed, with how it was found.

A SQLite file beside the warehouse. The crawler is its only writer; processing reads
it, so extraction can be re-run without crawling again. Each article is written in
one transaction: a killed crawl leaves whole articles or nothing.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterator
from pathlib import Path

from crawlers.items import StoredArticle, StoredPage

_SCHEMA = """
CREATE TABLE IF NOT EXISTS fetches (
    fetch_id        INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id      TEXT NOT NULL UNIQUE,
    key_url         TEXT NOT NULL,
    url             TEXT NOT NULL,
    canonical_url   TEXT,
    source_id       TEXT NOT NULL,
    discovered_via  TEXT,
    discovered_from TEXT,
    fetched_at      TEXT NOT NULL,
    n_pages         INTEGER NOT NULL,
    status          INTEGER,
    source          TEXT,           -- the source's entry at crawl time (JSON): province and settings
    listed_date     TEXT            -- the day a sitemap, feed or dated archive page gave the link (ISO)
);
CREATE TABLE IF NOT EXISTS pages (
    fetch_id   INTEGER NOT NULL REFERENCES fetches(fetch_id),
    page_no    INTEGER NOT NULL,
    url        TEXT NOT NULL,
    status     INTEGER,
    headers    TEXT,
    encoding   TEXT,
    fetched_at TEXT NOT NULL,
    body       BLOB NOT NULL,
    PRIMARY KEY (fetch_id, page_no)
);
-- Every URL form (requested, redirected, canonical) that leads to a stored fetch.
CREATE TABLE IF NOT EXISTS known_urls (
    url      TEXT PRIMARY KEY,
    fetch_id INTEGER NOT NULL
);
"""


def _empty_store() -> sqlite3.Connection:
    """An empty store in memory, read in place of a file whose crawler has not yet written its tables.

    A crawler creates the file a moment before its schema, so a reader arriving in between
    (a concurrent `pantau process`, a progress check) sees no tables: it has nothing yet to read.
    """
    con = sqlite3.connect(":memory:")
    con.executescript(_SCHEMA)
    return con


def raw_store_path(db_path: str | Path) -> Path:
    """The raw store that belongs to a warehouse file."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + ".raw.sqlite")


class RawStore:
    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only:
            if not self.path.exists():
                raise FileNotFoundError(f"no raw store at {self.path}")
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            columns = {row[1] for row in self._con.execute("PRAGMA table_info(fetches)")}
            if not columns:
                self._con.close()
                self._con = _empty_store()
                columns = {row[1] for row in self._con.execute("PRAGMA table_info(fetches)")}
            self._source_column = "source" if "source" in columns else "NULL"
            self._listed_column = "listed_date" if "listed_date" in columns else "NULL"
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._con = sqlite3.connect(self.path)
            self._con.execute("PRAGMA journal_mode=WAL")
            self._con.execute("PRAGMA synchronous=NORMAL")
            self._con.executescript(f"BEGIN; {_SCHEMA} COMMIT;")  # readers see all tables or none
            self._upgrade()
            self._source_column = "source"
            self._listed_column = "listed_date"

    def _upgrade(self) -> None:
        """Raw stores written before fetches kept their source's entry or listed day get the columns (empty)."""
        columns = {row[1] for row in self._con.execute("PRAGMA table_info(fetches)")}
        for column in ("source", "listed_date"):
            if column not in columns:
                self._con.execute(f"ALTER TABLE fetches ADD COLUMN {column} TEXT")

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> RawStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def known_urls(self) -> set[str]:
        return {row[0] for row in self._con.execute("SELECT url FROM known_urls")}

    def add(self, article: StoredArticle) -> bool:
        """Store an article with its pages; False if its identity was already stored.

        Either way `article.fetch_id` is then the stored fetch's id.
        """
        con = self._con
        with con:
            row = con.execute("SELECT fetch_id FROM fetches WHERE article_id = ?", [article.article_id]).fetchone()
            if row:
                self._remember(row[0], article)
                article.fetch_id = row[0]
                return False
            cursor = con.execute(
                "INSERT INTO fetches (article_id, key_url, url, canonical_url, source_id, discovered_via,"
                " discovered_from, fetched_at, n_pages, status, source, listed_date)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    article.article_id, article.key_url, article.url, article.canonical_url, article.source_id,
                    article.discovered_via, article.discovered_from, article.fetched_at,
                    len(article.pages), article.pages[0].status if article.pages else None,
                    json.dumps(article.source) if article.source is not None else None, article.listed_date,
                ],
            )
            fetch_id = cursor.lastrowid
            con.executemany(
                "INSERT INTO pages (fetch_id, page_no, url, status, headers, encoding, fetched_at, body)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (fetch_id, p.page_no, p.url, p.status, json.dumps(p.headers), p.encoding, p.fetched_at,
                     zlib.compress(p.body, 6))
                    for p in article.pages
                ],
            )
            self._remember(fetch_id, article)
        article.fetch_id = fetch_id
        return True

    def _remember(self, fetch_id: int, article: StoredArticle) -> None:
        self._con.executemany(
            "INSERT OR IGNORE INTO known_urls (url, fetch_id) VALUES (?, ?)", [(u, fetch_id) for u in article.urls]
        )

    def add_alias(self, url: str, of: str) -> bool:
        """Remember `url` as leading to the stored article that `of` leads to; False if `of` is unknown."""
        with self._con:
            cursor = self._con.execute(
                "INSERT OR IGNORE INTO known_urls (url, fetch_id) SELECT ?, fetch_id FROM known_urls WHERE url = ?",
                [url, of])
            known = self._con.execute("SELECT 1 FROM known_urls WHERE url = ?", [of]).fetchone()
        return cursor.rowcount > 0 or known is not None

    def count(self) -> int:
        return self._con.execute("SELECT count(*) FROM fetches").fetchone()[0]

    def fetch_ids(self) -> list[int]:
        return [row[0] for row in self._con.execute("SELECT fetch_id FROM fetches ORDER BY fetch_id")]

    def iter_articles(self, fetch_ids: list[int] | None = None, *, chunk: int = 200) -> Iterator[StoredArticle]:
        """Stream stored articles (all, or the given fetch ids) with decompressed pages."""
        ids = self.fetch_ids() if fetch_ids is None else sorted(fetch_ids)
        for start in range(0, len(ids), chunk):
            part = ids[start : start + chunk]
            marks = ",".join("?" * len(part))
            heads = self._con.execute(
                f"SELECT fetch_id, source_id, url, key_url, canonical_url, discovered_via, discovered_from,"
                f" {self._source_column}, {self._listed_column} FROM fetches WHERE fetch_id IN ({marks})"
                " ORDER BY fetch_id",
                part,
            ).fetchall()
            pages: dict[int, list[StoredPage]] = {}
            for fid, page_no, url, status, headers, encoding, fetched_at, body in self._con.execute(
                f"SELECT fetch_id, page_no, url, status, headers, encoding, fetched_at, body FROM pages"
                f" WHERE fetch_id IN ({marks}) ORDER BY fetch_id, page_no",
                part,
            ):
                pages.setdefault(fid, []).append(
                    StoredPage(page_no, url, status, json.loads(headers or "{}"), encoding, fetched_at,
                               zlib.decompress(body))
                )
            for fid, source_id, url, key_url, canonical, via, from_, source, listed in heads:
                yield StoredArticle(source_id, url, key_url, canonical, via, from_, pages.get(fid, []), fetch_id=fid,
                                    source=json.loads(source) if source else None, listed_date=listed)
