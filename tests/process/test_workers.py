"""Worker processes change where extraction and analysis run, never what the warehouse holds."""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from crawlers.items import StoredArticle, StoredPage
from crawlers.rawstore import RawStore, raw_store_path
from pipeline import process as processing
from tests.support import sitegen
from warehouse.db import connect
from warehouse.migrate import migrate

BASE = "http://127.0.0.1:9"
TABLES = {
    "articles": "article_id, title, published_date, text, is_relevant, province, election, duplicate_of",
    "directives": "article_id, seq, kind, sentence, actor, target, behaviours, legal_bases",
    "official_mentions": "article_id, name, role, agency",
    "agency_mentions": "article_id, agency, acronym, surface",
    "event_dates": "article_id, event_date",
    "processed_fetches": "fetch_id, article_id, outcome, error",
    "syn_signatures": "article_id, minhash",
}


def _fill(db: Path) -> int:
    """Every story of the test web, each outlet's first one also as a syndicated copy, and one empty page."""
    pages = []
    for outlet, stories in sitegen.STORIES.items():
        for story in stories:
            html = sitegen._article_html(story, outlet, "og").replace("{{base_url}}", BASE)
            pages.append((outlet, BASE + story.path, html))
        first = stories[0]
        copy = sitegen._article_html(first, "salinan", "og").replace("{{base_url}}", BASE + "/salinan")
        pages.append(("salinan", BASE + "/salinan" + first.path, copy))
    pages.append(("salinan", BASE + "/kosong", ""))
    with RawStore(raw_store_path(db)) as store:
        for source_id, url, html in pages:
            page = StoredPage(1, url, 200, {}, "utf-8", datetime(2024, 2, 1, tzinfo=UTC).isoformat(), html.encode())
            store.add(StoredArticle(source_id, url, url, None, "feed", BASE + "/rss", [page],
                                    source={"id": source_id, "province": None}))
    return len(pages)


def _process(db: Path, workers: int, **options) -> processing.ProcessResult:
    con = connect(db)
    try:
        migrate(con)
        return processing.process(con, db, [], load_id="l", batch_size=3, workers=workers, **options)
    finally:
        con.close()


def _contents(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT {cols} FROM {t} ORDER BY ALL").fetchall() for t, cols in TABLES.items()}


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module")
def in_process(tmp_path_factory) -> tuple[Path, processing.ProcessResult]:
    db = tmp_path_factory.mktemp("one") / "w.duckdb"
    _fill(db)
    return db, _process(db, 1)


@pytest.fixture(scope="module")
def two_workers(tmp_path_factory) -> tuple[Path, processing.ProcessResult, list[logging.LogRecord]]:
    db = tmp_path_factory.mktemp("two") / "w.duckdb"
    _fill(db)
    logger, handler = logging.getLogger("pantau"), _Records()
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        result = _process(db, 2)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    return db, result, handler.records


def test_two_workers_load_the_same_warehouse_as_one_process(in_process, two_workers):
    one_db, one = in_process
    db, two, _ = two_workers
    assert (two.todo, two.articles, two.failed, two.relevant, two.copies) == (
        one.todo, one.articles, one.failed, one.relevant, one.copies)
    assert two.copies >= 1 and two.failed == 1
    assert _contents(db) == _contents(one_db)


def test_workers_log_through_this_process(two_workers):
    _, result, records = two_workers
    assert result.failures == [(BASE + "/kosong", f"ExtractionError: empty page: {BASE}/kosong")]
    warnings = [r for r in records if r.levelno == logging.WARNING]
    assert [r.getMessage() for r in warnings] == [
        f"extraction failed for {BASE}/kosong: ExtractionError: empty page: {BASE}/kosong"]
    articles = [r for r in records if r.name == "pantau.process" and r.getMessage().startswith("article ")]
    assert len(articles) == result.articles
    assert {r.process for r in warnings + articles}.isdisjoint({os.getpid()})


def test_a_failure_in_a_worker_is_retried_like_in_process(two_workers, tmp_path: Path):
    db = two_workers[0]
    assert _process(db, 2).todo == 0  # a plain run leaves the failure alone
    retry = _process(db, 2, retry_failed=True)
    assert (retry.todo, retry.articles, retry.failed) == (1, 0, 1)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM processed_fetches WHERE outcome = 'failed'").fetchone()[0] == 1
