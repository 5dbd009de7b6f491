"""The raw store as its readers see it, including while a crawler is still creating it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crawlers.items import StoredArticle, StoredPage
from crawlers.rawstore import RawStore


def test_a_store_whose_crawler_has_not_yet_written_its_tables_reads_as_empty(tmp_path: Path):
    path = tmp_path / "out.raw.sqlite"
    path.touch()  # the crawler opened the file; its schema is not written yet
    with RawStore(path, read_only=True) as store:
        assert store.count() == 0
        assert store.fetch_ids() == []
        assert list(store.iter_articles()) == []


def test_a_store_with_tables_reads_what_was_written(tmp_path: Path):
    path = tmp_path / "out.raw.sqlite"
    page = StoredPage(page_no=1, url="http://127.0.0.1/a", status=200, headers={}, encoding="utf-8",
                      fetched_at="2024-11-01T00:00:00", body=b"<html></html>")
    with RawStore(path) as store:
        store.add(StoredArticle(source_id="s", url="http://127.0.0.1/a", key_url="http://127.0.0.1/a",
                                canonical_url=None, discovered_via="sitemap", discovered_from=None, pages=[page]))
    with RawStore(path, read_only=True) as store:
        assert store.count() == 1


def test_a_missing_store_is_an_error_a_reader_can_name(tmp_path: Path):
    with pytest.raises(FileNotFoundError, match="no raw store"):
        RawStore(tmp_path / "none.raw.sqlite", read_only=True)


def test_an_empty_store_read_never_writes_the_file(tmp_path: Path):
    path = tmp_path / "out.raw.sqlite"
    path.touch()
    RawStore(path, read_only=True).close()
    assert path.stat().st_size == 0
    assert sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
